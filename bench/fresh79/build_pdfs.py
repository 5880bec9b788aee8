"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font. Chinese documents use Noto Sans CJK,
extracted from the system .ttc collection with fontTools (face 2 = SC, face 3 = TC),
subset to the characters used and converted from CFF to TrueType outlines (cu2qu) in
a temporary directory that is deleted at the end. Chinese lines are broken only after
"。" so that every sentence extracts as one unbroken string.
"""

import os
import re
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC, FACE_TC = 2, 3


# --------------------------------------------------------------------------- fonts


def cff_to_truetype(font):
    """Replace the CFF outlines of an OpenType font by quadratic glyf outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        hmtx[name] = (hmtx[name][0], getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_ttf(face_index, text, out_path):
    """Extract one face of the Noto CJK collection, subset it to `text`, save as .ttf."""
    font = TTCollection(TTC_PATH).fonts[face_index]
    options = Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(text=text + " |0123456789")
    subsetter.subset(font)
    cff_to_truetype(font)
    font.save(out_path)


# --------------------------------------------------------------------------- layout


class Document(FPDF):
    def __init__(self, footer_text, font_family):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.body_font = font_family
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7)
        self.cell(0, 5, f"{self.footer_text}  |  {self.page_no()}", align="C")


def english_pdf(blocks, footer, out_name):
    pdf = Document(footer, "helvetica")
    pdf.add_page()
    for kind, *content in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("helvetica", "B", 14)
            pdf.multi_cell(0, 7, content[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("helvetica", "B", 10.5)
            pdf.multi_cell(0, 6, content[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("helvetica", size=9.5)
            pdf.multi_cell(0, 5, content[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "small":
            pdf.set_font("helvetica", "I", 8)
            pdf.multi_cell(0, 4, content[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            rows, widths = content
            for i, row in enumerate(rows):
                pdf.set_font("helvetica", "B" if i == 0 else "", 8.5)
                for cell, width in zip(row, widths):
                    pdf.cell(width, 6, cell, border=1)
                pdf.ln(6)
            pdf.ln(2)
    pdf.output(os.path.join(HERE, out_name))


def chinese_lines(pdf, text, width):
    """Pack sentences (ending in 。) into lines; never break inside a sentence."""
    sentences = [s for s in re.split(r"(?<=。)", text) if s]
    lines, current = [], ""
    for sentence in sentences:
        if pdf.get_string_width(sentence) > width:
            raise ValueError(f"sentence too long for one line: {sentence}")
        if pdf.get_string_width(current + sentence) <= width:
            current += sentence
        else:
            lines.append(current)
            current = sentence
    if current:
        lines.append(current)
    return lines


def chinese_pdf(blocks, footer, out_name, font_path):
    pdf = Document(footer, "cjk")
    pdf.add_font("cjk", fname=font_path)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.add_page()
    for kind, *content in blocks:
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("cjk", size=13)
            pdf.cell(0, 8, content[0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("cjk", size=10)
            pdf.cell(0, 6, content[0], new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "small"):
            pdf.set_font("cjk", size=8.5 if kind == "p" else 7.5)
            for line in chinese_lines(pdf, content[0], width):
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "table":
            rows, widths = content
            pdf.set_font("cjk", size=8)
            for row in rows:
                for cell, w in zip(row, widths):
                    pdf.cell(w, 6, cell, border=1)
                pdf.ln(6)
            pdf.ln(2)
    pdf.output(os.path.join(HERE, out_name))


def block_text(blocks):
    parts = []
    for kind, *content in blocks:
        if kind == "table":
            parts.extend(cell for row in content[0] for cell in row)
        elif content:
            parts.append(content[0])
    return "".join(parts)


# --------------------------------------------------------------------------- 02 Halvard

HALVARD = [
    ("title", "Halvard Defence Technologies plc\nAnnual Report and Accounts 2025 (extract)"),
    (
        "small",
        "This extract comprises selected pages of the Strategic Report and the Notes to the "
        "Financial Statements. Page numbering refers to this extract only. Halvard Defence "
        "Technologies plc is registered in England and Wales (company number 04417731) and its "
        "ordinary shares are listed on the London Stock Exchange (LSE: HDT).",
    ),
    ("h", "Chief Executive's review"),
    (
        "p",
        "2025 was the year in which artificial intelligence moved from our laboratories into our "
        "programmes of record. Group revenue rose 11% to £3.84 billion and underlying operating "
        "profit increased to £431 million, with order intake of £4.6 billion giving a book-to-bill "
        "of 1.2x. Our Electronic Warfare and Cyber division, which now reports separately, grew "
        "revenue by 29%.",
    ),
    (
        "p",
        "In March we completed the acquisition of Pellucid Cyber Limited for £86 million. Pellucid "
        "brings 240 engineers with deep experience in securing operational technology on naval "
        "platforms, and it now operates as the cyber-resilience arm of the division. During the "
        "year Pellucid entered into a partnership with Aegirion Labs to offer joint red-team "
        "assessments of AI-enabled mission systems to allied navies.",
    ),
    (
        "p",
        "We also strengthened the way we protect our own estate. Following a competitive "
        "evaluation, we awarded Sentrava Systems a three-year contract worth US$48 million to "
        "provide AI-based detection and response across our classified and corporate networks. "
        "Sentrava's ability to run its models fully offline was decisive.",
    ),
    (
        "p",
        "Autonomy remains central to our maritime strategy. Tessellate Robotics supplies the "
        "swarm-coordination software used in our uncrewed surface vessel demonstrators, and we "
        "were encouraged by the results of sea trials in the North Sea in September. To secure "
        "access to this technology, we invested £4.0 million in Tessellate's Series A round.",
    ),
    (
        "p",
        "Our passive sensing portfolio continues to rely on trusted partners. Kestrel "
        "Signalaufklärung GmbH supplies the wideband signals-intelligence receivers integrated "
        "into our Sentinel-class maritime patrol mission system, and deliveries in 2025 were on "
        "schedule.",
    ),
    (
        "p",
        "Halvard and Arkwright Systems remain the principal UK competitors for these programmes, "
        "alongside a number of US primes. Arkwright's recent contract award on the Type 34 frigate, which we chose not "
        "to contest, has no bearing on our EW franchise.",
    ),
    ("page",),
    ("h", "Financial review (extract)"),
    (
        "p",
        "Net debt at 31 December 2025 was £612 million (2024: £498 million), equivalent to 1.1x "
        "underlying EBITDA. In June the Group refinanced its bank facilities. Calderon National "
        "Bank lent the Group £400 million under a new five-year multicurrency revolving credit "
        "facility, replacing the facility that was due to mature in 2026. The facility was "
        "undrawn at the year end apart from £35 million of letters of credit.",
    ),
    (
        "p",
        "Investment in venture funds forms part of our technology-scouting programme. The "
        "Group committed US$60 million to Lumenfold Frontier Fund II as an anchor limited "
        "partner, of which US$14 million had been called by 31 December 2025. The fund focuses "
        "on defence and security software businesses in North America and Europe.",
    ),
    (
        "table",
        [
            ["Capital allocation, £m", "2025", "2024"],
            ["Acquisitions (net of cash acquired)", "81", "12"],
            ["Venture and minority investments", "15", "6"],
            ["Research and development (self-funded)", "218", "186"],
            ["Dividends paid", "142", "131"],
        ],
        [90, 40, 40],
    ),
    (
        "p",
        "The Group's auditor, Pemberton Lisle LLP, reviewed the accounting for the Pellucid "
        "acquisition, including the provisional valuation of acquired intangible assets of "
        "£52 million.",
    ),
    ("page",),
    ("h", "Note 17. Investments in subsidiaries, associates and other investments"),
    (
        "p",
        "The principal subsidiaries and other investments of the Group at 31 December 2025 are "
        "set out below. Unless otherwise stated, all subsidiaries are wholly owned and hold "
        "ordinary shares.",
    ),
    (
        "table",
        [
            ["Entity", "Country", "Holding", "Activity"],
            ["Halvard Maritime Systems Ltd", "UK", "100%", "Naval mission systems"],
            ["Pellucid Cyber Limited", "UK", "100%", "Cyber resilience"],
            ["Halvard Sensors GmbH", "Germany", "100%", "Radar and EO sensors"],
            ["Tessellate Robotics, Inc.", "USA", "9.6%", "Autonomy software"],
        ],
        [62, 26, 22, 60],
    ),
    (
        "p",
        "Pellucid Cyber Limited is a wholly owned subsidiary of Halvard Defence Technologies plc "
        "and has been consolidated from 14 March 2025. At 31 December 2025 the Group held a 9.6% "
        "stake in Tessellate Robotics, Inc., which is measured at fair value through other "
        "comprehensive income.",
    ),
    ("h", "Note 24. Related-party and significant commercial arrangements"),
    (
        "p",
        "None of the Group's suppliers or investees is a related party as defined by IAS 24. "
        "Directors' interests in Group companies are disclosed in the Remuneration Report.",
    ),
    (
        "small",
        "Cautionary statement: This document contains forward-looking statements that are "
        "subject to risk factors associated with, among other things, the economic and "
        "business circumstances occurring from time to time in the countries and sectors in "
        "which the Group operates. Nothing in this document should be construed as a profit "
        "forecast.",
    ),
]

# --------------------------------------------------------------------------- 04 Shendun

SHENDUN = [
    ("small", "证券代码：688417　　证券简称：深盾智能　　公告编号：2025-047"),
    ("title", "深盾智能科技股份有限公司"),
    ("title", "关于对外投资暨关联交易的公告"),
    (
        "small",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
        "并对其内容的真实性、准确性和完整性依法承担法律责任。",
    ),
    ("h", "重要内容提示："),
    (
        "p",
        "投资标的名称：北辰无人系统（苏州）有限公司（以下简称“北辰无人”或“标的公司”）。"
        "公司拟以自有资金人民币1.2亿元认购北辰无人新增注册资本。"
        "本次增资完成后，公司将持有北辰无人15.00%的股权。",
    ),
    (
        "p",
        "公司控股股东深圳鹏程创新投资集团有限公司（以下简称“鹏程创投”）拟同步参与本次增资。"
        "根据《上海证券交易所科创板股票上市规则》，本次交易构成关联交易。"
        "本次交易未构成《上市公司重大资产重组管理办法》规定的重大资产重组。",
    ),
    ("h", "一、对外投资暨关联交易概述"),
    (
        "p",
        "为完善公司在无人系统安全领域的产业布局，公司于2025年11月12日与北辰无人及其现有股东签署《增资协议》。"
        "本轮增资总额为人民币3.6亿元，投后估值为人民币8亿元。"
        "鹏程创投拟以人民币8,000万元认购北辰无人新增注册资本。"
        "本次增资完成后，鹏程创投将持有北辰无人10.00%的股权。",
    ),
    (
        "p",
        "截至本公告披露日，鹏程创投持有公司29.36%的股份，为公司控股股东。"
        "鹏程创投与公司共同投资北辰无人构成与关联方共同投资。"
        "公司第三届董事会第十九次会议审议通过了本次交易，关联董事已回避表决。",
    ),
    ("h", "二、标的公司基本情况"),
    (
        "table",
        [
            ["项目", "内容"],
            ["公司名称", "北辰无人系统（苏州）有限公司"],
            ["成立日期", "2019年4月8日"],
            ["注册资本（增资前）", "人民币4,200万元"],
            ["主营业务", "无人机集群自主控制、抗干扰导航与任务规划软件"],
        ],
        [45, 125],
    ),
    (
        "table",
        [
            ["股东名称", "增资前持股比例", "增资后持股比例"],
            ["创始人团队", "61.20%", "42.84%"],
            ["苏州工业园区早期基金", "38.80%", "27.16%"],
            ["深盾智能", "—", "15.00%"],
            ["鹏程创投", "—", "10.00%"],
            ["员工持股平台", "—", "5.00%"],
        ],
        [70, 50, 50],
    ),
    ("p", "标的公司最近一年又一期主要财务数据未经审计。2024年度营业收入为人民币6,870万元，净利润为人民币-1,240万元。"),
    ("page",),
    ("h", "三、交易的定价依据"),
    (
        "p",
        "本次增资价格以北辰无人投前估值人民币4.4亿元为基础协商确定。"
        "定价参考了同行业可比公司近期融资估值。"
        "可比公司包括天枢安全及若干未上市无人系统企业，相关数据仅作估值参考。",
    ),
    ("h", "四、协议的主要内容及业务合作"),
    (
        "p",
        "增资款分两期支付，首期于协议生效后十个工作日内支付60%。"
        "北辰无人承诺将增资款主要用于集群自主控制软件研发及抗干扰测试场建设。",
    ),
    (
        "p",
        "同日，公司全资子公司深盾网络安全（杭州）有限公司与北辰无人签署《战略合作协议》。"
        "双方将共建“无人系统AI安全联合实验室”，开展机载软件漏洞挖掘及对抗样本测试。"
        "该合作协议为框架性协议，不涉及具体交易金额。",
    ),
    ("h", "五、对上市公司的影响及其他事项"),
    (
        "p",
        "本次投资有利于公司将AI威胁检测能力延伸至无人系统及边缘计算场景。"
        "本次投资资金来源为公司自有资金，不会对公司财务状况产生重大不利影响。",
    ),
    (
        "p",
        "为支持大模型训练业务，公司于2025年8月与云岭算力科技有限公司签订《智算服务采购合同》。"
        "云岭算力向公司提供GPU算力租赁服务，合同金额为人民币6,480万元。"
        "云岭算力与公司不存在关联关系。",
    ),
    (
        "p",
        "截至本公告披露日，公司持有香港联交所上市公司华铠防务控股有限公司4.85%的股份。"
        "该项投资系公司于2023年以基石投资者身份认购取得，与本次交易无关。",
    ),
    ("p", "近期有媒体报道称深盾智能拟收购天枢安全，经核实，公司未与天枢安全进行任何收购接洽。"),
    ("h", "六、中介机构意见"),
    (
        "p",
        "保荐机构中衡证券股份有限公司经核查认为，本次关联交易已履行必要的审议程序。"
        "中衡证券对深盾智能本次对外投资暨关联交易事项无异议。",
    ),
    ("h", "七、风险提示"),
    ("p", "标的公司所处行业技术迭代较快，存在研发失败及市场竞争加剧的风险。敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("p", "深盾智能科技股份有限公司董事会　　2025年11月13日"),
]

# --------------------------------------------------------------------------- 05 Huakai

HUAKAI = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。對其準確性或完整性亦不發表任何聲明。"),
    ("title", "華鎧防務控股有限公司"),
    ("small", "Huakai Defence Holdings Limited（於開曼群島註冊成立之有限公司）（股份代號：02638）"),
    ("title", "須予披露交易　收購智衛科技有限公司51%股權"),
    ("h", "收購事項"),
    (
        "p",
        "董事會欣然宣佈，於2025年11月20日（交易時段後），買方與賣方訂立買賣協議。"
        "據此，買方有條件同意收購而賣方有條件同意出售目標公司51%股權。",
    ),
    (
        "p",
        "買方華鎧科技投資有限公司為本公司之全資附屬公司。"
        "根據買賣協議，華鎧科技投資有限公司將以代價港幣3.06億元收購智衛科技51%股權。"
        "完成後，目標公司將成為本公司之間接非全資附屬公司，其財務業績將併入本集團綜合財務報表。",
    ),
    ("h", "買賣協議"),
    (
        "table",
        [
            ["日期", "2025年11月20日"],
            ["買方", "華鎧科技投資有限公司"],
            ["賣方", "寧遠資本有限公司"],
            ["目標公司", "智衛科技有限公司（「智衛科技」）"],
            ["代價", "港幣306,000,000元"],
        ],
        [40, 130],
    ),
    (
        "p",
        "於本公告日期，賣方寧遠資本有限公司持有目標公司80%股權，其餘20%由目標公司管理層持有。"
        "完成後，賣方將繼續持有目標公司29%股權。",
    ),
    ("p", "據董事作出一切合理查詢後所知，賣方及其最終實益擁有人均為獨立第三方。"),
    ("h", "代價及付款"),
    ("p", "代價乃經買方與賣方公平磋商後釐定，並參考獨立估值師德信評估有限公司就智衛科技所編製之估值。代價將分三期以現金支付。"),
    ("p", "本集團擬以內部資源及銀行借貸撥付代價。匯盈銀行已向本公司提供港幣2億元之三年期定期貸款，專項用於支付收購代價。"),
    ("page",),
    ("h", "有關目標公司之資料"),
    (
        "p",
        "智衛科技為一家於深圳註冊成立之公司，主要從事電子戰模擬及AI目標識別系統之研發。"
        "智衛科技自2022年起向本集團供應電子戰模擬訓練系統。"
        "截至2024年12月31日止年度，本集團向其採購金額約為港幣3,850萬元。",
    ),
    (
        "table",
        [
            ["截至12月31日止年度", "2023年", "2024年"],
            ["收益（港幣千元）", "142,310", "188,640"],
            ["除稅前溢利（港幣千元）", "18,220", "27,905"],
            ["除稅後溢利（港幣千元）", "15,140", "23,410"],
        ],
        [70, 50, 50],
    ),
    ("h", "進行收購事項之理由及裨益"),
    (
        "p",
        "本集團主要從事國防電子、指揮控制系統及網絡安全解決方案業務。"
        "董事認為，收購事項將加強本集團於AI賦能電子戰領域之垂直整合。",
    ),
    (
        "p",
        "本集團亦持續加強自身網絡防護能力。"
        "深盾智能科技股份有限公司自2024年起根據框架協議向本集團供應AI威脅偵測平台，年度採購額約人民幣4,200萬元。",
    ),
    ("p", "董事注意到，智衛科技之主要競爭對手包括天樞安全等同業。天樞安全與本集團之間並無任何業務或股權關係。"),
    ("h", "上市規則之涵義"),
    (
        "p",
        "由於收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司之須予披露交易。"
        "因此須遵守上市規則第14章之申報及公告規定。",
    ),
    ("p", "嘉匯融資有限公司為本公司有關收購事項之財務顧問。嘉匯融資有限公司與智衛科技並無任何關係。"),
    ("h", "釋義"),
    (
        "table",
        [
            ["「本公司」", "華鎧防務控股有限公司"],
            ["「買方」", "華鎧科技投資有限公司，本公司之全資附屬公司"],
            ["「賣方」", "寧遠資本有限公司"],
            ["「目標公司」", "智衛科技有限公司"],
        ],
        [40, 130],
    ),
    ("p", "承董事會命　華鎧防務控股有限公司　主席　鄧卓謙"),
    (
        "small",
        "香港，2025年11月20日。"
        "於本公告日期，董事會包括執行董事鄧卓謙先生及麥穎芝女士，以及獨立非執行董事鍾啟明先生、區寶琳女士及羅志恒先生。",
    ),
]


def main():
    english_pdf(HALVARD, "Halvard Defence Technologies plc - Annual Report 2025", "02_Halvard_annual_report.pdf")
    tmpdir = tempfile.mkdtemp(prefix="cjk_font_")
    try:
        sc_font = os.path.join(tmpdir, "NotoSansCJKsc-subset.ttf")
        tc_font = os.path.join(tmpdir, "NotoSansCJKtc-subset.ttf")
        make_cjk_ttf(FACE_SC, block_text(SHENDUN) + "深盾智能公告第页", sc_font)
        make_cjk_ttf(FACE_TC, block_text(HUAKAI) + "華鎧防務公告第頁", tc_font)
        chinese_pdf(SHENDUN, "深盾智能 2025-047", "04_Shendun_公告.pdf", sc_font)
        chinese_pdf(HUAKAI, "華鎧防務 須予披露交易", "05_Huakai_須予披露交易.pdf", tc_font)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
