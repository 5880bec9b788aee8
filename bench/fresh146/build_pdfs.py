"""Build the three PDF documents of the fresh146 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Documents built here:
  01_KabloNet_annual_report.pdf        (English, DejaVu Sans)
  04_Harbourlink_hkex_announcement.pdf (Traditional Chinese, Noto Sans CJK TC subset)
  05_Xinshi_a_share_announcement.pdf   (Simplified Chinese, Noto Sans CJK SC subset)

Chinese fonts: NotoSansCJK-Regular.ttc is a collection with CFF outlines that fpdf2
cannot read, so one face is subset to the characters used, its outlines are converted
to TrueType quadratics with cu2quPen, the result is saved to a temporary directory,
registered with add_font, and the directory is deleted afterwards.
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
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FACE_SC = 2
FACE_TC = 3
OUT04 = "04_Harbourlink_hkex_announcement.pdf"
OUT05 = "05_Xinshi_a_share_announcement.pdf"

# Document 01: KabloNet Polska S.A., Annual Report 2024 (excerpt), English
DOC01 = """
@title KabloNet Polska S.A.

@subtitle Annual Report 2024

@subtitle Management Board Report on the Activities of the KabloNet Group (excerpt,
sections 3 to 8)

@h 3. Artificial intelligence in our network and products

@h2 3.1 Strategy

@p In 2024 the KabloNet Group (the "Group") moved artificial intelligence from pilot
projects into the day-to-day operation of its hybrid fibre-coaxial (HFC) and FTTH
networks. At the end of the year AI-based tools supported fault prediction on 94% of
our cable nodes, handled the first line of customer care for broadband subscribers
and personalised the electronic programme guide on 1.1 million set-top boxes. The
Management Board believes that these tools were the main reason why the monthly
churn rate for bundled cable TV and broadband customers fell from 1.42% to 1.18%.

@p Our approach is deliberately pragmatic. We buy specialised software where a
proven product exists, we rent compute rather than build our own training clusters,
and we keep customer data in Poland. Every AI use case is reviewed by the Data
Ethics Committee before launch, and subscribers can opt out of personalised
recommendations in the set-top box menu.

@h2 3.2 Network operations

@p In March 2024 the Company signed a three-year framework agreement with Sygnalis
AI sp. z o.o. for its predictive network-maintenance platform, with a total contract
value of PLN 38.4 million. The platform analyses telemetry from amplifiers, optical
nodes and customer modems and schedules field crews before a fault becomes visible
to subscribers. Truck rolls per 1,000 subscribers decreased by 17% year on year, and
the average time to repair fell from 5.2 to 3.9 hours.

@p KabloNet Polska S.A. has held a 9.5% minority interest in Sygnalis AI since the
company's seed round in 2022 and is represented on its supervisory board by a
non-voting observer. The interest is measured at fair value through other
comprehensive income.

@h2 3.3 Customer experience and content

@p Together with Parallax Neural Ltd., the Company runs a joint research programme
on Polish-language voice assistants for the set-top box remote control, under which
both parties share the resulting speech models and neither pays the other for
participation. The voice assistant is available on the KabloNet 4K Smart box, which
is built around a system-on-chip with a dedicated neural processing unit. In 2024
voice-initiated searches reached 23% of all content searches on the new box, and 41%
of subscribers who used the assistant at least once used it again within a week.

@p Personalised recommendations now generate 36% of video-on-demand transactions.
Advertising sold through our addressable advertising platform grew by 58% to PLN
46.3 million, helped by audience models that combine viewing data with
household-level broadband usage, always on an aggregated and consent-based basis.

@break

@h 4. Group structure

@p As at 31 December 2024 the Group comprised KabloNet Polska S.A. and the following
subsidiaries, all of which are fully consolidated:

@table
Subsidiary | Registered office | Share held | Principal activity
Wiślany Światłowód sp. z o.o. | Warsaw | 100.0% | Fibre backbone and wholesale capacity
KabloNet Media sp. z o.o. | Kraków | 100.0% | Channel distribution and advertising
Telewizja Kablowa Mazowsze sp. z o.o. | Płock | 80.0% | Cable and broadband, Masovia

@p Wiślany Światłowód provides dark-fibre and wavelength services to Baltic Edge
Data Centres sp. z o.o., which connects its Gdańsk and Warsaw campuses over the
Group's backbone; revenue from this contract amounted to PLN 21.7 million in 2024.
The remaining 20.0% of Telewizja Kablowa Mazowsze is held by the municipality of
Płock.

@h 5. Significant suppliers

