"""Build the three PDF documents of the fresh128 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""

import shutil
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------
# Document 02: Kestrel Roasting Holdings, Inc. - Form 10-K excerpt (English)
# ---------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("center", "Washington, D.C. 20549"),
        ("title", "FORM 10-K"),
        ("center", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
        ("center", "For the fiscal year ended September 27, 2025"),
        ("center", "Commission File Number 001-39874"),
        ("title", "KESTREL ROASTING HOLDINGS, INC."),
        ("center", "(Exact name of registrant as specified in its charter)"),
        ("center", "Delaware | 84-3917265 | 1400 Alder Street, Portland, Oregon 97209 | (503) 555-0148"),
        ("center", "Common stock, $0.001 par value per share | Trading symbol: KRST | NYSE"),
        ("small", "The following pages are excerpts from the registrant's Annual Report on Form 10-K. Page references, "
                  "cross-references and certain tables have been omitted."),
        ("h1", "PART I"),
        ("h2", "Item 1. Business"),
        ("h3", "Overview"),
        ("p", "Kestrel Roasting Holdings, Inc. (\"Kestrel,\" the \"Company,\" \"we,\" \"us\" or \"our\") is a specialty "
              "coffee roaster and wholesaler. We source green coffee from 19 producing countries, roast it at facilities "
              "in Portland, Oregon, Louisville, Kentucky and, since March 2025, Leeds, England, and sell it to grocery "
              "retailers, foodservice operators and consumers through our own digital channels. In fiscal 2025 we "
              "generated net sales of $1.18 billion and roasted approximately 212 million pounds of coffee."),
        ("h3", "RoastIQ"),
        ("p", "Since fiscal 2023 we have deployed a software platform, which we call RoastIQ, across all of our "
              "roasting lines. RoastIQ uses machine-learning models to adjust gas flow and drum speed in real time based "
              "on bean temperature, moisture and colour readings, and to forecast demand at the SKU and customer level so "
              "that green coffee can be allocated to roasting schedules weeks in advance. Our RoastIQ platform runs on "
              "demand-forecasting and roast-curve models licensed from Quillon Labs, Inc., to which we paid $6.3 million "
              "in fiscal 2025. We believe RoastIQ reduced roast-loss variance by 22% and finished-goods inventory by "
              "nine days of supply in fiscal 2025, although these results may not be representative of future periods."),
    ],
    [
        ("h3", "Sourcing"),
        ("p", "Green coffee is our most significant raw material and represented 61% of our cost of sales in fiscal "
              "2025. In fiscal 2025 we purchased approximately 38% of our green coffee, or $214.7 million, from "
              "Helvetrade Softs AG, a Swiss commodity trading house, under annual forward contracts priced at a "
              "differential to the ICE Coffee C futures contract. The remainder is purchased from exporters, "
              "cooperatives and importers in producing countries, none of which exceeded 10% of our purchases other "
              "than as disclosed in Note 14 to our consolidated financial statements. We hedge a portion of our price "
              "exposure with exchange-traded futures and options but do not engage in speculative trading."),
        ("h3", "Customers"),
        ("p", "Kestrel Coffee Company, LLC, our principal operating subsidiary, supplies private-label whole bean and "
              "ground coffee to Harvest Lane Markets, Inc., which accounted for 14% of consolidated net sales in fiscal "
              "2025. No other customer accounted for more than 10% of net sales. Our supply agreement with this customer "
              "is terminable by either party on 180 days' notice."),
        ("h3", "Collaborations"),
        ("p", "In April 2025 we entered into a co-marketing agreement with Stellabar Confections, Inc. to develop a "
              "line of coffee-infused chocolate bars; neither party pays the other under the agreement, and each bears "
              "its own costs. The first products are expected to reach grocery shelves in the second quarter of fiscal "
              "2026."),
        ("h3", "Competition"),
        ("p", "The coffee industry is highly competitive, and we compete on quality, price, brand recognition and "
              "service. Our principal competitors include Nordhaven Coffee Co. and Grayfield Brands, Inc., each of "
              "which has greater financial resources than we do. We also compete with regional roasters and with the "
              "private-label programs of retailers that roast in-house."),
        ("h2", "Item 1A. Risk Factors"),
        ("p", "We depend on a limited number of green coffee suppliers. A disruption in the supply of green coffee from "
              "our principal supplier, whether because of crop failure, logistics constraints, financial difficulty or "
              "a commercial dispute, could require us to purchase coffee on less favorable terms or to reformulate our "
              "blends, either of which could reduce our gross margin."),
        ("p", "Our operations increasingly rely on machine-learning models that we license from third parties. If those "
              "models perform poorly, are withdrawn, or become subject to intellectual property claims, our roasting "
              "yields and inventory planning could suffer, and replacing them could take several quarters."),
    ],
    [
        ("h2", "Item 3. Legal Proceedings"),
        ("p", "In November 2024, Nordhaven Coffee Co. filed a complaint against Kestrel Roasting Holdings, Inc. in the "
              "U.S. District Court for the District of Delaware alleging that RoastIQ infringes two patents relating to "
              "roast-curve control; we believe the claims are without merit. We intend to defend the action vigorously "
              "and have not recorded a liability because we do not consider a loss probable."),
        ("h1", "PART II"),
        ("h2", "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
        ("h3", "Acquisition of Bluebank"),
        ("p", "On March 3, 2025, we completed the acquisition of Bluebank Roasters Ltd, a wholesale specialty roaster "
              "based in Leeds, England, for cash consideration of $46.5 million. The acquisition gives us roasting "
              "capacity in Europe and a customer base of approximately 1,900 cafes and restaurants in the United "
              "Kingdom. Bluebank contributed net sales of $31.8 million and an operating loss of $1.2 million, "
              "including integration costs, in the period from acquisition to fiscal year-end."),
        ("h3", "Results of operations"),
        ("p", "Net sales increased 9.4% to $1.18 billion, driven by higher pricing in response to green coffee cost "
              "inflation and by the contribution of Bluebank. Gross margin declined 120 basis points to 27.9% because "
              "green coffee costs rose faster than we were able to pass them through to customers. Operating income "
              "was $71.4 million compared with $78.9 million in fiscal 2024."),
        ("h3", "Liquidity and capital resources"),
        ("p", "On June 12, 2025, we entered into an amended and restated credit agreement under which Ridgeway National "
              "Bank, N.A. and a syndicate of lenders provided us a $300.0 million senior secured revolving credit "
              "facility maturing in 2030. As of September 27, 2025, $142.0 million was outstanding under the facility "
              "and we were in compliance with all financial covenants. We believe that cash on hand, cash flows from "
              "operations and availability under the facility will be sufficient to meet our needs for at least the "
              "next twelve months."),
    ],
    [
        ("h1", "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS (EXCERPTS)"),
        ("h3", "Note 4. Acquisition"),
        ("p", "The following table summarizes the preliminary allocation of the purchase price for Bluebank Roasters "
              "Ltd (in millions):"),
        ("table", [120, 40], [
            ["Cash and working capital, net", "$6.1"],
            ["Property, plant and equipment", "$14.8"],
            ["Customer relationships", "$11.2"],
            ["Goodwill", "$14.4"],
            ["Total purchase price", "$46.5"],
        ], False),
        ("h3", "Note 14. Concentrations"),
        ("p", "The following suppliers each accounted for more than 10% of our green coffee purchases:"),
        ("table", [90, 50, 25, 25], [
            ["Supplier", "Origin of coffee", "FY2025", "FY2024"],
            ["Helvetrade Softs AG", "Multiple origins", "38%", "41%"],
            ["Cafezal Andrade S.A.", "Brazil", "17%", "15%"],
        ], True),
        ("h2", "Item 14. Principal Accountant Fees and Services"),
        ("p", "Pellworth & Finch LLP has served as the independent registered public accounting firm of Kestrel "
              "Roasting Holdings, Inc. since 2016. Aggregate fees billed for fiscal 2025 were $2.4 million, of which "
              "$2.1 million related to the audit of our consolidated financial statements."),
        ("h2", "Exhibit 21.1 - Subsidiaries of the Registrant"),
        ("table", [85, 60, 30], [
            ["Name of subsidiary", "Jurisdiction", "Ownership"],
            ["Kestrel Coffee Company, LLC", "Delaware", "100%"],
            ["Bluebank Roasters Ltd", "England and Wales", "100%"],
        ], True),
    ],
]

# ---------------------------------------------------------------------------
# Document 03: Helvetrade Softs AG - Annual Report 2025 excerpt (English)
# ---------------------------------------------------------------------------

DOC03 = [
    [
        ("title", "Helvetrade Softs AG"),
        ("center", "Annual Report 2025 (excerpts)"),
        ("center", "Zug, Switzerland | SIX Swiss Exchange: HVTS"),
        ("h1", "Letter to shareholders"),
        ("p", "Dear Shareholders,"),
        ("p", "2025 was a year in which the soft commodities we trade behaved less like food and more like energy. "
              "Cocoa spent most of the year above USD 7,000 per tonne, arabica coffee reached levels last seen in the "
              "1970s in real terms, and raw sugar fell by a fifth as Brazil delivered another large crop. In markets "
              "like these, the value of a trading house lies in knowing earlier than others where the physical "
              "commodity is, what quality it is, and who will need it."),
        ("p", "Helvetrade handled 11.8 million tonnes of sugar, cocoa and coffee in 2025, 6% more than in 2024. Net "
              "sales rose to USD 14.6 billion and adjusted EBITDA to USD 412 million. Net profit attributable to "
              "shareholders was CHF 196 million, and the Board proposes a dividend of CHF 2.40 per share."),
        ("p", "Much of this report is devoted to Project Vela, our programme to put machine learning at the centre of "
              "origination, risk and logistics. Vela now informs every forward price we quote to a grower in Brazil "
              "and every freight fixture we make out of West Africa. We remain convinced that the edge lies in "
              "proprietary physical data, which is why we continue to build our models ourselves, and why we have "
              "begun to license parts of our data to carefully selected partners."),
        ("p", "We thank our 1,460 employees for their commitment, and you, our shareholders, for your confidence."),
        ("p", "Dr. Annemarie Zoller, Chair of the Board | Luca Benedetti-Frey, Chief Executive Officer"),
    ],
    [
        ("h1", "Business review"),
        ("h3", "Digital trading and Project Vela"),
        ("p", "Our price-forecasting and freight-optimisation models are trained and run on GPU capacity contracted "
              "from Nimbara Cloud Ltd. under a three-year agreement signed in March 2025. During the year, Vela "
              "forecasts were used in 74% of our coffee origination decisions and in all cocoa freight fixtures, and "
              "we estimate that better vessel scheduling alone saved USD 18 million in demurrage."),
        ("p", "Unlike Arvenza Commodities SA and Koster Agri Trading B.V., which have announced external AI "
              "partnerships, Helvetrade has kept model development in-house. We believe that a trading house which "
              "outsources its models eventually outsources its margin."),
        ("h3", "Sugar"),
        ("p", "Sugar volumes grew 9% to 7.9 million tonnes, driven by Brazilian raw sugar exports to Asia and the "
              "Middle East. In Brazil, Helvetrade Brasil Comércio de Açúcar Ltda. provided BRL 120 million of "
              "pre-export finance to Usina Piracema Açúcar e Energia S.A., secured on future deliveries of VHP raw "
              "sugar. Pre-export finance remains an important origination tool, and we manage it within strict "
              "counterparty limits."),
        ("h3", "Cocoa"),
        ("p", "Cocoa volumes fell 4% to 1.3 million tonnes as high prices reduced grindings in Europe. Our Ghanaian "
              "and Ivorian origination desks used Vela to reallocate shipments between destination ports as "
              "processors' demand shifted, and the segment's contribution margin per tonne more than doubled."),
        ("h3", "Coffee"),
        ("p", "Coffee volumes increased 3% to 2.6 million tonnes. In the second half, Helvetrade's Board reviewed and "
              "rejected a possible acquisition of Montanhesa Exportadora de Café Ltda., as the owners' price "
              "expectations were inconsistent with our return thresholds. We continue to grow our coffee business "
              "organically and through long-term supply relationships with roasters."),
    ],
    [
        ("h1", "Financial review"),
        ("h3", "Financing"),
        ("p", "Banque Léman Privée SA, as coordinating bank, leads the lender group under the Group's USD 1.2 billion "
              "syndicated revolving credit facility, which was extended to October 2028 during the year. The "
              "facility was 38% drawn at year-end. Together with uncommitted bilateral lines and receivables "
              "programmes, the Group had USD 2.9 billion of available liquidity at 31 December 2025."),
        ("h3", "Note 16 - Financial investments"),
        ("p", "In June 2025 the Group subscribed for newly issued common shares of Kestrel Roasting Holdings, Inc. in a "
              "private placement for CHF 31.4 million, giving Helvetrade a 4.9% interest in the US specialty roaster. "
              "The investment is measured at fair value through other comprehensive income."),
        ("p", "Helvetrade has committed USD 20 million as a limited partner to Tamarind Ridge Agri-Intelligence Fund "
              "II, L.P., of which USD 7.6 million had been called at 31 December 2025. The interest is measured at "
              "fair value through profit or loss based on the net asset value reported by the general partner."),
        ("table", [78, 40, 22, 26, 24], [
            ["Investee", "Classification", "Country", "Interest", "CHF m"],
            ["Kestrel Roasting Holdings, Inc.", "FVOCI", "USA", "4.9%", "33.0"],
            ["Tamarind Ridge Agri-Intelligence Fund II", "FVTPL", "USA", "n/a", "7.1"],
            ["Other unlisted equity", "FVTPL", "Various", "n/a", "2.3"],
        ], True),
        ("p", "The fair value gain on the Kestrel shares since acquisition was CHF 1.6 million and was recognised in "
              "other comprehensive income. No impairment indicators were identified for the Group's other financial "
              "assets."),
    ],
    [
        ("h3", "Note 31 - Principal group companies"),
        ("table", [80, 44, 26, 40], [
            ["Company", "Domicile", "Share", "Activity"],
            ["Helvetrade Cocoa Ghana Ltd", "Takoradi, Ghana", "100%", "Cocoa origination"],
            ["Helvetrade Brasil Comércio de Açúcar Ltda.", "São Paulo, Brazil", "100%", "Sugar origination"],
            ["Helvetrade Trading (Shanghai) Co., Ltd.", "Shanghai, China", "100%", "Distribution"],
        ], True),
        ("h3", "Note 33 - Supplier concentration"),
        ("p", "The Group sources physical commodities from several thousand suppliers. The following origin suppliers "
              "each represented more than 5% of purchases in their segment in 2025:"),
        ("table", [80, 30, 50, 30], [
            ["Supplier", "Country", "Product", "Share"],
            ["Usina Piracema Açúcar e Energia S.A.", "Brazil", "Raw sugar (VHP)", "11.2%"],
            ["Densu Cocoa Processors PLC", "Ghana", "Cocoa liquor and butter", "6.4%"],
        ], True),
        ("h3", "Statutory auditor"),
        ("p", "Rothmund Weiss AG, Zurich, has audited the consolidated financial statements of Helvetrade Softs AG "
              "since the 2019 financial year. The lead auditor has held the engagement since 2023."),
        ("small", "This document is an excerpt of the Annual Report 2025 of Helvetrade Softs AG. The complete Annual "
                  "Report, including the audited consolidated financial statements, is the only authoritative "
                  "version."),
    ],
]

# ---------------------------------------------------------------------------
# Document 04: 广西桂甜糖业股份有限公司 - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：605917        证券简称：桂甜糖业        公告编号：2025-047"),
        ("title", "广西桂甜糖业股份有限公司"),
        ("title", "关于对外投资暨签订日常经营重大合同的公告"),
        ("box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
                "并对其内容的真实性、准确性和完整性承担法律责任。"),
        ("h3", "重要内容提示："),
        ("p", "●投资标的名称：甘乐糖果控股有限公司（香港联交所上市公司，股份代号：2173）新发行股份。"),
        ("p", "●投资金额：港币1.25亿元，资金来源为公司自有资金。"),
        ("p", "●日常经营合同：公司与云穗智能科技（深圳）有限公司签订智能决策平台采购及服务合同，"
              "合同总金额为人民币4,860万元（含税）。"),
        ("p", "●本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
              "本次投资已经公司第四届董事会第十九次会议审议通过，无需提交股东大会审议。"),
        ("h2", "一、对外投资概述"),
        ("p", "为延伸公司产业链、布局下游糖果及巧克力消费市场，公司于2025年11月24日与甘乐糖果控股有限公司"
              "签署《股份认购协议》。公司拟以自有资金港币1.25亿元认购甘乐糖果控股有限公司根据一般授权配发的"
              "新股份。本次认购价格为每股港币2.86元，较认购协议签署日前五个交易日平均收市价折让约8.3%。"),
        ("p", "本次对外投资尚需取得发展改革部门、商务主管部门的境外投资备案及外汇登记手续，"
              "能否顺利完成存在一定不确定性。"),
    ],
    [
        ("h2", "二、投资标的基本情况"),
        ("p", "1、公司名称：甘乐糖果控股有限公司"),
        ("p", "2、注册地：开曼群岛；主要经营地：广东省东莞市"),
        ("p", "3、主营业务：糖果、巧克力及休闲食品的生产和销售"),
        ("p", "4、最近一年主要财务数据：截至2024年12月31日，总资产约人民币38.64亿元，净资产约人民币21.07亿元；"
              "2024年度实现营业收入约人民币42.18亿元，净利润约人民币2.35亿元。"),
        ("p", "5、本次认购完成后，公司将持有甘乐糖果约6.80%的已发行股份，成为其第三大股东，"
              "公司不向其委派董事，亦不参与其日常经营管理。"),
        ("h2", "三、股份认购协议的主要内容"),
        ("p", "（一）认购股份数量：约43,706,294股，占甘乐糖果经扩大后已发行股份总数约6.80%。"),
        ("p", "（二）认购价款支付：公司应于交割日以现金方式一次性支付全部认购价款。"),
        ("p", "（三）锁定期：公司承诺自交割日起十二个月内不转让本次认购的股份。"),
        ("p", "（四）生效条件：协议经双方签署并取得境外投资备案及外汇登记后生效。"),
        ("h2", "四、对外投资对公司的影响"),
        ("p", "近年来国内食糖消费结构持续向食品工业用糖转变，糖果及巧克力企业对高品质白砂糖的需求稳定增长。"
              "甘乐糖果为华南地区主要糖果及巧克力制造商之一，本次投资有利于公司了解下游消费趋势，"
              "推动公司由原料供应向产业链综合服务延伸。"),
        ("p", "与滇南糖业、湛江海蔗糖业有限公司等同行相比，公司在甘蔗种植端的数字化投入仍有差距，"
              "公司将借助本次投资及智能化改造进一步提升竞争力。"),
        ("p", "华岳证券股份有限公司担任本次投资的财务顾问，广东衡丰律师事务所担任境内法律顾问。"),
        ("p", "本次投资金额占公司最近一期经审计净资产的比例约为3.9%，不会对公司财务状况和经营成果产生重大影响。"),
    ],
    [
        ("h2", "五、日常经营重大合同情况"),
        ("p", "2025年11月24日，公司与云穗智能科技（深圳）有限公司签订了《甘蔗种植与制糖智能决策平台采购及服务合同》，"
              "合同总金额为人民币4,860万元（含税）。"),
        ("p", "根据合同约定，云穗智能将为公司部署基于卫星遥感与机器学习的甘蔗长势监测、砍运调度及压榨工艺优化系统，"
              "覆盖公司自有及合作蔗区约42万亩，合同服务期为三年。公司预计该系统全面运行后可使吨糖蔗耗下降约0.3个百分点。"),
        ("h2", "六、其他事项"),
        ("h3", "（一）全资子公司申请银行借款"),
        ("p", "崇左桂甜制糖有限公司为公司全资子公司，注册资本人民币30,000万元。为满足榨季原料蔗收购资金需求，"
              "崇左桂甜制糖有限公司向南宁嘉禾商业银行股份有限公司申请流动资金借款人民币2亿元，借款期限一年，"
              "由公司提供连带责任保证。"),
        ("h3", "（二）签订战略合作框架协议"),
        ("p", "公司与桂南甘蔗种业有限公司签署战略合作框架协议，双方将共建“甘蔗良种AI育种联合实验室”，"
              "协议不涉及具体金额。"),
        ("h3", "（三）2025年度日常关联交易执行情况"),
        ("p", "截至本公告披露日，公司控股股东广西桂甜投资集团有限公司持有公司41.26%的股份。"
              "广西桂甜物流有限公司为公司控股股东广西桂甜投资集团有限公司的全资子公司。"),
        ("table", [56, 34, 30, 34, 36], [
            ["关联人", "关联关系", "交易类别", "2025年预计金额", "1-9月实际发生额"],
            ["广西桂甜物流有限公司", "同受控股股东控制", "接受运输服务", "3,820.00万元", "2,964.35万元"],
        ], True),
        ("h3", "（四）关于媒体报道的澄清"),
        ("p", "近期有媒体报道称桂甜糖业拟收购云南滇南糖业股份有限公司，经核实，公司目前未筹划该事项，"
              "上述报道不属实。"),
    ],
    [
        ("h2", "七、风险提示"),
        ("p", "1、本次对外投资尚需履行境外投资备案及外汇登记程序，存在无法按期完成的风险。"),
        ("p", "2、甘乐糖果的经营业绩受原材料价格、市场竞争及消费需求等因素影响，投资收益存在不确定性；"
              "港股股价波动亦可能影响公司投资的公允价值。"),
        ("p", "3、智能决策平台的实施效果受蔗区基础数据质量及系统磨合期等因素影响，存在未达预期的风险。"),
        ("p", "公司将根据相关事项的进展情况及时履行信息披露义务，敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "广西桂甜糖业股份有限公司董事会"),
        ("right", "2025年11月25日"),
    ],
]

DOCS = {
    "02_KestrelRoasting_10-K.pdf": (DOC02, "latin", "Kestrel Roasting Holdings, Inc. | Form 10-K | Fiscal 2025"),
    "03_HelvetradeSofts_annual_report.pdf": (DOC03, "latin", "Helvetrade Softs AG | Annual Report 2025"),
    "04_GuitianSugar_announcement.pdf": (DOC04, "sc", "广西桂甜糖业股份有限公司 公告编号：2025-047"),
}


def iter_text(doc):
    """Yield every string of a document description."""
    for page in doc:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    yield from row
            else:
                yield block[1]


def build_cjk_font(face_index, text, out_path):
    """Subset one face of the Noto CJK collection and convert CFF outlines to TrueType."""
    font = TTCollection(NOTO_CJK).fonts[face_index]
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    builder = FontBuilder(font["head"].unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap(font.getBestCmap())
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: font["hmtx"][name] for name in order})
    builder.setupHorizontalHeader(ascent=font["hhea"].ascent, descent=font["hhea"].descent)
    builder.setupNameTable({"familyName": "NotoSansCJKsub", "styleName": "Regular"})
    os2 = font["OS/2"]
    builder.setupOS2(
        sTypoAscender=os2.sTypoAscender,
        sTypoDescender=os2.sTypoDescender,
        usWinAscent=os2.usWinAscent,
        usWinDescent=os2.usWinDescent,
    )
    builder.setupPost()
    builder.save(str(out_path))


class Doc(FPDF):
    footer_text = ""
    body_font = "body"
    bold_font = "bold"

    def footer(self):
        self.set_y(-14)
        self.set_font(self.body_font, size=7)
        self.cell(0, 5, f"{self.footer_text} | {self.page_no()}", align="C")


def render(name, pages, script, footer_text, tmpdir):
    pdf = Doc(format="A4")
    pdf.footer_text = footer_text
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    if script == "latin":
        pdf.add_font("body", "", DEJAVU)
        pdf.add_font("bold", "", DEJAVU_BOLD)
    else:
        chars = "".join(iter_text(pages)) + footer_text + "| 0123456789"
        font_path = Path(tmpdir) / f"{script}.ttf"
        build_cjk_font(2 if script == "sc" else 3, chars, font_path)
        pdf.add_font("body", "", str(font_path))
        pdf.bold_font = "body"
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font(pdf.bold_font, size=15)
                pdf.multi_cell(width, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "center":
                pdf.set_font(pdf.body_font, size=9)
                pdf.multi_cell(width, 5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "right":
                pdf.set_font(pdf.body_font, size=10)
                pdf.multi_cell(width, 6, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h1":
                pdf.ln(3)
                pdf.set_font(pdf.bold_font, size=13)
                pdf.multi_cell(width, 7, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h2":
                pdf.ln(2)
                pdf.set_font(pdf.bold_font, size=11)
                pdf.multi_cell(width, 6, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h3":
                pdf.ln(1)
                pdf.set_font(pdf.bold_font, size=10)
                pdf.multi_cell(width, 5.5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font(pdf.body_font, size=9.5)
                pdf.multi_cell(width, 5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "small":
                pdf.set_font(pdf.body_font, size=7.5)
                pdf.multi_cell(width, 4, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "box":
                pdf.set_font(pdf.body_font, size=9)
                pdf.multi_cell(width, 5, block[1], border=1, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                _, widths, rows, header = block
                for index, row in enumerate(rows):
                    bold = header and index == 0
                    pdf.set_font(pdf.bold_font if bold else pdf.body_font, size=8)
                    for cell_width, text in zip(widths, row):
                        if pdf.get_string_width(text) > cell_width - 2:
                            raise ValueError(f"{name}: cell too narrow for {text!r}")
                        pdf.cell(cell_width, 6, text, border=1)
                    pdf.ln()
                pdf.ln(2)
            else:
                raise ValueError(kind)
        if pdf.page_no() != pages.index(page) + 1:
            raise ValueError(f"{name}: content overflowed onto page {pdf.page_no()}")
    pdf.output(str(HERE / name))
    print(f"wrote {name}: {pdf.page_no()} pages")


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh128_fonts_")
    try:
        for name, (pages, script, footer_text) in DOCS.items():
            render(name, pages, script, footer_text, tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
