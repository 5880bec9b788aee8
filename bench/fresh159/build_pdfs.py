"""Build the three PDF documents of the fresh159 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese documents use one face of NotoSansCJK-Regular.ttc (index 2 Simplified,
index 3 Traditional). The face is subset to the characters used, its CFF outlines
are converted to TrueType with cu2quPen, and the font is written to a temporary
directory that is removed after the build.
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
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_INDEX = {"sc": 2, "tc": 3}
CLOSING = set("，。、；：）」』”％！？")
OPENING = set("（「『“")
AMOUNT_RE = r"人民[币幣][0-9,.]+万?元"


def cjk_font(lang, chars, folder):
    """Subset one CJK face to chars, convert CFF to glyf and save it as a .ttf."""
    font = TTFont(TTC, fontNumber=FACE_INDEX[lang])
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)
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
    for name in order:
        advance = hmtx.metrics[name][0]
        hmtx.metrics[name] = (advance, getattr(glyf[name], "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
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
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"
    path = Path(folder) / f"noto_{lang}.ttf"
    font.save(str(path))
    return path


def cjk_units(text, protect):
    """Split CJK text into unbreakable units (names, amounts, ASCII runs, chars)."""
    names = sorted(protect, key=len, reverse=True)
    alternatives = [re.escape(n) for n in names] + [AMOUNT_RE, r"[!-~]+", r" ", r"."]
    pattern = "|".join(alternatives)
    raw = re.findall(pattern, text)
    units = []
    pending = ""
    for unit in raw:
        if unit in OPENING:
            pending += unit
            continue
        unit = pending + unit
        pending = ""
        if units and unit[0] in CLOSING:
            units[-1] += unit
        else:
            units.append(unit)
    if pending:
        units.append(pending)
    return units


class Doc(FPDF):
    def __init__(self, spec, font_path):
        super().__init__(format="A4")
        self.spec = spec
        self.lang = spec["lang"]
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)
        if font_path:
            self.add_font("cjk", "", str(font_path))
            self.family = "cjk"
        else:
            self.family = "helvetica"

    def use(self, size, bold=False):
        style = "B" if bold and self.family == "helvetica" else ""
        self.set_font(self.family, style, size)

    def footer(self):
        self.set_y(-12)
        self.use(8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, text=self.spec["footer"].format(n=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    def write_text(self, text, size, height, bold=False, indent=""):
        """Write a paragraph; a paragraph is never split across two pages."""
        self.use(size, bold)
        if self.family == "helvetica":
            lines = self.multi_cell(
                0, height, text=indent + text, dry_run=True, output="LINES"
            )
        else:
            lines = []
            line = ""
            for unit in cjk_units(indent + text, self.spec["protect"]):
                if line and self.get_string_width(line + unit) > self.epw:
                    lines.append(line.rstrip())
                    line = unit.lstrip()
                else:
                    line += unit
            if line.strip():
                lines.append(line.rstrip())
        if self.get_y() + height * len(lines) > self.page_break_trigger:
            self.add_page()
        if self.family == "helvetica":
            self.multi_cell(
                0, height, text=indent + text, align="L", new_x="LMARGIN", new_y="NEXT"
            )
            return
        for line in lines:
            self.cell(0, height, text=line, new_x="LMARGIN", new_y="NEXT")

    def table(self, widths, rows):
        height = 7
        if self.get_y() + height * len(rows) > self.page_break_trigger:
            self.add_page()
        for index, row in enumerate(rows):
            self.use(9, bold=index == 0)
            for text, width in zip(row, widths, strict=True):
                if self.get_string_width(text) > width - 2 * self.c_margin:
                    raise ValueError(f"table cell too wide: {text!r}")
                self.cell(width, height, text=text, border=1)
            self.ln(height)
        self.ln(3)

    def render(self):
        self.add_page()
        blocks = self.spec["blocks"]
        for index, block in enumerate(blocks):
            kind = block[0]
            following = blocks[index + 1] if index + 1 < len(blocks) else ("end",)
            if kind == "p" and following[0] == "table":
                # keep a table caption on the same page as its table
                if self.get_y() + 7 * (len(following[2]) + 2) > self.page_break_trigger:
                    self.add_page()
            if kind == "page":
                self.add_page()
            elif kind == "title":
                self.write_text(block[1], 15, 8, bold=True)
            elif kind == "meta":
                self.set_text_color(70, 70, 70)
                self.write_text(block[1], 8, 4.5)
                self.set_text_color(0, 0, 0)
            elif kind == "h2":
                if self.get_y() + 25 > self.page_break_trigger:
                    self.add_page()
                self.ln(2)
                self.write_text(block[1], 12, 7, bold=True)
                self.ln(1)
            elif kind == "h3":
                self.write_text(block[1], 10.5, 6, bold=True)
            elif kind == "bullet":
                mark = "● " if self.family == "cjk" else "- "
                self.write_text(block[1], 10, 5.5, indent=mark)
                self.ln(1)
            elif kind == "p":
                self.write_text(block[1], 10, 5.5)
                self.ln(2.5)
            elif kind == "table":
                self.table(block[1], block[2])
            else:
                raise ValueError(kind)


def used_chars(spec):
    chars = set(spec["footer"]) | set("0123456789●")
    for block in spec["blocks"]:
        if block[0] == "table":
            for row in block[2]:
                chars |= set("".join(row))
        elif len(block) > 1:
            chars |= set(block[1])
    return chars


def build():
    tmp = tempfile.mkdtemp(prefix="fresh159_fonts_")
    try:
        for name, spec in DOCS.items():
            font_path = None
            if spec["lang"] in FACE_INDEX:
                font_path = cjk_font(spec["lang"], used_chars(spec), tmp)
            pdf = Doc(spec, font_path)
            pdf.set_title(spec["title"])
            pdf.set_author(spec["author"])
            pdf.render()
            pdf.output(str(HERE / name))
            print("wrote", name, pdf.page_no(), "pages")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


DOCS = {
    '01_Frostvik_annual_report.pdf': {
        'lang': 'en',
        'title': 'Frostvik Reefer Systems A/S Annual Report 2024 (excerpt)',
        'author': 'Frostvik Reefer Systems A/S',
        'footer': 'Frostvik Reefer Systems A/S | Annual Report 2024 | {n}',
        'protect': [
        ],
        'blocks': [
            ('title', 'Frostvik Reefer Systems A/S - Annual Report 2024'),
            ('meta',
                (
                    "Excerpt: Management's review and selected notes to the "
                    'consolidated financial statements'
                )),
            ('meta',
                (
                    'CVR no. 38 41 72 09 | Registered office: Amager Strandvej '
                    '412, DK-2770 Kastrup | Nasdaq Copenhagen: FROST'
                )),
            ('h2', 'Letter from the Chair and the CEO'),
            ('p',
                (
                    '2024 was the year in which artificial intelligence moved from '
                    'pilot projects to the core of our business. Revenue rose 14% '
                    'to DKK 1,486 million and EBITDA before special items reached '
                    'DKK 231 million, a margin of 15.5%. More than 61,000 reefer '
                    'containers now run on ColdMind, our predictive controller '
                    'software, which adjusts set-points, defrost cycles and '
                    "fresh-air exchange from the cargo's respiration profile "
                    'rather than from a fixed schedule.'
                )),
            ('p',
                (
                    'Across the installed fleet we estimate that ColdMind reduced '
                    'compressor energy use by 11% and cut temperature excursions '
                    'on banana and avocado voyages by more than a third. Those two '
                    'numbers explain most of our commercial success: carriers save '
                    'fuel at sea and plug-in power in port, and cargo owners file '
                    'fewer claims.'
                )),
            ('p',
                (
                    'Demand was strongest among carriers that prefer to upgrade '
                    'existing boxes rather than wait for new-build reefers. '
                    'Retrofit orders accounted for 58% of order intake, and the '
                    'Gulf and the west coast of South America were our '
                    'fastest-growing regions.'
                )),
            ('p',
                (
                    'Frostvik Middle East FZE completed the retrofit of 6,800 '
                    'reefer units for Murjan Reefer Lines LLC, the Dubai-based '
                    'carrier, under a contract worth DKK 212 million.'
                )),
            ('p',
                (
                    'Our principal competitors in controller retrofits remain '
                    'Polarwind Containers GmbH and Arktis Kühltechnik AG, both of '
                    'which expanded their service networks in the Gulf during the '
                    'year.'
                )),
            ('p',
                (
                    'We expect 2025 revenue of DKK 1,600-1,700 million and an '
                    'EBITDA margin before special items of 15-17%, assuming '
                    'freight rates on the main reefer trades stay close to the '
                    'levels seen in the fourth quarter.'
                )),
            ('h2', 'Strategic investments and partnerships'),
            ('p',
                (
                    'In March 2024 the Group acquired a 4.2% shareholding in '
                    'Cadena Fría Austral S.A., the Santiago-listed operator of '
                    'refrigerated warehouses and port reefer terminals, for a cash '
                    'consideration of DKK 58.4 million.'
                )),
            ('p',
                (
                    "The investment gives us an observer seat on Austral's "
                    'technology committee and a reference site for ColdMind in '
                    'fruit export logistics, where ripening control matters more '
                    'than in any other segment. It is accounted for as an equity '
                    'investment at fair value through other comprehensive income, '
                    'and the fair value at 31 December 2024 was DKK 61.9 million.'
                )),
            ('p',
                (
                    'In September the Group entered into a technical cooperation '
                    'with Lengqing Intelligent Technology Co., Ltd. to make '
                    "ColdMind compatible with Lengqing's wireless pallet sensors; "
                    'no payments are exchanged under the arrangement.'
                )),
            ('p',
                (
                    'The Board of Frostvik Reefer Systems A/S also evaluated an '
                    'offer to acquire Kryoteknik Service Rotterdam B.V. but '
                    'decided in November not to proceed, as the asking price did '
                    'not reflect the integration costs.'
                )),
            ('page',),
            ('h2', 'Operations in the Gulf and Chile'),
            ('p',
                (
                    'Since January 2024 Frostvik Middle East FZE has leased 4,500 '
                    'pallet positions of chilled storage at the Khalifa Port '
                    'facility of Khaleej Coldstore Holding PJSC, where controllers '
                    'are calibrated against live cargo before installation.'
                )),
            ('p',
                (
                    'The Jebel Ali workshop now employs 64 technicians and can '
                    'retrofit up to 900 units a month. Turnaround times fell from '
                    'nine to five days after we introduced computer-vision '
                    'inspection of evaporator coils, which flags corrosion and fan '
                    'damage before a unit is opened.'
                )),
            ('p',
                (
                    'Frostvik Chile SpA provides resident service technicians at '
                    'the San Antonio reefer terminal of Cadena Fría Austral S.A. '
                    'under a five-year maintenance contract.'
                )),
            ('p',
                (
                    'The Chilean fruit season is short and intense: roughly 70% of '
                    'annual reefer moves out of San Antonio and Valparaíso take '
                    "place between November and March. ColdMind's ripening models "
                    'were retrained during the year on 1.4 million container-days '
                    'of cherry, blueberry and grape data, and the share of cherry '
                    'containers arriving in Asia with soft fruit fell for the '
                    'second year running.'
                )),
            ('h2', 'Production and supply chain'),
            ('p',
                (
                    'Frostvik Controls ApS sources variable-speed scroll '
                    'compressors from Vesterby Kompressor A/S under a framework '
                    'agreement running to the end of 2027.'
                )),
            ('p',
                (
                    'Microcontroller and modem lead times normalised during the '
                    'year, and we reduced safety stocks by DKK 38 million. All '
                    'controller boards are now assembled in Aarhus, and final '
                    'testing uses a climate chamber that simulates tropical port '
                    'conditions of 45 degrees Celsius ambient and 95% humidity.'
                )),
            ('h2', 'Financing'),
            ('p',
                (
                    'In June 2024 the Group refinanced its revolving credit '
                    'facility with Skagerrak Erhvervsbank A/S, which now provides '
                    'a DKK 750 million facility maturing in 2029.'
                )),
            ('p',
                (
                    'Net interest-bearing debt was DKK 212 million at year-end, '
                    'equal to 0.9 times EBITDA before special items. The Board '
                    'proposes a dividend of DKK 2.40 per share, corresponding to a '
                    'pay-out ratio of 31%.'
                )),
            ('h2', 'Risk management'),
            ('p',
                (
                    'The principal risks remain freight-market cyclicality, '
                    'component availability, cyber security of connected '
                    'controllers and the pace at which carriers approve software '
                    'updates at sea. ColdMind updates are signed and staged, and '
                    'no vessel is updated while a unit carries cargo that is '
                    'classified as sensitive by the customer.'
                )),
            ('h2', 'Auditor'),
            ('p',
                (
                    'The consolidated financial statements have been audited by '
                    'Nørreport Revision P/S, which has been the auditor of '
                    'Frostvik Reefer Systems A/S since 2019.'
                )),
            ('page',),
            ('h2', 'Shareholder information'),
            ('p',
                (
                    'At 31 December 2024 the share capital was DKK 64.0 million '
                    'divided into 64,000,000 shares of DKK 1 each. The following '
                    'shareholders have notified holdings of 5% or more of the '
                    'share capital or voting rights:'
                )),
            ('table', [95, 40, 35], [
                ['Shareholder', 'Shares', '% of capital'],
                [
                    'Kirsten and Anders Vik (directly and via family company)',
                    '14,080,000',
                    '22.0%',
                ],
                ['Øresund Pensionskasse', '7,424,000', '11.6%'],
                ['Treasury shares', '512,000', '0.8%'],
            ]),
            ('h2', 'Note 28 Group companies'),
            ('p',
                (
                    'The parent company, Frostvik Reefer Systems A/S, owns the '
                    'following subsidiaries directly. All subsidiaries are fully '
                    'consolidated.'
                )),
            ('table', [52, 42, 22, 54], [
                ['Company', 'Registered office', 'Ownership', 'Activity'],
                [
                    'Frostvik Controls ApS',
                    'Aarhus, Denmark',
                    '100%',
                    'Controller manufacturing',
                ],
                [
                    'Frostvik Chile SpA',
                    'San Antonio, Chile',
                    '100%',
                    'Sales and service',
                ],
                [
                    'Frostvik Middle East FZE',
                    'Jebel Ali, UAE',
                    '100%',
                    'Sales, retrofit and service',
                ],
            ]),
            ('h2', 'Note 29 Major customers'),
            ('p',
                (
                    'No single customer accounted for more than 10% of Group '
                    'revenue in 2024. The five largest customers together '
                    'accounted for 41% of revenue (2023: 38%), and all five are '
                    'reefer container carriers or terminal operators.'
                )),
            ('h2', 'Note 30 Events after the balance sheet date'),
            ('p',
                (
                    'No events have occurred after the balance sheet date that '
                    'materially affect the assessment of the annual report.'
                )),
        ],
    },
    '03_Lengqing_A_share_announcement.pdf': {
        'lang': 'sc',
        'title': '冷擎智能 关于对外投资暨关联交易的公告',
        'author': '冷擎智能科技股份有限公司',
        'footer': '第 {n} 页',
        'protect': [
            '冷擎智能科技股份有限公司',
            '宁波寒舟集装箱制造有限公司',
            '寒舟集装箱',
            '宁波港湾实业集团有限公司',
            '冷擎（宁波）传感技术有限公司',
            '云穹计算技术有限公司',
            '浙东商业银行股份有限公司',
            '东瀛冷箱科技有限公司',
            '镇海冷藏设备股份有限公司',
            '北辰资产评估有限公司',
            '云穹计算',
            '冷擎宁波',
            '冷擎智能',
            'Ghaf Capital Investments LLC',
        ],
        'blocks': [
            ('meta',
                (
                    '证券代码：688917        证券简称：冷擎智能        公告编号：20'
                    '25-011'
                )),
            ('title', '冷擎智能科技股份有限公司'),
            ('title', '关于对外投资暨关联交易及2025年度日常关联交易预计的公告'),
            ('p',
                (
                    '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性'
                    '陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法'
                    '律责任。'
                )),
            ('h2', '重要内容提示：'),
            ('bullet',
                (
                    '投资标的名称：宁波寒舟集装箱制造有限公司（以下简称“寒舟集装箱”'
                    '或“标的公司”）。'
                )),
            ('bullet', '投资金额：人民币13,500.00万元，资金来源为公司自有资金。'),
            ('bullet',
                (
                    '本次交易构成关联交易，但不构成《上市公司重大资产重组管理办法》'
                    '规定的重大资产重组。本次对外投资及日常关联交易预计已经公司第三'
                    '届董事会第十四次会议审议通过，无需提交股东大会审议。'
                )),
            ('bullet',
                (
                    '相关风险提示：标的公司经营业绩受航运周期及冷藏集装箱需求波动影'
                    '响较大，投资收益存在不确定性，敬请广大投资者注意投资风险。'
                )),
            ('h2', '一、对外投资暨关联交易概述'),
            ('h3', '（一）基本情况'),
            ('p',
                (
                    '为完善公司在冷藏集装箱智能温控领域的产业布局，推动温控传感模组'
                    '与箱体制造的前装一体化，公司拟以自有资金人民币13,500.00万元认'
                    '购寒舟集装箱新增注册资本2,700.00万元，其余10,800.00万元计入资'
                    '本公积。'
                )),
            ('p',
                (
                    '本次增资完成后，公司将持有寒舟集装箱18.00%的股权，寒舟集装箱不'
                    '纳入公司合并报表范围。'
                )),
            ('p',
                (
                    '同次增资中，Ghaf Capital Investments LLC拟以人民币9,000.00万元'
                    '认购寒舟集装箱新增注册资本1,800.00万元，增资完成后持有寒舟集装'
                    '箱12.00%的股权。'
                )),
            ('h3', '（二）关联关系说明'),
            ('p',
                (
                    '公司副总经理王启航自2023年起担任寒舟集装箱董事，根据《上海证券'
                    '交易所科创板股票上市规则》的相关规定，寒舟集装箱为公司的关联法'
                    '人，本次增资构成关联交易。'
                )),
            ('h3', '（三）审议程序'),
            ('p',
                (
                    '公司于2025年3月26日召开第三届董事会第十四次会议，以8票同意、0'
                    '票反对、0票弃权审议通过了《关于对外投资暨关联交易的议案》，关'
                    '联董事已回避表决。独立董事专门会议已事前审议并同意将该议案提交'
                    '董事会审议。'
                )),
            ('h2', '二、标的公司基本情况'),
            ('h3', '（一）基本信息'),
            ('p',
                (
                    '名称：宁波寒舟集装箱制造有限公司；类型：有限责任公司；注册资本'
                    '：10,500.00万元；法定代表人：周泽远；成立日期：2009年6月12日；'
                    '住所：浙江省宁波市北仑区港城大道1188号。'
                )),
            ('p',
                (
                    '寒舟集装箱为宁波港湾实业集团有限公司的控股子公司，成立于2009年'
                    '，主要从事冷藏集装箱及特种箱的研发、制造与销售，年产能约4.5万T'
                    'EU。'
                )),
            ('p',
                (
                    '寒舟集装箱在国内冷藏集装箱市场的主要竞争对手包括东瀛冷箱科技有'
                    '限公司和镇海冷藏设备股份有限公司。'
                )),
            ('h3', '（二）增资前后股权结构'),
            ('p', '单位：人民币万元'),
            ('table', [62, 28, 24, 28, 24], [
                [
                    '股东名称',
                    '增资前出资额',
                    '增资前比例',
                    '增资后出资额',
                    '增资后比例',
                ],
                [
                    '宁波港湾实业集团有限公司',
                    '8,820.00',
                    '84.00%',
                    '8,820.00',
                    '58.80%',
                ],
                ['员工持股平台', '1,680.00', '16.00%', '1,680.00', '11.20%'],
                ['冷擎智能科技股份有限公司', '—', '—', '2,700.00', '18.00%'],
                ['Ghaf Capital Investments LLC', '—', '—', '1,800.00', '12.00%'],
                ['合计', '10,500.00', '100.00%', '15,000.00', '100.00%'],
            ]),
            ('h3', '（三）主要财务数据'),
            ('p',
                (
                    '截至2024年12月31日，寒舟集装箱资产总额为人民币186,420.35万元，'
                    '净资产为人民币61,208.77万元；2024年度实现营业收入人民币243,517'
                    '.60万元，净利润人民币7,835.12万元。上述数据已经具有证券期货相'
                    '关业务资格的会计师事务所审计。'
                )),
            ('h3', '（四）定价依据'),
            ('p',
                (
                    '北辰资产评估有限公司以收益法对寒舟集装箱股东全部权益价值进行了'
                    '评估，评估基准日为2024年12月31日，评估值为人民币52,860.00万元'
                    '。'
                )),
            ('p',
                (
                    '本次增资价格为每1元注册资本人民币5.00元，对应增资前估值人民币5'
                    '2,500.00万元，系参考上述评估结果经各方协商确定，定价公允，不存'
                    '在损害公司及全体股东特别是中小股东利益的情形。'
                )),
            ('h2', '三、增资协议的主要内容'),
            ('p',
                (
                    '1. 协议主体：冷擎智能科技股份有限公司、Ghaf Capital Investment'
                    's LLC、宁波港湾实业集团有限公司及标的公司。'
                )),
            ('p',
                (
                    '2. 支付方式：公司应于协议生效后15个工作日内支付增资款的50%，剩'
                    '余50%于标的公司完成工商变更登记后15个工作日内支付。'
                )),
            ('p',
                (
                    '3. 公司治理：增资完成后，标的公司董事会由7名董事组成，公司有权'
                    '提名1名董事。'
                )),
            ('p',
                (
                    '4. 违约责任：任何一方违反协议约定的，应赔偿守约方因此遭受的全'
                    '部损失。'
                )),
            ('h2', '四、2025年度日常关联交易预计'),
            ('p',
                '本次增资完成后，寒舟集装箱与公司之间的日常业务往来将构成关联交易。'),
            ('p',
                (
                    '公司全资子公司冷擎（宁波）传感技术有限公司（以下简称“冷擎宁波”'
                    '）自2021年起向寒舟集装箱供应冷藏箱温控传感模组及边缘计算网关，'
                    '2024年度实际发生金额为人民币3,460.52万元。'
                )),
            ('p',
                (
                    '公司向云穹计算技术有限公司采购云计算及GPU算力服务，用于冷链温'
                    '度预测模型的训练与推理，2024年度实际发生金额为人民币1,935.60万'
                    '元。'
                )),
            ('p',
                (
                    '公司董事陈立衡同时担任云穹计算技术有限公司董事，云穹计算为公司'
                    '的关联法人。'
                )),
            ('p', '单位：人民币万元'),
            ('table', [40, 64, 33, 33], [
                ['关联方', '关联交易类别', '2025年预计金额', '2024年实际金额'],
                ['寒舟集装箱', '销售温控传感模组及网关', '6,200.00', '3,460.52'],
                ['云穹计算', '采购云计算及算力服务', '2,800.00', '1,935.60'],
                ['合计', '—', '9,000.00', '5,396.12'],
            ]),
            ('p',
                (
                    '近期有媒体报道云穹计算技术有限公司拟入股寒舟集装箱，经公司向寒'
                    '舟集装箱核实，该报道不属实。'
                )),
            ('h2', '五、本次交易对上市公司的影响'),
            ('p',
                (
                    '本次增资有助于公司将AI温控方案前置到冷藏集装箱的制造环节，提高'
                    '单箱传感器配置率，并获取箱体运行数据用于模型迭代。截至本公告披'
                    '露日，公司已取得浙东商业银行股份有限公司人民币30,000.00万元综'
                    '合授信额度，本次增资资金全部来源于自有资金，不涉及使用上述授信'
                    '。'
                )),
            ('p',
                (
                    '本次交易不会对公司财务状况和经营成果产生重大不利影响，不会导致'
                    '公司合并报表范围发生变化。'
                )),
            ('h2', '六、风险提示'),
            ('p',
                (
                    '标的公司所处冷藏集装箱制造行业与全球航运周期高度相关，若冷藏箱'
                    '新造需求下滑，可能影响标的公司经营业绩；此外，增资协议尚需完成'
                    '工商变更登记，存在一定的不确定性。公司将根据后续进展及时履行信'
                    '息披露义务。'
                )),
            ('p', '特此公告。'),
            ('meta', '冷擎智能科技股份有限公司董事会'),
            ('meta', '2025年3月27日'),
        ],
    },
    '04_Xuelian_HKEX_announcement.pdf': {
        'lang': 'tc',
        'title': '雪鏈物流控股有限公司 須予披露交易',
        'author': '雪鏈物流控股有限公司',
        'footer': '第 {n} 頁',
        'protect': [
            '雪鏈物流控股有限公司',
            '雪鏈（天津）冷庫管理有限公司',
            '天津渤冷投資有限公司',
            '濱海冷鏈（天津）有限公司',
            '浙東商業銀行股份有限公司',
            '冷擎智能科技股份有限公司',
            '恒衡評估有限公司',
            '津港冷運有限公司',
            '萬冷倉儲（天津）有限公司',
            '渤海灣冷鏈港務有限公司',
            'Murjan Reefer Lines LLC',
            'Frostbridge Holdings Limited',
            'Ghaf Capital Investments LLC',
            'Xuelian Cold Chain Holdings Limited',
        ],
        'blocks': [
            ('meta',
                (
                    '香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容'
                    '概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不'
                    '就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何'
                    '損失承擔任何責任。'
                )),
            ('title', '雪鏈物流控股有限公司'),
            ('title', 'Xuelian Cold Chain Holdings Limited'),
            ('meta', '（於開曼群島註冊成立的有限公司）（股份代號：2739）'),
            ('h2', '須予披露交易 收購濱海冷鏈（天津）有限公司全部股權'),
            ('h2', '收購事項'),
            ('p',
                (
                    '董事會欣然宣佈，於二零二五年三月十八日（交易時段後），本公司間'
                    '接全資附屬公司雪鏈（天津）冷庫管理有限公司（作為買方）與天津渤'
                    '冷投資有限公司（作為賣方）訂立股權轉讓協議，據此，買方有條件同'
                    '意收購而賣方有條件同意出售濱海冷鏈（天津）有限公司（「目標公司'
                    '」）全部股權，代價為人民幣468,000,000元。'
                )),
            ('h2', '上市規則的涵義'),
            ('p',
                (
                    '由於有關收購事項的一項或多項適用百分比率超過5%但均低於25%，收'
                    '購事項構成本公司的須予披露交易，須遵守上市規則第十四章的通知及'
                    '公告規定，惟獲豁免遵守股東批准規定。'
                )),
            ('h2', '股權轉讓協議'),
            ('p', '日期：二零二五年三月十八日'),
            ('p',
                (
                    '訂約方：(i)雪鏈（天津）冷庫管理有限公司（作為買方）；及(ii)天'
                    '津渤冷投資有限公司（作為賣方）。'
                )),
            ('p',
                (
                    '代價及付款條款：代價將分三期以現金支付：(i)人民幣93,600,000元'
                    '於簽署協議後十個營業日內支付；(ii)人民幣280,800,000元於完成時'
                    '支付；及(iii)餘額人民幣93,600,000元於完成後十二個月內支付。'
                )),
            ('p',
                (
                    '代價中人民幣300,000,000元將以浙東商業銀行股份有限公司向本公司'
                    '提供的三年期定期貸款撥付，餘額以本集團內部資源支付。'
                )),
            ('p',
                (
                    '代價基準：代價乃經買方與賣方參考獨立估值師的估值結果後按一般商'
                    '業條款公平磋商釐定。獨立估值師恒衡評估有限公司以收益法對濱海冷'
                    '鏈（天津）有限公司於二零二四年十二月三十一日的股東全部權益進行'
                    '估值，估值結果為人民幣482,000,000元。'
                )),
            ('p',
                (
                    '先決條件及完成：完成須待（其中包括）目標公司完成工商變更登記及'
                    '買方完成盡職審查後，方告作實。完成後，目標公司將成為本公司的間'
                    '接全資附屬公司，其財務業績將併入本集團的綜合財務報表。'
                )),
            ('h2', '有關目標公司的資料'),
            ('p',
                (
                    '濱海冷鏈（天津）有限公司為天津渤冷投資有限公司的全資附屬公司，'
                    '於天津東疆綜合保稅區擁有及經營一座庫容約五萬噸的多溫區冷庫，並'
                    '設有冷藏箱插座四百個。'
                )),
            ('p', '目標公司根據中國會計準則編製的主要財務資料如下：'),
            ('table', [70, 50, 50], [
                [
                    '截至十二月三十一日止年度',
                    '二零二三年（人民幣千元）',
                    '二零二四年（人民幣千元）',
                ],
                ['收益', '96,420', '112,785'],
                ['除稅前純利', '21,306', '27,914'],
                ['除稅後純利', '15,980', '20,935'],
            ]),
            ('p',
                (
                    '於二零二四年十二月三十一日，目標公司的資產淨值約為人民幣301,56'
                    '0,000元。'
                )),
            ('p',
                (
                    '濱海冷鏈（天津）有限公司與津港冷運有限公司之間有關倉儲費用的訴'
                    '訟已於二零二四年十一月以和解方式了結，雙方互不承擔賠償責任。'
                )),
            ('h2', '有關賣方、本集團及買方的資料'),
            ('p',
                (
                    '賣方為一家於中國成立的有限公司，主要從事物流基礎設施投資。據董'
                    '事作出一切合理查詢後所知、所悉及所信，賣方及其最終實益擁有人均'
                    '為獨立第三方。'
                )),
            ('p',
                (
                    '本集團為中國領先的第三方冷鏈倉儲營運商，於十四個城市經營三十一'
                    '座冷庫，總庫容約一百二十萬噸。買方為本公司的間接全資附屬公司，'
                    '主要於天津及華北地區從事冷庫營運及管理。'
                )),
            ('h2', '進行收購事項的理由及裨益'),
            ('p',
                (
                    '天津港為華北最大的進口肉類及水果口岸。東疆區域現有其他大型冷庫'
                    '營運商包括萬冷倉儲（天津）有限公司及渤海灣冷鏈港務有限公司，惟'
                    '區內高標準多溫區庫容仍供不應求。'
                )),
            ('p',
                (
                    '本集團自二零二二年起向冷擎智能科技股份有限公司採購人工智能溫控'
                    '感測器及監測平台服務，截至二零二四年十二月三十一日止年度的採購'
                    '總額約為人民幣41,200,000元。'
                )),
            ('p',
                (
                    '完成後，本集團擬將上述人工智能平台部署至目標公司全部庫位，以預'
                    '測性除霜及動態庫位分配取代人工排程，預期可將目標公司單位能耗降'
                    '低約百分之十二。'
                )),
            ('p',
                (
                    '此外，本公司已與Murjan Reefer Lines LLC簽署合作備忘錄，擬於天'
                    '津港共同設立冷藏箱預冷及檢測堆場，雙方目前並無任何付款安排。'
                )),
            ('p',
                (
                    '董事（包括獨立非執行董事）認為，股權轉讓協議的條款屬公平合理，'
                    '按一般商業條款訂立，且收購事項符合本公司及股東的整體利益。'
                )),
            ('h2', '股權架構'),
            ('p', '於本公告日期，本公司主要股東的持股情況如下：'),
            ('table', [80, 50, 40], [
                ['股東名稱', '所持股份數目', '概約持股百分比'],
                ['Frostbridge Holdings Limited', '412,500,000', '41.25%'],
                ['Ghaf Capital Investments LLC', '85,000,000', '8.50%'],
                ['其他公眾股東', '502,500,000', '50.25%'],
                ['總計', '1,000,000,000', '100.00%'],
            ]),
            ('p',
                (
                    '附註：Frostbridge Holdings Limited由本公司主席兼執行董事韓冬先'
                    '生全資擁有。'
                )),
            ('h2', '釋義'),
            ('p',
                (
                    '「本公司」指雪鏈物流控股有限公司；「買方」指雪鏈（天津）冷庫管'
                    '理有限公司；「賣方」指天津渤冷投資有限公司；「目標公司」指濱海'
                    '冷鏈（天津）有限公司；「上市規則」指香港聯合交易所有限公司證券'
                    '上市規則。'
                )),
            ('meta', '承董事會命'),
            ('meta', '雪鏈物流控股有限公司'),
            ('meta', '主席 韓冬'),
            ('meta', '香港，二零二五年三月十八日'),
            ('meta',
                (
                    '於本公告日期，董事會包括執行董事韓冬先生、李慕青女士及孫彥博先'
                    '生；以及獨立非執行董事梁家謙先生、蔡婉儀女士及何志遠先生。'
                )),
        ],
    },
}


if __name__ == "__main__":
    build()
