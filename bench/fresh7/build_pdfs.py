"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""
import os

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
SERIF_B = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"
SERIF_I = "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"


def _cff_to_glyf(font):
    """Convert CFF outlines to TrueType outlines so fpdf2 embeds a plain TTF."""
    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
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
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def subset_cjk(ttc, out_path):
    """Subset the Simplified Chinese face of a Noto CJK collection to the characters used in this script."""
    with open(os.path.abspath(__file__), encoding="utf-8") as fh:
        text = fh.read()
    font = TTCollection(ttc).fonts[2]  # Noto Sans CJK SC
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    _cff_to_glyf(font)
    font.save(out_path)


# ---------------------------------------------------------------------------
# 04: Chinese annual report excerpt
# ---------------------------------------------------------------------------
class CNReport(FPDF):
    def header(self):
        self.set_font("cjk", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "天衡智算科技股份有限公司2025年年度报告", align="L")
        self.ln(7)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("cjk", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.page_no() + 36} / 212", align="C")
        self.set_text_color(0, 0, 0)


def cn_report():
    pdf = CNReport(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    reg = os.path.join(HERE, "_build_cjk_regular.ttf")
    bold = os.path.join(HERE, "_build_cjk_bold.ttf")
    subset_cjk(CJK, reg)
    subset_cjk(CJK_BOLD, bold)
    pdf.add_font("cjk", fname=reg)
    pdf.add_font("cjk", style="B", fname=bold)

    def h(text, size=11):
        pdf.set_font("cjk", "B", size)
        pdf.multi_cell(0, 7, text)
        pdf.ln(1)

    def p(text, size=9.5):
        pdf.set_font("cjk", size=size)
        pdf.multi_cell(0, 5.6, text)
        pdf.ln(1.2)

    def table(rows, widths, unit=None):
        if unit:
            pdf.set_font("cjk", size=8)
            pdf.cell(0, 5, unit, align="R")
            pdf.ln(5)
        pdf.set_font("cjk", size=8)
        with pdf.table(col_widths=widths, line_height=5.2, text_align="CENTER",
                       headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(3)

    # ---- page 1 ----
    pdf.add_page()
    h("第三节　管理层讨论与分析", 13)
    h("一、报告期内公司所从事的主要业务、经营模式")
    p("公司主营业务为智算中心的投资建设、运营及算力服务，主要客户为大模型研发企业、算力租赁服务商及互联网企业。"
      "公司在内蒙古乌兰察布、宁夏中卫等地运营数据中心，截至报告期末已投产机柜约2.1万个，总设计IT负载约420兆瓦。")
    p("公司系天衡控股集团有限公司的控股子公司，实际控制人为陈立衡先生。")
    p("报告期内，公司实现营业收入18.62亿元，同比增长57.3%；归属于上市公司股东的净利润2.87亿元，同比增长41.6%。"
      "受新增机柜集中投产影响，固定资产折旧同比大幅增加，综合毛利率较上年下降2.4个百分点。")
    h("二、公司所处行业情况及行业地位")
    p("随着大模型训练与推理需求快速增长，高功率智算机柜供不应求，电力资源成为行业发展的主要约束。")
    p("按已投产机柜数计算，公司在第三方智算中心运营商中排名第五，落后于恒渊云、北极星数据等同行。")
    h("七、主要控股参股公司分析")
    table(
        [
            ["公司名称", "公司类型", "持股比例", "主要业务", "注册资本", "净利润"],
            ["天衡（乌兰察布）数据科技有限公司", "全资子公司", "100%", "智算中心运营", "120,000.00", "8,412.37"],
            ["西岭绿能（乌兰察布）有限公司", "参股公司", "30%", "风电、光伏发电", "40,000.00", "2,106.44"],
            ["华澜算力产业投资基金（有限合伙）", "参股公司（有限合伙人）", "19.80%", "股权投资", "500,000.00", "1,377.90"],
        ],
        widths=(50, 36, 16, 26, 26, 26),
        unit="单位：万元　币种：人民币",
    )
    p("报告期内，天衡（乌兰察布）数据科技有限公司二期智算中心投产，新增机柜约6,800个，净利润较上年增长较快。"
      "华澜算力产业投资基金（有限合伙）主要投资于算力基础设施及人工智能产业链企业，公司按权益法核算。")

    # ---- page 2 ----
    pdf.add_page()
    h("第六节　重要事项", 13)
    h("十三、重大合同及其履行情况")
    h("（一）托管、承包、租赁事项", 10)
    p("□适用　√不适用")
    h("（二）担保情况", 10)
    p("报告期内，公司为全资子公司天衡乌兰察布在东岳银行取得的6亿元项目贷款提供连带责任保证。")
    p("截至报告期末，公司对子公司担保余额为6亿元，占公司最近一期经审计净资产的14.2%，"
      "公司及子公司不存在逾期担保及涉及诉讼的担保。")
    h("（三）其他重大合同", 10)
    table(
        [
            ["合同订立公司方", "合同订立对方", "合同标的", "签订日期", "合同金额", "履行情况"],
            ["天衡智算", "深言智能科技有限公司", "算力托管服务", "2025-03-12", "186,000.00", "履行中"],
            ["天衡乌兰察布", "冰川热控科技有限公司", "液冷系统设备采购", "2025-05-08", "31,850.00", "履行中"],
        ],
        widths=(28, 42, 32, 24, 26, 28),
        unit="单位：万元　币种：人民币",
    )
    p("2025年6月，公司与沪川银行股份有限公司签订《综合授信协议》，获得综合授信额度15亿元。")
    p("截至报告期末，公司在上述授信项下已使用额度7.3亿元，主要用于乌兰察布二期项目设备采购及日常经营周转。")

    # ---- page 3 ----
    pdf.add_page()
    h("十四、重大关联交易")
    h("（一）与日常经营相关的关联交易", 10)
    p("公司董事王启明同时担任云穹算力科技股份有限公司董事，根据《上海证券交易所科创板股票上市规则》，"
      "云穹算力科技股份有限公司为公司的关联法人。西岭绿能（乌兰察布）有限公司为公司参股公司，公司董事会秘书担任其董事。")
    table(
        [
            ["关联交易方", "关联关系", "交易类型", "关联交易内容", "关联交易金额", "占同类交易比例"],
            ["云穹算力科技股份有限公司", "公司董事任其董事", "提供劳务", "机柜租赁及运维服务", "23,415.60", "12.58%"],
            ["西岭绿能（乌兰察布）有限公司", "参股公司", "购买商品", "采购绿色电力", "9,872.14", "21.37%"],
        ],
        widths=(44, 28, 18, 32, 26, 32),
        unit="单位：万元　币种：人民币",
    )
    p("上述关联交易价格参照市场价格确定，遵循公平、公开、公允的原则，不存在损害公司及股东利益的情形。")
    h("（二）资产或股权收购、出售发生的关联交易", 10)
    p("□适用　√不适用")
    h("（三）共同对外投资的重大关联交易", 10)
    p("□适用　√不适用")
    h("（四）关联债权债务往来", 10)
    p("□适用　√不适用")

    pdf.output(os.path.join(HERE, "04_tianheng_annual_report_2025_excerpt.pdf"))
    os.remove(reg)
    os.remove(bold)


# ---------------------------------------------------------------------------
# 07: English Form 10-K excerpt
# ---------------------------------------------------------------------------
class TenK(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("serif", size=9)
        # page numbers of the excerpted pages in the full filing
        self.cell(0, 5, str({1: 7, 2: 71, 3: 118, 4: 161}.get(self.page_no(), self.page_no())), align="C")


def tenk():
    pdf = TenK(format="Letter")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("serif", fname=SERIF)
    pdf.add_font("serif", style="B", fname=SERIF_B)
    pdf.add_font("serif", style="I", fname=SERIF_I)

    def h(text, size=10.5, style="B"):
        pdf.set_font("serif", style, size)
        pdf.multi_cell(0, 6, text)
        pdf.ln(1)

    def p(text, size=10, style=""):
        pdf.set_font("serif", style, size)
        pdf.multi_cell(0, 5, text, align="J")
        pdf.ln(2.2)

    def table(rows, widths, align="LEFT"):
        pdf.set_font("serif", size=9.5)
        with pdf.table(col_widths=widths, line_height=5.4, text_align=align, borders_layout="HORIZONTAL_LINES",
                       headings_style=FontFace(emphasis="BOLD")) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(3)

    # ---- page 1 ----
    pdf.add_page()
    pdf.set_font("serif", "B", 11)
    pdf.multi_cell(0, 5.5, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", align="C")
    pdf.ln(2)
    pdf.set_font("serif", "B", 14)
    pdf.cell(0, 7, "FORM 10-K", align="C")
    pdf.ln(8)
    pdf.set_font("serif", size=9.5)
    pdf.multi_cell(0, 5, "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                         "For the fiscal year ended December 31, 2025\nCommission File Number 001-42206", align="C")
    pdf.ln(2)
    pdf.set_font("serif", "B", 12)
    pdf.cell(0, 6, "STRATACLOUD HOLDINGS, INC.", align="C")
    pdf.ln(6)
    pdf.set_font("serif", size=9.5)
    pdf.multi_cell(0, 5, "(Exact name of registrant as specified in its charter)\n"
                         "Delaware | 85-2047731 | 1900 N. Akard Street, Dallas, Texas 75201\n"
                         "Class A Common Stock, $0.0001 par value per share | SCLD | New York Stock Exchange", align="C")
    pdf.ln(5)
    h("PART I")
    h("Item 1. Business")
    p("Stratacloud Holdings, Inc. (\u201cStratacloud,\u201d the \u201cCompany,\u201d \u201cwe,\u201d \u201cus\u201d or "
      "\u201cour\u201d) operates a cloud platform built for artificial intelligence training and inference. We rent "
      "clusters of accelerated compute to model developers, enterprises and research institutions, generally under "
      "multi-year take-or-pay contracts, and we sell a smaller amount of capacity on demand.")
    h("Suppliers", 10, "I")
    p("We purchase substantially all of our GPUs and associated networking systems from Veridian Semiconductor Corp. "
      "(\u201cVeridian\u201d), and we expect to continue to depend on Veridian for the foreseeable future. "
      "As of February 20, 2026, Veridian beneficially owned approximately 6.8% of our outstanding Class A common stock. "
      "Any interruption in the supply of Veridian products would materially harm our business.")
    h("Data Centers", 10, "I")
    p("We do not own the buildings in which our clusters operate. Our largest site, the Red Mesa campus near Odessa, "
      "Texas, is leased from Ironbridge Power & Data, LLC under a 15-year lease covering up to 300 MW of critical IT load. "
      "We also lease capacity in colocation facilities in Texas, Virginia, Ohio and the United Kingdom.")
    h("Competition", 10, "I")
    p("The market for GPU cloud services is highly competitive. We compete with other specialized GPU cloud providers, "
      "including Halcyon Cloud and Tern Compute, as well as with the cloud divisions of large technology companies, "
      "many of which have substantially greater resources than we do.")

    # ---- page 2 ----
    pdf.add_page()
    h("Item 7. Management\u2019s Discussion and Analysis of Financial Condition and Results of Operations")
    h("Liquidity and Capital Resources", 10, "I")
    p("Our principal sources of liquidity are cash generated from operations, borrowings under our GPU financing "
      "facilities and our revolving credit facility, and proceeds from equity offerings. As of December 31, 2025, we had "
      "cash and cash equivalents of $1.18 billion. Our capital expenditures are substantial and are largely funded with "
      "debt secured by the equipment we acquire.")
    p("GPU Financing Facility. On May 14, 2024, our wholly owned subsidiary Stratacloud GPU Funding I, LLC "
      "(\u201cFunding I\u201d) entered into a $2.6 billion delayed-draw term loan facility with Northgate Credit Partners, "
      "as lender and collateral agent. Borrowings bear interest at SOFR plus 6.25% and amortize monthly based on the "
      "contracted revenue of the underlying customer contracts. The facility is secured by the GPUs and related "
      "equipment owned by Funding I and by the customer contracts assigned to it, including our master services "
      "agreement with Lumora. Stratacloud Holdings, Inc. has guaranteed the obligations of Funding I under the facility. "
      "As of December 31, 2025, $2.41 billion was outstanding under the facility.")
    p("Revolving Credit Facility. On September 30, 2025, we entered into a $750 million senior secured revolving credit "
      "facility with First Meridian Bank, N.A., as administrative agent and a lender, and Lakeshore Trust Bank, as a "
      "lender. Calloway Securities LLC acted as sole lead arranger and syndication agent for the revolving credit facility "
      "and is not a lender thereunder. Borrowings bear interest at SOFR plus 2.75%, and the facility matures in "
      "September 2029. As of December 31, 2025, no amounts were outstanding under the revolving credit facility.")
    p("The agreements governing our indebtedness contain covenants that restrict our ability to incur additional debt, "
      "pay dividends and dispose of assets, and require Funding I to maintain a minimum debt service coverage ratio. "
      "We were in compliance with all covenants as of December 31, 2025.")
    h("Contractual Obligations", 10, "I")
    p("Our contractual obligations consist primarily of principal and interest on our debt, lease payments for our "
      "data center sites and purchase commitments for GPUs and networking equipment. As of December 31, 2025, "
      "non-cancelable purchase commitments totaled $3.9 billion, substantially all of which are expected to be paid "
      "within twelve months.")

    # ---- page 3 ----
    pdf.add_page()
    h("Notes to Consolidated Financial Statements")
    h("Note 16. Concentrations of Risk", 10)
    p("Customer concentration. Customers that individually accounted for 10% or more of total revenue were as follows:")
    table(
        [
            ["Customer", "Year Ended December 31, 2025", "Year Ended December 31, 2024"],
            ["Lumora Labs, Inc.", "46%", "52%"],
            ["Veridian Semiconductor Corp.", "11%", "*"],
            ["Customer C", "10%", "13%"],
        ],
        widths=(70, 50, 50),
    )
    p("* Less than 10%.", size=9)
    p("Revenue from Veridian is earned under a capacity agreement pursuant to which Veridian purchases compute capacity "
      "on our platform for its internal research teams. Lumora and Customer C purchase capacity under multi-year "
      "take-or-pay contracts. As of December 31, 2025, Lumora accounted for 58% of accounts receivable.")
    p("Supplier concentration. Purchases from Veridian accounted for approximately 83% of our property and equipment "
      "additions in 2025 and 79% in 2024. We have no long-term supply agreement that guarantees our allocation of "
      "future Veridian products.")
    h("Note 17. Related Party Transactions", 10)
    p("Because Veridian beneficially owns more than 5% of our Class A common stock, transactions with Veridian are "
      "reviewed and approved by the audit committee of our board of directors. Amounts due to Veridian were "
      "$412 million as of December 31, 2025.")

    # ---- page 4 ----
    pdf.add_page()
    pdf.set_font("serif", "B", 10.5)
    pdf.cell(0, 6, "Exhibit 21.1", align="R")
    pdf.ln(10)
    pdf.set_font("serif", "B", 11)
    pdf.cell(0, 6, "SUBSIDIARIES OF STRATACLOUD HOLDINGS, INC.", align="C")
    pdf.ln(10)
    table(
        [
            ["Name of Subsidiary", "Jurisdiction of Organization"],
            ["Stratacloud GPU Funding I, LLC", "Delaware"],
            ["Stratacloud GPU Funding II, LLC", "Delaware"],
            ["Stratacloud Data Centers (Texas) LLC", "Texas"],
        ],
        widths=(100, 70),
    )
    p("Pursuant to Item 601(b)(21)(ii) of Regulation S-K, the names of other subsidiaries of the registrant have been "
      "omitted because, considered in the aggregate, they would not constitute a significant subsidiary as of "
      "December 31, 2025.", size=9)

    pdf.output(os.path.join(HERE, "07_stratacloud_10k_2025_excerpt.pdf"))


if __name__ == "__main__":
    cn_report()
    tenk()
    print("built")
