"""Build the three PDF documents of the fresh144 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""

import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_INDEX = {"sc": 2, "tc": 3}

# ---------------------------------------------------------------------------
# Document 02: Helvexa Pharma AG, Annual Report 2024 (English)
# ---------------------------------------------------------------------------
HELVEXA_PAGES = [
    [
        ("title", "Helvexa Pharma AG - Annual Report 2024"),
        ("small", "SIX Swiss Exchange: HLVX | Registered office: Aeschenvorstadt "
                  "48, 4051 Basel, Switzerland"),
        ("h2", "Letter to Shareholders (excerpt)"),
        ("p", "Dear Shareholders,"),
        ("p", "2024 was the year in which Helvexa moved from experimenting with "
              "artificial intelligence to running its API business on it. Net "
              "sales rose 7.4% to CHF 626.5 million, the core EBITDA margin "
              "improved to 21.3%, and for the first time more than half of our new "
              "process development projects were designed with the help of "
              "in-house machine-learning models."),
        ("p", "The basis for this is our digital chemistry unit in Zug, "
              "established in 2022, which now employs 84 chemists, data scientists "
              "and software engineers. Its route-scouting and impurity-prediction "
              "tools are used at all four of our manufacturing sites, and in 2024 "
              "they helped us file 9 new Drug Master Files with the US FDA and the "
              "European Directorate for the Quality of Medicines."),
        ("p", "We also chose to back the ecosystem around us. In March 2024 "
              "Helvexa invested CHF 18.0 million in Quillon Process Intelligence "
              "SA, a Lausanne-based developer of real-time spectroscopy models for "
              "continuous manufacturing, in exchange for a 19.9% stake. Quillon is "
              "using the proceeds to expand its engineering team in Lausanne."),
        ("p", "Competition in our markets remained intense. Our principal "
              "competitors in European generic APIs include Sarangi Pharma Limited "
              "and Negev Generica Ltd., both of which have announced their own "
              "digital R&D programmes. Price erosion in sartans and gliptins "
              "averaged 6% during the year, partly offset by volume growth and a "
              "better product mix."),
        ("p", "In 2024 Helvexa considered, but decided not to pursue, an "
              "acquisition of Moravia API a.s., as the price expectations of the "
              "seller were not consistent with our return thresholds. We continue "
              "to look for bolt-on acquisitions that add capacity in high-potency "
              "and peptide APIs."),
        ("p", "For 2025 we expect mid-single-digit growth in net sales at constant "
              "currency and a further improvement in the core EBITDA margin. The "
              "Board of Directors proposes a dividend of CHF 1.85 per share, an "
              "increase of 6%."),
        ("p", "Dr. Annelies Vogt, Chair of the Board          Marco Bellini, Chief "
              "Executive Officer"),
    ],
    [
        ("h2", "Customers and Suppliers"),
        ("p", "Helvexa sells APIs and finished dosage forms to generic "
              "pharmaceutical companies, distributors and pharmacy services groups "
              "in more than 60 countries. The ten largest customers accounted for "
              "47.2% of net sales in 2024 (2023: 45.8%). Customers that accounted "
              "for more than 5% of net sales are shown below."),
        ("caption", "Table 4: Major customers 2024"),
        ("table", [64, 22, 38, 32, 34], [
            ["Customer", "Country", "Products", "Net sales 2024", "Share of net sales"],
            [
                "Negev Generica Ltd.",
                "Israel",
                "APIs, finished doses",
                "CHF 61.4m",
                "9.8%",
            ],
            ["Sarangi Pharma Limited", "India", "APIs", "CHF 38.7m", "6.2%"],
            [
                "Wellspring Pharmacy Services, Inc.",
                "USA",
                "Finished doses",
                "CHF 33.1m",
                "5.3%",
            ],
        ]),
        ("p", "Sales to our largest customer are made under a multi-year supply "
              "agreement covering eleven APIs, with annual volume commitments and "
              "price adjustment mechanisms linked to raw material costs. No "
              "customer outside the table accounted for more than 5% of net sales."),
        ("p", "Our most important external supplier of key starting materials is "
              "Hubei Xinrun Chemical Co., Ltd., from which Helvexa purchased "
              "materials worth CHF 27.9 million in 2024. We have qualified second "
              "sources in India and Europe for about 80% of the materials that we "
              "source from China, and we hold safety stocks of at least four "
              "months for all single-source materials."),
        ("h2", "Digital Chemistry"),
        ("p", "Helvexa Digital Chemistry AG also licenses parts of its toolset to "
              "third parties. In 2024 Helvexa Digital Chemistry AG granted Anvaya "
              "Molecular Labs Private Limited, Bengaluru, a three-year licence to "
              "its impurity-spectra library for CHF 2.3 million. Licensing income "
              "is reported in other operating income."),
        ("p", "In September 2024 Helvexa Digital Chemistry AG and Kestrel Crystal "
              "Analytics Ltd of Cambridge, UK, agreed to jointly develop a "
              "benchmark data set for polymorph prediction, with each party "
              "bearing its own costs. The data set is expected to be published in "
              "2025."),
        ("p", "Digital chemistry expenses, including cloud computing and external "
              "data, amounted to CHF 21.6 million in 2024 (2023: CHF 16.2 million) "
              "and are fully expensed within research and development."),
    ],
    [
        ("h2", "Note 32 - Group Companies and Investments (excerpt)"),
        ("p", "The following table lists the principal subsidiaries and joint "
              "ventures of Helvexa Pharma AG as at 31 December 2024. Subsidiaries "
              "are fully consolidated; joint ventures are accounted for using the "
              "equity method."),
        ("table", [82, 42, 18, 48], [
            ["Company", "Registered office", "Holding", "Activity"],
            [
                "Helvexa Digital Chemistry AG",
                "Zug, Switzerland",
                "100%",
                "AI route design and analytics",
            ],
            [
                "Helvexa Ticino SA",
                "Mendrisio, Switzerland",
                "100%",
                "API manufacturing",
            ],
            [
                "Alpina Ruikang Pharmaceutical (Taizhou) Co., Ltd.",
                "Taizhou, China",
                "49%",
                "API intermediates (JV)",
            ],
        ]),
        ("p", "Alpina Ruikang Pharmaceutical (Taizhou) Co., Ltd. is jointly "
              "controlled with a local partner. Helvexa's share of its result for "
              "2024 was a profit of CHF 3.4 million."),
        ("h2", "Note 24 - Financial Liabilities (excerpt)"),
        ("p", "On 28 June 2024 Helvexa signed a CHF 150 million five-year "
              "revolving credit facility with Banque Rhodanienne SA, of which CHF "
              "40 million was drawn at year-end. The facility bears interest at "
              "SARON plus a margin of 0.85% to 1.60% depending on the net leverage "
              "ratio and includes a sustainability adjustment linked to Scope 1 "
              "and 2 emissions."),
        ("p", "The CHF 200 million 1.125% bond maturing in 2027 remained "
              "outstanding. Total financial liabilities amounted to CHF 268.3 "
              "million at 31 December 2024 (2023: CHF 251.0 million)."),
        ("h2", "Statutory Auditor"),
        ("p", "Revisia AG, Basel, has audited the consolidated financial "
              "statements of Helvexa Pharma AG for the year ended 31 December 2024 "
              "and issued an unqualified opinion. Total audit fees for the Group "
              "amounted to CHF 1.9 million."),
    ],
]

# ---------------------------------------------------------------------------
# Document 04: Zhejiang Jinghua Pharmaceutical, A-share announcement (Simplified)
# ---------------------------------------------------------------------------
JINGHUA_PAGES = [
    [
        ("small", "证券代码：603817        证券简称：晶华药业        公告编号："
                  "2025-008"),
        ("title", "浙江晶华药业股份有限公司"),
        ("title", "关于签订日常经营重大合同及对外投资设立控股子公司的公告"),
        ("box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述"
                "或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
        ("h2", "重要内容提示："),
        ("p", "● 合同类型：日常经营性销售合同及技术许可合同。"),
        ("p", "● 合同金额：供货框架协议预计总金额约6,800万美元；技术许可协议许可费"
              "总额为人民币8,600万元。"),
        ("p", "● 对外投资标的名称：晶华智造（杭州）科技有限公司（暂定名，最终以市场"
              "监督管理部门核准登记的名称为准）。"),
        ("p", "● 本次交易不构成关联交易，不构成《上市公司重大资产重组管理办法》规定"
              "的重大资产重组，无需提交公司股东大会审议。"),
        ("p", "● 特别风险提示：合同履行过程中可能受到市场环境、汇率波动、国际贸易政"
              "策等因素影响；标的公司尚未设立，其业务开展存在不确定性。敬请广大投资"
              "者注意投资风险。"),
        ("h2", "一、日常经营重大合同的基本情况"),
        ("h3", "（一）合同签订情况"),
        ("p", "2025年2月10日，浙江晶华药业股份有限公司（以下简称“公司”或“晶华药业”"
              "）与Vardhan Lifesciences Limited（以下简称“Vardhan”）签订《沙坦类中"
              "间体供货框架协议》。根据协议约定，晶华药业将于2025年至2027年向"
              "Vardhan供应缬沙坦、厄贝沙坦等沙坦类药物的关键中间体，预计合同总金额"
              "约6,800万美元（具体以实际订单为准）。"),
        ("h3", "（二）合同对方基本情况"),
        ("p", "名称：Vardhan Lifesciences Limited；注册地：印度海得拉巴；上市情况："
              "印度国家证券交易所上市（股票代码：VARDHAN）；主营业务：仿制药制剂及"
              "原料药的研发、生产和销售。"),
        ("p", "Vardhan与晶华药业及公司控股股东、实际控制人、董事、监事和高级管理人"
              "员之间均不存在关联关系。最近三个会计年度，公司与Vardhan累计发生的销"
              "售金额约为人民币2.3亿元，Vardhan具备良好的履约能力。"),
        ("h3", "（三）其他说明"),
        ("p", "本次合同签订前，公司亦曾与Sarangi Pharma Limited就同类中间体的长期供"
              "货进行洽谈，但双方未能就价格条款达成一致，该洽谈已终止。"),
    ],
    [
        ("h2", "二、技术许可合同的基本情况"),
        ("p", "2025年2月12日，公司与凌塑智药科技股份有限公司（香港联合交易所上市公"
              "司，股份代号：2871，以下简称“凌塑智药”）签订《AI工艺研发平台技术许可"
              "协议》。根据协议，凌塑智药向晶华药业授予其AI工艺研发平台为期五年的非"
              "独占使用许可并提供配套技术服务，许可费总额为人民币8,600万元，分五年"
              "支付。"),
        ("p", "公司将利用该平台对现有十二个原料药及中间体品种进行工艺路线优化和杂质"
              "预测，预计可缩短新产品工艺开发周期约30%。"),
        ("h2", "三、对外投资设立控股子公司的情况"),
        ("h3", "（一）对外投资概述"),
        ("p", "为推进人工智能与连续流制造技术在原料药生产中的应用，公司拟与凌塑智药"
              "的全资子公司凌塑智药（香港）有限公司（以下简称“凌塑香港”）共同出资设"
              "立晶华智造（杭州）科技有限公司（以下简称“晶华智造”）。晶华智造注册资"
              "本为人民币10,000万元，其中晶华药业以货币出资人民币7,000万元，凌塑香"
              "港以货币出资人民币3,000万元。本次投资完成后，晶华药业持有晶华智造70%"
              "股权，凌塑香港持有晶华智造30%股权，晶华智造将成为公司控股子公司，纳"
              "入公司合并报表范围。"),
        ("p", "本次对外投资事项已经公司第四届董事会第十一次会议审议通过，无需提交股"
              "东大会审议。"),
        ("h3", "（二）投资合作方基本情况"),
        ("p", "名称：凌塑智药（香港）有限公司；注册地：中国香港；主营业务：投资控股"
              "、技术授权；控股股东：凌塑智药科技股份有限公司（持股100%）。"),
        ("h3", "（三）标的公司基本情况"),
        ("p", "公司名称：晶华智造（杭州）科技有限公司；注册资本：人民币10,000万元；"
              "注册地址：浙江省杭州市钱塘区医药港大道188号；经营范围：人工智能应用"
              "软件开发；化学原料药及中间体连续流工艺技术开发、技术服务；智能制造装"
              "备销售。股权结构如下："),
        ("table", [80, 36, 30, 34], [
            ["股东名称", "出资额（万元）", "出资方式", "持股比例"],
            ["浙江晶华药业股份有限公司", "7,000", "货币", "70%"],
            ["凌塑智药（香港）有限公司", "3,000", "货币", "30%"],
            ["合计", "10,000", "-", "100%"],
        ]),
    ],
    [
        ("h2", "四、对上市公司的影响"),
        ("p", "1. 本次供货框架协议的签订有利于巩固公司在沙坦类中间体领域的海外市场"
              "地位，合同履行预计将对公司2025年至2027年的经营业绩产生积极影响。"),
        ("p", "2. 本次供货协议所涉中间体的关键起始物料主要由湖北鑫润化工股份有限公"
              "司向晶华药业供应，双方已签订2025年度采购协议，原材料供应有保障。"),
        ("p", "3. 在沙坦类中间体领域，公司的主要境外竞争对手包括Sarangi Pharma "
              "Limited、Helvexa Pharma AG等企业，本次合同的签订有助于提升公司产品的"
              "国际竞争力。"),
        ("p", "4. 本次对外投资资金来源为公司自有资金，不会对公司财务状况和经营成果"
              "产生重大不利影响，不存在损害公司及全体股东利益的情形。"),
        ("h2", "五、风险提示"),
        ("p", "1. 合同履行风险：供货框架协议为框架性约定，实际供货数量和金额以具体"
              "订单为准，存在因市场需求变化、客户经营情况变化等因素导致合同无法全部"
              "履行的风险。"),
        ("p", "2. 汇率风险：供货框架协议以美元结算，人民币汇率波动可能对公司的经营"
              "业绩产生一定影响。"),
        ("p", "3. 投资风险：晶华智造尚未设立，尚需办理工商登记等手续；设立后在技术"
              "研发、市场开拓、经营管理等方面可能面临一定的不确定性。"),
        ("p", "公司将根据相关事项的进展情况，严格按照相关法律法规的要求及时履行信息"
              "披露义务。敬请广大投资者理性投资，注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "浙江晶华药业股份有限公司董事会"),
        ("right", "2025年2月13日"),
    ],
]

# ---------------------------------------------------------------------------
# Document 05: Lingsu AI Pharma Technology, HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
LINGSU_PAGES = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概"
                  "不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因"
                  "本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承"
                  "擔任何責任。"),
        ("title", "凌塑智藥科技股份有限公司"),
        ("center", "Lingsu AI Pharma Technology Co., Ltd."),
        ("center", "（於中華人民共和國註冊成立的股份有限公司）"),
        ("center", "（股份代號：2871）"),
        ("title", "須予披露交易 有關認購目標公司股權"),
        ("title", "及 自願性公告 業務最新情況"),
        ("h2", "緒言"),
        ("p", "凌塑智藥科技股份有限公司（「本公司」，連同其附屬公司統稱「本集團」）"
              "董事會（「董事會」）欣然宣佈，於2025年2月12日，本公司全資附屬公司凌"
              "塑智藥（香港）有限公司（「凌塑香港」）與浙江晶華藥業股份有限公司（「"
              "晶華藥業」，其A股於上海證券交易所上市，股票代碼：603817）訂立出資協"
              "議（「出資協議」），據此，凌塑香港同意以現金出資人民幣3,000萬元，認"
              "購晶華智造（杭州）科技有限公司（「晶華智造」）30%股權（「認購事項」"
              "）。"),
        ("h2", "出資協議"),
        ("p", "出資協議的主要條款載列如下："),
        ("p", "日期：2025年2月12日"),
        ("p", "訂約方：(1) 凌塑香港；及 (2) 晶華藥業"),
        ("p", "註冊資本：人民幣10,000萬元，由訂約雙方按持股比例以現金出資。"),
        ("p", "出資時間：各訂約方須於晶華智造取得營業執照後90日內繳足出資。"),
        ("p", "董事會組成：晶華智造董事會由五名董事組成，其中晶華藥業委派三名，凌塑"
              "香港委派兩名。"),
        ("p", "完成後，晶華藥業將持有晶華智造70%股權，晶華智造將成為晶華藥業的附屬"
              "公司，其財務業績將綜合入賬至晶華藥業的財務報表。晶華智造不會成為本公"
              "司的附屬公司，本公司將以權益法將其入賬列為聯營公司。"),
        ("h2", "代價基準"),
        ("p", "認購事項的代價乃由訂約方經公平磋商後，參考晶華智造的註冊資本、業務計"
              "劃及資金需求釐定，並將以本集團內部資源撥付。董事認為，出資協議的條款"
              "屬公平合理，並符合本公司及其股東的整體利益。"),
    ],
    [
        ("h2", "進行認購事項的理由及裨益"),
        ("p", "本集團主要從事以人工智能驅動的原料藥工藝研發平台的開發、授權及相關技"
              "術服務。晶華智造將把本集團的AI工藝研發平台與晶華藥業的連續流生產線相"
              "結合，為仿製藥及原料藥企業提供從路線設計到中試放大的一站式服務。董事"
              "會相信，認購事項將使本集團的平台首次直接應用於商業化生產場景，並有助"
              "於積累寶貴的工藝數據。"),
        ("h2", "訂約方資料"),
        ("p", "凌塑香港為凌塑智藥科技股份有限公司於香港註冊成立的全資附屬公司，主要"
              "從事投資控股及海外技術授權業務。"),
        ("p", "晶華藥業為一家於中國註冊成立的股份有限公司，其A股於上海證券交易所上"
              "市，主要從事化學原料藥及醫藥中間體的研發、生產及銷售。據董事作出一切"
              "合理查詢後所深知、盡悉及確信，晶華藥業及其最終實益擁有人均為獨立於本"
              "公司及其關連人士的第三方。"),
        ("h2", "上市規則涵義"),
        ("p", "由於有關認購事項的一項或多項適用百分比率（定義見上市規則第14.07條）"
              "超過5%但均低於25%，故認購事項構成本公司的須予披露交易，須遵守上市規"
              "則第14章項下的通知及公告規定，惟獲豁免遵守股東批准規定。"),
        ("p", "嘉衡融資有限公司已獲委任為凌塑智藥有關認購事項的財務顧問。"),
        ("h2", "自願性公告：業務最新情況"),
        ("p", "董事會亦謹此向本公司股東及潛在投資者提供本集團的業務最新情況。"),
        ("p", "平台授權：於2025年2月12日，本公司與晶華藥業訂立AI工藝研發平台授權協"
              "議，授權期為五年，授權費總額為人民幣8,600萬元，將於五年內分期收取。"),
        ("p", "海外授權：於2024年12月，本公司與Quillon Process Intelligence SA（一"
              "家位於瑞士洛桑的工藝分析軟件公司）訂立軟件授權協議，向其授出本公司連"
              "續流工藝建模模組的使用權，授權費為1,150萬瑞士法郎。"),
        ("p", "算力安排：為支持模型訓練及推理需求，本公司已與Nimbusline Compute "
              "Pte. Ltd.（「Nimbusline」）訂立為期三年的算力服務框架協議，據此"
              "Nimbusline將向本集團提供GPU雲端算力服務，合約總額上限為3,200萬美元。"),
        ("p", "數據採購：本集團亦向Helvexa Pharma AG採購雜質對照品及質譜數據庫授權"
              "，2024年度相關採購金額約為420萬瑞士法郎。"),
        ("p", "行業競爭：本集團於海外市場的主要競爭對手包括Kestrel Crystal "
              "Analytics Ltd及Retortica AI Ltd，行業競爭日趨激烈。"),
    ],
    [
        ("p", "澄清：董事會注意到近期有媒體報道指本公司正與Negev Generica Ltd.商討"
              "合併事宜。董事會謹此澄清，本公司並無與Negev Generica Ltd.進行任何有"
              "關合併的磋商。"),
        ("p", "股權架構：於本公告日期，深圳前海啟衡投資合夥企業（有限合夥）持有本公"
              "司已發行股份約18.6%，為本公司單一最大股東。"),
        ("p", "本公司股東及潛在投資者於買賣本公司股份時務請審慎行事。"),
        ("h2", "釋義"),
        ("table", [40, 140], [
            ["「董事會」", "指 本公司董事會"],
            [
                "「本公司」",
                "指 凌塑智藥科技股份有限公司，於中華人民共和國註冊成立的股份有限公"
                "司",
            ],
            [
                "「晶華藥業」",
                "指 浙江晶華藥業股份有限公司，其A股於上海證券交易所上市（股票代碼："
                "603817）",
            ],
            [
                "「晶華智造」",
                "指 晶華智造（杭州）科技有限公司，一家將於中國成立的有限公司",
            ],
            ["「凌塑香港」", "指 凌塑智藥（香港）有限公司，本公司的全資附屬公司"],
            ["「上市規則」", "指 香港聯合交易所有限公司證券上市規則"],
        ]),
        ("p", ""),
        ("right", "承董事會命"),
        ("right", "凌塑智藥科技股份有限公司"),
        ("right", "董事長 周立衡"),
        ("p", "香港，2025年2月12日"),
        ("small", "於本公告日期，董事會成員包括執行董事周立衡博士、陳思遠先生及林嘉"
                  "怡女士；非執行董事何文博先生；以及獨立非執行董事梁振華先生、黃曉"
                  "明教授及蘇慧敏女士。"),
    ],
]

DOCS = [
    ("02_Helvexa_Pharma_annual_report.pdf", "en", HELVEXA_PAGES,
     "Helvexa Pharma AG | Annual Report 2024"),
    ("04_Jinghua_Pharma_announcement.pdf", "sc", JINGHUA_PAGES, ""),
    ("05_Lingsu_AI_Pharma_HKEX_announcement.pdf", "tc", LINGSU_PAGES, ""),
]


def _block_texts(pages):
    for page in pages:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    yield from row
            else:
                yield block[1]


def _update_hmtx(font, glyf):
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            width = hmtx[name][0]
            hmtx[name] = (width, glyph.xMin)


def build_cjk_font(face_index, chars, out_path):
    """Subset one face of the Noto CJK collection; convert CFF outlines to TrueType."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    _update_hmtx(font, glyf)

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out_path))


