"""Build the three PDF documents of the fresh143 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Source text uses a small markup. Blocks are separated by blank lines: "# " title,
"### " subtitle, "## " heading, "- " bullet lines, "> " separate short lines, "~ " small
print, "!w a b c" column widths for the next table, "| a | b |" table rows (the first
row is the heading row; an indented line continues the row above). Anything else is
a paragraph whose lines are joined.
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
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
NOTO_TTC = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TC_INDEX = 3  # Traditional Chinese face of the collection

CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
SPACE_NEAR_CJK = re.compile(rf"(?<=[{CJK}]) +| +(?=[{CJK}])")
CLOSING = set("。，、；：）」』！？％")
OPENING = set("（「『")
TOKEN = re.compile(r"[!-~]+| |.")

DOC01 = """
# Hollinbrook Plant Hire plc

### Annual Report and Accounts 2024 (extracts)

### London Stock Exchange: HLBK

## Chief Executive's review

2024 was the year in which artificial intelligence moved from pilot projects into the
day-to-day running of Hollinbrook. Group revenue rose 7.4% to £612.3 million and
underlying operating profit increased to £88.1 million, helped by higher time
utilisation in our lifting and access divisions, where machine-learning models now
recommend daily hire rates and schedule statutory inspections across all 41 depots.

Our approach has been to own the data and partner for the algorithms. In March
Hollinbrook subscribed £6.5 million for new shares in Quellstone Analytics Limited, the
Manchester-based developer of telematics and predictive-maintenance software, giving us
a 19.9% holding and the right to appoint a non-executive director to its board.
Quellstone's models now read engine-hour, hydraulic-pressure and load-moment data from
more than 14,000 of our machines, and unplanned breakdowns on hired-out equipment fell
by 23% in the second half.

In scaffolding, where inspection is still largely done with a clipboard, our subsidiary
Hollinbrook Access Solutions Limited signed a technology partnership with Mineshiro Sokō
Holdings of Japan to adapt Mineshiro's camera-based tag and tie inspection routines to
British tube-and-fitting systems. The first forty sites in the Midlands went live in
November, and early results show inspection times cut by around a third.

On the lifting side we have fitted AI anti-collision kits to 310 tower and crawler
cranes. The vision units are supplied by the UK arm of a Taiwanese specialist and sit
alongside the cranes' own load-moment indicators, so that operators receive a single,
prioritised warning rather than two competing ones. Insurers have noticed: our
lifting-operations premium fell by 6% at the October renewal.

In Sweden, Hollinbrook Nordic AB extended its cross-hire agreement with Kranvik Lyft AB,
under which Kranvik provides mobile and tower cranes with operators to our Swedish
customers at agreed day rates. This lets us serve infrastructure contracts around
Gothenburg without committing capital to a crane fleet of our own in a market where
utilisation remains volatile.

## Acquisitions and capital allocation

We remain disciplined on acquisitions. In September Hollinbrook completed the purchase
of Pennard Access Limited, a scaffolding hire business with nine yards in South Wales,
for £18.2 million in cash, funded from existing facilities. Pennard brings around 4,000
tonnes of tube and fittings and a customer base weighted towards public-sector
maintenance work, where contracts are long and payment is reliable.

By contrast, Hollinbrook reviewed an unsolicited opportunity to acquire the rental
division of Tarnmoor Scaffolding Group plc and concluded in July that it did not meet
our return thresholds.

In June Hollinbrook refinanced its borrowings with a £150 million five-year revolving
credit facility provided by Greyfold Capital LLP, replacing the bank facility that was
due to expire in 2025. Net debt at the year end was £214.6 million, equivalent to 1.3
times EBITDA, comfortably within our target range of 1.0 to 1.5 times. The Board is
recommending a final dividend of 11.8p per share, bringing the total for the year to
17.4p.

## Market and competition

Competition remains intense. Tarnmoor Scaffolding Group and Brackenridge Hire plc both
launched AI-assisted online booking platforms during the year, and pricing in the
powered-access market was patchy in the second half, particularly in London and the
South East.

