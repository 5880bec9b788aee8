"""Build the two PDF documents of this set with fpdf2.

Run:  /work/main/.venv/bin/python build_pdfs.py

* stratoline_annual_report_2026.pdf  (English, DejaVu Sans)
* yongfeng_annual_report_2026_zh.pdf (Simplified Chinese, subset of Noto Sans CJK SC
  converted to a TrueType-outline TTF with fontTools so that fpdf2 embeds it cleanly)

Every element of type "line" must fit on one printed line: the build fails otherwise, so
that sentences quoted in links.jsonl are never broken by a line wrap (a wrap would put a
space inside a Chinese sentence after whitespace normalisation).
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF, FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # Noto Sans CJK SC inside the collection
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --------------------------------------------------------------------------------------
# English annual report (Stratoline Compute, Inc.)
# --------------------------------------------------------------------------------------
EN_PAGES = [
    [
        ("title", "Stratoline Compute, Inc."),
        ("subtitle", "Annual Report 2026"),
        ("p", "For the fiscal year ended December 31, 2026. Common stock listed on the New York Stock Exchange under the symbol SLCX."),
        ("h", "Item 1. Business"),
        ("p", 'Stratoline Compute, Inc. ("Stratoline," the "Company," "we," "us" or "our") provides reserved and on-demand GPU cloud capacity to developers of large AI models.'),
        ("p", "We operate 14 GPU clusters across the United States and Sweden, with approximately 118,000 accelerators in service at December 31, 2026."),
        ("p", "In May 2026 we acquired Fenwick Edge Compute AB, a Stockholm-based operator of liquid-cooled GPU halls, for $210 million in cash. The business has since been renamed Stratoline Nordics AB and is reported within our International segment."),
        ("p", "In January 2026 we entered into a market-making and data-licensing partnership with Lodestar Compute Exchange, under which we quote two-sided prices in H9 hourly capacity futures."),
        ("h", "Competition"),
        ("p", "We compete with hyperscale cloud providers such as Nimbara, which have substantially greater financial and technical resources than we do, and with other specialised GPU cloud providers."),
        ("p", "According to industry estimates, we were the third-largest GPU cloud provider in North America in 2026 by installed accelerators, behind Nimbara and one other hyperscaler."),
    ],
    [
        ("h", "Customers and Suppliers"),
        ("p", "A small number of model developers account for most of our revenue. Customers representing more than 10% of revenue in either of the last two years were as follows:"),
        ("table", (60, 40, 40, 40), [
            ("Customer", "Share of 2026 revenue", "Share of 2025 revenue", "Contract expiry"),
            ("Vesper Labs, Inc.", "31%", "38%", "2030"),
            ("Orrery AI, Inc.", "24%", "9%", "2029"),
            ("Customer C", "12%", "15%", "2027"),
        ]),
        ("p", "Customer C is a technology company that has asked not to be named."),
        ("p", 'Suppliers. We purchase substantially all of our accelerators and networking systems from Halvorsen Semiconductor Inc. ("Halvorsen"), which is also a related party.'),
        ("p", "Our optical transceivers are sourced from Lumenfold Photonics. Lumenfold is a wholly owned subsidiary of Halvorsen."),
        ("p", "Substantially all of our powered data center space in Ohio and Texas is leased from Corvane Data Centers under agreements with initial terms of ten to fifteen years."),
        ("p", "Any interruption in the supply of accelerators, optical components or powered space could delay the delivery of capacity that we have contracted to provide to our customers."),
    ],
    [
        ("h", "Related Party Transactions"),
        ("p", "As of December 31, 2026, Halvorsen beneficially owned approximately 11.4% of our outstanding common stock."),
        ("p", "Halvorsen does not have the right to designate a member of our board of directors."),
        ("h", "Indebtedness"),
        ("p", "The following table summarises our outstanding indebtedness as of December 31, 2026:"),
        ("table", (44, 46, 46, 24, 20), [
            ("Facility", "Lender", "Borrower", "Principal ($ millions)", "Maturity"),
            ("GPU-backed term loan", "Greyhaven Credit Partners", "Stratoline Funding I, LLC", "2,400", "2031"),
            ("Revolving credit facility", "Bancroft Harlow & Co.", "Stratoline Compute, Inc.", "500", "2029"),
            ("Equipment financing", "Ashcombe Bank plc", "Stratoline Nordics AB", "180", "2028"),
            ("Total", "", "", "3,080", ""),
        ]),
        ("p", "The GPU-backed term loan is secured by approximately 60,000 H9 accelerators owned by the borrower."),
        ("p", "Stratoline Compute, Inc. has provided a parent guarantee of the obligations of Stratoline Funding I, LLC under the GPU-backed term loan."),
    ],
    [
        ("h", "Exhibit 21. Subsidiaries of the Registrant"),
        ("table", (80, 60, 40), [
            ("Name of subsidiary", "Jurisdiction of organisation", "Ownership"),
            ("Stratoline Funding I, LLC", "Delaware", "100%"),
            ("Stratoline Nordics AB", "Sweden", "100%"),
        ]),
        ("p", "Stratoline Nordics AB was formerly known as Fenwick Edge Compute AB."),
        ("p", "Subsidiaries that, considered in the aggregate, would not constitute a significant subsidiary have been omitted."),
    ],
]

# --------------------------------------------------------------------------------------
# Chinese annual report summary (宁波甬峰封装测试股份有限公司)
# --------------------------------------------------------------------------------------
ZH_PAGES = [
    [
        ("title", "宁波甬峰封装测试股份有限公司"),
        ("subtitle", "2026年年度报告摘要"),
        ("line", "公司代码：603482　　公司简称：甬峰封测"),
        ("h", "第一节　重要提示"),
        ("p", "1、本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到上海证券交易所网站等中国证监会指定媒体上仔细阅读年度报告全文。"),
        ("p", "2、本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性，不存在虚假记载、误导性陈述或重大遗漏。"),
        ("h", "第二节　公司基本情况"),
        ("table", (45, 135), [
            ("项目", "内容"),
            ("股票简称", "甬峰封测"),
            ("股票代码", "603482"),
            ("股票上市交易所", "上海证券交易所"),
            ("公司英文名称", "Yongfeng Advanced Packaging & Test Co., Ltd."),
        ]),
        ("h", "报告期公司主要业务简介"),
        ("line", "公司主要从事集成电路先进封装与测试业务，产品应用于AI加速器、高带宽存储器等领域。"),
        ("line", "报告期内，公司与澄芯晶圆制造股份有限公司合作开发2.5D硅中介层封装平台。"),
        ("line", "据行业机构统计，公司2026年2.5D封装出货量位居国内第二，仅次于澄芯晶圆。"),
        ("line", "公司与海沃森半导体的产品认证工作仍在进行中，双方尚未签署任何采购协议。"),
    ],
    [
        ("h", "第三节　主要客户及供应商情况"),
        ("line", "前五名客户销售额231,640.52万元，占年度销售总额49.91%；其中关联方销售额0万元。"),
        ("line", "公司前五名客户情况　　单位：万元　币种：人民币"),
        ("table", (16, 84, 40, 40), [
            ("序号", "客户名称", "销售额", "占年度销售总额比例（%）"),
            ("1", "鼎升科技股份有限公司", "86,420.15", "18.62"),
            ("2", "Quillmark Memory Co., Ltd.", "61,230.88", "13.19"),
            ("3", "客户三", "38,105.77", "8.21"),
            ("4", "客户四", "26,377.40", "5.68"),
            ("5", "客户五", "19,506.32", "4.20"),
            ("合计", "", "231,640.52", "49.91"),
        ]),
        ("line", "前五名供应商采购额136,170.86万元，占年度采购总额54.79%。"),
        ("line", "公司前五名供应商情况　　单位：万元　币种：人民币"),
        ("table", (16, 84, 40, 40), [
            ("序号", "供应商名称", "采购额", "占年度采购总额比例（%）"),
            ("1", "澄芯晶圆制造股份有限公司", "52,318.40", "21.05"),
            ("2", "供应商二", "30,877.65", "12.42"),
            ("3", "供应商三", "22,416.09", "9.02"),
            ("4", "供应商四", "17,903.52", "7.20"),
            ("5", "供应商五", "12,655.20", "5.09"),
            ("合计", "", "136,170.86", "54.79"),
        ]),
    ],
    [
        ("h", "第四节　主要控股参股公司分析"),
        ("line", "单位：万元　币种：人民币"),
        ("table", (66, 38, 22, 28, 26), [
            ("公司名称", "公司类型", "持股比例", "注册资本", "净利润"),
            ("宁波甬峰微系统有限公司", "全资子公司", "100%", "50,000.00", "8,312.55"),
            ("浙江瀚海银行股份有限公司", "参股公司", "1.20%", "860,000.00", "—"),
            ("宁波沧澜产业投资合伙企业（有限合伙）", "参股公司（有限合伙人）", "9.80%", "204,000.00", "—"),
        ]),
        ("line", "公司为甬峰微系统的银行授信提供连带责任保证，期末担保余额3.5亿元。"),
        ("line", "报告期内，公司未与杭州云岫智能科技有限公司发生任何交易。"),
        ("h", "第五节　公司未来发展的讨论与分析"),
        ("p", "2027年，公司将继续扩充2.5D及3D先进封装产能，加大高带宽存储器封装测试的研发投入，并积极拓展海外客户。"),
    ],
]


def otf_to_ttf(font, max_err=1.0):
    """Convert CFF outlines to TrueType outlines (fpdf2 embeds glyf fonts cleanly)."""
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
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, path):
    coll = TTCollection(CJK_TTC)
    font = coll.fonts[CJK_SC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    chars = set(text) | set("0123456789")
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    otf_to_ttf(font)
    font.save(path)


def all_text(pages):
    out = []
    for page in pages:
        for el in page:
            if el[0] == "table":
                for row in el[2]:
                    out.extend(row)
            else:
                out.append(el[1])
    return "".join(out)


def render(pdf, pages, fam, sizes):
    for page in pages:
        pdf.add_page()
        for el in page:
            kind = el[0]
            if kind == "title":
                pdf.set_font(fam, "B", sizes["title"])
                pdf.multi_cell(0, sizes["title"] * 0.55, el[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "subtitle":
                pdf.set_font(fam, "", sizes["subtitle"])
                pdf.multi_cell(0, sizes["subtitle"] * 0.55, el[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font(fam, "B", sizes["h"])
                pdf.multi_cell(0, sizes["h"] * 0.6, el[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font(fam, "", sizes["body"])
                pdf.multi_cell(0, sizes["body"] * 0.55, el[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "line":
                pdf.set_font(fam, "", sizes["body"])
                w = pdf.get_string_width(el[1])
                if w > pdf.epw:
                    raise SystemExit(f"line too long ({w:.1f} > {pdf.epw:.1f} mm): {el[1]}")
                pdf.cell(0, sizes["body"] * 0.6, el[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "table":
                widths, rows = el[1], el[2]
                pdf.set_font(fam, "", sizes["table"])
                for row in rows[1:]:  # data rows must not wrap (header rows may)
                    for text, cw in zip(row, widths):
                        if pdf.get_string_width(text) > cw - 2:
                            raise SystemExit(f"cell too wide for column ({cw} mm): {text}")
                with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                               headings_style=FontFace(emphasis="BOLD"),
                               line_height=sizes["table"] * 0.6, text_align="LEFT") as t:
                    for row in rows:
                        r = t.row()
                        for text in row:
                            r.cell(text)
                pdf.ln(2)
        # page footer
        pdf.set_y(-15)
        pdf.set_font(fam, "", 8)
        pdf.cell(0, 5, str(pdf.page_no()), align="C")


def build_en():
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_font("dv", "B", DEJAVU_BOLD)
    render(pdf, EN_PAGES, "dv", dict(title=20, subtitle=14, h=12, body=10, table=9))
    out = os.path.join(HERE, "stratoline_annual_report_2026.pdf")
    pdf.output(out)
    return out


def build_zh():
    with tempfile.TemporaryDirectory() as tmp:
        ttf = os.path.join(tmp, "cjk_sc_subset.ttf")
        make_cjk_font(all_text(ZH_PAGES) + "0123456789", ttf)
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(15, 15, 15)
        pdf.add_font("cjk", "", ttf)
        pdf.add_font("cjk", "B", ttf)  # same face used for headings
        render(pdf, ZH_PAGES, "cjk", dict(title=18, subtitle=14, h=12, body=10, table=9))
        out = os.path.join(HERE, "yongfeng_annual_report_2026_zh.pdf")
        pdf.output(out)
    return out


if __name__ == "__main__":
    for p in (build_en(), build_zh()):
        print("wrote", p)
