"""Build the three PDF documents of the fresh176 evaluation set.

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
# Document 02 - Yarrabin Copper Limited, Annual Report 2025 (English, Australian issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Yarrabin Copper Limited - Annual Report 2025", 9),
        ("title", "Directors' Report (excerpt)"),
        (
            "p",
            "The Directors present their report on the consolidated entity consisting of Yarrabin Copper Limited "
            '(ASX: YRC) ("Yarrabin" or "the Company") and the entities it controlled at the end of, or during, the '
            'year ended 30 June 2025 (together, "the Group").',
        ),
        ("h", "Principal activities"),
        (
            "p",
            "The principal activities of the Group during the year were the mining and processing of copper ore and "
            "the exploration for copper in South Australia and Chile. The Group's principal asset is the Kooringa "
            "North open-pit mine and 6.5 Mtpa concentrator, located 160 kilometres north of Adelaide, which produced "
            "61,400 tonnes of copper in concentrate in FY2025 (FY2024: 54,900 tonnes).",
        ),
        ("h", "Operating and financial review"),
        (
            "p",
            "Revenue increased by 14.2% to A$675.8 million, reflecting higher copper production and a higher average "
            "realised copper price of A$14,210 per tonne. Underlying EBITDA was A$238.4 million (FY2024: A$181.7 "
            "million) and net profit after tax was A$97.2 million. C1 cash costs fell to US$2.08 per pound of payable "
            "copper, the lowest since the mine began commercial production in 2019.",
        ),
        ("h", "Mining and ore processing"),
        (
            "p",
            "Mining at Kooringa North is carried out by Ballara Mining Services Pty Ltd under a five-year load-and-haul "
            "contract that commenced in July 2023. Subsequent to year end, Ballara committed to convert 38 of the haul "
            "trucks it operates at Kooringa North to autonomous operation, with the first autonomous trucks expected to "
            "enter production in the March 2026 quarter.",
        ),
        (
            "p",
            "Since March 2025, run-of-mine ore has been pre-concentrated in a sensor-based ore-sorting plant that is "
            "built, owned and operated by Orelytic Limited, which is paid a fee for each tonne sorted. In the June "
            "quarter the plant rejected 22% of its feed as waste and lifted mill head grade to 0.63% copper, reducing "
            "energy and water use per tonne of copper produced.",
        ),
        (
            "p",
            "In March 2025 Yarrabin signed a memorandum of understanding with Dingsheng Intelligent Mining Equipment Co., "
            "Ltd. to trial two battery-electric autonomous haul trucks at Kooringa North during calendar 2026. The trial "
            "will test whether battery-electric haulage can operate on the mine's 10% ramps using power from the "
            "Group's planned solar and battery installation.",
        ),
    ],
    [
        ("h", "Sales and marketing"),
        (
            "p",
            "All of the Group's copper concentrate is sold to smelters, with prices referenced to the LME copper price "
            "and treatment and refining charges set by reference to annual benchmark terms. Revenue by customer for the "
            "financial year was as follows:",
        ),
        (
            "table",
            [62, 52, 30, 30],
            [
                ["Customer", "Contract", "Revenue FY2025", "Share of revenue"],
                ["Xiangyue Copper (Hong Kong) Limited", "Life-of-mine offtake", "A$412.6 million", "61.1%"],
                ["Kurobane Smelting Co., Ltd.", "Annual contract", "A$171.9 million", "25.4%"],
                ["Spot and other sales", "-", "A$91.3 million", "13.5%"],
            ],
        ),
        (
            "p",
            "Xiangyue Copper (Hong Kong) Limited is the offshore trading subsidiary of Xiangyue Copper Co., Ltd., which "
            "operates copper smelters in Hunan and Jiangxi provinces in China. Under the life-of-mine offtake agreement, "
            "it purchases 70% of Kooringa North concentrate production.",
        ),
        ("h", "Exploration in Chile"),
        (
            "p",
            "Yarrabin Chile SpA, a wholly owned subsidiary, holds the Quebrada Seca exploration tenements in the "
            "Atacama Region of Chile. A 6,400-metre drilling program was completed during the year, and assay results "
            "are expected to be reported in the December 2025 quarter.",
        ),
        ("h", "Competitive environment and corporate activity"),
        (
            "p",
            "Competition for skilled labour and contractors in South Australia intensified in FY2025 as Eromanga Copper "
            "Limited and Wilpena Metals Limited advanced their own development projects in the Gawler Craton. The Group "
            "responded with a retention scheme for key site personnel and by accelerating automation.",
        ),
        (
            "p",
            "In February 2025 the Board received an unsolicited, non-binding proposal for a merger of equals by scheme "
            "of arrangement. After taking independent advice, the Board concluded that the proposal undervalued "
            "Yarrabin and declined to engage; Wilpena Metals subsequently withdrew the proposal.",
        ),
        ("h", "Outlook"),
        (
            "p",
            "FY2026 production guidance is 60,000 to 64,000 tonnes of copper in concentrate at a C1 cash cost of "
            "US$2.00 to US$2.20 per pound. Growth capital expenditure of A$85 million to A$95 million is planned, "
            "mainly for the tailings storage facility lift and the solar and battery installation.",
        ),
    ],
    [
        ("title", "Notes to the consolidated financial statements (excerpt)"),
        ("h", "Note 18. Borrowings"),
        (
            "table",
            [44, 52, 28, 28, 22],
            [
                ["Facility", "Lender", "Facility limit", "Drawn at 30 June 2025", "Maturity"],
                ["Senior secured term loan", "Tasman Coast Bank Limited", "A$180.0 million", "A$142.5 million", "Dec 2029"],
                [
                    "Concentrate prepayment facility",
                    "Xiangyue Copper (Hong Kong) Limited",
                    "US$40.0 million",
                    "US$40.0 million",
                    "Jun 2027",
                ],
            ],
        ),
        (
            "p",
            "The senior secured term loan is secured over the assets of the Kooringa North operation and is subject to "
            "covenants on net debt to EBITDA and debt service cover, all of which were complied with during the year. "
            "The concentrate prepayment facility is repaid through deliveries of concentrate under the offtake "
            "agreement and bears interest at Term SOFR plus 3.25% per annum.",
        ),
        ("h", "Note 27. Controlled entities and associates"),
        (
            "table",
            [80, 34, 30, 30],
            [
                ["Entity", "Country of incorporation", "Ownership 2025", "Ownership 2024"],
                ["Yarrabin Copper Limited (parent entity)", "Australia", "-", "-"],
                ["Yarrabin Operations Pty Ltd", "Australia", "100%", "100%"],
                ["Yarrabin Chile SpA", "Chile", "100%", "100%"],
                ["Moonta Ridge Exploration Pty Ltd (associate)", "Australia", "40%", "40%"],
            ],
        ),
        (
            "p",
            "Moonta Ridge Exploration Pty Ltd holds exploration licences on the Yorke Peninsula and is accounted for "
            "using the equity method. The Group's share of its loss for the year was A$1.2 million.",
        ),
    ],
    [
        ("title", "Shareholder information"),
        (
            "p",
            "The shareholder information set out below was applicable as at 29 August 2025. The Company had "
            "420,000,000 fully paid ordinary shares on issue, held by 11,842 shareholders.",
        ),
        ("h", "Substantial holders"),
        ("p", "The following substantial holders were disclosed in substantial holding notices given to the Company:"),
        (
            "table",
            [84, 50, 40],
            [
                ["Holder", "Number of ordinary shares", "% of issued capital"],
                ["Xiangyue Copper (Hong Kong) Limited", "61,320,000", "14.6%"],
                ["Wattleford Super Pty Ltd", "34,860,000", "8.3%"],
            ],
        ),
        ("h", "Voting rights"),
        (
            "p",
            "On a show of hands every member present in person or by proxy has one vote, and on a poll every member "
            "has one vote for each fully paid ordinary share held.",
        ),
        ("h", "Auditor"),
        (
            "p",
            "Hartigan Prowse, Chartered Accountants, Adelaide, audited the financial report of Yarrabin Copper Limited "
            "for the year ended 30 June 2025 and issued an unmodified audit opinion.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Xiangyue Copper Co., Ltd., HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "湘岳銅業股份有限公司", 16),
        ("center", "Xiangyue Copper Co., Ltd.", 12),
        ("center", "（於中華人民共和國註冊成立之股份有限公司）", 9),
        ("center", "（股份代號：2863）", 9),
        ("center", "須予披露交易", 13),
        ("center", "認購Halvard Copper Corp.股份及訂立承購協議", 13),
        ("h", "緒言"),
        (
            "p",
            "董事會欣然宣佈，於二零二五年八月十八日（溫哥華時間），本公司之全資附屬公司湘岳銅業（香港）有限公司"
            "（「湘岳香港」或「認購方」）與Halvard Copper Corp.（「Halvard」）訂立認購協議。",
        ),
        ("h", "認購協議"),
        (
            "p",
            "根據認購協議，湘岳香港有條件同意按每股認購股份加拿大元3.00元之認購價認購Halvard合共28,800,000股普通股，"
            "總代價為加拿大元86,400,000元（相當於約港幣489,000,000元）。認購價較Halvard股份於二零二五年八月十五日"
            "（包括該日）止二十個交易日之成交量加權平均價溢價約21.5%。",
        ),
        (
            "p",
            "完成後，湘岳香港將持有Halvard經擴大已發行股份約19.9%。Halvard將不會成為本公司之附屬公司，其財務業績亦"
            "不會併入本集團之財務報表。完成須待（其中包括）多倫多證券交易所創業板批准及根據《加拿大投資法》完成國家"
            "安全審查後方可作實。",
        ),
        ("h", "承購協議"),
        (
            "p",
            "同日，本公司與Halvard訂立承購協議，據此，Halvard同意於Kettle Narrows項目投入商業生產後首十年，將該項目"
            "所產銅精礦之60%售予本公司，價格參考倫敦金屬交易所銅價釐定，加工費及精煉費則參照年度基準條款釐定。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關認購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故認購事項構成"
            "本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關訂約方之資料"),
        ("h", "本集團"),
        (
            "p",
            "本集團主要從事銅精礦冶煉以及陰極銅、硫酸及銅桿之生產及銷售，於湖南省及江西省經營兩座銅冶煉廠，"
            "陰極銅年產能約900,000噸。",
        ),
        (
            "p",
            "本集團所需銅精礦大部分自海外礦山採購，主要供應商包括智利之Compañía Minera Valdeluz S.A.（「Valdeluz」）。"
            "本集團之銅桿產品主要售予國內電線電纜及電工企業，其中包括株洲華纜電工股份有限公司（「華纜電工」）。",
        ),
        (
            "p",
            "湘岳智冶科技（長沙）有限公司為本公司之全資附屬公司，負責開發基於人工智能之熔煉過程控制系統，"
            "該系統已應用於本集團兩座冶煉廠之閃速爐。",
        ),
        ("h", "Halvard"),
        (
            "p",
            "Halvard為一家根據加拿大不列顛哥倫比亞省法律註冊成立之公司，其普通股於多倫多證券交易所創業板上市"
            "（股份代號：HVC），主要從事位於不列顛哥倫比亞省西北部之Kettle Narrows銅金礦項目之勘探及開發。"
            "該項目之控制資源量為612,000,000噸，銅品位0.31%，金品位每噸0.21克。",
        ),
        ("h", "進行認購事項及承購協議之理由及裨益"),
        (
            "p",
            "全球優質銅精礦供應持續緊張，加工費已跌至歷史低位。透過認購事項及承購協議，本集團可於Kettle Narrows項目"
            "投產後取得長期穩定之銅精礦來源，並分享項目開發所帶來之價值增長。董事（包括獨立非執行董事）認為認購協議及"
            "承購協議之條款屬公平合理，且符合本公司及股東之整體利益。",
        ),
        (
            "p",
            "據董事所深知，於Halvard甄選策略投資者之過程中，Halvard亦曾與Kurobane Smelting Co., Ltd.等其他潛在投資者"
            "進行初步接觸，惟雙方並無訂立任何協議。",
        ),
        ("p", "國內銅冶煉行業競爭激烈，主要參與者包括湘岳銅業及閩越銅業股份有限公司等大型冶煉企業。"),
    ],
    [
        ("h", "認購事項之資金來源"),
        (
            "p",
            "認購事項之代價將以本集團內部資源及中澤銀行股份有限公司香港分行（「中澤銀行」）向湘岳香港提供之"
            "60,000,000美元定期貸款撥付。該貸款為期三年，由本公司提供擔保。",
        ),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之股權架構如下："),
        (
            "table",
            [70, 22, 40, 42],
            [
                ["股東名稱", "股份類別", "所持股份數目", "佔已發行股份總數概約百分比"],
                ["湖南湘岳有色金屬集團有限公司", "內資股", "1,046,000,000", "52.3%"],
                ["H股公眾股東", "H股", "954,000,000", "47.7%"],
                ["總計", "-", "2,000,000,000", "100.0%"],
            ],
        ),
        ("h", "財務顧問"),
        ("p", "博瀚融資有限公司擔任湘岳銅業就認購事項之財務顧問。"),
        (
            "p",
            "由於認購事項須待多項先決條件獲達成後方告完成，故認購事項未必會進行。股東及潛在投資者於買賣本公司證券時，"
            "務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "湘岳銅業股份有限公司"),
        ("right", "董事長"),
        ("right", "譚立衡"),
        ("p", "中國長沙，二零二五年八月十八日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事譚立衡先生、賀雲峰先生及歐陽靜女士；非執行董事周振宇先生；以及"
            "獨立非執行董事鄺家明先生、劉婉儀女士及黎志堅先生。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Dingsheng Intelligent Mining Equipment Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：688619        证券简称：鼎昇智矿        公告编号：2025-019"),
        ("center", "鼎昇智矿装备股份有限公司", 15),
        ("center", "关于签订日常经营重大合同暨对外投资设立境外全资子公司的公告", 13),
        (
            "small",
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
            "准确性和完整性依法承担法律责任。",
        ),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性销售合同，合同总金额约2.46亿美元（约合人民币17.69亿元，不含税）。"),
        ("p", "● 对外投资标的名称：Dingsheng Minería Chile SpA（暂定名，最终以智利主管机关核准名称为准）。"),
        ("p", "● 投资金额：公司拟以自有资金出资1,200万美元，持股100%。"),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        (
            "p",
            "2025年4月14日，鼎昇智矿装备股份有限公司（以下简称“公司”或“鼎昇智矿”）与Compañía Minera Valdeluz S.A."
            "（以下简称“Valdeluz”）签订《纯电动无人驾驶矿用卡车及智能调度系统供货合同》，约定公司于2026年下半年至"
            "2028年期间向Valdeluz供应48台纯电动无人驾驶矿用卡车、配套充电设施及基于人工智能的矿山智能调度平台，"
            "合同总金额约2.46亿美元（约合人民币17.69亿元，不含税）。",
        ),
        (
            "p",
            "在本次国际招标中，Valdeluz同时邀请了Ardent Haul Systems及北岳重型机械股份有限公司等多家国内外厂商参与"
            "投标。公司凭借纯电动矿卡在高海拔工况下的续航表现及智能调度平台的整体方案中标。",
        ),
        ("h", "（二）审议程序"),
        (
            "p",
            "本合同为公司日常经营性合同，根据《上海证券交易所科创板股票上市规则》及《公司章程》的相关规定，"
            "无需提交董事会及股东大会审议。",
        ),
    ],
    [
        ("h", "（三）合同对方基本情况"),
        (
            "p",
            "Valdeluz成立于1987年，其美国存托股份于纽约证券交易所上市，主要从事铜矿开采、选矿及湿法冶炼，核心资产为"
            "位于智利安托法加斯塔大区的Cerro Pardo露天铜矿。Valdeluz与公司及公司控股股东、实际控制人不存在关联关系。",
        ),
        ("h", "（四）合同履约相关安排"),
        (
            "p",
            "1、本合同项下矿用卡车的自动驾驶系统基于Quillmont Autonomy Inc.（以下简称“Quillmont”）授权公司使用的"
            "HaulMind自动驾驶软件平台开发，公司按交付车辆数量向Quillmont支付软件许可费。",
        ),
        (
            "p",
            "2、矿卡驱动电机绕组铜线及高压线束由株洲华缆电工股份有限公司（以下简称“华缆电工”）供应，动力电池系统由"
            "江苏恒储动力电池有限公司（以下简称“恒储动力”）供应。",
        ),
        ("h", "二、对外投资设立境外全资子公司"),
        ("h", "（一）基本情况"),
        (
            "p",
            "为做好本合同项下车辆交付、调试及运维服务，进一步开拓南美市场，公司拟以自有资金1,200万美元在智利圣地亚哥"
            "设立全资子公司Dingsheng Minería Chile SpA（暂定名，以下简称“鼎昇智利”）。",
        ),
        (
            "table",
            [44, 130],
            [
                ["项目", "内容"],
                ["公司名称", "Dingsheng Minería Chile SpA（暂定名）"],
                ["注册地", "智利圣地亚哥"],
                ["注册资本", "1,200万美元"],
                ["股东及持股比例", "鼎昇智矿装备股份有限公司持股100%"],
                ["经营范围", "矿山装备销售、调试、维修及技术服务"],
            ],
        ),
        ("p", "鼎昇智利设立后，公司持有其100%股权，鼎昇智利将纳入公司合并报表范围。"),
        ("h", "（二）其他说明"),
        (
            "p",
            "2025年3月，公司与澳大利亚Yarrabin Copper Limited签署合作备忘录，双方将于2026年在其Kooringa North铜矿"
            "开展两台纯电动无人驾驶矿卡的工业性试验。",
        ),
    ],
    [
        ("h", "三、对上市公司的影响"),
        (
            "p",
            "本合同的履行预计将对公司2026年度至2028年度经营业绩产生积极影响，有利于提升公司纯电动无人驾驶矿卡及智能"
            "调度系统在南美市场的品牌影响力。本次对外投资资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大"
            "不利影响，不存在损害公司及全体股东利益的情形。",
        ),
        ("h", "四、保荐机构意见"),
        ("p", "华宸证券股份有限公司作为鼎昇智矿的持续督导保荐机构，对本次对外投资事项出具了无异议的核查意见。"),
        ("h", "五、风险提示"),
        (
            "p",
            "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化、海外运输及付款能力等因素影响，存在不能"
            "按期足额履行的风险。",
        ),
        (
            "p",
            "2、市场竞争风险：目前，全球露天矿无人驾驶运输系统的主要供应商包括Ardent Haul Systems、Sturtline "
            "Robotics及北岳重型机械等，市场竞争日趋激烈。",
        ),
        (
            "p",
            "3、境外投资审批风险：本次对外投资尚需取得商务主管部门、发展改革部门及外汇管理部门的备案或登记，以及智利"
            "相关政府部门的批准，能否取得及取得时间存在不确定性。",
        ),
        ("p", "4、汇率风险：合同以美元结算，人民币汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "鼎昇智矿装备股份有限公司董事会"),
        ("right", "2025年4月15日"),
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
        ("maxZones", 1),
        ("maxTwilightPoints", 0),
        ("maxStorage", 0),
        ("maxFunctionDefs", 0),
        ("maxInstructionDefs", 0),
        ("maxStackElements", 0),
        ("maxSizeOfInstructions", 0),
        ("maxComponentElements", 0),
        ("maxComponentDepth", 0),
        ("maxPoints", 0),
        ("maxContours", 0),
        ("maxCompositePoints", 0),
        ("maxCompositeContours", 0),
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
NO_LINE_END = set("（「『“‘《〈【")


def cjk_lines(pdf, text, width):
    """Break mixed Chinese/Latin text into lines: anywhere between Chinese characters, but never inside a Latin word
    (accented letters included, as in Compañía or Minería) or a number, never with closing punctuation at the start of a
    line and never with opening punctuation at the end of one."""
    tokens = re.findall(r"[\x21-\x7e\u00c0-\u024f]+| +|.", text)
    lines, current = [], ""
    for token in tokens:
        if token.isspace() and not current:
            continue
        candidate = current + token
        if pdf.get_string_width(candidate) <= width or not current or token in NO_LINE_START:
            current = candidate
            continue
        carried = ""
        while current and current[-1] in NO_LINE_END:
            carried = current[-1] + carried
            current = current[:-1]
        if current.strip():
            lines.append(current.rstrip())
        current = carried + ("" if token.isspace() else token)
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
                with pdf.table(
                    col_widths=block[1],
                    width=sum(block[1]),
                    text_align="LEFT",
                    line_height=5,
                    headings_style=headings,
                    align="LEFT",
                ) as table:
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
    tmpdir = tempfile.mkdtemp(prefix="fresh176_font_")
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
        (
            "02_Yarrabin_annual_report.pdf",
            build_latin(
                "02_Yarrabin_annual_report.pdf",
                DOC02,
                "Yarrabin Copper Limited - Annual Report 2025",
                "Yarrabin Copper Limited - Annual Report 2025 (excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Xiangyue_HKEX_announcement.pdf",
            build_cjk(
                "03_Xiangyue_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "湘岳銅業股份有限公司 公告",
                "湘岳銅業股份有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Dingsheng_A-share_announcement.pdf",
            build_cjk(
                "04_Dingsheng_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "鼎昇智矿装备股份有限公司 公告",
                "鼎昇智矿装备股份有限公司 公告 2025-019",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
