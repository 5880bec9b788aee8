"""Build the two PDF documents of this set.

Run:  /work/main/.venv/bin/python build_pdfs.py

* corvane_10k_2025_excerpt.pdf   (English, 3 pages, DejaVu Sans)
* yunlan_2025_annual_report_excerpt.pdf  (Chinese, 3 pages, Noto Sans CJK SC
  converted to a subset TrueType font with fontTools, because fpdf2 embeds
  CFF-flavoured OpenType in a way pypdf cannot map back to Unicode)

Chinese paragraphs are laid out sentence by sentence so that a sentence that fits
on one line is never broken across two lines (a line break would otherwise put a
space inside the sentence in the extracted text).
"""
import os
import re
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# --------------------------------------------------------------------------- fonts
def make_cjk_ttf(text, out, index=2):
    """Subset Noto Sans CJK SC (index 2 of the collection) to the characters of
    `text` and convert its CFF outlines to TrueType glyf outlines."""
    font = TTCollection(CJK_TTC).fonts[index]
    opts = subset.Options()
    opts.desubroutinize = True
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    chars = set(text) | {chr(i) for i in range(0x20, 0x7F)}
    sub.populate(unicodes=sorted(ord(c) for c in chars))
    sub.subset(font)

    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    for tag in ("VORG", "VVAR"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in order:
        adv, _ = hmtx.metrics[name]
        g = glyf[name]
        hmtx.metrics[name] = (adv, g.xMin if g.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


# --------------------------------------------------------------------------- layout
class Doc(FPDF):
    def __init__(self, footer_text, font, cjk=False):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.fname = font
        self.cjk = cjk
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(False)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.fname, size=7.5)
        self.cell(0, 5, self.footer_text.format(n=self.page_no()), align="C")


def render(pdf, pages, bold_font):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for blocks in pages:
        pdf.add_page()
        for block in blocks:
            kind = block[0]
            if kind == "title":
                pdf.set_font(bold_font, size=12)
                pdf.multi_cell(width, 6.5, block[1], align="C")
                pdf.ln(1)
            elif kind == "sub":
                pdf.set_font(pdf.fname, size=8.5)
                pdf.multi_cell(width, 4.6, block[1], align="C")
                pdf.ln(1.5)
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font(bold_font, size=10)
                pdf.multi_cell(width, 5.5, block[1])
                pdf.ln(0.5)
            elif kind == "p":
                pdf.set_font(pdf.fname, size=9)
                if pdf.cjk:
                    write_cjk_paragraph(pdf, block[1], width, 5.0)
                else:
                    pdf.multi_cell(width, 4.6, block[1])
                pdf.ln(1.6)
            elif kind == "note":
                pdf.set_font(pdf.fname, size=7.5)
                pdf.multi_cell(width, 4.0, block[1])
                pdf.ln(1)
            elif kind == "table":
                _, header, rows, widths = block
                size = 7.8
                pdf.set_font(bold_font, size=size)
                for w, c in zip(widths, header):
                    pdf.cell(w, 6, c, border=1, align="C")
                pdf.ln()
                pdf.set_font(pdf.fname, size=size)
                for row in rows:
                    for i, (w, c) in enumerate(zip(widths, row)):
                        assert pdf.get_string_width(c) < w - 1, (c, w)
                        pdf.cell(w, 5.6, c, border=1, align="L" if i == 0 else "C")
                    pdf.ln()
                pdf.ln(2)
            else:
                raise ValueError(kind)
            assert pdf.get_y() < pdf.h - 16, f"page overflow at {block[1][:40]!r}"


def write_cjk_paragraph(pdf, text, width, h):
    """Write Chinese text sentence by sentence; a sentence that fits on one line is
    moved to a fresh line rather than being split."""
    right = pdf.l_margin + width
    sentences = [s for s in re.split(r"(?<=[。；])", text) if s]
    pdf.set_x(pdf.l_margin)
    for s in sentences:
        w = pdf.get_string_width(s)
        room = right - pdf.get_x()
        if w > room and w <= width:
            pdf.ln(h)
        pdf.write(h, s)
    pdf.ln(h)


# --------------------------------------------------------------------------- document 1
CORVANE = [
    [
        ("title", "CORVANE SEMICONDUCTOR, INC.\nANNUAL REPORT ON FORM 10-K (EXCERPTS)"),
        ("sub", "For the fiscal year ended December 31, 2025  |  Commission File Number 001-40187  |  "
                "Nasdaq Global Select Market: CRVN\nFiled February 19, 2026"),
        ("h", "PART I - Item 1. Business"),
        ("p", "Corvane Semiconductor, Inc. (\"Corvane,\" the \"Company,\" \"we,\" \"us\" or \"our\") designs "
              "merchant Ethernet switch silicon, optical digital signal processors (DSPs) and custom networking "
              "ASICs used to connect accelerators inside AI data centers. We do not own fabrication facilities; "
              "our wafers are produced by third-party foundries and assembled on organic substrates."),
        ("h", "Customers"),
        ("p", "Our revenue is concentrated among a small number of hyperscale cloud operators and AI infrastructure "
              "providers. The following customers each accounted for 10% or more of our net revenue:"),
        ("table", ["Customer", "FY2025", "FY2024"], [
            ["Kestrel Cloud Services, Inc.", "24%", "21%"],
            ["Ardent Systems Corp.", "17%", "19%"],
            ["Tessellate Compute Holdings, Inc.", "11%", "*"],
        ], [90, 40, 40]),
        ("note", "* Less than 10% of net revenue in the period."),
        ("p", "We also sell optical DSPs to manufacturers of pluggable transceivers. The largest of these is "
              "Lanxin Photonics Co., Ltd., which purchased approximately $310 million of our DSPs in fiscal 2025 "
              "and incorporates them in 800G and 1.6T modules sold to hyperscalers. The loss of, or a significant "
              "reduction in purchases by, any of these customers would harm our results."),
        ("h", "Suppliers and Competition"),
        ("p", "We rely on Kurogane Substrate K.K., based in Kyoto, Japan, for substantially all of the ABF "
              "substrates used in our switch products. Any disruption at its plants could delay our shipments "
              "for several quarters."),
        ("p", "Our principal competitors in merchant switching are Arcwell Networks, Inc. and Sintara Microsystems, "
              "and Veltrix Corporation increasingly bundles its own switches with its GPU systems. Competition is "
              "based on bandwidth per watt, software ecosystem and time to market."),
        ("h", "Subsidiaries"),
        ("p", "Significant subsidiaries of the Company as of December 31, 2025 (see Exhibit 21.1):"),
        ("table", ["Name", "Jurisdiction", "Ownership"], [
            ["Corvane Semiconductor (Singapore) Pte. Ltd.", "Singapore", "100%"],
            ["Photonbridge, Inc.", "Delaware", "100%"],
        ], [90, 40, 40]),
    ],
    [
        ("h", "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS (EXCERPTS)"),
        ("h", "Note 4. Business Combination"),
        ("p", "On July 14, 2025, we completed the acquisition of Photonbridge, Inc., a developer of co-packaged "
              "optical engines, for total cash consideration of $640 million. Photonbridge's results have been "
              "included in our consolidated statements of operations since the acquisition date. We recorded "
              "goodwill of $412 million and acquired intangible assets of $198 million, primarily developed "
              "technology with a weighted-average useful life of six years."),
        ("h", "Note 6. Strategic Investments"),
        ("p", "Our strategic investments consist of equity securities of privately held and publicly traded "
              "companies that we believe are important to the networking ecosystem."),
        ("p", "As of December 31, 2025, we held an approximately 6.5% equity interest in Lanxin Photonics Co., "
              "Ltd. (Shenzhen: 301986), which is measured at fair value with a carrying value of $212 million. "
              "Unrealized gains of $57 million on this holding were recorded in other income, net."),
        ("p", "In April 2025, we purchased $40.0 million of Series B preferred stock of Gridline Compute Exchange, "
              "Inc., the operator of a regulated futures market for GPU compute capacity. We account for this "
              "investment under the measurement alternative and recognized no impairment in 2025."),
        ("h", "Note 8. Debt"),
        ("p", "In October 2025, we entered into a $1.0 billion senior unsecured revolving credit facility (the "
              "\"Revolving Credit Facility\") with First Halcyon Bank, N.A., as administrative agent and a lender, "
              "and a syndicate of other financial institutions. Borrowings bear interest at SOFR plus a margin of "
              "1.00% to 1.50%. No amounts were outstanding under the Revolving Credit Facility as of December 31, "
              "2025. Corvane Semiconductor (Singapore) Pte. Ltd. guarantees our obligations under the Revolving "
              "Credit Facility."),
        ("p", "In March 2025, we issued $750 million aggregate principal amount of 5.25% senior notes due 2032 "
              "(the \"2032 Notes\"). Harrowgate Securities LLC acted as lead book-running manager for our offering "
              "of the 2032 Notes. Interest is payable semi-annually in March and September."),
        ("table", ["(in millions)", "Dec 31, 2025", "Dec 31, 2024"], [
            ["5.25% senior notes due 2032", "$750", "-"],
            ["Revolving Credit Facility", "-", "-"],
            ["Less: unamortized discount and issuance costs", "(9)", "-"],
            ["Total long-term debt", "$741", "-"],
        ], [90, 40, 40]),
    ],
    [
        ("h", "Note 12. Commitments and Contingencies"),
        ("p", "As of December 31, 2025, we had non-cancelable purchase obligations of $1.3 billion, principally "
              "for wafers and substrates to be delivered in 2026. We also lease office and laboratory space in "
              "San Jose, Haifa and Singapore under operating leases expiring through 2033."),
        ("h", "Note 14. Segment and Concentration Information"),
        ("p", "We operate as one reportable segment. Net revenue by product line was $3.42 billion for switch "
              "silicon, $1.06 billion for optical DSPs and $0.88 billion for custom ASICs. Revenue from customers "
              "headquartered outside the United States was 29% of the total."),
        ("p", "Kestrel Cloud and Ardent Systems each announced capital expenditure plans for 2026 exceeding "
              "$90 billion. We cannot assure you that our share of these budgets will grow in line with them."),
        ("h", "Note 16. Subsequent Events"),
        ("p", "In January 2026, we entered into a joint development agreement with Hanseong Memory Co., Ltd. to "
              "develop optical interconnects between high-bandwidth memory stacks and switch fabrics. No amounts "
              "are payable by either party under the agreement other than each party's own engineering costs."),
        ("p", "On February 10, 2026, our board of directors declared a quarterly cash dividend of $0.18 per "
              "share, payable on March 20, 2026."),
    ],
]

# --------------------------------------------------------------------------- document 4
YUNLAN = [
    [
        ("title", "云岚智算科技股份有限公司\n2025年年度报告（摘录）"),
        ("sub", "证券代码：688976　　证券简称：云岚智算　　披露日期：2026年3月27日"),
        ("h", "第三节　管理层讨论与分析"),
        ("p", "报告期内，公司继续围绕长三角及中西部算力枢纽布局智算中心，新增投运算力约9800P，累计在运营算力达到21500P。"
              "根据第三方机构统计，公司智算中心运营规模在华东地区位列第三，仅次于华擎云算和北辰智算。"
              "公司新建机柜中液冷机柜占比达到62%，高于北辰智算约45%的水平。"),
        ("h", "（一）主要销售客户情况"),
        ("p", "前五名客户销售额合计135,872.46万元，占年度销售总额62.81%。单位：万元"),
        ("table", ["客户名称", "销售额", "占年度销售总额比例", "是否关联方"], [
            ["深衡智能科技有限公司", "68,420.15", "31.62%", "否"],
            ["临澜数据集团有限公司", "24,310.00", "11.24%", "是"],
            ["客户三", "17,655.80", "8.16%", "否"],
            ["客户四", "13,904.27", "6.43%", "否"],
            ["客户五", "11,582.24", "5.36%", "否"],
        ], [66, 30, 44, 34]),
        ("h", "（二）主要供应商情况"),
        ("p", "前五名供应商采购额合计116,437.09万元，占年度采购总额58.17%。单位：万元"),
        ("table", ["供应商名称", "采购额", "占年度采购总额比例", "是否关联方"], [
            ["澜芯光电股份有限公司", "41,260.33", "20.61%", "否"],
            ["供应商二", "29,774.18", "14.87%", "否"],
            ["凌霜液冷技术有限公司", "18,905.70", "9.44%", "是"],
            ["供应商四", "14,350.52", "7.17%", "否"],
            ["供应商五", "12,146.36", "6.07%", "否"],
        ], [66, 30, 44, 34]),
    ],
    [
        ("h", "（三）主要控股参股公司分析"),
        ("p", "单位：万元"),
        ("table", ["公司名称", "公司类型", "主要业务", "注册资本", "持股比例"], [
            ["临澜云岚智算中心有限公司", "子公司", "智算中心运营", "200,000.00", "100.00%"],
            ["凌霜液冷技术有限公司", "参股公司", "液冷设备", "12,000.00", "15.00%"],
            ["临澜算力产业投资基金（有限合伙）", "参股公司", "股权投资", "300,000.00", "19.80%"],
        ], [62, 24, 30, 30, 28]),
        ("p", "公司对临澜算力产业投资基金（有限合伙）的出资身份为有限合伙人，不参与基金的投资决策。"
              "报告期内，临澜云岚智算中心有限公司实现营业收入92,418.06万元，净利润18,652.31万元。"),
        ("h", "第七节　股份变动及股东情况"),
        ("p", "截至报告期末普通股股东总数为28,416户。前十名股东持股情况（节选）如下，单位：股"),
        ("table", ["股东名称", "股东性质", "持股数量", "持股比例", "质押、标记或冻结"], [
            ["临澜市产业投资集团有限公司", "国有法人", "187,280,000", "23.41%", "无"],
            ["周岚", "境内自然人", "96,000,000", "12.00%", "质押 21,000,000"],
            ["陈亦舟", "境内自然人", "31,200,000", "3.90%", "无"],
            ["许青", "境内自然人", "18,640,000", "2.33%", "无"],
        ], [60, 28, 30, 24, 32]),
        ("p", "公司控股股东为临澜市产业投资集团有限公司（以下简称“临澜产投”），实际控制人为临澜市国资委。"
              "报告期内公司控股股东及实际控制人未发生变更。"),
    ],
    [
        ("h", "第六节　重要事项——重大关联交易"),
        ("p", "临澜数据集团有限公司为公司控股股东临澜产投的全资子公司，构成公司关联方。"
              "报告期内，公司向临澜数据提供算力租赁及运维服务，交易金额为24,310.00万元。"
              "上述交易价格参照同类服务的市场价格确定，不存在损害公司及中小股东利益的情形。"),
        ("p", "公司董事会秘书兼任凌霜液冷技术有限公司董事，凌霜液冷因此构成公司关联方。"
              "报告期内，公司向参股公司凌霜液冷采购冷板式液冷机柜及冷量分配单元，交易金额为1.89亿元。"),
        ("h", "第十节　财务报告——借款情况"),
        ("p", "截至报告期末，公司向东岳银行临澜分行借入的长期借款余额为15.00亿元。"
              "该笔借款用于临澜二期智算中心建设，期限八年，利率为同期LPR减20个基点。"),
        ("p", "2025年9月，全资子公司临澜智算中心获得临澜农村商业银行项目贷款8亿元，期限十年。"
              "公司为上述项目贷款提供连带责任保证担保，担保金额8亿元。"),
        ("table", ["借款类别", "期末余额（万元）", "期初余额（万元）"], [
            ["短期借款", "42,000.00", "35,000.00"],
            ["长期借款（含一年内到期）", "230,000.00", "120,000.00"],
            ["合计", "272,000.00", "155,000.00"],
        ], [70, 50, 50]),
        ("p", "除上述事项外，报告期内公司不存在其他重大借款、重大担保或委托理财事项。"),
    ],
]


def all_text(pages):
    out = []
    for blocks in pages:
        for b in blocks:
            if b[0] == "table":
                out.extend(b[1])
                for r in b[2]:
                    out.extend(r)
            else:
                out.append(b[1])
    return "".join(out)


def main():
    # English 10-K excerpt
    pdf = Doc("Corvane Semiconductor, Inc. - 2025 Form 10-K (excerpts) - page {n}", "dejavu")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavub", "", DEJAVU_B)
    render(pdf, CORVANE, "dejavub")
    pdf.output(os.path.join(HERE, "corvane_10k_2025_excerpt.pdf"))

    # Chinese annual report excerpt
    with tempfile.TemporaryDirectory() as tmp:
        ttf = os.path.join(tmp, "cjk_subset.ttf")
        make_cjk_ttf(all_text(YUNLAN) + "云岚智算科技股份有限公司2025年年度报告　第页0123456789", ttf)
        pdf = Doc("云岚智算科技股份有限公司2025年年度报告　第{n}页", "cjk", cjk=True)
        pdf.add_font("cjk", "", ttf)
        render(pdf, YUNLAN, "cjk")
        pdf.output(os.path.join(HERE, "yunlan_2025_annual_report_excerpt.pdf"))
    print("built 2 PDFs")


if __name__ == "__main__":
    main()
