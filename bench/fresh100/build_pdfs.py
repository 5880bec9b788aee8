"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces only. Chinese text is set in
Noto Sans CJK (SC or TC face); every Chinese line ends after a full stop "。" (or at
the end of a paragraph), and a line that is too wide is set in a smaller size rather
than broken, so that sentences extract from the PDF in one piece.

fpdf2 cannot read the .ttc collection, and it needs TrueType outlines, so the face
is subset to the characters used, converted from CFF to quadratic glyphs with
fontTools' cu2qu and written to a temporary directory that is deleted at the end.
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
NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC, FACE_TC = 2, 3

# ---------------------------------------------------------------------------
# Document texts. Blocks: ("title", s), ("h", s), ("p", s), ("small", s),
# ("table", widths, rows), ("page",)
# ---------------------------------------------------------------------------

JIANGHAI = [
    ("small", "证券代码：688917    证券简称：江海重工    公告编号：2025-041"),
    ("title", "江海船舶重工股份有限公司"),
    ("title", "关于签订日常经营重大合同暨对外投资设立合资公司的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
              "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "合同类型：船舶建造合同，合同标的为4艘21万吨级纽卡斯尔型散货船。"),
    ("p", "对外投资标的名称：江海深蓝智能科技有限公司（暂定名，以市场监督管理部门核准登记为准）。"),
    ("p", "本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("p", "特别风险提示：船舶建造合同履行周期较长，可能受原材料价格、汇率变动及不可抗力等因素影响。"
          "合资公司尚未设立，其业务开展存在不确定性，敬请广大投资者注意投资风险。"),
    ("h", "一、日常经营重大合同概况"),
    ("h", "（一）合同签订情况"),
    ("p", "2025年9月18日，江海船舶重工股份有限公司（以下简称“公司”或“江海重工”）与华隆钢铁股份有限公司"
          "（以下简称“华隆钢铁”）在上海签订《21万吨级散货船建造合同》。"
          "根据合同，公司向华隆钢铁建造并交付4艘21万吨级纽卡斯尔型散货船，合同总金额为人民币27.36亿元。"
          "首制船计划于2027年第三季度交付，其余3艘将于2028年12月31日前陆续交付。"
          "本合同为公司日常经营性合同，已经公司总经理办公会审议通过，无需提交董事会或股东大会审议。"),
    ("h", "（二）合同对方基本情况"),
    ("table", [38, 142], [
        ["名称", "华隆钢铁股份有限公司"],
        ["统一社会信用代码", "91320500MA1XK7Q21P"],
        ["法定代表人", "邵建华"],
        ["注册资本", "人民币86.4亿元"],
        ["注册地址", "江苏省张家港市沿江工业园区华隆大道1号"],
        ["主营业务", "钢铁冶炼、钢材轧制及销售；铁矿石进口及航运物流"],
    ]),
    ("p", "华隆钢铁与公司及公司控股股东、实际控制人、董事、监事及高级管理人员之间不存在关联关系。"
          "最近三个会计年度，公司与华隆钢铁未发生同类业务往来。"
          "华隆钢铁资信状况良好，具备履约能力。"),
    ("h", "（三）合同主要条款"),
    ("table", [38, 142], [
        ["合同标的", "4艘21万吨级纽卡斯尔型散货船（江海第三代智能船型）"],
        ["合同金额", "人民币27.36亿元（含税）"],
        ["付款方式", "按签约、开工、上船台、下水及交船五个节点分期支付"],
        ["交付地点", "公司舟山基地"],
        ["争议解决", "提交上海国际仲裁中心仲裁"],
    ]),
    ("h", "（四）对公司的影响"),
    ("p", "本合同金额约占公司2024年度经审计营业收入的14.2%。"
          "合同的履行预计将对公司2027年至2028年的经营业绩产生积极影响，但不会对本年度业绩构成重大影响。"
          "本合同船型配备AI航速优化、船体应力监测及智能能效管理系统，是公司智能船舶产品的又一批量订单。"
          "公司在大型散货船领域的主要竞争对手包括大洋造船海洋工程株式会社及濑户内造船株式会社等日韩船企。"),
    ("page",),
    ("h", "二、对外投资概述"),
    ("p", "为推进人工智能技术在船舶设计、焊接质检和生产排程中的应用，公司于2025年9月18日召开第三届董事会第十七次会议。"
          "会议以9票同意、0票反对、0票弃权审议通过了《关于对外投资设立合资公司的议案》。"
          "公司拟以自有资金人民币1.53亿元与深蓝智造科技有限公司（以下简称“深蓝智造”）共同出资设立合资公司。"
          "合资公司注册资本为人民币3亿元，其中深蓝智造认缴出资人民币1.47亿元，持股49%。"
          "公司认缴出资后持有合资公司51%股权。"
          "合资公司设立后将纳入公司合并报表范围，成为公司的控股子公司。"
          "本次对外投资在董事会审批权限范围内，无需提交股东大会审议。"),
    ("h", "（一）合作方基本情况"),
    ("table", [38, 142], [
        ["名称", "深蓝智造科技有限公司"],
        ["统一社会信用代码", "91310115MA7G2LQ83W"],
        ["法定代表人", "顾以宁"],
        ["注册资本", "人民币1.2亿元"],
        ["主营业务", "工业视觉、焊缝缺陷识别算法、制造执行系统软件开发"],
    ]),
    ("p", "深蓝智造与公司及公司控股股东、实际控制人之间不存在关联关系。"
          "2024年3月，公司向深蓝智造采购焊缝AI质检系统及三年软件服务，合同金额为人民币6,850万元。"
          "该系统已在公司舟山基地分段车间投入使用，焊缝一次探伤合格率由96.1%提升至98.7%。"),
    ("h", "（二）合资公司基本情况"),
    ("table", [38, 142], [
        ["公司名称", "江海深蓝智能科技有限公司（暂定名）"],
        ["注册资本", "人民币3亿元"],
        ["注册地址", "浙江省舟山市定海区船舶工业园区"],
        ["经营范围", "人工智能应用软件开发；工业机器人视觉系统；船舶设计技术服务"],
        ["股权结构", "江海重工51%；深蓝智造49%"],
    ]),
    ("h", "（三）合作协议主要内容"),
    ("p", "根据合作协议，公司与深蓝智造将围绕船舶智能设计、焊接机器人视觉引导及船坞排程优化开展联合研发。"
          "研发成果的知识产权由合资公司享有，双方在各自业务范围内享有非独占使用权。"
          "合资公司董事会由5名董事组成，其中公司委派3名，深蓝智造委派2名，董事长由公司委派的董事担任。"
          "双方应于合资公司取得营业执照之日起90日内缴足首期出资。"),
    ("h", "三、风险提示"),
    ("p", "合资公司在经营过程中可能面临技术研发不及预期、市场需求变化及人才流失等风险。"
          "公司注意到近期有关沪港重机拟参与合资公司后续增资的市场传闻。"
          "经公司核实，截至本公告披露日，公司未与沪港重机就合资公司股权事项进行任何接洽。"
          "公司将按照相关规定及时履行信息披露义务。"),
    ("h", "四、备查文件"),
    ("p", "1. 第三届董事会第十七次会议决议；"),
    ("p", "2. 《21万吨级散货船建造合同》；"),
    ("p", "3. 《关于设立江海深蓝智能科技有限公司之合作协议》。"),
    ("p", "特此公告。"),
    ("right", "江海船舶重工股份有限公司董事会"),
    ("right", "2025年9月19日"),
]

HUGANG = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，"
              "對其準確性或完整性亦不發表任何聲明，並明確表示，概不就因本公告全部或任何部分內容而產生"
              "或因倚賴該等內容而引致的任何損失承擔任何責任。"),
    ("title", "滬港重機控股有限公司"),
    ("title", "HUGANG HEAVY MACHINERY HOLDINGS LIMITED"),
    ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2738）"),
    ("title", "須予披露交易：收購擎天焊接60%股權"),
    ("title", "及持續關連交易：鋼材採購框架協議"),
    ("h", "收購事項"),
    ("p", "董事會欣然宣佈，於2025年10月8日（交易時段後），本公司之間接非全資附屬公司滬港智能裝備（江蘇）有限公司"
          "（「滬港智能」或「買方」）與賣方訂立股權轉讓協議。"
          "根據該協議，滬港智能同意以現金代價人民幣3.96億元收購蘇州擎天焊接機器人有限公司（「擎天焊接」）60%股權。"
          "賣方為陳立明先生及周嘉怡女士，據董事作出一切合理查詢後所深知，賣方均為獨立第三方。"
          "完成後，擎天焊接將成為本公司之間接非全資附屬公司，其財務業績將綜合併入本集團之綜合財務報表。"),
    ("h", "代價及其釐定基準"),
    ("p", "代價將分三期以現金支付，其中40%於完成時支付，其餘款項視乎目標公司達成2026年及2027年業績目標分兩期支付。"
          "代價乃經買方與賣方公平磋商後釐定，並參考了獨立估值師所評估目標公司100%股權於2025年6月30日之市值人民幣6.72億元。"
          "董事亦參考了可比公司（包括Keelson Robotics及北辰智能焊接）的市銷率，惟該等公司與本集團並無任何業務關係。"),
    ("h", "目標公司之資料"),
    ("p", "擎天焊接為一家於中國成立之有限公司，主要從事船舶分段焊接機器人及AI焊縫路徑規劃軟件之研發與銷售。"
          "擎天焊接向江海船舶重工股份有限公司供應分段焊接機器人，截至2025年6月30日止六個月之銷售額佔其收入約38%。"
          "目標公司之經審核財務資料概要如下："),
    ("table", [70, 55, 55], [
        ["人民幣千元", "2023年12月31日止年度", "2024年12月31日止年度"],
        ["收入", "186,420", "241,950"],
        ["除稅前溢利", "21,380", "33,710"],
        ["除稅後溢利", "18,170", "28,650"],
        ["資產淨值", "132,600", "161,250"],
    ]),
    ("page",),
    ("h", "持續關連交易"),
    ("p", "華隆鋼鐵股份有限公司（「華隆鋼鐵」）持有滬港智能20%股權，故為本公司附屬公司層面之關連人士。"
          "於2025年10月8日，本公司與華隆鋼鐵訂立鋼材採購框架協議，期限至2027年12月31日止。"
          "根據框架協議，華隆鋼鐵同意向本集團供應中厚板及高強度結構鋼，三個年度之年度上限合共人民幣25.5億元。"
          "各年度上限載列如下："),
    ("table", [70, 55, 55], [
        ["截至12月31日止年度", "年度上限（人民幣億元）", "過往實際交易額"],
        ["2025年", "7.2", "5.9（2024年）"],
        ["2026年", "8.6", "不適用"],
        ["2027年", "9.7", "不適用"],
    ]),
    ("h", "進行交易之理由及裨益"),
    ("p", "本集團主要從事智能門式起重機、船塢設備及港口機械之設計、製造及銷售。"
          "於2024財政年度，本集團向江海船舶重工股份有限公司交付12台智能門式起重機，合約總額約人民幣5.12億元。"
          "收購擎天焊接將使本集團的產品由起重設備延伸至分段焊接自動化，為船廠客戶提供整體解決方案。"
          "董事知悉近期有關本集團與大洋造船洽談合作之媒體報導。"
          "董事會謹此澄清，本集團並無與大洋造船訂立任何協議或進行任何實質磋商。"),
    ("h", "上市規則之涵義"),
    ("p", "由於收購事項之一項或多項適用百分比率超過5%但均低於25%，故收購事項構成本公司之須予披露交易。"
          "框架協議構成本公司之持續關連交易，須遵守申報、年度審閱及公告規定，惟獲豁免遵守通函及獨立股東批准規定。"
          "灣景融資有限公司已獲委任為獨立財務顧問，就框架協議之條款向董事會提供意見。"
          "於本公告日期，滬港集團有限公司持有本公司已發行股份約54.2%，為本公司之控股股東。"),
    ("h", "釋義"),
    ("table", [45, 135], [
        ["「本公司」", "滬港重機控股有限公司，其股份於聯交所主板上市"],
        ["「滬港智能」", "滬港智能裝備（江蘇）有限公司，本公司擁有80%權益之附屬公司"],
        ["「擎天焊接」", "蘇州擎天焊接機器人有限公司"],
        ["「華隆鋼鐵」", "華隆鋼鐵股份有限公司"],
        ["「上市規則」", "聯交所證券上市規則"],
    ]),
    ("p", "承董事會命"),
    ("p", "滬港重機控股有限公司"),
    ("p", "主席 徐振邦"),
    ("p", "香港，2025年10月8日"),
    ("small", "於本公告日期，執行董事為徐振邦先生、林慧敏女士及蔡家聲先生；"
              "獨立非執行董事為梁志遠先生、何佩儀女士及鄭宏達先生。"),
]