We believe our depot density, our engineering depth and the data we now hold on how
machines actually fail give us an advantage that a booking app cannot replicate. Our
priority for 2025 is to extend predictive maintenance from the lifting fleet to the
whole of the access fleet, and to offer customers a daily digital inspection record for
every scaffold we erect.

Martin Ellery, Chief Executive, 3 March 2025

## Principal suppliers

The table below sets out the Group's largest suppliers of equipment, materials and
technology by spend in 2024.

!w 58 30 58 24
| Supplier | Country | Goods and services | Spend 2024 |
| Kurosegawa Crane Works Co., Ltd. | Japan | Tower and crawler cranes, spare parts
  | £41.6m |
| Calderwick Tube & Fittings Ltd | United Kingdom | Scaffold tube, fittings and boards
  | £23.9m |
| Hongwei Smart Technology (UK) Limited | United Kingdom
  | AI anti-collision vision kits | £3.1m |

## Notes to the financial statements (extracts)

## 15. Principal subsidiary undertakings

The Company's principal subsidiary undertakings at 31 December 2024, all of which are
wholly owned and included in the consolidated financial statements, are listed below.

!w 62 38 50 20
| Name | Country of incorporation | Principal activity | Holding |
| Hollinbrook Access Solutions Limited | England and Wales
  | Scaffolding and access hire | 100% |
| Hollinbrook Lifting Services Limited | England and Wales
  | Crane hire and contract lifting | 100% |
| Hollinbrook Nordic AB | Sweden | Equipment rental | 100% |
| Pennard Access Limited | England and Wales | Scaffolding hire | 100% |

## 29. Related party transactions

Quellstone Analytics Limited has been accounted for as an associate since March 2024.
During the year Hollinbrook purchased software licences and data services of £4.2
million from Quellstone (2023: £1.1 million), and at 31 December 2024 an amount of £0.6
million was owed to Quellstone. All transactions were on arm's length terms and no
guarantees were given or received.

Key management personnel compensation is disclosed in the Directors' remuneration report
on pages 84 to 101.

## Independent auditor

Marlowe Hart LLP has audited the consolidated financial statements of Hollinbrook Plant
Hire plc for the year ended 31 December 2024, and its unmodified opinion is set out on
pages 112 to 121 of the full Annual Report.
"""

DOC02 = """
# Kranvik Lyft AB (publ)

### Interim report January – September 2025

## Third quarter in brief

- Net sales increased by 6.5% to SEK 1,482 million (1,391); organic growth was 3.1%.
- EBITA amounted to SEK 241 million (218), corresponding to a margin of 16.3% (15.7).
- The acquisition of Lodbrok Sensorteknik AB was completed on 2 September.
- Fleet utilisation for tower cranes reached 78% (74), the highest level since 2019.
- Earnings per share amounted to SEK 3.12 (2.74).

## Comment from the CEO

The third quarter confirmed that data is becoming as important to our business as steel.
Our KranPlan lift-planning service, which uses machine learning to propose crane
positions, counterweights and wind windows for each lift, was used on 1,240 projects
during the quarter, and customers who use it book our cranes for longer. The share of
revenue from digital services and retrofits reached 9%, up from 6% a year ago.

On 2 September Kranvik completed the acquisition of all shares in Lodbrok Sensorteknik
AB, a Västerås-based maker of load-moment and wind sensors, for a purchase price of SEK
240 million on a cash and debt-free basis. Lodbrok gives us control over the sensor
layer on which our AI services depend, and it has a strong export business of its own.

Lodbrok's largest external customer is Hongwei Smart Technology of Taiwan, which buys
strain-gauge sensor arrays from Lodbrok for its crane-vision kits; these sales amounted
to SEK 31 million in the first eight months of 2025. We intend to keep that relationship
strictly at arm's length.

