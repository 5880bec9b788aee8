"""Build the three PDF documents of the fresh170 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory that is deleted after the PDF is written.
"""

import re
import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
# The system copy of the Noto CJK collection is used if present; otherwise the copy unpacked from the Debian package
# fonts-noto-cjk into /tmp/fresh170_tmp (see README.md).
CJK_CANDIDATES = [
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/tmp/fresh170_tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
]
TMP_ROOT = Path("/tmp/fresh170_tmp")
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


# ---------------------------------------------------------------------------------------------------------------------
# Document 01 - Kleurhaven N.V., Half-Year Report 2025 (English, Dutch issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC01 = [
    [
        ("center", "Kleurhaven N.V. - Half-Year Report 2025", 9),
        ("title", "Interim Report of the Executive Board (excerpt)"),
        (
            "p",
            "Kleurhaven N.V. (Euronext Amsterdam: KLHV), headquartered in Dordrecht, is the parent company of the "
            "Kleurhaven Group, a manufacturer of decorative paints, protective and marine coatings and automotive and "
            "industrial coatings with production sites in eleven countries. This report covers the six months ended "
            "30 June 2025 (H1 2025). All figures are unaudited.",
        ),
        ("h", "Key figures"),
        (
            "table",
            [70, 34, 34, 36],
            [
                ["EUR million", "H1 2025", "H1 2024", "Change"],
                ["Revenue", "1,284.6", "1,231.0", "+4.4%"],
                ["Organic revenue growth", "2.1%", "1.4%", "-"],
                ["Adjusted EBITDA", "171.3", "158.9", "+7.8%"],
                ["Adjusted EBITDA margin", "13.3%", "12.9%", "+0.4 pp"],
                ["Net profit", "58.4", "61.2", "-4.6%"],
                ["Free cash flow", "42.7", "55.3", "-22.8%"],
                ["Net debt (30 June)", "612.7", "455.0", "+34.7%"],
            ],
        ),
        ("h", "1. Highlights of the first half"),
        (
            "p",
            "Revenue increased by 4.4% to EUR 1,284.6 million. Volume and price/mix contributed 2.1 percentage "
            "points and the first-time consolidation of Scheldeverf 3.1 points, partly offset by negative currency "
            "effects of 0.8 points, mainly from the Indian rupee and the Turkish lira. Adjusted EBITDA rose by 7.8%, "
            "as lower solvent and resin prices and the savings from the Dordrecht and Ghent site programmes more than "
            "offset wage inflation.",
        ),
        (
            "p",
            "Artificial intelligence is now part of how we develop, tint and sell paint. In the first half, 38% of "
            "new decorative formulations were proposed by our machine-learning formulation models before the first "
            "laboratory trial, compared with 22% a year earlier, and the average time from customer brief to "
            "approved formula fell to 19 weeks.",
        ),
        ("h", "2. Digital and artificial intelligence"),
        (
            "p",
            "Kleurhaven Digital B.V., our wholly owned subsidiary in Eindhoven, develops the TintSense "
            "colour-matching system, which reads a customer's sample with a handheld spectrophotometer and uses a "
            "neural network trained on more than 2.3 million historical tints to propose a formula that can be "
            "mixed in the store.",
        ),
        (
            "p",
            "In the first half Kleurhaven Digital completed the roll-out of TintSense to all 212 stores of Klusplein "
            "Retail B.V. under a five-year licence, and the system now handles around 41% of the chain's in-store "
            "tinting. Re-tint rates in those stores fell from 6.2% to 2.9%.",
        ),
        (
            "p",
            "Kleurhaven Digital and Oosterdok Formulation Labs B.V. extended their joint research programme on "
            "AI-designed bio-based alkyd binders by two years; each party bears its own costs and keeps the rights "
            "to the results produced by its own team.",
        ),
    ],
    [
        ("h", "3. Segment review"),
        (
            "p",
            "Decorative Paints Europe (48% of revenue) reported organic growth of 0.6%. Volumes in the Netherlands "
            "and Belgium were stable, while the professional channel in Germany and France remained weak because of "
            "low residential construction. The premium Havenlak range grew by 9%, helped by TintSense in retail.",
        ),
        (
            "p",
            "Protective & Marine Coatings (27% of revenue) grew revenue by 7.8%, helped by energy-transition and "
            "data-centre projects. In February we won the passive fire-protection package for the two hyperscale "
            "data centres that Nimbara Cloud Inc. is building at Eemshaven and Middenmeer, and deliveries of our "
            "Pyrolak intumescent coatings began in May. Marine new-build volumes in Asia recovered, while the "
            "dry-docking business was stable.",
        ),
        (
            "p",
            "Automotive & Industrial Coatings (25% of revenue) grew organically by 1.9%. Under the "
            "toll-manufacturing agreement concluded in 2023, our Ghent plant produced around 9,400 tonnes of "
            "waterborne basecoat for Tsukimori Paint Co., Ltd. in the first half, which Tsukimori sells to its "
            "automotive customers in Europe. Demand for coil and general industrial coatings remained subdued.",
        ),
        ("h", "4. Acquisition of Scheldeverf"),
        (
            "p",
            "On 1 April 2025 Kleurhaven completed the acquisition of Scheldeverf NV, a Belgian producer of wood "
            "coatings and stains based in Temse, for an enterprise value of EUR 86.0 million, financed from "
            "available cash and the revolving credit facility. Scheldeverf contributed revenue of EUR 38.2 million "
            "and adjusted EBITDA of EUR 5.1 million in the three months since consolidation. The purchase price "
            "allocation is provisional.",
        ),
        ("h", "5. Procurement"),
        (
            "p",
            "Raw material costs were about 3% lower than in H1 2024. Titanium dioxide, our largest single raw "
            "material, was bought from European and Asian producers under annual and quarterly contracts at prices "
            "close to the levels of late 2024. Effect pigments and high-performance organic pigments for the "
            "automotive and decorative ranges are sourced mainly from Asagiri Chemical Industries, Ltd., Japan, "
            "under a supply agreement that runs until the end of 2027.",
        ),
        ("h", "6. Market environment"),
        (
            "p",
            "Competition in the Benelux decorative market remained intense: Verfhuys Groep N.V. and Lakmeester N.V. "
            "both increased promotional spending in the do-it-yourself channel in the spring. Following press "
            "speculation in June, Kleurhaven confirmed that it is not considering an offer for Lakmeester N.V.",
        ),
        (
            "p",
            "For the second half we expect organic growth of 1% to 3% and a further improvement in the adjusted "
            "EBITDA margin, assuming stable raw material prices.",
        ),
    ],
    [
        ("h", "7. Financial position"),
        (
            "p",
            "In January 2025 Kleurhaven refinanced its EUR 350.0 million sustainability-linked revolving credit "
            "facility with a syndicate of five banks led by Noordzee Handelsbank N.V.; the new facility runs until "
            "January 2030, and its margin is linked to reductions in Scope 1 and 2 emissions and in the share of "
            "solvent-borne products in revenue. At 30 June 2025, EUR 145.0 million was drawn under the facility. "
            "Net debt rose to EUR 612.7 million, mainly because of the Scheldeverf acquisition and the final "
            "dividend of EUR 0.84 per share paid in May; leverage was 1.9 times adjusted EBITDA.",
        ),
        (
            "p",
            "In March Kleurhaven committed EUR 15.0 million as an anchor limited partner to Noordster Ventures Fund "
            "II C.V., a Delft-based venture fund that invests in materials and chemistry start-ups; EUR 3.0 million "
            "had been called at 30 June 2025.",
        ),
        ("h", "8. Legal proceedings"),
        (
            "p",
            "Ardennes Couleurs SRL has brought a claim against Scheldeverf before the Enterprise Court of Ghent, "
            "alleging that the names of two Scheldeverf wood-stain colours infringe its Benelux trademarks. "
            "Scheldeverf disputes the claim, and any amount payable is covered by an indemnity from the sellers "
            "under the share purchase agreement.",
        ),
        ("h", "9. Major shareholders"),
        (
            "p",
            "Based on notifications to the Dutch Authority for the Financial Markets (AFM), the following "
            "shareholders held 3% or more of the issued share capital of Kleurhaven N.V. at 30 June 2025:",
        ),
        (
            "table",
            [80, 40, 54],
            [
                ["Shareholder", "Country", "Share of issued capital"],
                ["Havenkamp Beheer B.V.", "Netherlands", "21.4%"],
            ],
        ),
        ("h", "Notes to the condensed consolidated interim financial statements (excerpt)"),
        (
            "p",
            "Note 14 - Principal subsidiaries. The following subsidiaries are fully consolidated. Apart from the "
            "acquisition of Scheldeverf NV, there were no changes in the Group's interest in them during the period.",
        ),
        (
            "table",
            [84, 52, 38],
            [
                ["Company", "Registered office", "Interest"],
                ["Kleurhaven Digital B.V.", "Eindhoven, Netherlands", "100%"],
                ["Scheldeverf NV", "Temse, Belgium", "100%"],
                ["Kleurhaven Coatings India Private Limited", "Pune, India", "100%"],
            ],
        ),
        ("h", "Review report"),
        (
            "p",
            "Brinkhorst Accountants N.V. has reviewed the condensed consolidated interim financial statements of "
            "Kleurhaven N.V. for the six months ended 30 June 2025 and issued an unmodified review conclusion on "
            "30 July 2025.",
        ),
        ("p", "Dordrecht, 30 July 2025"),
        (
            "p",
            "The Executive Board: Maarten de Vries-Oostendorp (Chief Executive Officer), Ilse Brouwer (Chief Financial Officer)",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Yung Sheng Chemical Industrial Co., Ltd., TWSE material information (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "本資料由（上市公司）永笙化學工業股份有限公司提供，內容如有錯誤，由該公司負責。以下為本公司於公開資訊"
            "觀測站發布之重大訊息彙整。",
        ),
        ("center", "永笙化學工業股份有限公司", 16),
        ("center", "Yung Sheng Chemical Industrial Co., Ltd.", 12),
        ("center", "（股票代號：4769）", 9),
        ("center", "重大訊息公告", 13),
        ("h", "一、代子公司永笙投資股份有限公司公告取得Oosterdok Formulation Labs B.V.特別股"),
        (
            "p",
            "發言日期：114/09/18　發言時間：17:35:12　發言人：林昭宏　發言人職稱：財務長　符合條款：第11款　"
            "事實發生日：114/09/18",
        ),
        ("p", "說明："),
        (
            "p",
            "1.標的物之名稱及性質（如特別股、轉換公司債等）：Oosterdok Formulation Labs B.V.（以下簡稱「Oosterdok」）B輪特別股。",
        ),
        ("p", "2.事實發生日：114/9/18~114/9/18"),
        ("p", "3.交易單位數量、每單位價格及交易總金額：交易數量1,250,000股；每單位價格歐元4.80元；交易總金額歐元6,000,000元。"),
        ("p", "4.交易相對人及其與公司之關係：Oosterdok Formulation Labs B.V.；非屬關係人。"),
        (
            "p",
            "5.交付或付款條件（含付款期間及金額）、契約之限制條款及其他重要約定事項：於契約簽訂並取得經濟部投資"
            "審議司核准後一次支付。",
        ),
        (
            "p",
            "6.本次交易之決定方式、價格決定之參考依據及決策單位：本次交易價格係參考Oosterdok前一輪增資價格、營運"
            "狀況及信衡聯合會計師事務所出具之價格合理性意見書，經雙方議定，並經董事會決議通過。",
        ),
        (
            "p",
            "7.迄目前為止，累積持有本交易證券（含本次交易）之數量、金額、持股比例及權利受限情形：永笙投資累積持有"
            "Oosterdok特別股1,250,000股，金額歐元6,000,000元，持股比例約8.6%，無權利受限情形。",
        ),
        (
            "p",
            "8.取得或處分之具體目的或用途：策略性投資。本公司預期藉由Oosterdok之人工智能配方平台與自主實驗室，縮短"
            "UV固化樹脂與電子級塗料之開發時程。永笙化學並已與Oosterdok簽署共同開發協議，雙方將就低遷移UV固化樹脂"
            "配方進行聯合開發。",
        ),
        ("p", "9.本次交易為關係人交易：否。董事有無反對或保留意見：否。"),
        (
            "p",
            "10.其他敘明事項：本公司100%持股之子公司永笙投資股份有限公司（以下簡稱「永笙投資」）於本日與Oosterdok"
            "簽訂投資協議，以總金額歐元6,000,000元認購其B輪特別股1,250,000股。資金來源為自有資金。",
        ),
    ],
    [
        ("h", "二、公告本公司與群昱光電股份有限公司簽訂UV硬化塗料長期供貨合約"),
        (
            "p",
            "發言日期：114/08/27　發言時間：16:02:47　發言人：林昭宏　發言人職稱：財務長　符合條款：第51款　"
            "事實發生日：114/08/27",
        ),
        ("p", "說明："),
        ("p", "1.事實發生日：114/08/27"),
        ("p", "2.契約或承諾相對人：群昱光電股份有限公司（以下簡稱「群昱光電」）。"),
        ("p", "3.與公司關係：非關係人。"),
        ("p", "4.契約或承諾起迄日期：114/10/01~117/09/30。"),
        (
            "p",
            "5.主要內容：本公司將於合約期間內供應群昱光電車載及筆記型電腦顯示器偏光片用UV硬化抗眩塗料及光學膠，"
            "合約總金額約新台幣1,280,000,000元（未稅），實際金額依雙方訂單為準。",
        ),
        ("p", "6.限制條款：無。"),
        ("p", "7.對公司財務、業務之影響：預計自115年第一季起挹注營收，對本公司營運有正面助益。"),
        (
            "p",
            "8.其他應敘明事項：本合約所需之主要原料光起始劑，係向朝霧化學工業株式會社（Asagiri Chemical "
            "Industries, Ltd.，以下簡稱「朝霧化學」）採購，本公司已與朝霧化學簽訂年度供貨協議。",
        ),
        ("p", "群昱光電本次採購案亦邀請德彩化工股份有限公司等同業參與報價，本公司以人工智能配方系統縮短樣品驗證時程而取得訂單。"),
        ("h", "三、公告本公司與台和商業銀行股份有限公司簽訂綜合授信合約"),
        (
            "p",
            "發言日期：114/08/12　發言時間：18:10:03　發言人：林昭宏　發言人職稱：財務長　符合條款：第51款　"
            "事實發生日：114/08/12",
        ),
        ("p", "說明："),
        (
            "p",
            "1.本公司經董事會決議通過，於114/08/12與台和商業銀行股份有限公司簽訂綜合授信合約，取得綜合授信額度"
            "新台幣1,500,000,000元，授信期間三年，用於原料購置週轉及昆山廠智慧化產線建置。",
        ),
        ("p", "2.擔保品：本公司觀音廠土地及廠房。"),
    ],
    [
        ("h", "四、代子公司永笙化學（昆山）有限公司公告簽訂有機表面處理劑供貨合約"),
        (
            "p",
            "發言日期：114/07/30　發言時間：17:48:21　發言人：林昭宏　發言人職稱：財務長　符合條款：第51款　"
            "事實發生日：114/07/30",
        ),
        ("p", "說明："),
        (
            "p",
            "1.本公司間接持股100%之子公司永笙化學（昆山）有限公司（以下簡稱「永笙昆山」）與江西贛鈦新材料股份有限"
            "公司（以下簡稱「贛鈦新材」）簽訂有機表面處理劑供貨合約，由永笙昆山於115年至117年間供應贛鈦新材鈦白粉"
            "後處理用有機表面處理劑，合約金額約人民幣96,000,000元。",
        ),
        ("p", "2.與公司關係：非關係人。"),
        ("p", "3.對公司財務、業務之影響：本合約約占本公司113年度合併營業收入之3.2%，對本公司財務業務無重大影響。"),
        ("h", "五、澄清媒體報導"),
        (
            "p",
            "發言日期：114/09/16　發言時間：08:05:40　發言人：林昭宏　發言人職稱：財務長　符合條款：第51款　"
            "事實發生日：114/09/16",
        ),
        ("p", "說明："),
        ("p", "1.報導媒體：財經媒體。"),
        ("p", "2.報導內容：本公司將與同業進行合併。"),
        (
            "p",
            "3.澄清說明：針對媒體有關本公司將與同業合併之報導，本公司特此澄清，永笙化學目前並未與德彩化工股份有限"
            "公司進行任何合併或股份轉換之洽談。本公司一切資訊以公開資訊觀測站公告為準。",
        ),
        (
            "p",
            "4.其他應敘明事項：本公司113年度合併營業收入為新台幣9,736,512仟元，其中電子級UV硬化材料占43%、"
            "工業用塗料樹脂占38%、光學膠及其他占19%。",
        ),
        ("right", "永笙化學工業股份有限公司"),
        ("right", "董事長　陳永笙"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Jiangxi Ganti New Materials Co., Ltd., ChiNext announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：301739        证券简称：赣钛新材        公告编号：2025-058"),
        ("center", "江西赣钛新材料股份有限公司", 15),
        ("center", "关于签订日常经营重大合同的公告", 13),
        ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "特别提示："),
        (
            "p",
            "1、合同类型及金额：金红石型氯化法钛白粉长期供货合同，合同总金额约为人民币6.72亿元（不含税），约占公司"
            "2024年度经审计营业收入的11.86%。",
        ),
        ("p", "2、合同生效条件：合同经双方签字盖章后生效。"),
        ("p", "3、合同履行期限：2026年1月1日至2028年12月31日。"),
        ("p", "4、合同的履行预计将对公司2026年度至2028年度的经营业绩产生积极影响，但不影响公司业务的独立性。"),
        ("p", "5、合同履行过程中可能存在不可抗力、客户需求变化、汇率波动及贸易政策变化等风险，敬请广大投资者注意投资风险。"),
        ("h", "一、合同签署概况"),
        (
            "p",
            "2025年9月26日，江西赣钛新材料股份有限公司（以下简称“公司”或“赣钛新材”）与Rangmahal Paints Limited"
            "（以下简称“Rangmahal”）签订《金红石型钛白粉长期供货协议》，约定公司于2026年1月至2028年12月期间向"
            "Rangmahal供应金红石型氯化法钛白粉，合同总金额约为人民币6.72亿元（不含税）。",
        ),
        (
            "p",
            "本次采购中，Rangmahal同时邀请了攀川钛业股份有限公司等多家国内外钛白粉生产商参与报价，公司凭借产品白度、"
            "分散性及基于人工智能的批次一致性控制中标。",
        ),
        (
            "p",
            "本合同为公司日常经营性合同，根据《深圳证券交易所创业板股票上市规则》及《公司章程》等相关规定，无需提交"
            "公司董事会或股东会审议。",
        ),
    ],
    [
        ("h", "二、合同对方介绍"),
        ("p", "1、公司名称：Rangmahal Paints Limited"),
        ("p", "2、注册地址：印度马哈拉施特拉邦孟买"),
        ("p", "3、成立时间：1987年"),
        (
            "p",
            "4、主营业务：建筑装饰涂料、木器涂料及工业防护涂料的研发、生产和销售，其股份于印度国家证券交易所及孟买"
            "证券交易所上市。",
        ),
        ("p", "5、关联关系说明：Rangmahal与公司及公司控股股东、实际控制人、董事、监事、高级管理人员均不存在关联关系。"),
        (
            "p",
            "6、履约能力分析：Rangmahal经营情况和财务状况良好，具备良好的履约能力。最近三个会计年度，公司与"
            "Rangmahal发生的交易金额分别为0元、1,126万元及4,873万元。",
        ),
        ("h", "三、合同的主要内容"),
        (
            "table",
            [40, 134],
            [
                ["项目", "主要内容"],
                ["供货产品", "金红石型氯化法钛白粉（涂料级）"],
                ["合同期限", "2026年1月1日至2028年12月31日"],
                ["合同数量", "约42,000吨，按季度下达订单"],
                ["定价方式", "以季度基准价格为基础，根据原材料价格指数按季调整"],
                ["结算方式", "美元结算，提单日后90天内电汇支付"],
                ["争议解决", "提交新加坡国际仲裁中心仲裁"],
            ],
        ),
        (
            "p",
            "此外，双方同日签署《技术合作备忘录》，约定公司与Rangmahal基于Rangmahal的人工智能配方模型与公司的钛白粉"
            "粒径分布数据开展联合开发，以降低涂料配方中钛白粉的单位用量。",
        ),
        ("h", "四、合同履行对公司的影响"),
        (
            "p",
            "本合同的签订有利于公司拓展南亚市场，提升氯化法钛白粉产品的市场占有率。公司具备履行本合同的资金、人员、"
            "技术和产能，合同的履行不会对公司业务独立性构成影响，公司主要业务不会因履行本合同而对合同对方形成依赖。",
        ),
        (
            "p",
            "为保障本合同的履行，公司控股子公司江西赣钛氯化新材料有限公司新建的年产6万吨氯化法钛白粉产线已于2025年"
            "8月投料试生产。",
        ),
        (
            "p",
            "该产线配套的AI工艺优化系统由深圳深算智能科技有限公司提供，公司已于2025年3月与其签订采购合同，合同金额为"
            "人民币3,280万元。",
        ),
        ("p", "产线后处理工序所用有机表面处理剂主要向永笙化学（昆山）有限公司采购。"),
        ("p", "该产线建设资金来源于公司自有资金及洪都银行股份有限公司提供的人民币8亿元项目贷款。"),
    ],
    [
        ("h", "五、风险提示"),
        (
            "p",
            "1、合同履行风险：合同履行过程中，如遇不可抗力、客户需求变化或付款能力变化等因素，可能导致合同无法如期或全部履行。",
        ),
        ("p", "2、汇率风险：合同以美元结算，人民币汇率波动可能对公司经营业绩产生一定影响。"),
        (
            "p",
            "3、贸易政策风险：印度对原产于中国的钛白粉发起的反倾销调查尚未作出终裁，若最终征收反倾销税，可能对合同"
            "的履行及盈利水平产生不利影响。",
        ),
        (
            "p",
            "4、市场竞争风险：国内氯化法钛白粉主要生产商包括攀川钛业股份有限公司及龙岩钛谷新材料有限公司等，行业新增"
            "产能集中释放可能导致产品价格下行。",
        ),
        ("h", "六、备查文件"),
        ("p", "1、《金红石型钛白粉长期供货协议》；"),
        ("p", "2、《技术合作备忘录》。"),
        ("p", "特此公告。"),
        ("right", "江西赣钛新材料股份有限公司董事会"),
        ("right", "2025年9月29日"),
    ],
]


