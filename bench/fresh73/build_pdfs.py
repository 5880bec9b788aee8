"""Build the three PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces by fpdf2.  Chinese text
is set in Noto Sans CJK: the SC or TC face is extracted from the system TTC,
subset to the characters used, converted from CFF to TrueType outlines and
saved in a temporary directory that is removed when the build ends.  Chinese
lines are broken only after the full stop, so every sentence stays on one line.
"""
import os
import re
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
TTC_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2
TC_INDEX = 3
MARGIN = 14
BODY_SIZE = 9.0
MIN_SIZE = 5.0
LINE_H = 5.2

# ---------------------------------------------------------------------------
# Document texts.  Each document is a list of (style, content) blocks.
# ---------------------------------------------------------------------------

DOC01 = [
    ("small", "证券代码：603917　　　　证券简称：华章启明　　　　公告编号：临2025-047"),
    ("title", "华章启明教育出版股份有限公司"),
    ("title", "关于签订题库数据授权许可协议的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
          "并对其内容的真实性、准确性和完整性承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "●合同类型及金额：公司与北京灵犀智算科技有限公司签订《题库数据授权许可协议》，"
          "许可费总额为人民币1.8亿元（含税）。"),
    ("p", "●合同生效条件：经双方法定代表人或授权代表签字并加盖公章，且经公司董事会审议通过后生效。"),
    ("p", "●对上市公司当期业绩的影响：预计本协议将增加公司2025年度营业收入约人民币2,400万元，"
          "最终以年度审计结果为准。"),
    ("p", "●特别风险提示：协议履行期限较长，存在因政策、技术或交易对方经营情况变化而导致协议无法全部履行的风险。"),
    ("h", "一、协议签订的基本情况"),
    ("p", "2025年11月18日，公司与北京灵犀智算科技有限公司（以下简称“灵犀智算”）"
          "在北京签订了《题库数据授权许可协议》（以下简称“本协议”）。"),
    ("p", "根据本协议，公司将其K12教辅题库及职业资格考试题库授权灵犀智算用于大模型训练、微调及评测，"
          "许可期三年，许可费总额为人民币1.8亿元（含税）。"),
    ("p", "2025年11月18日，公司第五届董事会第十二次会议以9票同意、0票反对、0票弃权审议通过了"
          "《关于签订题库数据授权许可协议的议案》。"
          "本事项在董事会审批权限范围内，无需提交股东大会审议。"),
    ("p", "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("h", "二、交易对方的基本情况"),
    ("p", "1. 名称：北京灵犀智算科技有限公司"),
    ("p", "2. 统一社会信用代码：91110108MA04K7QX3R"),
    ("p", "3. 企业类型：其他有限责任公司"),
    ("p", "4. 法定代表人：周亦航"),
    ("p", "5. 注册资本：人民币12,800万元"),
    ("p", "6. 注册地址：北京市海淀区知春路甲48号9层"),
    ("p", "7. 成立日期：2021年6月9日"),
    ("p", "8. 主营业务：通用大语言模型研发，提供模型API调用、模型微调及私有化部署服务。"),
    ("p", "9. 主要股东：创始人周亦航持股31.50%；杭州栖云创业投资合伙企业（有限合伙）持股14.20%；"
          "其余股东持股比例均低于10%。"),
    ("p", "10. 最近一年主要财务数据：截至2024年12月31日，灵犀智算总资产为人民币21.6亿元，净资产为人民币15.3亿元。"
          "2024年度灵犀智算实现营业收入人民币4.7亿元，净利润为人民币-3.9亿元。"),
    ("p", "11. 关联关系说明：灵犀智算与公司及公司控股股东、实际控制人、董事、监事、高级管理人员之间不存在关联关系。"),
    ("p", "12. 履约能力分析：灵犀智算依法存续且经营正常，具备履行本协议的能力。"),
    ("h", "三、协议的主要内容"),
    ("h2", "（一）协议主体"),
    ("p", "甲方（许可方）：华章启明教育出版股份有限公司"),
    ("p", "乙方（被许可方）：北京灵犀智算科技有限公司"),
    ("h2", "（二）许可标的"),
    ("p", "甲方拥有著作权或已取得再许可权利的K12同步练习、单元测试、中高考模拟题及职业资格考试真题解析，"
          "合计约2,300万道题目及配套解析。"),
    ("h2", "（三）许可性质与限制"),
    ("p", "本协议项下的许可为非独占、不可转让、不可再许可的许可。"
          "乙方不得以任何形式向终端用户直接展示或对外提供题目原文。"
          "乙方模型生成内容如与甲方题目原文高度相似，乙方应采取过滤措施并及时通知甲方。"),
    ("h2", "（四）许可费及支付方式"),
    ("table", [[34, 50, 102],
               ["支付节点", "金额（人民币万元）", "支付时间"],
               ["第一期", "7,200", "本协议生效后30日内"],
               ["第二期", "5,400", "第二个许可年度开始后30日内"],
               ["第三期", "5,400", "第三个许可年度开始后30日内"],
               ["合计", "18,000", "—"]]),
    ("h2", "（五）数据交付"),
    ("p", "公司全资子公司华章题库（北京）数据技术有限公司（以下简称“华章题库”）负责题库数据的清洗、脱敏、标注及分批交付。"),
    ("p", "首批数据应于本协议生效后60日内交付，其余数据于第一个许可年度内交付完毕。"),
    ("h2", "（六）联合研发"),
    ("p", "双方同意共建“教育大模型联合实验室”，围绕学情诊断、自适应出题及作文批改开展联合研发。"
          "联合研发成果的知识产权归属及收益分配由双方另行签订协议约定。"),
    ("h2", "（七）违约责任及争议解决"),
    ("p", "任何一方违反本协议约定的，应赔偿守约方因此遭受的直接损失。"
          "因本协议引起的争议，双方应友好协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。"),
    ("h", "四、对上市公司的影响"),
    ("p", "本协议是公司题库数字资产对外授权的首个大额合同，有利于盘活公司存量内容资产，提升数字化业务收入占比。"),
    ("p", "本协议的履行不影响公司业务的独立性，公司主要业务不会因履行本协议而对灵犀智算形成依赖。"),
    ("p", "公司注意到，同行业公司天衡教育出版股份有限公司、博远文化传媒股份有限公司近期亦披露了类似的内容授权安排。"),
    ("p", "另需说明的是，截至本公告披露日，公司持有智启教育集团有限公司（香港联交所上市，股份代号：2987）约8.62%的股份。"),
    ("p", "公司于2023年7月以自有资金港币3.1亿元认购智启教育配售的新股，并按权益法核算该项长期股权投资。"
          "公司向智启教育委派一名非执行董事。"
          "上述投资与本协议相互独立，本协议的签订及履行不涉及智启教育。"),
    ("h", "五、风险提示"),
    ("p", "1. 协议履行风险：本协议履行期限为三年，如遇行业政策调整、市场环境变化或交易对方经营状况恶化，"
          "可能导致协议无法如期或全部履行。"),
    ("p", "2. 政策风险：生成式人工智能服务及训练数据使用的监管规定仍在持续完善，双方可能需要相应调整数据交付范围。"),
    ("p", "3. 收入确认风险：许可费将在许可期内分期确认收入，对公司各年度经营业绩的具体影响以会计师事务所审计结果为准。"),
    ("p", "公司聘请北京市衡平律师事务所对本协议出具了专项法律意见，该所认为灵犀智算具备签署及履行本协议的主体资格。"),
    ("p", "敬请广大投资者理性投资，注意投资风险。"),
    ("h", "六、备查文件"),
    ("p", "1. 公司第五届董事会第十二次会议决议；"),
    ("p", "2. 《题库数据授权许可协议》；"),
    ("p", "3. 北京市衡平律师事务所出具的法律意见书。"),
    ("p", "特此公告。"),
    ("right", "华章启明教育出版股份有限公司董事会"),
    ("right", "2025年11月19日"),
]

DOC02 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，"
              "對其準確性或完整性亦不發表任何聲明，並明確表示，"
              "概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "智啟教育集團有限公司"),
    ("title", "ZHIQI EDUCATION GROUP LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2987）"),
    ("title", "須予披露交易"),
    ("title", "認購基金有限合夥權益"),
    ("h", "認購事項"),
    ("p", "董事會欣然宣佈，於2025年12月3日（交易時段後），本公司（作為有限合夥人）"
          "與Tollgate GP II Limited（作為普通合夥人）訂立認購協議。"),
    ("p", "根據認購協議，本公司同意認購Tollgate Asia Credit Fund II, L.P.（「基金」）之有限合夥權益，"
          "資本承擔總額為40,000,000美元（相當於約311,600,000港元）。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關認購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但全部低於25%，"
          "故認購事項構成本公司之須予披露交易。"
          "因此，認購事項須遵守上市規則第14章項下之通知及公告規定，惟獲豁免遵守股東批准規定。"),
    ("h", "認購協議"),
    ("p", "認購協議之主要條款概述如下："),
    ("table", [[40, 142],
               ["日期", "2025年12月3日"],
               ["訂約方", "(i) 本公司（作為有限合夥人）；及 (ii) 普通合夥人"],
               ["資本承擔", "40,000,000美元，按普通合夥人發出之提款通知分期繳付"],
               ["管理費", "投資期內按已承諾資本每年1.25%計算，其後按已投資資本計算"],
               ["附帶權益", "超過8%優先回報後之15%"],
               ["年期", "自首次交割起計六年，可延長兩次，每次一年"]]),
    ("p", "本公司之資本承擔將以本集團內部資源撥付。"),
    ("p", "於基金最終交割後，本公司預期將持有基金已承諾資本總額約6.7%。"),
    ("p", "本公司作為有限合夥人，將不參與基金之日常管理，亦不會於基金之投資委員會擁有席位。"),
    ("h", "有關基金、普通合夥人及基金經理之資料"),
    ("p", "基金為一間根據開曼群島法律成立之獲豁免有限合夥企業，主要向亞太區中型市場企業提供優先擔保貸款及單一貸款。"),
    ("p", "普通合夥人Tollgate GP II Limited為基金經理Tollgate Capital Management Limited之全資附屬公司。"),
    ("p", "基金經理為根據《證券及期貨條例》可從事第4類及第9類受規管活動之持牌法團。"),
    ("p", "據基金經理告知，截至2025年9月30日，基金之已承諾資本約為597,000,000美元，並已向九名借款人提供貸款。"),
    ("p", "基金目前最大之單一投資為向Scholara Learning Holdings Pte. Ltd.提供之優先擔保單一貸款，"
          "本金額為120,000,000美元。"),
    ("p", "基金之行政管理人為Calloway Fund Services Limited，基金之核數師為Dunmore & Pike LLP。"),
    ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，普通合夥人、基金經理及彼等各自之最終實益擁有人"
          "均為獨立於本公司及其關連人士之第三方。"),
    ("h", "有關本集團之資料"),
    ("p", "本公司為一間投資控股公司。"
          "本集團為香港及大灣區之K-12課後輔導及數碼學習服務供應商，營運合共62間學習中心。"),
    ("p", "本集團之「智啟AI學伴」平台向學生提供個人化練習及作文批改，"
          "其採用之大型語言模型由北京靈犀智算科技有限公司按API調用量收費提供。"),
    ("p", "平台之研發及營運由本公司間接全資附屬公司智啟數碼科技（深圳）有限公司負責。"),
    ("p", "於本公告日期，華章啟明教育出版股份有限公司（上海證券交易所上市，股份代號：603917）"
          "持有本公司已發行股份約8.62%，為本公司第二大股東。"),
    ("p", "華章啟明並非認購協議之訂約方，亦不會參與認購事項。"),
    ("h", "進行認購事項之理由及裨益"),
    ("p", "於2025年6月30日，本集團之現金及銀行結餘約為1,870,000,000港元，其中大部分為於香港持牌銀行之定期存款。"),
    ("p", "董事認為，認購事項可令本集團在維持充足營運資金之同時，就部分閒置資金取得較定期存款更高之穩定利息回報。"),
    ("p", "基金之投資策略以優先擔保貸款為主，董事認為其風險水平與本集團之庫務政策相符。"),
    ("p", "董事（包括獨立非執行董事）認為，認購協議之條款乃按一般商業條款訂立，屬公平合理，並符合本公司及股東之整體利益。"),
    ("h", "釋義"),
    ("p", "於本公告內，除文義另有所指外，下列詞彙具有以下涵義："),
    ("table", [[40, 142],
               ["「董事會」", "本公司董事會"],
               ["「本公司」", "智啟教育集團有限公司，其股份於聯交所主板上市"],
               ["「基金」", "Tollgate Asia Credit Fund II, L.P."],
               ["「普通合夥人」", "Tollgate GP II Limited"],
               ["「基金經理」", "Tollgate Capital Management Limited"],
               ["「上市規則」", "聯交所證券上市規則"],
               ["「聯交所」", "香港聯合交易所有限公司"],
               ["「美元」", "美利堅合眾國法定貨幣"],
               ["「港元」", "香港特別行政區法定貨幣"]]),
    ("p", "於本公告內，美元按1.00美元兌7.79港元之匯率換算為港元，僅供說明用途。"),
    ("right", "承董事會命"),
    ("right", "智啟教育集團有限公司"),
    ("right", "主席"),
    ("right", "林嘉朗"),
    ("p", "香港，2025年12月3日"),
    ("p", "於本公告日期，董事會包括執行董事林嘉朗先生、梁穎芝女士及何志鋒先生；"
          "非執行董事周雅文女士；以及獨立非執行董事鄧啟明先生、蘇慧儀女士及范國強先生。"),
]