Kranvik in turn buys the camera modules for its anti-collision retrofit programme from
Hongwei, with purchases of SEK 46 million during the period, and by the end of September
420 of our tower cranes had been fitted.

In June Kranvik granted Quellstone Analytics Limited of the United Kingdom a three-year
licence to the anonymised telemetry of our 1,100-crane fleet for SEK 18 million, which
Quellstone uses to train its failure-prediction models. Kranvik Digital Services AB and
Quellstone have also agreed to co-develop a wind-speed shutdown advisor for tower
cranes, sharing development costs and intellectual property equally.

Market conditions in residential construction remain weak, particularly in Stockholm and
Oslo, while infrastructure and energy projects continue to support demand for heavy
lifting. Liftmark Nord AB and Brackenridge Hire plc, which entered the Norwegian market
in the spring, have cut day rates for mobile cranes by up to 8%, and we have chosen to
give up some volume rather than follow.

Contrary to recent press speculation, Kranvik is not in discussions with Kurosegawa
Crane Works regarding a combination of the two companies' Nordic service operations.

Stockholm, 23 October 2025. Helena Brandt, President and CEO

## Financial overview

Net sales for the quarter increased by 6.5% to SEK 1,482 million. Rental revenue grew by
4.2%, while digital services and retrofits grew by 61%, helped by the consolidation of
Lodbrok from September. EBITA rose to SEK 241 million and the margin improved to 16.3%,
mainly as a result of higher utilisation and lower repair costs.

Capital expenditure in the quarter amounted to SEK 212 million (187), of which SEK 138
million related to 14 luffing-jib tower cranes delivered by Kurosegawa Crane Works Co.,
Ltd. The remainder related mainly to the upgrade of 160 existing cranes with
anti-collision equipment.

To finance the Lodbrok acquisition, Kranvik drew SEK 500 million under a new four-year
term loan from Norrhamn Sparbank AB in August. Net debt at 30 September amounted to SEK
2,914 million and net debt in relation to EBITDA was 2.4 times (2.2).

Advokatfirman Sandell KB and Österlund Corporate Finance AB advised Kranvik on the
transaction.

!w 50 30 30 30 30
| Key figures, SEK million | Q3 2025 | Q3 2024 | Jan–Sep 2025 | Jan–Sep 2024 |
| Net sales | 1,482 | 1,391 | 4,187 | 3,966 |
| EBITA | 241 | 218 | 622 | 571 |
| EBITA margin, % | 16.3 | 15.7 | 14.9 | 14.4 |
| Profit after tax | 158 | 139 | 398 | 361 |
| Earnings per share, SEK | 3.12 | 2.74 | 7.86 | 7.13 |

## Note 5. Acquisition of Lodbrok Sensorteknik AB

The preliminary purchase price allocation is set out below. Lodbrok contributed net
sales of SEK 19 million and EBITA of SEK 4 million in September. Transaction costs of
SEK 6 million have been expensed under other operating expenses.

!w 110 40
| Preliminary purchase price allocation | SEK million |
| Technology and software | 96 |
| Customer relationships | 41 |
| Property, plant and equipment | 22 |
| Net working capital | 18 |
| Goodwill | 63 |
| Purchase price | 240 |

## Note 6. Significant subsidiaries

The table below shows significant subsidiaries of Kranvik Lyft AB (publ) that were added
or changed during the period.

!w 62 26 22 60
| Company | Country | Holding | Comment |
| Kranvik Digital Services AB | Sweden | 100% | Digital services and software |
| Kranvik Kran Norge AS | Norway | 100% | Crane rental in Norway |
| Lodbrok Sensorteknik AB | Sweden | 100% | Acquired 2 September 2025 |

~ This report has not been reviewed by the company's auditors. The information was
submitted for publication at 08.00 CET on 23 October 2025.
"""

DOC05 = """
~ 香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完
整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而
引致之任何損失承擔任何責任。

# 澤興機械租賃控股有限公司

### CHAK HING MACHINERY LEASING HOLDINGS LIMITED

