"""Build the two PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

* brightwater_10k_notes.pdf   - English, core Helvetica font
* lanqiao_announcement_2025-061.pdf - Simplified Chinese; uses a subset of
  Noto Sans CJK SC converted to a TrueType (glyf) font with fontTools, so that
  pypdf can extract the text cleanly.

Chinese paragraphs are laid out sentence by sentence (a sentence never wraps
across lines; an over-long sentence is condensed horizontally instead), so the
pypdf page text of every sentence is contiguous.
"""
import os
import re
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # Noto Sans CJK SC inside the collection

# ---------------------------------------------------------------------------
# English PDF: Brightwater Semiconductor 10-K notes (excerpt)
# ---------------------------------------------------------------------------
BW_PAGES = [
    [
        ("title", "BRIGHTWATER SEMICONDUCTOR CORPORATION"),
        ("sub", "Annual Report on Form 10-K for the Fiscal Year Ended September 27, 2025"),
        ("sub", "Notes to Consolidated Financial Statements (Excerpt)"),
        ("h", "Note 4. Acquisitions"),
        ("p", "On July 14, 2025, we completed the acquisition of Tallis Microsystems, Inc., a developer of "
              "chiplet interconnect IP, for total cash consideration of $480 million. Tallis is now a "
              "wholly-owned subsidiary of Brightwater, and its results have been included in our Compute "
              "segment since the acquisition date. We recorded goodwill of $312 million, which is not "
              "deductible for tax purposes, and identified intangible assets of $141 million."),
        ("p", "The preliminary allocation of the purchase price was as follows (in millions):"),
        ("table", [55, 35], ["Item", "Amount"], [
            ["Cash and cash equivalents", "$22"],
            ["Developed technology", "118"],
            ["Customer relationships", "23"],
            ["Goodwill", "312"],
            ["Other net assets", "5"],
            ["Total purchase price", "$480"],
        ]),
        ("h", "Note 6. Investments"),
        ("p", "In March 2025, we purchased shares of Series D convertible preferred stock of Quillon Labs, "
              "Inc. for $750 million. The investment does not have a readily determinable fair value and is "
              "measured at cost less impairment, adjusted for observable price changes. No impairment was "
              "recorded in fiscal 2025. Quillon does not purchase products from us directly; its compute "
              "capacity is sourced through cloud service providers."),
        ("p", "We hold an approximately 19% interest in Lumenor Optics Ltd., a supplier of co-packaged optical "
              "engines, which we account for under the equity method. We purchased $212 million of optical "
              "engines from Lumenor in fiscal 2025, which are presented as related-party purchases. We have "
              "also guaranteed up to $150 million of Lumenor's obligations under its bank borrowings. The "
              "carrying value of the equity-method investment was $286 million as of September 27, 2025."),
    ],
    [
        ("h", "Note 9. Debt"),
        ("p", "On October 3, 2024, we entered into a $3.0 billion five-year unsecured revolving credit "
              "agreement (the \"Revolving Credit Agreement\"). The lenders under the Revolving Credit "
              "Agreement are Northbay Trust Company and Kessler Bank plc, which have committed $1.8 billion "
              "and $1.2 billion, respectively. Marrowfield Bank, N.A. acts as administrative agent under our "
              "Revolving Credit Agreement and is not a lender to us. Borrowings bear interest at SOFR plus a "
              "margin of 0.875% to 1.25%, depending on our credit ratings. No amounts were outstanding as of "
              "September 27, 2025 or September 28, 2024."),
        ("p", "Our long-term debt consisted of the following (in millions):"),
        ("table", [70, 30, 30], ["Instrument", "Fiscal 2025", "Fiscal 2024"], [
            ["4.10% Senior Notes due 2028", "1,000", "1,000"],
            ["4.65% Senior Notes due 2032", "1,250", "1,250"],
            ["5.20% Senior Notes due 2035", "750", "-"],
            ["Unamortized discount and issuance costs", "(21)", "(17)"],
            ["Total long-term debt", "2,979", "2,233"],
        ]),
        ("h", "Note 14. Segment Information and Concentration of Revenue"),
        ("p", "We report two segments, Compute and Connectivity. The following customers each accounted for "
              "10% or more of our net revenue:"),
        ("table", [60, 30, 30], ["Customer", "Fiscal 2025", "Fiscal 2024"], [
            ["Halvorsen Compute Inc.", "14%", "*"],
            ["Korvane Systems Inc.", "11%", "12%"],
            ["Customer C (1)", "10%", "*"],
        ]),
        ("small", "(1) Customer C is a hyperscale cloud service provider whose identity we are contractually "
                  "required to keep confidential."),
        ("small", "* Less than 10% of net revenue in the period."),
    ],
    [
        ("h", "Note 15. Commitments, Contingencies and Other Matters"),
        ("p", "In January 2025, we entered into a joint development agreement with Ninghe Semiconductor Co., "
              "Ltd. to co-design a memory controller for customers in mainland China. No payments were "
              "exchanged at signing, and each party retains its own background intellectual property."),
        ("p", "We face competition from Aurex Devices, Ninghe Semiconductor and the in-house accelerator "
              "programs of several hyperscale cloud providers. Purchase obligations for wafers, substrates "
              "and packaging services totaled $6.4 billion as of September 27, 2025."),
        ("h", "Note 19. Subsequent Events"),
        ("p", "In October 2025, Ashgrove GPU Holdings I, LLC placed a purchase order with us for accelerators "
              "valued at approximately $1.6 billion, to be delivered over the following three quarters. We "
              "have evaluated subsequent events through the date these financial statements were issued and "
              "identified no other events requiring disclosure."),
    ],
]


