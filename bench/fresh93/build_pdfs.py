"""Build the two PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

03_Kotobuki_annual_report.pdf  English, Helvetica
04_Ruikang_announcement.pdf    Simplified Chinese, Noto Sans CJK SC

fpdf2 cannot read the .ttc collection, so the SC face is extracted with fontTools,
subset to the characters used, converted from CFF (cubic) to TrueType (quadratic)
outlines with cu2qu, and written to a temporary directory that is removed at the end.
English lines are broken at spaces only; Chinese lines only after a full stop (。),
so that every sentence extracts as one unbroken string.
"""
import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK


# --------------------------------------------------------------------------
# Document 03: Kotobuki Imaging Corporation, integrated report (English)
# Each page is a list of blocks: ("h", text), ("p", text) or ("t", rows).
# --------------------------------------------------------------------------
KOTOBUKI_PAGES = [
    [
        ("title", "Kotobuki Imaging Corporation"),
        ("sub", "Integrated Report 2024 (Excerpt) - Fiscal year ended December 31, 2024"),
        ("sub", "TSE Prime: 7794"),
        ("h", "Message from the President"),
        ("p", "Fiscal 2024 was the year in which artificial intelligence moved from the laboratory into "
              "the daily routine of our customers. Consolidated revenue rose 9.8% to JPY 312.6 billion and "
              "operating profit reached JPY 38.4 billion, a record for the third consecutive year. Our "
              "endoscopy processors with embedded AI detection now account for 41% of new installations "
              "in Japan, up from 27% a year earlier."),
        ("p", "Much of that progress rests on partnerships. Our ClearView Z3 processor runs a "
              "polyp-detection algorithm licensed from Veridian Scope Medical, Inc. of the United States, "
              "and we pay Veridian an upfront fee and per-unit royalties under that licence. Alongside the "
              "licence, we hold 4.9% of Veridian's common stock as a strategic investment, which we "
              "intend to keep for the long term."),
        ("p", "In Japan, our largest hospital customer, Kinsei Medical Corporation, completed the "
              "replacement of endoscopy suites at 23 of its hospitals during the year. Kotobuki supplied "
              "the processors, scopes and AI software for that program under a contract worth JPY 14.2 "
              "billion over four years. Kotobuki and Kinsei have also formed a joint clinical research "
              "program to validate AI-assisted gastric cancer screening in regional hospitals."),
        ("p", "Overseas, we supply OEM imaging modules and light sources to Orison Diagnostics, Inc., "
              "whose software is used by payers and hospitals in North America to stratify cancer risk. "
              "Shipments to Orison grew to JPY 6.8 billion in fiscal 2024."),
        ("p", "Hiroshi Kanamori, Representative Director, President and CEO"),
    ],
    [
        ("h", "Supply Chain and Strategic Investments"),
        ("p", "Image sensors are the most important component we buy. Hongrui Sensing Technology Corp. of "
              "Hsinchu, Taiwan supplies the back-illuminated CMOS image sensors used in all ClearView "
              "scopes, and in January 2025 we signed a multi-year supply agreement with Hongrui that "
              "secures capacity through 2029. We continue to qualify a second source to reduce "
              "concentration risk."),
        ("p", "Our corporate venture capital subsidiary, Tenjin Medical Ventures, Ltd., a wholly owned "
              "subsidiary of Kotobuki Imaging Corporation, invests in early and growth-stage companies in "
              "digital pathology, AI diagnostics and surgical robotics. In fiscal 2024, Tenjin Medical "
              "Ventures invested US$15 million in the Series C round of Orison Diagnostics, and after "
              "the round it holds 6.1% of Orison on a fully diluted basis."),
        ("p", "In health insurance, we launched a joint AI health-screening program with Sakuragawa Life "
              "& Health Insurance Co., Ltd., under which Sakuragawa policyholders receive subsidised "
              "endoscopic screening at partner clinics equipped with Kotobuki systems."),
        ("h", "Financing"),
        ("p", "In September 2024, Hoshizora Bank, Ltd. arranged and provided a JPY 20,000 million "
              "syndicated term loan to Kotobuki to fund the expansion of our Aizu manufacturing site. "
              "The loan matures in 2031 and carries a fixed rate of 1.12%."),
        ("h", "Major Shareholders (as of December 31, 2024)"),
        ("t", [
            ["Name of shareholder", "Shares held (thousands)", "Ratio (%)"],
            ["The Master Trust Bank of Nippon (trust account)", "11,236", "12.8"],
            ["Sakuragawa Life & Health Insurance Co., Ltd.", "8,412", "9.6"],
            ["Custody Bank of Kanto (trust account)", "6,050", "6.9"],
            ["Kotobuki Employees' Shareholding Association", "2,174", "2.5"],
            ["Hoshizora Bank, Ltd.", "1,960", "2.2"],
        ]),
        ("p", "Note: The Company holds 1,208 thousand treasury shares, which are excluded from the "
              "calculation of the shareholding ratio."),
    ],
    [
        ("h", "Risk Factors (Excerpt)"),
        ("p", "Competition. The market for AI-enabled endoscopy is highly competitive. Asahidai Optical "
              "Co., Ltd. and Brightwave Endoscopy, Inc. have each launched processors with detection "
              "features comparable to ours, and pricing pressure in public tenders may reduce margins."),
        ("p", "Regulation. AI software is regulated as a medical device by the Pharmaceuticals and "
              "Medical Devices Agency in Japan and by the U.S. Food and Drug Administration. Changes in "
              "the treatment of adaptive algorithms could delay product launches."),
        ("p", "Supplier concentration. A disruption at a single-source supplier of image sensors, "
              "including natural disasters or geopolitical events affecting Taiwan, could interrupt our "
              "production."),
        ("h", "Independent Auditor"),
        ("p", "Seiran & Co., an independent audit corporation, audited the consolidated financial "
              "statements of Kotobuki Imaging Corporation for the fiscal year ended December 31, 2024 "
              "and expressed an unqualified opinion."),
        ("h", "Cautionary Statement"),
        ("p", "This report contains forward-looking statements based on information available to "
              "management at the time of publication. Actual results may differ materially because of "
              "changes in economic conditions, exchange rates, regulation and other factors. Kotobuki "
              "Imaging Corporation undertakes no obligation to revise these statements."),
    ],
]


