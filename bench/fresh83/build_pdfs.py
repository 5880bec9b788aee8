"""Build the three PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 03_Halvard_annual_report.pdf   English, Helvetica
- 04_Shenglang_announcement.pdf  Simplified Chinese, Noto Sans CJK SC
- 05_Xinglan_HKEX_announcement.pdf Traditional Chinese, Noto Sans CJK TC

fpdf2 cannot read the Noto .ttc collection, and its CFF outlines do not extract
cleanly, so the needed face is subset to the characters used, converted to
TrueType (quadratic) outlines with fontTools' cu2qu, and saved in a temporary
directory that is removed at the end.

Line breaking: English paragraphs wrap at spaces only (fpdf2 multi_cell);
Chinese paragraphs are packed sentence by sentence and break only after "。",
so every sentence sits on one line (a sentence wider than the line is set
in a slightly smaller size).
"""

import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
NOTO_CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC, FACE_TC = 2, 3

# Each document is a list of blocks:
#   ("title", text) ("h", text) ("p", text) ("small", text)
#   ("table", widths_in_mm, rows)  ("break",)

HALVARD = [
    ("title", "Halvard Music Publishing Group plc"),
    ("small", "Annual Report and Accounts 2024 (extracts) | LSE: HMPG | Registered in England and Wales No. 04417263"),
    ("h", "Chief Executive's review"),
    (
        "p",
        "2024 was the year in which artificial intelligence moved from a threat we litigated against to a market we "
        "license into. Group revenue rose 9% to GBP 412.6 million, and digital income now accounts for 58% of the "
        "total. Our songwriters were paid GBP 247.9 million in royalties, a record for the Group.",
    ),
    (
        "p",
        "Streaming remains the engine of the business. Licence income from Cadenza Streaming Corporation, our largest "
        "digital licensee, rose 14% to GBP 61.3 million, and in January 2025 we renewed our catalogue licence with "
        "Cadenza for a further three years on improved terms that include, for the first time, a separate rate for "
        "AI-assisted remix features. Writers may opt out of those features at any time.",
    ),
    (
        "p",
        "Outside North America, Meridian Rights Exchange Ltd provides royalty administration, matching and "
        "distribution services for the Group's catalogue, and fees paid to Meridian in the year amounted to "
        "GBP 4.2 million. Moving this work to Meridian in 2023 has cut the average time from usage to payment "
        "from eleven months to five.",
    ),
    (
        "p",
        "Asia is our fastest-growing region. In Greater China, Xinglan Media Holdings Limited sub-publishes our "
        "catalogue under a five-year agreement signed in June 2024, for which it paid an advance of US$18 million. "
        "Closer to home, Papyrus Audio Ltd licenses production music from our Halvard Library imprint for its "
        "audiobook and podcast productions, one of a growing number of spoken-word customers.",
    ),
    ("h", "Our approach to AI"),
    (
        "p",
        "We believe generative music will be built either with the consent of songwriters or in spite of them, and "
        "we intend to make sure it is the former. Our position has three parts: no training on our works without a "
        "licence; attribution and payment for every licensed use; and an opt-out for every writer.",
    ),
    (
        "p",
        "We have chosen partners that share that view. Alongside our investment, Halvard and Tunewright entered into "
        "a strategic partnership to build a consent-based training dataset from which opted-in writers are paid. "
        "Unlike Auralis Music and other developers that have sought to rely on text-and-data-mining exceptions, "
        "Tunewright licenses every work it trains on.",
    ),
    (
        "p",
        "We are not a party to the proceedings brought by Brightwater Records against Tunewright in New York, and "
        "the Board does not expect the outcome to affect the Group.",
    ),
    ("break",),
    ("h", "Principal licensees by revenue"),
    (
        "table",
        (70, 45, 30, 30),
        [
            ("Licensee", "Category", "2024 GBPm", "2023 GBPm"),
            ("Cadenza Streaming Corporation", "Digital streaming", "61.3", "53.8"),
            ("Xinglan Media Holdings Limited", "Sub-publishing", "11.9", "-"),
            ("Papyrus Audio Ltd", "Production music", "3.4", "2.1"),
            ("Other licensees", "Various", "335.9", "322.6"),
        ],
    ),
    (
        "p",
        "The table shows licence revenue recognised by the Group. Amounts received as advances are recognised over "
        "the period of the related agreement.",
    ),
    ("h", "Peer comparison"),
    (
        "p",
        "The Remuneration Committee benchmarks total shareholder return against a peer group of listed music-rights "
        "owners. For 2024 the peer group comprised Brightwater Records, Stellan Music Rights and Auralis Music; "
        "Halvard ranked second of the four on three-year total shareholder return.",
    ),
    ("h", "Note 16. Investments held at fair value"),
    (
        "p",
        "On 11 March 2025, after the reporting date, the Group invested US$25 million in Tunewright AI, Inc. as part "
        "of that company's Series C financing led by Orrin Capital Partners. Following completion, the Group holds "
        "6.1% of Tunewright's fully diluted share capital and has the right to appoint a board observer. The "
        "investment will be measured at fair value through other comprehensive income.",
    ),
    (
        "p",
        "The Group's other unlisted investments comprise minority interests in two music-technology companies with "
        "a combined carrying value of GBP 7.8 million at 31 December 2024 (2023: GBP 6.9 million).",
    ),
    ("h", "Note 28. Related party transactions"),
    (
        "p",
        "There were no transactions with related parties during the year other than the remuneration of key "
        "management personnel disclosed in the Directors' remuneration report. Tunewright AI, Inc. is not a related "
        "party of the Group, because the Group's interest does not confer significant influence.",
    ),
    ("h", "Independent auditor"),
    (
        "p",
        "Pemberton & Clyde LLP has audited the Group's financial statements for 2024. The Audit Committee noted that "
        "Pemberton & Clyde LLP also audits Meridian Rights Exchange Ltd and concluded that this did not impair the "
        "auditor's independence.",
    ),
    ("break",),
    ("h", "Cautionary statement"),
    (
        "p",
        "This Annual Report contains certain forward-looking statements with respect to the financial condition, "
        "results, operations and businesses of Halvard Music Publishing Group plc. These statements involve risk "
        "and uncertainty because they relate to events and depend upon circumstances that will occur in the future. "
        "There are a number of factors that could cause actual results or developments to differ materially from "
        "those expressed or implied by these forward-looking statements, including changes in copyright law, the "
        "pace of adoption of licensed AI services and movements in exchange rates. Nothing in this Annual Report "
        "should be construed as a profit forecast.",
    ),
    ("p", "The Strategic Report was approved by the Board of Directors on 8 April 2025 and signed on its behalf by:"),
    ("p", "Isobel Ferrante, Group Chief Executive"),
    ("p", "Halvard Music Publishing Group plc, 14 Lavington Street, London SE1 0NZ"),
]