DOC07 = [
    ("title", "TOLLGATE ASIA CREDIT FUND II, L.P."),
    ("center", "First Quarter 2026 Letter to Limited Partners"),
    ("center", "April 22, 2026"),
    ("p", "Dear Partners,"),
    ("p", "The Fund returned 2.6% net in the first quarter, bringing the net internal rate of return since "
          "inception to 11.4%. Net asset value at March 31, 2026 was US$472.3 million, and the Fund had drawn "
          "71% of its US$638 million of commitments. We made one new loan and one add-on during the quarter, "
          "received one full repayment, and declared a distribution of US$14.9 million, which will be paid to "
          "partners on April 30."),
    ("p", "We held our final close in December at US$638 million, above the US$600 million target. We were "
          "pleased to welcome a Hong Kong-listed education group as a new limited partner at that close, "
          "alongside two family offices from Singapore and a Korean insurer. Our thanks to all of you for "
          "your patience through a longer fundraise than we had planned."),
    ("h", "Portfolio activity"),
    ("h2", "Scholara Learning Holdings"),
    ("p", "Our largest position remains the US$120 million senior secured unitranche facility we provided to "
          "Scholara Learning Holdings in August 2025. In February we funded a US$35 million delayed-draw "
          "add-on, and Brackenridge Credit Partners joined the lender group with a US$30 million last-out "
          "tranche secured on the same collateral. Ashgrove Partners, which controls roughly 70% of "
          "Scholara's equity, contributed a further US$45 million of common equity alongside the add-on."),
    ("p", "The combined proceeds funded Scholara's S$96 million acquisition of Brightpath Tutors, a 38-centre "
          "chain in Singapore and Johor, which closed on February 27. Integration has been quicker than we "
          "underwrote. Scholara licenses its adaptive practice platform from Zhiqi Education on a per-seat "
          "basis, and it had moved all Brightpath centres onto that platform within six weeks of closing. "
          "Pro forma leverage is 4.3x, inside the 4.75x covenant, and enrolment across the network rose 9% "
          "year on year in the quarter."),
    ("h2", "Northpoint Practice Group"),
    ("p", "We committed a US$85 million delayed-draw term loan to Northpoint Practice Group, a sponsor-backed "
          "roll-up of regional tax and bookkeeping practices in Australia and New Zealand. Northpoint has "
          "standardised its 31 practices on Ledgerlight's reconciliation and review tools, for which it pays "
          "a group-wide subscription, and management credits the software with most of the 310 basis points "
          "of margin improvement since 2024. In March Northpoint completed the acquisition of Fenwick Hale "
          "Tax Partners in Brisbane for A$58 million, its largest practice purchase to date. We like the "
          "recurring compliance revenue and the low client concentration; we are watching staff retention "
          "closely, because the value of these practices walks out of the door every evening."),
    ("h2", "Clausewise Labs"),
    ("p", "Our US$25 million venture-debt facility to Clausewise Labs was repaid at par plus a 3% prepayment "
          "fee on March 18, when Brieflane Technologies completed its acquisition of the company. The loan "
          "was one of only three non-Asian positions in the Fund, and it generated a gross multiple of 1.24x "
          "over 27 months."),
    ("h", "Portfolio summary at March 31, 2026"),
    ("table", [[62, 40, 30, 26, 24],
               ["Position", "Sector", "Commitment", "Funded", "Status"],
               ["Scholara Learning Holdings", "Education services", "US$155.0m", "US$155.0m", "Performing"],
               ["Northpoint Practice Group", "Accounting services", "US$85.0m", "US$41.0m", "Performing"],
               ["Clausewise Labs", "Legal software", "US$25.0m", "-", "Repaid"],
               ["Seven other positions", "Various", "US$292.5m", "US$253.6m", "Performing"]]),
    ("pagebreak", ""),
    ("h", "Pipeline and market"),
    ("p", "Tollgate reviewed, but did not bid on, a proposed refinancing for Taiwan tutoring operator Mingrui "
          "Education, where we were not comfortable with the lease profile. We continue to see Vantor Credit "
          "and Larchmont Direct Lending bidding aggressively for sponsor-backed education credits, often at "
          "spreads 100 basis points inside where we would lend."),
    ("p", "Our view on AI in services businesses is unchanged: we lend against contracted revenue and cash "
          "flow, not against a technology narrative. The roll-ups we finance are buyers of AI tools, not "
          "builders of them, and we underwrite the software spend as an operating cost like any other. "
          "Where a borrower's plan depends on headcount savings from automation, we haircut those savings "
          "by half in our base case."),
    ("h", "Operations"),
    ("p", "Calloway Fund Services remains the Fund's administrator, and Dunmore & Pike LLP expects to deliver "
          "the audited 2025 financial statements by May 29. The annual meeting will be held in Singapore on "
          "June 11, and we hope to see many of you there."),
    ("p", "Sincerely,"),
    ("p", "Adrian Koh, Managing Partner\nHelena Voss, Partner\n"
          "Tollgate Capital Management Limited, as investment manager of the Fund"),
    ("small", "This letter is confidential and is provided solely to limited partners of Tollgate Asia Credit "
              "Fund II, L.P. It is not an offer to sell or a solicitation of an offer to buy any interest in "
              "the Fund or any other vehicle. Past performance is not indicative of future results. Returns "
              "are estimated, unaudited and net of management fees, carried interest and fund expenses unless "
              "stated otherwise. Certain statements in this letter are forward-looking and reflect the "
              "manager's current views; actual results may differ materially."),
]


