"""Build the three PDF documents of the fresh165 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory under /tmp/fresh165_tmp that is deleted after the PDF is written.
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
TMP_ROOT = Path("/tmp/fresh165_tmp")
CJK_CANDIDATES = [
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    TMP_ROOT / "noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Falkenau Sport AG, Half-Year Financial Report 2025 (English, German issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Falkenau Sport AG - Half-Year Financial Report 2025 (1 January to 30 June 2025)", 9),
        ("title", "Interim Group Management Report"),
        ("h", "1. Business model and strategy"),
        (
            "p",
            "Falkenau Sport AG, Schorndorf (Frankfurt Stock Exchange, Prime Standard: FLKN), is the parent company of "
            "the Falkenau Group. The Group develops and markets running and football footwear, performance apparel and "
            "accessories under the Falkenau and Falkenau Elite brands. Products are sold through sporting-goods "
            "retailers in more than 50 countries, through 94 own retail stores and through the Group's e-commerce "
            "platform. Falkenau does not operate its own footwear factories; production is outsourced to partners in "
            "Vietnam, Indonesia and Bosnia and Herzegovina.",
        ),
        (
            "p",
            "The Group's 'Fast Fit 2027' strategy aims to shorten the development cycle for a new running shoe from 18 "
            "to nine months. The central tool is StrideNet, an AI model for gait analysis and midsole design developed "
            "by our subsidiary Falkenau Digital Labs. In the first half of 2025, StrideNet was used in the development "
            "of all new running models of the spring/summer 2026 collection, and the number of physical prototypes per "
            "model fell by 38% year on year.",
        ),
        ("h", "2. Sourcing"),
        (
            "p",
            "The Group sourced 9.6 million pairs of footwear in the first half of 2025 (H1 2024: 8.9 million pairs). "
            "Around 46% of footwear volume was produced by Fengyue Vietnam Co., Ltd., a subsidiary of Taiwan's Fengyue "
            "Industrial Co., Ltd., at its factories in Binh Duong province. The remaining volume was spread across "
            "seven partners, none of which accounted for more than 15%.",
        ),
        (
            "p",
            "Our patented SprungWerk supercritical foam process is licensed to Kunshan Fengyue New Materials Co., Ltd. "
            "in China, which paid Falkenau royalties of EUR 2.9 million in the first half of 2025 for midsoles "
            "produced with the process. Royalty income is reported in other operating income.",
        ),
        (
            "p",
            "Freight rates from Asia to Europe declined from the high level of the second half of 2024, while the "
            "average purchase price per pair rose by 2.3% owing to wage increases in Vietnam and a higher share of "
            "premium models.",
        ),
        ("h", "3. Market and competitive environment"),
        (
            "p",
            "The European running-shoe market grew by around 6% in value in the first half of 2025, while demand for "
            "football boots was flat. Competition in the performance-running segment remained intense, with Laufwerk "
            "Sport AG and Sprintfeld GmbH both launching carbon-plated models at lower price points than in the "
            "previous year. In the United States, the introduction of additional import tariffs on goods from Vietnam "
            "led retailers to bring forward orders into the second quarter.",
        ),
    ],
    [
        ("h", "4. Business performance"),
        (
            "p",
            "Group revenue increased by 8.1% to EUR 612.4 million in the first half of 2025 (H1 2024: EUR 566.5 "
            "million). Footwear revenue rose by 11.3% to EUR 428.7 million, while apparel revenue declined slightly. "
            "Wholesale accounted for 63% of revenue, own retail for 14% and e-commerce for 23%.",
        ),
        (
            "p",
            "In the United States, revenue grew by 19% to EUR 96.2 million. Fieldhouse Sports Outlet, which added "
            "Falkenau running shoes to all of its 312 US superstores in February 2025, became the Group's largest "
            "wholesale customer in the first half, accounting for 7.4% of Group revenue.",
        ),
        (
            "table",
            [62, 38, 38, 36],
            [
                ["Revenue by region", "H1 2025", "H1 2024", "Change"],
                ["Europe", "EUR 398.1 million", "EUR 381.0 million", "+4.5%"],
                ["North America", "EUR 96.2 million", "EUR 80.8 million", "+19.1%"],
                ["Asia-Pacific and other", "EUR 118.1 million", "EUR 104.7 million", "+12.8%"],
                ["Group", "EUR 612.4 million", "EUR 566.5 million", "+8.1%"],
            ],
        ),
        ("h", "5. Falkenau Digital Labs"),
        (
            "p",
            "Falkenau Digital Labs GmbH, Berlin, a wholly owned subsidiary of Falkenau Sport AG, develops the Group's "
            "AI models and licenses them to third parties. Since March 2025, PaceSense Technology Inc., Taiwan, has "
            "licensed the StrideNet gait model for the firmware of its insole sensor modules and pays Falkenau Digital "
            "Labs a royalty per module shipped.",
        ),
        (
            "p",
            "To improve StrideNet's coverage of indoor training, Falkenau Digital Labs signed an agreement in May 2025 "
            "to license anonymised and consented treadmill and strength-training data from Kraftquelle Fitness AG, "
            "which operates 212 fitness studios in Germany and Austria.",
        ),
        (
            "p",
            "External licence revenue of Falkenau Digital Labs amounted to EUR 3.4 million in the first half of 2025 "
            "(H1 2024: EUR 1.1 million). We continue to expect external licence revenue of EUR 7 to 8 million for the "
            "full year.",
        ),
        ("h", "6. Acquisition of Schrittmacher Analytics"),
        (
            "p",
            "On 2 April 2025 Falkenau Sport AG acquired all shares in Schrittmacher Analytics GmbH, Munich, a "
            "developer of sensor-based running-form analysis for specialist running retailers, for a purchase price "
            "of EUR 18.5 million paid in cash. Schrittmacher has been fully consolidated since the acquisition date; "
            "the purchase price allocation is provisional, and goodwill of EUR 11.2 million was recognised.",
        ),
        (
            "p",
            "Talks between Falkenau and Sprintfeld GmbH about a jointly operated distribution centre in Poznan were "
            "ended in May without agreement. The Group will instead expand its existing warehouse in Bremen.",
        ),
    ],
    [
        ("h", "7. Financial position"),
        (
            "p",
            "In January 2025 Rheintal Kreditbank AG granted Falkenau Sport AG a bilateral term loan of EUR 150.0 "
            "million with a term of five years, which was used in part to refinance a promissory note loan "
            "(Schuldschein) that matured in March.",
        ),
        (
            "p",
            "Net financial debt stood at EUR 84.6 million at 30 June 2025 (31 December 2024: EUR 41.9 million), "
            "reflecting the seasonal build-up of inventories and the acquisition of Schrittmacher Analytics. The "
            "equity ratio was 52.8% (31 December 2024: 55.1%).",
        ),
        ("h", "8. Shareholder structure"),
        (
            "p",
            "Based on the voting rights notifications received by the company, the shareholder structure at 30 June "
            "2025 was as follows:",
        ),
        (
            "table",
            [84, 34, 56],
            [
                ["Shareholder", "Voting rights", "Basis"],
                ["Falkenau Familien-Holding GmbH & Co. KG", "31.6%", "Notification of 12 March 2021"],
                ["Members of the Executive and Supervisory Boards", "2.4%", "Directors' dealings"],
                ["Free float", "66.0%", "-"],
            ],
        ),
        ("h", "9. Opportunities and risks"),
        (
            "p",
            "The opportunities and risks described in the 2024 Annual Report remain largely unchanged. The most "
            "significant new risk is the tariff policy of the United States on imports from Vietnam, where the "
            "majority of our footwear is produced. A further increase in tariffs could reduce margins in North "
            "America by up to 3 percentage points if it could not be passed on to customers.",
        ),
        ("h", "Selected explanatory notes"),
        (
            "p",
            "The condensed interim consolidated financial statements of Falkenau Sport AG, prepared in accordance "
            "with IAS 34, were reviewed by Brandt Hollmann GmbH Wirtschaftsprüfungsgesellschaft, Stuttgart, which "
            "issued an unqualified review report.",
        ),
        (
            "p",
            "Events after the reporting period: there were no events of particular significance after 30 June 2025.",
        ),
        ("h", "Responsibility statement"),
        (
            "p",
            "To the best of our knowledge, and in accordance with the applicable reporting principles for interim "
            "financial reporting, the interim consolidated financial statements give a true and fair view of the "
            "assets, liabilities, financial position and profit or loss of the Group.",
        ),
        ("p", "Schorndorf, 6 August 2025 - The Executive Board: Dr. Jonas Reinhardt, Miriam Akgül, Tobias Wendland"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Fengyue Industrial Co., Ltd., TWSE material information (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        ("small", "公開資訊觀測站　重大訊息公告　本資料由（上市公司）豐岳工業股份有限公司提供"),
        ("center", "豐岳工業股份有限公司", 16),
        ("center", "Fengyue Industrial Co., Ltd.", 12),
        ("center", "（股票代號：9968）", 9),
        ("center", "重大訊息公告", 13),
        ("h", "公告一：本公司董事會決議參與沛研科技股份有限公司私募普通股"),
        ("p", "序號：1　發言日期：114/10/28　發言時間：17:42:15　符合條款：第二條第11款"),
        ("p", "1.標的物之名稱及性質：沛研科技股份有限公司（以下簡稱「沛研科技」，證券代號：6875）私募普通股。"),
        ("p", "2.事實發生之日期：114/10/28"),
        (
            "p",
            "3.交易數量、每單位價格及交易總金額：本公司擬認購沛研科技私募普通股8,000,000股，每股認購價格新臺幣60元，"
            "交易總金額新臺幣480,000,000元。",
        ),
        ("p", "4.交易相對人及其與公司之關係：沛研科技股份有限公司；非本公司之關係人。"),
        (
            "p",
            "5.迄目前為止，累積持有本交易證券之數量、金額、持股比例及權利受限情形：本次交易完成後，本公司累積持有"
            "沛研科技普通股8,000,000股，持股比例約12.5%；私募普通股自交付日起三年內不得自由轉讓。",
        ),
        (
            "p",
            "6.迄目前為止，依「公開發行公司取得或處分資產處理準則」第三條所列之有價證券投資占公司最近期財務報表中"
            "總資產及歸屬於母公司業主之權益之比例暨最近期財務報表中營運資金數額：占總資產1.92%，占歸屬於母公司"
            "業主之權益3.41%，營運資金新臺幣11,286,540千元。",
        ),
        ("p", "7.經紀人及經紀費用：不適用。"),
        (
            "p",
            "8.取得或處分之具體目的或用途：沛研科技為國內慣性感測及飛時測距（ToF）感測模組之專業廠商，本公司將與"
            "沛研科技合作開發搭載人工智慧步態分析之智慧鞋墊，並整合至本公司越南廠區之運動鞋生產流程，以提升對國際"
            "品牌客戶之附加價值。",
        ),
        ("p", "9.本次交易表示異議之董事之意見：無。"),
        (
            "p",
            "10.本次交易之價格參考依據及獨立專家意見：認購價格係參考沛研科技定價日前一、三或五個營業日普通股收盤價"
            "簡單算術平均數扣除無償配股除權及除息後之股價，並由勤永聯合會計師事務所出具價格合理性意見書。",
        ),
        (
            "p",
            "11.其他敘明事項：本公司並於同日與沛研科技簽訂策略合作協議，雙方將共同開發智慧感測鞋墊及相關演算法，合作期間為三年。",
        ),
    ],
    [
        ("h", "公告二：本公司董事會決議透過子公司對豐岳越南有限公司增資"),
        ("p", "序號：2　發言日期：114/10/28　發言時間：17:45:02　符合條款：第二條第20款"),
        ("p", "1.事實發生日：114/10/28"),
        ("p", "2.增資標的：豐岳越南有限公司（Fengyue Vietnam Co., Ltd.，以下簡稱「豐岳越南」）。"),
        (
            "p",
            "3.增資金額及方式：本公司擬透過100%持股之子公司Fengyue International (Samoa) Limited，以自有資金對"
            "豐岳越南增資美金25,000,000元，增資後本公司間接持股比例維持100%。",
        ),
        ("p", "4.增資目的：豐岳越南將於平陽省新設兩條人工智慧視覺檢測之自動化針車產線，預計年產能增加600萬雙。"),
        ("p", "5.本次增資尚須經經濟部投資審議司核准後始得匯出。"),
        ("h", "公告三：代子公司豐岳越南有限公司公告取得機器設備"),
        ("p", "序號：3　發言日期：114/10/28　發言時間：17:47:36　符合條款：第二條第20款"),
        ("p", "1.標的物之名稱及性質：人工智慧視覺導引自動針車工作站，共120台。"),
        ("p", "2.事實發生之日期：114/10/28"),
        ("p", "3.交易單位數量、每單位價格及交易總金額：120台，交易總金額歐元11,800,000元。"),
        (
            "p",
            "4.交易相對人及其與公司之關係：豐岳越南向德商Steinhart Nähsysteme GmbH購置上述設備，交易相對人非本公司之關係人。",
        ),
        ("p", "5.付款條件：簽約時支付30%，設備到廠支付50%，驗收完成後支付20%。"),
        ("p", "6.取得之具體目的：用於豐岳越南平陽省新建之自動化針車產線。"),
        ("h", "公告四：本公司為子公司豐岳越南有限公司背書保證"),
        ("p", "序號：4　發言日期：114/10/28　發言時間：17:50:11　符合條款：第二條第23款"),
        ("p", "1.接受背書保證之公司名稱：豐岳越南有限公司；與本公司之關係：本公司間接持股100%之子公司。"),
        ("p", "2.背書保證之限額：新臺幣21,000,000千元。"),
        ("p", "3.本次新增背書保證之金額：美金40,000,000元。"),
        (
            "p",
            "4.背書保證原因：豐岳越南向華岡商業銀行胡志明市分行申請中長期擔保放款美金40,000,000元，用於購置自動化"
            "設備及營運週轉，由本公司提供背書保證。",
        ),
        ("p", "5.迄事實發生日止背書保證餘額占本公司最近期財務報表淨值之比率：18.62%。"),
    ],
    [
        ("h", "公告五：澄清媒體報導"),
        ("p", "序號：5　發言日期：114/10/28　發言時間：18:02:44　符合條款：第二條第51款"),
        ("p", "1.傳播媒體名稱：越南及國內財經媒體。"),
        ("p", "2.報導日期：114/10/27"),
        ("p", "3.報導內容：報載本公司擬與越南製鞋廠合併或取得其股權。"),
        ("p", "4.投資人提供訊息概要：無。"),
        (
            "p",
            "5.公司對該等報導或提供訊息之說明：豐岳工業目前並未與Minh Tri Footwear Joint Stock Company進行任何合併、"
            "股權收購或策略投資之洽商，報載內容係媒體臆測，請投資人注意。",
        ),
        ("p", "6.因應措施：無。"),
        (
            "p",
            "7.其他應敘明事項：本公司越南平陽省及西寧省廠區目前營運正常，本公司將依相關法令規定即時辦理資訊揭露。",
        ),
        ("small", "註：上述公告內容如有涉及財務數字者，均依本公司最近期經會計師核閱之合併財務報告計算。"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Kunshan Fengyue New Materials Co., Ltd., ChiNext announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：301587        证券简称：丰岳新材        公告编号：2025-062"),
        ("center", "昆山丰岳新材料股份有限公司", 15),
        ("center", "关于签订日常经营重大合同、预计2026年度日常关联交易", 13),
        ("center", "及对外投资设立越南全资子公司的公告", 13),
        ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "特别提示："),
        (
            "p",
            "1、合同类型及金额：日常经营性销售合同，合同总金额约为人民币3.65亿元（含税），约占公司2024年度经审计营业"
            "收入的21.7%。",
        ),
        (
            "p",
            "2、公司预计2026年度与关联方丰岳越南有限公司发生日常关联交易总金额不超过人民币5.2亿元，本事项尚需提交"
            "公司股东大会审议。",
        ),
        (
            "p",
            "3、对外投资：公司拟以自有资金不超过3,800万美元在越南同奈省设立全资子公司，本次对外投资尚需取得境内外"
            "有关主管部门的备案或批准。",
        ),
        ("h", "一、日常经营重大合同情况"),
        ("h", "（一）合同签署情况"),
        (
            "p",
            "2025年11月3日，昆山丰岳新材料股份有限公司（以下简称“公司”或“丰岳新材”）与Minh Tri Footwear Joint "
            "Stock Company（以下简称“Minh Tri”）签订《中底材料采购框架协议》，约定2026年1月至2027年12月期间，由公司"
            "向Minh Tri供应超临界发泡中底及橡胶大底材料，合同总金额约为人民币3.65亿元（含税）。",
        ),
        ("p", "本次采购系Minh Tri通过邀标方式确定供应商，福建鑫步新材料股份有限公司等多家中底材料厂商参与了报价。"),
        ("h", "（二）合同对方基本情况"),
        (
            "p",
            "Minh Tri成立于2003年，其股份于胡志明市证券交易所上市（股票代码：MTF），主要为国际运动品牌提供运动鞋"
            "代工服务，在越南同奈省及隆安省拥有四个生产基地。Minh Tri与公司、公司控股股东及间接控股股东均不存在"
            "关联关系。",
        ),
        ("h", "（三）合同的审议程序"),
        (
            "p",
            "本合同为公司日常经营性合同，根据《深圳证券交易所创业板股票上市规则》及《公司章程》的规定，无需提交董事会审议。",
        ),
    ],
    [
        ("h", "二、预计2026年度日常关联交易情况"),
        ("h", "（一）关联方介绍及关联关系"),
        (
            "p",
            "截至本公告披露日，Fengyue International (Samoa) Limited持有公司58.62%的股份，为公司控股股东；丰岳工业"
            "股份有限公司持有Fengyue International (Samoa) Limited 100%的股权，为公司间接控股股东。",
        ),
        (
            "p",
            "丰岳越南有限公司（以下简称“丰岳越南”）系丰岳工业股份有限公司的全资子公司，注册地址为越南平阳省，主要从事"
            "运动鞋的生产制造。根据《深圳证券交易所创业板股票上市规则》的相关规定，丰岳越南为公司的关联法人。",
        ),
        ("h", "（二）预计日常关联交易类别和金额"),
        (
            "p",
            "公司预计2026年度向丰岳越南销售超临界发泡中底、橡胶大底等产品的金额不超过人民币5.2亿元，交易价格参照市场价格确定。",
        ),
        (
            "table",
            [36, 44, 28, 33, 33],
            [
                ["关联交易类别", "关联人", "关联交易内容", "2026年预计金额（万元）", "2025年1-9月实际发生金额（万元）"],
                ["向关联人销售产品", "丰岳越南有限公司", "中底、大底", "52,000.00", "31,486.27"],
                ["合计", "-", "-", "52,000.00", "31,486.27"],
            ],
        ),
        ("h", "（三）审议程序"),
        (
            "p",
            "公司于2025年11月3日召开第三届董事会第十四次会议，审议通过了《关于预计2026年度日常关联交易的议案》，"
            "关联董事林振岳先生、黄淑惠女士回避表决。该议案已经公司独立董事专门会议审议通过，尚需提交公司2025年第"
            "三次临时股东大会审议，关联股东将回避表决。",
        ),
        ("h", "（四）关联交易的定价政策及对公司的影响"),
        (
            "p",
            "公司与关联方之间的交易遵循公平、公正、公允的原则，交易价格参照同类产品向非关联方的销售价格确定，不存在"
            "损害公司及中小股东利益的情形，公司主营业务不会因此类交易而对关联方形成依赖。",
        ),
    ],
    [
        ("h", "三、专利许可情况"),
        (
            "p",
            "本合同项下部分中底产品采用超临界氮气发泡工艺。公司于2023年6月与Falkenau Sport AG签订《专利许可协议》，"
            "获授权在中国及越南使用其SprungWerk超临界发泡工艺专利，并按相关产品销售额的4%向Falkenau Sport AG支付"
            "许可费，2025年1-9月累计计提许可费人民币2,134.56万元。",
        ),
        ("h", "四、对外投资设立越南全资子公司"),
        (
            "p",
            "为贴近越南运动鞋产业集群、缩短交货周期，公司拟以自有资金不超过3,800万美元在越南同奈省投资设立全资子公司"
            "丰岳新材料（越南）有限公司（暂定名，最终以当地主管部门核准登记为准，以下简称“越南丰岳新材”），建设年产"
            "2,400万双超临界发泡中底的生产基地。",
        ),
        (
            "p",
            "越南丰岳新材将引入公司自主研发的人工智能配方优化系统及在线视觉检测系统，预计建设期为18个月，达产后可"
            "满足越南客户约60%的中底需求。",
        ),
        ("h", "五、中介机构意见"),
        ("p", "保荐机构中衡证券股份有限公司对丰岳新材2026年度日常关联交易预计事项出具了无异议的核查意见。"),
        ("h", "六、风险提示"),
        (
            "p",
            "1、合同履行风险：合同履行过程中可能受到不可抗力、下游品牌订单变化及付款能力等因素影响，存在不能按期足额履行的风险。",
        ),
        (
            "p",
            "2、市场竞争风险：国内超临界发泡中底领域的主要竞争对手包括福建鑫步新材料股份有限公司及东莞弘跃高分子材料"
            "有限公司，若竞争对手加大产能投放，公司产品价格可能承压。",
        ),
        (
            "p",
            "3、境外投资风险：本次对外投资尚需取得商务主管部门、发展改革部门及外汇管理部门的备案，以及越南相关政府"
            "部门的批准，能否取得及取得时间存在不确定性。",
        ),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "昆山丰岳新材料股份有限公司董事会"),
        ("right", "2025年11月4日"),
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


def cjk_font_path():
    for candidate in CJK_CANDIDATES:
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError("NotoSansCJK-Regular.ttc not found; install fonts-noto-cjk")


def make_cjk_ttf(text, face_index, out_path):
    """Subset one face of the CJK collection and convert its CFF outlines to TrueType glyf outlines."""
    font = TTFont(cjk_font_path(), fontNumber=face_index)
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
    zero_fields = (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
    )
    maxp.maxZones = 1
    for attr in zero_fields:
        setattr(maxp, attr, 0)
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


def cjk_lines(pdf, text, width):
    """Break mixed Chinese/Latin text into lines: anywhere between Chinese characters, but never inside a Latin word
    or a number, and never with closing punctuation at the start of a line."""
    tokens = re.findall(r"[\x21-\x7e\u00c0-\u00ff]+| +|.", text)
    lines, current = [], ""
    for token in tokens:
        if token.isspace() and not current:
            continue
        candidate = current + token
        if pdf.get_string_width(candidate) <= width or not current or token in NO_LINE_START:
            current = candidate
        else:
            lines.append(current.rstrip())
            current = "" if token.isspace() else token
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
            "02_Falkenau_interim_report.pdf",
            build_latin(
                "02_Falkenau_interim_report.pdf",
                DOC02,
                "Falkenau Sport AG - Half-Year Financial Report 2025",
                "Falkenau Sport AG - Half-Year Financial Report 2025 (excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Fengyue_TWSE_announcement.pdf",
            build_cjk(
                "03_Fengyue_TWSE_announcement.pdf",
                DOC03,
                TC_INDEX,
                "豐岳工業股份有限公司 重大訊息",
                "豐岳工業股份有限公司 重大訊息公告",
            ),
            len(DOC03),
        ),
        (
            "04_KunshanFengyue_A-share_announcement.pdf",
            build_cjk(
                "04_KunshanFengyue_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "昆山丰岳新材料股份有限公司 公告",
                "昆山丰岳新材料股份有限公司 公告 2025-062",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