SHENGLANG = [
    ("small", "证券代码：688473　　证券简称：声浪智能　　公告编号：2025-014"),
    ("title", "声浪智能科技股份有限公司"),
    ("title", "关于签订日常经营重大合同及对外投资暨关联交易的公告"),
    (
        "small",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。",
    ),
    ("h", "重要内容提示："),
    (
        "p",
        "●合同类型及金额：公司向云律音乐提供AI音乐生成引擎授权及技术服务，合同总金额为人民币18,600万元（含税）。"
        "●对外投资：公司拟以自有资金人民币6,000万元认购华音版权代理（北京）有限公司新增注册资本。"
        "●本次交易构成关联交易，但不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
        "●本次交易已经公司第三届董事会第十一次会议审议通过，尚需提交股东大会审议。",
    ),
    ("h", "一、合同签订的基本情况"),
    (
        "p",
        "2025年3月20日，声浪智能科技股份有限公司（以下简称“公司”或“声浪智能”）召开第三届董事会第十一次会议。会议审议通过了与云律音乐科技（深圳）有限公司（以下简称“云律音乐”）签订合同的议案。同日，公司与云律音乐签订《AI音乐生成引擎授权及技术服务合同》。"
        "根据合同约定，公司向云律音乐授权使用“声浪·作曲”大模型，并提供模型微调、部署及运维服务，合同总金额为人民币18,600万元（含税）。"
        "合同期限为三年，自2025年4月1日起至2028年3月31日止。",
    ),
    ("h", "二、交易对方的基本情况"),
    (
        "p",
        "云律音乐成立于2017年，注册资本人民币5亿元，法定代表人为周启航，主营数字音乐流媒体及版权运营业务。"
        "云律音乐为星澜传媒控股有限公司（香港联交所上市公司，股份代号02938）的控股子公司。"
        "公司持股5%以上股东为上海金桥数智创业投资合伙企业（有限合伙）（以下简称“金桥数智”）。金桥数智持有云律音乐20%股权，并委派董事在云律音乐任职。根据《上海证券交易所科创板股票上市规则》，云律音乐为公司关联法人。"
        "截至本公告日，金桥数智持有公司31.6%的股份。",
    ),
    ("h", "三、合同的主要条款"),
    (
        "table",
        (50, 124),
        [
            ("项目", "主要内容"),
            ("合同金额", "人民币18,600万元（含税）"),
            ("付款方式", "按季度结算，验收后30日内支付"),
            ("服务内容", "模型授权、微调、部署及运维"),
            ("违约责任", "按合同金额的0.05%/日支付违约金"),
        ],
    ),
    ("h", "四、对外投资情况"),
    (
        "p",
        "为保障训练数据的合法来源，公司拟以自有资金人民币6,000万元对华音版权代理（北京）有限公司（以下简称“华音版权”）进行增资。"
        "增资完成后，公司将持有华音版权15%的股权，华音版权不纳入公司合并报表范围。"
        "华音版权是国内领先的音乐著作权代理机构，代理词曲作品约42万首。"
        "公司已于2024年起向华音版权采购音乐作品训练授权，本次增资有利于双方深化合作。",
    ),
    (
        "table",
        (70, 52, 52),
        [
            ("股东名称", "增资前持股比例", "增资后持股比例"),
            ("北京华音文化发展有限公司", "85.0%", "72.25%"),
            ("天津音合企业管理中心", "15.0%", "12.75%"),
            ("声浪智能科技股份有限公司", "-", "15.0%"),
        ],
    ),
    ("h", "五、履约所需采购安排"),
    (
        "p",
        "为满足云律音乐终端侧实时生成的需求，公司将向乐象数位科技股份有限公司采购边缘AI推理模组，预计采购金额不超过人民币4,200万元。"
        "上述采购为公司日常经营行为，不构成关联交易。",
    ),
    ("h", "六、对上市公司的影响"),
    (
        "p",
        "本合同的履行预计将对公司2025年度至2027年度的经营业绩产生积极影响，但不影响公司业务的独立性。"
        "目前国内AI音乐生成领域竞争激烈，公司与乐脉科技等同行业公司之间不存在任何合作或关联关系。",
    ),
    ("h", "七、风险提示"),
    (
        "p",
        "合同履行过程中可能存在因政策变化、技术迭代或不可抗力等因素导致合同无法全部履行的风险。"
        "生成式人工智能服务的监管要求仍在完善之中，公司将严格履行备案及内容审核义务。"
        "敬请广大投资者注意投资风险。",
    ),
    ("h", "八、保荐机构核查意见"),
    (
        "p",
        "经核查，保荐机构华衡证券股份有限公司认为，本次关联交易已履行必要的审批程序，华衡证券对声浪智能本次关联交易事项无异议。",
    ),
    ("p", "特此公告。"),
    ("sign", "声浪智能科技股份有限公司董事会"),
    ("sign", "2025年3月21日"),
]

