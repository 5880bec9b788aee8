"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font. Chinese documents use the
Noto Sans CJK face, extracted from the system .ttc collection with fontTools,
subset to the characters the document needs and converted from CFF to
TrueType outlines (cu2qu) in a temporary directory that is removed at the end.

Line breaking: English paragraphs wrap at spaces only; Chinese paragraphs
break only after a full stop (。), so every sentence stays on one line and
extracts cleanly.
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_FACE = {"SC": 2, "TC": 3}


# --------------------------------------------------------------------------
# Font preparation
# --------------------------------------------------------------------------

def cff_to_truetype(font):
    """Replace the CFF outlines of an OpenType font by quadratic glyf outlines."""
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
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]

    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        advance = hmtx[name][0]
        hmtx[name] = (advance, getattr(glyph, "xMin", 0))

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxPoints", "maxContours",
                  "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(glyph_order)

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(tmpdir, variant, text):
    """Write a subset TrueType copy of the Noto Sans CJK face; return its path."""
    face = TTCollection(CJK_TTC).fonts[CJK_FACE[variant]]
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + "0123456789 ")
    subsetter.subset(face)
    cff_to_truetype(face)
    path = os.path.join(tmpdir, f"NotoSansCJK{variant}-subset.ttf")
    face.save(path)
    TTFont(path).close()  # sanity check: the file reads back
    return path


# --------------------------------------------------------------------------
# Layout helpers
# --------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self, footer_text, font_name):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.body_font = font_name
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7.5)
        self.cell(0, 5, f"{self.footer_text}  {self.page_no()}", align="C")


def chinese_lines(pdf, text, size=10, line_h=6.2):
    """Lay out Chinese text one sentence per line (breaks only after 。).

    A sentence wider than the text block is set in a slightly smaller size.
    """
    width = pdf.epw
    for sentence in re.findall(r"[^。]+。?", text):
        fitted = size
        pdf.set_font(pdf.body_font, size=fitted)
        while pdf.get_string_width(sentence) > width:
            fitted -= 0.25
            pdf.set_font(pdf.body_font, size=fitted)
        pdf.cell(width, line_h, sentence, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(pdf, rows, widths, size=9, line_h=6.5):
    pdf.set_font(pdf.body_font, size=size)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=line_h,
                   first_row_as_headings=True,
                   headings_style=FontFace(emphasis="", fill_color=(225, 225, 225))) as tbl:
        for row in rows:
            r = tbl.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(3)


