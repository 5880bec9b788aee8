"""Build the three PDF documents of the fresh164 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory that is deleted after the PDF is written.

The collection is looked for at the path in the environment variable FRESH164_CJK_TTC, then at the usual Debian path,
then at /tmp/fresh164_tmp/noto/... (where `dpkg-deb -x fonts-noto-cjk_*.deb /tmp/fresh164_tmp/noto` puts it).
"""

import os
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
CJK_CANDIDATES = [
    os.environ.get("FRESH164_CJK_TTC", ""),
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/tmp/fresh164_tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


def cjk_ttc():
    for candidate in CJK_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return candidate
    raise SystemExit("NotoSansCJK-Regular.ttc not found; set FRESH164_CJK_TTC to its path")


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Aarvia Schienenfahrzeuge AG, Half-Year Report 2025 (English, Swiss issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Aarvia Schienenfahrzeuge AG - Half-Year Report 2025", 9),
        ("title", "Interim Management Report (excerpt)"),
        ("h", "Key figures"),
        (
            "table",
            [62, 36, 36, 40],
            [
                ["CHF million", "H1 2025", "H1 2024", "Change"],
                ["Order intake", "1,184.6", "742.3", "+59.6%"],
                ["Net sales", "688.2", "641.9", "+7.2%"],
                ["EBIT", "41.3", "35.0", "+18.0%"],
                ["EBIT margin", "6.0%", "5.5%", "+0.5 pp"],
                ["Net profit", "27.9", "22.4", "+24.6%"],
                ["Order backlog at 30 June", "4,912", "4,376", "+12.2%"],
            ],
        ),
        ("h", "1. Business performance"),
        (
            "p",
            "Aarvia Schienenfahrzeuge AG, Lenzburg (SIX Swiss Exchange: AARV), is the parent company of the Aarvia "
            "Group. The Group develops and builds regional and suburban multiple units, light rail vehicles and "
            "bogies, and provides maintenance and digital services to rail operators in Switzerland, Austria, "
            "Germany and, increasingly, Asia. Production takes place in Lenzburg and Olten; bogies are assembled in "
            "Olten for the Group's own trains and for third-party vehicle builders.",
        ),
        (
            "p",
            "Order intake reached a record CHF 1,184.6 million in the first half of 2025, driven by three large "
            "regional train contracts. In April 2025 Alpnach Regiobahn AG ordered 14 four-car ALVEO regional trains "
            "for CHF 312.0 million, with deliveries from the end of 2027. The contract includes options for a "
            "further eight trains and a 16-year full-service maintenance agreement that will be priced separately "
            "once the options are exercised.",
        ),
        (
            "p",
            "Net sales rose by 7.2% to CHF 688.2 million. Deliveries of the second batch of ALVEO trains for "
            "Austrian regional operators were completed on schedule, while the start of series production for the "
            "new metre-gauge platform slipped by one quarter because of late type approval of the brake control "
            "unit. The EBIT margin improved to 6.0% as the share of service revenue increased.",
        ),
        ("h", "2. Procurement and supply chain"),
        (
            "p",
            "Traction and auxiliary converters for the ALVEO platform are sourced from Gyeongwon Traction Co., Ltd., "
            "Changwon, Korea, under a framework agreement that was extended in March 2025 until 2029. Supply of "
            "wheel sets and aluminium extrusions remained tight in the first half; the Group increased safety stocks "
            "of both by around CHF 22 million, which is reflected in net working capital.",
        ),
        ("h", "3. Competitive environment"),
        (
            "p",
            "Competition for regional train contracts in the DACH region remained intense. Emmentaler Bahntechnik "
            "AG and Ostbahn Fahrzeugbau GmbH both bid aggressively in the first half, and price levels in tenders "
            "without a significant lifecycle-cost component fell by an estimated 5% to 8%. Aarvia continues to "
            "favour tenders that are awarded on total cost of ownership, where energy consumption, availability and "
            "maintenance costs carry a weight of at least 40%.",
        ),
    ],
    [
        ("h", "4. Digital services"),
        (
            "p",
            "Aarvia Digital AG, the Group's wholly owned digital services subsidiary in Winterthur, develops "
            "BogieWatch, a condition-monitoring system that uses machine-learning models to detect wheel flats, "
            "bearing damage and suspension faults from axle-box vibration data. BogieWatch is now installed on 1,140 "
            "vehicles, of which 310 were built by other manufacturers.",
        ),
        (
            "p",
            "Alpnach Regiobahn AG also signed a ten-year BogieWatch service contract with Aarvia Digital AG covering "
            "both the new ALVEO trains and its existing fleet of 22 trains.",
        ),
        (
            "p",
            "In May 2025 Aarvia Digital AG acquired Ticino Sensorik SA, Mendrisio, a developer of fibre-optic "
            "axle-box sensors, for a purchase price of CHF 14.5 million, of which CHF 2.0 million is contingent on "
            "the achievement of development milestones in 2026.",
        ),
        (
            "p",
            "Aarvia Digital AG buys the edge processors for the BogieWatch sensor gateways from Nuribit Inc., Seoul, "
            "whose low-power AI chips allow the models to run on board the vehicle without a permanent data "
            "connection.",
        ),
        (
            "p",
            "In June 2025 Aarvia and Vallora Gleistechnik AG signed a cooperation agreement under which wheel-wear "
            "data from BogieWatch will be matched with Vallora's rail-profile measurements, so that operators can "
            "plan wheel reprofiling and rail grinding together.",
        ),
        (
            "p",
            "Revenue from digital services rose to CHF 18.7 million (H1 2024: CHF 11.2 million). We expect digital "
            "services to exceed CHF 40 million in the full year 2025, including the contribution of Ticino Sensorik "
            "from May.",
        ),
        ("h", "5. Financial position"),
        (
            "p",
            "On 30 June 2025 Aarvia signed a sustainability-linked revolving credit facility of CHF 180 million with "
            "Bank Limmatquai AG, Zurich, with a term of five years. The margin is linked to the Group's Scope 1 and 2 "
            "emissions and to the share of rail vehicles in order intake. The facility was undrawn at the reporting "
            "date and replaces the bilateral facilities that expired in May 2025.",
        ),
        (
            "p",
            "Net debt amounted to CHF 96.4 million at 30 June 2025 (31 December 2024: CHF 51.8 million), mainly "
            "because of higher inventories and the seasonal build-up of contract assets. The equity ratio was 38.9%. "
            "Capital expenditure of CHF 27.3 million related mainly to the new bogie test rig in Olten.",
        ),
        ("h", "6. Outlook"),
        (
            "p",
            "For the full year 2025 the Executive Board continues to expect net sales of CHF 1.40 billion to "
            "CHF 1.45 billion and an EBIT margin of 6.0% to 6.5%. Order intake is expected to exceed CHF 2.0 billion.",
        ),
    ],
    [
        ("title", "Condensed notes (excerpt)"),
        ("h", "Significant shareholders"),
        (
            "p",
            "According to the disclosure notifications received under the Financial Market Infrastructure Act, the "
            "following shareholders held 3% or more of the voting rights of Aarvia Schienenfahrzeuge AG on "
            "30 June 2025:",
        ),
        (
            "table",
            [70, 50, 54],
            [
                ["Shareholder", "Registered office", "Share of voting rights"],
                ["Brunner Familienholding AG", "Lenzburg", "27.6%"],
                ["Shareholders below 3%", "-", "72.4%"],
            ],
        ),
        ("h", "Changes in the scope of consolidation"),
        (
            "p",
            "Ticino Sensorik SA has been fully consolidated since 2 May 2025. The provisional goodwill of "
            "CHF 9.8 million is allocated to the Digital Services segment. The scope of consolidation otherwise "
            "remained unchanged. The principal subsidiaries are:",
        ),
        (
            "table",
            [54, 36, 28, 56],
            [
                ["Company", "Registered office", "Share of capital", "Held by"],
                ["Aarvia Digital AG", "Winterthur", "100%", "Aarvia Schienenfahrzeuge AG"],
                ["Ticino Sensorik SA", "Mendrisio", "100%", "Aarvia Digital AG"],
            ],
        ),
        ("h", "Contingent liabilities and legal proceedings"),
        (
            "p",
            "Emmentaler Bahntechnik AG has lodged an appeal with the Federal Administrative Court against the award "
            "of the Jura regional train contract to Aarvia. The Executive Board considers the appeal to be without "
            "merit, and no provision has been recognised.",
        ),
        ("h", "Review by the auditor"),
        (
            "p",
            "Rütli Revision AG, Zurich, has reviewed the condensed consolidated interim financial statements of "
            "Aarvia Schienenfahrzeuge AG for the six months ended 30 June 2025. The review did not reveal any matters "
            "indicating that the interim financial statements were not prepared in accordance with Swiss GAAP FER.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Huagui Intelligent Inspection Technology Co., Ltd., HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "華軌智檢科技股份有限公司", 16),
        ("center", "Huagui Intelligent Inspection Technology Co., Ltd.", 11),
        ("center", "（於中華人民共和國註冊成立的股份有限公司）", 9),
        ("center", "（股份代號：2571）", 9),
        ("center", "須予披露交易", 13),
        ("center", "收購杭州聆軌傳感技術有限公司60%股權", 13),
        ("h", "收購事項"),
        (
            "p",
            "董事會欣然宣佈，於二零二五年十月二十八日（交易時段後），華軌智檢科技股份有限公司（「本公司」或「華軌智檢」，"
            "連同其附屬公司統稱「本集團」）與徐文博先生及葉靜女士（統稱「賣方」）訂立股權轉讓協議，內容有關收購杭州聆軌"
            "傳感技術有限公司（「目標公司」或「聆軌傳感」）之股權。",
        ),
        (
            "p",
            "根據股權轉讓協議，華軌智檢有條件同意以總代價人民幣234,000,000元向賣方收購聆軌傳感合共60%股權。代價乃經"
            "訂約方參考獨立估值師對聆軌傳感全部股權於二零二五年六月三十日之估值約人民幣402,000,000元，並考慮其技術"
            "優勢及業務前景後，按公平原則磋商釐定。",
        ),
        (
            "p",
            "完成後，華軌智檢將持有聆軌傳感60%股權，聆軌傳感將成為本公司之非全資附屬公司，其財務業績將併入本集團之"
            "綜合財務報表。賣方將繼續合共持有聆軌傳感餘下40%股權。",
        ),
        (
            "p",
            "代價將分三期以現金支付：（i）人民幣70,200,000元於完成時支付；（ii）人民幣93,600,000元於目標公司二零二六年度"
            "業績承諾達成後支付；及（iii）餘額人民幣70,200,000元於目標公司二零二七年度業績承諾達成後支付。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故收購事項構成"
            "本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關訂約方之資料"),
        ("h", "本集團"),
        (
            "p",
            "本集團主要從事軌道交通基礎設施智能檢測設備之研發、生產及銷售，產品包括基於人工智能之超聲波鋼軌探傷系統、"
            "軌道幾何檢測系統及接觸網巡檢系統。華軌智檢（武漢）數據服務有限公司（「華軌數據」）為本公司之全資附屬公司，"
            "負責本集團檢測數據之存儲、標註及模型訓練。",
        ),
        ("h", "目標公司"),
        (
            "p",
            "聆軌傳感於二零一九年在中國浙江省杭州市成立，主要從事分佈式光纖聲學傳感器及相關人工智能分析軟件之研發及"
            "銷售，可沿鋼軌連續監測斷軌、道岔異常及異物侵限。聆軌傳感自二零二三年起向華軌智檢供應分佈式光纖聲學傳感器，"
            "用於本集團之鋼軌斷裂監測系統。",
        ),
        ("p", "聆軌傳感之主要競爭對手包括北辰軌道裝備有限公司及若干外資企業。"),
        ("p", "下表載列目標公司根據中國企業會計準則編製之經審核財務資料："),
        (
            "table",
            [70, 52, 52],
            [
                ["截至十二月三十一日止年度", "二零二三年", "二零二四年"],
                ["收入（人民幣千元）", "61,420", "98,760"],
                ["除稅前淨利潤（人民幣千元）", "8,930", "17,240"],
                ["除稅後淨利潤（人民幣千元）", "7,610", "14,880"],
            ],
        ),
        ("p", "於二零二五年六月三十日，目標公司之未經審核資產淨值約為人民幣126,500,000元。"),
        ("h", "賣方"),
        (
            "p",
            "徐文博先生為目標公司之創辦人兼總經理，葉靜女士為目標公司之創辦人兼技術總監。據董事作出一切合理查詢後所深知、"
            "盡悉及確信，賣方均為獨立第三方。",
        ),
    ],
    [
        ("h", "進行收購事項之理由及裨益"),
        (
            "p",
            "本集團近年積極拓展海外市場。華軌智檢自二零二四年起向瑞士軌道養護企業Vallora Gleistechnik AG（「Vallora」）"
            "供應基於人工智能之超聲波鋼軌探傷系統，截至二零二四年十二月三十一日止年度之相關銷售額約為人民幣58,600,000元。",
        ),
        ("p", "華軌智檢之探傷系統所用之邊緣人工智能晶片主要向韓國Nuribit Inc.採購。"),
        (
            "p",
            "華軌智檢亦已與Hwaseon Railtech Co., Ltd.（「Hwaseon」）訂立合作備忘錄，雙方將共同開發基於人工智能之軌道電路"
            "及轉轍機狀態監測方案，並於韓國市場聯合推廣。",
        ),
        (
            "p",
            "董事認為，收購事項將使本集團獲得分佈式光纖聲學傳感之核心技術，與本集團現有之超聲波探傷及軌道幾何檢測產品形成"
            "互補。董事（包括獨立非執行董事）認為股權轉讓協議之條款屬公平合理，且符合本公司及股東之整體利益。",
        ),
        ("h", "收購事項之資金來源"),
        (
            "p",
            "代價將以本集團內部資源及雲夢銀行股份有限公司（「雲夢銀行」）向華軌智檢提供之人民幣150,000,000元併購貸款撥付。"
            "該貸款為期五年，以聆軌傳感之股權作質押。",
        ),
        (
            "p",
            "本公司注意到近期有市場傳聞指本集團正洽購北辰軌道裝備有限公司之股權。董事會謹此澄清，華軌智檢並無與北辰軌道"
            "裝備有限公司進行任何收購磋商。",
        ),
        ("h", "財務顧問及估值師"),
        ("p", "恒峰企業融資有限公司擔任華軌智檢就收購事項之財務顧問。"),
        ("p", "卓信評估有限公司已獲委聘對聆軌傳感全部股權於二零二五年六月三十日之市場價值進行估值。"),
        (
            "p",
            "由於收購事項須待多項先決條件獲達成後方告完成，故收購事項未必會進行。股東及潛在投資者於買賣本公司證券時，"
            "務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "華軌智檢科技股份有限公司"),
        ("right", "董事長"),
        ("right", "周明遠"),
        ("p", "中國武漢，二零二五年十月二十八日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事周明遠先生及鄭嘉禾女士；非執行董事羅志剛先生及馮曉晴女士；以及獨立"
            "非執行董事陳國樑先生、何婉儀女士及梁振邦先生。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Chengdu Shugui Intelligent Equipment Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：301628        证券简称：蜀轨智能        公告编号：2025-061"),
        ("center", "成都蜀轨智能装备股份有限公司", 15),
        ("center", "关于签订日常经营重大合同及向全资子公司增资的公告", 13),
        (
            "small",
            "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。",
        ),
        ("h", "重要内容提示："),
        ("p", "● 合同类型及金额：日常经营性销售合同，合同金额为人民币3.12亿元（含税）。"),
        ("p", "● 合同生效条件：经双方法定代表人或授权代表签字并加盖公章后生效。"),
        ("p", "● 增资标的名称：成都蜀轨数字科技有限公司；增资金额：人民币8,000万元。"),
        ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("h", "一、日常经营重大合同概况"),
        ("h", "（一）合同签订情况"),
        (
            "p",
            "2025年11月3日，成都蜀轨智能装备股份有限公司（以下简称“公司”或“蜀轨智能”）与华轨智检科技股份有限公司"
            "（以下简称“华轨智检”）签订《智能钢轨探伤车及轨道巡检车采购合同》，约定蜀轨智能于2026年1月至2027年6月"
            "期间向华轨智检交付智能钢轨探伤车12台及轨道巡检车20台，合同总金额为人民币3.12亿元（含税）。",
        ),
        (
            "p",
            "在本次采购中，华轨智检同时邀请了北辰轨道装备有限公司等多家厂商参与比选。公司凭借车辆轻量化设计及车载人工"
            "智能检测系统的整体性能中选。",
        ),
        ("h", "（二）审议程序"),
        (
            "p",
            "本合同为公司日常经营性合同，根据《深圳证券交易所创业板股票上市规则》及《公司章程》的相关规定，无需提交"
            "董事会及股东大会审议。",
        ),
    ],
    [
        ("h", "（三）合同对方基本情况"),
        (
            "p",
            "华轨智检成立于2009年，注册地址为湖北省武汉市，其H股于香港联合交易所有限公司主板上市（股份代号：2571），"
            "主要从事轨道交通基础设施智能检测设备的研发、生产及销售。华轨智检的控股股东为荆楚轨道交通投资集团有限公司。",
        ),
        (
            "p",
            "公司与华轨智检不存在关联关系。最近三个会计年度，公司与华轨智检发生的同类交易金额分别为人民币0.21亿元、"
            "0.48亿元及0.63亿元。",
        ),
        ("h", "（四）合同主要条款"),
        (
            "p",
            "1、付款方式：合同生效后支付合同总价的20%作为预付款，车辆交付并验收合格后支付60%，剩余20%作为质保金于"
            "质保期满后支付。",
        ),
        (
            "p",
            "2、本合同项下车辆搭载的轨道几何自动检测与作业导向软件，系公司经瑞士Vallora Gleistechnik AG（以下简称"
            "“Vallora”）许可使用的技术，公司按车辆销售额的一定比例向Vallora支付许可使用费。",
        ),
        ("p", "3、蜀轨智能车载视觉检测模块的核心部件由深圳灵瞳视觉科技有限公司（以下简称“灵瞳视觉”）供应。"),
        ("p", "4、质保期：自车辆验收合格之日起36个月。"),
        ("h", "二、向全资子公司增资"),
        ("h", "（一）增资概述"),
        (
            "p",
            "为满足智能检测软件研发及数据服务业务发展需要，蜀轨智能拟以自有资金人民币8,000万元向全资子公司成都蜀轨"
            "数字科技有限公司（以下简称“蜀轨数字”）增资，增资完成后公司仍持有其100%股权。",
        ),
        ("h", "（二）增资标的基本情况"),
        (
            "table",
            [60, 57, 57],
            [
                ["项目", "增资前", "增资后"],
                ["注册资本（万元）", "2,000", "10,000"],
                ["股东及持股比例", "蜀轨智能100%", "蜀轨智能100%"],
            ],
        ),
        ("h", "三、银行授信"),
        (
            "p",
            "为保障上述合同履约及日常经营资金需求，蜀轨智能已于2025年10月取得西岭银行股份有限公司人民币6亿元综合授信"
            "额度，授信期限三年，由公司以自有厂房及土地使用权提供抵押担保。",
        ),
    ],
    [
        ("h", "四、对上市公司的影响"),
        (
            "p",
            "本合同的履行预计将对公司2026年度及2027年度经营业绩产生积极影响。本次增资有利于提升公司在轨道交通智能检测"
            "软件领域的研发能力。",
        ),
        (
            "p",
            "截至本公告披露日，公司控股股东成都锦官投资控股有限公司持有公司34.52%股份，本次交易不会导致公司控股股东及"
            "实际控制人发生变化。",
        ),
        ("h", "五、中介机构意见"),
        ("p", "中睿证券股份有限公司作为蜀轨智能的持续督导保荐机构，对本次增资事项出具了无异议的核查意见。"),
        ("h", "六、风险提示"),
        (
            "p",
            "1、合同履行风险：合同履行过程中可能受到不可抗力、客户需求变化及付款能力等因素影响，存在不能按期足额履行的风险。",
        ),
        (
            "p",
            "2、市场竞争风险：国内外同类产品的主要供应商包括北辰轨道装备有限公司及瑞士Emmentaler Bahntechnik AG等，"
            "市场竞争可能导致产品价格下降。",
        ),
        ("p", "3、技术许可风险：如相关技术许可协议到期后未能续签，可能对公司产品交付产生不利影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "成都蜀轨智能装备股份有限公司董事会"),
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


def make_cjk_ttf(text, face_index, out_path):
    """Subset one face of the CJK collection and convert its CFF outlines to TrueType glyf outlines."""
    font = TTFont(cjk_ttc(), fontNumber=face_index)
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
    for attr in (
        "maxZones",
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
    ):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
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
    tokens = re.findall(r"[\x21-\x7e]+| +|.", text)
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
    tmpdir = tempfile.mkdtemp(prefix="fresh164_font_", dir=tmp_root())
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


def tmp_root():
    root = Path("/tmp/fresh164_tmp")
    root.mkdir(parents=True, exist_ok=True)
    return str(root)


def main():
    plans = [
        (
            "02_Aarvia_half-year_report.pdf",
            build_latin(
                "02_Aarvia_half-year_report.pdf",
                DOC02,
                "Aarvia Schienenfahrzeuge AG - Half-Year Report 2025",
                "Aarvia Schienenfahrzeuge AG - Half-Year Report 2025 (excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Huagui_HKEX_announcement.pdf",
            build_cjk(
                "03_Huagui_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "華軌智檢科技股份有限公司 公告",
                "華軌智檢科技股份有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Shugui_A-share_announcement.pdf",
            build_cjk(
                "04_Shugui_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "成都蜀轨智能装备股份有限公司 公告",
                "成都蜀轨智能装备股份有限公司 公告 2025-061",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
