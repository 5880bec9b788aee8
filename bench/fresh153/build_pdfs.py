"""Build the three PDF documents of the fresh153 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English PDFs use DejaVu Sans. Chinese PDFs use one face of NotoSansCJK-Regular.ttc
(index 2 = Simplified, index 3 = Traditional), subset to the characters used with
fontTools, converted from CFF to TrueType outlines (cu2qu) and saved to a temporary
directory that is deleted after the build.
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
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Block kinds: ("banner", text) small grey running header; ("title", text);
# ("center", text); ("right", text); ("h", text) heading; ("p", text) paragraph;
# ("table", widths, rows) where the first row is the header.

DOC01 = {
    "file": "01_Nordavl_annual_report.pdf",
    "lang": "en",
    "footer": "Nordavl Genetics A/S - Annual Report 2024 - page {n}",
    "pages": [
        [
            ("banner", "Nordavl Genetics A/S | Annual Report 2024 | Excerpt"),
            ("title", "Management's review"),
            ("h", "2024 in brief"),
            ("p", "Nordavl Genetics A/S (Nasdaq Copenhagen: NORDV) is a breeding "
                  "company headquartered in Viborg, Denmark. We develop and sell "
                  "pig and beef cattle genetics to commercial producers in 31 "
                  "countries, and since 2021 every selection decision in our "
                  "nucleus herds has been supported by genomic prediction models "
                  "trained on more than 4.2 million genotyped animals. This "
                  "excerpt from the Annual Report 2024 covers the sections of the "
                  "management's review on artificial intelligence, commercial "
                  "development and supply chain, together with selected notes."),
            ("p", "Revenue rose 11.8% to DKK 1,412 million (2023: DKK 1,263 "
                  "million), driven by royalty growth in Asia and a full year of "
                  "semen sales from the new boar stud in Nakhon Pathom, Thailand. "
                  "EBITDA before special items was DKK 318 million, a margin of "
                  "22.5%, and free cash flow came to DKK 141 million after "
                  "investments of DKK 126 million in barns, genotyping capacity "
                  "and data infrastructure. The Board proposes a dividend of DKK "
                  "4.20 per share."),
            ("h", "Artificial intelligence in breeding"),
            ("p", "Our NordSelect platform combines genomic best linear unbiased "
                  "prediction with deep-learning models that read feeding-station "
                  "data, carcass scans and video of animal behaviour. In 2024 the "
                  "models were retrained on a dataset that now includes "
                  "individual feed intake for 610,000 pigs, which allowed us to "
                  "add a feed-efficiency index that estimates how each animal "
                  "will respond to enzyme- and amino-acid-supplemented diets. "
                  "Early results from commercial herds indicate a reduction of "
                  "0.06 in feed conversion ratio for progeny of top-ranked sires, "
                  "worth roughly DKK 11 per finished pig at current feed prices."),
            ("p", "On 2 April 2024 Nordavl acquired the remaining 40% of Skovlund "
                  "Analytics ApS from its founders and minority investors for a "
                  "cash consideration of DKK 96 million, making the AI unit a "
                  "wholly owned subsidiary. Skovlund's 38 data scientists now "
                  "form the core of the group's Digital Breeding function, and "
                  "the purchase price allocation is described in note 29."),
            ("h", "Commercial development"),
            ("p", "In Taiwan, Hekang Biotech Co., Ltd. renewed its five-year "
                  "licence to the NordSelect genomic evaluation platform and the "
                  "associated boar semen programme, and Nordavl recognised "
                  "licence and royalty income of DKK 38.6 million from Hekang in "
                  "2024."),
            ("p", "Asia accounted for 34% of group revenue, up from 29% in 2023. "
                  "Europe remained stable at 46%, while the Americas contributed "
                  "20%, supported by the beef genetics business in Argentina, "
                  "where demand for genomically tested Angus sires continued to "
                  "outpace our supply."),
            ("p", "Hallstrom Breeding AB and Vesterhav Genetik A/S continued to "
                  "compete aggressively with Nordavl for boar-stud contracts in "
                  "Southeast Asia, and price pressure intensified in the second "
                  "half of the year."),
        ],
        [
            ("banner", "Nordavl Genetics A/S | Annual Report 2024 | Excerpt"),
            ("h", "Asia"),
            ("p", "Our Asian business is run from Bangkok and serves integrators "
                  "and breeding companies in Thailand, Vietnam, the Philippines "
                  "and Taiwan. Volumes recovered strongly after two years in "
                  "which African swine fever reduced sow herds across the region."),
            ("p", "Chao Phraya Swine Genetics Co., Ltd. purchased "
                  "great-grandparent gilts and semen from Nordavl Genetics Asia "
                  "for DKK 44.1 million, making it the largest single customer of "
                  "the Asian business."),
            ("p", "Nordavl Genetics Asia Co., Ltd. also licenses anonymised "
                  "genotype and growth-performance data from its Thai herds to "
                  "Lanna AgriTech Co., Ltd., which uses the data to train its "
                  "feed-formulation models."),
            ("p", "The data licence is priced per record and is structured so "
                  "that no individual farm can be identified. Income from data "
                  "licensing remains small, at less than 1% of group revenue, but "
                  "we regard it as a strategic channel for putting Nordavl "
                  "genetics at the centre of the formulation decisions made by "
                  "feed mills."),
            ("h", "Supply chain and feed"),
            ("p", "Feed for our nucleus and multiplier herds in Denmark is "
                  "formulated around a phytase and xylanase package supplied by "
                  "Fenrik Enzymes A/S under an agreement running to 2027, and "
                  "Nordavl's purchases from Fenrik amounted to DKK 21.4 million "
                  "in the year."),
            ("p", "Feed is the single largest cost in our own herds, and we test "
                  "every major change to enzyme or amino-acid supplementation on "
                  "a split-pen basis before roll-out. Genotyping is performed in "
                  "our own laboratory in Viborg; we outsource only the sequencing "
                  "of new founder animals."),
            ("p", "Skovlund Analytics runs its genomic-prediction training jobs "
                  "on GPU capacity contracted from Kestrel Compute Inc., which "
                  "invoiced Skovlund DKK 12.9 million in 2024."),
            ("h", "Outlook 2025"),
            ("p", "We expect revenue growth of 8-11% in local currencies and an "
                  "EBITDA margin before special items of 22-24%. The outlook "
                  "assumes no material change in African swine fever restrictions "
                  "in Southeast Asia and broadly stable feed prices."),
            ("p", "Market speculation in September that Nordavl would bid for "
                  "Vesterhav Genetik A/S was unfounded, and the Board has not "
                  "held discussions with Vesterhav or its owners."),
            ("h", "Risk management"),
            ("p", "The principal risks to the group are disease outbreaks in "
                  "nucleus herds, export restrictions on live animals and semen, "
                  "and the accuracy of AI models trained on data from a limited "
                  "set of production environments. We mitigate biosecurity risk "
                  "by keeping nucleus populations in three geographically "
                  "separate countries, and we validate every model release "
                  "against progeny data from farms that were not used in training."),
        ],
        [
            ("banner", "Nordavl Genetics A/S | Annual Report 2024 | Excerpt"),
            ("h", "Note 24 Related parties"),
            ("p", "Related parties comprise the Board of Directors, the Executive "
                  "Management and their close family members, as well as the "
                  "group's subsidiaries. Transactions with subsidiaries are "
                  "eliminated in the consolidated financial statements and are "
                  "disclosed below only for the parent company."),
            ("p", "In March 2024 Nordavl Genetics A/S granted an intercompany "
                  "loan of DKK 45.0 million to Nordavl Genetics Asia Co., Ltd. to "
                  "finance the expansion of the Nakhon Pathom boar stud."),
            ("p", "The loan carries interest at CIBOR plus 2.25 percentage points "
                  "and is repayable in equal annual instalments from 2026. There "
                  "were no other transactions with related parties beyond the "
                  "remuneration disclosed in note 6."),
            ("h", "Note 27 Group companies"),
            ("table", (62, 42, 22, 50), [
                ("Company", "Registered office", "Owned %", "Activity"),
                (
                    "Nordavl Genetics A/S",
                    "Viborg, Denmark",
                    "Parent",
                    "Breeding and licensing",
                ),
                (
                    "Skovlund Analytics ApS",
                    "Aarhus, Denmark",
                    "100",
                    "AI genomic prediction",
                ),
                (
                    "Nordavl Genetics Asia Co., Ltd.",
                    "Bangkok, Thailand",
                    "100",
                    "Breeding stock and semen",
                ),
                (
                    "Nordavl Genética Argentina S.R.L.",
                    "Buenos Aires",
                    "95",
                    "Beef cattle genomics",
                ),
            ]),
            ("p", "Nordavl Genetics Asia Co., Ltd. operates under a Board of "
                  "Investment promotion certificate that permits full foreign "
                  "ownership. Skovlund Analytics ApS became wholly owned on 2 "
                  "April 2024; before that date it was consolidated as a "
                  "60%-owned subsidiary with non-controlling interests."),
            ("h", "Note 29 Acquisition of non-controlling interests"),
            ("p", "The purchase of the remaining shares in Skovlund Analytics ApS "
                  "was accounted for as an equity transaction. The difference of "
                  "DKK 71 million between the consideration paid and the carrying "
                  "amount of the non-controlling interests was recognised "
                  "directly in equity."),
            ("h", "Auditor"),
            ("p", "Kjeldsen & Brink Statsautoriseret Revisionspartnerselskab has "
                  "audited the consolidated financial statements of Nordavl "
                  "Genetics A/S for 2024 and has issued an unqualified opinion."),
            ("p", "Viborg, 26 February 2025. Board of Directors: Henrik Dalsgaard "
                  "(Chair), Mette Kongsbak (Deputy Chair), Jesper Aagaard, Sofie "
                  "Lindholm, Paulo Riera. Executive Management: Anders Vinther "
                  "(CEO), Karina Holm (CFO)."),
        ],
    ],
}

DOC05 = {
    "file": "05_Aohai_HKEX_announcement.pdf",
    "lang": "tc",
    "footer": "－ {n} －",
    "pages": [
        [
            ("banner", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之"
                       "內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表"
                       "示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容"
                       "而引致之任何損失承擔任何責任。"),
            ("title", "AOHAI AGRI HOLDINGS LIMITED"),
            ("title", "澳海農牧控股有限公司"),
            ("center", "（於開曼群島註冊成立之有限公司）"),
            ("center", "（股份代號：2397）"),
            ("title", "須予披露交易"),
            ("center", "收購叻丕種豬農場有限公司60%已發行股份"),
            ("center", "及"),
            ("center", "自願公告：飼料供應框架協議及種豬擴繁服務協議"),
            ("h", "緒言"),
            ("p", "澳海農牧控股有限公司（「本公司」，連同其附屬公司統稱「本集團」"
                  "）董事會（「董事會」）宣佈，於2025年11月18日（交易時段後），買"
                  "方澳海（泰國）控股有限公司與賣方訂立買賣協議，據此，買方有條件"
                  "同意收購而賣方有條件同意出售叻丕種豬農場有限公司60%已發行股份，"
                  "代價為612,000,000泰銖。"),
            ("h", "買賣協議"),
            ("p", "日期：2025年11月18日"),
            ("p", "訂約方：(i)澳海（泰國）控股有限公司（作為買方）；及(ii)Somchai "
                  "Kittikhun先生及Wanida Kittikhun女士（統稱「賣方」）。"),
            ("p", "買方澳海（泰國）控股有限公司為澳海農牧控股有限公司之間接全資附"
                  "屬公司，主要於泰國從事生豬養殖及飼料貿易。"),
            ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，賣方均為獨立於本公"
                  "司及其關連人士之第三方。"),
            ("h", "將予收購之資產"),
            ("p", "目標公司於泰國叻丕府經營一個存欄約2,400頭母豬之種豬場，並持有泰"
                  "國畜牧發展廳核發之種豬場認證。目標公司現有員工約180名，年出欄種"
                  "豬及商品豬合共約62,000頭。完成後，目標公司將成為本公司之間接非"
                  "全資附屬公司，其財務業績將併入本集團之財務報表。"),
        ],
        [
            ("h", "代價及付款條款"),
            ("p", "代價612,000,000泰銖乃經買方與賣方參考目標公司於2025年9月30日之"
                  "未經審核資產淨值約805,000,000泰銖、獨立估值師對目標公司土地及生"
                  "物資產之估值以及目標公司之盈利能力後，按一般商業條款公平磋商釐"
                  "定。"),
            ("p", "代價將分兩期支付：(i)於簽署買賣協議時支付30%作為按金；及(ii)於"
                  "完成時支付餘下70%。"),
            ("p", "澳海農牧控股有限公司將向澳海（泰國）控股有限公司增資300,000,000"
                  "泰銖，用以支付部分代價。"),
            ("p", "代價餘額312,000,000泰銖將以邦賽商業銀行大眾有限公司向澳海（泰國"
                  "）控股有限公司提供之五年期定期貸款支付。"),
            ("h", "有關目標公司之財務資料"),
            ("p", "下表載列目標公司根據泰國財務報告準則編製之經審核財務資料："),
            ("table", (68, 54, 54), [
                ("項目（千泰銖）", "2023年度", "2024年度"),
                ("收益", "392,600", "441,800"),
                ("除稅前溢利", "48,300", "61,900"),
                ("除稅後溢利", "38,600", "49,500"),
            ]),
            ("h", "飼料供應框架協議"),
            ("p", "於同日，澳海（泰國）控股有限公司與暹豐飼料大眾有限公司訂立飼料"
                  "供應框架協議，據此，暹豐飼料將向澳海泰國於泰國之自營農場供應預"
                  "混料及乳豬教槽料，為期三年，每年採購額上限為180,000,000泰銖。"),
            ("p", "暹豐飼料採用人工智能配方系統，按各農場豬隻之基因及生長階段每日"
                  "調整配方。董事認為，統一採購預混料有助降低本集團於泰國之飼料成"
                  "本，並可令目標公司於完成後較快達致本集團之飼料轉換率標準。年度"
                  "上限乃參考本集團泰國農場之預計存欄量、過往採購量及預混料市價釐"
                  "定。"),
        ],
        [
            ("h", "種豬擴繁服務協議"),
            ("p", "此外，澳海（泰國）控股有限公司與諾德沃基因亞洲有限公司訂立種豬"
                  "擴繁服務協議，由澳海泰國於其北碧府農場為諾德沃基因亞洲飼養及擴"
                  "繁祖代種豬，諾德沃基因亞洲每年支付服務費約46,000,000泰銖。"),
            ("p", "暹豐飼料大眾有限公司及諾德沃基因亞洲有限公司均非本公司之關連人"
                  "士，故飼料供應框架協議及種豬擴繁服務協議項下擬進行之交易並不構"
                  "成上市規則第十四A章項下之關連交易。"),
            ("h", "進行交易之理由及裨益"),
            ("p", "本集團為一家於香港、越南及泰國經營之綜合生豬生產商。收購事項將"
                  "使本集團於泰國之母豬存欄增加約一倍，並取得一個具認證資格之種豬"
                  "場，有助本集團減少向第三方採購後備母豬。"),
            ("p", "澳海農牧亦與蘭納農業科技有限公司合作，在目標公司農場試行以人工"
                  "智能監測豬隻採食及增重，雙方各自承擔本身成本。"),
            ("p", "董事（包括獨立非執行董事）認為，買賣協議、飼料供應框架協議及種"
                  "豬擴繁服務協議之條款屬公平合理，按一般商業條款訂立，並符合本公"
                  "司及股東之整體利益。"),
            ("h", "上市規則之涵義"),
            ("p", "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07"
                  "條）超過5%但全部低於25%，故收購事項構成本公司之須予披露交易，須"
                  "遵守上市規則第十四章之通知及公告規定。"),
            ("p", "澳海農牧已委任港灣融資有限公司為收購事項之財務顧問。"),
            ("p", "由於完成須待買賣協議所載之先決條件達成後方可作實，收購事項未必"
                  "會進行。股東及潛在投資者於買賣本公司股份時，務請審慎行事。"),
            ("center", "承董事會命"),
            ("center", "澳海農牧控股有限公司"),
            ("center", "主席　鄭浩霖"),
            ("p", "香港，2025年11月18日"),
            ("p", "於本公告日期，董事會包括執行董事鄭浩霖先生、黃綺雯女士及陳家駿"
                  "先生；以及獨立非執行董事李慧珊女士、何振邦先生及梁國華先生。"),
        ],
    ],
}

DOC06 = {
    "file": "06_Xiangwo_A-share_announcement.pdf",
    "lang": "sc",
    "footer": "第 {n} 页",
    "pages": [
        [
            ("banner", "证券代码：301587　　证券简称：湘沃科技　　公告编号："
                       "2025-058"),
            ("title", "湘沃饲料科技股份有限公司"),
            ("title", "关于签订种猪基因组选育技术许可合同暨对全资子公司增资的公告"),
            ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有"
                  "虚假记载、误导性陈述或重大遗漏。"),
            ("h", "重要内容提示："),
            ("p", "1.合同类型：技术许可合同；合同金额：人民币6,800万元（含税）。"),
            ("p", "2.增资金额：人民币8,000万元，资金来源为公司自有资金。"),
            ("p", "3.本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办"
                  "法》规定的重大资产重组。"),
            ("p", "4.合同履行期限较长，存在因技术迭代、数据合规及市场环境变化导致"
                  "收益不及预期的风险，敬请投资者注意投资风险。"),
            ("h", "一、合同签署概况"),
            ("p", "湘沃饲料科技股份有限公司（以下简称“公司”或“湘沃科技”）于2025年"
                  "11月20日与Nordavl Genetics A/S（以下简称“诺德沃”）签署《种猪基"
                  "因组选育技术许可合同》，诺德沃向湘沃科技授予其NordSelect基因组"
                  "评估平台在中国大陆的非独家使用许可，许可费合计人民币6,800万元，"
                  "分五年支付。"),
            ("p", "公司于2025年11月20日召开第三届董事会第十九次会议，审议通过了《"
                  "关于签订技术许可合同暨对全资子公司增资的议案》。本事项在董事会"
                  "审批权限范围内，无需提交股东大会审议。"),
            ("h", "二、交易对方基本情况"),
            ("p", "1.名称：Nordavl Genetics A/S（诺德沃遗传育种股份公司）"),
            ("p", "2.注册地：丹麦维堡；上市地点：纳斯达克哥本哈根交易所（股票代码"
                  "：NORDV）"),
            ("p", "3.主营业务：猪及肉牛育种、基因组评估及技术许可"),
            ("p", "4.最近一年主要财务数据：2024年度营业收入14.12亿丹麦克朗，息税折"
                  "旧摊销前利润3.18亿丹麦克朗。"),
            ("p", "本次交易不构成关联交易，诺德沃与公司控股股东湖南沃土投资集团有"
                  "限公司之间不存在关联关系。"),
        ],
        [
            ("h", "三、合同主要内容"),
            ("p", "（一）许可范围：诺德沃授权公司在中国大陆使用NordSelect平台的基"
                  "因组育种值评估模块及饲料效率指数模块，用于公司自有及合作种猪场"
                  "的选育决策，许可期限为五年。"),
            ("p", "（二）许可费及支付：许可费分五期支付，每期人民币1,360万元，于每"
                  "个合同年度开始后30日内支付。"),
            ("p", "（三）数据安全：公司种猪场产生的基因型及表型数据存储于中国境内"
                  "服务器，诺德沃仅可获得经脱敏处理的汇总统计结果，相关安排符合数"
                  "据出境的有关规定。"),
            ("p", "（四）违约责任：任何一方违反合同约定的，应赔偿守约方因此遭受的"
                  "直接损失。"),
            ("h", "四、对全资子公司增资情况"),
            ("p", "湖南沃智生物科技有限公司系湘沃科技全资子公司，主要从事AI饲料配"
                  "方模型及精准营养添加剂的研发与销售。"),
            ("p", "湘沃科技拟以自有资金人民币8,000万元对湖南沃智生物科技有限公司增"
                  "资，增资完成后沃智生物注册资本由人民币5,000万元增至人民币13,000"
                  "万元。"),
            ("p", "沃智生物最近一年又一期主要财务数据如下（单位：人民币万元）："),
            ("table", (48, 64, 64), [
                ("项目", "2024年12月31日/2024年度", "2025年9月30日/2025年1-9月"),
                ("资产总额", "18,642.37", "24,105.81"),
                ("净资产", "6,920.15", "7,388.42"),
                ("营业收入", "9,873.60", "10,214.95"),
                ("净利润", "311.28", "468.27"),
            ]),
            ("p", "沃智生物目前的主要客户包括澳海农牧控股有限公司，2025年1-9月向其"
                  "销售精准营养预混料人民币2,176.4万元。"),
            ("p", "本次增资资金将主要用于建设AI配方算力平台及年产3万吨精准营养预混"
                  "料生产线。"),
        ],
        [
            ("h", "五、对公司的影响"),
            ("p", "本次技术许可将提升公司种猪选育的准确性，并与公司饲料业务形成协"
                  "同。湘沃科技自2024年起为芬瑞克酶制剂公司（Fenrik Enzymes A/S）"
                  "在华东地区代工生产颗粒型植酸酶及木聚糖酶制剂，2025年1-9月该业务"
                  "实现收入人民币4,312.6万元。"),
            ("p", "此外，湘沃科技与诺德沃旗下Skovlund Analytics ApS（斯科隆分析公"
                  "司）签署合作备忘录，双方将共同开发适用于中国饲料原料的猪只生长"
                  "预测模型，各自承担研发费用。"),
            ("p", "为满足项目建设资金需求，湘沃科技已获得湘江农村商业银行股份有限"
                  "公司人民币3亿元项目贷款授信，期限五年。"),
            ("p", "公司在华中及华南地区的主要竞争对手包括赣丰牧业科技股份有限公司"
                  "及闽泰饲料集团有限公司。"),
            ("h", "六、风险提示"),
            ("p", "1.技术风险：基因组选育模型在国内品种及饲养环境下的适用性仍需验"
                  "证，可能存在育种效果不及预期的风险。"),
            ("p", "2.市场风险：生猪价格周期波动可能影响下游养殖企业对种猪及精准营"
                  "养产品的需求。"),
            ("p", "3.合规风险：基因数据的采集、存储和使用须符合农业数据管理及数据"
                  "安全相关法律法规。"),
            ("h", "七、其他"),
            ("p", "截至本公告披露日，公司控股股东湖南沃土投资集团有限公司持有湘沃"
                  "科技38.62%的股份。"),
            ("p", "公司保荐机构华湘证券股份有限公司对本次增资事项无异议，相关核查"
                  "意见与中湘会计师事务所（特殊普通合伙）出具的沃智生物审计报告同"
                  "日披露于指定信息披露媒体。"),
            ("h", "八、备查文件"),
            ("p", "1.第三届董事会第十九次会议决议；2.《种猪基因组选育技术许可合同"
                  "》；3.保荐机构出具的核查意见。"),
            ("p", "特此公告。"),
            ("right", "湘沃饲料科技股份有限公司董事会"),
            ("right", "2025年11月21日"),
        ],
    ],
}
DOCS = (DOC01, DOC05, DOC06)
FACE_INDEX = {"sc": 2, "tc": 3}


def block_texts(doc):
    """Every string drawn in a document (used to subset the CJK font)."""
    texts = [doc["footer"].format(n="0123456789")]
    for page in doc["pages"]:
        for block in page:
            if block[0] == "table":
                texts.extend(cell for row in block[2] for cell in row)
            else:
                texts.append(block[1])
    return "".join(texts)


def cjk_font(face, text, out_path):
    """Subset one face of the Noto CJK collection; convert CFF outlines to TrueType."""
    font = TTFont(TTC, fontNumber=face)
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " 0123456789")
    subsetter.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
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
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class DocPDF(FPDF):
    def __init__(self, footer_text, family):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.family = family

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, size=8)
        self.cell(0, 5, self.footer_text.format(n=self.page_no()), align="C")


def render(doc, tmp_dir):
    lang = doc["lang"]
    if lang == "en":
        pdf = DocPDF(doc["footer"], "DejaVu")
        pdf.add_font("DejaVu", "", DEJAVU)
        pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
        family, bold, size, line = "DejaVu", "B", 9.5, 4.9
    else:
        font_path = Path(tmp_dir) / f"noto_{lang}.ttf"
        cjk_font(FACE_INDEX[lang], block_texts(doc), str(font_path))
        pdf = DocPDF(doc["footer"], "NotoCJK")
        pdf.add_font("NotoCJK", "", str(font_path))
        family, bold, size, line = "NotoCJK", "", 10, 6.2
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, margin=16)
    for number, page in enumerate(doc["pages"], start=1):
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "banner":
                pdf.set_font(family, size=size - 2)
                pdf.set_text_color(110, 110, 110)
                pdf.multi_cell(0, line - 1, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(3)
            elif kind == "title":
                pdf.set_font(family, bold, size + 5)
                pdf.multi_cell(
                    0, line + 2.5, block[1], align="C", new_x="LMARGIN", new_y="NEXT"
                )
                pdf.ln(1)
            elif kind in ("center", "right"):
                pdf.set_font(family, size=size)
                align = "C" if kind == "center" else "R"
                pdf.multi_cell(
                    0, line, block[1], align=align, new_x="LMARGIN", new_y="NEXT"
                )
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font(family, bold, size + 1.5)
                pdf.multi_cell(0, line + 1, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.5)
            elif kind == "p":
                pdf.set_font(family, size=size)
                pdf.multi_cell(0, line, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.6)
            elif kind == "table":
                pdf.set_font(family, size=size - 1)
                with pdf.table(
                    col_widths=block[1],
                    width=sum(block[1]),
                    line_height=line,
                    first_row_as_headings=False,
                ) as table:
                    for row in block[2]:
                        cells = table.row()
                        for value in row:
                            cells.cell(value)
                pdf.ln(2)
            else:
                raise ValueError(f"unknown block kind {kind}")
        if pdf.page_no() != number:
            raise SystemExit(f"{doc['file']}: page {number} overflowed")
    pdf.output(str(HERE / doc["file"]))
    print(f"wrote {doc['file']} ({pdf.page_no()} pages)")


def main():
    tmp_dir = tempfile.mkdtemp(prefix="fresh153_fonts_")
    try:
        for doc in DOCS:
            render(doc, tmp_dir)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
