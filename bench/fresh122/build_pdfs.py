"""Build the three PDF documents of the fresh122 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese documents use a face of Noto Sans CJK (index 2 = Simplified Chinese,
index 3 = Traditional Chinese). fpdf2 cannot read the .ttc collection, so the
face is subset to the characters used, its CFF outlines are converted to
TrueType quadratic outlines with cu2quPen, and the result is saved to a
temporary directory that is removed afterwards. The English document uses
DejaVu Sans.
"""
import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF, FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


DOC02 = [
    ("small", "证券代码：301876　　　　证券简称：骏驰车业　　　　公告编号：2025-018"),
    ("title", "常州骏驰车业股份有限公司"),
    ("title", "关于签订日常经营重大合同、向全资子公司增资及2025年度日常关联交易预计的公告"),
    ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("h", "一、重大合同概述"),
    ("p", "常州骏驰车业股份有限公司（以下简称“公司”或“骏驰车业”）于2025年4月16日召开第三届董事会第十二次会议，审议通过了《关于签订日常经营重大合同的议案》。"),
    ("p", "骏驰车业与跃骑出行控股有限公司（以下简称“跃骑出行”）签订《智能共享电单车采购框架协议》，约定由骏驰车业于2025年5月至2026年12月期间向跃骑出行供应搭载AI头盔识别及规范停车模块的共享电单车不少于12万辆，合同总金额约人民币6.8亿元（含税）。"),
    ("p", "本合同为公司日常经营性合同，根据《深圳证券交易所创业板股票上市规则》及《公司章程》的相关规定，无需提交股东大会审议。本次交易不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("h", "二、交易对方基本情况"),
    ("p", "1.公司名称：跃骑出行控股有限公司；注册地：开曼群岛；上市地点：香港联合交易所有限公司主板（股份代号：2791）；主营业务：在中国内地城市运营共享电单车及换电网络，截至2024年末在41个城市投放车辆约46万辆。"),
    ("p", "2.关联关系说明：跃骑出行与公司及公司控股股东、实际控制人、董事、监事及高级管理人员不存在关联关系。"),
    ("p", "3.履约能力分析：跃骑出行经营情况正常，财务状况良好，具备履约能力。"),
    ("h", "三、合同主要内容"),
    ("p", "1.合同标的：第五代智能共享电单车及配套智能中控、换电电池仓。2.定价方式：按照车型配置分档定价，单车含税价格区间为人民币5,200元至6,100元。3.结算方式：每批次车辆验收合格后90日内支付该批次货款的95%，剩余5%作为质保金于质保期满后支付。4.交付安排：按照跃骑出行的月度投放计划分批交付。5.违约责任：任何一方违约的，应向守约方赔偿由此造成的全部损失。"),
    ("pagebreak",),
    ("h", "四、向全资子公司增资"),
    ("p", "为加快AI智能中控及电池安全管理系统的研发和产业化，骏驰车业拟以自有资金人民币1.5亿元向全资子公司常州骏驰智能科技有限公司（以下简称“骏驰智能”）增资，全部计入注册资本。"),
    ("p", "骏驰智能为骏驰车业持股100%的全资子公司，成立于2021年6月，增资前注册资本为人民币5,000万元，主营业务为电单车智能中控、车载视觉模组及电池管理系统的研发与生产。"),
    ("p", "2025年3月，骏驰智能已与杭州深瞳感知科技有限公司签订视觉感知模组采购合同，合同金额为人民币4,200万元，用于新一代共享电单车的头盔识别及违停检测功能。"),
    ("p", "同时，骏驰智能与深圳灵犀智算科技有限公司签署战略合作协议，双方将联合开发基于端侧大模型的电池热失控预警算法，合作期限三年。"),
    ("p", "江苏衡正律师事务所就骏驰车业本次向全资子公司增资事项出具了法律意见书，认为本次增资的审议程序合法有效。"),
    ("h", "五、2025年度日常关联交易预计"),
    ("p", "骏驰车业持有湖州源芯电池有限公司12%股权，公司董事、副总经理王立群在源芯电池担任董事，根据《深圳证券交易所创业板股票上市规则》的规定，源芯电池为公司的关联法人。"),
    ("p", "公司预计2025年度与源芯电池发生的日常关联交易情况如下："),
    ("table", [
        ["关联交易类别", "关联人", "关联交易内容", "定价原则", "2025年预计金额", "2024年实际发生金额"],
        ["向关联人采购原材料", "湖州源芯电池有限公司", "锂电池组及电芯", "市场价格", "人民币2.4亿元", "人民币1.63亿元"],
        ["合计", "", "", "", "人民币2.4亿元", "人民币1.63亿元"],
    ], [32, 38, 26, 18, 28, 28]),
    ("p", "上述关联交易遵循公平、公正、公允的原则，交易价格参照市场价格确定，不存在损害公司及全体股东特别是中小股东利益的情形。关联董事王立群已回避表决。"),
    ("h", "六、向银行申请综合授信"),
    ("p", "为满足上述合同履行所需的营运资金，公司已与苏南恒信银行股份有限公司签订《综合授信合同》，恒信银行向骏驰车业提供综合授信额度人民币5亿元，授信期限为三年，主要用于采购原材料及补充流动资金。"),
    ("h", "七、对公司的影响及风险提示"),
    ("p", "1.本合同的履行预计将对公司2025年度及2026年度的经营业绩产生积极影响，有利于巩固公司在智能共享电单车整车制造领域的市场地位。公司与合同对方不存在关联关系，本合同的履行不会对公司业务独立性构成影响。"),
    ("p", "2.在智能共享电单车整车制造领域，骏驰车业的主要竞争对手包括天津迅轮车业有限公司以及台湾地区的旭轮精密工业股份有限公司。行业竞争加剧可能导致产品价格下降，进而影响合同毛利率。"),
    ("p", "3.骏驰车业曾于2024年与浙江捷途电动车有限公司洽谈股权收购事宜，因双方对估值存在分歧，已于2024年11月终止洽谈，该事项与本次合同无关。"),
    ("p", "4.本合同为框架协议，实际采购数量以跃骑出行下达的订单为准，存在因市场环境、政策变化等因素导致合同无法全部履行的风险。敬请广大投资者注意投资风险。"),
    ("h", "八、备查文件"),
    ("p", "1.第三届董事会第十二次会议决议；2.《智能共享电单车采购框架协议》；3.江苏衡正律师事务所出具的法律意见书；4.《综合授信合同》。"),
    ("p", "特此公告。"),
    ("right", "常州骏驰车业股份有限公司董事会"),
    ("right", "2025年4月17日"),
]

DOC03 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "躍騎出行控股有限公司"),
    ("title", "Yueqi Mobility Holdings Limited"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2791）"),
    ("title", "（1）根據一般授權認購新股份；（2）須予披露交易：收購成都綠騎科技有限公司80%股權；及（3）數據許可協議"),
    ("h", "認購事項"),
    ("p", "董事會欣然宣佈，於2025年4月18日（交易時段後），躍騎出行與常州駿馳車業股份有限公司（「駿馳車業」）訂立認購協議，駿馳車業有條件同意以每股港幣2.60元認購合共120,000,000股新股份，總代價為港幣3億1,200萬元。"),
    ("p", "認購價較股份於最後交易日在聯交所所報之收市價每股港幣2.88元折讓約9.7%。認購股份將根據於2024年6月12日舉行之股東週年大會上授予董事之一般授權配發及發行，因此認購事項毋須取得股東批准。"),
    ("p", "緊隨認購事項完成後，駿馳車業將持有躍騎出行經擴大已發行股本約9.8%，並將成為本公司之策略性股東。據董事作出一切合理查詢後所深知、盡悉及確信，認購人及其最終實益擁有人均為獨立第三方。"),
    ("p", "認購事項之所得款項淨額估計約為港幣3億900萬元，本公司擬將其中約60%用於更新共享電單車車隊及換電櫃，約30%用於AI調度及需求預測平台之研發，其餘約10%用作一般營運資金。"),
    ("p", "瑞豐融資有限公司已獲委任為躍騎出行有關認購事項之財務顧問。"),
    ("h", "收購事項"),
    ("p", "董事會進一步宣佈，於2025年4月18日，躍騎（杭州）出行科技有限公司（「杭州躍騎」）與賣方訂立股權轉讓協議，以現金代價人民幣1億8,000萬元收購成都綠騎科技有限公司（「成都綠騎」）80%股權。"),
    ("p", "杭州躍騎為一家於中國成立之有限公司，為躍騎出行之間接全資附屬公司，主要於華東地區經營共享電單車及換電業務。"),
    ("p", "成都綠騎主要於四川省成都市及綿陽市經營共享電單車業務，截至2024年12月31日止年度錄得未經審核除稅後純利約人民幣1,460萬元。收購完成後，成都綠騎將成為躍騎出行之間接非全資附屬公司，其財務業績將併入本集團綜合財務報表。"),
    ("p", "代價乃經參考獨立估值師對成都綠騎全部股權於2024年12月31日之市場價值所作之估值後，按一般商業條款公平磋商釐定。"),
    ("p", "成都綠騎於成都市共享電單車市場之主要競爭對手為青驛出行科技有限公司及途騎單車（四川）有限公司。"),
    ("p", "由於收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司之須予披露交易，須遵守上市規則第14章項下之通知及公告規定。"),
    ("p", "為支付收購事項之部分代價及一般營運資金，躍騎出行已與維港商業銀行有限公司訂立一項為期三年之港幣5億元定期貸款融資。"),
    ("h", "數據許可協議"),
    ("p", "於2025年4月18日，躍騎出行與深圳靈犀智算科技有限公司（「靈犀智算」）訂立數據許可協議，向靈犀智算授出為期三年之非獨家許可，使用經脫敏處理之騎行軌跡及電池狀態數據訓練其端側AI模型，許可費總額為人民幣2,600萬元。"),
    ("p", "靈犀智算主要從事端側AI晶片模組及邊緣運算平台之研發。據董事所深知，靈犀智算及其最終實益擁有人均為獨立第三方。所有數據於移交前均已按照《中華人民共和國個人信息保護法》之規定進行匿名化處理。"),
    ("h", "其他資料"),
    ("p", "於同日，杭州躍騎與湖州源芯電池有限公司訂立換電電池採購框架協議，預計截至2026年12月31日止兩個年度之採購總額不超過人民幣9,500萬元。"),
    ("p", "董事會注意到近日有媒體報導指本公司正與途騎單車（四川）有限公司商討合併，董事會謹此澄清，躍騎出行並無與途騎單車進行任何合併磋商。"),
    ("p", "由於認購事項及收購事項須待各自之先決條件獲達成後方告完成，未必一定會進行，股東及潛在投資者於買賣本公司證券時，務請審慎行事。"),
    ("h", "釋義"),
    ("table", [
        ["詞彙", "釋義"],
        ["「本公司」或「躍騎出行」", "躍騎出行控股有限公司，其股份於聯交所主板上市（股份代號：2791）"],
        ["「駿馳車業」或「認購人」", "常州駿馳車業股份有限公司，於深圳證券交易所創業板上市（證券代碼：301876）"],
        ["「杭州躍騎」", "躍騎（杭州）出行科技有限公司，本公司之間接全資附屬公司"],
        ["「成都綠騎」", "成都綠騎科技有限公司"],
        ["「靈犀智算」", "深圳靈犀智算科技有限公司"],
    ], [46, 124]),
    ("right", "承董事會命"),
    ("right", "躍騎出行控股有限公司"),
    ("right", "主席兼執行董事　周嘉朗"),
    ("p", "香港，2025年4月18日"),
    ("small", "於本公告日期，董事會由執行董事周嘉朗先生、何曉彤女士及馮啟源先生；非執行董事李慕白先生；以及獨立非執行董事陳志強先生、鄺美儀女士及Richard Palmer先生組成。"),
]

