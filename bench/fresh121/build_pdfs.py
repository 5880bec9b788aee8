"""Build the three PDF documents of fresh121 with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses one face of NotoSansCJK-Regular.ttc (index 2 Simplified,
index 3 Traditional), subset to the characters used, converted from CFF to
TrueType outlines, written to a temporary directory and deleted afterwards.
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

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------------------
# 03 - Harbourline Ferries Holdings Limited, HKEX announcement (Traditional)
# ---------------------------------------------------------------------------
DOC03 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不就因本公告全部或任何部份內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("gap",),
    ("title", "港灣線渡輪控股有限公司"),
    ("center", "HARBOURLINE FERRIES HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2817）"),
    ("gap",),
    ("title", "須予披露交易"),
    ("center", "購買四艘混合動力智能高速客運渡輪"),
    ("center", "及"),
    ("center", "取得有期貸款融資"),
    ("gap",),
    ("h", "緒言"),
    ("p", "港灣線渡輪控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）董事會（「董事會」）欣然宣佈，於二零二五年十月二十日（交易時段後），本公司之全資附屬公司港灣線船務有限公司（「港灣線船務」）與舟山東極船舶重工有限公司（「東極船舶」）訂立造船合同（「造船合同」），據此，東極船舶同意建造並向港灣線船務交付四艘混合動力智能高速客運渡輪（「渡輪」），總代價為港幣728,000,000元。"),
    ("p", "同日，港灣線船務與溟通融資租賃（天津）有限公司（「溟通租賃」）訂立貸款協議（「貸款協議」），據此，溟通租賃同意向港灣線船務提供本金額最高為港幣510,000,000元之十年期有期貸款，用於支付造船合同項下約70%之代價。"),
    ("h", "造船合同"),
    ("p", "造船合同之主要條款概述如下："),
    ("p", "日期：二零二五年十月二十日"),
    ("p", "訂約方：(i)港灣線船務（作為買方）；及(ii)東極船舶（作為建造方）"),
    ("p", "標的事項：東極船舶將於其位於浙江省舟山市之船廠建造四艘渡輪。每艘渡輪全長約四十二米，載客量約為四百二十名，採用柴電混合動力及電池推進系統，最高航速為三十五節。"),
    ("p", "代價及付款條款：代價港幣728,000,000元將分五期支付：(a)簽署造船合同後十個營業日內支付10%；(b)開工時支付20%；(c)上船台時支付20%；(d)下水時支付20%；及(e)交付時支付30%。代價乃經訂約方公平磋商，並參考同類船舶之市場價格、渡輪之規格及交付時間表後釐定，將以本集團內部資源及貸款協議項下之貸款支付。"),
    ("p", "交付：首兩艘渡輪預計於二零二七年第二季交付，餘下兩艘渡輪預計於二零二七年第四季交付。"),
    ("h", "智能航行系統"),
    ("p", "根據造船合同，渡輪之智能駕駛艙、自動靠泊及航線優化系統將由海瀾智航（香港）有限公司（「海瀾智航（香港）」）供應，港灣線船務將另行向海瀾智航（香港）支付系統授權及首五年維護費用合共港幣46,500,000元。"),
    ("p", "海瀾智航（香港）為上海海瀾智航科技股份有限公司（一家於上海證券交易所科創板上市之公司，股份代號：688917）之全資附屬公司。"),
    ("p", "相關系統可按水流、風力及船期自動調整航速及靠泊程序，預期可令每艘渡輪之燃油消耗較本集團現有同類船舶減少約百分之二十五。"),
    ("h", "貸款協議"),
    ("p", "貸款人：溟通租賃"),
    ("p", "借款人：港灣線船務"),
    ("p", "擔保人：本公司"),
    ("p", "本金額：最高港幣510,000,000元，分四期按造船合同之付款進度提取"),
    ("p", "年期：自首次提款日起計十年"),
    ("p", "利率：香港銀行同業拆息加年息1.65厘"),
    ("p", "抵押：渡輪之第一優先船舶抵押及相關保險權益之轉讓"),
    ("h", "進行交易之理由及裨益"),
    ("p", "本集團現時營運二十二艘高速客運渡輪，平均船齡逾十七年，維修成本及燃油開支持續上升。董事認為，購買渡輪可更新船隊、降低營運成本及碳排放，並配合香港特別行政區政府推動綠色航運之政策。"),
    ("p", "港灣線船務於招標期間亦曾考慮向江門海聯造船有限公司採購同類船舶，惟因其交付期較長而未有進一步磋商。"),
    ("p", "此外，港灣線渡輪已與珍灣遊艇會集團有限公司簽訂諒解備忘錄，雙方將合作開發以人工智能調度之遊艇會接駁渡輪服務，首階段涵蓋西貢及屯門兩個遊艇會。"),
    ("p", "近期市場傳出港灣線渡輪將與九龍海峽渡輪有限公司合併之傳聞，董事會謹此澄清，港灣線渡輪與九龍海峽渡輪有限公司之間並無任何合併磋商或合作安排。"),
    ("p", "董事（包括獨立非執行董事）認為，造船合同及貸款協議之條款屬公平合理，按一般商業條款訂立，並符合本公司及股東之整體利益。"),
    ("h", "有關訂約方之資料"),
    ("p", "本公司為一家投資控股公司，本集團主要於香港、澳門及珠江三角洲港口之間經營高速客運渡輪服務。港灣線船務有限公司為港灣線渡輪控股有限公司之全資附屬公司，主要負責本集團之船隊營運及船舶資產持有。"),
    ("p", "東極船舶為一家於中華人民共和國成立之有限公司，主要從事客滾船、高速客船及海洋工程船舶之設計及建造，其船廠位於浙江省舟山市。"),
    ("p", "溟通租賃為一家於中華人民共和國成立之融資租賃公司，主要從事船舶及交通運輸設備之融資租賃及貸款業務。"),
    ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，東極船舶、溟通租賃、海瀾智航（香港）及彼等各自之最終實益擁有人均為獨立於本公司及其關連人士之第三方。"),
    ("h", "本公司之股權架構"),
    ("p", "下表載列本公司於本公告日期之股權架構："),
    ("table", [70, 50, 60], [
        ["股東名稱", "所持股份數目", "佔已發行股本概約百分比"],
        ["維港潮資本有限公司", "236,000,000", "23.60%"],
        ["鄺志航先生（附註）", "118,500,000", "11.85%"],
        ["其他公眾股東", "645,500,000", "64.55%"],
        ["總計", "1,000,000,000", "100.00%"],
    ]),
    ("p", "附註：鄺志航先生為本公司主席及執行董事。"),
    ("p", "據董事所深知，維港潮資本有限公司（「維港潮資本」）由深圳藍鯨算力科技有限公司擁有40%權益，其餘權益由三名獨立投資者持有。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關造船合同項下擬進行交易之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故該交易構成本公司之須予披露交易，須遵守上市規則第十四章之通知及公告規定，惟獲豁免遵守股東批准規定。"),
    ("h", "一般事項"),
    ("p", "港灣線渡輪已就交易委任嘉澤融資有限公司為財務顧問，並委任何陳律師行為香港法律顧問。"),
    ("gap",),
    ("p", "承董事會命"),
    ("p", "港灣線渡輪控股有限公司"),
    ("p", "主席"),
    ("p", "鄺志航"),
    ("p", "香港，二零二五年十月二十日"),
    ("gap",),
    ("small", "於本公告日期，董事會包括執行董事鄺志航先生（主席）及林嘉慧女士；非執行董事何振邦先生；以及獨立非執行董事陳美詩女士、黃國樑先生及蘇啟文先生。"),
]

# ---------------------------------------------------------------------------
# 04 - Shanghai Hailan Zhihang, A-share announcement (Simplified)
# ---------------------------------------------------------------------------
DOC04 = [
    ("small", "证券代码：688917　　　　证券简称：海澜智航　　　　公告编号：2025-047"),
    ("gap",),
    ("title", "上海海澜智航科技股份有限公司"),
    ("center", "关于签订日常经营重大合同及对外投资设立控股子公司的公告"),
    ("gap",),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "● 合同类型及金额：上海海澜智航科技股份有限公司（以下简称“公司”或“海澜智航”）与意大利船厂签订智能航行系统授权及服务协议，合同总金额为2,350万欧元（不含税，折合人民币约1.84亿元）；公司全资子公司与香港游艇会运营商签订智慧码头系统采购合同，合同金额为港币3,860万元。"),
    ("p", "● 对外投资标的名称：海澜东极智能船舶（舟山）有限公司（暂定名，以市场监督管理部门核准登记为准）。"),
    ("p", "● 投资金额：公司拟以自有资金出资人民币5,100万元，占合资公司注册资本的51%。"),
    ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。本次对外投资已经公司第三届董事会第十九次会议审议通过，无需提交股东大会审议。"),
    ("p", "● 风险提示：合同履行周期较长，存在因不可抗力、客户经营状况变化等因素导致合同无法如期或全部履行的风险；合资公司尚需办理工商登记，未来经营存在不确定性。敬请广大投资者注意投资风险。"),
    ("h", "一、日常经营重大合同的基本情况"),
    ("h2", "（一）与卢切纳船厂签订的合同"),
    ("p", "2025年10月28日，海澜智航与意大利Cantieri Navali Lucerna S.p.A.（以下简称“卢切纳船厂”）签订《智能航行系统授权及服务协议》，海澜智航将为卢切纳船厂在建的四艘邮轮及两艘客滚船提供智能驾驶舱、航线优化及预测性维护软件授权及七年技术服务，合同总金额为2,350万欧元（不含税）。"),
    ("h2", "（二）与珍湾游艇会签订的合同"),
    ("p", "2025年10月30日，公司全资子公司海澜智航（香港）有限公司（以下简称“海澜香港”）与珍湾游艇会集团有限公司（以下简称“珍湾游艇会”）签订《智慧码头系统采购合同》，由海澜香港为珍湾游艇会位于香港西贡及屯门的两座游艇码头提供泊位智能调度、水下安防及能耗管理系统，合同金额为港币3,860万元。"),
    ("h2", "（三）与澄洋客运签订的合同"),
    ("p", "2025年9月以来，海澜智航与澄洋客运轮渡有限公司（以下简称“澄洋客运”）累计签订智能船舶系统销售合同人民币6,720万元，为其在建的六艘智能客渡船提供全船智能化系统。"),
    ("p", "上述合同均为公司日常经营合同，已履行公司内部审批程序，无需提交董事会或股东大会审议。"),
    ("h", "二、合同对方的基本情况"),
    ("h2", "（一）卢切纳船厂"),
    ("table", [55, 125], [
        ["公司名称", "Cantieri Navali Lucerna S.p.A."],
        ["注册地", "意大利热那亚"],
        ["上市地及股票代码", "意大利米兰证券交易所，CNL"],
        ["主营业务", "邮轮、客滚船及特种船舶的设计与建造"],
        ["控股股东", "Lucerna Holding S.r.l.，持股54.0%"],
        ["2024年度营业收入", "23.1亿欧元"],
    ]),
    ("h2", "（二）珍湾游艇会"),
    ("p", "珍湾游艇会为一家于香港注册成立的有限公司，主要从事游艇会及游艇码头的经营管理，旗下拥有西贡、屯门及愉景湾三座游艇码头。"),
    ("h2", "（三）澄洋客运"),
    ("p", "澄洋客运为一家于浙江省舟山市注册成立的有限责任公司，主要从事舟山群岛岛际及沿海旅客运输。"),
    ("h2", "（四）签约主体"),
    ("p", "海澜香港系海澜智航于2021年在香港设立的全资子公司，注册资本1,000万港元，主要负责公司境外业务的签约及交付。"),
    ("p", "上述合同对方与公司及公司控股股东、实际控制人、董事、监事、高级管理人员均不存在关联关系。"),
    ("h", "三、对外投资设立控股子公司情况"),
    ("h2", "（一）对外投资概述"),
    ("p", "为把握智能船舶产业发展机遇，海澜智航拟与舟山东极船舶重工有限公司（以下简称“东极船舶”）共同出资设立海澜东极智能船舶（舟山）有限公司（暂定名，以下简称“海澜东极”），注册资本为人民币10,000万元，其中海澜智航以货币出资人民币5,100万元，东极船舶以货币出资人民币4,900万元。"),
    ("h2", "（二）合作方基本情况"),
    ("p", "东极船舶成立于2006年，注册资本人民币12亿元，注册地址为浙江省舟山市定海区，主营业务为客滚船、高速客船及海洋工程船舶的设计与建造。东极船舶与公司不存在关联关系。"),
    ("h2", "（三）拟设立公司基本情况"),
    ("p", "公司名称：海澜东极智能船舶（舟山）有限公司（暂定名）；注册资本：人民币10,000万元；经营范围：智能船舶设计、智能航行系统集成、船舶技术咨询服务（以登记机关核准为准）。股权结构如下："),
    ("table", [70, 30, 45, 35], [
        ["股东名称", "出资方式", "认缴出资额（万元）", "持股比例"],
        ["上海海澜智航科技股份有限公司", "货币", "5,100", "51%"],
        ["舟山东极船舶重工有限公司", "货币", "4,900", "49%"],
        ["合计", "—", "10,000", "100%"],
    ]),
    ("p", "海澜东极成立后将成为海澜智航的控股子公司，纳入公司合并报表范围。"),
    ("h2", "（四）合作协议的主要内容"),
    ("p", "海澜智航与东极船舶同意依托东极船舶的船舶建造能力及海澜智航的智能航行技术，共同开发面向沿海及岛际客运的智能渡轮标准船型平台，并联合参与国内外项目投标。"),
    ("p", "海澜东极董事会由五名董事组成，其中海澜智航提名三名，东极船舶提名二名；总经理由海澜智航推荐，财务负责人由东极船舶推荐。"),
    ("p", "在确定合作方之前，海澜智航曾与南通海星造船有限公司就合资事宜进行初步接洽，后因双方在技术路线上存在分歧而终止。"),
    ("h", "四、对上市公司的影响"),
    ("p", "上述合同的签订标志着公司智能航行产品首次进入欧洲邮轮船厂市场，合同顺利履行预计将对公司2026年至2028年经营业绩产生积极影响。设立合资公司有利于公司将智能航行技术与船舶建造能力相结合，拓展智能渡轮整船解决方案业务。本次投资资金来源为公司自有资金，不会对公司财务状况及经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。"),
    ("h", "五、风险提示"),
    ("p", "合同履行期较长，履约过程中可能受到宏观经济、汇率波动、客户经营状况等因素影响。在智能航行领域，公司面临来自Helmsight AI, Inc.、Seaborne Insight Corp.等境外厂商的激烈竞争，若公司不能持续保持技术领先，可能对海外业务拓展产生不利影响。"),
    ("p", "敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("gap",),
    ("right", "上海海澜智航科技股份有限公司董事会"),
    ("right", "2025年10月31日"),
]

# ---------------------------------------------------------------------------
# 05 - Cantieri Navali Lucerna S.p.A., annual report excerpt (English)
# ---------------------------------------------------------------------------
DOC05 = [
    ("title", "Cantieri Navali Lucerna S.p.A."),
    ("center", "Annual Report 2024 - extract"),
    ("small", "Registered office: Via del Molo Vecchio 14, 16128 Genoa, Italy. Share capital EUR 118,400,000 fully paid. Genoa Companies Register no. 00412870105. Shares listed on Euronext Milan (ticker: CNL)."),
    ("gap",),
    ("h", "Key figures"),
    ("table", [70, 40, 40, 40], [
        ["€ million", "2024", "2023", "Change"],
        ["Revenue", "2,312", "2,028", "+14.0%"],
        ["EBITDA", "187", "152", "+23.0%"],
        ["Net profit", "64", "41", "+56.1%"],
        ["Order backlog at year-end", "6,800", "6,150", "+10.6%"],
        ["Net financial debt", "412", "388", "+6.2%"],
    ]),
    ("h", "Letter from the Chair"),
    ("p", "Dear shareholders, 2024 was a year of record activity for Lucerna. Revenue rose 14% to €2,312 million, EBITDA reached €187 million and the order backlog stood at €6.8 billion at year-end, equal to almost three years of production. We delivered two cruise ships, three ro-pax ferries and one expedition vessel, all on schedule and within budget."),
    ("p", "The most important change in our business is not visible in the hull. Our customers increasingly buy a ship as a digital platform: the bridge, the engine room and the hotel are connected, and artificial intelligence decides how fast to sail, when to run the generators and when a pump needs attention. To serve them we created Lucerna Digital Systems in 2022, and in 2024 we strengthened it with the acquisition of a specialist sensor maker in Trieste."),
    ("p", "The Board proposes a dividend of €0.32 per share, up from €0.20. I thank our 4,100 employees and the many suppliers in Liguria and Friuli who made this year possible."),
    ("p", "Giovanna Bellandi, Chair"),
    ("h", "Directors' Report on Operations"),
    ("h2", "Order intake and backlog"),
    ("p", "Order intake in 2024 amounted to €2.2 billion, of which 71% in cruise and expedition ships and 29% in ferries. Ferry demand is driven by the replacement of ageing fleets on Italian and Alpine lake routes and by the move to hybrid and battery propulsion. The principal orders in backlog at 31 December 2024 were as follows."),
    ("table", [62, 58, 28, 42], [
        ["Customer", "Vessels", "Delivery", "Contract value"],
        ["Veloria Crociere S.p.A.", "2 cruise ships, 2,400 berths", "2028–2029", "€1,460 million"],
        ["Navigazione Laghi Alpini S.p.A.", "3 hybrid lake ferries", "2026", "€96 million"],
        ["Undisclosed European owner", "2 expedition ships", "2027", "€610 million"],
    ]),
    ("h2", "Significant events of the year"),
    ("p", "On 9 September 2024 Lucerna acquired 100% of Nautilia Sensori S.r.l., a Trieste-based maker of hull-stress and vibration sensors, for a consideration of €42 million paid in cash. Nautilia's sensors are now integrated into the Group's predictive-maintenance offering, and the company contributed €5.3 million of revenue from the acquisition date."),
    ("p", "In March 2024 Istituto Bancario Tirrenico S.p.A. granted Cantieri Navali Lucerna a €600 million construction financing facility, which funds working capital on the Veloria hulls until delivery and is secured by the refund guarantees and the hulls under construction."),
    ("p", "Since 2024, AI navigation and bridge software licences for Lucerna's cruise and ferry newbuilds have been sourced from Shanghai Hailan Zhihang Technology Co., Ltd., with purchases of €6.4 million in the year. Software is integrated and tested by Lucerna Digital Systems before installation on board."),
    ("h2", "Competitive environment"),
    ("p", "In the expedition segment Lucerna competes mainly with Cantiere Navale Sirenetta S.p.A. and Nordkyst Verft AS for newbuild slots, while orders for large cruise ships remain concentrated among a handful of European and Asian yards. Pricing for new orders improved by 4-6% during the year."),
    ("h2", "Group structure"),
    ("p", "The table below lists the Group's subsidiaries, associates and other equity investments at 31 December 2024."),
    ("table", [70, 34, 26, 60], [
        ["Company", "Registered office", "Interest held", "Accounting treatment"],
        ["Lucerna Digital Systems S.r.l.", "Genoa, Italy", "100%", "Consolidated"],
        ["Nautilia Sensori S.r.l.", "Trieste, Italy", "100%", "Consolidated from 9 Sep 2024"],
        ["Marinaverde S.p.A.", "La Spezia, Italy", "30%", "Equity method"],
        ["Banca Adriatica di Credito Navale S.p.A.", "Trieste, Italy", "4.1%", "Fair value through OCI"],
    ]),
    ("h2", "Shareholders"),
    ("p", "Lucerna Holding S.r.l., controlled by the Bellandi family, held 54.0% of the share capital of Cantieri Navali Lucerna S.p.A. at 31 December 2024; the remaining shares are listed on Euronext Milan, with no other shareholder above 5%."),
    ("h2", "Related-party transactions"),
    ("p", "Transactions with related parties are carried out at arm's length and are approved by the Related Parties Committee. Lucerna Digital Systems S.r.l. supplies its AI berth-planning and predictive-maintenance software to Marinaverde S.p.A., an associate, under a five-year licence signed in 2023; revenue recognised in 2024 amounted to €1.1 million. No other related-party transaction exceeded €0.5 million in the year."),
    ("h2", "Legal proceedings"),
    ("p", "The arbitration brought by Marea Blu Crociere S.p.A. against Lucerna over the cancelled 2021 order for hull C.1270 remains pending before the Chamber of Arbitration of Milan; the directors, supported by external counsel, consider the claim unfounded and no provision has been recognised."),
    ("h2", "Independent auditors"),
    ("p", "The consolidated financial statements of Cantieri Navali Lucerna S.p.A. have been audited by Bertolini & Rocca Revisori S.p.A., which issued an unqualified opinion on 18 March 2025."),
    ("h2", "Outlook"),
    ("p", "With a backlog covering production into 2028, the Board expects revenue growth of 6-8% in 2025 and a further improvement in EBITDA margin, supported by the higher software content of new orders and by the full-year contribution of Nautilia. The main risks remain steel and equipment prices, the availability of skilled labour and the financial health of cruise customers."),
]


def cff_to_ttf(font):
    """Replace CFF outlines with quadratic TrueType outlines in place."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(index, text, path):
    font = TTFont(CJK_TTC, fontNumber=index)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + "0123456789-–— ")
    subsetter.subset(font)
    cff_to_ttf(font)
    font.save(path)


