"""Build the two PDF documents of this set with fpdf2.

Run:  /work/main/.venv/bin/python build_pdfs.py

* orison_10k_2025_excerpt.pdf      (English, DejaVu Sans, 3 pages)
* kunlan_2025_annual_summary.pdf   (Chinese, Noto Sans CJK SC subset converted to TrueType)

Every Chinese sentence is written on its own line and must fit on one line, so that pypdf page
text (after whitespace normalisation) contains each sentence unbroken. Table cells are written
with a trailing space so that pypdf separates the cells of a row with spaces.
"""
import os
import sys
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------------------------
# Document 1: Orison Compute, Inc. Form 10-K excerpt (English)
# ---------------------------------------------------------------------------------------------
ORISON = [
    # ---- page 1
    ("title", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
    ("center", "Washington, D.C. 20549"),
    ("title", "FORM 10-K (EXCERPT)"),
    ("center", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("center", "For the fiscal year ended December 31, 2025"),
    ("title", "ORISON COMPUTE, INC."),
    ("center", "(Exact name of registrant as specified in its charter)"),
    ("center", "Delaware - Commission File Number 001-41877 - Class A common stock listed on the Nasdaq Global Select Market under the symbol ORSN"),
    ("h1", "Item 1A. Risk Factors"),
    ("h2", "Risks Related to Our Customers"),
    ("bi", "We derive a substantial majority of our revenue from a small number of customers."),
    ("p", 'In March 2025 we entered into a master services agreement with Halcyon Labs, Inc. ("Halcyon"), under which we will provide dedicated GPU cloud capacity to Halcyon through 2030 for total committed consideration of approximately $4.1 billion. Halcyon accounted for approximately 52% of our revenue in 2025, and Nimbus Cloud Holdings, Inc. ("Nimbus"), which buys overflow capacity from us to serve its own cloud customers, accounted for approximately 14%. If Halcyon were to reduce its consumption, shift workloads to Nimbus or to other providers such as Stratoline Cloud, Inc., or fail to pay amounts when due, our results of operations would be materially harmed.'),
    ("p", "Halcyon competes with other model developers, including Vireo AI, Inc., and depends on continued access to outside capital. We have no contractual relationship with Vireo."),
    ("h2", "Risks Related to Our Supply Chain"),
    ("bi", "We depend on a single supplier for the accelerators in our fleet, and that supplier is also a significant shareholder."),
    ("p", 'Substantially all of the accelerators in our fleet are manufactured by Kestrel Semiconductor Corp. ("Kestrel"), and as of December 31, 2025 we had non-cancelable purchase commitments to Kestrel of $2.3 billion. Although Arcwell Micro Devices, Inc. ("Arcwell") offers competing accelerators, we have not qualified Arcwell products in our data centers and could not do so quickly. Kestrel remains our largest outside shareholder, holding approximately 7.4% of our outstanding Class A common stock together with warrants to purchase an additional 12.0 million shares. Kestrel\'s interests as a supplier and shareholder may not align with those of our other stockholders.'),
    ("p", 'We purchase 800G optical transceivers from Kunlan Photonics Co., Ltd. ("Kunlan"), which manufactures in China and Malaysia, and export controls or tariffs affecting Kunlan could delay our deployments.'),
    ("h2", "Risks Related to Competition"),
    ("p", "We compete with hyperscale cloud providers such as Nimbus and with specialized GPU clouds such as Stratoline, many of which have greater resources than we do. Pricing for GPU capacity has declined as new supply has come online, and further declines could reduce our margins."),
    ("pagebreak", None),
    # ---- page 2
    ("h1", "Notes to Consolidated Financial Statements (Excerpts)"),
    ("h2", "Note 4. Concentrations"),
    ("p", "As of December 31, 2025, Halcyon represented 61% of accounts receivable, net. We have not experienced material credit losses to date, and we do not require collateral from our customers."),
    ("h2", "Note 9. Commitments and Contingencies"),
    ("p", 'Data center leases. We lease data center capacity from Meridian Digital Realty Trust, Inc. ("Meridian") at four campuses under non-cancelable operating leases with remaining terms of 7 to 15 years. Operating lease cost was $286.4 million for the year ended December 31, 2025.'),
    ("p", "Purchase commitments. Our purchase commitments consist primarily of accelerator, server and networking equipment orders described under Item 1A, Risk Factors, and are expected to be settled within 18 months."),
    ("h2", "Note 10. Debt"),
    ("p", 'GPU Financing Facility. On June 12, 2025, Orison Asset Funding I LLC ("OAF I"), a wholly owned special-purpose subsidiary of the Company, entered into a delayed-draw term loan facility of up to $1.6 billion with funds managed by Bastion Credit Partners LP ("Bastion"), as lenders. The facility is secured by approximately 41,000 Kestrel GPUs and the related customer contracts, and the Company has guaranteed the obligations of OAF I. Borrowings bear interest at SOFR plus 5.75% and amortize over the remaining terms of the pledged customer contracts.'),
    ("p", "Revolving Credit Facility. The Company is party to a $500 million senior secured revolving credit facility with Granite Harbor Bank, N.A., as administrative agent and a lender, and a syndicate of other lenders. As of December 31, 2025, $210 million was outstanding under the revolving facility. Lakemont Securities LLC acted as sole arranger for the Company's revolving facility but is not a lender under it."),
    ("p", "As of December 31, 2025, we were in compliance with all financial covenants under our debt agreements."),
    ("pagebreak", None),
    # ---- page 3
    ("h2", "Note 11. Investments"),
    ("p", 'In 2024 we purchased Series A preferred shares of Tessellate Compute Exchange, Inc. ("Tessellate"), which operates an electronic marketplace for GPU capacity. At December 31, 2025, we held approximately 9% of Tessellate on a fully diluted basis, with a carrying value of $45.0 million. We account for the investment under the measurement alternative for equity securities without readily determinable fair values.'),
    ("h2", "Note 14. Subsequent Events"),
    ("p", "On February 9, 2026, the Company agreed to sell Redline Data Centers LLC, which owns our Tallgrass campus, and to lease the campus back for an initial term of 15 years. The transaction is expected to close in the second quarter of 2026, subject to customary conditions."),
    ("h1", "Exhibit 21.1 - Subsidiaries of the Registrant"),
    ("table", {"widths": [80, 60, 30],
               "header": ["Name", "Jurisdiction of organization", "Ownership"],
               "rows": [["Orison Asset Funding I LLC", "Delaware", "100%"],
                        ["Orison Cloud Europe B.V.", "Netherlands", "100%"],
                        ["Redline Data Centers LLC", "Texas", "100%"]]}),
    ("p", "Certain subsidiaries that, considered in the aggregate as a single subsidiary, would not constitute a significant subsidiary have been omitted."),
]

# ---------------------------------------------------------------------------------------------
# Document 4: 鲲澜光电 2025年年度报告摘要 (Chinese)
# ---------------------------------------------------------------------------------------------
KUNLAN = [
    # ---- page 1
    ("line", "证券代码：688317      证券简称：鲲澜光电      公告编号：2026-015"),
    ("title", "鲲澜光电科技股份有限公司"),
    ("title", "2025年年度报告摘要"),
    ("h1", "第一节 重要提示"),
    ("line", "1. 本年度报告摘要来自年度报告全文，投资者应当到上海证券交易所网站仔细阅读年度报告全文。"),
    ("line", "2. 本公司董事会及董事、高级管理人员保证年度报告内容的真实性、准确性、完整性。"),
    ("line", "3. 公司全体董事出席董事会会议。"),
    ("line", "4. 中和信会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。"),
    ("line", "5. 公司拟向全体股东每10股派发现金红利3.20元（含税），不送红股，不以资本公积转增股本。"),
    ("h1", "第二节 公司基本情况"),
    ("h2", "1 公司简介"),
    ("table", {"widths": [30, 60, 40, 40],
               "header": ["股票种类", "股票上市交易所及板块", "股票简称", "股票代码"],
               "rows": [["A股", "上海证券交易所科创板", "鲲澜光电", "688317"]]}),
    ("line", "公司英文名称：Kunlan Photonics Co., Ltd."),
    ("h2", "2 报告期公司主要业务简介"),
    ("line", "公司主要从事高速光模块的研发、生产和销售，产品覆盖400G、800G及1.6T光模块。"),
    ("line", "报告期内，受全球算力基础设施建设带动，公司实现营业收入48.62亿元，同比增长93.5%。"),
    ("line", "公司800G产品已实现对北美头部GPU云服务商的批量供货，1.6T产品已完成客户送样。"),
    ("line", "根据第三方机构统计，公司2025年800G光模块全球出货量排名第三，位列旭川光联和海纳光电之后。"),
    ("line", "与同行业可比公司旭川光联相比，公司综合毛利率高出2.3个百分点，主要得益于硅光方案的规模化应用。"),
    ("pagebreak", None),
    # ---- page 2
    ("h2", "3 公司主要会计数据和财务指标"),
    ("unit", "单位：元  币种：人民币"),
    ("table", {"widths": [60, 45, 45, 30],
               "header": ["项目", "2025年", "2024年", "增减(%)"],
               "rows": [["营业收入", "4,862,137,540.12", "2,512,688,301.47", "93.50"],
                        ["归属于上市公司股东的净利润", "1,027,455,918.36", "446,210,775.09", "130.26"],
                        ["经营活动产生的现金流量净额", "612,380,004.55", "198,443,612.30", "208.59"]]}),
    ("h2", "4 前十名股东持股情况（节选）"),
    ("unit", "单位：股"),
    ("table", {"widths": [70, 40, 30, 40],
               "header": ["股东名称", "股东性质", "持股比例(%)", "持股数量"],
               "rows": [["张启明", "境内自然人", "21.35", "85,400,000"],
                        ["临江国有资本投资运营有限公司", "国有法人", "9.12", "36,480,000"],
                        ["星河算力科技股份有限公司", "境内非国有法人", "6.08", "24,320,000"],
                        ["周雪梅", "境内自然人", "3.76", "15,040,000"],
                        ["陈立新", "境内自然人", "2.10", "8,400,000"]]}),
    ("line", "上述股东关联关系或一致行动的说明：公司未知上述股东之间是否存在关联关系或属于一致行动人。"),
    ("h2", "5 前五名客户及前五名供应商"),
    ("line", "5.1 前五名客户销售额情况"),
    ("unit", "单位：万元"),
    ("table", {"widths": [15, 75, 40, 50],
               "header": ["序号", "客户名称", "销售额", "占年度销售总额比例(%)"],
               "rows": [["1", "Orison Compute, Inc.", "142,385.20", "29.28"],
                        ["2", "星河算力科技股份有限公司", "68,910.45", "14.17"],
                        ["3", "天枢云计算有限公司", "41,220.08", "8.48"],
                        ["4", "客户四", "30,115.77", "6.19"],
                        ["5", "客户五", "22,604.31", "4.65"]]}),
    ("line", "注：星河算力科技股份有限公司持有公司6.08%股份，系公司关联方。"),
    ("line", "5.2 前五名供应商采购额情况"),
    ("unit", "单位：万元"),
    ("table", {"widths": [15, 75, 40, 50],
               "header": ["序号", "供应商名称", "采购额", "占年度采购总额比例(%)"],
               "rows": [["1", "锐光半导体（苏州）有限公司", "58,760.00", "21.40"],
                        ["2", "供应商二", "24,312.50", "8.85"],
                        ["3", "供应商三", "17,880.16", "6.51"],
                        ["4", "供应商四", "12,045.90", "4.39"],
                        ["5", "供应商五", "9,733.28", "3.55"]]}),
    ("pagebreak", None),
    # ---- page 3
    ("h2", "6 主要控股参股公司情况"),
    ("unit", "单位：万元"),
    ("table", {"widths": [66, 24, 22, 22, 46],
               "header": ["公司名称", "类型", "持股比例", "注册资本", "主要业务"],
               "rows": [["鲲澜光电（马来西亚）有限公司", "全资子公司", "100%", "8,000", "光模块封装测试"],
                        ["江城算力产业投资基金（有限合伙）", "参股", "15.00%", "200,000", "算力产业股权投资"]]}),
    ("h1", "第三节 重要事项"),
    ("h2", "1 关联交易"),
    ("line", "报告期内，公司向关联方星河算力销售800G光模块，交易价格参照市场价格确定。"),
    ("line", "公司持股5%以上股东临江国投同时持有江城算力基金40%的财产份额。"),
    ("h2", "2 借款及授信情况"),
    ("line", "截至报告期末，公司获得浦江银行股份有限公司综合授信额度8亿元，已使用3.2亿元。"),
    ("line", "马来西亚子公司向东岳银行新加坡分行借款3000万美元，由公司提供连带责任担保。"),
    ("line", "报告期内，公司不存在控股股东及其关联方非经营性占用资金的情况。"),
    ("h2", "3 其他"),
    ("line", "公司不存在对公司经营情况有重大影响和预计未来会有重大影响的其他事项。"),
    ("right", "鲲澜光电科技股份有限公司董事会"),
    ("right", "2026年3月27日"),
]


def otf_to_ttf(font, max_err=1.0):
    """Convert a CFF-flavoured font (already subset) to TrueType outlines for fpdf2."""
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    gs = font.getGlyphSet()
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\000\001\000\000"


def make_cjk_font(text, tmpdir):
    coll = TTCollection(CJK_TTC)
    sc = [f for f in coll.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC"][0]
    full = os.path.join(tmpdir, "sc.otf")
    sc.save(full)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "".join(chr(i) for i in range(32, 127)) + "（）：，。、%")
    ft = TTFont(full)
    sub.subset(ft)
    otf_to_ttf(ft)
    out = os.path.join(tmpdir, "sc_subset.ttf")
    ft.save(out)
    return out


def all_text(blocks):
    parts = []
    for kind, val in blocks:
        if kind == "table":
            parts += val["header"]
            for r in val["rows"]:
                parts += r
        elif val:
            parts.append(val)
    return "".join(parts)


def render(blocks, path, regular, bold, size, cjk=False):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_font("body", "", regular)
    pdf.add_font("body", "B", bold)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lh = size * 0.55
    for kind, val in blocks:
        if kind == "pagebreak":
            pdf.add_page()
            continue
        if kind == "title":
            pdf.set_font("body", "B", size + 3)
            pdf.cell(width, lh + 2, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font("body", "", size - 1)
            pdf.multi_cell(width, lh, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            pdf.set_font("body", "", size)
            pdf.cell(width, lh + 1, val, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("body", "B", size + 2)
            pdf.cell(width, lh + 2, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("body", "B", size + 1)
            pdf.cell(width, lh + 1.5, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "bi":
            pdf.set_font("body", "B", size)
            pdf.multi_cell(width, lh, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "unit":
            pdf.set_font("body", "", size - 1)
            pdf.cell(width, lh, val, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("body", "", size)
            pdf.multi_cell(width, lh, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "line":
            pdf.set_font("body", "", size)
            if cjk and pdf.get_string_width(val) > width:
                sys.exit("line too long for one PDF line: " + val)
            pdf.multi_cell(width, lh + 1, val, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("body", "B", size - 1)
            ws = val["widths"]
            for rowi, row in enumerate([val["header"]] + val["rows"]):
                if rowi == 1:
                    pdf.set_font("body", "", size - 1)
                for i, cell in enumerate(row):
                    if pdf.get_string_width(cell + " ") > ws[i]:
                        sys.exit("cell too wide: " + cell)
                    last = i == len(row) - 1
                    pdf.cell(ws[i], lh + 1.5, cell + " ", border=1,
                             new_x="LMARGIN" if last else "RIGHT", new_y="NEXT" if last else "TOP")
            pdf.ln(2)
    pdf.output(path)
    return pdf.pages_count


def main():
    n = render(ORISON, os.path.join(HERE, "orison_10k_2025_excerpt.pdf"), DEJAVU, DEJAVU_B, 9.5)
    assert n == 3, n
    with tempfile.TemporaryDirectory() as tmp:
        font = make_cjk_font(all_text(KUNLAN), tmp)
        n = render(KUNLAN, os.path.join(HERE, "kunlan_2025_annual_summary.pdf"), font, font, 9, cjk=True)
        assert n == 3, n
    print("built 2 PDFs")


if __name__ == "__main__":
    main()
