"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses Helvetica. Chinese text uses Noto Sans CJK: the SC (index 2) or TC
(index 3) face is taken out of the system .ttc with fontTools, subset to the characters
needed, converted from CFF to TrueType outlines (cu2qu) and saved in a temporary
directory that is removed at the end. Chinese lines are broken only after "。".
"""
import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF, FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC, FACE_TC = 2, 3

# Each document is a list of blocks:
#   ("title", text) ("h", text) ("p", text) ("table", [row, ...]) ("page",)

SEOHAE_AR = [
    ("title", "Seohae Refining Co., Ltd."),
    ("p", "Annual Report 2025 (Excerpt) | KRX: 096870"),
    ("h", "Forward-looking statements"),
    ("p", "This report contains forward-looking statements about the Company's plans, refining margins, "
          "feedstock arrangements and investments. These statements are based on current expectations and "
          "are subject to risks, including crude and LNG price volatility, exchange rates and changes in "
          "environmental regulation. Actual results may differ materially, and the Company undertakes no "
          "obligation to update them."),
    ("h", "1. Letter from the CEO"),
    ("p", "Dear shareholders, 2025 was a year in which Seohae Refining moved from experimenting with "
          "artificial intelligence to running it at the heart of our plants. Our Yeosu complex processed "
          "an average of 612,000 barrels per day, and the operating rate reached 94.8%, the highest in our "
          "history. Operating profit rose to KRW 1,284 billion despite weaker Asian gasoline cracks."),
    ("p", "We also secured our fuel future. In September 2025 we signed a 15-year agreement under which "
          "Qamar LNG will supply 1.2 million tonnes of LNG per annum to our Yeosu terminal from 2027. The "
          "gas will replace fuel oil in our furnaces and feed a new hydrogen unit, cutting Scope 1 emissions "
          "by an estimated 1.1 million tonnes a year."),
    ("p", "Min-seok Kang, Chief Executive Officer"),
    ("h", "2. Business review: digital refinery"),
    ("p", "Daon Intelligence supplies the AI process-optimisation platform now running on our No. 2 crude "
          "unit and the hydrocracker, under a four-year contract valued at KRW 38.5 billion. Closed-loop "
          "control went live in July, and we measured a 1.4% gain in middle-distillate yield in the second "
          "half."),
    ("p", "In March 2025 we invested KRW 20.0 billion in Daon Intelligence's Series C preferred shares. "
          "Following this investment, Seohae holds 14.2% of Daon Intelligence on a fully diluted basis. We "
          "regard the stake as strategic and account for it at fair value through other comprehensive income."),
    ("p", "We are also extending analytics beyond the fence. In October 2025 we signed a memorandum of "
          "understanding with Halcyon Grid AI to trial acoustic leak detection on our Ulsan-Yeosu product "
          "pipeline. The memorandum is non-binding and no fees are payable during the trial."),
    ("h", "3. Marketing and customers"),
    ("p", "Domestic sales accounted for 41% of revenue and exports for 59%, led by diesel and jet fuel to "
          "Australia, Singapore and the United States. We also supply marine fuel to Haesong Heavy "
          "Industries for sea trials of newbuild vessels at its Geoje yard; these sales amounted to KRW "
          "46.3 billion in 2025. Our lubricants business is run by Seohae Lubricants Co., Ltd., a wholly "
          "owned subsidiary of the Company, which sells base oils in 34 countries."),
    ("p", "Competition in the domestic market remained intense. Donghae Oil and Namhae Energy both added "
          "secondary capacity during the year, and we estimate our share of Korean refined-product sales "
          "at 17%."),
    ("page",),
    ("h", "4. Selected financial information"),
    ("table", [
        ["KRW billion", "2025", "2024", "Change"],
        ["Revenue", "48,215", "51,037", "-5.5%"],
        ["Operating profit", "1,284", "1,102", "+16.5%"],
        ["Net profit", "862", "731", "+17.9%"],
        ["Capital expenditure", "1,640", "1,212", "+35.3%"],
        ["Net debt", "6,930", "6,410", "+8.1%"],
    ]),
    ("h", "5. Note 18 - Borrowings (extract)"),
    ("p", "Hanul Development Bank lent the Company KRW 600 billion under a seven-year facility to fund the "
          "residue upgrading project. The facility is secured on the new units and carries a floating rate "
          "linked to the three-month CD rate. Long-term borrowings at 31 December 2025 were as follows:"),
    ("table", [
        ["Lender", "Type", "Rate", "Maturity", "KRW million"],
        ["Hanul Development Bank", "Facility loan", "CD + 1.35%", "2032", "600,000"],
        ["Busan Maritime Bank", "Term loan", "4.05%", "2029", "250,000"],
        ["Corporate bonds (series 71-73)", "Bonds", "3.62-4.18%", "2027-2030", "1,450,000"],
    ]),
    ("p", "The Company was in compliance with all financial covenants at the reporting date."),
    ("h", "6. Auditor"),
    ("p", "Hyunsan Accounting Corporation audited the consolidated financial statements of Seohae Refining "
          "for the year ended 31 December 2025 and issued an unqualified opinion. Hyunsan also provided "
          "tax advisory services, for which fees of KRW 0.6 billion were paid."),
    ("h", "Disclaimer"),
    ("p", "This excerpt is provided for information only. The full annual report, including the audited "
          "consolidated financial statements and notes, is available on the Company's website and on the "
          "DART electronic disclosure system. In case of discrepancy, the Korean version prevails."),
]

HENGCHUAN_NOTICE = [
    ("p", "证券代码：688417　　证券简称：衡川智控　　公告编号：2025-047。"),
    ("title", "衡川智控科技股份有限公司"),
    ("title", "关于签订日常经营重大合同及向特定对象发行股票进展的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
          "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "合同类型：日常经营性销售合同。合同金额：人民币48,600万元（含税）。"
          "合同生效条件：经双方签字盖章后生效。"
          "对上市公司当期业绩的影响：本合同的履行预计对公司2026年度及2027年度经营业绩产生积极影响。"
          "风险提示：合同履行过程中可能受不可抗力等因素影响，敬请广大投资者注意投资风险。"),
    ("h", "一、合同签订的基本情况"),
    ("p", "2025年11月5日，衡川智控科技股份有限公司（以下简称“公司”或“衡川智控”）"
          "与华澜石化股份有限公司（以下简称“华澜石化”）签订了采购合同。"
          "华澜石化向公司采购智能优化控制系统及五年运维服务，合同金额为人民币48,600万元（含税）。"
          "项目实施地点为华澜（舟山）炼化有限公司，该公司系华澜石化的全资子公司。"
          "本合同为公司日常经营性合同，根据《上海证券交易所科创板股票上市规则》及《公司章程》的规定，"
          "无需提交董事会或股东大会审议。"),
    ("h", "二、合同对方的基本情况"),
    ("p", "公司名称：华澜石化股份有限公司。统一社会信用代码：91330900MA28F3K27Q。"
          "法定代表人：周启明。注册资本：人民币1,218,000万元。"
          "主营业务：原油加工，成品油、芳烃及聚烯烃等石化产品的生产与销售。"
          "关联关系说明：华澜石化与公司及公司控股股东、实际控制人、董事、监事、高级管理人员之间不存在关联关系。"),
    ("h", "三、合同主要条款"),
    ("table", [
        ["项目", "主要内容"],
        ["合同标的", "智能优化控制系统及五年运维服务"],
        ["合同金额", "人民币48,600万元（含税）"],
        ["支付方式", "预付30%、到货30%、验收30%、质保10%"],
        ["履行期限", "2025年11月至2030年12月"],
        ["争议解决", "提交上海国际仲裁中心仲裁"],
    ]),
    ("page",),
    ("h", "四、其他重大合同履行进展"),
    ("p", "公司向卡马尔液化天然气公司（Qamar LNG）供应的压缩机异常预警系统已于2025年6月投入运行。"
          "2025年10月，卡马尔液化天然气公司向公司追加采购订单，金额为2,350万美元。"
          "公司为东海液化天然气接收站有限公司提供的BOG智能调度系统已完成验收，合同金额为人民币6,480万元。"
          "此外，公司正在为萨赫勒石化公司（Sahl Petrochemical）裂解炉B线提供付费试点服务。"
          "公司上述项目所用的边缘推理模组主要向晶衡科技股份有限公司采购。"),
    ("p", "在华澜石化本次招标中，启衡科技与沃川软件亦参与投标，均未中标。"),
    ("h", "五、向特定对象发行股票进展"),
    ("p", "公司2025年度向特定对象发行A股股票事项已获中国证监会同意注册。"
          "本次发行的认购对象为港湾能源科技控股有限公司（以下简称“港湾能源”，香港联交所股票代码：2986）。"
          "港湾能源以现金认购公司股票26,845,638股，认购金额为人民币32,000万元。"
          "本次发行完成后，港湾能源持有公司6.80%的股份。"
          "本次发行前，澄湖资本管理有限公司持有公司8.15%的股份，本次发行后其持股比例稀释至7.60%。"
          "鼎泰证券股份有限公司作为衡川智控本次发行的保荐机构（主承销商），已出具核查意见。"),
    ("h", "六、风险提示"),
    ("p", "合同履行期较长，存在因政策、市场及技术变化导致合同无法如期或全部履行的风险。"
          "公司将根据合同履行进展及时履行信息披露义务，敬请广大投资者谨慎决策，注意投资风险。"),
    ("p", "特此公告。"),
    ("p", "衡川智控科技股份有限公司董事会。2025年11月7日。"),
]

HARBOURLINE_ANN = [
    ("p", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，"
          "對其準確性或完整性亦不發表任何聲明，"
          "並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "港灣能源科技控股有限公司"),
    ("p", "HARBOURLINE ENERGY TECHNOLOGY HOLDINGS LIMITED（於開曼群島註冊成立之有限公司）（股份代號：2986）。"),
    ("title", "須予披露交易"),
    ("p", "（1）與衡川智控訂立算力服務框架協議；及（2）與華瀾石化訂立丙烯採購協議。"),
    ("h", "緒言"),
    ("p", "董事會宣佈，於2025年11月18日，本公司與衡川智控訂立算力服務框架協議。"
          "據此，本公司將於2026年1月1日至2028年12月31日期間向衡川智控提供GPU算力租賃及模型訓練服務。"
          "同日，本公司與華瀾石化訂立丙烯採購協議。"
          "據此，華瀾石化將向本公司珠海聚丙烯廠供應聚合級丙烯，為期兩年，合約總價預計約人民幣8.6億元。"),
    ("h", "算力服務框架協議"),
    ("p", "服務內容：本公司透過位於深圳前海之數據中心提供算力租賃、模型訓練及推理託管服務。"
          "該數據中心由本公司全資附屬公司港灣算力（深圳）有限公司負責日常營運。"
          "衡川智控根據框架協議應付之服務費總額上限為人民幣3.1億元。"
          "服務費按實際使用之算力時數每月結算，並於發票日期後30日內支付。"),
    ("table", [
        ["期間", "年度上限（人民幣）"],
        ["2026年度", "9,800萬元"],
        ["2027年度", "1.03億元"],
        ["2028年度", "1.07億元"],
    ]),
    ("p", "年度上限乃參考衡川智控預計之模型訓練需求、現行市場價格及本公司可用算力而釐定。"),
    ("page",),
    ("h", "丙烯採購協議"),
    ("p", "採購價格以華東地區聚合級丙烯月度均價為基準，按每月實際提貨量結算。"
          "本公司將以內部資源及銀行融資支付採購款項。"),
    ("h", "訂約方資料"),
    ("p", "本公司主要從事液化天然氣接收站營運、能源貿易、聚丙烯生產及數據中心算力服務。"
          "港灣集團有限公司為本公司控股股東，持有本公司已發行股份約58.3%。"
          "衡川智控為於上海證券交易所科創板上市之公司（股份代號：688417），主要從事工業人工智能軟件業務。"
          "華瀾石化為於上海證券交易所上市之公司（股份代號：601389），主要從事煉油及石化業務。"),
    ("h", "進行交易之理由及裨益"),
    ("p", "董事認為，框架協議可提高本公司數據中心之使用率，並帶來穩定之經常性收入。"
          "於本地算力市場，本公司主要競爭對手包括雲嶠數據及星港智算。"
          "此外，本公司已與東海液化天然氣接收站有限公司簽訂合作備忘錄，共同研究利用接收站冷能為數據中心供冷。"
          "雙方並無就該備忘錄支付任何款項。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關交易之一項或多項適用百分比率超過5%但全部低於25%，故根據上市規則第14章構成本公司之須予披露交易。"
          "因此須遵守申報及公告規定，惟獲豁免遵守股東批准規定。"
          "嘉衡融資有限公司擔任港灣能源就本次交易之財務顧問。"),
    ("h", "釋義"),
    ("table", [
        ["詞彙", "涵義"],
        ["本公司、港灣能源", "港灣能源科技控股有限公司"],
        ["衡川智控", "衡川智控科技股份有限公司"],
        ["華瀾石化", "華瀾石化股份有限公司"],
        ["上市規則", "香港聯合交易所有限公司證券上市規則"],
    ]),
    ("p", "承董事會命。港灣能源科技控股有限公司主席梁振邦。香港，2025年11月18日。"),
    ("p", "於本公告日期，董事會包括執行董事梁振邦先生及何詠欣女士，以及獨立非執行董事陳國樑先生、"
          "林靜儀女士及歐陽志遠先生。"),
]


def make_cjk_font(face_index, text, tmpdir, name):
    """Extract one Noto Sans CJK face, subset it and save it with TrueType outlines."""
    font = TTCollection(NOTO_TTC).fonts[face_index]
    subsetter = Subsetter(Options())
    subsetter.populate(text=text)
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for glyph_name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[glyph_name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[glyph_name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = os.path.join(tmpdir, name + ".ttf")
    font.save(path)
    return path


def all_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[1] for cell in row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts)


def cjk_lines(pdf, text, width):
    """Pack sentences into lines, breaking only after 。"""
    sentences = [s + "。" for s in text.split("。") if s]
    if not text.endswith("。") and sentences:
        sentences[-1] = sentences[-1][:-1]
    lines, current = [], ""
    for sentence in sentences:
        if current and pdf.get_string_width(current + sentence) > width:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def write_cjk_line(pdf, line, width, size):
    """One line of Chinese; shrink the font when a single sentence is wider than the page."""
    pdf.set_font_size(size)
    while pdf.get_string_width(line) > width and pdf.font_size_pt > 5:
        pdf.set_font_size(pdf.font_size_pt - 0.25)
    pdf.cell(width, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(size)


def render(blocks, out_name, font_path=None):
    """Write one PDF; font_path is a CJK TrueType font, or None for Helvetica."""
    cjk = font_path is not None
    pdf = FPDF(format="A4")
    if cjk:
        pdf.add_font("NotoSansCJK", "", font_path)
    family = "NotoSansCJK" if cjk else "helvetica"
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
            continue
        if kind == "table":
            pdf.set_font(family, size=9)
            heading_style = FontFace(emphasis="" if cjk else "B")
            with pdf.table(line_height=6, headings_style=heading_style) as table:
                for row in block[1]:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(3)
            continue
        text = block[1]
        size = {"title": 14, "h": 11.5, "p": 10}[kind]
        pdf.set_font(family, style="B" if (kind != "p" and not cjk) else "", size=size)
        if cjk:
            for line in cjk_lines(pdf, text, width):
                write_cjk_line(pdf, line, width, size)
        else:
            pdf.multi_cell(width, 5.5 if kind == "p" else 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(os.path.join(HERE, out_name))


def main():
    tmpdir = tempfile.mkdtemp(prefix="cjk_fonts_")
    try:
        render(SEOHAE_AR, "06_Seohae_annual_report.pdf")
        sc_font = make_cjk_font(FACE_SC, all_text(HENGCHUAN_NOTICE), tmpdir, "NotoSansSC")
        render(HENGCHUAN_NOTICE, "03_Hengchuan_A-share_announcement.pdf", sc_font)
        tc_font = make_cjk_font(FACE_TC, all_text(HARBOURLINE_ANN), tmpdir, "NotoSansTC")
        render(HARBOURLINE_ANN, "04_Harbourline_HKEX_discloseable_transaction.pdf", tc_font)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
