"""Build the three PDF documents of the fresh156 evaluation set with fpdf2.

Run with /work/main/.venv/bin/python build_pdfs.py; the PDFs are written next to
this script.

Document text is kept below in a light markup: "# " title, "## " heading, "! "
small note line, "- " bullet, "| " table row (cells separated by " | ", the first
row of a table is its header), "<<PAGE>>" page break, anything else a paragraph.
Each line starts a block; a line indented by two spaces continues the previous
one (joined without a space next to a CJK character).

Chinese text uses Noto Sans CJK. fpdf2 cannot read the .ttc collection, so the
face needed (index 2 Simplified, 3 Traditional) is subset to the characters used
with fontTools, its CFF outlines are converted to TrueType quadratics, and the
result is saved to a temporary directory that is deleted after the PDFs are
written.
"""

import shutil
import tempfile
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_FACES = {"sc": 2, "tc": 3}
LATIN_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LATIN_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
# Characters that may not begin a line: they stay on the previous line even if
# it then runs slightly long.
CLOSING = set("，。、；：！？）」』》%")
# Characters that may not end a line: they move down to start the next one.
OPENING = set("（「『《“")
FOOTERS = {"latin": "Page {}", "sc": "第 {} 页", "tc": "第 {} 頁"}
PREFIXES = (
    ("<<PAGE>>", "page"),
    ("# ", "title"),
    ("## ", "heading"),
    ("! ", "note"),
    ("- ", "bullet"),
    ("| ", "row"),
)

