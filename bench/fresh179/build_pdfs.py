"""Build the three PDF documents of the fresh179 evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a face of NotoSansCJK-Regular.ttc (a collection that fpdf2 cannot read). The face is subset to the
characters used with fontTools, its CFF outlines are converted to TrueType quadratic outlines with cu2quPen, and the
result is saved to a temporary directory under /tmp/fresh179_tmp that is deleted after the PDF is written.
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
TMP_ROOT = Path("/tmp/fresh179_tmp")
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # Noto Sans CJK SC
TC_INDEX = 3  # Noto Sans CJK TC


# ---------------------------------------------------------------------------------------------------------------------
# Document 03 - Bomnal Animal Healthcare Co., Ltd., Annual Report 2024 (English, Korean issuer)
# ---------------------------------------------------------------------------------------------------------------------

DOC03 = [
    [
        ("center", "Bomnal Animal Healthcare Co., Ltd. - Annual Report 2024", 9),
        ("title", "Business Review (excerpt)"),
        ("h", "1. Company overview"),
        (
            "p",
            "Bomnal Animal Healthcare Co., Ltd. (KOSDAQ: 438150) provides management services, purchasing, diagnostics "
            "and clinical software to a network of 86 affiliated animal hospitals in Korea, of which 31 are in Seoul and "
            "29 in Gyeonggi Province. Because an animal hospital in Korea must be opened by a licensed veterinarian, "
            "Bomnal does not own the hospitals; it serves them under long-term management service agreements and earns "
            "fees linked to hospital revenue, together with a margin on the medicines, diets and equipment it procures "
            "for the network.",
        ),
        (
            "p",
            "2024 was the year in which artificial intelligence moved from pilot to routine use across the network. "
            "VetLens, the imaging model developed by our wholly owned subsidiary Bomnal Diagnostics Co., Ltd., now "
            "provides a preliminary reading of every thoracic and abdominal radiograph taken in an affiliated hospital, "
            "and a board-certified radiologist reviews the flagged cases within two hours. Median time from X-ray to "
            "written report fell from 19 hours in 2023 to 2.6 hours in December 2024.",
        ),
        ("h", "2. Financial highlights"),
        (
            "p",
            "Consolidated revenue rose by 17.3% to KRW 214.7 billion (2023: KRW 183.0 billion) and operating profit by "
            "24.1% to KRW 18.9 billion. Management-service fees accounted for 38% of revenue, procurement for 55% and "
            "diagnostics and data for 7%. The Board proposes a dividend of KRW 180 per share (2023: KRW 120).",
        ),
        ("h", "3. Network growth"),
        (
            "p",
            "Eleven hospitals joined the network during the year and two left. In August 2024, Bomnal acquired 100% of "
            "Gwanggyo Animal Medical Center MSO Co., Ltd., which provides management services to a 24-hour referral "
            "hospital in Suwon, for KRW 12.8 billion. The referral hospital receives more than 600 cases a month from "
            "affiliated and independent first-opinion practices.",
        ),
        (
            "p",
            "Competition for veterinarians, and for hospital owners considering a network affiliation, remains intense. "
            "Our principal competitors in the Seoul metropolitan area include Cheongdam Vet Partners Co., Ltd. and "
            "independent hospitals that buy third-party AI reading services from Saebit Vision Inc.",
        ),
    ],
    [
        ("h", "4. Purchasing and suppliers"),
        (
            "p",
            "Medicines, prescription diets and consumables purchased on behalf of the network amounted to KRW 96.3 "
            "billion in 2024. Prescription and recovery diets sold in our hospitals are supplied mainly by Dasom Pet "
            "Foods Co., Ltd.; purchases from Dasom amounted to KRW 9.8 billion in 2024. Central purchasing allows "
            "affiliated hospitals to buy at prices that a single practice could not obtain.",
        ),
        (
            "p",
            "In December 2024, we signed a three-year preferred-supplier agreement with Vetanova Animal Health Korea "
            "Ltd., under which it will supply parasiticides and an osteoarthritis antibody to the network from March "
            "2025. We expect the agreement to lower the network's drug costs by around 6% on a like-for-like basis.",
        ),
        ("h", "5. Data business"),
        (
            "p",
            "Revenue from our data licensing business reached KRW 4.6 billion in 2024, of which KRW 3.1 billion came "
            "from Alimentos Australes S.A. of Chile, which licenses de-identified clinical records from Bomnal to train "
            "the models behind its therapeutic pet food range. All records are stripped of owner information before "
            "they leave the network, and owners may opt out at any affiliated hospital.",
        ),
        (
            "p",
            "In November 2024, Bomnal Diagnostics signed its first overseas licence for VetLens with Clínicas "
            "Veterinarias Cordillera S.A., which will use the model in its clinics in Chile from 2025. The licence fee "
            "is charged per radiograph read, with an annual minimum.",
        ),
        ("h", "6. Financing"),
        (
            "p",
            "In June 2024 Bomnal entered into a KRW 30.0 billion three-year term loan with Daeseong Commercial Bank to "
            "fund the Gwanggyo acquisition and the expansion of the central laboratory; KRW 24.0 billion was "
            "outstanding at 31 December 2024. The loan is secured on the shares of Gwanggyo Animal Medical Center MSO "
            "Co., Ltd. and requires a net debt to EBITDA ratio of no more than 2.5 times.",
        ),
        ("h", "7. Legal proceedings"),
        (
            "p",
            "In October 2024, Cheongdam Vet Partners Co., Ltd. filed a claim against Bomnal in the Seoul Central "
            "District Court alleging that Bomnal had induced veterinarians to breach non-compete undertakings. The "
            "claim is for KRW 2.4 billion. Management believes the claim is without merit, and no provision has been "
            "recognised.",
        ),
    ],
    [
        ("h", "Notes to the consolidated financial statements (excerpt)"),
        ("h", "Note 1. Subsidiaries"),
        (
            "table",
            [74, 28, 24, 48],
            [
                ["Company", "Location", "Ownership", "Principal activity"],
                ["Bomnal Diagnostics Co., Ltd.", "Seoul", "100.0%", "Imaging AI and central laboratory"],
                ["Gwanggyo Animal Medical Center MSO Co., Ltd.", "Suwon", "100.0%", "Hospital management services"],
            ],
        ),
        ("h", "Note 14. Borrowings"),
        (
            "table",
            [62, 34, 24, 20, 34],
            [
                ["Lender", "Type", "Interest rate", "Maturity", "31 Dec 2024 (KRW million)"],
                ["Daeseong Commercial Bank", "Secured term loan", "4.35%", "2027", "24,000"],
                ["Lease liabilities", "Hospital equipment", "3.9% - 5.2%", "2025-2029", "6,118"],
                ["Total", "", "", "", "30,118"],
            ],
        ),
        ("h", "Note 27. Major shareholders"),
        ("p", "The following shareholders held 5% or more of the Company's issued ordinary shares at 31 December 2024:"),
        (
            "table",
            [84, 44, 46],
            [
                ["Shareholder", "Number of shares", "Shareholding"],
                ["Kim Ha-eun (founder and CEO) and related parties", "6,842,000", "27.4%"],
                ["Kortveld Invest NV", "3,546,000", "14.2%"],
                ["Chong'an Pet Healthcare Group Co., Ltd.", "2,472,000", "9.9%"],
                ["Total issued shares", "24,970,000", "100.0%"],
            ],
        ),
        ("h", "Independent auditor"),
        (
            "p",
            "Hyunseong Accounting Corporation audited the consolidated financial statements of Bomnal Animal "
            "Healthcare Co., Ltd. for the year ended 31 December 2024 and expressed an unqualified opinion.",
        ),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 04 - Hangzhou Ruichong Biopharmaceutical Co., Ltd., A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC04 = [
    [
        ("small", "证券代码：301487        证券简称：瑞宠生物        公告编号：2025-058"),
        ("center", "杭州瑞宠生物药业股份有限公司", 15),
        ("center", "关于签订产品独家许可协议暨对外投资设立控股子公司的公告", 13),
        ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "特别提示："),
        (
            "p",
            "1、公司与Vetanova NV签订《Tovirex中国区独家许可协议》，公司需向对方支付首付款，并视研发、注册及销售进展"
            "支付合计不超过3,800万欧元的里程碑款项及销售提成。",
        ),
        (
            "p",
            "2、公司拟与宠安医疗集团股份有限公司共同出资设立上海瑞宠宠安动物医疗科技有限公司（暂定名），注册资本"
            "人民币10,000万元，公司持股60%。",
        ),
        (
            "p",
            "3、本次交易不构成关联交易，也不构成《上市公司重大资产重组管理办法》规定的重大资产重组。本次交易已经公司"
            "第三届董事会第十九次会议审议通过，无需提交股东大会审议。",
        ),
        ("h", "一、许可协议概述"),
        ("h", "（一）协议签订情况"),
        (
            "p",
            "2025年9月25日，杭州瑞宠生物药业股份有限公司（以下简称“公司”或“瑞宠生物”）与Vetanova NV（以下简称"
            "“Vetanova”）签订《Tovirex中国区独家许可协议》，Vetanova授予公司在中国大陆地区开发、注册、生产及商业化"
            "其犬用口服驱虫药Tovirex（托维拉纳咀嚼片）的独家许可，公司将向Vetanova支付首付款1,200万欧元。",
        ),
        ("h", "（二）交易对方基本情况"),
        (
            "p",
            "Vetanova成立于2004年，注册地位于比利时梅赫伦，其股票于泛欧交易所布鲁塞尔市场上市（股票代码：VTNV），"
            "主要从事伴侣动物及水产动物药品、疫苗的研发、生产和销售，2024年度营业收入约为5.96亿欧元。",
        ),
        ("p", "Vetanova与公司及公司控股股东、实际控制人、董事、监事、高级管理人员均不存在关联关系。"),
        ("h", "（三）协议主要内容"),
        (
            "p",
            "1、许可范围：中国大陆地区（不含香港、澳门及台湾地区）犬用适应症，许可期限至产品在中国大陆地区的化合物专利到期之日。",
        ),
        (
            "p",
            "2、付款安排：首付款于协议生效后30个工作日内支付；里程碑款项合计不超过3,800万欧元；销售提成按年度净销售额"
            "的8%至12%分档计算。",
        ),
        ("p", "3、注册安排：公司负责在中国开展注册所需的临床试验，Vetanova提供已有的全部药学、安全性及有效性数据。"),
    ],
    [
        ("h", "二、对外投资概述"),
        (
            "p",
            "为把握宠物医疗数字化发展机遇，公司拟与宠安医疗集团股份有限公司（以下简称“宠安医疗”）共同出资设立"
            "上海瑞宠宠安动物医疗科技有限公司（暂定名，以下简称“合资公司”），开展基于人工智能的宠物慢性病诊疗方案"
            "研发及宠物药品院内配送业务。",
        ),
        (
            "p",
            "合资公司注册资本为人民币10,000万元，其中公司以自有资金出资人民币6,000万元，持股60%；宠安医疗出资人民币"
            "4,000万元，持股40%。合资公司股权结构如下：",
        ),
        (
            "table",
            [74, 36, 30, 34],
            [
                ["股东名称", "出资额（万元）", "出资方式", "持股比例"],
                ["杭州瑞宠生物药业股份有限公司", "6,000", "货币", "60%"],
                ["宠安医疗集团股份有限公司", "4,000", "货币", "40%"],
                ["合计", "10,000", "-", "100%"],
            ],
        ),
        (
            "p",
            "合资公司设立后将纳入公司合并报表范围，成为公司的控股子公司。合资公司董事会由5名董事组成，其中公司委派3名，"
            "宠安医疗委派2名。",
        ),
        ("h", "三、合作方基本情况"),
        (
            "p",
            "宠安医疗成立于2012年，注册地位于上海市，其H股于香港联合交易所有限公司主板上市（股份代号：2851），"
            "主要从事宠物医院连锁经营，截至2024年12月31日在全国运营动物医院342家。",
        ),
        (
            "p",
            "宠安医疗为公司2024年度第一大客户，公司向其销售宠物药品及疫苗金额约为人民币1.37亿元。除上述日常经营往来外，"
            "宠安医疗与公司不存在关联关系。",
        ),
        ("h", "四、合资公司人工智能研发安排"),
        (
            "p",
            "公司全资子公司杭州瑞宠智药科技有限公司（以下简称“瑞宠智药”）将负责合资公司AI诊疗模型的开发，"
            "模型训练所需算力由云衡智算科技有限公司提供。合资公司将利用经脱敏处理的临床诊疗数据，"
            "开发犬猫慢性肾病、皮肤病及骨关节炎的辅助诊断与用药推荐模型。",
        ),
        ("p", "目前国内犬用口服驱虫药市场的主要参与者包括江苏牧康动物药业有限公司及Cavalon Animal Health等。"),
    ],
    [
        ("h", "五、对公司的影响"),
        (
            "p",
            "本次引进Tovirex有利于丰富公司伴侣动物驱虫产品线，提升公司在高端宠物药品市场的竞争力。本次对外投资有利于"
            "公司拓展宠物医院终端渠道，资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大不利影响，"
            "不存在损害公司及全体股东利益的情形。",
        ),
        (
            "p",
            "瑞宠生物此前曾与Hestia Vet Pharma AG就另一款猫用驱虫产品的中国区授权进行接洽，但双方未能就商业条款"
            "达成一致，相关洽谈已于2025年6月终止。",
        ),
        ("h", "六、保荐机构意见"),
        (
            "p",
            "华鼎证券股份有限公司作为瑞宠生物首次公开发行股票并在创业板上市的持续督导保荐机构，对本次交易事项出具了"
            "无异议的核查意见。",
        ),
        ("h", "七、风险提示"),
        (
            "p",
            "1、产品注册风险：Tovirex在中国大陆地区上市尚需完成临床试验并取得农业农村部核发的新兽药注册证书，"
            "能否取得及取得时间存在不确定性。",
        ),
        (
            "p",
            "2、合资公司经营风险：合资公司设立尚需办理工商登记手续，设立后可能面临市场竞争、技术开发及经营管理等风险，"
            "投资收益存在不确定性。",
        ),
        ("p", "3、汇率风险：许可协议相关款项以欧元结算，汇率波动可能对公司经营业绩产生一定影响。"),
        ("p", "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "杭州瑞宠生物药业股份有限公司董事会"),
        ("right", "2025年9月26日"),
    ],
]


# ---------------------------------------------------------------------------------------------------------------------
# Document 05 - Chong'an Pet Healthcare Group Co., Ltd., HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------------------------------------------------

DOC05 = [
    [
        (
            "small",
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何"
            "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。",
        ),
        ("center", "寵安醫療集團股份有限公司", 16),
        ("center", "Chong'an Pet Healthcare Group Co., Ltd.", 12),
        ("center", "（於中華人民共和國註冊成立的股份有限公司）", 9),
        ("center", "（股份代號：2851）", 9),
        ("center", "須予披露交易", 13),
        ("center", "收購上海萌爪動物醫院管理有限公司70%股權", 13),
        ("h", "收購事項"),
        (
            "p",
            "董事會欣然宣佈，於二零二五年十月十三日（交易時段後），寵安醫療集團股份有限公司（「本公司」或「寵安醫療」，"
            "連同其附屬公司統稱「本集團」）與張志明先生及李婉婷女士（統稱「賣方」）訂立股權轉讓協議。",
        ),
        (
            "p",
            "根據股權轉讓協議，寵安醫療有條件同意以總代價人民幣420,000,000元收購上海萌爪動物醫院管理有限公司"
            "（「目標公司」或「萌爪」）70%股權，代價將分三期以現金支付。代價乃經訂約方參考獨立估值師之估值及目標公司"
            "之業務前景後按公平原則磋商釐定。",
        ),
        (
            "p",
            "完成後，寵安醫療將持有萌爪70%股權，萌爪將成為本公司之非全資附屬公司，其財務業績將併入本集團之財務報表。"
            "賣方將繼續持有餘下30%股權，並於完成後三年內留任目標公司之管理層。",
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
            "本集團主要於中國從事寵物醫院連鎖經營，截至二零二五年六月三十日在全國二十六個城市經營動物醫院三百四十二家，"
            "並透過人工智能影像判讀及病歷分析系統為旗下醫院提供診斷支援。雲衡智算科技有限公司（「雲衡智算」）為本集團"
            "提供雲端影像存檔及人工智能推理算力服務。",
        ),
        (
            "p",
            "本集團自二零二四年起向Saebit Vision Inc.（「Saebit」）授權使用經去識別化處理之犬貓X光及超聲影像數據，"
            "用於其人工智能判讀模型之訓練，截至二零二四年十二月三十一日止年度之相關授權收入約為人民幣18,600,000元。",
        ),
        ("p", "寵安醫療亦持有於韓國KOSDAQ上市之Bomnal Animal Healthcare Co., Ltd.（「Bomnal」）約9.9%股權。"),
        ("h", "目標公司"),
        (
            "p",
            "目標公司為一家於中國註冊成立之有限責任公司，透過其附屬公司於上海市經營動物醫院二十八家，其中包括兩家"
            "二十四小時急診及轉診中心。上海寵物醫療市場之主要連鎖機構包括萌爪及沐恩寵物醫療集團有限公司等。",
        ),
        (
            "table",
            [60, 57, 57],
            [
                ["截至十二月三十一日止年度", "二零二三年（人民幣千元）", "二零二四年（人民幣千元）"],
                ["收益", "268,410", "315,972"],
                ["除稅前溢利", "21,376", "30,845"],
                ["除稅後溢利", "15,902", "23,117"],
            ],
        ),
        ("h", "進行收購事項之理由及裨益"),
        (
            "p",
            "收購事項將使本集團於上海之醫院數目增加至七十家，並取得兩家轉診中心。完成後，目標公司之藥品採購將納入"
            "本集團之集中採購平台。本集團目前主要向杭州瑞寵生物藥業股份有限公司（「瑞寵生物」）採購寵物藥品及疫苗。",
        ),
        (
            "p",
            "董事會注意到近期有媒體報道指本公司擬收購韓國寵物醫院管理機構之股權。董事會謹此澄清，寵安醫療並無與"
            "Cheongdam Vet Partners進行任何相關磋商。",
        ),
    ],
    [
        ("h", "收購事項之資金來源"),
        (
            "p",
            "收購事項之代價將以本集團內部資源及之江銀行股份有限公司（「之江銀行」）向寵安醫療提供之人民幣250,000,000元"
            "定期貸款融資撥付。該融資為期五年，以目標公司70%股權作抵押。",
        ),
        ("h", "估值"),
        (
            "p",
            "卓信評估有限公司已採用市場法對萌爪100%股權於二零二五年六月三十日之市場價值進行估值，估值約為人民幣612,000,000元。",
        ),
        ("h", "本公司之股權架構"),
        ("p", "於本公告日期，本公司之股權架構如下："),
        (
            "table",
            [70, 24, 40, 40],
            [
                ["股東名稱", "股份類別", "所持股份數目", "佔已發行股份總數概約百分比"],
                ["寧波寵安投資合夥企業（有限合夥）", "內資股", "231,000,000", "38.5%"],
                ["公眾股東", "H股", "369,000,000", "61.5%"],
                ["總計", "", "600,000,000", "100.0%"],
            ],
        ),
        ("h", "財務顧問"),
        ("p", "嘉衡融資有限公司擔任寵安醫療就收購事項之財務顧問。"),
        (
            "p",
            "由於收購事項須待多項先決條件獲達成後方告完成，故收購事項未必會進行。股東及潛在投資者於買賣本公司證券時，"
            "務請審慎行事。",
        ),
        ("right", "承董事會命"),
        ("right", "寵安醫療集團股份有限公司"),
        ("right", "董事長"),
        ("right", "周立衡"),
        ("p", "中國上海，二零二五年十月十三日"),
        (
            "small",
            "於本公告日期，董事會成員包括執行董事周立衡先生及陳曉琳女士；非執行董事王建新先生；以及獨立非執行董事"
            "劉家明先生、鄭婉儀女士及高志誠先生。",
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
    TMP_ROOT.mkdir(parents=True, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="fresh179_font_", dir=TMP_ROOT)
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
            "03_Bomnal_annual_report.pdf",
            build_latin(
                "03_Bomnal_annual_report.pdf",
                DOC03,
                "Bomnal Animal Healthcare Co., Ltd. - Annual Report 2024",
                "Bomnal Animal Healthcare Co., Ltd. - Annual Report 2024 (excerpt)",
            ),
            len(DOC03),
        ),
        (
            "04_Ruichong_A-share_announcement.pdf",
            build_cjk(
                "04_Ruichong_A-share_announcement.pdf",
                DOC04,
                SC_INDEX,
                "杭州瑞宠生物药业股份有限公司 公告",
                "杭州瑞宠生物药业股份有限公司 公告 2025-058",
            ),
            len(DOC04),
        ),
        (
            "05_ChongAn_HKEX_announcement.pdf",
            build_cjk(
                "05_ChongAn_HKEX_announcement.pdf",
                DOC05,
                TC_INDEX,
                "寵安醫療集團股份有限公司 公告",
                "寵安醫療集團股份有限公司 須予披露交易",
            ),
            len(DOC05),
        ),
    ]
    for name, built, planned in plans:
        status = "ok" if built == planned else f"MISMATCH (planned {planned})"
        print(f"{name}: {built} pages {status}")


if __name__ == "__main__":
    main()
