"""Build the four PDF documents of the fresh154 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
English PDFs use DejaVu fonts. Chinese PDFs use one face of
NotoSansCJK-Regular.ttc (index 2 Simplified, index 3 Traditional), subset with
fontTools to the characters used, converted from CFF to TrueType outlines with
cu2quPen, saved to a temporary directory, added to fpdf2 and deleted afterwards.
"""

import os
import re
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_COLLECTION = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_FACES = {"sc": 2, "tc": 3}
DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu"
LATIN_FACES = {
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}
MAXP_ZEROED = (
    "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
    "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
    "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
    "maxComponentDepth",
)

DOCS = [
    {
        "file": "01_Negevra_10-K.pdf",
        "font": "serif",
        "footer": (
            "Negevra Aqua Technologies Ltd. - 2024 Annual Report on Form 10-K - "
            "Page {n}"
        ),
        "blocks": [
            ("center", "UNITED STATES"),
            ("center", "SECURITIES AND EXCHANGE COMMISSION"),
            ("center", "Washington, D.C. 20549"),
            ("gap", 4),
            ("title", "FORM 10-K"),
            ("gap", 2),
            ("center", (
                "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE "
                "SECURITIES EXCHANGE ACT OF 1934"
            )),
            ("center", "For the fiscal year ended December 31, 2024"),
            ("center", "Commission File Number: 001-41877"),
            ("gap", 6),
            ("title", "NEGEVRA AQUA TECHNOLOGIES LTD."),
            ("center", "(Exact name of registrant as specified in its charter)"),
            ("gap", 4),
            ("table", (85, 85), (
                ("State of Israel", "98-1671204"),
                (
                    "(State or other jurisdiction of incorporation)",
                    "(I.R.S. Employer Identification No.)",
                ),
            )),
            ("gap", 3),
            ("center", "12 HaMada Street, Rehovot 7670312, Israel"),
            ("center", (
                "Registrant's telephone number, including area code: "
                "+972-8-930-4400"
            )),
            ("gap", 4),
            ("small", "Securities registered pursuant to Section 12(b) of the Act:"),
            ("table", (70, 30, 70), (
                (
                    "Title of each class",
                    "Trading symbol",
                    "Exchange on which registered",
                ),
                (
                    "Ordinary shares, NIS 0.01 par value",
                    "NGVA",
                    "Nasdaq Global Market",
                ),
            )),
            ("gap", 4),
            ("small", (
                "Indicate by check mark whether the registrant is a large "
                "accelerated filer, an accelerated filer, a non-accelerated filer, "
                "a smaller reporting company or an emerging growth company. "
                "Accelerated filer [X]  Emerging growth company [X]"
            )),
            ("small", (
                "The aggregate market value of the ordinary shares held by "
                "non-affiliates of the registrant, computed by reference to the "
                "closing price on June 28, 2024, was approximately $286.0 million. "
                "As of February 28, 2025, the registrant had 31,842,117 ordinary "
                "shares outstanding."
            )),
            ("small", (
                "This document is an excerpt. Items not reproduced below are "
                "omitted and do not form part of this excerpt."
            )),
            ("break",),
            ("h", "PART I"),
            ("h", "Item 1. Business"),
            ("h2", "Overview"),
            ("p", (
                "Negevra Aqua Technologies Ltd. (together with its subsidiaries, "
                "\"Negevra,\" the \"Company,\" \"we\" or \"us\") develops and "
                "sells AquaMind, an artificial-intelligence control platform for "
                "seawater and brackish-water reverse osmosis desalination plants, "
                "together with the inline sensors and energy-recovery retrofits "
                "that allow the platform to act on its predictions. AquaMind "
                "ingests approximately 1,400 sensor streams per reverse osmosis "
                "train, forecasts membrane fouling and scaling up to 21 days "
                "ahead, and adjusts feed pressure, antiscalant dosing and "
                "clean-in-place cycles in closed loop, subject to operator "
                "override."
            )),
            ("p", (
                "As of December 31, 2024, AquaMind was running on 31 plants in "
                "eight countries with aggregate installed capacity of "
                "approximately 4.2 million cubic meters per day. Plant owners that "
                "have completed at least twelve months of operation on the "
                "platform reported reductions in specific energy consumption of "
                "between 6% and 11% against their pre-installation baselines, and "
                "average membrane replacement intervals lengthened by roughly "
                "one-fifth. Because high-pressure pumping typically represents "
                "more than half of the operating cost of a seawater plant, we "
                "believe these savings are the principal driver of customer "
                "adoption."
            )),
            ("p", (
                "We generate revenue from (i) multi-year platform subscriptions "
                "priced per cubic meter of installed capacity, (ii) sales of "
                "sensor and retrofit hardware, and (iii) commissioning, operator "
                "training and remote-monitoring services. Total revenue was $96.4 "
                "million in 2024, compared with $71.9 million in 2023, and "
                "subscription revenue represented 58% of the total, compared with "
                "51% in the prior year."
            )),
            ("h2", "Customers"),
            ("p", (
                "Our customer base is concentrated among a small number of plant "
                "owners and engineering, procurement and construction (\"EPC\") "
                "contractors in the Middle East and the Mediterranean basin. The "
                "following customers each accounted for 10% or more of our total "
                "revenue in the years indicated:"
            )),
            ("table", (80, 40, 25, 25), (
                ("Customer", "Country", "2024", "2023"),
                ("Rimal Water Solutions Company", "Saudi Arabia", "18%", "14%"),
                ("Aguamar Desalación, S.A.", "Spain", "11%", "9%"),
            )),
            ("gap", 2),
            ("p", (
                "Our relationship with Rimal is conducted through two channels. "
                "Rimal licenses AquaMind for its Ras Baridi and Jubail plants "
                "directly from the Company, and Negevra Arabia LLC, our Saudi "
                "subsidiary, provides on-site commissioning, operator training and "
                "round-the-clock remote monitoring to Rimal under a separate "
                "services agreement that runs through 2028. Aguamar purchases "
                "AquaMind subscriptions and retrofit kits principally for plants "
                "that it builds and operates in Spain and North Africa. The loss "
                "of, or a significant reduction in purchases by, either customer "
                "would materially and adversely affect our results of operations."
            )),
            ("h2", "Suppliers and Technology Partners"),
            ("p", (
                "We do not manufacture membranes or pumps. Kinneret Membrane Works "
                "Ltd. supplies substantially all of the membrane coupons and "
                "sacrificial test elements used in our sensor calibration rigs, "
                "and we purchased $4.8 million of products from Kinneret in 2024. "
                "Our sensor housings are machined by several contract "
                "manufacturers in Israel, none of which is individually material "
                "to our business."
            )),
            ("p", (
                "The forecasting engine at the core of AquaMind is built on "
                "time-series foundation models that we license from Lumenfold AI, "
                "Inc. under a five-year agreement entered into in 2022, which "
                "requires minimum annual payments of $3.2 million and permits us "
                "to fine-tune the models on customer data that remains within our "
                "own environment. See \"Risk Factors - We depend on a single "
                "licensor for the foundation models underlying AquaMind.\""
            )),
            ("p", (
                "In 2023 we entered into a co-development agreement with Hidrovia "
                "Bombas, S.A., a Spanish manufacturer of high-pressure pumps, "
                "under which the two companies jointly develop pump-health models "
                "that combine Hidrovia's hydraulic test-bench data with AquaMind's "
                "plant-level telemetry. Neither party makes payments to the other "
                "under the agreement, and each retains ownership of the "
                "intellectual property it develops."
            )),
            ("h2", "Competition"),
            ("p", (
                "The market for digital optimization of desalination plants is "
                "competitive and evolving rapidly. Our principal competitors "
                "include Desalia Global plc, Azraq Water Technologies and the "
                "digital services division of Pumpex AG, each of which has "
                "substantially greater financial, technical and marketing "
                "resources than Negevra. We also compete with in-house engineering "
                "teams at large plant owners. We believe that we compete favorably "
                "on the basis of forecasting accuracy, speed of deployment and "
                "vendor neutrality."
            )),
            ("h2", "Human Capital"),
            ("p", (
                "As of December 31, 2024, we had 284 full-time employees, of whom "
                "171 were engaged in research and development, principally in "
                "Rehovot and Be'er Sheva. None of our employees is represented by "
                "a labor union, although certain Israeli labor-law extension "
                "orders apply to all of our Israeli employees."
            )),
            ("h", "Item 1A. Risk Factors (excerpt)"),
            ("h2", (
                "We depend on a single licensor for the foundation models "
                "underlying AquaMind."
            )),
            ("p", (
                "If our license agreement with Lumenfold were terminated, or if "
                "Lumenfold were unable or unwilling to continue to support the "
                "model versions we use, we would need to retrain our forecasting "
                "engine on alternative models, which could take twelve months or "
                "more and could reduce the accuracy of our predictions during the "
                "transition. The agreement may be terminated by either party upon "
                "an uncured material breach and by the licensor upon a change of "
                "control of the Company."
            )),
            ("h2", (
                "Our customer concentration exposes us to the capital spending "
                "cycles of a few plant owners in Saudi Arabia and Spain."
            )),
            ("p", (
                "Two customers together accounted for 29% of our 2024 revenue. "
                "Public tenders for new desalination capacity in the Gulf are "
                "lumpy and politically sensitive, and delays in the award or "
                "financing of new plants could defer the start of subscriptions "
                "for a year or more."
            )),
            ("h", "Item 3. Legal Proceedings"),
            ("p", (
                "On January 17, 2024, Hydrofort Systems Ltd. filed a complaint "
                "against Negevra Aqua Technologies Ltd. in the United States "
                "District Court for the District of Delaware alleging that "
                "AquaMind infringes two of its U.S. patents relating to fouling "
                "prediction. We believe the claims are without merit and intend to "
                "defend ourselves vigorously; no trial date has been set."
            )),
            ("h", "PART II"),
            ("h", (
                "Item 7. Management's Discussion and Analysis - Liquidity and "
                "Capital Resources (excerpt)"
            )),
            ("p", (
                "As of December 31, 2024, we had cash, cash equivalents and "
                "short-term bank deposits of $61.7 million. Our principal sources "
                "of liquidity in 2024 were the private placement and the term loan "
                "described below, together with collections from subscription "
                "customers."
            )),
            ("p", (
                "Private placement. In March 2024, Qubitra Cloud Services Ltd. "
                "purchased 2,150,000 of our ordinary shares in a private placement "
                "at $7.00 per share, for aggregate gross proceeds of $15.05 "
                "million, and following the closing held approximately 6.8% of our "
                "outstanding ordinary shares. Qubitra has no right to designate a "
                "director and agreed to a twelve-month lock-up."
            )),
            ("p", (
                "Term loan. On June 12, 2024, we entered into a senior secured "
                "term loan facility of up to $40 million with Levant Merchant Bank "
                "Ltd., of which $25 million was drawn at December 31, 2024. "
                "Borrowings bear interest at Term SOFR plus 4.25% and mature in "
                "June 2029, and the facility is secured by a floating charge over "
                "substantially all of our assets."
            )),
            ("p", (
                "Acquisition of Sensora. On October 2, 2024, we completed the "
                "acquisition of all of the outstanding shares of Sensora "
                "Instruments Ltd., an Israeli developer of inline boron and "
                "biofouling sensors, for cash consideration of $22.4 million, net "
                "of cash acquired. Sensora's sensors had been integrated with "
                "AquaMind on a trial basis since 2022, and its 23 employees joined "
                "our Be'er Sheva engineering center."
            )),
            ("p", (
                "Cash used in operating activities was $9.3 million in 2024, "
                "compared with $17.8 million in 2023, reflecting higher "
                "subscription collections and improved hardware margins. We "
                "believe that our existing cash and available borrowings will be "
                "sufficient to meet our requirements for at least the next twelve "
                "months."
            )),
            ("h", "Item 9A. Controls and Procedures (excerpt)"),
            ("p", (
                "Kessel Adler & Co., an independent registered public accounting "
                "firm, has audited the consolidated financial statements of "
                "Negevra Aqua Technologies Ltd. for each of the three years in the "
                "period ended December 31, 2024, and its report appears in Item 8 "
                "of this Annual Report."
            )),
            ("h", "Exhibit 21.1 - Subsidiaries of the Registrant"),
            ("table", (80, 60, 30), (
                ("Name of subsidiary", "Jurisdiction", "Ownership"),
                ("Negevra Arabia LLC", "Kingdom of Saudi Arabia", "100%"),
                ("Negevra Aqua Iberia, S.L.U.", "Spain", "100%"),
                ("Sensora Instruments Ltd.", "Israel", "100%"),
            )),
        ],
    },
    {
        "file": "02_Tidewell_HKEX_announcement.pdf",
        "font": "tc",
        "footer": "潮匯水務控股有限公司 公告 第 {n} 頁",
        "blocks": [
            ("small", (
                "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不"
                "負責，對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告"
                "全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責"
                "任。"
            )),
            ("gap", 3),
            ("title", "TIDEWELL WATER HOLDINGS LIMITED"),
            ("title", "潮匯水務控股有限公司"),
            ("center", "（於開曼群島註冊成立之有限公司）"),
            ("center", "（股份代號：2768）"),
            ("gap", 3),
            ("title", "(1) 根據一般授權認購新股份；及"),
            ("title", (
                "(2) 有關收購明流泵業（香港）有限公司全部已發行股本之須予披露交易"
            )),
            ("gap", 3),
            ("h", "認購事項"),
            ("p", (
                "董事會欣然宣佈，於二零二五年十月二十日（交易時段後），潮匯水務控股"
                "有限公司（「本公司」，連同其附屬公司統稱「本集團」）與澄澈智能（香"
                "港）有限公司（「澄澈香港」或「認購方」）訂立認購協議，據此，本公司"
                "有條件同意配發及發行，而認購方有條件同意認購合共120,000,000股新股"
                "份（「認購股份」），認購價為每股認購股份港幣1.30元。"
            )),
            ("p", (
                "認購方為澄澈智能（香港）有限公司，為江蘇澄澈智能泵業股份有限公司（"
                "「澄澈智能」，其股份於上海證券交易所科創板上市，證券代碼：688417）"
                "之全資附屬公司，主要從事投資控股及泵類產品之境外貿易。"
            )),
            ("p", (
                "澄澈香港就認購潮匯水務新股份應付之總代價為港幣156,000,000元，將於"
                "完成時以現金一次性支付。認購價較股份於認購協議日期在聯交所所報之收"
                "市價每股港幣1.42元折讓約8.45%，並較緊接認購協議日期前最後五個連續"
                "交易日之平均收市價每股港幣1.39元折讓約6.47%。"
            )),
            ("p", (
                "認購股份相當於(i)本公司於本公告日期之現有已發行股本1,200,000,000股"
                "之10.00%；及(ii)經配發及發行認購股份擴大後之本公司已發行股本1,320,"
                "000,000股之約9.09%。緊隨完成後，澄澈香港將持有潮匯水務經擴大已發行"
                "股本約9.09%，並將成為本公司之主要股東。"
            )),
            ("p", (
                "認購股份將根據於二零二五年六月十二日舉行之股東週年大會上授予董事之"
                "一般授權配發及發行，因此認購事項毋須獲股東批准。完成須待聯交所上市"
                "委員會批准認購股份上市及買賣，以及澄澈智能就認購事項完成中國境外投"
                "資備案及外匯登記後，方可作實。"
            )),
            ("h", "進行認購事項之理由及所得款項用途"),
            ("p", (
                "澄澈智能自二零二一年起一直為本集團供應智能變頻離心泵及泵控模組，截"
                "至二零二四年十二月三十一日止年度，本集團向澄澈智能之採購額約為港幣"
                "48,600,000元。董事認為，引入澄澈香港作為策略股東，可鞏固本集團關鍵"
                "設備之穩定供應，並有助本集團加快開發以人工智能驅動之泵站調度及能耗"
                "優化系統。"
            )),
            ("p", (
                "認購事項之所得款項總額約為港幣156,000,000元，所得款項淨額（經扣除"
                "相關開支後）估計約為港幣154,800,000元。本公司擬將(i)約港幣92,000,0"
                "00元用作支付收購事項之代價；(ii)約港幣40,000,000元用於本集團人工智"
                "能調度平台之研發及算力開支；及(iii)餘額用作一般營運資金。"
            )),
            ("h", "收購事項"),
            ("p", (
                "於二零二五年十月二十日，本公司（作為買方）與港脊投資有限公司（Harb"
                "our Ridge Investments Limited，「賣方」或「港脊投資」）訂立買賣協"
                "議，據此，潮匯水務有條件同意收購明流泵業（香港）有限公司（「明流泵"
                "業」或「目標公司」）之全部已發行股本，代價為港幣92,000,000元。"
            )),
            ("p", (
                "代價將以現金分兩期支付：(i)港幣55,200,000元於完成時支付；及(ii)港"
                "幣36,800,000元於目標公司截至二零二六年十二月三十一日止年度之經審核"
                "除稅後溢利不少於港幣8,000,000元之情況下支付。代價乃經本公司與賣方"
                "按一般商業條款公平磋商後釐定，並已參考獨立估值師所評估目標公司於二"
                "零二五年九月三十日之市場價值約港幣96,500,000元。"
            )),
            ("p", "於本公告日期，港脊投資持有明流泵業全部已發行股本。"),
            ("h", "有關目標公司之資料"),
            ("p", (
                "明流泵業為一間於二零零九年在香港註冊成立之有限公司，主要從事海水化"
                "淡、污水處理及樓宇供水用高壓泵及變頻泵組之分銷、安裝及維修保養，現"
                "為多項政府及私人水務工程提供泵站維護服務。目標公司截至二零二三年及"
                "二零二四年十二月三十一日止兩個年度之經審核財務資料概述如下："
            )),
            ("table", (70, 50, 50), (
                ("截至十二月三十一日止年度", "二零二三年", "二零二四年"),
                ("收益", "港幣61,200,000元", "港幣68,900,000元"),
                ("除稅前溢利", "港幣7,100,000元", "港幣8,600,000元"),
                ("除稅後溢利", "港幣6,000,000元", "港幣7,300,000元"),
            )),
            ("gap", 2),
            ("p", (
                "明流泵業之主要競爭對手包括Pumpex AG及Al-Khobar Pumps Industrial "
                "Company等國際泵業製造商在香港之代理商。"
            )),
            ("h", "有關本集團及訂約方之資料"),
            ("p", (
                "本集團主要於香港、澳門及粵港澳大灣區從事水務工程、海水化淡廠營運及"
                "智慧水務解決方案業務。本公司之全資附屬公司潮匯智能科技有限公司（Ti"
                "dewell Smart Technology Limited，「潮匯智能科技」）負責開發本集團"
                "之人工智能泵站調度平台。"
            )),
            ("p", (
                "潮匯智能科技向Qubitra Cloud Services Ltd.租用圖形處理器算力，以訓"
                "練泵站能耗預測模型，截至二零二四年十二月三十一日止年度之相關服務費"
                "用約為港幣5,200,000元。此外，潮匯水務已與Aguamar Desalación, "
                "S.A.組成聯營體，共同參與一項海水化淡廠第二階段擴建工程之設計及建造"
                "投標，投標結果預計於二零二六年上半年公佈。"
            )),
            ("p", (
                "港脊投資為一間於英屬處女群島註冊成立之投資控股公司，由個人投資者何"
                "振邦先生最終實益擁有。據董事作出一切合理查詢後所深知、盡悉及確信，"
                "港脊投資及其最終實益擁有人與澄澈智能及其附屬公司以及彼等各自之關連"
                "人士概無任何關係。"
            )),
            ("h", "上市規則之涵義"),
            ("p", (
                "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條"
                "）超過5%但全部低於25%，收購事項構成本公司之須予披露交易，須遵守上"
                "市規則第十四章項下之申報及公告規定，惟獲豁免遵守股東批准規定。"
            )),
            ("p", (
                "本公司已委任碼頭資本有限公司為認購事項及收購事項之財務顧問，並委任"
                "信衡會計師事務所有限公司就目標公司之財務資料進行盡職審查。"
            )),
            ("p", (
                "由於認購事項及收購事項須待若干先決條件達成後方告完成，未必一定會進"
                "行，股東及潛在投資者於買賣本公司股份時務請審慎行事。"
            )),
            ("gap", 1),
            ("right", "承董事會命"),
            ("right", "潮匯水務控股有限公司"),
            ("right", "主席"),
            ("right", "梁志朗"),
            ("p", "香港，二零二五年十月二十日"),
            ("small", (
                "於本公告日期，董事會由執行董事梁志朗先生、陳詠芝女士及黃啟軒先生；"
                "以及獨立非執行董事李嘉敏女士、周偉霖先生及蕭德華先生組成。"
            )),
        ],
    },
    {
        "file": "03_Chengche_A-share_announcement.pdf",
        "font": "sc",
        "footer": "{n}",
        "blocks": [
            ("small", (
                "证券代码：688417　　　　证券简称：澄澈智能　　　　公告编号：2025-0"
                "47"
            )),
            ("gap", 4),
            ("title", "江苏澄澈智能泵业股份有限公司"),
            ("title", "关于向全资子公司增资暨对外投资的公告"),
            ("gap", 3),
            ("p", (
                "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述"
                "或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"
            )),
            ("h", "重要内容提示："),
            ("p", (
                "● 投资标的名称：潮汇水务控股有限公司（Tidewell Water Holdings "
                "Limited，香港联交所主板上市，股份代号：2768）新发行股份。"
            )),
            ("p", (
                "● 投资金额：江苏澄澈智能泵业股份有限公司（以下简称“公司”或“澄澈智"
                "能”）拟以自有资金向全资子公司澄澈智能（香港）有限公司（以下简称“澄"
                "澈香港”）增资16,000万港元，澄澈香港拟以15,600万港元认购潮汇水务120"
                ",000,000股新发行股份。"
            )),
            ("p", (
                "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》"
                "规定的重大资产重组。"
            )),
            ("p", (
                "● 相关风险提示：本次对外投资尚需取得境外投资主管部门备案及外汇登记"
                "，潮汇水务发行认购股份尚需取得香港联交所上市批准，能否顺利实施存在"
                "不确定性。敬请广大投资者注意投资风险。"
            )),
            ("h", "一、对外投资概述"),
            ("p", (
                "（一）2025年10月20日，公司第三届董事会第十四次会议审议通过了《关于"
                "向全资子公司增资暨对外投资的议案》，同意澄澈智能以自有资金向澄澈香"
                "港增资16,000万港元，用于支付认购价款及相关税费。"
            )),
            ("p", (
                "（二）同日，澄澈香港与潮汇水务签署《认购协议》，澄澈香港拟以每股1."
                "30港元的价格认购潮汇水务新发行的120,000,000股普通股，认购总价款为1"
                "5,600万港元。认购完成后，澄澈香港将持有潮汇水务经扩大后已发行股本"
                "约9.09%，成为其主要股东，公司不向潮汇水务委派董事。"
            )),
            ("p", (
                "（三）本次对外投资事项在董事会审批权限范围内，无需提交股东大会审议"
                "。本次交易不构成关联交易，亦不构成重大资产重组。"
            )),
            ("h", "二、投资标的基本情况"),
            ("h2", "（一）澄澈智能（香港）有限公司"),
            ("table", (45, 125), (
                ("项目", "内容"),
                ("成立日期", "2019年4月8日"),
                ("注册地址", "香港九龙观塘鸿图道52号百本中心12楼1205室"),
                ("已发行股本", "2,000万港元"),
                ("主营业务", "投资控股、泵类产品及配件的境外贸易"),
                ("本次增资前后", "增资前已发行股本2,000万港元，增资后18,000万港元"),
            )),
            ("gap", 2),
            ("p", (
                "澄澈香港最近一年一期主要财务数据如下（单位：万港元）：截至2024年12"
                "月31日，总资产8,412.36，净资产2,951.07；2024年度营业收入11,326.58"
                "，净利润318.44。截至2025年9月30日，总资产9,105.22，净资产3,187.65"
                "；2025年1-9月营业收入8,977.10，净利润236.58。澄澈香港2024年度财务"
                "数据已经衡泰华明会计师事务所（特殊普通合伙）审计，2025年1-9月数据"
                "未经审计。"
            )),
            ("h2", "（二）潮汇水务控股有限公司"),
            ("p", (
                "潮汇水务控股有限公司于2016年在开曼群岛注册成立，其股份于2018年在香"
                "港联交所主板上市，主要在香港、澳门及粤港澳大湾区从事水务工程、海水"
                "淡化厂运营及智慧水务解决方案业务。其最近一年一期主要财务数据如下："
            )),
            ("table", (60, 55, 55), (
                ("项目（单位：万港元）", "2024年度/2024年末", "2025年1-6月/6月末"),
                ("总资产", "318,450", "326,780"),
                ("净资产", "142,310", "146,050"),
                ("营业收入", "187,620", "95,340"),
                ("净利润", "12,480", "6,920"),
            )),
            ("gap", 2),
            ("p", (
                "潮汇水务与澄澈智能及其控股股东、实际控制人、董事、监事和高级管理人"
                "员之间均不存在关联关系。"
            )),
            ("h", "三、公司主要子公司情况"),
            ("p", "截至本公告披露日，公司纳入合并报表范围的主要子公司如下："),
            ("table", (62, 28, 22, 58), (
                ("子公司名称", "注册地", "持股比例", "主营业务"),
                ("澄澈智能（香港）有限公司", "中国香港", "100%", "境外投资及贸易"),
                (
                    "江苏澄澈流体控制科技有限公司",
                    "江苏常州",
                    "100%",
                    "泵控阀门及变频控制器",
                ),
                ("宁夏澄澈节水灌溉设备有限公司", "宁夏银川", "70%", "节水灌溉泵站"),
            )),
            ("gap", 2),
            ("p", (
                "宁夏澄澈节水灌溉设备有限公司其余30%股权由宁夏沙湖农业发展集团有限"
                "公司持有。"
            )),
            ("h", "四、本次投资的目的和对公司的影响"),
            ("p", (
                "公司是国内较早将人工智能应用于泵组能效优化的企业，自主研发的“澄泵"
                "智控”系统时序预测模块采用Lumenfold AI, Inc.授权的基础模型，公司202"
                "4年度向Lumenfold AI, Inc.支付模型授权费人民币1,860万元。"
            )),
            ("p", (
                "近年来公司海外业务持续拓展，2024年度公司向西班牙Riegosol Agro, "
                "S.L.供应太阳能灌溉泵组及配套控制系统，合计金额人民币4,270万元，产"
                "品已进入欧洲高端农业灌溉市场。"
            )),
            ("p", (
                "本次投资有助于公司借助香港资本市场平台，深化与粤港澳大湾区水务运营"
                "商的业务合作，推动公司智能泵组及泵站调度系统在海水淡化领域的应用。"
                "与同行业可比公司浙江海川泵业股份有限公司、Hidrovia Bombas, S.A.相"
                "比，公司在人工智能能效优化方面具有一定先发优势。"
            )),
            ("p", (
                "本次投资资金来源为公司自有资金，不涉及募集资金，不会对公司财务状况"
                "和经营成果产生重大不利影响，不存在损害公司及全体股东特别是中小股东"
                "利益的情形。"
            )),
            ("h", "五、风险提示"),
            ("p", (
                "（一）审批风险：本次对外投资尚需履行境外投资备案、外汇登记等程序，"
                "潮汇水务发行认购股份尚需取得香港联交所上市批准。"
            )),
            ("p", (
                "（二）投资收益风险：潮汇水务股价可能受宏观经济、行业政策及市场情绪"
                "等因素影响而波动，公司存在投资损失的风险。"
            )),
            ("p", (
                "（三）汇率风险：本次投资以港元计价，人民币与港元汇率波动可能对投资"
                "价值产生影响。"
            )),
            ("h", "六、保荐机构核查意见"),
            ("p", (
                "经核查，保荐机构认为：公司本次向全资子公司增资暨对外投资事项已经董"
                "事会审议通过，履行了必要的审批程序，符合相关法律法规的规定。恒岳证"
                "券股份有限公司对澄澈智能本次向全资子公司增资暨对外投资事项无异议。"
            )),
            ("p", "特此公告。"),
            ("gap", 4),
            ("right", "江苏澄澈智能泵业股份有限公司董事会"),
            ("right", "2025年10月21日"),
        ],
    },
    {
        "file": "05_Hidrovia_annual_report.pdf",
        "font": "sans",
        "footer": "Hidrovia Bombas, S.A. - Annual Report 2024 - Page {n}",
        "blocks": [
            ("title", "HIDROVIA BOMBAS, S.A. AND SUBSIDIARIES"),
            ("center", "Annual Report 2024"),
            ("center", (
                "Consolidated Directors' Report and selected Notes to the "
                "Consolidated Annual Accounts (excerpt)"
            )),
            ("small", (
                "Calle Turbina 14, Polígono Industrial El Carmen, 30564 Lorquí "
                "(Murcia), Spain. Shares listed on the Madrid, Barcelona, Bilbao "
                "and Valencia Stock Exchanges (ticker: HDV). Free translation of "
                "the original in Spanish; in the event of discrepancy, the "
                "Spanish-language version prevails."
            )),
            ("gap", 3),
            ("h", "1. Business performance"),
            ("p", (
                "Hidrovia Bombas designs and manufactures centrifugal and "
                "positive-displacement high-pressure pumps for reverse osmosis "
                "desalination, agricultural irrigation and inter-basin water "
                "transfer, and since 2021 has shipped every pump with an embedded "
                "condition-monitoring module. In 2024 consolidated revenue "
                "increased 12.6% to EUR 214.7 million, EBITDA rose to EUR 31.9 "
                "million (2023: EUR 26.4 million) and order intake reached EUR "
                "248.3 million, the highest in the Group's history."
            )),
            ("p", (
                "Desalination accounted for 57% of sales, irrigation for 29% and "
                "municipal and industrial applications for the remaining 14%. "
                "Export sales, principally to Saudi Arabia, Morocco and Egypt, "
                "represented 48% of the total, compared with 43% in 2023."
            )),
            ("p", (
                "The PumpSense platform, developed and marketed by our subsidiary "
                "Hidrovia Digital Services, S.L.U., uses machine-learning models "
                "trained on more than 9,000 pump-years of vibration, temperature "
                "and hydraulic data to predict bearing and mechanical-seal "
                "failures up to six weeks in advance. PumpSense recurring revenue "
                "grew 41% to EUR 8.8 million, and the installed base passed 6,300 "
                "connected pumps."
            )),
            ("h", "2. Customers"),
            ("p", (
                "Sales to Aguamar Desalación, S.A., our largest customer, amounted "
                "to EUR 61.3 million in 2024 (2023: EUR 54.8 million), reflecting "
                "deliveries of high-pressure pump trains for the Cartagena Sur and "
                "Águilas II plants. No other customer represented more than 10% of "
                "consolidated revenue."
            )),
            ("p", (
                "Hidrovia Digital Services, S.L.U. licenses the PumpSense platform "
                "to Al-Khobar Pumps Industrial Company, which uses it to monitor "
                "the aftermarket fleet it services in the Eastern Province of "
                "Saudi Arabia; licence fees recognised in 2024 were EUR 2.1 "
                "million."
            )),
            ("h", "3. Investments and acquisitions"),
            ("p", (
                "In July 2024 the Company subscribed a capital increase of EUR "
                "12.0 million in Riegosol Agro, S.L., a Murcia-based operator of "
                "AI-scheduled drip irrigation networks, taking its interest to "
                "40%. Riegosol is accounted for using the equity method and "
                "contributed a share of profit of EUR 0.6 million in the second "
                "half of the year."
            )),
            ("p", (
                "On 30 September 2024 the Company acquired 100% of the share "
                "capital of Marisma Energy Recovery, S.L., a Cartagena-based "
                "developer of isobaric energy-recovery devices, for EUR 18.5 "
                "million, of which EUR 3.0 million is deferred and contingent on "
                "2025 order intake. The acquisition gives the Group a complete "
                "high-pressure package for reverse osmosis trains and generated "
                "goodwill of EUR 9.4 million."
            )),
            ("h", "4. Financing and liquidity"),
            ("p", (
                "In April 2024 the Company signed a EUR 85 million "
                "sustainability-linked term loan with Banco Meridiano, S.A. "
                "maturing in 2030, the margin on which is adjusted annually by "
                "reference to the average hydraulic efficiency of pumps shipped. "
                "At year end EUR 60 million had been drawn and net financial debt "
                "stood at EUR 47.2 million, or 1.5 times EBITDA."
            )),
            ("h", "5. Market and competition"),
            ("p", (
                "Demand for high-pressure pumps remains driven by new seawater "
                "capacity in the Gulf and North Africa and by the refurbishment of "
                "first-generation Spanish plants, many of which are approaching "
                "thirty years of service. In the high-pressure segment the Group "
                "competes principally with Pumpex AG, Al-Khobar Pumps Industrial "
                "Company and Zhejiang Haichuan Pump Co., Ltd., the last of which "
                "has become increasingly aggressive on price in North African "
                "tenders."
            )),
            ("h", "6. Principal risks and litigation"),
            ("p", (
                "The Group is exposed to the price of duplex and super-duplex "
                "stainless steel, which represents approximately 31% of the cost "
                "of a high-pressure pump, and to delays in the award of public "
                "desalination tenders. In March 2024 the arbitration brought by "
                "Desalia Global plc against Hidrovia Bombas, S.A. before the "
                "Madrid Court of Arbitration in connection with pump failures at a "
                "plant in Almería was withdrawn, with each party bearing its own "
                "costs. No provision was required at 31 December 2024."
            )),
            ("h", "7. Outlook"),
            ("p", (
                "The order book at 31 December 2024 stood at EUR 176.5 million, of "
                "which 62% is scheduled for delivery in 2025. The Board expects "
                "revenue growth in the high single digits in 2025, with PumpSense "
                "and energy-recovery devices growing faster than the Group as a "
                "whole, and intends to propose a dividend of EUR 0.42 per share."
            )),
            ("h", "Notes to the consolidated annual accounts (excerpt)"),
            ("h2", "Note 2. Subsidiaries"),
            ("p", (
                "The following subsidiaries were fully consolidated at 31 December "
                "2024:"
            )),
            ("table", (70, 35, 45, 20), (
                ("Company", "Registered office", "Activity", "Interest"),
                (
                    "Hidrovia Digital Services, S.L.U.",
                    "Madrid",
                    "Software and analytics",
                    "100%",
                ),
                (
                    "Marisma Energy Recovery, S.L.",
                    "Cartagena",
                    "Energy-recovery devices",
                    "100%",
                ),
            )),
            ("gap", 3),
            ("h2", "Note 21. Related-party transactions"),
            ("p", (
                "At 31 December 2024 the following shareholders held significant "
                "interests in the share capital of the Company, which comprised "
                "32,000,000 shares:"
            )),
            ("table", (75, 45, 40), (
                ("Shareholder", "Number of shares", "% of share capital"),
                ("Inversiones Levante Azul, S.L.", "9,408,000", "29.4%"),
                ("Treasury shares", "256,000", "0.8%"),
                ("Free float", "22,336,000", "69.8%"),
            )),
            ("gap", 2),
            ("p", (
                "During 2024 the Group purchased castings and machined pump "
                "casings for EUR 9.7 million from Fundiciones Levante Azul, S.A., "
                "a company controlled by Inversiones Levante Azul, S.L., on terms "
                "equivalent to those prevailing in arm's-length transactions. "
                "Balances payable at year end amounted to EUR 1.3 million."
            )),
            ("p", (
                "Remuneration of the members of the Board of Directors, including "
                "the executive chairman, totalled EUR 1.9 million in 2024 (2023: "
                "EUR 1.7 million). No loans or guarantees were granted to "
                "directors."
            )),
            ("h2", "Note 24. Audit fees"),
            ("p", (
                "The consolidated annual accounts of Hidrovia Bombas, S.A. for "
                "2024 were audited by Ribera Auditores, S.L.P., which issued an "
                "unqualified audit report on 26 February 2025; fees for audit "
                "services amounted to EUR 312 thousand, and no non-audit services "
                "were provided."
            )),
        ],
    },
]