DOC_01 = """\
# Kaarnalift Oyj – Half-Year Financial Report January–June 2025

! Stock exchange release | 24 July 2025 at 8:00 EEST | Nasdaq Helsinki: KARNA

! Excerpt. Figures in brackets refer to the corresponding period of 2024 unless
  otherwise stated. Figures are unaudited.

## April–June 2025 in brief

- Orders received increased by 6.8% to EUR 412.6 million (386.3 million).

- Sales grew by 5.1% to EUR 431.9 million (410.9 million); service sales grew by
  9.4% to EUR 233.1 million and accounted for 54% of Group sales.

- Adjusted operating profit was EUR 48.4 million (42.7 million), or 11.2% of sales
  (10.4%).

- Units connected to the KaarnaCare 360 remote monitoring platform reached 118,400
  (91,200).

- Cash flow from operating activities was EUR 39.0 million (44.8 million).

- Outlook for 2025 unchanged.

## President and CEO Eeva Rautakoski

"The second quarter confirmed that customers are willing to pay for maintenance that
  fixes a fault before a passenger notices it. Connected units grew by almost 30%
  from a year ago, and in buildings where KaarnaCare 360 has been running for more
  than twelve months, unplanned callouts fell by 27%. We strengthened the modelling
  side of the business in the spring, and in June we added a maintenance base in
  Tampere that gives us the route density in Pirkanmaa that we have wanted for a
  long time.

New equipment remains a tougher market. Residential starts in Finland and Sweden are
  still well below their 2021 level, and price competition in Central Europe
  continues. We are therefore directing our capital to modernisation and to
  services, where the installed base gives us a recurring and less cyclical income
  stream."

## AI-enabled services

KaarnaCare 360 combines drive, door and brake telemetry with a predictive model that
  ranks every connected unit by its likelihood of an unplanned stop within the next
  30 days. Technicians receive a daily route that puts the highest-risk units first,
  and the first-time fix rate on connected units improved to 91% (86%).

Under a five-year licence signed in March, Tuulivaara Analytics Oy supplies the
  predictive-maintenance models behind KaarnaCare 360, and licence fees recognised
  in the period were EUR 3.4 million. The models are retrained monthly on data from
  the Group's installed base, and Kaarnalift retains ownership of all unit-level
  data.

In April, Kaarnalift invested EUR 12.0 million in Tuulivaara's Series B financing
  round, giving the Group a 19.6% shareholding. The holding is accounted for as an
  associated company using the equity method, and the Group has nominated one member
  of Tuulivaara's board of directors.

Kaarnalift Digital Services Oy has entered into a co-development agreement with
  Seoryeong Vision AI Inc. of Seoul to adapt camera-based passenger-flow analytics
  for escalators in Nordic transit stations. The first installations are planned for
  commuter hubs in Helsinki and Stockholm in early 2026, subject to approval by the
  station operators.

<<PAGE>>

## Acquisitions

On 2 June 2025, Kaarnalift completed the acquisition of Lindqvist Hissihuolto Oy, a
  Tampere-based maintenance company with approximately 4,100 units under contract,
  for a cash consideration of EUR 27.5 million. Lindqvist contributed EUR 1.9
  million to Group sales in June. Goodwill of EUR 14.2 million has been recognised
  on a provisional basis, and the purchase price allocation will be finalised by the
  end of the year.

## Orders and customers

Orders for new equipment in Finland were supported by a framework agreement under
  which Kaarnalift will supply and maintain elevators for the residential renovation
  programme of Lumikangas Kiinteistöt Oy, valued at approximately EUR 46 million
  over four years. Modernisation orders grew by 14% and were strongest in Sweden,
  where several housing associations replaced relay-based controllers installed in
  the 1980s.

## Market environment

Price competition remained intense in Central Europe, where Nordhissi Oyj and
  Gyeongan Elevator Co., Ltd. both widened their modernisation offering during the
  quarter. In Brazil, press reports linked Kaarnalift to the sale process of
  Elevadores Capivari S.A., but Kaarnalift has not taken part in that process and
  has no plans to do so.

## Financing

In May, the Group signed a EUR 150 million five-year revolving credit facility
  provided by Saarenmaa Pankki Oyj, replacing the EUR 100 million facility that was
  due to mature in 2026. The new facility was undrawn at the end of the period. Net
  debt was EUR 88.3 million (61.0 million), and gearing was 21.4% (15.9%).

## Major suppliers, January–June 2025

| Supplier | Country | Category | Purchases, EUR million
| Suzhou Hengti Intelligent Technology Co., Ltd. | China | AI controller boards and
  edge gateways | 21.7
| Vatanen Ropes Oy | Finland | Hoisting ropes and coated steel belts | 9.8
| Other direct material suppliers | Various | Components and subassemblies | 143.2

Licence fees for predictive-maintenance models are reported under AI-enabled
  services above and are not included in the table.

<<PAGE>>

## Group structure

Principal subsidiaries at 30 June 2025:

| Company | Domicile | Holding, % | Main activity
| Kaarnalift Digital Services Oy | Finland | 100 | Remote monitoring and AI services
| Lindqvist Hissihuolto Oy | Finland | 100 | Maintenance (acquired 2 June 2025)

## Outlook for 2025

Kaarnalift expects sales in 2025 to grow by 4–7% at comparable exchange rates and
  the adjusted operating profit margin to be between 10.5% and 11.5% (10.8%). The
  outlook assumes that new equipment markets in the Nordic countries remain at their
  current level and that service sales continue to grow at a high single-digit rate.

## Risks and uncertainties

The most significant near-term risks relate to the availability and price of
  electronic components, the pace of recovery in residential construction, and the
  Group's ability to recruit and retain qualified maintenance technicians. The
  Group's AI-enabled services depend on the availability of licensed models and on
  the secure transfer of unit data; a prolonged interruption could reduce the value
  of connected maintenance contracts to customers.

## Review by the auditor

This half-year report of Kaarnalift Oyj has not been audited or reviewed by Kestrel
  Tilintarkastus Oy.

! Helsinki, 24 July 2025 | Kaarnalift Oyj | Board of Directors
"""

