"""Build the three PDF documents of the fresh171 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory that is deleted after the PDF is written. The collection is read from the
path in the NOTO_CJK_TTC environment variable if it is set, otherwise from the usual Debian location.
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
CJK_TTC = os.environ.get("NOTO_CJK_TTC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


# ---------------------------------------------------------------------------------------------------------------------
# Document 01 - Lyssna Media AB (publ), Interim report January-September 2025 (English, Swedish issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC01 = [
    [
        ("center", "Lyssna Media AB (publ) - Interim report January-September 2025", 9),
        ("title", "Interim report January-September 2025"),
        ("h", "Third quarter 2025 (July-September)"),
        ("p", "- Net sales increased by 14.0% to SEK 1,962.4 million (1,721.3). Organic growth at constant currency was 12.6%."),
        (
            "p",
            "- Premium subscribers increased by 13.5% to 12.6 million (11.1), and monthly active users reached 41.8 "
            "million (36.5).",
        ),
        (
            "p",
            "- Gross margin was 31.4% (29.0). Operating profit (EBIT) amounted to SEK 118.7 million (64.2), "
            "corresponding to an operating margin of 6.0% (3.7).",
        ),
        (
            "p",
            "- Profit after tax amounted to SEK 91.3 million (49.8). Earnings per share before and after dilution "
            "were SEK 0.57 (0.31). Free cash flow amounted to SEK 204.5 million (133.0).",
        ),
        ("h", "January-September 2025"),
        (
            "p",
            "- Net sales increased by 12.8% to SEK 5,612.0 million (4,975.2). Operating profit (EBIT) amounted to "
            "SEK 287.4 million (151.6). Earnings per share were SEK 1.36 (0.74).",
        ),
        ("h", "Comment from the CEO"),
        (
            "p",
            "The third quarter was our strongest quarter so far in terms of both growth and profitability. Net "
            "sales rose by 14% and the operating margin reached 6.0%, as the price increases we made in the Nordic "
            "countries in the spring held without any noticeable rise in churn and as our advertising business "
            "recovered. The main driver, however, was product: listeners who use our AI features stay longer and "
            "convert to Premium at a higher rate.",
        ),
        (
            "p",
            "Lyssna Radar, the AI-generated personal playlist that we launched in all markets in May, is now used "
            "every week by 58% of Premium subscribers, and our AI host Lina, who introduces tracks and explains the "
            "background to an album in eleven languages, passed 4 million weekly listeners in September. We are "
            "also turning the technology behind these features into a business in its own right. In August Orin "
            "Digital Plc, the streaming service listed on the Nigerian Exchange, became the first external licensee "
            "of Lyssna Engine, our recommendation and playlist-generation stack, and pays us an annual platform fee "
            "plus a fee per active user.",
        ),
        (
            "p",
            "On the rights-holder side, Lyssna Insights, our AI-based audience analytics and campaign tool for "
            "labels and artists, reached 310 paying rights holders. Its largest customer is the Korean label "
            "Byeolbit Entertainment Co., Ltd., which used the service to plan the European dates of its artists' "
            "2025 tours and to target pre-release campaigns in 14 markets.",
        ),
        (
            "p",
            "With Tonvåg we now own stem-separation and restoration models that we believe are among the best in "
            "the world, and we will use them both in the app and in services for rights holders. We enter the "
            "fourth quarter with good momentum.",
        ),
        ("p", "Karin Strand, President and CEO"),
    ],
    [
        ("h", "Significant events during the quarter"),
        (
            "p",
            "On 1 August 2025 Lyssna completed the acquisition of all shares in Tonvåg AI AB, a Stockholm-based "
            "developer of AI models for stem separation and audio restoration, for a purchase price of SEK 410 "
            "million on a cash and debt-free basis, of which SEK 60 million is contingent on technical milestones "
            "in 2026. Tonvåg AI AB is consolidated as a wholly owned subsidiary from 1 August 2025; the preliminary "
            "purchase price allocation is presented in Note 4.",
        ),
        (
            "p",
            "Tonvåg continues to serve external customers. In September it signed an agreement with Nordvind "
            "Records AB to restore and remaster around 4,000 recordings from the label's catalogue of the 1960s and "
            "1970s, for release in spatial audio.",
        ),
        (
            "p",
            "Lyssna renewed its licence agreement with Nordvind Records, the largest independent record label in "
            "the Nordic region, for a further four years. The agreement covers the label's full recorded-music "
            "catalogue in all 38 of Lyssna's markets and, for the first time, includes the right to use the "
            "recordings in AI-generated radio segments.",
        ),
        (
            "p",
            "In September Lyssna entered into a three-year agreement with Kallkraft Compute AB for dedicated GPU "
            "capacity at Kallkraft's data centre in Boden, with a committed spend of SEK 240 million over the term. "
            "The capacity will be used to train and run the models behind Lyssna Radar, Lina and Lyssna Engine.",
        ),
        (
            "p",
            "Lyssna and Yueyun Music Holdings Limited, which operates one of the leading music streaming services "
            "in mainland China and is listed in Hong Kong, signed a memorandum of understanding on editorial "
            "exchange. Each service will feature curated playlists of Swedish and Chinese-language music from the "
            "other, starting in the first quarter of 2026.",
        ),
        ("h", "Market"),
        (
            "p",
            "Competition in the Nordic market intensified during the quarter, as Klango AB cut the price of its "
            "family plan by 20% and Harmonia Music Inc. launched a free, ad-supported tier in Sweden and Norway. "
            "Lyssna did not change its prices in response and gained Premium subscribers in all Nordic markets.",
        ),
        ("h", "Net sales by revenue stream"),
        (
            "table",
            [58, 22, 22, 25, 25, 22],
            [
                ["SEK million", "Q3 2025", "Q3 2024", "Jan-Sep 2025", "Jan-Sep 2024", "FY 2024"],
                ["Premium subscriptions", "1,611.0", "1,426.4", "4,629.7", "4,131.0", "5,563.8"],
                ["Advertising", "271.2", "236.8", "751.5", "711.9", "968.4"],
                ["Platform and rights-holder services", "80.2", "58.1", "230.8", "132.3", "197.1"],
                ["Total net sales", "1,962.4", "1,721.3", "5,612.0", "4,975.2", "6,729.3"],
            ],
        ),
        ("h", "Events after the end of the period"),
        (
            "p",
            "On 14 October Lyssna announced, in response to press speculation, that it is not in discussions with "
            "Agidigbo Music Group Plc regarding an acquisition of shares in that company.",
        ),
        (
            "p",
            "On 20 October the Board appointed Erik Sand as Chief Technology Officer. He will take up the position "
            "no later than 1 February 2026.",
        ),
    ],
    [
        ("h", "Financial position and cash flow"),
        (
            "p",
            "Cash and cash equivalents amounted to SEK 2,146.8 million at the end of the period (2,391.5 at 31 "
            "December 2024). The decrease mainly reflects the payment of the fixed part of the purchase price for "
            "Tonvåg AI AB and the dividend of SEK 0.60 per share paid in May.",
        ),
        (
            "p",
            "In June 2025 Lyssna replaced its existing revolving credit facility with a new SEK 1,500 million "
            "facility from Norrström Bank AB, which runs until June 2029 and was undrawn at the end of the period. "
            "The facility is subject to a covenant on net debt in relation to EBITDA.",
        ),
        ("h", "Largest shareholders at 30 September 2025"),
        (
            "table",
            [92, 40, 42],
            [
                ["Shareholder", "Number of shares", "Capital and votes, %"],
                ["Ekbacken Invest AB", "38,412,600", "24.1"],
                ["Johan Alm (founder)", "9,876,600", "6.2"],
                ["Board members and senior executives", "2,230,200", "1.4"],
                ["Other shareholders", "108,780,600", "68.3"],
                ["Total", "159,300,000", "100.0"],
            ],
        ),
        (
            "small",
            "Source: Euroclear Sweden and holdings known to the company. Holdings of Johan Alm are not included "
            "in the line for board members and senior executives.",
        ),
        ("h", "Disputes"),
        (
            "p",
            "Nordiska Musikrättigheter ek. för. has brought an action against Lyssna Media AB before the Patent and "
            "Market Court concerning the royalty rate for song lyrics displayed in the app. Lyssna disputes the "
            "claim in its entirety and has not recognised a provision.",
        ),
        ("h", "Review"),
        ("p", "This interim report has been reviewed by Berggren & Ek Revisionsbyrå AB, the auditor of Lyssna Media AB (publ)."),
        (
            "p",
            "The Board of Directors and the CEO certify that this interim report gives a true and fair overview of "
            "the Parent Company's and the Group's operations, financial position and results of operations, and "
            "describes the significant risks and uncertainties faced by the Parent Company and the companies "
            "included in the Group.",
        ),
        ("right", "Stockholm, 23 October 2025"),
        ("right", "Lyssna Media AB (publ)"),
        ("right", "The Board of Directors"),
        (
            "small",
            "This information is information that Lyssna Media AB (publ) is obliged to make public pursuant to "
            "the EU Market Abuse Regulation. The information was submitted for publication, through the agency "
            "of the contact person below, at 07:30 CET on 23 October 2025. Contact: Per Wallin, Head of "
            "Investor Relations. Corporate identity number 556912-4471.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Yueyun Music Holdings Limited, HKEX announcement (Traditional Chinese, mainland Chinese issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "樂韻音樂控股有限公司", 16),
        ("center", "Yueyun Music Holdings Limited", 12),
        ("center", "（於開曼群島註冊成立之有限公司）", 9),
        ("center", "（股份代號：2739）", 9),
        ("center", "須予披露交易", 13),
        ("center", "收購上海律音智能科技有限公司70%股權", 13),
        ("h", "收購事項"),
        (
            "p",
            "董事會欣然宣佈，於二零二五年十月二十七日（交易時段後），本公司之間接全資附屬公司北京樂韻網絡科技有限公司"
            "（「北京樂韻」或「買方」）與上海澄峰創業投資合夥企業（有限合夥）（「澄峰創投」）及周立言先生（統稱「賣方」）"
            "訂立股權轉讓協議。",
        ),
        (
            "p",
            "根據股權轉讓協議，北京樂韻有條件同意收購而賣方有條件同意出售上海律音智能科技有限公司（「律音智能」或"
            "「目標公司」）合共70%股權，總代價為人民幣560,000,000元，須以現金分三期支付。",
        ),
        (
            "p",
            "代價乃由買方與賣方經參考獨立估值師對目標公司全部股權於二零二五年六月三十日之估值約人民幣842,000,000元、"
            "目標公司之業務前景及其人工智能技術之戰略價值後，按公平原則磋商釐定。",
        ),
        (
            "p",
            "完成後，律音智能將由北京樂韻持有70%股權，並成為本公司之間接非全資附屬公司，其財務業績將綜合併入本集團之財務報表。",
        ),
        ("h", "上市規則之涵義"),
        (
            "p",
            "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故收購事項構成"
            "本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
        ),
    ],
    [
        ("h", "有關目標公司之資料"),
        (
            "p",
            "律音智能為一家於二零二一年在中國成立之有限公司，總部位於上海，主要從事人工智能音樂生成模型之研發，其產品"
            "包括AI作曲、配樂生成及人聲合成工具，客戶包括短視頻平台、遊戲開發商及廣告公司。",
        ),
        ("p", "自二零二三年起，律音智能一直向本集團提供AI生成配樂及音效服務，用於樂韻音樂應用程式內之短視頻及播客配樂功能。"),
        ("p", "目標公司於緊接完成前及緊隨完成後之股權架構如下："),
        (
            "table",
            [90, 42, 42],
            [
                ["股東名稱", "緊接完成前", "緊隨完成後"],
                ["上海澄峰創業投資合夥企業（有限合夥）", "45.0%", "-"],
                ["周立言先生", "55.0%", "30.0%"],
                ["北京樂韻網絡科技有限公司", "-", "70.0%"],
                ["總計", "100.0%", "100.0%"],
            ],
        ),
        ("p", "目標公司截至二零二四年十二月三十一日止兩個年度之經審核財務資料概要如下："),
        (
            "table",
            [54, 60, 60],
            [
                ["人民幣千元", "截至二零二三年十二月三十一日止年度", "截至二零二四年十二月三十一日止年度"],
                ["收入", "48,620", "121,370"],
                ["除稅前虧損", "(36,140)", "(18,950)"],
                ["除稅後虧損", "(36,140)", "(18,950)"],
            ],
        ),
        ("p", "於二零二五年六月三十日，目標公司之未經審核資產淨值約為人民幣96,400,000元。"),
        ("h", "進行收購事項之理由及裨益"),
        (
            "p",
            "本集團為中國領先之在線音樂娛樂平台之一，經營「樂韻音樂」應用程式，於二零二五年六月三十日之月活躍用戶約為"
            "1.62億。本集團相信，人工智能生成內容將成為音樂串流平台之核心競爭力，收購律音智能將使本集團掌握自主可控之"
            "音樂生成模型，並降低向第三方採購相關服務之成本。",
        ),
        ("p", "中國在線音樂市場之其他主要參與者包括聲浪音樂科技有限公司及酷律數碼娛樂有限公司。"),
        (
            "p",
            "本集團一直重視優質版權內容。於二零二五年七月，本公司與韓國唱片公司Byeolbit Entertainment Co., Ltd."
            "（「Byeolbit」）續訂獨家版權授權協議，據此，本集團將於二零二五年至二零二八年期間向Byeolbit支付最低保證金"
            "合共18,000,000美元，以取得其旗下藝人錄音製品於中國內地之獨家數字發行權。",
        ),
        ("p", "此外，本公司已與瑞典音樂串流平台Lyssna Media AB簽訂合作備忘錄，雙方將互相推廣華語及北歐音樂內容。"),
    ],
    [
        (
            "p",
            "本公司注意到近日有傳媒報道指本公司擬入股尼日利亞音樂串流平台Orin Digital Plc。董事會謹此澄清，樂韻音樂"
            "並無與Orin Digital Plc進行任何有關投資之磋商，亦無訂立任何協議。",
        ),
        ("p", "董事（包括獨立非執行董事）認為股權轉讓協議之條款屬公平合理，按一般商業條款訂立，且符合本公司及股東之整體利益。"),
        ("h", "代價之資金來源"),
        (
            "p",
            "代價將以本集團內部資源及匯嶺銀行有限公司（「匯嶺銀行」）向本公司提供之港幣500,000,000元循環貸款融資撥付，"
            "該融資為期三年。",
        ),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之股權架構如下："),
        (
            "table",
            [74, 50, 50],
            [
                ["股東名稱", "所持股份數目", "佔已發行股份總數概約百分比"],
                ["星河文化投資有限公司", "412,500,000", "34.6%"],
                ["其他公眾股東", "779,700,000", "65.4%"],
                ["總計", "1,192,200,000", "100.0%"],
            ],
        ),
        ("h", "財務顧問"),
        ("p", "德信融資有限公司擔任樂韻音樂就收購事項之財務顧問。"),
        (
            "p",
            "由於收購事項須待股權轉讓協議所載之先決條件獲達成後方告完成，故收購事項未必會進行。股東及潛在投資者於買賣"
            "本公司證券時，務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "樂韻音樂控股有限公司"),
        ("right", "主席"),
        ("right", "沈嘉言"),
        ("p", "香港，二零二五年十月二十七日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事沈嘉言先生、許文靜女士及高振宇先生；非執行董事梁國棟先生；以及獨立"
            "非執行董事鄭美華女士、陸志誠先生及區海鳴先生。",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Guangzhou Shengtuo Electronic Technology Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：301682        证券简称：声拓电子        公告编号：2025-063"),
        ("center", "广州声拓电子科技股份有限公司", 15),
        ("center", "关于现金收购深圳芯律微电子有限公司51%股权的公告", 13),
        ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "特别提示："),
        (
            "p",
            "1、广州声拓电子科技股份有限公司（以下简称“公司”或“声拓电子”）拟以现金人民币3.57亿元收购深圳芯律微电子"
            "有限公司（以下简称“芯律微电子”或“标的公司”）51%股权。本次交易完成后，芯律微电子将成为公司的控股子公司，"
            "纳入公司合并报表范围。",
        ),
        (
            "p",
            "2、本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。本次交易已经公司第三"
            "届董事会第十九次会议审议通过，无需提交股东大会审议。",
        ),
        (
            "p",
            "3、本次交易完成后，公司合并资产负债表中将形成一定金额的商誉，若标的公司未来经营状况未达预期，可能存在商誉"
            "减值风险。敬请广大投资者注意投资风险。",
        ),
        ("h", "一、交易概述"),
        (
            "p",
            "2025年11月3日，公司与深圳前湾创业投资合伙企业（有限合伙）（以下简称“前湾创投”）及林志航先生签订《股权"
            "转让协议》，公司以现金方式受让前湾创投持有的芯律微电子24%股权及林志航先生持有的芯律微电子27%股权，交易"
            "对价合计人民币3.57亿元。",
        ),
        (
            "p",
            "本次交易资金来源为公司自有资金及并购贷款。公司已与岭南商业银行股份有限公司签订《并购贷款合同》，贷款金额为"
            "人民币2亿元，期限5年。",
        ),
    ],
    [
        ("h", "二、交易对方基本情况"),
        ("p", "1、深圳前湾创业投资合伙企业（有限合伙），成立于2017年，注册地址为深圳市南山区，主要从事创业投资业务。"),
        ("p", "2、林志航，中国国籍，芯律微电子创始人，现任芯律微电子董事长兼总经理。"),
        ("p", "上述交易对方与公司及公司控股股东、实际控制人、董事、监事、高级管理人员均不存在关联关系。"),
        ("h", "三、交易标的基本情况"),
        (
            "p",
            "芯律微电子成立于2016年，注册资本5,000万元，主要从事音频数字信号处理（DSP）芯片、数字功放芯片及AI降噪与"
            "声场校正算法的研发和销售，产品广泛应用于专业演出音响、会议系统及车载音响。",
        ),
        ("p", "本次交易前后，标的公司股权结构如下："),
        (
            "table",
            [70, 27, 22, 27, 28],
            [
                ["股东名称", "交易前出资额（万元）", "交易前持股比例", "交易后出资额（万元）", "交易后持股比例"],
                ["林志航", "2,750.00", "55.00%", "1,400.00", "28.00%"],
                ["深圳前湾创业投资合伙企业（有限合伙）", "2,250.00", "45.00%", "1,050.00", "21.00%"],
                ["广州声拓电子科技股份有限公司", "-", "-", "2,550.00", "51.00%"],
                ["合计", "5,000.00", "100.00%", "5,000.00", "100.00%"],
            ],
        ),
        ("p", "标的公司最近一年及一期主要财务数据如下："),
        (
            "table",
            [54, 60, 60],
            [
                ["项目（万元）", "2024年12月31日/2024年度", "2025年9月30日/2025年1-9月"],
                ["资产总额", "41,862.35", "47,205.18"],
                ["净资产", "28,416.77", "32,950.64"],
                ["营业收入", "32,984.10", "27,631.52"],
                ["净利润", "4,812.46", "4,533.87"],
            ],
        ),
        ("p", "2024年度，公司向芯律微电子采购音频DSP芯片及数字功放模块合计人民币1.26亿元，占芯律微电子当年营业收入的38.2%。"),
        (
            "p",
            "根据北京中和衡信资产评估有限公司出具的资产评估报告，以2025年6月30日为评估基准日，采用收益法评估，芯律微"
            "电子股东全部权益价值为人民币7.20亿元，评估增值率为127.36%。",
        ),
    ],
    [
        ("h", "四、交易目的和对公司的影响"),
        (
            "p",
            "公司主要从事专业演出扩声系统的研发、生产和销售，产品包括线阵列音箱、数字调音台及功放系统。公司目前为韩国"
            "Daon Acoustics Co., Ltd.提供线阵列音箱箱体及压缩驱动器的ODM生产服务，2024年度该业务收入占公司营业收入的"
            "17.6%。",
        ),
        (
            "p",
            "2024年，公司与乐韵音乐控股有限公司（香港联交所上市公司，股份代号：2739）签订《空间音频算法授权协议》，获"
            "授权在公司演出音响产品中使用乐韵音乐“臻境”AI空间音频算法，并按产品销量向乐韵音乐支付授权费。",
        ),
        (
            "p",
            "2025年8月，公司全资子公司声拓电子（香港）有限公司（以下简称“香港声拓”）与尼日利亚演出公司Afrostage Live "
            "Limited签订合同，为其运营的拉各斯Lekki Dome体育馆提供整套演出扩声系统，合同金额为1,860万美元。",
        ),
        (
            "p",
            "本次收购完成后，公司将实现核心音频芯片及算法的自主可控，缩短新产品开发周期，并降低对境外芯片供应商的依赖。"
            "国内专业音响市场竞争激烈，主要竞争对手包括杭州海韵声学股份有限公司及珠海锐声电子科技有限公司等。",
        ),
        ("h", "五、风险提示"),
        (
            "p",
            "1、整合风险：本次交易完成后，公司与标的公司需在研发、采购、销售及管理等方面进行整合，整合效果能否达到预期"
            "存在不确定性。",
        ),
        (
            "p",
            "2、商誉减值风险：本次交易为非同一控制下的企业合并，交易完成后将形成商誉。如标的公司未来经营业绩不及预期，"
            "公司存在商誉减值的风险。",
        ),
        ("p", "3、汇率风险：公司境外业务主要以美元结算，人民币汇率波动可能对公司经营业绩产生一定影响。"),
        ("h", "六、保荐机构意见"),
        (
            "p",
            "经核查，保荐机构华粤证券股份有限公司认为：声拓电子本次收购股权事项已经公司董事会审议通过，履行了必要的审批"
            "程序，保荐机构对本次交易事项无异议。",
        ),
        ("p", "特此公告。"),
        ("right", "广州声拓电子科技股份有限公司董事会"),
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
    font = TTFont(CJK_TTC, fontNumber=face_index)
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
    tmpdir = tempfile.mkdtemp(prefix="fresh171_font_")
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
            "01_Lyssna_interim_report.pdf",
            build_latin(
                "01_Lyssna_interim_report.pdf",
                DOC01,
                "Lyssna Media AB (publ) - Interim report January-September 2025",
                "Lyssna Media AB (publ) - Interim report January-September 2025",
            ),
            len(DOC01),
        ),
        (
            "03_Yueyun_HKEX_announcement.pdf",
            build_cjk(
                "03_Yueyun_HKEX_announcement.pdf",
                DOC03,
                TC_INDEX,
                "樂韻音樂控股有限公司 公告",
                "樂韻音樂控股有限公司 須予披露交易",
            ),
            len(DOC03),
        ),
        (
            "04_Shengtuo_A-share_announcement.pdf",
            build_cjk(
                "04_Shengtuo_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "广州声拓电子科技股份有限公司 公告",
                "广州声拓电子科技股份有限公司 公告 2025-063",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
