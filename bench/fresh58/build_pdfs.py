"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses the core Helvetica font. Chinese text uses Noto Sans CJK (TC, collection
index 3), subset to the characters used and converted from CFF to TrueType outlines with
fontTools in a temporary directory that is deleted afterwards.

Lines are broken only at spaces or after the Chinese full stop, so that every quoted sentence
matches pypdf's page text after whitespace normalisation.
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3


# ---------------------------------------------------------------- font conversion
def make_truetype_subset(ttc, index, text, out_path):
    font = TTFont(ttc, fontNumber=index)
    opts = subset.Options()
    opts.desubroutinize = True
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(options=opts)
    sub.populate(text=text + " ")
    sub.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quads = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        quads[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quads
    del font["CFF "]
    for tag in ("VORG", "GSUB", "GPOS", "GDEF", "BASE"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in order:
        g = glyf[name]
        adv, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, g.xMin if g.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"
    font.save(out_path)


# ---------------------------------------------------------------- layout helpers
class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_auto_page_break(False)
        self.set_margins(20, 18, 20)
        self.body_font = ("helvetica", "")
        self.body_size = 10

    def footer(self):
        self.set_y(-14)
        self.set_font(*self.body_font, size=8)
        self.cell(0, 5, f"{self.footer_text} {self.page_no()}", align="C")


def segments(text):
    """Split text into (token, space_before) pieces; breaks allowed at spaces and after 。"""
    out = []
    for i, chunk in enumerate(text.split(" ")):
        if chunk == "":
            continue
        parts = re.findall(r"[^。]*。|[^。]+", chunk)
        for j, p in enumerate(parts):
            out.append((p, i > 0 and j == 0 and len(out) > 0))
    return out


def write_par(pdf, text, size=10, lh=5.2, style="", after=2.0):
    pdf.set_font(pdf.body_font[0], style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lines, cur = [], ""
    for tok, space in segments(text):
        cand = (cur + (" " if space and cur else "") + tok) if cur else tok
        if pdf.get_string_width(cand) <= width:
            cur = cand
        else:
            if not cur:
                raise ValueError(f"token too wide for a line: {tok}")
            lines.append(cur)
            if pdf.get_string_width(tok) > width:
                raise ValueError(f"token too wide for a line: {tok}")
            cur = tok
    if cur:
        lines.append(cur)
    for line in lines:
        pdf.set_x(pdf.l_margin)
        pdf.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def write_table(pdf, widths, rows, size=9, lh=6.0, header=True):
    for r, row in enumerate(rows):
        pdf.set_font(pdf.body_font[0], "B" if (header and r == 0 and pdf.body_font[0] == "helvetica") else "", size)
        pdf.set_x(pdf.l_margin)
        for w, cell in zip(widths, row):
            if pdf.get_string_width(cell) > w - 1:
                raise ValueError(f"cell too wide: {cell}")
            pdf.cell(w, lh, cell, border=1)
        pdf.ln(lh)
    pdf.ln(2)


def check_bottom(pdf, name):
    if pdf.get_y() > pdf.h - 18:
        raise ValueError(f"{name}: page {pdf.page_no()} overflows")


def render(pdf, pages, name):
    for page in pages:
        pdf.add_page()
        for item in page:
            kind = item[0]
            if kind == "title":
                write_par(pdf, item[1], size=15, lh=7.5, style="B" if pdf.body_font[0] == "helvetica" else "", after=1)
            elif kind == "sub":
                write_par(pdf, item[1], size=10, lh=5.5, after=3)
            elif kind == "h":
                write_par(pdf, item[1], size=11, lh=6.5, style="B" if pdf.body_font[0] == "helvetica" else "", after=1)
            elif kind == "p":
                write_par(pdf, item[1], size=pdf.body_size)
            elif kind == "small":
                write_par(pdf, item[1], size=8, lh=4.2)
            elif kind == "table":
                write_table(pdf, item[1], item[2])
            check_bottom(pdf, name)


# ---------------------------------------------------------------- document 04 (English)
HALVARD_PAGES = [
    [
        ("title", "Halvard Silicon Corp."),
        ("sub", "2024 Annual Report - Excerpts from Part I and Part II of the Annual Report on Form 10-K for the fiscal year ended December 29, 2024"),
        ("h", "Item 1. Business"),
        ("p", 'Halvard Silicon Corp. ("Halvard," the "Company," "we" or "us") designs accelerated computing chips for training and running AI models, with a focus on physical AI: robots, autonomous vehicles and the data centers that train them. We are a fabless company headquartered in San Jose, California, and our common stock trades on the Nasdaq Global Select Market under the symbol HLVD.'),
        ("h", "Products"),
        ("p", "Our Vela accelerators are sold as boards and as eight-accelerator server trays to cloud operators and enterprises that train large models. Our Corvid modules are low-power edge inference processors used on board humanoid robots, robotaxis and advanced driver-assistance systems. Fiscal 2024 revenue was $2.86 billion, of which Vela products represented 64% and Corvid products 36%."),
        ("h", "Customers"),
        ("p", "A relatively small number of customers account for a significant share of our revenue. The following customers each accounted for 10% or more of total revenue in fiscal 2024 or fiscal 2023:"),
        ("table", [80, 28, 28, 34], [
            ["Customer", "Fiscal 2024", "Fiscal 2023", "Product line"],
            ["Lumora Autonomy, Inc.", "13%", "9%", "Corvid"],
            ["Kestrel Motion, Inc.", "11%", "*", "Corvid"],
            ["Customer C (cloud service provider)", "10%", "12%", "Vela"],
        ]),
        ("small", "* Less than 10% of total revenue in the period."),
        ("p", "Pellucid Sensing, Inc. integrates our Corvid edge processor in its long-range lidar units. In China, our Corvid modules are sold to Shenzhen Lingchi Robotics Co., Ltd. for its humanoid robots, subject to applicable export licenses."),
        ("h", "Competition"),
        ("p", "The markets for AI accelerators are intensely competitive. We compete with Vexel Semiconductor, with in-house silicon teams at several automakers and cloud operators, and in China with Shanghai Yaosuan Microelectronics, among others. According to industry estimates, Vexel Semiconductor held approximately 58% of the market for data-center training accelerators in 2024, compared with our estimated 9%."),
    ],
    [
        ("h", "Manufacturing and Supply"),
        ("p", "We do not own fabrication facilities. All of our Vela and Corvid wafers are fabricated by Corvane Foundry Ltd. under a long-term supply agreement that runs through 2029. Substantially all advanced packaging and final test is performed by Tellmark Advanced Packaging in Penang, Malaysia. If Corvane Foundry were unable to supply wafers, qualifying an alternative foundry such as Maradon Semiconductor Manufacturing could take more than twelve months."),
        ("h", "Strategic Investments and Collaborations"),
        ("p", "In August 2024 we invested $400 million in Series C preferred stock of Nimbral Compute, Inc., a GPU cloud operator, representing approximately 14% of its fully diluted equity. We account for the investment as a non-marketable equity security measured at cost less impairment, and no impairment was recorded in fiscal 2024."),
        ("p", "In March 2024 we entered into a joint engineering agreement with Castellan Motor Company to co-design the central compute unit for Castellan's next-generation vehicle platform. Each party bears its own costs under the agreement, and no payments are due from either party."),
        ("h", "Item 7. Management's Discussion and Analysis - Acquisition of Quillon Vision"),
        ("p", "On October 2, 2024, we completed the acquisition of Quillon Vision, Inc., a developer of perception software for robots and vehicles, for total consideration of $265 million, consisting of $198 million in cash and 402,117 shares of our common stock. Quillon now operates as a wholly owned subsidiary of Halvard, and its results are included in our consolidated results from the acquisition date."),
        ("p", "The preliminary allocation of the purchase price is as follows (in millions):"),
        ("table", [110, 40], [
            ["Purchase price allocation", "Amount"],
            ["Cash and cash equivalents", "$14"],
            ["Developed technology", "$61"],
            ["Customer relationships", "$9"],
            ["Goodwill", "$187"],
            ["Net other liabilities assumed", "$(6)"],
            ["Total consideration", "$265"],
        ]),
        ("p", "Goodwill is attributable primarily to the assembled workforce and expected synergies from integrating Quillon's perception models with our Corvid software stack, and is not deductible for tax purposes."),
    ],
    [
        ("h", "Exhibit 21 - Significant Subsidiaries of the Registrant"),
        ("table", [90, 45, 35], [
            ["Name of subsidiary", "Jurisdiction", "Ownership"],
            ["Halvard Silicon (Singapore) Pte. Ltd.", "Singapore", "100%"],
            ["Quillon Vision, Inc.", "Delaware", "100%"],
        ]),
        ("h", "Item 3. Legal Proceedings"),
        ("p", "In June 2024, Vexel Semiconductor filed a complaint against Halvard Silicon Corp. in the U.S. District Court for the District of Delaware alleging infringement of four patents relating to on-chip memory interconnects. We believe the claims are without merit. No amount has been accrued because a loss is not considered probable."),
        ("h", "Item 1A. Risk Factors (excerpt)"),
        ("p", "Our customers may develop their own chips. Several automakers, including some with which we collaborate, have announced in-house processor programs, and a reduction in purchases by any of our largest customers could materially reduce our revenue. Export controls may restrict our ability to sell Corvid and Vela products to customers in certain countries, and license applications may be delayed or denied."),
        ("h", "Item 9. Accountants"),
        ("p", "The consolidated financial statements of Halvard Silicon Corp. for fiscal 2024 were audited by Whitcombe & Hale LLP, an independent registered public accounting firm, whose report appears in Item 8 of the Annual Report on Form 10-K."),
        ("small", "This excerpt omits portions of the Annual Report on Form 10-K. Readers should refer to the complete filing, including the audited consolidated financial statements and notes thereto."),
    ],
]

# ---------------------------------------------------------------- document 06 (Traditional Chinese)
TIANHENG_PAGES = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責， 對其準確性或完整性亦不發表任何聲明， 並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("title", "天衡智駕控股有限公司"),
        ("sub", "Tianheng Autodrive Holdings Limited （於開曼群島註冊成立之有限公司） （股份代號：2763）"),
        ("h", "(1) 根據一般授權認購新股份； 及 (2) 有關售後回租安排之須予披露交易"),
        ("h", "認購協議"),
        ("p", "董事會欣然宣佈，於 2025 年 6 月 18 日（交易時段後），本公司與 Halvard 訂立認購協議。"),
        ("p", "根據認購協議，Halvard 已有條件同意認購，而本公司已有條件同意配發及發行合共 48,000,000 股認購股份，認購價為每股 13.00 港元。"),
        ("p", "認購事項之總代價為 624,000,000 港元，將由 Halvard 於完成時以現金支付。"),
        ("p", "認購價較股份於認購協議日期在聯交所所報之收市價每股 14.10 港元折讓約 7.80%。"),
        ("p", "認購股份相當於 (i) 本公告日期本公司已發行股份總數約 4.89%； 及 (ii) 經配發及發行認購股份擴大後本公司已發行股份總數約 4.66%。認購股份將根據一般授權配發及發行，毋須股東批准。"),
        ("h", "所得款項用途"),
        ("p", "認購事項之所得款項淨額估計約為 622,500,000 港元。本公司擬將約 60% 用於 L4 級自動駕駛算法研發及算力採購， 約 30% 用於擴充 Robotaxi 車隊， 約 10% 用作一般營運資金。"),
        ("h", "有關 Halvard 之資料"),
        ("p", "Halvard 為一家於美國特拉華州註冊成立之公司，其股份於納斯達克上市（股份代號：HLVD）， 主要從事人工智能加速芯片之設計及銷售。就車載計算芯片而言，Halvard 與 Vexel Semiconductor 為全球主要供應商。"),
        ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，Halvard 及其最終實益擁有人均為獨立第三方。"),
    ],
    [
        ("h", "技術合作"),
        ("p", "於簽訂認購協議的同時，本公司與 Halvard 訂立技術合作框架協議，雙方將就 L4 級自動駕駛車載計算平台進行聯合開發，為期三年。"),
        ("p", "技術合作框架協議並無訂明任何採購承諾。本集團現有量產車輛之車載計算平台主要採用上海曜算微電子科技有限公司供應之芯片。"),
        ("h", "對股權架構之影響"),
        ("p", "下表載列本公司 (i) 於本公告日期；及 (ii) 緊隨認購事項完成後之股權架構（假設已發行股份總數並無其他變動）："),
        ("table", [58, 32, 20, 40, 20], [
            ["股東", "現有股份數目", "%", "完成後股份數目", "%"],
            ["衡遠投資有限公司（附註）", "259,400,000", "26.42", "259,400,000", "25.18"],
            ["Halvard", "—", "—", "48,000,000", "4.66"],
            ["其他公眾股東", "722,600,000", "73.58", "722,600,000", "70.16"],
            ["總計", "982,000,000", "100.00", "1,030,000,000", "100.00"],
        ]),
        ("small", "附註：衡遠投資有限公司由本公司主席兼執行董事周啟衡先生全資擁有。"),
        ("h", "售後回租安排"),
        ("p", "董事會進一步宣佈，於 2025 年 6 月 18 日，深圳天衡與啟瀾租賃訂立售後回租協議。"),
        ("p", "根據售後回租協議，深圳天衡將以人民幣 420,000,000 元之代價向啟瀾租賃出售租賃資產，並向啟瀾租賃租回租賃資產，租期為 36 個月。"),
        ("p", "租賃資產為深圳天衡於 2024 年及 2025 年向華岳汽車採購之 600 輛 Robotaxi 專用車輛及相關車載設備。"),
        ("p", "租賃期內應付之租賃款項總額約為人民幣 463,500,000 元，包括租賃本金及租賃利息，按季分 12 期支付。於租期屆滿且深圳天衡悉數支付所有租賃款項後，深圳天衡可按名義代價人民幣 1 元購回租賃資產。"),
        ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，啟瀾租賃及其最終實益擁有人均為獨立第三方， 且與華岳汽車並無任何關連。"),
    ],
    [
        ("h", "上市規則涵義"),
        ("p", "由於售後回租協議項下擬進行交易之一項或多項適用百分比率超過 5% 但均低於 25%， 故售後回租安排構成本公司之須予披露交易， 須遵守上市規則第十四章之通知及公告規定。"),
        ("p", "嘉衡融資有限公司已獲委任為本公司有關認購事項之財務顧問，高禮達律師事務所則擔任本公司之香港法律顧問。"),
        ("p", "由於認購事項須待認購協議所載之先決條件獲達成後方告完成，認購事項未必一定會進行。股東及潛在投資者於買賣股份時務請審慎行事。"),
        ("h", "釋義"),
        ("p", "於本公告內，除文義另有所指外，下列詞彙具有以下涵義："),
        ("p", "「董事會」 指 本公司董事會"),
        ("p", "「本公司」 指 天衡智駕控股有限公司， 於開曼群島註冊成立之有限公司， 其股份於聯交所主板上市（股份代號：2763）"),
        ("p", "「本集團」 指 本公司及其附屬公司"),
        ("p", "「Halvard」 或 「認購人」 指 Halvard Silicon Corp.， 一家於美國特拉華州註冊成立之公司， 其股份於納斯達克上市"),
        ("p", "「啟瀾租賃」 指 上海啟瀾融資租賃有限公司， 一家於中國成立之有限公司， 為獨立第三方"),
        ("p", "「深圳天衡」 指 天衡智駕（深圳）科技有限公司， 一家於中國成立之有限公司， 為本公司之間接全資附屬公司"),
        ("p", "「華岳汽車」 指 華岳汽車集團股份有限公司， 一家於中國成立之股份有限公司， 其股份於上海證券交易所上市"),
        ("p", "「衡遠投資」 指 衡遠投資有限公司， 一家於英屬處女群島註冊成立之有限公司， 由周啟衡先生全資擁有"),
        ("p", "「聯交所」 指 香港聯合交易所有限公司； 「上市規則」 指 聯交所證券上市規則； 「港元」 指 港元，香港法定貨幣； 「人民幣」 指 人民幣，中華人民共和國法定貨幣"),
        ("sub", "承董事會命 天衡智駕控股有限公司 主席 周啟衡"),
        ("small", "香港，2025 年 6 月 18 日。於本公告日期，董事會包括執行董事周啟衡先生及林蔚然女士； 非執行董事馬頌安先生； 以及獨立非執行董事鄭懷瑾女士、 歐陽立言先生及 Dr. Stephen Lau Kin-wah。"),
    ],
]


def build_halvard(path):
    pdf = Doc("Halvard Silicon Corp. | 2024 Annual Report | Page")
    render(pdf, HALVARD_PAGES, os.path.basename(path))
    pdf.output(path)


def build_tianheng(path, tmp):
    text = "".join(item[1] if isinstance(item[1], str) else "" for page in TIANHENG_PAGES for item in page)
    text += "".join(c for page in TIANHENG_PAGES for item in page if item[0] == "table"
                    for row in item[2] for c in row)
    text += "天衡智駕控股有限公司 — 公告 第頁0123456789|"
    font_path = os.path.join(tmp, "NotoSansTC-subset.ttf")
    make_truetype_subset(CJK_TTC, TC_INDEX, text, font_path)
    pdf = Doc("天衡智駕控股有限公司 — 公告 第")
    pdf.add_font("nototc", "", font_path)
    pdf.body_font = ("nototc", "")
    pdf.body_size = 9.5
    render(pdf, TIANHENG_PAGES, os.path.basename(path))
    pdf.output(path)


def main():
    tmp = tempfile.mkdtemp(prefix="fresh58_fonts_")
    try:
        out04 = os.path.join(HERE, "04_Halvard_annual_report.pdf")
        out06 = os.path.join(HERE, "06_天衡智駕_announcement.pdf")
        build_halvard(out04)
        build_tianheng(out06, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for out in (out04, out06):
        n = len(PdfReader(out).pages)
        print(f"{os.path.basename(out)}: {n} pages")


if __name__ == "__main__":
    main()
