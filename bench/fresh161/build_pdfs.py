"""Build the three PDF documents of the fresh161 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use DejaVu Sans. The Simplified Chinese announcement uses face 2
(Noto Sans CJK SC) of the Noto CJK collection, subset to the characters used and
converted from CFF to TrueType outlines, because fpdf2 cannot read the .ttc collection
directly. The converted font lives in a temporary directory that is removed once the
PDF is written.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_COLLECTION = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# Document 01 - Maison Lumivelle S.A., regulated information: first-half results
# ---------------------------------------------------------------------------
DOC01 = [
    (
        "small",
        "MAISON LUMIVELLE S.A. - Societe anonyme with share capital of EUR "
        "118,402,560 - Registered office: 27 rue de Marignan, 75008 Paris - RCS "
        "Paris 552 904 318 - Euronext Paris, Compartment A (ticker: LUMV)",
    ),
    ("title", "PRESS RELEASE - REGULATED INFORMATION"),
    ("title", "First-half 2025 results"),
    (
        "center",
        "Paris, 24 July 2025, 5:45 p.m. CET - English translation of the French "
        "original; the French version prevails",
    ),
    ("h", "1. Highlights of the first half of 2025"),
    ("p", "- Revenue of €1,284 million, up 6.8% as reported and 7.9% like-for-like."),
    (
        "p",
        "- Recurring operating income of €231 million, a margin of 18.0% (H1 2024: "
        "17.4%).",
    ),
    (
        "p",
        "- Beauty Tech licensing revenue of €14.7 million, more than double the "
        "first half of 2024.",
    ),
    (
        "p",
        "- Acquisition of Olfacta SAS completed on 2 May 2025; commitment to an "
        "AI-focused venture fund.",
    ),
    (
        "p",
        "- Net debt of €412 million at 30 June 2025, or 0.8 times "
        "last-twelve-months EBITDA.",
    ),
    ("h", "2. Business review"),
    ("h2", "2.1 Skincare"),
    (
        "p",
        "Skincare revenue rose 9.4% to €702 million, driven by the barrier-repair "
        "franchise in Europe and by strong demand in Korea and Southeast Asia. "
        "Growth in Asia was supported by a deliberate shift toward diagnostic-led "
        "selling, in which a consultation precedes every product recommendation. "
        "Lumivelle Korea Ltd. and Hanul Cosmetic Co., Ltd. launched a joint AI "
        "skin-consultation counter programme in fourteen department stores in "
        "Seoul and Busan in April, combining Lumivelle diagnostic tools with Hanul "
        "sun-care products; the two companies share the costs of the counters "
        "equally. Early results show conversion rates roughly twice those of "
        "conventional counters.",
    ),
    ("h2", "2.2 Fragrance"),
    (
        "p",
        "Fragrance revenue was €468 million, up 3.1%, with a softer performance in "
        "travel retail offset by growth in North America. Atelier Corvane, the "
        "Group's contract manufacturing arm in Orleans, began producing a "
        "fine-fragrance range for Flora Tapajós Cosméticos S.A. in February under "
        "a five-year manufacturing agreement, its largest third-party contract to "
        "date. Third-party work now represents about 30% of the Orleans site's "
        "volume. To finance the new AI-controlled compounding line in Orleans, "
        "Maison Lumivelle granted Atelier Corvane SAS a shareholder loan of €30 "
        "million, repayable in 2030.",
    ),
    ("h2", "2.3 Beauty Tech"),
    (
        "p",
        "Beauty Tech brings together the Group's diagnostic tools, its data assets "
        "and the licensing of its software to third parties. Revenue from "
        "licensing of Alchimie, the Group's AI formulation platform, rose to €14.7 "
        "million in the half-year. Seora Bioworks Co., Ltd., the Korean contract "
        "manufacturer, has licensed Alchimie since 2023 and paid the Group €6.2 "
        "million in licence fees during the half-year. Alchimie is now used by "
        "seven external licensees, all of them contract manufacturers.",
    ),
    (
        "p",
        "In March 2025 the Group granted Daemyung Skinlab Inc. a non-exclusive "
        "licence to its annotated library of 1.3 million consented skin images, "
        "against an upfront fee of €1.8 million and annual royalties. Jingfu "
        "Optics Corp., the Taiwanese imaging specialist, pays Maison Lumivelle a "
        "royalty on each SkinLens in-store scanner that embeds the Lumivelle "
        "skin-tone reference dataset. More than 3,100 SkinLens units had been "
        "installed worldwide at 30 June 2025.",
    ),
    ("h", "3. Significant events of the period"),
    ("h2", "3.1 Acquisition of Olfacta"),
    (
        "p",
        "On 2 May 2025 Maison Lumivelle completed the acquisition of 100% of the "
        "share capital of Olfacta SAS, a Grasse-based start-up that uses "
        "generative models to design fragrance accords, for a total consideration "
        "of €85 million, including an earn-out of up to €15 million. Olfacta's "
        "models will be integrated into Alchimie before the end of the year. "
        "Goodwill provisionally recognised amounts to €71 million.",
    ),
    (
        "p",
        "Banque Ferrand & Cie acted as financial adviser to Maison Lumivelle on "
        "the transaction, and Cabinet Haussier Lenoir acted as legal counsel. "
        "Maison Lumivelle also reviewed a possible offer for Atelier Brume, a "
        "Lyon-based scent-design start-up, but decided in April not to proceed.",
    ),
    ("h2", "3.2 Commitment to a beauty technology fund"),
    (
        "p",
        "In June the Group committed €40 million as a limited partner to Cobalt "
        "Orchard Beauty Tech Fund II, L.P., a fund managed by Cobalt Orchard "
        "Partners that invests in AI-enabled beauty companies. The commitment will "
        "be called over five years and is recognised as a financial asset at fair "
        "value through profit or loss. It gives the Group an early view of "
        "start-ups in Korea, Taiwan and Brazil.",
    ),
    ("h", "4. Competitive environment"),
    (
        "p",
        "In prestige skincare, the Group's closest listed comparables remain "
        "Parfums Oriade and Groupe Sévrine, both of which reported slower growth "
        "in the period. Competition in diagnostic tools is increasing, including "
        "from software companies that sell directly to retailers.",
    ),
    ("h", "5. Scope of consolidation - principal subsidiaries"),
    (
        "p",
        "The table below lists the principal subsidiaries concerned by the Beauty "
        "Tech and manufacturing activities described in this report.",
    ),
    ("table", (34, 16, 28, 10, 12), [
        ("Company", "Country", "Activity", "% interest", "Method"),
        ("Atelier Corvane SAS", "France", "Contract manufacturing", "100%", "Full"),
        (
            "Lumivelle Korea Ltd.",
            "South Korea",
            "Distribution and retail",
            "100%",
            "Full",
        ),
        ("Olfacta SAS", "France", "AI fragrance design", "100%", "Full"),
    ]),
    (
        "p",
        "Olfacta SAS has been fully consolidated since 2 May 2025. There were no "
        "other material changes in the scope of consolidation during the period.",
    ),
    ("h", "6. Related-party transactions"),
    (
        "p",
        "No new related-party transactions having a material impact on the "
        "financial position or results of the Group were entered into during the "
        "first half of 2025. Transactions with non-consolidated entities were "
        "concluded on arm's-length terms.",
    ),
    ("h", "7. Outlook"),
    (
        "p",
        "For the full year, the Group confirms its objective of like-for-like "
        "revenue growth of 6% to 8% and a recurring operating margin of at least "
        "18%. Beauty Tech licensing revenue is expected to exceed €30 million for "
        "the year, supported by new Alchimie licensees in Asia and by SkinLens "
        "royalties.",
    ),
    ("h", "8. Limited review"),
    (
        "p",
        "Marchetti Rousseau Audit and Delorme & Associés, the statutory auditors "
        "of Maison Lumivelle, performed a limited review of the condensed "
        "half-year consolidated financial statements. Their report contains no "
        "qualification.",
    ),
]

# ---------------------------------------------------------------------------
# Document 05 - Zhejiang Meiyan, A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC05 = [
    ("small", "证券代码：605871　　　证券简称：美研智造　　　公告编号：2025-046"),
    ("title", "浙江美研智造股份有限公司"),
    ("title", "关于全资子公司对外投资暨签署战略合作协议的公告"),
    (
        "p",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大"
        "遗漏，并对其内容的真实性、准确性和完整性承担法律责任。",
    ),
    ("h", "重要内容提示："),
    ("p", "● 投资标的名称：上海颜析智能科技有限公司（以下简称“颜析智能”）。"),
    (
        "p",
        "● 投资金额：公司全资子公司杭州美研智能装备有限公司（以下简称“美研装备”）拟"
        "以自有资金人民币6,000万元对颜析智能进行增资，其中264.71万元计入注册资本，"
        "其余5,735.29万元计入资本公积。",
    ),
    (
        "p",
        "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重"
        "大资产重组。",
    ),
    (
        "p",
        "● 相关风险提示：颜析智能尚处于发展初期，未来经营受技术迭代、市场竞争等因素"
        "影响，存在投资收益不及预期的风险。",
    ),
    ("h", "一、对外投资概述"),
    ("p", "（一）对外投资的基本情况"),
    (
        "p",
        "为把握人工智能在化妆品配方研发领域的应用机遇，提升公司研发效率与客户响应速"
        "度，美研装备于2025年8月19日与颜析智能及其现有股东签署《增资协议》。本次增"
        "资完成后，美研装备将持有颜析智能15.00%的股权。",
    ),
    ("p", "（二）董事会审议情况"),
    (
        "p",
        "公司于2025年8月19日召开第三届董事会第十四次会议，以9票同意、0票反对、0票弃"
        "权审议通过了《关于全资子公司对外投资暨签署战略合作协议的议案》。根据《上海"
        "证券交易所股票上市规则》及《公司章程》的规定，本次对外投资事项无需提交股东"
        "大会审议。",
    ),
    ("p", "（三）投资主体的基本情况"),
    (
        "p",
        "美研装备系公司持股100%的全资子公司，成立于2019年，主要从事化妆品智能灌装及"
        "检测设备的研发与集成。",
    ),
    ("h", "二、投资标的基本情况"),
    ("p", "（一）基本信息"),
    (
        "p",
        "公司名称：上海颜析智能科技有限公司；统一社会信用代码：91310115MA1K4R7T2X；"
        "成立日期：2020年6月11日；注册资本：人民币1,500万元；法定代表人：黎思远；注"
        "册地址：上海市浦东新区张衡路1188号3幢。",
    ),
    (
        "p",
        "经营范围：人工智能应用软件开发；化妆品配方技术服务；技术开发、技术咨询、技"
        "术转让。颜析智能主要提供基于机器学习的化妆品配方设计与功效预测平台，客户包"
        "括国内多家化妆品品牌及代工企业。",
    ),
    ("p", "（二）主要财务数据"),
    (
        "p",
        "2024年度，颜析智能实现营业收入2,318.46万元，净利润-612.07万元；截至2025年6"
        "月30日，颜析智能总资产4,105.33万元，净资产2,876.90万元（2025年半年度数据未"
        "经审计）。",
    ),
    ("p", "（三）本次增资前后股权结构（单位：人民币万元）"),
    ("table", (38, 15, 15, 15, 17), [
        (
            "股东名称",
            "增资前出资额",
            "增资前持股比例",
            "增资后出资额",
            "增资后持股比例",
        ),
        ("黎思远", "900.00", "60.00%", "900.00", "51.00%"),
        (
            "苏州启澜创业投资合伙企业（有限合伙）",
            "375.00",
            "25.00%",
            "375.00",
            "21.25%",
        ),
        ("上海浦岚天使投资中心（有限合伙）", "225.00", "15.00%", "225.00", "12.75%"),
        ("杭州美研智能装备有限公司", "0.00", "0.00%", "264.71", "15.00%"),
        ("合计", "1,500.00", "100.00%", "1,764.71", "100.00%"),
    ]),
    ("p", "（四）其他股东情况"),
    (
        "p",
        "苏州启澜创业投资合伙企业（有限合伙）成立于2018年，主要从事股权投资业务；上"
        "海浦岚天使投资中心（有限合伙）成立于2019年，主要投资早期科技企业。公司及公"
        "司控股股东、实际控制人、董事、监事、高级管理人员与苏州启澜创业投资合伙企业"
        "（有限合伙）、上海浦岚天使投资中心（有限合伙）之间不存在关联关系。",
    ),
    ("h", "三、增资协议的主要内容"),
    (
        "p",
        "1. 增资金额及方式：美研装备以货币方式出资，全部增资款于协议生效后30日内一"
        "次性缴付。",
    ),
    (
        "p",
        "2. 公司治理：增资完成后，颜析智能董事会由5名董事组成，其中美研装备有权提名"
        "1名董事。",
    ),
    ("p", "3. 违约责任：任何一方违反协议约定的，应赔偿守约方因此遭受的全部损失。"),
    ("p", "4. 协议生效：协议自各方签字盖章之日起生效。"),
    ("h", "四、战略合作协议的主要内容"),
    (
        "p",
        "同日，公司与颜析智能签署《战略合作协议》，双方将在AI配方设计、功效预测及柔"
        "性化小批量生产等领域开展合作，合作期限三年。该协议为框架性协议，不涉及具体"
        "交易金额，双方各自承担相关研发费用。",
    ),
    ("h", "五、本次对外投资对公司的影响"),
    (
        "p",
        "公司主营业务为化妆品ODM/OEM代工及智能制造。公司自2024年起为法国Maison "
        "Lumivelle S.A.提供精华类及面霜类产品的代工生产服务，2024年度相关销售收入为"
        "人民币1.86亿元，占公司营业收入的11.4%。境外品牌客户对新品开发周期及功效验"
        "证提出了更高要求。",
    ),
    (
        "p",
        "公司灌装产线所使用的AI视觉检测模组主要向台湾晶肤光学股份有限公司采购，2024"
        "年度采购金额为人民币3,420万元。本次投资有利于公司将AI配方能力与智能制造能"
        "力相结合，缩短新品开发周期，提升对境内外品牌客户的服务能力。",
    ),
    (
        "p",
        "同行业可比公司中，广州诗研生物科技股份有限公司、苏州黛科化妆品股份有限公司"
        "等亦已布局AI配方研发，行业竞争日趋激烈。",
    ),
    (
        "p",
        "本次投资资金来源为美研装备自有资金，不会对公司财务状况和经营成果产生重大不"
        "利影响，不存在损害公司及全体股东利益的情形。",
    ),
    ("h", "六、风险提示"),
    (
        "p",
        "颜析智能所处行业技术更新较快，其产品研发及商业化进展存在不确定性；本次投资"
        "亦可能受宏观经济、行业政策及市场竞争等因素影响。公司将密切关注标的公司的经"
        "营情况，及时履行信息披露义务。敬请广大投资者注意投资风险。",
    ),
    ("p", "特此公告。"),
    ("right", "浙江美研智造股份有限公司董事会"),
    ("right", "2025年8月20日"),
]

# ---------------------------------------------------------------------------
# Document 08 - Beleza Aurora S.A., annual report 2024 excerpt (English)
# ---------------------------------------------------------------------------
DOC08 = [
    (
        "small",
        "BELEZA AURORA S.A. - Publicly held company - CNPJ 27.418.093/0001-56 - B3 "
        "Novo Mercado: BAUR3 - Rua Funchal 418, Sao Paulo (SP), Brazil",
    ),
    ("title", "ANNUAL REPORT 2024"),
    ("center", "Excerpts - English version"),
    ("h", "1. 2024 in brief"),
    (
        "p",
        "Beleza Aurora closed 2024 with gross revenue of R$ 6.9 billion, up 12.4%, "
        "and 1,100 stores in 24 states. Same-store sales grew 7.8%, digital sales "
        "reached 19% of the total and the Aurora Club loyalty programme passed 21 "
        "million active members. Adjusted EBITDA was R$ 842 million, a margin of "
        "14.6%. Private-label products reached 24% of sales, up from 20% a year "
        "earlier.",
    ),
    ("h", "2. Supply chain and private label"),
    (
        "p",
        "We buy from more than 600 suppliers, but purchases are concentrated in a "
        "small group of partners that develop exclusive lines with us. The table "
        "below shows our principal suppliers by share of 2024 purchases.",
    ),
    ("table", (44, 36, 20), [
        ("Supplier", "Category", "Share of 2024 purchases"),
        ("Cosméticos Ipanã Indústria Ltda.", "Private-label manufacturing", "17.8%"),
        ("Flora Tapajós Cosméticos S.A.", "Branded skincare and fragrance", "9.6%"),
        ("Gota Dourada Cosméticos Ltda.", "Haircare", "6.1%"),
    ]),
    (
        "p",
        "In September 2024 the Company granted Cosméticos Ipanã a R$ 25.0 million "
        "working-capital loan, repayable in eight quarterly instalments from 2026, "
        "to support the expansion of its Campinas plant. The loan bears interest "
        "at CDI plus 1.5% per year and is secured by receivables.",
    ),
    ("h", "3. Digital and artificial intelligence"),
    (
        "p",
        "Our stores carried out more than 2.6 million shade-matching consultations "
        "in 2024 using handheld colour sensors, and the resulting consented data "
        "set is now one of the largest of its kind in Latin America. We are "
        "studying ways to make this data available to technology partners under "
        "strict privacy controls.",
    ),
    (
        "p",
        "Since June 2024 the virtual beauty consultant in our app has been "
        "provided by Espelho AI Ltda., in which our subsidiary Aurora Digital "
        "Serviços Ltda. acquired a 12% interest in December 2024. The consultant "
        "handled 9.8 million conversations in its first seven months.",
    ),
    (
        "p",
        "Our e-commerce platform, loyalty data lake and AI workloads are hosted on "
        "Northvale Cloud Services under a contract renewed in 2024 for R$ 62 "
        "million over four years. The migration of our store systems to the same "
        "environment will be completed in 2025.",
    ),
    ("h", "4. Competitive environment"),
    (
        "p",
        "Our principal competitors in specialty beauty retail are Drogaria "
        "Paineira and Casa Essência, as well as department stores and e-commerce "
        "marketplaces. We believe our store network, our private-label range and "
        "the depth of our customer data are our main advantages.",
    ),
    ("h", "5. Notes to the consolidated financial statements (excerpts)"),
    ("h2", "Note 1 - Operations and group structure"),
    (
        "p",
        "Beleza Aurora S.A. is a publicly held company headquartered in Sao Paulo. "
        "The consolidated financial statements include the following subsidiaries:",
    ),
    ("table", (42, 22, 26, 10), [
        ("Entity", "Headquarters", "Main activity", "Interest"),
        (
            "Aurora Digital Serviços Ltda.",
            "Sao Paulo (SP)",
            "Technology and data services",
            "100.0%",
        ),
        (
            "Aurora Logística e Distribuição Ltda.",
            "Cajamar (SP)",
            "Logistics and distribution",
            "100.0%",
        ),
    ]),
    ("h2", "Note 20 - Share capital"),
    (
        "p",
        "At December 31, 2024 the share capital was represented by 520,000,000 "
        "common shares with no par value, held as follows:",
    ),
    ("table", (50, 30, 20), [
        ("Shareholder", "Common shares", "%"),
        ("Andrade Participações S.A.", "214,240,000", "41.2%"),
        ("Free float", "305,760,000", "58.8%"),
        ("Total", "520,000,000", "100.0%"),
    ]),
    ("h2", "Note 27 - Related parties"),
    (
        "p",
        "Transactions between the Company and its subsidiaries are eliminated on "
        "consolidation. The controlling shareholder carried out no commercial "
        "transactions with the Company in 2024 other than the receipt of dividends "
        "approved by the general meeting. Key management remuneration totalled R$ "
        "41.6 million.",
    ),
    ("h2", "Note 29 - Provisions and contingencies"),
    (
        "p",
        "In March 2024 Casa Essência Comércio de Cosméticos S.A. filed a trademark "
        "action against Beleza Aurora S.A. before the 2nd Business Court of Sao "
        "Paulo, claiming that the name of our Essência Aurora fragrance line "
        "infringes its registered marks. Based on the opinion of external counsel, "
        "management classifies the risk of loss as possible and has recorded no "
        "provision.",
    ),
    ("h", "6. Independent auditor"),
    (
        "p",
        "Moreira Batista Auditores Independentes audited the financial statements "
        "of Beleza Aurora S.A. for the year ended December 31, 2024 and issued an "
        "unqualified opinion. Fees for non-audit services represented less than 5% "
        "of total fees.",
    ),
]


def cff_to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines of font with quadratic TrueType outlines (in place)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    for tag in ("VORG", "DSIG"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text: str, face_index: int, out_dir: Path) -> Path:
    """Subset one face of the Noto CJK collection to the characters of text.

    The subset is saved as a TrueType font in out_dir and its path returned.
    """
    font = TTFont(CJK_COLLECTION, fontNumber=face_index)
    options = subset.Options()
    options.desubroutinize = True
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    cff_to_truetype(font)
    path = out_dir / f"NotoSansCJK-face{face_index}-subset.ttf"
    font.save(str(path))
    return path


class Report(FPDF):
    def __init__(self, footer_text: str, family: str):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.family = family
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, "", 8)
        self.cell(0, 6, f"{self.footer_text} - {self.page_no()}", align="C")


def render(pdf: Report, blocks: list) -> None:
    family = pdf.family
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "title":
            pdf.set_font(family, "B", 14)
            pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "center":
            pdf.set_font(family, "", 9)
            pdf.multi_cell(0, 5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "right":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(0, 6, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font(family, "", 8)
            pdf.multi_cell(0, 4.2, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(family, "B", 11.5)
            pdf.multi_cell(0, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font(family, "B", 10)
            pdf.multi_cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(0, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            _, widths, rows = block
            pdf.set_font(family, "", 9)
            with pdf.table(
                col_widths=widths, text_align="LEFT", line_height=5.2, width=pdf.epw
            ) as table:
                for row in rows:
                    table_row = table.row()
                    for cell in row:
                        table_row.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(f"unknown block kind {kind}")


def block_text(blocks: list) -> str:
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        else:
            parts.append(block[1])
    return "".join(parts)


def build_latin(blocks: list, footer_text: str, filename: str) -> None:
    pdf = Report(footer_text, "DejaVu")
    pdf.add_font("DejaVu", "", str(DEJAVU_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(DEJAVU_DIR / "DejaVuSans-Bold.ttf"))
    render(pdf, blocks)
    pdf.output(str(HERE / filename))


def build_cjk(blocks: list, footer_text: str, filename: str, face_index: int) -> None:
    tmp_dir = Path(tempfile.mkdtemp(prefix="fresh161_font_"))
    try:
        characters = block_text(blocks) + footer_text + "0123456789-"
        font_path = make_cjk_font(characters, face_index, tmp_dir)
        pdf = Report(footer_text, "NotoCJK")
        pdf.add_font("NotoCJK", "", str(font_path))
        pdf.add_font("NotoCJK", "B", str(font_path))
        render(pdf, blocks)
        pdf.output(str(HERE / filename))
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


def main() -> None:
    build_latin(
        DOC01,
        "Maison Lumivelle - First-half 2025 results",
        "01_Lumivelle_disclosure.pdf",
    )
    build_cjk(
        DOC05,
        "浙江美研智造股份有限公司 公告编号：2025-046",
        "05_Meiyan_A-share_announcement.pdf",
        2,
    )
    build_latin(
        DOC08,
        "Beleza Aurora S.A. - Annual Report 2024",
        "08_BelezaAurora_annual_report.pdf",
    )
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