XINGLAN = [
    (
        "small",
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失，兩者概不承擔任何責任。",
    ),
    ("title", "星瀾傳媒控股有限公司"),
    ("title", "XINGLAN MEDIA HOLDINGS LIMITED"),
    ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2938）"),
    ("title", "須予披露交易：向非全資附屬公司增資"),
    ("title", "及持續關連交易：AI音樂引擎框架協議"),
    ("h", "增資協議"),
    (
        "p",
        "董事會欣然宣佈，於二零二五年三月二十日，本公司、雲律音樂及金橋數智訂立增資協議。"
        "根據增資協議，本公司同意以現金向雲律音樂注資人民幣4.2億元，用於擴充AI音樂推薦及版權監測業務。"
        "完成後，本公司於雲律音樂的持股將由72.0%增至76.5%，而金橋數智的持股將由20.0%攤薄至17.0%。"
        "雲律音樂於完成前後均為本公司之非全資附屬公司，其財務業績繼續綜合計入本集團賬目。",
    ),
    ("h", "持續關連交易"),
    (
        "p",
        "金橋數智為雲律音樂之主要股東，故為本公司附屬公司層面之關連人士。"
        "聲浪智能科技股份有限公司（上海證券交易所科創板上市，股份代號688473）由金橋數智持有31.6%權益，為金橋數智之聯繫人。"
        "於同日，雲律音樂與聲浪智能訂立框架協議，據此聲浪智能向雲律音樂提供AI音樂生成引擎授權及技術服務。"
        "框架協議項下之交易構成本公司之持續關連交易。",
    ),
    (
        "table",
        (60, 38, 38, 38),
        [
            ("建議年度上限", "2025年", "2026年", "2027年"),
            ("服務費（人民幣百萬元）", "46.0", "62.0", "78.0"),
        ],
    ),
    ("h", "進行交易之理由及裨益"),
    (
        "p",
        "雲律音樂擁有約3,800萬月活躍用戶。"
        "除流媒體業務外，雲律音樂亦向華音版權代理（北京）有限公司提供「聲紋」版權監測服務，年費約人民幣2,800萬元。"
        "本集團亦向樂象數位科技股份有限公司授出卡拉OK曲庫授權，供其AI伴唱機於台灣及東南亞銷售。"
        "此外，本集團自二零二四年六月起根據與Halvard Music Publishing Group plc訂立之次級出版協議，於大中華區代理Halvard之曲目，並已支付預付款1,800萬美元。"
        "董事（包括獨立非執行董事）認為，增資協議及框架協議之條款屬公平合理，並符合本公司及股東之整體利益。",
    ),
    ("break",),
    ("h", "上市規則之涵義"),
    (
        "p",
        "由於增資之一項或多項適用百分比率超過5%但低於25%，增資構成本公司之須予披露交易，須遵守上市規則第14章之申報及公告規定。"
        "由於框架協議之交易乃與附屬公司層面之關連人士按一般商業條款進行，且董事會已批准該等交易，故獲豁免遵守通函、獨立財務意見及股東批准規定。"
        "本公司已委任德衡融資有限公司就框架協議向董事會提供意見，德衡融資與本集團及聲浪智能均無任何業務往來。",
    ),
    ("h", "一般資料"),
    (
        "p",
        "本集團主要從事音樂及影視版權經營、數字音樂流媒體及藝人管理業務。"
        "聲浪智能主要從事AI音樂生成模型之研發及商業化。"
        "市場上與雲律音樂競爭之平台包括樂脈科技旗下之「脈動音樂」，本集團與其並無任何合作關係。",
    ),
    ("h", "釋義"),
    (
        "table",
        (40, 134),
        [
            ("「本公司」", "星瀾傳媒控股有限公司"),
            ("「雲律音樂」", "雲律音樂科技（深圳）有限公司，本公司之非全資附屬公司"),
            ("「金橋數智」", "上海金橋數智創業投資合夥企業（有限合夥）"),
            ("「聲浪智能」", "聲浪智能科技股份有限公司"),
            ("「上市規則」", "香港聯合交易所有限公司證券上市規則"),
        ],
    ),
    ("sign", "承董事會命"),
    ("sign", "星瀾傳媒控股有限公司"),
    ("sign", "主席　林嘉蔚"),
    (
        "p",
        "香港，二零二五年三月二十日。"
        "於本公告日期，董事會包括執行董事林嘉蔚女士及何柏謙先生，非執行董事鄭逸朗先生，以及獨立非執行董事梁慧芝女士、葉啟東先生及羅曉晴女士。",
    ),
]