# ---------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------

def used_characters(blocks):
    """All characters appearing in a list of blocks, tables included."""
    chars = set("0123456789第頁页 /")
    for style, content in blocks:
        if style == "table":
            for row in content[1:]:
                chars.update("".join(row))
        else:
            chars.update(content)
    return "".join(sorted(chars))


def cff_to_glyf(font):
    """Replace the CFF outlines of a font with quadratic TrueType outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for glyph_name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[glyph_name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[glyph_name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for glyph_name, glyph in glyphs.items():
        advance, _ = hmtx[glyph_name]
        hmtx[glyph_name] = (advance, getattr(glyph, "xMin", 0))

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(tmpdir, face_index, text, file_name):
    """Extract one face of the Noto CJK collection, subset it and save it as TrueType."""
    font = TTCollection(TTC_PATH).fonts[face_index]
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(tmpdir, file_name)
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------

class DocPDF(FPDF):
    """A4 document with a centred page-number footer."""

    def __init__(self, family, footer_format):
        super().__init__(format="A4")
        self.body_family = family
        self.footer_format = footer_format
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=16)

    def footer(self):
        self.set_y(-11)
        self.set_font(self.body_family, size=7.5)
        self.cell(0, 5, self.footer_format.format(self.page_no()), align="C")


def fit_size(pdf, text, width, size):
    """Largest font size not above size at which text fits into width."""
    pdf.set_font_size(size)
    while pdf.get_string_width(text) > width and size > MIN_SIZE:
        size -= 0.25
        pdf.set_font_size(size)
    if pdf.get_string_width(text) > width:
        raise ValueError(f"line too long even at {MIN_SIZE}pt: {text}")
    return size


def cjk_lines(pdf, text, width):
    """Pack the sentences of a paragraph into lines that end only after 。."""
    sentences = re.findall(r"[^。]*。|[^。]+$", text)
    lines = []
    current = ""
    pdf.set_font_size(BODY_SIZE)
    for sentence in sentences:
        if current and pdf.get_string_width(current + sentence) > width:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def put_line(pdf, text, size, align="L", height=LINE_H):
    width = pdf.w - 2 * MARGIN
    fit_size(pdf, text, width, size)
    pdf.cell(width, height, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def put_table(pdf, content, size, row_height):
    widths, rows = content[0], content[1:]
    pdf.set_fill_color(225, 225, 225)
    for row_no, row in enumerate(rows):
        for width, cell_text in zip(widths, row):
            fit_size(pdf, cell_text, width - 2, size)
            pdf.cell(width, row_height, cell_text, border=1, fill=row_no == 0)
        pdf.ln(row_height)
    pdf.ln(2)


def render_cjk(pdf, blocks):
    width = pdf.w - 2 * MARGIN
    for style, content in blocks:
        if style == "title":
            put_line(pdf, content, 14, align="C", height=8)
        elif style == "center":
            put_line(pdf, content, 10, align="C", height=6)
        elif style == "small":
            put_line(pdf, content, 8, height=5)
            pdf.ln(2)
        elif style == "h":
            pdf.ln(1.5)
            put_line(pdf, content, 10.5, height=6.5)
        elif style == "h2":
            put_line(pdf, content, BODY_SIZE + 0.5, height=5.8)
        elif style == "right":
            put_line(pdf, content, BODY_SIZE + 0.5, align="R", height=6)
        elif style == "table":
            put_table(pdf, content, BODY_SIZE - 0.5, 6.5)
        else:
            for line in cjk_lines(pdf, content, width):
                put_line(pdf, line, BODY_SIZE)


def render_english(pdf, blocks):
    for style, content in blocks:
        if style == "title":
            pdf.set_font("Helvetica", "B", 14)
            pdf.cell(0, 8, content, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif style == "center":
            pdf.set_font("Helvetica", "", 10.5)
            pdf.cell(0, 6, content, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif style == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.cell(0, 7, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif style == "h2":
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif style == "pagebreak":
            pdf.add_page()
        elif style == "table":
            pdf.set_font("Helvetica", "", 8.5)
            put_table(pdf, content, 8.5, 6)
        elif style == "small":
            pdf.ln(3)
            pdf.set_font("Helvetica", "I", 7.5)
            pdf.multi_cell(0, 3.8, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)


def build_cjk(tmpdir, blocks, face_index, footer_format, out_name):
    font_path = make_cjk_font(tmpdir, face_index, used_characters(blocks), f"face{face_index}.ttf")
    pdf = DocPDF("cjk", footer_format)
    pdf.add_font("cjk", "", font_path)
    pdf.add_page()
    pdf.set_font("cjk", size=BODY_SIZE)
    render_cjk(pdf, blocks)
    pdf.output(os.path.join(HERE, out_name))


def build_english(blocks, out_name):
    pdf = DocPDF("Helvetica", "Page {}")
    pdf.add_page()
    render_english(pdf, blocks)
    pdf.output(os.path.join(HERE, out_name))


def main():
    with tempfile.TemporaryDirectory() as tmpdir:
        build_cjk(tmpdir, DOC01, SC_INDEX, "第 {} 页", "01_Huazhang_announcement.pdf")
        build_cjk(tmpdir, DOC02, TC_INDEX, "第 {} 頁", "02_Zhiqi_HKEX_announcement.pdf")
    build_english(DOC07, "07_Tollgate_fund_letter.pdf")


if __name__ == "__main__":
    main()
