"""Build kagura_20f_fy2025.pdf (fictional 20-F excerpt) with fpdf2.

Run with /work/main/.venv/bin/python build_pdfs.py
"""
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "kagura_20f_fy2025.pdf"

YEN = "\u00a5"


class Report(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, "Kagura Digital Holdings, Inc. - Annual Report on Form 20-F for the fiscal year ended March 31, 2025",
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, str(self.page_no()), align="C")

    def heading(self, text, size=11):
        self.ln(2)
        self.set_font("Helvetica", "B", size)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def subheading(self, text):
        self.set_font("Helvetica", "BI", 9.5)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def para(self, text):
        self.set_font("Helvetica", "", 9.5)
        self.multi_cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def simple_table(self, headers, rows, widths, aligns):
        self.set_font("Helvetica", "B", 8.5)
        for h, w in zip(headers, widths):
            self.cell(w, 6, h, border="B")
        self.ln(6)
        self.set_font("Helvetica", "", 8.5)
        for row in rows:
            for cell, w, a in zip(row, widths, aligns):
                self.cell(w, 5.5, cell, align=a)
            self.ln(5.5)
        self.ln(3)


def build():
    pdf = Report(format="Letter")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(auto=True, margin=18)

    # ---------------- Page 1: cover and risk factors ----------------
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "UNITED STATES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "SECURITIES AND EXCHANGE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Washington, D.C. 20549", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "FORM 20-F", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.5, "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
                   "for the fiscal year ended March 31, 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Commission file number: 001-40922", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Kabushiki Kaisha Kagura Dejitaru Horudingusu", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(0, 4, "(Exact name of Registrant as specified in its charter)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "KAGURA DIGITAL HOLDINGS, INC.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 8)
    pdf.cell(0, 4, "(Translation of Registrant's name into English)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 5, "2-14-6 Kaigan, Minato-ku, Tokyo 105-0022, Japan", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4.5, "American Depositary Shares, each representing one share of common stock, are listed on the "
                   "New York Stock Exchange under the symbol KGRD. Our common stock is listed on the Prime Market of the "
                   "Tokyo Stock Exchange under securities code 4417.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf.para("In this annual report, unless the context otherwise requires, \"Kagura,\" \"we,\" \"us,\" \"our\" and "
             "\"the Company\" refer to Kagura Digital Holdings, Inc. and its consolidated subsidiaries. Our fiscal year "
             "ends on March 31. References to \"fiscal 2025\" are to the fiscal year ended March 31, 2025.")

    pdf.heading("Item 3. Key Information - D. Risk Factors (excerpt)")
    pdf.subheading("We depend on a small number of customers for a significant portion of our revenue.")
    pdf.para("Our GPU cloud business is concentrated among a limited number of developers of large AI models and "
             "large enterprises. For fiscal 2025, Kazane Labs K.K. accounted for 23.8% of our revenue, and our five "
             "largest customers together accounted for 61.2% of our revenue. One other customer, a domestic "
             "telecommunications operator, accounted for 10.4% of our revenue. Most of our contracts with these "
             "customers are reserved-capacity contracts with terms of two to five years, but they may be terminated "
             "for cause, and a customer experiencing financial difficulty may be unable to pay. If any of these "
             "customers reduced its commitments or failed to renew, our revenue and our ability to service our "
             "borrowings could be materially and adversely affected.")
    pdf.subheading("We rely on a limited number of suppliers for GPUs, accelerators and servers.")
    pdf.para("In fiscal 2025, purchases of GPU systems from Arvane Semiconductor N.V. accounted for approximately 57% "
             "of our capital expenditures, and we expect Arvane to remain our largest supplier for the foreseeable "
             "future. We also source inference accelerators for our domestic inference clusters from Shenzhen Lanxin "
             "Technology Co., Ltd. (\"Lanxin\"), a supplier based in the People's Republic of China, and purchases "
             "from Lanxin amounted to " + YEN + "21.4 billion in fiscal 2025. Our servers are assembled and integrated "
             "by Shirogane Systems Co., Ltd., which manufactured substantially all of the GPU servers we deployed "
             "in fiscal 2025.")
    pdf.para("Our suppliers themselves depend on a small number of memory manufacturers. For example, Lanxin sources "
             "high-bandwidth memory from Tsukumo Memory Corporation (\"Tsukumo\"), our largest shareholder, and a "
             "shortage of high-bandwidth memory could delay deliveries to us. Changes in export control regulations "
             "in Japan, the United States or China could also restrict our ability to continue purchasing accelerators "
             "from Lanxin or to deploy them in certain facilities.")
    pdf.subheading("We face intense competition.")
    pdf.para("We compete with global GPU cloud providers such as Nordhavn Compute, Inc. and Ostara Compute AG, with "
             "the cloud divisions of domestic telecommunications groups and with hyperscale cloud providers. Many of "
             "these competitors have greater financial resources than we do and may be able to offer lower prices.")

    # ---------------- Page 2: business and organizational structure ----------------
    pdf.add_page()
    pdf.heading("Item 4. Information on the Company")
    pdf.subheading("B. Business Overview (excerpt)")
    pdf.para("We operate seven data centers in Japan with a combined critical IT load of 212 MW as of March 31, 2025, "
             "and we provide GPU cloud services, colocation and managed inference services. GPU cloud services "
             "accounted for 68.4% of our revenue in fiscal 2025, compared with 51.9% in fiscal 2024.")
    pdf.para("In January 2025, we entered into a strategic partnership with Hadeed Compute Company under which the two "
             "companies jointly market GPU capacity to Japanese customers that require capacity in the Gulf region "
             "and to Gulf customers that require capacity in Japan. The partnership does not involve any equity "
             "investment by either party, and each party contracts with and bills its own customers.")
    pdf.para("Kagura Data Centers G.K. purchases electricity for our Osaka and Kitakyushu facilities under long-term "
             "supply agreements with Setouchi Electric Power Co., Inc. Electricity costs represented 18.7% of our "
             "cost of revenue in fiscal 2025.")

    pdf.subheading("C. Organizational Structure")
    pdf.para("Kagura Digital Holdings, Inc. is a holding company, and our operations are conducted through our "
             "subsidiaries. The following table sets forth our principal subsidiaries as of March 31, 2025. All of "
             "them are consolidated subsidiaries.")
    pdf.simple_table(
        ["Name of subsidiary", "Country", "Ownership", "Principal activities"],
        [
            ["Kagura Compute K.K.", "Japan", "100.0%", "GPU cloud services"],
            ["Kagura Data Centers G.K.", "Japan", "100.0%", "Data center operation"],
            ["Kagura Digital Singapore Pte. Ltd.", "Singapore", "100.0%", "Regional sales"],
        ],
        [62, 24, 22, 58],
        ["L", "L", "L", "L"],
    )
    pdf.para("In addition to the subsidiaries listed above, we have a number of subsidiaries that are not material "
             "individually or in the aggregate, including entities that hold real estate for our data centers.")

    pdf.heading("Item 5. Operating and Financial Review and Prospects")
    pdf.subheading("A. Operating Results (excerpt)")
    pdf.para("Revenue increased by 47.2% to " + YEN + "171.9 billion in fiscal 2025 from " + YEN + "116.8 billion in "
             "fiscal 2024, mainly reflecting the ramp-up of reserved-capacity contracts at our Osaka and Kitakyushu "
             "facilities. Cost of revenue increased by 52.6%, primarily due to higher depreciation of GPU servers "
             "and higher electricity costs.")

    # ---------------- Page 3: liquidity ----------------
    pdf.add_page()
    pdf.subheading("B. Liquidity and Capital Resources")
    pdf.para("Our principal sources of liquidity are cash generated from operations, bank borrowings and, from time "
             "to time, the issuance of equity securities. As of March 31, 2025, we had cash and cash equivalents of "
             + YEN + "38.6 billion and total borrowings of " + YEN + "186.3 billion.")
    pdf.para("In September 2024, Kagura Compute K.K. entered into a syndicated term loan agreement of up to "
             + YEN + "120.0 billion with The Tokiwa Sumida Bank, Ltd., as arranger and lender, and Minato Development "
             "Bank, as lender. The term loan is secured by a pledge of the GPU servers owned by Kagura "
             "Compute K.K. and by an assignment of its receivables under customer contracts, and is guaranteed by "
             "Kagura Digital Holdings, Inc. The loan bears interest at TORF plus 1.45% per annum and amortizes over "
             "five years. As of March 31, 2025, " + YEN + "96.0 billion was outstanding under the term loan.")
    pdf.para("In addition, we maintain a " + YEN + "30.0 billion committed line of credit with The Tokiwa Sumida Bank, "
             "Ltd. Borrowings under the line of credit were " + YEN + "12.5 billion as of March 31, 2025. The "
             "remainder of our borrowings consists of finance lease obligations and loans secured by our data "
             "center real estate.")
    pdf.para("Our loan agreements contain financial covenants, including a maximum ratio of net debt to adjusted "
             "EBITDA of 4.5 times and a minimum debt service coverage ratio for Kagura Compute K.K. of 1.25 times. "
             "We were in compliance with these covenants as of March 31, 2025. If the market value of GPU servers "
             "declines significantly, the lenders under the syndicated term loan may require us to provide "
             "additional collateral.")
    pdf.para("Capital expenditures were " + YEN + "142.7 billion in fiscal 2025, of which approximately 81% related "
             "to GPU servers and networking equipment. As of March 31, 2025, we had purchase commitments of "
             + YEN + "64.8 billion, principally for GPU systems to be delivered in the first half of fiscal 2026. We "
             "expect to fund these commitments with cash from operations, additional drawings under our "
             "credit facilities and new equipment financing.")
    pdf.subheading("Critical accounting estimates - useful lives of GPU servers")
    pdf.para("We depreciate GPU servers on a straight-line basis over five years. If we had used a useful life of "
             "four years, depreciation expense for fiscal 2025 would have been higher by approximately "
             + YEN + "9.8 billion. We review the useful lives annually, taking into account the pace of new product "
             "introductions by our suppliers and the prices we are able to charge for older generations of GPUs.")

    # ---------------- Page 4: major shareholders and related parties ----------------
    pdf.add_page()
    pdf.heading("Item 7. Major Shareholders and Related Party Transactions")
    pdf.subheading("A. Major Shareholders")
    pdf.para("The following table sets forth information regarding the beneficial ownership of our common stock as "
             "of June 30, 2025 by each person known to us to beneficially own more than 5% of our outstanding "
             "shares. Percentages are based on 282,744,300 shares outstanding.")
    pdf.simple_table(
        ["Name of beneficial owner", "Shares", "Percentage"],
        [
            ["Tsukumo Memory Corporation", "41,280,000", "14.6%"],
            ["Hiroshi Kagurazaka", "25,730,000", "9.1%"],
            ["Minato Development Bank", "14,985,000", "5.3%"],
        ],
        [80, 40, 30],
        ["L", "R", "R"],
    )
    pdf.para("Tsukumo Memory Corporation, a manufacturer of memory semiconductors, has been our largest shareholder "
             "since our formation and held 14.6% of our outstanding common stock as of June 30, 2025. Hiroshi "
             "Kagurazaka is our founder and Representative Director. None of our major shareholders has voting "
             "rights different from those of our other shareholders.")
    pdf.subheading("B. Related Party Transactions")
    pdf.para("We did not purchase any products or services from Tsukumo in fiscal 2025, 2024 or 2023, and Tsukumo "
             "does not have the right to appoint any member of our board of directors. Minato Development Bank is a "
             "lender under our syndicated term loan described in Item 5.B; the terms of that loan were negotiated "
             "on an arm's-length basis together with the other lender.")
    pdf.para("Our directors and executive officers did not have any material interest in any transaction with us "
             "during fiscal 2025, and we have no outstanding loans to any of them.")
    pdf.subheading("C. Interests of Experts and Counsel")
    pdf.para("Not applicable.")

    pdf.output(str(OUT))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
