"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""
import os

from fontTools import subset
from fontTools.ttLib import TTCollection
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # Noto Sans CJK SC inside the collection

# --------------------------------------------------------------------------
# English: Orvane Compute Inc. Form 10-K excerpt
# --------------------------------------------------------------------------

TENK_P1 = [
    ("h1", "ORVANE COMPUTE INC."),
    ("p", "Annual Report on Form 10-K for the fiscal year ended December 31, 2024 (excerpt)"),
    ("h2", "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"),
    ("h2", "Note 8. Debt"),
    ("p", "Our debt consists of an asset-backed term loan held by a special-purpose subsidiary, "
          "a corporate revolving credit facility and vendor equipment financing. The following table "
          "summarizes our debt facilities as of December 31, 2024."),
    ("table", {
        "widths": [46, 52, 58, 34],
        "header": ["Facility", "Lender(s)", "Borrower", "Principal ($ millions)"],
        "rows": [
            ["GPU-Backed Term Loan I", "Pinecrest Credit Partners", "Orvane Compute Funding I LLC", "1,450"],
            ["Revolving Credit Facility", "Halvard Bank, N.A.", "Orvane Compute Inc.", "300"],
            ["Vendor Equipment Loan", "Keldrith Capital LLC", "Orvane Cloud Europe B.V.", "410"],
            ["Total", "", "", "2,160"],
        ],
    }),
    ("p", "The GPU-Backed Term Loan I bears interest at SOFR plus 7.75% and matures in 2028. It is secured "
          "by approximately 31,000 GPUs owned by Funding I, together with the customer contracts those GPUs "
          "serve, and is non-recourse to Orvane Compute Inc. except for customary limited undertakings."),
    ("p", "The revolving credit facility provides for borrowings of up to $500 million and matures in 2027. "
          "Borrowings bear interest at SOFR plus 3.00%, and the facility is subject to a minimum liquidity "
          "covenant of $150 million, with which we were in compliance at December 31, 2024."),
    ("p", "The vendor equipment loan is secured by the equipment it financed and bears interest at a fixed "
          "rate of 8.9%. Principal is repaid in equal quarterly installments through 2029."),
    ("p", "Subsequent event. In February 2025, we closed a GPU-backed delayed-draw term loan of up to "
          "$3.2 billion through a newly formed special-purpose subsidiary. See Note 19."),
]

TENK_P2 = [
    ("h2", "Note 15. Concentrations of Risk"),
    ("p", "Customer concentration. Revenue from Sableharbor Labs, Inc. accounted for 44% of total revenue "
          "in 2024, compared with 29% in 2023. Lumenfold AI Corp. accounted for 18% of revenue, and one "
          "other customer accounted for 11%. Keldrith Semiconductor Corp. purchased capacity from us under "
          "a two-year agreement and accounted for 7% of revenue."),
    ("p", "Our customer contracts are generally take-or-pay, but a customer facing financial difficulty "
          "may seek to renegotiate. Keldrith has provided a limited guarantee of certain obligations of "
          "Sableharbor. We do not otherwise hold collateral against customer receivables."),
    ("p", "Supplier concentration. Substantially all of the GPUs in our fleet were purchased from Keldrith. "
          "A disruption in Keldrith's supply, or a change in its allocation policies, could delay our "
          "expansion and our ability to meet contracted delivery dates."),
    ("p", "Brightwater Data Centers LLC, from which we lease 61% of our contracted data-centre capacity, is "
          "our largest landlord. Our leases with Brightwater have remaining terms of 11 to 15 years."),
    ("p", "Competition. We compete for customers and for GPU allocations with Stratacloud Inc. and with the "
          "cloud divisions of large technology companies, many of which have greater resources than we do."),
    ("p", "Credit risk. Cash and cash equivalents are held with several financial institutions and invested "
          "in money-market funds that hold U.S. government securities. We have not experienced losses on "
          "these deposits."),
]

