"""Build the three PDF documents of the fresh141 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Body text is written in a small line-based markup:
  "# "  title        "## " section heading     "### " sub-heading
  "^ "  centred line "~ "  small print         "@w 40 20 ..." widths of next table
  "| a | b |"  table row (the first row of a table is its header; a line ending in
               a backslash continues on the next line)
  "==== "  page break; a blank line ends a paragraph; the lines of a paragraph are
           joined with a space, or with nothing next to CJK text.

Chinese text uses one face of NotoSansCJK-Regular.ttc, subset to the characters used
and converted from CFF to TrueType outlines (fpdf2 cannot read the collection), saved
to a temporary directory that is deleted afterwards.
"""

import re
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_RE = re.compile(
    r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026]"
)
NO_LINE_START = set("，。、；：？！）」』》〉”’．,.;:)%")
MARKS = [("==== ", "break"), ("### ", "h3"), ("## ", "h2"), ("# ", "title"),
         ("^ ", "center"), ("~ ", "small")]

# ------------------------------------------------------------------------------------
# 02 - Rodovias Serra Azul S.A., annual report 2024 (excerpt), English translation
# ------------------------------------------------------------------------------------
DOC02 = """
# RODOVIAS SERRA AZUL S.A.
^ Publicly-held company | CNPJ 27.418.336/0001-52 | B3: RSAZ3
^ ANNUAL REPORT 2024
^ Excerpts from the Management Report and the Notes to the Consolidated Financial \\
Statements
~ Free translation of the original in Portuguese. Amounts in Brazilian reais (R$) unless
~ otherwise stated.

## 1. Message from Management

2024 was the year in which Rodovias Serra Azul became a technology-led operator as well
as a road builder. Consolidated net revenue, excluding construction revenue, grew 11.6%
to R$ 3,214 million, adjusted EBITDA reached R$ 2,145 million with a margin of 66.7%,
and equivalent traffic across our concessions rose 4.9%, led by heavy vehicles on the
grain corridors of Goiás and Minas Gerais.

In August 2024 Rodovias Serra Azul completed the acquisition of Concessionária Via
Litoral Norte S.A. for R$ 1.2 billion, adding 214 kilometres of coastal highway in São
Paulo state to the portfolio. The integration is proceeding ahead of plan, and the nine
toll plazas of Via Litoral Norte will be connected to our central operations centre by
mid-2025.

Artificial intelligence is now embedded in every stage of our operations. Automatic
incident detection covers 100% of the network, video analytics classify vehicles for
tolling and weight enforcement, and forecasting models schedule maintenance crews around
expected traffic. Our technology subsidiary, Trânsito Inteligente, develops most of
these tools in-house and has started to sell them to third parties, including car-park
operators. Average incident response time on our roads fell from 14 minutes in 2022 to 8
minutes in 2024.

Not every opportunity was won. In the Triângulo Mineiro tender held in May, the
concession was awarded to Caminhos do Planalto S.A., which outbid the consortium led by
Rodovias Serra Azul by offering a toll discount 3.1 percentage points larger. In the
second half of 2024 Rodovias Serra Azul also reviewed a possible purchase of Vagas
Brasil Estacionamentos S.A. but decided not to submit an offer, as the sellers' price
expectations were not compatible with our return targets. We will continue to bid
selectively in the federal and state programmes expected for 2025, with capital
discipline as our first principle.

## 2. Corporate structure (Note 1.2)

The consolidated financial statements include the following entities at 31 December
2024:

@w 50 24 44 20 16 16
| Entity | State | Activity | Type | 2024 | 2023 |
| Concessionária Rota do Cerrado S.A. | Goiás | Toll road concession | Subsidiary \\
| 100.0% | 100.0% |
| Concessionária Via Litoral Norte S.A. | São Paulo | Toll road concession \\
| Subsidiary | 100.0% | - |
| Trânsito Inteligente Tecnologia Ltda. | São Paulo | AI traffic software \\
| Subsidiary \\
| 100.0% | 100.0% |
| EstacionaPlus Participações S.A. | São Paulo | Car parks and AI parking services \\
| Associate | 23.5% | 28.1% |

The reduction in the interest in EstacionaPlus reflects dilution from the private
placement completed by the associate in September 2024, in which the Company did not
participate. The associate is accounted for using the equity method.

## 3. Share capital and shareholders (Note 24)

At 31 December 2024 the share capital was represented by 796,450,000 common shares with
no par value, held as follows:

@w 90 50 30
| Shareholder | Common shares | % of total |
| Andrade Prado family (controlling group) | 286,722,000 | 36.0% |
| Vialtra Autopistas, S.A. | 98,760,000 | 12.4% |
| Treasury shares | 3,982,000 | 0.5% |
| Free float | 406,986,000 | 51.1% |
| Total | 796,450,000 | 100.0% |

The minimum mandatory dividend is 25% of adjusted net income. Dividends and interest on
capital declared for 2024 totalled R$ 412 million, equivalent to R$ 0.52 per share.

## 4. Borrowings (Note 17)

In March 2024, Rota do Cerrado drew the full R$ 850 million available under its 12-year
infrastructure credit facility with Banco Ipê de Desenvolvimento S.A. The facility bears
interest at IPCA plus 5.9% per year and is secured by a pledge of the receivables of the
concession. The Company's 9th issue of simple debentures, totalling R$ 1.5 billion, was
placed in June 2024 with maturities of seven and ten years.

@w 64 52 28 26
| Instrument | Borrower | Maturity | R$ million |
| Infrastructure credit facility | Rota do Cerrado | 2036 | 862.4 |
| 9th issue of debentures | Parent company | 2031/2034 | 1,512.7 |
| Acquisition bridge notes | Parent company | 2025 | 600.0 |
| Other bank loans | Various | 2025-2029 | 318.9 |

## 5. Related-party transactions (Note 28)

Transactions between the Company and its subsidiaries are eliminated on consolidation
and are disclosed below for information. Trânsito Inteligente supplied
incident-detection and traffic-forecasting software to Rota do Cerrado for R$ 18.2
million in 2024 (2023: R$ 11.5 million). Rodovias Serra Azul S.A. extended an
intercompany loan of R$ 40 million to Trânsito Inteligente in April 2024 to fund the
expansion of its data-science team, at CDI plus 1.2% per year. Key management
compensation totalled R$ 38.6 million in 2024 (2023: R$ 33.1 million).

## 6. Main technology and equipment suppliers (Management Report)

Purchases from our largest technology and equipment suppliers in 2024 were as follows:

@w 56 24 60 30
| Supplier | Country | Goods and services | Purchases 2024 |
| Hangzhou Kantu Intelligent Technology Co., Ltd. | China \\
| ANPR cameras for Rota do Cerrado \\
| R$ 44.8 million |
| Helion Compute Corp. | United States \\
| GPU compute capacity for Trânsito Inteligente \\
| R$ 61.3 million |
| Civil-works contractors (aggregate) | Brazil \\
| Pavement, widening and maintenance works | R$ 1,128.5 million |

All suppliers are screened for labour, environmental and anti-corruption compliance
before contracts are signed, and the ten largest are audited on site every two years.

## 7. Independent auditors

Ferraz Quintella Auditores Independentes has audited the consolidated financial
statements of Rodovias Serra Azul S.A. since the 2019 financial year. Fees for non-audit
services represented 7% of total fees paid to the auditors in 2024.

~ São Paulo, 24 February 2025. The Board of Directors.
"""

