"""Build the three PDF documents of the fresh140 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Markup of the document sources below (blocks are separated by blank lines):
  "# "  title, centred          "## " heading         "### " sub-heading
  "C "  centred line            "~ "  small print     "---" page break
  "|w"  column widths (mm)      "|"   table row, cells separated by "|" (row 1 = header)
Anything else is a paragraph. Its lines are joined with a space (English) or with
nothing (Chinese).
"""

import shutil
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF, FontFace

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# face index in the collection: 2 = Simplified Chinese, 3 = Traditional Chinese
CJK_FACE = {"sc": 2, "tc": 3}

DOC02 = """
~ 证券代码：688917　　证券简称：赣澜磁业　　公告编号：2025-041

# 赣澜磁业股份有限公司
# 关于2025年度日常关联交易预计及对外投资设立合资公司的公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对
其内容的真实性、准确性和完整性依法承担法律责任。

## 重要内容提示：

●本次日常关联交易预计事项已经公司第三届董事会第十九次会议审议通过，关联董事李振南先
生、王启航先生回避表决，尚需提交公司2025年第二次临时股东大会审议。

●本次日常关联交易系公司正常生产经营所需，以市场价格为定价依据，不会对关联人形成较大
依赖，不影响公司的独立性。

●公司拟与星村磁业株式会社共同出资设立赣星磁电（赣州）有限公司（暂定名，以市场监督管
理部门核准登记为准，以下简称“赣星磁电”或“合资公司”），合资公司注册资本为人民币30,000
万元。

●本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产
重组。

## 一、日常关联交易基本情况

### （一）日常关联交易履行的审议程序

2025年8月18日，公司召开第三届董事会第十九次会议及第三届监事会第十五次会议，审议通过
了《关于2025年度日常关联交易预计的议案》。关联董事李振南先生、王启航先生回避表决，其
余7名非关联董事一致同意该议案。公司独立董事专门会议对该议案进行了事前审核，全体独立
董事认为：公司预计的日常关联交易属于正常的商业行为，定价遵循市场化原则，不存在损害公
司及中小股东利益的情形，同意将该议案提交董事会审议。

### （二）2025年度日常关联交易预计金额和类别

~ 单位：人民币万元

|w 34 40 48 24 24
|关联交易类别|关联人|交易内容|2025年度预计金额|2024年度实际发生金额
|向关联人购买原材料|北岭稀土集团有限公司|氧化镨钕、金属镨钕|186,000.00|142,315.27
|向关联人销售产品|深圳矿智科技有限公司|磁选滚筒用钕铁硼磁组件|12,500.00|6,842.19
|合计|—|—|198,500.00|149,157.46

~ 注：2025年度预计金额较上年实际发生金额增加较多，主要系公司包头、赣州两地新增产能陆
续投产，稀土原材料需求相应增长所致。

### （三）关联人介绍和关联关系

1. 北岭稀土集团有限公司

企业类型：股份有限公司（香港联合交易所主板上市，股份代号：2386）；法定代表人：周国栋
；注册资本：人民币186,420万元；注册地址：江西省赣州市章贡区稀金大道88号；主营业务：
稀土矿开采、稀土冶炼分离、稀土金属及合金的生产与销售。截至2024年12月31日，北岭稀土总
资产为人民币412.6亿元，净资产为人民币238.9亿元；2024年度实现营业收入人民币276.3亿元
，净利润人民币19.4亿元。

关联关系：公司董事李振南先生现任北岭稀土非执行董事，根据《上海证券交易所科创板股票上
市规则》第15.1条的相关规定，北岭稀土为公司的关联法人。

2. 深圳矿智科技有限公司

企业类型：有限责任公司；法定代表人：陈屹；注册资本：人民币5,280万元；注册地址：广东
省深圳市南山区科苑南路3099号；主营业务：基于机器视觉、X射线透射及深度学习算法的矿石
智能分选装备的研发、生产与销售。

关联关系：公司董事、副总经理王启航先生现任矿智科技董事，根据上述规则，矿智科技为公司
的关联法人。

履约能力分析：上述关联人依法存续且经营正常，财务状况良好，具备良好的履约能力。

### （四）关联交易主要内容和定价政策

公司向北岭稀土采购的氧化镨钕、金属镨钕等原材料，采购价格参照行业第三方价格平台公布的
当月均价，经双方协商确定，按月结算。公司向矿智科技销售的钕铁硼磁组件主要用于其AI智能
分选机的磁选预富集单元，销售价格以公司同类产品向非关联客户的销售价格为基础确定。

### （五）关联交易目的和对上市公司的影响

北岭稀土是国内主要的稀土冶炼分离企业之一，上述采购有利于保障公司原材料的稳定供应；公
司向矿智科技销售磁组件，有助于拓展公司产品在智能装备领域的应用。上述关联交易遵循公平
、公正、公允的原则，不会对公司的独立性产生影响，公司主营业务不会因此对关联人形成依赖
。

## 二、对外投资概述

### （一）基本情况

公司与星村磁业株式会社（Hoshimura Magnetics Co., Ltd.，东京证券交易所代码：6893，以
下简称“星村磁业”）于2025年8月18日签署《合资经营合同》，双方拟共同出资在江西省赣州市
设立合资公司，建设年产6,000吨高性能烧结钕铁硼磁体项目，产品主要面向新能源汽车驱动电
机及工业机器人伺服电机客户。

### （二）审议程序

本次对外投资已经公司第三届董事会第十九次会议审议通过，根据《公司章程》的相关规定，无
需提交股东大会审议。

## 三、合资方基本情况

星村磁业成立于1952年，总部位于日本东京都，主营烧结钕铁硼磁体、钐钴磁体及磁性组件的研
发、生产和销售，2025年3月期合并营业收入约2,870亿日元。星村磁业与公司及公司控股股东、
实际控制人、董事、监事、高级管理人员之间不存在关联关系。

根据双方于2023年4月签订的《技术许可协议》，星村磁业授权公司使用其重稀土晶界扩散专利
技术，公司按相关产品销售收入的1.8%向星村磁业支付许可费，2024年度公司支付许可费人民币
2,146.30万元。

## 四、合资公司基本情况

公司名称：赣星磁电（赣州）有限公司（暂定名）；注册资本：人民币30,000万元；注册地址：
江西省赣州市赣州经济技术开发区；经营范围：稀土永磁材料及磁性组件的研发、生产和销售，
货物及技术进出口。

股权结构如下：

|w 62 38 45 25
|股东名称|出资方式|认缴出资额（万元）|持股比例
|赣澜磁业股份有限公司|货币|15,300.00|51%
|星村磁业株式会社|货币及专利技术|14,700.00|49%
|合计|—|30,000.00|100%

赣星磁电成立后将成为赣澜磁业的控股子公司，纳入公司合并报表范围。

合资公司董事会由5名董事组成，其中公司委派3名，星村磁业委派2名；董事长由公司委派，总
经理由星村磁业提名，财务负责人由公司委派。

合资公司的磁体配方设计将沿用公司自主开发的“磁智”AI材料设计平台，该平台的模型训练算力
由贵州云图算力有限公司提供。合资公司产线将配置基于机器视觉的在线缺陷检测系统，目标将
磁体成品率提升至96%以上。

## 五、对外投资对公司的影响

本次投资符合公司“高端化、国际化”的发展战略。合资公司可借助星村磁业在日系汽车客户中的
渠道优势，提升公司产品的海外市场份额。本次投资资金来源为公司自有资金，不会对公司财务
状况和经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。

## 六、风险提示

### （一）审批及建设风险

合资公司尚需办理工商登记、项目备案及环境影响评价等手续，项目建设进度存在不确定性。

### （二）市场竞争风险

公司主要竞争对手包括宁波韵磁科技股份有限公司、包头金稀磁材有限公司等，行业竞争日趋激
烈，合资项目投产后可能面临产品价格下降的风险。

### （三）原材料价格波动风险

稀土原材料价格波动较大，如镨钕价格大幅上涨，将对公司及合资公司的盈利能力产生不利影响
。

## 七、保荐机构核查意见

经核查，保荐机构华鼎证券股份有限公司认为：赣澜磁业2025年度日常关联交易预计事项已经公
司董事会、监事会审议通过，关联董事回避表决，履行了必要的审批程序，保荐机构对该事项无
异议。

## 八、其他说明

近期有媒体报道称公司拟收购湖南瑞磁新材料有限公司控股权。经核实，截至本公告披露日，赣
澜磁业未与湖南瑞磁新材料有限公司就任何股权收购事项进行接触或签署协议。公司指定信息披
露媒体为《中国证券报》《上海证券报》及上海证券交易所网站，敬请广大投资者注意投资风险
。

特此公告。

C 赣澜磁业股份有限公司董事会

C 2025年8月20日
"""

