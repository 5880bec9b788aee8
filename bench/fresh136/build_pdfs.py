"""Build the four PDF documents of the fresh136 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Each document is written below in a light markup: one logical line per paragraph;
a line starting with "+" continues the previous line (joined with a space in English,
with nothing in Chinese); lines starting with "@" are layout directives (title, center,
right, h, small, page, table). Chinese documents use one face of the Noto Sans CJK
collection, subset to the characters used and converted from CFF to TrueType outlines,
because fpdf2 cannot read the .ttc collection itself.
"""

import re
import shutil
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SIMPLIFIED = 2
FACE_TRADITIONAL = 3


def make_cjk_font(face_index: int, text: str, out_path: Path) -> None:
    """Subset one CJK face to `text` and save it with TrueType (quadratic) outlines."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = subset.Options()
    options.desubroutinize = True
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " 0123456789|")
    subsetter.subset(font)

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quadratic = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        quadratic[name] = pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quadratic
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    for name in order:
        advance, _ = font["hmtx"][name]
        font["hmtx"][name] = (advance, getattr(glyf[name], "xMin", 0))

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    zero_fields = (
        "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
    )
    for attr in zero_fields:
        setattr(maxp, attr, 0)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out_path))


def parse(source: str, cjk: bool) -> list[tuple[str, object]]:
    """Turn the markup into (kind, payload) blocks."""
    logical: list[str] = []
    for raw in source.strip("\n").split("\n"):
        if raw.startswith("+") and logical:
            logical[-1] += ("" if cjk else " ") + raw[1:]
        else:
            logical.append(raw)
    blocks: list[tuple[str, object]] = []
    rows: list[list[str]] | None = None
    widths: list[float] = []
    for line in logical:
        if rows is not None:
            if line == "@endtable":
                blocks.append(("table", (widths, rows)))
                rows = None
            else:
                rows.append(line.split("|"))
        elif line.startswith("@"):
            directive, _, arg = line[1:].partition(" ")
            if directive == "table":
                widths = [float(w) for w in arg.split(",")]
                rows = []
            else:
                blocks.append((directive, arg))
        elif line.strip():
            blocks.append(("p", line.strip()))
    return blocks


BREAK_AFTER = "，。、；：）」』》！？ "
OPENERS = "（「『《“"
KEEP_TOGETHER = re.compile(
    r"[!-~]+"  # amounts, codes and Latin words
    r"|(?:人民币|人民幣|港幣|港币)?[0-9][0-9,.]*(?:万元|萬元|元|%|股)?"
    r"|[\u4e00-\u9fff]{2,14}(?:（[\u4e00-\u9fff]+）[\u4e00-\u9fff]*)?"
    r"(?:有限公司|株式會社|株式会社)"  # company names
)


def cjk_lines(pdf: FPDF, text: str) -> str:
    """Pre-break a Chinese paragraph: prefer breaks after punctuation and never split
    amounts, Latin words or company names across lines."""
    width = pdf.epw - 2 * pdf.c_margin - 1.0
    blocked = [False] * (len(text) + 1)
    for match in KEEP_TOGETHER.finditer(text):
        for i in range(match.start() + 1, match.end()):
            blocked[i] = True
    for i in range(1, len(text)):
        if text[i] in BREAK_AFTER.strip() or text[i - 1] in OPENERS:
            blocked[i] = True
    lines: list[str] = []
    start = 0
    while start < len(text):
        used, end = 0.0, start
        while end < len(text) and used + pdf.get_string_width(text[end]) <= width:
            used += pdf.get_string_width(text[end])
            end += 1
        if end >= len(text):
            lines.append(text[start:])
            break
        cut = end
        for back in range(end, max(start + 1, end - 16), -1):
            if text[back - 1] in BREAK_AFTER and not blocked[back]:
                cut = back
                break
        else:
            while cut > start + 1 and blocked[cut]:
                cut -= 1
        lines.append(text[start:cut].rstrip())
        start = cut
        while start < len(text) and text[start] == " ":
            start += 1
    return "\n".join(lines)


class Document(FPDF):
    def __init__(self, footer_text: str, family: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.family = family
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(self.family, size=8)
        self.cell(0, 5, f"{self.footer_text} | {self.page_no()}", align="C")


def render(pdf: Document, blocks: list[tuple[str, object]], cjk: bool) -> None:
    family = pdf.family
    bold = "" if cjk else "B"
    line_h = 5.6 if cjk else 5.0
    for kind, arg in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "table":
            widths, rows = arg
            for index, row in enumerate(rows):
                pdf.set_font(family, bold if index == 0 else "", 8.5)
                for width, text in zip(widths, row, strict=True):
                    if pdf.get_string_width(text) > width - 2:
                        raise ValueError(f"cell text too wide: {text!r}")
                    pdf.cell(width, 6.2, text, border=1)
                pdf.ln(6.2)
            pdf.ln(2)
        else:
            size, style, align, gap = {
                "title": (14, bold, "C", 1.5),
                "center": (9.5, "", "C", 0.5),
                "right": (10, "", "R", 0.5),
                "h": (11, bold, "L", 1.5),
                "small": (8.5, "", "L", 2),
                "p": (10, "", "L", 2.5),
            }[kind]
            if kind == "h":
                pdf.ln(1.5)
            pdf.set_font(family, style, size)
            height = line_h if size <= 10 else line_h + 1.5
            text = cjk_lines(pdf, str(arg)) if cjk else str(arg)
            pdf.multi_cell(
                0, height, text, align=align, new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(gap)


def build(name: str, spec: dict) -> None:
    cjk = spec["face"] is not None
    blocks = parse(spec["source"], cjk)
    tmp_dir = Path(tempfile.mkdtemp(prefix="fresh136_font_"))
    try:
        if cjk:
            family = "notocjk"
            pdf = Document(spec["footer"], family)
            font_path = tmp_dir / "cjk_subset.ttf"
            make_cjk_font(spec["face"], spec["source"] + spec["footer"], font_path)
            pdf.add_font(family, fname=str(font_path))
        else:
            pdf = Document(spec["footer"], "helvetica")
        pdf.set_title(spec["footer"])
        pdf.add_page()
        render(pdf, blocks, cjk)
        pdf.output(str(HERE / name))
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    print(f"wrote {name}: {pdf.pages_count} pages")


DOCUMENTS: dict[str, dict] = {
    "01_KestrelRidge_10-K.pdf": {
        "face": None,
        "footer": (
            "Kestrel Ridge Re Ltd. - Form 10-K for fiscal year 2024 (excerpt)"
        ),
        "source": """
