"""Build the two PDF documents of this set with fpdf2.

Run:  /work/main/.venv/bin/python build_pdfs.py

Noto Sans CJK ships as a CFF-flavoured TrueType collection (.ttc).  fpdf2
embeds TrueType outlines most reliably, so the Simplified-Chinese face is pulled
out of the collection, subset to the characters used here and converted from
cubic (CFF) to quadratic (glyf) outlines with fontTools.  The subset font is
written to _font/ and used for both PDFs (it also carries the Latin glyphs).

Layout rules that keep every quoted sentence extractable by pypdf:
  * page breaks are placed by hand (auto page break is off, overflow raises);
  * English paragraphs wrap only at spaces (align="L");
  * Chinese paragraphs are packed sentence by sentence, so a line never ends
    in the middle of a sentence (a too-long sentence gets a smaller font);
  * table cells must fit on one line (checked), so a row extracts as its cells
    joined by single spaces.
"""
import io
import os
import re

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_DIR = os.path.join(HERE, "_font")
FONT_PATH = os.path.join(FONT_DIR, "NotoSansCJKsc-subset.ttf")

PAGE_W, PAGE_H = 210, 297
MARGIN = 15
BODY_W = PAGE_W - 2 * MARGIN
BOTTOM_LIMIT = PAGE_H - 16


