"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 03_Riverbend_10-K_excerpt.pdf  (English, Helvetica)
- 04_Qingyuan_A-share_announcement.pdf  (Simplified Chinese, Noto Sans CJK SC)

English paragraphs wrap at spaces only (fpdf2 multi_cell). Chinese paragraphs
are packed sentence by sentence and only ever break after "。", so every
sentence sits on one line and extracts cleanly. The CJK face is taken out of
the system .ttc collection, subset to the characters used, converted from CFF
to TrueType outlines (cu2qu) and written to a temporary directory that is
removed at the end.
"""
import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # Noto Sans CJK SC inside the collection
ZH_FOOTER = "清源智水科技股份有限公司公告　第{n}页"


# ---------------------------------------------------------------------------
# Document 03: Riverbend Water Holdings, Form 10-K excerpt (English)
# ---------------------------------------------------------------------------
RIVERBEND_10K = [
    ("center", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
    ("center", "Washington, D.C. 20549"),
    ("title", "FORM 10-K"),
    ("center", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("center", "For the fiscal year ended December 31, 2024"),
    ("center", "Commission File Number 001-35177"),
    ("title", "RIVERBEND WATER HOLDINGS, INC."),
    ("center", "(Exact name of registrant as specified in its charter)"),
    ("center", "Oregon | 93-1184620 | 2200 SW River Parkway, Portland, Oregon 97201"),
    ("center", "Common Stock, no par value - NYSE: RBWH"),
    ("note", "[Excerpts. Page numbering of the full report is not reproduced.]"),
    ("h", "Cautionary Note Regarding Forward-Looking Statements"),
    ("small", "This Annual Report contains forward-looking statements within the meaning of the Private "
              "Securities Litigation Reform Act of 1995, including statements about our capital plans, rate "
              "cases, technology programs and the performance of our investments. Words such as \"expect,\" "
              "\"intend,\" \"plan,\" \"believe\" and similar expressions identify such statements. Actual "
              "results may differ materially because of regulatory decisions, weather and drought, the cost "
              "of capital and the other factors described under Item 1A, Risk Factors. We undertake no "
              "obligation to update any forward-looking statement."),
    ("h", "Item 1. Business"),
    ("h2", "Overview"),
    ("p", "Riverbend Water Holdings, Inc. (\"Riverbend,\" \"we,\" \"us\" or the \"Company\") is a holding "
          "company whose regulated subsidiaries provide water and wastewater services to approximately "
          "1.9 million people in Oregon and northern California."),
    ("p", "Our principal operating subsidiary, Riverbend Valley Water Company, is a wholly owned subsidiary "
          "of Riverbend Water Holdings, Inc. and holds our certificates of public convenience and necessity "
          "in Oregon. Our regulated rates are set by the Oregon Public Utility Commission and the California "
          "Public Utilities Commission."),
    ("p", "On August 30, 2024, we completed the acquisition of Millbrook Water Co., a regulated system "
          "serving about 14,000 connections in Linn County, Oregon, for $36.5 million, including assumed "
          "debt. Millbrook has been merged into Riverbend Valley Water Company."),
    ("h2", "Technology and Digital Operations"),
    ("p", "Reducing non-revenue water is a central objective of our 2024-2028 capital plan. In February "
          "2025, we entered into a ten-year agreement with AquaMind Analytics, Inc. under which AquaMind "
          "will provide leak-detection and pressure-management software across our distribution system "
          "for total fees of approximately $48 million. The agreement followed a two-year pilot in Salem."),
    ("p", "Our advanced metering infrastructure program relies on smart meters and acoustic loggers "
          "purchased from Halvorsen Sensor AS. We bought approximately $21.7 million of metering equipment "
          "from Halvorsen Sensor AS in 2024 and expect purchases of a similar amount in 2025."),
    ("h2", "Non-Regulated Operations"),
    ("p", "Our non-regulated segment sells reclaimed water for industrial cooling. Since 2023 we have "
          "supplied reclaimed water under a 15-year offtake agreement to a data-center campus in The "
          "Dalles operated by Tessaract Compute Corp., which accounted for $18.2 million of non-regulated "
          "revenue in 2024. Demand from data-center operators for cooling water is growing, and we are in "
          "discussions with other potential industrial customers."),
    ("p", "We also participate with Greyline Waste Systems, Inc. in a joint research pilot at our Willow "
          "Creek treatment plant that co-digests food waste with municipal biosolids to produce renewable "
          "natural gas. Each party bears its own costs and no payments are exchanged under the pilot."),
    ("pagebreak", ""),
    ("h2", "Competition"),
    ("p", "Our service territories are franchised, and we do not compete with other utilities for "
          "existing customers. We compete for acquisitions of municipal and investor-owned systems with "
          "other regulated utilities, including Pacifica Water Company and Cascade Basin Utilities, as "
          "well as with private infrastructure funds."),
    ("h", "Item 3. Legal Proceedings"),
    ("p", "In October 2024, Sutter Pipe & Fitting Co. filed a complaint against Riverbend Valley Water "
          "Company in Marion County Circuit Court alleging breach of a main-replacement construction "
          "contract and seeking damages of $4.3 million. We believe the claims are without merit and "
          "intend to defend the matter vigorously."),
    ("h", "Item 7. Management's Discussion and Analysis - Liquidity and Capital Resources"),
    ("p", "Capital expenditures were $512 million in 2024, compared with $447 million in 2023, driven by "
          "main replacement, metering and treatment upgrades. We fund capital expenditures with cash from "
          "operations, long-term debt and, from time to time, equity."),
    ("p", "On June 3, 2024, we entered into a $400 million senior unsecured term loan facility with "
          "Meridian Infrastructure Credit LLC, maturing in 2031, the proceeds of which were used to "
          "refinance maturing first mortgage bonds and to fund capital expenditures. The facility "
          "contains customary covenants, including a maximum ratio of debt to total capitalization of 65%."),
    ("table", [
        ["Debt instrument", "Principal (millions)", "Maturity", "Rate"],
        ["First mortgage bonds, Series 2019", "$350.0", "2049", "3.85%"],
        ["Senior term loan (Meridian Infrastructure Credit LLC)", "$400.0", "2031", "SOFR + 1.45%"],
        ["Revolving credit facility", "$62.0", "2027", "SOFR + 1.10%"],
    ]),
    ("h", "Note 9. Equity and Other Investments"),
    ("p", "In March 2025, subsequent to year-end, we invested $10.0 million in the Series C preferred "
          "stock of AquaMind Analytics, Inc. Together with shares acquired in earlier rounds, we hold "
          "approximately 6.2% of AquaMind's outstanding shares on a fully diluted basis, which we account "
          "for under the measurement alternative."),
    ("p", "In 2023, we committed $25 million as a limited partner to Cobalt Ridge Water Fund II, L.P., a "
          "venture fund managed by Cobalt Ridge Ventures. As of December 31, 2024, we had funded $11.4 "
          "million of that commitment. The investment is accounted for at net asset value."),
    ("table", [
        ["Investee", "Nature of interest", "Carrying value at Dec. 31, 2024"],
        ["AquaMind Analytics, Inc.", "Preferred stock", "$4.6 million"],
        ["Cobalt Ridge Water Fund II, L.P.", "Limited partnership interest", "$12.1 million"],
        ["Other", "Various", "$1.9 million"],
    ]),
    ("p", "Our transactions with AquaMind are conducted on arm's-length terms. A member of our management "
          "team serves as a non-voting observer on AquaMind's board of directors."),
    ("h", "Item 9A. Controls and Procedures"),
    ("p", "Dunmore & Pratt LLP, the independent registered public accounting firm that has served as "
          "Riverbend's auditor since 2009, has issued an attestation report on our internal control over "
          "financial reporting as of December 31, 2024."),
    ("h", "Signatures"),
    ("p", "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
          "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto "
          "duly authorized."),
    ("p", "RIVERBEND WATER HOLDINGS, INC.  By: /s/ Catherine L. Moreau, President and Chief Executive "
          "Officer. Date: February 26, 2025."),
]


# ---------------------------------------------------------------------------
# Document 04: Qingyuan Smart Water, A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
QINGYUAN_NOTICE = [
    ("line", "证券代码：688713　　证券简称：清源智水　　公告编号：2025-014"),
    ("title", "清源智水科技股份有限公司"),
    ("title", "关于签订日常经营重大合同、对控股子公司增资暨关联交易的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
              "董事会全体成员对公告内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "合同类型：算力服务采购合同、智能处理系统销售合同。"
          "合同金额：采购合同人民币12,600万元（含税），销售合同人民币8,350万元（含税）。"
          "本次销售合同构成关联交易，未构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
          "本次关联交易已经公司第三届董事会第十一次会议审议通过，尚需提交股东大会审议。"),
    ("h", "一、算力服务采购合同概述"),
    ("p", "2025年3月20日，公司与深蓝算力科技有限公司（以下简称“深蓝算力”）签订《算力服务合同》。"
          "深蓝算力向公司提供三年期GPU算力服务，合同总金额为人民币12,600万元（含税）。"
          "上述算力主要用于公司水处理大模型“清源·澄思”的训练与推理。"
          "深蓝算力与公司及公司控股股东、实际控制人、董事、监事及高级管理人员均不存在关联关系。"
          "经核实，清源智水未参与深蓝算力的任何股权融资，相关媒体报道不属实。"),
    ("h", "二、关联交易概述"),
    ("p", "同日，公司与华澄环境集团有限公司（以下简称“华澄环境”）签订《渗滤液智能处理系统采购合同》。"
          "公司将为华澄环境下属6座垃圾焚烧发电厂提供AI渗滤液处理控制系统，合同金额为人民币8,350万元。"
          "华澄环境为香港联交所上市公司，股票代码为2578。"
          "华澄环境的控股股东华澄控股集团有限公司持有本公司18.40%的股份，为本公司第一大股东。"
          "根据《上海证券交易所科创板股票上市规则》，华澄环境为公司关联法人，本次交易构成关联交易。"),
    ("table", [
        ["关联方", "交易内容", "合同金额（万元）", "定价方式"],
        ["华澄环境集团有限公司", "AI渗滤液控制系统", "8,350.00", "招标比价"],
    ]),
    ("h", "三、技术许可情况"),
    ("p", "公司于2024年与美国AquaMind Analytics, Inc.签订软件许可协议，获得其管网漏损预测平台在中国境内的使用权。"
          "公司按年度向AquaMind Analytics, Inc.支付许可费，2025年度预计许可费为人民币1,480万元。"
          "该平台已与公司自有模型完成本地化部署，数据均存储于境内服务器。"),
    ("h", "四、对控股子公司增资"),
    ("p", "公司拟以自有资金人民币20,000万元对清源智水（苏州）环境技术有限公司（以下简称“苏州清源”）增资。"
          "同时，江苏环科绿色产业投资基金（有限合伙）拟以人民币5,000万元认购苏州清源新增注册资本。"
          "增资完成后，公司持有苏州清源80.00%股权，苏州清源仍为公司控股子公司。"
          "苏州清源主要负责工业废水智能处理装备的研发与生产，2024年实现营业收入人民币9,216.35万元。"),
    ("h", "五、战略合作事项"),
    ("p", "公司与南江水务集团有限公司签署《智慧水务联合实验室合作框架协议》，双方将共同开发供水管网AI调度模型。"
          "本协议为框架性协议，不涉及具体交易金额，对公司本年度业绩不构成重大影响。"),
    ("h", "六、风险提示"),
    ("p", "碧川科技、澜清环境等同行业公司亦在布局渗滤液智能处理业务，市场竞争加剧。"
          "合同履行过程中可能受到政策调整、项目延期、验收进度等因素影响，存在履约风险。"
          "敬请广大投资者理性投资，注意投资风险。"),
    ("h", "七、中介机构意见"),
    ("p", "保荐机构华瑞证券股份有限公司对清源智水本次关联交易事项出具了无异议的核查意见。"
          "公司独立董事专门会议已审议通过上述关联交易事项，关联董事已回避表决。"),
    ("right", "特此公告。"),
    ("right", "清源智水科技股份有限公司董事会"),
    ("right", "2025年3月22日"),
]


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------
def cff_to_glyf(font):
    """Replace the CFF outlines of `font` with quadratic TrueType outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_ttf(index, text, out_path):
    """Extract face `index` of the Noto CJK collection, subset it to `text`, save as .ttf."""
    font = TTCollection(NOTO_CJK).fonts[index]
    options = Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.layout_features = []
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_glyf(font)
    font.save(out_path)


