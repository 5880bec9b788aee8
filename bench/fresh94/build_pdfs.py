"""Build the PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces. Chinese text is set in
Noto Sans CJK SC, extracted from the system .ttc collection with fontTools and
subset to the characters used and converted from CFF to TrueType outlines
(fontTools cu2qu), in a temporary directory removed at the end.
Chinese lines are broken only after a full stop (。), so every sentence sits
on one line; a sentence that is too wide for the line is set slightly smaller.
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_COLLECTION = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

# Each document is a list of blocks: (kind, content).
# kinds: title, subtitle, heading, para, table (list of rows), pagebreak

BAOBAB = [
    ("title", "Baobab Towers Holdings Limited"),
    ("subtitle", "Integrated Annual Report 2025 - Extract"),
    ("subtitle", "(Incorporated in the Republic of Mauritius) JSE share code: BBT ISIN: MU0000BBT017"),
    ("heading", "Chairman's statement"),
    ("para", "2025 was the year in which Baobab stopped being only a landlord for steel and became an operator of "
             "intelligent, largely solar-powered infrastructure. Revenue rose 17% to US$612 million, adjusted EBITDA "
             "rose 19% to US$351 million, and our tenancy ratio improved from 1.42 to 1.51 across 18,700 sites in "
             "six countries."),
    ("para", "Savanna Telecom Group remains our anchor tenant, and in August 2025 it extended its master lease "
             "agreement with us for ten years across approximately 9,200 sites. The renewal removes the largest "
             "single contract expiry from our profile until 2035 and introduces CPI-linked escalators with a cap "
             "and a floor."),
    ("para", "Veldt Mobile became our second-largest tenant during the year, leasing space on 2,310 of our towers "
             "in Tanzania and Uganda. Co-location is the most capital-efficient growth we have, and we expect "
             "further amendments in 2026 as operators densify for 4G and 5G."),
    ("para", "Ironbridge Towers, which competes with Baobab for build-to-suit sites in Kenya, announced a merger "
             "with a regional peer during the year. We do not expect the combination to change pricing in our "
             "core markets."),
    ("heading", "Business review - energy and AI"),
    ("para", "Energy is the largest cost line at an off-grid tower, and diesel is both expensive and dirty. "
             "Tessera Energy Solutions supplies solar-hybrid power to 3,400 of our sites under an "
             "energy-as-a-service contract valued at US$27.5 million over seven years. Tessera owns and "
             "maintains the panels and batteries; we pay a fixed monthly fee per site and a variable charge "
             "for energy delivered."),
    ("para", "Huaxin Zhilian Technology supplied the AI-enabled energy controllers that we installed at 5,100 "
             "sites this year, under purchase orders totalling US$14.2 million. The controllers switch "
             "between grid, solar, battery and generator in real time and have reduced diesel consumption at "
             "equipped sites by 31%."),
    ("para", "Our predictive-maintenance models were co-developed with Neuronet Analytics under a joint "
             "development agreement in which each party retains its own intellectual property. The models "
             "now flag rectifier, battery and generator faults on average six days before failure."),
    ("para", "Site-owner rentals and field-contractor payments in Kenya and Uganda are now disbursed through "
             "MkopoPay, which charges us a per-transaction fee. MkopoPay, the mobile money subsidiary of "
             "Savanna Telecom Group, processed 1.9 million payments for us in 2025, and late-payment disputes "
             "with landowners fell by two-thirds."),
    ("table", [["Operating data", "2025", "2024"],
               ["Sites (number)", "18,700", "17,450"],
               ["Tenancies (number)", "28,240", "24,780"],
               ["Tenancy ratio (x)", "1.51", "1.42"],
               ["Sites with solar-hybrid power", "6,900", "4,100"],
               ["Sites with AI energy controllers", "5,100", "-"]]),
    ("pagebreak", None),
    ("heading", "Funding and capital structure"),
    ("para", "In March 2025 Kilima Development Bank provided Baobab with a US$180 million seven-year "
             "sustainability-linked term loan. The margin steps down by up to 15 basis points if we meet "
             "targets for diesel reduction and for the share of sites powered by renewable energy."),
    ("para", "Oasis Digital Infrastructure Fund invested US$95 million in new ordinary shares of Baobab in May "
             "2025. Following that subscription, Oasis Digital Infrastructure Fund holds 22.6% of the issued "
             "share capital of the Company and has appointed one non-executive director."),
    ("para", "Kessington Securities acted as sole financial adviser to Baobab on the equity raise. Net debt to "
             "EBITDA at year end was 3.4 times, within our target range of 3.0 to 4.0 times."),
    ("table", [["Principal shareholders at 31 December 2025", "Shares (m)", "%"],
               ["Founders' holding trust", "96.4", "31.0"],
               ["Oasis Digital Infrastructure Fund", "70.3", "22.6"],
               ["Public and institutional investors", "144.3", "46.4"]]),
    ("heading", "Principal risks"),
    ("para", "Our revenue is concentrated on a small number of mobile operators. Currency depreciation against "
             "the US dollar, changes in spectrum policy, delays in site permitting and the creditworthiness "
             "of tenants may adversely affect our results. Climate events can damage sites and interrupt "
             "service, and our energy contracts expose us to the performance of third-party suppliers."),
    ("heading", "Auditor"),
    ("para", "Greystone & Partners were reappointed as independent auditor of Baobab Towers Holdings Limited at "
             "the annual general meeting held on 12 June 2025. The audit committee has assessed their "
             "independence and is satisfied that non-audit services did not impair it."),
    ("heading", "Forward-looking statements"),
    ("para", "This report contains forward-looking statements regarding the Group's financial position, "
             "strategy and plans. Such statements involve risk and uncertainty because they relate to future "
             "events and circumstances. Actual results may differ materially from those expressed or implied. "
             "The Group undertakes no obligation to update any forward-looking statement."),
    ("para", "Signed on behalf of the Board: Dr. Imani Chege, Chair; Rashid Noorani, Chief Executive Officer. "
             "Port Louis, 27 February 2026."),
]

HUAXIN = [
    ("subtitle", "证券代码：301788　　证券简称：华信智联　　公告编号：2025-087"),
    ("title", "华信智联科技股份有限公司"),
    ("title", "关于全资子公司签订日常经营重大合同的公告"),
    ("para", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("heading", "特别提示："),
    ("para", "1．合同的生效条件：合同已经双方签字盖章并生效。"
             "2．合同的重大风险及重大不确定性：合同履行期限较长，可能受到国际政治经济形势、汇率波动等因素影响。"
             "3．合同履行对公司本年度经营成果的影响：本合同预计对公司2026年度营业收入产生积极影响。"),
    ("heading", "一、合同签署概况"),
    ("para", "2025年11月10日，公司全资子公司华信智联中东有限责任公司与卡马尔移动通信公司签订了AI无线网络优化系统采购合同，"
             "合同金额为1.26亿美元。"
             "华信智联中东有限责任公司为公司在迪拜设立的全资子公司，负责中东及北非地区业务。"
             "本合同为公司日常经营合同，根据《深圳证券交易所创业板股票上市规则》及《公司章程》的规定，无需提交董事会或股东大会审议。"),
    ("heading", "二、交易对手方介绍"),
    ("para", "1．名称：卡马尔移动通信公司（Qamar Mobile Telecommunications Co.）。"
             "2．注册地：沙特阿拉伯利雅得。"
             "3．主营业务：移动通信、固定宽带及企业数据服务。"
             "4．关联关系说明：卡马尔移动与公司及公司控股股东、实际控制人、董事、监事及高级管理人员不存在关联关系。"
             "5．履约能力分析：卡马尔移动经营情况良好，具备较强的履约能力。"),
    ("heading", "三、合同主要内容"),
    ("table", [["项目", "内容"],
               ["合同标的", "AI无线网络优化系统（含软件许可、边缘计算设备及实施服务）"],
               ["合同金额", "1.26亿美元（含税）"],
               ["交付期限", "2025年12月至2026年9月分批交付"],
               ["付款方式", "预付30%，到货验收后付60%，终验后付10%"],
               ["争议解决", "提交迪拜国际仲裁中心仲裁"]]),
    ("heading", "四、合同履行对公司的影响"),
    ("para", "本合同是公司AI网络优化产品首次在海湾地区规模化落地，有利于提升公司在中东及非洲市场的品牌影响力。"
             "公司此前已向猴面包树铁塔控股有限公司供应AI能源控制器，2025年1-10月累计确认收入约1.02亿元。"
             "本合同所需的AI加速模组主要向台湾鼎曜科技股份有限公司采购，公司已与其签订长期供货协议。"
             "公司与雪松云（CedarCloud）已签署边缘算力液冷舱联合开发框架协议，本合同部分边缘节点将采用该方案。"),
    ("para", "华信智联在中东市场的主要竞争对手为博恒通信及安瀚电子。"
             "卡马尔移动此前亦曾与博恒通信进行技术测试，但未签署任何采购协议。"
             "本合同的履行不影响公司业务的独立性，公司主要业务不会因履行本合同而对交易对手方形成依赖。"),
    ("pagebreak", None),
    ("heading", "五、持股5%以上股东情况说明"),
    ("para", "星耀数码控股有限公司持有公司6.8%股份，为公司持股5%以上股东。"
             "2024年12月，星耀数码以现金4.5亿元认购公司向特定对象发行的股票。"
             "本次合同的交易对手方与星耀数码不存在关联关系，本次交易不构成关联交易。"),
    ("heading", "六、风险提示"),
    ("para", "合同履行过程中，如遇不可抗力、政策变化、汇率大幅波动或交易对手方经营情况发生重大变化，可能导致合同无法如期或全部履行。"
             "公司将按照相关规定及时履行信息披露义务，敬请广大投资者注意投资风险。"),
    ("heading", "七、备查文件"),
    ("para", "1．AI无线网络优化系统采购合同。"
             "2．保荐机构核查意见。"
             "保荐机构中瑞证券股份有限公司对华信智联本次事项出具了核查意见。"),
    ("para", "特此公告。"),
    ("signature", "华信智联科技股份有限公司董事会"),
    ("signature", "2025年11月11日"),
]


class Document(FPDF):
    """A4 document with a plain page-number footer."""

    def __init__(self, family, footer_label):
        super().__init__(format="A4")
        self.family = family
        self.footer_label = footer_label
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, size=8)
        self.cell(0, 5, f"{self.footer_label}  {self.page_no()}", align="C")


def english_pdf(blocks, path, footer_label):
    pdf = Document("Helvetica", footer_label)
    pdf.add_page()
    for kind, content in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 16)
            pdf.multi_cell(0, 8, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "heading":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "para":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            add_table(pdf, content, "Helvetica", 9)
        elif kind == "pagebreak":
            pdf.add_page()
    pdf.output(path)


def add_table(pdf, rows, family, size, bold_headings=True):
    pdf.set_font(family, size=size)
    headings = FontFace(emphasis="BOLD" if bold_headings else None, fill_color=(225, 225, 225))
    with pdf.table(first_row_as_headings=True, line_height=5, headings_style=headings) as table:
        for row in rows:
            table_row = table.row()
            for cell in row:
                table_row.cell(cell)
    pdf.ln(3)


def chinese_sentences(text):
    """Split text after each 。 so that lines may only break there."""
    return [s for s in re.split(r"(?<=。)", text) if s]


def write_chinese_line(pdf, sentence, size, height):
    """Write one sentence on one line, shrinking the font only if it is too wide."""
    width = pdf.epw
    pdf.set_font_size(size)
    while pdf.get_string_width(sentence) > width and size > 6:
        size -= 0.25
        pdf.set_font_size(size)
    pdf.cell(0, height, sentence, new_x="LMARGIN", new_y="NEXT")


def chinese_pdf(blocks, path, footer_label, font_path):
    pdf = Document("NotoCJK", footer_label)
    pdf.add_font("NotoCJK", "", font_path)
    pdf.add_page()
    for kind, content in blocks:
        pdf.set_font("NotoCJK", size=10)
        if kind == "title":
            pdf.set_font_size(15)
            pdf.cell(0, 9, content, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font_size(9)
            pdf.cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "heading":
            pdf.ln(2)
            pdf.set_font_size(11)
            pdf.cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "para":
            for sentence in chinese_sentences(content):
                write_chinese_line(pdf, sentence, 9.5, 6)
            pdf.ln(1)
        elif kind == "signature":
            pdf.cell(0, 6, content, align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            add_table(pdf, content, "NotoCJK", 9, bold_headings=False)
        elif kind == "pagebreak":
            pdf.add_page()
    pdf.output(path)


def used_text(blocks):
    parts = []
    for _kind, content in blocks:
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(cell for row in content for cell in row)
    return "".join(parts) + "0123456789 "


def extract_cjk_face(index, text, directory):
    """Save one face of the CJK collection, subset to `text`, as a standalone font file."""
    font = TTCollection(CJK_COLLECTION).fonts[index]
    options = subset.Options()
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(directory, "NotoSansCJKsc-subset.ttf")
    font.save(path)
    return path


def cff_to_truetype(font, max_err=1.0):
    """Replace the CFF outlines of `font` by quadratic glyf outlines, in place."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    glyf.compile(font)

    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        width, _lsb = hmtx.metrics[name]
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


def main():
    english_pdf(BAOBAB, os.path.join(HERE, "02_Baobab_annual_report.pdf"),
                "Baobab Towers Holdings Limited - Integrated Annual Report 2025")
    tmpdir = tempfile.mkdtemp(prefix="cjk-font-")
    try:
        font_path = extract_cjk_face(CJK_SC_INDEX, used_text(HUAXIN) + "华信智联公告", tmpdir)
        chinese_pdf(HUAXIN, os.path.join(HERE, "05_华信智联_重大合同公告.pdf"),
                    "华信智联 2025-087", font_path)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
