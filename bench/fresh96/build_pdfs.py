"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses the core Helvetica font. Chinese text uses Noto Sans CJK: the
Simplified Chinese face is extracted from the system .ttc with fontTools, subset to
the characters used, converted from CFF to TrueType outlines (cu2qu) so fpdf2 embeds
it with clean text extraction, and written to a temporary directory that is removed
at the end. English lines break at spaces only; Chinese lines break only after 。.
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC = 2  # index of the Simplified Chinese face in the collection

# --------------------------------------------------------------------------
# Document 01: Northvale Transit Holdings plc, annual report excerpt (English)
# Each page is a list of blocks: ("h", heading), ("p", paragraph), ("t", rows).
# --------------------------------------------------------------------------
NORTHVALE_PAGES = [
    [
        ("title", "Northvale Transit Holdings plc - Annual Report and Accounts 2024"),
        ("small", "Strategic report (extract) | LSE: NVTH | Registered in England and Wales No. 04418823"),
        ("h", "Chief Executive's review"),
        ("p", "2024 was the year in which data science moved from pilot projects into the daily running "
              "of our railway, tram and bus networks. Passenger journeys rose 6.3% to 412 million, and "
              "punctuality on the Eastern Corridor improved for the third consecutive year despite a "
              "difficult winter."),
        ("p", "In March we awarded Kestrel Signalling AG the contract to resignal the Eastern Corridor with "
              "its AI-assisted communications-based train control system, a programme valued at "
              "£186.4 million over seven years. Installation began on the Harlow Junction to Stanbury "
              "section in September, and the first automatic headway regulation trials are scheduled "
              "for the second half of 2025."),
        ("p", "Demand forecasting across our bus and light-rail franchises now runs on the TransitMind "
              "platform, which TransitMind, Inc. licenses to the Group under a five-year subscription "
              "worth £9.8 million. Timetable planners use its hourly forecasts to set vehicle "
              "allocations, and we estimate that empty running fell by 4% in the franchises where the "
              "tool was deployed first."),
        ("p", "We also entered into a joint development agreement with Aozora Rail Systems K.K. under which "
              "the two companies will co-develop and trial predictive maintenance models on 40 units of "
              "the Group's suburban fleet. No payments are due by either party in the first phase, and "
              "each party retains its own background intellectual property."),
        ("p", "Competition for franchise awards remains intense. Our principal competitors, Greyline Rail "
              "Group and Corvid Transport plc, have both announced artificial intelligence programmes of "
              "their own, and we expect operational technology to feature more prominently in future "
              "tender scoring."),
        ("p", "Eleanor Whitfield, Group Chief Executive, 4 March 2025"),
    ],
    [
        ("h", "Digital railway programme: principal technology contracts"),
        ("p", "The table below summarises the principal technology contracts in force at 31 December 2024. "
              "Values are total contract values over the stated term and exclude indexation."),
        ("t", [
            ["Counterparty", "Scope", "Value", "Term"],
            ["Kestrel Signalling AG", "AI-assisted CBTC, Eastern Corridor", "£186.4m", "2024-2031"],
            ["TransitMind, Inc.", "Demand forecasting subscription", "£9.8m", "2024-2029"],
            ["Aozora Rail Systems K.K.", "Joint development, phase 1", "nil", "2024-2026"],
        ]),
        ("h", "Property and telecoms income"),
        ("p", "During the year the Group leased trackside fibre capacity and eleven former signal-box sites "
              "to Cirrostrata Cloud GmbH for use as edge data centres, generating rental income of "
              "£14.2 million. The sites host inference servers that process on-train camera and sensor "
              "data close to the line."),
        ("h", "Financing"),
        ("p", "On 14 June 2024 the Group refinanced its revolving credit facility with Hollis Merchant Bank "
              "plc as sole lender, increasing the commitment to £350 million and extending maturity to "
              "June 2029. At the year end £120 million was drawn. The facility carries a margin of 1.65% "
              "over SONIA and is subject to leverage and interest cover covenants, all of which were met."),
        ("h", "Corporate venturing"),
        ("p", "Northvale Ventures Limited, a wholly owned subsidiary of the Company, invested £10.5 million "
              "in the Series C round of Kestrel Signalling AG in October 2024. Following that investment "
              "Northvale Ventures Limited holds 3.1% of Kestrel's issued share capital, which is carried at "
              "fair value through profit or loss."),
        ("p", "The holding does not confer significant influence. No director of the Company sits on the "
              "supervisory board of Kestrel, and the resignalling contract was awarded through a "
              "competitive tender before the investment was made."),
    ],
    [
        ("h", "Principal risks (extract)"),
        ("p", "Supplier concentration: the Eastern Corridor programme depends on a single signalling "
              "supplier. The Directors note that Greyline Rail Group has brought a patent claim against "
              "Kestrel Signalling AG in Germany; the Group is not a party to those proceedings and has "
              "received contractual indemnities covering the technology it has procured."),
        ("p", "Cyber security: AI-driven control systems increase the attack surface of the network. The "
              "Group applies the NCSC Cyber Assessment Framework and conducts annual penetration testing "
              "of all safety-related systems."),
        ("h", "Independent auditor"),
        ("p", "Ashcombe & Reid LLP has audited the consolidated financial statements of Northvale Transit "
              "Holdings plc for the year ended 31 December 2024. Its report is unqualified and appears on "
              "pages 148 to 156 of the full Annual Report."),
        ("h", "Cautionary statement"),
        ("p", "This report contains certain forward-looking statements with respect to the financial "
              "condition, results of operations and businesses of Northvale Transit Holdings plc. These "
              "statements involve risk and uncertainty because they relate to events and depend upon "
              "circumstances that will occur in the future. Nothing in this report should be construed as "
              "a profit forecast, and the Company undertakes no obligation to update any forward-looking "
              "statement except as required by the Listing Rules."),
    ],
]

