"""Build the three PDF documents of the fresh124 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese documents use a subset of one face of Noto Sans CJK (index 2 for
Simplified, 3 for Traditional), converted from CFF to TrueType outlines so
that fpdf2 can embed it. The converted fonts live in a temporary directory
that is removed once the PDFs are written.
"""

import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------------------
# Document content. Each document is a list of pages; each page a list of
# blocks: ("title", text), ("sub", text), ("h", text), ("p", text),
# ("small", text) or ("table", col_widths, header_row, rows).
# ---------------------------------------------------------------------------

KUUSIVA = [
    [
        ("title", "KUUSIVA OYJ"),
        ("sub", "Annual Report 2024 (excerpt) | Business ID 0412877-3 | Nasdaq Helsinki: KUUSV"),
        ("h", "CEO's review"),
        ("p", "2024 was a year in which Kuusiva had to earn its results in difficult markets. Demand for sawn "
              "softwood in Europe remained subdued for most of the year, construction activity in our key markets "
              "in Germany, the Nordic countries and the United Kingdom was weak, and log prices in Finland stayed "
              "high. Against that background, I am pleased that our comparable EBITDA rose to EUR 71.4 million and "
              "that we completed the largest acquisition in the company's history."),
        ("p", "On 1 July 2024 Kuusiva completed the acquisition of Saimaan Sahat Oy, a family-owned sawmill "
              "company in Mikkeli, for a debt-free purchase price of EUR 86.0 million. Saimaan Sahat adds annual "
              "sawing capacity of 420,000 cubic metres and brings our total to 1.6 million cubic metres. "
              "Integration has progressed according to plan, and the Mikkeli mill was connected to our group-wide "
              "log allocation system in November."),
        ("p", "Our sawn timber price realisation was in line with listed peers such as Hirvensalo Timber Oyj and "
              "Lakeland Wood AB, but our unit costs were lower, and I believe the difference comes from how we use "
              "data."),
        ("p", "Data is now at the centre of how we run the forest. Kuusiva's forest inventory is maintained on "
              "the StandScan platform licensed from BorealSight Analytics Corp., which replaced manual cruising on "
              "410,000 hectares of owned forest in 2024. In harvesting, we took a further step by investing in "
              "Metsäsilmä, whose AI bucking optimiser decides in real time how each stem is cut into logs. Early "
              "results from our own harvesting contractors show a value uplift of 3-4% per cubic metre of "
              "harvested wood."),
        ("p", "The bioenergy business also reached a milestone. Kuusiva Bioenergia Oy delivered its first "
              "shipments of industrial pellets to Mizukage Energy K.K. in Japan under a three-year supply contract "
              "worth approximately EUR 48 million. This is the first time pellets from our mills have been sold "
              "outside Europe at scale, and it gives our sawmill residues a long-term, contracted outlet."),
        ("p", "I would like to thank our employees, forest owners, customers and shareholders for their trust in "
              "a demanding year."),
        ("p", "Ilkka Vornanen, President and CEO"),
    ],
    [
        ("h", "Board of Directors' report (excerpt)"),
        ("h2", "Acquisitions and investments"),
        ("p", "The acquisition of Saimaan Sahat Oy was financed with cash and new borrowings. To finance the "
              "acquisition, Kuusiva drew a EUR 60.0 million sustainability-linked term loan from Nordvik Bank Abp, "
              "maturing in 2029. The margin of the loan is linked to the group's targets for the share of certified "
              "wood and for carbon emissions per cubic metre of sawn timber."),
        ("p", "Kuusiva also reviewed the sale process for Järvipuu Oy's Savonlinna sawmill in the spring but "
              "withdrew before the binding bid stage because the mill's wood procurement area overlapped too "
              "heavily with our own."),
        ("p", "In March, Kuusiva led the EUR 20.0 million Series B round of Metsäsilmä AI Oy, contributing "
              "EUR 12.0 million. Following the round, Kuusiva holds 24.9% of Metsäsilmä, which is accounted for "
              "as an associated company. Kuusiva and Metsäsilmä have also signed a joint development agreement "
              "under which the AI bucking optimiser is trained on harvester data from Kuusiva's own forest "
              "operations."),
        ("h2", "Digital services and data licensing"),
        ("p", "Kuusiva's log-scan image library, built over ten years from X-ray and 3D scanners at our mills, "
              "has become a commercial asset in its own right. In the fourth quarter, Kuusiva granted Zhejiang "
              "Linzhi Digital Technology Co., Ltd. a five-year non-exclusive licence to its Nordic spruce log-scan "
              "image library for a total fee of EUR 3.1 million. The licence excludes personal data and harvester "
              "location data, and the licensee may use the images only for training log-grading models."),
        ("p", "Aerial LiDAR surveys of company forests were flown with drones purchased from Havu Robotics Oy, "
              "which also trained six Kuusiva forest planners as licensed drone pilots."),
        ("h2", "Bioenergy"),
        ("p", "Pellet production at the Kitee and Mikkeli plants totalled 214,000 tonnes (2023: 188,000 tonnes). "
              "Roughly 60% of the raw material was sawdust and shavings from the group's own sawmills, and the "
              "remainder was purchased from third-party sawmills in eastern Finland."),
        ("h2", "Outlook for 2025"),
        ("p", "Kuusiva expects demand for sawn timber to recover gradually during 2025, although the timing is "
              "uncertain. Comparable EBITDA is expected to increase from 2024, supported by the full-year "
              "contribution of Saimaan Sahat and higher pellet volumes."),
    ],
    [
        ("h", "Notes to the consolidated financial statements (excerpt)"),
        ("h2", "14. Group companies"),
        ("p", "The table below lists the principal subsidiaries of Kuusiva Oyj at 31 December 2024. All "
              "subsidiaries are consolidated in full."),
        ("table", (60, 30, 46, 38), ("Company", "Domicile", "Activity", "Group holding, %"), [
            ("Kuusiva Sahat Oy", "Finland", "Sawmilling", "100.0"),
            ("Saimaan Sahat Oy", "Finland", "Sawmilling", "100.0"),
            ("Kuusiva Bioenergia Oy", "Finland", "Wood pellets", "100.0"),
            ("Kuusiva Timber GmbH", "Germany", "Sales", "100.0"),
        ]),
        ("h2", "15. Investments in associated companies"),
        ("p", "Metsäsilmä AI Oy, Espoo, develops AI software for cut-to-length harvesters. The group's holding "
              "was 24.9% at 31 December 2024 (2023: none), and the carrying amount of the investment was "
              "EUR 11.6 million. The group's share of the associate's loss for the period was EUR 0.4 million."),
        ("h2", "16. Business combinations"),
        ("p", "The fair value of the identifiable net assets of Saimaan Sahat Oy at the acquisition date was "
              "EUR 71.2 million, comprising mainly property, plant and equipment of EUR 58.7 million and "
              "inventories of EUR 14.9 million. Goodwill of EUR 14.8 million arose on the acquisition and is "
              "attributable to expected synergies in log procurement and sales. Acquisition-related costs of "
              "EUR 1.3 million are included in other operating expenses."),
    ],
    [
        ("h2", "28. Related party transactions"),
        ("p", "The group's related parties include its associated companies and the members of the Board of "
              "Directors and the Executive Management Team. Transactions with associated companies were carried "
              "out on market terms."),
        ("table", (104, 35, 35), ("EUR million", "2024", "2023"), [
            ("Purchases of software licences from Metsäsilmä AI Oy", "1.9", "0.0"),
            ("Payables to associated companies at 31 December", "0.4", "0.0"),
        ]),
        ("h2", "30. Contingent liabilities and legal proceedings"),
        ("p", "In November 2024 Hirvensalo Timber Oyj filed a claim against Kuusiva Oyj in the Market Court "
              "alleging infringement of a patent relating to log sorting; Kuusiva considers the claim unfounded "
              "and has made no provision."),
        ("h2", "31. Auditor's fees"),
        ("p", "The statutory audit of Kuusiva Oyj for 2024 was carried out by Lindqvist & Aalto Oy, Authorised "
              "Public Accountants, with Sanna Heikkilä, APA, as principal auditor."),
        ("table", (104, 35, 35), ("EUR thousand", "2024", "2023"), [
            ("Statutory audit", "412", "356"),
            ("Assurance of sustainability reporting", "138", "0"),
            ("Other services", "27", "41"),
        ]),
    ],
]

