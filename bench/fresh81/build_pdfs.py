"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces only. Chinese text uses the
Traditional Chinese face of Noto Sans CJK, extracted from the system .ttc collection with
fontTools, subset to the characters needed, converted from CFF to TrueType outlines with
cu2qu, and written to a temporary directory that is removed afterwards. Chinese lines are
broken only after a full stop (one sentence per line), so quotes extract cleanly.
"""

import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_TC = 3  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK


# ---------------------------------------------------------------- font handling
def cff_to_glyf(font):
    """Replace CFF outlines by quadratic TrueType outlines (fontTools cu2qu)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(tmpdir, face, text):
    """Extract one face of the collection, subset it to `text`, save it as .ttf."""
    font = TTCollection(CJK_TTC).fonts[face]
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + "0123456789")
    subsetter.subset(font)
    if "CFF " in font:
        cff_to_glyf(font)
    path = os.path.join(tmpdir, f"NotoSansCJK-face{face}.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------- layout helpers
class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, 18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.footer_font, size=7)
        self.cell(0, 5, f"{self.footer_text} - {self.page_no()}", align="C")


def english_block(pdf, paragraphs, size=9.5):
    """Paragraphs of English prose; '#' starts a heading."""
    for para in paragraphs:
        if para.startswith("#"):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", size + 1.5)
            pdf.multi_cell(0, 6, para.lstrip("# "))
            pdf.set_font("Helvetica", size=size)
        else:
            pdf.multi_cell(0, 5, para)
        pdf.ln(2)


