"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

04_hanseo_annual_report.pdf  - English, core Helvetica
06_hongtu_hkex_announcement.pdf - Traditional Chinese, Noto Sans CJK TC (subset, CFF -> TrueType
                                  in a temporary directory that is removed afterwards)

Lines are broken only at spaces (English and Chinese) or after the full stop 。 (Chinese), so that
every sentence is found in pypdf's page text after whitespace normalisation.
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
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---------------------------------------------------------------- font conversion
def cff_to_ttf(font):
    """Replace the CFF outlines of a (subset) OpenType font by quadratic TrueType outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quad = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        quad[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quad
    del font["CFF "]
    for tag in ("VORG", "CFF2"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        adv, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, getattr(g, "xMin", 0) if g.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    maxp.maxComponentDepth = 0
    maxp.recalc(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, index, tmpdir, name):
    font = TTFont(TTC, fontNumber=index)
    opts = subset.Options()
    opts.desubroutinize = True
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.layout_features = []
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " ")
    sub.subset(font)
    cff_to_ttf(font)
    path = os.path.join(tmpdir, name + ".ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------- layout helpers
def tokens(text):
    out, cur = [], ""
    for ch in text:
        if ch == " ":
            if cur:
                out.append(cur)
                cur = ""
            out.append(" ")
        else:
            cur += ch
            if ch == "。":
                out.append(cur)
                cur = ""
    if cur:
        out.append(cur)
    return out


def wrap(pdf, text, width):
    lines, cur = [], ""
    for tok in tokens(text):
        if tok == " ":
            if cur:
                cur += " "
            continue
        if pdf.get_string_width(tok) > width:
            raise SystemExit(f"token too wide for one line: {tok!r}")
        if pdf.get_string_width((cur + tok).rstrip()) <= width:
            cur += tok
        else:
            lines.append(cur.rstrip())
            cur = tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


class Doc(FPDF):
    def __init__(self, family, header_text, size=10):
        super().__init__(format="A4")
        self.family_name = family
        self.header_text = header_text
        self.base_size = size
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, 18)

    def header(self):
        self.set_font(self.family_name, size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family_name, size=7.5)
        self.cell(0, 5, f"- {self.page_no()} -", align="C")

    def para(self, text, size=None, lh=None, gap=2.0, align="L"):
        size = size or self.base_size
        self.set_font(self.family_name, size=size)
        lh = lh or size * 0.52
        width = self.w - self.l_margin - self.r_margin
        for line in wrap(self, text, width):
            self.cell(0, lh, line, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def heading(self, text, size=None):
        self.ln(1.5)
        self.para(text, size=size or self.base_size + 1.5, gap=1.5)

    def table(self, rows, widths, size=None, header=True):
        size = size or self.base_size - 1
        self.set_font(self.family_name, size=size)
        lh = size * 0.6
        for i, row in enumerate(rows):
            if i == 0 and header:
                self.set_fill_color(225, 230, 238)
            for cell, w in zip(row, widths):
                if self.get_string_width(cell) > w - 2:
                    raise SystemExit(f"cell too wide: {cell!r}")
                # a trailing space keeps cells apart in the extracted text
                self.cell(w, lh, cell + " ", border=1, fill=(i == 0 and header))
            self.ln(lh)
        self.ln(2.5)


# ---------------------------------------------------------------- 04 Hanseo (English)
def build_hanseo():
    pdf = Doc("helvetica", "Hanseo Memory Co., Ltd. | Annual Report 2024 | Excerpt", size=10)
    pdf.add_page()
    pdf.para("Hanseo Memory Co., Ltd.", size=16, gap=1)
    pdf.para("Annual Report 2024 - Excerpt from the Business Review and Notes to the Consolidated "
             "Financial Statements", size=11, gap=3)
    pdf.para("In this report, \"Hanseo\", the \"Company\" and \"we\" refer to Hanseo Memory Co., Ltd. "
             "(KRX: 271840) and, where the context requires, its consolidated subsidiaries. Amounts are "
             "in Korean won (KRW) unless stated otherwise.", size=9)
    pdf.heading("1. Business Review")
    pdf.para("2024 was the year in which artificial intelligence moved from the data center into the "
             "devices people carry. Consolidated revenue rose 31.4% to KRW 9,268.7 billion, and operating "
             "profit reached KRW 1,642.3 billion, as mobile and client DRAM prices recovered and our HBM3E "
             "ramp contributed for a full year.")
    pdf.para("Demand for LPDDR5X rose fastest in flagship smartphones and AI PCs, where on-device "
             "language models require 12 GB to 24 GB of DRAM. Shipments of LPDDR5X known-good die to "
             "Shanghai Xingyan Semiconductor, which co-packages our memory with its edge NPUs, more than "
             "doubled in 2024. Average mobile DRAM content per flagship handset reached 14.2 GB, up from "
             "10.6 GB a year earlier.")
    pdf.para("Hanseo competes principally with Daeyang Semiconductor and Norrland Memory in mobile "
             "DRAM, and with several regional suppliers in legacy DDR4. Our share of the mobile DRAM "
             "market was an estimated 18% by revenue, unchanged from 2023.")
    pdf.para("Revenue by application", size=9.5, gap=1)
    pdf.table([
        ["Application", "2024 (KRW bn)", "2023 (KRW bn)", "Change"],
        ["Mobile DRAM", "3,402.5", "2,488.1", "+36.8%"],
        ["HBM and server DRAM", "3,115.8", "2,304.6", "+35.2%"],
        ["Client DRAM", "1,238.9", "1,047.7", "+18.2%"],
        ["NAND and SSD", "1,511.5", "1,213.9", "+24.5%"],
        ["Total", "9,268.7", "7,054.3", "+31.4%"],
    ], [70, 38, 38, 28])
    pdf.para("Capital expenditure was KRW 2,214.0 billion, of which about 60% was directed to HBM and "
             "advanced mobile DRAM capacity at our Icheon and Cheongju fabs. We expect capital "
             "expenditure in 2025 to be broadly similar.")

    pdf.add_page()
    pdf.heading("2. Major Customers")
    pdf.para("Sales to our five largest customers accounted for 39.3% of revenue in 2024 (2023: 35.8%). "
             "The table below names customers that have consented to disclosure; one customer is "
             "presented on an anonymised basis at its request.")
    pdf.table([
        ["Customer", "Main products", "Revenue 2024", "Share"],
        ["Corvane Devices, Inc.", "LPDDR5X, UFS 4.0", "KRW 1,284.6 bn", "13.9%"],
        ["Quillon Semiconductor Corp.", "HBM3E, LPDDR5X", "KRW 915.0 bn", "9.9%"],
        ["Hongtu Smart Devices Holdings Limited", "LPDDR5X, UFS 4.0", "KRW 702.9 bn", "7.6%"],
        ["Lumetra Systems, Inc.", "DDR5, client SSD", "KRW 388.2 bn", "4.2%"],
        ["Customer E", "HBM3E", "KRW 351.4 bn", "3.8%"],
        ["Total, five largest customers", "", "KRW 3,642.1 bn", "39.3%"],
    ], [68, 42, 40, 24])
    pdf.para("Customer E is a cloud service provider in the United States. Revenue is attributed to the "
             "customer that places the order; memory shipped to contract manufacturers on a customer's "
             "behalf is included in that customer's revenue.", size=9)
    pdf.heading("3. Investments and Subsidiaries")
    pdf.para("In July 2024, the Company subscribed for 12,000,000 new shares of Suzhou Xincun Technology "
             "Co., Ltd. for CNY 386.4 million, raising its holding to 8.50%. Xincun is listed on the STAR "
             "Market in Shanghai and is accounted for as a financial asset at fair value through other "
             "comprehensive income because the Company does not have significant influence.")
    pdf.para("Equity investments (at December 31, 2024)", size=9.5, gap=1)
    pdf.table([
        ["Investee", "Country", "Activity", "Holding", "Carrying amount"],
        ["Suzhou Xincun Technology Co., Ltd.", "China", "Modules, packaging", "8.50%", "KRW 96.3 bn"],
        ["Gyeonggi Photonics Co., Ltd.", "Korea", "Optical interconnect", "19.80%", "KRW 41.7 bn"],
    ], [60, 20, 38, 20, 36])
    pdf.para("Principal subsidiaries", size=9.5, gap=1)
    pdf.table([
        ["Subsidiary", "Country", "Principal activity", "Ownership"],
        ["Hanseo Memory America, Inc.", "United States", "Sales and technical support", "100.0%"],
        ["Hanseo Semiconductor (Wuxi) Co., Ltd.", "China", "Back-end assembly and test", "100.0%"],
    ], [66, 30, 54, 24])

    pdf.add_page()
    pdf.heading("4. Borrowings")
    pdf.para("Total borrowings were KRW 2,486.5 billion at December 31, 2024 (2023: KRW 2,901.2 "
             "billion). The decrease reflects the repayment of the Series 38 bonds and lower "
             "short-term borrowings.")
    pdf.table([
        ["Lender or instrument", "Type", "Rate", "Maturity", "Amount"],
        ["Samhwa Development Bank", "Facility loan", "3.85%", "2027", "KRW 800.0 bn"],
        ["Unsecured bonds, Series 41", "Public bond", "4.10%", "2026", "KRW 500.0 bn"],
        ["Unsecured bonds, Series 43", "Public bond", "3.72%", "2029", "KRW 700.0 bn"],
        ["Pacific Rim Commercial Bank", "USD term loan", "SOFR + 1.35%", "2026", "KRW 276.5 bn"],
        ["Other short-term borrowings", "Various", "-", "2025", "KRW 210.0 bn"],
    ], [58, 30, 30, 20, 36])
    pdf.para("Hanseo Memory America, Inc. drew USD 200 million under a term loan from Pacific Rim "
             "Commercial Bank in March 2024. The loan is guaranteed by the Company and contains a net "
             "leverage covenant, with which the group was in compliance at year end.")
    pdf.heading("5. Legal Proceedings")
    pdf.para("In November 2024, Norrland Memory filed a patent infringement complaint against Hanseo "
             "Memory America, Inc. in the U.S. District Court for the District of Delaware. The Company "
             "believes the claims are without merit, and no provision has been recognised.")
    pdf.heading("6. Independent Auditor")
    pdf.para("The consolidated financial statements of Hanseo Memory Co., Ltd. for 2024 were audited by "
             "Ilsung Accounting Corporation, which issued an unqualified opinion. Fees for audit and "
             "audit-related services were KRW 2.9 billion.")
    pdf.para("This excerpt should be read together with the full Annual Report, including the notes to "
             "the consolidated financial statements and the risk factors described therein.", size=8.5)
    pdf.output(os.path.join(HERE, "04_hanseo_annual_report.pdf"))


# ---------------------------------------------------------------- 06 Hongtu (Traditional Chinese)
HONGTU = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，亦不就其準確性或完整性發表任何意見。"
              "兩者明確表示，概不就因本公告全部或任何部分內容而引致之任何損失承擔任何責任。"),
    ("center", "Hongtu Smart Devices Holdings Limited"),
    ("title", "宏圖智能終端控股有限公司"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2917）"),
    ("title", "須予披露交易"),
    ("center", "認購上海星衍半導體科技有限公司股權"),
    ("center", "及"),
    ("center", "自願性公告 訂立端側模型授權協議"),
    ("h", "認購事項"),
    ("p", "董事會欣然宣佈，於二零二五年十月九日（交易時段後），宏圖通訊與目標公司及現有股東訂立增資協議。"
          "根據增資協議，宏圖通訊同意以現金人民幣6.0億元認購目標公司新增註冊資本。"
          "認購價乃經訂約方公平磋商後釐定，並已參考目標公司最近一輪融資之估值及其業務前景。"),
    ("p", "認購金額將分兩期支付。首期人民幣3.6億元須於完成日支付，餘額人民幣2.4億元須於目標公司第二代產品完成流片後支付。"
          "本集團將以內部資源撥付認購金額。"),
    ("p", "緊隨完成後，宏圖通訊將持有目標公司經擴大註冊資本約15.00%。"
          "目標公司將不會成為本公司之附屬公司，其財務業績亦不會併入本集團之財務報表。"),
    ("p", "目標公司於完成前後之股權架構如下："),
    ("table", [["股東", "完成前", "完成後"],
               ["星衍創始團隊持股平台", "52.00%", "44.20%"],
               ["滬東科創產業基金", "20.00%", "17.00%"],
               ["蘇州芯存科技股份有限公司", "8.00%", "6.80%"],
               ["其他財務投資者", "20.00%", "17.00%"],
               ["宏圖通訊", "-", "15.00%"],
               ["合計", "100.00%", "100.00%"]], [80, 40, 40]),
    ("h", "有關目標公司之資料"),
    ("p", "目標公司為一家於中國成立之有限公司，主要從事端側人工智能處理器（NPU）之研發及銷售。"
          "目標公司自二零二三年起向本集團供應用於中高端智能手機之AI協處理器。"
          "目標公司之主要競爭對手包括奎隆半導體（Quillon）及 Vantora 等海外廠商。"),
    ("p", "目標公司根據中國會計準則編製之主要財務資料概述如下："),
    ("table", [["截至十二月三十一日止年度", "二零二三年", "二零二四年"],
               ["收入（人民幣百萬元）", "186.4", "412.7"],
               ["除稅前虧損（人民幣百萬元）", "(152.3)", "(98.6)"],
               ["除稅後虧損（人民幣百萬元）", "(152.3)", "(98.6)"]], [80, 40, 40]),
    ("p", "於二零二五年六月三十日，目標公司之未經審核資產淨值約為人民幣9.84億元。"),
    ("h", "訂立模型授權協議"),
    ("p", "於同日，本公司與玄衡智能訂立模型授權協議，為期三年。"
          "據此，玄衡智能同意授權本集團於旗下手機及個人電腦預裝其端側大模型，授權費總額不超過人民幣2.4億元。"
          "授權費將按實際預裝設備數目按季結算。"),
    ("p", "據董事作出一切合理查詢後所知、所悉及所信，玄衡智能、目標公司及其各自最終實益擁有人均為獨立第三方。"),
    ("h", "進行認購事項之理由及裨益"),
    ("p", "本集團致力提升旗下智能手機及個人電腦之端側AI能力。"
          "董事認為，入股上游處理器設計公司可確保關鍵晶片供應穩定，並加強雙方於軟硬件協同優化之合作。"
          "董事（包括獨立非執行董事）認為，增資協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關認購事項之一項或多項適用百分比率超過5%但全部低於25%，認購事項構成本公司之須予披露交易。"
          "因此，認購事項須遵守上市規則第十四章之申報及公告規定，惟獲豁免遵守股東批准規定。"
          "嘉運融資有限公司已獲委任為宏圖智能有關認購事項之財務顧問。"),
    ("p", "由於模型授權協議項下之適用百分比率均低於5%，本公司乃自願刊發本公告之相關部分。"
          "股東及潛在投資者於買賣本公司證券時務請審慎行事。"),
    ("h", "釋義"),
    ("p", "於本公告內，除文義另有所指外，下列詞彙具有以下涵義："),
    ("def", "「董事會」 指 本公司董事會"),
    ("def", "「本公司」 指 宏圖智能終端控股有限公司，一家於開曼群島註冊成立之有限公司，其股份於聯交所主板上市"),
    ("def", "「完成」 指 根據增資協議之條款完成認購事項"),
    ("def", "「現有股東」 指 目標公司於增資協議日期之全體股東"),
    ("def", "「本集團」 指 本公司及其附屬公司"),
    ("def", "「增資協議」 指 宏圖通訊、目標公司與現有股東於二零二五年十月九日訂立之增資協議"),
    ("def", "「宏圖通訊」 指 宏圖通訊（深圳）有限公司，為本公司之間接全資附屬公司"),
    ("def", "「上市規則」 指 聯交所證券上市規則"),
    ("def", "「模型授權協議」 指 本公司與玄衡智能於二零二五年十月九日訂立之端側模型授權協議"),
    ("def", "「中國」 指 中華人民共和國，就本公告而言不包括香港、澳門及台灣"),
    ("def", "「人民幣」 指 中國法定貨幣人民幣"),
    ("def", "「聯交所」 指 香港聯合交易所有限公司"),
    ("def", "「目標公司」或「星衍半導體」 指 上海星衍半導體科技有限公司，一家於中國成立之有限公司"),
    ("def", "「玄衡智能」 指 北京玄衡智能科技有限公司，一家於中國成立之有限公司，主要從事大語言模型之研發"),
    ("def", "「%」 指 百分比"),
    ("right", "承董事會命"),
    ("right", "宏圖智能終端控股有限公司"),
    ("right", "主席 林啟航"),
    ("p", "香港，二零二五年十月九日"),
    ("small", "於本公告日期，本公司執行董事為林啟航先生、周敏儀女士及馮家樂先生。獨立非執行董事為鄭永康先生、柯麗雯女士及唐志遠博士。"),
]


def build_hongtu(tmpdir):
    chars = set("- 0123456789")
    for block in HONGTU:
        if block[0] == "table":
            for row in block[1]:
                for c in row:
                    chars.update(c)
        else:
            chars.update(block[1])
    chars.update("宏圖智能終端控股有限公司 — 須予披露交易公告")
    path = make_cjk_font("".join(sorted(chars)), 3, tmpdir, "notocjktc")
    pdf = Doc("notocjktc", "宏圖智能終端控股有限公司 — 須予披露交易公告", size=10)
    pdf.add_font("notocjktc", "", path)
    pdf.set_font("notocjktc", size=10)
    pdf.add_page()
    for block in HONGTU:
        kind = block[0]
        if kind == "small":
            pdf.para(block[1], size=8, gap=3)
        elif kind == "center":
            pdf.para(block[1], size=10.5, gap=0.5, align="C")
        elif kind == "title":
            pdf.para(block[1], size=14, gap=1, align="C")
        elif kind == "right":
            pdf.para(block[1], size=10, gap=0.5, align="R")
        elif kind == "h":
            pdf.heading(block[1], size=11.5)
        elif kind == "p":
            pdf.para(block[1])
        elif kind == "def":
            pdf.para(block[1], size=9.5, gap=0.8)
        elif kind == "table":
            pdf.table(block[1], block[2], size=9.5)
    pdf.output(os.path.join(HERE, "06_hongtu_hkex_announcement.pdf"))


def main():
    build_hanseo()
    tmpdir = tempfile.mkdtemp(prefix="fresh57_fonts_")
    try:
        build_hongtu(tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("built 04_hanseo_annual_report.pdf and 06_hongtu_hkex_announcement.pdf")


if __name__ == "__main__":
    main()
