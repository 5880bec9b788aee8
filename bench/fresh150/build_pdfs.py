"""Build the three PDF documents of the fresh150 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Latin documents use DejaVu Sans. The Chinese document uses one face of the Noto Sans CJK
collection, subset with fontTools to the characters used, converted from CFF to TrueType
outlines and stored in a temporary directory that is deleted after the build.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_FACE = {"sc": 2, "tc": 3}

# Document texts in a small markup: blocks are separated by blank lines and start with
# "@kind". Lines of a block are joined with a space (English) or with nothing (Chinese).
# In "@table w1,w2,..." blocks each row starts with "| " and cells are split on " | ".

# 01 Skagerhavn Vind A/S - annual report excerpt (English)
DOC01_TEXT = """
@title
Skagerhavn Vind A/S

@meta
Annual Report 2024 (excerpt) | CVR no. 38 41 27 96 | Nasdaq Copenhagen: SKGV

@h1
Management review

@h2
2024 at a glance

@p
Skagerhavn Vind A/S ("Skagerhavn" or "the Group") delivered revenue of EUR 3,412
million in 2024, an increase of 11% on 2023. Order intake reached 5.8 GW, the
order backlog stood at EUR 9.6 billion at year-end, and the EBIT margin before
special items improved to 4.9% from 2.7%. Offshore accounted for 41% of revenue,
driven by the first serial deliveries of the SV-236 15 MW platform, while the
onshore business benefited from strong activity in India and on the Iberian
Peninsula.

@p
2024 was also the year in which artificial intelligence moved from pilot
projects into the core of how we design, build and service turbines. Every
SV-236 nacelle leaving our Esbjerg plant now carries an on-board inference unit
that runs vibration, icing and pitch-control models locally, and our fleet
analytics platform WindSight monitored 21.4 GW of installed capacity at
year-end, of which 6.2 GW was built by other manufacturers.

@h2
Artificial intelligence across the value chain

@p
WindSight is developed and operated by Skagerhavn Digital ApS, the Group's
wholly owned software company in Aarhus. In 2024 the company grew its team to
212 engineers and data scientists and released three major model updates,
including a yaw-misalignment model that raised annual energy production by an
average of 1.3% on the 740 turbines where it was activated.

@p
Since 2023 Skagerhavn has sourced the edge computing modules for these units
from Hanlan Edge AI Corp. of Taiwan, which has qualified a ruggedised module for
the temperature and vibration envelope of an offshore nacelle. We placed
framework orders for 4,100 modules in 2024 and have asked the supplier to
qualify a second assembly line to reduce concentration risk.

@p
Model training and the WindSight data lake run on cloud infrastructure that
Skagerhavn Digital ApS purchases from Stratocirrus Cloud, Inc. under a
three-year committed-spend agreement signed in January 2024. Training compute
consumed in 2024 was four times the 2023 level, mainly because of the new
blade-load models.

@p
Skagerhavn Digital ApS has also begun to license BladeSense, its computer-vision
system for detecting fibre wrinkles and resin-starved areas, to Jiangsu Lantuo
Composites Co., Ltd., which uses it on two carbon-fibre pultrusion lines in
Yancheng, China. This is the first external licence of a Skagerhavn AI product,
and we expect licence income to remain immaterial in 2025.

@p
We do not regard our digital business as a stand-alone profit centre.
Independent software vendors such as GaleMind Analytics and Anemometrix offer
fleet-level AI to owners of mixed fleets, and Skagerhavn Digital competes with
both for the analytics scope of service-contract renewals. Our advantage is
access to design data and to the controller of every turbine we build.

@break

@h2
Strategic investments and partnerships

@p
In March 2024 Skagerhavn subscribed for new shares in Marealta Renovables, S.A.,
the Spanish floating offshore wind developer, for a total consideration of EUR
48.0 million, giving the Group a shareholding of 9.9%. The investment is
measured at fair value through other comprehensive income, as the Group does not
exercise significant influence.

@p
In Taiwan, Skagerhavn Offshore Taiwan Co., Ltd. signed a cooperation agreement
with Beichen Offshore Wind Corporation in May 2024 covering AI-based predictive
maintenance, a joint service hub in Taichung and the training of Taiwanese
technicians. The agreement does not involve any financial commitments from
either party.

