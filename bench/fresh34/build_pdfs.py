"""Build the two PDF documents of this set with fpdf2.

Run: /work/main/.venv/bin/python build_pdfs.py

Noto Sans CJK is a CFF-flavoured .ttc. fpdf2 embeds it, but pypdf cannot map CFF CID glyphs
back to text reliably, so the SC face is subset with fontTools to the characters used and
converted to TrueType (glyf) outlines before it is handed to fpdf2.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # Noto Sans CJK SC inside the collection


# ----------------------------------------------------------------------------------------
# font helpers
# ----------------------------------------------------------------------------------------
def _otf_to_ttf(font):
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    for name in order:
        g = glyf[name]
        g.recalcBounds(glyf)
        aw, _ = font["hmtx"][name]
        font["hmtx"][name] = (aw, getattr(g, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
              "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    maxp.recalc(font)
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def make_subset_font(text, out_path):
    chars = set(text) | set(" 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:-()%$&'\"/")
    opts = subset.Options()
    opts.font_number = SC_INDEX
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    font = subset.load_font(TTC, opts)
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    _otf_to_ttf(font)
    font.save(out_path)


# ----------------------------------------------------------------------------------------
# a tiny layout layer
# ----------------------------------------------------------------------------------------
class Report(FPDF):
    def __init__(self, header_text, footer_fn, font_path):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_fn = footer_fn
        self.add_font("noto", fname=font_path)
        self.set_margins(15, 18, 15)
        self.set_auto_page_break(True, margin=18)

    def header(self):
        self.set_font("noto", size=7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(15, 8)
        self.cell(0, 4, self.header_text, align="C")
        self.set_draw_color(160, 160, 160)
        self.line(15, 13, 195, 13)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("noto", size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.footer_fn(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def run(pdf, blocks):
    """blocks: list of (kind, payload)."""
    for kind, val in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("noto", size=13)
            pdf.multi_cell(0, 7, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("noto", size=11)
            pdf.multi_cell(0, 6, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "h2":
            pdf.set_font("noto", size=10)
            pdf.set_text_color(40, 40, 120)
            pdf.multi_cell(0, 5.5, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "p":
            pdf.set_font("noto", size=9.5)
            pdf.multi_cell(0, 5, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "small":
            pdf.set_font("noto", size=8)
            pdf.multi_cell(0, 4.2, val, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "right":
            pdf.set_font("noto", size=8.5)
            pdf.multi_cell(0, 5, val, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font("noto", size=9)
            pdf.multi_cell(0, 5, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            widths, rows, aligns = val
            pdf.set_font("noto", size=8.5)
            pdf.ln(0.5)
            for i, row in enumerate(rows):
                if i == 0:
                    pdf.set_fill_color(225, 228, 236)
                for j, cell in enumerate(row):
                    pdf.cell(widths[j], 6, cell, border=1, align=aligns[j], fill=(i == 0))
                pdf.ln(6)
            pdf.ln(2)
        elif kind == "space":
            pdf.ln(val)
        else:
            raise ValueError(kind)


# ----------------------------------------------------------------------------------------
# Document 1: Stratacore Cloud, Inc. Form 10-K extract (English, 4 pages)
# ----------------------------------------------------------------------------------------
K10 = [
    ("page", None),
    ("center", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION - FORM 10-K (EXTRACT)"),
    ("title", "Stratacore Cloud, Inc."),
    ("center", "Commission File Number 001-41952  |  Nasdaq Global Select Market: SCLD"),
    ("h", "PART I - Item 1. Business"),
    ("h2", "Overview"),
    ("p", 'Stratacore Cloud, Inc. (together with its subsidiaries, "Stratacore," the "Company," "we," "us" or "our") '
          "builds and operates GPU-dense cloud infrastructure for the training and serving of large AI models. "
          "At December 31, 2025, we operated approximately 212,000 accelerators across nine data-center sites in "
          'the United States, the Netherlands and Japan. Our Class A common stock is listed on the Nasdaq Global '
          'Select Market under the symbol "SCLD."'),
    ("h2", "Suppliers and Infrastructure"),
    ("p", "Accelerators are the largest single component of our capital expenditure. We purchase substantially all "
          "of our accelerators and the associated baseboards from Veltrix Semiconductor, Inc. (\"Veltrix\"). These "
          "purchases totaled $3.1 billion in 2025, compared with $1.4 billion in 2024, and we expect them to rise "
          "again in 2026 as we bring the Tarrant County and Almere sites to full capacity."),
    ("p", "Optical transceivers for our back-end fabric are sourced principally from Photonaut Networks, Inc. under "
          "a volume agreement that runs through 2027. Powered shell capacity at four of our sites is leased from "
          "Basalt Digital Infrastructure, LLC (\"Basalt\"), which develops and operates the buildings. At our Tarrant "
          "County, Texas site, electricity is supplied by Greystone Power & Light Company under a ten-year service "
          "agreement."),
    ("h2", "Competition"),
    ("p", "The market for AI compute capacity is intensely competitive and is characterized by rapid technological "
          "change. We compete with hyperscalers such as Meridian Systems Corp. and with other GPU cloud providers, "
          "including Kestrel Compute, Inc. Several of our competitors, including Meridian, have substantially greater "
          "financial, technical and marketing resources than we do. We believe we compete favorably on time to "
          "deployment, cluster size and price per delivered GPU-hour."),
    ("h2", "Employees"),
    ("p", "As of December 31, 2025, we had 1,184 full-time employees, of whom approximately 62% worked in "
          "engineering and data-center operations."),

    ("page", None),
    ("h2", "Customer Concentration"),
    ("p", "A limited number of customers account for a substantial portion of our revenue. The table below presents "
          "customers that individually represented more than 5% of revenue for the year ended December 31, 2025."),
    ("table", ((80, 50, 50), [
        ("Customer", "Revenue ($ in millions)", "% of revenue"),
        ("Meridian Systems Corp.", "1,046.2", "31.4%"),
        ("Aletheia Labs, Inc.", "688.9", "20.7%"),
        ("Customer C (1)", "301.5", "9.1%"),
        ("All other customers", "1,291.6", "38.8%"),
        ("Total", "3,328.2", "100.0%"),
    ], ("L", "R", "R"))),
    ("small", "(1) Customer C is a publicly listed enterprise software company whose name is withheld under the "
              "terms of its contract."),
    ("p", "Our contracts with the two largest customers are take-or-pay arrangements with remaining terms of two to "
          "five years. The loss of either customer, or a material reduction in its commitments, would adversely "
          "affect our results of operations."),
    ("h2", "Equity Investment"),
    ("p", "We hold a 12% preferred equity interest in Tessellate Markets, Inc., which operates the Tessellate Compute "
          "Exchange, a venue on which providers list short-dated GPU capacity. The interest was acquired in 2024 for "
          "$36.0 million and is recorded at cost less impairment."),
    ("h", "Item 1A. Risk Factors (excerpt)"),
    ("h2", "We depend on a single supplier for accelerators."),
    ("p", "Veltrix allocates its production among many customers, some of which compete with us. If Veltrix were to "
          "allocate constrained supply to Meridian ahead of us, our deployment schedule could slip by one or more "
          "quarters. We have no long-term supply agreement that guarantees minimum allocations."),

    ("page", None),
    ("h", "Item 7. Management's Discussion and Analysis (excerpt)"),
    ("h2", "Liquidity and Capital Resources"),
    ("p", "We fund our expansion through a combination of operating cash flow, equity offerings and asset-backed "
          "debt. Our principal debt arrangements are described below."),
    ("p", "SCF I Delayed-Draw Term Loan. On March 14, 2025, Stratacore Compute Funding I LLC (\"SCF I\"), a "
          "special-purpose, bankruptcy-remote subsidiary, entered into a $2.25 billion delayed-draw term loan "
          "facility (the \"DDTL\") with funds managed by Cobalt Ridge Capital Management LP, as lenders. The DDTL is "
          "secured by the accelerators, servers and customer contracts held by SCF I and amortizes over 60 months. "
          "Ardent Trust Company, N.A. acts as collateral agent for the SCF I lenders and has no lending commitment "
          "of its own. Stratacore Cloud, Inc. has provided a parent guarantee of SCF I's obligations under the DDTL."),
    ("p", "Revolving Credit Facility. We are the borrower under a $600 million senior secured revolving credit "
          "facility with Harborline Bank, N.A., as sole lender and administrative agent, that matures in 2029. "
          "As of December 31, 2025, $1.62 billion was outstanding under the DDTL and no amounts had been drawn under "
          "the revolving credit facility."),
    ("table", ((90, 45, 45), [
        ("Contractual obligations ($ in millions)", "2026", "2027-2030"),
        ("Debt principal", "412.0", "1,208.0"),
        ("Operating leases", "188.4", "731.9"),
        ("Purchase commitments", "2,140.0", "-"),
    ], ("L", "R", "R"))),
    ("p", "We believe that cash on hand, available borrowing capacity and cash from operations will be sufficient to "
          "meet our needs for at least the next twelve months."),

    ("page", None),
    ("h", "Exhibit 21.1"),
    ("center", "SUBSIDIARIES OF STRATACORE CLOUD, INC."),
    ("table", ((90, 50, 40), [
        ("Name of subsidiary", "Jurisdiction", "Ownership"),
        ("Stratacore Compute Funding I LLC", "Delaware", "100%"),
        ("Stratacore Europe B.V.", "Netherlands", "100%"),
        ("Stratacore Japan G.K.", "Japan", "100%"),
    ], ("L", "L", "R"))),
    ("small", "Entities in which the Company holds only a minority interest are not listed."),
]


# ----------------------------------------------------------------------------------------
# Document 2: 岚峰微 向特定对象发行A股股票预案（摘要） (Simplified Chinese, 3 pages)
# ----------------------------------------------------------------------------------------
LF = [
    ("page", None),
    ("right", "证券代码：688739    证券简称：岚峰微    公告编号：2026-018"),
    ("title", "深圳岚峰微电子股份有限公司\n2026年度向特定对象发行A股股票预案（摘要）"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
              "准确性和完整性依法承担法律责任。"),
    ("h", "释义"),
    ("table", ((38, 10, 132), [
        ("简称", "", "全称或含义"),
        ("岚峰微、公司、本公司", "指", "深圳岚峰微电子股份有限公司"),
        ("岚峰上海", "指", "岚峰微电子（上海）有限公司，公司全资子公司"),
        ("明湖智能", "指", "北京明湖智能科技有限公司"),
        ("萨赫拉主权基金", "指", "Sahra Sovereign Fund"),
        ("芯火基金", "指", "深圳鹏城芯火产业投资基金合伙企业（有限合伙）"),
        ("华屹存储", "指", "合肥华屹存储科技有限公司"),
        ("申江晶圆", "指", "上海申江晶圆制造有限公司"),
        ("本次发行", "指", "公司2026年度向特定对象发行A股股票"),
    ], ("L", "C", "L"))),
    ("h", "一、本次发行概况"),
    ("h2", "（一）发行对象及认购情况"),
    ("p", "本次发行的发行对象共3名，均以现金方式认购，认购情况如下："),
    ("right", "单位：万元、万股"),
    ("table", ((70, 55, 55), [
        ("发行对象", "认购金额", "认购股数"),
        ("明湖智能", "180,000.00", "2,337.66"),
        ("萨赫拉主权基金", "60,000.00", "779.22"),
        ("芯火基金", "40,000.00", "519.48"),
        ("合计", "280,000.00", "3,636.36"),
    ], ("L", "R", "R"))),
    ("p", "本次发行价格为77.00元/股，不低于定价基准日前二十个交易日股票交易均价的80%。"),
    ("h2", "（二）发行对象与公司的关系"),
    ("p", "明湖智能本次发行前未持有公司股份，与公司不存在关联关系。"),
    ("p", "萨赫拉主权基金为合格境外投资者，与公司控股股东不存在关联关系。"),

    ("page", None),
    ("h", "二、募集资金使用计划"),
    ("p", "本次发行募集资金总额不超过28亿元，扣除发行费用后将用于以下项目："),
    ("right", "单位：万元"),
    ("table", ((90, 45, 45), [
        ("项目名称", "投资总额", "拟使用募集资金"),
        ("新一代训练加速卡研发及产业化项目", "186,000.00", "160,000.00"),
        ("HBM封装测试产线建设项目", "95,000.00", "80,000.00"),
        ("补充流动资金", "40,000.00", "40,000.00"),
        ("合计", "321,000.00", "280,000.00"),
    ], ("L", "R", "R"))),
    ("h", "三、募投项目涉及的主要采购安排"),
    ("p", "1、公司已与华屹存储签订HBM3E供货框架协议，约定三年采购金额不超过35亿元。"),
    ("p", "2、加速卡晶圆由申江晶圆代工，其先进制程产能已为公司预留至2027年。"),
    ("p", "3、光互连模块主要向供应商四采购，该供应商为国内上市公司。"),
    ("h", "四、公司最近一年前五名客户"),
    ("right", "单位：万元"),
    ("table", ((70, 55, 55), [
        ("客户名称", "销售金额", "占营业收入比例"),
        ("明湖智能", "96,412.35", "27.6%"),
        ("天枢云计算", "51,880.02", "14.9%"),
        ("客户三", "33,105.40", "9.5%"),
        ("客户四", "18,772.91", "5.4%"),
        ("客户五", "12,406.77", "3.6%"),
        ("合计", "212,577.45", "60.9%"),
    ], ("L", "R", "R"))),
    ("small", "注：天枢云计算指杭州天枢云计算有限公司；客户三至客户五因保密约定未披露名称。"),
    ("h", "五、行业地位"),
    ("p", "公司在国内训练加速卡市场的份额位列第二，仅次于玄算科技。"),
    ("p", "在FP8稠密算力上，公司新一代产品约为维创芯同代产品的八成。"),

    ("page", None),
    ("h", "六、公司融资及担保情况"),
    ("p", "1、江海银行向公司授予综合授信额度20亿元，期限三年。"),
    ("p", "2、岚峰上海已获兴远银行流动资金贷款5亿元，公司为该笔贷款提供连带责任保证。"),
    ("p", "3、截至本预案公告日，公司对岚峰上海的担保余额合计为8.3亿元。"),
    ("h", "七、主要参股公司"),
    ("right", "单位：万元"),
    ("table", ((82, 26, 32, 40), [
        ("公司名称", "持股比例", "账面价值", "主营业务"),
        ("苏州光域半导体有限公司", "18.00%", "12,600.00", "硅光芯片"),
        ("合肥算联创业投资基金合伙企业（有限合伙）", "9.52%", "20,000.00", "有限合伙人份额"),
    ], ("L", "R", "R", "L"))),
    ("h", "八、风险提示"),
    ("p", "若明湖智能未能按期缴纳认购款，本次发行规模将相应缩减。"),
    ("p", "本次发行尚需经上海证券交易所审核通过并经中国证监会同意注册，能否取得及取得时间存在不确定性。"),
    ("space", 6),
    ("right", "深圳岚峰微电子股份有限公司董事会"),
    ("right", "2026年3月20日"),
]


def collect_text(blocks):
    out = []
    for kind, val in blocks:
        if kind == "table":
            for row in val[1]:
                out.extend(row)
        elif isinstance(val, str):
            out.append(val)
    return "".join(out)


def build(blocks, header_text, footer_fn, out_name, font_path, expected_pages):
    pdf = Report(header_text, footer_fn, font_path)
    run(pdf, blocks)
    assert pdf.page_no() == expected_pages, (out_name, pdf.page_no())
    pdf.output(os.path.join(HERE, out_name))
    print("wrote", out_name, pdf.page_no(), "pages")


def main():
    k10_header = "Stratacore Cloud, Inc. - Annual Report on Form 10-K for the fiscal year ended December 31, 2025"
    lf_header = "深圳岚峰微电子股份有限公司 2026年度向特定对象发行A股股票预案（摘要）"
    text = collect_text(K10) + collect_text(LF) + k10_header + lf_header + "第页共Page|"
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, "noto_sc_subset.ttf")
        make_subset_font(text, font_path)
        # printed folio numbers of the 10-K extract start at 7; page field in answers is the PDF page
        build(K10, k10_header, lambda n: f"Stratacore Cloud, Inc. | 2025 Form 10-K | {n + 6}",
              "stratacore_10k_2025.pdf", font_path, 4)
        build(LF, lf_header, lambda n: f"第 {n} 页 共 3 页",
              "lanfeng_private_placement_2026.pdf", font_path, 3)


if __name__ == "__main__":
    main()
