"""Build the PDF documents of this evaluation set with fpdf2.

    /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces only. Chinese text uses
the Simplified Chinese face of Noto Sans CJK, extracted from the system .ttc
with fontTools and subset to the characters actually used, in a temporary
directory that is removed at the end. Chinese lines are broken only after a
full stop (。), so every sentence stays on one line of the PDF.
"""
import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SC_INDEX = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

# --------------------------------------------------------------------------
# 02 - Brightmoor Manufacturing Services, Form 10-K excerpt (English)
# Each block is (style, text); styles: title, center, h1, h2, p, small, table.
# --------------------------------------------------------------------------
BRIGHTMOOR_10K = [
    ("center", "UNITED STATES"),
    ("center", "SECURITIES AND EXCHANGE COMMISSION"),
    ("center", "Washington, D.C. 20549"),
    ("title", "FORM 10-K"),
    ("center", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("center", "For the fiscal year ended June 28, 2025"),
    ("center", "Commission File Number 001-39518"),
    ("title", "Brightmoor Manufacturing Services, Inc."),
    ("center", "(Exact name of registrant as specified in its charter)"),
    ("center", "Delaware | 84-2290176 | 1400 Riverbend Drive, Austin, Texas 78741"),
    ("center", "Common Stock, par value $0.01 per share - New York Stock Exchange - Ticker symbol: BMSV"),
    ("small", "Indicate by check mark whether the registrant is a large accelerated filer, an accelerated "
              "filer, a non-accelerated filer, a smaller reporting company, or an emerging growth company. "
              "Large accelerated filer [X]"),
    ("h1", "CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS"),
    ("p", "This Annual Report on Form 10-K contains forward-looking statements within the meaning of "
          "Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934. "
          "Words such as \"anticipate,\" \"believe,\" \"expect,\" \"intend,\" \"plan\" and similar expressions "
          "identify forward-looking statements, which include statements about customer demand, the "
          "integration of acquired businesses, the expected benefits of our artificial intelligence and "
          "automation programs and our liquidity. Actual results may differ materially because of the "
          "factors described in Part I, Item 1A, \"Risk Factors.\" We undertake no obligation to update "
          "any forward-looking statement."),
    ("h1", "PART I"),
    ("h2", "Item 1. Business"),
    ("h2", "Overview"),
    ("p", "Brightmoor Manufacturing Services, Inc. (\"Brightmoor,\" the \"Company,\" \"we\" or \"us\") is a "
          "provider of electronics manufacturing services (\"EMS\") to original equipment manufacturers in "
          "the industrial, medical, data-center and automotive markets. We operate 17 manufacturing "
          "facilities in the United States, Mexico, Romania, Malaysia and Sweden. Net sales for fiscal 2025 "
          "were $4.86 billion."),
    ("h2", "Customers"),
    ("p", "Our ten largest customers accounted for approximately 52% of net sales in fiscal 2025, and no "
          "customer accounted for 10% or more of net sales. During fiscal 2025 we began manufacturing the "
          "Corvane Edge family of compute modules for Corvane Electronics, Inc. under a three-year contract "
          "manufacturing agreement; revenue from Corvane represented approximately 6% of net sales in the "
          "fourth quarter. We believe that programs of this kind, in which a distributor brings a "
          "private-label design to an EMS provider, will become more common."),
    ("h2", "Artificial intelligence in our factories"),
    ("p", "We have made the deployment of machine learning on the factory floor a central part of our "
          "operating strategy. We purchase AI-based automated optical inspection systems from Quillon "
          "Vision, Inc., which are now installed on 14 surface-mount lines at our Guadalajara, Penang and "
          "Oradea facilities. On those lines, false calls that require manual review have fallen by more "
          "than 80% compared with the conventional inspection equipment they replaced."),
    ("p", "Brightmoor Automation GmbH, a wholly owned subsidiary, develops our machine-learning based "
          "line-balancing software and is located in Dresden, Germany. Our GPU training cluster in Austin "
          "consists of servers purchased from Arvex Compute Corp. and is used to train inspection, "
          "scheduling and predictive-maintenance models on data from all of our sites."),
    ("p", "In fiscal 2025 we entered into a strategic collaboration with Stratavault Cloud Services to build "
          "digital twins of our highest-volume production lines; each party bears its own costs under the "
          "collaboration and no payments are made between the parties."),
    ("h2", "Suppliers"),
    ("p", "We procure components from a broad group of manufacturers and franchised distributors. We purchase "
          "microcontrollers and power devices directly from Nordlicht Semiconductor for several industrial "
          "programs under a global pricing agreement. We generally do not enter into long-term purchase "
          "commitments beyond customer forecasts."),
    ("h2", "Acquisitions"),
    ("p", "On February 14, 2025, we completed the acquisition of Lindqvist Test Systems AB, a Swedish maker "
          "of in-circuit and functional test equipment, for cash consideration of $88.4 million. Lindqvist "
          "now operates as a wholly owned subsidiary of Brightmoor and is reported within our Industrial "
          "segment. The acquisition adds in-house test capability that we previously sourced from third "
          "parties."),
    ("h2", "Competition"),
    ("p", "The EMS industry is highly competitive. We compete with Hongkai Precision Co., Ltd., Ostrava "
          "Contract Electronics and a number of other global and regional EMS providers, as well as with "
          "original design manufacturers and with the internal manufacturing operations of our customers."),
    ("h2", "Item 3. Legal Proceedings"),
    ("p", "In April 2025, Caldera Medical Devices, a former customer, filed suit against Brightmoor in the "
          "District Court of Travis County, Texas, alleging breach of a supply agreement relating to late "
          "deliveries in fiscal 2024. We believe the claims are without merit and intend to defend the "
          "matter vigorously."),
    ("h1", "PART II"),
    ("h2", "Item 7. Management's Discussion and Analysis - Liquidity and Capital Resources"),
    ("table", [["(in millions)", "Fiscal 2025", "Fiscal 2024"],
               ["Net sales", "$4,862.1", "$4,410.7"],
               ["Operating income", "$231.5", "$198.2"],
               ["Cash provided by operating activities", "$187.9", "$142.6"],
               ["Capital expenditures", "$121.3", "$96.4"]]),
    ("p", "On March 31, 2025, we entered into a $350 million senior secured term loan with Pellmark Bank, "
          "N.A., as administrative agent and lender, the proceeds of which were used in part to fund the "
          "Lindqvist acquisition. The term loan matures in March 2030 and bears interest at SOFR plus "
          "1.75%. As of June 28, 2025, we were in compliance with all covenants."),
    ("h2", "Item 9A. Controls and Procedures"),
    ("p", "Ridley Fenn LLP, our independent registered public accounting firm, has audited the consolidated "
          "financial statements of Brightmoor Manufacturing Services, Inc. and has issued an attestation "
          "report on the effectiveness of our internal control over financial reporting as of June 28, 2025."),
    ("h2", "SIGNATURES"),
    ("p", "Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
          "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto "
          "duly authorized."),
    ("p", "BRIGHTMOOR MANUFACTURING SERVICES, INC."),
    ("p", "By: /s/ Catherine Voss - Catherine Voss, Chair and Chief Executive Officer - August 21, 2025"),
]

# --------------------------------------------------------------------------
# 04 - Shenzhen Xinhuitong Electronics, A-share announcement (Simplified Chinese)
# --------------------------------------------------------------------------
XINHUITONG_ANNOUNCEMENT = [
    ("small", "证券代码：301587　　证券简称：芯汇通　　公告编号：2025-068"),
    ("title", "深圳芯汇通电子股份有限公司"),
    ("title", "关于对外投资暨签署战略合作协议的公告"),
    ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("h2", "一、对外投资概述"),
    ("p", "深圳芯汇通电子股份有限公司（以下简称“公司”）于2025年11月10日召开第三届董事会第十九次会议，"
          "审议通过了《关于对外投资暨签署战略合作协议的议案》。"
          "公司拟以自有资金人民币12,000万元认购苏州智检视觉科技有限公司新增注册资本。"
          "本次增资完成后，公司将持有智检视觉18.75%的股权，智检视觉将成为公司的参股公司。"
          "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
          "根据《深圳证券交易所创业板股票上市规则》及《公司章程》的规定，本次交易在董事会审批权限范围内，无需提交股东大会审议。"),
    ("h2", "二、标的公司基本情况"),
    ("p", "1．公司名称：苏州智检视觉科技有限公司（以下简称“智检视觉”）。"
          "2．统一社会信用代码：91320594MA7K3QX21P。"
          "3．注册地址：苏州工业园区星湖街218号生物纳米园C7栋。"
          "4．法定代表人：顾一鸣。"
          "5．经营范围：人工智能视觉检测设备及软件的研发、生产和销售；技术服务、技术开发、技术咨询。"),
    ("p", "6．本次增资前，智检视觉注册资本为人民币2,600万元。"
          "苏州恒岳创业投资合伙企业（有限合伙）目前持有智检视觉24.00%的股权，为其第二大股东。"
          "创始人顾一鸣持有46.00%的股权，为其控股股东及实际控制人。"),
    ("p", "7．主要财务数据：截至2024年12月31日，智检视觉资产总额为人民币21,486.37万元，净资产为人民币15,902.18万元。"
          "2024年度，智检视觉实现营业收入人民币9,873.52万元，净利润人民币-1,264.09万元。"
          "以上数据已经审计。"),
    ("p", "公司聘请的审计机构立信华明会计师事务所（特殊普通合伙）已对智检视觉2024年度财务报表进行审计。"),
    ("p", "智检视觉在国内的主要竞争对手包括睿视智能等企业，其在SMT炉后检测领域的误判率指标处于行业前列。"),
    ("h2", "三、战略合作协议的主要内容"),
    ("p", "同日，公司与智检视觉签署《战略合作协议》，双方将在AI视觉检测与元器件供应链数据领域开展合作。"
          "根据协议，智检视觉将向公司提供仓储AI质检平台及来料检验模型授权，合同期限三年。"
          "双方将共同建设元器件外观缺陷样本库，相关数据的所有权及使用权由双方另行约定。"),
    ("h2", "四、公司主营业务及主要客户、供应商情况"),
    ("p", "公司是国内领先的电子元器件授权分销商，主要产品包括存储芯片、电源管理芯片、连接器及被动元件。"
          "公司为Nordlicht Semiconductor在中国大陆的授权代理商之一，主要向其采购边缘AI处理器。"
          "2024年度，公司向港联电子控股有限公司销售存储芯片及被动元件，销售金额为人民币3.46亿元。"
          "华拓智造科技股份有限公司系公司前五大客户之一，公司主要向其供应电源管理芯片及连接器。"),
    ("p", "公司全资子公司芯汇通电子（香港）有限公司主要负责境外采购及香港地区的分销业务。"),
    ("h2", "五、对外投资的目的、存在的风险和对公司的影响"),
    ("p", "随着AI服务器及智能制造需求快速增长，下游电子制造服务企业对来料质量及检测效率的要求持续提高。"
          "本次投资有利于公司将AI视觉检测能力嵌入仓储及来料检验环节，提升增值服务水平。"
          "本次投资资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大不利影响。"
          "标的公司在经营过程中可能面临技术迭代、市场竞争及经营管理等风险，投资收益存在不确定性。"
          "敬请广大投资者谨慎决策，注意投资风险。"),
    ("h2", "六、备查文件"),
    ("p", "1．第三届董事会第十九次会议决议。"
          "2．《增资协议》。"
          "3．《战略合作协议》。"),
    ("p", "特此公告。"),
    ("right", "深圳芯汇通电子股份有限公司董事会"),
    ("right", "2025年11月11日"),
]


# --------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------
def extract_cjk_face(index, text, workdir):
    """Save face `index` of the Noto Sans CJK collection as a TrueType font.

    The face is subset to the characters of `text`, and its CFF (cubic)
    outlines are converted to glyf (quadratic) outlines with cu2qu, because
    fpdf2 embeds TrueType outlines reliably but not CID-keyed CFF ones.
    """
    font = TTCollection(NOTO_CJK).fonts[index]
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(workdir, "NotoSansCJKsc-subset.ttf")
    font.save(path)
    return path


def cff_to_truetype(font, max_err=1.0):
    """Replace the CFF table of `font` by an equivalent glyf table (in place)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)

    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.compile(font)

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\0\1\0\0"


def all_text(blocks):
    parts = []
    for _, content in blocks:
        if isinstance(content, list):
            parts.extend(cell for row in content for cell in row)
        else:
            parts.append(content)
    return "".join(parts)


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
def new_pdf(footer_label):
    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font(self.body_font, size=8)
            self.cell(0, 6, footer_label.format(page=self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    return pdf


def write_english(blocks, out_path):
    pdf = new_pdf("Brightmoor Manufacturing Services, Inc. - Form 10-K - {page}")
    pdf.body_font = "Helvetica"
    pdf.add_page()
    for style, content in blocks:
        if style == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif style == "center":
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 5, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif style == "h1":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
        elif style == "h2":
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif style == "small":
            pdf.set_font("Helvetica", "", 8)
            pdf.multi_cell(0, 4, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif style == "table":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(col_widths=(90, 40, 40), text_align=("LEFT", "RIGHT", "RIGHT")) as table:
                for row in content:
                    table.row(row)
            pdf.ln(2)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(out_path)


def sentences(text):
    """Split Chinese text after each 。 (the only place a line may break)."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "。":
            out.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        out.append(text[start:])
    return out


def write_cjk_line(pdf, text, size, height, align="L"):
    """Write one line; shrink the font if the sentence is wider than the page."""
    width = pdf.epw
    while size > 6 and pdf.get_string_width(text) > width:
        size -= 0.5
        pdf.set_font_size(size)
    if pdf.get_string_width(text) > width:
        raise ValueError(f"sentence too long for one line: {text}")
    pdf.cell(0, height, text, align=align, new_x="LMARGIN", new_y="NEXT")


def write_chinese(blocks, out_path, font_path):
    pdf = new_pdf("第 {page} 页")
    pdf.add_font("NotoSC", "", font_path)
    pdf.body_font = "NotoSC"
    pdf.add_page()
    for style, content in blocks:
        if style == "title":
            pdf.set_font("NotoSC", size=14)
            write_cjk_line(pdf, content, 14, 9, align="C")
        elif style == "h2":
            pdf.ln(2)
            pdf.set_font("NotoSC", size=11)
            write_cjk_line(pdf, content, 11, 7)
        elif style == "small":
            pdf.set_font("NotoSC", size=9)
            write_cjk_line(pdf, content, 9, 6)
        elif style == "right":
            pdf.set_font("NotoSC", size=10)
            write_cjk_line(pdf, content, 10, 6, align="R")
        else:
            for line in sentences(content):
                pdf.set_font("NotoSC", size=10)
                write_cjk_line(pdf, line, 10, 6)
            pdf.ln(2)
    pdf.output(out_path)


def main():
    write_english(BRIGHTMOOR_10K, os.path.join(HERE, "02_Brightmoor_10-K.pdf"))

    workdir = tempfile.mkdtemp(prefix="cjk_font_")
    try:
        text = all_text(XINHUITONG_ANNOUNCEMENT) + "第页0123456789"
        font_path = extract_cjk_face(NOTO_SC_INDEX, text, workdir)
        write_chinese(XINHUITONG_ANNOUNCEMENT,
                      os.path.join(HERE, "04_Xinhuitong_announcement.pdf"), font_path)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
