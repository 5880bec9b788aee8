"""Build the three PDF documents of the fresh178 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory under /tmp/fresh178_tmp that is deleted after the PDF is written.
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
TMP_ROOT = Path("/tmp/fresh178_tmp")
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Kilimanet Holdings PLC, Integrated Report 2024 (English, Kenyan issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Kilimanet Holdings PLC - Integrated Report and Financial Statements 2024", 9),
        ("title", "Group Chief Executive Officer's Review (excerpt)"),
        (
            "p",
            "Kilimanet Holdings PLC (Nairobi Securities Exchange: KLMN) is the holding company of the Kilimanet Group, "
            "which builds and operates open-access fibre infrastructure in Kenya and Uganda. At 31 December 2024 the "
            "Group operated 14,800 km of long-haul, metro and fibre-to-the-tower routes, connecting 41 of Kenya's 47 "
            "counties. We sell capacity and dark fibre at wholesale prices to mobile operators, tower companies, "
            "internet service providers, data-centre operators and government agencies; we do not sell to "
            "households or compete with our customers in retail markets.",
        ),
        (
            "p",
            "Group revenue grew by 14.2% to KES 12,362 million (2023: KES 10,825 million) and EBITDA by 16.0% to "
            "KES 5,018 million, giving an EBITDA margin of 40.6%. Growth came mainly from fibre-to-the-tower "
            "backhaul, where the roll-out of 5G in Nairobi and Mombasa continued to raise capacity per site, and "
            "from data-centre interconnect.",
        ),
        ("h", "Artificial intelligence in the network"),
        (
            "p",
            "Fibre cuts are the single biggest cause of service interruptions in our market, and about two-thirds "
            "of them are caused by third-party road and utility works. In 2024 we extended RouteLoom, our in-house "
            "AI system, from route planning to cut prevention. RouteLoom reads county road-works notices, "
            "construction permits, rainfall forecasts and the acoustic signal from sensing fibre laid alongside our "
            "cables, and ranks every kilometre of the network by the likelihood of damage in the next 72 hours. "
            "Patrol teams are dispatched according to that ranking.",
        ),
        (
            "p",
            "On the 6,200 km of routes covered by RouteLoom at year-end, cuts fell by 38% compared with 2023 and the "
            "mean time to repair fell from 5.6 hours to 3.1 hours. The same models are used at the planning stage "
            "to choose routes that avoid flood-prone road reserves, which shortened average build time for new "
            "routes by 17%. We intend to cover the whole network by the end of 2026.",
        ),
        ("h", "Market environment"),
        (
            "p",
            "Competition in urban markets remained intense. Ukanda Fibre Limited and Pwani Networks Limited both "
            "extended their metro networks in Nairobi and Mombasa during the year, and wholesale prices for 10G "
            "backhaul fell by about 9%. Outside the two main cities, we remain the only open-access operator on "
            "most of our routes, and pricing there was stable.",
        ),
    ],
    [
        ("h", "Customers"),
        ("p", "The Group's three largest customers together accounted for 44.3% of revenue in 2024 (2023: 41.8%):"),
        (
            "table",
            [58, 52, 34, 30],
            [
                ["Customer", "Service", "Revenue 2024", "Share of Group revenue"],
                ["Pembe Mobile Kenya PLC", "Mobile backhaul and FTTH wholesale", "KES 3,412 million", "27.6%"],
                ["Savanna Towers PLC", "Fibre-to-the-tower backhaul", "KES 1,268 million", "10.3%"],
                ["Athi Data Centres Limited", "Data-centre interconnect (dark fibre)", "KES 794 million", "6.4%"],
            ],
        ),
        (
            "p",
            "Demand for data-centre interconnect grew after Stratovane Cloud Inc. opened its Nairobi cloud region in "
            "March 2024 in capacity leased from Athi Data Centres Limited at its campus in Athi River. Interconnect "
            "revenue rose by 61% to KES 1,104 million, and we expect further growth as content providers move "
            "caching and AI inference closer to East African users.",
        ),
        ("h", "Suppliers"),
        (
            "p",
            "Optical cable is the largest single item of network capital expenditure. On 18 March 2025 Kilimanet "
            "Fibre Kenya Limited signed a three-year agreement with Zhejiang Languang Optical Fibre & Cable Co., "
            "Ltd. for the supply of armoured, aerial and sensing-grade cable and fibre-monitoring equipment worth "
            "about USD 78.6 million. The agreement fixes cable prices in US dollars for the first 18 months and "
            "includes the sensing fibre and monitoring units on which RouteLoom depends.",
        ),
        ("h", "Acquisition of Lakeview Metro Fibre"),
        (
            "p",
            "On 1 July 2024 the Group acquired 100% of the issued share capital of Lakeview Metro Fibre Limited, "
            "which operates a 640 km metro network in Kisumu, for a cash consideration of KES 1.1 billion. The "
            "acquisition gives us a second metro network on Lake Victoria and direct access to the enterprise and "
            "university market in western Kenya. Lakeview contributed revenue of KES 312 million for the six months "
            "to 31 December 2024, and goodwill of KES 286 million was recognised on the acquisition.",
        ),
    ],
    [
        ("h", "Financial review"),
        (
            "p",
            "Capital expenditure was KES 4,870 million (2023: KES 4,115 million), of which 46% related to "
            "fibre-to-the-tower routes and 21% to the Western Kenya backbone. Net debt rose to KES 6,204 million, "
            "1.24 times EBITDA, after the acquisition of Lakeview Metro Fibre.",
        ),
        (
            "p",
            "In February 2024 the Group signed a USD 45.0 million seven-year senior loan with Pan-Rift Development "
            "Finance Corporation to finance the Western Kenya backbone and the roll-out of sensing fibre. The loan "
            "carries a margin of 3.9% over SOFR and is repayable in equal semi-annual instalments from 2026.",
        ),
        ("h", "Note 21: Borrowings"),
        (
            "table",
            [42, 36, 28, 28, 17, 23],
            [
                ["Lender", "Borrower", "Facility", "Limit", "Maturity", "Outstanding (KES m)"],
                [
                    "Pan-Rift Development Finance Corporation",
                    "Kilimanet Holdings PLC",
                    "Senior term loan",
                    "USD 45.0 million",
                    "2031",
                    "5,812",
                ],
                [
                    "Tana Commercial Bank Limited",
                    "Kilimanet Fibre Kenya Limited",
                    "Revolving credit facility",
                    "KES 2.5 billion",
                    "2027",
                    "1,140",
                ],
                ["Total", "", "", "", "", "6,952"],
            ],
        ),
        (
            "p",
            "The facilities are subject to covenants on net debt to EBITDA and interest cover, all of which were "
            "met during the year. The Pan-Rift loan is secured by a charge over the shares of Kilimanet Fibre Kenya "
            "Limited.",
        ),
        ("h", "Principal risks and uncertainties"),
        (
            "p",
            "Regulatory and legal risk. Ukanda Fibre Limited has filed a complaint against Kilimanet Fibre Kenya "
            "Limited before the Communications and Multimedia Appeals Tribunal, alleging that wayleave agreements "
            "with two county governments in the Rift Valley give our subsidiary exclusive access to road reserves. "
            "The Directors consider the complaint to be without merit, and no provision has been made.",
        ),
        (
            "p",
            "Acquisition risk. In November 2024 Kilimanet discontinued discussions with the shareholders of Pwani "
            "Networks Limited about a possible acquisition, after the parties were unable to agree on the "
            "treatment of Pwani's landing-station lease in Mombasa. The Board will continue to consider "
            "acquisitions only where they extend the open-access footprint at an acceptable return.",
        ),
    ],
    [
        ("h", "Note 30: Principal subsidiaries and associates"),
        (
            "table",
            [62, 32, 34, 46],
            [
                ["Company", "Country of incorporation", "Effective shareholding", "Principal activity"],
                ["Kilimanet Fibre Kenya Limited", "Kenya", "100%", "Wholesale fibre network"],
                ["Lakeview Metro Fibre Limited", "Kenya", "100%", "Metro fibre network, Kisumu"],
                ["Rift Edge Data Limited", "Kenya", "40% (associate)", "Edge data centres, Nakuru and Eldoret"],
            ],
        ),
        ("h", "Shareholding structure at 31 December 2024"),
        (
            "table",
            [80, 48, 46],
            [
                ["Shareholder", "Number of shares", "% of issued shares"],
                ["Harambee Infrastructure Fund", "412,500,000", "22.4%"],
                ["Directors and key management (aggregate)", "28,910,000", "1.6%"],
                ["Other shareholders (11,482 holders)", "1,399,090,000", "76.0%"],
                ["Total", "1,840,500,000", "100.0%"],
            ],
        ),
        ("h", "Report of the independent auditor (extract)"),
        (
            "p",
            "Mwangi Okello & Associates LLP, Certified Public Accountants, Nairobi, have audited the consolidated and "
            "separate financial statements of Kilimanet Holdings PLC for the year ended 31 December 2024 and "
            "expressed an unqualified opinion. In their opinion the financial statements give a true and fair view "
            "in accordance with IFRS Accounting Standards and the requirements of the Kenyan Companies Act, 2015.",
        ),
        ("h", "Dividend"),
        (
            "p",
            "The Directors recommend a final dividend of KES 0.85 per share (2023: KES 0.70), payable on or about "
            "30 June 2025 to shareholders on the register at the close of business on 30 May 2025.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Hsinyuan Thermal Technology Co., Ltd., TWSE material information (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        ("small", "公開資訊觀測站　重大訊息公告（列印日期：114/09/25）"),
        ("center", "欣源熱能科技股份有限公司", 16),
        ("center", "Hsinyuan Thermal Technology Co., Ltd.", 12),
        ("center", "（股票代號：6958）", 9),
        (
            "small",
            "公司代號：6958　公司簡稱：欣源熱能　發言日期：114/09/24　發言時間：17:32:05　發言人：陳冠宇　"
            "發言人職稱：財務長　發言人電話：03-578-2260",
        ),
        ("h", "第一則　代子公司欣源國際投資股份有限公司公告取得PT Cendana Awan Data特別股"),
        ("p", "符合條款：第四條第20款　事實發生日：114/09/24"),
        ("p", "1.標的物之名稱及性質：PT Cendana Awan Data（以下簡稱「Cendana」）B輪特別股。"),
        ("p", "2.事實發生日：114/9/24~114/9/24"),
        (
            "p",
            "3.交易單位數量、每單位價格及交易總金額：欣源國際投資股份有限公司（以下簡稱「欣源國際」）認購Cendana "
            "B輪特別股2,412,000股，每股美金7.4627元，交易總金額美金18,000,000元。",
        ),
        ("p", "4.交易相對人及其與公司之關係：PT Cendana Awan Data（發行公司），為本公司液冷散熱設備之客戶，非本公司之關係人。"),
        (
            "p",
            "5.交易相對人為關係人者，並應公告選定關係人為交易對象之原因及前次移轉之所有人、前次移轉之所有人與公司"
            "及交易相對人間相互之關係、前次移轉日期及移轉金額：不適用。",
        ),
        (
            "p",
            "6.交易標的最近五年內所有權人曾為公司之關係人者，尚應公告關係人之取得及處分日期、價格及交易當時與公司"
            "之關係：不適用。",
        ),
        ("p", "7.本次係處分債權之相關事項：不適用。"),
        ("p", "8.處分利益（或損失）：不適用。"),
        ("p", "9.交付或付款條件：於交割日以現金一次支付。契約限制條款及其他重要約定事項：無。"),
        (
            "p",
            "10.本次交易之決定方式、價格決定之參考依據及決策單位：經雙方議價，並參考Cendana之財務狀況、已簽約之"
            "租賃容量及未來發展。本次交易價格係參考勤信聯合會計師事務所為欣源國際投資股份有限公司出具之價格合理性"
            "意見書。決策單位為本公司董事會。",
        ),
        ("p", "11.取得或處分有價證券標的公司每股淨值：不適用（標的公司為未上市公司）。"),
        (
            "p",
            "12.迄目前為止，累積持有本交易證券（含本次交易）之數量、金額、持股比例及權利受限情形：欣源國際累積持有"
            "Cendana特別股2,412,000股，金額美金18,000,000元，持股比例約5.29%（完全稀釋基礎），無權利受限情形。",
        ),
        (
            "p",
            "13.迄目前為止，依「公開發行公司取得或處分資產處理準則」第三條所列之有價證券投資（含本次交易）占公司"
            "最近期財務報表中總資產及歸屬於母公司業主之權益之比例暨最近期財務報表中營運資金數額：占總資產比例"
            "2.41%；占歸屬於母公司業主之權益比例4.87%；營運資金數額新台幣6,842,115千元。",
        ),
    ],
    [
        ("p", "14.經紀人及經紀費用：無。"),
        ("p", "15.取得或處分之具體目的或用途：布局東南亞AI資料中心市場，深化與客戶之液冷技術合作。"),
        ("p", "16.本次交易表示異議董事之意見：無。"),
        ("p", "17.本次交易為關係人交易：否。董事會通過日期：民國114年9月24日。審計委員會同意日期：民國114年9月24日。"),
        (
            "p",
            "18.其他敘明事項：欣源國際投資股份有限公司為本公司持股100%之子公司，本次交易資金來源為欣源國際之"
            "自有資金。Cendana本輪B輪增資總額為美金145,000,000元。本輪增資由印尼上市公司PT Arunika Menara "
            "Digital Tbk領投。",
        ),
        ("h", "第二則　本公司與Ipê Data Centers Fundo de Investimento Imobiliário簽訂液冷設備供貨合約"),
        ("p", "符合條款：第四條第17款　事實發生日：114/09/24"),
        (
            "p",
            "1.契約或承諾相對人：Ipê Data Centers Fundo de Investimento Imobiliário（以下簡稱「Ipê FII」），"
            "為巴西證券交易所上市之資料中心不動產投資基金。",
        ),
        ("p", "2.與公司關係：無。"),
        ("p", "3.契約或承諾起迄日期（或解除日期）：114/09/24~116/12/31"),
        (
            "p",
            "4.主要內容（解除者不適用）：本公司將供應冷卻液分配單元（CDU）、後門熱交換器及AI溫控管理軟體予"
            "Ipê FII位於巴西Campinas之資料中心園區，合約總金額約新台幣1,184,000,000元。",
        ),
        ("p", "5.限制條款（解除者不適用）：無。"),
        (
            "p",
            "6.對公司財務、業務之影響：本合約預計自115年第一季起陸續認列營收，有助於拓展本公司於美洲市場之業務。"
            "本公司液冷產品目前主要客戶包括統禾運算股份有限公司等AI伺服器廠商，本合約為本公司於美洲市場取得之"
            "首張資料中心業主直接訂單。國內液冷散熱市場之主要業者包括鼎泓散熱股份有限公司及凱昇熱傳科技股份有限公司等。",
        ),
        ("p", "7.具體目的（解除者不適用）：擴大液冷產品之海外銷售。"),
        ("p", "8.其他應敘明事項：無。"),
    ],
    [
        ("h", "第三則　本公司資金貸與子公司Hsinyuan Thermal do Brasil Ltda."),
        ("p", "符合條款：第四條第22款　事實發生日：114/09/24"),
        ("p", "1.接受資金貸與之公司名稱：Hsinyuan Thermal do Brasil Ltda.（以下簡稱「欣源巴西」）。"),
        ("p", "2.與資金貸與他人公司之關係：欣源巴西為本公司間接持股100%之子公司。"),
        (
            "p",
            "3.本公司董事會決議資金貸與欣源巴西新台幣320,000,000元，期間一年，年利率2.15%，用途為營運週轉及"
            "巴西液冷設備組裝廠之營運資金。",
        ),
        (
            "p",
            "4.資金貸與之限額（仟元）：3,421,057；原資金貸與之餘額（仟元）：0；本次新增資金貸與之金額（仟元）："
            "320,000；是否為董事會授權董事長對同一貸與對象分次撥貸或循環動用之資金貸與：否。",
        ),
        (
            "p",
            "5.迄事實發生日止資金貸與餘額（仟元）：320,000；本次新增資金貸與之原因：支應欣源巴西於Campinas之"
            "組裝及維運據點開辦費用。",
        ),
        (
            "p",
            "6.接受資金貸與公司所提供擔保品內容及價值（仟元）：無；接受資金貸與公司最近期財務報表之資本（仟元）："
            "48,600；累積盈虧金額（仟元）：-6,214。",
        ),
        ("p", "7.計息方式：按月計息。還款之條件及日期：到期一次還本。"),
        ("p", "8.迄事實發生日止，資金貸與餘額占最近期財務報表淨值之比率：2.81%。"),
        ("h", "第四則　澄清媒體報導"),
        ("p", "符合條款：第四條第53款　事實發生日：114/09/24"),
        ("p", "1.傳播媒體名稱：經貿時報。"),
        ("p", "2.報導日期：114/09/23"),
        ("p", "3.報導內容：報載本公司擬參與巴西電信鐵塔業者之增資並合作建置邊緣資料中心。"),
        ("p", "4.投資人提供訊息概要：無。"),
        (
            "p",
            "5.公司對該等報導或提供訊息之說明：欣源熱能並未與Araucária Torres S.A.洽談任何投資或合作事宜，"
            "上述報導係媒體臆測。本公司相關訊息均以公開資訊觀測站公告為準。",
        ),
        ("p", "6.因應措施：無。"),
        ("p", "7.其他應敘明事項：無。"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Zhejiang Languang Optical Fibre & Cable Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：603896        证券简称：澜光光缆        公告编号：2025-011"),
        ("center", "浙江澜光光纤光缆股份有限公司", 15),
        ("center", "关于签订日常经营重大合同及对外投资设立境外合资公司的公告", 13),
        (
            "small",
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
            "准确性和完整性承担法律责任。",
        ),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性销售合同，合同金额约为7,860万美元（按2025年3月18日汇率折合人民币约5.66亿元）。"),
        ("p", "● 对外投资标的名称：PT Languang Serat Indonesia（暂定名，最终以印度尼西亚法律与人权部核准名称为准）。"),
        ("p", "● 投资金额：公司拟以自有资金出资1,800万美元，持股60%。"),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        (
            "p",
            "● 相关风险提示：合同履行存在受不可抗力及客户需求变化影响的风险；境外投资尚需取得境内外有关主管部门的"
            "备案或批准，存在不确定性。",
        ),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        (
            "p",
            "2025年3月18日，浙江澜光光纤光缆股份有限公司（以下简称“公司”或“澜光光缆”）与Kilimanet Fibre Kenya "
            "Limited（以下简称“Kilimanet Kenya”）签订《光缆及智能光纤监测系统供货合同》，约定澜光光缆于2025年4月"
            "至2028年3月期间向Kilimanet Kenya供应铠装光缆、架空光缆、传感光缆及基于人工智能的光纤状态监测系统，"
            "合同总金额约为7,860万美元。",
        ),
        (
            "p",
            "本次招标中，Kilimanet Kenya同时邀请了江苏恒远光缆有限公司等多家国内外光缆厂商参与投标。公司凭借传感"
            "光缆与光纤状态监测平台的整体方案中标。",
        ),
        ("h", "（二）审议程序"),
        (
            "p",
            "本合同为公司日常经营性合同，根据《上海证券交易所股票上市规则》及《公司章程》的相关规定，无需提交董事会"
            "及股东大会审议。",
        ),
    ],
    [
        ("h", "（三）合同对方基本情况"),
        (
            "p",
            "Kilimanet Kenya成立于2009年，注册地为肯尼亚内罗毕，为内罗毕证券交易所上市公司Kilimanet Holdings PLC"
            "的全资子公司，主要从事光纤骨干网、城域网及光纤到基站的建设与批发运营。",
        ),
        ("p", "公司与Kilimanet Kenya最近三个会计年度未发生业务往来，与其不存在关联关系。"),
        ("h", "二、对外投资设立境外合资公司"),
        ("h", "（一）对外投资概述"),
        (
            "p",
            "为贴近东南亚光纤网络建设需求、规避潜在贸易壁垒，公司拟与PT Arunika Serat Nusantara（以下简称“Arunika "
            "Serat”）在印度尼西亚廖内群岛省巴淡岛共同出资设立合资公司PT Languang Serat Indonesia（暂定名，以下"
            "简称“合资公司”），建设年产400万芯公里的光缆生产线。",
        ),
        (
            "p",
            "合资公司注册资本为3,000万美元，其中公司以自有资金出资1,800万美元，持股60%；Arunika Serat出资1,200万"
            "美元，持股40%。合资公司股权结构如下：",
        ),
        (
            "table",
            [74, 36, 30, 34],
            [
                ["股东名称", "出资额（万美元）", "出资方式", "持股比例"],
                ["浙江澜光光纤光缆股份有限公司", "1,800", "货币", "60%"],
                ["PT Arunika Serat Nusantara", "1,200", "货币", "40%"],
                ["合计", "3,000", "-", "100%"],
            ],
        ),
        ("p", "合资公司设立后将纳入公司合并报表范围，成为公司的控股子公司。"),
        ("h", "（二）合作方基本情况"),
        (
            "p",
            "Arunika Serat成立于2016年，注册地为印度尼西亚雅加达，为印度尼西亚证券交易所上市公司PT Arunika Menara "
            "Digital Tbk的全资子公司，主要从事光纤到基站及城域光纤网络的建设和运营，目前运营光纤网络约3.8万公里。",
        ),
        ("p", "印度尼西亚光缆市场的主要参与者包括PT Kabel Serat Khatulistiwa及江苏恒远光缆有限公司等企业。"),
        ("h", "（三）合资协议的主要内容"),
        ("p", "1、合资公司董事会由5名董事组成，其中公司委派3名，Arunika Serat委派2名；总经理及财务负责人由公司提名。"),
        (
            "p",
            "2、合资公司投产后五年内，Arunika Serat每年向合资公司采购不低于其印度尼西亚境内光缆需求量的60%，"
            "采购价格参照同期市场价格确定。",
        ),
        ("p", "3、双方出资应于合资公司取得营业执照后六个月内缴足；任何一方转让合资公司股权，另一方享有优先购买权。"),
    ],
    [
        ("h", "三、对上市公司的影响"),
        (
            "p",
            "本次重大合同的履行预计将对公司2025年度至2027年度经营业绩产生积极影响，有利于提升公司传感光缆及智能"
            "监测产品在非洲市场的品牌影响力。公司光纤预制棒自给率已超过70%，合同履行所需原材料供应有保障。",
        ),
        (
            "p",
            "本次对外投资有利于公司贴近东南亚客户、缩短交货周期，不会对公司财务状况和经营成果产生重大不利影响，"
            "不存在损害公司及全体股东利益的情形。",
        ),
        ("h", "四、保荐机构核查意见"),
        ("p", "中岳证券股份有限公司作为澜光光缆的持续督导保荐机构，对本次对外投资事项出具了无异议的核查意见。"),
        ("h", "五、风险提示"),
        ("p", "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化及付款能力等因素影响，存在不能按期足额履行的风险。"),
        (
            "p",
            "2、境外投资审批风险：本次对外投资尚需取得商务主管部门、发展改革部门及外汇管理部门的备案或登记，以及"
            "印度尼西亚投资部的批准，能否取得及取得时间存在不确定性。",
        ),
        ("p", "3、汇率风险：合同以美元结算，人民币汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "浙江澜光光纤光缆股份有限公司董事会"),
        ("right", "2025年3月19日"),
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
            "02_Kilimanet_integrated_report.pdf",
            build_latin(
                "02_Kilimanet_integrated_report.pdf",
                DOC02,
                "Kilimanet Holdings PLC - Integrated Report 2024",
                "Kilimanet Holdings PLC - Integrated Report and Financial Statements 2024 (excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Hsinyuan_TWSE_announcement.pdf",
            build_cjk(
                "03_Hsinyuan_TWSE_announcement.pdf",
                DOC03,
                TC_INDEX,
                "欣源熱能科技股份有限公司 重大訊息",
                "欣源熱能科技股份有限公司 重大訊息公告 114/09/24",
            ),
            len(DOC03),
        ),
        (
            "04_Languang_A-share_announcement.pdf",
            build_cjk(
                "04_Languang_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "浙江澜光光纤光缆股份有限公司 公告",
                "浙江澜光光纤光缆股份有限公司 公告 2025-011",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
