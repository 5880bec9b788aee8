"""Build the three PDF documents of the fresh149 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

The document text is kept below in a small markup:
  "# ", "## ", "### "  headings
  "!cols a,b,c"        relative column widths of the table that follows
  "| a | b | c |"      table row (first row is the heading row); a row may
                       continue on the next source line until it ends in "|"
  "---page"            page break
  other lines          paragraph text; a blank line ends a paragraph
Paragraph lines are joined with a space (English) or with nothing (Chinese).

Chinese text uses one face of Noto Sans CJK. The .ttc collection cannot be read by
fpdf2, so the face is subset to the characters used, its CFF outlines are converted
to TrueType quadratic outlines with cu2quPen, and the result is written to a
temporary directory that is deleted after the PDF is written.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SIMPLIFIED, TRADITIONAL = 2, 3  # face indexes in the collection

DOC_02 = """
# Alpwerk Capture AG

## Annual Report 2024 (excerpt)

Alpwerk Capture AG, Hardturmstrasse 161, 8005 Zurich, Switzerland | SIX Swiss
Exchange: ALPW

## Business review

2024 was the year in which Alpwerk moved from pilot plants to contracted, bankable
removal capacity. Group revenue rose 64% to CHF 50.2 million, verified removals
delivered to customers reached 61,300 tonnes of CO2, and the order book for durable
removal certificates extended to 2031. The operating loss narrowed to CHF 21.7
million from CHF 34.9 million, helped by a 23% reduction in energy cost per tonne at
our direct-air-capture units in Hinwil and Mongstad.

Much of that improvement came from software rather than steel. Rheinfall Data
Systems AG supplies the machine-learning control software that schedules sorbent
regeneration at our Hinwil and Mongstad units; licence and support fees paid to
Rheinfall amounted to CHF 3.1 million in 2024. The models shift regeneration cycles
into hours of low-carbon, low-price electricity and predict sorbent degradation
early enough to avoid unplanned stops. Availability at Mongstad rose from 81% to 93%
during the year.

Storage is the second pillar. Alpwerk Storage Norge AS has reserved 120,000 tonnes a
year of injection capacity at the Fjordbotn Lagring ASA offshore store under a
ten-year agreement with fixed fees of NOK 46 million a year. First injections of
liquefied CO2 shipped from Mongstad are scheduled for the second half of 2025,
subject to the final permit from the Norwegian Offshore Directorate.

Our third pillar is mineral removal in the tropics, where weathering rates are
fastest. Our first enhanced-weathering service contract outside Europe was signed
with Cerrado Vivo Reflorestamento Ltda., which will pay CHF 2.9 million for basalt
spreading, soil sampling and AI-based removal quantification on 4,200 hectares of
degraded pasture in Goiás. The quantification relies on our own soil-carbonate
models, trained on eleven years of field trials run by Alpwerk Mineralisation GmbH
in the Black Forest and the Jura.

## Strategic investments

In March 2024 Alpwerk Capture AG invested CHF 18.0 million in newly issued shares of
Arapuá Créditos Ambientais S.A., the B3-listed Brazilian restoration developer.
Following the subscription, Alpwerk holds 14.8% of Arapuá's share capital and has
appointed one of its nine directors. The investment gives us access to a large and
growing land bank on which reforestation and enhanced weathering can be combined,
and to a team with a strong record in community engagement.

In the third quarter the Board of Alpwerk Capture AG evaluated a possible
acquisition of Glarus Mineral Carbon AG but decided not to proceed after due
diligence identified permitting risks at its quarry sites. We continue to source
basalt and olivine from third-party quarries under short-term contracts.

Competition for removal offtake intensified during the year, with Boreal Offset
Systems plc and Permafrost Ledger Inc. both launching AI-verified removal portfolios
aimed at the same corporate buyers. We believe that durable, physically measured
removals will continue to command a premium over nature-based and avoidance credits.

---page

## Financial review

