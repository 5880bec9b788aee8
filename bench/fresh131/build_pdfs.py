"""Build the PDF documents of the fresh131 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""

import os
import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SC_INDEX = 2  # Noto Sans CJK SC (Simplified)
TC_INDEX = 3  # Noto Sans CJK TC (Traditional)


# ---------------------------------------------------------------------------
# Document 02: Ferrolytic Systems, Inc. - Form 10-K excerpt (English)
# ---------------------------------------------------------------------------

DOC02 = [
    ("small", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION | Washington, D.C. 20549"),
    ("title", "FORM 10-K (Excerpt)"),
    ("p", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
          "for the fiscal year ended June 30, 2025. Commission File Number 001-41877."),
    ("title2", "Ferrolytic Systems, Inc."),
    ("p", "Delaware (State of incorporation) | 84-3310592 (I.R.S. Employer Identification No.) | "
          "2200 Foundry Row, Pittsburgh, Pennsylvania 15222 | Common stock, par value $0.0001 per share, "
          "traded on The Nasdaq Global Select Market under the symbol FRLY."),
    ("h", "PART I - Item 1. Business"),
    ("h2", "Overview"),
    ("p", "Ferrolytic designs, builds and services sensor-based sorting systems that use machine learning to "
          "separate non-ferrous scrap by alloy and by metal. Each FerroSight line combines laser-induced "
          "breakdown spectroscopy (LIBS), short-wave infrared hyperspectral imaging and dual-energy X-ray "
          "transmission, and classifies individual pieces of scrap in under four milliseconds on an edge "
          "inference module mounted above the belt. Our customers are scrap processors, secondary aluminium "
          "remelters and copper cable producers who want to recover higher-value alloy streams from mixed "
          "shredder output, used beverage cans and end-of-life cable."),
    ("p", "We generate revenue from the sale of sorting lines, from recurring FerroSight software "
          "subscriptions that include model updates and fleet monitoring, and from field service. In fiscal "
          "2025 total revenue was $212.4 million, an increase of 31% over fiscal 2024, and recurring software "
          "and service revenue represented 38% of the total. At June 30, 2025 we had 186 lines installed in "
          "fourteen countries."),
    ("h2", "Customers"),
    ("p", "Our revenue is concentrated among a small number of large scrap processors. The following "
          "customers each accounted for 10% or more of total revenue in the periods shown:"),
    ("table", ["Customer", "Region", "Fiscal 2025", "Fiscal 2024"],
     [["Ruixun Recycling Holdings Limited", "Greater China", "14%", "9%"],
      ["Keystone Alloy Recovery, LLC", "United States", "11%", "13%"]],
     [70, 40, 35, 35]),
    ("p", "In fiscal 2025, Ferrolytic Europe B.V. delivered and commissioned two copper-granulate sorting "
          "lines for Hammarby Metallåtervinning AB in Sweden, our first installations in the Nordic region."),
    ("h2", "Suppliers and manufacturing"),
    ("p", "We assemble and test our lines at our facility in Pittsburgh and rely on third parties for "
          "several critical components. We purchase the GPU-based edge inference modules used in every "
          "sorter from Tensorfield Microsystems, Inc., and we have not qualified a second source for the "
          "current generation of that module."),
    ("p", "The shielded, high-flex sensor cable assemblies used in our LIBS heads are supplied by Dingtong "
          "Wire & Cable Co., Ltd. of Taiwan under a supply agreement that runs through December 2027."),
    ("p", "Model training and the FerroSight fleet-monitoring service run on Cirrostrata Cloud Corp., and in "
          "February 2025 we entered into a three-year committed-spend agreement under which Ferrolytic must "
          "purchase at least $38.0 million of compute and storage services from Cirrostrata."),
    ("h2", "Acquisition of Lumenspek"),
    ("p", "On November 14, 2024, Ferrolytic completed the acquisition of Lumenspek GmbH, a developer of "
          "short-wave infrared hyperspectral cameras based in Jena, Germany, for total consideration of "
          "$61.5 million, consisting of $48.2 million in cash and 612,000 shares of our common stock. "
          "The acquisition brings hyperspectral camera design and manufacturing in-house."),
    ("h2", "Competition"),
    ("p", "The market for sensor-based scrap sorting is competitive and fragmented. Our principal "
          "competitors include Stenmark Sortering AB and Redgrove Sensor Technologies, Inc., as well as "
          "in-house sorting programmes at some of the largest scrap processors. We believe we compete "
          "favourably on classification accuracy for wrought aluminium alloys, throughput per metre of belt "
          "and the quality of our models, and less favourably on price in some emerging markets."),
    ("h", "Item 1A. Risk Factors (selected)"),
    ("p", "We depend on a small number of customers for a significant portion of our revenue. Our two "
          "largest customers together accounted for 25% of revenue in fiscal 2025. The loss of either "
          "customer, or a significant reduction in its orders, could materially reduce our revenue and "
          "operating results."),
    ("p", "We rely on single-source suppliers for certain components. If our supplier of edge inference "
          "modules were unable to deliver in the required quantities, or if export controls restricted "
          "shipments of those modules to our customers' countries, we could be unable to ship lines on time."),
    ("p", "Our committed cloud spending may exceed our actual needs. If the growth of our software business "
          "is slower than we expect, we will still be required to pay for the minimum commitment, which "
          "would reduce our gross margin."),
    ("h", "Item 3. Legal Proceedings"),
    ("p", "On March 3, 2025, Redgrove Sensor Technologies, Inc. filed a complaint against Ferrolytic Systems, "
          "Inc. in the U.S. District Court for the District of Delaware alleging infringement of two patents "
          "relating to laser-induced breakdown spectroscopy. We believe the claims are without merit and "
          "intend to defend ourselves vigorously. We are unable at this time to estimate a range of possible "
          "loss, if any."),
    ("h", "PART II - Item 7. Management's Discussion and Analysis (excerpt)"),
    ("h2", "Liquidity and capital resources"),
    ("p", "At June 30, 2025 we had cash and cash equivalents of $96.8 million. On September 30, 2024, we "
          "entered into a credit agreement with Plainsbridge Bank, N.A. providing for a $75.0 million senior "
          "secured revolving credit facility maturing in September 2029. At June 30, 2025, $22.0 million was "
          "outstanding under the facility, and we were in compliance with all financial covenants."),
    ("p", "Net cash used in investing activities of $61.3 million in fiscal 2025 consisted primarily of the "
          "cash portion of the Lumenspek consideration, net of cash acquired, and capital expenditures for "
          "our Pittsburgh test hall. We believe that existing cash, cash generated from operations and "
          "availability under the revolving facility will be sufficient to meet our needs for at least the "
          "next twelve months."),
    ("h", "PART III - Item 12. Security Ownership of Certain Beneficial Owners (excerpt)"),
    ("p", "The following table sets forth information regarding beneficial ownership of our common stock as "
          "of August 31, 2025, based on 66,188,450 shares outstanding."),
    ("table", ["Name of beneficial owner", "Shares", "Percent"],
     [["Hallbrook Ventures Fund III, L.P.", "7,412,906", "11.2%"],
      ["Marcus Ellery, Chief Executive Officer", "2,118,030", "3.2%"],
      ["All directors and executive officers as a group (9 persons)", "3,904,120", "5.9%"]],
     [110, 35, 35]),
    ("h", "Item 14. Principal Accountant Fees and Services"),
    ("p", "Ashby Lorne LLP, our independent registered public accounting firm, audited the consolidated "
          "financial statements of Ferrolytic Systems, Inc. for fiscal 2025 and fiscal 2024. Audit fees were "
          "$1.9 million in fiscal 2025 and $1.4 million in fiscal 2024."),
    ("h", "PART IV - Exhibit 21.1. Subsidiaries of the Registrant"),
    ("table", ["Name of subsidiary", "Jurisdiction of organization", "Ownership"],
     [["Ferrolytic Europe B.V.", "Netherlands", "100%"],
      ["Lumenspek GmbH", "Germany", "100%"]],
     [80, 60, 40]),
]


# ---------------------------------------------------------------------------
# Document 03: Fjordlys Metall ASA - Annual Report 2024 excerpt (English)
# ---------------------------------------------------------------------------

DOC03 = [
    ("title", "Fjordlys Metall ASA"),
    ("title2", "Annual Report 2024 (excerpt)"),
    ("small", "Oslo Børs: FJMET | Organisation number 918 442 017"),
    ("h", "Board of Directors' report"),
    ("h2", "The year in brief"),
    ("p", "Fjordlys Metall ASA and its subsidiaries (the Group) remelt post-consumer and process scrap into "
          "low-carbon extrusion billet and foundry alloy at the Kvinnsvik plant in western Norway. Revenue "
          "for 2024 was NOK 6,840 million (NOK 6,112 million), and EBITDA was NOK 702 million "
          "(NOK 541 million). Shipments rose 9% to 236,000 tonnes, and the recycled content of our products "
          "averaged 81%."),
    ("p", "The most important operational development of the year was the roll-out of machine-learning "
          "furnace control on all six melting furnaces. The models predict melt temperature and alloy "
          "composition from burner, charge and spectrometer data and recommend charging sequences to the "
          "operators. Energy consumption per tonne fell by 7%, and the share of casts requiring an alloy "
          "correction fell from 14% to 6%."),
    ("h2", "Customers and markets"),
    ("p", "Demand for low-carbon billet remained robust in the building and automotive segments, while "
          "foundry alloy demand was weaker. Vestbruk Extrusion AS remained the largest customer, buying "
          "58,000 tonnes of low-carbon extrusion billet from Fjordlys in 2024."),
    ("p", "Competition in the Nordic remelt market intensified in 2024 as Nordkyst Aluminium AS and "
          "Hammarby Metallåtervinning AB both added furnace capacity."),
    ("h2", "Power"),
    ("p", "Tindekraft AS supplies Fjordlys with hydropower under a 15-year contract for 1.1 TWh per year "
          "that began on 1 January 2024. The contract price is partly indexed to the Group's realised "
          "aluminium premium, which reduces the earnings volatility of both parties."),
    ("h2", "Strategic investments and acquisitions"),
    ("p", "Fjordlys invested NOK 48 million in Skarvik Analytics AS in the March 2024 financing round and "
          "now holds 34.0% of the shares, accounting for the company as an associate. Skarvik develops the "
          "furnace and potline models that underpin our process-control programme."),
    ("p", "In 2024 Fjordlys committed NOK 200 million as a limited partner to Basalt Ridge Industrial "
          "Transition Fund II, L.P., of which NOK 64 million had been called at year-end. The fund invests "
          "in recycling and low-carbon metals companies, and the commitment gives the Group a view of "
          "technologies and scrap-sourcing models at an early stage."),
    ("p", "On 1 October 2024 Fjordlys Gjenvinning AS, the Group's scrap-sourcing subsidiary, acquired 100% of "
          "Mjøsa Skrap AS, a scrap yard at Gjøvik, for NOK 112 million. The acquisition secures about "
          "30,000 tonnes a year of sorted old scrap for the Kvinnsvik plant."),
    ("p", "During the autumn the Board evaluated an offer for Hammarby Metallåtervinning AB, but concluded "
          "that the price expectations were not compatible with Fjordlys' return requirements and "
          "discontinued the process."),
    ("h2", "Financing"),
    ("p", "In June 2024 Fjordlys refinanced its revolving credit facility with Nordvang Sparebank, which now "
          "provides a NOK 900 million sustainability-linked facility maturing in 2029. The margin is reduced "
          "if the Group meets annual targets for recycled content and energy intensity. Net interest-bearing "
          "debt at year-end was NOK 1,184 million, and the equity ratio was 46%."),
    ("h", "Shareholder information"),
    ("p", "At 31 December 2024 the company had 55,000,000 shares outstanding and 4,812 shareholders. The "
          "largest shareholders were:"),
    ("table", ["Shareholder", "Number of shares", "Ownership"],
     [["Statsvekst Holding AS", "14,905,220", "27.1%"],
      ["Fjellheim Pensjonskasse", "4,620,000", "8.4%"],
      ["Other shareholders", "35,474,780", "64.5%"]],
     [80, 50, 40]),
    ("h", "Notes to the consolidated financial statements (selected)"),
    ("h2", "Note 14 - Investments in associates"),
    ("table", ["Company", "Registered office", "Ownership", "Carrying amount 31.12.2024"],
     [["Skarvik Analytics AS", "Oslo", "34.0%", "NOK 41.7 million"]],
     [55, 40, 30, 55]),
    ("p", "The share of loss from the associate was NOK 6.3 million in 2024. There were no dividends."),
    ("h2", "Note 22 - Related parties"),
    ("p", "The Group's transactions with related parties are carried out on arm's length terms. The "
          "following transactions were recognised in 2024:"),
    ("table", ["Counterparty", "Relationship", "Nature of transaction", "2024", "2023"],
     [["Skarvik Analytics AS", "Associate", "Software licences and model services purchased",
       "NOK 21.4 million", "NOK 9.8 million"]],
     [36, 26, 50, 29, 29]),
    ("h2", "Note 25 - Group companies"),
    ("table", ["Company", "Country", "Owner", "Ownership"],
     [["Fjordlys Gjenvinning AS", "Norway", "Fjordlys Metall ASA", "100%"],
      ["Mjøsa Skrap AS", "Norway", "Fjordlys Gjenvinning AS", "100%"]],
     [55, 30, 60, 35]),
    ("h2", "Note 27 - Auditor"),
    ("p", "Our auditor, Brennvik Revisjon AS, has issued an unqualified opinion on the 2024 financial "
          "statements of Fjordlys Metall ASA. Fees for the statutory audit amounted to NOK 3.2 million."),
]


# ---------------------------------------------------------------------------
# Document 04: 华铝智冶 A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------

DOC04 = [
    ("small", "证券代码：688415　　证券简称：华铝智冶　　公告编号：2025-047"),
    ("title", "华铝智冶科技股份有限公司"),
    ("title2", "关于签订日常经营重大合同、对外投资设立控股子公司暨关联交易的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
          "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "● 合同类型及金额：境外日常经营重大合同，合同金额为人民币 58,600 万元（含税）。"),
    ("p", "● 对外投资：公司拟与关联方共同出资设立控股子公司，公司出资人民币 3,000 万元，持股 60%。"),
    ("p", "● 本次对外投资及日常关联交易已经公司第三届董事会第十九次会议审议通过，无需提交股东大会审议。"),
    ("h", "一、合同签订情况"),
    ("p", "2025年7月21日，公司与 Jazirat Aluminium Company B.S.C.（贾齐拉特铝业公司，以下简称“Jazirat”）"
          "签订了《电解槽智能控制系统供货及技术服务合同》，由公司向 Jazirat 提供覆盖其四条电解系列共"
          " 1,296 台电解槽的 AI 智能槽控系统、边缘计算单元及五年技术服务，合同金额为人民币 58,600 万元（含税）。"),
    ("p", "除华铝智冶外，本次国际招标的参与方还包括北方冶智科技股份有限公司及挪威 Skarvik Analytics AS 等企业。"),
    ("h", "二、合同对方基本情况"),
    ("p", "Jazirat 成立于 1987 年，系巴林证券交易所上市公司，主营原铝及铝合金产品的生产和销售，"
          "年产能约 160 万吨。Jazirat 与公司及公司控股股东、实际控制人之间不存在关联关系。"),
    ("h", "三、合同主要条款"),
    ("p", "1. 交付：系统分三批交付，首批 324 台槽控机于 2025 年第四季度完成安装调试。"),
    ("p", "2. 付款：合同生效后支付 20% 预付款，设备到货后支付 40%，验收后支付 30%，剩余 10% 作为质保金。"),
    ("p", "3. 考核指标：系统投运后电流效率提升不低于 0.5 个百分点，阳极效应系数下降不低于 30%。"),
    ("h", "四、对外投资暨关联交易概述"),
    ("p", "为推动电解铝行业数据资源的整合与模型训练，公司拟与甘肃陇原电解铝有限公司（以下简称“陇原电解铝”）"
          "共同出资设立甘肃铝智云数据科技有限公司（暂定名，以下简称“铝智云”），注册资本人民币 5,000 万元，"
          "其中公司以货币出资人民币 3,000 万元，陇原电解铝以货币出资人民币 2,000 万元。"),
    ("p", "铝智云的股权结构如下："),
    ("table", ["股东名称", "出资方式", "认缴出资额（万元）", "持股比例"],
     [["华铝智冶科技股份有限公司", "货币", "3,000", "60%"],
      ["甘肃陇原电解铝有限公司", "货币", "2,000", "40%"]],
     [70, 30, 45, 35]),
    ("p", "铝智云成立后将纳入公司合并报表范围，成为公司的控股子公司。"),
    ("h", "五、关联方介绍及关联关系"),
    ("p", "华铝集团有限公司为公司控股股东，截至本公告披露日直接持有公司 42.36% 的股份。"),
    ("p", "陇原电解铝系公司控股股东华铝集团有限公司控制的企业，根据《上海证券交易所科创板股票上市规则》的"
          "相关规定，陇原电解铝为公司的关联法人，本次共同投资构成关联交易，但不构成重大资产重组。"),
    ("h", "六、日常关联交易情况"),
    ("p", "内蒙古华铝智能装备有限公司（以下简称“华铝装备”）系公司全资子公司，主要从事槽控机、"
          "打壳下料系统等装备的制造与改造。"),
    ("p", "华铝装备拟与陇原电解铝签订《电解槽控制系统改造服务合同》，合同金额为人民币 12,400 万元，"
          "改造范围为陇原电解铝二期 400kA 系列全部 288 台电解槽。"),
    ("p", "本次日常关联交易定价参照公司向非关联第三方提供同类服务的价格确定，定价公允。"),
    ("h", "七、算力保障安排"),
    ("p", "为满足 Jazirat 项目及铝智云平台的模型训练需求，公司已与天衡算力科技有限公司签订算力租赁协议，"
          "约定由天衡算力在未来三年内向公司提供不少于 512 张 GPU 卡的训练算力，协议金额为人民币 9,600 万元。"),
    ("h", "八、对上市公司的影响"),
    ("p", "本次合同为公司迄今金额最大的境外订单，合同金额约占公司 2024 年度经审计营业收入的 41.2%。"
          "合同的履行预计将对公司 2025 年至 2027 年的经营业绩产生积极影响，"
          "且有利于公司 AI 槽控产品进入海外市场。公司业务不会因履行本合同而对合同对方形成依赖。"),
    ("h", "九、风险提示"),
    ("p", "1. 合同履行过程中可能存在因汇率波动、境外政策变化、不可抗力等因素导致合同无法全部履行的风险。"),
    ("p", "2. 铝智云尚需办理工商登记手续，其未来经营可能受行业政策、市场竞争及数据合规等因素影响。"),
    ("h", "十、中介机构意见"),
    ("p", "保荐机构华曜证券股份有限公司经核查认为，华铝智冶本次关联交易事项已经公司董事会审议通过，"
          "独立董事专门会议已审议同意，决策程序符合相关法律法规的规定。"),
    ("p", "北京君衡律师事务所就本次对外投资出具了法律意见书，认为华铝智冶本次对外投资的决策程序合法有效。"),
    ("p", "特此公告。"),
    ("right", "华铝智冶科技股份有限公司董事会"),
    ("right", "2025年7月23日"),
]


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------


def otf_to_ttf(font):
    """Replace the CFF outlines of an OpenType font by TrueType (quadratic) outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, 1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in order:
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, getattr(glyphs[name], "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def cjk_font(text, index, path):
    """Subset one face of the Noto Sans CJK collection to `text` and save it as a TrueType font."""
    font = TTCollection(CJK_TTC).fonts[index]
    options = Options()
    options.desubroutinize = True
    options.hinting = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options=options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    otf_to_ttf(font)
    font.save(path)


def all_text(blocks):
    parts = []
    for block in blocks:
        for item in block[1:]:
            if isinstance(item, str):
                parts.append(item)
            elif isinstance(item, list):
                for row in item:
                    if isinstance(row, list):
                        parts.extend(row)
                    elif isinstance(row, str):
                        parts.append(row)
    return "".join(parts)


class Doc(FPDF):
    footer_text = ""
    footer_font = "body"

    def footer(self):
        self.set_y(-14)
        self.set_font(self.footer_font, size=8)
        self.cell(0, 6, self.footer_text.format(n=self.page_no()), align="C", new_x="LMARGIN", new_y="NEXT")


def render(blocks, out, footer, cjk_index=None):
    tmp = tempfile.mkdtemp()
    try:
        pdf = Doc(format="A4")
        pdf.set_margins(20, 18, 20)
        pdf.set_auto_page_break(True, margin=20)
        if cjk_index is None:
            pdf.add_font("body", "", DEJAVU)
            pdf.add_font("body", "B", DEJAVU_BOLD)
            bold = "B"
        else:
            path = os.path.join(tmp, "cjk.ttf")
            chars = all_text(blocks) + footer + "0123456789 "
            cjk_font(chars, cjk_index, path)
            pdf.add_font("body", "", path)
            bold = ""
        pdf.footer_text = footer
        pdf.add_page()
        for block in blocks:
            kind = block[0]
            if kind == "page":
                pdf.add_page()
            elif kind == "title":
                pdf.set_font("body", bold, 16)
                pdf.multi_cell(0, 9, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "title2":
                pdf.set_font("body", bold, 13)
                pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("body", bold, 11.5)
                pdf.multi_cell(0, 7, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h2":
                pdf.set_font("body", bold, 10.5)
                pdf.multi_cell(0, 6, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font("body", "", 8.5)
                pdf.multi_cell(0, 5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "right":
                pdf.set_font("body", "", 10)
                pdf.multi_cell(0, 6, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("body", "", 10)
                pdf.multi_cell(0, 5.6, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                _, header, rows, widths = block
                pdf.set_font("body", "", 9)
                with pdf.table(col_widths=widths, width=min(sum(widths), pdf.epw), line_height=5.6,
                               headings_style=FontFace(emphasis=bold or None),
                               text_align="LEFT") as table:
                    for row in [header, *rows]:
                        cells = table.row()
                        for value in row:
                            cells.cell(value)
                pdf.ln(3)
            else:
                raise ValueError(kind)
        pdf.output(str(out))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    render(DOC02, HERE / "02_Ferrolytic_10K.pdf", "Ferrolytic Systems, Inc. | Form 10-K | Fiscal 2025 | {n}")
    render(DOC03, HERE / "03_Fjordlys_annual_report.pdf", "Fjordlys Metall ASA | Annual Report 2024 | {n}")
    render(DOC04, HERE / "04_Hualv_announcement.pdf", "华铝智冶科技股份有限公司 公告编号：2025-047 第 {n} 页", SC_INDEX)
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
