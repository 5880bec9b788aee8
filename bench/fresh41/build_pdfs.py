"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 04_quillfeather_korea_term_sheet.pdf  (English, core Helvetica, 2 pages)
- 05_lanshine_mops.pdf                   (Traditional Chinese, Noto Sans CJK TC, 2 pages)

The CJK font is taken from the Noto Sans CJK collection (face 3 = TC), subset to the
characters used, converted from CFF to TrueType outlines with fontTools (fpdf2 embeds
CFF-based faces without a usable text mapping) and deleted again after the build.
Lines are broken only at spaces or after 。 so that quotes match pypdf's text after
whitespace normalisation.
"""
import os

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_FACE = 3

# ---------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------
# Each page is a list of (style, text). Styles: "title", "sub", "h", "p", "small", "gap".

TERM_SHEET = [
    [
        ("small", "STRICTLY PRIVATE AND CONFIDENTIAL - FOR DISCUSSION PURPOSES ONLY"),
        ("title", "Summary of Indicative Terms and Conditions"),
        ("sub", "USD / JPY Senior Secured Term Loan Facilities"),
        ("sub", "Quillfeather Packaging Korea Ltd. - Cheonan Campus Phase 3"),
        ("small", "Prepared by Kestrel Morrow Bank, N.A., Global Banking - Asia Pacific Leveraged Finance. Dated 19 September 2025."),
        ("gap", ""),
        ("p", "This term sheet is an indicative summary of the principal terms of the proposed facilities. It does not constitute a commitment to lend, an offer capable of acceptance or an agreement to arrange, underwrite or place any facility. Any commitment will be subject to credit approval, satisfactory due diligence and the execution of definitive documentation."),
        ("h", "1. Borrower"),
        ("p", "Quillfeather Packaging Korea Ltd. (the \"Borrower\"), a company incorporated in the Republic of Korea and a wholly-owned subsidiary of Quillfeather Advanced Packaging, Inc. (the \"Parent\")."),
        ("h", "2. Facilities"),
        ("p", "Tranche A: Tsurugaoka Bussan Kaisha, Ltd. (the \"Tranche A Lender\") will lend to the Borrower a term loan of JPY 36,000,000,000 (thirty-six billion Japanese yen)."),
        ("p", "Tranche B: Kestrel Morrow Bank, N.A. (the \"Tranche B Lender\" and, together with the Tranche A Lender, the \"Lenders\") will provide the Borrower a term loan of US$160,000,000 (one hundred sixty million United States dollars)."),
        ("p", "Tranche A and Tranche B are together the \"Facilities\". The Facilities rank pari passu and share the Security on a pro rata basis."),
        ("h", "3. Administrative Agent and Security Agent"),
        ("p", "Halvard Trust Company will act as administrative agent and security agent for Tsurugaoka Bussan Kaisha, Ltd. and Kestrel Morrow Bank, N.A. and will not itself fund any portion of the Facilities. The Agent will be entitled to customary agency fees and indemnities."),
        ("h", "4. Guarantee"),
        ("p", "Quillfeather Advanced Packaging, Inc. will unconditionally and irrevocably guarantee the obligations of Quillfeather Packaging Korea Ltd. under the Facilities. The guarantee is a guarantee of payment and not of collection and will be governed by New York law."),
        ("h", "5. Availability Period"),
        ("p", "From the date of the facility agreement to the date falling eighteen months thereafter. Each Tranche may be drawn in up to six utilisations of a minimum amount of JPY 2,000,000,000 (Tranche A) or US$10,000,000 (Tranche B)."),
        ("h", "6. Final Maturity and Repayment"),
        ("p", "Five years from the first utilisation date. Repayment in eight equal semi-annual instalments commencing thirty months after the first utilisation date, with the balance payable at final maturity."),
    ],
    [
        ("h", "7. Purpose"),
        ("p", "The proceeds of Tranche A will be applied to prepayments and purchases of ABF build-up substrates that LanShine Substrate Corp. will supply to the Borrower under a five-year supply agreement to be signed before the first utilisation date."),
        ("p", "The proceeds of Tranche B will be applied to the purchase of thermo-compression and hybrid bonders supplied to the Borrower by Kurogane Bonding Systems K.K., with an aggregate contract value of approximately JPY 11.2 billion."),
        ("p", "No part of the proceeds may be used to fund dividends, shareholder loans or any other distribution to the Parent."),
        ("h", "8. Interest"),
        ("p", "Tranche A: Tokyo Overnight Average Rate compounded in arrears (TORF) plus a margin of 1.45% per annum. Tranche B: Term SOFR plus a margin of 2.60% per annum. Interest periods of three or six months at the election of the Borrower."),
        ("h", "9. Fees"),
        ("p", "Upfront fee of 0.90% of each Lender's commitment, payable on signing. Commitment fee of 35% of the applicable margin on undrawn commitments during the Availability Period. Agency fee as agreed separately with the Agent."),
        ("h", "10. Security"),
        ("p", "First-ranking mortgage over the Cheonan land and buildings; first-ranking security over all present and future plant and equipment of the Borrower; assignment of insurances; and a pledge over the Borrower's operating and debt service reserve accounts."),
        ("h", "11. Financial Covenants (tested semi-annually on the Parent)"),
        ("p", "Net leverage ratio not to exceed 3.00:1.00 until 31 December 2026 and 2.50:1.00 thereafter. Interest cover not less than 4.00:1.00. Minimum liquidity of US$150,000,000 at all times."),
        ("h", "12. Conditions Precedent"),
        ("p", "Customary for facilities of this type, including constitutional documents, corporate approvals, legal opinions (Korean, New York and English law), the executed guarantee, perfection of the Security, evidence that the Cheonan Phase 3 budget is fully funded from committed sources, and a satisfactory technical adviser's report."),
        ("h", "13. Events of Default"),
        ("p", "Customary, including non-payment, breach of financial covenants, cross-default above US$25,000,000, insolvency, change of control of the Borrower or the Parent, and loss of any material operating permit for the Cheonan campus."),
        ("h", "14. Governing Law and Jurisdiction"),
        ("p", "The facility agreement will be governed by English law, with the non-exclusive jurisdiction of the courts of England. Security documents will be governed by Korean law."),
        ("gap", ""),
        ("small", "Indicative only. Subject to credit approval and definitive documentation. Figures and margins are subject to market conditions at signing."),
    ],
]

MOPS = [
    [
        ("small", "公開資訊觀測站 重大訊息公告"),
        ("title", "(6791) 嵐昇 董事會決議重要供貨合約、取得機器設備等事項"),
        ("p", "公司代號：6791 公司簡稱：嵐昇"),
        ("p", "序號：2 發言日期：114/10/08 發言時間：18:05:27"),
        ("p", "發言人：邱品萱 發言人職稱：財務長 發言人電話：(03)578-6120"),
        ("p", "主旨：本公司董事會決議簽訂重要供貨合約、取得機器設備、取得股權及子公司增資等事項，並澄清媒體報導。"),
        ("p", "符合條款：第四條第11款、第20款及第53款 事實發生日：114/10/08"),
        ("h", "說明："),
        ("p", "一、事實發生日：114/10/08"),
        ("p", "二、公司名稱：嵐昇載板股份有限公司（以下簡稱「本公司」）。"),
        ("p", "三、與公司關係（請輸入本公司或子公司）：本公司。"),
        ("p", "四、相互持股比例：不適用。"),
        ("p", "五、發生緣由："),
        ("h", "（一）簽訂重要供貨合約"),
        ("p", "1. 本公司董事會於民國114年10月8日決議，與 Quillfeather Packaging Korea Ltd.（以下簡稱「QPK」）簽訂為期五年、合約總金額約美金4.2億元之 ABF 載板長期供貨合約。"),
        ("p", "2. 依合約約定，QPK 將於114年第四季起分三期支付預付貨款共計美金85,000千元。"),
        ("p", "預付貨款將於合約期間內分期扣抵貨款。"),
        ("p", "3. QPK 為 Quillfeather Advanced Packaging, Inc. 之韓國全資子公司，與本公司非屬關係人。"),
        ("p", "4. 本公司並與 Quillfeather Advanced Packaging, Inc. 簽訂技術合作備忘錄，雙方將共同開發玻璃核心基板之封裝製程。"),
        ("h", "（二）取得機器設備"),
        ("p", "1. 標的物名稱及性質：增層壓合設備及雷射鑽孔機台共42台。"),
        ("p", "2. 交易相對人：日商鶴丘物產株式會社（Tsurugaoka Bussan Kaisha, Ltd.），非本公司之關係人。"),
        ("p", "3. 本公司同日決議向鶴丘物產購置前述設備，交易總金額為日圓6,480,000千元。"),
        ("p", "價款依交機及驗收進度分期支付。"),
        ("p", "4. 取得方式及價格決定之參考依據：議價方式，參考設備原廠報價及市場行情。"),
        ("p", "5. 資金來源：自有資金及銀行借款。"),
        ("p", "6. 具體目的：擴充楊梅廠 ABF 載板高層數產能，以因應 AI 加速器及 HBM 封裝需求。"),
        ("p", "7. 經紀人及經紀費用：無。"),
        ("p", "8. 交易相對人為非關係人，且本次交易非屬向關係人取得不動產或其使用權資產。"),
    ],
    [
        ("h", "（三）取得有價證券"),
        ("p", "1. 本公司擬以現金新臺幣1,860,000千元取得昱澄精密股份有限公司100%股權。"),
        ("p", "2. 昱澄精密主要從事 PCB 雷射鑽孔及自動光學檢測設備之製造，與本公司非屬關係人。"),
        ("p", "3. 價格決定之參考依據：參考獨立專家出具之價格合理性意見書。"),
        ("p", "4. 交割預計於114年12月底前完成，尚待主管機關核准。"),
        ("p", "5. 專業估價者事務所名稱：聯晟會計師事務所。"),
        ("p", "評估合理價格區間為新臺幣1,790,000千元至1,905,000千元，本次交易價格落於區間之內。"),
        ("p", "6. 取得之具體目的：垂直整合雷射鑽孔及檢測設備技術，降低載板製程設備成本並縮短交機時程。"),
        ("h", "（四）子公司增資"),
        ("p", "1. 本公司擬對子公司嵐昇載板（越南）有限公司（以下簡稱「嵐昇越南」）現金增資美金30,000千元。"),
        ("p", "2. 嵐昇越南為本公司100%持股之子公司，主要從事 ABF 載板之後段製程。"),
        ("p", "3. 嵐昇越南已與聯鑫商業銀行簽訂授信合約，借款額度為美金45,000千元。"),
        ("p", "前述借款將用於北寧廠第二期擴建。"),
        ("p", "4. 本公司並就前述授信額度出具背書保證，保證對象為聯鑫商業銀行。"),
        ("p", "5. 本次背書保證金額占本公司最近期財務報表淨值之比率為3.9%。"),
        ("p", "6. 增資資金來源：自有資金，將於取得越南投資主管機關核准後分二次匯出。"),
        ("h", "（五）澄清媒體報導"),
        ("p", "1. 近日媒體報導本公司已取得上海曜湃智算科技有限公司之載板訂單，經查並無此事。"),
        ("p", "2. 報載本公司將與 Sorabol Memory Co., Ltd. 合資設廠一節，純屬市場臆測，本公司並未與其進行任何洽談。"),
        ("p", "3. 本公司與欣晟電子同為國內主要 ABF 載板供應商，雙方產能規劃係各自獨立決策。"),
        ("p", "4. 本公司財務及業務資訊均以公開資訊觀測站公告為準。"),
        ("p", "六、因應措施：無。"),
        ("p", "七、其他應敘明事項："),
        ("p", "本公司將依相關法令辦理後續公告。"),
        ("p", "上述供貨合約之實際出貨數量，將視客戶需求預測及產能狀況調整。"),
        ("p", "本公告所述之前瞻性資訊，實際結果可能因市場及其他因素而有所差異。"),
    ],
]

# ---------------------------------------------------------------------------
# font preparation
# ---------------------------------------------------------------------------


def make_cjk_ttf(text, out_path):
    font = TTFont(TTC, fontNumber=TC_FACE)
    opts = subset.Options()
    opts.desubroutinize = True
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " ")
    sub.subset(font)
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\000\001\000\000"
    font.save(out_path)


# ---------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------

SIZES = {"title": 14, "sub": 11.5, "h": 10.5, "p": 9.5, "small": 8}


def break_points(text):
    """Indexes after which a line may end (spaces are dropped at the break)."""
    pts = []
    for i, ch in enumerate(text):
        if ch == " ":
            pts.append(("space", i))
        elif ch == "。" and i + 1 < len(text):
            pts.append(("after", i))
    return pts


def wrap(pdf, text, width):
    lines = []
    rest = text
    while pdf.get_string_width(rest) > width:
        best = None
        for kind, i in break_points(rest):
            head = rest[:i] if kind == "space" else rest[:i + 1]
            if pdf.get_string_width(head) <= width:
                best = (kind, i)
            else:
                break
        if best is None:
            raise SystemExit(f"cannot wrap without breaking a sentence: {rest[:40]}...")
        kind, i = best
        if kind == "space":
            lines.append(rest[:i])
            rest = rest[i + 1:]
        else:
            lines.append(rest[:i + 1])
            rest = rest[i + 1:]
    lines.append(rest)
    return lines


def render(pages, out, family, bold_family):
    pdf = FPDF(format="A4")
    pdf.set_margins(14, 16, 14)
    pdf.set_auto_page_break(False)
    setup = family
    width = 210 - 28
    for page in pages:
        pdf.add_page()
        for style, text in page:
            if style == "gap":
                pdf.ln(3)
                continue
            size = SIZES[style]
            fam, st = (bold_family if style in ("title", "h", "sub") else setup)
            pdf.set_font(fam, st, size)
            lh = size * 0.55
            for line in wrap(pdf, text, width):
                if pdf.get_y() + lh > 297 - 12:
                    raise SystemExit(f"page overflow in {out}: {text[:30]}")
                pdf.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6 if style == "p" else 1.0)
    pdf.output(os.path.join(HERE, out))


def main():
    render(TERM_SHEET, "04_quillfeather_korea_term_sheet.pdf", ("Helvetica", ""), ("Helvetica", "B"))

    chars = "".join(t for page in MOPS for _, t in page)
    font_path = os.path.join(HERE, "_cjk_tc_subset.ttf")
    make_cjk_ttf(chars, font_path)
    try:
        render_cjk(MOPS, "05_lanshine_mops.pdf", font_path)
    finally:
        os.remove(font_path)
    print("built 04_quillfeather_korea_term_sheet.pdf and 05_lanshine_mops.pdf")


def render_cjk(pages, out, font_path):
    global FPDF
    base = FPDF

    class CJK(base):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.add_font("nototc", "", font_path)
            self.add_font("nototc", "B", font_path)

    FPDF = CJK
    try:
        render(pages, out, ("nototc", ""), ("nototc", "B"))
    finally:
        FPDF = base


if __name__ == "__main__":
    main()
