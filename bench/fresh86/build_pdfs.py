"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English pages use the core Helvetica font. Chinese pages use one face of Noto Sans CJK:
the face is pulled out of the .ttc collection with fontTools, subset to the characters the
document needs, converted from CFF (cubic) to TrueType (quadratic) outlines with cu2qu, and
written to a temporary directory that is removed at the end.

Layout rules, so that pypdf extracts quotes cleanly:
- English paragraphs wrap at spaces only (fpdf2 multi_cell);
- Chinese paragraphs break lines only after "。": whole sentences are packed onto a line,
  and a sentence too long for one line is set in a smaller size instead of being wrapped.
"""
import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC, FACE_TC = 2, 3


# --------------------------------------------------------------------------- fonts

def cff_to_glyf(font, max_err=1.0):
    """Replace the CFF outlines of `font` by TrueType glyf outlines (in place)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    for tag in ("VORG",):
        if tag in font:
            del font[tag]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, workdir):
    """Write a subset TrueType font covering `text` and return its path."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = Options()
    options.desubroutinize = True
    options.layout_features = []
    subsetter = Subsetter(options)
    subsetter.populate(text=text + " -0123456789")
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(workdir, f"noto_cjk_{face_index}.ttf")
    font.save(path)
    return path


# --------------------------------------------------------------------------- writers

class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=8)
        self.cell(0, 5, f"{self.footer_text} - {self.page_no()}", align="C")


def write_english(pages, out_name, footer_text):
    pdf = Doc(footer_text)
    pdf.body_font = "Helvetica"
    for page in pages:
        pdf.add_page()
        for kind, text in page:
            if kind == "h":
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "c":
                pdf.set_font("Helvetica", "B", 10)
                pdf.multi_cell(0, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "row":
                pdf.set_font("Helvetica", size=9)
                pdf.multi_cell(0, 5, "  ".join(text), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", size=10)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
    pdf.output(os.path.join(HERE, out_name))


def chinese_lines(pdf, text, size):
    """Pack whole sentences (ending in 。) onto lines of the printable width."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    sentences = [s + "。" for s in text.split("。") if s]
    if not text.endswith("。") and sentences:
        sentences[-1] = sentences[-1][:-1]
    lines, current = [], ""
    pdf.set_font_size(size)
    for sentence in sentences:
        if current and pdf.get_string_width(current + sentence) <= width:
            current += sentence
        else:
            if current:
                lines.append(current)
            current = sentence
    if current:
        lines.append(current)
    return lines, width


def write_chinese_line(pdf, line, size, width, style=""):
    pdf.set_font("cjk", style, size)
    while pdf.get_string_width(line) > width and size > 4:
        size -= 0.25
        pdf.set_font_size(size)
    pdf.cell(0, size * 0.55, line, new_x="LMARGIN", new_y="NEXT")


def write_chinese(pages, out_name, footer_text, face_index, workdir):
    all_text = footer_text + "".join(
        t if isinstance(t, str) else "".join(t) for page in pages for _, t in page)
    font_path = make_cjk_font(face_index, all_text, workdir)
    pdf = Doc(footer_text)
    pdf.add_font("cjk", "", font_path)
    pdf.body_font = "cjk"
    for page in pages:
        pdf.add_page()
        for kind, text in page:
            if kind in ("h", "c"):
                pdf.set_font("cjk", size=11)
                width = pdf.w - pdf.l_margin - pdf.r_margin
                write_chinese_line(pdf, text, 11, width)
                pdf.ln(1)
            elif kind == "row":
                pdf.set_font("cjk", size=9)
                width = pdf.w - pdf.l_margin - pdf.r_margin
                write_chinese_line(pdf, " ".join(text), 9, width)
            else:
                lines, width = chinese_lines(pdf, text, 9.5)
                for line in lines:
                    write_chinese_line(pdf, line, 9.5, width)
                pdf.ln(2)
    pdf.output(os.path.join(HERE, out_name))


# --------------------------------------------------------------------------- contents

# Each page is a list of (kind, text): "c" centred heading, "h" heading, "p" paragraph,
# "row" table row (list of cells).