TENK_P3 = [
    ("h2", "Exhibit 21.1"),
    ("p", "Subsidiaries of Orvane Compute Inc. as of December 31, 2024. All subsidiaries are wholly owned, "
          "directly or indirectly."),
    ("table", {
        "widths": [90, 60, 40],
        "header": ["Name of subsidiary", "Jurisdiction", "Ownership"],
        "rows": [
            ["Orvane Compute Funding I LLC", "Delaware", "100%"],
            ["Orvane Compute Funding II LLC", "Delaware", "100%"],
            ["Orvane Cloud Europe B.V.", "Netherlands", "100%"],
            ["Orvane Compute (Singapore) Pte. Ltd.", "Singapore", "100%"],
        ],
    }),
    ("p", "Orvane Compute Funding II LLC was formed in January 2025 and is included because it was organized "
          "before the date of this report."),
]

# --------------------------------------------------------------------------
# Chinese: 星衡智算 2024年年度报告（摘录）
# --------------------------------------------------------------------------

AR_P1 = [
    ("h1", "星衡智算科技股份有限公司2024年年度报告（摘录）"),
    ("p", "证券代码：688731　证券简称：星衡智算"),
    ("h2", "第三节 管理层讨论与分析"),
    ("h2", "五、报告期内主要经营情况"),
    ("p", "（一）主要销售客户及主要供应商情况"),
    ("p", "1. 公司主要销售客户情况"),
    ("p", "前五名客户销售额176,530.42万元，占年度销售总额63.70%；其中前五名客户销售额中关联方销售额0万元。"),
    ("p", "单位：万元　币种：人民币"),
    ("table", {
        "widths": [14, 92, 40, 44],
        "header": ["序号", "客户名称", "销售额", "占年度销售总额比例（%）"],
        "rows": [
            ["1", "启衡智能科技（杭州）有限公司", "86,420.15", "31.18"],
            ["2", "鲸帆智能科技有限公司", "38,215.60", "13.79"],
            ["3", "客户三", "24,907.33", "8.99"],
            ["4", "客户四", "15,330.06", "5.53"],
            ["5", "客户五", "11,657.28", "4.21"],
            ["合计", "", "176,530.42", "63.70"],
        ],
    }),
    ("p", "报告期内，公司向启衡智能提供的训练算力服务收入同比增长214%。"),
    ("p", "2. 公司主要供应商情况"),
    ("p", "前五名供应商采购额281,192.04万元，占年度采购总额76.03%；其中前五名供应商采购额中关联方采购额0万元。"),
    ("p", "单位：万元　币种：人民币"),
    ("table", {
        "widths": [14, 92, 40, 44],
        "header": ["序号", "供应商名称", "采购额", "占年度采购总额比例（%）"],
        "rows": [
            ["1", "澜芯半导体（无锡）股份有限公司", "142,880.00", "38.63"],
            ["2", "Vektra Networks, Inc.", "71,204.55", "19.25"],
            ["3", "鼎泓存储科技股份有限公司", "33,618.90", "9.09"],
            ["4", "云穹数据科技（北京）有限公司", "21,075.42", "5.70"],
            ["5", "供应商五", "12,413.17", "3.36"],
            ["合计", "", "281,192.04", "76.03"],
        ],
    }),
    ("p", "国内智算服务市场的主要参与者包括公司、澄岳智算及天枢云等，行业集中度持续提升。"),
]

AR_P2 = [
    ("h2", "（二）主要控股参股公司分析"),
    ("p", "单位：万元　币种：人民币"),
    ("table", {
        "widths": [84, 36, 34, 20, 16],
        "size": 7.5,
        "header": ["公司名称", "公司类型", "主要业务", "注册资本", "持股比例"],
        "rows": [
            ["星衡云算科技（宁夏）有限公司", "全资子公司", "智算中心运营", "50,000", "100%"],
            ["星衡算力（香港）有限公司", "全资子公司", "海外采购及融资", "7,300", "100%"],
            ["北辰算力租赁（上海）有限公司", "参股公司", "算力设备融资租赁", "60,000", "30%"],
            ["曜石算力产业投资基金（嘉兴）合伙企业（有限合伙）", "参股公司（有限合伙人）", "股权投资", "250,000", "19.80%"],
        ],
    }),
    ("p", "星衡云算为公司智算中心的主要运营主体，报告期内实现营业收入9.4亿元，净利润1.1亿元。"),
    ("p", "公司以有限合伙人身份持有曜石算力产业投资基金19.80%的份额，不参与该基金的日常管理。"),
    ("p", "公司董事、副总经理沈知远先生同时担任北辰算力租赁董事。"),
    ("p", "报告期内，星衡算力（香港）有限公司主要负责境外GPU加速卡的采购结算及境外融资安排。"),
]