DOC03 = """
# UNITED STATES
# SECURITIES AND EXCHANGE COMMISSION
C Washington, D.C. 20549

# FORM 10-K

C ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

C For the fiscal year ended June 30, 2025

C Commission File Number 001-41877

# ORELOGIC SYSTEMS, INC.
C (Exact name of registrant as specified in its charter)

C Delaware (State of incorporation)  -  84-3316270 (I.R.S. Employer Identification No.)

C 2150 Larimer Row, Suite 900, Denver, Colorado 80205  -  (720) 555-0148

Securities registered pursuant to Section 12(b) of the Act: Common Stock, par value
$0.0001 per share; trading symbol ORLG; Nasdaq Global Select Market.

Indicate by check mark whether the registrant is a well-known seasoned issuer, as
defined in Rule 405 of the Securities Act. Yes [ ] No [X]

Indicate by check mark whether the registrant is a large accelerated filer, an
accelerated filer, a non-accelerated filer, a smaller reporting company, or an
emerging growth company. Large accelerated filer [X]

The aggregate market value of the voting common stock held by non-affiliates of the
registrant as of December 31, 2024 was approximately $1.94 billion. As of August 29,
2025, there were 58,412,906 shares of the registrant's common stock outstanding.

~ DOCUMENTS INCORPORATED BY REFERENCE: Portions of the registrant's definitive proxy
statement for its 2025 annual meeting of stockholders are incorporated by reference
into Part III of this report.

---

## PART I

## Item 1. Business

### Overview

Orelogic Systems, Inc. ("Orelogic," the "Company," "we," "us" or "our") develops
artificial-intelligence software for the mining and mineral-processing industries.
We focus on battery and magnet minerals - lithium, nickel and the rare earth
elements - where ore bodies are variable and small gains in recovery are worth a
great deal. We were incorporated in Delaware in 2017 and completed our initial
public offering in November 2023.

### Products

GeoCore is a foundation model trained on more than 2.1 million metres of drill-core
imagery, downhole geophysics and assay data. Customers use it to rank drill targets,
to estimate grade between holes and to flag core for re-logging. PlantMind provides
closed-loop control of flotation, leaching and solvent-extraction circuits; it reads
plant sensors every few seconds and adjusts reagent dosing, air rates and pH
set-points within limits set by the metallurgist. We sell PlantMind as a multi-year
subscription priced per processing line and GeoCore under annual licences.

### Customers

At June 30, 2025 we had 41 customers operating 63 sites in nine countries, compared
with 29 customers a year earlier. Two customers each accounted for more than 10% of
our revenue in fiscal 2025; see Note 12 to the consolidated financial statements.

In October 2024 we granted Spinifex Geo-AI Pty Ltd a non-exclusive licence to
fine-tune our GeoCore foundation model, for which Spinifex pays us a minimum of $3.2
million per year.

Our subsidiary Orelogic Australia Pty Ltd also provides drill-rig telemetry
analytics to Mulgara Drilling Services Pty Ltd under a services agreement that runs
to 2027.

### Strategic relationships

In April 2025 we formed a strategic alliance with Kisaragi Shoji Corporation to
jointly develop AI tools for rare-earth separation plants in Japan and Southeast
Asia. Neither party pays the other under the alliance, and each bears its own
development costs; any resulting products will be offered under separate commercial
terms.

### Competition

Our principal competitors include Minex Intelligence Corp. and Deepcore Analytics,
Inc., as well as the in-house data science groups of large diversified miners. We
compete on model accuracy, on the speed with which a site can be brought onto the
platform and on the depth of our metallurgical expertise.

### Employees

As of June 30, 2025 we had 412 full-time employees, of whom 61% work in engineering,
data science or metallurgy.

## Item 1A. Risk Factors

The risks below are among those described in full in this Item; any of them could
materially harm our business, results of operations and financial condition.

We depend on a single cloud provider. We rely on Nimbus Stratum Cloud, Inc. for
substantially all of our training and inference compute, and in fiscal 2025 we
entered into a committed-spend agreement with Nimbus Stratum of $84.0 million over
three years. If we do not consume the committed amount we must pay the shortfall,
and an outage or a material price increase could disrupt service to our customers.

Our revenue is concentrated. Our two largest customers, both producers of battery or
magnet minerals, together accounted for 26% of revenue in fiscal 2025, and the loss
of either would reduce our revenue materially.

Export controls on rare-earth processing technology, including controls adopted by
China in 2023 and 2025, may limit the sites at which we can deploy PlantMind or the
data we may transfer out of those sites.

## Item 3. Legal Proceedings

On January 14, 2025, Deepcore Analytics, Inc. filed a complaint against Orelogic
Systems, Inc. in the U.S. District Court for the District of Colorado alleging
misappropriation of trade secrets. We believe the claims are without merit and
intend to defend ourselves vigorously; we have not recorded a liability.

## PART II

## Item 7. Management's Discussion and Analysis of Financial Condition and Results
of Operations

### Fiscal 2025 compared with fiscal 2024

Revenue was $118.6 million, an increase of 37% from $86.6 million, driven by 14 new
PlantMind deployments and higher GeoCore licence revenue. Subscription revenue made
up 88% of the total. Gross margin fell to 71% from 74% as compute costs rose ahead
of revenue at new sites. Operating loss narrowed to $9.8 million from $21.3 million.

### Acquisition of Petrosight Labs

On February 3, 2025, we acquired all of the outstanding equity of Petrosight Labs,
Inc., a developer of hyperspectral core-imaging software, for total consideration of
$27.5 million. The consideration comprised $19.0 million in cash and 312,540 shares
of our common stock; we recorded goodwill of $18.2 million. Petrosight's imaging
pipeline now feeds GeoCore directly.

### Liquidity and capital resources

At June 30, 2025 we had cash, cash equivalents and marketable securities of $212.4
million and no debt. Net cash provided by operating activities was $6.1 million. We
believe existing cash will be sufficient to meet our needs for at least the next 12
months.

## Item 8. Financial Statements and Supplementary Data (excerpt)

### Note 12 - Concentrations

Customers that accounted for 10% or more of total revenue were as follows:

|w 100 35 35
|Customer|Fiscal 2025|Fiscal 2024
|Koorabin Lithium Limited|14%|11%
|Beiling Rare Earth Group Co., Ltd.|12%|9%

No other customer accounted for 10% or more of revenue in either year. At June 30,
2025, two customers accounted for 31% of accounts receivable.

### Report of Independent Registered Public Accounting Firm (excerpt)

Harlan & Booth LLP has audited the consolidated financial statements of Orelogic
Systems, Inc. for each of the three years in the period ended June 30, 2025. In our
opinion, the financial statements present fairly, in all material respects, the
financial position of the Company in conformity with U.S. generally accepted
accounting principles.

## Exhibit 21.1 - Subsidiaries of the Registrant

|w 75 65 30
|Name|Jurisdiction of organization|Ownership
|Orelogic Australia Pty Ltd|Western Australia, Australia|100%
|Orelogic Japan K.K.|Japan|100%
|Petrosight Labs, Inc.|Delaware|100%
"""

