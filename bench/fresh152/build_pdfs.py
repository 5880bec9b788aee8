"""Build the PDF documents of the fresh152 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English PDFs use DejaVu Sans. Chinese PDFs use one face of
NotoSansCJK-Regular.ttc (index 2 = Simplified, index 3 = Traditional), subset
to the characters used and converted from CFF to TrueType outlines, because
fpdf2 cannot read the collection directly.
"""

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
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NOTO_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC = 2
FACE_TC = 3

# Block kinds: ("title", text), ("sub", text), ("right", text), ("h", text),
# ("h2", text), ("p", text), ("small", text),
# ("table", col_widths, rows, header_row), ("page",)

DOC02 = [
    ("title", "THANH LAM EDUCATION GROUP JOINT STOCK COMPANY"),
    ("sub", "Annual Report 2024 - Excerpt"),
    ("sub", "HOSE: TLE | 182 Nguyen Van Troi Street, Phu Nhuan District, Ho Chi "
            "Minh City, Vietnam"),
    ("h", "1. Message from the Chairwoman (excerpt)"),
    ("p", "Dear Shareholders,"),
    ("p", "2024 was the year in which artificial intelligence moved from a pilot "
          "in a handful of our classrooms to a daily tool for every teacher in the "
          "Group. Thanh Lam Education Group enrolled 38,400 students across 27 "
          "K-12 campuses and 46 tutoring centres, and consolidated revenue grew "
          "17.6% to VND 2,914 billion. Profit after tax rose 21.3% to VND 388 "
          "billion, and the Board has proposed a cash dividend of VND 1,200 per "
          "share."),
    ("p", "We introduced AI-assisted lesson planning on all campuses in the second "
          "semester and extended AI homework support to every student from Grade 6 "
          "to Grade 12. Teachers, not software, remain at the centre of what we "
          "do, but the tools now give each teacher back roughly four hours a week, "
          "and parents tell us that daily feedback has changed how they follow "
          "their children's progress."),
    ("p", "Media reports in August 2024 suggesting that Thanh Lam was in talks to "
          "merge with Phuong Dong Academy JSC were inaccurate, and the Board "
          "confirms that no such discussions have taken place. Our strategy "
          "remains organic growth complemented by selective acquisitions of "
          "single-site schools and preschools."),
    ("p", "Do Thanh Lam, Chairwoman of the Board"),
    ("h", "2. Business review"),
    ("h2", "2.1 K-12 schools"),
    ("p", "Our 27 campuses in Ho Chi Minh City, Hanoi, Bien Hoa and Da Nang "
          "enrolled 31,900 students at the start of the 2024-2025 school year, "
          "7.1% more than a year earlier, with average annual tuition of VND 142 "
          "million. Among listed peers, Phuong Dong Academy JSC and Saigon Horizon "
          "Schools JSC compete most directly with Thanh Lam for fee-paying "
          "families in Ho Chi Minh City, while international schools compete at "
          "the top of the fee range."),
    ("h2", "2.2 Curriculum, content and AI"),
    ("p", "Mekong Primer Publishing Joint Stock Company remained our largest "
          "supplier of printed and digital textbooks, with purchases of VND 184.3 "
          "billion in 2024. Its digital editions are now the default reading "
          "material on our student tablets, which allows our AI tools to reference "
          "the same pages that students see."),
    ("p", "Under a five-year licence renewed in 2024, Kirinaga Juku Holdings Co., "
          "Ltd. supplies the exam-preparation curriculum and teacher-training "
          "modules used in our Grade 9 and Grade 12 intensive programmes, for "
          "which we paid licence fees of VND 41.7 billion during the year. Pass "
          "rates for the Grade 10 public entrance examination among students in "
          "the intensive programme reached 96.4%."),
    ("h2", "2.3 Tutoring and digital learning"),
    ("p", "Bach Tung, our after-school tutoring chain, added six centres in Hanoi "
          "and Hai Phong and grew revenue by 26% to VND 318 billion. Bach Tung "
          "licenses the adaptive practice engine that powers its after-class "
          "homework app from Zhilan Education Technology Co., Ltd., paying a "
          "per-student annual fee that totalled VND 12.8 billion in 2024. Thanh "
          "Lam Digital Academy, our online learning business, reached 9,200 paying "
          "subscribers and broke even in the fourth quarter."),
    ("h2", "2.4 Acquisition"),
    ("p", "On 2 October 2024, Thanh Lam completed the acquisition of 100% of "
          "Truong Xanh Kindergarten System Company Limited, which operates nine "
          "bilingual preschools in Ho Chi Minh City, for a cash consideration of "
          "VND 236 billion. Truong Xanh contributed VND 37 billion of revenue in "
          "the fourth quarter and gives the Group a feeder network for our primary "
          "schools."),
    ("h2", "2.5 Financing"),
    ("p", "In June 2024, Tan Phu Commercial Joint Stock Bank extended a seven-year "
          "term loan of VND 450 billion to Thanh Lam Education Group to finance "
          "the construction of two K-12 campuses in Thu Duc City and Bien Hoa. VND "
          "310 billion had been drawn at 31 December 2024, and net debt to EBITDA "
          "stood at 1.2 times."),
    ("h", "3. Group structure"),
    ("p", "The principal subsidiaries of Thanh Lam Education Group Joint Stock "
          "Company at 31 December 2024 were as follows:"),
    ("table", (86, 50, 34), [
        ("Company", "Principal activity", "Group interest"),
        ("Bach Tung Tutoring Company Limited", "After-school tutoring", "100.0%"),
        ("Thanh Lam Digital Academy Company Limited", "Online AI learning", "75.0%"),
        (
            "Truong Xanh Kindergarten System Company Limited",
            "Bilingual preschools",
            "100.0%",
        ),
    ], True),
    ("p", "The remaining 25.0% of Thanh Lam Digital Academy is held by Kirinaga "
          "Juku Holdings Co., Ltd. of Japan, which "
          "contributed VND 62.5 billion in cash at formation."),
    ("h", "4. Shareholder structure"),
    ("p", "Shareholders holding 5% or more of the Company's shares as at 14 March "
          "2025, the record date for the 2025 Annual General Meeting:"),
    ("table", (86, 44, 40), [
        ("Shareholder", "Shares held", "Ownership"),
        ("Ms. Do Thanh Lam (Chairwoman)", "46,200,000", "30.5%"),
        ("Shirasagi Shoin Co., Ltd.", "18,750,000", "12.4%"),
        ("Tessellate Asia Education Fund II, L.P.", "14,820,000", "9.8%"),
        ("Other shareholders", "71,630,000", "47.3%"),
        ("Total", "151,400,000", "100.0%"),
    ], True),
    ("p", "Shirasagi Shoin, a Kyoto-based education publisher, has been a "
          "strategic shareholder since 2021 and nominates one member of the Board "
          "of Directors."),
    ("h", "5. Audit"),
    ("p", "An Tin Auditing Company Limited audited the consolidated financial "
          "statements of Thanh Lam Education Group JSC for the year ended 31 "
          "December 2024 and issued an unqualified opinion. The full financial "
          "statements and notes are presented in Section 7 of this Annual Report."),
]

