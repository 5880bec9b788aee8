"""Build the three PDF documents of the fresh160 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Each document is written in a small markup, one block per line:
  "# " title (centred), "## " section heading, "### " sub-heading,
  "@ " small centred line, "- " single line item, "| a | b |" table row
  (the first row of a table is its header), "%widths a b c" column widths
  of the next table, "---page" page break.
A line starting with two spaces continues the block above it. Other lines
are paragraph text: consecutive lines are joined (with a space in Latin
text, without one next to CJK characters) and a blank line ends the
paragraph.

The Chinese font is a subset of one face of NotoSansCJK-Regular.ttc
(index 2 Simplified, 3 Traditional), converted from CFF to TrueType
outlines in a temporary directory that is removed afterwards.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
CJK_COLLECTION = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SIMPLIFIED_FACE = 2
TRADITIONAL_FACE = 3

DOC02 = """
# TagusStay, S.A.
## Annual Report and Consolidated Financial Statements 2024 (excerpt)
@ Euronext Lisbon: TGSY | Registered office: Avenida Infante D. Henrique 311, 1900-264
  Lisboa, Portugal
@ Share capital: EUR 40,000,000 | Registration and tax number 515 882 104
## Message from the Chair (excerpt)
Dear shareholders, 2024 was the year in which TagusStay stopped describing itself as a
property company that uses technology and started behaving like a hospitality
technology company that happens to own property. Revenue grew 17% to €118.6 million,
adjusted EBITDA rose 22% to €41.9 million, and average occupancy across our 3,140
apartments in Lisbon, Porto and the Algarve reached 84%, a record for the Group.

The improvement came largely from how we price and how we serve. Our guests now book,
check in, open their doors and ask for help through a single assistant, and our
revenue team works with forecasts that are refreshed every hour. Around two thirds of
all guest conversations in December were resolved without a member of staff, while
guest satisfaction scores rose by four points.

Competition remains intense. In Lisbon, TagusStay's average daily rate remained about
6% below that of Costa Verde Suites, S.A., the market leader in premium serviced
apartments, and closing that gap is an explicit objective for 2025. Net financial debt
closed the year at 3.1 times EBITDA, comfortably within the limit the Board has set.

I thank our teams, our guests and our shareholders for their confidence.

- Maria Valadares Pinto, Chair of the Board of Directors
## 2. Strategy and technology: AI across the portfolio
Our guest technology is developed by TagusStay Digital, the Group's in-house software
company created in 2022. TagusStay Digital hosts the guest-messaging and forecasting
models on infrastructure supplied by Lumiar Cloud Serviços, S.A. under a five-year
agreement worth €3.6 million, which includes dedicated GPU capacity in a data centre
in Carregado.

Dynamic pricing across all residences now runs on forecasting software licensed from
an associate, as described in notes 14 and 31. Rates are recalculated hourly for every
apartment type, using search data, flight schedules, the events calendar and the
length-of-stay mix of each building.

In September, TagusStay and Hoshikawa AI Labs K.K. agreed to co-develop a Portuguese-
and Japanese-language voice concierge, sharing development work and the resulting
intellectual property equally; the agreement involves no payments between the parties.
Japanese guests were our fastest-growing segment in 2024, with room nights up 41%.

The Board reviewed a possible acquisition of Lisboa Lofts Collection, S.A. during the
second half of the year but concluded that the asking price was not justified, and
TagusStay did not submit an offer for Lisboa Lofts.

---page
## Notes to the consolidated financial statements (selected)
### Note 3. Group structure
The consolidated financial statements include TagusStay, S.A. and the following
principal subsidiaries, all of which are fully consolidated:

%widths 58 28 42 21 21
| Subsidiary | Registered office | Activity | Holding 2024 | Holding 2023 |
| Douro Residências, Lda. | Porto | Serviced apartments | 100% | 100% |
| Algarve Long Stay, Lda. | Faro | Serviced apartments | 100% | 100% |
| TagusStay Digital, Unipessoal, Lda. | Lisbon | Guest technology and AI | 100% | 100%
  |

