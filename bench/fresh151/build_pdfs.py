"""Build the PDF documents of the fresh151 evaluation set with fpdf2.

Run with /work/main/.venv/bin/python build_pdfs.py from any directory; the PDFs
are written next to this script.

Markup used in DOCS: "# " title, "## " heading, "### " sub-heading, "| " table
row (cells separated by "|", the first row of a table is its header), "@small "
small centred line, "@center " centred line, "@right " right-aligned line,
"@page" page break; any other line is a paragraph.
"""

import shutil
import tempfile
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_FACE = {"sc": 2, "tc": 3}
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MAXP_FIELDS = (
    "numGlyphs", "maxPoints", "maxContours", "maxCompositePoints",
    "maxCompositeContours", "maxZones", "maxTwilightPoints", "maxStorage",
    "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
    "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth",
)


DOCS = {
    "02_SiamTongNgern_annual_report.pdf": {
        "font": "latin",
        "size": 10,
        "footer": "Siam Tong Ngern Public Company Limited | Annual Report 2024",
        "lines": [
            (
                "@small Siam Tong Ngern Public Company Limited | Annual Report "
                "2024 (Form 56-1 One Report) | Excerpt"
            ),
            "# Siam Tong Ngern Public Company Limited",
            (
                "## Annual Report 2024 - Part 1: Business Operations and "
                "Performance"
            ),
            "### 1.1 Overview",
            (
                "Siam Tong Ngern Public Company Limited (SET: STNG) (the "
                '"Company") is Thailand\'s third-largest pawnshop operator by '
                "number of branches, providing gold-, jewellery- and "
                "electronics-backed loans through 486 branches in 52 provinces. "
                "At 31 December 2024, loans receivable stood at THB 21,840 "
                "million, an increase of 14.2% from the previous year, and net "
                "profit attributable to owners of the Company was THB 1,312 "
                "million, an increase of 11.6%."
            ),
            (
                "The Company's strategy for 2024-2026 rests on three pillars: "
                "deepening the branch network in secondary provinces, moving "
                "appraisal and credit decisions to data-driven systems, and "
                "building a digital channel that serves customers who do not "
                "visit a branch."
            ),
            "### 1.2 Artificial intelligence at the pawn counter",
            (
                "The most important operational change in 2024 was the "
                "deployment of computer-vision appraisal at the branch counter. "
                "In 2024 the Company paid Lanna Vision AI Co., Ltd. THB 48.6 "
                "million for appraisal cameras, edge devices and software "
                "subscriptions across 410 branches. Each device estimates the "
                "gold purity and net weight of a pledged item from images and a "
                "calibrated scale, and branch staff confirm or override the "
                "reading before a loan is approved."
            ),
            (
                "Median appraisal time fell from 9 minutes to 3 minutes, and "
                "appraisal-related losses on auction fell to 0.21% of disposals "
                "from 0.57% in 2023. The Company retains human authority over "
                "every valuation: the override rate was 6.4% in the fourth "
                "quarter, and all overrides are reviewed by regional appraisal "
                "managers."
            ),
            (
                "In March 2024 the Company invested THB 150 million in Lanna "
                "Vision AI's Series A preferred shares, representing a 19.9% "
                "interest, and accounts for the investment at fair value through "
                "other comprehensive income."
            ),
            "### 1.3 Digital lending",
            (
                'Chao Phraya Digital Lending Co., Ltd. ("CPDL"), the Company\'s '
                "digital lending arm, offers gold-backed and small unsecured "
                "loans through a mobile application. Customers photograph an "
                "item at home, receive an indicative valuation, and complete the "
                "pledge at the nearest branch or by insured courier. CPDL's loan "
                "book reached THB 1,905 million at year-end, from THB 620 "
                "million a year earlier."
            ),
            (
                "Chao Phraya Digital Lending runs its underwriting models on GPU "
                "capacity rented from Harbourline Compute Limited in Hong Kong, "
                "with a failover region in Singapore."
            ),
            "### 1.4 Competition",
            (
                "The Company's principal competitors in secured lending are Rung "
                "Rueang Pawn PCL and Ban Tong Gold Loan Co., Ltd., each of which "
                "operates more than 500 branches. Competition intensified in the "
                "second half of 2024 as gold prices rose and lenders raised "
                "loan-to-value ratios."
            ),
            (
                "During the year the Company held preliminary discussions "
                "regarding a possible acquisition of Rung Rueang Pawn PCL, but "
                "the Board of Directors resolved in September 2024 not to "
                "proceed."
            ),
            "@page",
            "## Part 1, Section 2: Shareholding Structure of the Group",
            "### 2.1 Subsidiaries",
            (
                "The Company had the following subsidiaries at 31 December 2024. "
                "Both are incorporated in Thailand and are consolidated in the "
                "Company's financial statements."
            ),
            "| Company | Business | Paid-up capital | Holding (%)",
            (
                "| Chao Phraya Digital Lending Co., Ltd. | Digital gold-backed "
                "and nano loans | THB 600 million | 99.99"
            ),
            (
                "| Thong Thai Asset Management Co., Ltd. | Disposal of forfeited "
                "collateral | THB 50 million | 100.00"
            ),
            "### 2.2 Major shareholders",
            (
                "The top five shareholders as at the latest share register "
                "closing date of 7 March 2025 were as follows:"
            ),
            "| No. | Shareholder | Number of shares | % of total",
            (
                "| 1 | Chaiwat family (Mrs. Pranee Chaiwat and related persons) "
                "| 612,400,000 | 38.28"
            ),
            "| 2 | Jade Harbour Finance Holdings Limited | 131,200,000 | 8.20",
            "| 3 | Khao Yai Capital Partners | 81,600,000 | 5.10",
            "| 4 | Mr. Somchai Rattanakorn | 40,000,000 | 2.50",
            "| 5 | Other shareholders | 734,800,000 | 45.92",
            "| | Total | 1,600,000,000 | 100.00",
            (
                "The Company is not aware of any shareholders' agreement among "
                "the major shareholders that affects the management of the "
                "Company or the issuance and transfer of its shares."
            ),
            "### 2.3 Dividend policy",
            (
                "The Company's policy is to pay dividends of not less than 40% "
                "of net profit from the separate financial statements after "
                "legal reserve, subject to cash flow, investment plans and the "
                "conditions of its loan agreements. The Board proposed a "
                "dividend of THB 0.34 per share for 2024, equal to 41.5% of net "
                "profit."
            ),
            "@page",
            (
                "## Part 2, Section 3: Sources of Funds and Related Party "
                "Transactions"
            ),
            "### 3.1 Sources of funds",
            (
                "The Company funds its loan portfolio through shareholders' "
                "equity, bank borrowings and debentures. At 31 December 2024 the "
                "debt-to-equity ratio was 2.18 times, within the covenant limit "
                "of 3.5 times."
            ),
            (
                "On 14 June 2024 the Company entered into a THB 3,500 million "
                "syndicated term loan arranged and led by Suwanaphum Bank Public "
                "Company Limited, with a tenor of five years, to refinance bank "
                "overdrafts and fund branch expansion."
            ),
            (
                "In October 2024 the Company also issued THB 2,000 million of "
                "unsecured debentures in two tranches of three and five years, "
                "rated A- by a domestic rating agency."
            ),
            "### 3.2 Related party transactions",
            (
                "The Company extended short-term loans of THB 1,240 million to "
                "Chao Phraya Digital Lending Co., Ltd. during 2024 to fund "
                "growth in its digital gold-loan book, at the Company's average "
                "cost of funds plus 0.75% per annum."
            ),
            (
                "The Audit Committee reviewed the transactions above and was of "
                "the opinion that they were reasonable, were entered into on "
                "normal commercial terms, and were in the best interests of the "
                "Company and its shareholders."
            ),
            "### 3.3 Auditor",
            (
                "Phasuk Audit Office Limited, the auditor of the Company and of "
                "Chao Phraya Digital Lending, provided no non-audit services to "
                "the Group in 2024. Audit fees for the Group amounted to THB 6.8 "
                "million."
            ),
        ],
    },
    "03_Ruidian_announcement.pdf": {
        "font": "sc",
        "size": 10.5,
        "footer": "睿典智贷科技股份有限公司 公告编号：2025-047",
        "lines": [
            (
                "@small 证券代码：688926\u3000\u3000证券简称：睿典智贷\u3000"
                "\u3000公告编号：2025-047"
            ),
            "# 睿典智贷科技股份有限公司",
            "## 关于签订日常经营重大合同、对外投资暨向全资子公司增资的公告",
            (
                "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈"
                "述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责"
                "任。"
            ),
            "### 重要内容提示：",
            (
                "●合同类型：智能风控系统建设及运营服务合同；智能鉴定与估值系统采"
                "购合同。"
            ),
            "●对外投资标的：杭州深衡算力科技有限公司新增注册资本。",
            "●增资标的：公司全资子公司睿典智贷（香港）有限公司。",
            (
                "●本次日常经营重大合同中的智能风控系统合同构成关联交易，已经公司"
                "第三届董事会第十九次会议审议通过，关联董事已回避表决，尚需提交公"
                "司股东大会审议。"
            ),
            (
                "●风险提示：合同履行期限较长，履行过程中可能面临外部宏观环境、行"
                "业监管政策变化等不确定因素，敬请广大投资者注意投资风险。"
            ),
            "## 一、日常经营重大合同情况",
            "### （一）合同签订基本情况",
            (
                "2025年10月31日，公司与岚川消费金融有限公司签订《智能风控系统建设"
                "及运营服务合同》，由公司为其提供基于大模型的贷前审批、反欺诈及贷"
                "后催收决策系统，合同金额为人民币8,600万元（含税），服务期限为三"
                "年。"
            ),
            (
                "同日，公司与青梧典当有限公司签订《智能鉴定与估值系统采购合同》，"
                "向其交付黄金饰品图像鉴定终端及估值软件，合同金额为人民币1,250万"
                "元。"
            ),
            "### （二）交易对方情况",
            (
                "1、岚川消费金融有限公司：企业性质为有限责任公司，注册资本为人民"
                "币30亿元，注册地址为湖北省武汉市，主营业务为发放个人消费贷款、接"
                "受股东境内子公司及境内股东的存款等。"
            ),
            (
                "关联关系说明：睿典控股集团有限公司为本公司控股股东，持有本公司41"
                ".27%股份，同时持有岚川消金30.00%股权，根据《科创板股票上市规则》"
                "的相关规定，岚川消金为本公司关联法人，本次交易构成关联交易。"
            ),
            (
                "2、青梧典当有限公司：注册资本为人民币1亿元，注册地址为云南省昆明"
                "市，主营业务为动产质押典当、财产权利质押典当等。青梧典当与公司及"
                "公司控股股东、实际控制人之间不存在关联关系。"
            ),
            "### （三）合同主要条款",
            (
                "智能风控系统合同价款分三期支付：合同签订后十五个工作日内支付30%"
                "，系统上线验收后支付40%，剩余30%于运营服务期满一年后支付。智能鉴"
                "定与估值系统合同价款于终端交付并验收合格后一次性支付。"
            ),
            "@page",
            "## 二、对外投资情况",
            "### （一）对外投资概述",
            (
                "为保障公司大模型训练及推理所需算力的稳定供应，公司拟以自有资金人"
                "民币5,000万元认购杭州深衡算力科技有限公司新增注册资本，本次增资"
                "完成后，公司将持有深衡算力10.00%股权。"
            ),
            "### （二）投资标的基本情况",
            (
                "深衡算力成立于2021年，注册地址为浙江省杭州市，主要从事GPU集群建"
                "设及算力租赁服务。截至2025年9月30日，深衡算力总资产为人民币7.82"
                "亿元，净资产为人民币3.15亿元；2025年1-9月实现营业收入人民币2.46"
                "亿元，净利润人民币3,180万元（未经审计）。"
            ),
            (
                "深衡算力为公司算力服务供应商，2024年度公司向其采购GPU算力服务金"
                "额为人民币3,200万元。"
            ),
            (
                "本次增资价格以具有证券期货相关业务资格的评估机构出具的评估报告为"
                "基础，经各方协商确定，定价公允，不存在损害公司及股东利益的情形。"
            ),
            "## 三、向全资子公司增资情况",
            (
                "公司拟以自有资金向全资子公司睿典智贷（香港）有限公司增资港币1.2"
                "亿元，增资资金将主要用于认购翠港金融控股有限公司（香港上市公司，"
                "股份代号：2791）配发的新股份。"
            ),
            (
                "睿典香港将以每股港币2.36元认购翠港金融新发行的5,000万股股份，认"
                "购总价为港币1.18亿元。"
            ),
            (
                "本次认购完成后，睿典香港将持有翠港金融经扩大后已发行股份约6.80%"
                "。"
            ),
            (
                "翠港金融主要在香港从事典当贷款及先买后付业务，并正积极在押品估值"
                "及信贷审批环节引入人工智能技术。本次认购有利于公司智能风控及智能"
                "鉴定产品拓展香港及东南亚市场。"
            ),
            "## 四、对公司的影响",
            (
                "上述合同的签订及履行预计将对公司2025年度至2028年度的经营业绩产生"
                "积极影响。公司主营业务不会因履行上述合同而对交易对方形成依赖。在"
                "智能风控领域，公司的主要竞争对手包括北京澄微数科有限公司和深圳隼"
                "目信用科技有限公司。"
            ),
            (
                "本次交易的独立财务顾问为东嵘证券股份有限公司，法律顾问为北京砚石"
                "律师事务所。"
            ),
            "## 五、风险提示",
            (
                "境外投资尚需履行发展改革、商务及外汇等主管部门的备案或登记程序，"
                "能否顺利完成存在不确定性。公司将根据事项进展情况，严格按照相关法"
                "律法规的规定及时履行信息披露义务。"
            ),
            "特此公告。",
            "@right 睿典智贷科技股份有限公司董事会",
            "@right 2025年11月4日",
        ],
    },
    "04_JadeHarbour_hkex_announcement.pdf": {
        "font": "tc",
        "size": 10.5,
        "footer": "翠港金融控股有限公司 公告",
        "lines": [
            (
                "@small 本公告僅供參考，並不構成收購、購買或認購本公司任何證券之"
                "邀請或要約。"
            ),
            "# 翠港金融控股有限公司",
            "# JADE HARBOUR FINANCE HOLDINGS LIMITED",
            "@center （於開曼群島註冊成立之有限公司）",
            "@center （股份代號：2791）",
            (
                "## 須予披露交易：收購悠付分期有限公司51%股權及根據一般授權認購新"
                "股份"
            ),
            "### 收購事項",
            (
                "董事會欣然宣佈，於2025年11月3日（交易時段後），本公司與飛鵝山創"
                "投基金一號有限合夥（「賣方」）訂立買賣協議，據此，本公司有條件同"
                "意收購而賣方有條件同意出售悠付分期有限公司（「悠付分期」）51%之"
                "已發行股本，代價為港幣2.86億元。"
            ),
            (
                "於本公告日期，飛鵝山創投基金一號有限合夥持有悠付分期70%之已發行"
                "股本，餘下30%由悠付分期之創辦人及管理層持有。"
            ),
            (
                "代價將分兩期以現金支付：港幣1.43億元於完成時支付，餘額港幣1.43億"
                "元於完成後十二個月內支付，惟須待悠付分期截至2026年6月30日止年度"
                "之經審核交易總額不少於港幣40億元。代價將以本集團內部資源及銀行借"
                "款支付。為此，本公司已取得瑞峰銀行有限公司提供之港幣5億元三年期"
                "循環貸款融資。"
            ),
            (
                "完成後，悠付分期將成為本公司之間接非全資附屬公司，其財務業績將綜"
                "合併入本集團之財務報表。"
            ),
            "### 有關悠付分期之資料",
            (
                "悠付分期於2019年在香港註冊成立，經營先買後付平台，與逾3,200家本"
                "地商戶合作，截至2025年6月30日止六個月之交易總額約為港幣19.4億元"
                "。悠付分期之信貸審批全面採用機器學習模型，首期逾期率維持於1.6%以"
                "下。悠付分期於香港之主要競爭對手包括灣悅分期有限公司及速付易有限"
                "公司。"
            ),
            "下表載列悠付分期之財務資料（根據香港財務報告準則編製）：",
            "| 項目 | 截至2023年12月31日止年度 | 截至2024年12月31日止年度",
            "| 收益（港幣千元） | 118,420 | 176,905",
            "| 除稅前（虧損）／溢利（港幣千元） | (21,360) | 14,882",
            "| 除稅後（虧損）／溢利（港幣千元） | (21,360) | 12,426",
            "### 進行收購事項之理由及裨益",
            (
                "本集團主要於香港從事典當貸款業務，現時經營38間押舖。董事認為，收"
                "購事項將使本集團由押品貸款延伸至先買後付及無抵押分期業務，並可將"
                "悠付分期之客戶數據與本集團之人工智能估值系統結合。本公司曾考慮收"
                "購另一家先買後付平台灣悅分期有限公司，惟經盡職審查後已決定不再進"
                "行。"
            ),
            "@page",
            "### 認購事項",
            (
                "於同日，本公司與睿典智貸（香港）有限公司（「認購方」）訂立認購協"
                "議，據此，認購方有條件同意按每股認購股份港幣2.36元認購合共50,000"
                ",000股新股份，認購總額為港幣1.18億元。"
            ),
            (
                "認購價較股份於最後交易日在聯交所所報之收市價每股港幣2.52元折讓約"
                "6.35%。認購股份相當於本公司於本公告日期已發行股本685,300,000股約"
                "7.30%。"
            ),
            (
                "緊隨完成後，睿典智貸（香港）有限公司將持有本公司經配發及發行認購"
                "股份擴大後已發行股本約6.80%。"
            ),
            (
                "睿典智貸（香港）有限公司為睿典智貸科技股份有限公司（一家於中國註"
                "冊成立之股份有限公司，其股份於科創板上市，股份代號：688926）之全"
                "資附屬公司。"
            ),
            (
                "認購股份將根據股東於2025年6月12日舉行之股東週年大會上授予董事之"
                "一般授權配發及發行，毋須股東進一步批准。認購事項所得款項淨額約港"
                "幣1.17億元，擬用作支付收購事項之部分代價。"
            ),
            "### 與認購方之現有業務關係",
            (
                "本集團之押業附屬公司翠港押業有限公司自2024年起向睿典智貸（香港）"
                "有限公司採購人工智能估值系統，截至2025年6月30日止六個月之服務費"
                "為港幣1,180萬元。"
            ),
            (
                "本集團現時亦持有泰國上市公司Siam Tong Ngern Public Company Limit"
                "ed約8.20%權益，該公司同樣於押品估值中採用人工智能技術。"
            ),
            "### 上市規則之涵義",
            (
                "由於收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項"
                "構成本公司之須予披露交易，須遵守上市規則第14章項下之通知及公告規"
                "定。據董事作出一切合理查詢後所知、所悉及所信，賣方、認購方及彼等"
                "各自之最終實益擁有人均為獨立第三方。"
            ),
            (
                "本公司之財務顧問為彤雲企業融資有限公司，而本公司之核數師為德翹會"
                "計師事務所有限公司。"
            ),
            (
                "完成須待買賣協議所載之先決條件達成後方可作實，故收購事項及認購事"
                "項未必會進行。股東及潛在投資者於買賣本公司證券時，務請審慎行事。"
            ),
            "@right 承董事會命",
            "@right 翠港金融控股有限公司",
            "@right 主席 陳家駿",
            "@right 香港，2025年11月3日",
            (
                "於本公告日期，董事會包括執行董事陳家駿先生、何慧盈女士及梁子朗先"
                "生；以及獨立非執行董事馮啟明先生、蘇曉彤女士及鄧國華先生。"
            ),
        ],
    },
}


