"""Build the three PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

03 and 05 are Chinese (Traditional and Simplified). fpdf2 cannot read the Noto Sans
CJK collection directly, so for each of them the right face is pulled out of the .ttc,
subset to the characters the document uses, converted from CFF to TrueType outlines
and saved inside a temporary directory that is removed when the build finishes.
06 is English and uses the built-in Helvetica.

English text wraps at spaces only; Chinese text is laid out one sentence per line
(a line ends only after a full stop), shrinking the type a little for long sentences.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC = 2
FACE_TC = 3

CJK_SIZE = 9.5
CJK_MIN_SIZE = 7.0
LINE_HEIGHT_MM = 5.6

# ---------------------------------------------------------------------------
# Document 03: HKEX disclosable transaction announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC03 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。"
              "對其準確性或完整性亦不發表任何聲明。"
              "並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("gap",),
    ("title", "維港聯合碼頭控股有限公司"),
    ("center", "VICTORIA HARBOUR UNITED TERMINALS HOLDINGS LIMITED"),
    ("center", "（於百慕達註冊成立之有限公司）"),
    ("center", "（股份代號：3318）"),
    ("gap",),
    ("title", "須予披露交易"),
    ("center", "收購深圳鵬灣智慧碼頭有限公司35%股權"),
    ("center", "及"),
    ("center", "購買自動導引車與售後回租安排"),
    ("gap",),
    ("h", "緒言"),
    ("p", "董事會欣然宣佈，於2025年10月17日（交易時段後），本公司與鵬灣港務訂立收購協議。"
          "根據收購協議，本公司有條件同意向鵬灣港務收購深圳鵬灣智慧碼頭35%股權，代價為人民幣1,260,000,000元。"
          "同日，本公司與鼎昇智動訂立設備採購合約，向其採購48台自動導引車及配套充電系統，總代價為港幣312,000,000元。"
          "本公司亦與華港租賃訂立售後回租協議，華港租賃將以港幣250,000,000元購入上述自動導引車並回租予本公司。"),
    ("h", "收購協議"),
    ("p", "日期：2025年10月17日。"
          "訂約方：(i)本公司（作為買方）；及(ii)鵬灣港務（作為賣方）。"
          "代價將以現金分三期支付：簽署後十個營業日內支付30%，完成時支付60%，餘下10%於完成後十二個月內支付。"
          "代價乃經訂約方按一般商業條款公平磋商後釐定。"
          "獨立估值師博衡評估有限公司已以收益法對深圳鵬灣智慧碼頭全部股權進行估值。"
          "於2025年6月30日，目標公司全部股權之評估值為人民幣3,720,000,000元。"),
    ("p", "完成須待（其中包括）下列先決條件達成後方可作實。"
          "(a)已取得深圳市相關主管部門就股權轉讓之批准或備案。"
          "(b)本公司已完成對目標公司之盡職審查，且結果令本公司合理信納。"
          "(c)賣方於收購協議項下之保證於完成時在所有重大方面仍屬真實準確。"),
    ("h", "有關目標公司之資料"),
    ("p", "深圳鵬灣智慧碼頭於2019年在深圳成立，經營鵬灣港區三個自動化集裝箱泊位，年設計吞吐能力為420萬標準箱。"
          "於本公告日期，深圳鵬灣智慧碼頭由鵬灣港務持有92%及由鏈途智慧持有8%，為鵬灣港務之非全資附屬公司。"
          "完成後，鵬灣港務將持有57%，深圳鵬灣智慧碼頭仍為其附屬公司，並將作為本公司之聯營公司入賬。"),
    ("table", [62, 60, 60], [
        ["股東", "於本公告日期", "緊隨完成後"],
        ["鵬灣港務", "92%", "57%"],
        ["本公司", "－", "35%"],
        ["鏈途智慧", "8%", "8%"],
    ]),
    ("p", "目標公司根據中國企業會計準則編製之財務資料概要如下（人民幣千元）。"),
    ("table", [62, 60, 60], [
        ["截至12月31日止年度", "2023年", "2024年"],
        ["收入", "1,184,260", "1,352,907"],
        ["除稅前溢利", "286,415", "341,778"],
        ["除稅後溢利", "214,811", "256,334"],
    ]),
    ("h", "有關訂約方之資料"),
    ("p", "本集團主要於香港及華南地區經營集裝箱碼頭及相關物流業務。"
          "鵬灣港務為一家於中國成立之國有企業，主要從事港口投資、建設及經營。"
          "鵬灣港務直接持有本公司約9.8%已發行股份，並非本公司之主要股東或關連人士。"
          "鼎昇智動為一家於臺灣證券交易所上市之公司，主要從事堆高機及自動導引車之研發及製造。"
          "華港租賃為一家於中國成立之融資租賃公司，主要從事港口及物流設備租賃。"
          "據董事作出一切合理查詢後所知，上述各方及其最終實益擁有人均為獨立第三方。"),
    ("h", "設備採購合約及售後回租協議"),
    ("p", "設備採購合約價款將按交付進度分四期支付，首批12台自動導引車預計於2026年第一季度交付。"
          "售後回租協議之租期為五年，租金按季度支付，利率為香港銀行同業拆息加1.35厘。"
          "租期屆滿後，本公司可按名義價港幣1元購回全部自動導引車。"
          "本集團已於2025年9月與OrbisRoute訂立軟件許可協議，以年費港幣18,500,000元引入其人工智能堆場調度系統。"
          "上述自動導引車將與該系統聯動，實現岸橋、堆場及閘口之一體化調度。"),
    ("h", "進行交易之理由及裨益"),
    ("p", "近年華南集裝箱航線加速調整，班輪公司對泊位效率及準班率之要求日益提高。"
          "本集團於2025年7月與Meridian Box Line Ltd.訂立為期三年的碼頭服務協議，其華南支線樞紐已遷至本集團葵青碼頭。"
          "收購事項將使本集團取得深港兩地之自動化泊位組合，並可向客戶提供跨境駁船及多港聯動服務。"
          "本公司與鵬灣港務亦同意建立深港港口協同戰略合作，共同開發跨境駁船智能調度平台。"
          "青葵環球碼頭等同業亦正推進自動化改造，惟董事相信維港碼頭具備先發優勢。"
          "董事認為，收購協議、設備採購合約及售後回租協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("h", "上市規則涵義"),
    ("p", "由於收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司之須予披露交易。"
          "因此，收購事項須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。"
          "設備採購合約及售後回租協議之適用百分比率均低於5%，故獨立而言並不構成須予公佈交易。"
          "嘉陵融資（亞洲）有限公司已獲維港碼頭委任為收購事項之財務顧問。"
          "由於完成須待先決條件達成後方可作實，收購事項未必會進行，股東及潛在投資者買賣股份時務請審慎行事。"),
    ("h", "釋義"),
    ("def", "「本公司」或「維港碼頭」　指　維港聯合碼頭控股有限公司，其股份於聯交所主板上市"),
    ("def", "「鵬灣港務」　指　深圳鵬灣港務集團有限公司，一家於中國成立之國有企業"),
    ("def", "「目標公司」或「深圳鵬灣智慧碼頭」　指　深圳鵬灣智慧碼頭有限公司"),
    ("def", "「鼎昇智動」　指　鼎昇智動股份有限公司（臺灣證券交易所股票代號：4587）"),
    ("def", "「華港租賃」　指　華港融資租賃有限公司"),
    ("def", "「鏈途智慧」　指　蘇州鏈途智慧物流股份有限公司（上海證券交易所證券代碼：688417）"),
    ("def", "「OrbisRoute」　指　OrbisRoute Technologies, Inc.，一家於美國註冊成立之軟件公司"),
    ("def", "「上市規則」　指　聯交所證券上市規則"),
    ("gap",),
    ("right", "承董事會命"),
    ("right", "維港聯合碼頭控股有限公司"),
    ("right", "主席　梁啟衡"),
    ("gap",),
    ("p", "香港，2025年10月17日。"
          "於本公告日期，董事會由執行董事梁啟衡先生、莫穎芝女士及賴志朗先生，以及獨立非執行董事"
          "鄧慧儀女士、蘇國豪先生及何家駿先生組成。"),
]

# ---------------------------------------------------------------------------
# Document 05: STAR Market (A-share) announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC05 = [
    ("small", "证券代码：688417　　证券简称：链途智慧　　公告编号：2025-047"),
    ("gap",),
    ("title", "苏州链途智慧物流股份有限公司"),
    ("title", "关于签订日常经营重大合同、对外投资暨开展融资租赁业务的公告"),
    ("gap",),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
              "全体董事对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示"),
    ("p", "合同类型：日常经营重大合同（销售合同）。"
          "对外投资：以自有资金向深圳鹏湾智慧码头有限公司增资。"
          "融资租赁：以自有设备开展售后回租，融资金额不超过人民币30,000万元。"
          "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
          "风险提示：合同履行可能受境外政策、汇率波动及工程验收进度等因素影响，敬请投资者注意投资风险。"),
    ("h", "一、日常经营重大合同概况"),
    ("p", "（一）合同对方：Straits Gateway Terminals Pte. Ltd.（以下简称“海峡门户码头”），注册于新加坡。"
          "海峡门户码头主要从事集装箱码头经营，运营新加坡大士港区多个深水泊位。"
          "海峡门户码头与公司及公司控股股东、实际控制人不存在关联关系。"),
    ("p", "（二）合同主要内容：链途智慧将为海峡门户码头大士港区提供智慧堆场系统，合同金额为8,650万新加坡元。"
          "合同金额约合人民币48,270万元，履行期限为2025年7月至2027年6月。"
          "合同款项按设计、到货、安装调试及最终验收四个节点支付。"
          "系统包括自动化轨道吊远程控制、集装箱堆存优化算法及与码头操作系统的数据接口。"),
    ("p", "（三）对公司的影响：本合同金额约占公司2024年度经审计营业收入的31.6%。"
          "链途智慧在本次招标中与上海驰仓科技有限公司等多家企业同台竞争。"
          "本合同的签订标志着公司智慧港口业务首次进入东南亚枢纽港市场。"),
    ("h", "二、对外投资概况"),
    ("p", "（一）投资标的：深圳鹏湾智慧码头有限公司（以下简称“鹏湾智慧码头”），成立于2019年。"
          "鹏湾智慧码头经营鹏湾港区三个自动化集装箱泊位，注册资本为人民币276,000万元。"
          "深圳鹏湾智慧码头为深圳鹏湾港务集团有限公司（以下简称“鹏湾港务”）的控股子公司。"),
    ("p", "（二）投资方案：链途智慧以自有资金人民币24,000万元向深圳鹏湾智慧码头增资，增资完成后持有其8%股权。"
          "增资前后鹏湾智慧码头股权结构如下。"),
    ("table", [82, 50, 50], [
        ["股东名称", "增资前持股比例", "增资后持股比例"],
        ["深圳鹏湾港务集团有限公司", "100%", "92%"],
        ["苏州链途智慧物流股份有限公司", "－", "8%"],
    ]),
    ("p", "（三）配套安排：链途智慧向鹏湾港务租赁前海综合物流园仓库6.2万平方米，租期五年，租金总额人民币18,600万元。"
          "该仓库将作为公司华南智能装备集成及备件中心。"
          "据公开信息，鹏湾智慧码头亦正与维港联合码头控股有限公司洽谈股权合作，相关事项尚存在不确定性。"),
    ("h", "三、开展融资租赁业务"),
    ("p", "链途智慧拟以自有AGV、堆垛机等设备与华港融资租赁有限公司开展售后回租，融资金额不超过人民币30,000万元，期限三年。"
          "租赁利率参照同期贷款市场报价利率协商确定，公司在租赁期内保留设备使用权。"
          "华港融资租赁有限公司与公司不存在关联关系。"),
    ("h", "四、签署战略合作框架协议"),
    ("p", "链途智慧与鼎昇智动股份有限公司签署《战略合作框架协议》，双方将在港口AGV及智能叉车领域开展联合研发。"
          "本框架协议为双方合作意向的约定，不涉及具体金额。"),
    ("h", "五、审议程序"),
    ("p", "公司于2025年6月27日召开第三届董事会第十九次会议，审议通过了上述事项。"
          "根据《上海证券交易所科创板股票上市规则》及《公司章程》，上述事项无需提交股东大会审议。"
          "华锦证券股份有限公司作为链途智慧的保荐机构，对本次开展融资租赁业务事项无异议。"),
    ("h", "六、风险提示"),
    ("p", "境外项目履约受当地法律法规、劳务及供应链等因素影响，存在延期验收的风险。"
          "鹏湾智慧码头未来经营业绩受航运市场景气度影响，公司投资收益存在不确定性。"
          "敬请广大投资者理性投资，注意投资风险。"),
    ("gap",),
    ("p", "特此公告。"),
    ("right", "苏州链途智慧物流股份有限公司董事会"),
    ("right", "2025年6月28日"),
]

# ---------------------------------------------------------------------------
# Document 06: annual report excerpt of a ship-finance bank (English)
# ---------------------------------------------------------------------------
DOC06 = [
    ("title", "Nordhavn Maritime Bank A/S"),
    ("center", "Annual Report 2025 - excerpt"),
    ("center", "CVR no. 31 45 88 20 - Copenhagen, Denmark"),
    ("gap",),
    ("h", "Letter from the Chief Executive"),
    ("p", "2025 was the year in which automation moved from the margins of our loan book towards its centre. "
          "Ports, terminal operators, freight forwarders and warehouse owners are investing heavily in robots, "
          "automated guided vehicles and AI-driven planning systems, and they increasingly want to finance that "
          "equipment the way shipowners have always financed vessels: against the asset, over its useful life, "
          "with a lender who understands the collateral."),
    ("p", "Net interest income rose 9.4% to DKK 2,912 million and the loan book grew to DKK 61.8 billion, of "
          "which 71% remains secured on ocean-going vessels. The balance is now spread across terminal "
          "infrastructure, logistics real estate, equipment leasing companies and, for the first time, robot fleets."),
    ("p", "Shipping itself remained our core. During the year the Bank arranged and fully underwrote a USD 410 "
          "million senior secured facility for Meridian Box Line Ltd., financing eight 7,800 TEU dual-fuel "
          "container vessels delivered between March and November. Container rates weakened in the second half, "
          "but the fleet we finance is young, fuel-efficient and chartered or employed on core trades."),
    ("p", "Competition for well-structured shipping loans intensified, with Skagerrak Kreditbank and several Asian "
          "leasing houses pricing new vessel deals inside 180 basis points, and Nordhavn chose to give up volume "
          "rather than follow. Nordhavn declined to join the refinancing of Corvane Lines' chartered-in fleet, "
          "which it judged too exposed to spot rates."),
    ("p", "Mads Kjaergaard, Chief Executive Officer"),
    ("h", "Lending to the automated supply chain"),
    ("p", "In August we extended a USD 90 million term loan to HarborMind Robotics, Inc., secured on a fleet of "
          "more than 6,000 deployed warehouse robots and the related service contracts. The structure borrows "
          "from ship finance: an advance rate of 55% of appraised value, a minimum value clause tested "
          "semi-annually and an assignment of customer receivables."),
    ("p", "We also provided Crestline Logistics REIT with a SGD 220 million green term loan to part-fund its "
          "acquisition of a port-side distripark in Tuas and the robotic retrofit of three Singapore warehouses. "
          "The loan margin steps down if the properties keep their Green Mark Platinum ratings."),
    ("p", "A USD 150 million three-year refinancing facility to Huagang Financial Leasing Co., Ltd. supports that "
          "lessor's portfolio of port equipment and automated guided vehicle leases in Greater China. The facility "
          "is secured on an assigned pool of lease receivables with a minimum cover ratio of 1.25 times."),
    ("p", "Robot collateral is new and its second-hand market is thin. We have therefore capped exposure to any "
          "single robot fleet at 2% of equity, we appraise fleets through two independent valuers and we require "
          "that software licences needed to operate the equipment can be assigned to the Bank on enforcement."),
    ("table", [62, 44, 30, 50], [
        ["Borrower", "Sector", "USD m", "Collateral"],
        ["Meridian Box Line Ltd.", "Container shipping", "410.0", "Vessel mortgages"],
        ["Huagang Financial Leasing", "Equipment leasing", "150.0", "Lease receivables"],
        ["Crestline Logistics REIT", "Logistics property", "163.0", "Property mortgages"],
        ["HarborMind Robotics, Inc.", "Warehouse robotics", "90.0", "Robot fleet"],
        ["Others (6 borrowers)", "Various", "388.5", "Various"],
    ]),
    ("p", "Table: largest new lending commitments in 2025. The Crestline commitment is shown at the USD equivalent "
          "of SGD 220 million on the signing date."),
    ("h", "Strategic holdings"),
    ("p", "The Bank holds a 4.9% equity stake in Noordkade Terminal Group B.V., the Rotterdam container terminal "
          "operator, acquired in 2021 and carried at fair value through other comprehensive income. The holding "
          "was revalued upward by DKK 46 million following the extension of Noordkade's concession at Maasvlakte."),
    ("h", "Technology and data"),
    ("p", "Our credit-risk and collateral-valuation models now run on GPU capacity contracted from Stratocore "
          "Cloud, Inc., at an annual cost of approximately DKK 38 million. In October we entered into a "
          "partnership with OrbisRoute Technologies, Inc. to feed anonymised vessel-routing data into the "
          "emissions-linked margin ratchets in our shipping loans. Borrowers opt in, and the data is used only to "
          "verify the fuel and emissions figures they already report to us."),
    ("h", "Auditor"),
    ("p", "Brandt & Holm Statsautoriseret Revisionspartnerselskab has audited the consolidated financial "
          "statements of Nordhavn Maritime Bank A/S for 2025 and issued an unqualified opinion. The full "
          "auditor's report is included in the complete Annual Report."),
    ("h", "Forward-looking statements"),
    ("p", "This excerpt contains statements about future events and the Bank's expectations. Such statements "
          "are subject to risks and uncertainties, including developments in freight markets, interest rates, "
          "collateral values and regulation, and actual results may differ materially from those expressed. "
          "Nordhavn Maritime Bank A/S undertakes no obligation to update them except as required by law."),
]


def document_text(blocks):
    """All text of a document, used to decide which glyphs to keep."""
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "table":
            parts.extend(cell for row in block[2] for cell in row)
        elif kind != "gap":
            parts.append(block[1])
    return "".join(parts)


def build_cjk_font(face_index, text, out_path):
    """Extract one face of the collection, subset it and save it with glyf outlines."""
    font = TTCollection(TTC_PATH).fonts[face_index]
    options = subset.Options()
    options.desubroutinize = True
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for glyph_name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[glyph_name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[glyph_name] = tt_pen.glyph()

    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxPoints", "maxContours",
                  "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


def cjk_lines(text):
    """Split a paragraph into lines that end only after a Chinese full stop."""
    lines = []
    current = ""
    for char in text:
        current += char
        if char == "。":
            lines.append(current)
            current = ""
    if current:
        lines.append(current)
    return lines


def fitted_line(pdf, text, align="L"):
    """Write one unbroken line, reducing the font size if it would not fit."""
    width = pdf.epw
    size = CJK_SIZE
    pdf.set_font_size(size)
    while pdf.get_string_width(text) > width and size > CJK_MIN_SIZE:
        size -= 0.25
        pdf.set_font_size(size)
    if pdf.get_string_width(text) > width:
        raise ValueError(f"line too long even at {CJK_MIN_SIZE}pt: {text}")
    pdf.cell(width, LINE_HEIGHT_MM, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(CJK_SIZE)


def draw_table(pdf, widths, rows, size):
    pdf.set_font_size(size)
    for row in rows:
        if pdf.will_page_break(LINE_HEIGHT_MM + 1):
            pdf.add_page()
        for cell_width, cell_text in zip(widths, row):
            pdf.cell(cell_width, LINE_HEIGHT_MM + 1, cell_text, border=1)
        pdf.ln(LINE_HEIGHT_MM + 1)
    pdf.ln(2)


def render_cjk(blocks, font_path, out_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("noto", fname=font_path)
    pdf.set_font("noto", size=CJK_SIZE)
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "gap":
            pdf.ln(3)
        elif kind == "title":
            pdf.set_font_size(13)
            pdf.cell(pdf.epw, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font_size(CJK_SIZE)
        elif kind == "center":
            fitted_line(pdf, block[1], align="C")
        elif kind == "right":
            fitted_line(pdf, block[1], align="R")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font_size(11)
            pdf.cell(pdf.epw, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font_size(CJK_SIZE)
        elif kind in ("p", "small", "def"):
            for line in cjk_lines(block[1]):
                fitted_line(pdf, line)
            if kind == "p":
                pdf.ln(1.5)
        elif kind == "table":
            draw_table(pdf, block[1], block[2], 9)
            pdf.set_font_size(CJK_SIZE)
        else:
            raise ValueError(f"unknown block kind {kind}")
    pdf.output(out_path)


def render_english(blocks, out_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "gap":
            pdf.ln(4)
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 16)
            pdf.cell(pdf.epw, 9, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(pdf.epw, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(pdf.epw, 7, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(pdf.epw, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("Helvetica", "", 9)
            draw_table(pdf, block[1], block[2], 9)
        else:
            raise ValueError(f"unknown block kind {kind}")
    pdf.output(out_path)


def main():
    with tempfile.TemporaryDirectory() as tmp_dir:
        for name, blocks, face in (("03_VHUT_HKEX_announcement.pdf", DOC03, FACE_TC),
                                   ("05_Liantu_Ashare_announcement.pdf", DOC05, FACE_SC)):
            font_path = os.path.join(tmp_dir, f"noto_face{face}.ttf")
            build_cjk_font(face, document_text(blocks), font_path)
            render_cjk(blocks, font_path, os.path.join(HERE, name))
            print("wrote", name)
    render_english(DOC06, os.path.join(HERE, "06_Nordhavn_annual_report.pdf"))
    print("wrote 06_Nordhavn_annual_report.pdf")


if __name__ == "__main__":
    main()