@p
In September, media reports suggested that Skagerhavn was preparing an offer for
the Spanish blade manufacturer Ventisca Palas. Skagerhavn Vind A/S issued a
company announcement on 12 September 2024 stating that it had not approached
Ventisca Palas and had no plans to do so.

@h2
Capital structure and financing

@p
In June 2024 the Group refinanced its bank facilities. Limfjord Erhvervsbank A/S
arranged and underwrote a new EUR 600 million sustainability-linked revolving
credit facility for Skagerhavn Vind A/S, maturing in 2029 with two one-year
extension options. The margin is adjusted annually by reference to the share of
recycled material in our blades and the lost-time injury frequency across our
factories.

@p
Net interest-bearing debt was EUR 412 million at year-end (2023: EUR 688
million), corresponding to 0.9x EBITDA before special items. Cash and cash
equivalents amounted to EUR 1,104 million, and undrawn committed facilities to
EUR 600 million.

@h2
Market and competition

@p
Onshore pricing discipline improved through the year. Tornvik Vindkraft AB and
Brisavento Energia S.p.A. both announced price increases of 4-6% for 2025
onshore deliveries, and average selling prices in our own onshore order intake
rose to EUR 1.02 million per MW.

@p
In offshore, the main constraints remain port capacity, installation vessels and
grid connection dates rather than turbine supply. For 2025 we expect revenue of
EUR 3.6-3.9 billion and an EBIT margin before special items of 5-7%.

@break

@h1
Notes to the consolidated financial statements (extract)

@h2
Note 28 Group companies

@p
The following companies are subsidiaries of Skagerhavn Vind A/S. All are wholly
owned, directly or indirectly, and fully consolidated.

@table 62,24,58,26
| Company | Country | Principal activity | Ownership
| Skagerhavn Digital ApS | Denmark | Software and AI services | 100%
| Skagerhavn Wind Systems India Private Limited | India | Turbine assembly,
  sales and service | 100%
| Skagerhavn Offshore Taiwan Co., Ltd. | Taiwan | Offshore sales and service |
  100%
| Skagerhavn Ibérica, S.L.U. | Spain | Sales and service | 100%

@h2
Note 29 Related parties

@p
Fjeldmose Holding ApS, Ribe, Denmark, holds 28.6% of the share capital and
voting rights of Skagerhavn Vind A/S and is the Group's largest shareholder. No
other shareholder has notified a holding of 5% or more.

@p
Apart from dividends and the remuneration of the Board of Directors and the
Executive Management, there were no transactions with related parties in 2024.

@h2
Note 30 Fees to the auditor appointed at the annual general meeting

@p
Brændgaard & Tofte Statsautoriseret Revisionspartnerselskab was re-elected as
auditor of Skagerhavn Vind A/S at the annual general meeting on 20 March 2024.
Total fees amounted to EUR 2.1 million (2023: EUR 1.9 million), of which EUR 0.4
million related to assurance on the sustainability statement.

@h2
Note 31 Events after the reporting period

@p
On 5 February 2025 the Group received a firm order for 42 SV-236 turbines for a
floating offshore project in Spain, subject to the customer's final investment
decision. No other events have occurred after the balance sheet date that
materially affect the assessment of the annual report.
"""

# 05 Jiangsu Lantuo Composites - A-share announcement (Simplified Chinese)
DOC05_TEXT = """
@meta
证券代码：688917　　　证券简称：澜拓复材　　　公告编号：2025-062

@title
江苏澜拓复合材料股份有限公司

@h1
关于签订日常经营重大合同、向全资子公司增资暨2026年度日常关联交易预计的公告

@p
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏
，并对其内容的真实性、准确性和完整性依法承担法律责任。

@h2
重要内容提示：

@p
●合同类型及金额：日常经营性销售合同，合同金额约为人民币68,450.00万元（含税）。

@p
●合同生效条件：自双方授权代表签字并加盖公章之日起生效。

@p
●对上市公司当期业绩的影响：本合同履行期间为2026年1月1日至2028年12月31日，预计
不会对公司2025年度经营业绩产生重大影响；若合同顺利履行，将对公司2026年至2028年
经营业绩产生积极影响。

