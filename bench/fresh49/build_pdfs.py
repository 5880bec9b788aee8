"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 04_kirisame_annual_report_excerpt.pdf: English, DejaVu Sans (system TrueType font).
- 07_hanzhou_broker_note.pdf: Simplified Chinese. Noto Sans CJK SC (index 2 of the system .ttc)
  is subset to the characters used and converted from CFF to TrueType outlines with fontTools in a
  temporary directory (fpdf2 + pypdf extract CFF CJK text with spurious spaces otherwise). The
  temporary font is deleted after the build. Chinese paragraphs are broken into lines only after
  "。" (every sentence must fit on one line; the script asserts this), so quotes match pypdf text.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NOTO_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------------------------
# 04 Kirisame Glassworks annual securities report (English translation, excerpt)
# ---------------------------------------------------------------------------------------------
KIRISAME = [
    [  # page 1
        ("title", "Kirisame Glassworks K.K."),
        ("sub", "Annual Securities Report for the Fiscal Year Ended December 31, 2025 "
                "(English Translation of Selected Sections)"),
        ("sub", "Securities Code: 5387 (Prime Market, Tokyo Stock Exchange) | Filed with the "
                "Director-General of the Kanto Local Finance Bureau on March 26, 2026"),
        ("p", "This document is an English translation of selected sections of the Japanese-"
              "language Annual Securities Report (Yukashoken Hokokusho). In the event of any "
              "discrepancy, the Japanese original shall prevail. Amounts are rounded down to the "
              "nearest million yen unless otherwise indicated."),
        ("h", "Part I. Information on the Company"),
        ("h2", "1. Description of Business"),
        ("p", "Kirisame Glassworks K.K. (the \"Company\") and its consolidated subsidiaries (together, "
              "the \"Group\") manufacture specialty glass for display, optical and semiconductor "
              "applications. Since fiscal 2023 the Group has concentrated its capital expenditure on "
              "glass core panels and glass interposers used in the packaging of high-bandwidth memory "
              "and AI accelerators, which accounted for 46.8% of consolidated net sales in the fiscal "
              "year under review, up from 29.1% in the previous fiscal year."),
        ("p", "In February 2025, the Company concluded a capacity reservation agreement with "
              "Quillfeather Compute, Inc., under which the Company will supply glass core panels from "
              "its Yokkaichi No. 2 plant and Quillfeather has paid an advance of JPY 31.0 billion. The "
              "advance is recorded as contract liabilities and will be applied against deliveries "
              "from fiscal 2026 through fiscal 2028."),
        ("p", "The Company competes with Hoshizora Glass Co., Ltd. and Velmont Spezialglas AG in glass "
              "core panels, and with several organic substrate manufacturers in the broader "
              "packaging-substrate market."),
        ("h2", "2. Principal Customers"),
        ("p", "Customers accounting for 10% or more of consolidated net sales were as follows:"),
        ("table", (78, 52, 40), [
            ("Customer", "Net sales (FY2025)", "Share of net sales"),
            ("Cheongmyo Semitech Co., Ltd.", "JPY 18,442 million", "21.7%"),
            ("Quillfeather Compute, Inc.", "JPY 9,120 million", "10.7%"),
        ]),
        ("note", "Note: Sales to Quillfeather Compute, Inc. in FY2025 consisted of qualification lots "
                 "and are separate from the advance described above."),
    ],
    [  # page 2
        ("h2", "3. Status of Affiliated Companies (principal consolidated subsidiaries)"),
        ("table", (70, 38, 30, 32), [
            ("Name", "Location", "Capital", "Voting rights"),
            ("Kirisame Glassworks (Taiwan) Co., Ltd.", "Hsinchu, Taiwan", "NTD 600 million", "100.0%"),
            ("Tobira Silica Co., Ltd.", "Niigata, Japan", "JPY 480 million", "100.0%"),
        ]),
        ("h2", "4. Acquisition of Tobira Silica"),
        ("p", "On May 20, 2025, the Company acquired all of the outstanding shares of Tobira Silica Co., "
              "Ltd., a producer of high-purity fused silica, for a cash consideration of JPY 9.4 "
              "billion. Following the acquisition, Tobira Silica Co., Ltd. became a consolidated "
              "subsidiary of the Company. Goodwill of JPY 2,118 million was recognised and is being "
              "amortised over ten years."),
        ("h2", "5. Major Shareholders (as of December 31, 2025)"),
        ("table", (82, 44, 44), [
            ("Name", "Shares held (thousands)", "Ownership ratio"),
            ("Asahina Kenji", "5,460", "8.91%"),
            ("Cheongmyo Semitech Co., Ltd.", "4,180", "6.82%"),
            ("Kirisame Employees' Shareholding Association", "1,226", "2.00%"),
        ]),
        ("note", "Note: Ownership ratio is calculated excluding 418 thousand shares of treasury stock."),
        ("h2", "6. Specified Investment Shares"),
        ("table", (70, 34, 30, 36), [
            ("Issuer", "Shares", "Carrying amount", "Purpose of holding"),
            ("Yehfeng Substrate Corporation", "9,860,000", "JPY 12,710 million", "Business alliance"),
        ]),
        ("p", "The Company reviews each specified investment annually at the Board of Directors and "
              "reduces holdings whose rationale is no longer supported by the business relationship or "
              "by the return on capital."),
    ],
    [  # page 3
        ("h2", "7. Borrowings and Financing"),
        ("p", "The Company borrowed JPY 18.0 billion from Mizunara Trust Bank, Ltd. under a seven-year "
              "term loan to finance the glass core line at Yokkaichi. The loan carries a fixed rate of "
              "1.18% and is subject to a net-leverage covenant."),
        ("table", (86, 42, 42), [
            ("Category", "FY2024 (JPY million)", "FY2025 (JPY million)"),
            ("Short-term borrowings", "6,500", "4,000"),
            ("Long-term borrowings (incl. current portion)", "21,300", "39,300"),
            ("Total", "27,800", "43,300"),
        ]),
        ("h2", "8. Procurement and Principal Suppliers"),
        ("p", "The principal supplier of boron and alkaline-earth raw materials is Kozue Chemical "
              "Industries, Ltd., which accounted for approximately 34% of raw material purchases. "
              "Following the acquisition of Tobira Silica, the Group now sources most of its fused "
              "silica internally."),
        ("h2", "9. Research and Development"),
        ("p", "The Company and Veridane Photonics, Inc. have entered into a joint development agreement "
              "for glass optical waveguides embedded in co-packaged optics substrates. Research and "
              "development expenses for the fiscal year were JPY 7,842 million, or 9.2% of net sales."),
        ("h2", "10. Business Risks"),
        ("p", "Should Cheongmyo Semitech Co., Ltd. or Quillfeather Compute, Inc. reduce their orders, "
              "the Group's results could be materially affected, because the two customers together "
              "represent roughly one third of net sales. According to industry estimates, Kirisame's "
              "share of the glass core panel market was approximately 28% in 2025, behind Hoshizora "
              "Glass Co., Ltd. at approximately 41%."),
        ("p", "The glass core market is at an early stage, and the timing of volume adoption depends on "
              "the qualification schedules of accelerator designers and their substrate partners. "
              "Delays in qualification could leave capacity at Yokkaichi underutilised."),
        ("h2", "Cautionary Statement"),
        ("p", "Forward-looking statements in this report reflect management's judgement as of the "
              "filing date and involve risks and uncertainties, including exchange-rate fluctuations, "
              "energy prices, customer demand and technological change. Actual results may differ "
              "materially from those expressed or implied."),
    ],
]