STRIDEWELL_10K = [
    [
        ("c", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("c", "Washington, D.C. 20549"),
        ("c", "FORM 10-K"),
        ("p", "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
              "for the fiscal year ended December 31, 2025. Commission File Number 001-41877."),
        ("c", "STRIDEWELL TECHNOLOGIES, INC."),
        ("p", "(Exact name of registrant as specified in its charter) Delaware (State of incorporation) "
              "84-3319026 (I.R.S. Employer Identification No.) 2200 Larkspur Avenue, Suite 400, Boulder, "
              "Colorado 80302, (303) 555-0148."),
        ("row", ["Title of each class", "Trading Symbol", "Name of each exchange on which registered"]),
        ("row", ["Common Stock, $0.0001 par value", "STRW", "The Nasdaq Stock Market LLC"]),
        ("p", "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated "
              "filer, a non-accelerated filer, a smaller reporting company, or an emerging growth company. "
              "Accelerated filer [X]. As of February 13, 2026, the registrant had 127,194,003 shares of "
              "common stock outstanding."),
        ("h", "CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS"),
        ("p", "This Annual Report on Form 10-K contains forward-looking statements within the meaning of "
              "Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of "
              "1934. Words such as \"anticipate\", \"believe\", \"expect\", \"intend\", \"may\" and \"will\" "
              "identify forward-looking statements, which are subject to risks and uncertainties, including "
              "those described under Item 1A, Risk Factors. We undertake no obligation to update any "
              "forward-looking statement, except as required by law."),
        ("h", "PART I - ITEM 1. BUSINESS"),
        ("p", "Stridewell designs wearable devices and software that use on-device machine learning to turn "
              "raw motion and physiological signals into coaching. Our products include the Stridewell Pulse "
              "smartwatch, the Stridewell Band for team sports, and Stridewell Form, a subscription service "
              "that grades running, cycling and basketball technique. At December 31, 2025 we had "
              "approximately 2.9 million paying Form subscribers, up from 2.1 million a year earlier."),
    ],
    [
        ("h", "Suppliers and Manufacturing"),
        ("p", "We rely on a limited number of suppliers for key components, and some of them are single "
              "sources. We purchase the biometric system-on-chip used in every Pulse watch from Halberd "
              "Semiconductor Corp. under a supply agreement that runs through December 2028. Optical "
              "heart-rate and blood-oxygen sensor modules are sourced from Guangheng Sensing Corp., a "
              "Taiwan-listed manufacturer, which accounted for approximately 14% of our cost of revenue in "
              "2025. Final assembly is performed by contract manufacturers in Vietnam and Mexico."),
        ("p", "We host our data platform with a third-party public cloud provider under a committed-spend "
              "arrangement expiring in 2027. A prolonged outage at that provider would interrupt Form "
              "coaching and device synchronisation."),
        ("h", "Technology Licences"),
        ("p", "Most of our models are developed in-house. In March 2025 we entered into a multi-year licence "
              "agreement under which Kinetiq Analytics, Inc. provides the motion-classification models behind "
              "our Form Score and Shot Tracker features, for which we paid licence fees of $6.3 million in "
              "2025. The agreement may be terminated by either party on 180 days' notice after March 2027."),
        ("h", "Commercial Relationships"),
        ("p", "Stridewell and Pacefield Fitness Clubs, Inc. operate a co-marketing program under which "
              "Pacefield members receive discounted Pulse devices and Stridewell Form trials; no fees are "
              "exchanged under the program. We also sell through national retailers and our own website."),
        ("h", "Competition"),
        ("p", "The market for connected fitness devices is intensely competitive. Our principal competitors "
              "include Fitmetric Corp. and Lunaris Health, as well as large consumer-electronics companies "
              "that bundle health features with their smartphones. We believe we compete favourably on the "
              "accuracy of our sport-specific coaching and on battery life."),
        ("h", "ITEM 1A. RISK FACTORS (EXCERPT)"),
        ("p", "We depend on single-source suppliers. If Halberd were unable to deliver system-on-chip units "
              "in the quantities we require, we could not ship Pulse watches for an extended period, because "
              "qualifying an alternative chip would take at least twelve months."),
    ],
    [
        ("h", "ITEM 3. LEGAL PROCEEDINGS"),
        ("p", "On August 14, 2025, Corvane Health Systems filed a complaint against Stridewell Technologies, "
              "Inc. in the U.S. District Court for the District of Delaware alleging infringement of two "
              "patents relating to blood-oxygen estimation. We believe the claims are without merit and "
              "intend to defend ourselves vigorously."),
        ("h", "ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY"),
        ("p", "Our common stock trades on the Nasdaq Global Select Market under the symbol STRW. We have "
              "never paid cash dividends. As of February 13, 2026, Nimbus Arc Cloud, Inc. beneficially owned "
              "9,412,550 shares of our common stock, or approximately 7.4% of the shares outstanding, which "
              "it acquired in our 2023 private placement."),
        ("h", "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS - LIQUIDITY AND CAPITAL RESOURCES"),
        ("p", "At December 31, 2025 we had cash, cash equivalents and marketable securities of $184.6 "
              "million. On June 30, 2025, we entered into a $75.0 million senior secured revolving credit "
              "facility with Ironcrest Bank, N.A., as lender, maturing on June 30, 2029. As of December 31, "
              "2025, $20.0 million was outstanding under the facility, bearing interest at SOFR plus 2.25%."),
        ("h", "Strategic Investments"),
        ("p", "In October 2025, we invested $22.0 million in the Series B preferred stock of Velomentor AI, "
              "Inc., a developer of adaptive AI coaching software. Following that investment, we hold "
              "approximately 19% of Velomentor's fully diluted capitalization and have the right to appoint "
              "one of its five directors. We account for the investment under the equity method."),
        ("p", "Stridewell Ventures LLC, our wholly owned corporate venture subsidiary, led the $8.5 million "
              "seed round of Pulsegrid Labs, Inc., a developer of smart-ring sensing hardware, in May 2025. "
              "Stridewell Ventures holds its investments at cost less impairment."),
        ("row", ["Cash flows (in millions)", "2025", "2024"]),
        ("row", ["Net cash provided by operating activities", "$41.2", "$18.9"]),
        ("row", ["Purchases of strategic investments", "$(30.5)", "$(4.0)"]),
        ("row", ["Net borrowings under revolving facility", "$20.0", "-"]),
    ],
    [
        ("h", "ITEM 8. FINANCIAL STATEMENTS - REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM"),
        ("p", "Brackwater & Lowe LLP has served as the auditor of Stridewell Technologies, Inc. since 2019. "
              "In its opinion, the consolidated financial statements present fairly, in all material "
              "respects, the financial position of the Company as of December 31, 2025 and 2024, in "
              "conformity with accounting principles generally accepted in the United States of America."),
        ("h", "Note 14. Concentrations"),
        ("p", "No single customer accounted for more than 10% of revenue in 2025 or 2024. Purchases from our "
              "two largest component suppliers together represented 38% of total inventory purchases."),
        ("h", "SIGNATURES"),
        ("p", "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
              "registrant has duly caused this report to be signed on its behalf by the undersigned, "
              "thereunto duly authorized. STRIDEWELL TECHNOLOGIES, INC. By: /s/ Dana R. Okafor, Chief "
              "Executive Officer. By: /s/ Miles T. Brennan, Chief Financial Officer. Date: February 26, 2026."),
    ],
]

YUEDONG_GONGGAO = [
    [
        ("row", ["证券代码：301592", "证券简称：跃动智能", "公告编号：2026-011"]),
        ("c", "深圳跃动智能科技股份有限公司"),
        ("c", "关于2026年度日常关联交易预计及签署附条件生效的股份认购协议的公告"),
        ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "一、日常关联交易基本情况"),
        ("p", "（一）日常关联交易概述。"
              "为满足智能手环及运动手表的生产需要，公司拟向杭州芯脉微电子有限公司采购PPG光学心率芯片及六轴惯性传感器芯片，预计2026年度采购金额不超过人民币3.8亿元。"
              "公司持有芯脉微电子18.60%的股权，并向其委派一名董事，芯脉微电子为公司的关联法人。"
              "公司于2026年2月10日召开第三届董事会第十四次会议，关联董事周启明回避表决，其余董事以8票同意、0票反对、0票弃权审议通过了该议案。"
              "本次日常关联交易预计事项尚需提交公司股东大会审议。"),
        ("p", "（二）预计日常关联交易类别和金额（单位：人民币万元）。"),
        ("row", ["关联交易类别", "关联人", "2026年预计金额", "2025年实际发生金额", "占同类业务比例"]),
        ("row", ["向关联人采购原材料", "芯脉微电子", "38,000.00", "24,615.37", "41.26%"]),
        ("row", ["向关联人提供技术服务", "芯脉微电子", "600.00", "212.40", "3.08%"]),
        ("h", "二、关联人介绍和关联关系"),
        ("p", "杭州芯脉微电子有限公司成立于2017年4月，注册资本人民币1.2亿元，法定代表人为周启明，主营业务为低功耗传感器芯片的设计与销售。"
              "截至2025年12月31日，芯脉微电子总资产为人民币9.74亿元，净资产为人民币6.13亿元，2025年度实现营业收入人民币7.02亿元（未经审计）。"
              "经查询，芯脉微电子不属于失信被执行人，具备良好的履约能力。"),
        ("p", "2026年1月，公司与芯脉微电子签署《联合实验室合作协议》，双方将共同开发面向运动手环的低功耗AI运动识别算法。"
              "双方各自承担研发费用，研发成果由双方共同所有。"),
    ],
    [
        ("h", "三、向特定对象发行股票及签署股份认购协议情况"),
        ("p", "公司本次向特定对象发行股票数量不超过4,200万股，募集资金总额不超过人民币12.6亿元。"
              "募集资金扣除发行费用后将用于AI运动健康大模型研发项目、东莞智能穿戴生产基地扩产项目及补充流动资金。"),
        ("p", "2026年2月10日，公司与光衡感测股份有限公司签署了附条件生效的股份认购协议，光衡感测拟以现金人民币2.4亿元认购本次发行的股票。"
              "本次发行完成后，光衡感测预计将持有公司约4.85%的股份。"
              "同日，深圳前湾产业投资基金合伙企业（有限合伙）与公司签署股份认购协议，拟以现金人民币1.5亿元认购本次发行的股票。"),
        ("p", "光衡感测为台湾地区上市公司，主营光学心率及血氧感测模组，与公司及公司控股股东、实际控制人不存在关联关系。"
              "为本次发行提供保荐服务的华盈证券股份有限公司与公司不存在关联关系。"),
        ("row", ["认购对象", "认购金额（人民币万元）", "认购方式", "限售期"]),
        ("row", ["光衡感测股份有限公司", "24,000.00", "现金", "18个月"]),
        ("row", ["深圳前湾产业投资基金合伙企业（有限合伙）", "15,000.00", "现金", "6个月"]),
        ("h", "四、其他相关情况说明"),
        ("p", "公司全资子公司东莞跃动智能制造有限公司负责智能手环及运动手表的组装生产，本次扩产项目由其实施。"
              "2025年12月，江南商业银行股份有限公司向公司提供人民币5亿元综合授信额度，期限三年。"
              "公司向上海乐跑健身管理有限公司供应定制智能手环及会员运动数据平台服务，2025年度实现销售收入人民币6,820万元。"),
        ("p", "公司所处智能穿戴行业竞争激烈，深圳动联科技有限公司与厦门轻跑电子有限公司均在运动手环领域与公司展开竞争。"
              "信衡会计师事务所（特殊普通合伙）为公司2025年度财务报告审计机构。"),
    ],
    [
        ("h", "五、交易目的和对上市公司的影响"),
        ("p", "上述日常关联交易系公司正常生产经营所需，交易价格参照市场价格协商确定，不存在损害公司及中小股东利益的情形。"
              "公司主营业务不会因上述交易而对关联人形成依赖。"
              "引入光衡感测作为战略投资者，有利于保障公司关键光学元器件的稳定供应。"),
        ("h", "六、独立董事专门会议审议情况"),
        ("p", "公司独立董事专门会议审议通过了上述事项，认为关联交易定价公允，审议程序合法合规，同意将相关议案提交董事会审议。"),
        ("h", "七、风险提示"),
        ("p", "本次向特定对象发行股票事项尚需经公司股东大会审议通过、深圳证券交易所审核通过并经中国证监会同意注册后方可实施。"
              "能否取得上述批准以及取得的时间存在不确定性，敬请广大投资者注意投资风险。"),
        ("h", "八、备查文件"),
        ("p", "1、第三届董事会第十四次会议决议。2、独立董事专门会议审核意见。3、附条件生效的股份认购协议。"),
        ("p", "特此公告。"),
        ("p", "深圳跃动智能科技股份有限公司董事会。2026年2月11日。"),
    ],
]

