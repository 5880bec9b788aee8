"""Build the PDF documents of this set (fpdf2). Run: /work/main/.venv/bin/python build_pdfs.py"""
import os
import re
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def make_cjk_ttf(text, index, out):
    """Subset one face of the Noto CJK collection and convert CFF outlines to glyf (fpdf2-friendly)."""
    font = TTCollection(TTC).fonts[index]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "0123456789.,%:;()-/ ")
    sub.subset(font)
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    gs = font.getGlyphSet()
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements", "maxComponentDepth"):
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
    font.save(out)


class Doc(FPDF):
    header_text = ""
    footer_text = ""

    def header(self):
        if self.header_text:
            self.set_font(self.base_font, size=7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT", align="R")
            self.set_text_color(0, 0, 0)
            self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.base_font, size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.footer_text.format(p=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def zh_lines(pdf, text, width, indent):
    """Greedy layout that starts a sentence on a new line when it does not fit on the current one."""
    sents = re.findall(r"[^。；]*[。；]|[^。；]+$", text)
    lines, cur, first = [], "", True
    def avail():
        return width - (indent if first and not lines else 0)
    for s in sents:
        if pdf.get_string_width(cur + s) <= avail():
            cur += s
        elif pdf.get_string_width(s) <= width and cur:
            lines.append(cur)
            cur = s
        else:
            for ch in s:
                if pdf.get_string_width(cur + ch) <= avail():
                    cur += ch
                else:
                    lines.append(cur)
                    cur = ch
    if cur:
        lines.append(cur)
    return lines


def render(pdf, blocks, zh=False, size=10):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lh = size * 0.55
    for b in blocks:
        kind = b[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "center":
            pdf.set_font(pdf.base_font, size=b[2] if len(b) > 2 else size)
            pdf.multi_cell(0, (b[2] if len(b) > 2 else size) * 0.6, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(pdf.base_font, style="" if zh else "B", size=size + 1)
            pdf.multi_cell(0, lh + 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font(pdf.base_font, size=size)
            if zh:
                ind = pdf.get_string_width("中中")
                for i, line in enumerate(zh_lines(pdf, b[1], width, ind)):
                    if i == 0:
                        pdf.set_x(pdf.l_margin + ind)
                    pdf.cell(0, lh + 0.6, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "small":
            pdf.set_font(pdf.base_font, size=size - 2)
            pdf.multi_cell(0, lh - 0.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            widths, rows = b[1], b[2]
            aligns = b[3] if len(b) > 3 else ["L"] * len(widths)
            pdf.set_font(pdf.base_font, size=size - 1)
            for r, row in enumerate(rows):
                if r == 0:
                    pdf.set_fill_color(225, 225, 225)
                for w, cell, al in zip(widths, row, aligns):
                    pdf.cell(w, lh + 1.2, cell, border=1, align=al if r else "C", fill=(r == 0))
                pdf.ln(lh + 1.2)
            pdf.ln(2)


def new_doc(font_path=None, header="", footer="Page {p}"):
    pdf = Doc(format="A4")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=16)
    if font_path:
        pdf.add_font("cjk", "", font_path)
        pdf.base_font = "cjk"
    else:
        pdf.base_font = "Helvetica"
    pdf.header_text = header
    pdf.footer_text = footer
    pdf.add_page()
    return pdf


# ---------------------------------------------------------------- document 1: 10-Q excerpt
TENQ = [
    ("center", "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549", 10),
    ("center", "FORM 10-Q", 14),
    ("center", "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\nFor the quarterly period ended June 30, 2025\nCommission File Number: 001-41877", 8.5),
    ("center", "STRATOLINE COMPUTE INC.", 13),
    ("center", "(Exact name of registrant as specified in its charter)\nDelaware - I.R.S. Employer Identification No. 87-3310462\nClass A common stock, par value $0.0001 per share - Nasdaq Global Select Market - Trading symbol: STLC", 8.5),
    ("small", "[Excerpt. Part I, Item 2 only. Other items, the condensed consolidated financial statements and exhibits are omitted.]"),
    ("h", "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
    ("h", "Overview"),
    ("p", 'Stratoline Compute Inc. ("Stratoline," the "Company," "we," "us" or "our") operates GPU cloud infrastructure for the training and inference of artificial intelligence models across eleven data-centre sites in North America and Europe. Our European operations are conducted through Stratoline Compute Europe B.V., a wholly owned subsidiary incorporated in the Netherlands. We sell capacity primarily under multi-year reserved contracts and, to a lesser extent, on demand.'),
    ("h", "Revenue and customer concentration"),
    ("p", "Revenue for the three months ended June 30, 2025 was $512.4 million, compared with $198.7 million for the three months ended June 30, 2024.(1) The increase was driven by the commissioning of 94 MW of additional critical IT load and by higher utilisation across our reserved fleet."),
    ("p", 'Our customer base remains concentrated. Quillmark AI, Inc. ("Quillmark"), a developer of frontier language models, accounted for 41% of revenue in the quarter under a take-or-pay capacity agreement that runs through 2029. Revenue from Oriel Labs PBC under its reserved-instance contract was $63.0 million in the quarter. One other customer, which we do not name, accounted for 12% of revenue. If Quillmark were to reduce or fail to renew its commitments, our results of operations would be materially adversely affected.'),
    ("table", [80, 46, 46], [
        ["Revenue by contract type ($ in millions)", "Q2 2025", "Q2 2024"],
        ["Reserved capacity", "447.9", "171.3"],
        ["On-demand", "52.1", "24.0"],
        ["Managed services", "12.4", "3.4"],
        ["Total revenue", "512.4", "198.7"],
    ], ["L", "R", "R"]),
    ("small", "(1) Includes $38.2 million of revenue recognised from customer prepayments received in prior periods."),
    ("page",),
    ("h", "Cost of revenue and principal suppliers"),
    ("p", 'Cost of revenue consists primarily of depreciation of accelerators and networking equipment, data-centre lease costs and power. Our principal supplier of accelerators is Aurivane Semiconductor, Inc. ("Aurivane"). During the six months ended June 30, 2025, we purchased $1.42 billion of accelerators, networking equipment and related software from Aurivane. At June 30, 2025, our non-cancellable purchase commitments to Aurivane totalled $2.86 billion, most of which relate to deliveries scheduled for the fourth quarter of 2025 and the first half of 2026. Aurivane is a related party; see Note 11 to the condensed consolidated financial statements.'),
    ("p", "We lease most of our data-centre capacity under long-term agreements. Calder Peak Data Centers, LLC provides 260 MW of critical IT load to us across four of our sites under leases with remaining terms of nine to fourteen years. Lease costs rose 61% year over year as new halls were handed over."),
    ("table", [80, 46, 46], [
        ["Cost of revenue ($ in millions)", "Q2 2025", "Q2 2024"],
        ["Depreciation of accelerators", "171.6", "64.8"],
        ["Data-centre leases", "58.3", "36.2"],
        ["Power", "41.9", "17.5"],
        ["Other", "22.0", "9.1"],
    ], ["L", "R", "R"]),
    ("h", "Compute contracts"),
    ("p", "In April 2025 we entered into a market-making partnership with Tessaly Compute Exchange, under which we list standardised GPU-hour contracts on Tessaly's exchange and provide two-sided quotes during trading hours. Revenue from contracts settled through the exchange was not material in the quarter."),
    ("h", "Competition"),
    ("p", "We compete for customers with hyperscale cloud providers such as Bellcrest Holdings, Inc. and with specialised GPU cloud providers, including Vantora Cloud Holdings, Ltd. Several of these competitors have substantially greater financial resources than we do."),
    ("page",),
    ("h", "Liquidity and capital resources"),
    ("p", "At June 30, 2025 we had cash and cash equivalents of $884.6 million. Our principal sources of liquidity are cash from operations, equity issuances and the credit facilities described below."),
    ("p", "Private placement. On May 14, 2025, we sold 21,400,000 shares of our Class A common stock to Aurivane in a private placement for aggregate proceeds of $600 million. Following the transaction, Aurivane holds approximately 11.6% of our outstanding Class A common stock. Aurivane has no obligation to provide us with additional financing."),
    ("p", "Revolving credit facility. We maintain a $750 million senior secured revolving credit facility with a syndicate of lenders for which Harbor Union Bank, N.A. acts as administrative agent and is a lender. Pelham & Strand Bank plc acted as syndication agent and is not a lender under our revolving credit facility. As of June 30, 2025, $310 million was outstanding under the facility."),
    ("p", 'GPU-backed term loan. In March 2025, Stratoline Compute Funding I LLC ("Funding I"), a wholly owned special-purpose subsidiary of the Company, entered into a $2.1 billion delayed-draw term loan with Kestrel Ridge Credit Partners, L.P. as sole lender. The loan is secured by approximately 18,400 accelerators owned by Funding I and by an assignment of the customer contracts those accelerators serve. Stratoline Compute Inc. has provided a limited parent guarantee of Funding I\'s obligations. As of June 30, 2025, $1.64 billion had been drawn.'),
    ("table", [80, 46, 46], [
        ["Debt at June 30, 2025 ($ in millions)", "Commitment", "Outstanding"],
        ["Revolving credit facility", "750", "310"],
        ["Funding I term loan", "2,100", "1,640"],
        ["Equipment finance leases", "-", "96"],
    ], ["L", "R", "R"]),
    ("p", "Terminated acquisition. In May 2025 we terminated the non-binding letter of intent to acquire Nimbrel Networks, Inc., a provider of optical networking services, and no consideration was paid."),
    ("p", "We believe that our existing cash, available borrowing capacity and expected cash from operations will be sufficient to meet our needs for at least the next twelve months."),
]

# ---------------------------------------------------------------- document 4: SZSE announcement
ZH_ANN = [
    ("center", "证券代码：301677　　　　证券简称：芯衡科技　　　　公告编号：2025-041", 9),
    ("center", "深圳芯衡科技股份有限公司", 15),
    ("center", "Shenzhen Xinheng Technology Co., Ltd.", 9),
    ("center", "关于2025年度申请综合授信额度、对外投资\n及日常关联交易预计的公告", 13),
    ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("p", "深圳芯衡科技股份有限公司（以下简称“公司”）于2025年4月25日召开第三届董事会第十二次会议，审议通过了《关于2025年度申请综合授信额度的议案》等议案。现将有关情况公告如下："),
    ("h", "一、申请综合授信额度及担保情况"),
    ("p", "为满足生产经营和智算中心建设的资金需求，公司及子公司拟向银行申请综合授信。公司拟向华泽银行股份有限公司申请综合授信额度不超过人民币15亿元。全资子公司上海芯衡云算力有限公司（简称“芯衡云”）拟向甬江银行申请授信8亿元。公司拟为芯衡云上述授信提供连带责任保证担保，担保额度不超过8亿元。"),
    ("p", "上述授信额度不等于公司实际融资金额，具体以银行实际审批为准。授信期限为自董事会审议通过之日起十二个月，在授信期限内额度可循环使用。"),
    ("h", "二、对外投资概述"),
    ("p", "公司拟以自有资金人民币3亿元认购北辰算力（北京）科技有限公司新增注册资本。本次增资完成后，公司将持有北辰算力约6.5%的股权。北辰算力主要从事GPU算力租赁业务，本次投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("p", "本次投资的资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。"),
    ("page",),
    ("h", "三、2025年度日常关联交易预计"),
    ("p", "根据业务发展需要，公司预计2025年度与关联方发生的日常关联交易情况如下（单位：万元）："),
    ("table", [44, 34, 36, 28, 32], [
        ["关联人", "关联交易类别", "交易内容", "2025年预计金额", "2024年实际发生额"],
        ["杭州澜策智能科技有限公司", "向关联人销售产品", "AI服务器", "96,000.00", "41,256.37"],
        ["江苏启棠存储科技有限公司", "向关联人采购原材料", "HBM及DDR5存储芯片", "62,000.00", "28,731.90"],
    ], ["L", "L", "L", "R", "R"]),
    ("p", "关联关系说明：公司董事陈启航担任澜策智能董事，公司监事王蔚担任启棠存储副总经理。上述关联交易遵循市场化定价原则，关联董事已回避表决。"),
    ("p", "公司与澜策智能此前筹划的合资设立算力公司事项已于2025年3月终止。"),
    ("h", "四、公司参股基金情况"),
    ("p", "截至本公告披露日，公司作为有限合伙人参股的产业投资基金如下（单位：万元）："),
    ("table", [76, 30, 30, 34], [
        ["基金名称", "认缴出资", "出资比例", "公司角色"],
        ["苏州澄湖算力产业投资基金（有限合伙）", "20,000.00", "8.00%", "有限合伙人"],
        ["深圳前湾智算创业投资合伙企业（有限合伙）", "5,000.00", "3.33%", "有限合伙人"],
    ], ["L", "R", "R", "C"]),
    ("h", "五、其他说明"),
    ("p", "芯衡云乌兰察布智算中心已于2025年3月投入运营，其电力由内蒙古数岭能源有限公司供应。"),
    ("p", "截至本公告披露日，公司未与奥瑞文半导体签署任何采购协议。公司将根据相关事项的进展情况及时履行信息披露义务，敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("center", "深圳芯衡科技股份有限公司董事会\n2025年4月26日", 10),
]

# ---------------------------------------------------------------- document 7: pension fund report
PENSION = [
    ("center", "Lakeshore Public Employees' Retirement System", 14),
    ("center", "Private Markets and Infrastructure Quarterly Report\nQuarter ended June 30, 2025", 11),
    ("small", "Excerpt prepared by investment staff for the Investment Committee meeting of August 21, 2025. Figures are unaudited. Market values are as reported by general partners and may be revised."),
    ("h", "1. Digital infrastructure: summary"),
    ("p", 'The Lakeshore Public Employees\' Retirement System ("LPERS" or the "System") continued to build its exposure to the infrastructure behind artificial intelligence during the quarter. Digital infrastructure now represents 6.8% of the System\'s private markets allocation, against a target range of 5% to 9%. Key developments:'),
    ("p", "- The Ferrow co-investment closed in May 2025.\n- Look-through exposure to GPU-backed loans reached $371 million.\n- No new commitments were made to AI model developers."),
    ("h", "2. Ferrow Data Realty Trust"),
    ("p", 'In May 2025, LPERS and Meridia Investment Authority each subscribed for $520 million of newly issued common shares of Ferrow Data Realty Trust ("Ferrow") in a private placement. The System\'s stake represents approximately 4.5% of Ferrow\'s outstanding shares. Ferrow owns and develops powered shells and data halls for AI workloads in Nevada, Texas and Ohio.'),
    ("p", 'Ferrow\'s largest tenant is Vantora Cloud Holdings, Ltd. ("Vantora"), which leases 410 MW of powered data-hall capacity from Ferrow across five campuses. Ferrow also holds a 6.0% equity stake in Vantora, acquired alongside the 2024 lease expansion. Staff regard this cross-holding as a source of alignment but also of concentration risk, and will report on tenant utilisation each quarter.'),
    ("p", "Ferrow's $1.8 billion construction loan for its Reno campuses is provided by Harbor Union Bank, N.A. Ferrow's occupancy of 97% compares with 91% at Calder Peak Data Centers."),
    ("table", [78, 32, 32, 32], [
        ["Ferrow position", "Cost ($m)", "Value ($m)", "Net IRR"],
        ["Common shares (4.5%)", "520.0", "566.3", "n.m."],
    ], ["L", "R", "R", "R"]),
    ("page",),
    ("h", "3. Private credit: Kestrel Ridge Credit Partners"),
    ("p", 'LPERS is the largest limited partner in Kestrel Ridge Credit Partners, L.P. ("Kestrel Ridge"), with a $450 million commitment made in 2023. Kestrel Ridge makes senior secured loans to special-purpose vehicles that own accelerators and lease the resulting compute to AI developers. Meridia Investment Authority is not a limited partner in Kestrel Ridge.'),
    ("p", "Table 3. Kestrel Ridge: largest borrower exposures at June 30, 2025 (US$ millions)"),
    ("table", [62, 44, 32, 36], [
        ["Borrower", "Collateral", "Commitment", "LPERS share"],
        ["Stratoline Compute Funding I LLC", "18,400 accelerators", "2,100", "214"],
        ["Vantora Compute Assets I LLC", "31,000 accelerators", "1,150", "117"],
        ["Borrower C (not disclosed)", "6,200 accelerators", "390", "40"],
    ], ["L", "L", "R", "R"]),
    ("p", "Vantora Compute Assets I LLC is a wholly owned subsidiary of Vantora. Both named facilities are secured by first-lien interests in the accelerators and by assignments of the related customer contracts. On our estimates, Stratoline's contracted backlog covers its debt service more comfortably than Vantora's does."),
    ("h", "4. Opportunities declined"),
    ("p", "LPERS declined to participate in the $900 million financing arranged for Oriel Labs PBC in June. Staff also reviewed, and did not pursue, a secondary purchase of Quillmark AI shares offered by an existing holder."),
    ("h", "5. Outlook"),
    ("p", "Staff expect demand for powered data-centre capacity to remain strong through 2026, but recommend that new commitments to GPU-backed credit be paced until at least one full refinancing cycle has been observed."),
]


def build():
    out = HERE
    # 10-Q
    pdf = new_doc(header="Stratoline Compute Inc. - Form 10-Q - Quarter ended June 30, 2025", footer="{p}")
    render(pdf, TENQ, zh=False, size=10)
    pdf.output(os.path.join(out, "stratoline_10q_q2_2025.pdf"))
    # SZSE announcement
    chars = "".join(str(x) for b in ZH_ANN for x in b[1:] if isinstance(x, str))
    chars += "".join(c for b in ZH_ANN if b[0] == "table" for row in b[2] for c in "".join(row))
    chars += "第页共"
    with tempfile.TemporaryDirectory() as td:
        ttf = os.path.join(td, "sc.ttf")
        make_cjk_ttf(chars, 2, ttf)
        pdf = new_doc(font_path=ttf, header="", footer="第 {p} 页")
        render(pdf, ZH_ANN, zh=True, size=10)
        pdf.output(os.path.join(out, "xinheng_announcement_2025-041.pdf"))
    # pension report
    pdf = new_doc(header="LPERS - Private Markets and Infrastructure Quarterly Report - Q2 2025", footer="LPERS Investment Committee - page {p}")
    render(pdf, PENSION, zh=False, size=10)
    pdf.output(os.path.join(out, "lpers_private_markets_q2_2025.pdf"))


if __name__ == "__main__":
    build()
