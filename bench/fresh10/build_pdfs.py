"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
  - norvik_s1_excerpt.pdf   (English, S-1 excerpt)
  - lantu_annual_report_2024.pdf (Chinese, 年度报告摘录)
The Chinese PDF uses a TrueType subset of Noto Sans CJK SC made with fontTools
(the CFF outlines are converted to quadratic glyf outlines so that fpdf2 writes
correct widths and pypdf extracts the text without spurious spaces).
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------------------
# English: Norvik Data Centers, Inc. Form S-1 (excerpt)
# ---------------------------------------------------------------------------

S1_PAGES = [
    {
        "heading": "PRINCIPAL STOCKHOLDERS",
        "before": [
            "The following table sets forth information regarding the beneficial ownership of our common stock "
            "as of June 30, 2025, and as adjusted to reflect the sale of common stock offered by us in this "
            "offering, for each person or entity known by us to beneficially own more than 5% of our outstanding "
            "common stock, each of our directors and named executive officers, and all of our directors and "
            "executive officers as a group.",
            "Percentage ownership before the offering is based on 134,250,000 shares of common stock outstanding "
            "as of June 30, 2025. Percentage ownership after the offering assumes the sale of 18,000,000 shares.",
        ],
        "table": {
            "widths": (78, 38, 30, 30),
            "rows": [
                ("Name of beneficial owner", "Shares owned", "% before", "% after"),
                ("Kestrel Bay Investment Authority(1)", "48,600,000", "36.2%", "31.9%"),
                ("Brightwater Capital Fund IV, L.P.(2)", "21,350,000", "15.9%", "14.0%"),
                ("Corvane Compute Inc.(3)", "9,400,000", "7.0%", "6.2%"),
                ("Elena Marsh(4)", "1,210,000", "*", "*"),
                ("Tobias Reinholt(2)", "310,000", "*", "*"),
                ("All directors and officers (9 persons)", "2,045,000", "1.5%", "1.3%"),
            ],
        },
        "after": [
            "* Represents beneficial ownership of less than 1%.",
            "(1) Kestrel Bay Investment Authority (\"KBIA\") is a sovereign investment fund of the Emirate of "
            "Ras Kestrel. Voting and investment decisions are made by KBIA's investment committee. KBIA will "
            "remain our largest outside stockholder after this offering.",
            "(2) Brightwater Capital Partners IV GP, LLC is the general partner of Brightwater Capital Fund IV, "
            "L.P. Our director Tobias Reinholt is a managing partner of Brightwater Capital Partners and "
            "disclaims beneficial ownership of the shares held by the fund.",
            "(3) Corvane Compute Inc. acquired its shares in our Series C financing in 2023.",
            "(4) Elena Marsh is our Chief Executive Officer.",
        ],
    },
    {
        "heading": "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS (continued)",
        "before": [
            "Note 4. Revenue and Concentration of Customers",
            "We lease data hall capacity and provide power, cooling and connectivity to our customers under "
            "long-term agreements (\"Capacity Agreements\"), which generally have terms of ten to fifteen years. "
            "Revenue under Capacity Agreements is recognized on a straight-line basis over the contract term.",
            "Lumeric Labs, Inc. (\"Lumeric\") and Corvane Compute Inc. (\"Corvane\") accounted for 44% and 23% "
            "of our revenue for the year ended December 31, 2024, respectively. One other customer accounted "
            "for 12% of our revenue. Capacity at our Cedar Flats campus is contracted to Lumeric under a master "
            "lease that runs through 2037, and Lumeric holds an option to expand to 600 megawatts. The loss of "
            "either of our two largest customers would materially reduce our revenue.",
            "Power. We purchase substantially all electricity for the Cedar Flats campus from Tessary Power "
            "Company (\"Tessary\") under a 15-year power purchase agreement with a fixed price for the first "
            "600 megawatts. Tessary also operates the on-site gas turbines that provide backup generation.",
            "Competition. Our principal competitors include Quarry Peak Digital and Summit Yard Data, both of "
            "which operate larger portfolios of data centers than we do. We also compete with the in-house "
            "construction programs of large cloud providers.",
        ],
    },
    {
        "heading": "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS (continued)",
        "before": [
            "Note 8. Debt",
            "The following table summarizes our outstanding indebtedness as of June 30, 2025:",
        ],
        "table": {
            "widths": (44, 46, 44, 30, 18),
            "rows": [
                ("Borrower", "Lender", "Instrument", "Principal", "Maturity"),
                ("Norvik Cedar Flats LLC", "Halloway National Bank", "Construction term loan",
                 "$1,150 million", "2029"),
                ("Norvik Data Centers, Inc.", "Stonecrest Credit Partners", "Senior secured notes",
                 "$600 million", "2031"),
                ("Norvik Data Centers, Inc.", "Pemberly Trust Bank", "Revolving credit facility",
                 "$140 million", "2028"),
            ],
        },
        "after": [
            "Norvik Cedar Flats LLC, our wholly owned subsidiary, holds the Cedar Flats campus and is the "
            "borrower under the construction term loan. The construction term loan bears interest at SOFR plus "
            "2.75% and is secured by the campus and the Lumeric master lease.",
            "Our obligations under the revolving credit facility are guaranteed by Norvik Cedar Flats LLC. The "
            "senior secured notes bear interest at 9.25% per annum, payable semi-annually.",
            "We were in compliance with all covenants under our debt agreements as of June 30, 2025. We intend "
            "to use a portion of the net proceeds of this offering to repay amounts outstanding under the "
            "revolving credit facility.",
        ],
    },
]