DOC06 = """
# Salar Andino Litio S.A.

# Annual Report 2024

C Memoria Anual 2024 - English translation of selected chapters

C Santiago Stock Exchange: SALANDINO

C Registered office: Avenida Apoquindo 4820, piso 17, Las Condes, Santiago, Chile

---

## Letter from the Chairman

Dear shareholders,

2024 tested every lithium producer. The average price we realised for lithium
carbonate fell by 58% compared with 2023, and our revenue fell to US$694 million. We
nevertheless produced 38,400 tonnes of lithium carbonate equivalent (LCE), 6% more
than in 2023, and reduced our cash cost to US$5,180 per tonne. The Company remained
profitable, with net income of US$71 million.

Much of that improvement came from our own people. Analítica Atacama, the
data-science company we created in 2022, now runs the models that tell our operators
which wells to pump and how to stage the evaporation ponds. In a year of low prices,
every tonne recovered from brine we had already pumped mattered.

The Board proposes a final dividend of US$0.08 per share, equal to 30% of net
income, the minimum required by our by-laws.

C Rodrigo Echeverría Vial, Chairman of the Board

## 1. Operations

### Brine extraction and evaporation

We pumped 41.2 million cubic metres of brine from 212 production wells in 2024.
Average lithium grade at the pond inlet was 1,710 mg/l. Overall lithium recovery
from well to carbonate plant rose to 54.3% from 49.8%, mainly because we lost less
lithium to salts precipitated in the halite ponds.

### Artificial intelligence in the salar

Analítica Atacama runs its brine-reservoir models on Nimbus Stratum Cloud under a
three-year enterprise agreement. The reservoir model is a digital twin of the
aquifer that is recalibrated every night with well-head sensor data; a second model
forecasts evaporation from satellite weather data and tells the pond operators when
to transfer brine. Together they allowed us to pump 7% less brine for the same
lithium output and to cut fresh-water use at the carbonate plant by 18%.

### Energy

In 2024 the Company took a 30% interest in Solar Tilopozo SpA, a 180 MW photovoltaic
project near the salar, and Pehuén Energía S.A. holds the remaining 70%.
Construction is expected to start in the second half of 2025. When complete, the
project will supply about 60% of our operations' electricity demand.

## 2. Commercial

Sales volume was 37,900 tonnes LCE. Battery-grade carbonate made up 71% of volume.
Approximately 62% of volume was sold under long-term contracts priced against
published indices with quarterly adjustment.

Principal customers (share of 2024 revenue):

|w 58 22 60 30
|Customer|Country|Product|Share of revenue
|Tsukuba Cathode Materials Co., Ltd.|Japan|Battery-grade lithium carbonate|27%
|Yichun Hengli Lithium Co., Ltd.|China|Technical-grade lithium carbonate|19%
|Other customers (14)|Various|Lithium carbonate and lithium chloride|54%

Principal suppliers (share of 2024 purchases):

|w 58 22 60 30
|Supplier|Country|Goods or services|Share of purchases
|Pehuén Energía S.A.|Chile|Electricity under power purchase agreement|14%
|Kisaragi Shoji Corporation|Japan|Soda ash and ocean freight|11%
|Other suppliers|Various|Reagents, fuel and maintenance services|75%

### Market and competition

Our main competitors in the Salar de Atacama are Litio del Norte S.A. and Minera
Tamarugal Ltda., both of which operate under lease contracts with the State.
Competition for new leases is increasingly decided on water use and on the share of
value returned to local communities, where we believe our record is strong.

During 2024 the Board of Salar Andino evaluated and rejected a proposal from Litio
del Norte S.A. to combine the two companies' adjacent concessions. The Board
concluded that the proposal undervalued our higher-grade brine and the carbonate
plant.

---

## 3. Financing

In September 2024 the Company signed a US$220 million senior term loan with Banco
Cordillera S.A., maturing in 2031. The proceeds refinanced US$140 million of bonds
maturing in 2025 and will fund part of the 15,000-tonne expansion of the carbonate
plant. At year-end net debt was US$312 million, equal to 1.4 times EBITDA.

Capital expenditure in 2024 was US$186 million, of which US$121 million went to the
carbonate plant expansion and US$23 million to new production and monitoring wells.

## 4. Corporate structure

Subsidiaries at December 31, 2024:

|w 58 22 60 30
|Company|Country|Activity|Interest
|Analítica Atacama SpA|Chile|Data science and AI process control|100%
|Salar Andino Logística Ltda.|Chile|Port handling and trucking|99.9%

The Company has 1,842 employees and contractors, 31% of whom come from communities
in the Antofagasta Region.

## 5. Sustainability

Fresh-water withdrawal fell to 118 litres per second from 144 litres per second.
Scope 1 and 2 emissions were 3.9 tonnes of CO2e per tonne of LCE. We signed two new
agreements with Atacameño communities covering water monitoring and a share of
sales.

## 6. Auditors

Vargas Ossandón Auditores Consultores Ltda. audited the consolidated financial
statements of Salar Andino Litio S.A. for the year ended December 31, 2024. The
auditors issued an unqualified opinion dated February 27, 2025.
"""