### Note 4. Business combinations
On 15 October 2024 Douro Residências acquired the entire share capital of Ribeira
Flats, Lda., operator of 64 apartments in Porto's historic centre, for €9.2 million,
paid in cash.

Goodwill of €1.1 million was recognised, reflecting expected synergies in
housekeeping, revenue management and distribution. From the acquisition date to 31
December 2024 the acquired business contributed revenue of €0.8 million and a profit
of €0.1 million.

### Note 14. Investments in associates
In March 2024 the Company subscribed €6.0 million of new shares in Alfama Analytics,
Lda., raising its interest to 24.5% and giving it significant influence over the
investee.

Alfama Analytics develops demand-forecasting and dynamic pricing software for lodging
operators and online travel agencies. The investment is accounted for using the equity
method, and the share of the associate's loss recognised for the period was €0.4
million.

### Note 21. Financial debt
On 18 July 2024 the Group signed a €45.0 million green term loan with Banco Atlântico
Meridional, S.A., maturing in 2031 and secured over the Lisbon and Porto residences.

The loan bears interest at six-month Euribor plus 1.65%, reduced by 0.10% if the
energy-performance targets set out in the Group's green financing framework are met.
At 31 December 2024 the amount drawn was €38.5 million and the Group was in compliance
with all covenants.

---page
### Note 31. Related party transactions
Transactions with related parties are carried out on market terms. The principal
transactions in the year were as follows:

%widths 44 26 56 22 22
| Related party | Relationship | Nature of transaction | 2024 (€ thousand) | 2023 (€
  thousand) |
| Alfama Analytics, Lda. | Associate | Dynamic pricing software licences purchased |
  1,310 | 980 |
| Key management personnel | Board members | Short-term employee benefits | 1,845 |
  1,702 |

### Note 32. Qualifying shareholdings
At 31 December 2024 the following shareholders held qualifying holdings in the share
capital of TagusStay, S.A., as notified to the Company under the Portuguese Securities
Code:

%widths 62 36 36 36
| Shareholder | Number of shares | % of share capital | % of voting rights |
| Família Valadares SGPS, S.A. | 12,480,000 | 31.20% | 31.20% |
| Roteiro Viagens, S.A. | 3,120,000 | 7.80% | 7.80% |
| Free float and other | 24,400,000 | 61.00% | 61.00% |

### Note 36. Statutory auditor
Ferreira & Lobo - SROC, Lda. has been the statutory auditor of TagusStay since the
2019 financial year. Fees for the statutory audit of the 2024 accounts amounted to
€186 thousand, and fees for other assurance services, mainly the limited assurance of
the sustainability statement, amounted to €44 thousand.

### Note 37. Events after the reporting period
No events have occurred after the reporting date that would require adjustment of, or
disclosure in, these consolidated financial statements, other than the proposed
dividend of €0.12 per share.
"""

DOC03 = """
@ November 14, 2025
- Company name: Koyo TravelNet Co., Ltd.
- Representative: Hiroshi Tanabe, President and Representative Director
- (Securities code: 4391, Tokyo Stock Exchange Prime Market)
- Contact: Mayumi Sekiguchi, General Manager, Corporate Planning Department (TEL:
  +81-3-5555-0148)
# Notice Regarding Data Licensing Agreement, Acquisition of Shares by a Consolidated
  Subsidiary, and Borrowing of Funds
Koyo TravelNet Co., Ltd. (the "Company") hereby announces that its Board of Directors,
at a meeting held today, resolved the matters described below.

## I. Conclusion of a data licensing agreement
### 1. Purpose
The Company operates one of Japan's largest online travel agencies, with approximately
61,000 accommodation facilities listed and 18.2 million members. Generative AI is
rapidly changing how travellers search for and book accommodation, and the Company has
concluded that licensing carefully anonymized data to specialist developers, under
strict contractual controls, will both create a new revenue stream and raise the
quality of AI services available on its own platform.