# ---------------------------------------------------------------------------------------------
# 07 Hanzhou Securities broker note (Simplified Chinese)
# ---------------------------------------------------------------------------------------------
HANZHOU = [
    [  # page 1
        ("title", "瀚舟证券研究所｜电子行业深度报告"),
        ("sub", "2025年11月24日　证券研究报告　行业评级：增持（维持）"),
        ("h", "AI算力供应链跟踪：存储与光互联进入预付款锁产能时代"),
        ("sub", "首次覆盖岷江存储（688629.SH），给予买入评级，目标价46.80元"),
        ("sub", "分析师：顾清和（SAC执业证书编号：S0720523110004）　联系人：卢一帆"),
        ("h2", "核心观点"),
        ("p", "全球AI加速器出货持续超预期，上游供给明显偏紧。"
              "HBM、先进封装基板与高速光模块是当前最紧缺的三个环节。"
              "加速器设计公司与云厂商正通过预付款、产能预留及股权投资锁定供给。"
              "海外方面，青苗半导体向Quillfeather供应HBM4，合同金额约2.87万亿韩元。"
              "国内方面，岷江存储的HBM3E已通过星衡智算验证并实现批量出货。"),
        ("h2", "投资要点"),
        ("p", "一、大客户锁定产能。"
              "岷江存储与星衡智算签订HBM3E长期供货协议，金额约38.6亿元。"
              "星衡智算已向公司预付12亿元，用于锁定2026年产能。"),
        ("p", "二、股东实力增强。"
              "沧澜产业基金以15亿元认购岷江存储本次定增股份。"
              "募集资金将主要用于HBM4研发及产线扩建。"),
        ("p", "三、封装环节自主可控。"
              "岷江存储拟向全资子公司岷江先进封装增资20亿元。"
              "岷江先进封装为岷江存储持股100%的子公司，负责TSV与混合键合。"
              "岷江存储的HBM封装基板主要由珠海兴澈基板科技有限公司供应。"),
        ("h2", "盈利预测"),
        ("table", (45, 33, 33, 33, 33), [
            ("指标", "2024A", "2025E", "2026E", "2027E"),
            ("营业收入（亿元）", "86.4", "128.7", "203.5", "287.9"),
            ("归母净利润（亿元）", "-12.3", "3.8", "21.6", "39.4"),
            ("每股收益（元）", "-0.29", "0.09", "0.51", "0.93"),
            ("市盈率（倍）", "—", "412", "73", "40"),
        ]),
    ],
    [  # page 2
        ("h", "一、岷江存储：HBM国产化的核心标的"),
        ("p", "HBM国产替代空间广阔。"
              "我们测算2026年国内AI芯片对HBM的需求约为38亿GB。"
              "目前国内自给率不足一成，进口替代空间巨大。"),
        ("p", "良率仍是主要瓶颈。"
              "岷江存储HBM3E良率约65%，仍低于青苗半导体与庆安存储。"
              "随着混合键合设备到位，我们预计2026年末良率有望提升至80%。"
              "我们预计2026年公司HBM收入占比将提升至31%。"),
        ("p", "HBM4进入定义期，技术路线分化。"
              "HBM4的基础裸片将更多采用逻辑工艺制造，存储厂商与晶圆代工的协同更为紧密。"
              "12层及16层堆叠对键合精度与散热提出更高要求，混合键合渗透率有望提升。"
              "我们预计2027年全球HBM市场规模将超过千亿美元。"),
        ("p", "客户结构有待多元化。"
              "星衡智算为国内头部AI芯片设计企业。"
              "市场传闻岷江存储将向哈罗盖特供货，公司尚未确认。"
              "我们的盈利预测未包含任何海外云厂商订单。"),
        ("h", "二、光互联：1.6T放量与CPO导入"),
        ("p", "光模块方面，澜光通信向哈罗盖特供应800G及1.6T光模块，合同金额约4.62亿美元。"
              "硅岭光电为澜光通信供应硅光调制器芯片。"
              "星衡智算与澜光通信联合开发CPO交换方案，预计2026年送样。"),
        ("p", "海外CPO龙头Veridane本季度营收同比增长58%。"
              "Veridane与Tellridge在1.6T市场合计份额超过五成。"
              "我们认为国内厂商在可插拔光模块领域仍具成本优势。"),
        ("h", "三、载板：ABF紧缺延续，玻璃基板蓄势"),
        ("p", "ABF载板供需缺口预计持续至2027年。"
              "载板环节可关注烨锋载板与昶晟电子。"
              "玻璃核心基板预计2027年起进入小批量导入阶段。"),
    ],
    [  # page 3
        ("h", "四、估值与评级"),
        ("p", "我们选取青苗半导体、庆安存储作为海外可比公司。"
              "考虑到国产HBM的稀缺性，我们给予岷江存储2026年90倍市盈率。"
              "对应目标价46.80元，首次覆盖给予买入评级。"),
        ("table", (50, 35, 35, 35, 25), [
            ("可比公司", "市值（亿元）", "2025E PE", "2026E PE", "评级"),
            ("青苗半导体", "6,842", "14.2", "9.8", "未评级"),
            ("庆安存储", "4,907", "16.5", "11.3", "未评级"),
            ("岷江存储", "1,563", "412", "73", "买入"),
        ]),
        ("p", "我们看好存储与光互联环节在本轮AI资本开支周期中的议价能力。"
              "预付款与产能预留协议提高了上游厂商的收入能见度，也降低了扩产的资金压力。"
              "但需注意，预付款通常附带最低采购量与违约条款，若下游需求回落，双方均可能承压。"
              "我们建议重点关注具备大客户绑定与技术领先优势的厂商。"
              "同时关注玻璃基板、CPO等新技术导入带来的格局变化。"),
        ("h2", "风险提示"),
        ("p", "下游AI资本开支不及预期。"
              "HBM良率爬坡不及预期。"
              "海外出口管制政策变化导致设备交付延迟。"
              "行业竞争加剧导致价格下滑。"),
        ("h2", "免责声明"),
        ("p", "本报告由瀚舟证券股份有限公司研究所制作，仅供本公司客户参考。"
              "本报告基于公开信息编制，本公司不保证其准确性或完整性。"
              "本报告中的观点、预测仅反映报告发布日的判断，可能随时变更。"
              "投资者应自主作出投资决策并自行承担投资风险。"
              "市场有风险，投资需谨慎。"),
    ],
]


