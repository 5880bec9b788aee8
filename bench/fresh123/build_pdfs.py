"""Build the three PDF documents of the fresh123 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses one face of NotoSansCJK-Regular.ttc (index 2 = Simplified,
index 3 = Traditional). fpdf2 cannot read the collection, so the face is
subset to the characters actually used, its CFF outlines are converted to
TrueType quadratic outlines with cu2quPen, the result is saved to a temporary
directory, registered with add_font, and the directory is deleted afterwards.
"""

import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2
TC_INDEX = 3


# ---------------------------------------------------------------------------
# Document 01 - HKEX announcement, Traditional Chinese
# ---------------------------------------------------------------------------

DOC01 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，"
              "並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("gap", 4),
    ("center", "LOTUS CROWN RESORTS LIMITED", 13),
    ("center", "蓮冠度假村有限公司", 15),
    ("center", "（於開曼群島註冊成立之有限公司）", 9),
    ("center", "（股份代號：2877）", 9),
    ("gap", 4),
    ("center", "須予披露交易", 12),
    ("center", "認購CARDINAL VISION ANALYTICS, INC.之C系列優先股", 12),
    ("center", "及", 12),
    ("center", "自願公告：附屬公司之銀行融資及人工智能牌桌系統採購", 12),
    ("gap", 3),
    ("head", "認購事項"),
    ("para", "董事會欣然宣佈，於二零二四年五月二十日（交易時段後），本公司與Cardinal Vision Analytics, Inc.（「Cardinal Vision」）"
             "訂立認購協議，據此本公司有條件同意以總代價36,000,000美元認購Cardinal Vision之C系列優先股。"),
    ("head", "認購協議之主要條款"),
    ("para", "日期：二零二四年五月二十日"),
    ("para", "訂約方：(i) 本公司（作為認購方）；及 (ii) Cardinal Vision（作為發行人）"),
    ("para", "代價及付款：認購價將以本集團內部資源以現金分兩期支付，其中60%於完成時支付，餘下40%於Cardinal Vision之牌桌分析系統"
             "取得澳門博彩監察協調局技術認證後十個營業日內支付。"),
    ("para", "先決條件：完成須待（其中包括）取得所有必要之監管批准及Cardinal Vision現有優先股股東放棄其優先認購權後，方可作實。"),
    ("para", "緊隨完成後，本公司將按全面攤薄基準持有Cardinal Vision已發行股本約11.8%，Cardinal Vision不會成為本公司之附屬公司，"
             "其財務業績亦不會併入本集團之綜合財務報表。"),
    ("head", "有關Cardinal Vision之資料"),
    ("para", "Cardinal Vision為一間於美國特拉華州註冊成立之公司，主要從事開發以電腦視覺及機器學習為基礎之牌桌分析、負責任博彩預警"
             "及反洗錢監察軟件，客戶包括北美洲及澳洲之娛樂場及彩票營運商。根據Cardinal Vision之未經審核管理賬目，其截至二零二三年"
             "十二月三十一日止年度之收益約為41,200,000美元，除稅前虧損約為9,600,000美元。"),
    ("para", "據董事所知，澳門另一綜合度假村營運商金鷺度假村有限公司亦正於其路氹物業測試類似之牌桌監察技術，惟Cardinal Vision並非其供應商。"),
    ("head", "進行認購事項之理由及裨益"),
    ("para", "本集團致力以科技提升旗下娛樂場之營運效率、合規水平及客戶體驗。董事相信，以人工智能分析賭枱下注模式、籌碼流向及玩家行為，"
             "可協助本集團更及早識別異常交易及問題賭博跡象，並回應澳門特別行政區政府對負責任博彩之最新要求。"),
    ("para", "此外，本公司之全資附屬公司蓮冠科技服務（澳門）有限公司（「蓮冠科技」）將與Cardinal Vision於路氹成立聯合研發實驗室，"
             "共同開發適用於百家樂及骰寶玩法之負責任博彩預警模型。"),
    ("para", "董事（包括獨立非執行董事）認為，認購協議之條款乃經公平磋商後按一般商業條款訂立，屬公平合理，且符合本公司及股東之整體利益。"),
    ("head", "附屬公司之銀行融資"),
    ("para", "董事會進一步宣佈，於二零二四年五月二十日，翠港娛樂股份有限公司（「翠港娛樂」）作為借款人與蘭灣銀行股份有限公司"
             "（「蘭灣銀行」）作為貸款人訂立融資協議，據此蘭灣銀行同意向翠港娛樂提供總額為港幣3,200,000,000元之五年期有期貸款融資。"),
    ("para", "翠港娛樂為本公司之全資附屬公司，持有澳門特別行政區政府批給之娛樂場幸運博彩經營批給。"),
    ("para", "融資所得款項將用作償還現有銀行借款、翻新旗下娛樂場之中場區域及撥付人工智能系統之資本開支。本公司將就翠港娛樂於融資協議"
             "項下之責任提供公司擔保。"),
    ("head", "人工智能牌桌系統採購"),
    ("para", "於二零二四年五月二十日，翠港娛樂與Cardinal Vision訂立軟件授權及服務協議，據此Cardinal Vision將就翠港娛樂旗下娛樂場"
             "約420張賭枱提供人工智能牌桌分析系統之軟件授權、安裝及維護服務，首三年之服務費總額上限為8,500,000美元。"),
    ("para", "翠港娛樂亦已向福爾摩沙幸運（澳門）有限公司（「福爾摩沙澳門」）採購智能籌碼識別感應器及電子牌靴，"
             "合約金額為港幣46,800,000元。"),
    ("para", "福爾摩沙澳門為福爾摩沙幸運科技股份有限公司（一間於臺灣證券交易所上市之公司，股票代號：6792）之全資附屬公司。"),
    ("para", "由於軟件授權及服務協議及上述採購之交易對手方均為獨立第三方，有關交易並不構成上市規則第14A章項下之關連交易，"
             "本公司乃自願作出本公告，以便股東及潛在投資者知悉本集團之最新業務發展。"),
    ("head", "澄清傳媒報道"),
    ("para", "董事會注意到近日有傳媒報道指蓮冠度假村正就收購Silverpine Casinos Corp.旗下之美國物業進行磋商；董事會謹此澄清，"
             "本公司並無與Silverpine Casinos Corp.進行任何有關磋商，亦未訂立任何協議。"),
    ("head", "上市規則之涵義"),
    ("para", "由於有關認購事項之一項或多項適用百分比率（定義見上市規則）超過5%但全部低於25%，認購事項構成本公司之須予披露交易，"
             "須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准之規定。"),
    ("para", "城堡角證券（亞洲）有限公司擔任蓮冠度假村有關認購事項之財務顧問，何韋律師行則擔任其香港法律顧問。"),
    ("head", "本公司之股權架構"),
    ("para", "於本公告日期，本公司之主要股東及其持股情況如下："),
    ("table", [["股東名稱", "所持股份數目", "佔已發行股份總數概約百分比"],
               ["珠江口控股有限公司", "2,915,000,000", "58.30%"],
               ["其他公眾股東", "2,085,000,000", "41.70%"],
               ["總計", "5,000,000,000", "100.00%"]], [60, 45, 65]),
    ("gap", 2),
    ("para", "股東及潛在投資者務請注意，認購事項須待若干先決條件達成後方告完成，因此未必會進行。股東及潛在投資者於買賣本公司證券時，"
             "務請審慎行事。"),
    ("gap", 3),
    ("right", "承董事會命"),
    ("right", "蓮冠度假村有限公司"),
    ("right", "主席"),
    ("right", "何嘉朗"),
    ("gap", 2),
    ("para", "香港，二零二四年五月二十日"),
    ("small", "於本公告日期，董事會包括執行董事何嘉朗先生、梁詠珊女士及陳俊文先生；以及獨立非執行董事歐陽啟明先生、"
              "黃美玲女士及司徒家豪先生。"),
]


