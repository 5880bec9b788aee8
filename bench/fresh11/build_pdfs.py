"""Build the two PDF documents of this set with fpdf2.

Run with /work/main/.venv/bin/python build_pdfs.py (needs fpdf2 and fontTools).
The Chinese PDF uses a subset of Noto Sans CJK SC, converted from CFF to TrueType
outlines so that pypdf can extract the text.
"""
import os
import re

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------
# English 10-K excerpt: Greyhollow Data Centers, Inc.
# ---------------------------------------------------------------------------

GH_PAGES = [
    [
        ("center_b", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("center", "Washington, D.C. 20549"),
        ("center_b", "FORM 10-K"),
        ("center", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
        ("center", "For the fiscal year ended December 31, 2025"),
        ("center", "Commission File Number 001-40218"),
        ("center_big", "GREYHOLLOW DATA CENTERS, INC."),
        ("center", "(Exact name of registrant as specified in its charter)"),
        ("center", "Delaware | 2200 Ross Avenue, Suite 3100, Dallas, Texas 75201 | Class A common stock, NYSE: GHDC"),
        ("note", "Excerpts from Part I, Item 1 (Business), Item 1A (Risk Factors), Part II, Item 5 and Item 7 (Management's Discussion and Analysis). Page numbers refer to this excerpt."),
        ("h", "PART I - ITEM 1. BUSINESS"),
        ("h2", "Overview"),
        ("p", "Greyhollow Data Centers, Inc. (\"Greyhollow,\" the \"Company,\" \"we,\" \"us\" or \"our\") develops, owns and operates high-density, liquid-cooled data center campuses that we lease to AI cloud providers and model developers. As of December 31, 2025, we had 412 MW of critical IT load in operation and approximately 1.3 GW under construction or in advanced development across four campuses in Texas and Oklahoma: Tollgate (Hood County, Texas), Amarillo North (Potter County, Texas), Red Fork (Tulsa County, Oklahoma) and Pell Ridge (Texas Panhandle)."),
        ("p", "We do not own or operate GPUs. Our tenants install and finance their own compute equipment, and we provide powered shell, electrical and mechanical infrastructure, liquid-cooling distribution and, on request, managed remote-hands services. Leases are typically triple-net with initial terms of five to fifteen years and annual escalators of 2.5% to 3.5%."),
        ("h2", "Growth of our land and power portfolio"),
        ("p", "Access to power has become the principal constraint on the deployment of AI compute. On August 4, 2025, we completed the acquisition of Pell Ridge Power Holdings, LLC, which controls 1.2 GW of interconnection rights in the Texas Panhandle, for $285 million in cash. We expect the first 300 MW at Pell Ridge to be energized in 2028, subject to the completion of transmission upgrades by the local utility."),
        ("h2", "Technology relationships"),
        ("p", "Our halls are designed for rack densities of up to 200 kW. In 2025 we broadened our reference-design program with Orrinth Semiconductor Corp., under which Orrinth and Greyhollow jointly validate hall layouts, coolant distribution and power shelves for Orrinth's rack-scale systems. Neither party pays the other under the program, and it does not restrict our tenants' choice of accelerators."),
    ],
    [
        ("h2", "Competition"),
        ("p", "The market for AI-focused data center capacity is highly competitive. We compete with other developers of liquid-cooled capacity, including Stonebrake Digital Infrastructure and Hanchi Data Group, as well as with the self-build programs of the largest cloud providers. According to industry estimates, we were the second-largest developer of liquid-cooled capacity in North America in 2025, behind Stonebrake Digital Infrastructure. We believe we compete favorably on speed to power, density and the experience of our construction teams."),
        ("h2", "Customers and key relationships"),
        ("p", "Our customer base is concentrated. Our two largest tenants together accounted for 58% of our 2025 revenue, and our five largest tenants accounted for 91%. The table below lists our significant counterparties as of December 31, 2025."),
        ("caption", "Table 1 - Significant counterparties"),
        ("table", [52, 28, 38, 56],
         ["Counterparty", "Relationship", "Campus", "Key terms"],
         [
             ["Halcyra Compute Holdings Ltd.", "Tenant", "Tollgate, TX", "15-year lease; 60 MW delivered"],
             ["Marrowind AI, Inc.", "Tenant", "Amarillo North, TX", "Anchor tenant; 180 MW in build"],
             ["Sablewick Labs", "Tenant", "Tollgate, TX", "7-year lease; 24 MW"],
             ["Pyrewell Cloud, Inc.", "Tenant", "Tollgate, TX", "5-year colocation; 18 MW"],
             ["Brimfield Power Systems", "Supplier", "All campuses", "Switchgear and UPS"],
         ]),
        ("p", "In 2025, we purchased $310 million of switchgear, uninterruptible power supplies and related electrical equipment from Brimfield Power Systems under a three-year framework agreement. We have qualified a second supplier for medium-voltage switchgear and expect to place initial orders with it in 2026."),
        ("p", "Several of our tenants are growth-stage companies. Their ability to pay rent depends on continued access to equity and debt capital and on their own customers' demand for compute."),
        ("h", "ITEM 1A. RISK FACTORS (EXCERPT)"),
        ("p", "We depend on a small number of tenants, and the loss of, or a payment default by, any of them could materially reduce our revenue. Most of our tenants are AI cloud providers or model developers that have short operating histories, have incurred losses in the past and rely on external financing to fund the equipment they install in our halls."),
        ("p", "Our tenants' GPU fleets are frequently financed with loans secured by the equipment. A default under such a financing could result in the removal of equipment from our halls, the termination of the related lease or a dispute over access to the premises, any of which could delay our receipt of rent."),
        ("p", "We may be unable to obtain sufficient electric power, transformers or switchgear on the schedule we expect. Long-lead electrical equipment has had delivery times of 80 weeks or more, and a delay at any of our campuses could postpone lease commencement dates and the related revenue."),
    ],
    [
        ("h", "PART II - ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS (EXCERPT)"),
        ("h2", "Results of operations"),
        ("p", "Revenue for 2025 was $1,148.3 million, compared with $562.9 million in 2024, an increase of 104%, driven by lease commencements at Tollgate and the first phase of Red Fork. Net operating income was $806.5 million, compared with $381.2 million. Net income attributable to common stockholders was $96.4 million, or $0.52 per diluted share, compared with a net loss of $41.7 million, or $(0.24) per share, in 2024."),
        ("h2", "Liquidity and capital resources"),
        ("p", "We fund development with a combination of project-level construction debt, corporate borrowings, convertible notes and equity. Capital expenditures were $3.42 billion in 2025, compared with $1.58 billion in 2024, and we expect capital expenditures of $4.5 billion to $5.2 billion in 2026."),
        ("p", "In March 2025, our subsidiary GH Tollgate Campus I LLC entered into a $1.6 billion construction loan with Ashgrove National Bank, N.A., as lender and administrative agent. Borrowings bear interest at SOFR plus 2.75% and are secured by the Tollgate campus and the related leases."),
        ("p", "In September 2025, we entered into a $400 million senior mezzanine term loan provided by funds managed by Corbel Point Capital, secured by a pledge of our equity interests in our campus subsidiaries. The mezzanine term loan is structurally subordinated to the Tollgate construction loan, and Corbel Point Capital has no claim on the assets of GH Tollgate Campus I LLC."),
        ("caption", "Table 2 - Debt outstanding as of December 31, 2025"),
        ("table", [40, 42, 42, 22, 16, 12],
         ["Facility", "Borrower", "Lender(s)", "Principal ($m)", "Rate", "Due"],
         [
             ["Tollgate construction loan", "GH Tollgate Campus I LLC", "Ashgrove National Bank", "1,212.5", "S+2.75%", "2029"],
             ["Mezzanine term loan", "Greyhollow Data Centers", "Corbel Point Capital", "400.0", "11.25%", "2030"],
             ["Convertible notes", "Greyhollow Data Centers", "Noteholders", "862.5", "2.00%", "2031"],
             ["Total", "", "", "2,475.0", "", ""],
         ]),
        ("p", "Greyhollow Data Centers, Inc. has provided a completion guarantee to Ashgrove National Bank, N.A. in respect of the Tollgate construction loan. The guarantee falls away once the final phase of the campus reaches substantial completion, which we expect in the second half of 2026."),
        ("p", "As of December 31, 2025, we had $734.9 million of cash and cash equivalents and $1.27 billion of undrawn commitments under the Tollgate construction loan. We believe these resources, together with expected lease cash flows and additional project financings, will be sufficient to fund our planned development for at least the next twelve months."),
    ],
    [
        ("h", "PART II - ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY (EXCERPT)"),
        ("p", "Our Class A common stock trades on the New York Stock Exchange under the symbol GHDC. On February 20, 2026, there were 41 holders of record of our Class A common stock. Our share price rose 38% in 2025, compared with a 61% gain for Stonebrake Digital Infrastructure over the same period."),
        ("p", "Ninefold Growth Partners remains our largest outside shareholder, holding approximately 14.3% of our outstanding Class A common stock as of February 20, 2026. Ninefold has the right to nominate one director for so long as it holds at least 7.5% of our outstanding common stock."),
        ("p", "We have never declared or paid cash dividends on our common stock and do not expect to do so in the foreseeable future."),
        ("h2", "Subsequent events"),
        ("p", "In February 2026, our largest tenant at Amarillo North exercised its option to lease an additional 60 MW at that campus, with delivery expected in 2027. Also in February 2026, GH Tollgate Campus I LLC drew a further $140 million under its construction loan to fund the final phase of the Tollgate campus."),
        ("h2", "Outlook"),
        ("p", "For 2026, we expect revenue of $1.85 billion to $2.0 billion and expect to deliver between 350 MW and 420 MW of new critical IT load, of which more than 80% is pre-leased as of the date of this report."),
    ],
]


def build_greyhollow(path):
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 18, 18)
    width = pdf.w - 36
    for page in GH_PAGES:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "center_b":
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(width, 5.5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center_big":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 15)
                pdf.multi_cell(width, 7, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center":
                pdf.set_font("Helvetica", "", 9)
                pdf.multi_cell(width, 4.6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "note":
                pdf.ln(2)
                pdf.set_font("Helvetica", "I", 8.5)
                pdf.multi_cell(width, 4.2, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 10.5)
                pdf.multi_cell(width, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.ln(1)
                pdf.set_font("Helvetica", "BI", 9.5)
                pdf.multi_cell(width, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "caption":
                pdf.ln(1)
                pdf.set_font("Helvetica", "B", 9)
                pdf.multi_cell(width, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Helvetica", "", 9.5)
                pdf.multi_cell(width, 4.7, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "table":
                _, widths, header, rows = block
                draw_table(pdf, "Helvetica", widths, header, rows, 8.5)
            assert pdf.get_y() < pdf.h - 12, ("page overflow", block[1][:40])
    pdf.output(path)


def draw_table(pdf, family, widths, header, rows, size):
    pdf.set_font(family, "B" if family == "Helvetica" else "", size)
    for w, h in zip(widths, header):
        assert pdf.get_string_width(h) < w - 1, h
        pdf.cell(w, 6, h, border=1)
    pdf.ln(6)
    pdf.set_font(family, "", size)
    for row in rows:
        for w, c in zip(widths, row):
            assert pdf.get_string_width(c) < w - 1, c
            pdf.cell(w, 5.6, c, border=1)
        pdf.ln(5.6)
    pdf.ln(2)


# ---------------------------------------------------------------------------
# Chinese annual report excerpt: 云岫算力科技股份有限公司
# ---------------------------------------------------------------------------

YX_PAGES = [
    [
        ("title", "云岫算力科技股份有限公司"),
        ("title", "2025年年度报告（摘录）"),
        ("center", "证券代码：301587        证券简称：云岫算力        公告编号：2026-018"),
        ("center", "2026年4月"),
        ("h", "第一节  重要提示"),
        ("p", "公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实、准确、完整，不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。公司负责人周岫然、主管会计工作负责人孟时雨及会计机构负责人（会计主管人员）唐以澄声明：保证年度报告中财务报告的真实、准确、完整。"),
        ("p", "本报告涉及的未来计划、发展战略等前瞻性陈述，不构成公司对投资者的实质承诺，敬请投资者注意投资风险。公司已在本报告第三节“管理层讨论与分析”中详细描述可能面对的风险，敬请投资者予以关注。"),
        ("p", "公司经本次董事会审议通过的利润分配预案为：以公司总股本700,000,000股为基数，向全体股东每10股派发现金红利1.20元（含税），不送红股，不以资本公积金转增股本。"),
        ("h", "第二节  公司简介和主要财务指标"),
        ("p", "公司中文名称为云岫算力科技股份有限公司，英文名称为Yunxiu Compute Technology Co., Ltd.，股票在深圳证券交易所创业板上市。"),
        ("caption", "主要会计数据和财务指标                                        单位：万元"),
        ("table", [62, 38, 38, 34],
         ["项目", "2025年", "2024年", "本年比上年增减"],
         [
             ["营业收入", "404,215.37", "251,806.44", "60.53%"],
             ["归属于上市公司股东的净利润", "38,612.90", "21,447.18", "80.04%"],
             ["扣除非经常性损益后的净利润", "35,977.26", "19,320.65", "86.21%"],
             ["经营活动产生的现金流量净额", "126,480.11", "71,935.02", "75.82%"],
             ["基本每股收益（元/股）", "0.55", "0.31", "77.42%"],
             ["加权平均净资产收益率", "9.84%", "6.12%", "上升3.72个百分点"],
         ]),
    ],
    [
        ("h", "第三节  管理层讨论与分析"),
        ("h2", "一、报告期内公司从事的主要业务"),
        ("p", "公司是国内领先的智算服务提供商，主要向大模型企业、互联网公司及科研机构提供智算集群租赁、算力调度及模型训练推理一体化服务。截至报告期末，公司在乌兰察布、中卫、芜湖三地运营智算中心，在运算力规模约2.6万P（FP16）。"),
        ("p", "报告期内，公司实现营业收入40.42亿元，同比增长60.53%；实现归属于上市公司股东的净利润3.86亿元，同比增长80.04%。智算服务毛利率为34.7%，较上年提高2.9个百分点。"),
        ("h2", "二、主要销售客户和主要供应商情况"),
        ("p", "公司前五名客户合计销售金额213,501.48万元，占年度销售总额的52.82%；前五名客户销售额中关联方销售额占年度销售总额比例为0.00%。"),
        ("caption", "公司前5大客户资料                                               单位：万元"),
        ("table", [14, 80, 40, 38],
         ["序号", "客户名称", "销售额", "占年度销售总额比例"],
         [
             ["1", "北京幻枢智能科技有限公司", "86,420.15", "21.38%"],
             ["2", "星穹智算（深圳）有限公司", "52,317.60", "12.94%"],
             ["3", "澜芯微电子股份有限公司", "31,085.22", "7.69%"],
             ["4", "客户四", "24,906.48", "6.16%"],
             ["5", "客户五", "18,772.03", "4.64%"],
             ["合计", "--", "213,501.48", "52.82%"],
         ]),
        ("p", "公司前五名供应商合计采购金额185,840.55万元，占年度采购总额的57.05%；前五名供应商采购额中关联方采购额占年度采购总额比例为0.00%。"),
        ("caption", "公司前5名供应商资料                                             单位：万元"),
        ("table", [14, 80, 40, 38],
         ["序号", "供应商名称", "采购额", "占年度采购总额比例"],
         [
             ["1", "澜芯微电子股份有限公司", "78,530.40", "24.11%"],
             ["2", "海赛拉算力控股有限公司", "41,266.85", "12.67%"],
             ["3", "供应商三", "29,014.33", "8.91%"],
             ["4", "内蒙古岚风售电有限公司", "21,640.07", "6.64%"],
             ["5", "供应商五", "15,388.90", "4.72%"],
             ["合计", "--", "185,840.55", "57.05%"],
         ]),
        ("small", "注：公司向海赛拉算力控股有限公司采购的是其位于马来西亚柔佛州数据中心的GPU算力租用服务，用于公司境外客户的模型训练业务。澜芯微电子股份有限公司同时为公司客户和供应商，相关交易均按市场价格定价。"),
    ],
    [
        ("h2", "三、主要控股参股公司分析"),
        ("p", "报告期内，公司主要子公司及对公司净利润影响达10%以上的参股公司情况如下："),
        ("caption", "主要子公司及参股公司                                             单位：万元"),
        ("table", [66, 22, 30, 22, 32],
         ["公司名称", "公司类型", "主要业务", "持股比例", "注册资本"],
         [
             ["云岫智算（乌兰察布）有限公司", "子公司", "智算中心运营", "100.00%", "150,000.00"],
             ["云岫数科（香港）有限公司", "子公司", "境外采购与销售", "100.00%", "港币5,000.00"],
             ["宁夏中卫云枢数据有限公司", "参股公司", "数据中心", "35.00%", "60,000.00"],
             ["青岚智算产业投资基金（有限合伙）", "参股企业", "股权投资", "19.80%", "250,000.00"],
         ]),
        ("p", "云岫智算（乌兰察布）有限公司为公司全资子公司，负责乌兰察布智算中心一期、二期的建设和运营，报告期内实现营业收入21.36亿元，净利润2.41亿元。"),
        ("p", "青岚智算产业投资基金（有限合伙）成立于2023年，公司作为有限合伙人认缴出资4.95亿元。该基金主要投资于大模型、智算芯片及算力基础设施领域，公司不参与基金的日常投资决策。"),
        ("h2", "四、重大合同及融资情况"),
        ("p", "报告期内，公司与北京幻枢智能科技有限公司续签算力服务框架协议，约定2025年至2027年合计采购不少于8,000台服务器等效算力。"),
        ("p", "报告期内，云岫智算（乌兰察布）有限公司获江澄银行15亿元固定资产贷款授信。截至报告期末，该授信项下已提款9.2亿元，贷款期限为八年，由公司提供连带责任保证担保。"),
        ("p", "报告期内，公司资本性支出合计31.58亿元，主要用于乌兰察布二期及芜湖智算中心的服务器、加速卡及配套设施采购。"),
    ],
    [
        ("h", "第三节  管理层讨论与分析（续）"),
        ("h2", "五、公司未来发展的展望及可能面对的风险"),
        ("p", "1. 供应链风险。美国对高端GPU的出口管制持续收紧，公司目前无法直接采购奥林斯半导体的最新一代产品。公司已加大国产加速卡的部署比例，但国产产品在软件生态和集群规模上仍有差距。"),
        ("p", "澜芯微电子LX-9系列的单卡性能已接近奥林斯半导体上一代产品。公司将持续与国产芯片厂商开展适配工作，降低单一来源依赖。"),
        ("p", "2. 客户集中度风险。公司前五名客户销售额占比超过50%，若主要客户经营状况或融资环境发生不利变化，可能对公司经营业绩产生较大影响。"),
        ("p", "3. 市场竞争风险。据第三方机构统计，公司智算服务收入规模位列国内第三，仅次于星穹智算和瀚池数据。行业新进入者较多，算力租赁价格存在下行压力。"),
        ("p", "4. 境外业务风险。公司通过境外供应商租用部分算力服务境外客户，相关业务可能受到所在国监管政策、汇率波动等因素影响。"),
        ("h", "第七节  股份变动及股东情况（摘录）"),
        ("caption", "前十名股东持股情况（部分）                                         单位：股"),
        ("table", [70, 34, 24, 44],
         ["股东名称", "股东性质", "持股比例", "持股数量"],
         [
             ["周岫然", "境内自然人", "28.40%", "198,800,000"],
             ["瀚池数据科技集团股份有限公司", "境内非国有法人", "6.12%", "42,840,000"],
             ["苏湖数智产业母基金（有限合伙）", "其他", "4.60%", "32,200,000"],
             ["澜芯微电子股份有限公司", "境内非国有法人", "3.05%", "21,350,000"],
             ["香港中央结算有限公司", "境外法人", "2.18%", "15,260,000"],
         ]),
        ("p", "上述股东中，周岫然为公司控股股东、实际控制人。公司未知其他股东之间是否存在关联关系或一致行动关系。"),
    ],
]


def cjk_font_path(text):
    out = os.path.join(HERE, ".cjk_subset.ttf")
    coll = TTCollection(CJK_TTC)
    font = coll.fonts[2]  # Noto Sans CJK SC
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    # CFF -> TrueType outlines (pypdf cannot map CID CFF glyphs back to text reliably)
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
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ["maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"]:
        setattr(maxp, attr, 0)
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)
    return out


def cjk_lines(pdf, text, width):
    """Greedy line filling that keeps whole sentences together where they fit."""
    parts = [p for p in re.split(r"(?<=[。；！？])", text) if p]
    lines, cur = [], ""
    for part in parts:
        if pdf.get_string_width(cur + part) <= width:
            cur += part
            continue
        if cur:
            lines.append(cur)
            cur = ""
        if pdf.get_string_width(part) <= width:
            cur = part
            continue
        for ch in part:  # sentence longer than a line: break by character
            if pdf.get_string_width(cur + ch) > width and ch not in "。，、；：）”":
                lines.append(cur)
                cur = ""
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def build_yunxiu(path):
    all_text = []
    for page in YX_PAGES:
        for block in page:
            if block[0] == "table":
                all_text.append("".join(block[2]) + "".join("".join(r) for r in block[3]))
            else:
                all_text.append(block[1])
    chars = "".join(all_text) + "0123456789 .,:;%()-/+"
    font = cjk_font_path(chars)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 18, 18)
    pdf.add_font("cjk", "", font)
    width = pdf.w - 36
    for page in YX_PAGES:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("cjk", "", 17)
                pdf.cell(width, 10, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center":
                pdf.set_font("cjk", "", 9.5)
                pdf.cell(width, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("cjk", "", 12)
                pdf.cell(width, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.ln(1)
                pdf.set_font("cjk", "", 10.5)
                pdf.cell(width, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "caption":
                pdf.ln(1)
                pdf.set_font("cjk", "", 9)
                pdf.cell(width, 5.5, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind in ("p", "small"):
                size = 9.5 if kind == "p" else 8.5
                pdf.set_font("cjk", "", size)
                for line in cjk_lines(pdf, block[1], width):
                    pdf.cell(width, size * 0.55, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "table":
                _, widths, header, rows = block
                draw_table(pdf, "cjk", widths, header, rows, 9)
            assert pdf.get_y() < pdf.h - 12, ("page overflow", str(block[1])[:20])
    pdf.output(path)
    os.remove(font)


if __name__ == "__main__":
    build_greyhollow(os.path.join(HERE, "greyhollow_10k_2025_excerpt.pdf"))
    build_yunxiu(os.path.join(HERE, "yunxiu_2025_annual_report_excerpt.pdf"))
    print("built")
