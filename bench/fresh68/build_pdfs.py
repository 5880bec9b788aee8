"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses the core Helvetica font and is wrapped by fpdf2 at spaces.
Chinese text uses Noto Sans CJK SC, extracted from the system .ttc collection,
subset to the characters used, converted from CFF to TrueType outlines and
written to a temporary directory that is removed afterwards. Chinese lines are
broken only after the full stop so that sentences extract in one piece.
"""
import os
import re
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2

STREAMWELL = [
    ("title", "Streamwell Entertainment, Inc. (NYSE: STWL)"),
    ("subtitle", "Third Quarter 2025 Letter to Shareholders - October 21, 2025"),
    ("p", "Dear shareholders,"),
    ("p", "Streamwell ended the third quarter with 96.4 million paid memberships, adding 3.4 million in the "
          "quarter, our best third quarter since 2021. Revenue grew 15% year over year to $3.30 billion and "
          "operating margin expanded to 20.1%. The ad-supported tier accounted for 51% of sign-ups in markets "
          "where it is offered, and advertising revenue more than doubled from a year ago, albeit from a "
          "small base."),
    ("table", [
        ["Key metrics", "Q3 2024", "Q2 2025", "Q3 2025"],
        ["Paid memberships (millions)", "84.1", "93.0", "96.4"],
        ["Revenue ($ millions)", "2,874", "3,190", "3,302"],
        ["Operating margin", "17.2%", "19.5%", "20.1%"],
        ["Ad-tier share of sign-ups", "38%", "47%", "51%"],
        ["Free cash flow ($ millions)", "212", "305", "288"],
    ]),
    ("h", "Content"),
    ("p", "Our slate was led by the second season of Saltmarsh, which became our most-watched returning "
          "series in its first 28 days, and by a steady run of licensed theatrical titles. Our output deal "
          "with Harborlight Pictures, which supplies first-window streaming rights to its theatrical slate, "
          "was renewed through 2029. Harborlight films accounted for four of our ten most-watched movies "
          "this quarter."),
    ("p", "We are also leaning into stories that already have large audiences in games. We also licensed "
          "series rights to Hanseol Games' Ashfall franchise for $36 million, our first adaptation of a "
          "Korean game. Production begins in Seoul in the first quarter of 2026."),
    ("h", "AI in production and marketing"),
    ("p", "We said a year ago that generative AI would matter most to us not on screen but in the work "
          "around the screen: localization, artwork, trailers and the thousands of promotional assets we "
          "create every week for 190 countries. This quarter we put long-term infrastructure behind that "
          "view."),
    ("p", "In September we signed a five-year agreement with NimbusGrid Cloud for reserved GPU and encoding "
          "capacity, with total committed spend of $1.1 billion. Alongside it, we licensed Veridian's Loom-2 "
          "model family for trailer localization, key art and promo generation under a four-year agreement "
          "valued at up to $140 million. Because Veridian already trains and serves its models on "
          "NimbusGrid, both contracts run over a single private interconnect. We expect the combined "
          "program to reduce the unit cost of localized marketing assets by roughly 40% by 2027, while "
          "every generated asset is still reviewed by our creative teams before release."),
    ("p", "We completed the acquisition of Voxmere, a Seoul-based AI dubbing start-up, for $48 million, and "
          "Voxmere now operates as a wholly owned subsidiary of Streamwell. Voxmere's voice-matching tools "
          "are already used on eleven of our Korean and Japanese titles, and we plan to extend them to "
          "Spanish and Portuguese next year with the consent of the performers involved."),
    ("h", "Advertising"),
    ("p", "On advertising, we began testing generative ad formats with Adhaven Media under a partnership "
          "that carries no minimum spend on either side. The first tests let brands generate short, "
          "scene-matched spots that run in the ad breaks of selected titles. It is early, but completion "
          "rates in the test cells are running well above our standard formats."),
    ("h", "Competition"),
    ("p", "The market for entertainment time remains fiercely competitive. Kestrel Reel and Palisade TV "
          "both raised prices this quarter, and we chose not to. We think a broad slate at a fair price is "
          "the best long-term strategy. Contrary to some press reports, Streamwell is not in discussions to "
          "acquire Quillstone AI. We prefer to license models from specialists and keep our capital for "
          "content."),
    ("h", "Outlook"),
    ("p", "For the fourth quarter we forecast revenue of $3.41 billion and operating margin of 18.5%, "
          "reflecting the seasonal timing of content amortization. For the full year we now expect "
          "operating margin of 19.6%, up from our prior forecast of 19.0%, and free cash flow of "
          "approximately $1.1 billion. Capital expenditure will stay modest because most of our new "
          "compute is contracted as a service rather than owned."),
    ("p", "Thank you for your continued support."),
    ("p", "Ava Lindqvist, Chair and Co-Chief Executive Officer"),
    ("p", "Julian Mercer, Chief Financial Officer"),
    ("small", "Forward-looking statements: This letter contains forward-looking statements within the meaning "
              "of federal securities laws, including statements regarding membership growth, revenue, "
              "operating margin, free cash flow, content performance, the expected benefits of our cloud and "
              "model agreements, and the integration of Voxmere. These statements are subject to risks and "
              "uncertainties, including changes in consumer demand, competition, the cost and availability of "
              "content and computing capacity, regulatory developments relating to artificial intelligence, "
              "and the other risks described in our filings with the Securities and Exchange Commission. "
              "Actual results may differ materially. Streamwell undertakes no obligation to update "
              "forward-looking statements. Non-GAAP reconciliations are provided in the financial tables "
              "accompanying this letter."),
]

HARBORLIGHT = [
    ("title", "Harborlight Pictures Holdings, Inc. (NASDAQ: HBLT)"),
    ("subtitle", "2025 Investor Day - Presenter Speaker Notes (as delivered) - December 9, 2025"),
    ("h", "Slide 1 - Welcome and safe harbor"),
    ("p", "Presenter: Gideon Marsh, Head of Investor Relations. Welcome to Harborlight's first investor day "
          "since 2021. Today's presentation contains forward-looking statements, including our fiscal 2028 "
          "targets and the expected closing of the transactions discussed. Actual results may differ "
          "materially. Please refer to the cautionary language on slide 2 and in our Form 10-K. We will "
          "also discuss non-GAAP measures, reconciled in the appendix."),
    ("h", "Slide 4 - The studio today"),
    ("p", "Presenter: Lena Achterberg, Chief Executive Officer. Harborlight released fourteen theatrical "
          "films in fiscal 2025 and grossed $2.9 billion worldwide. Our library now holds more than 1,100 "
          "feature films and 6,000 hours of television. The point of today is simple: we intend to stay a "
          "studio that makes films for cinemas, and we intend to use technology to make those films faster "
          "and cheaper without handing our library to anyone for free."),
    ("h", "Slide 7 - Licensing"),
    ("p", "Presenter: Lena Achterberg. Licensing is the engine of our cash flow. Streamwell remains our "
          "largest licensing customer, paying $410 million in license fees for our theatrical output in "
          "fiscal 2025. The renewal runs through 2029 with annual price escalators. Kestrel Reel and "
          "Palisade TV have both cut licensing budgets this year, which is why the length of the Streamwell "
          "agreement matters to us. We expect third-party licensing revenue of $780 million in fiscal 2026."),
    ("h", "Slide 9 - Production technology"),
    ("p", "Presenter: Tomasz Rybak, Chief Operating Officer. In May we closed the purchase of Greyfen "
          "Digital, a 140-person visual effects house in Vancouver, for $52 million. Greyfen now operates "
          "as a wholly owned subsidiary of Harborlight and runs our virtual production stages. Our virtual "
          "production partnership with Lumora Interactive gives Greyfen early access to engine builds at no "
          "license cost to us. On the two films we shot this way, previsualization time fell by about a "
          "third."),
    ("table", [
        ["Production KPI", "FY2024", "FY2025", "FY2028 target"],
        ["Average live-action budget ($m)", "118", "112", "95"],
        ["Share of VFX shots done in-house", "22%", "41%", "65%"],
        ["Weeks from wrap to final cut", "46", "41", "32"],
    ]),
    ("h", "Slide 12 - Strategic investment in generative video"),
    ("p", "Presenter: Lena Achterberg. Harborlight will invest $275 million in Veridian Frame Labs' Series C "
          "extension, with closing expected in the third quarter of fiscal 2026. On closing, Harborlight "
          "will hold approximately 9.5% of Veridian on a fully diluted basis, plus one board observer seat. "
          "We want a seat at the table where the tools that will shape filmmaking are being built, and we "
          "want our library valued properly when it is used for training."),
    ("p", "Presenter: Priyanka Sethi, Chief Financial Officer. We did a lot of work before signing. Before "
          "investing, we benchmarked Veridian against Quillstone AI and Parallax Motion on 1,200 "
          "blind-scored shots. Veridian trains and serves its models on NimbusGrid capacity under a "
          "multi-year reservation, which was a key diligence item for us. We wanted comfort that the "
          "company can actually get the compute it needs for the next two model generations. Marlowe Gant & "
          "Co. acted as our financial adviser on the Veridian transaction. The investment will be funded "
          "from cash on hand and accounted for at fair value."),
    ("h", "Slide 14 - Games"),
    ("p", "Presenter: Tomasz Rybak. Games are the other half of the franchise flywheel. We are co-developing "
          "a game adaptation of Tidewater with Hanseol Games, sharing development costs and revenue equally. "
          "The game is targeted for release alongside the Tidewater sequel in 2027. We are not building a "
          "publishing business; we want partners who know how to run live games."),
    ("h", "Slide 16 - Fiscal 2028 targets"),
    ("table", [
        ["Metric", "FY2025 actual", "FY2028 target"],
        ["Revenue ($bn)", "6.4", "7.6 - 8.0"],
        ["Adjusted EBITDA margin", "14.8%", "18% - 20%"],
        ["Free cash flow ($m)", "520", "900+"],
        ["Net leverage (x EBITDA)", "2.6", "below 2.0"],
    ]),
    ("p", "Presenter: Priyanka Sethi. We are committing to these targets while keeping the dividend and "
          "resuming buybacks once net leverage falls below 2.0 times. Thank you."),
    ("small", "Cautionary statement: These speaker notes accompany the slide presentation and contain "
              "forward-looking statements that involve risks and uncertainties, including box office "
              "performance, the timing of film releases, labor relations, the closing of the Veridian "
              "investment, regulatory developments in artificial intelligence and copyright, and general "
              "economic conditions. Harborlight assumes no obligation to update these statements."),
]

XINGHAN_TITLE = [
    "证券代码：300917　　证券简称：星瀚互娱　　公告编号：2025-078",
    "星瀚互娱网络科技股份有限公司",
    "关于对外投资暨签订算力服务合同的公告",
]

XINGHAN = [
    ("zp", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("zh", "一、对外投资概述"),
    ("zp", "墨象智能科技（上海）有限公司（以下简称“墨象智能”）是一家专注于游戏美术AIGC生产工具的企业。"
           "星瀚互娱网络科技股份有限公司（以下简称“公司”）拟以自有资金人民币15,000万元对墨象智能进行增资。"
           "其中416.67万元计入墨象智能注册资本，其余14,583.33万元计入资本公积。"
           "本次增资完成后，公司将持有墨象智能12.00%的股权。"
           "墨象智能不纳入公司合并报表范围。"),
    ("zp", "同时，为满足游戏研发及AIGC业务对算力的需求，公司于2025年10月27日召开第四届董事会第十九次会议。"
           "会议审议通过了《关于签订算力服务合同的议案》。"
           "公司拟向云擎算力科技（杭州）有限公司采购GPU算力租赁服务，合同总金额不超过人民币3.6亿元。"
           "合同期限为三年，费用按季度结算。"),
    ("zp", "根据《深圳证券交易所创业板股票上市规则》及《公司章程》的相关规定，上述事项无需提交股东大会审议。"
           "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("zh", "二、标的公司基本情况"),
    ("zp", "公司名称：墨象智能科技（上海）有限公司。"
           "统一社会信用代码：91310115MA7H3K2X5Q。"
           "成立日期：2023年3月16日。"
           "注册资本：3,055.56万元人民币。"
           "法定代表人：顾岚。"
           "注册地址：上海市浦东新区张江路1188号8幢。"
           "经营范围：人工智能应用软件开发，数字内容制作服务，技术服务、技术开发、技术咨询。"),
    ("zp", "截至本公告披露日，云擎算力持有墨象智能20.00%的股权，为其第一大机构股东。"
           "上海澜曜创业投资合伙企业（有限合伙）持有墨象智能15.00%的股权，已放弃本次增资的优先认缴权。"
           "Hanseol Ventures Co., Ltd.持有墨象智能5.00%的股权，该公司为Hanseol Games Co., Ltd.的全资子公司。"
           "墨象智能持有北京墨象数字科技有限公司100%的股权。"),
    ("zp", "本次增资前后，墨象智能股权结构如下（单位：万元）。"),
    ("ztable", [
        ["股东名称", "增资前出资额", "增资前比例", "增资后出资额", "增资后比例"],
        ["顾岚", "1,527.78", "50.00%", "1,527.78", "44.00%"],
        ["云擎算力科技（杭州）有限公司", "611.11", "20.00%", "611.11", "17.60%"],
        ["上海澜曜创业投资合伙企业（有限合伙）", "458.33", "15.00%", "458.33", "13.20%"],
        ["上海墨研企业管理合伙企业（有限合伙）", "305.56", "10.00%", "305.56", "8.80%"],
        ["Hanseol Ventures Co., Ltd.", "152.78", "5.00%", "152.78", "4.40%"],
        ["星瀚互娱网络科技股份有限公司", "0.00", "0.00%", "416.67", "12.00%"],
        ["合计", "3,055.56", "100.00%", "3,472.23", "100.00%"],
    ]),
    ("zp", "墨象智能最近一年一期的主要财务数据如下：2024年度营业收入为2,316.42万元，净利润为-1,874.05万元。"
           "2025年1-9月营业收入为3,908.77万元，净利润为-926.31万元（以上数据未经审计）。"),
    ("zh", "三、增资协议的主要内容"),
    ("zp", "本次增资价格以墨象智能投前估值11亿元为基础，经各方协商确定。"
           "公司应于协议生效且先决条件全部满足之日起十五个工作日内支付全部增资款。"
           "增资完成后，公司有权向墨象智能委派一名董事。"
           "公司与墨象智能同日签署《战略合作协议》，双方将在游戏美术资产的AIGC生产流程方面开展合作。"),
    ("zh", "四、算力服务合同的主要内容"),
    ("zp", "服务内容：云擎算力为公司提供高性能GPU算力资源、模型训练平台及相关运维服务。"
           "服务期限：自合同生效之日起三年。"
           "定价方式：按实际使用的算力规模及时长计费，并设定年度最低采购量。"
           "违约责任：任何一方违约，应赔偿守约方因此遭受的损失。"),
    ("zh", "五、本次交易的目的和对公司的影响"),
    ("zp", "公司认为，AIGC技术正深刻改变游戏美术、剧情及营销内容的生产方式。"
           "本次投资有助于公司获取先进的AIGC美术生产能力，提升研发效率。"
           "同行业上市公司中，幻维科技、游川网络亦已布局AIGC美术生产工具。"
           "签订算力服务合同有助于保障公司自研模型训练及推理所需的稳定算力供给。"
           "上述事项的资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大不利影响。"),
    ("zh", "六、风险提示"),
    ("zp", "墨象智能目前尚处于亏损状态，未来经营可能受到市场竞争、技术迭代及政策变化等因素影响。"
           "公司本次投资存在无法实现预期收益的风险。"
           "算力服务合同的实际履行金额取决于公司业务需求，存在与合同总金额不一致的可能。"
           "本次交易的审计机构为中衡信会计师事务所（特殊普通合伙），法律顾问为北京君衡律师事务所。"
           "敬请广大投资者理性投资，注意投资风险。"),
    ("zh", "七、备查文件"),
    ("zp", "1、第四届董事会第十九次会议决议。"),
    ("zp", "2、《增资协议》《战略合作协议》及《算力服务合同》。"),
    ("zsign", "星瀚互娱网络科技股份有限公司董事会"),
    ("zsign", "2025年10月28日"),
]


def glyphs_to_quadratic(glyph_set, names):
    """Redraw every CFF glyph as a TrueType glyph with quadratic curves."""
    result = {}
    for name in names:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, 1.0, reverse_direction=True))
        result[name] = tt_pen.glyph()
    return result


def cff_to_truetype(font):
    """Replace the CFF table of an OpenType font by glyf/loca outlines."""
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs_to_quadratic(font.getGlyphSet(), order)
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
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    font["maxp"] = maxp
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def write_cjk_font(text, path):
    """Extract the SC face from the collection, subset it to text and save it as .ttf."""
    font = TTCollection(TTC_PATH).fonts[SC_INDEX]
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    font.save(path)


def english_pdf(blocks, filename):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for kind, content in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("Helvetica", "I", 10.5)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.2, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.ln(2)
            pdf.set_font("Helvetica", "", 8)
            pdf.multi_cell(0, 4.2, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            english_table(pdf, content)
    pdf.output(os.path.join(HERE, filename))


def english_table(pdf, rows):
    first = 70
    other = (pdf.epw - first) / (len(rows[0]) - 1)
    for n, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if n == 0 else "", 9)
        for i, cell in enumerate(row):
            width = first if i == 0 else other
            align = "L" if i == 0 else "R"
            pdf.cell(width, 6, cell, border=1, align=align)
        pdf.ln(6)
    pdf.ln(3)


def sentences(text):
    return re.findall(r"[^。]*。|[^。]+$", text)


def cjk_lines(pdf, text):
    """Pack whole sentences into lines; a line only ever ends after a full stop."""
    lines = []
    current = ""
    for sentence in sentences(text):
        if pdf.get_string_width(sentence) > pdf.epw:
            raise ValueError("sentence too long for one line: " + sentence)
        if current and pdf.get_string_width(current + sentence) > pdf.epw:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def chinese_pdf(title_lines, blocks, filename, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 16, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("NotoSC", "", font_path)
    pdf.add_page()
    pdf.set_font("NotoSC", "", 9)
    pdf.cell(0, 6, title_lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("NotoSC", "", 15)
    for line in title_lines[1:]:
        pdf.cell(0, 9, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, content in blocks:
        if kind == "zh":
            pdf.ln(1.5)
            pdf.set_font("NotoSC", "", 10.5)
            pdf.cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "zp":
            pdf.set_font("NotoSC", "", 8.8)
            for line in cjk_lines(pdf, content):
                pdf.cell(0, 5.4, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "ztable":
            chinese_table(pdf, content)
        elif kind == "zsign":
            pdf.set_font("NotoSC", "", 9.5)
            pdf.cell(0, 6, content, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(HERE, filename))


def chinese_table(pdf, rows):
    pdf.set_font("NotoSC", "", 8)
    first = 64
    other = (pdf.epw - first) / (len(rows[0]) - 1)
    for row in rows:
        for i, cell in enumerate(row):
            width = first if i == 0 else other
            pdf.cell(width, 6, cell, border=1, align="L" if i == 0 else "R")
        pdf.ln(6)
    pdf.ln(2)


def chinese_text(title_lines, blocks):
    parts = list(title_lines)
    for _, content in blocks:
        if isinstance(content, list):
            parts.extend(cell for row in content for cell in row)
        else:
            parts.append(content)
    return "".join(parts)


def main():
    english_pdf(STREAMWELL, "03_Streamwell_shareholder_letter.pdf")
    english_pdf(HARBORLIGHT, "04_Harborlight_investor_day_notes.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, "NotoSansCJKsc-subset.ttf")
        write_cjk_font(chinese_text(XINGHAN_TITLE, XINGHAN), font_path)
        chinese_pdf(XINGHAN_TITLE, XINGHAN, "07_Xinghan_A-share_announcement.pdf", font_path)


if __name__ == "__main__":
    main()
