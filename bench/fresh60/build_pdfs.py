"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""
import os
import shutil
import tempfile

from fontTools.ttLib import TTCollection
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# --------------------------------------------------------------------------
# 03 Kestrel Ridge 10-K excerpt (English)
# --------------------------------------------------------------------------
TENK_PAGES = [
    [
        ("center", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("center", "Washington, D.C. 20549"),
        ("title", "FORM 10-K"),
        ("center", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
        ("center", "For the fiscal year ended December 31, 2024"),
        ("center", "Commission File Number 001-41877"),
        ("title", "KESTREL RIDGE DIGITAL, INC."),
        ("center", "(Exact name of registrant as specified in its charter)"),
        ("center", "Delaware - 88-3419027 - 2200 Ross Avenue, Suite 3100, Dallas, Texas 75201"),
        ("center", "Class A Common Stock, par value $0.0001 per share - KRDG - The Nasdaq Global Select Market"),
        ("p", "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, a non-accelerated filer, a smaller reporting company, or an emerging growth company. Large accelerated filer [X]. The aggregate market value of the voting common equity held by non-affiliates of the registrant as of June 28, 2024 was approximately $6.9 billion. As of February 14, 2025, there were 164,882,315 shares of Class A common stock outstanding."),
        ("h", "EXCERPTED PAGES"),
        ("p", "The following pages reproduce selected portions of Item 1A (Risk Factors) and of the Notes to Consolidated Financial Statements. Page numbering of the original filing has not been retained."),
        ("h", "CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS"),
        ("p", "This Annual Report contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934. Words such as \"expect,\" \"anticipate,\" \"intend,\" \"plan,\" \"believe\" and similar expressions identify forward-looking statements. These statements involve risks and uncertainties, including those described under Item 1A, that could cause actual results to differ materially. We undertake no obligation to update any forward-looking statement."),
    ],
    [
        ("h", "Item 1A. Risk Factors"),
        ("h2", "A small number of customers account for a substantial majority of our revenues."),
        ("p", "Our business depends on a limited number of very large customers, and the loss of, or a significant reduction in demand from, any of them would materially and adversely affect our results of operations. Tessellate Cloud accounted for 41% of our total revenues in 2024, or $312.4 million, under leases at our Prineville campus. Orison Labs accounted for 18% of our total revenues in 2024, or $137.2 million, under leases at our Prineville and Columbus facilities. No other customer accounted for more than 10% of revenues."),
        ("p", "Our leases with these customers are long-term, but they contain delivery-date and service-level provisions that give the customer termination or rent-abatement rights if we fail to deliver capacity on schedule. Several of our customers are themselves dependent on external financing. Model developers in particular have limited operating histories, significant cash burn and capital structures that include strategic investors who are also their suppliers."),
        ("table", [["Customer", "2024", "2023"], ["Tessellate Cloud", "41%", "44%"], ["Orison Labs", "18%", "9%"], ["All other customers", "41%", "47%"]]),
        ("h2", "We face intense competition for customers, power and land."),
        ("p", "We compete with Ironpeak Data Centers, Solano Digital Realty and the in-house development programs of large cloud providers, many of which have greater financial resources than we do. Competition for powered land and utility interconnection capacity has intensified, and we may be unable to secure sites on acceptable terms."),
        ("h2", "We rely on a limited number of contractors and suppliers."),
        ("p", "Corvane Construction Group was our principal general contractor in 2024 and accounted for approximately 58% of our construction spending. Any failure by our contractors to perform, or any shortage of transformers, switchgear or cooling equipment, could delay deliveries and expose us to liquidated damages under our leases."),
    ],
    [
        ("h", "Notes to Consolidated Financial Statements"),
        ("h", "Note 9. Debt"),
        ("p", "The following table summarizes the Company's outstanding indebtedness as of December 31, 2024 (in millions):"),
        ("table", [["Facility", "Rate", "Maturity", "2024"], ["Construction loan", "SOFR + 2.60%", "2028", "$812.5"], ["Prineville term loan", "SOFR + 2.10%", "2029", "$600.0"], ["6.75% senior notes", "6.75%", "2030", "$500.0"], ["Total principal", "", "", "$1,912.5"]]),
        ("p", "Construction loan. On September 12, 2024, the Company entered into a $1.35 billion senior secured construction loan with Northgate Bank, N.A., as sole lender, for the first phase of the Caddo Flats campus. Borrowings bear interest at SOFR plus 2.60% and are secured by substantially all of the assets of the Caddo Flats project entities. As of December 31, 2024, $812.5 million was outstanding."),
        ("p", "Prineville term loan. In November 2024 the Company borrowed $600 million under a five-year senior secured term loan provided by Harwell Commercial Bank plc, secured by the Prineville campus and an assignment of the Prineville leases. The term loan requires a minimum debt service coverage ratio of 1.35 to 1.00."),
        ("p", "Senior notes. In May 2024 the Company issued $500 million aggregate principal amount of 6.75% senior notes due 2030. Cobalt Trust Company, N.A. serves as trustee under the indenture governing the notes issued by Kestrel Ridge Digital, Inc. The notes are senior unsecured obligations of the Company."),
        ("p", "The Company was in compliance with all financial covenants under its debt agreements as of December 31, 2024."),
    ],
    [
        ("h", "Note 11. Investment in Meridian Vault Operating Partnership Units"),
        ("p", "As partial consideration for the 2023 sale of our Hillsboro campus, we received 6.2 million common units of Meridian Vault Operating Partnership, L.P., which we continue to hold. These units represent approximately 4.1% of the outstanding common units of Meridian Vault Operating Partnership, L.P. and are redeemable for cash or, at Meridian Vault Realty Trust's election, common shares on a one-for-one basis. The units are carried at fair value of $288.3 million, with changes recognized in other income."),
        ("h", "Note 12. Convertible Preferred Stock"),
        ("p", "On August 15, 2024, the Company issued 750,000 shares of Series A Convertible Perpetual Preferred Stock to investment funds managed by Larchmont Infrastructure Partners for gross proceeds of $750 million. The preferred stock accrues dividends at 7.0% per annum, payable in cash or in kind, and is convertible into Class A common stock at $26.40 per share. On an as-converted basis, Larchmont held approximately 19.6% of the Company's common stock as of December 31, 2024. The holders are entitled to designate one director for so long as they hold at least 50% of the preferred shares originally issued."),
        ("h", "Note 15. Related Party Transactions"),
        ("p", "Funds managed by Larchmont also hold a controlling interest in Halden Power & Land LLC, from which we purchased the Caddo Flats land in 2024 for $142.0 million. We believe the purchase was made on terms no less favorable than those available from unaffiliated parties. Halden also provides power to the campus under a 20-year energy services agreement entered into at the time of the land purchase."),
        ("h", "Report of Independent Registered Public Accounting Firm (extract)"),
        ("p", "Brennan Lowe LLP, our independent registered public accounting firm, has audited the consolidated financial statements of Kestrel Ridge Digital, Inc. as of and for the years ended December 31, 2024 and 2023, and has issued an unqualified opinion thereon. Dallas, Texas, February 26, 2025."),
    ],
]


def build_10k(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(False)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for n, page in enumerate(TENK_PAGES, 1):
        pdf.add_page()
        for kind, content in page:
            if kind == "center":
                pdf.set_font("Helvetica", "", 9)
                pdf.multi_cell(w, 5, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "title":
                pdf.set_font("Helvetica", "B", 14)
                pdf.multi_cell(w, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(w, 6, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.set_font("Helvetica", "BI", 10)
                pdf.multi_cell(w, 5.5, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(w, 5, content, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "table":
                pdf.set_font("Helvetica", "", 9)
                ncol = len(content[0])
                cw = [w * 0.4] + [w * 0.6 / (ncol - 1)] * (ncol - 1)
                for r, row in enumerate(content):
                    pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
                    for c, cell in enumerate(row):
                        pdf.cell(cw[c], 6, cell, border=1)
                    pdf.ln(6)
                pdf.ln(2)
        pdf.set_font("Helvetica", "", 8)
        pdf.set_y(-14)
        pdf.cell(w, 5, f"Kestrel Ridge Digital, Inc. - Form 10-K 2024 (excerpt) - {n}", align="C")
    pdf.output(path)


# --------------------------------------------------------------------------
# 06 Kafung Land HKEX discloseable transaction (Traditional Chinese)
# --------------------------------------------------------------------------
HK_PAGES = [
    [
        ("p", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不就因本公告全部或任何部份內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("title", "嘉峯置業控股有限公司"),
        ("center", "KAFUNG LAND HOLDINGS LIMITED"),
        ("center", "（於百慕達註冊成立之有限公司）"),
        ("center", "（股份代號：1873）"),
        ("title", "須予披露交易"),
        ("center", "收購雲棲（惠州）智算有限公司40%股權"),
        ("h", "收購事項"),
        ("p", "董事會欣然宣佈，於2025年5月19日（交易時段後），本公司與雲棲智算科技股份有限公司訂立股權轉讓協議。"),
        ("p", "本公司同意向賣方收購雲棲（惠州）智算有限公司40%股權，代價為人民幣6.8億元。"),
        ("p", "完成後，本公司及雲棲智算將分別持有雲棲惠州40%及60%股權。"),
        ("p", "目標公司將不會成為本公司之附屬公司，其財務業績將以權益法於本集團綜合財務報表入賬。"),
        ("h", "上市規則之涵義"),
        ("p", "由於有關收購事項之一項或多項適用百分比率超過5%但全部低於25%，故收購事項構成本公司之須予披露交易。"),
        ("p", "因此，收購事項須遵守上市規則第十四章之申報及公告規定，惟獲豁免遵守股東批准規定。"),
    ],
    [
        ("h", "股權轉讓協議"),
        ("p", "股權轉讓協議之主要條款載列如下。"),
        ("table", [["項目", "內容"], ["日期", "2025年5月19日"], ["買方", "本公司"], ["賣方", "雲棲智算科技股份有限公司"], ["標的", "目標公司40%股權"], ["代價", "人民幣6.8億元"]]),
        ("h", "代價及付款安排"),
        ("p", "代價乃由訂約方經公平磋商後釐定，並已參考獨立估值師對目標公司於2025年3月31日之股東全部權益評估值。"),
        ("p", "代價將分三期以現金支付，首期為代價之30%，於協議簽署後十個營業日內支付。"),
        ("p", "第二期為代價之40%，於完成時支付；餘下30%於項目一期投入運營後支付。"),
        ("p", "代價將以本集團內部資源及太平峰銀行有限公司提供之港幣25億元定期貸款撥付。"),
        ("h", "先決條件及完成"),
        ("p", "完成須待（其中包括）取得所有必要之政府批准及登記，以及賣方之保證於完成時仍屬真實及準確後，方可作實。"),
        ("p", "完成預期於2025年8月31日或之前落實。"),
        ("h", "有關目標公司之資料"),
        ("p", "目標公司為雲棲智算之全資附屬公司，主要從事惠州仲愷智算中心項目之開發及營運。"),
        ("p", "該項目規劃約1.2萬個高功率機櫃，一期預期於2026年第一季度投入運營。"),
        ("table", [["截至12月31日止年度", "2023年", "2024年"], ["收益（人民幣千元）", "-", "-"], ["除稅前虧損（人民幣千元）", "(3,215)", "(11,870)"], ["除稅後虧損（人民幣千元）", "(3,215)", "(11,870)"]]),
    ],
    [
        ("h", "有關訂約方之資料"),
        ("p", "本集團主要於香港及中國內地從事物業發展、投資及管理業務。"),
        ("p", "雲棲智算為一間於上海證券交易所科創板上市之公司（證券代碼：688417），主要從事智算中心之投資、建設及營運。"),
        ("p", "據董事作出一切合理查詢後所知、所悉及所信，賣方及其最終實益擁有人均為獨立第三方。"),
        ("h", "訂立股權轉讓協議之理由及裨益"),
        ("p", "董事會認為，數據中心資產具備長期租約及穩定現金流，有助本集團優化收入結構。"),
        ("p", "本公司與雲棲智算亦同意訂立股東協議，共同開發大灣區智算中心業務。"),
        ("p", "此外，本集團位於葵涌之工業大廈改建數據中心項目，已與Tessellate Cloud訂立為期十年之預租協議。"),
        ("p", "該改建工程之總承包商為榮晟工程有限公司，合約金額為港幣9.6億元。"),
        ("p", "新澔地產等本地發展商及北辰智算等內地營運商亦積極佈局大灣區數據中心，市場競爭日趨激烈。"),
        ("p", "寶源融資有限公司已獲委任為本公司有關收購事項之財務顧問。"),
        ("p", "董事（包括獨立非執行董事）認為，股權轉讓協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
        ("h", "釋義"),
        ("table", [["詞彙", "涵義"], ["「本公司」", "嘉峯置業控股有限公司"], ["「賣方」", "雲棲智算科技股份有限公司"], ["「目標公司」", "雲棲（惠州）智算有限公司"], ["「上市規則」", "聯交所證券上市規則"]]),
        ("p", "承董事會命"),
        ("p", "嘉峯置業控股有限公司"),
        ("p", "主席　鄭家峯"),
        ("p", "香港，2025年5月20日"),
        ("p", "於本公告日期，董事會成員包括執行董事鄭家峯先生、梁詠嵐女士及何志朗先生；以及獨立非執行董事陳柏豪先生、黃美琪女士及羅德明先生。"),
    ],
]


def cjk_lines(pdf, text, width):
    """Pack whole sentences (ending in 。) into lines; split an over-long
    sentence after ， or ； and only as a last resort between characters."""
    sentences = []
    buf = ""
    for ch in text:
        buf += ch
        if ch == "。":
            sentences.append(buf)
            buf = ""
    if buf:
        sentences.append(buf)
    lines = []
    cur = ""
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
        # over-long sentence
        piece = ""
        for ch in s:
            if pdf.get_string_width(piece + ch) > width:
                cut = max(piece.rfind("，"), piece.rfind("；"))
                if cut > 0:
                    lines.append(piece[:cut + 1])
                    piece = piece[cut + 1:]
                else:
                    lines.append(piece)
                    piece = ""
            piece += ch
        cur = piece
    if cur:
        lines.append(cur)
    return lines


def build_hk(path, ttf):
    pdf = FPDF(format="A4")
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(False)
    pdf.add_font("NotoTC", "", ttf)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for n, page in enumerate(HK_PAGES, 1):
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("NotoTC", "", 15)
                pdf.cell(w, 9, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center":
                pdf.set_font("NotoTC", "", 10)
                pdf.cell(w, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("NotoTC", "", 11.5)
                pdf.cell(w, 7, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("NotoTC", "", 9.5)
                for line in cjk_lines(pdf, content, w):
                    pdf.cell(w, 5.6, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            elif kind == "table":
                pdf.set_font("NotoTC", "", 9)
                ncol = len(content[0])
                cw = [w * 0.45] + [w * 0.55 / (ncol - 1)] * (ncol - 1)
                for row in content:
                    for c, cell in enumerate(row):
                        pdf.cell(cw[c], 6.5, cell, border=1)
                    pdf.ln(6.5)
                pdf.ln(2)
        pdf.set_font("NotoTC", "", 8)
        pdf.set_y(-14)
        pdf.cell(w, 5, f"— {n} —", align="C")
    pdf.output(path)


def cjk_ttf(index, text, out_path):
    """Extract face `index` of the Noto CJK collection, subset it to the
    characters used, convert its CFF outlines to TrueType (glyf) so that
    fpdf2 embeds it as a CIDFontType2 with Identity-H encoding, and save."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    font = TTCollection(TTC).fonts[index]
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    chars = set(text) | {chr(c) for c in range(32, 127)}
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)

    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    for tag in ("VORG",):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in order:
        g = glyf[name]
        adv = hmtx.metrics[name][0]
        hmtx.metrics[name] = (adv, getattr(g, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"
    font.save(out_path)


def main():
    build_10k(os.path.join(HERE, "03_KestrelRidge_10K_excerpt.pdf"))
    tmp = tempfile.mkdtemp()
    try:
        ttf = os.path.join(tmp, "NotoSansCJKtc-Regular.ttf")
        text = "".join(c for page in HK_PAGES for _, item in page
                       for c in (item if isinstance(item, str) else "".join("".join(r) for r in item)))
        text += "— 0123456789"
        cjk_ttf(3, text, ttf)
        build_hk(os.path.join(HERE, "06_Kafung_HKEX_discloseable_transaction.pdf"), ttf)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
