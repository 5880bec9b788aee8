"""Build the two PDF documents of this set with fpdf2.

Run:  /work/main/.venv/bin/python build_pdfs.py

The Chinese annual report uses Noto Sans CJK SC, extracted from the system TTC with
fontTools, subset to the characters used and converted from CFF to TrueType outlines
(fpdf2 needs glyf outlines for a correct ToUnicode map).
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fontTools.ttLib.tables._g_l_y_f import Glyph
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # Noto Sans CJK SC


# ---------------------------------------------------------------- font helper
def cff_to_ttf(font, max_err=1.0):
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        try:
            gs[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
            glyf[name] = pen.glyph()
        except Exception:  # noqa: BLE001 - a glyph the converter cannot draw is left empty, as any fontTools error may say
            glyf[name] = Glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    return font


def make_cjk_font(text, path):
    font = TTCollection(TTC).fonts[SC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " 0123456789")
    sub.subset(font)
    cff_to_ttf(font)
    font.save(path)


# ---------------------------------------------------------------- content
# Each page is a list of blocks: ("h", text), ("p", text), ("table", widths, rows), ("gap",)
AR_PAGES = [
    [
        ("title", "光联芯科技股份有限公司"),
        ("title", "2024年年度报告（节选）"),
        ("p", "证券代码：688997　　证券简称：光联芯　　公告日期：2025年4月18日"),
        ("gap",),
        ("h", "第二节　公司简介和主要财务指标"),
        ("h", "一、公司信息"),
        ("p", "公司的中文名称：光联芯科技股份有限公司"),
        ("p", "公司的英文名称：Lightlink Photonics Co., Ltd."),
        ("p", "公司的法定代表人：顾承远"),
        ("p", "注册地址：江苏省苏州工业园区星澜路88号"),
        ("p", "公司主要从事高速光模块及光引擎的研发、生产和销售。"),
        ("p", "产品覆盖400G、800G及1.6T数据中心光模块，主要销往北美云服务商及网络设备厂商。"),
        ("gap",),
        ("h", "二、主要会计数据"),
        ("p", "单位：万元　币种：人民币"),
        ("table", [62, 38, 38, 42], [
            ["项目", "2024年", "2023年", "本期比上年同期增减（%）"],
            ["营业收入", "586,214.37", "342,377.90", "71.22"],
            ["归属于上市公司股东的净利润", "91,406.55", "48,930.12", "86.81"],
            ["经营活动产生的现金流量净额", "62,118.04", "30,551.47", "103.32"],
        ]),
        ("gap",),
        ("h", "三、公司所处行业地位"),
        ("p", "根据第三方机构光谷咨询的统计，全球数据中心光模块市场集中度继续提升。"),
        ("p", "2024年全球数据中心光模块出货量排名中，曜石光通信、澜岳光电分列前两位，公司位居第五。"),
        ("p", "报告期内，公司1.6T光模块完成北美主要客户认证并实现小批量出货。"),
    ],
    [
        ("h", "第三节　管理层讨论与分析（节选）"),
        ("h", "五、报告期内主要经营情况"),
        ("h", "（四）主要销售客户及主要供应商情况"),
        ("p", "1. 公司前五名客户情况"),
        ("table", [14, 76, 40, 50], [
            ["序号", "客户名称", "销售额（万元）", "占年度销售总额比例（%）"],
            ["1", "Photonic Lattice Inc.", "168,420.55", "28.73"],
            ["2", "Meridian Cloud Services, Inc.", "97,316.08", "16.60"],
            ["3", "Kestrel Cloud, Inc.", "61,085.42", "10.42"],
            ["4", "客户四", "33,907.16", "5.78"],
            ["5", "客户五", "21,650.90", "3.69"],
            ["合计", "/", "382,380.11", "65.23"],
        ]),
        ("p", "前五名客户销售额中关联方销售额为0万元，占年度销售总额比例为0%。"),
        ("gap",),
        ("p", "2. 公司前五名供应商情况"),
        ("table", [14, 76, 40, 50], [
            ["序号", "供应商名称", "采购额（万元）", "占年度采购总额比例（%）"],
            ["1", "晶汇激光科技（苏州）有限公司", "52,318.70", "14.92"],
            ["2", "Photonic Lattice Inc.", "44,906.33", "12.81"],
            ["3", "朔芯微电子（上海）有限公司", "30,772.15", "8.78"],
            ["4", "供应商四", "18,045.62", "5.15"],
            ["5", "供应商五", "12,933.08", "3.69"],
            ["合计", "/", "158,975.88", "45.34"],
        ]),
        ("p", "Photonic Lattice Inc.既是公司第一大客户，也是公司硅光引擎的主要供应商。"),
        ("p", "上述双向交易均按市场化原则独立定价，不存在互相抵销的安排。"),
        ("p", "晶汇激光为公司参股公司，报告期内公司向其采购激光器芯片的价格参照市场价格确定。"),
    ],
    [
        ("h", "七、主要控股参股公司分析"),
        ("table", [72, 44, 26, 38], [
            ["公司名称", "公司类型", "持股比例（%）", "主要业务"],
            ["光联芯（马来西亚）有限公司", "全资子公司", "100.00", "光模块生产"],
            ["晶汇激光科技（苏州）有限公司", "参股公司", "18.50", "激光器芯片"],
            ["苏州澄光创业投资合伙企业（有限合伙）", "参股公司（有限合伙人）", "24.00", "股权投资"],
        ]),
        ("p", "注：公司作为有限合伙人认缴澄光创投出资额1.2亿元，不参与该基金的投资决策。"),
        ("gap",),
        ("h", "八、银行授信及担保情况"),
        ("p", "报告期内，公司获得东屿银行股份有限公司综合授信额度人民币8亿元，期限三年。"),
        ("p", "截至报告期末，公司在该授信额度项下的借款余额为3.2亿元。"),
        ("p", "公司为全资子公司光联芯（马来西亚）有限公司的银行借款提供连带责任保证。"),
        ("p", "截至报告期末，上述担保余额为2,000万美元，无逾期担保。"),
        ("gap",),
        ("h", "九、其他说明"),
        ("p", "公司目前未向Lumenfold等AI模型公司直接销售产品。"),
        ("p", "同行业可比公司曜石光通信、澜岳光电2024年毛利率分别为33.5%和29.8%，公司为35.2%。"),
        ("p", "若北美云服务商资本开支放缓，公司经营业绩可能受到不利影响。"),
    ],
]

TENQ_PAGES = [
    [
        ("title", "KESTREL CLOUD, INC."),
        ("title", "FORM 10-Q"),
        ("c", "For the quarterly period ended September 30, 2025"),
        ("c", "Commission File Number 001-41872"),
        ("gap",),
        ("h", "PART I - FINANCIAL INFORMATION"),
        ("h", "Item 1. Financial Statements (excerpts)"),
        ("h", "NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)"),
        ("h", "Note 1 - Organization and Basis of Presentation"),
        ("p", 'Kestrel Cloud, Inc. (together with its subsidiaries, the "Company" or "Kestrel") provides '
              "GPU-accelerated cloud infrastructure to artificial intelligence developers and enterprises "
              "from data centers in Nevada and Texas. The accompanying unaudited condensed consolidated "
              "financial statements have been prepared in accordance with U.S. GAAP for interim financial "
              "information and should be read together with the Company's Annual Report on Form 10-K."),
        ("h", "Note 3 - Revenue and Concentration of Credit Risk"),
        ("p", "Revenue for the three and nine months ended September 30, 2025 was $318.4 million and "
              '$804.7 million, respectively. Lumenfold AI, Inc. ("Lumenfold"), which purchases reserved '
              "GPU capacity from the Company under a master capacity agreement, accounted for 44% of "
              "revenue for the three months ended September 30, 2025. No other customer accounted for more "
              "than 10% of revenue in either period. Accounts receivable from Lumenfold were $96.2 million "
              "at September 30, 2025."),
        ("h", "Note 4 - Acquisition"),
        ("p", "On July 15, 2025, the Company completed its acquisition of Brightmoor Data Centers, LLC "
              '("Brightmoor"), the owner of a 120 MW powered shell campus in Reno, Nevada, for total '
              "consideration of $212.5 million. The purchase price was allocated primarily to land, "
              "buildings and electrical infrastructure, and goodwill of $14.1 million was recognized. "
              "Brightmoor's results have been included in the Company's results since the acquisition date."),
    ],
    [
        ("h", "Note 7 - Debt"),
        ("p", "The Company's outstanding debt consisted of the following (in millions):"),
        ("table", [80, 50, 50], [
            ["Facility", "September 30, 2025", "December 31, 2024"],
            ["DDTL Facility", "1,220.0", "-"],
            ["Revolving Credit Facility", "85.0", "40.0"],
            ["Unamortized debt issuance costs", "(31.6)", "(2.2)"],
            ["Total debt", "1,273.4", "37.8"],
        ]),
        ("h", "GPU-Backed Delayed Draw Term Loan Facility"),
        ("p", 'On March 28, 2025, Kestrel Compute Funding I, LLC (the "Borrower"), a wholly owned '
              "special-purpose subsidiary of the Company, entered into a delayed draw term loan credit "
              'agreement (the "DDTL Facility") providing for up to $1.5 billion of borrowings. Granite '
              "Ledger Capital, LP and Halcyon National Bank are the lenders under the DDTL Facility, with "
              "commitments of $1.05 billion and $450 million, respectively. Caldera Trust Company, N.A. "
              "acts as administrative agent and collateral agent for Granite Ledger Capital, LP and "
              "Halcyon National Bank and has no commitment under the DDTL Facility."),
        ("p", "Borrowings are secured by a first-priority lien on approximately 31,000 GPUs owned by the "
              "Borrower, the related customer contracts and a reserve account. Loans bear interest at Term "
              "SOFR plus 5.75% per annum, amortize in equal quarterly installments beginning in June 2026 "
              "and mature on March 28, 2030. The Company has guaranteed the Borrower's obligations under "
              "the DDTL Facility and has pledged its equity interest in the Borrower. As of September 30, "
              "2025, $1.22 billion was outstanding under the DDTL Facility and the Borrower was in "
              "compliance with all covenants."),
        ("h", "Revolving Credit Facility"),
        ("p", "The Company maintains a $400 million senior secured revolving credit facility with Northgate "
              "Commerce Bank, as sole lender, which matures in June 2028. Borrowings under the revolving "
              "credit facility bear interest at SOFR plus 2.50%. As of September 30, 2025, $85 million was "
              "drawn and $315 million remained available."),
    ],
    [
        ("h", "Note 10 - Related Party Transactions"),
        ("p", 'Halvard Semiconductor Corp. ("Halvard") beneficially owned approximately 9.8% of the '
              "Company's outstanding Class A common stock as of September 30, 2025. During the nine months "
              "ended September 30, 2025, the Company purchased GPU systems and networking equipment from "
              "Halvard totaling $1.37 billion. Amounts payable to Halvard at September 30, 2025 were "
              "$212 million."),
        ("h", "Note 11 - Commitments and Contingencies"),
        ("p", "The Company has entered into a power supply agreement under which Voltaic Grid Systems, Inc. "
              "will deliver and operate on-site fuel-cell generation at the Reno campus, with remaining "
              "commitments of $296 million. The Company is not a party to any agreement with Meridian Cloud "
              "Services, Inc., which competes with the Company for AI training workloads."),
        ("h", "Note 12 - Subsequent Events"),
        ("p", "On October 20, 2025, the Company agreed to sell 8,100,000 shares of Class A common stock to "
              "Halvard for $750 million in a private placement, which is expected to close in November 2025. "
              "On the same date, the Company amended and restated its master capacity agreement with "
              "Lumenfold."),
        ("p", "On October 27, 2025, the DDTL Facility was amended to increase total commitments to "
              "$2.3 billion. Granite Ledger Capital, LP increased its commitment by $300 million, and Wadi "
              "Sahel Investment Authority joined as a new lender with a commitment of $500 million."),
    ],
]


# ---------------------------------------------------------------- rendering
def render(pages, path, cjk):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    tmp = None
    if cjk:
        text = "".join(
            "".join(b[1] if isinstance(b[1], str) else "" for b in page if len(b) > 1)
            + "".join("".join("".join(r) for r in b[2]) for b in page if b[0] == "table")
            for page in pages
        )
        tmp = tempfile.NamedTemporaryFile(suffix=".ttf", delete=False)
        tmp.close()
        make_cjk_font(text, tmp.name)
        pdf.add_font("cjk", "", tmp.name)
        fam = {"title": ("cjk", "", 15), "h": ("cjk", "", 11), "p": ("cjk", "", 9),
               "c": ("cjk", "", 10), "table": ("cjk", "", 8)}
    else:
        fam = {"title": ("helvetica", "B", 15), "h": ("helvetica", "B", 10),
               "p": ("helvetica", "", 9.5), "c": ("helvetica", "", 10), "table": ("helvetica", "", 9)}
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "gap":
                pdf.ln(3)
                continue
            pdf.set_font(*fam[kind])
            if kind == "table":
                widths, rows = block[1], block[2]
                for row in rows:
                    for w, cell in zip(widths, row):
                        assert pdf.get_string_width(cell) < w - 2, cell
                        pdf.cell(w, 6, cell, border=1)
                    pdf.ln(6)
                pdf.ln(2)
            elif kind in ("title", "c"):
                pdf.cell(0, 8 if kind == "title" else 6, block[1], align="C",
                         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif kind == "h":
                pdf.ln(1)
                pdf.cell(0, 7, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                if cjk:
                    # one sentence per line: Chinese sentences must never wrap
                    assert pdf.get_string_width(block[1]) <= pdf.epw, block[1]
                    pdf.cell(0, 5.5, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    pdf.multi_cell(0, 4.8, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.ln(1.5)
            assert pdf.get_y() < pdf.h - 15, "page overflow"
    pdf.output(path)
    if tmp:
        os.unlink(tmp.name)


if __name__ == "__main__":
    render(AR_PAGES, os.path.join(HERE, "lightlink_2024_annual_report.pdf"), cjk=True)
    render(TENQ_PAGES, os.path.join(HERE, "kestrel_cloud_10q_q3_2025.pdf"), cjk=False)
    print("built")
