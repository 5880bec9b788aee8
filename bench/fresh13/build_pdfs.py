"""Build the two PDF documents of this set with fpdf2.

Run with /work/main/.venv/bin/python build_pdfs.py
- ambergrist_10k_fy2025_excerpt.pdf  (English, core Times font)
- lanqiong_2025_annual_report_summary.pdf  (Chinese, subset of Noto Sans CJK SC
  converted to a TrueType-outline TTF with fontTools so that pypdf extracts text)
Chinese paragraphs are broken only at sentence ends where a sentence fits on a line,
the way a typesetter keeps clauses together, so extracted sentences stay contiguous.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF, FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------- English 10-K
TENK_PAGES = [
    [
        ("title", "AMBERGRIST COMPUTE, INC."),
        ("subtitle", "ANNUAL REPORT ON FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2025"),
        ("subtitle", "(Excerpt: Item 1A and selected Notes to Consolidated Financial Statements)"),
        ("h", "Item 1A. Risk Factors (excerpt)"),
        ("bi", "We face intense competition, and many of our competitors have substantially greater resources than we do."),
        ("p", "We compete with large diversified cloud providers and with other specialized GPU cloud providers for customers, for allocations of accelerators and for data center capacity and power. Certain of our competitors, such as Tessmark Cloud, have longer operating histories, larger customer bases and greater access to capital than we do. If we are unable to compete effectively, our revenue and margins could decline."),
        ("bi", "We depend on a limited number of customers and suppliers."),
        ("p", "A small number of customers account for a substantial majority of our revenue, and we rely on a single supplier for substantially all of our accelerators. The loss of, or a significant reduction in purchases by, any major customer, or any interruption in supply, could materially and adversely affect our business. See Note 3 and Note 9 to our consolidated financial statements."),
        ("h", "Notes to Consolidated Financial Statements"),
        ("h2", "Note 3. Concentrations of Risk"),
        ("p", "Customer concentration. A limited number of customers account for a substantial majority of our revenue. For the year ended December 31, 2025, Sorrelwick Labs, Inc. (\"Sorrelwick\") accounted for approximately 46% of our revenue, or $1.38 billion, under a multi-year committed capacity agreement that runs through 2029. Spanwright Exchange, Inc. (\"Spanwright\"), which resells our capacity to developers through its on-demand compute marketplace, accounted for approximately 12% of revenue. One other customer accounted for approximately 11% of revenue. No other customer accounted for more than 10% of revenue in 2025. In 2024, Sorrelwick accounted for 61% of revenue and no other customer exceeded 10%."),
        ("p", "Supplier concentration. We depend on a small number of suppliers for accelerators, networking equipment and optical components. Substantially all of the accelerators deployed in our fleet were purchased from Ferroquill Semiconductor Corporation (\"Ferroquill\"), a related party (see Note 9). Our optical transceivers are sourced principally from Quorlith Photonics Ltd., under annual volume agreements."),
        ("p", "Credit risk. Receivables from Sorrelwick represented 38% of accounts receivable, net, as of December 31, 2025. We generally require prepayment or letters of credit from customers without an investment-grade rating."),
    ],
    [
        ("h2", "Note 6. Leases"),
        ("p", "We lease data center capacity, office space and certain equipment under operating and finance leases. Our largest lessor is Cairnhollow Digital Infrastructure, LP (\"Cairnhollow\"), from which we lease capacity at four campuses, including the Oxbend campus, under leases with initial terms of 12 to 15 years. Total operating lease cost was $612 million for 2025, compared with $287 million for 2024. As of December 31, 2025, we had additional operating leases that had not yet commenced with future undiscounted lease payments of approximately $7.9 billion, the substantial majority of which relate to Phases 1 and 2 of the Oxbend campus."),
        ("h2", "Note 7. Investments"),
        ("p", "Non-marketable equity securities consist primarily of our investment in preferred stock of Pallastra AI, Inc. (\"Pallastra\"), a developer of foundation models, which we acquired in 2024. We account for this investment under the measurement alternative. The carrying value of our investment in Pallastra was $212 million as of December 31, 2025. We recorded an upward adjustment of $47 million in 2025 based on an observable price in an orderly transaction for a similar security."),
        ("h2", "Note 9. Related Party Transactions"),
        ("p", "Ferroquill. As of December 31, 2025, Ferroquill beneficially owned approximately 9.4% of our outstanding Class A common stock. During the years ended December 31, 2025 and 2024, we purchased accelerators, networking systems and related software from Ferroquill totaling $2.41 billion and $1.07 billion, respectively. Amounts payable to Ferroquill were $318 million as of December 31, 2025."),
        ("p", "In March 2025, we entered into a capacity assurance agreement with Ferroquill under which Ferroquill agreed to purchase, through December 2029, any contracted-for cloud capacity in our Kettleby and Oxbend clusters that remains unsold, up to $1.1 billion in the aggregate. No revenue was recognized under the capacity assurance agreement in 2025."),
        ("p", "Other. Certain of our directors serve on the boards of, or are employed by, entities that are customers or investors of the Company. Transactions with those entities were conducted on terms no less favorable to us than would be obtained from unrelated parties and were not material in 2025."),
    ],
    [
        ("h2", "Note 10. Debt"),
        ("p", "The following table summarizes our outstanding debt as of December 31 (in millions):"),
        ("table", [("", "2025", "2024"),
                   ("DDTL Facility", "$1,940", "$ -"),
                   ("Revolver", "210", "-"),
                   ("6.875% Senior Notes due 2030", "1,250", "-"),
                   ("2024 Equipment Term Loan (repaid)", "-", "684"),
                   ("Total principal", "$3,400", "$684"),
                   ("Less: unamortized issuance costs", "(71)", "(12)"),
                   ("Total debt, net", "$3,329", "$672")]),
        ("p", "DDTL Facility. On February 14, 2025, Ambergrist GPU Funding I, LLC (\"GPU Funding I\"), a wholly owned special-purpose subsidiary of the Company, entered into a $2.6 billion delayed-draw term loan facility (the \"DDTL Facility\") with a group of lenders led by funds managed by Ketterick Lattice Capital Management LP and Ysolde Credit Partners LLC. Borrowings under the DDTL Facility are secured by the GPU servers and related equipment owned by GPU Funding I and by its rights under customer contracts assigned to it, and bear interest at SOFR plus 6.25%. The Company has guaranteed the obligations of GPU Funding I under the DDTL Facility. Merrivale Guaranty Bank, N.A. serves as administrative agent and collateral agent for the DDTL Facility and is not a lender under it. As of December 31, 2025, $1.94 billion was outstanding and $660 million remained available to draw through August 2026."),
        ("p", "Revolving Credit Facility. In June 2025, the Company entered into a $750 million senior secured revolving credit facility (the \"Revolver\") with Banque Orsolande S.A., as lender and administrative agent, and the other lenders party thereto. The Revolver matures in June 2028 and bears interest at SOFR plus 3.00%. As of December 31, 2025, $210 million was outstanding under the Revolver."),
        ("p", "Senior Notes. In September 2025, the Company issued $1.25 billion aggregate principal amount of 6.875% senior notes due 2030 in a private offering. The notes are guaranteed by certain of the Company's domestic subsidiaries, other than GPU Funding I."),
        ("p", "Covenants. The DDTL Facility and the Revolver contain customary affirmative and negative covenants, including minimum liquidity of $250 million and, for the DDTL Facility, a minimum contracted-revenue coverage ratio of 1.4x. We were in compliance with all covenants as of December 31, 2025."),
    ],
]


class TenKPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Times", "", 8)
        self.cell(0, 4, f"F-{self.page_no() + 21}", align="C")


class SummaryPDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("cjk", size=8)
        self.cell(0, 4, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")


def build_10k(path):
    pdf = TenKPDF(format="Letter")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 18)
    for page in TENK_PAGES:
        pdf.add_page()
        pdf.set_font("Times", "", 8)
        pdf.cell(0, 4, "Ambergrist Compute, Inc. - Form 10-K (excerpt)", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for kind, content in page:
            if kind == "title":
                pdf.set_font("Times", "B", 14)
                pdf.cell(0, 7, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "subtitle":
                pdf.set_font("Times", "", 10)
                pdf.cell(0, 5, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(3)
                pdf.set_font("Times", "B", 11.5)
                pdf.cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.ln(2)
                pdf.set_font("Times", "B", 10.5)
                pdf.cell(0, 5.5, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "bi":
                pdf.set_font("Times", "BI", 10)
                pdf.multi_cell(0, 4.8, content, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("Times", "", 10)
                pdf.multi_cell(0, 4.8, content, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                pdf.set_font("Times", "", 9.5)
                with pdf.table(col_widths=(90, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT"),
                               line_height=5, borders_layout="HORIZONTAL_LINES",
                               headings_style=FontFace(emphasis="BOLD")) as t:
                    for row in content:
                        r = t.row()
                        for c in row:
                            r.cell(c)
                pdf.ln(3)
    pdf.output(path)


# ---------------------------------------------------------- Chinese 年报摘要
CN_PAGES = [
    [
        ("title", "澜穹智算科技股份有限公司"),
        ("title", "2025年年度报告摘要"),
        ("meta", "公司代码：688939　　公司简称：澜穹智算"),
        ("h", "第一节 重要提示"),
        ("p", "1. 本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到上海证券交易所网站等中国证监会指定媒体上仔细阅读年度报告全文。"),
        ("p", "2. 本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性，不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。"),
        ("p", "3. 公司全体董事出席董事会会议。衡信会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。"),
        ("p", "4. 董事会决议通过的本报告期利润分配预案：以实施权益分派股权登记日登记的总股本为基数，向全体股东每10股派发现金红利1.20元（含税），不送红股，不以资本公积金转增股本。"),
        ("h", "第二节 公司基本情况"),
        ("h2", "一、主要会计数据和财务指标"),
        ("unit", "单位：万元　币种：人民币"),
        ("table", ((46, 38, 38, 30), ("LEFT", "RIGHT", "RIGHT", "RIGHT")), [
            ("项目", "2025年", "2024年", "本年比上年增减(%)"),
            ("营业收入", "461,208.37", "291,170.56", "58.40"),
            ("归属于上市公司股东的净利润", "52,716.84", "30,255.19", "74.24"),
            ("归属于上市公司股东的扣非净利润", "47,903.52", "26,118.70", "83.41"),
            ("经营活动产生的现金流量净额", "118,352.06", "64,907.33", "82.34"),
            ("总资产", "1,926,447.15", "1,204,883.62", "59.89"),
            ("归属于上市公司股东的净资产", "562,031.48", "521,660.27", "7.74"),
        ]),
        ("h2", "二、前十名股东持股情况（节选）"),
        ("unit", "单位：股"),
        ("table", ((70, 30, 28, 44), ("LEFT", "CENTER", "RIGHT", "RIGHT")), [
            ("股东名称", "股东性质", "持股比例(%)", "期末持股数量"),
            ("云岫国有资本投资运营有限公司", "国有法人", "31.62", "138,406,200"),
            ("许昭衍", "境内自然人", "5.08", "22,236,480"),
            ("钟离沐", "境内自然人", "3.11", "13,613,050"),
            ("卜青棠", "境内自然人", "1.94", "8,491,800"),
        ]),
        ("p", "上述股东关联关系或一致行动的说明：云岫国投为公司控股股东。许昭衍、钟离沐为公司创始团队成员，二人签署了一致行动协议。公司未知其他股东之间是否存在关联关系或属于一致行动人。"),
    ],
    [
        ("h", "第三节 重要事项"),
        ("h2", "一、报告期内公司主要经营情况"),
        ("p", "报告期内，公司实现营业收入46.12亿元，同比增长58.40%；实现归属于上市公司股东的净利润5.27亿元，同比增长74.24%。智算服务收入占营业收入的比例由上年的61.3%提升至72.8%。"),
        ("p", "公司庆阳智算中心二期于2025年9月投入运营，新增算力规模约6,000P（FP16）。澜穹智算（庆阳）有限公司（以下简称“澜穹庆阳”）为公司全资子公司，负责庆阳智算中心二期的建设和运营。"),
        ("p", "报告期内，公司与阔力光子科技有限公司签署战略合作协议，双方将在1.6T硅光模块、液冷光互连等领域开展联合研发。公司与阔力光子之间不存在关联关系，也不存在相互持股的情形。"),
        ("p", "根据第三方机构统计，公司在国内第三方智算服务市场的份额位列第四，仅次于栖梧云、川禾算力和砺锋智算。"),
        ("h2", "二、前五名客户及供应商情况"),
        ("p", "（一）前五名客户销售额为266,522.60万元，占年度销售总额57.79%。"),
        ("unit", "单位：万元"),
        ("table", ((14, 74, 40, 44), ("CENTER", "LEFT", "RIGHT", "RIGHT")), [
            ("序号", "客户名称", "销售额", "占年度销售总额比例(%)"),
            ("1", "栖梧云计算有限公司", "86,420.35", "18.74"),
            ("2", "川禾算力科技股份有限公司", "71,905.12", "15.59"),
            ("3", "客户三", "44,318.60", "9.61"),
            ("4", "客户四", "38,772.09", "8.41"),
            ("5", "岫数科技有限公司", "25,106.44", "5.44"),
            ("", "合计", "266,522.60", "57.79"),
        ]),
        ("p", "注：岫数科技有限公司为公司控股股东云岫国投控制的企业。"),
        ("p", "（二）前五名供应商采购额为213,321.19万元，占年度采购总额59.18%。"),
        ("unit", "单位：万元"),
        ("table", ((14, 74, 40, 44), ("CENTER", "LEFT", "RIGHT", "RIGHT")), [
            ("序号", "供应商名称", "采购额", "占年度采购总额比例(%)"),
            ("1", "芯垣半导体科技股份有限公司", "112,640.00", "31.25"),
            ("2", "阔力光子科技有限公司", "39,585.70", "10.98"),
            ("3", "北溟数据服务有限公司", "27,310.46", "7.58"),
            ("4", "供应商四", "21,054.88", "5.84"),
            ("5", "供应商五", "12,730.15", "3.53"),
            ("", "合计", "213,321.19", "59.18"),
        ]),
    ],
    [
        ("h2", "三、关联交易"),
        ("p", "报告期内，公司向关联方岫数科技有限公司提供智算算力服务，实现收入25,106.44万元，交易价格参照市场价格确定。"),
        ("p", "控股股东云岫国投为公司向泓远银行申请的综合授信提供连带责任保证担保，担保额度不超过6亿元，公司未就上述担保提供反担保，亦未支付担保费用。"),
        ("h2", "四、主要参股公司情况"),
        ("unit", "单位：万元"),
        ("table", ((64, 34, 30, 44), ("LEFT", "CENTER", "RIGHT", "RIGHT")), [
            ("参股公司名称", "主营业务", "持股比例(%)", "期末账面价值"),
            ("衡羽智能科技有限公司", "大模型研发", "6.80", "48,600.00"),
            ("青衿算力产业投资基金（有限合伙）", "股权投资", "19.80", "39,600.00"),
        ]),
        ("p", "注：公司作为有限合伙人持有青衿算力产业投资基金（有限合伙）（以下简称“青衿基金”）19.80%的财产份额，不参与青衿基金的投资决策。"),
        ("h2", "五、银行授信情况"),
        ("p", "截至报告期末，公司及子公司共获得银行授信总额48亿元，已使用授信额度29.6亿元。"),
        ("p", "其中，澄海银行股份有限公司向澜穹庆阳提供项目贷款授信15亿元，期限8年。"),
        ("p", "泓远银行股份有限公司向公司提供综合授信6亿元，期限1年。"),
        ("p", "上述授信额度不等同于公司的实际融资金额，具体融资金额将视公司运营资金的实际需求确定。"),
        ("sign", "澜穹智算科技股份有限公司董事会"),
        ("sign", "2026年4月24日"),
    ],
]


def cjk_font(chars, out):
    ttc = TTCollection(CJK_TTC)
    font = ttc.fonts[2]  # Noto Sans CJK SC
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=chars + "".join(chr(c) for c in range(32, 127)))
    sub.subset(font)
    # CFF -> TrueType outlines (pypdf cannot map the CID-keyed CFF subset back to text)
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    font["post"].formatType = 3.0
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


def split_sentences(text):
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch in "。；！？":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def cn_paragraph(pdf, text, h=6.2):
    w = pdf.epw
    lines, line = [], ""
    for s in split_sentences(text):
        if pdf.get_string_width(line + s) <= w:
            line += s
            continue
        if line:
            lines.append(line)
            line = ""
        if pdf.get_string_width(s) <= w:
            line = s
        else:  # sentence longer than a line: wrap by character
            for ch in s:
                if pdf.get_string_width(line + ch) > w:
                    lines.append(line)
                    line = ""
                line += ch
    if line:
        lines.append(line)
    for ln in lines:
        pdf.cell(0, h, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def build_cn(path):
    chars = set()
    for page in CN_PAGES:
        for _kind, *rest in page:
            content = rest[-1]
            if isinstance(content, list):
                for row in content:
                    chars.update("".join(row))
            else:
                chars.update(content)
    chars.update("第页共澜穹智算科技股份有限公司年年度报告摘要0123456789 ")
    tmpdir = tempfile.mkdtemp()
    ttf = os.path.join(tmpdir, "cjk_subset.ttf")
    cjk_font("".join(sorted(chars)), ttf)

    pdf = SummaryPDF(format="A4")
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("cjk", "", ttf)
    for page in CN_PAGES:
        pdf.add_page()
        pdf.set_font("cjk", size=8)
        pdf.cell(0, 4, "澜穹智算科技股份有限公司 2025年年度报告摘要", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for item in page:
            kind, content = item[0], item[-1]
            if kind == "title":
                pdf.set_font("cjk", size=15)
                pdf.cell(0, 9, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "meta":
                pdf.set_font("cjk", size=9.5)
                pdf.cell(0, 7, content, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("cjk", size=12)
                pdf.cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.set_font("cjk", size=10.5)
                pdf.cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            elif kind == "unit":
                pdf.set_font("cjk", size=8.5)
                pdf.cell(0, 5, content, align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("cjk", size=9.5)
                cn_paragraph(pdf, content)
            elif kind == "sign":
                pdf.set_font("cjk", size=9.5)
                pdf.cell(0, 6, content, align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "table":
                widths, aligns = item[1]
                pdf.set_font("cjk", size=9)
                with pdf.table(col_widths=widths, text_align=aligns, line_height=6,
                               headings_style=FontFace(emphasis="")) as t:
                    for row in content:
                        r = t.row()
                        for c in row:
                            r.cell(c)
                pdf.ln(3)
    pdf.output(path)


if __name__ == "__main__":
    build_10k(os.path.join(HERE, "ambergrist_10k_fy2025_excerpt.pdf"))
    build_cn(os.path.join(HERE, "lanqiong_2025_annual_report_summary.pdf"))
    print("built PDFs")
