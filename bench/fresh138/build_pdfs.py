"""Build the three PDF documents of the fresh138 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Each document is described page by page; the builder asserts that no page
overflows onto the next, so the page numbers in links.jsonl stay valid.
Chinese text uses a subset of Noto Sans CJK (face 2 = Simplified) converted
from CFF to TrueType outlines in a temporary directory.
"""

import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CLOSING = "，。、：；！？）》」”’"

# ----------------------------------------------------------------------------
# 01 - Kasveld Horticulture Systems N.V., annual report 2024 (excerpt), English
# ----------------------------------------------------------------------------
DOC01 = [
    [
        ("title", "Kasveld Horticulture Systems N.V."),
        ("sub",
         "Annual Report 2024 - Excerpts from the Report of the Management Board and "
         "the Notes to the Consolidated Financial Statements"),
        ("sub",
         "Euronext Amsterdam: KSVLD | Registered office: Naaldwijk, the Netherlands "
         "| Amounts in EUR unless stated otherwise"),
        ("h", "1. Message from the Chief Executive Officer"),
        ("p",
         "2024 was the year in which KasBrain, our AI climate-control platform, "
         "moved from pilot installations to the standard configuration for new "
         "glasshouses in our order book. Group revenue rose 17% to EUR 214.6 "
         "million, adjusted EBITDA reached EUR 31.8 million and the order backlog at "
         "year-end stood at EUR 162.0 million, of which 41% relates to projects "
         "outside the Netherlands."),
        ("p",
         "KasBrain combines climate sensors, crop-camera images and weather "
         "forecasts to set heating, screening, CO2 dosing and irrigation every five "
         "minutes. On the 412 hectares of glass that ran the platform for the full "
         "season, growers reported average gas savings of 14% against their 2022 "
         "baseline and yield gains of 3 to 6% in tomato and sweet pepper. Software "
         "and service revenue, which is largely recurring, grew 29% and now "
         "represents 23% of group revenue."),
        ("p",
         "Japan became our second-largest export market. Through our Tokyo "
         "subsidiary we commissioned three plant-factory projects, and we expect the "
         "expansion plans announced in January 2025 by our customer Hikari Leaf "
         "Farms to bring further demand for fully enclosed growing systems in 2025 "
         "and 2026."),
        ("p",
         "In June our robotics business completed the acquisition of Plukker "
         "Automation, whose vision-guided de-leafing robot complements our "
         "harvest-logistics range. Integration is on schedule, and the first "
         "combined product, a de-leafing and crop-registration unit that feeds "
         "plant-level data directly into KasBrain, will ship in the second quarter "
         "of 2025."),
        ("p",
         "Competition remained intense. Climalogic B.V. and Agrotherm Systems GmbH "
         "both launched AI modules for their climate computers during the year, and "
         "we expect price pressure in the entry segment to persist into 2025."),
        ("p",
         "Energy prices normalised but remain well above their 2020 levels, which "
         "keeps the payback on AI-driven climate control attractive for growers. At "
         "the same time, higher interest rates delayed several new-build projects in "
         "the Netherlands and Belgium. We therefore guide for revenue growth of 8 to "
         "12% in 2025, with a further increase in the share of recurring software "
         "revenue."),
        ("p",
         "I would like to thank our 1,140 employees, our customers and our "
         "shareholders for their continued trust."),
        ("p",
         "Joost van Leeuwenhorst, Chief Executive Officer - Naaldwijk, 26 February "
         "2025"),
    ],
    [
        ("h", "2. Principal subsidiaries (Note 31)"),
        ("p",
         "The principal subsidiaries of Kasveld Horticulture Systems N.V. at 31 "
         "December 2024 are listed below. All are wholly owned, are included in the "
         "consolidation and are held directly by the Company."),
        ("table", [58, 28, 68, 20], [
            ["Entity", "Country", "Principal activity", "Holding"],
            [
                "Kasveld Robotics B.V.",
                "Netherlands",
                "Harvest and crop-handling robotics",
                "100%",
            ],
            [
                "Kasveld Japan K.K.",
                "Japan",
                "Sales and engineering, Asia-Pacific",
                "100%",
            ],
        ]),
        ("h", "3. Business combinations (Note 5)"),
        ("p",
         "On 3 June 2024 Kasveld Robotics B.V. acquired 100% of the shares of "
         "Plukker Automation B.V., a developer of vision-guided de-leafing robots "
         "based in Honselersdijk, for a cash consideration of EUR 11.4 million, of "
         "which EUR 1.5 million is deferred and contingent on unit sales in 2025."),
        ("p",
         "Following the acquisition, Plukker Automation B.V. is a wholly owned "
         "subsidiary of Kasveld Robotics B.V. and has been consolidated from the "
         "acquisition date."),
        ("p",
         "Goodwill of EUR 6.2 million was recognised and is attributable mainly to "
         "the assembled engineering team and to expected cross-selling into the "
         "existing robotics customer base. Acquired intangible assets, principally "
         "developed technology, were valued at EUR 4.8 million and are amortised "
         "over seven years. Since the acquisition date the acquired business "
         "contributed EUR 2.3 million to revenue and a loss of EUR 0.4 million to "
         "net result."),
        ("p",
         "The sellers were advised by Brandwijk Corporate Finance B.V., while "
         "Hoogstraten Advocaten N.V. acted as legal counsel to Kasveld Robotics B.V. "
         "on the share purchase agreement."),
        ("h", "4. Investments in associates (Note 17)"),
        ("p",
         "In April 2024 the Group invested EUR 4.5 million in the Series A round of "
         "Serrato AI B.V., a Delft-based developer of computer-vision pollination "
         "monitoring, and now holds 24.9% of its share capital."),
        ("p",
         "The Group has one seat on Serrato's supervisory board and accounts for the "
         "investment using the equity method. The Group's share of Serrato's 2024 "
         "net loss was EUR 0.6 million, and the carrying amount at 31 December 2024 "
         "was EUR 3.9 million."),
    ],
    [
        ("h", "5. Major customers and key suppliers (Note 8)"),
        ("p",
         "No single customer accounted for more than 10% of group revenue in 2024. "
         "Customer relationships of strategic importance are set out below."),
        ("table", [62, 80, 32], [
            ["Customer", "Nature of sales", "Revenue 2024"],
            [
                "Tuinverbond Growers Cooperative U.A.",
                "Climate systems and KasBrain subscriptions",
                "EUR 14.2 million",
            ],
            [
                "Hikari Leaf Farms Co., Ltd.",
                "Plant-factory climate systems, Japan",
                "EUR 9.7 million",
            ],
            ["Shoresh Analytics Ltd.", "KasBrain API licence", "EUR 2.1 million"],
        ]),
        ("p",
         "Kasveld licenses the KasBrain climate-control API to Shoresh Analytics "
         "Ltd., which embeds our set-point engine in the crop-stress dashboards it "
         "sells to growers in Israel and Spain."),
        ("p",
         "Our principal supplier of climate-computer controller boards is Jiangsu "
         "Hexin Intelligent Equipment Co., Ltd., which manufactures the KC-7 board "
         "to our design under an OEM agreement; purchases from Hexin amounted to EUR "
         "12.9 million in 2024."),
        ("p",
         "Under a five-year services agreement signed with the Company in 2023, "
         "Kiyose Shoji Corporation provides import logistics, customs clearance and "
         "on-site warehousing for our projects in Japan."),
        ("p",
         "We have assessed the concentration risk in controller boards and have "
         "qualified a second source in Poland, which is expected to take over up to "
         "30% of volumes from 2026."),
        ("h", "6. Borrowings (Note 24)"),
        ("p",
         "On 28 February 2024 the Company refinanced its bank debt with a EUR 40 "
         "million sustainability-linked revolving credit facility from Noordzee "
         "Agrarisch Bank N.V., maturing in February 2029."),
        ("p",
         "The margin steps down by up to 7.5 basis points if the energy intensity of "
         "KasBrain-controlled sites meets agreed targets. At 31 December 2024 EUR "
         "12.0 million was drawn under the facility, and the Company was in "
         "compliance with all covenants."),
    ],
    [
        ("h", "7. Related-party transactions and other arrangements (Note 33)"),
        ("p",
         "In September 2024 Kasveld and Polderlicht Energy B.V. agreed to jointly "
         "operate a 4-hectare demonstration site in Westland, where KasBrain steers "
         "a seasonal heat-storage system developed by Polderlicht; each party bears "
         "its own costs and no payments are made between the parties."),
        ("p",
         "Supervisory Board member Marleen Okkerse is also a non-executive director "
         "of Polderlicht Energy B.V. and did not take part in the Board's "
         "deliberations on the arrangement. There were no other material "
         "related-party transactions in 2024."),
        ("h", "8. Contingent liabilities (Note 35)"),
        ("p",
         "In November 2024 Agrotherm Systems GmbH withdrew the patent infringement "
         "claim it had filed against Kasveld Robotics B.V. before the Düsseldorf "
         "Regional Court in 2023; no settlement payment was made and each party "
         "bears its own legal costs."),
        ("p",
         "The Group is not party to any other legal proceedings that could have a "
         "material effect on its financial position."),
        ("h", "9. Independent auditor"),
        ("p",
         "Van Dam & Verhoef Accountants N.V. was reappointed by the General Meeting "
         "as external auditor for the financial years 2025 to 2027."),
        ("p",
         "Fees charged by the auditor for the audit of the 2024 financial statements "
         "amounted to EUR 0.9 million (2023: EUR 0.8 million). No non-audit services "
         "were provided."),
    ],
]