### 2. Outline of the agreement
Under the agreement, Koyo TravelNet will license to Hoshikawa AI Labs K.K. anonymized
search, booking and review data covering approximately 41 million itineraries for a
total consideration of ¥480 million over three years.

The data will be used solely for training and evaluating multilingual concierge and
itinerary models. No personal information as defined in the Act on the Protection of
Personal Information will be provided, and the Company retains the right to audit the
licensee's use of the data at any time.

### 3. Overview of the counterparty
- Name: Hoshikawa AI Labs K.K.
- Location: Shibuya-ku, Tokyo
- Business: Development of conversational AI for the hospitality industry
- Established: April 2019
- Relationship with the Company: There is no capital or personnel relationship that
  should be stated.
---page
## II. Acquisition of shares of Shinagawa Weekly Mansions Co., Ltd. by a consolidated
  subsidiary
### 1. Reason for the acquisition
Koyo Residence Services Co., Ltd. ("Koyo Residence"), a wholly owned subsidiary of the
Company, operates approximately 2,300 serviced apartment units in the Tokyo and Osaka
areas.

Koyo Residence will acquire 100% of the issued shares of Shinagawa Weekly Mansions
Co., Ltd. for ¥2,140 million, adding 870 furnished units near major rail terminals in
southern Tokyo.

Koyo Residence will deploy the AI pricing and guest-messaging tools already used
across its own portfolio to the acquired units from April 2026, and expects occupancy
of those units to rise from 79% to above 85% within two years.

Mizunara Securities Co., Ltd. is acting as financial advisor to Koyo Residence in
connection with the share acquisition.

In the serviced-apartment segment, Koyo Residence competes principally with Minshuku
Go K.K. and Tokyo Monthly Stay Co., Ltd.

### 2. Schedule
- Date of resolution by the Board of Directors: November 14, 2025
- Date of conclusion of the share transfer agreement: November 14, 2025
- Date of share transfer (scheduled): January 6, 2026
## III. Borrowing of funds
To fund the acquisition and related working capital, the Company will borrow ¥5,000
million from Kaigan Trust Bank, Ltd. under a term loan maturing in November 2030.

The loan is unsecured and bears interest at a floating rate based on TONA plus a
spread; drawdown is scheduled for January 5, 2026.

---page
## IV. Business alliance with Yunlv Intelligent Technology
The Company has also concluded a business alliance agreement with Yunlv Intelligent
Technology Co., Ltd. (Shanghai Stock Exchange STAR Market: 688417) to jointly develop
Chinese-language AI itinerary services for visitors from mainland China to Japan; the
alliance involves no capital relationship.

Visitors from mainland China accounted for 17% of the Company's inbound gross bookings
in the first half of the fiscal year, and the Company expects that share to rise as
group tour restrictions continue to ease.

Certain media have reported that Koyo TravelNet is considering a tender offer for
Tabiji.com Inc.; this report is not based on any announcement by the Company, and no
such decision has been made.

## V. Reference: major customers and suppliers
The following table shows customers accounting for more than 3% of net sales and
principal suppliers for the fiscal year ended March 31, 2025 (¥ million).

%widths 52 22 58 19 19
| Counterparty | Category | Nature of transactions | Amount | Share of net sales |
| Sakuragi Hotels & Resorts Co., Ltd. | Customer | Accommodation distribution and AI
  rate advisory | 1,865 | 9.4% |
| Hakone Seiryu Ryokan Co., Ltd. | Customer | Accommodation distribution | 742 | 3.7%
  |
| Nishijin Compute K.K. | Supplier | GPU cloud and model hosting | 1,210 | - |

## VI. Outlook
The impact of the above matters on the consolidated financial results for the fiscal
year ending March 31, 2026 is expected to be minor. The Company will promptly announce
any matters requiring disclosure.
"""

DOC04 = """
@ 证券代码：688417　　证券简称：云旅智能　　公告编号：2025-047
# 云旅智能科技股份有限公司
# 关于对外投资、取得银行授信、签订重大合同及预计2026年度日常关联交易的公告
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其
内容的真实性、准确性和完整性依法承担法律责任。

