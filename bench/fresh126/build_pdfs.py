"""Build the PDF documents of the fresh126 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English PDFs use DejaVu Sans. Chinese PDFs use one face of the Noto Sans CJK
collection (index 2 = Simplified, 3 = Traditional), subset to the characters
used, converted from CFF to TrueType outlines and written to a temporary
directory that is removed after the build.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Block kinds: ("title", text), ("h", text), ("p", text), ("small", text),
# ("table", [column widths in mm], [header cells], [[row cells], ...]).
# Each document is a list of pages; each page is a list of blocks.

DOC02 = [
    [
        ("small", "证券代码：603917　　　　证券简称：贵川酒业　　　　公告编号：2025-014"),
        ("title", "贵川酱香酒业股份有限公司"),
        ("title", "关于对外投资暨签订日常经营合同的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "●投资标的名称：深圳智饮云科技有限公司（以下简称“智饮云”或“标的公司”）。"),
        ("p", "●投资金额：人民币6,000万元，增资完成后公司持有标的公司15.00%股权。"),
        ("p", "●合同类型及金额：技术服务合同，合同总金额人民币4,860万元（含税），服务期三年。"),
        ("p", "●本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("p", "●风险提示：标的公司尚处于发展阶段，未来经营业绩存在不确定性；合同履行过程中可能存在系统上线进度不及预期等风险，敬请广大投资者注意投资风险。"),
        ("h", "一、对外投资概述"),
        ("p", "（一）基本情况"),
        ("p", "为推进营销渠道数字化转型，提升经销商库存管理及终端动销预测能力，贵川酱香酒业股份有限公司（以下简称“公司”或“贵川酒业”）于2025年3月10日召开第四届董事会第十九次会议，以9票同意、0票反对、0票弃权审议通过了《关于对外投资暨签订日常经营合同的议案》。"),
        ("p", "贵川酒业拟以自有资金人民币6,000万元认购智饮云新增注册资本人民币176.47万元，增资完成后贵川酒业将持有智饮云15.00%的股权。"),
        ("p", "（二）审议程序"),
        ("p", "根据《上海证券交易所股票上市规则》及《公司章程》的相关规定，本次对外投资及日常经营合同的签订均在董事会审批权限范围内，无需提交股东大会审议。贵川酒业控股股东贵川酒业集团有限公司持有贵川酒业51.32%的股份，其已出具书面确认，支持本次交易。"),
        ("h", "二、投资标的基本情况"),
        ("p", "1、公司名称：深圳智饮云科技有限公司"),
        ("p", "2、统一社会信用代码：91440300MA5H2K7Q3L"),
        ("p", "3、成立日期：2020年8月14日；注册资本：人民币1,000万元（增资前）；法定代表人：徐立航"),
        ("p", "4、注册地址：深圳市南山区粤海街道科技南十路6号深航科技广场B座1502"),
        ("p", "5、经营范围：软件开发；人工智能应用软件开发；信息系统集成服务；数据处理和存储支持服务；供应链管理服务。"),
        ("p", "6、主营业务：智饮云主要面向酒类生产企业及经销商提供经销商库存感知、终端动销预测、智能配货及防窜货管理等SaaS服务，目前客户覆盖白酒、葡萄酒及啤酒企业40余家。智饮云的模型训练及推理算力主要向瀚林算力科技（贵阳）有限公司采购，2024年度采购金额为人民币1,130万元。"),
        ("p", "智饮云在酒类数字化渠道服务领域的主要竞争对手包括杭州酒链科技有限公司和北京码上饮科技有限公司。"),
    ],
    [
        ("p", "7、主要财务数据（单位：人民币万元）"),
        ("table", [64, 58, 58], ["项目", "2024年12月31日/2024年度", "2025年2月28日/2025年1-2月"], [
            ["资产总额", "12,486.35", "11,902.17"],
            ["负债总额", "3,214.08", "3,087.46"],
            ["净资产", "9,272.27", "8,814.71"],
            ["营业收入", "7,935.62", "1,106.39"],
            ["净利润", "-1,648.90", "-457.56"],
        ]),
        ("small", "注：2024年度数据已经深圳衡信会计师事务所（特殊普通合伙）审计，2025年1-2月数据未经审计。"),
        ("p", "8、增资前后股权结构（单位：人民币万元）"),
        ("table", [64, 29, 29, 29, 29], ["股东名称", "增资前出资额", "增资前比例", "增资后出资额", "增资后比例"], [
            ["徐立航", "520.00", "52.00%", "520.00", "44.20%"],
            ["深圳前湾创业投资合伙企业（有限合伙）", "300.00", "30.00%", "300.00", "25.50%"],
            ["深圳智饮共创企业管理合伙企业（有限合伙）", "180.00", "18.00%", "180.00", "15.30%"],
            ["贵川酱香酒业股份有限公司", "—", "—", "176.47", "15.00%"],
            ["合计", "1,000.00", "100.00%", "1,176.47", "100.00%"],
        ]),
        ("p", "9、关联关系说明：智饮云及其股东与公司、公司控股股东、实际控制人、董事、监事及高级管理人员之间均不存在关联关系。智饮云不属于失信被执行人。"),
        ("h", "三、增资协议的主要内容"),
        ("p", "1、协议各方：甲方为贵川酱香酒业股份有限公司；乙方为深圳智饮云科技有限公司；丙方为智饮云现有全体股东。"),
        ("p", "2、增资价格：本次增资价格以标的公司投前估值人民币34,000万元为基础，经各方协商确定为每1元注册资本人民币34.00元，溢价部分计入标的公司资本公积。"),
        ("p", "3、支付安排：甲方于协议生效后15个工作日内支付增资款的50%，于工商变更登记完成后15个工作日内支付剩余50%。"),
        ("p", "4、公司治理：增资完成后，标的公司董事会由5名董事组成，其中甲方有权提名1名董事；标的公司在实施对外担保、出售核心知识产权等事项前须取得甲方同意。"),
        ("p", "5、业绩安排：丙方中的创始股东承诺，标的公司2025年度营业收入不低于人民币1.2亿元；如未达成，甲方有权要求创始股东按约定价格回购其所持股权。"),
    ],
    [
        ("h", "四、日常经营合同的主要内容"),
        ("p", "同日，贵川酒业与智饮云签订《智能渠道管理系统技术服务合同》，由智饮云向贵川酒业提供经销商库存感知、终端动销预测及智能配货等系统服务，合同总金额为人民币4,860万元（含税），服务期三年。"),
        ("p", "合同项下的系统部署将覆盖贵川酒业全资子公司贵州贵川酒业销售有限公司管理的全国2,300余家经销商。合同价款按系统上线进度分期支付，其中首期款为合同总金额的30%。本合同为日常经营合同，其签订与履行不以本次增资为前提。"),
        ("h", "五、本次交易对公司的影响"),
        ("p", "本次对外投资及合同签订有利于公司获取终端真实动销数据，优化经销商配额及发货节奏，降低渠道库存，符合公司“数智营销”发展战略。与同行业公司黔台酒业股份有限公司、四川蜀泸窖酒股份有限公司相比，公司在经销商数字化管理方面起步较晚，本次交易有助于缩小相关差距。"),
        ("p", "此外，贵川酒业已于2024年9月与瀚林算力科技（贵阳）有限公司签署战略合作协议，双方将在白酒酿造工艺大模型方面开展联合研发。"),
        ("p", "本次投资资金来源为公司自有资金，投资金额占公司最近一期经审计净资产的0.41%，不会对公司财务状况和经营成果产生重大影响，不存在损害公司及全体股东利益的情形。"),
        ("h", "六、风险提示"),
        ("p", "1、标的公司目前尚未实现盈利，未来可能受行业政策、市场竞争及技术迭代等因素影响，存在投资收益不及预期的风险。"),
        ("p", "2、技术服务合同的履行可能受经销商配合程度及系统对接进度等因素影响，存在上线时间延后的风险。"),
        ("h", "七、关于媒体报道的说明"),
        ("p", "近期有媒体报道贵川酒业拟收购华醴数智控股有限公司股权，经核实，公司未与华醴数智就任何股权收购事项进行接触或谈判。公司指定信息披露媒体为《上海证券报》《证券时报》及上海证券交易所网站，公司所有信息均以在上述指定媒体刊登的公告为准。"),
        ("p", "特此公告。"),
        ("p", "贵川酱香酒业股份有限公司董事会"),
        ("p", "2025年3月11日"),
    ],
]

DOC03 = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"),
        ("title", "華醴數智控股有限公司"),
        ("title", "HUALI DIGITAL HOLDINGS LIMITED"),
        ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2981）"),
        ("title", "須予披露交易"),
        ("title", "收購廣州粵醇冷鏈物流有限公司70%股權"),
        ("h", "收購事項"),
        ("p", "董事會欣然宣佈，於2025年3月18日（交易時段後），本公司間接全資附屬公司華醴智配（深圳）有限公司（「買方」）與廣州粵源實業投資有限公司（「賣方」）訂立股權轉讓協議，據此，買方有條件同意收購而賣方有條件同意出售廣州粵醇冷鏈物流有限公司（「目標公司」）70%股權，代價為人民幣126,000,000元。"),
        ("h", "上市規則之涵義"),
        ("p", "由於有關收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司之須予披露交易，因此須遵守上市規則第14章項下之通知及公告規定，惟獲豁免遵守股東批准規定。"),
        ("h", "股權轉讓協議"),
        ("p", "日期：2025年3月18日"),
        ("p", "訂約方：(i) 買方；及 (ii) 賣方。據董事作出一切合理查詢後所深知、盡悉及確信，賣方及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。"),
        ("p", "將予收購之權益：目標公司70%股權。於完成後，目標公司將成為本公司之間接非全資附屬公司，其財務業績將併入本集團之綜合財務報表。"),
        ("p", "代價及支付：代價人民幣126,000,000元將以現金分三期支付：(i) 30%於協議簽署後十個營業日內支付；(ii) 50%於完成時支付；及 (iii) 餘下20%於目標公司截至2025年12月31日止年度之經審核財務報表出具後支付。"),
        ("p", "代價將以本集團內部資源及恒港銀行有限公司向華醴數智控股有限公司提供的三年期定期貸款港幣80,000,000元撥付。"),
    ],
    [
        ("h", "代價基準"),
        ("p", "代價乃由買方與賣方經公平磋商後釐定，並已考慮（其中包括）目標公司之過往財務表現及業務前景，以及獨立估值師以市場法評估之目標公司全部股權於2024年12月31日之市值人民幣185,000,000元。估值師亦參考了酒仙匯科技有限公司及名酩供應鏈股份有限公司等可比公司之市盈率。"),
        ("p", "溢利保證：賣方向買方保證，目標公司截至2025年及2026年12月31日止年度之經審核除稅後純利將分別不少於人民幣14,000,000元及人民幣16,500,000元；如未能達成，賣方須按協議所載公式以現金向買方作出補償。"),
        ("h", "有關目標公司之資料"),
        ("p", "目標公司廣州粵醇冷鏈物流有限公司由賣方廣州粵源實業投資有限公司全資擁有，主要於華南地區提供恒溫酒類倉儲及冷鏈配送服務。目標公司於廣州、佛山及東莞營運三個恒溫倉庫，總面積約42,000平方米。"),
        ("p", "下表載列目標公司根據中國會計準則編製之財務資料（人民幣千元）："),
        ("table", [70, 50, 50], ["截至12月31日止年度", "2023年", "2024年"], [
            ["收益", "96,420", "118,760"],
            ["除稅前純利", "13,980", "16,250"],
            ["除稅後純利", "10,485", "12,190"],
        ]),
        ("h", "有關訂約方之資料"),
        ("p", "本集團主要從事中高端酒類之進口及分銷，並以人工智能為基礎提供智能倉配服務，業務覆蓋粵港澳大灣區及華南地區。"),
        ("p", "買方華醴智配（深圳）有限公司為華醴數智控股有限公司之間接全資附屬公司，主要從事酒類智能倉配及供應鏈管理服務。"),
        ("p", "賣方為一間於中國成立之有限公司，主要從事投資控股，由陳志遠先生最終實益擁有。"),
        ("h", "進行收購事項之理由及裨益"),
        ("p", "本集團從國內外酒廠採購之高端酒品對倉儲溫度及濕度要求嚴格。截至2024年12月31日止年度，本集團之主要產品供應商如下："),
        ("table", [80, 50, 50], ["供應商", "主要產品", "採購額（人民幣千元）"], [
            ["貴川醬香酒業股份有限公司", "醬香型白酒", "412,350"],
            ["Valcorbe Asia Limited", "干邑及法國葡萄酒", "168,920"],
            ["Kestrel Bay Wines Limited", "澳洲葡萄酒", "51,380"],
        ]),
    ],
    [
        ("p", "華醴數智亦透過其倉配網絡向深圳智飲雲科技有限公司提供華南區域倉儲及終端配送服務，2024年度相關收入約為人民幣21,600,000元。"),
        ("p", "收購事項完成後，本集團於華南地區之恒溫倉容將增加約一倍，並可將本集團之需求預測及智能補貨系統應用於目標公司之倉庫網絡，從而降低單箱配送成本及縮短交付時間。於物色收購目標期間，華醴數智亦曾考慮收購深圳鮮程供應鏈有限公司，惟經盡職審查後決定不予推進。"),
        ("p", "董事（包括獨立非執行董事）認為，股權轉讓協議之條款屬公平合理，按一般商業條款訂立，且符合本公司及其股東之整體利益。"),
        ("h", "財務顧問"),
        ("p", "嘉泓融資有限公司已獲委任為華醴數智控股有限公司就收購事項之財務顧問。"),
        ("h", "完成"),
        ("p", "完成須待（其中包括）目標公司完成工商變更登記及買方信納盡職審查結果等先決條件達成後方可作實。由於收購事項未必會完成，股東及潛在投資者於買賣本公司股份時務請審慎行事。"),
        ("h", "釋義"),
        ("table", [40, 140], ["詞彙", "涵義"], [
            ["「本公司」", "華醴數智控股有限公司，其股份於聯交所主板上市"],
            ["「本集團」", "本公司及其附屬公司"],
            ["「聯交所」", "香港聯合交易所有限公司"],
            ["「上市規則」", "聯交所證券上市規則"],
        ]),
        ("p", "承董事會命"),
        ("p", "華醴數智控股有限公司"),
        ("p", "主席　林嘉晉"),
        ("p", "香港，2025年3月18日"),
        ("small", "於本公告日期，董事會由執行董事林嘉晉先生、何詠琪女士及蘇卓朗先生；非執行董事梁啟德先生；以及獨立非執行董事黃振邦先生、鄧慧敏女士及區志豪先生組成。"),
    ],
]

DOC04 = [
    [
        ("title", "MAISON VALCORBE SA"),
        ("small", "2024 Annual Financial Report - Excerpts | Euronext Paris: MVAL | Société anonyme with share capital of €58,400,000 | Registered office: 21 rue des Gabariers, 16100 Cognac, France"),
        ("h", "1. Message from the Chairman and Chief Executive Officer"),
        ("p", "2024 was a year of contrasts for Maison Valcorbe. Consolidated revenue reached €1,184 million, down 2.1% on a reported basis and up 0.8% on an organic basis, as continued weakness in United States cognac depletions was offset by growth in our Loire and Bordeaux wines and by a stable performance in Greater China. Current operating income was €268 million, a margin of 22.6%, and net profit attributable to owners of the parent was €171 million. The Board will propose a dividend of €3.20 per share at the Annual General Meeting on 12 June 2025."),
        ("p", "In a market where distributors hold less stock and order later, the houses that know where their bottles are, and where they will be needed next, will win. That conviction has guided our investments in data and artificial intelligence for three years, and it guided our acquisition of a Sancerre estate this autumn. We are a house of patience in the cellar; we intend to be a house of precision in distribution."),
        ("h", "2. Key figures"),
        ("table", [80, 50, 50], ["(€ million)", "2024", "2023"], [
            ["Revenue", "1,184", "1,209"],
            ["Current operating income", "268", "281"],
            ["Net profit, group share", "171", "183"],
            ["Net financial debt", "412", "338"],
            ["Free cash flow", "139", "152"],
        ]),
        ("h", "3. Valcorbe Intelligence: data and AI across the route to market"),
        ("p", "The Group's AI programme, launched in 2022 under the name Valcorbe Intelligence, uses machine-learning models to decide how much of each cuvée and each age of eau-de-vie goes to which market, to forecast depletions distributor by distributor, and to set the size and price of limited releases. In 2024 the models covered 81% of cognac volumes and 64% of wine volumes. We run these models partly in-house and partly on third-party forecasting platforms, and we share anonymised shipment data with selected partners where doing so improves forecast accuracy."),
    ],
    [
        ("p", "Our harvest archives are one of the Group's less visible assets. Since January 2024, Maison Valcorbe has licensed its forty-year harvest and cellar database to Cépage Analytics SAS for model training, in return for annual licence fees of €1.8 million and preferential access to the resulting forecasts. The database records yields, ripeness and cellar outcomes for more than 2,300 parcels since 1984."),
        ("p", "We also want to see early the technologies that may reshape our distribution. In March 2024 Maison Valcorbe committed €15 million as a limited partner to Vendange Ventures Fund III, L.P., a venture fund focused on technology for the wine and spirits supply chain. The commitment is accounted for as a financial asset at fair value through profit or loss; €6.1 million had been called at 31 December 2024."),
        ("p", "In Asia, the Group holds a long-standing minority investment in the logistics layer of the Chinese market. Valcorbe Asia Limited holds 8.2% of the issued shares of Huali Digital Holdings Limited (HKEX: 2981), a Hong Kong-listed operator of AI-driven liquor warehousing, a position acquired in 2021 and carried at fair value through other comprehensive income. The fair value of the holding was €19.6 million at 31 December 2024."),
        ("h", "4. Acquisitions and financing"),
        ("p", "On 30 September 2024 Maison Valcorbe completed the acquisition of 100% of Domaine des Aubrées SAS, a 64-hectare Sancerre estate, for an enterprise value of €42 million. The estate adds approximately 380,000 bottles a year of Sancerre and Pouilly-Fumé to the Group's wine portfolio and contributed €3.9 million of revenue in the fourth quarter."),
        ("p", "The acquisition was financed from a €120 million amortising term loan granted by Banque Rivemont SA to Maison Valcorbe, maturing in 2029, which also refinanced the Group's 2025 bank maturities. The loan bears interest at Euribor plus a margin linked to the Group's leverage and to two environmental indicators."),
        ("p", "Press reports in October 2024 that Maison Valcorbe was preparing an offer for Distilleries Saint-Aulaire were without foundation, and no approach has been made. The Group's acquisition priorities remain estates in appellations where it already sells, and distribution assets in markets where it lacks scale."),
        ("h", "5. Markets and distribution"),
        ("p", "Europe represented 38% of revenue, the Americas 34% and Asia-Pacific 28%. In France the Group sells through a combination of its own sales force, for on-trade accounts in Paris and Bordeaux, and independent wholesalers. Groupe Lormier Distribution SAS remained Maison Valcorbe's largest customer in France, purchasing €61.3 million of still wines and cognac in 2024 under the multi-year distribution agreement renewed in June."),
    ],
    [
        ("p", "In Latin America, Maison Valcorbe and Grupo Agaveral, S.A.B. de C.V. signed a cooperation agreement to share demand-sensing models and co-ordinate route-to-market for premium spirits in Mexico and Colombia. The agreement involves no exchange of shares and no payments between the parties, and each company remains responsible for the sale of its own brands."),
        ("p", "The competitive environment remains demanding. In cognac, our principal competitors remain Maison Jarnac-Belleroche and Distilleries Saint-Aulaire, both of which have announced similar AI allocation programmes. We believe that the depth of our harvest and cellar records, and the three-year head start of Valcorbe Intelligence, give us an advantage that is difficult to copy quickly."),
        ("h", "6. Related-party transactions (extract from Note 31)"),
        ("p", "Verrerie du Gâtinais SA is a related party because its chairman is a member of the Board of Directors. Transactions with related parties are conducted on arm's-length terms."),
        ("table", [60, 70, 25, 25], ["Related party", "Nature of transaction", "2024 (€m)", "2023 (€m)"], [
            ["Verrerie du Gâtinais SA", "Purchases of glass bottles", "23.4", "21.7"],
            ["Key management personnel", "Short-term benefits", "6.8", "6.5"],
        ]),
        ("h", "7. Principal subsidiaries (extract from Note 34)"),
        ("table", [70, 35, 45, 30], ["Company", "Country", "Activity", "Interest"], [
            ["Valcorbe Asia Limited", "Hong Kong", "Distribution", "100%"],
            ["Domaine des Aubrées SAS", "France", "Wine production", "100%"],
        ]),
        ("h", "8. Statutory auditors"),
        ("p", "The statutory auditors, Cabinet Morvan & Associés and Lefèvre Audit SAS, issued an unqualified opinion on the consolidated financial statements of Maison Valcorbe SA for the year ended 31 December 2024. Their report includes a key audit matter on the valuation of ageing inventories of eaux-de-vie."),
        ("h", "9. Outlook"),
        ("p", "For 2025 the Group expects organic revenue to be broadly stable, with growth in wines and in Asia offsetting a further, smaller decline in United States cognac depletions. We will continue to invest in Valcorbe Intelligence, in our vineyards and in our distribution partnerships, while keeping net financial debt below 1.5 times EBITDA."),
    ],
]

DOCS = {
    "02_Guichuan_A-share_announcement.pdf": ("zh-Hans", DOC02),
    "03_Huali_HKEX_announcement.pdf": ("zh-Hant", DOC03),
    "04_Valcorbe_annual_report.pdf": ("en", DOC04),
}


def doc_text(pages):
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


def cjk_font(index, text, tmpdir):
    """Subset one face of the CJK collection and convert CFF to glyf outlines."""
    font = TTFont(CJK_TTC, fontNumber=index)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    chars = set(text) | set("0123456789.,%-()（）：；、。 ")
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()

    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
        "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
        "maxComponentElements", "maxPoints", "maxContours",
        "maxCompositePoints", "maxCompositeContours", "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(glyph_order)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    out = Path(tmpdir) / f"cjk{index}.ttf"
    font.save(str(out))
    return out


class Doc(FPDF):
    def __init__(self, label):
        super().__init__(format="A4")
        self.label = label
        self.set_margins(15, 18, 15)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=8)
        self.cell(0, 6, f"{self.label} - {self.page_no()}", align="C")


def render(name, lang, pages, tmpdir):
    if lang == "en":
        label = "Maison Valcorbe SA - 2024 Annual Financial Report"
        pdf = Doc(label)
        pdf.add_font("body", "", DEJAVU)
        pdf.add_font("body", "B", DEJAVU_BOLD)
        bold = "B"
        line = 5.2
    else:
        index = 2 if lang == "zh-Hans" else 3
        label = "贵川酒业 公告编号：2025-014" if lang == "zh-Hans" else "華醴數智控股有限公司 公告"
        path = cjk_font(index, doc_text(pages) + label, tmpdir)
        pdf = Doc(label)
        pdf.add_font("body", "", str(path))
        bold = ""
        line = 6.2
    pdf.body_font = "body"
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("body", bold, 14)
                pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("body", bold, 11)
                pdf.multi_cell(0, 7, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font("body", "", 8)
                pdf.multi_cell(0, 4.5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("body", "", 10)
                pdf.multi_cell(0, line, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "table":
                widths, header, rows = block[1], block[2], block[3]
                pdf.set_font("body", "", 8.5)
                with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                               text_align="LEFT", line_height=6,
                               first_row_as_headings=False) as table:
                    for cells in [header] + rows:
                        row = table.row()
                        for cell in cells:
                            row.cell(cell)
                pdf.ln(2)
    pdf.output(str(HERE / name))


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh126_fonts_")
    try:
        for name, (lang, pages) in DOCS.items():
            render(name, lang, pages, tmpdir)
            print("wrote", name)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
