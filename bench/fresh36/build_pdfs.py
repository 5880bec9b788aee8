#!/usr/bin/env python3
"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

- corvane_10q_q3_2025_notes.pdf : English 10-Q notes excerpt (DejaVu Sans)
- haiyue_hkex_announcement.pdf  : Traditional Chinese HKEX announcement (Noto Sans CJK HK,
                                  subset and converted to a TrueType-outline TTF with fontTools
                                  so that pypdf extracts clean text)
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_INDEX = 4  # Noto Sans CJK HK

# ---------------------------------------------------------------------------
# Document 1: Corvane 10-Q notes (English)
# Blocks: ("title", text) ("h", text) ("sub", text) ("p", text) ("row", [cells]) ("hrow", [cells])
# ---------------------------------------------------------------------------
Q10_PAGES = [
    [
        ("title", "CORVANE SYSTEMS, INC."),
        ("sub", "FORM 10-Q - For the quarterly period ended September 30, 2025"),
        ("sub", "Notes to Condensed Consolidated Financial Statements (Unaudited) - Excerpts"),
        ("h", "Note 1. Basis of Presentation"),
        ("p", "The accompanying condensed consolidated financial statements include the accounts of "
              "Corvane Systems, Inc. and its wholly owned subsidiaries (together, the \"Company\"). "
              "All intercompany balances and transactions have been eliminated in consolidation. "
              "These interim statements should be read together with the audited financial statements "
              "included in the Company's Annual Report on Form 10-K for fiscal 2024."),
        ("h", "Note 4. Concentrations"),
        ("p", "For the three months ended September 30, 2025, Customer A accounted for 31% of the "
              "Company's total revenue, compared with 12% in the prior-year period. "
              "Customer B accounted for 11% of revenue, and no other customer exceeded 10%. "
              "The Company's principal suppliers and the related commitments are described in Note 8."),
        ("h", "Note 6. Equity Method Investment"),
        ("p", "The Company holds a 50% membership interest in Ashford Edge Holdings LLC, which develops "
              "edge inference sites near large metropolitan areas. The remaining 50% is held by a "
              "third-party infrastructure investor, and the Company accounts for its interest under the "
              "equity method. The carrying value of the investment was $212 million as of "
              "September 30, 2025."),
    ],
    [
        ("h", "Note 7. Debt"),
        ("sub", "GPU-Backed Term Loan"),
        ("p", "Corvane Compute Funding I, LLC (\"CCF I\") is a wholly owned, bankruptcy-remote "
              "special-purpose subsidiary of the Company. On August 12, 2025, CCF I entered into a "
              "delayed-draw term loan agreement of up to $2.3 billion with Brightwater Credit "
              "Opportunities Fund III, L.P. and affiliated funds, as lenders (the \"GPU Facility\"). "
              "Borrowings under the GPU Facility are secured by the accelerators and related equipment "
              "owned by CCF I, bear interest at SOFR plus 6.25% and amortize over a five-year term."),
        ("p", "As of September 30, 2025, CCF I had drawn $1.1 billion, substantially all of which was "
              "used to purchase accelerators from Lumitrex Semiconductor Corp. (\"Lumitrex\"). "
              "The Company has provided a limited guarantee of CCF I's payment obligations under the "
              "GPU Facility. The assets of CCF I are not available to satisfy claims of the Company's "
              "other creditors."),
        ("sub", "Revolving Credit Facility"),
        ("p", "The Company maintains a $500 million senior secured revolving credit facility with "
              "Kestrel National Bank, N.A., as sole lender, which matures in June 2028. Marlowe Trust "
              "Bank acts as administrative agent under the revolving credit facility and has no "
              "commitment to lend to the Company. No amounts were outstanding under the revolving "
              "credit facility as of September 30, 2025."),
        ("p", "The Company was in compliance with all financial covenants under its debt agreements "
              "as of September 30, 2025."),
    ],
    [
        ("h", "Note 8. Commitments"),
        ("p", "The following table summarizes the Company's non-cancelable purchase, lease and supply "
              "commitments as of September 30, 2025 (in millions):"),
        ("hrow", ["Counterparty", "Nature of commitment", "Remaining amount"]),
        ("row", ["Lumitrex Semiconductor Corp.", "Accelerators and systems", "3,410"]),
        ("row", ["Orrin Data Centers, Inc.", "Data center leases", "2,275"]),
        ("row", ["Tamsin Power & Light Co.", "Power purchase agreement", "640"]),
        ("row", ["Halberd Networks Ltd.", "Networking equipment", "385"]),
        ("row", ["Total", "", "6,710"]),
        ("h", "Note 9. Related Party Transactions"),
        ("p", "A member of the Company's board of directors also serves on the board of Tamsin Power & "
              "Light Co. and recuses himself from related decisions. "
              "Neither Brightwater nor Kestrel National Bank holds any equity interest in the Company."),
        ("h", "Note 12. Subsequent Events"),
        ("p", "On October 14, 2025, the Company completed a $750 million investment in the Series D "
              "preferred stock of Quillon AI, Inc. (\"Quillon\"), representing approximately 9.8% of Quillon's fully diluted "
              "capitalization. The investment is accounted for as an equity security "
              "without a readily determinable fair value."),
    ],
]

