"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font. Chinese documents use Noto Sans CJK:
the face is taken out of the .ttc collection with fontTools, subset to the characters
used, converted from CFF to TrueType outlines (cu2qu) and written to a temporary
directory that is deleted at the end.

Line-breaking rules, so that quotes extract cleanly with pypdf:
- English paragraphs wrap at spaces only (multi_cell);
- Chinese paragraphs are laid out one sentence per line, i.e. lines break only
  after "。"; a sentence that is too wide is set in a slightly smaller size.
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
# Document contents: lists of blocks (kind, payload)
#   ("title", text) ("h", text) ("p", text) ("small", text)
#   ("table", [header_row, row, ...]) ("page", None) forces a new page
# --------------------------------------------------------------------------

ORVALLE_URD = [
    ("small", "ORVALLE SE - 2024 UNIVERSAL REGISTRATION DOCUMENT (EXCERPT)"),
    ("title", "Orvalle SE"),
    ("p", "Societe europeenne with a share capital of EUR 412,806,150. Registered office: 22 avenue Hoche, "
          "75008 Paris. 552 118 907 RCS Paris. Euronext Paris: ORVL."),
    ("p", "This excerpt reproduces sections 1.4, 4.6 and 6.3 of the Universal Registration Document filed "
          "with the Autorite des marches financiers on 14 March 2025. Only the full document, available on "
          "the Company's website, is authoritative."),
    ("h", "1.4 Digital, data and artificial intelligence"),
    ("p", "The Group's digital roadmap, approved by the Executive Committee in 2023, has three priorities: "
          "a single view of the client across the Maisons, AI-assisted service in stores and at the "
          "after-sales workshops, and the protection of the Maisons' creative heritage. Capital expenditure "
          "on digital projects amounted to EUR 96 million in 2024 (2023: EUR 71 million)."),
    ("p", "In 2024 the Maisons of the Group deployed the Lumetrix clienteling assistant in 310 stores, "
          "under a group-wide licence from Lumetrix SAS worth EUR 11.4 million over three years. The "
          "assistant prepares client appointments, suggests pieces from the current collections and drafts "
          "follow-up messages, which a client adviser always reviews before they are sent."),
    ("p", "The Group's e-commerce platforms and data lake are hosted by Quarzane Cloud SAS under a contract "
          "of EUR 7.9 million per year that runs until 2027. All client data is stored in data centres "
          "located in the European Union."),
    ("p", "In March 2024 Orvalle and Harbourlight Technologies Limited agreed a non-exclusive partnership "
          "to pilot AI-assisted authentication of pre-owned pieces in Hong Kong; no fees are payable by "
          "either party during the pilot. The results of the pilot will be reviewed in the second half of "
          "2025."),
    ("p", "The Group's principal competitors in watches and jewellery include Montreval Groupe and Tessaro "
          "Watches. Competition for engineering talent in artificial intelligence has intensified, and the "
          "Group may not be able to recruit or retain the people it needs (see section 2.1, Risk factors)."),
    ("h", "Risk factor: dependence on technology providers"),
    ("p", "A limited number of providers support the Group's client-facing systems. An interruption of "
          "service, a security incident at a provider, or a change in the ownership of a provider could "
          "disrupt store operations. The Group mitigates this risk through contractual service levels, "
          "exit clauses and regular audits."),
    ("page", None),
    ("h", "4.6 Investments and Maisons"),
    ("p", "Atelier Brunois, the Group's high-jewellery Maison, is wholly owned by Orvalle SE. Atelier "
          "Brunois distributes its collections in Hong Kong through Kingsway Jewellery Holdings Limited, "
          "which purchased EUR 23.5 million of pieces in 2024. Sales in Greater China represented 17% of "
          "the Maison's revenue."),
    ("p", "Orvalle Ventures SAS, a wholly owned subsidiary of Orvalle SE, invests in early-stage companies "
          "whose technologies are relevant to the Maisons. In October 2024 Orvalle Ventures invested "
          "EUR 9 million in the Series B round of Lumetrix SAS and held 11.5% of its share capital at "
          "31 December 2024. Orvalle Ventures has no investment in Corvane AI AG, contrary to a report "
          "published in a trade journal in November 2024."),
    ("table", [
        ["Principal holdings", "Activity", "Interest", "Method"],
        ["Atelier Brunois SAS", "High jewellery", "100%", "Full"],
        ["Orvalle Ventures SAS", "Corporate venture", "100%", "Full"],
        ["Valmoret Horlogerie Holding SA", "Watches", "14.2%", "Equity"],
        ["Lumetrix SAS", "AI software", "11.5%", "Fair value"],
    ]),
    ("h", "6.3 Note 14 - Equity-accounted investments"),
    ("p", "Orvalle SE holds 14.2% of the share capital and 21.6% of the voting rights of Valmoret Horlogerie "
          "Holding SA, which is accounted for using the equity method. The Group is represented on the "
          "board of directors of Valmoret and considers that it exercises significant influence. The "
          "Group's share of Valmoret's net income for 2024 was EUR 19.2 million."),
    ("table", [
        ["EUR million", "2024", "2023"],
        ["Carrying amount at 1 January", "402.6", "391.0"],
        ["Share of net income", "19.2", "22.4"],
        ["Dividends received", "(9.8)", "(9.1)"],
        ["Translation differences", "4.1", "(1.7)"],
        ["Carrying amount at 31 December", "416.1", "402.6"],
    ]),
    ("p", "The statutory auditors of Orvalle SE are Mazarin Audit and Cabinet Dufresne & Associes. Their "
          "fees for 2024 are disclosed in Note 31 to the consolidated financial statements."),
    ("small", "Forward-looking statements: this document contains statements about future events and "
              "results that are subject to risks and uncertainties, many of which are outside the Group's "
              "control. Actual results may differ materially. Orvalle SE undertakes no obligation to "
              "update them, except as required by law."),
]

