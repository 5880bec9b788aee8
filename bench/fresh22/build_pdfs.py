"""Build the two PDF documents of this set with fpdf2.

Run: /work/main/.venv/bin/python build_pdfs.py

- quillon_10k_fy2025_excerpt.pdf  (English, DejaVu Sans)
- huixin_2025_annual_report_excerpt.pdf (Simplified Chinese, Noto Sans CJK SC)

fpdf2 cannot embed the CFF outlines of the Noto CJK collection directly in a way that
pypdf extracts cleanly, so the SC face is pulled out of the .ttc, subset to the characters
actually used, and converted to TrueType (quadratic) outlines with fontTools first.
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
# 10-K excerpt (English)
# ---------------------------------------------------------------------------
TENK_PAGES = [
    [  # page 1: cover + Item 1
        ("center_b", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("center", "Washington, D.C. 20549"),
        ("center_b", "FORM 10-K"),
        ("center", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
        ("center", "For the fiscal year ended December 28, 2025"),
        ("center", "Commission File Number 001-41257"),
        ("center_b", "QUILLON SILICON CORPORATION"),
        ("center", "(Exact name of registrant as specified in its charter)"),
        ("center", "Delaware | 87-2094418 | 9500 Arboretum Boulevard, Austin, Texas 78759"),
        ("center", "Common Stock, par value $0.001 per share | QLLN | The Nasdaq Global Select Market"),
        ("center", "[Excerpt. Only selected items are reproduced.]"),
        ("h", "PART I"),
        ("h", "Item 1. Business"),
        ("sh", "Overview"),
        ("p", "Quillon Silicon Corporation (“Quillon,” the “Company,” “we,” “us” or “our”) designs custom AI accelerators, which we call XPUs, together with the high-speed interconnect IP that links them, for hyperscale cloud providers and frontier model developers. We were incorporated in Delaware in 2016 and completed our initial public offering in 2022. Our business model is to co-design an XPU with each customer over a period of 18 to 30 months and then supply the finished, tested parts in volume for the life of that generation."),
        ("sh", "Manufacturing and Supply"),
        ("p", "We are a fabless company. All of our XPU wafers are manufactured by Yaochen Semiconductor Manufacturing Co., Ltd. (“YSMC”) in Taiwan on its N3 process node, and our 2027 products will move to YSMC’s N2 node. We rely on Dingsil Technology Co., Ltd. (“Dingsil”) for substantially all of our advanced packaging and final test. Under a turnkey arrangement, Dingsil also procures the high-bandwidth memory assembled into our XPUs, and we do not have a direct supply agreement with any HBM manufacturer."),
        ("sh", "Acquisitions"),
        ("p", "In June 2024, we acquired Ferrite Labs, LLC, a developer of 224G SerDes IP based in Boulder, Colorado, for $142 million in cash. Ferrite Labs’ engineering team now leads our interconnect roadmap."),
        ("sh", "Competition"),
        ("p", "Our XPUs compete with merchant GPUs, principally those sold by Lumora Compute, Inc., and with accelerators that cloud providers design in-house. We believe we compete favorably on performance per watt for inference workloads, but many of our competitors have larger software ecosystems and greater financial resources than we do."),
        ("sh", "Employees"),
        ("p", "As of December 28, 2025, we had 1,930 full-time employees, approximately 38% of whom were located in Taiwan and India."),
    ],
    [  # page 2: Item 1A
        ("h", "Item 1A. Risk Factors"),
        ("p", "The following is an excerpt of the risk factors included in this Annual Report."),
        ("sh", "We depend on a small number of customers for substantially all of our revenue."),
        ("p", "A small number of customers account for substantially all of our revenue. In fiscal 2025, Nimbara, Inc. accounted for 46% of our revenue and Parallax Labs, Inc. accounted for 14% of our revenue, compared with 52% and 6%, respectively, in fiscal 2024. One other customer accounted for 11% of our revenue in fiscal 2025. None of our customers is obligated to purchase a minimum quantity of XPUs, and Nimbara may reduce or cancel orders on short notice. Parallax purchases our XPUs under a three-year supply agreement signed in March 2025, which Parallax may terminate for convenience after December 31, 2026."),
        ("p", "Some of our customers also design accelerators themselves. A decision by Nimbara to move accelerator demand to internal designs or to merchant GPUs from Lumora would materially harm our revenue and results of operations."),
        ("sh", "A significant stockholder is also part of our supply chain."),
        ("p", "Hanseo Memory Co., Ltd. has held approximately 6% of our outstanding common stock since a private placement in December 2024. Hanseo is not a party to any supply agreement with us, and its interests may differ from those of our other stockholders."),
        ("sh", "We depend on a limited number of third parties in Taiwan to manufacture and package our products."),
        ("p", "Substantially all of our products are fabricated and packaged at facilities in Taiwan. Any earthquake, power shortage, geopolitical event or trade restriction affecting Taiwan could disrupt our supply for an extended period, and we may be unable to qualify alternative sources in time to meet customer demand."),
    ],
    [  # page 3: Note 9 Debt
        ("h", "Notes to Consolidated Financial Statements"),
        ("h", "Note 9. Debt"),
        ("sh", "Credit Agreement"),
        ("p", "On March 3, 2025, we entered into a credit agreement (the “Credit Agreement”) with Harbourline Bank, as administrative agent, and the lenders party thereto, which provides for a $600 million senior secured term loan (the “Term Loan”) and a $250 million senior secured revolving credit facility (the “Revolving Facility”). Harbourline Bank acts solely as administrative agent and holds no commitments under the Credit Agreement. The lenders’ commitments as of December 28, 2025 were as follows (in millions):"),
        ("table", {"widths": (90, 45, 45), "rows": [
            ["Lender", "Term Loan", "Revolving Facility"],
            ["First Meridian Bank, N.A.", "350.0", "250.0"],
            ["Kestrel Point Capital", "250.0", "—"],
            ["Total", "600.0", "250.0"],
        ]}),
        ("p", "Borrowings under the Credit Agreement bear interest at Term SOFR plus a margin of 1.50% to 2.25% based on our total net leverage ratio. The Term Loan amortizes at 5.0% per year and matures on March 3, 2030. Obligations under the Credit Agreement are guaranteed by Quillon Silicon Taiwan Co., Ltd. and Ferrite Labs, LLC and are secured by substantially all of our assets."),
        ("sh", "Convertible Senior Notes"),
        ("p", "In November 2024, we issued $460 million aggregate principal amount of 2.75% Convertible Senior Notes due 2029 (the “Notes”) in a private offering to qualified institutional buyers. The Notes are unsecured and are convertible at an initial conversion price of approximately $212.40 per share."),
        ("p", "The carrying amounts of our debt were as follows (in millions):"),
        ("table", {"widths": (90, 45, 45), "rows": [
            ["", "December 28, 2025", "December 29, 2024"],
            ["Term Loan due 2030", "585.0", "—"],
            ["Revolving Facility", "120.0", "—"],
            ["2.75% Convertible Senior Notes due 2029", "460.0", "460.0"],
            ["Unamortized discount and issuance costs", "(14.6)", "(9.8)"],
            ["Total debt", "1,150.4", "450.2"],
            ["Less: current portion", "(30.0)", "—"],
            ["Long-term debt", "1,120.4", "450.2"],
        ]}),
        ("p", "As of December 28, 2025, we were in compliance with all covenants under the Credit Agreement."),
    ],
    [  # page 4: Exhibit 21
        ("h", "Exhibit 21.1"),
        ("center_b", "SUBSIDIARIES OF QUILLON SILICON CORPORATION"),
        ("p", "The following is a list of subsidiaries of Quillon Silicon Corporation as of December 28, 2025, omitting subsidiaries that, considered in the aggregate, would not constitute a significant subsidiary."),
        ("table", {"widths": (110, 70), "rows": [
            ["Name of Subsidiary", "Jurisdiction of Organization"],
            ["Quillon Silicon Taiwan Co., Ltd.", "Taiwan"],
            ["Ferrite Labs, LLC", "Colorado"],
        ]}),
    ],
]

# ---------------------------------------------------------------------------
# 2025 annual report excerpt (Simplified Chinese)
# ---------------------------------------------------------------------------
AR_PAGES = [
    [  # page 1
        ("center_b", "苏州汇芯光电科技股份有限公司"),
        ("center_b", "2025年年度报告（节选）"),
        ("center", "证券代码：301927    证券简称：汇芯光电"),
        ("center", "2026年4月"),
        ("h", "第三节 管理层讨论与分析"),
        ("sh", "一、报告期内公司从事的主要业务"),
        ("p", "公司主要从事高速光模块及光器件的研发、生产和销售。产品包括400G、800G及1.6T数据中心光模块。主要应用于人工智能算力集群和云计算数据中心。"),
        ("p", "报告期内，公司实现营业收入486,312.55万元，同比增长72.41%。归属于上市公司股东的净利润98,604.18万元，同比增长88.37%。"),
        ("sh", "二、核心竞争力与行业地位"),
        ("p", "根据行业研究机构统计，公司2025年800G光模块出货量位居全球第二，仅次于Brightwave Optics。公司股票报告期内累计上涨186%，涨幅高于同期Brightwave Optics。"),
        ("p", "报告期内，公司与鼎矽科技股份有限公司合作开发的共封装光学平台已完成首轮样品流片。"),
        ("sh", "三、主要客户情况"),
        ("p", "Lumora Compute, Inc.为公司第一大客户，报告期内公司对其销售额占年度销售总额的31.6%。公司前五名客户合计销售额占年度销售总额的68.9%，其中客户二至客户五按照商业惯例未披露名称。"),
    ],
    [  # page 2
        ("sh", "四、主要供应商情况"),
        ("p", "公司前五名供应商情况如下："),
        ("table", {"widths": (14, 86, 40, 40), "rows": [
            ["序号", "供应商名称", "采购额（万元）", "占年度采购总额比例"],
            ["1", "鼎矽科技股份有限公司", "21,406.77", "8.92%"],
            ["2", "供应商二", "18,950.30", "7.90%"],
            ["3", "供应商三", "15,233.18", "6.35%"],
            ["4", "芯澜微电子（上海）有限公司", "12,804.66", "5.34%"],
            ["5", "供应商五", "9,871.02", "4.11%"],
            ["合计", "—", "78,265.93", "32.62%"],
        ]}),
        ("p", "注：供应商二、供应商三、供应商五为境外供应商，按照商业惯例未披露名称。"),
        ("p", "报告期内，公司向鼎矽科技采购的主要为共封装光学样品封装服务及高端陶瓷基板。"),
    ],
    [  # page 3
        ("sh", "五、主要控股参股公司分析"),
        ("table", {"widths": (80, 30, 40, 30), "rows": [
            ["公司名称", "公司类型", "主要业务", "持股比例"],
            ["汇芯光电（马来西亚）有限公司", "子公司", "光模块生产", "100.00%"],
            ["芯澜微电子（上海）有限公司", "参股公司", "硅光芯片", "15.00%"],
            ["江苏江海农村商业银行股份有限公司", "参股公司", "银行业务", "1.20%"],
            ["苏州汇智光联创业投资合伙企业（有限合伙）", "参股公司", "股权投资", "30.00%"],
        ]}),
        ("p", "注：公司持有苏州汇智光联创业投资合伙企业（有限合伙）的权益为有限合伙份额。"),
        ("sh", "六、重大借款及担保情况"),
        ("p", "报告期内，海港银行（Harbourline Bank）向马来西亚子公司提供3,000万美元设备贷款。公司为该笔贷款提供连带责任保证担保，担保期限至2030年6月。"),
    ],
]


def _cjk_ttf(chars, out_path):
    """Extract Noto Sans CJK SC from the collection, subset it and convert CFF to glyf."""
    coll = TTCollection(CJK_TTC)
    sc = coll.fonts[2]  # Noto Sans CJK SC
    tmp_otf = out_path + ".otf"
    sc.save(tmp_otf)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    font = subset.load_font(tmp_otf, opts)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted({ord(c) for c in chars}))
    sub.subset(font)
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    for name in order:
        glyf.glyphs[name].recalcBounds(glyf)
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)
    os.remove(tmp_otf)


def _split_sentences(text):
    """Split Chinese text after 。；： so that lines can break between sentences."""
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch in "。；：":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def _cjk_paragraph(pdf, text, h):
    """Flow a Chinese paragraph, breaking lines between sentences where possible,
    so that a sentence is not split across two lines unless it is longer than a line."""
    width = pdf.w - pdf.l_margin - pdf.r_margin - 2
    line = ""
    for sent in _split_sentences(text):
        if pdf.get_string_width(line + sent) <= width:
            line += sent
            continue
        if line:
            pdf.cell(0, h, line, new_x="LMARGIN", new_y="NEXT")
        line = sent
        while pdf.get_string_width(line) > width:  # over-long sentence: hard wrap
            cut = len(line)
            while pdf.get_string_width(line[:cut]) > width:
                cut -= 1
            pdf.cell(0, h, line[:cut], new_x="LMARGIN", new_y="NEXT")
            line = line[cut:]
    if line:
        pdf.cell(0, h, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _render(pdf, pages, font, size, cjk=False):
    h = size * 0.55
    for blocks in pages:
        pdf.add_page()
        for kind, content in blocks:
            if kind == "center_b":
                pdf.set_font(font, "B", size + 2)
                pdf.multi_cell(0, h + 1, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center":
                pdf.set_font(font, "", size)
                pdf.multi_cell(0, h, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font(font, "B", size + 2)
                pdf.multi_cell(0, h + 1, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "sh":
                pdf.set_font(font, "B", size)
                pdf.multi_cell(0, h, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font(font, "", size)
                if cjk:
                    _cjk_paragraph(pdf, content, h)
                else:
                    pdf.multi_cell(0, h, content, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(2)
            elif kind == "table":
                pdf.set_font(font, "", size - 1)
                with pdf.table(col_widths=content["widths"], width=sum(content["widths"]),
                               text_align="LEFT", line_height=h,
                               headings_style=FontFace(emphasis="")) as table:
                    for r in content["rows"]:
                        row = table.row()
                        for cell in r:
                            row.cell(cell)
                pdf.ln(3)


def build_10k(path):
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_font("dv", "B", DEJAVU_B)
    _render(pdf, TENK_PAGES, "dv", 9.5)
    pdf.output(path)


def build_ar(path):
    chars = set()
    for blocks in AR_PAGES:
        for kind, content in blocks:
            if kind == "table":
                for r in content["rows"]:
                    chars.update("".join(r))
            else:
                chars.update(content)
    chars.update(" 0123456789")
    with tempfile.TemporaryDirectory() as td:
        ttf = os.path.join(td, "notosanscjksc_subset.ttf")
        _cjk_ttf(chars, ttf)
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(True, margin=15)
        pdf.add_font("cjk", "", ttf)
        pdf.add_font("cjk", "B", ttf)
        _render(pdf, AR_PAGES, "cjk", 10, cjk=True)
        pdf.output(path)


if __name__ == "__main__":
    build_10k(os.path.join(HERE, "quillon_10k_fy2025_excerpt.pdf"))
    build_ar(os.path.join(HERE, "huixin_2025_annual_report_excerpt.pdf"))
    print("built 2 PDFs")
