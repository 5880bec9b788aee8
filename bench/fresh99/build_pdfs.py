"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font. Chinese documents use Noto Sans CJK:
the needed face is taken from the system .ttc collection with fontTools, subset to the
characters used, converted from CFF to TrueType outlines (cu2qu) and saved in a
temporary directory that is removed at the end.
English lines break at spaces only; Chinese lines break only after 。.
"""
import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC, FACE_TC = 2, 3


# --------------------------------------------------------------------------- fonts

def cff_to_truetype(font):
    """Replace the CFF outlines of a fontTools font by quadratic glyf outlines."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for glyph in glyphs.values():
        glyph.recalcBounds(glyf)
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\0\1\0\0"


def make_cjk_font(face_index, text, workdir):
    """Write a TrueType subset of one Noto Sans CJK face covering `text`; return its path."""
    full = os.path.join(workdir, f"face{face_index}.otf")
    TTCollection(CJK_TTC).fonts[face_index].save(full)
    options = subset.Options()
    options.notdef_outline = True
    font = subset.load_font(full, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    out = os.path.join(workdir, f"face{face_index}.ttf")
    font.save(out)
    return out


# --------------------------------------------------------------------------- layout

class Document(FPDF):
    def __init__(self, footer_text, font):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.body_font = font
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.body_font, size=7)
        self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")