HUADE_ANNOUNCEMENT = [
    [
        ("p", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("c", "華德體育科技控股有限公司"),
        ("c", "HUADE SPORTS TECHNOLOGY HOLDINGS LIMITED"),
        ("c", "（於開曼群島註冊成立之有限公司）（股份代號：3729）"),
        ("c", "須予披露交易：認購ODDSFORGE GAMING, INC.之新股份"),
        ("h", "緒言"),
        ("p", "董事會欣然宣佈，於2026年2月9日（交易時段後），本公司與Oddsforge Gaming, Inc.訂立認購協議。"
              "根據認購協議，本公司有條件同意認購合共18,650,000股Oddsforge新普通股，總代價為62,000,000美元。"
              "於完成後，本公司將持有Oddsforge經擴大已發行股本約19.9%，而Oddsforge將作為本公司之聯營公司入賬。"),
        ("h", "認購協議之主要條款"),
        ("row", ["日期：", "2026年2月9日"]),
        ("row", ["訂約方：", "(i) 本公司（作為認購方）；及 (ii) Oddsforge（作為發行方）"]),
        ("row", ["認購股份：", "18,650,000股新普通股"]),
        ("row", ["認購價：", "每股約3.3244美元"]),
        ("p", "代價將以本集團內部資源及銀行融資以現金支付。"
              "認購價乃經參考Oddsforge之近期交易價格、財務表現及業務前景，由訂約方按公平原則磋商釐定。"
              "完成須待（其中包括）美國相關博彩監管機構批准後方可作實。"),
    ],
    [
        ("h", "有關本集團之資料"),
        ("p", "本集團主要從事體育數據服務、彩票系統及人工智能賠率技術業務。"
              "本集團自2023年起向Parlaymind Inc.提供亞洲足球及籃球賽事實時數據饋送。"
              "截至2025年12月31日止年度，本集團來自Parlaymind之數據服務收益約為52,300,000港元。"
              "本公司之全資附屬公司華德彩訊科技（澳門）有限公司向澳瑞博彩娛樂股份有限公司供應彩票終端及風險管理系統。"),
        ("h", "有關Oddsforge之資料"),
        ("p", "Oddsforge為一間於美國特拉華州註冊成立之公司，其股份於納斯達克上市，在美國多個州份經營線上體育博彩業務。"
              "於美國市場，Oddsforge之主要競爭對手包括Lakeshore Sportsbook及BetHarbor Ltd。"
              "據董事作出一切合理查詢後所深知，Oddsforge及其最終實益擁有人均為獨立第三方。"),
        ("row", ["Oddsforge財務資料（千美元）", "2025年", "2024年"]),
        ("row", ["收益", "412,806", "297,533"]),
        ("row", ["除稅前虧損", "(38,114)", "(61,720)"]),
        ("h", "進行認購事項之理由及裨益"),
        ("p", "於簽訂認購協議同日，本公司與Oddsforge訂立商業合作框架協議，雙方將共同探索於亞洲受規管市場推出體育博彩產品。"
              "董事認為，認購事項可讓本集團分享美國體育博彩市場之增長。"
              "董事（包括獨立非執行董事）認為認購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ],
    [
        ("h", "上市規則之涵義"),
        ("p", "由於有關認購事項之一項或多項適用百分比率超過5%但均低於25%，故認購事項構成本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定。"),
        ("p", "勁威融資有限公司已獲委任為華德就認購事項之財務顧問。"
              "泓鑒評估有限公司受聘就Oddsforge之股權價值向華德提供估值意見。"),
        ("p", "於本公告日期，金球控股有限公司持有本公司已發行股份約42.15%，為本公司之控股股東。"),
        ("h", "釋義"),
        ("row", ["「董事會」", "指", "本公司董事會"]),
        ("row", ["「本公司」或「華德」", "指", "華德體育科技控股有限公司"]),
        ("row", ["「本集團」", "指", "本公司及其附屬公司"]),
        ("row", ["「上市規則」", "指", "聯交所證券上市規則"]),
        ("p", "承董事會命。華德體育科技控股有限公司。主席 梁家浩。"),
        ("p", "香港，2026年2月9日。"),
        ("p", "於本公告日期，執行董事為梁家浩先生、何詠芝女士及鄧志明先生；獨立非執行董事為陳慧琳女士、蔡國輝先生及羅偉傑先生。"),
    ],
]


def main():
    workdir = tempfile.mkdtemp(prefix="cjkfont_")
    try:
        write_english(STRIDEWELL_10K, "01_Stridewell_10-K.pdf",
                      "Stridewell Technologies, Inc. | 2025 Form 10-K")
        write_chinese(YUEDONG_GONGGAO, "04_Yuedong_A-share_announcement.pdf",
                      "深圳跃动智能科技股份有限公司 公告编号：2026-011", FACE_SC, workdir)
        write_chinese(HUADE_ANNOUNCEMENT, "05_Huade_HKEX_discloseable_transaction.pdf",
                      "華德體育科技控股有限公司 須予披露交易公告", FACE_TC, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
