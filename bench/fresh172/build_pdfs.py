"""Build the three PDF documents of the fresh172 evaluation set.

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
# Document 02 - Lionmere Terminals Limited, Annual Report 2024 (English, Singapore issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Lionmere Terminals Limited - Annual Report 2024", 9),
        ("title", "Operating and Financial Review (excerpt)"),
        ("h", "1. Overview of the Group"),
        (
            "p",
            "Lionmere Terminals Limited (SGX: L3M) is a port terminal operator listed on the Mainboard of the "
            "Singapore Exchange. Through its subsidiaries and its associated company, the Group operates container "
            "terminals at Pasir Panjang in Singapore and, through a 30%-owned associate, in Batam, Indonesia. In 2024 "
            "the Group handled 9.84 million TEU (2023: 9.21 million TEU), of which 71% was transhipment cargo and 29% "
            "gateway cargo for Singapore and the Riau Islands.",
        ),
        ("h", "2. Automation and artificial intelligence"),
        (
            "p",
            "The Group's five-year automation programme, launched in 2022, aims to raise quay productivity to 38 "
            "moves per crane-hour while cutting the electricity used per box by a quarter. During the year the Group "
            "took delivery of eight remote-controlled quay cranes and 24 automated rail-mounted gantry cranes from "
            "Nantong Ruigang Intelligent Equipment Co., Ltd., completing the first phase of the programme at Pasir "
            "Panjang Berths 5 to 8.",
        ),
        (
            "p",
            "Since 2023 the Group has licensed the berth-allocation optimiser developed by Berthwise AI Pte. Ltd., a "
            "Singapore start-up, which plans every berth window at the Pasir Panjang terminal 72 hours ahead and "
            "re-plans within minutes when a vessel's arrival time changes. Average berth waiting time for scheduled "
            "mainline services fell from 5.6 hours in 2023 to 2.9 hours in 2024.",
        ),
        (
            "p",
            "Our wholly owned subsidiary Lionmere Digital Pte. Ltd. holds an 11.5% interest in Berthwise AI and is "
            "represented on its technical advisory board. Lionmere Digital also develops the Group's own "
            "computer-vision gate system, which reads container numbers, seal status and visible damage at the "
            "terminal gates without manual checks; 93% of truck transactions were processed without a clerk in "
            "2024.",
        ),
        ("h", "3. Competitive environment"),
        (
            "p",
            "Competition for transhipment volumes remained intense, with Penjuru Container Terminals and Tanjong "
            "Bruas Port both offering volume rebates to mainline carriers during the year. The Group did not match "
            "these rebates and relied instead on berth reliability, which carriers value more highly while schedules "
            "on the main east-west trades remain disrupted.",
        ),
    ],
    [
        ("h", "4. Customers"),
        (
            "p",
            "Group revenue increased by 8.2% to S$651.3 million (2023: S$601.9 million). Container handling and "
            "related services accounted for 88% of revenue and logistics and property income for 12%. The following "
            "customers each accounted for 10% or more of Group revenue in 2024:",
        ),
        (
            "table",
            [62, 36, 36, 40],
            [
                ["Customer", "Segment", "Revenue 2024", "Share of revenue"],
                ["Myrtoan Container Lines Inc.", "Mainline carrier", "S$96.4 million", "14.8%"],
                ["Selat Ocean Lines Pte. Ltd.", "Feeder carrier", "S$71.2 million", "10.9%"],
            ],
        ),
        (
            "p",
            "No other customer accounted for more than 6% of Group revenue. Revenue from the ten largest customers "
            "amounted to 63% of the total (2023: 61%).",
        ),
        ("h", "5. Logistics and property"),
        (
            "p",
            "Lionmere Distripark, the 48,000 square metre bonded warehouse adjoining the terminal, is leased in its "
            "entirety to Kallang Freight Holdings Pte. Ltd. under a ten-year lease that began in January 2024; "
            "rental income in 2024 was S$11.3 million. The lease allows the tenant to operate its own automated "
            "storage and retrieval system inside the building, which was installed during the first half of the "
            "year.",
        ),
        ("h", "6. Financial position and borrowings"),
        (
            "p",
            "In June 2024 Straits Meridian Bank Limited provided the Group with a S$450 million sustainability-linked "
            "term loan facility maturing in 2031, of which S$300 million had been drawn at 31 December 2024. The "
            "margin on the facility steps down if the Group meets annual targets for electricity use per TEU and for "
            "the share of automated equipment in its fleet.",
        ),
        (
            "table",
            [86, 40, 48],
            [
                ["Borrowings at 31 December 2024", "Maturity", "S$ million"],
                ["Sustainability-linked term loan", "2031", "300.0"],
                ["Medium-term notes (3.85%)", "2028", "150.0"],
                ["Lease liabilities", "2025-2049", "214.6"],
                ["Total", "", "664.6"],
            ],
        ),
        (
            "p",
            "Net gearing was 0.41 times at the end of the year (2023: 0.37 times). Capital expenditure of S$188.5 "
            "million related mainly to the automation programme and to the electrification of the prime-mover "
            "fleet.",
        ),
    ],
    [
        ("h", "7. Risks and contingent liabilities"),
        (
            "p",
            "In October 2024 Gantrix Automation GmbH wrote to Lionmere Terminals Limited alleging that the crane "
            "remote-control software used at Pasir Panjang infringes two of its patents. Having taken advice from "
            "external patent counsel, the Board considers the allegation to be without merit, and no provision has "
            "been recognised.",
        ),
        ("h", "Substantial shareholders"),
        (
            "table",
            [80, 46, 48],
            [
                ["Name", "Number of shares", "% of issued shares"],
                ["Tembusu Harbour Holdings Pte. Ltd.", "412,650,000", "38.4%"],
                ["Directors and their associates", "6,120,000", "0.6%"],
                ["Public", "655,830,000", "61.0%"],
                ["Total", "1,074,600,000", "100.0%"],
            ],
        ),
        ("h", "Principal subsidiaries and associated company"),
        (
            "table",
            [72, 28, 30, 44],
            [
                ["Name", "Country", "Interest", "Principal activity"],
                ["Lionmere Pasir Panjang Terminal Pte. Ltd.", "Singapore", "100%", "Container terminal"],
                ["Lionmere Digital Pte. Ltd.", "Singapore", "100%", "Software"],
                ["PT Batam Gerbang Peti Kemas", "Indonesia", "30%", "Terminal (associate)"],
            ],
        ),
        ("h", "Independent auditor"),
        (
            "p",
            "Chua Kwan & Partners LLP, Public Accountants and Chartered Accountants, Singapore, has audited the "
            "financial statements of Lionmere Terminals Limited for the financial year ended 31 December 2024 and "
            "issued an unmodified opinion.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Haixi Port Group Co., Ltd., HKEX announcement (Traditional Chinese, mainland H-share issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "海西港務集團股份有限公司", 16),
        ("center", "Haixi Port Group Co., Ltd.", 12),
        ("center", "（於中華人民共和國註冊成立之股份有限公司）", 9),
        ("center", "（股份代號：2716）", 9),
        ("center", "須予披露交易", 13),
        ("center", "認購Khor Dhaen Container Terminal 4 LLC之30%股權", 13),
        ("h", "認購事項"),
        (
            "p",
            "董事會欣然宣佈，於二零二五年九月十五日（交易時段後），海西港務集團股份有限公司（「本公司」或「海西港務」，"
            "連同其附屬公司統稱「本集團」）與Khor Dhaen Ports Group PJSC（「Khor Dhaen Ports」）及Khor Dhaen "
            "Container Terminal 4 LLC（「目標公司」）訂立認購及股東協議。",
        ),
        (
            "p",
            "根據認購協議，海西港務有條件同意以總代價阿聯酋迪拉姆1,012,500,000元（相當於約港幣2,151,000,000元）"
            "認購目標公司1,012,500股新股份。",
        ),
        (
            "p",
            "完成後，海西港務將持有目標公司經擴大股本之30%，目標公司將不會成為本公司之附屬公司，其業績將以權益法於"
            "本集團之財務報表入賬。",
        ),
        (
            "p",
            "代價乃經訂約方參考目標公司之特許經營權期限、第四號碼頭之設計吞吐能力及獨立估值師編製之估值報告後按公平"
            "原則磋商釐定。代價將分三期以現金支付，首期款項佔代價之30%，須於完成時支付。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關認購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故認購事項構成"
            "本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關目標公司之資料"),
        (
            "p",
            "目標公司為一家於阿拉伯聯合酋長國阿布扎比註冊成立之有限責任公司，於本公告日期為Khor Dhaen Ports之全資"
            "附屬公司，持有Khor Dhaen港第四號集裝箱碼頭為期三十五年之特許經營權。",
        ),
        (
            "p",
            "第四號碼頭規劃岸線長1,800米，設計年吞吐能力為260萬標準箱，預計於二零二七年下半年投入營運。目標公司目前"
            "尚未開展業務，自註冊成立以來並無產生任何收益。",
        ),
        ("h", "有關本集團之資料"),
        (
            "p",
            "本集團主要於福建省廈門、福州及漳州經營集裝箱、散雜貨及汽車滾裝碼頭，並提供港口物流及航運服務。"
            "海西智港科技（廈門）有限公司（「海西智港」）為本公司之全資附屬公司，負責本集團碼頭操作系統及人工智能"
            "應用之研發。",
        ),
        (
            "p",
            "本集團亦持有上海瀚舟國際物流股份有限公司（「瀚舟物流」，其股份於上海證券交易所上市）約6.8%股權，以加強"
            "本集團與貨運代理業務之協同。",
        ),
        ("h", "有關Khor Dhaen Ports之資料"),
        (
            "p",
            "Khor Dhaen Ports為一家於阿布扎比證券交易所上市之公司，主要於阿拉伯聯合酋長國經營集裝箱碼頭、經濟區及"
            "物流園區。據董事作出一切合理查詢後所深知、盡悉及確信，Khor Dhaen Ports及其最終實益擁有人均為獨立於本公司"
            "及其關連人士之第三方。",
        ),
        ("h", "進行認購事項之理由及裨益"),
        (
            "p",
            "本集團一直致力拓展海外碼頭網絡，並為主要班輪客戶提供跨區域之碼頭服務。Myrtoan Container Lines Inc."
            "（「Myrtoan」）為本集團廈門海天碼頭之主要班輪客戶之一，二零二四年度其於該碼頭之裝卸量約為四十二萬標準箱。",
        ),
        (
            "p",
            "根據技術服務協議，海西智港將向目標公司供應其人工智能碼頭操作系統「智港雲」，並就第四號碼頭之自動化設備"
            "調度提供技術支援，服務期為十年。",
        ),
        (
            "p",
            "海西港務亦已與Khor Dhaen Ports簽訂戰略合作框架協議，雙方將在中東及東南亞地區共同開發碼頭項目，並推動"
            "廈門與阿布扎比之間的數字化綠色航運走廊。",
        ),
        (
            "p",
            "董事（包括獨立非執行董事）認為認購協議及技術服務協議之條款屬公平合理，按一般商業條款訂立，且符合本公司"
            "及股東之整體利益。",
        ),
    ],
    [
        ("h", "澄清"),
        (
            "p",
            "本公司注意到近期有傳媒報道指本集團有意收購一家新加坡碼頭營運商之股權。董事會謹此澄清，海西港務並無與"
            "Lionmere Terminals Limited進行任何有關收購之磋商。",
        ),
        (
            "p",
            "海西港務早前曾與Selat Ocean Lines Pte. Ltd.就於新加坡成立碼頭合營公司進行初步磋商，惟雙方已於二零二五年"
            "六月終止有關磋商，且並無訂立任何具約束力之協議。",
        ),
        ("h", "認購事項之資金來源"),
        (
            "p",
            "代價將以本集團內部資源及華海銀行股份有限公司（「華海銀行」）向海西港務提供之人民幣1,500,000,000元併購"
            "貸款撥付。該貸款為期七年，以本公司持有之目標公司股權作質押。",
        ),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之股權架構如下："),
        (
            "table",
            [66, 26, 40, 42],
            [
                ["股東名稱", "股份類別", "所持股份數目", "概約百分比"],
                ["海西國有資本運營集團有限公司", "內資股", "1,826,400,000", "58.3%"],
                ["H股公眾股東", "H股", "1,306,600,000", "41.7%"],
                ["總計", "", "3,133,000,000", "100.0%"],
            ],
        ),
        ("h", "財務顧問"),
        ("p", "瑞麟融資有限公司擔任海西港務就認購事項之財務顧問。"),
        (
            "p",
            "由於認購事項須待多項先決條件（包括取得中國及阿拉伯聯合酋長國相關監管機構之批准）獲達成後方告完成，故"
            "認購事項未必會進行。股東及潛在投資者於買賣本公司證券時，務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "海西港務集團股份有限公司"),
        ("right", "董事長"),
        ("right", "林振邦"),
        ("p", "中國廈門，二零二五年九月十五日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事林振邦先生、陳曉嵐女士及黃志誠先生；非執行董事鄭國華先生及"
            "許麗萍女士；以及獨立非執行董事李家明先生、周慧敏女士及吳少峰先生。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Shanghai Hanzhou International Logistics Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：605389        证券简称：瀚舟物流        公告编号：2025-062"),
        ("center", "上海瀚舟国际物流股份有限公司", 15),
        ("center", "关于全资子公司收购Kallang Freight Holdings Pte. Ltd. 60%股权的公告", 13),
        (
            "small",
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
            "准确性和完整性承担法律责任。",
        ),
        ("h", "重要内容提示："),
        ("p", "● 交易标的：Kallang Freight Holdings Pte. Ltd.（以下简称“Kallang”或“标的公司”）60%股权。"),
        ("p", "● 交易金额：4,380万新加坡元（按2025年10月20日汇率折算约合人民币2.43亿元）。"),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("p", "● 本次交易尚需取得发展改革部门、商务主管部门及外汇管理部门的备案或登记，能否取得及取得时间存在不确定性。"),
        ("h", "一、交易概述"),
        (
            "p",
            "2025年10月20日，公司全资子公司瀚舟国际（新加坡）有限公司（Hanzhou International (Singapore) Pte. "
            "Ltd.，以下简称“瀚舟新加坡”）与Rochor Family Holdings Pte. Ltd.及Capstan Maritime Ventures Fund II, "
            "L.P.签署《股份买卖协议》，瀚舟新加坡拟以现金4,380万新加坡元收购标的公司合计60%股权。",
        ),
        ("p", "本次交易完成后，瀚舟新加坡将持有标的公司60%股权，标的公司将成为公司的控股孙公司，纳入公司合并报表范围。"),
        (
            "p",
            "公司于2025年10月20日召开第三届董事会第十九次会议，审议通过了《关于全资子公司收购Kallang Freight "
            "Holdings Pte. Ltd. 60%股权的议案》。根据《上海证券交易所股票上市规则》及《公司章程》的规定，本次交易无需"
            "提交股东大会审议。",
        ),
    ],
    [
        ("h", "二、交易对方基本情况"),
        (
            "p",
            "（一）Rochor Family Holdings Pte. Ltd.：一家于新加坡注册成立的投资控股公司，由标的公司创始人林氏家族"
            "控制，本次交易前持有标的公司72%股权。",
        ),
        (
            "p",
            "（二）Capstan Maritime Ventures Fund II, L.P.：一家于新加坡设立的风险投资基金，主要投资于航运、港口及"
            "物流科技领域，本次交易前持有标的公司28%股权。",
        ),
        (
            "p",
            "交易对方与公司及公司控股股东、实际控制人、董事、监事及高级管理人员之间不存在产权、业务、资产、债权债务、"
            "人员等方面的关联关系。",
        ),
        ("h", "三、交易标的基本情况"),
        (
            "p",
            "标的公司成立于2009年，总部位于新加坡，主要从事国际海运及空运货运代理、保税仓储及东南亚区域分拨业务，并"
            "自主研发了基于人工智能的订舱预测及报关单证处理系统，2024年度代理集装箱量约为21.6万标准箱。",
        ),
        ("p", "本次交易前后标的公司股权结构如下："),
        (
            "table",
            [84, 45, 45],
            [
                ["股东名称", "交易前持股比例", "交易后持股比例"],
                ["Rochor Family Holdings Pte. Ltd.", "72.00%", "40.00%"],
                ["Capstan Maritime Ventures Fund II, L.P.", "28.00%", "-"],
                ["瀚舟新加坡", "-", "60.00%"],
                ["合计", "100.00%", "100.00%"],
            ],
        ),
        ("p", "标的公司最近一年又一期主要财务数据如下（单位：万新加坡元）："),
        (
            "table",
            [54, 60, 60],
            [
                ["项目", "2024年12月31日/2024年度", "2025年6月30日/2025年1-6月"],
                ["资产总额", "5,412", "5,866"],
                ["净资产", "2,208", "2,395"],
                ["营业收入", "9,874", "5,203"],
                ["净利润", "612", "347"],
            ],
        ),
        (
            "p",
            "中正恒信会计师事务所（特殊普通合伙）对标的公司2024年度及2025年1-6月财务报表进行了审计，并出具了标准无"
            "保留意见的审计报告。",
        ),
        (
            "p",
            "本次交易以沪中联资产评估有限公司出具的资产评估报告为参考依据，采用收益法评估，标的公司股东全部权益评估值"
            "为7,350万新加坡元，经交易各方协商确定本次交易对价。",
        ),
    ],
    [
        ("h", "四、交易目的和对公司的影响"),
        (
            "p",
            "公司主营国际货运代理及供应链物流业务，海运业务以亚洲至地中海及中东航线为主。公司与多家国际班轮公司建立了"
            "长期合作关系，其中2024年度公司向Myrtoan Container Lines Inc.采购的海运舱位金额约为人民币6.1亿元。",
        ),
        (
            "p",
            "公司自2023年起采购深圳图澜智能科技有限公司的人工智能单证识别系统，用于报关单及提单数据的自动处理，"
            "目前该系统已覆盖公司约七成的进出口报关业务。",
        ),
        (
            "p",
            "本次交易有利于公司完善东南亚网络布局，借助标的公司在新加坡的保税仓储能力开拓转口贸易及跨境电商物流业务，"
            "不会对公司财务状况和经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。",
        ),
        ("p", "新加坡货运代理市场竞争较为激烈，主要竞争对手包括东岳国际货运代理有限公司及Merapi Cargo Services Pte. Ltd.等。"),
        ("p", "据交易对方告知，标的公司此前曾与Nahda Freight Logistics PJSC就股权出售事宜进行初步接触，但双方未签署任何协议。"),
        ("h", "五、资金来源"),
        (
            "p",
            "本次交易资金来源为公司自有资金及浦海银行股份有限公司向公司提供的并购贷款，并购贷款金额不超过人民币1.2亿元，"
            "期限为五年。",
        ),
        ("h", "六、风险提示"),
        ("p", "1、审批风险：本次交易尚需完成境内外投资备案及新加坡相关程序，能否完成及完成时间存在不确定性。"),
        ("p", "2、整合风险：标的公司在企业文化、管理制度等方面与公司存在差异，交易完成后的整合效果存在不确定性。"),
        ("p", "3、汇率风险：本次交易以新加坡元支付，汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "上海瀚舟国际物流股份有限公司董事会"),
        ("right", "2025年10月21日"),
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
    tmpdir = tempfile.mkdtemp(prefix="fresh172_font_")
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
            "02_Lionmere_annual_report.pdf",
            build_latin(
                "02_Lionmere_annual_report.pdf",
                DOC02,
                "Lionmere Terminals Limited - Annual Report 2024",
                "Lionmere Terminals Limited - Annual Report 2024 (excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Haixi_HKEX_announcement.pdf",
            build_cjk(
                "03_Haixi_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "海西港務集團股份有限公司 公告",
                "海西港務集團股份有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Hanzhou_A-share_announcement.pdf",
            build_cjk(
                "04_Hanzhou_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "上海瀚舟国际物流股份有限公司 公告",
                "上海瀚舟国际物流股份有限公司 公告 2025-062",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