# Strings that the line wrapper never splits across lines (names, amounts).
PROTECT = [
    "港灣線渡輪控股有限公司", "港灣線船務有限公司", "舟山東極船舶重工有限公司",
    "溟通融資租賃（天津）有限公司", "海瀾智航（香港）有限公司", "上海海瀾智航科技股份有限公司",
    "珍灣遊艇會集團有限公司", "九龍海峽渡輪有限公司", "江門海聯造船有限公司",
    "維港潮資本有限公司", "深圳藍鯨算力科技有限公司", "嘉澤融資有限公司", "何陳律師行",
    "海瀾智航（香港）", "港灣線渡輪", "港灣線船務", "東極船舶", "溟通租賃", "維港潮資本",
    "港幣728,000,000元", "港幣510,000,000元", "港幣46,500,000元",
    "上海海澜智航科技股份有限公司", "海澜智航（香港）有限公司", "珍湾游艇会集团有限公司",
    "澄洋客运轮渡有限公司", "舟山东极船舶重工有限公司", "海澜东极智能船舶（舟山）有限公司",
    "南通海星造船有限公司", "Cantieri Navali Lucerna S.p.A.", "Lucerna Holding S.r.l.",
    "Helmsight AI, Inc.", "Seaborne Insight Corp.", "海澜智航", "海澜香港", "珍湾游艇会",
    "澄洋客运", "东极船舶", "海澜东极", "卢切纳船厂",
    "2,350万欧元", "港币3,860万元", "人民币6,720万元", "人民币5,100万元", "人民币4,900万元",
]
TOKEN = re.compile(
    "|".join(re.escape(x) for x in sorted(PROTECT, key=len, reverse=True))
    + r"|[ \t]+|[!-~€£¥–—’]+|."
)
NO_LINE_START = set("，。、；：？！）」』”’％,.;:)%")
NO_LINE_END = set("（「『“‘(")