def build_brightwater(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    for page in BW_PAGES:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("Helvetica", "B", 13)
                pdf.multi_cell(0, 7, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(3)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 5.2, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "small":
                pdf.set_font("Helvetica", "", 8.5)
                pdf.multi_cell(0, 4.5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "table":
                _, widths, head, rows = block
                pdf.set_font("Helvetica", "", 9.5)
                with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                               text_align="LEFT", line_height=5.5) as t:
                    r = t.row()
                    for c in head:
                        r.cell(c)
                    for row in rows:
                        r = t.row()
                        for c in row:
                            r.cell(c)
                pdf.ln(3)
        pdf.set_auto_page_break(False)
        pdf.set_y(-14)
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(0, 5, f"F-{pdf.page_no() + 21}", align="C")
        pdf.set_auto_page_break(True, 18)
    pdf.output(path)


# ---------------------------------------------------------------------------
# Chinese PDF: 澜桥智算 A-share announcement
# ---------------------------------------------------------------------------
LQ_PAGES = [
    [
        ("right", "证券代码：688417　　证券简称：澜桥智算　　公告编号：2025-061"),
        ("title", "澜桥智算科技股份有限公司"),
        ("title", "关于2026年度日常关联交易预计、获得银行授信及对外投资的公告"),
        ("box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "● 本次日常关联交易预计事项无需提交股东大会审议。"),
        ("p", "● 本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("h", "一、日常关联交易基本情况"),
        ("h2", "（一）日常关联交易履行的审议程序"),
        ("p", "公司于2025年10月27日召开第三届董事会第十四次会议，审议通过了《关于2026年度日常关联交易预计的议案》，关联董事王立衡先生回避表决。独立董事专门会议已事先审议通过该议案。"),
        ("h2", "（二）2026年度日常关联交易预计金额和类别"),
        ("unit", "单位：万元"),
        ("table", [46, 62, 33, 33], ["关联交易类别", "关联人", "2026年度预计金额", "2025年1-9月发生额"], [
            ["向关联人提供算力服务", "启沃光电科技股份有限公司", "8,500.00", "3,216.47"],
            ["向关联人采购电力", "苏州宁岳能源有限公司", "1,200.00", "986.12"],
            ["合计", "—", "9,700.00", "4,202.59"],
        ]),
        ("h2", "（三）关联人基本情况和关联关系"),
        ("p", "1. 启沃光电科技股份有限公司，主营业务为高速光模块及光器件的研发、生产和销售。公司董事长王立衡先生担任启沃光电董事。根据《上海证券交易所科创板股票上市规则》的相关规定，启沃光电为公司的关联法人。"),
        ("p", "2. 苏州宁岳能源有限公司，主营业务为分布式光伏及储能电站运营，系公司关联自然人担任董事的企业。"),
    ],
    [
        ("h", "二、获得银行授信及担保情况"),
        ("p", "澜桥云计算（苏州）有限公司（以下简称“澜桥云”）为公司全资子公司。澜桥云已于2025年10月获得兴岳银行股份有限公司苏州分行人民币15亿元综合授信额度，授信期限三年。"),
        ("p", "公司拟为澜桥云在上述授信额度内形成的债务提供连带责任保证担保，担保期限与授信期限一致。截至本公告披露日，公司及子公司对外担保余额为人民币8.6亿元，均为对合并报表范围内子公司的担保。"),
        ("p", "此外，公司已获得江澄农村商业银行股份有限公司人民币5亿元流动资金贷款，用于补充日常营运资金。"),
        ("h", "三、对外投资情况"),
        ("h2", "（一）投资宁合半导体"),
        ("p", "公司拟以自有资金人民币3亿元认购宁合半导体股份有限公司新增股份。本次投资完成后，公司将持有宁合半导体约2.1%的股份。宁合半导体与公司及公司控股股东、实际控制人、董事、高级管理人员均不存在关联关系。"),
        ("h2", "（二）向全资子公司增资"),
        ("p", "公司拟以自有资金向澜桥云增资人民币5亿元，增资完成后澜桥云注册资本由人民币10亿元增加至人民币15亿元。本次增资资金将主要用于苏州相城智算中心二期建设。"),
    ],
    [
        ("h", "四、主要参股公司情况"),
        ("p", "截至2025年9月30日，公司主要参股公司情况如下："),
        ("unit", "单位：万元"),
        ("table", [78, 32, 30, 34], ["公司名称", "持股方式", "持股比例", "账面价值"], [
            ["苏州鼎衡创业投资合伙企业（有限合伙）", "有限合伙人", "19.80%", "9,900.00"],
            ["杭州澜岫数据服务有限公司", "直接持股", "35.00%", "4,375.00"],
        ]),
        ("h", "五、其他说明"),
        ("p", "（一）2025年1-9月，公司向客户三提供算力服务实现收入2.36亿元，向供应商四采购服务器金额为4.12亿元。"),
        ("p", "（二）公司于2025年9月与哈尔沃森运算（Halvorsen Compute Inc.）签署战略合作框架协议，双方将在亚太地区算力调度方面开展合作。该协议不涉及具体交易金额。"),
        ("p", "（三）根据第三方机构统计，公司智算中心平均上架率高于同行业可比公司鼎芯算力和北辰云。"),
        ("p", "特此公告。"),
        ("sign", "澜桥智算科技股份有限公司董事会"),
        ("sign", "2025年10月28日"),
    ],
]


def _otf_to_ttf(font):
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
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, out_path):
    font = TTCollection(CJK_TTC).fonts[CJK_SC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    ascii_chars = "".join(chr(c) for c in range(32, 127))
    sub.populate(text=text + ascii_chars)
    sub.subset(font)
    _otf_to_ttf(font)
    font.save(out_path)


def _sentences(text):
    parts = re.findall(r"[^。；]*[。；]|[^。；]+$", text)
    return [p for p in parts if p]


def cjk_paragraph(pdf, text, size=9.5, lh=6.2, indent=True):
    pdf.set_font("cjk", size=size)
    left = pdf.l_margin
    right = pdf.w - pdf.r_margin
    epw = right - left
    x = left + (2 * pdf.get_string_width("中") if indent else 0)
    if pdf.get_y() + lh > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    for s in _sentences(text):
        w = pdf.get_string_width(s)
        if x + w > right + 0.01 and x > left:
            y += lh
            x = left
            if y + lh > pdf.page_break_trigger:
                pdf.add_page()
                y = pdf.get_y()
        stretch = 100
        if w > epw:
            stretch = int(epw / w * 100) - 1
            pdf.set_stretching(stretch)
            w = pdf.get_string_width(s)
        pdf.set_xy(x, y)
        pdf.cell(w, lh, s)
        if stretch != 100:
            pdf.set_stretching(100)
        x += w
    pdf.set_xy(left, y + lh)


def build_lanqiao(path):
    all_text = "".join(
        "".join(str(x) for x in (b[1:] if b[0] != "table" else [b[2], b[3]]))
        for page in LQ_PAGES for b in page
    )
    all_text += "".join(c for page in LQ_PAGES for b in page if b[0] == "table"
                        for row in [b[2]] + b[3] for c in row)
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, "NotoSansCJKsc-subset.ttf")
        make_cjk_font(all_text, font_path)
        pdf = FPDF(format="A4")
        pdf.set_margins(18, 18, 18)
        pdf.set_auto_page_break(True, 18)
        pdf.add_font("cjk", "", font_path)
        for page in LQ_PAGES:
            pdf.add_page()
            for block in page:
                kind = block[0]
                if kind == "right":
                    pdf.set_font("cjk", size=9)
                    pdf.cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(2)
                elif kind == "title":
                    pdf.set_font("cjk", size=13)
                    pdf.cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                elif kind == "box":
                    pdf.ln(2)
                    pdf.set_font("cjk", size=8.5)
                    y0 = pdf.get_y()
                    cjk_paragraph(pdf, block[1], size=8.5, lh=5.4)
                    pdf.rect(pdf.l_margin - 1, y0 - 1, pdf.epw + 2, pdf.get_y() - y0 + 2)
                    pdf.ln(2)
                elif kind == "h":
                    pdf.ln(1.5)
                    pdf.set_font("cjk", size=10.5)
                    pdf.cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
                elif kind == "h2":
                    pdf.set_font("cjk", size=10)
                    pdf.cell(0, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
                elif kind == "p":
                    cjk_paragraph(pdf, block[1])
                elif kind == "unit":
                    pdf.set_font("cjk", size=8.5)
                    pdf.cell(0, 5, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
                elif kind == "sign":
                    pdf.set_font("cjk", size=10)
                    pdf.cell(0, 6.5, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
                elif kind == "table":
                    _, widths, head, rows = block
                    pdf.set_font("cjk", size=8.5)
                    with pdf.table(col_widths=widths, width=sum(widths), text_align="CENTER",
                                   line_height=6, headings_style=FontFace(emphasis="")) as t:
                        r = t.row()
                        for c in head:
                            r.cell(c)
                        for row in rows:
                            r = t.row()
                            for c in row:
                                r.cell(c)
                    pdf.ln(2)
        pdf.output(path)


if __name__ == "__main__":
    build_brightwater(os.path.join(HERE, "brightwater_10k_notes.pdf"))
    build_lanqiao(os.path.join(HERE, "lanqiao_announcement_2025-061.pdf"))
    print("built PDFs")
