"""Build the PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English pages use the built-in Helvetica font and wrap at spaces. Chinese pages
use Noto Sans CJK (SC or TC face), which is extracted from the system .ttc,
subset to the characters needed and converted from CFF to TrueType outlines in
a temporary directory that is removed afterwards. Chinese paragraphs are laid
out one sentence per line, so lines break only after the full stop.
"""
import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_INDEX = {"SC": 2, "TC": 3}
PAGE_WIDTH = 180  # usable width in mm on A4 with 15 mm margins


# ---------------------------------------------------------------- fonts

def cff_to_truetype(font):
    """Replace the CFF outlines of `font` with quadratic glyf outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(variant, text, workdir):
    """Write a TrueType subset of the Noto Sans CJK `variant` face; return its path."""
    font = TTCollection(CJK_TTC).fonts[FACE_INDEX[variant]]
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(workdir, f"NotoSansCJK{variant}-subset.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------- layout

def sentences(text):
    """Split Chinese text after each full stop."""
    parts, current = [], ""
    for ch in text:
        current += ch
        if ch == "。":
            parts.append(current)
            current = ""
    if current.strip():
        parts.append(current)
    return parts


def fit_line(pdf, family, line, size):
    """Print one line, shrinking the font until it fits the page width."""
    while size > 6 and pdf.get_string_width(line) > PAGE_WIDTH:
        size -= 0.5
        pdf.set_font(family, size=size)
    if pdf.get_string_width(line) > PAGE_WIDTH:
        raise ValueError(f"line too long: {line}")
    pdf.cell(PAGE_WIDTH, size * 0.55, line, new_x="LMARGIN", new_y="NEXT")


def render(pdf, pages, family, cjk):
    body = 10 if cjk else 9.5
    for page in pages:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font(family, style="" if cjk else "B", size=13)
                fit_line(pdf, family, content, 13)
                pdf.ln(2)
            elif kind == "h":
                pdf.set_font(family, style="" if cjk else "B", size=11)
                pdf.ln(1.5)
                fit_line(pdf, family, content, 11)
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font(family, size=body)
                if cjk:
                    for line in sentences(content):
                        pdf.set_font(family, size=body)
                        fit_line(pdf, family, line, body)
                else:
                    pdf.multi_cell(PAGE_WIDTH, 4.8, content, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "table":
                widths, rows = content
                for i, row in enumerate(rows):
                    pdf.set_font(family, style="B" if i == 0 and not cjk else "", size=8.5)
                    for width, cell in zip(widths, row):
                        pdf.cell(width, 6, cell, border=1)
                    pdf.ln(6)
                pdf.ln(2)


def build(filename, pages, variant=None, workdir=None):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    if variant:
        text = "".join(str(c) for page in pages for _, block in page
                       for c in (block if isinstance(block, str)
                                 else [x for row in block[1] for x in row]))
        text += "0123456789"
        pdf.add_font("NotoCJK", fname=make_cjk_font(variant, text, workdir))
        render(pdf, pages, "NotoCJK", cjk=True)
    else:
        render(pdf, pages, "Helvetica", cjk=False)
    pdf.output(os.path.join(HERE, filename))


# ---------------------------------------------------------------- documents

LEQI = [
    [
        ("p", "证券代码：301587　　证券简称：乐奇智玩　　公告编号：2025-061"),
        ("title", "深圳乐奇智玩科技股份有限公司"),
        ("title", "关于签订日常经营重大合同及对外投资的公告"),
        ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("h", "重要内容提示："),
        ("p", "1、合同类型：AI互动玩偶采购框架协议、园区零售空间租赁及IP授权协议、芯片供货协议。"
              "2、对外投资标的：杭州星芽科技有限公司10%股权。"
              "3、本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
              "4、风险提示：合同履行可能受市场需求、原材料价格及不可抗力等因素影响，敬请广大投资者注意投资风险。"),
        ("h", "一、日常经营重大合同概述"),
        ("p", "深圳乐奇智玩科技股份有限公司（以下简称“公司”或“乐奇智玩”）于2025年10月20日召开第三届董事会第十四次会议，审议通过了相关议案。"
              "近日，公司与嘉艺娱乐集团控股有限公司（以下简称“嘉艺娱乐”）签订《AI互动玩偶采购框架协议》。"
              "根据协议，公司将向嘉艺娱乐供应AI互动玩偶及配套内容服务，用于其在粤港澳大湾区的家庭娱乐中心，合同总金额不超过人民币32,000万元。"
              "协议有效期为三年，具体数量以嘉艺娱乐每季度下达的订单为准。"),
        ("p", "同日，公司与华彩文旅发展股份有限公司（以下简称“华彩文旅”）签订《园区零售空间租赁及IP授权协议》。"
              "华彩文旅将向公司出租其旗下主题乐园内的零售空间并授予乐园IP使用权，公司需支付租金及授权费合计人民币4,800万元。"
              "上述协议有效期五年，公司将于园区内开设AI玩具体验店。"),
        ("h", "二、芯片及代工供应安排"),
        ("p", "为保障上述订单的交付，公司已与主要供应商完成年度供货安排。"
              "芯瞳微电子（上海）有限公司（以下简称“芯瞳微电子”）向公司供应语音识别芯片，用于入门级产品线。"
              "台湾泰瑟矽科技股份有限公司（以下简称“泰瑟矽”）向公司供应TS-M2边缘AI处理器，用于高端互动玩偶。"
              "东莞鸿途精密制造有限公司（以下简称“鸿途精密”）为公司提供整机组装代工服务。"
              "公司与上述供应商均不存在关联关系。"),
    ],
    [
        ("h", "三、对外投资概述"),
        ("p", "为完善公司在儿童AI内容领域的布局，公司拟以自有资金人民币2,000万元认购杭州星芽科技有限公司（以下简称“星芽科技”）新增注册资本。"
              "本次增资完成后，公司将持有星芽科技10%的股权，星芽科技不纳入公司合并报表范围。"
              "星芽科技主要从事儿童绘本生成及语音互动内容的研发。"),
        ("table", ([70, 60, 50], [
            ["股东名称", "认缴出资（万元）", "持股比例"],
            ["李昊然", "540", "54.0%"],
            ["杭州芽苗企业管理合伙企业（有限合伙）", "360", "36.0%"],
            ["深圳乐奇智玩科技股份有限公司", "100", "10.0%"],
            ["合计", "1,000", "100.0%"],
        ])),
        ("h", "四、设立境外全资子公司"),
        ("p", "为便于开展境外业务，公司在香港设立全资子公司乐奇智能（香港）有限公司，注册资本为港币1,000万元。"
              "乐奇智能（香港）有限公司为公司全资子公司，主要负责境外物流及结算。"),
        ("h", "五、交易对方基本情况"),
        ("p", "嘉艺娱乐为香港联合交易所主板上市公司，股份代号为2938，主营家庭娱乐中心运营。"
              "华彩文旅为国内主题乐园运营商，实际控制人为王建平先生。"
              "乐奇智玩主要竞争对手童趣未来科技股份有限公司亦在布局AI玩具业务，但与本次交易无关。"
              "经查询，上述交易对方均不属于失信被执行人。"),
        ("h", "六、对公司的影响"),
        ("p", "本次合同的签订有利于公司拓展线下家庭娱乐渠道，预计将对公司未来三个会计年度的经营业绩产生积极影响。"
              "公司主要业务不会因履行合同而对交易对方形成依赖。"),
        ("h", "七、风险提示"),
        ("p", "框架协议项下的具体采购量存在不确定性，实际执行金额可能低于协议约定上限。"
              "星芽科技尚处于发展初期，存在经营不及预期的风险。"),
        ("h", "八、备查文件"),
        ("p", "1、第三届董事会第十四次会议决议；2、相关协议文本。"),
        ("p", "特此公告。"),
        ("p", "深圳乐奇智玩科技股份有限公司董事会"),
        ("p", "2025年10月21日"),
    ],
]

JIAYI = [
    [
        ("p", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"),
        ("title", "嘉藝娛樂集團控股有限公司"),
        ("p", "JIAYI ENTERTAINMENT GROUP HOLDINGS LIMITED"),
        ("p", "（於開曼群島註冊成立之有限公司）（股份代號：2938）"),
        ("title", "須予披露交易：收購趣躍科技全部股權"),
        ("h", "收購事項"),
        ("p", "董事會欣然宣佈，於2025年11月3日（交易時段後），本公司間接全資附屬公司嘉藝（深圳）娛樂有限公司（「買方」）與賣方訂立股權轉讓協議。"
              "據此，買方同意收購廣州趣躍科技有限公司（「目標公司」）全部股權，代價為人民幣186,000,000元。"
              "目標公司主要從事AI驅動之互動街機遊戲及體感遊戲設備之研發。"
              "完成後，目標公司將成為本公司之間接全資附屬公司，其財務業績將併入本集團之綜合財務報表。"),
        ("h", "協議主要條款"),
        ("table", ([45, 135], [
            ["日期", "2025年11月3日"],
            ["買方", "嘉藝（深圳）娛樂有限公司"],
            ["賣方", "陳志鴻先生及Orchard Peak Ventures II, L.P."],
            ["代價", "人民幣186,000,000元，以現金分三期支付"],
            ["完成", "先決條件達成後第十個營業日"],
        ])),
        ("p", "於本公告日期，Orchard Peak Ventures持有目標公司35%股權，陳志鴻先生持有其餘65%股權。"
              "代價乃經訂約方參考獨立估值師仲衡評估有限公司編製之估值報告後公平磋商釐定。"),
        ("h", "進行收購事項之理由及裨益"),
        ("p", "本集團為大灣區領先之家庭娛樂中心營運商。"
              "收購事項將使本集團自主擁有AI街機內容，減少對外部遊戲供應商之依賴。"
              "董事認為，協議條款屬公平合理，並符合本公司及股東之整體利益。"),
    ],
    [
        ("h", "本集團近期業務發展"),
        ("p", "本集團已與深圳樂奇智玩科技股份有限公司訂立採購框架協議，由樂奇智玩向本集團供應AI互動玩偶，用於各家庭娛樂中心之獎品及零售區。"
              "此外，本集團根據營運管理協議為華彩文旅發展股份有限公司旗下主題樂園營運室內家庭娛樂區，並向華彩文旅收取年度管理費人民幣2,600萬元。"
              "Pixelforge Studios已授權本集團於大灣區之娛樂中心使用其Moonbell角色IP，本集團按門票收入向其支付授權費。"),
        ("p", "市場有傳聞指嘉藝娛樂正與同業星耀家庭娛樂集團洽談合併，董事會謹此澄清，本公司並無進行任何有關磋商。"),
        ("h", "上市規則之涵義"),
        ("p", "由於收購事項之一項或多項適用百分比率超過5%但全部低於25%，收購事項構成本公司之須予披露交易。"
              "因此須遵守上市規則第十四章之申報及公告規定，惟獲豁免遵守股東批准規定。"),
        ("p", "據董事作出一切合理查詢後所深知，賣方及其最終實益擁有人均為獨立第三方。"),
        ("h", "釋義"),
        ("table", ([45, 135], [
            ["「本公司」", "嘉藝娛樂集團控股有限公司"],
            ["「買方」", "嘉藝（深圳）娛樂有限公司，本公司之間接全資附屬公司"],
            ["「目標公司」", "廣州趣躍科技有限公司"],
            ["「樂奇智玩」", "深圳樂奇智玩科技股份有限公司"],
            ["「華彩文旅」", "華彩文旅發展股份有限公司"],
        ])),
        ("p", "本公司之財務顧問為博瀚融資有限公司，核數師為德衡會計師事務所。"),
        ("p", "承董事會命"),
        ("p", "嘉藝娛樂集團控股有限公司"),
        ("p", "主席　何家樂"),
        ("p", "香港，2025年11月3日"),
        ("p", "於本公告日期，執行董事為何家樂先生及梁慧敏女士；獨立非執行董事為鄭永昌先生、高詠詩女士及馮志遠先生。"),
    ],
]

CARDVAULT = [
    [
        ("p", "As filed with the Securities and Exchange Commission on November 12, 2025. Registration No. 333-291447"),
        ("title", "FORM S-1 REGISTRATION STATEMENT - CARDVAULT COLLECTIBLES, INC."),
        ("p", "Preliminary Prospectus - Subject to Completion. The information in this prospectus is not complete "
              "and may be changed. We may not sell these securities until the registration statement filed with the "
              "Securities and Exchange Commission is effective."),
        ("p", "9,500,000 Shares of Class A Common Stock. We intend to apply to list our Class A common stock on the "
              "Nasdaq Global Select Market under the symbol CVLT. Granger Whitlock & Co. and Meridale Securities are "
              "acting as joint book-running managers for this offering."),
        ("h", "PROSPECTUS SUMMARY"),
        ("p", "Cardvault Collectibles, Inc. grades, authenticates and stores trading cards, figures and other "
              "collectibles. Our computer-vision models assess surface, centering, corners and edges in minutes, and our "
              "climate-controlled vaults hold more than 11 million items for approximately 640,000 collectors."),
        ("p", "Our grading models are trained and served on cloud infrastructure supplied by Vantacore Compute, Inc. "
              "under a three-year reserved-capacity agreement. We license character artwork from Pixelforge Studios "
              "for our Moonbell limited-edition graded card series, paying Pixelforge a royalty on each card sold. "
              "In March 2024 we acquired Gradesight Labs, Inc. for $18.5 million, and Gradesight now operates as our "
              "wholly owned subsidiary focused on figure and toy authentication."),
        ("p", "We are piloting in-park grading kiosks at two Lumora Parks & Resorts properties under a partnership "
              "agreement with Lumora that provides for shared marketing and a revenue share on kiosk transactions."),
        ("h", "RISK FACTORS"),
        ("p", "We depend on a small number of suppliers. Any interruption in the cloud capacity we purchase from "
              "Vantacore could delay grading turnaround. We compete with GradeRight and other established grading "
              "companies, many of which have longer operating histories than we do."),
        ("p", "We are a defendant in a patent suit brought by GradeRight concerning automated centering measurement. "
              "We believe the claims are without merit and intend to defend ourselves vigorously."),
    ],
    [
        ("h", "USE OF PROCEEDS AND INDEBTEDNESS"),
        ("p", "In June 2025, Mintlane Bank, N.A. provided us with a $75.0 million senior secured term loan maturing "
              "in 2030, which we intend to repay in part with the net proceeds of this offering."),
        ("h", "CERTAIN RELATIONSHIPS AND RELATED PARTY TRANSACTIONS"),
        ("p", "Series C financing. In September 2024 we sold 3,000,000 shares of Series C preferred stock, including "
              "1,200,000 shares purchased by Brightpaw Robotics, Inc. for an aggregate purchase price of $12.0 million."),
        ("p", "Series D financing. In July 2025, funds managed by Harborline Capital Partners purchased 2,400,000 "
              "shares of our Series D preferred stock for an aggregate purchase price of $30.0 million. Stephen "
              "Kowalczyk, a managing partner of Harborline, joined our board of directors in connection with that "
              "financing."),
        ("h", "PRINCIPAL STOCKHOLDERS"),
        ("p", "The following table sets forth the beneficial ownership of our common stock as of October 31, 2025, "
              "assuming conversion of all outstanding preferred stock."),
        ("table", ([80, 50, 50], [
            ["Name of beneficial owner", "Shares", "Percent"],
            ["Harborline Capital Partners", "2,400,000", "9.1%"],
            ["Brightpaw Robotics, Inc.", "2,110,000", "8.0%"],
            ["Nadia Ferrant (CEO)", "4,050,000", "15.4%"],
            ["All officers and directors", "6,320,000", "24.0%"],
        ])),
        ("h", "EXPERTS"),
        ("p", "The consolidated financial statements of Cardvault Collectibles, Inc. included in this prospectus have "
              "been audited by Ashby Rowe LLP, an independent registered public accounting firm. Legal matters will "
              "be passed upon for us by Carrow & Feld LLP and for the underwriters by Pellham Strand LLP."),
        ("p", "Neither Granger Whitlock & Co. nor Meridale Securities has any equity interest in Cardvault, and "
              "GradeRight has not been a customer or supplier of ours."),
    ],
]


def main():
    workdir = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        build("04_Leqi_公告.pdf", LEQI, variant="SC", workdir=workdir)
        build("05_Jiayi_須予披露交易.pdf", JIAYI, variant="TC", workdir=workdir)
        build("07_Cardvault_S-1.pdf", CARDVAULT)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
