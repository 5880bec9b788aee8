"""Build the three PDF documents of the fresh120 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses Noto Sans CJK. The .ttc collection cannot be read by fpdf2, so one
face (index 2 Simplified Chinese, index 3 Traditional Chinese) is subset to the
characters actually used, its CFF outlines are converted to TrueType outlines with
cu2qu, the result is saved in a temporary directory, registered with add_font, and the
directory is deleted when the PDFs are written.
"""
import pathlib
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = pathlib.Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SIMPLIFIED_FACE = 2
TRADITIONAL_FACE = 3


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------

def _quadratic_glyphs(glyph_set):
    """Draw every cubic (CFF) glyph through cu2qu into TrueType glyph objects."""
    glyphs = {}
    for name in glyph_set.keys():
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    return glyphs


def _cff_to_truetype(font):
    """Replace the CFF table of an OpenType font by glyf/loca tables in place."""
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = _quadratic_glyphs(font.getGlyphSet())
    del font["CFF "]
    for tag in ("VORG", "GSUB", "GPOS", "GDEF", "BASE"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
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
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def cjk_font_file(face_index, text, directory):
    """Subset one face of the CJK collection to `text` and save it as a .ttf file."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = Subsetter(options=options)
    chars = {ord(c) for c in text if not c.isspace()} | set(range(0x20, 0x7F))
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    _cff_to_truetype(font)
    path = directory / f"noto_cjk_face{face_index}.ttf"
    font.save(str(path))
    return path


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------

class Document(FPDF):
    """A4 document with a running footer."""

    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.base_family, "", 8)
        self.cell(0, 5, f"{self.footer_text}  {self.page_no()}", align="C")


def render(blocks, pdf, family, cjk):
    """Render a list of (kind, payload...) blocks."""
    pdf.base_family = family
    wrap = "CHAR" if cjk else "WORD"
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "pagebreak":
            pdf.add_page()
        elif kind == "meta":
            pdf.set_font(family, "", 8.5)
            pdf.multi_cell(0, 5, block[1], align="L", wrapmode=wrap,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "title":
            pdf.set_font(family, "B", 14)
            pdf.multi_cell(0, 8, block[1], align="C", wrapmode=wrap,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "subtitle":
            pdf.set_font(family, "B", 11.5)
            pdf.multi_cell(0, 6.5, block[1], align="C", wrapmode=wrap,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "center":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(0, 5.5, block[1], align="C", wrapmode=wrap,
                           new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(0, 5.5, block[1], align="R", wrapmode=wrap,
                           new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(family, "B", 11)
            pdf.multi_cell(0, 6.5, block[1], align="L", wrapmode=wrap,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "box":
            pdf.set_font(family, "", 9.5)
            pdf.multi_cell(0, 5.5, block[1], border=1, align="L", wrapmode=wrap,
                           padding=2, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(0, 5.6 if cjk else 5.2, block[1], align="L", wrapmode=wrap,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "note":
            pdf.set_font(family, "", 8.5)
            pdf.multi_cell(0, 4.8, block[1], align="L", wrapmode=wrap,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            rows, widths = block[1], block[2]
            pdf.set_font(family, "", 8.5)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=5.2,
                           wrapmode=wrap, padding=1.2) as table:
                for row in rows:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.ln(3)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------------------
# 03 - Shenzhen Tuzhun: A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------

DOC03 = [
    ("meta", "证券代码：688471        证券简称：图准智能        公告编号：2025-041"),
    ("title", "深圳图准智能科技股份有限公司"),
    ("subtitle", "关于上海证券交易所对公司2024年年度报告的信息披露监管问询函的回复公告"),
    ("box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
            "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("p", "深圳图准智能科技股份有限公司（以下简称“图准智能”或“公司”）于2025年5月16日收到上海证券交易所"
          "科创板公司管理部下发的《关于深圳图准智能科技股份有限公司2024年年度报告的信息披露监管问询函》"
          "（上证科创公函【2025】0187号，以下简称“《问询函》”）。"
          "图准智能会同年审会计师立衡会计师事务所（特殊普通合伙）及保荐机构中衡证券股份有限公司对《问询函》"
          "所列问题进行了认真核查，现将有关问题回复如下："),
    ("h", "问题一：关于客户集中度"),
    ("p", "年报显示，公司2024年度前五名客户销售额合计占年度销售总额的71.36%，较上年上升9.82个百分点。"
          "请公司：（1）列示前五名客户的名称、销售内容、销售金额及占比；（2）说明客户集中度上升的原因及"
          "合理性，是否对单一客户存在重大依赖。"),
    ("p", "公司回复："),
    ("p", "（一）前五名客户情况。2024年度，公司前五名客户销售情况如下："),
    ("table", [
        ["序号", "客户名称", "销售内容", "销售金额（万元）", "占营业收入比例"],
        ["1", "Halvorsen Imaging Systems, Inc.", "AI图像处理SoC、扫描控制模组", "38,652.47", "31.84%"],
        ["2", "樱川光学株式会社", "AI图像处理SoC", "21,307.15", "17.55%"],
        ["3", "恒文数码控股有限公司", "智能扫描终端", "9,844.60", "8.11%"],
        ["4", "客户D", "耗材芯片", "9,120.33", "7.51%"],
        ["5", "客户E", "扫描控制模组", "7,712.08", "6.35%"],
        ["合计", "—", "—", "86,636.63", "71.36%"],
    ], (11, 56, 47, 29, 27)),
    ("note", "注：客户D、客户E系与公司签署保密协议的境内耗材及设备厂商，公司按照保密约定以代称披露。"),
    ("p", "（二）客户集中度上升的原因及合理性。2024年度，公司AI图像处理SoC进入规模量产阶段。"
          "Halvorsen Imaging Systems, Inc.（以下简称“哈尔沃森”）的Sentinel系列及樱川光学新一代A3平台"
          "均采用公司芯片作为主控图像处理单元，上述两家客户合计贡献销售收入59,959.62万元，较上年增长"
          "142.37%，是客户集中度上升的主要原因。公司与哈尔沃森的供货框架协议有效期至2027年12月31日，"
          "与樱川光学的供货协议按年度续签，合作关系稳定。公司与上述前五名客户均不存在关联关系。"),
    ("p", "从行业情况看，同行业可比公司上海芯印微电子股份有限公司及厦门图灵视觉科技股份有限公司2024年度"
          "前五名客户销售占比分别为65.12%和58.47%，下游整机厂商集中度较高是行业共性特征。"),
    ("p", "此外，近期部分自媒体称图准智能已与北浦商用机器株式会社签署芯片供货协议。经公司核实，截至本公告"
          "披露日，图准智能与北浦商用机器株式会社之间不存在任何购销或合作协议，上述信息不属实。"),
    ("p", "综上，公司客户集中度上升具有商业合理性，但如主要客户需求发生重大变化，可能对公司经营业绩产生"
          "不利影响，公司已在年报“风险因素”部分进行充分提示。"),
    ("h", "问题二：关于供应商"),
    ("p", "请公司列示前五名供应商的名称、采购内容、采购金额及占比，并说明是否存在供应商集中风险。"),
    ("p", "公司回复：2024年度，公司前五名供应商采购情况如下："),
    ("table", [
        ["序号", "供应商名称", "采购内容", "采购金额（万元）", "占采购总额比例"],
        ["1", "苏州澄光半导体有限公司", "晶圆代工及CIS传感器", "15,233.90", "24.61%"],
        ["2", "供应商B", "封装测试服务", "8,410.27", "13.59%"],
        ["3", "供应商C", "存储芯片", "5,806.55", "9.38%"],
        ["4", "供应商D", "PCB及结构件", "3,972.18", "6.42%"],
        ["5", "供应商E", "碳粉原料", "3,105.42", "5.02%"],
        ["合计", "—", "—", "36,528.32", "59.02%"],
    ], (11, 56, 47, 29, 27)),
    ("note", "注：除苏州澄光半导体有限公司外，其余供应商因保密约定以代称披露。"),
    ("p", "公司晶圆代工及CIS传感器主要向苏州澄光采购，双方已签订长期产能保障协议。为降低集中度风险，"
          "公司已完成第二家晶圆代工厂的工艺导入，预计自2025年第四季度起批量采购。"),
    ("h", "问题三：关于对外投资及子公司增资"),
    ("p", "年报显示，报告期末公司其他权益工具投资余额为6,250.00万元。请说明投资标的的基本情况、持股比例"
          "及与公司主营业务的协同性。"),
    ("p", "公司回复："),
    ("p", "截至2024年12月31日，图准智能持有杭州云档信息技术有限公司12.50%股权，作为其他权益工具投资核算。"
          "杭州云档主要从事企业文档云端管理及AI文档检索服务，与公司智能扫描终端业务形成软硬件协同。"),
    ("p", "此外，为提升耗材芯片与碳粉耗材业务协同，图准智能拟以自有资金人民币8,000万元向全资子公司"
          "珠海墨航耗材科技有限公司增资，增资完成后其注册资本由人民币5,000万元增加至人民币13,000万元。"
          "本次增资已经公司第三届董事会第十四次会议审议通过，无需提交股东大会审议。"),
    ("h", "问题四：关于银行借款"),
    ("p", "年报显示，报告期末公司短期借款余额为2.35亿元，较上年末增长86.51%。请说明借款增长原因及后续"
          "融资安排。"),
    ("p", "公司回复："),
    ("p", "报告期内借款增长主要用于AI图像处理SoC量产备货及晶圆预付款。2025年3月，图准智能与江南联合银行"
          "股份有限公司深圳分行签订《综合授信协议》，获得综合授信额度人民币5亿元，期限三年，截至本回复"
          "公告披露日已提款人民币1.8亿元。公司资产负债率为38.72%，偿债能力良好。"),
    ("p", "保荐机构中衡证券股份有限公司核查后认为，图准智能前五名客户及供应商变动具有商业合理性，相关"
          "信息披露真实、准确、完整。"),
    ("p", "特此公告。"),
    ("right", "深圳图准智能科技股份有限公司董事会"),
    ("right", "2025年5月30日"),
]


# ---------------------------------------------------------------------------
# 04 - Hengwen Digital: HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------

DOC04 = [
    ("note", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性"
             "亦不發表任何聲明，並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的"
             "任何損失承擔任何責任。"),
    ("title", "恒文數碼控股有限公司"),
    ("subtitle", "HENGWEN DIGITAL HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立的有限公司）"),
    ("center", "（股份代號：2387）"),
    ("subtitle", "須予披露交易：收購杭州雲檔信息技術有限公司60%股權"),
    ("subtitle", "及"),
    ("subtitle", "自願公告：戰略合作備忘錄及澄清公告"),
    ("h", "收購事項"),
    ("p", "恒文數碼控股有限公司（「本公司」或「恒文數碼」，連同其附屬公司統稱「本集團」）董事會（「董事會」）"
          "欣然宣佈，於2025年9月26日（交易時段後），本公司間接全資附屬公司恒文文檔服務（深圳）有限公司"
          "（「買方」）與杭州雲棲創業投資合夥企業（有限合夥）（「賣方」）訂立股權轉讓協議，據此，買方有條件"
          "同意收購而賣方有條件同意出售杭州雲檔信息技術有限公司（「目標公司」或「杭州雲檔」）60%股權，"
          "代價為人民幣2.16億元。"),
    ("h", "股權轉讓協議的主要條款"),
    ("p", "代價人民幣2.16億元將由買方以現金分三期支付：(i) 人民幣6,480萬元於簽署協議後十個營業日內支付；"
          "(ii) 人民幣1.08億元於完成時支付；及 (iii) 餘額人民幣4,320萬元於目標公司2026年度經審核財務報表"
          "刊發後支付，惟須視乎業績承諾的達成情況而作出調整。"),
    ("p", "代價乃經買方與賣方公平磋商後釐定，並已參考獨立估值師對目標公司於2025年6月30日的全部股權所作的"
          "估值人民幣3.72億元。賣方承諾目標公司2026年度及2027年度經審核除稅後純利分別不低於人民幣2,400萬元"
          "及人民幣3,000萬元。"),
    ("h", "有關目標公司的資料"),
    ("p", "杭州雲檔成立於2017年，主要從事企業文檔雲端管理、AI文檔檢索及電子檔案長期保存服務，客戶涵蓋"
          "金融、製造及政府機構。"),
    ("p", "深圳圖準智能科技股份有限公司現時持有目標公司12.5%股權，並已書面放棄其就是次轉讓享有的優先購買權；"
          "完成後，其持股比例維持不變。"),
    ("p", "杭州雲檔的主要客戶包括珠海墨航耗材科技有限公司等耗材及設備製造商，並為其提供耗材全生命週期追溯"
          "雲平台服務。目標公司按中國會計準則編製的主要財務資料如下："),
    ("table", [
        ["截至12月31日止年度（人民幣千元）", "2023年", "2024年"],
        ["收入", "84,120", "112,730"],
        ["除稅前純利", "14,860", "21,040"],
        ["除稅後純利", "12,530", "17,910"],
        ["於12月31日的資產淨值", "96,400", "114,310"],
    ], (80, 45, 45)),
    ("p", "完成後，杭州雲檔將成為恒文數碼的間接非全資附屬公司，其財務業績將併入本集團的綜合財務報表。"),
    ("pagebreak",),
    ("h", "有關訂約方的資料"),
    ("p", "恒文文檔服務（深圳）有限公司為恒文數碼於2019年在深圳成立的間接全資附屬公司，主要於中國內地從事"
          "文檔管理外包、智能掃描及檔案數碼化服務。"),
    ("p", "賣方為一家根據中國法律成立的有限合夥企業，主要從事創業投資。據董事作出一切合理查詢後所知、所悉"
          "及所信，賣方及其最終實益擁有人均為獨立第三方。"),
    ("p", "本集團主要於香港、澳門及華南地區從事辦公室影像設備分銷、管理文印服務及文檔管理外包業務。"
          "本公司主要股東櫻川光學株式會社（Sakuragawa Kogaku Co., Ltd.）於本公告日期持有恒文數碼已發行股份"
          "約18.6%。"),
    ("h", "進行收購事項的理由及裨益"),
    ("p", "本集團管理文印服務客戶逾2,600家，正由按張計費模式轉型至以AI文檔處理為核心的訂閱服務。收購事項"
          "將使本集團取得自有文檔雲平台及AI檢索技術，並可將相關服務嵌入本集團所分銷的多功能打印機。董事認為，"
          "收購事項的條款屬公平合理，並符合本公司及股東的整體利益。"),
    ("h", "融資安排"),
    ("p", "代價將以本集團內部資源及一項新訂銀行融資撥付。於2025年9月22日，恒文數碼與林德博姆銀行"
          "（Lindeboom Bank N.V.）香港分行訂立一項為期三年、本金額為港幣3.2億元的定期貸款融資協議，"
          "利率為香港銀行同業拆息加1.85厘。"),
    ("h", "上市規則的涵義"),
    ("p", "由於有關收購事項的一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但全部低於25%，"
          "收購事項構成本公司的須予披露交易，須遵守上市規則第十四章的通知及公告規定，惟獲豁免遵守股東"
          "批准規定。"),
    ("p", "卓域融資有限公司已獲委任為本公司有關收購事項的財務顧問，而衡正評估有限公司已獲委聘對目標公司的"
          "全部股權進行估值。"),
    ("h", "自願公告：戰略合作備忘錄"),
    ("p", "董事會亦宣佈，於2025年9月26日，恒文數碼與范德維爾文檔集團（Van der Wiel Documentgroep N.V.，"
          "一家於泛歐交易所阿姆斯特丹上市的公司）簽訂戰略合作備忘錄，雙方將在跨境文檔數碼化及AI文檔處理"
          "服務方面互相轉介客戶並共同開發解決方案。該備忘錄不具法律約束力，亦不涉及任何一方向另一方支付"
          "款項或認購股份。"),
    ("h", "澄清公告"),
    ("p", "本公司注意到近期若干媒體報道指本公司正與Keystone Office Solutions, Inc.洽談合併。董事會謹此澄清，"
          "恒文數碼並無與Keystone Office Solutions, Inc.進行任何有關合併或收購的磋商，亦無訂立任何相關協議。"
          "股東及潛在投資者於買賣本公司股份時，務請審慎行事。"),
    ("right", "承董事會命"),
    ("right", "恒文數碼控股有限公司"),
    ("right", "主席 陳柏軒"),
    ("p", "香港，2025年9月26日"),
    ("note", "於本公告日期，董事會包括執行董事陳柏軒先生、何詠琪女士及梁家豪先生；非執行董事田邊浩先生；"
             "以及獨立非執行董事李慧敏女士、黃志遠先生及周德明先生。"),
]


# ---------------------------------------------------------------------------
# 05 - Van der Wiel Documentgroep: annual report excerpt (English)
# ---------------------------------------------------------------------------

DOC05 = [
    ("title", "Van der Wiel Documentgroep N.V."),
    ("subtitle", "Annual Report 2024 - Excerpt"),
    ("center", "Euronext Amsterdam: VDWG  |  Registered office: Amsterdam, the Netherlands"),
    ("h", "Key figures 2024"),
    ("table", [
        ["", "2024", "2023"],
        ["Revenue (EUR million)", "612.4", "573.4"],
        ["Adjusted EBITDA (EUR million)", "88.1", "80.6"],
        ["Recurring revenue as % of total", "71%", "68%"],
        ["Devices under contract", "96,300", "88,900"],
        ["AI-enabled share of new placements", "58%", "31%"],
    ], (90, 40, 40)),
    ("h", "Message from the CEO (excerpt)"),
    ("p", "2024 was the year in which AI moved from our presentations into our customers' mailrooms. "
          "Revenue rose 6.8% to €612.4 million, of which 4.1% was organic, and adjusted EBITDA "
          "increased to €88.1 million. More than half of the devices we placed in the second half "
          "of the year were sold together with an AI document-processing subscription, and those "
          "customers renew at materially higher rates than customers who buy print alone. We enter "
          "2025 with a stronger balance sheet, a larger footprint in the central Netherlands and, "
          "for the first time, a software business that we can measure on its own."),
    ("p", "Marieke Hoogendijk, Chief Executive Officer"),
    ("h", "Strategy: intelligence at the edge of the document"),
    ("p", "Our strategy, Document Forward 2027, rests on three pillars: AI-enabled devices, managed "
          "document services, and scanning-bureau digitisation for regulated industries such as "
          "healthcare, insurance and local government."),
    ("p", "Every device we place now ships with DocuSense, the AI capture and classification layer "
          "that Zandvoort Capture B.V. licenses to Van der Wiel under an exclusive Benelux agreement. "
          "DocuSense reads incoming invoices, contracts and correspondence at the device and routes "
          "them into the customer's ERP or case-management system."),
    ("p", "In June 2024 Van der Wiel invested €9.5 million in Zandvoort's Series B round, raising its "
          "interest to 24.9%; Zandvoort is accounted for as an associate using the equity method."),
    ("h", "Supply chain and partners"),
    ("p", "Sakuragawa Kogaku remained our principal hardware partner in 2024: under the Benelux "
          "distribution agreement renewed in March, Van der Wiel purchased €118.6 million of Sakuragawa "
          "multifunction devices, production printers and spare parts. We source wide-format, scanning "
          "and IT hardware from a range of other suppliers, none of which accounted for more than 5% "
          "of purchases."),
    ("p", "Van der Wiel is not a party to the patent litigation between Halvorsen Imaging Systems and "
          "Sakuragawa Kogaku in the United States and does not expect its outcome to have a material "
          "effect on the Group."),
    ("h", "Acquisitions"),
    ("p", "On 1 October 2024 Van der Wiel acquired 100% of the shares of Dorestad Print Services B.V., "
          "a managed print and scanning-bureau operator in Utrecht and Gelderland, for a total "
          "consideration of €41.3 million. Dorestad contributed €9.8 million of revenue and €1.6 million "
          "of adjusted EBITDA in the fourth quarter. Goodwill of €18.2 million was recognised, "
          "reflecting expected synergies in service routing and bureau capacity."),
    ("p", "During 2024 Van der Wiel also evaluated an acquisition of Friesland Kopie Centrum B.V. but "
          "discontinued discussions after due diligence."),
    ("h", "Market and competition"),
    ("p", "In the Benelux office-print market we compete principally with Hollandia Print Groep B.V. and "
          "Maasbrug Office Solutions B.V., as well as with the direct channels of the major "
          "manufacturers. Page volumes continue to decline by 3% to 5% a year; growth comes from "
          "services and software attached to the installed base."),
    ("h", "Financing"),
    ("p", "Van der Wiel's €180 million revolving credit facility is provided by Lindeboom Bank N.V. and "
          "matures in July 2028; €64.0 million was drawn at 31 December 2024."),
    ("p", "In addition, Van der Wiel Lease B.V. funds its operating-lease book through a €95 million "
          "receivables financing facility with Lindeboom Bank N.V., secured on the underlying customer "
          "lease contracts."),
    ("p", "Net debt at year-end was €141.7 million, or 1.6 times adjusted EBITDA, within our target "
          "range of 1.5 to 2.0 times."),
    ("h", "Principal risks (extract)"),
    ("p", "Supplier concentration: a single manufacturer supplies the majority of our devices. A "
          "disruption in its production or a change in its European distribution strategy would "
          "affect our ability to place new devices. We mitigate this risk through a multi-year "
          "agreement, safety stock in our Tilburg warehouse and qualification of a second source for "
          "A4 devices. Technology: the value of AI capture depends on model quality; we review model "
          "accuracy quarterly with our software partners and retain the right to switch providers."),
    ("pagebreak",),
    ("h", "Notes to the consolidated financial statements (extract)"),
    ("p", "Note 16 Borrowings"),
    ("table", [
        ["EUR million", "31 Dec 2024", "31 Dec 2023"],
        ["Revolving credit facility", "64.0", "41.5"],
        ["Lease receivables facility", "71.2", "58.9"],
        ["Lease liabilities (IFRS 16)", "14.3", "15.1"],
        ["Total borrowings", "149.5", "115.5"],
    ], (90, 40, 40)),
    ("p", "Note 28 Group companies and associates"),
    ("table", [
        ["Name", "Registered office", "Relationship", "Interest"],
        ["Van der Wiel Lease B.V.", "Amsterdam, Netherlands", "Subsidiary", "100%"],
        ["Dorestad Print Services B.V.", "Utrecht, Netherlands", "Subsidiary", "100%"],
        ["Zandvoort Capture B.V.", "Haarlem, Netherlands", "Associate", "24.9%"],
    ], (62, 52, 32, 24)),
    ("h", "Other information"),
    ("p", "Kraaijenbrink & Visser Accountants N.V. has audited the consolidated financial statements of "
          "Van der Wiel Documentgroep N.V. for the year ended 31 December 2024. The independent "
          "auditor's report is included in the full Annual Report."),
]


def block_text(blocks):
    """All text of a document, used to choose the glyphs for the font subset."""
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[1] for cell in row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts) + "0123456789 "


def build_cjk(blocks, face_index, footer, out_name, directory):
    path = cjk_font_file(face_index, block_text(blocks) + footer, directory)
    pdf = Document(footer)
    pdf.add_font("cjk", "", str(path))
    pdf.add_font("cjk", "B", str(path))
    render(blocks, pdf, "cjk", cjk=True)
    pdf.output(str(HERE / out_name))


def build_latin(blocks, footer, out_name):
    pdf = Document(footer)
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavu", "B", DEJAVU_BOLD)
    render(blocks, pdf, "dejavu", cjk=False)
    pdf.output(str(HERE / out_name))


def main():
    directory = pathlib.Path(tempfile.mkdtemp(prefix="fresh120_fonts_"))
    try:
        build_cjk(DOC03, SIMPLIFIED_FACE, "图准智能 2025-041 第", "03_Tuzhun_a_share_announcement.pdf",
                  directory)
        build_cjk(DOC04, TRADITIONAL_FACE, "恒文數碼控股有限公司 公告 第", "04_Hengwen_hkex_announcement.pdf",
                  directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    build_latin(DOC05, "Van der Wiel Documentgroep N.V. - Annual Report 2024 - page",
                "05_VanderWiel_annual_report.pdf")
    print("built 03, 04, 05")


if __name__ == "__main__":
    main()
