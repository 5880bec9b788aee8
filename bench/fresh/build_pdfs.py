#!/usr/bin/env python3
"""Build the three held-out evaluation PDFs in this folder.

The documents are original, illustrative texts written for this project's
held-out retrieval benchmark. They are NOT real filings and the figures are
not real reported results.

Usage:
    python build_pdfs.py            # writes the PDFs next to this script

Requires fpdf2 (``pip install fpdf2``) and the DejaVu Sans fonts
(/usr/share/fonts/truetype/dejavu/). Output is deterministic: the creation
date is fixed and every page break is explicit, so each fact stays on the
page that questions.jsonl cites.
"""

from __future__ import annotations

import datetime as dt
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = dt.datetime(2025, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
DISCLAIMER = (
    "Illustrative document prepared for a held-out retrieval evaluation set. "
    "Not an actual company filing; figures are illustrative."
)


class Doc(FPDF):
    """A4 document with a running header and a 'Page X of Y' footer."""

    def __init__(self, running_header: str, title: str, author: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running_header = running_header
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("bench/fresh/build_pdfs.py")
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(auto=True, margin=18)
        self.alias_nb_pages()

    # -- page furniture -------------------------------------------------
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.running_header, align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # -- content helpers ------------------------------------------------
    def h1(self, text: str):
        self.set_font("DejaVu", "B", 14)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, text: str):
        self.ln(1.5)
        self.set_font("DejaVu", "B", 11)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def h3(self, text: str):
        self.set_font("DejaVu", "B", 9.5)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")

    def para(self, text: str, size: float = 9.5):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT", align="J")
        self.ln(2)

    def small(self, text: str):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.multi_cell(0, 3.8, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def bullets(self, items, size: float = 9.5):
        self.set_font("DejaVu", "", size)
        for item in items:
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, 4.8, "\u2022  " + item, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.2)

    def caption(self, text: str):
        self.set_font("DejaVu", "B", 9)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def data_table(self, rows, col_widths, size: float = 8.3, numeric=True):
        """Numeric tables: first column left, figures right. Text tables: all left."""
        self.set_font("DejaVu", "", size)
        align = ["LEFT"] + ["RIGHT"] * (len(rows[0]) - 1) if numeric else "LEFT"
        with self.table(
            col_widths=col_widths,
            text_align=align,
            line_height=5.2,
            headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238)),
            width=self.epw,
        ) as table:
            for row in rows:
                r = table.row()
                for cell in row:
                    r.cell(cell)
        self.ln(2)

    def check_page(self, expected: int):
        if self.page_no() != expected:
            raise RuntimeError(
                f"{self.title!r}: content overflowed (on page {self.page_no()}, expected {expected})"
            )


