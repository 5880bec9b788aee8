"""Build the three PDF documents of the fresh132 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English PDFs use DejaVu Sans. The Simplified Chinese announcement uses one face
of the Noto Sans CJK collection, subset to the characters used with fontTools,
converted from CFF to TrueType outlines (fpdf2 cannot read the .ttc collection
or CFF-flavoured CJK fonts reliably), saved to a temporary directory and
deleted after the PDF is written.
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
CJK_TTC = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_INDEX_SIMPLIFIED = 2
CJK_INDEX_TRADITIONAL = 3


# ---------------------------------------------------------------------------
# Font helpers
# ---------------------------------------------------------------------------


def cjk_ttf(face_index, text, out_dir):
    """Subset one face of the CJK collection to `text` and save it as a TTF."""
    font = TTFont(str(CJK_TTC), fontNumber=face_index)
    chars = set(text) | {chr(c) for c in range(0x20, 0x7F)}
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options=options)
    subsetter.populate(unicodes={ord(c) for c in chars})
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = tt_pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = Path(out_dir) / f"cjk_{face_index}.ttf"
    font.save(str(path))
    return path


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, family, footer_text, wrapmode="WORD", bold=True):
        super().__init__(format="A4")
        self.family = family
        self.footer_text = footer_text
        self.wrapmode = wrapmode
        self.has_bold = bold
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=16)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, "", 7.5)
        self.cell(0, 5, f"{self.footer_text}    {self.page_no()}", align="C")

    def style(self, size, bold=False):
        self.set_font(self.family, "B" if bold and self.has_bold else "", size)


def render(pdf, pages):
    for number, blocks in enumerate(pages, start=1):
        pdf.add_page()
        for block in blocks:
            kind = block[0]
            if kind == "center":
                _, size, text = block
                pdf.style(size, bold=True)
                pdf.multi_cell(0, size * 0.5, text, align="C", wrapmode=pdf.wrapmode, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h":
                pdf.ln(2)
                pdf.style(10.5, bold=True)
                pdf.multi_cell(0, 5.5, block[1], align="L", wrapmode=pdf.wrapmode, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h2":
                pdf.style(9.5, bold=True)
                pdf.multi_cell(0, 5, block[1], align="L", wrapmode=pdf.wrapmode, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.style(9)
                pdf.multi_cell(0, 4.6, block[1], align="L", wrapmode=pdf.wrapmode, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.6)
            elif kind == "small":
                pdf.style(7.8)
                pdf.multi_cell(0, 4, block[1], align="L", wrapmode=pdf.wrapmode, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "rule":
                y = pdf.get_y() + 1
                pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
                pdf.ln(3)
            elif kind == "table":
                _, widths, rows = block
                for i, row in enumerate(rows):
                    pdf.style(8.3, bold=(i == 0))
                    for j, (width, cell) in enumerate(zip(widths, row)):
                        pdf.cell(width, 5.6, cell, border=1, align="L" if j == 0 else "R")
                    pdf.ln(5.6)
                pdf.ln(2.5)
            else:
                raise ValueError(kind)
        if pdf.page != number:
            raise RuntimeError(f"content of page {number} overflowed to page {pdf.page}")


def all_text(pages):
    parts = []
    for blocks in pages:
        for block in blocks:
            if block[0] == "table":
                parts.extend(c for row in block[2] for c in row)
            elif block[0] != "rule":
                parts.append(block[-1])
    return "".join(parts)


# ---------------------------------------------------------------------------
# 02 Negevix Crop Intelligence, Inc. - Form 10-K excerpt
# ---------------------------------------------------------------------------

NEGEVIX = [
    [
        ("center", 10, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549"),
        ("center", 15, "FORM 10-K"),
        ("small", "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
                  "for the fiscal year ended December 31, 2024. Commission File Number: 001-41877"),
        ("center", 13, "NEGEVIX CROP INTELLIGENCE, INC."),
        ("small", "(Exact name of registrant as specified in its charter) | Delaware (State of incorporation) | "
                  "88-4410273 (I.R.S. Employer Identification No.) | 12 HaMada Street, Rehovot 7670312, Israel | "
                  "Common Stock, par value $0.0001 per share, trading symbol NGVX, The Nasdaq Global Market"),
        ("small", "This excerpt reproduces portions of Items 1, 3, 7, 12, 13 and 14 and Exhibit 21. Other items are omitted."),
        ("rule",),
        ("h", "PART I - Item 1. Business"),
        ("h2", "Overview"),
        ("p", "Negevix Crop Intelligence, Inc. (\"Negevix,\" the \"Company,\" \"we,\" \"us\" or \"our\") develops "
              "machine-vision and machine-learning software that detects weed, pest and disease pressure in field and "
              "specialty crops and recommends where, when and how much crop-protection product to apply. Our two "
              "principal products are NGVX Vision, which converts images captured by tractor-mounted cameras, drones and "
              "satellites into field maps of pest pressure, and NGVX Dose, which converts those maps into variable-rate "
              "application prescriptions. We also operate a discovery platform that uses machine learning to screen "
              "low-dose chemical and biological active ingredients."),
        ("p", "We were incorporated in Delaware in 2019. Substantially all of our research and development is performed "
              "by our wholly owned Israeli subsidiary, Negevix Ltd., which provides these services to the Company on a "
              "cost-plus basis. Our total revenue was $61.2 million in 2024, compared with $38.7 million in 2023, and "
              "our net loss narrowed to $6.9 million from $17.4 million."),
        ("h2", "Customers"),
        ("p", "We sell subscriptions to NGVX Vision and NGVX Dose principally to fertilizer and crop-protection producers "
              "that bundle our software with their own products, and to agricultural retailers. Because our largest "
              "customers are producers that distribute our software to many thousands of growers, our revenue is "
              "concentrated. The following customers each accounted for 10% or more of our total revenue in at least "
              "one of the periods presented:"),
        ("table", [82, 30, 31, 31], [
            ["Customer", "Country", "2024", "2023"],
            ["Arava Bromine & Potash Ltd.", "Israel", "18%", "21%"],
            ["Aldermoor Crop Science Inc.", "Canada", "14%", "12%"],
            ["Tafraout Phosphate Industries S.A.", "Morocco", "11%", "*"],
        ]),
        ("small", "* Less than 10% of total revenue in the period."),
        ("p", "The loss of, or a significant reduction in purchases by, any of these customers could materially and "
              "adversely affect our revenue and results of operations. Our agreements with these customers generally "
              "have terms of three years and renew annually thereafter unless terminated."),
        ("h2", "Licensing"),
        ("p", "Under our licence agreement with Galilsense Robotics Ltd., we license NGVX Vision models for embedding in "
              "Galilsense spray drones, and Galilsense pays us a royalty for each drone shipped; royalty revenue under "
              "the agreement was $3.4 million in 2024. The agreement runs through 2028 and is non-exclusive."),
    ],
    [
        ("h2", "Manufacturing and Suppliers"),
        ("p", "We do not manufacture crop-protection products at commercial scale. The formulated biological and "
              "low-dose chemical actives identified by our discovery platform are produced for our field programs by "
              "Xiangchu Agrochemical Technology Co., Ltd., a contract manufacturer in Hunan Province, China, under a "
              "toll-manufacturing agreement; purchases under the agreement totaled $9.8 million in 2024."),
        ("p", "Our models are trained and served on GPU infrastructure purchased from Cedarline Compute Inc. under a "
              "three-year committed-capacity agreement, and we incurred $7.1 million of hosting and compute costs with "
              "Cedarline in 2024. If either of these suppliers were unable or unwilling to continue to supply us on "
              "acceptable terms, we may not be able to find a replacement in a timely manner, and our field programs "
              "and services could be interrupted."),
        ("h2", "Competition"),
        ("p", "The market for digital agronomy is competitive and evolving rapidly. Our principal competitors in "
              "AI-driven agronomy include Northgrain Analytics Ltd. and Zhirang Technology (Shenzhen) Co., Ltd., as well "
              "as the digital divisions of large crop-protection companies. We believe that we compete favorably on the "
              "accuracy of our detection models, the breadth of our labelled image library, which exceeded 410 million "
              "annotated images at year end, and our ability to integrate with our customers' own products."),
        ("h", "Item 3. Legal Proceedings"),
        ("p", "In February 2025, Tavor AgriData Ltd. filed a complaint against Negevix Ltd. in the Tel Aviv District "
              "Court alleging that certain image-segmentation features of NGVX Vision infringe two Israeli patents. The "
              "complaint seeks damages of ILS 42 million and injunctive relief. We believe the claims are without merit "
              "and intend to defend ourselves vigorously, but we cannot predict the outcome of the proceeding."),
        ("h", "PART II - Item 7. Management's Discussion and Analysis"),
        ("h2", "Liquidity and Capital Resources"),
        ("p", "As of December 31, 2024, we had cash, cash equivalents and short-term deposits of $84.6 million. In "
              "March 2024, we sold 3,200,000 shares of our common stock to Prairie Lattice Potash Corp. in a private "
              "placement at $9.00 per share, for aggregate gross proceeds of $28.8 million. We used the proceeds to "
              "expand our field-validation programs and for general corporate purposes."),
        ("p", "Net cash used in operating activities was $4.2 million in 2024, compared with $15.9 million in 2023. "
              "We have no outstanding borrowings. We believe that our existing cash will be sufficient to fund our "
              "operations and capital expenditures for at least the next twelve months."),
    ],
    [
        ("h", "PART III - Item 12. Security Ownership of Certain Beneficial Owners and Management"),
        ("p", "The following table sets forth information regarding beneficial ownership of our common stock as of "
              "February 28, 2025, based on 43,380,000 shares outstanding on that date."),
        ("table", [104, 35, 35], [
            ["Name of beneficial owner", "Shares", "Percent"],
            ["Funds affiliated with Halite Ridge Capital Partners", "5,900,000", "13.6%"],
            ["Prairie Lattice Potash Corp.", "3,200,000", "7.4%"],
            ["Tamar Ben-Ari", "2,450,000", "5.6%"],
            ["All executive officers and directors (9 persons)", "4,090,000", "9.4%"],
        ]),
        ("h", "Item 13. Certain Relationships and Related Transactions, and Director Independence"),
        ("p", "In connection with the March 2024 private placement, Prairie Lattice Potash Corp. received the right to "
              "designate one non-voting observer to our board of directors for so long as it holds at least 5% of our "
              "outstanding common stock. Other than as described above and compensation arrangements with our "
              "directors and executive officers, there were no related-person transactions in 2024 exceeding $120,000."),
        ("h", "Item 14. Principal Accountant Fees and Services"),
        ("p", "Kessler Oren & Co., Tel Aviv, has served as Negevix's independent registered public accounting firm "
              "since 2019. Audit fees billed for 2024 were $612,000 and audit-related fees were $48,000; no tax or other "
              "fees were billed."),
        ("h", "Exhibit 21 - Subsidiaries of the Registrant"),
        ("table", [90, 54, 30], [
            ["Name", "Jurisdiction", "Ownership"],
            ["Negevix Ltd.", "Israel", "100%"],
            ["Negevix Agronomy Canada ULC", "British Columbia", "100%"],
        ]),
    ],
]


# ---------------------------------------------------------------------------
# 03 云岭磷化 - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------

YUNLING = [
    [
        ("small", "证券代码：603879　　　　证券简称：云岭磷化　　　　公告编号：2025-071"),
        ("center", 14, "云岭磷化集团股份有限公司\n关于对外投资暨签署战略合作协议的公告"),
        ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
        ("h2", "重要内容提示："),
        ("p", "● 投资标的名称：智壤科技（深圳）有限公司（以下简称“智壤科技”或“标的公司”）。"),
        ("p", "● 投资金额：公司拟以自有资金人民币12,000万元对智壤科技进行增资。"),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("p", "● 风险提示：标的公司处于快速发展阶段，未来经营受技术迭代、市场竞争等因素影响，存在投资收益不及预期的风险。"),
        ("h", "一、对外投资概述"),
        ("h2", "（一）基本情况"),
        ("p", "为推进公司“磷化工+数字农业”发展战略，提升磷矿选矿、测土配方施肥等环节的智能化水平，云岭磷化集团股份有限公司"
              "（以下简称“公司”）于2025年10月28日召开第四届董事会第十九次会议，审议通过了《关于对外投资暨签署战略合作协议的议案》。"
              "公司拟以自有资金人民币12,000万元认购智壤科技新增注册资本人民币300万元，其余部分计入资本公积。"
              "本次增资完成后，公司将持有智壤科技15.00%的股权，智壤科技不纳入公司合并报表范围。"),
        ("h2", "（二）同轮投资方"),
        ("p", "Halite Ridge Growth Fund II, L.P.拟以等值人民币4,000万元的美元现汇同步认购智壤科技新增注册资本人民币100万元。"
              "该基金为一家在美国特拉华州注册的有限合伙制创业投资基金，与公司及公司控股股东、实际控制人不存在关联关系。"),
        ("h2", "（三）审议程序"),
        ("p", "本次对外投资事项在董事会审批权限范围内，无需提交公司股东大会审议。"),
        ("h", "二、投资标的基本情况"),
        ("h2", "（一）基本信息"),
        ("p", "名称：智壤科技（深圳）有限公司；统一社会信用代码：91440300MA5H3K7Q2R；类型：有限责任公司；法定代表人：黄启明；"
              "注册资本：人民币1,600万元；成立日期：2019年4月16日；注册地址：深圳市南山区粤海街道科技南十二路18号；"
              "经营范围：人工智能应用软件开发；遥感数据处理；土壤检测技术服务；信息系统集成服务。"),
        ("h2", "（二）主营业务"),
        ("p", "智壤科技主要从事基于遥感影像、土壤检测数据和机器学习算法的土壤养分反演、作物营养诊断及矿山过程优化模型的研发与服务，"
              "客户主要为化肥生产企业、农资流通企业及资源开采企业。"),
    ],
    [
        ("h2", "（三）本次增资前后的股权结构（出资额单位：万元）"),
        ("table", [70, 26, 26, 26, 26], [
            ["股东名称", "增资前出资额", "增资前比例", "增资后出资额", "增资后比例"],
            ["黄启明", "1,120.00", "70.00%", "1,120.00", "56.00%"],
            ["深圳壤芯企业管理合伙企业（有限合伙）", "480.00", "30.00%", "480.00", "24.00%"],
            ["云岭磷化集团股份有限公司", "—", "—", "300.00", "15.00%"],
            ["Halite Ridge Growth Fund II, L.P.", "—", "—", "100.00", "5.00%"],
            ["合计", "1,600.00", "100.00%", "2,000.00", "100.00%"],
        ]),
        ("h2", "（四）主要财务数据（单位：万元）"),
        ("table", [70, 52, 52], [
            ["项目", "2024年12月31日/2024年度", "2025年6月30日/2025年1-6月"],
            ["资产总额", "18,642.37", "21,305.18"],
            ["负债总额", "6,218.90", "7,846.52"],
            ["净资产", "12,423.47", "13,458.66"],
            ["营业收入", "9,876.21", "6,104.35"],
            ["净利润", "1,032.58", "1,035.19"],
        ]),
        ("p", "智壤科技2024年度财务数据已经立衡会计师事务所（特殊普通合伙）审计，并出具了标准无保留意见的审计报告；2025年1-6月财务数据未经审计。"),
        ("h2", "（五）与公司的业务往来"),
        ("p", "智壤科技自2023年起向公司控股子公司云岭智农（昆明）数字科技有限公司（以下简称“云岭智农”）提供土壤养分反演模型、"
              "遥感数据处理及算力服务，2024年度交易金额为人民币2,860.45万元。"
              "云岭智农为公司控股子公司，主要负责公司数字农业平台的建设与运营。除上述交易外，智壤科技与公司不存在其他业务往来。"),
        ("h", "三、本次交易的定价依据"),
        ("p", "昆明衡信资产评估有限公司以2025年6月30日为评估基准日，采用收益法对智壤科技股东全部权益价值进行了评估。"
              "经评估，智壤科技股东全部权益价值为人民币68,350.00万元。经交易各方协商一致，本次增资的投前估值确定为人民币64,000.00万元，"
              "对应每一元新增注册资本的认购价格为人民币40.00元。"),
        ("h", "四、增资协议的主要内容"),
        ("p", "1. 公司应于增资协议生效且先决条件满足之日起十五个工作日内，将增资款一次性支付至标的公司指定账户。"
              "2. 增资完成后，标的公司董事会由五名董事组成，公司有权提名一名董事。"
              "3. 标的公司后续融资的投前估值不得低于本次增资的投后估值，否则公司有权要求调整持股比例。"),
        ("h", "五、战略合作协议的主要内容"),
        ("p", "同日，公司与智壤科技签署了《数字农业战略合作协议》，双方将在磷矿浮选过程优化、测土配方施肥及作物营养模型等领域开展联合研发。"
              "合作期限为五年，双方成立联合工作组，合作形成的知识产权归属由双方另行协商确定。"),
    ],
    [
        ("h", "六、为控股子公司提供财务资助"),
        ("p", "为支持云岭智农业务发展，公司拟向云岭智农提供总额不超过人民币5,000万元的财务资助，期限不超过三年，"
              "年利率参照一年期贷款市场报价利率（LPR）执行。云岭智农其他股东将按其出资比例提供同等条件的财务资助。"),
        ("h", "七、对外投资对公司的影响"),
        ("p", "本次投资有利于公司获取土壤养分反演和过程优化方面的核心算法能力，与公司磷矿采选、磷复肥生产及农资服务业务形成协同。"
              "本次投资资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。"),
        ("h", "八、风险提示"),
        ("p", "智壤科技所处的农业人工智能领域竞争较为激烈，境内外竞争对手包括Negevix Crop Intelligence, Inc.及Northgrain Analytics Ltd.等企业。"
              "标的公司未来经营业绩受宏观经济、行业政策、技术迭代及市场竞争等多重因素影响，存在投资收益不及预期的风险。"
              "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("p", "云岭磷化集团股份有限公司董事会\n2025年10月30日"),
    ],
]


# ---------------------------------------------------------------------------
# 05 Tafraout Phosphate Industries S.A. - Annual Report 2024 excerpt
# ---------------------------------------------------------------------------

TAFRAOUT = [
    [
        ("center", 14, "TAFRAOUT PHOSPHATE INDUSTRIES S.A."),
        ("center", 10, "Annual Report 2024 - Excerpt\nMessage from the Chairman and Chief Executive Officer; "
                       "selected Notes to the Consolidated Financial Statements"),
        ("small", "Société anonyme with a Board of Directors, share capital MAD 2,418,000,000. Registered office: "
                  "Boulevard Abdelmoumen, Casablanca. Listed on the Casablanca Stock Exchange (ticker: TPI)."),
        ("rule",),
        ("h", "Message from the Chairman and Chief Executive Officer"),
        ("p", "2024 was the year in which our digital programme moved from pilot projects to the plant floor. At the "
              "Khouribga-Sud beneficiation plant, machine-learning control of flotation reagent dosing reduced reagent "
              "consumption by 9% and raised P2O5 recovery by 1.1 percentage points. At the Safi phosphoric acid complex, "
              "a predictive model of filter cloth blinding extended the interval between filter changes by a fifth. "
              "Together these gains contributed an estimated MAD 318 million to EBITDA, which reached MAD 6.42 billion "
              "on revenue of MAD 21.7 billion."),
        ("p", "We benchmark our AI-driven beneficiation yields against those published by Yunling Phosphorus Chemical "
              "Group and Arava Bromine & Potash, although neither company competes with us in all of our markets."),
        ("p", "The integration of Doukkala Granulation, acquired in July, is ahead of plan. Its granulation lines give "
              "us 900,000 tonnes a year of NPK capacity close to the Doukkala plain and allow us to offer customised "
              "grades based on soil-test results. In the Souss and Doukkala plains we are working with Northgrain "
              "Analytics Ltd. under a three-year development partnership to adapt its yield-response models to "
              "Moroccan soils and irrigation regimes."),
        ("p", "Our export business performed well. Souss Agri-Nutrients' export desk sold 212,000 tonnes of MAP to "
              "Aldermoor Crop Science Inc. of Canada in 2024, making Aldermoor the Group's largest single customer "
              "outside Africa. India, Brazil and West Africa remained our principal phosphoric acid and fertilizer markets."),
        ("p", "During 2024 the Board of Tafraout Phosphate Industries also reviewed a proposal to acquire a minority "
              "stake in Zhirang Technology (Shenzhen) Co., Ltd. but decided not to proceed. We prefer to reach Chinese "
              "agronomy expertise through our venture fund commitment rather than through direct stakes."),
        ("p", "We propose a dividend of MAD 14.00 per share, unchanged from last year, and we thank our employees, "
              "customers and shareholders for their support.\nHicham El Ouazzani, Chairman and Chief Executive Officer"),
    ],
    [
        ("h", "Notes to the Consolidated Financial Statements (selected)"),
        ("h2", "Note 4 - Business combinations"),
        ("p", "On 1 July 2024 the Group completed the acquisition of 100% of the share capital of Doukkala Granulation "
              "S.A. for a total consideration of MAD 410 million, paid in cash. The acquisition was accounted for using "
              "the acquisition method. Provisional fair values of the identifiable net assets acquired were as follows "
              "(MAD million):"),
        ("table", [110, 64], [
            ["Item", "MAD million"],
            ["Property, plant and equipment", "286"],
            ["Inventories", "74"],
            ["Trade and other receivables", "51"],
            ["Trade and other payables", "(63)"],
            ["Net identifiable assets", "348"],
            ["Goodwill", "62"],
            ["Total consideration", "410"],
        ]),
        ("h2", "Note 15 - Subsidiaries"),
        ("p", "The principal subsidiaries of the Group at 31 December 2024, all of which are fully consolidated, are:"),
        ("table", [66, 28, 44, 18, 18], [
            ["Entity", "Country", "Activity", "2024", "2023"],
            ["Souss Agri-Nutrients S.A.R.L.", "Morocco", "Distribution, agronomy", "100%", "100%"],
            ["Doukkala Granulation S.A.", "Morocco", "NPK granulation", "100%", "-"],
        ]),
        ("h2", "Note 16 - Investment in associate"),
        ("table", [66, 28, 44, 36], [
            ["Associate", "Country", "Activity", "Interest held"],
            ["Jorf Sulphur Logistics S.A.", "Morocco", "Sulphur handling", "30%"],
        ]),
        ("p", "The associate is accounted for using the equity method. The Group's share of its profit for 2024 was "
              "MAD 9.4 million (2023: MAD 8.1 million)."),
        ("h2", "Note 17 - Financial assets at fair value through profit or loss"),
        ("p", "In March 2023 the Group committed MAD 250 million as a limited partner in Halite Ridge Growth Fund II, "
              "L.P., a venture fund focused on agricultural AI, of which MAD 162 million had been called at 31 December "
              "2024. The interest is measured at fair value through profit or loss on the basis of the net asset value "
              "reported by the fund's general partner; the fair value at year end was MAD 201 million (Level 3)."),
    ],
    [
        ("h2", "Note 24 - Borrowings"),
        ("p", "On 14 May 2024 the Group signed a MAD 3.0 billion seven-year term loan with Banque Mauresque de "
              "Développement as sole lender and facility agent. The loan bears interest at a fixed rate of 4.35% and is "
              "repayable in ten semi-annual instalments from November 2026; MAD 2.2 billion had been drawn at 31 December 2024."),
        ("table", [110, 32, 32], [
            ["Borrowings (MAD million)", "2024", "2023"],
            ["Term loans", "5,318", "3,406"],
            ["Bonds", "4,000", "4,000"],
            ["Lease liabilities", "612", "587"],
            ["Total", "9,930", "7,993"],
        ]),
        ("h2", "Note 31 - Related party transactions"),
        ("p", "Transactions between the Company and its subsidiaries are eliminated on consolidation and are described "
              "here for information only. Tafraout Phosphate Industries S.A. sells phosphoric acid and finished MAP and "
              "DAP to Souss Agri-Nutrients under an arm's-length supply agreement; these sales, MAD 1,184 million in "
              "2024, are eliminated on consolidation."),
        ("p", "Maghreb Digital Soil S.A. is a related party because two members of the Company's Board of Directors "
              "also sit on its board. During 2024 Souss Agri-Nutrients provided field-trial plots, soil sampling and "
              "agronomy services to Maghreb Digital Soil S.A. for MAD 7.8 million (2023: MAD 3.1 million). No amounts "
              "were outstanding at year end."),
        ("p", "Jorf Sulphur Logistics S.A., in which the Group holds 30%, handled sulphur imports for the Jorf Lasfar "
              "platform and charged the Group MAD 41.6 million in 2024. Balances payable to the associate at year end "
              "were MAD 3.9 million."),
        ("h2", "Note 36 - Statutory auditors"),
        ("p", "The consolidated financial statements of Tafraout Phosphate Industries S.A. were audited jointly by "
              "Bennani Lazrak & Associés and Marchetti Audit Maroc. Fees for the statutory audit of the 2024 accounts "
              "amounted to MAD 7.6 million, of which MAD 4.1 million related to the parent company."),
    ],
]


def build_english(name, pages, footer):
    pdf = Doc("DejaVu", footer)
    pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    render(pdf, pages)
    pdf.output(str(HERE / name))


def build_chinese(name, pages, footer, face_index):
    tmp = tempfile.mkdtemp(prefix="fresh132_cjk_")
    try:
        font_path = cjk_ttf(face_index, all_text(pages) + footer + "0123456789", tmp)
        pdf = Doc("NotoCJK", footer, wrapmode="CHAR", bold=False)
        pdf.add_font("NotoCJK", "", str(font_path))
        render(pdf, pages)
        pdf.output(str(HERE / name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    build_english("02_Negevix_10-K.pdf", NEGEVIX, "Negevix Crop Intelligence, Inc. - Form 10-K 2024 (excerpt)")
    build_chinese("03_Yunling_announcement.pdf", YUNLING, "云岭磷化集团股份有限公司 公告编号：2025-071", CJK_INDEX_SIMPLIFIED)
    build_english("05_Tafraout_annual_report.pdf", TAFRAOUT, "Tafraout Phosphate Industries S.A. - Annual Report 2024")
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