KINGSWAY_HKEX = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，"
              "並明確表示概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"),
    ("title", "景御珠寶控股有限公司"),
    ("title", "KINGSWAY JEWELLERY HOLDINGS LIMITED"),
    ("p", "（於開曼群島註冊成立之有限公司）（股份代號：2798）"),
    ("title", "須予披露交易 認購港光科技有限公司新股份"),
    ("h", "認購協議"),
    ("p", "董事會欣然宣佈，於2025年6月18日（交易時段後），本公司與港光科技有限公司訂立認購協議。"
          "根據認購協議，本公司同意認購而港光科技同意配發及發行合共48,000,000股認購股份，總代價為港幣156,000,000元。"
          "代價將以本集團內部資源以現金支付，並須於完成時一次性支付。"
          "完成後，本公司將持有港光科技經擴大已發行股本約22.5%，港光科技將成為本公司的聯營公司。"),
    ("h", "認購協議的主要條款"),
    ("table", [
        ["項目", "條款"],
        ["日期", "2025年6月18日"],
        ["訂約方", "(i) 本公司（作為認購方）；(ii) 港光科技（作為發行人）"],
        ["認購股份", "48,000,000股港光科技新股份"],
        ["代價", "港幣156,000,000元，以現金支付"],
        ["先決條件", "取得一切必要的同意及批准"],
        ["完成", "先決條件達成後第五個營業日"],
    ]),
    ("p", "代價乃由本公司與港光科技經公平磋商後釐定，並已參考港光科技最近一輪融資的估值、其收益增長及同類公司的市場估值。"
          "董事認為，代價屬公平合理。"),
    ("h", "有關港光科技的資料"),
    ("p", "港光科技為一間於香港註冊成立的有限公司，主要從事為零售及奢侈品行業開發人工智能軟件。"
          "港光科技的全資附屬公司港光數據（深圳）有限公司負責數據標註及模型測試。"
          "港光科技的模型訓練所需算力主要向華晶雲算科技（深圳）有限公司租用。"
          "恒德會計師事務所有限公司為港光科技的核數師。"),
    ("p", "下表載列港光科技截至2024年及2023年12月31日止兩個年度的經審核財務資料。"),
    ("table", [
        ["截至12月31日止年度（港幣千元）", "2024年", "2023年"],
        ["收益", "61,842", "37,105"],
        ["除稅前虧損", "(18,306)", "(24,771)"],
        ["除稅後虧損", "(18,306)", "(24,771)"],
        ["資產淨值", "92,518", "60,224"],
    ]),
    ("page", None),
    ("h", "有關本集團的資料及訂立認購協議的理由及裨益"),
    ("p", "本集團主要從事珠寶首飾及名貴鐘錶的零售及批發業務，在香港、澳門及中國內地經營共86間零售店。"
          "本公司全資附屬公司景御珠寶（深圳）有限公司負責本集團在中國內地的門店營運。"
          "自2023年起，港光科技一直根據服務協議向本集團提供人工智能庫存預測及客戶關係管理系統服務。"
          "截至2024年12月31日止年度，本集團就此支付的服務費約為港幣8,400,000元。"),
    ("p", "董事認為，認購事項可加強本集團與港光科技的合作，並使本集團分享人工智能零售解決方案的增長。"
          "與港鑽珠寶等同業相比，本集團於人工智能方面的投入仍屬起步階段。"
          "董事（包括獨立非執行董事）認為，認購協議的條款屬一般商業條款，屬公平合理，並符合本公司及股東的整體利益。"),
    ("h", "主要股東"),
    ("p", "於本公告日期，深圳瑞鑽智能科技股份有限公司持有本公司已發行股份約8.6%，為本公司的主要股東。"
          "瑞鑽智能並非認購協議的訂約方。"),
    ("h", "上市規則的涵義"),
    ("p", "由於有關認購事項的一項或多項適用百分比率超過5%但全部低於25%，故認購事項構成本公司的須予披露交易。"
          "因此，認購事項須遵守上市規則第十四章的通知及公告規定，惟獲豁免遵守股東批准規定。"
          "寶德融資有限公司已獲委任為本公司有關認購事項的財務顧問。"),
    ("h", "釋義"),
    ("table", [
        ["詞彙", "涵義"],
        ["「董事會」", "本公司董事會"],
        ["「本公司」", "景御珠寶控股有限公司，其股份於聯交所主板上市"],
        ["「本集團」", "本公司及其附屬公司"],
        ["「港光科技」", "港光科技有限公司，於香港註冊成立的有限公司"],
        ["「華晶雲算」", "華晶雲算科技（深圳）有限公司"],
        ["「瑞鑽智能」", "深圳瑞鑽智能科技股份有限公司"],
        ["「上市規則」", "聯交所證券上市規則"],
        ["「聯交所」", "香港聯合交易所有限公司"],
    ]),
    ("p", "承董事會命。"),
    ("p", "景御珠寶控股有限公司 主席 鄺志朗"),
    ("p", "香港，2025年6月18日"),
    ("small", "於本公告日期，董事會包括執行董事鄺志朗先生、鄺慧珊女士及羅家俊先生；以及獨立非執行董事陳頌恩女士、麥浩廷先生及溫子謙先生。"),
]