@p Purchases from each of the following suppliers exceeded 5% of the Group's total
purchases of goods and services in 2024:

@table
Supplier | Goods or services | Share of purchases
Shenzhen Xinshi Microelectronics Co., Ltd. | Set-top box and gateway SoCs | 11.8%
CumulusGrid Inc. | Cloud compute and AI model hosting | 7.4%
Miejskie Kanały Teletechniczne S.A. | Duct and pole access | 5.6%

@p None of the suppliers listed above is a related party of the Company. Purchases
of set-top boxes increased because 310,000 legacy boxes were replaced with the
KabloNet 4K Smart box during the year.

@h 6. Financing

@p On 14 June 2024 the Company entered into a PLN 600 million senior facilities
agreement with Bank Pomorski Kredytowy S.A., comprising a term loan of PLN 450
million and a revolving credit facility of PLN 150 million. The facilities mature in
June 2029 and bear interest at WIBOR plus a margin that depends on the Group's
leverage.

@p In December 2024 Nordkredit Bank AB (publ), acting through its branch in Poland,
provided the Company with an additional capex facility of PLN 120 million to finance
the roll-out of AI-enabled set-top boxes. Net debt to EBITDA stood at 2.6x at the
end of the year, compared with 2.9x a year earlier.

@break

@h 7. Competitive environment

@p The Group's principal competitors in fixed broadband remain Orzeł Telekom S.A.
and Fala Media S.A., both of which launched AI-based customer-care assistants in
2024. Price competition was strongest in multi-dwelling buildings in Warsaw, Łódź
and Wrocław, where three or more fibre networks now overlap.

@p In the third quarter KabloNet Polska S.A. evaluated the acquisition of the
regional cable assets of Fala Media S.A. in Silesia but decided not to submit a
binding offer. The Management Board concluded that the expected synergies did not
justify the price indicated by the seller's advisers.

@h 8. Other information

@p The consolidated financial statements of KabloNet Polska S.A. for 2024 were
audited by Kowalczyk & Partnerzy Audyt sp. z o.o. The auditor's fees for the audit
and review of the financial statements amounted to PLN 1.9 million.

@p Risks. The Group's AI tools depend on a small number of specialised vendors and
on cloud capacity located outside Poland. The Management Board monitors
concentration risk, data-protection requirements under the GDPR and the obligations
that will apply to the Group as a deployer of AI systems under the EU AI Act, and it
has budgeted PLN 4.5 million in 2025 for compliance work.

@p Outlook. For 2025 the Group expects revenue growth of 4% to 6%, stable EBITDA
margins and capital expenditure of around 19% of revenue, of which roughly one tenth
will be spent on AI-related projects, including the replacement of a further 250,000
set-top boxes.

@sign Warsaw, 24 March 2025 - The Management Board of KabloNet Polska S.A.
"""


# Document 04: Harbourlink Broadband Holdings Limited, HKEX announcement (Trad. Chinese)
DOC04 = """
@small 聯交所對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示
概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。

@title 港灣寬頻控股有限公司

@subtitle HARBOURLINK BROADBAND HOLDINGS LIMITED

@subtitle （於開曼群島註冊成立之有限公司）

@subtitle （股份代號：2791）

@title2 須予披露交易

@title2 認購獅山智能科技有限公司新股份

@h 認購事項

@p 董事會欣然宣佈，於2025年2月18日（交易時段後），本公司之間接全資附屬公司九龍智視網
絡有限公司（「九龍智視」）與獅山智能科技有限公司（「獅山智能」）及其現有股東訂立認購
協議（「認購協議」），據此，九龍智視有條件同意認購而獅山智能有條件同意配發及發行4,00
0,000股新股份（「認購股份」）。

@h 認購協議之主要條款

@p 日期：2025年2月18日

@p 訂約方：（1）九龍智視（作為認購方）；（2）獅山智能（作為發行人）；及（3）獅山智能
之現有股東。

@p 九龍智視應付之認購價為港幣156,000,000元（相當於每股認購股份港幣39.00元），須於完
成時以現金向獅山智能支付。

@p 認購價乃經九龍智視與獅山智能公平磋商後釐定，當中已考慮獅山智能之業務前景、其語音
及推薦模型之技術水平、近期融資之估值以及可比較人工智能公司之市場估值。

@p 完成須待（其中包括）本公司已取得一切必要之批准及獅山智能之現有股東已放棄其優先認
購權後，方可作實。預期完成將於2025年3月31日或之前落實。

@h 獅山智能之股權架構

@p 下表載列獅山智能於（i）本公告日期；及（ii）緊隨完成後之股權架構：