@center UNITED STATES
@center SECURITIES AND EXCHANGE COMMISSION
@center Washington, D.C. 20549
@title FORM 10-K
@center ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT
+OF 1934
@center For the fiscal year ended December 31, 2024
@center Commission File Number: 001-41877
@title KESTREL RIDGE RE LTD.
@center (Exact name of registrant as specified in its charter)
@center Bermuda (State or other jurisdiction of incorporation) - 98-1744302 (I.R.S.
+Employer Identification No.)
@center Cedar Point House, 14 Pitts Bay Road, Pembroke HM 08, Bermuda - (441)
+295-7700
@table 80,40,60
Title of each class|Trading Symbol|Name of each exchange
Common Shares, $0.01 par value|KRRE|New York Stock Exchange
@endtable
@h PART I - Item 1. Business
@h Overview
Kestrel Ridge Re Ltd. (together with its subsidiaries, "Kestrel Ridge," the
+"Company," "we" or "us") is a Bermuda-domiciled holding company that provides
+property catastrophe, specialty and casualty reinsurance to insurance and
+reinsurance companies worldwide. Our principal operating subsidiary, Kestrel Ridge
+Reinsurance (Bermuda) Ltd., is registered as a Class 4 insurer under the Insurance
+Act 1978 of Bermuda. For the year ended December 31, 2024, we wrote gross premiums
+of $1,284.6 million, of which 58% related to property catastrophe business, and
+reported a combined ratio of 81.7%.

@h Data, Analytics and Artificial Intelligence
We believe that disciplined use of data is a durable source of underwriting
+advantage. Our pricing process combines third-party catastrophe models with our own
+view of risk, which adjusts vendor loss estimates using machine-learning models
+trained on more than two decades of cedent exposure and claims data. In 2024,
+approximately 71% of our property catastrophe submissions were first screened by
+automated triage tools before reaching an underwriter.

In 2024 we licensed the European flood and Japanese typhoon event sets of Gletscher
+Risk Analytics AG, a Zurich-based catastrophe modelling firm, for total fees of $7.8
+million. Model training and large-scale loss simulation run on dedicated GPU
+capacity purchased from Nimbus Forge Cloud, Inc. under a reserved-capacity agreement
+that expires in 2027. We do not consider any single model vendor to be material to
+our operations, and our underwriters are required to document any departure of more
+than 15% from blended model output.

