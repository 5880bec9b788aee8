"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
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
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3

MERLION = [
    ("h", "MERLION BANK LIMITED"),
    ("h", "Annual Report 2024 - Excerpt"),
    ("s", "Chairman's Statement"),
    ("p", "2024 was a year in which Merlion Bank Limited (the Bank, and together with its subsidiaries the Group) "
          "delivered record net profit of S$1.86 billion, up 9% on the previous year, while continuing to invest in "
          "the technology that will shape banking over the next decade. Return on equity was 13.2% and our common "
          "equity tier 1 ratio stood at 14.6% at year end."),
    ("p", "Our Board believes that artificial intelligence, used responsibly, will change how we serve customers, "
          "manage risk and run our operations. In this report we set out how the Group has approached AI through "
          "partnerships, procurement and venture investment."),
    ("s", "Technology and AI"),
    ("p", "In March 2024 the Bank signed a strategic partnership with Quillon Labs to establish an AI centre of "
          "excellence in Singapore focused on relationship-manager tools and regulatory reporting. Under a separate "
          "enterprise agreement, Quillon Labs licenses its Meridian models to the Bank for internal use across "
          "the Group."),
    ("p", "The models run in a dedicated environment that Stratocirrus Cloud operates for the Bank in its Singapore "
          "region, with contracted spending of S$38 million over four years. Quillon Labs, in which Stratocirrus "
          "Cloud is the largest investor following its US$600 million investment in 2023, is one of a small number "
          "of model providers that met our data-residency requirements."),
    ("p", "We also reviewed offerings from other model developers, including Halvern AI, and from other cloud "
          "providers. Halvern AI and Quillon Labs were both shortlisted, and we may use more than one provider in "
          "future."),
    ("s", "Merlion Ventures"),
    ("p", "Merlion Ventures Pte. Ltd. is a wholly owned subsidiary of the Bank and invests in early- and "
          "growth-stage companies in financial technology. At 31 December 2024 its portfolio was carried at "
          "S$412 million across 37 companies."),
    ("p", "In 2023 Merlion Ventures led the US$30 million Series B of Calyx Underwriting, an AI-driven commercial "
          "insurance underwriter in the United States, investing US$14 million. Merlion Ventures holds approximately "
          "8% of Calyx Underwriting."),
    ("p", "Merlion Ventures also holds a 6.4% stake in Sentinel Loop Technologies, a fraud-detection software "
          "company. After the year end, Tessera Pay agreed to acquire Sentinel Loop for US$410 million, and Merlion "
          "Ventures expects to realise its investment at a gain on completion."),
    ("s", "Institutional Banking"),
    ("p", "Institutional Banking grew loans by 7% to S$96 billion. Our insurance and reinsurance franchise was a "
          "notable contributor. During the year the Bank provided a S$300 million letter of credit facility to "
          "Nordheim Re AG to support its Asian reinsurance business, and acted as one of the arrangers of bond "
          "issues for several regional insurers."),
    ("p", "The Bank also participates with a US$45 million commitment in the revolving credit facility of Tessera "
          "Pay, a US payments company and a long-standing client of our transaction banking business."),
    ("p", "We compete in Singapore with Raffles Crest Bank and Straits Union Bank, and we compare our cost-to-income "
          "ratio with both of them as well as with regional peers. Raffles Crest Bank and Straits Union Bank have "
          "each announced their own generative AI programmes."),
    ("s", "Risk Management"),
    ("p", "AI models used by the Group are subject to the Model Risk Management Policy approved by the Board Risk "
          "Committee. Each model is validated independently before deployment and monitored for drift, bias and "
          "explainability. Third-party technology providers are assessed under our outsourcing framework, which "
          "addresses concentration, exit planning and data protection."),
    ("p", "The consolidated financial statements of the Group were audited by Tanjong & Reid LLP, Public "
          "Accountants and Chartered Accountants, Singapore."),
    ("p", "Forward-looking statements: This report contains statements about the Group's plans and expectations. "
          "Such statements are based on current assumptions and are subject to risks and uncertainties; actual "
          "outcomes may differ materially."),
]

