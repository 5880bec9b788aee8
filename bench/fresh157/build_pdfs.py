"""Build the three PDF documents of the fresh157 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use DejaVu Sans. The Traditional Chinese HKEX announcement uses a face of
NotoSansCJK-Regular.ttc, which fpdf2 cannot read directly: the face is subset with fontTools to the
characters used, its CFF outlines are converted to TrueType quadratic outlines with Cu2QuPen, and the
result is saved to a temporary directory that is deleted once the PDF has been written.
"""

import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
CJK_TTC = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_FACE = {"sc": 2, "tc": 3}

# ---------------------------------------------------------------------------------------------
# Document 02: Brightpaw Hospitals Corp. - Form 10-K excerpt (English)
# ---------------------------------------------------------------------------------------------

DOC02 = [
    ("center_b", "UNITED STATES", 11),
    ("center_b", "SECURITIES AND EXCHANGE COMMISSION", 11),
    ("center", "Washington, D.C. 20549", 9),
    ("gap", 3),
    ("center_b", "FORM 10-K", 15),
    ("gap", 2),
    ("center", "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", 8.5),
    ("center", "For the fiscal year ended December 31, 2025", 9),
    ("center", "Commission File Number: 001-41872", 9),
    ("gap", 3),
    ("center_b", "BRIGHTPAW HOSPITALS CORP.", 14),
    ("center", "(Exact name of registrant as specified in its charter)", 8),
    ("gap", 2),
    ("table", [50, 50], [
        ["Delaware", "86-3310457"],
        ["(State or other jurisdiction of incorporation)", "(I.R.S. Employer Identification No.)"],
    ], False),
    ("center", "4400 Lakeview Parkway, Suite 900, Nashville, Tennessee 37203 | (615) 555-0188", 9),
    ("gap", 2),
    ("p", "Securities registered pursuant to Section 12(b) of the Act:"),
    ("table", [45, 20, 35], [
        ["Title of each class", "Trading symbol", "Name of each exchange on which registered"],
        ["Common stock, par value $0.001 per share", "BPAW", "Nasdaq Global Select Market"],
    ], True),
    ("p", "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated filer, a "
          "non-accelerated filer, a smaller reporting company or an emerging growth company. Large accelerated "
          "filer [X]"),
    ("p", "The aggregate market value of the registrant's common stock held by non-affiliates as of June 30, 2025 "
          "was approximately $2.7 billion. As of February 20, 2026, 61,482,117 shares of the registrant's common "
          "stock were outstanding."),
    ("small", "This document reproduces selected portions of the Annual Report: Part I, Item 1 (Business) and "
              "Item 3 (Legal Proceedings); Part II, Item 7 (Liquidity and Capital Resources) and Item 9A "
              "(Controls and Procedures); and Exhibit 21.1. Omitted portions are indicated by ellipses."),
    ("break",),
    ("h1", "PART I"),
    ("h1", "Item 1. Business"),
    ("h2", "Overview"),
    ("p", "Brightpaw Hospitals Corp. (\"Brightpaw,\" the \"Company,\" \"we,\" \"us\" or \"our\") is one of the "
          "largest operators of companion-animal hospitals in North America. As of December 31, 2025, we operated "
          "912 general practice, specialty referral and 24-hour emergency hospitals in 31 U.S. states and three "
          "Canadian provinces, employing approximately 4,300 veterinarians and 17,800 support staff. For fiscal "
          "2025, we generated revenue of $2.41 billion, net income of $96.3 million and Adjusted EBITDA of "
          "$402.6 million."),
    ("p", "We grow through a combination of same-hospital revenue growth, de novo openings and acquisitions of "
          "established practices. On July 15, 2025, we completed the acquisition of Lakeshore Veterinary Group, "
          "Inc., an operator of 64 hospitals in Illinois, Michigan and Wisconsin, for aggregate cash consideration "
          "of $212.0 million. We completed a further 23 single-site acquisitions during the year for total "
          "consideration of $61.8 million."),
    ("h2", "Technology and Artificial Intelligence"),
    ("p", "We believe that artificial intelligence will change how veterinary care is documented, diagnosed and "
          "delivered, and we have prioritized tools that return time to our clinicians. Our clinical operations "
          "are supported by Brightpaw Assist, an AI-enabled medical records and visit summarization tool deployed "
          "in 97% of our hospitals. We license the underlying platform from Pawlytics, Inc. under a five-year "
          "agreement with annual fees of approximately $14.5 million. Brightpaw Assist and our other clinical "
          "applications are hosted on GPU and storage capacity purchased from Northgate Compute, LLC."),
    ("p", "Our in-house reference laboratory and teleradiology services are provided through Brightpaw Specialty "
          "Labs, LLC, which purchases digital radiography systems and AI reading licences from Corvane Imaging, "
          "Inc. We also generate a modest amount of revenue by licensing de-identified clinical data to research "
          "organizations, subject to client consent and our data governance policies."),
    ("h2", "Suppliers"),
    ("p", "We purchase pharmaceuticals, biologics, therapeutic diets and medical supplies from a limited number of "
          "manufacturers and distributors. The following table presents each supplier that accounted for 5% or "
          "more of our total purchases in fiscal 2025:"),
    ("table", [38, 32, 16, 14], [
        ["Supplier", "Principal products", "Fiscal 2025 purchases", "% of total purchases"],
        ["Kestrel Animal Health, Inc.", "Pharmaceuticals and biologics", "$118.4 million", "14%"],
        ["Ironleaf Pet Nutrition, Inc.", "Therapeutic and retail diets", "$76.2 million", "9%"],
    ], True),
    ("p", "We believe that alternative sources are available for most of the products we purchase, although the "
          "loss of a principal supplier could temporarily disrupt the availability of certain proprietary "
          "medicines and prescription diets in our hospitals."),
    ("h2", "Competition"),
    ("p", "The companion-animal hospital market is highly fragmented. We compete with national operators such as "
          "Meadowvale Animal Hospitals and VetSquare Holdings, as well as with regional groups, independent "
          "practices, retail-based clinics and, increasingly, telehealth providers. We believe we compete "
          "favorably on the basis of clinical quality, breadth of specialty services, technology and "
          "convenience."),
    ("h2", "Human Capital"),
    ("p", "Recruiting and retaining veterinarians is our most important operational priority. Our voluntary "
          "veterinarian turnover was 11.2% in fiscal 2025, compared with 13.9% in fiscal 2024. We attribute the "
          "improvement in part to reduced documentation burden following the rollout of Brightpaw Assist, which "
          "our internal surveys indicate saves an average of 74 minutes per veterinarian per day."),
    ("p", "..."),
    ("h1", "Item 3. Legal Proceedings"),
    ("p", "In March 2025, Meadowvale Animal Hospitals filed a complaint against Brightpaw Hospitals Corp. in the "
          "Court of Chancery of the State of Delaware alleging that we improperly solicited veterinarians bound "
          "by non-competition agreements. We believe the claims are without merit and intend to defend the "
          "action vigorously. We are also party to various other claims arising in the ordinary course of "
          "business, none of which we expect to have a material adverse effect on our financial position."),
    ("break",),
    ("h1", "PART II"),
    ("h1", "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
    ("p", "..."),
    ("h2", "Liquidity and Capital Resources"),
    ("p", "Our principal sources of liquidity are cash generated from operations and borrowings under our credit "
          "facility. As of December 31, 2025, we had cash and cash equivalents of $138.7 million. Net cash "
          "provided by operating activities was $311.4 million in fiscal 2025, compared with $268.0 million in "
          "fiscal 2024."),
    ("p", "On February 28, 2025, we entered into an amended and restated credit agreement with Harbor Ridge Bank, "
          "N.A., as administrative agent and lender, providing for a $450 million revolving credit facility "
          "maturing in February 2030. As of December 31, 2025, $185.0 million was outstanding under the facility, "
          "primarily reflecting borrowings to fund the Lakeshore acquisition. The credit agreement requires us to "
          "maintain a consolidated net leverage ratio of not more than 3.75 to 1.00, and we were in compliance "
          "with all covenants as of December 31, 2025."),
    ("p", "Capital expenditures were $118.2 million in fiscal 2025, of which approximately $21 million related to "
          "digital radiography, ultrasound and other diagnostic equipment. We expect capital expenditures of "
          "$125 million to $140 million in fiscal 2026."),
    ("h1", "Item 9A. Controls and Procedures"),
    ("p", "Management assessed the effectiveness of our internal control over financial reporting as of December "
          "31, 2025 and concluded that it was effective. Whitford & Lane LLP, the independent registered public "
          "accounting firm that audited the consolidated financial statements included in this Annual Report, "
          "has issued an attestation report on the effectiveness of Brightpaw's internal control over financial "
          "reporting as of December 31, 2025."),
    ("gap", 4),
    ("h1", "Exhibit 21.1 - Subsidiaries of the Registrant"),
    ("p", "The following are the significant subsidiaries of Brightpaw Hospitals Corp. as of December 31, 2025. "
          "Other subsidiaries, considered in the aggregate as a single subsidiary, would not constitute a "
          "significant subsidiary."),
    ("table", [50, 30, 20], [
        ["Name", "Jurisdiction of organization", "Ownership"],
        ["Brightpaw Emergency Partners, LLC", "Delaware", "100%"],
        ["Brightpaw Specialty Labs, LLC", "Delaware", "100%"],
        ["Lakeshore Veterinary Group, Inc.", "Illinois", "100%"],
    ], True),
]

# ---------------------------------------------------------------------------------------------
# Document 03: Laboratoires Verdanne S.A. - 2025 half-year financial report excerpt (English)
# ---------------------------------------------------------------------------------------------

DOC03 = [
    ("gap", 18),
    ("center_b", "LABORATOIRES VERDANNE S.A.", 16),
    ("center", "Société anonyme with share capital of EUR 24,638,600", 9),
    ("center", "Registered office: 18 quai Perrache, 69002 Lyon, France - 412 305 118 RCS Lyon", 9),
    ("center", "Euronext Paris, Compartment A - Ticker: VRDN", 9),
    ("gap", 12),
    ("center_b", "2025 HALF-YEAR FINANCIAL REPORT", 15),
    ("center", "Six months ended 30 June 2025", 11),
    ("gap", 6),
    ("center", "Free translation of the French-language Rapport financier semestriel of Laboratoires Verdanne S.A., "
               "provided for the convenience "
               "of English-speaking readers. Only the French version is authoritative.", 8.5),
    ("gap", 12),
    ("h2", "Contents"),
    ("p", "1. Key figures\n2. Half-year activity report\n3. Related-party transactions\n4. Shareholding structure\n"
          "5. Scope of consolidation\n6. Events after the reporting period\n7. Statutory auditors' review\n"
          "8. Statement by the person responsible for the half-year financial report"),
    ("break",),
    ("h1", "1. Key figures"),
    ("table", [40, 20, 20, 20], [
        ["(in EUR millions)", "H1 2025", "H1 2024", "Change"],
        ["Revenue", "498.3", "463.9", "+7.4%"],
        ["of which companion animals", "333.6", "305.2", "+9.3%"],
        ["of which livestock", "112.4", "110.8", "+1.4%"],
        ["of which pet nutrition", "52.3", "47.9", "+9.2%"],
        ["EBITDA before non-recurring items", "121.7", "109.4", "+11.2%"],
        ["Net income, Group share", "58.2", "51.0", "+14.1%"],
        ["Net financial debt (end of period)", "214.5", "236.8", "-9.4%"],
    ], True),
    ("h1", "2. Half-year activity report"),
    ("h2", "2.1 Companion animals"),
    ("p", "Companion-animal revenue rose 9.3% to EUR 333.6 million, driven by the Vermitrax antiparasitic range, "
          "which grew 15%, and by the first full half-year of sales of our long-acting feline vaccine. Sales to "
          "Clinivet Europe SAS, the Group's largest hospital-network customer, reached €36.7 million in the "
          "first half, or 11% of companion-animal revenue. Hospital networks now represent 34% of companion-animal "
          "sales in France, against 27% two years ago."),
    ("p", "In parasiticides, price competition from Marrowfield Pharma and from generic producers such as "
          "Laboratoires Caubel intensified in Spain and Italy. The Group responded with targeted rebates rather "
          "than list-price reductions, and Vermitrax volumes held up in both markets."),
    ("h2", "2.2 International"),
    ("p", "Outside Europe, revenue grew 6.1% at constant exchange rates. In Japan, Verdanne Japan K.K. sells the "
          "Vermitrax antiparasitic range to Hoshimura Pharmaceutical Co., Ltd., which distributes it to veterinary "
          "clinics across the country; sales in Japan rose 14% at constant exchange rates."),
    ("h2", "2.3 Pet nutrition"),
    ("p", "Pet nutrition revenue grew 9.2% to EUR 52.3 million. Nutrivelle SAS, the Group's pet-nutrition "
          "subsidiary, supplies veterinary therapeutic diets to all 140 Clinivet clinics in France and Belgium. "
          "Its AI-assisted formulation tool, trained on six years of clinical feeding data, shortened the "
          "development of the new renal diet range to nine months."),
    ("h2", "2.4 Digital and artificial intelligence"),
    ("p", "In March 2025, Verdanne subscribed €18.0 million to the Series B round of Algoria Santé Animale SAS, "
          "a Lyon-based company applying machine learning to antiparasitic drug design, raising the Group's "
          "holding to 22.4% of the share capital. Algoria has been accounted for using the equity method since "
          "1 April 2025."),
    ("p", "The Group also launched a research collaboration with Tsubame AI Solutions K.K. to apply generative "
          "chemistry models to next-generation feline vaccines; each party bears its own costs. Research and "
          "development expenses amounted to EUR 41.9 million, or 8.4% of revenue."),
    ("h2", "2.5 Financing"),
    ("p", "In April 2025, Banque Séquanaise arranged a new €200 million syndicated revolving credit facility "
          "for the Company, maturing in 2030 and including a margin adjustment linked to two sustainability "
          "indicators. Net financial debt decreased to EUR 214.5 million, representing 0.9 times EBITDA over "
          "the last twelve months."),
    ("h2", "2.6 Outlook"),
    ("p", "The Group confirms its full-year objectives: organic revenue growth of 6% to 8% and an EBITDA margin "
          "before non-recurring items of at least 24%."),
    ("h1", "3. Related-party transactions"),
    ("p", "The main transactions with related parties during the period are summarised below. They were "
          "concluded on arm's-length terms."),
    ("table", [33, 35, 16, 16], [
        ["Related party", "Nature of transaction", "H1 2025", "H1 2024"],
        ["Famille Verdanne Holding SAS", "Shareholder loan to the Company", "€25.0 million", "€25.0 million"],
        ["Algoria Santé Animale SAS", "Research services purchased", "€1.2 million", "€0.8 million"],
    ], True),
    ("h1", "4. Shareholding structure at 30 June 2025"),
    ("table", [40, 20, 20, 20], [
        ["Shareholder", "Number of shares", "% of share capital", "% of voting rights"],
        ["Famille Verdanne Holding SAS", "9,412,300", "38.2%", "52.6%"],
        ["Orsay Mutuelle Assurances", "1,503,000", "6.1%", "4.4%"],
        ["Employees (company savings plan)", "394,200", "1.6%", "1.9%"],
        ["Treasury shares", "88,700", "0.4%", "-"],
        ["Public", "13,240,400", "53.7%", "41.1%"],
        ["Total", "24,638,600", "100.0%", "100.0%"],
    ], True),
    ("h1", "5. Scope of consolidation"),
    ("table", [40, 15, 30, 15], [
        ["Company", "Country", "Activity", "% interest"],
        ["Nutrivelle SAS", "France", "Pet nutrition", "100%"],
        ["Verdanne Japan K.K.", "Japan", "Distribution", "100%"],
        ["Algoria Santé Animale SAS", "France", "AI drug discovery (equity method)", "22.4%"],
    ], True),
    ("h1", "6. Events after the reporting period"),
    ("p", "Discussions between Verdanne and Clinivet Europe regarding a possible minority equity investment were "
          "continuing at the date of this report, and no agreement has been signed. No other event likely to "
          "have a material impact on the Group's financial position has occurred since 30 June 2025."),
    ("h1", "7. Statutory auditors' review"),
    ("p", "The limited review of the condensed half-year consolidated financial statements was performed by "
          "Cabinet Delorme & Associés and Rivaud Audit, the Company's statutory auditors, who issued an "
          "unqualified review report on 17 September 2025."),
    ("h1", "8. Statement by the person responsible"),
    ("p", "I certify that, to the best of my knowledge, the condensed financial statements for the past half-year "
          "have been prepared in accordance with applicable accounting standards and give a true and fair view "
          "of the assets, financial position and results of the Company and of all the companies included in the "
          "consolidation, and that the half-year activity report presents a fair review of the important events "
          "of the first six months of the financial year, their impact on the financial statements, the main "
          "related-party transactions and the principal risks and uncertainties for the remaining six months."),
    ("p", "Lyon, 18 September 2025\nClaire Verdanne-Roux, Chief Executive Officer"),
]

# ---------------------------------------------------------------------------------------------
# Document 05: PetWell Medical Group Holdings Limited - HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------

DOC05 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，"
              "並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("gap", 3),
    ("center", "PetWell Medical Group Holdings Limited", 13),
    ("center", "寵康醫療集團控股有限公司", 15),
    ("center", "（於開曼群島註冊成立之有限公司）", 9),
    ("center", "（股份代號：2398）", 9),
    ("gap", 3),
    ("center", "持續關連交易", 12),
    ("center", "與智爪科技有限公司訂立數據授權及AI分診服務框架協議", 12),
    ("center", "及", 12),
    ("center", "自願公告", 12),
    ("center", "與星村製藥株式會社訂立總採購協議", 12),
    ("gap", 3),
    ("h1", "緒言"),
    ("p", "寵康醫療集團控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）董事會（「董事會」）宣佈，於2025年11月18日"
          "（交易時段後），本公司與智爪科技有限公司（「智爪科技」）訂立數據授權及AI分診服務框架協議（「框架協議」），"
          "為期三年，自2026年1月1日起至2028年12月31日止。同日，本公司亦與星村製藥株式會社（「星村製藥」）訂立總採購協議"
          "（「總採購協議」）。"),
    ("h1", "框架協議"),
    ("p", "日期：2025年11月18日\n訂約方：(1) 本公司；及 (2) 智爪科技"),
    ("h2", "(a) 數據授權"),
    ("p", "本集團將向智爪科技授權使用本集團旗下動物醫院經去識別化處理之診症紀錄、化驗結果及影像數據，僅供其訓練及驗證AI"
          "分診模型之用，智爪科技不得將有關數據轉授予任何第三方。智爪科技須就數據授權每年向本公司支付授權費港幣8,000,000元，"
          "並須於每季度結束後三十日內分期支付。"),
    ("h2", "(b) AI分診服務"),
    ("p", "本公司之間接全資附屬公司寵康（深圳）動物醫院管理有限公司（「寵康深圳」）將於其管理之動物醫院採用智爪科技之AI分診"
          "系統，服務費按每宗分診個案人民幣12元計算。"),
    ("h2", "定價基準"),
    ("p", "授權費乃由訂約方經參考獨立估值師就同類醫療數據授權所提供之市場費率，並考慮數據規模、質素及獨家程度後公平磋商釐定。"
          "AI分診服務費乃參考寵康深圳向其他系統供應商取得之報價釐定，並不遜於獨立第三方所提供之條款。"),
    ("h2", "年度上限"),
    ("table", [46, 18, 18, 18], [
        ["截至12月31日止年度", "2026年", "2027年", "2028年"],
        ["智爪科技應付之數據授權費（港幣）", "8,000,000", "8,000,000", "8,000,000"],
        ["寵康深圳應付之AI分診服務費（人民幣）", "4,000,000", "5,000,000", "6,000,000"],
    ], True),
    ("p", "上述年度上限乃參考本集團現有及計劃開設之動物醫院數目、預期分診個案數量及合理增長緩衝而釐定。"),
    ("h1", "訂立框架協議之理由及裨益"),
    ("p", "本集團累積逾十年之動物醫院診症紀錄，董事認為在妥善保障客戶私隱之前提下授權使用去識別化數據，可為本集團帶來穩定之"
          "經常性收入。同時，前台分診為本集團動物醫院人手最緊絀之環節之一，採用AI分診系統有助縮短危急個案之等候時間，並減輕"
          "前線員工之工作壓力。董事（包括獨立非執行董事）認為，框架協議之條款屬公平合理，按一般商業條款訂立，並符合本公司及"
          "股東之整體利益。"),
    ("h1", "上市規則涵義"),
    ("p", "於本公告日期，智爪科技由本公司執行董事陳浩賢先生之胞弟陳浩德先生擁有約35%權益。因此，智爪科技為陳浩賢先生之聯繫人，"
          "並根據上市規則第14A章為本公司之關連人士，框架協議項下之交易構成本公司之持續關連交易。陳浩賢先生已就批准框架協議之"
          "董事會決議案放棄投票。"),
    ("p", "由於框架協議項下年度上限之最高適用百分比率超過0.1%但低於5%，框架協議項下之交易須遵守上市規則第14A章之申報、公告"
          "及年度審閱規定，惟獲豁免遵守通函及獨立股東批准之規定。"),
    ("p", "本公司已委聘嘉域融資有限公司及衡正會計師事務所，分別就年度上限之釐定基準提供意見及執行協定程序。"),
    ("h1", "總採購協議"),
    ("p", "日期：2025年11月18日\n訂約方：(1) 本公司；及 (2) 星村製藥"),
    ("p", "根據總採購協議，星村製藥同意向本集團供應動物藥品、疫苗及以AI輔助配方之處方糧，預計截至2026年12月31日止年度之採購"
          "總額約為港幣96,000,000元。採購價格將按個別訂單釐定，並參考星村製藥向其他亞洲分銷商提供之價格。"),
    ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，星村製藥及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。由於"
          "總採購協議項下交易之所有適用百分比率均低於5%，故總採購協議並不構成上市規則第14章項下之須予公佈交易。本公司自願"
          "作出本公告，以知會股東及潛在投資者有關本集團之最新業務發展。"),
    ("p", "本集團將以內部資源及恒港銀行有限公司於2025年10月授予本公司之港幣150,000,000元循環貸款融資支付總採購協議項下之"
          "款項。"),
    ("h1", "有關訂約方之資料"),
    ("p", "本集團主要於香港及大灣區經營動物醫院及專科轉介中心，截至本公告日期合共營運41間動物醫院。本集團於香港之18間動物醫院"
          "由本公司之全資附屬公司寵康（香港）動物醫院有限公司營運。"),
    ("p", "於本公告日期，本公司之控股股東翠峰投資有限公司持有本公司已發行股份約52.3%。"),
    ("p", "於香港市場，本集團之主要競爭對手包括康澤動物醫療集團及維港寵物醫院集團。"),
    ("p", "智爪科技為一間於香港註冊成立之有限公司，主要從事開發寵物醫療AI分診及病歷分析軟件。"),
    ("p", "星村製藥為一間於日本註冊成立之公司，其股份於東京證券交易所Prime市場上市（證券代碼：4581），主要從事動物藥品及寵物"
          "食品之研發、生產及銷售。"),
    ("h1", "澄清公告"),
    ("p", "寵康醫療董事會注意到近期有關寵康醫療擬收購維港寵物醫院集團之傳媒報道，並澄清寵康醫療並無與維港寵物醫院集團進行任何"
          "收購磋商。本公司股東及潛在投資者於買賣本公司股份時，務請審慎行事。"),
    ("break",),
    ("h1", "釋義"),
    ("table", [28, 72], [
        ["「寵康深圳」", "寵康（深圳）動物醫院管理有限公司，一間於中國成立之有限公司，為本公司之間接全資附屬公司"],
        ["「上市規則」", "香港聯合交易所有限公司證券上市規則"],
        ["「港幣」", "港幣，香港法定貨幣"],
        ["「人民幣」", "人民幣，中國法定貨幣"],
    ], False),
    ("gap", 4),
    ("p", "承董事會命\n寵康醫療集團控股有限公司\n主席\n陳浩賢"),
    ("p", "香港，2025年11月18日"),
    ("p", "於本公告日期，董事會包括執行董事陳浩賢先生（主席）、蘇慧琳女士及林家俊醫生；非執行董事吳志遠先生；以及獨立非執行董事"
          "何美玲女士、鄭國彬教授及梁子健先生。"),
]