def doc_text(pages):
    """Every character of a document, used to subset the CJK face."""
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                parts.extend(cell for row in block[2] for cell in row)
            else:
                parts.append(block[1])
    return "".join(parts)


def find_cjk_ttc():
    for candidate in CJK_CANDIDATES:
        if candidate.exists():
            return candidate
    raise FileNotFoundError("NotoSansCJK-Regular.ttc not found; see README.md")


def make_cjk_ttf(text, face_index, out_path):
    """Subset one face of the CJK collection and convert its CFF outlines to TrueType glyf outlines."""
    font = TTFont(str(find_cjk_ttc()), fontNumber=face_index)
    options = Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options=options)
    chars = set(text) | {chr(c) for c in range(0x20, 0x7F)}
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, value in (
        ("maxZones", 1),
        ("maxTwilightPoints", 0),
        ("maxStorage", 0),
        ("maxFunctionDefs", 0),
        ("maxInstructionDefs", 0),
        ("maxStackElements", 0),
        ("maxSizeOfInstructions", 0),
        ("maxComponentElements", 0),
        ("maxComponentDepth", 0),
        ("maxPoints", 0),
        ("maxContours", 0),
        ("maxCompositePoints", 0),
        ("maxCompositeContours", 0),
    ):
        setattr(maxp, attr, value)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    def __init__(self, footer_text, family):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.body_family = family
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.body_family, size=8)
        self.cell(0, 6, f"{self.footer_text} - {self.page_no()}", align="C")


