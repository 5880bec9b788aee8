"""Build the PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

The CJK font is a subset of Noto Sans CJK (from the system .ttc) converted from CFF
to TrueType outlines with fontTools, so that fpdf2 embeds it with a proper ToUnicode map.
Chinese sentences are placed one per line (and checked to fit on one line) so that the
pypdf page text never breaks inside a sentence.  Table cells after the first carry a
leading space so the extracted row reads as the cells joined by spaces.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TTC_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def make_ttf(ttc, text, out, idx=2):
    """Subset face `idx` of a Noto CJK collection to `text` and save it as a glyf TTF."""
    coll = TTCollection(ttc)
    tmp = out + ".tmp.otf"
    coll.fonts[idx].save(tmp)
    ft = TTFont(tmp)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    ss = subset.Subsetter(opts)
    ss.populate(text=text + "".join(chr(c) for c in range(32, 127)))
    ss.subset(ft)
    gs = ft.getGlyphSet()
    order = ft.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    ft["glyf"] = glyf
    ft["loca"] = newTable("loca")
    del ft["CFF "]
    if "VORG" in ft:
        del ft["VORG"]
    maxp = ft["maxp"]
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    ft["head"].indexToLocFormat = 0
    ft["head"].glyphDataFormat = 0
    ft["post"].formatType = 2.0
    ft["post"].extraNames = []
    ft["post"].mapping = {}
    ft.sfntVersion = "\x00\x01\x00\x00"
    ft.save(out)
    os.remove(tmp)


# ---------------------------------------------------------------------------
# Document 1: Helixion Compute Inc. annual report excerpt (English)
# Blocks: ("title", t) ("h", t) ("p", t) ("note", t)
# ---------------------------------------------------------------------------
DOC1 = [
    [  # page 1
        ("title", "HELIXION COMPUTE INC."),
        ("sub", "Annual Report 2025 (Form 10-K) - Selected Excerpts"),
        ("sub", "Class A common stock listed on the Nasdaq Global Select Market under the symbol HLXC"),
        ("h", "Item 1. Business"),
        ("h2", "Overview"),
        ("p", "Helixion Compute Inc. (\"Helixion\", the \"Company\", \"we\", \"our\" or \"us\") builds and "
              "operates large GPU clusters that we rent to AI developers on reserved and on-demand terms. "
              "At 31 December 2025 we operated approximately 118,000 accelerators across six sites in the "
              "United States and Norway, with 410 MW of contracted critical IT load."),
        ("p", "Our Nordic sites are operated through local subsidiaries. In October 2025 we completed the "
              "acquisition of Fjordline Compute AS, an operator of a 40 MW hydro-powered facility in "
              "northern Norway, for $95 million in cash. Fjordline's results are consolidated from the "
              "closing date."),
        ("h2", "Customers"),
        ("p", "Our customer base is concentrated. Orrery Labs, Inc. accounted for 31% of our revenue in 2025 "
              "under a multi-year reserved capacity agreement for frontier training clusters. One other "
              "customer accounted for 11% of revenue, and no other customer exceeded 10%."),
        ("p", "We also sold short-term surplus capacity to Ardent Compute Exchange, which resells GPU-hours "
              "to third parties; these sales totalled $86 million in 2025. We expect such sales to decline "
              "as a share of revenue as reserved contracts ramp."),
        ("h2", "Competition"),
        ("p", "The market for AI compute is intensely competitive. We compete for customers with Nimbara "
              "Cloud and other hyperscale providers, as well as with neoclouds such as Stratus Forge. Many "
              "of these competitors have greater financial resources and lower costs of capital than we do."),
    ],
    [  # page 2
        ("h2", "Suppliers and facilities"),
        ("p", "We purchased substantially all of our accelerators in 2025 from Vantor Semiconductor "
              "Corporation (\"Vantor\"), with purchases totalling $2.14 billion. Our 2024 letter of intent "
              "to buy accelerators from Quillon Microdevices was terminated in January 2025, and no orders "
              "were placed under it. Any disruption in Vantor's supply would materially affect our growth."),
        ("p", "Optical transceivers for our cluster fabrics are sourced mainly from Xingheng "
              "Optoelectronics Co., Ltd. (\u661f\u8861\u5149\u7535), a Shanghai-listed module maker. "
              "Rack integration is performed by several contract manufacturers."),
        ("p", "Our largest planned campus, Ashby Ridge, is leased from Meridian Digital Infrastructure under "
              "a 15-year powered-shell lease with annual base rent of approximately $310 million once all "
              "300 MW are delivered. We are responsible for fit-out, and power costs are passed through to "
              "us at cost."),
        ("h", "Item 7. Management's Discussion and Analysis - Liquidity and Capital Resources"),
        ("h2", "GPU-backed term loan"),
        ("p", "Helixion Compute Finance I LLC (\"HCF I\") is a wholly owned special-purpose subsidiary of "
              "the Company formed to hold financed accelerators and the related customer contracts. In "
              "March 2025, HCF I borrowed $1.6 billion under a term loan from Northgate Bank plc, secured "
              "by approximately 41,000 accelerators. Carver Trust Company acts as administrative agent and "
              "collateral agent under the HCF I facility and has no lending commitment. The Company has "
              "provided a parent guarantee of HCF I's obligations to Northgate."),
        ("p", "The loan amortises over 48 months in line with the expected useful life of the collateral, "
              "and HCF I must maintain a loan-to-value ratio below 70%, tested quarterly against an "
              "independent appraisal of the accelerators."),
    ],
    [  # page 3
        ("h2", "Delayed-draw term loan"),
        ("p", "On 14 August 2025 the Company entered into a $450 million senior secured delayed-draw term "
              "loan with Tallis Credit Partners LP (\"Tallis\") as lender. At year-end, $300 million had "
              "been drawn. Borrowings bear interest at SOFR plus 6.25% and mature in August 2029."),
        ("h2", "Equity"),
        ("p", "In June 2025, Qirat Sovereign Holdings purchased 14.2 million newly issued Class A shares in "
              "a private placement for $610 million. The proceeds funded deposits on accelerators for our "
              "2026 deployments."),
        ("p", "Vantor remains our largest outside shareholder, holding approximately 9.8% of our Class A "
              "common stock at 31 December 2025. Vantor has no board representation and no contractual "
              "right to acquire additional shares."),
        ("h", "Item 1A. Risk Factors (extract)"),
        ("p", "Our share price may be volatile and may respond to speculation about strategic transactions. "
              "Press reports in 2025 suggested that Nimbara Cloud had considered an offer for the Company; "
              "we have received no proposal from Nimbara. We cannot predict how such reports will affect "
              "the trading price of our Class A common stock."),
        ("p", "A significant portion of our indebtedness is secured by accelerators whose market value may "
              "fall faster than the amortisation of the related loans, which could require us to post "
              "additional collateral or repay borrowings early."),
    ],
]

# ---------------------------------------------------------------------------
# Document 5: 星衡光电 2025 年年度报告（节选）(Simplified Chinese)
# Blocks: ("title", t) ("h", t) ("s", sentence, one line) ("row", cells, widths)
# ---------------------------------------------------------------------------
DOC5 = [
    [  # page 1
        ("title", "星衡光电科技股份有限公司 2025年年度报告（节选）"),
        ("s", "证券代码：688317　　证券简称：星衡光电　　公告编号：2026-009"),
        ("h", "第二节 公司简介和主要财务指标"),
        ("s", "公司的中文名称：星衡光电科技股份有限公司"),
        ("s", "公司的外文名称：Xingheng Optoelectronics Co., Ltd."),
        ("s", "股票上市交易所：上海证券交易所科创板"),
        ("h", "第三节 管理层讨论与分析"),
        ("s", "报告期内，公司实现营业收入68.02亿元，同比增长74.6%。"),
        ("s", "800G及1.6T高速光模块收入占营业收入的比例达到71%。"),
        ("s", "受海外云服务商及智算中心建设需求拉动，公司订单保持饱满。"),
        ("h", "（一）前五名客户销售情况"),
        ("s", "单位：万元　币种：人民币"),
        ("row", ["序号", "客户名称", "销售额", "占年度销售总额比例"], [14, 86, 36, 44]),
        ("row", ["1", "Nimbara Cloud, Inc.（宁巴拉云）", "186,420.55", "27.41%"], [14, 86, 36, 44]),
        ("row", ["2", "Helixion Compute Inc.（赫力森算力）", "92,318.07", "13.57%"], [14, 86, 36, 44]),
        ("row", ["3", "客户三", "54,210.33", "7.97%"], [14, 86, 36, 44]),
        ("row", ["4", "华穹算力科技股份有限公司", "31,866.40", "4.69%"], [14, 86, 36, 44]),
        ("row", ["5", "客户五", "22,905.18", "3.37%"], [14, 86, 36, 44]),
        ("row", ["合计", "/", "387,720.53", "57.01%"], [14, 86, 36, 44]),
        ("s", "前五名客户中不存在公司关联方。"),
        ("s", "公司与宁巴拉云于2025年9月签署1.6T线性驱动可插拔光模块联合开发协议。"),
    ],
    [  # page 2
        ("h", "（二）主要供应商情况"),
        ("s", "公司主要原材料包括光芯片、电芯片、光学元件及PCB等。"),
        ("s", "苏州芯澜光子科技有限公司（以下简称“芯澜光子”）为公司参股公司。"),
        ("s", "报告期内，公司向芯澜光子采购硅光芯片及EML激光器芯片合计4.86亿元。"),
        ("s", "报告期内，公司前五名供应商采购额占年度采购总额的46.20%。"),
        ("h", "（三）主要参股公司情况"),
        ("s", "单位：万元　币种：人民币"),
        ("row", ["公司名称", "主要业务", "持股比例", "期末账面价值"], [82, 42, 26, 30]),
        ("row", ["苏州芯澜光子科技有限公司", "硅光芯片研发", "18.00%", "21,600.00"], [82, 42, 26, 30]),
        ("row", ["国衡集成电路产业投资基金（有限合伙）", "集成电路产业投资", "1.85%", "50,000.00"], [82, 42, 26, 30]),
        ("s", "公司作为有限合伙人参与国衡基金，不参与其日常投资决策。"),
        ("s", "公司未向国衡基金投资决策委员会委派成员。"),
        ("h", "（四）行业竞争格局"),
        ("s", "公司在高速光模块领域的主要竞争对手包括Kestrel Photonics及旭晖通信等。"),
        ("s", "据行业机构统计，公司800G光模块出货量全球排名第三，仅次于旭晖通信。"),
    ],
    [  # page 3
        ("h", "（五）主要控股子公司情况"),
        ("row", ["公司名称", "持股比例", "主要业务"], [96, 30, 54]),
        ("row", ["星衡光电（香港）有限公司", "100%", "海外销售及采购"], [96, 30, 54]),
        ("row", ["成都星衡光器件有限公司", "100%", "光器件制造"], [96, 30, 54]),
        ("h", "（六）融资及担保情况"),
        ("s", "成都星衡光器件有限公司（以下简称“成都星衡”）为公司全资子公司。"),
        ("s", "成都星衡于2025年6月获得沣川银行股份有限公司成都分行3亿元综合授信。"),
        ("s", "公司为成都星衡上述授信提供连带责任保证，截至报告期末担保余额为1.2亿元。"),
        ("s", "除上述担保外，公司不存在其他对外担保事项。"),
        ("h", "（七）未来发展展望"),
        ("s", "2026年，公司将加快1.6T光模块及硅光方案的量产爬坡。"),
        ("s", "公司计划在马来西亚建设海外生产基地，以满足海外客户的交付需求。"),
    ],
]


class Doc(FPDF):
    def __init__(self, footer_text, font):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.font_name = font
        self.set_auto_page_break(False)
        self.set_margins(15, 15, 15)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.font_name, "", 8)
        self.cell(0, 5, f"{self.footer_text} | {self.page_no()}", align="C")


def collect_text(doc):
    out = []
    for page in doc:
        for b in page:
            if b[0] == "row":
                out.extend(b[1])
            else:
                out.append(b[1])
    return "".join(out)


def render(doc, path, footer, font_reg, font_bold, cjk_lines):
    pdf = Doc(footer, "reg")
    pdf.add_font("reg", "", font_reg)
    pdf.add_font("reg", "B", font_bold)
    for page in doc:
        pdf.add_page()
        for b in page:
            kind = b[0]
            if kind == "title":
                pdf.set_font("reg", "B", 15)
                pdf.multi_cell(0, 8, b[1], new_x="LMARGIN", new_y="NEXT", align="L")
                pdf.ln(1)
            elif kind == "sub":
                pdf.set_font("reg", "", 9)
                pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT", align="L")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("reg", "B", 11.5)
                pdf.multi_cell(0, 6.5, b[1], new_x="LMARGIN", new_y="NEXT", align="L")
                pdf.ln(1)
            elif kind == "h2":
                pdf.set_font("reg", "B", 10.5)
                pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT", align="L")
            elif kind == "p":
                pdf.set_font("reg", "", 10)
                pdf.multi_cell(0, 5.2, b[1], new_x="LMARGIN", new_y="NEXT", align="L")
                pdf.ln(2)
            elif kind == "s":
                pdf.set_font("reg", "", 10)
                if cjk_lines and pdf.get_string_width(b[1]) > pdf.epw:
                    raise SystemExit(f"sentence too long for one line: {b[1]}")
                pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT", align="L")
            elif kind == "row":
                pdf.set_font("reg", "", 9.5)
                cells, widths = b[1], b[2]
                for i, (c, w) in enumerate(zip(cells, widths)):
                    if pdf.get_string_width(c) > w - 2:
                        raise SystemExit(f"cell too wide: {c}")
                    pdf.cell(w, 7, ("" if i == 0 else " ") + c, border=1)
                pdf.ln()
            if pdf.get_y() > 280:
                raise SystemExit(f"page overflow in {path}")
    pdf.output(path)


def main():
    tmpdir = tempfile.mkdtemp()
    # Document 1 (English, with a few CJK characters): Noto Sans CJK SC covers Latin too.
    t1 = collect_text(DOC1) + "Helixion Compute Inc. | Annual Report 2025 | 0123456789"
    r1, b1 = os.path.join(tmpdir, "d1r.ttf"), os.path.join(tmpdir, "d1b.ttf")
    make_ttf(TTC, t1, r1)
    make_ttf(TTC_BOLD, t1, b1)
    render(DOC1, os.path.join(HERE, "01_helixion_annual_report_2025.pdf"),
           "Helixion Compute Inc. | Annual Report 2025", r1, b1, False)
    # Document 5 (Simplified Chinese)
    t5 = collect_text(DOC5) + "星衡光电科技股份有限公司 2025年年度报告 0123456789"
    r5, b5 = os.path.join(tmpdir, "d5r.ttf"), os.path.join(tmpdir, "d5b.ttf")
    make_ttf(TTC, t5, r5)
    make_ttf(TTC_BOLD, t5, b5)
    render(DOC5, os.path.join(HERE, "05_xingheng_annual_report_2025.pdf"),
           "星衡光电科技股份有限公司 2025年年度报告", r5, b5, True)
    print("built 2 PDFs")


if __name__ == "__main__":
    main()
