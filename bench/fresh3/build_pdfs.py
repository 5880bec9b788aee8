"""Build the PDF document of the fresh3 link-extraction set.

Run from the repository root:
    /work/main/.venv/bin/python bench/fresh3/build_pdfs.py

The output is reproducible (fixed creation date, no random IDs) and the
script fails if any page's content overflows, so page numbers in
links.jsonl stay valid.
"""

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CREATED = datetime(2025, 2, 21, 9, 0, 0, tzinfo=timezone.utc)

HEADER = ("Corvane Semiconductor Corp. | Annual Report on Form 10-K | "
          "Fiscal year ended December 28, 2024 (excerpt)")

# Each page is a list of (kind, text) blocks. Kinds: h1, h2, p, row.
# For "row", text is a (left, right) tuple printed as a two-column line.
PAGES = [
    [
        ("h1", "PART I"),
        ("h1", "Item 1. Business"),
        ("h2", "Overview"),
        ("p", "Corvane Semiconductor Corp. (\u201cCorvane,\u201d the \u201cCompany,\u201d "
              "\u201cwe,\u201d \u201cus\u201d or \u201cour\u201d) designs and sells data-center "
              "accelerators, interconnect silicon and software for training and serving large AI "
              "models. Our Tern product family, first shipped in 2022, is sold as accelerator cards, "
              "eight-way baseboards and complete rack-scale systems. We are a fabless company: we "
              "design our chips and rely on third parties to manufacture, package and test them."),
        ("p", "Net revenue for fiscal 2024 was $6.84 billion, compared with $2.91 billion in fiscal "
              "2023. Data-center products accounted for 96% of net revenue."),
        ("h2", "Manufacturing"),
        ("p", "We purchase all of our wafers from Brightwater Foundry Co., Ltd., which manufactures "
              "our Tern-2 and Tern-3 dies on its 4-nanometer and 3-nanometer processes. "
              "High-bandwidth memory (HBM) for our accelerators is supplied by Tessellate Memory "
              "Corp. under a long-term supply agreement that runs through 2027. Advanced packaging "
              "and substrate assembly for our products are performed by Sorrel Packaging "
              "Technologies at its facilities in Penang, Malaysia."),
        ("h2", "Acquisitions"),
        ("p", "In August 2024 we completed the acquisition of Pellucid Networks, Inc., a developer "
              "of optical interconnect controllers, for $410 million in cash. Pellucid\u2019s "
              "engineering team now forms the core of our networking group, and its first "
              "co-packaged optics controller is scheduled to ship with Tern-4."),
        ("h2", "Competition"),
        ("p", "The market for AI accelerators is intensely competitive and subject to rapid "
              "technological change. Our principal competitors include NVIDIA Corporation and "
              "Advanced Micro Devices, Inc., as well as custom accelerators designed in-house by "
              "large cloud service providers. We compete on performance per watt, total cost of "
              "ownership, software maturity and the availability of supply."),
    ],
    [
        ("h1", "Customers and Suppliers"),
        ("h2", "Customers"),
        ("p", "We sell our products to cloud service providers, AI research laboratories and, to "
              "a lesser extent, enterprises, either directly or through system integrators. Our "
              "customer base is concentrated."),
        ("p", "Nimbus Cloud Inc., our largest customer, accounted for 34% of net revenue in fiscal "
              "2024, compared with 19% in fiscal 2023. Larkspur Compute, Inc., which deploys our "
              "Tern-2 systems in its Oregon data centers, accounted for 12% of net revenue in fiscal "
              "2024, and no other customer accounted for more than 10%."),
        ("p", "The loss of, or a significant reduction in purchases by, either of these customers "
              "would materially harm our results of operations."),
        ("h2", "Suppliers"),
        ("p", "Because Brightwater is our sole source of wafers, any disruption at its fabrication "
              "facilities in Hsinchu or Arizona could materially limit our ability to ship products. "
              "We have no guaranteed capacity beyond the quantities covered by purchase orders "
              "already accepted."),
        ("p", "In fiscal 2024 we entered into a joint development agreement with Tessellate to "
              "co-design the HBM4 base die that will be used in Tern-4. We also purchase printed "
              "circuit boards and baseboard assemblies from Quarry Systems, which integrates the "
              "rack-scale versions of our products."),
        ("h2", "Purchase commitments"),
        ("p", "As of December 28, 2024, we had non-cancellable purchase obligations of $3.2 billion, "
              "primarily for wafers and HBM, of which $2.5 billion is expected to be paid in fiscal "
              "2025."),
    ],
    [
        ("h1", "Item 7. Management\u2019s Discussion and Analysis (excerpt)"),
        ("h2", "Liquidity and Capital Resources"),
        ("p", "As of December 28, 2024, we had cash, cash equivalents and marketable securities of "
              "$4.1 billion. We believe that these balances, together with cash generated from "
              "operations and available borrowing capacity, will be sufficient to meet our needs for "
              "at least the next twelve months."),
        ("h2", "Credit facilities"),
        ("p", "On March 15, 2024, we entered into a five-year $1.5 billion unsecured revolving "
              "credit facility with a syndicate of banks for which First Harbor Bank, N.A. serves as "
              "administrative agent. Bank of Tallis is a lender under the facility with a commitment "
              "of $250 million. Borrowings bear interest at Term SOFR plus a margin of 1.00% to "
              "1.50%, depending on our credit rating. No amounts were outstanding under the facility "
              "as of December 28, 2024."),
        ("h2", "Strategic investments"),
        ("p", "We make strategic investments in companies whose success we believe will expand "
              "demand for our products or strengthen our supply chain."),
        ("p", "In November 2024 we invested $500 million in the Series D preferred stock of Halcyon "
              "AI, Inc., a developer of large language models. Following that investment we hold "
              "approximately 1.9% of Halcyon\u2019s fully diluted capital stock, which we account "
              "for as a non-marketable equity security."),
        ("p", "In June 2024 we purchased $250 million of convertible preferred stock of Tessellate "
              "Memory Corp. to support the expansion of its HBM production capacity. The investment "
              "is carried at fair value, with changes recorded in other income (expense), net."),
    ],
    [
        ("h1", "Exhibit 21.1"),
        ("h2", "Subsidiaries of the Registrant"),
        ("p", "The following is a list of the subsidiaries of Corvane Semiconductor Corp. as of "
              "December 28, 2024. Each subsidiary is wholly owned, directly or indirectly, by the "
              "Company. Certain subsidiaries that would not, in the aggregate, constitute a "
              "significant subsidiary have been omitted."),
        ("row", ("Name of subsidiary", "Jurisdiction of organization")),
        ("row", ("Corvane Semiconductor International Ltd.", "Ireland")),
        ("row", ("Corvane Technologies Israel Ltd.", "Israel")),
        ("row", ("Corvane Japan K.K.", "Japan")),
        ("row", ("Corvane Semiconductor (Shanghai) Co., Ltd.", "People\u2019s Republic of China")),
        ("row", ("Corvane Holdings B.V.", "Netherlands")),
        ("row", ("Pellucid Networks, Inc.", "Delaware")),
    ],
]


