"""Build the PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Produces quillmere_funding_ii_loan_summary.pdf (3 pages). The text uses one
font, a subset of Noto Sans CJK (it covers Latin and the few Chinese
characters in the lender list), made with fontTools so that fpdf2 can embed it.
"""
import os
import tempfile

from fontTools import subset as ft_subset
from fontTools.ttLib import TTCollection
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
OUT = os.path.join(HERE, "quillmere_funding_ii_loan_summary.pdf")

# Each page is a list of (style, text). style: title, subtitle, h, p, small
PAGES = [
    [
        ("small", "CONFIDENTIAL - FOR PROSPECTIVE LENDERS ONLY - NOT FOR DISTRIBUTION"),
        ("title", "Quillmere Compute Funding II LLC"),
        ("subtitle", "US$2,100,000,000 Senior Secured Delayed-Draw Term Loan Facility"),
        ("subtitle", "Lender Information Memorandum - Summary of Principal Terms (September 2025)"),
        ("h", "1. Transaction Overview"),
        ("p", "Quillmere Compute Funding II LLC (the \"Borrower\") is a Delaware limited liability "
              "company formed in July 2025 to own and operate accelerated computing clusters that are "
              "dedicated to long-term customer contracts. The Borrower is an indirect wholly owned "
              "subsidiary of Quillmere Compute Corp. (NYSE: QMCR), an independent operator of GPU and "
              "accelerator cloud capacity in the United States."),
        ("h", "2. Summary of Terms"),
        ("p", "Facility: Senior secured delayed-draw term loan facility in an aggregate principal amount "
              "of US$2,100,000,000 (the \"Facility\")."),
        ("p", "Availability and maturity: Draws may be made monthly during the 18 months after closing. "
              "The Facility matures five years after closing and amortises in line with the contracted "
              "revenue of the financed clusters."),
        ("p", "Pricing: Term SOFR plus 5.25% per annum on drawn amounts; a commitment fee of 0.75% per "
              "annum applies to undrawn commitments."),
        ("p", "Lenders and commitments: Orrindale Credit Partners LP, as lead lender, has committed "
              "US$1,200,000,000 of the Facility. Kestrelmoor Bank, N.A. will act as administrative agent "
              "and will also participate as a lender with a commitment of US$500,000,000. Guanyang "
              "Commercial Bank, Ltd. (冠洋商業銀行) has committed the remaining US$400,000,000."),
        ("p", "Collateral agent: Harrowfield Trust Company will act as collateral agent, holding the "
              "security interest over the Borrower's GPU fleet on behalf of the lenders; it has no lending "
              "commitment under the Facility."),
        ("p", "Parent support: Quillmere Compute Corp. will provide a limited completion guarantee of the "
              "Borrower's obligations until each cluster reaches commercial operation, capped at "
              "US$150,000,000. Beyond that guarantee, the Facility is non-recourse to the parent."),
    ],
    [
        ("h", "3. Use of Proceeds"),
        ("p", "Proceeds of each draw will be used by the Borrower to purchase Corrin-3 NVL accelerator "
              "systems from Halvorsen Lithic, Inc. under a master purchase agreement dated August 29, 2025. "
              "Optical interconnect, power and facility fit-out for the financed clusters are paid for by the "
              "parent and are not financed under the Facility."),
        ("h", "4. Collateral"),
        ("p", "The Facility is secured by a first-priority security interest in all accelerators, servers "
              "and networking equipment owned by the Borrower, the Borrower's deposit accounts, and an "
              "assignment of the customer contracts allocated to the financed clusters. The loan-to-value "
              "ratio at each draw may not exceed 70%, measured against an independent appraisal of the "
              "accelerators."),
        ("h", "5. Contracted Revenue"),
        ("p", "As of August 31, 2025, contracted revenue allocated to the financed clusters totalled "
              "US$3.4 billion, with a weighted average remaining term of 3.2 years. Verrity Data, Inc. has "
              "contracted US$640 million of reserved capacity from Quillmere Compute Corp. over three years, "
              "the largest single contract supporting the financed clusters. The balance comes from two "
              "other customers, each rated investment grade, whose identities will be disclosed to lenders "
              "that sign the confidentiality undertaking."),
        ("p", "Cash sweep: if contracted revenue coverage falls below 1.35x in any quarter, 100% of excess "
              "cash flow will be applied to prepay the Facility."),
    ],
    [
        ("h", "6. Sponsor Overview"),
        ("p", "Quillmere completed its initial public offering in June 2025 and reported revenue of "
              "US$1.12 billion for the six months ended June 30, 2025. Halvorsen Lithic, Inc. owns "
              "approximately 7% of Quillmere's outstanding common stock following the conversion of its "
              "Series E preferred shares at the initial public offering."),
        ("h", "7. Relative Value"),
        ("p", "The Borrower's margin of SOFR + 525 bps compares with SOFR + 610 bps paid by Norrvik Cloud "
              "on its GPU-backed financing arranged in 2024. We attribute the difference to the higher "
              "share of investment-grade contracted revenue and the lower advance rate."),
        ("h", "8. Key Risks"),
        ("p", "Technology obsolescence: the re-marketing value of accelerators may decline faster than "
              "the amortisation schedule assumes if a new generation of products is introduced."),
        ("p", "Supplier concentration: the Borrower relies on a single accelerator vendor, and a delay in "
              "Halvorsen's next-generation product could reduce the appraised value of the collateral."),
        ("p", "Customer concentration: three customers account for all contracted revenue supporting "
              "the Facility."),
        ("small", "This summary is qualified in its entirety by the definitive credit agreement. It does not "
                  "constitute an offer to sell or a solicitation of an offer to buy any security."),
    ],
]


def otf_to_ttf(font):
    """Convert a CFF-flavoured OpenType font (in place) to TrueType outlines."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

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
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"


def make_font(tmpdir):
    text = "".join(t for page in PAGES for _, t in page)
    chars = set(text) | set(" 0123456789Page of")
    coll = TTCollection(CJK_TTC)
    # pick the Traditional Chinese face if present, else the first one
    font = coll.fonts[0]
    for f in coll.fonts:
        name = f["name"].getDebugName(1) or ""
        if "TC" in name:
            font = f
            break
    opts = ft_subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = ft_subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in chars])
    sub.subset(font)
    otf_to_ttf(font)
    path = os.path.join(tmpdir, "cjk_subset.ttf")
    font.save(path)
    return path


class MemoPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("noto", size=8)
        self.cell(0, 6, f"Page {self.page_no()} of {len(PAGES)}", align="C")


def build():
    with tempfile.TemporaryDirectory() as tmp:
        font_path = make_font(tmp)
        pdf = MemoPDF(format="letter")
        pdf.set_auto_page_break(auto=True, margin=18)
        pdf.set_margins(20, 18, 20)
        pdf.add_font("noto", "", font_path)
        sizes = {"title": 17, "subtitle": 11.5, "h": 12, "p": 10, "small": 8}
        for page in PAGES:
            pdf.add_page()
            for style, text in page:
                pdf.set_font("noto", size=sizes[style])
                if style == "h":
                    pdf.ln(3)
                pdf.multi_cell(0, sizes[style] * 0.55, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        assert pdf.page_no() == len(PAGES), pdf.page_no()
        pdf.output(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
