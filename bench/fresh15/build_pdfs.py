"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

- halcyon_20f_2025_excerpt.pdf      (English, 3 pages, DejaVu Sans)
- qingchuan_announcement_2025-047.pdf (Chinese, 2 pages, Noto Sans CJK SC subset
  converted to a TrueType-outline font with fontTools so that fpdf2 embeds it cleanly)

Each page's content is placed explicitly; the script fails if any block would
spill onto another page, so that the page numbers in links.jsonl stay valid.
"""
import os
import tempfile

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # Noto Sans CJK SC inside the collection

# ---------------------------------------------------------------------------
# Document 1: Halcyon Cloud Holdings Ltd. - Form 20-F excerpt
# ---------------------------------------------------------------------------
HALCYON_PAGES = [
    [
        ("title", "HALCYON CLOUD HOLDINGS LTD."),
        ("sub", "Annual Report on Form 20-F for the fiscal year ended December 31, 2025"),
        ("sub", "Excerpts from Items 4, 5 and 7 | Nasdaq Global Select Market: HCYN"),
        ("h", "Item 4.B Business Overview"),
        ("h2", "Customers"),
        ("p", "We sell GPU compute capacity to AI developers and enterprises under committed "
              "contracts with terms of one to five years, supplemented by on-demand capacity. "
              "Our revenue is concentrated among a small number of customers."),
        ("p", "Under a four-year master services agreement signed in February 2025, we provide "
              "Parallax Labs, Inc. with dedicated GPU clusters in our Oregon and Johor facilities "
              "for a total contract value of approximately $2.1 billion. Parallax Labs accounted "
              "for 31% of our revenue in 2025, and one other customer accounted for 14% of our revenue."),
        ("p", "We compete for these customers with hyperscale cloud providers such as Cobalt Systems "
              "Inc., as well as with specialized GPU clouds such as Veyra Cloud. Many of our "
              "competitors have substantially greater financial resources and a lower cost of "
              "capital than we do."),
        ("h2", "Suppliers"),
        ("p", "We depend on a limited number of suppliers for servers, networking equipment and "
              "data center capacity. All of the accelerators in our fleet are purchased as part of "
              "integrated server systems rather than directly from chip designers. Our principal "
              "suppliers in 2025 were:"),
        ("table", [60, 75, 39], [
            ["Supplier", "Products and services", "Purchases in 2025 (US$ millions)"],
            ["Qingchuan Technology Co., Ltd.", "GPU servers and rack integration", "1,386.2"],
            ["Tessellate Networks, Inc.", "Switching and optical interconnect", "126.4"],
            ["Ironbridge Data Centers, LLC", "Colocation and powered shell leases", "97.3"],
        ]),
        ("p", "Qingchuan Technology, which is listed on the STAR Market of the Shanghai Stock "
              "Exchange (688917), assembles our servers at its plant in Suzhou, China. We have no "
              "supply agreement with Corvane Micro, although we continue to evaluate its accelerators."),
    ],
    [
        ("h", "Item 5 Operating and Financial Review and Prospects"),
        ("h2", "Equity investments"),
        ("p", "We hold a 19.9% equity interest in Kairo Compute Exchange, Inc., an electronic "
              "marketplace for standardized GPU-hour contracts and compute futures. We account for "
              "this investment under the equity method; its carrying value was $64.0 million at "
              "December 31, 2025. We do not hold any interest in Spotline Compute, a competing "
              "marketplace."),
        ("h2", "Acquisition"),
        ("p", "In April 2025, we completed the acquisition of Brightfield Compute Pte. Ltd., a "
              "Singapore operator of liquid-cooled GPU halls, for total consideration of $240 million "
              "in cash and ordinary shares. Brightfield added 2,400 kW of operating capacity to our "
              "Asia-Pacific footprint."),
        ("h2", "Borrowings"),
        ("p", "GPU-backed term loan. On June 12, 2025, our wholly owned subsidiary Halcyon GPU "
              "Funding I LLC (the \"SPV\") entered into a $2.3 billion delayed-draw term loan facility "
              "with lenders led by Whitmore Capital Partners. The facility is secured by the GPU "
              "servers and customer contracts held by the SPV and bears interest at SOFR plus 5.75%. "
              "Pellham Trust Company acts as administrative agent and collateral agent for the "
              "lenders. Halcyon Cloud Holdings Ltd. has guaranteed the SPV's obligations under the "
              "facility. As of December 31, 2025, the SPV had drawn $1.6 billion."),
        ("p", "Revolving credit facility. We also maintain a $500 million senior secured revolving "
              "credit facility with Ostrander Bank N.A., which matures in September 2028. Borrowings "
              "under the revolving facility were $180 million at year end."),
        ("p", "Our weighted average cost of debt of 10.4% is considerably higher than that of Cobalt "
              "Systems, which has an investment-grade credit rating. Rising interest rates or a "
              "decline in the resale value of GPUs could make it more difficult for us to refinance "
              "these facilities on acceptable terms."),
    ],
    [
        ("h", "Item 7.B Related Party Transactions"),
        ("p", "Aurelian Semiconductor Corp. holds approximately 11.2% of our outstanding ordinary "
              "shares and is entitled to nominate one director to our board. In March 2025, Aurelian "
              "purchased 5,000,000 ordinary shares in our follow-on public offering for $150 million."),
        ("p", "We are party to a technical cooperation agreement with Aurelian under which Aurelian "
              "provides reference designs, early engineering samples and software support for our "
              "clusters; no fees are payable under this agreement. We did not purchase any products "
              "directly from Aurelian in 2025 or 2024. The director nominated by Aurelian abstains "
              "from board decisions on transactions in which Aurelian has an interest."),
        ("h", "Item 4.C Organizational Structure"),
        ("p", "The following table lists our significant subsidiaries as of December 31, 2025."),
        ("table", [90, 54, 30], [
            ["Name", "Jurisdiction", "Ownership"],
            ["Halcyon Cloud (Singapore) Pte. Ltd.", "Singapore", "100%"],
            ["Halcyon GPU Funding I LLC", "Delaware, United States", "100%"],
            ["Brightfield Compute Pte. Ltd.", "Singapore", "100%"],
        ]),
    ],
]

# ---------------------------------------------------------------------------
# Document 2: 擎川科技 公告
# ---------------------------------------------------------------------------
QC_PAGES = [
    [
        ("sub", "证券代码：688917    证券简称：擎川科技    公告编号：2025-047"),
        ("title", "擎川科技股份有限公司"),
        ("title", "关于对外投资、申请银行综合授信额度及2025年度日常关联交易预计的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
              "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h2", "重要内容提示："),
        ("p", "● 投资标的名称：东岚算力产业投资基金（有限合伙）、北京深言智能科技有限公司。"),
        ("p", "● 本次对深言智能增资构成与关联人共同投资的关联交易，已经公司第三届董事会第十二次会议审议通过，"
              "尚需提交公司股东大会审议。"),
        ("h", "一、对外投资概述"),
        ("h2", "（一）认购东岚算力基金份额"),
        ("p", "为把握智算基础设施产业发展机遇，擎川科技股份有限公司（以下简称“公司”）拟以自有资金2亿元"
              "认购东岚算力产业投资基金（有限合伙）（以下简称“东岚算力基金”）的有限合伙份额。"
              "东岚算力基金主要投资于智算中心、算力调度平台及上下游产业链企业，目标募集规模50亿元。"
              "东岚算力基金的普通合伙人及基金管理人为东岚国有资本投资运营集团有限公司（以下简称“东岚国投”）。"
              "本次认购完成后，东岚算力基金的出资结构如下（单位：亿元）："),
        ("table", [66, 48, 30, 30], [
            ["合伙人名称", "合伙人类型", "认缴出资额", "出资比例"],
            ["东岚国有资本投资运营集团有限公司", "普通合伙人、有限合伙人", "30.00", "60.00%"],
            ["擎川科技股份有限公司", "有限合伙人", "2.00", "4.00%"],
            ["其他有限合伙人（合计7名）", "有限合伙人", "18.00", "36.00%"],
            ["合计", "—", "50.00", "100.00%"],
        ]),
        ("h2", "（二）对深言智能增资"),
        ("p", "公司拟以自有资金1.5亿元对北京深言智能科技有限公司（以下简称“深言智能”）进行增资，"
              "增资完成后公司将持有深言智能3.75%的股权。深言智能成立于2022年，主要从事通用大模型的研发"
              "及商业化，其“深言”系列大模型已在金融、政务等领域落地。"
              "公司第一大股东东岚国投持有深言智能6.20%的股权，本次增资构成与关联人共同投资的关联交易。"
              "截至本公告披露日，东岚国投持有公司18.40%的股份，为公司第一大股东，公司无控股股东及实际控制人。"),
    ],
    [
        ("h", "二、申请银行综合授信额度"),
        ("p", "为满足生产经营及业务发展的资金需求，公司及全资子公司苏州擎川智算科技有限公司"
              "（以下简称“擎川智算”）拟向银行申请总额不超过15亿元的综合授信额度，具体情况如下（单位：亿元）："),
        ("table", [55, 69, 25, 25], [
            ["申请主体", "授信银行", "授信额度", "授信期限"],
            ["擎川科技股份有限公司", "江泰银行股份有限公司苏州分行", "8.00", "1年"],
            ["擎川科技股份有限公司", "华屿银行股份有限公司苏州分行", "5.00", "1年"],
            ["苏州擎川智算科技有限公司", "华屿银行股份有限公司苏州分行", "2.00", "3年"],
        ]),
        ("p", "公司拟为擎川智算上述2亿元授信提供连带责任保证担保，担保期限与授信期限一致。"
              "上述授信额度不等于公司实际融资金额，具体以银行实际审批为准。"),
        ("h", "三、2025年度日常关联交易预计"),
        ("h2", "（一）预计金额和类别（单位：万元）"),
        ("table", [38, 66, 35, 35], [
            ["关联交易类别", "关联人", "2025年预计金额", "2024年实际发生金额"],
            ["向关联人销售产品", "宁夏星衡智算科技股份有限公司", "60,000.00", "31,862.45"],
            ["向关联人采购原材料", "芯垣微电子（上海）股份有限公司", "25,000.00", "9,740.18"],
        ]),
        ("h2", "（二）关联人基本情况及关联关系"),
        ("p", "宁夏星衡智算科技股份有限公司（以下简称“星衡智算”）成立于2021年，主营业务为智算中心建设运营"
              "及算力租赁服务。星衡智算系公司董事陈立群担任董事的企业，根据《上海证券交易所科创板股票上市规则》，"
              "星衡智算为公司关联人。"),
        ("p", "芯垣微电子（上海）股份有限公司（以下简称“芯垣微”）主要从事AI加速芯片的研发与销售。"
              "公司董事刘正同时担任芯垣微董事，芯垣微为公司关联人。"),
        ("h2", "（三）定价政策和定价依据"),
        ("p", "公司向星衡智算销售GPU服务器的价格参照市场价格确定，与公司向其他客户（包括境外客户Halcyon）"
              "销售同类产品的价格不存在重大差异。"),
        ("h", "四、风险提示及其他说明"),
        ("p", "公司所处AI服务器行业竞争激烈，云枢信息、华钧计算等竞争对手均在扩充产能，公司存在毛利率下降的风险。"
              "除本公告所述事项外，公司目前暂无对星衡智算进行股权投资的计划。"),
        ("p", "特此公告。"),
        ("right", "擎川科技股份有限公司董事会"),
        ("right", "2025年10月30日"),
    ],
]


def _cjk_font(text):
    """Subset Noto Sans CJK SC to the characters used and convert CFF outlines to TrueType."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTCollection, TTFont, newTable

    tmp = tempfile.mkdtemp()
    otf = os.path.join(tmp, "sc.otf")
    TTCollection(CJK_TTC).fonts[CJK_SC_INDEX].save(otf)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    font = subset.load_font(otf, opts)
    sub = subset.Subsetter(opts)
    chars = set(text) | set("0123456789.,:;%()-—（）：；，。、“”《》● ") | {chr(c) for c in range(32, 127)}
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    sub_otf = os.path.join(tmp, "sc_sub.otf")
    font.save(sub_otf)
    font = TTFont(sub_otf)

    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    gs = font.getGlyphSet()
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
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
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"
    ttf = os.path.join(tmp, "sc_sub.ttf")
    font.save(ttf)
    return ttf