# ----------------------------------------------------------------------------
# 03 - Hikari Leaf Farms Co., Ltd., TSE timely disclosure (English translation)
# ----------------------------------------------------------------------------
DOC03 = [
    [
        ("line", "January 24, 2025"),
        ("line", "Company name: Hikari Leaf Farms Co., Ltd."),
        ("line", "Representative: Ren Takasago, President and Representative Director"),
        ("line", "(Securities code: 297A, Tokyo Stock Exchange Growth Market)"),
        ("line", "Contact: Mio Ishizaki, Director and CFO (TEL: +81-3-5412-7730)"),
        ("title",
         "Notice Concerning Capital and Business Alliance with Kiyose Shoji "
         "Corporation, Issuance of New Shares through Third-Party Allotment, and "
         "Conclusion of a Technology Licence Agreement"),
        ("note",
         "This is an English translation of the original Japanese-language notice "
         "and is provided for reference only. Should there be any discrepancy, the "
         "Japanese original shall prevail."),
        ("p",
         "Hikari Leaf Farms Co., Ltd. (the \"Company\") hereby announces that its "
         "Board of Directors resolved at a meeting held today to enter into a "
         "capital and business alliance agreement (the \"Alliance\") with Kiyose "
         "Shoji Corporation (\"Kiyose Shoji\") and to issue new shares of common "
         "stock to Kiyose Shoji by way of third-party allotment (the \"Third-Party "
         "Allotment\"), as described below."),
        ("p",
         "The Board also approved the conclusion of a technology licence agreement "
         "with GreenCrystal AgriTech Corp. of Taiwan, as described in Section 5."),
        ("h", "1. Purpose of and reasons for the Alliance"),
        ("p",
         "The Company operates two fully enclosed, AI-controlled vertical farms in "
         "Chiba and Ibaraki Prefectures with a combined daily capacity of 38,000 "
         "heads of leaf lettuce. Its cultivation-recipe software, LeafOS, adjusts "
         "light spectrum, nutrient dosing and airflow for each rack based on camera "
         "images of the crop, which has reduced electricity use per head by 22% "
         "since 2022."),
        ("p",
         "Sales to Sakurada Retail Holdings Co., Ltd., which stocks the Company's "
         "lettuce in 310 supermarkets in the Kanto region, accounted for 46% of net "
         "sales in the fiscal year ended September 30, 2024."),
        ("p",
         "To reduce this customer concentration and to enter the Kansai market, the "
         "Company plans a third plant in Sakai City, Osaka Prefecture, to be built "
         "and operated by Hikari Leaf Kansai Co., Ltd., a wholly owned subsidiary of "
         "the Company established in December 2024."),
        ("p",
         "Kiyose Shoji has a nationwide network in food wholesale and logistics. "
         "Under the Alliance, the two companies will jointly develop sales channels "
         "in the Kansai region for produce from the Sakai plant, exchange personnel, "
         "and jointly evaluate plant-factory projects in Southeast Asia."),
    ],
    [
        ("h", "2. Overview of the Third-Party Allotment"),
        ("table", [62, 112], [
            ["(1) Payment date", "February 10, 2025"],
            ["(2) Number of new shares", "2,100,000 shares of common stock"],
            ["(3) Issue price", "JPY 1,500 per share"],
            ["(4) Amount of funds to be raised", "JPY 3,150,000,000"],
            [
                "(5) Method of offering",
                "Third-party allotment to Kiyose Shoji Corporation",
            ],
            [
                "(6) Other",
                "Subject to the securities registration statement taking effect",
            ],
        ], False),
        ("p",
         "Through the Third-Party Allotment, Kiyose Shoji will subscribe for "
         "2,100,000 new shares for a total of JPY 3,150,000,000 and will hold 19.6% "
         "of the voting rights after the allotment, becoming the Company's largest "
         "shareholder."),
        ("p",
         "The issue price represents a discount of 7.3% to the closing price of JPY "
         "1,618 on the business day preceding the Board resolution. The Company "
         "obtained a share valuation report from Akasaka Valuation Partners Co., "
         "Ltd., an independent third-party valuation firm that has no capital or "
         "business relationship with either the Company or Kiyose Shoji."),
        ("h", "3. Amount, use and timing of proceeds"),
        ("p",
         "The net proceeds are expected to be JPY 3,120 million after estimated "
         "issuance expenses of JPY 30 million, and will be applied as follows."),
        ("table", [98, 38, 38], [
            ["Specific use", "Amount", "Scheduled timing"],
            [
                "Construction of the Sakai plant (building, racks, utilities)",
                "JPY 1,600 million",
                "Apr 2025 - Mar 2026",
            ],
            [
                "LED grow-light fixtures for the Sakai plant",
                "JPY 820 million",
                "Oct 2025 - Mar 2026",
            ],
            [
                "Expansion of the LeafOS development team",
                "JPY 450 million",
                "Apr 2025 - Sep 2027",
            ],
            ["Working capital", "JPY 250 million", "Apr 2025 - Sep 2026"],
        ]),
        ("p",
         "The LED fixtures will be purchased from Tsubasa Photonics Co., Ltd., which "
         "has supplied the full-spectrum lighting for both of the Company's existing "
         "plants, for JPY 820 million."),
        ("p",
         "Hikari Leaf Kansai Co., Ltd. has also signed a JPY 460 million contract "
         "with Kasveld Japan K.K., the Japanese subsidiary of Kasveld Horticulture "
         "Systems N.V., for the climate-control and airflow system of the Sakai "
         "plant; this contract will be funded from the subsidiary's own resources."),
    ],
    [
        ("h", "4. Subordinated loan to the subsidiary"),
        ("p",
         "In addition to the Third-Party Allotment, Kiyose Shoji has agreed to "
         "extend a subordinated loan of JPY 1,200 million to Hikari Leaf Kansai Co., "
         "Ltd. with a term of seven years and an interest rate of TIBOR plus 1.8%, "
         "to be drawn in stages as construction proceeds."),
        ("h", "5. Technology licence agreement with GreenCrystal AgriTech Corp."),
        ("p",
         "Under the licence agreement signed today, the Company will license LeafOS "
         "and related cultivation know-how to GreenCrystal AgriTech Corp. (TWSE: "
         "7739) for use in its plant factories in Taiwan, in return for an upfront "
         "fee of JPY 180 million and running royalties of 4% of sales from licensed "
         "plants."),
        ("p",
         "The licence is exclusive in Taiwan, non-exclusive elsewhere in Asia and "
         "has an initial term of ten years. The Company will second two engineers to "
         "support the start-up of the licensee's second plant."),
        ("h", "6. Major shareholders before and after the allotment"),
        ("table", [90, 40, 44], [
            ["Shareholder", "Before", "After"],
            ["Ren Takasago", "31.8%", "25.6%"],
            ["Kiyose Shoji Corporation", "-", "19.6%"],
            ["Asakusa Innovation Fund I, L.P.", "14.2%", "11.4%"],
            ["Mio Ishizaki", "2.9%", "2.3%"],
        ]),
        ("h", "7. Other matters"),
        ("p",
         "Before selecting Kiyose Shoji, the Company held discussions on a capital "
         "tie-up with Tokai Agri Holdings, Inc., but those discussions were "
         "terminated in November 2024 because the parties could not agree on sales "
         "channels for the Sakai plant."),
        ("p",
         "Mitsuboshi Securities Co., Ltd. acted as financial advisor to the Company, "
         "and Nishiazabu Sogo Law Office acted as legal counsel to Kiyose Shoji."),
        ("p",
         "The impact of the foregoing on the Company's consolidated results for the "
         "fiscal year ending September 30, 2025 is expected to be minor. The Company "
         "will promptly disclose any further matters that require disclosure."),
        ("line", "End of document"),
    ],
]