DOCS = [
    # file name, source, language ("en" or a key of CJK_FACE), Latin face, footer label
    ("02_Ganlan_A-share_announcement.pdf", DOC02, "sc", "", "赣澜磁业股份有限公司公告"),
    ("03_Orelogic_10-K.pdf", DOC03, "en", "DejaVuSerif",
     "Orelogic Systems, Inc. - Form 10-K"),
    ("06_SalarAndino_annual_report.pdf", DOC06, "en", "DejaVuSans",
     "Salar Andino Litio S.A. - Annual Report 2024"),
]


def parse(source: str, lang: str) -> list[tuple[str, object]]:
    """Turn the markup into a list of (kind, payload) blocks."""
    joiner = " " if lang == "en" else ""
    blocks: list[tuple[str, object]] = []
    widths: list[float] | None = None
    for chunk in source.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines() if line.strip()]
        if not lines:
            continue
        first = lines[0]
        if first == "---":
            blocks.append(("break", None))
        elif first.startswith("|"):
            rows = []
            for line in lines:
                if line.startswith("|w"):
                    widths = [float(w) for w in line[2:].split()]
                else:
                    rows.append([cell.strip() for cell in line[1:].split("|")])
            blocks.append(("table", (widths, rows)))
        elif first.startswith(("# ", "C ")):
            blocks.extend(("title" if line.startswith("# ") else "centre", line[2:])
                          for line in lines)
        else:
            kind = "para"
            for prefix, name in (("### ", "h3"), ("## ", "h2"), ("~ ", "small")):
                if first.startswith(prefix):
                    kind, lines[0] = name, first[len(prefix):]
                    break
            blocks.append((kind, joiner.join(lines)))
    return blocks