LINZHI = [
    [
        ("small", "证券代码：688926　　　证券简称：林智科技　　　公告编号：2025-047"),
        ("title", "浙江林智数字科技股份有限公司"),
        ("sub", "关于对外投资认购海越生物能源控股有限公司新发行股份及签订日常经营重大合同的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
              "准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "● 投资标的名称：海越生物能源控股有限公司（以下简称“海越生物”）根据一般授权新发行的120,000,000股普通股。"),
        ("p", "● 投资金额：港币15,600万元（按本公告日汇率折合人民币约14,290万元）。"),
        ("p", "● 本次对外投资不构成关联交易，不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("p", "● 本次对外投资尚需履行境外直接投资（ODI）备案等程序，能否顺利完成存在不确定性。"),
        ("h", "一、对外投资概述"),
        ("h2", "（一）基本情况"),
        ("p", "为深化公司在生物质燃料领域的人工智能应用布局，公司拟以自有资金港币15,600万元认购海越生物能源控股有限公司"
              "（香港联合交易所上市公司，股份代号：2957）根据一般授权新发行的120,000,000股普通股。认购价格为每股港币1.30元，"
              "较海越生物于认购协议签署日前最后一个交易日收市价折让约8.5%。本次认购完成后，公司将持有海越生物经扩大后已发行"
              "股份总数的约9.80%，海越生物不纳入公司合并报表范围。"),
        ("h2", "（二）审议情况"),
        ("p", "公司于2025年6月18日召开第三届董事会第十二次会议，以9票同意、0票反对、0票弃权审议通过了《关于对外投资认购"
              "海越生物新发行股份的议案》。根据《上海证券交易所科创板股票上市规则》及《公司章程》的相关规定，本次对外投资"
              "在董事会审批权限范围内，无需提交股东大会审议。"),
    ],
    [
        ("h", "二、交易对方基本情况"),
        ("p", "名称：海越生物能源控股有限公司；注册地：开曼群岛；上市地：香港联合交易所主板；主营业务：工业木质颗粒燃料"
              "的生产、进口及贸易，于广西北海拥有年产能60万吨的颗粒厂。经核查，海越生物不属于失信被执行人。"),
        ("h", "三、对外投资的目的及对公司的影响"),
        ("p", "海越生物是华南地区主要的木质颗粒进口商和生产商之一。本次投资有利于公司将颗粒水分、灰分在线检测等人工智能"
              "产品导入生物质燃料行业，拓展林业数字化业务的下游应用场景。本次投资资金来源为公司自有资金，不会对公司财务"
              "状况和经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。"),
        ("p", "除海越生物外，公司亦曾评估入股北海碧源生物质能源有限公司，但因估值分歧已终止洽谈，双方未签署任何协议。"),
        ("h", "四、日常经营重大合同情况"),
        ("p", "近日，公司与芬兰Metsäsilmä AI Oy签订了《边缘智能视觉模组采购合同》，由公司向其供应林业收获机用边缘AI视觉"
              "模组及配套软件，合同金额为人民币4,280万元（含税）。"),
        ("p", "合同履行期限为2025年7月至2026年12月，分批交货，按交货进度结算。合同对方注册于芬兰埃斯波，主要从事林业"
              "收获机人工智能造材优化软件的研发，与公司不存在关联关系。该合同金额约占公司2024年度经审计营业收入的9.6%，"
              "合同的履行预计将对公司2025年度及2026年度经营业绩产生积极影响。"),
        ("p", "本合同为公司首个欧洲市场批量硬件订单，标志着公司边缘视觉产品通过了北欧林业装备客户的验证。"),
    ],
    [
        ("h", "五、其他事项"),
        ("h2", "（一）全资子公司申请银行借款"),
        ("p", "广西林智木业有限公司系公司全资子公司，主要从事木材加工及锯材智能分等业务。"),
        ("p", "近日，广西林智木业有限公司与广西南岭农村商业银行股份有限公司签订《流动资金借款合同》，借款金额人民币8,000万元，"
              "期限三年，公司为上述借款提供连带责任保证。"),
        ("h2", "（二）算力服务采购"),
        ("p", "为满足林木识别大模型训练需求，公司向杭州云杉算力科技有限公司采购GPU算力租赁服务，年度金额预计不超过"
              "人民币2,350万元。"),
        ("h2", "（三）与海越生物的既有业务往来"),
        ("p", "2024年度，广西林智木业有限公司向海越生物销售锯末、刨花等木材加工剩余物，金额为人民币1,126.40万元，"
              "交易价格参照市场价格确定。"),
        ("h2", "（四）中介机构"),
        ("p", "本次对外投资的境内法律顾问为北京衡石律师事务所，财务顾问为华泓证券股份有限公司。"),
        ("h", "六、风险提示"),
        ("p", "1. 本次对外投资尚需完成发改委、商务主管部门及外汇管理部门的境外投资备案或登记，能否取得及取得时间存在"
              "不确定性。"),
        ("p", "2. 海越生物股价受港股市场波动影响，公司持有的股份存在公允价值变动风险。"),
        ("p", "3. 同行业可比公司如苏州绿川智能装备股份有限公司、森图科技股份有限公司亦在布局林业AI领域，市场竞争日趋激烈。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "浙江林智数字科技股份有限公司董事会"),
        ("right", "2025年6月19日"),
    ],
]

HAIYUE = [
    [
        ("small", "香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不就因本公告"
                  "全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"),
        ("title", "HAIYUE BIOENERGY HOLDINGS LIMITED"),
        ("title", "海越生物能源控股有限公司"),
        ("sub", "（於開曼群島註冊成立的有限公司）（股份代號：2957）"),
        ("sub", "(1) 根據一般授權認購新股份；(2) 須予披露交易－木質顆粒採購框架協議；及 (3) 戰略合作框架協議"),
        ("h", "認購事項"),
        ("p", "董事會欣然宣佈，於2025年6月18日，本公司與浙江林智數字科技股份有限公司（「林智科技」或「認購人」）訂立認購協議，"
              "據此林智科技有條件同意以總認購價156,000,000港元認購120,000,000股新股份。"),
        ("p", "認購價每股認購股份1.30港元較股份於最後交易日在聯交所所報收市價每股1.42港元折讓約8.45%。認購股份相當於"
              "(i)本公司於本公告日期已發行股份總數約10.86%；及(ii)經配發及發行認購股份擴大後已發行股份總數約9.80%。"),
        ("p", "認購股份將根據於2025年5月28日舉行的股東週年大會上授予董事的一般授權配發及發行，因此毋須另行取得股東批准。"
              "認購事項須待聯交所上市委員會批准認購股份上市及買賣，以及認購人完成中國境外直接投資備案後，方告完成。"),
        ("p", "認購事項所得款項淨額估計約為155,200,000港元，本公司擬將其中約60%用於擴建北海顆粒廠及部署人工智能品質檢測"
              "系統，約25%用於償還銀行借款，其餘約15%用作一般營運資金。"),
    ],
    [
        ("h", "有關認購人的資料"),
        ("p", "林智科技為於中國註冊成立的股份有限公司，其A股於上海證券交易所科創板上市，主要從事林業遙感監測、木材智能"
              "分等及人工智能視覺系統的研發及銷售。"),
        ("p", "董事會於選定林智科技前，亦曾與青嶼資本管理有限公司接洽潛在配售，惟未有達成任何協議。"),
        ("h", "採購框架協議"),
        ("p", "於同日，本公司與PT Rimba Cerdas Nusantara Tbk（「林巴公司」）訂立採購框架協議，據此本公司同意於2025年7月1日"
              "至2027年12月31日期間向林巴公司採購工業木質顆粒，年度採購上限為85,000,000美元。"),
        ("p", "林巴公司為於印尼註冊成立的公司，其股份於印尼證券交易所上市，於東加里曼丹經營人工林及顆粒廠。價格將參考"
              "相關月份亞洲工業木質顆粒現貨價格並經公平磋商釐定，並按每批貨物以信用證結算。"),
        ("p", "海越（北海）生物質燃料有限公司（「海越北海」）為本公司的間接全資附屬公司，於廣西北海經營年產能60萬噸的顆粒廠。"),
        ("p", "所採購之木質顆粒將主要由海越北海轉售予廣東南粵熱電有限公司，用於其湛江生物質電廠的摻燒項目。"),
        ("p", "近年，國內木質顆粒市場競爭加劇，主要競爭對手包括南方綠能燃料有限公司及桂中生物質科技有限公司。董事認為，"
              "與林巴公司訂立長期採購安排可確保穩定的進口原料供應，符合本公司及股東的整體利益。"),
    ],
    [
        ("h", "戰略合作框架協議"),
        ("p", "此外，本公司與林智科技訂立戰略合作框架協議，雙方將共同開發基於人工智能的顆粒水分及灰分在線檢測系統，"
              "並在本集團北海廠房進行試點。"),
        ("h", "對本公司股權架構的影響"),
        ("table", (60, 32, 20, 40, 20),
         ("股東", "於本公告日期股份數目", "約%", "緊隨認購事項完成後股份數目", "約%"), [
             ("海越集團（BVI）有限公司（附註）", "650,000,000", "58.85%", "650,000,000", "53.08%"),
             ("林智科技", "–", "–", "120,000,000", "9.80%"),
             ("公眾股東", "454,500,000", "41.15%", "454,500,000", "37.12%"),
             ("總計", "1,104,500,000", "100.00%", "1,224,500,000", "100.00%"),
         ]),
        ("small", "附註：海越集團（BVI）有限公司由本公司主席兼執行董事陳海越先生全資擁有。"),
        ("h", "上市規則的涵義"),
        ("p", "由於採購框架協議項下年度上限的一項或多項適用百分比率超過5%但均低於25%，故採購框架協議構成本公司的須予"
              "披露交易，須遵守上市規則第14章的申報及公告規定。"),
        ("p", "嘉峰融資有限公司已獲委任為本公司有關認購事項的財務顧問，而貝林頓律師行則擔任本公司有關香港法律的法律顧問。"),
        ("p", "由於認購事項須待條件達成後方告完成，股東及潛在投資者於買賣股份時務請審慎行事。"),
        ("right", "承董事會命"),
        ("right", "海越生物能源控股有限公司"),
        ("right", "主席 陳海越"),
        ("small", "香港，2025年6月18日"),
    ],
]

DOCS = [
    ("02_Kuusiva_annual_report.pdf", KUUSIVA, None, "Kuusiva Oyj | Annual Report 2024"),
    ("03_Linzhi_A_share_announcement.pdf", LINZHI, 2, "浙江林智数字科技股份有限公司"),
    ("04_Haiyue_HKEX_announcement.pdf", HAIYUE, 3, "海越生物能源控股有限公司"),
]


# ---------------------------------------------------------------------------
# Font helpers
# ---------------------------------------------------------------------------

def all_text(pages):
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                parts.extend(block[2])
                for row in block[3]:
                    parts.extend(row)
            else:
                parts.append(block[1])
    return "".join(parts)


def otf_to_ttf(font):
    """Replace CFF outlines by quadratic TrueType outlines (glyf/loca)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, 1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    hmtx = font["hmtx"]
    for name in glyph_order:
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, getattr(glyph, "xMin", 0) if glyph.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def cjk_font(face_index, text, tmpdir):
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    options.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "BASE", "JSTF", "DSIG"]
    subsetter = Subsetter(options=options)
    subsetter.populate(text=text + " 0123456789-/第頁页共")
    subsetter.subset(font)
    otf_to_ttf(font)
    path = os.path.join(tmpdir, f"noto_cjk_{face_index}.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self, running_head, cjk):
        super().__init__(format="A4")
        self.running_head = running_head
        self.cjk = cjk

    def header(self):
        self.set_font("body", size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.running_head, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("body", size=7.5)
        self.set_text_color(110, 110, 110)
        label = f"- {self.page_no()} -"
        self.cell(0, 5, label, align="C")
        self.set_text_color(0, 0, 0)


def render(filename, pages, face_index, running_head, tmpdir):
    cjk = face_index is not None
    pdf = Doc(running_head, cjk)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    if cjk:
        path = cjk_font(face_index, all_text(pages) + running_head, tmpdir)
        pdf.add_font("body", "", path)
        pdf.add_font("body", "B", path)
    else:
        pdf.add_font("body", "", DEJAVU)
        pdf.add_font("body", "B", DEJAVU_BOLD)
    body = 10 if cjk else 9.5
    lh = 6.0 if cjk else 5.0
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("body", "B", 15)
                pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("body", "B", 10.5 if cjk else 9.5)
                pdf.multi_cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font("body", "B", 12 if cjk else 12.5)
                pdf.multi_cell(0, 7, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h2":
                pdf.ln(0.5)
                pdf.set_font("body", "B", 10.5)
                pdf.multi_cell(0, 6, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("body", "", body)
                pdf.multi_cell(0, lh, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.8)
            elif kind == "right":
                pdf.set_font("body", "", body)
                pdf.multi_cell(0, lh, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font("body", "", 8)
                pdf.multi_cell(0, 4.5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                _, widths, header, rows = block
                pdf.set_font("body", "", 8.5 if cjk else 8.5)
                heading = FontFace(emphasis="BOLD", fill_color=(225, 230, 225))
                with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                               line_height=5.2, headings_style=heading,
                               text_align="LEFT") as table:
                    for row in (header, *rows):
                        tr = table.row()
                        for cell in row:
                            tr.cell(cell)
                pdf.ln(3)
            else:
                raise ValueError(kind)
        if pdf.page_no() != pages.index(page) + 1:
            raise RuntimeError(f"{filename}: content overflowed onto page {pdf.page_no()}")
    pdf.output(os.path.join(HERE, filename))
    print(f"wrote {filename} ({pdf.page_no()} pages)")


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh124_fonts_")
    try:
        for filename, pages, face_index, running_head in DOCS:
            render(filename, pages, face_index, running_head, tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
