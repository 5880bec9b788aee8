"""Build the three PDF documents of the fresh177 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory under /tmp/fresh177_tmp that is deleted after the PDF is written.
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
TMP_ROOT = Path("/tmp/fresh177_tmp")  # the subset font is written here and deleted afterwards


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Tanglaw Aviation Services Corporation, 2024 Annual Report (SEC Form 17-A), English, Philippine issuer
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Tanglaw Aviation Services Corporation - 2024 Annual Report (SEC Form 17-A)", 9),
        ("title", "Part I - Business and General Information (excerpt)"),
        ("h", "1. Business Development"),
        (
            "p",
            'Tanglaw Aviation Services Corporation (the "Company" or "Tanglaw"; PSE: TAVS) was incorporated in the '
            "Philippines in 1998 and listed on the Main Board of the Philippine Stock Exchange in 2016. Together with "
            'its subsidiaries (the "Group"), the Company provides passenger, ramp, baggage and cargo handling '
            "services and the transport of in-flight catering to airlines at Ninoy Aquino International Airport "
            "(NAIA), Mactan-Cebu, Clark and Davao. In 2024 the Group handled 71,400 flights, an increase of 9.2% "
            "over 2023, and employed 4,870 people at the end of the year.",
        ),
        (
            "p",
            'The Company is in the third year of "Project Bantay", a programme to automate the ramp and to use '
            "artificial intelligence to shorten aircraft turnaround times. The programme has two parts: the "
            "replacement of diesel baggage tractors with autonomous electric units that follow mapped routes on the "
            "apron, and the use of camera-based analytics to time every step of a turnaround and to warn ramp "
            "supervisors of likely delays before they occur. Average turnaround time for narrow-body aircraft at "
            "NAIA Terminal 3 fell from 41 minutes in 2023 to 36 minutes in 2024.",
        ),
        ("h", "2. Principal Suppliers"),
        (
            "p",
            "The Group's main purchases are ground support equipment, fuel and spare parts. All 64 autonomous "
            "electric baggage tractors delivered to the Company in 2024, together with their AI collision-avoidance "
            "kits, were supplied by Wuxi Yihang Intelligent Equipment Co., Ltd. of China under a fixed-price supply "
            "contract. A further 40 units are scheduled for delivery in 2025.",
        ),
        (
            "p",
            "Turnaround monitoring at NAIA Terminal 3 runs on a computer-vision platform licensed from Tolka Vision "
            "Limited of Ireland, which reads images from stand cameras, records 27 turnaround events per flight and "
            "predicts the off-block time for each departure. The licence is priced per handled flight.",
        ),
        ("h", "3. Competition"),
        (
            "p",
            "Ground handling at Philippine airports is open to licensed operators, and airlines may change handler "
            "at the end of their contracts. At NAIA, the Company's main competitors are Pasay Airport Services "
            "Corporation and Luzon Skyport Handling, Inc., which together handle about 45% of international "
            "departures. The Company competes on punctuality, safety record and price.",
        ),
    ],
    [
        ("h", "4. Customers"),
        (
            "p",
            "Consolidated revenue for 2024 was PHP 9,412.6 million (2023: PHP 8,208.9 million). The Group serves 37 "
            "airline customers under contracts with terms of one to five years. The following customers each "
            "accounted for more than 5% of consolidated revenue in 2024:",
        ),
        (
            "table",
            [62, 42, 40, 30],
            [
                ["Customer", "Services", "Revenue 2024", "% of revenue"],
                ["Sampaguita Airlines, Inc.", "Full handling", "PHP 2,871.4 million", "30.5%"],
                ["Petrel Airways Limited", "Passenger and ramp", "PHP 1,035.2 million", "11.0%"],
                ["Kalinga Air Express, Inc.", "Ramp only", "PHP 612.8 million", "6.5%"],
            ],
        ),
        (
            "p",
            "The agreement with Sampaguita Airlines, Inc. covers all of its flights at NAIA, Mactan-Cebu and Clark "
            "and runs until December 2027. The loss of this customer would have a material adverse effect on the "
            "Group's revenue and results of operations.",
        ),
        ("h", "5. Acquisition of Manila Bay Freight Logistics"),
        (
            "p",
            "On 15 October 2024, the Company completed the acquisition of 100% of the outstanding shares of Manila Bay "
            "Freight Logistics, Inc., a freight forwarder with offices in Pasay, Cebu and Clark, for a total "
            "consideration of PHP 745.0 million, paid in cash. The acquisition adds freight forwarding and customs "
            "brokerage to the Group's cargo terminal business and gives the Group control of a larger share of the "
            "export cargo that it already handles on the ramp.",
        ),
        (
            "p",
            "Manila Bay Freight Logistics contributed revenue of PHP 186.3 million and net income of PHP 21.7 million "
            "from the acquisition date to 31 December 2024. Goodwill of PHP 318.4 million was recognised.",
        ),
        ("h", "6. Cooperation Agreements"),
        (
            "p",
            "In July 2024 the Company and Simaisma Aviation Services Q.P.S.C. of Qatar signed a memorandum of "
            "understanding to share anonymised ramp-incident data and to benchmark their AI-based ramp safety systems "
            "against each other. The memorandum does not involve any payment between the parties.",
        ),
    ],
    [
        ("title", "Notes to the Consolidated Financial Statements (excerpt)"),
        ("h", "Note 11 - Investments in Subsidiaries and Associates"),
        (
            "p",
            "The consolidated financial statements include the accounts of the Company and the following entities as "
            "at 31 December 2024:",
        ),
        (
            "table",
            [66, 30, 30, 48],
            [
                ["Entity", "Country", "Ownership", "Classification"],
                ["Tanglaw Cebu Ramp Services, Inc.", "Philippines", "100%", "Subsidiary"],
                ["Manila Bay Freight Logistics, Inc.", "Philippines", "100%", "Subsidiary (from 15 Oct 2024)"],
                ["Clark Flight Kitchens Corporation", "Philippines", "40%", "Associate (equity method)"],
            ],
        ),
        (
            "p",
            "Clark Flight Kitchens Corporation operates the flight kitchen at Clark International Airport. The "
            "Group's share in its net income for 2024 amounted to PHP 34.9 million (2023: PHP 27.2 million).",
        ),
        ("h", "Note 17 - Loans Payable"),
        (
            "table",
            [64, 36, 40, 34],
            [
                ["Lender / instrument", "Facility", "Outstanding 31 Dec 2024", "Final maturity"],
                ["Bangko Silangan Corporation", "PHP 2,400.0 million", "PHP 1,950.0 million", "March 2029"],
                ["Fixed-rate corporate notes", "PHP 3,000.0 million", "PHP 3,000.0 million", "June 2030"],
            ],
        ),
        (
            "p",
            "The term loan from Bangko Silangan Corporation was drawn to finance Project Bantay and is secured by a "
            "chattel mortgage over the autonomous ground support equipment. It bears interest at the seven-year "
            "benchmark rate plus a spread of 1.35% per annum. The corporate notes are unsecured and carry a fixed "
            "coupon of 6.25% per annum, payable quarterly.",
        ),
        (
            "p",
            "The loan agreements require the Company to maintain a debt-to-equity ratio of not more than 2.0x and a "
            "debt service coverage ratio of at least 1.3x. The Company was in compliance with these covenants as at "
            "31 December 2024 and 2023.",
        ),
        ("h", "Note 24 - Contingencies"),
        (
            "p",
            "Pasay Airport Services Corporation has filed a petition with the Court of Appeals questioning the award "
            "of the Clark ramp-handling concession to Tanglaw in 2023. Management and its legal counsel believe that "
            "the award was made in accordance with the terms of the public tender, and no provision has been "
            "recognised.",
        ),
    ],
    [
        ("title", "Part III - Control and Compensation Information (excerpt)"),
        ("h", "Top Shareholders as of 31 March 2025"),
        (
            "table",
            [84, 50, 40],
            [
                ["Name of shareholder", "Number of shares", "% of total"],
                ["Dalisay Holdings Corporation", "1,571,400,000", "52.4%"],
                ["Ramon D. Dalisay", "96,000,000", "3.2%"],
                ["Public and others", "1,330,600,000", "44.4%"],
                ["Total", "2,998,000,000", "100.0%"],
            ],
        ),
        (
            "p",
            "The Company's common shares are listed on the Philippine Stock Exchange. As of 31 March 2025 the public "
            "ownership level of the Company was 44.4%, above the minimum required for listed companies.",
        ),
        ("h", "Dividends"),
        (
            "p",
            "The Board declared cash dividends of PHP 0.42 per share in 2024 (2023: PHP 0.35 per share), equivalent "
            "to a payout of 38% of the prior year's net income attributable to equity holders of the Company.",
        ),
        ("h", "External Audit and Audit-Related Fees"),
        (
            "p",
            "Reyes Tolentino & Co. audited the financial statements of Tanglaw Aviation Services Corporation for "
            "2024 and 2023 and issued unqualified opinions. Audit fees for 2024 amounted to PHP 8.6 million; "
            "no non-audit services were provided by the external auditor during the year.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Jadepeak Aviation Catering Group Limited, HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。",
        ),
        ("center", "翠峰航空膳食集團有限公司", 16),
        ("center", "Jadepeak Aviation Catering Group Limited", 12),
        ("center", "（於百慕達註冊成立之有限公司）", 9),
        ("center", "（股份代號：2781）", 9),
        ("center", "須予披露交易", 13),
        ("center", "收購Clark Flight Kitchens Corporation之60%股權", 13),
        ("h", "收購事項"),
        (
            "p",
            "翠峰航空膳食集團有限公司（「本公司」或「翠峰膳食」，連同其附屬公司統稱「本集團」）董事會（「董事會」）"
            "欣然宣佈，於二零二五年八月十八日（交易時段後），本公司（作為買方）與Dalisay Holdings Corporation"
            "（「賣方」）訂立買賣協議（「買賣協議」）。",
        ),
        (
            "p",
            "根據買賣協議，本公司有條件同意收購，而賣方有條件同意出售Clark Flight Kitchens Corporation"
            "（「目標公司」）已發行股本之60%，代價為港幣468,000,000元，將以現金分三期支付。代價乃經買賣雙方參考"
            "獨立估值師對目標公司全部股權於二零二五年六月三十日之市場價值約港幣792,000,000元後，按一般商業條款"
            "經公平磋商釐定。",
        ),
        (
            "p",
            "完成後，本公司將持有目標公司60%股權，目標公司將成為本公司之非全資附屬公司，其財務業績將併入本集團之"
            "綜合財務報表。目標公司餘下40%股權由Tanglaw Aviation Services Corporation（「Tanglaw」）持有，"
            "收購事項不會改變該持股。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故收購事項構成"
            "本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關本集團、賣方及目標公司之資料"),
        ("h", "本集團"),
        (
            "p",
            "本集團主要於香港國際機場從事航空膳食之製備、包裝及配送，以及機上免稅品及用品之處理，每日平均製備航空"
            "餐食約61,000份。翠峰智能廚房科技（深圳）有限公司（「翠峰智能」）為本公司之間接全資附屬公司，負責本集團"
            "人工智能排餐系統及中央廚房自動化設備之研發。",
        ),
        (
            "p",
            "本集團於香港國際機場為海燕航空有限公司（「海燕航空」）、Skellig Air DAC等航空公司提供航空膳食及機上用品配送服務。",
        ),
        ("p", "香港國際機場之航空膳食服務目前主要由本集團、港灣空廚有限公司及東涌航食服務有限公司等營運商提供。"),
        ("h", "賣方"),
        (
            "p",
            "賣方為一家於菲律賓註冊成立之投資控股公司。據董事作出一切合理查詢後所深知、盡悉及確信，賣方及其最終"
            "實益擁有人均為獨立於本公司及其關連人士之第三方。",
        ),
        ("h", "目標公司"),
        (
            "p",
            "目標公司於二零零九年在菲律賓註冊成立，於克拉克國際機場營運一所中央廚房，日產航空餐食約18,000份。"
            "目標公司向Sampaguita Airlines, Inc.供應其於克拉克出發航班之全部航空餐食。",
        ),
        ("p", "下表載列目標公司根據菲律賓財務報告準則編製之經審核財務資料："),
        (
            "table",
            [70, 52, 52],
            [
                ["截至十二月三十一日止年度", "二零二三年", "二零二四年"],
                ["收益（千菲律賓披索）", "2,104,600", "2,512,300"],
                ["除稅前溢利（千菲律賓披索）", "93,800", "121,400"],
                ["除稅後溢利（千菲律賓披索）", "70,300", "87,200"],
            ],
        ),
        ("p", "於二零二五年六月三十日，目標公司之未經審核資產淨值約為1,084,000,000菲律賓披索。"),
    ],
    [
        ("h", "進行收購事項之理由及裨益"),
        (
            "p",
            "本集團一直應用人工智能提升中央廚房之效率及準確度。自二零二四年起，本集團向Tolka Vision Limited採購"
            "人工智能餐盤視覺檢測系統，總代價約為港幣23,600,000元，該系統可自動核對每一餐盤之餐食及特殊餐點，並量度"
            "回收餐盤之剩食以優化備餐數量。此外，翠峰智能已向無錫翼航智能裝備股份有限公司訂購二十四台配備人工智能"
            "視覺防撞系統之電動航空食品車，預計於二零二六年上半年交付。",
        ),
        (
            "p",
            "董事認為，收購事項可使本集團於菲律賓建立首個生產基地，並將本集團之人工智能排餐系統推廣至克拉克國際"
            "機場之航空公司客戶。董事（包括獨立非執行董事）認為買賣協議之條款屬公平合理，且符合本公司及股東之整體利益。",
        ),
        ("h", "收購事項之資金來源"),
        (
            "p",
            "代價將以本集團內部資源及維港商業銀行有限公司（「維港銀行」）向本公司提供之港幣300,000,000元定期貸款"
            "融資撥付。該融資為期五年，由本公司若干附屬公司提供擔保。",
        ),
        ("h", "本公司之股權架構"),
        (
            "table",
            [74, 50, 50],
            [
                ["股東名稱", "所持股份數目", "佔已發行股份總數概約百分比"],
                ["嶺南德信控股有限公司", "703,200,000", "58.6%"],
                ["公眾股東", "496,800,000", "41.4%"],
                ["總計", "1,200,000,000", "100.0%"],
            ],
        ),
        ("h", "其他事項"),
        ("p", "德晉融資有限公司已獲委任為翠峰膳食就收購事項之財務顧問。"),
        (
            "p",
            "本公司注意到近日有報章報道指本集團正與一家卡塔爾航空服務公司商討合併。董事會謹此澄清，翠峰膳食並無與"
            "Simaisma Aviation Services Q.P.S.C.進行任何合併或收購磋商。",
        ),
        (
            "p",
            "由於完成須待買賣協議所載之先決條件獲達成（或豁免）後方可作實，收購事項未必會進行。股東及潛在投資者於"
            "買賣本公司證券時，務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "翠峰航空膳食集團有限公司"),
        ("right", "主席"),
        ("right", "馮志霖"),
        ("p", "香港，二零二五年八月十八日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事馮志霖先生、區綺雯女士及譚家樂先生；以及獨立非執行董事"
            "鄧偉明先生、容嘉欣女士及施國華先生。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Wuxi Yihang Intelligent Equipment Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：688629        证券简称：翼航智能        公告编号：2025-052"),
        ("center", "无锡翼航智能装备股份有限公司", 15),
        ("center", "关于签订日常经营重大合同暨设立境外全资子公司的公告", 13),
        (
            "small",
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
            "准确性和完整性依法承担法律责任。",
        ),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性销售合同，合同金额约为人民币3.72亿元（含税）。"),
        ("p", "● 合同生效条件：经双方授权代表签字并加盖公章后生效。"),
        (
            "p",
            "● 对外投资标的名称：翼航智能装备（中东）有限责任公司（暂定名，最终以当地注册机关核准名称为准）；"
            "投资金额：500万美元。",
        ),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("h", "一、合同签订情况"),
        (
            "p",
            "2025年9月16日，无锡翼航智能装备股份有限公司（以下简称“公司”或“翼航智能”）与Simaisma Aviation "
            "Services Q.P.S.C.（以下简称“Simaisma”）签订《自动驾驶电动行李牵引车及机坪智能监控系统采购合同》，"
            "约定公司于2025年12月至2027年6月期间向Simaisma交付180台L4级自动驾驶电动行李牵引车及配套的机坪人工智能"
            "视觉监控系统，合同总金额约为人民币3.72亿元（含税）。",
        ),
        (
            "p",
            "本次采购采用邀请招标方式，Simaisma同时邀请了常州天穹空港设备有限公司等多家国内外厂商参与投标。公司凭借"
            "车辆在高温环境下的续航表现及感知算法在复杂机坪场景中的识别准确率中标。",
        ),
        ("h", "二、审议程序"),
        (
            "p",
            "本合同为公司日常经营性合同，根据《上海证券交易所科创板股票上市规则》及《公司章程》的相关规定，无需提交"
            "董事会及股东大会审议。设立境外全资子公司事项已经公司第三届董事会第十四次会议审议通过，无需提交股东大会"
            "审议。",
        ),
    ],
    [
        ("h", "三、合同对方基本情况"),
        (
            "p",
            "Simaisma成立于2004年，其股份于卡塔尔证券交易所上市，主要在哈马德国际机场从事旅客及机坪地面服务、货运"
            "处理及航空配餐业务。Simaisma与公司及公司控股股东、实际控制人之间不存在关联关系。",
        ),
        ("h", "四、合同主要条款"),
        (
            "p",
            "1、付款方式：合同签订后支付合同总金额的30%作为预付款，设备分批交付并验收合格后支付50%，试运行满12个月后"
            "支付15%，余款5%作为质保金于质保期满后支付。",
        ),
        ("p", "2、交付及服务：合同项下设备的现场调试、操作培训及三年运维服务由公司拟设立的中东子公司向Simaisma提供。"),
        (
            "p",
            "3、联合研发：翼航智能与Simaisma同意在多哈共同设立“机坪自动驾驶联合创新实验室”，围绕高温、强光及"
            "夜间作业等复杂机坪场景下的感知与调度算法开展联合研发，研发成果的知识产权归属另行约定。",
        ),
        ("p", "4、违约责任：任何一方违反合同约定的，应赔偿对方因此遭受的损失，公司延迟交付的违约金累计不超过合同总金额的10%。"),
        ("h", "五、设立境外全资子公司情况"),
        (
            "p",
            "为就近服务中东地区客户，公司拟以自有资金出资500万美元在卡塔尔多哈设立全资子公司翼航智能装备（中东）"
            "有限责任公司（暂定名，英文名称Yihang Intelligent Equipment (Middle East) W.L.L.，以下简称“中东子公司”），"
            "公司持股100%。",
        ),
        (
            "table",
            [60, 56, 58],
            [
                ["项目", "内容", "备注"],
                ["注册资本", "500万美元", "公司以货币出资"],
                ["股权结构", "公司持股100%", "-"],
                ["经营范围", "地面设备销售、运维及培训", "以注册机关核准为准"],
            ],
        ),
        ("p", "中东子公司设立后将纳入公司合并报表范围。"),
    ],
    [
        ("h", "六、其他说明"),
        ("p", "1、公司产品所使用的人工智能视觉感知模组主要由深圳芯眸科技有限公司供应，公司已与其签订2026年度产能保障协议。"),
        (
            "p",
            "2、为保障东南亚地区已交付设备的运维，公司已委托Tanglaw Aviation Services Corporation作为菲律宾地区"
            "授权售后服务商，由其为公司在菲律宾交付的设备提供维修保养服务，公司按服务工时向其支付服务费。",
        ),
        ("p", "3、目前国内机场无人驾驶行李牵引车的主要厂商包括北方空港装备股份有限公司、天穹空港及公司等，市场竞争日趋激烈。"),
        ("h", "七、对上市公司的影响"),
        (
            "p",
            "本合同金额约占公司2024年度经审计营业收入的41.3%，合同的履行预计将对公司2026年度及2027年度经营业绩产生"
            "积极影响，有利于公司拓展中东市场。公司与合同对方不存在关联关系，合同的履行不会对公司业务独立性产生影响。",
        ),
        ("h", "八、保荐机构核查意见"),
        (
            "p",
            "华晟证券股份有限公司作为翼航智能首次公开发行股票并在科创板上市的持续督导保荐机构，对公司设立境外全资"
            "子公司事项出具了无异议的核查意见。",
        ),
        ("h", "九、风险提示"),
        ("p", "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化及付款能力等因素影响，存在不能按期足额履行的风险。"),
        (
            "p",
            "2、境外投资审批风险：设立中东子公司尚需取得商务主管部门、发展改革部门及外汇管理部门的备案或登记，以及"
            "卡塔尔相关政府部门的批准，能否取得及取得时间存在不确定性。",
        ),
        ("p", "3、汇率风险：合同以美元结算，人民币汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "无锡翼航智能装备股份有限公司董事会"),
        ("right", "2025年9月17日"),
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
    TMP_ROOT.mkdir(parents=True, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="font_", dir=TMP_ROOT)
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
            "02_Tanglaw_annual_report.pdf",
            build_latin(
                "02_Tanglaw_annual_report.pdf",
                DOC02,
                "Tanglaw Aviation Services Corporation - 2024 Annual Report",
                "Tanglaw Aviation Services Corporation - 2024 Annual Report (SEC Form 17-A, excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Jadepeak_HKEX_announcement.pdf",
            build_cjk(
                "03_Jadepeak_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "翠峰航空膳食集團有限公司 公告",
                "翠峰航空膳食集團有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Yihang_A-share_announcement.pdf",
            build_cjk(
                "04_Yihang_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "无锡翼航智能装备股份有限公司 公告",
                "无锡翼航智能装备股份有限公司 公告 2025-052",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
