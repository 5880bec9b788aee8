"""Build the four PDF documents of the fresh167 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory that is deleted after the PDF is written. The collection is looked up in the
system font folder first; the environment variable NOTO_CJK_TTC can point to another copy.
"""

import os
import re
import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
CJK_CANDIDATES = [
    os.environ.get("NOTO_CJK_TTC", ""),
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/tmp/fresh167_tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


def cjk_collection():
    for candidate in CJK_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return candidate
    raise FileNotFoundError("NotoSansCJK-Regular.ttc not found; set NOTO_CJK_TTC to its path")


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Tsurugane Environmental Engineering Co., Ltd., Integrated Report 2025 (English, Japanese issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Tsurugane Environmental Engineering Co., Ltd. - Integrated Report 2025", 9),
        ("title", "Management Discussion and Business Review (excerpt)"),
        ("h", "1. Overview of the fiscal year ended March 31, 2025"),
        (
            "p",
            'Tsurugane Environmental Engineering Co., Ltd. (TSE Prime: 6418; the "Company", and together with its '
            'subsidiaries the "Tsurugane Group") designs, builds and operates municipal waste-to-energy plants, '
            "industrial waste incinerators and flue-gas treatment systems. In the fiscal year ended March 31, 2025 "
            "(fiscal 2024), orders received rose 18.4% to ¥142.7 billion, net sales increased 6.1% to ¥118.3 "
            "billion and operating profit increased 11.8% to ¥9.62 billion. The order backlog at the end of the "
            "fiscal year stood at ¥396.5 billion, of which long-term operation and maintenance contracts accounted "
            "for ¥171.0 billion.",
        ),
        (
            "p",
            "Growth came from two sources: the replacement of ageing municipal plants in Japan, many of which were "
            "built in the 1990s and are reaching the end of their design life, and sales of FlameSight, our AI "
            "combustion-control system, to plant operators in Europe and China.",
        ),
        ("h", "2. FlameSight and digital services"),
        (
            "p",
            "FlameSight uses hyperspectral and infrared cameras mounted above the grate to estimate the calorific "
            "value and moisture content of the waste as it burns. A reinforcement-learning controller then adjusts "
            "grate speed, primary air and secondary air every few seconds. At plants where it has operated for more "
            "than a year, FlameSight has reduced unplanned shutdowns by about 30%, cut the consumption of ammonia "
            "and slaked lime in flue-gas treatment by 8 to 12% and raised power generation per tonne of waste by "
            "1.5 to 2.5%. At March 31, 2025, FlameSight was installed or on order at 61 incineration lines in Japan, "
            "Italy and China, all of which are monitored remotely from our operations centre in Amagasaki.",
        ),
        ("h", "3. Orders received"),
        ("p", "Major orders received in fiscal 2024 were as follows:"),
        (
            "table",
            [62, 18, 64, 30],
            [
                ["Customer", "Country", "Scope of order", "Order value"],
                [
                    "Setouchi Clean Energy Co., Ltd.",
                    "Japan",
                    "Design, construction and 20-year operation of a 2 x 150 t/day plant (Onomichi)",
                    "¥31.2 billion",
                ],
                ["Valdoria Ambiente S.p.A.", "Italy", "FlameSight retrofit, Cremona Lines 1 and 2", "¥3.8 billion"],
                [
                    "Langche Green Energy Environmental Co., Ltd.",
                    "China",
                    "FlameSight software licence, nine plants",
                    "¥1.6 billion",
                ],
            ],
        ),
        (
            "p",
            "The Onomichi order is the largest in the Company's history. Setouchi Clean Energy is a special purpose "
            "company established by the Onomichi-Fukuyama regional waste authority under a design-build-operate "
            "scheme; the Company will operate the plant for 20 years after completion in fiscal 2028.",
        ),
    ],
    [
        ("h", "4. Overseas business"),
        (
            "p",
            "In Italy, the FlameSight retrofit at Cremona Lines 1 and 2 was commissioned in February 2025, four "
            "weeks ahead of schedule. The Lodi plant, which the Company built for the local utility under an EPC "
            "contract with a performance guarantee, entered commercial operation in March 2025; its day-to-day "
            "operation has been subcontracted to an Italian operator. Tsurugane Europe S.r.l., our wholly owned "
            "subsidiary in Milan, is responsible for sales, engineering and after-sales service in Europe.",
        ),
        (
            "p",
            "In China, the Company operates through Changzhou Tsurugane Environmental Equipment Co., Ltd., a joint "
            "venture with Changzhou Hengjun Machinery Group Co., Ltd. that manufactures grate and boiler components "
            "and carries out FlameSight retrofits for Chinese operators. The Company holds 60% of the joint venture "
            "and Hengjun holds the remaining 40%. In January 2025 Langche Green Energy Environmental Co., Ltd., a "
            "Hong Kong-listed operator of 23 waste-to-energy plants, licensed FlameSight for nine of its plants, "
            "the largest software order in the Company's history.",
        ),
        ("h", "5. Procurement"),
        (
            "p",
            "Heat-resistant steel, boiler tubes and grate castings are the largest items in our cost of materials. "
            "They are procured mainly through Minatogawa Trading Corporation, which handled about 38% of the "
            "Group's purchases of materials in fiscal 2024 and also arranges ocean freight for our overseas "
            "projects. We have begun to qualify a second steel source for projects starting from fiscal 2026.",
        ),
        ("h", "6. Competitive environment"),
        (
            "p",
            "Competition for plant replacement in Japan intensified during the year. Shiranui Heavy Industries, "
            "Ltd. and Kamogawa Plant Engineering Co., Ltd. both bid aggressively for design-build-operate "
            "contracts, and the average number of bidders per municipal tender rose from 2.4 to 3.1. We continued "
            "to compete on lifecycle cost and on FlameSight performance data rather than on construction price.",
        ),
        ("h", "7. Investment in Kanamori Robotics"),
        (
            "p",
            "In December 2024 the Company subscribed for 2,320,000 new shares of Kanamori Robotics Inc., a "
            "developer of AI waste-sorting robots listed on the TSE Growth Market, for a total of ¥2,436 million, "
            "and now holds 15.2% of its voting rights. Kanamori has been accounted for by the equity method from "
            "the fourth quarter, as an executive officer of the Company joined its board of directors. Robots "
            "that remove PVC, batteries and other hazardous items before waste enters the bunker are expected to "
            "become a standard option in our plant proposals from fiscal 2026.",
        ),
    ],
    [
        ("h", "8. Financial position and funding"),
        (
            "p",
            "In October 2024 Sakuragawa Bank, Ltd. arranged and led a ¥15.0 billion syndicated term loan to the "
            "Company with a term of seven years, the proceeds of which were used for working capital on large "
            "design-build-operate projects and for the investment in Kanamori Robotics. Interest-bearing debt at "
            "March 31, 2025 was ¥38.4 billion and the equity ratio was 41.8%.",
        ),
        (
            "p",
            "Capital expenditure of ¥6.1 billion related mainly to the expansion of the Amagasaki works and to the "
            "operations centre. Operating cash flow was ¥11.7 billion, and the Company paid an annual dividend of "
            "¥64 per share, a payout ratio of 32.5%.",
        ),
        ("h", "9. Legal proceedings"),
        (
            "p",
            "In August 2024 Kamogawa Plant Engineering Co., Ltd. filed a claim for damages in the Osaka District "
            "Court against Tsurugane Environmental Engineering Co., Ltd., alleging that a former Kamogawa engineer "
            "had disclosed trade secrets relating to boiler design. The Company believes that the claim is "
            "without merit and has not recorded a provision.",
        ),
        ("h", "Principal subsidiaries and affiliates (as of March 31, 2025)"),
        (
            "table",
            [70, 36, 26, 42],
            [
                ["Company", "Location", "Voting rights", "Principal business"],
                ["Tsurugane Europe S.r.l.", "Milan, Italy", "100.0%", "Sales and services in Europe"],
                [
                    "Changzhou Tsurugane Environmental Equipment Co., Ltd. (consolidated subsidiary)",
                    "Changzhou, China",
                    "60.0%",
                    "Components and retrofits for China",
                ],
                ["Kanamori Robotics Inc. (equity-method affiliate)", "Kawasaki, Kanagawa", "15.2%", "AI waste-sorting robots"],
            ],
        ),
        ("h", "Independent auditor"),
        (
            "p",
            "Ginza Aoba Audit Corporation audited the consolidated financial statements of Tsurugane Environmental "
            "Engineering Co., Ltd. for fiscal 2024 and expressed an unqualified opinion.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Langche Green Energy Environmental Co., Ltd., HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "朗澈綠能環境股份有限公司", 16),
        ("center", "Langche Green Energy Environmental Co., Ltd.", 12),
        ("center", "（於中華人民共和國註冊成立之股份有限公司）", 9),
        ("center", "（股份代號：2791）", 9),
        ("center", "須予披露交易", 13),
        ("center", "收購嘉興澤濱環保能源有限公司80%股權", 13),
        ("h", "股權轉讓協議"),
        (
            "p",
            "朗澈綠能環境股份有限公司（「本公司」或「朗澈綠能」，連同其附屬公司統稱「本集團」）董事會（「董事會」）欣然"
            "宣佈，於二零二五年八月十八日（交易時段後），本公司之全資附屬公司朗澈環保科技（杭州）有限公司（「朗澈環保」"
            "或「買方」）與浙江澤濱實業集團有限公司（「澤濱實業」或「賣方」）訂立股權轉讓協議，據此，買方有條件同意收購而賣方有條件"
            "同意出售嘉興澤濱環保能源有限公司（「澤濱環保」或「目標公司」）之80%股權（「收購事項」）。",
        ),
        ("p", "根據股權轉讓協議，朗澈環保同意以總代價人民幣624,000,000元收購澤濱環保80%股權，代價將以現金分三期支付。"),
        (
            "p",
            "代價乃參考獨立估值師中衡資產評估有限公司採用收益法對澤濱環保全部股權於二零二五年六月三十日之估值"
            "人民幣812,000,000元，由訂約雙方按一般商業條款經公平磋商後釐定。",
        ),
        (
            "p",
            "完成後，朗澈環保將持有澤濱環保80%股權，澤濱環保將成為本公司之間接非全資附屬公司，其財務業績將併入本集團之"
            "綜合財務報表，而澤濱實業將繼續持有澤濱環保餘下20%股權。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故收購事項構成本公司"
            "之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關目標公司之資料"),
        (
            "p",
            "澤濱環保為一家於中國成立之有限責任公司，擁有及經營位於浙江省嘉興市之生活垃圾焚燒發電廠，設計處理能力為"
            "每日1,500噸，配備三條焚燒線及兩台汽輪發電機組，特許經營期至二零四九年止。澤濱環保截至二零二三年及二零二四年"
            "十二月三十一日止兩個年度之主要財務資料（按中國企業會計準則編製）如下：",
        ),
        (
            "table",
            [70, 52, 52],
            [
                ["人民幣千元", "二零二三年", "二零二四年"],
                ["收益", "286,410", "301,920"],
                ["除稅前溢利", "61,870", "70,350"],
                ["除稅後溢利", "52,590", "59,800"],
            ],
        ),
        ("h", "有關賣方之資料"),
        (
            "p",
            "賣方為一家於中國成立之有限責任公司，主要從事紡織品製造、熱電聯產及工業園區開發。據董事作出一切合理查詢後所"
            "知、所悉及所信，賣方及其最終實益擁有人均為獨立第三方。澤濱實業曾於二零二四年與綠峰環境集團有限公司就出售事項"
            "進行初步磋商，惟有關磋商其後終止。",
        ),
        ("h", "進行收購事項之理由及裨益"),
        (
            "p",
            "本集團主要於中國從事生活垃圾焚燒發電項目之投資、建設及運營，於本公告日期共運營二十三座垃圾焚燒發電廠，"
            "總處理能力約為每日31,000噸，並於旗下電廠應用人工智能燃燒優化及前端智能分選技術。",
        ),
        (
            "p",
            "自二零二三年起，朗澈綠能根據委託運營協議為澤濱環保提供焚燒發電廠之運營管理服務，截至二零二四年十二月三十一日"
            "止年度收取之委託運營服務費約為人民幣41,200,000元。",
        ),
        (
            "p",
            "澤濱環保現時亦為浙江甬循再生材料股份有限公司（「甬循再生」）嘉興生產基地提供塑料分選殘渣之焚燒處置服務，"
            "年處置量約為42,000噸。",
        ),
        (
            "p",
            "澤濱環保已與常州鶴金環保設備有限公司（「常州鶴金」）訂立技術改造合同，由常州鶴金為其三條焚燒線實施人工智能"
            "燃燒控制系統升級，合同金額約為人民幣73,500,000元，預期於二零二六年上半年完成。常州鶴金為鶴金環境工程株式會社"
            "（一家於東京證券交易所上市之公司）之附屬公司。",
        ),
        (
            "p",
            "董事認為，收購事項將擴大本集團於長三角地區之處理能力，而本集團之人工智能燃燒優化經驗可進一步提升澤濱環保之"
            "發電效率。董事（包括獨立非執行董事）認為股權轉讓協議之條款屬公平合理，且符合本公司及股東之整體利益。",
        ),
        (
            "p",
            "本公司注意到近期有傳媒報道指本集團擬參與墨西哥一個垃圾焚燒發電項目之投標。董事會謹此澄清，朗澈綠能並無與"
            "Grupo Recolecta, S.A.B. de C.V.就任何項目進行磋商，亦無計劃於墨西哥進行投資。",
        ),
    ],
    [
        ("h", "收購事項之資金來源"),
        (
            "p",
            "代價將以本集團內部資源及甌越銀行股份有限公司（「甌越銀行」）向朗澈環保提供之人民幣400,000,000元併購貸款"
            "撥付。該貸款為期七年，以朗澈環保所持澤濱環保之股權作質押。",
        ),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之股權架構如下："),
        (
            "table",
            [66, 30, 38, 40],
            [
                ["股東名稱", "股份類別", "所持股份數目", "佔已發行股本總額概約百分比"],
                ["杭州朗澈控股集團有限公司", "內資股", "1,028,000,000", "51.4%"],
                ["H股公眾股東", "H股", "972,000,000", "48.6%"],
                ["總計", "", "2,000,000,000", "100.0%"],
            ],
        ),
        ("h", "財務顧問"),
        ("p", "嘉域融資有限公司擔任朗澈綠能就收購事項之財務顧問。"),
        (
            "p",
            "由於收購事項須待股權轉讓協議所載之先決條件獲達成或豁免後方告完成，故收購事項未必會進行。股東及潛在投資者於"
            "買賣本公司證券時，務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "朗澈綠能環境股份有限公司"),
        ("right", "董事長"),
        ("right", "沈立衡"),
        ("p", "中國杭州，二零二五年八月十八日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事沈立衡先生、顧曉嵐女士及陸振邦先生；非執行董事吳啟明先生及方慧敏女士；"
            "以及獨立非執行董事梁家聲先生、張碧蓮女士及許志豪先生。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Zhejiang Yongxun Recycled Materials Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：301627        证券简称：甬循再生        公告编号：2025-018"),
        ("center", "浙江甬循再生材料股份有限公司", 15),
        ("center", "关于签订日常经营重大合同及对外投资设立墨西哥合资公司的公告", 13),
        ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性销售合同，合同金额为人民币1.38亿元（含税）。"),
        (
            "p",
            "● 对外投资标的名称：Yongxun Ciclonova Reciclados, S.A. de C.V.（暂定名，最终以墨西哥相关登记机关核准的名称为准）。",
        ),
        ("p", "● 投资金额：公司拟以自有及自筹资金出资2,700万美元，持股60%。"),
        (
            "p",
            "● 本次对外投资已经公司第三届董事会第十四次会议审议通过，无需提交股东大会审议。本次交易不构成关联交易，亦不"
            "构成《上市公司重大资产重组管理办法》规定的重大资产重组。",
        ),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        (
            "p",
            "2025年3月10日，浙江甬循再生材料股份有限公司（以下简称“公司”或“甬循再生”）与朗澈绿能环境股份有限公司"
            "（以下简称“朗澈绿能”）签订《生活垃圾前端智能分选系统采购合同》，约定由公司为朗澈绿能旗下6座生活垃圾焚烧"
            "发电厂供应基于高光谱成像与深度学习算法的塑料智能分选系统，并提供三年运维服务，合同总金额为人民币1.38亿元"
            "（含税）。",
        ),
        ("p", "本次采购中，朗澈绿能同时邀请了苏州明析智能装备有限公司等多家分选设备厂商参与竞争性谈判。"),
        ("h", "（二）合同对方基本情况"),
        (
            "p",
            "朗澈绿能成立于2006年，其H股于香港联合交易所主板上市，主要从事生活垃圾焚烧发电项目的投资、建设及运营。"
            "朗澈绿能与公司及公司控股股东、实际控制人、董事、监事、高级管理人员之间不存在关联关系。",
        ),
        ("h", "（三）审议程序"),
        (
            "p",
            "本合同为公司日常经营性合同，根据《深圳证券交易所创业板股票上市规则》及《公司章程》的相关规定，无需提交董事会"
            "及股东大会审议。",
        ),
    ],
    [
        ("h", "二、对外投资设立墨西哥合资公司"),
        ("h", "（一）基本情况"),
        (
            "p",
            "为贴近北美市场客户、规避潜在贸易壁垒，公司拟与Ciclonova, S.A.B. de C.V.（以下简称“Ciclonova”）在墨西哥"
            "新莱昂州共同出资设立合资公司Yongxun Ciclonova Reciclados, S.A. de C.V.（暂定名，以下简称“甬循墨西哥”或"
            "“合资公司”），建设年产5万吨食品级再生PET切片生产线。",
        ),
        (
            "p",
            "合资公司注册资本为4,500万美元，其中公司出资2,700万美元，持股60%；Ciclonova出资1,800万美元，持股40%。"
            "合资公司股权结构如下：",
        ),
        (
            "table",
            [74, 36, 30, 34],
            [
                ["股东名称", "出资额（万美元）", "出资方式", "持股比例"],
                ["浙江甬循再生材料股份有限公司", "2,700", "货币", "60%"],
                ["Ciclonova, S.A.B. de C.V.", "1,800", "货币", "40%"],
                ["合计", "4,500", "-", "100%"],
            ],
        ),
        ("p", "甬循墨西哥设立后将纳入公司合并报表范围，成为公司的控股子公司。"),
        ("h", "（二）合作方基本情况"),
        (
            "p",
            "Ciclonova成立于1998年，其股份于墨西哥证券交易所上市，美国存托股份于纽约证券交易所上市，主要从事废旧PET"
            "饮料瓶的回收、清洗及食品级再生PET树脂的生产与销售，年处理能力约28万吨。",
        ),
        ("p", "墨西哥再生PET市场的主要参与者包括Ciclonova及PetroReciclados, S.A. de C.V.等企业。"),
        ("h", "（三）合资协议的主要内容"),
        ("p", "1、合资公司董事会由5名董事组成，其中公司委派3名，Ciclonova委派2名；总经理由公司提名，财务总监由Ciclonova提名。"),
        (
            "p",
            "2、合资公司已与Kanamori Robotics Inc.签署设备采购意向书，拟采购12台基于人工智能视觉识别的分拣机器人，用于"
            "瓶片分选工序。",
        ),
        ("p", "3、任何一方向第三方转让其所持合资公司股权的，另一方在同等条件下享有优先购买权。"),
    ],
    [
        ("h", "三、对上市公司的影响"),
        (
            "p",
            "公司目前海外销售主要通过湊川商事株式会社（Minatogawa Trading Corporation）进行，2024年度公司向其销售"
            "食品级再生PET切片约人民币2.16亿元，占公司营业收入的14.7%。",
        ),
        (
            "p",
            "本次合资公司设立后，公司将可直接服务北美饮料客户，进一步优化海外销售结构。本次重大合同的履行预计将对公司"
            "2025年度及2026年度经营业绩产生积极影响，不会对公司业务独立性构成影响。",
        ),
        ("h", "四、保荐机构核查意见"),
        (
            "p",
            "中钧证券股份有限公司作为甬循再生首次公开发行股票并在创业板上市的持续督导保荐机构，对本次对外投资事项出具了"
            "无异议的核查意见。",
        ),
        ("h", "五、风险提示"),
        ("p", "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化及付款能力等因素影响，存在不能按期足额履行的风险。"),
        (
            "p",
            "2、境外投资审批风险：本次对外投资尚需取得商务主管部门、发展改革部门及外汇管理部门的备案或登记，以及墨西哥"
            "相关政府部门的批准，能否取得及取得时间存在不确定性。",
        ),
        ("p", "3、汇率风险：合资公司以美元及墨西哥比索结算，汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "浙江甬循再生材料股份有限公司董事会"),
        ("right", "2025年3月11日"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 07 - Kanamori Robotics Inc., TDnet timely disclosure (English translation, Japanese issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC07 = [
    [
        (
            "small",
            "Note: This document has been translated from a part of the Japanese original for reference purposes "
            "only. In the event of any discrepancy between this translated document and the Japanese original, "
            "the original shall prevail.",
        ),
        ("right", "December 12, 2024"),
        ("right", "Company name: Kanamori Robotics Inc."),
        ("right", "Representative: Haruto Kanamori, President and CEO"),
        ("right", "(Securities code: 5597, TSE Growth Market)"),
        ("right", "Contact: Ayaka Nomura, Director and CFO (TEL: +81-44-520-3317)"),
        (
            "center",
            "Notice Concerning Capital and Business Alliance with Tsurugane Environmental Engineering Co., Ltd. "
            "and Issuance of New Shares by Way of Third-Party Allotment",
            12,
        ),
        (
            "p",
            'Kanamori Robotics Inc. (the "Company") hereby announces that its Board of Directors resolved at a '
            'meeting held today to enter into a capital and business alliance agreement (the "Alliance") with '
            'Tsurugane Environmental Engineering Co., Ltd. ("Tsurugane") and to issue new shares of common stock '
            'to Tsurugane by way of third-party allotment (the "Third-Party Allotment"), as described below.',
        ),
        ("h", "I. Capital and Business Alliance"),
        ("h", "1. Purpose of and reasons for the Alliance"),
        (
            "p",
            "The Company develops and sells robots that use deep-learning image recognition to pick recyclable "
            "plastics, metals and hazardous items from mixed waste at up to 80 picks per minute. Since the launch "
            "of the KR-3 series in 2022, the Company's robots have been delivered to or ordered for 41 sorting and "
            "recycling facilities in Japan and overseas. Principal overseas customers are as follows:",
        ),
        (
            "table",
            [62, 20, 66, 26],
            [
                ["Customer", "Country", "Facility", "Robots"],
                ["Valdoria Ambiente S.p.A.", "Italy", "Cremona plastics sorting plant", "24"],
                ["Ciclonova, S.A.B. de C.V.", "Mexico", "Apodaca PET recycling plant", "18"],
                [
                    "Langche Green Energy Environmental Co., Ltd.",
                    "China",
                    "Hangzhou Yuhang waste-to-energy plant (pre-sorting line)",
                    "6",
                ],
            ],
        ),
        (
            "p",
            "Overseas competitors such as Sortbotics Inc. of the United States and Lichtwerk Sortiertechnik GmbH of "
            "Germany have larger installed bases in Europe and North America. The Company believes that working "
            "with a builder of incineration plants is the fastest way to close that gap, because operators of "
            "waste-to-energy plants are now under pressure to remove batteries and PVC before combustion.",
        ),
    ],
    [
        ("h", "2. Details of the Alliance"),
        (
            "p",
            "Under the Alliance, the Company and Tsurugane will jointly develop a pre-combustion sorting module that "
            "removes lithium-ion batteries, PVC and other hazardous items from waste before it enters the bunker of "
            "an incineration plant, and Tsurugane will offer the Company's robots as an option in its plant "
            "proposals in Japan, Europe and China. Tsurugane may nominate one candidate for director of the "
            "Company.",
        ),
        ("h", "II. Third-Party Allotment"),
        ("h", "1. Outline of the offering"),
        (
            "p",
            "The Company will issue 2,320,000 new shares of common stock to Tsurugane at ¥1,050 per share, for total "
            "proceeds of ¥2,436,000,000, and upon completion Tsurugane will hold 15.2% of the voting rights of the "
            "Company.",
        ),
        (
            "table",
            [60, 114],
            [
                ["Item", "Details"],
                ["(1) Payment date", "December 27, 2024"],
                ["(2) Number of new shares", "2,320,000 shares of common stock"],
                ["(3) Issue price", "¥1,050 per share"],
                ["(4) Amount of funds to be raised", "¥2,436,000,000"],
                ["(5) Method of offering", "Third-party allotment"],
            ],
        ),
        ("h", "2. Amount, use and scheduled timing of the funds to be raised"),
        (
            "p",
            "Net proceeds, after estimated issuance expenses of ¥60 million, are expected to be ¥2,376 million and "
            "will be used as follows:",
        ),
        (
            "table",
            [84, 36, 54],
            [
                ["Specific use", "Amount", "Scheduled timing"],
                ["Expansion of the Kawasaki assembly plant", "¥1,100 million", "January 2025 - March 2026"],
                ["Development of the pre-combustion sorting module", "¥800 million", "January 2025 - March 2027"],
                ["Working capital for overseas orders", "¥476 million", "January 2025 - December 2025"],
            ],
        ),
        ("h", "3. Reasonableness of the issue conditions"),
        (
            "p",
            "The issue price of ¥1,050 represents a discount of 4.6% to ¥1,101, the closing price of the Company's "
            "shares on December 11, 2024, the business day before the resolution. Nishiki Securities Co., Ltd., "
            "which acted as financial adviser to Kanamori Robotics on the Third-Party Allotment, was consulted on "
            "the pricing, and the Audit and Supervisory Committee has expressed the opinion that the issue price is "
            "not particularly favourable to the allottee.",
        ),
    ],
    [
        ("h", "4. Outline of the allottee"),
        (
            "table",
            [60, 114],
            [
                ["Item", "Details"],
                ["(1) Name", "Tsurugane Environmental Engineering Co., Ltd."],
                ["(2) Location", "2-14-8 Nishinagasu-cho, Amagasaki, Hyogo"],
                ["(3) Representative", "Kenjiro Tsurugane, President and Representative Director"],
                ["(4) Business", "Design, construction and operation of waste-to-energy plants"],
                ["(5) Capital", "¥12,840 million"],
                ["(6) Major shareholder and ratio", "Tsurugane Kosan Co., Ltd. (11.8%)"],
                ["(7) Relationship with the Company", "Capital: none. Personnel: none. Business: none."],
            ],
        ),
        ("h", "5. Major shareholders and shareholding ratios before and after the allotment"),
        (
            "table",
            [100, 37, 37],
            [
                ["Name", "Before (as of September 30, 2024)", "After"],
                ["Haruto Kanamori", "31.4%", "26.6%"],
                ["Hokusei Venture Partners IV Investment Limited Partnership", "18.2%", "15.4%"],
                ["Tsurugane Environmental Engineering Co., Ltd.", "-", "15.2%"],
            ],
        ),
        (
            "p",
            "Shareholding ratios after the allotment are calculated by adding the shares to be issued to the "
            "number of voting rights as of September 30, 2024.",
        ),
        ("h", "6. Future outlook"),
        (
            "p",
            "The impact of the Alliance and the Third-Party Allotment on the Company's results for the fiscal year "
            "ending March 31, 2025 is expected to be minor. The Company will promptly announce any matters that "
            "require disclosure.",
        ),
        ("h", "7. Matters concerning procedures under the Code of Corporate Conduct"),
        (
            "p",
            "Because the dilution resulting from the Third-Party Allotment is less than 25% and there will be no "
            "change in the controlling shareholder, the Company is not required to obtain an opinion from an "
            "independent third party or to confirm the intent of shareholders under Rule 432 of the Securities "
            "Listing Regulations.",
        ),
    ],
]


def doc_text(pages):
    """Every character of a document, used to subset the CJK face."""
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                parts.extend(cell for row in block[2] for cell in row)
            else:
                parts.append(block[1])
    return "".join(parts)


def make_cjk_ttf(text, face_index, out_path):
    """Subset one face of the CJK collection and convert its CFF outlines to TrueType glyf outlines."""
    font = TTFont(cjk_collection(), fontNumber=face_index)
    options = Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options=options)
    chars = set(text) | {chr(c) for c in range(0x20, 0x7F)}
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, value in (
        ("maxZones", 1),
        ("maxTwilightPoints", 0),
        ("maxStorage", 0),
        ("maxFunctionDefs", 0),
        ("maxInstructionDefs", 0),
        ("maxStackElements", 0),
        ("maxSizeOfInstructions", 0),
        ("maxComponentElements", 0),
        ("maxComponentDepth", 0),
        ("maxPoints", 0),
        ("maxContours", 0),
        ("maxCompositePoints", 0),
        ("maxCompositeContours", 0),
    ):
        setattr(maxp, attr, value)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    def __init__(self, footer_text, family):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.body_family = family
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.body_family, size=8)
        self.cell(0, 6, f"{self.footer_text} - {self.page_no()}", align="C")


NO_LINE_START = set("，。、；：？！）」』”’》〉】,.;:%")


def cjk_lines(pdf, text, width):
    """Break mixed Chinese/Latin text into lines: anywhere between Chinese characters, but never inside a Latin word
    or a number, and never with closing punctuation at the start of a line."""
    tokens = re.findall(r"[\x21-\x7e]+| +|.", text)
    lines, current = [], ""
    for token in tokens:
        if token.isspace() and not current:
            continue
        candidate = current + token
        if pdf.get_string_width(candidate) <= width or not current or token in NO_LINE_START:
            current = candidate
        else:
            lines.append(current.rstrip())
            current = "" if token.isspace() else token
    if current.strip():
        lines.append(current.rstrip())
    return lines


def write_text(pdf, width, height, text, align, cjk):
    if not cjk:
        pdf.multi_cell(width, height, text, align=align, new_x="LMARGIN", new_y="NEXT")
        return
    for line in cjk_lines(pdf, text, width - 2 * pdf.c_margin - 0.5):
        pdf.cell(width, height, line, align=align, new_x="LMARGIN", new_y="NEXT")


def render(pdf, pages, family, bold_ok):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    cjk = not bold_ok
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "center":
                pdf.set_font(family, "B" if bold_ok else "", block[2])
                write_text(pdf, width, block[2] * 0.55, block[1], "C", cjk)
                pdf.ln(1)
            elif kind == "title":
                pdf.set_font(family, "B" if bold_ok else "", 15)
                write_text(pdf, width, 8, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(1)
                pdf.set_font(family, "B" if bold_ok else "", 11)
                write_text(pdf, width, 6, block[1], "L", cjk)
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font(family, "", 10)
                write_text(pdf, width, 5.2, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "small":
                pdf.set_font(family, "", 8)
                write_text(pdf, width, 4.2, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "right":
                pdf.set_font(family, "", 10)
                write_text(pdf, width, 5.2, block[1], "R", cjk)
            elif kind == "table":
                pdf.set_font(family, "", 9)
                headings = FontFace(emphasis="BOLD" if bold_ok else None, fill_color=(225, 225, 225))
                with pdf.table(
                    col_widths=block[1],
                    width=sum(block[1]),
                    text_align="LEFT",
                    line_height=5,
                    headings_style=headings,
                    align="LEFT",
                ) as table:
                    for row_cells in block[2]:
                        row = table.row()
                        for cell_text in row_cells:
                            row.cell(cell_text)
                pdf.ln(3)
            else:
                raise ValueError(kind)


def build_latin(name, pages, footer_text, title):
    pdf = Doc(footer_text, "Helvetica")
    pdf.set_title(title)
    render(pdf, pages, "Helvetica", True)
    pdf.output(str(HERE / name))
    return pdf.pages_count


def build_cjk(name, pages, face_index, footer_text, title):
    tmpdir = tempfile.mkdtemp(prefix="fresh167_font_")
    try:
        ttf = Path(tmpdir) / f"noto_cjk_{face_index}.ttf"
        make_cjk_ttf(doc_text(pages) + footer_text + " -0123456789", face_index, str(ttf))
        pdf = Doc(footer_text, "NotoCJK")
        pdf.add_font("NotoCJK", "", str(ttf))
        pdf.set_title(title)
        render(pdf, pages, "NotoCJK", False)
        pdf.output(str(HERE / name))
        return pdf.pages_count
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def main():
    plans = [
        (
            "02_Tsurugane_integrated_report.pdf",
            build_latin(
                "02_Tsurugane_integrated_report.pdf",
                DOC02,
                "Tsurugane Environmental Engineering Co., Ltd. - Integrated Report 2025",
                "Tsurugane Environmental Engineering Co., Ltd. - Integrated Report 2025 (excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Langche_HKEX_announcement.pdf",
            build_cjk(
                "03_Langche_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "朗澈綠能環境股份有限公司 公告",
                "朗澈綠能環境股份有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Yongxun_A-share_announcement.pdf",
            build_cjk(
                "04_Yongxun_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "浙江甬循再生材料股份有限公司 公告",
                "浙江甬循再生材料股份有限公司 公告 2025-018",
            ),
            len(DOC04),
        ),
        (
            "07_Kanamori_TDnet_notice.pdf",
            build_latin(
                "07_Kanamori_TDnet_notice.pdf",
                DOC07,
                "Kanamori Robotics Inc. - Timely Disclosure",
                "Kanamori Robotics Inc. - Notice Concerning Capital and Business Alliance",
            ),
            len(DOC07),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