### 重要内容提示：
- ● 投资标的名称：北京行知旅行网络科技有限公司
- ● 投资金额：人民币15,000万元
- ● 本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产
  重组。
- ● 相关风险提示：标的公司所处在线旅游行业竞争激烈，AI技术迭代较快，投资收益存在不确定
  性。
## 一、对外投资概述
### （一）基本情况
为完善公司在“AI+住宿”领域的产业布局，打通酒店端SaaS与在线旅行平台之间的数据与流量，公
司拟以自有资金人民币15,000万元认购北京行知旅行网络科技有限公司（以下简称“行知旅行网”）
新增注册资本，本次增资完成后，公司将持有行知旅行网12.00%的股权。

### （二）审议情况
公司于2025年11月20日召开第三届董事会第十九次会议，审议通过了《关于对外投资的议案》。根
据《上海证券交易所科创板股票上市规则》及《公司章程》的规定，本次投资无需提交股东大会审
议。

## 二、投资标的基本情况
### （一）基本信息
- 公司名称：北京行知旅行网络科技有限公司
- 法定代表人：何立川
- 注册资本：9,680万元（本次增资前）
- 成立日期：2016年5月12日
- 注册地址：北京市海淀区中关村大街27号
- 主营业务：在线酒店及服务式公寓预订、目的地AI行程规划及企业差旅管理服务
### （二）本次增资完成后的股权结构
%widths 95 40 35
| 股东名称 | 认缴出资额（万元） | 持股比例 |
| 北京行知创享企业管理中心（有限合伙） | 4,620.00 | 42.00% |
| Tidewater Longitude Fund II, L.P. | 1,650.00 | 15.00% |
| 云旅智能科技股份有限公司 | 1,320.00 | 12.00% |
| 其他股东 | 3,410.00 | 31.00% |
| 合计 | 11,000.00 | 100.00% |

### （三）主要财务数据
截至2024年12月31日，行知旅行网总资产为人民币68,412.35万元，净资产为人民币31,507.82万元
；2024年度实现营业收入人民币52,380.16万元，净利润人民币-2,146.09万元。立衡会计师事务所
（特殊普通合伙）已对行知旅行网2024年度财务报表进行审计，并出具了标准无保留意见的审计报
告。

在国内在线住宿预订市场，行知旅行网的主要竞争对手包括途乐网和游必达旅行等平台。行知旅行
网在服务式公寓及中长住细分领域具有较强的供给优势，2024年平台服务式公寓间夜量同比增长
46.3%。

---page
## 三、取得银行授信情况
公司近日与浙江恒衢银行股份有限公司签订《综合授信协议》，恒衢银行向公司提供人民币30,000
万元的综合授信额度，授信期限为三年，主要用于补充流动资金及算力基础设施投入。本次授信无
需公司提供资产抵押，公司控股股东为本次授信提供连带责任保证，公司无需支付担保费用。

## 四、签订重大合同情况
公司全资子公司云旅数智（杭州）有限公司（以下简称“云旅数智”）与上海澜庭酒店集团股份有限
公司（以下简称“澜庭酒店”）签订《酒店智能收益管理系统采购及服务合同》，由云旅数智向澜庭
酒店旗下126家酒店提供AI收益管理系统及五年运维服务，合同总金额为人民币3,280万元。

为保障上述合同履行及公司大模型训练所需算力，公司与深圳算途云计算有限公司（以下简称“算
途云”）签订《算力服务协议》，由算途云于2026年至2027年向公司提供GPU算力租赁服务，协议总
金额不超过人民币8,600万元。

上述合同的签订预计将对公司2026年度及以后年度的经营业绩产生积极影响，但合同履行过程中可
能存在因不可抗力、客户需求变化等因素导致合同无法全部履行的风险。