DOC_02 = """\
! 证券代码：688917　　　　证券简称：恒梯智能　　　　公告编号：2025-047

# 苏州恒梯智能科技股份有限公司关于2026年度日常关联交易预计及对外投资的公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对
  其内容的真实性、准确性和完整性依法承担法律责任。

## 重要内容提示：

- 投资标的名称：宁波梯联传感器有限公司（以下简称“梯联传感”）。

- 投资金额：人民币6,000万元，资金来源为公司自有资金。

- 2026年度日常关联交易预计事项尚需提交公司2025年第三次临时股东大会审议，关联股东将回
  避表决。

- 本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产
  重组。

## 一、对外投资概述

（一）为保障电梯物联网传感器的稳定供应并提升公司在AI预测性维保领域的数据采集能力，公
  司拟以自有资金人民币6,000万元认购梯联传感新增注册资本1,250万元，本次增资完成后，公
  司将持有梯联传感20.00%的股权。

（二）公司于2025年11月20日召开第三届董事会第十六次会议，以9票同意、0票反对、0票弃权
  审议通过了《关于对宁波梯联传感器有限公司增资的议案》。根据《上海证券交易所科创板股
  票上市规则》及《公司章程》的规定，本次对外投资事项无需提交股东大会审议。

## 二、投资标的基本情况

（一）梯联传感成立于2017年3月，注册资本5,000万元，注册地址为浙江省宁波市北仑区，主营
  业务为电梯门机、曳引机振动及轿厢称重传感器的研发、生产与销售。

（二）梯联传感是公司电梯物联网传感器的主要供应商，2024年度公司向其采购金额为3,126.48
  万元，占公司同类采购总额的63.5%。

（三）梯联传感2024年度财务报表经华衡会计师事务所（特殊普通合伙）审计，营业收入为
  18,642.07万元，净利润为2,105.33万元；截至2025年9月30日，总资产为24,310.55万元，净
  资产为15,877.90万元（未经审计）。

（四）梯联传感的主要竞争对手包括深圳科瑞梯传感技术有限公司等国内厂商，行业集中度较低
  ，产品价格竞争较为激烈。

（五）本次增资前后，梯联传感的控股股东及实际控制人均未发生变化。本次增资价格以评估机
  构出具的资产评估报告确定的评估值为基础，经各方协商确定为每1元注册资本4.80元。

## 三、2026年度日常关联交易预计

（一）日常关联交易履行的审议程序

公司于2025年11月20日召开第三届董事会第十六次会议，审议通过了《关于2026年度日常关联交
  易预计的议案》，关联董事沈立群先生回避表决，非关联董事一致同意。该议案已经公司独立
  董事专门会议审议通过。

（二）2026年度日常关联交易预计金额和类别

! 单位：人民币万元

| 关联交易类别 | 关联人 | 2026年度预计金额 | 2025年1-10月实际发生金额
| 向关联人销售产品、提供服务 | 安扶智慧科技（杭州）有限公司 | 9,800.00 | 6,412.37
| 向关联人采购算力服务 | 深圳栖云算力科技有限公司 | 7,500.00 | 4,860.00
| 合计 | — | 17,300.00 | 11,272.37

（三）关联人基本情况和关联关系

1．安扶智慧科技（杭州）有限公司成立于2019年6月，注册资本20,000万元，主营业务为智慧物
  业平台开发及楼宇设备运维服务。安扶智慧科技（杭州）有限公司系H股上市公司杭州安扶物
  业服务集团股份有限公司（股份代号：2719）的全资子公司。公司董事沈立群先生担任杭州安
  扶物业服务集团股份有限公司非执行董事，根据《上海证券交易所科创板股票上市规则》的相
  关规定，安扶智慧为公司的关联法人。

2．深圳栖云算力科技有限公司成立于2020年8月，注册资本15,000万元，主营业务为GPU算力租
  赁及大模型训练平台服务。上海海岚投资管理有限公司持有深圳栖云算力科技有限公司62.00%
  股权，同时持有公司7.85%股份，为公司持股5%以上股东，根据相关规定，栖云算力为公司的
  关联法人。

（四）关联交易主要内容和定价政策

公司向安扶智慧销售电梯AI监测终端及维保调度软件服务，主要用于其在管物业项目的电梯安全
  运行监测；公司向栖云算力租赁GPU算力，用于电梯故障预测大模型的训练与推理。上述关联
  交易价格均参照市场价格协商确定，不存在损害公司及中小股东利益的情形。

## 四、其他重大合同进展

（一）2024年度，公司就永磁同步曳引机控制算法相关专利向芬兰Kaarnalift Oyj支付专利许可
  费1,036.20万元，该许可协议有效期至2028年12月31日。

（二）公司全资子公司苏州恒梯维保服务有限公司于2025年10月与苏州澄湖置业有限公司签订《
  电梯智能维保服务合同》，合同金额为1,280.00万元，服务期限为三年。

## 五、对上市公司的影响

本次增资有利于公司向上游关键传感器环节延伸，保障核心零部件供应安全，并为公司电梯故障
  预测模型积累更丰富的一手数据。目前国内电梯AI维保市场的主要参与者包括恒梯智能、广州
  升途电梯股份有限公司及部分外资整梯厂商，市场竞争日趋激烈。上述日常关联交易系公司正
  常生产经营所需，公司主营业务不会因此对关联人形成依赖。

## 六、保荐机构核查意见

经核查，保荐机构金泰证券股份有限公司认为：恒梯智能2026年度日常关联交易预计及对外投资
  事项已经公司董事会审议通过，关联董事回避表决，履行了必要的审批程序，保荐机构对上述
  事项无异议。

特此公告。

! 苏州恒梯智能科技股份有限公司董事会

! 2025年11月22日
"""

