"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 06_calderwick_tidemoor_facility_note.pdf : English rating-agency note (core Helvetica font)
- 07_dayrun_mops_material_information.pdf  : Traditional Chinese MOPS announcements. The Noto Sans
  CJK TC face is subset from the system .ttc and converted from CFF to TrueType outlines with
  fontTools into a temporary directory (deleted afterwards), because pypdf extracts CFF-embedded
  CJK text with spurious spaces.

Lines are broken only at spaces or after "。" so that every quote matches pypdf's page text after
whitespace normalisation.
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK


# ----------------------------------------------------------------------------------------------
# font helper
def make_truetype_subset(text, out_path, index=TC_INDEX):
    font = TTCollection(TTC).fonts[index]
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
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
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ----------------------------------------------------------------------------------------------
# wrapping: break only at spaces or after 。
def tokens(par):
    out = []
    for chunk in par.split(" "):
        if not chunk:
            continue
        pieces = re.split(r"(?<=。)", chunk)
        pieces = [p for p in pieces if p]
        for i, p in enumerate(pieces):
            # glue flag: True if this piece follows the previous one without a space
            out.append((p, i > 0))
    return out


def wrap(pdf, par, width):
    lines, cur = [], ""
    for piece, glued in tokens(par):
        cand = piece if not cur else (cur + piece if glued else cur + " " + piece)
        if pdf.get_string_width(cand) <= width:
            cur = cand
            continue
        if pdf.get_string_width(piece) > width:
            raise ValueError(f"unbreakable piece too wide: {piece}")
        lines.append(cur)
        cur = piece
    if cur:
        lines.append(cur)
    return lines


