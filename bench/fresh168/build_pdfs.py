"""Build the three PDF documents of the fresh168 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses the Traditional Chinese face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The
face is subset to the characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with
cu2quPen, and the result is saved to a temporary directory that is deleted after the PDF is written.

The collection is looked for in the path given by the CJK_TTC environment variable, then in the Debian location
(package fonts-noto-cjk), then in /tmp/fresh168_tmp/noto/ (the package unpacked with dpkg-deb -x).
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
    os.environ.get("CJK_TTC", ""),
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/tmp/fresh168_tmp/noto/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
]
TMP_ROOT = Path("/tmp/fresh168_tmp")  # scratch space for the subset font, deleted after each build
TC_INDEX = 3  # Noto Sans CJK TC


def find_cjk_ttc():
    for candidate in CJK_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return candidate
    raise SystemExit("NotoSansCJK-Regular.ttc not found; install fonts-noto-cjk or set CJK_TTC")


# ---------------------------------------------------------------------------------------------------------------------
# Document 02 - Tenkai Launch Systems Co., Ltd., Annual Securities Report (English translation, Japanese issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC02 = [
    [
        ("center", "Tenkai Launch Systems Co., Ltd. - Annual Securities Report (English translation, excerpt)", 9),
        ("title", "Annual Securities Report"),
        (
            "small",
            "Fiscal year: The 8th fiscal year (from April 1, 2024 to March 31, 2025). Filed with: Director-General of "
            "the Kanto Local Finance Bureau on June 25, 2025. Company name: Tenkai Launch Systems Co., Ltd. "
            "Securities code: 418A (Tokyo Stock Exchange, Growth Market). Head office: 2-14-7 Nihonbashi-Muromachi, "
            "Chuo-ku, Tokyo. Representative: Kazuhiro Tenma, Representative Director and CEO.",
        ),
        (
            "small",
            "This document is an English translation of the original Japanese-language Annual Securities Report "
            "(Yukashoken Hokokusho), prepared for reference purposes only. Should there be any inconsistency between "
            "the translation and the original, the Japanese original shall prevail.",
        ),
        ("h", "Part I. Information on the Company"),
        ("h", "Item 1. Overview of the Company - 1. Key Financial Data (consolidated)"),
        (
            "table",
            [62, 37, 37, 38],
            [
                ["Fiscal year", "6th (FY3/2023)", "7th (FY3/2024)", "8th (FY3/2025)"],
                ["Net sales (million yen)", "3,106", "5,488", "9,842"],
                ["Ordinary loss (million yen)", "(4,215)", "(3,077)", "(1,164)"],
                ["Net loss (million yen)", "(4,390)", "(3,152)", "(1,301)"],
                ["Total assets (million yen)", "21,774", "26,930", "33,615"],
                ["Launches conducted", "2", "4", "7"],
                ["Employees (consolidated)", "212", "268", "331"],
            ],
        ),
        ("h", "2. Description of Business"),
        (
            "p",
            "The Group consists of the Company, one consolidated subsidiary and one equity-method affiliate. It provides "
            "dedicated and rideshare launch services for small satellites of up to 250 kg to sun-synchronous orbit using "
            "the two-stage Tenkai-2 launch vehicle, which lifts off from the Hinode Cape Launch Complex in Muroto, Kochi "
            "Prefecture. The Group has a single reportable segment, launch services, and segment information is "
            "therefore omitted except for information about major customers.",
        ),
        (
            "p",
            "Artificial intelligence is built into both the vehicle and ground operations. The Tenkai-2 guidance computer "
            "runs a trajectory-correction model trained on more than 40,000 simulated flights and on the telemetry of "
            "our own missions, and an autonomous flight safety system terminates the flight without a ground command if "
            "the vehicle leaves its safety corridor. On the ground, our Kazami wind-shear forecasting system, which "
            "combines weather-radar data with a neural-network nowcast, reduced weather-related launch postponements "
            "from 11 in the 7th fiscal year to 4 in the fiscal year under review.",
        ),
    ],
    [
        ("h", "3. Status of Affiliated Companies"),
        (
            "table",
            [50, 24, 24, 32, 20, 24],
            [
                ["Name", "Location", "Capital", "Principal business", "Voting rights held", "Relationship"],
                [
                    "(Consolidated subsidiary) Tenkai Range Services Co., Ltd.",
                    "Muroto, Kochi",
                    "100 million yen",
                    "Range operations and tracking",
                    "100.0%",
                    "Concurrent officers: 2",
                ],
                [
                    "(Equity-method affiliate) Vyom Launch Technologies Private Limited",
                    "Chennai, India",
                    "INR 420 million",
                    "Small launch vehicle development",
                    "24.0%",
                    "Joint development",
                ],
            ],
        ),
        (
            "small",
            "Notes: 1. Tenkai Range Services Co., Ltd. is a specified subsidiary. 2. The Company's share of the loss "
            "of Vyom Launch Technologies Private Limited for the fiscal year was 182 million yen.",
        ),
        ("h", "4. Status of Employees"),
        (
            "p",
            "As of March 31, 2025, the Group had 331 employees (of whom 41 at Tenkai Range Services Co., Ltd.), an "
            "increase of 63 from the end of the previous fiscal year, mainly in avionics software and production. The "
            "average age was 36.8 years and the average length of service 3.1 years.",
        ),
        ("h", "Item 2. Business Overview - 3. Business and Other Risks (excerpt)"),
        (
            "p",
            "(1) Dependence on specific customers. Net sales to our two largest customers accounted for 63.8% of net "
            "sales in the fiscal year under review. If either customer were to postpone or cancel launches, or to move "
            "them to another provider, our results could be materially affected.",
        ),
        (
            "p",
            "(2) Procurement of key components. Turbopumps for the second-stage engine are procured solely from "
            "Hinokage Precision Industries Co., Ltd., which manufactures them at its plant in Hamamatsu. A disruption "
            "at that plant would delay our launch schedule; we hold safety stock equivalent to three flights.",
        ),
        (
            "p",
            "(3) Launch failure. A launch failure would result in lost revenue, investigation costs and reputational "
            "damage. The Company insures each launch and its third-party liability under an annual programme "
            "underwritten by Asuka Nonlife Insurance Co., Ltd.; premiums for the fiscal year amounted to 486 million "
            "yen. Insurance does not cover the loss of future business.",
        ),
        (
            "p",
            "(4) Competition. In Japan, Hokuto Aerospace is developing a launch vehicle in the same payload class, and "
            "overseas providers such as Corvid Launch offer rideshare slots at a lower price per kilogram. If "
            "competitors achieve a higher launch cadence, our pricing could come under pressure.",
        ),
        (
            "p",
            "(5) Litigation. In February 2025 Minato Composite Works Co., Ltd. filed a lawsuit against Tenkai Launch "
            "Systems Co., Ltd. in the Tokyo District Court seeking 310 million yen in damages, alleging that the fairing separation "
            "mechanism of the Tenkai-2 infringes its utility model right. The Company believes the claim is without "
            "merit and has not recorded a provision.",
        ),
    ],
    [
        ("h", "Item 2. Business Overview - 5. Material Contracts"),
        (
            "table",
            [58, 66, 50],
            [
                ["Counterparty", "Contents", "Term"],
                [
                    "Orbelux S.A. (Luxembourg)",
                    "Launch services agreement: three dedicated launches of LEO relay satellites",
                    "September 2024 to March 2028",
                ],
                [
                    "Hinokage Precision Industries Co., Ltd.",
                    "Long-term supply of second-stage turbopumps",
                    "April 2023 to March 2028",
                ],
                [
                    "Vyom Launch Technologies Private Limited",
                    "Joint development of a reusable first stage",
                    "October 2023 to September 2030",
                ],
                [
                    "Yamabuki Bank, Ltd. (arranger) and four other banks",
                    "Syndicated loan agreement of 4,000 million yen",
                    "December 2024 to December 2029",
                ],
            ],
        ),
        ("h", "Item 4. Information on the Company - Major Shareholders (as of March 31, 2025)"),
        (
            "table",
            [66, 42, 36, 30],
            [
                ["Name", "Address", "Shares held (thousands)", "Ratio (%)"],
                ["Kazuhiro Tenma", "Minato-ku, Tokyo", "11,260", "20.16"],
                ["Sakuragawa Shoji Corporation", "Chiyoda-ku, Tokyo", "9,840", "17.62"],
                ["Tsukuba Deep Tech Investment Limited Partnership", "Tsukuba, Ibaraki", "4,115", "7.37"],
                ["Yamabuki Bank, Ltd.", "Kita-ku, Osaka", "2,310", "4.14"],
                ["Reiko Ota", "Setagaya-ku, Tokyo", "1,204", "2.16"],
                ["Total", "-", "28,729", "51.45"],
            ],
        ),
        (
            "small",
            "Note: The ratio is calculated on the basis of the total number of issued shares excluding treasury "
            "stock (55,852 thousand shares).",
        ),
    ],
    [
        ("h", "Item 5. Financial Information - Notes to the Consolidated Financial Statements (excerpt)"),
        ("h", "Segment Information: Information about Major Customers"),
        (
            "table",
            [70, 52, 52],
            [
                ["Customer", "Net sales", "Related segment"],
                ["Kumoi Space Inc.", "3,412 million yen", "Launch services"],
                ["Orbelux S.A.", "2,870 million yen", "Launch services"],
            ],
        ),
        ("h", "Borrowings"),
        (
            "p",
            "Long-term loans payable of 4,000 million yen at the end of the fiscal year consist of the syndicated loan "
            "arranged by Yamabuki Bank, Ltd. described under Material Contracts, which bears interest at TONA plus "
            "1.35% and is secured by the launch pad and the vehicle integration facilities. Short-term loans payable "
            "of 650 million yen are working-capital overdrafts.",
        ),
        ("h", "Independent Auditor's Report (excerpt)"),
        (
            "p",
            "Shirogane Audit Corporation audited the consolidated financial statements of Tenkai Launch Systems Co., "
            "Ltd. for the fiscal year from April 1, 2024 to March 31, 2025 and expressed an unqualified opinion. "
            "Key audit matters included the recoverability of deferred tax assets and the valuation of the investment "
            "in the equity-method affiliate.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Shengyu SatCom Corporation, TWSE material information announcements (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        ("small", "公開資訊觀測站　重大訊息公告（列印本）"),
        ("center", "昇宇衛通股份有限公司", 16),
        ("center", "Shengyu SatCom Corporation", 12),
        ("center", "（股票代號：6937）", 9),
        ("center", "重大訊息公告彙總", 13),
        ("small", "本文件彙總本公司於中華民國114年10月15日經公開資訊觀測站申報之重大訊息，內容以公開資訊觀測站所載為準。"),
        ("h", "一、本公司董事會決議參與日本Kumoi Space Inc.第三者配售增資案"),
        ("small", "發言日期：114/10/15　發言時間：17:35:12　符合條款：第四條第20款　事實發生日：114/10/15"),
        (
            "p",
            "1.標的物之名稱及性質：Kumoi Space Inc.（以下簡稱「Kumoi」，東京證券交易所Growth市場上市公司，證券代號429A）"
            "以第三者配售方式發行之普通股。",
        ),
        ("p", "2.事實發生日：114/10/15~114/10/15"),
        (
            "p",
            "3.交易單位數量、每單位價格及交易總金額：本公司擬認購Kumoi普通股3,200,000股，每股認購價格日圓1,250元，"
            "交易總金額日圓4,000,000,000元（約新台幣8.4億元）。",
        ),
        ("p", "4.交易相對人及其與公司之關係：Kumoi Space Inc.；與本公司非屬關係人。"),
        (
            "p",
            "5.交易相對人為關係人者，並應公告選定關係人為交易對象之原因及前次移轉之所有人、前次移轉之所有人與公司及交易相對人"
            "間相互之關係、前次移轉日期及移轉金額：不適用。",
        ),
        ("p", "6.處分利益（或損失）：不適用。"),
        (
            "p",
            "7.交付或付款條件（含付款期間及金額）、契約之限制條款及其他重要約定事項：於Kumoi臨時股東會通過及相關主管機關"
            "核准後，一次以現金支付全部股款，預定付款日為114年11月28日。",
        ),
        (
            "p",
            "8.本次交易之決定方式、價格決定之參考依據及決策單位：參考Kumoi於東京證券交易所董事會決議日前一個月之平均收盤價"
            "及獨立專家出具之價格合理性意見書，經雙方議價後決定，並經本公司董事會決議通過。",
        ),
    ],
    [
        (
            "p",
            "9.迄目前為止，累積持有本交易證券（含本次交易）之數量、金額、持股比例及權利受限情形：累積持有3,200,000股，"
            "金額日圓4,000,000,000元，持股比例約14.6%，權利未受限制。",
        ),
        (
            "p",
            "10.迄目前為止，依「公開發行公司取得或處分資產處理準則」第三條所列之有價證券投資（含本次交易），其占公司最近期"
            "財務報表中總資產及歸屬於母公司業主之權益之比例暨最近期財務報表中營運資金數額：占總資產比例9.82%，占歸屬於"
            "母公司業主之權益比例16.35%，營運資金新台幣2,318,406千元。",
        ),
        ("p", "11.經紀人及經紀費用：無。"),
        (
            "p",
            "12.取得或處分之具體目的或用途：策略性投資。本公司將與Kumoi建立資本及業務合作關係，雙方將共同開發適用於合成孔徑"
            "雷達（SAR）衛星資料下傳之人工智慧相位陣列地面天線，並共同向亞太地區地面站營運商推廣。",
        ),
        ("p", "13.本次交易表示異議董事之意見：無。"),
        ("p", "14.本次交易為關係人交易：否。"),
        ("p", "15.董事會通過日期：114/10/15"),
        ("p", "16.監察人承認或審計委員會同意日期：114/10/15"),
        ("p", "17.本次交易會計師出具非合理性意見：否。"),
        (
            "p",
            "18.其他敘明事項：本公司相位陣列天線之射頻前端模組主要由瀚星科技股份有限公司（以下簡稱「瀚星科技」）供應，"
            "本次合作開發所需之模組亦將由瀚星科技提供。本次投資之資金來源為自有資金。",
        ),
    ],
    [
        ("h", "二、代子公司昇宇衛通（新加坡）有限公司公告接獲重要訂單"),
        ("small", "發言日期：114/10/15　發言時間：17:36:40　符合條款：第四條第53款　事實發生日：114/10/14"),
        (
            "p",
            "1.子公司名稱：Shengyu SatCom (Singapore) Pte. Ltd.（中文名稱：昇宇衛通（新加坡）有限公司，以下簡稱「昇宇新加坡」）。",
        ),
        ("p", "2.與公司關係（請輸入本公司或子公司）：子公司；昇宇新加坡為本公司直接持股100%之子公司。"),
        ("p", "3.交易相對人：Orbelux Ground Services S.à r.l.。"),
        (
            "p",
            "4.契約內容：昇宇新加坡接獲Orbelux Ground Services S.à r.l.訂單，供應40套電子掃描平板天線及人工智慧追蹤控制軟體授權，"
            "訂單總金額美元18,600,000元，預計自115年第二季起分批交貨。",
        ),
        ("p", "5.對公司財務、業務之影響：本訂單金額約占本公司113年度合併營業收入之12.4%，對本公司115年度營運將有正面助益。"),
        ("h", "三、本公司與Antariksh GroundNet Limited簽訂重要供貨合約"),
        ("small", "發言日期：114/10/15　發言時間：17:38:05　符合條款：第四條第17款　事實發生日：114/10/15"),
        ("p", "1.契約相對人：Antariksh GroundNet Limited（印度國家證券交易所及孟買證券交易所上市公司，以下簡稱「Antariksh」）。"),
        ("p", "2.與公司關係：非關係人。"),
        ("p", "3.契約期間：114年10月15日至116年10月14日。"),
        (
            "p",
            "4.主要內容：本公司將於契約期間內向Antariksh供應24套Ka/X雙頻段相位陣列地面天線及人工智慧排程軟體，供其擴建印度"
            "境內之地面站網路，合約總金額約新台幣620,000,000元。",
        ),
        ("p", "5.限制條款：無。"),
        ("p", "6.對公司財務、業務之影響：有助於本公司拓展南亞市場，預計自115年起逐年認列營收。"),
    ],
    [
        ("h", "四、本公司董事會決議向金融機構申請聯合授信額度"),
        ("small", "發言日期：114/10/15　發言時間：17:40:22　符合條款：第四條第11款　事實發生日：114/10/15"),
        ("p", "1.授信機構：合豐商業銀行股份有限公司（主辦行）等五家金融機構。"),
        (
            "p",
            "2.授信額度及期間：合豐商業銀行股份有限公司擔任主辦行，提供本公司新台幣1,500,000,000元之五年期聯合授信額度，"
            "用於竹南新廠之興建及營運週轉。",
        ),
        ("p", "3.擔保品：竹南新廠土地及廠房。"),
        ("p", "4.對公司財務、業務之影響：充實中長期營運資金，無重大影響。"),
        ("h", "五、澄清媒體報導"),
        ("small", "發言日期：114/10/15　發言時間：17:42:51　符合條款：第四條第53款　事實發生日：114/10/15"),
        ("p", "1.傳播媒體名稱：竹科財經週刊。"),
        ("p", "2.報導日期：114/10/14"),
        ("p", "3.報導內容：竹科財經週刊報導昇宇衛通將與泰嶸通訊股份有限公司合併，以擴大衛星地面設備之市場占有率。"),
        ("p", "4.投資人提供訊息概要：無。"),
        (
            "p",
            "5.公司對該等報導或提供訊息之說明：昇宇衛通目前並未與泰嶸通訊股份有限公司進行任何合併或股份轉換之洽談，上述報導"
            "係媒體臆測，本公司營運一切正常。",
        ),
        ("p", "6.因應措施：無。"),
        ("p", "7.其他應敘明事項：本公司將依規定適時公告相關資訊，敬請投資人審慎判斷。"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Antariksh GroundNet Limited, disclosure to NSE and BSE under Regulation 30 (English, Indian issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("center", "ANTARIKSH GROUNDNET LIMITED", 14),
        (
            "center",
            "CIN: L64200KA2012PLC064118 | Registered Office: No. 41, 3rd Cross, Electronic City Phase II, Bengaluru - 560 100",
            8,
        ),
        ("center", "Tel: +91 80 4718 2200 | Email: investors@antariksh-gn.co.in", 8),
        ("p", "Date: October 28, 2025"),
        (
            "p",
            "To,\nThe Manager, Listing Department\nNational Stock Exchange of India Limited\nExchange Plaza, Bandra-Kurla "
            "Complex, Bandra (East), Mumbai - 400 051\nSymbol: ANTGN",
        ),
        (
            "p",
            "To,\nThe General Manager, Department of Corporate Services\nBSE Limited\nPhiroze Jeejeebhoy Towers, Dalal "
            "Street, Mumbai - 400 001\nScrip Code: 544381",
        ),
        ("p", "Dear Sir/Madam,"),
        (
            "h",
            "Sub: Outcome of the Board Meeting held on October 28, 2025 and disclosure under Regulation 30 of the SEBI "
            "(Listing Obligations and Disclosure Requirements) Regulations, 2015",
        ),
        (
            "p",
            "Pursuant to Regulation 30 read with Part A of Schedule III of the SEBI (Listing Obligations and Disclosure "
            'Requirements) Regulations, 2015 ("Listing Regulations"), we wish to inform you that the Board of '
            'Directors of Antariksh GroundNet Limited ("the Company") at its meeting held today, i.e. October 28, '
            "2025, has inter alia considered and approved the following:",
        ),
        (
            "p",
            "1. The unaudited standalone and consolidated financial results of the Company for the quarter and half "
            "year ended September 30, 2025. Iyengar Rao & Associates, Chartered Accountants, the Statutory Auditors of "
            "Antariksh GroundNet Limited, have carried out a limited review of the said results and issued an "
            "unmodified review report.",
        ),
        (
            "p",
            "2. The acquisition of 100% of the equity share capital of Nilgiri Telemetry Systems Private Limited "
            '("Nilgiri") from its existing shareholders for a total cash consideration of Rs. 186 crore, pursuant to a '
            "Share Purchase Agreement executed today. Upon completion, Nilgiri will become a wholly owned subsidiary of "
            "the Company. The details required under the SEBI Master Circular dated November 11, 2024 are given in "
            "Annexure A.",
        ),
        (
            "p",
            "3. Availing of a rupee term loan facility of up to Rs. 300 crore from Kaveri Commercial Bank Limited for a "
            "tenor of seven years, to part-finance the expansion of the Company's ground-station network and the "
            "acquisition referred to above. Details are given in Annexure D.",
        ),
        (
            "p",
            "4. Subject to the approval of the shareholders and such other approvals as may be required, the issue of "
            "up to 48,00,000 equity shares of face value Rs. 10 each at a price of Rs. 500 per equity share (including "
            "a premium of Rs. 490 per share), aggregating up to Rs. 240 crore, on a preferential basis to Aravalli Deep "
            "Tech Fund, a SEBI-registered Category II Alternative Investment Fund. Details are given in Annexure C.",
        ),
    ],
    [
        (
            "p",
            "Further, we wish to inform you that the Company has received a work order of approximately Rs. 212 crore "
            "from Kumoi Space Inc., Japan, for ground-station-as-a-service for its SAR satellite constellation over a "
            "period of five years. Details are given in Annexure B.",
        ),
        (
            "p",
            "The meeting of the Board of Directors commenced at 2:30 p.m. and concluded at 5:10 p.m. Kindly take the "
            "above information on record.",
        ),
        (
            "p",
            "Thanking you,\nYours faithfully,\nFor Antariksh GroundNet Limited\n\nSd/-\nMeenakshi Sundaram\nCompany "
            "Secretary and Compliance Officer (Membership No. A28417)",
        ),
        ("p", "Encl.: Annexures A to D"),
        ("h", "Annexure A - Acquisition of Nilgiri Telemetry Systems Private Limited"),
        (
            "table",
            [14, 70, 90],
            [
                ["Sr. No.", "Particulars", "Details"],
                [
                    "a)",
                    "Name of the target entity, details in brief such as size, turnover etc.",
                    "Nilgiri Telemetry Systems Private Limited, Coimbatore, Tamil Nadu. Turnover for FY 2024-25: Rs. 61.4 crore.",
                ],
                [
                    "b)",
                    "Whether the acquisition would fall within related party transaction(s) and whether the promoter / "
                    "promoter group / group companies have any interest in the entity being acquired",
                    "No. The acquisition is not a related party transaction, and none of the promoter, promoter group or group "
                    "companies have any interest in Nilgiri.",
                ],
                [
                    "c)",
                    "Industry to which the entity being acquired belongs",
                    "Space technology: telemetry, tracking and command (TT&C) ground systems",
                ],
                [
                    "d)",
                    "Objects and impact of the acquisition",
                    "Adds 9 antennas in Tamil Nadu and Kerala, AI-based pass-planning software and an engineering team of 74.",
                ],
                [
                    "e)",
                    "Brief details of any governmental or regulatory approvals required",
                    "None, other than customary filings",
                ],
                ["f)", "Indicative time period for completion", "On or before December 31, 2025"],
                ["g)", "Nature of consideration", "Cash"],
                [
                    "h)",
                    "Cost of acquisition or the price at which the shares are acquired",
                    "Rs. 186 crore, subject to customary net debt and working capital adjustments",
                ],
                ["i)", "Percentage of shareholding / control acquired", "100% of the equity share capital"],
                [
                    "j)",
                    "Brief background of the target entity",
                    "Incorporated in India on March 9, 2016. Turnover: FY 2022-23 Rs. 28.9 crore; FY 2023-24 Rs. 44.7 crore; "
                    "FY 2024-25 Rs. 61.4 crore.",
                ],
            ],
        ),
        (
            "p",
            "Nilgiri's existing customers include Vyom Launch Technologies Private Limited, to which it provides "
            "tracking and telemetry support for launch campaigns from Sriharikota; this contract will continue after "
            "completion.",
        ),
        (
            "p",
            "Antariksh GroundNet had earlier held discussions with Bhaskara Teleports Private Limited regarding a "
            "possible acquisition; those discussions were terminated in July 2025 and no agreement was entered into.",
        ),
    ],
    [
        ("h", "Annexure B - Award of order"),
        (
            "table",
            [14, 70, 90],
            [
                ["Sr. No.", "Particulars", "Details"],
                ["a)", "Name of the entity awarding the order", "Kumoi Space Inc., Tokyo, Japan"],
                [
                    "b)",
                    "Significant terms and conditions",
                    "14 dedicated X-band antennas, AI-based pass scheduling and data delivery, on a service basis",
                ],
                ["c)", "Whether domestic or international", "International"],
                ["d)", "Time period by which the order is to be executed", "Five years from April 2026"],
                ["e)", "Broad consideration or size of the order", "Approximately Rs. 212 crore"],
                ["f)", "Whether the promoter / promoter group / group companies have any interest in the awarding entity", "No"],
            ],
        ),
        (
            "p",
            "The antennas required for the order will be supplied by Shengyu SatCom Corporation, Taiwan, under the "
            "supply agreement executed by the Company on October 15, 2025.",
        ),
    ],
    [
        ("h", "Annexure C - Preferential issue of equity shares"),
        (
            "table",
            [14, 70, 90],
            [
                ["Sr. No.", "Particulars", "Details"],
                ["a)", "Type of securities proposed to be issued", "Equity shares of face value Rs. 10 each"],
                ["b)", "Type of issuance", "Preferential allotment under Chapter V of the SEBI (ICDR) Regulations, 2018"],
                [
                    "c)",
                    "Total number of securities and total amount",
                    "Up to 48,00,000 equity shares aggregating up to Rs. 240 crore",
                ],
                ["d)", "Name of the investor", "Aravalli Deep Tech Fund (SEBI-registered Category II AIF)"],
                ["e)", "Issue price", "Rs. 500 per equity share, determined under Regulation 164 of the ICDR Regulations"],
            ],
        ),
        (
            "p",
            "On completion of the allotment, Aravalli Deep Tech Fund will hold 7.90% of the post-issue paid-up equity "
            "share capital of Antariksh GroundNet Limited and will be classified in the public category.",
        ),
        ("h", "Annexure D - Borrowing"),
        (
            "table",
            [14, 70, 90],
            [
                ["Sr. No.", "Particulars", "Details"],
                ["a)", "Name of the lender", "Kaveri Commercial Bank Limited"],
                ["b)", "Nature and amount of the facility", "Rupee term loan of up to Rs. 300 crore"],
                ["c)", "Tenor", "Seven years, including a moratorium of 18 months"],
                ["d)", "Security", "First charge on movable fixed assets, including antennas and ground-station equipment"],
            ],
        ),
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
    font = TTFont(find_cjk_ttc(), fontNumber=face_index)
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
            "02_Tenkai_securities_report.pdf",
            build_latin(
                "02_Tenkai_securities_report.pdf",
                DOC02,
                "Tenkai Launch Systems Co., Ltd. - Annual Securities Report",
                "Tenkai Launch Systems Co., Ltd. - Annual Securities Report, 8th fiscal year (English translation, excerpt)",
            ),
            len(DOC02),
        ),
        (
            "03_Shengyu_TWSE_announcement.pdf",
            build_cjk(
                "03_Shengyu_TWSE_announcement.pdf",
                DOC03,
                TC_INDEX,
                "昇宇衛通股份有限公司 重大訊息",
                "昇宇衛通股份有限公司 重大訊息公告彙總 114/10/15",
            ),
            len(DOC03),
        ),
        (
            "04_Antariksh_NSE_disclosure.pdf",
            build_latin(
                "04_Antariksh_NSE_disclosure.pdf",
                DOC04,
                "Antariksh GroundNet Limited - Regulation 30 disclosure",
                "Antariksh GroundNet Limited - Outcome of Board Meeting, October 28, 2025",
            ),
            len(DOC04),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
