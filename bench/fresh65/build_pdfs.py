"""Build the PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------
# 01  Offering memorandum excerpt (English)
# ---------------------------------------------------------------------------
OM = [
    ("title", "CONFIDENTIAL PRIVATE PLACEMENT MEMORANDUM (EXCERPT)"),
    ("title", "LUMORA COMPUTE FUNDING I LLC"),
    ("sub", "US$1,250,000,000 Series 2025-1 GPU-Backed Secured Notes"),
    ("p", "consisting of US$900,000,000 5.94% Class A Senior Secured Notes due 2030 and "
          "US$350,000,000 7.61% Class B Secured Notes due 2030"),
    ("p", "Dated October 14, 2025"),
    ("small", "THE NOTES HAVE NOT BEEN AND WILL NOT BE REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED "
              "(THE \"SECURITIES ACT\"), OR THE SECURITIES LAWS OF ANY STATE OR OTHER JURISDICTION. THE NOTES ARE "
              "BEING OFFERED ONLY TO PERSONS REASONABLY BELIEVED TO BE QUALIFIED INSTITUTIONAL BUYERS IN RELIANCE ON "
              "SECTION 4(a)(2) OF THE SECURITIES ACT. THIS MEMORANDUM IS PERSONAL TO EACH OFFEREE AND DOES NOT "
              "CONSTITUTE AN OFFER TO ANY OTHER PERSON. ANY REPRODUCTION OR DISTRIBUTION OF THIS MEMORANDUM, IN WHOLE "
              "OR IN PART, IS PROHIBITED."),
    ("p", "Placement Agent: Beaumont Hale Securities LLC"),
    ("h", "SUMMARY OF THE OFFERING"),
    ("p", "The following summary is qualified in its entirety by the more detailed information appearing elsewhere "
          "in this Memorandum. Capitalized terms used but not defined in this summary have the meanings given to "
          "them in the Glossary of Defined Terms."),
    ("p", "The Issuer. Lumora Compute Funding I LLC (the \"Issuer\") is a Delaware limited liability company formed "
          "on June 3, 2025 as a special purpose, bankruptcy-remote entity. The Issuer is a wholly-owned subsidiary of "
          "Lumora Cloud, Inc. (\"Lumora\" or the \"Parent\"), a Delaware corporation whose common stock is listed on the "
          "Nasdaq Global Select Market under the symbol LMRA. The Issuer has no employees and no business other than "
          "owning the Collateral and issuing the Notes."),
    ("p", "The Collateral. The Notes will be secured by a first-priority security interest in approximately 41,000 "
          "graphics processing units installed in 5,120 servers (the \"Financed GPUs\"), the customer contracts under "
          "which capacity on the Financed GPUs is sold (the \"Customer Contracts\"), the collection account and the "
          "reserve account."),
    ("p", "Transfer of the Financed GPUs. On the Closing Date, Lumora will sell the Financed GPUs and the related "
          "Customer Contracts to the Issuer for a purchase price of US$1,190,000,000, payable from the proceeds of the "
          "Notes. The sale is intended to be a true sale for bankruptcy purposes, and an opinion of counsel to that "
          "effect will be delivered at closing."),
    ("p", "Origin of the Financed GPUs. The Financed GPUs were purchased by Lumora from Vektrion Semiconductor Corp. "
          "(\"Vektrion\") under a master purchase agreement dated February 11, 2025, and were delivered between March "
          "and July 2025. Each server has been burned in and accepted by Lumora, and none is more than eight months old "
          "at the Cut-off Date."),
    ("p", "Servicer. Lumora will act as servicer of the Financed GPUs and the Customer Contracts and will be paid a "
          "servicing fee equal to 1.25% per annum of the Aggregate Collateral Value, payable monthly in arrears and "
          "senior to interest on the Notes."),
    ("p", "Sites. All of the Financed GPUs are installed at two leased facilities operated by Cobaltline Data Centers "
          "Holdings LLC (\"Cobaltline\") in Ashburn, Virginia and New Albany, Ohio, under colocation agreements between "
          "Lumora and Cobaltline with remaining terms of at least seven years. The Issuer will receive a collateral "
          "assignment of Lumora's rights under those agreements to the extent they relate to the Financed GPUs."),
    ("p", "Customer Contracts. Approximately 46% of contracted cash flows derive from a four-year reserved-capacity "
          "agreement under which Lumora provides dedicated GPU clusters to Quillmark AI, Inc. (\"Quillmark\"). The "
          "balance is spread across 23 other customers, none of which represents more than 9% of contracted cash flows."),
    ("p", "Anchor Investors. Meridian Mutual Life Insurance Company (\"Meridian Life\") has agreed, subject to customary "
          "conditions, to purchase US$600,000,000 of the Class A Notes. Ashcombe Life & Annuity Company has agreed to "
          "purchase US$150,000,000 of the Class B Notes. The remaining Notes are being offered to other qualified "
          "institutional buyers."),
    ("h", "CAPITAL STRUCTURE"),
    ("row", "Class | Principal | Coupon | Expected rating | Final maturity"),
    ("row", "Class A | US$900,000,000 | 5.94% | A (sf) | October 2030"),
    ("row", "Class B | US$350,000,000 | 7.61% | BBB (sf) | October 2030"),
    ("p", "The Class A Notes are expected to be rated A (sf) and the Class B Notes BBB (sf) by Crestmark Ratings, Inc. "
          "A rating is not a recommendation to buy, sell or hold the Notes and may be revised or withdrawn at any time."),
    ("p", "Beaumont Hale Securities LLC is acting as placement agent and Sterling Harbor Trust Company, N.A. will act "
          "as indenture trustee and collateral agent; neither has any obligation in respect of the Notes."),
    ("h", "RISK FACTORS (SELECTED)"),
    ("p", "Technological obsolescence may reduce the value of the Collateral. Newer accelerators announced by Vektrion "
          "and by competitors such as Tamsin Semiconductor could reduce the market rental rate for the Financed GPUs "
          "well before the final maturity of the Notes."),
    ("p", "The Parent operates in a competitive market. The Parent competes for customers with other GPU cloud "
          "providers, including Arcfield Compute and Nimbari Cloud, some of which have greater access to capital."),
    ("p", "Customer concentration. If Quillmark were to terminate or fail to renew its agreement, collections would "
          "fall materially and an Amortization Event could occur. Quillmark is a privately held company and does not "
          "publish audited financial statements."),
    ("p", "No third-party capacity support. The Parent has entered into, and may in the future enter into, capacity "
          "purchase arrangements with third parties. No such arrangement has been assigned to the Issuer, and "
          "noteholders will have no recourse to any counterparty thereunder."),
    ("p", "Appraised values may not be realized. Halden Valuation Advisors and Whitcombe & Lowe LLP each performed "
          "separate procedures on the Collateral data, and neither firm has verified the other's work. Appraisals "
          "reflect assumptions about secondary-market prices that may not hold in a downturn."),
    ("h", "FORWARD-LOOKING STATEMENTS"),
    ("small", "This Memorandum contains forward-looking statements, including statements regarding expected "
              "collections, utilization, residual values and the performance of the Customer Contracts. Words such "
              "as \"expects\", \"intends\", \"anticipates\" and \"estimates\" identify such statements. Actual results "
              "may differ materially. None of the Issuer, the Parent or the Placement Agent undertakes any obligation "
              "to update any forward-looking statement."),
    ("small", "Page references in this excerpt are to the full Memorandum. Sections omitted from this excerpt "
              "include Description of the Notes, the Indenture, Certain ERISA Considerations and Transfer Restrictions."),
]

# ---------------------------------------------------------------------------
# 06  HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
HK = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。"
              "對其準確性或完整性亦不發表任何聲明。"
              "並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "富衡保險集團控股有限公司"),
    ("title", "FUHENG INSURANCE GROUP HOLDINGS LIMITED"),
    ("c", "（於百慕達註冊成立之有限公司）（股份代號：6127）"),
    ("title", "須予披露交易"),
    ("c", "認購華錦融資租賃科技創新公司債券"),
    ("h", "緒言"),
    ("p", "董事會欣然宣佈，於2025年11月18日，本公司之間接全資附屬公司富衡財險與華錦租賃訂立認購協議。"
          "據此，富衡財險同意以人民幣1,500,000,000元認購華錦租賃非公開發行之科技創新公司債券。"
          "同日，富衡財險與華錦租賃訂立戰略合作框架協議，雙方將於算力設備之保險保障及資產證券化方面開展合作。"),
    ("h", "認購協議之主要條款"),
    ("p", "日期：2025年11月18日。"),
    ("p", "訂約方：(1)富衡財險，作為認購人；(2)華錦租賃，作為發行人。"),
    ("p", "認購金額：人民幣1,500,000,000元，以富衡財險之保險資金及內部資源撥付。"),
    ("p", "債券期限：三年，票面年利率為3.15%，每年付息一次，到期一次還本。"),
    ("p", "擔保：債券由華錦控股集團有限公司提供全額無條件不可撤銷連帶責任保證。"),
    ("p", "所得款項用途：本次債券募集資金將專項用於華錦租賃之GPU服務器融資租賃業務。"
          "首筆投放為華錦租賃向雲樞智算科技股份有限公司提供之售後回租融資，融資金額約人民幣12億元。"
          "雲樞智算為於上海證券交易所科創板上市之智算服務商。"),
    ("h", "進行認購事項之理由及裨益"),
    ("p", "近年內地智算中心建設加速，GPU服務器等算力設備之融資需求顯著上升。"
          "董事認為，認購事項可為本集團之保險資金提供期限匹配、收益穩定之固定收益資產。"
          "與星算科技等同業相比，雲樞智算之客戶集中度較低。"
          "董事（包括獨立非執行董事）認為認購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("h", "有關訂約方之資料"),
    ("p", "本公司為投資控股公司，其附屬公司主要於香港及中國內地從事人壽保險、財產保險及資產管理業務。"),
    ("p", "富衡財險於中國註冊成立，主要從事財產保險業務。"
          "富衡財險由富衡保險集團控股有限公司間接全資擁有，註冊資本為人民幣50億元。"),
    ("p", "華錦租賃為一間於上海自由貿易試驗區註冊成立之融資租賃公司，註冊資本為人民幣80億元。"
          "華錦租賃為華錦控股集團有限公司之非全資附屬公司，主要從事融資租賃及商業保理業務。"
          "據董事作出一切合理查詢後所深知，華錦租賃及其最終實益擁有人均為獨立第三方。"),
    ("p", "於本公告日期，哈爾瓦德投資局持有本公司已發行股份約8.6%，為本公司之主要股東。"
          "哈爾瓦德投資局並非認購協議之訂約方。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關認購事項之一項或多項適用百分比率超過5%但均低於25%，認購事項構成本公司之須予披露交易。"
          "因此須遵守上市規則第十四章項下之通知及公告規定，惟獲豁免遵守股東批准規定。"),
    ("p", "本公司有關認購事項之財務顧問為嘉誠融資有限公司，而本公司之法律顧問為中衡律師事務所。"),
    ("h", "釋義"),
    ("p", "「董事會」指本公司董事會。"),
    ("p", "「本公司」指富衡保險集團控股有限公司，其股份於聯交所主板上市。"),
    ("p", "「富衡財險」指富衡財產保險（中國）有限公司。"),
    ("p", "「華錦租賃」指華錦融資租賃（上海）有限公司。"),
    ("p", "「雲樞智算」指雲樞智算科技股份有限公司。"),
    ("p", "「上市規則」指聯交所證券上市規則。"),
    ("p", "承董事會命。"),
    ("p", "富衡保險集團控股有限公司。"),
    ("p", "主席 鄭偉霖。"),
    ("p", "香港，2025年11月18日。"),
    ("small", "於本公告日期，董事會由執行董事鄭偉霖先生及區嘉敏女士，非執行董事馬志遠先生，"
              "以及獨立非執行董事林兆基先生、黃慧芝女士及蘇展鵬先生組成。"),
]


def make_ttf(ttc, index, text, out):
    """Extract one face of the collection, subset it to the characters used and convert the
    CFF outlines to TrueType outlines, so that fpdf2 embeds it with an Identity-H encoding
    that text extractors read back cleanly."""
    font = TTCollection(ttc).fonts[index]
    opts = subset.Options()
    opts.layout_features = []
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.glyph_names = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "".join(chr(c) for c in range(32, 127)))
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
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"
    font.save(out)


class Doc(FPDF):
    def __init__(self, footer_text, font):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.fname = font
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, 18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.fname, size=7)
        self.cell(0, 5, f"{self.footer_text} - {self.page_no()}", align="C", new_x="LMARGIN", new_y="NEXT")


def build_english(path, blocks, footer):
    pdf = Doc(footer, "Helvetica")
    pdf.add_page()
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font("Helvetica", "", 7.5)
            pdf.multi_cell(0, 4, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "row":
            pdf.set_font("Helvetica", "", 9)
            cells = [c.strip() for c in text.split("|")]
            w = pdf.epw / len(cells)
            for c in cells:
                pdf.cell(w, 6, c, border=1)
            pdf.ln(6)
        else:
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(path)


def sentences(text):
    """Split Chinese text after each full stop; never inside a sentence."""
    return [s for s in re.split(r"(?<=。)", text) if s]


def write_cjk(pdf, text, size, line_h):
    """Pack whole sentences into lines; shrink the font when one sentence is too wide."""
    width = pdf.epw
    line = ""
    for s in sentences(text):
        pdf.set_font("cjk", size=size)
        if line and pdf.get_string_width(line + s) <= width:
            line += s
            continue
        if line:
            pdf.set_font("cjk", size=size)
            pdf.cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")
        line = s
        fs = size
        pdf.set_font("cjk", size=fs)
        while pdf.get_string_width(line) > width and fs > 5:
            fs -= 0.25
            pdf.set_font("cjk", size=fs)
        if fs != size:
            pdf.cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")
            line = ""
    if line:
        pdf.set_font("cjk", size=size)
        pdf.cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")


def build_chinese(path, blocks, footer, ttc_index):
    tmp = tempfile.mkdtemp()
    try:
        ttf = os.path.join(tmp, "cjk.ttf")
        used = "".join(t for _, t in blocks) + footer + "0123456789- "
        make_ttf(TTC, ttc_index, used, ttf)
        pdf = Doc(footer, "cjk")
        pdf.add_font("cjk", "", ttf)
        pdf.add_page()
        for kind, text in blocks:
            if kind == "title":
                pdf.set_font("cjk", size=13)
                pdf.cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "c":
                pdf.set_font("cjk", size=10)
                pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("cjk", size=10.5)
                pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                write_cjk(pdf, text, 7.5, 4.5)
                pdf.ln(1)
            else:
                write_cjk(pdf, text, 9.5, 6)
                pdf.ln(1)
        pdf.output(path)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    build_english(os.path.join(HERE, "01_LumoraFunding_offering_memorandum.pdf"), OM,
                  "Lumora Compute Funding I LLC - Confidential")
    build_chinese(os.path.join(HERE, "06_Fuheng_HKEX_announcement.pdf"), HK,
                  "富衡保險集團控股有限公司", 3)
    print("built")
