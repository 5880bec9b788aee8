#!/usr/bin/env python
"""Build the two PDF documents of this evaluation set with fpdf2.

kestrel_10q_q2_2025.pdf          English 10-Q extract (DejaVu Sans)
huaxin_2025_interim_summary.pdf  Simplified Chinese 半年度报告摘要 (subset of Noto Sans CJK SC,
                                 converted from CFF to TrueType outlines with fontTools)
Run:  /work/main/.venv/bin/python build_pdfs.py
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
CJK_SC_INDEX = 2  # Noto Sans CJK SC inside the collection
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- fonts
def _cff_to_glyf(font, max_err=1.0):
    """Replace CFF outlines by quadratic TrueType outlines (fpdf2 embeds glyf fonts cleanly)."""
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, path):
    font = TTCollection(CJK_TTC).fonts[CJK_SC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    chars = set(text) | set(" 0123456789.,%()-+:/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    _cff_to_glyf(font)
    font.save(path)


# ---------------------------------------------------------------- layout helpers
class Doc(FPDF):
    def __init__(self, footer_text, font, size):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.base_font = font
        self.base_size = size
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, 15)

    def footer(self):
        self.set_y(-11)
        self.set_font(self.base_font, size=7)
        self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")


def render(pdf, pages, bold_font):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for page in pages:
        pdf.add_page()
        expected = pdf.page_no()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font(bold_font, size=13)
                pdf.multi_cell(width, 7, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font(pdf.base_font, size=8.5)
                pdf.multi_cell(width, 5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font(bold_font, size=pdf.base_size + 0.5)
                pdf.multi_cell(width, 5.5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font(pdf.base_font, size=pdf.base_size)
                pdf.multi_cell(width, 4.8, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            elif kind == "note":
                pdf.set_font(pdf.base_font, size=7.5)
                pdf.multi_cell(width, 4, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "table":
                _, caption, widths, header, rows = block
                assert abs(sum(widths) - width) < 0.01 or sum(widths) <= width, (caption, sum(widths))
                pdf.set_font(bold_font, size=pdf.base_size)
                pdf.multi_cell(width, 5, caption, align="L", new_x="LMARGIN", new_y="NEXT")
                size = pdf.base_size - 1.5
                for r, row in enumerate([header] + rows):
                    pdf.set_font(bold_font if r == 0 else pdf.base_font, size=size)
                    for _i, (w, txt) in enumerate(zip(widths, row)):
                        assert pdf.get_string_width(txt) <= w - 1.2, ("cell too narrow", txt)
                        numeric = re.fullmatch(r"[-()0-9.,%+ ]+", txt) is not None
                        align = "R" if (r > 0 and numeric) else "L"
                        pdf.cell(w, 5.2, txt, border=1, align=align)
                    pdf.ln(5.2)
                pdf.ln(1.5)
            else:
                raise ValueError(kind)
        assert pdf.page_no() == expected, f"content overflowed page {expected}"


# ---------------------------------------------------------------- document 1: 10-Q extract
KESTREL = [
    [  # page 1
        ("title", "KESTREL COMPUTE, INC."),
        ("sub", "FORM 10-Q - Quarterly Report for the period ended June 30, 2025 (extract)"),
        ("sub", "Commission File Number 001-41877 | Class A common stock listed on The Nasdaq Global Select Market under the symbol KSTR"),
        ("h", "PART I - FINANCIAL INFORMATION"),
        ("h", "Item 1. Notes to Condensed Consolidated Financial Statements (unaudited)"),
        ("h", "Note 1. Organization and Basis of Presentation"),
        ("p", "Kestrel Compute, Inc. (together with its consolidated subsidiaries, \"Kestrel,\" the \"Company,\" \"we,\" \"us\" or \"our\") provides GPU cloud infrastructure for artificial intelligence training and inference from eleven data centers in the United States and one in Malaysia."),
        ("p", "The condensed consolidated financial statements include the accounts of the Company and its wholly owned subsidiaries, including Kestrel Compute Funding I, LLC (\"KCF I\"), a bankruptcy-remote special-purpose entity, and Kestrel Compute (Johor) Sdn. Bhd. (\"Kestrel Johor\"). All intercompany balances and transactions have been eliminated in consolidation."),
        ("h", "Note 2. Revenue and Customer Concentration"),
        ("p", "We derive revenue principally from committed capacity contracts under which customers reserve dedicated GPU clusters for terms of one to five years, and to a lesser extent from on-demand usage billed by the GPU-hour."),
        ("table", "Revenue by customer (in millions of U.S. dollars, except percentages)",
         [62, 38, 40, 40],
         ["Customer", "Q2 2025", "% of Q2 revenue", "Six months 2025"],
         [["Tessellate AI, Inc.", "212.4", "41%", "398.7"],
          ["Halden Robotics, Inc.", "71.9", "14%", "129.3"],
          ["Customer C (1)", "58.2", "11%", "101.6"],
          ["All other customers", "175.0", "34%", "322.9"],
          ["Total", "517.5", "100%", "952.5"]]),
        ("note", "(1) Customer C is a U.S. enterprise software company whose name is withheld at its request under the confidentiality terms of its capacity agreement."),
        ("p", "Remaining performance obligations were $7.9 billion at June 30, 2025, of which approximately 62% is expected to be recognized as revenue over the next 24 months."),
    ],
    [  # page 2
        ("h", "Note 3. Supplier Concentration"),
        ("p", "We depend on a limited number of suppliers for accelerators, networking equipment and data center capacity, and a disruption at any of them could delay our deployments."),
        ("p", "Purchases of GPU accelerators and rack-scale systems from Veridian Silicon Inc. (NASDAQ: VRDN) (\"Veridian\"), our principal supplier, totaled $2.05 billion for the six months ended June 30, 2025. This compares with $0.61 billion in the first six months of 2024."),
        ("p", "Veridian has no obligation to provide financing to the Company, and the Company has no minimum purchase commitment to Veridian beyond open purchase orders."),
        ("h", "Note 4. Debt"),
        ("p", "GPU Financing Facility. On February 14, 2025, KCF I, as borrower, entered into a $2.4 billion delayed-draw term loan facility (the \"GPU Financing Facility\") with Ironbridge Digital Infrastructure Credit Fund II, L.P. and Larchmont Credit Partners, as lenders. Borrowings are secured by a first-priority lien on approximately 61,000 GPUs and related servers owned by KCF I and bear interest at SOFR plus 6.25%."),
        ("p", "The Company has provided a limited guarantee of KCF I's obligations under the GPU Financing Facility. Ashgrove Trust Company serves as administrative agent and collateral agent for KCF I's lenders and has no funding commitment under the facility."),
        ("p", "Revolving Credit Facility. The Company is party to a $600 million senior secured revolving credit facility with a syndicate of banks for which Carrow National Bank acts as administrative agent and as a lender."),
        ("p", "Vendor Financing. In June 2025, Yingling Thermal Technology Co., Ltd. (SZSE: 301587) (\"Yingling\") agreed to lend Kestrel Johor up to RMB 280 million, repayable in ten quarterly instalments, to finance cooling equipment for our Johor Bahru campus."),
        ("table", "Debt outstanding (in millions of U.S. dollars)",
         [46, 38, 26, 22, 24, 24],
         ["Instrument", "Borrower", "Rate", "Maturity", "Jun 30, 2025", "Dec 31, 2024"],
         [["GPU Financing Facility", "KCF I", "SOFR + 6.25%", "Feb 2030", "1,850.0", "-"],
          ["Revolving Credit Facility", "Kestrel Compute, Inc.", "SOFR + 2.75%", "Nov 2027", "150.0", "225.0"],
          ["Vendor loan (RMB)", "Kestrel Johor", "4.35%", "Dec 2027", "38.6", "-"],
          ["Total debt", "", "", "", "2,038.6", "225.0"]]),
    ],
    [  # page 3
        ("h", "Note 5. Commitments and Contingencies"),
        ("p", "Data center leases. We lease powered shell and colocation capacity from Basalt Digital Trust (NYSE: BSLT) at four U.S. sites under non-cancellable leases expiring between 2031 and 2035. Future minimum lease payments under these leases totaled $1.16 billion at June 30, 2025."),
        ("p", "Purchase commitments. The table below summarizes non-cancellable purchase commitments to suppliers other than Veridian."),
        ("table", "Purchase commitments at June 30, 2025 (in millions of U.S. dollars)",
         [46, 50, 21, 21, 21, 21],
         ["Supplier", "Category", "Rest of 2025", "2026", "2027+", "Total"],
         [["Lumentra Networks, Inc.", "Optical transceivers and switches", "84.5", "61.0", "-", "145.5"],
          ["Coldwell Thermal Systems, Inc.", "Rear-door heat exchangers", "22.1", "9.4", "-", "31.5"],
          ["Supplier D (1)", "Power distribution units", "17.8", "12.2", "6.0", "36.0"],
          ["Total", "", "124.4", "82.6", "6.0", "213.0"]]),
        ("note", "(1) Supplier D is a privately held manufacturer; its name is omitted for competitive reasons."),
        ("p", "Hong Kong campus. In April 2025, we signed a memorandum of understanding with Harbourline Data Centres Holdings Limited (HKEX: 2938) to jointly develop a 120 MW GPU campus in the Tseung Kwan O district of Hong Kong. The memorandum is non-binding, and neither party has committed capital to the project."),
        ("p", "Legal proceedings. From time to time we are involved in claims arising in the ordinary course of business; we do not believe any pending matter will have a material adverse effect on our financial position."),
        ("h", "Note 6. Subsequent Events"),
        ("p", "On July 30, 2025, the Company completed its acquisition of Tallis Data Systems, Inc., a developer of GPU cluster scheduling software, for $85 million in cash."),
        ("p", "On August 1, 2025, KCF I borrowed an additional $310 million under the GPU Financing Facility."),
    ],
    [  # page 4
        ("h", "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations (extract)"),
        ("h", "Competition"),
        ("p", "We compete with hyperscale cloud providers such as Meridian Systems Corp. and with other specialized GPU cloud operators, including Orrery Cloud Holdings, Inc. and Stanmore Compute. Orrery Cloud's price reductions on H-class instances in the second quarter have not, to date, affected pricing under our committed contracts."),
        ("h", "Liquidity and Capital Resources"),
        ("p", "As of June 30, 2025, we had $412.7 million of cash and cash equivalents and $450.0 million of undrawn capacity under the Revolving Credit Facility."),
        ("table", "Summary of cash flows (in millions of U.S. dollars)",
         [100, 40, 40],
         ["Item", "Six months 2025", "Six months 2024"],
         [["Net cash provided by operating activities", "301.4", "88.2"],
          ["Net cash used in investing activities", "(2,412.9)", "(702.5)"],
          ["Net cash provided by financing activities", "1,988.0", "655.1"]]),
        ("h", "Item 1A. Risk Factors (extract)"),
        ("p", "If Tessellate AI were to reduce or fail to renew its commitments, or if Veridian were to allocate constrained supply to hyperscale customers ahead of us, our revenue and margins could decline materially."),
        ("p", "Our GPU-backed borrowings are secured by equipment whose resale value may decline faster than we anticipate as new accelerator generations are introduced."),
    ],
]

# ---------------------------------------------------------------- document 2: 半年度报告摘要
HUAXIN = [
    [  # page 1
        ("title", "苏州华芯封测科技股份有限公司"),
        ("title", "2025年半年度报告摘要"),
        ("sub", "证券代码：688736    证券简称：华芯封测    公告编号：2025-039"),
        ("h", "第一节 重要提示"),
        ("p", "1.1 本半年度报告摘要来自半年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到上海证券交易所网站等中国证监会指定媒体上仔细阅读半年度报告全文。"),
        ("p", "1.2 本公司董事会、监事会及董事、监事、高级管理人员保证半年度报告内容的真实性、准确性、完整性，不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。"),
        ("p", "1.3 公司全体董事出席董事会会议。本半年度报告未经审计。"),
        ("h", "第二节 公司基本情况"),
        ("table", "2.1 公司简介",
         [40, 60, 40, 40],
         ["股票种类", "股票上市交易所及板块", "股票简称", "股票代码"],
         [["A股", "上海证券交易所科创板", "华芯封测", "688736"]]),
        ("table", "2.2 主要财务数据（单位：万元 币种：人民币）",
         [66, 38, 38, 38],
         ["项目", "本报告期（末）", "上年同期（末）", "增减(%)"],
         [["总资产", "612,470.81", "540,118.29", "13.40"],
          ["归属于上市公司股东的净资产", "318,904.66", "297,552.03", "7.18"],
          ["营业收入", "164,982.37", "118,405.66", "39.34"],
          ["归属于上市公司股东的净利润", "18,226.05", "11,093.12", "64.30"],
          ["研发投入占营业收入的比例(%)", "9.12", "8.47", "增加0.65个百分点"]]),
        ("table", "2.3 前十名股东持股情况表（单位：股）",
         [76, 36, 30, 38],
         ["股东名称", "股东性质", "持股比例(%)", "持股数量"],
         [["王建平", "境内自然人", "28.64", "117,214,600"],
          ["苏州工业园区国创投资有限公司", "国有法人", "6.15", "25,169,800"],
          ["Halvard Semiconductor Corp.", "境外法人", "4.80", "19,645,000"],
          ["李慧敏", "境内自然人", "2.05", "8,390,000"]]),
        ("note", "注：上述股东中，王建平为公司控股股东、实际控制人；公司未知其他股东之间是否存在关联关系或属于一致行动人。"),
    ],
    [  # page 2
        ("h", "第三节 重要事项"),
        ("h", "3.1 报告期内公司经营情况"),
        ("p", "报告期内，公司实现营业收入164,982.37万元，同比增长39.34%；实现归属于上市公司股东的净利润18,226.05万元，同比增长64.30%，主要受益于人工智能加速芯片对2.5D/3D先进封装需求的快速增长。"),
        ("p", "（一）重大客户协议"),
        ("p", "2025年3月，公司与Halvard Semiconductor Corp.（以下简称“哈尔瓦德”）签订长期服务协议。"),
        ("p", "公司向哈尔瓦德提供2.5D先进封装服务，双方约定2025年至2027年采购额不低于3.6亿美元。"),
        ("p", "哈尔瓦德与维锐迪半导体的市场份额变化可能对公司订单产生较大影响。"),
        ("p", "公司目前未向维锐迪半导体提供封装服务。"),
        ("p", "（二）主要供应商"),
        ("p", "公司ABF载板主要采购自晶鼎载板股份有限公司（台湾证券交易所：3719）。"),
        ("p", "报告期内，公司与晶鼎载板签署玻璃基板联合开发协议，共同开展下一代基板研发。"),
        ("table", "前五名客户销售情况（单位：万元）",
         [60, 60, 60],
         ["客户名称", "销售额", "占营业收入比例(%)"],
         [["客户一", "58,271.40", "35.32"],
          ["客户二", "21,305.12", "12.91"],
          ["客户三", "13,998.65", "8.48"],
          ["客户四", "9,112.07", "5.52"],
          ["客户五", "6,540.33", "3.96"],
          ["合计", "109,227.57", "66.20"]]),
        ("note", "注：因与客户签订的保密协议约定，公司未披露前五名客户名称。"),
        ("p", "（三）行业地位"),
        ("p", "据行业机构统计，公司先进封装收入位列国内第三，仅次于江南长芯和华东晶测。"),
        ("p", "（四）对外投资"),
        ("p", "2025年5月，公司以自有资金12,500万元收购无锡锡测半导体科技有限公司（以下简称“标的公司”）70%股权。"),
        ("p", "收购完成后，标的公司成为公司控股子公司，已于2025年6月纳入合并报表范围。"),
    ],
    [  # page 3
        ("h", "3.2 主要控股参股公司分析"),
        ("table", "主要控股参股公司情况（单位：万元）",
         [72, 30, 22, 28, 28],
         ["公司名称", "公司类型", "持股比例", "注册资本", "净利润"],
         [["华芯先进封装（无锡）有限公司", "全资子公司", "100%", "80,000.00", "6,215.44"],
          ["华芯封测（马来西亚）有限公司", "控股子公司", "75%", "12,600.00", "-842.17"],
          ["苏州芯算一号产业投资合伙企业（有限合伙）", "参股公司", "19.80%", "50,000.00", "1,027.30"]]),
        ("note", "注：华芯先进封装（无锡）有限公司以下简称“华芯无锡”。"),
        ("h", "3.3 授信及担保情况"),
        ("p", "报告期内，全资子公司华芯无锡获得恒信银行股份有限公司无锡分行综合授信额度8亿元。"),
        ("p", "公司为华芯无锡在恒信银行的上述授信提供连带责任保证担保，担保期限为三年。"),
        ("p", "截至报告期末，公司及子公司不存在对合并报表范围外主体提供担保的情形，公司对子公司担保余额为3.2亿元。"),
        ("h", "3.4 其他重要事项"),
        ("p", "报告期内，公司不存在控股股东及其关联方非经营性占用公司资金的情况，亦不存在违规对外提供财务资助的情形。"),
        ("p", "苏州华芯封测科技股份有限公司董事会"),
        ("p", "2025年8月22日"),
    ],
]


def all_text(pages):
    out = []
    for page in pages:
        for block in page:
            for part in block[1:]:
                if isinstance(part, str):
                    out.append(part)
                elif isinstance(part, list):
                    for x in part:
                        out.extend(y for y in (x if isinstance(x, list) else [x]) if isinstance(y, str))
    return "".join(out)


def build_kestrel():
    pdf = Doc("Kestrel Compute, Inc. | Form 10-Q | Q2 2025 | Page {page}", "dejavu", 9)
    pdf.add_font("dejavu", fname=DEJAVU)
    pdf.add_font("dejavub", fname=DEJAVU_BOLD)
    render(pdf, KESTREL, "dejavub")
    out = os.path.join(HERE, "kestrel_10q_q2_2025.pdf")
    pdf.output(out)
    return out, pdf.page_no()


def build_huaxin():
    tmp = tempfile.mkdtemp()
    font_path = os.path.join(tmp, "NotoSansCJKsc-subset.ttf")
    make_cjk_font(all_text(HUAXIN) + "华芯封测 2025年半年度报告摘要 第页", font_path)
    pdf = Doc("华芯封测 2025年半年度报告摘要 第{page}页", "cjk", 9)
    pdf.add_font("cjk", fname=font_path)
    render(pdf, HUAXIN, "cjk")
    out = os.path.join(HERE, "huaxin_2025_interim_summary.pdf")
    pdf.output(out)
    return out, pdf.page_no()


if __name__ == "__main__":
    for fn in (build_kestrel, build_huaxin):
        path, pages = fn()
        print(f"wrote {os.path.basename(path)} ({pages} pages)")