# ======================================================================
# 1. TSMC third quarter 2025 results release (4 pages)
# ======================================================================
def build_tsmc(path: str):
    pdf = Doc(
        "TSMC  |  3Q25 Earnings Release  |  Illustrative evaluation document",
        "TSMC Third Quarter 2025 Earnings Release (illustrative)",
        "bench/fresh",
    )

    # ---- Page 1: headline results -----------------------------------
    pdf.add_page()
    pdf.h1("TSMC Reports Third Quarter EPS of NT$17.04")
    pdf.para("Issued by: Taiwan Semiconductor Manufacturing Company Limited", 8.5)
    pdf.para("Hsinchu, Taiwan, R.O.C. \u2014 October 16, 2025", 8.5)
    pdf.para(
        "TSMC today announced consolidated revenue of NT$971.6 billion, net income of "
        "NT$441.9 billion, and diluted earnings per share of NT$17.04 (US$2.80 per ADR unit) "
        "for the third quarter ended September 30, 2025."
    )
    pdf.para(
        "Year-over-year, third quarter revenue increased 27.9%, net income increased 35.8% "
        "and diluted EPS increased 35.9%. Compared to the second quarter of 2025, third quarter "
        "results represented a 4.0% increase in revenue and an 11.1% increase in net income. "
        "All figures were prepared in accordance with TIFRS on a consolidated basis."
    )
    pdf.para(
        "In US dollars, third quarter revenue was US$31.90 billion, which increased 35.7% "
        "year-over-year and increased 6.1% over the previous quarter. US dollar figures are "
        "translated at the quarter's average exchange rate of 30.46 NT dollars per US dollar."
    )
    pdf.para(
        "Gross margin for the quarter was 59.1%, operating margin was 50.2%, and net profit "
        "margin was 45.5%. Return on equity for the quarter was 36.4% on an annualized basis."
    )
    pdf.h2("Management commentary")
    pdf.para(
        "\u201cOur business in the third quarter was supported by very strong demand for our "
        "leading-edge process technologies, driven primarily by AI accelerators and the "
        "networking silicon that connects them,\u201d said the Company\u2019s Chief Financial "
        "Officer. \u201cMoving into the fourth quarter, we expect AI-related demand to remain "
        "robust, partially offset by seasonality in consumer products.\u201d"
    )
    pdf.para(
        "Management reiterated that it now expects revenue from AI accelerators to grow at a "
        "compound annual rate in the mid-40s percent over the five-year period starting from "
        "2024, raised from the mid-30s percent view shared at the beginning of the year."
    )
    pdf.small(DISCLAIMER)
    pdf.check_page(1)

    # ---- Page 2: income statement table -------------------------------
    pdf.add_page()
    pdf.h2("Third Quarter 2025 Financial Summary")
    pdf.para(
        "The table below summarizes the consolidated statements of comprehensive income. "
        "Gross profit rose 5.1% sequentially, helped by higher capacity utilization and cost "
        "improvement efforts, partially offset by a less favorable foreign exchange rate and "
        "the dilution from overseas fabs, which management estimated at 1.5 to 2 percentage "
        "points of gross margin in the quarter."
    )
    pdf.caption(
        "Table 1. Summary of Consolidated Statements of Comprehensive Income "
        "(NT$ billion, except margins and per-share amounts)"
    )
    pdf.data_table(
        [
            ["Item", "3Q25", "2Q25", "3Q24", "QoQ", "YoY"],
            ["Net revenue", "971.6", "933.8", "759.7", "+4.0%", "+27.9%"],
            ["Gross profit", "574.2", "546.3", "437.6", "+5.1%", "+31.2%"],
            ["Gross margin", "59.1%", "58.5%", "57.6%", "+0.6 ppt", "+1.5 ppt"],
            ["Operating expenses", "(86.5)", "(81.9)", "(72.1)", "+5.6%", "+20.0%"],
            ["Income from operations", "487.7", "464.4", "365.5", "+5.0%", "+33.4%"],
            ["Operating margin", "50.2%", "49.7%", "48.1%", "+0.5 ppt", "+2.1 ppt"],
            ["Non-operating items", "27.4", "21.8", "18.9", "+25.7%", "+45.0%"],
            ["Income before income tax", "515.1", "486.2", "384.4", "+5.9%", "+34.0%"],
            ["Income tax expense", "(73.2)", "(88.4)", "(59.1)", "-17.2%", "+23.9%"],
            ["Net income attributable to shareholders", "441.9", "397.8", "325.3", "+11.1%", "+35.8%"],
            ["Diluted EPS (NT$)", "17.04", "15.34", "12.54", "+11.1%", "+35.9%"],
            ["Revenue (US$ billion)", "31.90", "30.07", "23.50", "+6.1%", "+35.7%"],
        ],
        col_widths=(58, 20, 20, 20, 22, 22),
    )
    pdf.small(
        "Note: Weighted average diluted shares outstanding were 25,933 million in 3Q25. "
        "Operating expenses comprise research and development, general and administrative, "
        "and marketing expenses. The effective tax rate was 14.2% in 3Q25 versus 18.2% in 2Q25, "
        "when a one-time withholding tax on overseas dividends was recorded."
    )
    pdf.para(
        "Research and development spending represented 7.4% of revenue in the third quarter, "
        "compared with 7.6% in the second quarter, as the Company continued to ramp "
        "development of its A16 and N2P process technologies."
    )
    pdf.check_page(2)

    # ---- Page 3: revenue mix, cash flow and capex ---------------------
    pdf.add_page()
    pdf.h2("Revenue Analysis")
    pdf.para(
        "Shipments of 3-nanometer accounted for 24% of total wafer revenue in the third "
        "quarter, 5-nanometer accounted for 36%, and 7-nanometer accounted for 13%. Advanced "
        "technologies, defined as 7-nanometer and more advanced nodes, accounted for 73% of "
        "total wafer revenue, up from 70% a year earlier."
    )
    pdf.caption("Table 2. Net revenue by platform, 3Q25")
    pdf.data_table(
        [
            ["Platform", "Share of net revenue", "QoQ growth"],
            ["High Performance Computing (HPC)", "58%", "+7%"],
            ["Smartphone", "29%", "+15%"],
            ["Internet of Things", "5%", "+18%"],
            ["Automotive", "5%", "+16%"],
            ["Digital Consumer Electronics", "1%", "+21%"],
            ["Others", "2%", "-4%"],
        ],
        col_widths=(80, 48, 46),
    )
    pdf.para(
        "By geography, customers headquartered in North America contributed 76% of net "
        "revenue, China 9%, Asia Pacific 8%, Japan 4%, and EMEA 3%."
    )
    pdf.h2("Balance Sheet and Cash Flow")
    pdf.para(
        "TSMC ended the third quarter with cash and marketable securities of NT$2.79 trillion "
        "(US$91.6 billion). Cash generated from operating activities was NT$426.0 billion in "
        "the quarter."
    )
    pdf.para(
        "Capital expenditures in the third quarter totaled US$9.8 billion (NT$298.5 billion), "
        "bringing year-to-date capital expenditures to US$30.3 billion. Free cash flow for the "
        "quarter was NT$127.5 billion. Days of inventory decreased by 4 days to 72 days, "
        "reflecting strong N3 and N5 wafer shipments."
    )
    pdf.check_page(3)

    # ---- Page 4: guidance, capex budget, dividend ---------------------
    pdf.add_page()
    pdf.h2("Fourth Quarter 2025 Guidance")
    pdf.para(
        "Based on the Company\u2019s current business outlook, management expects the "
        "following for the fourth quarter of 2025:"
    )
    pdf.bullets(
        [
            "Revenue is expected to be between US$32.6 billion and US$33.8 billion;",
            "Based on an exchange rate assumption of 1 US dollar to 30.8 NT dollars, gross "
            "profit margin is expected to be between 59.5% and 61.5%;",
            "Operating profit margin is expected to be between 49.5% and 51.5%.",
        ]
    )
    pdf.h2("Full-Year 2025 Capital Budget")
    pdf.para(
        "The Company narrowed its 2025 capital budget to between US$41 billion and US$42 "
        "billion, compared with the previous range of US$38 billion to US$42 billion. About "
        "70% of the budget is allocated to advanced process technologies, 10% to 20% to "
        "specialty technologies, and 10% to 20% to advanced packaging, testing and mask "
        "making. Management said it continues to expect full-year 2025 revenue growth in the "
        "mid-30s percent in US dollar terms."
    )
    pdf.h2("Board Resolutions")
    pdf.para(
        "The Board of Directors approved a quarterly cash dividend of NT$5.25 per common "
        "share, an increase from NT$5.00 previously, with an ex-dividend date of March 17, "
        "2026. The Board also approved capital appropriations of approximately US$15.2 "
        "billion for the installation and upgrade of advanced technology and advanced "
        "packaging capacity, as well as a capital injection of up to US$7.0 billion into "
        "its wholly owned Arizona subsidiary."
    )
    pdf.h2("Overseas Expansion")
    pdf.para(
        "Volume production at the first Arizona fab continued to ramp with yields comparable "
        "to Taiwan. Construction of the second Arizona fab, which will use 3-nanometer "
        "technology, is complete, and tool move-in is planned for the first half of 2026. "
        "The Company expects overseas fab dilution to widen to 2% to 3% of gross margin in "
        "the coming years."
    )
    pdf.h2("Conference Call")
    pdf.para(
        "TSMC will hold an earnings conference call at 14:00 Taiwan time on October 16, 2025. "
        "A replay will be available on the Company\u2019s investor relations website."
    )
    pdf.small(DISCLAIMER)
    pdf.check_page(4)

    pdf.output(path)