AR_P3 = [
    ("h2", "第六节 重要事项"),
    ("h2", "十二、重大关联交易"),
    ("p", "（一）与日常经营相关的关联交易"),
    ("p", "单位：万元　币种：人民币"),
    ("table", {
        "widths": [62, 24, 34, 40, 30],
        "header": ["关联交易方", "关联关系", "关联交易类型", "关联交易内容", "关联交易金额"],
        "rows": [
            ["北辰算力租赁（上海）有限公司", "参股公司", "接受劳务", "算力设备租赁服务", "12,380.00"],
        ],
    }),
    ("p", "上述关联交易价格参照同类服务市场价格确定，不存在损害公司及中小股东利益的情形。"),
    ("p", "（二）关联担保情况"),
    ("p", "报告期内，公司未向关联方提供担保。"),
    ("p", "（三）其他重大关联交易"),
    ("p", "报告期内，公司无其他重大关联交易。"),
]


def chinese_chars():
    chars = set()
    for page in (AR_P1, AR_P2, AR_P3):
        for kind, content in page:
            if kind == "table":
                for row in [content["header"]] + content["rows"]:
                    chars.update("".join(row))
            else:
                chars.update(content)
    chars.update(chr(c) for c in range(32, 127))
    return "".join(sorted(chars))


def make_cjk_subset(path):
    coll = TTCollection(CJK_TTC)
    font = coll.fonts[CJK_SC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(options=opts)
    sub.populate(text=chinese_chars())
    sub.subset(font)
    # fpdf2 handles TrueType (glyf) outlines best: convert the CFF outlines
    # of the subset to quadratic TrueType outlines.
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    upm = font["head"].unitsPerEm
    fb = FontBuilder(upm, isTTF=True)
    fb.setupGlyphOrder(glyph_order)
    fb.setupCharacterMap(font.getBestCmap())
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({n: font["hmtx"][n] for n in glyph_order})
    hhea = font["hhea"]
    fb.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent)
    fb.setupNameTable({"familyName": "NotoSansSCSubset", "styleName": "Regular"})
    os2 = font["OS/2"]
    fb.setupOS2(sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
                usWinAscent=os2.usWinAscent, usWinDescent=os2.usWinDescent)
    fb.setupPost()
    fb.save(path)


def render(pdf, pages, font, bold_font, base_size):
    for page in pages:
        pdf.add_page()
        for kind, content in page:
            if kind == "h1":
                pdf.set_font(bold_font, size=base_size + 4)
                pdf.multi_cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h2":
                pdf.set_font(bold_font, size=base_size + 1)
                pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font(font, size=base_size)
                pdf.multi_cell(0, 5.5, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                size = content.get("size", base_size - 1)
                widths = content["widths"]
                pdf.set_font(bold_font, size=size)
                for w, text in zip(widths, content["header"]):
                    pdf.cell(w, 7, text, border=1)
                pdf.ln(7)
                pdf.set_font(font, size=size)
                for row in content["rows"]:
                    for w, text in zip(widths, row):
                        pdf.cell(w, 7, text, border=1)
                    pdf.ln(7)
                pdf.ln(3)


def build_10k():
    pdf = FPDF(format="A4")
    pdf.set_margins(10, 12, 10)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVuB", "", DEJAVU_B)
    render(pdf, [TENK_P1, TENK_P2, TENK_P3], "DejaVu", "DejaVuB", 10)
    pdf.output(os.path.join(HERE, "orvane_10k_2024_excerpt.pdf"))


def build_ar():
    font_path = os.path.join(HERE, "_noto_sc_subset.ttf")
    make_cjk_subset(font_path)
    try:
        pdf = FPDF(format="A4")
        pdf.set_margins(10, 12, 10)
        pdf.set_auto_page_break(False)
        pdf.add_font("NotoSC", "", font_path)
        render(pdf, [AR_P1, AR_P2, AR_P3], "NotoSC", "NotoSC", 10)
        pdf.output(os.path.join(HERE, "xingheng_2024_annual_report_excerpt.pdf"))
    finally:
        os.remove(font_path)


if __name__ == "__main__":
    build_10k()
    build_ar()
    print("built PDFs")