def write_blocks(pdf, blocks, chinese):
    for kind, content in blocks:
        if kind == "title":
            pdf.set_font(pdf.body_font, size=15)
            pdf.multi_cell(0, 9, content, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "center":
            pdf.set_font(pdf.body_font, size=10)
            pdf.multi_cell(0, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(pdf.body_font, size=11.5)
            pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            if chinese:
                chinese_lines(pdf, content)
            else:
                pdf.set_font(pdf.body_font, size=10)
                pdf.multi_cell(0, 5.4, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
        elif kind == "line":
            pdf.set_font(pdf.body_font, size=10)
            pdf.cell(0, 6.2, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            rows, widths = content
            table(pdf, rows, widths)
        elif kind == "break":
            pdf.add_page()


# --------------------------------------------------------------------------
# 01  Qinglan Brewery - A-share announcement (Simplified Chinese)
# --------------------------------------------------------------------------

QINGLAN = [
    ("line", "证券代码：603817　　证券简称：青岚啤酒　　公告编号：2025-031"),
    ("title", "青岚啤酒股份有限公司\n关于对外投资暨签署智能酿造系统采购协议的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
          "并对其内容的真实性、准确性和完整性承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "投资标的名称：杭州酿智科技有限公司（以下简称“酿智科技”或“标的公司”）。"
          "投资金额：公司拟以自有资金人民币12,000万元认购标的公司新增注册资本。"
          "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
          "本次交易已经公司董事会审议通过，无需提交股东大会审议。"),
    ("h", "一、对外投资概述"),
    ("p", "为推进酿造环节的数字化与智能化转型，公司于2025年6月18日召开第五届董事会第十二次会议。"
          "会议审议通过了《关于对外投资的议案》，同意公司参与酿智科技本轮增资。"
          "公司以人民币12,000万元认购酿智科技新增注册资本1,875万元，增资完成后持有其15.00%的股权。"
          "华禾创投作为本轮跟投方，拟以人民币4,000万元认购酿智科技新增注册资本625万元。"
          "本轮增资完成后，酿智科技的注册资本将由10,000万元增加至12,500万元。"),
    ("h", "二、其他投资方基本情况"),
    ("p", "名称：华禾创业投资（深圳）有限公司（以下简称“华禾创投”）。"
          "企业类型：有限责任公司；法定代表人：周子航；注册资本：人民币50,000万元。"
          "主营业务：创业投资业务、创业投资咨询业务。"
          "华禾创投与公司及公司控股股东、实际控制人、董事、监事、高级管理人员之间不存在关联关系。"),
    ("h", "三、投资标的基本情况"),
    ("p", "名称：杭州酿智科技有限公司；成立日期：2020年9月7日；法定代表人：陈砚秋。"
          "注册地址：浙江省杭州市余杭区文一西路998号。"
          "主营业务：面向啤酒及饮料行业的人工智能发酵控制系统与视觉质检设备的研发与销售。"
          "酿智科技的模型训练及推理所需算力主要由云算科技（北京）有限公司提供，双方签订了为期三年的GPU云服务协议。"
          "国内同类企业中，北麦啤酒股份有限公司亦在自建发酵模型团队，但其与酿智科技之间不存在业务往来。"),
    ("p", "本次增资前后，标的公司股权结构如下："),
    ("table", ([["股东名称", "增资前出资额（万元）", "增资前持股比例", "增资后持股比例"],
                ["陈砚秋", "5,800", "58.00%", "46.40%"],
                ["杭州酿智企业管理合伙企业（有限合伙）", "2,700", "27.00%", "21.60%"],
                ["其他现有股东", "1,500", "15.00%", "12.00%"],
                ["青岚啤酒股份有限公司", "-", "-", "15.00%"],
                ["华禾创业投资（深圳）有限公司", "-", "-", "5.00%"],
                ["合计", "10,000", "100.00%", "100.00%"]], (70, 38, 33, 33))),
    ("p", "标的公司最近一年又一期的主要财务数据如下（2024年度数据经审计）。"
          "截至2024年12月31日，资产总额8,642万元，净资产6,105万元。"
          "2024年度实现营业收入5,318万元，净利润-1,276万元。"),
    ("h", "四、增资协议的主要内容"),
    ("p", "1.增资款分两期支付：协议生效后十个工作日内支付60%，工商变更登记完成后十个工作日内支付剩余40%。"
          "2.增资完成后，标的公司董事会由五名董事组成，公司有权提名一名董事。"
          "3.标的公司承诺增资款项主要用于发酵模型研发、算力采购及市场拓展，不得用于偿还股东借款。"
          "4.任何一方违反协议约定的，应赔偿守约方因此遭受的全部损失。"),
    ("h", "五、同步签署的采购协议"),
    ("p", "同日，公司全资子公司青岚啤酒（福建）有限公司与酿智科技签署《智能发酵控制系统采购协议》。"
          "根据该协议，酿智科技向福建青岚提供覆盖12条生产线的智能发酵控制系统及三年运维服务，合同总价为人民币3,860万元（含税）。"
          "此外，公司与酿智科技将共同设立“啤酒智能酿造联合实验室”，在酵母菌株数据、口味预测模型等方面开展合作。"),
    ("h", "六、对上市公司的影响"),
    ("p", "本次投资有利于公司将人工智能技术应用于发酵控制、质量检测和排产计划，提升产品口味稳定性。"
          "在渠道端，公司已向鲜途到家自营前置仓直接供货，2024年度相关销售额同比增长43%。"
          "公司将把酿造端的智能化与即时零售渠道的需求数据相结合，进一步提高排产与库存周转效率。"
          "本次投资资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大不利影响。"),
    ("h", "七、风险提示"),
    ("p", "标的公司所处行业技术迭代较快，未来经营情况存在不确定性，公司存在投资收益不及预期的风险。"
          "公司将密切关注标的公司的经营管理状况，积极防范和应对相关风险。"
          "敬请广大投资者谨慎决策，注意投资风险。"),
    ("p", "特此公告。"),
    ("line", "青岚啤酒股份有限公司董事会"),
    ("line", "2025年6月19日"),
]


# --------------------------------------------------------------------------
# 05  Hallbrunn Brauerei AG - annual report excerpt (English)
# --------------------------------------------------------------------------

HALLBRUNN = [
    ("title", "Hallbrunn Brauerei AG\nAnnual Report 2024 (excerpt)"),
    ("center", "Combined Management Report of Hallbrunn Brauerei AG and the Hallbrunn Group"),
    ("h", "1 Fundamentals of the Group"),
    ("h", "1.1 Business model"),
    ("p", "Hallbrunn Brauerei AG, headquartered in Freising, Bavaria, is the parent company of the Hallbrunn "
          "Group. The Group brews, bottles and distributes beer, alcohol-free beer and malt-based soft drinks "
          "under the Hallbrunn, Isarquell and Kloster Weidenau brands. In the 2024 financial year the Group sold "
          "6.1 million hectolitres (2023: 5.8 million hectolitres) in 41 countries and generated revenue of "
          "EUR 1,284.7 million. Around 62% of volume is sold in Germany; our most important export markets are "
          "Italy, France and Southeast Asia."),
    ("h", "1.2 Group structure"),
    ("p", "The consolidated financial statements include Hallbrunn Brauerei AG and 17 subsidiaries. "
          "Hallbrunn Ventures GmbH, a wholly owned subsidiary of Hallbrunn Brauerei AG, holds the Group's "
          "minority investments in food and beverage technology companies. Associates are accounted for using "
          "the equity method."),
    ("h", "1.3 Digitalisation and artificial intelligence"),
    ("p", "Our digital agenda focuses on three areas: forecasting, brewing and route-to-market. "
          "Since 2023, Tablesense B.V. has supplied the AI-based demand-sensing platform that we use to plan "
          "brewing volumes, packaging runs and keg logistics across our three breweries. The platform combines "
          "our order history with weather, event and delivery-platform data and has reduced forecast error at "
          "SKU level by 23 percentage points. Hallbrunn holds no shares in Tablesense; the relationship is "
          "purely a software licence."),
    ("p", "In the brewhouse, we tested sensor-based fermentation monitoring at our Freising site during 2024. "
          "On 12 March 2025, Hallbrunn Brauerei AG signed an agreement to acquire all shares in Brewbot ApS, "
          "Copenhagen, for an enterprise value of EUR 52 million. Completion is expected in the third quarter "
          "of 2025, subject to merger control clearance."),
    ("h", "2 Economic report"),
    ("h", "2.1 Market and competitive environment"),
    ("p", "The German beer market contracted by 1.9% in 2024. Competition remained intense, in particular "
          "in the premium segment, where Sankt Aldric Brau AG and Dunmore Breweries plc increased promotional "
          "spending. Our licence discussions with Qinglan Brewery in China were discontinued in 2024 without an "
          "agreement being reached."),
    ("h", "2.2 Significant events in the financial year"),
    ("p", "France: In 2024, Forkline SAS, which operates dark kitchens and drinks-delivery hubs in Paris, Lyon "
          "and Lille, became our largest home-delivery customer in France, buying Hallbrunn and Isarquell "
          "products directly from us for its 38 hubs. Volumes sold to Forkline more than doubled year on year."),
    ("p", "Southeast Asia: In June 2024, Hallbrunn subscribed for new shares in Siam Malt Brewing Public "
          "Company Limited for THB 1.85 billion, increasing our shareholding from 24.9% to 35.0%. Siam Malt "
          "brews and distributes beer in Thailand and Malaysia and continues to be accounted for using the "
          "equity method. Our share of its result amounted to EUR 6.4 million (2023: EUR 4.1 million)."),
    ("p", "Venture investments: In January 2025, the Executive Board approved a commitment of EUR 20 million "
          "as a limited partner in Nordvik Food Tech Fund II, a venture fund managed by Nordvik Capital AB. "
          "In February 2025, Hallbrunn Ventures committed EUR 5.0 million to the Series A financing round of "
          "Ofenwerk Robotics GmbH, a Munich developer of automated frying and griddle systems."),
    ("h", "2.3 Financial position"),
    ("p", "In November 2024 we refinanced our revolving credit facility. Corvanta Bank AG provides the "
          "EUR 250 million ESG-linked revolving credit facility on a bilateral basis; the facility matures in "
          "2029 and its margin is linked to water-use and CO2 targets. As at 31 December 2024 the facility "
          "was undrawn."),
    ("table", ([["EUR million", "2024", "2023", "Change"],
                ["Revenue", "1,284.7", "1,201.3", "6.9%"],
                ["EBITDA", "178.2", "160.5", "11.0%"],
                ["EBIT", "96.4", "84.7", "13.8%"],
                ["Net financial debt", "211.9", "248.3", "-14.7%"],
                ["Capital expenditure", "88.1", "92.6", "-4.9%"]], (70, 35, 35, 34))),
    ("h", "3 Opportunities and risks"),
    ("p", "Key risks include raw material prices (malt, hops, energy, glass), changes in consumer behaviour "
          "and the concentration of German food retail. Our dependence on individual IT providers is a further "
          "risk; we mitigate it through contractual exit rights and data portability clauses. "
          "Like other brewers, including Sankt Aldric Brau AG, we are a defendant in a class action brought by "
          "a consumer association concerning alcohol-free labelling; we consider the claim unfounded."),
    ("h", "4 Forward-looking statements"),
    ("p", "This report contains forward-looking statements based on the current assessments of the Executive "
          "Board. Such statements are subject to risks and uncertainties that are beyond Hallbrunn's ability "
          "to control or estimate precisely. Hallbrunn does not intend to update these forward-looking "
          "statements."),
    ("h", "Independent auditor"),
    ("p", "Brandt Wexler GmbH Wirtschaftsprufungsgesellschaft, Munich, audited the consolidated financial "
          "statements and the combined management report of Hallbrunn Brauerei AG for the 2024 financial "
          "year and issued an unqualified opinion."),
    ("line", "Freising, 20 March 2025"),
    ("line", "Hallbrunn Brauerei AG - The Executive Board"),
]


def build_chinese(tmpdir, filename, blocks, variant, footer):
    text = "".join(c if isinstance(c, str) else str(c) for _, c in blocks)
    font_path = make_cjk_font(tmpdir, variant, text)
    pdf = Doc(footer, "NotoCJK")
    pdf.add_font("NotoCJK", "", font_path)
    pdf.add_page()
    write_blocks(pdf, blocks, chinese=True)
    pdf.output(os.path.join(HERE, filename))


def build_english(filename, blocks, footer):
    pdf = Doc(footer, "Helvetica")
    pdf.add_page()
    write_blocks(pdf, blocks, chinese=False)
    pdf.output(os.path.join(HERE, filename))


def main():
    tmpdir = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        build_chinese(tmpdir, "01_Qinglan_Ashare_announcement.pdf", QINGLAN, "SC",
                      "青岚啤酒股份有限公司 公告编号：2025-031")
        build_english("05_Hallbrunn_annual_report.pdf", HALLBRUNN,
                      "Hallbrunn Brauerei AG - Annual Report 2024")
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