Revenue by type of activity was as follows: removal certificates CHF 38.6 million
(2023: CHF 22.1 million), engineering and enhanced-weathering services CHF 9.4
million (2023: CHF 7.3 million) and other revenue CHF 2.2 million (2023: CHF 1.2
million). Cash and cash equivalents at year-end were CHF 96.3 million.

On 28 June 2024 Alpwerk Capture AG signed a CHF 75 million sustainability-linked
term loan with Banque Lémanique de Transition SA, maturing in 2030, with the margin
stepping down by 10 basis points if verified removals exceed 150,000 tonnes a year.
CHF 40 million had been drawn at 31 December 2024. The loan contains customary
covenants, including a minimum liquidity of CHF 25 million, all of which were met.

## Notes to the consolidated financial statements (selected)

### Note 5 Segment information and major customers

The Group operates a single reportable segment, carbon removal. Revenue from
customers that individually account for more than 5% of Group revenue was as
follows:

!cols 34,36,18,12
| Customer | Nature of sales | Revenue 2024 | Share of revenue |
| Engadin Carbon Trading AG | Removal certificate offtake | CHF 11.4 million | 22.7%
|
| Kallang Shipping Lines Ltd. | Removal certificates for fleet emissions | CHF 4.8
million | 9.6% |

No other single customer accounted for more than 5% of revenue in 2024 or 2023.

### Note 14 Group companies

The following companies are fully consolidated. Unless otherwise stated, the Group
holds all voting rights directly.

!cols 40,26,20,14
| Company | Registered office | Share capital | Interest held |
| Alpwerk Capture AG | Zurich, Switzerland | CHF 4,812,300 | Parent |
| Alpwerk Storage Norge AS | Bergen, Norway | NOK 30,000,000 | 100% |
| Alpwerk Mineralisation GmbH | Freiburg, Germany | EUR 250,000 | 100% |

---page

### Note 18 Financial liabilities

Financial liabilities comprise the sustainability-linked term loan described in the
financial review (carrying amount CHF 39.6 million, net of transaction costs), lease
liabilities of CHF 12.8 million relating mainly to the Hinwil site, and a CHF 3.0
million deferred consideration payable for the Mongstad land lease. The effective
interest rate on the term loan was 4.1% in 2024.

### Note 22 Related party transactions

Alpwerk holds a 9.5% interest in Rheinfall Data Systems AG and is represented on its
board by the Group CFO. The software licence arrangement described in the business
review was concluded at arm's length and approved by the Audit Committee without the
participation of the CFO. Compensation of the Executive Board amounted to CHF 4.2
million (2023: CHF 3.9 million), of which CHF 1.1 million was share-based.

There were no other transactions with related parties in 2024.

### Statutory auditor

Kessler Brunner Revision AG has audited the consolidated financial statements of
Alpwerk Capture AG for the year ended 31 December 2024. In its opinion, the
consolidated financial statements give a true and fair view of the consolidated
financial position of the Group in accordance with IFRS Accounting Standards and
comply with Swiss law.
"""

DOC_03 = """
证券代码：688917　　　　证券简称：青岚碳链　　　　公告编号：2025-047

# 青岚碳链科技股份有限公司

## 第三届董事会第十九次会议决议公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对
其内容的真实性、准确性和完整性依法承担法律责任。

## 一、董事会会议召开情况

青岚碳链科技股份有限公司（以下简称“公司”）第三届董事会第十九次会议于2025年10月28日在
上海市徐汇区公司会议室以现场结合通讯表决方式召开。会议通知已于2025年10月21日以电子邮
件方式送达全体董事。本次会议应出席董事9名，实际出席董事9名，会议由董事长林岱舟先生主
持，公司监事及高级管理人员列席会议。会议的召集、召开及表决程序符合《中华人民共和国公
司法》和《公司章程》的有关规定。

## 二、董事会会议审议情况

### （一）审议通过《关于对外投资暨关联交易的议案》