DOC06 = [
    ("right", "June 12, 2025"),
    ("right", "Company name: Kirinaga Juku Holdings Co., Ltd."),
    ("right", "Representative: Hiroshi Kanemura, President and Representative "
              "Director"),
    ("right", "(Securities code: 9361, Tokyo Stock Exchange Prime Market)"),
    ("right", "Contact: Aya Morishita, General Manager, Corporate Planning "
              "Department"),
    ("right", "(TEL: +81-3-6825-4410)"),
    ("title", "Notice Concerning Capital and Business Alliance with Shirasagi "
              "Shoin Co., Ltd. and Acquisition of Its Shares Through Third-Party "
              "Allotment"),
    ("p", "Kirinaga Juku Holdings Co., Ltd. (the \"Company\") hereby announces "
          "that its Board of Directors resolved at a meeting held today to enter "
          "into a capital and business alliance agreement (the \"Alliance\") with "
          "Shirasagi Shoin Co., Ltd. (Securities code: 9472, Tokyo Stock Exchange "
          "Standard Market; \"Shirasagi Shoin\") and to subscribe for shares of "
          "Shirasagi Shoin to be issued through a third-party allotment, as "
          "described below."),
    ("h", "1. Purpose of and reasons for the Alliance"),
    ("p", "The Company operates 412 cram-school classrooms for elementary, junior "
          "high and high school students in the Kanto, Kansai and Tokai regions "
          "under the Kirinaga Juku brand. Since the fiscal year ended March 2023 "
          "it has deployed AI-based individualised practice in all classrooms, and "
          "student retention in classrooms using AI practice has improved by 4.1 "
          "percentage points."),
    ("p", "Shirasagi Shoin has supplied textbooks and mock-examination booklets to "
          "all Kirinaga classrooms since 2011, and purchases from Shirasagi Shoin "
          "amounted to ¥1,870 million in the fiscal year ended March 31, 2025. The "
          "two companies have concluded that combining Shirasagi Shoin's "
          "curriculum-aligned content with the Company's classroom learning data "
          "will allow them to develop AI-graded workbooks faster than either could "
          "alone, and that a capital relationship is appropriate to support a "
          "long-term commitment."),
    ("h", "2. Details of the Alliance"),
    ("p", "(1) Business alliance. The two companies will (i) jointly develop "
          "AI-graded workbooks for junior high school mathematics and English, to "
          "be introduced in Kirinaga classrooms from April 2026; (ii) share "
          "anonymised answer data under a data-protection framework approved by "
          "both boards; and (iii) study the joint sale of the resulting products "
          "to other cram schools."),
    ("p", "(2) Capital alliance. Under the Alliance, Kirinaga will acquire "
          "3,120,000 common shares of Shirasagi Shoin, representing 14.9% of its "
          "voting rights after the allotment, through a third-party allotment of "
          "new shares at ¥1,350 per share, for a total of ¥4,212 million. The "
          "issue price represents a 4.2% discount to the one-month average closing "
          "price of Shirasagi Shoin's shares."),
    ("h", "3. Overview of the counterparty"),
    ("table", (52, 118), [
        ("Name", "Shirasagi Shoin Co., Ltd."),
        ("Location", "Nakagyo-ku, Kyoto"),
        ("Representative", "Michiko Tabuchi, President and Representative Director"),
        (
            "Business",
            "Publishing of school textbooks, study aids and mock examinations",
        ),
        ("Capital", "¥2,480 million"),
        ("Established", "April 1952"),
        ("Capital relationship", "None before the allotment"),
        ("Personnel relationship", "None"),
        (
            "Business relationship",
            "The Company purchases textbooks from Shirasagi Shoin",
        ),
        ("Related-party status", "Not a related party"),
    ], False),
    ("h", "4. Number of shares to be acquired and shareholding before and after"),
    ("table", (80, 90), [
        ("Shares held before acquisition", "0 (0.0% of voting rights)"),
        ("Shares to be acquired", "3,120,000"),
        ("Acquisition price", "¥4,212 million (¥1,350 per share)"),
        ("Shares held after acquisition", "3,120,000 (14.9% of voting rights)"),
    ], False),
    ("h", "5. Funding"),
    ("p", "Kirinaga will fund the acquisition with cash on hand and a ¥3,000 "
          "million term loan from Setouchi Trust Bank, Ltd., to be drawn on June "
          "30, 2025. The loan has a five-year tenor and is unsecured."),
    ("h", "6. Schedule"),
    ("table", (100, 70), [
        ("Board resolution", "June 12, 2025"),
        ("Conclusion of the alliance agreement", "June 12, 2025"),
        ("Payment date for the allotment", "June 30, 2025"),
    ], False),
    ("h", "7. Advisers and price determination"),
    ("p", "Meridian Ridge Securities Co., Ltd. acted as financial adviser to "
          "Kirinaga in connection with the Alliance, and Tsubame Law Office acted "
          "as its legal counsel. Okazaki Valuation Advisory Co., Ltd., engaged by "
          "Shirasagi Shoin, has issued an opinion that the issue price is not "
          "particularly favourable to the allottee."),
    ("h", "8. Other matters (reference information on related AI initiatives)"),
    ("p", "Kirinaga AI Lab K.K., a wholly owned subsidiary of the Company "
          "established in 2022, will lead the joint development work on the "
          "Company's side. Kirinaga AI Lab is jointly researching automated "
          "scoring of spoken Japanese with Cadenza Voice Technologies Ltd. under a "
          "cost-sharing arrangement, with no payments between the parties. "
          "Kirinaga AI Lab also provides its essay-feedback model to Thanh Lam "
          "Digital Academy Company Limited in Vietnam under a service agreement "
          "worth ¥96 million per year."),
    ("p", "In addition, Kirinaga licenses its bank of approximately 180,000 past "
          "entrance-examination items to Lumora Learning Systems, Inc. (Nasdaq: "
          "LUMR), and received licence fees of ¥612 million in the fiscal year "
          "ended March 31, 2025. Items developed under the Alliance will not be "
          "included in that licence."),
    ("p", "The Company is aware of speculation in certain media that Sakuragawa "
          "Seminar Co., Ltd. had also approached Shirasagi Shoin regarding a "
          "capital tie-up; the Company has no knowledge of any such discussions."),
    ("h", "9. Outlook"),
    ("p", "The impact of the Alliance on the Company's consolidated results for "
          "the fiscal year ending March 31, 2026 is expected to be minor. The "
          "Company will promptly disclose any matter that requires disclosure."),
    ("p", "End of document"),
]

