"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 01_sarabel_annual_report_2024.pdf  (English, core Helvetica font)
- 04_chengtuan_announcement_2025-047.pdf  (Simplified Chinese; Noto Sans CJK SC, subset and
  converted to TrueType with fontTools in a temporary directory outside this folder)

Lines are broken only at spaces or after the ideographic full stop, so every sentence is
recovered intact by pypdf after whitespace normalisation. Table cells are placed with visible
gaps so that pypdf joins them with single spaces.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO = "/usr/share/fonts/opentype/noto/"


# --------------------------------------------------------------------------------------
# font helper: extract the SC face from the Noto CJK collection, subset it to the glyphs
# needed and convert the CFF outlines to TrueType quadratic outlines.
# --------------------------------------------------------------------------------------
def cjk_ttf(ttc_name, text, out_path):
    col = TTCollection(os.path.join(NOTO, ttc_name))
    tmp_otf = out_path + ".otf"
    col.fonts[2].save(tmp_otf)  # index 2 = SC
    font = TTFont(tmp_otf)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)
    os.remove(tmp_otf)


# --------------------------------------------------------------------------------------
# layout helpers
# --------------------------------------------------------------------------------------
def tokens(text):
    """Split into unbreakable pieces: a break is allowed at a space or after 。"""
    out, cur = [], ""
    for ch in text:
        if ch == " ":
            if cur:
                out.append((cur, True))
            cur = ""
        else:
            cur += ch
            if ch == "。":
                out.append((cur, False))
                cur = ""
    if cur:
        out.append((cur, True))
    return out


def wrap(pdf, text, width):
    """Greedy wrap; returns lines or None if one piece is wider than the line."""
    lines, line = [], ""
    for piece, spaced in tokens(text):
        if pdf.get_string_width(piece) > width:
            return None
        trial = line + piece
        if pdf.get_string_width(trial) <= width:
            line = trial + (" " if spaced else "")
        else:
            lines.append(line.rstrip())
            line = piece + (" " if spaced else "")
    if line.strip():
        lines.append(line.rstrip())
    return lines


