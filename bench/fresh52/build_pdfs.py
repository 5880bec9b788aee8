"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 01_quarrystar_fleet_funding_om.pdf  (English, DejaVu Sans)
- 06_crownlan_hkex_announcement.pdf   (Traditional Chinese, Noto Sans CJK HK converted to TrueType)

The CJK font is subset from the system Noto Sans CJK collection and converted from CFF to
TrueType outlines (fpdf2 + pypdf text extraction need TrueType), written to a temporary file
and deleted after the PDF is built. Chinese lines are broken only at spaces or after 。 so
that pypdf's page text matches quotes after whitespace normalisation.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def make_cjk_ttf(text, out, index=4):
    """Subset one face of the Noto CJK collection to `text` and convert CFF -> glyf."""
    font = TTCollection(CJK_TTC).fonts[index]
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
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
    maxp.maxZones = 2
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


def zh_lines(pdf, text, width):
    """Greedy line breaking for CJK text: break only after 。 or at a space."""
    tokens = []
    cur = ""
    for ch in text:
        if ch == " ":
            tokens.append(cur)
            tokens.append(" ")
            cur = ""
        else:
            cur += ch
            if ch == "。":
                tokens.append(cur)
                cur = ""
    if cur:
        tokens.append(cur)
    lines = []
    line = ""
    for tok in tokens:
        if tok == " ":
            if line:
                line += " "
            continue
        trial = line + tok
        if pdf.get_string_width(trial) <= width or not line.strip():
            if pdf.get_string_width(tok) > width:
                raise ValueError(f"unbreakable chunk too wide: {tok}")
            line = trial
        else:
            lines.append(line.rstrip())
            line = tok
    if line.strip():
        lines.append(line.rstrip())
    return lines


