"""Build the PDF documents of the fresh148 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""

import shutil
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SIMPLIFIED = 2
TRADITIONAL = 3

# ---------------------------------------------------------------------------
# Document 02: Karoo Fuel Holdings Limited, integrated annual report (English)
# ---------------------------------------------------------------------------
DOC02 = [
    ("title", "Karoo Fuel Holdings Limited"),
    (
        "small",
        "(Incorporated in the Republic of South Africa) (Registration number "
        "2004/018822/06)"
    ),
    ("small", "JSE share code: KFH  |  ISIN: ZAE000318842"),
    ("sub", "Integrated Annual Report 2025 - Extract"),
    (
        "small",
        "For the year ended 30 June 2025. Sections and notes not reproduced here "
        "are omitted."
    ),
    ("h", "Chief Executive Officer's review"),
    (
        "p",
        "Karoo Fuel delivered a resilient performance in a year of flat fuel "
        "demand, regulated margin adjustments and continued load-shedding in the "
        "first half. Revenue increased by 3.4% to R14.82 billion, while headline "
        "earnings per share rose by 9.1% to 187.4 cents, driven by higher "
        "convenience sales and the first full year of data-led pricing across our "
        "network. The board has declared a final dividend of 62 cents per share."
    ),
    ("h2", "Data and artificial intelligence at the forecourt"),
    (
        "p",
        "The 2025 financial year was the first in which every one of our 214 "
        "company-owned forecourts ran on a single data platform. During the year "
        "the Group paid R38.6 million to Northmaple Retail Technologies Inc. for "
        "its dynamic pricing and forecourt vision software licences, which are now "
        "live at all company-owned sites. Because retail petrol prices in South "
        "Africa are regulated, the pricing engine is used mainly for our "
        "convenience, car-wash and lubricant ranges, and for the diesel we sell to "
        "fleet customers, where prices are negotiated. Vision analytics at the "
        "pumps and in the stores has reduced drive-offs by 44% and improved "
        "on-shelf availability of our top 200 lines to 97.1%."
    ),
    (
        "p",
        "Impala Analytics (Pty) Ltd pays the Group an annual data-access fee of "
        "R4.2 million for anonymised pump-transaction data, which it uses to train "
        "demand-forecasting models for the wider market. Data is shared under "
        "strict controls: no card numbers or vehicle registrations leave our "
        "systems, and each site's data is aggregated to fifteen-minute intervals "
        "before it is transferred."
    ),
    ("h2", "Convenience retail"),
    (
        "p",
        "Veldwagon Convenience opened 19 new stores during the year, taking the "
        "network to 262, and convenience revenue grew by 11.6%. Fresh-food waste "
        "fell by 18% after the stores moved to model-generated daily orders. "
        "Veldwagon Convenience (Pty) Ltd entered into a co-branding agreement with "
        "Fynbos Payments (Pty) Ltd in February 2025 under which Fynbos wallet "
        "holders earn loyalty points in all Veldwagon stores."
    ),
    ("h2", "Competitive environment"),
    (
        "p",
        "Competition in our inland markets remains intense, and our principal "
        "competitors include Protea Petroleum Retail Limited and Aloe Route Energy "
        "(Pty) Ltd, both of which expanded their convenience offering during the "
        "year. In October 2023 the board considered, and declined, an unsolicited "
        "proposal from Protea Petroleum Retail Limited to combine its forecourt "
        "network with that of Karoo Fuel, and no further approach has been "
        "received."
    ),
    ("h2", "Fuel supply"),
    (
        "p",
        "Umngeni Refining (Pty) Ltd supplied 81% of the Group's fuel volumes "
        "during the year under a supply agreement that was extended to June 2029. "
        "The balance was sourced from importers through the ports of Durban and "
        "Richards Bay, and no site experienced a stock-out lasting longer than six "
        "hours."
    ),
    ("h2", "Outlook"),
    (
        "p",
        "We expect fuel volumes to remain broadly flat in the 2026 financial year. "
        "Our priorities are to extend model-led ordering to the 48 dealer-owned "
        "sites that have opted in, to open a further 20 Veldwagon stores, and to "
        "reduce energy costs at our largest sites through rooftop solar and "
        "battery storage."
    ),
    ("page",),
    ("title2", "Notes to the consolidated annual financial statements (extract)"),
    ("h", "14. Interests in subsidiaries"),
    (
        "p",
        "The Group's principal subsidiaries, all of which are incorporated in "
        "South Africa, are set out below."
    ),
    ("table", [62, 42, 32, 22, 22], [
        ["Subsidiary", "Principal activity", "Issued capital (R)", "2025", "2024"],
        [
            "Karoo Forecourt Services (Pty) Ltd",
            "Forecourt operations",
            "1,000",
            "100%",
            "100%",
        ],
        ["Veldwagon Convenience (Pty) Ltd", "Convenience retail", "400", "75%", "75%"],
    ]),
    (
        "p",
        "The remaining 25% of Veldwagon Convenience is held by its founding "
        "management team. There are no significant restrictions on the Group's "
        "ability to access the assets of its subsidiaries."
    ),
    ("h", "15. Investment in associate"),
    (
        "p",
        "In March 2025 the Group invested R120 million for a 30% interest in "
        "Fynbos Payments (Pty) Ltd, a mobile payments and fleet-card business, and "
        "the investment is equity-accounted as an associate. Fynbos has a December "
        "year-end, and the Group uses management accounts for the period to 30 "
        "June."
    ),
    ("table", [120, 30, 30], [
        ["R million", "2025", "2024"],
        ["Cost of investment", "120.0", "-"],
        ["Share of loss of associate", "(3.1)", "-"],
        ["Carrying amount at 30 June", "116.9", "-"],
    ]),
    ("h", "22. Borrowings"),
    (
        "p",
        "On 14 November 2024 Highveld Merchant Bank Limited advanced a R450 "
        "million revolving credit facility to the Group for a term of five years, "
        "of which R210 million was drawn at 30 June 2025. Interest is charged at "
        "three-month JIBAR plus 1.85%, and the facility is secured by cessions of "
        "the Group's fuel-card receivables."
    ),
    ("table", [120, 30, 30], [
        ["R million", "2025", "2024"],
        ["Revolving credit facility", "210.0", "-"],
        ["Vehicle and equipment finance", "38.4", "44.1"],
        ["Total borrowings", "248.4", "44.1"],
    ]),
    ("h", "31. Related parties and shareholder analysis"),
    (
        "p",
        "The following shareholders held 1% or more of the Company's issued "
        "ordinary shares at 30 June 2025, according to the share register and "
        "disclosures made under section 56 of the Companies Act."
    ),
    ("table", [100, 45, 35], [
        ["Shareholder", "Number of shares", "% of issued"],
        ["Ubuntu Horizon Investments (RF) (Pty) Ltd", "84,500,000", "26.0"],
        ["Directors and associates", "6,175,000", "1.9"],
        ["Public shareholders", "234,325,000", "72.1"],
        ["Total", "325,000,000", "100.0"],
    ]),
    (
        "p",
        "Ubuntu Horizon is the Group's broad-based black economic empowerment "
        "partner, and its shares are subject to a lock-in until 30 June 2028. "
        "Directors' remuneration is disclosed in note 32."
    ),
    ("h", "Independent auditor"),
    (
        "p",
        "Mthunzi & Rowe Inc. has served as the external auditor of Karoo Fuel "
        "Holdings Limited since the 2019 financial year, and the designated audit "
        "partner is Ms N. Dlamini. The audit committee has assessed the auditor's "
        "independence and recommends its reappointment at the annual general "
        "meeting on 27 November 2025."
    ),
]

# ---------------------------------------------------------------------------
# Document 04: Harbourline Smart Fuel, HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC04 = [
    (
        "small",
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對"
        "其準確性或完整性亦不發表任何聲明，並明確表示，概不就因本公告全部或任何部分"
        "內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"
    ),
    ("title", "港灣智油集團控股有限公司"),
    ("sub", "HARBOURLINE SMART FUEL GROUP HOLDINGS LIMITED"),
    ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2871）"),
    ("title2", "根據一般授權認購新股份及與嶺南算力訂立戰略合作協議"),
    ("h", "緒言"),
    (
        "p",
        "港灣智油集團控股有限公司（「本公司」或「港灣智油」，連同其附屬公司統稱「本"
        "集團」）董事會欣然宣佈，於2025年10月17日（交易時段後），本公司與嶺南算力科"
        "技有限公司（「認購方」或「嶺南算力」）訂立認購協議。"
    ),
    ("h", "認購協議"),
    ("p", "日期：2025年10月17日"),
    ("p", "訂約方：（i）本公司（作為發行人）；及（ii）嶺南算力（作為認購方）"),
    (
        "p",
        "根據認購協議，嶺南算力已有條件同意認購，而本公司已有條件同意配發及發行合共"
        "120,000,000股認購股份，認購價為每股1.35港元，總代價為162,000,000港元。"
    ),
    (
        "p",
        "認購股份相當於（i）本公司於本公告日期之現有已發行股本約10.71%；及（ii）經"
        "配發及發行認購股份擴大後之本公司已發行股本約9.68%。"
    ),
    (
        "p",
        "認購價每股1.35港元較（i）股份於認購協議日期在聯交所所報之收市價每股1.42港"
        "元折讓約4.93%；及（ii）股份於緊接認購協議日期前最後五個連續交易日之平均收"
        "市價每股約1.40港元折讓約3.57%。認購價乃經參考股份近期市價及現行市況後公平"
        "磋商釐定。"
    ),
    (
        "p",
        "認購股份將根據於2025年6月6日舉行之股東週年大會上授予董事之一般授權配發及發"
        "行。該一般授權可發行最多224,000,000股股份，於本公告日期尚未動用。"
    ),
    (
        "p",
        "完成須待（i）聯交所上市委員會批准認購股份上市及買賣；及（ii）認購方已就認"
        "購事項完成境外直接投資備案後，方告作實。緊隨完成後，嶺南算力將持有本公司經"
        "擴大已發行股本約9.68%，惟不會成為本公司之主要股東。"
    ),
    ("h", "有關認購方之資料"),
    (
        "p",
        "嶺南算力為一間於中國註冊成立之有限公司，主要於廣東省從事GPU算力租賃及邊緣"
        "雲服務，為東岸數智控股有限公司之間接全資附屬公司。據董事作出一切合理查詢後"
        "所深知、盡悉及確信，認購方及其最終實益擁有人均為獨立第三方。"
    ),
    ("h", "戰略合作協議"),
    (
        "p",
        "於同日，本公司與嶺南算力訂立戰略合作協議，雙方將於深圳前海成立聯合實驗室，"
        "共同開發油站排隊預測及便利店動態定價模型，為期三年，雙方各自承擔其成本。"
    ),
    ("h", "進行認購事項之理由及所得款項用途"),
    (
        "p",
        "本集團於香港及廣東省經營合共186個油站，其中121個設有便利店。本集團於廣東省"
        "的油站由本公司間接全資附屬公司廣州港灣能源服務有限公司經營。"
    ),
    (
        "p",
        "本公司全資附屬公司港灣油站管理有限公司已與深圳迅泊智能科技股份有限公司訂立"
        "採購框架協議，向其採購油站AI視覺邊緣計算設備及軟件，並已於2025年第三季度在"
        "首批42個油站完成部署。首批油站的數據顯示，未付款駛離事件減少約六成，高峰時"
        "段平均輪候時間縮短約三成。"
    ),
    (
        "p",
        "認購事項所得款項總額為162,000,000港元，所得款項淨額估計約為161,200,000港元"
        "。本公司擬將所得款項淨額用作：（i）約60%用於在其餘油站及便利店部署AI設備及"
        "系統；（ii）約25%用於償還部分銀行借款；及（iii）約15%用作一般營運資金。"
    ),
    (
        "p",
        "於2024年6月，維港商業銀行有限公司向本公司提供一筆500,000,000港元的三年期定"
        "期貸款，於本公告日期之未償還本金為380,000,000港元。"
    ),
    ("h", "對本公司股權架構之影響"),
    ("table", [56, 38, 24, 38, 24], [
        ["股東", "現有股份數目", "概約%", "完成後股份數目", "概約%"],
        ["海晴投資有限公司", "612,000,000", "54.64", "612,000,000", "49.35"],
        ["嶺南算力", "-", "-", "120,000,000", "9.68"],
        ["公眾股東", "508,000,000", "45.36", "508,000,000", "40.97"],
        ["總計", "1,120,000,000", "100.00", "1,240,000,000", "100.00"],
    ]),
    ("small", "附註：海晴投資有限公司由本公司主席梁志恒先生全資擁有。"),
    ("h", "澄清市場傳聞"),
    (
        "p",
        "董事會注意到近日有報章報道指本公司正與另一油站營運商磋商合併事宜。董事會謹"
        "此澄清，港灣智油並無與環島能源控股有限公司進行任何有關合併或收購之磋商，亦"
        "無訂立任何協議。"
    ),
    ("h", "顧問"),
    (
        "p",
        "天衡融資有限公司為本公司有關認購事項之財務顧問，而嶺南算力則委聘宏遠企業融"
        "資有限公司為其財務顧問。"
    ),
    (
        "p",
        "柏誠律師事務所擔任本公司有關認購事項之香港法律顧問，而認購方則由衡立律師行"
        "代表。"
    ),
    (
        "p",
        "由於認購事項須待條件達成後方告完成，認購事項未必會進行。股東及潛在投資者於"
        "買賣股份時務請審慎行事。"
    ),
    ("right", "承董事會命"),
    ("right", "港灣智油集團控股有限公司"),
    ("right", "主席 梁志恒"),
    ("p", "香港，2025年10月17日"),
    (
        "small",
        "於本公告日期，董事會包括執行董事梁志恒先生及何嘉敏女士；非執行董事陳國棟先"
        "生；以及獨立非執行董事李德勤先生、黃美玲女士及鄭浩然先生。"
    ),
]

# ---------------------------------------------------------------------------
# Document 05: Shenzhen Xunbo, A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC05 = [
    ("small", "证券代码：301587        证券简称：迅泊智能        公告编号：2025-068"),
    ("title", "深圳迅泊智能科技股份有限公司"),
    ("title2", "关于签订日常经营重大合同暨向控股子公司增资的公告"),
    (
        "small",
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误"
        "导性陈述或重大遗漏。"
    ),
    ("h", "特别提示："),
    (
        "p",
        "1、合同类型及金额：本次签订的合同为日常经营性销售合同，合同总金额为人民币"
        "2.36亿元（含税），约占公司2024年度经审计营业收入的41.8%。"
    ),
    ("p", "2、合同履行期限：2025年11月至2027年6月，分三期交付。"),
    (
        "p",
        "3、风险提示：合同履行过程中可能受到不可抗力、客户需求变化及境外政策变化等"
        "因素影响，存在不能按期履行的风险，敬请广大投资者注意投资风险。"
    ),
    ("h", "一、合同签署概况"),
    (
        "p",
        "2025年10月24日，深圳迅泊智能科技股份有限公司（以下简称“公司”或“迅泊智能”）"
        "与港湾智油集团控股有限公司签订了《加油站AI视觉边缘计算设备及软件采购合同》"
        "，合同总金额为人民币2.36亿元（含税）。"
    ),
    (
        "p",
        "本合同为公司日常经营性合同，根据《深圳证券交易所创业板股票上市规则》及《公"
        "司章程》的相关规定，无需提交董事会及股东大会审议。"
    ),
    ("h", "二、交易对方基本情况"),
    ("p", "1、名称：港湾智油集团控股有限公司"),
    ("p", "2、注册地：开曼群岛；上市地点：香港联交所主板（股份代号：2871）"),
    ("p", "3、主营业务：在香港及广东省经营加油站、便利店及电动汽车充电站。"),
    (
        "p",
        "4、关联关系：港湾智油与公司控股股东深圳泊远投资控股有限公司不存在关联关系"
        "，亦不存在产权、业务、资产、债权债务、人员等方面的其他关系。"
    ),
    ("p", "5、履约能力分析：港湾智油经营状况良好，财务状况稳健，具备良好的履约能力。"),
    ("h", "三、合同的主要内容"),
    (
        "p",
        "1、合同标的：公司向港湾智油提供加油站AI视觉边缘计算设备约1,600套、配套算法"
        "软件授权及三年运维服务。"
    ),
    (
        "p",
        "2、合同金额：人民币2.36亿元（含税），其中设备款约人民币1.52亿元，软件授权"
        "及运维服务款约人民币0.84亿元。"
    ),
    (
        "p",
        "3、付款方式：合同签订后十五个工作日内支付合同总额的30%作为预付款；每期设备"
        "到货验收后支付该期设备款的60%；剩余款项于质保期届满后支付。"
    ),
    (
        "p",
        "4、交付安排：本合同项下的设备交付及现场运维由公司全资子公司迅泊智能（香港"
        "）有限公司负责。"
    ),
    (
        "p",
        "5、争议解决：因本合同引起的争议，双方应友好协商解决；协商不成的，提交香港"
        "国际仲裁中心仲裁。"
    ),
    ("h", "四、合同履行对公司的影响"),
    (
        "p",
        "1、若本合同顺利履行，预计将对公司2025年度及2026年度经营业绩产生积极影响，"
        "具体影响以经审计的财务数据为准。"
    ),
    (
        "p",
        "2、为保障本合同项下模型训练及推理服务，公司将继续向岭南算力科技有限公司采"
        "购GPU算力服务，2024年度公司向其采购金额为人民币5,180万元。"
    ),
    (
        "p",
        "3、边缘计算设备所用AI芯片主要由上海芯衡微电子有限公司供应，公司已与其签订"
        "年度供货协议，可满足本合同的交付需求。"
    ),
    (
        "p",
        "4、公司已与华澜能源销售有限公司签署战略合作框架协议，双方将在华南地区加油"
        "站联合推广AI安全巡检方案，本合同的实施将进一步丰富公司在加油站场景的落地案"
        "例。"
    ),
    (
        "p",
        "5、与同行业可比公司杭州视巡科技股份有限公司、南京慧站信息技术有限公司相比"
        "，公司在加油站场景的边缘设备出货量位居前列。"
    ),
    (
        "p",
        "6、迅泊智能曾于2024年与环岛能源控股有限公司就类似项目进行初步接洽，但双方"
        "未能就商业条款达成一致，亦未签署任何协议。"
    ),
    (
        "p",
        "7、本合同的履行不影响公司业务的独立性，公司主要业务不会因履行本合同而对港"
        "湾智油形成依赖。"
    ),
    ("h", "五、向控股子公司增资情况"),
    (
        "p",
        "公司于2025年10月24日召开第三届董事会第十四次会议，审议通过了《关于向控股子"
        "公司增资的议案》。"
    ),
    (
        "p",
        "为满足本合同及西南地区加油站项目的交付需求，公司拟以自有资金人民币8,000万"
        "元向控股子公司成都迅泊油联科技有限公司增资，增资完成后公司持股比例由60%提"
        "升至72%。"
    ),
    (
        "p",
        "本次增资中人民币4,286万元计入注册资本，其余计入资本公积；其他股东放弃本次"
        "增资的优先认缴权。本次增资资金来源为公司自有资金，不会对公司财务状况和经营"
        "成果产生重大不利影响。"
    ),
    ("table", [60, 40, 40, 40], [
        ["股东", "增资前出资额（万元）", "增资后出资额（万元）", "增资后持股比例"],
        ["迅泊智能", "6,000", "10,286", "72.00%"],
        ["其他股东", "4,000", "4,000", "28.00%"],
        ["合计", "10,000", "14,286", "100.00%"],
    ]),
    ("h", "六、其他说明"),
    (
        "p",
        "1、截至本公告披露日，深圳泊远投资控股有限公司持有公司31.62%的股份，为公司"
        "控股股东。"
    ),
    (
        "p",
        "2、迅泊智能（香港）有限公司已获得维港商业银行有限公司提供的3,000万港元营运"
        "资金贷款额度，可满足本合同境外交付阶段的资金需求。"
    ),
    ("p", "3、公司将根据合同履行进展情况及时履行信息披露义务。"),
    ("h", "七、备查文件"),
    ("p", "1、《加油站AI视觉边缘计算设备及软件采购合同》；"),
    ("p", "2、第三届董事会第十四次会议决议。"),
    ("p", "特此公告。"),
    ("right", "深圳迅泊智能科技股份有限公司董事会"),
    ("right", "2025年10月27日"),
]

DOCS = [
    (
        "02_KarooFuel_annual_report.pdf",
        DOC02,
        None,
        "Karoo Fuel Holdings Limited | Integrated Annual Report 2025",
    ),
    (
        "04_Harbourline_hkex_announcement.pdf",
        DOC04,
        TRADITIONAL,
        "港灣智油集團控股有限公司 公告",
    ),
    (
        "05_Xunbo_a_share_announcement.pdf",
        DOC05,
        SIMPLIFIED,
        "深圳迅泊智能科技股份有限公司 公告",
    ),
]

SIZES = {
    "title": 16,
    "title2": 13,
    "sub": 12,
    "h": 11.5,
    "h2": 10.5,
    "p": 10,
    "small": 8.5,
    "right": 10,
    "table": 9,
}
MAXP_FIELDS = (
    "maxZones",
    "maxTwilightPoints",
    "maxStorage",
    "maxFunctionDefs",
    "maxInstructionDefs",
    "maxStackElements",
    "maxSizeOfInstructions",
    "maxComponentElements",
    "maxPoints",
    "maxContours",
    "maxCompositePoints",
    "maxCompositeContours",
    "maxComponentDepth",
)


def block_text(blocks, footer):
    parts = [footer, "0123456789-| "]
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts)


def make_cjk_font(index, text, out_path):
    """Subset one face of the Noto CJK collection; convert CFF outlines to TrueType."""
    font = TTFont(CJK_TTC, fontNumber=index)
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in MAXP_FIELDS:
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    def __init__(self, family, footer_text):
        super().__init__(format="A4")
        self.family = family
        self.footer_text = footer_text

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, size=8)
        self.cell(0, 5, f"{self.footer_text} | {self.page_no()}", align="C")


def render(name, blocks, face, footer_text, tmpdir):
    cjk = face is not None
    if cjk:
        font_path = Path(tmpdir) / f"cjk{face}.ttf"
        make_cjk_font(face, block_text(blocks, footer_text), str(font_path))
        family = "NotoCJK"
    else:
        family = "helvetica"
    pdf = Doc(family, footer_text)
    if cjk:
        pdf.add_font(family, fname=str(font_path))
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    wrap = "CHAR" if cjk else "WORD"
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
            continue
        if kind == "table":
            render_table(pdf, family, block[1], block[2])
            continue
        text = block[1]
        size = SIZES[kind]
        pdf.set_font(family, size=size)
        height = size * 0.55
        if kind in ("title", "title2", "sub"):
            pdf.ln(1)
            write(pdf, height, text, wrap, align="C")
            pdf.ln(1)
        elif kind in ("h", "h2"):
            pdf.ln(2)
            write(pdf, height, text, wrap)
            pdf.ln(0.5)
        elif kind == "right":
            write(pdf, height, text, wrap, align="R")
        else:
            write(pdf, height, text, wrap)
            pdf.ln(1.2)
    pdf.output(str(HERE / name))


NO_LINE_START = "，。、；：？！）」』》〉”’%％,.;:)"
NO_LINE_END = "（「『《〈“‘("
ASCII_WORD = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,%-")


def cjk_lines(pdf, text, width):
    """Break Chinese text into lines; keep numbers whole, keep punctuation attached."""
    lines = []
    current = ""
    for char in text:
        if current and pdf.get_string_width(current + char) > width:
            keep = len(current)
            if char in NO_LINE_START:
                keep -= 1
            if char in ASCII_WORD:
                while keep > 0 and current[keep - 1] in ASCII_WORD:
                    keep -= 1
            while keep > 0 and current[keep - 1] in NO_LINE_END:
                keep -= 1
            if keep <= 0:
                keep = len(current)
            lines.append(current[:keep])
            current = current[keep:]
        current += char
    lines.append(current)
    return lines


def write(pdf, height, text, wrap, align="J"):
    if wrap == "CHAR":
        width = pdf.epw - 2 * pdf.c_margin - 0.5
        text = "\n".join(cjk_lines(pdf, text, width))
        align = "L" if align == "J" else align
    pdf.multi_cell(
        0, height, text, align=align, new_x="LMARGIN", new_y="NEXT", wrapmode=wrap
    )


def render_table(pdf, family, widths, rows):
    size = SIZES["table"]
    pdf.set_font(family, size=size)
    height = 6
    if sum(widths) > pdf.epw + 0.01:
        raise ValueError(f"table too wide: {widths}")
    for row in rows:
        for text, width in zip(row, widths, strict=True):
            if pdf.get_string_width(text) > width - 2:
                raise ValueError(f"cell text does not fit: {text!r}")
    pdf.ln(1)
    for number, row in enumerate(rows):
        if pdf.will_page_break(height):
            pdf.add_page()
        for text, width in zip(row, widths, strict=True):
            pdf.cell(width, height, text, border="B" if number == 0 else 0)
        pdf.ln(height)
    pdf.ln(2)


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh148_fonts_")
    try:
        for name, blocks, face, footer_text in DOCS:
            render(name, blocks, face, footer_text, tmpdir)
            print("built", name)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
