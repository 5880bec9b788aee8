"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Lines are broken only at spaces (English) or at spaces / after "。" (Chinese), so that
every quote matches pypdf's page text after whitespace normalisation.  The Chinese
PDF embeds a subset of Noto Sans CJK TC converted to TrueType outlines with fontTools;
the temporary font file is deleted after the build.
"""
import os
import re

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3  # Noto Sans CJK TC inside the collection

# ---------------------------------------------------------------------------
# Document 03: venture-debt term sheet summary (English)
# ---------------------------------------------------------------------------
# items: ("title", text) ("h", text) ("p", text) ("kv", label, text) ("table", widths, rows) ("small", text) ("page",)
DOC03 = [
    ("small", "CONFIDENTIAL - FOR DISCUSSION PURPOSES ONLY - SUBJECT TO CONTRACT"),
    ("title", "VERIDANE AI, INC."),
    ("title", "Summary of Principal Terms"),
    ("title", "Senior Secured Growth Term Loan Facility"),
    ("small", "Dated August 4, 2026"),
    ("p", "This Summary of Principal Terms (this \"Term Sheet\") summarizes the principal terms of a proposed senior secured term loan facility (the \"Facility\"). Except for the sections entitled \"Confidentiality\", \"Expenses\" and \"Governing Law\", which are binding upon execution, this Term Sheet is non-binding and does not constitute a commitment to lend. Any commitment will be subject to definitive documentation satisfactory to the Lenders."),
    ("h", "1. Parties"),
    ("kv", "Borrower:", "Veridane AI, Inc., a Delaware corporation (the \"Company\" or \"Veridane\")."),
    ("kv", "Co-Borrower:", "Veridane Compute Holdings LLC (\"VCH\"), a wholly owned subsidiary of Veridane AI, Inc. that holds the Company's accelerator fleet and capacity contracts."),
    ("kv", "Lenders:", "Tallowgate Capital Partners IV, L.P. (\"Tallowgate\") will lend up to $300,000,000 to the Company in two tranches. Calloway Ridge Credit Fund II, L.P. (\"Calloway Ridge\" and, together with Tallowgate, the \"Lenders\") will provide the balance of the Facility."),
    ("kv", "Collateral Agent:", "Fennimore Trust Company, N.A. will act as collateral agent for the Lenders and will hold the security interests granted by Veridane; Fennimore Trust Company, N.A. has no commitment to lend under the Facility."),
    ("h", "2. Facility"),
    ("p", "The Facility will be made available in three tranches as follows:"),
    ("table", [28, 80, 36, 46], [
        ["Tranche", "Lender", "Commitment", "Availability"],
        ["Tranche A", "Tallowgate Capital Partners IV, L.P.", "$200,000,000", "At closing"],
        ["Tranche B", "Tallowgate Capital Partners IV, L.P.", "$100,000,000", "ARR milestone"],
        ["Tranche C", "Calloway Ridge Credit Fund II, L.P.", "$150,000,000", "At closing"],
        ["Total", "", "$450,000,000", ""],
    ]),
    ("kv", "ARR Milestone:", "Tranche B will be available upon the Company achieving annualized recurring revenue of at least $600,000,000 for two consecutive fiscal quarters on or before June 30, 2027."),
    ("kv", "Use of Proceeds:", "Proceeds will be used (i) to fund the prepayment due under the Capacity Reservation Agreement dated June 30, 2026 between the Company and Sablecrest Compute, LLC (\"Sablecrest\"), (ii) for working capital and (iii) for general corporate purposes."),
    ("kv", "Sablecrest Agreement:", "Under the Capacity Reservation Agreement, Sablecrest will provide Veridane with 18,000 dedicated inference accelerators in its Abilene and Reno regions for a total contract value of $1.26 billion over four years. The prepayment due at signing of the reservation schedule is $315,000,000."),
    ("page",),
    ("h", "3. Economic Terms"),
    ("kv", "Interest Rate:", "Term SOFR plus 6.25% per annum, with a Term SOFR floor of 4.00%, payable monthly in cash."),
    ("kv", "Interest-Only Period:", "18 months from the closing date, extendable to 24 months if Tranche B is drawn."),
    ("kv", "Maturity:", "48 months from the closing date. Following the interest-only period, principal will amortize in equal monthly installments."),
    ("kv", "Fees:", "Commitment fee of 1.00% of total commitments, payable at closing. Final payment fee of 3.50% of amounts funded, payable at maturity or prepayment."),
    ("kv", "Prepayment:", "Voluntary prepayment permitted in whole or in part, subject to a prepayment fee of 3.00% in year one, 2.00% in year two and 1.00% thereafter."),
    ("kv", "Warrant Coverage:", "Each Lender will receive a warrant to purchase shares of the Company's most senior series of preferred stock with an aggregate exercise value equal to 1.25% of its funded commitment, at the price per share of the most recent equity financing."),
    ("h", "4. Security and Guarantees"),
    ("kv", "Collateral:", "First-priority perfected security interest in substantially all assets of the Company and VCH, including accelerator equipment, contract rights under the Sablecrest agreement and intellectual property (subject to a negative pledge on model weights in lieu of a lien)."),
    ("kv", "Cross-Guarantee:", "VCH will guarantee the obligations of the Company and the Company will guarantee the obligations of VCH under the Facility."),
    ("h", "5. Existing Capital Structure"),
    ("kv", "Permitted Indebtedness:", "The following existing indebtedness will be permitted and, where indicated, subordinated or subject to an intercreditor agreement:"),
    ("p", "(a) Brindlecove Bank, N.A. (\"Brindlecove\") provides the Company a revolving credit facility of up to $75,000,000, which will be subject to an intercreditor agreement with the Lenders."),
    ("p", "(b) Orrenfield Financial Services LLC, a subsidiary of Orrenfield Semiconductor, Inc., provided equipment financing to the Company with an outstanding principal balance of $120,000,000 as of June 30, 2026."),
    ("p", "(c) The Company issued 1.0% convertible notes to Amagiri Holdings K.K. (\"Amagiri\") in an aggregate principal amount of JPY 15,000,000,000, which will be contractually subordinated to the Facility."),
    ("page",),
    ("kv", "Equity Ownership:", "Dovecrest Growth Fund III, L.P. (\"Dovecrest\"), which led the Company's Series C round, holds approximately 14.8% of the Company's fully diluted capital stock."),
    ("kv", "Affiliations:", "Calloway Ridge and Tallowgate are not affiliates of each other, and neither Lender is affiliated with Sablecrest."),
    ("h", "6. Covenants and Conditions"),
    ("kv", "Financial Covenants:", "Minimum liquidity of $100,000,000 at all times; minimum trailing three-month revenue tested quarterly against 70% of plan."),
    ("kv", "Negative Covenants:", "Customary restrictions on additional indebtedness, liens, dividends, investments, dispositions of material intellectual property, and changes of control."),
    ("kv", "Conditions Precedent:", "Satisfactory legal and financial due diligence; execution of the intercreditor agreement with Brindlecove; evidence that the Sablecrest reservation schedule has been countersigned; and no material adverse change."),
    ("kv", "Market Context:", "Pricing is broadly consistent with growth facilities recently arranged for peer model labs such as Pallidus AI and Halcyra Labs, Inc.; the Lenders have no exposure to either company."),
    ("h", "7. Other Terms"),
    ("kv", "Expenses:", "The Company will reimburse the Lenders' reasonable legal and due diligence expenses, capped at $750,000 absent a material change in structure."),
    ("kv", "Confidentiality:", "The existence and contents of this Term Sheet are confidential and may be disclosed only to the Company's board, investors and advisers on a need-to-know basis."),
    ("kv", "Governing Law:", "State of New York."),
    ("kv", "Expiration:", "This Term Sheet will expire if not countersigned by the Company by 5:00 p.m. (New York time) on August 18, 2026."),
    ("p", "ACKNOWLEDGED AND AGREED: VERIDANE AI, INC. By: ____________ Name: Marisol Quenneville-Pike Title: Chief Financial Officer"),
    ("p", "TALLOWGATE CAPITAL PARTNERS IV, L.P. By: ____________ Name: Everett Sundqvist-Obi Title: Managing Director"),
]

# ---------------------------------------------------------------------------
# Document 07: HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC07 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"),
    ("small", "並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "雲栢數據控股有限公司"),
    ("title", "CLOUDPINE DATA HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2893）"),
    ("title", "須予披露交易"),
    ("title", "認購可換股債券及訂立算力服務框架協議"),
    ("h", "緒言"),
    ("p", "本公司董事會（「董事會」）欣然宣佈，本公司已訂立認購協議，其附屬公司亦已訂立算力服務框架協議。"
          "於2026年9月18日（交易時段後），本公司與上海瀾圖智能科技有限公司（「瀾圖智能」）訂立認購協議。"
          "根據認購協議，本公司同意認購瀾圖智能發行本金總額為人民幣8億元的可換股債券。"
          "同日，本公司全資附屬公司雲栢算力（深圳）有限公司（「雲栢算力」）與瀾圖智能訂立算力服務框架協議。"),
    ("h", "認購協議"),
    ("kv", "日期：", "2026年9月18日"),
    ("kv", "訂約方：", "(i) 本公司（作為認購方）；及 (ii) 瀾圖智能（作為發行人）。"),
    ("kv", "本金額：", "人民幣800,000,000元，由本公司以現金分兩期支付。"),
    ("kv", "利率：", "年利率3.0%，每年支付一次。"),
    ("kv", "到期日：", "發行日起計滿三週年之日。"),
    ("kv", "換股價：", "每1元註冊資本人民幣52.80元，可按慣常反攤薄條款調整。"),
    ("p", "假設可換股債券按初步換股價悉數轉換，本公司將持有瀾圖智能經擴大註冊資本約6.15%，惟截至本公告日期並無任何轉換。"
          "認購事項之代價乃經本公司與瀾圖智能公平磋商後釐定，並將以本集團內部資源撥付。"),
    ("h", "算力服務框架協議"),
    ("p", "根據算力服務框架協議，雲栢算力將向瀾圖智能提供推理算力服務，三個年度之年度上限合共為人民幣9.5億元。"
          "服務範圍包括GPU雲主機、模型推理託管及相關網絡服務，服務費將參照市場價格按月結算。"),
    ("table", [90, 90], [
        ["截至12月31日止年度", "年度上限"],
        ["2026年", "人民幣1.2億元"],
        ["2027年", "人民幣3.5億元"],
        ["2028年", "人民幣4.8億元"],
    ]),
    ("page",),
    ("h", "有關訂約方之資料"),
    ("p", "本集團主要於香港及中國內地從事數據中心營運及雲端算力服務。"
          "本集團之推理加速卡主要採購自Orrenfield Semiconductor, Inc.（「Orrenfield」）。"
          "Nimbrel Cloud Corporation持有本公司已發行股份約9.8%，為本公司之主要股東。"),
    ("p", "瀾圖智能為一家於中國註冊成立之有限公司，主要從事大語言模型及多模態模型之研發。"
          "據董事作出一切合理查詢後所深知，瀾圖智能現有股東包括星衡科技股份有限公司（持有約12.00%權益）。"
          "瀾圖智能之其他機構股東包括蘇州衡川創業投資合夥企業（有限合夥）。"
          "瀾圖智能及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。"),
    ("h", "進行交易之理由及裨益"),
    ("p", "董事認為，大模型推理需求增長迅速，投資模型開發商可鞏固本集團算力業務之長期客戶基礎。"
          "瀾圖智能之模型於中文推理基準測試中的表現與Halcyra Labs及Veridane AI等海外模型實驗室相若。"
          "董事會注意到市場傳聞指本公司將收購瀾圖智能之控股權，該等傳聞並不屬實。"
          "董事（包括獨立非執行董事）認為，認購協議及算力服務框架協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("h", "上市規則之涵義"),
    ("p", "由於認購事項之一項或多項適用百分比率超過5%但全部低於25%，故認購事項構成本公司之須予披露交易。"
          "因此須遵守上市規則第14章項下之申報及公告規定，惟獲豁免遵守股東批准規定。"
          "由於瀾圖智能並非本公司之關連人士，算力服務框架協議項下之交易並不構成上市規則第14A章項下之關連交易。"),
    ("page",),
    ("h", "釋義"),
    ("kv", "「本公司」", "指 雲栢數據控股有限公司（Cloudpine Data Holdings Limited），其股份於聯交所主板上市。"),
    ("kv", "「本集團」", "指 本公司及其附屬公司。"),
    ("kv", "「雲栢算力」", "指 雲栢算力（深圳）有限公司，本公司之全資附屬公司。"),
    ("kv", "「瀾圖智能」", "指 上海瀾圖智能科技有限公司，一家於中國註冊成立之有限公司。"),
    ("kv", "「上市規則」", "指 香港聯合交易所有限公司證券上市規則。"),
    ("kv", "「人民幣」", "指 中國法定貨幣人民幣。"),
    ("kv", "「港幣」", "指 香港法定貨幣港幣。"),
    ("p", "本公告內人民幣金額乃按人民幣1.00元兌港幣1.09元之匯率換算為港幣，僅供說明用途。"
          "按此匯率，可換股債券本金額約相當於港幣872,000,000元。"),
    ("right", "承董事會命"),
    ("right", "雲栢數據控股有限公司"),
    ("right", "主席 梁曉嵐"),
    ("p", "香港，2026年9月18日"),
    ("p", "於本公告日期，執行董事為梁曉嵐女士、葉兆麟先生及司徒慧敏女士。非執行董事為Gareth Holloway-Ng先生。獨立非執行董事為潘啟文先生、韋嘉欣女士及鍾立恆先生。"),
]


def make_ttf(text, out):
    """Subset Noto Sans CJK TC to `text` and convert CFF outlines to TrueType."""
    font = TTFont(TTC, fontNumber=TC_INDEX)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    opts.hinting = False
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    glyphset = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


def tokens(text, cjk):
    """Split into pieces after which a line break is allowed (spaces; and after 。 for CJK)."""
    if cjk:
        parts = re.findall(r"[^ 。]*。|[^ 。]+ ?| ", text)
    else:
        parts = re.findall(r"\S+\s*", text)
    return [p for p in parts if p]


def wrap(pdf, text, width, cjk):
    lines, cur = [], ""
    for tok in tokens(text, cjk):
        trial = cur + tok
        if cur and pdf.get_string_width(trial.rstrip()) > width:
            lines.append(cur.rstrip())
            cur = tok
        else:
            cur = trial
        if pdf.get_string_width(cur.rstrip()) > width:
            raise ValueError(f"unbreakable piece too wide: {cur!r}")
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


class Doc(FPDF):
    def __init__(self, footer_text, family):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.family_name = family
        self.set_auto_page_break(False)
        self.set_margins(12, 14, 12)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family_name, size=7)
        self.cell(0, 5, f"{self.footer_text} {self.page_no()}", align="C")


def render(pdf, items, cjk, base):
    fam = pdf.family_name
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lh = base * 0.55

    def line(text, size=base, align="L", style=""):
        pdf.set_font(fam, style=style, size=size)
        pdf.cell(width, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def para(text, size=base, indent=0.0):
        pdf.set_font(fam, size=size)
        for ln in wrap(pdf, text, width - indent, cjk):
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(width - indent, lh, ln, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    for item in items:
        kind = item[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            line(item[1], size=base + 3, align="C", style="" if cjk else "B")
            pdf.ln(1)
        elif kind == "center":
            line(item[1], align="C")
        elif kind == "right":
            line(item[1], align="R")
        elif kind == "small":
            para(item[1], size=base - 2)
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(2)
            line(item[1], size=base + 1, style="" if cjk else "B")
            pdf.ln(1)
        elif kind == "p":
            para(item[1])
            pdf.ln(1.5)
        elif kind == "kv":
            label, text = item[1], item[2]
            pdf.set_font(fam, style="" if cjk else "B", size=base)
            lw = 42 if not cjk else 28
            pdf.cell(lw, lh, label)
            pdf.set_font(fam, size=base)
            lines = wrap(pdf, text, width - lw, cjk)
            for ln in lines:
                pdf.set_x(pdf.l_margin + lw)
                pdf.cell(width - lw, lh, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            widths, rows = item[1], item[2]
            for r, row in enumerate(rows):
                pdf.set_font(fam, style="B" if (r == 0 and not cjk) else "", size=base - 0.5)
                for w, c in zip(widths, row):
                    if pdf.get_string_width(c) > w - 2:
                        raise ValueError(f"cell too wide: {c!r}")
                    pdf.cell(w, lh + 1, c, border=1)
                pdf.ln(lh + 1)
            pdf.ln(2)
        else:
            raise ValueError(kind)
        if pdf.get_y() > pdf.h - 20:
            raise ValueError(f"page overflow at {item!r}")


def build_doc03():
    pdf = Doc("Veridane AI, Inc. - Summary of Principal Terms - Confidential - Page", "Helvetica")
    render(pdf, DOC03, cjk=False, base=9.5)
    pdf.output(os.path.join(HERE, "03_veridane_venture_debt_termsheet.pdf"))


def build_doc07():
    chars = set()
    for item in DOC07:
        for part in item[1:]:
            if isinstance(part, str):
                chars.update(part)
            elif isinstance(part, list):
                for row in part:
                    if isinstance(row, list):
                        for c in row:
                            chars.update(c)
    chars.update("雲栢數據控股有限公司 公告 第頁0123456789- ")
    font_path = os.path.join(HERE, "_tmp_notosans_tc.ttf")
    make_ttf("".join(sorted(chars)), font_path)
    try:
        pdf = Doc("雲栢數據控股有限公司 公告 第", "nototc")
        pdf.add_font("nototc", "", font_path)
        render(pdf, DOC07, cjk=True, base=9)
        pdf.output(os.path.join(HERE, "07_雲栢數據_hkex_公告.pdf"))
    finally:
        os.remove(font_path)


if __name__ == "__main__":
    build_doc03()
    build_doc07()
    print("built 03_veridane_venture_debt_termsheet.pdf and 07_雲栢數據_hkex_公告.pdf")