def para(pdf, text, size, lh, style="", indent=0, after=1.5, family=None):
    if family:
        pdf.set_font(family, style, size)
    else:
        pdf.set_font(pdf.font_family, style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin - indent
    for line in wrap(pdf, text, width):
        if pdf.get_y() + lh > pdf.h - pdf.b_margin:
            pdf.add_page()
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def table(pdf, rows, widths, size, lh, header=True):
    pdf.set_font(pdf.font_family, "", size)
    for r, row in enumerate(rows):
        pdf.set_font(pdf.font_family, "B" if (header and r == 0) else "", size)
        x = pdf.l_margin
        for cell, w in zip(row, widths):
            pdf.set_x(x)
            pdf.cell(w, lh, cell, border=1)
            x += w
        pdf.ln(lh)
    pdf.ln(2)


# ----------------------------------------------------------------------------------------------
# 06: English rating note
RATING = [
    ("H1", "CALDERWICK RATINGS"),
    ("H3", "Structured and Specialty Finance | Credit Note | 3 November 2025"),
    ("H2", "Tidemoor Components (HK) Limited: US$375 Million Inventory-Backed Delayed-Draw Term Facility Assigned 'BBB-(sf)'; Outlook Stable"),
    ("H3", "Rating Action"),
    ("P", "Calderwick Ratings has assigned a 'BBB-(sf)' rating to the US$375 million senior secured inventory-backed delayed-draw term facility (the \"Facility\") made available to Tidemoor Components (HK) Limited. The Outlook is Stable. The rating addresses the timely payment of interest and the ultimate repayment of principal by the final maturity date in October 2028."),
    ("P", "Harrowgate Credit Partners, L.P. (\"Harrowgate\" or the \"Lead Lender\") has committed US$300 million under the Facility to Tidemoor Components (HK) Limited (\"TCHK\" or the \"Borrower\"). Brackwater Mutual Life Insurance Company (\"Brackwater\") holds the remaining US$75 million commitment and funds its share of each draw directly to the Borrower. As of the closing date, US$210 million had been drawn."),
    ("P", "TCHK is the principal trading subsidiary of Tidemoor Technology Holdings Limited (HKEX: 1973; \"Tidemoor\" or the \"Sponsor\"), which owns 100% of its share capital. Tidemoor is an authorised distributor of networking silicon, optical components and AI servers in Greater China and Southeast Asia."),
    ("H3", "Key Rating Drivers"),
    ("B", "Collateral quality. The Facility is secured by a first-ranking charge over eligible inventory held in bonded warehouses in Hong Kong, Shenzhen and Singapore, together with related receivables. Advance rates range from 45% for complete AI servers to 70% for networking silicon with firm customer backlog."),
    ("B", "Borrowing base discipline. Availability is recalculated weekly. Inventory older than 120 days is excluded, and any single product family is capped at 35% of the borrowing base."),
    ("B", "Sponsor support. Tidemoor has provided an unconditional and irrevocable guarantee of TCHK's obligations under the Facility."),
    ("B", "Concentration and technology risk. Collateral values depend on a narrow set of accelerator and networking products whose resale prices can fall quickly when a new generation ships. This is the main constraint on the rating."),
    ("H3", "Transaction Summary"),
    ("T", [["Item", "Terms"],
           ["Facility size", "US$375 million delayed-draw term loan"],
           ["Lenders", "Harrowgate US$300m; Brackwater US$75m"],
           ["Borrower", "Tidemoor Components (HK) Limited"],
           ["Guarantor", "Tidemoor Technology Holdings Limited"],
           ["Collateral agent", "Northbay Trust Bank, N.A."],
           ["Pricing", "SOFR + 4.25%, 0.50% undrawn fee"],
           ["Final maturity", "October 2028"]]),
    ("P", "Northbay Trust Bank, N.A. acts as collateral agent and custodian of warehouse receipts on behalf of Harrowgate and Brackwater; it has no funding obligation under the Facility."),
    ("PB", None),
    ("H3", "Collateral and Supplier Base"),
    ("P", "The largest single category of collateral is AI servers that Tidemoor purchases from Hangzhou Yaoheng Intelligent Computing Technology Co., Ltd. (\"Yaoheng\") for resale to data-centre operators in Hong Kong and Southeast Asia. These servers represented 38% of eligible inventory at closing. Yaoheng provides no repurchase commitment or price protection on servers held in Tidemoor's inventory, so the full resale risk sits with the Borrower and, ultimately, the lenders."),
    ("P", "Networking components make up most of the remaining collateral. Tidemoor buys SuperNICs from Portwright Networks, Inc. under a franchise distribution agreement that runs to June 2027. Halvarsen Signal Technologies, Inc. supplies optical DSPs to Tidemoor on 60-day terms, and these parts carry the highest advance rate among component collateral. Tidemoor also distributes pluggable transceivers purchased from Glimmerfield Optics Co., Ltd., which it sells mainly to second-tier cloud operators."),
    ("T", [["Collateral category", "Share of eligible", "Advance rate"],
           ["Complete AI servers", "38%", "45%"],
           ["SuperNICs and DPUs", "24%", "65%"],
           ["Optical DSPs", "17%", "70%"],
           ["Pluggable transceivers", "13%", "55%"],
           ["Other components", "8%", "40%"]]),
    ("P", "Customer concentration is moderate. Orinsay Data Centres Limited, the largest end customer, bought HK$2.1 billion of servers from Tidemoor in FY2024. The ten largest customers accounted for 46% of Tidemoor's revenue in the same year."),
    ("H3", "Lender Profile"),
    ("P", "Harrowgate is a closed-end private-credit fund focused on asset-based lending to the technology hardware supply chain. Harrowgate also lends to Dayrun Computer Corp. under a separate US$500 million facility secured by server work-in-process in Taiwan and Texas; that facility is not part of this transaction and is not rated by Calderwick."),
    ("H3", "Peer Comparison"),
    ("P", "Tidemoor's inventory days of 41 compare favourably with 58 days at Kinsale Components Holdings, its closest listed peer."),
    ("T", [["FY2024", "Revenue (HK$bn)", "Inventory days", "Net debt / EBITDA"],
           ["Tidemoor Technology Holdings", "31.6", "41", "1.9x"],
           ["Kinsale Components Holdings", "24.8", "58", "2.7x"],
           ["Peer median (6 distributors)", "18.2", "52", "2.3x"]]),
    ("H3", "Rating Sensitivities"),
    ("P", "Factors that could lead to a downgrade include a decline of more than 30% in the resale value of current-generation AI servers over a six-month period, a breach of the 35% product-family cap that is not cured within ten business days, or a weakening of Tidemoor's consolidated leverage above 3.0x. An upgrade is unlikely in the near term given the concentration of collateral in a small number of product families."),
    ("H3", "Methodology"),
    ("P", "Applicable criteria: Calderwick Asset-Based Lending Rating Criteria (June 2025) and Inventory Collateral Valuation Methodology (January 2025). The rating is not a recommendation to buy, sell or hold any security and does not address the market value of any collateral."),
    ("S", "Disclaimer: This note is provided for information only. Calderwick Ratings relies on information supplied by the Borrower, the Sponsor and the lenders and does not audit or independently verify such information. Ratings are opinions on relative credit risk and may be revised or withdrawn at any time."),
]


def build_rating(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for kind, content in RATING:
        if pdf.get_y() > pdf.h - 40 and kind in ("H3", "T"):
            pdf.add_page()
        if kind == "PB":
            pdf.add_page()
        elif kind == "H1":
            para(pdf, content, 16, 8, "B", after=1)
        elif kind == "H2":
            para(pdf, content, 12, 6, "B", after=3)
        elif kind == "H3":
            para(pdf, content, 10.5, 6, "B", after=1)
        elif kind == "P":
            para(pdf, content, 10, 5, after=2)
        elif kind == "B":
            para(pdf, "- " + content, 10, 5, indent=4, after=1.5)
        elif kind == "S":
            para(pdf, content, 8, 4, after=1)
        elif kind == "T":
            n = len(content[0])
            full = pdf.w - pdf.l_margin - pdf.r_margin
            widths = [full * 0.4] + [full * 0.6 / (n - 1)] * (n - 1) if n > 2 else [full * 0.35, full * 0.65]
            table(pdf, content, widths, 9, 6)
    pdf.output(path)


# ----------------------------------------------------------------------------------------------
# 07: Traditional Chinese MOPS material information
MOPS_PAGES = [
    [
        ("H1", "公開資訊觀測站 重大訊息公告"),
        ("H2", "(6741)岱嶸 代子公司岱嶸投資股份有限公司公告取得沁冷熱控科技股份有限公司普通股"),
        ("P", "序號 1 發言日期 114/10/14 發言時間 17:32:05"),
        ("P", "發言人 沈怡君 發言人職稱 財務長 發言人電話 03-3285566"),
        ("P", "主旨： 代子公司岱嶸投資股份有限公司公告取得沁冷熱控科技股份有限公司普通股"),
        ("P", "符合條款 第二十款 事實發生日 114/10/14"),
        ("P", "說明："),
        ("I", "1.標的物之名稱及性質（屬特別股者，並應標明特別股約定發行條件，如股息率等）： 沁冷熱控科技股份有限公司（以下簡稱「沁冷熱控」）普通股。"),
        ("I", "2.事實發生之日： 114/10/14~114/10/14"),
        ("I", "3.交易單位數量、每單位價格及交易總金額： 岱嶸投資股份有限公司認購沁冷熱控現金增資發行之普通股 18,500,000 股，每股新台幣 86 元，交易總金額新台幣 1,591,000,000 元。"),
        ("I", "4.交易相對人及其與公司之關係： 沁冷熱控（發行公司，辦理現金增資）；非本公司之關係人。"),
        ("I", "5.交易相對人為關係人者，並應公告選定關係人為交易對象之原因及前次移轉之所有人、 前次移轉之所有人與公司及交易相對人間相互之關係、 前次移轉日期及移轉金額： 不適用。"),
        ("I", "6.交易標的最近五年內所有權人曾為公司之關係人者，尚應公告關係人之取得及處分日期、 價格及交易當時與公司之關係： 不適用。"),
        ("I", "7.本次係處分債權之相關事項： 不適用。"),
        ("I", "8.處分利益（或損失）： 不適用。"),
        ("I", "9.交付或付款條件（含付款期間及金額）、 契約限制條款及其他重要約定事項： 於增資基準日前一次以現金繳足股款。"),
        ("I", "10.本次交易之決定方式、價格決定之參考依據及決策單位： 參考 翊德聯合會計師事務所 出具之價格合理性意見書，經岱嶸投資董事會決議通過。"),
        ("I", "11.取得或處分有價證券標的公司每股淨值： 新台幣 31.42 元。"),
        ("I", "12.迄目前為止，累積持有本交易證券（含本次交易）之數量、 金額、持股比例及權利受限情形： 累積持有 24,300,000 股，金額新台幣 2,090,200,000 元，持股比例 28.60%，無權利受限情形。"),
        ("I", "13.迄目前為止，依「公開發行公司取得或處分資產處理準則」第三條所列之有價證券投資（含本次交易）， 其占公司最近期財務報表中總資產及歸屬於母公司業主之權益之比例 暨最近期財務報表中營運資金數額： 占總資產 0.31%，占歸屬於母公司業主之權益 1.58%，營運資金新台幣 96,410,552 仟元。"),
        ("I", "14.經紀人及經紀費用： 無。"),
        ("I", "15.取得或處分之具體目的或用途： 沁冷熱控長期供應岱嶸電腦液冷 AI 伺服器機櫃所需之冷板及分歧管，本次投資旨在確保液冷零組件產能並深化策略合作。"),
        ("I", "16.本次交易表示異議之董事之意見： 無。"),
        ("I", "17.本次交易為關係人交易： 否。"),
        ("I", "18.交易之決定日期： 114/10/14"),
        ("I", "19.監察人承認或審計委員會同意日期： 不適用。"),
        ("I", "20.本次交易之取得或處分是否涉及大陸地區投資： 否。"),
        ("I", "21.其他敘明事項："),
        ("I2", "(1)岱嶸投資股份有限公司係岱嶸電腦股份有限公司百分之百持股之子公司。"),
        ("I2", "(2)沁冷熱控本次現金增資之其他認購人為晟懋創業投資股份有限公司，認購 6,000,000 股，認購價格與岱嶸投資相同。"),
        ("I2", "(3)交易完成後，岱嶸電腦透過岱嶸投資間接持有沁冷熱控 28.60% 股權，惟未取得過半數董事席次，沁冷熱控不納入合併財務報表。"),
        ("I2", "(4)岱嶸投資與晟懋創業投資股份有限公司間無關係人關係，亦未簽訂任何共同行使表決權之協議。"),
        ("I2", "(5)有關媒體報導聯芮資訊股份有限公司亦將參與沁冷熱控本次增資一事，經查並無此事。"),
    ],
    [
        ("H1", "公開資訊觀測站 重大訊息公告"),
        ("H2", "(6741)岱嶸 公告本公司與 Stratovane, Inc. 簽訂產能保留暨預付款協議"),
        ("P", "序號 2 發言日期 114/10/21 發言時間 19:05:48"),
        ("P", "發言人 沈怡君 發言人職稱 財務長 發言人電話 03-3285566"),
        ("P", "主旨： 本公司與 Stratovane, Inc. 簽訂產能保留暨預付款協議"),
        ("P", "符合條款 第五十一款 事實發生日 114/10/21"),
        ("P", "說明："),
        ("I", "1.事實發生日： 114/10/21"),
        ("I", "2.契約或承諾相對人： Stratovane, Inc.（以下簡稱「Stratovane」）"),
        ("I", "3.與公司關係： 本公司之客戶，非關係人。"),
        ("I", "4.契約或承諾起迄日期（或解除日期）： 114/10/21~117/12/31"),
        ("I", "5.主要內容（解除者不適用）： Stratovane 將預付新台幣 96 億元，以保留岱嶸電腦 115 年度液冷 AI 伺服器機櫃之組裝及測試產能，預付款將於實際出貨時抵扣貨款。"),
        ("I", "6.限制條款（解除者不適用）： 無。"),
        ("I", "7.對公司財務、業務之影響： 預付款將認列為合約負債，有助於降低本公司 115 年度營運資金需求。"),
        ("I", "8.具體目的（解除者不適用）： 確保主要客戶訂單之能見度並取得關鍵零組件備料資金。"),
        ("I", "9.其他應敘明事項："),
        ("I2", "(1)本協議所需之 Tessell-5 交換器晶片，岱嶸電腦將依既有協議價格直接向 Kelvinor Semiconductor Corp. 採購。"),
        ("I2", "(2)Stratovane 並未因本協議取得岱嶸電腦任何股權或認股權。"),
        ("I2", "(3)本協議之完整條款，依雙方保密約定不予揭露。"),
        ("I2", "(4)本公司將依相關法令規定，於協議內容有重大變更時另行公告。"),
        ("S", "以上資料均由各公司依發布時之資料自行輸入，若有錯誤或疏漏，概由該公司負責。投資人若需參考完整之財務資訊，請至公開資訊觀測站查詢。"),
    ],
]


def build_mops(path, tmpdir):
    text = "".join(c for page in MOPS_PAGES for _, c in page)
    text += "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,:;()-~/%「」（）"
    font_path = os.path.join(tmpdir, "notosans_tc_subset.ttf")
    make_truetype_subset(text, font_path)
    pdf = FPDF(format="A4")
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(False)
    pdf.add_font("nototc", "", font_path)
    pdf.set_font("nototc", "", 10)
    for page in MOPS_PAGES:
        pdf.add_page()
        for kind, content in page:
            if kind == "H1":
                para(pdf, content, 13, 8, after=1)
            elif kind == "H2":
                para(pdf, content, 11, 6.5, after=2)
            elif kind == "P":
                para(pdf, content, 10, 5.5, after=0.5)
            elif kind == "I":
                para(pdf, content, 9.5, 5.2, indent=3, after=0.8)
            elif kind == "I2":
                para(pdf, content, 9.5, 5.2, indent=7, after=0.8)
            elif kind == "S":
                pdf.ln(3)
                para(pdf, content, 8, 4.5, after=0.5)
    pdf.output(path)


def main():
    build_rating(os.path.join(HERE, "06_calderwick_tidemoor_facility_note.pdf"))
    tmpdir = tempfile.mkdtemp(prefix="fresh51_font_")
    try:
        build_mops(os.path.join(HERE, "07_dayrun_mops_material_information.pdf"), tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("built 06_calderwick_tidemoor_facility_note.pdf and 07_dayrun_mops_material_information.pdf")


if __name__ == "__main__":
    main()