@h Marketing and Distribution
We obtain substantially all of our business through reinsurance brokers, which
+receive a brokerage commission that is generally deducted from the premium we
+receive. During 2024, Coralstone Group Ltd. was the only broker through which we
+obtained more than 10% of our gross premiums written, accounting for 34.2% (2023:
+31.8%). The loss of this relationship could reduce the volume of business available
+to us.

@h Competition
The reinsurance industry is highly competitive. In the Bermuda property catastrophe
+market we compete principally with Harrowgate Re Ltd. and Morningside Re Holdings
+Ltd., as well as with the Bermuda branches of large European reinsurers and with
+collateralized capacity provided by insurance-linked securities funds. Competition
+is based on price, ratings, claims-paying reputation, the quality of modelling
+support offered to cedents and the speed of quotation.
@page
@h Ceded Reinsurance and Retrocession
We purchase retrocessional protection to manage peak zone accumulations and to
+reduce the volatility of our results. Effective January 1, 2024, we entered into a
+20% quota share retrocession with Alpenquell Re AG covering our North Atlantic
+property catastrophe portfolio, under which we ceded premiums of $61.4 million in
+2024 and received ceding commissions of $9.1 million. Amounts recoverable under the
+quota share are secured by funds withheld. We also purchase industry loss warranties
+and a limited amount of catastrophe excess of loss cover from the capital markets.

@h Item 1A. Risk Factors (excerpt)
We depend on third-party models and technology providers. If the models we license
+prove inaccurate, or if our cloud and compute providers suffer prolonged outages,
+our ability to price and manage catastrophe risk could be impaired, and we may be
+unable to respond to submissions within the time frames our cedents expect.

We are subject to litigation that could be costly and distracting. In October 2024,
+Tessellate Risk Systems, Inc. filed a complaint against Kestrel Ridge Re Ltd. in the
+U.S. District Court for the District of Delaware alleging that two former Tessellate
+employees who joined us misappropriated trade secrets relating to its wildfire
+model; we believe the claims are without merit and intend to defend ourselves
+vigorously. An adverse outcome could require us to pay damages or to modify our
+internal models.

@h Item 7. Management's Discussion and Analysis - Liquidity and Capital Resources
+(excerpt)
Kestrel Ridge Re Ltd. is a holding company and depends on dividends and other
+distributions from its operating subsidiaries to pay shareholder dividends and
+corporate expenses. Dividends from Kestrel Ridge Reinsurance (Bermuda) Ltd. are
+limited by the enhanced capital requirement of the Bermuda Monetary Authority.

On June 14, 2024, we entered into a $300.0 million unsecured revolving credit
+facility with Somerset Sound Bank Limited, as lender and administrative agent, which
+matures in June 2029; no amounts were outstanding at December 31, 2024. The facility
+contains customary covenants, including a maximum debt to total capital ratio of
+35%.

On March 28, 2024, we completed the acquisition of Pembroke Parametric Ltd., a
+Bermuda managing general agent that writes parametric hurricane and earthquake
+covers for commercial clients in the Caribbean, for cash consideration of $38.5
+million. We recognized goodwill and intangible assets of $24.7 million in connection
+with the acquisition, and the results of Pembroke Parametric are included in our
+Specialty segment from the acquisition date.
@page
@h Notes to Consolidated Financial Statements (excerpt)
@h Note 9. Variable Interest Entities and Third-Party Capital
Saltmarsh Capital Re Ltd. ("Saltmarsh") is a Bermuda Class 3A reinsurer formed in
+2023 to provide collateralized quota share capacity alongside our property
+catastrophe portfolio.

On January 2, 2024, Kestrel Ridge contributed $150.0 million to Saltmarsh Capital Re
+Ltd. in exchange for all of its voting common shares and a 25.0% interest in its
+non-voting participating shares; third-party investors hold the remaining
+participating shares. Because we control the activities that most significantly
+affect the economic performance of Saltmarsh, we consolidate it and present the
+participating shares held by third parties as noncontrolling interests.

Kestrel Ridge Underwriting Services Ltd. provides underwriting, claims and
+administrative services to Saltmarsh Capital Re Ltd. under a management agreement,
+and fees earned under that agreement of $4.2 million in 2024 were eliminated on
+consolidation. Net income attributable to noncontrolling interests in Saltmarsh was
+$71.3 million in 2024.