def chinese_block(pdf, family, paragraphs, size=9):
    """One sentence per line: break only after 。 and never inside a sentence."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for para in paragraphs:
        if para.startswith("#"):
            pdf.ln(1.5)
            pdf.set_font(family, size=size + 2)
            pdf.cell(0, 7, para.lstrip("# "), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(family, size=size)
            continue
        sentences = [s + "。" for s in para.split("。") if s.strip()]
        if not para.endswith("。"):
            sentences[-1] = sentences[-1][:-1]
        for sentence in sentences:
            if pdf.get_string_width(sentence) > width:
                raise ValueError(f"sentence too wide for one line: {sentence}")
            pdf.cell(0, 5.2, sentence, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)


# ---------------------------------------------------------------- document texts
HARBOURMIND_PAGES = [
    [
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。",
        "對其準確性或完整性亦不發表任何聲明。",
        "並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。",
        "# 港灣智算控股有限公司",
        "Harbourmind Compute Holdings Limited（於開曼群島註冊成立之有限公司）（股份代號：2397）",
        "# 須予披露交易：認購Vellora Microsystems N.V.之C輪優先股",
        "# 及訂立框架採購協議",
        "# 緒言",
        "董事會欣然宣佈，於二零二五年十一月三日（交易時段後），認購方與目標公司訂立認購協議。"
        "認購方為本公司之間接全資附屬公司港灣智算資本（BVI）有限公司。"
        "根據認購協議，認購方同意以4,500萬歐元認購目標公司之C輪優先股。"
        "完成後，認購方將持有目標公司經擴大已發行股本約12.5%。",
        "同日，本公司與目標公司訂立框架採購協議。"
        "根據框架採購協議，Vellora將向港灣智算供應Orca系列推理加速卡。"
        "該協議年度上限為3,800萬歐元，為期三年。",
        "# 認購協議之主要條款",
        "日期：二零二五年十一月三日。",
        "訂約方：(i) 認購方；及 (ii) 目標公司。",
        "代價：認購價以現金支付，由本集團內部資源撥付。代價乃經訂約方參考目標公司近期融資之估值及其業務前景後公平磋商釐定。",
        "先決條件：完成須待（其中包括）荷蘭外商投資審查機關之批准後方可作實。",
    ],
    [
        "# 有關目標公司之資料",
        "目標公司為一間於荷蘭註冊成立之公眾有限公司，總部位於埃因霍溫。"
        "目標公司主要從事設計資料中心用之推理加速晶片。"
        "其晶片由德國Brennfeld Semiconductor AG及韓國大洋晶圓代工製造。"
        "於本公告日期，Seorin Capital Partners持有目標公司約17.2%股權。"
        "目標公司另獲Rijnpoort Investeringsbank N.V.提供8,000萬歐元貸款。"
        "該銀行為荷蘭國有之政策性銀行。",
        "目標公司與Orcadia Compute AB之間存在一宗專利訴訟，尚未審結。董事認為該訴訟不會對認購構成重大不利影響。",
        "# 進行交易之理由及裨益",
        "本集團主要於香港及東南亞經營人工智能算力租賃業務。"
        "董事認為，投資目標公司可確保本集團取得非美國來源之推理晶片供應。"
        "亦可使本集團分享歐洲人工智能晶片產業增長之裨益。"
        "董事（包括獨立非執行董事）認為，認購協議之條款屬公平合理，並符合本公司及股東之整體利益。",
        "# 上市規則之涵義",
        "由於有關認購之一項或多項適用百分比率超過5%但均低於25%，故認購構成本公司之須予披露交易。"
        "因此須遵守上市規則第14章之申報及公告規定，惟獲豁免遵守股東批准規定。",
        "卓衡融資有限公司為本公司有關本次交易之財務顧問。",
        "# 釋義",
        "「董事會」指本公司董事會。",
        "「本公司」指港灣智算控股有限公司。",
        "「認購方」指港灣智算資本（BVI）有限公司。",
        "「目標公司」指Vellora Microsystems N.V.。",
        "承董事會命",
        "港灣智算控股有限公司",
        "主席 梁振邦",
        "香港，二零二五年十一月三日",
    ],
]

BRENNFELD_PAGES = [
    [
        "# Brennfeld Semiconductor AG - Annual Report 2024/25 (excerpt)",
        "# Letter from the Management Board",
        "Dear shareholders, the financial year ending 30 September 2025 was the year in which "
        "Brennfeld stopped being only a specialist analog foundry and became part of Europe's "
        "AI hardware supply chain. Revenue grew 14% to EUR 1,184 million and our order backlog "
        "at year-end stood at EUR 2.3 billion.",
        "Two customer programmes define this shift. Brennfeld supplies 12-nanometre logic wafers "
        "to Vellora Microsystems, the Eindhoven accelerator designer, from our Dresden line, and "
        "Vellora became a top-five customer in the second half. We also run a neuromorphic pilot "
        "line jointly with Calder Neuromorphic SAS of Grenoble, which we describe below.",
        "We remain a foundry and intend to stay neutral: we do not design chips that compete with "
        "our customers. Brennfeld continues to win business in direct competition with larger Asian "
        "foundries such as Hoshizora Foundry, whose Kumamoto expansion is a benchmark for our own "
        "cost programme.",
        "# Business model and group structure",
        "Brennfeld Semiconductor AG is the listed parent company. Manufacturing is carried out by "
        "Brennfeld Fab Dresden GmbH, a wholly owned subsidiary of Brennfeld Semiconductor AG that "
        "operates both 300-millimetre lines in Saxony. Brennfeld Fab Dresden GmbH receives the "
        "production subsidies granted under the European chips framework; these are recognised "
        "as a reduction of the carrying amount of the related assets.",
        "In July 2025 we agreed a process partnership with Daeyang Foundry of Korea to qualify a "
        "common 12-nanometre RF and edge-AI platform. No equity is exchanged under the partnership.",
    ],
    [
        "# Financing, investments and acquisitions",
        "Landesförderbank Ostsachsen granted Brennfeld a EUR 350 million state loan for Fab 3 in "
        "December 2024. The loan has a tenor of 14 years, a three-year grace period and is drawn "
        "in tranches against construction milestones; EUR 120 million was drawn at the balance "
        "sheet date.",
        "On 2 April 2025 Brennfeld acquired Lausitz Photonics GmbH for EUR 64 million in cash. "
        "The acquisition adds silicon-photonics test capability that our AI customers need for "
        "co-packaged optics. Goodwill of EUR 21 million was recognised.",
        "Brennfeld invested EUR 12 million in Calder Neuromorphic's Series B round in February "
        "2025. Following the round, Brennfeld held 10.2% of Calder Neuromorphic SAS, which is "
        "accounted for at fair value through other comprehensive income. The same agreement "
        "established our joint pilot line with Calder in Dresden, under which both parties "
        "contribute engineering staff and share the resulting process know-how.",
        "To run the yield-analytics models for Fab 3 we bought external compute. Harbourmind "
        "Compute Holdings supplies Brennfeld with dedicated GPU and accelerator capacity under "
        "a three-year contract signed in March 2025, worth EUR 18 million over its term.",
        "# Selected figures",
        "Revenue EUR 1,184 million (prior year EUR 1,039 million). EBITDA EUR 402 million. "
        "Capital expenditure EUR 611 million, of which EUR 236 million was covered by grants and "
        "the state loan. Net debt EUR 488 million.",
    ],
    [
        "# Risk report (extract)",
        "Customer concentration: our five largest customers accounted for 46% of revenue. The loss "
        "of an AI customer could lead to under-utilisation of the 12-nanometre line.",
        "Competition: Brennfeld competes for European AI start-up business with Asian foundries. "
        "Orcadia Compute, a Swedish accelerator designer, chose a Taiwanese foundry for its first "
        "product rather than Brennfeld, which illustrates the pricing pressure we face. Hoshizora Foundry and Daeyang Foundry both "
        "benefit from larger state loans than those available in Saxony.",
        "Subsidy clawback: the production subsidies and the state loan are subject to conditions "
        "on employment and output in Saxony. A breach could require partial repayment.",
        "# Auditor",
        "Reinholt & Partner GmbH Wirtschaftsprüfungsgesellschaft audited the consolidated "
        "financial statements of Brennfeld Semiconductor AG and issued an unqualified opinion.",
        "# Forward-looking statements",
        "This report contains forward-looking statements based on current assumptions of the "
        "Management Board. Actual results may differ materially. Brennfeld does not undertake to "
        "update forward-looking statements.",
        "Dresden, 28 November 2025 - The Management Board: Dr. Ulrike Tessmer (CEO), "
        "Jonas Freiberg (CFO), Marta Oswiecimska (COO)",
    ],
]


def build_harbourmind(font_path):
    pdf = Doc("港灣智算控股有限公司 公告")
    pdf.add_font("NotoTC", fname=font_path)
    pdf.footer_font = "NotoTC"
    for page in HARBOURMIND_PAGES:
        pdf.add_page()
        pdf.set_font("NotoTC", size=9)
        chinese_block(pdf, "NotoTC", page)
        if pdf.page_no() != HARBOURMIND_PAGES.index(page) + 1:
            raise RuntimeError("Harbourmind page overflow")
    pdf.output(os.path.join(HERE, "03_Harbourmind_HKEX_announcement.pdf"))


def build_brennfeld():
    pdf = Doc("Brennfeld Semiconductor AG - Annual Report 2024/25")
    pdf.footer_font = "Helvetica"
    for number, page in enumerate(BRENNFELD_PAGES, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9.5)
        english_block(pdf, page)
        if pdf.page_no() != number:
            raise RuntimeError("Brennfeld page overflow")
    pdf.output(os.path.join(HERE, "06_Brennfeld_annual_report.pdf"))


def main():
    tmpdir = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        text = "".join("".join(p) for p in HARBOURMIND_PAGES) + "港灣智算控股有限公司 公告-"
        font_path = make_cjk_font(tmpdir, FACE_TC, "".join(sorted(set(text))))
        build_harbourmind(font_path)
        build_brennfeld()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