为把握国家核证自愿减排量（CCER）重启及全国碳排放权交易市场扩容带来的机遇，完善公司在
碳捕集、利用与封存（CCUS）领域的数据与资产布局，公司拟以自有资金人民币1.4亿元认缴江
苏澄捕碳封存有限公司新增注册资本人民币14,000万元。关联方华碳智算控股有限公司拟同步以
现金人民币8,000万元认缴江苏澄捕新增注册资本。本次增资完成后，江苏澄捕注册资本由人民
币18,000万元增加至人民币40,000万元，公司将向其委派2名董事，但不控制其财务和经营决策
，江苏澄捕将成为公司的参股公司。

江苏澄捕主要从事燃煤电厂烟气二氧化碳捕集及咸水层地质封存项目的投资、建设与运营，其位
于盐城市滨海县的一期百万吨级CCUS示范项目已于2025年6月开工建设。本次增资完成后，江苏
澄捕的股权结构如下：

!cols 60,40,30
| 股东名称 | 出资方式 | 持股比例 |
| 江苏沿海能源投资集团有限公司 | 货币、实物 | 45.00% |
| 青岚碳链科技股份有限公司 | 货币 | 35.00% |
| 华碳智算控股有限公司 | 货币 | 20.00% |
| 合计 | — | 100.00% |

公司董事、副总经理陈立衡先生同时担任华碳智算的非执行董事，根据《上海证券交易所科创板
股票上市规则》的相关规定，华碳智算为公司的关联法人，本次交易构成关联交易，但不构成《
上市公司重大资产重组管理办法》规定的重大资产重组。关联董事陈立衡先生已回避表决。

江苏澄捕2024年度财务报表已经符合《证券法》规定的会计师事务所审计，并出具了标准无保留
意见的审计报告。截至2024年12月31日，江苏澄捕资产总额为人民币3.26亿元，净资产为人民币
1.79亿元，2024年度尚未产生营业收入。

表决结果：8票同意，0票反对，0票弃权，1票回避。

本议案尚需提交公司股东大会审议。

### （二）审议通过《关于向控股子公司提供财务资助的议案》

宁夏沙湖捕集科技有限公司为公司持股70%的控股子公司，其余30%股权由3名自然人持有，主要
从事煤化工高浓度二氧化碳捕集及驱油封存业务。为支持其二期捕集装置建设，公司拟在不影响
自身正常经营的情况下，以自有资金向宁夏沙湖提供不超过人民币5,000万元的财务资助，期限
不超过3年，年利率按3.45%执行。宁夏沙湖的其他股东未按出资比例提供同等条件的财务资助，
但已将其所持股权质押给公司作为担保。

截至本公告披露日，江苏澄捕与宁夏沙湖之间不存在任何业务往来、资金往来或担保关系。

表决结果：9票同意，0票反对，0票弃权。

### （三）审议通过《关于签订〈软件许可及技术服务协议〉的议案》

为提升公司碳资产开发项目的监测、报告与核查（MRV）效率，公司于2025年10月与美兰蒂碳分
析有限公司（Meranti Carbon Analytics Ltd.）签订《软件许可及技术服务协议》，约定由其
向公司提供AI碳排放监测、报告与核查平台的软件许可及实施服务，合同总金额为人民币2,860
万元，服务期限为三年。美兰蒂为新加坡证券交易所上市公司，与公司不存在关联关系。

表决结果：9票同意，0票反对，0票弃权。

---page

### （四）审议通过《关于2025年度算力服务采购额度的议案》

为满足碳资产智能定价模型及碳排放因子大模型的训练需求，公司拟向北京算碳云计算有限公司
采购GPU算力租赁服务，2025年度采购金额不超过人民币3,600万元。北京算碳与公司不存在关联
关系，本次采购按照市场化原则定价。

表决结果：9票同意，0票反对，0票弃权。

### （五）审议通过《关于全资子公司签署合作协议的议案》

青岚碳链（新加坡）有限公司系公司全资子公司，注册资本100万新加坡元，主要负责公司境外
碳信用数据业务。董事会同意全资子公司青岚碳链（新加坡）有限公司与Kranji Registry Serv
ices Pte. Ltd.签署《跨境碳信用登记互认合作协议》，双方将在碳信用数据接口、核查标准对
接等方面开展合作，本协议不涉及具体交易金额。