@h Item 14. Principal Accountant Fees and Services (excerpt)
Ledgerwood Hale LLP, an independent registered public accounting firm, has audited
+the consolidated financial statements of Kestrel Ridge Re Ltd. for each of the three
+years ended December 31, 2024. Aggregate audit fees for 2024 were $3.6 million.

@h Exhibit 21.1 - Subsidiaries of the Registrant
@table 85,45,50
Name of subsidiary|Jurisdiction|Ownership
Kestrel Ridge Reinsurance (Bermuda) Ltd.|Bermuda|100%
Kestrel Ridge Underwriting Services Ltd.|Bermuda|100%
Saltmarsh Capital Re Ltd.|Bermuda|100% of voting shares
Pembroke Parametric Ltd.|Bermuda|100%
@endtable
""",
    },
    "02_AlpenquellRe_annual-report.pdf": {
        "face": None,
        "footer": (
            "Alpenquell Re AG - Annual Report 2024 (excerpt)"
        ),
        "source": """
@title Alpenquell Re AG
@center Annual Report 2024 - Excerpts
@center Letter to shareholders | Business review | Notes to the consolidated
+financial statements | Corporate governance
@h Letter to shareholders
Dear Shareholders,

2024 was the year in which our investment in data and artificial intelligence began
+to show up in the numbers. Alpenquell Re grew gross premiums written by 11% to USD
+3.42 billion, delivered a combined ratio of 84.9% and generated a return on equity
+of 17.2%, while large natural catastrophe losses remained within budget despite an
+active typhoon season in East Asia and severe convective storms in Europe.

Three decisions shaped the year. First, we brought parametric expertise in house
+through the purchase of a Swiss specialist. Second, we chose to invest in the next
+generation of catastrophe models rather than wait to buy them. Third, we rebuilt our
+underwriting workbench around AI-assisted submission triage, which has cut our
+average quotation time on Asian property treaties from nine days to three.

Alpenquell Re and Morningside Re Holdings Ltd. ended exploratory discussions about a
+possible combination in March 2024 without reaching agreement, and we remain
+convinced that disciplined organic growth in our core markets offers better value
+for our shareholders.

The Board proposes an ordinary dividend of CHF 7.40 per share, an increase of 8.8%.

Dr. Annelies Burgi-Staub, Chair of the Board of Directors - Matthias Zumbrunnen,
+Group Chief Executive Officer

@h Business review - Underwriting, data and technology
Since the second quarter, our underwriting workbench has run on the
+submission-triage platform of Kaiun Intelligence Co., Ltd., which reads cedent
+submissions in Japanese, Chinese and English and pre-populates exposure data for our
+underwriters; licence and implementation fees paid to Kaiun totalled USD 12.3
+million in 2024. Underwriters remain fully accountable for every pricing decision,
+and each automated extraction is reviewed before binding.

In July 2024 Alpenquell invested USD 20.0 million in the Series B financing round of
+Gletscher Risk Analytics AG, taking a 12.5% stake in the Zurich-based developer of
+AI-driven flood and hail models. We continue to license vendor models widely, and
+Gletscher output is one of several inputs to our internal view of risk.
@page
@h Business review - Clients and markets
Asia-Pacific was again our fastest-growing region, with gross premiums written up
+19%. Japan remains our largest market outside Europe, and our Hong Kong platform now
+writes business from Hong Kong, mainland China and Southeast Asia. The table below
+shows our largest cedents.
@small Largest cedents by gross premiums written (USD millions)
@table 72,22,40,22,22
Cedent|Country|Main line|2024|2023
Hoshizora Fire & Marine Insurance Co., Ltd.|Japan|Property cat XL|96.5|88.1
Dongyue Property & Casualty Insurance Co., Ltd.|China|Proportional
+property|61.3|47.9
Other cedents (1,240)| | |3,262.2|2,945.0
Total| | |3,420.0|3,081.0
@endtable

@h Business review - Retrocession and capital management
To protect our capital against peak peril accumulations, we purchased retrocessional
+excess of loss protection from Kestrel Ridge Re Ltd. of Bermuda, for which ceded
+premiums amounted to USD 44.7 million in 2024. Retrocession is placed on a
+multi-year basis wherever possible to limit renewal risk.