DOC04 = [
    ("small", "Grachtwerk Mobility N.V. | Annual Report 2024 | Extract"),
    ("title", "Grachtwerk Mobility N.V."),
    ("title", "Annual Report 2024 - Report of the Management Board (extract)"),
    ("h", "1. Strategy: from bicycles to intelligent mobility"),
    ("p", "Grachtwerk designs, assembles and services premium electric bicycles for commuters and families, and sells them outright, through monthly subscriptions via Grachtwerk Lease and, since 2022, as shared vehicles in Amsterdam and Utrecht through Polder Ride. In 2024 revenue rose 11.4% to EUR 412.6 million, while subscription revenue grew 27% and now represents 31% of the total."),
    ("p", "Artificial intelligence runs through every part of that model. Our GW-Sense controller combines motor torque, cadence and gear position to predict component wear, and anti-theft models trained on more than 190 million ride kilometres now flag suspicious movements within four minutes. In the shared fleet, demand forecasting reduced rebalancing kilometres by 18% year on year."),
    ("p", "The market remained difficult. Dealer inventories in the Benelux normalised only in the second half, and discounting by competitors compressed hardware margins. In our core Benelux and German markets we compete with Velo Nord SAS, Stadswiel B.V. and the e-bike brands of Kobe Cyclotech K.K."),
    ("p", "During 2024 Grachtwerk's Management Board also evaluated a combination with Rijnmond Wielen B.V., but decided not to pursue it because of limited overlap in software and AI capabilities."),
    ("h", "2. Supply chain"),
    ("p", "We concentrate purchasing on a small group of strategic suppliers with whom we co-develop frames, drive systems and shifting. The three largest suppliers accounted for 72% of direct material spend in 2024 (2023: 68%)."),
    ("table", [
        ["Supplier", "Country", "Goods supplied", "Share of direct material spend 2024"],
        ["Sunwheel Vietnam Co., Ltd.", "Vietnam", "Carbon and hydroformed aluminium frames", "31%"],
        ["Tamsui Drive Europe B.V.", "Netherlands", "Mid-drive motors and torque sensors", "24%"],
        ["Kettenwerk AG", "Germany", "Electronic shifting and AI gear controllers", "17%"],
    ], [48, 26, 56, 40]),
    ("p", "Tamsui Drive Europe B.V., the Tilburg assembly subsidiary of Tamsui Drive Technology Corp., builds our drive units from Taiwanese motor cores, which shortens lead times to under three weeks."),
    ("p", "Data is also a product. In 2024 Grachtwerk licensed anonymised battery and ride telemetry from its subscription fleet to Isarsense GmbH for EUR 3.2 million, which Isarsense uses to train its battery-health models. Rider consent is collected through the app and no personal data leaves the European Economic Area."),
    ("pagebreak",),
    ("h", "3. Group structure"),
    ("p", "The principal subsidiaries of Grachtwerk Mobility N.V. at 31 December 2024 were:"),
    ("table", [
        ["Subsidiary", "Registered office", "Activity", "Interest held"],
        ["Grachtwerk Lease B.V.", "Utrecht, the Netherlands", "Subscription leasing", "100%"],
        ["Grachtwerk Deutschland GmbH", "Cologne, Germany", "Distribution and service", "100%"],
        ["Polder Ride B.V.", "Amsterdam, the Netherlands", "Shared e-bike operations", "70%"],
    ], [50, 46, 44, 30]),
    ("p", "Grachtwerk acquired its 70% interest in Polder Ride B.V. in 2022 and has controlled the company since then."),
    ("p", "The remaining 30% of Polder Ride is held by Lowlands Velocity Fund II, C.V. and is presented as non-controlling interest in the consolidated financial statements."),
    ("p", "Polder Ride operated 6,400 shared e-bikes at year end (2023: 4,900) and was awarded a five-year concession in Utrecht in September 2024. In March 2025, Stadsfiets Collectief B.V. initiated proceedings against Polder Ride B.V. before the District Court of Amsterdam, alleging unfair practices in the 2024 Amsterdam concession tender; Polder Ride disputes the claim and no provision has been recognised."),
    ("h", "4. Financing"),
    ("p", "In June 2024 Grachtwerk refinanced its bank debt with a EUR 120 million revolving credit facility provided by Amstelkade Bank N.V., maturing in 2029. At year end EUR 64.0 million was drawn (2023: EUR 71.5 million under the previous facilities). Net debt to adjusted EBITDA was 2.1x, within the covenant of 3.25x."),
    ("p", "Capital expenditure of EUR 22.8 million was mainly spent on the Amersfoort assembly line, the GW-Sense data platform and shared-fleet vehicles."),
    ("h", "5. Events after the reporting period"),
    ("p", "On 14 February 2025 Grachtwerk Deutschland GmbH agreed to acquire 100% of Eifel Rahmenbau GmbH, a carbon frame maker based in Prüm, for a cash consideration of EUR 46.5 million. Completion is expected in the second quarter of 2025, subject to merger-control clearance. The acquisition gives the group a European frame source alongside its Asian suppliers and brings in-house Eifel's AI-assisted layup design tools."),
    ("h", "6. External auditor"),
    ("p", "Brouwer Kalff Accountants N.V. has been the external auditor of Grachtwerk Mobility N.V. since the 2021 financial year. The audit committee assessed the auditor's independence and recommended its reappointment for 2025."),
    ("h", "7. Outlook"),
    ("p", "For 2025 we expect low to mid single-digit hardware growth, continued double-digit growth in subscriptions and shared mobility, and a further improvement in the adjusted EBITDA margin. We will not provide a numerical forecast."),
    ("right", "Amsterdam, 6 March 2025"),
    ("right", "The Management Board: M. de Ruiter (CEO), S. Verhoeven (CFO)"),
]


