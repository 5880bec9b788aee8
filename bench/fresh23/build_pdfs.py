"""Build the two PDF documents of this set with fpdf2.

Run: /work/main/.venv/bin/python build_pdfs.py

* cirrion_10q_q2_2025_excerpt.pdf  - English 10-Q excerpt (core Helvetica font)
* dingyue_prospectus_excerpt.pdf   - Chinese prospectus excerpt (Noto Sans CJK SC,
  subset with fontTools and converted from CFF to TrueType outlines so that fpdf2
  embeds it with a proper ToUnicode map)
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # Noto Sans CJK SC

# ---------------------------------------------------------------------------
# Document content. Each page is a list of blocks:
#   ("title", text) ("h", text) ("p", text) ("small", text)
#   ("table", [column widths in mm], [rows]); the first row is the header.
# ---------------------------------------------------------------------------

TENQ = [
    [
        ("small", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("small", "Washington, D.C. 20549"),
        ("title", "FORM 10-Q (EXCERPT)"),
        ("small", "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
        ("small", "For the quarterly period ended June 30, 2025"),
        ("small", "Commission File Number 001-41877"),
        ("title", "CIRRION CLOUD HOLDINGS, INC."),
        ("small", "(Exact name of registrant as specified in its charter)"),
        ("small", "Delaware (State of incorporation) - 88-4410273 (I.R.S. Employer Identification No.)"),
        ("small", "Class A common stock, par value $0.0001 per share - Trading symbol: CRRN - Nasdaq Global Select Market"),
        ("h", "NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (UNAUDITED)"),
        ("h", "Note 1. Organization and Basis of Presentation"),
        ("p", 'Cirrion Cloud Holdings, Inc. (together with its subsidiaries, "Cirrion," the "Company," "we," "us" or "our") '
              "provides GPU-accelerated cloud infrastructure and managed AI services to model developers, enterprises "
              "and hyperscale cloud providers. We operate in a single segment."),
        ("p", "The accompanying unaudited condensed consolidated financial statements have been prepared in accordance "
              "with U.S. generally accepted accounting principles for interim financial information and should be read "
              "together with the audited consolidated financial statements included in our Annual Report on Form 10-K "
              "for the year ended December 31, 2024. Results for the interim periods are not necessarily indicative of "
              "results for the full year."),
        ("p", "Certain notes to the condensed consolidated financial statements have been omitted from this excerpt."),
    ],
    [
        ("h", "Note 7. Debt"),
        ("p", "The Company's outstanding debt consisted of the following (in millions):"),
        ("table", [90, 45, 45], [
            ["", "June 30, 2025", "December 31, 2024"],
            ["Delayed draw term loan", "400", "-"],
            ["Revolving credit facility", "-", "-"],
            ["Equipment financing obligations", "212", "245"],
            ["Unamortized discount and issuance costs", "(31)", "-"],
            ["Total debt", "581", "245"],
        ]),
        ("h", "Delayed Draw Term Loan"),
        ("p", 'On February 14, 2025, Cirrion Compute Funding I, LLC ("CCF I") entered into a delayed draw term loan facility '
              'of up to $2.2 billion (the "DDTL") to finance the purchase of GPU servers and related networking equipment. '
              "CCF I is a wholly owned special-purpose subsidiary of the Company, and its assets are not available to satisfy "
              "the claims of our other creditors."),
        ("p", "Greyhaven Credit Partners LP acts as lead arranger and is the largest lender under the DDTL, with commitments "
              "of $1.5 billion. Tidewell Capital Management provided the remaining $700 million of commitments."),
        ("p", "Borrowings under the DDTL bear interest at SOFR plus 6.00% and are secured by substantially all assets of CCF I, "
              "including the financed equipment and the customer contracts assigned to CCF I. The DDTL matures in February "
              "2030 and amortizes quarterly beginning in the second year. The Company has guaranteed the obligations of "
              "CCF I under the DDTL on an unsecured basis."),
        ("h", "Revolving Credit Facility"),
        ("p", 'On May 2, 2025, the Company entered into a $750 million senior secured revolving credit facility (the "Revolver") '
              "with a syndicate of banks. Halvard Bank, N.A. serves as administrative agent and is also a lender under the "
              "Revolver. Borrowings bear interest at SOFR plus 2.75% and the Revolver matures in May 2028."),
        ("p", "As of June 30, 2025, no amounts were outstanding under the Revolver, and the Company was in compliance with all "
              "financial covenants under its debt agreements."),
    ],
    [
        ("h", "Note 11. Related Party Transactions"),
        ("p", 'As of June 30, 2025, Helionyx Semiconductor, Inc. ("Helionyx") beneficially owned approximately 6.8% of our '
              "outstanding Class A common stock, and a Helionyx executive serves on our board of directors."),
        ("p", 'In March 2025, we entered into a capacity agreement with Helionyx (the "Capacity Agreement"). Under the Capacity '
              "Agreement, Helionyx agreed to purchase up to $1.3 billion of cloud capacity that is not used by our other "
              "customers through April 2029. Revenue recognized under the Capacity Agreement was $96 million and $142 million "
              "for the three and six months ended June 30, 2025, respectively. Amounts due from Helionyx were $38 million as "
              "of June 30, 2025."),
        ("p", "We do not purchase GPUs directly from Helionyx; our GPU servers are procured from original design "
              "manufacturers, as described in Note 12."),
        ("p", "Other than the items described above, there were no material related party transactions during the three and "
              "six months ended June 30, 2025."),
    ],
    [
        ("h", "Note 12. Concentrations"),
        ("p", "Customer concentration. Customers that individually accounted for 10% or more of revenue were as follows:"),
        ("table", [80, 50, 50], [
            ["Customer", "Three Months", "Six Months"],
            ["Ovestra", "38%", "41%"],
            ["Auralith Labs", "21%", "18%"],
            ["Customer C", "11%", "*"],
        ]),
        ("small", "* Less than 10%. Periods ended June 30, 2025."),
        ("p", "Customer C is a model developer whose name has not been disclosed for competitive reasons."),
        ("p", "Supplier concentration. Dingyue Technology Co., Ltd., a server original design manufacturer, accounted for "
              "approximately 46% of our purchases of property and equipment during the six months ended June 30, 2025. "
              "Luxentra Networks, Inc. supplied substantially all of the networking switches and optical interconnects "
              "deployed in our clusters during the same period."),
        ("p", "Competition. We compete for customers with hyperscale cloud providers such as Ovestra and Brightsea, and with "
              "specialized GPU cloud providers such as Northvane Compute."),
        ("h", "Note 14. Subsequent Events"),
        ("p", "In July 2025, the Company terminated a non-binding letter of intent with Bastion Digital Realty Trust for 120 "
              "megawatts of data center capacity in Dallas, and no lease was executed."),
        ("p", "Also in July 2025, CCF I drew an additional $600 million under the DDTL."),
    ],
]

PROSPECTUS = [
    [
        ("title", "鼎越科技股份有限公司"),
        ("small", "Dingyue Technology Co., Ltd."),
        ("title", "首次公开发行股票并在主板上市招股说明书（申报稿）（节选）"),
        ("small", "本招股说明书（申报稿）不具有据以发行股票的法律效力，仅供预先披露之用。"),
        ("h", "第五节 发行人基本情况"),
        ("h", "一、发行人概况"),
        ("p", "公司名称：鼎越科技股份有限公司"),
        ("p", "英文名称：Dingyue Technology Co., Ltd."),
        ("p", "注册资本：36,000.00万元"),
        ("p", "主营业务：AI服务器、通用服务器及存储服务器的研发、设计、制造和销售。"),
        ("h", "二、发行人控股子公司及参股公司情况"),
        ("h", "（一）控股子公司"),
        ("p", "截至本招股说明书签署日，公司拥有1家境外全资子公司。"),
        ("p", "鼎越科技（香港）有限公司（下称“鼎越香港”）系公司全资子公司。"),
        ("p", "鼎越香港成立于2019年，注册资本1,000万美元，主要负责境外原材料采购及海外客户交付。"),
        ("h", "（二）参股公司"),
        ("small", "单位：万元"),
        ("table", [74, 24, 30, 52], [
            ["公司名称", "持股比例", "账面价值", "主营业务"],
            ["瀚晶半导体制造股份有限公司", "1.85%", "46,200.00", "晶圆代工"],
            ["苏州越芯创业投资合伙企业（有限合伙）", "12.50%", "8,750.00", "股权投资（公司为有限合伙人）"],
        ]),
    ],
    [
        ("h", "第六节 业务与技术"),
        ("h", "四、发行人主要客户及供应商情况"),
        ("h", "（一）主要客户"),
        ("p", "报告期内，公司向前五名客户的销售情况如下（2024年度）："),
        ("small", "单位：万元"),
        ("table", [12, 76, 44, 48], [
            ["序号", "客户名称", "销售金额", "占营业收入比例"],
            ["1", "Cirrion Cloud Holdings, Inc.（希睿云）", "1,286,450.32", "24.71%"],
            ["2", "Ovestra, Inc.（奥维斯塔）", "1,027,118.65", "19.73%"],
            ["3", "北京启衡智能科技有限公司", "418,206.11", "8.03%"],
            ["4", "客户四", "301,552.40", "5.79%"],
            ["5", "客户五", "188,903.27", "3.63%"],
            ["", "合计", "3,222,230.75", "61.89%"],
        ]),
        ("p", "客户四为境外某大型互联网企业，应其要求未披露具体名称。"),
        ("p", "公司董事、监事、高级管理人员及其关联方未在上述客户中占有权益。"),
        ("p", "公司客户集中度较高，主要系AI服务器下游客户以大型云服务商为主。"),
        ("p", "若希睿云、奥维斯塔等主要客户转向自研或改向其他厂商采购，将对公司经营产生不利影响。"),
    ],
    [
        ("h", "（二）主要供应商"),
        ("p", "报告期内，公司向前五名供应商的采购情况如下（2024年度）："),
        ("small", "单位：万元"),
        ("table", [10, 68, 38, 34, 30], [
            ["序号", "供应商名称", "采购内容", "采购金额", "占比"],
            ["1", "Helionyx Semiconductor, Inc.（赫利昂）", "GPU及加速模组", "2,107,335.80", "48.62%"],
            ["2", "长岭存储科技股份有限公司", "内存及固态硬盘", "396,421.09", "9.15%"],
            ["3", "Luxentra Networks, Inc.（卢森卓）", "交换机及光模块", "251,790.46", "5.81%"],
            ["4", "供应商四", "电源及机箱", "118,302.77", "2.73%"],
            ["5", "供应商五", "印制电路板", "96,540.12", "2.23%"],
        ]),
        ("p", "公司向赫利昂的采购占比较高，主要系GPU在AI服务器成本中占比较高所致。"),
        ("p", "公司与赫利昂不存在关联关系。"),
        ("p", "公司向其采购的价格参照市场价格协商确定，定价公允。"),
        ("p", "报告期内，公司不存在向单个供应商采购比例超过50%的情形。"),
    ],
    [
        ("h", "第八节 财务会计信息与管理层分析（节选）"),
        ("h", "十二、偿债能力、流动性与持续经营能力分析"),
        ("h", "（三）银行授信及对外担保情况"),
        ("p", "截至2025年6月30日，公司获得的主要银行授信情况如下。"),
        ("p", "华衡银行股份有限公司向公司提供综合授信额度人民币二十亿元。"),
        ("p", "截至2025年6月30日，上述授信已使用8.6亿元，主要用于支付原材料采购款。"),
        ("p", "鼎越香港为公司上述授信中的5亿元提供连带责任保证担保。"),
        ("p", "除上述担保外，公司及子公司不存在对合并报表范围外主体提供担保的情形。"),
        ("p", "公司资信状况良好，报告期内不存在逾期未偿还银行借款的情况。"),
    ],
]

DOCS = {
    "cirrion_10q_q2_2025_excerpt.pdf": ("en", TENQ),
    "dingyue_prospectus_excerpt.pdf": ("zh", PROSPECTUS),
}


def _otf_to_ttf(font, max_err=1.0):
    """Replace CFF outlines with quadratic glyf outlines (fpdf2 embeds TrueType cleanly)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    return font


