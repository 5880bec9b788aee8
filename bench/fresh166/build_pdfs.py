"""Build the three PDF documents of the fresh166 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Needs fpdf2 and fontTools. Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read).
The path of the collection is taken from the CJK_TTC environment variable, or the Debian default if it is not set.
The face is subset to the characters used with fontTools, its CFF outlines are converted to TrueType quadratic
outlines with cu2quPen, and the result is saved to a temporary directory that is deleted after the PDF is written.
"""

import os
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
CJK_TTC = os.environ.get("CJK_TTC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Permata Kasih Healthcare Berhad, quarterly interim financial report (English, Malaysian issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "PERMATA KASIH HEALTHCARE BERHAD", 14),
        ("center", "Registration No. 201101034567 (961234-X)", 9),
        ("center", "(Incorporated in Malaysia)", 9),
        ("title", "Interim Financial Report for the Third Quarter Ended 30 September 2025"),
        (
            "p",
            'The Board of Directors of Permata Kasih Healthcare Berhad ("Permata Kasih" or "the Company") is pleased '
            'to announce the unaudited condensed consolidated results of the Company and its subsidiaries ("the '
            'Group") for the third quarter ended 30 September 2025. The figures have not been audited.',
        ),
        ("h", "Unaudited Condensed Consolidated Statement of Profit or Loss"),
        (
            "table",
            [46, 32, 32, 32, 32],
            [
                [
                    "RM'000",
                    "Current quarter 30.9.2025",
                    "Preceding year quarter 30.9.2024",
                    "9 months to 30.9.2025",
                    "9 months to 30.9.2024",
                ],
                ["Revenue", "612,418", "548,761", "1,771,204", "1,602,338"],
                ["Operating expenses", "(508,655)", "(459,770)", "(1,468,050)", "(1,345,122)"],
                ["Finance costs", "(9,874)", "(8,102)", "(27,015)", "(24,689)"],
                ["Share of results of associates", "1,204", "987", "3,611", "2,904"],
                ["Profit before tax", "95,093", "81,876", "279,750", "235,431"],
                ["Taxation", "(23,298)", "(20,061)", "(68,539)", "(57,681)"],
                ["Profit for the period", "71,795", "61,815", "211,211", "177,750"],
                ["Basic earnings per share (sen)", "4.38", "3.77", "12.88", "10.84"],
            ],
        ),
        ("h", "Part A - Explanatory Notes Pursuant to MFRS 134"),
        ("h", "A1. Basis of preparation"),
        (
            "p",
            "The interim financial report has been prepared in accordance with MFRS 134 Interim Financial Reporting "
            "issued by the Malaysian Accounting Standards Board and paragraph 9.22 of the Main Market Listing "
            "Requirements of Bursa Malaysia Securities Berhad, and should be read in conjunction with the audited "
            "financial statements of the Group for the financial year ended 31 December 2024.",
        ),
        ("h", "A10. Changes in the composition of the Group"),
        (
            "p",
            "On 18 July 2025, the Company completed the acquisition of the entire equity interest in Hospital Pakar "
            'Seri Manjung Sdn. Bhd. ("HPSM") for a total cash consideration of RM126.0 million. Following the '
            "completion, HPSM became a wholly-owned subsidiary of the Company. HPSM owns and operates a 148-bed "
            "specialist hospital in Seri Manjung, Perak.",
        ),
        (
            "p",
            'On 12 August 2025, Permata Kasih Digital Sdn. Bhd. ("PK Digital"), a wholly-owned subsidiary of the '
            'Company, subscribed for 2,400,000 new ordinary shares in Kirana Vision Sdn. Bhd. ("Kirana") for a cash '
            "consideration of RM15.0 million, representing 18.0% of the enlarged issued share capital of Kirana. As "
            "PK Digital is entitled to appoint one of the five directors of Kirana, the investment is accounted for "
            "as an associate.",
        ),
        ("p", "Save as disclosed above, there were no changes in the composition of the Group during the current quarter."),
    ],
    [
        ("h", "Part B - Additional Information Required by the Main Market Listing Requirements"),
        ("h", "B1. Review of performance"),
        (
            "p",
            "Group revenue for the current quarter increased by 11.6% to RM612.4 million (3Q2024: RM548.8 million), "
            "driven by higher inpatient admissions, the consolidation of HPSM from 18 July 2025 and a 7.2% increase "
            "in average revenue per inpatient. Profit before tax rose by 16.1% to RM95.1 million.",
        ),
        (
            "p",
            "Bed occupancy across the Group's 16 hospitals averaged 71% (3Q2024: 68%). Kirana's AI chest X-ray "
            "triage software, which the Group licenses on a per-study subscription basis, is now in use at 11 of "
            "the Group's hospitals and has reduced the median reporting time for urgent chest radiographs from 94 "
            "minutes to 31 minutes.",
        ),
        ("h", "B2. Prospects"),
        (
            "p",
            "The Board expects demand for private healthcare to remain firm, supported by medical tourism and the "
            "growth of employer-sponsored and takaful medical coverage. The Klang Valley market is expected to "
            "remain competitive as Cempaka Medical Centres Berhad and Sinar Damai Healthcare Berhad open a combined "
            "620 new beds in 2026. The Group will continue to invest in clinical automation and artificial "
            "intelligence, including AI-assisted radiology, digital pathology and predictive bed management, to "
            "shorten clinical turnaround and raise staff productivity.",
        ),
        (
            "p",
            "Barring unforeseen circumstances, the Board expects the Group's performance for the financial year "
            "ending 31 December 2025 to be better than that of the previous financial year.",
        ),
        ("h", "B6. Status of corporate proposals"),
        (
            "p",
            "(a) On 2 October 2025, the Company entered into a conditional share sale agreement with Ching Fung "
            'Medical Technology Holdings Limited ("Ching Fung"), a company listed on the Main Board of The Stock '
            "Exchange of Hong Kong Limited, for the disposal of 60% of the equity interest in Gemilang Pathology "
            'Sdn. Bhd. ("Gemilang") for a cash consideration of RM88.2 million ("Proposed Disposal").',
        ),
        (
            "p",
            "Upon completion of the Proposed Disposal, the Company will retain a 40% equity interest in Gemilang, "
            "which will then be accounted for as an associate of the Group. Gemilang will continue to provide "
            "histopathology, cytology and molecular testing services to the Group's hospitals under a five-year "
            "laboratory services agreement to be entered into upon completion. In conjunction with the Proposed "
            "Disposal, the Company and Ching Fung entered into a memorandum of understanding to collaborate on the "
            "roll-out of AI-assisted digital pathology across the Group's hospitals. The Proposed Disposal is "
            "expected to be completed in the first quarter of 2026.",
        ),
        (
            "p",
            "(b) The heads of agreement dated 14 March 2025 between Permata Kasih and Sinar Damai Healthcare Berhad "
            "in relation to the proposed acquisition of the latter's specialist hospital in Ipoh lapsed on 30 "
            "August 2025 and was not extended.",
        ),
        (
            "p",
            "Save as disclosed above, there were no corporate proposals announced but not completed as at the date "
            "of this report.",
        ),
    ],
    [
        ("h", "B9. Group borrowings and debt securities"),
        ("p", "The Group's borrowings as at 30 September 2025 were as follows:"),
        (
            "table",
            [76, 32, 32, 32],
            [
                ["RM'000", "Secured", "Unsecured", "Total"],
                ["Short-term: revolving credit", "-", "85,000", "85,000"],
                ["Short-term: term loans and term financing-i", "24,600", "-", "24,600"],
                ["Long-term: term loans and term financing-i", "318,450", "-", "318,450"],
                ["Long-term: Islamic medium-term notes", "-", "250,000", "250,000"],
                ["Total", "343,050", "335,000", "678,050"],
            ],
        ),
        (
            "p",
            "The increase in borrowings during the current quarter was mainly due to the term loan of RM90.0 million "
            "from Bank Tanjung Berhad, drawn in July 2025 to part-finance the acquisition of HPSM, which is secured "
            "by a legal charge over the hospital land and building of HPSM. All borrowings of the Group are "
            "denominated in Ringgit Malaysia.",
        ),
        ("h", "B10. Material litigation"),
        (
            "p",
            "On 9 June 2025, Cempaka Medical Centres Berhad filed a writ of summons in the High Court of Malaya at "
            "Kuala Lumpur against Pusat Pakar Permata Kasih (Klang) Sdn. Bhd. and two consultant cardiologists, "
            "alleging inducement of breach of contract and claiming damages of RM18.5 million. The Board, having "
            "consulted its solicitors, is of the view that the defendants have a good defence to the claim, and no "
            "provision has been made in the financial statements.",
        ),
        ("h", "B11. Dividend"),
        (
            "p",
            "The Board has declared a third interim single-tier dividend of 1.5 sen per ordinary share for the "
            "financial year ending 31 December 2025, payable on 12 December 2025 to shareholders whose names appear "
            "in the Record of Depositors on 28 November 2025.",
        ),
        ("h", "B12. Authorisation for issue"),
        (
            "p",
            "The interim financial report was authorised for issue by the Board of Directors in accordance with a "
            "resolution of the directors dated 25 November 2025.",
        ),
        ("right", "By Order of the Board"),
        ("right", "Nurul Aina binti Kamaruddin (MAICSA 7065432)"),
        ("right", "Company Secretary"),
        ("p", "Kuala Lumpur, 25 November 2025"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Ching Fung Medical Technology Holdings Limited, HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "澄峰醫療科技控股有限公司", 16),
        ("center", "Ching Fung Medical Technology Holdings Limited", 12),
        ("center", "（於開曼群島註冊成立的有限公司）", 9),
        ("center", "（股份代號：6938）", 9),
        ("center", "須予披露交易", 13),
        ("center", "收購GEMILANG PATHOLOGY SDN. BHD.之60%股權", 13),
        ("h", "緒言"),
        (
            "p",
            "董事會欣然宣佈，於二零二五年十月二日（交易時段後），澄峰醫療科技控股有限公司（「本公司」或「澄峰醫療」，"
            "連同其附屬公司統稱「本集團」）（作為買方）與Permata Kasih Healthcare Berhad（「Permata Kasih」或"
            "「賣方」）訂立買賣協議，據此，澄峰醫療有條件同意收購而賣方有條件同意出售Gemilang Pathology Sdn. Bhd."
            "（「Gemilang」或「目標公司」）已發行股本之60%，代價為令吉88,200,000元（相當於約港幣162,700,000元）。",
        ),
        ("h", "買賣協議"),
        (
            "p",
            "代價乃經訂約方參考獨立估值師衡信評估有限公司採用市場法對目標公司全部股權於二零二五年六月三十日之估值"
            "令吉151,000,000元，並考慮目標公司之業務前景後按公平原則磋商釐定。",
        ),
        (
            "p",
            "代價將分兩期以現金支付：(i)令吉26,460,000元（即代價之30%）於簽署買賣協議後十個營業日內支付作為按金；"
            "及(ii)餘額令吉61,740,000元於完成時支付。",
        ),
        (
            "p",
            "完成後，澄峰醫療將持有目標公司已發行股本之60%，目標公司將成為本公司之非全資附屬公司，其財務業績將"
            "綜合併入本集團之財務報表。",
        ),
        (
            "p",
            "Permata Kasih將繼續持有目標公司餘下40%股權，並有權提名目標公司董事會五名董事中之兩名。目標公司現有"
            "管理層將於完成後留任，以確保業務平穩過渡。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故收購事項構成"
            "本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關訂約方及目標公司之資料"),
        ("h", "本集團"),
        (
            "p",
            "本集團主要於香港及粵港澳大灣區從事醫學化驗、病理診斷及醫學影像服務，並開發人工智能病理判讀軟件"
            "「PathoLens」。澄峰智能病理（深圳）有限公司（「澄峰智能」）為本公司之間接全資附屬公司，負責PathoLens"
            "之研發。",
        ),
        (
            "p",
            "本公司自二零二三年起向蘇州瑞析智能醫療科技股份有限公司（「瑞析」）採購數字病理切片掃描儀，截至二零二四年"
            "十二月三十一日止年度之採購額約為人民幣41,500,000元。澄峰智能與瑞析已於二零二五年三月訂立聯合研發協議，"
            "共同開發宮頸細胞學人工智能輔助判讀系統。",
        ),
        (
            "p",
            "本集團之人工智能模型訓練及推理運算主要使用Nimbara Cloud Pte. Ltd.（「Nimbara」）提供之雲端服務。"
            "於二零二五年七月，本公司與Misbar Health Company（「Misbar」）訂立數據授權協議，向其授出本集團經"
            "去識別化之病理切片影像數據庫之非獨家使用權，為期三年，授權費總額為港幣38,000,000元。",
        ),
        ("h", "賣方"),
        (
            "p",
            "Permata Kasih為一家於馬來西亞註冊成立之公司，其股份於馬來西亞證券交易所主板上市（股份代號：5331），"
            "於馬來西亞經營十六間私營醫院。據董事作出一切合理查詢後所深知、盡悉及確信，賣方及其最終實益擁有人均為"
            "獨立於本公司及其關連人士之第三方。",
        ),
        ("h", "目標公司"),
        (
            "p",
            "目標公司為一家於馬來西亞註冊成立之公司，於吉隆坡、檳城及新山經營三間中央化驗所及二十八個採樣點。"
            "馬來西亞私營病理化驗市場之其他主要營運商包括Lablink Nusantara Sdn. Bhd.及Patologi Utama Sdn. Bhd.等。",
        ),
        ("p", "目標公司截至二零二三年及二零二四年十二月三十一日止兩個年度之經審核財務資料如下："),
        (
            "table",
            [58, 58, 58],
            [
                ["令吉千元", "截至二零二三年十二月三十一日止年度", "截至二零二四年十二月三十一日止年度"],
                ["收益", "96,420", "108,735"],
                ["除稅前溢利", "14,210", "16,884"],
                ["除稅後溢利", "10,799", "12,832"],
            ],
        ),
        ("h", "進行收購事項之理由及裨益"),
        (
            "p",
            "收購事項將使本集團可於東南亞建立化驗服務平台，並將PathoLens及本集團之數字病理工作流程引入目標公司之"
            "化驗所。董事（包括獨立非執行董事）認為買賣協議之條款屬公平合理，且符合本公司及股東之整體利益。",
        ),
        (
            "p",
            "本公司注意到近期有傳媒報道指本集團有意收購一家波蘭化驗服務商之股權。董事會謹此澄清，澄峰醫療並無與"
            "Laborix Diagnostyka S.A.或其股東進行任何收購磋商。",
        ),
    ],
    [
        ("h", "收購事項之資金來源"),
        (
            "p",
            "代價將以本集團內部資源及維港商業銀行有限公司（「維港銀行」）向澄峰醫療提供之港幣120,000,000元定期貸款"
            "融資撥付。該融資為期三年，以本集團若干應收款項作抵押。",
        ),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之股權架構如下："),
        (
            "table",
            [74, 50, 50],
            [
                ["股東名稱", "所持股份數目", "佔已發行股份總數概約百分比"],
                ["澄遠投資有限公司（附註）", "398,400,000", "53.4%"],
                ["公眾股東", "347,600,000", "46.6%"],
                ["總計", "746,000,000", "100.0%"],
            ],
        ),
        ("small", "附註：澄遠投資有限公司由本公司主席兼執行董事陳澄峰先生全資擁有。"),
        ("h", "財務顧問"),
        ("p", "嘉泓融資有限公司擔任澄峰醫療就收購事項之財務顧問。"),
        (
            "p",
            "由於收購事項須待買賣協議所載之先決條件獲達成（或豁免）後方告完成，故收購事項未必會進行。股東及潛在投資者"
            "於買賣本公司證券時，務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "澄峰醫療科技控股有限公司"),
        ("right", "主席"),
        ("right", "陳澄峰"),
        ("p", "香港，二零二五年十月二日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事陳澄峰先生及區詠琳女士；非執行董事黃志衡先生；以及獨立非執行董事"
            "李樂勤先生、梁淑儀女士及馮德華先生。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Suzhou Ruixi Intelligent Medical Technology Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：688593        证券简称：瑞析智能        公告编号：2025-058"),
        ("center", "苏州瑞析智能医疗科技股份有限公司", 15),
        ("center", "关于签订日常经营重大合同暨对外投资设立境外全资子公司的公告", 13),
        (
            "small",
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
            "准确性和完整性依法承担法律责任。",
        ),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性销售合同，合同金额约为人民币2.36亿元（含税）。"),
        ("p", "● 合同生效条件：合同经双方签字盖章后生效。"),
        ("p", "● 对外投资标的名称：瑞析智能（沙特）医疗科技有限公司（暂定名，最终以沙特阿拉伯商务部核准登记的名称为准）。"),
        ("p", "● 投资金额：公司拟以自有资金出资500万美元，持股100%。"),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        (
            "p",
            "2025年10月20日，苏州瑞析智能医疗科技股份有限公司（以下简称“公司”或“瑞析智能”）与Qimmah Diagnostic "
            "Laboratories Company（以下简称“Qimmah”）签订《数字病理及检验自动化设备采购协议》，约定公司于2025年"
            "12月至2027年6月期间向Qimmah供应全自动数字病理切片扫描仪、人工智能辅助判读软件及检验前处理自动化"
            "流水线，合同总金额约为人民币2.36亿元（含税）。",
        ),
        (
            "p",
            "在本次招标中，Qimmah同时邀请了杭州景析医疗科技有限公司及两家欧洲厂商参与报价。公司凭借扫描速度、"
            "人工智能辅助判读软件的阿拉伯语界面及本地化服务能力中标。",
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
            "Qimmah成立于2004年，其股份于沙特证券交易所主板上市（股票代码：4341），在沙特阿拉伯运营62家医学"
            "实验室及238个患者服务中心，为当地规模最大的独立医学检验机构之一。公司与Qimmah不存在关联关系，最近"
            "三个会计年度未与Qimmah发生业务往来。",
        ),
        ("h", "（四）公司境外业务情况"),
        (
            "p",
            "截至本公告披露日，公司数字病理产品已进入中国香港、马来西亚及中东市场，其中中国香港地区的主要客户为"
            "香港联交所上市公司澄峰医疗科技控股有限公司（股份代号：6938）。",
        ),
        (
            "p",
            "公司与澄峰医疗的全资子公司澄峰智能病理（深圳）有限公司已于2025年3月签署联合研发协议，共同开发宫颈"
            "细胞学人工智能辅助判读系统。",
        ),
        ("h", "二、对外投资设立境外全资子公司"),
        ("h", "（一）基本情况"),
        (
            "p",
            "为就近服务中东地区客户、推进产品在当地的注册与售后服务，公司拟以自有资金出资500万美元在沙特阿拉伯"
            "利雅得设立全资子公司瑞析智能（沙特）医疗科技有限公司（暂定名，以下简称“瑞析沙特”）。",
        ),
        (
            "table",
            [44, 130],
            [
                ["项目", "内容"],
                ["公司名称", "瑞析智能（沙特）医疗科技有限公司（暂定名）"],
                ["注册地", "沙特阿拉伯利雅得"],
                ["注册资本", "500万美元"],
                ["出资方式", "货币，资金来源为公司自有资金"],
                ["股权结构", "公司持股100%"],
                ["经营范围", "医疗器械及软件的销售、安装、维修及技术服务（以当地主管部门核准为准）"],
            ],
        ),
        ("p", "瑞析沙特设立后将纳入公司合并报表范围，成为公司的全资子公司。"),
        (
            "p",
            "瑞析沙特拟与Falak Cloud Company（以下简称“Falak”）签署战略合作备忘录，双方将联合向沙特医疗机构推广"
            "部署于本地云平台的人工智能病理解决方案。",
        ),
        ("h", "（二）供应链安排"),
        (
            "p",
            "公司扫描仪及人工智能辅助判读工作站所用推理芯片主要向无锡芯衡微电子有限公司采购，公司已与其签订2026年度"
            "供货框架协议，以保障本合同的交付。",
        ),
    ],
    [
        ("h", "三、对上市公司的影响"),
        (
            "p",
            "本次重大合同的履行预计将对公司2026年度及2027年度经营业绩产生积极影响，有利于提升公司数字病理产品在"
            "中东市场的品牌影响力。合同的履行对公司业务独立性不构成影响，公司主要业务不会因履行合同而对合同对方形成"
            "依赖。本次对外投资有利于公司完善海外服务网络，不会对公司财务状况和经营成果产生重大不利影响，不存在损害"
            "公司及全体股东利益的情形。",
        ),
        ("h", "四、中介机构意见"),
        ("p", "华禾证券股份有限公司作为瑞析智能的持续督导保荐机构，对本次对外投资事项出具了无异议的核查意见。"),
        ("h", "五、风险提示"),
        (
            "p",
            "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化、当地医疗器械注册进度及付款能力等因素"
            "影响，存在不能按期足额履行的风险。",
        ),
        (
            "p",
            "2、境外投资审批风险：本次对外投资尚需取得商务主管部门、发展改革部门及外汇管理部门的备案或登记，以及沙特"
            "阿拉伯相关政府部门的批准，能否取得及取得时间存在不确定性。",
        ),
        ("p", "3、汇率风险：合同以美元结算，人民币汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "苏州瑞析智能医疗科技股份有限公司董事会"),
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
    tmpdir = tempfile.mkdtemp(prefix="fresh166_font_")
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
            "02_PermataKasih_quarterly_report.pdf",
            build_latin(
                "02_PermataKasih_quarterly_report.pdf",
                DOC02,
                "Permata Kasih Healthcare Berhad - Quarterly Report 3Q2025",
                "Permata Kasih Healthcare Berhad - Interim Financial Report 3Q2025",
            ),
            len(DOC02),
        ),
        (
            "03_ChingFung_HKEX_announcement.pdf",
            build_cjk(
                "03_ChingFung_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "澄峰醫療科技控股有限公司 公告",
                "澄峰醫療科技控股有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Ruixi_A-share_announcement.pdf",
            build_cjk(
                "04_Ruixi_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "苏州瑞析智能医疗科技股份有限公司 公告",
                "苏州瑞析智能医疗科技股份有限公司 公告 2025-058",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
