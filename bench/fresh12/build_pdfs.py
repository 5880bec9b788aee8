"""Build the two PDF documents of this set with fpdf2.

English 10-Q excerpt: core Helvetica.  Chinese 半年度报告 excerpt: Noto Sans CJK SC,
extracted from the system TTC, subset to the characters used and converted to
TrueType outlines (so that pypdf can map glyphs back to text).
Run: /work/main/.venv/bin/python build_pdfs.py
"""
import os
import re

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------
# English: Stratohm Compute 10-Q excerpt
# ---------------------------------------------------------------------------

TENQ = [
    ("title", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
    ("center", "Washington, D.C. 20549"),
    ("title", "FORM 10-Q"),
    ("center", "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("center", "For the quarterly period ended June 30, 2026"),
    ("center", "Commission File Number 001-41872"),
    ("title", "STRATOHM COMPUTE, INC."),
    ("center", "(Exact name of registrant as specified in its charter)"),
    ("center", "Delaware  |  88-3104457  |  Class A common stock, $0.0001 par value, trading symbol STHM, New York Stock Exchange"),
    ("p", "As of August 3, 2026, the registrant had 412,806,331 shares of Class A common stock and 61,250,000 shares of Class B common stock outstanding."),
    ("note", "[Excerpt. Certain pages, exhibits and the condensed consolidated financial statements other than the notes below have been omitted.]"),
    ("h", "NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)"),
    ("h2", "Note 1. Description of Business and Basis of Presentation"),
    ("p", "Stratohm Compute, Inc. (together with its consolidated subsidiaries, \"Stratohm,\" the \"Company,\" \"we,\" \"us\" or \"our\") provides GPU-accelerated cloud infrastructure to artificial intelligence laboratories and enterprises under multi-year committed contracts and on an on-demand basis. The Company operates in a single reportable segment. The unaudited condensed consolidated financial statements include the accounts of the Company and its wholly owned subsidiaries, including special-purpose financing subsidiaries. All intercompany balances and transactions have been eliminated in consolidation."),
    ("h2", "Note 3. Revenue"),
    ("p", "Revenue is recognized ratably over the period in which GPU capacity is made available to the customer. Remaining performance obligations under committed contracts were $19.4 billion as of June 30, 2026, of which approximately 31% is expected to be recognized over the next twelve months."),
    ("p", "Concentration of customers. A limited number of customers account for a substantial portion of our revenue. Aurelith AI, Inc. (\"Aurelith\") accounted for 44% and 41% of total revenue for the three and six months ended June 30, 2026, respectively, compared with 29% and 27% for the corresponding periods of 2025. Halcyne Labs, Inc. accounted for 17% and 18% of total revenue for the three and six months ended June 30, 2026, respectively. No other customer accounted for more than 10% of total revenue in any period presented. As of June 30, 2026, Aurelith represented 52% of accounts receivable, net."),
    ("p", "Concentration of suppliers. We purchase substantially all of our GPU accelerators and related networking equipment from Corvane Semiconductor, Inc. (\"Corvane\"), and as of June 30, 2026 we had non-cancelable purchase commitments to Corvane of $3.1 billion. Any interruption in supply from Corvane could materially delay the deployment of contracted capacity. Corvane is not a related party, and Corvane holds no equity interest in the Company."),
    ("h2", "Note 7. Debt"),
    ("p", "The Company's outstanding debt consisted of the following (in millions):"),
    ("table", {
        "widths": [44, 56, 24, 16, 20, 20],
        "header": ["Facility", "Lender(s)", "Interest rate", "Maturity", "June 30, 2026", "Dec. 31, 2025"],
        "rows": [
            ["Revolving Credit Facility", "Calder National Bank, N.A. and syndicate", "SOFR + 2.75%", "2029", "250.0", "100.0"],
            ["GPU-Backed DDTL (1)", "Marlowe Harbor; Thornmere", "11.25%", "2030", "1,420.0", "600.0"],
            ["Equipment Financing", "Pellworth Equipment Finance LLC", "8.90%", "2028", "310.4", "355.1"],
            ["2031 Convertible Notes", "n/a", "6.50%", "2031", "1,150.0", "1,150.0"],
            ["Total debt", "", "", "", "3,130.4", "2,205.1"],
            ["Less: current portion", "", "", "", "(212.6)", "(96.0)"],
            ["Long-term debt, net", "", "", "", "2,917.8", "2,109.1"],
        ],
    }),
    ("small", "(1) Borrowings by Stratohm Asset Co. I, LLC. Amounts are presented before unamortized issuance costs of $48.2 million and $31.7 million, respectively."),
    ("p", "Revolving Credit Facility. The Company is party to a senior secured revolving credit facility with aggregate commitments of $750.0 million, which matures in November 2029. Borrowings bear interest at Term SOFR plus 2.75%, and the Company pays a commitment fee of 0.375% on undrawn amounts."),
    ("p", "GPU-Backed Delayed Draw Term Loan. On March 14, 2026, Stratohm Asset Co. I, LLC (the \"Borrower\"), a wholly owned special-purpose subsidiary of the Company, entered into a delayed draw term loan agreement (the \"DDTL\") with funds managed by Marlowe Harbor Capital Management, LP (\"Marlowe Harbor\") and Thornmere Credit Partners (\"Thornmere\"), as lenders, and Wexley Trust Company, as administrative agent and collateral agent, providing for up to $2.0 billion of term loans. Wexley Trust Company acts solely as agent for Marlowe Harbor and Thornmere and has no commitment to fund loans under the DDTL. Loans under the DDTL bear interest at a fixed rate of 11.25% and amortize based on the projected cash flows of the customer contracts assigned to the Borrower. The obligations of the Borrower under the DDTL are guaranteed by the Company and secured by the GPUs and customer contracts held by the Borrower. As of June 30, 2026, $1,420.0 million was outstanding and $580.0 million remained available to draw through December 31, 2026."),
    ("p", "Equipment Financing. Certain networking and storage equipment is financed under a master equipment finance agreement that amortizes in equal monthly installments through 2028."),
    ("p", "The Company was in compliance with all financial covenants under its debt agreements as of June 30, 2026."),
    ("h2", "Note 11. Related Party Transactions"),
    ("p", "Halvard Ventures LP, which beneficially owns approximately 14.2% of our outstanding Class A common stock, has designated two members of our board of directors. We paid no fees to Halvard Ventures LP during the periods presented."),
    ("p", "We lease data center capacity at two campuses from Bluefell Digital Infrastructure, LLC (\"Bluefell\"), and recognized operating lease cost of $41.7 million under these leases during the six months ended June 30, 2026. Our Chief Executive Officer serves on the board of managers of Bluefell. Operating lease liabilities related to Bluefell were $512.3 million as of June 30, 2026."),
    ("pagebreak", None),
    ("h", "ITEM 2. MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS (EXCERPT)"),
    ("h2", "Overview"),
    ("p", "Revenue for the three months ended June 30, 2026 was $1,184.6 million, an increase of 137% compared with $499.8 million in the same period of 2025. Net loss was $96.3 million, compared with a net loss of $141.0 million in the prior-year period, and Adjusted EBITDA was $722.9 million. Active power under contract reached 1.1 gigawatts at quarter end."),
    ("p", "Competition. Our competitors include hyperscale cloud providers such as Nimbara, Inc. and specialized GPU cloud providers such as Tundrel Compute. Many of these competitors have greater financial resources than we do."),
    ("p", "Capacity marketplace. In May 2026, we entered into a market maker agreement with GridMark Compute Exchange, Inc. (\"GridMark\") under which we list uncommitted GPU-hours on GridMark's spot and futures venues. Revenue from capacity sold through GridMark was not material for the periods presented."),
    ("h2", "Liquidity and Capital Resources"),
    ("p", "As of June 30, 2026, we had cash and cash equivalents of $1.37 billion and $1.08 billion of combined availability under the Revolving Credit Facility and the DDTL. We expect capital expenditures of $5.5 billion to $6.0 billion for fiscal 2026, primarily for GPU servers, networking and data center fit-out, which we expect to fund with operating cash flow, borrowings under existing facilities and additional asset-backed financings."),
]


class TenQ(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, f"Stratohm Compute, Inc. | Form 10-Q | Page {self.page_no()}", align="C")


def build_10q(path):
    pdf = TenQ(format="Letter")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for kind, content in TENQ:
        if kind == "pagebreak":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font("Helvetica", size=9)
            pdf.multi_cell(0, 5, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", size=10)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "note" or kind == "small":
            pdf.set_font("Helvetica", "I", 8)
            pdf.multi_cell(0, 4, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            w = content["widths"]
            pdf.set_font("Helvetica", "B", 8)
            for wi, c in zip(w, content["header"]):
                pdf.cell(wi, 6, c, border="B")
            pdf.ln()
            pdf.set_font("Helvetica", size=8)
            for row in content["rows"]:
                for i, (wi, c) in enumerate(zip(w, row)):
                    pdf.cell(wi, 6, c, align="R" if i >= 4 else "L")
                pdf.ln()
            pdf.ln(2)
    pdf.output(path)


# ---------------------------------------------------------------------------
# Chinese: 云衢智算 2026年半年度报告（节选）
# ---------------------------------------------------------------------------

BANNIAN = [
    ("title", "云衢智算科技股份有限公司"),
    ("title", "2026年半年度报告（节选）"),
    ("center", "公司代码：689317　　公司简称：云衢智算"),
    ("p", "本公司董事会、监事会及董事、监事、高级管理人员保证半年度报告内容的真实性、准确性、完整性，不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。本半年度报告未经审计。"),
    ("h", "第二节　公司简介和主要财务指标"),
    ("h2", "一、公司主要会计数据和财务指标"),
    ("p", "单位：万元　币种：人民币"),
    ("table", {
        "widths": [70, 38, 38, 34],
        "header": ["主要会计数据", "本报告期", "上年同期", "增减(%)"],
        "rows": [
            ["营业收入", "412,630.15", "260,498.77", "58.40"],
            ["归属于上市公司股东的净利润", "38,270.44", "-9,610.22", "不适用"],
            ["扣除非经常性损益后的净利润", "35,118.90", "-12,044.35", "不适用"],
            ["经营活动产生的现金流量净额", "187,402.61", "64,215.08", "191.84"],
            ["综合毛利率（%）", "31.20", "27.50", "增加3.70个百分点"],
        ],
    }),
    ("h", "第三节　管理层讨论与分析"),
    ("h2", "一、报告期内公司所属行业及主营业务情况说明"),
    ("p", "公司主要从事智算中心的投资、建设和运营，面向大模型企业、政务及行业客户提供算力租赁、模型训练与推理云服务。截至报告期末，公司在长三角和西部枢纽节点运营智算中心6座，在运算力规模约18,500 PFlops（FP16）。根据第三方机构统计，公司智算服务收入规模位列国内独立智算服务商第二，仅次于北瀚智算。"),
    ("h2", "二、报告期内主要经营情况"),
    ("p", "报告期内，公司实现营业收入412,630.15万元，同比增长58.40%；实现归属于上市公司股东的净利润38,270.44万元，上年同期为亏损9,610.22万元。收入增长主要来自大模型训练算力合同的集中交付。"),
    ("p", "报告期内，公司以货币出资10.2亿元参与设立澜衢智算，持股51%。澜衢智算负责建设运营宁波智算中心项目，规划用电负荷400兆瓦，一期预计于2027年投入运营。"),
    ("h2", "三、前五名客户及供应商情况"),
    ("p", "1、前五名客户销售情况（单位：万元）"),
    ("table", {
        "widths": [12, 82, 34, 30, 22],
        "header": ["序号", "客户名称", "销售额", "占比(%)", "关联方"],
        "rows": [
            ["1", "深澈智能科技（杭州）有限公司", "103,150.00", "25.00", "是"],
            ["2", "甬澜数据集团有限公司", "48,216.37", "11.69", "否"],
            ["3", "客户三", "31,004.52", "7.51", "否"],
            ["4", "客户四", "22,870.10", "5.54", "否"],
            ["5", "客户五", "17,655.48", "4.28", "否"],
            ["合计", "", "222,896.47", "54.02", ""],
        ],
    }),
    ("p", "2、前五名供应商采购情况（单位：万元）"),
    ("table", {
        "widths": [12, 82, 34, 30, 22],
        "header": ["序号", "供应商名称", "采购额", "占比(%)", "关联方"],
        "rows": [
            ["1", "芯岚微电子股份有限公司", "214,036.80", "46.12", "否"],
            ["2", "海沙存储科技有限公司", "36,512.00", "7.87", "否"],
            ["3", "供应商三", "29,480.66", "6.35", "否"],
            ["4", "供应商四", "18,301.25", "3.94", "否"],
            ["5", "供应商五", "12,760.00", "2.75", "否"],
            ["合计", "", "311,090.71", "67.03", ""],
        ],
    }),
    ("p", "公司董事长程砚秋在深澈智能担任董事，深澈智能为公司关联方。报告期内公司与深澈智能之间的算力服务交易已经公司股东大会审议通过，定价参照同类服务市场价格确定。"),
    ("h2", "四、主要控股参股公司分析"),
    ("p", "单位：万元"),
    ("table", {
        "widths": [70, 26, 22, 38, 24],
        "header": ["公司名称", "公司类型", "持股比例", "主要业务", "注册资本"],
        "rows": [
            ["澜衢智算（宁波）有限公司", "控股子公司", "51.00%", "智算中心建设运营", "200,000.00"],
            ["云衢智算（香港）有限公司", "全资子公司", "100.00%", "境外融资及采购", "8,900.00"],
            ["深澈智能科技（杭州）有限公司", "参股公司", "12.50%", "大模型研发", "6,400.00"],
            ["宁波甬算智能产业基金（有限合伙）", "参股公司", "19.80%", "股权投资", "101,000.00"],
        ],
    }),
    ("p", "注：公司持有宁波甬算智能产业基金（有限合伙）19.80%的财产份额，系有限合伙人，不参与基金日常投资决策。"),
    ("h2", "五、投融资情况"),
    ("p", "2026年5月，华溪银行向公司授予综合授信额度30亿元，授信期限五年。截至报告期末，公司已使用授信额度12亿元。"),
    ("p", "控股子公司澜衢智算与东沂银行宁波分行签订项目贷款合同，贷款金额24亿元。该笔贷款期限十二年，用于宁波智算中心一期建设。公司按51%的持股比例为澜衢智算上述借款提供连带责任保证。"),
    ("h", "第七节　股份变动及股东情况"),
    ("p", "截至报告期末前十名股东持股情况（节选）"),
    ("table", {
        "widths": [80, 38, 24, 38],
        "header": ["股东名称", "期末持股数量（股）", "比例(%)", "股东性质"],
        "rows": [
            ["程砚秋", "58,800,000", "12.00", "境内自然人"],
            ["江澜数智产业投资基金（有限合伙）", "36,260,000", "7.40", "国有法人"],
            ["许嘉禾", "19,600,000", "4.00", "境内自然人"],
        ],
    }),
    ("p", "上述股东中，程砚秋与许嘉禾为一致行动人。公司未知其他股东之间是否存在关联关系或属于一致行动人。"),
]

CJK_WIDTH_MM = 174  # usable width on A4 with 18mm margins


class Bannian(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("cjk", size=8)
        self.cell(0, 5, f"云衢智算科技股份有限公司2026年半年度报告　{self.page_no()}", align="C")


def cjk_paragraph(pdf, text, line_h=5.2):
    """Write a Chinese paragraph, breaking lines only between sentences where
    possible, so that a sentence is not split over two lines unless it is longer
    than a full line."""
    sentences = [s for s in re.split(r"(?<=[。；])", text) if s]
    line = ""
    for s in sentences:
        if pdf.get_string_width(line + s) <= CJK_WIDTH_MM:
            line += s
        else:
            if line:
                pdf.multi_cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")
            line = s
    if line:
        pdf.multi_cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")


def otf_to_ttf(font):
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    gs = font.getGlyphSet()
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
              "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\000\001\000\000"
    font["head"].glyphDataFormat = 0


def make_cjk_font(chars, out):
    ttc = TTCollection(TTC)
    font = ttc.fonts[2]  # Noto Sans CJK SC
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(text=chars)
    sub.subset(font)
    otf_to_ttf(font)
    font.save(out)


def build_bannian(path):
    chars = set("0123456789.,%()-:;/ 　")
    for kind, content in BANNIAN:
        if kind == "table":
            for r in [content["header"]] + content["rows"]:
                chars.update("".join(r))
        else:
            chars.update(content)
    chars.update("云衢智算科技股份有限公司2026年半年度报告　0123456789")
    font_path = os.path.join(HERE, "_cjk_subset.ttf")
    make_cjk_font("".join(sorted(chars)), font_path)

    pdf = Bannian(format="A4")
    pdf.add_font("cjk", fname=font_path)
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for kind, content in BANNIAN:
        if kind == "title":
            pdf.set_font("cjk", size=15)
            pdf.cell(0, 9, content, align="C")
            pdf.ln()
        elif kind == "center":
            pdf.set_font("cjk", size=9)
            pdf.cell(0, 6, content, align="C")
            pdf.ln(8)
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("cjk", size=12)
            pdf.cell(0, 7, content)
            pdf.ln(8)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("cjk", size=10.5)
            pdf.cell(0, 6, content)
            pdf.ln(7)
        elif kind == "p":
            pdf.set_font("cjk", size=9)
            cjk_paragraph(pdf, content)
            pdf.ln(2)
        elif kind == "table":
            w = content["widths"]
            pdf.set_font("cjk", size=8.5)
            for wi, c in zip(w, content["header"]):
                pdf.cell(wi, 6.5, c, border=1, align="C")
            pdf.ln()
            for row in content["rows"]:
                for i, (wi, c) in enumerate(zip(w, row)):
                    pdf.cell(wi, 6.5, c, border=1, align="L" if i in (0, 1) else "R")
                pdf.ln()
            pdf.ln(3)
    pdf.output(path)
    os.remove(font_path)


if __name__ == "__main__":
    build_10q(os.path.join(HERE, "stratohm_10q_q2_2026.pdf"))
    build_bannian(os.path.join(HERE, "yunqu_2026_banniandu_baogao.pdf"))
    print("built")