# ------------------------------------------------------------------------------------
# 03 - HarbourSmart Mobility Holdings Limited, HKEX announcement (Traditional Chinese)
# ------------------------------------------------------------------------------------
DOC03 = """
# 港灣智通控股有限公司
^ HarbourSmart Mobility Holdings Limited
^ （於開曼群島註冊成立之有限公司）
^ （股份代號：2917）

# 須予披露交易
^ 收購灣景停車管理有限公司全部已發行股本
^ 及
^ 訂立數據授權協議

## 收購事項

董事會欣然宣佈，於二零二五年一月二十日（交易時段後），港灣智泊有限公司（作為買方）與賣方
訂立買賣協議，據此，港灣智泊有條件同意收購灣景停車管理有限公司之全部已發行股本，代價為港
幣386,000,000元。港灣智泊有限公司為港灣智通之直接全資附屬公司，主要從事停車場營運及智能
泊車系統之部署。

## 買賣協議

日期：二零二五年一月二十日

訂約方：(i)港灣智泊有限公司（作為買方）；及(ii)賣方（作為賣方）

標的事項：灣景停車之全部已發行股本（「銷售股份」）

代價及支付條款：代價須由買方以現金按以下方式支付：(a)港幣38,600,000元作為按金，已於簽訂
買賣協議時支付；及(b)餘額港幣347,400,000元須於完成時支付。代價乃經買方與賣方按公平原則磋
商後釐定，並已參考（其中包括）灣景停車於二零二四年十二月三十一日之未經審核資產淨值、其停
車場組合之剩餘租約年期，以及獨立估值師所編製之估值。

先決條件：完成須待（其中包括）灣景停車之主要業主就控制權變更發出同意書，以及買方對灣景停
車完成盡職審查並感到滿意後，方可作實。

完成：預期完成將於二零二五年第二季落實。完成後，灣景停車將成為本公司之間接全資附屬公司，
其財務業績將併入本集團之綜合財務報表。

## 有關灣景停車之資料

灣景停車為一間於香港註冊成立之有限公司，於九龍及新界營運合共38個停車場，提供約14,200個車
位，並已於其中26個停車場部署以人工智能驅動之車牌識別及車位引導系統。於本公告日期，灣景停
車由Bluegum Mobility Infrastructure Fund III, L.P.透過賣方間接全資擁有。灣景停車之主要競
爭對手包括泓遠泊車集團有限公司及嘉程停車服務有限公司。

灣景停車截至二零二三年及二零二四年十二月三十一日止兩個年度之未經審核財務資料載列如下：

@w 70 50 50
| 截至十二月三十一日止年度 | 二零二三年 | 二零二四年 |
| 收益 | 港幣118,420,000元 | 港幣131,760,000元 |
| 除稅前溢利 | 港幣21,930,000元 | 港幣26,410,000元 |
| 除稅後溢利 | 港幣18,310,000元 | 港幣22,050,000元 |

灣景停車於二零二四年十二月三十一日之未經審核資產淨值約為港幣162,380,000元。

## 有關賣方之資料

賣方為一間於英屬處女群島註冊成立之投資控股有限公司。據董事作出一切合理查詢後所深知、盡悉
及確信，賣方及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。

## 有關本集團及港灣智泊之資料

本集團主要於香港從事停車場營運、隧道及道路收費系統之營運與維護，以及智能交通管理方案之開
發。於本公告日期，恒岸資本有限公司持有港灣智通已發行股份約41.6%，為本公司之控股股東。

自二零二三年起，港灣智泊向瞰途智能（香港）有限公司採購車牌識別攝像機及車位引導系統，截至
二零二四年十二月三十一日止年度之採購總額約為港幣27,400,000元。瞰途智能（香港）有限公司為
杭州瞰途智能科技股份有限公司（一間股份於中國內地上市之公司）之全資附屬公司。此外，港灣智
通已於二零二四年十一月與杭州瞰途智能科技股份有限公司簽訂戰略合作框架協議，雙方將共同開發
適用於多層停車場之邊緣人工智能方案。

## 數據授權協議

於二零二五年一月二十日，本公司亦與Cordance Labs, Inc.（「Cordance」）訂立數據授權協議。
根據數據授權協議，港灣智通將向Cordance授出使用本集團旗下停車場匿名化車流及車位佔用數據之
非獨家許可，年度許可費為3,200,000美元，為期三年。Cordance為一間於美國註冊成立之公司，主
要從事開發供收費道路、隧道及停車場營運商使用之電腦視覺及機器學習軟件。

## 進行交易之理由及裨益

董事認為，收購事項將使本集團於九龍之停車場組合增加約一倍，並可將本集團之人工智能泊車管理
平台擴展至灣景停車旗下之停車場，從而提高每個車位之收益及降低人手成本。數據授權協議則可為
本集團帶來穩定之經常性收入，而毋須增加資本開支。董事（包括獨立非執行董事）認為，買賣協議
及數據授權協議之條款屬公平合理，並符合本公司及股東之整體利益。

## 收購事項之資金

代價將以本集團內部資源及股東貸款撥付。恒岸資本有限公司已承諾向港灣智通提供本金總額最高為
港幣200,000,000元之無抵押股東貸款，年利率為3.5厘，用以支付部分代價。由於該貸款乃按一般商
務條款或更佳條款提供，且並無以本集團任何資產作抵押，故根據上市規則第14A.90條獲全面豁免遵
守申報、公告及獨立股東批准之規定。

港灣智通曾於二零二四年與泓遠泊車集團有限公司就收購其九龍東停車場組合進行初步磋商，惟雙方
未能就代價達成共識，有關磋商已於二零二四年九月終止。

## 上市規則之涵義

由於有關收購事項之一項或多項適用百分比率超過5%但均低於25%，故收購事項構成本公司之須予披
露交易，須遵守上市規則第十四章項下之申報及公告規定。由於有關數據授權協議之所有適用百分比
率均低於5%，本公司乃自願就此作出披露。

匯朗融資有限公司已獲委任為港灣智通有關收購事項之財務顧問，而卓衡律師事務所則擔任本公司之
香港法律顧問。

## 釋義

@w 40 12 118
| 詞彙 | | 涵義 |
| 「收購事項」 | 指 | 港灣智泊根據買賣協議收購銷售股份 |
| 「灣景停車」 | 指 \\
| 灣景停車管理有限公司（Bayview Parking Management Limited），\\
一間於香港註冊成立之有限公司 |
| 「本公司」或「港灣智通」 | 指 \\
| 港灣智通控股有限公司（HarbourSmart Mobility Holdings Limited），\\
其股份於聯交所主板上市 |
| 「恒岸資本」 | 指 | 恒岸資本有限公司（Hengan Capital Limited），本公司之控股股東 |
| 「港灣智泊」 | 指 \\
| 港灣智泊有限公司（HarbourSmart Parking Limited），本公司之直接全資附屬公司 |
| 「賣方」 | 指 | 買賣協議項下之賣方，一間於英屬處女群島註冊成立之投資控股有限公司 |

^ 承董事會命
^ 港灣智通控股有限公司
^ 主席 陳啟鋒

~ 香港，二零二五年一月二十日。於本公告日期，董事會包括執行董事陳啟鋒先生及麥穎欣女士；非
~ 執行董事梁振邦先生；
~ 以及獨立非執行董事何詠詩女士、羅志堅先生及蔡浩然先生。
"""