DOC_03 = """\
! 本公告僅供參考，並不構成收購、購買或認購本公司任何證券的邀請或要約。

# 杭州安扶物業服務集團股份有限公司

! Hangzhou Anfu Property Services Group Co., Ltd.

! （於中華人民共和國註冊成立的股份有限公司）（股份代號：2719）

## 須予披露交易：收購上海樓宇通維保科技有限公司60%股權及向全資附屬公司增資

## 收購事項

杭州安扶物業服務集團股份有限公司（「本公司」或「安扶物業」，連同其附屬公司統稱「本集
  團」）董事會（「董事會」）欣然宣佈，於2025年12月3日（交易時段後），本公司全資附屬
  公司安扶智慧科技（杭州）有限公司（「安扶智慧」）與上海匯岑投資合夥企業（有限合夥）
  （「賣方」）訂立股權轉讓協議，據此，安扶智慧同意收購而賣方同意出售上海樓宇通維保科
  技有限公司（「樓宇通」）60%股權，代價為人民幣1.86億元。

## 增資事項

為支持收購事項及本集團智慧維保業務的擴展，本公司將以現金向安扶智慧注資人民幣1.2億元
  ，注資完成後安扶智慧仍為本公司的全資附屬公司。

## 上市規則的涵義

由於有關收購事項的一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司的須予
  披露交易，須遵守上市規則第14章的通知及公告規定，惟獲豁免遵守股東批准規定。

## 股權轉讓協議

日期：2025年12月3日

訂約方：(i) 安扶智慧（作為買方）；及 (ii) 賣方

標的事項：樓宇通60%股權

代價及支付方式：代價將分三期以現金支付：(i) 協議簽署後十個營業日內支付30%；(ii) 完成
  工商變更登記後支付50%；及 (iii) 於樓宇通2026年度業績承諾達成後支付餘下20%。

代價基準：代價乃經訂約方公平磋商後釐定，並已參考獨立估值師仲衡評估有限公司以收益法評
  估的樓宇通全部股權於2025年9月30日的市值人民幣3.25億元。

資金來源：代價將以本集團內部資源及浙江錢塘商業銀行股份有限公司提供的三年期定期貸款人
  民幣8,000萬元撥付。

業績承諾：賣方承諾樓宇通2026年度經審核除稅後淨利潤不低於人民幣2,600萬元；如未能達成
  ，賣方須以現金向安扶智慧作出補償。

## 有關樓宇通的資料

樓宇通成立於2015年，主要於上海市為約1,900部電梯及自動扶梯提供維護保養服務，並已部署
  基於人工智能的遠程監測平台，可對門機故障及制動器磨損作出提前預警。於本公告日期，上
  海匯岑投資合夥企業（有限合夥）持有樓宇通75%股權，其餘25%股權由樓宇通創辦人周健先生
  持有。

下表載列樓宇通根據中國企業會計準則編製的財務資料：

| 截至12月31日止年度 | 2023年（人民幣千元） | 2024年（人民幣千元）
| 收入 | 152,318 | 176,904
| 除稅前淨利潤 | 21,406 | 26,115
| 除稅後淨利潤 | 16,037 | 19,582

完成後，樓宇通將成為本公司的間接非全資附屬公司，其財務業績將併入本集團的綜合財務報表
  。

## 進行收購事項及增資事項的理由及裨益

本集團主要於浙江省、江蘇省及上海市提供物業管理、設施運維及城市服務，近年積極發展設施
  技術服務。本集團已為深圳棲雲算力科技有限公司位於深圳光明區的數據中心園區提供物業管
  理及設施維護服務，年度服務費約人民幣2,350萬元。數據中心及商業樓宇對電梯與機電設備
  智能維保的需求持續上升。

本公司已於2025年9月與韓國Hanbit Vertical Co., Ltd.訂立戰略合作備忘錄，共同開發自動扶
  梯智能巡檢方案，收購事項將有助本集團於上海推廣該方案。

上海市電梯維保市場競爭激烈，主要參與者包括樓宇通、上海申聯梯業服務有限公司及多家電梯
  製造商的維保附屬公司。董事（包括獨立非執行董事）認為，股權轉讓協議的條款屬公平合理
  ，並符合本公司及股東的整體利益。

## 有關訂約方的資料

安扶智慧主要從事智慧物業平台開發及樓宇設備運維服務。賣方為一家於中國成立的有限合夥企
  業，主要從事股權投資。據董事作出一切合理查詢後所深知、盡悉及確信，賣方及其最終實益
  擁有人均為獨立第三方。

## 澄清報章報道

董事會注意到近日有報章報道指本公司有意收購另一家電梯企業。董事會謹此澄清，安扶物業並
  無與廣州升途電梯股份有限公司進行任何有關收購或投資的磋商。

## 財務顧問

德匯融資有限公司已獲安扶物業委任為收購事項的財務顧問。

! 承董事會命　杭州安扶物業服務集團股份有限公司　董事長　陸明遠

! 中國杭州，2025年12月3日

! 於本公告日期，董事會包括執行董事陸明遠先生、高雅琴女士及錢志遠先生；非執行董事沈立
  群先生；以及獨立非執行董事黃嘉穎女士、鄧啟明先生及周柏年先生。
"""