def otf_to_ttf(font):
    """Replace CFF outlines by quadratic TrueType outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, path):
    font = TTCollection(NOTO_TTC).fonts[2]  # Noto Sans CJK SC
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "".join(chr(c) for c in range(32, 127)))
    sub.subset(font)
    otf_to_ttf(font)
    font.save(path)


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


class Doc(FPDF):
    def __init__(self, footer_text, font, font_files):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.fnt = font
        for style, fname in font_files.items():
            self.add_font(font, style=style, fname=fname)
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(False)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.fnt, size=7)
        self.cell(0, 5, f"{self.footer_text} {self.page_no()}", align="C")


def cjk_lines(pdf, text, width):
    """Pack whole sentences (ending with 。) into lines; never break inside a sentence."""
    sentences, cur = [], ""
    for ch in text:
        cur += ch
        if ch == "。":
            sentences.append(cur)
            cur = ""
    if cur:
        sentences.append(cur)
    lines, line = [], ""
    for s in sentences:
        if pdf.get_string_width(s) > width:
            raise SystemExit(f"sentence too wide for one line: {s}")
        if pdf.get_string_width(line + s) <= width:
            line += s
        else:
            lines.append(line)
            line = s
    if line:
        lines.append(line)
    return lines


def render(pages, out, font, font_files, cjk, footer_text):
    bold = "B" in font_files
    pdf = Doc(footer_text, font, font_files)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    sizes = {"title": 14, "sub": 8.5, "h": 11.5, "h2": 10, "p": 9.5 if cjk else 9, "note": 7.5}
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "table":
                pdf.set_font(font, size=8.5)
                with pdf.table(col_widths=block[1], width=sum(block[1]), align="LEFT",
                               line_height=5.5, first_row_as_headings=True) as table:
                    for row in block[2]:
                        r = table.row()
                        for cell in row:
                            r.cell(cell)
                pdf.ln(2)
                continue
            text = block[1]
            size = sizes[kind]
            style = "B" if (kind in ("title", "h", "h2") and bold) else ""
            pdf.set_font(font, style=style, size=size)
            lh = size * 0.55
            if cjk:
                for line in cjk_lines(pdf, text, width):
                    pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5 if kind != "p" else 2)
            if pdf.get_y() > pdf.h - 20:
                raise SystemExit(f"page overflow in {out}")
    pdf.output(os.path.join(HERE, out))


def main():
    render(KIRISAME, "04_kirisame_annual_report_excerpt.pdf", "dv", {"": DEJAVU, "B": DEJAVU_B},
           False, "Kirisame Glassworks K.K. - Annual Securities Report FY2025 (excerpt) - page")
    with tempfile.TemporaryDirectory() as tmp:
        ttf = os.path.join(tmp, "cjk_subset.ttf")
        make_cjk_font(all_text(HANZHOU) + "瀚舟证券研究报告第页", ttf)
        render(HANZHOU, "07_hanzhou_broker_note.pdf", "cjk", {"": ttf, "B": ttf}, True, "瀚舟证券研究报告 第")
    print("built 04_kirisame_annual_report_excerpt.pdf and 07_hanzhou_broker_note.pdf")


if __name__ == "__main__":
    main()
