"""Build the PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English pages use the core Helvetica font; multi_cell breaks lines at spaces only.
Chinese pages use a face of Noto Sans CJK: fpdf2 cannot read the .ttc collection, so
the face is subset to the characters used, its CFF outlines are converted to TrueType
quadratic outlines with fontTools' cu2qu, and the result is written to a temporary
directory that is removed at the end. Chinese lines are broken only after "。".
"""
import os
import shutil
import string
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_FACE = {"sc": 2, "tc": 3}  # index of the face in the collection

# A document is a list of pages; a page is a list of blocks (kind, content).
# kinds: "title", "h", "p", "small", "table" (list of rows)

NORDHAV = [
    [
        ("title", "Nordhav Salmon ASA - Annual Report 2024"),
        ("small", "Excerpt: Board of Directors' Report and selected Notes to the Consolidated Financial Statements. "
                  "Nordhav Salmon ASA is listed on the Oslo Stock Exchange under the ticker NHAV."),
        ("h", "Board of Directors' Report"),
        ("p", "2024 was a year of solid biology and weak prices. The Group harvested 118,400 tonnes gutted weight "
              "of Atlantic salmon, up 9% from 2023, while the average achieved price fell 6% to NOK 84.10 per kg. "
              "Operational EBIT was NOK 2,913 million, compared with NOK 3,240 million the year before. "
              "Mortality in sea fell to 11.8%, the lowest level in the Group's history, which the Board attributes "
              "largely to earlier intervention against lice and gill disease and to better net integrity."),
        ("p", "The Board regards data as a production input on a par with feed and smolt. Every marine site is "
              "now equipped with underwater cameras, and the Group has built one of the largest annotated image "
              "archives in the industry, covering more than 40 million labelled frames of fish behaviour, lice "
              "stages and wound types."),
        ("p", "In March 2025 the Group entered into a five-year agreement under which Nordhav licenses its "
              "annotated underwater image archive to Tidemark Analytics, Inc. for model training, for an annual "
              "fee of NOK 14 million. The agreement is non-exclusive, and Nordhav retains ownership of the images "
              "and all derived site-level data. Nordhav and Tidemark Analytics also run a joint research programme "
              "on early detection of amoebic gill disease from camera data, with results expected in 2026."),
        ("h", "Feed, inspection and technology"),
        ("p", "Feed is the Group's largest cost item, at 47% of the cost of goods sold. Pelagos Feed AG supplied "
              "approximately 62% of the Group's feed volumes in 2024 under a framework agreement that runs to the "
              "end of 2026. Together with Pelagos, the Group is trialling AI-controlled feeding at six sites in "
              "Region North, where feeding rates are adjusted every few seconds based on pellet detection and "
              "appetite signals. Early results indicate an improvement in the economic feed conversion ratio of "
              "around 0.04."),
        ("p", "Net inspections at 27 sites in Region Mid are carried out with autonomous drones supplied and "
              "operated by Kelpline Robotics under a service contract. Before choosing Kelpline, the Group "
              "evaluated systems from FjordEye and AquaSight Systems, neither of which was adopted. Escapes fell "
              "to two incidents in 2024, with a combined 3,100 fish lost."),
    ],
    [
        ("h", "Structure and acquisitions"),
        ("p", "On 1 October 2024 the Group acquired 100% of the shares in Vestfjord Sjømat AS, a farming company "
              "with four licences in Lofoten, for a cash consideration of NOK 1,150 million. Vestfjord Sjømat AS "
              "has been consolidated as a wholly owned subsidiary from the acquisition date. The acquisition "
              "increases the Group's licensed maximum allowed biomass by 3,120 tonnes."),
        ("p", "Nordhav Smolt AS, a wholly owned subsidiary, operates the Group's three recirculating hatcheries "
              "and produced 31 million smolt in 2024, covering all of the Group's own needs."),
        ("h", "Financing"),
        ("p", "In June 2024 the Group refinanced its bank debt with a NOK 2,400 million sustainability-linked "
              "term loan and revolving facility from Coralgate Bank, maturing in 2029. The margin steps down by "
              "up to 10 basis points if the Group meets annual targets for sea mortality and escapes. At year end "
              "NOK 1,640 million was drawn, and the Group's net interest-bearing debt was NOK 3,905 million."),
        ("h", "Market and competition"),
        ("p", "Global supply growth of Atlantic salmon was 2% in 2024. The Group's principal competitors in "
              "Norway include Skarvik Havbruk ASA and Tromsfisk ASA, both of which expanded harvest volumes "
              "during the year. Chilean producers such as Austral Marfrio SA and Patagonia Salmones SA compete with "
              "the Group in the US market. Norway's resource-rent tax on aquaculture remains at an effective rate of 25%."),
        ("h", "Note 14 - Subsidiaries"),
        ("table", [
            ["Company", "Country", "Activity", "Ownership"],
            ["Nordhav Farming AS", "Norway", "Sea farming", "100%"],
            ["Nordhav Smolt AS", "Norway", "Hatcheries", "100%"],
            ["Vestfjord Sjømat AS", "Norway", "Sea farming", "100%"],
            ["Nordhav Sales GmbH", "Germany", "Sales", "100%"],
        ]),
        ("h", "Note 22 - Related parties and auditor"),
        ("p", "There were no material transactions with related parties in 2024. Hallworth & Co AS was re-elected "
              "as auditor of Nordhav Salmon ASA at the annual general meeting on 23 May 2024. Audit fees for the "
              "Group amounted to NOK 6.2 million."),
    ],
    [
        ("h", "Risks and forward-looking statements"),
        ("p", "The principal risks to the Group's operations are biological (lice, disease, algae and jellyfish "
              "blooms), regulatory (production area colour classification and taxation) and market-related "
              "(salmon price and currency). The Group's dependence on a limited number of suppliers for feed and "
              "inspection services is described in Note 25."),
        ("p", "This report contains forward-looking statements based on the Board's current expectations. Such "
              "statements involve risks and uncertainties, and actual outcomes may differ materially. Nordhav "
              "Salmon ASA undertakes no obligation to update them."),
        ("h", "Responsibility statement"),
        ("p", "We confirm that, to the best of our knowledge, the financial statements for 2024 have been prepared "
              "in accordance with IFRS as adopted by the EU and give a true and fair view of the Group's assets, "
              "liabilities, financial position and results, and that the Board of Directors' Report includes a "
              "fair review of the development and performance of the business."),
        ("p", "Bergen, 26 March 2025"),
        ("p", "Kari Solbakken, Chair. Henrik Aas, Board member. Mette Lund Rasmussen, Board member. "
              "Jon Erik Tveit, Chief Executive Officer."),
    ],
]