class Report(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, HEADER, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 10, f"Page {self.page_no()}", align="C")


def build(out: Path) -> None:
    pdf = Report(format="letter", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title("Corvane Semiconductor Corp. Form 10-K excerpt (illustrative)")
    pdf.set_author("filings-analyst bench (fictional document)")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    limit = pdf.h - 22  # keep clear of the footer
    for number, blocks in enumerate(PAGES, start=1):
        pdf.add_page()
        for kind, text in blocks:
            if kind == "h1":
                pdf.set_font("DejaVu", "B", 12)
                pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "h2":
                pdf.ln(1.5)
                pdf.set_font("DejaVu", "B", 10)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.5)
            elif kind == "p":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "row":
                left, right = text
                pdf.set_font("DejaVu", "B" if left.startswith("Name of") else "", 9.5)
                pdf.cell(100, 6.5, left, border="B")
                pdf.cell(0, 6.5, right, border="B", new_x="LMARGIN", new_y="NEXT")
            else:
                raise ValueError(kind)
            if pdf.get_y() > limit:
                raise SystemExit(f"page {number} overflows (y={pdf.get_y():.1f} > {limit:.1f})")
        if pdf.page_no() != number:
            raise SystemExit(f"unexpected page break on page {number}")
    pdf.output(str(out))


if __name__ == "__main__":
    target = HERE / "corvane_10k_excerpt.pdf"
    build(target)
    print(f"wrote {target}")