DOC03 = [
    ("sub", "证券代码：301867　　　证券简称：知澜教育　　　公告编号：2025-038"),
    ("title", "知澜教育科技股份有限公司"),
    ("title", "关于对外投资及签订日常经营重大合同的公告"),
    ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、"
          "误导性陈述或重大遗漏。"),
    ("h", "重要内容提示："),
    ("p", "1、投资标的名称：鹿鸣课堂教育科技（杭州）有限公司。"),
    ("p", "2、投资金额：人民币8,000万元，增资完成后公司持有其16.00%股权。"),
    ("p", "3、本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》"
          "规定的重大资产重组。"),
    ("p", "4、风险提示：标的公司经营受行业政策、市场竞争等因素影响，投资收益存在不"
          "确定性，敬请广大投资者注意投资风险。"),
    ("h", "一、对外投资概述"),
    ("p", "（一）知澜教育科技股份有限公司（以下简称“公司”或“知澜教育”）于2025年4月1"
          "8日召开第三届董事会第十二次会议，审议通过了《关于对鹿鸣课堂教育科技（杭"
          "州）有限公司增资的议案》。"),
    ("p", "（二）公司拟以自有资金人民币8,000万元认购鹿鸣课堂教育科技（杭州）有限公"
          "司（以下简称“鹿鸣课堂”）新增注册资本人民币312.50万元，本次增资完成后，公"
          "司将持有鹿鸣课堂16.00%的股权。"),
    ("p", "（三）根据《深圳证券交易所创业板股票上市规则》及《公司章程》的相关规定，"
          "本次对外投资事项在董事会审批权限范围内，无需提交股东大会审议。"),
    ("h", "二、投资标的基本情况"),
    ("table", (50, 120), [
        ("项目", "内容"),
        ("公司名称", "鹿鸣课堂教育科技（杭州）有限公司"),
        ("成立日期", "2019年7月2日"),
        ("注册地址", "浙江省杭州市滨江区长河街道江汉路1785号"),
        ("法定代表人", "罗书言"),
        ("主营业务", "中小学课外辅导及AI自适应练习服务"),
        ("经营规模", "在浙江、江苏两省运营学习中心112家"),
        ("2024年度营业收入", "人民币38,620.45万元"),
        ("2024年度净利润", "人民币4,108.73万元"),
    ], True),
    ("p", "鹿鸣课堂所处的课外辅导行业竞争较为激烈，主要竞争对手包括北辰学伴科技有限"
          "公司、启航优学教育科技有限公司等区域性连锁机构。经查询，鹿鸣课堂不属于失"
          "信被执行人。"),
    ("h", "三、增资协议的主要内容"),
    ("p", "（一）增资价款：公司以人民币8,000万元认购鹿鸣课堂新增注册资本，溢价部分"
          "计入资本公积。"),
    ("p", "（二）支付安排：公司应于增资协议生效且先决条件全部满足后十五个工作日内一"
          "次性支付增资价款。"),
    ("p", "（三）公司治理：增资完成后，公司有权向鹿鸣课堂委派一名董事，并对其年度预"
          "算及重大对外投资享有知情权。"),
    ("h", "四、签订日常经营重大合同的情况"),
    ("p", "（一）近日，公司与弘学国际教育集团有限公司（以下简称“弘学国际”）签订《AI"
          "教学系统采购及服务合同》，由公司向弘学国际旗下42所民办学校提供AI备课、作"
          "业批改及学情分析系统，合同总金额为人民币1.35亿元（含税），服务期限为三年"
          "。"),
    ("p", "（二）弘学国际为香港联交所主板上市公司（股份代号：2397），在广东、广西及"
          "湖南运营民办学校。公司与弘学国际不存在关联关系，最近三个会计年度与其发生"
          "的同类业务交易金额均未超过公司当年营业收入的10%。"),
    ("p", "（三）为保障上述合同履约，公司向云栈算力科技有限公司（以下简称“云栈算力”"
          "）租赁GPU算力资源，2025年度预计采购金额为人民币6,600万元。公司AI题库所使"
          "用的教材同步内容由青屿出版传媒股份有限公司（证券代码：603961，以下简称“"
          "青屿传媒”）授权，2024年度公司向青屿传媒支付内容授权费人民币4,200万元。"),
    ("p", "（四）公司全资子公司杭州知澜智学软件有限公司（以下简称“知澜智学”）与越南"
          "湄公启蒙出版股份公司（Mekong Primer Publishing Joint Stock Company）签订"
          "《AI智能编校系统服务协议》，由知澜智学为其提供越南语教辅图书智能编校服务"
          "，协议金额为人民币1,180万元。"),
    ("h", "五、资金来源"),
    ("p", "本次增资及合同履约所需资金来源于公司自有资金及钱江云岫银行股份有限公司向"
          "公司授予的人民币3亿元综合授信额度。"),
    ("h", "六、对公司的影响"),
    ("p", "本次增资有利于公司将AI自适应练习产品延伸至线下辅导场景，获取真实教学数据"
          "以持续优化模型。上述重大合同的履行预计将对公司未来三个会计年度的经营业绩"
          "产生积极影响，公司主要业务不会因履行合同而对合同对方形成依赖。"),
    ("p", "近期有媒体报道称知澜教育拟收购启航优学教育科技有限公司，经核实，公司目前"
          "未与启航优学就任何收购事项进行接触或洽谈。"),
    ("h", "七、保荐机构核查意见"),
    ("p", "经核查，保荐机构华睿证券股份有限公司认为：知澜教育本次对外投资事项已经公"
          "司董事会审议通过，履行了必要的审批程序，保荐机构对知澜教育本次对外投资事"
          "项无异议。"),
    ("h", "八、风险提示"),
    ("p", "鹿鸣课堂的经营可能受到校外培训监管政策变化、区域市场竞争加剧及核心教师流"
          "失等因素影响；重大合同履行过程中可能面临客户需求变化、技术迭代等风险。敬"
          "请广大投资者理性投资，注意投资风险。"),
    ("h", "九、备查文件"),
    ("p", "1、第三届董事会第十二次会议决议；2、增资协议；3、《AI教学系统采购及服务"
          "合同》；4、保荐机构核查意见。"),
    ("p", "特此公告。"),
    ("right", "知澜教育科技股份有限公司董事会"),
    ("right", "2025年4月19日"),
]