# ---------------------------------------------------------------------------
# Document 02 - A-share announcement, Simplified Chinese
# ---------------------------------------------------------------------------

DOC02 = [
    ("small", "证券代码：300917　　　　证券简称：智彩科技　　　　公告编号：2024-037"),
    ("gap", 4),
    ("center", "深圳智彩科技股份有限公司", 15),
    ("center", "关于向全资子公司增资、2024年度日常关联交易预计", 12),
    ("center", "及签订银行综合授信合同的公告", 12),
    ("gap", 3),
    ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("gap", 2),
    ("head", "重要内容提示："),
    ("para", "1. 公司拟以自有资金向全资子公司增资，本次增资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("para", "2. 本次日常关联交易预计事项尚需提交公司2023年年度股东大会审议，关联股东将回避表决。"),
    ("para", "3. 本次境外投资尚需取得深圳市发展和改革委员会、深圳市商务局的备案及银行外汇登记，存在一定不确定性。"),
    ("head", "一、向全资子公司增资事项概述"),
    ("para", "（一）基本情况"),
    ("para", "深圳智彩科技股份有限公司（以下简称“公司”或“智彩科技”）于2024年4月25日召开第三届董事会第十九次会议，"
             "审议通过了《关于向全资子公司增资的议案》，同意公司以自有资金人民币24,000万元向全资子公司智彩科技（香港）有限公司"
             "（以下简称“智彩香港”）增资。"),
    ("para", "（二）增资标的基本情况"),
    ("para", "1. 公司名称：智彩科技（香港）有限公司"),
    ("para", "2. 注册地：香港特别行政区；成立日期：2017年8月9日"),
    ("para", "3. 主营业务：智能彩票终端及AI风控软件的海外销售、技术服务及投资控股"),
    ("para", "4. 股权结构：智彩香港为公司全资子公司，公司持有其100%股权，本次增资前后股权结构不变。"),
    ("para", "5. 最近一年又一期主要财务数据："),
    ("table", [["项目（万元）", "2023年12月31日/2023年度", "2024年3月31日/2024年1-3月"],
               ["资产总额", "58,412.77", "61,035.20"],
               ["净资产", "21,336.05", "22,108.64"],
               ["营业收入", "35,790.18", "9,862.41"],
               ["净利润", "3,215.66", "772.59"]], [40, 65, 65]),
    ("small", "注：2023年度数据已经审计，2024年1-3月数据未经审计。"),
    ("para", "（三）增资目的及对公司的影响"),
    ("para", "本次增资资金主要用于智彩香港在澳大利亚、东南亚等海外市场交付智能彩票终端及AI风控软件、扩充本地化技术服务团队以及补充营运资金。"),
    ("para", "截至本公告披露日，智彩香港持有澳大利亚证券交易所上市公司Southern Cross Wagering Group Limited"
             "（以下简称“南十字集团”）4.60%的股份，为其第三大股东。"),
    ("para", "公司注意到，深圳鸿彩信息技术有限公司近期亦参与了南十字集团新西兰市场项目的供应商遴选，目前该遴选结果尚未公布。"),
    ("para", "（四）风险提示"),
    ("para", "海外彩票市场受当地监管政策影响较大，本次增资存在境外经营、汇率波动及市场竞争等风险。此外，公司关键原材料供应相对集中："
             "公司智能彩票终端所使用的液晶显示模组主要向淡水精密电子股份有限公司采购，2023年度采购金额为人民币6,215.48万元。"),
    ("para", "终端内置的AI边缘推理芯片则主要由日本风乘电子株式会社供应，公司已与其签订三年期框架采购协议。"),
    ("head", "二、2024年度日常关联交易预计"),
    ("para", "（一）日常关联交易概述"),
    ("para", "根据业务发展需要，公司预计2024年度向关联方广东粤彩运营服务有限公司（以下简称“粤彩运营”）销售彩票终端及AI风控系统"
             "并提供运维服务，日常关联交易总金额不超过人民币8,600万元。"),
    ("para", "公司于2024年4月25日召开第三届董事会第十九次会议审议通过该议案，关联董事王立新先生已回避表决。"),
    ("para", "（二）预计日常关联交易类别和金额"),
    ("table", [["关联交易类别", "关联人", "关联交易内容", "2024年预计", "2023年实际"],
               ["向关联人销售产品", "粤彩运营", "彩票终端及风控系统", "7,800.00", "5,912.36"],
               ["向关联人提供劳务", "粤彩运营", "终端运维服务", "800.00", "643.20"],
               ["合计", "-", "-", "8,600.00", "6,555.56"]], [38, 26, 42, 32, 32]),
    ("small", "注：金额单位为人民币万元，2023年实际发生金额已经审计。"),
    ("para", "（三）关联方介绍和关联关系"),
    ("para", "1. 基本情况：广东粤彩运营服务有限公司成立于2015年，注册资本人民币10,000万元，法定代表人陈国栋，住所为广州市天河区，"
             "主营业务为彩票销售渠道运营及终端运维服务。截至2023年12月31日，其总资产人民币38,206.14万元，净资产人民币15,874.90万元。"),
    ("para", "2. 关联关系：粤彩运营为公司控股股东深圳智远投资控股有限公司（以下简称“智远投资”）的控股子公司，符合《深圳证券交易所"
             "创业板股票上市规则》规定的关联关系情形。"),
    ("para", "截至本公告披露日，智远投资持有公司32.15%的股份，为公司控股股东。"),
    ("para", "3. 履约能力分析：粤彩运营依法存续且经营正常，财务状况良好，具备良好的履约能力。"),
    ("para", "（四）定价政策与定价依据"),
    ("para", "公司与粤彩运营之间的交易遵循公平、公正的市场原则，参照公司向无关联第三方销售同类产品的价格协商确定，不存在损害公司"
             "及中小股东利益的情形。"),
    ("head", "三、签订银行综合授信合同"),
    ("para", "为满足生产经营及海外业务拓展的资金需求，公司与深圳湾商业银行股份有限公司签订《综合授信合同》，深圳湾商业银行同意"
             "向公司提供不超过人民币50,000万元的综合授信额度，授信期限为一年。"),
    ("para", "本次授信由公司实际控制人王立新先生提供连带责任保证，公司无需支付担保费用，亦无需提供反担保。"),
    ("head", "四、独立董事专门会议审核意见及中介机构意见"),
    ("para", "独立董事专门会议认为，上述日常关联交易属于公司正常经营所需，定价公允，同意将该议案提交董事会审议。"),
    ("para", "保荐机构华岳证券股份有限公司对智彩科技本次日常关联交易预计事项出具了无异议的核查意见。"),
    ("para", "广东金桥律师事务所就智彩香港本次增资涉及的境外投资事项出具了法律意见书。"),
    ("head", "五、备查文件"),
    ("para", "1. 第三届董事会第十九次会议决议；2. 第三届监事会第十五次会议决议；3. 独立董事专门会议审核意见；4. 保荐机构核查意见。"),
    ("gap", 2),
    ("para", "特此公告。"),
    ("gap", 3),
    ("right", "深圳智彩科技股份有限公司董事会"),
    ("right", "2024年4月26日"),
]


# ---------------------------------------------------------------------------
# Document 04 - Form 10-K excerpt, English
# ---------------------------------------------------------------------------

DOC04 = [
    ("center", "UNITED STATES", 12),
    ("center", "SECURITIES AND EXCHANGE COMMISSION", 12),
    ("center", "Washington, D.C. 20549", 10),
    ("gap", 3),
    ("center", "FORM 10-K", 16),
    ("gap", 2),
    ("center", "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", 9),
    ("center", "For the fiscal year ended December 31, 2024", 10),
    ("center", "Commission File Number: 001-38852", 10),
    ("gap", 3),
    ("center", "REDROCK GAMING TECHNOLOGIES, INC.", 14),
    ("center", "(Exact name of registrant as specified in its charter)", 9),
    ("center", "Nevada (State of incorporation) - 88-0417362 (I.R.S. Employer Identification No.)", 9),
    ("center", "6200 South Durango Drive, Las Vegas, Nevada 89113 - (702) 555-0148", 9),
    ("gap", 2),
    ("table", [["Title of each class", "Trading Symbol", "Name of exchange"],
               ["Common Stock, $0.01 par value", "RGTI", "New York Stock Exchange"]], [70, 35, 65]),
    ("gap", 2),
    ("small", "The following are excerpts from the registrant's Annual Report on Form 10-K. Page references and certain "
              "cross-references have been omitted."),
    ("head", "PART I"),
    ("head", "Item 1. Business"),
    ("sub", "Overview"),
    ("para", "Redrock Gaming Technologies, Inc. (\"Redrock,\" the \"Company,\" \"we,\" \"us\" or \"our\") designs, manufactures, "
             "sells and leases electronic gaming machines (\"EGMs\"), electronic table games and casino management systems, and "
             "licenses AI-based floor analytics software under the RedEye brand to casino operators in North America, Macau and "
             "Australia. Revenues for fiscal 2024 were $1,284.7 million, compared with $1,106.3 million in fiscal 2023."),
    ("para", "We report in two segments. Our Americas segment sells and leases EGMs and systems to commercial and tribal casino "
             "operators in the United States and Canada. Our Asia-Pacific segment serves casino operators in Macau and hotels and "
             "registered clubs in Australia."),
    ("para", "Our Macau business is conducted through our wholly owned subsidiary Redrock Gaming Asia Limited, which holds a gaming "
             "equipment supplier licence issued by the Macau Gaming Inspection and Coordination Bureau. Redrock Gaming Asia Limited "
             "sold and installed 1,180 AI-enabled electronic baccarat terminals and slot machines on the casino floors of Jade Harbour "
             "Entertainment S.A. in Cotai during 2024, generating revenue of $118.6 million."),
    ("para", "We conduct our Australian operations through Banksia Gaming Machines Pty Ltd (\"Banksia\"), a wholly owned subsidiary, "
             "which designs and assembles EGMs for hotels and registered clubs in New South Wales and Queensland. "
             "Banksia is the principal supplier of gaming machines to Wattle Community Venues Limited, which operates 61 registered "
             "clubs in New South Wales, under a fleet refresh agreement that runs through June 2027."),
    ("page",),
    ("sub", "Products and AI Strategy"),
    ("para", "RedEye combines machine telemetry with computer-vision data from cameras mounted in our cabinets and above table games "
             "to forecast demand by hour and zone, recommend game mix and denomination changes, and flag patterns that may indicate "
             "problem gambling or structuring. As of December 31, 2024, RedEye was deployed on approximately 96,000 EGMs and 2,300 "
             "tables, up from 71,000 EGMs and 1,400 tables a year earlier."),
    ("para", "On August 1, 2024, we completed the acquisition of Nightjar Analytics, Inc. (\"Nightjar\"), a developer of machine-learning "
             "player-value and game-recommendation models, for total cash consideration of $112.5 million, net of cash acquired. "
             "Nightjar's models now power the RedEye Host module, which we began licensing to operators in the fourth quarter."),
    ("sub", "Customers"),
    ("para", "Our customers include large commercial casino operators, regional operators, tribal gaming authorities, and hotels and "
             "clubs. Sales and lease revenues from Silverpine Casinos Corp. accounted for approximately 14% of our consolidated "
             "revenues in fiscal 2024 and 12% in fiscal 2023. No other customer accounted for 10% or more of consolidated revenues "
             "in either year."),
    ("sub", "Suppliers and Manufacturing"),
    ("para", "We assemble EGMs at our facilities in Las Vegas, Nevada and Wetherill Park, New South Wales. Certain components and "
             "services are obtained from a limited number of suppliers. Our principal suppliers are listed below:"),
    ("table", [["Supplier", "Products or services", "Country"],
               ["Kazenori Electronics Co., Ltd.", "AI inference processors", "Japan"],
               ["Formosa Lucky Technology Co., Ltd.", "AI camera and vision modules", "Taiwan"],
               ["StratusGrid Cloud, Inc.", "Cloud hosting for RedEye", "United States"]], [70, 65, 35]),
    ("gap", 2),
    ("para", "We do not have long-term supply agreements with all of these suppliers, and we generally purchase components under "
             "purchase orders placed several months ahead of anticipated production."),
    ("sub", "Competition"),
    ("para", "The market for gaming equipment and casino analytics is highly competitive. We compete with a number of established "
             "gaming equipment manufacturers, including Aurora Slots Holdings, Inc. and Glenmore Interactive Corp., as well as smaller "
             "developers of AI-enabled table game systems. Competition is based on game content, cabinet design, analytics "
             "capability, price and financing terms."),
    ("head", "Item 1A. Risk Factors"),
    ("sub", "We depend on a small number of suppliers for AI processors and vision modules."),
    ("para", "Substantially all of the inference processors used in our current-generation cabinets are sourced from a single supplier "
             "in Japan, and most of our vision modules are sourced from a single supplier in Taiwan. A disruption at either supplier, "
             "export controls affecting advanced semiconductors, or tension affecting trade in East Asia could delay shipments and "
             "increase our costs."),
    ("sub", "Regulators may restrict the use of AI and player data on casino floors."),
    ("para", "Regulators in Nevada, Macau and New South Wales are considering rules on the use of biometric data, automated player "
             "scoring and targeted marketing. New restrictions could reduce demand for RedEye or require costly changes to our products."),
    ("head", "Item 3. Legal Proceedings"),
    ("para", "In October 2024, Aurora Slots Holdings, Inc. filed a complaint against Redrock in the United States District Court for "
             "the District of Nevada alleging that our RedEye floor analytics software infringes three of its patents; we believe the "
             "claims are without merit and intend to defend ourselves vigorously."),
    ("head", "Item 7. Management's Discussion and Analysis - Liquidity and Capital Resources"),
    ("para", "As of December 31, 2024, we had cash and cash equivalents of $212.4 million. Our principal sources of liquidity are cash "
             "generated from operations and borrowings under our revolving credit facility."),
    ("para", "On March 14, 2023, we entered into a Second Amended and Restated Credit Agreement with Ironbridge Bank, N.A., as "
             "administrative agent and lender, which provides for a $750.0 million senior secured revolving credit facility maturing "
             "in March 2028. As of December 31, 2024, $310.0 million was outstanding under the facility, including borrowings used "
             "to fund the Nightjar acquisition, and we were in compliance with all financial covenants."),
    ("para", "Capital expenditures, primarily for gaming equipment placed on lease and participation arrangements, were $143.8 million "
             "in fiscal 2024. We expect capital expenditures of $150 million to $170 million in fiscal 2025."),
    ("head", "Item 9A. Controls and Procedures"),
    ("para", "Whitlow & Marsh LLP, the independent registered public accounting firm that audited our consolidated financial statements, "
             "has issued an attestation report on the effectiveness of Redrock's internal control over financial reporting as of "
             "December 31, 2024."),
    ("head", "Exhibit 21.1 - Subsidiaries of the Registrant"),
    ("table", [["Name of subsidiary", "Jurisdiction", "Ownership"],
               ["Redrock Gaming Asia Limited", "Macau", "100%"],
               ["Banksia Gaming Machines Pty Ltd", "Australia", "100%"],
               ["Nightjar Analytics, Inc.", "Delaware", "100%"]], [80, 50, 40]),
]


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def block_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            for row in block[1]:
                parts.extend(row)
        elif block[0] not in ("gap", "page"):
            parts.append(block[1])
    return "".join(parts)


def cjk_font(text, index, out_path):
    """Subset one face of the Noto CJK collection and save it as TrueType."""
    font = TTFont(CJK_TTC, fontNumber=index)
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    chars = set(text) | set("0123456789-–—() ")
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    def __init__(self, family, footer_text):
        super().__init__(format="A4")
        self.family = family
        self.footer_text = footer_text
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.family, size=8)
        self.cell(0, 5, self.footer_text.format(self.page_no()), align="C")