def make_cjk_font(pages, path):
    chars = set()
    for page in pages:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    chars.update("".join(row))
            else:
                chars.update(block[1])
    chars.update("0123456789.,%:;()- abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    font = TTCollection(CJK_TTC).fonts[CJK_SC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    _otf_to_ttf(font)
    font.save(path)


def render(lang, pages, out_path, font_path=None):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    if lang == "zh":
        pdf.add_font("cjk", "", font_path)
        fonts = {"title": ("cjk", "", 14), "h": ("cjk", "", 11.5), "p": ("cjk", "", 10), "small": ("cjk", "", 9)}
    else:
        fonts = {"title": ("Helvetica", "B", 14), "h": ("Helvetica", "B", 10.5), "p": ("Helvetica", "", 9.5),
                 "small": ("Helvetica", "", 8.5)}
    for page_no, page in enumerate(pages, 1):
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "table":
                widths, rows = block[1], block[2]
                for r, row in enumerate(rows):
                    pdf.set_font(*fonts["p"]) if lang == "zh" else pdf.set_font("Helvetica", "B" if r == 0 else "", 9)
                    for w, text in zip(widths, row):
                        if pdf.get_string_width(text) > w - 2:
                            raise SystemExit(f"cell too narrow on page {page_no}: {text!r}")
                        align = "L" if text and not text[0].isdigit() and not text.startswith("(") else "R"
                        pdf.cell(w, 7, text, border=1, align=align)
                    pdf.ln(7)
                pdf.ln(2)
                continue
            pdf.set_font(*fonts[kind])
            line_h = {"title": 8, "h": 7, "p": 5.6, "small": 4.8}[kind]
            align = "C" if kind in ("title",) or (kind == "small" and page_no == 1 and lang == "en") else "L"
            if kind == "h":
                pdf.ln(1.5)
            pdf.multi_cell(0, line_h, block[1], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2 if kind != "title" else 1)
        if pdf.get_y() > 285:
            raise SystemExit(f"page {page_no} of {out_path} overflows")
        # footer with page number
        pdf.set_y(-12)
        pdf.set_font(*fonts["small"])
        pdf.cell(0, 5, f"{page_no}", align="C")
    pdf.output(out_path)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for name, (lang, pages) in DOCS.items():
            font_path = None
            if lang == "zh":
                font_path = os.path.join(tmp, "cjk_sc_subset.ttf")
                make_cjk_font(pages, font_path)
            render(lang, pages, os.path.join(HERE, name), font_path)
            print("wrote", name)


if __name__ == "__main__":
    main()
