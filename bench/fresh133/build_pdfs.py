"""Build the three PDF documents of the fresh133 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses DejaVu Sans. Chinese text uses one face of the Noto Sans CJK
collection (index 2 = Simplified, 3 = Traditional), subset to the characters used,
converted from CFF to TrueType outlines and loaded from a temporary directory.
"""

import re
import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FACE_SIMPLIFIED = 2
FACE_TRADITIONAL = 3


# ---------------------------------------------------------------------------
# Font handling
# ---------------------------------------------------------------------------


def cff_to_truetype(font):
    """Replace the CFF outlines of an OpenType font with quadratic glyf outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in glyph_order:
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, face_index, out_dir):
    """Subset one face of the CJK collection to `text` and save it as a TTF."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    subsetter = Subsetter(options=options)
    subsetter.populate(unicodes={ord(ch) for ch in set(text) if ch not in "\n\r\t"} | {0x20})
    subsetter.subset(font)
    cff_to_truetype(font)
    path = Path(out_dir) / f"cjk_face{face_index}.ttf"
    font.save(str(path))
    return path


# ---------------------------------------------------------------------------
# Layout helpers
# ---------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self, font_name, footer_fmt):
        super().__init__(format="A4")
        self.font_name = font_name
        self.footer_fmt = footer_fmt
        self.cjk = font_name == "cjk"
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.font_name, size=8)
        self.cell(0, 5, self.footer_fmt.format(self.page_no()), align="C")


CJK_CLOSING = "，。、；：？！）」』》〉％…"
CJK_OPENING = "（「『《〈"
# Company names and amounts are kept on one line, as a typesetter would.
NO_BREAK_NAMES = [
    "港灣線證券控股有限公司",
    "港灣線科技有限公司",
    "九龍量化數據有限公司",
    "深衡智能（香港）有限公司",
    "深衡智能（香港）",
    "杭州深衡智能科技股份有限公司",
    "玉山算力科技股份有限公司",
    "維港行情有限公司",
    "嘉禾融資有限公司",
    "鄧氏律師行",
    "港湾线证券控股有限公司",
    "港湾线科技有限公司",
    "九龙量化数据有限公司",
    "苏州算川信息技术有限公司",
    "维港行情有限公司",
    "澄析智能股份有限公司",
    "福尔摩沙行情资讯股份有限公司",
    "浙江衡平律师事务所",
    "中岳证券股份有限公司",
    "Ashcombe Ventures LLP",
    "Quayside Analytics Holdings, Inc.",
    "港灣線科技",
    "九龍量化",
    "港湾线科技",
    "深衡智能",
    "本公司",
    "本集團",
]
AMOUNT = r"(?:港幣|港币|人民幣|人民币|新台幣|新加坡幣)?[0-9][0-9,.]*(?:萬元|万元|元|股|%)?"
TOKEN_RE = re.compile(
    "|".join(re.escape(n) for n in sorted(NO_BREAK_NAMES, key=len, reverse=True)) + "|" + AMOUNT + r"|[!-~£]+|\s+|."
)


def wrap_cjk(pdf, text, width):
    """Greedy line breaking for Chinese text that never splits a Latin word or a
    number and keeps closing punctuation off the start of a line."""
    tokens = []
    pending_open = ""
    for token in TOKEN_RE.findall(text):
        if token in CJK_OPENING:
            pending_open += token
            continue
        token = pending_open + token
        pending_open = ""
        if tokens and token[0] in CJK_CLOSING:
            tokens[-1] += token
        else:
            tokens.append(token)
    if pending_open:
        tokens.append(pending_open)
    lines, line = [], ""
    for token in tokens:
        if pdf.get_string_width(line + token) <= width or not line.strip():
            line += token
        else:
            lines.append(line.rstrip())
            line = "" if token.isspace() else token
    if line.strip():
        lines.append(line.rstrip())
    return lines


def text_block(pdf, width, height, text, align):
    if not pdf.cjk:
        pdf.multi_cell(width, height, text, align=align, new_x="LMARGIN", new_y="NEXT")
        return
    for line in wrap_cjk(pdf, text, width - 1):
        pdf.cell(width, height, line, align=align, new_x="LMARGIN", new_y="NEXT")