@p
●增资事项：公司拟以自有资金向全资子公司增资，本次增资不构成关联交易，亦不构成
《上市公司重大资产重组管理办法》规定的重大资产重组。

@p
●日常关联交易预计事项尚需提交公司股东大会审议，关联股东将回避表决。

@p
●特别风险提示：合同履行过程中可能面临原材料价格波动、国际贸易政策变化、汇率波
动及不可抗力等风险，敬请广大投资者注意投资风险。

@h2
一、合同签订情况

@p
（一）合同签订基本情况

@p
2025年11月12日，江苏澜拓复合材料股份有限公司（以下简称“公司”或“澜拓复材”）与Ve
ntisca Palas, S.A.（以下简称“Ventisca”）签订《碳纤维拉挤板长期供货协议》，公司
将于2026年至2028年向Ventisca供应风电叶片主梁用碳纤维拉挤板，合同金额约为人民币
68,450.00万元（含税）。

@p
根据协议约定，合同项下约30%的产品将由公司直接交付至Ventisca的全资子公司Ventisc
a Blades India Private Limited（以下简称“Ventisca印度”）位于印度古吉拉特邦瓦多
达拉的叶片工厂，并由Ventisca印度单独下达订单及结算货款。

@p
（二）审议程序情况

@p
本合同为公司日常经营性合同，根据《上海证券交易所科创板股票上市规则》及《公司章
程》的相关规定，无需提交公司董事会或股东大会审议，公司已按照内部制度履行了审批
程序。

@h2
二、合同对方当事人情况

@p
（一）Ventisca Palas, S.A.

@p
1、注册地：西班牙马德里；2、成立时间：1998年；3、主营业务：风电叶片的研发、制造
与销售，在西班牙、葡萄牙和印度设有生产基地；4、上市情况：在西班牙马德里证券交易
所上市（股票代码：VPAL）；5、最近一个会计年度主要财务数据：2024年度营业收入约1
5.12亿欧元，净利润约0.58亿欧元；6、关联关系说明：Ventisca不属于公司的关联方，本
次交易不构成关联交易。

@p
履约能力分析：Ventisca经营情况正常，资信状况良好，具备良好的履约能力，历史回款
情况良好。

@p
（二）Ventisca Blades India Private Limited

@p
1、注册地：印度古吉拉特邦瓦多达拉；2、主营业务：风电叶片制造；3、关联关系说明：
与公司之间不存在关联关系。

@h2
三、合同主要条款

@p
1、合同标的：风电叶片主梁用T700级大丝束碳纤维拉挤板，规格包括100毫米×5毫米、15
0毫米×6毫米等多种型号。

@p
2、合同期限：2026年1月1日至2028年12月31日。

@p
3、合同金额：约人民币68,450.00万元（含税），最终以实际交付数量结算。

@p
4、定价机制：基础价格与碳纤维原丝市场价格按季度联动调整。

@p
5、结算方式：按月对账，买方在收到发票后60日内以电汇方式支付。

@p
6、交付地点：西班牙费罗尔工厂、昆卡工厂及印度瓦多达拉工厂。

@p
7、违约责任：任何一方违约的，应赔偿守约方因此遭受的直接损失。

@p
8、争议解决：提交新加坡国际仲裁中心按其届时有效的仲裁规则仲裁。

@h2
四、合同履行对上市公司的影响

@p
本合同金额约占公司2024年度经审计营业收入的21.37%。本合同项下产品将由公司全资子
公司澜拓（盐城）新材料有限公司（以下简称“盐城新材料”）负责生产。

@p
公司碳纤维拉挤产线已于2024年引入美国GaleMind Analytics, Inc.提供的人工智能工艺
控制系统，对树脂温度、牵引速度及固化度进行实时优化，产品一次合格率由93.1%提升至
97.6%，为本次合同的取得提供了质量保障。

@p
在本次供应商评选中，Ventisca同时评估了浙江舟驰新材料股份有限公司、山东岱岳碳纤
维股份有限公司等国内同行业公司的产品。本合同的履行不影响公司业务的独立性，公司
主要业务不会因履行本合同而对Ventisca形成重大依赖。

@h2
五、关于向全资子公司增资的情况

@p
（一）增资概述