def all_text(blocks):
    chars = set()
    for kind, content in blocks:
        rows = content if kind == "table" else [[content]]
        for row in rows:
            for cell in row:
                chars.update(cell)
    return "".join(sorted(chars))


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=8)
        self.cell(0, 5, self.footer_text.format(n=self.page_no()), align="C")


def render_english(blocks, path):
    pdf = Doc("Riverbend Water Holdings, Inc. - 2024 Form 10-K (excerpts) - page {n}")
    pdf.body_font = "Helvetica"
    pdf.add_page()
    for kind, content in blocks:
        if kind == "pagebreak":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 5, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "note":
            pdf.set_font("Helvetica", "I", 8)
            pdf.multi_cell(0, 5, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("Helvetica", "BI", 10)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "small"):
            pdf.set_font("Helvetica", "", 8 if kind == "small" else 10)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(first_row_as_headings=True, line_height=5) as table:
                for row in content:
                    table.row(row)
            pdf.ln(2)
    pdf.output(path)


def zh_lines(pdf, text, width):
    """Pack sentences into lines, breaking only after '。'."""
    sentences = [s + "。" for s in text.split("。") if s]
    lines, current = [], ""
    for sentence in sentences:
        if pdf.get_string_width(sentence) > width:
            raise ValueError(f"sentence wider than the line: {sentence}")
        if pdf.get_string_width(current + sentence) <= width:
            current += sentence
        else:
            lines.append(current)
            current = sentence
    if current:
        lines.append(current)
    return lines