def english_pdf(path, footer_text, blocks):
    pdf = Document(footer_text, "Helvetica")
    pdf.add_page()
    for kind, content in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "small":
            pdf.set_font("Helvetica", "", 7.5)
            pdf.multi_cell(0, 4, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            widths, rows = content
            for i, row in enumerate(rows):
                pdf.set_font("Helvetica", "B" if i == 0 else "", 8.5)
                for width, cell in zip(widths, row):
                    pdf.cell(width, 5.5, cell, border=1)
                pdf.ln(5.5)
            pdf.ln(2)
    pdf.output(path)


def chinese_lines(pdf, paragraph, width):
    """Pack whole sentences (ending in 。) into lines no wider than `width`."""
    sentences = [s + "。" for s in paragraph.split("。") if s]
    if not paragraph.endswith("。"):
        sentences[-1] = sentences[-1][:-1]
    lines, current = [], ""
    for sentence in sentences:
        if current and pdf.get_string_width(current + sentence) > width:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def chinese_pdf(path, footer_text, font_path, blocks):
    pdf = Document(footer_text, "cjk")
    pdf.add_font("cjk", "", font_path)
    pdf.add_page()
    width = pdf.epw
    for kind, content in blocks:
        if kind == "page":
            pdf.add_page()
            continue
        size, height, align = {"title": (13, 8, "C"), "center": (10, 6, "C"),
                               "h": (10.5, 7, "L"), "p": (9, 5.2, "L"),
                               "small": (7.5, 4.2, "L")}[kind]
        pdf.set_font("cjk", size=size)
        for line in chinese_lines(pdf, content, width):
            line_size = size
            while pdf.get_string_width(line) > width:  # one long sentence: shrink, never break
                line_size -= 0.25
                pdf.set_font("cjk", size=line_size)
            pdf.cell(width, height, line, align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("cjk", size=size)
        if kind in ("p", "h"):
            pdf.ln(1.2)
    pdf.output(path)


# --------------------------------------------------------------------------- 03: A-share announcement (Simplified Chinese)

DOC03 = [
    ("center", "证券代码：688619　　证券简称：颜智科技　　公告编号：2025-047"),
    ("title", "杭州颜智科技股份有限公司"),
    ("title", "关于签订日常经营重大合同及全资子公司对外投资的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "合同类型：AI配方平台软件许可及技术服务合同。"),
    ("p", "合同金额：人民币12,800万元（含税），分三年确认收入。"),
    ("p", "对外投资：全资子公司颜智国际（香港）有限公司以自有资金800万美元参与韩国雪美美妆株式会社新一轮融资。"),
    ("p", "特别风险提示：合同履行期限较长，可能受到不可抗力、汇率波动及客户经营情况变化等因素影响，敬请广大投资者注意投资风险。"),
    ("h", "一、合同签订的基本情况"),
    ("p", "2025年11月6日，公司与韩国韩光化妆品科技株式会社（以下简称“韩光科技”）签订《AI配方平台许可及技术服务合同》。"
          "公司将向韩光科技提供“颜智配方大脑”AI配方平台的软件许可及三年技术服务，合同总金额为人民币12,800万元（含税）。"
          "本次合同为公司日常经营合同，根据《上海证券交易所科创板股票上市规则》及《公司章程》的规定，无需提交董事会及股东大会审议。"),
    ("h", "二、合同对方的基本情况"),
    ("p", "公司名称：韩光化妆品科技株式会社（Hanbit Cosmetech Co., Ltd.）。"),
    ("p", "成立时间：2004年3月；注册地址：韩国京畿道华城市；上市地点：韩国KOSDAQ市场，股票代码287410。"),
    ("p", "主营业务：化妆品研发及代工生产（ODM/OEM），主要客户为欧美及亚洲化妆品品牌商。"),
    ("p", "关联关系：韩光科技与公司及公司控股股东、实际控制人、董事、监事及高级管理人员之间不存在关联关系。"),
    ("p", "最近三个会计年度，公司与韩光科技未发生业务往来。"),
    ("h", "三、合同的主要内容"),
    ("p", "服务内容：AI配方平台部署、配方稳定性预测模型训练、原料合规数据库接入及技术支持。"),
    ("p", "付款方式：合同签订后30日内支付30%，平台验收后支付40%，其余款项按年度服务期分期支付。"),
    ("p", "违约责任：任何一方违反合同约定，应赔偿由此给对方造成的损失。"),
    ("p", "争议解决：双方友好协商；协商不成的，提交新加坡国际仲裁中心仲裁。"),
    ("page", None),
    ("h", "四、公司日常经营相关情况说明"),
    ("p", "公司主营业务为面向化妆品行业的AI配方平台、皮肤检测设备及数据服务。"
          "其中，广州美研生物科技有限公司采购公司AI配方平台及皮肤检测数据服务，本年度累计确认收入人民币3,460万元。"
          "公司皮肤检测设备所用的多光谱影像模组主要向台湾创妍科技股份有限公司采购。"
          "国内同行业公司苏州肤联智能科技有限公司亦提供类似的AI配方服务，公司与其不存在业务往来。"),
    ("h", "五、全资子公司对外投资情况"),
    ("p", "公司全资子公司颜智国际（香港）有限公司（以下简称“颜智国际”）拟参与韩国雪美美妆株式会社（以下简称“雪美美妆”）的新一轮融资。"
          "颜智国际以自有资金800万美元认购雪美美妆新发行股份。"
          "本轮融资由Aurelith Ventures Fund IV, L.P.领投，融资总额为5,000万美元。"
          "本次认购完成后，颜智国际将持有雪美美妆约4.5%的股份。"
          "雪美美妆为韩国护肤品牌，与公司不存在关联关系，本次投资不构成重大资产重组。"),
    ("h", "六、持股5%以上股东情况"),
    ("p", "截至本公告披露日，日本绮丽美控股株式会社持有公司5.8%的股份，为公司持股5%以上股东。"
          "公司与绮丽美控股于2024年共同设立联合实验室，开展亚洲人群肌肤数据研究。"
          "绮丽美控股未参与本次合同的谈判及签署。"),
    ("h", "七、对上市公司的影响"),
    ("p", "本合同的签订有利于公司拓展海外化妆品代工客户，预计对公司2026年至2028年经营业绩产生积极影响。"
          "公司具备履行合同的能力，本合同的履行不会对公司业务独立性产生影响。"),
    ("h", "八、风险提示"),
    ("p", "合同履行过程中，如遇政策、市场环境或客户需求变化，可能导致合同无法如期或全部履行。"
          "华泽证券股份有限公司作为公司持续督导保荐机构，与韩光科技不存在关联关系。"
          "敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("p", "杭州颜智科技股份有限公司董事会"),
    ("p", "2025年11月7日"),
]

# --------------------------------------------------------------------------- 04: HKEX announcement (Traditional Chinese)

DOC04 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "麗思達集團控股有限公司"),
    ("center", "LUSTRA GROUP HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）（股份代號：2619）"),
    ("title", "須予披露交易：收購廣州美研生物科技有限公司51%股權"),
    ("title", "及關連交易：根據特別授權認購新股份"),
    ("h", "緒言"),
    ("p", "董事會欣然宣佈，於2025年11月10日，本公司全資附屬公司麗思達美妝投資有限公司（「買方」）與賣方訂立買賣協議。"
          "據此，買方有條件同意收購而賣方有條件同意出售廣州美研生物科技有限公司51%股權，代價為人民幣245,000,000元。"
          "於同日，本公司與Lumaveil Beauty, Inc.（「認購方」）訂立認購協議。"),
    ("h", "買賣協議"),
    ("p", "日期：2025年11月10日。"),
    ("p", "訂約方：(i)買方；及(ii)賣方陳國棟先生及黃慧玲女士。"
          "據董事作出一切合理查詢後所深知、盡悉及確信，賣方均為獨立於本公司及其關連人士之第三方。"),
    ("p", "代價及支付：代價將以現金分三期支付，其中30%於簽署協議時支付，60%於完成時支付，10%於完成後十二個月支付。"),
    ("p", "代價基準：代價乃經參考目標公司於2025年6月30日之未經審核資產淨值、盈利能力及獨立估值師衡達評估有限公司編製之估值報告釐定。"),
    ("h", "有關目標公司之資料"),
    ("p", "廣州美研主要從事護膚品及彩妝之研發及代工生產。"
          "廣州美研自2021年起為本集團自有品牌「LUSTRA LAB」供應護膚產品。"
          "廣州美研之產品配方開發採用杭州顏智科技股份有限公司提供之AI配方平台。"
          "據董事所知，廣州美研與Skinsight AI, Inc.之間並無任何協議或業務往來。"),
    ("p", "目標公司截至2024年12月31日止年度之除稅後純利約為人民幣31,200,000元。"),
    ("page", None),
    ("h", "認購協議"),
    ("p", "根據認購協議，Lumaveil有條件同意以總代價港幣312,000,000元認購104,000,000股新股份。"
          "認購價每股港幣3.00元，較股份於最後交易日之收市價折讓約4.8%。"
          "於本公告日期，Lumaveil持有本公司已發行股份約12.4%，為本公司之主要股東，因此為本公司之關連人士。"
          "認購事項完成後，Lumaveil之持股將增至約19.6%。"),
    ("h", "所得款項用途"),
    ("p", "所得款項淨額約港幣309,500,000元，其中約60%將用於支付收購事項之代價，約40%將用於門市數碼化。"
          "本集團目前於64間門市使用Shadefinder Technologies, Inc.提供之虛擬試妝鏡系統。"
          "本集團亦為韓國品牌雪美美妝於香港及澳門之獨家零售商。"),
    ("h", "進行交易之理由及裨益"),
    ("p", "董事認為，收購事項可令本集團取得穩定之自有品牌產能，並把握AI配方帶來之產品開發機會。"
          "本集團於香港之主要競爭對手包括卓妍美妝零售有限公司，卓妍與本集團並無任何業務往來。"
          "董事（不包括獨立非執行董事）認為，協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關收購事項之一項或多項適用百分比率超過5%但低於25%，收購事項構成本公司之須予披露交易。"
          "由於Lumaveil為本公司之關連人士，認購事項構成本公司之關連交易，須遵守申報、公告及獨立股東批准之規定。"
          "瑞豐融資有限公司已獲委任為獨立財務顧問，就認購事項向獨立董事委員會及獨立股東提供意見。"),
    ("h", "釋義"),
    ("p", "「本公司」指麗思達集團控股有限公司；「買方」指麗思達美妝投資有限公司；「目標公司」或「廣州美研」指廣州美研生物科技有限公司；「認購方」或「Lumaveil」指Lumaveil Beauty, Inc.。"),
    ("p", "承董事會命"),
    ("p", "麗思達集團控股有限公司"),
    ("p", "主席 何志朗"),
    ("p", "香港，2025年11月10日"),
    ("small", "於本公告日期，董事會包括執行董事何志朗先生及梁詠恩女士；非執行董事Margaux Ellery女士；以及獨立非執行董事鄧啟明先生、蘇慧儀女士及陳偉傑博士。"),
]

# --------------------------------------------------------------------------- 07: broker note (English)

DOC07 = [
    ("small", "NAMSAN SECURITIES | Equity Research | Korea | Consumer - Cosmetics ODM | 18 November 2025"),
    ("title", "Hanbit Cosmetech (287410 KQ): BUY, TP KRW 68,000 - AI-guided formulation is widening the moat"),
    ("table", ([60, 45], [
        ["Rating", "BUY (maintained)"],
        ["Target price (12m)", "KRW 68,000 (from 61,000)"],
        ["Last price (17 Nov)", "KRW 52,300"],
        ["Market cap", "KRW 1.94 trillion"],
        ["Analyst", "Ji-hoon Baek"],
    ])),
    ("h", "Investment summary"),
    ("p", "We raise our target price for Hanbit Cosmetech by 11% to KRW 68,000 and maintain BUY. Third-quarter "
          "operating profit of KRW 38.6 billion beat consensus by 9%, driven by US prestige orders and a sharp "
          "improvement in new-product lead times. Management credits its in-house AI stability screening, which "
          "predicts emulsion and SPF stability from formula data and cuts the number of physical test batches "
          "by about 40%. We think this is a real, if narrow, advantage in a business where speed to shelf is "
          "the main way to win share of a brand's pipeline."),
    ("h", "Customer mix: broadening beyond the anchor account"),
    ("p", "Hanbit manufactures the bulk of Lumaveil's Reve Clinique serum and sunscreen range, and Lumaveil is now "
          "its largest customer at roughly 24% of sales. Seolmi Beauty, the fast-growing K-beauty brand, sources "
          "essentially all of its skincare from Hanbit's Hwaseong plant. Hanbit also produces the Petalwise Lab "
          "private-label skincare line for US retailer Petalwise, a contract we estimate at KRW 95 billion of "
          "annual revenue."),
    ("p", "Japan is the newest leg. Kirameki Holdings began buying sunscreen bulk from Hanbit in 2Q25 for its "
          "drugstore brands in Japan, and we expect volumes to double in 2026."),
    ("p", "China is a smaller but interesting opportunity. In October Hanbit won an ODM contract from Hangzhou "
          "Yanzhi Technology to manufacture the serums paired with Yanzhi's at-home skin-analysis device, worth "
          "an estimated KRW 21 billion over two years. This is Hanbit's first contract with a Chinese "
          "device-led brand."),
    ("h", "Supply side and balance sheet"),
    ("p", "Tsubasa Formulation, the ingredients subsidiary of Kirameki Holdings, supplies Hanbit with fermented "
          "actives under a long-term contract. Raw-material costs were flat year on year despite a weaker won."),
    ("p", "To fund its New Jersey plant, Hanbit signed a US$150 million five-year term loan with Northgate "
          "Commercial Bank in September. The plant should start commercial production in 3Q26 and lets Hanbit "
          "offer US brands tariff-free local supply."),
    ("page", None),
    ("h", "Valuation and peers"),
    ("p", "Our target price is based on 17x 2026E EPS, a 10% premium to the Korean ODM peer average. We prefer "
          "Hanbit over Daeseong Cosmetics and Jinwoo Bio given its higher exposure to US prestige brands and its "
          "faster product development cycle."),
    ("table", ([50, 30, 30, 30, 30], [
        ["Company", "Ticker", "P/E 26E", "OPM 25E", "Sales g 26E"],
        ["Hanbit Cosmetech", "287410 KQ", "13.2x", "11.8%", "14%"],
        ["Daeseong Cosmetics", "193520 KS", "15.6x", "9.4%", "8%"],
        ["Jinwoo Bio", "241760 KQ", "14.1x", "8.7%", "10%"],
    ])),
    ("h", "Key risks"),
    ("p", "(1) Customer concentration: the top three customers account for about 45% of sales. (2) A slowdown "
          "in US prestige beauty. (3) Execution risk at the New Jersey plant. (4) Price competition: Daeseong "
          "Cosmetics has been bidding aggressively for Japanese sunscreen contracts, including at Kirameki, "
          "although we understand it has not won any volume there."),
    ("table", ([40, 25, 25, 25, 25], [
        ["KRW bn", "2024A", "2025E", "2026E", "2027E"],
        ["Sales", "1,086", "1,251", "1,426", "1,598"],
        ["Operating profit", "118", "148", "178", "205"],
        ["Net profit", "90", "113", "137", "159"],
        ["EPS (KRW)", "2,426", "3,046", "3,693", "4,286"],
    ])),
    ("h", "Analyst certification and important disclosures"),
    ("small", "The analyst named in this report certifies that the views expressed accurately reflect his personal "
              "views about the subject company and its securities. Namsan Securities acted as a co-manager of "
              "Hanbit Cosmetech's 2023 convertible bond offering and has received compensation for investment "
              "banking services from Hanbit Cosmetech in the past 12 months. Namsan Securities does not hold 1% "
              "or more of the shares of Hanbit Cosmetech. This report is provided for information only and is "
              "not an offer to buy or sell any security. Past performance is not a guide to future returns."),
]


def main():
    english_pdf(os.path.join(HERE, "07_Hanbit_broker_note.pdf"),
                "Namsan Securities - Hanbit Cosmetech - see important disclosures at the end of this report - {page}",
                DOC07)

    workdir = tempfile.mkdtemp(prefix="cjk_fonts_")
    try:
        footer_sc = "杭州颜智科技股份有限公司 公告编号：2025-047 第{page}页"
        footer_tc = "麗思達集團控股有限公司 公告 第{page}頁"
        text_sc = "".join(c for _, c in DOC03 if c) + footer_sc + "0123456789"
        text_tc = "".join(c for _, c in DOC04 if c) + footer_tc + "0123456789"
        font_sc = make_cjk_font(FACE_SC, text_sc, workdir)
        font_tc = make_cjk_font(FACE_TC, text_tc, workdir)
        chinese_pdf(os.path.join(HERE, "03_Yanzhi_A-share_announcement.pdf"),
                    footer_sc, font_sc, DOC03)
        chinese_pdf(os.path.join(HERE, "04_Lustra_HKEX_announcement.pdf"),
                    footer_tc, font_tc, DOC04)
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