HUITUO = [
    ("h", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。"),
    ("h", "匯拓金融科技控股有限公司"),
    ("h", "（於開曼群島註冊成立之有限公司）（股份代號：2389）"),
    ("h", "須予披露交易：認購可換股債券"),
    ("s", "認購事項"),
    ("p", "董事會欣然宣佈，於2025年7月3日（交易時段後），本公司與靈犀風控科技有限公司訂立認購協議。"),
    ("p", "據此，本公司有條件同意認購而靈犀風控有條件同意發行本金總額為156,000,000港元之可換股債券。"),
    ("p", "認購價相等於可換股債券本金額之100%，將以本集團內部資源撥付。"),
    ("s", "可換股債券之主要條款"),
    ("p", "發行人：靈犀風控科技有限公司。"),
    ("p", "認購人：本公司。"),
    ("p", "本金額：156,000,000港元。"),
    ("p", "利率：年利率4.5%，每半年支付一次。"),
    ("p", "到期日：發行日期起計滿三年之日。"),
    ("p", "換股價：每股換股股份12.80港元，可按慣常條款調整。"),
    ("p", "假設按初始換股價悉數轉換，本公司將持有靈犀風控經擴大已發行股本約11.6%。"),
    ("s", "有關靈犀風控之資料"),
    ("p", "靈犀風控為一間於中國註冊成立之公司，主要從事銀行及支付機構之智能風控、反欺詐及信貸決策系統開發。"),
    ("p", "於本公告日期，本公司透過過往投資持有靈犀風控約4.2%股權。"),
    ("p", "靈犀風控透過其全資附屬公司靈犀數科（深圳）有限公司經營其境內軟件業務。"),
    ("p", "於2024年，星嶼創業投資有限公司以人民幣8,000萬元領投靈犀風控之B輪融資。"),
    ("p", "於本公告日期，星嶼創投持有靈犀風控約15.3%股權，為其單一最大外部股東。"),
    ("p", "據董事作出一切合理查詢後所深知，靈犀風控及其最終實益擁有人均為獨立第三方。"),
    ("s", "有關本公司之股東資料"),
    ("p", "深智雲圖科技股份有限公司持有本公司已發行股份約4.8%，並非本公司之主要股東或關連人士。"),
    ("p", "深智雲圖並無參與認購事項之磋商，亦不會因認購事項而獲得任何利益。"),
    ("s", "進行認購事項之理由及裨益"),
    ("p", "本集團主要從事跨境支付、商戶收單及金融科技解決方案業務。"),
    ("p", "董事認為，認購事項可加強本集團於智能風控領域之佈局，並提供穩定利息收入。"),
    ("p", "本公司曾考慮投資其他風控企業，包括睿衡數據及星樞信用，惟最終未有進行任何交易。"),
    ("p", "董事（包括獨立非執行董事）認為認購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("s", "上市規則之涵義"),
    ("p", "由於認購事項之一項或多項適用百分比率超過5%但均低於25%，故認購事項構成本公司之須予披露交易。"),
    ("p", "本公司就認購事項之財務顧問為嘉衡融資有限公司。"),
    ("p", "承董事會命"),
    ("p", "匯拓金融科技控股有限公司"),
    ("p", "主席　梁嘉朗"),
    ("p", "香港，2025年7月3日"),
]


def to_truetype(font):
    """Convert a CFF-flavoured font to TrueType outlines with cu2qu."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, 1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, tmpdir):
    font = TTCollection(TTC).fonts[TC_INDEX]
    options = subset.Options()
    options.desubroutinize = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    to_truetype(font)
    path = os.path.join(tmpdir, "cjk_tc.ttf")
    font.save(path)
    return path


def build_english(blocks, out):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for kind, text in blocks:
        if kind == "h":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "s":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(out)


def build_chinese(blocks, out, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 20, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("NotoTC", "", font_path)
    pdf.add_page()
    for kind, text in blocks:
        size = {"h": 13, "s": 11.5}.get(kind, 10.5)
        if kind == "s":
            pdf.ln(3)
        pdf.set_font("NotoTC", "", size)
        while pdf.get_string_width(text) > pdf.epw and size > 6:
            size -= 0.5
            pdf.set_font("NotoTC", "", size)
        pdf.cell(0, size * 0.7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(out)


def main():
    build_english(MERLION, os.path.join(HERE, "02_Merlion_Bank_annual_report.pdf"))
    tmpdir = tempfile.mkdtemp()
    try:
        text = "".join(t for _, t in HUITUO)
        font_path = make_cjk_font(text, tmpdir)
        build_chinese(HUITUO, os.path.join(HERE, "06_Huituo_HKEX_convertible_bonds.pdf"), font_path)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
