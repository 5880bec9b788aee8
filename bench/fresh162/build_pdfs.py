"""Build the four PDF documents of the fresh162 evaluation set with fpdf2.

Run with /work/main/.venv/bin/python build_pdfs.py from any directory; the PDFs
are written next to this file.

Markup used in the DOCS texts below: a line starting with "@tag " opens a block
(title, c, h, h2, p, small, right, bullet, table <widths in mm>, end); "|a|b|c|"
lines are table rows; a line starting with "+" continues the previous block
verbatim (long paragraphs are split only to keep source lines short).

Chinese text: NotoSansCJK-Regular.ttc is a font collection with CFF outlines that
fpdf2 cannot read, so one face (index 2 Simplified, index 3 Traditional) is
subset to the characters used, converted to TrueType outlines with cu2qu, saved
to a temporary directory for add_font and deleted after output. Chinese
paragraphs are wrapped here (between characters, never inside a Latin word) and
each line is drawn with cell(); Latin paragraphs use multi_cell().
"""

import re
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LATIN_FONTS = {
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}
# Punctuation that may not begin a line in Chinese; it stays on the previous line.
NO_LINE_START = set("，。、；：）」』”》！？％")
TOKEN = re.compile(r"[A-Za-z0-9\u00c0-\u00ff.,%$&'()/:+*\-]+| +|.")
SIZES = {
    "title": 13, "c": 9.5, "h": 10.5, "h2": 9.5,
    "p": 9.5, "small": 8, "right": 9.5, "bullet": 9.5,
}


def cjk_truetype(text, face_index, out_path):
    """Subset one CJK face to the characters of text; save it with TrueType outlines."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(ch) for ch in text} | set(range(32, 127)))
    subsetter.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quadratic = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        quadratic[name] = pen.glyph()
    for tag in ("CFF ", "VORG", "vhea", "vmtx"):
        if tag in font:
            del font[tag]
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = quadratic
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


def parse(markup):
    """Turn the markup of one document into a list of (tag, argument, rows) blocks."""
    blocks = []
    for raw in markup.strip("\n").split("\n"):
        if raw.startswith("+"):
            tag, arg, rows = blocks[-1]
            if rows:
                rows[-1] += raw[1:]
            else:
                blocks[-1] = (tag, arg + raw[1:], rows)
        elif raw.startswith("|"):
            blocks[-1][2].append(raw)
        elif raw.startswith("@"):
            tag, _, arg = raw[1:].partition(" ")
            if tag != "end":
                blocks.append((tag, arg, []))
        elif raw.strip():
            raise ValueError(f"unparsed markup line: {raw!r}")
    return blocks


class Document(FPDF):
    def __init__(self, cjk, footer_text):
        super().__init__(format="A4")
        self.cjk = cjk
        self.footer_text = footer_text
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)

    def footer(self):
        self.set_y(-14)
        self.set_font("body", "", 8)
        self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")

    def wrap(self, text, width):
        """Greedy Chinese line breaking; closing punctuation stays on its line."""
        lines, current = [], ""
        for token in TOKEN.findall(text):
            too_wide = self.get_string_width(current + token) > width
            breakable = not token.isspace() and token[0] not in NO_LINE_START
            if current and too_wide and breakable:
                lines.append(current.rstrip())
                current = token
            elif current or not token.isspace():
                current += token
        if current.strip():
            lines.append(current.rstrip())
        return lines

    def text_block(self, text, size, style="", align="L", indent=0.0):
        self.set_font("body", style, size)
        height = size * 0.5
        width = self.epw - indent
        if self.cjk:
            lines = self.wrap(text, width)
        else:
            lines = self.multi_cell(width, height, text, dry_run=True, output="LINES")
        if self.get_y() + height * len(lines) > self.page_break_trigger:
            self.add_page()  # never split a paragraph across two pages
        if self.cjk:
            for line in lines:
                self.set_x(self.l_margin + indent)
                self.cell(width, height, line, align=align,
                          new_x="LMARGIN", new_y="NEXT")
        else:
            self.set_x(self.l_margin + indent)
            self.multi_cell(width, height, text, align=align,
                            new_x="LMARGIN", new_y="NEXT")

    def table(self, widths, rows, size=8.5):
        height = size * 0.6
        if self.get_y() + height * len(rows) > self.page_break_trigger:
            self.add_page()  # keep short tables on one page
        for number, row in enumerate(rows):
            cells = [cell.strip() for cell in row.strip()[1:-1].split("|")]
            if self.get_y() + height > self.page_break_trigger:
                self.add_page()
            self.set_font("body", "B" if number == 0 else "", size)
            for width, cell in zip(widths, cells, strict=True):
                if self.get_string_width(cell) + 2 * self.c_margin + 3 > width:
                    raise ValueError(f"table cell does not fit its column: {cell!r}")
                self.cell(width, height, cell, border=1)
            self.ln(height)
        self.ln(2)

    def render(self, blocks):
        self.add_page()
        for tag, arg, rows in blocks:
            if tag == "table":
                widths = [float(w) for w in arg.split(",")]
                if sum(widths) > self.epw + 0.01:
                    raise ValueError("table wider than the text area")
                self.table(widths, rows)
            elif tag == "title":
                self.text_block(arg, SIZES[tag], "B", "C")
                self.ln(1)
            elif tag in ("h", "h2"):
                self.ln(2 if tag == "h" else 1)
                self.text_block(arg, SIZES[tag], "B")
                self.ln(1)
            elif tag == "c":
                self.text_block(arg, SIZES[tag], align="C")
            elif tag == "right":
                self.text_block(arg, SIZES[tag], align="R")
            elif tag == "bullet":
                marker = "● " if self.cjk else "• "
                self.text_block(marker + arg, SIZES[tag], indent=4)
            elif tag in ("p", "small"):
                self.text_block(arg, SIZES[tag])
                self.ln(1.5)
            else:
                raise ValueError(f"unknown block tag {tag!r}")


def build(name, spec, tmp_dir):
    blocks = parse(spec["markup"])
    pdf = Document(spec["face"] is not None, spec["footer"])
    pdf.set_title(spec["title"])
    pdf.set_creation_date(spec["date"])
    if spec["face"] is None:
        regular, bold = LATIN_FONTS[spec["latin"]]
        pdf.add_font("body", "", DEJAVU + regular)
        pdf.add_font("body", "B", DEJAVU + bold)
    else:
        font_path = Path(tmp_dir) / f"cjk{spec['face']}.ttf"
        used_text = spec["markup"] + spec["footer"] + "0123456789● "
        cjk_truetype(used_text, spec["face"], str(font_path))
        pdf.add_font("body", "", str(font_path))
        pdf.add_font("body", "B", str(font_path))
    pdf.render(blocks)
    pdf.output(str(HERE / name))
    print(f"wrote {name}: {pdf.pages_count} pages")


def main():
    tmp_dir = tempfile.mkdtemp(prefix="fresh162_fonts_")
    try:
        for name, spec in DOCS.items():
            build(name, spec, tmp_dir)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


DOCS = {
    "02_Quillon_S-1.pdf": {
        "face": None,
        "latin": 'serif',
        "title": "Quillon Rock Analytics, Inc. - Form S-1 (excerpt)",
        "date": datetime(2025, 9, 15, tzinfo=UTC),
        "footer": "{page}",
        "markup": """
