"""Build the three PDF documents of the fresh173 evaluation set.

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
# Document 01 - Brunegg Re Ltd, Half-Year Report 2025 (English, Swiss reinsurer)
# ---------------------------------------------------------------------------------------------------------------------

DOC01 = [
    [
        ("center", "Brunegg Re Ltd - Half-Year Report 2025", 9),
        ("title", "Interim management report (excerpt)"),
        ("h", "Key figures"),
        (
            "table",
            [76, 30, 30, 38],
            [
                ["USD millions, unless otherwise stated", "H1 2025", "H1 2024", "Change"],
                ["Reinsurance revenue", "9,412", "8,876", "+6.0%"],
                ["Insurance service result", "1,038", "917", "+13.2%"],
                ["Net income attributable to shareholders", "612", "548", "+11.7%"],
                ["Return on equity (annualised)", "13.9%", "12.8%", "+1.1 pts"],
                ["Earnings per share (USD)", "19.42", "17.31", "+12.2%"],
                ["Shareholders' equity (30.06.2025 / 31.12.2024)", "8,940", "8,611", "+3.8%"],
            ],
        ),
        ("h", "1. Overview"),
        (
            "p",
            "Brunegg Re Ltd, Zurich (SIX Swiss Exchange: BRUN), is the parent company of the Brunegg Group, which "
            "provides property and casualty and life and health reinsurance to primary insurers in more than 90 "
            "countries. In the first half of 2025 the Group earned net income of USD 612 million (H1 2024: USD 548 "
            "million), helped by a benign second quarter for natural catastrophes, favourable mortality experience in "
            "the United States and higher recurring investment income. Life and Health Reinsurance contributed USD "
            "287 million, its strongest half-year result since 2019.",
        ),
        (
            "p",
            "Under our strategy for the years 2025 to 2027 we are directing growth capital to protection and health "
            "business in Asia and investing in artificial intelligence across underwriting, claims and pricing. More "
            "than half of the individual life applications that clients referred to us for facultative underwriting "
            "in the first half were pre-assessed by machine-learning models, and the median turnaround time fell from "
            "four working days to nine hours.",
        ),
        ("h", "2. Life and Health Reinsurance"),
        (
            "p",
            "Reinsurance revenue in Life and Health grew by 8.4% to USD 4,106 million. Asia Pacific accounted for 31% "
            "of the value of new business written in the segment, led by Hong Kong, Japan and Korea, while in the "
            "United States we continued to reduce our exposure to older in-force blocks of universal life business.",
        ),
        (
            "p",
            "In March 2025 Brunegg Re subscribed for new shares in Victoria Crest Life Holdings Limited, a Hong "
            "Kong-listed life insurer, for CHF 96 million, giving the Group a 4.9% stake. The investment is held at "
            "fair value through other comprehensive income and deepens our presence in medical and critical illness "
            "protection in the Greater Bay Area.",
        ),
        (
            "p",
            "Brunegg Analytics AG, the Group's wholly owned data-science subsidiary in Zurich, and Kotoha AI K.K., "
            "Tokyo, agreed in May 2025 to jointly develop a Japanese-language model that reads medical certificates "
            "and attending physicians' statements for claims assessment.",
        ),
        (
            "p",
            "Brunegg Analytics also licenses RiskLens, its automated underwriting engine, to primary insurers; in "
            "February 2025 Mopane Life Holdings Limited, South Africa, went live with RiskLens for its individual "
            "life and funeral business, becoming the first licensee outside Europe. On 30 April 2025 Brunegg "
            "Analytics completed the acquisition of Lenzburg Actuarial Systems AG, a developer of experience-analysis "
            "software for life insurers, for CHF 41 million in cash.",
        ),
    ],
    [
        (
            "p",
            "Fynbos Assurance Limited has filed a claim in the High Court of South Africa against Brunegg Analytics "
            "AG, alleging that RiskLens reproduces parts of an underwriting manual in which Fynbos claims copyright. "
            "Brunegg Analytics considers the claim to be without merit, and no provision has been recognised.",
        ),
        ("h", "3. Property and Casualty Reinsurance"),
        (
            "p",
            "Property and Casualty Reinsurance reported net income of USD 301 million. Large natural catastrophe "
            "losses of USD 412 million, mainly from the January wildfires in California and a hailstorm in northern "
            "Italy, were below the expected level for the period. At the April and June renewals, prices for "
            "loss-free catastrophe programmes declined by 4% to 8% as capacity returned to the market.",
        ),
        (
            "p",
            "Competition intensified in Asia, where Nordmeer Rück AG and Calloway Re Ltd. both opened underwriting "
            "offices in Singapore during the period. Following press speculation in June, Brunegg Re confirmed that "
            "it is not in discussions with Calloway Re Ltd. about a business combination and that it continues to "
            "pursue organic growth.",
        ),
        ("h", "4. Technology and operations"),
        (
            "p",
            "Our pricing, exposure-management and model-training workloads run on Nimbara Cloud Inc. under a "
            "five-year agreement signed in January 2025, which carries a minimum spend commitment of USD 62 million. "
            "Information technology expenses rose by 7% to USD 188 million, of which one-off migration costs "
            "accounted for USD 14 million. We expect the migration to be complete by the end of 2025, after which our "
            "two remaining data centres in Switzerland will be decommissioned.",
        ),
        ("h", "5. Capital and financing"),
        (
            "p",
            "The Group's Swiss Solvency Test ratio was 231% at 1 January 2025 (1 January 2024: 224%), within our "
            "target range of 200% to 250%. Shareholders' equity increased to USD 8,940 million, as the half-year "
            "result more than offset the dividend of CHF 7.20 per share paid in April.",
        ),
        (
            "p",
            "In February 2025 Bank Reusstal AG provided Brunegg Re with a USD 500 million committed revolving credit "
            "facility maturing in 2030, which was undrawn at 30 June 2025. The Group's financial debt at the "
            "reporting date was as follows:",
        ),
        (
            "table",
            [64, 44, 34, 32],
            [
                ["Instrument", "Issuer / lender", "Nominal", "Maturity"],
                ["1.375% senior bond", "Brunegg Re Ltd", "CHF 350 million", "2031"],
                ["4.625% subordinated notes", "Brunegg Re Ltd", "USD 600 million", "2054 (call 2034)"],
                ["Revolving credit facility", "Bank Reusstal AG", "USD 500 million", "2030 (undrawn)"],
            ],
        ),
        (
            "p",
            "Financial debt to total capital was 17.2% at 30 June 2025 (31 December 2024: 17.9%). Interest expense "
            "for the half-year amounted to USD 31 million.",
        ),
    ],
    [
        ("title", "Notes to the condensed consolidated interim financial statements (excerpt)"),
        ("h", "Note 14 - Principal subsidiaries, associates and strategic investments"),
        (
            "table",
            [66, 26, 38, 22, 22],
            [
                ["Company", "Country", "Activity", "Share", "Method"],
                ["Brunegg Re Ltd", "Switzerland", "Reinsurance", "Parent", "-"],
                ["Brunegg Re Asia Limited", "Hong Kong", "Reinsurance", "100.0%", "Full"],
                ["Brunegg Analytics AG", "Switzerland", "Data science", "100.0%", "Full"],
                ["Lenzburg Actuarial Systems AG", "Switzerland", "Software", "100.0%", "Full"],
                ["Alpina Parametric AG", "Switzerland", "Insurance", "30.0%", "Equity"],
                ["Victoria Crest Life Holdings Limited", "Hong Kong", "Life insurance", "4.9%", "FVOCI"],
            ],
        ),
        (
            "p",
            "Lenzburg Actuarial Systems AG is held directly by Brunegg Analytics AG and has been fully consolidated "
            "since 30 April 2025. The purchase price allocation is provisional; goodwill of CHF 27 million has been "
            "recognised.",
        ),
        (
            "p",
            "Brunegg Re Asia Limited writes the Group's reinsurance business with cedants in Hong Kong, Macau and "
            "Southeast Asia under a licence from the Insurance Authority of Hong Kong. Alpina Parametric AG, Bern, "
            "offers weather-index cover to agricultural and tourism businesses in the Alpine region.",
        ),
        ("h", "Note 15 - Events after the reporting period"),
        (
            "p",
            "There were no events after 30 June 2025 that would require adjustment of the condensed consolidated "
            "interim financial statements or disclosure in these notes.",
        ),
        ("h", "Review report"),
        (
            "p",
            "Kessler Brandt AG, Zurich, reviewed the condensed consolidated interim financial statements of Brunegg "
            "Re Ltd for the six months ended 30 June 2025 and issued an unmodified review conclusion.",
        ),
        (
            "small",
            "This half-year report contains forward-looking statements based on current assumptions and forecasts of "
            "the Executive Board of Brunegg Re Ltd. Actual results may differ materially from those expressed or "
            "implied. Brunegg Re Ltd does not undertake to update forward-looking statements. The report is published "
            "in English and German; the English version is binding.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Victoria Crest Life Holdings Limited, HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲"
            "明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "維峰人壽控股有限公司", 16),
        ("center", "VICTORIA CREST LIFE HOLDINGS LIMITED", 12),
        ("center", "（於百慕達註冊成立之有限公司）", 9),
        ("center", "（股份代號：2819）", 9),
        ("center", "須予披露交易", 13),
        ("center", "認購智衡核保科技有限公司之B輪優先股", 13),
        ("h", "認購協議"),
        (
            "p",
            "董事會欣然宣佈，於二零二五年八月二十八日（交易時段後），維峰人壽控股有限公司（「本公司」或「維峰控股」，"
            "連同其附屬公司統稱「本集團」）之全資附屬公司維峰創投有限公司（「維峰創投」或「認購方」）與智衡核保科技有"
            "限公司（「智衡核保」或「目標公司」）及目標公司之現有股東訂立認購協議。",
        ),
        (
            "p",
            "根據認購協議，維峰創投有條件同意以總代價港幣235,000,000元認購智衡核保合共4,700,000股B輪優先股，每股認購價"
            "為港幣50.00元。認購價乃經訂約方參考目標公司最近一輪融資之估值、其業務前景及同類人工智能公司之市場估值後按"
            "公平原則磋商釐定。",
        ),
        (
            "p",
            "完成後，維峰創投將持有智衡核保經擴大已發行股本之20.0%（按全面攤薄基準計算），智衡核保將成為本公司之聯營公"
            "司，其財務業績將以權益法於本集團之綜合財務報表入賬。完成須待（其中包括）智衡核保取得其現有優先股股東之書"
            "面同意後方可作實，預期將於二零二五年十月三十一日或之前落實。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關認購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故認購事項構成本公"
            "司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關智衡核保之資料"),
        (
            "p",
            "智衡核保為一家於二零一九年在香港註冊成立之有限公司，主要從事開發及營運以人工智能為基礎之保險核保及理賠決"
            "策系統。其核心產品「衡鑑」引擎可自動讀取病歷、體檢報告及理賠文件，並為人壽及醫療保險之投保申請提供核保建"
            "議。截至二零二四年十二月三十一日止年度，智衡核保之經審核收益約為港幣86,400,000元，除稅後虧損約為港幣"
            "21,300,000元。",
        ),
        ("p", "智衡核保於香港市場之主要競爭對手包括港信智算有限公司。"),
        ("p", "於本公告日期及緊隨完成後，智衡核保之股權架構如下："),
        (
            "table",
            [74, 50, 50],
            [
                ["股東", "緊接完成前持股比例", "緊隨完成後持股比例"],
                ["周衡先生（創辦人）", "46.0%", "36.8%"],
                ["深圳靈犀智保科技股份有限公司", "18.0%", "14.4%"],
                ["其他財務投資者", "36.0%", "28.8%"],
                ["維峰創投有限公司", "-", "20.0%"],
                ["總計", "100.0%", "100.0%"],
            ],
        ),
        (
            "p",
            "據董事作出一切合理查詢後所深知、盡悉及確信，智衡核保及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。",
        ),
        ("h", "進行認購事項之理由及裨益"),
        (
            "p",
            "本集團主要透過其全資附屬公司維峰人壽保險有限公司（「維峰人壽」）於香港及澳門經營人壽、醫療及危疾保險業務。",
        ),
        (
            "p",
            "維峰人壽自二零二四年一月起根據技術服務協議採用智衡核保之「衡鑑」引擎處理醫療及危疾保險之投保申請，目前約"
            "68%之申請可於24小時內完成核保。",
        ),
        (
            "p",
            "本集團自二零二二年起與Brunegg Re Ltd（「Brunegg」）訂立醫療及危疾保險之成數再保險安排，截至二零二四年十二"
            "月三十一日止年度，本集團向Brunegg支付之分出保費約為港幣682,000,000元。此外，本集團與山吹生命保險株式會社"
            "（「山吹生命」）訂立再保險協議，自二零二四年十月起將本集團新承保之日圓計值儲蓄保單之50%分保予山吹生命。",
        ),
        (
            "p",
            "董事認為，認購事項可使本集團將智衡核保之技術進一步應用於理賠審核及欺詐偵測，並分享香港保險科技市場之增長"
            "。董事（包括獨立非執行董事）認為認購協議之條款屬公平合理，且符合本公司及股東之整體利益。",
        ),
        (
            "p",
            "本公司注意到近期有傳媒報道指本集團正洽購一家本地保險經紀公司。董事會謹此澄清，維峰控股並無與寶澤保險經紀"
            "有限公司進行任何收購磋商。",
        ),
    ],
    [
        ("h", "認購事項之資金來源"),
        (
            "p",
            "認購事項之代價將以本集團內部資源及德輔銀行有限公司（「德輔銀行」）於二零二五年七月向維峰控股提供之港幣"
            "500,000,000元循環貸款融資撥付。該融資為期三年，按香港銀行同業拆息加年利率1.35厘計息。",
        ),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之主要股東及其持股情況如下："),
        (
            "table",
            [74, 50, 50],
            [
                ["股東名稱", "所持股份數目", "佔已發行股份總數概約百分比"],
                ["海晴投資控股有限公司", "1,048,000,000", "52.1%"],
                ["Yamabuki Life Holdings, Inc.", "193,000,000", "9.6%"],
                ["公眾股東", "770,000,000", "38.3%"],
                ["總計", "2,011,000,000", "100.0%"],
            ],
        ),
        ("small", "附註：海晴投資控股有限公司由本公司主席林世峰先生全資擁有。"),
        ("h", "財務顧問"),
        ("p", "嘉域融資有限公司擔任維峰控股就認購事項之財務顧問。"),
        (
            "p",
            "由於認購事項須待認購協議所載之先決條件獲達成（或豁免，如適用）後方告完成，故認購事項未必會進行。股東及潛"
            "在投資者於買賣本公司證券時，務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "維峰人壽控股有限公司"),
        ("right", "主席"),
        ("right", "林世峰"),
        ("p", "香港，二零二五年八月二十八日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事林世峰先生、鄭嘉敏女士及羅志明先生；非執行董事山本健一先生；以及獨立"
            "非執行董事陳國樑先生、何淑儀女士及馮偉傑先生。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Shenzhen Lingxi Intelligent Insurance Technology Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：301592        证券简称：灵犀智保        公告编号：2025-063"),
        ("center", "深圳灵犀智保科技股份有限公司", 15),
        ("center", "关于签订日常经营重大合同暨2026年度日常关联交易预计的公告", 13),
        ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性技术服务合同，合同总金额为港币1.26亿元（约合人民币1.15亿元）。"),
        ("p", "● 合同生效条件：合同已经双方签字盖章并生效。"),
        (
            "p",
            "● 日常关联交易预计：公司预计2026年度与关联方发生的日常关联交易总额不超过人民币3,200万元，该事项已经公司第"
            "二届董事会第十九次会议审议通过，关联董事已回避表决，无需提交股东大会审议。",
        ),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        (
            "p",
            "2025年9月15日，深圳灵犀智保科技股份有限公司（以下简称“公司”或“灵犀智保”）全资子公司灵犀智保（香港）有限公"
            "司（以下简称“灵犀香港”）与维峰人寿保险有限公司（以下简称“维峰人寿”）签订《智能理赔平台建设及运营服务合同"
            "》，约定由灵犀香港为维峰人寿建设基于大模型的医疗理赔智能审核平台，并提供为期五年的运营及模型迭代服务，合"
            "同总金额为港币1.26亿元。",
        ),
        (
            "p",
            "本项目采用邀请招标方式，维峰人寿同时邀请了众衡科技股份有限公司等多家保险科技厂商参与投标。灵犀香港凭借医"
            "疗文本识别准确率以及中英文混合病历的处理能力中标。",
        ),
        ("h", "（二）审议程序"),
        (
            "p",
            "本合同为公司日常经营性合同，根据《深圳证券交易所创业板股票上市规则》及《公司章程》的相关规定，无需提交董"
            "事会及股东大会审议。",
        ),
        ("h", "（三）合同对方基本情况"),
        (
            "p",
            "维峰人寿成立于1998年，注册地址为香港湾仔港湾道18号，为香港联合交易所有限公司主板上市公司维峰人寿控股有限"
            "公司（股份代号：2819）的全资子公司，主要在香港及澳门经营人寿、医疗及危疾保险业务。",
        ),
        ("p", "最近三个会计年度，公司与维峰人寿未发生类似业务往来。公司与维峰人寿及其控股股东之间不存在关联关系。"),
    ],
    [
        ("h", "（四）合同主要条款"),
        ("p", "1、合同金额：港币1.26亿元，其中平台建设费用港币4,800万元，五年运营及模型迭代服务费用港币7,800万元。"),
        ("p", "2、付款方式：平台建设费用按里程碑分四期支付，运营服务费用按季度支付。"),
        ("p", "3、履行期限：平台建设期为自合同生效之日起十二个月，运营服务期为平台上线之日起五年。"),
        ("p", "4、违约责任：任何一方违反合同约定的，应赔偿守约方因此遭受的全部直接损失。"),
        ("h", "二、2026年度日常关联交易预计"),
        ("h", "（一）日常关联交易概述"),
        (
            "p",
            "根据业务发展需要，公司预计2026年度向关联方智衡核保科技有限公司（以下简称“智衡核保”）销售医疗文本识别引擎"
            "授权及模型训练服务，交易金额不超过人民币3,200万元。",
        ),
        (
            "table",
            [50, 24, 50, 50],
            [
                ["关联交易类别", "关联人", "2026年度预计金额（万元）", "2025年1-8月发生金额（万元）"],
                ["向关联人销售产品、提供服务", "智衡核保", "3,200", "1,486"],
            ],
        ),
        ("h", "（二）关联人介绍和关联关系"),
        (
            "p",
            "智衡核保成立于2019年，注册地为香港，主要从事保险核保及理赔决策系统的开发及运营。公司董事、副总经理陈思远"
            "先生担任智衡核保董事，根据《深圳证券交易所创业板股票上市规则》第7.2.3条的规定，智衡核保为公司的关联法人。",
        ),
        ("p", "智衡核保依法存续且经营正常，具备良好的履约能力。"),
        ("h", "（三）定价政策和定价依据"),
        (
            "p",
            "公司与智衡核保之间的关联交易遵循公平、公正、公允的原则，参照公司向非关联客户提供同类产品及服务的价格确定"
            "，不存在损害公司及全体股东特别是中小股东利益的情形。",
        ),
    ],
    [
        ("h", "三、其他事项"),
        (
            "p",
            "1、2025年9月，公司与日本Kotoha AI株式会社签署《战略合作框架协议》，双方将在日语医疗文本理解模型及跨境理赔"
            "服务领域开展合作。",
        ),
        (
            "p",
            "2、为保障大模型训练数据质量，公司拟以自有资金人民币2,400万元对深圳数衡标注科技有限公司（以下简称“数衡标注"
            "”）进行增资，增资完成后公司将持有数衡标注30%股权。",
        ),
        ("p", "3、公司模型训练及推理所需算力主要向云栈算力科技有限公司采购，双方已签订为期三年的算力服务框架协议。"),
        ("p", "4、目前国内保险科技领域的主要竞争对手包括众衡科技及杭州云策保险科技有限公司等。"),
        ("h", "四、保荐机构核查意见"),
        (
            "p",
            "华岳证券股份有限公司作为灵犀智保首次公开发行股票并在创业板上市的保荐机构，对上述日常关联交易预计事项出具"
            "了无异议的核查意见。",
        ),
        ("h", "五、风险提示"),
        (
            "p",
            "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化及监管政策调整等因素影响，存在不能按期足额履行的风险。",
        ),
        ("p", "2、汇率风险：本合同以港币结算，人民币与港币汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "深圳灵犀智保科技股份有限公司董事会"),
        ("right", "2025年9月16日"),
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


MAXP_TRUETYPE = (
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
)


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
    for attr, value in MAXP_TRUETYPE:
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


def latin_lines(pdf, text, width):
    """Break Latin text into lines at spaces only, so that a hyphenated word is never split across two lines."""
    lines, current = [], ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if pdf.get_string_width(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def write_text(pdf, width, height, text, align, cjk):
    split = cjk_lines if cjk else latin_lines
    for line in split(pdf, text, width - 2 * pdf.c_margin - 0.5):
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
                pdf.set_font(family, "B" if bold_ok else "", 14)
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
    tmpdir = tempfile.mkdtemp(prefix="fresh173_font_")
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
            "01_BruneggRe_half-year_report.pdf",
            build_latin(
                "01_BruneggRe_half-year_report.pdf",
                DOC01,
                "Brunegg Re Ltd - Half-Year Report 2025",
                "Brunegg Re Ltd - Half-Year Report 2025 (excerpt)",
            ),
            len(DOC01),
        ),
        (
            "03_VictoriaCrest_HKEX_announcement.pdf",
            build_cjk(
                "03_VictoriaCrest_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "維峰人壽控股有限公司 公告",
                "維峰人壽控股有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Lingxi_A-share_announcement.pdf",
            build_cjk(
                "04_Lingxi_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "深圳灵犀智保科技股份有限公司 公告",
                "深圳灵犀智保科技股份有限公司 公告 2025-063",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
