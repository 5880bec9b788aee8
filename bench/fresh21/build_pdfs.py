"""Build the two PDF documents of this set with fpdf2.

Run: /work/main/.venv/bin/python build_pdfs.py

- ironpeak_annual_report_2025.pdf     (English annual report excerpt, core Helvetica font)
- crystavault_annual_report_2025.pdf  (Chinese annual report excerpt, Noto Sans CJK SC subset)

Quoted sentences are laid out so that each one stays on a single line in the Chinese PDF
(line breaks inside CJK text would otherwise turn into spaces in the pypdf page text).
"""
import os
import tempfile

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# --------------------------------------------------------------------------------------
# English annual report: Ironpeak Data Centers, Inc.
# --------------------------------------------------------------------------------------
IRONPEAK_PAGES = [
    {
        "title": "Ironpeak Data Centers, Inc. - Annual Report 2025",
        "sections": [
            ("h", "Letter to Shareholders"),
            ("p", "Dear fellow shareholders,"),
            ("p", "2025 was the year Ironpeak became a multi-gigawatt developer. We energised 610 MW of "
                  "new capacity across Texas and Ohio, signed leases for a further 520 MW, and grew "
                  "revenue 74% to $1.86 billion."),
            ("p", "Our tenant base remains concentrated, and we are open about it. Kestrel Compute, Inc. "
                  "accounted for 47% of our total revenue in fiscal 2025, under leases for 410 MW of "
                  "critical IT capacity across three campuses. Solvane Cloud Services leases our entire "
                  "Halvorsen Ridge campus under a fifteen-year agreement, and it contributed 22% of revenue."),
            ("p", "Not every negotiation ends in a signature. In October 2025 we terminated discussions "
                  "with Aurelon Group regarding a potential lease at our Pike County site, after we could "
                  "not agree on power delivery dates."),
            ("p", "Thank you for your continued support."),
            ("p", "Caroline Mbeki, Chief Executive Officer, February 27, 2026"),
        ],
    },
    {
        "title": "Business Overview",
        "sections": [
            ("h", "Power"),
            ("p", "Power is now the binding constraint on our growth. Redmesa Power & Light supplies "
                  "electricity to the Tallow Creek campus under a 20-year power purchase agreement for up "
                  "to 1.2 GW. We and Redmesa each own 50% of Mesa Ridge Energy Park LLC, which is building "
                  "a 900 MW gas and battery generation facility adjacent to Tallow Creek. First power from "
                  "Mesa Ridge is expected in the second half of 2027."),
            ("h", "Supply chain"),
            ("p", "We procure long-lead electrical equipment up to three years in advance. Our principal "
                  "equipment suppliers include Brightwater Networks, which provides campus interconnect and "
                  "dark-fibre equipment for all of our sites."),
            ("h", "Competition"),
            ("p", "We compete for tenants with other developers and with the self-build programmes of "
                  "hyperscale cloud providers such as Solvane and Aurelon. We believe our advantages are "
                  "speed to power and a pipeline of 3.1 GW of secured sites."),
        ],
    },
    {
        "title": "Notes to Consolidated Financial Statements (excerpt)",
        "sections": [
            ("h", "Note 8 - Debt"),
            ("p", "In March 2025, Ironpeak Tallow Creek LLC entered into a $2.8 billion construction loan "
                  "with a syndicate of lenders led by Harrowgate Bank, N.A., which also acts as administrative "
                  "agent. Ironpeak Data Centers, Inc. has guaranteed the obligations of Ironpeak Tallow Creek "
                  "LLC under the construction loan. As of December 31, 2025, $1.9 billion was outstanding."),
            ("p", "In July 2025, Ironpeak Holdings II LLC borrowed $750 million under a senior secured term "
                  "loan provided by Marlowe Capital, secured by the lease receivables of the Halvorsen Ridge "
                  "campus. Tolland Trust Company acts as collateral agent under the Marlowe term loan."),
            ("h", "Note 9 - Equity Method Investments"),
            ("table", {
                "widths": (90, 35, 55),
                "rows": [
                    ("Investee", "Ownership", "Carrying value (USD millions)"),
                    ("Mesa Ridge Energy Park LLC", "50%", "212"),
                ],
            }),
            ("h", "Note 14 - Related Party Transactions"),
            ("p", "Zafira Investment Authority remains our largest outside shareholder, holding approximately "
                  "12.5% of our common stock. Zafira has no representation on our board of directors, and we "
                  "had no transactions with it in fiscal 2025 other than the payment of dividends."),
        ],
    },
    {
        "title": "Exhibit 21.1 - Subsidiaries of the Registrant",
        "sections": [
            ("p", "The following are the significant subsidiaries of Ironpeak Data Centers, Inc. as of "
                  "December 31, 2025:"),
            ("table", {
                "widths": (95, 45, 40),
                "rows": [
                    ("Name of subsidiary", "Jurisdiction", "Ownership"),
                    ("Ironpeak Tallow Creek LLC", "Texas", "100%"),
                    ("Ironpeak Holdings II LLC", "Delaware", "100%"),
                    ("Ironpeak Data Centres Ireland Limited", "Ireland", "100%"),
                ],
            }),
            ("p", "Mesa Ridge Energy Park LLC is an unconsolidated joint venture accounted for under the "
                  "equity method and is therefore not listed above."),
        ],
    },
]


