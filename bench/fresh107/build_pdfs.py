"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 01_Sonavik_annual_report.pdf: English annual report excerpt (Helvetica).
- 02_Lingyuan_gonggao.pdf: Simplified Chinese A-share announcement (Noto Sans CJK SC).

English lines are broken at spaces only; Chinese lines are broken only after "。",
so that every sentence extracts as one unbroken string. The CJK face is extracted
from the system .ttc, subset to the characters used, converted from CFF to
TrueType outlines (fpdf2 embeds glyf-based fonts) and written to a temporary
directory that is removed at the end.
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
CJK_SC_INDEX = 2

# ---------------------------------------------------------------------------
# Content. Each document is a list of pages; each page a list of blocks:
#   ("title", text) ("h", text) ("p", text) ("small", text)
#   ("row", [cells], [widths in mm], bold?)
# ---------------------------------------------------------------------------

SONAVIK_PAGES = [
    [
        ("title", "Sonavik A/S - Annual Report 2024 (excerpt)"),
        ("small", "Sonavik A/S, Lyngbyvej 212, DK-2800 Kongens Lyngby, CVR no. 31 47 62 90. "
                  "Shares listed on Nasdaq Copenhagen (SONV B)."),
        ("h", "Letter from the Chair and the CEO"),
        ("p", "2024 was the year in which artificial intelligence moved out of the fitting room and "
              "into the ear itself. Revenue grew 11% in local currencies to DKK 7,418 million, organic "
              "growth was 9%, and the EBIT margin before special items reached 17.6%. More than half of "
              "the hearing aids we sold in the fourth quarter ran a deep neural network on the device."),
        ("p", "Our Halo 7 platform runs on the JT-3 neural signal processor, which Jingting Acoustics "
              "supplies to us under a multi-year agreement covering 2025 to 2028. Securing a second "
              "wafer source for that chip was one of the main supply-chain tasks of the year, and we "
              "now carry roughly five months of processor inventory."),
        ("p", "Nimbra Cloud provides the hosting and GPU capacity behind the SonaFit remote fitting app, "
              "under a contract worth DKK 96 million over three years. SonaFit was used in 1.3 million "
              "fitting sessions in 2024, up from 410,000 the year before."),
        ("p", "In China, we entered a joint development agreement with Suzhou Lingyuan Technology to "
              "train Mandarin and Cantonese speech-in-noise models, with each party retaining its own "
              "background IP. The first jointly trained model is scheduled for release in the second "
              "half of 2025."),
        ("p", "Price pressure from Vellmark Hearing and Audiantis remained intense in the US managed-care "
              "channel, although neither competitor has so far shipped an on-device noise model."),
        ("p", "We thank our 6,900 colleagues for an outstanding year."),
        ("small", "Bente Aagaard, Chair          Mikkel Rosendahl, President and CEO"),
    ],
    [
        ("h", "Management review - Markets and acquisitions"),
        ("p", "On 3 September 2024 Sonavik completed the acquisition of Auralis ApS, a Copenhagen "
              "developer of AI-based fitting software, for a cash consideration of DKK 410 million. "
              "Following completion, Auralis ApS became a wholly owned subsidiary of Sonavik A/S and "
              "has been consolidated from that date. Goodwill of DKK 322 million was recognised."),
        ("p", "At home, Klarsyn Optik extended its supply agreement with us and now stocks Sonavik "
              "hearing aids in 74 of its Danish stores. Retail partners accounted for 38% of Nordic "
              "revenue."),
        ("p", "In Japan, Sonavik Japan K.K. signed a five-year agreement to supply the Halo 7 range to "
              "Kotodama Megane & Hearing, which operates around 600 optical and hearing stores. "
              "Deliveries started in October."),
        ("p", "Our products reach Chinese consumers mainly through Mingmou Vision, which bought Sonavik "
              "devices worth DKK 58 million in 2024 for the hearing corners in its stores."),
        ("p", "Contrary to press speculation in November, Sonavik is not in discussions to acquire "
              "Audiantis, and the Board has not received any proposal regarding such a transaction."),
        ("h", "Selected group companies"),
        ("row", ["Company", "Domicile", "Ownership", "Activity"], [60, 35, 25, 50], True),
        ("row", ["Sonavik Denmark A/S", "Denmark", "100%", "Sales"], [60, 35, 25, 50], False),
        ("row", ["Sonavik Japan K.K.", "Japan", "100%", "Sales and distribution"], [60, 35, 25, 50], False),
        ("row", ["Auralis ApS", "Denmark", "100%", "Fitting software"], [60, 35, 25, 50], False),
        ("row", ["Sonavik US Inc.", "USA", "100%", "Sales"], [60, 35, 25, 50], False),
    ],
    [
        ("h", "Capital structure and financing"),
        ("p", "In June 2024 Kattegat Bank A/S provided Sonavik with a DKK 1,200 million revolving credit "
              "facility maturing in 2029, which replaced the previous DKK 800 million facility. At year "
              "end, DKK 350 million was drawn. Net interest-bearing debt was 0.9 times EBITDA."),
        ("p", "The Board proposes a dividend of DKK 4.20 per share and a share buy-back of up to DKK 500 "
              "million in 2025."),
        ("h", "Shareholders holding more than 5%"),
        ("row", ["Shareholder", "Share capital", "Votes"], [90, 35, 35], True),
        ("row", ["The Sonavik Foundation", "21.0%", "52.3%"], [90, 35, 35], False),
        ("row", ["Nordhavn Health Ventures Fund III K/S", "11.4%", "14.2%"], [90, 35, 35], False),
        ("row", ["Treasury shares", "1.8%", "-"], [90, 35, 35], False),
        ("h", "Risk management"),
        ("p", "The Group depends on a limited number of suppliers for signal processors and batteries. "
              "A disruption at a single supplier could delay product launches. The Group mitigates this "
              "through safety stock, dual sourcing where possible and long-term agreements."),
        ("h", "Auditor"),
        ("p", "Kronborg Revision Statsautoriseret Revisionspartnerselskab, the independent auditor "
              "elected by the general meeting, has audited the consolidated financial statements of "
              "Sonavik A/S for 2024."),
        ("h", "Forward-looking statements"),
        ("small", "This report contains forward-looking statements regarding expected growth, margins and "
                  "product launches. Such statements are subject to risks and uncertainties, including "
                  "currency movements, supply constraints and reimbursement changes, and actual results "
                  "may differ materially from those expressed. Sonavik undertakes no obligation to update "
                  "them except as required by law."),
    ],
]