表决结果：9票同意，0票反对，0票弃权。

## 三、其他说明

近期，公司关注到有媒体报道称公司拟收购上海环链碳资产管理有限公司。经核实，青岚碳链未
与上海环链进行任何关于股权收购的磋商，亦未签署任何意向性文件。公司指定信息披露媒体为
《上海证券报》《中国证券报》及上海证券交易所网站，敬请广大投资者注意投资风险。

中晟证券股份有限公司作为青岚碳链的持续督导保荐机构，对上述关联交易事项进行了核查，认
为本次关联交易已履行必要的审议程序，不存在损害公司及全体股东利益的情形。

特此公告。

青岚碳链科技股份有限公司董事会

2025年10月30日
"""

DOC_08 = """
As filed with the Securities and Exchange Commission on November 3, 2025

Registration No. 333-291847

# UNITED STATES SECURITIES AND EXCHANGE COMMISSION

## FORM S-1 REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933

## Lumora Earth Systems, Inc.

(Exact name of registrant as specified in its charter) | Delaware | Primary Standard
Industrial Classification Code Number 7372 | 12 Marina Boulevard, #28-01, Singapore
018982

The information in this preliminary prospectus is not complete and may be changed.
We may not sell these securities until the registration statement filed with the
Securities and Exchange Commission is effective. This preliminary prospectus is not
an offer to sell these securities and it is not soliciting an offer to buy these
securities in any jurisdiction where the offer or sale is not permitted.

## PROSPECTUS SUMMARY (EXCERPT)

### Overview

Lumora builds artificial-intelligence software that measures, reports and verifies
greenhouse gas emissions and carbon removals. Our platform combines satellite,
aerial and sensor data with machine-learning models to produce audit-ready emissions
inventories for ships, plantations and industrial sites, and to quantify carbon
stored by forests, mangroves and soils. Carbon-credit developers use our
verification outputs to shorten issuance cycles, and compliance buyers use them to
document the integrity of the credits they surrender. As of June 30, 2025, we served
63 enterprise customers in 11 countries, and our revenue for the year ended December
31, 2024 was $27.6 million, compared with $11.9 million for 2023.

### Corporate structure

Lumora Earth Systems, Inc. was incorporated in Delaware in 2019 and is headquartered
in Singapore. We conduct most of our operations through our wholly owned
subsidiaries Lumora Earth Systems Pte. Ltd. in Singapore and Lumora Brasil
Tecnologia Ltda. in Brazil.

### Recent developments

In October 2024, we acquired Selat Spectral Pte. Ltd., a developer of hyperspectral
analytics for mangrove and seagrass carbon, for total consideration of $6.2 million,
consisting of $4.0 million in cash and 709,677 shares of our Series B preferred
stock. In January 2025, we entered into a loan and security agreement with Marina
Bay Venture Lending Pte. Ltd. providing for term loans of up to $10.0 million, of
which $6.0 million was drawn as of June 30, 2025.

---page

## RISK FACTORS (EXCERPT)

### We depend on a single third-party provider for most of our computing capacity.

We rely on Straitsgrid Compute Pte. Ltd. for substantially all of the GPU capacity
used to train and run our models, and we paid Straitsgrid $7.8 million in 2024 under
a capacity reservation agreement that runs through 2027. If Straitsgrid were to
suffer extended outages, increase its prices materially or terminate the agreement,
we might be unable to deliver verification results on time, and moving our workloads
to another provider could take several months and require significant engineering
effort.

### The market for AI-based carbon measurement is highly competitive.

Our competitors include Meranti Carbon Analytics Ltd., Permafrost Ledger Inc. and
Boreal Offset Systems plc, some of which have greater resources than we do. We also
compete with traditional validation and verification bodies and with in-house teams
at large emitters. If we cannot continue to improve the accuracy and auditability of
our models, we may lose customers or be forced to reduce prices.