def quadratic_font(face_index: int, chars: str, out: Path) -> None:
    """Subset one face of the CJK collection; convert its CFF outlines to glyf."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = subset.Options()
    options.desubroutinize = True
    options.layout_features = []
    options.notdef_outline = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "BASE"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in order:
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, getattr(glyf.glyphs[name], "xMin", 0))

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out))


class Document(FPDF):
    footer_label = ""

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(self.font_family, size=8)
        self.cell(0, 6, f"{self.footer_label}  |  {self.page_no()}", align="C")


def build(name: str, source: str, lang: str, face: str, label: str, tmp: Path) -> None:
    blocks = parse(source, lang)
    pdf = Document(format="A4")
    pdf.footer_label = label
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    if lang == "en":
        pdf.add_font("body", fname=str(DEJAVU / f"{face}.ttf"))
        pdf.add_font("body", style="B", fname=str(DEJAVU / f"{face}-Bold.ttf"))
        bold, align, size = "B", "J", 10
    else:
        chars = "".join(sorted(set(source + label + "0123456789 |")))
        font_path = tmp / f"{lang}.ttf"
        quadratic_font(CJK_FACE[lang], chars, font_path)
        pdf.add_font("body", fname=str(font_path))
        bold, align, size = "", "L", 10.5
    pdf.add_page()
    for kind, payload in blocks:
        if kind == "break":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("body", bold, 14)
            pdf.multi_cell(0, 8, payload, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "centre":
            pdf.set_font("body", "", size)
            pdf.multi_cell(0, 6, payload, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind in ("h2", "h3"):
            pdf.ln(2)
            pdf.set_font("body", bold, 12 if kind == "h2" else 11)
            pdf.multi_cell(0, 7, payload, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font("body", "", 8.5)
            pdf.multi_cell(0, 5, payload, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "para":
            pdf.set_font("body", "", size)
            height = 6 if lang == "en" else 7
            pdf.multi_cell(0, height, payload, align=align,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            widths, rows = payload
            pdf.set_font("body", "", size - 1)
            heading = FontFace(emphasis=bold, fill_color=(225, 225, 225))
            with pdf.table(col_widths=widths, headings_style=heading, line_height=6,
                           text_align="LEFT") as table:
                for cells in rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.ln(3)
    pdf.output(str(HERE / name))


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="fresh140_fonts_"))
    try:
        for name, source, lang, face, label in DOCS:
            build(name, source, lang, face, label, tmp)
            print("wrote", name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