KANMON = [
    ("title", "Kanmon Steel Corporation"),
    ("title", "Integrated Report 2025 (excerpt)"),
    ("small", "TSE Prime: 5418. Fiscal year ended March 31, 2025. Figures in this excerpt are unaudited "
              "unless stated otherwise. Forward-looking statements are based on management's current "
              "assumptions and are subject to risks and uncertainties, including steel demand, raw "
              "material prices and exchange rates."),
    ("h", "Message from the President"),
    ("p", "Fiscal 2024 was a year in which our shipbuilding customers were busier than at any time in "
          "the last fifteen years, and in which artificial intelligence moved from the laboratory onto "
          "our production lines. Consolidated net sales rose 6.8% to ¥1,482.6 billion and business "
          "profit reached ¥118.4 billion. I would like to thank our customers, employees and "
          "shareholders for their continued support."),
    ("p", "Heavy plate remains the backbone of our franchise. In fiscal 2024 we shipped 1.26 million "
          "tonnes of heavy plate to Setouchi Zosen, our largest domestic shipbuilding customer, under a "
          "three-year volume agreement. Exports of TMCP plate to Daeyang Shipbuilding & Marine "
          "Engineering in Korea rose to 310,000 tonnes, worth ¥46.5 billion. Our principal competitors "
          "in heavy plate are Seorim Steel and Hualong Iron & Steel, both of which have announced "
          "similar AI furnace programmes."),
    ("h", "AI Transformation"),
    ("p", "Our digital strategy rests on three pillars: furnace control, quality prediction and "
          "customer co-engineering. Forgewise Analytics, a London-based developer of process AI, "
          "licenses its furnace-control models to Kanmon under a five-year agreement that now covers "
          "all three of our blast furnaces. The models reduced coke rate by 9 kg per tonne of hot "
          "metal at Tobata No. 2 furnace in the first twelve months of operation."),
    ("p", "In June 2024 we invested ¥4.2 billion in Forgewise's Series B round, taking an 18.5% stake. "
          "A Kanmon executive officer joined the Forgewise board as an observer. We account for the "
          "investment at fair value through other comprehensive income."),
    ("p", "Co-engineering with shipbuilders is the third pillar. Together with Setouchi Zosen, we "
          "opened the Kanmon-Setouchi Hull Block AI Lab in Kitakyushu to develop weld-distortion "
          "prediction for curved hull blocks. Engineers from both companies share plate chemistry, "
          "rolling and welding data so that the models can recommend plate grades for each block."),
    ("table", [80, 50, 50], [
        ["AI programme KPI", "FY2023", "FY2024"],
        ["Coke rate reduction (kg/tHM)", "3", "9"],
        ["Plate surface defects (ppm)", "412", "298"],
        ["Lines with AI control", "6", "14"],
    ]),
    ("page",),
    ("h", "Machinery and Engineering Segment"),
    ("p", "Kanmon Engineering Co., Ltd., our wholly owned plant-engineering subsidiary, completed the "
          "acquisition of Hokuriku Crane Works for ¥9.8 billion in October 2024. Hokuriku Crane Works "
          "is now a wholly owned subsidiary of Kanmon Engineering and supplies gantry and jib cranes "
          "to shipyards in Japan and Korea. The segment recorded net sales of ¥96.3 billion."),
    ("p", "Contrary to certain press reports in February 2025, Kanmon has not held discussions with "
          "Jianghai Marine Heavy Industry on a long-term plate supply agreement."),
    ("h", "Shareholders"),
    ("p", "Mitsuura Shoji Co., Ltd. remains our largest shareholder, holding 8.6% of shares "
          "outstanding. The ten largest shareholders at March 31, 2025 were as follows."),
    ("table", [100, 40, 40], [
        ["Name", "Shares (thousands)", "Ratio (%)"],
        ["Mitsuura Shoji Co., Ltd.", "41,820", "8.6"],
        ["Master Trust Bank of Japan (trust account)", "38,110", "7.8"],
        ["Custody Bank of Nippon (trust account)", "21,460", "4.4"],
        ["Kanmon Steel Employees' Shareholding Association", "9,870", "2.0"],
    ]),
    ("h", "Corporate Governance"),
    ("p", "The Board comprises eleven directors, six of whom are independent outside directors. "
          "Seiwa Audit LLC has audited the consolidated financial statements of Kanmon Steel since "
          "fiscal 2019 and received audit fees of ¥312 million for fiscal 2024."),
    ("p", "Kanmon Steel Corporation, 2-1 Hibikimachi, Wakamatsu-ku, Kitakyushu, Fukuoka, Japan. "
          "Investor Relations: ir@kanmon-steel.example"),
]

