"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

04_corvanta_annual_report.pdf  English, core Helvetica
06_華芯智算_公告.pdf            Traditional Chinese, Noto Sans CJK TC (collection index 3),
                                subset and converted CFF -> TrueType in a temporary directory.
Lines are broken only at spaces (English) or after 。 / at spaces (Chinese), so that
every sentence quoted in links.jsonl survives pypdf text extraction.
"""
import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---------------------------------------------------------------- fonts
def cjk_ttf(text, index, out_path):
    """Subset a Noto Sans CJK face to `text` and convert its CFF outlines to TrueType."""
    font = TTFont(NOTO, fontNumber=index)
    opts = subset.Options()
    opts.layout_features = []
    opts.desubroutinize = True
    opts.notdef_outline = True
    opts.hinting = False
    opts.name_IDs = ["*"]
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " ")
    sub.subset(font)

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ---------------------------------------------------------------- layout helpers
def cjk_tokens(par):
    """Split a Chinese paragraph after each 。 and at spaces (space kept with the left token)."""
    tokens, cur = [], ""
    for ch in par:
        cur += ch
        if ch in "。 ":
            tokens.append(cur)
            cur = ""
    if cur:
        tokens.append(cur)
    return tokens


def wrap_cjk(pdf, par, width):
    lines, cur = [], ""
    for tok in cjk_tokens(par):
        if pdf.get_string_width((cur + tok).rstrip()) <= width:
            cur += tok
            continue
        if cur:
            lines.append(cur.rstrip())
            cur = ""
        while pdf.get_string_width(tok.rstrip()) > width:  # unquoted long sentence: hard break
            n = len(tok)
            while pdf.get_string_width(tok[:n]) > width:
                n -= 1
            lines.append(tok[:n])
            tok = tok[n:]
        cur = tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def wrap_en(pdf, par, width):
    lines, cur = [], ""
    for word in par.split(" "):
        trial = word if not cur else cur + " " + word
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


class Doc(FPDF):
    def __init__(self, cjk=False, footer_text=""):
        super().__init__(format="A4")
        self.cjk = cjk
        self.footer_text = footer_text
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(False)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7.5)
        self.cell(0, 5, f"{self.footer_text}{self.page_no()}", align="C")

    def para(self, text, size=9.5, lh=4.9, gap=2.2, style=""):
        self.set_font(self.body_font, style=style, size=size)
        width = self.w - self.l_margin - self.r_margin
        lines = wrap_cjk(self, text, width) if self.cjk else wrap_en(self, text, width)
        for line in lines:
            self.set_x(self.l_margin)
            self.cell(width, lh, line)
            self.ln(lh)
        self.ln(gap)

    def heading(self, text, size=11):
        self.set_font(self.body_font, style="" if self.cjk else "B", size=size)
        self.set_x(self.l_margin)
        self.cell(0, 7, text)
        self.ln(8)

    def table(self, rows, widths, size=8.5, lh=5.2, header=True):
        """Each cell on one line; cells separated so pypdf yields 'a b c'."""
        for i, row in enumerate(rows):
            bold = header and i == 0 and not self.cjk
            self.set_font(self.body_font, style="B" if bold else "", size=size)
            self.set_x(self.l_margin)
            for j, (cell, w) in enumerate(zip(row, widths)):
                align = "L" if j == 0 else "R"
                self.cell(w, lh, cell, border="B", align=align)
            self.ln(lh)
        self.ln(3)


# ---------------------------------------------------------------- 04 Corvanta (English)
def build_corvanta(path):
    pdf = Doc(cjk=False, footer_text="Corvanta Semiconductor IP plc  |  Annual Report and Accounts 2025  |  ")
    pdf.body_font = "Helvetica"

    # page 1
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "Corvanta Semiconductor IP plc")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Annual Report and Accounts for the year ended 31 December 2025 (extract)")
    pdf.ln(10)
    pdf.heading("Strategic report - Chief Executive's review")
    pdf.para("2025 was the year in which neural processing moved from a niche in our portfolio to the centre of it. "
             "Group revenue rose 22% to £148.6m, and royalty revenue "
             "overtook licence revenue for the first time since our listing. Corvanta Semiconductor IP plc "
             "(\"Corvanta\", the \"Company\" or, together with its subsidiaries, the \"Group\") licenses processor, "
             "neural-processing (NPU) and interconnect cores to semiconductor companies, which pay us an upfront "
             "licence fee and a royalty on every chip shipped.")
    pdf.para("Anvil Compute remained our largest royalty payer, and royalties from its accelerator shipments "
             "represented 27% of Group royalty revenue. Royalty rates on data-centre designs are typically a "
             "low single-digit percentage of chip selling price, and the rates we achieve on our Tern-X NPU family "
             "are above the Group average.")
    pdf.para("In the second half we signed a multi-year licence with Huaxin AI Computing Holdings Limited "
             "(\"Huaxin\"), which has licensed our Tern-X NPU core for its next-generation training chip. The "
             "licence was reviewed under applicable export-control regulations and does not include our most "
             "advanced interconnect cores.")
    pdf.para("Our collaboration with Veridian Logic Systems on jointly validated reference flows shortened "
             "customer integration times by roughly a third. Reference flows now exist for every Tern-X "
             "configuration, and we intend to extend them to our interconnect cores in 2026.")
    pdf.para("Independent estimates place Corvanta's share of licensed NPU IP at 21%, behind Quillon Silicon IP "
             "and ahead of Shanghai Ruijing Microelectronics. We expect the market to consolidate further, and we "
             "believe scale in royalties, rather than in upfront licences, will decide which independent vendors "
             "remain independent.")
    pdf.para("Corvanta is not a party to the patent dispute between Foxglove Semiconductor and Anvil Compute, "
             "and we do not expect it to affect the royalties we receive.")
    pdf.heading("Highlights", size=10)
    pdf.table([
        ["", "2025", "2024", "Change"],
        ["Group revenue", "£148.6m", "£121.8m", "+22%"],
        ["Royalty revenue", "£77.9m", "£58.3m", "+34%"],
        ["Licence revenue", "£70.7m", "£63.5m", "+11%"],
        ["Adjusted operating profit", "£41.2m", "£31.0m", "+33%"],
        ["Royalty-bearing chips shipped", "412m units", "355m units", "+16%"],
    ], [74, 34, 34, 36])

    # page 2
    pdf.add_page()
    pdf.heading("Financial review")
    pdf.para("Royalty revenue grew 34%, driven by data-centre accelerators and automotive controllers. Licence "
             "revenue grew 11% as the number of new Tern-X licensees rose from nine to fourteen. Revenue from our "
             "ten largest licensees represented 58% of Group revenue (2024: 55%).")
    pdf.heading("Principal licensees", size=10)
    pdf.table([
        ["Licensee", "Revenue type", "2025", "2024"],
        ["Anvil Compute, Inc.", "Royalty", "£21.0m", "£14.6m"],
        ["Tarn Automotive Electronics GmbH", "Licence and royalty", "£9.4m", "£8.1m"],
        ["Customer B", "Licence", "£7.9m", "£2.2m"],
        ["Customer C", "Licence and royalty", "£6.3m", "£6.0m"],
    ], [70, 44, 32, 32])
    pdf.para("Customers B and C are semiconductor companies that have asked not to be named; their identities "
             "are disclosed to the Audit Committee.", size=8)
    pdf.heading("Costs", size=10)
    pdf.para("Research and development expenses rose to £52.4m (2024: £44.9m), reflecting growth in engineering "
             "headcount to 612 and higher verification costs. The Group's simulation and regression workloads "
             "run on Meridian Cloud Services, Inc., and cloud compute costs of £6.2m (2024: £4.1m) are included "
             "in research and development expenses. Test chips used to silicon-prove our cores are fabricated by "
             "Orinoco Foundry Corporation on multi-project wafer shuttles, at a cost of £3.7m in the year.")
    pdf.heading("Borrowings and liquidity", size=10)
    pdf.para("The Group ended the year with cash of £96.3m. The Group has a £40m revolving credit facility with "
             "Halden Trust Bank, of which £15m was drawn at 31 December 2025. The facility matures in June 2028 "
             "and bears interest at SONIA plus 1.9%. Net cash at year end was £81.3m (2024: £58.7m).")
    pdf.table([
        ["Borrowings", "2025", "2024"],
        ["Revolving credit facility drawn", "£15.0m", "£20.0m"],
        ["Lease liabilities", "£8.4m", "£9.1m"],
        ["Total borrowings", "£23.4m", "£29.1m"],
    ], [90, 40, 40])

    # page 3
    pdf.add_page()
    pdf.heading("Directors' report (extract)")
    pdf.heading("Substantial shareholdings", size=10)
    pdf.para("As at 28 February 2026 the Company had been notified of the following interests of 3% or more in its "
             "271,542,000 ordinary shares of 1p each:")
    pdf.table([
        ["Shareholder", "Ordinary shares", "% of issued capital"],
        ["Funds managed by Tessellate Capital Partners", "30,412,700", "11.2%"],
        ["Harrowgate Asset Management Limited", "17,107,100", "6.3%"],
        ["Anvil Compute, Inc.", "13,305,600", "4.9%"],
        ["Directors and employees (aggregate)", "9,503,900", "3.5%"],
    ], [90, 44, 44])
    pdf.heading("Principal subsidiaries", size=10)
    pdf.table([
        ["Subsidiary", "Country", "Activity", "Holding"],
        ["Corvanta IP (Shanghai) Co., Ltd.", "China", "Licensing support", "100%"],
        ["Corvanta Design Services Limited", "UK", "Integration services", "100%"],
        ["Corvanta Inc.", "USA", "Sales and support", "100%"],
    ], [70, 30, 46, 32])
    pdf.para("Corvanta IP (Shanghai) Co., Ltd. provides integration support to licensees in China, including "
             "Huaxin; it does not itself hold licences to the Group's cores.")
    pdf.heading("Auditor", size=10)
    pdf.para("Pemberton & Lisle LLP has expressed its willingness to continue as auditor of Corvanta, and a "
             "resolution to reappoint it will be proposed at the forthcoming Annual General Meeting.")
    pdf.heading("Going concern", size=10)
    pdf.para("The Directors have assessed the Group's prospects over a period of at least twelve months from the "
             "date of approval of these financial statements, including a severe but plausible downside in which "
             "royalty revenue falls by 25%. In that scenario the Group retains headroom within its facility, and "
             "the Directors therefore consider it appropriate to adopt the going concern basis of accounting.")
    pdf.para("By order of the Board. Eleanor Marsh, Company Secretary. 24 March 2026.", size=8.5)
    pdf.output(path)


# ---------------------------------------------------------------- 06 華芯智算 (Traditional Chinese)
HK_PAGES = [
    [  # page 1
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"),
        ("small", "並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("title", "華芯智算控股有限公司"),
        ("title", "HUAXIN AI COMPUTING HOLDINGS LIMITED"),
        ("center", "（於開曼群島註冊成立的有限公司）　（股份代號：2479）"),
        ("title", "須予披露交易：設計服務框架協議"),
        ("title", "及 根據上市規則第13.18條作出之公告：定期貸款融資"),
        ("h", "緒言"),
        ("p", "董事會宣佈，於二零二五年十一月十八日（交易時段後），本公司與深芯設計訂立設計服務框架協議。"
              "根據該協議，深芯設計將向本集團提供芯片後端設計及流片管理服務，年度上限合共人民幣4.8億元。"
              "由於根據上市規則第14.07條計算之一項或多項適用百分比率超過5%但全部低於25%，"
              "訂立該協議構成本公司之須予披露交易，須遵守上市規則第14章之申報及公告規定。"),
        ("h", "設計服務框架協議之主要條款"),
        ("p", "日期： 二零二五年十一月十八日"),
        ("p", "訂約方： (1) 本公司；及 (2) 深芯設計"),
        ("p", "年期： 自二零二五年十二月一日起至二零二七年十二月三十一日止"),
        ("p", "服務範圍： 深芯設計將就本集團新一代AI訓練芯片「天樞二號」及其衍生型號提供物理設計、時序收斂、"
              "簽核驗證及流片管理服務。"
              "本集團現有產品之晶圓均由星港晶圓製造。"
              "深芯設計將負責與晶圓廠對接流片排期及光罩數據交付。"),
        ("p", "定價基準： 服務費用按項目里程碑及實際投入工程師人月計算，並參考獨立第三方就同類服務所收取之市場價格。"),
    ],
    [  # page 2
        ("h", "年度上限"),
        ("table", [["期間", "年度上限（人民幣百萬元）"],
                   ["截至二零二五年十二月三十一日止年度", "40"],
                   ["截至二零二六年十二月三十一日止年度", "240"],
                   ["截至二零二七年十二月三十一日止年度", "200"]]),
        ("h", "訂立該協議之理由及裨益"),
        ("p", "本集團新一代訓練芯片採用自 Corvanta 授權之 NPU 核心，並須按出貨量支付特許權使用費。"
              "由於設計規模大幅增加，本集團需借助外部設計服務以確保於二零二六年下半年完成流片。"
              "除深芯設計外，本公司亦曾邀請 Brightwater 及另一家設計服務供應商報價。"
              "經比較報價、交付記錄及工程團隊規模後，董事認為深芯設計之條款屬公平合理，並符合本公司及股東之整體利益。"),
        ("p", "於中國AI訓練芯片市場，本集團之主要競爭對手包括 Anvil Compute 及 Foxglove 等海外廠商。"),
        ("h", "有關訂約方之資料"),
        ("p", "本公司為投資控股公司，本集團主要從事AI訓練及推理芯片之研發及銷售。"
              "深芯設計為一家於中國成立之有限公司，主要從事集成電路設計服務。"
              "據董事作出一切合理查詢後所知、所悉及所信，深芯設計及其最終實益擁有人均為獨立第三方。"),
        ("p", "於本公告日期，芯衡科技持有本公司約12.4%已發行股份，為本公司之主要股東。"
              "啟源資本持有本公司約6.8%已發行股份。"
              "芯衡科技與深芯設計之間並無任何股權關係。"),
        ("h", "定期貸款融資"),
        ("p", "董事會進一步宣佈，本公司（作為借款人）與華通銀行（作為貸款人）於二零二五年十一月二十日訂立融資協議。"
              "根據融資協議，華通銀行同意向本公司提供8億港元之三年期定期貸款。"
              "該貸款以香港銀行同業拆息加年利率1.85厘計息，所得款項將用作研發開支及一般營運資金。"
              "華芯深圳為本公司之間接全資附屬公司，將就該融資提供擔保。"),
        ("p", "根據融資協議，倘陳啟航先生不再為本公司之單一最大股東，即構成違約事件。"
              "於本公告日期，陳啟航先生透過啟航控股有限公司持有本公司約31.6%已發行股份。"
              "本公司將根據上市規則第13.21條於其後之中期及年度報告中持續披露有關特定履行責任。"),
    ],
    [  # page 3
        ("h", "釋義"),
        ("p", "於本公告內，除文義另有所指外，下列詞彙具有以下涵義："),
        ("p", "「董事會」 指 本公司董事會"),
        ("p", "「本公司」 指 華芯智算控股有限公司，於開曼群島註冊成立之有限公司，其股份於聯交所主板上市"),
        ("p", "「本集團」 指 本公司及其附屬公司"),
        ("p", "「該協議」 指 本公司與深芯設計於二零二五年十一月十八日訂立之設計服務框架協議"),
        ("p", "「深芯設計」 指 深圳深芯設計服務有限公司，一家於中國成立之有限公司"),
        ("p", "「芯衡科技」 指 芯衡科技股份有限公司，其股份於上海證券交易所科創板上市（股份代號：688731）"),
        ("p", "「啟源資本」 指 蘇州啟源資本管理有限公司"),
        ("p", "「星港晶圓」 指 星港晶圓製造有限公司"),
        ("p", "「華通銀行」 指 華通銀行（香港）有限公司"),
        ("p", "「華芯深圳」 指 華芯智算（深圳）科技有限公司"),
        ("p", "「融資協議」 指 本公司與華通銀行於二零二五年十一月二十日訂立之融資協議"),
        ("p", "「上市規則」 指 香港聯合交易所有限公司證券上市規則"),
        ("p", "「聯交所」 指 香港聯合交易所有限公司"),
        ("p", "「人民幣」 指 中國法定貨幣人民幣"),
        ("p", "「港元」 指 香港法定貨幣港元"),
        ("p", "「%」 指 百分比"),
        ("sign", "承董事會命"),
        ("sign", "華芯智算控股有限公司"),
        ("sign", "主席兼執行董事 陳啟航"),
        ("p", "香港，二零二五年十一月二十日"),
        ("p", "於本公告日期，董事會包括執行董事陳啟航先生、趙明遠先生及黃曉琳女士；非執行董事宋嘉言先生；"
              "以及獨立非執行董事李慧貞女士、鄭國樑先生及何子軒博士。"),
    ],
]


def build_huaxin(path, tmp):
    chars = set("第頁 0123456789/")
    for page in HK_PAGES:
        for kind, content in page:
            if kind == "table":
                for row in content:
                    chars.update("".join(row))
            else:
                chars.update(content)
    ttf = os.path.join(tmp, "noto_tc_subset.ttf")
    cjk_ttf("".join(sorted(chars)), 3, ttf)

    pdf = Doc(cjk=True, footer_text="")
    pdf.add_font("nototc", "", ttf)
    pdf.body_font = "nototc"
    pdf.footer = lambda: (pdf.set_y(-12), pdf.set_font("nototc", size=7.5),
                          pdf.cell(0, 5, f"第 {pdf.page_no()} 頁", align="C"))
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for page in HK_PAGES:
        pdf.add_page()
        for kind, content in page:
            if kind == "small":
                pdf.para(content, size=7.5, lh=4.0, gap=0.5)
            elif kind == "title":
                pdf.set_font("nototc", size=12)
                pdf.cell(width, 7, content, align="C")
                pdf.ln(7)
            elif kind == "center":
                pdf.set_font("nototc", size=8.5)
                pdf.cell(width, 6, content, align="C")
                pdf.ln(9)
            elif kind == "h":
                pdf.ln(1)
                pdf.heading(content, size=10.5)
            elif kind == "table":
                pdf.table(content, [110, 60], size=9, lh=6)
            elif kind == "sign":
                pdf.set_font("nototc", size=9)
                pdf.cell(width, 5, content, align="R")
                pdf.ln(5)
            else:
                pdf.para(content, size=9, lh=5.2, gap=2)
    pdf.output(path)


def main():
    build_corvanta(os.path.join(HERE, "04_corvanta_annual_report.pdf"))
    tmp = tempfile.mkdtemp(prefix="fresh56_fonts_")
    try:
        build_huaxin(os.path.join(HERE, "06_華芯智算_公告.pdf"), tmp)
    finally:
        shutil.rmtree(tmp)
    print("built 04_corvanta_annual_report.pdf and 06_華芯智算_公告.pdf")


if __name__ == "__main__":
    main()