# (file name, script, markup, author, running header)
DOCS = [
    (
        "01_Kaarnalift_interim_report.pdf",
        "latin",
        DOC_01,
        "Kaarnalift Oyj",
        "Half-Year Financial Report 2025",
    ),
    (
        "02_Hengti_ashare_announcement.pdf",
        "sc",
        DOC_02,
        "苏州恒梯智能科技股份有限公司",
        "2025-047 公告",
    ),
    (
        "03_Anfu_hkex_announcement.pdf",
        "tc",
        DOC_03,
        "杭州安扶物業服務集團股份有限公司",
        "須予披露交易公告",
    ),
]


def is_wide(ch):
    return unicodedata.east_asian_width(ch) in ("W", "F")


def join(left, right):
    if is_wide(left[-1]) or is_wide(right[0]):
        return left + right
    return left + " " + right


def parse(markup):
    """Return (kind, text) blocks; consecutive table rows become ("table", rows)."""
    blocks = []
    for raw in markup.split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("  "):
            kind, text = blocks[-1]
            blocks[-1] = (kind, join(text, raw.strip()))
            continue
        for prefix, kind in PREFIXES:
            if raw.startswith(prefix):
                blocks.append((kind, raw[len(prefix):]))
                break
        else:
            blocks.append(("para", raw))
    grouped = []
    for kind, text in blocks:
        if kind == "row":
            cells = text.split(" | ")
            if grouped and grouped[-1][0] == "table":
                grouped[-1][1].append(cells)
            else:
                grouped.append(("table", [cells]))
        else:
            grouped.append((kind, text))
    return grouped


def cff_to_glyf(font):
    """Replace the CFF table of an OpenType font by TrueType glyf/loca outlines."""
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
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
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
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def cjk_font(face, text, workdir):
    font = TTFont(CJK_TTC, fontNumber=CJK_FACES[face])
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_glyf(font)
    path = workdir / f"noto_cjk_{face}.ttf"
    font.save(path)
    return path


