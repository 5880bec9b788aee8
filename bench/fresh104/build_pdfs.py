"""Build the PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font and wrap at spaces.  The
Chinese document uses Noto Sans CJK SC: the face is extracted from the system
.ttc collection with fontTools, subset to the characters used, converted from
CFF to TrueType outlines (cu2qu) inside a temporary directory, and the
temporary directory is removed afterwards.  Chinese lines break only after
"。" so that sentences extract from the PDF in one piece.

Markup in the document sources: "# " title, "## " heading, "| a | b |" table
row, any other line a paragraph.
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
CJK_FACE_SC = 2  # index in the collection: 2 = SC, 3 = TC

DOC_02 = """\
证券代码：688417　　证券简称：华梯智能　　公告编号：2025-047
# 华梯智能科技股份有限公司
# 关于签订日常经营重大合同暨关联交易的公告
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。本公司董事会及全体董事对其内容的真实性、准确性和完整性依法承担法律责任。
## 重要内容提示：
● 合同类型：智能电梯及AI群控系统采购与安装合同。
● 合同金额：人民币4.86亿元（含税）。
● 关联关系：交易对方鼎城置业集团股份有限公司为公司持股5%以上股东，本次交易构成关联交易。
● 本次交易不构成《上市公司重大资产重组管理办法》规定的重大资产重组。
● 本次关联交易已经公司第三届董事会第十九次会议审议通过，尚需提交公司股东大会审议。
● 合同履行期限较长，存在因不可抗力或项目进度调整导致合同无法全部履行的风险。敬请广大投资者注意投资风险。
## 一、合同及关联交易概述
2025年10月20日，华梯智能科技股份有限公司（以下简称“公司”或“华梯智能”）与鼎城置业集团股份有限公司（以下简称“鼎城置业”）签订《智能电梯及AI群控系统采购与安装合同》。
根据合同约定，公司将向鼎城置业供应312台智能电梯及AI群控调度系统，合同总金额为人民币4.86亿元（含税）。
上述设备将用于鼎城置业位于杭州、苏州、合肥的六个商业综合体项目。公司同时提供五年期远程运维及预测性维护服务。
截至本公告披露日，鼎城置业持有公司8.2%的股份，为公司持股5%以上股东。根据《上海证券交易所科创板股票上市规则》，鼎城置业为公司关联法人，本次交易构成关联交易。
## 二、关联方基本情况
| 项目 | 内容 |
| 名称 | 鼎城置业集团股份有限公司 |
| 统一社会信用代码 | 91330100MA2KX7Q31E |
| 注册资本 | 人民币36.5亿元 |
| 法定代表人 | 钱维舟 |
| 主营业务 | 商业地产开发、持有型物业运营 |
鼎城置业2024年度经审计营业收入为人民币182.7亿元，净利润为人民币9.4亿元。关联方资信状况良好，具备履约能力。
## 三、合同主要条款
1. 付款方式：合同签订后支付20%预付款，设备到货验收后支付60%，安装调试完成后支付15%，剩余5%作为质量保证金。
2. 交付期限：自2026年3月起分批交付，最后一批不晚于2027年12月。
3. 定价依据：参照公司同类产品向非关联第三方的销售价格，经双方协商确定，定价公允。
## 四、算力与技术合作安排
本合同项下AI群控调度系统的模型训练依赖外部算力资源。公司已与杭州云枢计算科技有限公司（以下简称“云枢计算”）签订《算力服务框架协议》。
云枢计算向公司提供模型训练所需的GPU算力服务，框架协议金额为人民币1.2亿元。
云枢计算同时为浙江沁风暖通设备股份有限公司（以下简称“沁风暖通”）提供“天枢”建筑大模型平台的云端推理服务。
公司与沁风暖通已签署战略合作协议，共同开发电梯与暖通空调的AI联动控制系统。该系统可根据电梯客流预测提前调节楼层送风量，预计于2026年完成样板项目验证。
## 五、履约保障及资金安排
公司拟以自有资金人民币5,000万元向全资子公司华梯智能（苏州）有限公司增资，用于本合同项下的生产交付。
华梯智能（苏州）有限公司为公司全资子公司，主要负责电梯整机的生产与总装。
为保障合同履行，浦江银行股份有限公司已向公司提供人民币8亿元的综合授信额度。
## 六、对上市公司的影响
本合同金额约占公司2024年度经审计营业收入的31.6%。合同的顺利履行预计将对公司2026年度及2027年度经营业绩产生积极影响。
在国内高端智能电梯市场，公司主要竞争对手包括瑞典Lindqvist Lift及日本黑泽电梯等外资品牌。
公司与关联方之间的交易遵循市场化原则，不存在损害公司及中小股东利益的情形。公司主要业务不会因履行本合同而对关联方形成依赖。
## 七、审议程序及中介机构意见
公司于2025年10月20日召开第三届董事会第十九次会议，关联董事钱维舟回避表决。独立董事专门会议对本次关联交易事项发表了同意的审核意见。
公司保荐机构华岳证券股份有限公司对本次关联交易事项出具了无异议的核查意见。
天衡信会计师事务所（特殊普通合伙）为公司2024年度审计机构，本次交易相关财务数据未经审计。
## 八、风险提示
合同履行过程中可能受到宏观经济、房地产市场景气度及项目审批进度等因素影响。公司将根据合同履行进展及时履行信息披露义务。
特此公告。
华梯智能科技股份有限公司董事会
2025年10月21日
"""

DOC_05 = """\
# Lindqvist Lift AB (publ) - Annual Report 2024
Excerpt: Board of Directors' Report, Significant Agreements and Notes
## Chief Executive's review
2024 was the year in which connected service became the centre of our business. For the first time, more than half of the 212,000 elevators and escalators we maintain in Europe transmit condition data to our Lindqvist Pulse platform every minute, and recurring service revenue reached SEK 9.8 billion, an increase of 11% on the prior year.
Our strategy rests on three pillars: new equipment that is designed to be monitored, service contracts priced on availability rather than visits, and a modernisation offer that brings older installations into the same digital fleet. Artificial intelligence runs through all three.
## Investments in artificial intelligence
During the year the Group invested EUR 15 million in the Series B financing round of Novacorde AI B.V., the Rotterdam-based developer of failure-prediction models for vertical transportation.
Following the round, Lindqvist holds 11.4% of the share capital of Novacorde AI B.V. and has the right to appoint one observer to its supervisory board.
Novacorde licenses its Sentinel predictive-maintenance software to Lindqvist for use across the Lindqvist Pulse fleet under a five-year licence agreement entered into in March 2024.
The investment is accounted for at fair value through profit or loss and is presented under other financial assets (Note 17).
## Significant customer agreements
In June 2024 Lindqvist signed a framework agreement with Aurelis Property Partners SCA under which the Group will supply and install 420 AI-monitored elevators across Aurelis's Paris office portfolio for a total consideration of EUR 71 million.
Deliveries under the Aurelis agreement begin in the second quarter of 2025 and are expected to be completed by the end of 2027. The agreement includes a ten-year availability-based service contract which is not included in the consideration above.
In addition, Lindqvist and Vetterhof Gebäudetechnik AG agreed a technical partnership under which Lindqvist Pulse and Vetterhof's Nexus building-management platform exchange occupancy and alarm data through an open interface.
## Supply chain
The Group sources most of its electronic controllers from a small number of qualified suppliers. Jingkong Electronics Co., Ltd. of Hsinchu supplies the LQ-9 elevator controller boards used in our new-equipment range and in modernisation kits.
Management assesses supplier concentration risk annually. No single supplier accounted for more than 8% of the Group's cost of goods sold in 2024.
## Acquisitions
On 2 September 2024 the Group completed the acquisition of Ascensori Brera S.r.l., a Milan-based service and modernisation company with approximately 14,500 units under contract, for a cash consideration of EUR 54 million.
Goodwill of EUR 31 million arising on the acquisition relates mainly to expected synergies in the Northern Italian service market and to the assembled workforce.
## Financing
In December 2024 Castellane Banque SA provided the Group with a EUR 300 million green term loan maturing in 2029, the proceeds of which refinanced existing bank debt and will fund the electrification of our service vehicle fleet.
The loan carries a margin linked to two sustainability performance targets: the share of the service fleet that is electric and the energy consumption per trip of new installations.
## Market and competition
The European new-equipment market declined by an estimated 4% in volume during 2024, while modernisation continued to grow. Competitive pressure from Asian manufacturers increased, notably from Kurosawa Elevator in Southeast Asia and from Huati Intelligent Technology in the Middle East.
Neither Kurosawa Elevator nor Huati Intelligent Technology is a party to any agreement with the Group, and the Board regards both primarily as competitors for large tender projects.
## Note 17 - Other financial assets
| Holding | Country | Share of capital | Carrying amount (EUR m) |
| Novacorde AI B.V. | Netherlands | 11.4% | 15.6 |
| Ascensori Brera S.r.l. (subsidiary, see Note 4) | Italy | 100% | - |
## Auditor
Öhrling & Berg Revisorer AB has audited the consolidated financial statements of the Group, and Öhrling & Berg Revisorer AB has also reviewed the sustainability report of Lindqvist Lift AB.
## Forward-looking statements
This report contains forward-looking statements that reflect management's current expectations. Actual results may differ materially owing to factors such as changes in construction activity, component availability, currency movements and the outcome of tenders. Lindqvist Lift AB undertakes no obligation to update forward-looking statements except as required by law.
Stockholm, 18 March 2025
The Board of Directors of Lindqvist Lift AB (publ)
"""


# --------------------------------------------------------------------------
# Font preparation
# --------------------------------------------------------------------------

def cff_to_glyf(font, max_err=1.0):
    """Replace the CFF table of `font` by TrueType (quadratic) outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\0\1\0\0"


