"""Build the three PDF documents of the fresh158 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""

import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------
# Document 01 - Marlenburg Test Systems N.V., Annual Report 2024 (excerpt)
# ---------------------------------------------------------------------------
DOC01 = [
    [
        ("small",
         "Marlenburg Test Systems N.V. | Annual Report 2024 | Euronext "
         "Amsterdam: MRLTS"),
        ("h1", "Report of the Management Board"),
        ("h2", "Strategy and business review"),
        ("p",
         "2024 was the year in which adaptive, AI-driven test moved from pilot "
         "lines into volume production. Revenue rose 17.3% to €1,284.6 "
         "million, and the share of Sentinel-HX systems shipped with an "
         "AdaptIQ software licence reached 62%, up from 41% a year earlier. "
         "Customers are no longer asking whether machine-learning models "
         "belong on the test floor; they are asking how quickly we can retrain "
         "them when a new product ramps."),
        ("p",
         "The economics explain the shift. An AI accelerator built from "
         "chiplets and stacks of high-bandwidth memory can carry more than a "
         "thousand dollars of silicon into final test, and every escape that "
         "reaches a data-centre customer is expensive. AdaptIQ uses per-die "
         "parametric data collected at wafer sort to decide, insertion by "
         "insertion, which tests can be shortened and which must be extended. "
         "On lines where it has been running for more than six months, "
         "customers report average test-time reductions of 18% with no "
         "measurable increase in field returns."),
        ("p",
         "On 3 July 2024 we completed the acquisition of Brabant Inspect B.V., "
         "a Tilburg-based developer of deep-learning probe-mark inspection "
         "software, for a cash consideration of €38.5 million. Brabant's "
         "models classify probe marks on bond pads and micro-bumps from "
         "optical images and are being integrated into the AdaptIQ runtime, so "
         "that a tester can stop a lot when card wear starts to damage pads "
         "rather than after the damage is found at assembly."),
        ("p",
         "In September we signed a multi-year joint development agreement with "
         "Quillon Analytics, Inc., under which the two companies will "
         "co-develop yield-aware test flows that feed Quillon's fleet-level "
         "models directly into the AdaptIQ runtime. Model training for AdaptIQ "
         "is carried out by Marlenburg Analytics B.V., which buys reserved GPU "
         "capacity from Nimbaro Cloud, Inc. under a three-year agreement "
         "signed in January."),
        ("h2", "Competitive environment"),
        ("p",
         "Our principal competitors in SoC and memory test remain Ostrander "
         "Kell Inc. and Tessaro Instruments S.p.A., both of which introduced "
         "machine-learning features on their own platforms during the year. We "
         "believe our lead rests on the size of our installed base of AdaptIQ "
         "licences, which gives our models more production data than any "
         "competitor can access."),
        ("p",
         "In May we ended exploratory talks about a possible combination of "
         "Marlenburg with Merlion MicroContact Ltd, having concluded that the "
         "valuation gap between the parties was too wide. The Management Board "
         "continues to prefer targeted software acquisitions to large hardware "
         "combinations."),
    ],
    [
        ("h2", "Customers and suppliers"),
        ("p",
         "Demand was again concentrated among a small number of memory makers, "
         "foundries and probe-card manufacturers. Three customers each "
         "accounted for more than 5% of consolidated revenue in 2024:"),
        ("table", (58, 24, 52, 18, 18), [
            ("Customer", "Country", "Main application", "2024", "2023"),
            (
                "Namgang Memory Co., Ltd.",
                "Korea",
                "HBM and DRAM test",
                "14.2%",
                "12.9%",
            ),
            (
                "Kestrel Probe Technologies Ltd",
                "Singapore",
                "Probe-card qualification",
                "11.4%",
                "9.8%",
            ),
            (
                "Hanfeng Wafer Manufacturing Corp.",
                "Taiwan",
                "SoC and AI accelerator test",
                "8.7%",
                "7.1%",
            ),
        ]),
        ("p",
         "Kestrel uses Sentinel-HX systems to qualify vertical probe cards "
         "against production test programs before the cards are shipped to its "
         "own customers, which makes it both a customer and an important "
         "reference site for our probe-card interface work."),
        ("p",
         "Marlenburg Test Systems Asia Pte. Ltd. delivered twelve "
         "AdaptIQ-enabled final-test cells to Tampines Silicon Test Pte. Ltd. "
         "in Singapore, our first volume order from an independent test house "
         "in the region. Independent test houses are becoming a larger share "
         "of AI accelerator test capacity, and we expect them to account for "
         "more than 10% of orders by 2026."),
        ("p",
         "Our purchasing is concentrated on precision interface components. "
         "The largest single supplier in 2024 was Veluwe Ceramics B.V. of "
         "Apeldoorn, which supplied 9.3% of our purchases, principally "
         "multilayer ceramic load boards for the Sentinel-HX memory "
         "configuration. No other supplier exceeded 5% of purchases, and we "
         "have qualified second sources for all load-board designs introduced "
         "since 2023."),
        ("h2", "Principal risks"),
        ("p",
         "Customer concentration remains a principal risk. A pause in HBM "
         "capacity additions at a single memory maker would affect our order "
         "intake within one quarter, as it did in the second half of 2023. We "
         "mitigate this risk by broadening our customer base among foundries "
         "and test houses and by growing recurring software revenue, which "
         "reached 21% of total revenue in 2024."),
        ("p",
         "Export-control rules on advanced computing items continue to evolve. "
         "In 2024 we obtained all licences required for shipments to our "
         "customers in Asia, and no order was cancelled for export-control "
         "reasons."),
    ],
    [
        ("h2", "Group structure"),
        ("p",
         "The principal subsidiaries of Marlenburg Test Systems N.V. at 31 "
         "December 2024, all of which are included in the consolidation, are "
         "listed below."),
        ("table", (72, 30, 68), [
            ("Subsidiary", "Country", "Principal activity"),
            (
                "Marlenburg Test Systems Asia Pte. Ltd.",
                "Singapore",
                "Sales and service, Asia-Pacific",
            ),
            (
                "Marlenburg Korea Co., Ltd.",
                "Korea",
                "Sales, applications and field service",
            ),
            (
                "Marlenburg Analytics B.V.",
                "Netherlands",
                "AI model development and training",
            ),
            (
                "Brabant Inspect B.V.",
                "Netherlands",
                "Probe-mark inspection software (from July 2024)",
            ),
        ]),
        ("h2", "Financial investments and commitments"),
        ("p",
         "In March 2024 Marlenburg committed €25.0 million as a limited "
         "partner to Amstelhoek Deep Tech Fund II C.V., a Dutch venture fund "
         "investing in semiconductor test, metrology and inspection start-ups. "
         "Of the commitment, €9.0 million had been called at year-end; the "
         "investment is measured at fair value through profit or loss."),
        ("p",
         "The commitment gives us visibility of early-stage work in areas "
         "adjacent to our roadmap, but the fund's investment decisions are "
         "taken independently by its manager, and Marlenburg has no seat on "
         "its investment committee."),
        ("h2", "Outlook"),
        ("p",
         "We enter 2025 with an order book of €1,106 million, of which 38% "
         "relates to HBM test. We expect revenue growth in the low to mid "
         "teens and a further increase in the share of systems shipped with "
         "AdaptIQ, supported by the integration of Brabant's inspection models "
         "in the second half."),
        ("h2", "Auditor"),
        ("p",
         "Kuipers Dekker Accountants N.V. has audited the consolidated "
         "financial statements of Marlenburg Test Systems N.V. for the year "
         "ended 31 December 2024 and issued an unqualified opinion. The "
         "Supervisory Board will propose the reappointment of Kuipers Dekker "
         "for the 2025 financial year to the Annual General Meeting on 24 "
         "April 2025."),
    ],
]

# ---------------------------------------------------------------------------
# Document 04 - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC04 = [
    [
        ("small", "证券代码：688947　　证券简称：澄矽智测　　公告编号：2025-021"),
        ("h1", "苏州澄矽智测科技股份有限公司"),
        ("h1", "关于向天澜探针（苏州）有限公司增资暨签署战略合作协议的公告"),
        ("p",
         "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或"
         "者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h2", "重要内容提示："),
        ("p", "● 投资标的名称：天澜探针（苏州）有限公司（以下简称“天澜苏州”）。"),
        ("p",
         "● 投资金额：苏州澄矽智测科技股份有限公司（以下简称“公司”或“澄矽智测”"
         "）拟以自有资金人民币12,000万元认购天澜苏州新增注册资本，增资完成后公"
         "司将持有天澜苏州15.00%的股权。"),
        ("p",
         "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规"
         "定的重大资产重组。"),
        ("p",
         "● 风险提示：天澜苏州未来经营受半导体行业周期、客户需求及产能爬坡进度"
         "等因素影响，公司存在投资收益不及预期的风险。"),
        ("h2", "一、对外投资概述"),
        ("p",
         "（一）为保障公司AI晶圆级老化测试设备所需高端MEMS探针卡的稳定供应，并"
         "在探针卡磨耗预测算法方面开展深度合作，公司于2025年4月18日召开第二届董"
         "事会第十四次会议，审议通过了《关于向天澜探针（苏州）有限公司增资暨签"
         "署战略合作协议的议案》。"),
        ("p",
         "（二）根据《上海证券交易所科创板股票上市规则》及《公司章程》的相关规"
         "定，本次对外投资事项在董事会审批权限范围内，无需提交股东大会审议。"),
        ("p", "（三）本次对外投资不涉及使用募集资金，资金来源为公司自有资金。"),
    ],
    [
        ("h2", "二、投资标的基本情况"),
        ("p", "（一）基本信息"),
        ("p",
         "公司名称：天澜探针（苏州）有限公司；企业类型：有限责任公司（台港澳法"
         "人独资）；注册资本：6,800万美元；成立日期：2016年9月12日；注册地址："
         "苏州工业园区澄湖路88号；经营范围：探针卡及半导体测试接口部件的研发、"
         "生产和销售，相关技术服务。"),
        ("p", "（二）股权结构"),
        ("p",
         "天澜苏州为台湾地区上市公司天澜探针科技股份有限公司的全资子公司。本次"
         "增资完成前后，天澜苏州的股权结构如下："),
        ("table", (70, 36, 36, 28), [
            ("股东名称", "增资前持股比例", "增资后持股比例", "出资方式"),
            ("天澜探针科技股份有限公司", "100.00%", "85.00%", "货币"),
            ("苏州澄矽智测科技股份有限公司", "—", "15.00%", "货币"),
            ("合计", "100.00%", "100.00%", "—"),
        ]),
        ("p", "（三）最近一年主要财务数据（单位：人民币万元，经审计）"),
        ("table", (70, 50, 50), [
            ("项目", "2024年12月31日", "2023年12月31日"),
            ("资产总额", "48,216.37", "41,930.52"),
            ("净资产", "28,374.32", "24,105.87"),
            ("营业收入（年度）", "36,905.18", "29,442.61"),
            ("净利润（年度）", "4,512.66", "3,087.09"),
        ]),
        ("p", "（四）与公司的业务往来"),
        ("p",
         "天澜苏州为澄矽智测MEMS探针卡的主要供应商之一，2024年度澄矽智测向其采"
         "购探针卡金额为人民币3,862.40万元。"),
        ("p",
         "目前国内高端MEMS探针卡市场仍主要由天澜苏州及新加坡Kestrel Probe Techn"
         "ologies Ltd等厂商占据，国产化率较低。"),
        ("h2", "三、战略合作协议的主要内容"),
        ("p",
         "2025年4月18日，澄矽智测与天澜探针科技股份有限公司签署《战略合作协议》"
         "，双方将在AI驱动的探针卡磨耗预测、晶圆级老化测试数据互通及联合客户验"
         "证等领域开展合作。"),
        ("p",
         "合作期限为三年，期满后经双方协商一致可续签。本协议为框架性协议，不涉"
         "及具体交易金额，双方后续具体合作事项将另行签署协议并按规定履行审议程"
         "序及信息披露义务。"),
    ],
    [
        ("h2", "四、本次投资对公司的影响"),
        ("p",
         "澄矽智测已于2025年3月与合肥芯衡存储科技有限公司签订HBM晶圆级老化测试"
         "设备采购合同，合同金额为人民币2.36亿元，本次增资有助于保障该合同项下"
         "探针卡的按期交付。"),
        ("p",
         "老化测试插座方面，澄矽智测主要向韩国Hanseo Socket Co., Ltd.采购，2024"
         "年度采购金额为人民币1,540.25万元。本次增资完成后，公司将形成探针卡与"
         "老化测试插座的双供应保障体系。"),
        ("p",
         "截至本公告披露日，苏州澄源创业投资合伙企业（有限合伙）持有澄矽智测8.6"
         "2%的股份，为公司持股5%以上股东。澄源创投与天澜探针科技股份有限公司、"
         "天澜苏州之间不存在关联关系或其他利益安排。"),
        ("p",
         "澄矽智测曾于2023年与深圳迈测半导体有限公司就收购其探针卡业务进行洽谈"
         "，后因估值差异较大，双方已终止相关洽谈。本次增资系公司在综合比较后作"
         "出的审慎选择，不会对公司2025年度财务状况产生重大影响。"),
        ("h2", "五、风险提示"),
        ("p",
         "天澜苏州的产能扩充进度、产品良率及下游存储客户的资本开支存在不确定性"
         "；此外，跨境投资涉及外汇登记等审批程序，存在未能按期完成的风险。敬请"
         "广大投资者注意投资风险。"),
        ("h2", "六、保荐机构核查意见"),
        ("p",
         "东澜证券股份有限公司作为澄矽智测首次公开发行股票并在科创板上市的保荐"
         "机构，经核查后对本次对外投资事项无异议。"),
        ("p", "特此公告。"),
        ("p", "苏州澄矽智测科技股份有限公司董事会"),
        ("p", "2025年4月19日"),
    ],
]

# ---------------------------------------------------------------------------
# Document 07 - Quillon Analytics, Inc., Form 10-K (excerpt)
# ---------------------------------------------------------------------------
DOC07 = [
    [
        ("small",
         "UNITED STATES SECURITIES AND EXCHANGE COMMISSION - Washington, D.C. "
         "20549"),
        ("h1", "FORM 10-K"),
        ("p",
         "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES "
         "EXCHANGE ACT OF 1934 for the fiscal year ended December 31, 2024. "
         "Commission File Number 001-41877."),
        ("h1", "QUILLON ANALYTICS, INC."),
        ("p",
         "(Exact name of registrant as specified in its charter) - Delaware - "
         "Common stock, par value $0.0001 per share, listed on The Nasdaq "
         "Global Select Market under the symbol QLAI."),
        ("h2", "PART I - Item 1. Business"),
        ("p",
         "Quillon Analytics, Inc. (\"Quillon,\" the \"Company,\" \"we\" or "
         "\"us\") develops machine-learning software that semiconductor "
         "manufacturers, test houses and interface-hardware suppliers use to "
         "predict yield, adapt test programs and anticipate wear in probe "
         "cards and burn-in sockets. Our products are YieldSight, a "
         "fleet-level yield and test analytics platform, and SocketGuard, an "
         "application that models contact-resistance drift in burn-in and "
         "final-test sockets. Both are delivered primarily as hosted "
         "subscriptions."),
        ("p",
         "Revenue for 2024 was $187.4 million, an increase of 29% over 2023. "
         "Subscription revenue represented 84% of total revenue, with the "
         "balance derived from professional services and on-premises term "
         "licenses."),
        ("h2", "Customers"),
        ("p",
         "We sell directly to memory makers, foundries, outsourced "
         "semiconductor assembly and test providers and suppliers of test "
         "interface hardware. The following customers each accounted for 10% "
         "or more of our revenue:"),
        ("table", (100, 35, 35), [
            ("Customer", "2024", "2023"),
            ("Namgang Memory Co., Ltd.", "18%", "15%"),
            ("Tampines Silicon Test Pte. Ltd.", "12%", "11%"),
        ]),
        ("p",
         "Hanseo Socket Co., Ltd., a Korean maker of burn-in and test sockets, "
         "licenses SocketGuard to predict contact-resistance drift across its "
         "installed base and accounted for 9% of our revenue in 2024. Our "
         "subsidiary Quillon Analytics Taiwan Ltd. provides on-site deployment "
         "and support of YieldSight to Hanfeng Wafer Manufacturing Corp. under "
         "a contract denominated in New Taiwan dollars."),
        ("h2", "Strategic relationships"),
        ("p",
         "In October 2024 we entered into a strategic collaboration with "
         "Hsinmao Burn-in Test Co., Ltd. to embed SocketGuard in Hsinmao's "
         "next-generation burn-in racks; no payments are due from either party "
         "under the collaboration."),
    ],
    [
        ("h2", "Competition"),
        ("p",
         "The market for semiconductor test analytics is competitive and "
         "fragmented. We compete with the in-house analytics offerings of "
         "automated test equipment vendors such as Ostrander Kell Inc., and "
         "with independent software providers such as Delphine Yield Systems, "
         "Inc. We believe we compete favorably on the breadth of our training "
         "data, the accuracy of our wear models and the fact that our software "
         "runs on testers and burn-in systems from multiple vendors."),
        ("h2", "Item 1A. Risk Factors (excerpt)"),
        ("h3",
         "We depend on a single third-party cloud provider to host our "
         "platform."),
        ("p",
         "We run substantially all of our hosted platform on infrastructure "
         "provided by Nimbaro Cloud, Inc., and in February 2024 we entered "
         "into a non-cancellable commitment to purchase $21.7 million of "
         "Nimbaro compute and storage services through 2027. Any interruption "
         "of Nimbaro's services, or a failure to renew on commercially "
         "reasonable terms, could cause outages for our customers, and "
         "migrating to another provider would be costly and time-consuming."),
        ("h3",
         "A small number of customers account for a significant portion of our "
         "revenue."),
        ("p",
         "Our two largest customers together accounted for 30% of revenue in "
         "2024. The loss of either, or a reduction in their capital spending "
         "on memory test, would adversely affect our results of operations. "
         "Many of our customers operate in cyclical end markets, and a "
         "downturn in memory pricing has in the past led customers to defer "
         "renewals or reduce the number of licensed testers."),
        ("h2", "Item 3. Legal Proceedings"),
        ("p",
         "In August 2024, Ostrander Kell Inc. filed a complaint against "
         "Quillon Analytics, Inc. in the U.S. District Court for the District "
         "of Delaware alleging infringement of two patents relating to "
         "adaptive test-limit setting. We believe the claims are without merit "
         "and intend to defend ourselves vigorously. We cannot currently "
         "estimate a range of possible loss."),
    ],
    [
        ("h2",
         "Notes to Consolidated Financial Statements - Note 5. Business "
         "Combination"),
        ("p",
         "On April 2, 2024, we acquired all of the outstanding equity of "
         "Ferrowick Labs, Inc., a developer of machine-learning models for "
         "wafer-map pattern classification, for total consideration of $46.0 "
         "million, consisting of $31.5 million in cash and 612,000 shares of "
         "our common stock. The acquisition was accounted for as a business "
         "combination, and the allocation of the purchase price is summarized "
         "below (in thousands):"),
        ("table", (110, 60), [
            ("Item", "Amount"),
            ("Cash and cash equivalents", "$1,204"),
            ("Developed technology", "13,100"),
            ("Customer relationships", "2,400"),
            ("Goodwill", "29,812"),
            ("Net other liabilities assumed", "(516)"),
            ("Total purchase consideration", "$46,000"),
        ]),
        ("p",
         "Goodwill is attributable to the assembled workforce and expected "
         "synergies and is not deductible for tax purposes. Developed "
         "technology is amortized on a straight-line basis over five years."),
        ("h2", "Item 9A. Controls and Procedures (excerpt)"),
        ("p",
         "Pembrook & Vale LLP, the independent registered public accounting "
         "firm that audited the consolidated financial statements of Quillon "
         "Analytics, Inc., has issued an attestation report on our internal "
         "control over financial reporting as of December 31, 2024."),
        ("h2", "Exhibit 21.1 - Subsidiaries of the Registrant"),
        ("table", (110, 60), [
            ("Name", "Jurisdiction of organization"),
            ("Quillon Analytics Taiwan Ltd.", "Taiwan"),
            ("Ferrowick Labs, Inc.", "Delaware"),
        ]),
    ],
]


def glyphs_to_quadratic(glyph_set):
    """Convert every cubic (CFF) glyph of a glyph set to a quadratic TrueType glyph."""
    quad = {}
    for name in glyph_set.keys():
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        quad[name] = tt_pen.glyph()
    return quad


def otf_to_ttf(font):
    """Replace the CFF table of an OpenType font by glyf/loca (in place)."""
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs_to_quadratic(font.getGlyphSet())
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        width = hmtx[name][0]
        hmtx[name] = (width, getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"


def cjk_font(face_index, text, out_dir):
    """Subset one face of the Noto CJK collection to `text` and save it as TrueType."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = subset.Options()
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    otf_to_ttf(font)
    path = Path(out_dir) / f"noto_cjk_{face_index}.ttf"
    font.save(str(path))
    return path


