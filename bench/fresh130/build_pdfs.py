"""Build the three PDF documents of the fresh130 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font (ASCII text only). The Chinese
document uses a subset of Noto Sans CJK SC: the .ttc collection cannot be read
by fpdf2, so one face is subset to the characters used with fontTools, its CFF
outlines are converted to TrueType outlines with cu2quPen, the result is saved
to a temporary directory, registered with add_font and deleted afterwards.
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
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC = 2  # Noto Sans CJK SC
FACE_TC = 3  # Noto Sans CJK TC


# --------------------------------------------------------------------------
# Font preparation
# --------------------------------------------------------------------------


def _quadratic_glyphs(font):
    glyph_set = font.getGlyphSet()
    out = {}
    for name in font.getGlyphOrder():
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        out[name] = tt_pen.glyph()
    return out


def _cff_to_truetype(font):
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = _quadratic_glyphs(font)
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        advance = hmtx[name][0]
        lsb = glyph.xMin if hasattr(glyph, "xMin") else 0
        hmtx[name] = (advance, lsb)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        (len(g.components) for g in glyf.glyphs.values() if hasattr(g, "components")),
        default=0,
    )
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, face_index, out_dir):
    """Subset one face of the CJK collection to `text`; return a .ttf path."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.drop_tables += ["vhea", "vmtx", "VORG", "GSUB", "GPOS", "BASE"]
    subsetter = Subsetter(options=options)
    chars = {ord(c) for c in text if c not in "\n\r\t"} | {0x20}
    subsetter.populate(unicodes=chars)
    subsetter.subset(font)
    _cff_to_truetype(font)
    path = Path(out_dir) / f"noto_cjk_face{face_index}.ttf"
    font.save(str(path))
    return path


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, footer_text, family="Helvetica", bold=True):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.family = family
        self.has_bold = bold
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.family, "", 8)
        self.cell(0, 5, self.footer_text.format(n=self.page_no()), align="C")