@small As filed with the Securities and Exchange Commission on September 15, 2025
@right Registration No. 333-290417
@title UNITED STATES SECURITIES AND EXCHANGE COMMISSION
@c Washington, D.C. 20549
@title FORM S-1
@c REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933
@title Quillon Rock Analytics, Inc.
@c (Exact name of registrant as specified in its charter)
@c Delaware (State of incorporation) | 7372 (Primary Standard Industrial
+ Classification Code Number) | 88-3140527 (I.R.S. Employer Identification No.)
@c 1550 Wynkoop Street, Suite 400, Denver, Colorado 80202, (720) 555-0148
@small The information in this preliminary prospectus is not complete and may be
+ changed. These securities may not be sold until the registration statement filed
+ with the Securities and Exchange Commission is effective. This preliminary
+ prospectus is not an offer to sell these securities and it is not soliciting an
+ offer to buy these securities in any jurisdiction where the offer or sale is not
+ permitted.
@h PRELIMINARY PROSPECTUS - SUBJECT TO COMPLETION, DATED SEPTEMBER 15, 2025
@p 7,500,000 Shares of Common Stock. This is the initial public offering of Quillon
+ Rock Analytics, Inc. We are offering 7,500,000 shares of our common stock. We
+ currently expect the initial public offering price to be between $15.00 and $17.00
+ per share. We have applied to list our common stock under the symbol "QRKA". We are
+ an "emerging growth company" as defined under the federal securities laws and, as
+ such, have elected to comply with certain reduced public company reporting
+ requirements. Investing in our common stock involves a high degree of risk.
@h PROSPECTUS SUMMARY
@h2 Overview
@p Quillon Rock Analytics, Inc. builds machine-learning software that tells open-pit
+ and underground miners where to drill, how much explosive to load into each hole and
+ what fragmentation the blast will produce before it is fired. Our platform,
+ QuarryMind, ingests drill telemetry, geological block models,
+ measurement-while-drilling data and post-blast imagery, and returns a charge plan
+ for every hole on a bench in under four minutes.
@p As of June 30, 2025, QuarryMind was deployed at 61 mine sites in nine countries,
+ and our annual recurring revenue, or ARR, was $38.2 million, compared with $24.7
+ million as of June 30, 2024. Our revenue for the year ended December 31, 2024 was
+ $29.6 million, an increase of 58% from $18.7 million in 2023, and our net loss was
+ $14.3 million in 2024 compared with $16.9 million in 2023.
@h2 Our Products
@p QuarryMind Enterprise is our site-wide planning and optimization suite. DrillPath
+ generates drill patterns and hole-by-hole depth and angle instructions that can be
+ sent directly to autonomous or operator-assisted rigs. FragSight uses drone and
+ shovel-mounted cameras to measure post-blast fragmentation and feeds the results
+ back into the charge-design model, so that each blast improves the next one.
@h BUSINESS
@h2 Customers
@p We sell to three groups of customers: mine owners, drill-and-blast contractors and
+ explosives manufacturers. Our five largest customers accounted for 47% of our
+ revenue in 2024 and 44% in 2023. The following table sets forth each customer that
+ accounted for 5% or more of our revenue in either of the periods indicated.
@table 66,26,46,16,16
|Customer|Country|Principal products|2024|2023|
|Minera Qollqa S.A.A.|Peru|QuarryMind Enterprise|15%|12%|
|Perforaciones Andinas Cóndor S.A.A.|Peru|DrillPath, FragSight|11%|9%|
|Rietvlei Platinum Mines Limited|South Africa|QuarryMind Enterprise|9%|11%|
|Coolgarra Gold Mines Limited|Australia|FragSight|7%|*|
@end
@small * Less than 5% of revenue for the period.
@p Quillon Analytics Australia Pty Ltd, our wholly owned subsidiary, employs our
+ Perth-based field engineering team and holds our contract with Tindarra Iron Ore
+ Limited, under which it has deployed FragSight at three Pilbara pits since 2023.
@p Our contracts are generally three-year subscriptions, invoiced annually in advance,
+ with usage-based fees for drill metres planned above a contracted volume. Our net
+ dollar retention rate was 131% as of June 30, 2025, and no customer that was live on
+ QuarryMind Enterprise at the start of 2024 has terminated its subscription.
@h2 Strategic Relationships
@p In February 2024, we entered into a joint development agreement with Karoo Rockline
+ Engineering (Pty) Ltd to embed our charge-design engine in the control systems of
+ Karoo's bulk explosives charging trucks. Neither party pays fees to the other under
+ the agreement, and each party retains ownership of the intellectual property it
+ contributes.
@h2 Infrastructure
@p We host QuarryMind on Nimbara Cloud Services, Inc. under a three-year
+ committed-spend agreement of $9.6 million that began in January 2025, and
+ substantially all of our model training is performed on GPU capacity purchased under
+ that agreement. If we fail to consume the committed amount by the end of the term,
+ we must pay the shortfall.
@h2 Competition
@p The market for mine planning and blast optimization software is fragmented and
+ rapidly evolving. Our principal competitors include Orebit Systems, Inc. and
+ Fragtrack Analytics Ltd., as well as in-house software groups at several of the
+ large explosives manufacturers. We believe we compete favorably on the basis of
+ model accuracy, the size of our labelled blast data set and the depth of our
+ integration with drilling equipment.
@h2 Legal Proceedings
@p In November 2024, Fragtrack Analytics Ltd. filed a complaint against Quillon Rock
+ Analytics, Inc. in the U.S. District Court for the District of Colorado, alleging
+ that our FragSight module infringes two of its patents. We believe the claims are
+ without merit and intend to defend ourselves vigorously; however, litigation is
+ inherently uncertain and an unfavorable outcome could require us to pay damages or
+ modify FragSight.
@h MANAGEMENT'S DISCUSSION AND ANALYSIS - LIQUIDITY AND CAPITAL RESOURCES
@p As of June 30, 2025, we had cash and cash equivalents of $41.8 million. In March
+ 2024, we entered into a loan and security agreement with Harlow Pacific Bank
+ providing for term loans of up to $15.0 million, of which $10.0 million was
+ outstanding as of June 30, 2025. Borrowings bear interest at the greater of the
+ prime rate plus 1.25% and 8.75% per annum and mature in March 2028. The agreement
+ contains customary affirmative and negative covenants, including a minimum liquidity
+ covenant of $10.0 million, and we were in compliance with all covenants as of June
+ 30, 2025.
@h CERTAIN RELATIONSHIPS AND RELATED PARTY TRANSACTIONS
@p The following is a description of transactions since January 1, 2022 in which the
+ amount involved exceeded $120,000 and in which any of our directors, executive
+ officers or holders of more than 5% of our capital stock had or will have a direct
+ or indirect material interest.
@p Series C Preferred Stock Financing. In June 2023, Sentinel Blastech Holdings
+ Limited purchased 2,508,000 shares of our Series C convertible preferred stock at a
+ purchase price of $7.9745 per share, for an aggregate purchase price of $20.0
+ million. Thandeka Mokoena, the chief executive officer of Sentinel Blastech Holdings
+ Limited, has served as a member of our board of directors since July 2023.
@p Investor Rights Agreement. We are party to an amended and restated investor rights
+ agreement with certain holders of our preferred stock, which provides those holders
+ with registration rights and information rights. The information rights will
+ terminate upon the completion of this offering.
@h PRINCIPAL STOCKHOLDERS
@p The following table sets forth information regarding the beneficial ownership of
+ our common stock as of August 31, 2025, assuming the conversion of all outstanding
+ shares of preferred stock into 24,195,000 shares of common stock. Percentage
+ ownership before the offering is based on 34,850,000 shares outstanding, and
+ percentage ownership after the offering is based on 42,350,000 shares outstanding.
@table 80,28,31,31
|Name of beneficial owner|Shares|Before offering|After offering|
|5% Stockholders:||||
|Quandong Ridge Ventures Fund II, L.P.|6,412,500|18.4%|15.1%|
|Sentinel Blastech Holdings Limited|2,508,000|7.2%|5.9%|
|Directors and Executive Officers:||||
|Renata Vasquez-Hale|1,880,000|5.4%|4.4%|
|Owen Castellanos|612,000|1.8%|1.4%|
|All directors and officers as a group (8 persons)|3,104,400|8.9%|7.3%|
@end
@small Shares held by Quandong Ridge Ventures Fund II, L.P. are held of record by the
+ fund; voting and investment decisions are made by the investment committee of its
+ general partner, which consists of three members, none of whom individually has
+ voting or dispositive power.
@h UNDERWRITING
@p Calder Whitby & Co. and Pemberton Lyle Securities LLC are acting as representatives
+ of the underwriters of this offering. Subject to the terms and conditions of an
+ underwriting agreement between us and the representatives, each underwriter has
+ severally agreed to purchase the number of shares of common stock set forth opposite
+ its name in the underwriting agreement. The underwriters have an option for 30 days
+ to purchase up to 1,125,000 additional shares of common stock at the initial public
+ offering price, less underwriting discounts and commissions.
@h LEGAL MATTERS
@p The validity of the shares of common stock offered by this prospectus will be
+ passed upon for us by Ashcombe & Drury LLP, Denver, Colorado. Certain legal matters
+ will be passed upon for the underwriters by Harwell Pike LLP, New York, New York.
@h EXPERTS
@p The consolidated financial statements included in this prospectus have been audited
+ by Brantley Oakes LLP, an independent registered public accounting firm, as stated
+ in their report appearing herein, and are included in reliance upon such report
+ given on the authority of such firm as experts in accounting and auditing.
""",
    },
    "03_Yantuo_A-share-announcement.pdf": {
        "face": 2,
        "latin": None,
        "title": "湖南岩拓智能装备股份有限公司公告",
        "date": datetime(2025, 8, 6, tzinfo=UTC),
        "footer": "第{page}页",
        "markup": """
