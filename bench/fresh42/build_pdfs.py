"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

02_kwgf_offering_memorandum.pdf  -- English, core Helvetica font, 2 pages
05_lantuo_2024_annual_report.pdf -- Simplified Chinese, 2 pages; the Noto Sans CJK SC face is
   subset from /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc and converted from CFF to
   TrueType outlines with fontTools into a temporary file, which is deleted after the build.
Lines are broken only at spaces (English) or after 。 (Chinese) so that quotes match pypdf text.
"""
import io
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---------------------------------------------------------------- font helper
def make_cjk_ttf(text, out_path):
    """Subset the SC face of the Noto CJK collection and convert CFF -> glyf."""
    face = TTCollection(TTC).fonts[2]
    buf = io.BytesIO()
    face.save(buf)
    buf.seek(0)
    font = TTFont(buf)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " 0123456789")
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphs = {}
    glyf.glyphOrder = order
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
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
    font.save(out_path)


# ---------------------------------------------------------------- English PDF
ABS_P1 = [
    ("c", "B", 9, "PRELIMINARY OFFERING MEMORANDUM -- STRICTLY CONFIDENTIAL -- EXCERPT"),
    ("c", "B", 13, "KESTRELWICK GPU FUNDING I, LLC"),
    ("c", "", 10.5, "US$1,850,000,000 GPU-Backed Notes, Series 2025-1"),
    ("c", "", 9, "consisting of Class A Notes and Class B Notes -- dated September 9, 2025"),
    ("gap",),
    ("p", "I", 7.5,
     "THE NOTES HAVE NOT BEEN AND WILL NOT BE REGISTERED UNDER THE SECURITIES ACT OF 1933, AS AMENDED, "
     "OR ANY STATE SECURITIES LAWS, AND ARE BEING OFFERED ONLY TO QUALIFIED INSTITUTIONAL BUYERS IN "
     "RELIANCE ON RULE 144A. THE NOTES ARE OBLIGATIONS OF THE ISSUER ONLY AND ARE NOT OBLIGATIONS OF, OR "
     "GUARANTEED BY, THE SPONSOR OR ANY OF ITS AFFILIATES."),
    ("h", "SUMMARY OF TERMS"),
    ("p", "", 9,
     "The following summary is qualified in its entirety by the more detailed information appearing "
     "elsewhere in this Offering Memorandum. Capitalised terms used but not defined in this summary have "
     "the meanings given to them under \"Glossary of Defined Terms\"."),
    ("h", "Transaction Parties"),
    ("p", "", 9,
     "Kestrelwick GPU Funding I, LLC (the \"Issuer\") is a Delaware limited liability company and a wholly "
     "owned, special-purpose subsidiary of Kestrelwick Compute, Inc. (\"Kestrelwick\" or the \"Sponsor\"). "
     "The Issuer was formed on June 30, 2025 and has not engaged in any activity other than activities "
     "incidental to the transactions described herein."),
    ("p", "", 9,
     "Pursuant to the Servicing Agreement, the Sponsor will act as servicer (in such capacity, the "
     "\"Servicer\") and will be responsible for operating, maintaining and re-marketing the Collateral GPUs "
     "and for collecting amounts due under the Eligible Customer Contracts. The Issuer will pay the Servicer "
     "a monthly servicing fee equal to 1.25% per annum of the Aggregate Collateral Value."),
    ("p", "", 9,
     "Coldharbour Trust Company, N.A. will act as indenture trustee (the \"Indenture Trustee\") and as "
     "collateral agent for the benefit of the Noteholders; the Indenture Trustee will not make any advances "
     "to the Issuer."),
    ("p", "", 9,
     "Thistlewood Securities LLC (the \"Initial Purchaser\") is acting as sole structuring agent and will "
     "resell the Notes of the Issuer to qualified institutional buyers in reliance on Rule 144A."),
    ("h", "Collateral"),
    ("p", "", 9,
     "On the Closing Date, the Issuer will purchase 41,280 Collateral GPUs from the Sponsor for an "
     "aggregate cash purchase price of $1,702,000,000. The Collateral GPUs are installed in eight data "
     "centres in the United States and the United Kingdom and are subject to the Eligible Customer "
     "Contracts described below."),
    ("p", "", 9,
     "Substantially all of the Collateral GPUs were designed and manufactured by Veridane Semiconductor "
     "Corp. (\"Veridane\") and were sold to the Sponsor under a master supply agreement dated March 4, 2024. "
     "Approximately 3,900 of the Collateral GPUs were acquired by the Sponsor from Brindlecrest Capital "
     "Leasing Limited (\"Brindlecrest\") at the expiry of the related operating leases."),
    ("p", "", 9,
     "Neither Veridane nor Brindlecrest has guaranteed, or will have any obligation in respect of, the "
     "Notes or the Issuer."),
    ("h", "Ratings"),
    ("p", "", 9,
     "It is a condition of issuance that the Class A Notes be rated at least \"A\" and the Class B Notes at "
     "least \"BBB\". A rating assigned by Brackenridge Ratings, Inc. to the Notes of the Issuer is not a "
     "recommendation to buy, sell or hold the Notes and may be revised or withdrawn at any time."),
    ("h", "Interest and Amortisation"),
    ("p", "", 9,
     "Interest on the Notes is payable monthly. Principal amortises on a targeted schedule over 60 months, "
     "subject to a cash-trap trigger if the Contracted Coverage Ratio falls below 1.30x and to rapid "
     "amortisation if it falls below 1.10x or upon a Servicer Termination Event."),
]

NOTE_ROWS = [
    ("Noteholder", "Class", "Principal (US$)", "Share"),
    ("Harrowgate Mutual Life Insurance Company", "A", "600,000,000", "32.4%"),
    ("Pellucid Annuity & Life Co.", "A", "410,000,000", "22.2%"),
    ("Marrowfield Credit Partners LP", "A", "290,000,000", "15.7%"),
    ("Ras Zafran Investment Authority", "B", "350,000,000", "18.9%"),
    ("Other qualified institutional buyers (27)", "A/B", "200,000,000", "10.8%"),
    ("Total", "", "1,850,000,000", "100.0%"),
]
CUST_ROWS = [
    ("Customer", "Contracted GPUs", "Remaining value (US$m)", "% of total"),
    ("Quillfeather Labs, Inc.", "9,600", "712.4", "31.6%"),
    ("Lanternfish Robotics, Inc.", "5,120", "388.0", "17.2%"),
    ("Ostrander Biosystems plc", "2,560", "196.5", "8.7%"),
    ("Other customers (14)", "11,840", "958.1", "42.5%"),
    ("Total", "29,120", "2,255.0", "100.0%"),
]

ABS_P2 = [
    ("h", "Allocation of the Notes"),
    ("p", "", 9,
     "The following table sets forth the initial holders of the Notes as of the pricing date. Each "
     "Noteholder has lent to the Issuer the principal amount shown opposite its name, and the Notes are "
     "secured by a first-priority security interest in the Collateral."),
    ("table", NOTE_ROWS, (86, 16, 34, 20)),
    ("p", "", 8,
     "The Class C Notes (US$150,000,000) are not offered hereby and will be retained as described under "
     "\"Credit Risk Retention\"."),
    ("h", "Eligible Customer Contracts"),
    ("p", "", 9,
     "Each Eligible Customer Contract is a compute services agreement under which the Sponsor provides "
     "reserved GPU capacity to the named customer; the Sponsor's rights to payment have been assigned to "
     "the Issuer. As of the Cut-off Date the obligor concentration was as follows:"),
    ("table", CUST_ROWS, (66, 30, 40, 22)),
    ("p", "", 9,
     "The Collateral Value Test references the Tallowmere Compute Exchange monthly H100-equivalent index; "
     "Tallowmere has no contractual relationship with the Issuer or the Servicer."),
    ("h", "Selected Risk Factors"),
    ("p", "", 9,
     "Obligor concentration. The three largest obligors account for 57.5% of remaining contract value. "
     "The failure of any one of them to pay could cause a cash-trap or rapid amortisation event."),
    ("p", "", 9,
     "Technological obsolescence. The market value of the Collateral GPUs may decline faster than "
     "expected if new accelerator generations are introduced, and re-marketing proceeds after a customer "
     "default may be materially lower than the contracted rates."),
    ("p", "", 9,
     "Reliance on the Servicer. The Issuer has no employees and depends entirely on the Servicer. No "
     "backup servicer has been appointed as of the Closing Date."),
    ("h", "Glossary of Defined Terms (selected)"),
    ("p", "", 8.5,
     "\"Aggregate Collateral Value\" means the sum of the Collateral Values of all Collateral GPUs. "
     "\"Closing Date\" means on or about September 16, 2025. \"Contracted Coverage Ratio\" means, for any "
     "Payment Date, contracted cash flow divided by scheduled debt service. \"Noteholders\" means the "
     "registered holders of the Notes from time to time."),
]


def build_abs(path):
    pdf = FPDF(format="Letter")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(False)

    def render(items):
        for it in items:
            kind = it[0]
            if kind == "c":
                _, style, size, text = it
                pdf.set_font("Helvetica", style, size)
                pdf.cell(0, size * 0.55, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "gap":
                pdf.ln(3)
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font("Helvetica", "B", 9.5)
                pdf.cell(0, 5.5, it[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                _, style, size, text = it
                pdf.set_font("Helvetica", style, size)
                pdf.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            elif kind == "table":
                _, rows, widths = it
                for i, row in enumerate(rows):
                    pdf.set_font("Helvetica", "B" if i == 0 or row[0] == "Total" else "", 8.5)
                    for j, (cell, w) in enumerate(zip(row, widths)):
                        assert pdf.get_string_width(cell) < w - 1.5, cell
                        pdf.cell(w, 5, cell, border="B", align="L" if j == 0 else "R")
                    pdf.ln(5)
                pdf.ln(2)
            assert pdf.get_y() < pdf.h - 12, "page overflow"

    pdf.add_page()
    render(ABS_P1)
    pdf.add_page()
    render(ABS_P2)
    pdf.output(path)


# ---------------------------------------------------------------- Chinese PDF
CUSTOMERS = [
    ("序号", "客户名称", "销售额（万元）", "占年度销售总额比例（%）"),
    ("1", "云岫算力控股有限公司（注1）", "186,420.55", "21.37"),
    ("2", "北京星枢云计算有限公司", "97,310.08", "11.16"),
    ("3", "客户三（注2）", "74,655.90", "8.56"),
    ("4", "杭州钱江算力运营有限公司（注3）", "58,902.17", "6.75"),
    ("5", "上海申弘智算科技有限公司", "41,288.64", "4.73"),
    ("", "合计", "458,577.34", "52.57"),
]
SUPPLIERS = [
    ("序号", "供应商名称", "采购额（万元）", "占年度采购总额比例（%）"),
    ("1", "Veridane Semiconductor Corp.（注4）", "233,806.12", "31.04"),
    ("2", "深圳华锐存储科技有限公司", "61,247.30", "8.13"),
    ("3", "无锡铂川电子有限公司", "38,512.66", "5.11"),
    ("4", "供应商四（注5）", "22,106.45", "2.93"),
    ("5", "供应商五（注5）", "19,870.02", "2.64"),
    ("", "合计", "375,542.55", "49.85"),
]
AR_P1 = [
    ("c", 8, "证券代码：688917 证券简称：澜拓信息"),
    ("c", 13, "上海澜拓信息技术股份有限公司"),
    ("c", 11, "2024年年度报告（节选）"),
    ("gap",),
    ("h", "第三节 管理层讨论与分析"),
    ("h2", "一、报告期内公司从事的主要业务"),
    ("p", 9, "本公司主要从事AI服务器、通用服务器及液冷整机柜的研发、生产和销售。"
             "报告期内，公司实现营业收入87.23亿元，同比增长64.18%。"
             "其中AI服务器实现收入61.05亿元，占营业收入的69.99%。"
             "归属于上市公司股东的净利润为5.12亿元，同比增长38.40%。"
             "报告期内，大模型训练及推理需求快速增长，算力租赁运营商和大模型企业成为公司AI服务器的主要客户。"),
    ("h2", "二、主要销售客户及主要供应商情况"),
    ("p", 9, "A. 公司主要销售客户情况。"
             "前五名客户销售额458,577.34万元，占年度销售总额52.57%。"
             "其中前五名客户销售额中关联方销售额58,902.17万元，占年度销售总额6.75%。"),
    ("table", CUSTOMERS, (12, 74, 40, 60)),
    ("p", 8, "注1：云岫算力控股有限公司为香港联交所上市公司，上表销售额包括对其全资子公司云岫数据科技（深圳）有限公司的销售。"
             "注2：根据与该客户签订的保密条款，客户名称不予披露。"
             "注3：杭州钱江算力运营有限公司系公司持股5%以上股东杭州钱江数字产业投资集团有限公司的全资子公司。"),
    ("p", 9, "B. 公司主要供应商情况。"
             "前五名供应商采购额375,542.55万元，占年度采购总额49.85%。"
             "其中前五名供应商采购额中关联方采购额0.00万元。"),
    ("table", SUPPLIERS, (12, 74, 40, 60)),
    ("p", 8, "注4：公司向Veridane Semiconductor Corp.的采购由全资子公司澜拓（香港）有限公司负责执行。"
             "注5：因保密协议约定，供应商名称不予披露。"),
    ("p", 9, "报告期内，公司GPU加速卡主要采购自Veridane Semiconductor Corp.，供应商集中度较高。"
             "若该供应商的供货周期、价格或出口管制政策发生重大变化，可能对公司的生产经营产生不利影响。"),
]

AR_P2 = [
    ("h", "第三节 管理层讨论与分析（续）"),
    ("h2", "三、主要控股参股公司分析"),
    ("p", 9, "报告期内，公司主要子公司经营情况稳定，不存在单个子公司净利润对公司净利润影响达到10%以上的情形。"
             "报告期内，公司未新增对外股权投资，亦未参与任何大模型企业的股权融资。"),
    ("h2", "四、核心竞争力及同行业比较"),
    ("p", 9, "公司在液冷整机柜和高密度GPU服务器领域具有先发优势。"
             "与同行业可比公司天津北辰计算设备股份有限公司相比，公司AI服务器毛利率高出约2.1个百分点。"
             "公司研发投入为4.36亿元，占营业收入的5.00%。"),
    ("h", "第六节 重要事项"),
    ("h2", "一、持股5%以上股东情况"),
    ("p", 9, "截至报告期末，杭州钱江数字产业投资集团有限公司（以下简称“钱江数投”）持有公司8.64%的股份。"
             "钱江数投合计持有公司股份4,862.50万股，均为无限售条件流通股。"
             "钱江数投为杭州市属国有资本投资运营平台，不参与公司日常经营管理。"),
    ("h2", "二、重大关联交易"),
    ("p", 9, "（一）与日常经营相关的关联交易。"
             "杭州钱江算力运营有限公司（以下简称“钱江算力运营”）为钱江数投的全资子公司，系公司关联法人。"
             "报告期内，公司向钱江算力运营销售AI服务器及液冷整机柜，关联交易金额为58,902.17万元。"
             "上述交易价格参照市场价格确定，已经公司股东大会审议通过。"),
    ("p", 9, "（二）关联担保情况。"
             "2024年3月，沪东农村商业银行股份有限公司（以下简称“沪东农商行”）向公司授予5亿元综合授信额度，期限三年。"
             "钱江数投为公司在沪东农商行的上述授信提供连带责任保证担保，公司未提供反担保。"
             "截至报告期末，公司在该授信项下的借款余额为3.20亿元。"),
    ("p", 9, "（三）其他。"
             "报告期内，公司不存在控股股东及其他关联方非经营性占用资金的情况。"
             "公司与关联方之间的交易均遵循公平、公正、公开的原则，不存在损害公司及中小股东利益的情形。"),
    ("h2", "三、风险提示"),
    ("p", 9, "客户集中度风险：公司前五名客户销售额占比超过50%，若主要客户采购计划发生变化，将对公司经营业绩产生较大影响。"
             "汇率风险：公司境外采购主要以美元结算，人民币汇率波动可能影响公司毛利率。"
             "本报告所涉及的未来计划、发展战略等前瞻性描述不构成公司对投资者的实质承诺。"),
]


def sentences(text):
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch == "。":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def build_ar(path, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(12, 14, 12)
    pdf.set_auto_page_break(False)
    pdf.add_font("sc", "", font_path)
    width = pdf.w - 24

    def line(text, size, h, align="L"):
        pdf.set_font("sc", "", size)
        assert pdf.get_string_width(text) <= width, (size, text)
        pdf.cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def render(items):
        for it in items:
            kind = it[0]
            if kind == "c":
                line(it[2], it[1], it[1] * 0.6, "C")
            elif kind == "gap":
                pdf.ln(3)
            elif kind == "h":
                pdf.ln(1.5)
                line(it[1], 10.5, 6.5)
            elif kind == "h2":
                line(it[1], 9.5, 6)
            elif kind == "p":
                size = it[1]
                pdf.set_font("sc", "", size)
                cur = ""
                for s in sentences(it[2]):
                    if cur and pdf.get_string_width(cur + s) > width:
                        line(cur, size, size * 0.55)
                        cur = s
                    else:
                        cur += s
                if cur:
                    line(cur, size, size * 0.55)
                pdf.ln(1.5)
            elif kind == "table":
                _, rows, widths = it
                pdf.set_font("sc", "", 8.5)
                for row in rows:
                    for j, (cell, w) in enumerate(zip(row, widths)):
                        assert pdf.get_string_width(cell) < w - 1.5, cell
                        pdf.cell(w, 5.2, cell, border=1, align="L" if j < 2 else "R")
                    pdf.ln(5.2)
                pdf.ln(2)
            assert pdf.get_y() < pdf.h - 12, "page overflow"

    pdf.add_page()
    render(AR_P1)
    pdf.add_page()
    render(AR_P2)
    pdf.output(path)


def all_text(items):
    parts = []
    for it in items:
        for x in it[1:]:
            if isinstance(x, str):
                parts.append(x)
            elif isinstance(x, list):
                parts.extend(c for row in x for c in row)
    return "".join(parts)


def main():
    build_abs(os.path.join(HERE, "02_kwgf_offering_memorandum.pdf"))
    text = all_text(AR_P1) + all_text(AR_P2)
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, "noto_sc_subset.ttf")
        make_cjk_ttf(text, font_path)
        build_ar(os.path.join(HERE, "05_lantuo_2024_annual_report.pdf"), font_path)
    print("built 02_kwgf_offering_memorandum.pdf and 05_lantuo_2024_annual_report.pdf")


if __name__ == "__main__":
    main()
