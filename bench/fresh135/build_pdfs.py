"""Build the PDF documents of the fresh135 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English PDFs use DejaVu Sans. Chinese PDFs use one face of the Noto Sans CJK
collection (index 2 = Simplified Chinese, index 3 = Traditional Chinese),
subset to the characters used, with its CFF outlines converted to TrueType
outlines (fpdf2 cannot read .ttc collections or CFF-flavoured fonts).
"""

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
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FACE_INDEX = {"sc": 2, "tc": 3}


# ---------------------------------------------------------------------------
# Document 02 - Frigorifico Serra Dourada S.A., annual report 2024 (English)
# ---------------------------------------------------------------------------

DOC02 = {
    "file": "02_SerraDourada_annual_report.pdf",
    "lang": "en",
    "footer": "Frigorífico Serra Dourada S.A. | Annual Report 2024",
    "blocks": [
        ("title", "FRIGORÍFICO SERRA DOURADA S.A."),
        ("small", "Publicly held company | CNPJ 12.345.678/0001-90 | B3: SDRA3"),
        ("sub", "Annual Report 2024 - Management Report and selected Notes to the Financial Statements (excerpt)"),
        ("small", "Free translation of the original in Portuguese. Amounts in millions of reais (R$) unless otherwise stated."),
        ("h", "1. Message from Management"),
        ("p", "2024 was the year in which Frigorífico Serra Dourada moved from piloting artificial intelligence to running "
              "it at scale. Net revenue reached R$ 16.8 billion, up 9.4% on 2023, driven by higher export volumes to Asia "
              "and the reinstatement of two plant approvals for the European Union. Adjusted EBITDA was R$ 1.52 billion, a "
              "margin of 9.0%, and net income attributable to controlling shareholders was R$ 486.3 million."),
        ("p", "Cattle availability turned in the second half as the cycle moved towards retention, and we expect 2025 to "
              "bring tighter supply and higher acquisition costs. That makes yield, meaning how much saleable meat we "
              "obtain from each animal, more important than ever, and it is where our technology investments are "
              "concentrated. Frigorífico Rio Tietê S.A. and Pampa Sul Alimentos S.A. remain our principal competitors in "
              "the export of chilled beef to the European Union."),
        ("h", "2. Smart Beef Programme (Programa Carne Inteligente)"),
        ("p", "The Smart Beef Programme brings together three workstreams: automated carcass grading, line inspection on "
              "deboning and packing, and predictive maintenance in refrigeration. Capital expenditure on the programme "
              "was R$ 137 million in 2024, of which R$ 58 million related to cameras, sensors and edge computing hardware."),
        ("p", "Grading at all nine beef plants is now performed by the VisãoCarne camera system, which the Company "
              "licenses from VisãoCarne Tecnologia Ltda. under a per-carcass fee. The system scores marbling, fat cover "
              "and conformation on every carcass and feeds the results directly into payments to cattle suppliers, "
              "replacing visual grading that was a recurrent source of disputes with producers."),
        ("p", "In March 2024 Frigorífico Rio Tietê S.A. filed a claim against VisãoCarne Tecnologia Ltda. alleging "
              "infringement of a patent on marbling-score imaging; the Company is not a party to that proceeding. "
              "Management does not expect the claim to affect the availability of the grading system, and the licence "
              "contains indemnities in favour of the Company."),
        ("p", "Our images have also become a source of revenue. In the fourth quarter the Company granted Fernbrook "
              "Vision AI, Inc. a five-year, non-exclusive licence to its archive of 46 million labelled carcass images, "
              "for which Fernbrook paid R$ 18.6 million in 2024. The archive is anonymised at supplier level and the "
              "licence prohibits resale of the images to third parties."),
        ("h", "3. Poultry: investment in Avícola Campos Verdes"),
        ("p", "In July 2024 the Company subscribed R$ 412.0 million in the capital increase of Avícola Campos Verdes "
              "S.A., raising its interest in the voting capital from 31.0% to 38.5%. Campos Verdes, which operates five "
              "poultry processing plants in Paraná and Santa Catarina, used the proceeds mainly to automate evisceration "
              "and deboning lines and to reduce its leverage. The Company does not control Campos Verdes, which is "
              "accounted for as an associate using the equity method (Note 12). Share of profit of associates was "
              "R$ 71.4 million in 2024 (2023: R$ 39.8 million)."),
        ("h", "4. Financing"),
        ("p", "In May 2024 Banco Paranaense de Fomento S.A. lent the Company R$ 900.0 million through an Agro Export "
              "Credit Note (NCE) maturing in 2029, at CDI + 1.35% per year. The proceeds were used to prepay more "
              "expensive debt maturing in 2025 and 2026. At 31 December 2024, net debt was R$ 3.94 billion and leverage, "
              "measured as net debt to adjusted EBITDA, was 2.59x (2023: 2.88x)."),
        ("pb",),
        ("title", "Selected Notes to the Consolidated Financial Statements"),
        ("h", "Note 1 - Group structure"),
        ("p", "The consolidated financial statements include the following direct subsidiaries:"),
        ("table", [52, 26, 52, 20, 20],
         ["Entity", "Country", "Main activity", "Interest 2024", "Interest 2023"],
         [
             ["Serra Dourada Logística Ltda.", "Brazil", "Refrigerated road transport", "100.0%", "100.0%"],
             ["Serra Dourada Europe B.V.", "Netherlands", "Sales and distribution in the EU", "100.0%", "100.0%"],
             ["Serra Dourada Asia Limited", "Hong Kong", "Trading and distribution in Asia", "100.0%", "100.0%"],
         ]),
        ("p", "Serra Dourada Europe B.V., based in Rotterdam, holds the import licences and cold-storage contracts for "
              "sales in the European Union; Serra Dourada Asia Limited performs the same role for Hong Kong, Macau and "
              "Southeast Asia."),
        ("h", "Note 28 - Related-party transactions"),
        ("p", "Transactions with related parties are conducted on terms equivalent to those prevailing in arm's-length "
              "transactions. The main transactions in the year were (R$ million):"),
        ("table", [44, 44, 54, 14, 14],
         ["Group entity", "Related party", "Nature of transaction", "2024", "2023"],
         [
             ["Serra Dourada Logística Ltda.", "Avícola Campos Verdes S.A. (associate)",
              "Refrigerated freight services provided", "61.7", "48.2"],
             ["Frigorífico Serra Dourada S.A.", "Key management personnel",
              "Remuneration, including share-based payments", "38.4", "33.9"],
         ]),
        ("h", "Note 30 - Information on major customers"),
        ("p", "No single customer accounted for 10% or more of net revenue in 2024 or 2023. The largest customers were:"),
        ("table", [56, 24, 46, 22, 22],
         ["Customer", "Country", "Main products", "Net revenue 2024 (R$ million)", "% of net revenue"],
         [
             ["Grupo Varejista Horizonte S.A.", "Brazil", "Case-ready fresh beef", "1,362.5", "8.1%"],
             ["Harbourpeak Food Holdings Limited", "Hong Kong", "Chilled and frozen beef", "1,140.2", "6.8%"],
         ]),
        ("p", "Sales to Harbourpeak are made under annual supply contracts denominated in US dollars, with shipments "
              "from the Company's plants in Mato Grosso and Goiás."),
        ("h", "Independent auditor"),
        ("p", "Almeida Prates Auditores Independentes has audited the financial statements of Frigorífico Serra Dourada "
              "S.A. since the 2019 fiscal year. Fees for audit services were R$ 6.2 million in 2024, and no non-audit "
              "services were provided."),
    ],
}


