"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English pages use Helvetica. The Chinese announcement uses Noto Sans CJK SC, extracted
from the system .ttc collection with fontTools, subset to the characters in use and
converted from CFF to TrueType outlines (cu2qu) inside a temporary directory that is
removed at the end. English lines break at spaces (fpdf2 default); Chinese lines break
only after a full stop (。) so that sentences extract as one line.
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
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2

# --------------------------------------------------------------------------------------
# 01  Corvane Semiconductor, Inc. - Form 10-K excerpt (English)
# Blocks: ("title", text) | ("h", text) | ("p", text) | ("row", [cells]) | ("small", text)
# --------------------------------------------------------------------------------------
CORVANE_10K = [
    [
        ("small", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION - Washington, D.C. 20549"),
        ("title", "FORM 10-K (Excerpt)"),
        ("small", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
                  "For the fiscal year ended June 28, 2025. Commission File Number 001-41877."),
        ("h", "CORVANE SEMICONDUCTOR, INC."),
        ("small", "(Exact name of registrant as specified in its charter) Delaware 84-3302916 "
                  "4410 Ridgeback Parkway, Durham, North Carolina 27703. Common Stock, par value $0.001, "
                  "The Nasdaq Global Select Market, trading symbol CRVN."),
        ("h", "CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS"),
        ("p", "This Annual Report on Form 10-K contains forward-looking statements within the meaning of "
              "Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934. "
              "Words such as \"anticipate\", \"expect\", \"intend\", \"plan\", \"target\" and similar expressions "
              "identify such statements, which are subject to risks and uncertainties, including those described "
              "under Item 1A, Risk Factors. We undertake no obligation to update any forward-looking statement."),
        ("h", "PART I - ITEM 1. BUSINESS"),
        ("p", "Corvane Semiconductor, Inc. (\"Corvane\", the \"Company\", \"we\" or \"us\") designs and manufactures "
              "silicon carbide (SiC) power MOSFETs, Schottky diodes and power modules used in electric vehicle "
              "traction inverters, on-board chargers, solar and storage inverters and, increasingly, in the power "
              "supply units of AI data centres. We operate a 150mm device fab in Durham, North Carolina and are "
              "qualifying a 200mm line in Lewiston, Idaho, which we expect to reach volume production in fiscal 2027."),
        ("p", "Automotive revenue represented 61% of net revenue in fiscal 2025, industrial and energy 22% and data "
              "centre power 17%. Our data centre business grew 88% year over year, driven by 800V and 54V rack "
              "architectures that favour SiC switches in the power factor correction stage."),
        ("h", "Customers"),
        ("p", "We sell directly to automotive tier-one suppliers and power supply manufacturers and through "
              "distributors. Shanghai Hunen eDrive Technology Co., Ltd. (\"Hunen\") purchases our 1200V "
              "SiC MOSFET bare die and half-bridge modules for its 800V traction inverter platform, and accounted "
              "for 14% of our net revenue in fiscal 2025. Helixon Power Systems, Inc. buys our 650V SiC MOSFETs "
              "for the PFC stage of its 5.5kW data centre power shelves. No other single customer accounted for "
              "more than 10% of net revenue. Two automotive customers that we do not name, referred to in our "
              "contracts as Customer A and Customer B, together accounted for 19% of net revenue."),
    ],
    [
        ("h", "Supply of Substrates"),
        ("p", "Substrate quality and availability remain the principal constraint on SiC device output. We produce "
              "a portion of our 150mm substrates internally and purchase the balance from third parties. In "
              "September 2024 we entered into a five-year supply agreement under which Jiangsu Jingyuan Silicon "
              "Carbide Materials Co., Ltd. supplies 150mm and 200mm conductive SiC substrates to Corvane, with "
              "minimum purchase commitments of $310 million over the term. We also qualified substrates from "
              "Veritronic AG during fiscal 2025, although we have not placed volume orders with Veritronic."),
        ("p", "Our principal competitors in SiC devices include Veritronic AG, Ostrava Power Semiconductors and "
              "several vertically integrated Chinese manufacturers; in gallium nitride, where we do not yet sell "
              "products, the market is led by fabless suppliers and by foundries such as Huajia Semiconductor Corp."),
        ("h", "Strategic Transactions and Investments"),
        ("p", "On March 3, 2025 we completed the acquisition of Lindqvist Epitaxy AB, a Swedish developer of SiC "
              "epitaxial reactors and processes, for total consideration of $96 million in cash. Lindqvist "
              "now operates as a wholly owned subsidiary and its results are included in our consolidated "
              "statements from the acquisition date."),
        ("p", "Corvane Ventures LLC, our wholly owned corporate venture subsidiary, makes minority investments "
              "in companies developing power conversion technologies. In fiscal 2025 Corvane Ventures invested "
              "$18 million in the Series B financing of Paxwell Devices, Inc., a developer of vertical GaN "
              "transistors. Following that financing, Corvane Ventures holds approximately 12% of the outstanding "
              "shares of Paxwell on a fully diluted basis."),
        ("p", "In January 2025 we entered into a joint development agreement with Tessaline AI, Inc. to co-design "
              "48V-to-point-of-load power stages for Tessaline's next-generation accelerator boards. Neither "
              "party pays the other under the agreement and each retains ownership of its background IP."),
        ("h", "ITEM 3. LEGAL PROCEEDINGS"),
        ("p", "In April 2025, Rimefield Energy Storage, Inc. filed a complaint against Corvane in the U.S. District "
              "Court for the District of Delaware alleging infringement of two patents relating to module "
              "packaging. We believe the claims are without merit and intend to defend ourselves vigorously."),
    ],
    [
        ("h", "ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS - LIQUIDITY AND CAPITAL RESOURCES"),
        ("p", "As of June 28, 2025 we had cash, cash equivalents and short-term investments of $1.12 billion. "
              "On November 14, 2024, Corvane entered into a senior secured revolving credit facility with Quorra "
              "Bank, N.A. providing for borrowings of up to $500 million, maturing in November 2029. As of "
              "fiscal year end, $150 million was outstanding under the facility."),
        ("p", "Contractual obligations at fiscal year end were as follows (in millions):"),
        ("row", ["Obligation", "Total", "< 1 year", "1-3 years", "> 3 years"]),
        ("row", ["Substrate purchase commitments", "$262", "$58", "$124", "$80"]),
        ("row", ["Revolving credit facility", "$150", "-", "-", "$150"]),
        ("row", ["Operating leases", "$74", "$11", "$26", "$37"]),
        ("row", ["Equipment purchase orders", "$188", "$171", "$17", "-"]),
        ("p", "Capital expenditures were $611 million in fiscal 2025, principally for the Lewiston 200mm line. "
              "We expect fiscal 2026 capital expenditures of $420 million to $480 million."),
        ("h", "ITEM 9A. CONTROLS AND PROCEDURES"),
        ("p", "Pellworth & Sloane LLP, the independent registered public accounting firm that audited our "
              "consolidated financial statements, has issued an attestation report on our internal control "
              "over financial reporting. Pellworth & Sloane LLP has served as auditor of Corvane since 2019."),
        ("h", "SIGNATURES"),
        ("p", "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
              "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto "
              "duly authorized. Corvane Semiconductor, Inc. By: /s/ Dana R. Whitcombe, President and Chief "
              "Executive Officer. By: /s/ Marcus O. Ilesanmi, Chief Financial Officer. Date: August 21, 2025."),
    ],
]

# --------------------------------------------------------------------------------------
# 03  江苏晶垣碳化硅材料股份有限公司 - 对外投资公告 (Simplified Chinese)
# --------------------------------------------------------------------------------------
JINGYUAN_NOTICE = [
    [
        ("small", "证券代码：688917    证券简称：晶垣材料    公告编号：2025-046"),
        ("title", "江苏晶垣碳化硅材料股份有限公司"),
        ("h", "关于对外投资暨签署战略合作协议的公告"),
        ("notice", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "投资标的名称：上海沪能电驱科技有限公司（以下简称“沪能电驱”或“标的公司”）。"),
        ("p", "投资金额：公司拟以自有资金人民币3.2亿元认缴沪能电驱新增注册资本。"),
        ("p", "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("p", "风险提示：标的公司的经营受新能源汽车行业景气度、客户需求及技术迭代等因素影响，投资收益存在不确定性。"),
        ("h", "一、对外投资概述"),
        ("p", "江苏晶垣碳化硅材料股份有限公司（以下简称“公司”或“晶垣材料”）主要从事碳化硅衬底的研发、生产和销售。"),
        ("p", "为完善公司在碳化硅产业链下游的布局，公司于2025年9月12日召开第三届董事会第十九次会议。"),
        ("p", "会议审议通过了《关于对沪能电驱增资的议案》。"),
        ("p", "晶垣材料拟以人民币3.2亿元认购沪能电驱新增注册资本人民币2,461.54万元，其余计入资本公积。"),
        ("p", "本次增资完成后，公司将持有沪能电驱18.00%的股权，沪能电驱不纳入公司合并报表范围。"),
        ("p", "公司控股股东常州晶垣投资控股有限公司持有公司32.46%的股份。"),
        ("p", "沪能电驱与公司控股股东常州晶垣投资控股有限公司及实际控制人不存在关联关系。"),
        ("p", "根据《上海证券交易所科创板股票上市规则》及《公司章程》的规定，本次对外投资事项无需提交股东大会审议。"),
    ],
    [
        ("h", "二、投资标的基本情况"),
        ("p", "公司名称：上海沪能电驱科技有限公司。"),
        ("p", "注册地址：中国（上海）自由贸易试验区临港新片区海港大道1288号。"),
        ("p", "经营范围：新能源汽车电机控制器、电驱动总成的研发、生产与销售；技术服务。"),
        ("p", "沪能电驱主要产品为800V碳化硅主驱逆变器，已向国内外多家整车厂批量供货。"),
        ("p", "本次增资前，上海申港新能源产业投资基金合伙企业（有限合伙）持有沪能电驱31.20%的股权，为其第一大股东。"),
        ("p", "增资前后标的公司股权结构如下："),
        ("row", ["股东名称", "增资前持股比例", "增资后持股比例"]),
        ("row", ["上海申港新能源产业投资基金", "31.20%", "25.58%"]),
        ("row", ["创始团队持股平台", "42.50%", "34.85%"]),
        ("row", ["其他股东", "26.30%", "21.57%"]),
        ("row", ["晶垣材料", "—", "18.00%"]),
        ("p", "沪能电驱2024年度经审计营业收入为人民币14.86亿元，净利润为人民币0.73亿元。"),
        ("p", "上述财务数据已经金衡会计师事务所（特殊普通合伙）审计，该所与本公司及沪能电驱均不存在其他业务往来。"),
    ],
    [
        ("h", "三、战略合作协议的主要内容"),
        ("p", "在增资协议签署的同时，公司与沪能电驱签署了《战略合作协议》，双方将在车规级碳化硅衬底验证、模块可靠性测试等方面开展合作。"),
        ("p", "协议为框架性约定，不涉及具体交易金额。"),
        ("h", "四、本次投资对公司的影响"),
        ("p", "公司目前主要向境外功率器件厂商供应导电型碳化硅衬底。"),
        ("p", "公司自2024年9月起向Corvane Semiconductor, Inc.供应150mm及200mm导电型碳化硅衬底。"),
        ("p", "Corvane Semiconductor, Inc.（中文名“科维半导体”）为美国纳斯达克上市公司，主营碳化硅功率器件。"),
        ("p", "沪能电驱是国内领先的碳化硅主驱逆变器厂商，本次投资有助于公司把握车规级应用的真实需求。"),
        ("p", "为配合200mm衬底扩产，公司正在推进苏州二期项目建设。"),
        ("p", "公司全资子公司苏州晶垣半导体材料有限公司已向合肥科晟晶体装备有限公司采购长晶炉120台，合同金额人民币2.16亿元。"),
        ("p", "公司同行业可比公司嘉峪晶源、北辰晶材等亦在加快8英寸产能建设，市场竞争可能加剧。"),
        ("h", "五、风险提示"),
        ("p", "标的公司未来经营可能受到宏观经济、行业政策、市场竞争及下游客户需求变化等因素影响。"),
        ("p", "公司将密切关注本次投资的后续进展，并按照相关规定及时履行信息披露义务。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("sign", "江苏晶垣碳化硅材料股份有限公司董事会"),
        ("sign", "2025年9月13日"),
    ],
]


def build_english(pages, out_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(False)
    for page in pages:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("Helvetica", "B", 15)
                pdf.multi_cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 10.5)
                pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font("Helvetica", "", 8)
                pdf.multi_cell(0, 4.2, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "row":
                pdf.set_font("Helvetica", "", 9)
                widths = [70] + [26] * (len(content) - 1)
                for width, cell in zip(widths, content):
                    pdf.cell(width, 5.5, cell, border=1)
                pdf.ln(5.5)
            else:
                pdf.set_font("Helvetica", "", 9.5)
                pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
        if pdf.get_y() > 285:
            raise ValueError(f"{out_path}: page {pdf.page_no()} overflows")
    pdf.output(out_path)


def extract_cjk_font(text, workdir):
    """Write a subset TrueType copy of Noto Sans CJK SC covering `text`; return its path."""
    font = TTCollection(CJK_TTC).fonts[CJK_SC_INDEX]
    options = Options()
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "VORG", "vhea", "vmtx"]
    subsetter = Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    otf_path = os.path.join(workdir, "NotoSansSC-subset.otf")
    font.save(otf_path)
    return cff_to_truetype(otf_path, os.path.join(workdir, "NotoSansSC-subset.ttf"))


def cff_to_truetype(otf_path, ttf_path):
    """Convert cubic CFF outlines to quadratic glyf outlines with cu2qu."""
    from fontTools.ttLib import TTFont

    font = TTFont(otf_path)
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = glyphs
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentElements = maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = font.getGlyphOrder()
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(ttf_path)
    return ttf_path


def wrap_after_full_stop(pdf, text, width):
    """Pack whole sentences (ending in 。) into lines no wider than `width`."""
    sentences = [s + "。" for s in text.split("。") if s] if "。" in text else [text]
    if not text.endswith("。") and "。" in text:
        sentences[-1] = sentences[-1][:-1]
    lines, current = [], ""
    for sentence in sentences:
        if pdf.get_string_width(sentence) > width:
            raise ValueError(f"sentence too wide for one line: {sentence}")
        if current and pdf.get_string_width(current + sentence) > width:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def build_chinese(pages, out_path, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(13, 18, 13)
    pdf.set_auto_page_break(False)
    pdf.add_font("NotoSC", "", font_path)
    width = pdf.w - 26
    for page in pages:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("NotoSC", "", 15)
                pdf.cell(0, 9, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font("NotoSC", "", 11)
                pdf.cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font("NotoSC", "", 8.5)
                pdf.cell(0, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sign":
                pdf.set_font("NotoSC", "", 9.5)
                pdf.cell(0, 6, content, align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "row":
                pdf.set_font("NotoSC", "", 9)
                widths = [80] + [40] * (len(content) - 1)
                for w, cell in zip(widths, content):
                    pdf.cell(w, 6, cell, border=1)
                pdf.ln(6)
            elif kind == "notice":
                pdf.set_font("NotoSC", "", 7.5)
                for line in wrap_after_full_stop(pdf, content, width):
                    pdf.cell(0, 6, line, border=1, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("NotoSC", "", 8.5)
                for line in wrap_after_full_stop(pdf, content, width):
                    pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
        if pdf.get_y() > 285:
            raise ValueError(f"{out_path}: page {pdf.page_no()} overflows")
    pdf.output(out_path)


def all_text(pages):
    parts = []
    for page in pages:
        for _, content in page:
            parts.extend(content if isinstance(content, list) else [content])
    return "".join(parts)


def main():
    build_english(CORVANE_10K, os.path.join(HERE, "01_Corvane_10-K_excerpt.pdf"))
    workdir = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        font_path = extract_cjk_font(all_text(JINGYUAN_NOTICE), workdir)
        build_chinese(JINGYUAN_NOTICE, os.path.join(HERE, "03_Jingyuan_A-share_announcement.pdf"), font_path)
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
