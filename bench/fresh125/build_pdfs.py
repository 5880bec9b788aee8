"""Build the three PDF documents of the fresh125 evaluation set.

Run with /work/main/.venv/bin/python build_pdfs.py (needs fpdf2 and fontTools).

English pages use DejaVu Sans. Chinese pages use one face of the Noto Sans CJK
collection (index 2 = Simplified, index 3 = Traditional), subset to the
characters actually used and converted from CFF to TrueType outlines, because
fpdf2 cannot read the .ttc collection directly.
"""

import os
import shutil
import sys
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_FACE = {"sc": 2, "tc": 3}

# ---------------------------------------------------------------------------
# 01 - Singapore annual report excerpt (English)
# ---------------------------------------------------------------------------
DOC01 = {
    "file": "01_MeridianApron_annual_report.pdf",
    "script": "latin",
    "running": "Meridian Apron Holdings Limited | Annual Report 2025",
    "pages": [
        [
            ("title", "MERIDIAN APRON HOLDINGS LIMITED"),
            ("center", "(Incorporated in the Republic of Singapore) "
                       "(Company Registration No. 200412345K) (Stock code: M7Q)"),
            ("center", "ANNUAL REPORT 2025 - EXTRACT"),
            ("gap", 3),
            ("h", "Chairman and Group CEO's Statement"),
            ("p", "Dear Shareholders,"),
            ("p", "Financial year 2025 was the year in which artificial intelligence moved from our "
                  "innovation lab onto the ramp. Group revenue rose 11.4% to S$1,184.6 million, driven "
                  "by a recovery in widebody movements at our Singapore, Jakarta and Colombo stations "
                  "and by higher throughput at Meridian Cargo Terminals. Profit attributable to "
                  "shareholders was S$96.2 million (FY2024: S$78.9 million), and the Board has "
                  "recommended a final dividend of 4.1 Singapore cents per share."),
            ("p", "Our strategy rests on a simple observation. A widebody turnaround involves more "
                  "than forty separate tasks carried out by six or seven teams, and most of the delay "
                  "our airline customers experience arises in the gaps between those tasks rather "
                  "than in the tasks themselves. Computer vision and predictive scheduling can close "
                  "those gaps. During the year our ApronSense system was deployed on 38 contact "
                  "stands and reduced average turnaround overrun by 3.6 minutes, equivalent to "
                  "roughly 1,900 additional stand-hours a year at Singapore alone."),
            ("p", "We also took a direct position in the underlying technology. In September 2024 "
                  "Meridian Apron Holdings invested S$12.0 million in the Series B round of Strait "
                  "Vision AI Pte. Ltd., giving the Group a 14.5% interest; Strait Vision has been "
                  "accounted for as an associate from that date."),
            ("p", "Our network of partners continued to widen. Under the reciprocal handling and "
                  "data-sharing alliance signed in November 2024, Meridian Apron and Boğaziçi Yer "
                  "Hizmetleri A.Ş. (Bosphorus Ground Services) now exchange anonymised turnaround "
                  "data and train ramp supervisors jointly in Singapore and Istanbul. In January 2025 "
                  "Meridian Cargo Terminals completed the acquisition of Tuas Cold Chain Pte. Ltd. for "
                  "S$6.8 million, adding 4,200 square metres of temperature-controlled space for "
                  "pharmaceutical and perishable traffic."),
            ("p", "We are not complacent about competition. Kranji Aviation Services and Pelican "
                  "Ground Services both launched AI-assisted turnaround pilots at regional airports "
                  "during the year, and pricing in the Jakarta tender remained aggressive."),
            ("p", "On behalf of the Board, we thank our 9,400 colleagues, our airline customers and "
                  "our shareholders for their continued support."),
            ("p", "Tan Boon Huat, Chairman\nRachel Goh Li Ying, Group Chief Executive Officer\n"
                  "26 June 2025"),
        ],
        [
            ("h", "Operations Review"),
            ("h2", "Passenger and ramp handling"),
            ("p", "The Group handled 214,300 aircraft turnarounds in FY2025 (FY2024: 196,800), of "
                  "which 61% were at Singapore. On-time performance attributable to handling "
                  "improved to 98.7%. Karavan Hava Yolları A.Ş. (Karavan Air) increased its "
                  "Singapore frequencies from seven to eleven weekly services and appointed Meridian "
                  "Apron as its sole ground handler at Singapore and Colombo from 1 July 2024."),
            ("p", "Equator Air remained our largest customer under a ten-year full-service agreement "
                  "running to 2031; its share of Group revenue is disclosed in Note 32."),
            ("h2", "Robotics and automation"),
            ("p", "Meridian Apron Robotics Pte. Ltd. took delivery of 64 autonomous-ready electric "
                  "baggage tractors from Kessler Flughafentechnik GmbH during the year under a "
                  "contract valued at EUR 11.2 million, and a further 40 units are scheduled for "
                  "delivery in FY2026. The tractors are being retrofitted with our own perception "
                  "stack so that they can run driverless on fixed baggage-hall routes once the "
                  "aviation authority approves trials."),
            ("h2", "ApronSense"),
            ("p", "ApronSense combines fixed stand cameras, vehicle telematics and flight schedule "
                  "data to predict, minute by minute, whether a turnaround will finish on time and "
                  "which task is at risk. Dispatchers receive a ranked list of interventions, such as "
                  "re-sequencing a fuel bowser or pulling a spare belt loader from an adjacent stand. "
                  "In FY2025 ApronSense issued 412,000 alerts, of which 71% were acted upon, and the "
                  "share of departures delayed by handling fell from 4.1% to 2.9% on equipped "
                  "stands."),
            ("h2", "Cargo"),
            ("p", "Meridian Cargo Terminals handled 486,000 tonnes (FY2024: 441,000 tonnes). The "
                  "newly acquired cold-chain facility at Tuas operated at 83% utilisation in the "
                  "final quarter of the year."),
            ("h2", "Corporate development"),
            ("p", "In October 2024 the Board of Meridian Apron Holdings considered, and declined, an "
                  "approach from Kranji Aviation Services regarding a possible combination of the "
                  "two groups' cargo terminal operations at Seletar."),
            ("h2", "Outlook"),
            ("p", "For FY2026 we expect volume growth in the mid-single digits, with ApronSense "
                  "extended to a further 60 stands and the first driverless baggage-tractor trials "
                  "beginning in the second half of the year."),
        ],
        [
            ("h", "Notes to the Financial Statements (extract)"),
            ("h2", "14. Subsidiaries"),
            ("p", "Details of the Group's principal subsidiaries at 31 March 2025 are as follows:"),
            ("table", (60, 26, 18, 14, 56), [
                ("Name of subsidiary", "Country of incorporation", "Equity interest 2025",
                 "2024", "Principal activities"),
                ("Meridian Cargo Terminals Pte. Ltd.", "Singapore", "100%", "100%",
                 "Air cargo terminal operations"),
                ("Meridian Apron Robotics Pte. Ltd.", "Singapore", "100%", "100%",
                 "Autonomous apron equipment and robotics"),
                ("Tuas Cold Chain Pte. Ltd. (held by Meridian Cargo Terminals Pte. Ltd.)",
                 "Singapore", "100%", "-", "Temperature-controlled warehousing"),
            ]),
            ("h2", "15. Investment in associate"),
            ("p", "The Group's interest in Strait Vision AI Pte. Ltd., a developer of computer-vision "
                  "software for airport aprons incorporated in Singapore, is accounted for using the "
                  "equity method. The Group's share of the associate's loss for the period from "
                  "September 2024 to 31 March 2025 was S$0.9 million."),
            ("h2", "16. Equity investments at fair value through other comprehensive income"),
            ("table", (64, 22, 24, 32, 32), [
                ("Investee", "Country", "Interest held", "Fair value 2025 (S$ million)",
                 "Fair value 2024 (S$ million)"),
                ("Iberovía Servicios Aeroportuarios, S.A.", "Spain", "9.8%", "41.3", "36.7"),
            ]),
            ("p", "The investment in Iberovía is held for strategic purposes; the Group has no "
                  "representation on its board of directors."),
        ],
        [
            ("h2", "24. Borrowings"),
            ("p", "On 18 June 2024 Kembangan Commercial Bank Ltd granted the Company a five-year "
                  "S$150 million sustainability-linked term loan facility, of which S$120 million was "
                  "drawn at 31 March 2025. The margin steps down by 5 basis points in any year in "
                  "which the Group meets its targets for electrified ground support equipment."),
            ("h2", "31. Related party transactions"),
            ("p", "During the year the Group paid licence fees of S$3.4 million to its associate "
                  "Strait Vision AI Pte. Ltd. for the computer-vision models used in ApronSense. "
                  "All related party transactions were conducted on terms agreed between the parties "
                  "and were reviewed by the Audit Committee."),
            ("h2", "32. Major customers"),
            ("p", "Revenue from the following customers individually exceeded 10% of Group revenue:"),
            ("table", (52, 70, 26, 26), [
                ("Customer", "Services", "Share of Group revenue 2025", "2024"),
                ("Equator Air Ltd", "Passenger, ramp and cargo handling", "17.9%", "18.6%"),
                ("Karavan Hava Yolları A.Ş.", "Passenger and ramp handling", "10.4%", "7.2%"),
            ]),
            ("h2", "33. Independent auditor"),
            ("p", "Tan Koh & Partners LLP, the independent auditor of Meridian Apron Holdings "
                  "Limited, was first appointed at the annual general meeting held in July 2019 and "
                  "has expressed an unmodified opinion on the FY2025 financial statements."),
        ],
    ],
}