### A limited number of customers account for a significant portion of our revenue.

Our two largest customers together accounted for 26% of our revenue for the year
ended December 31, 2024, as set out below:

!cols 40,38,20,14
| Customer | Products | Revenue 2024 | % of revenue |
| Kallang Shipping Lines Ltd. | Fleet emissions MRV and credit retirement | $3.9
million | 14% |
| Nusantara Palm Holdings Berhad | Plantation land-use MRV | $3.2 million | 12% |

## BUSINESS (EXCERPT)

### Partnerships

We have a strategic partnership with Kranji Registry Services Pte. Ltd. under which
credits verified on our platform can be issued on the Kranji registry with a
shortened review cycle. The partnership does not involve payments between the
parties.

### Latin America

In 2024, Lumora Brasil Tecnologia Ltda. entered into a forest-inventory services
agreement with Cerrado Vivo Reflorestamento Ltda. under which Cerrado Vivo pays $1.1
million per year for AI tree counting and biomass estimation. We believe Brazil's
new regulated carbon market and the scale of its restoration pipeline make it our
most important growth market outside Southeast Asia.

---page

## PRINCIPAL STOCKHOLDERS (EXCERPT)

The following table sets forth information regarding beneficial ownership of our
common stock as of September 30, 2025, on an as-converted basis, and as adjusted to
reflect the sale of shares in this offering, for each person known by us to
beneficially own more than 5% of our common stock and for our chief executive
officer.

!cols 44,30,20,20
| Name of beneficial owner | Shares beneficially owned | % before offering | % after
offering |
| Halvard Growth Partners III, L.P. | 14,560,000 | 18.2% | 15.6% |
| Sundaland Climate Ventures Fund II, L.P. | 9,120,000 | 11.4% | 9.8% |
| Wen-Li Tan, Chief Executive Officer | 6,400,000 | 8.0% | 6.9% |
| All executive officers and directors as a group (9 persons) | 9,880,000 | 12.4%
| 10.6% |

## UNDERWRITING (EXCERPT)

Morrow Bancroft Securities LLC and Cathay Pinnacle Securities (Singapore) Pte. Ltd.
are acting as representatives of the underwriters. Subject to the terms and
conditions of the underwriting agreement, each underwriter has severally agreed to
purchase the number of shares of common stock set forth opposite its name in the
underwriting agreement. The underwriters have an option for 30 days to purchase up
to an additional 2,000,000 shares at the initial public offering price, less
underwriting discounts and commissions.

## LEGAL MATTERS

Quayle Ashdown LLP will pass upon the validity of the shares of common stock offered
by Lumora Earth Systems, Inc. in this offering. Certain legal matters in connection
with this offering will be passed upon for the underwriters by Ardley Pryce LLP.

## EXPERTS

The consolidated financial statements as of December 31, 2024 and 2023 and for each
of the two years then ended included in this prospectus have been audited by Halden
& Kriss LLP, an independent registered public accounting firm, as stated in their
report appearing herein.
"""

DOCS = [
    ("02_Alpwerk_annual_report.pdf", DOC_02, None,
     "Alpwerk Capture AG | Annual Report 2024"),
    ("03_Qinglan_A_share_announcement.pdf", DOC_03, SIMPLIFIED,
     "青岚碳链科技股份有限公司 公告编号：2025-047"),
    ("08_Lumora_S-1_excerpt.pdf", DOC_08, None,
     "Lumora Earth Systems, Inc. | Form S-1 Registration Statement"),
]


def cjk_font(face_index: int, chars: set[str], out_path: Path) -> None:
    """Subset one CJK face to chars and save it as a TrueType-outline font."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars if c not in "\n\r\t"))
    subsetter.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
        "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out_path))