HAICHUAN = [
    [
        ("small", "证券代码：688917　　证券简称：海川智渔　　公告编号：2025-047"),
        ("title", "海川智渔科技股份有限公司"),
        ("title", "关于向特定对象发行A股股票引入战略投资者暨签订日常经营重大合同的公告"),
        ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
                  "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "公司拟向晨鲸科技股份有限公司（以下简称“晨鲸科技”）及浙江海投产业基金合伙企业（有限合伙）发行A股股票。"
              "本次发行尚需经上海证券交易所审核通过并经中国证监会同意注册后方可实施。"
              "公司与港湾渔业控股有限公司签订日常经营重大合同，合同履行存在不确定性。"),
        ("h", "一、本次发行概述"),
        ("p", "公司于2025年10月20日召开第三届董事会第十二次会议，审议通过了本次发行相关议案。"
              "本次发行的股票数量不超过1,520万股，发行价格为每股人民币20.12元。"
              "晨鲸科技拟以现金人民币2.16亿元认购公司本次发行的股票。"
              "浙江海投产业基金合伙企业（有限合伙）（以下简称“海投基金”）拟以现金人民币9,000万元认购本次发行的股票。"
              "本次发行完成后，晨鲸科技将持有公司约8.35%的股份，成为公司持股5%以上股东。"
              "本次发行不会导致公司控股股东及实际控制人发生变化。"),
        ("h", "二、战略投资者基本情况"),
        ("p", "（一）晨鲸科技成立于2006年，为台湾证券交易所上市公司，证券代码6872。"
              "晨鲸科技主要从事渔用声呐芯片及海洋电子产品的研发与销售。"
              "本次发行前，晨鲸科技未持有公司股份，与公司不存在关联关系。"),
        ("p", "（二）海投基金成立于2021年，执行事务合伙人为浙江海投资本管理有限公司。"
              "海投基金主要投资于海洋经济及现代渔业领域。"
              "海投基金与公司及公司控股股东不存在关联关系。"),
    ],
    [
        ("h", "三、战略合作协议的主要内容"),
        ("p", "公司与晨鲸科技同日签署《战略合作协议》，双方将在渔用声呐芯片及边缘计算模组方面开展联合研发。"
              "晨鲸科技承诺本次认购的股份自发行结束之日起三十六个月内不得转让。"
              "晨鲸科技有权向公司提名一名非独立董事候选人。"),
        ("h", "四、日常经营重大合同情况"),
        ("p", "公司与港湾渔业控股有限公司签订《远洋船队智能监测系统采购合同》，合同总金额为人民币1.38亿元（含税）。"
              "港湾渔业为香港联合交易所上市公司，股份代号2293，与公司不存在关联关系。"
              "公司将为其42艘远洋渔船安装船载摄像、AI渔获识别及卫星回传系统，分三期交付。"
              "公司全资子公司海川智渔（舟山）海洋科技有限公司负责上述系统的安装调试。"),
        ("table", [
            ["项目", "交付期", "金额（人民币万元）"],
            ["第一期（14艘）", "2026年6月前", "4,600"],
            ["第二期（14艘）", "2026年12月前", "4,600"],
            ["第三期（14艘）", "2027年6月前", "4,600"],
        ]),
        ("h", "五、其他事项"),
        ("p", "为满足算法训练需要，公司向蓝湾水产集团有限公司租用其位于象山港的12组深水网箱作为试验场，年租金为人民币1,260万元。"
              "海川智渔（舟山）海洋科技有限公司已与深蓝冷链物流有限公司签订冷链运输服务协议，用于试验鱼样的运输。"
              "本次发行的保荐机构为嘉禾证券股份有限公司，发行人律师为上海海衡律师事务所。"),
        ("h", "六、风险提示"),
        ("p", "本次发行能否获得审核通过及注册存在不确定性。"
              "同行业可比公司百川海洋科技及蓝鲸智航近期亦推出同类产品，市场竞争可能加剧。"
              "上述合同的履行可能受到海况、渔汛及国际政策变化的影响。"
              "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("p", "海川智渔科技股份有限公司董事会"),
        ("p", "2025年10月21日"),
    ],
]