def make_cjk_font(face_index, text, workdir):
    """Extract one face of the CJK collection, subset it to `text`, save as .ttf."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text=text + "0123456789")
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(workdir, f"cjk_{face_index}.ttf")
    font.save(path)
    return path


# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------

class Document(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7)
        self.cell(0, 5, f"{self.footer_text} - {self.page_no()}", align="C")


def chinese_sentences(paragraph):
    """Split a Chinese paragraph after each full stop."""
    parts, current = [], ""
    for ch in paragraph:
        current += ch
        if ch == "。":
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


def write_chinese_paragraph(pdf, paragraph, size):
    """Pack whole sentences into lines; shrink a sentence that is wider than a line."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    line = ""
    for sentence in chinese_sentences(paragraph):
        pdf.set_font(pdf.body_font, size=size)
        if line and pdf.get_string_width(line + sentence) <= width:
            line += sentence
            continue
        if line:
            pdf.cell(width, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
        line = sentence
    if line:
        fitted = size
        pdf.set_font(pdf.body_font, size=fitted)
        while pdf.get_string_width(line) > width and fitted > 5:
            fitted -= 0.25
            pdf.set_font(pdf.body_font, size=fitted)
        pdf.cell(width, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def write_table_row(pdf, cells, size):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font(pdf.body_font, size=size)
    col = width / len(cells)
    for cell in cells:
        pdf.cell(col, size * 0.55, cell, border=1)
    pdf.ln(size * 0.55)


def render(source, out_name, footer_text, chinese=False, font_path=None):
    pdf = Document(footer_text)
    if chinese:
        pdf.add_font("NotoSansCJK", "", font_path)
        pdf.body_font = "NotoSansCJK"
        size = 9
    else:
        pdf.body_font = "Helvetica"
        size = 10
    pdf.add_page()
    for raw in source.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("|"):
            write_table_row(pdf, [c.strip() for c in line.strip("|").split("|")], size - 1)
            continue
        if line.startswith("## "):
            pdf.ln(2)
            pdf.set_font(pdf.body_font, "" if chinese else "B", size=size + 1)
            pdf.cell(0, size * 0.6, line[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        if line.startswith("# "):
            pdf.set_font(pdf.body_font, "" if chinese else "B", size=size + 5)
            pdf.cell(0, size * 0.8, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            continue
        if chinese:
            write_chinese_paragraph(pdf, line, size)
        else:
            pdf.set_font(pdf.body_font, size=size)
            pdf.multi_cell(0, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(os.path.join(HERE, out_name))


def main():
    workdir = tempfile.mkdtemp(prefix="cjk_font_")
    try:
        sc_font = make_cjk_font(CJK_FACE_SC, DOC_02, workdir)
        render(DOC_02, "02_Huati_announcement.pdf", "华梯智能 公告编号 2025-047",
               chinese=True, font_path=sc_font)
        render(DOC_05, "05_Lindqvist_annual_report.pdf", "Lindqvist Lift AB - Annual Report 2024")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