@table
股東 | 完成前股數 | 持股比例 | 完成後股數 | 持股比例
獅山創始控股有限公司 | 6,500,000 | 65.0% | 6,500,000 | 46.4%
Meridian Arc Growth Fund III, L.P. | 2,000,000 | 20.0% | 2,000,000 | 14.3%
芯視（香港）有限公司 | 1,500,000 | 15.0% | 1,500,000 | 10.7%
九龍智視 | - | - | 4,000,000 | 28.6%
合計 | 10,000,000 | 100.0% | 14,000,000 | 100.0%

@p 芯視（香港）有限公司為深圳芯視微電子股份有限公司之全資附屬公司，其A股於科創板上市
。完成後，獅山智能將成為九龍智視之聯營公司，其業績將以權益法計入本集團賬目。

@break

@h 有關獅山智能之資料

@p 獅山智能於2019年在香港註冊成立，主要從事粵語及多語種語音識別、內容推薦及廣告投放
之人工智能模型研發，客戶包括香港及東南亞之收費電視營運商、寬頻營運商及網上串流平台。

@p 獅山智能自2023年起向九龍智視提供AI內容推薦引擎，並按每月活躍用戶收取授權費用。

@p 此外，獅山智能向本集團租用將軍澳數據中心之GPU伺服器託管服務，截至2024年12月31日止
年度已付費用約港幣18,000,000元。

@p 根據獅山智能之未經審核管理賬目，其截至2024年12月31日止兩個年度之財務資料如下：

@table
（港幣千元） | 2023年 | 2024年
收益 | 38,420 | 61,875
除稅前虧損 | (22,310) | (14,096)
除稅後虧損 | (22,310) | (14,096)
於12月31日之資產淨值 | 97,640 | 83,544

@p 獅山智能於香港市場之主要競爭對手包括天星數據有限公司及新界雲智科技有限公司。

@h 有關本集團及九龍智視之資料

@p 本集團主要於香港提供收費電視、固網寬頻、企業數據及數據中心服務。

@p 九龍智視為港灣寬頻控股有限公司之間接全資附屬公司，主要於九龍及新界提供收費電視及
智能機頂盒服務，並負責本集團人工智能應用之投資。

@h 進行認購事項之理由及裨益

@p 本集團近年積極將人工智能應用於網絡維護、客戶服務及內容推薦。董事認為，認購事項可
加強本集團與獅山智能之策略合作，讓本集團優先取得粵語語音及推薦模型，並分享人工智能業
務增長帶來之回報。

@p 除獅山智能外，本公司亦曾考慮投資天星數據有限公司，惟經評估其技術及估值後決定不予
進行。

@p 認購價將以本集團內部資源及維港商業銀行有限公司於2025年1月向本公司提供之港幣200,00
0,000元定期貸款融資撥付。

@p 董事（包括獨立非執行董事）認為，認購協議之條款屬公平合理，並符合本公司及股東之整
體利益。

@h 上市規則之涵義

@p 由於有關認購事項之一項或多項適用百分比率超過5%但全部低於25%，故認購事項構成本公司
之須予披露交易，須遵守上市規則第14章之通知及公告規定。

@p 寶德融資有限公司已獲港灣寬頻委任為認購事項之財務顧問。

@p 據董事作出一切合理查詢後所深知、盡悉及確信，獅山智能及其最終實益擁有人均為獨立於
本公司及其關連人士之第三方。

@sign 承董事會命

@sign 港灣寬頻控股有限公司

@sign 主席 梁志衡

@p 香港，2025年2月18日

@small 於本公告日期，董事會包括執行董事梁志衡先生、何詠詩女士及陳家樂先生；以及獨立
非執行董事馮德勤先生、區美華女士及羅啟明先生。
"""


# Document 05: Shenzhen Xinshi Microelectronics, A-share announcement (Simpl. Chinese)
DOC05 = """
@small 证券代码：688417    证券简称：芯视微    公告编号：2025-011

@title 深圳芯视微电子股份有限公司

@title2 关于签订日常经营重大合同及对全资子公司增资的公告

@small 本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗
漏，并对其内容的真实性、准确性和完整性依法承担法律责任。

@h 重要内容提示：

@p ●合同类型：日常经营性销售合同。

@p ●合同金额：约人民币4.8亿元（含税）。

@p ●对上市公司当期业绩的影响：本合同的履行预计将对公司2025年至2027年的经营业绩产生
积极影响，具体以经审计的财务数据为准。

@p ●特别风险提示：合同履行期较长，可能受到国际贸易政策、汇率波动及客户需求变化等因
素影响，存在不能全部履行的风险。敬请广大投资者注意投资风险。

