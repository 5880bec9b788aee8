"""Build the two PDF documents of this set.

Run with /work/main/.venv/bin/python build_pdfs.py (needs fpdf2 and fontTools).

  orvanne_10q_q3_2025.pdf        English 10-Q excerpt (notes to financial statements + MD&A)
  xingheng_announcement_2025.pdf Simplified Chinese company announcement (needs a CJK font)

Chinese paragraphs are laid out so that a line break only ever falls between
sentences (after 。；：), never inside one, so every sentence survives pypdf
text extraction intact.
"""
import os
import tempfile

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # Noto Sans CJK SC inside the collection

# ---------------------------------------------------------------------------
# 1. Orvanne Semiconductor Corporation - Form 10-Q excerpt (English)
# ---------------------------------------------------------------------------

TENQ = [
    ("title", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
    ("center", "Washington, D.C. 20549"),
    ("title", "FORM 10-Q"),
    ("center", "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("center", "For the quarterly period ended September 27, 2025"),
    ("center", "Commission File Number 001-38214"),
    ("title", "ORVANNE SEMICONDUCTOR CORPORATION"),
    ("center", "(Exact name of registrant as specified in its charter)"),
    ("center", "Delaware | 94-2871560 | 2150 Arastradero Road, Palo Alto, California 94304"),
    ("center", "Common Stock, $0.001 par value - NYSE: ORVN"),
    ("p", "As of October 24, 2025, the registrant had 1,218,466,902 shares of common stock outstanding."),
    ("p", "[Excerpt. Certain items and notes have been omitted from this document.]"),
    ("h1", "PART I - FINANCIAL INFORMATION"),
    ("h1", "Item 1. Financial Statements"),
    ("h2", "NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)"),
    ("h3", "Note 1. Basis of Presentation"),
    ("p", "The accompanying unaudited condensed consolidated financial statements of Orvanne Semiconductor "
          "Corporation and its subsidiaries (collectively, the \"Company,\" \"we\" or \"our\") have been prepared "
          "in accordance with U.S. generally accepted accounting principles for interim financial information. "
          "In the opinion of management, they reflect all adjustments, consisting of normal recurring "
          "adjustments, necessary for a fair statement of the results for the interim periods presented. "
          "The Company's fiscal year ends on the last Saturday of December."),
    ("h3", "Note 4. Acquisitions"),
    ("p", "On July 14, 2025, the Company completed its acquisition of Fennick Optics Ltd. (\"Fennick\"), a designer "
          "of co-packaged optical engines, for total consideration of $640 million, consisting of $585 million in "
          "cash and $55 million in replacement equity awards. Fennick now operates as a wholly owned subsidiary of "
          "the Company and is reported within the Networking segment. The acquisition was accounted for as a "
          "business combination, and the preliminary allocation of the purchase price is summarized below."),
    ("table", ["(In millions)", "Amount"], [
        ["Cash and cash equivalents", "$ 38"],
        ["Identified intangible assets", "214"],
        ["Goodwill", "402"],
        ["Net liabilities assumed", "(14)"],
        ["Total consideration", "$ 640"],
    ], [110, 40]),
    ("p", "Goodwill is primarily attributable to the assembled workforce and expected synergies from integrating "
          "optical engines into our accelerator platforms and is not deductible for tax purposes."),
    ("p", "In the second quarter of fiscal 2025, the Company terminated discussions regarding a potential acquisition "
          "of Corbell Photonics, Inc. and incurred $6 million of related advisory costs, which are included in "
          "selling, general and administrative expenses."),
    ("h3", "Note 5. Investments"),
    ("p", "Non-marketable equity securities. In August 2025, the Company invested $1.5 billion in Quillmark Systems, "
          "Inc. (\"Quillmark\") in exchange for Series D convertible preferred stock, representing an ownership "
          "interest of approximately 11% on an as-converted basis. The Company does not have the ability to exercise "
          "significant influence over Quillmark and accounts for the investment using the measurement alternative."),
    ("p", "Equity method investments. The Company holds a 12% equity interest in Hesperine Holdings, Inc., which "
          "develops and operates AI-ready data center campuses through its subsidiaries, and accounts for it under "
          "the equity method. The carrying value of the investment was $212 million and $197 million as of "
          "September 27, 2025 and December 28, 2024, respectively."),
    ("h3", "Note 8. Debt"),
    ("p", "On June 30, 2025, the Company entered into a $3.0 billion five-year unsecured revolving credit facility "
          "(the \"Revolving Credit Facility\") with a syndicate of banks for which Talmadge Federal Bank, N.A. acts "
          "as administrative agent and as a lender. Borrowings bear interest at SOFR plus a margin of 0.875% to "
          "1.250% depending on the Company's credit ratings. Pembury Lane Securities LLC served as syndication agent "
          "and joint lead arranger but has no commitment under the Company's Revolving Credit Facility. As of "
          "September 27, 2025, no amounts were outstanding, and the Company was in compliance with all covenants."),
    ("h3", "Note 12. Segment Information and Concentrations"),
    ("p", "The Company has two reportable segments: Compute, which includes data center accelerators and related "
          "software, and Networking, which includes interconnect, switching and optical products."),
    ("table", ["(In millions)", "Q3 2025", "Q3 2024"], [
        ["Compute", "$ 7,412", "$ 3,906"],
        ["Networking", "1,288", "611"],
        ["Total net revenue", "$ 8,700", "$ 4,517"],
    ], [90, 40, 40]),
    ("p", "Revenue from Vantorel Compute, Inc. represented 21% and 9% of total net revenue for the three months ended "
          "September 27, 2025 and September 28, 2024, respectively. One other customer accounted for 13% of total net "
          "revenue in the current quarter. No other customer exceeded 10%."),
    ("p", "We rely on a limited number of third parties for wafer fabrication, assembly and test. Substantially all of "
          "our Helix-9 advanced packaging is performed by Hengshuo Semiconductor (Wuxi) Co., Ltd. and one other "
          "supplier, and any disruption at either could materially affect our ability to ship product."),
    ("h3", "Note 14. Related Party Transactions"),
    ("p", "Orvanne's chief executive officer serves on the board of directors of Quillmark. No amounts were paid to "
          "or received from Quillmark for these board services during the periods presented."),
    ("h1", "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
    ("h3", "Overview"),
    ("p", "Net revenue for the third quarter of fiscal 2025 was $8.70 billion, up 93% from a year ago, driven by "
          "shipments of Helix-9 accelerators to cloud and AI customers. Gross margin was 63.8%, compared with 61.2% "
          "in the prior-year period, reflecting a richer product mix partly offset by higher packaging costs."),
    ("h3", "Competition"),
    ("p", "The market for data center accelerators is intensely competitive. Our principal competitors in data center "
          "accelerators include Xingheng Technology and Chengyue Micro, as well as internal silicon programs at "
          "several hyperscale customers. We believe we compete favorably on performance per watt, software ecosystem "
          "and supply availability."),
    ("h3", "Liquidity and Capital Resources"),
    ("p", "As of September 27, 2025, we had $14.1 billion of cash, cash equivalents and marketable securities and the "
          "full $3.0 billion available under the Revolving Credit Facility. We believe these resources will be "
          "sufficient to meet our operating, investment and capital requirements for at least the next twelve months."),
]


class TenQ(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"Orvanne Semiconductor Corporation | Form 10-Q | {self.page_no()}", align="C")


def build_10q(path):
    pdf = TenQ(format="Letter")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in TENQ:
        kind = block[0]
        if kind == "title":
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "center":
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h1":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "h3":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Times", "", 10.5)
            pdf.multi_cell(0, 5, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            _, header, rows, widths = block
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                           text_align=["LEFT"] + ["RIGHT"] * (len(widths) - 1),
                           line_height=5) as table:
                r = table.row()
                for h in header:
                    r.cell(h)
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 2. 星衡科技股份有限公司 - announcement (Simplified Chinese)
# ---------------------------------------------------------------------------

ANN = [
    ("meta", "证券代码：688731　　证券简称：星衡科技　　公告编号：2025-047"),
    ("title", "星衡科技股份有限公司"),
    ("title", "关于2025年前三季度主要经营情况及对外投资进展的公告"),
    ("box", ["本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，",
             "并对其内容的真实性、准确性和完整性依法承担法律责任。"]),
    ("h", "一、主要经营情况"),
    ("p", ["2025年前三季度，公司实现营业收入45.08亿元，同比增长126.4%；",
           "实现归属于上市公司股东的净利润9.62亿元，同比增长213.7%。",
           "上述数据未经审计，最终数据以公司2025年年度报告为准。"]),
    ("p", ["报告期内，公司训练加速卡出货量持续提升，推理加速卡实现小批量交付。",
           "澜峪数据为公司第一大客户，报告期内公司向其销售AI训练加速卡14.2亿元。",
           "公司前五名客户合计销售额占营业收入的比例为71.3%，具体如下："]),
    ("unit", "单位：万元"),
    ("table", ["序号", "客户名称", "销售额", "占营业收入比例"], [
        ["1", "客户一", "142,000.00", "31.50%"],
        ["2", "客户二", "67,350.00", "14.94%"],
        ["3", "客户三", "48,120.00", "10.67%"],
        ["4", "客户四", "36,900.00", "8.19%"],
        ["5", "客户五", "27,080.00", "6.01%"],
    ], [18, 52, 45, 45]),
    ("p", ["公司芯片的封装测试主要委托恒朔半导体（无锡）有限公司完成。",
           "公司加速卡所用的高多层PCB主要由汇铂电子供应。",
           "公司已与主要供应商签订长期供货协议，关键物料供应总体稳定。"]),
    ("p", ["公司与奥尔凡半导体之间不存在任何股权关系或业务往来。",
           "近期有媒体报道公司拟收购汇铂电子控股权，经公司核实，公司目前未筹划该事项。"]),
    ("h", "二、对外投资进展"),
    ("h2", "（一）增资云栈智能"),
    ("p", ["2025年7月，公司以自有资金6亿元认购云栈智能新增注册资本。",
           "本次增资完成后，公司持有云栈智能8.50%的股权。",
           "云栈智能本轮融资由启岚资本领投。",
           "同日，公司与云栈智能签署战略合作协议，双方将在大模型推理芯片适配方面开展合作。"]),
    ("h2", "（二）终止共同设立产业投资基金"),
    ("p", ["公司已终止与启岚资本共同发起设立产业投资基金的事项，双方均未实际出资。",
           "本次终止不会对公司生产经营及财务状况产生重大不利影响。"]),
    ("h", "三、参股公司情况"),
    ("p", ["截至2025年9月30日，公司主要参股公司情况如下："]),
    ("unit", "单位：万元"),
    ("table", ["参股公司名称", "主营业务", "持股比例", "账面价值"], [
        ["嘉沅银行股份有限公司", "银行业务", "1.20%", "18,600.00"],
        ["宁波甬川产业投资基金合伙企业（有限合伙）", "股权投资", "19.80%", "39,600.00"],
    ], [86, 28, 24, 32]),
    ("h", "四、银行授信及担保情况"),
    ("p", ["截至本公告日，公司在浙鸿银行的综合授信额度为15亿元，已使用4.3亿元。",
           "公司全资子公司星衡微电子（上海）有限公司近日获得浙鸿银行5亿元综合授信。",
           "公司为该笔授信提供连带责任保证担保，担保期限为三年。",
           "除上述担保外，公司及子公司不存在其他对外担保，亦不存在逾期担保。"]),
    ("h", "五、风险提示"),
    ("p", ["公司客户集中度较高，若主要客户需求发生变化，可能对公司经营业绩产生不利影响。",
           "敬请广大投资者理性投资，注意投资风险。"]),
    ("p", ["特此公告。"]),
    ("right", "星衡科技股份有限公司董事会"),
    ("right", "2025年10月28日"),
]


def _ann_text():
    out = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, (list, tuple)):
            for y in x:
                walk(y)

    for block in ANN:
        walk(block[1:])
    return "".join(out)


def make_cjk_subset(text):
    """Extract Noto Sans CJK SC from the collection and subset it to the characters used."""
    font = TTCollection(CJK_TTC).fonts[CJK_SC_INDEX]
    opts = Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = Subsetter(opts)
    chars = set(text) | set("0123456789%.,:;()（）：；，。、- ")
    sub.populate(unicodes=[ord(c) for c in chars])
    sub.subset(font)
    otf_to_ttf(font)
    path = os.path.join(tempfile.gettempdir(), "fresh24_notosanscjksc_subset.ttf")
    font.save(path)
    return path


def otf_to_ttf(font, max_err=1.0):
    """Convert CFF outlines to TrueType (glyf) outlines in place; fpdf2 embeds glyf fonts reliably."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"


def pack_sentences(pdf, sentences, width):
    """Greedy line packing that only breaks between sentences."""
    lines, cur = [], ""
    for s in sentences:
        if cur and pdf.get_string_width(cur + s) > width:
            lines.append(cur)
            cur = s
        else:
            cur += s
        if pdf.get_string_width(cur) > width:
            raise ValueError(f"sentence too long for one line: {s}")
    if cur:
        lines.append(cur)
    return lines


def build_announcement(path):
    font_path = make_cjk_subset(_ann_text())
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("cjk", "", font_path)
    pdf.add_font("cjk", "B", font_path)  # same face; table headings request bold
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in ANN:
        kind = block[0]
        if kind == "meta":
            pdf.set_font("cjk", "", 9)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "title":
            pdf.set_font("cjk", "", 14)
            pdf.cell(0, 9, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "box":
            pdf.ln(2)
            pdf.set_font("cjk", "", 9.5)
            for line in pack_sentences(pdf, block[1], width):
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("cjk", "", 11.5)
            pdf.cell(0, 8, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("cjk", "", 10.5)
            pdf.cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("cjk", "", 10)
            for line in pack_sentences(pdf, block[1], width):
                pdf.cell(0, 6.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "unit":
            pdf.set_font("cjk", "", 9)
            pdf.cell(0, 6, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            _, header, rows, widths = block
            pdf.set_font("cjk", "", 9)
            with pdf.table(col_widths=widths, width=sum(widths), align="CENTER",
                           text_align="CENTER", line_height=6.5) as table:
                r = table.row()
                for h in header:
                    r.cell(h)
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        elif kind == "right":
            pdf.set_font("cjk", "", 10)
            pdf.cell(0, 7, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


if __name__ == "__main__":
    build_10q(os.path.join(HERE, "orvanne_10q_q3_2025.pdf"))
    build_announcement(os.path.join(HERE, "xingheng_announcement_2025.pdf"))
    print("built orvanne_10q_q3_2025.pdf and xingheng_announcement_2025.pdf")