# --------------------------------------------------------------------------
# Document 04: Ruikang Intelligent Medical, A-share announcement (Simplified Chinese)
# Paragraph text is a sequence of sentences, each ending with 。
# --------------------------------------------------------------------------
RUIKANG_PAGES = [
    [
        ("small", "证券代码：688573　　证券简称：瑞康智医　　公告编号：2025-008"),
        ("title", "瑞康智医科技股份有限公司"),
        ("title", "关于签订日常经营重大合同及对外投资的公告"),
        ("box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
                "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "合同类型及金额：日常经营销售合同，合同总金额为人民币38,600万元（含税）。"
              "对外投资标的：上海深瞳医疗科技有限公司。"
              "本次交易不构成关联交易，亦不构成重大资产重组。"),
        ("h", "一、重大销售合同签订情况"),
        ("p", "2025年1月16日，公司与华泽医疗集团控股有限公司签署《AI影像辅助诊断系统采购合同》。"
              "公司将向华泽医疗集团旗下38家医院供应AI影像辅助诊断系统及配套软件服务，合同金额为人民币38,600万元。"
              "合同履行期限为三年，按设备验收进度分期付款。"
              "双方同时约定在杭州共建医学影像人工智能联合实验室，开展肺结节及消化道早癌筛查算法的临床验证。"),
        ("p", "华泽医疗集团控股有限公司为香港联合交易所主板上市公司，主要从事综合医院及专科医院的投资与运营。"
              "华泽医疗集团与公司及公司控股股东、实际控制人不存在关联关系。"),
    ],
    [
        ("h", "二、原材料采购及保险安排"),
        ("p", "为保障上述合同的履行，公司与宏瑞感测科技股份有限公司签署《年度采购框架协议》。"
              "宏瑞感测向公司供应CMOS图像传感器及光学模组，预计2025年度采购金额不超过人民币9,500万元。"),
        ("p", "公司已向安泓健康保险股份有限公司投保产品责任险及临床试验责任险，年度保费合计人民币1,280万元。"
              "同日，公司与安泓健康保险签署《战略合作协议》，双方将在AI辅助诊断数据支持健康险核保方面开展合作。"),
        ("h", "三、子公司采购算力服务"),
        ("p", "公司全资子公司瑞康智医（苏州）有限公司与青云算力科技有限公司签订《算力服务合同》。"
              "青云算力向瑞康苏州提供GPU算力租赁及模型训练平台服务，合同金额为人民币6,200万元。"),
        ("h", "四、对外投资概述"),
        ("p", "公司拟以自有资金人民币5,000万元向上海深瞳医疗科技有限公司增资。"
              "本次增资完成后，公司将持有深瞳医疗12.5%的股权。"
              "深瞳医疗主要从事眼底影像人工智能产品的研发。"),
        ("t", [
            ["股东名称", "增资前持股比例", "增资后持股比例"],
            ["陈立衡", "46.0%", "40.3%"],
            ["瑞康智医科技股份有限公司", "0.0%", "12.5%"],
            ["深瞳员工持股平台", "18.0%", "15.7%"],
            ["其他股东", "36.0%", "31.5%"],
        ]),
    ],
    [
        ("h", "五、对上市公司的影响"),
        ("p", "上述合同的履行预计将对公司2025年度至2027年度经营业绩产生积极影响。"
              "公司主要竞争对手包括深蓝影像科技股份有限公司和康视达医疗股份有限公司。"
              "公司与上述竞争对手在医院端招标中存在直接竞争。"),
        ("h", "六、风险提示"),
        ("p", "合同履行过程中可能受到医院采购政策、医保支付改革等因素的影响。"
              "人工智能医疗器械注册审批存在不确定性。"
              "敬请广大投资者理性投资，注意投资风险。"),
        ("h", "七、保荐机构核查意见"),
        ("p", "经核查，保荐机构华融证券股份有限公司认为，公司本次对外投资事项已经董事会审议通过。"
              "华融证券对瑞康智医本次对外投资事项无异议。"),
        ("p", "特此公告。"),
        ("right", "瑞康智医科技股份有限公司董事会"),
        ("right", "2025年1月17日"),
    ],
]


