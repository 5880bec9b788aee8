"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 02_pravahan_20f_excerpt.pdf (English, core Helvetica font, 2 pages)
- 06_瀚芯智算_關連交易公告.pdf (Traditional Chinese, Noto Sans CJK TC converted to a
  temporary TrueType subset with fontTools, deleted after the build, 2 pages)

English text wraps only at spaces; Chinese text is packed sentence by sentence and
breaks only after 。 (the build fails if a sentence does not fit on one line).
"""
import os
import re

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def make_ttf(text, out, number):
    """Subset a CFF-based Noto Sans CJK face and convert it to TrueType outlines."""
    font = TTFont(TTC, fontNumber=number)
    opts = Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    gs = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


class Doc(FPDF):
    def __init__(self, family, footer_text):
        super().__init__(format="A4")
        self.family_name = family
        self.footer_text = footer_text
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(False)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family_name, size=7)
        self.cell(0, 5, self.footer_text.format(n=self.page_no()), align="C")


def render(pdf, blocks, cjk):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    fam = pdf.family_name
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
            continue
        if kind in ("title", "h"):
            size = 12 if kind == "title" else 10
            style = "" if cjk else "B"
            pdf.set_font(fam, style=style, size=size)
            align = "C" if kind == "title" else "L"
            for line in block[1].split("\n"):
                assert pdf.get_string_width(line) <= width, line
                pdf.cell(0, 6, line, align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        if kind in ("p", "small"):
            size = 9 if kind == "p" else 7.5
            pdf.set_font(fam, size=size)
            lh = 4.8 if kind == "p" else 4
            if not cjk:
                pdf.multi_cell(0, lh, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                sentences = [s for s in re.split(r"(?<=。)", block[1]) if s]
                line = ""
                for s in sentences:
                    assert pdf.get_string_width(s) <= width, f"too long: {s}"
                    if pdf.get_string_width(line + s) <= width:
                        line += s
                    else:
                        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
                        line = s
                if line:
                    pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        if kind == "table":
            _, rows, widths, header = block
            assert abs(sum(widths) - width) < 0.5 or sum(widths) < width
            for i, row in enumerate(rows):
                bold = header and i == 0 and not cjk
                pdf.set_font(fam, style="B" if bold else "", size=7.5)
                for cell, w in zip(row, widths):
                    assert pdf.get_string_width(cell) <= w - 1, f"cell too wide: {cell}"
                    pdf.cell(w, 5.2, cell, border=1)
                pdf.ln(5.2)
            pdf.ln(2)
            continue
        raise ValueError(kind)


PRAVAHAN = [
    ("page",),
    ("title", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 20-F (EXCERPT)"),
    ("p", "PRAVAHAN DATACENTRES LIMITED (Exact name of registrant as specified in its charter). "
          "Republic of India. American Depositary Shares, each representing two equity shares, "
          "listed on the New York Stock Exchange under the symbol PRVH. Fiscal year ended March 31, 2025."),
    ("h", "Item 5.B. Liquidity and Capital Resources"),
    ("p", "Our business is capital intensive. We fund the construction of our campuses through a "
          "combination of internal accruals, equity contributed by our shareholders, rupee and "
          "foreign-currency term loans, export-credit-backed facilities and listed debentures. As of "
          "March 31, 2025, our consolidated borrowings amounted to INR 9,870 crore (US$1,155 million), "
          "compared with INR 6,420 crore as of March 31, 2024. Unless otherwise stated, convenience "
          "translations in this section use INR 85.45 = US$1.00."),
    ("p", "Our Chennai campus is owned and operated by Pravahan Chennai Campus Private Limited, a wholly "
          "owned subsidiary of Pravahan Datacentres Limited, which borrows in its own name on a "
          "limited-recourse basis."),
    ("h", "Principal lenders"),
    ("p", "The following table sets forth our principal credit facilities as of March 31, 2025:"),
    ("table", [
        ["Lender", "Borrower", "Facility", "Outstanding", "Maturity"],
        ["Osterlund Eksportkreditt AS (1)", "Pravahan Datacentres Limited", "ECA-covered term loan",
         "EUR 310 million", "2034"],
        ["Kaveri Meridian Bank Limited (2)", "Pravahan Chennai Campus Pvt Ltd", "Rupee term loan",
         "INR 2,400 crore", "2033"],
        ["Marrowick Bank plc", "Pravahan Datacentres Limited", "Revolving credit facility",
         "USD 150 million", "2028"],
        ["Listed green debentures (3)", "Pravahan Datacentres Limited", "Non-convertible debentures",
         "INR 1,500 crore", "2030"],
    ], [52, 48, 38, 26, 16], True),
    ("small", "(1) The facility finances Norwegian-origin cooling, switchgear and transformer equipment "
              "for our Navi Mumbai campus and benefits from export-credit cover. Interest is payable "
              "semi-annually at six-month EURIBOR plus a margin."),
    ("small", "(2) Sarvodaya Trustee Services Limited acts as security trustee for the lenders under the "
              "Kaveri Meridian Bank facility and does not itself provide any financing. Dhruvatara Holdings "
              "Private Limited has guaranteed the obligations of Pravahan Chennai Campus Private Limited "
              "under the Kaveri Meridian Bank facility."),
    ("small", "(3) The debentures are listed on the National Stock Exchange of India and are held by "
              "domestic mutual funds and insurers."),
    ("p", "Our facilities contain customary financial covenants, including a maximum net debt to EBITDA "
          "ratio of 5.5x and a minimum debt service coverage ratio of 1.20x. We were in compliance with "
          "all financial covenants as of March 31, 2025. A breach of these covenants could result in an "
          "acceleration of the relevant facility. See Item 3.D, Risk Factors."),
    ("page",),
    ("h", "Notes to the Consolidated Financial Statements (excerpt)"),
    ("h", "Note 31. Related party transactions"),
    ("p", "(a) Controlling shareholder. Dhruvatara Holdings Private Limited (\"Dhruvatara\" or the "
          "\"Promoter\") held 52.3% of our equity shares as of March 31, 2025 and is our ultimate "
          "controlling party."),
    ("p", "(b) Significant shareholder. Halvard Brightwater Infrastructure Fund IV SCSp held 17.6% of our "
          "equity shares on a fully diluted basis, acquired through a primary subscription of INR 3,150 "
          "crore in fiscal 2024, and is entitled to nominate one director to our Board."),
    ("p", "(c) Entities under common control. Electricity for our Navi Mumbai and Chennai campuses is "
          "purchased from Dhruvatara Renewables Private Limited under long-term open-access agreements. "
          "Dhruvatara Renewables Private Limited is a subsidiary of the Promoter."),
    ("p", "The following transactions were entered into with related parties (INR crore):"),
    ("table", [
        ["Purchase of power - Dhruvatara Renewables", "412.6", "298.1"],
        ["Reimbursement of shared services - Dhruvatara", "6.4", "5.9"],
        ["Director nomination fees - Brightwater fund", "0.3", "0.3"],
        ["Guarantee commission paid to Dhruvatara", "nil", "nil"],
    ], [120, 30, 30], False),
    ("small", "Columns: nature of transaction, fiscal 2025, fiscal 2024. All transactions were conducted on "
              "an arm's length basis and approved by our Audit Committee."),
    ("h", "Note 32. Significant contracts"),
    ("p", "In December 2024 we entered into a ten-year colocation and powered-shell agreement with Qasr "
          "Nabil Artificial Intelligence Holding PJSC for 48 MW at our Navi Mumbai campus, with a "
          "contracted value of approximately INR 5,900 crore over the term. Qasr Nabil is not a related "
          "party."),
    ("p", "Servers and integrated racks for the Navi Mumbai AI hall were purchased from Tessaro Systems "
          "Ltd. for INR 1,140 crore during fiscal 2025."),
    ("p", "Accelerators deployed in our halls are procured by our customers themselves; we do not purchase "
          "accelerators from Corvantis Microdevices N.V. or any other chip vendor."),
    ("p", "Note 33. Subsequent events. There were no material subsequent events requiring adjustment "
          "or disclosure in these financial statements."),
]

HANXIN = [
    ("page",),
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。"
              "對其準確性或完整性亦不發表任何聲明。"
              "並明確表示概不就因本公告全部或任何部分內容而產生之任何損失承擔任何責任。"),
    ("title", "瀚芯智算控股有限公司\nHanxin AI Compute Holdings Limited\n（於開曼群島註冊成立之有限公司）\n（股份代號：2719）"),
    ("title", "持續關連交易\n與華訊雲訂立2025年產品供應框架協議"),
    ("h", "緒言"),
    ("p", "董事會（「董事會」）謹此宣佈以下事項。"
          "於2025年4月18日（交易時段後），本公司與華訊雲計算科技股份有限公司（「華訊雲」）訂立框架協議。"
          "根據框架協議，本集團將向華訊雲及其附屬公司供應AI推理加速卡及相關軟件服務。"
          "截至2027年12月31日止三個年度之年度上限分別為人民幣6.5億元、8.2億元及9.8億元。"
          "截至2024年12月31日止年度，本集團向華訊雲銷售產品之金額約為人民幣4.82億元。"),
    ("h", "框架協議之主要條款"),
    ("table", [
        ["日期", "2025年4月18日"],
        ["訂約方", "本公司（作為供應方）；華訊雲（作為採購方）"],
        ["年期", "2025年1月1日至2027年12月31日"],
        ["定價基準", "參考市場價格並經公平磋商釐定"],
        ["付款條款", "貨到驗收後六十日內以人民幣支付"],
    ], [35, 145], False),
    ("h", "上市規則涵義"),
    ("p", "於本公告日期，華訊雲持有本公司約12.50%已發行股份，為本公司之主要股東。"
          "因此，根據上市規則第14A章，華訊雲為本公司之關連人士。"
          "華訊雲為中國華訊通信集團有限公司（「華訊集團」）之附屬公司。"
          "於本公告日期，華訊集團並無直接持有本公司任何股份。"
          "由於年度上限之最高適用百分比率超過5%，框架協議須遵守申報、公告及獨立股東批准規定。"),
    ("h", "歷史交易金額"),
    ("table", [
        ["財政年度", "本集團向華訊雲銷售金額", "佔本集團收入比例"],
        ["2023年", "人民幣2.07億元", "31.4%"],
        ["2024年", "人民幣4.82億元", "38.9%"],
    ], [50, 80, 50], True),
    ("page",),
    ("h", "訂約方資料"),
    ("p", "本公司為投資控股公司，其股份於聯交所主板上市。"
          "瀚芯科技（深圳）有限公司（「瀚芯深圳」）為本公司之全資附屬公司。"
          "瀚芯深圳主要從事AI推理晶片之設計、研發及銷售。"
          "華訊雲為一家於上海證券交易所上市之公司，主要從事雲計算及智算服務。"),
    ("h", "訂立框架協議之理由及裨益"),
    ("p", "華訊雲為本集團最大客戶，框架協議有助本集團鎖定穩定訂單。"
          "本集團之光互連晶片主要向武漢光瀾芯片股份有限公司採購。"
          "武漢東湖光谷產業投資集團有限公司持有本公司約6.10%已發行股份。"
          "由於其持股低於10%，該公司並非本公司之關連人士。"
          "本集團亦向杭州衡步機器人科技有限公司供應邊緣推理晶片。"
          "該公司並非本公司之關連人士，相關交易不屬於框架協議範圍。"
          "董事認為，本集團與Corvantis Microdevices N.V.之產品定位不同，並不構成直接競爭。"),
    ("h", "獨立董事委員會及獨立財務顧問"),
    ("p", "由全體獨立非執行董事組成之獨立董事委員會已告成立。"
          "嘉衡融資有限公司已獲本公司委任為獨立財務顧問。"
          "一份載有框架協議詳情之通函預期將於2025年5月16日或之前寄發予股東。"),
    ("h", "釋義"),
    ("table", [
        ["「本公司」", "指瀚芯智算控股有限公司"],
        ["「本集團」", "指本公司及其附屬公司"],
        ["「聯交所」", "指香港聯合交易所有限公司"],
        ["「上市規則」", "指聯交所證券上市規則"],
    ], [35, 145], False),
    ("p", "承董事會命。"
          "瀚芯智算控股有限公司主席蕭承遠。"
          "香港，2025年4月18日。"),
    ("small", "於本公告日期，董事會包括執行董事蕭承遠先生及馮穎琦女士。"
              "非執行董事為陳岫先生。"
              "獨立非執行董事為梁嘉澍先生、伍雅芝女士及鄧啟泓先生。"),
]


def all_text(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            for row in b[1]:
                out.extend(row)
        elif len(b) > 1:
            out.append(b[1])
    return "".join(out)


def main():
    pdf = Doc("helvetica", "Pravahan Datacentres Limited - Form 20-F - page {n}")
    render(pdf, PRAVAHAN, cjk=False)
    pdf.output(os.path.join(HERE, "02_pravahan_20f_excerpt.pdf"))

    font_path = os.path.join(HERE, "_tmp_noto_tc_subset.ttf")
    chars = all_text(HANXIN) + "瀚芯智算控股有限公司 公告 第頁" + "0123456789 abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-"
    make_ttf(chars, font_path, number=3)
    try:
        pdf = Doc("nototc", "瀚芯智算控股有限公司 公告 第{n}頁")
        pdf.add_font("nototc", fname=font_path)
        render(pdf, HANXIN, cjk=True)
        pdf.output(os.path.join(HERE, "06_瀚芯智算_關連交易公告.pdf"))
    finally:
        os.remove(font_path)


if __name__ == "__main__":
    main()
