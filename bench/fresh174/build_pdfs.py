"""Build the three PDF documents of the fresh174 evaluation set.

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
# Document 01 - Aorangi Dairy Co-operative Limited, Interim Report 2026 (English, New Zealand issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC01 = [
    [
        ("center", "Aorangi Dairy Co-operative Limited - Interim Report 2026", 9),
        ("title", "Interim Report for the six months ended 31 January 2026"),
        ("h", "Chair and Chief Executive's Review"),
        (
            "p",
            "Aorangi Dairy Co-operative Limited (Aorangi) is owned by 6,140 farmer shareholders who supply milk from "
            "around 7,300 farms in the Waikato, Taranaki, Canterbury and Southland regions. Aorangi's shares trade on "
            "the NZX Main Board under the code AOR. This interim report covers the first half of the 2026 financial "
            "year, which ends on 31 July 2026.",
        ),
        (
            "p",
            "Milk collected in the half was 812 million kilograms of milk solids (kgMS), 2.1% more than in the same "
            "period last year, helped by strong spring pasture growth in the North Island. Revenue rose 9.4% to "
            "NZ$6,418 million and normalised earnings before interest and tax were NZ$402 million (1H25: NZ$351 "
            "million). The Board has declared an interim dividend of 20 cents per share, payable on 15 April 2026.",
        ),
        ("h", "Farmgate milk price"),
        (
            "p",
            "We have narrowed our forecast farmgate milk price for the 2025/26 season to NZ$9.90 - NZ$10.40 per kgMS, "
            "with a midpoint of NZ$10.15. Aorangi's forecast compares with the NZ$10.30 midpoint announced by "
            "Waitaha Dairy Limited in February; differences between processors largely reflect product mix and the "
            "timing of forward sales. An advance rate of NZ$7.40 per kgMS applies from March.",
        ),
        ("h", "Using artificial intelligence across the supply chain"),
        (
            "p",
            "MilkSight, the machine-learning platform we built in-house, now forecasts each farm's daily milk volume "
            "and solids three days ahead from herd, weather and pasture-cover data. Tanker routes are planned against "
            "those forecasts, and dryer schedules at our five powder plants are set the evening before rather than "
            "on the day. In the half, kilometres driven per litre collected fell 7% and unplanned dryer stops were "
            "down by a third. MilkSight also flags farms whose milk quality is drifting, so that area managers can "
            "visit before a grading failure occurs.",
        ),
        (
            "p",
            "In ingredients, the same models now plan the split of milk between base powders, milk protein "
            "concentrate and lactose several weeks ahead. This lets us commit volumes to ingredient customers earlier "
            "and with greater confidence, and it reduced the stock of unallocated powder at 31 January by 18,000 "
            "tonnes compared with a year earlier.",
        ),
        (
            "p",
            "The Board recognises that models trained on farm data raise questions of ownership and consent. Our "
            "Farm Data Charter, adopted in October, gives every supplier the right to see, correct and withdraw the "
            "data held about their farm, and no farm-level data is shared with third parties without consent.",
        ),
    ],
    [
        ("h", "Ingredients and nutrition"),
        (
            "p",
            "Revenue from ingredients and nutrition products, which include milk protein concentrate (MPC), edible "
            "and pharmaceutical-grade lactose and infant formula base powders, was NZ$2,187 million, or 34% of Group "
            "revenue. Customers that each accounted for more than 5% of ingredients and nutrition revenue in the "
            "half were:",
        ),
        (
            "table",
            [64, 26, 46, 22, 16],
            [
                ["Customer", "Country", "Main products", "1H26 revenue", "Share"],
                ["Valcresse SA", "France", "MPC, edible lactose", "NZ$214.6m", "9.8%"],
                ["Southland Formula Partners Limited", "New Zealand", "Infant formula base powder", "NZ$168.2m", "7.7%"],
                ["PT Gizi Bunda Nusantara Tbk", "Indonesia", "Base and whole milk powder", "NZ$121.9m", "5.6%"],
            ],
        ),
        (
            "p",
            "In November Aorangi Ingredients Limited, our wholly owned ingredients subsidiary, acquired Canterbury "
            "Lactose Company Limited, a lactose refiner at Darfield, for NZ$38.5 million. The acquisition adds 28,000 "
            "tonnes a year of pharmaceutical-grade lactose capacity, which we expect to sell mainly to inhaler and "
            "tablet manufacturers in Europe and North America.",
        ),
        ("h", "Principal subsidiaries, associates and other investments"),
        (
            "table",
            [64, 26, 44, 18, 22],
            [
                ["Company", "Country", "Principal activity", "Holding", "Treatment"],
                ["Aorangi Ingredients Limited", "New Zealand", "Dairy ingredients", "100.0%", "Subsidiary"],
                ["Aorangi Nutrition (Singapore) Pte. Ltd.", "Singapore", "Trading and marketing", "100.0%", "Subsidiary"],
                ["PT Susu Merapi Lestari Tbk", "Indonesia", "Dairy processing", "24.9%", "Associate"],
                ["Jiayuan Nutrition Holdings Limited", "Hong Kong", "Infant formula", "8.6%", "FVOCI"],
            ],
        ),
        (
            "p",
            "Susu Merapi has been accounted for using the equity method since 19 December 2025, when our holding "
            "reached 24.9% on completion of its rights issue; before that date it was carried at fair value through "
            "other comprehensive income (FVOCI). Our share of its profit for the period from 19 December to 31 "
            "January was NZ$1.3 million.",
        ),
        ("h", "Borrowings"),
        ("p", "The Group's borrowings at 31 January 2026 comprised the following facilities:"),
        (
            "table",
            [54, 54, 22, 22, 22],
            [
                ["Facility", "Lender or holders", "Limit", "Drawn", "Maturity"],
                ["Syndicated revolving credit", "Tasman Ridge Bank Limited", "NZ$1,200m", "NZ$640m", "Sep 2028"],
                ["Retail bonds (AOR050)", "NZX-listed bondholders", "NZ$350m", "NZ$350m", "Mar 2029"],
                ["Commercial paper programme", "Institutional investors", "NZ$500m", "NZ$185m", "Rolling"],
            ],
        ),
        (
            "p",
            "Net debt was NZ$1,162 million at 31 January 2026, seasonally higher than at 31 July 2025 (NZ$874 "
            "million) because payments to farmers run ahead of receipts from customers in the first half. The "
            "gearing ratio was 38.2%, within our target range of 35% to 45%.",
        ),
    ],
    [
        ("h", "Outlook"),
        (
            "p",
            "Global dairy prices softened in January as New Zealand production ran ahead of expectations, but demand "
            "for protein ingredients and infant formula base powders remains firm. We expect full-year normalised "
            "earnings per share of 52 to 62 cents. The forecast assumes no material change in the New Zealand dollar "
            "against the US dollar and an orderly second half of the season.",
        ),
        ("h", "Condensed interim income statement (unaudited)"),
        (
            "table",
            [80, 31, 31, 32],
            [
                ["NZ$ million", "1H26", "1H25", "FY25"],
                ["Revenue", "6,418", "5,867", "11,942"],
                ["Cost of goods sold", "(5,536)", "(5,068)", "(10,311)"],
                ["Gross profit", "882", "799", "1,631"],
                ["Operating expenses", "(480)", "(448)", "(903)"],
                ["Normalised EBIT", "402", "351", "728"],
                ["Net finance costs", "(58)", "(61)", "(119)"],
                ["Profit after tax", "248", "209", "437"],
            ],
        ),
        ("h", "Related party transactions"),
        (
            "p",
            "Farmer shareholders supply milk to the Co-operative on the terms of the Milk Supply Agreement and are "
            "paid the farmgate milk price on the same basis as other suppliers. Directors who are farmer shareholders "
            "supplied milk worth NZ$14.6 million in the half on those terms.",
        ),
        ("h", "Independent review report"),
        (
            "p",
            "Hollings Reid, Chartered Accountants, Auckland, has reviewed the condensed interim financial statements "
            "of Aorangi Dairy Co-operative Limited for the six months ended 31 January 2026 and issued an unmodified "
            "review conclusion.",
        ),
        (
            "p",
            "This interim report is dated 19 March 2026 and is signed on behalf of the Board by Margaret Tuhiwai, "
            "Chair, and Grant Mackellar, Chief Executive.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Jiayuan Nutrition Holdings Limited, HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "嘉源營養控股有限公司", 16),
        ("center", "Jiayuan Nutrition Holdings Limited", 12),
        ("center", "（於開曼群島註冊成立之有限公司）", 9),
        ("center", "（股份代號：2791）", 9),
        ("center", "須予披露交易", 13),
        ("center", "收購Southland Formula Partners Limited之60%股權", 13),
        ("h", "收購事項"),
        (
            "p",
            "董事會欣然宣佈，於二零二五年九月十五日（交易時段後），嘉源營養控股有限公司（「本公司」或「嘉源營養」，"
            "連同其附屬公司統稱「本集團」）與Rimu Growth Partners Limited（「賣方」）訂立買賣協議。",
        ),
        (
            "p",
            "根據買賣協議，嘉源營養有條件同意以總代價新西蘭元128,400,000元（相當於約港幣580,000,000元）向賣方收購"
            "Southland Formula Partners Limited（「Southland」或「目標公司」）已發行股本之60%，代價將於完成時以現金"
            "支付。代價乃經訂約方參考目標公司之盈利能力、產能及近期同類交易之估值倍數後，按公平原則磋商釐定。",
        ),
        (
            "p",
            "於本公告日期，賣方Rimu Growth Partners Limited持有Southland已發行股本之75%，其餘25%由Southland"
            "管理層持有。完成後，賣方將繼續持有Southland已發行股本之15%。",
        ),
        (
            "p",
            "完成後，本公司將持有Southland已發行股本之60%，Southland將成為本公司之非全資附屬公司，其財務業績將併入"
            "本集團之綜合財務報表。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故收購事項構成"
            "本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關訂約方之資料"),
        ("h", "本集團"),
        (
            "p",
            "本集團主要從事嬰幼兒配方奶粉及兒童營養品之研發、生產及銷售，產品以「嘉源」及「源初」品牌於中國內地銷售，"
            "並透過跨境電商渠道銷往香港及東南亞。本集團於黑龍江省及新西蘭設有生產基地。嘉源營養（新西蘭）有限公司"
            "（「嘉源新西蘭」）為本公司之間接全資附屬公司，負責本集團於新西蘭之原料採購及海外業務。",
        ),
        ("h", "賣方"),
        (
            "p",
            "賣方為一家於新西蘭註冊成立之私募股權投資公司，主要投資於新西蘭及澳洲之食品及農業企業。據董事作出一切"
            "合理查詢後所深知、盡悉及確信，賣方及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。",
        ),
        ("h", "目標公司"),
        (
            "p",
            "Southland成立於二零一六年，位於新西蘭因弗卡吉爾，主要從事嬰幼兒配方奶粉之濕法混合、噴霧乾燥及罐裝代工"
            "生產，年產能約為40,000噸，並持有國家市場監督管理總局之嬰幼兒配方乳粉產品配方註冊。Southland已於其生產線"
            "採用人工智能視覺檢測及配料預測系統，以監控每一批次產品之品質。新西蘭主要配方奶粉代工廠包括Southland及"
            "Kaimai Nutrition Limited等公司。",
        ),
        ("p", "目標公司於截至二零二四年及二零二五年六月三十日止兩個財政年度之經審核財務資料概要如下："),
        (
            "table",
            [74, 50, 50],
            [
                ["項目（新西蘭元千元）", "二零二四財政年度", "二零二五財政年度"],
                ["收入", "186,420", "214,870"],
                ["除稅前溢利", "21,360", "27,940"],
                ["除稅後溢利", "15,380", "20,120"],
                ["資產淨值", "98,650", "112,430"],
            ],
        ),
        ("h", "進行收購事項之理由及裨益"),
        (
            "p",
            "本集團一直致力確保優質奶源及穩定之海外產能。於完成後，嘉源新西蘭將與Southland訂立為期五年之代工協議，"
            "由Southland為本集團生產原罐進口之超高端嬰幼兒配方奶粉。根據代工協議，嘉源新西蘭每年應付Southland之加工費"
            "上限為港幣420,000,000元。",
        ),
        (
            "p",
            "本集團之乳鐵蛋白及OPO結構脂主要向黑龍江北潤乳品配料股份有限公司（「北潤乳品」）採購，截至二零二四年"
            "十二月三十一日止年度之採購額約為人民幣212,000,000元。",
        ),
        (
            "p",
            "董事認為，收購事項可讓本集團直接掌握新西蘭之配方奶粉產能及產品配方註冊，提升供應鏈之穩定性。董事"
            "（包括獨立非執行董事）認為買賣協議之條款屬公平合理，且符合本公司及股東之整體利益。",
        ),
        (
            "p",
            "本公司注意到近期有傳媒報道指本集團擬收購一家印尼嬰幼兒配方奶粉生產商。董事會謹此澄清，嘉源營養並無與"
            "PT Gizi Bunda Nusantara Tbk進行任何收購或投資磋商。",
        ),
    ],
    [
        ("h", "收購事項之資金來源"),
        (
            "p",
            "代價將以本集團內部資源及恒嶼銀行（香港）有限公司（「恒嶼銀行」）向嘉源營養提供之港幣400,000,000元定期貸款"
            "融資撥付。該融資為期三年，以本公司於完成後持有之Southland股份作抵押。",
        ),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之股權架構如下："),
        (
            "table",
            [74, 50, 50],
            [
                ["股東名稱", "所持股份數目", "佔已發行股份總數概約百分比"],
                ["嘉和投資有限公司", "1,046,000,000", "52.3%"],
                ["Aorangi Dairy Co-operative Limited", "172,000,000", "8.6%"],
                ["公眾股東", "782,000,000", "39.1%"],
                ["總計", "2,000,000,000", "100.0%"],
            ],
        ),
        ("p", "嘉和投資有限公司由本公司主席兼執行董事趙嘉源先生全資擁有。"),
        ("h", "財務顧問"),
        ("p", "卓信融資有限公司擔任嘉源營養就收購事項之財務顧問。"),
        ("h", "一般事項"),
        (
            "p",
            "由於收購事項須待多項先決條件（包括取得新西蘭海外投資辦公室之同意）獲達成後方告完成，故收購事項未必會"
            "進行。股東及潛在投資者於買賣本公司證券時，務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "嘉源營養控股有限公司"),
        ("right", "主席"),
        ("right", "趙嘉源"),
        ("p", "香港，二零二五年九月十五日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事趙嘉源先生及劉慧敏女士；非執行董事王德明先生；以及獨立非執行董事"
            "陳志強先生、李詠儀女士及黃俊傑博士。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Heilongjiang Beirun Dairy Ingredients Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：605719        证券简称：北润乳品        公告编号：2025-038"),
        ("center", "黑龙江北润乳品配料股份有限公司", 15),
        ("center", "关于签订日常经营重大合同、技术许可协议及对外投资设立控股子公司的公告", 13),
        (
            "small",
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
            "准确性和完整性依法承担法律责任。",
        ),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性销售合同，合同金额约为人民币3.86亿元（含税）。"),
        ("p", "● 对外投资标的名称：黑龙江北润瓦尔克生物科技有限公司（暂定名，最终以市场监督管理部门核准登记的名称为准）。"),
        ("p", "● 投资金额：公司拟以自有资金出资人民币1.5亿元，持股60%。"),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        (
            "p",
            "2025年7月7日，黑龙江北润乳品配料股份有限公司（以下简称“公司”或“北润乳品”）与嘉源营养控股有限公司"
            "（香港联合交易所上市公司，股份代号：2791，以下简称“嘉源营养”）签订《乳铁蛋白及OPO结构脂供货协议》，"
            "约定公司于2025年8月至2027年7月期间向嘉源营养及其附属公司供应乳铁蛋白、OPO结构脂及乳清蛋白粉，"
            "合同总金额约为人民币3.86亿元（含税）。",
        ),
        (
            "p",
            "嘉源营养为国内主要婴幼儿配方奶粉生产企业之一，经营情况及资信状况良好，具备履约能力。嘉源营养与公司及公司"
            "控股股东、实际控制人不存在关联关系。",
        ),
        ("h", "（二）审议程序"),
        (
            "p",
            "本合同为公司日常经营性合同，根据《上海证券交易所股票上市规则》及《公司章程》的相关规定，无需提交董事会及"
            "股东大会审议。",
        ),
        ("h", "二、技术许可协议概况"),
        (
            "p",
            "同日，公司与Valcresse SA（法国巴黎泛欧交易所上市公司，以下简称“Valcresse”）签订《膜分离工艺及智能过程"
            "控制系统技术许可协议》，Valcresse将向公司许可其乳铁蛋白膜分离工艺及基于人工智能的LactoPilot过程控制"
            "系统，许可期限为五年，许可费总额为1,200万欧元，分期支付。",
        ),
        ("p", "该系统通过机器学习模型实时调整膜压、温度及流量，预计可将公司乳铁蛋白收率提高8%至10%，并降低单位能耗。"),
    ],
    [
        ("h", "三、对外投资设立控股子公司"),
        ("h", "（一）基本情况"),
        (
            "p",
            "为提升乳铁蛋白产能并引进国际先进工艺，公司拟与Valcresse在黑龙江省齐齐哈尔市共同出资设立黑龙江北润瓦尔克"
            "生物科技有限公司（暂定名，以下简称“北润瓦尔克”或“合资公司”），建设年产300吨乳铁蛋白及配套乳清蛋白"
            "分离生产线。",
        ),
        (
            "p",
            "合资公司注册资本为人民币2.5亿元，其中公司以自有资金出资人民币1.5亿元，持股60%；Valcresse以现汇出资"
            "折合人民币1亿元，持股40%。合资公司股权结构如下：",
        ),
        (
            "table",
            [74, 36, 30, 34],
            [
                ["股东名称", "出资额（万元）", "出资方式", "持股比例"],
                ["黑龙江北润乳品配料股份有限公司", "15,000", "货币", "60%"],
                ["Valcresse SA", "10,000", "货币", "40%"],
                ["合计", "25,000", "-", "100%"],
            ],
        ),
        ("p", "北润瓦尔克设立后将纳入北润乳品合并报表范围，成为北润乳品的控股子公司。"),
        ("h", "（二）合作方基本情况"),
        (
            "p",
            "Valcresse成立于1987年，总部位于法国雷恩，其股份于巴黎泛欧交易所上市，主要从事乳清蛋白、乳铁蛋白及母乳"
            "低聚糖等营养配料的研发、生产和销售，在法国拥有七家工厂。Valcresse与公司及公司控股股东、实际控制人"
            "不存在关联关系。",
        ),
        (
            "p",
            "目前国内乳铁蛋白主要生产企业包括内蒙古蒙源生物科技有限公司、山东鲁滨乳业有限公司等，进口产品仍占国内市场较大份额。",
        ),
        ("h", "（三）合资协议的主要内容"),
        (
            "p",
            "1、合资公司董事会由5名董事组成，其中公司委派3名，Valcresse委派2名；董事长由公司委派的董事担任，总经理由公司提名。",
        ),
        (
            "p",
            "2、合资公司建设资金不足部分，拟由合资公司向松北农村商业银行股份有限公司申请项目贷款解决，目前尚未签订任何贷款协议。",
        ),
        ("p", "3、合资公司成立后五年内，任何一方未经另一方书面同意不得向第三方转让其所持合资公司股权。"),
    ],
    [
        ("h", "四、对上市公司的影响"),
        (
            "p",
            "本次重大合同的履行预计将对公司2025年度及2026年度经营业绩产生积极影响。本次技术许可及对外投资有利于公司"
            "引进国际先进的膜分离工艺及人工智能过程控制技术，提升高附加值营养配料的产能，不会对公司财务状况和经营"
            "成果产生重大不利影响，不存在损害公司及全体股东利益的情形。",
        ),
        (
            "p",
            "截至本公告披露日，公司控股股东黑龙江北润投资集团有限公司持有公司38.46%的股份，本次交易不会导致公司控股"
            "股东及实际控制人发生变化。",
        ),
        ("h", "五、中介机构意见"),
        ("p", "华岳证券股份有限公司作为北润乳品的持续督导保荐机构，对本次对外投资事项出具了无异议的核查意见。"),
        ("h", "六、风险提示"),
        ("p", "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化及付款能力等因素影响，存在不能按期足额履行的风险。"),
        (
            "p",
            "2、审批风险：本次对外投资尚需取得市场监督管理部门的登记，外方出资尚需办理外汇登记手续，能否顺利完成及"
            "完成时间存在不确定性。",
        ),
        ("p", "3、技术引进风险：许可技术在公司生产线的适配及收率提升效果可能不及预期。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "黑龙江北润乳品配料股份有限公司董事会"),
        ("right", "2025年7月8日"),
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
    tmpdir = tempfile.mkdtemp(prefix="fresh174_font_")
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
            "01_Aorangi_interim_report.pdf",
            build_latin(
                "01_Aorangi_interim_report.pdf",
                DOC01,
                "Aorangi Dairy Co-operative Limited - Interim Report 2026",
                "Aorangi Dairy Co-operative Limited - Interim Report 2026",
            ),
            len(DOC01),
        ),
        (
            "03_Jiayuan_HKEX_announcement.pdf",
            build_cjk(
                "03_Jiayuan_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "嘉源營養控股有限公司 公告",
                "嘉源營養控股有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Beirun_A-share_announcement.pdf",
            build_cjk(
                "04_Beirun_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "黑龙江北润乳品配料股份有限公司 公告",
                "黑龙江北润乳品配料股份有限公司 公告 2025-038",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