DOC04 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負"
              "責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全"
              "部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "弘學國際教育集團有限公司"),
    ("sub", "Hongxue International Education Group Limited"),
    ("sub", "（於開曼群島註冊成立之有限公司）"),
    ("sub", "（股份代號：2397）"),
    ("title", "須予披露交易"),
    ("sub", "收購廣州澄溪雙語學校有限公司全部股權"),
    ("sub", "及"),
    ("sub", "根據一般授權認購新股份"),
    ("h", "收購事項"),
    ("p", "董事會欣然宣佈，於2025年5月9日（交易時段後），本公司之間接全資附屬公司廣"
          "州弘學教育管理有限公司（「買方」）與廣州澄溪投資控股有限公司（「賣方」）"
          "訂立股權轉讓協議，據此，買方有條件同意收購而賣方有條件同意出售廣州澄溪雙"
          "語學校有限公司（「目標公司」）之全部股權，代價為人民幣320,000,000元。"),
    ("h", "認購事項"),
    ("p", "董事會亦宣佈，於同日，本公司與青嶼出版傳媒股份有限公司（「認購方」）訂立"
          "認購協議，據此，認購方有條件同意按每股認購股份港幣2.86元之認購價認購合共"
          "120,000,000股新股份，總認購價為港幣343,200,000元。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關收購事項之一項或多項適用百分比率超過5%但全部低於25%，收購事項構"
          "成本公司之須予披露交易，須遵守上市規則第14章項下之通知及公告規定。認購股"
          "份將根據一般授權配發及發行，毋須經股東批准。"),
    ("h", "1. 收購事項"),
    ("h2", "1.1 代價及付款"),
    ("p", "代價人民幣320,000,000元將分三期以現金支付：(i)人民幣96,000,000元於簽署協"
          "議後十個營業日內支付；(ii)人民幣160,000,000元於完成時支付；及(iii)餘額人"
          "民幣64,000,000元於完成後十二個月內支付。"),
    ("p", "獨立估值師卓衡評估有限公司評估廣州澄溪雙語學校有限公司全部股權於2025年3"
          "月31日之市場價值為人民幣338,500,000元。代價乃經買方與賣方參考上述估值按"
          "公平原則磋商後釐定。"),
    ("p", "代價將以本集團內部資源及東泓銀行有限公司向本公司提供之港幣250,000,000元"
          "三年期定期貸款撥付。"),
    ("h2", "1.2 目標公司之資料"),
    ("p", "目標公司於2012年成立，於廣州市番禺區營運一所提供小學至高中課程之民辦雙語"
          "學校，2024/25學年在校學生約2,350名。於本公告日期，廣州澄溪雙語學校有限公"
          "司由廣州澄溪投資控股有限公司全資擁有。"),
    ("table", (70, 50, 50), [
        ("截至12月31日止年度", "2023年", "2024年"),
        ("收入（人民幣百萬元）", "168.4", "181.9"),
        ("除稅前溢利（人民幣百萬元）", "32.6", "37.1"),
        ("除稅後溢利（人民幣百萬元）", "24.5", "27.8"),
    ], True),
    ("h2", "1.3 進行收購事項之理由及裨益"),
    ("p", "收購事項將使本集團在廣州之學校增至九所，並新增約2,350名在校學生。本集團"
          "自2023年起於旗下學校使用知瀾教育科技股份有限公司提供之AI備課及作業批改系"
          "統，並計劃於完成後將該系統推廣至目標學校。此外，本集團已與日本桐長塾控股"
          "株式會社訂立合作備忘錄，於目標學校試行日式升學輔導課程，雙方概不就此互相"
          "支付任何費用。"),
    ("h", "2. 認購事項"),
    ("h2", "2.1 認購價"),
    ("p", "認購價每股認購股份港幣2.86元較股份於2025年5月9日在聯交所所報之收市價每股"
          "港幣3.05元折讓約6.23%。"),
    ("h2", "2.2 認購方之資料"),
    ("p", "青嶼出版傳媒股份有限公司為一家於中華人民共和國註冊成立之股份有限公司，其"
          "A股於上海證券交易所上市（證券代碼：603961），主要從事中小學教材、教輔圖"
          "書及數字教育內容之出版發行。截至2024年12月31日止年度，鹿鳴課堂教育科技（"
          "杭州）有限公司向青嶼傳媒採購教輔內容及題庫授權約人民幣5,600萬元，為其五"
          "大客戶之一。據董事作出一切合理查詢後所深知、盡悉及確信，認購方及其最終實"
          "益擁有人均為獨立第三方。"),
    ("h2", "2.3 所得款項用途"),
    ("p", "認購事項之所得款項淨額估計約為港幣341,800,000元，擬用作(i)約60%支付收購"
          "事項之部分代價；及(ii)約40%用於旗下學校之AI教學系統及數字化教學內容建設"
          "。"),
    ("h2", "2.4 對本公司股權架構之影響"),
    ("table", (62, 27, 27, 27, 27), [
        ("股東", "現有股份數目", "概約%", "完成後股份數目", "概約%"),
        ("弘學控股有限公司", "700,000,000", "52.12%", "700,000,000", "47.85%"),
        (
            "Tessellate Asia Education Fund II, L.P.",
            "98,600,000",
            "7.34%",
            "98,600,000",
            "6.74%",
        ),
        ("青嶼出版傳媒股份有限公司", "–", "–", "120,000,000", "8.20%"),
        ("其他公眾股東", "544,400,000", "40.54%", "544,400,000", "37.21%"),
        ("總計", "1,343,000,000", "100.00%", "1,463,000,000", "100.00%"),
    ], True),
    ("small", "附註：弘學控股有限公司由本公司主席陳弘毅先生全資擁有。"),
    ("h", "3. 財務顧問"),
    ("p", "嘉域融資有限公司已獲弘學國際委任為收購事項及認購事項之財務顧問。"),
    ("h", "4. 澄清市場傳聞"),
    ("p", "董事會注意到近日有關本公司與其他辦學機構進行合併磋商之市場傳聞。董事會謹"
          "此澄清，弘學國際並無與嶺南育才教育集團有限公司進行任何有關合併之磋商，亦"
          "無訂立任何協議。"),
    ("h", "5. 釋義"),
    ("p", "「本公司」或「弘學國際」指弘學國際教育集團有限公司；「買方」指廣州弘學教"
          "育管理有限公司；「賣方」指廣州澄溪投資控股有限公司；「目標公司」指廣州澄"
          "溪雙語學校有限公司；「認購方」指青嶼出版傳媒股份有限公司；「聯交所」指香"
          "港聯合交易所有限公司。"),
    ("right", "承董事會命"),
    ("right", "弘學國際教育集團有限公司"),
    ("right", "主席 陳弘毅"),
    ("right", "香港，2025年5月9日"),
    ("small", "於本公告日期，董事會包括執行董事陳弘毅先生、林曉雯女士及周振邦先生；"
              "以及獨立非執行董事梁家豪先生、何慧珊女士及馬志遠先生。"),
]

