"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 01_Kvarnfors_interim_report.pdf   English, Helvetica
- 02_Huayue_announcement.pdf        Simplified Chinese, Noto Sans CJK SC

fpdf2 cannot read the Noto Sans CJK collection (.ttc, CFF outlines) directly, so the
SC face is extracted with fontTools, subset to the characters used, converted to
TrueType outlines with cu2qu and saved in a temporary directory that is removed at
the end. English lines break at spaces only; Chinese lines break only after "。".
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
SC_FACE = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

# ---------------------------------------------------------------------------
# Document 01: Kvarnfors Paper AB interim report (English)
# Blocks: ("page",), ("title", text), ("subtitle", text), ("h", text), ("p", text),
#         ("small", text), ("right", text),
#         ("table", [header, row, ...], [column widths in mm])
# ---------------------------------------------------------------------------
KVARNFORS = [
    ("title", "Kvarnfors Paper AB (publ)"),
    ("h", "Interim report January - September 2025"),
    ("small", "Stockholm, 23 October 2025. Nasdaq Stockholm: KVRN B. Corporate identity number 556812-4471."),
    ("h", "Third quarter in brief"),
    ("p", "- Net sales increased by 6 per cent to SEK 4,812 million (4,540), driven by higher "
          "containerboard volumes and a better product mix in liquid packaging board."),
    ("p", "- Adjusted EBITDA amounted to SEK 702 million (611), corresponding to a margin of "
          "14.6 per cent (13.5)."),
    ("p", "- Operating cash flow was SEK 455 million (388). Net debt/adjusted EBITDA was 1.9x at "
          "the end of the period."),
    ("p", "- Unplanned downtime on the board machines at the Tallsjo mill fell by 31 per cent "
          "compared with the first half of the year."),
    ("h", "Comments from the CEO, Annika Thorsell"),
    ("p", "The third quarter showed that the investments we have made in data and automation are "
          "starting to pay off. Demand for kraftliner was stable, while recycled grades remained "
          "under pressure from imports and new capacity in the region. We kept our machines "
          "running well and held fixed costs flat in nominal terms."),
    ("p", "During the quarter we signed a three-year agreement under which Vidda Vision AS "
          "delivers its AI web-inspection and defect-classification system to both board machines "
          "at the Tallsjo mill. The system classifies holes, streaks and coating defects in real "
          "time and feeds the results back to the machine crews. Early results are encouraging: "
          "customer claims related to surface defects were roughly halved in September."),
    ("p", "Together with Lumisaari Oyj we have launched a joint development programme to train "
          "predictive models for moisture control in the dryer section, sharing anonymised process "
          "data from three machines. Neither party pays the other under the programme, and each "
          "keeps the right to use the resulting models in its own mills."),
    ("p", "Competition in the Nordic containerboard market intensified, and Kvarnfors lost some "
          "testliner volume to Hallsberg Board AB in the United Kingdom during the summer. We "
          "chose not to follow the lowest price levels."),
    ("page",),
    ("h", "Significant events during the quarter"),
    ("p", "On 2 July, Kvarnfors completed the acquisition of Bruksetikett AB, a label printer in "
          "Norrkoping, for a cash consideration of SEK 214 million. Bruksetikett is consolidated "
          "from the third quarter and contributed net sales of SEK 61 million."),
    ("p", "In August, Kvarnfors Ventures AB, a wholly owned subsidiary of Kvarnfors Paper AB, "
          "invested SEK 45 million in the Series A round of Vidda Vision AS. The round, totalling "
          "SEK 120 million, was led by Polaris Industrial Ventures, which contributed SEK 60 million. "
          "Following the transaction Kvarnfors Ventures holds 19.9 per cent of the share capital "
          "of Vidda Vision. The holding is reported as an associated company."),
    ("p", "On 19 September, Kvarnfors signed a SEK 1,500 million sustainability-linked revolving "
          "credit facility with Nordvik Bank AB (publ), maturing in 2030 and replacing the existing "
          "SEK 1,000 million facility. The margin is adjusted annually against targets for fossil "
          "CO2 emissions and water intake per tonne of board."),
    ("p", "Fjordpak ASA remained our largest containerboard customer in Norway, and the supply "
          "agreement for kraftliner from the Brannas mill was extended to the end of 2027."),
    ("h", "Key figures"),
    ("table", [
        ["SEK million", "Q3 2025", "Q3 2024", "Jan-Sep 2025", "Jan-Sep 2024"],
        ["Net sales", "4,812", "4,540", "14,215", "13,902"],
        ["Adjusted EBITDA", "702", "611", "2,044", "1,870"],
        ["Adjusted EBITDA margin, %", "14.6", "13.5", "14.4", "13.5"],
        ["Operating profit", "431", "352", "1,236", "1,098"],
        ["Operating cash flow", "455", "388", "1,302", "1,115"],
        ["Net debt", "5,310", "5,020", "5,310", "5,020"],
    ], [56, 27, 27, 32, 32]),
    ("h", "Outlook"),
    ("p", "We expect seasonally lower containerboard volumes in the fourth quarter and a planned "
          "maintenance stop at the Brannas mill with an estimated cost of SEK 85 million. Wood "
          "costs are expected to remain at the current high level."),
    ("page",),
    ("h", "Review report"),
    ("p", "Ohrlund & Partners Revision AB has reviewed this interim report of Kvarnfors Paper AB "
          "(publ) in accordance with ISRE 2410, Review of Interim Financial Information Performed "
          "by the Independent Auditor of the Entity. A review is substantially less in scope than "
          "an audit and does not enable us to obtain assurance that we would become aware of all "
          "significant matters that might be identified in an audit."),
    ("h", "Forward-looking statements"),
    ("p", "This report contains forward-looking statements that reflect the current views of "
          "management with respect to future events and financial performance. Such statements "
          "are subject to risks and uncertainties, including changes in demand, prices of wood, "
          "energy and chemicals, currency rates and the outcome of technology projects. Actual "
          "results may differ materially from those expressed or implied."),
    ("h", "Financial calendar"),
    ("p", "Year-end report 2025: 5 February 2026. Annual General Meeting: 22 April 2026."),
    ("p", "This information is information that Kvarnfors Paper AB (publ) is obliged to make public "
          "pursuant to the EU Market Abuse Regulation. The information was submitted for "
          "publication through the agency of the contact persons below at 07.30 CET on 23 October "
          "2025."),
    ("small", "Contact: Mats Edvinsson, CFO, +46 8 555 210 40. Johanna Wik, Head of Investor "
              "Relations, +46 8 555 210 46."),
]

