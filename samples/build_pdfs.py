#!/usr/bin/env python3
"""Build the demo-corpus PDFs that live next to this script.

Usage:  python samples/build_pdfs.py

Requires fpdf2 (``pip install fpdf2``) and the DejaVu TrueType fonts
(``fonts-dejavu-core`` on Debian/Ubuntu).  Output is deterministic: the
creation date and metadata are fixed, so rebuilding gives byte-identical
files.

Every document is written for the demo by this project.  The companies and
the broad facts are publicly reported; the wording, the tables and the exact
figures are illustrative and are NOT taken from any real filing.

Each page is laid out explicitly (one ``add_page`` per logical page) so that
the facts listed in samples/QUESTIONS.md stay on the page cited there.  The
script fails if a document spills onto an unexpected extra page.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"

DISCLAIMER = "Illustrative document written for the demo corpus. Not an official filing or release."


class DemoPDF(FPDF):
    """A4 portrait document with a running header and a page footer."""

    def __init__(self, running_header: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running_header = running_header
        self.add_font("DejaVu", "", str(FONT_REGULAR))
        self.add_font("DejaVu", "B", str(FONT_BOLD))
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(auto=True, margin=22)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, DISCLAIMER, align="L")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # -- small helpers -------------------------------------------------
    def title_block(self, text: str, size: int = 15):
        self.set_font("DejaVu", "B", size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def heading(self, text: str):
        self.ln(2)
        self.set_font("DejaVu", "B", 11)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, text: str, size: float = 9.5):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items: list[str], size: float = 9.5):
        self.set_font("DejaVu", "", size)
        for item in items:
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, size * 0.5, "\u2022  " + item, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
        self.ln(1)

    def caption(self, text: str):
        self.set_font("DejaVu", "B", 9.5)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def figures_table(self, rows: list[list[str]], col_widths: tuple[int, ...]):
        """Write a figures table with fpdf2's table() API.

        The first row is the heading; all columns after the first are right
        aligned numbers.
        """
        self.set_font("DejaVu", "", 8.5)
        align = ["LEFT"] + ["RIGHT"] * (len(rows[0]) - 1)
        with self.table(
            col_widths=col_widths,
            text_align=align,
            headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238)),
            line_height=5,
            borders_layout="SINGLE_TOP_LINE",
            first_row_as_headings=True,
        ) as table:
            for data_row in rows:
                row = table.row()
                for value in data_row:
                    row.cell(value)
        self.ln(2)

    def note(self, text: str):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.multi_cell(0, 3.8, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)


FIXED_DATE_CW = datetime(2025, 8, 12, 21, 5, 0, tzinfo=UTC)
FIXED_DATE_ORCL = datetime(2025, 9, 10, 20, 30, 0, tzinfo=UTC)


def new_doc(running_header: str, title: str, author: str, subject: str,
            keywords: str, created: datetime) -> DemoPDF:
    pdf = DemoPDF(running_header)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_subject(subject)
    pdf.set_keywords(keywords)
    pdf.set_creator("samples/build_pdfs.py (demo corpus)")
    pdf.set_creation_date(created)
    pdf.set_lang("en-US")
    pdf.alias_nb_pages()
    return pdf


def finish(pdf: DemoPDF, name: str, expected_pages: int) -> Path:
    if pdf.page_no() != expected_pages:
        sys.exit(f"{name}: expected {expected_pages} pages, layout produced {pdf.page_no()}; "
                 "shorten the text of the overflowing page")
    out = HERE / "docs" / name
    pdf.output(str(out))
    return out


# ---------------------------------------------------------------------------
# 1. CoreWeave second quarter 2025 earnings release (4 pages)
# ---------------------------------------------------------------------------

def build_coreweave() -> Path:
    pdf = new_doc(
        running_header="CoreWeave, Inc. | Second Quarter 2025 Earnings Release | August 12, 2025",
        title="CoreWeave, Inc. Reports Second Quarter 2025 Results",
        author="CoreWeave, Inc. (illustrative demo document)",
        subject="Earnings release for the quarter ended June 30, 2025 (Q2 2025)",
        keywords="CoreWeave, Q2 2025, earnings release, revenue backlog, adjusted EBITDA, capex, Nvidia",
        created=FIXED_DATE_CW,
    )

    # ---- Page 1: headline and highlights ----------------------------------
    pdf.add_page()
    pdf.title_block("CoreWeave, Inc. Reports Second Quarter 2025 Results")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Revenue of $1.21 billion, up 206% year over year\n"
                         "Revenue backlog reaches $30.1 billion\n"
                         "Company raises full-year 2025 revenue outlook",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.para(
        "LIVINGSTON, N.J. \u2014 August 12, 2025 \u2014 CoreWeave, Inc. (Nasdaq: CRWV), the AI "
        "hyperscaler\u2122 focused on GPU-accelerated cloud infrastructure, today announced its "
        "financial results for the second quarter of 2025, the three months ended June 30, 2025."
    )
    pdf.para(
        "\u201cDemand for AI compute continued to outrun supply in the quarter,\u201d said the "
        "company\u2019s Chief Executive Officer. \u201cWe brought new capacity online faster than "
        "at any point in our history, signed expansion agreements with our largest customers and "
        "ended June with a backlog that roughly doubles the one we reported a year ago. Our "
        "priority for the rest of 2025 is simple: build, energize and deliver.\u201d"
    )
    pdf.heading("Second quarter 2025 financial highlights")
    pdf.bullets([
        "Revenue was $1,210 million, compared with $395 million in the second quarter of 2024, "
        "an increase of 206%.",
        "Operating income was $20 million, compared with $70 million a year earlier, reflecting "
        "the cost of capacity placed into service ahead of customer revenue.",
        "Net loss was $290 million, compared with a net loss of $323 million in the second "
        "quarter of 2024. Interest expense, net, rose to $270 million as the company drew on "
        "its GPU-backed delayed-draw term loan facilities.",
        "Adjusted EBITDA was $750 million, a 62% adjusted EBITDA margin, compared with "
        "$245 million in the prior-year quarter.",
        "Revenue backlog, which represents contracted revenue not yet recognized, was "
        "$30.1 billion at June 30, 2025, up from $15.1 billion at June 30, 2024.",
    ])
    pdf.heading("Operational highlights")
    pdf.bullets([
        "Active power across the data-center footprint reached approximately 470 megawatts at "
        "quarter end, with total contracted power of approximately 2.2 gigawatts.",
        "The company was among the first cloud providers to make NVIDIA GB300 NVL72 systems "
        "generally available to customers.",
    ])
    pdf.para(
        "Reconciliations of non-GAAP measures to the most directly comparable GAAP measures are "
        "provided in this release. Detailed figures for the quarter appear in Table 1 and "
        "Table 2 on page 2; the outlook appears on page 3."
    )

    # ---- Page 2: the figures tables ----------------------------------------
    pdf.add_page()
    pdf.title_block("Financial statements and key metrics", size=13)
    pdf.para(
        "The following tables present condensed, unaudited results for the second quarter of "
        "2025 (three months ended June 30, 2025) and the second quarter of 2024. Figures are "
        "rounded to the nearest $5 million; totals are computed from the rounded figures."
    )
    pdf.caption("Table 1: Condensed consolidated statements of operations (in millions, unaudited)")
    pdf.figures_table([
        ["", "Q2 2025 (three months ended June 30, 2025)", "Q2 2024 (three months ended June 30, 2024)"],
        ["Revenue", "$1,210", "$395"],
        ["Cost of revenue", "310", "100"],
        ["Technology and infrastructure", "720", "190"],
        ["Sales and marketing", "30", "5"],
        ["General and administrative", "130", "30"],
        ["Total operating expenses", "1,190", "325"],
        ["Operating income", "20", "70"],
        ["Interest expense, net", "(270)", "(65)"],
        ["Other income (expense), net", "(10)", "(300)"],
        ["Loss before income taxes", "(260)", "(295)"],
        ["Provision for income taxes", "(30)", "(28)"],
        ["Net loss", "$(290)", "$(323)"],
    ], col_widths=(70, 50, 50))
    pdf.caption("Table 2: Non-GAAP measures, capital expenditures and revenue backlog (in millions, unaudited)")
    pdf.figures_table([
        ["", "Q2 2025", "Q2 2024"],
        ["Adjusted EBITDA", "$750", "$245"],
        ["Adjusted EBITDA margin", "62%", "62%"],
        ["Adjusted operating income", "$200", "$85"],
        ["Capital expenditures (cash, in the quarter)", "$2,900", "$1,700"],
        ["Revenue backlog, end of period", "$30,100", "$15,100"],
    ], col_widths=(70, 50, 50))
    pdf.note(
        "Adjusted EBITDA is net loss before interest expense, net; provision for income taxes; "
        "depreciation and amortization; stock-based compensation; and other non-recurring items. "
        "Adjusted operating income is operating income before stock-based compensation and "
        "acquisition-related costs. Revenue backlog equals remaining performance obligations under "
        "signed customer contracts. Capital expenditures are cash purchases of property and "
        "equipment, principally GPU servers, networking equipment and data-center fit-out."
    )

    # ---- Page 3: outlook, capex and fleet -----------------------------------
    pdf.add_page()
    pdf.title_block("Outlook, capital expenditures and fleet", size=13)
    pdf.heading("Third quarter 2025 outlook")
    pdf.para(
        "For the third quarter of 2025, the three months ending September 30, 2025, the company "
        "expects revenue of $1.26 billion to $1.30 billion and adjusted operating income of "
        "$160 million to $190 million. Capital expenditures in the third quarter are expected "
        "to be in a range of $2.9 billion to $3.4 billion."
    )
    pdf.heading("Full-year 2025 outlook (raised)")
    pdf.bullets([
        "Revenue of $5.15 billion to $5.35 billion, up from the prior range of $4.9 billion to "
        "$5.1 billion.",
        "Adjusted operating income of $800 million to $830 million.",
        "Capital expenditures of $20 billion to $23 billion, unchanged, with spending weighted "
        "toward the second half of the year as new data-center sites are energized.",
    ])
    pdf.heading("Capital expenditures and GPU fleet")
    pdf.para(
        "Capital spending remains concentrated on accelerated computing. Since its founding the "
        "company has purchased more than 250,000 NVIDIA GPUs, spanning the Hopper generation "
        "(H100 and H200) and the Blackwell generation (GB200 NVL72 and GB300 NVL72 rack-scale "
        "systems). Most of the fleet is committed to customers under multi-year take-or-pay "
        "contracts before the hardware is ordered, which underpins the revenue backlog."
    )
    pdf.para(
        "The company finances much of its fleet with delayed-draw term loans that are secured "
        "by the GPUs themselves and by the customer contracts those GPUs serve. During the "
        "quarter it also issued senior unsecured notes to refinance part of that debt and "
        "extend maturities. Management expects interest expense to remain elevated through "
        "2025 as the capacity build continues."
    )
    pdf.para(
        "Capital expenditure timing depends on equipment deliveries and on data-center "
        "developers bringing power online."
    )

    # ---- Page 4: about, shareholders, forward-looking statements -----------
    pdf.add_page()
    pdf.title_block("About CoreWeave and other information", size=13)
    pdf.heading("About CoreWeave")
    pdf.para(
        "CoreWeave, Inc. operates a cloud platform purpose-built for artificial-intelligence "
        "workloads, offering GPU compute, storage and networking together with managed "
        "software for training and inference. The company is headquartered in Livingston, "
        "New Jersey, and operates data centers across the United States and Europe."
    )
    pdf.heading("Strategic relationship with NVIDIA")
    pdf.para(
        "NVIDIA Corporation is both the company\u2019s principal supplier of accelerators and a "
        "significant shareholder, holding approximately 7% of CoreWeave\u2019s outstanding "
        "Class A common stock as of June 30, 2025. NVIDIA is also a customer for certain "
        "cloud capacity. Transactions with NVIDIA are disclosed as related-party transactions "
        "in the company\u2019s periodic reports."
    )
    pdf.heading("Conference call")
    pdf.para(
        "Management will host a conference call to discuss the second quarter of 2025 results "
        "on August 12, 2025 at 5:00 p.m. Eastern Time. A replay will be available on the "
        "investor relations website."
    )
    pdf.heading("Forward-looking statements")
    pdf.para(
        "This release contains forward-looking statements, including statements about the "
        "company\u2019s outlook for the third quarter and full year of 2025, expected capital "
        "expenditures, the conversion of revenue backlog into revenue, the timing of new "
        "data-center capacity and the availability of financing. Words such as \u201cexpect,\u201d "
        "\u201canticipate,\u201d \u201cplan\u201d and \u201cwill\u201d identify such statements. "
        "Actual results may differ materially because of, among other things, delays in "
        "power delivery or equipment supply, concentration of revenue among a small number of "
        "customers, the company\u2019s substantial indebtedness and changes in demand for AI "
        "compute. The company undertakes no obligation to update these statements.",
        size=8.5,
    )
    pdf.heading("Contacts")
    pdf.para("Investor Relations: investors@coreweave.example\nMedia: press@coreweave.example",
             size=9)
    return finish(pdf, "coreweave-q2-2025-earnings-release.pdf", expected_pages=4)


# ---------------------------------------------------------------------------
# 2. Oracle Form 10-Q style excerpt, Q1 fiscal 2026 (3 pages)
# ---------------------------------------------------------------------------

def build_oracle() -> Path:
    pdf = new_doc(
        running_header="Oracle Corporation | Form 10-Q (excerpt) | Quarter ended August 31, 2025 (Q1 fiscal 2026)",
        title="Oracle Corporation \u2014 Form 10-Q excerpt, first quarter of fiscal 2026",
        author="Oracle Corporation (illustrative demo document)",
        subject="Quarterly report excerpt for the period ended August 31, 2025 (Q1 FY2026)",
        keywords="Oracle, 10-Q, Q1 FY2026, remaining performance obligations, OpenAI, capex, OCI",
        created=FIXED_DATE_ORCL,
    )

    # ---- Page 1: cover and results of operations ---------------------------
    pdf.add_page()
    pdf.title_block("ORACLE CORPORATION\nFORM 10-Q (EXCERPT)")
    pdf.para(
        "Quarterly report for the period ended August 31, 2025 \u2014 first quarter of fiscal "
        "2026 (Q1 FY2026)\nDate of this excerpt: September 10, 2025\n"
        "Registrant: Oracle Corporation, Austin, Texas (NYSE: ORCL)"
    )
    pdf.note(
        "This is an abridged, illustrative excerpt of Part I, Item 2 (Management\u2019s "
        "Discussion and Analysis) written for a software demo. It is not the registrant\u2019s "
        "filing. Oracle\u2019s fiscal year ends May 31; fiscal 2026 runs from June 1, 2025 to "
        "May 31, 2026."
    )
    pdf.heading("Item 2. Management\u2019s Discussion and Analysis \u2014 Overview")
    pdf.para(
        "Total revenues for the first quarter of fiscal 2026 were $14.9 billion, an increase of "
        "12% compared with the first quarter of fiscal 2025. Growth was led by our cloud "
        "businesses: combined cloud revenues (infrastructure-as-a-service and software-as-a-"
        "service) were $7.2 billion, up 28%, and Oracle Cloud Infrastructure (OCI) revenues "
        "were $3.3 billion, up 55%. Demand for OCI capacity from AI model developers continued "
        "to exceed the capacity we had available during the quarter."
    )
    pdf.caption("Table 1: Condensed results of operations, first quarter (in millions, unaudited)")
    pdf.figures_table([
        ["", "Q1 fiscal 2026 (ended Aug. 31, 2025)", "Q1 fiscal 2025 (ended Aug. 31, 2024)", "Change"],
        ["Cloud services and license support", "$11,960", "$10,520", "14%"],
        ["Cloud license and on-premise license", "870", "870", "0%"],
        ["Hardware", "670", "650", "3%"],
        ["Services", "1,430", "1,270", "13%"],
        ["Total revenues", "$14,930", "$13,310", "12%"],
        ["Total operating expenses", "10,640", "9,320", "14%"],
        ["Operating income", "$4,290", "$3,990", "8%"],
        ["Net income", "$2,930", "$2,930", "0%"],
    ], col_widths=(58, 42, 42, 28))
    pdf.para(
        "Operating expenses grew faster than revenues, principally because of higher "
        "depreciation and data-center lease costs associated with OCI capacity placed into "
        "service during the last twelve months."
    )

    # ---- Page 2: remaining performance obligations and OpenAI --------------
    pdf.add_page()
    pdf.title_block("Remaining performance obligations", size=13)
    pdf.para(
        "Remaining performance obligations (RPO) represent contracted revenue that has not yet "
        "been recognized, including deferred revenue and amounts that will be invoiced and "
        "recognized in future periods. As of August 31, 2025, RPO was approximately "
        "$455 billion, an increase of 359% from approximately $99 billion as of "
        "August 31, 2024."
    )
    pdf.para(
        "The increase was driven by large, multi-year cloud infrastructure contracts. During "
        "the first quarter of fiscal 2026 we signed four multibillion-dollar contracts with "
        "three different customers. Because most of the new contracts cover capacity that has "
        "not yet been built, we expect to recognize approximately 10% of RPO as revenue over "
        "the next twelve months, with the balance recognized thereafter."
    )
    pdf.heading("Contract with OpenAI")
    pdf.para(
        "The largest addition to RPO is a contract with OpenAI under which Oracle will supply "
        "cloud compute capacity. As publicly reported, the agreement has a total value of "
        "roughly $300 billion over approximately five years, with deliveries and revenue "
        "recognition beginning in calendar 2027 (fiscal 2028). The contract relates to "
        "approximately 4.5 gigawatts of data-center capacity that Oracle and its partners are "
        "building in the United States. Revenue under the contract depends on Oracle "
        "completing and energizing that capacity on schedule."
    )
    pdf.heading("OCI revenue expectations")
    pdf.para(
        "Based on contracts already booked in RPO, management expects OCI revenue to grow 77% "
        "to approximately $18 billion in fiscal 2026, and then to approximately $32 billion, "
        "$73 billion, $114 billion and $144 billion in fiscal 2027 through fiscal 2030, "
        "respectively. These expectations are subject to the risks described below, "
        "including our ability to obtain power, equipment and financing."
    )
    pdf.note(
        "RPO figures are rounded. The counterparty to each contract is not identified in RPO "
        "disclosures; the OpenAI contract is described here as publicly reported."
    )

    # ---- Page 3: liquidity, capex and forward-looking statements -----------
    pdf.add_page()
    pdf.title_block("Liquidity and capital resources", size=13)
    pdf.para(
        "Capital expenditures were approximately $8.5 billion in the first quarter of fiscal "
        "2026, compared with approximately $2.3 billion in the first quarter of fiscal 2025, "
        "and consisted primarily of purchases of servers, GPUs and networking equipment and "
        "data-center construction to support OCI. We currently expect capital expenditures "
        "of approximately $35 billion for fiscal 2026, and spending may increase if customer "
        "demand requires capacity to be delivered sooner."
    )
    pdf.caption("Table 2: Cash flow data, trailing twelve months ended August 31, 2025 (in billions)")
    pdf.figures_table([
        ["", "Trailing twelve months"],
        ["Net cash provided by operating activities", "$21.5"],
        ["Capital expenditures", "(27.4)"],
        ["Free cash flow", "$(5.9)"],
    ], col_widths=(110, 60))
    pdf.para(
        "We fund capital expenditures from operating cash flow, cash on hand and borrowings. "
        "We may also use lease arrangements with data-center developers and other third-party "
        "financing structures. We believe our current cash, cash equivalents, marketable "
        "securities and access to credit are sufficient to meet our obligations over the next "
        "twelve months."
    )
    pdf.heading("Cautionary note on forward-looking statements")
    pdf.para(
        "This excerpt contains forward-looking statements, including statements about RPO "
        "conversion, expected OCI revenue for fiscal 2026 through fiscal 2030, the OpenAI "
        "contract and fiscal 2026 capital expenditures. Such statements are subject to risks "
        "and uncertainties, including delays in constructing and powering data centers, "
        "supply of GPUs and other components, customer concentration, the ability of "
        "customers to pay over multi-year terms, and the availability and cost of financing. "
        "Actual results may differ materially. We undertake no duty to update any "
        "forward-looking statement.",
        size=8.5,
    )
    return finish(pdf, "oracle-10q-q1-fy2026-excerpt.pdf", expected_pages=3)


def main() -> None:
    for builder in (build_coreweave, build_oracle):
        path = builder()
        print(f"wrote {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
