"""Build the PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py
English text uses Helvetica (lines broken at spaces by multi_cell); Chinese text uses
Noto Sans CJK TC extracted from the .ttc into a temporary directory (subset to the
characters used and converted from CFF to TrueType outlines, because fpdf2 writes wrong
widths and ToUnicode entries for subsetted CFF fonts), and lines are broken
only after the full stop 。 (a line that is still too wide is set in a smaller size).
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
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------- 02 S-1 (English)
S1 = [
    ("small", "As filed with the Securities and Exchange Commission on September 15, 2025. Registration No. 333-291447"),
    ("title", "FORM S-1 REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933"),
    ("h", "QUILLION BIO, INC."),
    ("p", "(Exact name of registrant as specified in its charter) Delaware - 2834 - 87-3301956. 3950 Torrey Bluff Drive, San Diego, California 92121. Proposed Nasdaq Global Market symbol: QLLN."),
    ("p", "The information in this preliminary prospectus is not complete and may be changed. We may not sell these securities until the registration statement filed with the Securities and Exchange Commission is effective. This preliminary prospectus is not an offer to sell these securities and it is not soliciting an offer to buy these securities in any jurisdiction where the offer or sale is not permitted."),
    ("h2", "PROSPECTUS SUMMARY"),
    ("p", "Quillion Bio, Inc. is a clinical-stage biotechnology company using generative models and physics-based simulation to design small-molecule medicines for immunology and fibrosis. Our platform, which we call Lattice, couples a chemistry foundation model trained on more than 2.1 billion molecular conformations with an automated design-make-test loop. Since 2022, Lattice has nominated five development candidates, one of which, QLN-118, entered a Phase 1 trial in healthy volunteers in May 2025."),
    ("p", "We have entered into two strategic collaborations with global pharmaceutical companies, which together have provided $80.0 million in upfront payments and $25.0 million in equity financing through June 30, 2025."),
    ("p", "Bramwell Securities LLC and Thorne & Pike & Co. are acting as joint book-running managers for this offering. We intend to use the net proceeds to advance QLN-118 through Phase 2, to expand Lattice and for working capital and general corporate purposes."),
    ("h2", "BUSINESS - STRATEGIC COLLABORATIONS"),
    ("h3", "Halvorsen Therapeutics, Inc."),
    ("p", "In February 2025, we entered into a research collaboration and license agreement with Halvorsen Therapeutics, Inc., or Halvorsen. Under our collaboration with Halvorsen, we are responsible for AI-driven hit identification and lead optimisation for up to four immunology targets, and Halvorsen is responsible for IND-enabling studies, clinical development and commercialisation. Halvorsen paid us an upfront payment of $60.0 million in March 2025 and concurrently purchased shares of our Series C preferred stock for $25.0 million. We are eligible to receive up to $1.14 billion in milestone payments and tiered royalties on net sales."),
    ("h3", "Brevant Pharma AG"),
    ("p", "In October 2024, we entered into a target discovery and option agreement with Brevant Pharma AG, or Brevant, under which Brevant paid us $20.0 million upfront and may exercise options to license up to three fibrosis programs. If Brevant exercises an option, we would receive an option exercise fee and would be eligible for development and commercial milestones and royalties. The research term runs for three years and may be extended by Brevant for one additional year."),
    ("h3", "Compute infrastructure"),
    ("p", "We train our models primarily on GPU capacity purchased from Corvane Cloud Holdings, Inc., or Corvane, under a reserved-instance agreement with committed spend of $22.5 million through December 2027. In the fourth quarter of 2024, we purchased an on-premises LX-9 supercomputing system from Lumetra Systems Corp., or Lumetra, for $31.0 million, which we installed at our facility in San Diego. We use the on-premises system for inference and for proprietary data that our collaboration partners do not permit us to process in a public cloud."),
    ("h3", "Chemistry and biology services in China"),
    ("p", "Our wholly owned subsidiary, Quillion Biotechnology (Shanghai) Co., Ltd., engages Kangyue Pharmaceutical R&D Co., Ltd. to synthesise and test compounds designed by our platform under a master services agreement. Fees paid under this agreement were $6.8 million in 2024 and $4.1 million in the six months ended June 30, 2025."),
    ("h2", "RISK FACTORS"),
    ("p", "Investing in our common stock involves a high degree of risk. You should carefully consider the risks described below, together with all of the other information in this prospectus, before deciding to invest."),
    ("h3", "We depend on a small number of compute suppliers."),
    ("p", "Substantially all of our model training takes place on capacity supplied by Corvane and on our Lumetra system. Corvane, in which Lumetra holds an equity interest of approximately 18%, could reallocate capacity to larger customers during periods of GPU scarcity, and we may be unable to obtain substitute capacity on acceptable terms. Any interruption could delay our programs and our obligations to our collaboration partners."),
    ("h3", "We face substantial competition."),
    ("p", "We compete with other companies applying machine learning to drug discovery, including Tessellate Labs, Inc. and Shenjing AI Pharma, as well as internal computational groups at large pharmaceutical companies. Many of our competitors have greater financial resources, larger data sets and more experience in clinical development than we do."),
    ("h3", "Our collaborations may not result in milestone payments."),
    ("p", "Our partners control the development of licensed programs and may deprioritise them for reasons unrelated to their merits. We have learned of press reports that Ostrander Pharmaceuticals, Inc. approached us about a collaboration; Quillion has not entered into any agreement or negotiations with Ostrander, and you should not rely on those reports."),
    ("h2", "MANAGEMENT'S DISCUSSION AND ANALYSIS - LIQUIDITY"),
    ("p", "As of June 30, 2025, we had cash, cash equivalents and marketable securities of $171.3 million. In January 2025, we entered into a loan and security agreement with Kestrel Growth Capital Fund IV, L.P. providing for term loans of up to $40.0 million, of which $20.0 million was drawn at closing. The term loans bear interest at a floating rate equal to the greater of the prime rate plus 2.25% and 9.75%, are interest-only through February 2027 and mature in January 2029. The loan agreement contains customary affirmative and negative covenants, including a minimum cash covenant that applies if our market capitalisation falls below a specified level after this offering."),
    ("p", "We believe that the net proceeds from this offering, together with our existing cash and available borrowings, will fund our operating plan into the second half of 2028."),
    ("pagebreak", ""),
    ("h2", "PRINCIPAL STOCKHOLDERS"),
    ("p", "The following table sets forth information regarding beneficial ownership of our capital stock as of August 31, 2025 by each person or entity known to us to beneficially own more than 5% of our outstanding capital stock. Percentage ownership before the offering is based on 26,219,870 shares outstanding on an as-converted basis."),
    ("table", [
        ["Name of beneficial owner", "Shares", "% before", "% after"],
        ["Ridgeline Bio Partners III, L.P.", "5,904,112", "22.5%", "19.9%"],
        ["Anselm Health Fund II", "3,310,540", "12.6%", "11.2%"],
        ["Halvorsen Therapeutics, Inc.", "2,150,000", "8.2%", "7.3%"],
        ["All directors and officers (9 persons)", "2,047,335", "7.6%", "6.8%"],
    ]),
    ("h2", "UNDERWRITING"),
    ("p", "Bramwell Securities LLC and Thorne & Pike & Co. are acting as representatives of the underwriters. Thorne & Pike & Co. and its affiliates have from time to time provided, and may in the future provide, investment banking services to Halvorsen, for which they received customary fees. We have agreed to indemnify the underwriters against certain liabilities, including liabilities under the Securities Act."),
    ("p", "Whitcombe & Lyle LLP, independent registered public accounting firm, audited our financial statements as of and for the years ended December 31, 2023 and 2024 included in this prospectus."),
    ("small", "Subject to completion. Preliminary prospectus dated September 15, 2025."),
]

# ---------------------------------------------------------------- 08 term sheet (English)
TS = [
    ("small", "CONFIDENTIAL - FOR DISCUSSION PURPOSES ONLY - NOT AN OFFER OR COMMITMENT TO LEND"),
    ("title", "KESTREL GROWTH CAPITAL"),
    ("h", "Summary of Principal Terms - Senior Secured Growth Term Loan Facility"),
    ("p", "Dated July 22, 2025. This summary of principal terms (the \"Term Sheet\") is delivered to Opticora Health AI, Inc. and sets out the principal terms on which Kestrel Growth Capital is prepared to seek credit committee approval for the facility described below. Except for the sections headed Confidentiality, Expenses and Exclusivity, this Term Sheet is not legally binding."),
    ("kv", "Borrower", "Opticora Health AI, Inc., a Delaware corporation (the \"Borrower\"), which develops AI software that triages CT, MRI and X-ray studies for radiology departments."),
    ("kv", "Guarantors", "Opticora Health UK Limited, a wholly owned subsidiary of the Borrower, and each future material subsidiary."),
    ("kv", "Lender", "Kestrel Growth Capital Fund IV, L.P., acting through Kestrel Growth Capital, LLC as agent (together, the \"Lender\")."),
    ("kv", "Facility", "Kestrel Growth Capital Fund IV, L.P. will provide the Borrower with senior secured term loans in an aggregate principal amount of up to $25,000,000. Tranche A of $12,000,000 is available at closing; Tranche B of $8,000,000 is available upon the Borrower achieving trailing three-month annualised recurring revenue of at least $30,000,000; Tranche C of $5,000,000 is available at the Lender's discretion."),
    ("kv", "Use of proceeds", "Working capital, expansion of the Borrower's hospital deployment team and refinancing of the existing equipment lease."),
    ("kv", "Interest rate", "Floating at the greater of (a) the prime rate plus 3.00% and (b) 10.50% per annum, payable monthly."),
    ("kv", "Interest-only period", "24 months from closing, extendable by 6 months upon the Borrower raising at least $40,000,000 of new equity."),
    ("kv", "Maturity", "48 months from closing; straight-line amortisation after the interest-only period."),
    ("kv", "Fees", "Facility fee of 1.00% of the committed amount, payable at closing; final payment of 4.50% of amounts drawn; prepayment fee of 3%, 2% and 1% in years one, two and three."),
    ("kv", "Warrants", "Warrants to purchase preferred stock equal to 2.0% of the committed amount divided by the price per share of the most recent preferred round, with a ten-year term."),
    ("pagebreak", ""),
    ("kv", "Business diligence", "The Borrower licenses its imaging triage software to hospital groups including Meridale Health System, under a five-year enterprise agreement, and Pinecrest Hospital Group, under a three-year subscription signed in March 2025. The Lender will review each agreement, including termination-for-convenience and change-of-control provisions, as a condition to closing."),
    ("kv", "Existing investors", "Meridale Health Ventures, the investment arm of Meridale Health System, holds approximately 6% of the Borrower's fully diluted capital. The Lender will require customary subordination of any shareholder loans."),
    ("kv", "Material contracts", "The Borrower's production inference workloads are hosted on GPU infrastructure supplied by Corvane Cloud Holdings, Inc., and the Borrower shall maintain that agreement or a replacement reasonably acceptable to the Lender."),
    ("kv", "Collateral", "First-priority lien on all assets of the Borrower and the Guarantors, including intellectual property, with a negative pledge on intellectual property in lieu of a direct lien if required by any hospital customer agreement."),
    ("kv", "Financial covenants", "Minimum cash of $5,000,000 at all times; minimum trailing six-month revenue tested quarterly at 75% of the Borrower's board-approved plan."),
    ("kv", "Equity participation", "The Lender shall have the right, but not the obligation, to invest up to $2,000,000 in the Borrower's next equity financing on the same terms as other investors."),
    ("kv", "Benchmarking", "The Lender's credit memorandum benchmarks the Borrower's net revenue retention against Mingtong Medical AI and other imaging AI vendors; no relationship exists between the Borrower and those companies."),
    ("kv", "Counsel", "Ashby Rourke LLP will act as counsel to Kestrel, and Fenwright Hale LLP will act as counsel to Opticora. The Borrower will reimburse the Lender's reasonable legal and diligence expenses, capped at $85,000."),
    ("kv", "Exclusivity", "45 days from countersignature, during which the Borrower will not solicit or negotiate any other debt financing."),
    ("kv", "Governing law", "State of California."),
    ("sig", "KESTREL GROWTH CAPITAL, LLC - By: /s/ Adaeze Morland, Managing Director"),
    ("sig", "Acknowledged: OPTICORA HEALTH AI, INC. - By: /s/ Tobias Wrenfield, Chief Executive Officer"),
]

# ---------------------------------------------------------------- 06 HKEX (Traditional Chinese)
HK = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。"),
    ("small", "對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "港灣生物科技控股有限公司"),
    ("title", "Harbourgate Biotech Holdings Limited"),
    ("small", "（於開曼群島註冊成立的有限公司）（股份代號：2789）"),
    ("h", "須予披露交易：有關HGB-101之獨家許可協議"),
    ("h2", "緒言"),
    ("zh", "董事會欣然宣佈，於2025年5月19日（交易時段後），本公司與Halvorsen Therapeutics, Inc.訂立許可協議。"
           "據此，本公司向Halvorsen授出在許可地區開發、生產及商業化HGB-101之獨家許可。"
           "許可地區指全球範圍，惟不包括中國內地、香港、澳門及台灣。"),
    ("h2", "許可協議之主要條款"),
    ("zh", "根據許可協議，Halvorsen將向本公司支付不可退還的首付款4,500萬美元。"
           "本公司亦有權收取最多2,750萬美元的近期開發里程碑付款。"
           "此外，本公司有權收取最多10.2億美元的開發、註冊及銷售里程碑付款，以及按產品年度淨銷售額計算之分級特許權使用費。"),
    ("zh", "Halvorsen將負責HGB-101於許可地區之全球開發及商業化，雙方將成立聯合開發委員會。"
           "本公司保留HGB-101於中國內地、香港、澳門及台灣之全部權利。"),
    ("h2", "有關HGB-101之資料"),
    ("zh", "HGB-101為一款靶向PD-L1及4-1BB之雙特異性抗體，目前正於中國進行Ib期臨床試驗。"
           "港灣生物科技（蘇州）有限公司為本公司之全資附屬公司，負責HGB-101的中國臨床開發。"),
    ("zh", "HGB-101的親和力優化由深境智藥科技有限公司利用其AI平台完成。"
           "根據本公司與深境智藥於2023年訂立之合作協議，本公司須就本次對外許可向深境智藥支付分成款項約270萬美元。"
           "本公司與深境智藥之AI抗體發現合作將繼續進行，雙方正就第二個靶點開展研究。"),
    ("pagebreak", ""),
    ("h2", "訂立許可協議之理由及裨益"),
    ("zh", "董事認為，許可協議可使本公司在保留大中華區權益的同時，借助Halvorsen的全球臨床開發能力加快HGB-101的海外開發。"
           "首付款將用於本公司管線之臨床開發及一般營運資金。"
           "董事（包括獨立非執行董事）認為，許可協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("zh", "本公司過往曾與Brevant Pharma AG就HGB-101進行初步磋商，但雙方並未訂立任何協議。"
           "Halvorsen與Ostrander之間的專利訴訟不涉及HGB-101，亦不影響許可協議之履行。"),
    ("h2", "有關訂約方之資料"),
    ("zh", "本公司為一家以創新抗體藥物為核心的生物科技公司，其股份於聯交所主板上市。"
           "於本公告日期，康岳醫藥研發股份有限公司持有本公司已發行股份約9.80%，為本公司之主要股東。"),
    ("zh", "Halvorsen為一家於美國特拉華州註冊成立的製藥公司，其股份於納斯達克全球精選市場上市（股份代號：HLVT）。"
           "據董事作出一切合理查詢後所知、所悉及所信，Halvorsen及其最終實益擁有人均為獨立第三方。"),
    ("h2", "上市規則之涵義"),
    ("zh", "由於有關許可協議之一項或多項適用百分比率超過5%但均低於25%，故許可協議構成本公司之須予披露交易。"
           "因此須遵守上市規則第十四章之申報及公告規定，惟獲豁免遵守股東批准規定。"),
    ("zh", "嘉禾融資有限公司擔任本公司就本次交易之財務顧問。"
           "由於里程碑付款須視乎若干條件能否達成，許可協議項下之交易未必會完成，股東及潛在投資者於買賣股份時務請審慎行事。"),
    ("h2", "釋義"),
    ("zh", "「董事會」指本公司董事會。"
           "「本公司」指港灣生物科技控股有限公司。"
           "「聯交所」指香港聯合交易所有限公司。"
           "「許可協議」指本公司與Halvorsen於2025年5月19日訂立之獨家許可協議。"),
    ("sig", "承董事會命"),
    ("sig", "港灣生物科技控股有限公司"),
    ("sig", "主席兼執行董事 陳澤霖"),
    ("sig", "香港，2025年5月19日"),
    ("small", "於本公告日期，董事會包括執行董事陳澤霖博士及許嘉欣女士；非執行董事周文昊先生；以及獨立非執行董事梁思遠教授、何穎芝女士及馬啟明先生。"),
]


def cjk_ttf(index, text, out):
    """Extract face `index` of the Noto CJK collection, subset it to `text` and save it
    with quadratic (glyf) outlines as a .ttf file at `out`."""
    font = TTCollection(TTC).fonts[index]
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "".join(chr(c) for c in range(32, 127)))
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


def block_text(blocks):
    return "".join(str(x) for b in blocks for x in b[1:])


class Doc(FPDF):
    def __init__(self, cjk=None):
        super().__init__(format="A4")
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)
        self.cjk = cjk
        if cjk:
            self.add_font("cjk", "", cjk)

    def font(self, size, bold=False):
        if self.cjk:
            self.set_font("cjk", "", size)
        else:
            self.set_font("Helvetica", "B" if bold else "", size)

    def footer(self):
        self.set_y(-12)
        self.font(8)
        self.cell(0, 5, str(self.page_no()), align="C")

    def zh_lines(self, text, size):
        """Split text after 。 only; pack whole sentences greedily into lines."""
        sents, cur = [], ""
        for ch in text:
            cur += ch
            if ch == "。":
                sents.append(cur)
                cur = ""
        if cur:
            sents.append(cur)
        width = self.w - self.l_margin - self.r_margin
        self.font(size)
        lines, line = [], ""
        for s in sents:
            if line and self.get_string_width(line + s) > width:
                lines.append(line)
                line = s
            else:
                line += s
        if line:
            lines.append(line)
        for ln in lines:
            sz = size
            self.font(sz)
            while self.get_string_width(ln) > width and sz > 5:
                sz -= 0.25
                self.font(sz)
            self.cell(0, 6.2, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def render(self, blocks):
        self.add_page()
        for kind, *rest in blocks:
            text = rest[0] if rest else ""
            width = self.w - self.l_margin - self.r_margin
            if kind == "pagebreak":
                self.add_page()
            elif kind == "title":
                self.font(15, True)
                self.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                self.font(13, True)
                self.multi_cell(0, 7, text, align="C" if self.cjk else "L", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)
            elif kind == "h2":
                self.ln(1)
                self.font(11.5, True)
                self.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "h3":
                self.font(10.5, True)
                self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                if self.cjk:
                    self.zh_lines(text, 8)
                else:
                    self.font(8)
                    self.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
                    self.ln(1)
            elif kind == "p":
                self.font(10)
                self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)
            elif kind == "zh":
                self.zh_lines(text, 10)
            elif kind == "sig":
                if self.cjk:
                    self.font(10)
                    self.cell(0, 6, text, align="R", new_x="LMARGIN", new_y="NEXT")
                else:
                    self.font(9.5)
                    self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "kv":
                key, val = rest
                self.font(9.5, True)
                y = self.get_y()
                if y > self.h - 40:
                    self.add_page()
                    y = self.get_y()
                self.multi_cell(42, 5, key, new_x="RIGHT", new_y="TOP")
                self.set_xy(self.l_margin + 44, y)
                self.font(9.5)
                self.multi_cell(width - 44, 5, val, new_x="LMARGIN", new_y="NEXT")
                self.ln(2.5)
            elif kind == "table":
                rows = text
                widths = [78, 32, 30, 30]
                for i, row in enumerate(rows):
                    self.font(9, i == 0)
                    for w, c in zip(widths, row):
                        self.cell(w, 6, c, border="B", align="L" if w == widths[0] else "R")
                    self.ln(6)
                self.ln(3)


def main():
    tmp = tempfile.mkdtemp()
    try:
        tc = os.path.join(tmp, "NotoSansCJKtc-Regular.ttf")
        cjk_ttf(3, block_text(HK), tc)

        d = Doc()
        d.render(S1)
        d.output(os.path.join(HERE, "02_Quillion_S-1.pdf"))

        d = Doc(cjk=tc)
        d.render(HK)
        d.output(os.path.join(HERE, "06_Harbourgate_HKEX_announcement.pdf"))

        d = Doc()
        d.render(TS)
        d.output(os.path.join(HERE, "08_Kestrel_term_sheet.pdf"))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