# ---------------------------------------------------------------------------
# Document 02: Huayue Paper A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
HUAYUE = [
    ("small", "证券代码：603917　　证券简称：华岳纸业　　公告编号：2025-047"),
    ("title", "华岳纸业股份有限公司"),
    ("subtitle", "关于全资子公司对外投资暨签署日常经营重大合同的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
          "本公司董事会及全体董事对其内容的真实性、准确性和完整性承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "投资标的名称：杭州智印科技有限公司（以下简称“智印科技”）。"
          "投资主体：华岳数智科技（杭州）有限公司（以下简称“华岳数智”）。"),
    ("p", "本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
          "本次投资已经公司第五届董事会第十八次会议审议通过，无需提交股东大会审议。"),
    ("p", "风险提示：标的公司处于成长期，未来经营受技术迭代、市场竞争等因素影响，投资收益存在不确定性。"),
    ("h", "一、对外投资概述"),
    ("p", "华岳数智系公司全资子公司，注册资本人民币20,000万元。"
          "华岳数智拟以自有资金人民币6,000万元认购智印科技新增注册资本。"
          "本次增资完成后，华岳数智将持有智印科技12.00%的股权。"
          "智印科技本轮B轮融资总额为人民币2.1亿元，其余部分由其他投资者认购。"),
    ("h", "二、投资标的基本情况"),
    ("p", "智印科技成立于2019年，住所为浙江省杭州市余杭区，法定代表人为周衡。"
          "智印科技主要从事基于机器视觉的纸病检测与印刷质量检测软硬件的研发与销售。"
          "在纸病检测领域，智印科技与台湾瑞光智能股份有限公司等厂商存在竞争关系。"),
    ("p", "本次增资前后，智印科技主要股东持股情况如下（单位：人民币万元）。"),
    ("table", [
        ["股东名称", "增资前出资", "增资前比例", "增资后比例"],
        ["周衡", "3,600.00", "40.00%", "32.40%"],
        ["云栈算力（上海）有限公司", "1,350.00", "15.00%", "13.20%"],
        ["Polaris Industrial Ventures Fund II, L.P.", "900.00", "10.00%", "8.80%"],
        ["华岳数智科技（杭州）有限公司", "-", "-", "12.00%"],
        ["其他股东", "3,150.00", "35.00%", "33.60%"],
    ], [72, 32, 32, 32]),
    ("p", "智印科技2024年度财务数据已经立衡会计师事务所（特殊普通合伙）审计。"
          "截至2024年12月31日，智印科技总资产为人民币18,640万元，净资产为人民币12,905万元。"
          "2024年度实现营业收入人民币9,872万元，净利润人民币-1,136万元。"),
    ("page",),
    ("h", "三、日常经营重大合同情况"),
    ("p", "同日，公司与智印科技签署《智能纸病检测系统采购合同》，合同总金额为人民币2,380万元（含税）。"
          "合同标的为覆盖公司六台纸机的在线纸病检测系统及三年软件升级服务。"
          "合同价款按设备到货、验收及质保期满分三期支付。"
          "该合同属于公司日常经营性合同，无需提交董事会审议。"),
    ("h", "四、对上市公司的影响"),
    ("p", "本次投资有利于公司将人工智能技术应用于造纸及下游包装印刷环节，提升产品质量稳定性。"
          "公司持有江南包装控股有限公司18.50%的股份，为其第二大股东。"
          "公司将推动纸机检测数据与下游包装印刷质量数据的互通。"),
    ("p", "公司目前在东澜银行股份有限公司获得的综合授信额度为人民币15亿元。"
          "本次投资资金来源为华岳数智自有资金，不使用上述授信额度。"
          "本次投资不会对公司2025年度财务状况和经营成果产生重大影响。"),
    ("h", "五、中介机构意见"),
    ("p", "北京衡泰律师事务所已就本次增资出具法律意见书，认为华岳数智本次投资程序合法合规。"),
    ("h", "六、风险提示"),
    ("p", "智印科技所处行业技术更新较快，存在研发投入未能转化为收入的风险。"
          "深圳视云图像科技有限公司等竞争对手亦在加快推出同类产品，智印科技面临一定的价格竞争压力。"
          "若下游造纸及包装行业景气度下降，标的公司经营业绩可能不及预期。"
          "公司将持续关注本次投资的进展情况，并按规定及时履行信息披露义务。"
          "敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("right", "华岳纸业股份有限公司董事会"),
    ("right", "2025年7月18日"),
]


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------
def used_text(blocks):
    parts = []
    for block in blocks:
        for item in block[1:]:
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, list) and item and isinstance(item[0], list):
                parts.extend(cell for row in item for cell in row)
    return "".join(parts)