@small 证券代码：688947　　　　证券简称：岩拓智能　　　　公告编号：2025-046
@title 湖南岩拓智能装备股份有限公司
@title 关于对外投资、签订日常经营重大合同暨预计2025年度日常关联交易的公告
@small
+ 本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对
+其内容的真实性、准确性和完整性依法承担法律责任。
@h 重要内容提示：
@bullet 投资标的名称：深岩视觉科技（深圳）有限公司（以下简称“深岩视觉”）。
@bullet
+ 投资金额：公司拟以自有资金人民币8,000万元对深岩视觉进行增资，增资完成后公司将成为深
+岩视觉的参股股东。
@bullet
+ 日常经营重大合同：补充协议生效后，公司与凯斯盖特钻探有限公司之间的钻机采购合同总金额
+为4,860万澳元，约占公司2024年度经审计营业收入的19.6%。
@bullet
+ 日常关联交易：2025年度公司预计与关联方发生日常关联交易金额不超过人民币3.5亿元，该事
+项尚需提交股东大会审议。
@bullet
+ 本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重
+组。
@bullet
+ 风险提示：深岩视觉尚处于亏损状态，其技术路线及产品商业化进度存在不确定性；上述合同的
+履行可能受汇率波动、海外物流等因素影响，敬请广大投资者注意投资风险。
@h 一、对外投资概述
@h2 （一）本次投资的基本情况
@p
+ 为加快公司凿岩钻机“感知—决策—执行”一体化智能升级，提升钻机在复杂岩层中的自适应钻进能
+力，公司拟以自有资金人民币8,000万元认购深岩视觉新增注册资本人民币380.95万元，本次增资
+完成后，公司将持有深岩视觉16.00%的股权。
@h2 （二）审议程序
@p
+ 公司于2025年8月5日召开第三届董事会第十四次会议，审议通过了《关于对外投资的议案》。根
+据《上海证券交易所科创板股票上市规则》及《公司章程》的相关规定，本次对外投资事项在董
+事会审批权限范围内，无需提交股东大会审议。
@h 二、投资标的基本情况
@h2 （一）基本信息
@p 1. 公司名称：深岩视觉科技（深圳）有限公司；2.
+ 统一社会信用代码：91440300MA5H7K2X4Q；3. 成立日期：2021年3月16日；4.
+ 注册资本：人民币2,000.00万元；5. 法定代表人：周启航；6.
+ 经营范围：矿山爆破与凿岩场景机器视觉算法、岩体结构识别软件及边缘计算终端的研发、销售
+及技术服务。
@h2 （二）主要财务数据
@table 50,60,60
|项目|2024年12月31日/2024年度|2025年6月30日/2025年1-6月|
|资产总额|13,742.56|14,108.33|
|净资产|9,386.12|8,517.40|
|营业收入|6,215.38|3,904.71|
|净利润|-1,842.60|-868.72|
@end
@small 单位：人民币万元
@p
+ 深岩视觉2024年度财务报表已经湘信会计师事务所（特殊普通合伙）审计，并出具了标准无保留
+意见的审计报告；2025年1-6月财务数据未经审计。
@h2 （三）本次增资前后的股权结构
@table 66,40,32,32
|股东名称|增资前认缴出资（万元）|增资前持股比例|增资后持股比例|
|周启航|1,100.00|55.00%|46.20%|
|苏州启岩创业投资合伙企业（有限合伙）|600.00|30.00%|25.20%|
|林蔚|300.00|15.00%|12.60%|
|湖南岩拓智能装备股份有限公司|—|—|16.00%|
|合计|2,000.00|100.00%|100.00%|
@end
@h2 （四）其他说明
@p
+ 深岩视觉与公司及公司控股股东、实际控制人、董事、监事、高级管理人员不存在关联关系，其
+产权清晰，不存在抵押、质押及其他任何限制转让的情况。据公司了解，铁岳重工股份有限公司
+曾于2024年就投资深岩视觉进行过接洽，但双方最终未达成合作。
@h 三、增资协议的主要内容
@p 1.
+ 增资款支付：公司分两期支付增资款，首期人民币4,800万元于协议生效后15个工作日内支付，
+第二期人民币3,200万元于深岩视觉完成2025年度经营目标后支付。
@p 2. 公司治理：增资完成后，深岩视觉董事会由5名董事组成，其中公司有权提名1名董事。
@p 3.
+ 业务合作：增资完成后，公司全资子公司湖南岩拓凿岩机械有限公司将与深岩视觉在长沙共建“
+智能凿岩联合实验室”，共同开展岩体识别模型在钻机上的部署验证。
@p 4. 违约责任：任何一方违反协议约定的，应赔偿守约方因此遭受的全部损失。
@h 四、签订日常经营重大合同的情况
@h2 （一）合同基本情况
@p 2025年8月4日，公司与澳大利亚凯斯盖特钻探有限公司（Kestrelgate Drilling
+ Limited，澳大利亚证券交易所上市公司，证券代码：KGD，以下简称“凯斯盖特”）签订《智能凿
+岩钻机采购合同之补充协议》，凯斯盖特向公司采购的YT-D90系列智能潜孔钻机由18台增加至40
+台，合同总金额增至4,860万澳元（约合人民币2.27亿元）。
@h2 （二）合同对方基本情况
@p
+ 凯斯盖特成立于2006年，总部位于西澳大利亚州珀斯，主要为澳大利亚及秘鲁的露天矿山提供品
+位控制钻探及爆破孔钻探服务，2025财年营业收入8.42亿澳元。凯斯盖特与公司不存在关联关系
+，最近三个会计年度与公司未发生其他业务往来。
@h2 （三）合同履行情况
@p
+ 截至本公告披露日，公司已按原合同交付首批18台钻机，剩余22台计划于2026年6月前分批交付
+。为履行上述合同，公司已向南非卡鲁岩线工程有限公司（Karoo Rockline Engineering (Pty)
+ Ltd）订购钻机配套的液压回转头及自动换杆装置，采购金额约为1,260万美元。
@h2 （四）对公司的影响
@p
+ 本合同的履行预计将对公司2025年度及2026年度经营业绩产生积极影响，有利于公司智能钻机产
+品进一步开拓澳大利亚及南美市场。公司主要业务不会因履行本合同而对合同对方形成依赖。
@h 五、预计2025年度日常关联交易的情况
@h2 （一）关联方介绍
@p
+ 华矿智钻控股有限公司（香港联合交易所有限公司上市公司，股份代号：2739，以下简称“华矿
+智钻”）持有公司股份31,620,000股，占公司总股本的6.20%，为公司持股5%以上股东，根据《上
+海证券交易所科创板股票上市规则》的规定，华矿智钻及其子公司为公司的关联法人。
@h2 （二）预计金额和类别
@p
+ 2025年度，公司预计向华矿智钻及其子公司销售智能凿岩钻机、备品备件并提供技术服务，预计
+金额合计不超过人民币3.5亿元；2024年度实际发生金额为人民币2.18亿元。
@table 46,44,36,44
|关联交易类别|关联人|2025年度预计金额|2024年度实际发生金额|
|向关联人销售产品、商品|华矿智钻及其子公司|32,000.00|19,860.00|
|向关联人提供劳务|华矿智钻及其子公司|3,000.00|1,940.00|
|合计|—|35,000.00|21,800.00|
@end
@small 单位：人民币万元
@h2 （三）定价政策与审议程序
@p
+ 公司与关联方之间的交易遵循公平、公正、公允的原则，以市场价格为基础协商确定。公司于20
+25年8月5日召开第三届董事会独立董事专门会议第五次会议及第三届董事会第十四次会议，关联
+董事梁振岳已回避表决。该事项尚需提交公司2025年第二次临时股东大会审议，关联股东将在股
+东大会上回避表决。
@h 六、其他事项
@h2 （一）算力服务协议
@p
+ 为支持钻进控制模型的训练与迭代，公司于2025年7月与云矿算力（贵州）有限公司签订《算力
+服务协议》，由其在未来三年向公司提供GPU算力租赁服务，合同金额为人民币2,400万元。
@h2 （二）银行授信
@p
+ 近日，公司收到长沙岳麓商业银行股份有限公司出具的授信批复，该行同意向公司提供人民币5
+亿元的综合授信额度，授信期限三年，主要用于补充流动资金及开立银行承兑汇票。
@h2 （三）行业竞争情况
@p
+ 目前国内智能凿岩钻机市场的主要参与者还包括铁岳重工股份有限公司和江北钻掘装备有限公司
+，市场竞争较为激烈，公司将持续加大研发投入以保持竞争优势。
@h 七、风险提示
@p
+ 深岩视觉的经营业绩可能受行业政策、市场竞争及技术迭代等因素影响，公司存在投资收益不及
+预期的风险。日常经营合同在履行过程中可能受不可抗力、汇率波动等因素影响。公司将根据相
+关事项的进展情况及时履行信息披露义务。敬请广大投资者理性投资，注意投资风险。
@p 特此公告。
@right 湖南岩拓智能装备股份有限公司董事会
@right 2025年8月6日
""",
    },
    "04_Huakuang_HKEX-announcement.pdf": {
        "face": 3,
        "latin": None,
        "title": "華礦智鑽控股有限公司公告",
        "date": datetime(2025, 9, 2, tzinfo=UTC),
        "footer": "－ {page} －",
        "markup": """