LINGYUAN_PAGES = [
    [
        ("small", "证券代码：688947    证券简称：聆远科技    公告编号：2025-017"),
        ("title", "苏州聆远科技股份有限公司"),
        ("title", "关于签订日常经营重大合同及参与投资产业基金暨关联交易的公告"),
        ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
                  "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "公司与晶听科技签订《芯片采购框架协议》，采购金额不超过人民币2.6亿元。"
              "公司与明眸视光签订《助听器产品供货合同》，合同金额为人民币1.8亿元。"
              "公司拟以自有资金人民币1.5亿元认购华岳智听基金的有限合伙份额。"
              "华岳资本持有公司6.20%的股份，为公司持股5%以上股东。"
              "华岳资本为华岳智听基金的普通合伙人及基金管理人，本次投资构成关联交易。"
              "本次交易不构成重大资产重组。"),
        ("h", "一、日常经营重大合同概述"),
        ("p", "（一）芯片采购框架协议。"
              "公司于2025年3月21日与晶听科技股份有限公司签订《芯片采购框架协议》。"
              "晶听科技向公司供应JT-3神经网络音频芯片，协议有效期至2027年12月31日。"
              "公司与晶听科技签订《芯片采购框架协议》，采购金额不超过人民币2.6亿元。"
              "晶听科技为台湾证券交易所上市公司，与公司不存在关联关系。"),
        ("p", "（二）助听器产品供货合同。"
              "公司向明眸视光连锁股份有限公司供应AI验配助听器及配套耳模，用于其门店听力专区。"
              "公司与明眸视光签订《助听器产品供货合同》，合同金额为人民币1.8亿元。"
              "合同期限为两年，按季度分批交付、按月结算。"
              "明眸视光与公司不存在关联关系。"),
        ("h", "二、合同对方基本情况"),
        ("row", ["名称", "注册地", "主营业务", "与公司关系"], [55, 30, 60, 35], True),
        ("row", ["晶听科技股份有限公司", "台湾新竹", "音频芯片设计", "无"], [55, 30, 60, 35], False),
        ("row", ["明眸视光连锁股份有限公司", "浙江杭州", "眼镜及听力零售", "无"], [55, 30, 60, 35], False),
    ],
    [
        ("h", "三、参与投资产业基金暨关联交易"),
        ("p", "华岳智听健康产业投资基金（有限合伙）目标募集规模为人民币12亿元。"
              "公司拟以自有资金人民币1.5亿元认购华岳智听基金的有限合伙份额。"
              "认购完成后，公司将持有基金约12.5%的财产份额。"
              "基金主要投资于听力、视光及口腔领域的人工智能企业。"),
        ("p", "华岳资本持有公司6.20%的股份，为公司持股5%以上股东。"
              "根据《上海证券交易所科创板股票上市规则》，本次投资构成关联交易。"
              "关联董事已回避表决，独立董事专门会议审议通过该事项。"),
        ("row", ["出资人", "类型", "认缴出资（万元）", "比例"], [70, 35, 45, 30], True),
        ("row", ["华岳资本管理有限公司", "普通合伙人", "1,200", "1.00%"], [70, 35, 45, 30], False),
        ("row", ["苏州聆远科技股份有限公司", "有限合伙人", "15,000", "12.50%"], [70, 35, 45, 30], False),
        ("row", ["其他有限合伙人", "有限合伙人", "103,800", "86.50%"], [70, 35, 45, 30], False),
        ("h", "四、其他事项"),
        ("p", "江南商业银行股份有限公司苏州分行向公司提供人民币5亿元综合授信额度，期限三年。"
              "公司与丹麦Sonavik A/S的联合研发合作继续推进，双方各自保留背景知识产权。"
              "公司在国内与声拓医疗、耳聪科技等企业存在直接竞争。"
              "公司聘请锦程证券股份有限公司担任本次关联交易的独立财务顾问。"),
        ("h", "五、对公司的影响及风险提示"),
        ("p", "上述合同的履行将对公司2025年度及2026年度经营业绩产生积极影响。"
              "合同履行过程中可能受到芯片产能、汇率波动及下游需求变化等因素影响。"
              "基金尚处于募集阶段，存在未能按期募足的风险。"
              "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("small", "苏州聆远科技股份有限公司董事会"),
        ("small", "2025年3月22日"),
    ],
]


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------

