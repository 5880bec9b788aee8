"""Build the three PDF documents of the fresh175 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory under /tmp/fresh175_tmp that is deleted after the PDF is written.
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
TMP_ROOT = Path("/tmp/fresh175_tmp")  # the subset fonts are written here and deleted afterwards


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Siam Vertex Facility Management Public Company Limited, Form 56-1 One Report 2024 (English, Thai issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Siam Vertex Facility Management Public Company Limited - Form 56-1 One Report 2024", 9),
        ("title", "Part 1 Business Operations and Performance (excerpt)"),
        ("h", "1. Structure and Operation of the Group"),
        (
            "p",
            'Siam Vertex Facility Management Public Company Limited (the "Company", SET: SVFM) was established in '
            "2003 and listed on the Stock Exchange of Thailand in 2016. The Company and its subsidiaries (the "
            '"Group") provide integrated facility management (FM) services, including mechanical and electrical '
            "engineering maintenance, cleaning and hygiene, security and building-operation services, to shopping "
            "malls, hospitals, office towers, data centres and industrial estates in Thailand. As at 31 December 2024 "
            "the Group managed 612 sites with a total floor area of about 9.8 million square metres and employed "
            "21,460 staff.",
        ),
        ("h", "1.1 Vision, objectives and use of technology"),
        (
            "p",
            "The Group's strategy for 2024-2026 is to move from labour-based contracts to outcome-based contracts in "
            "which fees are linked to equipment availability, energy use and tenant satisfaction. To do this, the "
            "Group operates a central operations centre in Bangkok that combines building-management system data, "
            "computer-vision analytics and AI-based work-order scheduling for all of its sites. In 2024, 58% of new "
            "contracts by value included at least one performance-linked fee component (2023: 31%).",
        ),
        (
            "p",
            "Technicians of the Group now receive work orders ranked by a model that estimates the probability of "
            "equipment failure at each site, rather than following fixed maintenance calendars. The Group estimates "
            "that this reduced emergency call-outs for chillers, pumps and lifts by 22% at the sites where it was "
            "applied in 2024.",
        ),
        ("h", "1.2 Significant changes and developments"),
        (
            "p",
            "In July 2024 the Company acquired all of the shares of Lanna Hygiene Services Co., Ltd., a cleaning and "
            "hygiene services provider in Chiang Mai and Lamphun, for a total consideration of THB 186 million, "
            "which was paid in cash from internal funds.",
        ),
        (
            "p",
            "In February 2025 Routala Group Oyj, the Finnish facility-services group, subscribed for 199,000,000 "
            "newly issued ordinary shares of the Company at THB 6.80 per share, or THB 1,353.2 million in total, "
            "under a private placement approved by the Extraordinary General Meeting of Shareholders on 24 January "
            "2025. Following the allotment, Routala holds 19.90% of the Company's paid-up capital.",
        ),
        (
            "p",
            "The Company and Routala also entered into a technical cooperation agreement under which Routala will "
            "transfer its AI-based work-order scheduling and energy-audit methods to the Group's engineering teams.",
        ),
    ],
    [
        ("h", "1.3 Revenue structure and major customers"),
        (
            "p",
            "Revenue from services in 2024 was THB 9,482.6 million, an increase of 11.8% from 2023. Integrated FM "
            "contracts accounted for 63% of revenue, stand-alone engineering maintenance for 21% and cleaning and "
            "security services for 16%. Customers that each accounted for more than 5% of total revenue were:",
        ),
        (
            "table",
            [62, 40, 44, 28],
            [
                ["Customer", "Business", "Services provided", "Share of 2024 revenue"],
                [
                    "Thonburi Grand Property Public Company Limited",
                    "Property developer and landlord",
                    "Integrated FM, 41 buildings",
                    "14.2%",
                ],
                ["Corvane Cloud, Inc.", "Data centre operator", "Critical-environment FM, Bangkok data centre", "6.1%"],
            ],
        ),
        (
            "p",
            "No other single customer accounted for more than 5% of revenue. The services agreement with Corvane "
            "Cloud, Inc. is the Group's first critical-environment contract for a hyperscale data centre and runs "
            "until 2029.",
        ),
        ("h", "1.4 Procurement and major suppliers"),
        (
            "p",
            "The Group subcontracts specialist work where it does not hold the necessary licences or equipment-maker "
            "certifications, and buys software and analytics from technology providers. Suppliers from which the "
            "Group purchased more than THB 50 million in 2024 were:",
        ),
        (
            "table",
            [66, 66, 42],
            [
                ["Supplier", "Goods or services", "Purchases in 2024"],
                [
                    "Rattanakosin Smart Building Public Company Limited",
                    "Building automation integration and BMS upgrades",
                    "THB 212.6 million",
                ],
                ["Kivikoski Elevator (Thailand) Co., Ltd.", "Lift and escalator maintenance subcontracting", "THB 148.3 million"],
                ["Quillfield AI, Inc.", "AI video analytics software (VertexEye)", "THB 61.9 million"],
            ],
        ),
        (
            "p",
            "VertexEye, the Group's computer-vision service for people counting, slip-and-fall detection and "
            "cleaning on demand, is built on software licensed from Quillfield AI, Inc. and had been deployed at 74 "
            "sites by the end of 2024. The Group does not depend on any single supplier for labour or consumables.",
        ),
        ("h", "2. Risk Management"),
        (
            "p",
            "Competition risk: The integrated FM market in Thailand remains fragmented. The Company's principal "
            "competitors for large multi-site contracts are Krungthep Facility Solutions Public Company Limited and "
            "Norrvik Services AB, which entered the Thai market in 2023, and price competition for cleaning and "
            "security contracts remained intense in 2024.",
        ),
        (
            "p",
            "Labour risk: Around 78% of the Group's costs are staff costs. Increases in the statutory minimum wage, "
            "which rose in several provinces in 2024, cannot always be passed on to customers during the term of a "
            "contract. The Group mitigates this risk through indexation clauses, which covered 64% of contract value "
            "at the end of 2024, and through productivity gains from scheduling technology.",
        ),
    ],
    [
        ("h", "1.5 Shareholding structure of the Group"),
        ("p", "As at 31 December 2024 the Company had the following subsidiaries, both of which are incorporated in Thailand:"),
        (
            "table",
            [62, 56, 30, 26],
            [
                ["Company", "Type of business", "Paid-up capital (THB million)", "Shareholding"],
                ["Vertex Engineering Services Co., Ltd.", "Mechanical and electrical maintenance", "120.0", "99.99%"],
                ["Lanna Hygiene Services Co., Ltd.", "Cleaning and hygiene services", "40.0", "100.00%"],
            ],
        ),
        ("h", "1.6 Major shareholders"),
        (
            "p",
            "The largest shareholders of the Company as at the latest closing date of the share register, "
            "28 February 2025, were as follows:",
        ),
        (
            "table",
            [80, 50, 44],
            [
                ["Shareholder", "Number of shares", "% of paid-up capital"],
                ["Tanasiri Holding Co., Ltd.", "345,000,000", "34.50"],
                ["Routala Group Oyj", "199,000,000", "19.90"],
                ["Mr. Kittipong Tanasiri", "48,200,000", "4.82"],
                ["Other shareholders", "407,800,000", "40.78"],
                ["Total", "1,000,000,000", "100.00"],
            ],
        ),
        (
            "p",
            "Tanasiri Holding Co., Ltd. is wholly owned by members of the Tanasiri family. Mr. Kittipong Tanasiri is "
            "the Chairman of the Board of Directors.",
        ),
        ("h", "4. Management Discussion and Analysis (excerpt)"),
        (
            "p",
            "Gross profit margin improved to 14.8% from 13.9% in 2023, mainly because of a higher share of "
            "engineering and performance-linked contracts. Selling and administrative expenses rose by 9.4% to "
            "THB 702.3 million, including THB 41.6 million of one-off costs related to the acquisition of Lanna "
            "Hygiene Services Co., Ltd. and the preparation of the private placement. Net profit attributable to "
            "owners of the Company was THB 512.7 million (2023: THB 431.0 million).",
        ),
    ],
    [
        ("title", "Notes to the Financial Statements (excerpt)"),
        ("h", "Note 17 Long-term loans from financial institutions"),
        (
            "p",
            "On 15 March 2024 the Company entered into a long-term loan agreement with Nakhon Thani Bank Public "
            "Company Limited for a credit facility of THB 1,200 million, repayable in 20 quarterly instalments "
            "starting in June 2025. The loan bears interest at MLR minus 1.75% per annum and is secured by the "
            "assignment of receivables under certain FM contracts. The agreement contains covenants on the "
            "net-debt-to-equity ratio and the debt service coverage ratio, which the Company complied with as at "
            "31 December 2024.",
        ),
        (
            "table",
            [70, 36, 40, 28],
            [
                ["Lender", "Facility", "Outstanding at 31 December 2024", "Interest rate"],
                ["Nakhon Thani Bank Public Company Limited", "THB 1,200 million", "THB 900 million", "MLR - 1.75%"],
            ],
        ),
        ("h", "Note 28 Commitments and contingent liabilities"),
        (
            "p",
            "In November 2024 Pattaya Clean Force Co., Ltd., an unsuccessful bidder for a cleaning and hygiene "
            "contract at a public hospital in Chon Buri, filed a petition with the Central Administrative Court "
            "against the hospital and Siam Vertex Facility Management Public Company Limited seeking the "
            "cancellation of the award. The Company's management and legal counsel believe that the petition is "
            "without merit, and no provision has been recognised.",
        ),
        (
            "p",
            "As at 31 December 2024 the Company had letters of guarantee issued by banks in favour of customers and "
            "government agencies of THB 286.4 million, mainly performance bonds under FM contracts.",
        ),
        ("h", "Auditor's report"),
        (
            "p",
            "Sathorn Audit Office Limited, the Company's auditor, expressed an unqualified opinion on the consolidated "
            "financial statements of Siam Vertex Facility Management Public Company Limited for the year ended "
            "31 December 2024.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Yungsheng Electric Machinery Co., Ltd., TWSE material information announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        ("small", "公開資訊觀測站　重大訊息公告　（本資料由永昇電機股份有限公司提供）"),
        ("center", "永昇電機股份有限公司", 16),
        ("center", "Yungsheng Electric Machinery Co., Ltd.", 12),
        ("center", "（股票代號：4573）", 9),
        ("center", "公告本公司董事會決議參與宏聚感測科技股份有限公司私募普通股", 13),
        ("p", "序號：2　發言日期：114/10/28　發言時間：18:05:12"),
        ("p", "發言人：陳怡君　發言人職稱：財務長　發言人電話：04-2359-6618"),
        ("p", "符合條款：第11款　事實發生日：114/10/28"),
        ("h", "說明"),
        ("p", "1.標的物之名稱及性質（屬特別股者，並應標明特別股約定發行條件，如股息率等）：宏聚感測科技股份有限公司私募普通股"),
        ("p", "2.事實發生之日期：114/10/28~114/10/28"),
        (
            "p",
            "3.交易數量、每單位價格及交易總金額：交易數量：8,500,000股；每單位價格：新台幣52.80元；"
            "交易總金額：新台幣448,800,000元",
        ),
        (
            "p",
            "4.交易相對人及其與公司之關係（交易相對人如屬自然人，且非公司之關係人者，得免揭露其姓名）："
            "宏聚感測科技股份有限公司；非本公司之關係人",
        ),
        (
            "p",
            "5.交易相對人為關係人者，並應公告選定關係人為交易對象之原因及前次移轉之所有人、前次移轉之所有人與公司及"
            "交易相對人間相互之關係、前次移轉日期及移轉金額：不適用",
        ),
        (
            "p",
            "6.交易標的最近五年內所有權人曾為公司之關係人者，尚應公告關係人之取得及處分日期、價格及交易當時與公司之關係：不適用",
        ),
        ("p", "7.預計處分利益（或損失）（取得有價證券者不適用）（原遞延者應列表說明認列情形）：不適用"),
        (
            "p",
            "8.交付或付款條件（含付款期間及金額）、契約限制條款及其他重要約定事項：於私募股款繳納期間內以現金一次"
            "繳足；私募普通股自交付日起三年內，除依證券交易法第四十三條之八規定之轉讓對象外，不得再行賣出。",
        ),
        (
            "p",
            "9.本次交易之決定方式、價格決定之參考依據及決策單位：依宏聚感測股東臨時會通過之私募價格訂定原則，以定價日"
            "前三十個營業日普通股收盤價簡單算術平均數扣除無償配股除權及配息後之股價之八成計算，經本公司董事會決議"
            "通過。",
        ),
    ],
    [
        ("p", "10.取得或處分有價證券標的公司每股淨值：新台幣31.47元（民國113年12月31日經會計師查核簽證之財務報告）"),
        (
            "p",
            "11.迄目前為止，累積持有本交易證券（含本次交易）之數量、金額、持股比例及權利受限情形（如質押情形）："
            "數量：8,500,000股；金額：新台幣448,800,000元；持股比例：16.35%；權利受限情形：私募普通股三年內轉讓"
            "受限",
        ),
        (
            "p",
            "12.迄目前為止，依「公開發行公司取得或處分資產處理準則」第三條所列之有價證券投資（含本次交易）占公司"
            "最近期財務報表中總資產及歸屬於母公司業主之權益之比例暨最近期財務報表中營運資金數額：占總資產比例："
            "9.42%；占歸屬於母公司業主之權益比例：17.86%；營運資金：新台幣1,236,540仟元",
        ),
        ("p", "13.經紀人及經紀費用：不適用"),
        ("p", "14.取得或處分之具體目的或用途：策略性投資，強化本公司曳引機及驅動器產品之感測與預測性維護能力"),
        ("p", "15.本次交易表示異議董事之意見：無"),
        ("p", "16.本次交易為關係人交易：否"),
        ("p", "17.董事會通過日期：民國114年10月28日"),
        ("p", "18.監察人承認或審計委員會同意日期：民國114年10月28日"),
        ("p", "19.本次交易係向關係人取得不動產或其使用權資產：否"),
        ("p", "20.本次交易之會計師出具非合理性意見：否"),
        ("p", "21.會計師事務所名稱：信和聯合會計師事務所"),
        ("p", "22.會計師姓名：張瑞麟"),
        ("p", "23.會計師開業證書字號：金管會證字第6218號"),
        ("p", "24.是否涉及營運模式變更：否"),
        ("p", "25.營運模式變更說明：不適用"),
        ("p", "26.過去一年及預計未來一年內與交易相對人交易情形：本公司向宏聚感測採購曳引機用感測模組，詳第28項其他敘明事項"),
        ("p", "27.資金來源：自有資金及銀行借款"),
        ("p", "28.其他敘明事項：詳下列說明"),
    ],
    [
        ("h", "其他敘明事項"),
        (
            "p",
            "（一）本公司董事會於民國114年10月28日決議，以總金額新台幣448,800,000元參與宏聚感測科技股份有限公司"
            "（以下簡稱宏聚感測）私募普通股8,500,000股，交易完成後本公司將持有宏聚感測私募後已發行股份總數約"
            "16.35%。",
        ),
        (
            "p",
            "（二）宏聚感測為上櫃公司（證券代號：6872），主要從事電梯、空調及樓宇自動化用無線感測模組之研發、製造"
            "及銷售。宏聚感測自民國111年起供應本公司曳引機用振動及溫度感測模組，民國113年度本公司向宏聚感測之進貨"
            "金額約新台幣96,350,000元。國內電梯感測模組市場之主要業者包括宏聚感測及瀚奇感測股份有限公司等。",
        ),
        (
            "p",
            "（三）本公司自民國112年起取得芬蘭Kivikoski Lifts Oyj（以下簡稱Kivikoski）之Kivi Pulse預測性維護軟體"
            "授權，嵌入本公司曳引機驅動器，並按出貨台數支付權利金，民國113年度權利金支出約新台幣61,200,000元。"
            "本次投資有助於整合宏聚感測之感測技術與上述預測性維護平台，提升本公司驅動器產品之附加價值。",
        ),
        (
            "p",
            "（四）昆山永昇智能電梯部件股份有限公司（以下簡稱昆山永昇，深圳證券交易所創業板上市，證券代碼301687）"
            "為本公司間接持股62.40%之子公司，主要負責本集團於中國大陸之曳引機及門機系統生產。",
        ),
        (
            "p",
            "（五）本次交易資金來源除自有資金外，另由北辰商業銀行股份有限公司（以下簡稱北辰銀行）提供新台幣"
            "300,000,000元之中期擔保放款額度支應。",
        ),
        (
            "p",
            "（六）近日部分媒體報導日本櫻井昇降機株式會社擬入股本公司。本公司特此澄清，永昇電機並未與櫻井昇降機"
            "株式會社進行任何股權或合併之洽商，相關報導係媒體臆測，請投資人審慎判斷。",
        ),
        ("p", "（七）信和聯合會計師事務所已就本次交易價格之合理性出具意見書予永昇電機董事會，認為本次私募價格尚屬合理。"),
        ("p", "（八）本次私募普通股之發行尚待宏聚感測依相關法令完成股款繳納及變更登記程序，本公司將依規定辦理後續公告申報事宜。"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Kunshan Yungsheng Intelligent Elevator Components Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：301687        证券简称：昆山永昇        公告编号：2025-068"),
        ("center", "昆山永昇智能电梯部件股份有限公司", 15),
        ("center", "关于签订日常经营重大合同及对外投资设立合资公司暨关联交易的公告", 12),
        ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "特别提示："),
        ("p", "1、合同类型及金额：日常经营性销售合同，合同总金额约为人民币6.12亿元（不含税）。"),
        ("p", "2、对外投资标的：昆山宏昇智联传感科技有限公司（暂定名，最终以市场监督管理部门核准登记的名称为准）。"),
        (
            "p",
            "3、本次对外投资构成关联交易，已经公司第三届董事会第十九次会议及第三届独立董事专门会议第七次会议审议"
            "通过，关联董事已回避表决，无需提交股东大会审议；本次交易不构成《上市公司重大资产重组管理办法》规定的"
            "重大资产重组。",
        ),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        (
            "p",
            "2025年11月3日，昆山永昇智能电梯部件股份有限公司（以下简称“公司”或“昆山永昇”）与Kivikoski Lifts Oyj"
            "（以下简称“Kivikoski”）签订《曳引机及门机系统采购框架协议》，约定公司于2026年1月至2027年12月期间向"
            "Kivikoski及其下属工厂供应永磁同步曳引机及智能门机系统，合同总金额约为人民币6.12亿元（不含税）。",
        ),
        (
            "p",
            "在本次采购招标中，Kivikoski同时邀请了浙江恒驰驱动科技股份有限公司等多家曳引机厂商参与报价。公司凭借"
            "曳引机能效、故障率及与Kivi Pulse预测性维护平台的数据对接能力中标。",
        ),
        ("h", "（二）合同对方基本情况"),
        (
            "p",
            "Kivikoski成立于1911年，总部位于芬兰万塔，其股份于纳斯达克赫尔辛基交易所上市，主要从事电梯、自动扶梯"
            "的研发、制造、安装及维保服务，并通过Kivi Pulse平台提供基于人工智能的预测性维护服务。Kivikoski与公司"
            "不存在关联关系。",
        ),
    ],
    [
        ("h", "（三）履约资金安排"),
        (
            "p",
            "为保障本合同项下原材料采购的资金需求，公司已与江苏吴淞银行股份有限公司签订《流动资金借款合同》，借款"
            "金额为人民币1.5亿元，借款期限为两年。",
        ),
        ("h", "二、对外投资暨关联交易概述"),
        (
            "p",
            "为提升电梯部件产品的智能感知能力，公司拟与宏聚感测科技股份有限公司（以下简称“宏聚感测”）在江苏省昆山市"
            "共同出资设立合资公司昆山宏昇智联传感科技有限公司（暂定名，以下简称“宏昇智联”或“合资公司”），生产电梯"
            "轿厢振动、温度及门区视觉传感器。",
        ),
        (
            "p",
            "合资公司注册资本为人民币8,000万元，其中公司以自有资金出资人民币4,400万元，持股55%；宏聚感测出资人民币"
            "3,600万元，持股45%。合资公司股权结构如下：",
        ),
        (
            "table",
            [74, 36, 30, 34],
            [
                ["股东名称", "出资额（万元）", "出资方式", "持股比例"],
                ["昆山永昇智能电梯部件股份有限公司", "4,400", "货币", "55%"],
                ["宏聚感测科技股份有限公司", "3,600", "货币", "45%"],
                ["合计", "8,000", "-", "100%"],
            ],
        ),
        ("p", "宏昇智联设立后将纳入公司合并报表范围，成为公司的控股子公司。"),
        ("h", "三、关联方基本情况及关联关系"),
        (
            "p",
            "宏聚感测成立于2008年，其股份于台湾证券柜台买卖中心上柜交易（证券代码：6872），主要从事电梯、空调及"
            "楼宇自动化用无线感测模组的研发、制造和销售。",
        ),
        ("p", "截至本公告披露日，永昇电机股份有限公司（以下简称“永昇电机”）间接持有公司62.40%的股份，为公司控股股东。"),
        (
            "p",
            "永昇电机董事长林振昇先生同时担任宏聚感测董事，根据《深圳证券交易所创业板股票上市规则》的相关规定，"
            "宏聚感测为公司的关联法人，本次共同投资构成关联交易。",
        ),
        ("p", "2024年度，公司向宏聚感测采购传感器及通讯模组的金额为人民币2,318万元，占公司同类采购金额的41.6%。"),
    ],
    [
        ("h", "四、合资协议的主要内容"),
        ("p", "1、合资公司董事会由3名董事组成，其中公司委派2名，宏聚感测委派1名；董事长由公司委派的董事担任。"),
        ("p", "2、合资公司主要产品为电梯轿厢振动、温度及门区视觉传感器，预计于2026年第四季度建成投产。"),
        ("p", "3、任何一方向第三方转让其持有的合资公司股权，须经另一方书面同意，另一方在同等条件下享有优先购买权。"),
        ("h", "五、本次交易对公司的影响"),
        (
            "p",
            "本次重大合同的履行预计将对公司2026年度及2027年度经营业绩产生积极影响。设立合资公司有利于公司掌握电梯"
            "传感器核心技术，提升产品的智能化水平，不会对公司财务状况和经营成果产生重大不利影响，不存在损害公司及"
            "全体股东特别是中小股东利益的情形。",
        ),
        ("h", "六、保荐机构核查意见"),
        (
            "p",
            "经核查，保荐机构华鼎证券股份有限公司认为：公司本次对外投资暨关联交易事项已经公司董事会审议通过，关联"
            "董事回避表决，独立董事专门会议审议同意，履行了必要的审批程序，华鼎证券股份有限公司对昆山永昇本次关联"
            "交易事项无异议。",
        ),
        ("h", "七、风险提示"),
        ("p", "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化等因素影响，存在不能按期足额履行的风险。"),
        (
            "p",
            "2、市场竞争风险：国内电梯传感器领域已有深圳安迈传感技术有限公司及瀚奇感测等企业布局，合资公司存在产品"
            "市场推广不及预期的风险。",
        ),
        ("p", "3、汇率风险：本合同以欧元结算，人民币汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "昆山永昇智能电梯部件股份有限公司董事会"),
        ("right", "2025年11月4日"),
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
    tmpdir = tempfile.mkdtemp(prefix="fresh175_font_", dir=TMP_ROOT)
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
            "02_SiamVertex_annual_report.pdf",
            build_latin(
                "02_SiamVertex_annual_report.pdf",
                DOC02,
                "Siam Vertex Facility Management PCL - Form 56-1 One Report 2024",
                "Siam Vertex Facility Management PCL - Form 56-1 One Report 2024 (excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Yungsheng_TWSE_announcement.pdf",
            build_cjk(
                "03_Yungsheng_TWSE_announcement.pdf",
                DOC03,
                TC_INDEX,
                "永昇電機股份有限公司 重大訊息公告",
                "永昇電機股份有限公司 重大訊息公告 114/10/28",
            ),
            len(DOC03),
        ),
        (
            "04_KunshanYungsheng_A-share_announcement.pdf",
            build_cjk(
                "04_KunshanYungsheng_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "昆山永昇智能电梯部件股份有限公司 公告",
                "昆山永昇智能电梯部件股份有限公司 公告 2025-068",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