class Doc(FPDF):
    def __init__(self, family, header_text, footer_text, footer_suffix=""):
        super().__init__(format="A4")
        self.footer_suffix = footer_suffix
        self.family = family
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_auto_page_break(False)
        self.set_margins(15, 18, 15)

    def header(self):
        self.set_font(self.family, size=7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(15, 8)
        self.cell(180, 5, self.header_text)
        self.set_draw_color(170, 170, 170)
        self.line(15, 14, 195, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_font(self.family, size=7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(15, 285)
        self.cell(180, 5, f"{self.footer_text} {self.page_no()} {self.footer_suffix}".rstrip(),
                  align="C")
        self.set_text_color(0, 0, 0)

    def para(self, text, size=10, style="", lh=None, gap=2.2, indent=0, min_size=7.0):
        width = 180 - indent
        s = size
        while True:
            self.set_font(self.family, style=style, size=s)
            lines = wrap(self, text, width)
            if lines is not None:
                break
            s -= 0.5
            if s < min_size:
                raise ValueError(f"unbreakable piece too wide: {text[:40]}")
        lh = lh or s * 0.5
        for ln in lines:
            if self.get_y() + lh > 280:
                raise ValueError(f"page overflow at: {ln[:40]}")
            self.set_x(15 + indent)
            self.cell(width, lh, ln)
            self.ln(lh)
        self.ln(gap)

    def heading(self, text, size=12):
        self.ln(1)
        self.para(text, size=size, style="B", gap=1.5)

    def table(self, rows, widths, size=8.5, header=True):
        lh = 6
        self.set_draw_color(150, 150, 150)
        for i, row in enumerate(rows):
            style = "B" if header and i == 0 else ""
            self.set_font(self.family, style=style, size=size)
            x = 15
            y = self.get_y()
            if y + lh > 280:
                raise ValueError("table overflow")
            for cell, w in zip(row, widths):
                if self.get_string_width(cell) > w - 4:
                    raise ValueError(f"cell too wide: {cell}")
                self.set_xy(x, y)
                self.cell(w, lh, cell, border="B" if i == 0 else 0)
                x += w
            self.set_xy(15, y + lh)
        self.ln(3)


# --------------------------------------------------------------------------------------
# Document 01: Sarabel Sovereign Compute PJSC, Annual Report 2024 (extract)
# --------------------------------------------------------------------------------------
def build_sarabel():
    pdf = Doc("helvetica", "Sarabel Sovereign Compute PJSC | Annual Report 2024",
              "Sarabel Sovereign Compute PJSC - Annual Report 2024 - page")
    P, H, T = pdf.para, pdf.heading, pdf.table

    # ---- page 1
    pdf.add_page()
    P("SARABEL SOVEREIGN COMPUTE PJSC", size=18, style="B", gap=1)
    P("Annual Report 2024 - Extract: Chairman's Statement, Operating Review, Financing Review "
      "and Selected Notes to the Consolidated Financial Statements", size=10.5, gap=1)
    P("ADX: SRBL | Registered office: Plot C-17, Ruwais Industrial City, Abu Dhabi, "
      "United Arab Emirates", size=8.5, gap=5)
    H("Chairman's Statement", 14)
    P("Dear Shareholders,")
    P("2024 was the year in which Sarabel Sovereign Compute PJSC (\"Sarabel\", the \"Company\" and, "
      "together with its subsidiaries, the \"Group\") moved from blueprint to production. We "
      "energised the first two data halls at our Ruwais campus in February, brought the Al Dhafra "
      "campus online in September and closed the year with 38,400 accelerators in service, against "
      "a target of 32,000 set at the time of our listing.")
    P("Revenue rose to AED 1,912 million (2023: AED 388 million) and EBITDA turned positive in the "
      "second quarter. Contracted utilisation across energised halls averaged 81% in the fourth "
      "quarter, with the remaining capacity reserved for national research programmes in line with "
      "the conditions of our operating licence.")
    P("Our majority shareholder, Hadeer Strategic Investment Authority (\"HSIA\"), holds 62.5% of the "
      "Company's issued share capital and has remained a patient and supportive anchor investor. In "
      "addition to its equity, HSIA extended a shareholder loan of USD 500 million to the Company in "
      "March 2024, subordinated to our senior bank and sukuk obligations.")
    P("We also formalised our collaboration with Corvexa Semiconductor, Inc. (\"Corvexa\") in 2024. "
      "Under the framework agreement signed in Abu Dhabi in June, Corvexa and Sarabel co-develop "
      "reference architectures for Arabic-language foundation models and share engineering staff at "
      "a joint laboratory on the Ruwais campus.")
    P("Sovereign compute is a long-duration asset class. The Board's priorities for 2025 are to "
      "complete the third data hall at Al Dhafra, to broaden our base of enterprise customers beyond "
      "the public sector, and to keep leverage within the 4.0x net debt to EBITDA ceiling set out "
      "in our financing policy. I thank our employees, our partners and our shareholders for their "
      "confidence.")
    P("Saeed Obaid Al Hathboor", style="B", gap=0)
    P("Chairman of the Board of Directors, 18 March 2025", gap=5)
    P("Forward-looking statements: This report contains forward-looking statements, including "
      "statements regarding capacity additions, utilisation, financing plans and the availability "
      "of export authorisations. Such statements are based on current expectations and are subject "
      "to risks and uncertainties, and actual results may differ materially. The Company undertakes "
      "no obligation to update any forward-looking statement.", size=8)

    # ---- page 2
    pdf.add_page()
    H("Operating Review", 14)
    H("Installed capacity and supply chain", 11)
    P("Installed capacity reached 38,400 accelerators across 14 data halls at year end, of which "
      "29,100 were liquid-cooled. Average power usage effectiveness (PUE) for the year was 1.21 at "
      "Ruwais and 1.27 at Al Dhafra, reflecting the partial-year operation of the Al Dhafra cooling "
      "plant.")
    P("Dingyao Technology Co., Ltd. (TWSE: 3897), our principal server integrator, delivered 412 "
      "liquid-cooled racks during the year under a supply agreement valued at USD 1.38 billion. "
      "Rack-level integration and burn-in testing were completed in Taiwan before shipment to Jebel "
      "Ali.")
    P("All accelerator shipments into the UAE during 2024 were made under validated end-user "
      "authorisations. The relevant export licences are held by our vendors and not by the Company, "
      "and each licence contains conditions on the location of the hardware, the nationality of "
      "remote users and the reporting of large training runs. We have not experienced any licence "
      "suspension to date.")
    T([["Key operating indicators", "2024", "2023"],
       ["Accelerators in service", "38,400", "6,200"],
       ["Data halls energised", "14", "4"],
       ["Contracted utilisation (Q4)", "81%", "64%"],
       ["Renewable share of energy consumed", "58%", "22%"]], [100, 40, 40])
    H("Power", 11)
    P("Shams Rimal Power Company P.J.S.C. supplies solar electricity to the Ruwais campus under a "
      "25-year power purchase agreement at a fixed tariff of AED 0.142 per kWh. During the year the "
      "Ruwais campus drew 71% of its energy from the Shams Rimal plant, with the balance from the "
      "grid.")
    H("Commercial", 11)
    P("Wholesale capacity is sold to Zafranet Telecommunications Company P.J.S.C. (\"Zafranet\"), "
      "which resells GPU-hours to enterprise and government customers under its Zafra Sovereign AI "
      "brand. Zafranet accounted for 27% of Group revenue in 2024.")
    P("Retail and managed services are provided through Qurmah Cloud Services L.L.C. (\"Qurmah "
      "Cloud\"), a wholly owned subsidiary of the Company. Mizwar National Health Company signed a "
      "five-year agreement with Qurmah Cloud in July for clinical-imaging inference services with a "
      "contract value of AED 310 million.")
    P("In November 2024, Qurmah Cloud completed the acquisition of Dhayd Data Centres L.L.C. for "
      "AED 412 million, adding 24 MW of powered shell capacity in Sharjah.")
    H("Market position", 11)
    P("On installed accelerators, Sarabel is now larger than Kestrel Grid Holdings, the Indian "
      "colocation group, although the comparison excludes capacity that Kestrel Grid leases to "
      "hyperscale tenants. We do not publish market share estimates.")

    # ---- page 3
    pdf.add_page()
    H("Financing Review", 14)
    H("Green sukuk", 11)
    P("On 14 May 2024, Sarabel priced USD 750 million of green trust certificates due 2031 with a "
      "profit rate of 5.35% per annum, the first sovereign-compute sukuk in the region. The "
      "Certificates were issued by Sarabel Sukuk Limited, and Marjan Islamic Bank P.J.S.C. "
      "(\"Marjan\") acted as sole global coordinator and green structuring adviser. The order book "
      "peaked at USD 3.1 billion.")
    P("Net proceeds are allocated under the Group's Green Finance Framework to eligible projects in "
      "the categories of renewable energy, energy efficiency and green buildings. Allocation as at "
      "31 December 2024 was as follows:")
    T([["Eligible category", "Project", "USD m"],
       ["Renewable energy", "Ruwais solar interconnection", "212"],
       ["Energy efficiency", "Direct-to-chip liquid cooling retrofit", "268"],
       ["Green buildings", "Al Dhafra data halls 5-8 (LEED Gold)", "190"],
       ["Unallocated", "Held in Shariah-compliant deposits", "62"]], [50, 100, 30])
    H("Bank facilities", 11)
    P("Marjan also provided a five-year commodity murabaha facility of AED 2.75 billion to the "
      "Company, of which AED 1.9 billion was drawn at 31 December 2024. The facility carries a "
      "profit rate of three-month EIBOR plus 1.65% and amortises from 2026.")
    P("HSIA has issued a non-binding letter of comfort to Marjan in respect of the murabaha "
      "facility. The letter does not constitute a guarantee and HSIA has no obligation to make any "
      "payment under it.")
    H("Strategic investments", 11)
    P("In August 2024 the Company acquired an 18.4% interest in Indrasol AI Infrastructure Limited, "
      "an Indian operator of GPU data centres listed on the National Stock Exchange of India, for "
      "USD 236 million. The investment is accounted for as an associate, and Sarabel has nominated "
      "two directors to the Indrasol board.")
    H("Leverage and liquidity", 11)
    P("Net debt to EBITDA stood at 3.4x at 31 December 2024 on an annualised fourth-quarter basis. "
      "Cash and Shariah-compliant deposits amounted to AED 2,204 million, and undrawn committed "
      "facilities amounted to AED 850 million. All financial covenants were met throughout the "
      "year.")

    # ---- page 4
    pdf.add_page()
    H("Selected Notes to the Consolidated Financial Statements", 14)
    H("Note 3 - Group structure", 11)
    P("The principal subsidiaries of the Company at 31 December 2024 were as follows:")
    T([["Subsidiary", "Country", "Principal activity", "Ownership"],
       ["Qurmah Cloud Services L.L.C.", "UAE", "Cloud and managed AI services", "100%"],
       ["Dhayd Data Centres L.L.C.", "UAE", "Data centre real estate", "100% (indirect)"],
       ["Sarabel Compute Holdings Ltd", "Cayman Islands", "Holding company", "100%"]],
      [62, 30, 58, 30])
    P("Sarabel Sukuk Limited is an orphan special purpose company incorporated in the Cayman "
      "Islands; it is not a subsidiary of Sarabel and is not consolidated.")
    H("Note 28 - Related party transactions", 11)
    P("HSIA is the Company's ultimate controlling party. HSIA also holds 41.0% of Zafranet, and "
      "Zafranet is therefore treated as a related party by virtue of common significant influence.")
    T([["Related party", "Nature of transaction", "2024 AED m", "2023 AED m"],
       ["HSIA", "Profit on shareholder loan", "96", "-"],
       ["Zafranet", "Sale of wholesale GPU capacity", "516", "71"],
       ["Zafranet", "Receivable at year end", "138", "22"]], [40, 80, 30, 30])
    P("Transactions with related parties are made on terms equivalent to those that prevail in "
      "arm's length transactions. Outstanding balances at year end are unsecured and settled in "
      "cash.")
    H("Note 31 - Events after the reporting period", 11)
    P("In February 2025 the Board approved a second green sukuk issuance of up to USD 500 million, "
      "subject to market conditions. No other events have occurred after the reporting period that "
      "require adjustment to, or disclosure in, these consolidated financial statements.")
    P("The full audited consolidated financial statements, the independent auditor's report and the "
      "Green Finance Allocation and Impact Report are available on the Company's website.", size=8)

    pdf.output(os.path.join(HERE, "01_sarabel_annual_report_2024.pdf"))


# --------------------------------------------------------------------------------------
# Document 04: 苏州澄湍光电股份有限公司 公告 (Simplified Chinese)
# --------------------------------------------------------------------------------------
CT_PAGES = [
    [
        ("p8", "证券代码：688417 证券简称：澄湍光电 公告编号：2025-047"),
        ("title", "苏州澄湍光电股份有限公司"),
        ("title2", "关于签订日常经营重大合同暨通过全资子公司 对外投资设立境外合资公司的公告"),
        ("box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
                "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "● 合同类型：日常经营性销售合同。"),
        ("p", "● 合同金额：约人民币 9.42 亿元（含税）。"),
        ("p", "● 对外投资标的名称：Chengtuan Nusantara Photonics Sdn. Bhd.（以下简称“合资公司”，"
              "最终名称以马来西亚公司委员会核准为准）。"),
        ("p", "● 投资金额：公司全资子公司澄湍光电（新加坡）有限公司以货币出资 1,530 万美元，"
              "占合资公司注册资本的 51%。"),
        ("p", "● 风险提示：合同履行期限较长，履行过程中可能受宏观经济、出口管制政策、客户需求变化等因素影响，"
              "存在合同无法全部履行的风险。 本次对外投资尚需履行境内外投资备案及外汇登记等程序，"
              "能否顺利实施存在不确定性。"),
        ("h", "一、日常经营重大合同概况"),
        ("h2", "（一）合同签订的基本情况"),
        ("p", "2025 年 6 月 17 日，苏州澄湍光电股份有限公司（以下简称“公司”或“澄湍光电”）"
              "与鼎曜科技股份有限公司（以下简称“鼎曜科技”）签订《800G 光模块年度采购框架协议》"
              "（以下简称“本合同”）。"),
        ("p", "根据本合同，公司将于 2025 年 7 月至 2026 年 6 月期间向鼎曜科技供应 800G 及 1.6T 光模块，"
              "合同金额约为人民币 9.42 亿元（含税）。"),
        ("p", "本合同为公司日常经营性合同，已经公司总经理办公会审议通过，无需提交董事会或股东大会审议。"),
        ("h2", "（二）交易对方基本情况"),
        ("p", "1. 公司名称：鼎曜科技股份有限公司（Dingyao Technology Co., Ltd.）"),
        ("p", "2. 上市地点：台湾证券交易所（股票代码：3897）"),
        ("p", "3. 主营业务：服务器、人工智能计算机柜的研发、制造与系统整合"),
        ("p", "4. 关联关系说明： 鼎曜科技与澄湍光电及其控股股东、实际控制人、董事、监事、"
              "高级管理人员之间不存在关联关系。"),
        ("p", "5. 履约能力分析：鼎曜科技经营情况及财务状况良好，具备良好的信用状况和履约能力。"),
    ],
    [
        ("h2", "（三）合同主要条款"),
        ("p", "1. 合同标的：800G SR8/DR8 光模块及 1.6T DR8 光模块，具体型号及数量以双方订单为准。"),
        ("p", "2. 交付方式：公司苏州工厂及马来西亚槟城工厂分批交付，运输至鼎曜科技指定的台湾或马来西亚仓库。"),
        ("p", "3. 结算方式：月结 90 天，以美元或人民币结算。"),
        ("p", "4. 争议解决：提交新加坡国际仲裁中心按其届时有效的仲裁规则仲裁。"),
        ("p", "据鼎曜科技告知，本合同项下产品主要用于其海外客户的人工智能算力中心项目。"),
        ("h", "二、对外投资概述"),
        ("h2", "（一）投资基本情况"),
        ("p", "为把握东南亚人工智能算力基础设施建设机遇，2025 年 6 月 18 日，"
              "澄湍光电（新加坡）有限公司（以下简称“澄湍新加坡”）与 Perbadanan Teras Nusantara"
              "（以下简称“Teras Nusantara”）签署《合资协议》，双方在马来西亚槟城共同出资设立合资公司。"),
        ("p", "澄湍新加坡为公司全资子公司，注册于新加坡，主要从事光模块海外销售及投资管理。"),
        ("p", "本次对外投资已经公司第三届董事会第十九次会议审议通过，无需提交股东大会审议。"
              "本次对外投资不构成关联交易，亦不构成重大资产重组。"),
        ("h2", "（二）合资方基本情况"),
        ("p", "Teras Nusantara 系依据马来西亚法律设立的国有投资机构，"
              "主要从事半导体及数字基础设施领域的战略投资。 Teras Nusantara 与公司不存在关联关系。"),
        ("h2", "（三）合资公司基本情况及出资结构"),
        ("p", "公司名称：Chengtuan Nusantara Photonics Sdn. Bhd.；注册资本：3,000 万美元；"
              "经营范围：高速光模块、硅光芯片封装及测试。"),
        ("table", [["股东名称", "出资方式", "出资金额", "持股比例"],
                   ["澄湍光电（新加坡）有限公司", "货币", "1,530 万美元", "51%"],
                   ["Perbadanan Teras Nusantara", "货币", "1,470 万美元", "49%"],
                   ["合计", "-", "3,000 万美元", "100%"]], [70, 30, 45, 35]),
        ("p", "董事会构成：合资公司董事会由 5 名董事组成，其中澄湍新加坡委派 3 名，"
              "Teras Nusantara 委派 2 名，董事长由澄湍新加坡委派的董事担任。"),
        ("h2", "（四）战略合作"),
        ("p", "同日，公司与 Teras Nusantara 签署《战略合作备忘录》，"
              "双方约定在马来西亚光互联产业链、人才培养及本地化供应等方面开展长期合作。"),
        ("h2", "（五）资金来源"),
        ("p", "本次对外投资资金来源为公司自有资金及银行贷款。"
              "其中，江苏泓渚银行股份有限公司已向公司发放境外投资专项贷款人民币 1.1 亿元，期限 3 年。"),
    ],
    [
        ("h", "三、对上市公司的影响"),
        ("p", "本合同金额约占公司 2024 年度经审计营业收入的 31.6%，"
              "合同顺利履行预计将对公司 2025 年度及 2026 年度经营业绩产生积极影响。"),
        ("p", "除鼎曜科技外，公司 800G 光模块产品已于 2025 年第一季度起批量供应 Halvorsen Systems, Inc.，"
              "海外收入占比持续提升。"),
        ("p", "与同行业可比公司深圳光际通信股份有限公司（以下简称“光际通信”）相比，澄湍光电 800G 产品良率及交付周期"
              "处于行业较好水平，但整体产能规模仍存在一定差距。"),
        ("p", "本次设立合资公司有利于公司贴近东南亚客户，分散单一生产基地风险。"
              "本次投资不会对公司当期财务状况和经营成果产生重大影响，不存在损害公司及全体股东利益的情形。"),
        ("h", "四、风险提示"),
        ("p", "1. 合同履行风险：本合同为框架协议，实际采购数量以订单为准，存在订单金额低于预期的风险。"),
        ("p", "2. 出口管制及地缘政治风险：公司产品不含受美国《出口管理条例》管控的先进计算芯片，"
              "但下游客户采购的 GPU 加速器须取得相关出口许可。 若许可审批延迟，"
              "可能影响下游客户的扩产节奏及对公司产品的需求。"),
        ("p", "3. 汇率风险：合资公司以林吉特及美元结算，汇率波动可能对公司经营业绩产生影响。"),
        ("p", "4. 审批风险：本次对外投资尚需取得发展改革部门、商务主管部门备案及完成外汇登记，"
              "能否取得及取得时间存在不确定性。"),
        ("h", "五、备查文件"),
        ("p", "1. 《800G 光模块年度采购框架协议》；"),
        ("p", "2. 《合资协议》及《战略合作备忘录》；"),
        ("p", "3. 第三届董事会第十九次会议决议。"),
        ("p", "特此公告。"),
        ("right", "苏州澄湍光电股份有限公司董事会"),
        ("right", "2025 年 6 月 19 日"),
    ],
]


def build_chengtuan(tmpdir):
    text = "".join(
        (b[1] if isinstance(b[1], str) else "".join("".join(r) for r in b[1]))
        for page in CT_PAGES for b in page
    ) + "0123456789第页共 苏州澄湍光电股份有限公司公告2025-047|-"
    reg = os.path.join(tmpdir, "ct_regular.ttf")
    bold = os.path.join(tmpdir, "ct_bold.ttf")
    cjk_ttf("NotoSansCJK-Regular.ttc", text, reg)
    cjk_ttf("NotoSansCJK-Bold.ttc", text, bold)
    pdf = Doc("cjk", "苏州澄湍光电股份有限公司 公告编号：2025-047", "苏州澄湍光电股份有限公司公告 第",
              footer_suffix="页")
    pdf.add_font("cjk", fname=reg)
    pdf.add_font("cjk", style="B", fname=bold)
    for page in CT_PAGES:
        pdf.add_page()
        for kind, body, *rest in page:
            if kind == "p8":
                pdf.para(body, size=9, gap=3)
            elif kind == "title":
                pdf.para(body, size=16, style="B", gap=1)
            elif kind == "title2":
                pdf.para(body, size=12.5, style="B", gap=4)
            elif kind == "box":
                pdf.para(body, size=9, gap=4)
            elif kind == "h":
                pdf.heading(body, size=11.5)
            elif kind == "h2":
                pdf.para(body, size=10.5, style="B", gap=1.5)
            elif kind == "p":
                pdf.para(body, size=10, lh=6)
            elif kind == "table":
                pdf.table(body, rest[0], size=9.5)
            elif kind == "right":
                pdf.set_font("cjk", size=10.5)
                pdf.set_x(15)
                pdf.cell(180, 6.5, body, align="R")
                pdf.ln(6.5)
    pdf.output(os.path.join(HERE, "04_chengtuan_announcement_2025-047.pdf"))


if __name__ == "__main__":
    build_sarabel()
    with tempfile.TemporaryDirectory() as tmp:
        build_chengtuan(tmp)
    print("built 2 PDFs")