# ---------------------------------------------------------------------------
# 03 - Hong Kong announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC03 = {
    "file": "03_HarbourWings_hkex_announcement.pdf",
    "script": "tc",
    "running": "港翼智能零售控股有限公司　公告",
    "pages": [
        [
            ("title", "港翼智能零售控股有限公司"),
            ("center", "HARBOUR WINGS SMART RETAIL HOLDINGS LIMITED"),
            ("center", "（於開曼群島註冊成立之有限公司）"),
            ("center", "（股份代號：3419）"),
            ("gap", 2),
            ("title2", "須予披露交易　收購大嶼智架科技有限公司60%股權"),
            ("title2", "及　持續關連交易　算力服務框架協議"),
            ("gap", 2),
            ("h", "收購事項"),
            ("p", "董事會欣然宣佈，於2025年10月17日（交易時段後），港翼智能零售控股有限公司（「本公司」或"
                  "「港翼」，連同其附屬公司統稱「本集團」）與銀礦灣投資有限公司（「賣方」或「銀礦灣投資」）"
                  "訂立買賣協議。"),
            ("p", "根據買賣協議，港翼有條件同意收購而銀礦灣投資有條件同意出售大嶼智架科技有限公司"
                  "（「目標公司」或「大嶼智架」）60%已發行股本，代價為港幣186,000,000元。"),
            ("p", "於本公告日期，大嶼智架由銀礦灣投資全資擁有。"),
            ("h", "代價及付款方式"),
            ("p", "代價港幣186,000,000元將按以下方式以現金支付：(i) 港幣55,800,000元於簽署買賣協議時"
                  "支付作為按金；及 (ii) 餘額港幣130,200,000元於完成時支付。代價乃經港翼與賣方按公平"
                  "原則磋商後釐定，並已參考目標公司之過往財務表現、智能貨架業務之增長前景及獨立估值師"
                  "之估值結果。"),
            ("p", "本集團擬以內部資源及太平山銀行有限公司向港翼提供之港幣120,000,000元三年期定期貸款"
                  "撥付代價。"),
            ("h", "先決條件及完成"),
            ("p", "完成須待（其中包括）以下條件達成後方可作實：(i) 港翼完成對目標公司之業務、法律及財務"
                  "盡職審查且結果令其滿意；(ii) 賣方於買賣協議項下作出之保證於完成時仍屬真實準確；及"
                  " (iii) 已取得目標公司主要客戶合約項下所需之控制權變更同意。預期完成將於2025年12月31日"
                  "或之前落實。"),
        ],
        [
            ("h", "有關目標公司之資料"),
            ("p", "大嶼智架為一間於2019年在香港註冊成立之有限公司，主要從事以電腦視覺及重量感應技術為"
                  "基礎之智能貨架及補貨預測系統之研發及銷售。"),
            ("p", "大嶼智架之智能貨架已供應予港翼零售(澳門)有限公司及土耳其機場零售商Anatolia Gate，"
                  "截至2025年6月30日已安裝逾1,900組。"),
            ("p", "港翼零售(澳門)有限公司為港翼之全資附屬公司，於澳門機場經營三間免稅店舖。"),
            ("p", "大嶼智架之模型訓練及推理所需之雲端算力由九龍雲算科技有限公司（「九龍雲算」）提供。"),
            ("p", "下表載列目標公司根據香港財務報告準則編製之經審核財務資料："),
            ("table", (70, 52, 52), [
                ("截至12月31日止年度", "2023年（港幣千元）", "2024年（港幣千元）"),
                ("收益", "48,210", "71,640"),
                ("除稅前溢利", "6,830", "12,470"),
                ("除稅後溢利", "5,700", "10,410"),
                ("資產淨值（於年末）", "39,520", "49,930"),
            ]),
            ("h", "估值"),
            ("p", "獨立估值師恒衡評值顧問有限公司採用市場法對大嶼智架全部股權於2025年6月30日之市值進行"
                  "評估，評估值為港幣318,000,000元。"),
            ("p", "估值師選取智軒零售科技（股份代號：8127）及雲門數據（股份代號：2951）作為可比上市公司，"
                  "以釐定適用之市銷率。代價較目標公司60%股權按評估值計算之應佔價值港幣190,800,000元"
                  "折讓約2.5%。"),
        ],
        [
            ("h", "持續關連交易：算力服務框架協議"),
            ("p", "於2025年10月17日，港翼與九龍雲算訂立算力服務框架協議，據此，九龍雲算同意於截至"
                  "2027年12月31日止三個年度內向本集團提供GPU雲端算力、模型託管及數據存儲服務，"
                  "每年度上限為港幣42,000,000元。"),
            ("p", "九龍雲算由浩銘資本有限公司（「浩銘資本」）持有70%權益，而浩銘資本由本公司執行董事"
                  "陳浩銘先生全資擁有。因此，九龍雲算為陳浩銘先生之聯繫人，根據上市規則第14A章構成"
                  "本公司之關連人士。"),
            ("table", (69, 35, 35, 35), [
                ("截至12月31日止年度", "2025年", "2026年", "2027年"),
                ("年度上限（港幣元）", "42,000,000", "42,000,000", "42,000,000"),
            ]),
            ("h", "進行交易之理由及裨益"),
            ("p", "本集團之策略為以人工智能提升機場免稅店舖之貨架可用率、補貨效率及旅客轉化率。收購"
                  "目標公司將使本集團掌握智能貨架之核心技術，並可向其他機場零售商輸出解決方案；而算力"
                  "服務框架協議可確保本集團及目標公司取得穩定之GPU算力供應。董事（包括獨立非執行"
                  "董事）認為上述交易之條款屬公平合理，並符合本公司及股東之整體利益。"),
            ("h", "上市規則之涵義"),
            ("p", "由於收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司之須予"
                  "披露交易，須遵守上市規則第14章之通知及公告規定。由於算力服務框架協議之年度上限之"
                  "最高適用百分比率超過0.1%但低於5%，該協議項下之交易須遵守申報、公告及年度審閱規定，"
                  "但獲豁免遵守獨立股東批准之規定。陳浩銘先生已就相關董事會決議案放棄投票。"),
            ("p", "港翼已委任維港融資有限公司為收購事項及持續關連交易之財務顧問。"),
            ("p", "承董事會命\n港翼智能零售控股有限公司\n主席\n梁志遠\n香港，2025年10月17日"),
            ("small", "於本公告日期，執行董事為梁志遠先生、陳浩銘先生及何佩琪女士；獨立非執行董事為"
                      "黃家樂先生、鄭美華女士及蘇國棟先生。"),
        ],
    ],
}