HARBOURFIELD = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。"
                  "對其準確性或完整性亦不發表任何聲明。"
                  "並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("title", "港灣漁業控股有限公司"),
        ("title", "HARBOURFIELD FISHERIES HOLDINGS LIMITED"),
        ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2293）"),
        ("title", "須予披露交易及持續關連交易"),
        ("h", "緒言"),
        ("p", "董事會欣然宣佈，於二零二五年十月二十一日，本公司與海川智漁訂立採購合同。"
              "同日，本公司與藍灣水產訂立魚粉供應框架協議。"),
        ("h", "採購合同"),
        ("p", "本公司與海川智漁訂立採購合同，據此，本公司同意向海川智漁購買遠洋船隊智能監測系統，總代價為人民幣1.38億元。"
              "該系統將安裝於本集團42艘遠洋漁船，以AI識別漁獲種類並自動生成電子漁撈日誌。"
              "代價將以本集團內部資源及大洋商業銀行提供之三年期定期貸款人民幣3億元支付。"
              "據董事作出一切合理查詢後所深知，海川智漁及其最終實益擁有人均為獨立第三方。"),
        ("h", "魚粉供應框架協議"),
        ("p", "根據魚粉供應框架協議，本集團將向藍灣集團供應魚粉及魚油。"
              "截至二零二七年十二月三十一日止三個年度，年度上限分別為人民幣1.8億元、人民幣2.1億元及人民幣2.4億元。"
              "價格將參考市場價格並按一般商業條款釐定。"),
        ("h", "其他資料"),
        ("p", "港灣漁業（舟山）有限公司為本公司之間接全資附屬公司，負責本集團於中國內地之加工及冷藏業務。"
              "港灣漁業（舟山）有限公司已與深藍冷鏈物流有限公司訂立冷藏倉儲服務協議，年費約人民幣850萬元。"
              "本集團之主要競爭對手包括福興遠洋集團及南洋捕撈控股，兩者均未參與本次交易。"),
    ],
    [
        ("h", "上市規則之涵義"),
        ("p", "由於採購合同之一項或多項適用百分比率超過5%但低於25%，故採購合同構成本公司之須予披露交易。"
              "於本公告日期，藍灣水產持有本公司約29.6%已發行股份，為本公司之主要股東，故為本公司之關連人士。"
              "因此，魚粉供應框架協議項下之交易構成本公司之持續關連交易，須遵守申報、公告及獨立股東批准之規定。"),
        ("p", "本公司已成立獨立董事委員會，並委任東陽融資有限公司為獨立財務顧問，就魚粉供應框架協議向獨立董事委員會及獨立股東提供意見。"
              "一份載有詳情之通函預期將於二零二五年十一月十四日或之前寄發予股東。"),
        ("h", "釋義"),
        ("table", [
            ["「藍灣水產」", "指", "藍灣水產集團有限公司，本公司之主要股東"],
            ["「藍灣集團」", "指", "藍灣水產及其附屬公司（不包括本集團）"],
            ["「海川智漁」", "指", "海川智漁科技股份有限公司，於上海證券交易所上市"],
            ["「本公司」", "指", "港灣漁業控股有限公司"],
            ["「本集團」", "指", "本公司及其附屬公司"],
            ["「人民幣」", "指", "中華人民共和國法定貨幣"],
        ]),
        ("p", "承董事會命"),
        ("p", "港灣漁業控股有限公司"),
        ("p", "主席　梁啟航"),
        ("p", "香港，二零二五年十月二十一日"),
        ("small", "於本公告日期，執行董事為梁啟航先生、周慧玲女士及何志遠先生。"
                  "非執行董事為蔡明德先生。"
                  "獨立非執行董事為陳家豪先生、黃美華女士及林偉傑先生。"),
    ],
]