@small
+ 香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或
+完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該
+等內容而引致之任何損失承擔任何責任。
@title 華礦智鑽控股有限公司
@c HUAKUANG SMART DRILLING HOLDINGS LIMITED
@c （於開曼群島註冊成立之有限公司）
@c （股份代號：2739）
@title 須予披露交易
@c 收購雷洲民爆化工有限公司51%股權及提供財務資助
@title 及
@c 自願公告－業務最新發展
@h 收購事項
@p
+ 董事會欣然宣佈，於2025年9月2日（交易時段後），本公司與贛東化工集團有限公司（「賣方」
+）訂立股權轉讓協議，據此，本公司同意收購而賣方同意出售雷洲民爆化工有限公司（「目標公
+司」）51%股權，代價為人民幣612,000,000元。
@h 提供財務資助
@p
+ 根據股權轉讓協議，本公司同意於完成後向雷洲民爆化工有限公司提供本金總額不超過人民幣15
+0,000,000元之股東貸款，年利率為3.6%，為期三年，用於建設電子雷管智能化生產線。
@h 上市規則之涵義
@p
+ 由於有關收購事項及提供財務資助（合併計算）之一項或多項適用百分比率超過5%但均低於25%
+，故收購事項及提供財務資助構成本公司之須予披露交易，須遵守上市規則第14章之通知及公告
+規定，惟獲豁免遵守股東批准規定。
@h 股權轉讓協議
@p 日期：2025年9月2日。訂約方：(1) 本公司（作為買方）；及 (2)
+ 賣方。標的事項：目標公司51%股權。
@p 代價及支付方式：代價將以本集團內部資源及銀行借款撥付，並分三期以現金支付：(i)
+ 人民幣183,600,000元（即代價之30%）於簽署協議後十個營業日內支付；(ii)
+ 人民幣306,000,000元（即代價之50%）於完成時支付；及 (iii)
+ 人民幣122,400,000元（即代價之20%）於目標公司2026年度經審核純利不少於人民幣95,000,000
+元後支付。
@p
+ 代價基準：代價乃由買方與賣方經公平磋商後釐定，並已參考獨立估值師就目標公司全部股權於
+2025年6月30日之估值人民幣1,205,000,000元。
@h 有關目標公司及賣方之資料
@p
+ 目標公司為一家於中國成立之有限公司，主要於廣東省及廣西壯族自治區從事工業炸藥及電子雷
+管之生產、銷售及爆破服務，持有年產能6.8萬噸工業炸藥之生產許可。於本公告日期，贛東化工
+集團有限公司持有雷洲民爆化工有限公司全部股權。
@p
+ 賣方為一家於中國成立之有限公司，主要從事基礎化工原料之生產及銷售。據董事作出一切合理
+查詢後所知、所悉及所信，賣方及其最終實益擁有人均為獨立第三方。
@p 目標公司根據中國企業會計準則編製之財務資料如下：
@table 60,55,55
|人民幣千元|截至2023年12月31日止年度|截至2024年12月31日止年度|
|收益|986,420|1,072,315|
|除稅前溢利|112,806|131,547|
|除稅後溢利|91,214|104,662|
@end
@p 於2025年6月30日，目標公司之未經審核資產淨值約為人民幣742,310,000元。
@h 進行收購事項之理由及裨益
@p
+ 本集團主要從事露天及地下礦山鑽探服務、智能鑽機研發及鑽孔數據服務。雷洲民爆化工有限公
+司與粵峰民爆股份有限公司及桂嶺化工集團有限公司並列華南地區三大工業炸藥生產商。收購事
+項將使本集團得以提供「鑽孔—裝藥—起爆」一體化服務，並將本集團之智能鑽孔數據與目標公司
+之電子雷管延時設計相結合，提升爆破效果及降低客戶單位礦石成本。董事認為，股權轉讓協議
+之條款屬公平合理，並符合本公司及股東之整體利益。
@h 自願公告－業務最新發展
@p 1.
+ 鑽機採購框架協議：本集團於2025年7月28日與湖南岩拓智能裝備股份有限公司（「岩拓智能」
+，其股份於上海證券交易所科創板上市）續訂鑽機採購框架協議，據此，本集團於2025年度向岩
+拓智能採購智能鑽機及備件之金額上限為人民幣350,000,000元。本公司持有岩拓智能31,620,000
+股股份，佔其已發行股本約6.20%。
@p 2.
+ 鑽孔數據服務：本集團自2024年起向深岩視覺科技（深圳）有限公司提供礦山鑽孔影像數據採集
+服務，截至2024年12月31日止年度，本集團就此收取服務費約人民幣18,600,000元。
@p 3. 秘魯業務：本公司間接全資附屬公司華礦秘魯鑽探有限公司（Huakuang Perú
+ Perforaciones S.A.C.）自2023年起為Minera Qollqa
+ S.A.A.位於秘魯之露天銅礦提供爆破孔鑽探服務，並於2025年7月獲續約三年。
@p 4. 澄清媒體報道：董事會注意到近期有媒體報道指本公司正與Perforaciones Andinas Cóndor
+ S.A.A.商討潛在合併事宜，董事會謹此澄清，本公司並無進行任何有關磋商。
@h 一般資料
@p
+ 本公司為一家投資控股公司，其附屬公司主要於中國、東南亞及南美洲提供礦山鑽探服務。於本
+公告日期，鑫岩投資有限公司持有本公司已發行股份約41.37%，為本公司之控股股東。
@p
+ 卓溢融資有限公司為本公司有關收購事項之財務顧問，而柏衡律師事務所則擔任本公司之香港法
+律顧問。
@p
+ 由於收購事項須待股權轉讓協議所載之先決條件獲達成後方告完成，收購事項未必一定進行。股
+東及潛在投資者於買賣本公司股份時務請審慎行事。
@h 釋義
@table 34,136
|「董事會」|指 本公司董事會|
|「本公司」|指
+ 華礦智鑽控股有限公司，於開曼群島註冊成立之有限公司，其股份於聯交所主板上市|
|「本集團」|指 本公司及其附屬公司|
|「目標公司」|指 雷洲民爆化工有限公司，一家於中國成立之有限公司|
|「賣方」|指 贛東化工集團有限公司，一家於中國成立之有限公司|
|「岩拓智能」|指 湖南岩拓智能裝備股份有限公司|
|「上市規則」|指 聯交所證券上市規則|
@end
@right 承董事會命
@right 華礦智鑽控股有限公司
@right 主席 梁振岳
@right 香港，2025年9月2日
@small
+ 於本公告日期，董事會包括執行董事梁振岳先生（主席）、何景峰先生及陳曉琳女士；非執行董
+事吳啟明先生；以及獨立非執行董事鄧慧儀女士、馮國權先生及葉穎思女士。
""",
    },
    "05_Sentinel_interim-report.pdf": {
        "face": None,
        "latin": 'sans',
        "title": "Sentinel Blastech - Interim results (excerpt)",
        "date": datetime(2025, 5, 20, tzinfo=UTC),
        "footer": "Sentinel Blastech | Interim results 2025 | {page}",
        "markup": """