# Company names are kept on one line so that a name is never split by a line break.
UNBREAKABLE = sorted([
    "蓮冠度假村有限公司", "蓮冠科技服務（澳門）有限公司", "翠港娛樂股份有限公司", "蘭灣銀行股份有限公司",
    "福爾摩沙幸運（澳門）有限公司", "福爾摩沙幸運科技股份有限公司", "珠江口控股有限公司", "金鷺度假村有限公司",
    "城堡角證券（亞洲）有限公司", "何韋律師行", "深圳智彩科技股份有限公司", "智彩科技（香港）有限公司",
    "淡水精密电子股份有限公司", "风乘电子株式会社", "广东粤彩运营服务有限公司", "深圳智远投资控股有限公司",
    "深圳湾商业银行股份有限公司", "深圳湾商业银行", "深圳鸿彩信息技术有限公司", "华岳证券股份有限公司",
    "广东金桥律师事务所", "南十字集团", "智彩香港", "粤彩运营", "智远投资", "翠港娛樂", "蘭灣銀行", "福爾摩沙澳門",
], key=len, reverse=True)
TOKEN = re.compile("|".join(re.escape(name) for name in UNBREAKABLE) + r"|[A-Za-z0-9.,%$/&'\"()\-]+|\s|.")
NO_LINE_START = set("，。、；：）」』”》！？%,.;:)")
NO_LINE_END = set("（「『“《(")


