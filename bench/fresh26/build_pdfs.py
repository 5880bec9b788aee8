"""Build the three PDF documents of this set with fpdf2.

Run with /work/main/.venv/bin/python build_pdfs.py
English PDFs use DejaVu Sans; the Chinese PDF uses a TrueType subset of
Noto Sans CJK SC (made with fontTools, because fpdf2 needs glyf outlines).
Chinese paragraphs are laid out sentence by sentence so that a line break
never falls inside a sentence that is short enough to fit on one line.
"""
import os
import re

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # Noto Sans CJK SC inside the collection


# ---------------------------------------------------------------- documents

TENQ = [
    ("center_b", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
    ("center", "Washington, D.C. 20549"),
    ("center_b", "FORM 10-Q"),
    ("center", "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("center", "For the quarterly period ended September 30, 2025"),
    ("center", "Commission File Number 001-41877"),
    ("center_b", "HARROWGATE DATA PARKS, INC."),
    ("center", "(Exact name of registrant as specified in its charter)"),
    ("center", "Delaware | I.R.S. Employer Identification No. 86-3312904 | Common stock, $0.001 par value, traded on the New York Stock Exchange under the symbol HGDP"),
    ("center", "Excerpt: selected notes to the condensed consolidated financial statements (unaudited)"),
    ("h", "Note 1. Organization and Basis of Presentation"),
    ("p", "Harrowgate Data Parks, Inc. (together with its consolidated subsidiaries, \u201cHarrowgate,\u201d the \u201cCompany,\u201d \u201cwe\u201d or \u201cour\u201d) develops, owns and operates high-density data center campuses in Northern Virginia, central Ohio and west Texas. The accompanying unaudited condensed consolidated financial statements have been prepared in accordance with U.S. GAAP for interim financial information and should be read together with the audited consolidated financial statements included in our Annual Report on Form 10-K for the year ended December 31, 2024."),
    ("h", "Note 7. Debt"),
    ("p", "The following table summarizes the Company\u2019s outstanding indebtedness (in thousands):"),
    ("table", [42, 24, 32, 32], ["Instrument", "Maturity", "September 30, 2025", "December 31, 2024"], [
        ["Revolving Facility", "July 2030", "310,000", "\u2014"],
        ["Prior credit agreement", "\u2014", "\u2014", "185,000"],
        ["Loudoun II Construction Loan", "August 2029", "402,500", "\u2014"],
        ["6.125% Senior Notes due 2029", "May 2029", "500,000", "500,000"],
        ["Unamortized issuance costs", "", "(14,870)", "(6,215)"],
        ["Total debt, net", "", "1,197,630", "678,785"],
    ]),
    ("sub", "Revolving Credit Facility"),
    ("p", "On July 18, 2025, the Company replaced its prior credit agreement with a $1.25 billion senior secured revolving credit facility (the \u201cRevolving Facility\u201d) maturing in July 2030. The lenders under the Revolving Facility are Fallowmere Trust Company and Corvesse Bank plc, each of which has committed $625 million. Ossington Ridge Bank, N.A. acts as administrative agent and collateral agent for the Company\u2019s Revolving Facility but holds no commitment under it. Borrowings bear interest at Term SOFR plus a margin of 1.85% to 2.35% depending on the Company\u2019s consolidated leverage ratio, and the facility is secured by substantially all of the assets of the Company\u2019s operating subsidiaries other than Loudoun II. As of September 30, 2025, $310.0 million was outstanding and $940.0 million was available."),
    ("sub", "Loudoun II Construction Loan"),
    ("p", "On August 22, 2025, Harrowgate Loudoun Campus II LLC (\u201cLoudoun II\u201d), a wholly owned subsidiary of the Company, entered into a $640.0 million senior secured delayed-draw construction loan (the \u201cConstruction Loan\u201d) with Brindlecote Credit Fund III, L.P., as sole lender. The Construction Loan bears interest at Term SOFR plus 5.25%, of which 1.50% may be paid in kind during construction, and is secured by the Loudoun II campus and a pledge of the equity of Loudoun II. The Company has provided a completion guarantee and a limited payment guarantee in favor of Brindlecote Credit Fund III, L.P. As of September 30, 2025, $402.5 million had been drawn."),
    ("sub", "Senior Notes"),
    ("p", "The 6.125% Senior Notes due 2029 were issued in May 2024 and are guaranteed on a senior unsecured basis by the Company\u2019s existing and future wholly owned domestic subsidiaries other than Loudoun II. The Company was in compliance with all financial covenants under its debt agreements as of September 30, 2025."),
    ("h", "Note 9. Series A Convertible Preferred Stock"),
    ("p", "On August 4, 2025, the Company issued and sold 150,000 shares of its Series A Convertible Preferred Stock to Tessaline Power Systems, Inc. (\u201cTessaline\u201d) at $1,000 per share, for gross proceeds of $150.0 million. The preferred stock accrues dividends at 7.0% per annum, payable in kind or in cash at the Company\u2019s option, and is convertible into common stock at $64.50 per share. Tessaline is entitled to appoint one non-voting observer to the Company\u2019s Board of Directors for so long as it holds at least 50% of the preferred shares originally issued. The preferred stock is classified in temporary equity because it is redeemable upon a change of control. Tessaline also sells transformers to data center developers, but the Company made no purchases from Tessaline during the nine months ended September 30, 2025."),
    ("h", "Note 12. Concentrations"),
    ("p", "Customer concentration. A small number of tenants account for a significant portion of our revenue. For the three months ended September 30, 2025, Quillmark Compute, Inc. accounted for 38% of total revenue and Sabledown Labs, Inc. accounted for 14% of total revenue. One other tenant accounted for 11% of total revenue, and no other tenant exceeded 10%. Quillmark\u2019s leases at our Loudoun I and Loudoun II campuses have remaining non-cancellable terms of 9 to 12 years."),
    ("p", "Supplier concentration. We rely on a limited number of suppliers for long-lead electrical equipment. Coldharbour Electric Co. supplied approximately 45% of the switchgear and power distribution units we purchased during the nine months ended September 30, 2025. A disruption at this supplier could delay the delivery of new capacity to our tenants."),
    ("p", "Power supply. In March 2025, the Company entered into a 15-year power purchase agreement under which Kestrel Fenn Energy will supply up to 300 megawatts to our Abilene, Texas campus from gas-fired generation located on or adjacent to the site. Unlike some peers, such as Veyrier Digital Infrastructure, we do not own on-site generation."),
    ("h", "Note 15. Subsequent Events"),
    ("p", "On October 14, 2025, Loudoun II drew an additional $61.0 million under the Construction Loan. The Company has evaluated subsequent events through the date these financial statements were issued and identified no other events requiring disclosure."),
]

PRESALE = [
    ("left_b", "HALVORSEN WARD RATINGS"),
    ("left", "Presale Report | Structured Finance | Digital Infrastructure ABS"),
    ("title", "Quillmark GPU Funding 2025-1 LLC"),
    ("left_b", "Secured Notes, Series 2025-1"),
    ("left", "November 14, 2025"),
    ("p", "This presale report is based on information as of November 14, 2025. The ratings shown are expected ratings and are not final. The final ratings may differ from the expected ratings if the final documents or information differ from those reviewed."),
    ("h", "Expected Ratings"),
    ("table", [18, 32, 34, 42, 40], ["Class", "Expected rating", "Amount ($ mil.)", "Credit enhancement (%)", "Legal final maturity"], [
        ["A", "A (sf)", "690.0", "36.4", "December 2032"],
        ["B", "BBB (sf)", "170.0", "20.7", "December 2032"],
    ]),
    ("h", "Transaction Overview"),
    ("p", "Halvorsen Ward Ratings (HWR) expects to assign ratings to the Series 2025-1 Class A and Class B notes to be issued by Quillmark GPU Funding 2025-1 LLC (the Issuer), a special-purpose, bankruptcy-remote, wholly owned subsidiary of Quillmark Compute, Inc. (Quillmark or the Sponsor). The notes total $860 million and are secured by the Issuer\u2019s GPU servers, the related networking equipment and its rights under compute agreements with end customers. Net proceeds will be used primarily to repay in full the warehouse facility provided to the Issuer by Brindlecote Credit Fund III, L.P., which had $702 million outstanding as of the October 31, 2025 cut-off date."),
    ("h", "Collateral"),
    ("p", "The collateral consists of 18,432 Arcturus X9 GPUs and associated networking equipment, which the Issuer purchased directly from Varnholt Silicon Corp. for approximately $1.02 billion between August and October 2025. The appraised value of the collateral as of the cut-off date was $1.024 billion, implying a Class A advance rate of 67.4% and an aggregate advance rate of 84.0%. The GPUs are installed at Harrowgate Data Parks\u2019 Loudoun II campus in Ashburn, Virginia, under a colocation agreement between the Issuer and Harrowgate that runs through 2033."),
    ("h", "Obligor Concentration"),
    ("p", "The Issuer is the contracting party under take-or-pay compute agreements with three obligors, summarized below."),
    ("table", [50, 58, 36, 42], ["Obligor", "Contract type", "Remaining term (months)", "Share of contracted cash flow"], [
        ["Sabledown Labs, Inc.", "Reserved capacity, take-or-pay", "44", "46.2%"],
        ["Tamsin Robotics Corp.", "Reserved capacity, take-or-pay", "31", "21.7%"],
        ["Obligor C (undisclosed)", "Committed on-demand", "12", "32.1%"],
    ]),
    ("p", "Sabledown is a privately held AI research laboratory and is not rated by HWR. Our credit assessment of Sabledown reflects its cash balances and committed funding, and a lower assessment would reduce the credit we give to its contract in our cash flow scenarios."),
    ("h", "Key Rating Drivers"),
    ("p", "Residual value risk. HWR\u2019s stressed residual values assume a 70% decline in GPU market values over 36 months, which is more severe than the depreciation schedules used by either Quillmark or Fernhollow Cloud in their financial statements. Technology obsolescence is the principal risk to recoveries, because a successor accelerator platform is expected in 2027."),
    ("p", "Sponsor and counterparties. Quillmark, founded in 2021, operates approximately 96,000 GPUs across six regions and reported third-quarter 2025 revenue of $912 million. Varnholt Silicon, the vendor of the GPUs, is also an equity investor in the Sponsor, but HWR does not view this as a credit linkage because the Issuer owes Varnholt nothing after delivery. The Issuer\u2019s assets are not pledged under Quillmark\u2019s $900 million revolving credit facility with Ossington Ridge Bank. Ledgerline Trust Company, N.A. will serve as indenture trustee, and Orvell Asset Services will act as backup manager."),
    ("p", "Structure. Collections are swept monthly. A debt service coverage ratio below 1.25x for two consecutive months triggers full cash trapping, and a ratio below 1.10x is an event of default."),
    ("p", "Peer comparison. The Issuer\u2019s aggregate advance rate of 84.0% is below the 88.0% in Fernhollow Cloud\u2019s 2025-A notes, which HWR does not rate. The Class A credit enhancement of 36.4% is in line with the aircraft and railcar lease transactions we rate at the same level."),
    ("h", "Rating Sensitivities"),
    ("p", "A 10-point increase in the assumed GPU value decline, or the loss of the largest obligor without replacement within six months, could lead to a downgrade of the Class B notes by one to two notches. Ratings are not a recommendation to buy, sell or hold any security."),
]

GONGGAO = [
    ("cn_small", "证券代码：605916　　证券简称：恒澜智算　　公告编号：2025-071"),
    ("cn_title", "恒澜智算科技股份有限公司"),
    ("cn_title", "关于参与认购产业投资基金份额暨关联交易"),
    ("cn_title", "及为全资子公司申请授信提供担保的公告"),
    ("cn_box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
    ("cn_h", "重要内容提示："),
    ("cn_p", "● 投资标的名称：杭州衡峰算力产业投资合伙企业（有限合伙）（以下简称“衡峰基金”）。"),
    ("cn_p", "● 投资金额：公司拟以自有资金认缴衡峰基金新增财产份额5亿元。"),
    ("cn_p", "● 本次交易构成关联交易，未构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("cn_p", "● 被担保人名称：恒澜云（宁夏）数据科技有限公司（以下简称“恒澜宁夏”），为公司全资子公司。"),
    ("cn_p", "● 本次担保金额：不超过6亿元。本次担保无反担保。公司无逾期对外担保。"),
    ("cn_p", "● 本次交易已经公司第三届董事会第二十一次会议审议通过，关联董事已回避表决，尚需提交公司股东大会审议。"),
    ("cn_h", "一、关联交易概述"),
    ("cn_p", "为把握智能算力产业发展机遇，完善公司在算力产业链上下游的布局，公司拟与澜川控股集团有限公司（以下简称“澜川控股”）共同参与衡峰基金本次扩募。其中，公司拟认缴5亿元，澜川控股拟认缴10亿元。本次扩募完成后，衡峰基金认缴出资总额将由30亿元增加至45.1亿元。"),
    ("cn_p", "衡峰基金的执行事务合伙人为澜川（杭州）私募基金管理有限公司（以下简称“澜川资本”）。澜川资本系澜川控股的全资子公司。澜川资本作为普通合伙人，本次同步认缴新增份额1,000万元。"),
    ("cn_p", "截至本公告披露日，澜川控股持有公司41.26%的股份，为公司控股股东。根据《上海证券交易所股票上市规则》的相关规定，澜川控股、澜川资本为公司关联方，本次交易构成关联交易。"),
    ("cn_h", "二、关联方基本情况"),
    ("cn_p", "（一）澜川控股集团有限公司。统一社会信用代码：91330106MA2H7K3Q5T；成立日期：2009年4月16日；注册资本：120,000万元；法定代表人：严致远；主营业务：实业投资、能源投资、数据中心投资与运营。截至2024年12月31日，澜川控股总资产386.4亿元，净资产142.7亿元；2024年度实现营业收入97.3亿元。"),
    ("cn_p", "（二）澜川（杭州）私募基金管理有限公司。成立日期：2017年9月21日；注册资本：10,000万元；已在中国证券投资基金业协会登记为私募基金管理人。"),
    ("cn_h", "三、投资标的基本情况"),
    ("cn_p", "（一）名称：杭州衡峰算力产业投资合伙企业（有限合伙）。成立日期：2023年6月8日；执行事务合伙人：澜川资本；经营范围：以私募基金从事股权投资、投资管理、资产管理等活动。衡峰基金已在中国证券投资基金业协会完成备案。"),
    ("cn_p", "（二）截至2025年9月30日，衡峰基金已投资项目如下："),
    ("cn_unit", "单位：万元"),
    ("cn_table", [62, 40, 36, 30], ["被投企业", "所属领域", "投资金额", "持股比例"], [
        ["上海曜辰微电子有限公司", "AI加速芯片", "60,000.00", "12.60%"],
        ["苏州砚光光电科技有限公司", "硅光模块", "18,500.00", "7.85%"],
        ["合肥澄算数据服务有限公司", "智算中心运营", "25,000.00", "19.00%"],
    ]),
    ("cn_p", "（三）截至2025年9月30日，衡峰基金总资产28.6亿元，净资产28.4亿元；2025年1-9月实现投资收益1.37亿元（未经审计）。"),
    ("cn_h", "四、合伙协议的主要内容"),
    ("cn_p", "衡峰基金存续期为7年，其中投资期4年。执行事务合伙人按实缴出资额的1.5%/年收取管理费。投资决策委员会由5名委员组成，负责基金投资项目的最终决策。"),
    ("cn_h", "五、担保及授信情况"),
    ("cn_p", "恒澜宁夏成立于2022年3月，注册资本50,000万元，主要负责宁夏中卫智算中心的建设和运营。恒澜宁夏拟向嘉沅银行股份有限公司银川分行申请综合授信额度6亿元。公司拟为恒澜宁夏上述授信提供连带责任保证担保，担保期限为三年。截至本公告披露日，公司及控股子公司对外担保总额为14.5亿元，均为对全资子公司的担保。"),
    ("cn_h", "六、交易目的和对公司的影响"),
    ("cn_p", "衡峰基金重点投资智能算力产业链上下游企业，与公司算力租赁主业具有较好的协同效应。本次投资不涉及公司与砚光光电之间的任何采购或销售安排。本次交易完成后，公司不会因此新增与澜川控股之间的同业竞争。"),
    ("cn_h", "七、历史关联交易情况"),
    ("cn_p", "过去12个月内，除本次交易外，公司与澜川控股之间未发生其他关联交易。"),
    ("cn_h", "八、风险提示"),
    ("cn_p", "产业投资基金具有投资周期长、流动性较低等特点，可能受宏观经济、行业周期、投资标的经营管理等多种因素影响，存在投资收益不及预期的风险。敬请广大投资者注意投资风险。"),
    ("cn_p", "特此公告。"),
    ("cn_right", "恒澜智算科技股份有限公司董事会"),
    ("cn_right", "2025年11月8日"),
]


# ---------------------------------------------------------------- helpers

def make_cjk_ttf(text, out_path):
    ttc = TTCollection(CJK_TTC)
    font = ttc.fonts[CJK_SC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="Letter")
        self.footer_text = footer_text
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.base_font, size=7.5)
        label = f"{self.footer_text} {self.page_no()}" if self.footer_text else f"- {self.page_no()} -"
        self.cell(0, 5, label, align="C")


def render_table(pdf, widths, header, rows, font, size):
    scale = pdf.epw / sum(widths)
    col_widths = tuple(w * scale for w in widths)
    pdf.set_font(font, size=size)
    with pdf.table(col_widths=col_widths, headings_style=None, first_row_as_headings=False,
                   line_height=size * 0.5, padding=1) as table:
        for r in [header] + rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)


def build_english(blocks, out_name, footer_text):
    pdf = Doc(footer_text)
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_font("dv", "B", DEJAVU_B)
    pdf.base_font = "dv"
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind in ("center", "center_b", "left", "left_b", "title"):
            style = "B" if kind in ("center_b", "left_b", "title") else ""
            size = 15 if kind == "title" else 9.5
            pdf.set_font("dv", style, size)
            pdf.multi_cell(0, size * 0.55, block[1], align="C" if kind.startswith("center") else "L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 10.5)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sub":
            pdf.set_font("dv", "B", 9.5)
            pdf.multi_cell(0, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            render_table(pdf, block[1], block[2], block[3], "dv", 8.5)
    pdf.output(os.path.join(HERE, out_name))


SENT_RE = re.compile(r"[^。；]*[。；]|[^。；]+$")


def cn_paragraph(pdf, text, size, line_h):
    pdf.set_font("sc", size=size)
    right = pdf.w - pdf.r_margin
    for sent in SENT_RE.findall(text):
        if not sent:
            continue
        width = pdf.get_string_width(sent)
        if pdf.get_x() > pdf.l_margin + 0.1 and pdf.get_x() + width > right + 0.01:
            pdf.ln(line_h)
        if width <= pdf.epw:
            pdf.cell(width, line_h, sent)
        else:
            pdf.write(line_h, sent)
    pdf.ln(line_h)


def build_chinese(blocks, out_name):
    chars = set()
    for block in blocks:
        for part in block[1:]:
            if isinstance(part, str):
                chars.update(part)
            elif isinstance(part, list):
                for item in part:
                    if isinstance(item, list):
                        for c in item:
                            chars.update(c)
                    elif isinstance(item, str):
                        chars.update(item)
    chars.update("0123456789 -")
    ttf_path = os.path.join(HERE, "_cjk_subset.ttf")
    make_cjk_ttf("".join(sorted(chars)), ttf_path)

    pdf = Doc("第")
    pdf.set_margins(14, 16, 14)
    pdf.add_font("sc", "", ttf_path)
    pdf.base_font = "sc"
    pdf.footer_text = ""
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "cn_small":
            pdf.set_font("sc", size=9)
            pdf.cell(0, 6, block[1], align="C")
            pdf.ln(9)
        elif kind == "cn_title":
            pdf.set_font("sc", size=14)
            pdf.cell(0, 8, block[1], align="C")
            pdf.ln(8)
        elif kind == "cn_box":
            pdf.ln(2)
            pdf.set_font("sc", size=9)
            pdf.multi_cell(0, 5.5, block[1], border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "cn_h":
            pdf.ln(1.5)
            pdf.set_font("sc", size=10.5)
            pdf.cell(0, 7, block[1])
            pdf.ln(7)
        elif kind == "cn_p":
            cn_paragraph(pdf, block[1], 9.5, 6)
            pdf.ln(1)
        elif kind == "cn_unit":
            pdf.set_font("sc", size=9)
            pdf.cell(0, 6, block[1], align="R")
            pdf.ln(6)
        elif kind == "cn_table":
            render_table(pdf, block[1], block[2], block[3], "sc", 9)
        elif kind == "cn_right":
            pdf.set_font("sc", size=9.5)
            pdf.cell(0, 6, block[1], align="R")
            pdf.ln(6)
    pdf.output(os.path.join(HERE, out_name))
    os.remove(ttf_path)


if __name__ == "__main__":
    build_english(TENQ, "harrowgate_10q_q3_2025.pdf", "Harrowgate Data Parks, Inc. | Form 10-Q | Page")
    build_english(PRESALE, "hwr_presale_quillmark_gpu_2025-1.pdf", "Halvorsen Ward Ratings | Presale Report | Page")
    build_chinese(GONGGAO, "henglan_announcement_2025-071.pdf")
    print("built 3 PDFs")
