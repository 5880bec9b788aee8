#!/usr/bin/env python3
"""Build the three PDF documents of the fresh113 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses Noto Sans CJK. The .ttc collection cannot be read by fpdf2,
so one face (index 2 = Simplified Chinese, index 3 = Traditional Chinese) is
subset with fontTools to the characters actually used, its CFF outlines are
converted to TrueType quadratic outlines (fontTools.pens.cu2quPen), the result
is written to a temporary directory, registered with add_font and the
temporary directory is deleted afterwards.
"""
import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---------------------------------------------------------------- fonts
def make_cjk_ttf(face_index, text, out_path):
    """Subset one face of the CJK collection and convert CFF -> glyf."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    chars = set(text) | set(chr(c) for c in range(0x20, 0x7F))
    opts = Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.recalc_bounds = True
    sub = Subsetter(options=opts)
    sub.populate(unicodes=[ord(c) for c in chars])
    sub.subset(font)

    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxComponentDepth", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ---------------------------------------------------------------- layout helpers
class Doc(FPDF):
    def __init__(self, footer_text, font_name, **kw):
        super().__init__(format="A4", **kw)
        self.footer_text = footer_text
        self.fname = font_name
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.fname, size=8)
        self.cell(0, 5, f"{self.footer_text}   {self.page_no()}", align="C")


def para(pdf, text, size=10, lh=None, style="", align="L", gap=2.0):
    """Paragraphs are never split across pages (keeps every sentence on one page)."""
    pdf.set_font(pdf.fname, style=style, size=size)
    lh = lh or size * 0.55
    lines = pdf.multi_cell(0, lh, text, align=align, dry_run=True, output="LINES")
    if pdf.will_page_break(len(lines) * lh):
        pdf.add_page()
    pdf.multi_cell(0, lh, text, align=align,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(pdf, text, size=11.5, gap=1.5):
    para(pdf, text, size=size, style="B" if pdf.fname == "helvetica" else "", gap=gap)


def table(pdf, rows, widths, size=8.5, lh=5.2, gap=3):
    """Single-line cells; first row is the header."""
    for i, row in enumerate(rows):
        pdf.set_font(pdf.fname, style="B" if (i == 0 and pdf.fname == "helvetica") else "", size=size)
        if pdf.will_page_break(lh):
            pdf.add_page()
        for w, c in zip(widths, row):
            pdf.cell(w, lh, c, border="B" if i == 0 else 0)
        pdf.ln(lh)
    pdf.ln(gap)


# ================================================================ 02 Senyue (A-share, Simplified)
DOC02 = [
    ("small", "证券代码：603791　　　证券简称：森悦家居　　　公告编号：2025-018"),
    ("title", "浙江森悦家居股份有限公司"),
    ("title", "关于2025年度日常关联交易预计的公告"),
    ("box", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "●本次日常关联交易预计事项在董事会审批权限范围内，无需提交股东大会审议。"),
    ("p", "●本次日常关联交易为公司正常生产经营所需，遵循公平、公正、公允的定价原则，不会对关联方形成较大依赖，不会影响公司的独立性。"),
    ("h", "一、日常关联交易基本情况"),
    ("h", "（一）日常关联交易履行的审议程序"),
    ("p", "浙江森悦家居股份有限公司（以下简称“公司”或“森悦家居”）于2025年3月27日召开第三届董事会第十四次会议，以8票同意、0票反对、0票弃权审议通过了《关于2025年度日常关联交易预计的议案》，关联董事周立群先生回避表决。该议案已经公司第三届董事会独立董事专门会议2025年第一次会议审议通过，全体独立董事一致同意将该议案提交董事会审议。"),
    ("h", "（二）2024年度日常关联交易的预计和执行情况"),
    ("p", "2024年度，公司与关联人实际发生的日常关联交易金额合计9,657.02万元，未超过年度预计金额11,000.00万元。实际发生金额与预计金额存在差异，主要系北美市场电动功能沙发订单节奏调整，公司相应减少了电控部件的采购量所致。"),
    ("h", "（三）2025年度日常关联交易预计金额和类别"),
    ("p", "单位：万元　币种：人民币"),
    ("table", [
        ["关联交易类别", "关联人", "交易内容", "2025年预计", "2024年实际"],
        ["向关联人购买原材料", "华匠智能家居控股有限公司", "智能控制模组、电动推杆", "8,600.00", "6,214.37"],
        ["向关联人购买原材料", "广州华匠智能家具制造有限公司", "沙发铁架及电机总成", "3,200.00", "2,480.55"],
        ["接受关联人劳务", "深圳视界云图科技有限公司", "AI视觉质检及算法授权", "1,500.00", "962.10"],
        ["合计", "", "", "13,300.00", "9,657.02"],
    ], [34, 52, 42, 21, 21]),
    ("h", "二、关联人介绍和关联关系"),
    ("h", "（一）华匠智能家居控股有限公司"),
    ("p", "1、基本情况：华匠智能家居控股有限公司（以下简称“华匠控股”）为一家于开曼群岛注册成立的有限公司，其股份于香港联合交易所有限公司主板上市（股份代号：2417），主要从事智能家居控制系统、电动功能家具及配件的研发、制造和销售。截至2024年12月31日，华匠控股总资产为人民币52.38亿元，净资产为人民币27.14亿元；2024年度实现营业收入人民币41.06亿元，净利润人民币3.27亿元（经审计）。"),
    ("p", "2、与上市公司的关联关系：公司董事周立群先生同时担任华匠控股非执行董事，根据《上海证券交易所股票上市规则》第6.3.3条的规定，华匠控股为公司的关联法人。"),
    ("p", "3、前期同类关联交易的执行情况和履约能力分析：2024年度，公司向华匠控股采购智能控制模组及电动推杆合计6,214.37万元。华匠控股经营情况正常，财务状况良好，具备充分的履约能力。"),
    ("h", "（二）广州华匠智能家具制造有限公司"),
    ("p", "1、基本情况：广州华匠智能家具制造有限公司（以下简称“广州华匠”）成立于2014年，注册资本人民币20,000万元，法定代表人梁振邦，注册地址为广州市番禺区化龙镇，主营功能沙发铁架、电机总成及智能家具的生产与销售。"),
    ("p", "2、与上市公司的关联关系：广州华匠为华匠控股的全资子公司，根据前述规定，广州华匠为公司的关联法人。"),
    ("p", "3、履约能力分析：2024年度，广州华匠向公司供应功能沙发铁架及电机总成合计2,480.55万元，产品质量及交付情况良好。"),
    ("h", "（三）深圳视界云图科技有限公司"),
    ("p", "1、基本情况：深圳视界云图科技有限公司（以下简称“视界云图”）成立于2019年，注册资本人民币3,750万元，注册地址为深圳市南山区粤海街道，主营工业视觉检测设备、缺陷识别算法及相关软件的研发与销售。截至2024年12月31日，视界云图总资产人民币3.12亿元，净资产人民币2.46亿元；2024年度营业收入人民币1.87亿元，净利润人民币1,105万元（未经审计）。"),
    ("p", "2、与上市公司的关联关系：公司于2023年6月以自有资金人民币12,000万元对视界云图进行增资。目前公司持有视界云图20.00%的股权，并向其委派一名董事，根据《上海证券交易所股票上市规则》的规定，视界云图为公司的关联法人。华匠控股与视界云图之间不存在股权、业务或人员方面的关联关系。"),
    ("p", "3、履约能力分析：视界云图向公司及下属生产基地提供AI视觉质检系统及板材缺陷识别算法授权，2024年度发生金额为962.10万元。此外，公司全资子公司杭州森悦智能科技有限公司与视界云图于2024年9月签订联合研发协议，共同开发适用于实木及板式家具的表面缺陷识别模型。双方各自承担研发投入，不涉及相互支付研发费用。"),
    ("h", "三、关联交易主要内容和定价政策"),
    ("p", "公司与关联人之间的日常关联交易均以市场价格为基础，遵循公平合理的原则协商确定交易价格。公司亦向宁波甬达电器有限公司、佛山顺宏五金有限公司等第三方询价，作为定价参考。公司将根据实际业务需要，在预计金额范围内与关联人签署具体合同，并按合同约定进行结算。"),
    ("h", "四、关联交易目的和对上市公司的影响"),
    ("p", "上述关联交易是公司正常生产经营所需。华匠控股及广州华匠在功能家具电控部件领域具有成熟的技术和稳定的产能，能够满足公司北美及欧洲客户对电动功能沙发的交付要求；视界云图的AI视觉质检系统有助于公司提升板材及成品检测效率，降低人工成本。上述关联交易定价公允，不存在损害公司及全体股东特别是中小股东利益的情形，公司主营业务不会因此类交易而对关联人形成依赖。"),
    ("h", "五、保荐机构核查意见"),
    ("p", "经核查，保荐机构认为：本次日常关联交易预计事项已经公司董事会审议通过，关联董事已回避表决，独立董事专门会议审议通过了该事项，履行了必要的审批程序，符合相关法律法规及《公司章程》的规定。公司保荐机构为甬信证券股份有限公司，其对森悦家居本次日常关联交易预计事项无异议。"),
    ("p", "特此公告。"),
    ("right", "浙江森悦家居股份有限公司董事会"),
    ("right", "2025年3月28日"),
]

# ================================================================ 03 Huajiang (HKEX, Traditional)
DOC03 = [
    ("box", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"),
    ("title", "華匠智能家居控股有限公司"),
    ("title", "HUAJIANG SMART HOME HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立的有限公司）"),
    ("center", "（股份代號：2417）"),
    ("title", "須予披露交易"),
    ("title", "認購浙江森悅家居股份有限公司A股股份及訂立戰略合作協議"),
    ("h", "認購協議"),
    ("p", "董事會欣然宣佈，於2025年4月18日（交易時段後），本公司與浙江森悅家居股份有限公司（「森悅家居」，其A股於上海證券交易所上市，股份代號：603791）訂立認購協議，據此，本公司有條件同意以現金人民幣360,000,000元認購森悅家居向特定對象發行的31,200,000股A股股份。"),
    ("p", "認購價為每股A股人民幣11.54元，不低於定價基準日前二十個交易日森悅家居A股交易均價的80%。認購事項須待（其中包括）森悅家居股東大會批准、上海證券交易所審核通過及中國證券監督管理委員會同意註冊後，方告完成。緊隨完成後，本公司將持有森悅家居經擴大已發行股本約8.20%。本公司將把該投資列作以公平值計量且其變動計入其他全面收益的金融資產。本公司承諾自發行結束之日起十八個月內不轉讓所認購股份。"),
    ("h", "戰略合作協議"),
    ("p", "於同日，本公司與森悅家居訂立戰略合作協議，雙方同意在智能電動功能家具的聯合研發、北美及東南亞銷售渠道共享以及AI家居設計工具方面開展合作，協議為期三年。戰略合作協議屬框架性質，並不構成任何一方的採購承諾。"),
    ("h", "認購事項的資金來源"),
    ("p", "認購價款將以本集團內部資源及鼎峰銀行（香港）有限公司向本公司提供的港幣300,000,000元三年期定期貸款融資支付。該貸款按香港銀行同業拆息加1.35厘計息，並由本公司若干附屬公司提供擔保。"),
    ("h", "有關森悅家居的資料"),
    ("p", "森悅家居為一家於中國註冊成立的股份有限公司，主要從事實木及板式家具、定製櫥櫃的設計、製造及銷售，產品主要出口北美及歐洲市場。根據森悅家居按中國企業會計準則編製的經審計財務報表，截至2024年12月31日止年度，森悅家居的營業收入約為人民幣58.6億元，除稅前溢利約為人民幣5.12億元，除稅後溢利約為人民幣4.41億元。"),
    ("p", "下表載列森悅家居於緊接及緊隨完成前後的股權架構："),
    ("table", [
        ["股東", "緊接完成前", "緊隨完成後"],
        ["寧波森悅投資控股有限公司", "46.30%", "42.50%"],
        ["本公司", "-", "8.20%"],
        ["其他A股股東", "53.70%", "49.30%"],
        ["合計", "100.00%", "100.00%"],
    ], [70, 40, 40]),
    ("h", "有關本集團的資料"),
    ("p", "本集團主要從事智能家居控制系統、電動功能家具及配件的研發、製造及銷售，客戶包括中國、北美及東南亞的家具品牌及家居零售商。本集團的主要生產基地由本公司全資附屬公司廣州華匠智能家具製造有限公司營運，而位於越南平陽省的新廠房則由全資附屬公司華匠智能（越南）有限公司營運。自2024年起，廣州華匠採用深圳視界雲圖科技有限公司提供的AI視覺檢測系統，對電機總成進行出廠檢測。"),
    ("h", "進行認購事項的理由及裨益"),
    ("p", "董事認為，森悅家居擁有成熟的北美家居零售客戶網絡及大型實木家具產能，認購事項將有助本集團把智能電控方案延伸至下游品牌，並分享森悅家居的長期增長。於訂立認購協議前，本公司亦曾考慮收購越南家具製造商新福木業股份公司的少數權益，惟經評估後決定不予進行。"),
    ("p", "董事會注意到近期有媒體報道指本公司正洽購浙江木語家居股份有限公司的控股權益。本公司謹此澄清，本公司與浙江木語家居股份有限公司並無進行任何相關磋商。"),
    ("p", "卓越融資有限公司已獲委任為本公司有關認購事項的財務顧問，而甬信證券股份有限公司則擔任森悅家居本次發行的保薦機構。"),
    ("p", "董事（包括獨立非執行董事）認為，認購協議及戰略合作協議的條款屬公平合理，按一般商業條款訂立，並符合本公司及股東的整體利益。"),
    ("h", "上市規則的涵義"),
    ("p", "由於有關認購事項的一項或多項適用百分比率超過5%但全部低於25%，認購事項構成本公司的須予披露交易，須遵守上市規則第十四章的通知及公告規定。據董事作出一切合理查詢後所深知、盡悉及確信，森悅家居及其最終實益擁有人均為獨立於本公司及其關連人士的第三方。由於認購事項須待若干先決條件達成後方告完成，故認購事項未必會進行。股東及潛在投資者於買賣本公司證券時務請審慎行事。"),
    ("right", "承董事會命"),
    ("right", "華匠智能家居控股有限公司"),
    ("right", "主席　梁振邦"),
    ("p", "香港，2025年4月18日"),
    ("p", "於本公告日期，董事會包括執行董事梁振邦先生、梁嘉欣女士及何子健先生；非執行董事周立群先生；以及獨立非執行董事陳國良先生、吳美儀女士及區志遠先生。"),
]


def render_cjk(pdf, blocks):
    for kind, content, *rest in blocks:
        if kind == "title":
            para(pdf, content, size=14, align="C", gap=1.5)
        elif kind == "center":
            para(pdf, content, size=10, align="C", gap=0.5)
        elif kind == "small":
            para(pdf, content, size=9, gap=3)
        elif kind == "box":
            pdf.set_font(pdf.fname, size=9)
            pdf.multi_cell(0, 5.2, content, border=1, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h":
            if pdf.will_page_break(28):  # keep headings with the next paragraph
                pdf.add_page()
            para(pdf, content, size=11, gap=1.5)
        elif kind == "p":
            para(pdf, content, size=10.5, lh=6.2, gap=2.5)
        elif kind == "right":
            para(pdf, content, size=10.5, align="R", gap=0.5)
        elif kind == "table":
            table(pdf, content, rest[0], size=9, lh=6)


def build_cjk(blocks, face_index, fname, footer, out):
    text = "".join(b[1] if b[0] != "table" else "".join("".join(r) for r in b[1])
                   for b in blocks) + footer + "0123456789 "
    tmp = tempfile.mkdtemp(prefix="fresh113_font_")
    try:
        ttf = os.path.join(tmp, f"{fname}.ttf")
        make_cjk_ttf(face_index, text, ttf)
        pdf = Doc(footer, fname)
        pdf.add_font(fname, fname=ttf)
        pdf.add_page()
        render_cjk(pdf, blocks)
        pdf.output(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ================================================================ 04 Norrvik (interim report, English)
DOC04 = [
    ("title", "NORRVIK HEM AB (PUBL)"),
    ("title", "INTERIM REPORT JANUARY - JUNE 2025"),
    ("small", "Nasdaq Stockholm: NORV B  |  Corporate identity number 556412-3378  |  Published 17 July 2025, 07:30 CET"),
    ("h", "Second quarter 2025"),
    ("bullet", "Net sales increased by 6.4 per cent to SEK 5,212 million (4,899). Organic growth in local currencies was 4.1 per cent."),
    ("bullet", "Operating profit (EBIT) amounted to SEK 402 million (351), corresponding to an operating margin of 7.7 per cent (7.2)."),
    ("bullet", "Profit after tax amounted to SEK 281 million (240) and earnings per share to SEK 2.34 (2.00)."),
    ("bullet", "Licensing income in the Digital & Services segment rose to SEK 96 million (41)."),
    ("bullet", "The acquisition of Fjällbo Analytics AB was completed on 1 April 2025."),
    ("h", "CEO comment"),
    ("p", "The second quarter showed that our investments in artificial intelligence are beginning to pay off outside our own stores. For many years we built planning and forecasting tools for our own factories and warehouses. Today a growing number of contract manufacturers and retail partners pay to use them, and that income carries a gross margin well above the rest of the Group. At the same time, our core furniture business continued to take share in a soft Nordic market, helped by lower prices on our best-selling bedroom and storage ranges."),
    ("p", "Market conditions in the Nordics remained soft, and price competition from Birkahus AB and the Baltic chain Hemmaplan Group intensified during the summer campaign period. We chose to protect volumes rather than margin in Norway, and we expect that to continue into the third quarter."),
    ("p", "On 1 April 2025 Norrvik completed the acquisition of Fjällbo Analytics AB, a Gothenburg-based developer of AI demand-sensing software, for a purchase consideration of SEK 410 million on a cash and debt-free basis. Fjällbo's models already forecast sales for our own stores, and its team of 48 data scientists and engineers now forms the core of our Digital & Services segment. Fjällbo contributed SEK 22 million to net sales and SEK -6 million to EBIT in the quarter, including integration costs."),
    ("right", "Sofia Engström, President and CEO"),
    ("h", "Significant events during the quarter"),
    ("p", "Norrvik Flow, our AI production-planning suite, is now licensed to 14 contract manufacturers, including Tan Phuoc Woodcraft JSC in Vietnam, which took a group-wide licence covering its three plants in the quarter. Norrvik Flow schedules cutting, machining and finishing against confirmed store orders and has reduced lead times at the early adopters by between 15 and 25 per cent."),
    ("p", "In May, Arbor Vision AI, Inc. signed a three-year agreement to license Norrvik's library of more than 40,000 photoreal 3D product models for use in its room-planning software, with minimum fees of SEK 58 million over the term. The agreement is non-exclusive, and revenue is recognised over time as the library is made available."),
    ("p", "Norrvik and Pinegate Robotics, Inc. have agreed to jointly develop a goods-to-person picking cell for flat-pack parcels, which will be piloted at the Jönköping distribution centre in 2026. Each party bears its own development costs and the intellectual property will be jointly owned."),
    ("p", "On 20 June the Group signed a SEK 1,500 million sustainability-linked revolving credit facility with Skärgård Kapital AB, maturing in June 2030, which replaces the existing SEK 1,000 million facility. The margin is adjusted annually against targets for recycled wood content and scope 3 emissions."),
    ("p", "Norrvik has noted media speculation about a possible combination with Birkahus AB and confirms that no such discussions are taking place."),
    ("h", "Segment overview"),
    ("table", [
        ["Segment, SEK million", "Q2 2025", "Q2 2024", "Jan-Jun 2025", "Jan-Jun 2024"],
        ["Retail Nordic", "3,011", "2,904", "5,640", "5,497"],
        ["Retail International", "1,486", "1,378", "2,802", "2,611"],
        ["Manufacturing (external sales)", "619", "576", "1,188", "1,120"],
        ["Digital & Services", "96", "41", "158", "77"],
        ["Group net sales", "5,212", "4,899", "9,788", "9,305"],
    ], [62, 26, 26, 28, 28]),
    ("p", "Manufacturing. External sales rose by 7.5 per cent, mainly to retail partners in North America. Production at the Lövsta plant in Småland ran at 91 per cent utilisation (84). Lövsta Möbelfabrik sources most of its particleboard and MDF from Muar Panel Industries Sdn Bhd in Malaysia. The weaker US dollar reduced board costs by around SEK 14 million in the quarter."),
    ("p", "Digital & Services. Licensing income from Norrvik Flow and the 3D model library, together with Fjällbo's subscription revenue, amounted to SEK 96 million. The order book for licences stood at SEK 212 million at the end of the period."),
    ("h", "Financial position"),
    ("p", "Cash flow from operating activities amounted to SEK 688 million (602). Net debt excluding lease liabilities was SEK 1,940 million at 30 June, corresponding to 1.3 times EBITDA. Share of profit of associates, which relates to the Group's 49 per cent holding in Kvarnholm Logistik AB, amounted to SEK 7 million (5). The Group's liquidity reserve, including unutilised credit facilities, amounted to SEK 2,860 million."),
    ("h", "Note 6. Significant subsidiaries"),
    ("table", [
        ["Company", "Country", "Segment", "Holding, %"],
        ["Lövsta Möbelfabrik AB", "Sweden", "Manufacturing", "100"],
        ["Fjällbo Analytics AB", "Sweden", "Digital & Services", "100"],
    ], [62, 30, 48, 30]),
    ("h", "Review"),
    ("p", "This interim report for Norrvik Hem AB (publ) has not been reviewed by the company's auditors, Vasa & Lind Revision AB. The information was submitted for publication through the agency of the contact person set out below on 17 July 2025 at 07:30 CET."),
    ("small", "Contact: Johan Wiklund, CFO, +46 8 555 014 20, investor@norrvik.example"),
]


def render_en(pdf, blocks):
    for kind, content, *rest in blocks:
        if kind == "title":
            para(pdf, content, size=15, style="B", align="C", gap=1)
        elif kind == "small":
            para(pdf, content, size=8, align="C", gap=4)
        elif kind == "h":
            if pdf.will_page_break(28):  # keep headings with the next paragraph
                pdf.add_page()
            pdf.ln(1)
            para(pdf, content, size=11.5, style="B", gap=1.5)
        elif kind == "bullet":
            para(pdf, "- " + content, size=10, lh=5.4, gap=1)
        elif kind == "p":
            para(pdf, content, size=10, lh=5.4, gap=2.5)
        elif kind == "right":
            para(pdf, content, size=10, style="I", align="R", gap=2)
        elif kind == "table":
            table(pdf, content, rest[0], size=9, lh=5.6)


def build_en(blocks, footer, out):
    pdf = Doc(footer, "helvetica")
    pdf.add_page()
    render_en(pdf, blocks)
    pdf.output(out)


if __name__ == "__main__":
    build_cjk(DOC02, 2, "NotoSansSC", "浙江森悦家居股份有限公司 公告编号：2025-018",
              os.path.join(HERE, "02_Senyue_A-share-announcement.pdf"))
    build_cjk(DOC03, 3, "NotoSansTC", "華匠智能家居控股有限公司 公告",
              os.path.join(HERE, "03_Huajiang_HKEX-announcement.pdf"))
    build_en(DOC04, "Norrvik Hem AB (publ) - Interim report January-June 2025",
             os.path.join(HERE, "04_Norrvik_interim-report.pdf"))
    print("built 3 PDFs")