# ------------------------------------------------------------------------------------
# 06 - Hangzhou Kantu Intelligent Technology Co., Ltd., A-share announcement
#      (Simplified Chinese)
# ------------------------------------------------------------------------------------
DOC06 = """
^ 证券代码：688917　　　证券简称：瞰途智能　　　公告编号：2024-031

# 杭州瞰途智能科技股份有限公司
# 关于签订日常经营重大合同、向全资子公司增资及其对外投资的公告

~ 本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其
~ 内容的真实性、准确性
~ 和完整性依法承担法律责任。

### 重要内容提示：

● 合同类型及金额：日常经营性销售合同，合同总金额约为2,150万欧元（不含税）。

● 对外投资：公司拟向全资子公司增资1.5亿港元，由全资子公司认购巴西停车场运营商定向发行的
新股。

● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。

● 风险提示：合同履行及对外投资尚存在汇率波动、境外审批及市场环境变化等不确定性，敬请广大
投资者注意投资风险。

## 一、日常经营重大合同情况

### （一）合同签订的基本情况

2024年6月18日，杭州瞰途智能科技股份有限公司（以下简称“公司”或“瞰途智能”）与Vialtra
Autopistas, S.A.签订《自由流收费门架车牌识别系统供货框架合同》，合同总金额约为2,150万欧
元（不含税），合同期限为三年。根据合同约定，公司将为其西班牙AP-61等高速公路的自由流收费
门架提供车牌识别摄像机、边缘计算单元及配套识别算法软件。

### （二）合同对方基本情况

公司名称：Vialtra Autopistas, S.A.；注册地：西班牙马德里；主营业务：收费高速公路的投资、
建设及运营管理，在西班牙运营里程约1,140公里。公司与合同对方不存在关联关系，最近三个会计
年度未与其发生类似业务往来。

### （三）合同主要条款

付款方式：合同生效后支付10%预付款，设备到货验收后支付60%，系统终验合格后支付25%，剩余5%
作为质保金于质保期满后支付。交付安排：按批次交付，首批设备于2024年8月底前交付。争议解决
：提交马德里仲裁院仲裁。

### （四）对公司的影响

本合同金额约占公司2023年度经审计营业收入的11.8%，合同的顺利履行预计将对公司2024年度至
2026年度经营业绩产生积极影响，并有助于公司拓展欧洲自由流收费市场。公司在海外收费公路视觉
识别领域的主要竞争对手包括深圳视擎科技股份有限公司及德国Velacor Vision GmbH。公司将持续
加大算法研发投入，巩固识别准确率方面的竞争优势。

## 二、向全资子公司增资及其对外投资情况

### （一）概述

为满足海外业务发展需要，瞰途智能拟以自有资金向全资子公司瞰途智能（香港）有限公司（以下简
称“瞰途香港”）增资1.5亿港元。增资完成后，瞰途香港拟以约1.26亿雷亚尔认购巴西停车场运营商
EstacionaPlus Participações S.A.（以下简称“EstacionaPlus”）定向发行的新股，本次认购完成
后瞰途香港将持有EstacionaPlus约9.8%的股份。

### （二）增资标的基本情况

瞰途香港为瞰途智能持股100%的全资子公司，成立于2019年，注册资本5,000万港元，主要从事海外
销售、投资及技术服务。瞰途香港最近一年又一期的主要财务数据如下：

@w 60 55 55
| 项目（单位：万港元） | 2023年12月31日/2023年度 | 2024年3月31日/2024年1-3月 |
| 资产总额 | 38,615.42 | 41,207.93 |
| 净资产 | 9,872.16 | 10,344.58 |
| 营业收入 | 52,318.77 | 14,906.21 |
| 净利润 | 2,415.63 | 472.42 |

### （三）投资标的基本情况

公司名称：EstacionaPlus Participações S.A.；注册地：巴西圣保罗；股票代码：ESPL3；主营业
务：停车场投资运营及智能停车服务，在巴西运营约410个停车场。EstacionaPlus与公司及公司控股
股东、实际控制人、董事、监事和高级管理人员均不存在关联关系。

### （四）本次投资的目的及影响

巴西是拉丁美洲最大的停车场市场，智能化改造需求旺盛。本次投资有助于公司以股东身份深入了解
当地停车场运营需求，带动车牌识别及车位引导产品在拉美地区的销售。瞰途智能此前曾考虑收购巴
西停车场运营商Vagas Brasil Estacionamentos S.A.的少数股权，经评估后决定不予推进。公司聘
请浙江衡正律师事务所及巴西Carvalho Lemos Advogados担任本次对外投资的境内外法律顾问。

## 三、全资子公司签订重大销售协议情况

2024年6月20日，瞰途香港与Helion Compute Corp.签署《边缘推理视觉模组采购协议》，Helion将
于2024年至2026年向瞰途香港采购不少于40,000套边缘推理视觉模组，预计协议金额约3,600万美元
。Helion Compute Corp.为美国GPU算力及边缘计算服务提供商，与公司不存在关联关系。

## 四、融资安排

为保障上述合同的履行及对外投资的资金需求，瞰途智能已取得浙江钱湾银行股份有限公司3亿元人
民币的综合授信额度，期限为两年。截至本公告披露日，该授信额度项下尚未提款。

## 五、审议程序

公司于2024年6月17日召开第三届董事会第十二次会议，审议通过了《关于向全资子公司增资及其对
外投资的议案》。根据《公司章程》的规定，本次对外投资无需提交股东大会审议。本次对外投资尚
需取得发展改革、商务主管部门及外汇管理部门的备案或登记，以及巴西相关监管机构的批准。

## 六、风险提示

1、合同履行过程中可能受到境外政策、汇率波动及不可抗力等因素影响，存在履行不及预期的风险
。

2、本次对外投资尚需履行境内外审批或备案程序，能否顺利实施存在不确定性。

3、投资标的未来经营业绩受巴西宏观经济及停车场行业竞争影响，存在投资收益不及预期的风险。

特此公告。

^ 杭州瞰途智能科技股份有限公司董事会
^ 2024年6月21日
"""