### （於開曼群島註冊成立之有限公司）

### （股份代號：2861）

# 須予披露交易

### 收購鋒翹棚架有限公司全部已發行股本及訂立融資協議

## 緒言

澤興機械租賃控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）董事會（「董事會」）
欣然宣佈，於2025年10月28日（交易時段後），本公司與何志鋒先生（「賣方」）訂立買賣協議，據
此，本公司有條件同意收購而賣方有條件同意出售鋒翹棚架有限公司（「鋒翹棚架」或「目標公司」
）全部已發行股本，代價為港幣186,000,000元。

董事會亦宣佈，於同日，本公司與匯晉銀行有限公司（「匯晉銀行」）訂立融資協議，據此，匯晉銀
行同意向本公司提供本金總額為港幣120,000,000元之三年期定期貸款融資，其中港幣100,000,000元
將用於支付部分代價。

## 買賣協議

日期：2025年10月28日（交易時段後）

訂約方：(i)本公司（作為買方）；及(ii)賣方（作為賣方）。據董事作出一切合理查詢後所深知、
盡悉及確信，賣方為獨立於本公司及其關連人士之第三方。

將予收購之資產：目標公司全部已發行股本。完成後，目標公司將成為本公司之間接全資附屬公司，
其財務業績將綜合計入本集團之財務報表。

代價及支付方式：代價須由本集團以內部資源及融資協議項下之貸款以現金支付，其中(a)港幣
37,200,000元於簽署買賣協議時支付作為按金；(b)港幣130,200,000元於完成時支付；及(c)港幣
18,600,000元於完成後十二個月內支付，惟須受下文所述之溢利保證調整。

代價基準：代價乃由本公司與賣方經公平磋商後釐定，當中已參考（其中包括）獨立估值師按市場法
評估之目標公司全部股權於2025年9月30日之市值約港幣191,000,000元、目標公司之過往財務表現，
以及香港棚架市場之前景。

溢利保證：賣方向本公司保證，目標公司截至2026年12月31日止年度之經審核除稅後純利將不少於港
幣18,000,000元。如未能達到，遞延代價將按差額之十倍相應扣減，惟扣減金額以港幣18,600,000元
為上限。

## 有關目標公司之資料

鋒翹棚架為一間於1998年在香港註冊成立之有限公司，主要從事竹棚架及金屬棚架之搭建、租賃及拆
卸業務，客戶主要為香港之總承建商及物業管理公司。

鋒翹工程服務有限公司為鋒翹棚架之全資附屬公司，主要從事棚架設計及安全檢查服務，並持有香港
屋宇署註冊之專門承建商（腳手架）資格。

以下為目標公司截至2024年12月31日止兩個年度之經審核綜合財務資料：

!w 80 45 45
| 截至12月31日止年度（港幣百萬元） | 2023年 | 2024年 |
| 收益 | 152.4 | 168.9 |
| 除稅前溢利 | 17.6 | 20.3 |
| 除稅後溢利 | 14.7 | 16.9 |

於2025年9月30日，目標公司之未經審核綜合資產淨值約為港幣96,800,000元。

## 進行收購事項之理由及裨益

本集團主要於香港從事建築機械、塔式起重機及棚架之租賃業務。近年，本集團積極將人工智能技術
應用於設備調度、塔式起重機防碰撞及工地安全管理。

本公司之全資附屬公司澤興棚架工程有限公司已於2025年8月與宏崴智慧科技股份有限公司訂立合作
備忘錄，雙方將於香港工地共同試行以人工智能影像辨識進行棚架巡檢。

董事認為，收購事項將令本集團之棚架工人數目增加約三成，並可將上述人工智能巡檢方案迅速推廣
至鋒翹棚架現有約60個在建工地，從而提升本集團之整體競爭力。

於物色收購目標期間，本公司亦曾與永灝棚架有限公司及建昇棚架集團有限公司進行初步接觸，惟最
終未有進行任何交易。