def render(pdf, blocks):
    bold = "B" if pdf.has_bold else ""
    fam = pdf.family
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "pb":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(fam, bold, 14)
            pdf.multi_cell(0, 7, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font(fam, bold, 12)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h3":
            pdf.set_font(fam, bold, 10.5)
            pdf.multi_cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "meta":
            pdf.set_font(fam, "", 9)
            pdf.multi_cell(0, 4.5, block[1], align=block[2] if len(block) > 2 else "L",
                           new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(fam, "", 10)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            widths, rows, header = block[1], block[2], block[3]
            pdf.set_font(fam, "", 9)
            style = FontFace(emphasis="BOLD" if pdf.has_bold else None, fill_color=(225, 228, 235))
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6,
                           first_row_as_headings=header, headings_style=style) as table:
                for row in rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(kind)


# --------------------------------------------------------------------------
# 01 Vantelo Groep N.V. - annual report excerpt (English)
# --------------------------------------------------------------------------

DOC01 = [
    ("title", "Vantelo Groep N.V.\nAnnual Report 2024 - Excerpt"),
    ("meta", "Euronext Amsterdam: VTLO | Registered office: Rotterdam, the Netherlands | "
             "Chamber of Commerce no. 24418870", "C"),
    ("h2", "Report of the Management Board"),
    ("h3", "1. 2024 at a glance"),
    ("p", "Revenue rose 6.5% to EUR 2,184 million (2023: EUR 2,051 million) and underlying "
          "EBITA reached EUR 112.6 million, a margin of 5.2%. In an average week 61,400 "
          "temporary workers were on assignment with our clients. Placements in which "
          "TalentGrid, our matching and scheduling platform, produced the first-ranked "
          "candidate rose to 38% of the total (2023: 21%). Payroll outsourcing revenue at "
          "Brederode grew 14% to EUR 173 million, helped by new municipal contracts and by "
          "the migration of routine processing to a lower-cost offshore model."),
    ("h3", "2. Strategy: from staffing agency to AI-led workforce services"),
    ("p", "2024 was the year in which TalentGrid moved from pilot to the default workflow in "
          "every Dutch branch. TalentGrid reads vacancy texts, shift patterns and candidate "
          "histories, proposes a ranked shortlist and drafts the first outreach message; a "
          "consultant approves every match before a candidate is contacted. Time-to-fill for "
          "logistics roles fell from 4.1 to 2.6 days, and the share of shifts filled within "
          "24 hours rose to 71%."),
    ("p", "We do not believe that AI replaces the recruiter, but it does change what the "
          "recruiter does. Consultants in our Rotterdam and Venlo hubs now spend roughly a "
          "third less time on screening and a third more time with clients and workers. We "
          "have also set ourselves hard limits: no fully automated rejection of candidates, a "
          "documented human review of every model release, and an annual external bias audit "
          "of TalentGrid's rankings. The first audit was completed in October 2024 and found "
          "no statistically significant disparity by gender or nationality in shortlist "
          "positions; its findings are summarised in the Sustainability Statement."),
    ("p", "Competition remains intense. Our principal competitors in the Benelux, Stavorsen "
          "Uitzendgroep N.V. and Meerhoven Staffing N.V., are deploying comparable generative "
          "matching tools, and we expect price pressure in high-volume logistics staffing to "
          "continue in 2025."),
    ("h3", "3. International partnerships"),
    ("p", "Outside the Benelux our approach is to partner rather than to build. In April 2024 "
          "Vantelo Japan K.K. entered into a co-sourcing alliance with Hoshimura Career "
          "Holdings, Inc., under which the two companies jointly serve European manufacturers "
          "that are hiring bilingual engineers in the Kansai region. In India we took a "
          "minority position in a listed payroll outsourcer, described under Investments "
          "below, which gives the Group exposure to the fastest-growing payroll market in "
          "which it operates."),
    ("pb",),
    ("h2", "4. Financial review"),
    ("h3", "Acquisitions"),
    ("p", "On 14 March 2024 Vantelo Groep N.V. acquired 100% of the shares of Zeewolde Talent "
          "Analytics B.V., a Utrecht-based developer of skills-inference models, for a cash "
          "consideration of EUR 38.5 million. Goodwill of EUR 29.7 million was recognised, "
          "mainly representing the assembled data-science team and expected synergies with "
          "TalentGrid. Since acquisition Zeewolde contributed revenue of EUR 4.3 million and "
          "an operating loss of EUR 1.1 million, reflecting the integration of its models into "
          "TalentGrid."),
    ("p", "In 2023 the Management Board evaluated an acquisition of Werkbrug B.V., an Amsterdam "
          "gig-payroll platform, but Vantelo decided not to make an offer after due diligence "
          "on Werkbrug's classification of freelance workers."),
    ("h3", "Investments"),
    ("p", "In July 2024 Vantelo subscribed for a preferential allotment of equity shares in "
          "Kshetra PayServe Limited for EUR 41.0 million, giving the Group a 9.8% interest in "
          "the NSE-listed payroll company. The investment is measured at fair value through "
          "other comprehensive income; at 31 December 2024 its fair value was EUR 46.2 "
          "million. The Group has no board representation and does not exercise significant "
          "influence over Kshetra."),
    ("h3", "Financing"),
    ("p", "In September 2024 the EUR 150 million revolving credit facility provided by "
          "Noordhaven Bank N.V. was extended to September 2029, and its margin ratchet is now "
          "linked to the TalentGrid bias-audit KPI. At year-end EUR 42 million was drawn under "
          "the facility, and net debt amounted to 0.9 times underlying EBITDA. Free cash flow "
          "was EUR 58.4 million (2023: EUR 61.0 million), after capitalised development costs "
          "for TalentGrid of EUR 14.8 million."),
    ("h3", "Dividend and outlook"),
    ("p", "The Management Board proposes a dividend of EUR 1.12 per share, a pay-out of 45% of "
          "adjusted net income. For 2025 we expect low single-digit organic revenue growth, "
          "with continued margin support from automation in payroll and scheduling, and we "
          "will keep capital expenditure on TalentGrid at around 0.7% of revenue."),
    ("pb",),
    ("h2", "Notes to the consolidated financial statements (extract)"),
    ("h3", "Note 14 - Principal subsidiaries"),
    ("p", "The following are the principal subsidiaries of Vantelo Groep N.V. at 31 December "
          "2024. All are wholly owned and included in the consolidation."),
    ("table", (38, 20, 30, 12), [
        ("Name", "Country", "Principal activity", "Interest"),
        ("Brederode Payroll Services B.V.", "Netherlands", "Payroll outsourcing", "100%"),
        ("Zeewolde Talent Analytics B.V.", "Netherlands", "AI skills inference", "100%"),
        ("Vantelo Japan K.K.", "Japan", "Staffing and recruitment", "100%"),
        ("Vantelo Personal GmbH", "Germany", "Temporary staffing", "100%"),
    ], True),
    ("h3", "Note 27 - Major customers and suppliers"),
    ("p", "No single customer accounted for more than 10% of Group revenue in 2024 or 2023. The "
          "largest customer and the largest supplier of technology services are shown below."),
    ("table", (30, 50, 20), [
        ("Counterparty", "Nature of transactions", "2024"),
        ("Delfland Logistics N.V.", "Customer: logistics staffing and TalentGrid scheduling",
         "EUR 96.1 million"),
        ("Polderwolk Cloud B.V.", "Supplier: GPU hosting and inference capacity for TalentGrid",
         "EUR 11.4 million"),
    ], True),
    ("h3", "Note 29 - Transactions with investees and related parties"),
    ("p", "Kshetra PayServe Limited is not a related party as defined in IAS 24, as the Group "
          "does not have significant influence. Because of the size of the commercial "
          "relationship, transactions with it are disclosed voluntarily."),
    ("table", (28, 40, 16, 16), [
        ("Counterparty", "Nature", "2024", "Payable at 31 December"),
        ("Kshetra PayServe Limited",
         "Offshore payroll processing for Brederode Payroll Services B.V.",
         "EUR 6.2 million", "EUR 0.9 million"),
    ], True),
    ("p", "Remuneration of the Management Board and Supervisory Board is disclosed in Note 30. "
          "There were no other material related-party transactions in 2024."),
    ("h3", "Auditor"),
    ("p", "The consolidated financial statements of Vantelo Groep N.V. for 2024 were audited by "
          "Kloosterman & Vries Accountants N.V., which issued an unqualified opinion dated 26 "
          "February 2025."),
]

# --------------------------------------------------------------------------
# 03 Hoshimura Career Holdings, Inc. - timely disclosure (English)
# --------------------------------------------------------------------------

DOC03 = [
    ("meta", "February 14, 2025", "R"),
    ("meta", "Company name: Hoshimura Career Holdings, Inc.\n"
             "Representative: Kenji Hoshimura, President and Representative Director\n"
             "(Code: 4871, Prime Market of the Tokyo Stock Exchange)\n"
             "Contact: Ayaka Morioka, General Manager, Corporate Planning Department\n"
             "(TEL: +81-3-5555-0148)", "R"),
    ("p", ""),
    ("title", "Notice Concerning the Acquisition of Shares of Kagerou AI Co., Ltd. (Making it a "
              "Subsidiary) and the Conclusion of a Capital and Business Alliance with Tianrui "
              "HR Technology Co., Ltd."),
    ("p", "Hoshimura Career Holdings, Inc. (the \"Company\") hereby announces that its Board of "
          "Directors, at a meeting held today, resolved (i) to acquire all of the issued shares "
          "of Kagerou AI Co., Ltd. (\"Kagerou\") and make it a subsidiary, and (ii) to conclude "
          "a capital and business alliance with Tianrui HR Technology Co., Ltd. (\"Tianrui\"; "
          "Taiwan Stock Exchange code 6791), including the subscription for new shares of "
          "Tianrui to be issued by way of private placement. Details are set out below."),
    ("h2", "I. Acquisition of Shares of Kagerou AI Co., Ltd."),
    ("h3", "1. Reason for the share acquisition"),
    ("p", "The Group's medium-term plan, \"Career Infrastructure 2027\", aims to raise the share "
          "of placements supported by AI screening from 35% to 70% while keeping final hiring "
          "decisions with people. Kagerou, founded in Tokyo in 2019, develops AI models that "
          "assess structured video interviews for job-related competencies and estimate the "
          "risk of early resignation, and is one of few domestic providers whose models have "
          "been validated against actual retention outcomes."),
    ("p", "Kagerou's interview-scoring engine has been used since 2022 by Hoshimura Staff "
          "Partners Co., Ltd., a wholly owned subsidiary of the Company, to screen candidates "
          "for engineering dispatch assignments. Bringing Kagerou into the Group will allow "
          "the Company to deploy the engine across all subsidiaries, to control its "
          "development roadmap and to retain its data-science team of 46 people."),
    ("p", "Before selecting Kagerou, the Company examined an acquisition of Rinne Analytics "
          "Co., Ltd., a Fukuoka-based developer of similar assessment tools, but discontinued "
          "those discussions in June 2024."),
    ("h3", "2. Overview of the company to be acquired"),
    ("table", (30, 70), [
        ("(1) Name", "Kagerou AI Co., Ltd."),
        ("(2) Location", "2-14-7 Dogenzaka, Shibuya-ku, Tokyo"),
        ("(3) Representative", "Daichi Nagase, Representative Director and CEO"),
        ("(4) Business", "Development and licensing of AI interview assessment software"),
        ("(5) Capital", "JPY 310 million"),
        ("(6) Established", "June 3, 2019"),
        ("(7) Relationship with the Company",
         "Capital: none. Personnel: none. Business: Kagerou licenses software to a "
         "consolidated subsidiary of the Company."),
        ("(8) Results, FY ended March 2024",
         "Revenue JPY 1,041 million; operating loss JPY 118 million; net assets JPY 742 million"),
    ], False),
    ("pb",),
    ("h3", "3. Major shareholders of Kagerou before the acquisition"),
    ("table", (55, 25, 20), [
        ("Shareholder", "Shares held", "Ratio"),
        ("Daichi Nagase", "21,600", "45.0%"),
        ("Orvane Work Futures Fund II, L.P.", "15,072", "31.4%"),
        ("Sumire Capital Co., Ltd.", "7,440", "15.5%"),
        ("Employee shareholders (11 persons)", "3,888", "8.1%"),
        ("Total", "48,000", "100.0%"),
    ], True),
    ("p", "There is no capital, personnel or business relationship to be noted between Orvane "
          "Work Futures Fund II, L.P. and Sumire Capital Co., Ltd., and neither is a related "
          "party of the Company."),
    ("h3", "4. Number of shares to be acquired and acquisition price"),
    ("p", "Hoshimura will acquire all 48,000 issued shares of Kagerou AI Co., Ltd. for a total "
          "purchase price of JPY 6,480 million (JPY 135,000 per share), excluding advisory fees "
          "estimated at JPY 92 million."),
    ("p", "The purchase price was determined with reference to a discounted cash flow valuation "
          "prepared by Akebono Valuation Advisory LLC, and Mizuhara Securities Co., Ltd. acted "
          "as financial advisor to the Company."),
    ("h3", "5. Schedule and financing"),
    ("table", (60, 40), [
        ("Board resolution", "February 14, 2025"),
        ("Conclusion of share purchase agreement", "February 14, 2025"),
        ("Share transfer (scheduled)", "March 31, 2025"),
    ], False),
    ("p", "Upon completion of the share transfer, Kagerou will become a consolidated subsidiary "
          "of Hoshimura Career Holdings."),
    ("p", "Hoshimura will fund the purchase price with cash on hand and a JPY 5,000 million term "
          "loan from Tokiwa Trust Bank, Ltd., to be drawn on the closing date with a five-year "
          "term."),
    ("pb",),
    ("h2", "II. Capital and Business Alliance with Tianrui HR Technology Co., Ltd."),
    ("h3", "1. Purpose"),
    ("p", "Semiconductor investment in Kumamoto and Hokkaido has created demand for several "
          "thousand experienced process and equipment engineers, a significant share of whom "
          "are being recruited from Taiwan. Tianrui operates one of Taiwan's largest "
          "engineering staffing and payroll businesses and has developed AI models that match "
          "engineers' tool and process experience to job requirements across languages. The "
          "Company believes that combining its Japanese client base with Tianrui's candidate "
          "network will create a cross-border placement channel that neither company could "
          "build alone."),
    ("h3", "2. Details of the business alliance"),
    ("p", "Hoshimura and Tianrui will jointly develop a cross-border placement platform for "
          "semiconductor engineers moving between Taiwan and Japan, will share candidate pools "
          "subject to each candidate's consent, and will cooperate on relocation, visa and "
          "payroll support."),
    ("h3", "3. Details of the capital alliance"),
    ("p", "Hoshimura will subscribe for 18,000,000 common shares of Tianrui to be issued by way "
          "of private placement at NT$64.0 per share, for a total of NT$1,152 million "
          "(approximately JPY 5,410 million)."),
    ("p", "Following the subscription, Hoshimura will hold 19.9% of Tianrui's issued shares and "
          "will have the right to nominate one director of Tianrui. Under Taiwanese rules on "
          "private placements, the shares may not be transferred for three years from "
          "delivery."),
    ("h3", "4. Overview of Tianrui"),
    ("table", (30, 70), [
        ("(1) Name", "Tianrui HR Technology Co., Ltd."),
        ("(2) Location", "Xinyi District, Taipei"),
        ("(3) Business", "Engineering staffing, recruitment and payroll outsourcing"),
        ("(4) Listing", "Taiwan Stock Exchange (6791)"),
        ("(5) Relationship with the Company", "Capital, personnel and business: none"),
    ], False),
    ("h2", "III. Outlook"),
    ("p", "The share transfer of Kagerou is expected to be completed at the end of the current "
          "fiscal year, and its impact on consolidated results for the fiscal year ending March "
          "31, 2025 is expected to be minor. The investment in Tianrui will be accounted for "
          "by the equity method from the fiscal year ending March 31, 2026. The Company will "
          "promptly announce any matters that require disclosure."),
    ("meta", "End", "R"),
]

# --------------------------------------------------------------------------
# 05 上海凌讯智聘科技股份有限公司 - A-share announcement (Simplified Chinese)
# --------------------------------------------------------------------------

DOC05 = [
    ("meta", "证券代码：688417　　　　证券简称：凌讯智聘　　　　公告编号：2025-017", "C"),
    ("p", ""),
    ("title", "上海凌讯智聘科技股份有限公司\n关于对外投资设立合资公司暨关联交易的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
          "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h3", "重要内容提示："),
    ("p", "●投资标的名称：上海星讯智聘人才科技有限公司（暂定名，最终以市场监督管理部门核准登记"
          "的名称为准，以下简称“星讯智聘”或“合资公司”）。"),
    ("p", "●投资金额：人民币3,060万元，资金来源为公司自有资金，占合资公司注册资本的51%。"),
    ("p", "●关联交易概述：公司控股股东拟向公司提供借款，用于合资公司出资及日常经营资金周转，"
          "构成关联交易。"),
    ("p", "●本次对外投资及关联交易不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
          "本次事项已经公司第三届董事会第十一次会议审议通过，关联董事已回避表决，无需提交股东大会审议。"),
    ("p", "●风险提示：合资公司尚需办理市场主体登记及外商投资信息报告等手续，未来经营可能受到"
          "宏观经济、行业竞争及人工智能监管政策变化等因素影响，敬请广大投资者注意投资风险。"),
    ("h2", "一、对外投资概述"),
    ("p", "（一）2025年2月20日，上海凌讯智聘科技股份有限公司与星村职涯控股株式会社签署《合资经营"
          "合同》及《战略合作协议》，双方将在人工智能招聘、灵活用工及跨境人才服务领域开展长期合作。"),
    ("p", "（二）星讯智聘注册资本为人民币6,000万元，其中凌讯智聘以货币出资人民币3,060万元，持股51%；"
          "星村职涯控股株式会社以货币出资人民币2,940万元，持股49%。"),
    ("p", "（三）合资公司将面向在华日资制造企业及其供应链企业，提供基于人工智能的岗位画像、简历筛选、"
          "视频面试评估及灵活用工管理服务。"),
    ("p", "（四）2025年2月20日，公司召开第三届董事会第十一次会议，审议通过了《关于对外投资设立合资"
          "公司暨关联交易的议案》，关联董事陈凌峰先生回避表决。该议案已经公司独立董事专门会议审议通过。"),
    ("h2", "二、合作方基本情况"),
    ("table", (30, 70), [
        ("名称", "星村职涯控股株式会社（Hoshimura Career Holdings, Inc.）"),
        ("注册地址", "日本国东京都千代田区丸之内二丁目"),
        ("代表人", "星村健二"),
        ("上市地点及代码", "东京证券交易所Prime市场，证券代码4871"),
        ("主营业务", "人才派遣、招聘服务及人力资源外包"),
        ("最近一个会计年度营业收入", "约2,138亿日元（截至2024年3月31日止年度）"),
    ], False),
    ("p", "与公司的业务往来：公司自2023年起为星村人才服务（上海）有限公司提供AI简历筛选SaaS服务，"
          "2024年度相关收入为人民币412.6万元。星村人才服务（上海）有限公司系星村职涯控股株式会社在"
          "中国境内设立的全资子公司。"),
    ("p", "星村职涯控股株式会社与公司及公司控股股东杭州凌峰投资控股有限公司之间不存在关联关系。"),
    ("pb",),
    ("h2", "三、投资标的基本情况"),
    ("table", (30, 70), [
        ("公司名称", "上海星讯智聘人才科技有限公司（暂定名）"),
        ("注册地址", "上海市徐汇区漕河泾开发区"),
        ("注册资本", "人民币6,000万元"),
        ("企业类型", "有限责任公司（外商投资企业与内资合资）"),
        ("经营范围", "人工智能应用软件开发；信息技术咨询服务；人力资源服务（不含职业中介活动、"
                     "劳务派遣服务）；以市场监督管理部门核准的经营范围为准"),
    ], False),
    ("p", "合资公司设立后的股权结构如下："),
    ("table", (46, 14, 22, 18), [
        ("股东名称", "出资方式", "出资额（万元）", "持股比例"),
        ("上海凌讯智聘科技股份有限公司", "货币", "3,060", "51%"),
        ("星村职涯控股株式会社", "货币", "2,940", "49%"),
        ("合计", "—", "6,000", "100%"),
    ], True),
    ("p", "星讯智聘设立后将成为凌讯智聘的控股子公司，纳入公司合并报表范围。"),
    ("h2", "四、合资经营合同的主要内容"),
    ("p", "（一）董事会：合资公司设董事会，由5名董事组成，其中凌讯智聘委派3名，星村职涯控股株式会社"
          "委派2名，董事长由凌讯智聘委派的董事担任。"),
    ("p", "（二）出资期限：双方应于合资公司取得营业执照之日起90日内缴足各自认缴的出资。"),
    ("p", "（三）股权转让限制：合资公司成立之日起五年内，未经另一方书面同意，任何一方不得向第三方转让"
          "其所持合资公司股权。"),
    ("p", "（四）争议解决：因合同引起的争议，提交上海国际仲裁中心按其届时有效的仲裁规则仲裁。"),
    ("h2", "五、关联交易情况"),
    ("p", "（一）关联方基本情况：截至本公告披露日，杭州凌峰投资控股有限公司持有凌讯智聘32.6%的股份，"
          "为公司控股股东；公司董事长陈凌峰先生为其实际控制人。"),
    ("p", "（二）关联交易内容：为满足合资公司出资及日常经营资金需求，杭州凌峰投资控股有限公司拟向凌讯"
          "智聘提供总额不超过人民币8,000万元的借款，借款期限不超过24个月，年利率为3.10%，不高于同期"
          "贷款市场报价利率，公司无需提供任何抵押或担保。"),
    ("p", "（三）过去12个月内，除本次交易外，公司与同一关联人未发生其他关联交易。"),
    ("pb",),
    ("h2", "六、本次交易对上市公司的影响"),
    ("p", "本次设立合资公司有利于公司拓展在华日资制造业客户群体，将公司的简历解析与岗位匹配能力与合作方"
          "在日本市场的客户资源相结合。本次投资资金来源为公司自有资金及控股股东借款，不会对公司财务状况和"
          "经营成果产生重大不利影响。"),
    ("p", "公司2024年度向杭州云衡算力科技有限公司采购GPU算力服务合计人民币1,286万元，主要用于简历解析"
          "与岗位匹配模型的训练与推理，预计合资公司设立后公司算力采购规模将相应增加。"),
    ("p", "与同行业公司北京才汇科技股份有限公司、深圳职通云科技有限公司相比，公司在日资制造业客户方面具有"
          "差异化优势，但在资金规模和品牌知名度方面仍存在差距。"),
    ("h2", "七、中介机构意见"),
    ("p", "保荐机构国鼎证券股份有限公司对本次关联交易事项无异议，上海明衡律师事务所就合资公司设立事项"
          "出具了法律意见书。"),
    ("h2", "八、风险提示"),
    ("p", "合资公司设立后，在经营过程中可能面临市场竞争、人才招聘、数据合规及人工智能监管等方面的风险，"
          "投资收益存在不确定性。公司将密切关注合资公司的设立及后续经营情况，及时履行信息披露义务。"),
    ("p", "特此公告。"),
    ("meta", "上海凌讯智聘科技股份有限公司董事会\n2025年2月21日", "R"),
]


def all_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            for row in block[2]:
                parts.extend(row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts)


def build_english(blocks, footer, name):
    pdf = Doc(footer)
    render(pdf, blocks)
    pdf.output(str(HERE / name))


def build_chinese(blocks, footer, name, face_index):
    tmp = tempfile.mkdtemp(prefix="fresh130_font_")
    try:
        path = make_cjk_font(all_text(blocks) + footer + "0123456789页第", face_index, tmp)
        pdf = Doc(footer, family="NotoCJK", bold=False)
        pdf.add_font("NotoCJK", "", str(path))
        render(pdf, blocks)
        pdf.output(str(HERE / name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    build_english(DOC01, "Vantelo Groep N.V. - Annual Report 2024 - page {n}",
                  "01_Vantelo_annual_report.pdf")
    build_english(DOC03, "Hoshimura Career Holdings, Inc. (4871) - page {n}",
                  "03_Hoshimura_disclosure.pdf")
    build_chinese(DOC05, "上海凌讯智聘科技股份有限公司 公告编号：2025-017 第{n}页",
                  "05_Lingxun_announcement.pdf", FACE_SC)
    print("built 01, 03, 05")


if __name__ == "__main__":
    main()