DOCS = [
    ("02_SerraAzul_annual_report.pdf", DOC02, None,
     "Rodovias Serra Azul S.A. | Annual Report 2024 (excerpt)"),
    ("03_HarbourSmart_HKEX_announcement.pdf", DOC03, 3, "港灣智通控股有限公司 | 公告"),
    ("06_Kantu_A-share_announcement.pdf", DOC06, 2,
     "杭州瞰途智能科技股份有限公司 | 公告编号：2024-031"),
]


def is_cjk(ch):
    return bool(CJK_RE.match(ch))


def join_lines(lines):
    """Join the source lines of a paragraph: nothing next to CJK, else a space."""
    out = ""
    for line in (s.strip() for s in lines):
        if out and line and not (is_cjk(out[-1]) or is_cjk(line[0])):
            out += " "
        out += line
    return out


def last_kind(blocks):
    return blocks[-1][0] if blocks else None


def parse(markup):
    """Turn the markup into a list of blocks (kind, payload)."""
    blocks, para, rows, widths = [], [], [], None
    raw = markup.strip("\n").split("\n")
    lines = []
    for line in raw:
        if lines and lines[-1].endswith("\\"):
            lines[-1] = join_lines([lines[-1][:-1], line])
        else:
            lines.append(line)

    def flush():
        nonlocal para, rows, widths
        if para:
            blocks.append(("p", join_lines(para)))
            para = []
        if rows:
            blocks.append(("table", (widths, rows)))
            rows, widths = [], None

    for line in lines:
        s = line.strip()
        if not s:
            flush()
        elif s.startswith("|"):
            if para:
                blocks.append(("p", join_lines(para)))
                para = []
            rows.append([c.strip() for c in s.strip("|").split("|")])
        elif s.startswith("@w "):
            flush()
            widths = [float(x) for x in s[3:].split()]
        elif s.startswith("~ ") and not (para or rows) and last_kind(blocks) == "small":
            blocks[-1] = ("small", join_lines([blocks[-1][1], s[2:]]))
        else:
            for prefix, name in MARKS:
                if s.startswith(prefix):
                    flush()
                    blocks.append((name, s[len(prefix):]))
                    break
            else:
                para.append(s)
    flush()
    return blocks