def block_text(blocks):
    """All characters drawn for a document (used to subset the CJK font)."""
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        elif block[0] not in ("gap", "break"):
            parts.append(block[1])
    return "".join(parts)


# Chinese company names and money amounts are never split across lines.
KEEP_WHOLE = (
    "江蘇澄澈智能泵業股份有限公司", "江苏澄澈智能泵业股份有限公司",
    "江苏澄澈流体控制科技有限公司", "宁夏澄澈节水灌溉设备有限公司",
    "宁夏沙湖农业发展集团有限公司", "浙江海川泵业股份有限公司",
    "信衡會計師事務所有限公司", "澄澈智能（香港）有限公司",
    "明流泵業（香港）有限公司", "潮匯水務控股有限公司", "潮汇水务控股有限公司",
    "潮匯智能科技有限公司", "恒岳证券股份有限公司", "港脊投資有限公司",
    "碼頭資本有限公司", "潮匯智能科技", "潮匯水務", "潮汇水务", "澄澈香港",
    "澄澈智能", "明流泵業", "港脊投資", "衡泰华明会计师事务所",
)
AMOUNT = r"(?:港幣|人民币)?[0-9][0-9,.]*(?:万港元|万元|港元|元)?"
LATIN = r"[A-Za-z0-9.,:;'&%()/+\-]+"
TOKEN_RE = re.compile("|".join(map(re.escape, KEEP_WHOLE)) + f"|{AMOUNT}|{LATIN}| |.")
NO_LINE_START = set("，。、；：）」』》％!?,.;:)")


