"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

- calder_ridge_10q_excerpt.pdf  (English, core Helvetica font)
- huayao_2024_annual_report_excerpt.pdf  (Chinese; a subset of Noto Sans CJK SC is
  converted to a TrueType-outline font with fontTools so that pypdf can extract the text)
"""
import os
import shutil

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "_fonttmp")
CJK_TTC = {
    "": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "B": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}
SC_INDEX = 2  # "Noto Sans CJK SC" inside the collections


# ---------------------------------------------------------------------------
# English 10-Q excerpt
# ---------------------------------------------------------------------------

def en_para(pdf, text, size=9.5, style="", h=4.8, after=2.2):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def en_table(pdf, rows, widths, size=8.5):
    pdf.set_font("Helvetica", "", size)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=5,
                   first_row_as_headings=True) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def build_10q():
    pdf = FPDF(format="Letter")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "For the quarterly period ended June 30, 2025", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "CALDER RIDGE DATA CENTERS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 4.5, "(Exact name of registrant as specified in its charter)   Nasdaq Global Select Market: CRDC",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    en_para(pdf, "NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED) - EXCERPTS",
            size=10, style="B")
    en_para(pdf, "Note 3. Revenue and Concentration of Credit Risk", size=9.5, style="B", after=1)
    en_para(pdf, "The Company develops and operates purpose-built data center campuses and generates "
                 "revenue by leasing data hall capacity, together with power and cooling, to a small "
                 "number of customers under agreements with initial terms of seven to fifteen years. "
                 "As a result, a significant portion of revenue and accounts receivable is concentrated "
                 "among a few customers. Customers that individually accounted for 10% or more of total "
                 "revenue were as follows:")
    en_table(pdf, [
        ("Customer", "Three months ended June 30, 2025", "Three months ended June 30, 2024"),
        ("Lumenfall Compute, Inc.", "38%", "24%"),
        ("Coldharbor GPU Cloud", "21%", "*"),
        ("Northwall Systems, Inc.", "17%", "41%"),
        ("One other customer", "11%", "13%"),
    ], widths=(70, 50, 50))
    en_para(pdf, "* Less than 10% of revenue for the period.", size=8)
    en_para(pdf, "The increase in concentration reflects the commencement of leases at the first two "
                 "buildings of the Saltfork campus during the first quarter of 2025. At June 30, 2025, "
                 "two customers represented 64% of accounts receivable, net.")

    en_para(pdf, "Note 7. Debt", size=9.5, style="B", after=1)
    en_para(pdf, "CR Saltfork Campus LLC, a wholly owned special-purpose subsidiary, owns the Company's "
                 "Saltfork, Oklahoma campus. The following table summarizes the Company's outstanding "
                 "borrowings as of June 30, 2025 (in millions):")
    en_table(pdf, [
        ("Facility", "Lender", "Borrower", "Maturity", "Outstanding"),
        ("Revolving credit facility", "Meridale Bank", "Calder Ridge Data Centers, Inc.", "2028", "275.0"),
        ("Construction loan A", "First Harland Bank", "CR Saltfork Campus LLC", "2030", "640.0"),
        ("Construction loan B", "Tarnhelm Capital", "CR Saltfork Campus LLC", "2031", "1,150.0"),
        ("Total", "", "", "", "2,065.0"),
    ], widths=(38, 33, 51, 20, 28))
    en_para(pdf, "The construction loans are secured by substantially all assets of CR Saltfork Campus "
                 "LLC and are guaranteed by Calder Ridge Data Centers, Inc. Borrowings under the revolving "
                 "credit facility bear interest at SOFR plus 2.25% and the facility contains a maximum "
                 "leverage covenant of 6.5x. The Company was in compliance with all covenants at "
                 "June 30, 2025.")
    en_para(pdf, "Subsequent event. In August 2025, the Company entered into a commitment letter with "
                 "Cobaltline Credit Partners for a $900 million delayed-draw term loan to fund the second "
                 "phase of the Saltfork campus. The loan is expected to close in the fourth quarter, "
                 "subject to customary conditions.")

    pdf.add_page()
    en_para(pdf, "Note 9. Commitments and Contingencies", size=9.5, style="B", after=1)
    en_para(pdf, "Power purchase agreement. In March 2025, the Company entered into a 15-year power purchase "
                 "agreement under which Brightwater Energy Holdings will supply up to 450 megawatts to the "
                 "Saltfork campus. Pricing is fixed for the first ten years, with an escalator thereafter.")
    en_para(pdf, "Equipment purchase commitments. CR Saltfork Campus LLC has agreed to purchase 22 "
                 "aeroderivative gas turbines from Gallowmoor Turbines, Inc. for aggregate consideration "
                 "of $186 million, of which $74 million had been paid as of June 30, 2025. Deliveries are "
                 "scheduled through the second quarter of 2026.")
    en_para(pdf, "Litigation. From time to time the Company is involved in legal proceedings arising in the "
                 "ordinary course of business. Management does not believe any pending matter will have a "
                 "material adverse effect on the Company's financial position.")

    en_para(pdf, "Note 11. Related Party Transactions", size=9.5, style="B", after=1)
    en_para(pdf, "Sable Crest Ventures, which beneficially owns approximately 17% of the Company's "
                 "outstanding common stock, has two designees on the Board of Directors. There were no "
                 "material transactions with Sable Crest Ventures during the three or six months ended "
                 "June 30, 2025.")

    en_para(pdf, "Item 2. Management's Discussion and Analysis - Competition (excerpt)", size=9.5,
            style="B", after=1)
    en_para(pdf, "We compete for tenants with Ironbark Digital and other independent developers, and with "
                 "hyperscalers such as Northwall that build their own facilities. We believe our ability to "
                 "deliver energized capacity ahead of utility interconnection timelines is our principal "
                 "competitive advantage, but there can be no assurance that it will persist as on-site "
                 "generation becomes more widely available.")
    en_para(pdf, "Liquidity. As of June 30, 2025, we had $412 million of cash and cash equivalents and "
                 "$225 million of undrawn capacity under the revolving credit facility. We expect capital "
                 "expenditures of $2.4 billion to $2.7 billion for the full year 2025.")

    pdf.output(os.path.join(HERE, "calder_ridge_10q_excerpt.pdf"))


# ---------------------------------------------------------------------------
# Chinese annual report excerpt
# ---------------------------------------------------------------------------



def make_cjk_ttf(style, text, out_path):
    """Subset Noto Sans CJK SC to `text` and convert CFF outlines to TrueType."""
    coll = TTCollection(CJK_TTC[style])
    font = coll.fonts[SC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "".join(chr(i) for i in range(32, 127)))
    sub.subset(font)
    otf_path = out_path + ".otf"
    font.save(otf_path)

    font = TTFont(otf_path)
    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# Each item: ("h", text) heading, ("p", text) paragraph, ("t", widths, rows) table,
# ("small", text) small note, ("page",) new page.
ANNUAL = [
    ("title", "华曜数据科技股份有限公司"),
    ("title", "2024年年度报告（节选）"),
    ("small", "证券代码：603792　　证券简称：华曜数据　　披露日期：2025年4月26日"),
    ("h", "第三节　管理层讨论与分析"),
    ("h2", "一、报告期内公司从事的主要业务"),
    ("p", "公司主要从事智算中心的投资、建设与运营，面向大模型厂商、互联网企业及科研机构提供机柜租赁、"
          "GPU算力租赁及算力调度服务。截至报告期末，公司在内蒙古乌兰察布、宁夏中卫及江苏苏州运营智算中心"
          "三处，已投运机柜约1.2万架，在管GPU加速卡约2.6万张。"),
    ("p", "报告期内，公司实现营业收入116,702.35万元，同比增长48.6%；归属于上市公司股东的净利润"
          "9,816.22万元，同比增长21.3%。"),
    ("p", "报告期内公司平均上架率为81%，高于行业可比公司北辰智算和星衡科技的平均水平。"),
    ("h2", "二、主要控股参股公司分析"),
    ("small", "单位：万元"),
    ("t", (70, 38, 24, 30), [
        ("公司名称", "公司类型", "持股比例", "注册资本"),
        ("乌兰察布华曜云计算有限公司", "全资子公司", "100%", "50,000.00"),
        ("华曜智算（香港）有限公司", "全资子公司", "100%", "8,000.00"),
        ("灵枢智能科技（北京）有限公司", "参股公司", "8.50%", "3,529.41"),
        ("苏州启明算力产业投资基金合伙企业（有限合伙）", "参股公司（有限合伙人）", "20.00%", "150,000.00"),
    ]),
    ("p", "乌兰察布华曜云计算有限公司为公司智算业务的主要运营主体，报告期内实现营业收入62,318.70万元，"
          "净利润6,218.45万元。"),
    ("p", "灵枢智能主要从事通用大模型研发，公司对其不具有控制，按权益法核算。"),
    ("h2", "三、主要销售客户和主要供应商情况"),
    ("p", "前五名客户销售额合计60,203.74万元，占年度销售总额51.59%；其中前五名客户销售额中关联方"
          "销售额为0万元。"),
    ("small", "公司前五名客户　单位：万元"),
    ("t", (14, 80, 34, 42), [
        ("序号", "客户名称", "销售额", "占年度销售总额比例"),
        ("1", "深圳云擎算力服务有限公司", "21,846.30", "18.72%"),
        ("2", "星衡科技股份有限公司", "15,204.88", "13.03%"),
        ("3", "客户三", "9,877.12", "8.46%"),
        ("4", "客户四", "7,315.00", "6.27%"),
        ("5", "客户五", "5,960.44", "5.11%"),
    ]),
    ("page",),
    ("p", "前五名供应商采购额合计71,059.72万元，占年度采购总额58.36%。"),
    ("small", "公司前五名供应商　单位：万元"),
    ("t", (14, 80, 34, 42), [
        ("序号", "供应商名称", "采购额", "占年度采购总额比例"),
        ("1", "芯岳微电子股份有限公司", "38,420.00", "31.55%"),
        ("2", "供应商二", "12,100.50", "9.94%"),
        ("3", "存芯科技（合肥）有限公司", "9,640.26", "7.92%"),
        ("4", "江屿能源集团有限公司", "6,882.19", "5.65%"),
        ("5", "供应商五", "4,016.77", "3.30%"),
    ]),
    ("p", "报告期内，公司向第一大供应商采购的主要为智算服务器及国产加速卡；向存芯科技采购的主要为"
          "企业级固态硬盘及内存模组。"),
    ("h2", "四、借款情况"),
    ("small", "截至2024年12月31日　单位：万元"),
    ("t", (56, 54, 36, 24), [
        ("贷款银行", "借款人", "借款类别", "期末余额"),
        ("瀚海银行股份有限公司", "乌兰察布华曜云计算有限公司", "项目贷款", "68,000.00"),
        ("庆丰农村商业银行股份有限公司", "华曜数据科技股份有限公司", "流动资金贷款", "15,000.00"),
        ("恒泽银行股份有限公司", "乌兰察布华曜云计算有限公司", "设备抵押贷款", "22,500.00"),
    ]),
    ("p", "上述乌兰察布华曜云计算有限公司的借款均由公司提供连带责任保证担保。"),
    ("h2", "五、资产负债表日后事项"),
    ("p", "2025年1月，公司获得汇渊融资租赁有限公司以GPU服务器抵押提供的3亿元贷款。"),
    ("p", "该笔贷款期限为三年，资金将用于乌兰察布二期智算中心建设，目前已全部提款。"),
    ("h2", "六、公司面临的风险"),
    ("p", "1．客户集中度较高的风险。公司前五名客户销售占比超过50%，若主要客户需求下降或经营出现"
          "困难，可能对公司经营业绩产生不利影响。"),
    ("p", "2．技术迭代风险。加速卡产品更新周期缩短，若公司在管设备的出租价格下降速度快于折旧速度，"
          "将影响公司的盈利能力。"),
]


def collect_zh_text():
    parts = []
    for item in ANNUAL:
        if item[0] == "t":
            for r in item[2]:
                parts.extend(r)
        elif item[0] != "page":
            parts.append(item[1])
    return "".join(parts)


def build_annual():
    os.makedirs(TMP, exist_ok=True)
    try:
        text = collect_zh_text()
        reg = os.path.join(TMP, "cjk_sc_regular.ttf")
        bold = os.path.join(TMP, "cjk_sc_bold.ttf")
        make_cjk_ttf("", text, reg)
        make_cjk_ttf("B", text, bold)

        pdf = FPDF(format="A4")
        pdf.set_margins(15, 16, 15)
        pdf.set_auto_page_break(True, 16)
        pdf.add_font("cjk", "", reg)
        pdf.add_font("cjk", "B", bold)
        pdf.add_page()
        for item in ANNUAL:
            kind = item[0]
            if kind == "title":
                pdf.set_font("cjk", "B", 15)
                pdf.cell(0, 9, item[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font("cjk", "", 8.5)
                pdf.cell(0, 5, item[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(3)
                pdf.set_font("cjk", "B", 12)
                pdf.cell(0, 7, item[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.ln(1.5)
                pdf.set_font("cjk", "B", 10)
                pdf.cell(0, 6, item[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("cjk", "", 9)
                pdf.multi_cell(0, 5.2, item[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            elif kind == "t":
                pdf.set_font("cjk", "", 8.5)
                with pdf.table(col_widths=item[1], text_align="LEFT", line_height=5.5,
                               first_row_as_headings=True) as t:
                    for r in item[2]:
                        row = t.row()
                        for c in r:
                            row.cell(c)
                pdf.ln(2)
            elif kind == "page":
                pdf.add_page()
        pdf.output(os.path.join(HERE, "huayao_2024_annual_report_excerpt.pdf"))
    finally:
        shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    build_10q()
    build_annual()
    print("built calder_ridge_10q_excerpt.pdf and huayao_2024_annual_report_excerpt.pdf")