DOCUMENTS = [
    ("02_Jianghai_announcement.pdf", JIANGHAI, FACE_SC),
    ("03_Hugang_HKEX_announcement.pdf", HUGANG, FACE_TC),
    ("05_Kanmon_Steel_annual_report.pdf", KANMON, None),
]


# ---------------------------------------------------------------------------
# Font handling
# ---------------------------------------------------------------------------

def block_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts) + "第頁页 0123456789"


def extract_cjk_face(face_index, text, out_path):
    """Subset one face of the Noto CJK collection and save it as a TrueType font."""
    font = TTCollection(NOTO_CJK).fonts[face_index]
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)

    # CFF cubic outlines -> TrueType quadratic outlines (cu2qu)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

class Document(FPDF):
    def __init__(self, font_family, footer_format):
        super().__init__(format="A4")
        self.body_font = font_family
        self.footer_format = footer_format
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=8)
        self.cell(0, 5, self.footer_format.format(self.page_no()), align="C")


def fit_line(pdf, text, size, min_size=5.5):
    """Write text on a single line, shrinking the font if it would not fit."""
    pdf.set_font(pdf.body_font, size=size)
    width = pdf.epw
    while pdf.get_string_width(text) > width and size > min_size:
        size -= 0.25
        pdf.set_font(pdf.body_font, size=size)
    pdf.cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")


