"""Build the PDF documents of this set.

Run with /work/main/.venv/bin/python build_pdfs.py

* tessaline_20f_fy2024.pdf   - English Form 20-F excerpt (DejaVu Sans, CJK fallback)
* chengyao_prospectus_excerpt.pdf - Simplified Chinese 招股说明书 excerpt (Noto Sans CJK SC)

fpdf2 cannot extract text correctly from the CFF-flavoured Noto CJK collection, so the
script subsets the needed glyphs with fontTools and converts the outlines to TrueType
(quadratic) before embedding. The converted fonts go to a temporary directory.

Chinese paragraphs are laid out sentence by sentence: a sentence that fits on the
current line is appended, otherwise it starts a new line, so that no sentence of
normal length is broken across lines (which would insert whitespace into the
pypdf text of a CJK sentence).
"""
import os
import re
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TMP = tempfile.mkdtemp(prefix="fresh27_fonts_")


# ----------------------------------------------------------------- fonts
def _otf_to_ttf(font):
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    gs = font.getGlyphSet()
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\000\001\000\000"


def cjk_font(text, index, name):
    """Subset face `index` of the Noto CJK collection to `text`, return TTF path."""
    coll = TTCollection(TTC)
    font = coll.fonts[index]
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "0123456789")
    sub.subset(font)
    _otf_to_ttf(font)
    path = os.path.join(TMP, name + ".ttf")
    font.save(path)
    return path


def all_text(pages):
    out = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    out.extend(row)
            else:
                out.append(block[1])
    return "".join(out)


# ----------------------------------------------------------------- layout helpers
def cjk_lines(pdf, text, width):
    """Greedy sentence packing for Chinese paragraphs."""
    sentences = [s for s in re.findall(r"[^。；]*[。；]?", text) if s]
    lines, cur = [], ""
    for s in sentences:
        if pdf.get_string_width(cur + s) <= width:
            cur += s
            continue
        if cur:
            lines.append(cur)
            cur = ""
        if pdf.get_string_width(s) <= width:
            cur = s
        else:  # very long sentence: break by characters
            for ch in s:
                if pdf.get_string_width(cur + ch) > width:
                    lines.append(cur)
                    cur = ""
                cur += ch
    if cur:
        lines.append(cur)
    return lines


