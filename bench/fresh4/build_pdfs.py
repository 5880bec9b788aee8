"""Build the annual-report excerpt PDF for bench/fresh4.

Run from the repository root:
    /work/main/.venv/bin/python bench/fresh4/build_pdfs.py

The document is illustrative and entirely invented. Each section is placed on a
fixed page; the script fails if any page overflows, so the page numbers used in
links.jsonl stay valid.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
OUT = HERE / "04_yunqiong_20f_excerpt.pdf"
CREATION = datetime(2025, 4, 28, 9, 0, 0, tzinfo=timezone.utc)

PAGE_H = 297
BOTTOM = 20  # mm reserved at the bottom of each page

PAGES = [
    # page 1
    [
        ("title", "YUNQIONG CLOUD HOLDINGS LIMITED"),
        ("sub", "Annual Report on Form 20-F for the fiscal year ended December 31, 2024 (excerpt)"),
        ("h", "Item 4.B. Business Overview"),
        ("p", 'Yunqiong Cloud Holdings Limited ("Yunqiong," "we," "us" or the "Company") is an exempted company incorporated in the Cayman Islands. Our American depositary shares are listed on the New York Stock Exchange under the symbol "YQC." We operate an AI-focused public cloud in the People\'s Republic of China through our PRC subsidiaries, offering GPU training clusters, inference endpoints and managed model services to technology companies, research institutes and enterprises.'),
        ("p", "As of December 31, 2024, we operated approximately 46,000 AI accelerator cards across six data centres located in Zhejiang, Guizhou and Inner Mongolia. Our revenues grew 61.4% to RMB7.92 billion in 2024, of which GPU cloud services accounted for 83.0%."),
        ("p", "According to an industry report commissioned by us, we were the third-largest provider of GPU cloud services in China in 2024 by revenue, behind Tianheng Cloud and Beichen Cloud."),
        ("p", "In September 2024 we entered into a strategic cooperation agreement with Tellaris Telecom plc under which the two companies will jointly offer inference services to enterprise customers in Southeast Asia. The arrangement does not involve any equity investment by either party."),
        ("p", "Our strategy is to remain a neutral, high-utilisation provider of accelerated compute. We do not develop our own chips, and we intend to continue to diversify our sources of accelerators, servers and power over time."),
    ],
    # page 2
    [
        ("h", "Customers and Suppliers"),
        ("h2", "Customers"),
        ("p", "Our ten largest customers contributed 48.6% of our revenues in 2024, compared with 55.2% in 2023. Hualan Microelectronics Co., Ltd., a fabless chip designer based in Shanghai, was our largest customer, accounting for 9.1% of revenues. Most of our customers contract for reserved capacity with terms of one to three years, and a portion of the contract price is typically prepaid."),
        ("h2", "Suppliers"),
        ("p", "In 2024 we purchased RMB2.31 billion of AI accelerator cards from Xinyue Semiconductor Co., Ltd., which supplied substantially all of the accelerators we deployed during the year. The loss of Xinyue as a supplier, or a significant reduction in its allocation to us, would materially and adversely affect our business."),
        ("p", "Our GPU servers are assembled and supplied by Dongting Server Technology Co., Ltd., in which we hold a minority interest. We also purchase electricity under long-term agreements with provincial grid companies in Guizhou and Inner Mongolia."),
        ("p", "We do not currently purchase accelerators from Corvid Compute, Inc., whose most advanced products are subject to U.S. export controls. Changes in export-control rules could further limit the range of accelerators available to us."),
        ("p", "We believe our relationships with our key suppliers are good, but we generally do not have long-term supply commitments that guarantee our allocation."),
    ],
    # page 3
    [
        ("h", "Item 5.B. Liquidity and Capital Resources"),
        ("p", "As of December 31, 2024, we had cash, cash equivalents and short-term investments of RMB5.84 billion. Net cash provided by operating activities was RMB1.76 billion in 2024, and capital expenditures were RMB4.05 billion, primarily for accelerator cards and servers."),
        ("h2", "Credit facilities"),
        ("p", "On March 18, 2024, Yunqiong (Hangzhou) Technology Co., Ltd., our principal operating subsidiary, entered into a RMB1.2 billion three-year revolving credit facility with Hanhai Bank Co., Ltd. As of December 31, 2024, RMB700 million was outstanding under the facility, bearing interest at the one-year loan prime rate plus 35 basis points."),
        ("p", "In August 2024, Yunqiong Cloud (HK) Limited borrowed US$150 million under a term loan from Ashcombe Bank plc, Hong Kong Branch, guaranteed by the Company. The loan matures in August 2027 and contains customary financial covenants, including a maximum net leverage ratio of 2.5 to 1.0."),
        ("p", "We believe that our existing cash and available credit facilities will be sufficient to meet our anticipated working capital and capital expenditure needs for at least the next twelve months."),
    ],
    # page 4
    [
        ("h", "Strategic Investments"),
        ("p", "In April 2024 we completed the acquisition of 100% of Qingshan Data Technology Co., Ltd., an operator of two data centres in Guizhou, for total consideration of RMB480 million."),
        ("p", "We hold a 15.0% equity interest in Dongting Server Technology Co., Ltd., which we account for under the equity method."),
        ("p", "In November 2024 we invested US$40 million in the Series B financing of Ardent Robotics, Inc., a U.S. developer of general-purpose humanoid robots. We account for this investment as an equity security without a readily determinable fair value."),
        ("h", "Exhibit 8.1 - List of Significant Subsidiaries"),
        ("line", "Yunqiong Cloud (HK) Limited - Hong Kong"),
        ("line", "Yunqiong (Hangzhou) Technology Co., Ltd. - People's Republic of China"),
        ("line", "Yunqiong Intelligent Computing (Guizhou) Co., Ltd. - People's Republic of China"),
        ("line", "Qingshan Data Technology Co., Ltd. - People's Republic of China"),
        ("line", "Yunqiong Cloud Singapore Pte. Ltd. - Singapore"),
    ],
]

FOOTER = "Illustrative document written for an evaluation set. All companies' transactions, figures and dates are invented."


class Report(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, FOOTER, align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def build() -> None:
    pdf = Report(format="A4")
    pdf.set_creation_date(CREATION)
    pdf.set_title("Yunqiong Cloud Holdings Limited - Form 20-F excerpt (illustrative)")
    pdf.set_author("bench/fresh4")
    pdf.set_producer("fpdf2")
    pdf.set_creator("bench/fresh4/build_pdfs.py")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 18, 20)

    for n, blocks in enumerate(PAGES, start=1):
        pdf.add_page()
        for kind, text in blocks:
            if kind == "title":
                pdf.set_font("DejaVu", "B", 14)
                pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("DejaVu", "", 9.5)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(4)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("DejaVu", "B", 11.5)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "h2":
                pdf.set_font("DejaVu", "B", 10)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            elif kind == "line":
                pdf.set_font("DejaVu", "", 10)
                pdf.cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            else:
                raise ValueError(kind)
            if pdf.get_y() > PAGE_H - BOTTOM:
                raise SystemExit(f"page {n} overflows (y={pdf.get_y():.1f} mm) at: {text[:40]!r}")
        if pdf.page_no() != n:
            raise SystemExit(f"unexpected page break on page {n}")

    pdf.output(str(OUT))
    print(f"wrote {OUT} ({len(PAGES)} pages)")


if __name__ == "__main__":
    build()