DOCUMENTS = {
    "02_Nordhav_annual_report.pdf": ("en", NORDHAV),
    "06_Haichuan_Ashare_announcement.pdf": ("sc", HAICHUAN),
    "08_Harbourfield_HKEX_announcement.pdf": ("tc", HARBOURFIELD),
}


def used_text(pages):
    parts = []
    for page in pages:
        for kind, content in page:
            if kind == "table":
                parts.extend(cell for row in content for cell in row)
            else:
                parts.append(content)
    return "".join(parts)


def cff_to_glyf(font):
    """Replace the CFF outlines of a font with TrueType (quadratic) outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order

    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face, text, tmpdir):
    """Subset one face of Noto Sans CJK to `text`, convert it to TrueType, return the .ttf path."""
    font = TTCollection(CJK_TTC).fonts[CJK_FACE[face]]
    options = subset.Options()
    options.desubroutinize = True
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + string.printable)
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(tmpdir, f"NotoSansCJK-{face}.ttf")
    font.save(path)
    return path


class Document(FPDF):
    def __init__(self, lang, font_path=None):
        super().__init__(format="A4")
        self.lang = lang
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(False)
        if font_path:
            self.add_font("cjk", "", font_path)
            self.family = "cjk"
        else:
            self.family = "Helvetica"

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, "", 8)
        self.cell(0, 6, str(self.page_no()), align="C")

    # English: fpdf2 wraps at spaces
    def english_block(self, size, text, style="", gap=2.5):
        self.set_font(self.family, style, size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    # Chinese: pack whole sentences (ending in "。") into lines, never breaking inside one
    def chinese_block(self, size, text, gap=2.5, centre=False):
        sentences = [s + "。" for s in text.split("。") if s]
        if not text.endswith("。"):
            sentences[-1] = sentences[-1][:-1]
        width = self.epw
        line = ""
        lines = []
        self.set_font(self.family, "", size)
        for sentence in sentences:
            if line and self.get_string_width(line + sentence) > width:
                lines.append(line)
                line = ""
            line += sentence
        lines.append(line)
        for line in lines:
            fitted = size
            self.set_font(self.family, "", fitted)
            while self.get_string_width(line) > width:
                fitted -= 0.25
                self.set_font(self.family, "", fitted)
            self.cell(0, size * 0.55, line, align="C" if centre else "L", new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def table(self, rows):
        size = 9
        self.set_font(self.family, "", size)
        widths = [self.epw / len(rows[0])] * len(rows[0])
        for row in rows:
            for width, value in zip(widths, row):
                self.cell(width, 6, value, border=1)
            self.ln(6)
        self.ln(3)

    def block(self, kind, content):
        if kind == "table":
            self.table(content)
        elif self.lang == "en":
            size, style = {"title": (15, "B"), "h": (11.5, "B"), "p": (10, ""), "small": (8, "")}[kind]
            self.english_block(size, content, style)
        else:
            size = {"title": 13, "h": 11.5, "p": 10, "small": 8}[kind]
            self.chinese_block(size, content, centre=kind == "title")


def build(name, lang, pages, font_path=None):
    pdf = Document(lang, font_path)
    for page in pages:
        pdf.add_page()
        for kind, content in page:
            pdf.block(kind, content)
        if pdf.get_y() > pdf.h - 18:
            raise ValueError(f"{name}: page {pdf.page_no()} overflows")
    pdf.output(os.path.join(HERE, name))


def main():
    tmpdir = tempfile.mkdtemp()
    try:
        for name, (lang, pages) in DOCUMENTS.items():
            font_path = None
            if lang != "en":
                font_path = make_cjk_font(lang, used_text(pages), tmpdir)
            build(name, lang, pages, font_path)
            print("wrote", name)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