def build_kotobuki(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(False)
    for page in KOTOBUKI_PAGES:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("Helvetica", "B", 16)
                pdf.multi_cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(3)
                pdf.set_font("Helvetica", "B", 12)
                pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "t":
                pdf.set_font("Helvetica", "", 9)
                with pdf.table(col_widths=(100, 40, 30), text_align=("LEFT", "RIGHT", "RIGHT"),
                               headings_style=FontFace(emphasis="BOLD")) as table:
                    for row in content:
                        table.row(row)
                pdf.ln(2)
        pdf.set_font("Helvetica", "I", 8)
        pdf.set_xy(20, 282)
        pdf.cell(0, 5, f"Kotobuki Imaging Corporation - Integrated Report 2024 - {pdf.page_no()}", align="C")
    pdf.output(path)


def cjk_lines(pdf, text, width):
    """Pack sentences into lines, breaking only after 。"""
    sentences = [s + "。" for s in text.split("。") if s]
    lines, current = [], ""
    for sentence in sentences:
        if pdf.get_string_width(sentence) > width:
            raise ValueError(f"sentence too wide for one line: {sentence}")
        if pdf.get_string_width(current + sentence) <= width:
            current += sentence
        else:
            lines.append(current)
            current = sentence
    if current:
        lines.append(current)
    return lines


def build_ruikang(path, font_file):
    pdf = FPDF(format="A4")
    pdf.set_margins(16, 18, 16)
    pdf.set_auto_page_break(False)
    pdf.add_font("NotoSC", fname=font_file)
    width = pdf.w - 32
    for page in RUIKANG_PAGES:
        pdf.add_page()
        for kind, content in page:
            if kind == "small":
                pdf.set_font("NotoSC", size=9)
                pdf.cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "title":
                pdf.set_font("NotoSC", size=15)
                pdf.cell(0, 9, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "box":
                pdf.ln(2)
                pdf.set_font("NotoSC", size=9)
                top = pdf.get_y()
                for line in cjk_lines(pdf, content, width - 4):
                    pdf.set_x(18)
                    pdf.cell(width - 4, 6, line, new_x="LMARGIN", new_y="NEXT")
                pdf.rect(16, top - 1, width, pdf.get_y() - top + 2)
                pdf.ln(3)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("NotoSC", size=11)
                pdf.cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("NotoSC", size=9.5)
                for line in cjk_lines(pdf, content, width):
                    pdf.cell(0, 6.2, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "t":
                pdf.set_font("NotoSC", size=9)
                with pdf.table(col_widths=(90, 44, 44), text_align="CENTER",
                               headings_style=FontFace()) as table:
                    for row in content:
                        table.row(row)
                pdf.ln(2)
            elif kind == "right":
                pdf.set_font("NotoSC", size=10)
                pdf.cell(0, 7, content, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def used_characters(pages):
    chars = set()
    for page in pages:
        for _, content in page:
            rows = content if isinstance(content, list) else [[content]]
            for row in rows:
                for cell in row:
                    chars.update(cell)
    return "".join(sorted(chars))


def cff_to_truetype(font, max_err=1.0):
    """Replace CFF outlines by quadratic glyf outlines (fontTools cu2qu)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        glyf[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def make_sc_font(tmpdir, text):
    font = TTCollection(CJK_TTC).fonts[SC_INDEX]
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    out = os.path.join(tmpdir, "NotoSansSC-subset.ttf")
    font.save(out)
    return out


def main():
    tmpdir = tempfile.mkdtemp(prefix="cjkfont_")
    try:
        build_kotobuki(os.path.join(HERE, "03_Kotobuki_annual_report.pdf"))
        sc_font = make_sc_font(tmpdir, used_characters(RUIKANG_PAGES))
        build_ruikang(os.path.join(HERE, "04_Ruikang_announcement.pdf"), sc_font)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