def doc_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts)


def wrap(pdf, text, width):
    """Greedy line breaking that keeps protected strings and ASCII words whole."""
    lines, current = [], ""
    for token in TOKEN.findall(text):
        if token.isspace():
            if current:
                current += " "
            continue
        candidate = current + token
        fits = pdf.get_string_width(candidate.rstrip()) <= width
        if fits or not current.strip() or token[0] in NO_LINE_START:
            current = candidate
            continue
        carry = ""
        while current and current[-1] in NO_LINE_END:
            carry = current[-1] + carry
            current = current[:-1]
        lines.append(current.rstrip())
        current = carry + token
    if current.strip():
        lines.append(current.rstrip())
    return lines


class Doc(FPDF):
    def __init__(self, family, footer_style):
        super().__init__(format="A4")
        self.base_family = family
        self.footer_style = footer_style
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.base_family, size=8)
        if self.footer_style == "dash":
            label = f"– {self.page_no()} –"
        else:
            label = f"Page {self.page_no()}"
        self.cell(0, 6, label, align="C")


def fit_cell(pdf, width, height, text, size, bold_family=None):
    family = bold_family or pdf.base_family
    pdf.set_font(family, size=size)
    while pdf.get_string_width(text) > width - 2 and size > 5:
        size -= 0.5
        pdf.set_font(family, size=size)
    pdf.cell(width, height, text, border=1)