DOCS = [
    ("02_ThanhLam_annual_report.pdf", DOC02, None,
     "Thanh Lam Education Group JSC | Annual Report 2024 | Page {}"),
    ("03_Zhilan_A-share_announcement.pdf", DOC03, FACE_SC, "第 {} 页"),
    ("04_Hongxue_HKEX_announcement.pdf", DOC04, FACE_TC, "第 {} 頁"),
    ("06_Kirinaga_disclosure.pdf", DOC06, None,
     "Kirinaga Juku Holdings Co., Ltd. (9361) | {}"),
]


def block_texts(blocks):
    for block in blocks:
        if block[0] == "table":
            for row in block[2]:
                yield from row
        elif block[0] != "page":
            yield block[1]


def cjk_font(face, text, out_path):
    """Subset one face of the Noto CJK collection; convert CFF outlines to TrueType."""
    font = TTFont(NOTO_TTC, fontNumber=face)
    options = Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
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
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    for tag in ("CFF ", "VORG", "GSUB", "GPOS", "GDEF", "BASE"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    footer_text = "{}"
    family = "main"

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, size=8)
        self.cell(0, 6, self.footer_text.format(self.page_no()), align="C")


def render(name, blocks, face, footer, tmp_dir):
    pdf = Doc(format="A4")
    pdf.footer_text = footer
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    cjk = face is not None
    if cjk:
        ascii_chars = "".join(chr(c) for c in range(32, 127))
        chars = "".join(block_texts(blocks)) + footer + ascii_chars
        font_path = tmp_dir / f"cjk{face}.ttf"
        cjk_font(face, chars, str(font_path))
        pdf.add_font("main", "", str(font_path))
        bold = ""
    else:
        pdf.add_font("main", "", DEJAVU)
        pdf.add_font("main", "B", DEJAVU_BOLD)
        bold = "B"
    body = 10.5 if cjk else 10
    line = 6.2 if cjk else 5.2
    pdf.add_page()

    def para(text, size, style="", align="J", gap=2.0, keep=0.0):
        pdf.set_font("main", style, size)
        height = pdf.multi_cell(0, line, text, align=align, dry_run=True,
                                output="HEIGHT")
        if pdf.get_y() + height + keep > pdf.h - pdf.b_margin:
            pdf.add_page()
        pdf.multi_cell(0, line, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def need(block):
        """Height of a block, used to keep a heading together with what follows it."""
        if block[0] == "table":
            return len(block[2]) * (line + 3)
        if block[0] in ("p", "h2"):
            pdf.set_font("main", "", body)
            height = pdf.multi_cell(0, line, block[1], dry_run=True, output="HEIGHT")
            return height + 4
        return 0.0

    for index, block in enumerate(blocks):
        kind = block[0]
        following = blocks[index + 1] if index + 1 < len(blocks) else ("page",)
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            para(block[1], 13, bold, "C", 2.5)
        elif kind == "sub":
            para(block[1], 9.5, "", "C", 1.0)
        elif kind == "right":
            para(block[1], 9.5, "", "R", 0.5)
        elif kind == "small":
            para(block[1], 8.5, "", "J", 2.0)
        elif kind == "h":
            pdf.ln(1.5)
            para(block[1], 11, bold, "L", 1.5, keep=min(need(following), 90))
        elif kind == "h2":
            para(block[1], 10.5, bold, "L", 1.0, keep=min(need(following), 90))
        elif kind == "p":
            para(block[1], body, "", "J", 2.0)
        elif kind == "table":
            widths, rows, header = block[1], block[2], block[3]
            size = 8.5
            pdf.set_font("main", "", size)
            for row in rows:
                for width, cell in zip(widths, row, strict=True):
                    if pdf.get_string_width(cell) > width - 4:
                        raise ValueError(f"{name}: table cell too wide: {cell!r}")
            estimate = len(rows) * (line + 3)
            if pdf.get_y() + estimate > pdf.h - pdf.b_margin:
                pdf.add_page()
            heading = FontFace(emphasis=bold or None, fill_color=(225, 230, 238))
            with pdf.table(col_widths=widths, width=sum(widths), line_height=line,
                           padding=1.5, first_row_as_headings=header,
                           headings_style=heading, text_align="LEFT") as table:
                for row in rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(str(HERE / name))


def main():
    tmp_dir = Path(tempfile.mkdtemp(prefix="fresh152_fonts_"))
    try:
        for name, blocks, face, footer in DOCS:
            render(name, blocks, face, footer, tmp_dir)
            print("built", name)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
