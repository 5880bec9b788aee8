"""Build the three PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces only. Chinese text is set in
Noto Sans CJK SC, extracted from the system .ttc with fontTools, subset to the characters
used, converted from CFF to TrueType outlines and saved as a .ttf in a temporary
directory that is deleted afterwards. Chinese lines break only after the full stop.
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
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2

# ---------------------------------------------------------------------------
# 01: first-day declaration (English)
# ---------------------------------------------------------------------------
DOC01_HEADER = "Case 25-11482-TLR    Doc 14    Filed 09/08/25    Page {page} of {nb}"
DOC01 = [
    ("title", "IN THE UNITED STATES BANKRUPTCY COURT"),
    ("title", "FOR THE DISTRICT OF DELAWARE"),
    ("gap", 3),
    ("p", "In re: HALCYON COMPUTE, INC., et al.,(1) Debtors."),
    ("p", "Chapter 11. Case No. 25-11482 (TLR). (Joint Administration Requested)"),
    ("gap", 3),
    ("title", "DECLARATION OF MARISOL D. ACHTERBERG, CHIEF RESTRUCTURING OFFICER OF"),
    ("title", "HALCYON COMPUTE, INC., IN SUPPORT OF CHAPTER 11 PETITIONS AND FIRST DAY PLEADINGS"),
    ("gap", 3),
    ("p", "I, Marisol D. Achterberg, hereby declare under penalty of perjury:"),
    ("p", ("1. I am a Managing Director of Larkspur Advisory LLC (\"Larkspur\") and have served as Chief "
          "Restructuring Officer of Halcyon Compute, Inc. (\"Halcyon\" and, together with its debtor "
          "affiliates, the \"Debtors\" or the \"Company\") since July 14, 2025. I am authorized to submit "
          "this declaration on behalf of the Debtors.")),
    ("p", ("2. On September 8, 2025 (the \"Petition Date\"), each of the Debtors filed a voluntary petition "
          "for relief under chapter 11 of title 11 of the United States Code (the \"Bankruptcy Code\"). I "
          "submit this declaration (the \"First Day Declaration\") to assist the Court and parties in "
          "interest in understanding the circumstances that compelled the commencement of these chapter 11 "
          "cases and in support of the Debtors' first day motions, including the motion for approval of "
          "debtor-in-possession financing (the \"DIP Motion\").")),
    ("p", ("3. Except as otherwise indicated, all facts set forth herein are based upon my personal knowledge, "
          "my review of relevant documents, information provided to me by employees of the Company or by the "
          "Debtors' advisors, or my opinion based upon my experience and knowledge of the Company's "
          "operations and financial condition. If called upon to testify, I would testify competently to "
          "the facts set forth in this declaration.")),
    ("h", "I. THE COMPANY'S BUSINESS"),
    ("p", ("4. Halcyon was founded in 2019 and listed its common stock on the Nasdaq Global Select Market in "
          "2023 under the ticker \"HLCY\". The Company rents access to clusters of graphics processing units "
          "and related accelerators to artificial intelligence developers on an hourly, reserved and "
          "dedicated basis. As of the Petition Date, the Company operated approximately 41,300 accelerators "
          "across six data-centre sites in the United States and one site in the Netherlands and employed "
          "312 people.")),
    ("p", ("5. Halcyon Cloud Texas LLC and Halcyon Compute Netherlands B.V. are each wholly owned subsidiaries "
          "of Halcyon Compute, Inc. Halcyon Cloud Texas LLC holds title to the equipment installed at the "
          "Abilene campus, and Halcyon Compute Netherlands B.V. operates the Company's European cluster near "
          "Eemshaven.")),
    ("p", ("6. The Company's largest customer is Orrery Labs, Inc. (\"Orrery\"), which contracted for 9,600 GPUs "
          "of dedicated capacity under a three-year master services agreement with a total contract value of "
          "$1.04 billion. Orrery accounted for 44% of the Company's revenue in the first half of 2025. No "
          "other customer accounted for more than 7%.")),
    ("p", ("7. Substantially all of the Company's accelerators were purchased from Vantor Semiconductor Corp. "
          "(\"Vantor\"), and as of the Petition Date the Debtors owed Vantor approximately $142.6 million on "
          "account of deliveries made in the first and second quarters of 2025. The accelerators are "
          "installed in rack-scale servers that Trellis Systems Corp. (\"Trellis\") built, integrated and "
          "delivered to the Company's sites under a master purchase agreement dated April 2, 2024.")),
    ("p", ("8. The Company does not own its data centres. Halcyon leases approximately 140 MW of critical IT "
          "load from Meridian Power & Data, Inc. (\"Meridian\") at campuses in Abilene, Texas and Council "
          "Bluffs, Iowa, under leases with remaining terms of between seven and eleven years. Rent and power "
          "pass-through charges under those leases totalled approximately $19.8 million per month in the "
          "second quarter of 2025.")),
    ("h", "II. PREPETITION CAPITAL STRUCTURE"),
    ("p", ("9. As of the Petition Date, the Debtors had approximately $1.63 billion in aggregate principal "
          "amount of funded debt obligations, summarized below:")),
    ("table", ((90, 50, 40), [
        ("Facility", "Principal outstanding", "Maturity"),
        ("Prepetition GPU-Backed Term Loan", "$1,034.0 million", "March 2028"),
        ("4.25% Convertible Senior Notes", "$400.0 million", "June 2028"),
        ("Equipment notes and finance leases", "$196.3 million", "Various"),
        ("Total", "$1,630.3 million", ""),
    ])),
    ("p", ("10. On March 3, 2023, Halcyon entered into a $1.1 billion senior secured GPU-backed term loan with "
          "Bellhaven Asset Finance LLC (\"Bellhaven\") as lender and administrative agent (the \"Prepetition "
          "Term Loan\"). The Prepetition Term Loan is secured by first-priority liens on substantially all "
          "of the Debtors' assets, including the GPU fleet, and requires monthly amortization tied to a "
          "loan-to-value test on the appraised value of the accelerators.")),
    ("p", ("11. The convertible notes were issued under an indenture with Stonebridge Trust Company, N.A., which "
          "serves solely as indenture trustee for Halcyon's noteholders. The notes are unsecured and are "
          "structurally subordinated to the Prepetition Term Loan.")),
    ("h", "III. EVENTS LEADING TO THESE CHAPTER 11 CASES"),
    ("p", ("12. Several developments combined to strain the Company's liquidity in 2025. First, spot and "
          "short-term rental prices for current-generation accelerators fell sharply as supply increased. "
          "Newer entrants such as Northwind GPU Cloud and Cobalt Ridge Compute cut list prices for comparable "
          "instances by as much as 40% during the first half of the year.")),
    ("p", ("13. Second, the appraised value of the GPU fleet declined by approximately 31% between December "
          "2024 and June 2025, triggering a mandatory prepayment under the loan-to-value covenant that the "
          "Company was unable to make. Third, two reserved-capacity customers did not renew contracts that "
          "expired in May 2025, leaving approximately 6,000 GPUs idle.")),
    ("p", ("14. In July 2025 Halcyon retained Pemberton & Vale LLP as restructuring counsel and Ashgrove "
          "Partners LLC as investment banker. Ashgrove contacted 61 potential purchasers and financing "
          "sources, 23 of which executed confidentiality agreements and received access to a virtual data "
          "room.")),
    ("p", ("15. Press reports in August 2025 suggesting that Northwind GPU Cloud had agreed to buy Halcyon "
          "outright were inaccurate, and the Debtors never received a proposal from Northwind.")),
    ("h", "IV. THE STALKING HORSE SALE AND THE DIP FACILITY"),
    ("p", ("16. The marketing process produced a stalking horse bid. StratusForge Holdings, Inc. "
          "(\"StratusForge\") has agreed to serve as stalking horse bidder and to acquire the Debtors' GPU "
          "fleet and related customer contracts for a cash purchase price of $610 million, subject to higher "
          "or otherwise better offers at an auction. The proposed bidding procedures provide for a break-up "
          "fee of 3% and an expense reimbursement capped at $4 million.")),
    ("p", ("17. To fund operations during the sale process, Ridgeway Capital Partners LP (the \"DIP Lender\") has "
          "committed to provide a senior secured superpriority debtor-in-possession term loan facility in an "
          "aggregate principal amount of $275 million, of which $95 million will be available upon entry of "
          "the interim order. Keel Street Agency Services LLC will act as administrative agent for Ridgeway "
          "under the DIP facility in a purely ministerial capacity.")),
    ("p", ("18. The DIP facility bears interest at SOFR plus 9.00%, carries a 2.00% commitment fee, and matures "
          "on the earlier of 120 days after the Petition Date or the closing of a sale. It is secured by "
          "priming liens on the collateral securing the Prepetition Term Loan, to which the required "
          "prepetition lenders have consented.")),
    ("p", ("19. In my judgment the Debtors could not have obtained financing on better terms. DIP proposals were "
          "solicited from 14 parties, and only one provided sufficient liquidity to run a full sale process "
          "without a roll-up of prepetition debt.")),
    ("p", ("20. The Debtors have also entered into a restructuring support agreement (the \"RSA\") with the DIP "
          "Lender and holders of approximately 71% of the Prepetition Term Loan, which contemplates a plan "
          "of reorganization that will distribute sale proceeds and reorganize the Company's remaining "
          "European and managed-services business. Negotiations with trade creditors regarding their "
          "participation in the RSA are continuing.")),
    ("h", "V. FIRST DAY PLEADINGS"),
    ("p", ("21. Contemporaneously herewith, the Debtors filed motions seeking, among other things, authority to "
          "continue their cash management system, to pay prepetition wages and benefits, to pay up to $11.5 "
          "million of prepetition claims of critical vendors that provide power, network transit and on-site "
          "maintenance, and to provide adequate assurance of payment to utility providers. I believe that "
          "the relief requested in each first day pleading is necessary to avoid immediate and irreparable "
          "harm to the Debtors and their estates.")),
    ("p", "I declare under penalty of perjury that the foregoing is true and correct."),
    ("p", "Dated: September 8, 2025, Wilmington, Delaware"),
    ("p", "/s/ Marisol D. Achterberg, Chief Restructuring Officer, Halcyon Compute, Inc."),
    ("gap", 4),
    ("small", ("(1) The Debtors in these chapter 11 cases, along with the last four digits of each Debtor's federal "
              "tax identification number, are: Halcyon Compute, Inc. (4471); Halcyon Cloud Texas LLC (9032); "
              "and Halcyon Compute Netherlands B.V. (N/A). The Debtors' mailing address is 600 Congress Avenue, "
              "Suite 1400, Austin, Texas 78701.")),
]

# ---------------------------------------------------------------------------
# 05: A-share restructuring announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC05 = [
    ("cp", "证券代码：300917　　　证券简称：*ST华垣　　　公告编号：2025-091"),
    ("gap", 4),
    ("ctitle", "华垣数据科技股份有限公司"),
    ("ctitle", "关于法院裁定受理公司重整、指定管理人及确定重整投资人的公告"),
    ("gap", 3),
    ("cp", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("ch", "特别提示："),
    ("cp", "1．宁夏回族自治区银川市中级人民法院（以下简称“银川中院”）已裁定受理公司重整。"),
    ("cp", "2．根据《深圳证券交易所创业板股票上市规则》相关规定，公司股票将被叠加实施退市风险警示。"),
    ("cp", "3．公司存在因重整失败而被宣告破产的风险。如被宣告破产，公司股票将面临被终止上市的风险。"),
    ("cp", "4．截至本公告披露日，重整投资协议已签署，但相关投资款尚未全部支付到位。"),
    ("ch", "一、法院裁定受理重整的情况"),
    ("cp", ("2025年8月29日，公司收到银川中院送达的（2025）宁01破申17号《民事裁定书》。"
           "申请人凌川计算技术股份有限公司以公司不能清偿到期债务且明显缺乏清偿能力为由，向银川中院申请对公司进行重整。"
           "凌川计算系公司智算中心GPU服务器的主要供应商，截至申请日公司累计拖欠其设备货款人民币6.83亿元。"
           "银川中院经审查认为，公司具备重整价值和重整可能，裁定受理申请人对公司的重整申请。")),
    ("ch", "二、指定管理人的情况"),
    ("cp", ("银川中院指定北京衡正律师事务所担任华垣数据管理人。管理人负责人为郑亦峰。"
           "联系地址为宁夏回族自治区银川市金凤区正源北街168号。"
           "公司债权人应于2025年10月15日前向管理人申报债权。第一次债权人会议定于2025年11月5日召开。")),
    ("ch", "三、重整期间的经营及共益债务融资"),
    ("cp", ("重整期间，经银川中院批准，公司在管理人的监督下自行管理财产和营业事务。"
           "公司智算中心目前保持正常运营，现有算力客户合同继续履行。"
           "闽江银行股份有限公司已同意向公司提供不超过人民币3亿元的共益债务融资。"
           "该笔融资将用于支付电费、运维费用及员工薪酬，依法优先于普通债权清偿。")),
    ("ch", "四、子公司融资租赁的情况"),
    ("cp", ("华垣云算（宁夏）有限公司（以下简称“华垣宁夏”）系公司全资子公司，运营公司位于宁夏中卫的智算中心。"
           "2023年6月，华垣宁夏以融资租赁方式向恒启设备租赁（深圳）有限公司承租GPU服务器1,920台，租赁本金合计人民币9.4亿元。"
           "恒启设备租赁（深圳）有限公司系香港联交所上市公司恒启融资租赁控股有限公司的全资子公司。"
           "因华垣宁夏自2025年3月起逾期支付租金，出租人已于2025年8月依约取回其中1,152台服务器。"
           "剩余768台服务器仍由华垣宁夏使用。公司为华垣宁夏的上述租赁债务提供连带责任保证，出租人的相关债权将依法向管理人申报。")),
    ("ch", "五、重整投资人的招募及确定情况"),
    ("cp", ("2025年7月，临时管理人公开招募重整投资人，共有5家意向投资人提交报名材料。"
           "经评审委员会综合评审，确定江澜智算集团有限公司为公司重整产业投资人。"
           "江澜智算拟出资人民币18.6亿元，受让公司资本公积转增的约4.12亿股股票。"
           "重整完成后，江澜智算将持有公司24.80%的股份，成为公司控股股东。")),
    ("cp", ("鹭岛资产管理有限公司作为财务投资人，拟出资人民币4.5亿元受让约1.36亿股转增股票。"
           "重整完成后，鹭岛资管将持有公司约8.19%的股份。")),
    ("cp", ("根据重整投资协议，江澜智算将在重整期间向公司采购算力服务，年度采购金额不低于人民币2.4亿元。"
           "另一意向投资人星垂算力科技（深圳）有限公司未在规定期限内提交华垣数据重整的有约束力投资方案。")),
    ("ch", "六、风险提示"),
    ("cp", "（一）公司股票存在被终止上市的风险。如公司重整失败，公司将存在被宣告破产的风险。"),
    ("cp", ("（二）公司股票已被实施退市风险警示。"
           "立衡会计师事务所（特殊普通合伙）对华垣数据2024年度财务报告出具了无法表示意见的审计报告。")),
    ("cp", "（三）重整投资存在不确定性。如重整投资人未能按协议约定支付投资款，重整计划可能无法执行。"),
    ("cp", ("公司将密切关注重整进展，并严格按照相关规定履行信息披露义务。"
           "公司所有信息均以在指定信息披露媒体刊登的公告为准，敬请广大投资者理性投资，注意风险。")),
    ("cp", "特此公告。"),
    ("gap", 4),
    ("cright", "华垣数据科技股份有限公司董事会"),
    ("cright", "2025年9月1日"),
]

# ---------------------------------------------------------------------------
# 08: distressed-debt research note (English)
# ---------------------------------------------------------------------------
DOC08_HEADER = "Harlow Street Credit Research | Distressed & Special Situations | Page {page} of {nb}"
DOC08 = [
    ("small", "HARLOW STREET CREDIT RESEARCH | North America High Yield | November 18, 2025"),
    ("gap", 2),
    ("title", "Meridian Power & Data, Inc. (MPD)"),
    ("title", "7.25% Senior Secured Notes due 2029: Abilene is re-let, Council Bluffs is not"),
    ("gap", 2),
    ("p", ("Recommendation: Market Weight (from Underweight). Notes: 71.5 / YTW 17.8%. Analyst: Celia "
          "Brandt-Okafor, CFA.")),
    ("p", ("We upgrade the MPD 7.25% senior secured notes to Market Weight. The feared tenant cliff from Halcyon "
          "Compute's chapter 11 filing has been roughly half resolved: the larger Abilene campus has a new "
          "tenant on a long lease, while about 50 MW at Council Bluffs is still dark and will weigh on 2026 "
          "cash flow. At 71.5, the notes discount a recovery below our base case, but the 2027 revolver "
          "maturity keeps us from turning constructive.")),
    ("h", "What happened"),
    ("p", ("Halcyon Compute leased about 140 MW from MPD across Abilene and Council Bluffs, roughly 38% of MPD's "
          "contracted annualised rent when it filed on September 8. Halcyon's $275 million DIP facility from "
          "Ridgeway Capital Partners funded post-petition rent in full, so MPD's administrative claim is "
          "small.")),
    ("p", ("StratusForge closed its $610 million purchase of the Halcyon GPU fleet on November 14, and the "
          "Abilene halls never went dark. StratusForge has signed a new ten-year lease with MPD for 90 MW of "
          "the Abilene halls, at a rent about 9% below Halcyon's contracted rate. We estimate annual rent under "
          "the new lease at roughly $138 million including power pass-through.")),
    ("p", ("In Council Bluffs, Halcyon rejected its lease in October and roughly 50 MW is vacant. Orrery Labs "
          "already leases 45 MW directly from MPD at Council Bluffs under a separate contract and holds a "
          "right of first offer on the vacated halls. We do not assume it exercises that right before the "
          "second half of 2026.")),
    ("p", ("Under the amended plan, reorganized Halcyon keeps only its Dutch cluster and a managed-services "
          "business. Ridgeway will be the largest holder of the reorganized equity at about 46%, and Vantor "
          "Semiconductor will own 19.5% after converting its claim. Neither is a tenant of MPD, and we "
          "see no path by which the reorganized company re-leases space in Council Bluffs.")),
    ("p", ("Crestline Ratings downgraded MPD's corporate family rating to Caa1 from B3 on October 2, citing "
          "tenant concentration, and has not moved since the Abilene re-let.")),
    ("h", "Capital structure"),
    ("table", ((80, 35, 30, 35), [
        ("Instrument", "Amount ($m)", "Price", "Maturity"),
        ("Revolving credit facility", "350", "n/a", "Jun-2027"),
        ("7.25% senior secured notes", "1,200", "71.5", "Mar-2029"),
        ("Equipment financing", "140", "n/a", "2026-2030"),
        ("Total debt", "1,690", "", ""),
        ("Cash", "(62)", "", ""),
        ("Net debt", "1,628", "", ""),
    ])),
    ("p", ("MPD's $350 million revolving credit facility from Aldgate National Bank is fully drawn and matures "
          "in June 2027, ahead of the notes. The notes are issued by MPD Abilene PropCo LLC, a wholly owned "
          "subsidiary of Meridian Power & Data, Inc., and are secured by a first lien on the Abilene campus "
          "and a second lien on Council Bluffs.")),
    ("h", "Valuation and recovery"),
    ("p", ("We value MPD at 11.0x our 2026E EBITDA of $171 million, a discount to Cinder Point Data Centers "
          "(14.5x) and Granite Loop Infrastructure (13.0x), whose tenants are mostly investment-grade "
          "hyperscalers. The remaining 62% of MPD's contracted rent comes from two hyperscale tenants and a "
          "sovereign AI programme, none of which has missed a payment.")),
    ("table", ((45, 45, 45, 45), [
        ("Scenario", "2026E EBITDA ($m)", "Multiple", "Notes recovery"),
        ("Bear", "142", "9.0x", "58"),
        ("Base", "171", "11.0x", "84"),
        ("Bull", "196", "12.0x", "100"),
    ])),
    ("p", ("Our base case assumes Council Bluffs is 60% re-let by the end of 2026 at rents 15% below the "
          "Halcyon contract. A full re-let at the old rate would lift base-case recovery to par.")),
    ("h", "Risks"),
    ("p", ("Upside risks include a faster re-let of Council Bluffs and a refinancing of the revolver on better "
          "terms. Downside risks include further distress among GPU cloud tenants, since StratusForge funded "
          "its purchase partly with debt, and rising power costs in ERCOT that cannot be passed through "
          "under older leases.")),
    ("h", "Important disclosures"),
    ("small", ("Harlow Street Research and/or its affiliates may hold positions in the securities of Meridian "
              "Power & Data, Inc. and may trade in them. The analyst certifies "
              "that the views expressed in this report accurately reflect her personal views about the subject "
              "securities and issuers and that no part of her compensation was, is or will be related to the "
              "specific recommendation. This report is intended for institutional investors only and is not "
              "an offer to buy or sell any security.")),
]


def cjk_font(text, index, folder):
    """Extract one face of the Noto CJK collection as a TrueType subset and return its path."""
    font = TTCollection(TTC).fonts[index]
    options = Options()
    options.desubroutinize = True
    options.layout_features = []
    subsetter = Subsetter(options)
    subsetter.populate(text=text + " 0123456789")
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
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    path = os.path.join(folder, "NotoSansCJKsc-subset.ttf")
    font.save(path)
    return path


class Paper(FPDF):
    def __init__(self, running_head=None):
        super().__init__(format="A4")
        self.running_head = running_head
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def header(self):
        if self.running_head:
            self.set_font("Helvetica", size=7)
            text = self.running_head.format(page=self.page_no(), nb="{nb}")
            self.cell(0, 5, text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)


def wrap_words(pdf, text, width):
    lines = []
    current = ""
    for word in text.split(" "):
        trial = word if not current else current + " " + word
        if pdf.get_string_width(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def wrap_sentences(pdf, text, width, size):
    """Return (line, font size) pairs; a line only ends after a full stop."""
    sentences = re.findall(r"[^。]*。|[^。]+$", text)
    lines = []
    current = ""
    for sentence in sentences:
        trial = current + sentence
        if pdf.get_string_width(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = sentence
    if current:
        lines.append(current)
    sized = []
    for line in lines:
        fit = size
        pdf.set_font_size(fit)
        while pdf.get_string_width(line) > width and fit > 5.5:
            fit -= 0.25
            pdf.set_font_size(fit)
        sized.append((line, fit))
    pdf.set_font_size(size)
    return sized


def keep_together(pdf, height):
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def render(blocks, out_name, running_head=None, cjk_path=None):
    pdf = Paper(running_head)
    if cjk_path:
        pdf.add_font("NotoSC", "", cjk_path)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, payload in blocks:
        if kind == "gap":
            pdf.ln(payload)
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 10.5)
            for line in wrap_words(pdf, payload, width):
                pdf.cell(width, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.set_font("Helvetica", "B", 10)
            keep_together(pdf, 14)
            pdf.ln(2)
            pdf.cell(width, 6, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "small"):
            size = 10 if kind == "p" else 8
            height = 5 if kind == "p" else 4
            pdf.set_font("Helvetica", "", size)
            lines = wrap_words(pdf, payload, width)
            keep_together(pdf, height * len(lines))
            for line in lines:
                pdf.cell(width, height, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            widths, rows = payload
            keep_together(pdf, 6 * len(rows))
            for number, row in enumerate(rows):
                pdf.set_font("Helvetica", "B" if number == 0 else "", 9)
                for cell_width, cell_text in zip(widths, row):
                    pdf.cell(cell_width, 6, cell_text, border=1)
                pdf.ln(6)
            pdf.ln(3)
        elif kind == "ctitle":
            pdf.set_font("NotoSC", "", 13)
            pdf.cell(width, 8, payload, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "ch":
            pdf.set_font("NotoSC", "", 10.5)
            keep_together(pdf, 14)
            pdf.ln(1)
            pdf.cell(width, 7, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "cp":
            pdf.set_font("NotoSC", "", 10)
            lines = wrap_sentences(pdf, payload, width, 10)
            keep_together(pdf, 6.5 * len(lines))
            for line, size in lines:
                pdf.set_font_size(size)
                pdf.cell(width, 6.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font_size(10)
            pdf.ln(1.5)
        elif kind == "cright":
            pdf.set_font("NotoSC", "", 10)
            pdf.cell(width, 6.5, payload, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)
    pdf.output(os.path.join(HERE, out_name))


def main():
    render(DOC01, "01_Halcyon_first_day_declaration.pdf", DOC01_HEADER)
    render(DOC08, "08_Meridian_distressed_credit_note.pdf", DOC08_HEADER)
    chinese = "".join(payload for kind, payload in DOC05 if isinstance(payload, str))
    folder = tempfile.mkdtemp(prefix="fresh66_font_")
    try:
        render(DOC05, "05_Huayuan_restructuring_announcement.pdf", cjk_path=cjk_font(chinese, SC_INDEX, folder))
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
