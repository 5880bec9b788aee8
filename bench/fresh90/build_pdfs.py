"""Build the PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English PDFs use the core Helvetica font and wrap at spaces. Chinese PDFs use the
Noto Sans CJK face (SC or TC) from the system .ttc: the face is subset to the
characters used, its CFF outlines are converted to TrueType quadratics with cu2qu,
and the resulting .ttf is written to a temporary directory that is removed at the end.
Chinese lines are broken only after "。" so that every sentence extracts on one line;
a sentence too wide for the page is set in a smaller size instead of being wrapped.
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

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_FACE = {"sc": 2, "tc": 3}


# --------------------------------------------------------------------------- fonts

def cff_to_truetype(font):
    """Replace the CFF table of an OpenType font by quadratic glyf outlines."""
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
    for tag in ("VORG", "CFF2"):
        if tag in font:
            del font[tag]
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        width, _ = hmtx[name]
        hmtx[name] = (width, getattr(glyph, "xMin", 0))
    maxp = font["maxp"]  # upgrade to version 1.0 (TrueType outlines)
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.recalc(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face, text, workdir):
    """Write a TrueType subset of the SC or TC face covering `text`; return its path."""
    otf_path = os.path.join(workdir, f"noto_{face}.otf")
    TTCollection(CJK_TTC).fonts[CJK_FACE[face]].save(otf_path)
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    font = subset.load_font(otf_path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " 0123456789")
    subsetter.subset(font)
    cff_to_truetype(font)
    ttf_path = os.path.join(workdir, f"noto_{face}.ttf")
    font.save(ttf_path)
    return ttf_path


# --------------------------------------------------------------------------- layout

class Document(FPDF):
    def __init__(self, family, footer_text):
        super().__init__(format="A4")
        self.body_font = family
        self.footer_text = footer_text
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7)
        self.cell(0, 5, f"{self.footer_text} {self.page_no()}", align="C")


def write_english(pdf, blocks):
    sizes = {"title": 14, "h": 11, "p": 10, "small": 8}
    for kind, content in blocks:
        if kind == "table":
            write_table(pdf, content, 9)
            continue
        pdf.set_font("Helvetica", "B" if kind in ("title", "h") else "", sizes[kind])
        pdf.multi_cell(0, sizes[kind] * 0.5, content, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


def cjk_lines(pdf, text, size, min_size=5):
    """Pack whole sentences (ending in 。) into lines; shrink a sentence that cannot fit."""
    sentences = re.findall(r"[^。]*。|[^。]+$", text)
    lines, current = [], ""
    pdf.set_font(pdf.body_font, size=size)
    for sentence in sentences:
        if current and pdf.get_string_width(current + sentence) <= pdf.epw:
            current += sentence
            continue
        if current:
            lines.append((current, size))
        current = sentence
    if current:
        lines.append((current, size))
    fitted = []
    for line, line_size in lines:
        pdf.set_font(pdf.body_font, size=line_size)
        width = pdf.get_string_width(line)
        if width > pdf.epw:
            line_size = max(min_size, line_size * pdf.epw / width * 0.98)
        fitted.append((line, line_size))
    return fitted


def write_chinese(pdf, blocks):
    sizes = {"title": 14, "h": 11, "p": 9.5, "small": 7.5}
    for kind, content in blocks:
        if kind == "table":
            write_table(pdf, content, 8.5)
            continue
        align = "C" if kind == "title" else "L"
        for line, size in cjk_lines(pdf, content, sizes[kind]):
            pdf.set_font(pdf.body_font, size=size)
            pdf.cell(0, sizes[kind] * 0.55, line, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)


def write_table(pdf, rows, size):
    widths = [pdf.epw * w for w in rows[0]]
    for i, row in enumerate(rows[1:]):
        bold = i == 0 and pdf.body_font == "Helvetica"
        pdf.set_font(pdf.body_font, "B" if bold else "", size)
        for width, cell in zip(widths, row):
            pdf.cell(width, size * 0.6, cell, border=1)
        pdf.ln(size * 0.6)
    pdf.ln(2)


def build(name, blocks, footer, face=None, workdir=None):
    if face is None:
        pdf = Document("Helvetica", footer)
        pdf.add_page()
        write_english(pdf, blocks)
    else:
        text = "".join(c if isinstance(c, str) else "".join(sum(c[1:], [])) for _, c in blocks)
        pdf = Document(face, footer)
        pdf.add_font(face, "", make_cjk_font(face, text + footer, workdir))
        pdf.add_page()
        write_chinese(pdf, blocks)
    pdf.output(os.path.join(HERE, name))


# --------------------------------------------------------------------------- 03 fund letter

THREADWELL = [
    ("title", "THREADWELL CAPITAL MANAGEMENT LLC"),
    ("h", "Quarterly Letter to Limited Partners - Third Quarter 2025"),
    ("small", "Threadwell Fund II, L.P. | Threadwell Fund III, L.P. | 500 Sansome Street, Suite 1200, "
              "San Francisco, CA 94111 | October 30, 2025 | CONFIDENTIAL - FOR LIMITED PARTNERS ONLY"),
    ("p", "Dear Limited Partners,"),
    ("p", "The third quarter was a busy one for the portfolio and for the firm. We closed Fund III, "
          "realised part of our oldest position, and led two new rounds in what we call the physical "
          "layer of apparel AI: the machines and sensors that actually touch fabric. This letter "
          "summarises those events. Capital account statements will follow separately from our "
          "administrator."),
    ("h", "1. Fund III final close"),
    ("p", "Fund III held its final close on September 30 at $420 million, above its $350 million target "
          "and roughly 1.6x the size of Fund II. We are pleased to welcome Northline Compute as an anchor "
          "limited partner in Fund III with a $40 million commitment, its first commitment to a venture "
          "fund. Northline's commitment carries no co-investment rights, no information rights beyond "
          "those of other limited partners and no preferential access to portfolio companies, and it was "
          "reviewed by our LP Advisory Committee under the conflicts policy."),
    ("h", "2. LoomMind AI (Fund II)"),
    ("p", "Threadwell first backed LoomMind AI in 2019, when Fund II invested $9.5 million to lead the "
          "company's Series A. LoomMind listed on Nasdaq in 2023 and has since compounded revenue at more "
          "than 40% a year; third-quarter revenue was $61.4 million. In August, Fund II sold 1.6 million "
          "shares in an overnight block at $41.20 per share, returning $65.9 million to the fund. "
          "Following the sale, Fund II continues to hold 11.2% of LoomMind's outstanding shares, and our "
          "partner Elise Varga remains on its board."),
    ("p", "It is worth recalling that in 2020 we passed on Stylegrid, which was then further along in "
          "revenue than LoomMind; the difference in outcome has come down to LoomMind's decision to plan "
          "at the level of the fabric roll rather than the style."),
    ("h", "3. New investments"),
    ("p", "Stitchcraft Robotics. In October, Fund III led the $42 million Series B of Stitchcraft Robotics "
          "with an $18 million investment. After the round we own approximately 21% of Stitchcraft on a "
          "fully diluted basis, and Elise Varga has joined its board. Stitchcraft's vision-guided sewing "
          "cells handle side seams, hems and pocket setting on knit garments, the operations that "
          "account for most of the labour in basics."),
    ("p", "Hongfang Ventures, the venture arm of Taiwan's Hongfang Smart Textile, co-invested $9 million "
          "in the round. Stitchcraft buys its servo drives and edge vision modules from Hongfang Smart "
          "Textile, and we regard the strategic investor as a source of supply security rather than a "
          "conflict. We looked closely at Seamwright Automation before committing and chose not to "
          "participate in its round."),
    ("p", "Fabrisense. Fund III also led the EUR 7 million Series A of Fabrisense GmbH, a Stuttgart maker "
          "of yarn-tension and seam sensors, acquiring a 24% stake. Fabrisense and Stitchcraft are "
          "co-developing a closed-loop stitch-tension system and will share the resulting patents; the "
          "two teams met through our portfolio programme."),
    ("h", "4. Portfolio summary (unaudited, as of September 30, 2025)"),
    ("table", [[0.34, 0.1, 0.16, 0.14, 0.14, 0.12],
               ["Company", "Fund", "First invested", "Cost ($m)", "Fair value ($m)", "Multiple"],
               ["LoomMind AI, Inc.", "II", "2019", "34.6", "188.2", "5.4x"],
               ["Stitchcraft Robotics Inc.", "III", "2025", "18.0", "18.0", "1.0x"],
               ["Fabrisense GmbH", "III", "2025", "7.6", "7.6", "1.0x"],
               ["Other holdings (9)", "II / III", "2020-2025", "96.3", "121.4", "1.3x"]]),
    ("h", "5. Outlook"),
    ("p", "Tariff changes and wage inflation across South and Southeast Asia are pushing garment makers to "
          "look at automation again. Our view remains that software which saves fabric will be adopted "
          "first, followed by inspection, and only then by robotic sewing on long runs of simple "
          "garments. We expect Fund III to make eight to ten further initial investments over the next "
          "three years."),
    ("p", "As always, please reach out to us with questions. We are grateful for your support."),
    ("p", "Sincerely,  Elise Varga and Jonah Whitcombe, Managing Partners"),
    ("h", "Important information"),
    ("small", "This letter is provided to limited partners of the Threadwell funds for informational purposes "
              "only and may not be reproduced. It is not an offer to sell or a solicitation of an offer to "
              "buy any security. Valuations are unaudited estimates and may change. Brightwater Fund "
              "Services LLC serves as fund administrator and Harrow & Pike LLP as independent auditor of "
              "Fund II and Fund III. Past performance is not indicative of future results."),
]


# --------------------------------------------------------------------------- 04 A-share announcement

ZHIHUI = [
    ("small", "证券代码：688417　　证券简称：织慧科技　　公告编号：2025-048"),
    ("title", "杭州织慧科技股份有限公司"),
    ("title", "关于签订日常经营重大合同的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
          "公司对本公告内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "●合同类型及金额：日常经营销售合同，合同金额为人民币18,600.00万元（含税）。"),
    ("p", "●合同生效条件：经双方法定代表人或授权代表签字并加盖公章后生效。"),
    ("p", "●合同履行期限：自合同生效之日起至2027年6月30日。"),
    ("p", "●对上市公司当期业绩的影响：合同的履行预计将对公司2025年度至2027年度经营业绩产生积极影响。"),
    ("p", "●特别风险提示：合同履行过程中可能受到不可抗力、客户经营状况变化等因素影响，敬请投资者注意投资风险。"),
    ("h", "一、审议程序情况"),
    ("p", "本合同为公司日常经营性合同。"
          "根据《上海证券交易所科创板股票上市规则》及《公司章程》等相关规定，本合同无需提交公司董事会或股东大会审议。"),
    ("h", "二、合同标的和对方当事人情况"),
    ("h", "（一）合同标的情况"),
    ("p", "公司于2025年8月25日与江苏锦澜纺织集团股份有限公司（以下简称“锦澜纺织”）签订了《智能验布系统采购合同》。"
          "根据合同约定，公司向锦澜纺织提供AI视觉验布系统220套及染整在线检测系统36套，合同金额为人民币18,600.00万元。"),
    ("h", "（二）合同对方当事人情况"),
    ("p", "1.公司名称：江苏锦澜纺织集团股份有限公司"),
    ("p", "2.企业性质：股份有限公司（非上市）"),
    ("p", "3.法定代表人：顾建平"),
    ("p", "4.注册资本：人民币68,000万元"),
    ("p", "5.注册地址：江苏省南通市通州区锦澜大道18号"),
    ("p", "6.主营业务：针织及梭织面料的研发、生产、印染和销售。"),
    ("p", "7.最近一年主要财务数据（未经审计）：总资产人民币96.4亿元，净资产人民币41.7亿元。"
          "2024年度营业收入人民币88.3亿元，净利润人民币5.2亿元。"),
    ("p", "8.关联关系说明：锦澜纺织与公司及公司控股股东、实际控制人、董事、监事、高级管理人员之间不存在关联关系。"),
    ("p", "9.最近三个会计年度，公司与锦澜纺织发生的交易金额分别为人民币1,260万元、3,480万元和7,920万元。"),
    ("h", "三、合同主要条款"),
    ("p", "1.合同金额：人民币18,600.00万元（含税）。"),
    ("p", "2.支付方式：合同生效后支付30%预付款，到货验收后支付40%，终验合格后支付25%，剩余5%作为质保金。"),
    ("p", "3.履行地点：锦澜纺织南通、宿迁生产基地。"),
    ("p", "4.履行方式：公司负责设备供货及算法部署。"
          "公司全资子公司织慧（苏州）智能装备有限公司将为锦澜纺织提供现场安装、调试及运维服务。"),
    ("p", "5.违约责任：任何一方违约的，应按合同约定向守约方支付违约金并赔偿相应损失。"),
    ("p", "6.争议解决：双方协商解决；协商不成的，提交合同签订地有管辖权的人民法院诉讼解决。"),
    ("h", "四、合同履行对上市公司的影响"),
    ("p", "1.本合同金额约占公司2024年度经审计营业收入的22.91%。"
          "合同的履行对公司2025年度至2027年度经营业绩将产生积极影响，具体以年度审计确认结果为准。"),
    ("p", "2.本合同所需边缘视觉模组主要向宏纺智能股份有限公司采购。"
          "公司已与宏纺智能签订年度采购框架协议，约定2025年度采购金额不超过人民币4,280万元。"),
    ("p", "3.公司模型训练所需算力由云启算力科技有限公司以年度租赁方式提供，目前供应稳定。"),
    ("p", "4.公司与LoomMind AI, Inc.签署的战略合作框架协议将推动验布缺陷数据与裁剪排料系统的对接。"
          "该协议不涉及具体交易金额，亦不涉及股权安排。"),
    ("p", "5.本次项目系锦澜纺织公开招标，视织科技等同行业公司亦参与了投标。"),
    ("p", "6.本合同的履行不会对公司业务的独立性构成影响，公司主要业务不会因履行合同而对合同对方形成依赖。"),
    ("table", [[0.4, 0.3, 0.3],
               ["项目", "2024年度（经审计）", "本合同金额"],
               ["营业收入（万元）", "81,190.42", "18,600.00"],
               ["占比", "-", "22.91%"]]),
    ("h", "五、股东情况说明"),
    ("p", "截至本公告披露日，公司持股5%以上股东杭州启源创业投资合伙企业（有限合伙）持有公司5.80%股份。"
          "该股东未参与本合同的谈判及签署。"),
    ("h", "六、风险提示"),
    ("p", "合同履行过程中，如遇宏观经济、行业政策、市场环境发生重大变化，可能导致合同无法如期或全部履行。"
          "公司将持续关注合同履行情况，并及时履行信息披露义务。"),
    ("p", "中鼎证券股份有限公司作为公司首次公开发行股票并在科创板上市的保荐机构，仍处于持续督导期内。"),
    ("p", "敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("p", "杭州织慧科技股份有限公司董事会"),
    ("p", "2025年8月26日"),
]


# --------------------------------------------------------------------------- 06 HKEX announcement

WINGYUE = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，"
              "對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生"
              "或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "永裕製衣控股有限公司"),
    ("title", "WING YUE GARMENTS HOLDINGS LIMITED"),
    ("p", "（於開曼群島註冊成立之有限公司）（股份代號：2683）"),
    ("title", "須予披露交易 採購智能縫製單元"),
    ("h", "採購協議"),
    ("p", "董事會欣然宣佈，於2025年10月28日（交易時段後），永裕越南（作為買方）與宏紡智能（作為賣方）訂立採購協議。"),
    ("p", "根據採購協議，宏紡智能同意向永裕越南出售120套智能縫製單元及相關視覺軟件授權，總代價為港幣156,000,000元。"),
    ("p", "由於有關採購協議項下交易之一項或多項適用百分比率超過5%但均低於25%，故該交易構成本公司之須予披露交易。"
          "因此，該交易須遵守上市規則第14章之通知及公告規定。"),
    ("h", "釋義"),
    ("p", "「董事會」指本公司董事會"),
    ("p", "「本公司」指永裕製衣控股有限公司，其股份於聯交所主板上市"),
    ("p", "「本集團」指本公司及其附屬公司"),
    ("p", "「永裕越南」指永裕(越南)製衣有限公司，一間於越南註冊成立之公司，為本公司之間接全資附屬公司"),
    ("p", "「宏紡智能」指宏紡智能股份有限公司，一間於台灣註冊成立之公司，其股份於台灣證券交易所上市"),
    ("p", "「上市規則」指聯交所證券上市規則"),
    ("h", "採購協議之主要條款"),
    ("table", [[0.3, 0.7],
               ["項目", "條款"],
               ["日期", "2025年10月28日"],
               ["買方", "永裕越南"],
               ["賣方", "宏紡智能"],
               ["標的", "120套智能縫製單元及視覺軟件授權"],
               ["代價", "港幣156,000,000元"],
               ["交付", "2026年第一季度至第三季度分三批交付"]]),
    ("p", "代價乃經買賣雙方公平磋商後釐定，並已參考同類設備之市場價格及預期節省之人工成本。"),
    ("p", "代價將分期支付：簽約後支付20%，每批交付驗收後支付該批次價款之70%，餘額於保用期屆滿後支付。"),
    ("p", "代價將以本集團內部資源及Cobaltline Bank, N.A.香港分行向本公司提供之港幣100,000,000元定期貸款撥付。"),
    ("h", "有關本集團及訂約方之資料"),
    ("p", "本集團主要從事針織及梭織成衣之製造及銷售，生產基地位於越南及廣東省。"),
    ("p", "本集團為美國服裝零售商Veridian Apparel Group, Inc.之最大成衣供應商。"),
    ("p", "於本公告日期，Veridian持有本公司約8.5%已發行股份，並非本公司之關連人士。"),
    ("p", "本集團之針織面料主要由江蘇錦瀾紡織集團股份有限公司供應。"),
    ("p", "宏紡智能主要從事智能縫製設備、伺服驅動器及邊緣視覺模組之研發及製造。"),
    ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，宏紡智能及其最終實益擁有人均為獨立第三方。"),
    ("h", "進行交易之理由及裨益"),
    ("p", "本集團一直推動生產流程數碼化。"),
    ("p", "本集團自2025年第三季度起於14間廠房採用LoomMind AI, Inc.之排料規劃平台，並按廠房數目支付訂閱費用。"),
    ("p", "本集團東莞廠房已安裝杭州織慧科技股份有限公司之裁片AI檢測工作站。"),
    ("p", "本集團亦已向Stitchcraft Robotics Inc.購買12台縫製機器人，於胡志明市廠房試行。"),
    ("p", "董事認為，引入智能縫製單元可減少對熟練車位工人之依賴，並提升交貨穩定性。"),
    ("p", "本集團之主要競爭對手包括恒藝製衣集團等越南及中國內地成衣製造商。"),
    ("p", "董事（包括獨立非執行董事）認為，採購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("h", "一般事項"),
    ("p", "卓信融資有限公司已獲委任為本公司有關本次交易之財務顧問。"),
    ("p", "承董事會命"),
    ("p", "永裕製衣控股有限公司"),
    ("p", "主席 何志堅"),
    ("p", "香港，2025年10月28日"),
    ("small", "於本公告日期，董事會由執行董事何志堅先生、何嘉欣女士及梁國華先生；"
              "以及獨立非執行董事陳慧玲女士、黃偉明先生及李振邦先生組成。"),
]


def main():
    workdir = tempfile.mkdtemp(prefix="cjk_fonts_")
    try:
        build("03_Threadwell_fund_letter.pdf", THREADWELL, "Threadwell Capital - Q3 2025 LP Letter - page")
        build("04_Zhihui_A-share_announcement.pdf", ZHIHUI, "织慧科技 公告 第", face="sc", workdir=workdir)
        build("06_WingYue_HKEX_announcement.pdf", WINGYUE, "永裕製衣 公告 第", face="tc", workdir=workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
