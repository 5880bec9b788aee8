"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font and wrap at spaces only.
Chinese documents use a face of Noto Sans CJK: the face is extracted from the
.ttc collection with fontTools, subset to the characters used, converted from
CFF to TrueType outlines (cu2qu) and written to a temporary directory that is
deleted at the end.  Chinese lines are broken only after "。".
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


# --------------------------------------------------------------------------
# Font preparation
# --------------------------------------------------------------------------

def cff_to_glyf(font):
    """Replace the CFF outlines of `font` by quadratic TrueType outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxTwilightPoints", "maxStorage",
                 "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, tmp_dir):
    """Write a subset TrueType font covering `text`; return its path."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + "0123456789")
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(tmp_dir, f"noto_cjk_{face_index}.ttf")
    font.save(path)
    return path


# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------

class Document(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.body_font, size=7.5)
        self.cell(0, 5, f"{self.footer_text}  {self.page_no()}", align="C")


def split_after_full_stop(paragraph):
    sentences, current = [], ""
    for ch in paragraph:
        current += ch
        if ch == "。":
            sentences.append(current)
            current = ""
    if current:
        sentences.append(current)
    return sentences


def cjk_paragraph(pdf, text, size=10, line_h=6.2):
    """Pack whole sentences into lines; shrink a line that is too long."""
    width = pdf.epw
    line = ""
    lines = []
    pdf.set_font(pdf.body_font, size=size)
    for sentence in split_after_full_stop(text):
        if line and pdf.get_string_width(line + sentence) > width:
            lines.append(line)
            line = ""
        line += sentence
    if line:
        lines.append(line)
    for line in lines:
        fitted = size
        pdf.set_font(pdf.body_font, size=fitted)
        while pdf.get_string_width(line) > width and fitted > 6:
            fitted -= 0.25
            pdf.set_font(pdf.body_font, size=fitted)
        pdf.cell(0, line_h, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def latin_paragraph(pdf, text, size=9.5, line_h=5):
    pdf.set_font(pdf.body_font, size=size)
    pdf.multi_cell(0, line_h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def table(pdf, rows, widths, size=8.5):
    pdf.set_font(pdf.body_font, size=size)
    for i, row in enumerate(rows):
        pdf.set_font(pdf.body_font, style="B" if i == 0 and pdf.body_font == "helvetica" else "", size=size)
        for cell, w in zip(row, widths):
            pdf.cell(w, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(3)


def render(pdf, blocks, cjk):
    for kind, payload in blocks:
        if kind == "title":
            pdf.set_font(pdf.body_font, style="" if cjk else "B", size=13)
            pdf.multi_cell(0, 7.5, payload, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "center":
            pdf.set_font(pdf.body_font, size=9.5)
            pdf.cell(0, 5.5, payload, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "heading":
            pdf.ln(1.5)
            pdf.set_font(pdf.body_font, style="" if cjk else "B", size=11)
            pdf.cell(0, 7, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "para":
            if cjk:
                cjk_paragraph(pdf, payload)
            else:
                latin_paragraph(pdf, payload)
        elif kind == "small":
            if cjk:
                cjk_paragraph(pdf, payload, size=8.5, line_h=5.2)
            else:
                latin_paragraph(pdf, payload, size=7.5, line_h=4)
        elif kind == "table":
            rows, widths = payload
            table(pdf, rows, widths)
        elif kind == "pagebreak":
            pdf.add_page()
        else:
            raise ValueError(kind)


def all_text(blocks):
    parts = []
    for kind, payload in blocks:
        if kind == "table":
            parts.extend(cell for row in payload[0] for cell in row)
        elif isinstance(payload, str):
            parts.append(payload)
    return "".join(parts)


def build(filename, blocks, footer_text, face_index=None, tmp_dir=None):
    pdf = Document(footer_text)
    if face_index is None:
        pdf.body_font = "helvetica"
    else:
        path = make_cjk_font(face_index, all_text(blocks) + footer_text, tmp_dir)
        pdf.add_font("notocjk", "", path)
        pdf.body_font = "notocjk"
    pdf.add_page()
    render(pdf, blocks, cjk=face_index is not None)
    pdf.output(os.path.join(HERE, filename))
    print("wrote", filename, "pages:", pdf.page_no())


# --------------------------------------------------------------------------
# 02 - A-share announcement (Simplified Chinese)
# --------------------------------------------------------------------------

DOC02 = [
    ("center", "证券代码：688417　　证券简称：华芯灵犀　　公告编号：2025-031"),
    ("title", "华芯灵犀科技股份有限公司\n关于签订日常经营重大合同暨全资子公司对外投资的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
              "董事会及全体董事对本公告内容的真实性、准确性和完整性依法承担法律责任。"),
    ("heading", "重要内容提示："),
    ("para", "合同类型及金额：日常经营销售合同，合同金额约3.12亿美元（不含税）。"
             "对外投资标的：智利MineraMente SpA之B轮优先股。"
             "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("para", "风险提示：合同履行周期较长，可能受出口管制、汇率波动及客户项目进度等因素影响。"
             "对外投资尚需完成境外投资备案手续，存在不确定性。"),
    ("heading", "一、合同签订概况"),
    ("para", "近日，华芯灵犀科技股份有限公司（以下简称“公司”）与巴西Cerrado Datacenters Ltda.（以下简称“Cerrado”）签订《AI服务器采购协议》。"
             "公司将向Cerrado供应灵犀L9系列AI训练服务器及配套液冷机柜，合同金额约3.12亿美元。"
             "本合同为公司日常经营合同，根据《公司章程》无需提交董事会或股东大会审议。"),
    ("heading", "二、合同对方基本情况"),
    ("table", ([["项目", "内容"],
                ["名称", "Cerrado Datacenters Ltda."],
                ["注册地", "巴西圣保罗州坎皮纳斯市"],
                ["主营业务", "高密度数据中心的建设与运营"],
                ["控股股东", "Amerigo Digital Infrastructure Corp."]], [45, 129])),
    ("para", "Cerrado为美国纽约证券交易所上市公司Amerigo Digital Infrastructure Corp.（股票代码：AMDG，以下简称“Amerigo”）的全资子公司。"
             "公司于2024年6月认购Amerigo新发行的A类普通股，目前持有Amerigo约9.8%的股份。"
             "除上述持股关系外，Cerrado与公司及公司控股股东、实际控制人之间不存在关联关系。"),
    ("heading", "三、合同主要条款"),
    ("para", "1.交付安排：设备分四批交付，首批预计于2025年第二季度发运至巴西乌贝兰迪亚园区。"
             "2.付款方式：合同生效后支付30%预付款，到货验收后支付60%，剩余10%作为质保金于质保期满后支付。"
             "3.违约责任：任何一方违约的，应赔偿对方因此遭受的直接损失。"
             "4.争议解决：因本合同产生的争议提交新加坡国际仲裁中心仲裁。"),
    ("heading", "四、对上市公司的影响"),
    ("para", "本合同的履行预计将对公司2025年度及2026年度经营业绩产生积极影响，有利于公司拓展拉丁美洲市场。"
             "另，公司已于2025年1月与台湾峰拓运算股份有限公司签订框架协议，向其供应灵犀A7加速卡模组，用于其在墨西哥组装的整机产品。"
             "公司主要竞争对手银河智算科技股份有限公司亦在巴西、墨西哥市场推出同类产品，市场竞争日趋激烈。"),
    ("heading", "五、全资子公司对外投资概况"),
    ("para", "为把握拉美矿业智能化发展机遇，公司全资子公司深圳云桥创业投资有限公司（以下简称“云桥创投”）拟以1,800万美元认购智利MineraMente SpA（以下简称“MineraMente”）B轮优先股。"
             "本次投资完成后，云桥创投将持有MineraMente约14.5%的股权。"
             "为保障上述投资的资金需求，公司拟以自有资金向云桥创投增资人民币2.5亿元。"),
    ("para", "MineraMente成立于2019年，主要从事矿山选矿过程的人工智能优化软件研发，客户主要为智利及秘鲁的铜矿企业。"
             "本轮融资由云桥创投领投，其他跟投方与公司不存在关联关系。"
             "北京衡泰律师事务所担任云桥创投本次投资的境内法律顾问。"),
    ("table", ([["股东名称", "投资前持股比例", "投资后持股比例"],
                ["创始团队及员工持股平台", "61.2%", "49.8%"],
                ["Araucaria Partners", "24.6%", "22.9%"],
                ["云桥创投", "—", "14.5%"],
                ["其他投资方", "14.2%", "12.8%"]], [74, 50, 50])),
    ("heading", "六、风险提示"),
    ("para", "1.出口管制风险：若相关国家或地区调整高性能计算产品出口管制政策，合同履行可能受到影响。"
             "2.汇率风险：合同以美元计价，人民币汇率波动可能影响公司收益。"
             "3.投资风险：标的公司处于成长期，未来经营存在不确定性。"
             "公司将根据事项进展情况及时履行信息披露义务，敬请广大投资者注意投资风险。"),
    ("para", "特此公告。"),
    ("para", "华芯灵犀科技股份有限公司董事会　2025年2月18日"),
]

# --------------------------------------------------------------------------
# 03 - HKEX discloseable transaction (Traditional Chinese)
# --------------------------------------------------------------------------

DOC03 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"
              "並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "景海資本控股有限公司\nJINGHAI CAPITAL HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：1697）"),
    ("title", "須予披露交易\n認購PAMPA PAGAMENTOS S.A.之C系列優先股"),
    ("heading", "認購事項"),
    ("para", "董事會欣然宣佈，於2025年3月6日（交易時段後），本公司與目標公司訂立認購協議。"
             "據此，本公司有條件同意認購而目標公司有條件同意發行12,500,000股C系列優先股，總代價為8,000萬美元。"
             "完成後，本公司將持有目標公司經擴大已發行股本約11.2%。"),
    ("heading", "認購協議"),
    ("table", ([["日期", "2025年3月6日"],
                ["訂約方", "(1) 本公司（作為認購人）；(2) 目標公司（作為發行人）"],
                ["認購股份", "12,500,000股C系列優先股"],
                ["代價", "8,000萬美元，以現金支付"],
                ["最後截止日期", "2025年6月30日"]], [40, 134])),
    ("para", "代價乃經本公司與目標公司按一般商業條款公平磋商後釐定，並已考慮目標公司之財務表現、業務前景及同業估值。"
             "代價將以本集團內部資源撥付。"),
    ("heading", "有關目標公司之資料"),
    ("para", "目標公司為一間於巴西註冊成立之股份有限公司，其普通股於巴西證券交易所上市（代號：PMPA3）。"
             "目標公司主要於巴西提供商戶收單、數碼錢包及中小企營運資金貸款服務。"
             "目標公司之主要支付處理及風險評分系統託管於Cerrado Datacenters Ltda.營運之數據中心，並由其提供專用GPU算力服務。"
             "於2024年，目標公司自Banco Tordesilhas S.A.取得一筆3.5億雷亞爾之承諾循環信貸額度。"),
    ("para", "於本公告日期，Araucaria Growth Fund II, L.P.持有目標公司約22.0%之股份，為目標公司之單一最大股東。"
             "目標公司於巴西之主要競爭對手包括Carambola Pagamentos S.A.，兩者均以人工智能信貸評分作為主要差異化策略。"),
    ("table", ([["（百萬雷亞爾）", "截至2023年12月31日止年度", "截至2024年12月31日止年度"],
                ["收益", "3,620", "4,870"],
                ["除稅前溢利", "402", "611"],
                ["除稅後溢利", "286", "437"],
                ["資產淨值", "2,940", "3,515"]], [54, 60, 60])),
    ("heading", "進行認購事項之理由及裨益"),
    ("para", "本集團主要從事於新興市場金融科技及數碼基建領域之股權投資。"
             "董事認為，巴西數碼支付市場滲透率持續提升，認購事項為本集團提供參與拉丁美洲金融科技增長之機會。"
             "董事（包括獨立非執行董事）認為，認購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("heading", "上市規則之涵義"),
    ("para", "由於有關認購事項之一項或多項適用百分比率超過5%但均低於25%，故認購事項構成本公司之須予披露交易。"
             "因此須遵守上市規則第十四章項下之申報及公告規定，惟獲豁免遵守股東批准規定。"),
    ("heading", "一般資料"),
    ("para", "於本公告日期，本公司之主要股東華芯靈犀科技股份有限公司持有本公司約19.6%之已發行股份。"
             "華芯靈犀並無參與本次對Pampa Pagamentos之認購，亦非認購協議之訂約方。"
             "天瑞融資有限公司為本公司有關認購事項之財務顧問。"),
    ("para", "由於完成須待認購協議所載之先決條件獲達成後方可作實，認購事項未必一定進行。"
             "股東及潛在投資者於買賣本公司證券時務請審慎行事。"),
    ("heading", "釋義"),
    ("table", ([["「董事會」", "指本公司董事會"],
                ["「本公司」", "指景海資本控股有限公司"],
                ["「目標公司」", "指Pampa Pagamentos S.A."],
                ["「上市規則」", "指聯交所證券上市規則"],
                ["「美元」", "指美利堅合眾國法定貨幣"]], [40, 134])),
    ("para", "承董事會命　景海資本控股有限公司　主席　梁啟深"),
    ("para", "香港，2025年3月6日"),
    ("small", "於本公告日期，董事會由執行董事梁啟深先生及何詠嵐女士，非執行董事周立航先生，以及獨立非執行董事陳國樑先生、馮慧心女士及鄧振邦先生組成。"),
]

# --------------------------------------------------------------------------
# 07 - Broker research note (English)
# --------------------------------------------------------------------------

DOC07 = [
    ("center", "ITAQUERA SECURITIES | Equity Research | Latin America Digital Infrastructure"),
    ("title", "Amerigo Digital Infrastructure (AMDG US)\nInitiation of coverage: BUY, target price US$34"),
    ("center", "10 April 2025 | Analysts: Tomas Ribeiro, CFA; Ana Carolina Weiss"),
    ("heading", "Investment summary"),
    ("para", "We initiate coverage of Amerigo Digital Infrastructure with a BUY rating and a 12-month target price of "
             "US$34, implying 31% upside. Amerigo is the only listed pure play on AI-ready data centres across Brazil "
             "and Mexico, and we think the market underestimates how quickly its contracted capacity converts into "
             "revenue. Our target is based on a 2026E EV/EBITDA multiple of 17x, a discount to US peers that we "
             "believe is justified by currency and supplier risk."),
    ("para", "Amerigo operates through Cerrado Datacenters, its wholly owned Brazilian subsidiary, and Quetzal Nube, "
             "its wholly owned subsidiary in Mexico. Energized capacity should roughly double to 230 MW by end-2026."),
    ("heading", "Key points"),
    ("para", "1) Anchor customers de-risk the ramp. Cerrado provides dedicated GPU clusters to Pampa Pagamentos, "
             "which accounted for 14% of group revenue in 2024. In Mexico, Quetzal Nube supplies reserved capacity to "
             "the lender Cacao Credito, whose US$45 million Series C was led by Araucaria Partners in 2024; we see "
             "Cacao as a credible, well-funded tenant."),
    ("para", "2) Hardware supply chain runs through China and Taiwan. Our industry checks indicate that Huaxin "
             "Lingxi supplied the bulk of the AI training servers at Cerrado's Uberlandia campus, consistent with "
             "Huaxin's February filing of a US$312 million order. For Queretaro, Apextop Computing won an order worth "
             "NT$4.86 billion to supply liquid-cooled racks to Quetzal Nube. Lanxing Thermal provides the cold-plate "
             "cooling modules that go into Apextop's racks, which makes it an indirect beneficiary of the build-out."),
    ("para", "3) A strategic shareholder. Huaxin Lingxi invested US$150 million in Amerigo through a private "
             "placement in June 2024 and owns about 9.8% of the Class A shares. We read the stake as strategic "
             "rather than financial; Huaxin has no board seat and a standstill caps its holding."),
    ("para", "4) Power is secured in Brazil. Ventos do Sertao Energia supplies wind power to Cerrado under a "
             "15-year PPA covering 90 MW, which locks in roughly 70% of Brazilian energy needs at a fixed real price."),
    ("heading", "Competitive landscape"),
    ("para", "We prefer Amerigo over Serra Azul Data Centers, which trades at a higher multiple but has far less "
             "AI-specific capacity. In Mexico, Mixteca Cloud competes with Quetzal Nube for enterprise workloads, "
             "but it has not announced any liquid-cooled halls. Kuroshio Systems is the other qualified rack vendor "
             "in the region, but it has not won business at Queretaro to date."),
    ("table", ([["Company", "Ticker", "Rating", "EV/EBITDA 26E", "Capacity MW"],
                ["Amerigo Digital Infrastructure", "AMDG US", "BUY", "13.0x", "230"],
                ["Serra Azul Data Centers", "SAZD3 BZ", "HOLD", "16.4x", "140"],
                ["Mixteca Cloud", "MIXT* MM", "NOT RATED", "n.a.", "65"]], [62, 28, 28, 30, 26])),
    ("heading", "Risks"),
    ("para", "Key risks include export controls on advanced semiconductors that could delay Chinese-made servers, "
             "customer concentration, BRL and MXN depreciation, execution on Phase 2 construction and the "
             "pending litigation brought by a competitor in Sao Paulo."),
    ("heading", "Valuation and estimates"),
    ("table", ([["US$ million", "2024A", "2025E", "2026E", "2027E"],
                ["Revenue", "612", "905", "1,270", "1,560"],
                ["Adj. EBITDA", "281", "431", "622", "780"],
                ["Capex", "731", "720", "610", "480"],
                ["Net debt / EBITDA", "3.1x", "2.9x", "2.3x", "1.8x"]], [50, 31, 31, 31, 31])),
    ("heading", "Analyst certification and important disclosures"),
    ("small", "The research analysts named on this report certify that the views expressed accurately reflect their "
              "personal views about the subject securities and issuers. No part of their compensation was, is or will "
              "be directly or indirectly related to the specific recommendations or views contained in this report."),
    ("small", "Itaquera Securities has received compensation for investment banking services from Amerigo Digital "
              "Infrastructure in the past 12 months. Itaquera Securities or its affiliates may hold positions in "
              "securities mentioned in this report. This report is for institutional investors only and does not "
              "constitute an offer to buy or sell any security. Past performance is not a guide to future returns."),
]


def main():
    tmp_dir = tempfile.mkdtemp(prefix="cjk_fonts_")
    try:
        build("02_Huaxin_A-share_announcement.pdf", DOC02,
              "华芯灵犀科技股份有限公司公告", FACE_SC, tmp_dir)
        build("03_Jinghai_HKEX_discloseable_transaction.pdf", DOC03,
              "景海資本控股有限公司公告", FACE_TC, tmp_dir)
        build("07_Itaquera_broker_note_Amerigo.pdf", DOC07,
              "Itaquera Securities - Amerigo Digital Infrastructure - Initiation")
    finally:
        shutil.rmtree(tmp_dir)


if __name__ == "__main__":
    main()
