"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 04_corvantis_8k_credit_agreement.pdf: English Form 8-K (2 pages), core Helvetica font.
- 05_yunchuan_hkex_announcement.pdf: Traditional Chinese HKEX announcement (2 pages).
  The Noto Sans CJK TC face (collection index 3 of NotoSansCJK-Regular.ttc) is CFF-based, which
  fpdf2 does not extract cleanly, so it is subset to the characters used and converted to a
  TrueType (glyf) font with fontTools in a temporary file that is deleted afterwards.

Lines are broken only at spaces or after "。", so every sentence stays intact in pypdf's text.
"""
import os
import re

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3


# ---------------------------------------------------------------- font helper
def make_cjk_ttf(text, out_path, index=TC_INDEX):
    font = TTFont(TTC, fontNumber=index)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "GDEF", "BASE"]
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " ")
    sub.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ---------------------------------------------------------------- layout helper
class Doc(FPDF):
    def __init__(self, family, size):
        super().__init__(format="A4")
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(False)
        self.family_name = family
        self.base_size = size

    def atoms(self, text):
        """Split text at break opportunities: spaces (dropped at a break) and after 。"""
        out = []
        for chunk in text.split(" "):
            if not chunk:
                continue
            parts = re.split(r"(?<=。)", chunk)
            parts = [p for p in parts if p]
            for i, p in enumerate(parts):
                out.append((p, i == 0))  # (text, preceded_by_space)
        return out

    def wrap(self, text, width):
        lines, cur = [], ""
        for atom, spaced in self.atoms(text):
            if self.get_string_width(atom) > width:
                raise ValueError(f"unbreakable segment too wide: {atom}")
            cand = (cur + (" " if spaced and cur else "") + atom) if cur else atom
            if self.get_string_width(cand) <= width:
                cur = cand
            else:
                lines.append(cur)
                cur = atom
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, size=None, style="", lh=None, gap=1.6, indent=0):
        size = size or self.base_size
        self.set_font(self.family_name, style, size)
        lh = lh or size * 0.5
        width = self.w - self.l_margin - self.r_margin - indent
        for line in self.wrap(text, width):
            self.set_x(self.l_margin + indent)
            self.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)
        self.check()

    def center(self, text, size=None, style="", lh=None):
        size = size or self.base_size
        self.set_font(self.family_name, style, size)
        lh = lh or size * 0.5
        self.cell(0, lh, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.check()

    def table(self, rows, widths, size=None, header=False, lh=None, border=1):
        """Only the last cell of a row may wrap, so pypdf reads cells left to right."""
        size = size or self.base_size
        lh = lh or size * 0.5
        for r, row in enumerate(rows):
            self.set_font(self.family_name, "B" if (header and r == 0 and self.family_name == "helvetica") else "", size)
            for i, cell in enumerate(row[:-1]):
                if self.get_string_width(cell) > widths[i] - 2:
                    raise ValueError(f"cell too wide: {cell}")
            last = self.wrap(row[-1], widths[-1] - 2)
            height = lh * len(last)
            x0, y0 = self.l_margin, self.get_y()
            x = x0
            for i, cell in enumerate(row[:-1]):
                self.set_xy(x, y0)
                self.cell(widths[i], height, cell, border=border)
                x += widths[i]
            for j, line in enumerate(last):
                self.set_xy(x, y0 + j * lh)
                self.cell(widths[-1], lh, line, border=0)
            if border:
                self.rect(x, y0, widths[-1], height)
            self.set_xy(x0, y0 + height)
        self.ln(2)
        self.check()

    def check(self):
        if self.get_y() > self.h - 12:
            raise ValueError(f"page {self.page} overflows at y={self.get_y():.1f}")


# ================================================================ 8-K (English)
K8_PAGE1 = [
    ("center", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION", 11, "B"),
    ("center", "Washington, D.C. 20549", 9, ""),
    ("space", 2),
    ("center", "FORM 8-K", 14, "B"),
    ("center", "CURRENT REPORT", 10, "B"),
    ("center", "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934", 9, ""),
    ("center", "Date of Report (Date of earliest event reported): November 6, 2025", 9, ""),
    ("space", 2),
    ("center", "CORVANTIS COMPUTE, INC.", 12, "B"),
    ("center", "(Exact name of registrant as specified in its charter)", 8, ""),
    ("center", "Delaware | Commission File No. 001-41977 | IRS Employer Identification No. 88-4410276", 8, ""),
    ("center", "1450 Lakeside Commons Drive, Columbus, Ohio 43215 | (614) 555-0187", 8, ""),
    ("center", "Class A Common Stock, par value $0.0001 per share | CRVN | The Nasdaq Stock Market LLC", 8, ""),
    ("space", 4),
    ("para", "Item 1.01 Entry into a Material Definitive Agreement.", 10, "B"),
    ("para", 'On November 6, 2025, CRV Compute Funding I, LLC (the "Borrower"), a wholly owned special-purpose subsidiary of Corvantis Compute, Inc. (the "Company"), entered into a Delayed-Draw Term Loan and Security Agreement (the "Credit Agreement") with the lenders from time to time party thereto (the "Lenders") and Ostrander Trust Company, as administrative agent and collateral agent (in such capacities, the "Agent").', 9.5, ""),
    ("para", "The Credit Agreement provides for delayed-draw term loan commitments in an aggregate principal amount of up to $3.2 billion. Brackenridge Compute Infrastructure Fund II, a fund managed by Brackenridge Credit Partners LP, committed $2.0 billion to the Borrower and acts as lead lender. Kettering Mutual Life Insurance Company committed $700 million, and Tessaly Credit Holdings Ltd., a wholly owned subsidiary of Tessaly Investment Authority, committed $500 million.", 9.5, ""),
    ("para", 'Loans bear interest at Term SOFR plus 5.75% per annum, stepping down to Term SOFR plus 5.25% once certain contracted-utilization thresholds are met, and mature on November 6, 2031. The Borrower may draw loans until May 6, 2027 (the "Availability Period") to finance up to 75% of the purchase price of eligible accelerator systems, subject to a borrowing base tested monthly.', 9.5, ""),
    ("para", "The obligations of the Borrower are secured by a first-priority security interest in substantially all of its assets, including accelerator systems, networking equipment and its deposit accounts, and by a pledge of the equity interests in the Borrower. The Company has entered into a limited guaranty in favor of the Agent, for the benefit of the Lenders, covering the Borrower's obligations in the case of certain bad acts and deployment shortfalls. The Agent acts solely in an administrative capacity and has not committed to make any loans to the Borrower.", 9.5, ""),
    ("para", "The Credit Agreement contains customary affirmative and negative covenants, including a minimum debt service coverage ratio of 1.20x, a maximum loan-to-value ratio of 70% and limitations on additional indebtedness, liens and distributions, as well as customary events of default, including a change of control of the Company.", 9.5, ""),
    ("para", "Gresham Row Securities LLC acted as sole placement agent for the Company in connection with the Credit Agreement. The foregoing description of the Credit Agreement does not purport to be complete and is qualified in its entirety by reference to the Credit Agreement, which will be filed as an exhibit to the Company's Annual Report on Form 10-K for the year ending December 31, 2025.", 9.5, ""),
    ("para", "Item 2.03 Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant.", 10, "B"),
    ("para", "The information set forth under Item 1.01 of this Current Report on Form 8-K is incorporated herein by reference.", 9.5, ""),
    ("para", "Item 9.01 Financial Statements and Exhibits.", 10, "B"),
    ("para", "(d) Exhibits. 99.1 Press release of Corvantis Compute, Inc., dated November 6, 2025. 104 Cover Page Interactive Data File (embedded within the Inline XBRL document).", 9.5, ""),
]

K8_PAGE2 = [
    ("para", "Exhibit 99.1", 9, "B"),
    ("para", "Corvantis Secures $3.2 Billion GPU-Backed Facility to Fund Next Phase of Quebec and Texas Buildout", 12, "B"),
    ("para", 'COLUMBUS, Ohio, Nov. 6, 2025 -- Corvantis Compute, Inc. (Nasdaq: CRVN) ("Corvantis"), a provider of accelerated cloud infrastructure for AI developers, today announced that its subsidiary CRV Compute Funding I, LLC has closed a delayed-draw term loan facility of up to $3.2 billion led by Brackenridge Credit Partners.', 9.5, ""),
    ("para", "CRV Compute Funding I will use the proceeds principally to purchase Aster-class accelerator systems from Heliomark Semiconductor Corporation under a supply agreement signed concurrently, with initial deliveries expected in the first quarter of 2026. The systems will be installed at Corvantis facilities in Beauharnois, Quebec and Pecos, Texas.", 9.5, ""),
    ("para", "The facility is further supported by a pledge of cash flows from Corvantis's multi-year capacity agreement with Quillfeather Labs, Inc., under which Corvantis provides reserved GPU capacity through 2030.", 9.5, ""),
    ("para", '"Financing GPUs as the productive, cash-generating assets they are lets us grow without diluting our shareholders," said Elias Varga-Lindqvist, Chief Executive Officer of Corvantis. "We now have line of sight to more than 250,000 accelerators under contract."', 9.5, ""),
    ("para", '"Contracted revenue from creditworthy AI customers is exactly what this asset class needs," said Harriet Okafor, Managing Partner of Brackenridge Credit Partners.', 9.5, ""),
    ("para", "The transaction was arranged on a club basis, and closing occurred simultaneously with signing.", 9.5, ""),
    ("para", "About Corvantis", 10, "B"),
    ("para", "Corvantis Compute operates GPU cloud infrastructure for AI model developers and enterprises from data centers in Ohio, Quebec and Texas. Its platform offers reserved clusters, on-demand capacity and managed inference.", 9.5, ""),
    ("para", "Forward-Looking Statements", 10, "B"),
    ("para", 'This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding the expected use of proceeds, the timing of deliveries and the deployment of capacity. Words such as "expect," "will," "plan" and similar expressions identify such statements. Actual results may differ materially because of risks including supply constraints, power availability, customer concentration and our substantial indebtedness, as described under "Risk Factors" in our most recent periodic reports. Corvantis undertakes no obligation to update these statements.', 9, ""),
    ("space", 4),
    ("para", "SIGNATURE", 10, "B"),
    ("para", "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.", 9.5, ""),
    ("para", "CORVANTIS COMPUTE, INC. By: /s/ Noor Abernathy | Name: Noor Abernathy | Title: Chief Financial Officer | Date: November 6, 2025", 9.5, ""),
]


def render(doc, blocks):
    for b in blocks:
        kind = b[0]
        if kind == "space":
            doc.ln(b[1])
        elif kind == "center":
            doc.center(b[1], b[2], b[3])
        elif kind == "para":
            doc.para(b[1], b[2], b[3])
        elif kind == "table":
            doc.table(b[1], b[2], b[3], header=b[4] if len(b) > 4 else False)


def build_8k():
    doc = Doc("helvetica", 9.5)
    doc.add_page()
    render(doc, K8_PAGE1)
    doc.add_page()
    render(doc, K8_PAGE2)
    out = os.path.join(HERE, "04_corvantis_8k_credit_agreement.pdf")
    doc.output(out)
    return out


# ================================================================ HKEX (Traditional Chinese)
HK_PAGE1 = [
    ("para", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，亦不就其準確性或完整性發表任何聲明。", 8, ""),
    ("space", 2),
    ("center", "YUNCHUAN DATA HOLDINGS LIMITED", 12, ""),
    ("center", "雲川數據控股有限公司", 14, ""),
    ("center", "（於開曼群島註冊成立之有限公司）", 9, ""),
    ("center", "（股份代號：2871）", 9, ""),
    ("space", 2),
    ("center", "須予披露交易", 12, ""),
    ("center", "(1) 採購光模組及液冷設備；(2) 訂立算力服務框架協議；及 (3) 根據一般授權認購新股份", 10, ""),
    ("space", 3),
    ("para", "緒言", 11, ""),
    ("para", "董事會欣然宣佈，於2025年11月18日（交易時段後），本公司訂立下列協議。該等協議包括框架協議、光模組採購協議、液冷設備採購合同及認購協議。", 10, ""),
    ("para", "一、算力服務框架協議", 11, ""),
    ("para", "日期：2025年11月18日。訂約方：(i) 本公司；及 (ii) 深矩智能。", 10, ""),
    ("para", "本公司與深矩智能訂立框架協議，據此，本集團同意向深矩智能提供智算算力租賃及相關運維服務，為期三年。", 10, ""),
    ("para", "根據框架協議，本集團將透過位於將軍澳及柔佛之智算中心提供 GPU 算力租賃、存儲及網絡服務，服務費按每 GPU 小時計算並每月結算。", 10, ""),
    ("para", "年度上限：截至2028年12月31日止三個年度，框架協議項下之年度上限如下：", 10, ""),
    ("table", [["截至12月31日止年度", "年度上限"], ["2026年", "人民幣9.6億元"], ["2027年", "人民幣13.2億元"], ["2028年", "人民幣15.8億元"]], [60, 60], 10),
    ("para", "本公司之服務費乃經公平磋商後釐定，並參考宏嶼數據於大灣區提供同類算力服務之現行市價。", 10, ""),
    ("para", "二、採購協議", 11, ""),
    ("para", "(1) 光模組採購協議：本公司與光穹科技訂立光模組採購協議，以總代價人民幣4.35億元採購 800G 及 1.6T 光模組。", 10, ""),
    ("para", "代價將分三期以本集團內部資源及下文所述之銀行融資支付，首期款項為合約總額之30%。", 10, ""),
    ("para", "(2) 液冷設備採購合同：本公司與瀚崴精密訂立設備採購合同，以代價港幣1.86億元採購冷卻分配單元及液冷機櫃。", 10, ""),
    ("para", "有關設備將分批交付至將軍澳二期及柔佛一期智算中心。", 10, ""),
    ("para", "本公司並無向 Heliomark Semiconductor Corporation 直接採購任何加速器。", 10, ""),
    ("para", "本集團之 GPU 伺服器均透過獨立伺服器供應商於市場採購。", 10, ""),
    ("para", "訂立協議之理由及裨益", 11, ""),
    ("para", "董事認為，框架協議可為本集團帶來穩定及可預見之算力租賃收入，並提升將軍澳及柔佛智算中心之使用率。", 10, ""),
    ("para", "採購協議有助本集團鎖定關鍵光模組及液冷設備之供應，以配合柔佛二期於2026年下半年投產之時間表。", 10, ""),
    ("para", "董事（包括獨立非執行董事）認為，上述協議之條款屬公平合理，並符合本公司及股東之整體利益。", 10, ""),
]

HK_PAGE2 = [
    ("para", "三、認購協議", 11, ""),
    ("para", "於2025年11月18日，本公司與認購人訂立認購協議。", 10, ""),
    ("para", "認購人已有條件同意按每股港幣6.40元認購312,500,000股新股份，總代價為港幣20億元。", 10, ""),
    ("para", "認購股份佔本公司經擴大已發行股本約9.1%，將根據一般授權配發及發行。", 10, ""),
    ("para", "所得款項淨額約港幣19.9億元，擬用於柔佛二期智算中心之建設。", 10, ""),
    ("para", "四、銀行融資", 11, ""),
    ("para", "雲川深圳已於2025年11月10日與港灣銀行訂立三年期定期貸款融資協議，本金最高為港幣15億元。", 10, ""),
    ("para", "本公司已就該融資向港灣銀行提供公司擔保。", 10, ""),
    ("para", "五、有關訂約方之資料", 11, ""),
    ("para", "深矩智能為一家於北京成立之人工智能公司，主要從事通用大語言模型之研發。", 10, ""),
    ("para", "據董事所深知，深矩智能之股東包括光穹智算基金及燕棲創投。", 10, ""),
    ("para", "認購人為一家主權財富基金，長期投資於數碼基礎設施及人工智能領域。", 10, ""),
    ("para", "本集團於大灣區之主要競爭對手包括宏嶼數據及若干電訊營運商。", 10, ""),
    ("para", "六、上市規則之涵義", 11, ""),
    ("para", "由於採購協議之一項或多項適用百分比率超過5%但均低於25%，該等交易構成本公司之須予披露交易。", 10, ""),
    ("para", "釋義", 11, ""),
    ("table", [
        ["「董事會」", "指", "本公司董事會"],
        ["「本公司」", "指", "雲川數據控股有限公司（Yunchuan Data Holdings Limited），其股份於聯交所主板上市"],
        ["「雲川深圳」", "指", "雲川數據（深圳）有限公司，本公司之間接全資附屬公司"],
        ["「框架協議」", "指", "本公司與深矩智能於2025年11月18日訂立之算力服務框架協議"],
        ["「港灣銀行」", "指", "Harbourline Bank (Hong Kong) Limited，一家持牌銀行"],
        ["「光穹科技」", "指", "深圳光穹科技股份有限公司（深圳證券交易所創業板，證券代碼：301627）"],
        ["「光穹智算基金」", "指", "深圳光穹智算產業投資基金合夥企業（有限合夥）"],
        ["「宏嶼數據」", "指", "宏嶼數據科技有限公司，本集團之競爭對手"],
        ["「瀚崴精密」", "指", "瀚崴精密股份有限公司（台灣證券交易所代號：6829）"],
        ["「深矩智能」", "指", "北京深矩智能科技有限公司"],
        ["「燕棲創投」", "指", "北京燕棲創業投資有限公司"],
        ["「認購人」", "指", "Tessaly Investment Authority"],
        ["「聯交所」", "指", "香港聯合交易所有限公司"],
        ["「港幣」及「人民幣」", "指", "分別為香港及中國之法定貨幣"],
    ], [38, 8, 132], 9),
    ("para", "承董事會命 雲川數據控股有限公司 主席 林兆謙", 10, ""),
    ("para", "香港，2025年11月18日", 10, ""),
    ("para", "於本公告日期，董事會包括執行董事林兆謙先生及區詠芝女士，以及獨立非執行董事馮嘉樂先生、司徒曉彤女士及 Martin Osei 先生。", 8.5, ""),
]


def build_hkex():
    text = ""
    for b in HK_PAGE1 + HK_PAGE2:
        if b[0] in ("para", "center"):
            text += b[1]
        elif b[0] == "table":
            text += "".join("".join(r) for r in b[1])
    ttf = os.path.join(HERE, "_noto_tc_subset.ttf")
    make_cjk_ttf(text, ttf)
    try:
        doc = Doc("nototc", 10)
        doc.add_font("nototc", "", ttf)
        doc.add_page()
        render(doc, HK_PAGE1)
        doc.add_page()
        render(doc, HK_PAGE2)
        out = os.path.join(HERE, "05_yunchuan_hkex_announcement.pdf")
        doc.output(out)
    finally:
        os.remove(ttf)
    return out


if __name__ == "__main__":
    for path in (build_8k(), build_hkex()):
        pages = PdfReader(path).pages
        print(os.path.basename(path), "pages:", len(pages))