# ---------------------------------------------------------------------------
# 05 - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC05 = {
    "file": "05_HuaxinVision_ashare_announcement.pdf",
    "script": "sc",
    "running": "华芯视界科技股份有限公司　公告编号：2025-058",
    "pages": [
        [
            ("center", "证券代码：688793　　证券简称：华芯视界　　公告编号：2025-058"),
            ("gap", 2),
            ("title", "华芯视界科技股份有限公司"),
            ("title2", "关于签订日常经营重大合同、对外投资及签署战略合作框架协议的公告"),
            ("gap", 2),
            ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
                      "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
            ("h", "重要内容提示："),
            ("p", "● 合同类型：日常经营重大合同（销售合同）两份，合同金额合计人民币60,000万元（含税）。"),
            ("p", "● 对外投资：公司拟以自有资金认购一家香港上市公司新发行股份，本次投资尚需履行境外投资"
                  "备案或登记程序。"),
            ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
            ("h", "一、日常经营重大合同概况"),
            ("p", "（一）2025年10月20日，华芯视界与九龙云算科技有限公司（以下简称“九龙云算”）签订"
                  "《AI边缘推理服务器采购合同》，由华芯视界向九龙云算供应1,600台AI边缘推理服务器及配套"
                  "软件，合同金额为人民币23,800万元（含税）。"),
            ("p", "（二）同日，华芯视界与南湾国际机场集团有限公司（以下简称“南湾机场集团”）签订"
                  "《智慧安检及行李分拣视觉系统采购合同》，为其新建T3航站楼提供智能安检图像识别系统及"
                  "行李分拣视觉系统，合同金额为人民币36,200万元（含税）。"),
            ("p", "上述合同已经公司第三届董事会第十九次会议审议通过，无需提交股东大会审议。"),
            ("h", "二、合同对方基本情况"),
            ("table", (44, 65, 65), [
                ("项目", "九龙云算", "南湾机场集团"),
                ("注册地", "香港", "中国广东省"),
                ("主营业务", "GPU云计算及模型托管服务", "机场投资、建设及运营管理"),
                ("与公司关联关系", "无", "无"),
            ]),
            ("p", "九龙云算与华芯视界及其控股股东、实际控制人、董事、监事、高级管理人员之间不存在关联关系。"),
        ],
        [
            ("h", "三、合同主要条款"),
            ("p", "1. 交付：服务器合同项下设备分三批于2026年6月30日前交付完毕；机场合同项下系统于T3航站楼"
                  "投运前完成安装调试。"),
            ("p", "2. 付款：买方于合同生效后支付30%预付款，到货验收后支付60%，质保期满后支付剩余10%。"),
            ("p", "3. 违约责任：任何一方违约的，应按合同约定承担违约金并赔偿对方因此遭受的损失。"),
            ("p", "为保障上述合同的核心芯片供应，华芯视界全资子公司深圳华芯视界智能装备有限公司（以下简称"
                  "“深圳华芯”）已与星云芯片（上海）有限公司签订年度AI推理芯片供货协议。"),
            ("h", "四、对外投资概况"),
            ("p", "华芯视界拟以自有资金港币15,000万元认购港翼智能零售控股有限公司（以下简称“港翼智能”，"
                  "股份代号：3419）新发行的普通股股份，认购完成后华芯视界将持有港翼智能约6.2%的股份。"),
            ("p", "港翼智能是一家以人工智能技术驱动的机场免税零售运营商，主要在香港及澳门机场经营免税"
                  "店铺。本次投资有助于公司将智能视觉技术延伸至机场零售场景。本次认购尚需取得发展改革、"
                  "商务及外汇主管部门的境外投资备案或登记，存在一定不确定性。"),
            ("h", "五、战略合作框架协议"),
            ("p", "华芯视界与新加坡Strait Vision AI Pte. Ltd.（以下简称“Strait Vision”）签署《机坪视觉算法"
                  "联合研发战略合作框架协议》，双方将在机坪作业安全识别、航班保障节点自动采集等方向开展"
                  "联合研发，并共同开拓东南亚及中东机场市场。"),
            ("p", "本协议为框架性协议，不涉及具体交易金额，具体合作项目将另行签订协议并履行相应审议程序。"),
            ("h", "六、融资安排"),
            ("p", "为保障合同履约资金需求，沪湾商业银行股份有限公司已向华芯视界授予人民币5亿元综合授信"
                  "额度，期限三年。"),
        ],
        [
            ("h", "七、公司股权结构"),
            ("p", "截至2025年9月30日，公司总股本为180,000,000股，前三名股东持股情况如下："),
            ("table", (90, 42, 42), [
                ("股东名称", "持股数量（股）", "持股比例"),
                ("深圳芯瞳投资合伙企业（有限合伙）", "57,870,000", "32.15%"),
                ("周明远", "12,600,000", "7.00%"),
                ("陈立群", "5,400,000", "3.00%"),
            ]),
            ("p", "本次对外投资不会导致公司控股股东及实际控制人发生变化。"),
            ("h", "八、对公司的影响"),
            ("p", "上述两份合同金额合计占公司2024年度经审计营业收入的41.7%，若顺利履行，预计将对公司"
                  "2026年度经营业绩产生积极影响。公司具备履行合同的产能、技术和人员条件，合同履行不会对"
                  "公司业务独立性构成影响。"),
            ("p", "同行业可比公司睿瞳科技、云视智能近年亦加大在机场智能安检领域的投入，市场竞争趋于激烈。"),
            ("h", "九、保荐机构核查意见"),
            ("p", "国衡证券股份有限公司作为华芯视界首次公开发行股票并在科创板上市的保荐机构，对本次对外"
                  "投资事项无异议。"),
            ("h", "十、风险提示"),
            ("p", "1. 合同履行过程中可能受到芯片供应、出口管制、汇率波动等因素影响，存在无法按期交付的"
                  "风险。2. 对外投资尚需履行境外投资备案程序，能否取得及取得时间存在不确定性。"
                  "3. 战略合作框架协议仅为双方合作意向，后续具体合作存在不确定性。"),
            ("p", "敬请广大投资者注意投资风险。"),
            ("p", "特此公告。"),
            ("right", "华芯视界科技股份有限公司董事会\n2025年10月21日"),
        ],
    ],
}