def wrap_cjk(pdf, text, width):
    """Wrap mixed Chinese/Latin text without splitting Latin words or numbers."""
    tokens = []
    for tok in TOKEN_RE.findall(text):
        if tokens and tok[0] in NO_LINE_START:
            tokens[-1] += tok
        else:
            tokens.append(tok)
    lines, cur = [], ""
    for tok in tokens:
        if cur and pdf.get_string_width(cur + tok) > width:
            lines.append(cur.rstrip())
            cur = "" if tok == " " else tok
        else:
            cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def keep_together(pdf, height):
    """Start a new page unless `height` millimetres still fit on the current one."""
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def write_paragraph(pdf, text, line_height, align, cjk, reserve=0.0):
    """Write a paragraph on one page; `reserve` keeps room for what follows."""
    if cjk and align not in ("C", "R"):
        lines = wrap_cjk(pdf, text, pdf.epw - 1)
        keep_together(pdf, len(lines) * line_height + reserve)
        for line in lines:
            pdf.cell(pdf.epw, line_height, line, new_x="LMARGIN", new_y="NEXT")
    else:
        lines = pdf.multi_cell(0, line_height, text, align=align, dry_run=True,
                               output="LINES")
        keep_together(pdf, len(lines) * line_height + reserve)
        pdf.multi_cell(0, line_height, text, align=align, new_x="LMARGIN", new_y="NEXT")