# ---------------------------------------------------------------------------
# Document 2: Haiyue Holdings HKEX announcement (Traditional Chinese)
# Quoted sentences are kept as separate short paragraphs so that no line break falls inside them.
# ---------------------------------------------------------------------------
HK_PAGES = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性"
                  "亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之"
                  "任何損失承擔任何責任。"),
        ("title", "海嶽控股有限公司"),
        ("title", "HAIYUE HOLDINGS LIMITED"),
        ("center", "（於開曼群島註冊成立之有限公司）"),
        ("center", "（股份代號：2837）"),
        ("h", "須予披露交易"),
        ("center", "（1）根據一般授權認購新股份；（2）提供貸款；及（3）戰略合作框架協議"),
        ("h", "認購協議"),
        ("p", "董事會欣然宣佈，於2025年10月20日（交易時段後），本公司與瀾芯科技股份有限公司"
              "（Lanxin Technology Co., Ltd.，「瀾芯科技」）訂立認購協議。"),
        ("p", "瀾芯科技同意以總代價港幣12.4億元認購本公司186,000,000股新股份。"),
        ("p", "認購股份相當於本公司經認購股份擴大後已發行股本約15.2%，認購價較最後交易日收市價折讓約4.8%。"),
        ("p", "瀾芯科技為於上海證券交易所科創板上市之公司（股票代碼：688427），從事AI推理晶片之研發及銷售。"),
        ("h", "股權架構"),
        ("p", "恒峰資本有限公司（「恒峰資本」）持有本公司已發行股本約29.5%，為本公司之控股股東。"),
        ("p", "緊隨認購事項完成後，恒峰資本之持股比例將攤薄至約25.0%，並仍為單一最大股東。"),
    ],
    [
        ("h", "貸款協議"),
        ("p", "啟衡智算科技有限公司（Qiheng Intelligent Computing Technology Co., Ltd.，「啟衡智算」）"
              "為一家於中國深圳成立之算力服務商。"),
        ("p", "於2025年10月20日，本公司同意向啟衡智算提供本金額為人民幣8億元之定期貸款。"),
        ("p", "貸款年利率為4.35%，為期三年，以啟衡智算之應收賬款作抵押。"),
        ("p", "貸款將用作啟衡智算之一般營運資金及算力設備採購。"),
        ("p", "據董事作出一切合理查詢後所知，瀾芯科技與啟衡智算之間並無任何股權關係。"),
        ("p", "恒峰資本並無參與貸款協議，亦非啟衡智算之股東。"),
        ("h", "戰略合作框架協議"),
        ("p", "本公司亦與瀾芯科技訂立戰略合作框架協議，雙方將於液冷智算中心建設方面開展合作。"),
        ("p", "框架協議為期三年，並不構成具法律約束力之採購承諾。"),
    ],
    [
        ("h", "有關本集團之資料"),
        ("p", "本集團主要透過海嶽算力（深圳）有限公司（「海嶽算力」）經營算力租賃業務。"),
        ("p", "海嶽算力為本公司之全資附屬公司。"),
        ("p", "海嶽算力之GPU伺服器主要採購自美國Lumitrex Semiconductor Corp.（路明芯半導體）。"),
        ("p", "本集團之算力租賃規模目前仍次於Corvane Systems等北美同業。"),
        ("h", "進行交易之理由及裨益"),
        ("p", "董事認為，認購事項可為本集團引入具產業背景之策略股東，並加強本集團之資本基礎；"
              "貸款協議則可為本集團帶來穩定利息收入。"),
        ("h", "上市規則之涵義"),
        ("p", "由於有關認購事項及貸款協議之一項或多項適用百分比率超過5%但均低於25%，"
              "故該等交易構成本公司之須予披露交易，須遵守上市規則第14章之申報及公告規定。"),
        ("right", "承董事會命"),
        ("right", "海嶽控股有限公司"),
        ("right", "主席　周敬亭"),
        ("p", "香港，2025年10月20日"),
        ("small", "於本公告日期，董事會由執行董事周敬亭先生及梁淑儀女士，以及獨立非執行董事"
                  "何志遠先生、鄭綺文女士及馮卓賢先生組成。"),
    ],
]