DOCS = [DOC01, DOC03, DOC05]


def all_text(doc):
    parts = [doc["running"]]
    for page in doc["pages"]:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    parts.extend(row)
            elif block[0] != "gap":
                parts.append(block[1])
    return "".join(parts) + "0123456789 -|/Page of"


def make_cjk_font(face_index, text, out_path):
    """Subset one face of the CJK collection and convert CFF to glyf outlines."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
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
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    running = ""
    family = "Body"

    def header(self):
        self.set_font(self.family, size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.running, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"- {self.page_no()} -", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)


def render(doc, tmpdir):
    cjk = doc["script"] != "latin"
    pdf = Doc(format="A4")
    pdf.running = doc["running"]
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=16)
    if cjk:
        path = os.path.join(tmpdir, f"cjk_{doc['script']}.ttf")
        make_cjk_font(CJK_FACE[doc["script"]], all_text(doc), path)
        pdf.add_font("Body", "", path)
        bold = ""
    else:
        pdf.add_font("Body", "", DEJAVU)
        pdf.add_font("Body", "B", DEJAVU_BOLD)
        bold = "B"
    wrap = "CHAR" if cjk else "WORD"
    size = 10 if cjk else 9.5
    line = 6 if cjk else 4.8
    for number, page in enumerate(doc["pages"], start=1):
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "gap":
                pdf.ln(block[1])
            elif kind == "title":
                pdf.set_font("Body", bold, 15)
                pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT", wrapmode=wrap)
            elif kind == "title2":
                pdf.set_font("Body", bold, 12)
                pdf.multi_cell(0, 7, block[1], align="C", new_x="LMARGIN", new_y="NEXT", wrapmode=wrap)
            elif kind == "center":
                pdf.set_font("Body", "", size - 1)
                pdf.multi_cell(0, line, block[1], align="C", new_x="LMARGIN", new_y="NEXT", wrapmode=wrap)
            elif kind == "right":
                pdf.set_font("Body", "", size)
                pdf.multi_cell(0, line, block[1], align="R", new_x="LMARGIN", new_y="NEXT", wrapmode=wrap)
            elif kind in ("h", "h2"):
                pdf.ln(1.5)
                pdf.set_font("Body", bold, (size + 2) if kind == "h" else (size + 0.5))
                pdf.multi_cell(0, line + 1, block[1], align="L", new_x="LMARGIN", new_y="NEXT", wrapmode=wrap)
                pdf.ln(0.5)
            elif kind in ("p", "small"):
                pdf.set_font("Body", "", size if kind == "p" else size - 1.5)
                pdf.multi_cell(0, line, block[1], align="L", new_x="LMARGIN", new_y="NEXT", wrapmode=wrap)
                pdf.ln(1.8)
            elif kind == "table":
                pdf.set_font("Body", "", size - 1)
                style = FontFace(emphasis=None) if cjk else FontFace(emphasis="BOLD")
                with pdf.table(col_widths=block[1], width=sum(block[1]), headings_style=style,
                               line_height=line, text_align="LEFT") as table:
                    for row in block[2]:
                        cells = table.row()
                        for value in row:
                            cells.cell(value)
                pdf.ln(2)
            else:
                raise ValueError(kind)
        if pdf.page != number:
            sys.exit(f"{doc['file']}: content of page {number} overflowed to page {pdf.page}")
    pdf.output(os.path.join(HERE, doc["file"]))
    print("wrote", doc["file"], pdf.page, "pages")


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh125_fonts_")
    try:
        for doc in DOCS:
            render(doc, tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