def subset_cjk_font(text, face_index, out_path):
    """Subset one CJK face to `text`; save it with TrueType (glyf) outlines."""
    font = TTCollection(CJK_COLLECTION).fonts[face_index]
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in MAXP_ZEROED:
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Document(FPDF):
    def __init__(self, footer_text, family, bold):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.family = family
        self.bold = bold
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, "", 8)
        self.cell(0, 6, self.footer_text.format(n=self.page_no()), align="C")


def render(pdf, blocks, cjk):
    fam, bold = pdf.family, pdf.bold
    body_align = "L" if cjk else "J"
    for block in blocks:
        kind = block[0]
        if kind == "break":
            pdf.add_page()
        elif kind == "gap":
            pdf.ln(block[1])
        elif kind == "table":
            widths, rows = block[1], block[2]
            keep_together(pdf, 7 * len(rows))
            for i, row in enumerate(rows):
                pdf.set_font(fam, bold if i == 0 else "", 9)
                for j, (w, text) in enumerate(zip(widths, row, strict=True)):
                    if pdf.get_string_width(text) > w - 2:
                        raise ValueError(f"table cell too wide: {text!r}")
                    last = j == len(row) - 1
                    pdf.cell(w, 7, text, border=1, new_x="LMARGIN" if last else "RIGHT",
                             new_y="NEXT" if last else "TOP")
        else:
            text = block[1]
            if kind == "title":
                pdf.set_font(fam, bold, 14)
                pdf.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center":
                pdf.set_font(fam, "", 10)
                pdf.multi_cell(0, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "right":
                pdf.set_font(fam, "", 10)
                pdf.multi_cell(0, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font(fam, "", 8.5)
                write_paragraph(pdf, text, 4.6, body_align, cjk)
                pdf.ln(1.5)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font(fam, bold, 11.5)
                write_paragraph(pdf, text, 6.5, "L", cjk, reserve=22)
                pdf.ln(1)
            elif kind == "h2":
                pdf.set_font(fam, bold, 10.5)
                write_paragraph(pdf, text, 6, "L", cjk, reserve=16)
            elif kind == "p":
                pdf.set_font(fam, "", 10)
                write_paragraph(pdf, text, 5.6 if cjk else 5.2, body_align, cjk)
                pdf.ln(2)
            else:
                raise ValueError(f"unknown block kind {kind}")


def build(doc, tmp_dir):
    cjk = doc["font"] in CJK_FACES
    if cjk:
        path = os.path.join(tmp_dir, doc["font"] + ".ttf")
        chars = set(block_text(doc["blocks"]) + doc["footer"] + "0123456789 ")
        subset_cjk_font("".join(sorted(chars)), CJK_FACES[doc["font"]], path)
        pdf = Document(doc["footer"], "cjk", "")
        pdf.add_font("cjk", "", path)
    else:
        regular, bold = LATIN_FACES[doc["font"]]
        pdf = Document(doc["footer"], "latin", "B")
        pdf.add_font("latin", "", os.path.join(DEJAVU_DIR, regular))
        pdf.add_font("latin", "B", os.path.join(DEJAVU_DIR, bold))
    pdf.set_title(doc["file"])
    pdf.add_page()
    render(pdf, doc["blocks"], cjk)
    pdf.output(os.path.join(HERE, doc["file"]))


def main():
    tmp_dir = tempfile.mkdtemp(prefix="fresh154_fonts_")
    try:
        for doc in DOCS:
            build(doc, tmp_dir)
            print("built", doc["file"])
    finally:
        shutil.rmtree(tmp_dir)


if __name__ == "__main__":
    main()
