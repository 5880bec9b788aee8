"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

02_Halvorsen_annual_report.pdf uses Helvetica. 05_Zhiheng_major_contract_announcement.pdf
uses Noto Sans CJK SC, extracted from the system .ttc with fontTools, subset to the
characters used, converted from CFF to TrueType outlines and written to a temporary
directory that is removed after the PDF has been written.
"""
import os
import re
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2

# ---------------------------------------------------------------------------
# 02 Halvorsen Industries plc - Annual Report and Accounts 2024 (excerpt)
# ---------------------------------------------------------------------------
HALVORSEN = [
    ("title", "Halvorsen Industries plc"),
    ("subtitle", "Annual Report and Accounts 2024 - Extracts"),
    ("small", "Registered in England and Wales, company number 00418862. LSE: HVN. "
              "The extracts below are taken from the Strategic Report and the Notes to the "
              "consolidated financial statements for the year ended 31 December 2024. "
              "Page references to other sections of the Annual Report have been omitted."),
    ("h", "Chairman's statement (extract)"),
    ("p", "2024 was the year in which Halvorsen became a software company as well as an "
          "engineering company. Group revenue increased by 9% to £3,482 million and adjusted "
          "operating profit rose 12% to £401 million, with every segment contributing to growth. "
          "The Board is recommending a final dividend of 24.6 pence per share, bringing the total "
          "for the year to 36.0 pence, an increase of 8%."),
    ("p", "Our largest investment of the year was the acquisition of Brightcoil, which gives our "
          "robotic cells the fleet-orchestration software that customers increasingly ask for. "
          "I would like to thank Brightcoil's founders and employees for the energy they have "
          "brought to the Group in their first months with us."),
    ("h", "Strategic report - Automation Systems"),
    ("p", "Automation Systems revenue rose 14% to £1,126 million, helped by a £96 million "
          "body-shop automation contract with Carrow Motor Company and a second full year of "
          "robotic assembly cells delivered to Kestrel EMS. Order intake was £1,288 million, "
          "giving a book-to-bill ratio of 1.14, and the closing order book of £1,410 million "
          "provides good visibility into 2025."),
    ("p", "Edge computing hardware for our cells is purchased principally from Northgate Edge "
          "Systems, Inc. We qualified a second edge hardware configuration during the year but "
          "have not yet placed volume orders for it."),
    ("p", "In March 2025 we signed a co-marketing agreement with Lumetric Vision Inc. to offer "
          "integrated robot-and-inspection cells to automotive plants. The agreement does not "
          "involve any payment between the parties and either party may terminate it on 90 days' "
          "notice."),
    ("h", "Acquisition of Brightcoil"),
    ("p", "On 3 September 2024 the Group completed the acquisition of 100% of the issued share "
          "capital of Brightcoil Robotics Software Limited (\"Brightcoil\") for a total "
          "consideration of £312 million, satisfied in cash from existing resources and the "
          "Group's revolving credit facility. Brightcoil is now a wholly owned subsidiary of "
          "Halvorsen Industries plc and is reported within the Automation Systems segment."),
    ("p", "Brightcoil develops software that schedules and coordinates fleets of industrial robots "
          "and autonomous mobile robots across a plant. Brightcoil's largest customer, Carrow "
          "Motor Company, licenses its fleet-orchestration software across eleven plants. "
          "Brightcoil competes with Staedler Robotik GmbH and Ashgrove Automation in "
          "fleet-orchestration software. Crane Lyall & Co. acted as financial adviser to Halvorsen "
          "Industries plc on the transaction."),
    ("h", "Supply chain resilience"),
    ("p", "Castings are among the components most exposed to energy-price volatility and to the "
          "consolidation of the UK foundry sector. During the year the Group advanced a £45 million "
          "five-year secured term loan to Mercer Precision Castings Limited, a long-standing "
          "supplier of aluminium housings and gearbox castings to our Automation Systems segment. "
          "The loan funds Mercer's conversion of two melting lines to electric induction furnaces "
          "and bears interest at SONIA plus 3.25%."),
    ("p", "The Group also holds 12.5% of the ordinary shares of Mercer, acquired in 2019, and has "
          "the right to appoint one non-executive director to its board. Mercer also supplies "
          "castings directly to Carrow Motor Company for its electric drive units. We regard this "
          "as a strength, because a broader customer base supports Mercer's ability to service the loan."),
    ("h", "Principal risks and uncertainties (extract)"),
    ("table", [
        ["Risk", "Description", "Change in year"],
        ["Customer concentration", "Automotive customers represent 41% of segment revenue", "Increased"],
        ["Supplier dependency", "Single-source castings and edge hardware", "Unchanged"],
        ["Acquisition integration", "Retention of Brightcoil engineering staff", "New"],
        ["Cyber security", "Connected cells widen the attack surface", "Increased"],
    ]),
    ("h", "Note 14. Business combinations"),
    ("p", "The provisional fair values of the identifiable net assets of Brightcoil at the "
          "acquisition date were: intangible assets (technology and customer relationships) "
          "£118 million, cash £21 million, other net liabilities £9 million and deferred tax "
          "liabilities £29 million. Goodwill of £211 million arises, representing the assembled "
          "workforce and expected revenue synergies from selling Brightcoil software with Group "
          "automation equipment. None of the goodwill is expected to be deductible for tax purposes."),
    ("p", "Acquisition-related costs of £6.4 million have been recognised within administrative "
          "expenses. From the acquisition date Brightcoil contributed revenue of £14 million and an "
          "operating loss of £3 million to the Group."),
    ("h", "Note 17. Loans receivable and other investments"),
    ("table", [
        ["", "2024 £m", "2023 £m"],
        ["Loan to Mercer Precision Castings Limited", "45.0", "-"],
        ["Investment in Mercer (12.5%, FVOCI)", "8.7", "8.1"],
        ["Other loans receivable", "3.2", "4.0"],
        ["Total", "56.9", "12.1"],
    ]),
    ("p", "The loan to Mercer is secured on Mercer's freehold foundry and plant, is repayable in "
          "equal semi-annual instalments from June 2026, and is classified at amortised cost. "
          "No expected credit loss allowance has been recognised as Mercer has met all covenants "
          "since drawdown."),
    ("h", "Independent auditor"),
    ("p", "Pemberton Ashby LLP has audited Halvorsen Industries plc since 2016 and, following a "
          "tender in 2023, was reappointed for a further term. The senior statutory auditor is "
          "Fiona Campbell."),
    ("small", "Approved by the Board on 5 March 2025 and signed on its behalf by Sir Andrew Pryce, "
              "Chairman, and Helen Osei, Group Finance Director."),
]

# ---------------------------------------------------------------------------
# 05 智衡科技 关于签订日常经营重大合同的公告
# ---------------------------------------------------------------------------
ZHIHENG = [
    ("line", "证券代码：688759        证券简称：智衡科技        公告编号：2025-031"),
    ("title", "智衡工业互联网科技股份有限公司"),
    ("title", "关于签订日常经营重大合同的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
          "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "合同类型：工业互联网平台建设及智能化改造框架采购协议。"
          "合同金额：人民币48,600万元（含税）。"
          "合同生效条件：经双方法定代表人或授权代表签字并加盖公章后生效。"
          "合同履行期限：自合同生效之日起三年。"),
    ("p", "对上市公司当期业绩的影响：本合同的履行预计将对公司2025年度及以后年度的经营业绩产生积极影响。"
          "具体影响金额以经审计的财务数据为准。"),
    ("p", "特别风险提示：本合同为框架协议，实际采购金额以具体订单为准。"
          "合同履行过程中可能存在因外部宏观环境、行业政策或客户需求变化导致合同无法全部履行的风险。"),
    ("h", "一、审议程序情况"),
    ("p", "本合同为公司日常经营性合同，根据《上海证券交易所科创板股票上市规则》及《公司章程》等相关规定，"
          "无需提交公司董事会及股东大会审议。"),
    ("h", "二、合同标的和对方当事人情况"),
    ("h2", "（一）合同标的情况"),
    ("p", "2025年6月12日，公司与中原鸿钢集团有限公司签订了框架采购协议。"
          "根据该协议，由公司向鸿钢集团提供工业互联网平台及机器视觉质检系统，合同总金额为人民币48,600万元（含税）。"
          "合同标的包括工业互联网平台软件、表面缺陷检测系统、边缘计算设备及相关实施服务。"),
    ("h2", "（二）合同对方当事人情况"),
    ("line", "1. 企业名称：中原鸿钢集团有限公司"),
    ("line", "2. 企业性质：有限责任公司（国有独资）"),
    ("line", "3. 法定代表人：赵立国"),
    ("line", "4. 注册资本：人民币1,000,000万元"),
    ("line", "5. 住所：河南省郑州市郑东新区商务外环路18号"),
    ("line", "6. 主营业务：钢铁冶炼、钢材轧制及销售，冶金技术开发与服务"),
    ("line", "7. 实际控制人：河南省人民政府国有资产监督管理委员会"),
    ("p", "8. 最近三个会计年度与公司发生的交易情况：2022年至2024年，公司向鸿钢集团下属全资子公司中原鸿钢板材有限公司提供产线数据采集及质检系统。"
          "上述交易累计金额为人民币3,126万元。"),
    ("p", "9. 关联关系说明：鸿钢集团与公司及公司控股股东、实际控制人、董事、监事、高级管理人员之间不存在关联关系。"),
    ("p", "10. 履约能力分析：鸿钢集团为省属重点国有企业，经营情况和资信状况良好，具备良好的履约能力。"),
    ("h", "三、合同主要条款"),
    ("table", [
        ["项目", "主要内容"],
        ["甲方（采购方）", "中原鸿钢集团有限公司"],
        ["乙方（供应方）", "智衡工业互联网科技股份有限公司"],
        ["合同金额", "人民币48,600万元（含税）"],
        ["履行期限", "自合同生效之日起三年"],
        ["付款方式", "预付款10%，验收款60%，质保金10%"],
        ["争议解决", "提交郑州仲裁委员会仲裁"],
    ]),
    ("p", "交付方式：乙方按照甲方下达的具体订单分批交付，并负责安装调试及人员培训。"
          "违约责任：任何一方违约的，应按合同约定承担违约责任并赔偿对方由此造成的损失。"),
    ("h", "四、合同履行对上市公司的影响"),
    ("p", "本合同金额约占公司2024年度经审计营业收入的41.2%。"
          "合同的顺利履行将进一步巩固公司在钢铁行业工业互联网领域的市场地位。"
          "本合同的履行不会对公司业务独立性产生影响，公司主要业务不会因履行合同而对合同对方形成依赖。"),
    ("p", "为保障合同履行，公司已提前锁定关键部件供应。"
          "公司向日本樱川商事株式会社采购的进口工业相机、镜头及伺服驱动器将用于本合同项下的质检系统。"
          "边缘计算服务器由公司向云岫边缘计算科技有限公司采购。"),
    ("p", "同日，公司与鸿钢集团签署了《合资经营协议》。"
          "双方拟共同设立鸿智工业智能科技（郑州）有限公司，公司持股51%，鸿钢集团持股49%。"
          "具体内容详见公司同日披露的《关于对外投资设立合资公司的公告》（公告编号：2025-032）。"),
    ("h", "五、合同履行的风险分析"),
    ("p", "1. 本合同为框架协议，具体采购内容和金额以甲方下达的订单为准，存在实际执行金额低于合同总金额的风险。"),
    ("p", "2. 合同履行周期较长，在履行过程中如遇行业政策调整、市场环境变化等不可预计或不可抗力因素，"
          "可能导致合同无法如期或全部履行。"),
    ("p", "3. 目前钢铁行业工业互联网市场参与者众多，卓联工业互联网、天枢智造等企业亦在积极布局。"
          "市场竞争可能影响公司后续订单的获取。"),
    ("p", "敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("right", "智衡工业互联网科技股份有限公司董事会"),
    ("right", "2025年6月13日"),
]


def build_halvorsen(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in HALVORSEN:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 18)
            pdf.cell(width, 10, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "subtitle":
            pdf.set_font("Helvetica", "", 13)
            pdf.cell(width, 8, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font("Helvetica", "I", 8)
            pdf.multi_cell(width, 4, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(width, 7, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width, 5, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(text_align="LEFT", line_height=5) as table:
                for row in content:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.ln(2)
    pdf.output(path)


def cjk_text():
    chars = set()
    for _, content in ZHIHENG:
        rows = content if isinstance(content, list) else [[content]]
        for row in rows:
            for value in row:
                chars.update(value)
    chars.update(chr(c) for c in range(32, 127))
    return "".join(sorted(chars))


def make_truetype_subset(face_index, text, out_path):
    font = TTCollection(TTC).fonts[face_index]
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
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
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


def cjk_lines(pdf, text, width):
    """Pack whole sentences into lines so that a line only ever ends after 。"""
    sentences = [s for s in re.split(r"(?<=。)", text) if s]
    lines = []
    current = ""
    for sentence in sentences:
        if current and pdf.get_string_width(current + sentence) > width:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def fitted_cell(pdf, width, height, text, size, align="L"):
    pdf.set_font("notosc", size=size)
    while pdf.get_string_width(text) > width and size > 5:
        size -= 0.25
        pdf.set_font("notosc", size=size)
    pdf.cell(width, height, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def build_zhiheng(path, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("notosc", "", font_path)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in ZHIHENG:
        if kind == "title":
            fitted_cell(pdf, width, 9, content, 15, align="C")
        elif kind == "line":
            fitted_cell(pdf, width, 6, content, 9.5)
        elif kind == "right":
            fitted_cell(pdf, width, 6, content, 9.5, align="R")
        elif kind == "h":
            pdf.ln(1.5)
            fitted_cell(pdf, width, 7, content, 11)
        elif kind == "h2":
            fitted_cell(pdf, width, 6.5, content, 10)
        elif kind == "p":
            pdf.set_font("notosc", size=9.5)
            for line in cjk_lines(pdf, content, width):
                fitted_cell(pdf, width, 6, line, 9.5)
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("notosc", size=9)
            with pdf.table(col_widths=(30, 70), text_align="LEFT", line_height=6, first_row_as_headings=False) as table:
                for row in content:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.ln(2)
    pdf.output(path)


def main():
    build_halvorsen(os.path.join(HERE, "02_Halvorsen_annual_report.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, "NotoSansCJKsc-subset.ttf")
        make_truetype_subset(SC_INDEX, cjk_text(), font_path)
        build_zhiheng(os.path.join(HERE, "05_Zhiheng_major_contract_announcement.pdf"), font_path)
    print("PDFs written")


if __name__ == "__main__":
    main()