NO_LINE_START = set("，。、；：？！）」』”’》〉】,.;:%")
NO_LINE_END = set("（「『“‘《〈【")


def cjk_lines(pdf, text, width):
    """Break mixed Chinese/Latin text into lines: anywhere between Chinese characters, but never inside a Latin word
    or a number, never with closing punctuation at the start of a line and never with opening punctuation at its
    end."""
    tokens = re.findall(r"[\x21-\x7e]+| +|.", text)
    lines, current = [], ""
    for token in tokens:
        if token.isspace() and not current:
            continue
        candidate = current + token
        if pdf.get_string_width(candidate) <= width or not current or token in NO_LINE_START:
            current = candidate
        else:
            carried = ""
            while len(current) > 1 and current[-1] in NO_LINE_END:
                carried = current[-1] + carried
                current = current[:-1]
            lines.append(current.rstrip())
            current = carried + ("" if token.isspace() else token)
    if current.strip():
        lines.append(current.rstrip())
    return lines


def write_text(pdf, width, height, text, align, cjk):
    if not cjk:
        pdf.multi_cell(width, height, text, align=align, new_x="LMARGIN", new_y="NEXT")
        return
    for line in cjk_lines(pdf, text, width - 2 * pdf.c_margin - 0.5):
        pdf.cell(width, height, line, align=align, new_x="LMARGIN", new_y="NEXT")