# ---------------------------------------------------------------------------
# Document 03 - Harbourpeak Food Holdings, HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------

DOC03 = {
    "file": "03_Harbourpeak_hkex_announcement.pdf",
    "lang": "tc",
    "footer": "",
    "blocks": [
        ("small", "本公告僅供參考，並不構成收購、購買或認購本公司任何證券之邀請或要約。"),
        ("title", "港峰食品控股有限公司"),
        ("title", "HARBOURPEAK FOOD HOLDINGS LIMITED"),
        ("small", "（於開曼群島註冊成立之有限公司）"),
        ("small", "（股份代號：2795）"),
        ("title", "須予披露交易"),
        ("title", "收購智牧數據科技有限公司60%已發行股本"),
        ("h", "收購事項"),
        ("p", "董事會欣然宣佈，於二零二五年八月十八日（交易時段後），買方港峰科技投資有限公司（本公司之直接全資附屬公司）"
              "與賣方銳思創投有限公司訂立買賣協議，據此，買方有條件同意收購而賣方有條件同意出售智牧數據科技有限公司已發行"
              "股本之60%，代價為港幣312,000,000元。"),
        ("h", "上市規則之涵義"),
        ("p", "由於有關收購事項之一項或多項適用百分比率超過5%但全部低於25%，收購事項構成本公司之須予披露交易，因此須遵守"
              "上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。"),
        ("h", "買賣協議"),
        ("p", "日期：二零二五年八月十八日"),
        ("p", "訂約方：(i)買方：港峰科技投資有限公司；及(ii)賣方：銳思創投有限公司。"),
        ("p", "據董事作出一切合理查詢後所知、所悉及所信，賣方及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。"
              "據董事作出一切合理查詢後所知、所悉及所信，銳思創投有限公司與盛禾資本有限公司之間並無任何關連，亦非一致行動人士。"),
        ("h", "代價及付款條款"),
        ("p", "代價港幣312,000,000元將按以下方式以現金支付：(a)港幣93,600,000元於簽署買賣協議時作為可退還按金支付；"
              "及(b)餘額港幣218,400,000元於完成時支付。"),
        ("p", "代價將以本集團內部資源及東港銀行有限公司向本公司提供之港幣200,000,000元三年期定期貸款撥付。"),
        ("h", "代價基準"),
        ("p", "代價乃由買方與賣方經公平磋商後釐定，並已參考（其中包括）獨立估值師之估值。衡信評估有限公司已採用市場法對"
              "智牧數據於二零二五年六月三十日之全部股權進行估值，估值為港幣538,000,000元。估值所採用之可比公司包括牧雲智能"
              "控股有限公司及禾眼科技股份有限公司。代價較估值所示之60%股權價值折讓約3.3%。"),
        ("h", "有關目標集團之資料"),
        ("p", "智牧數據科技有限公司為一間於香港註冊成立之有限公司，主要從事為食品加工、冷鏈物流及牧場營運提供人工智能視覺"
              "及數據分析解決方案。於本公告日期，智牧數據由賣方銳思創投有限公司持有60%、由盛禾資本有限公司持有15%及由三名"
              "創辦人合共持有25%。"),
        ("p", "智牧數據（深圳）有限公司為智牧數據之全資附屬公司，負責研發及中國內地客戶之系統部署。智牧數據之高光譜相機主要"
              "向荷蘭Koudijk Vision Systems B.V.採購，截至二零二四年十二月三十一日止年度之採購額約為港幣21,600,000元。"),
        ("p", "下表載列目標集團截至二零二三年及二零二四年十二月三十一日止兩個年度之未經審核綜合財務資料："),
        ("table", [70, 50, 50],
         ["項目（港幣千元）", "二零二三年", "二零二四年"],
         [
             ["收益", "64,210", "97,850"],
             ["除稅前溢利", "6,030", "14,720"],
             ["除稅後溢利", "5,120", "12,460"],
             ["資產淨值（於年末）", "48,300", "60,760"],
         ]),
        ("h", "進行收購事項之理由及裨益"),
        ("p", "本集團主要從事進口肉類及乳製品之分銷、冷鏈倉儲及物流業務，客戶包括香港及澳門之連鎖超級市場、酒店及餐飲集團。"
              "本集團現時自山東潤禾乳業股份有限公司採購超高溫滅菌奶及調製乳，並於香港及澳門分銷。"),
        ("p", "自二零二三年起，智牧數據已為本集團位於葵涌及深圳之冷庫提供溫度及貨損AI監測服務，本集團於截至二零二四年十二月"
              "三十一日止年度向智牧數據支付服務費約港幣4,800,000元。董事認為，收購事項將使本集團能夠將冷鏈監測技術內部化，"
              "並向第三方冷鏈營運商及食品加工商提供有關服務，從而開拓新收入來源。"),
        ("p", "嘉域融資有限公司已獲委任為港峰食品控股有限公司有關收購事項之財務顧問。"),
        ("p", "董事（包括獨立非執行董事）認為，買賣協議之條款乃按一般商業條款訂立，屬公平合理，並符合本公司及其股東之整體利益。"),
        ("h", "完成"),
        ("p", "完成須待買賣協議所載之先決條件獲達成（或豁免）後，方告作實，預期將於二零二五年十月三十一日或之前落實。"
              "由於收購事項未必會進行，股東及潛在投資者於買賣本公司證券時務請審慎行事。"),
        ("h", "釋義"),
        ("table", [40, 130],
         ["詞彙", "釋義"],
         [
             ["「本公司」", "港峰食品控股有限公司，一間於開曼群島註冊成立之有限公司，其股份於聯交所主板上市（股份代號：2795）"],
             ["「買方」", "港峰科技投資有限公司，一間於英屬處女群島註冊成立之有限公司"],
             ["「賣方」", "銳思創投有限公司，一間於香港註冊成立之有限公司"],
             ["「目標公司」", "智牧數據科技有限公司"],
         ]),
        ("p", "承董事會命"),
        ("p", "港峰食品控股有限公司"),
        ("p", "主席　梁志恒"),
        ("p", "香港，二零二五年八月十八日"),
        ("small", "於本公告日期，董事會包括執行董事梁志恒先生、陳慧儀女士及何家樂先生；以及獨立非執行董事李國忠先生、"
                  "黃美玲女士及曾德明先生。"),
    ],
}