# ======================================================================
# 2. Micron Form 10-Q excerpt, fiscal Q1 2026 (5 pages)
# ======================================================================
def build_micron(path: str):
    pdf = Doc(
        "Micron Technology, Inc.  |  Form 10-Q (excerpt)  |  Quarter ended November 27, 2025  |  Illustrative",
        "Micron Technology Form 10-Q excerpt, fiscal Q1 2026 (illustrative)",
        "bench/fresh",
    )

    # ---- Page 1: cover + MD&A overview --------------------------------
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "FORM 10-Q", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.para(
        "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF "
        "1934 for the quarterly period ended November 27, 2025. Micron Technology, Inc. "
        "(Delaware; principal executive offices in Boise, Idaho). Excerpt only \u2014 "
        "selected sections reproduced for evaluation purposes.",
        8.5,
    )
    pdf.h1("PART I. FINANCIAL INFORMATION")
    pdf.h2("Item 2. Management\u2019s Discussion and Analysis of Financial Condition and Results of Operations")
    pdf.h3("Overview")
    pdf.para(
        "We are an industry leader in innovative memory and storage solutions. Beginning in "
        "the first quarter of 2026 we report results through four business units: the Cloud "
        "Memory Business Unit (\u201cCMBU\u201d), the Core Data Center Business Unit "
        "(\u201cCDBU\u201d), the Mobile and Client Business Unit (\u201cMCBU\u201d) and the "
        "Automotive and Embedded Business Unit (\u201cAEBU\u201d). Prior-period amounts have "
        "been recast to conform to this structure."
    )
    pdf.para(
        "Total revenue for the first quarter of 2026 was $13.21 billion, an increase of 52% "
        "compared with $8.71 billion in the first quarter of 2025 and an increase of 17% "
        "compared with the fourth quarter of 2025. Net income was $5.18 billion, or $4.57 per "
        "diluted share, compared with $1.87 billion, or $1.67 per diluted share, in the "
        "first quarter of 2025."
    )
    pdf.para(
        "Growth was led by data center demand. Revenue from high-bandwidth memory "
        "(\u201cHBM\u201d) was nearly $2.4 billion in the quarter, an increase of "
        "approximately 20% from the fourth quarter of 2025. We have completed pricing and "
        "volume agreements covering substantially all of our calendar 2026 HBM3E supply, and "
        "we began shipping qualification samples of HBM4 with pin speeds above 11 Gbps to "
        "multiple customers. Industry supply of DRAM and NAND remained tight, and we expect "
        "tightness to persist through calendar 2026."
    )
    pdf.check_page(1)

    # ---- Page 2: results of operations table --------------------------
    pdf.add_page()
    pdf.h2("Results of Operations")
    pdf.caption("Table 1. Revenue by business unit (in millions of U.S. dollars)")
    pdf.data_table(
        [
            ["Business unit", "Q1 FY26", "% of total", "Q1 FY25", "YoY change"],
            ["Cloud Memory (CMBU)", "$5,120", "39%", "$2,640", "94%"],
            ["Core Data Center (CDBU)", "2,310", "17%", "1,610", "43%"],
            ["Mobile and Client (MCBU)", "3,940", "30%", "3,010", "31%"],
            ["Automotive and Embedded (AEBU)", "1,840", "14%", "1,449", "27%"],
            ["Total revenue", "$13,210", "100%", "$8,709", "52%"],
        ],
        col_widths=(62, 26, 26, 26, 34),
    )
    pdf.para(
        "CMBU revenue nearly doubled from the prior year, driven by HBM volume and higher "
        "pricing for high-capacity server DRAM modules sold to hyperscale cloud customers. "
        "MCBU revenue benefited from higher DRAM content per AI-capable smartphone and PC, "
        "while AEBU growth reflected recovering industrial demand."
    )
    pdf.caption("Table 2. Selected income statement data (in millions of U.S. dollars)")
    pdf.data_table(
        [
            ["", "Q1 FY26", "Q4 FY25", "Q1 FY25"],
            ["Revenue", "$13,210", "$11,320", "$8,709"],
            ["Gross margin", "7,371", "5,184", "3,440"],
            ["Gross margin %", "55.8%", "45.8%", "39.5%"],
            ["Research and development", "1,084", "1,021", "888"],
            ["Selling, general and administrative", "312", "301", "279"],
            ["Operating income", "5,993", "3,881", "2,290"],
            ["Net income", "5,182", "3,201", "1,870"],
            ["Diluted earnings per share", "$4.57", "$2.83", "$1.67"],
        ],
        col_widths=(76, 32, 33, 33),
    )
    pdf.para(
        "Gross margin improved 10.0 percentage points sequentially, reflecting higher average "
        "selling prices across DRAM and NAND, a richer mix of data center products and lower "
        "per-bit manufacturing costs. Our effective tax rate was 14.0%."
    )
    pdf.check_page(2)

    # ---- Page 3: liquidity and capital resources ----------------------
    pdf.add_page()
    pdf.h2("Liquidity and Capital Resources")
    pdf.para(
        "Our principal sources of liquidity are cash generated from operations, cash and "
        "marketable investments, and amounts available under our revolving credit facility. "
        "As of November 27, 2025, we had $9.64 billion of cash and equivalents and $2.46 "
        "billion of short-term and long-term marketable investments, for a total of $12.10 "
        "billion. Together with the $3.50 billion of undrawn capacity under our revolving "
        "credit facility, total liquidity was $15.60 billion."
    )
    pdf.caption("Table 3. Summary of cash flows (in millions of U.S. dollars)")
    pdf.data_table(
        [
            ["", "Q1 FY26", "Q1 FY25"],
            ["Net cash provided by operating activities", "$6,410", "$3,244"],
            ["Expenditures for property, plant and equipment", "(4,810)", "(3,206)"],
            ["Government incentives and partner contributions", "290", "115"],
            ["Net capital expenditures", "(4,520)", "(3,091)"],
            ["Adjusted free cash flow", "1,890", "153"],
        ],
        col_widths=(110, 32, 32),
    )
    pdf.para(
        "Capital expenditures: We currently expect net capital expenditures for fiscal 2026 to "
        "be approximately $20 billion, up from approximately $18 billion previously, primarily "
        "to support HBM capacity, the ramp of our 1-gamma DRAM node, and construction of our "
        "ID1 fab in Boise, Idaho. We expect the first wafer output from ID1 in mid-calendar "
        "2027. Site preparation for our first fab in Clay, New York is underway. During the "
        "quarter we received $275 million of disbursements under the CHIPS and Science Act."
    )
    pdf.para(
        "Debt: Total debt was $14.6 billion as of November 27, 2025. During the quarter we "
        "repaid $1.0 billion of senior notes due 2026 ahead of maturity. Our investment-grade "
        "credit ratings were unchanged."
    )
    pdf.para(
        "Shareholder returns: We paid a quarterly dividend of $0.115 per share, totaling $129 "
        "million, and repurchased approximately 0.9 million shares for $150 million. We "
        "believe existing liquidity and cash from operations will be sufficient to meet our "
        "requirements for at least the next 12 months."
    )
    pdf.check_page(3)

    # ---- Page 4: risk factors -----------------------------------------
    pdf.add_page()
    pdf.h1("PART II. OTHER INFORMATION")
    pdf.h2("Item 1A. Risk Factors")
    pdf.para(
        "In addition to the other information in this Form 10-Q, investors should consider "
        "the following risk factors, which update those disclosed in our most recent Annual "
        "Report on Form 10-K."
    )
    pdf.h3("A significant portion of our revenue is concentrated with a small number of customers.")
    pdf.para(
        "In the first quarter of 2026, our top five customers accounted for approximately 52% "
        "of total revenue, and our largest customer, a hyperscale cloud operator, accounted "
        "for approximately 17%. The loss of, or a significant reduction in purchases by, any "
        "of these customers could materially reduce our revenue and results of operations."
    )
    pdf.h3("Our HBM business depends on successful qualification with a limited number of customers.")
    pdf.para(
        "HBM products require lengthy qualification with each GPU or custom accelerator "
        "design. If we fail to qualify HBM4 on schedule, or if our yields on 12-high stacks "
        "fall short of expectations, we may lose share in the fastest-growing part of the "
        "memory market and be unable to recover the capital invested in HBM capacity."
    )
    pdf.h3("Export controls and government actions in China could harm our business.")
    pdf.para(
        "Customers headquartered in mainland China represented approximately 11% of our "
        "revenue in the first quarter of 2026. Restrictions imposed by the Cyberspace "
        "Administration of China on the use of our products in critical information "
        "infrastructure, together with evolving U.S. export controls on advanced computing "
        "items, could further limit our ability to sell to these customers."
    )
    pdf.h3("We may not be able to add cleanroom space quickly enough to meet demand.")
    pdf.para(
        "Our ability to increase bit supply is constrained by the availability of cleanroom "
        "space. Delays in completing our Idaho and New York fabs, including delays in "
        "receiving government incentives or permits, could limit our ability to serve demand."
    )
    pdf.check_page(4)

    # ---- Page 5: market risk and controls -----------------------------
    pdf.add_page()
    pdf.h2("Item 3. Quantitative and Qualitative Disclosures About Market Risk")
    pdf.h3("Interest rate risk")
    pdf.para(
        "Substantially all of our debt bears fixed interest rates. As of November 27, 2025, a "
        "hypothetical 1% increase in market interest rates would have decreased the fair value "
        "of our fixed-rate debt by approximately $560 million. A hypothetical 1% decrease in "
        "interest rates would have decreased our annual interest income by approximately $121 "
        "million."
    )
    pdf.h3("Foreign currency exchange rate risk")
    pdf.para(
        "Our primary foreign currency exposures are the Japanese yen, the Singapore dollar, "
        "the New Taiwan dollar and the euro. We use forward contracts to hedge a portion of "
        "our yen-denominated capital expenditures. A 10% adverse change in exchange rates "
        "relative to the U.S. dollar would have decreased our pre-tax income by approximately "
        "$85 million, after taking into account hedges."
    )
    pdf.h2("Item 4. Controls and Procedures")
    pdf.para(
        "An evaluation was carried out under the supervision of our Chief Executive Officer "
        "and Chief Financial Officer of the effectiveness of our disclosure controls and "
        "procedures as of the end of the period covered by this report. Based on that "
        "evaluation, they concluded that our disclosure controls and procedures were effective. "
        "During the first quarter of 2026, we implemented a new enterprise resource planning "
        "module for our Singapore assembly and test operations; there were no other changes in "
        "internal control over financial reporting that materially affected, or are reasonably "
        "likely to materially affect, our internal control over financial reporting."
    )
    pdf.small(DISCLAIMER)
    pdf.check_page(5)

    pdf.output(path)