@p
为满足上述合同的交付需求并扩充大丝束碳纤维拉挤板产能，公司拟以自有资金人民币30
,000.00万元向盐城新材料增资，全部计入注册资本。增资完成后，盐城新材料注册资本由
人民币20,000.00万元增加至人民币50,000.00万元，公司仍持有其100%股权。

@p
公司于2025年11月12日召开第三届董事会第十九次会议，审议通过了《关于向全资子公司
增资的议案》。本次增资无需提交股东大会审议。

@p
（二）增资标的基本情况

@p
名称：澜拓（盐城）新材料有限公司；类型：有限责任公司（非自然人投资或控股的法人
独资）；注册地址：江苏省盐城市大丰区海港路88号；法定代表人：周立成；成立日期：
2019年6月18日；经营范围：碳纤维及玻璃纤维复合材料制品的研发、生产和
销售。

@p
主要财务数据：2024年末总资产人民币58,716.32万元，净资产人民币26,408.95万元；20
24年度营业收入人民币71,233.06万元，净利润人民币5,127.44万元。

@h2
六、2026年度日常关联交易预计

@p
（一）关联方基本情况及关联关系

@p
盐城澜拓树脂有限公司（以下简称“澜拓树脂”）系公司控股股东江苏澜拓控股集团有限公
司（以下简称“澜拓控股”）的全资子公司，主要从事风电专用环氧树脂及拉挤树脂的生产
和销售。截至2025年9月30日，澜拓控股持有公司41.27%的股份，为公司控股股东。

@p
（二）预计金额和类别

@p
公司预计2026年度向澜拓树脂采购风电专用环氧树脂及拉挤树脂的金额不超过人民币12,8
00.00万元，具体如下：

@table 34,44,34,34,24
| 关联交易类别 | 关联人 | 2026年度预计金额（万元） | 2025年1-9月实际发生金额（
万元） | 占同类业务比例
| 向关联人购买原材料 | 盐城澜拓树脂有限公司 | 12,800.00 | 7,936.42 | 18.6%

@p
（三）定价政策和定价依据：参照市场价格协商确定，不高于澜拓树脂向无关联第三方销
售同类产品的价格。

@p
（四）审议程序：公司于2025年11月12日召开第三届董事会第十九次会议，关联董事周立
成、周怡回避表决，非关联董事一致同意。该事项已经独立董事专门会议审议通过，尚需
提交股东大会审议。

@break

@p
（五）保荐机构核查意见

@p
经核查，保荐机构鼎泓证券股份有限公司认为：澜拓复材2026年度日常关联交易预计事项
已经公司董事会审议通过，关联董事已回避表决，符合相关法律法规及《公司章程》的规
定，不存在损害公司及中小股东利益的情形。

@h2
七、风险提示

@p
1、合同履行风险：合同履行周期较长，可能受市场需求、原材料供应及买方项目进度等因
素影响，存在合同金额调整或无法全部履行的风险。2、国际贸易政策风险：产品出口至欧
盟及印度，可能受到相关国家和地区贸易救济措施的影响。3、汇率风险：合同以欧元及美
元结算，汇率波动可能影响公司经营业绩。

@h2
八、其他说明

@p
澜拓复材2024年度财务数据已经苏瑞华信会计师事务所（特殊普通合伙）审计，2025年1-
9月财务数据未经审计。

@p
特此公告。

@right
江苏澜拓复合材料股份有限公司董事会

@right
2025年11月13日
"""

# 08 Marealta Renovables - inside information notice (English)
DOC08_TEXT = """
@title
MAREALTA RENOVABLES, S.A.

@meta
Calle de Génova 27, 28004 Madrid | BME: MRLT | LEI 9598003KQ2TRML41AB07

@p
Madrid, 22 October 2025

@p
Marealta Renovables, S.A. ("Marealta" or the "Company"), in accordance with
Article 17 of Regulation (EU) No 596/2014 on market abuse and Article 226 of Law
6/2023, of 17 March, on Securities Markets and Investment Services, hereby
discloses the following

@h1
INSIDE INFORMATION

@h2
Final investment decision on Tramontana Floating (630 MW) and award of the main
contracts

@h2
1. Final investment decision

@p
The Board of Directors of the Company, at its meeting held today, has adopted
the final investment decision for Tramontana Floating, a 630 MW floating
offshore wind farm located between 12 and 18 kilometres off the north-east coast
of Gran Canaria. The total investment is estimated at EUR 2,380 million,
including grid connection and contingencies, and commercial operation of all
turbines is expected in the second half of 2029.