def otf_to_ttf(font):
    """Replace the CFF outlines of an OpenType font by quadratic TrueType outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    hmtx = font["hmtx"]
    for name in order:
        glyph = glyf.glyphs[name]
        glyph.recalcBounds(glyf)
        hmtx[name] = (hmtx[name][0], getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    fields = ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
              "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements", "maxComponentDepth")
    for field in fields:
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, out_dir):
    """Subset one face of the Noto CJK collection to text; save it as TTF."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    chars = set(text) | {chr(c) for c in range(32, 127)}
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    otf_to_ttf(font)
    path = Path(out_dir) / f"noto_cjk_{face_index}.ttf"
    font.save(str(path))
    return str(path)


class Doc(FPDF):
    def __init__(self, footer_text, family):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.family = family
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.footer_text} | {self.page_no()}", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)


def cjk_lines(pdf, text, width):
    """Break text into lines no wider than width.

    Lines never break inside a Latin word and never start with a closing mark.
    """
    tokens = re.findall(r"[A-Za-z0-9À-ÿ.,:;'()/%$&@+\-]+| |.", text)
    lines, cur = [], []
    for tok in tokens:
        line = "".join(cur)
        if pdf.get_string_width(line + tok) <= width or not line.strip():
            cur.append(tok)
            continue
        if tok == " ":
            lines.append("".join(cur).rstrip())
            cur = []
            continue
        carry = [tok]
        if tok[0] in NO_LINE_START and len(cur) > 1:
            carry = [cur.pop(), tok]
        lines.append("".join(cur).rstrip())
        cur = carry
    if "".join(cur).strip():
        lines.append("".join(cur).rstrip())
    return lines