In April 2024 we sponsored Glarus Point Re Ltd. Series 2024-1, a catastrophe bond
+that provides Alpenquell Re with USD 175 million of four-year collateralised
+protection against European windstorm and Japanese earthquake. The transaction was
+our third capital markets placement and the first to use a parametric trigger for
+the Japanese earthquake layer.

The Group also maintains a USD 250 million committed revolving credit facility
+provided by Aarwald Bank AG, which was undrawn at 31 December 2024. Our Swiss
+Solvency Test ratio stood at 231% on 1 January 2025, comfortably above our target
+range of 180% to 220%.
@page
@h Notes to the consolidated financial statements (excerpt)
@h Note 4 Business combinations
On 30 September 2024 the Group acquired 100% of the shares of Firnlinie Parametrics
+AG, a Lucerne-based provider of parametric snow-load and hail covers, for a cash
+consideration of USD 91.0 million. Goodwill of USD 38.6 million arising on the
+acquisition reflects the expected synergies from distributing parametric products
+through our existing client relationships. Kessler Lindqvist & Co. acted as
+financial adviser to Alpenquell Re in connection with the transaction.
+Acquisition-related costs of USD 2.2 million were expensed.

@h Note 31 Principal subsidiaries
@table 70,30,45,30
Company|Domicile|Activity|Ownership %
Alpenquell Re (Hong Kong) Limited|Hong Kong|Reinsurance|100
Firnlinie Parametrics AG|Switzerland|Parametric insurance|100
@endtable

@h Corporate governance (excerpt)
The Board of Directors consists of eleven members, nine of whom are independent. The
+Risk and Capital Committee met eight times in 2024 and reviewed, among other
+matters, the governance framework for AI tools used in underwriting and claims.

At the Annual General Meeting on 25 April 2024, shareholders re-elected Brandis
+Revision AG as statutory auditor of Alpenquell Re AG for the 2024 financial year.
+The auditor's fees for 2024 amounted to CHF 4.1 million, of which CHF 0.3 million
+related to non-audit services.
""",
    },
    "04_Wavecrest_HKEX-announcement.pdf": {
        "face": FACE_TRADITIONAL,
        "footer": (
            "匯潮保險經紀控股有限公司 - 公告 - 2025年2月14日"
        ),
        "source": """
@small 香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其
+準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或
+因倚賴該等內容而引致之任何損失承擔任何責任。
@title 匯潮保險經紀控股有限公司
@center WAVECREST INSURANCE BROKERAGE HOLDINGS LIMITED
@center （於開曼群島註冊成立之有限公司）
@center （股份代號：3496）
@h (1) 根據特別授權認購新股份；(2) 訂立技術服務框架協議及再保險分保服務協議；及 (3
+) 根據上市規則第13.18條作出之披露
@h 認購協議
董事會欣然宣佈，於2025年2月14日（交易時段後），本公司與星空火災海上保險株式會社（「
+認購人」或「星空保險」）訂立認購協議，據此，認購人有條件同意認購而本公司有條件同意配
+發及發行286,400,000股認購股份，總認購價為港幣412,416,000元。

認購價每股認購股份港幣1.44元，較股份於最後交易日在聯交所所報之收市價每股港幣1.31元溢
+價約9.92%。認購事項之所得款項淨額估計約為港幣409,800,000元，擬用作（i）約60%拓展大灣
+區企業客戶之跨境保險及再保險經紀業務；（ii）約25%投資於巨災分析及人工智能核保工具；
+及（iii）約15%作一般營運資金。

認購人為一家於日本註冊成立之財產保險公司，其股份於東京證券交易所Prime市場上市（證券
+代碼：8R4C）。據董事作出一切合理查詢後所知、所悉及所信，認購人及其最終實益擁有人均為
+獨立第三方。完成後，星空保險將有權提名兩名非執行董事加入董事會。

@h 對本公司股權架構之影響
下表載列本公司（i）於本公告日期；及（ii）緊隨完成後之股權架構（假設本公司已發行股本
+並無其他變動）：
@table 44,36,20,36,20
股東|於本公告日期股份數目|概約%|緊隨完成後股份數目|概約%
澤峰投資有限公司|603,000,000|52.30|603,000,000|41.90
星空保險|-|-|286,400,000|19.90
公眾股東|549,900,000|47.70|549,900,000|38.21
總計|1,152,900,000|100.00|1,439,300,000|100.00
@endtable
@small 附註：澤峰投資有限公司由本公司主席兼行政總裁陳永基先生全資擁有。百分比數字已
+作四捨五入調整，故總和未必等於100%。
@page
@h 技術服務框架協議
於同日，本公司與杭州擎雲巨災科技股份有限公司（「擎雲科技」，其股份於上海證券交易所科
+創板上市，證券代碼：688917）訂立技術服務框架協議。