def make_cjk_ttf(text, path):
    """Subset Noto Sans CJK HK to the characters in `text` and convert CFF outlines to glyf."""
    ttc = TTCollection(CJK_TTC)
    tmp_otf = path + ".otf"
    ttc.fonts[CJK_INDEX].save(tmp_otf)
    font = TTFont(tmp_otf)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "".join(chr(c) for c in range(32, 127)))
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
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.save(path)
    os.remove(tmp_otf)


class Doc(FPDF):
    def __init__(self, footer_text, font_name):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.font_name = font_name
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(False)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.font_name, size=8)
        self.cell(0, 8, f"{self.footer_text} {self.page_no()}", align="C")


def build_10q(path):
    pdf = Doc("Corvane Systems, Inc. - Form 10-Q - Page", "dv")
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_font("dv", "B", DEJAVU_B)
    widths = [62, 62, 46]
    for page in Q10_PAGES:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("dv", "B", 14)
                pdf.multi_cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("dv", "B", 10)
                pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(3)
                pdf.set_font("dv", "B", 11)
                pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("dv", "", 10)
                pdf.multi_cell(0, 5.5, content, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind in ("row", "hrow"):
                pdf.set_font("dv", "B" if kind == "hrow" else "", 9.5)
                for i, cell in enumerate(content):
                    # trailing space keeps cells separated in extracted text
                    text = cell + " " if cell and i < len(content) - 1 else cell
                    pdf.cell(widths[i], 6.5, text, border="B",
                             align="R" if i == len(content) - 1 else "L")
                pdf.ln(6.5)
                if content[0] == "Total":
                    pdf.ln(3)
    pdf.output(path)


def build_hk(path, font_path):
    pdf = Doc("－", "cjk")
    pdf.footer_text = "第"
    pdf.add_font("cjk", "", font_path)

    def footer():
        pdf.set_y(-15)
        pdf.set_font("cjk", size=8)
        pdf.cell(0, 8, f"－ {pdf.page_no()} －", align="C")
    pdf.footer = footer

    for page in HK_PAGES:
        pdf.add_page()
        for kind, content in page:
            if kind == "small":
                pdf.set_font("cjk", size=8)
                pdf.multi_cell(0, 4.5, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(4)
            elif kind == "title":
                pdf.set_font("cjk", size=15)
                pdf.multi_cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center":
                pdf.set_font("cjk", size=10)
                pdf.multi_cell(0, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "right":
                pdf.set_font("cjk", size=10)
                pdf.multi_cell(0, 6, content, align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(3)
                pdf.set_font("cjk", size=12)
                pdf.multi_cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("cjk", size=10)
                pdf.multi_cell(0, 6, content, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
    pdf.output(path)


def main():
    build_10q(os.path.join(HERE, "corvane_10q_q3_2025_notes.pdf"))
    all_text = "".join(c for page in HK_PAGES for _, c in page) + "－0123456789第"
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, "noto_cjk_hk_subset.ttf")
        make_cjk_ttf(all_text, font_path)
        build_hk(os.path.join(HERE, "haiyue_hkex_announcement.pdf"), font_path)
    print("built corvane_10q_q3_2025_notes.pdf and haiyue_hkex_announcement.pdf")


if __name__ == "__main__":
    main()
