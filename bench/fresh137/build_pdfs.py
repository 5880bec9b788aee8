"""Build the three PDF documents of fresh137 with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""

import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2
TC_INDEX = 3

# ---------------------------------------------------------------------------
# 01 Skarvik Geodata ASA - annual report extract (English)
# ---------------------------------------------------------------------------
DOC01 = [
    [
        ("title", "Skarvik Geodata ASA"),
        ("sub", "Annual Report 2024 (extract)  |  Oslo Børs: SKGEO"),
        ("h2", "Board of Directors' report"),
        ("h3", "The year in brief"),
        ("p", "Skarvik Geodata ASA (\"Skarvik\" or \"the Company\") and its "
              "subsidiaries (together \"the Group\") acquire, process and license "
              "marine seismic data on the Norwegian continental shelf, in the "
              "Barents Sea and, since 2021, in South-East Asia. Group revenue for "
              "2024 was NOK 2,418 million (2023: NOK 2,016 million) and EBITDA was "
              "NOK 1,102 million (2023: NOK 871 million). Multi-client late sales "
              "rose 31 per cent, driven by licensing rounds in Norway and by demand "
              "from customers who use seismic libraries to train machine-learning "
              "models. Contract revenue increased 12 per cent, reflecting a full "
              "year of ocean-bottom node operations in the Middle East."),
        ("h3", "Artificial intelligence across the seismic value chain"),
        ("p", "Three years after the launch of the SkarvikAI programme, machine "
              "learning is embedded in every stage of our workflow. Neural-network "
              "first-break picking and noise attenuation have cut the turnaround of "
              "fast-track volumes from eleven weeks to four, and velocity-model "
              "building increasingly relies on learned priors rather than manual "
              "tomography. At the same time the multi-client library itself has "
              "become a product for a new type of customer. The largest single "
              "late-sale agreement in 2024 was a five-year licence under which "
              "Skarvik granted Wellsight Analytics, Inc. access to 41,000 square "
              "kilometres of processed 3D data from its Norwegian Sea and Barents "
              "Sea libraries for the training of drilling-hazard prediction models, "
              "for total consideration of NOK 96.4 million. The Board regards such "
              "training-data licences as a durable revenue stream, although pricing "
              "practice is still developing and the Group applies the same revenue "
              "recognition principles as for conventional late sales."),
        ("h3", "Asia Pacific"),
        ("p", "Activity offshore Malaysia grew steadily through the year. Skarvik "
              "Geodata Asia Sdn. Bhd. and Kinabalu Marine Geophysics Sdn. Bhd. "
              "agreed in June to operate a shared ocean-bottom node crew offshore "
              "Sarawak, splitting vessel time and exchanging processing results on a "
              "project-by-project basis. The arrangement allows the Group to bid for "
              "shallow-water programmes without committing a second node vessel to "
              "the region."),
        ("h3", "Competition and outlook"),
        ("p", "Brightwater Geophysical plc and Austral Seismic Ltd remained the "
              "principal competitors in the North Sea streamer market, and both "
              "added capacity during the second half of the year. Skarvik chose not "
              "to bid for the node inventory that Brightwater Geophysical put up for "
              "sale in March, as the asking price implied returns below the Group's "
              "hurdle rate. The Board expects multi-client investment of NOK 700-800 "
              "million in 2025, with pre-funding of at least 80 per cent, and sees "
              "continued growth in data licensing to developers of "
              "artificial-intelligence tools for exploration and drilling."),
    ],
    [
        ("h2", "Notes to the consolidated financial statements (extract)"),
        ("h3", "Note 5 Revenue and major customers"),
        ("p", "The Group reports two operating segments, multi-client and contract "
              "acquisition. Customers that individually accounted for more than 5 "
              "per cent of Group revenue in 2024 were as follows:"),
        ("table", [84, 40, 23, 23],
         ["Customer", "Revenue type", "2024 NOK m", "2023 NOK m"],
         [
             [
                 "Sadaf National Petroleum Company",
                 "Contract acquisition",
                 "388.2",
                 "141.7",
             ],
             [
                 "Haiyuan Intelligent Exploration Technology Co., Ltd.",
                 "Multi-client late sales",
                 "171.5",
                 "58.0",
             ],
             ["Wellsight Analytics, Inc.", "Multi-client late sales", "96.4", "-"],
         ]),
        ("p", "Revenue from Haiyuan Intelligent Exploration Technology Co., Ltd. "
              "relates to licences of Barents Sea and Sarawak data used in the "
              "development of automated interpretation software. No other single "
              "customer accounted for more than 5 per cent of Group revenue in "
              "either year."),
        ("h3", "Note 6 Operating expenses and significant suppliers"),
        ("p", "Vessel charter costs were NOK 412 million (2023: NOK 377 million). "
              "For the Sarawak and South China Sea programmes, Skarvik Geodata ASA "
              "time-chartered the support vessel Haiyang Xinghe from Zhongsheng "
              "Offshore Drilling Services Co., Ltd. for 214 days at a total cost of "
              "NOK 61.8 million. Ocean-bottom nodes are sourced from Kvitsand "
              "Sensorikk AS, which delivered 3,600 fourth-generation nodes with "
              "on-board anomaly detection to Skarvik Ocean Nodes AS during the year "
              "under a framework agreement worth NOK 143 million. Cloud processing "
              "costs were NOK 58 million, an increase of 40 per cent, reflecting "
              "larger model-training workloads."),
        ("h3", "Note 9 Personnel expenses"),
        ("p", "The Group had 612 employees at year-end (2023: 574), of whom 88 work "
              "in data science and software development. Personnel expenses were NOK "
              "703 million, including NOK 41 million of share-based remuneration."),
    ],
    [
        ("h3", "Note 14 Group companies"),
        ("p", "The consolidated financial statements include the following "
              "subsidiaries:"),
        ("table", [62, 30, 26, 52],
         ["Company", "Country", "Ownership", "Principal activity"],
         [
             ["Skarvik Ocean Nodes AS", "Norway", "100%", "Ocean-bottom node crews"],
             [
                 "Skarvik Geodata Asia Sdn. Bhd.",
                 "Malaysia",
                 "100%",
                 "Asia Pacific operations",
             ],
         ]),
        ("h3", "Note 15 Investments in associates"),
        ("p", "In February 2024 Skarvik invested NOK 45 million in new shares of "
              "Brattholm AI AS, a Trondheim-based developer of machine-learning "
              "velocity-model building, and at 31 December 2024 the Group held 34.0 "
              "per cent of the company. The investment is accounted for using the "
              "equity method. The Group's share of Brattholm's loss for the year was "
              "NOK 6.2 million."),
        ("h3", "Note 19 Interest-bearing debt"),
        ("p", "Skarvik Geodata ASA has a NOK 600 million revolving credit facility "
              "provided by Lysefjord Sparebank, of which NOK 240 million was drawn "
              "at 31 December 2024. The facility matures in 2027 and carries a "
              "margin of 2.35 percentage points over NIBOR. All financial covenants "
              "were met throughout the year."),
        ("h3", "Note 24 Related parties"),
        ("p", "There were no material transactions with related parties in 2024 "
              "other than the remuneration of the Board and executive management "
              "disclosed in Note 9."),
        ("h3", "Note 26 Auditor's fees"),
        ("p", "Kessler & Moe AS has audited Skarvik Geodata ASA since the 2019 "
              "financial year. Audit fees for 2024 amounted to NOK 4.8 million, and "
              "fees for other assurance services to NOK 0.9 million."),
        ("small", "Oslo, 26 March 2025. The Board of Directors of Skarvik Geodata "
                  "ASA."),
    ],
]

# ---------------------------------------------------------------------------
# 02 Haiyuan - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC02 = [
    [
        ("small", "证券代码：688417        证券简称：海渊智探        公告编号："
                  "2025-018"),
        ("title", "海渊智能勘探科技股份有限公司"),
        ("title", "关于对外投资认购境外公司股份及签订日常经营重大合同的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者"
              "重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h3", "重要内容提示："),
        ("p", "●投资标的名称：Seri Bintang Petroservices Berhad（马来西亚证券交易所主"
              "板上市公司，股票代码：5291）。"),
        ("p", "●投资金额：1.86亿林吉特（按2025年3月27日汇率折算约合人民币3.02亿元），"
              "资金来源为公司自有资金。"),
        ("p", "●本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定"
              "的重大资产重组。"),
        ("p", "●相关风险提示：本次投资尚需完成境内发展改革、商务及外汇主管部门的备案"
              "或登记，并取得马来西亚证券监督管理机构及马来西亚证券交易所的批准，能否"
              "取得以及取得时间均存在不确定性。"),
        ("h3", "一、对外投资概述"),
        ("h3", "（一）基本情况"),
        ("p", "为加快智能地震解释及智能钻井决策产品在东南亚市场的布局，海渊智能勘探科"
              "技股份有限公司（以下简称“公司”或“海渊智探”）于2025年3月27日与Seri "
              "Bintang Petroservices Berhad（以下简称“Seri Bintang”）签署《股份认购协"
              "议》。根据协议，海渊智探拟以自有资金1.86亿林吉特认购Seri Bintang定向发"
              "行的普通股。本次认购完成后，海渊智探将持有Seri Bintang 9.80%的股份，成"
              "为其第二大股东，并有权提名一名非执行董事。"),
        ("h3", "（二）审议情况"),
        ("p", "公司于2025年3月27日召开第三届董事会第十二次会议，以9票同意、0票反对、0"
              "票弃权审议通过了《关于对外投资认购Seri Bintang Petroservices Berhad新"
              "发行股份的议案》。根据《上海证券交易所科创板股票上市规则》及《公司章程"
              "》的规定，本次对外投资无需提交股东大会审议。海渊智探已聘请Rahim Lee & "
              "Partners担任本次认购的马来西亚法律顾问。"),
        ("h3", "二、投资标的基本情况"),
        ("table", [40, 130],
         ["项目", "内容"],
         [
             ["公司名称", "Seri Bintang Petroservices Berhad"],
             ["注册地", "马来西亚吉隆坡"],
             ["成立时间", "1998年4月"],
             ["上市地点", "马来西亚证券交易所主板（股票代码：5291）"],
             ["主营业务", "海上油田服务、地球物理勘探及钻井支持服务"],
         ]),
    ],
    [
        ("p", "Seri Bintang最近两年主要财务数据如下（单位：百万林吉特）："),
        ("table", [60, 55, 55],
         ["项目", "2024年度/2024年末", "2023年度/2023年末"],
         [
             ["总资产", "4,212.6", "3,877.4"],
             ["净资产", "2,105.3", "1,964.0"],
             ["营业收入", "1,846.9", "1,502.7"],
             ["净利润", "164.2", "121.8"],
         ]),
        ("p", "Seri Bintang的全资子公司Kinabalu Marine Geophysics Sdn. Bhd.（以下简称"
              "“KMG”）主要从事海上地震资料采集及井场调查业务，是马来西亚主要的浅水区"
              "海底节点采集服务商之一。"),
        ("h3", "三、《股份认购协议》的主要内容"),
        ("p", "1. 认购价格与数量：每股认购价格为1.42林吉特，认购数量约为1.31亿股，认"
              "购款以现金方式一次性支付。"),
        ("p", "2. 先决条件：协议在取得双方内部决策机构批准、境内外主管部门审批或备案"
              "以及Seri Bintang股东大会批准后生效。"),
        ("p", "3. 公司治理：认购完成后，公司有权向Seri Bintang董事会提名一名非执行董"
              "事。"),
        ("p", "4. 技术合作：海渊智探（海南）国际科技有限公司（以下简称“海南国际”）成"
              "立于2023年，系海渊智探全资子公司，主要负责公司产品的海外销售与技术服务"
              "。双方同意，协议生效后，海南国际将与Seri Bintang在吉隆坡共同设立联合技"
              "术中心，共同开发适用于东南亚浅水区的智能钻井与地震解释模型。"),
        ("h3", "四、签订日常经营重大合同的情况"),
        ("p", "（一）2025年3月18日，公司与中昇海洋钻井服务股份有限公司（以下简称“中昇"
              "钻井”）签署《智能钻井决策系统采购及服务合同》，由公司为中昇钻井所属8座"
              "自升式钻井平台提供智能钻井决策系统及五年期运维服务，合同总金额为人民币"
              "2.36亿元（含税）。"),
        ("p", "（二）2025年3月21日，公司与KMG签署《地震资料智能解释软件许可协议》，"
              "KMG向公司采购地震资料智能解释软件许可及模型定制服务，合同金额为人民币"
              "4,850万元（不含税）。"),
        ("p", "上述合同对方与公司不存在关联关系，合同的履行不会对公司业务独立性构成影"
              "响。"),
        ("p", "为保障模型训练及推理的算力需求，公司已于2025年2月与天枢云算（杭州）科"
              "技有限公司签署《智能算力服务协议》，由其于2025年至2027年期间向公司提供"
              "GPU算力租赁服务，协议金额合计人民币1.12亿元。"),
    ],
    [
        ("h3", "五、对公司的影响"),
        ("p", "本次投资有利于公司借助Seri Bintang在马来西亚及文莱的客户资源和海上作业"
              "能力，加快智能勘探产品的海外验证与商业化。上述重大合同的履行预计将对公"
              "司2025年度至2029年度的经营业绩产生积极影响，但不会对公司本年度财务状况"
              "构成重大影响。"),
        ("h3", "六、风险提示"),
        ("p", "1. 审批风险：本次投资尚需履行境内外审批或备案程序，存在不能按期完成的"
              "风险。"),
        ("p", "2. 汇率风险：本次投资以林吉特计价，汇率波动可能影响投资成本及后续收益"
              "。"),
        ("p", "3. 市场竞争风险：境外同行业公司Petrova Digital Ltd.与Corvane "
              "Technologies, Inc.近年来相继推出基于深度学习的地震解释产品，市场竞争日"
              "趋激烈。"),
        ("p", "截至本公告披露日，公司控股股东深蓝海洋科技集团有限公司持有海渊智探"
              "31.24%的股份，本次对外投资不会导致公司控股股东及实际控制人发生变化。"),
        ("h3", "七、保荐机构核查意见"),
        ("p", "经核查，保荐机构华衡证券股份有限公司认为，海渊智探本次对外投资事项已经"
              "公司董事会审议通过，履行了必要的审批程序，对本次事项无异议。"),
        ("p", "特此公告。"),
        ("right", "海渊智能勘探科技股份有限公司董事会"),
        ("right", "2025年3月28日"),
    ],
]

# ---------------------------------------------------------------------------
# 03 Zhongsheng - HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC03 = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不"
                  "負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公"
                  "告全部或任何部份內容而產生或因倚賴該等內容而引致的任何損失承擔任何"
                  "責任。"),
        ("center", "中昇海洋鑽井服務股份有限公司"),
        ("center", "ZHONGSHENG OFFSHORE DRILLING SERVICES CO., LTD."),
        ("centersmall", "（於中華人民共和國註冊成立的股份有限公司）"),
        ("centersmall", "（股份代號：2893）"),
        ("center", "須予披露交易"),
        ("center", "收購POLARSTJERNE RIG AS全部已發行股本"),
        ("h3", "緒言"),
        ("p", "董事會欣然宣佈，於二零二五年四月二日（交易時段後），中昇鑽井（香港）投"
              "資有限公司（「中昇香港」或「買方」）與Nordkapp Drilling ASA（「賣方」"
              "）訂立買賣協議，據此，中昇香港有條件同意收購而賣方有條件同意出售"
              "Polarstjerne Rig AS（「目標公司」）全部已發行股本，代價為78,500,000美"
              "元。"),
        ("h3", "買賣協議"),
        ("p", "日期：二零二五年四月二日"),
        ("p", "訂約方：(1) 中昇香港，作為買方；及 (2) Nordkapp Drilling ASA，作為賣方"
              "。"),
        ("p", "將予收購之資產：目標公司全部已發行股本。目標公司之唯一主要資產為一座自"
              "升式鑽井平台（「目標平台」）。"),
        ("h3", "代價及付款"),
        ("p", "代價78,500,000美元須以現金分兩期支付：(i) 7,850,000美元作為按金，於簽"
              "署買賣協議後五個營業日內支付；及 (ii) 餘額70,650,000美元於完成時支"
              "付。"),
        ("p", "代價將以中昇鑽井向中昇香港提供之本金額60,000,000美元股東貸款撥付，餘額"
              "則由粵海商業銀行股份有限公司向中昇香港提供之18,500,000美元三年期定期貸"
              "款支付。"),
        ("h3", "代價釐定基準"),
        ("p", "代價乃經訂約方公平磋商後釐定，並已參考目標平台之技術狀況、近期同類平台"
              "之成交價格及市場日費率水平。北辰評估諮詢有限公司對Polarstjerne Rig "
              "AS所持鑽井平台於二零二五年二月二十八日之市場價值進行獨立估值，估值為"
              "81,200,000美元。"),
    ],
    [
        ("h3", "有關目標公司之資料"),
        ("p", "Polarstjerne Rig AS為於挪威註冊成立之有限公司，於本公告日期為Nordkapp "
              "Drilling ASA之全資附屬公司，其唯一主要資產為一座於二零一四年建成之高規"
              "格自升式鑽井平台「Polarstjerne」號。該平台自二零二三年起處於暖停狀"
              "態。"),
        ("p", "目標公司截至二零二三年及二零二四年十二月三十一日止兩個年度之財務資料如"
              "下："),
        ("table", [70, 50, 50],
         ["項目（千美元）", "二零二四年度", "二零二三年度"],
         [
             ["收益", "-", "3,412"],
             ["除稅前虧損", "(6,215)", "(4,987)"],
             ["除稅後虧損", "(6,215)", "(4,987)"],
             ["年末資產淨值", "74,320", "80,535"],
         ]),
        ("h3", "有關訂約方之資料"),
        ("p", "本公司為中國領先的海洋鑽井服務承包商之一，於中國南海、東南亞及中東海域"
              "經營十八座鑽井平台，並提供鑽井支持船舶及平台復役服務。中昇鑽井（香港）"
              "投資有限公司為中昇鑽井之全資附屬公司，主要從事投資控股及持有本集團之海"
              "外鑽井資產。"),
        ("p", "Nordkapp Drilling ASA為於挪威註冊成立並於奧斯陸證券交易所上市之公司，"
              "主要從事北海及中東海域之自升式鑽井平台租賃業務。據董事作出一切合理查詢"
              "後所深知、盡悉及確信，Nordkapp Drilling ASA及其最終實益擁有人均為獨立"
              "於中昇鑽井及其關連人士之第三方。"),
        ("h3", "進行收購事項之理由及裨益"),
        ("p", "目標平台為可於水深400英尺作業之高規格自升式平台，收購事項將擴大本集團"
              "於中東市場之作業能力。目標平台將於交付前完成復役及智能化升級。中昇鑽井"
              "已於二零二五年三月與海淵智能勘探科技股份有限公司訂立智能鑽井決策系統採"
              "購合同，目標平台交付後亦將納入該系統之安裝範圍。此外，中昇鑽井已委聘江"
              "海石油裝備股份有限公司為目標平台供應頂驅系統及防噴器控制模組，合同金額"
              "約為人民幣6,300萬元。"),
        ("p", "於東南亞及中東市場，本集團之主要競爭對手包括Bayraq Offshore Drilling "
              "PJSC及Tanjung Perdana Rig Services Berhad。董事認為，買賣協議之條款屬"
              "公平合理，並符合本公司及股東之整體利益。"),
    ],
    [
        ("h3", "上市規則之涵義"),
        ("p", "由於有關收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構"
              "成本公司之須予披露交易，須遵守上市規則第十四章之申報及公告規定，惟獲豁"
              "免遵守股東批准規定。"),
        ("p", "於本公告日期，中昇能源集團有限公司持有中昇鑽井已發行股本約52.41%，為本"
              "公司之控股股東。"),
        ("p", "嘉衡融資有限公司已獲中昇鑽井委任為收購事項之財務顧問。"),
        ("h3", "釋義"),
        ("table", [50, 120],
         ["詞彙", "涵義"],
         [
             ["「本公司」或「中昇鑽井」", "中昇海洋鑽井服務股份有限公司"],
             ["「中昇香港」或「買方」", "中昇鑽井（香港）投資有限公司"],
             ["「目標公司」", "Polarstjerne Rig AS"],
             ["「賣方」", "Nordkapp Drilling ASA"],
             ["「上市規則」", "香港聯合交易所有限公司證券上市規則"],
         ]),
        ("p", "承董事會命"),
        ("p", "中昇海洋鑽井服務股份有限公司"),
        ("p", "董事長 周振海"),
        ("p", "中國天津，二零二五年四月二日"),
        ("small", "於本公告日期，董事會包括執行董事周振海先生、馬立群先生及韓雪女士；"
                  "非執行董事鄭光遠先生及孫蔚女士；以及獨立非執行董事黎俊傑先生、何慧"
                  "敏女士及陳國棟先生。"),
    ],
]

# block kind -> (bold?, font size, line height, alignment, space before, space after)
STYLES = {
    "title": (True, 14, 7.5, "C", 0, 1),
    "sub": (False, 10, 6, "C", 0, 3),
    "center": (True, 12, 7, "C", 0, 0),
    "centersmall": (False, 9, 5.5, "C", 0, 0),
    "h2": (True, 12, 7, "L", 0, 1),
    "h3": (True, 10.5, 6, "L", 1.5, 0),
    "p": (False, 9.5, 5.2, "L", 0, 1.2),
    "right": (False, 9.5, 5.5, "R", 0, 0),
    "small": (False, 8, 4.5, "L", 0, 2),
}
MAXP_ZERO = (
    "maxTwilightPoints",
    "maxStorage",
    "maxFunctionDefs",
    "maxInstructionDefs",
    "maxStackElements",
    "maxSizeOfInstructions",
    "maxComponentElements",
)


def cjk_font(chars, index, out_dir):
    """Subset one face of the Noto CJK collection; convert CFF to TrueType."""
    font = TTFont(CJK_TTC, fontNumber=index)
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
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
    for attr in MAXP_ZERO:
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = os.path.join(out_dir, f"cjk_{index}.ttf")
    font.save(path)
    return path


def all_text(pages):
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                parts.extend(block[2])
                for row in block[3]:
                    parts.extend(row)
            else:
                parts.append(block[1])
    return "".join(parts)


def draw_table(pdf, block, regular, bold):
    widths, header, rows = block[1], block[2], block[3]
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    assert sum(widths) <= usable + 0.01, (widths, usable)
    for index, row in enumerate([header, *rows]):
        pdf.set_font(*(bold if index == 0 else regular), size=8.5)
        for cell_width, text in zip(widths, row, strict=True):
            room = cell_width - 2 * pdf.c_margin
            assert pdf.get_string_width(text) <= room, text
            pdf.cell(cell_width, 6, text, border=1, new_x="RIGHT", new_y="TOP")
        pdf.ln(6)
    pdf.ln(2)


def render(pdf, pages, regular, bold):
    for number, page in enumerate(pages, 1):
        pdf.add_page()
        for block in page:
            if block[0] == "table":
                draw_table(pdf, block, regular, bold)
                continue
            is_bold, size, height, align, before, after = STYLES[block[0]]
            if before:
                pdf.ln(before)
            pdf.set_font(*(bold if is_bold else regular), size=size)
            pdf.multi_cell(
                0, height, block[1], new_x="LMARGIN", new_y="NEXT", align=align
            )
            if after:
                pdf.ln(after)
        assert pdf.page_no() == number, f"content of page {number} overflowed"


def new_pdf(title):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.set_title(title)
    pdf.set_creator("fresh137 build_pdfs.py")
    return pdf


def build_english(name, title, pages):
    pdf = new_pdf(title)
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    render(pdf, pages, ("DejaVu", ""), ("DejaVu", "B"))
    pdf.output(os.path.join(HERE, name))


def build_chinese(name, title, pages, index):
    tmp = tempfile.mkdtemp(prefix="fresh137_font_")
    try:
        path = cjk_font(all_text(pages), index, tmp)
        pdf = new_pdf(title)
        pdf.add_font("NotoCJK", "", path)
        render(pdf, pages, ("NotoCJK", ""), ("NotoCJK", ""))
        pdf.output(os.path.join(HERE, name))
    finally:
        shutil.rmtree(tmp)


def main():
    build_english(
        "01_SkarvikGeodata_annual_report.pdf",
        "Skarvik Geodata ASA - Annual Report 2024 (extract)",
        DOC01,
    )
    build_chinese(
        "02_Haiyuan_A-share_announcement.pdf",
        "海渊智探 对外投资及重大合同公告",
        DOC02,
        SC_INDEX,
    )
    build_chinese(
        "03_Zhongsheng_HKEX_announcement.pdf",
        "中昇海洋鑽井服務 須予披露交易",
        DOC03,
        TC_INDEX,
    )
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