# --------------------------------------------------------------------------------------
# Chinese annual report: 晶穹存储科技股份有限公司
# --------------------------------------------------------------------------------------
TOTAL_SALES = 1074050.00  # 万元
TOP5 = [
    ("1", "维瑞迪安芯片（Veridian Silicon, Inc.）", 412650.00),
    ("2", "Halcyon Logic Corp.", 158320.00),
    ("3", "客户三", 96400.00),
    ("4", "Solvane Corporation", 61280.00),
    ("5", "客户五", 40150.00),
]


def _top5_rows():
    rows = [("序号", "客户名称", "销售额", "占年度销售总额比例（%）")]
    tot = 0.0
    for no, name, amt in TOP5:
        tot += amt
        rows.append((no, name, f"{amt:,.2f}", f"{amt / TOTAL_SALES * 100:.2f}"))
    rows.append(("合计", "/", f"{tot:,.2f}", f"{tot / TOTAL_SALES * 100:.2f}"))
    return rows


CRYSTAVAULT_PAGES = [
    {
        "title": "晶穹存储科技股份有限公司2025年年度报告（摘要）",
        "sections": [
            ("p", "证券代码：688917    证券简称：晶穹存储"),
            ("h", "第一节 重要提示"),
            ("p", "本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性。"),
            ("h", "第二节 公司简介"),
            ("table", {
                "widths": (60, 120),
                "rows": [
                    ("项目", "内容"),
                    ("公司的中文名称", "晶穹存储科技股份有限公司"),
                    ("公司的中文简称", "晶穹存储"),
                    ("公司的外文名称", "Crystavault Memory Technology Co., Ltd."),
                    ("公司的外文名称缩写", "Crystavault"),
                    ("注册地址", "安徽省合肥市高新区创新大道2800号"),
                ],
            }),
            ("p", "公司主要从事DRAM及高带宽存储器（HBM）的研发、设计、制造和销售。"),
            ("p", "报告期内，公司实现营业收入107.41亿元，同比增长212.6%。"),
        ],
    },
    {
        "title": "第三节 管理层讨论与分析（节选）",
        "sections": [
            ("h", "一、主要销售客户情况"),
            ("p", "公司前五名客户销售情况如下："),
            ("p", "单位：万元  币种：人民币"),
            ("table", {"widths": (14, 84, 34, 48), "rows": _top5_rows()}),
            ("p", "注：客户三、客户五因与公司签署保密协议，未披露其名称。"),
            ("h", "二、研发与合作"),
            ("p", "报告期内，公司与Halcyon Logic签署联合开发协议，双方将共同开发定制化HBM4E产品。"),
            ("p", "公司HBM产品所需的逻辑基础裸片由Orinoco Foundry代工生产。"),
            ("p", "公司HBM3E产品良率已提升至行业主流水平，12层堆叠产品已实现批量出货。"),
        ],
    },
    {
        "title": "主要控股参股公司分析",
        "sections": [
            ("p", "单位：万元  币种：人民币"),
            ("table", {
                "widths": (60, 33, 38, 20, 27),
                "size": 8,
                "rows": [
                    ("公司名称", "公司类型", "主要业务", "持股比例", "净利润"),
                    ("晶穹存储（香港）有限公司", "全资子公司", "存储芯片境外销售", "100.00%", "8,412.36"),
                    ("合肥晶穹先进封装有限公司", "全资子公司", "HBM先进封装与测试", "100.00%", "21,735.90"),
                    ("云枢智算科技有限公司", "参股公司", "算力服务", "7.20%", "-35,610.48"),
                    ("苏州锐镜光电科技有限公司", "参股公司", "硅光芯片", "15.00%", "3,206.11"),
                    ("芜湖长算股权投资合伙企业（有限合伙）", "参股公司", "股权投资", "24.00%", "-418.25"),
                ],
            }),
            ("p", "注：公司作为有限合伙人认缴芜湖长算股权投资合伙企业（有限合伙）24%的出资份额。"),
        ],
    },
    {
        "title": "第六节 重要事项（节选）",
        "sections": [
            ("h", "一、银行授信及借款"),
            ("p", "报告期内，公司获得浦岳银行股份有限公司合肥分行综合授信额度15亿元。"),
            ("p", "子公司合肥晶穹先进封装有限公司向浦岳银行借入固定资产贷款人民币6亿元。"),
            ("p", "公司为上述借款提供连带责任保证担保，担保期限为五年。"),
            ("h", "二、其他重要事项"),
            ("p", "媒体报道的公司拟收购澜光通信部分股权事项，经核实不属实。"),
            ("p", "截至报告期末，公司与澜光通信之间不存在关联关系，亦无业务往来。"),
        ],
    },
]