## 五、预计2026年度日常关联交易
公司董事长陈启航先生同时担任悦居服务式公寓控股有限公司（香港联合交易所股份代号：2687）
非执行董事，根据《上海证券交易所科创板股票上市规则》，悦居服务式公寓控股有限公司为公司
关联法人。

公司预计2026年度向悦居服务式公寓控股有限公司及其附属公司销售AI客服及智能入住系统的日常
关联交易金额不超过人民币4,800万元。

%widths 55 60 28 27
| 关联交易类别 | 关联人 | 2026年度预计金额（万元） | 2025年1-10月实际发生金额（万元
  ） |
| 向关联人销售产品、提供服务 | 悦居服务式公寓控股有限公司及其附属公司 | 4,800.00 |
  1,932.60 |

上述关联交易遵循公平、公正、公允的定价原则，不会对公司的独立性产生影响，关联董事已回避
表决。

---page
## 六、其他事项
此外，公司与光洋旅行网株式会社（Koyo TravelNet Co., Ltd.，东京证券交易所代码：4391）签
署《战略合作协议》，双方将共同开发面向赴日中国游客的中文AI行程服务，该合作不涉及股权投
资及资金往来。

近期有媒体报道云旅智能拟收购游必达旅行，经公司核实，该报道不属实，公司与游必达旅行之间
未进行任何股权收购洽谈。

## 七、对公司的影响及风险提示
本次对外投资有助于公司将酒店端AI产品与行知旅行网的分销渠道相结合，提升公司在住宿行业AI
解决方案领域的综合竞争力。本次投资资金来源为公司自有资金，不会对公司财务状况和经营成果
产生重大不利影响，不存在损害公司及全体股东利益的情形。

标的公司未来经营受宏观经济、行业政策、市场竞争等因素影响，可能存在投资收益不及预期的风
险。公司将密切关注标的公司的经营情况，并按照相关规定及时履行信息披露义务。敬请广大投资
者注意投资风险。

特此公告。

- 云旅智能科技股份有限公司董事会
- 2025年11月21日
"""

DOCS = [
    {"file": "02_TagusStay_annual_report.pdf", "text": DOC02, "cjk": None,
     "footer": "TagusStay, S.A. | Annual Report 2024 | page"},
    {"file": "03_KoyoTravelNet_disclosure.pdf", "text": DOC03, "cjk": None,
     "footer": "Koyo TravelNet Co., Ltd. (4391) | Timely disclosure | page"},
    {"file": "04_Yunlv_ashare_announcement.pdf", "text": DOC04, "cjk": SIMPLIFIED_FACE,
     "footer": "云旅智能科技股份有限公司 公告编号：2025-047 第"},
]

PREFIXES = (
    ("### ", "h3"),
    ("## ", "h2"),
    ("# ", "title"),
    ("@ ", "small"),
    ("- ", "item"),
)
CJK_RANGES = (("\u2e80", "\u9fff"), ("\u3000", "\u303f"), ("\uff00", "\uffef"))

STYLES = {  # kind: (bold, size, line height, space after, align)
    "title": (True, 12.5, 6.2, 2.5, "C"),
    "h2": (True, 11, 5.6, 1.5, "L"),
    "h3": (True, 9.8, 5.0, 1.0, "L"),
    "p": (False, 9.3, 4.6, 2.2, "L"),
    "item": (False, 9.3, 4.6, 0.6, "L"),
    "small": (False, 8.2, 4.2, 0.8, "C"),
}


def is_cjk(char):
    return any(low <= char <= high for low, high in CJK_RANGES)


def join_lines(lines, cjk):
    text = ""
    for line in lines:
        line = line.strip()
        if text and not (cjk and (is_cjk(text[-1]) or is_cjk(line[0]))):
            text += " "
        text += line
    return text


def parse(markup, cjk):
    """Turn the markup into a list of blocks: (kind, payload)."""
    items = []
    for raw in markup.strip("\n").split("\n"):
        continues = items and items[-1][0] not in ("blank", "page", "widths", "text")
        if raw.startswith("  ") and continues:
            items[-1][1].append(raw)
            continue
        line = raw.rstrip()
        if not line:
            items.append(["blank", []])
        elif line == "---page":
            items.append(["page", []])
        elif line.startswith("%widths "):
            items.append(["widths", [line]])
        elif line.startswith("|"):
            items.append(["row", [line]])
        else:
            for prefix, kind in PREFIXES:
                if line.startswith(prefix):
                    items.append([kind, [line[len(prefix):]]])
                    break
            else:
                items.append(["text", [line]])
    blocks, para, table, widths = [], [], [], None
    for kind, lines in items + [["blank", []]]:
        if kind != "text" and para:
            blocks.append(("p", join_lines(para, cjk)))
            para = []
        if kind != "row" and table:
            blocks.append(("table", (widths, table)))
            table, widths = [], None
        if kind == "text":
            para.extend(lines)
        elif kind == "row":
            row = join_lines(lines, cjk)
            table.append([cell.strip() for cell in row.strip().strip("|").split("|")])
        elif kind == "widths":
            widths = tuple(int(w) for w in lines[0].split()[1:])
        elif kind == "page":
            blocks.append(("page", None))
        elif kind != "blank":
            blocks.append((kind, join_lines(lines, cjk)))
    return blocks


def cff_to_truetype(font):
    """Replace the CFF outlines of a subset font by quadratic TrueType outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        advance = hmtx.metrics[name][0]
        hmtx.metrics[name] = (advance, glyph.xMin if glyph.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    zero_fields = (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    )
    for field in zero_fields:
        setattr(maxp, field, 0)
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face, text, out_path):
    font = TTFont(CJK_COLLECTION, fontNumber=face)
    options = Options()
    options.desubroutinize = True
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    font.save(out_path)


