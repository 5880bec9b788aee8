"""Build the PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Produces:
  chengchuan_announcement_2025-047.pdf  (Simplified Chinese 公告, 2 pages)
  ironvale_10k_2025_excerpt.pdf         (English 10-K excerpt, 3 pages)

The Chinese PDF uses a TrueType subset of Noto Sans CJK SC made with fontTools
(the .ttc ships CFF outlines, which fpdf2 cannot map back to Unicode cleanly).
Chinese paragraphs are packed sentence by sentence, so that a sentence is never
split across two lines unless it is longer than a full line.
"""
import os
import re
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # Noto Sans CJK SC inside the collection


# ---------------------------------------------------------------- font helper
def make_cjk_ttf(text, out_path):
    """Subset the SC face to `text` and convert CFF outlines to glyf."""
    font = TTCollection(TTC).fonts[SC_INDEX]
    opts = Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
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
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ------------------------------------------------------ Chinese announcement
CN_DOC = [
    ("small", "证券代码：688817　　　证券简称：澄川半导体　　　公告编号：2025-047"),
    ("title", "澄川半导体股份有限公司"),
    ("title", "关于对外投资及签订日常经营重大合同的公告"),
    ("boxed", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
              "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "● 投资标的名称：北京深衍智能科技有限公司（以下简称“深衍智能”）。"),
    ("p", "● 投资金额：人民币8亿元，资金来源为公司自有资金。"),
    ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("h", "一、对外投资概述"),
    ("p", "（一）澄川半导体股份有限公司（以下简称“公司”）主营DRAM及HBM存储芯片的研发、生产和销售。"),
    ("p", "（二）为深化存储芯片与大模型训练的协同，公司于2025年11月12日召开第三届董事会第十四次会议，"
          "审议通过了本次投资事项。本次投资无需提交股东大会审议。"),
    ("p", "（三）公司拟以自有资金8亿元认购深衍智能新增注册资本，认购完成后持有其6.5%股权。"
          "本次增资完成后，深衍智能的控股股东及实际控制人不发生变化。"),
    ("h", "二、投资标的基本情况"),
    ("p", "名称：北京深衍智能科技有限公司；成立时间：2022年3月；注册地：北京市海淀区。"),
    ("p", "主营业务：通用大模型研发及行业模型服务。深衍智能2025年1-9月营业收入为4.3亿元，净亏损为6.1亿元（未经审计）。"),
    ("h", "三、日常经营重大合同情况"),
    ("p", "近日，公司与云穹算力科技股份有限公司（以下简称“云穹算力”）签订了《HBM及服务器内存采购合同》。"
          "根据该合同，公司将向云穹算力供应HBM3E及DDR5服务器内存，合同金额为12.6亿元。"),
    ("p", "云穹算力与公司不存在关联关系，合同履行不影响公司业务独立性。合同将于2026年12月31日前分批交付。"),
    ("page", ""),
    ("h", "四、公司融资及担保情况"),
    ("p", "公司已获得东澜银行股份有限公司（以下简称“东澜银行”）综合授信额度30亿元，期限三年。"
          "授信额度可用于流动资金贷款、银行承兑汇票及信用证等业务。"),
    ("p", "澄川存储（合肥）有限公司（以下简称“澄川存储”）为公司控股子公司。"
          "公司持有澄川存储65%股权，合肥市产业投资控股（集团）有限公司持有其35%股权。"),
    ("p", "公司拟为澄川存储的设备采购履约义务提供连带责任保证担保，担保金额不超过10亿元。"
          "截至本公告披露日，公司无逾期对外担保。"),
    ("h", "五、主要供应商及股东情况"),
    ("p", "公司HBM产品的后道封装测试由晶衡先进封装科技股份有限公司提供。"
          "恒岳资本管理有限公司为持有公司5%以上股份的股东，目前持股7.2%。"),
    ("p", "截至本公告披露日，公司主要参股公司情况如下："),
    ("unit", "单位：万元"),
    ("table", [
        ("参股公司名称", "持股比例", "认缴出资额", "主营业务"),
        ("西部算力产业投资基金（有限合伙）", "4.00%", "20,000", "算力基础设施投资"),
    ]),
    ("h", "六、风险提示"),
    ("p", "公司HBM产品与哈沃德存储（Halvard Memory）同类产品相比仍存在一定差距。"
          "公司目前未向维锐芯（Veridian Silicon）供货，亦未与其签署任何协议。"),
    ("p", "深衍智能与公司、东澜银行及恒岳资本均不存在关联关系。"
          "深衍智能尚处于亏损阶段，本次投资存在无法实现预期收益的风险，敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("right", "澄川半导体股份有限公司董事会"),
    ("right", "2025年11月13日"),
]

SENT_END = re.compile(r"(?<=[。；！？])")


def cjk_lines(pdf, text, width):
    """Pack whole sentences into lines; split a sentence only if it is too long."""
    sentences = [s for s in SENT_END.split(text) if s]
    lines, cur = [], ""
    for s in sentences:
        if pdf.get_string_width(cur + s) <= width:
            cur += s
            continue
        if cur:
            lines.append(cur)
            cur = ""
        if pdf.get_string_width(s) <= width:
            cur = s
            continue
        for ch in s:  # over-long sentence: break by character
            if pdf.get_string_width(cur + ch) > width:
                lines.append(cur)
                cur = ""
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def build_cn(path):
    all_text = "".join(t if isinstance(t, str) else "".join("".join(r) for r in t)
                       for _, t in CN_DOC) + "0123456789%（）：，。 "
    font_path = os.path.join(tempfile.gettempdir(), "fresh28_notosanssc_subset.ttf")
    make_cjk_ttf(all_text, font_path)

    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("sc", "", font_path)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in CN_DOC:
        if kind == "page":
            pdf.add_page()
        elif kind == "small":
            pdf.set_font("sc", size=9)
            pdf.cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "title":
            pdf.set_font("sc", size=15)
            pdf.cell(width, 9, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "boxed":
            pdf.ln(3)
            pdf.set_font("sc", size=9)
            y0 = pdf.get_y()
            for line in cjk_lines(pdf, text, width - 4):
                pdf.set_x(pdf.l_margin + 2)
                pdf.cell(width - 4, 5.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.rect(pdf.l_margin, y0 - 1, width, pdf.get_y() - y0 + 2)
            pdf.ln(4)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("sc", size=11)
            pdf.cell(width, 7, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("sc", size=9.5)
            for line in cjk_lines(pdf, text, width):
                pdf.cell(width, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "unit":
            pdf.set_font("sc", size=9)
            pdf.cell(width, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("sc", size=9)
            with pdf.table(col_widths=(60, 22, 26, 40), text_align="CENTER",
                           headings_style=FontFace(emphasis=None, fill_color=(230, 230, 230))) as table:
                for row in text:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(2)
        elif kind == "right":
            pdf.set_font("sc", size=10)
            pdf.cell(width, 7, text, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------ English 10-K
EN_PAGES = [
    [
        ("title", "IRONVALE DATA CENTERS, INC."),
        ("sub", "ANNUAL REPORT ON FORM 10-K"),
        ("sub", "For the fiscal year ended December 31, 2025 (excerpt)"),
        ("sub", "Commission File Number 001-40219 | NYSE: IVDC"),
        ("rule", ""),
        ("h", "PART I"),
        ("h", "Item 1. Business"),
        ("h2", "Overview"),
        ("p", 'Ironvale Data Centers, Inc. ("Ironvale," the "Company," "we," "us" or "our") develops, owns and '
              "operates large-scale data center campuses that it leases to cloud providers and AI developers. "
              "As of December 31, 2025, we operated 1.34 gigawatts of leased critical IT capacity across nine "
              "campuses in Texas, Arizona and Nevada, and had a further 0.9 gigawatts under construction."),
        ("h2", "Customers"),
        ("p", "Our largest tenant is Coriolis Cloud, which leased 410 megawatts across four of our campuses and "
              "accounted for 31% of our rental revenue in 2025. Stratacore Cloud leases 120 megawatts at our "
              "Dallas North campus under a ten-year agreement that began in 2025. In 2025 we also signed our "
              "first direct lease with a model developer, for a 60-megawatt build-to-suit hall in Phoenix."),
        ("p", "Veridian Silicon, whose accelerators are deployed by most of our tenants, is not a party to any of "
              "our leases. Our leases are generally triple-net, with tenants reimbursing power, property taxes "
              "and insurance."),
        ("h2", "Competition"),
        ("p", "We compete with Northgate Digital Realty and other developers for land, power and tenants. "
              "Stratacore Cloud and Lumenfall Compute compete with each other for power-ready sites, and we have "
              "no lease with Lumenfall Compute. Access to grid interconnection has become the main constraint on "
              "new supply in our markets."),
        ("h", "Item 1A. Risk Factors"),
        ("p", "We depend on a small number of tenants for most of our revenue. A reduction in leasing by our "
              "largest tenants, or their failure to renew, could materially reduce our revenue and cash flows. "
              "Many of our AI tenants are early-stage companies whose ability to pay depends on continued access "
              "to equity and debt financing."),
    ],
    [
        ("h", "PART II"),
        ("h", "Item 5. Market for Registrant's Common Equity and Related Stockholder Matters"),
        ("p", "Our common stock trades on the New York Stock Exchange under the symbol IVDC. As of February 20, "
              "2026, there were 212 holders of record of our common stock."),
        ("p", "Bramblefield Power remains our largest outside shareholder, holding approximately 14.2% of our "
              "common stock. Rimal Investment Authority owns approximately 7.5% of our common stock, which it "
              "acquired in our 2023 private placement."),
        ("h", "Item 7. Management's Discussion and Analysis"),
        ("h2", "Liquidity and Capital Resources"),
        ("p", "Our principal sources of liquidity are cash on hand, operating cash flows, our revolving credit "
              "facility and joint-venture capital. On February 6, 2025, we entered into a $2.0 billion senior "
              "unsecured revolving credit facility with First Harbor Bank as sole lender. As of December 31, "
              "2025, $640 million was outstanding under the facility."),
        ("p", "In March 2025, Nordfjell Pension Fund acquired a 49% interest in Ironvale Mesa Holdings LLC, our "
              "subsidiary that owns the Phoenix campus, for $1.1 billion. We continue to consolidate Ironvale "
              "Mesa Holdings LLC. Ironvale has guaranteed the construction loan obligations of Ironvale Mesa "
              "Holdings LLC."),
        ("p", "In July 2025 we acquired Redstone Ridge Land Company, which holds 1,900 acres of entitled land "
              "near Abilene, for $265 million. In September 2025 we terminated our previously announced "
              "agreement to sell the Reno campus to Kestrel AI, and no payment was made."),
        ("p", "We expect capital expenditures of $3.4 billion to $3.8 billion in 2026, funded primarily by "
              "operating cash flow, borrowings under the revolving credit facility and additional joint-venture "
              "partners."),
    ],
    [
        ("h", "Notes to Consolidated Financial Statements (excerpt)"),
        ("h2", "Note 14. Related Party Transactions"),
        ("p", "Bramblefield Power, a related party because of its ownership interest, billed us $212 million for "
              "electricity supplied to our Dallas North and Abilene campuses in 2025. Amounts payable to "
              "Bramblefield Power were $31 million at December 31, 2025."),
        ("h2", "Note 15. Concentration of Credit Risk"),
        ("p", "The following tenants accounted for the percentages of rental revenue shown below."),
        ("table", [
            ("Tenant", "2025", "2024"),
            ("Coriolis Cloud", "31%", "34%"),
            ("Stratacore Cloud", "12%", "6%"),
            ("Aethon Labs", "3%", "-"),
            ("All other tenants", "54%", "60%"),
        ]),
        ("p", "Receivables from the three tenants above represented 58% of tenant receivables at December 31, "
              "2025. We hold letters of credit or security deposits for a portion of these balances."),
    ],
]


def build_en(path):
    pdf = FPDF(format="Letter")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 20)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for page in EN_PAGES:
        pdf.add_page()
        for kind, text in page:
            if kind == "title":
                pdf.set_font("Helvetica", "B", 15)
                pdf.cell(width, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("Helvetica", "", 10)
                pdf.cell(width, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "rule":
                pdf.ln(2)
                pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
                pdf.ln(3)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.set_font("Helvetica", "BI", 10)
                pdf.cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Times", "", 10.5)
                pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                pdf.set_font("Times", "", 10)
                with pdf.table(col_widths=(80, 30, 30), width=140, text_align=("LEFT", "RIGHT", "RIGHT"),
                               headings_style=FontFace(emphasis="B")) as table:
                    for row in text:
                        r = table.row()
                        for cell in row:
                            r.cell(cell)
                pdf.ln(3)
        pdf.set_auto_page_break(False)
        pdf.set_y(-15)
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(width, 5, f"Ironvale Data Centers, Inc. | 2025 Form 10-K | {pdf.page_no()}", align="C")
        pdf.set_auto_page_break(True, 20)
    pdf.output(path)


if __name__ == "__main__":
    build_cn(os.path.join(HERE, "chengchuan_announcement_2025-047.pdf"))
    build_en(os.path.join(HERE, "ironvale_10k_2025_excerpt.pdf"))
    print("built PDFs")