根據技術服務框架協議，擎雲科技將向本集團提供巨災模型軟件授權、颱風及洪水風險評分雲端
+服務及相關數據維護服務，截至2027年12月31日止三個年度之服務費總額上限為港幣66,000,000
+元。年度上限乃經參考本集團預期之企業客戶數目、擎雲科技之報價及市場上同類服務之價格後
+釐定。董事認為，引入擎雲科技之模型可令本集團為客戶提供更具針對性之颱風及水浸風險分析
+。

@h 再保險分保服務協議
本公司之全資附屬公司匯潮再保險經紀有限公司（「匯潮再保」）與Coralstone Group Ltd.（
+「珊石集團」，一家於紐約證券交易所上市之百慕達保險經紀集團）訂立再保險分保服務協議，
+據此，珊石集團將為匯潮再保之客戶於百慕達及倫敦再保險市場安排分保，並按匯潮再保所收取
+經紀佣金之30%收取服務費。

此外，匯潮再保與阿爾卑泉再保險（香港）有限公司訂立合作備忘錄，共同開發針對大灣區中小
+企業之參數型颱風保險產品。

本集團於香港企業保險經紀市場之主要競爭對手包括太平洋海港保險經紀有限公司及
+Pellmont Brokers plc香港分行。誠如本公司日期為2024年8月5日之公告所披露，太平洋海港保
+險經紀有限公司就前僱員招攬客戶事宜對匯潮再保提出之訴訟仍在進行中，董事會認為該訴訟不
+會對本集團營運造成重大不利影響。
@page
@h 根據上市規則第13.18條作出之披露
於2025年1月20日，本公司（作為借款人）與德輔商業銀行有限公司（作為貸款人）訂立融資協
+議，據此，貸款人同意向本公司提供本金總額最高為港幣150,000,000元之三年期定期貸款融資
+。融資協議規定，倘澤峰投資有限公司不再為本公司單一最大股東，或陳永基先生不再擔任董事
+會主席，即構成違約事件。於本公告日期，該融資尚未提取任何款項。

@h 一般事項
認購股份將根據於股東特別大會上向股東尋求之特別授權配發及發行。一份載有（其中包括）認
+購事項進一步詳情及股東特別大會通告之通函，預期將於2025年3月14日或之前寄發予股東。嘉
+輝融資有限公司已獲匯潮委任為認購事項之財務顧問。

由於完成須待認購協議所載之先決條件獲達成後方可作實，認購事項未必會進行。股東及潛在投
+資者於買賣股份時務請審慎行事。

@h 釋義
@table 40,140
「本公司」或「匯潮」|匯潮保險經紀控股有限公司，其股份於聯交所主板上市
「擎雲科技」|杭州擎雲巨災科技股份有限公司
「認購人」或「星空保險」|星空火災海上保險株式會社
「匯潮再保」|匯潮再保險經紀有限公司
「珊石集團」|Coralstone Group Ltd.
@endtable
@right 承董事會命
@right 匯潮保險經紀控股有限公司
@right 主席兼行政總裁 陳永基
@right 香港，2025年2月14日
@small 於本公告日期，董事會包括執行董事陳永基先生及麥嘉欣女士；非執行董事林國樑先生
+；以及獨立非執行董事黃思齊博士、區慧珊女士及蘇啟明先生。
""",
    },
    "05_Qingyun_A-share-announcement.pdf": {
        "face": FACE_SIMPLIFIED,
        "footer": (
            "杭州擎云巨灾科技股份有限公司 公告编号：2025-012"
        ),
        "source": """
@center 证券代码：688917　　　证券简称：擎云科技　　　公告编号：2025-012
@title 杭州擎云巨灾科技股份有限公司
@title 关于签订日常经营重大合同、对外投资及向全资子公司增资的公告
@small 本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗
+漏，并对其内容的真实性、准确性和完整性依法承担法律责任。
@h 重要内容提示：
● 合同类型及金额：日常经营销售合同两份，合计金额人民币9,530.00万元（含税）；日常经营
+采购合同两份，合计金额人民币8,760.00万元（含税）。