# ---------------------------------------------------------------------------
# Document 05 - Shandong Runhe Dairy, A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------

DOC05 = {
    "file": "05_Runhe_ashare_announcement.pdf",
    "lang": "sc",
    "footer": "",
    "blocks": [
        ("small", "证券代码：603917　　证券简称：润禾乳业　　公告编号：2025-031"),
        ("title", "山东润禾乳业股份有限公司"),
        ("title", "关于签订原料采购框架协议及全资子公司采购智能牧场系统暨增资的公告"),
        ("box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
                "准确性和完整性承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "●公司拟与Tarawera Dairy Group Limited（以下简称“Tarawera”）签订《全脂奶粉及脱脂奶粉采购框架协议》。"),
        ("p", "●全资子公司润禾智慧牧场（济南）有限公司拟采购牧场AI健康监测系统，公司拟以自有资金对其增资。"),
        ("p", "●本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。本次交易已经公司第四届"
              "董事会第十二次会议审议通过，无需提交股东大会审议。"),
        ("h", "一、交易概述"),
        ("p", "为保障原料奶粉供应稳定、推进牧场数字化升级，公司于2025年4月21日召开第四届董事会第十二次会议，审议通过了"
              "《关于签订原料采购框架协议的议案》及《关于全资子公司采购智能牧场系统暨对其增资的议案》。"),
        ("h", "二、交易对方基本情况"),
        ("p", "（一）Tarawera Dairy Group Limited：注册地为新西兰，股票于新西兰证券交易所上市（股票代码：TDG），主营业务为"
              "原奶收购及奶粉、奶酪、超高温灭菌奶等乳制品的生产和销售，2025财年营业收入约30.6亿新西兰元。"),
        ("p", "Tarawera Dairy Group Limited与公司控股股东山东润禾控股集团有限公司、持股5%以上股东及董事、监事、高级管理人员"
              "不存在关联关系。"),
        ("p", "（二）智牧数据科技有限公司：注册地为香港，成立于2019年，主营业务为面向牧场、食品加工及冷链物流企业的人工智能视觉"
              "及数据分析解决方案。智牧数据科技有限公司与青岛海晟投资合伙企业（有限合伙）不存在产权、业务、资产、债权债务、"
              "人员等方面的关系。"),
        ("h", "三、增资标的基本情况"),
        ("p", "公司名称：润禾智慧牧场（济南）有限公司；注册资本：人民币20,000万元；成立日期：2021年6月；经营范围：奶牛养殖；"
              "生鲜乳收购；智能农业管理；数据处理服务。"),
        ("p", "公司拟以自有资金人民币15,000万元对全资子公司润禾智慧牧场（济南）有限公司进行增资，增资完成后其注册资本由人民币"
              "20,000万元增加至人民币35,000万元，公司仍持有其100%股权。"),
        ("p", "润禾智慧牧场最近一年及一期主要财务数据如下（单位：人民币万元）："),
        ("table", [60, 55, 55],
         ["项目", "2024年12月31日/2024年度", "2025年3月31日/2025年1-3月"],
         [
             ["资产总额", "48,615.32", "50,207.84"],
             ["负债总额", "27,904.11", "29,118.65"],
             ["净资产", "20,711.21", "21,089.19"],
             ["营业收入", "31,226.47", "8,412.36"],
             ["净利润", "1,035.82", "377.98"],
         ]),
        ("h", "四、合同的主要内容"),
        ("p", "（一）原料采购框架协议：根据框架协议，Tarawera将于2025年度向公司供应新西兰产全脂奶粉及脱脂奶粉，采购金额合计"
              "不超过人民币48,000万元，价格参照新西兰乳制品拍卖平台月度均价确定，按批次结算。"),
        ("p", "（二）智能牧场系统采购合同：润禾智慧牧场（济南）有限公司将向智牧数据科技有限公司采购覆盖12个规模化牧场的AI健康"
              "监测系统，包括项圈传感器、挤奶厅视觉设备及云端模型服务，合同金额为人民币3,860万元（含税）。"),
        ("p", "（三）战略合作：同日，公司与新西兰Whenua Herd Analytics Limited签署《战略合作备忘录》，双方将在奶牛乳房炎早期"
              "预警模型、牧场数据标准等方面开展合作。该备忘录为框架性约定，不涉及具体交易金额。"),
        ("h", "五、资金来源"),
        ("p", "本次增资及采购所需资金来源于公司自有资金及泉城汇通银行股份有限公司向公司提供的人民币20,000万元流动资金贷款。"),
        ("h", "六、对公司的影响"),
        ("p", "本次签订原料采购框架协议有利于锁定优质进口奶源，平抑原料价格波动；智能牧场系统的应用预计可降低奶牛乳房炎发病率、"
              "提高单产水平。本次交易不会对公司2025年度财务状况和经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。"),
        ("h", "七、风险提示"),
        ("p", "1、框架协议项下实际采购金额以双方后续签订的具体订单为准，存在因市场变化导致采购金额低于预期的风险。"),
        ("p", "2、智能牧场系统的部署效果受牧场管理水平、数据质量等因素影响，存在不达预期的风险。国内同行业公司北岭乳业股份有限"
              "公司、华澜乳品集团股份有限公司近年亦陆续引入智能牧场系统，行业竞争加剧可能导致相关投入的效益低于预期。"),
        ("h", "八、其他说明"),
        ("p", "截至本公告披露日，公司持股5%以上股东情况如下："),
        ("table", [90, 45, 35],
         ["股东名称", "持股数量（股）", "持股比例"],
         [
             ["山东润禾控股集团有限公司", "154,320,000", "41.27%"],
             ["青岛海晟投资合伙企业（有限合伙）", "22,620,000", "6.05%"],
         ]),
        ("p", "公司将根据相关事项的进展情况，严格按照有关法律法规的规定和要求履行信息披露义务，敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("right", "山东润禾乳业股份有限公司董事会"),
        ("right", "2025年4月22日"),
    ],
}

DOCS = [DOC02, DOC03, DOC05]


def used_chars(doc):
    """Every character that appears in a document, plus digits and ASCII."""
    chars = set(doc["footer"])
    for block in doc["blocks"]:
        for part in block[1:]:
            if isinstance(part, str):
                chars.update(part)
            elif isinstance(part, list):
                for item in part:
                    if isinstance(item, list):
                        for cell in item:
                            chars.update(cell)
                    elif isinstance(item, str):
                        chars.update(item)
    chars.update(chr(c) for c in range(32, 127))
    return "".join(sorted(chars))


def make_cjk_font(lang, text, out_dir):
    """Subset one face of the CJK collection and convert CFF to glyf outlines."""
    font = TTFont(CJK_TTC, fontNumber=FACE_INDEX[lang])
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = Subsetter(options=options)
    subsetter.populate(text=text)
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    for tag in ("VORG", "GSUB", "GPOS", "GDEF", "BASE"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth",
                 "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = Path(out_dir) / f"noto_cjk_{lang}.ttf"
    font.save(str(path))
    return path


class Doc(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-14)
        self.set_font(self.body_family, "", 8)
        label = f"{self.footer_text}   {self.page_no()}" if self.footer_text else f"- {self.page_no()} -"
        self.cell(0, 6, label, align="C")


def build(doc, tmp_dir):
    pdf = Doc(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.footer_text = doc["footer"]
    if doc["lang"] == "en":
        pdf.add_font("body", "", DEJAVU)
        pdf.add_font("body", "B", DEJAVU_BOLD)
        bold = "B"
        size, line = 9.5, 4.7
    else:
        font_path = make_cjk_font(doc["lang"], used_chars(doc), tmp_dir)
        pdf.add_font("body", "", str(font_path))
        bold = ""
        size, line = 10, 6.0
    pdf.body_family = "body"
    pdf.add_page()
    width = pdf.epw
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "pb":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("body", bold, size + 4)
            pdf.multi_cell(width, line + 2, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sub":
            pdf.set_font("body", bold, size + 1)
            pdf.multi_cell(width, line + 1, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font("body", "", size - 1.5)
            pdf.multi_cell(width, line - 0.5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("body", bold, size + 1)
            pdf.multi_cell(width, line + 1, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("body", "", size)
            pdf.multi_cell(width, line, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "box":
            pdf.set_font("body", "", size - 0.5)
            pdf.multi_cell(width, line, block[1], border=1, align="L", padding=2, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "right":
            pdf.set_font("body", "", size)
            pdf.multi_cell(width, line, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            _, widths, header, rows = block
            pdf.set_font("body", "", size - 1)
            heading = FontFace(emphasis="BOLD" if bold else None, fill_color=(225, 225, 225))
            with pdf.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=line - 0.5,
                           headings_style=heading, first_row_as_headings=True) as table:
                for values in [header, *rows]:
                    row = table.row()
                    for value in values:
                        row.cell(value)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    out = HERE / doc["file"]
    pdf.output(str(out))
    print(f"wrote {out.name} ({pdf.page_no()} pages)")


def main():
    tmp_dir = tempfile.mkdtemp(prefix="fresh135_fonts_")
    try:
        for doc in DOCS:
            build(doc, tmp_dir)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