def cff_to_truetype(font):
    """Replace the CFF outlines of a (subset) font with quadratic glyf outlines."""
    glyph_set = font.getGlyphSet()
    glyph_order = font.getGlyphOrder()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    for table in ("VORG", "vhea", "vmtx"):
        if table in font:
            del font[table]

    hmtx = font["hmtx"]
    for name in glyph_order:
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        hmtx[name] = (hmtx[name][0], getattr(glyph, "xMin", 0))

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(tmp_dir, face_index, text):
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(text=text + "0123456789%.,-()")
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(tmp_dir, f"NotoSansCJK-face{face_index}-subset.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------
class Document(FPDF):
    def __init__(self, family, footer_text):
        super().__init__(format="A4")
        self.family = family
        self.footer_text = footer_text
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, size=7)
        self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")


def chinese_lines(pdf, text):
    """Pack whole sentences into lines; a line only ever ends after 。."""
    sentences = [s + "。" for s in text.split("。") if s]
    if not text.endswith("。"):
        sentences[-1] = sentences[-1][:-1]
    lines, current = [], ""
    for sentence in sentences:
        if current and pdf.get_string_width(current + sentence) > pdf.epw:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def write_chinese_paragraph(pdf, text, size):
    for line in chinese_lines(pdf, text):
        line_size = size
        pdf.set_font(pdf.family, size=line_size)
        while pdf.get_string_width(line) > pdf.epw:
            line_size -= 0.25
            pdf.set_font(pdf.family, size=line_size)
        pdf.cell(0, size * 0.62, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, size=size)
    pdf.ln(1.5)


def render(pdf, blocks, cjk):
    body = 9.5 if cjk else 10
    pdf.add_page()
    for kind, *content in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(pdf.family, size=16)
            pdf.cell(0, 10, content[0], align="C" if cjk else "L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(pdf.family, size=12)
            pdf.cell(0, 8, content[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font(pdf.family, size=12)
            pdf.cell(0, 8, content[0], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font(pdf.family, size=8)
            if cjk:
                pdf.cell(0, 5, content[0], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 4, content[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "right":
            pdf.set_font(pdf.family, size=body)
            pdf.cell(0, 6, content[0], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(pdf.family, size=body)
            if cjk:
                write_chinese_paragraph(pdf, content[0], body)
            else:
                pdf.multi_cell(0, 5, content[0], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        elif kind == "table":
            rows, widths = content
            pdf.set_font(pdf.family, size=8.5)
            with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                           text_align="LEFT", line_height=5.5,
                           first_row_as_headings=False) as table:
                for row in rows:
                    table.row(row)
            pdf.ln(3)


def build():
    tmp_dir = tempfile.mkdtemp()
    try:
        english = Document("helvetica", "Kvarnfors Paper AB (publ) - Interim report Q3 2025 - page {page}")
        render(english, KVARNFORS, cjk=False)
        english.output(os.path.join(HERE, "01_Kvarnfors_interim_report.pdf"))

        font_path = make_cjk_font(tmp_dir, SC_FACE, used_text(HUAYUE) + "华岳纸业股份有限公司公告　第页")
        chinese = Document("notosc", "华岳纸业股份有限公司公告　第{page}页")
        chinese.add_font("notosc", "", font_path)
        render(chinese, HUAYUE, cjk=True)
        chinese.output(os.path.join(HERE, "02_Huayue_announcement.pdf"))
    finally:
        shutil.rmtree(tmp_dir)


if __name__ == "__main__":
    build()