def _all_text(pages):
    out = []
    for pg in pages:
        out.append(pg["title"])
        for kind, val in pg["sections"]:
            if kind == "table":
                for row in val["rows"]:
                    out.extend(row)
            else:
                out.append(val)
    return "".join(out)


def make_cjk_font(text, tmpdir):
    """Extract Noto Sans CJK SC from the TTC and subset it to the glyphs we need."""
    coll = TTCollection(CJK_TTC)
    font = next(f for f in coll.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    chars = set(text) | set(chr(c) for c in range(32, 127))
    opts = Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = Subsetter(options=opts)
    sub.populate(unicodes=[ord(c) for c in chars])
    sub.subset(font)
    _cff_to_glyf(font)
    path = os.path.join(tmpdir, "NotoSansCJKsc-subset.ttf")
    font.save(path)
    return path


def _cff_to_glyf(font, max_err=1.0):
    """Convert CFF (cubic) outlines to TrueType glyf (quadratic) outlines, as fpdf2 expects a TTF."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


class Doc(FPDF):
    def __init__(self, family, base_size):
        super().__init__(format="A4")
        self.family = family
        self.base_size = base_size
        self.set_auto_page_break(False)
        self.set_margins(15, 15, 15)

    def one_line_or_wrap(self, text, size):
        """Write a paragraph; shrink the font so that it fits on one line when possible."""
        avail = self.w - self.l_margin - self.r_margin
        s = size
        self.set_font(self.family, size=s)
        while self.get_string_width(text) > avail and s > 7.5:
            s -= 0.25
            self.set_font(self.family, size=s)
        if self.get_string_width(text) <= avail:
            self.cell(avail, s * 0.55, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.set_font(self.family, size=size)
            self.multi_cell(avail, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def render(self, pages, cjk):
        for pg in pages:
            self.add_page()
            self.set_font(self.family, style="" if cjk else "B", size=self.base_size + 4)
            self.cell(0, 10, pg["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(2)
            for kind, val in pg["sections"]:
                if kind == "h":
                    self.set_font(self.family, style="" if cjk else "B", size=self.base_size + 1)
                    self.cell(0, 8, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                elif kind == "p":
                    if cjk:
                        self.one_line_or_wrap(val, self.base_size)
                    else:
                        self.set_font(self.family, size=self.base_size)
                        self.multi_cell(0, 5, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                        self.ln(2)
                elif kind == "table":
                    self.set_font(self.family, size=val.get("size", self.base_size - 1))
                    with self.table(col_widths=val["widths"], width=sum(val["widths"]),
                                    align="LEFT", line_height=6,
                                    first_row_as_headings=False) as table:
                        for row in val["rows"]:
                            r = table.row()
                            for c in row:
                                r.cell(c)
                    self.ln(3)


def build():
    ip = Doc("Helvetica", 10)
    ip.render(IRONPEAK_PAGES, cjk=False)
    ip.output(os.path.join(HERE, "ironpeak_annual_report_2025.pdf"))

    with tempfile.TemporaryDirectory() as tmp:
        font_path = make_cjk_font(_all_text(CRYSTAVAULT_PAGES), tmp)
        cv = Doc("NotoSC", 9.5)
        cv.add_font("NotoSC", "", font_path)
        cv.render(CRYSTAVAULT_PAGES, cjk=True)
        cv.output(os.path.join(HERE, "crystavault_annual_report_2025.pdf"))


if __name__ == "__main__":
    build()
    print("built ironpeak_annual_report_2025.pdf and crystavault_annual_report_2025.pdf")
