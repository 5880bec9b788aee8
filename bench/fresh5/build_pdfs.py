#!/usr/bin/env python
"""Build the two PDF documents of this evaluation set.

    /work/main/.venv/bin/python build_pdfs.py

Writes 04_quillon_10k_2025_excerpt.pdf (English, DejaVu fonts) and
07_cn_annual_report_summary.pdf (Simplified Chinese, Noto Sans CJK SC).

* Creation dates are fixed, so the output is byte-for-byte reproducible.
* Automatic page breaks stay on, but every page is checked: if the content
  written for page N spills onto page N+1 the script raises and exits
  non-zero, so the page numbers in links.jsonl stay valid.
* fpdf2 embeds the CFF-based Noto CJK font with a custom encoding CMap that
  pypdf cannot decode, so the font is first subset to the characters used in
  this file and converted to TrueType outlines (in a temporary directory
  inside this folder, removed afterwards).
"""
import datetime
import os
import sys
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu"
NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
NOTO_SC_INDEX = 2  # Noto Sans CJK SC inside the collection
UTC = datetime.timezone.utc


class PageOverflow(RuntimeError):
    pass


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def cjk_ttf(style, text, out_path):
    """Subset Noto Sans CJK SC to `text` and save it with TrueType outlines."""
    font = TTFont(NOTO_CJK.format(style), fontNumber=NOTO_SC_INDEX,
                  recalcTimestamp=False, lazy=False)
    opts = subset.Options()
    opts.desubroutinize = True
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
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
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    def __init__(self, fmt, running_head, footer_fmt, family, size, body_align="J"):
        super().__init__(format=fmt, unit="mm")
        self.body_align = body_align
        self.running_head = running_head
        self.footer_fmt = footer_fmt
        self.family = family
        self.size = size
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=18)
        self.expected_page = 0

    # running head / foot -------------------------------------------------
    def header(self):
        self.set_font(self.family, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 4, self.running_head, align="L")
        self.set_draw_color(150, 150, 150)
        self.line(20, 15, self.w - 20, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.family, "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.footer_fmt.format(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # page discipline -----------------------------------------------------
    def begin_page(self, n):
        self.check_page()
        self.add_page()
        self.expected_page = n
        if self.page != n:
            raise PageOverflow(f"expected to start page {n}, got {self.page}")

    def check_page(self):
        if self.expected_page and self.page != self.expected_page:
            raise PageOverflow(
                f"content for page {self.expected_page} overflowed onto page {self.page}")

    # content -------------------------------------------------------------
    def h1(self, text, size=None):
        self.set_font(self.family, "B", size or self.size + 4)
        self.multi_cell(0, (size or self.size + 4) * 0.5, text, align="C")
        self.ln(2)
        self.check_page()

    def h2(self, text):
        self.ln(1)
        self.set_font(self.family, "B", self.size + 1)
        self.multi_cell(0, 5.2, text)
        self.ln(0.8)
        self.check_page()

    def h3(self, text):
        self.set_font(self.family, "B", self.size)
        self.multi_cell(0, 4.8, text)
        self.ln(0.4)
        self.check_page()

    def para(self, text, size=None, lh=None, after=1.6):
        self.set_font(self.family, "", size or self.size)
        self.multi_cell(0, lh or (size or self.size) * 0.47, text, align=self.body_align)
        self.ln(after)
        self.check_page()

    def table(self, widths, rows, header=True, size=None, lh=5.4, aligns=None):
        size = size or self.size - 0.5
        aligns = aligns or ["L"] * len(widths)
        for i, row in enumerate(rows):
            bold = header and i == 0
            self.set_font(self.family, "B" if bold else "", size)
            if bold:
                self.set_fill_color(228, 228, 228)
            for w, cell, al in zip(widths, row, aligns):
                if self.get_string_width(cell) > w - 2.2:
                    raise PageOverflow(f"table cell too wide for one line: {cell!r}")
                self.cell(w, lh, cell, border=1, align="C" if bold else al, fill=bold)
            self.ln(lh)
            self.check_page()
        self.ln(1.8)


# --------------------------------------------------------------------------
# Document 4: Quillon Semiconductor Corporation, Form 10-K excerpt (English)
# --------------------------------------------------------------------------
def build_10k(path):
    pdf = Doc("Letter",
              "Quillon Semiconductor Corporation  |  Annual Report on Form 10-K  |  Fiscal Year Ended December 28, 2025  (excerpt)",
              "Excerpt page {} of 4", "dv", 9.5)
    pdf.add_font("dv", "", f"{DEJAVU}/DejaVuSerif.ttf")
    pdf.add_font("dv", "B", f"{DEJAVU}/DejaVuSerif-Bold.ttf")
    pdf.set_creation_date(datetime.datetime(2026, 2, 19, 21, 5, tzinfo=UTC))
    pdf.set_title("Quillon Semiconductor Corporation - Form 10-K (excerpt)")
    pdf.set_author("Quillon Semiconductor Corporation")
    pdf.set_creator("illustrative evaluation set")
    pdf.set_producer("fpdf2")

    # ---- page 1 ---------------------------------------------------------
    pdf.begin_page(1)
    pdf.h1("QUILLON SEMICONDUCTOR CORPORATION\nANNUAL REPORT ON FORM 10-K", 13)
    pdf.para("For the fiscal year ended December 28, 2025. Commission File Number 001-38817. "
             "The following pages reproduce selected portions of the Annual Report; "
             "omitted portions are indicated by section headings only.", size=8.5, after=2)
    pdf.h3("Special Note Regarding Forward-Looking Statements")
    pdf.para("This Annual Report contains forward-looking statements within the meaning of Section 27A of the "
             "Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934, including statements "
             "regarding our expected revenue, supply availability, the benefits of acquisitions and strategic "
             "investments, and our liquidity. Words such as \u201canticipate,\u201d \u201cbelieve,\u201d \u201cexpect,\u201d "
             "\u201cintend,\u201d \u201cmay\u201d and \u201cwill\u201d identify such statements. Actual results could differ "
             "materially because of the risks described in Item 1A, \u201cRisk Factors,\u201d and we undertake no "
             "obligation to update any forward-looking statement.", size=8.5)
    pdf.h2("PART I \u2014 Item 1. Business")
    pdf.h3("Overview")
    pdf.para("Quillon Semiconductor Corporation (\u201cQuillon,\u201d the \u201cCompany,\u201d \u201cwe,\u201d \u201cus\u201d or "
             "\u201cour\u201d) designs accelerated computing platforms, including accelerators, systems, networking "
             "products and software, used to train and deploy artificial intelligence models. Our common stock is "
             "listed on the Nasdaq Global Select Market under the symbol \u201cQLSC.\u201d We were incorporated in "
             "California in 1998 and reincorporated in Delaware in 2004.")
    pdf.h3("Customers")
    pdf.para("We sell our accelerator systems and networking products principally to cloud service providers, AI "
             "model developers, server manufacturers and distributors. Sales to Lumenfield Compute Corp., a "
             "specialized cloud provider, accounted for 14% of our total revenue in fiscal 2025, and sales to one "
             "other customer, a large hyperscale cloud provider, accounted for 11% of total revenue. No other "
             "customer accounted for 10% or more of total revenue in fiscal 2025, 2024 or 2023.")
    pdf.h3("Manufacturing and Supply")
    pdf.para("We do not own or operate semiconductor fabrication facilities. Substantially all of our accelerator "
             "and networking dies are manufactured by Tanhai Wafer Manufacturing Co., Ltd. (\u201cTanhai\u201d) in "
             "Taiwan under a wafer supply agreement that runs through 2028, and we have no guaranteed capacity "
             "beyond that agreement. The high-bandwidth memory (\u201cHBM\u201d) stacks integrated into our QX-900 "
             "products are purchased primarily from Seoryeon Memory Co., Ltd., and any disruption in its supply "
             "could delay our shipments. We also rely on third-party subcontractors for advanced packaging, "
             "assembly and test, principally in Taiwan and Malaysia.")
    pdf.h3("Competition")
    pdf.para("The market for data center accelerators is intensely competitive and characterized by rapid "
             "technological change. Our principal competitors include Brisemont Devices, Inc., several hyperscale "
             "cloud providers that design custom accelerators for internal use, and, in China, domestic suppliers "
             "such as Panyao Semiconductor, whose products are not subject to the export restrictions that limit "
             "our sales there. We compete on performance per watt, software ecosystem, networking and the ability "
             "to deliver complete systems at scale.")
    pdf.check_page()

    # ---- page 2 ---------------------------------------------------------
    pdf.begin_page(2)
    pdf.h2("PART II \u2014 Item 7. Management\u2019s Discussion and Analysis of Financial Condition and Results of Operations")
    pdf.h3("Fiscal 2025 Summary")
    pdf.table((70, 32, 32, 34), [
        ("(in millions, except percentages)", "Fiscal 2025", "Fiscal 2024", "Change"),
        ("Revenue", "$43,268", "$24,911", "74%"),
        ("Gross margin", "67.8%", "64.1%", "3.7 pts"),
        ("Operating income", "$21,906", "$10,482", "109%"),
        ("Net income", "$18,337", "$8,960", "105%"),
        ("Diluted earnings per share", "$7.41", "$3.63", "104%"),
    ], aligns=("L", "R", "R", "R"))
    pdf.para("Data Center revenue was $38.9 billion, up 81%, driven by shipments of QX-900 systems to cloud "
             "service providers and AI model developers. Gross margin expanded primarily because of a favorable "
             "mix of systems and networking products, partially offset by higher HBM costs.")
    pdf.h3("Strategic Investments")
    pdf.para("In December 2025 we completed an investment of $2.5 billion in Series D preferred stock of Aperture "
             "Minds, Inc., a developer of large language models, and we hold an option to invest up to an "
             "additional $1.5 billion in 2026, subject to Aperture\u2019s achievement of specified milestones. We "
             "account for this investment as a non-marketable equity security under the measurement alternative, "
             "and it is included in other assets on our consolidated balance sheet. Our other strategic investments "
             "are made primarily through Quillon Ventures LLC and had an aggregate carrying value of $612 million as "
             "of December 28, 2025.")
    pdf.h3("Acquisition of Fibrelight")
    pdf.para("On October 10, 2025, we completed the acquisition of Fibrelight Interconnect, Inc., a developer of "
             "optical and electrical interconnect products, for total purchase consideration of $1.9 billion in "
             "cash. Of the purchase price, $1.21 billion was allocated to goodwill and $540 million to identifiable "
             "intangible assets, primarily developed technology. Fibrelight\u2019s results have been included in our "
             "Data Center segment since the acquisition date and were not material to fiscal 2025.")
    pdf.h3("Purchase Obligations and Customer Prepayments")
    pdf.para("As of December 28, 2025, we had outstanding inventory purchase and long-term supply and capacity "
             "obligations totaling $21.6 billion, the majority of which relate to wafer and HBM purchases. Deferred "
             "revenue included $1.2 billion of customer prepayments received under a multi-year supply agreement "
             "signed in October 2025, which will be recognized as the related systems are delivered in fiscal 2026.")
    pdf.check_page()

    # ---- page 3 ---------------------------------------------------------
    pdf.begin_page(3)
    pdf.h2("Liquidity and Capital Resources")
    pdf.para("As of December 28, 2025, we had $31.4 billion in cash, cash equivalents and marketable securities, "
             "compared with $19.7 billion as of December 29, 2024. We believe that these balances, cash generated "
             "from operations and the borrowing capacity described below will be sufficient to meet our operating "
             "requirements, capital expenditures and purchase commitments for at least the next twelve months.")
    pdf.h3("Revolving Credit Facility")
    pdf.para("On March 3, 2025, we entered into a credit agreement (the \u201cCredit Agreement\u201d) with Pellmont "
             "Bank, N.A., as administrative agent and a lender, Larchmont Trust Company, as syndication agent and a "
             "lender, and the other lenders party thereto, providing for a $4.0 billion unsecured revolving credit "
             "facility that matures in March 2030. Borrowings under the Credit Agreement bear interest, at our "
             "option, at Term SOFR plus a margin of 0.750% to 1.250%, or at a base rate plus a margin of 0% to "
             "0.250%, in each case based on our senior unsecured debt ratings, and we pay a commitment fee of "
             "0.060% to 0.125% per annum on the unused portion.")
    pdf.para("In October 2025 we borrowed $600 million under the Credit Agreement to fund a portion of the "
             "Fibrelight purchase price and repaid the full amount in December 2025. As of December 28, 2025, no "
             "amounts were outstanding. The Credit Agreement contains customary affirmative and negative covenants, "
             "including a requirement to maintain a ratio of consolidated total debt to consolidated EBITDA of not "
             "more than 3.50 to 1.00, and we were in compliance with all covenants as of December 28, 2025.(1) Our "
             "obligations under the Credit Agreement are unconditionally guaranteed by Quillon Semiconductor "
             "International Ltd.")
    pdf.h3("Commercial Paper")
    pdf.para("We maintain a commercial paper program under which we may issue up to $3.0 billion of unsecured "
             "short-term notes. The program is backstopped by the Credit Agreement. No commercial paper was "
             "outstanding as of December 28, 2025.")
    pdf.h3("Summary of Indebtedness")
    pdf.table((62, 34, 30, 42), [
        ("Instrument (in millions)", "Principal", "Maturity", "Interest rate"),
        ("2.950% Senior Notes", "$1,500", "2030", "2.950% fixed"),
        ("3.400% Senior Notes", "$2,000", "2035", "3.400% fixed"),
        ("Revolving credit facility", "\u2014", "2030", "Term SOFR + margin"),
        ("Commercial paper", "\u2014", "\u2014", "Market rates"),
        ("Total principal", "$3,500", "", ""),
    ], aligns=("L", "R", "C", "L"))
    pdf.para("(1) Certain of the lenders under the Credit Agreement and their affiliates have provided, and may in "
             "the future provide, commercial banking, underwriting and advisory services to us, for which they have "
             "received and will receive customary fees.", size=7.5, after=1)
    pdf.check_page()

    # ---- page 4 ---------------------------------------------------------
    pdf.begin_page(4)
    pdf.h1("Exhibit 21.1", 11)
    pdf.h1("SUBSIDIARIES OF THE REGISTRANT", 11)
    pdf.para("The following is a list of significant subsidiaries of Quillon Semiconductor Corporation as of "
             "December 28, 2025. Each subsidiary listed is wholly owned, directly or indirectly, by the registrant.",
             after=3)
    pdf.table((100, 76), [
        ("Name of Subsidiary", "Jurisdiction of Organization"),
        ("Quillon Semiconductor International Ltd.", "Ireland"),
        ("Quillon Ventures LLC", "Delaware"),
        ("Quillon Japan K.K.", "Japan"),
        ("Quillon Semiconductor (Shanghai) Co., Ltd.", "People's Republic of China"),
        ("Fibrelight Interconnect, Inc.", "Delaware"),
    ], lh=6.2)
    pdf.para("Pursuant to Item 601(b)(21)(ii) of Regulation S-K, the names of other subsidiaries of Quillon "
             "Semiconductor Corporation have been omitted because, considered in the aggregate as a single "
             "subsidiary, they would not constitute a significant subsidiary as of the end of the year covered by "
             "this report.", size=8.5, after=8)
    pdf.h3("SIGNATURES")
    pdf.para("Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly "
             "authorized.")
    pdf.para("QUILLON SEMICONDUCTOR CORPORATION\nBy: /s/ Harlan Voss \u2014 President and Chief Executive Officer\n"
             "By: /s/ Annika S\u00f8rlie \u2014 Executive Vice President and Chief Financial Officer\n"
             "Date: February 19, 2026", after=1)
    pdf.check_page()
    if pdf.page != 4:
        raise PageOverflow("10-K excerpt must have 4 pages")
    pdf.output(path)


# --------------------------------------------------------------------------
# Document 7: 恒湾算力 2025年年度报告摘要 (Simplified Chinese)
# --------------------------------------------------------------------------
def build_cn_summary(path, font_dir):
    own_text = open(os.path.abspath(__file__), encoding="utf-8").read()
    reg = os.path.join(font_dir, "cjk-regular.ttf")
    bold = os.path.join(font_dir, "cjk-bold.ttf")
    cjk_ttf("Regular", own_text, reg)
    cjk_ttf("Bold", own_text, bold)

    pdf = Doc("A4", "恒湾算力科技股份有限公司2025年年度报告摘要", "第 {} 页 共 3 页", "cjk", 9, body_align="L")
    pdf.add_font("cjk", "", reg)
    pdf.add_font("cjk", "B", bold)
    pdf.set_creation_date(datetime.datetime(2026, 4, 25, 8, 30, tzinfo=UTC))
    pdf.set_title("恒湾算力科技股份有限公司2025年年度报告摘要")
    pdf.set_author("恒湾算力科技股份有限公司")
    pdf.set_creator("illustrative evaluation set")
    pdf.set_producer("fpdf2")

    # ---- 第1页 ------------------------------------------------------------
    pdf.begin_page(1)
    pdf.para("公司代码：688735                                                         公司简称：恒湾算力", after=4)
    pdf.h1("恒湾算力科技股份有限公司\n2025年年度报告摘要", 15)
    pdf.ln(2)
    pdf.h2("第一节 重要提示")
    pdf.para("1、本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到"
             "上海证券交易所网站等中国证监会指定媒体上仔细阅读年度报告全文。")
    pdf.para("2、重大风险提示：公司已在本报告中详细阐述公司在经营过程中可能面临的各种风险及应对措施，敬请查阅年度报告"
             "第三节“管理层讨论与分析”中“风险因素”相关内容。")
    pdf.para("3、本公司董事会及董事、高级管理人员保证年度报告内容的真实性、准确性、完整性，不存在虚假记载、误导性"
             "陈述或重大遗漏，并承担个别和连带的法律责任。")
    pdf.para("4、立诚会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。")
    pdf.para("5、公司上市时未盈利且尚未实现盈利：□是 √否")
    pdf.para("6、董事会决议通过的本报告期利润分配预案：公司拟向全体股东每10股派发现金红利1.20元（含税），不送红股，"
             "不以资本公积金转增股本。该预案尚需提交公司2025年年度股东大会审议。")
    pdf.h2("第二节 公司基本情况")
    pdf.h3("1 公司简介")
    pdf.table((36, 58, 36, 40), [
        ("股票种类", "股票上市交易所及板块", "股票简称", "股票代码"),
        ("A股", "上海证券交易所科创板", "恒湾算力", "688735"),
    ], aligns=("C", "C", "C", "C"))
    pdf.table((40, 65, 65), [
        ("联系人和联系方式", "董事会秘书", "证券事务代表"),
        ("姓名", "周曼", "林潇"),
        ("电话", "0951-5520688", "0951-5520688"),
        ("电子信箱", "ir@hengwan.example", "ir@hengwan.example"),
    ], aligns=("L", "C", "C"))
    pdf.h3("2 报告期公司主要业务简介")
    pdf.para("公司主要从事智算中心的投资、建设与运营，向大模型企业、科研机构及政企客户提供GPU算力租赁、模型训练与"
             "推理云服务。截至报告期末，公司在宁夏中卫、贵州贵安及香港等地运营的智算集群总规模约为2.3万P（FP16），"
             "报告期内平均上架率为91.6%。")
    pdf.para("在第三方智算服务领域，公司的主要竞争对手包括北溟云计算股份有限公司、润川数据科技有限公司等。")
    pdf.para("报告期内，公司实现营业收入27.32亿元，同比增长86.59%；实现归属于上市公司股东的净利润4.18亿元，同比增长"
             "121.11%。收入增长主要来自大模型训练客户的长期算力合同。")
    pdf.check_page()

    # ---- 第2页 ------------------------------------------------------------
    pdf.begin_page(2)
    pdf.h3("3 公司近三年的主要会计数据和财务指标")
    pdf.para("单位：万元　币种：人民币", size=8, after=1)
    pdf.table((62, 34, 34, 40), [
        ("项目", "2025年", "2024年", "本年比上年增减（%）"),
        ("总资产", "1,286,402.18", "803,517.66", "60.10"),
        ("归属于上市公司股东的净资产", "691,760.42", "612,406.91", "12.96"),
        ("营业收入", "273,215.84", "146,426.07", "86.59"),
        ("归属于上市公司股东的净利润", "41,802.63", "18,905.44", "121.11"),
        ("经营活动产生的现金流量净额", "96,554.20", "40,118.73", "140.67"),
        ("加权平均净资产收益率（%）", "6.42", "3.19", "增加3.23个百分点"),
    ], aligns=("L", "R", "R", "R"))
    pdf.h3("4 主要控股参股公司分析")
    pdf.para("报告期内，对公司净利润影响达到10%以上的子公司及参股公司情况如下：", after=1)
    pdf.para("单位：万元　币种：人民币", size=8, after=1)
    pdf.table((62, 22, 18, 36, 32), [
        ("公司名称", "公司类型", "持股比例", "主要业务", "净利润"),
        ("恒湾算力（宁夏）有限公司", "全资子公司", "100%", "智算中心运营", "31,246.18"),
        ("恒湾智算（香港）有限公司", "全资子公司", "100%", "境外算力服务", "2,108.55"),
        ("贵安恒湾数据科技有限公司", "控股子公司", "70%", "数据中心建设", "-1,872.40"),
        ("临川智算产业投资基金（有限合伙）", "参股企业", "19.80%", "股权投资", "5,360.07"),
    ], aligns=("L", "C", "C", "L", "R"))
    pdf.para("注：公司作为有限合伙人持有临川智算产业投资基金（有限合伙）的财产份额，不参与该基金的投资决策，"
             "按权益法核算。", size=8)
    pdf.h3("5 前五名客户销售额")
    pdf.para("报告期内，公司前五名客户销售额144,439.25万元，占年度销售总额52.87%；其中前五名客户销售额中关联方"
             "销售额0万元，占年度销售总额0%。", after=1)
    pdf.para("单位：万元　币种：人民币", size=8, after=1)
    pdf.table((12, 60, 28, 46, 24), [
        ("序号", "客户名称", "销售额", "占年度销售总额比例（%）", "是否关联方"),
        ("1", "北京墨衡智能科技有限公司", "58,236.40", "21.32", "否"),
        ("2", "杭州知渊数据技术有限公司", "31,905.12", "11.68", "否"),
        ("3", "客户三", "22,014.77", "8.06", "否"),
        ("4", "客户四", "17,380.65", "6.36", "否"),
        ("5", "客户五", "14,902.31", "5.45", "否"),
        ("合计", "/", "144,439.25", "52.87", "/"),
    ], aligns=("C", "L", "R", "R", "C"))
    pdf.check_page()

    # ---- 第3页 ------------------------------------------------------------
    pdf.begin_page(3)
    pdf.h3("6 前五名供应商采购额")
    pdf.para("报告期内，公司前五名供应商采购额168,135.49万元，占年度采购总额56.29%；其中前五名供应商采购额中关联方"
             "采购额0万元，占年度采购总额0%。", after=1)
    pdf.para("单位：万元　币种：人民币", size=8, after=1)
    pdf.table((12, 60, 28, 46, 24), [
        ("序号", "供应商名称", "采购额", "占年度采购总额比例（%）", "是否关联方"),
        ("1", "磐曜半导体股份有限公司", "94,012.55", "31.47", "否"),
        ("2", "云岭信息技术股份有限公司", "40,388.20", "13.52", "否"),
        ("3", "宁夏西电能源有限公司", "12,650.00", "4.23", "否"),
        ("4", "供应商四", "11,208.64", "3.75", "否"),
        ("5", "供应商五", "9,876.10", "3.31", "否"),
        ("合计", "/", "168,135.49", "56.29", "/"),
    ], aligns=("C", "L", "R", "R", "C"))
    pdf.para("注：公司向宁夏西电能源有限公司的采购内容为智算中心用电。", size=8)
    pdf.h2("第三节 重要事项")
    pdf.para("1、报告期内，公司获得江泰银行股份有限公司10亿元综合授信额度。", after=0.6)
    pdf.para("截至报告期末，上述授信额度已使用7.60亿元，主要用于流动资金周转及智算设备采购。")
    pdf.para("2、报告期内，宁夏中卫智算中心二期项目开工建设，规划算力规模约1.2万P，预计于2026年第四季度陆续投入运营。")
    pdf.para("3、报告期内，公司通过全资子公司恒湾智算（香港）有限公司在东南亚地区拓展境外算力服务业务，"
             "相关收入占营业收入的比例为13.78%。")
    pdf.para("4、2026年，公司计划新增智算规模约1.5万P，并持续优化客户结构，降低对单一客户的依赖。上述经营计划不代表公司"
             "对2026年度的盈利预测，能否实现取决于市场状况变化、经营团队的努力程度等多种因素，存在很大的不确定性，"
             "请投资者特别注意。")
    pdf.ln(6)
    pdf.para("恒湾算力科技股份有限公司\n董事长：宋立衡\n董事会批准报送日期：2026年4月23日", after=1)
    pdf.check_page()
    if pdf.page != 3:
        raise PageOverflow("annual report summary must have 3 pages")
    pdf.output(path)


def main():
    try:
        build_10k(os.path.join(HERE, "04_quillon_10k_2025_excerpt.pdf"))
        with tempfile.TemporaryDirectory(dir=HERE, prefix=".fontbuild-") as tmp:
            build_cn_summary(os.path.join(HERE, "07_cn_annual_report_summary.pdf"), tmp)
    except PageOverflow as exc:
        print(f"BUILD FAILED: {exc}", file=sys.stderr)
        sys.exit(1)
    print("built 04_quillon_10k_2025_excerpt.pdf and 07_cn_annual_report_summary.pdf")


if __name__ == "__main__":
    main()
