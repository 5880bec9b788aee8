"""Build the three PDF documents of the fresh139 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses one face of NotoSansCJK-Regular.ttc (index 2 = Simplified,
3 = Traditional), subset with fontTools to the characters used, converted from CFF
to TrueType outlines and saved in a temporary directory that is deleted after the
PDFs are written.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HANBIT_PDF = "03_HanbitSignal_annual_report.pdf"
XINGMU_PDF = "04_XingmuMedia_A_share_announcement.pdf"
HARBOURLINE_PDF = "05_HarbourlineMedia_HKEX_announcement.pdf"

# Block kinds: ("title", text), ("sub", text), ("h", text), ("p", text),
# ("small", text), ("right", text), ("table", widths, header, rows), ("break",)

HANBIT = [
    ("title", "Hanbit Signal Co., Ltd."),
    (
        "sub",
        "Annual Report for the Fiscal Year 2024 (Business Report) - English "
        "convenience translation, excerpt",
    ),
    (
        "small",
        "Stock code: 389710 | Head office: 112 Techno 2-ro, Yuseong-gu, Daejeon, "
        "Republic of Korea",
    ),
    (
        "small",
        "This document is an English translation of selected sections of the "
        "Korean-language business report filed on 20 March 2025. In the event of "
        "any discrepancy, the Korean original prevails. Amounts are in Korean won; "
        "KRW bn = billions of won.",
    ),
    ("h", "I. Overview of the Company"),
    (
        "p",
        "Hanbit Signal Co., Ltd. (the \"Company\") was founded in 2009 and designs "
        "and manufactures LED display systems for outdoor advertising, transit and "
        "retail media. Its main products are large-format LED billboard faces, "
        "transparent LED panels for shop windows, and SmartFace controllers, which "
        "estimate the audience in front of a screen on the device itself and report "
        "anonymous counts to media owners and their buyers. In 2024 the Company "
        "recorded revenue of KRW 370.4 billion (up 18.2% year on year) and "
        "operating profit of KRW 29.6 billion. Exports accounted for 71% of revenue.",
    ),
    ("h", "II. Business"),
    ("h", "1. Products and markets"),
    (
        "p",
        "Demand for digital outdoor screens continued to grow in 2024 as media "
        "owners in Europe and Asia converted paper billboards and began to sell "
        "screen time by audience. Sales of SmartFace-equipped faces rose to 62% of "
        "display revenue from 44% in 2023. Average selling prices were broadly "
        "stable, while the cost of LED chips fell by about 6%, supporting a gross "
        "margin of 24.8%.",
    ),
    ("h", "2. Major customers"),
    (
        "p",
        "Sales to the Company's five largest customers accounted for 42.9% of "
        "revenue in 2024. Customers that individually accounted for more than 5% of "
        "revenue are set out below.",
    ),
    (
        "table",
        [52, 18, 50, 30, 24],
        ["Customer", "Country", "Principal products", "Revenue 2024", "Share"],
        [
            [
                "Affichage Lumière SA",
                "France",
                "LED billboard faces",
                "KRW 48.6bn",
                "13.1%",
            ],
            [
                "Daeyang MediaRep Co., Ltd.",
                "Korea",
                "Subway and mall signage",
                "KRW 31.2bn",
                "8.4%",
            ],
            [
                "Hoardline Media Limited",
                "India",
                "LED hoardings",
                "KRW 27.9bn",
                "7.5%",
            ],
        ],
    ),
    (
        "p",
        "Contracts with major customers are generally framework agreements of two "
        "to four years under which individual orders are placed with delivery "
        "schedules of three to nine months. Payment terms range from 60 to 120 "
        "days, and export receivables are insured where the customer has no "
        "investment-grade rating.",
    ),
    ("break",),
    ("h", "3. Raw materials and principal suppliers"),
    (
        "p",
        "LED chips and driver ICs account for approximately 46% of cost of goods "
        "sold. The Company purchases them principally from a single supplier in "
        "China and maintains a qualified second source in Korea for about one fifth "
        "of its requirements. Principal suppliers in 2024 were as follows.",
    ),
    (
        "table",
        [64, 20, 58, 32],
        ["Supplier", "Country", "Items", "Purchases 2024"],
        [
            [
                "Ruiguang Display Technology Co., Ltd.",
                "China",
                "LED chips and driver ICs",
                "KRW 64.0bn",
            ],
            [
                "Daehan Precision Glass Co., Ltd.",
                "Korea",
                "Cover glass and enclosures",
                "KRW 18.7bn",
            ],
        ],
    ),
    ("h", "4. Research and development and licences"),
    (
        "p",
        "Research and development expenditure was KRW 21.8 billion in 2024, or 5.9% "
        "of revenue, of which KRW 4.1 billion was capitalised. The research centre "
        "in Daejeon employs 164 engineers, 38 of whom work on computer vision and "
        "edge inference.",
    ),
    (
        "p",
        "In March 2024 the Company entered into a five-year licence agreement with "
        "Vectorielle SAS of France, under which Vectorielle's audience-estimation "
        "engine is embedded in the Company's SmartFace controllers; licence fees "
        "paid in 2024 amounted to KRW 3.4 billion.",
    ),
    (
        "p",
        "The licence allows the Company's customers to have audience figures "
        "certified to the methodology used by several European media-buying "
        "agencies, which management considers an important advantage in export "
        "markets.",
    ),
    ("h", "5. Competition"),
    (
        "p",
        "The Company's principal competitors in outdoor LED displays are Seoul "
        "Lumen Display Co., Ltd. and Kaiyuan Visual Technology Co., Ltd. of "
        "Shenzhen, both of which have announced AI audience-measurement features "
        "for 2025. The Company competes mainly on image quality in direct sunlight, "
        "energy consumption and the accuracy of its audience estimates.",
    ),
    ("break",),
    ("h", "III. Affiliated Companies and Investments"),
    ("h", "1. Consolidated subsidiaries"),
    (
        "table",
        [66, 24, 54, 30],
        ["Name", "Country", "Principal activity", "Ownership"],
        [
            [
                "Hanbit Signal Vietnam Co., Ltd.",
                "Vietnam",
                "Module assembly",
                "100.0%",
            ],
            [
                "Hanbit Signal Europe SAS",
                "France",
                "Sales and installation",
                "100.0%",
            ],
        ],
    ),
    (
        "p",
        "Hanbit Signal Vietnam Co., Ltd. assembles LED modules for the European and "
        "Indian markets at its plant in Bac Ninh. Hanbit Signal Europe SAS, based "
        "in Lyon, sells and installs the Company's products in France, Belgium and "
        "Switzerland.",
    ),
    ("h", "2. Investments in other entities"),
    (
        "p",
        "On 14 October 2024 the Company acquired newly issued convertible preferred "
        "shares of Jinseong Vision AI Inc. for KRW 6.0 billion, giving it a 12.5% "
        "interest on a fully diluted basis.",
    ),
    (
        "p",
        "Jinseong Vision AI Inc. develops computer-vision models for pedestrian "
        "counting and attention measurement. The investment is accounted for at "
        "fair value through profit or loss, and no fair value change was recognised "
        "in 2024.",
    ),
    (
        "table",
        [66, 36, 30, 42],
        ["Investee", "Book value", "Interest", "Purpose"],
        [["Jinseong Vision AI Inc.", "KRW 6.0bn", "12.5%", "Strategic (AI vision)"]],
    ),
    ("h", "3. Borrowings"),
    (
        "p",
        "The Company has a KRW 40.0 billion facility agreement with Hanul Bank, of "
        "which KRW 22.5 billion was drawn at 31 December 2024, bearing interest at "
        "the 91-day CD rate plus 1.35%. The facility matures in June 2027 and "
        "contains a covenant limiting net debt to three times EBITDA.",
    ),
    ("break",),
    ("h", "IV. Other Matters"),
    ("h", "1. Litigation"),
    (
        "p",
        "On 9 September 2024, Seoul Lumen Display Co., Ltd. filed a suit against "
        "Hanbit Signal Co., Ltd. in the Seoul Central District Court alleging "
        "infringement of two patents relating to pixel-level brightness calibration.",
    ),
    (
        "p",
        "The Company believes the claims are without merit, has filed petitions to "
        "invalidate both patents and has not recognised a provision. The amount "
        "claimed is KRW 8.2 billion.",
    ),
    ("h", "2. External auditor"),
    (
        "p",
        "Dongbang Accounting Corporation has audited the financial statements of "
        "Hanbit Signal Co., Ltd. since fiscal year 2021 and issued an unqualified "
        "opinion on the 2024 financial statements.",
    ),
    (
        "p",
        "Audit fees for 2024 were KRW 412 million. No non-audit services were "
        "provided by the auditor during the year.",
    ),
    ("h", "3. Subsequent events"),
    (
        "p",
        "In January 2025 the board of directors approved a KRW 15.0 billion "
        "capacity expansion at the Vietnam plant, which is expected to raise module "
        "output by 40% from the fourth quarter of 2025. In February 2025 the board "
        "resolved to pay a cash dividend of KRW 250 per common share.",
    ),
]

XINGMU = [
    ("small", "证券代码：301587　　　　证券简称：星幕传媒　　　　公告编号：2025-047"),
    ("title", "星幕传媒股份有限公司"),
    ("title", "关于对外投资暨关联交易的公告"),
    (
        "small",
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误"
        "导性陈述或重大遗漏。",
    ),
    ("h", "一、对外投资暨关联交易概述"),
    (
        "p",
        "1、星幕传媒股份有限公司（以下简称“公司”或“星幕传媒”）于2025年8月26日召开第"
        "三届董事会第十九次会议，审议通过了《关于对外投资暨关联交易的议案》，同意公"
        "司以人民币8,000万元认购杭州云眸智能科技有限公司（以下简称“云眸智能”）新增注"
        "册资本160.00万元，本次增资完成后，公司将持有云眸智能16.00%的股权。",
    ),
    (
        "p",
        "2、公司董事、副总经理陈立衡先生现任云眸智能董事，根据《创业板股票上市规则》"
        "的相关规定，云眸智能为公司的关联法人，本次交易构成关联交易。关联董事陈立衡"
        "先生已回避表决，该议案已经公司独立董事专门会议审议通过。",
    ),
    (
        "p",
        "3、本次增资款中人民币5,000万元来源于浦申银行股份有限公司向公司提供的并购贷"
        "款，其余为公司自有资金。",
    ),
    (
        "p",
        "4、本次交易在董事会审批权限范围内，无需提交股东大会审议，不构成《上市公司重"
        "大资产重组管理办法》规定的重大资产重组。",
    ),
    ("h", "二、关联方基本情况"),
    (
        "p",
        "1、名称：杭州云眸智能科技有限公司；统一社会信用代码：91330108MA7K2Q5X3N；类"
        "型：有限责任公司；法定代表人：周沐阳；注册资本：840.00万元人民币；成立日期"
        "：2019年6月12日；住所：浙江省杭州市滨江区江虹路1888号7幢；经营范围：人工智"
        "能应用软件开发；计算机视觉系统集成；智能终端设备研发与销售；数据处理服务。",
    ),
    (
        "p",
        "2、主要财务数据：截至2024年12月31日，云眸智能总资产18,630.52万元，净资产9,7"
        "02.18万元；2024年度实现营业收入12,316.47万元，净利润-862.40万元（经审计）。"
        "截至2025年6月30日，总资产19,214.06万元，净资产9,255.73万元；2025年1-6月营业"
        "收入6,842.91万元，净利润-446.45万元（未经审计）。",
    ),
    ("p", "3、经查询，云眸智能不是失信被执行人。"),
    ("break",),
    ("h", "三、关联交易标的基本情况"),
    ("p", "本次增资前后，云眸智能的股权结构如下（出资额单位：万元人民币）："),
    (
        "table",
        [62, 28, 26, 28, 26],
        ["股东名称", "增资前出资额", "增资前比例", "增资后出资额", "增资后比例"],
        [
            ["周沐阳", "436.80", "52.00%", "436.80", "43.68%"],
            [
                "杭州栖云创业投资合伙企业（有限合伙）",
                "201.60",
                "24.00%",
                "201.60",
                "20.16%",
            ],
            [
                "宁波瞳芯企业管理合伙企业（有限合伙）",
                "201.60",
                "24.00%",
                "201.60",
                "20.16%",
            ],
            ["星幕传媒股份有限公司", "—", "—", "160.00", "16.00%"],
            ["合计", "840.00", "100.00%", "1,000.00", "100.00%"],
        ],
    ),
    (
        "p",
        "除上述关联关系外，杭州栖云创业投资合伙企业（有限合伙）与星幕传媒及公司控股"
        "股东、实际控制人、董事、监事、高级管理人员均不存在关联关系。",
    ),
    (
        "p",
        "云眸智能曾于2024年与天衢数字媒体集团有限公司洽谈战略投资事宜，但双方未达成"
        "协议。",
    ),
    ("h", "四、交易的定价政策及定价依据"),
    (
        "p",
        "本次交易经具有证券期货相关业务资格的评估机构以2025年6月30日为评估基准日，采"
        "用收益法对云眸智能股东全部权益价值进行评估，评估值为人民币42,350万元。经交"
        "易各方协商，本次增资投前估值确定为人民币42,000万元，与评估值不存在重大差异"
        "，定价公允、合理，不存在损害公司及全体股东利益的情形。",
    ),
    ("h", "五、增资协议的主要内容"),
    (
        "p",
        "甲方：星幕传媒股份有限公司；乙方：杭州云眸智能科技有限公司；丙方：周沐阳。",
    ),
    (
        "p",
        "1、增资金额及支付：甲方认购乙方新增注册资本160.00万元，溢价部分7,840.00万元"
        "计入乙方资本公积。首期增资款4,000万元于协议生效后10个工作日内支付，剩余4,00"
        "0万元于工商变更登记完成后10个工作日内支付。",
    ),
    (
        "p",
        "2、公司治理：增资完成后乙方董事会由5名董事组成，甲方有权提名1名董事。甲方享"
        "有优先认购权、反稀释权及共同出售权。",
    ),
    ("p", "3、协议生效：协议经各方签字盖章并经甲方董事会审议通过后生效。"),
    ("break",),
    ("h", "六、与该关联人累计已发生的各类关联交易情况"),
    (
        "p",
        "2025年年初至本公告披露日，公司与云眸智能累计已发生的各类关联交易总金额为2,5"
        "45.70万元，具体如下：",
    ),
    (
        "table",
        [30, 28, 76, 40],
        ["关联交易类别", "关联人", "交易内容", "发生金额"],
        [
            ["采购商品", "云眸智能", "AI受众识别终端及算法授权", "2,360.50万元"],
            ["接受劳务", "云眸智能", "算法运维服务", "185.20万元"],
        ],
    ),
    ("h", "七、本次交易的目的和对公司的影响"),
    (
        "p",
        "云眸智能的受众识别终端目前已部署于公司在上海、杭州、南京等城市的约6,200块户"
        "外数字屏幕，与瑞光显示科技股份有限公司供应的LED显示屏配套运行。",
    ),
    (
        "p",
        "公司全资子公司上海星幕数字广告有限公司负责上述屏幕的程序化售卖，聚采传播集"
        "团有限公司为其2024年度第一大客户。",
    ),
    (
        "p",
        "此外，公司自2024年起向香港的点睛数据有限公司授权户外点位客流数据，2025年1-7"
        "月确认数据授权收入人民币1,120万元。",
    ),
    (
        "p",
        "本次投资完成后，云眸智能的受众数据将与公司点位数据打通，有助于公司按受众而"
        "非按点位售卖屏幕时段，提升数字屏幕的单位售价。",
    ),
    (
        "p",
        "目前，晨光户外传媒股份有限公司、天衢数字媒体集团有限公司等同行业公司亦在加"
        "快布局AI受众识别技术，行业竞争日趋激烈。",
    ),
    ("h", "八、保荐机构核查意见"),
    (
        "p",
        "保荐机构华程证券股份有限公司经核查认为，星幕传媒本次对外投资暨关联交易事项"
        "已经公司董事会审议通过，关联董事已回避表决，决策程序符合相关规定。",
    ),
    ("h", "九、风险提示"),
    (
        "p",
        "云眸智能目前尚处于亏损状态，其业务发展受技术迭代、行业政策及市场竞争等因素"
        "影响，存在投资收益不及预期的风险。敬请广大投资者注意投资风险。",
    ),
    ("h", "十、备查文件"),
    (
        "p",
        "1、第三届董事会第十九次会议决议；2、独立董事专门会议审查意见；3、增资协议；"
        "4、资产评估报告。",
    ),
    ("p", "特此公告。"),
    ("right", "星幕传媒股份有限公司董事会"),
    ("right", "2025年8月27日"),
]

HARBOURLINE = [
    ("title", "港灣媒體控股有限公司"),
    ("title", "HARBOURLINE MEDIA HOLDINGS LIMITED"),
    ("small", "（於開曼群島註冊成立之有限公司）"),
    ("small", "（股份代號：2739）"),
    ("title", "須予披露交易"),
    ("title", "收購點睛數據有限公司全部已發行股本"),
    ("h", "收購事項"),
    (
        "p",
        "董事會欣然宣佈，於2025年9月3日（交易時段後），本公司全資附屬公司港灣戶外廣"
        "告有限公司（「買方」）與凌雲資本有限公司及周嘉俊先生（統稱「賣方」）訂立買"
        "賣協議，據此，買方有條件同意收購而賣方有條件同意出售點睛數據有限公司（「目"
        "標公司」）全部已發行股本，總代價為港幣186,000,000元。",
    ),
    ("h", "上市規則之涵義"),
    (
        "p",
        "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）高於5%但"
        "全部低於25%，收購事項構成本公司之須予披露交易，因此須遵守上市規則第14章之申"
        "報及公告規定，惟獲豁免遵守股東批准之規定。",
    ),
    ("h", "買賣協議"),
    ("p", "日期：2025年9月3日"),
    (
        "p",
        "訂約方：(i) 買方：港灣戶外廣告有限公司；及 (ii) 賣方：凌雲資本有限公司及周"
        "嘉俊先生。",
    ),
    (
        "p",
        "據董事作出一切合理查詢後所深知、盡悉及確信，凌雲資本有限公司及其最終實益擁"
        "有人均為獨立於港灣媒體及其關連人士之第三方。",
    ),
    (
        "p",
        "將予收購之股份：於本公告日期，目標公司由凌雲資本有限公司持有60%及由周嘉俊先"
        "生持有40%。",
    ),
    (
        "p",
        "代價及支付方式：代價港幣186,000,000元須由買方按以下方式以現金支付：(a) 港幣"
        "55,800,000元（即代價之30%）於簽訂買賣協議時支付作為按金；及 (b) 餘額港幣130"
        ",200,000元於完成時支付。",
    ),
    (
        "p",
        "代價將以本集團內部資源及德輔銀行有限公司向買方提供之港幣120,000,000元三年期"
        "定期貸款撥付。",
    ),
    (
        "p",
        "代價基準：代價乃由買方與賣方經公平磋商後釐定，當中已考慮（其中包括）目標集"
        "團之歷史財務表現、其客戶基礎及數據資產，以及從事戶外廣告數據業務之可資比較"
        "公司之市盈率。",
    ),
    ("break",),
    (
        "p",
        "先決條件：完成須待（其中包括）(i) 買方信納對目標集團之盡職審查結果；(ii) 賣"
        "方之保證於完成時仍屬真實及準確；及 (iii) 取得所有必要之第三方同意後，方可作"
        "實。預期完成將於2025年10月31日或之前落實。",
    ),
    ("h", "有關目標集團之資料"),
    (
        "p",
        "目標公司為一間於2018年在香港註冊成立之有限公司，主要透過其全資附屬公司點睛"
        "數據（深圳）有限公司從事戶外廣告受眾分析及AI投放優化業務。",
    ),
    (
        "p",
        "下表載列目標集團截至2023年及2024年12月31日止兩個年度之未經審核綜合財務資料"
        "：",
    ),
    (
        "table",
        [58, 58, 58],
        ["截至12月31日止年度", "2023年", "2024年"],
        [
            ["收益", "港幣41,620,000元", "港幣58,930,000元"],
            ["除稅前溢利", "港幣6,140,000元", "港幣11,270,000元"],
            ["除稅後溢利", "港幣5,080,000元", "港幣9,350,000元"],
        ],
    ),
    ("p", "於2025年6月30日，目標集團之未經審核資產淨值約為港幣47,600,000元。"),
    (
        "p",
        "自2023年起，目標公司一直為港灣戶外提供機場及鐵路站燈箱受眾分析服務，截至202"
        "5年6月30日止六個月之服務費約為港幣4,300,000元。",
    ),
    ("h", "有關本集團、買方及賣方之資料"),
    (
        "p",
        "本集團主要於香港及澳門從事戶外廣告業務，擁有超過6,800個燈箱、數碼屏幕及大型"
        "廣告牌。買方為一間於香港註冊成立之有限公司，為本公司之全資附屬公司，主要從"
        "事戶外廣告位之銷售及營運。凌雲資本有限公司為一間於英屬處女群島註冊成立之投"
        "資控股公司，由黃志朗先生最終實益擁有。",
    ),
    ("break",),
    ("h", "進行收購事項之理由及裨益"),
    (
        "p",
        "本集團於2024年與星幕傳媒股份有限公司訂立戰略合作框架協議，於粵港澳大灣區聯"
        "合銷售跨境戶外廣告資源。",
    ),
    (
        "p",
        "根據該框架協議，星幕傳媒向港灣戶外採購香港國際機場及西九龍站之燈箱廣告位，"
        "截至2025年6月30日止六個月之採購額約為港幣9,800,000元。",
    ),
    (
        "p",
        "董事會相信，收購事項將使本集團能夠按受眾而非按位置出售廣告資源，並將目標集"
        "團之AI分析能力應用於本集團全部數碼屏幕。",
    ),
    (
        "p",
        "董事會於物色收購目標時亦曾考慮視野科技有限公司，惟經比較後認為點睛數據之數"
        "據覆蓋及客戶基礎更切合本集團需要。",
    ),
    ("p", "卓峰融資有限公司已獲港灣媒體委任為收購事項之財務顧問。"),
    (
        "p",
        "董事（包括獨立非執行董事）認為，買賣協議之條款屬公平合理，按一般商業條款訂"
        "立，並符合本公司及股東之整體利益。",
    ),
    (
        "p",
        "由於收購事項須待買賣協議之先決條件獲達成後方告完成，收購事項未必一定會進行"
        "。股東及潛在投資者於買賣本公司證券時務請審慎行事。",
    ),
    ("h", "釋義"),
    (
        "table",
        [30, 144],
        ["詞彙", "涵義"],
        [
            [
                "「本公司」",
                "港灣媒體控股有限公司，於開曼群島註冊成立之有限公司，其股份於主板上"
                "市",
            ],
            [
                "「買方」",
                "港灣戶外廣告有限公司，一間於香港註冊成立之有限公司，為本公司之全資"
                "附屬公司",
            ],
            ["「目標公司」", "點睛數據有限公司，一間於香港註冊成立之有限公司"],
            ["「目標集團」", "目標公司及其全資附屬公司點睛數據（深圳）有限公司"],
            ["「賣方」", "凌雲資本有限公司及周嘉俊先生"],
        ],
    ),
    ("p", "承董事會命"),
    ("p", "港灣媒體控股有限公司"),
    ("p", "主席 梁家豪"),
    ("p", "香港，2025年9月3日"),
    (
        "small",
        "於本公告日期，董事會由執行董事梁家豪先生、何詠詩女士及鄭浩然先生，以及獨立"
        "非執行董事陳德明先生、林嘉欣女士及蘇永康先生組成。",
    ),
]


def block_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(block[2])
            for row in block[3]:
                parts.extend(row)
        elif block[0] != "break":
            parts.append(block[1])
    return "".join(parts)


def cjk_font(index, text, out_dir):
    """Subset face `index` of the CJK collection to `text`; CFF -> glyf; save a .ttf."""
    font = TTFont(CJK_TTC, fontNumber=index, lazy=False)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = Path(out_dir) / f"cjk_face{index}.ttf"
    font.save(str(path))
    return str(path)


class Doc(FPDF):
    def __init__(self, footer_text, family):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.footer_family = family
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.footer_family, size=7.5)
        self.cell(0, 5, self.footer_text.format(n=self.page_no()), align="C")


def render(pdf, blocks, family, bold_style, cjk):
    line = 6.2 if cjk else 5.0
    for block in blocks:
        kind = block[0]
        if kind == "break":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(family, bold_style, 14 if cjk else 15)
            pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sub":
            pdf.set_font(family, "", 10.5)
            pdf.multi_cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font(family, "", 8.5)
            height = 5.4 if cjk else 4.6
            align = "C" if cjk else "L"
            pdf.multi_cell(
                0, height, block[1], align=align, new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(1.5)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(family, bold_style, 11 if not cjk else 11.5)
            pdf.multi_cell(0, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(family, "", 9.5 if not cjk else 10)
            pdf.multi_cell(0, line, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif kind == "right":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(
                0, line, block[1], align="R", new_x="LMARGIN", new_y="NEXT"
            )
        elif kind == "table":
            widths, header, rows = block[1], block[2], block[3]
            if sum(widths) > pdf.epw + 0.01:
                raise ValueError(f"table wider than page: {header}")
            size = 8 if cjk else 8.3
            pdf.ln(1)
            for is_header, cells in [(True, header)] + [(False, r) for r in rows]:
                pdf.set_font(family, bold_style if is_header else "", size)
                for width, cell in zip(widths, cells, strict=True):
                    if pdf.get_string_width(cell) > width - 2:
                        raise ValueError(f"cell too wide: {cell}")
                    pdf.cell(width, 6.4, cell, border=1)
                pdf.ln(6.4)
            pdf.ln(2.5)
        else:
            raise ValueError(kind)


def build_english(name, blocks, footer_text):
    pdf = Doc(footer_text, "DejaVu")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.add_page()
    render(pdf, blocks, "DejaVu", "B", cjk=False)
    pdf.output(str(HERE / name))
    return pdf.page_no()


def build_cjk(name, blocks, index, footer_text, tmp):
    text = block_text(blocks) + footer_text + "0123456789 "
    path = cjk_font(index, "".join(sorted(set(text))), tmp)
    pdf = Doc(footer_text, "NotoCJK")
    pdf.add_font("NotoCJK", "", path)
    pdf.add_page()
    render(pdf, blocks, "NotoCJK", "", cjk=True)
    pdf.output(str(HERE / name))
    return pdf.page_no()


def main():
    tmp = tempfile.mkdtemp(prefix="fresh139_fonts_")
    hanbit_footer = "Hanbit Signal Co., Ltd. - Annual Report 2024 - page {n}"
    try:
        pages = {
            HANBIT_PDF: build_english(HANBIT_PDF, HANBIT, hanbit_footer),
            XINGMU_PDF: build_cjk(XINGMU_PDF, XINGMU, 2, "第{n}页", tmp),
            HARBOURLINE_PDF: build_cjk(HARBOURLINE_PDF, HARBOURLINE, 3, "第{n}頁", tmp),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name, count in pages.items():
        print(f"{name}: {count} pages")


if __name__ == "__main__":
    main()