@title SENTINEL BLASTECH HOLDINGS LIMITED
@c (Incorporated in the Republic of South Africa)
@c Registration number: 2004/018842/06 | JSE share code: SBT | ISIN: ZAE000298114
@c ("Sentinel" or "the Group")
@h UNAUDITED CONDENSED CONSOLIDATED INTERIM RESULTS FOR THE SIX MONTHS ENDED 31 MARCH
+ 2025
@h2 Salient features
@bullet Revenue up 8% to R6.42 billion
@bullet Headline earnings per share up 11% to 412 cents
@bullet Digital and data revenue up 37% to R388 million
@bullet Net debt to EBITDA of 0.9 times
@bullet Interim dividend of 135 cents per share declared
@h COMMENTARY
@h2 Overview
@p The Group delivered a resilient first half despite softer platinum group metal
+ prices and continued electricity constraints in South Africa. Bulk emulsion volumes
+ rose 4% to 318,000 tonnes, electronic detonator sales increased by 19%, and our
+ digital blast-design and analytics services grew strongly from a small base.
+ Operating profit increased by 9% to R1.03 billion and the operating margin was
+ stable at 16.0%.
@p Our strategy remains to move from selling tonnes of explosives to selling blast
+ outcomes. Every blast we load now generates measurement-while-drilling, vibration
+ and fragmentation data, and the models we train on that data are becoming a
+ meaningful part of how customers choose their explosives supplier.
@h2 Southern Africa
@p Revenue in Southern Africa increased by 5% to R4.21 billion. Rietvlei Platinum
+ Mines Limited, the Group's largest customer in South Africa, renewed its bulk
+ explosives and blasting services contract for a further four years from January 2025
+ and accounted for 13% of Group revenue in the period. Volumes to gold and coal
+ customers were flat.
@p Pricing conditions remained competitive. Our principal competitors in the region,
+ Vaalkop Initiating Systems and Marrakai Explosives, both implemented list-price
+ increases of between 6% and 8% in January, and we followed with an average increase
+ of 5.5% that was largely absorbed by higher ammonium nitrate costs.
@p Karoo Rockline Engineering (Pty) Ltd delivered 22 mobile manufacturing units to the
+ Group during the period at a total cost of R268 million, completing the fleet
+ renewal programme approved by the board in 2023. The Competition Tribunal hearing of
+ the complaint lodged by Vaalkop Initiating Systems against Karoo Rockline
+ Engineering, which concerns exclusivity terms in mobile manufacturing unit supply
+ contracts, has been postponed to August 2025. The Group is not a party to those
+ proceedings.
@h2 Latin America
@p Revenue in Latin America increased by 21% to R1.82 billion, helped by a weaker
+ rand. Voladuras del Pacífico S.A.C. secured a five-year bulk emulsion supply and
+ blasting services contract with Minera Qollqa S.A.A. valued at approximately US$96
+ million, with deliveries to the Antaccasa copper mine starting in February 2025. The
+ new emulsion plant in Arequipa was commissioned on schedule and is operating at 70%
+ of nameplate capacity.
@h2 Digital and data
@p Digital and data revenue, which includes blast-design software, vibration
+ monitoring and data licensing, increased by 37% to R388 million. During the period
+ the Group licensed its BlastVault database of 1.9 million recorded blast outcomes to
+ Quillon Rock Analytics, Inc., earning licence income of US$1.4 million. The licence
+ is non-exclusive and runs for three years.
@p On 1 December 2024 the Group acquired 100% of Blastwise Digital (Pty) Ltd, a
+ Johannesburg developer of AI-based blast vibration and flyrock prediction software,
+ for a purchase consideration of R240 million. Blastwise contributed revenue of R31
+ million and an operating loss of R4 million since acquisition.
@p In February 2025 the Group and Leizhou Civil Explosives Chemical Co., Ltd. signed a
+ technology cooperation agreement to jointly develop programmable electronic
+ detonators with on-board firing-time optimisation for Chinese and African mines.
+ Each party will bear its own development costs, and no payments are due under the
+ agreement.
@h2 Funding and capital allocation
@p Cash generated from operations was R842 million. Capital expenditure of R512
+ million included the mobile manufacturing unit programme and the Arequipa plant. In
+ March 2025 Highveld Merchant Bank Limited increased the Group's revolving credit
+ facility from R1.2 billion to R1.8 billion and extended its maturity to March 2029.
+ Net debt at 31 March 2025 was R1.06 billion (30 September 2024: R0.81 billion),
+ equivalent to 0.9 times trailing EBITDA.
@h2 Outlook
@p We expect second-half volumes to be similar to the first half, with growth in Latin
+ America offsetting softer demand from platinum producers. The board remains
+ comfortable with full-year market consensus. This outlook has not been reviewed or
+ reported on by the Group's external auditor.
@h SELECTED NOTES TO THE CONDENSED CONSOLIDATED INTERIM FINANCIAL STATEMENTS
@h2 9. Business combination
@p The acquisition of Blastwise Digital (Pty) Ltd has been accounted for using the
+ acquisition method. The provisional fair values of the identifiable net assets
+ acquired are set out below.
@table 120,50
|Blastwise Digital (Pty) Ltd - provisional fair values|R million|
|Intangible assets - software and customer relationships|96.0|
|Property, plant and equipment|4.2|
|Trade and other receivables|11.8|
|Cash and cash equivalents|7.5|
|Trade and other payables|(9.1)|
|Deferred tax liability|(25.9)|
|Net identifiable assets|84.5|
|Goodwill|155.5|
|Purchase consideration|240.0|
@end
@p Goodwill is attributable to the assembled data-science workforce and expected
+ synergies with the Group's blast-design services, and is not deductible for tax
+ purposes.
@h2 10. Related party transactions
@p The Group's associate, Lebombo Emulsions (Pty) Ltd, in which the Group holds 35%,
+ supplied emulsion matrix worth R87.4 million to the Group's Mpumalanga operations
+ during the period (March 2024: R61.2 million). Transactions with the associate are
+ concluded on terms equivalent to those that prevail in arm's length transactions.
+ There were no other material related party transactions during the period.
@h2 11. Principal subsidiaries
@p The following subsidiaries were added to the Group's principal subsidiaries during
+ the period because they became material to its results:
@table 56,26,20,68
|Subsidiary|Country|Holding|Principal activity|
|Voladuras del Pacífico S.A.C.|Peru|100%|Explosives and blasting services|
|Blastwise Digital (Pty) Ltd|South Africa|100%|Blast analytics software|
@end
@h2 12. Auditor
@p These condensed consolidated interim results have not been reviewed or audited by
+ the Group's external auditor, Msimang Venter Inc., which succeeded Tshwane Assurance
+ Partners as auditor with effect from the 2025 financial year.
@p Signed on behalf of the board: Thandeka Mokoena, Chief Executive Officer; Pieter du
+ Randt, Chief Financial Officer. Johannesburg, 20 May 2025.
""",
    },
}


if __name__ == "__main__":
    main()