def block_text(blocks):
    """Every character that a document will draw."""
    chars = set("0123456789第页- /")
    for block in blocks:
        if block[0] == "table":
            for row in block[1]:
                for cell in row:
                    chars.update(cell)
        elif len(block) > 1:
            chars.update(block[1])
    return "".join(sorted(chars))


def cjk_font(face_index, text, tmpdir, name):
    """Subset one face of the CJK collection and convert it to TrueType."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    glyph_order = font.getGlyphOrder()
    cff = font["CFF "].cff
    charstrings = cff[cff.fontNames[0]].CharStrings
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for glyph_name in glyph_order:
        pen = TTGlyphPen(None)
        charstrings[glyph_name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[glyph_name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    path = os.path.join(tmpdir, name + ".ttf")
    font.save(path)
    return path


class Doc(FPDF):
    """A4 document with a centred page footer."""

    footer_format = "{page}"
    footer_family = "body"

    def footer(self):
        self.set_y(-14)
        self.set_font(self.footer_family, size=8)
        self.cell(0, 6, self.footer_format.format(page=self.page_no()), align="C")


def render(blocks, out_name, fonts, footer_format, base_size=10.5, line_h=6.2):
    """Lay out one document; fonts maps "body" and "bold" to TrueType files."""
    pdf = Doc(format="A4")
    pdf.add_font("body", fname=fonts["body"])
    pdf.add_font("bold", fname=fonts["bold"])
    pdf.footer_format = footer_format
    pdf.footer_family = "body"
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "pagebreak":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("bold", size=base_size + 3)
            pdf.multi_cell(0, line_h + 1.5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("bold", size=base_size + 1)
            pdf.multi_cell(0, line_h + 0.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("body", size=base_size)
            pdf.multi_cell(0, line_h, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("center", "right"):
            pdf.set_font("body", size=base_size)
            align = "C" if kind == "center" else "R"
            pdf.multi_cell(0, line_h, block[1], align=align, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font("body", size=base_size - 2.5)
            pdf.multi_cell(0, line_h - 1.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            rows, widths = block[1], block[2]
            pdf.set_font("body", size=base_size - 1.5)
            heading = FontFace(family="bold", emphasis="", fill_color=(225, 228, 232))
            with pdf.table(col_widths=widths, width=sum(widths), headings_style=heading,
                           line_height=line_h - 0.8, text_align="LEFT") as table:
                for row in rows:
                    table_row = table.row()
                    for cell in row:
                        table_row.cell(cell)
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.output(os.path.join(HERE, out_name))


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh122_fonts_")
    try:
        simplified = cjk_font(2, block_text(DOC02), tmpdir, "noto_sc")
        traditional = cjk_font(3, block_text(DOC03), tmpdir, "noto_tc")
        render(DOC02, "02_Junchi_announcement.pdf",
               {"body": simplified, "bold": simplified}, "第 {page} 页")
        render(DOC03, "03_Yueqi_hkex.pdf",
               {"body": traditional, "bold": traditional}, "- {page} -")
        render(DOC04, "04_Grachtwerk_annual_report.pdf",
               {"body": DEJAVU, "bold": DEJAVU_BOLD},
               "Grachtwerk Mobility N.V. - Annual Report 2024 - page {page}",
               base_size=10, line_h=5.6)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("built 02, 03 and 04")


if __name__ == "__main__":
    main()