def render(pdf, pages, out, cjk, family, bold_family, base_size):
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=16)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for page in pages:
        pdf.add_page()
        for kind, *rest in page:
            if kind == "title":
                pdf.set_font(bold_family, size=base_size + 4)
                pdf.multi_cell(0, 8, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center":
                pdf.set_font(family, size=base_size)
                pdf.multi_cell(0, 5.5, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font(bold_family, size=base_size + 1)
                pdf.multi_cell(0, 6.5, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind in ("p", "small"):
                size = base_size if kind == "p" else base_size - 1.5
                pdf.set_font(family, size=size)
                lh = 5.6 if kind == "p" else 4.6
                if cjk:
                    for line in cjk_lines(pdf, rest[0], width):
                        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(0, lh, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            elif kind == "table":
                widths, rows = rest[0], rest[1]
                pdf.set_font(family, size=base_size - 1)
                # no cell may wrap: the table-row quotes rely on one line per cell
                for row in rows:
                    for cell, w in zip(row, widths):
                        assert pdf.get_string_width(cell) <= w * width / sum(widths) - 2.2, (out, cell)
                with pdf.table(col_widths=widths, line_height=5.6, text_align="LEFT",
                               headings_style=FontFace(emphasis=None, fill_color=(225, 225, 225)),
                               padding=1) as table:
                    for row in rows:
                        r = table.row()
                        for cell in row:
                            r.cell(cell)
                pdf.ln(2)
            else:
                raise ValueError(kind)
    assert pdf.page == len(pages), (out, pdf.page, len(pages))
    pdf.output(os.path.join(HERE, out))


# =================================================================== 20-F (English)
TESSALINE = [
    [  # page 1
        ("center", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549"),
        ("title", "FORM 20-F"),
        ("center", "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934\n"
                   "For the fiscal year ended December 31, 2024\nCommission file number 001-41873"),
        ("title", "TESSALINE MICRODEVICES LTD."),
        ("center", "(Exact name of Registrant as specified in its charter)\n"
                   "泰斯林微電子有限公司 (Translation of Registrant's name into Chinese)\n"
                   "Cayman Islands (Jurisdiction of incorporation or organization)\n"
                   "No. 41, Yanxin 6th Road, Hsinchu Science Park, Hsinchu 30078, Taiwan\n"
                   "American Depositary Shares, each representing four ordinary shares, par value US$0.0001 "
                   "- New York Stock Exchange - Trading symbol: TSLN"),
        ("small", "This document reproduces selected portions of Items 4, 5 and 7 of the annual report. "
                  "Cross-references to other Items and to the consolidated financial statements have been omitted."),
        ("h", "ITEM 4. INFORMATION ON THE COMPANY"),
        ("h", "B. Business Overview - Customers"),
        ("p", "We design TX-series accelerators for training and serving large AI models. We sell them mainly as "
              "liquid-cooled, rack-scale systems and, to a lesser extent, as standalone boards for server makers. "
              "Our customer base is highly concentrated."),
        ("p", "Sales to Quillhaven Cloud, Inc., a U.S. operator of accelerator clouds, represented 31.4% of our net "
              "revenue in 2024, up from 18.9% in 2023. Northgale Corporation was our second-largest customer in "
              "2024, accounting for 14.2% of net revenue, almost all of it from TX-8 boards deployed in its "
              "inference fleet. One other customer, a cloud provider headquartered in Asia, accounted for 10.6% of "
              "net revenue. No other customer accounted for more than 10% of net revenue in any of the last three years."),
        ("p", "We compete principally with Kovaro Silicon, Inc. and with accelerator programs developed in-house by "
              "large cloud providers. Some of our customers also buy competing products, and we expect them to "
              "continue to qualify second sources."),
    ],
    [  # page 2
        ("h", "B. Business Overview - Manufacturing and Suppliers"),
        ("p", "We are a fabless company. Substantially all of our accelerator dies are fabricated by Haruse "
              "Semiconductor Manufacturing Co., Ltd. at its 5-nanometer-class facility in Kumamoto, Japan, under a "
              "wafer supply agreement that renews annually. Haruse does not hold any equity interest in us, and we "
              "have no contractual right to any particular share of its capacity."),
        ("p", "High-bandwidth memory is sourced from Sorahn Memory Co., Ltd., and in 2024 we made a $210 million "
              "prepayment to Sorahn to secure HBM3E allocation for 2025. Rack-level integration, including manifold "
              "and cold-plate assembly and final system test, is carried out for us by Songyue Electronics Co., Ltd. "
              "(崧岳電子), a contract manufacturer listed on the Taiwan Stock Exchange. Our three largest suppliers "
              "together accounted for 61% of our cost of revenue in 2024."),
        ("h", "C. Organizational Structure"),
        ("p", "Tessaline Microdevices Ltd. is a holding company incorporated in the Cayman Islands. We conduct our "
              "operations primarily through the significant subsidiaries listed below, each of which is wholly owned."),
        ("table", (44, 16, 24, 12), [
            ("Name of subsidiary", "Jurisdiction", "Principal activity", "Ownership"),
            ("Tessaline Microdevices (Taiwan) Co., Ltd.", "Taiwan", "R&D, sales", "100%"),
            ("Tessaline Systems, Inc.", "California", "U.S. sales, support", "100%"),
            ("Vellacourt Interconnect Ltd.", "Israel", "Interconnect IP", "100%"),
        ]),
        ("p", "We acquired Vellacourt Interconnect Ltd., a developer of die-to-die interconnect IP, in August 2024 "
              "for cash consideration of $186 million. Tessaline Microdevices (Taiwan) Co., Ltd. has guaranteed the "
              "lease obligations of Tessaline Systems, Inc. for our office in San Jose, California."),
    ],
    [  # page 3
        ("h", "ITEM 5. OPERATING AND FINANCIAL REVIEW AND PROSPECTS"),
        ("h", "B. Liquidity and Capital Resources"),
        ("p", "As of December 31, 2024, we had cash, cash equivalents and short-term investments of $1.84 billion. "
              "In March 2024, Tessaline Microdevices (Taiwan) Co., Ltd. entered into a NT$12 billion five-year "
              "syndicated revolving credit facility in which Hanchuan Commercial Bank acts as facility agent and as "
              "one of seven lenders. No amounts were outstanding under the facility at year-end."),
        ("h", "Strategic investments"),
        ("p", "We hold minority investments in several companies with which we also have commercial relationships. "
              "We purchased Series B preferred shares of Lumenfold AI, Inc. for $120 million in 2023 and continue to "
              "hold approximately 4.1% of Lumenfold on a fully diluted basis. Lumenfold rents its training capacity "
              "from cloud providers, including Quillhaven. It does not purchase our products directly."),
        ("p", "In June 2024, we committed $400 million as a limited partner to Varrick Compute Credit Fund I, L.P., "
              "a private credit fund managed by Varrick Capital Partners that lends against accelerator fleets "
              "operated by cloud providers. As of December 31, 2024, $140 million of this commitment had been called. "
              "Some borrowers of the fund are, or may become, our customers, so a portion of our revenue may be "
              "financed indirectly with capital that we have provided."),
        ("h", "C. Research and Development"),
        ("p", "Research and development expenses were $612 million in 2024, or 27% of net revenue. We have evaluated "
              "co-packaged optical engines from Brightmarsh Photonics Ltd. for the TX-10 platform but have not yet "
              "selected a supplier. We expect to tape out the first TX-10 compute die in the second half of 2025."),
        ("h", "ITEM 7. MAJOR SHAREHOLDERS AND RELATED PARTY TRANSACTIONS"),
        ("p", "The following table sets forth information on the beneficial ownership of our ordinary shares as of "
              "March 31, 2025, based on 784,663,210 ordinary shares outstanding."),
        ("table", (50, 22, 12), [
            ("Name of beneficial owner", "Ordinary shares", "Percent"),
            ("Halvard Growth Equity Fund III, L.P.", "61,204,000", "7.8%"),
            ("Chen Yu-Ting (founder and CEO)", "48,950,112", "6.2%"),
            ("All directors and officers as a group", "71,338,540", "9.1%"),
        ]),
    ],
]

# =================================================================== 招股说明书 (简体中文)
CHENGYAO = [
    [  # 第1页
        ("title", "苏州澄曜热控科技股份有限公司"),
        ("center", "首次公开发行股票并在科创板上市招股说明书（申报稿）\n（节选）\n保荐人（主承销商）：东岑证券股份有限公司"),
        ("small", "本招股说明书（申报稿）不具有据以发行股票的法律效力，投资者应当以正式公告的招股说明书全文作为投资决策的依据。"),
        ("h", "第四节 发行人基本情况"),
        ("h", "七、发行人控股子公司及参股公司情况"),
        ("h", "（一）控股子公司"),
        ("p", "截至本招股说明书签署日，公司拥有2家控股子公司，基本情况如下："),
        ("table", (8, 44, 18, 14, 30), [
            ("序号", "公司名称", "注册资本", "持股比例", "主营业务"),
            ("1", "合肥澄曜精密制造有限公司", "10,000.00万元", "100.00%", "冷板及结构件制造"),
            ("2", "苏州澄曜液冷系统有限公司", "3,000.00万元", "70.00%", "CDU及液冷系统集成"),
        ]),
        ("p", "苏州澄曜液冷系统有限公司其余30.00%股权由公司核心技术人员持股平台持有。"),
        ("h", "（二）参股公司"),
        ("table", (8, 52, 18, 14, 22), [
            ("序号", "公司名称", "认缴规模", "出资比例", "主营业务"),
            ("1", "合肥澄源股权投资合伙企业（有限合伙）", "50,000.00万元", "19.60%", "股权投资"),
        ]),
        ("p", "公司作为有限合伙人认缴澄源基金出资9,800.00万元，不参与基金的投资决策。"
              "截至本招股说明书签署日，澄源基金已对外投资4个项目。"
              "澄源基金持有北京星衡智算科技有限公司4.80%股权，投资成本为15,000.00万元。"
              "星衡智算主要从事智算中心建设与算力租赁服务，为崧岳电子的服务器客户。"
              "公司与星衡智算之间不存在直接业务往来。"),
    ],
    [  # 第2页
        ("h", "第五节 业务与技术"),
        ("h", "四、发行人主要客户及供应商情况"),
        ("h", "（一）前五名客户"),
        ("p", "2024年度，公司向前五名客户的销售情况如下："),
        ("small", "单位：万元"),
        ("table", (8, 50, 26, 18, 18), [
            ("序号", "客户名称", "销售内容", "销售金额", "占营业收入比例"),
            ("1", "崧岳电子股份有限公司及其下属企业", "液冷冷板模组", "18,642.37", "21.35%"),
            ("2", "杭州锐栈信息技术有限公司", "CDU及冷板", "11,205.80", "12.83%"),
            ("3", "客户C（注）", "冷板模组", "8,917.44", "10.21%"),
            ("4", "成都峦启云计算有限公司", "液冷机柜系统", "6,330.15", "7.25%"),
            ("5", "客户E（注）", "快接头及管路", "3,988.62", "4.57%"),
            ("", "合计", "", "49,084.38", "56.21%"),
        ]),
        ("small", "注：客户C、客户E分别为境外某服务器制造商及国内某数据中心运营商，因保密协议约定未披露名称。"),
        ("p", "崧岳电子系台湾证券交易所上市公司（股票代码：6817）。"
              "崧岳电子为泰斯林（Tessaline）等客户提供机柜整机组装服务。"
              "报告期内，公司不存在向单个客户销售比例超过50%的情形。"),
        ("h", "（二）前五名供应商"),
        ("p", "2024年度，公司向前五名供应商的采购情况如下："),
        ("small", "单位：万元"),
        ("table", (8, 50, 26, 18, 18), [
            ("序号", "供应商名称", "采购内容", "采购金额", "占采购总额比例"),
            ("1", "宁波铜澈材料股份有限公司", "无氧铜板材", "7,412.09", "16.88%"),
            ("2", "Kallenbrook Fluidtechnik GmbH", "循环泵、快接头", "5,236.71", "11.93%"),
            ("3", "无锡泓钧精密机械有限公司", "精密结构件", "3,870.25", "8.82%"),
            ("4", "供应商四（注）", "密封件", "2,114.60", "4.82%"),
            ("5", "江苏溥冷新材料有限公司", "导热界面材料", "1,986.33", "4.52%"),
            ("", "合计", "", "20,619.98", "46.97%"),
        ]),
        ("small", "注：供应商四为国内某橡胶密封件生产企业，应其要求未披露名称。"),
        ("p", "报告期内，公司曾与Kallenbrook洽谈在国内设立合资公司，后因技术许可条款未达成一致而终止。"
              "公司董事、监事、高级管理人员及其关联方未在上述客户或供应商中占有权益。"),
    ],
    [  # 第3页
        ("h", "第八节 财务会计信息与管理层分析"),
        ("h", "十、偿债能力分析"),
        ("p", "报告期各期末，公司资产负债率（合并）分别为46.12%、43.87%和39.55%。"
              "2024年6月，公司与江澜银行股份有限公司苏州分行签订综合授信合同，授信额度为3.5亿元。"
              "该授信由公司实际控制人顾承岳及其配偶提供连带责任保证，期限为两年。"
              "子公司合肥澄曜精密制造有限公司的银行借款由公司提供连带责任担保。"
              "截至2024年12月31日，公司不存在逾期未偿还的银行借款。"),
        ("h", "十一、同行业可比公司比较"),
        ("p", "公司选取凌泉温控、申川热能作为同行业可比上市公司，上述公司均从事数据中心液冷产品的研发与销售。"
              "2024年，公司毛利率为31.20%，高于凌泉温控的27.80%，略低于申川热能的32.50%。"
              "公司毛利率与可比公司的差异主要源于产品结构及客户结构不同。"),
    ],
]


def main():
    # English 20-F: DejaVu Sans, with Noto Sans CJK TC as fallback for the Chinese names
    tc = cjk_font(all_text(TESSALINE), 3, "tc_sub")
    en = FPDF(format="A4")
    en.add_font("dv", "", DEJAVU)
    en.add_font("dvb", "", DEJAVU_B)
    en.add_font("cjk", "", tc)
    en.set_fallback_fonts(["cjk"])
    render(en, TESSALINE, "tessaline_20f_fy2024.pdf", False, "dv", "dvb", 10)

    # Chinese prospectus: Noto Sans CJK SC throughout
    sc = cjk_font(all_text(CHENGYAO), 2, "sc_sub")
    zh = FPDF(format="A4")
    zh.add_font("sc", "", sc)
    render(zh, CHENGYAO, "chengyao_prospectus_excerpt.pdf", True, "sc", "sc", 10)
    print("built tessaline_20f_fy2024.pdf, chengyao_prospectus_excerpt.pdf")


if __name__ == "__main__":
    main()
