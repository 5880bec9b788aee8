"""Build the two PDF documents of this set with fpdf2.

Run:  /work/main/.venv/bin/python build_pdfs.py
The Chinese report uses a subset of Noto Sans CJK SC (face 2 of the system TTC),
converted to a temporary TrueType-outline TTF with fontTools.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# --------------------------------------------------------------------------
# d2: Corvane Semiconductor Form 10-Q excerpt (English, 3 pages)
# --------------------------------------------------------------------------
D2_PAGES = [
    [
        ("h1", "CORVANE SEMICONDUCTOR CORP."),
        ("p", "FORM 10-Q - For the quarterly period ended October 26, 2025 (excerpt)"),
        ("p", "Commission File Number 000-39211 | Nasdaq Global Select Market: CRVN"),
        ("h2", "NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)"),
        ("h3", "Note 3 - Concentration of Credit Risk and Significant Customers"),
        ("p", "We sell our accelerators, networking products and systems primarily to cloud service providers, "
              "server manufacturers and distributors. Revenue by customer is based on the entity that places the "
              "purchase order with us."),
        ("p", "For the third quarter of fiscal 2026, sales to Helixgrid Cloud, Inc. accounted for 16% of total revenue, "
              "primarily from shipments of Orion X9 accelerators. Sales to Nimbara Systems, Inc., a server manufacturer "
              "that integrates our accelerators into rack-scale systems, accounted for 12% of total revenue. One other "
              "customer, a distributor, accounted for 10% of total revenue. No other customer accounted for 10% or more "
              "of revenue in the periods presented."),
        ("table", [28, 40, 40, 40],
         [["Customer", "Q3 FY2026 revenue", "Q3 FY2025 revenue", "Receivables (% of total)"],
          ["Helixgrid", "16%", "7%", "19%"],
          ["Nimbara", "12%", "14%", "9%"],
          ["Customer C", "10%", "*", "11%"]]),
        ("p", "* Less than 10% of revenue in the period."),
        ("p", "Pallas Labs, Inc. did not purchase any products directly from us during the periods presented. "
              "Its use of our accelerators occurs through third-party cloud providers."),
        ("h3", "Note 5 - Investments"),
        ("p", "Non-marketable equity securities. In August 2025, we invested $1.5 billion in the Series F convertible "
              "preferred stock of Pallas Labs, Inc., a privately held developer of large AI models. We do not have "
              "significant influence over Pallas Labs, and the investment is measured using the measurement alternative "
              "at cost less impairment, adjusted for observable price changes."),
        ("p", "Equity-method investments. Corvane Ventures LLC, our wholly owned subsidiary, holds an approximately 22% "
              "interest in Lumenor Photonics, Inc., which we account for under the equity method. The carrying value of "
              "the investment was $318 million as of October 26, 2025, and our share of Lumenor's results was a loss "
              "of $9 million for the quarter."),
        ("p", "Fund commitment. In September 2025, we committed $400 million as a limited partner to Granite Arch "
              "Compute Credit Fund II, L.P., a private credit fund that finances GPU and data center assets. As of "
              "October 26, 2025, $120 million of the commitment had been called. Granite Arch Compute Credit Fund II, L.P. "
              "makes its investment decisions independently, and we have no role in selecting its borrowers."),
    ],
    [
        ("h3", "Note 8 - Commitments and Contingencies"),
        ("p", "Purchase obligations. Our purchase obligations consist primarily of wafer, memory, substrate and "
              "assembly commitments under supply agreements with terms of up to four years."),
        ("p", "We rely on Tessera Foundry Corporation to manufacture substantially all of our accelerator wafers, and our "
              "outstanding wafer purchase obligations to Tessera totaled $9.6 billion as of October 26, 2025."),
        ("p", "Under a long-term supply agreement, Kestrel Memory Co., Ltd. supplies high-bandwidth memory (HBM) stacks "
              "for the Orion X9 and successor products. In connection with that agreement, we made a capacity "
              "prepayment of $1.1 billion during fiscal 2026, which is recorded in prepaid expenses and other assets."),
        ("table", [62, 32, 32, 32],
         [["Purchase obligations (in millions)", "< 1 year", "1-3 years", "Total"],
          ["Wafer (foundry)", "$5,180", "$4,420", "$9,600"],
          ["Memory (HBM)", "$2,760", "$3,090", "$5,850"],
          ["Substrates and assembly", "$940", "$610", "$1,550"]]),
        ("p", "Competition. We compete with Vantor Silicon, Inc. and with custom accelerators developed by large cloud "
              "providers, some of which are also our customers. Pricing pressure from these competitors could reduce "
              "our gross margin."),
        ("h3", "Note 9 - Debt"),
        ("p", "Revolving Credit Facility. We have a $3.0 billion unsecured revolving credit facility with Northfield Bank, "
              "N.A., as lender and administrative agent, which matures in March 2030. No amounts were outstanding under "
              "the facility as of October 26, 2025. The facility requires us to maintain a maximum leverage ratio of "
              "3.5 to 1.0, and we were in compliance as of the end of the quarter."),
        ("p", "Senior Notes. As of October 26, 2025, we had $4.0 billion of senior unsecured notes outstanding, with "
              "maturities ranging from 2028 to 2035 and a weighted-average effective interest rate of 4.6%."),
    ],
    [
        ("h3", "Note 12 - Related Party Transactions"),
        ("p", "Our Chief Technology Officer, Dr. Imelda Sorensen, serves on the board of directors of Lumenor as a "
              "designee of Corvane Ventures. During the third quarter of fiscal 2026, we purchased $61 million of "
              "co-packaged optical engines from Lumenor Photonics, Inc., our equity-method investee. Amounts payable "
              "to Lumenor were $23 million as of October 26, 2025."),
        ("p", "Helixgrid Cloud, Inc. is not a related party; none of our directors or officers serves on its board "
              "and we hold no equity interest in Helixgrid."),
        ("h3", "Item 2. Management's Discussion and Analysis (excerpt)"),
        ("p", "Data Center revenue was $14.8 billion, up 48% from a year ago, driven by Orion X9 shipments to GPU cloud "
              "operators and server manufacturers. Gross margin was 71.2%, compared with 68.9% in the prior quarter, "
              "reflecting a richer product mix and lower inventory provisions."),
        ("p", "We expect supply of advanced packaging and HBM to remain constrained through the first half of "
              "calendar 2026, and we have increased prepayments to secure capacity."),
    ],
]

# --------------------------------------------------------------------------
# d3: 云峤智算 2025年半年度报告 excerpt (Chinese, 3 pages)
# each ("p1", text) is a one-line paragraph that must fit the page width
# --------------------------------------------------------------------------
D3_PAGES = [
    [
        ("h1", "云峤智算科技股份有限公司"),
        ("h1", "2025年半年度报告（摘录）"),
        ("p1", "公司代码：688317　　公司简称：云峤智算"),
        ("h2", "第二节　公司基本情况"),
        ("h3", "一、公司简介"),
        ("table", [60, 120],
         [["股票种类", "A股"],
          ["股票上市交易所及板块", "上海证券交易所科创板"],
          ["股票简称", "云峤智算"],
          ["股票代码", "688317"],
          ["公司的外文名称", "Yunqiao Intelligent Computing Technology Co., Ltd."]]),
        ("h3", "二、主要财务数据（单位：万元）"),
        ("table", [60, 40, 40, 40],
         [["项目", "本报告期", "上年同期", "增减(%)"],
          ["营业收入", "180,912.35", "96,477.18", "87.52"],
          ["归属于上市公司股东的净利润", "21,306.44", "9,871.02", "115.85"],
          ["经营活动产生的现金流量净额", "-48,215.90", "12,004.36", "不适用"]]),
        ("h3", "三、前十名股东持股情况（单位：股）"),
        ("table", [78, 36, 26, 40],
         [["股东名称", "股东性质", "持股比例(%)", "持股数量"],
          ["云峤控股集团有限公司", "境内非国有法人", "38.21", "152,840,000"],
          ["国鼎集成电路产业投资基金二期股份有限公司", "国有法人", "6.85", "27,400,000"],
          ["张明远", "境内自然人", "4.12", "16,480,000"],
          ["李慧", "境内自然人", "1.96", "7,840,000"]]),
        ("p1", "上述股东中，云峤控股集团有限公司为公司控股股东，张明远为公司实际控制人。"),
        ("p", "报告期内，公司控股股东及实际控制人未发生变更，前十名股东中不存在参与转融通业务出借股份的情况。"
              "公司未知其他股东之间是否存在关联关系或属于一致行动人。"),
    ],
    [
        ("h2", "第三节　管理层讨论与分析"),
        ("h3", "一、报告期内公司所从事的主要业务"),
        ("p", "公司主要从事智算中心的投资建设与运营，向大模型企业、科研机构及政企客户提供GPU算力租赁、"
              "模型训练与推理云服务。截至报告期末，公司在乌兰察布、庆阳、芜湖等地运营的智算中心总算力规模约"
              "为9.6 EFLOPS（FP16）。"),
        ("p1", "报告期内，公司向月湾智能提供的算力服务收入同比增长186%，月湾智能成为公司第一大客户。"),
        ("p1", "报告期内，公司智算中心平均上架率为87%，高于北辰云算、华启数据等同行业可比公司。"),
        ("h3", "二、前五名客户情况（单位：万元）"),
        ("table", [14, 96, 34, 36],
         [["序号", "客户名称", "销售额", "占营业收入比例(%)"],
          ["1", "月湾智能科技股份有限公司", "38,652.40", "21.37"],
          ["2", "杭州星衍智能科技有限公司", "17,205.12", "9.51"],
          ["3", "客户三", "11,480.66", "6.35"],
          ["4", "客户四", "8,912.03", "4.93"],
          ["5", "客户五", "6,027.55", "3.33"]]),
        ("h3", "三、前五名供应商情况（单位：万元）"),
        ("table", [14, 96, 34, 36],
         [["序号", "供应商名称", "采购额", "占采购总额比例(%)"],
          ["1", "芯曜微电子股份有限公司", "52,310.88", "34.02"],
          ["2", "苏州晶澜光电科技有限公司", "9,876.21", "6.42"],
          ["3", "杭州云峤置业有限公司", "5,120.00", "3.33"],
          ["4", "供应商四", "4,388.70", "2.85"],
          ["5", "供应商五", "3,902.15", "2.54"]]),
        ("h3", "四、重大关联交易"),
        ("p1", "杭州云峤置业有限公司为公司控股股东云峤控股集团有限公司的全资子公司。"),
        ("p1", "公司董事、副总经理陈立帆担任月湾智能董事，月湾智能构成公司关联法人。"),
        ("table", [80, 60, 40],
         [["关联方", "关联交易内容", "本期发生额（万元）"],
          ["杭州云峤置业有限公司", "机房租赁及物业服务", "5,120.00"],
          ["月湾智能科技股份有限公司", "算力服务", "38,652.40"]]),
    ],
    [
        ("h3", "五、主要控股参股公司分析"),
        ("table", [92, 44, 20, 24],
         [["公司名称", "公司类型", "持股比例", "主要业务"],
          ["云峤智算（乌兰察布）有限公司", "全资子公司", "100%", "智算中心运营"],
          ["长川省算力产业投资基金合伙企业（有限合伙）", "参股公司（有限合伙人）", "19.80%", "股权投资"],
          ["月湾智能科技股份有限公司", "参股公司", "12.00%", "大模型研发"]]),
        ("p", "公司于2025年3月完成对月湾智能的增资，具体内容详见公司于上海证券交易所网站披露的相关公告。"
              "报告期内，公司按权益法确认对月湾智能的投资损失3,406.27万元。"),
        ("h3", "六、银行授信及担保情况"),
        ("p1", "江城银行股份有限公司向云峤智算（乌兰察布）有限公司授予综合授信额度15亿元。"),
        ("p1", "截至报告期末，上述授信已使用9.2亿元，主要用于采购GPU服务器及配套网络设备。"),
        ("p1", "浦澜银行股份有限公司向公司授予综合授信额度8亿元，授信期限三年。"),
        ("p1", "公司为乌兰察布子公司在江城银行的上述授信提供连带责任保证担保。"),
        ("p", "除上述事项外，报告期内公司不存在为控股股东、实际控制人及其关联方提供担保的情况，"
              "不存在违规担保情况。"),
        ("h3", "七、可能面对的风险"),
        ("p", "客户集中度较高的风险：报告期内公司前五名客户销售额合计占营业收入的45.49%，其中第一大客户占比21.37%。"
              "若主要客户因融资环境变化、模型研发方向调整等原因减少算力采购，将对公司经营业绩产生不利影响。"),
        ("p", "供应链风险：公司GPU服务器主要采购自国产加速卡厂商，若上游产能不足或交付延迟，可能影响公司新增算力的"
              "投产进度。"),
    ],
]


def cjk_font_path(texts):
    """Subset Noto Sans CJK SC (face 2 of the TTC) to the characters used and convert its CFF
    outlines to TrueType (glyf) outlines, so that fpdf2 embeds it with a correct ToUnicode map."""
    chars = set("".join(texts)) | set(chr(c) for c in range(32, 127))
    font = TTCollection(TTC).fonts[2]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    out = os.path.join(tempfile.mkdtemp(), "NotoSansSC-subset.ttf")
    font.save(out)
    return out


def render(pdf, pages, font, sizes, check_width=False):
    for blocks in pages:
        pdf.add_page()
        for kind, *rest in blocks:
            if kind == "h1":
                pdf.set_font(font, size=sizes["h1"])
                pdf.cell(0, 8, rest[0], new_x="LMARGIN", new_y="NEXT", align="C")
            elif kind == "h2":
                pdf.ln(2)
                pdf.set_font(font, size=sizes["h2"])
                pdf.cell(0, 7, rest[0], new_x="LMARGIN", new_y="NEXT")
            elif kind == "h3":
                pdf.ln(1)
                pdf.set_font(font, size=sizes["h3"])
                pdf.cell(0, 6, rest[0], new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font(font, size=sizes["p"])
                pdf.multi_cell(0, 5, rest[0], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "p1":
                pdf.set_font(font, size=sizes["p"])
                w = pdf.get_string_width(rest[0])
                if w > pdf.epw:
                    raise SystemExit(f"line too long ({w:.1f} > {pdf.epw:.1f}): {rest[0]}")
                pdf.cell(0, 6, rest[0], new_x="LMARGIN", new_y="NEXT")
            elif kind == "table":
                widths, rows = rest
                pdf.set_font(font, size=sizes["t"])
                for _r, row in enumerate(rows):
                    for w, txt in zip(widths, row):
                        if pdf.get_string_width(txt) > w - 1:
                            raise SystemExit(f"cell too wide: {txt}")
                        pdf.cell(w, 6, txt, border=1, align="L")
                    pdf.ln(6)
                pdf.ln(2)
        if pdf.page_no() != pages.index(blocks) + 1:
            raise SystemExit("page overflow")


def build_d2():
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=12)
    pdf.set_margins(15, 15, 15)
    render(pdf, D2_PAGES, "Helvetica", {"h1": 13, "h2": 11, "h3": 10, "p": 9, "t": 8.5})
    pdf.output(os.path.join(HERE, "d2_corvane_10q_excerpt.pdf"))


def build_d3():
    texts = []
    for page in D3_PAGES:
        for kind, *rest in page:
            if kind == "table":
                texts.extend(c for row in rest[1] for c in row)
            else:
                texts.append(rest[0])
    path = cjk_font_path(texts)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=12)
    pdf.set_margins(12, 14, 12)
    pdf.add_font("NotoSC", "", path)
    render(pdf, D3_PAGES, "NotoSC", {"h1": 14, "h2": 12, "h3": 10.5, "p": 9.5, "t": 8.5}, check_width=True)
    pdf.output(os.path.join(HERE, "d3_云峤智算_2025半年度报告摘录.pdf"))


if __name__ == "__main__":
    build_d2()
    build_d3()
    print("built")
