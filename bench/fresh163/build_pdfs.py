"""Build the three PDF documents of the fresh163 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory that is deleted after the PDF is written.
"""

import re
import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Sonnwerk Speichersysteme AG, Annual Report 2024 (English, German issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Sonnwerk Speichersysteme AG - Annual Report 2024", 9),
        ("title", "Combined Management Report (excerpt)"),
        ("h", "1. Fundamentals of the Group"),
        ("p", "Sonnwerk Speichersysteme AG, Mannheim (Frankfurt Stock Exchange, Prime Standard: SNWK), is the parent "
              "company of the Sonnwerk Group. The Group develops, manufactures and sells stationary battery storage "
              "systems for private households and small businesses under the SW-Home and SW-Pro brands, together with "
              "the energy management software that controls them. Production takes place at the Group's plant in "
              "Mannheim-Friedrichsfeld; systems are sold through a network of around 1,900 specialist installers in "
              "Germany, Austria, Switzerland and the Benelux countries, and to original equipment manufacturers (OEMs) "
              "who integrate Sonnwerk battery modules into their own products."),
        ("p", "Artificial intelligence is at the centre of our product strategy. Every SW-Home system shipped since "
              "April 2024 includes an energy management unit that forecasts household consumption and photovoltaic "
              "generation and optimises charging against dynamic electricity tariffs. The forecasting models are "
              "developed by our software subsidiary Rheinfeld Digital and run locally on the device, so that "
              "customers' consumption data do not need to leave the home. In 2024 the average SW-Home customer on a "
              "dynamic tariff saved EUR 212 compared with a fixed charging schedule."),
        ("h", "2. Procurement"),
        ("p", "Battery cells are the largest single cost item, accounting for around 46% of the cost of materials in "
              "2024. Lithium iron phosphate cells for the SW-Home series were sourced predominantly from Jiangsu Qiyao "
              "Energy Storage Technology Co., Ltd. under a framework agreement running until 2027. A second cell "
              "supplier is being qualified for 2026 in order to reduce dependence on a single source."),
        ("p", "The edge-AI processors in our energy management unit are supplied by Tavor Silicon Ltd., Israel, under "
              "a three-year supply agreement concluded in 2023. Allocation of these processors was tight in the first "
              "half of the year but normalised from the third quarter."),
        ("h", "3. Competitive environment"),
        ("p", "The German market for home storage declined by around 12% in units in 2024 after the exceptional growth "
              "of the two previous years. Price competition intensified in 2024 as Speicherhaus AG and Brennecke Akku "
              "GmbH both expanded production in Saxony, and imports of low-cost systems from Asia continued to rise. "
              "Sonnwerk responded by focusing on software features and installer service rather than on price, and "
              "kept its average selling price per kWh broadly stable."),
    ],
    [
        ("h", "4. Sales and customers"),
        ("p", "Group revenue rose by 6.4% to EUR 372.4 million (2023: EUR 350.0 million). Revenue with installers "
              "accounted for 71% of the total, OEM business for 22% and service and software for 7%. Two customers "
              "each accounted for more than 5% of Group revenue:"),
        ("table", [60, 40, 37, 37], [
            ["Customer", "Channel", "Revenue 2024", "Share of Group revenue"],
            ["Voltreon Energy Ltd.", "OEM battery modules", "EUR 41.7 million", "11.2%"],
            ["Kaltenbach Installationstechnik GmbH", "Installer", "EUR 29.3 million", "7.9%"],
        ]),
        ("p", "Sales to Voltreon Energy Ltd. comprise battery modules that are integrated into Voltreon's own-brand "
              "hybrid storage product for markets outside the DACH region. No other customer accounted for more "
              "than 3% of revenue."),
        ("h", "5. Rheinfeld Digital"),
        ("p", "Rheinfeld Digital GmbH, our wholly owned software subsidiary in Karlsruhe, licenses its AI "
              "battery-management stack CellMind to third parties; the largest licensee in 2024 was Kavach Energy "
              "Storage Limited, India. CellMind estimates the state of health of each cell from charging curves and "
              "temperature data and flags packs that are likely to fail before the customer notices."),
        ("p", "In September 2024 Rheinfeld Digital acquired a 12.0% stake in Kaltenbach Installationstechnik GmbH for "
              "EUR 7.2 million, securing access to operating data from more than 40,000 installed systems for model "
              "training."),
        ("p", "Rheinfeld Digital and Negev Gridworks Ltd. entered into a cooperation agreement in November 2024 to "
              "combine CellMind state-of-health estimates with Negev Gridworks' installer dispatch software, so that "
              "service visits can be scheduled before a battery fault occurs."),
        ("p", "External software revenue of Rheinfeld Digital amounted to EUR 9.8 million (2023: EUR 4.1 million). "
              "We expect external licence revenue to exceed EUR 15 million in 2025."),
    ],
    [
        ("h", "6. Financial position"),
        ("p", "In March 2024 Ostwind Landesbank AG granted Sonnwerk a revolving credit facility of EUR 60.0 million "
              "with a term of five years, of which EUR 22.5 million was drawn at the reporting date. The facility is "
              "subject to customary financial covenants, all of which were complied with in the financial year."),
        ("p", "Net debt amounted to EUR 18.1 million at 31 December 2024 (previous year: net cash of EUR 6.4 million). "
              "The equity ratio was 47.3%. Capital expenditure of EUR 31.6 million related mainly to the second "
              "module assembly line in Mannheim-Friedrichsfeld."),
        ("h", "7. Legal risks"),
        ("p", "In the patent proceedings brought by Brennecke Akku GmbH against Sonnwerk before the Regional Court of "
              "Mannheim concerning a cell-balancing method, the court dismissed the action at first instance in "
              "October 2024; the plaintiff has appealed. The Executive Board continues to regard the claim as "
              "unfounded and has not recognised a provision."),
        ("h", "Notes to the consolidated financial statements (excerpt): List of shareholdings"),
        ("table", [64, 38, 32, 40], [
            ["Company", "Registered office", "Share of capital", "Consolidation"],
            ["Sonnwerk Speichersysteme AG", "Mannheim", "Parent company", "Full"],
            ["Rheinfeld Digital GmbH", "Karlsruhe", "100.0%", "Full"],
            ["Sonnwerk Service GmbH", "Mannheim", "100.0%", "Full"],
            ["Elbstrom Installateure GmbH", "Dresden", "25.1%", "Equity method"],
            ["Kaltenbach Installationstechnik GmbH (held by Rheinfeld Digital GmbH)", "Freiburg im Breisgau",
             "12.0%", "Financial asset (FVOCI)"],
        ]),
        ("h", "Auditor"),
        ("p", "Halden Voss GmbH Wirtschaftsprüfungsgesellschaft, Frankfurt am Main, audited the consolidated financial "
              "statements of Sonnwerk Speichersysteme AG for the 2024 financial year and issued an unqualified audit "
              "opinion."),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Harbourlight Energy Holdings Limited, HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
                  "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"),
        ("center", "港耀能源控股有限公司", 16),
        ("center", "Harbourlight Energy Holdings Limited", 12),
        ("center", "（於開曼群島註冊成立的有限公司）", 9),
        ("center", "（股份代號：2967）", 9),
        ("center", "須予披露交易", 13),
        ("center", "認購Suryanet Renewables Limited新股份", 13),
        ("h", "認購事項"),
        ("p", "董事會欣然宣佈，於二零二五年九月二十二日（交易時段後），港耀能源控股有限公司（「本公司」或「港耀能源」，"
              "連同其附屬公司統稱「本集團」）與Suryanet Renewables Limited（「Suryanet」）訂立認購協議。"),
        ("p", "根據認購協議，港耀能源有條件同意以總代價港幣312,000,000元認購Suryanet合共14,850,000股新股份，"
              "每股認購股份之認購價約為港幣21.01元。認購價乃經訂約方參考Suryanet股份於認購協議日期前三十個交易日之"
              "平均收市價及其業務前景後按公平原則磋商釐定。"),
        ("p", "完成後，港耀能源將持有Suryanet經擴大已發行股本約9.8%，Suryanet將不會成為本公司之附屬公司，"
              "其財務業績亦不會併入本集團之財務報表。完成須待（其中包括）Suryanet股東於股東大會上批准發行認購股份後"
              "方可作實。"),
        ("h", "上市規則之涵義"),
        ("p", "由於有關認購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故認購事項構成"
              "本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。"),
    ],
    [
        ("h", "有關訂約方之資料"),
        ("h", "本集團"),
        ("p", "本集團主要從事光伏逆變器、工商業儲能系統及人工智能能源管理軟件之研發、生產及銷售，業務遍及香港、"
              "中國內地及東南亞。港耀智能科技（深圳）有限公司（「港耀智能」）為本公司之間接全資附屬公司，"
              "負責本集團於中國內地之研發及生產。"),
        ("h", "Suryanet"),
        ("p", "Suryanet為一家於印度註冊成立之公司，其股份於印度國家證券交易所上市，主要於印度從事住宅及工商業屋頂"
              "光伏系統之設計、安裝及運維服務，並運用無人機影像及人工智能模型進行屋頂勘測與設計。印度屋頂光伏安裝市場"
              "之主要參與者包括Suryanet及Ujjwal Rooftop Solutions Limited等公司。"),
        ("h", "進行認購事項之理由及裨益"),
        ("p", "本集團一直致力拓展海外市場。港耀能源自二零二三年起向江蘇啟曜儲能科技股份有限公司（「啟曜儲能」）"
              "供應基於人工智能之電芯缺陷檢測系統，截至二零二四年十二月三十一日止年度之相關銷售額約為"
              "人民幣86,000,000元。此外，港耀智能向啟曜儲能採購磷酸鐵鋰電芯，用於本集團工商業儲能櫃之組裝。"),
        ("p", "港耀能源亦已與Voltreon Energy Ltd.（「Voltreon」）簽訂戰略合作備忘錄，雙方將於香港及東南亞市場聯合"
              "推廣搭載人工智能能源管理功能之光伏逆變器及儲能系統。"),
        ("p", "董事認為，投資Suryanet可使本集團分享印度屋頂光伏市場之增長，並為本集團之逆變器及儲能產品開拓印度銷售"
              "渠道。董事（包括獨立非執行董事）認為認購協議之條款屬公平合理，且符合本公司及股東之整體利益。"),
        ("p", "本公司注意到近期有傳媒報道指本集團正洽購一家印度電池組製造商。董事會謹此澄清，港耀能源並無與"
              "Kavach Energy Storage Limited進行任何收購磋商。"),
    ],
    [
        ("h", "認購事項之資金來源"),
        ("p", "認購事項之代價將以本集團內部資源及獅峰銀行有限公司（「獅峰銀行」）向港耀能源提供之港幣200,000,000元"
              "定期貸款融資撥付。該融資為期三年，以本集團若干應收款項作抵押。"),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之股權架構如下："),
        ("table", [74, 50, 50], [
            ["股東名稱", "所持股份數目", "佔已發行股份總數概約百分比"],
            ["珠江德嘉控股有限公司", "612,000,000", "41.2%"],
            ["公眾股東", "873,500,000", "58.8%"],
            ["總計", "1,485,500,000", "100.0%"],
        ]),
        ("h", "財務顧問"),
        ("p", "滙峰融資有限公司擔任港耀能源就認購事項之財務顧問。"),
        ("p", "由於認購事項須待多項先決條件獲達成後方告完成，故認購事項未必會進行。股東及潛在投資者於買賣本公司證券時，"
              "務請審慎行事。"),
        ("right", "承董事會命"),
        ("right", "港耀能源控股有限公司"),
        ("right", "主席"),
        ("right", "陳啟鏗"),
        ("p", "香港，二零二五年九月二十二日"),
        ("small", "於本公告日期，董事會成員包括執行董事陳啟鏗先生及梁慧珊女士；非執行董事何志遠先生；以及獨立非執行董事"
                  "黃家俊先生、蘇美琪女士及林國豪先生。"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Jiangsu Qiyao Energy Storage Technology Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：688735        证券简称：启曜储能        公告编号：2025-047"),
        ("center", "江苏启曜储能科技股份有限公司", 15),
        ("center", "关于签订日常经营重大合同及对外投资设立合资公司的公告", 13),
        ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
                  "准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性销售合同，合同金额约为人民币4.86亿元（含税）。"),
        ("p", "● 对外投资标的名称：Qiyao Kavach Storage Solutions Private Limited（暂定名，最终以印度公司注册处核准"
              "名称为准）。"),
        ("p", "● 投资金额：公司拟以自有资金出资1,530万美元，持股51%。"),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        ("p", "2025年10月9日，江苏启曜储能科技股份有限公司（以下简称“公司”或“启曜储能”）与Suryanet Renewables "
              "Limited（以下简称“Suryanet”）签订《储能电芯及系统供货框架协议》，约定启曜储能于2025年11月至2027年"
              "10月期间向Suryanet供应磷酸铁锂储能电芯及户用储能系统，合同总金额约为人民币4.86亿元（含税）。"),
        ("p", "在本次招标中，Suryanet同时邀请了宁川新能源科技有限公司等多家电芯厂商参与报价。公司凭借电芯循环寿命、"
              "电池管理系统与人工智能运维平台的整体方案中标。"),
        ("h", "（二）审议程序"),
        ("p", "本合同为公司日常经营性合同，根据《上海证券交易所科创板股票上市规则》及《公司章程》的相关规定，"
              "无需提交董事会及股东大会审议。"),
    ],
    [
        ("h", "（三）合同对方基本情况"),
        ("p", "Suryanet成立于2014年，其股份于印度国家证券交易所上市，主要从事住宅及工商业屋顶光伏与储能系统的设计、"
              "安装及运维，业务覆盖印度十八个邦。"),
        ("h", "二、对外投资设立合资公司"),
        ("h", "（一）基本情况"),
        ("p", "为把握印度户用及工商业储能市场机遇，启曜储能拟与Kavach Energy Storage Limited（以下简称“Kavach”）"
              "在印度古吉拉特邦共同出资设立合资公司Qiyao Kavach Storage Solutions Private Limited（暂定名，"
              "以下简称“QK储能”或“合资公司”），建设年产2GWh的电芯组装及储能系统集成产线。"),
        ("p", "合资公司注册资本为3,000万美元，其中启曜储能以自有资金出资1,530万美元，持股51%；Kavach出资1,470万美元，"
              "持股49%。合资公司股权结构如下："),
        ("table", [74, 36, 30, 34], [
            ["股东名称", "出资额（万美元）", "出资方式", "持股比例"],
            ["江苏启曜储能科技股份有限公司", "1,530", "货币", "51%"],
            ["Kavach Energy Storage Limited", "1,470", "货币", "49%"],
            ["合计", "3,000", "-", "100%"],
        ]),
        ("p", "QK储能设立后将纳入启曜储能合并报表范围，成为启曜储能的控股子公司。"),
        ("h", "（二）合作方基本情况"),
        ("p", "Kavach成立于2011年，其股份于印度国家证券交易所及孟买证券交易所上市，主要从事磷酸铁锂电池包的研发、"
              "生产和销售，产品应用于户用储能、通信基站备电及工商业储能。目前印度市场主要储能电芯供应商包括宁川新能源"
              "及Ujjwal Cells Limited等。"),
        ("h", "（三）合资协议及相关安排的主要内容"),
        ("p", "1、根据双方同日签署的《战略合作协议》，启曜储能将向Kavach优先供应LFP储能电芯，Kavach在合资公司投产前的"
              "电芯需求原则上全部向启曜储能采购。"),
        ("p", "2、QK储能已与Pragati Analytics Private Limited（以下简称“Pragati”）签署意向书，由Pragati为其产线提供"
              "基于人工智能的电芯分选及质量追溯系统。"),
        ("p", "3、合资公司董事会由5名董事组成，其中启曜储能委派3名，Kavach委派2名；董事长由启曜储能委派的董事担任。"),
    ],
    [
        ("h", "三、对上市公司的影响"),
        ("p", "本次重大合同的履行预计将对公司2026年度及2027年度经营业绩产生积极影响，有利于提升公司储能产品在南亚市场"
              "的品牌影响力。本次对外投资有利于公司贴近印度市场客户，规避潜在贸易壁垒，不会对公司财务状况和经营成果产生"
              "重大不利影响，不存在损害公司及全体股东利益的情形。"),
        ("h", "四、中介机构意见"),
        ("p", "国瑞证券股份有限公司作为启曜储能的持续督导保荐机构，对本次对外投资事项出具了无异议的核查意见。"),
        ("h", "五、风险提示"),
        ("p", "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化及付款能力等因素影响，存在不能按期足额履行"
              "的风险。"),
        ("p", "2、境外投资审批风险：本次对外投资尚需取得商务主管部门、发展改革部门及外汇管理部门的备案或登记，以及印度"
              "相关政府部门的批准，能否取得及取得时间存在不确定性。"),
        ("p", "3、汇率风险：合同以美元结算，人民币汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "江苏启曜储能科技股份有限公司董事会"),
        ("right", "2025年10月10日"),
    ],
]