@p
The project will be built, owned and operated by Tramontana Flotante, S.L.U., a
wholly owned subsidiary of Marealta, which holds the maritime concession and the
grid access rights.

@h2
2. Turbine supply and long-term service

@p
Marealta has signed a turbine supply agreement with Skagerhavn Vind A/S for 42
SV-236 turbines with a rated capacity of 15 MW each, for a contract value of
approximately EUR 1,020 million.

@p
In addition, Skagerhavn Ibérica, S.L.U., the Spanish subsidiary of Skagerhavn
Vind A/S, will provide full-scope operation and maintenance services to Marealta
for an initial term of 15 years, with an option to extend for a further ten
years. The service agreement includes AI-based condition monitoring of each
turbine and floater, with availability guaranteed at 96.5% from the third year
of operation.

@p
Offers from Brisavento Energia S.p.A. for the turbines and from Navalia
Atlántica, S.A. for the floating foundations were also evaluated during the
competitive tender and were not selected.

@h2
3. Floating foundations

@p
The 42 semi-submersible floating foundations will be designed, fabricated and
installed by Astilleros Cantábrico Offshore, S.L. under an EPCI contract with
Marealta worth EUR 690 million, with fabrication split between its yards in
Avilés and Ferrol. Assembly of the turbines on the floaters will take place at
quayside in the Port of Las Palmas.

@break

@h2
4. Digital and artificial intelligence

@p
Marealta has extended its licence of the SeaState artificial intelligence
platform from GaleMind Analytics, Inc. to cover Tramontana Floating, where it
will run wake steering and floater-motion control from first energisation. The
Company expects AI-based wake steering to increase the net energy yield of the
wind farm by between 1.5% and 2.5%, reflecting the strong and stable
north-easterly trade winds at the site.

@h2
5. Financing

@p
Tramontana Flotante, S.L.U. has signed a EUR 1,450 million non-recourse project
finance facility with a syndicate of nine commercial banks and two export credit
agencies, in which Caja Levantina de Crédito acts as coordinating mandated lead
arranger with a commitment of EUR 420 million.

@p
The remainder of the investment will be financed with the Company's own funds,
including the proceeds of its 2024 capital increase, and with a EUR 160 million
grant awarded under the Recovery, Transformation and Resilience Plan.

@h2
Summary of the main contracts

@table 40,46,48,36
| Contract | Counterparty | Scope | Approximate value
| Turbine supply agreement | Skagerhavn Vind A/S | 42 x SV-236, 15 MW | EUR
  1,020 million
| Service agreement | Skagerhavn Ibérica, S.L.U. | 15-year full-scope O&M | Not
  disclosed
| Floating foundations EPCI | Astilleros Cantábrico Offshore, S.L. | 42
  semi-submersible floaters | EUR 690 million
| AI platform licence | GaleMind Analytics, Inc. | Wake steering, floater-motion
  control | Not disclosed
| Project finance | Caja Levantina de Crédito (coordinator) | EUR 1,450 million
  facility | EUR 420 million

@h2
6. Advisers

@p
Banco Meridiano Valores acted as financial adviser and Olmedo & Arteaga Abogados
as legal adviser to Marealta, while Bufete Quintana Roldán advised the lenders.

@h2
7. Conference call

@p
The Company will hold a conference call for analysts and investors at 10:00 CET
on 23 October 2025. The presentation will be available on the Company's website
before the call.