# ----------------------------------------------------------------------------
# 05 - Jiangsu Hexin Intelligent Equipment, A-share announcement (Simplified Chinese)
# ----------------------------------------------------------------------------
DOC05 = [
    [
        ("line",
         "证券代码：688947        证券简称：禾芯智能        公告编号：2025-006"),
        ("title", "江苏禾芯智能装备股份有限公司"),
        ("title", "关于签订日常经营重大合同及对外投资设立控股子公司的公告"),
        ("note",
         "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大"
         "遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p",
         "●合同类型及金额：日常经营重大合同（销售合同），预计合同总金额约为人民币8,6"
         "00万元（不含税）。"),
        ("p",
         "●对外投资标的名称：禾芯云垄农业数据（苏州）有限公司（暂定名，最终以市场监"
         "督管理部门核准登记为准）。"),
        ("p",
         "●本次对外投资不构成关联交易，不构成《上市公司重大资产重组管理办法》规定的"
         "重大资产重组，已经公司第三届董事会第十二次会议审议通过，无需提交股东大会审"
         "议。"),
        ("p",
         "●风险提示：合同履行过程中可能面临汇率波动、海外客户需求变化等风险；合资公"
         "司尚处于筹建阶段，未来经营可能受到行业政策、市场竞争及技术迭代等因素影响。"
         "敬请广大投资者注意投资风险。"),
        ("h", "一、日常经营重大合同概况"),
        ("p",
         "（一）合同对方：Kasveld Horticulture Systems N.V.（荷兰泛欧交易所阿姆斯特丹"
         "市场上市公司，股票代码为KSVLD，以下简称“Kasveld”），主要从事温室整体解决方案"
         "及AI环境控制软件业务。Kasveld与公司及公司控股股东、实际控制人之间不存在关联"
         "关系。"),
        ("p",
         "（二）合同主要内容：公司将按照Kasveld提供的设计方案为其代工生产KC-7温室环境"
         "控制器主板并提供固件烧录服务，协议有效期三年，预计合同总金额约为人民币8,600"
         "万元（不含税）。"),
        ("p",
         "（三）对公司的影响：本合同金额约占公司2023年度经审计营业收入的21.4%，若顺利"
         "履行，预计将对公司未来三个会计年度的经营业绩产生积极影响。公司主要业务不会"
         "因履行本合同而对Kasveld形成依赖。"),
    ],
    [
        ("p",
         "（四）主要原材料供应保障：公司智能巡检产品线所需的高光谱作物监测模组由以色"
         "列Shoresh Analytics Ltd.（以下简称“Shoresh”）供应，2024年度公司向Shoresh采"
         "购金额为人民币4,120万元，公司已与其签订长期供货协议以保障交付。"),
        ("h", "二、对外投资概述"),
        ("p",
         "为把握设施农业智能化发展机遇，公司拟与苏州云垄数据科技有限公司（以下简称“云"
         "垄数据”）共同出资设立禾芯云垄农业数据（苏州）有限公司（暂定名，以下简称“合"
         "资公司”），注册资本为人民币5,000万元，其中公司以货币出资人民币3,000万元，持"
         "股60%，云垄数据以货币及算力平台技术作价出资人民币2,000万元，持股40%。"),
        ("p", "合资公司出资情况如下："),
        ("table", [70, 40, 40, 24], [
            ["股东名称", "出资方式", "认缴出资额（万元）", "持股比例"],
            ["江苏禾芯智能装备股份有限公司", "货币", "3,000", "60%"],
            ["苏州云垄数据科技有限公司", "货币及技术", "2,000", "40%"],
            ["合计", "-", "5,000", "100%"],
        ]),
        ("p",
         "禾芯云垄农业数据（苏州）有限公司成立后将纳入公司合并报表范围，成为公司的控"
         "股子公司。"),
        ("p",
         "合资公司经营范围拟为：农业大数据服务；人工智能应用软件开发；温室作物生长模"
         "型研发及技术服务；智能农业管理系统销售。合资公司注册地址拟为苏州工业园区，"
         "具体以登记机关核准为准。"),
        ("h", "三、合作方基本情况"),
        ("p",
         "公司名称：苏州云垄数据科技有限公司；企业性质：有限责任公司；注册资本：人民"
         "币8,000万元；成立日期：2019年5月；注册地址：苏州工业园区星湖街328号；主营业"
         "务：云计算、GPU算力租赁及农业大数据服务；实际控制人：周启衡。"),
        ("p",
         "云垄数据目前为公司提供GPU算力租赁及私有云托管服务，2024年度公司向其支付服务"
         "费人民币690万元，上述交易遵循市场化定价原则。"),
        ("p",
         "除上述业务往来外，云垄数据与公司及公司控股股东常州禾丰投资有限公司之间不存"
         "在产权、资产、债权债务、人员等方面的关联关系。"),
        ("p",
         "云垄数据2024年度财务数据已经中立衡会计师事务所（特殊普通合伙）审计：总资产"
         "人民币3.62亿元，净资产人民币1.94亿元，营业收入人民币2.15亿元，净利润人民币1"
         ",870万元。"),
    ],
    [
        ("h", "四、合作协议的主要内容"),
        ("p",
         "公司与云垄数据同意以合资公司为平台，在温室作物生长模型、设施农业大数据及AI"
         "决策系统领域开展长期合作，双方各自承担研发投入，合作成果归合资公司所有。"),
        ("p",
         "合资公司设董事会，由三名董事组成，其中公司提名两名，云垄数据提名一名；董事"
         "长由公司提名的董事担任。合资公司设监事一名，由云垄数据提名。各方应于合资公"
         "司取得营业执照之日起六十日内缴足首期出资。"),
        ("h", "五、对上市公司的影响"),
        ("p",
         "目前国内设施农业环境控制市场的主要参与者包括北京绿穹科技股份有限公司、山东"
         "沃野智能装备有限公司等，市场集中度仍然较低。"),
        ("p",
         "本次对外投资有助于公司由硬件设备供应商向“硬件+数据+算法”的综合服务商转型。"
         "本次投资资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大不利影"
         "响，不存在损害公司及全体股东利益的情形。"),
        ("p",
         "截至本公告披露日，公司控股股东常州禾丰投资有限公司持有公司32.47%的股份，本"
         "次对外投资不会导致公司控股股东及实际控制人发生变化。"),
        ("h", "六、备查文件"),
        ("p",
         "1. 第三届董事会第十二次会议决议；2. 《OEM供货框架协议》；3. 《合资经营协议"
         "》。"),
        ("p", "特此公告。"),
        ("line", "江苏禾芯智能装备股份有限公司董事会"),
        ("line", "2025年1月27日"),
    ],
]