def zh_para(pdf, text, size=9.5, h=5.8, gap=2.0, align="L"):
    pdf.set_font("CJK", size=size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for ln in zh_lines(pdf, text, width):
        pdf.cell(0, h, ln, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.ln(gap)


def en_para(pdf, text, size=9.5, h=5.0, bold_lead=None, gap=2.0):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if bold_lead:
        pdf.set_font("DV", "B", size)
        pdf.multi_cell(width, h, bold_lead, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", size)
    pdf.multi_cell(width, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def en_heading(pdf, text, size=11):
    pdf.set_font("DV", "B", size)
    pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(pdf, rows, widths, font="DV", size=8.5, h=6.0, header=True):
    for i, row in enumerate(rows):
        style = "B" if (header and i == 0 and font == "DV") else ""
        pdf.set_font(font, style, size)
        for cell, w in zip(row, widths):
            pdf.cell(w, h, cell, border=1)
        pdf.ln(h)
    pdf.ln(3)


# ---------------------------------------------------------------------------
# 01 Offering memorandum excerpt (English)
# ---------------------------------------------------------------------------

def build_om():
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("DV", "", DEJAVU)
    pdf.add_font("DV", "B", DEJAVU_B)

    # ---- page 1
    pdf.add_page()
    pdf.set_font("DV", "B", 8)
    pdf.multi_cell(0, 4.5, "PRELIMINARY OFFERING MEMORANDUM - SUBJECT TO COMPLETION, DATED OCTOBER 14, 2025. "
                   "STRICTLY CONFIDENTIAL.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 15)
    pdf.multi_cell(0, 8, "Quarrystar Fleet Funding I, LLC", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11)
    pdf.multi_cell(0, 6, "US$1,150,000,000 GPU Fleet-Backed Notes, Series 2025-1", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "US$920,000,000 5.87% Class A Notes and US$230,000,000 7.42% Class B Notes",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Sponsor, Manager and Servicer: Quarrystar Compute, Inc.", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    en_para(pdf, "The Notes have not been and will not be registered under the Securities Act of 1933, as amended "
                 "(the \"Securities Act\"), and are being offered only to qualified institutional buyers in reliance on "
                 "Rule 144A and to non-U.S. persons in offshore transactions in reliance on Regulation S. Prospective "
                 "investors should read \"Risk Factors\" beginning on page 24. This excerpt reproduces selected pages of "
                 "the Summary of Terms, the Anchor Investors section and the Risk Factors; page references are to the "
                 "full document.", size=8.5, h=4.4)

    en_heading(pdf, "SUMMARY OF TERMS")
    en_para(pdf, "The Issuer is a Delaware limited liability company and a wholly-owned, bankruptcy-remote special "
                 "purpose subsidiary of Quarrystar Compute, Inc. The Issuer was formed on July 2, 2025 and has not "
                 "engaged in any business other than activities incidental to its formation and this offering.",
            bold_lead="The Issuer")
    en_para(pdf, "Quarrystar Compute, Inc. (\"Quarrystar\" or the \"Sponsor\") operates a GPU cloud platform of "
                 "approximately 118,000 accelerators across five campuses in the United States and sells dedicated "
                 "and on-demand compute capacity to developers of AI models. Quarrystar's Class A common stock is "
                 "listed on the Nasdaq Global Select Market under the symbol \"QSTR\".",
            bold_lead="The Sponsor")
    en_para(pdf, "On the Closing Date, the Issuer will use the net proceeds of the Notes to purchase from Quarrystar "
                 "41,216 Veridane H-class accelerators and related servers (the \"Collateral GPUs\") for a purchase "
                 "price of approximately US$1.09 billion. The Collateral GPUs were purchased by Quarrystar from "
                 "Veridane Semiconductor Corp. between 2023 and 2025 and are installed in 5,152 eight-GPU servers. "
                 "The Collateral also includes the Issuer's rights under the customer contracts relating to the "
                 "Collateral GPUs, the collection account and the liquidity reserve account.",
            bold_lead="The Collateral")
    en_para(pdf, "Approximately 58% of the Collateral GPUs are subject to a take-or-pay capacity agreement under which "
                 "Quarrystar provides dedicated compute capacity to Lyrabird AI, Inc. through March 2029. The remaining "
                 "Collateral GPUs are contracted to eleven other customers, none of which represents more than 6% of "
                 "contracted revenue.",
            bold_lead="Customer Contracts")

    # ---- page 2
    pdf.add_page()
    en_para(pdf, "The Collateral GPUs are installed at the Pecos Ridge campus in Reeves County, Texas, where Quarrystar "
                 "leases powered shell and colocation space from Solenne Data Halls, LLC under a lease expiring in 2034. "
                 "The indenture trustee will benefit from a landlord access agreement.",
            bold_lead="Site")
    en_para(pdf, "A portion of the proceeds will be used to repay in full the US$400 million warehouse facility provided "
                 "to Quarrystar by Harrowgate Bank, N.A. The balance will fund the liquidity reserve account and "
                 "transaction expenses.",
            bold_lead="Use of Proceeds")
    en_para(pdf, "Wexmoor Trust Company, N.A. will act as indenture trustee and Palisandro Asset Services LLC will act "
                 "as backup servicer; neither has any obligation to fund or purchase the Notes. Halvorsen Tidewater "
                 "Securities LLC and Corvane Markets LLC are the initial purchasers of the Notes and are not expected "
                 "to retain any Notes.",
            bold_lead="Transaction Parties")
    en_para(pdf, "It is a condition to issuance that the Class A Notes be rated at least \"A (sf)\" and the Class B Notes "
                 "at least \"BBB (sf)\". Castellan Ratings is not a party to the Indenture and is not acting as an "
                 "adviser to Quarrystar Fleet Funding I, LLC.",
            bold_lead="Ratings")
    en_para(pdf, "The Notes are obligations of the Issuer only. The Notes are not guaranteed by Quarrystar Compute, Inc., "
                 "Veridane Semiconductor Corp. or any of their affiliates.",
            bold_lead="Limited Recourse")

    en_heading(pdf, "Summary of the Notes")
    table(pdf, [
        ["Class", "Principal", "Coupon", "Expected rating", "ARD", "Final maturity"],
        ["Class A", "US$920,000,000", "5.87%", "A (sf)", "Oct 2030", "Oct 2032"],
        ["Class B", "US$230,000,000", "7.42%", "BBB (sf)", "Oct 2030", "Oct 2032"],
    ], [22, 34, 20, 32, 28, 38])

    en_heading(pdf, "ANCHOR INVESTORS")
    en_para(pdf, "Each of the investors listed below (the \"Anchor Investors\") has entered into a binding commitment "
                 "letter with the Issuer and the Initial Purchasers to purchase Notes in the principal amounts shown, "
                 "subject only to the issuance of the Notes on the terms described in this Offering Memorandum.")
    table(pdf, [
        ["Anchor Investor", "Class", "Committed principal", "% of class"],
        ["Thornbury Mutual Insurance Company", "Class A", "US$310,000,000", "33.7%"],
        ["Gallowmere Teachers' Retirement System", "Class A", "US$185,000,000", "20.1%"],
        ["Kittering Re Ltd.", "Class A", "US$120,000,000", "13.0%"],
        ["Ferrovia Credit Partners Fund III, L.P.", "Class B", "US$95,000,000", "41.3%"],
        ["Total Anchor Investors", "-", "US$710,000,000", "61.7%"],
    ], [76, 22, 44, 32])
    en_para(pdf, "Thornbury Mutual Insurance Company intends to hold its Class A Notes in its general account as a "
                 "long-term investment. Anchor Investors will receive Notes on the same terms as other investors and "
                 "have no governance rights beyond those of Noteholders generally. No Anchor Investor has agreed to "
                 "purchase any Notes not allocated to it.", size=9)

    # ---- page 3
    pdf.add_page()
    en_heading(pdf, "RISK FACTORS (EXCERPT)")
    en_para(pdf, "The Notes are secured primarily by accelerators whose market value has historically declined rapidly as "
                 "new generations are released. Quarrystar's depreciation curve is more conservative than the curve "
                 "used by Tessellate Cloud Pte. Ltd. in its 2024 secured financing, but realised values could fall faster "
                 "than either curve assumes.",
            bold_lead="The value of the Collateral GPUs may decline faster than expected.")
    en_para(pdf, "A single customer accounts for approximately 58% of the Collateral GPUs. A default by that customer, or "
                 "its decision not to renew, would materially reduce collections, and re-marketing the capacity could "
                 "take several months and require price concessions.",
            bold_lead="The customer base is concentrated.")
    en_para(pdf, "The Issuer will not hedge compute prices. Quarrystar may, but is not required to, sell GPU-hour futures "
                 "on Meridex Compute Exchange for its own account, and any such hedge will not benefit the Noteholders.",
            bold_lead="The Issuer is exposed to the market price of compute.")
    en_para(pdf, "The Issuer depends on Quarrystar to operate and market the Collateral GPUs. If Quarrystar becomes "
                 "insolvent, the backup servicer may not be able to assume servicing promptly, and a court could seek to "
                 "recharacterise the transfer of the Collateral GPUs as a secured loan rather than a true sale.",
            bold_lead="The Issuer relies on the Sponsor.")
    en_heading(pdf, "FORWARD-LOOKING STATEMENTS", size=9.5)
    en_para(pdf, "This Offering Memorandum contains forward-looking statements, including statements regarding expected "
                 "collections, residual values and the performance of customers. These statements are subject to risks "
                 "and uncertainties, and actual results may differ materially. Neither the Issuer nor the Sponsor "
                 "undertakes any obligation to update them.", size=8.5, h=4.4)

    pdf.output(os.path.join(HERE, "01_quarrystar_fleet_funding_om.pdf"))


# ---------------------------------------------------------------------------
# 06 HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------

HK_PARAS = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"
              "並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "冠瀾數智控股有限公司"),
    ("title_en", "CROWNLAN DIGITAL HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號： 2719）"),
    ("head", "須予披露交易"),
    ("head", "認購 NORTHGATE COMPUTE INFRASTRUCTURE FUND I, L.P. 之有限合夥權益"),
    ("h2", "認購協議"),
    ("p", "董事會欣然宣佈，於二零二五年十一月七日（交易時段後），本公司（作為有限合夥人）與 Kestrelwood Capital "
          "Management （作為普通合夥人）就 Northgate Compute Infrastructure Fund I, L.P. （「基金」）訂立認購協議。"),
    ("p", "根據認購協議，本公司同意以現金認購基金之有限合夥權益，承諾出資額為 150,000,000美元 （相當於約 1,170,000,000港元）。"
          "承諾出資額將按普通合夥人發出之提款通知分期繳付，預期於基金首次交割起計三年內悉數繳足。"),
    ("p", "承諾出資額乃經本公司與普通合夥人按公平原則磋商後釐定，並將以本集團內部資源撥付。"),
    ("h2", "認購協議之主要條款"),
    ("p", "日期： 二零二五年十一月七日。"),
    ("p", "訂約方： (i) 本公司（作為有限合夥人）；及 (ii) 普通合夥人。"),
    ("p", "顧問委員會： 本公司有權委任一名代表加入基金之有限合夥人顧問委員會。基石有限合夥人亦有權委任一名代表。"),
    ("p", "轉讓限制： 未經普通合夥人事先書面同意，本公司不得轉讓其於基金之任何權益。"),
    ("p", "違約條款： 倘有限合夥人未能於提款通知所訂日期繳付出資，普通合夥人可沒收該違約有限合夥人於基金之部分權益。"),
    ("p", "收益分派： 基金之可分派收益將首先分派予有限合夥人直至收回已繳出資及 8% 之優先回報。其後按 85 : 15 之比例於有限合夥人與普通合夥人之間分派。"),
    ("pagebreak", ""),
    ("h2", "有關基金之資料"),
    ("p", "基金為一家根據開曼群島法律成立之獲豁免有限合夥企業。基金主要投資於以圖形處理器（「 GPU 」）及相關伺服器為抵押之優先擔保貸款、"
          "算力容量合約及數據中心基礎設施。基金之目標規模為 2,500,000,000美元，年期為八年。"),
    ("p", "基石有限合夥人 Almaris Sovereign Holdings 已承諾向基金出資 1,000,000,000美元，為基金之最大單一出資人。"),
    ("p", "Kestrelwood Capital Management 作為普通合夥人已承諾向基金出資 50,000,000美元。"
          "普通合夥人將收取每年 1.25% 之管理費及 15% 之附帶權益。"),
    ("p", "基金之首項投資為向 Tessellate Cloud Pte. Ltd. 提供本金額為 280,000,000美元之優先擔保定期貸款，"
          "以其位於新加坡及柔佛之約 19,000 片 GPU 作抵押。"),
    ("p", "據董事作出一切合理查詢後所深知、盡悉及確信， Kestrelwood Capital Management 、 Almaris Sovereign Holdings "
          "及其各自之最終實益擁有人均為獨立第三方。"),
    ("p", "基金日後之投資可能包括向其他 GPU 雲服務供應商（例如 Quarrystar Compute, Inc. ）提供融資，"
          "惟於本公告日期基金並無就此訂立任何協議或諒解。"),
    ("h2", "有關本集團之資料"),
    ("p", "本集團主要於香港及東南亞從事數據中心營運及算力服務。"
          "本集團透過全資附屬公司冠瀾算力（香港）有限公司營運位於將軍澳之 TKO-3 數據中心。"
          "該數據中心之總設計電力容量約為 48 兆瓦。截至二零二四年十二月三十一日止年度，本集團之收益約為 1,486,000,000港元。"),
    ("p", "本集團為 Meridex Compute Exchange 提供撮合引擎及風險系統之主機托管服務，相關合約為期五年。"),
    ("h2", "進行認購事項之理由及裨益"),
    ("p", "董事認為，以 GPU 為抵押之融資及算力交易正迅速發展為獨立資產類別。"
          "認購事項可讓本集團參與該市場之增長，並加深對區域 GPU 雲服務供應商之了解。"
          "董事（包括獨立非執行董事）認為認購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("h2", "上市規則之涵義"),
    ("p", "由於有關認購事項之一項或多項適用百分比率超過 5% 但低於 25% ，故認購事項構成本公司之須予披露交易，"
          "須遵守上市規則第14章之申報及公告規定。"),
    ("pagebreak", ""),
    ("h2", "釋義"),
    ("defs", ""),
    ("sign", ""),
]

HK_DEFS = [
    ["「本公司」", "指", "冠瀾數智控股有限公司，其股份於聯交所主板上市"],
    ["「基金」", "指", "Northgate Compute Infrastructure Fund I, L.P."],
    ["「普通合夥人」", "指", "Kestrelwood Capital Management"],
    ["「本集團」", "指", "本公司及其附屬公司"],
    ["「聯交所」", "指", "香港聯合交易所有限公司"],
    ["「美元」", "指", "美利堅合眾國法定貨幣"],
    ["「港元」", "指", "香港法定貨幣"],
]

HK_SIGN = [
    "承董事會命",
    "冠瀾數智控股有限公司",
    "主席",
    "鄺嘉朗",
    "香港，二零二五年十一月七日",
]
HK_FOOT = ("於本公告日期，董事會包括執行董事鄺嘉朗先生、杜沛琳女士及區子謙先生。"
           "獨立非執行董事為麥詠恩女士、陳柏聰先生及司徒慧儀女士。")


def build_hkex():
    all_text = "".join(t for _, t in HK_PARAS) + "".join("".join(r) for r in HK_DEFS) \
        + "".join(HK_SIGN) + HK_FOOT + "0123456789,.%（）「」、，。：；- ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    tmp = tempfile.NamedTemporaryFile(suffix=".ttf", dir=HERE, delete=False)
    tmp.close()
    try:
        make_cjk_ttf(all_text, tmp.name, index=4)
        pdf = FPDF(format="A4")
        pdf.set_margins(16, 18, 16)
        pdf.set_auto_page_break(True, margin=18)
        pdf.add_font("CJK", "", tmp.name)
        pdf.add_page()
        for kind, text in HK_PARAS:
            if kind == "small":
                zh_para(pdf, text, size=8, h=4.6, gap=4)
            elif kind == "title":
                zh_para(pdf, text, size=16, h=9, gap=0, align="C")
            elif kind == "title_en":
                zh_para(pdf, text, size=12, h=7, gap=0, align="C")
            elif kind == "center":
                zh_para(pdf, text, size=9.5, h=5.5, gap=0, align="C")
            elif kind == "head":
                pdf.ln(2)
                zh_para(pdf, text, size=12, h=7, gap=0, align="C")
            elif kind == "h2":
                pdf.ln(2)
                zh_para(pdf, text, size=11.5, h=7, gap=1)
            elif kind == "p":
                zh_para(pdf, text)
            elif kind == "pagebreak":
                pdf.add_page()
            elif kind == "defs":
                pdf.set_font("CJK", size=9.5)
                for row in HK_DEFS:
                    pdf.cell(36, 6, row[0])
                    pdf.cell(10, 6, row[1])
                    pdf.cell(0, 6, row[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(4)
            elif kind == "sign":
                for line in HK_SIGN:
                    zh_para(pdf, line, size=10, h=5.8, gap=0, align="R")
                pdf.ln(4)
                zh_para(pdf, HK_FOOT, size=9, h=5.2)
        pdf.output(os.path.join(HERE, "06_crownlan_hkex_announcement.pdf"))
    finally:
        os.remove(tmp.name)


if __name__ == "__main__":
    build_om()
    build_hkex()
    print("built 01_quarrystar_fleet_funding_om.pdf and 06_crownlan_hkex_announcement.pdf")