香港棚架市場競爭激烈，主要競爭對手包括建昇棚架集團有限公司及俊豪工程有限公司。董事認為收
購事項將有助本集團擴大市場份額，並於公營房屋及基建項目之投標中取得更有利位置。

董事（包括獨立非執行董事）認為，買賣協議之條款屬公平合理，按一般商業條款訂立，並符合本公
司及股東之整體利益。

## 融資協議

融資協議之主要條款如下：貸款人為匯晉銀行；借款人為本公司；本金為港幣120,000,000元；年期
為首次提款日起計三年；利率為香港銀行同業拆息加年息1.85厘；抵押為本公司若干附屬公司提供之
公司擔保及本集團若干塔式起重機之押記。

據董事所深知、盡悉及確信，匯晉銀行及其最終實益擁有人均為獨立第三方。

## 本公司之股權架構

下表載列本公司於本公告日期之股權架構：

!w 80 45 45
| 股東名稱 | 所持股份數目 | 佔已發行股本概約百分比 |
| 澤興家族控股有限公司 | 262,500,000 | 52.50% |
| Kurosegawa Crane Works Co., Ltd. | 49,000,000 | 9.80% |
| 海瀾資本有限公司 | 31,000,000 | 6.20% |
| 其他公眾股東 | 157,500,000 | 31.50% |
| 總計 | 500,000,000 | 100.00% |

附註：澤興家族控股有限公司由陳澤興先生作為財產授予人之全權信託間接全資擁有。Kurosegawa
Crane Works Co., Ltd.為一間於東京證券交易所上市之日本起重機製造商。

## 上市規則之涵義

由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但全部低於25%，
收購事項構成本公司之須予披露交易，因此須遵守上市規則第十四章之申報及公告規定，惟獲豁免遵
守股東批准規定。

嘉衡融資有限公司已獲委任為本公司有關收購事項之財務顧問，信衡評估有限公司則擔任獨立估值師
。

由於完成須待買賣協議所載之先決條件達成或獲豁免後方可作實，收購事項未必會進行。股東及潛在
投資者於買賣本公司股份時，務請審慎行事。

> 承董事會命
> 澤興機械租賃控股有限公司
> 主席
> 陳澤興

香港，2025年10月28日

~ 於本公告日期，董事會包括執行董事陳澤興先生、陳穎詩女士及黃志強先生；以及獨立非執行董事
李國賢先生、張慧敏女士及吳振邦先生。
"""


def otf_to_ttf(font):
    """Replace the CFF outlines of a subset font with TrueType (quadratic) outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(text, out_dir):
    """Subset the Traditional Chinese Noto face to text; save it as TrueType."""
    font = TTFont(str(NOTO_TTC), fontNumber=TC_INDEX)
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(text="".join(sorted(set(text))) + "0123456789 ")
    subsetter.subset(font)
    otf_to_ttf(font)
    path = Path(out_dir) / "noto_tc_subset.ttf"
    font.save(str(path))
    return path


def parse(source, cjk):
    """Turn the markup into a list of blocks."""
    blocks = []
    widths = None
    for raw in re.split(r"\n\s*\n", source.strip()):
        lines = [line.rstrip() for line in raw.strip().split("\n")]
        first = lines[0]
        if first.startswith("!w "):
            widths = [float(x) for x in first[3:].split()]
            lines = lines[1:]
            first = lines[0]
        if first.startswith("|"):
            joined = []
            for line in lines:
                if line.startswith("|"):
                    joined.append(line.strip())
                else:
                    joined[-1] += " " + line.strip()
            rows = [[c.strip() for c in line.strip("|").split("|")] for line in joined]
            blocks.append(("table", widths, rows))
            widths = None
            continue
        if first.startswith("> "):
            blocks.append(("lines", [line[2:] for line in lines]))
            continue
        if first.startswith("- "):
            blocks.append(("bullets", [line[2:] for line in lines]))
            continue
        kind = "p"
        prefixes = (("# ", "title"), ("### ", "subtitle"), ("## ", "h"),
                    ("~ ", "small"))
        for prefix, name in prefixes:
            if first.startswith(prefix):
                kind = name
                lines[0] = first[len(prefix):]
                break
        text = " ".join(lines)
        if cjk:
            text = SPACE_NEAR_CJK.sub("", text)
        blocks.append((kind, text))
    return blocks