def cff_to_ttf(font: TTFont) -> None:
    """Replace the CFF outlines of an OpenType font by quadratic TrueType outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text: str, face: int, path: Path) -> None:
    """Subset one Noto CJK face to the characters of text; save it as TrueType."""
    font = TTFont(CJK_TTC, fontNumber=face)
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_ttf(font)
    font.save(str(path))


class Doc(FPDF):
    def __init__(self, family: str):
        super().__init__(format="A4")
        self.family = family
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=16)

    def footer(self):
        self.set_y(-12)
        self.set_font("helvetica", size=8)
        self.set_text_color(110)
        self.cell(0, 5, f"- {self.page_no()} -", align="C")
        self.set_text_color(0)

    def use(self, size: float, bold: bool = False, italic: bool = False):
        if self.family == "helvetica":
            style = ("B" if bold else "") + ("I" if italic else "")
            self.set_font("helvetica", style, size)
        else:
            self.set_font(self.family, "", size)

    def para(self, height: float, text: str, align: str) -> None:
        """Write a paragraph.

        Chinese text wraps per character (no ragged lines after embedded English).
        The width is narrowed a little where that would split an English word or
        number, or start a line with closing punctuation; WORD wrapping is the
        fallback.
        """
        width, mode = 0.0, "WORD"
        if self.family != "helvetica":
            for step in range(8):
                trial = self.epw - 1.2 * step
                lines = self.multi_cell(trial, height, text, align=align, dry_run=True,
                                        output="LINES", wrapmode="CHAR")
                joints = zip(lines, lines[1:], strict=False)
                if all(self.joint_ok(a, b) for a, b in joints):
                    width, mode = trial, "CHAR"
                    break
        self.multi_cell(width, height, text, align=align, new_x="LMARGIN", new_y="NEXT",
                        wrapmode=mode)

    @staticmethod
    def joint_ok(before: str, after: str) -> bool:
        if not before or not after:
            return True
        if after[0] in CLOSING:
            return False
        pair = before[-1] + after[0]
        return not (pair.isascii() and pair.isalnum())

    def block(self, block):
        kind = block[0]
        if kind == "title":
            self.ln(1)
            self.use(14, bold=True)
            align = "L" if self.family == "helvetica" else "C"
            self.para(7, block[1], align)
            self.ln(2)
        elif kind == "sub":
            self.use(9)
            self.set_text_color(80)
            self.para(4.6, block[1], "L")
            self.set_text_color(0)
            self.ln(1.5)
        elif kind == "line":
            self.use(9.5)
            self.para(5, block[1], "L")
        elif kind == "note":
            self.use(8.5, italic=True)
            self.para(4.4, block[1], "L")
            self.ln(2)
        elif kind == "h":
            self.ln(1.5)
            self.use(11, bold=True)
            self.para(6, block[1], "L")
            self.ln(0.5)
        elif kind == "p":
            self.use(10)
            self.para(5.1, block[1], "L")
            self.ln(1.8)
        elif kind == "table":
            widths, rows = block[1], block[2]
            header = block[3] if len(block) > 3 else True
            for i, row in enumerate(rows):
                self.use(8.8, bold=header and i == 0)
                for width, text in zip(widths, row, strict=True):
                    if self.get_string_width(text) > width - 2:
                        raise ValueError(f"cell too narrow for {text!r}")
                    self.cell(width, 6.2, text, border=1)
                self.ln(6.2)
            self.ln(2.5)
        else:
            raise ValueError(kind)


def all_text(pages) -> str:
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                parts.extend(cell for row in block[2] for cell in row)
            else:
                parts.append(block[1])
    return "".join(parts)


def render(
    pages, out: Path, family: str = "helvetica", font_path: Path | None = None
) -> None:
    pdf = Doc(family)
    if font_path is not None:
        pdf.add_font(family, "", str(font_path))
    for number, page in enumerate(pages, start=1):
        pdf.add_page()
        for block in page:
            pdf.block(block)
        if pdf.page_no() != number:
            raise RuntimeError(f"{out.name}: page {number} overflows")
    pdf.output(str(out))


def main() -> None:
    render(DOC01, HERE / "01_Kasveld_annual_report.pdf")
    render(DOC03, HERE / "03_HikariLeaf_disclosure.pdf")
    chars = "".join(sorted(set(all_text(DOC05)))) + "0123456789- "
    with tempfile.TemporaryDirectory() as tmp:
        font_path = Path(tmp) / "NotoSansSC-subset.ttf"
        make_cjk_font(chars, 2, font_path)
        render(DOC05, HERE / "05_Hexin_announcement.pdf", "notosc", font_path)
    print("built 01, 03, 05")


if __name__ == "__main__":
    main()
