"""Build the two PDF documents of this evaluation set with fpdf2.

    /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces by fpdf2. Chinese text
uses the Simplified Chinese face of Noto Sans CJK; the face is extracted from
the .ttc collection with fontTools, subset to the characters used, converted
from CFF to TrueType outlines (cu2qu) in a temporary directory, and that
directory is removed afterwards. Chinese lines are broken only after "。".
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
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

# ---------------------------------------------------------------------------
# Document content. Each page is a list of (style, text) blocks:
#   "title", "h" (heading), "p" (paragraph), "small" (fine print)
# ---------------------------------------------------------------------------

LUMENROOF_PAGES = [
    [
        ("small", "Lumenroof Holdings plc | Annual Report and Accounts 2025 | Strategic report"),
        ("title", "Lumenroof Holdings plc"),
        ("h", "Annual Report and Accounts for the year ended 31 December 2025 (extract)"),
        ("h", "Chair's statement"),
        ("p", "2025 was the year in which Lumenroof stopped being a retrofit contractor with software "
              "and became a software company with a retrofit business. Group revenue rose 27% to "
              "US$214.6 million, and recurring software revenue, which we report as BuildingOS annual "
              "recurring revenue, reached US$71.3 million at the year end."),
        ("p", "Our AI layer, BuildingOS, now optimises heating, cooling and leak detection in more "
              "than 9,400 buildings across North America, the United Kingdom and Asia. The models "
              "learn each building's thermal behaviour from sensor data and adjust set points every "
              "five minutes, which is where the energy savings our customers report come from."),
        ("p", "Our largest North American contract remains the retrofit programme for Keystone "
              "Residential REIT, under which we are installing smart thermostats and leak detection "
              "across 252 communities for US$18.5 million. By 31 December, 212 communities had been "
              "completed and were reporting utility savings of around 11% against their baseline."),
        ("p", "A tender from Ashford Lane Residential in which Lumenroof and Simplex BMS were both "
              "shortlisted was withdrawn in September 2025. The Group's principal competitors in "
              "building automation include Verdant Controls and Simplex BMS, both of which are "
              "significantly larger than Lumenroof."),
        ("p", "Elena Marsh, Chair, 3 March 2026"),
    ],
    [
        ("small", "Lumenroof Holdings plc | Annual Report and Accounts 2025 | Strategic report"),
        ("h", "Strategic investments and alliances"),
        ("p", "Asia is where the world's new building stock is being built, and we want BuildingOS "
              "inside the hardware that goes into it. In March 2025 the Group subscribed for "
              "32,000,000 new ordinary shares in Taiyu Smart Building Co., Ltd. (TPEx: 6791) in a "
              "private placement for NT$1,536 million (US$48.0 million). At 31 December 2025 the "
              "Group held 19.9% of the issued share capital of Taiyu, which is accounted for as an "
              "associate using the equity method."),
        ("p", "Taiyu designs edge controllers for commercial and residential towers in Taiwan and "
              "mainland China. The Group has one seat on Taiyu's eight-member board, held by our "
              "Chief Technology Officer, Dr. Wen-Li Chou."),
        ("p", "Hongshuo Sensing Technology Co., Ltd. licenses BuildingOS Edge for embedding in its "
              "occupancy and air-quality sensors, paying Lumenroof a per-device royalty; royalty "
              "income in 2025 was US$3.1 million. Hongshuo is a separate company from Taiyu, and "
              "the Group holds no equity in Hongshuo."),
        ("p", "Lumenroof and Tessellate Cloud formed a strategic alliance in May 2025 to co-sell an "
              "integrated energy-analytics offering to commercial landlords; each party bears its own "
              "costs and no payments are made between the two companies under the alliance."),
        ("h", "Principal risks"),
        ("p", "Customer concentration: our five largest customers accounted for 38% of revenue. "
              "Supply chain: controllers and sensors are sourced from a small number of Asian "
              "manufacturers. Technology: the Group's models depend on continued access to "
              "building data under customer contracts. Currency: a material part of the Group's "
              "investment portfolio is denominated in New Taiwan dollars."),
    ],
    [
        ("small", "Lumenroof Holdings plc | Annual Report and Accounts 2025 | Financial statements"),
        ("h", "Note 18. Borrowings"),
        ("p", "In July 2025 the Group entered into a US$75 million revolving credit facility with "
              "Halvard Capital, maturing in July 2029. Interest is charged at SOFR plus 2.40%. At 31 "
              "December 2025 US$32.0 million was drawn (2024: nil). The facility is subject to "
              "leverage and interest-cover covenants, with which the Group complied throughout the "
              "year."),
        ("h", "Note 27. Subsidiaries and associates"),
        ("p", "Lumenroof Energy Services Limited, a wholly owned subsidiary incorporated in England "
              "and Wales, holds the Group's energy-performance contracts in the United Kingdom. "
              "The Group's only associate is Taiyu Smart Building Co., Ltd., described in the "
              "strategic report."),
        ("h", "Auditor"),
        ("p", "Ashcombe Wyatt LLP has expressed its willingness to continue in office as auditor of "
              "Lumenroof Holdings plc, and a resolution to reappoint it will be proposed at the "
              "Annual General Meeting on 14 May 2026."),
        ("small", "Forward-looking statements: this report contains certain forward-looking "
                  "statements with respect to the financial condition, results and business of the "
                  "Group. By their nature these statements involve risk and uncertainty because they "
                  "relate to events and depend on circumstances that will occur in the future. "
                  "Nothing in this report should be construed as a profit forecast."),
    ],
]

HUAXIA_PAGES = [
    [
        ("small", "证券代码：301677　　证券简称：华厦智居　　公告编号：2025-068"),
        ("title", "华厦智居科技股份有限公司"),
        ("h", "关于签订日常经营重大合同暨全资子公司对外投资的公告"),
        ("small", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "一、合同签订概况"),
        ("p", "为满足公司AI物业管理大模型“筑脑”的训练及推理需求，公司拟扩充智算资源。"
              "公司于2025年11月10日与深蓝算力科技有限公司（以下简称“深蓝算力”）签订《智算服务框架合同》。"
              "根据合同约定，深蓝算力向公司提供GPU智算集群租赁及模型训练服务，合同总金额为人民币3.80亿元，服务期三年。"),
        ("p", "同日，公司与京鸿物业服务集团有限公司（以下简称“京鸿物业”）签订《AI物业管理平台授权及实施合同》。"
              "公司向京鸿物业提供“筑脑”AI物业管理平台授权及实施服务，合同金额为人民币1.26亿元。"
              "该平台将覆盖京鸿物业在管的412个住宅及商业项目。"),
        ("p", "公司与京鸿物业同时签署了《战略合作框架协议》，双方将在社区智能安防、能耗管理等领域开展联合研发。"
              "该框架协议为双方合作意愿的原则性约定，不涉及具体交易金额。"),
        ("p", "此外，公司向台裕智慧建筑股份有限公司（以下简称“台裕智慧”）采购边缘楼宇控制器约2.4万台，采购金额约为人民币5,600万元。"
              "上述控制器将预装“筑脑”边缘推理模块后交付项目使用。"),
        ("h", "二、全资子公司对外投资情况"),
        ("p", "华厦云图（杭州）数据有限公司（以下简称“华厦云图”）为公司全资子公司。"
              "华厦云图以自有资金人民币6,000万元认购杭州筑识科技有限公司（以下简称“筑识科技”）新增注册资本。"
              "本次增资完成后，华厦云图持有筑识科技12.00%的股权。"
              "筑识科技主要从事建筑图纸智能识别及工程量AI算量业务。"),
        ("p", "根据《深圳证券交易所创业板股票上市规则》及《公司章程》的相关规定，本次交易在董事会审批权限范围内，无需提交股东大会审议。"
              "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ],
    [
        ("h", "三、交易对方基本情况"),
        ("p", "深蓝算力成立于2019年，注册资本人民币8亿元，主营智算中心建设与运营。"
              "京鸿物业为香港联合交易所主板上市公司，股份代号2898。"
              "台裕智慧为台湾证券柜台买卖中心上柜公司，代号6791。"
              "上述交易对方与公司及公司前十名股东在产权、业务、资产、债权债务、人员等方面均不存在关联关系。"),
        ("p", "截至本公告披露日，宁远资本管理有限公司持有公司8.20%股份，为公司持股5%以上股东。"
              "宁远资本管理有限公司未参与本次任何交易。"),
        ("h", "四、对公司的影响"),
        ("p", "上述合同的签订有利于公司AI物业管理平台在大型物业服务企业中的规模化落地。"
              "公司主要竞争对手包括万睿物联科技有限公司和智链云居科技有限公司，本次合作有助于巩固公司在智慧物业领域的竞争地位。"
              "合同的履行预计将对公司2026年度及以后年度的经营业绩产生积极影响。"),
        ("p", "近日有媒体报道公司拟收购京鸿物业旗下智慧社区业务。"
              "经核实，公司目前未与京鸿物业就任何股权收购事项进行商谈，敬请投资者以公司公告为准。"),
        ("h", "五、风险提示"),
        ("p", "合同履行过程中可能存在因市场环境变化、技术迭代或不可抗力等因素导致合同无法如期或全部履行的风险。"
              "筑识科技尚处于发展初期，未来经营情况存在不确定性，华厦云图可能面临投资收益不及预期的风险。"
              "北京君衡律师事务所已就本次对外投资出具法律意见书。"
              "敬请广大投资者理性投资，注意投资风险。"),
        ("h", "六、备查文件"),
        ("p", "1、第三届董事会第十九次会议决议。"
              "2、《智算服务框架合同》《AI物业管理平台授权及实施合同》《战略合作框架协议》。"
              "3、华厦云图与筑识科技签订的《增资协议》。"),
        ("p", "特此公告。"),
        ("p", "华厦智居科技股份有限公司董事会　2025年11月11日"),
    ],
]

# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------


def cff_to_truetype(font):
    """Replace the CFF outlines of an OpenType font with quadratic glyf outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        width = hmtx.metrics[name][0]
        hmtx.metrics[name] = (width, getattr(glyph, "xMin", 0))

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.compile(font)

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, workdir):
    """Extract one face of the Noto Sans CJK collection as a subset .ttf."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    options = Options()
    options.desubroutinize = True
    options.hinting = False
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(workdir, f"NotoSansCJK-{face_index}.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

STYLE = {  # style -> (size, bold, line height)
    "title": (15, True, 8),
    "h": (11.5, True, 6.5),
    "p": (9.5, False, 5),
    "small": (7.5, False, 4),
}
# Chinese body text is set slightly smaller so that each sentence fits one line.
STYLE_CJK = dict(STYLE, p=(8.5, False, 5))


def new_pdf(margin):
    pdf = FPDF(format="A4")
    pdf.set_margins(margin, 15, margin)
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def chinese_lines(pdf, text):
    """Pack whole sentences into lines; a line may only end after '。'."""
    sentences = [s for s in re.split(r"(?<=。)", text) if s]
    lines, current = [], ""
    for sentence in sentences:
        if pdf.get_string_width(sentence) > pdf.epw:
            raise ValueError(f"sentence too long for one line: {sentence}")
        if current and pdf.get_string_width(current + sentence) > pdf.epw:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def render(pages, out_name, family, chinese=False):
    pdf = new_pdf(margin=12 if chinese else 18)
    if chinese:
        pdf.add_font(family, "", FONT_PATHS[family])
        pdf.add_font(family, "B", FONT_PATHS[family])
    for page in pages:
        pdf.add_page()
        for style, text in page:
            size, bold, height = (STYLE_CJK if chinese else STYLE)[style]
            pdf.set_font(family, "B" if bold else "", size)
            if style in ("h", "title"):
                pdf.ln(2)
            if chinese:
                for line in chinese_lines(pdf, text):
                    pdf.cell(pdf.epw, height, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(pdf.epw, height, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        if pdf.page_no() != pages.index(page) + 1:
            raise ValueError(f"{out_name}: page {pages.index(page) + 1} overflowed")
    pdf.output(os.path.join(HERE, out_name))


FONT_PATHS = {}


def main():
    workdir = tempfile.mkdtemp(prefix="cjk_font_")
    try:
        used = "".join(text for page in HUAXIA_PAGES for _, text in page)
        FONT_PATHS["NotoSC"] = make_cjk_font(CJK_SC_INDEX, used, workdir)
        render(LUMENROOF_PAGES, "04_Lumenroof_annual_report.pdf", "Helvetica")
        render(HUAXIA_PAGES, "05_Huaxia_announcement.pdf", "NotoSC", chinese=True)
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