def make_cjk_font(face: str, text: str, out_path: Path) -> None:
    """Subset one face of the Noto CJK collection; convert CFF outlines to TrueType."""
    font = TTFont(CJK_TTC, fontNumber=CJK_FACE[face])
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " 0123456789-")
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
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in MAXP_FIELDS:
        setattr(maxp, field, 0)
    maxp.maxZones = 2
    font["maxp"] = maxp
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out_path))


class Doc(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(auto=True, margin=18)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(self.body_font, size=8)
        self.cell(0, 5, f"{self.footer_text} - {self.page_no()}", align="C")


def write(pdf: FPDF, height: float, text: str, align: str) -> None:
    pdf.multi_cell(0, height, text, align=align, new_x="LMARGIN", new_y="NEXT")


def text_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def col_widths(rows: list[list[str]]) -> list[float]:
    widths = []
    for i in range(len(rows[0])):
        longest = max(text_width(row[i]) for row in rows)
        widths.append(min(max(longest, 8), 46))
    return widths


def render(name: str, spec: dict, font_dir: Path) -> None:
    lines = spec["lines"]
    pdf = Doc(spec["footer"])
    if spec["font"] == "latin":
        pdf.add_font("body", fname=DEJAVU)
        pdf.add_font("body", style="B", fname=DEJAVU_BOLD)
        bold = "B"
    else:
        font_path = font_dir / f"{name}.ttf"
        make_cjk_font(spec["font"], "".join(lines) + spec["footer"], font_path)
        pdf.add_font("body", fname=str(font_path))
        bold = ""
    pdf.body_font = "body"
    size = spec["size"]
    lh = size * 0.55
    pdf.add_page()
    table: list[list[str]] = []

    def flush_table() -> None:
        if not table:
            return
        pdf.set_font("body", size=size - 1.5)
        heading = FontFace(emphasis=bold, fill_color=(225, 229, 235))
        with pdf.table(
            col_widths=col_widths(table), headings_style=heading, line_height=lh,
            text_align="LEFT", padding=1.2,
        ) as tbl:
            for cells in table:
                row = tbl.row()
                for cell in cells:
                    row.cell(cell)
        pdf.ln(3)
        table.clear()

    for line in lines:
        if line.startswith("| "):
            table.append([c.strip() for c in line[1:].split("|")])
            continue
        flush_table()
        if line == "@page":
            pdf.add_page()
        elif line.startswith("@small "):
            pdf.set_font("body", size=8)
            write(pdf, 4.5, line[7:], "C")
            pdf.ln(3)
        elif line.startswith("@center "):
            pdf.set_font("body", size=size)
            write(pdf, lh + 0.5, line[8:], "C")
        elif line.startswith("@right "):
            pdf.set_font("body", size=size)
            write(pdf, lh + 0.5, line[7:], "R")
        elif line.startswith("# "):
            pdf.set_font("body", style=bold, size=size + 6)
            write(pdf, size * 0.8, line[2:], "C")
            pdf.ln(1)
        elif line.startswith("## "):
            pdf.ln(2)
            pdf.set_font("body", style=bold, size=size + 2.5)
            write(pdf, size * 0.7, line[3:], "L")
            pdf.ln(1.5)
        elif line.startswith("### "):
            pdf.ln(1)
            pdf.set_font("body", style=bold, size=size + 0.5)
            write(pdf, size * 0.62, line[4:], "L")
            pdf.ln(0.8)
        else:
            pdf.set_font("body", size=size)
            write(pdf, lh, line, "L")
            pdf.ln(1.8)
    flush_table()
    pdf.output(str(HERE / name))


def main() -> None:
    font_dir = Path(tempfile.mkdtemp(prefix="fresh151_fonts_"))
    try:
        for name, spec in DOCS.items():
            render(name, spec, font_dir)
            print("wrote", name)
    finally:
        shutil.rmtree(font_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