● 对外投资标的：成都星衍遥感科技有限公司，投资金额人民币3,000.00万元。

● 本次交易不构成关联交易，不构成《上市公司重大资产重组管理办法》规定的重大资产重组，
+无需提交股东大会审议。

● 风险提示：合同履行过程中可能因客户需求变化、数据交付延迟等因素导致履行不及预期，敬
+请广大投资者注意投资风险。

@h 一、日常经营重大合同情况
@h （一）销售合同
2025年2月17日，公司与中瀚再保险股份有限公司签订《巨灾模型平台授权及服务合同》，合同
+金额为人民币7,350.00万元（含税），服务期限为三年。该平台将用于中瀚再保险的中国台风、
+洪水及地震巨灾风险定价与累积管理。

同日，公司与东岳财产保险股份有限公司签订《台风洪水风险评分系统采购合同》，合同金额为
+人民币2,180.00万元（含税）。中瀚再保险股份有限公司与东岳财产保险股份有限公司之间不存
+在关联关系，亦均与公司不存在关联关系。

@h （二）采购合同
2025年2月17日，公司与星空火灾海上保险株式会社（以下简称“星空保险”）签订《历史理赔数
+据授权协议》，公司将向星空保险支付数据授权费合计人民币4,860.00万元，用于训练公司西北
+太平洋台风及日本地震损失模型。

公司与上海算衡智能科技有限公司签订《GPU算力租赁合同》，租赁期限为三年，合同总金额为
+人民币3,900.00万元。
@small 交易对方基本情况
@table 62,22,56,40
名称|注册地|主营业务|与公司关联关系
中瀚再保险股份有限公司|北京|再保险|无
东岳财产保险股份有限公司|济南|财产保险|无
星空火灾海上保险株式会社|东京|财产保险|无
上海算衡智能科技有限公司|上海|算力租赁及云服务|无
@endtable
@page
@h 二、对外投资情况
公司拟以自有资金人民币3,000.00万元认购成都星衍遥感科技有限公司新增注册资本，本次增资
+完成后，公司将持有星衍遥感15.00%的股权。星衍遥感主要从事高分辨率卫星遥感影像的灾后损
+失识别，其洪水淹没范围识别产品已在多家财产保险公司试用。本次投资有助于公司将遥感数据
+与巨灾模型结合，缩短灾后损失估计的时间。

擎云科技曾于2024年就收购北辰风险科技股份有限公司控股权进行初步接触，经审慎评估后双方
+已终止相关洽谈。

@h 三、向全资子公司增资情况
公司拟以自有资金向全资子公司擎云（香港）数据服务有限公司增资港币5,000万元，用于拓展
+香港及东南亚保险经纪及再保险客户。本次增资完成后，擎云香港仍为公司全资子公司，公司合
+并报表范围不发生变化。

@h 四、战略合作情况
公司与Alpenquell Re AG（阿尔卑泉再保险股份公司）签署《战略合作备忘录》，双方将在中国
+台风及洪水模型的联合验证及再保险定价应用方面开展合作，该备忘录不涉及具体交易金额。

@h 五、对上市公司的影响
上述合同的签订及投资事项符合公司“模型＋数据＋算力”的发展战略，预计将对公司2025年度及
+以后年度经营业绩产生积极影响，但不会影响公司业务的独立性。国内从事巨灾模型业务的企业
+还包括北辰风险科技股份有限公司、海澜精算咨询有限公司等，境外主要竞争对手为
+Tessellate Risk Systems, Inc.。

立衡会计师事务所（特殊普通合伙）为擎云科技2024年度财务报告审计机构，本次交易无需经其
+出具专项意见。

@h 六、风险提示
1. 合同履约风险：合同履行期较长，存在因客户经营情况变化导致合同无法全部履行的风险。

2. 数据合规风险：境外理赔数据的跨境传输须符合《数据出境安全评估办法》等规定，若评估
+未能通过，可能导致数据交付延迟。

3. 投资风险：星衍遥感尚处于成长期，未来经营业绩存在不确定性。

特此公告。
@right 杭州擎云巨灾科技股份有限公司董事会
@right 2025年2月18日
""",
    },
}


if __name__ == "__main__":
    for file_name, document in DOCUMENTS.items():
        build(file_name, document)