@h 一、合同签订的基本情况

@p 2025年3月3日，公司与诺斯维尔分析公司（Northvale Analytics, Inc.，以下简称“诺斯维
尔”）签订《边缘AI推理芯片采购协议》，约定公司在2025年至2027年期间向诺斯维尔供应XS-9
系列边缘AI推理芯片及配套模组，合同金额约为人民币4.8亿元（含税）。

@p 诺斯维尔是一家在美国上市的数据分析公司，主要为有线电视及宽带运营商提供客户流失预
测及广告受众分析平台，上述芯片将部署于其客户在北美及拉丁美洲地区的有线网络边缘节点。

@p 本合同为公司日常经营性合同，根据《科创板股票上市规则》及《公司章程》等相关规定，
无需提交公司董事会或股东大会审议。

@h 二、交易对方情况

@p 公司名称：Northvale Analytics, Inc.；注册地：美国特拉华州；主营业务：面向通信及媒
体行业的人工智能数据分析软件及服务。诺斯维尔与公司及公司控股股东、实际控制人、董事、
监事和高级管理人员之间不存在关联关系。

@p 2024年度公司对单一客户销售金额占营业收入比例超过5%的客户情况如下：

@table
客户名称 | 主要产品 | 销售金额（万元） | 占营业收入比例
江苏广联有线网络股份有限公司 | 智能机顶盒SoC | 31,208.55 | 18.0%
KabloNet Polska S.A. | 机顶盒AI SoC | 21,456.30 | 12.4%
湖南星网数字电视有限公司 | 融合网关芯片 | 14,870.12 | 8.6%
浙江蓝海广电网络有限公司 | 智能机顶盒SoC | 9,932.40 | 5.7%

@h 三、全资子公司签订框架协议的情况

@p 公司全资子公司芯视（香港）有限公司（以下简称“芯视香港”）与港湾宽频控股有限公司（
股份代号：2791）签订《AI机顶盒芯片供货框架协议》，约定在协议期内由芯视香港向港湾宽频
及其附属公司供应AI机顶盒芯片，预计采购总额不超过港币2.3亿元。

@p 该框架协议有效期为三年，具体采购数量及价格以双方签订的订单为准。

@break

@h 四、对全资子公司增资的情况

@p 为满足边缘AI芯片研发及测试产能需求，公司拟以自有资金人民币1.5亿元向全资子公司芯视
微电子（成都）有限公司增资，增资完成后其注册资本由人民币2亿元增加至人民币3.5亿元，公
司仍持有其100%股权。

@p 本次增资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重
组。

@h 五、主要技术授权及供应商情况

@p 公司XS-9系列芯片搭载的端侧大模型由帕拉克斯神经网络有限公司（Parallax Neural Ltd.
）授权，公司已于2024年11月与其签订授权协议，授权费用为500万美元。

@p 公司XS-9系列芯片的晶圆由华屹集成电路制造有限公司代工，封装测试在国内完成。

@h 六、合同履行对公司的影响

@p 本合同的签订有利于公司拓展海外有线电视及宽带运营商市场，提升边缘AI推理芯片的销售
规模。公司具备履行合同所需的技术、产能及人员，合同的履行不会对公司业务独立性产生影响
。

@h 七、风险提示

@p 在边缘AI推理芯片领域，芯视微面临晨芯半导体股份有限公司、海岳微电子有限公司等竞争
对手的竞争，若公司不能持续保持技术优势，可能对合同履行及后续订单产生不利影响。

@p 截至本公告披露日，芯视微与晨芯半导体股份有限公司之间关于机顶盒芯片专利的诉讼仍在
审理中，尚未判决。

@p 国鼎证券股份有限公司作为芯视微首次公开发行股票的保荐机构，对本次增资事项出具了无
异议的核查意见。

@p 特此公告。

@sign 深圳芯视微电子股份有限公司董事会