def wrap_at_spaces(pdf, text):
    """Split English text into lines that fit the page, breaking at spaces only."""
    lines, current = [], ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and pdf.get_string_width(candidate) > pdf.epw:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def chinese_sentences(paragraph):
    return [s for s in re.split(r"(?<=。)", paragraph) if s]


def render_table(pdf, widths, rows, size):
    pdf.set_font(pdf.body_font, size=size)
    for i, row in enumerate(rows):
        for width, text in zip(widths, row):
            cell_size = size
            while pdf.get_string_width(text) > width - 2 and cell_size > 5.5:
                cell_size -= 0.25
                pdf.set_font(pdf.body_font, size=cell_size)
            pdf.cell(width, 6.5, text, border=1, fill=(i == 0))
            pdf.set_font(pdf.body_font, size=size)
        pdf.ln(6.5)
    pdf.ln(2)


def render(blocks, out_path, cjk_font=None):
    if cjk_font:
        pdf = Document("cjk", "第 {} 頁")
        pdf.add_font("cjk", "", cjk_font)
    else:
        pdf = Document("helvetica", "Page {}")
    pdf.set_fill_color(230, 230, 230)
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(pdf.body_font, size=14)
            pdf.cell(0, 9, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(pdf.body_font, size=11)
            pdf.cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            pdf.set_font(pdf.body_font, size=10)
            pdf.cell(0, 6, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            render_table(pdf, block[1], block[2], 9)
        elif cjk_font:
            size = 8 if kind == "small" else 10
            for sentence in chinese_sentences(block[1]):
                fit_line(pdf, sentence, size)
            pdf.ln(1.5)
        else:
            size = 8 if kind == "small" else 10
            pdf.set_font(pdf.body_font, size=size)
            for line in wrap_at_spaces(pdf, block[1]):
                pdf.cell(0, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(out_path)


def main():
    tmpdir = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        for name, blocks, face in DOCUMENTS:
            font_path = None
            if face is not None:
                font_path = os.path.join(tmpdir, f"noto-cjk-{face}.ttf")
                extract_cjk_face(face, block_text(blocks), font_path)
            render(blocks, os.path.join(HERE, name), font_path)
            print("wrote", name)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