def cjk_lines(pdf, text, width):
    """Break Chinese text into lines at any CJK character; ASCII runs stay whole."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if not cur or pdf.get_string_width(cur + tok) <= width or tok in CLOSING:
            cur += tok
            continue
        if tok == " ":
            lines.append(cur)
            cur = ""
            continue
        carry = ""
        while cur and cur[-1] in OPENING:
            carry = cur[-1] + carry
            cur = cur[:-1]
        lines.append(cur)
        cur = carry + tok
    if cur:
        lines.append(cur)
    return [line.strip() for line in lines]


class Doc(FPDF):
    def __init__(self, header_text, family):
        super().__init__(format="A4")
        self.header_text = header_text
        self.body_family = family
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        if self.header_text:
            self.set_font(self.body_family, "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.body_family, "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def paragraph(pdf, text, size, cjk, height):
    pdf.set_font(pdf.body_family, "", size)
    if cjk:
        for line in cjk_lines(pdf, text, pdf.epw):
            pdf.cell(pdf.epw, height, line, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(0, height, text, align="L", new_x="LMARGIN", new_y="NEXT")


def render(blocks, pdf, cjk):
    bold = "" if cjk else "B"
    for block in blocks:
        kind = block[0]
        if kind == "title":
            pdf.set_font(pdf.body_family, bold, 16)
            pdf.multi_cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "subtitle":
            pdf.set_font(pdf.body_family, bold if not cjk else "", 11)
            pdf.multi_cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(pdf.body_family, bold, 12)
            pdf.multi_cell(0, 7, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            paragraph(pdf, block[1], 10, cjk, 5.6 if cjk else 5)
            pdf.ln(2.5)
        elif kind == "small":
            pdf.set_text_color(80, 80, 80)
            paragraph(pdf, block[1], 8, cjk, 4.4)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2.5)
        elif kind == "lines":
            pdf.set_font(pdf.body_family, "", 10)
            for line in block[1]:
                pdf.cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "bullets":
            for item in block[1]:
                paragraph(pdf, "• " + item, 10, cjk, 5)
            pdf.ln(2.5)
        elif kind == "table":
            _, widths, rows = block
            pdf.set_font(pdf.body_family, "", 9)
            heading = FontFace(emphasis="NONE" if cjk else "BOLD",
                               fill_color=(225, 228, 235))
            with pdf.table(col_widths=widths, width=sum(widths), align="L",
                           line_height=5, padding=(0.6, 1.2), text_align="LEFT",
                           headings_style=heading) as table:
                for row in rows:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.ln(4)


def build(name, source, header_text, cjk, font_dir):
    pdf = Doc(header_text, "Body")
    if cjk:
        path = make_cjk_font(source + header_text, font_dir)
        pdf.add_font("Body", "", str(path))
    else:
        pdf.add_font("Body", "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("Body", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    render(parse(source, cjk), pdf, cjk)
    pdf.output(str(HERE / name))
    print("wrote", name, pdf.page_no(), "pages")


def main():
    font_dir = tempfile.mkdtemp(prefix="fresh143_fonts_")
    try:
        build("01_Hollinbrook_annual_report.pdf", DOC01,
              "Hollinbrook Plant Hire plc | Annual Report and Accounts 2024",
              False, font_dir)
        build("02_Kranvik_interim_report.pdf", DOC02,
              "Kranvik Lyft AB (publ) | Interim report January – September 2025",
              False, font_dir)
        build("05_ChakHing_HKEX_announcement.pdf", DOC05, "", True, font_dir)
    finally:
        shutil.rmtree(font_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