def all_text(blocks):
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "table":
            for row in block[2]:
                parts.extend(row)
        elif kind != "page":
            parts.append(block[1])
    return "".join(parts)


def render(pdf, blocks, bold_style):
    """Render a list of blocks. Kinds: title, h1, h2, p, small, table, page."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(pdf.font_name, bold_style, 14)
            text_block(pdf, width, 7, block[1], "C")
            pdf.ln(1)
        elif kind == "h1":
            if pdf.will_page_break(22):
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(pdf.font_name, bold_style, 12)
            text_block(pdf, width, 6.5, block[1], "L")
            pdf.ln(1)
        elif kind == "h2":
            if pdf.will_page_break(18):
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font(pdf.font_name, bold_style, 10.5)
            text_block(pdf, width, 5.8, block[1], "L")
        elif kind == "center":
            pdf.set_font(pdf.font_name, "", 10)
            text_block(pdf, width, 5.5, block[1], "C")
        elif kind == "p":
            pdf.set_font(pdf.font_name, "", 9.5)
            text_block(pdf, width, 5.2, block[1], "L")
            pdf.ln(1.8)
        elif kind == "small":
            pdf.set_font(pdf.font_name, "", 8)
            text_block(pdf, width, 4.2, block[1], "L")
            pdf.ln(1.2)
        elif kind == "table":
            col_widths, rows = block[1], block[2]
            scale = width / sum(col_widths)
            widths = [w * scale for w in col_widths]
            for index, row in enumerate(rows):
                style = bold_style if index == 0 else ""
                size = 8.5
                pdf.set_font(pdf.font_name, style, size)
                while any(pdf.get_string_width(c) > w - 2 for c, w in zip(row, widths)):
                    size -= 0.25
                    pdf.set_font(pdf.font_name, style, size)
                if pdf.will_page_break(6):
                    pdf.add_page()
                for cell_text, w in zip(row, widths):
                    pdf.cell(w, 6, cell_text, border=1)
                pdf.ln(6)
            pdf.ln(3)
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------------------
# 01 - Halvergate Exchange Group plc, Annual Report and Accounts 2024 (English)
# ---------------------------------------------------------------------------

DOC01 = [
    ("title", "Halvergate Exchange Group plc"),
    ("center", "Annual Report and Accounts 2024 (extracts)"),
    ("center", "Share code: HXG"),
    ("h1", "Strategic report - Chief Executive's review"),
    (
        "p",
        "2024 was the year in which artificial intelligence moved from the laboratory into the core of how "
        "Halvergate runs its markets. Group revenue rose 9% to £1,184 million and adjusted operating profit "
        "rose 12% to £562 million, helped by record retail participation on our cash equities market and a "
        "17% increase in data subscription revenue. Underlying all three of our divisions - Markets, "
        "Post-Trade and Data & Analytics - is a common technology platform that we have spent four years "
        "rebuilding, and which now allows us to move machine-learning models into production in weeks rather "
        "than quarters.",
    ),
    (
        "p",
        "Our principal competitors for listings and trading in the United Kingdom and continental Europe "
        "remain Meridian Bourse N.V. and Fenwick Trading Venues plc, and both have announced AI programmes of "
        "their own. We believe our advantage lies in the depth of our proprietary data and in the fact that "
        "our surveillance, clearing and data businesses sit in one group and can share models under a single "
        "governance framework.",
    ),
    ("h2", "Building the AI platform"),
    (
        "p",
        "In March 2024 we invested £40.0 million in Quayside Analytics Holdings, Inc., the US-listed "
        "market-data and analytics business headquartered in London. Quayside's machine-learning tools for "
        "news, sentiment and order-book analytics are complementary to our own data products, and the "
        "investment gives us a close view of how those tools are being adopted by retail brokers and wealth "
        "platforms. We do not have board representation and account for the holding as an equity investment "
        "at fair value through other comprehensive income.",
    ),
    (
        "p",
        "On 2 September 2024 the Group completed the acquisition of the entire issued share capital of "
        "Lanthorn Labs Limited, a Cambridge-based developer of natural-language models for regulatory "
        "reporting, for a cash consideration of £18.5 million. Lanthorn's team of 41 engineers and "
        "researchers forms the nucleus of the Halvergate AI Lab, which now supports every division. Its first "
        "internal product reads issuer announcements as they are filed and routes those needing review to "
        "the listing team, cutting average review times by more than a third.",
    ),
    (
        "p",
        "Greyfriars Compute Ltd provides the GPU capacity on which our surveillance and market-quality models "
        "are trained, under a three-year reserved-capacity contract worth £22 million. Keeping training in a "
        "UK-hosted environment was a specific expectation of our regulators and of our own Board, and the "
        "contract gives us priority access to additional capacity at pre-agreed prices.",
    ),
    ("h2", "Post-Trade"),
    (
        "p",
        "Halvergate Clearing Limited began clearing fractional-share and overnight trades for Thornbury "
        "Markets plc in June, the first retail broker to use its new AI-assisted margin engine. The engine "
        "recalibrates initial-margin add-ons intraday using order-book and news signals, and in its first "
        "six months reduced margin calls on retail-heavy members by 23% without any increase in uncovered "
        "exposure. We expect three further retail brokers to join in 2025.",
    ),
    ("h2", "International"),
    (
        "p",
        "Our Asian strategy is built on partnership rather than acquisition. We signed a memorandum of "
        "understanding with Merlion Clearing & Depository Ltd to share anonymised surveillance alerts and "
        "jointly test machine-learning models for detecting cross-border spoofing. During the year Halvergate "
        "advanced a convertible loan of £3.0 million to Straits Signal Pte. Ltd., its Singapore associate, to "
        "fund expansion of its Hong Kong surveillance team.",
    ),
    (
        "p",
        "The Board considered a possible offer for Kowloon Quant Data Limited in the first half but decided "
        "not to proceed; Halvergate has had no further discussions with that company. We will continue to "
        "look at bolt-on opportunities in data and analytics, but only where they meet our return thresholds "
        "within three years.",
    ),
    ("h2", "Looking ahead"),
    (
        "p",
        "Our priorities for 2025 are to extend the AI-assisted margin engine to our derivatives clearing "
        "service, to launch an AI-generated market-quality report for issuers, and to keep the cost of the "
        "programme within our guidance of £35-40 million of incremental operating expense. I would like to "
        "thank our colleagues for their hard work and our customers and shareholders for their support.",
    ),
    ("p", "Daniel Ferrers, Chief Executive Officer, 6 March 2025"),
    ("h1", "Governance - Report of the Audit Committee (extract)"),
    (
        "p",
        "The Committee spent a significant part of the year on the governance of artificial intelligence. "
        "It reviewed the model-risk framework adopted by the Board in April, which requires every model used "
        "in surveillance, margining or data products to have a named owner, an independent validation before "
        "deployment and a documented fallback process. The Committee also received reports from Internal "
        "Audit on the integration of Lanthorn Labs and on controls over third-party compute.",
    ),
    (
        "p",
        "The Audit Committee recommended the reappointment of Pemberton Hale LLP as external auditor of "
        "Halvergate Exchange Group plc at the 2025 Annual General Meeting. Non-audit fees paid to the auditor "
        "were £0.4 million (2023: £0.3 million), within the 70% cap set by the Committee's policy.",
    ),
    ("h1", "Notes to the consolidated financial statements (extracts)"),
    ("h2", "16. Principal subsidiaries"),
    (
        "p",
        "The principal subsidiaries of the Group at 31 December 2024, all of which are included in the "
        "consolidated financial statements, are set out below. The Group interest represents ordinary "
        "shares held, directly or indirectly, and equals the proportion of voting rights.",
    ),
    (
        "table",
        [62, 34, 58, 20],
        [
            ["Name", "Country of incorporation", "Principal activity", "Group interest"],
            ["Halvergate Markets Limited", "England and Wales", "Operation of regulated markets", "100%"],
            ["Halvergate Clearing Limited", "England and Wales", "Central counterparty clearing", "100%"],
            ["Halvergate Data Services Limited", "England and Wales", "Market data distribution", "100%"],
            ["Lanthorn Labs Limited", "England and Wales", "Machine-learning research", "100%"],
        ],
    ),
    (
        "p",
        "Lanthorn Labs Limited was acquired on 2 September 2024. Goodwill of £12.9 million arising on the "
        "acquisition is attributable to the assembled workforce and expected synergies with the Group's data "
        "products and is not deductible for tax purposes.",
    ),
    ("h2", "17. Investments in associates and other investments"),
    (
        "table",
        [58, 30, 44, 20, 22],
        [
            ["Name", "Country", "Classification", "Interest", "Value £m"],
            ["Straits Signal Pte. Ltd.", "Singapore", "Associate", "22.5%", "11.8"],
            ["Quayside Analytics Holdings, Inc.", "United States", "Other investment (FVOCI)", "9.9%", "46.2"],
        ],
    ),
    (
        "p",
        "Straits Signal develops AI-based trade-surveillance software for exchanges, clearing houses and "
        "brokers. The Group has significant influence through its board seat and accounts for the associate "
        "using the equity method. The fair value of the investment in Quayside is based on its quoted share "
        "price at 31 December 2024; the increase of £6.2 million since acquisition has been recognised in "
        "other comprehensive income.",
    ),
    ("h2", "31. Related party transactions"),
    (
        "p",
        "Transactions between the Company and its subsidiaries have been eliminated on consolidation and are "
        "not disclosed in this note. Transactions with associates during the year were as follows:",
    ),
    (
        "table",
        [52, 78, 22, 22],
        [
            ["Counterparty", "Nature of transaction", "2024 £m", "2023 £m"],
            ["Straits Signal Pte. Ltd.", "Purchase of surveillance software licences", "1.6", "0.9"],
            ["Straits Signal Pte. Ltd.", "Convertible loan advanced", "3.0", "-"],
            ["Straits Signal Pte. Ltd.", "Interest receivable on convertible loan", "0.1", "-"],
        ],
    ),
    (
        "p",
        "The convertible loan bears interest at 6% per annum and converts into ordinary shares of Straits "
        "Signal at the price of its next qualifying equity round. All transactions were on arm's length "
        "terms. Remuneration of key management personnel is disclosed in the Directors' remuneration report.",
    ),
]


# ---------------------------------------------------------------------------
# 03 - Harbourline Securities Holdings Limited, HKEX announcement (Traditional)
# ---------------------------------------------------------------------------

DOC03 = [
    (
        "small",
        "本公告僅供參考，並不構成收購、購買或認購任何證券之邀請或要約。本公司董事共同及個別對本公告所載資料之準確性承擔全部責任，"
        "並於作出一切合理查詢後確認，就彼等所深知及確信，本公告並無遺漏任何其他事實，致使本公告所載任何陳述產生誤導。",
    ),
    ("title", "港灣線證券控股有限公司"),
    ("center", "HARBOURLINE SECURITIES HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2817）"),
    ("title", "須予披露交易 認購九龍量化數據有限公司新股份 及 自願公告 附屬公司訂立人工智能交易系統許可協議"),
    ("h1", "緒言"),
    (
        "p",
        "港灣線證券控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）董事會（「董事會」）欣然宣佈，"
        "本公司於2025年3月14日（交易時段後）與九龍量化數據有限公司（「九龍量化」）訂立認購協議（「認購協議」），"
        "據此，本公司有條件同意以現金代價港幣150,000,000元認購九龍量化合共38,000,000股新股份（「認購股份」）。",
    ),
    (
        "p",
        "於同日，本公司之全資附屬公司港灣線科技有限公司（「港灣線科技」）與深衡智能（香港）有限公司（「深衡智能（香港）」）"
        "訂立許可協議（「許可協議」），據此，深衡智能（香港）將向港灣線科技授出其人工智能智能落盤及風險監控系統之非獨家使用許可，"
        "為期五年，許可費總額為港幣72,500,000元。",
    ),
    ("h1", "認購協議"),
    ("p", "日期：2025年3月14日"),
    ("p", "訂約方：(1) 本公司（作為認購方）；及 (2) 九龍量化（作為發行人）。"),
    (
        "p",
        "認購價：每股認購股份約港幣3.947元，乃由本公司與九龍量化經公平磋商後釐定，並已參考九龍量化截至2024年12月31日止年度"
        "之經審核收益約港幣96,300,000元、其年度經常性收入之增長、其客戶基礎，以及香港及亞洲其他市場從事金融數據及分析業務之可比較公司"
        "之市銷率。董事認為認購價屬公平合理，並符合本公司及股東之整體利益。",
    ),
    (
        "p",
        "先決條件：完成須待（其中包括）九龍量化現有股東通過放棄優先認購權之決議案，以及取得所有必要之監管批准後，方可作實。"
        "倘先決條件未能於2025年6月30日或之前達成，認購協議將告終止。",
    ),
    (
        "p",
        "完成：緊隨完成後，本公司將持有九龍量化經擴大已發行股本約19.6%，九龍量化將不會成為本公司之附屬公司，"
        "其財務業績亦不會於本集團之財務報表綜合入賬。本公司將有權提名一名人士加入九龍量化之董事會。",
    ),
    ("h2", "九龍量化之股權架構"),
    (
        "table",
        [52, 30, 22, 30, 22],
        [
            ["股東", "於本公告日期股份數目", "概約百分比", "緊隨完成後股份數目", "概約百分比"],
            ["鄺志朗先生", "78,000,000", "50.0%", "78,000,000", "40.2%"],
            ["Ashcombe Ventures LLP", "21,500,000", "13.8%", "21,500,000", "11.1%"],
            ["其他投資者", "56,400,000", "36.2%", "56,400,000", "29.1%"],
            ["本公司", "-", "-", "38,000,000", "19.6%"],
            ["合計", "155,900,000", "100.0%", "193,900,000", "100.0%"],
        ],
    ),
    ("h1", "有關九龍量化之資料"),
    (
        "p",
        "九龍量化為一家於香港註冊成立之有限公司，主要從事港股、滬深港通及亞洲衍生工具之逐筆行情數據清洗、歸檔，"
        "以及以人工智能為基礎之數據分析服務，客戶包括證券商、結算機構及資產管理公司。截至2023年及2024年12月31日止年度，"
        "九龍量化之除稅前溢利分別約為港幣8,200,000元及港幣14,700,000元。"
        "九龍量化於香港之主要競爭對手包括維港行情有限公司及Quayside Analytics Holdings, Inc.。",
    ),
    ("h1", "有關許可協議之資料"),
    (
        "p",
        "深衡智能（香港）為杭州深衡智能科技股份有限公司（一家股份於中國內地證券交易所科創板上市之公司，證券代碼：688731）之全資附屬公司。"
        "許可協議項下之系統將以大型語言模型分析客戶之交易指令、持倉及市場新聞，於下單前提供風險提示，並協助本集團之"
        "合規團隊監察異常交易。許可費將按里程碑分五期支付。",
    ),
    (
        "p",
        "為配合系統部署，港灣線科技已另向玉山算力科技股份有限公司採購八台人工智能伺服器，代價約為港幣18,600,000元，"
        "將安裝於本集團位於將軍澳之數據中心。本公司將以內部資源向港灣線科技提供股東貸款港幣40,000,000元，為期三年，"
        "年利率為3.5厘，以撥付上述許可費及伺服器採購款項。",
    ),
    ("h1", "進行認購事項及訂立許可協議之理由及裨益"),
    (
        "p",
        "本集團為香港領先之網上證券經紀商之一，現有活躍客戶約420,000名。本集團自2021年起向九龍量化採購港股及滬深港通即時及"
        "歷史行情數據，用作旗下手機交易應用程式之行情顯示及智能選股功能。董事相信，認購事項將使本集團得以分享九龍量化之業務增長，"
        "並鞏固雙方於人工智能行情分析方面之合作。許可協議則可使本集團以較自行開發為低之成本，於2025年下半年推出智能落盤及風險提示功能。",
    ),
    ("h1", "上市規則之涵義"),
    (
        "p",
        "由於有關認購事項之一項或多項適用百分比率超過5%但均低於25%，認購事項構成本公司之須予披露交易，"
        "須遵守《上市規則》第14章項下之通知及公告規定。許可協議並不構成本公司之須予公佈交易，本公告乃本公司自願作出。"
        "嘉禾融資有限公司擔任本公司就認購事項之財務顧問，而鄧氏律師行則擔任本公司之香港法律顧問。",
    ),
    ("h1", "釋義"),
    ("p", "「九龍量化」 指 九龍量化數據有限公司，一家於香港註冊成立之有限公司"),
    ("p", "「港灣線科技」 指 港灣線科技有限公司，一家於香港註冊成立之有限公司，為本公司之全資附屬公司"),
    ("p", "「深衡智能（香港）」 指 深衡智能（香港）有限公司，一家於香港註冊成立之有限公司"),
    ("p", "「港幣」 指 港幣，香港法定貨幣"),
    ("p", "承董事會命 港灣線證券控股有限公司 主席 梁家豪"),
    ("p", "香港，2025年3月14日"),
    (
        "small",
        "於本公告日期，董事會由執行董事梁家豪先生、何詠芝女士及陳志遠先生，以及獨立非執行董事區慧貞女士、"
        "羅德明先生及蔡立群先生組成。",
    ),
]


# ---------------------------------------------------------------------------
# 08 - Hangzhou Shenheng Intelligent Technology, A-share announcement (Simplified)
# ---------------------------------------------------------------------------

DOC08 = [
    ("small", "证券代码：688731　　证券简称：深衡智能　　公告编号：2025-019"),
    ("title", "杭州深衡智能科技股份有限公司"),
    ("title", "关于全资子公司签订日常经营重大合同、对外投资及向全资子公司增资的公告"),
    (
        "small",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。",
    ),
    ("h1", "重要内容提示："),
    ("p", "● 合同类型及金额：日常经营重大合同（技术许可），合同总金额为港币72,500,000元（不含税）。"),
    ("p", "● 对外投资标的及金额：港湾线证券控股有限公司新发行股份，投资金额港币98,000,000元。"),
    ("p", "● 增资标的及金额：全资子公司深衡智能（香港）有限公司，增资金额人民币5,000万元。"),
    ("p", "● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("h1", "一、日常经营重大合同概述"),
    (
        "p",
        "2025年3月14日，公司全资子公司深衡智能（香港）有限公司与港湾线证券控股有限公司全资子公司港湾线科技有限公司签订"
        "《人工智能交易系统许可协议》，合同总金额为港币72,500,000元（不含税）。根据协议，深衡智能（香港）将向港湾线科技"
        "提供智能下单风控系统的非独家使用许可、部署实施及五年运维服务，许可费按里程碑分五期支付。",
    ),
    (
        "p",
        "深衡智能（香港）有限公司成立于2019年，系杭州深衡智能科技股份有限公司在香港设立的全资子公司，主要负责境外市场的产品销售与技术服务。",
    ),
    ("h2", "合同对方基本情况"),
    (
        "table",
        [40, 130],
        [
            ["项目", "内容"],
            ["公司名称", "港湾线科技有限公司"],
            ["注册地", "香港"],
            ["主营业务", "证券交易系统及金融科技服务"],
            ["控股股东", "港湾线证券控股有限公司（香港股份代号：2817）"],
            ["关联关系", "与公司不存在关联关系"],
        ],
    ),
    ("h1", "二、对外投资概述"),
    (
        "p",
        "为深化与境外券商客户的战略合作，经公司第三届董事会第十四次会议审议通过，公司拟以自有资金港币98,000,000元认购"
        "港湾线证券控股有限公司配发及发行的24,500,000股新股份，认购价格为每股港币4.00元。"
        "本次认购完成后，公司将持有港湾线证券控股有限公司经扩大后已发行股份总数的约4.75%，不构成重大资产重组。",
    ),
    (
        "p",
        "本次对外投资尚需完成境外投资备案及外汇登记等手续。本次交易中，浙江衡平律师事务所担任公司境内法律顾问，"
        "中岳证券股份有限公司担任财务顾问。",
    ),
    ("h1", "三、向全资子公司增资"),
    (
        "p",
        "公司拟以自有资金人民币5,000万元向全资子公司深衡智能（香港）有限公司增资，用于香港及东南亚市场的交付团队建设及算力采购。"
        "增资完成后，深衡智能（香港）的注册资本将由港币20,000,000元增至港币74,800,000元，公司仍持有其100%股权。",
    ),
    ("page",),
    ("h1", "四、其他经营情况说明"),
    (
        "p",
        "此外，深衡智能于2025年2月与九龙量化数据有限公司签订《数据治理平台许可协议》，合同金额为港币16,800,000元，"
        "目前处于交付实施阶段。九龙量化数据有限公司与公司不存在关联关系。",
    ),
    (
        "p",
        "深衡智能2024年度向苏州算川信息技术有限公司采购GPU算力服务器人民币3,260万元，本次项目所需算力设备预计仍主要向其采购。"
        "在境外券商智能交易系统领域，公司面临维港行情有限公司、澄析智能股份有限公司等同行的竞争。",
    ),
    (
        "p",
        "针对近期有关深衡智能拟入股福尔摩沙行情资讯股份有限公司的市场传闻，经公司核实，"
        "公司未与福尔摩沙行情资讯股份有限公司或其股东进行任何接洽，亦无相关投资计划。",
    ),
    ("h1", "五、对上市公司的影响"),
    (
        "p",
        "本合同的履行预计将对公司2025年度至2029年度的经营业绩产生积极影响，有助于提升公司在境外证券行业人工智能应用领域的品牌影响力。"
        "本次对外投资及增资的资金来源为公司自有资金，不会对公司财务状况及经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。",
    ),
    ("h1", "六、风险提示"),
    (
        "p",
        "1. 合同履行风险：合同履行周期较长，如遇政策变化、客户需求调整等不可预计或不可抗力因素，"
        "可能导致合同无法如期或全部履行。",
    ),
    (
        "p",
        "2. 境外投资风险：本次对外投资尚需履行境外投资备案等程序，存在不确定性；"
        "港湾线证券控股有限公司的股价波动可能影响公司投资收益。",
    ),
    ("p", "3. 汇率风险：合同及投资均以港币计价，汇率波动可能对公司业绩产生影响。敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("p", "杭州深衡智能科技股份有限公司董事会"),
    ("p", "2025年3月28日"),
]


DOCUMENTS = [
    (
        "01_Halvergate_Exchange_annual_report.pdf",
        DOC01,
        None,
        "Halvergate Exchange Group plc - Annual Report 2024 - {}",
    ),
    ("03_Harbourline_Securities_hkex_announcement.pdf", DOC03, FACE_TRADITIONAL, "- {} -"),
    ("08_Shenheng_Intelligent_a_share_announcement.pdf", DOC08, FACE_SIMPLIFIED, "{}"),
]


def build(filename, blocks, face_index, footer_fmt, tmp_dir):
    if face_index is None:
        pdf = Doc("dejavu", footer_fmt)
        pdf.add_font("dejavu", "", DEJAVU)
        pdf.add_font("dejavu", "B", DEJAVU_BOLD)
        bold_style = "B"
    else:
        text = all_text(blocks) + footer_fmt + "0123456789-"
        font_path = make_cjk_font(text, face_index, tmp_dir)
        pdf = Doc("cjk", footer_fmt)
        pdf.add_font("cjk", "", str(font_path))
        bold_style = ""
    pdf.set_title(filename.rsplit(".", 1)[0])
    pdf.add_page()
    render(pdf, blocks, bold_style)
    pdf.output(str(HERE / filename))
    print(f"wrote {filename}: {pdf.page_no()} pages")


def main():
    tmp_dir = tempfile.mkdtemp(prefix="fresh133_fonts_")
    try:
        for filename, blocks, face_index, footer_fmt in DOCUMENTS:
            build(filename, blocks, face_index, footer_fmt, tmp_dir)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