# --------------------------------------------------------------------------
# Document 02: Huatie Zhilian A-share announcement (Simplified Chinese)
# --------------------------------------------------------------------------
HUATIE_PAGES = [
    [
        ("small", "证券代码：688417　　证券简称：华铁智联　　公告编号：2025-031"),
        ("title", "华铁智联科技股份有限公司关于签订日常经营重大合同的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
              "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "合同类型：日常经营合同（销售合同）。"
              "合同金额：人民币428,600,000.00元（含税）。"
              "合同生效条件：双方签字盖章后生效。"
              "合同履行期限：自合同生效之日起至2027年12月31日。"),
        ("p", "对上市公司当期业绩的影响：本合同的履行预计将对公司2025年度及以后年度经营业绩产生积极影响。"
              "合同金额占公司2024年度经审计营业收入的37.2%。"),
        ("h", "一、合同签订的基本情况"),
        ("p", "2025年4月18日，公司与海港线出行控股有限公司签订《城市轨道交通智能调度系统采购合同》，合同金额为人民币428,600,000.00元（含税）。"
              "本合同涵盖深港两地共四条线路的AI行车调度、客流预测及车载边缘计算单元的供货、安装与调试。"
              "本合同系公司日常经营合同，无需提交公司董事会及股东大会审议。"),
        ("h", "二、合同对方当事人情况"),
        ("p", "公司名称：海港线出行控股有限公司。"
              "注册地：香港特别行政区。"
              "主营业务：城市轨道交通及公共巴士的投资、建设与运营。"
              "上市地点：香港联合交易所主板，股份代号02389。"),
        ("p", "截至本公告披露日，海港线出行控股有限公司持有公司股份11,520,000股，占公司总股本的4.80%。"
              "根据《上海证券交易所科创板股票上市规则》，海港线出行控股有限公司不属于公司关联方，本次交易不构成关联交易。"),
        ("p", "最近三个会计年度，公司与海港线出行控股有限公司发生的类似交易金额合计为人民币2,340万元。"),
    ],
    [
        ("h", "三、合同主要条款"),
        ("p", "1. 合同标的：智能调度系统软件许可、车载边缘计算单元1,260套及配套运维服务。"
              "2. 付款方式：预付款10%，到货款40%，验收款40%，质保金10%。"
              "3. 交付安排：分三期交付，首期线路计划于2026年3月完成联调。"
              "4. 违约责任：任何一方违约，应按合同约定承担违约金并赔偿损失。"),
        ("h", "四、合同履行的相关安排"),
        ("p", "为完成系统联调，公司已与江城地铁集团有限公司签订《试验线使用及数据服务协议》。"
              "江城地铁集团有限公司向公司提供试验线段、夜间天窗时段及脱敏运营数据，服务费用合计人民币3,650万元。"
              "公司全资子公司华铁智联（江城）科技有限公司将负责本项目的现场实施与运维。"),
        ("p", "本合同所需车载边缘计算单元的AI推理芯片由寒杉半导体股份有限公司供应，预计年度采购金额不超过人民币8,000万元。"
              "公司已与寒杉半导体股份有限公司签订年度框架采购协议，并建立了双供应商备份机制。"),
        ("p", "公司此前已向西桥城际铁路有限公司交付同类调度系统，该线路于2024年12月开通运营。"),
        ("h", "五、合同履行对上市公司的影响"),
        ("p", "本合同的签订有利于公司拓展粤港澳大湾区轨道交通市场，巩固公司在AI行车调度领域的竞争优势。"
              "在本项目招标过程中，中轨慧联科技有限公司、Kestrel Signalling AG等厂商亦参与投标。"
              "本合同的履行对公司业务独立性不构成影响，公司主要业务不会因履行合同而对合同对方形成依赖。"),
        ("h", "六、风险提示"),
        ("p", "合同履行过程中可能存在因政策变化、技术验收标准调整等不可预见因素导致合同无法如期或全面履行的风险。"
              "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "华铁智联科技股份有限公司董事会"),
        ("right", "2025年4月21日"),
    ],
]


# --------------------------------------------------------------------------
# Font handling
# --------------------------------------------------------------------------
def cff_to_truetype(font):
    """Replace the CFF outlines of an OpenType font by quadratic TrueType glyphs."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"


def extract_cjk_font(face_index, text, directory):
    """Write a subset TrueType copy of one face of the CJK collection; return its path."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    subsetter = subset.Subsetter()
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(directory, f"noto_cjk_{face_index}.ttf")
    font.save(path)
    return path


def all_text(pages):
    parts = []
    for page in pages:
        for kind, content in page:
            parts.extend(c for row in content for c in row) if kind == "t" else parts.append(content)
    return "".join(parts)


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
def english_pdf(pages, out_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(False)
    for page in pages:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("Helvetica", "B", 13)
                pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font("Helvetica", "", 8)
                pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 10.5)
                pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Helvetica", "", 9.5)
                pdf.multi_cell(0, 4.8, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "t":
                widths = [50, 70, 24, 30]
                for i, row in enumerate(content):
                    pdf.set_font("Helvetica", "B" if i == 0 else "", 9)
                    for width, cell in zip(widths, row):
                        pdf.cell(width, 6, cell, border=1)
                    pdf.ln(6)
                pdf.ln(2)
    pdf.output(out_path)


def cjk_lines(pdf, text, width):
    """Pack whole sentences (ending in 。) into lines no wider than width."""
    sentences = [s for s in re.split(r"(?<=。)", text) if s]
    lines, line = [], ""
    for sentence in sentences:
        if line and pdf.get_string_width(line + sentence) > width:
            lines.append(line)
            line = sentence
        else:
            line += sentence
    if line:
        lines.append(line)
    return lines


def cjk_pdf(pages, out_path, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", "", font_path)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for page in pages:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("cjk", size=13)
                pdf.cell(0, 10, content, align="C")
                pdf.ln(12)
            elif kind == "small":
                pdf.set_font("cjk", size=9)
                pdf.cell(0, 6, content)
                pdf.ln(8)
            elif kind == "h":
                pdf.set_font("cjk", size=10.5)
                pdf.cell(0, 7, content)
                pdf.ln(8)
            elif kind == "right":
                pdf.set_font("cjk", size=9.5)
                pdf.cell(0, 6, content, align="R")
                pdf.ln(6)
            elif kind == "p":
                for line in cjk_lines(pdf, content, width):
                    size = 9.5
                    pdf.set_font("cjk", size=size)
                    # a single sentence longer than the line is set smaller, never broken
                    while pdf.get_string_width(line) > width:
                        size -= 0.25
                        pdf.set_font("cjk", size=size)
                    pdf.cell(0, 5.6, line)
                    pdf.ln(5.6)
                pdf.ln(2)
    pdf.output(out_path)


def main():
    english_pdf(NORTHVALE_PAGES, os.path.join(HERE, "01_Northvale_annual_report.pdf"))
    tmp_dir = tempfile.mkdtemp()
    try:
        font_path = extract_cjk_font(FACE_SC, all_text(HUATIE_PAGES), tmp_dir)
        cjk_pdf(HUATIE_PAGES, os.path.join(HERE, "02_Huatie_Zhilian_announcement.pdf"), font_path)
    finally:
        shutil.rmtree(tmp_dir)


if __name__ == "__main__":
    main()
