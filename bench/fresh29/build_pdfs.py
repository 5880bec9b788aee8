"""Build the two PDF documents of this set with fpdf2.

Run: /work/main/.venv/bin/python build_pdfs.py
"""
import os
import tempfile

from fontTools import subset as ftsubset
from fontTools.ttLib import TTCollection
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------
# Document 1: Cobalt Grid Compute, Inc. - Form 10-K excerpt (English)
# ---------------------------------------------------------------------------
DOC1 = [
    ("c", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
    ("c", "Washington, D.C. 20549"),
    ("title", "FORM 10-K (EXCERPT)"),
    ("c", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("c", "For the fiscal year ended December 31, 2025"),
    ("title", "COBALT GRID COMPUTE, INC."),
    ("c", "(Exact name of registrant as specified in its charter)"),
    ("c", "Delaware | Commission File Number 001-41877"),
    ("c", "Class A common stock, $0.0001 par value, Nasdaq Global Select Market, symbol CBGD"),
    ("h", "PART I - Item 1. Business"),
    ("p", "Cobalt Grid Compute, Inc. (\"Cobalt Grid,\" the \"Company,\" \"we,\" \"us\" or \"our\") operates a cloud platform purpose-built for training and serving large AI models. As of December 31, 2025, we operated approximately 212,000 accelerators across 19 data centers in the United States and Sweden, with 640 MW of active power."),
    ("h2", "Customers"),
    ("p", "Our revenue is highly concentrated. We supply Nimbara Technologies, Inc. (\"Nimbara\") with dedicated GPU clusters under a master services agreement that runs through 2030. Nimbara accounted for 58% of our revenue in 2025, compared with 71% in 2024."),
    ("p", "In March 2025 we signed a five-year capacity agreement with Parallax Labs, Inc. (\"Parallax\"), under which Parallax committed to purchase up to $6.3 billion of compute from us. Parallax accounted for 14% of our revenue in 2025."),
    ("h2", "Competition"),
    ("p", "The market for AI cloud infrastructure is intensely competitive. We compete with Tessellate Cloud, Arcadia Compute and the AI infrastructure businesses of the large public cloud providers. Some of our customers, including Nimbara, also build their own capacity."),
    ("h2", "Suppliers and Infrastructure"),
    ("p", "We purchase substantially all of our GPUs and associated networking systems from Helion Silicon Corporation (\"Helion Silicon\"), and we expect to remain dependent on Helion Silicon for the foreseeable future. Our 800G optical transceivers are sourced principally from Lumora Photonics, Inc., which supplied approximately 61% of the modules we deployed in 2025. A disruption at Corvane Foundry, which manufactures the chips used across our industry, could delay deliveries of GPUs to us."),
    ("p", "We do not own most of the buildings that house our infrastructure. Ironbark Data Centers, LLC (\"Ironbark\") leased us 410 MW of critical IT capacity across six campuses as of year-end, under leases with initial terms of 10 to 15 years."),
    ("p", "In October 2025 we entered into a strategic partnership with Solvane Energy Holdings (\"Solvane\") to co-develop behind-the-meter power generation for future campuses. No payments have been made by either party under the arrangement."),
    ("page",),
    ("h", "PART II - Item 7. Management's Discussion and Analysis (excerpt)"),
    ("h2", "Acquisition of Brightwater"),
    ("p", "In August 2025 we completed our acquisition of Brightwater Compute Ltd. (\"Brightwater\"), a Stockholm-based operator of 24 MW of GPU capacity, for $310 million in cash. We now hold our Swedish operations, including the former Brightwater sites, through a wholly owned subsidiary."),
    ("h2", "Liquidity and Capital Resources - GPU Financing Facilities"),
    ("p", "On June 12, 2025, our wholly owned special-purpose subsidiary, Cobalt Grid Funding I, LLC (\"CG Funding I\"), entered into a $2.4 billion delayed-draw term loan facility (the \"DDTL 3.0 Facility\") with funds managed by Granite Ridge Credit Partners, L.P. (\"Granite Ridge\") as lenders. The DDTL 3.0 Facility is secured by approximately 96,000 GPUs and the customer contracts they serve, and bears interest at SOFR plus 6.25%. The Company has guaranteed the obligations of CG Funding I under the facility."),
    ("h2", "Revolving Credit Facility"),
    ("p", "We also maintain a $1.5 billion senior secured revolving credit facility (the \"Revolving Facility\") under which Ostara Bank, N.A. and Banco Veridian S.A. are the lenders, with Ostara Bank, N.A. acting as administrative agent. As of December 31, 2025, $640 million was outstanding under the Revolving Facility."),
    ("p", "Pacific Lantern Bank arranged our 2023 term loan, which was repaid in full in 2024, and it has no commitments to us under any current facility."),
    ("h2", "Summary of indebtedness"),
    ("table", [80, 30, 70], [
        ["Facility", "Maturity", "Outstanding ($ millions)"],
        ["DDTL 3.0 Facility", "2030", "1,850"],
        ["Revolving Facility", "2028", "640"],
        ["9.25% Senior Notes", "2029", "2,000"],
        ["Total", "", "4,490"],
    ]),
    ("p", "We expect capital expenditures of $9 billion to $11 billion in 2026, which we intend to fund with operating cash flow, additional GPU-secured financings and customer prepayments."),
    ("page",),
    ("h", "PART III - Item 12. Security Ownership of Certain Beneficial Owners (excerpt)"),
    ("p", "The following table sets forth information regarding the beneficial ownership of our Class A common stock as of February 15, 2026 by each person known to us to beneficially own more than 5% of that class."),
    ("table", [110, 35, 35], [
        ["Name of beneficial owner", "Shares (millions)", "Percent of class"],
        ["Meridian Gulf Investment Authority", "41.0", "8.5%"],
        ["Helion Silicon Corporation", "29.4", "6.1%"],
        ["All directors and officers as a group", "12.2", "2.5%"],
    ]),
    ("p", "(1) Based on a Schedule 13G filed with the SEC on January 9, 2026. Percentages are calculated on 482.6 million shares of Class A common stock outstanding."),
    ("h2", "Item 1A. Risk Factors (excerpt)"),
    ("p", "Our indebtedness is secured principally by GPUs whose market value may decline faster than we expect. If rental rates for prior-generation accelerators fall sharply, we may be required to post additional collateral or repay borrowings earlier than planned."),
]

# ---------------------------------------------------------------------------
# Document 5: 穹思智能 科创板招股说明书（节选）(Simplified Chinese)
# ---------------------------------------------------------------------------
DOC5 = [
    ("title", "上海穹思智能科技股份有限公司"),
    ("c", "首次公开发行股票并在科创板上市招股说明书（申报稿）"),
    ("c", "（节选）"),
    ("c", "保荐人（主承销商）：中泓证券股份有限公司"),
    ("h", "第一节 释义"),
    ("p", "本招股说明书中，除非文义另有所指，下列简称具有如下含义："),
    ("table", [42, 10, 128], [
        ["简称", "", "全称及说明"],
        ["穹思智能、发行人", "指", "上海穹思智能科技股份有限公司"],
        ["杭州穹思", "指", "杭州穹思科技有限公司，发行人全资子公司"],
        ["启元基金", "指", "启元算力产业投资基金（有限合伙）"],
        ["远帆创投", "指", "前海远帆创业投资有限公司"],
        ["海湾算力", "指", "海湾算力控股有限公司（香港联交所：3917）"],
        ["星衡云", "指", "北京星衡云计算有限公司"],
        ["衡拓信息", "指", "衡拓信息技术股份有限公司（上交所：603817）"],
        ["报告期", "指", "2023年度、2024年度及2025年度"],
    ]),
    ("h", "重大事项提示"),
    ("p", "公司提醒投资者注意，公司所需算力资源高度依赖外部采购。若主要算力服务商提高租赁价格或减少供应，将对公司模型训练进度及经营业绩产生不利影响。"),
    ("page",),
    ("h", "第五节 发行人基本情况"),
    ("h2", "一、本次发行前的股本结构"),
    ("p", "本次发行前，公司总股本为30,000.00万股，前四名股东持股情况如下（单位：万股）："),
    ("table", [16, 74, 45, 45], [
        ["序号", "股东名称", "持股数量", "持股比例"],
        ["1", "林知远", "8,450.00", "28.17%"],
        ["2", "启元基金", "3,900.00", "13.00%"],
        ["3", "远帆创投", "2,640.00", "8.80%"],
        ["4", "子午海湾投资局", "900.00", "3.00%"],
        ["5", "其他股东", "14,110.00", "47.03%"],
        ["合计", "", "30,000.00", "100.00%"],
    ]),
    ("p", "林知远为公司控股股东、实际控制人。"),
    ("p", "子午海湾投资局（Meridian Gulf Investment Authority）系一家海湾国家主权财富基金。"),
    ("p", "启元基金与远帆创投之间不存在关联关系或一致行动关系。"),
    ("h2", "二、发行人的子公司"),
    ("p", "截至本招股说明书签署日，发行人拥有一家全资子公司，无参股公司。杭州穹思主要从事行业模型的研发与交付。"),
    ("page",),
    ("h", "第六节 业务与技术"),
    ("h2", "（四）主要供应商"),
    ("p", "报告期内，公司训练及推理所需算力主要通过向第三方算力服务商租赁取得。"),
    ("p", "2025年度前五大供应商情况如下（单位：万元）："),
    ("table", [14, 50, 46, 40, 30], [
        ["序号", "供应商名称", "采购内容", "采购金额", "占比"],
        ["1", "海湾算力", "GPU算力租赁", "41,260.55", "46.30%"],
        ["2", "星衡云", "GPU算力租赁", "18,904.12", "21.21%"],
        ["3", "供应商三", "数据标注服务", "6,120.00", "6.87%"],
        ["4", "供应商四", "IDC机柜租赁", "3,305.40", "3.71%"],
        ["5", "供应商五", "存储设备", "2,110.76", "2.37%"],
    ]),
    ("p", "公司不存在向赫利昂硅芯（Helion Silicon）直接采购GPU的情形。"),
    ("p", "公司曾与Tessellate Cloud洽谈境外算力采购，双方未签署任何协议。"),
    ("h2", "（五）主要客户"),
    ("p", "公司主要客户为政府、金融及能源领域的政企客户。"),
    ("p", "公司向浙江数澜政务科技有限公司提供大模型定制开发及推理服务。"),
    ("h2", "（六）合作研发与竞争"),
    ("p", "2025年3月，公司与衡拓信息共同设立大模型推理联合实验室。"),
    ("p", "双方各自承担研发投入，不涉及相互采购或资金往来。"),
    ("p", "公司与宁巴拉云（Nimbara）、Parallax Labs在基础大模型领域存在竞争。"),
    ("h", "第八节 财务会计信息与管理层分析（节选）"),
    ("p", "截至2025年末，华鼎银行上海分行向公司提供综合授信额度3亿元。"),
    ("p", "上述授信由实际控制人林知远提供连带责任保证，已使用额度为1.2亿元。"),
]


def make_cjk_font(texts, face_index=2):
    """Subset the SC face of Noto Sans CJK to the characters used and convert
    its CFF outlines to TrueType (glyf) outlines, which fpdf2 embeds cleanly."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable
    chars = set()
    for t in texts:
        chars.update(t)
    chars.update("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;%()-")
    tmpdir = tempfile.mkdtemp()
    full = os.path.join(tmpdir, "cjk_full.otf")
    out = os.path.join(tmpdir, "cjk_subset.ttf")
    TTCollection(CJK_TTC).fonts[face_index].save(full)
    opts = ftsubset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    font = ftsubset.load_font(full, opts)
    sub = ftsubset.Subsetter(opts)
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    # convert CFF outlines to glyf outlines
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for name in glyph_order:
        glyf.glyphs[name].recalcBounds(glyf)
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)
    return out


def collect_text(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            for row in b[2]:
                out.extend(row)
        elif len(b) > 1:
            out.append(b[1])
    return out


def render(blocks, path, font_regular, font_bold, size=10, cjk=False):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("body", "", font_regular)
    pdf.add_font("body", "B", font_bold)
    pdf.add_page()
    lh = size * 0.55
    for b in blocks:
        kind = b[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("body", "B", size + 4)
            pdf.multi_cell(0, lh + 2, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "c":
            pdf.set_font("body", "", size - 1)
            pdf.multi_cell(0, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("body", "B", size + 1)
            pdf.multi_cell(0, lh + 1, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("body", "B", size)
            pdf.multi_cell(0, lh + 1, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("body", "", size)
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            widths, rows = b[1], b[2]
            for i, row in enumerate(rows):
                pdf.set_font("body", "B" if i == 0 else "", size - 1)
                for w, cell in zip(widths, row):
                    pdf.cell(w, lh + 1.5, cell, border=1)
                pdf.ln(lh + 1.5)
            pdf.ln(2)
    pdf.output(path)


def main():
    render(DOC1, os.path.join(HERE, "cobaltgrid_10k_fy2025_excerpt.pdf"), DEJAVU, DEJAVU_B, size=10)
    cjk = make_cjk_font(collect_text(DOC5))
    render(DOC5, os.path.join(HERE, "qiongsi_star_prospectus_excerpt.pdf"), cjk, cjk, size=10, cjk=True)


if __name__ == "__main__":
    main()