class Document(FPDF):
    def __init__(self, family, footer_text, cjk):
        super().__init__(format="A4")
        self.family_name = family
        self.footer_text = footer_text
        self.cjk = cjk
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.family_name, "", 7.5)
        suffix = " 页" if self.cjk else ""
        self.cell(0, 5, f"{self.footer_text} {self.page_no()}{suffix}", align="C")


def render(pdf, blocks):
    wrap = "CHAR" if pdf.cjk else "WORD"
    for kind, payload in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "table":
            widths, rows = payload
            pdf.set_font(pdf.family_name, "", 8.3)
            options = {"text_align": "LEFT", "line_height": 4.4, "wrapmode": wrap}
            with pdf.table(col_widths=widths, **options) as table:
                for cells in rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.ln(3)
        else:
            bold, size, height, after, align = STYLES[kind]
            pdf.set_font(pdf.family_name, "B" if bold else "", size)
            pdf.multi_cell(
                0,
                height,
                payload,
                align=align,
                new_x="LMARGIN",
                new_y="NEXT",
                wrapmode=wrap,
            )
            pdf.ln(after)


def build(doc, tmp_dir):
    blocks = parse(doc["text"], doc["cjk"] is not None)
    if doc["cjk"] is None:
        family = "DejaVu"
        pdf = Document(family, doc["footer"], cjk=False)
        pdf.add_font(family, "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font(family, "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    else:
        family = "NotoCJK"
        chars = set(doc["text"] + doc["footer"] + " 页0123456789")
        font_path = Path(tmp_dir) / f"cjk_{doc['cjk']}.ttf"
        make_cjk_font(doc["cjk"], "".join(sorted(chars)), str(font_path))
        pdf = Document(family, doc["footer"], cjk=True)
        pdf.add_font(family, "", str(font_path))
        pdf.add_font(family, "B", str(font_path))
    pdf.set_title(doc["file"])
    pdf.add_page()
    render(pdf, blocks)
    pdf.output(str(HERE / doc["file"]))
    print("wrote", doc["file"], pdf.page_no(), "pages")


def main():
    tmp_dir = tempfile.mkdtemp(prefix="fresh160_fonts_")
    try:
        for doc in DOCS:
            build(doc, tmp_dir)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
