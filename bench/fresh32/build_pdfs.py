"""Build the two PDF documents of this evaluation set with fpdf2.

Run:  /work/main/.venv/bin/python build_pdfs.py

* corvane_10k_fy2026_extract.pdf        English, 3 pages, Liberation fonts, equity-investment table
* xingheng_2025_annual_report_extract.pdf  Simplified Chinese, 3 pages, Noto Sans CJK SC subset
  (converted from CFF to TrueType outlines with fontTools so that fpdf2 embeds a usable
  ToUnicode map and pypdf can extract the text).

Every page is started explicitly, so the page numbers in links.jsonl are fixed by this script.
Chinese paragraphs are laid out sentence by sentence: a sentence that does not fit on the rest of
the current line starts a new line, and the script refuses to build if any single sentence is wider
than a full line.  That keeps every quoted Chinese sentence on one line in the extracted text.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # Noto Sans CJK SC inside the collection
LIB = "/usr/share/fonts/truetype/liberation"


# --------------------------------------------------------------------------- fonts
def _cff_to_glyf(font, max_err=1.0):
    """Replace the CFF table of an OpenType font by quadratic TrueType outlines."""
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
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    return font


def make_cjk_subset(text, out_path):
    font = TTFont(CJK_TTC, fontNumber=CJK_SC_INDEX)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    opts.hinting = False
    sub = subset.Subsetter(opts)
    chars = set(text) | {chr(c) for c in range(32, 127)}
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    _cff_to_glyf(font)
    font.save(out_path)
    return out_path


# --------------------------------------------------------------------------- English 10-K extract
EN_FILE = "corvane_10k_fy2026_extract.pdf"

EN_PAGES = [
    [  # page 1
        ("title", "CORVANE SEMICONDUCTOR, INC."),
        ("subtitle", "Annual Report on Form 10-K for the fiscal year ended January 25, 2026 (Extract)"),
        ("small", "Common stock listed on The Nasdaq Global Select Market under the symbol CRVN. "
                  "Commission File Number 000-58214."),
        ("h1", "PART I"),
        ("h2", "Item 1. Business"),
        ("p", "Overview. Corvane Semiconductor, Inc. (\"Corvane,\" the \"Company,\" \"we\" or \"us\") "
              "designs accelerated computing platforms for training and serving large AI models. Our "
              "Tern-series accelerators, the Ostrich interconnect fabric and the Corvane Runtime software "
              "stack are sold to hyperscale cloud providers, specialized GPU cloud operators, sovereign "
              "programs and enterprises."),
        ("h3", "Manufacturing and Supply"),
        ("p", "We do not own or operate fabrication facilities. Substantially all of our accelerator dies "
              "are fabricated by Hanjing Semiconductor Manufacturing Co., Ltd. (\"Hanjing\") at its "
              "3-nanometer facilities in Hsinchu and Tainan, Taiwan. Advanced packaging is performed by two "
              "outsourced assembly and test providers in Malaysia and Arizona."),
        ("p", "High-bandwidth memory (\"HBM\") for the Tern-300 and Tern-400 is purchased primarily from "
              "Helix Memory Corporation under a long-term supply agreement that runs through fiscal 2029, "
              "and during fiscal 2026 we prepaid $1.3 billion to Helix Memory to secure HBM4 allocation. "
              "Dunmore Devices, our largest competitor in merchant accelerators, also sources HBM from "
              "Helix Memory, and a shift in allocation toward Dunmore could limit our ability to meet "
              "demand."),
        ("h3", "Customers"),
        ("p", "Our three largest customers together represented 47% of revenue in fiscal 2026. Altavia "
              "Corporation, directly and through its contract manufacturers, accounted for 22% of revenue, "
              "and Stratoline Compute, Inc. accounted for 14%. One other customer, a sovereign AI program, "
              "accounted for 11%."),
        ("h3", "Competition"),
        ("p", "The market for data-center accelerators is intensely competitive. We compete with Dunmore "
              "Devices, with a number of start-ups and with the in-house accelerator programs of certain "
              "customers, including Altavia Corporation's Skiff chips. According to industry estimates, we "
              "held approximately 61% of merchant data-center accelerator revenue in calendar 2025, "
              "compared with 24% for Dunmore Devices."),
    ],
    [  # page 2
        ("h1", "PART II"),
        ("h2", "Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
        ("h3", "Fiscal 2026 Highlights"),
        ("p", "Revenue for fiscal 2026 was $71.4 billion, up 58% from fiscal 2025, driven by data-center "
              "platform shipments. Gross margin was 73.1%, compared with 74.6% a year earlier, reflecting "
              "higher HBM costs and the ramp of the Tern-400."),
        ("h3", "Strategic Investments and Acquisitions"),
        ("p", "In March 2025 we purchased $2.4 billion of Series E preferred stock of Auralis Labs, Inc. "
              "(\"Auralis\"), a developer of frontier language models. We account for this investment under "
              "the equity method; see Note 10."),
        ("p", "On September 8, 2025, we completed the acquisition of Kiln Photonics, Inc., a developer of "
              "co-packaged optical engines, for $310 million in cash. Kiln Photonics now operates as a "
              "wholly owned subsidiary, and its results are included in our Networking segment from the "
              "acquisition date."),
        ("h3", "Customer Financing and Guarantees"),
        ("p", "From time to time we provide financing or credit support to customers that deploy our "
              "platforms. In fiscal 2026 we entered into a $600 million senior secured revolving credit "
              "facility with Stratoline Compute, Inc., as borrower, of which $410 million was outstanding at "
              "fiscal year-end. We have also agreed to guarantee up to $350 million of Stratoline's "
              "obligations under certain data-center leases, and we have recorded no liability for this "
              "guarantee."),
        ("h3", "Liquidity and Capital Resources"),
        ("p", "As of January 25, 2026, we had $38.2 billion in cash, cash equivalents and marketable "
              "securities. We believe these balances and cash from operations will be sufficient to meet "
              "our working capital, capital expenditure and investment requirements for at least the next "
              "12 months."),
    ],
    [  # page 3
        ("h1", "Notes to Consolidated Financial Statements (Extract)"),
        ("h2", "Note 9 - Equity Investments"),
        ("p", "The following table presents our equity investments, other than equity-method investments, "
              "as of January 25, 2026 (in millions, except percentages):"),
        ("table", {
            "widths": [72, 44, 28, 36],
            "header": ["Investee", "Type of interest", "Ownership", "Carrying value"],
            "rows": [
                ["Stratoline Compute, Inc. (Nasdaq: SLCX)", "Common stock", "6.8%", "1,150"],
                ["Quillon Compute Credit Fund II, L.P.", "LP interest (a)", "18.0%", "400"],
                ["Bastion Yards Data Centers, Inc. (NYSE: BYDC)", "Common stock", "2.1%", "265"],
                ["Other (27 investments)", "Various", "-", "412"],
                ["Total", "", "", "2,227"],
            ],
        }),
        ("small", "(a) For Quillon Compute Credit Fund II, L.P. (\"Fund II\"), ownership represents our share "
                  "of total limited partner commitments."),
        ("small", "(1) Equity-method investments are presented in Note 10."),
        ("p", "Fund II makes loans secured by accelerated computing equipment. Fund II is managed by Quillon "
              "Credit Partners, an unaffiliated asset manager, and we do not participate in its credit "
              "decisions."),
        ("p", "Unrealized gains on marketable equity securities were $212 million in fiscal 2026 and are "
              "recorded in other income (expense), net."),
    ],
]


class EnPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("serif", "", 8)
        self.cell(0, 6, f"Corvane Semiconductor, Inc. | Form 10-K | {self.page_no()}", align="C", new_x="LMARGIN", new_y="NEXT")


def build_english():
    pdf = EnPDF(format="Letter")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", f"{LIB}/LiberationSerif-Regular.ttf")
    pdf.add_font("serif", "B", f"{LIB}/LiberationSerif-Bold.ttf")
    pdf.add_font("serif", "I", f"{LIB}/LiberationSerif-Italic.ttf")
    for blocks in EN_PAGES:
        pdf.add_page()
        for kind, content in blocks:
            if kind == "title":
                pdf.set_font("serif", "B", 15)
                pdf.multi_cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "subtitle":
                pdf.set_font("serif", "", 11)
                pdf.multi_cell(0, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "small":
                pdf.set_font("serif", "I", 8.5)
                pdf.multi_cell(0, 4.5, content, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h1":
                pdf.ln(2)
                pdf.set_font("serif", "B", 12.5)
                pdf.multi_cell(0, 7, content, align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.set_font("serif", "B", 11)
                pdf.multi_cell(0, 6, content, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h3":
                pdf.set_font("serif", "B", 10.5)
                pdf.multi_cell(0, 6, content, align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("serif", "", 10.5)
                pdf.multi_cell(0, 5.2, content, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                widths = content["widths"]
                pdf.set_font("serif", "B", 9.5)
                for w, cell in zip(widths, content["header"]):
                    pdf.cell(w, 7, cell, border=1, align="L")
                pdf.ln()
                pdf.set_font("serif", "", 9.5)
                for row in content["rows"]:
                    for w, cell in zip(widths, row):
                        if pdf.get_string_width(cell) > w - 2:
                            raise SystemExit(f"table cell too wide: {cell!r}")
                        pdf.cell(w, 6.5, cell, border=1, align="L")
                    pdf.ln()
                pdf.ln(2)
            else:
                raise ValueError(kind)
            if pdf.get_y() > pdf.h - 20:
                raise SystemExit(f"page overflow in {EN_FILE} page {pdf.page_no()}")
    pdf.output(os.path.join(HERE, EN_FILE))


# --------------------------------------------------------------------------- Chinese annual report
ZH_FILE = "xingheng_2025_annual_report_extract.pdf"

ZH_PAGES = [
    [  # page 1
        ("title", "星衡智算科技股份有限公司"),
        ("title2", "2025年年度报告（节选）"),
        ("center", "股票代码：688947　　股票简称：星衡智算　　公告编号：2026-018"),
        ("center", "Xingheng AI Computing Technology Co., Ltd."),
        ("h1", "第三节　管理层讨论与分析"),
        ("h2", "一、报告期内公司从事的业务情况"),
        ("p", ["公司主要从事液冷智算服务器的研发、生产与销售，并提供智算中心建设及算力运营服务。",
               "报告期内，公司实现营业收入46.72亿元，同比增长38.5%。"]),
        ("h2", "二、主要客户及供应商"),
        ("p", ["报告期内，公司向云枢数据科技股份有限公司交付液冷智算服务器集群，确认收入3.8亿元。",
               "公司前五名客户合计销售额占年度销售总额的61.4%，其中客户三与客户四为同一控制下企业。"]),
        ("p", ["全资子公司星衡智算（宁夏）有限公司（以下简称“宁夏星衡”）负责中卫智算中心的建设与运营。",
               "宁夏星衡本年度向科凡半导体采购Tern-300加速卡，合同金额为8,600万美元。",
               "中卫智算中心的电力由宁夏鼎源电力有限公司以绿电直供方式供应。"]),
        ("h2", "三、公司所处行业地位"),
        ("p", ["按出货量计，公司液冷智算服务器国内市场占有率位居第三，次于华擎智联和宏图计算。",
               "报告期内，国内智算中心建设需求保持高速增长，液冷渗透率进一步提升。"]),
    ],
    [  # page 2
        ("h2", "四、报告期内投资情况"),
        ("p", ["报告期内，公司以自有资金1.5亿元认购澜芯微电子股份有限公司新增注册资本。",
               "澜芯微电子为国产GPU设计企业，其推理芯片与科凡半导体同类产品存在竞争关系。"]),
        ("p", ["公司与赫立斯记忆体股份有限公司共建CXL内存池化联合实验室。",
               "该实验室位于苏州工业园区，首期研发投入由双方各自承担。"]),
        ("h2", "五、主要参股公司情况"),
        ("unit", "单位：万元"),
        ("table", {
            "widths": [72, 34, 30, 38],
            "header": ["公司名称", "持股方式", "持股比例", "期末账面价值"],
            "rows": [
                ["合芯算力产业投资基金（有限合伙）", "有限合伙人", "12.50%", "25,000"],
                ["苏州衡曜光电科技有限公司", "直接持股", "19.00%", "4,260"],
            ],
        }),
        ("p", ["上述参股公司本报告期内未发生减值迹象。"]),
    ],
    [  # page 3
        ("h1", "第十节　财务报告（节选）"),
        ("h2", "七、银行授信情况"),
        ("unit", "单位：万元"),
        ("table", {
            "widths": [46, 28, 28, 32, 40],
            "header": ["授信银行", "授信主体", "授信类型", "授信额度", "已使用额度"],
            "rows": [
                ["江浦银行股份有限公司", "星衡智算", "综合授信", "80,000", "31,500"],
                ["北辰银行股份有限公司", "星衡智算", "综合授信", "30,000", "0"],
            ],
        }),
        ("p", ["宁夏星衡以其自有GPU服务器作抵押，向江浦银行取得不超过6亿元的项目贷款。",
               "公司为宁夏星衡上述融资提供全额连带责任保证担保，担保期限为三年。"]),
        ("h2", "八、关联交易"),
        ("p", ["报告期内，公司与云枢数据、澜芯微电子之间的交易均不构成关联交易。",
               "公司不存在控股股东及其关联方非经营性占用资金的情况。"]),
    ],
]


class ZhPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("cjk", "", 8)
        self.cell(0, 6, f"星衡智算科技股份有限公司　2025年年度报告　第{self.page_no()}页", align="C", new_x="LMARGIN", new_y="NEXT")


def _zh_text():
    parts = []
    for blocks in ZH_PAGES:
        for _, content in blocks:
            if isinstance(content, list):
                parts.extend(content)
            elif isinstance(content, dict):
                parts.extend(content["header"])
                for row in content["rows"]:
                    parts.extend(row)
            else:
                parts.append(content)
    parts.append("星衡智算科技股份有限公司　2025年年度报告　第页0123456789")
    return "".join(parts)


def _sentence_paragraph(pdf, sentences, line_h):
    """Lay out sentences so that none is split across two lines."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    indent = pdf.get_string_width("　　")
    line, line_w = "　　", indent
    lines = []
    for s in sentences:
        sw = pdf.get_string_width(s)
        if sw > width - indent:
            raise SystemExit(f"sentence wider than one line ({sw:.1f} > {width - indent:.1f} mm): {s}")
        if line_w + sw <= width:
            line += s
            line_w += sw
        else:
            lines.append(line)
            line, line_w = s, sw
    lines.append(line)
    for ln in lines:
        pdf.cell(0, line_h, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def build_chinese():
    with tempfile.TemporaryDirectory() as tmp:
        font_path = make_cjk_subset(_zh_text(), os.path.join(tmp, "NotoSansCJKsc-subset.ttf"))
        pdf = ZhPDF(format="A4")
        pdf.set_margins(16, 16, 16)
        pdf.set_auto_page_break(False)
        pdf.add_font("cjk", "", font_path)
        for blocks in ZH_PAGES:
            pdf.add_page()
            for kind, content in blocks:
                if kind == "title":
                    pdf.set_font("cjk", "", 17)
                    pdf.cell(0, 10, content, align="C", new_x="LMARGIN", new_y="NEXT")
                elif kind == "title2":
                    pdf.set_font("cjk", "", 13)
                    pdf.cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
                elif kind == "center":
                    pdf.set_font("cjk", "", 9)
                    pdf.cell(0, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
                elif kind == "h1":
                    pdf.ln(3)
                    pdf.set_font("cjk", "", 13)
                    pdf.cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
                elif kind == "h2":
                    pdf.ln(1)
                    pdf.set_font("cjk", "", 11)
                    pdf.cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
                elif kind == "unit":
                    pdf.set_font("cjk", "", 8.5)
                    pdf.cell(0, 5, content, align="R", new_x="LMARGIN", new_y="NEXT")
                elif kind == "p":
                    pdf.set_font("cjk", "", 9.5)
                    _sentence_paragraph(pdf, content, 6)
                elif kind == "table":
                    widths = content["widths"]
                    pdf.set_font("cjk", "", 9)
                    for w, cell in zip(widths, content["header"]):
                        pdf.cell(w, 7, cell, border=1, align="C")
                    pdf.ln()
                    for row in content["rows"]:
                        for w, cell in zip(widths, row):
                            if pdf.get_string_width(cell) > w - 2:
                                raise SystemExit(f"table cell too wide: {cell!r}")
                            pdf.cell(w, 7, cell, border=1, align="L")
                        pdf.ln()
                    pdf.ln(2)
                else:
                    raise ValueError(kind)
                if pdf.get_y() > pdf.h - 20:
                    raise SystemExit(f"page overflow in {ZH_FILE} page {pdf.page_no()}")
        pdf.output(os.path.join(HERE, ZH_FILE))


if __name__ == "__main__":
    build_english()
    build_chinese()
    print("built", EN_FILE, "and", ZH_FILE)