def paragraph(pdf, text, size, height, align="L"):
    """Write a paragraph line by line, never splitting it across pages."""
    pdf.set_font(pdf.base_family, size=size)
    lines = wrap(pdf, text, pdf.epw)
    if pdf.get_y() + len(lines) * height > pdf.page_break_trigger:
        pdf.add_page()
    for line in lines:
        pdf.cell(pdf.epw, height, line, align=align, new_x="LMARGIN", new_y="NEXT")


def write_pdf(pdf, blocks, out, bold_family, base):
    pdf.add_page()
    line = base * 0.62
    for block in blocks:
        kind = block[0]
        if kind == "title":
            pdf.set_font(bold_family, size=base + 5)
            pdf.multi_cell(0, line + 3, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font(bold_family, size=base + 1)
            pdf.multi_cell(0, line + 1, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            paragraph(pdf, block[1], base, line, align="R")
        elif kind == "small":
            paragraph(pdf, block[1], base - 2, line - 1)
            pdf.ln(1)
        elif kind == "h":
            if pdf.get_y() > pdf.page_break_trigger - 7 * line:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(bold_family, size=base + 1.5)
            pdf.multi_cell(0, line + 1, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            if pdf.get_y() > pdf.page_break_trigger - 7 * line:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font(bold_family, size=base + 0.5)
            pdf.multi_cell(0, line, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            paragraph(pdf, block[1], base, line)
            pdf.ln(1.5)
        elif kind == "gap":
            pdf.ln(4)
        elif kind == "table":
            widths, rows = block[1], block[2]
            if pdf.get_y() + len(rows) * (line + 1) > pdf.page_break_trigger:
                pdf.add_page()
            for i, row in enumerate(rows):
                for width, cell in zip(widths, row):
                    fit_cell(pdf, width, line + 1, cell, base - 1,
                             bold_family if i == 0 else None)
                pdf.ln()
            pdf.ln(2)
    pdf.output(out)


def build_cjk(blocks, name, index, tmp):
    font_path = os.path.join(tmp, f"cjk{index}.ttf")
    make_cjk_font(index, doc_text(blocks), font_path)
    pdf = Doc("cjk", "dash")
    pdf.add_font("cjk", "", font_path)
    write_pdf(pdf, blocks, os.path.join(HERE, name), "cjk", 10.5)


def build_latin(blocks, name):
    pdf = Doc("dejavu", "page")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavub", "", DEJAVU_BOLD)
    write_pdf(pdf, blocks, os.path.join(HERE, name), "dejavub", 10)


def main():
    tmp = tempfile.mkdtemp(prefix="fresh121_fonts_")
    try:
        build_cjk(DOC03, "03_Harbourline_hkex-announcement.pdf", 3, tmp)
        build_cjk(DOC04, "04_Hailan_a-share-announcement.pdf", 2, tmp)
    finally:
        shutil.rmtree(tmp)
    build_latin(DOC05, "05_Lucerna_annual-report.pdf")
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