class Document(FPDF):
    def __init__(self, script, header):
        super().__init__(format="A4")
        self.script = script
        self.header_text = header
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)

    def style(self, size, bold=False):
        family = "body"
        self.set_font(family, "B" if bold and self.script == "latin" else "", size)

    def header(self):
        self.style(7.5)
        self.set_text_color(110)
        self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.style(8)
        self.cell(0, 5, FOOTERS[self.script].format(self.page_no()), align="C")

    def wrap(self, text, width):
        tokens, word = [], ""
        for ch in text:
            if ch == " " or is_wide(ch):
                if word:
                    tokens.append(word)
                    word = ""
                tokens.append(ch)
            else:
                word += ch
        if word:
            tokens.append(word)
        lines, line = [], ""
        for token in tokens:
            if token == " ":
                line += " " if line else ""
                continue
            too_long = self.get_string_width(line + token) > width
            if line.strip() and token not in CLOSING and too_long:
                carry = ""
                while len(line) > 1 and line[-1] in OPENING:
                    carry = line[-1] + carry
                    line = line[:-1]
                lines.append(line.rstrip())
                line = carry + token
            else:
                line += token
        if line.strip():
            lines.append(line.rstrip())
        return lines

    def lines(self, text, size, height, bold=False, indent=0.0, align="L"):
        self.style(size, bold)
        for line in self.wrap(text, self.epw - indent):
            self.set_x(self.l_margin + indent)
            self.cell(
                self.epw - indent,
                height,
                line,
                align=align,
                new_x="LMARGIN",
                new_y="NEXT",
            )

    def table(self, rows):
        size = 8.5
        while True:
            self.style(size)
            widths = [
                max(self.get_string_width(row[i]) for row in rows) + 4
                for i in range(len(rows[0]))
            ]
            if sum(widths) <= self.epw or size <= 6:
                break
            size -= 0.5
        spare = max(self.epw - sum(widths), 0) / len(widths)
        widths = [w + spare for w in widths]
        height = 6
        if self.get_y() + height * len(rows) > self.page_break_trigger:
            self.add_page()
        for number, row in enumerate(rows):
            self.style(size, bold=number == 0)
            self.set_fill_color(232)
            for col, (cell, width) in enumerate(zip(row, widths, strict=True)):
                last = col == len(row) - 1
                self.cell(
                    width,
                    height,
                    cell,
                    border="TB",
                    fill=number == 0,
                    new_x="LMARGIN" if last else "RIGHT",
                    new_y="NEXT" if last else "TOP",
                )
        self.ln(3)


def render(name, script, markup, author, header, workdir):
    pdf = Document(script, header)
    pdf.set_title(name[3:-4].replace("_", " "))
    pdf.set_author(author)
    if script == "latin":
        pdf.add_font("body", "", LATIN_REGULAR)
        pdf.add_font("body", "B", LATIN_BOLD)
    else:
        used = markup + header + author + FOOTERS[script] + "0123456789•"
        pdf.add_font("body", "", str(cjk_font(script, used, workdir)))
    pdf.add_page()
    for kind, value in parse(markup):
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.lines(value, 14, 7.5, bold=True)
            pdf.ln(2)
        elif kind == "heading":
            pdf.ln(2)
            pdf.lines(value, 11, 6.5, bold=True)
            pdf.ln(1)
        elif kind == "note":
            pdf.set_text_color(90)
            pdf.lines(value, 8, 4.5)
            pdf.set_text_color(0)
            pdf.ln(1.5)
        elif kind == "bullet":
            pdf.style(9.5)
            pdf.cell(5, 5, "•", new_x="RIGHT", new_y="TOP")
            pdf.lines(value, 9.5, 5, indent=5)
            pdf.ln(1)
        elif kind == "table":
            pdf.table(value)
        else:
            pdf.lines(value, 9.5, 5)
            pdf.ln(2.5)
    pdf.output(str(HERE / name))
    return pdf.page_no()


def main():
    workdir = Path(tempfile.mkdtemp(prefix="fresh156_fonts_"))
    try:
        for name, script, markup, author, header in DOCS:
            pages = render(name, script, markup, author, header, workdir)
            print(f"wrote {name} ({pages} pages)")
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