def doc_text(pages):
    """Every character of a document, used to subset the CJK face."""
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                parts.extend(cell for row in block[2] for cell in row)
            else:
                parts.append(block[1])
    return "".join(parts)


def make_cjk_ttf(text, face_index, out_path):
    """Subset one face of the CJK collection and convert its CFF outlines to TrueType glyf outlines."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options=options)
    chars = set(text) | {chr(c) for c in range(0x20, 0x7F)}
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, value in (
        ("maxZones", 1), ("maxTwilightPoints", 0), ("maxStorage", 0), ("maxFunctionDefs", 0),
        ("maxInstructionDefs", 0), ("maxStackElements", 0), ("maxSizeOfInstructions", 0),
        ("maxComponentElements", 0), ("maxComponentDepth", 0), ("maxPoints", 0), ("maxContours", 0),
        ("maxCompositePoints", 0), ("maxCompositeContours", 0),
    ):
        setattr(maxp, attr, value)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    def __init__(self, footer_text, family):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.body_family = family
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.body_family, size=8)
        self.cell(0, 6, f"{self.footer_text} - {self.page_no()}", align="C")


NO_LINE_START = set("，。、；：？！）」』”’》〉】,.;:%")


def cjk_lines(pdf, text, width):
    """Break mixed Chinese/Latin text into lines: anywhere between Chinese characters, but never inside a Latin word
    or a number, and never with closing punctuation at the start of a line."""
    tokens = re.findall(r"[\x21-\x7e]+| +|.", text)
    lines, current = [], ""
    for token in tokens:
        if token.isspace() and not current:
            continue
        candidate = current + token
        if pdf.get_string_width(candidate) <= width or not current or token in NO_LINE_START:
            current = candidate
        else:
            lines.append(current.rstrip())
            current = "" if token.isspace() else token
    if current.strip():
        lines.append(current.rstrip())
    return lines


def write_text(pdf, width, height, text, align, cjk):
    if not cjk:
        pdf.multi_cell(width, height, text, align=align, new_x="LMARGIN", new_y="NEXT")
        return
    for line in cjk_lines(pdf, text, width - 2 * pdf.c_margin - 0.5):
        pdf.cell(width, height, line, align=align, new_x="LMARGIN", new_y="NEXT")


def render(pdf, pages, family, bold_ok):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    cjk = not bold_ok
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "center":
                pdf.set_font(family, "B" if bold_ok else "", block[2])
                write_text(pdf, width, block[2] * 0.55, block[1], "C", cjk)
                pdf.ln(1)
            elif kind == "title":
                pdf.set_font(family, "B" if bold_ok else "", 15)
                write_text(pdf, width, 8, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(1)
                pdf.set_font(family, "B" if bold_ok else "", 11)
                write_text(pdf, width, 6, block[1], "L", cjk)
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font(family, "", 10)
                write_text(pdf, width, 5.2, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "small":
                pdf.set_font(family, "", 8)
                write_text(pdf, width, 4.2, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "right":
                pdf.set_font(family, "", 10)
                write_text(pdf, width, 5.2, block[1], "R", cjk)
            elif kind == "table":
                pdf.set_font(family, "", 9)
                headings = FontFace(emphasis="BOLD" if bold_ok else None, fill_color=(225, 225, 225))
                with pdf.table(col_widths=block[1], width=sum(block[1]), text_align="LEFT", line_height=5,
                               headings_style=headings, align="LEFT") as table:
                    for row_cells in block[2]:
                        row = table.row()
                        for cell_text in row_cells:
                            row.cell(cell_text)
                pdf.ln(3)
            else:
                raise ValueError(kind)


def build_latin(name, pages, footer_text, title):
    pdf = Doc(footer_text, "Helvetica")
    pdf.set_title(title)
    render(pdf, pages, "Helvetica", True)
    pdf.output(str(HERE / name))
    return pdf.pages_count


def build_cjk(name, pages, face_index, footer_text, title):
    tmpdir = tempfile.mkdtemp(prefix="fresh163_font_")
    try:
        ttf = Path(tmpdir) / f"noto_cjk_{face_index}.ttf"
        make_cjk_ttf(doc_text(pages) + footer_text + " -0123456789", face_index, str(ttf))
        pdf = Doc(footer_text, "NotoCJK")
        pdf.add_font("NotoCJK", "", str(ttf))
        pdf.set_title(title)
        render(pdf, pages, "NotoCJK", False)
        pdf.output(str(HERE / name))
        return pdf.pages_count
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def main():
    plans = [
        ("02_Sonnwerk_annual_report.pdf", build_latin(
            "02_Sonnwerk_annual_report.pdf", DOC02, "Sonnwerk Speichersysteme AG - Annual Report 2024",
            "Sonnwerk Speichersysteme AG - Annual Report 2024 (excerpt)"), len(DOC02)),
        ("03_Harbourlight_HKEX_announcement.pdf", build_cjk(
            "03_Harbourlight_HKEX_announcement.pdf", DOC03, TC_INDEX, "港耀能源控股有限公司 公告",
            "港耀能源控股有限公司 須予披露交易"), len(DOC03)),
        ("04_Qiyao_A-share_announcement.pdf", build_cjk(
            "04_Qiyao_A-share_announcement.pdf", DOC04, SC_INDEX, "江苏启曜储能科技股份有限公司 公告",
            "江苏启曜储能科技股份有限公司 公告 2025-047"), len(DOC04)),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