def cff_to_truetype(font):
    """Replace the CFF outlines of a subset font with TrueType outlines (cu2qu)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxZones = 1
    for field in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def extract_cjk_face(index, blocks, tmpdir):
    """Subset face `index` of the Noto CJK collection to the text of `blocks`; return a .ttf path."""
    text = "".join(str(part) for block in blocks for part in block[1:])
    text += "".join(chr(c) for c in range(0x20, 0x7F))
    font = TTCollection(NOTO_CJK).fonts[index]
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(tmpdir, f"noto_cjk_{index}.ttf")
    font.save(path)
    return path


class Document(FPDF):
    def __init__(self, family, footer_text):
        super().__init__(format="A4")
        self.family = family
        self.footer_text = footer_text
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, size=8)
        self.cell(0, 6, f"{self.footer_text} {self.page_no()}", align="C")


def render_english(pdf, blocks):
    for kind, *rest in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font("Helvetica", size=8)
            pdf.multi_cell(0, 4.5, rest[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind in ("p", "sign"):
            pdf.set_font("Helvetica", size=10)
            pdf.multi_cell(0, 5, rest[0], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            render_table(pdf, "Helvetica", 9, *rest)
        elif kind == "break":
            pdf.add_page()


def split_sentences(text):
    """Split Chinese text after each full stop, keeping the stop."""
    parts = [s + "。" for s in text.split("。")]
    parts[-1] = parts[-1][:-1]
    return [p for p in parts if p]


def write_cjk_paragraph(pdf, family, text, size, height):
    """Pack whole sentences into lines; a line never breaks inside a sentence."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font(family, size=size)
    line = ""
    lines = []
    for sentence in split_sentences(text):
        if line and pdf.get_string_width(line + sentence) > width:
            lines.append(line)
            line = ""
        line += sentence
    if line:
        lines.append(line)
    for line in lines:
        fitted = size
        pdf.set_font(family, size=fitted)
        while pdf.get_string_width(line) > width:
            fitted -= 0.25
            if fitted < 6:
                raise ValueError(f"sentence too long for one line: {line[:30]}")
            pdf.set_font(family, size=fitted)
        pdf.cell(0, height, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=size)