# ======================================================================
# 3. Meta Platforms Form 8-K: data center joint venture (4 pages)
# ======================================================================
def build_meta(path: str):
    pdf = Doc(
        "Meta Platforms, Inc.  |  Current Report on Form 8-K  |  Illustrative evaluation document",
        "Meta Platforms Form 8-K, Delta Crest data center joint venture (illustrative)",
        "bench/fresh",
    )

    # ---- Page 1: cover + Item 1.01 -----------------------------------
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5, "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "FORM 8-K", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.para(
        "CURRENT REPORT Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934. "
        "Date of Report (date of earliest event reported): November 3, 2025. Meta Platforms, "
        "Inc. (exact name of registrant as specified in its charter), Delaware, 1 Meta Way, "
        "Menlo Park, California 94025. Class A Common Stock, The Nasdaq Stock Market LLC.",
        8.5,
    )
    pdf.h2("Item 1.01 Entry into a Material Definitive Agreement.")
    pdf.para(
        "On November 3, 2025, Meta Platforms, Inc. (\u201cMeta\u201d or the "
        "\u201cCompany\u201d), through a wholly owned subsidiary, entered into a limited "
        "liability company agreement (the \u201cJV Agreement\u201d) with investment funds "
        "managed by Crescent Harbor Capital, L.P. (\u201cCrescent Harbor\u201d) to form Delta "
        "Crest Holdings LLC (the \u201cJoint Venture\u201d). The Joint Venture will develop, "
        "own and operate the Delta Crest data center campus in Tensas Parish, Louisiana (the "
        "\u201cCampus\u201d), which is designed to support more than 2 gigawatts of IT "
        "capacity for training and serving the Company\u2019s AI models."
    )
    pdf.para(
        "Under the JV Agreement, funds managed by Crescent Harbor hold an 80% equity interest "
        "in the Joint Venture and the Company holds the remaining 20%. Crescent Harbor has "
        "committed approximately $2.9 billion of equity, and the Company has contributed land, "
        "construction-in-progress and related assets with an agreed value of approximately "
        "$0.7 billion. The total development cost of the Campus, including buildings, power "
        "and cooling infrastructure, is estimated at approximately $28.5 billion."
    )
    pdf.para(
        "The Company will serve as developer and property manager of the Campus and will "
        "receive customary fees. The Company retains a right of first offer on any transfer "
        "of Crescent Harbor\u2019s interest."
    )
    pdf.check_page(1)

    # ---- Page 2: Item 2.03 financing + lease ---------------------------
    pdf.add_page()
    pdf.h2("Item 2.03 Creation of a Direct Financial Obligation or an Obligation under an "
           "Off-Balance Sheet Arrangement of a Registrant.")
    pdf.para(
        "On November 3, 2025, Delta Crest Funding LLC, a wholly owned subsidiary of the Joint "
        "Venture, completed a private offering of $25.0 billion aggregate principal amount of "
        "6.42% senior secured notes due 2049 (the \u201cNotes\u201d), pursuant to Rule 144A "
        "and Regulation S. The Notes amortize beginning in 2031 and are secured by the Campus "
        "and the lease payments due from the Company. The Notes were rated A+ by one "
        "nationally recognized rating agency. The Company is not an obligor or guarantor of "
        "the Notes."
    )
    pdf.para(
        "Concurrently, a Company subsidiary entered into lease agreements with the Joint "
        "Venture for all of the Campus buildings. Each lease has an initial term of five years, "
        "with options exercisable solely by the Company to extend for successive four-year "
        "periods up to a total lease term of 21 years. Rent commences on a building-by-building "
        "basis as construction is completed."
    )
    pdf.para(
        "The Company has provided a residual value guarantee to the Joint Venture under which, "
        "if the Company elects not to renew a lease or terminates its use of the Campus during "
        "the first 17 years of operations, it will make a payment to the Joint Venture based "
        "on the then-current value of the Campus, subject to a cap. The maximum potential "
        "amount payable under the residual value guarantee is approximately $19.5 billion, "
        "declining over time as the Notes amortize."
    )
    pdf.caption("Summary of principal financing terms")
    pdf.data_table(
        [
            ["Term", "Detail"],
            ["Issuer", "Delta Crest Funding LLC"],
            ["Principal amount", "$25.0 billion"],
            ["Coupon", "6.42% fixed, payable semi-annually"],
            ["Final maturity", "2049"],
            ["Ownership of Joint Venture", "Crescent Harbor funds 80% / Meta 20%"],
            ["Initial lease term", "5 years, renewable to 21 years"],
            ["Residual value guarantee cap", "approx. $19.5 billion"],
        ],
        col_widths=(62, 112),
        numeric=False,
    )
    pdf.check_page(2)

    # ---- Page 3: Item 8.01 other events, accounting --------------------
    pdf.add_page()
    pdf.h2("Item 8.01 Other Events.")
    pdf.h3("Accounting treatment")
    pdf.para(
        "The Company has determined that the Joint Venture is a variable interest entity but "
        "that the Company is not its primary beneficiary, because it does not have the power "
        "to direct the activities that most significantly affect the Joint Venture\u2019s "
        "economic performance. Accordingly, the Company will not consolidate the Joint "
        "Venture, will account for its 20% interest under the equity method, and expects to "
        "classify the Campus leases as operating leases. The Notes will therefore not be "
        "reflected as debt on the Company\u2019s consolidated balance sheet."
    )
    pdf.h3("Distribution and capital expenditure impact")
    pdf.para(
        "At closing, the Joint Venture made a one-time distribution of approximately $3.1 "
        "billion to the Company, representing reimbursement of construction costs previously "
        "incurred. As a result, the Company\u2019s reported capital expenditures will be "
        "reduced relative to a scenario in which it had funded the Campus directly. The "
        "Company reaffirmed that it expects full-year 2025 capital expenditures, including "
        "principal payments on finance leases, to be in the range of $70 billion to $72 "
        "billion."
    )
    pdf.h3("Construction, power and employment")
    pdf.para(
        "Construction of the first phase began in the fourth quarter of 2024 and the Campus "
        "is expected to be substantially complete in 2029. The regional electric utility has "
        "received approval to build 2.3 gigawatts of new combined-cycle gas generation and "
        "the Company has contracted for 1.5 gigawatts of new solar capacity to serve the "
        "Campus. The project is expected to employ up to 5,000 construction workers at peak "
        "and approximately 500 permanent operational staff."
    )
    pdf.h2("Item 7.01 Regulation FD Disclosure.")
    pdf.para(
        "On November 3, 2025, the Company and Crescent Harbor issued a joint press release "
        "announcing the transactions described above. A copy of the press release is "
        "furnished as Exhibit 99.1. The information in this Item 7.01 and Exhibit 99.1 shall "
        "not be deemed \u201cfiled\u201d for purposes of Section 18 of the Exchange Act."
    )
    pdf.check_page(3)

    # ---- Page 4: exhibits, forward-looking statements, signature ------
    pdf.add_page()
    pdf.h2("Item 9.01 Financial Statements and Exhibits.")
    pdf.para("(d) Exhibits")
    pdf.data_table(
        [
            ["Exhibit No.", "Description"],
            ["10.1", "Limited Liability Company Agreement of Delta Crest Holdings LLC, dated November 3, 2025*"],
            ["10.2", "Form of Lease Agreement between Delta Crest Holdings LLC and a Meta subsidiary*"],
            ["10.3", "Residual Value Guarantee Agreement, dated November 3, 2025*"],
            ["99.1", "Joint press release issued by Meta Platforms, Inc. and Crescent Harbor Capital, L.P."],
            ["104", "Cover Page Interactive Data File (embedded within the Inline XBRL document)"],
        ],
        col_widths=(26, 148),
        numeric=False,
    )
    pdf.small("* Certain schedules have been omitted pursuant to Item 601(a)(5) of Regulation S-K.")
    pdf.h3("Forward-Looking Statements")
    pdf.para(
        "This Current Report contains forward-looking statements, including statements "
        "regarding the expected capacity, cost and completion of the Campus, the accounting "
        "treatment of the Joint Venture, and the Company\u2019s capital expenditure outlook. "
        "These statements are subject to risks and uncertainties, including construction "
        "delays, availability of power and equipment, changes in interest rates, and changes "
        "in the Company\u2019s AI infrastructure needs, that could cause actual results to "
        "differ materially."
    )
    pdf.h3("SIGNATURE")
    pdf.para(
        "Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant "
        "has duly caused this report to be signed on its behalf by the undersigned hereunto "
        "duly authorized.\n\nMETA PLATFORMS, INC.\nDate: November 5, 2025\n"
        "By: /s/ Chief Financial Officer"
    )
    pdf.small(DISCLAIMER)
    pdf.check_page(4)

    pdf.output(path)


def main():
    targets = [
        ("tsmc_3q25_earnings_release.pdf", build_tsmc),
        ("micron_10q_fq1_2026_excerpt.pdf", build_micron),
        ("meta_8k_delta_crest_jv.pdf", build_meta),
    ]
    for name, fn in targets:
        out = os.path.join(HERE, name)
        fn(out)
        print("wrote", out)


if __name__ == "__main__":
    main()
