"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 04_Cobaltine_annual_report.pdf: English, Helvetica; fpdf2 wraps lines at spaces.
- 06_HangChak_connected_transaction.pdf: Traditional Chinese. The Noto Sans CJK TC face is
  extracted from the system .ttc with fontTools, subset to the characters used, converted from
  CFF to TrueType outlines (cu2qu) and saved in a temporary directory that is removed at the end.
  Every Chinese sentence is written on its own line, so lines only break after 。.
"""

import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

# --------------------------------------------------------------------------------------------
# Document 04: Cobaltine Cloud Systems, Inc. - Annual Report 2024 (excerpt)
# Blocks: ("h", heading) ("p", paragraph) ("t", [rows]) ("page", None)
# --------------------------------------------------------------------------------------------
COBALTINE = [
    ("title", "Cobaltine Cloud Systems, Inc."),
    ("sub", "Annual Report 2024 - Excerpt (Nasdaq: CBLT)"),
    ("h", "Letter from the Chief Executive Officer"),
    (
        "p",
        "Dear shareholders, 2024 was the year in which our AgriCloud segment stopped being an experiment. "
        "Segment revenue rose 64% to $318 million, and for the first time the segment contributed positively "
        "to operating income. Farmers, food processors and the technology companies that serve them are "
        "training larger models on larger image sets, and they increasingly want that capacity close to the "
        "data they collect in the field.",
    ),
    (
        "p",
        "Our largest AgriCloud customers include Verdant Loop Robotics, which trains its weed-recognition "
        "models on our GPU clusters in Ohio and Oregon, and Fieldsense Analytics, which hosts its "
        "yield-forecasting platform and customer data exclusively on Cobaltine. In China, Hezhi Agri-Tech "
        "(688517.SH) purchases GPU capacity from our Singapore region to train its pest-identification "
        "models for export markets.",
    ),
    (
        "p",
        "We also began a joint programme with Harrowgate Foods to test AI-based harvest scheduling in its "
        "vegetable factories. The programme is a co-development arrangement; neither party pays the other "
        "for the work, and the results will be published jointly.",
    ),
    ("p", "Renata Oyelaran, Chief Executive Officer"),
    ("h", "Item 1. Business - Suppliers and Infrastructure"),
    (
        "p",
        "We design our own server racks but rely on third parties for processors and accelerators. "
        "Tallowin Semiconductor supplies the TX-40 inference accelerators installed in our AgriCloud "
        "regions, under a three-year volume purchase agreement signed in May 2024. We purchased "
        "approximately $74 million of accelerators from Tallowin in 2024.",
    ),
    (
        "p",
        "The market for cloud infrastructure is intensely competitive. We compete with Strata Compute and "
        "Halvorsen Cloud, both of which have larger general-purpose footprints, as well as with regional "
        "providers. We believe our sector-specific data services differentiate us, although Strata Compute "
        "and Halvorsen Cloud have each announced agricultural offerings.",
    ),
    (
        "p",
        "One customer, referred to in our filings as Customer A, a multinational seed company, accounted "
        "for 11% of AgriCloud revenue in 2024. No other customer exceeded 10%.",
    ),
    ("page", None),
    ("h", "Item 7. Management's Discussion and Analysis - Selected Items"),
    (
        "p",
        "Acquisition of Loamwise. On September 3, 2024, we acquired Loamwise Data Inc., a provider of soil "
        "and weather data feeds, for $31 million in cash. Loamwise is now a wholly owned subsidiary of "
        "Cobaltine and is reported within the AgriCloud segment.",
    ),
    (
        "p",
        "Liquidity and capital resources. On November 15, 2024, Northbeam Bank extended to us a $250 million "
        "senior secured term loan maturing in 2029, the proceeds of which were used to fund data-centre "
        "expansion in Oregon. As of December 31, 2024, we had $212 million of cash and cash equivalents.",
    ),
    (
        "t",
        [
            ["Segment", "2024 revenue ($m)", "2023 revenue ($m)", "Change"],
            ["AgriCloud", "318", "194", "+64%"],
            ["Enterprise Cloud", "1,046", "981", "+7%"],
            ["Data Services", "137", "102", "+34%"],
            ["Total", "1,501", "1,277", "+18%"],
        ],
    ),
    (
        "p",
        "Capital expenditure. Capital expenditure was $388 million, mainly for servers and accelerators "
        "in our AgriCloud regions. We expect 2025 capital expenditure of $420 million to $460 million.",
    ),
    (
        "p",
        "Legal proceedings. In October 2024, Halvorsen Cloud filed a patent infringement complaint against "
        "Cobaltine in the District of Delaware relating to data-compression techniques. We believe the "
        "claims are without merit and intend to defend ourselves vigorously.",
    ),
    ("h", "Report of Independent Registered Public Accounting Firm (extract)"),
    (
        "p",
        "Pellingham LLP has audited the consolidated financial statements of Cobaltine Cloud Systems, Inc. "
        "as of and for the year ended December 31, 2024, and expressed an unqualified opinion thereon.",
    ),
    ("h", "Forward-Looking Statements"),
    (
        "p",
        "This report contains forward-looking statements about our business, including expected capital "
        "expenditure, customer demand and the outcome of litigation. Actual results may differ materially "
        "because of the risks described in Item 1A, Risk Factors, of our Annual Report on Form 10-K. We "
        "undertake no obligation to update any forward-looking statement.",
    ),
]

# --------------------------------------------------------------------------------------------
# Document 06: Hang Chak Consumer Group - HKEX continuing connected transaction (Traditional Chinese)
# Paragraph text is split into one line per sentence (after 。).
# --------------------------------------------------------------------------------------------
HANGCHAK = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"),
    ("small", "兩者並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "恒澤消費品集團控股有限公司"),
    ("sub", "HANG CHAK CONSUMER GROUP HOLDINGS LIMITED"),
    ("sub", "（於開曼群島註冊成立之有限公司）（股份代號：2718）"),
    ("title", "持續關連交易"),
    ("sub", "與金穗食品集團訂立框架採購協議"),
    ("h", "緒言"),
    (
        "p",
        "董事會宣佈，於2025年4月22日，本公司與金穗食品集團有限公司訂立框架採購協議。"
        "根據該協議，金穗食品將向本集團供應速凍水餃、玉米粒及植物基餡料，供本集團於香港及華南地區銷售。"
        "協議期限自2025年5月1日起至2027年12月31日止。",
    ),
    ("h", "上市規則之涵義"),
    (
        "p",
        "恒澤金穗食品（深圳）有限公司為本公司之非全資附屬公司，由本公司持有65%股權。"
        "金穗食品持有恒澤金穗食品（深圳）有限公司35%股權，為本公司附屬公司層面之關連人士。"
        "因此，框架採購協議項下之交易構成本公司之持續關連交易。"
        "由於年度上限之最高適用百分比率超過1%但低於5%，該等交易須遵守申報、公告及年度審閱規定。"
        "該等交易獲豁免遵守獨立股東批准規定。",
    ),
    ("h", "年度上限"),
    (
        "t",
        [
            ["期間", "年度上限（港元）"],
            ["2025年5月1日至12月31日", "96,000,000"],
            ["截至2026年12月31日止年度", "158,000,000"],
            ["截至2027年12月31日止年度", "182,000,000"],
        ],
    ),
    (
        "p",
        "上述年度上限乃參考本集團過往向金穗食品之採購額及預期銷售增長釐定。"
        "截至2024年12月31日止年度，本集團向金穗食品之採購額約為82,400,000港元。",
    ),
    ("h", "有關訂約方之資料"),
    (
        "p",
        "本集團主要從事家居清潔用品、個人護理用品及包裝食品之製造及分銷。"
        "本集團亦為Meadowmark Consumer Brands, Inc.（「Meadowmark」）之亞太區品牌提供代工生產服務。"
        "金穗食品為一家於中國註冊成立之公司，主要從事速凍食品、玉米製品及糧油加工。",
    ),
    ("h", "股權變動及其他事項"),
    (
        "p",
        "誠如本公司日期為2025年4月1日之公告所披露，本公司已完成發行認購股份。"
        "Meadowmark認購本公司148,500,000股新股份，認購總額為671,220,000港元。"
        "於本公告日期，Meadowmark持有本公司已發行股份約9.8%。"
        "Meadowmark並非本公司之關連人士，故認購事項不構成本公司之關連交易。",
    ),
    (
        "p",
        "此外，本集團已委聘雲犁數據科技（杭州）有限公司提供AI需求預測服務，年度服務費約3,600,000港元。"
        "本集團與蓮峰控股有限公司於華南家居用品市場存在競爭。"
        "近期有市場傳言指本公司擬收購蓮峰控股有限公司，董事會確認並無此事。",
    ),
    ("h", "董事（包括獨立非執行董事）之意見"),
    (
        "p",
        "董事認為，框架採購協議乃於本集團日常及一般業務過程中按一般商業條款訂立。"
        "董事亦認為，其條款屬公平合理，並符合本公司及股東之整體利益。"
        "本公司已委任寶德資本有限公司就年度上限之釐定提供意見，寶德資本有限公司與金穗食品概無任何關係。",
    ),
    ("h", "釋義"),
    (
        "t",
        [
            ["「本公司」", "恒澤消費品集團控股有限公司"],
            ["「金穗食品」", "金穗食品集團有限公司"],
            ["「合營公司」", "恒澤金穗食品（深圳）有限公司"],
            ["「上市規則」", "香港聯合交易所有限公司證券上市規則"],
        ],
    ),
    ("p", "承董事會命。"),
    ("p", "恒澤消費品集團控股有限公司。"),
    ("p", "主席　鄧啟康。"),
    ("p", "香港，2025年4月22日。"),
    (
        "p",
        "於本公告日期，執行董事為鄧啟康先生及何慧珊女士，非執行董事為Dana K. Whitlow女士。"
        "獨立非執行董事為梁子健先生、蔡美玲女士及黃錦豪先生。",
    ),
]


def sentences(paragraph):
    """Split Chinese text after each 。 so that each sentence gets its own line."""
    out, cur = [], ""
    for ch in paragraph:
        cur += ch
        if ch == "。":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def build_english(path, blocks):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, value in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 9, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "t":
            pdf.set_font("Helvetica", "", 9.5)
            width = pdf.epw / len(value[0])
            for row in value:
                for cell in row:
                    pdf.cell(width, 6, cell, border=1)
                pdf.ln(6)
            pdf.ln(3)
    pdf.output(path)


def used_characters(blocks):
    chars = set()
    for _, value in blocks:
        if isinstance(value, str):
            chars.update(value)
        elif isinstance(value, list):
            for row in value:
                for cell in row:
                    chars.update(cell)
    return chars


def extract_cjk_font(tmpdir, index, chars):
    """Extract one face from the .ttc, subset it and convert CFF outlines to TrueType."""
    font = TTCollection(CJK_TTC).fonts[index]
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["head"].glyphDataFormat = 0
    font["maxp"].tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxComponentDepth",
    ):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"
    path = os.path.join(tmpdir, f"NotoSansCJK-{index}.ttf")
    font.save(path)
    return path


def build_chinese(path, blocks, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("NotoCJK", "", font_path)
    pdf.add_page()

    def line(text, size, height, align="L"):
        pdf.set_font("NotoCJK", "", size)
        if pdf.get_string_width(text) > pdf.epw:
            raise ValueError(f"line too long for one PDF line: {text}")
        pdf.cell(0, height, text, align=align, new_x="LMARGIN", new_y="NEXT")

    for kind, value in blocks:
        if kind == "small":
            line(value, 6.5, 4)
        elif kind == "title":
            pdf.ln(2)
            line(value, 14, 9, "C")
        elif kind == "sub":
            line(value, 10, 6, "C")
        elif kind == "h":
            pdf.ln(3)
            line(value, 11, 7)
        elif kind == "p":
            for sentence in sentences(value):
                line(sentence, 9, 5.6)
            pdf.ln(1.5)
        elif kind == "t":
            pdf.set_font("NotoCJK", "", 9)
            width = pdf.epw / len(value[0])
            for row in value:
                for cell in row:
                    pdf.cell(width, 6.5, cell, border=1)
                pdf.ln(6.5)
            pdf.ln(2)
    pdf.output(path)


def main():
    build_english(os.path.join(HERE, "04_Cobaltine_annual_report.pdf"), COBALTINE)
    tmpdir = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        font_path = extract_cjk_font(tmpdir, TC_INDEX, used_characters(HANGCHAK))
        build_chinese(os.path.join(HERE, "06_HangChak_connected_transaction.pdf"), HANGCHAK, font_path)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