def cff_to_truetype(font):
    """Replace the CFF outlines of `font` by quadratic glyf outlines (cu2qu)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order

    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(tmpdir, text):
    """Extract the SC face, subset it to `text`, convert it and save it as .ttf."""
    font = TTCollection(CJK_TTC).fonts[CJK_SC_INDEX]
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " 0123456789")
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(tmpdir, "NotoSansCJKsc-subset.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------

class Doc:
    def __init__(self, family, sizes, margin, cjk=False):
        self.pdf = FPDF(format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(margin, margin, margin)
        self.family = family
        self.sizes = sizes
        self.cjk = cjk
        self.width = 210 - 2 * margin
        self.bottom = 297 - margin

    def font(self, kind):
        size, bold = self.sizes[kind]
        self.pdf.set_font(self.family, "B" if bold and not self.cjk else "", size)
        return size * 0.3528 * 1.45

    def wrap(self, text):
        """Break at spaces (English) or after 。 (Chinese) so each line fits."""
        if self.cjk:
            units = [s + "。" for s in text.split("。") if s]
            if not text.endswith("。"):
                units[-1] = units[-1][:-1]
            joiner = ""
        else:
            units = text.split(" ")
            joiner = " "
        lines, current = [], ""
        for unit in units:
            trial = current + joiner + unit if current else unit
            if self.pdf.get_string_width(trial) <= self.width:
                current = trial
                continue
            if not current:
                raise ValueError(f"unit too wide for one line: {unit}")
            lines.append(current)
            current = unit
            if self.pdf.get_string_width(current) > self.width:
                raise ValueError(f"unit too wide for one line: {unit}")
        if current:
            lines.append(current)
        return lines

    def block(self, block):
        kind = block[0]
        pdf = self.pdf
        if kind == "row":
            _, cells, widths, bold = block
            height = self.font("bh" if bold else "p")
            for cell, w in zip(cells, widths):
                pdf.cell(w, height, cell, border="B" if bold else 0)
            pdf.ln(height)
        else:
            height = self.font(kind)
            for line in self.wrap(block[1]):
                pdf.cell(self.width, height, line)
                pdf.ln(height)
            pdf.ln(height * 0.4)
        if pdf.get_y() > self.bottom:
            raise ValueError(f"page overflow at: {block}")

    def build(self, pages, path):
        for page in pages:
            self.pdf.add_page()
            for block in page:
                self.block(block)
        self.pdf.output(path)


def main():
    english = Doc("Helvetica", {"title": (15, True), "h": (11.5, True), "p": (10, False),
                                "bh": (10, True), "small": (8.5, False)}, margin=20)
    english.build(SONAVIK_PAGES, os.path.join(HERE, "01_Sonavik_annual_report.pdf"))

    tmpdir = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        text = "".join(b[1] if b[0] != "row" else "".join(b[1])
                       for page in LINGYUAN_PAGES for b in page)
        font_path = make_cjk_font(tmpdir, text)
        chinese = Doc("NotoSC", {"title": (13, True), "h": (10.5, True), "p": (9.5, False),
                                 "bh": (9.5, True), "small": (8.5, False)}, margin=15, cjk=True)
        chinese.pdf.add_font("NotoSC", "", font_path)
        chinese.build(LINGYUAN_PAGES, os.path.join(HERE, "02_Lingyuan_gonggao.pdf"))
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