class Doc(FPDF):
    def __init__(self, running_head, family):
        super().__init__(format="A4")
        self.running_head = running_head
        self.family = family

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, size=8)
        number = self.page_no()
        label = f"- {number} -"
        if self.running_head:
            label = f"{self.running_head}    {number}"
        self.cell(0, 6, label, align="C")


# block kind -> (font style, size offset, line height offset, alignment, space after)
STYLES = {
    "title": ("B", 4.5, 2.0, "C", 1.0),
    "center": ("", 0.0, 0.0, "C", 0.0),
    "right": ("", 0.0, 0.0, "R", 0.0),
    "small": ("", -1.5, -0.8, "L", 2.0),
    "box": ("", 0.0, 0.0, "L", 2.0),
    "h2": ("B", 2.0, 1.0, "L", 0.5),
    "h3": ("B", 0.5, 0.0, "L", 0.0),
    "caption": ("B", -0.5, 0.0, "L", 0.0),
    "p": ("", 0.0, 0.0, "J", 1.2),
}


def render(path, lang, pages, running_head, font_dir):
    if lang == "en":
        family = "Helvetica"
        pdf = Doc(running_head, family)
    else:
        chars = "".join(sorted(set("".join(_block_texts(pages)) + "- 0123456789")))
        font_path = Path(font_dir) / f"noto_{lang}.ttf"
        build_cjk_font(FACE_INDEX[lang], chars, font_path)
        family = f"Noto{lang.upper()}"
        pdf = Doc(running_head, family)
        pdf.add_font(family, "", str(font_path))
        pdf.add_font(family, "B", str(font_path))
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    base = 9.5 if lang == "en" else 10
    line = 4.8 if lang == "en" else 6
    wrap = "WORD" if lang == "en" else "CHAR"
    for page in pages:
        pdf.add_page()
        start = pdf.page_no()
        for block in page:
            kind = block[0]
            if kind == "table":
                widths, rows = block[1], block[2]
                for i, row in enumerate(rows):
                    pdf.set_font(family, "B" if i == 0 else "", base - 1)
                    for width, text in zip(widths, row, strict=True):
                        if pdf.get_string_width(text) > width - 2:
                            raise ValueError(f"cell too narrow in {path}: {text!r}")
                        pdf.cell(width, line + 1, text, border=1)
                    pdf.ln(line + 1)
                pdf.ln(2)
                continue
            style, size, height, align, after = STYLES[kind]
            if kind == "h2":
                pdf.ln(1.5)
            if align == "J" and lang != "en":
                align = "L"
            pdf.set_font(family, style, base + size)
            pdf.multi_cell(
                0, line + height, block[1], border=1 if kind == "box" else 0,
                align=align, new_x="LMARGIN", new_y="NEXT", wrapmode=wrap,
            )
            if after:
                pdf.ln(after)
        if pdf.page_no() != start:
            raise RuntimeError(f"{path}: page {start} overflowed")
    pdf.output(str(path))


def main():
    font_dir = tempfile.mkdtemp(prefix="fresh144_fonts_")
    try:
        for name, lang, pages, running_head in DOCS:
            render(HERE / name, lang, pages, running_head, font_dir)
            print("wrote", name)
    finally:
        shutil.rmtree(font_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