class Doc(FPDF):
    """FPDF with a running footer."""

    def __init__(self, footer_text: str, font: str):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.body_font = font
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(20, 18, 20)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=8)
        self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")


def otf_to_ttf(font: TTFont) -> None:
    """Replace the CFF outlines of a font by TrueType quadratic outlines, in place."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(len(getattr(g, "components", []) or []) for g in glyf.glyphs.values())
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def cjk_subset_font(script: str, text: str, out_dir: Path) -> Path:
    """Subset one face of the Noto Sans CJK collection to `text` and save it as a TrueType font."""
    font = TTFont(str(CJK_TTC), fontNumber=CJK_FACE[script])
    options = Options()
    options.desubroutinize = True
    options.notdef_outline = True
    subsetter = Subsetter(options=options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    otf_to_ttf(font)
    path = out_dir / f"noto_cjk_{script}_subset.ttf"
    font.save(str(path))
    return path


def doc_text(blocks) -> str:
    """All the text of a document, used to choose the glyphs of the CJK subset."""
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        else:
            parts.extend(item for item in block[1:] if isinstance(item, str))
    return "".join(parts)


def render(pdf: Doc, blocks, font: str, body_size: float, cjk: bool) -> None:
    wrap = "CHAR" if cjk else "WORD"
    bold = "" if cjk else "B"
    pdf.add_page()
    width = pdf.epw
    for block in blocks:
        kind = block[0]
        if kind == "break":
            pdf.add_page()
        elif kind == "gap":
            pdf.ln(block[1])
        elif kind in ("center", "center_b"):
            pdf.set_font(font, style=bold if kind == "center_b" else "", size=block[2])
            pdf.multi_cell(width, block[2] * 0.5, block[1], align="C", wrapmode=wrap, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h1":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(font, style=bold, size=body_size + 2)
            pdf.multi_cell(width, 6.5, block[1], align="L", wrapmode=wrap, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.set_font(font, style=bold, size=body_size + 0.5)
            pdf.multi_cell(width, 6, block[1], align="L", wrapmode=wrap, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(font, size=body_size)
            pdf.multi_cell(width, body_size * 0.55, block[1], align="L", wrapmode=wrap, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font(font, size=body_size - 1.5)
            pdf.multi_cell(width, 4, block[1], align="L", wrapmode=wrap, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            _, widths, rows, heading = block
            pdf.set_font(font, size=body_size - 1)
            with pdf.table(
                col_widths=widths,
                first_row_as_headings=heading,
                text_align="LEFT",
                line_height=body_size * 0.5,
                wrapmode=wrap,
                headings_style=FontFace(emphasis=bold),
            ) as table:
                for row in rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(f"unknown block kind {kind!r}")


def build_latin(blocks, footer: str, out_name: str) -> None:
    pdf = Doc(footer, "DejaVu")
    pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    render(pdf, blocks, "DejaVu", 9.5, cjk=False)
    pdf.output(str(HERE / out_name))


def build_cjk(blocks, footer: str, out_name: str, script: str) -> None:
    chars = set(doc_text(blocks) + footer + "0123456789-")
    with tempfile.TemporaryDirectory() as tmp:
        font_path = cjk_subset_font(script, "".join(sorted(chars)), Path(tmp))
        pdf = Doc(footer, "NotoCJK")
        pdf.add_font("NotoCJK", "", str(font_path))
        render(pdf, blocks, "NotoCJK", 10, cjk=True)
        pdf.output(str(HERE / out_name))


def main() -> None:
    build_latin(DOC02, "{page}", "02_Brightpaw_10-K.pdf")
    build_latin(DOC03, "Laboratoires Verdanne - 2025 Half-Year Financial Report - {page}", "03_Verdanne_half_year_report.pdf")
    build_cjk(DOC05, "- {page} -", "05_PetWell_HKEX_announcement.pdf", "tc")
    print("built 02, 03 and 05")


if __name__ == "__main__":
    main()