def render_chinese(pdf, family, blocks):
    for kind, *rest in blocks:
        if kind == "title":
            pdf.set_font(family, size=14)
            pdf.cell(0, 9, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            write_cjk_paragraph(pdf, family, rest[0], 8, 5)
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(family, size=11)
            pdf.cell(0, 7, rest[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            write_cjk_paragraph(pdf, family, rest[0], 9.5, 6)
            pdf.ln(2)
        elif kind == "sign":
            pdf.set_font(family, size=10)
            pdf.cell(0, 6, rest[0], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            render_table(pdf, family, 9, *rest)
        elif kind == "break":
            pdf.add_page()


def render_table(pdf, family, size, widths, rows):
    pdf.set_font(family, size=size)
    for i, row in enumerate(rows):
        for width, value in zip(widths, row):
            pdf.cell(width, 6.5, value, border=1, fill=(i == 0))
        pdf.ln(6.5)
    pdf.ln(3)


def build(filename, blocks, family, footer_text, tmpdir=None, face=None):
    pdf = Document(family, footer_text)
    pdf.set_fill_color(230, 230, 230)
    if face is not None:
        pdf.add_font(family, fname=extract_cjk_face(face, blocks, tmpdir))
    pdf.add_page()
    if face is None:
        render_english(pdf, blocks)
    else:
        render_chinese(pdf, family, blocks)
    pdf.output(os.path.join(HERE, filename))


def main():
    tmpdir = tempfile.mkdtemp(prefix="noto_cjk_")
    try:
        build(
            "03_Halvard_annual_report.pdf", HALVARD, "Helvetica", "Halvard Music Publishing Group plc - Annual Report 2024 - page"
        )
        build("04_Shenglang_announcement.pdf", SHENGLANG, "NotoSC", "声浪智能 2025-014 第", tmpdir, FACE_SC)
        build("05_Xinglan_HKEX_announcement.pdf", XINGLAN, "NotoTC", "星瀾傳媒控股有限公司 第", tmpdir, FACE_TC)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