# --------------------------------------------------------------------------
# Document 1: Tessellate Cloud, Inc. Form 10-Q extract (English, 3 pages)
# Each page is a list of blocks: (kind, payload)
#   kind: "title" | "h" | "p" | "small" | "table" | "gap"
#   table payload: (widths, header_row, rows)
# --------------------------------------------------------------------------
TENQ = [
    [  # page 1
        ("title", "UNITED STATES"),
        ("title", "SECURITIES AND EXCHANGE COMMISSION"),
        ("small", "Washington, D.C. 20549"),
        ("gap", 2),
        ("title", "FORM 10-Q"),
        ("small", "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
        ("small", "For the quarterly period ended June 30, 2026"),
        ("small", "Commission File Number: 001-41877"),
        ("gap", 2),
        ("title", "TESSELLATE CLOUD, INC."),
        ("small", "(Exact name of registrant as specified in its charter)"),
        ("small", "Delaware | IRS Employer Identification No. 88-4410327 | 2200 Harbor Loop, Reno, Nevada 89501"),
        ("gap", 2),
        ("table", ((80, 40, 60),
                   ["Title of each class", "Trading Symbol", "Name of each exchange"],
                   [["Class A common stock, $0.0001 par value", "TSLC", "New York Stock Exchange"]])),
        ("p", "As of August 3, 2026, the registrant had 118,406,225 shares of Class A common stock outstanding."),
        ("gap", 3),
        ("h", "PART I. FINANCIAL INFORMATION (EXTRACT)"),
        ("h", "Notes to Condensed Consolidated Financial Statements (Unaudited)"),
        ("h", "Note 1. Organization and Basis of Presentation"),
        ("p", "Tessellate Cloud, Inc. (together with its consolidated subsidiaries, \u201cTessellate,\u201d the "
              "\u201cCompany,\u201d \u201cwe,\u201d \u201cus\u201d or \u201cour\u201d) designs, builds and operates "
              "GPU-dense data centers and sells accelerated compute capacity to AI model developers and enterprises."),
        ("p", "Tessellate Compute Funding I, LLC (\u201cFunding I\u201d) is a bankruptcy-remote special purpose entity "
              "and a wholly owned subsidiary of the Company."),
        ("h", "Note 3. Revenue and Customer Concentration"),
        ("p", "Remaining performance obligations were $7.4 billion as of June 30, 2026, of which approximately 31% "
              "is expected to be recognized over the next twelve months."),
        ("p", "In March 2026, we entered into a four-year capacity reservation agreement with Lumenfold AI, Inc. "
              "(\u201cLumenfold\u201d), under which Lumenfold prepaid $600 million for dedicated access to "
              "approximately 18,000 accelerators."),
        ("p", "The prepayment is recorded within deferred revenue and is recognized ratably as capacity is delivered."),
        ("small", "Revenue from significant customers (% of total revenue)"),
        ("table", ((70, 55, 55),
                   ["Customer", "Three months ended June 30, 2026", "Three months ended June 30, 2025"],
                   [["Lumenfold", "41%", "33%"],
                    ["Customer B (1)", "12%", "\u2014"]])),
        ("small", "(1) Customer B is a financial-services enterprise and is not identified by name for competitive reasons."),
    ],
    [  # page 2
        ("h", "Note 6. Debt"),
        ("p", "The following table summarizes the Company\u2019s outstanding borrowings (in thousands):"),
        ("table", ((38, 34, 66, 17, 25),
                   ["Facility", "Borrower", "Lender", "Maturity", "June 30, 2026"],
                   [["DDTL 2 (GPU-backed)", "Funding I", "Ironbridge Compute Credit Fund II, L.P.", "2030", "1,450,000"],
                    ["Revolver", "Tessellate Cloud, Inc.", "Northgate Bank, N.A. and syndicate", "2029", "180,000"],
                    ["Vendor deferred payment", "Tessellate Cloud, Inc.", "Veridian Compute Capital LLC", "2028", "275,000"],
                    ["Total", "", "", "", "1,905,000"]])),
        ("p", "On May 14, 2026, the Company entered into a $500 million senior secured revolving credit facility "
              "(the \u201cRevolver\u201d) with Northgate Bank, N.A., as administrative agent and as a lender, and the "
              "other lenders party thereto."),
        ("p", "The Revolver bears interest at Term SOFR plus 2.75% and is secured by substantially all assets of "
              "the Company other than the equity and assets of Funding I."),
        ("p", "Borrowings under the DDTL 2 are secured by approximately 21,000 accelerators and related networking "
              "equipment owned by Funding I, and bear interest at SOFR plus 6.25%."),
        ("p", "The Company has guaranteed the obligations of Funding I under the DDTL 2, and Ironbridge has no "
              "recourse to the Company\u2019s other assets beyond that guarantee."),
        ("p", "In February 2026, Veridian Compute Capital LLC, a wholly owned financing subsidiary of Veridian "
              "Compute Corporation (\u201cVeridian\u201d), extended $275 million of deferred-payment financing to the "
              "Company for the Phase 3 cluster in Columbus, Ohio."),
        ("p", "Amounts outstanding under the vendor financing are payable in eight quarterly installments "
              "beginning in the first quarter of 2027."),
        ("p", "As of June 30, 2026, the Company was in compliance with all financial covenants under its debt "
              "agreements."),
        ("h", "Note 7. Property and Equipment"),
        ("p", "Property and equipment, net, was $5.86 billion as of June 30, 2026, compared with $3.94 billion as "
              "of December 31, 2025, reflecting accelerator deliveries for the Columbus and Abilene sites."),
        ("p", "Accelerators and related networking equipment are depreciated over six years."),
    ],
    [  # page 3
        ("h", "Note 9. Commitments and Concentrations of Supply"),
        ("p", "During the six months ended June 30, 2026, we purchased $1.12 billion of accelerated computing "
              "systems from Veridian, which remains our principal supplier."),
        ("p", "Although we have qualified accelerators from Halcyon Silicon, Inc. for certain inference workloads, "
              "we have not placed any volume purchase orders with Halcyon."),
        ("p", "Data center capacity at our Reno and Columbus sites is leased from Keystone Digital Realty Trust, "
              "Inc. (\u201cKeystone\u201d) under leases expiring between 2036 and 2041."),
        ("small", "Future minimum lease payments under Keystone leases (in thousands)"),
        ("table", ((90, 60),
                   ["Year ending December 31,", "Amount"],
                   [["Remainder of 2026", "38,200"],
                    ["2027", "79,650"],
                    ["2028", "81,240"],
                    ["Thereafter", "1,106,900"],
                    ["Total", "1,305,990"]])),
        ("p", "Direct-to-chip coolant distribution units for the Columbus expansion are supplied by Glacierline "
              "Thermal Systems, Inc. under a multi-year frame agreement."),
        ("p", "Until grid interconnection is completed in 2027, our Abilene site draws bridge power from on-site "
              "fuel cells that Ampyra Power Corp. owns and operates under a power purchase agreement with the Company."),
        ("h", "Note 11. Subsequent Events"),
        ("p", "On July 22, 2026, we completed the acquisition of Northwind Compute Oy (\u201cNorthwind\u201d), a "
              "Finnish operator of 40 MW of liquid-cooled capacity, for \u20ac310 million in cash and Class A common stock."),
        ("h", "Item 2. Management\u2019s Discussion and Analysis (extract): Competition"),
        ("p", "We compete with other specialized GPU cloud providers, such as Borealis Cloud, and with the cloud "
              "businesses of hyperscalers, including Stratos Holdings, Inc., many of which have substantially "
              "greater resources than we do."),
        ("p", "Our customer concentration is also considerably higher than that of Borealis Cloud, whose largest "
              "customer accounted for 19% of its revenue in its most recent fiscal year."),
    ],
]


# --------------------------------------------------------------------------
# Document 2: 苏州衡芯封测科技股份有限公司 招股说明书（申报稿）节选 (Simplified Chinese, 3 pages)
# "zp" = Chinese paragraph (packed by sentence)
# --------------------------------------------------------------------------
PROSPECTUS = [
    [  # page 1
        ("title", "苏州衡芯封测科技股份有限公司"),
        ("small", "Suzhou Hengxin Advanced Packaging & Test Co., Ltd."),
        ("title", "首次公开发行股票并在科创板上市招股说明书（申报稿）"),
        ("small", "（节选）"),
        ("small", "本招股说明书申报稿不具有据以发行股票的法律效力，仅供预先披露之用。"),
        ("gap", 3),
        ("h", "第一节　释义"),
        ("zp", "本招股说明书中，除非文义另有所指，下列简称具有如下含义："),
        ("table", ((52, 10, 118),
                   ["简称", "", "全称或含义"],
                   [["发行人、公司、本公司、衡芯封测", "指", "苏州衡芯封测科技股份有限公司"],
                    ["衡芯槟城", "指", "衡芯封测（槟城）有限公司（Hengxin Packaging (Penang) Sdn. Bhd.）"],
                    ["衡芯微凸块", "指", "苏州衡芯微凸块科技有限公司"],
                    ["姑苏科创", "指", "苏州姑苏科创投资有限公司"],
                    ["维锐计算", "指", "Veridian Compute Corporation，纳斯达克上市公司，股票代码VRDC"],
                    ["海肯半导体", "指", "Halcyon Silicon, Inc."],
                    ["晶穹科技", "指", "晶穹科技股份有限公司，台湾证券交易所上市公司，股票代码6817"],
                    ["载元基板", "指", "南通载元基板有限公司"],
                    ["华澄银行", "指", "华澄银行股份有限公司"],
                    ["华封精密", "指", "华封精密工业股份有限公司，同行业可比公司"],
                    ["甬芯微封", "指", "宁波甬芯微封装技术有限公司，同行业可比公司"]])),
        ("gap", 3),
        ("h", "第五节　发行人基本情况（节选）"),
        ("h", "一、发行人股权结构"),
        ("zp", "截至本招股说明书签署日，公司无控股股东，实际控制人为陈立衡先生，其直接及间接合计控制公司32.60%的表决权。"
               "姑苏科创持有公司18.40%的股份，为公司第二大股东。"),
        ("h", "二、发行人控股子公司情况"),
        ("zp", "截至2026年6月30日，公司拥有2家控股子公司，基本情况如下（单位：万元）："),
        ("table", ((56, 28, 26, 22, 48),
                   ["子公司名称", "注册地", "注册资本", "持股比例", "主营业务"],
                   [["衡芯封测（槟城）有限公司", "马来西亚槟城", "42,000.00", "100.00%", "晶圆级封装与测试"],
                    ["苏州衡芯微凸块科技有限公司", "江苏苏州", "8,000.00", "70.00%", "微凸块及RDL加工"]])),
    ],
    [  # page 2
        ("h", "第六节　业务与技术（节选）"),
        ("h", "一、主要客户情况"),
        ("zp", "2026年1-6月，公司向前五名客户的销售情况如下（单位：万元）："),
        ("table", ((14, 40, 46, 38, 42),
                   ["序号", "客户名称", "销售内容", "销售金额", "占营业收入比例"],
                   [["1", "维锐计算", "2.5D先进封装", "186,420.35", "47.12%"],
                    ["2", "客户二", "倒装芯片封装", "48,906.12", "12.36%"],
                    ["3", "海肯半导体", "2.5D先进封装", "41,275.60", "10.43%"],
                    ["4", "客户四", "晶圆级测试", "15,330.08", "3.87%"],
                    ["5", "客户五", "系统级封装", "9,812.44", "2.48%"],
                    ["", "合计", "", "301,744.59", "76.26%"]])),
        ("small", "注：客户二、客户四、客户五已就名称申请豁免披露。"),
        ("zp", "维锐计算系公司第一大客户，已向公司预付产能保证金3.2亿美元，用于锁定2026年至2028年的2.5D封装产能。"
               "2025年11月，公司与维锐计算签署《先进封装产能合作框架协议》，双方约定联合开发CoWoS类2.5D封装工艺。"),
        ("h", "二、主要供应商情况"),
        ("zp", "2026年1-6月，公司向前五名供应商的采购情况如下（单位：万元）："),
        ("table", ((14, 40, 46, 38, 42),
                   ["序号", "供应商名称", "采购内容", "采购金额", "占采购总额比例"],
                   [["1", "晶穹科技", "HBM3E存储堆栈", "61,208.44", "28.65%"],
                    ["2", "载元基板", "ABF载板", "18,640.25", "8.73%"],
                    ["3", "供应商三", "硅中介层", "15,902.10", "7.44%"],
                    ["4", "供应商四", "特种化学品", "6,375.92", "2.98%"],
                    ["5", "供应商五", "测试探针卡", "4,118.30", "1.93%"],
                    ["", "合计", "", "106,245.01", "49.73%"]])),
        ("zp", "在交钥匙模式下，公司自行采购HBM存储堆栈并完成2.5D集成后整体交付客户。"
               "公司向载元基板采购ABF载板18,640.25万元，载元基板为公司第二大供应商。"),
    ],
    [  # page 3
        ("h", "三、行业竞争格局"),
        ("zp", "根据Kestrel Research的统计，2025年公司在全球2.5D先进封装市场的份额约为4.1%，位列第五。"
               "与同行业可比公司相比，公司2.5D封装综合良率略低于华封精密，但高于甬芯微封。"),
        ("h", "第八节　财务会计信息与管理层分析（节选）"),
        ("zp", "主要财务数据如下（单位：万元）："),
        ("table", ((60, 40, 40, 40),
                   ["项目", "2026年1-6月", "2025年度", "2024年度"],
                   [["营业收入", "395,632.10", "612,480.55", "388,104.92"],
                    ["归属于母公司股东的净利润", "41,206.77", "58,930.14", "27,615.03"],
                    ["经营活动现金流量净额", "88,517.40", "104,226.81", "36,902.58"]])),
        ("zp", "截至2026年6月30日，华澄银行苏州分行向公司提供综合授信额度15亿元，已使用6.8亿元。"
               "公司为衡芯槟城向马来西亚当地银行的2,000万美元借款提供连带责任保证担保。"),
        ("h", "第十节　关联方与关联交易（节选）"),
        ("zp", "公司与晶穹科技之间不存在股权关系或其他关联关系。"
               "报告期内，公司关联交易主要为向实际控制人控制的企业租赁办公场所，金额较小。"),
    ],
]


def all_text():
    parts = []
    for doc in (TENQ, PROSPECTUS):
        for page in doc:
            for kind, payload in page:
                if kind == "table":
                    widths, header, rows = payload
                    parts.extend(header)
                    for r in rows:
                        parts.extend(r)
                elif kind != "gap":
                    parts.append(payload)
    parts.append("0123456789 \u2014 -/|{}第页")
    return "".join(parts)


def make_font():
    """Extract Noto Sans CJK SC from the .ttc, subset it, convert CFF to glyf."""
    os.makedirs(FONT_DIR, exist_ok=True)
    coll = TTCollection(TTC)
    face = None
    for f in coll.fonts:
        if f["name"].getDebugName(4) == "Noto Sans CJK SC":
            face = f
            break
    assert face is not None, "Noto Sans CJK SC not found in collection"
    buf = io.BytesIO()
    face.save(buf)
    buf.seek(0)
    font = TTFont(buf)

    opts = subset.Options()
    opts.desubroutinize = True
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.layout_features = []
    opts.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "BASE", "JSTF", "DSIG"]
    sub = subset.Subsetter(opts)
    sub.populate(text=all_text())
    sub.subset(font)

    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(FONT_PATH)
    return FONT_PATH