def build_s1(path):
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("dv", fname=DEJAVU)
    pdf.add_font("dv", style="B", fname=DEJAVU_B)
    for page in S1_PAGES:
        pdf.add_page()
        pdf.set_font("dv", size=8)
        pdf.cell(0, 5, "Norvik Data Centers, Inc. - Registration Statement on Form S-1 (excerpt)",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("dv", "B", 12)
        pdf.cell(0, 8, page["heading"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("dv", size=9.5)
        for para in page["before"]:
            pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if "table" in page:
            t = page["table"]
            pdf.set_font("dv", size=8.5)
            with pdf.table(col_widths=t["widths"], width=sum(t["widths"]), text_align="LEFT",
                           line_height=6) as table:
                for r in t["rows"]:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
            pdf.set_font("dv", size=9.5)
        for para in page.get("after", []):
            pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(path)


# ---------------------------------------------------------------------------
# Chinese: 澜图数据科技股份有限公司 2024年年度报告（摘录）
# ---------------------------------------------------------------------------

AR_PAGES = [
    {
        "blocks": [
            ("title", "澜图数据科技股份有限公司2024年年度报告（摘录）"),
            ("p", "证券代码：301528　　证券简称：澜图数据　　公告编号：2025-018"),
            ("h", "第三节　管理层讨论与分析"),
            ("h", "七、主要控股参股公司分析"),
            ("p", "主要子公司及对公司净利润影响达10%以上的参股公司情况（单位：万元）："),
            ("table", {
                "widths": (74, 20, 30, 24, 20, 22),
                "rows": [
                    ("公司名称", "公司类型", "主要业务", "注册资本", "持股比例", "净利润"),
                    ("乌兰察布澜图云计算有限公司", "子公司", "智算中心运营", "50,000.00", "100.00%", "6,382.17"),
                    ("澜图智算（香港）有限公司", "子公司", "境外算力服务", "12,000.00", "100.00%", "-415.60"),
                    ("深圳前湾智算创业投资基金（有限合伙）", "参股公司", "股权投资", "100,000.00", "15.00%", "1,204.33"),
                ],
            }),
            ("p", "乌兰察布澜图云计算有限公司负责公司在内蒙古乌兰察布的智算中心建设与运营，报告期内新增上架机柜"
                  "2,400个。深圳前湾智算创业投资基金（有限合伙）主要投资于算力芯片、"
                  "液冷及数据中心上下游企业，公司作为有限合伙人不参与该基金的日常管理。"),
            ("h", "八、公司控股股东情况"),
            ("p", "公司控股股东为澜图控股集团有限公司（以下简称\"澜图控股\"），报告期末持有公司41.37%的股份。"),
            ("p", "报告期内，公司控股股东及实际控制人未发生变更。"),
        ],
    },
    {
        "blocks": [
            ("h", "九、主要销售客户和主要供应商情况"),
            ("p", "公司前5名客户情况（单位：万元）："),
            ("table", {
                "widths": (14, 84, 40, 42),
                "rows": [
                    ("序号", "客户名称", "销售额", "占年度销售总额比例"),
                    ("1", "北京启元智能科技有限公司", "41,326.55", "18.92%"),
                    ("2", "华屹存储科技股份有限公司", "22,104.10", "10.12%"),
                    ("3", "客户三", "15,880.42", "7.27%"),
                    ("4", "客户四", "12,416.09", "5.68%"),
                    ("5", "客户五", "9,730.88", "4.45%"),
                    ("合计", "—", "101,458.04", "46.44%"),
                ],
            }),
            ("p", "公司董事王澜在华屹存储担任独立董事，因此华屹存储为公司关联方；其余前五名客户与公司不存在关联关系。"),
            ("p", "公司前5名供应商情况（单位：万元）："),
            ("table", {
                "widths": (14, 84, 40, 42),
                "rows": [
                    ("序号", "供应商名称", "采购额", "占年度采购总额比例"),
                    ("1", "Veridian Semiconductor Corp.", "58,204.73", "27.35%"),
                    ("2", "内蒙古青穹电力有限公司", "19,611.20", "9.21%"),
                    ("3", "供应商三", "11,043.56", "5.19%"),
                    ("4", "供应商四", "8,122.90", "3.82%"),
                    ("5", "供应商五", "6,530.14", "3.07%"),
                    ("合计", "—", "103,512.53", "48.64%"),
                ],
            }),
            ("p", "报告期内，公司向第一大供应商采购的主要为符合出口管制要求的训练及推理加速卡，"
                  "采购金额较上年增长63.5%。"),
        ],
    },
    {
        "blocks": [
            ("h", "十、银行授信及借款情况"),
            ("p", "截至2024年12月31日，公司及子公司共获得银行授信额度人民币46亿元，具体如下（单位：万元）："),
            ("table", {
                "widths": (66, 30, 30, 30, 34),
                "rows": [
                    ("授信银行", "授信主体", "授信额度", "已使用额度", "到期日"),
                    ("宁川银行股份有限公司", "澜图数据", "200,000.00", "126,500.00", "2026年6月"),
                    ("浦岚银行股份有限公司", "澜图数据", "150,000.00", "88,000.00", "2025年11月"),
                    ("东江农村商业银行股份有限公司", "乌兰察布澜图", "110,000.00", "35,000.00", "2027年3月"),
                ],
            }),
            ("p", "其中，东江农村商业银行股份有限公司向乌兰察布澜图云计算有限公司发放项目贷款3.5亿元。"),
            ("p", "该笔贷款以智算中心机柜及服务器设备作抵押，公司为该笔贷款提供全额连带责任保证担保。"),
            ("p", "报告期内，公司为澜图智算（香港）有限公司向境外金融机构融资提供担保，担保余额为1.2亿元。"),
            ("h", "十一、重大关联交易"),
            ("p", "报告期内，控股股东澜图控股向公司提供借款人民币2亿元，用于补充公司流动资金。"),
            ("p", "上述借款利率参照同期贷款市场报价利率确定，公司无需提供担保。"),
            ("h", "十二、行业竞争格局"),
            ("p", "报告期内，公司智算中心平均上架率为78%，高于同行业可比公司北辰云谷、天枢数据的平均水平。"),
            ("p", "未来公司将继续聚焦智算中心运营和算力服务业务，稳步推进乌兰察布二期项目建设。"),
        ],
    },
]


def make_cjk_subset(text, out_path):
    coll = TTCollection(CJK_TTC)
    font = coll.fonts[2]  # Noto Sans CJK SC
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


def all_ar_text():
    parts = []
    for page in AR_PAGES:
        for kind, val in page["blocks"]:
            if kind == "table":
                for r in val["rows"]:
                    parts.extend(r)
            else:
                parts.append(val)
    parts.append("澜图数据科技股份有限公司2024年年度报告第页")
    parts.append("".join(chr(c) for c in range(32, 127)))
    return "".join(parts)


def build_ar(path):
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, "cjk_subset.ttf")
        make_cjk_subset(all_ar_text(), font_path)
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(True, margin=18)
        pdf.add_font("cjk", fname=font_path)
        for page in AR_PAGES:
            pdf.add_page()
            pdf.set_font("cjk", size=8)
            pdf.cell(0, 5, "澜图数据科技股份有限公司2024年年度报告", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            for kind, val in page["blocks"]:
                if kind == "title":
                    pdf.set_font("cjk", size=14)
                    pdf.cell(0, 10, val, align="C", new_x="LMARGIN", new_y="NEXT")
                elif kind == "h":
                    pdf.ln(2)
                    pdf.set_font("cjk", size=11)
                    pdf.cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
                elif kind == "p":
                    pdf.set_font("cjk", size=9.5)
                    pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                elif kind == "table":
                    pdf.set_font("cjk", size=8.5)
                    with pdf.table(col_widths=val["widths"], width=sum(val["widths"]), text_align="LEFT",
                                   line_height=6, headings_style=FontFace(emphasis="")) as table:
                        for r in val["rows"]:
                            row = table.row()
                            for c in r:
                                row.cell(c)
                    pdf.ln(2)
        pdf.output(path)


if __name__ == "__main__":
    build_s1(os.path.join(HERE, "norvik_s1_excerpt.pdf"))
    build_ar(os.path.join(HERE, "lantu_annual_report_2024.pdf"))
    print("built norvik_s1_excerpt.pdf and lantu_annual_report_2024.pdf")