def write_text(pdf, text, size, cjk, align="L", line_h=None, style=""):
    line_h = line_h or size * 0.55
    pdf.set_font(pdf.family, style=style, size=size)
    if not cjk:
        pdf.multi_cell(0, line_h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        return
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for line in cjk_lines(pdf, text, width - 1):
        pdf.cell(0, line_h, line, align=align, new_x="LMARGIN", new_y="NEXT")


def render(pdf, blocks, cjk):
    bold = "" if cjk else "B"
    for kind, payload in blocks:
        if kind == "title":
            write_text(pdf, payload, 14, cjk, align="C", line_h=8, style=bold)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font(pdf.family, style=bold, size=11)
            pdf.multi_cell(0, 6.5, payload, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h3":
            pdf.set_font(pdf.family, style=bold, size=10)
            pdf.multi_cell(0, 6, payload, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            write_text(pdf, payload, 10, cjk, align="C", line_h=5.5)
        elif kind == "small":
            write_text(pdf, payload, 8, cjk, line_h=4.4)
            pdf.ln(1.5)
        elif kind == "break":
            pdf.add_page()
        elif kind == "p":
            if cjk:
                write_text(pdf, payload, 10, cjk, line_h=6)
            else:
                write_text(pdf, payload, 9.5, cjk, line_h=5.2)
            pdf.ln(2)
        elif kind == "table":
            widths, rows = payload
            pdf.set_font(pdf.family, size=8.5)
            heading = FontFace(emphasis=bold or None, fill_color=(225, 230, 238))
            with pdf.table(col_widths=widths, width=sum(widths), text_align="LEFT",
                           line_height=4.6, first_row_as_headings=True, padding=1.2,
                           headings_style=heading) as table:
                for cells in rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.ln(3)


def build(name, markup, face_index, footer_text, tmp_dir):
    blocks = parse(markup)
    cjk = face_index is not None
    if cjk:
        family = "NotoCJK"
        path = make_cjk_font(face_index, markup + footer_text, tmp_dir)
        pdf = Doc(footer_text, family)
        pdf.add_font(family, "", path)
    else:
        family = "DejaVu"
        pdf = Doc(footer_text, family)
        pdf.add_font(family, "", DEJAVU)
        pdf.add_font(family, "B", DEJAVU_BOLD)
    pdf.set_title(footer_text)
    pdf.set_author(footer_text.split(" | ")[0])
    pdf.add_page()
    render(pdf, blocks, cjk)
    pdf.output(str(HERE / name))
    return pdf.page_no()


def main():
    with tempfile.TemporaryDirectory(prefix="fresh141_fonts_") as tmp_dir:
        for name, markup, face_index, footer_text in DOCS:
            pages = build(name, markup, face_index, footer_text, tmp_dir)
            print(f"{name}: {pages} pages")


if __name__ == "__main__":
    main()
