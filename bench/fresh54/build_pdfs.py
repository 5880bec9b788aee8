"""Build the three PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese PDFs use Noto Sans CJK SC (collection font 2 of NotoSansCJK-Regular.ttc), subset and
converted from CFF to TrueType outlines with fontTools into a temporary directory (deleted
afterwards). Chinese lines are broken only after "。" or at spaces, never inside a sentence,
so every sentence is one line of pypdf text. English text (DejaVu Sans) wraps at spaces only.
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def make_cjk_ttf(chars, out):
    f = TTFont(NOTO, fontNumber=2)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted({ord(c) for c in chars if c not in "\n\t"} | {0x20}))
    sub.subset(f)
    order = f.getGlyphOrder()
    glyphset = f.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    f["glyf"] = glyf
    f["loca"] = newTable("loca")
    del f["CFF "]
    if "VORG" in f:
        del f["VORG"]
    maxp = f["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    f["head"].indexToLocFormat = 0
    f["head"].glyphDataFormat = 0
    f["post"].formatType = 3.0
    f.sfntVersion = "\x00\x01\x00\x00"
    f.save(out)


# ---------------------------------------------------------------------------
# Document 03: A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC03 = [
    ("small", "证券代码：688417　　证券简称：华澜特气　　公告编号：2025-047"),
    ("title", "华澜特种气体股份有限公司"),
    ("title", "关于对外投资设立合资公司及认购岚芯材料向特定对象发行股票的公告"),
    ("p", "公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
          "董事会全体成员对公告内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "● 投资标的名称：嘉兴华韩电子材料有限公司（暂定名，最终以市场监督管理部门核准登记为准）。"),
    ("p", "● 投资金额：公司拟以货币出资人民币25,500万元，持有合资公司51%股权。"),
    ("p", "● 认购标的：苏州岚芯光刻材料股份有限公司2025年度向特定对象发行的A股股票。"),
    ("p", "● 认购金额：不超过人民币15,000万元，资金来源为公司自有资金。"),
    ("p", "● 相关风险提示：合资公司尚需办理工商登记及项目备案、环评等审批手续，存在不确定性。"),
    ("h", "一、对外投资概述"),
    ("h", "（一）设立合资公司"),
    ("p", "华澜特种气体股份有限公司（以下简称“公司”或“华澜特气”）拟与韩国Hanbit Sojae Co., Ltd.共同出资设立合资公司。"
          "Hanbit Sojae Co., Ltd.（以下简称“韩光素材”）系韩国KOSDAQ市场上市公司。"
          "合资公司名称暂定为嘉兴华韩电子材料有限公司（以下简称“华韩电子”）。"
          "华韩电子注册资本为人民币50,000万元，注册地为浙江省嘉兴市嘉善县。"),
    ("p", "公司以货币方式向华韩电子出资25,500万元，占其注册资本的51%。"
          "韩光素材以货币方式向华韩电子出资24,500万元，占其注册资本的49%。"
          "华韩电子设立后将成为公司的控股子公司，纳入公司合并报表范围。"),
    ("p", "华韩电子拟建设年产3,000吨电子级三氟化氮及500吨六氟化钨生产线，项目总投资约12亿元。"
          "项目产品主要面向长三角地区十二英寸晶圆制造企业，用于先进逻辑及存储芯片的刻蚀和清洗工艺。"),
    ("h", "（二）认购岚芯材料向特定对象发行的股票"),
    ("p", "苏州岚芯光刻材料股份有限公司（以下简称“岚芯材料”）系上海证券交易所科创板上市公司。"
          "2025年9月26日，公司与岚芯材料签署了《附条件生效的股份认购协议》。"
          "公司拟以自有资金不超过15,000万元认购岚芯材料本次向特定对象发行的A股股票。"),
    ("p", "本次认购前，公司持有岚芯材料6.80%的股份，为其第二大股东。"
          "本次认购完成后，公司持股比例预计将不超过9.90%，不会导致岚芯材料控制权发生变化。"),
    ("h", "（三）审议程序"),
    ("p", "公司于2025年9月26日召开第三届董事会第十四次会议，审议通过了上述事项。"
          "根据《上海证券交易所科创板股票上市规则》及《公司章程》的规定，本次对外投资无需提交股东大会审议。"
          "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("h", "二、合作方基本情况"),
    ("table", [40, 140], [
        ["名称", "Hanbit Sojae Co., Ltd."],
        ["成立日期", "2004年3月"],
        ["注册地址", "韩国京畿道平泽市"],
        ["代表理事", "Park Joon-seo"],
        ["上市地点", "韩国KOSDAQ市场（证券代码：294730）"],
        ["主营业务", "电子特种气体及半导体前驱体材料的研发、生产和销售"],
    ]),
    ("p", "韩光素材2024年度实现营业收入约4,820亿韩元，净利润约611亿韩元。"
          "韩光素材是韩国存储芯片制造商Daeyang Semicon的主要特气供应商之一。"
          "韩光素材与公司及公司控股股东、实际控制人、董事、监事、高级管理人员均不存在关联关系。"),
    ("h", "三、投资标的基本情况"),
    ("table", [60, 50, 40, 30], [
        ["股东名称", "出资方式", "出资额（万元）", "持股比例"],
        ["华澜特气", "货币", "25,500", "51%"],
        ["韩光素材", "货币", "24,500", "49%"],
        ["合计", "—", "50,000", "100%"],
    ]),
    ("p", "华韩电子经营范围拟为：电子专用材料制造；电子专用材料销售；技术服务、技术开发。"
          "以上信息以市场监督管理部门最终登记为准。"),
    ("h", "四、合资协议的主要内容"),
    ("p", "1. 协议双方：甲方为华澜特气，乙方为韩光素材。"),
    ("p", "2. 出资安排：双方均以货币出资，并于合资公司成立后24个月内分期缴足。"),
    ("p", "3. 公司治理：合资公司董事会由5名董事组成，其中甲方委派3名，乙方委派2名。"
          "董事长由甲方委派的董事担任，总经理由乙方提名、董事会聘任。"),
    ("p", "4. 战略合作：公司与韩光素材于2025年9月26日签署《合资经营协议》，双方将在电子特气领域开展长期战略合作。"),
    ("p", "5. 股权转让限制：合资公司成立后五年内，未经对方书面同意，任何一方不得向第三方转让其持有的合资公司股权。"),
    ("p", "6. 生效条件：协议自双方签字盖章并经各自有权机构批准之日起生效。"),
    ("h", "五、项目融资安排"),
    ("p", "公司已与瓯江银行股份有限公司签订项目借款合同，借款金额人民币6亿元，期限7年。"
          "上述借款将用于公司向华韩电子的出资及配套厂房建设。"),
    ("p", "华澜特气拟为华韩电子向金融机构申请的项目贷款提供不超过人民币3亿元的连带责任保证担保。"
          "上述担保事项尚需另行履行审议程序，公司将及时履行信息披露义务。"),
    ("h", "六、对公司的影响"),
    ("p", "公司电子特气产品已批量供应国内外多家晶圆制造及材料企业。"
          "下野化学（Shimotsuke Resist Chemical Co., Ltd.）系日本光刻胶主要生产商之一。"
          "2024年度，公司向下野化学常熟工厂销售高纯氟化气体8,326.45万元。"),
    ("p", "公司在三氟化氮领域的主要竞争对手包括金沛气体、宁川科技等国内企业。"
          "设立合资公司有利于公司扩大六氟化钨等高端产品产能，提升市场竞争力。"
          "认购岚芯材料股票有助于公司与下游光刻材料企业形成产业协同。"),
    ("h", "七、风险提示"),
    ("p", "合资公司的设立尚需市场监督管理部门登记，项目建设尚需取得环评、安评等审批。"
          "合资公司未来经营可能受宏观经济、行业周期、市场竞争等因素影响，存在投资收益不及预期的风险。"
          "岚芯材料本次发行尚需上海证券交易所审核通过并经中国证监会同意注册，能否实施存在不确定性。"),
    ("h", "八、其他说明"),
    ("p", "近期有自媒体报道称华澜特气拟收购韩光素材部分股权，经公司核实，公司目前不存在该等计划。"
          "公司指定信息披露媒体为《上海证券报》及上海证券交易所网站，敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("right", "华澜特种气体股份有限公司董事会"),
    ("right", "2025年9月27日"),
]

# ---------------------------------------------------------------------------
# Document 04: annual report excerpt (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC04 = [
    ("small", "证券代码：688562　　证券简称：岚芯材料"),
    ("title", "苏州岚芯光刻材料股份有限公司"),
    ("title", "2024年年度报告（节选）"),
    ("h", "重要提示"),
    ("p", "本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性。"
          "年度报告不存在虚假记载、误导性陈述或重大遗漏，并承担个别和连带的法律责任。"),
    ("p", "天衡信会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。"),
    ("p", "本报告中涉及的未来计划、发展战略等前瞻性描述不构成公司对投资者的实质承诺。"
          "敬请投资者注意投资风险。"),
    ("h", "第一节 释义"),
    ("table", [55, 12, 113], [
        ["释义项", "指", "释义内容"],
        ["公司、本公司、岚芯材料", "指", "苏州岚芯光刻材料股份有限公司"],
        ["合肥岚芯", "指", "岚芯（合肥）光刻材料有限公司"],
        ["江淮晶元", "指", "江淮晶元集成电路有限公司"],
        ["华澜特气", "指", "华澜特种气体股份有限公司"],
        ["下野化学", "指", "Shimotsuke Resist Chemical Co., Ltd."],
        ["春风电机", "指", "Harukaze Denki Co., Ltd.（日本春风电机株式会社）"],
        ["报告期", "指", "2024年1月1日至2024年12月31日"],
    ]),
    ("h", "第二节 公司简介和主要财务指标"),
    ("table", [70, 40, 40, 30], [
        ["主要会计数据（万元）", "2024年", "2023年", "增减"],
        ["营业收入", "62,264.08", "44,048.10", "41.36%"],
        ["归属于上市公司股东的净利润", "9,872.51", "6,287.36", "57.02%"],
        ["研发投入", "9,214.77", "6,905.42", "33.44%"],
        ["经营活动产生的现金流量净额", "7,035.26", "3,118.90", "125.57%"],
    ]),
    ("pagebreak",),
    ("h", "第三节 管理层讨论与分析"),
    ("h", "一、报告期内公司所从事的主要业务"),
    ("p", "公司主要从事半导体光刻胶及配套试剂的研发、生产和销售。"
          "主要产品包括KrF光刻胶、ArF干法光刻胶和ArF浸没式光刻胶。"
          "受益于人工智能芯片及高带宽存储器需求增长，国内晶圆厂加速导入国产光刻材料。"),
    ("p", "报告期内，公司实现营业收入62,264.08万元，同比增长41.36%。"
          "归属于上市公司股东的净利润9,872.51万元，同比增长57.02%。"
          "ArF浸没式光刻胶在两家十二英寸晶圆厂通过28纳米节点量产验证。"),
    ("h", "二、主要客户及供应商情况"),
    ("p", "公司前五名客户销售额38,211.64万元，占年度销售总额的61.37%。"
          "其中前五名客户销售额中关联方销售额14,862.30万元，占年度销售总额的23.87%。"),
    ("table", [14, 80, 40, 46], [
        ["序号", "客户名称", "销售额（万元）", "占年度销售总额比例"],
        ["1", "江淮晶元集成电路有限公司", "14,862.30", "23.87%"],
        ["2", "客户二", "8,406.17", "13.50%"],
        ["3", "客户三", "6,214.55", "9.98%"],
        ["4", "客户四", "4,985.12", "8.01%"],
        ["5", "客户五", "3,743.50", "6.01%"],
        ["合计", "—", "38,211.64", "61.37%"],
    ]),
    ("note", "注：江淮晶元为持有公司5%以上股份的股东，构成公司关联方。其他客户根据保密约定未披露名称。"),
    ("p", "公司前五名供应商采购额21,873.40万元，占年度采购总额的63.38%。"),
    ("table", [14, 80, 40, 46], [
        ["序号", "供应商名称", "采购额（万元）", "占年度采购总额比例"],
        ["1", "Shimotsuke Resist Chemical Co., Ltd.", "9,457.18", "27.40%"],
        ["2", "供应商二", "4,210.66", "12.20%"],
        ["3", "春风电机", "3,862.40", "11.19%"],
        ["4", "供应商四", "2,406.03", "6.97%"],
        ["5", "供应商五", "1,937.13", "5.62%"],
        ["合计", "—", "21,873.40", "63.38%"],
    ]),
    ("p", "报告期内，公司向春风电机采购涂胶显影设备2台，合同金额折合人民币3,862.40万元。"
          "上述设备用于合肥岚芯ArF光刻胶产品验证线建设。"
          "公司ArF光刻胶所需部分树脂及光致产酸剂仍主要依赖境外供应商。"),
    ("h", "三、报告期内公司所处行业情况"),
    ("p", "据行业统计，2024年国内ArF光刻胶市场中，日本厂商合计份额超过80%。"
          "岚芯材料、新锐光材等国内厂商合计份额不足10%，国产替代空间广阔。"),
    ("p", "公司选取新锐光材、东辰化学作为同行业可比公司，相关财务指标比较如下。"),
    ("table", [60, 70, 50], [
        ["公司名称", "主要产品", "2024年毛利率"],
        ["新锐光材", "KrF/ArF光刻胶", "46.12%"],
        ["东辰化学", "g/i线、KrF光刻胶", "38.75%"],
        ["岚芯材料", "KrF/ArF光刻胶", "44.93%"],
    ]),
    ("pagebreak",),
    ("h", "四、关联交易"),
    ("h", "（一）与日常经营相关的关联交易"),
    ("p", "报告期内，公司向江淮晶元销售ArF浸没式光刻胶及配套试剂，关联交易金额为14,862.30万元。"
          "该等交易价格参照市场价格协商确定，不存在损害公司及中小股东利益的情形。"),
    ("h", "（二）其他关联交易"),
    ("p", "2024年3月，公司与江淮晶元共建先进光刻材料联合验证平台，共同开展28纳米及以下节点工艺验证。"
          "平台验证费用由双方按照协议约定各自承担。"),
    ("h", "五、主要控股参股公司分析"),
    ("p", "岚芯（合肥）光刻材料有限公司（以下简称“合肥岚芯”）年产500吨ArF光刻胶项目于2024年10月投产。"
          "合肥岚芯为公司全资子公司，注册资本50,000万元，主要从事ArF光刻胶的生产。"
          "报告期内，公司以募集资金向合肥岚芯增资20,000万元。"),
    ("p", "截至报告期末，合肥岚芯总资产68,420.15万元，净资产47,903.88万元。"
          "报告期内合肥岚芯实现营业收入5,106.72万元，净利润-2,318.45万元。"),
    ("h", "六、公司面临的风险"),
    ("p", "公司部分关键原材料依赖进口，若国际贸易环境发生重大变化，可能对公司生产经营产生不利影响。"
          "光刻胶产品验证周期较长，新产品导入进度存在不确定性。"),
    ("h", "第七节 股份变动及股东情况"),
    ("p", "截至报告期末，公司前五名股东持股情况如下。"),
    ("table", [62, 40, 40, 38], [
        ["股东名称", "股东性质", "持股数量（股）", "持股比例"],
        ["顾言川", "境内自然人", "38,560,000", "24.10%"],
        ["华澜特种气体股份有限公司", "境内非国有法人", "10,880,000", "6.80%"],
        ["江淮晶元集成电路有限公司", "国有法人", "8,992,000", "5.62%"],
        ["吴砚秋", "境内自然人", "7,200,000", "4.50%"],
        ["梁素琴", "境内自然人", "4,016,000", "2.51%"],
    ]),
    ("p", "上述股东中，华澜特气与江淮晶元之间不存在关联关系或一致行动关系。"
          "顾言川为公司控股股东、实际控制人。"),
    ("right", "苏州岚芯光刻材料股份有限公司"),
    ("right", "董事长：顾言川"),
    ("right", "2025年4月18日"),
]

# ---------------------------------------------------------------------------
# Document 08: credit opinion (English)
# ---------------------------------------------------------------------------
DOC08 = [
    ("small", "Kessring Credit Ratings | Credit Opinion | Corporates - Japan - Semiconductor Materials"),
    ("title", "Nagaragawa Silicon Co., Ltd. (TSE: 4187)"),
    ("sub", "Update following the acquisition of Osprey Polishing Systems - 14 October 2025"),
    ("table", [95, 45, 45], [
        ["Rating", "Current", "Previous"],
        ["Long-term issuer rating", "A-", "A-"],
        ["Outlook", "Stable", "Stable"],
        ["Senior unsecured", "A-", "A-"],
        ["Short-term", "K-1", "K-1"],
    ]),
    ("h", "Summary"),
    ("p", "Nagaragawa Silicon Co., Ltd. (\"Nagaragawa\" or \"the company\") produces 300mm and 200mm prime, "
          "epitaxial and annealed silicon wafers for logic, memory and power semiconductors. Fiscal 2024 "
          "(year ended 31 March 2025) revenue was JPY 612 billion and EBITDA JPY 171 billion. Nagaragawa is "
          "the world's third-largest 300mm wafer producer with about 14% share, behind Tsurugaoka Wafer Works "
          "and Gwangmyeong Siltech."),
    ("p", "Our A- rating reflects the company's strong position in leading-edge wafers used for AI accelerators "
          "and high-bandwidth memory, long-term agreements backed by customer prepayments, and conservative "
          "leverage. These strengths are offset by the cyclicality of wafer demand, high capital intensity and "
          "customer concentration: the five largest customers accounted for 58% of fiscal 2024 revenue, and the "
          "largest, a US logic manufacturer, for 16%."),
    ("h", "Recent developments"),
    ("p", "On 2 October 2025 Nagaragawa completed the acquisition of Osprey Polishing Systems, Inc. (Osprey), a "
          "Phoenix-based maker of single-wafer CMP and edge-polishing tools, for JPY 14.5 billion, funded from "
          "cash on hand. We view the deal as credit-neutral. Osprey is small, with annual revenue of about USD 60 "
          "million, and its tools are used mainly in final wafer polishing, so the acquisition is "
          "chiefly about securing equipment know-how rather than entering the tool market."),
    ("p", "In Taiwan, Nagaragawa signed a five-year 300mm wafer supply agreement with Jinghan Semiconductor "
          "Manufacturing in August 2025, supported by a JPY 18 billion customer prepayment. Prepayments of this "
          "kind reduce volume risk and fund part of the company's capacity expansion in Yonezawa."),
    ("p", "Nagaragawa and Hanbit Sojae have agreed to build a wafer reclaim line in Pyeongtaek as a 50:50 "
          "contractual joint venture, with each partner contributing equipment rather than cash. We do not "
          "expect the arrangement to require material capital from Nagaragawa."),
    ("h", "Business profile"),
    ("p", "Prime and epitaxial 300mm wafers generate about 78% of revenue. Nagaragawa's silicon parts for etch "
          "chambers, sold mainly to Kestrelmont Plasma Technologies, contributed about 9% of revenue in fiscal "
          "2024. Demand for these parts tracks installed etch capacity rather than new tool shipments, which "
          "dampens cyclicality."),
    ("p", "Nagaragawa also sells monitor and reference wafers to metrology tool makers; Brackenfield Metrology "
          "has bought such wafers from the company since 2019. Nagaragawa Silicon Taiwan Co., Ltd., a wholly "
          "owned subsidiary, operates the group's Hsinchu polishing and reclaim facility."),
    ("pagebreak",),
    ("h", "Liquidity and financial policy"),
    ("p", "Liquidity is strong. At 30 June 2025 Nagaragawa held JPY 196 billion of cash and deposits, and its "
          "liquidity is further supported by a JPY 80 billion five-year term loan from Kiyosumi Bank, Ltd., "
          "drawn in full in March 2025. Capital expenditure is budgeted at JPY 140 billion in fiscal 2025, and we "
          "expect free cash flow to be modestly negative before turning positive in fiscal 2026."),
    ("p", "Nagaragawa holds a 1.4% strategic shareholding in Daeyang Semicon, with a market value of about "
          "JPY 38 billion at 30 September 2025; we treat the stake as a source of contingent liquidity. "
          "Management has said it will review all cross-shareholdings in line with the Tokyo Stock Exchange's "
          "capital-efficiency guidance."),
    ("h", "Peer comparison"),
    ("p", "We compare Nagaragawa with Tsurugaoka Wafer Works and Gwangmyeong Siltech, its closest rated peers "
          "in prime wafers, and with Shimotsuke Resist Chemical as a Japanese materials issuer of similar size."),
    ("table", [62, 22, 30, 34, 37], [
        ["Issuer", "Rating", "300mm share", "EBITDA margin", "Net debt/EBITDA"],
        ["Nagaragawa Silicon", "A-", "14%", "27.9%", "0.6x"],
        ["Tsurugaoka Wafer Works", "A", "29%", "31.2%", "0.4x"],
        ["Gwangmyeong Siltech", "BBB+", "18%", "24.5%", "1.3x"],
        ["Shimotsuke Resist Chemical", "A-", "n/a", "22.8%", "0.2x"],
    ]),
    ("p", "A combination of Nagaragawa and Tsurugaoka Wafer Works, periodically rumoured in the Japanese press, "
          "has been denied by both companies and is not incorporated in our rating."),
    ("h", "Rating sensitivities"),
    ("p", "We could upgrade the rating if Nagaragawa sustains an EBITDA margin above 30% through the cycle while "
          "keeping net debt/EBITDA below 0.5x. We could downgrade the rating if Nagaragawa were to make a large "
          "debt-funded acquisition, for example of a peer such as Gwangmyeong Siltech, or if net debt/EBITDA "
          "rose above 1.5x for a sustained period."),
    ("h", "Methodology"),
    ("p", "The principal methodology used in this rating was Kessring's Semiconductor Materials and Equipment "
          "Rating Methodology (March 2024). Figures are based on company reports and Kessring adjustments, "
          "including the treatment of customer prepayments as non-debt liabilities."),
    ("note", "This credit opinion is provided for information purposes only and does not constitute a "
             "recommendation to buy, sell or hold any security. Kessring Credit Ratings does not audit the "
             "information it receives from issuers."),
]


class CJKDoc(FPDF):
    pass


def wrap_cjk(pdf, text, width):
    """Break text into lines only after 。 or at spaces."""
    units = [u for u in re.split(r"(?<=[。！？])", text) if u]
    lines, cur = [], ""
    for unit in units:
        if pdf.get_string_width(cur + unit) <= width:
            cur += unit
            continue
        if cur:
            lines.append(cur)
            cur = ""
        if pdf.get_string_width(unit) <= width:
            cur = unit
            continue
        # break the over-long unit at spaces
        words = unit.split(" ")
        for w in words:
            cand = (cur + " " + w) if cur else w
            if pdf.get_string_width(cand) <= width:
                cur = cand
            else:
                if not cur or pdf.get_string_width(w) > width:
                    raise ValueError(f"cannot fit without breaking a sentence: {unit}")
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return lines


def render(blocks, out, cjk_font=None):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    if cjk_font:
        pdf.add_font("body", "", cjk_font)
        pdf.add_font("body", "B", cjk_font)
    else:
        pdf.add_font("body", "", DEJAVU)
        pdf.add_font("body", "B", DEJAVU_B)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    body = 9 if cjk_font else 9.5
    lh = 5.6

    def lines_for(text, size, style=""):
        pdf.set_font("body", style, size)
        if cjk_font:
            return wrap_cjk(pdf, text, width)
        return None

    for block in blocks:
        kind = block[0]
        if kind == "pagebreak":
            pdf.add_page()
            continue
        if kind == "table":
            widths, rows = block[1], block[2]
            pdf.set_font("body", "", body - 0.5)
            if pdf.get_y() + 6.5 * len(rows) > pdf.h - 15:
                pdf.add_page()  # keep each table on one page
            for r, row in enumerate(rows):
                for w, cell in zip(widths, row):
                    if pdf.get_string_width(cell) > w - 2:
                        raise ValueError(f"table cell too wide: {cell}")
                if pdf.get_y() + 6.5 > pdf.h - 15:
                    pdf.add_page()
                for w, cell in zip(widths, row):
                    pdf.set_font("body", "B" if r == 0 and not cjk_font else "", body - 0.5)
                    pdf.cell(w, 6.5, cell, border=1)
                pdf.ln(6.5)
            pdf.ln(2.5)
            continue
        text = block[1]
        size, style, align, before, after = {
            "small": (8, "", "L", 0, 3),
            "title": (14, "B", "C", 1, 2),
            "sub": (10.5, "", "C", 0, 4),
            "h": (10.5, "B", "L", 3, 1.5),
            "p": (body, "", "L", 0, 2),
            "note": (body - 1, "", "L", 0, 2.5),
            "right": (body, "", "R", 1, 0),
        }[kind]
        pdf.ln(before)
        if kind == "h" and pdf.get_y() + 25 > pdf.h - 15:
            pdf.add_page()  # keep headings with the following text
        pdf.set_font("body", style, size)
        if cjk_font:
            for line in wrap_cjk(pdf, text, width):
                if pdf.get_y() + lh > pdf.h - 15:
                    pdf.add_page()
                pdf.cell(width, lh + (2 if kind == "title" else 0), line, align=align,
                         new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(width, lh + (1.5 if kind == "title" else 0), text, align=align,
                           new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)
    pdf.output(os.path.join(HERE, out))


def main():
    tmp = tempfile.mkdtemp()
    try:
        chars = set()
        for blocks in (DOC03, DOC04):
            for b in blocks:
                if b[0] == "table":
                    for row in b[2]:
                        chars.update("".join(row))
                elif len(b) > 1:
                    chars.update(b[1])
        chars.update(chr(c) for c in range(0x20, 0x7F))
        ttf = os.path.join(tmp, "NotoSansSC-subset.ttf")
        make_cjk_ttf(chars, ttf)
        render(DOC03, "03_hualan_jv_announcement.pdf", ttf)
        render(DOC04, "04_lanxin_2024_annual_report.pdf", ttf)
        render(DOC08, "08_nagaragawa_credit_opinion.pdf")
    finally:
        shutil.rmtree(tmp)
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