def render(pdf, pages, family, bold_ok):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    cjk = not bold_ok
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "center":
                pdf.set_font(family, "B" if bold_ok else "", block[2])
                write_text(pdf, width, block[2] * 0.55, block[1], "C", cjk)
                pdf.ln(1)
            elif kind == "title":
                pdf.set_font(family, "B" if bold_ok else "", 15)
                write_text(pdf, width, 8, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(1)
                pdf.set_font(family, "B" if bold_ok else "", 11)
                write_text(pdf, width, 6, block[1], "L", cjk)
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font(family, "", 10)
                write_text(pdf, width, 5.2, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "small":
                pdf.set_font(family, "", 8)
                write_text(pdf, width, 4.2, block[1], "L", cjk)
                pdf.ln(2)
            elif kind == "right":
                pdf.set_font(family, "", 10)
                write_text(pdf, width, 5.2, block[1], "R", cjk)
            elif kind == "table":
                pdf.set_font(family, "", 9)
                headings = FontFace(emphasis="BOLD" if bold_ok else None, fill_color=(225, 225, 225))
                with pdf.table(
                    col_widths=block[1],
                    width=sum(block[1]),
                    text_align="LEFT",
                    line_height=5,
                    headings_style=headings,
                    align="LEFT",
                ) as table:
                    for row_cells in block[2]:
                        row = table.row()
                        for cell_text in row_cells:
                            row.cell(cell_text)
                pdf.ln(3)
            else:
                raise ValueError(kind)


def build_latin(name, pages, footer_text, title):
    pdf = Doc(footer_text, "Helvetica")
    pdf.set_title(title)
    render(pdf, pages, "Helvetica", True)
    pdf.output(str(HERE / name))
    return pdf.pages_count


def build_cjk(name, pages, face_index, footer_text, title):
    TMP_ROOT.mkdir(parents=True, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="font_", dir=TMP_ROOT)
    try:
        ttf = Path(tmpdir) / f"noto_cjk_{face_index}.ttf"
        make_cjk_ttf(doc_text(pages) + footer_text + " -0123456789", face_index, str(ttf))
        pdf = Doc(footer_text, "NotoCJK")
        pdf.add_font("NotoCJK", "", str(ttf))
        pdf.set_title(title)
        render(pdf, pages, "NotoCJK", False)
        pdf.output(str(HERE / name))
        return pdf.pages_count
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def main():
    plans = [
        (
            "01_Kleurhaven_interim_report.pdf",
            DOC01,
            None,
            "Kleurhaven N.V. - Half-Year Report 2025",
            "Kleurhaven N.V. - Half-Year Report 2025 (excerpt)",
        ),
        (
            "03_YungSheng_TWSE_announcement.pdf",
            DOC03,
            TC_INDEX,
            "永笙化學工業股份有限公司 重大訊息",
            "永笙化學工業股份有限公司 重大訊息公告",
        ),
        (
            "04_Ganti_A-share_announcement.pdf",
            DOC04,
            SC_INDEX,
            "江西赣钛新材料股份有限公司 公告",
            "江西赣钛新材料股份有限公司 公告 2025-058",
        ),
    ]
    for name, pages, face_index, footer_text, title in plans:
        if face_index is None:
            built = build_latin(name, pages, footer_text, title)
        else:
            built = build_cjk(name, pages, face_index, footer_text, title)
        status = "ok" if built == len(pages) else f"MISMATCH (planned {len(pages)})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