@sign 2025年3月4日
"""


# ---------------------------------------------------------------------------------
# Markup parser: blocks are separated by blank lines; "@kind text" starts a block and
# continuation lines are joined with a space (English) or with nothing (Chinese).
# "@table" is followed by one row per line, cells separated by " | ".
# ---------------------------------------------------------------------------------
def parse(markup, joiner):
    blocks = []
    for chunk in markup.strip().split("\n\n"):
        lines = chunk.split("\n")
        kind, _, first = lines[0].partition(" ")
        kind = kind.lstrip("@")
        if kind == "break":
            blocks.append(("break",))
        elif kind == "table":
            blocks.append(("table", [line.split(" | ") for line in lines[1:]]))
        else:
            blocks.append((kind, joiner.join([first, *lines[1:]])))
    return blocks


# ---------------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------------
def cff_to_truetype(font):
    """Replace the CFF table of an OpenType font by glyf/loca built with cu2quPen."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    maxp.compile(font)
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def make_cjk_font(face, text, out_path):
    """Subset one face of the Noto CJK collection to text and save it as TrueType."""
    font = TTFont(str(NOTO_CJK), fontNumber=face)
    options = Options()
    options.desubroutinize = True
    options.hinting = False
    options.layout_features = []
    subsetter = Subsetter(options=options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    cff_to_truetype(font)
    font.save(str(out_path))


def blocks_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[1] for cell in row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts)


# ---------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, header_text, footer_fmt):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_fmt = footer_fmt
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        if self.header_text:
            self.set_font(self.font_family, size=7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.font_family, size=8)
        self.cell(0, 6, self.footer_fmt.format(self.page_no()), align="C")


STYLES = {
    # kind: (bold, size offset, line height factor, align, space after)
    "title": (True, 7, 0.9, "C", 0),
    "title2": (True, 3, 0.7, "C", 0),
    "subtitle": (False, 1, 0.6, "C", 0),
    "h": (True, 1.5, 0.7, "L", 0),
    "h2": (True, 0.5, 0.6, "L", 0),
    "p": (False, 0, 0.55, "L", 1.5),
    "small": (False, -1.5, 0.5, "L", 2),
    "sign": (False, 0, 0.6, "R", 0),
}


def render(pdf, blocks, family, size, has_bold, wrapmode="WORD"):
    for block in blocks:
        kind = block[0]
        if kind == "break":
            pdf.add_page()
            continue
        if kind == "table":
            render_table(pdf, block[1], family, size - 1.5, has_bold)
            continue
        bold, offset, factor, align, after = STYLES[kind]
        if kind == "h":
            pdf.ln(2)
        pdf.set_font(family, "B" if bold and has_bold else "", size + offset)
        pdf.multi_cell(0, size * factor, block[1], align=align, wrapmode=wrapmode,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)


def render_table(pdf, rows, family, size, has_bold):
    # column widths follow the longest cell; every cell fits on one line, so that a
    # table row is drawn (and extracted) as one line of text
    natural = []
    for col in range(len(rows[0])):
        widest = 0.0
        for i, row in enumerate(rows):
            pdf.set_font(family, "B" if i == 0 and has_bold else "", size)
            widest = max(widest, pdf.get_string_width(row[col]))
        natural.append(widest + 4)
    assert sum(natural) <= pdf.epw, (rows[0], sum(natural), pdf.epw)
    extra = (pdf.epw - sum(natural)) / len(natural)
    widths = [w + extra for w in natural]
    for i, row in enumerate(rows):
        pdf.set_font(family, "B" if i == 0 and has_bold else "", size)
        for text, width in zip(row, widths, strict=True):
            align = "R" if text[:1].isdigit() or text[:1] in "(-" else "L"
            pdf.cell(width, 6.5, text, border=1, align=align)
        pdf.ln(6.5)
    pdf.ln(3)


def build_english():
    header = "KabloNet Polska S.A. | Annual Report 2024 | Management Board Report"
    pdf = Doc(header, "Page {}")
    pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.set_font("DejaVu", "", 9.5)
    pdf.add_page()
    render(pdf, parse(DOC01, " "), "DejaVu", 9.5, True)
    pdf.output(str(HERE / "01_KabloNet_annual_report.pdf"))


def build_chinese(markup, face, footer_fmt, out_name, tmp):
    blocks = parse(markup, "")
    family = f"NotoCJK{face}"
    font_path = Path(tmp) / f"{family}.ttf"
    make_cjk_font(face, blocks_text(blocks) + footer_fmt + "0123456789", font_path)
    pdf = Doc("", footer_fmt)
    pdf.add_font(family, "", str(font_path))
    pdf.set_font(family, "", 10)
    pdf.add_page()
    # Chinese text is wrapped at any character, as in typeset Chinese filings
    render(pdf, blocks, family, 10, False, wrapmode="CHAR")
    pdf.output(str(HERE / out_name))


def main():
    build_english()
    tmp = tempfile.mkdtemp(prefix="fresh146_fonts_")
    try:
        build_chinese(DOC04, FACE_TC, "- {} -", OUT04, tmp)
        build_chinese(DOC05, FACE_SC, "第 {} 页", OUT05, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("built 3 PDFs in", HERE)


if __name__ == "__main__":
    main()
