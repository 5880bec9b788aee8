"""Build the illustrative 10-K style PDF excerpt for the fresh2 held-out set.

Usage (from any directory):
    /work/main/.venv/bin/python /work/main/bench/fresh2/build_pdfs.py

Writes meridian_10k_excerpt.pdf next to this script. Output is deterministic
(fixed creation date, embedded DejaVu fonts).
"""
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
OUT = HERE / "meridian_10k_excerpt.pdf"

PAGES = [
    # ---- page 1: cover / business overview ----
    [
        ("small", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION — FORM 10-K (EXCERPT)"),
        ("small", "Annual report for the fiscal year ended September 27, 2025"),
        ("title", "Meridian Fabric Systems Corp."),
        ("h", "PART I"),
        ("h", "Item 1. Business"),
        ("h2", "Overview"),
        ("p", "Meridian Fabric Systems Corp. (“Meridian” or the “Company”) designs, "
              "integrates and supports rack-scale computing systems for artificial "
              "intelligence training and inference. Our products combine third-party "
              "accelerators, our proprietary Lattice switching fabric and direct-to-chip "
              "liquid cooling into pre-validated racks that can be deployed in a data "
              "center within days of delivery. Unless the context otherwise requires, "
              "references to “we,” “us” and “our” refer to the Company and its "
              "consolidated subsidiaries."),
        ("p", "Net revenue for fiscal 2025 was $3.46 billion, compared with $1.91 billion "
              "in fiscal 2024. Approximately 88% of net revenue was derived from the sale "
              "of complete rack systems, with the balance from spare parts, software "
              "subscriptions and support services."),
        ("h2", "Strategy and Collaborations"),
        ("p", "Our strategy is to remain accelerator-agnostic while owning the parts of "
              "the system where integration creates the most value: the network fabric, "
              "the cooling loop and the management software."),
        ("p", "In February 2025, we entered into a multi-year engineering collaboration "
              "with Crusoe under which the two companies jointly design liquid-cooled "
              "rack and power-distribution configurations for Crusoe’s modular data "
              "center builds. Neither party has any exclusivity obligation under the "
              "arrangement."),
        ("p", "We had 2,140 full-time employees as of September 27, 2025, of whom "
              "approximately 61% were engaged in research and development."),
    ],
    # ---- page 2: customers, suppliers, competition ----
    [
        ("h", "Item 1. Business (continued)"),
        ("h2", "Customers and Suppliers"),
        ("p", "Our customer base is concentrated. Kestrel Data Centers, which deploys our "
              "racks in the colocation halls it leases to AI tenants, accounted for 21% "
              "of our net revenue in fiscal 2025. Dell Technologies, which purchases "
              "Meridian systems for resale to its enterprise customers under a "
              "distribution agreement, accounted for 12% of net revenue. No other "
              "customer accounted for more than 10% of net revenue."),
        ("p", "We depend on a small number of suppliers for critical components. We "
              "purchase substantially all of the accelerators used in our current "
              "product line from Tidewater Silicon Ltd., and purchases from Tidewater "
              "represented approximately 54% of our cost of revenue in fiscal 2025. "
              "Final assembly and rack-level testing of our systems is performed under "
              "contract by Foxconn at its facilities in Guadalajara, Mexico, and "
              "Kaohsiung, Taiwan."),
        ("p", "A disruption at any of these suppliers, including as a result of "
              "capacity constraints at their own foundry or memory vendors, could "
              "materially delay our shipments."),
        ("h2", "Competition"),
        ("p", "The market for AI rack systems is intensely competitive. We compete with "
              "server manufacturers such as Supermicro and Hewlett Packard Enterprise, "
              "with original design manufacturers, and with accelerator vendors that "
              "offer their own reference rack designs. Some of our competitors are also "
              "our customers or suppliers."),
        ("h2", "Seasonality"),
        ("p", "Our revenue is not materially seasonal, but it can fluctuate "
              "significantly from quarter to quarter depending on the timing of large "
              "customer deployments."),
    ],
    # ---- page 3: liquidity, financing, investments, acquisitions ----
    [
        ("h", "PART II"),
        ("h", "Item 7. Management’s Discussion and Analysis — Liquidity and Capital Resources"),
        ("p", "As of September 27, 2025, we had cash, cash equivalents and marketable "
              "securities of $1.12 billion. Cash provided by operating activities was "
              "$402 million in fiscal 2025."),
        ("h2", "Credit Facility"),
        ("p", "On June 12, 2025, the Company entered into a five-year senior unsecured "
              "revolving credit agreement providing for borrowings of up to $750 million "
              "with a syndicate of banks for which JPMorgan Chase Bank, N.A. acts as "
              "administrative agent and lead arranger. As of September 27, 2025, $150 "
              "million was outstanding under the facility, bearing interest at SOFR plus "
              "1.375%. The agreement contains customary covenants, including a maximum "
              "net leverage ratio of 3.0 to 1.0, with which we were in compliance."),
        ("h2", "Strategic Investments"),
        ("p", "In March 2025, we acquired a 9.8% equity interest in Halvorsen Compute "
              "Inc., a privately held GPU cloud provider, for cash consideration of $180 "
              "million. We account for the investment as an equity security without a "
              "readily determinable fair value and do not have significant influence "
              "over Halvorsen."),
        ("h2", "Acquisitions"),
        ("p", "On July 1, 2025, we completed the acquisition of Brightwater Optics Ltd., "
              "a developer of co-packaged optical engines based in Cambridge, United "
              "Kingdom, for total consideration of $95 million, consisting of $81 "
              "million in cash and $14 million of contingent consideration. The results "
              "of Brightwater have been included in our consolidated results since the "
              "acquisition date."),
        ("h2", "Material Cash Requirements"),
        ("p", "Our principal cash requirements over the next twelve months are "
              "inventory purchases, capital expenditures of approximately $140 million "
              "and repayments under the revolving credit facility at our discretion."),
    ],
    # ---- page 4: exhibit 21.1 ----
    [
        ("h", "Exhibit 21.1"),
        ("h2", "Subsidiaries of Meridian Fabric Systems Corp."),
        ("p", "The following is a list of the significant subsidiaries of the Company as "
              "of September 27, 2025. Each subsidiary is wholly owned, directly or "
              "indirectly, by the Company."),
        ("li", "Meridian Fabric Systems International B.V. (Netherlands)"),
        ("li", "Meridian Fabric Systems (Penang) Sdn. Bhd. (Malaysia)"),
        ("li", "Brightwater Optics Ltd. (United Kingdom)"),
        ("li", "Meridian Federal Solutions LLC (Delaware)"),
        ("p", "Other subsidiaries of the Company, considered in the aggregate as a "
              "single subsidiary, would not constitute a significant subsidiary as of "
              "the end of the year covered by this report."),
    ],
]


def build() -> Path:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(datetime(2025, 11, 20, 9, 0, 0, tzinfo=UTC))
    pdf.set_title("Meridian Fabric Systems Corp. - Form 10-K excerpt (illustrative)")
    pdf.set_author("fresh2 benchmark (illustrative, not a real filing)")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(22, 20, 22)

    for page_no, blocks in enumerate(PAGES, start=1):
        pdf.add_page()
        for kind, text in blocks:
            if kind == "small":
                pdf.set_font("DejaVu", "", 8)
                pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "title":
                pdf.ln(3)
                pdf.set_font("DejaVu", "B", 16)
                pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("DejaVu", "B", 11.5)
                pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.ln(1.5)
                pdf.set_font("DejaVu", "B", 10)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "li":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                raise ValueError(kind)
        if pdf.page_no() != page_no:
            raise RuntimeError(f"content for page {page_no} overflowed")
        # footer with page number, drawn at a fixed position
        pdf.set_auto_page_break(auto=False)
        pdf.set_y(-14)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, f"Meridian Fabric Systems Corp. | Fiscal 2025 Form 10-K | {page_no}",
                 align="C")
        pdf.set_auto_page_break(auto=True, margin=18)

    pdf.output(str(OUT))
    return OUT


if __name__ == "__main__":
    print(build())