@p
Ignacio Barrenechea Ruiz, Secretary of the Board of Directors
"""


def parse(text, lang):
    """Turn the markup of a document into a list of blocks."""
    joiner = " " if lang == "en" else ""
    blocks = []
    for chunk in text.strip("\n").split("\n\n"):
        head, *lines = chunk.split("\n")
        kind, _, arg = head[1:].partition(" ")
        if kind == "break":
            blocks.append(("break",))
        elif kind == "table":
            rows = []
            for line in lines:
                if line.startswith("| "):
                    rows.append(line[2:])
                else:
                    rows[-1] += joiner + (line.strip() if lang == "en" else line)
            widths = tuple(int(w) for w in arg.split(","))
            blocks.append(("table", widths, [tuple(row.split(" | ")) for row in rows]))
        else:
            parts = (line.strip() if lang == "en" else line for line in lines)
            blocks.append((kind, joiner.join(parts)))
    return blocks


DOC01 = {
    "file": "01_Skagerhavn_annual_report.pdf",
    "lang": "en",
    "header": "Skagerhavn Vind A/S - Annual Report 2024",
    "blocks": parse(DOC01_TEXT, "en"),
}
DOC05 = {
    "file": "05_Lantuo_ashare_announcement.pdf",
    "lang": "sc",
    "header": "江苏澜拓复合材料股份有限公司公告",
    "blocks": parse(DOC05_TEXT, "sc"),
}
DOC08 = {
    "file": "08_Marealta_inside_information.pdf",
    "lang": "en",
    "header": "Marealta Renovables, S.A. - Inside information",
    "blocks": parse(DOC08_TEXT, "en"),
}
DOCS = (DOC01, DOC05, DOC08)


def doc_text(doc):
    """Every character the document draws, for font subsetting."""
    parts = [doc["header"], "Page 第页 0123456789 -"]
    for block in doc["blocks"]:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts)


def cjk_font(text, face, tmpdir):
    """Subset one Noto Sans CJK face to `text` and save it with TrueType outlines."""
    font = TTFont(CJK_TTC, fontNumber=CJK_FACE[face])
    options = Options()
    options.notdef_outline = True
    options.layout_features = []
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(glyph_order)
    maxp.maxZones = 1
    for attr in (
        "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
        "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = Path(tmpdir) / f"noto_cjk_{face}.ttf"
    font.save(path)
    return path


class Document(FPDF):
    """A4 page with a running header and a page-number footer."""

    def __init__(self, header_text, family):
        super().__init__(format="A4")
        self.header_text = header_text
        self.family = family
        self.footer_label = "Page {page}" if family == "dejavu" else "第 {page} 页"
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(auto=True, margin=20)

    def header(self):
        self.set_font(self.family, "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(20, 10)
        self.cell(0, 4, self.header_text, align="R")
        self.set_text_color(0, 0, 0)
        self.set_xy(20, 20)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, "", 7.5)
        self.set_text_color(110, 110, 110)
        label = self.footer_label.format(page=self.page_no())
        self.cell(0, 4, label, align="C")
        self.set_text_color(0, 0, 0)


def render(pdf, doc):
    family = pdf.family
    align = "L" if doc["lang"] == "en" else "C"
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "break":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(family, "B", 16)
            pdf.multi_cell(0, 8, block[1], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "meta":
            pdf.set_font(family, "", 8.5)
            pdf.multi_cell(0, 4.5, block[1], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h1":
            pdf.set_font(family, "B", 12.5)
            pdf.multi_cell(0, 6.5, block[1], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font(family, "B", 10.5)
            pdf.multi_cell(0, 5.5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font(family, "", 9.5)
            pdf.multi_cell(0, 5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "right":
            pdf.set_font(family, "", 9.5)
            pdf.multi_cell(0, 5, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font(family, "", 8.5)
            style = {"line_height": 4.5, "text_align": "LEFT", "padding": 1.2}
            with pdf.table(col_widths=block[1], **style) as table:
                for row_cells in block[2]:
                    row = table.row()
                    for cell in row_cells:
                        row.cell(cell)
            pdf.ln(2)
        else:
            raise ValueError(f"unknown block {kind}")


def build(doc, tmpdir):
    if doc["lang"] == "en":
        family = "dejavu"
        pdf = Document(doc["header"], family)
        pdf.add_font(family, "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font(family, "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    else:
        family = "notocjk"
        pdf = Document(doc["header"], family)
        path = cjk_font(doc_text(doc), doc["lang"], tmpdir)
        pdf.add_font(family, "", str(path))
        pdf.add_font(family, "B", str(path))
    pdf.set_title(doc["header"])
    pdf.add_page()
    render(pdf, doc)
    out = HERE / doc["file"]
    pdf.output(str(out))
    return out, pdf.page_no()


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh150_fonts_")
    try:
        for doc in DOCS:
            out, pages = build(doc, tmpdir)
            print(f"wrote {out.name} ({pages} pages)")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
