#!/usr/bin/env python
"""Build the PDF documents of this evaluation set with fpdf2.

Run with:  /work/main/.venv/bin/python build_pdfs.py

Produces:
  yunfeng_2781_hkex_announcement.pdf   (HKEX announcement, Traditional Chinese, 2 pages)
  lanxi_688417_interim_summary.pdf     (A-share 半年度报告摘要, Simplified Chinese, 3 pages)
  hcf_term_loan_summary_of_terms.pdf   (credit term sheet, English, 3 pages)

Chinese text uses a subset of Noto Sans CJK (SC / TC face), converted from CFF to
TrueType outlines with fontTools so that fpdf2 embeds it with a clean ToUnicode map.
Chinese paragraphs are laid out sentence by sentence (a line break only ever falls
between two sentences), so every quoted sentence survives pypdf text extraction intact.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE = {"SC": 2, "TC": 3}


# ---------------------------------------------------------------- fonts
def _cff_to_glyf(font):
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def make_cjk_font(face, text, out_path):
    font = TTCollection(TTC).fonts[FACE[face]]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "".join(chr(i) for i in range(32, 127)))
    sub.subset(font)
    _cff_to_glyf(font)
    font.save(out_path)


# ---------------------------------------------------------------- layout
SENT_END = "。；！？"
CLOSERS = "”」）』"


def split_sentences(text):
    out, cur = [], ""
    for i, ch in enumerate(text):
        cur += ch
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in SENT_END and nxt not in CLOSERS:
            out.append(cur)
            cur = ""
        elif ch in CLOSERS and cur[-2:-1] and cur[-2] in SENT_END and nxt not in CLOSERS:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


class Doc(FPDF):
    def __init__(self, footer_fmt, footer_font):
        super().__init__(format="A4")
        self.footer_fmt = footer_fmt
        self.footer_font = footer_font
        self.set_margins(12, 14, 12)
        self.set_auto_page_break(True, 16)

    def footer(self):
        self.set_y(-11)
        self.set_font(self.footer_font, size=8)
        self.cell(0, 5, self.footer_fmt.format(self.page_no()), align="C")


def cjk_para(pdf, text, size=9.5, lh=5.6, indent=0):
    """Pack whole sentences onto lines; break lines only between sentences."""
    pdf.set_font_size(size)
    left = pdf.l_margin + indent
    width = pdf.w - pdf.r_margin - left
    pdf.set_x(left)
    used = 0.0
    for sent in split_sentences(text):
        w = pdf.get_string_width(sent)
        if w > width:
            raise ValueError(f"sentence too long for one line ({w:.1f} > {width:.1f} mm): {sent}")
        if used and used + w > width:
            pdf.ln(lh)
            pdf.set_x(left)
            used = 0.0
        pdf.cell(w, lh, sent)
        used += w
    pdf.ln(lh + 1.6)


def en_para(pdf, text, size=9.5, lh=4.8, style=""):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def table(pdf, widths, rows, size=9, lh=6.5, header_rows=1):
    pdf.set_font_size(size)
    for r, row in enumerate(rows):
        for w, cell in zip(widths, row):
            if pdf.get_string_width(cell) > w - 1.5:
                raise ValueError(f"table cell too wide: {cell}")
            align = "L" if (w == widths[0] or r < header_rows) else "R"
            pdf.cell(w, lh, cell, border=1, align=align)
        pdf.ln(lh)
    pdf.ln(2.5)


def heading_cjk(pdf, text, size=11, align="L"):
    pdf.set_font_size(size)
    pdf.cell(0, 7, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


# ---------------------------------------------------------------- document 1: HKEX announcement (TC)
HK_PAGES = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"),
        ("small", "本公告僅供參考，並不構成收購、購買或認購本公司任何證券之邀請或要約。"),
        ("center", "雲峯智能控股有限公司", 14),
        ("center", "YUNFENG INTELLIGENCE HOLDINGS LIMITED", 11),
        ("center", "（於開曼群島註冊成立之有限公司）", 9),
        ("center", "（股份代號：2781）", 9),
        ("center", "根據一般授權認購新股份及須予披露交易", 12),
        ("h", "認購協議"),
        ("p", "董事會欣然宣佈，於2025年10月20日（交易時段後），本公司與認購方訂立認購協議。"
              "認購方為晶澄電子股份有限公司（「晶澄電子」），一間於臺灣證券交易所上市之公司（股票代號：3592）。"),
        ("p", "根據認購協議，晶澄電子有條件同意以總代價港幣4.32億元認購120,000,000股認購股份。"
              "認購價每股港幣3.60元較股份於最後交易日之收市價港幣3.95元折讓約8.86%。"
              "認購股份相當於本公司現有已發行股份總數約10.00%。"),
        ("p", "據董事作出一切合理查詢後所深知，晶澄電子及其最終實益擁有人均為獨立第三方。"
              "於本公告日期，晶澄電子並非本集團之供應商或客戶，亦未持有瀾汐科技任何股份。"),
        ("h", "所得款項用途"),
        ("p", "認購事項所得款項淨額估計約為港幣4.30億元，擬用於擴充本集團於香港及新加坡之算力集群。"
              "瀚海雲算（香港）有限公司（「瀚海雲算」）為本公司之間接全資附屬公司，負責營運本集團之算力集群。"),
        ("p", "瀚海雲算已與紅隼晶片（Kestrel Silicon Corporation）簽訂採購協議，採購約6,000顆K9加速器。"
              "該批加速器之部分採購款項將以德輝銀行（亞洲）有限公司授予瀚海雲算之港幣15億元GPU抵押定期貸款支付。"
              "本公司已就上述貸款向德輝銀行提供公司擔保。"),
    ],
    [
        ("h", "進行認購事項之理由及與業務夥伴之關係"),
        ("p", "瀾汐科技股份有限公司（「瀾汐科技」）為一間於上海證券交易所科創板上市之公司（股票代碼：688417）。"
              "於截至2025年6月30日止六個月，本集團向瀾汐科技採購AI伺服器之金額約為人民幣6.8億元。"),
        ("p", "本公司亦已與Halvorsen Compute, Inc.（哈沃森算力）訂立戰略合作框架協議，於東南亞共同營運算力集群。"
              "按已部署加速器數量計算，本集團於亞太區之算力規模僅次於Halvorsen Compute及Tidewell Data Centers。"),
        ("p", "董事認為，認購事項可引入具產業協同效應之策略投資者，符合本公司及股東之整體利益。"),
        ("h", "對本公司股權架構之影響"),
        ("table", [62, 34, 24, 36, 24], [
            ["股東", "現有股份數目", "約%", "完成後股份數目", "約%"],
            ["青穹投資有限公司", "210,000,000", "17.50", "210,000,000", "15.91"],
            ["晶澄電子", "—", "—", "120,000,000", "9.09"],
            ["其他公眾股東", "990,000,000", "82.50", "990,000,000", "75.00"],
            ["總計", "1,200,000,000", "100.00", "1,320,000,000", "100.00"],
        ]),
        ("p", "附註：青穹投資有限公司由獨立第三方周啟明先生全資擁有。"),
        ("p", "承董事會命"),
        ("p", "雲峯智能控股有限公司　主席　林兆峯"),
        ("p", "香港，2025年10月20日"),
    ],
]

# ---------------------------------------------------------------- document 2: A-share interim summary (SC)
CN_PAGES = [
    [
        ("small", "证券代码：688417　　证券简称：澜汐科技　　公告编号：2025-052"),
        ("center", "澜汐科技股份有限公司", 14),
        ("center", "Lanxi Technology Co., Ltd.", 10),
        ("center", "2025年半年度报告摘要（节选）", 12),
        ("h", "第一节 重要提示"),
        ("p", "本公司董事会及全体董事保证本报告摘要内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
              "本半年度报告未经审计。"),
        ("h", "第二节 公司基本情况及经营情况"),
        ("p", "报告期内，公司实现营业收入38.62亿元，同比增长57.3%；归属于上市公司股东的净利润4.07亿元。"
              "据第三方机构统计，公司AI服务器出货量位列国内第三，仅次于华擎信息和北辰数科。"),
        ("p", "报告期内，公司与云峰智能控股有限公司签订AI服务器销售合同，合同金额为人民币9.6亿元。"
              "公司向北京铂川智能科技有限公司提供算力租赁服务，报告期内确认收入12,460.35万元。"),
        ("p", "公司GPU主要采购自红隼芯片（Kestrel Silicon），报告期内采购金额为14.2亿元。"
              "服务器主板及高速PCB主要由台湾晶澄电子股份有限公司供应。"),
        ("h2", "报告期内前五名客户销售情况（单位：万元）"),
        ("table", [60, 50, 50], [
            ["客户名称", "销售额", "占营业收入比例"],
            ["客户一", "68,000.00", "17.61%"],
            ["客户二", "41,500.00", "10.75%"],
            ["客户三", "23,880.20", "6.18%"],
            ["客户四", "15,210.00", "3.94%"],
            ["客户五", "12,800.00", "3.31%"],
            ["合计", "161,390.20", "41.79%"],
        ]),
        ("p", "注：客户三为境外云服务商，与公司不存在关联关系。"),
    ],
    [
        ("h", "第三节 重要事项"),
        ("h2", "一、收购杭州曜算软件有限公司"),
        ("p", "2025年5月，公司以现金1.5亿元收购杭州曜算软件有限公司100%股权。"
              "收购完成后，曜算软件成为公司全资子公司，自2025年6月起纳入合并报表范围。"),
        ("h2", "二、子公司获得银行授信及公司提供担保"),
        ("p", "上海星衡算力科技有限公司（以下简称“星衡算力”）为公司全资子公司。"
              "为满足智算中心建设需要，星衡算力已获得江澄银行股份有限公司不超过人民币8亿元的综合授信额度，期限三年。"),
        ("p", "公司为星衡算力上述授信提供连带责任保证担保，担保金额不超过人民币8亿元。"
              "截至本报告披露日，公司及子公司对外担保余额为6.2亿元，均为公司对全资子公司提供的担保。"),
    ],
    [
        ("h2", "三、参股公司情况（单位：万元　币种：人民币）"),
        ("table", [70, 26, 30, 24, 36], [
            ["公司名称", "持股方式", "认缴出资额", "持股比例", "主营业务"],
            ["苏州启衡创业投资合伙企业（有限合伙）", "有限合伙人", "30,000.00", "18.75%", "股权投资"],
            ["无锡芯岚微电子有限公司", "直接持股", "5,000.00", "6.00%", "高速接口芯片"],
        ]),
        ("p", "公司与苏州启衡创业投资合伙企业（有限合伙）的普通合伙人及其他有限合伙人均不存在关联关系。"),
        ("p", "特此公告。"),
        ("p", "澜汐科技股份有限公司董事会"),
        ("p", "2025年8月28日"),
    ],
]


def build_cjk(out_name, pages, face, footer_fmt):
    all_text = footer_fmt + "0123456789"
    for page in pages:
        for block in page:
            if block[0] == "table":
                all_text += "".join("".join(r) for r in block[2])
            else:
                all_text += block[1]
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, f"cjk_{face}.ttf")
        make_cjk_font(face, all_text, font_path)
        pdf = Doc(footer_fmt, "cjk")
        pdf.add_font("cjk", "", font_path)
        for page in pages:
            pdf.add_page()
            pdf.set_font("cjk", size=9.5)
            for block in page:
                kind = block[0]
                if kind == "small":
                    cjk_para(pdf, block[1], size=8, lh=4.6)
                elif kind == "center":
                    heading_cjk(pdf, block[1], size=block[2], align="C")
                elif kind == "h":
                    heading_cjk(pdf, block[1], size=11)
                elif kind == "h2":
                    heading_cjk(pdf, block[1], size=10)
                elif kind == "p":
                    cjk_para(pdf, block[1])
                elif kind == "table":
                    table(pdf, block[1], block[2])
        pdf.output(os.path.join(HERE, out_name))


# ---------------------------------------------------------------- document 3: credit term sheet (EN)
def build_term_sheet(out_name):
    pdf = Doc("Page {} of 3 - Confidential - Subject to definitive documentation", "Helvetica")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "SUMMARY OF PRINCIPAL TERMS AND CONDITIONS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Senior Secured GPU-Backed Delayed-Draw Term Loan Facility", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "HC Compute Finance I, LLC - dated as of August 14, 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def term(label, text):
        en_para(pdf, label, size=10, style="B")
        en_para(pdf, text)

    term("Borrower:",
         "HC Compute Finance I, LLC, a Delaware limited liability company (the \"Borrower\"). "
         "The Borrower is a bankruptcy-remote, wholly owned subsidiary of Halvorsen Compute, Inc. (the \"Parent\"). "
         "The Borrower's sole business is owning and operating the GPU fleet described below.")
    term("Lenders:",
         "Northpine Credit Fund II, L.P. (\"Northpine\") and the other lenders listed in Schedule 1 "
         "(together with their permitted assignees, the \"Lenders\").")
    term("Facility:",
         "A senior secured delayed-draw term loan facility in an aggregate principal amount of $2.0 billion "
         "(the \"Facility\"), of which Northpine has committed $1.5 billion to the Borrower. "
         "The Facility may be drawn in up to four installments during the twelve months following the Closing Date.")
    term("Administrative Agent:",
         "Calder Trust Company will serve as administrative agent and collateral agent for Northpine and the other "
         "Lenders, and will not itself hold any commitment under the Facility.")
    term("Account Bank:",
         "Brightwater National Bank, N.A. will act as account bank for the collection accounts of HC Compute "
         "Finance I, LLC but is not a Lender.")
    term("Use of Proceeds:",
         "Proceeds will be used to pay the purchase price of approximately 40,000 K9 accelerators purchased by the "
         "Borrower from Kestrel Silicon Corporation under the Master Purchase Agreement dated July 30, 2025, for an "
         "aggregate price of $1.72 billion. Remaining proceeds will fund transaction costs and the Debt Service "
         "Reserve Account.")

    pdf.add_page()
    term("Collateral:",
         "A first-priority security interest in all assets of the Borrower, including the GPUs, related networking "
         "equipment and all receivables. The Collateral includes the Borrower's rights under the Compute Capacity "
         "Agreement under which the Borrower provides dedicated GPU capacity to Vireo Robotics, Inc. for a term of four years.")
    term("Parent Support:",
         "Halvorsen Compute, Inc. will provide a limited guarantee of the obligations of HC Compute Finance I, LLC, "
         "capped at $150 million, and will act as servicer of the GPU fleet under a separate Servicing Agreement.")
    term("Interest Rate:",
         "Term SOFR plus 6.50% per annum, payable quarterly in arrears. Pricing was benchmarked against the 2024 "
         "Tidewell Data Centers ABS and the Nimbus Cloud term loan B, both of which priced inside this Facility.")
    term("Amortization and Maturity:",
         "Equal quarterly installments beginning March 31, 2026, with the balance due on the fifth anniversary of the "
         "Closing Date. Mandatory prepayment from excess cash flow if the loan-to-value ratio exceeds 70%.")
    term("Financial Covenants:",
         "Minimum debt service coverage ratio of 1.25x tested quarterly; minimum contracted utilization of 80%.")

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Schedule 1 - Commitments", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = [100, 45, 35]
    rows = [
        ["Lender", "Commitment (US$ millions)", "Pro rata share"],
        ["Northpine Credit Fund II, L.P.", "1,500", "75.0%"],
        ["Kittering Life Insurance Company", "250", "12.5%"],
        ["Sable Rock Credit Opportunities Fund, L.P.", "250", "12.5%"],
        ["Total", "2,000", "100.0%"],
    ]
    for r, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
        for w, cell in zip(widths, row):
            pdf.cell(w, 7, cell, border=1, align="L" if (w == widths[0] or r == 0) else "R")
        pdf.ln(7)
    pdf.ln(4)
    en_para(pdf, "Commitments may be assigned only to eligible assignees with the consent of the Borrower, "
                 "not to be unreasonably withheld.")
    pdf.output(os.path.join(HERE, out_name))


if __name__ == "__main__":
    build_cjk("yunfeng_2781_hkex_announcement.pdf", HK_PAGES, "TC", "第 {} 頁，共 2 頁")
    build_cjk("lanxi_688417_interim_summary.pdf", CN_PAGES, "SC", "第 {} 页，共 3 页")
    build_term_sheet("hcf_term_loan_summary_of_terms.pdf")
    print("built 3 PDFs")
