"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 03_orrowind_s1_excerpt.pdf  (English, core Helvetica font)
- 05_lingchuan_hkex_announcement.pdf  (Traditional Chinese; Noto Sans CJK TC from the
  system .ttc, subset and converted from CFF to TrueType outlines with fontTools into a
  temporary directory that is deleted afterwards)

Lines are broken only at spaces (English) or after 。 / at spaces (Chinese), so every
sentence survives pypdf text extraction after whitespace normalisation.
"""
import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

# ---------------------------------------------------------------------------
# 03 - Orrowind S-1 excerpt (English)
# Each page: list of (style, text). style: T title, H heading, S subheading, P paragraph,
# R table row (tuple of cells), N small note.
# ---------------------------------------------------------------------------
S1_PAGES = [
    [
        ("N", "As filed with the Securities and Exchange Commission on November 3, 2025"),
        ("N", "Registration No. 333-291047"),
        ("T", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("S", "FORM S-1 REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933"),
        ("T", "ORROWIND, INC."),
        ("N", "(Exact name of registrant as specified in its charter)"),
        ("R", ("Delaware", "7372", "88-4410923")),
        ("R", ("(State of incorporation)", "(Primary SIC Code)", "(IRS Employer ID No.)")),
        ("N", "The information in this preliminary prospectus is not complete and may be changed. "
              "We may not sell these securities until the registration statement filed with the "
              "Securities and Exchange Commission is effective. This preliminary prospectus is not an "
              "offer to sell these securities in any jurisdiction where the offer or sale is not permitted."),
        ("H", "PROSPECTUS SUMMARY"),
        ("S", "Overview"),
        ("P", "Orrowind, Inc. builds autonomous customer-service agents for regulated industries such as "
              "healthcare, insurance and utilities. Our agents resolve billing disputes, prior-authorization "
              "questions and claims inquiries end to end, and hand off to human staff only when policy "
              "requires it. For the six months ended June 30, 2025, our revenue was $58.3 million, an "
              "increase of 112% compared with the same period in 2024, and our net loss was $31.7 million."),
        ("P", "Unless the context otherwise requires, the terms \"Orrowind,\" \"the company,\" \"we,\" \"us\" "
              "and \"our\" refer to Orrowind, Inc. and its consolidated subsidiaries."),
        ("H", "RISK FACTORS (SELECTED)"),
        ("S", "We depend on a limited number of third-party model and cloud providers."),
        ("P", "Our agents run on large language models licensed from Corvaline Labs, Inc. (\"Corvaline\") "
              "and on our own fine-tuned models, and they are hosted on infrastructure provided by Nimbrane "
              "Cloud Services, Inc. (\"Nimbrane\"). If Corvaline were to discontinue the models we use, or if "
              "Nimbrane were to suffer an extended regional outage, our agents could become unavailable and "
              "our business could be materially harmed. Replacing either provider would require us to "
              "re-evaluate and re-tune our agents, which could take several months."),
        ("S", "Our revenue is concentrated among a small number of customers."),
        ("P", "Draycott Health Systems accounted for 14% of our revenue in 2024 and 16% of our revenue for "
              "the six months ended June 30, 2025. Our second-largest customer, a national property and "
              "casualty insurer, accounted for 9% of revenue in the same period. The loss of, or a "
              "significant reduction in usage by, either customer would adversely affect our results."),
        ("S", "The market for AI customer-service software is intensely competitive."),
        ("P", "We compete with horizontal software vendors such as Quillmark Software and Gravecrest, Inc., "
              "both of which have launched agent products, and with the in-house engineering teams of our "
              "prospective customers. Many of our competitors have longer operating histories, larger "
              "sales forces and substantially greater financial resources than we do."),
    ],
    [
        ("H", "MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS"),
        ("S", "Key Commercial Agreements"),
        ("P", "Cloud Services Agreement. In March 2025 we entered into an amended cloud services agreement "
              "with Nimbrane under which we committed to spend at least $120.0 million on Nimbrane cloud "
              "services through March 2029. If our actual spend falls short of the commitment in any "
              "contract year, we must pay the shortfall."),
        ("P", "Model License Agreement. Corvaline licenses its frontier and small language models to us "
              "under a model license and inference agreement, and we pay Corvaline usage-based fees subject "
              "to volume discounts. Model and hosting costs represented 31% of revenue for the six months "
              "ended June 30, 2025, compared with 38% in the prior-year period."),
        ("P", "Data Platform. We store and process conversation data on the Tessellane Data platform, which "
              "we purchase from Tessellane under a three-year order form with a minimum annual commitment "
              "of $12.0 million."),
        ("P", "Reseller Agreement. Sablewick Systems Ltd. resells our agents to public-sector customers in "
              "the United Kingdom and Ireland; Sablewick buys subscriptions from us at a discount and bears "
              "the credit risk of the end customer. Revenue through Sablewick was 4% of total revenue for "
              "the six months ended June 30, 2025."),
        ("P", "Acquisition of Threnody. In January 2025 we acquired Threnody Voice, Inc. (\"Threnody\"), a "
              "speech-synthesis start-up, for $21.5 million in cash and shares of our common stock, and "
              "Threnody became our wholly owned subsidiary. Threnody's voice models now power the "
              "telephone channel of our agents."),
        ("S", "Indebtedness"),
        ("P", "On April 30, 2025, we entered into a senior secured term loan facility of $150.0 million (the "
              "\"Term Loan\") with Brackenfield Credit Partners, L.P. (\"Brackenfield\") as the sole lender. "
              "The Term Loan bears interest at SOFR plus 5.50% per annum, matures in April 2030 and is "
              "secured by substantially all of our assets, including our intellectual property. Larkspur "
              "Loan Services LLC acts as administrative and collateral agent for Brackenfield under the "
              "Term Loan and has no lending commitment."),
        ("S", "Contractual Obligations (as of June 30, 2025, in millions)"),
        ("R", ("Obligation", "Total", "< 1 year", "1-3 years", "3-5 years")),
        ("R", ("Term Loan principal", "$150.0", "$ -", "$ 15.0", "$135.0")),
        ("R", ("Nimbrane cloud commitment", "$111.4", "$27.5", "$ 60.0", "$ 23.9")),
        ("R", ("Tessellane order form", "$ 30.0", "$12.0", "$ 18.0", "$ -")),
        ("R", ("Operating leases", "$ 9.6", "$ 3.1", "$ 5.2", "$ 1.3")),
        ("N", "The table excludes usage-based fees payable to Corvaline, which are not subject to a minimum."),
    ],
    [
        ("H", "CERTAIN RELATIONSHIPS AND RELATED PARTY TRANSACTIONS"),
        ("P", "Series C Preferred Stock Financing. In February 2025, we sold 14,820,000 shares of Series C "
              "preferred stock to Halvorsen Compute Corp. for an aggregate purchase price of $90.0 million. "
              "Halvorsen does not provide compute services to us, and we have no commercial agreement with "
              "Halvorsen other than the investor rights agreement entered into in connection with the "
              "financing."),
        ("P", "Series B Preferred Stock Financing. Funds affiliated with Kestrel Ridge Partners led our "
              "Series B financing in 2023, purchasing $40.0 million of Series B preferred stock. A partner "
              "of Kestrel Ridge Partners serves on our board of directors."),
        ("H", "PRINCIPAL STOCKHOLDERS"),
        ("P", "The following table sets forth information regarding beneficial ownership of our capital "
              "stock as of September 30, 2025. Percentage ownership is based on 129,884,000 shares "
              "outstanding on an as-converted basis."),
        ("R", ("Name of beneficial owner", "Shares", "Percent")),
        ("R", ("Kestrel Ridge Partners Fund IV, L.P.", "21,300,000", "16.4%")),
        ("R", ("Halvorsen Compute Corp.", "14,820,000", "11.4%")),
        ("R", ("Ilse Marrow (Chief Executive Officer)", "11,200,000", "8.6%")),
        ("R", ("All executive officers and directors as a group (9 persons)", "18,450,000", "14.2%")),
        ("H", "USE OF PROCEEDS"),
        ("P", "We intend to use the net proceeds from this offering for working capital and general corporate "
              "purposes, including expanding our sales organization and funding model and hosting costs. We "
              "may also use a portion of the net proceeds to acquire complementary businesses, although we "
              "have no present commitments for any acquisitions. We do not intend to use the proceeds to "
              "repay the Term Loan."),
    ],
]

# ---------------------------------------------------------------------------
# 05 - Lingchuan HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
HK_PAGES = [
    [
        ("N", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明。"
              "並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"),
        ("T", "翎川科技控股有限公司"),
        ("T", "LINGCHUAN TECHNOLOGY HOLDINGS LIMITED"),
        ("C", "（於開曼群島註冊成立的有限公司）"),
        ("C", "（股份代號：2487）"),
        ("T", "須予披露交易"),
        ("T", "認購星衍智能（深圳）有限公司的股權"),
        ("H", "認購協議"),
        ("P", "董事會欣然宣佈，於2025年11月21日（交易時段後），本公司與目標公司訂立認購協議。"
              "目標公司為星衍智能（深圳）有限公司（「星衍智能」），一家於中國成立的有限公司。"
              "根據認購協議，本公司同意以現金人民幣3.2億元（約相當於3.49億港元）認購星衍智能新增註冊資本。"
              "完成後，本公司將持有星衍智能經擴大註冊資本約15.00%。"
              "星衍智能將不會成為本公司的附屬公司，其財務業績亦不會併入本集團的綜合財務報表。"),
        ("P", "同日，嘉澍資本管理有限公司（「嘉澍資本」）亦與星衍智能訂立認購協議，認購金額為人民幣1.8億元。"
              "兩項認購互不為條件。"),
        ("H", "認購協議的主要條款"),
        ("R", ("日期：", "2025年11月21日")),
        ("R", ("訂約方：", "(1)本公司（作為認購方）；及(2)目標公司")),
        ("R", ("代價：", "人民幣320,000,000元，須於完成時以現金支付")),
        ("R", ("資金來源：", "本集團內部資源")),
        ("P", "代價乃經訂約方公平磋商後釐定，已參考目標公司的投後估值約人民幣21.33億元。"
              "董事認為代價屬公平合理。"),
        ("P", "完成須待若干先決條件獲達成後方可作實，包括取得目標公司現有股東的書面同意及完成工商變更登記。"
              "預期完成將於2025年12月31日或之前落實。"),
    ],
    [
        ("H", "有關目標公司的資料"),
        ("P", "星衍智能成立於2022年，主要為零售及金融客戶提供多語種AI客服智能體。"
              "目標公司的智能體主要基於北京深算智能科技有限公司（「深算智能」）提供的大模型推理服務運行。"
              "其算力資源則主要向本公司全資附屬公司翎川雲計算有限公司（「翎川雲」）採購。"),
        ("P", "星衍智能現有股東包括其創始團隊及若干財務投資者，深算智能並非目標公司股東。"),
        ("P", "於2025年8月，滙澄銀行（中國）有限公司（「滙澄銀行」）向星衍智能提供人民幣6,000萬元循環貸款。"
              "該筆貸款由目標公司創始人提供個人擔保，本集團並無就此提供任何擔保。"),
        ("P", "下表載列目標公司截至2024年12月31日止兩個年度的未經審核財務資料："),
        ("R", ("截至12月31日止年度", "2023年", "2024年")),
        ("R", ("收入（人民幣千元）", "48,215", "131,760")),
        ("R", ("除稅前虧損（人民幣千元）", "(62,480)", "(71,305)")),
        ("R", ("除稅後虧損（人民幣千元）", "(62,480)", "(71,305)")),
        ("P", "截至2025年6月30日，目標公司的未經審核資產淨值約為人民幣2.87億元。"),
        ("H", "進行認購事項的理由及裨益"),
        ("P", "本集團主要從事企業雲服務、數據平台分銷及AI應用業務。"
              "本集團自2023年起擔任Tessellane Data, Inc.數據平台於大中華區的授權經銷商，向其採購訂閱後轉售予本地客戶。"),
        ("P", "與Corvaline Labs等海外模型廠商相比，深算智能的模型在中文客服場景具有成本優勢。"
              "董事認為，認購事項可加強本集團與AI應用客戶的合作，並帶動翎川雲的算力銷售。"),
        ("P", "董事（包括獨立非執行董事）認為，認購協議的條款屬公平合理，並符合本公司及股東的整體利益。"),
    ],
    [
        ("H", "上市規則的涵義"),
        ("P", "由於認購事項的一項或多項適用百分比率超過5%但均低於25%，故認購事項構成本公司的須予披露交易。"
              "因此，認購事項須遵守上市規則第14章的申報及公告規定。"),
        ("P", "就董事作出一切合理查詢後所深知，目標公司、嘉澍資本及滙澄銀行均為獨立第三方。"),
        ("P", "由於完成須待先決條件獲達成後方可作實，認購事項未必會進行。"
              "股東及潛在投資者於買賣本公司股份時務請審慎行事。"),
        ("H", "釋義"),
        ("R", ("「董事會」", "指", "本公司董事會")),
        ("R", ("「本公司」", "指", "翎川科技控股有限公司，其股份於聯交所主板上市")),
        ("R", ("「本集團」", "指", "本公司及其附屬公司")),
        ("R", ("「嘉澍資本」", "指", "嘉澍資本管理有限公司")),
        ("R", ("「滙澄銀行」", "指", "滙澄銀行（中國）有限公司")),
        ("R", ("「翎川雲」", "指", "翎川雲計算有限公司，本公司的全資附屬公司")),
        ("R", ("「深算智能」", "指", "北京深算智能科技有限公司")),
        ("R", ("「目標公司」或「星衍智能」", "指", "星衍智能（深圳）有限公司")),
        ("R", ("「人民幣」", "指", "中國法定貨幣人民幣")),
        ("R", ("「港元」", "指", "香港法定貨幣港元")),
        ("N", "於本公告內，人民幣金額按人民幣1.00元兌1.09港元的匯率換算為港元，僅供說明用途。"),
        ("C", "承董事會命"),
        ("C", "翎川科技控股有限公司"),
        ("C", "主席　程懷瑾"),
        ("C", "香港，2025年11月21日"),
        ("N", "於本公告日期，執行董事為程懷瑾先生及葉嘉禾女士，非執行董事為杜明遠先生。"
              "獨立非執行董事為梁舒雅女士、韋德成先生及區志朗先生。"),
    ],
]


def build_cjk_font(text, out_path):
    """Subset Noto Sans CJK TC to the characters used and convert CFF outlines to TrueType."""
    tmp_otf = out_path + ".otf"
    TTCollection(TTC).fonts[TC_INDEX].save(tmp_otf)
    font = TTFont(tmp_otf)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)
    os.remove(tmp_otf)


def split_cjk_lines(pdf, text, width):
    """Greedy line packing; break only after 。 or at a space."""
    segments, buf = [], ""
    for ch in text:
        buf += ch
        if ch in "。 ":
            segments.append(buf)
            buf = ""
    if buf:
        segments.append(buf)
    lines, cur = [], ""
    for seg in segments:
        if pdf.get_string_width(cur + seg) <= width:
            cur += seg
        else:
            if cur:
                lines.append(cur.rstrip(" "))
            if pdf.get_string_width(seg) > width:
                raise ValueError(f"segment too wide for one line: {seg}")
            cur = seg
    if cur:
        lines.append(cur.rstrip(" "))
    return lines


def render(pages, out_name, cjk_font=None):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 16, 18)
    if cjk_font:
        pdf.add_font("cjk", "", cjk_font)
        base = "cjk"
    else:
        base = "Helvetica"
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for page in pages:
        pdf.add_page()
        for style, content in page:
            bold = "B" if (style in ("T", "H") and not cjk_font) else ""
            size = {"T": 12, "H": 10.5, "S": 9.5, "P": 9.5, "R": 9, "N": 8, "C": 9.5}[style]
            pdf.set_font(base, bold, size)
            lh = size * 0.48
            if style == "R":
                n = len(content)
                if n == 2:
                    widths = [width * 0.22, width * 0.78]
                elif n == 3 and cjk_font and content[1] == "指":
                    widths = [width * 0.32, width * 0.06, width * 0.62]
                else:
                    first = width * (0.5 if n <= 3 else 0.36)
                    widths = [first] + [(width - first) / (n - 1)] * (n - 1)
                for i, (cell, w) in enumerate(zip(content, widths)):
                    if pdf.get_string_width(cell) > w - 1:
                        raise ValueError(f"table cell too wide: {cell}")
                    pdf.cell(w, lh + 0.6, cell, align="L" if i == 0 or cjk_font else "R")
                pdf.ln(lh + 0.6)
                continue
            if style in ("H", "S"):
                pdf.ln(1.5)
            align = "C" if style in ("T", "C") else "L"
            if cjk_font:
                for line in split_cjk_lines(pdf, content, width):
                    pdf.cell(width, lh + 1, line, align=align)
                    pdf.ln(lh + 1)
            else:
                pdf.multi_cell(width, lh + 1, content, align=align)
            pdf.ln(1.2 if style in ("P", "N") else 0.6)
            if pdf.get_y() > pdf.h - 14:
                raise ValueError(f"page overflow in {out_name}")
    pdf.output(os.path.join(HERE, out_name))


def main():
    render(S1_PAGES, "03_orrowind_s1_excerpt.pdf")
    chars = set()
    for page in HK_PAGES:
        for _, content in page:
            chars.update("".join(content) if isinstance(content, tuple) else content)
    chars.update("0123456789")
    tmpdir = tempfile.mkdtemp(prefix="fresh55_font_")
    try:
        font_path = os.path.join(tmpdir, "NotoSansCJKtc-subset.ttf")
        build_cjk_font("".join(sorted(chars)), font_path)
        render(HK_PAGES, "05_lingchuan_hkex_announcement.pdf", cjk_font=font_path)
    finally:
        shutil.rmtree(tmpdir)
    print("built 03_orrowind_s1_excerpt.pdf and 05_lingchuan_hkex_announcement.pdf")


if __name__ == "__main__":
    main()