class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4", unit="mm")
        self.footer_text = footer_text
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(False)
        self.add_font("noto", "", FONT_PATH)
        self.page_no_counter = 0

    def check_y(self):
        if self.get_y() > BOTTOM_LIMIT:
            raise RuntimeError(f"page {self.page_no()} overflows (y={self.get_y():.1f})")

    def new_page(self):
        self.add_page()
        self.set_xy(MARGIN, MARGIN)

    def finish_page(self):
        self.check_y()
        self.set_font("noto", size=7.5)
        self.set_xy(MARGIN, PAGE_H - 11)
        self.cell(BODY_W, 4, self.footer_text.format(n=self.page_no()), align="C")

    def title_line(self, text):
        self.set_font("noto", size=12)
        self.fit_or_fail(text, BODY_W)
        self.cell(BODY_W, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")

    def small_line(self, text, size=8):
        self.set_font("noto", size=size)
        self.fit_or_fail(text, BODY_W)
        self.cell(BODY_W, 4.6, text, new_x="LMARGIN", new_y="NEXT")

    def heading(self, text):
        self.set_font("noto", size=10.5)
        self.fit_or_fail(text, BODY_W)
        self.ln(1.5)
        self.cell(BODY_W, 6, text, new_x="LMARGIN", new_y="NEXT")

    def en_para(self, text):
        self.set_font("noto", size=9.5)
        self.multi_cell(BODY_W, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)

    def zh_para(self, text):
        """Pack whole sentences into lines; never break inside a sentence."""
        sentences = [s for s in re.split(r"(?<=[。：])", text) if s]
        size = 9.5
        self.set_font("noto", size=size)
        inner = BODY_W - 2 * self.c_margin
        lines, cur = [], ""
        for s in sentences:
            if cur and self.get_string_width(cur + s) <= inner:
                cur += s
            else:
                if cur:
                    lines.append(cur)
                cur = s
        if cur:
            lines.append(cur)
        for line in lines:
            fs = size
            self.set_font("noto", size=fs)
            while self.get_string_width(line) > inner:
                fs -= 0.25
                if fs < 7:
                    raise RuntimeError(f"sentence too long for one line: {line}")
                self.set_font("noto", size=fs)
            self.cell(BODY_W, 5.6, line, new_x="LMARGIN", new_y="NEXT")
        self.set_font("noto", size=size)
        self.ln(1.2)

    def fit_or_fail(self, text, width):
        if self.get_string_width(text) > width - 2 * self.c_margin:
            raise RuntimeError(f"text does not fit in {width}mm: {text}")

    def table(self, widths, header, rows, size=8.5):
        self.set_font("noto", size=size)
        assert abs(sum(widths) - BODY_W) < 0.01 or sum(widths) < BODY_W, widths
        self.set_fill_color(225, 225, 225)
        for text, w in zip(header, widths):
            self.fit_or_fail(text, w)
            self.cell(w, 6, text, border=1, fill=True)
        self.ln(6)
        for row in rows:
            for text, w in zip(row, widths):
                self.fit_or_fail(text, w)
                self.cell(w, 6, text, border=1)
            self.ln(6)
        self.ln(2)

    def render(self, pages):
        for page in pages:
            self.new_page()
            for kind, payload in page:
                if kind == "title":
                    self.title_line(payload)
                elif kind == "small":
                    self.small_line(payload)
                elif kind == "h":
                    self.heading(payload)
                elif kind == "p":
                    self.en_para(payload)
                elif kind == "zp":
                    self.zh_para(payload)
                elif kind == "table":
                    self.table(*payload)
                elif kind == "gap":
                    self.ln(payload)
                else:
                    raise ValueError(kind)
                self.check_y()
            self.finish_page()


def main():
    make_font()
    d1 = Doc("Tessellate Cloud, Inc. | Form 10-Q | Page {n}")
    d1.set_title("Tessellate Cloud, Inc. Form 10-Q (extract)")
    d1.render(TENQ)
    d1.output(os.path.join(HERE, "tessellate_10q_q2_2026.pdf"))

    d2 = Doc("衡芯封测 招股说明书（申报稿） 第{n}页")
    d2.set_title("苏州衡芯封测科技股份有限公司 招股说明书（申报稿）节选")
    d2.render(PROSPECTUS)
    d2.output(os.path.join(HERE, "hengxin_prospectus_extract.pdf"))
    print("built tessellate_10q_q2_2026.pdf and hengxin_prospectus_extract.pdf")


if __name__ == "__main__":
    main()