def cjk_lines(pdf, text, width):
    """Break mixed Chinese/Latin text: between CJK characters or at spaces, never inside a Latin word."""
    lines, current = [], ""
    for token in TOKEN.findall(text):
        if not current and token.isspace():
            continue
        candidate = current + token
        if pdf.get_string_width(candidate) <= width or not current:
            current = candidate
        elif token in NO_LINE_START:
            current = candidate
        elif token.isspace():
            lines.append(current.rstrip())
            current = ""
        else:
            carry = ""
            while current and current[-1] in NO_LINE_END:
                carry, current = current[-1] + carry, current[:-1]
            lines.append(current.rstrip())
            current = carry + token
    if current:
        lines.append(current.rstrip())
    return lines


def write_text(pdf, text, height, align, cjk):
    if not cjk:
        pdf.multi_cell(pdf.epw, height, text, align=align, new_x="LMARGIN", new_y="NEXT")
        return
    for line in cjk_lines(pdf, text, pdf.epw):
        pdf.cell(pdf.epw, height, line, align=align, new_x="LMARGIN", new_y="NEXT")


def build(blocks, path, footer_text, cjk_index=None):
    tmpdir = tempfile.mkdtemp(prefix="fresh123_fonts_")
    cjk = cjk_index is not None
    try:
        if cjk:
            font_path = os.path.join(tmpdir, "cjk.ttf")
            cjk_font(block_text(blocks) + footer_text, cjk_index, font_path)
            pdf = Doc("cjk", footer_text)
            pdf.add_font("cjk", "", font_path)
            base, size, line = "cjk", 10.5, 6.6
        else:
            pdf = Doc("Helvetica", footer_text)
            base, size, line = "Helvetica", 10, 5.2
        bold = "" if cjk else "B"
        pdf.add_page()
        for block in blocks:
            kind = block[0]
            if kind == "gap":
                pdf.ln(block[1])
            elif kind == "page":
                pdf.add_page()
            elif kind == "center":
                pdf.set_font(base, bold, block[2])
                write_text(pdf, block[1], block[2] * 0.55, "C", cjk)
            elif kind == "right":
                pdf.set_font(base, "", size)
                write_text(pdf, block[1], line, "R", cjk)
            elif kind == "small":
                pdf.set_font(base, "", size - 2)
                write_text(pdf, block[1], line - 1.5, "L", cjk)
                pdf.ln(1.5)
            elif kind == "head":
                pdf.ln(2)
                pdf.set_font(base, bold, size + 1.5)
                write_text(pdf, block[1], line + 0.5, "L", cjk)
                pdf.ln(1)
            elif kind == "sub":
                pdf.set_font(base, "" if cjk else "BI", size)
                write_text(pdf, block[1], line, "L", cjk)
                pdf.ln(0.5)
            elif kind == "para":
                pdf.set_font(base, "", size)
                write_text(pdf, block[1], line, "L", cjk)
                pdf.ln(1.8)
            elif kind == "table":
                rows, widths = block[1], block[2]
                pdf.set_font(base, "", size - 1.5)
                heading = FontFace(emphasis=None if cjk else "B", fill_color=(225, 225, 225))
                with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", headings_style=heading,
                               line_height=line - 0.8, text_align="LEFT") as table:
                    for row in rows:
                        cells = table.row()
                        for value in row:
                            cells.cell(value)
                pdf.ln(1)
            else:
                raise ValueError(kind)
        pdf.output(path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def main():
    build(DOC01, os.path.join(HERE, "01_LotusCrown_hkex_announcement.pdf"), "- {} -", TC_INDEX)
    build(DOC02, os.path.join(HERE, "02_Zhicai_ashare_announcement.pdf"), "第 {} 页", SC_INDEX)
    build(DOC04, os.path.join(HERE, "04_Redrock_10-K.pdf"), "Redrock Gaming Technologies, Inc. - 2024 Form 10-K - {}")
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