def parse(markup: str, cjk: bool) -> list[tuple]:
    """Turn the markup into blocks: (kind, payload)."""
    blocks: list[tuple] = []
    para: list[str] = []
    row = ""
    cols: list[float] = []
    rows: list[list[str]] = []

    def flush_para() -> None:
        if para:
            blocks.append(("p", ("" if cjk else " ").join(para)))
            para.clear()

    def flush_table() -> None:
        if rows:
            blocks.append(("table", (list(cols), [list(r) for r in rows])))
            rows.clear()

    for raw in markup.strip().splitlines():
        line = raw.strip()
        if row:
            row += " " + line
            if row.endswith("|"):
                rows.append([c.strip() for c in row.strip("|").split("|")])
                row = ""
            continue
        if not line:
            flush_para()
            flush_table()
        elif line == "---page":
            flush_para()
            flush_table()
            blocks.append(("page", None))
        elif line.startswith("!cols"):
            flush_para()
            cols = [float(x) for x in line.split()[1].split(",")]
        elif line.startswith("|"):
            if line.endswith("|") and len(line) > 1:
                rows.append([c.strip() for c in line.strip("|").split("|")])
            else:
                row = line
        elif line.startswith("#"):
            flush_para()
            level = len(line) - len(line.lstrip("#"))
            blocks.append((f"h{level}", line[level:].strip()))
        else:
            para.append(line)
    flush_para()
    flush_table()
    return blocks


class Doc(FPDF):
    def __init__(self, header_text: str, cjk: bool) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.cjk = cjk
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(auto=True, margin=18)

    def header(self) -> None:
        self.set_font("body", size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("body", size=7.5)
        self.set_text_color(110, 110, 110)
        label = f"第 {self.page_no()} 页" if self.cjk else f"Page {self.page_no()}"
        self.cell(0, 5, label, align="C")
        self.set_text_color(0, 0, 0)


def render(name: str, markup: str, face_index: int | None, header_text: str) -> None:
    cjk = face_index is not None
    tmp_dir = Path(tempfile.mkdtemp(prefix="fresh149_font_"))
    try:
        pdf = Doc(header_text, cjk)
        if cjk:
            chars = set(markup) | set(header_text) | set("第页 0123456789")
            font_path = tmp_dir / "cjk_subset.ttf"
            cjk_font(face_index, chars, font_path)
            pdf.add_font("body", fname=str(font_path))
            bold = ""
        else:
            pdf.add_font("body", fname=str(DEJAVU / "DejaVuSans.ttf"))
            pdf.add_font("body", style="B", fname=str(DEJAVU / "DejaVuSans-Bold.ttf"))
            bold = "B"
        pdf.add_page()
        size = 10.5 if cjk else 9.5
        line_h = 6.4 if cjk else 5.0
        for kind, payload in parse(markup, cjk):
            if kind == "page":
                pdf.add_page()
            elif kind == "h1":
                pdf.set_font("body", bold, 16 if cjk else 15)
                align = "C" if cjk else "L"
                pdf.multi_cell(0, 9, payload, align=align,
                               new_x="LMARGIN", new_y="NEXT")
            elif kind == "h2":
                pdf.ln(2)
                pdf.set_font("body", bold, 13 if cjk else 11.5)
                align = "C" if cjk and pdf.get_y() < 60 else "L"
                pdf.multi_cell(0, 7.5, payload, align=align,
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h3":
                pdf.ln(1)
                pdf.set_font("body", bold, 11 if cjk else 10)
                pdf.multi_cell(0, 6.5, payload, align="L",
                               new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("body", "", size)
                pdf.multi_cell(0, line_h, payload, align="L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                widths, rows = payload
                pdf.set_font("body", "", size - 1)
                heading = FontFace(emphasis=bold or None, fill_color=(225, 232, 225))
                with pdf.table(col_widths=tuple(widths), headings_style=heading,
                               line_height=line_h - 0.6, text_align="LEFT") as table:
                    for cells in rows:
                        table_row = table.row()
                        for cell in cells:
                            table_row.cell(cell)
                pdf.ln(3)
        pdf.output(str(HERE / name))
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


def main() -> None:
    for name, markup, face_index, header_text in DOCS:
        render(name, markup, face_index, header_text)
        print("wrote", name)


if __name__ == "__main__":
    main()