def render_chinese(blocks, path, font_file):
    pdf = Doc(ZH_FOOTER)
    pdf.add_font("NotoSC", fname=font_file)
    pdf.body_font = "NotoSC"
    pdf.add_page()
    width = pdf.epw
    for kind, content in blocks:
        if kind == "title":
            pdf.set_font("NotoSC", size=13)
            pdf.cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "line":
            pdf.set_font("NotoSC", size=9)
            pdf.cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            pdf.set_font("NotoSC", size=9.5)
            pdf.cell(0, 6, content, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("NotoSC", size=10.5)
            pdf.cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "small"):
            pdf.set_font("NotoSC", size=8 if kind == "small" else 9.5)
            for line in zh_lines(pdf, content, width):
                pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("NotoSC", size=9)
            with pdf.table(first_row_as_headings=False, line_height=6) as table:
                for row in content:
                    table.row(row)
            pdf.ln(2)
    pdf.output(path)


def main():
    render_english(RIVERBEND_10K, os.path.join(HERE, "03_Riverbend_10-K_excerpt.pdf"))
    tmp = tempfile.mkdtemp(prefix="cjk_font_")
    try:
        font_file = os.path.join(tmp, "NotoSansCJKsc-subset.ttf")
        make_cjk_ttf(SC_INDEX, all_text(QINGYUAN_NOTICE) + ZH_FOOTER + "0123456789", font_file)
        render_chinese(QINGYUAN_NOTICE, os.path.join(HERE, "04_Qingyuan_A-share_announcement.pdf"),
                       font_file)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
