"""Build the three PDF documents of the fresh127 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font. The Traditional Chinese HKEX
announcement uses face 3 of NotoSansCJK-Regular.ttc, which fpdf2 cannot read
directly: the face is subset to the characters used, its CFF outlines are
converted to TrueType quadratic outlines with cu2quPen, the result is saved to
a temporary directory, registered with add_font and the directory is removed.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SIMPLIFIED = 2
FACE_TRADITIONAL = 3

# ---------------------------------------------------------------------------
# Document 01: Cindermoor Uniform Services, Inc. - Form 10-K excerpt
# ---------------------------------------------------------------------------

DOC01 = [
    ("center", "UNITED STATES"),
    ("center", "SECURITIES AND EXCHANGE COMMISSION"),
    ("center", "Washington, D.C. 20549"),
    ("space", 4),
    ("title", "FORM 10-K"),
    ("space", 2),
    ("p", "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("center", "For the fiscal year ended August 30, 2025"),
    ("center", "Commission File Number: 001-38841"),
    ("space", 4),
    ("title", "CINDERMOOR UNIFORM SERVICES, INC."),
    ("center", "(Exact name of registrant as specified in its charter)"),
    ("space", 2),
    ("table", [95, 95], [
        ["Delaware", "61-1827740"],
        ["(State of incorporation)", "(I.R.S. Employer Identification No.)"],
        ["4400 Carew Parkway, Cincinnati, Ohio 45202", "(513) 555-0190"],
    ], 0),
    ("p", "Securities registered pursuant to Section 12(b) of the Act:"),
    ("table", [80, 40, 70], [
        ["Title of each class", "Trading symbol", "Name of exchange"],
        ["Common Stock, par value $0.01 per share", "CDMR", "New York Stock Exchange"],
    ], 1),
    ("p", "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, "
          "a non-accelerated filer or a smaller reporting company. Large accelerated filer [X]"),
    ("p", "As of October 10, 2025, there were 101,482,317 shares of the registrant's common stock outstanding."),
    ("note", "This document reproduces excerpts of the Annual Report on Form 10-K. Items, notes and exhibits "
             "not reproduced below have been omitted."),
    ("break",),
    ("h1", "PART I"),
    ("h1", "Item 1. Business"),
    ("h2", "General"),
    ("p", 'Cindermoor Uniform Services, Inc. ("Cindermoor," the "Company," "we," "us" or "our") rents, sells and '
          "services workplace uniforms, protective and flame-resistant garments, cleanroom apparel and facility "
          "products such as mats, towels and restroom supplies. At August 30, 2025 we served approximately 164,000 "
          "business customer locations in the United States and Canada from 71 industrial laundries, nine cleanroom "
          "processing facilities and 212 route-based distribution locations. Revenues for fiscal 2025 were $3.48 "
          "billion, an increase of 6.9% over fiscal 2024."),
    ("h2", "Technology and Automation"),
    ("p", "Garment rental is a logistics business: each garment we own makes, on average, 38 round trips between "
          "a customer's locker and one of our plants before it is retired. Over the past three fiscal years we have "
          "invested approximately $140 million in ThreadSense, a program that combines ultra-high-frequency RFID "
          "tags sewn into every rental garment, machine-vision inspection stations at soil sort and pack-out, and "
          "machine-learning models that forecast garment wear, predict stop-level demand and flag garments for "
          "repair or replacement. ThreadSense is developed and maintained by our wholly owned subsidiary Cindermoor "
          "Garment Analytics, LLC, which employs approximately 120 data scientists and software engineers in "
          "Cincinnati and Austin."),
    ("p", "ThreadSense models now generate the pick lists for 94% of our route stops. In plants where the vision "
          "stations have been in service for at least twelve months, garment repair cycle time has fallen by 31% "
          "and lost-garment charges to customers have fallen by 22%. We believe these results support our pricing "
          "and customer-retention objectives, but there can be no assurance that the benefits will be sustained or "
          "realized at other plants."),
    ("p", "In fiscal 2025 we also began replacing manual folding of shirts, pants and shop towels at our "
          "highest-volume plants with autonomous folding cells. Foldwise Robotics, Inc. has supplied 46 folding "
          "cells to 14 of our plants, and we expect to install a further 60 cells during fiscal 2026."),
    ("h2", "Customers"),
    ("p", "Our customers range from small service businesses to manufacturers, hospitals, food processors and "
          "technology companies. No single customer accounted for more than 10% of our revenues in fiscal 2025. "
          "Our largest customer in fiscal 2025 was Aldergrove Cloud Services, Inc., to whose U.S. data centers we "
          "supply static-dissipative technician garments, cleanroom coveralls and entrance-mat services. Revenues "
          "from Aldergrove represented approximately 3.1% of total revenues in fiscal 2025 and 2.6% in fiscal 2024."),
    ("p", "In January 2025 we entered into a co-selling agreement with Brightwell Pest Solutions, Inc. under which "
          "the two companies jointly market uniform, hygiene and pest-prevention programs to food-processing and "
          "distribution customers."),
    ("h2", "Suppliers"),
    ("p", "We purchase garments and fabric from domestic and offshore manufacturers and purchase RFID tags, readers "
          "and automation equipment from a limited number of technology vendors. The following table sets forth "
          "our principal suppliers in fiscal 2025:"),
    ("table", [78, 80, 32], [
        ["Supplier", "Products", "% of purchases"],
        ["Hesheng Textile Co., Ltd. (Taiwan)", "Woven fabric and work shirts", "19%"],
        ["Marisol Apparel, S.A. de C.V. (Mexico)", "Pants, coveralls and FR garments", "14%"],
        ["Larchmont RFID Corp.", "UHF garment tags and tunnel readers", "6%"],
    ], 1),
    ("p", "We believe alternative sources are available for most of the products we purchase, although the loss "
          "of either of our two largest suppliers could increase costs for several quarters."),
    ("h2", "Competition"),
    ("p", "The uniform rental and facility services industry is highly competitive. We compete with national "
          "providers such as Ridgeline Workwear Corp. and Stallard Textile Rental Co., with regional and local "
          "operators, and with businesses that purchase and launder their own garments. Competition is based "
          "primarily on service quality, price, garment selection and the ability to serve multi-location "
          "customers."),
    ("h2", "Human Capital"),
    ("p", "At August 30, 2025 we employed approximately 24,600 people, of whom approximately 8,900 were route "
          "sales and service representatives and 12,300 worked in our laundries and cleanroom facilities. "
          "Approximately 11% of our employees are covered by collective bargaining agreements."),
    ("h1", "Item 1A. Risk Factors (excerpt)"),
    ("p", "We depend on a limited number of technology vendors for our automation program. If a vendor of "
          "automation equipment or software, including Foldwise, were to experience financial difficulty or fail "
          "to deliver equipment on schedule, we may be unable to achieve the labor savings we have projected, and "
          "we may be required to record an impairment of our investment."),
    ("p", "Our investment in a privately held company is illiquid. There is no public market for the preferred "
          "stock we hold, and we may be unable to sell it at or above its carrying value."),
    ("h1", "Item 3. Legal Proceedings"),
    ("p", "On June 9, 2025, Stallard Textile Rental Co. filed a complaint against Cindermoor Uniform Services, Inc. "
          "in the U.S. District Court for the Southern District of Ohio alleging that certain features of our "
          "ThreadSense garment-tracking system infringe two Stallard patents. The complaint seeks unspecified "
          "damages and injunctive relief. We believe the claims are without merit and intend to defend the case "
          "vigorously."),
    ("h1", "PART II"),
    ("h1", "Item 7. Management's Discussion and Analysis - Liquidity and Capital Resources (excerpt)"),
    ("p", "Cash provided by operating activities was $512.7 million in fiscal 2025 compared with $468.3 million in "
          "fiscal 2024. Capital expenditures were $231.5 million, including $38.9 million for ThreadSense and plant "
          "automation, and we paid dividends of $118.2 million."),
    ("p", "On October 18, 2024, we amended and restated our credit agreement with Quillon Bank, N.A., as "
          "administrative agent and a lender, which now provides for a $600 million unsecured revolving credit "
          "facility maturing in October 2029. At August 30, 2025, $185.0 million was outstanding under the "
          "facility and we were in compliance with all covenants."),
    ("h1", "Item 9A. Controls and Procedures (excerpt)"),
    ("p", "Calloway & Pruitt LLP, the independent registered public accounting firm that audited the consolidated "
          "financial statements of Cindermoor Uniform Services, Inc. included in this Annual Report, has issued an "
          "attestation report on the effectiveness of our internal control over financial reporting."),
    ("h1", "Notes to Consolidated Financial Statements (excerpts)"),
    ("h2", "Note 6. Investments"),
    ("p", "In March 2025 we invested $30.0 million in cash in the Series C convertible preferred stock of Foldwise "
          "Robotics, Inc., a privately held developer of AI-guided garment folding systems, representing an "
          "ownership interest of approximately 14% on a fully diluted basis. Because the preferred stock is not "
          "in-substance common stock and does not have a readily determinable fair value, we account for it under "
          "the measurement alternative, at cost less impairment and adjusted for observable price changes. No "
          "impairment or observable price changes were recorded in fiscal 2025. Our Chief Operating Officer "
          "attends meetings of the Foldwise board of directors as a non-voting observer."),
    ("h2", "Note 17. Related Party Transactions"),
    ("p", "Because of the board observer arrangement described in Note 6, we consider Foldwise a related party. "
          "During fiscal 2025 we purchased $11.4 million of folding cells and related software subscriptions from "
          "Foldwise Robotics, Inc., compared with $2.3 million in fiscal 2024. At August 30, 2025, amounts payable "
          "to Foldwise were $1.6 million."),
    ("h1", "Exhibit 21.1 - Subsidiaries of Cindermoor Uniform Services, Inc."),
    ("table", [100, 50, 40], [
        ["Name", "Jurisdiction", "Ownership"],
        ["Cindermoor Uniform Services of Canada, ULC", "Nova Scotia", "100%"],
        ["Cindermoor Garment Analytics, LLC", "Delaware", "100%"],
        ["Cindermoor Cleanroom Services, LLC", "Ohio", "100%"],
    ], 1),
]

# ---------------------------------------------------------------------------
# Document 03: Harrowgate Hygiene plc - Annual Report and Accounts excerpt
# ---------------------------------------------------------------------------

DOC03 = [
    ("title", "Harrowgate Hygiene plc"),
    ("center", "Annual Report and Accounts 2025"),
    ("center", "Extracts from the Strategic Report and the Notes to the Financial Statements"),
    ("space", 4),
    ("h1", "Chief Executive's review"),
    ("p", "I am pleased to report another year of progress for Harrowgate. Group revenue for the year ended 30 June "
          "2025 rose 7.4% to £1,212.6 million, adjusted operating profit increased 9.1% to £171.4 million and the "
          "adjusted operating margin improved by 20 basis points to 14.1%. The Board is recommending a final "
          "dividend of 8.6p per share, making 12.9p for the year."),
    ("p", "Technology was the theme of the year. We have spent five years building data into everything we do, "
          "from the RFID tags in our hotel linen to the sensors in our washrooms, and in 2025 that investment began "
          "to change how we compete."),
    ("table", [70, 40, 40, 30], [
        ["Division", "Revenue £m", "Adj. operating profit £m", "Growth"],
        ["Linen and laundry", "512.4", "61.8", "+6.8%"],
        ["Washroom and hygiene", "401.9", "63.0", "+5.2%"],
        ["Pest control", "298.3", "46.6", "+11.6%"],
        ["Group", "1,212.6", "171.4", "+7.4%"],
    ], 1),
    ("h2", "Pest control: from inspection to detection"),
    ("p", "On 14 April 2025 we completed the acquisition of Verminex Detection Ltd, the Cambridge-based developer of "
          "AI-enabled rodent and insect monitoring, for a total consideration of £38.5 million. The devices "
          "photograph and classify activity around the clock and alert our technicians only when action is "
          "needed, which allows us to move customers from fixed-frequency visits to detection-led service. At 30 "
          "June 2025, 41,000 of the devices were installed at customer sites, and we expect to pass 100,000 during "
          "the 2026 financial year."),
    ("p", "Verminex buys its thermal and optical sensor heads from Hoshizora Sensing K.K. of Kyoto under a "
          "three-year supply agreement signed in May 2025."),
    ("h2", "Linen: LinenIQ goes beyond our own plants"),
    ("p", "LinenIQ, our RFID and computer-vision platform for tracking hotel and hospital linen, is now licensed to "
          "third-party laundries for the first time: Tengyao Smart Laundry Co., Ltd. signed a five-year licence in "
          "February 2025 covering its plants in northern Taiwan. The first Tengyao plant went live in June."),
    ("p", "We have also signed a technical cooperation agreement with Kasumiya Linen Supply Co., Ltd. under which "
          "the two companies will share anonymised linen-inspection data and co-develop wash programmes for "
          "healthcare textiles in Japan and the UK."),
    ("p", "In our UK linen business, Pennine Linen Services Limited renewed its seven-year flatwork and towel "
          "contract with Carnmoor Hotels Group Limited, covering 58 hotels across the north of England and "
          "Scotland and worth around £14 million a year."),
    ("h2", "Markets and competition"),
    ("p", "Our principal competitors in UK washroom, linen and pest services remain Selwick Group plc and Arbory "
          "Services plc, together with a large number of regional operators."),
    ("p", "During the year Harrowgate also evaluated an approach for Wychbold Linen Limited, a Midlands "
          "hospital-linen processor, but withdrew from the process in January 2025 after due diligence."),
    ("h2", "People and outlook"),
    ("p", "Our 14,200 colleagues made all of this possible. Technician turnover fell for the second year running, to "
          "21%, and we trained more than 1,900 route colleagues to work with connected devices and handheld "
          "diagnostics. Employee engagement reached 78%, its highest level since we began measuring it."),
    ("p", "Trading in the first weeks of the new financial year has been in line with our expectations. Price "
          "increases have been accepted broadly as planned, energy costs in our laundries have stabilised and the "
          "roll-out of detection-led pest service is ahead of schedule. The Board expects another year of organic "
          "revenue growth in the mid-single digits and further margin progress."),
    ("h1", "Financial review"),
    ("p", "Net debt at 30 June 2025 was £412.8 million, equivalent to 1.7 times adjusted EBITDA, compared with "
          "1.6 times a year earlier; the increase reflects the Verminex acquisition and continued investment in "
          "RFID and sensor estates. Free cash flow was £118.9 million."),
    ("p", "The Group's principal borrowing facility is a £250 million multicurrency revolving credit facility "
          "provided by a syndicate of banks led by Wrenbury Commercial Bank plc, which was extended during the "
          "year so that it now matures in September 2029. The Group also has £275 million of US private placement "
          "notes maturing between 2027 and 2032."),
    ("p", "The Group holds a 40% interest in Dunmore Laundry Partnership LLP, a joint venture laundry in Belfast, "
          "which is accounted for as an associate using the equity method. The Group's share of its profit after "
          "tax was £1.9 million."),
    ("h1", "Note 14. Business combinations"),
    ("p", "Verminex Detection Ltd was acquired on 14 April 2025. The provisional fair values of the assets and "
          "liabilities acquired, and the consideration, are set out below."),
    ("table", [120, 40], [
        ["Consideration", "£m"],
        ["Cash paid on completion", "31.0"],
        ["Deferred consideration (payable April 2026)", "7.5"],
        ["Total consideration", "38.5"],
        ["Intangible assets - technology", "14.2"],
        ["Intangible assets - customer relationships", "3.1"],
        ["Other net liabilities", "(0.4)"],
        ["Goodwill", "21.6"],
    ], 1),
    ("p", "Goodwill represents the assembled engineering workforce and the expected benefit of deploying the "
          "technology across the Group's existing pest-control customer base. Acquisition costs of £1.2 million "
          "were expensed within administrative expenses."),
    ("h1", "Note 31. Principal subsidiaries"),
    ("p", "The principal subsidiaries of Harrowgate Hygiene plc at 30 June 2025 were:"),
    ("table", [66, 40, 58, 26], [
        ["Name", "Incorporated in", "Principal activity", "Holding"],
        ["Pennine Linen Services Limited", "England and Wales", "Linen and laundry services", "100%"],
        ["Harrowgate Pest Services Limited", "England and Wales", "Pest control", "100%"],
        ["Verminex Detection Ltd", "England and Wales", "AI pest monitoring", "100%"],
    ], 1),
    ("h1", "Auditor"),
    ("p", "Fairbairn Lisle LLP have expressed their willingness to continue as auditor of Harrowgate Hygiene plc, "
          "and a resolution to reappoint them will be proposed at the 2025 Annual General Meeting."),
]

# ---------------------------------------------------------------------------
# Document 06: Ruilin Environmental Hygiene Holdings - HKEX announcement (zh-Hant)
# ---------------------------------------------------------------------------

DOC06 = [
    ("note", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，"
             "並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"),
    ("space", 3),
    ("title", "瑞霖環境衛生控股有限公司"),
    ("center", "Ruilin Environmental Hygiene Holdings Limited"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2438）"),
    ("space", 3),
    ("title", "須予披露交易"),
    ("center", "收購南辰環境衛生股份有限公司70%股權"),
    ("space", 3),
    ("h1", "收購事項"),
    ("p", "董事會欣然宣佈，於2025年11月20日（交易時段後），本公司間接全資附屬公司瑞霖害蟲防治（台灣）股份有限公司（「瑞霖台灣」）"
          "與賣方訂立買賣協議，據此，瑞霖台灣有條件同意收購而賣方有條件同意出售南辰環境衛生股份有限公司（「目標公司」）70%股權，"
          "代價為新台幣336,000,000元（相當於約84,000,000港元）。"),
    ("h1", "上市規則涵義"),
    ("p", "由於有關收購事項之一項或多項適用百分比率（定義見上市規則）超過5%但均低於25%，收購事項構成本公司之須予披露交易，"
          "因此須遵守上市規則第14章之申報及公告規定，惟獲豁免遵守股東批准規定。"),
    ("h1", "買賣協議"),
    ("p", "買賣協議之主要條款概述如下："),
    ("p", "日期：2025年11月20日"),
    ("p", "訂約方：(1) 瑞霖台灣（作為買方）；及 (2) 陳建宏先生及林淑芬女士（作為賣方）。"),
    ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，賣方均為獨立於本公司及其關連人士之第三方。"),
    ("h2", "代價及付款條款"),
    ("p", "代價新台幣336,000,000元將由瑞霖台灣按以下方式以現金支付：(i) 新台幣100,800,000元於簽署買賣協議後五個營業日內支付；"
          "及 (ii) 新台幣235,200,000元於完成時支付。"),
    ("p", "代價將以本集團內部資源及華岱商業銀行向瑞霖台灣提供之新台幣200,000,000元定期貸款撥付。"),
    ("p", "代價乃由訂約方經公平磋商後釐定，並已參考（其中包括）獨立估值師衡信評估有限公司以市場法評估南辰環境衛生於2025年9月30日之"
          "全部股權價值新台幣490,000,000元。"),
    ("h2", "先決條件及完成"),
    ("p", "完成須待（其中包括）瑞霖台灣完成對目標公司之盡職審查且結果令其滿意，以及取得所有必要之政府批准後，方可作實。"
          "預期完成將於2026年1月31日或之前落實。"),
    ("p", "完成後，南辰環境衛生將成為本公司之間接非全資附屬公司，其財務業績將併入本集團之綜合財務報表。"),
    ("h1", "有關目標公司之資料"),
    ("p", "目標公司為一間於2006年在台灣註冊成立之公司，主要於高雄市及屏東縣為餐飲、食品加工及物流倉儲客戶提供蟲害管理及"
          "環境衛生服務，擁有約5,400名合約客戶。"),
    ("p", "下表載列目標公司截至2023年及2024年12月31日止兩個年度之經審核財務資料："),
    ("table", [70, 45, 45], [
        ["（新台幣千元）", "2023年", "2024年"],
        ["收益", "268,410", "301,772"],
        ["除稅前溢利", "33,905", "41,260"],
        ["除稅後溢利", "27,124", "33,008"],
    ], 1),
    ("p", "南辰環境衛生於高雄及屏東地區之主要競爭對手包括安柏環境衛生股份有限公司及綠守衛蟲害管理股份有限公司。"),
    ("h1", "有關本集團及瑞霖台灣之資料"),
    ("p", "本集團主要於台灣及香港提供商業及工業蟲害管理、白蟻防治及環境衛生服務。"),
    ("p", "瑞霖害蟲防治（台灣）股份有限公司為本公司之間接全資附屬公司，亦為本集團於台灣之主要營運公司。"),
    ("p", "瑞霖台灣自2024年起向Sentrap Analytics, Inc.採購AI智慧捕鼠及昆蟲監測裝置，截至本公告日期已於超過3,200個客戶據點"
          "完成部署。"),
    ("p", "瑞霖台灣亦為晶捷視覺科技股份有限公司位於新竹及台南之廠區提供無塵室等級之蟲害防治及監測服務。"),
    ("h1", "進行收購事項之理由及裨益"),
    ("p", "收購事項將使本集團得以進入台灣南部市場，並將瑞霖台灣之AI監測設備及數據平台導入目標公司之客戶群。董事預期，"
          "以偵測為導向之服務模式可降低技術人員之巡檢工時並提升客戶續約率。董事（包括獨立非執行董事）認為，買賣協議之條款"
          "屬公平合理，並符合本公司及股東之整體利益。"),
    ("h1", "一般資料"),
    ("p", "於本公告日期，晨曦投資有限公司持有本公司已發行股份約52.3%，為本公司之控股股東。"),
    ("p", "嘉晟融資有限公司已獲本公司委任為收購事項之財務顧問。"),
    ("p", "由於完成須待先決條件獲達成後方可作實，收購事項未必會進行。股東及潛在投資者於買賣本公司股份時務請審慎行事。"),
    ("h1", "釋義"),
    ("p", "於本公告內，除文義另有所指外，下列詞彙具有以下涵義："),
    ("defs", [
        ("「收購事項」", "瑞霖台灣根據買賣協議收購目標公司70%股權"),
        ("「董事會」", "董事會"),
        ("「本公司」", "瑞霖環境衛生控股有限公司，一間於開曼群島註冊成立之有限公司，其股份於聯交所主板上市"),
        ("「完成」", "根據買賣協議之條款及條件完成收購事項"),
        ("「關連人士」", "具有上市規則賦予該詞之涵義"),
        ("「董事」", "本公司董事"),
        ("「本集團」", "本公司及其附屬公司"),
        ("「上市規則」", "聯交所證券上市規則"),
        ("「瑞霖台灣」", "瑞霖害蟲防治（台灣）股份有限公司，一間於台灣註冊成立之股份有限公司，為本公司之間接全資附屬公司"),
        ("「買賣協議」", "瑞霖台灣與賣方於2025年11月20日就收購事項訂立之買賣協議"),
        ("「賣方」", "陳建宏先生及林淑芬女士"),
        ("「聯交所」", "香港聯合交易所有限公司"),
        ("「目標公司」或「南辰環境衛生」", "南辰環境衛生股份有限公司，一間於台灣註冊成立之股份有限公司"),
        ("「新台幣」", "新台幣，台灣法定貨幣"),
        ("「港元」", "港元，香港法定貨幣"),
        ("「%」", "百分比"),
    ]),
    ("p", "於本公告內，新台幣金額已按1.00港元兌新台幣4.00元之匯率換算為港元，僅供說明用途。"),
    ("space", 4),
    ("right", "承董事會命"),
    ("right", "瑞霖環境衛生控股有限公司"),
    ("right", "主席"),
    ("right", "許振邦"),
    ("p", "香港，2025年11月20日"),
    ("note", "於本公告日期，董事會包括執行董事許振邦先生、蔡佩君女士及何志遠先生；以及獨立非執行董事梁家豪先生、"
             "周美玲女士及黃國強先生。"),
]


# ---------------------------------------------------------------------------
# CJK font preparation
# ---------------------------------------------------------------------------


def _to_truetype(font):
    """Replace the CFF outlines of an OpenType font by quadratic glyf outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        width = hmtx[name][0]
        if glyph.numberOfContours:
            glyph.recalcBounds(glyf)
            hmtx[name] = (width, glyph.xMin)
        else:
            hmtx[name] = (width, 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in (
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.recalc(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, out_dir):
    """Subset one face of the Noto CJK collection and save it as a TrueType font."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.desubroutinize = True
    options.layout_features = []
    options.notdef_outline = True
    subsetter = Subsetter(options=options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    _to_truetype(font)
    path = Path(out_dir) / f"noto_cjk_face{face_index}.ttf"
    font.save(str(path))
    return path


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------


class Document(FPDF):
    def __init__(self, running_head, family, page_format="A4"):
        super().__init__(format=page_format)
        self.running_head = running_head
        self.doc_family = family
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 16, 18)

    def header(self):
        self.set_font(self.doc_family, "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.running_head, align="R")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.doc_family, "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def _fit_size(pdf, text, width, size):
    while size > 6 and pdf.get_string_width(text) > width - 2:
        size -= 0.5
        pdf.set_font_size(size)
    return size


def render(pdf, blocks, bold_style, base=10, align="J"):
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "break":
            pdf.add_page()
        elif kind == "space":
            pdf.ln(block[1])
        elif kind == "title":
            pdf.set_font(pdf.doc_family, bold_style, base + 5)
            pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind in ("center", "right"):
            pdf.set_font(pdf.doc_family, "", base)
            pdf.multi_cell(0, 5.5, block[1], align="C" if kind == "center" else "R",
                           new_x="LMARGIN", new_y="NEXT")
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font(pdf.doc_family, bold_style, base + 2)
            pdf.multi_cell(0, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font(pdf.doc_family, bold_style, base + 0.5)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(pdf.doc_family, "", base)
            pdf.multi_cell(0, 5.2, block[1], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "defs":
            pdf.set_font(pdf.doc_family, "", base)
            for term, text in block[1]:
                if pdf.get_y() + 11 > pdf.page_break_trigger:
                    pdf.add_page()
                pdf.cell(44, 5.6, term)
                pdf.multi_cell(0, 5.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            pdf.ln(2)
        elif kind == "note":
            pdf.set_font(pdf.doc_family, "", base - 1.5)
            pdf.multi_cell(0, 4.6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            _, widths, rows, header_rows = block
            if pdf.get_y() + 6.5 * len(rows) > pdf.page_break_trigger:
                pdf.add_page()
            for index, row in enumerate(rows):
                style = bold_style if index < header_rows else ""
                for width, text in zip(widths, row):
                    pdf.set_font(pdf.doc_family, style, base - 1)
                    _fit_size(pdf, text, width, base - 1)
                    pdf.cell(width, 6.5, text, border=1)
                pdf.ln(6.5)
            pdf.ln(3)
        else:
            raise ValueError(f"unknown block kind {kind!r}")


def build_english(path, running_head, blocks, page_format):
    pdf = Document(running_head, "Helvetica", page_format)
    pdf.set_title(running_head)
    render(pdf, blocks, "B")
    pdf.output(str(path))


def build_chinese(path, running_head, blocks, face_index):
    chars = set(running_head) | set("0123456789")
    for block in blocks:
        for part in block[1:]:
            if isinstance(part, str):
                chars.update(part)
            elif isinstance(part, list):
                for row in part:
                    if isinstance(row, (list, tuple)):
                        for cell in row:
                            chars.update(cell)
    tmp_dir = tempfile.mkdtemp(prefix="fresh127_font_")
    try:
        font_path = make_cjk_font(face_index, "".join(sorted(chars)), tmp_dir)
        pdf = Document(running_head, "NotoCJK")
        pdf.add_font("NotoCJK", "", str(font_path))
        pdf.set_title(running_head)
        render(pdf, blocks, "", base=10.5, align="L")
        pdf.output(str(path))
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


def main():
    build_english(
        HERE / "01_Cindermoor_10k.pdf",
        "Cindermoor Uniform Services, Inc. - Annual Report on Form 10-K for fiscal 2025 (excerpt)",
        DOC01,
        "Letter",
    )
    build_english(
        HERE / "03_Harrowgate_annual_report.pdf",
        "Harrowgate Hygiene plc - Annual Report and Accounts 2025",
        DOC03,
        "A4",
    )
    build_chinese(
        HERE / "06_Ruilin_hkex_announcement.pdf",
        "瑞霖環境衛生控股有限公司 - 須予披露交易公告",
        DOC06,
        FACE_TRADITIONAL,
    )
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