RUIZUAN_NOTICE = [
    ("p", "证券代码：688721　　证券简称：瑞钻智能　　公告编号：2025-037"),
    ("title", "深圳瑞钻智能科技股份有限公司"),
    ("title", "关于签订日常经营重大合同的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "合同类型：日常经营性销售框架协议。"
          "合同金额：协议有效期内采购总额预计不超过人民币36,000万元（含税）。"
          "合同生效条件：经双方签字盖章后生效。"
          "对上市公司当期业绩的影响：预计对公司2025年度经营业绩产生积极影响。"
          "特别风险提示：框架协议仅约定采购总额上限，实际采购金额以具体订单为准，存在不确定性。"),
    ("h", "一、审议程序情况"),
    ("p", "本合同为公司日常经营性合同。"
          "根据《上海证券交易所科创板股票上市规则》及《公司章程》的相关规定，本合同无需提交董事会及股东大会审议。"),
    ("h", "二、合同标的和对方当事人情况"),
    ("p", "（一）合同标的：培育钻石裸石及基于人工智能的钻石分级服务。"),
    ("p", "（二）合同对方当事人情况。"),
    ("table", [
        ["项目", "内容"],
        ["名称", "景御珠宝控股有限公司"],
        ["注册地", "开曼群岛"],
        ["上市地", "香港联合交易所主板（股份代号：2798）"],
        ["主营业务", "珠宝首饰及名贵钟表零售及批发"],
        ["关联关系", "与公司不存在关联关系"],
    ]),
    ("p", "（三）最近三个会计年度的业务往来。"
          "2024年度，公司向景御珠宝销售培育钻石金额为人民币4,218.56万元，占公司当年营业收入的6.41%。"),
    ("h", "三、合同主要条款"),
    ("p", "近日，公司与景御珠宝控股有限公司签署了《培育钻石及智能分级服务采购框架协议》。"
          "根据协议，公司将向景御珠宝供应培育钻石裸石并提供人工智能分级服务，采购总额预计不超过人民币36,000万元。"
          "协议有效期为三年，自2025年7月1日起至2028年6月30日止。"
          "结算方式为按月结算，景御珠宝于收到发票后60日内以港币或人民币支付货款。"
          "任何一方违约，应赔偿守约方因此遭受的损失。"),
    ("page", None),
    ("h", "四、合同履行对上市公司的影响"),
    ("p", "本协议的签订有助于公司拓展香港及澳门市场，提升培育钻石智能分级服务的品牌影响力。"
          "公司目前的主要客户还包括上海翠璟珠宝股份有限公司，2024年度公司向其销售培育钻石金额为人民币9,864.20万元。"
          "公司的人工智能分级系统由全资子公司瑞钻检测技术（深圳）有限公司开发和运营。"
          "与豫钻科技等同行业公司相比，公司在智能分级方面具有一定先发优势。"
          "本合同的履行不会对公司业务的独立性构成影响，公司主要业务不会因履行合同而对合同对方形成依赖。"),
    ("h", "五、公司股东情况说明"),
    ("p", "截至2025年6月30日，深圳鹏城智投股权投资合伙企业（有限合伙）持有公司12.30%股份，华晶云算科技（深圳）有限公司持有公司5.10%股份。"
          "华晶云算所持股份系其于2024年11月以人民币42,000万元认购公司向特定对象发行的股票取得。"
          "上述股东均不参与本合同的履行。"),
    ("h", "六、合同履行的风险分析"),
    ("p", "若景御珠宝经营状况发生不利变化，或香港零售市场持续低迷，可能导致实际采购金额低于预期。"
          "培育钻石市场价格波动较大，可能对合同毛利率产生影响。"
          "华澜证券股份有限公司作为瑞钻智能的持续督导保荐机构，将持续关注本合同的履行情况。"
          "敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("p", "深圳瑞钻智能科技股份有限公司董事会"),
    ("p", "2025年7月9日"),
]


# --------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------

def cff_to_truetype(font):
    """Replace the CFF outlines of a subset font by quadratic TrueType outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"


def extract_cjk_face(index, text, out_path):
    """Save face `index` of the Noto Sans CJK collection, subset to `text`, as a .ttf."""
    font = TTCollection(CJK_TTC).fonts[index]
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + "".join(chr(c) for c in range(32, 127)))
    subsetter.subset(font)
    cff_to_truetype(font)
    font.save(out_path)


def blocks_text(blocks):
    parts = []
    for kind, payload in blocks:
        if kind == "table":
            parts.extend(cell for row in payload for cell in row)
        elif payload:
            parts.append(payload)
    return "".join(parts)


# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7)
        self.cell(0, 5, f"{self.footer_text}  {self.page_no()}", align="C")


def english_pdf(blocks, path, footer_text):
    pdf = Doc(footer_text)
    pdf.body_font = "Helvetica"
    pdf.add_page()
    for kind, payload in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 8, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind in ("p", "small"):
            pdf.set_font("Helvetica", "", 10 if kind == "p" else 8)
            pdf.multi_cell(0, 5 if kind == "p" else 4, payload, align="L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            table(pdf, payload, "Helvetica", 9)
    pdf.output(path)


def chinese_pdf(blocks, path, footer_text, face, font_dir):
    font_path = os.path.join(font_dir, f"cjk_{face}.ttf")
    extract_cjk_face(face, blocks_text(blocks) + footer_text + "0123456789", font_path)
    pdf = Doc(footer_text)
    pdf.add_font("cjk", "", font_path)
    pdf.body_font = "cjk"
    pdf.add_page()
    width = pdf.epw
    for kind, payload in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "table":
            table(pdf, payload, "cjk", 9)
        else:
            size, height, gap, align = {
                "title": (15, 9, 2, "C"),
                "h": (11, 7, 1, "L"),
                "p": (10, 6, 2, "L"),
                "small": (7.5, 4.5, 2, "L"),
            }[kind]
            for line in sentences(payload):
                pdf.set_font("cjk", size=size)
                while pdf.get_string_width(line) > width and pdf.font_size_pt > 5:
                    pdf.set_font("cjk", size=pdf.font_size_pt - 0.25)
                pdf.cell(width, height, line, align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(gap)
    pdf.output(path)


def sentences(text):
    """Split Chinese text after each full stop; each piece becomes one line."""
    pieces, current = [], ""
    for char in text:
        current += char
        if char == "。":
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def table(pdf, rows, font, size):
    pdf.ln(1)
    pdf.set_font(font, size=size)
    widths = [max(pdf.get_string_width(r[i]) for r in rows) + 4 for i in range(len(rows[0]))]
    scale = min(1.0, pdf.epw / sum(widths))
    widths = [w * scale for w in widths]
    for n, row in enumerate(rows):
        pdf.set_font(font, "B" if n == 0 and font == "Helvetica" else "", size)
        for w, cell in zip(widths, row):
            pdf.cell(w, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(3)


def main():
    font_dir = tempfile.mkdtemp(prefix="cjk_fonts_")
    try:
        english_pdf(ORVALLE_URD, os.path.join(HERE, "02_Orvalle_annual_report.pdf"),
                    "Orvalle SE - 2024 Universal Registration Document")
        chinese_pdf(KINGSWAY_HKEX, os.path.join(HERE, "05_Kingsway_HKEX_announcement.pdf"),
                    "景御珠寶控股有限公司 公告", FACE_TC, font_dir)
        chinese_pdf(RUIZUAN_NOTICE, os.path.join(HERE, "06_Ruizuan_A-share_announcement.pdf"),
                    "深圳瑞钻智能科技股份有限公司 公告", FACE_SC, font_dir)
    finally:
        shutil.rmtree(font_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
