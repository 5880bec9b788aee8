"""Build the three PDF documents of the fresh142 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

The Chinese announcement needs a CJK font. The Noto Sans CJK collection on the
system is a .ttc with CFF outlines, which fpdf2 cannot read, so one face is subset
to the characters used, its outlines are converted to TrueType quadratics, and the
result is written to a temporary directory that is removed afterwards.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
# Face 2 of the collection is Simplified Chinese (face 3 would be Traditional).
FACE_SIMPLIFIED = 2

# ----------------------------------------------------------------------------
# Document content. Each document is a list of pages; each page is a list of blocks:
#   ("title", text)  ("center", text)  ("h", text)  ("p", text)  ("small", text)
#   ("table", [column widths in mm], [rows], header_row: bool)
# ----------------------------------------------------------------------------

DOC02 = [
    [
        ("small", "PT SAWIT CERDAS NUSANTARA Tbk (IDX: SWCN)  |  ANNUAL REPORT 2024"),
        ("title", "Section 4 - Management Discussion and Analysis (excerpt)"),
        ("h", "4.3 Digital Estate Programme"),
        ("p", "2024 was the second year of the Company's Digital Estate Programme, "
              "under which every planted block is mapped, monitored from the air and "
              "scheduled by software. At year end the programme covered 142,600 "
              "hectares, or 87% of the Group's planted area in Riau, Jambi, and "
              "Central and West Kalimantan."),
        ("p", "Satellite and drone imagery is delivered under a multi-year contract "
              "by PT Mitra Citra Satelit, which also provides the canopy-health "
              "models that flag nutrient deficiency and early signs of basal stem "
              "rot. Field teams receive block-level alerts on handheld devices each "
              "morning, and fertiliser is now applied at variable rates in 61 "
              "estates, reducing fertiliser use per hectare by 6% against 2023."),
        ("p", "The Company and KiraTani Analytics Sdn Bhd of Malaysia began a joint "
              "trial of block-level yield forecasting across 12 estates in Central "
              "Kalimantan in the third quarter. Early results show a forecast error "
              "of under 7% at a ten-day horizon, and management expects to decide on "
              "a wider roll-out in 2025."),
        ("p", "Listed peers including PT Borneo Hijau Makmur Tbk and Serantau "
              "Plantations Berhad have announced similar digital estate programmes, "
              "and the Company expects competition for data-science talent to "
              "intensify."),
        ("h", "Production and expansion"),
        ("p", "Fresh fruit bunch (FFB) production rose 4.7% to 3.12 million tonnes "
              "(2023: 2.98 million tonnes) and crude palm oil (CPO) production "
              "reached 702,400 tonnes at an average oil extraction rate of 22.5%. "
              "The rubber segment produced 41,800 tonnes of dry rubber, 3% more than "
              "in 2023 despite a smaller tapped area."),
        ("p", "In March 2024 the Company completed the acquisition of 100% of PT "
              "Agro Lestari Kapuas, which holds 8,900 hectares of planted area in "
              "West Kalimantan, for Rp655 billion. The acquired estates contributed "
              "96,000 tonnes of FFB in the nine months after completion and are "
              "expected to reach full maturity by 2027."),
    ],
    [
        ("small", "PT SAWIT CERDAS NUSANTARA Tbk (IDX: SWCN)  |  ANNUAL REPORT 2024"),
        ("h", "4.4 Customers and Suppliers"),
        ("p", "The Group sells CPO and palm kernel to third parties and to its own "
              "refinery in Dumai, PT Dumai Olein Prima, whose purchases are "
              "eliminated on consolidation. Customers that accounted for more than "
              "10% of consolidated revenue in 2024 were as follows:"),
        ("table", [52, 24, 36, 38, 24], [
            ["Customer", "Country", "Products", "Revenue 2024", "% of revenue"],
            [
                "Orchid Commodities Ltd",
                "Singapore",
                "CPO, palm kernel",
                "Rp2,418.6 billion",
                "21.4%",
            ],
            [
                "PT Pelita Oleo Refinery",
                "Indonesia",
                "CPO",
                "Rp1,302.2 billion",
                "11.5%",
            ],
        ], True),
        ("p", "Principal suppliers of goods and services to the Group in 2024 were:"),
        ("table", [52, 84, 38], [
            ["Supplier", "Goods or services", "Purchases 2024"],
            ["PT Agrokimia Sentosa", "Fertiliser and agrochemicals", "Rp731.5 billion"],
            [
                "PT Mitra Citra Satelit",
                "Satellite imagery and canopy analytics",
                "Rp96.4 billion",
            ],
        ], True),
        ("p", "No single supplier accounted for more than 10% of total purchases. "
              "Contracts with fertiliser suppliers are priced quarterly against "
              "international urea and potash benchmarks."),
        ("h", "Rubber segment"),
        ("p", "The rubber segment is operated by the Company's subsidiary PT Karet "
              "Mandiri Lestari (\"Karet Mandiri\"), which manages 17,300 hectares of "
              "rubber estates and two crumb rubber factories in Riau. During 2024 "
              "Karet Mandiri shipped 18,400 tonnes of SIR 20 block rubber to Lembah "
              "Hijau Rubber Berhad in Malaysia, generating export revenue of Rp412.7 "
              "billion. Tapping productivity improved by 12% following the "
              "deployment of robotic tapping units on 2,600 hectares."),
        ("p", "Labour remains the segment's main constraint. The number of "
              "registered tappers fell by 9% during the year, and the Company "
              "expects to extend robotic tapping to a further 4,000 hectares in 2025 "
              "and 2026, subject to the performance of the units already installed."),
    ],
    [
        ("small", "PT SAWIT CERDAS NUSANTARA Tbk (IDX: SWCN)  |  ANNUAL REPORT 2024"),
        ("h", "4.5 Group Structure, Shareholders and Funding"),
        ("p", "Principal subsidiaries at 31 December 2024:"),
        ("table", [56, 62, 30, 26], [
            ["Subsidiary", "Principal activity", "Location", "Interest"],
            [
                "PT Karet Mandiri Lestari",
                "Rubber estates and crumb rubber",
                "Riau",
                "99.8%",
            ],
            ["PT Dumai Olein Prima", "Palm oil refining", "Riau", "100.0%"],
            ["PT Agro Lestari Kapuas", "Oil palm estates", "West Kalimantan", "100.0%"],
        ], True),
        ("p", "Shareholders holding 5% or more of the issued shares at 31 December "
              "2024:"),
        ("table", [80, 50, 30], [
            ["Shareholder", "Number of shares", "%"],
            ["PT Cahaya Nusantara Investama", "3,372,000,000", "56.20%"],
            ["Public (each below 5%)", "2,628,000,000", "43.80%"],
        ], True),
        ("p", "On 14 August 2024 the Company signed a Rp1.5 trillion investment "
              "credit facility with PT Bank Nusa Makmur Tbk to finance replanting "
              "and the digital estate programme. At year end Rp640 billion had been "
              "drawn, and the Group's net debt to equity ratio stood at 0.46 times."),
        ("h", "Legal matters"),
        ("p", "PT Sinar Kapuas Agro has filed a claim in the Pekanbaru District "
              "Court against PT Karet Mandiri Lestari concerning the boundary of a "
              "310-hectare parcel; management believes the claim is without merit. "
              "No provision has been recognised."),
        ("h", "Auditor"),
        ("p", "The consolidated financial statements of PT Sawit Cerdas Nusantara "
              "Tbk for the year ended 31 December 2024 were audited by KAP Hartono, "
              "Wibisono & Rekan, which issued an unmodified opinion."),
        ("h", "Outlook"),
        ("p", "For 2025 the Company plans capital expenditure of Rp1.9 trillion, of "
              "which Rp210 billion is allocated to digital and automation projects. "
              "Management expects FFB production to grow by 3-5%, with the Kapuas "
              "estates and the replanted areas in Jambi offsetting lower yields from "
              "ageing palms in Riau."),
    ],
]

DOC03 = [
    [
        ("small", "证券代码：603817　　证券简称：江南粮油　　公告编号：临2025-058"),
        ("title", "江南粮油股份有限公司"),
        ("center", "关于签订日常经营重大合同及新增2026年度日常关联交易预计的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者"
              "重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "●合同类型：毛棕榈油长期采购合同；精炼车间AI视觉质检及工艺优化系统采购"
              "合同。"),
        ("p", "●关联交易：公司拟为关联方提供毛棕榈油委托加工服务，本事项已经公司第五"
              "届董事会第十八次会议审议通过，关联董事回避表决，无需提交股东大会审议。"),
        ("p", "●对上市公司的影响：上述合同的履行将保障公司棕榈油原料供应的稳定性，提"
              "升精炼环节的自动化和质量控制水平，预计对公司2026年度及以后年度经营业绩"
              "产生积极影响。"),
        ("h", "一、重大合同的基本情况"),
        ("h", "（一）毛棕榈油长期采购合同"),
        ("p", "2025年11月18日，公司与Orchid Commodities Ltd（以下简称“Orchid”）在上海"
              "签订《毛棕榈油长期采购协议》，约定自2026年1月至2027年12月期间，公司向O"
              "rchid采购毛棕榈油合计约36万吨，合同总金额约为人民币28.4亿元。"),
        ("p", "Orchid为新加坡证券交易所上市公司（股票代码：O9K），主要从事棕榈油及月"
              "桂酸油的采购、精炼和国际贸易，货源主要来自马来西亚和印度尼西亚的种植园"
              "。"),
        ("p", "Orchid与公司控股股东江苏江南农业发展集团有限公司之间不存在关联关系。"),
        ("p", "最近三个会计年度，公司向Orchid的采购金额分别为人民币9.2亿元、11.7亿元"
              "和14.3亿元，Orchid具备良好的履约能力。"),
    ],
    [
        ("h", "（二）AI视觉质检及工艺优化系统采购合同"),
        ("p", "同日，公司与杭州智耕科技有限公司（以下简称“智耕科技”）签订《精炼车间AI"
              "视觉质检及工艺优化系统采购合同》，合同金额为人民币4,860万元（含税），"
              "覆盖公司张家港、防城港两个精炼基地。"),
        ("p", "智耕科技成立于2019年，注册资本人民币6,250万元，主营机器视觉与工业AI软"
              "件，产品已应用于油脂精炼、橡胶加工等领域。"),
        ("p", "该系统通过摄像头与光谱仪实时识别脱色、脱臭工段的色泽与杂质，并由模型自"
              "动调整白土添加量和脱臭温度，预计可降低精炼损耗约0.15个百分点。合同约定"
              "分期付款，验收合格后支付至合同金额的90%，余款于质保期满后支付。"),
        ("h", "二、新增2026年度日常关联交易预计"),
        ("h", "（一）关联方基本情况"),
        ("p", "南洋智农控股有限公司（以下简称“南洋智农”）为香港联合交易所主板上市公司"
              "（股份代号：2187），主要在马来西亚、印度尼西亚从事油棕及天然橡胶种植，"
              "并提供种植园数字化管理服务。"),
        ("p", "关联关系：公司董事陈立群先生同时担任南洋智农非执行董事，根据《上海证券"
              "交易所股票上市规则》的相关规定，南洋智农为公司的关联法人。"),
        ("h", "（二）关联交易的主要内容"),
        ("p", "公司拟为南洋智农提供毛棕榈油委托加工服务，由南洋智农自备原料油运抵公司"
              "张家港精炼基地，公司收取加工费，2026年度预计交易金额不超过人民币1.5亿"
              "元。"),
        ("table", [44, 34, 48, 48], [
            [
                "关联交易类别",
                "关联人",
                "2026年度预计金额（万元）",
                "2025年1-10月实际发生（万元）",
            ],
            ["向关联人提供劳务", "南洋智农", "15,000", "2,310"],
        ], True),
        ("p", "定价政策：加工费参照公司向无关联第三方提供同类委托加工服务的价格确定，"
              "不低于公司同期平均加工成本加合理利润。"),
        ("p", "关联交易的目的：利用公司张家港基地的富余精炼产能，提高产能利用率，不会"
              "对公司独立性产生影响，公司主营业务不会因此对关联方形成依赖。"),
    ],
    [
        ("h", "三、向全资子公司提供借款"),
        ("p", "为满足全资子公司经营需要，公司拟以自有资金向江南粮油（防城港）油脂有限"
              "公司（以下简称“防城港公司”）提供不超过人民币2亿元的借款，借款期限不超"
              "过三年，年利率参照同期贷款市场报价利率确定。"),
        ("p", "防城港公司为公司全资子公司，注册资本人民币5亿元，主营食用植物油精炼、"
              "分提及仓储。"),
        ("h", "四、其他事项"),
        ("p", "此外，公司已与北京鼎信算力科技有限公司签署《工业AI算力战略合作框架协议"
              "》，双方将在精炼工艺大模型训练方面开展合作，该框架协议不涉及具体交易金"
              "额。"),
        ("p", "截至本公告披露日，公司控股股东江苏江南农业发展集团有限公司持有公司42.3"
              "7%的股份。"),
        ("p", "目前华南地区棕榈油精炼市场的主要参与者还包括南海油脂工业股份有限公司、"
              "粤丰粮油集团有限公司等，行业竞争较为充分。"),
        ("h", "五、风险提示"),
        ("p", "1.国际棕榈油价格及汇率大幅波动，可能影响采购合同的实际执行金额及公司盈"
              "利水平；"),
        ("p", "2.AI视觉质检系统的实际效果受生产工况影响，存在达不到预期节约目标的风险"
              "；"),
        ("p", "3.合同履行过程中可能受不可抗力、贸易政策变化等因素影响。敬请广大投资者"
              "注意投资风险。"),
        ("h", "六、保荐机构核查意见"),
        ("p", "经核查，保荐机构东岳证券股份有限公司对江南粮油本次新增日常关联交易预计"
              "事项无异议。"),
        ("p", "特此公告。"),
        ("right", "江南粮油股份有限公司董事会"),
        ("right", "2025年11月20日"),
    ],
]

DOC08 = [
    [
        ("center", "UNITED STATES"),
        ("center", "SECURITIES AND EXCHANGE COMMISSION"),
        ("center", "Washington, D.C. 20549"),
        ("title", "FORM 8-K"),
        ("center", "CURRENT REPORT Pursuant to Section 13 or 15(d) of the Securities "
                   "Exchange Act of 1934"),
        ("center", "Date of Report (Date of earliest event reported): November 21, "
                   "2025"),
        ("title", "CANOPY SENSE, INC."),
        ("center", "(Exact name of registrant as specified in its charter)"),
        ("table", [58, 58, 58], [
            ["Delaware", "001-41877", "86-2290417"],
            [
                "(State of incorporation)",
                "(Commission File Number)",
                "(IRS Employer Id. No.)",
            ],
        ], False),
        ("center", "1400 Harrison Street, Suite 800, Oakland, California 94612"),
        ("center", "Registrant's telephone number, including area code: (510) "
                   "555-0182"),
        ("table", [74, 30, 70], [
            [
                "Title of each class",
                "Trading Symbol",
                "Name of each exchange on which registered",
            ],
            [
                "Common Stock, $0.0001 par value",
                "CSNX",
                "The Nasdaq Global Select Market",
            ],
        ], True),
        ("h", "Item 1.01 Entry into a Material Definitive Agreement."),
        ("h", "Series B Investment in Straitsfield Agritech"),
        ("p", "On November 21, 2025, Canopy Sense, Inc. (the \"Company\") entered "
              "into a Series B Preferred Share Subscription Agreement with "
              "Straitsfield Agritech Pte. Ltd., a private company incorporated in "
              "Singapore (\"Straitsfield\"), pursuant to which the Company purchased "
              "4,212,000 Series B preferred shares for an aggregate purchase price "
              "of US$10.0 million."),
        ("p", "Straitsfield provides satellite- and drone-based supply-chain "
              "traceability software to palm oil refiners, traders and plantation "
              "companies. The Series B financing totaled US$42.0 million and was led "
              "by a third-party venture capital fund."),
        ("p", "Following the closing, the Company holds approximately 8.1% of "
              "Straitsfield's outstanding share capital on a fully diluted basis."),
        ("p", "The Company is entitled to appoint one observer to Straitsfield's "
              "board of directors and has customary pro rata and information rights."),
    ],
    [
        ("p", "The Company and Straitsfield also agreed to integrate CanopyIQ stress "
              "scores into Straitsfield's traceability platform under a separate "
              "commercial cooperation agreement, the terms of which have not been "
              "finalized."),
        ("h", "Marketplace Distribution and License Agreement with Merlion Cloud"),
        ("p", "On November 24, 2025, the Company entered into a Marketplace "
              "Distribution and License Agreement with Merlion Cloud Pte. Ltd. "
              "(\"Merlion Cloud\"), under which Merlion Cloud will resell the "
              "Company's CanopyIQ analytics to plantation customers in Southeast "
              "Asia and will pay the Company minimum annual license fees of US$3.2 "
              "million over an initial three-year term."),
        ("p", "Either party may terminate the agreement for material breach that "
              "remains uncured for 60 days, and either party may terminate for "
              "convenience after the second anniversary on 180 days' notice."),
        ("p", "The Company conducts its Southeast Asian operations through Canopy "
              "Sense Asia Pte. Ltd., a wholly owned subsidiary formed in Singapore "
              "in 2024."),
        ("p", "Canopy Sense Asia Pte. Ltd. has separately agreed to license its "
              "canopy-stress models to PT Mitra Citra Satelit for distribution to "
              "Indonesian plantation companies, in exchange for 30% of Citra "
              "Satelit's related subscription income."),
        ("h", "Purchase of Accelerator Servers"),
        ("p", "In connection with the Asia build-out, the Company also issued a "
              "purchase order to Veridian Processors, Inc. for accelerator servers "
              "with an aggregate value of approximately US$6.7 million. Delivery is "
              "expected in the first quarter of 2026."),
        ("p", "The foregoing descriptions do not purport to be complete and are "
              "qualified in their entirety by reference to the agreements, which the "
              "Company expects to file as exhibits to its Annual Report on Form 10-K "
              "for the fiscal year ending December 31, 2025."),
        ("h", "Item 2.03 Creation of a Direct Financial Obligation."),
        ("p", "On November 24, 2025, the Company entered into a First Amendment to "
              "its Credit Agreement with Harborview Bank, N.A., which increased the "
              "revolving commitment from US$25.0 million to US$40.0 million. "
              "Borrowings bear interest at Term SOFR plus 2.25% and the maturity "
              "date was extended to November 24, 2029. As of the date of this "
              "report, US$12.0 million was outstanding."),
    ],
    [
        ("h", "Item 7.01 Regulation FD Disclosure."),
        ("p", "On November 24, 2025, the Company issued a press release announcing "
              "the transactions described in Item 1.01. A copy of the press release "
              "is furnished as Exhibit 99.1. The information in this Item 7.01 shall "
              "not be deemed \"filed\" for purposes of Section 18 of the Exchange "
              "Act."),
        ("h", "Item 8.01 Other Events."),
        ("p", "On November 10, 2025, Canopy Sense, Inc. terminated non-binding "
              "discussions with Sarawak Skies Analytics Sdn. Bhd. regarding a "
              "potential acquisition, and no definitive agreement was entered into."),
        ("p", "Whitcombe & Hale LLP served as legal counsel to the Company in "
              "connection with the Straitsfield investment, and Tan Rajaratnam LLC "
              "served as Singapore counsel to Straitsfield."),
        ("h", "Forward-Looking Statements"),
        ("p", "This report contains forward-looking statements, including statements "
              "about the expected benefits of the Straitsfield investment and the "
              "Merlion Cloud agreement. Actual results may differ materially because "
              "of, among other things, the rate at which plantation companies adopt "
              "analytics, commodity price volatility and competition."),
        ("p", "The Company competes in Southeast Asia with, among others, Orbital "
              "Harvest, Inc. and Sarawak Skies Analytics Sdn. Bhd., some of which "
              "have longer operating histories in the region."),
        ("h", "Item 9.01 Financial Statements and Exhibits."),
        ("p", "(d) Exhibits. 99.1 Press release dated November 24, 2025. 104 Cover "
              "Page Interactive Data File (embedded within the Inline XBRL document)."),
        ("h", "SIGNATURES"),
        ("p", "Pursuant to the requirements of the Securities Exchange Act of 1934, "
              "the registrant has duly caused this report to be signed on its behalf "
              "by the undersigned hereunto duly authorized."),
        ("p", "CANOPY SENSE, INC.    By: /s/ Elena Marsh    Name: Elena Marsh    "
              "Title: Chief Financial Officer    Date: November 25, 2025"),
    ],
]


# ----------------------------------------------------------------------------
# CJK font preparation
# ----------------------------------------------------------------------------

def _glyphs_to_quadratic(glyph_set, max_err=1.0):
    quad = {}
    for name in glyph_set.keys():
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        quad[name] = tt_pen.glyph()
    return quad


def _cff_to_truetype(font):
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = _glyphs_to_quadratic(font.getGlyphSet())
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def make_cjk_font(face_index, text, out_path):
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = Options()
    options.desubroutinize = True
    options.hinting = False
    options.layout_features = []
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    _cff_to_truetype(font)
    font.save(out_path)


def doc_text(pages):
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                parts.extend(cell for row in block[2] for cell in row)
            else:
                parts.append(block[1])
    return "".join(parts)


# ----------------------------------------------------------------------------
# Layout
# ----------------------------------------------------------------------------

NEXT = {"new_x": "LMARGIN", "new_y": "NEXT"}


class Doc(FPDF):
    def __init__(self, footer_label, family, font_path=None):
        super().__init__(format="A4")
        self.footer_label = footer_label
        self.family = family
        if font_path is not None:
            self.add_font(family, "", str(font_path))
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=16)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, "", 8)
        self.cell(0, 5, f"{self.footer_label} - {self.page_no()}", align="C")


def render(pages, out_path, footer_label, family="Helvetica", font_path=None):
    pdf = Doc(footer_label, family, font_path)
    bold = "" if font_path else "B"
    for number, page in enumerate(pages, start=1):
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font(family, bold, 14)
                pdf.multi_cell(0, 8, block[1], align="C", **NEXT)
            elif kind == "center":
                pdf.set_font(family, "", 10)
                pdf.multi_cell(0, 5.5, block[1], align="C", **NEXT)
            elif kind == "right":
                pdf.set_font(family, "", 10)
                pdf.multi_cell(0, 6, block[1], align="R", **NEXT)
            elif kind == "small":
                pdf.set_font(family, "", 8)
                pdf.multi_cell(0, 5, block[1], align="L", **NEXT)
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font(family, bold, 11)
                pdf.multi_cell(0, 6.5, block[1], align="L", **NEXT)
            elif kind == "p":
                pdf.set_font(family, "", 10)
                pdf.multi_cell(0, 5.4, block[1], align="L", **NEXT)
                pdf.ln(1.8)
            elif kind == "table":
                widths, rows, header = block[1], block[2], block[3]
                for i, row in enumerate(rows):
                    pdf.set_font(family, bold if header and i == 0 else "", 9)
                    for width, text in zip(widths, row, strict=True):
                        if pdf.get_string_width(text) > width - 2 * pdf.c_margin:
                            raise ValueError(f"table cell too wide: {text!r}")
                        pdf.cell(width, 6.5, text, border=1)
                    pdf.ln(6.5)
                pdf.ln(2)
            else:
                raise ValueError(kind)
        if pdf.page != number:
            raise RuntimeError(f"{out_path.name}: page {number} overflowed")
    pdf.output(str(out_path))


def main():
    render(DOC02, HERE / "02_SawitCerdas_annual_report.pdf",
           "PT Sawit Cerdas Nusantara Tbk - Annual Report 2024")
    render(DOC08, HERE / "08_CanopySense_form_8k.pdf", "Canopy Sense, Inc. - Form 8-K")

    tmp = Path(tempfile.mkdtemp(prefix="fresh142_fonts_"))
    try:
        ascii_chars = "".join(chr(c) for c in range(32, 127))
        text = doc_text(DOC03) + ascii_chars + "江南粮油公告"
        font_path = tmp / "NotoSansSC-subset.ttf"
        make_cjk_font(FACE_SIMPLIFIED, text, font_path)
        render(DOC03, HERE / "03_JiangnanGrainOil_ashare_announcement.pdf",
               "江南粮油公告", family="NotoSansSC", font_path=font_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