def _all_text(pages):
    out = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    out.extend(row)
            else:
                out.append(block[1])
    return "".join(out)


def render(pages, path, regular, bold, size, line_h, title_size):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(18, 18, 18)
    pdf.add_font("body", "", regular)
    pdf.add_font("body", "B", bold)
    for expected, page in enumerate(pages, start=1):
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("body", "B", title_size)
                pdf.multi_cell(0, line_h + 2, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("body", "", size - 1)
                pdf.multi_cell(0, line_h, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("body", "B", size + 1)
                pdf.multi_cell(0, line_h + 1, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.set_font("body", "B", size)
                pdf.multi_cell(0, line_h, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("body", "", size)
                pdf.multi_cell(0, line_h, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "right":
                pdf.set_font("body", "", size)
                pdf.multi_cell(0, line_h, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "table":
                pdf.set_font("body", "", size - 0.5)
                widths, rows = block[1], block[2]
                with pdf.table(col_widths=widths, width=sum(widths), text_align="LEFT",
                               line_height=line_h, first_row_as_headings=True,
                               headings_style=FontFace(emphasis="BOLD")) as table:
                    for row in rows:
                        r = table.row()
                        for cell in row:
                            r.cell(cell)
                pdf.ln(2)
            else:
                raise ValueError(kind)
            if pdf.page != expected:
                raise SystemExit(f"{path}: block {block[1]!r:.40} spilled onto page {pdf.page}")
    pdf.output(path)
    print("wrote", path, "pages:", pdf.page)


def main():
    render(HALCYON_PAGES, os.path.join(HERE, "halcyon_20f_2025_excerpt.pdf"),
           DEJAVU, DEJAVU_B, size=9.5, line_h=5, title_size=13)
    ttf = _cjk_font(_all_text(QC_PAGES))
    render(QC_PAGES, os.path.join(HERE, "qingchuan_announcement_2025-047.pdf"),
           ttf, ttf, size=10, line_h=6, title_size=13)


if __name__ == "__main__":
    main()