def doc_text(pages):
    chars = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    chars.extend(row)
            else:
                chars.append(block[1])
    return "".join(chars)


def render(pages, out_name, regular, bold, line_h=5.2, align="J"):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("body", "", regular)
    pdf.add_font("body", "B", bold)
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "small":
                pdf.set_font("body", "", 8)
                pdf.multi_cell(0, 4.5, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h1":
                pdf.set_font("body", "B", 14)
                pdf.multi_cell(0, 7.5, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "h2":
                pdf.set_font("body", "B", 11)
                pdf.ln(1.5)
                pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            elif kind == "h3":
                pdf.set_font("body", "B", 9.5)
                pdf.multi_cell(0, line_h, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.5)
            elif kind == "p":
                pdf.set_font("body", "", 9.5)
                pdf.multi_cell(0, line_h, block[1], align=align, new_x="LMARGIN",
                               new_y="NEXT")
                pdf.ln(1.8)
            elif kind == "table":
                pdf.set_font("body", "", 9)
                with pdf.table(col_widths=block[1], width=sum(block[1]), align="LEFT",
                               line_height=5.5, text_align="LEFT") as table:
                    for row in block[2]:
                        cells = table.row()
                        for cell in row:
                            cells.cell(cell)
                pdf.ln(2.5)
            else:
                raise ValueError(kind)
    if pdf.page != len(pages):
        raise SystemExit(f"{out_name}: expected {len(pages)} pages, got {pdf.page}")
    pdf.output(str(HERE / out_name))
    print(f"wrote {out_name} ({pdf.page} pages)")


def main():
    render(DOC01, "01_Marlenburg_annual_report.pdf", DEJAVU, DEJAVU_BOLD)
    render(DOC07, "07_Quillon_10-K.pdf", DEJAVU, DEJAVU_BOLD)
    with tempfile.TemporaryDirectory() as tmp:
        sc = cjk_font(2, doc_text(DOC04), tmp)
        render(DOC04, "04_Chengxi_a_share_announcement.pdf", str(sc), str(sc),
               line_h=6, align="L")


if __name__ == "__main__":
    main()
