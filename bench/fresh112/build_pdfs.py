"""Build the three PDF documents of fresh112 with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses Noto Sans CJK. The .ttc collection cannot be read by fpdf2,
so one face is extracted (index 2 = Simplified Chinese, 3 = Traditional
Chinese), subset to the characters used, its CFF outlines converted to
TrueType quadratic outlines with fontTools' cu2quPen, written to a temporary
directory, registered with add_font and the directory is removed afterwards.
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------
def _cff_to_glyf(font):
    """Replace the CFF table of an OTF font by quadratic glyf outlines."""
    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(tt_pen, 1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    for tag in ("VORG",):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        adv, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, getattr(g, "xMin", 0) if g.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, out_path):
    font = TTFont(CJK_TTC, fontNumber=face_index)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = subset.Subsetter(options=opts)
    chars = set(text) | set(" 0123456789")
    sub.populate(unicodes=[ord(c) for c in chars if ord(c) >= 32])
    sub.subset(font)
    _cff_to_glyf(font)
    font.save(out_path)


# ---------------------------------------------------------------------------
# Generic renderer
# ---------------------------------------------------------------------------
class Doc(FPDF):
    footer_fmt = "- {n} -"

    def footer(self):
        self.set_y(-14)
        self.set_font("body", size=8)
        self.cell(0, 6, self.footer_fmt.format(n=self.page_no()), align="C")


def all_text(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            for row in b[2]:
                out.extend(row)
        elif b[0] != "page":
            out.append(b[1])
    return "".join(out)


TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%&'/\-]*|\s+|.")
CLOSING = set("，。、；：）」』》%,.;:)")


def wrap_cjk(pdf, text, width):
    """Greedy line breaking for Chinese text: break between CJK characters
    or at spaces, never inside a Latin word or a number."""
    lines = []
    for para in text.split("\n"):
        line = ""
        for tok in TOKEN.findall(para):
            if tok.isspace():
                if line and pdf.get_string_width(line + " ") <= width:
                    line += " "
                elif line:
                    lines.append(line.rstrip())
                    line = ""
                continue
            if pdf.get_string_width(line + tok) <= width:
                line += tok
            elif tok in CLOSING and line:
                lines.append(line + tok)
                line = ""
            else:
                if line.strip():
                    lines.append(line.rstrip())
                line = tok
        lines.append(line.rstrip())
    return lines


def write_block(pdf, text, width, lh, align, cjk):
    if not cjk:
        pdf.multi_cell(width, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        return
    for line in wrap_cjk(pdf, text, width):
        pdf.cell(width, lh, line, align=align, new_x="LMARGIN", new_y="NEXT")


def render(blocks, path, fonts, footer_fmt, base=10.5, lh=6.2, cjk=False):
    pdf = Doc(format="A4")
    pdf.footer_fmt = footer_fmt
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("body", "", fonts[0])
    pdf.add_font("body", "B", fonts[1])
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("body", "B", base + 4)
            write_block(pdf, b[1], width, lh + 2, "C", cjk)
            pdf.ln(2)
        elif kind == "center":
            pdf.set_font("body", "", base)
            write_block(pdf, b[1], width, lh, "C", cjk)
        elif kind == "right":
            pdf.set_font("body", "", base)
            write_block(pdf, b[1], width, lh, "R", cjk)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("body", "B", base + 1)
            write_block(pdf, b[1], width, lh + 0.5, "L", cjk)
            pdf.ln(0.5)
        elif kind == "small":
            pdf.set_font("body", "", base - 2)
            write_block(pdf, b[1], width, lh - 1.5, "L", cjk)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("body", "", base)
            write_block(pdf, b[1], width, lh, "L", cjk)
            pdf.ln(1.8)
        elif kind == "table":
            widths, rows = b[1], b[2]
            pdf.set_font("body", "", base - 1.5)
            with pdf.table(col_widths=widths, width=width, line_height=lh - 1,
                           first_row_as_headings=True, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for row in rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 04 - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC04 = [
    ("center", "证券代码：688937　　　证券简称：凌犀智能　　　公告编号：2025-011"),
    ("title", "凌犀智能科技股份有限公司\n关于全资子公司签订日常关联交易合同、对外投资设立合资公司及认购港股上市公司配售股份的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "● 合同类型：日常经营性关联交易合同，合同标的为轮胎智能外观检测系统及相关软件授权与运维服务。"),
    ("p", "● 对外投资：公司拟在印度浦那与当地轮胎制造企业共同设立合资公司，公司持股51%。"),
    ("p", "● 认购配售股份：公司拟以自有资金认购一家香港联交所上市公司配售的新股，认购完成后持股比例低于5%。"),
    ("p", "● 本次关联交易已经公司第三届董事会第九次会议审议通过，关联董事周立衡先生回避表决，尚需提交公司股东大会审议。"),
    ("p", "● 风险提示：合同履行受客户产能建设进度影响，合资公司设立尚需取得中国境外投资备案及印度当地主管部门的登记，存在不确定性。"),
    ("h", "一、日常关联交易合同概述"),
    ("p", "（一）合同签订情况"),
    ("p", "2025年3月17日，公司全资子公司凌犀视觉（杭州）有限公司与华途轮胎股份有限公司签订了《轮胎智能外观检测系统采购合同》，合同金额为人民币2.36亿元（含税）。根据合同约定，凌犀视觉将为华途轮胎位于山东东营、安徽芜湖及泰国罗勇的三个生产基地提供共计46套轮胎智能外观检测系统，包括高分辨率线扫成像设备、缺陷识别算法软件授权以及为期三年的运维服务。"),
    ("p", "（二）关联关系说明"),
    ("p", "截至本公告披露日，华途轮胎持有公司股份1,860万股，占公司总股本的6.20%，为持有公司5%以上股份的股东。根据《上海证券交易所科创板股票上市规则》的相关规定，本次交易构成关联交易，但不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("p", "（三）关联方基本情况"),
    ("table", (30, 70), [
        ("项目", "内容"),
        ("名称", "华途轮胎股份有限公司"),
        ("法定代表人", "周立衡"),
        ("注册资本", "人民币12.6亿元"),
        ("住所", "山东省东营市广饶县经济开发区"),
        ("主营业务", "全钢及半钢子午线轮胎的研发、生产和销售"),
        ("2024年度主要财务数据", "营业收入人民币186.4亿元，净利润人民币14.2亿元"),
    ]),
    ("p", "（四）定价依据"),
    ("p", "本次交易价格参照公司向非关联客户销售同类产品的价格水平，并综合考虑设备配置、交付地点及运维服务期限，经双方协商确定，定价公允，不存在损害公司及中小股东利益的情形。"),
    ("p", "（五）审议程序"),
    ("p", "公司独立董事专门会议已事先审议通过该事项，全体独立董事一致同意将其提交董事会审议。华岳证券股份有限公司作为凌犀智能的保荐机构，对上述关联交易事项出具了无异议的核查意见。"),
    ("h", "二、对外投资设立合资公司"),
    ("p", "（一）对外投资概述"),
    ("p", "为把握印度轮胎制造业智能化升级的机遇，公司拟与Vindhara Tyres Limited在印度浦那共同设立凌维智检（印度）私人有限公司（LingVin Inspection Private Limited，暂定名，以当地登记机关核准为准），其中公司以自有资金出资1,530万美元，持股51%。Vindhara Tyres Limited以现金出资1,470万美元，持有合资公司49%的股权。"),
    ("p", "（二）合资方基本情况"),
    ("p", "Vindhara Tyres Limited成立于1987年，注册地为印度马哈拉施特拉邦浦那，在印度国家证券交易所及孟买证券交易所上市（证券代码：VINDHARA、543871），主要从事乘用车、两轮车及商用车轮胎的生产和销售。Vindhara Tyres Limited与公司及公司控股股东、实际控制人、董事、监事和高级管理人员之间不存在关联关系。"),
    ("p", "（三）合资公司基本情况"),
    ("table", (30, 70), [
        ("项目", "内容"),
        ("公司名称", "凌维智检（印度）私人有限公司"),
        ("注册地", "印度马哈拉施特拉邦浦那"),
        ("注册资本", "3,000万美元"),
        ("股权结构", "凌犀智能51%，Vindhara 49%"),
        ("经营范围", "轮胎AI外观检测设备的组装、销售及技术服务"),
    ]),
    ("p", "（四）合资协议的主要内容"),
    ("p", "合资公司董事会由5名董事组成，其中公司委派3名，合资方委派2名；总经理由公司提名，财务负责人由合资方提名。双方同意以合资公司为平台，合作开发适用于印度市场的轮胎智能检测产品，并共同开拓南亚市场。协议自双方签署并取得必要的政府审批后生效。"),
    ("h", "三、认购港股上市公司配售股份"),
    ("p", "（一）交易概述"),
    ("p", "公司拟以自有资金港币1.8亿元认购金轮汽车服务控股有限公司（香港联交所上市公司，股份代号：2917）配售的新股，认购完成后公司将持有其已发行股份总数约4.90%。"),
    ("p", "（二）标的公司基本情况"),
    ("p", "金轮汽车服务为华南地区领先的汽车后市场连锁服务商，截至2024年12月31日在广东、广西、福建及海南经营直营及加盟门店共计1,126家，2024年度实现收入人民币38.7亿元。"),
    ("p", "（三）投资目的"),
    ("p", "本次战略入股有助于公司深入了解汽车后市场终端门店对轮胎检测与维修诊断的需求，为公司门店级检测产品的研发提供场景支持。本次投资不涉及关联交易，亦无需提交股东大会审议。"),
    ("h", "四、向银行申请综合授信"),
    ("p", "为保障上述项目的资金需求，公司拟向浙兴银行股份有限公司申请不超过人民币3亿元的综合授信额度，授信期限为三年。授信额度不等于公司的实际融资金额，具体融资金额将视公司运营资金的实际需求确定。"),
    ("h", "五、其他说明"),
    ("p", "在轮胎外观检测领域，公司的主要竞争对手包括深瞳视检科技有限公司及Quillfeather Systems等国内外企业。"),
    ("p", "近期有媒体报道公司与川森橡胶工业株式会社已就轮胎检测设备签署合作协议。经核实，凌犀智能与川森橡胶工业株式会社之间不存在任何已签署或正在洽谈的合作协议，相关媒体报道不属实。敬请广大投资者以公司在指定信息披露媒体发布的公告为准。"),
    ("h", "六、风险提示"),
    ("p", "1. 合同履行风险：合同履行周期较长，若客户产能建设进度调整，可能导致设备交付及收入确认时间延后。"),
    ("p", "2. 境外投资风险：合资公司设立尚需履行中国境内发改、商务及外汇主管部门的备案程序，并取得印度当地登记，能否顺利完成存在不确定性。"),
    ("p", "3. 汇率风险：合资公司出资及港股认购均以外币结算，汇率波动可能对投资收益产生影响。"),
    ("h", "七、备查文件"),
    ("p", "1. 第三届董事会第九次会议决议；2. 独立董事专门会议审核意见；3. 保荐机构核查意见；4.《轮胎智能外观检测系统采购合同》。"),
    ("p", "特此公告。"),
    ("right", "凌犀智能科技股份有限公司董事会\n2025年3月18日"),
]


# ---------------------------------------------------------------------------
# 05 - HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC05 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致的任何損失承擔任何責任。"),
    ("title", "金輪汽車服務控股有限公司\nJINLUN AUTO SERVICES HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立的有限公司）\n（股份代號：2917）"),
    ("title", "須予披露交易\n收購駿捷輪胎服務（廣州）有限公司51%股權"),
    ("h", "收購事項"),
    ("p", "董事會欣然宣佈，於2025年9月12日（交易時段後），本公司與賣方訂立買賣協議，據此，本公司有條件同意收購駿捷輪胎服務（廣州）有限公司51%股權，代價為人民幣2.88億元。完成後，駿捷輪胎將成為本公司的非全資附屬公司，其財務業績將併入本集團的綜合財務報表。"),
    ("h", "上市規則的涵義"),
    ("p", "由於有關收購事項的一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司的須予披露交易，因此須遵守上市規則第14章項下的通知及公告規定，惟獲豁免遵守股東批准規定。"),
    ("h", "買賣協議"),
    ("p", "買賣協議的主要條款概述如下："),
    ("p", "日期：2025年9月12日"),
    ("p", "訂約方：(1) 本公司（作為買方）；及 (2) 梁啟聰先生（作為賣方）。據董事經作出一切合理查詢後所深知、盡悉及確信，賣方為獨立於本公司及其關連人士的第三方。"),
    ("p", "代價及支付方式：代價將分三期以現金支付：(i) 人民幣8,640萬元於簽署買賣協議後十個營業日內支付；(ii) 人民幣1.44億元於完成時支付；及 (iii) 餘額人民幣5,760萬元於目標公司2026年度經審核財務報表發出後支付。"),
    ("p", "代價將以本集團內部資源及恒港銀行有限公司向本公司提供的港幣2億元定期貸款融資支付。"),
    ("p", "代價基準：代價乃經本公司與賣方公平磋商後釐定，並已參考獨立估值師以市場法評估的目標公司全部股權於2025年6月30日的估值約人民幣5.82億元，以及目標公司的門店網絡、品牌及增長前景。"),
    ("p", "業績保證：賣方向本公司保證，目標公司截至2025年、2026年及2027年12月31日止年度的經審核除稅後純利分別不少於人民幣4,200萬元、人民幣4,800萬元及人民幣5,500萬元。"),
    ("p", "先決條件：完成須待（其中包括）目標公司完成相關市場監督管理部門的變更登記，以及本公司信納盡職審查結果後，方可作實。"),
    ("page",),
    ("h", "有關目標公司的資料"),
    ("p", "駿捷輪胎成立於2012年，主要於廣東省從事輪胎零售及更換、四輪定位及汽車快修保養服務，於本公告日期經營門店86家，其中廣州市及佛山市合共佔54家。駿捷輪胎主要向華途輪胎股份有限公司採購乘用車及輕型貨車輪胎，截至2024年12月31日止年度的採購額約為人民幣1.65億元。駿捷輪胎於華南地區的主要競爭對手包括金豐汽修集團有限公司及速途養車等連鎖服務商。"),
    ("p", "下表載列目標公司根據中國企業會計準則編製的主要財務資料："),
    ("table", (46, 27, 27), [
        ("項目（人民幣千元）", "2023年度", "2024年度"),
        ("收入", "412,306", "487,915"),
        ("除稅前溢利", "39,118", "47,602"),
        ("除稅後溢利", "29,874", "36,245"),
        ("資產淨值（年末）", "188,540", "224,785"),
    ]),
    ("h", "進行收購事項的理由及裨益"),
    ("p", "本集團為華南地區領先的汽車後市場連鎖服務商，主要提供輪胎更換、快修保養及鈑噴服務。收購事項將使本集團在廣東省的門店數目增加約三成，並取得駿捷輪胎在輪胎零售方面的採購規模及技師團隊。"),
    ("p", "本集團近年持續推進門店數字化。本公司全資附屬公司金輪快修（深圳）有限公司已與Obermark Diagnostics GmbH訂立技術許可協議，於本集團門店部署人工智能故障碼診斷系統。董事預期，完成後本集團將於十八個月內把駿捷輪胎門店升級為本集團的標準門店形象及作業流程。"),
    ("p", "本集團目前的輪胎供應商包括川森橡膠工業株式會社，收購完成後本集團的輪胎採購渠道將更趨多元化，並可憑藉合併後的採購量爭取更佳的商業條款。"),
    ("p", "嘉衡融資有限公司已獲金輪汽車服務控股有限公司委任為收購事項的財務顧問。"),
    ("p", "董事（包括獨立非執行董事）認為，買賣協議的條款屬公平合理，收購事項按一般商業條款進行，並符合本公司及股東的整體利益。"),
    ("h", "澄清"),
    ("p", "董事會注意到近期有媒體報道指本公司正與金豐汽修集團有限公司商討合併事宜。董事會謹此澄清，金輪汽車服務控股有限公司並無與金豐汽修集團有限公司進行任何有關合併或收購的磋商。"),
    ("p", "由於收購事項須待先決條件達成後方告完成，收購事項未必會進行。股東及潛在投資者於買賣本公司股份時務請審慎行事。"),
    ("h", "釋義"),
    ("table", (30, 70), [
        ("詞彙", "涵義"),
        ("「本公司」", "金輪汽車服務控股有限公司"),
        ("「目標公司」或「駿捷輪胎」", "駿捷輪胎服務（廣州）有限公司"),
        ("「金輪快修」", "金輪快修（深圳）有限公司"),
        ("「賣方」", "梁啟聰先生"),
        ("「上市規則」", "香港聯合交易所有限公司證券上市規則"),
    ]),
    ("right", "承董事會命\n金輪汽車服務控股有限公司\n主席\n黃嘉明\n\n香港，2025年9月12日"),
    ("small", "於本公告日期，董事會成員包括執行董事黃嘉明先生、陳慧玲女士及何志安先生；以及獨立非執行董事林國邦先生、蘇曉彤女士及鄭偉傑先生。"),
]


# ---------------------------------------------------------------------------
# 06 - Indian annual report excerpt (English)
# ---------------------------------------------------------------------------
DOC06 = [
    ("title", "VINDHARA TYRES LIMITED\nAnnual Report 2024-25 (Extract)"),
    ("center", "CIN: L25111MH1987PLC044319  |  NSE: VINDHARA  |  BSE: 543871\nRegistered Office: Plot 17, MIDC Chakan Phase II, Pune 410501, Maharashtra"),
    ("h", "BOARD'S REPORT"),
    ("p", "Dear Members,"),
    ("p", "Your Directors are pleased to present the 38th Annual Report of Vindhara Tyres Limited (\"the Company\") together with the audited standalone and consolidated financial statements for the financial year ended March 31, 2025."),
    ("h", "1. Financial Results"),
    ("table", (52, 30, 30, 30, 30), [
        ("Particulars (₹ crore)", "Standalone FY25", "Standalone FY24", "Consolidated FY25", "Consolidated FY24"),
        ("Revenue from operations", "6,842.5", "6,118.9", "7,231.7", "6,402.3"),
        ("EBITDA", "912.4", "801.6", "931.0", "805.2"),
        ("Profit before tax", "561.8", "472.3", "548.9", "455.7"),
        ("Profit after tax", "419.6", "352.0", "405.1", "336.4"),
    ]),
    ("h", "2. Dividend"),
    ("p", "The Board has recommended a final dividend of ₹ 6.50 per equity share of face value ₹ 2 each for the financial year 2024-25, subject to approval of the Members at the ensuing Annual General Meeting."),
    ("h", "3. State of the Company's Affairs"),
    ("p", "Revenue from operations grew 11.8% on a standalone basis, led by passenger-car radials and two-wheeler tyres. Replacement-market sales to Corvane Parts India Private Limited, our largest distributor, rose 18% to ₹ 612.4 crore. Exports to the Middle East and Africa grew 9%, while OEM volumes were flat as passenger-vehicle production in India slowed in the second half."),
    ("p", "During the year, the Company availed a term loan of ₹ 450 crore from Konkan Commercial Bank Limited to part-finance the Chakan radial capacity expansion. Phase I of the expansion, adding 9,000 tyres per day, was commissioned in February 2025."),
    ("h", "4. Subsidiaries, Joint Ventures and Associate Companies"),
    ("p", "Motorsetu Aftermarket Private Limited (\"Motorsetu\") continued to be a subsidiary of the Company during the year under review. Motorsetu operates and franchises multi-brand car service centres and runs a parts-ordering platform for independent garages in Maharashtra, Karnataka and Gujarat. Its revenue for FY25 was ₹ 412.6 crore against ₹ 296.3 crore in FY24, and its loss narrowed to ₹ 35.8 crore."),
    ("p", "Motorsetu licenses the TreadSight parts-matching engine from Treadline Analytics, Inc. at an annual fee of USD 1.4 million, which powers its Fit-Right ordering app across 640 partner garages. Return rates on parts ordered through the app fell to 3.1% from 7.4% a year earlier."),
    ("p", "A statement containing the salient features of the financial statements of the subsidiary in Form AOC-1 is annexed to the financial statements and forms part of this Annual Report."),
    ("h", "5. Material Changes and Commitments after the Balance Sheet Date"),
    ("p", "In May 2025 the Company invested ₹ 125.7 crore (USD 14.7 million) for a 49% equity interest in LingVin Inspection Private Limited, its joint venture with Lingxi Intelligent Technology Co., Ltd. of Hangzhou, China. LingVin will assemble AI-based visual inspection lines for tyre manufacturers in Pune and will market them across South Asia."),
    ("p", "The Board evaluated a proposal from Orison Automotive to sell its Gujarat retreading business to Vindhara Tyres Limited but decided not to proceed after due diligence."),
    ("p", "Other than the above, there have been no material changes and commitments affecting the financial position of the Company between the end of the financial year and the date of this Report."),
    ("h", "6. Research and Development"),
    ("p", "The Company's R&D centre at Chakan focuses on low rolling-resistance compounds, EV-specific tyres and digital simulation. Our compound-simulation models were developed with Tarangini AI Labs Private Limited, Bengaluru, under a multi-year contract valued at ₹ 14.2 crore. Virtual testing has reduced the number of physical prototype builds per new size by about 40%, shortening development lead time for the EV range launched in January 2025."),
    ("h", "7. Particulars of Contracts or Arrangements with Related Parties"),
    ("p", "All contracts and arrangements with related parties during the year were in the ordinary course of business and on an arm's length basis. Material transactions with related parties are set out below:"),
    ("table", (70, 27, 46, 27), [
        ("Name of related party", "Nature of relationship", "Nature of transaction", "Amount (₹ crore)"),
        ("Motorsetu Aftermarket Private Limited", "Subsidiary", "Sale of tyres and tubes", "86.31"),
        ("Mr. Arvind Deshpande", "Managing Director", "Remuneration", "14.80"),
        ("Ms. Leena Kothari", "Chief Financial Officer", "Remuneration", "3.42"),
    ]),
    ("h", "8. Statutory Auditors"),
    ("p", "Deshmane Kulkarni & Associates, Chartered Accountants, the statutory auditors of Vindhara Tyres Limited, have issued an unmodified opinion on the standalone and consolidated financial statements. The Auditors' Report does not contain any qualification, reservation or adverse remark."),
    ("h", "MANAGEMENT DISCUSSION AND ANALYSIS (EXTRACT)"),
    ("p", "Industry overview. Indian tyre demand grew about 6% in FY25, with the replacement segment contributing close to 60% of volumes. Natural rubber prices rose sharply in the first half before easing, compressing industry margins."),
    ("p", "Competition. In the replacement segment, margins came under pressure from aggressive pricing by Duvall Rubber and from low-priced imports by Huatu Tyre. The Company responded by expanding its mid-tier range and shortening distributor credit terms."),
    ("p", "Outlook. With the Chakan expansion, a strengthening aftermarket presence through Motorsetu and the commissioning of AI-based inspection in our plants, the Company expects to grow ahead of the industry in FY26, while continuing to prioritise return on capital employed."),
    ("right", "For and on behalf of the Board of Directors\nArvind Deshpande, Managing Director (DIN: 01184732)\nMeera Sathe, Chairperson (DIN: 00529108)\nPune, July 24, 2025"),
]


def main():
    tmp = tempfile.mkdtemp(prefix="fresh112_fonts_")
    try:
        sc = os.path.join(tmp, "NotoSansSC-subset.ttf")
        tc = os.path.join(tmp, "NotoSansTC-subset.ttf")
        make_cjk_font(2, all_text(DOC04) + "第页", sc)
        make_cjk_font(3, all_text(DOC05) + "第頁", tc)
        render(DOC04, os.path.join(HERE, "04_Lingxi_A-share_announcement.pdf"),
               (sc, sc), "第 {n} 页", cjk=True)
        render(DOC05, os.path.join(HERE, "05_Jinlun_HKEX_announcement.pdf"),
               (tc, tc), "第 {n} 頁", cjk=True)
        render(DOC06, os.path.join(HERE, "06_Vindhara_annual_report.pdf"),
               (DEJAVU, DEJAVU_BOLD), "Vindhara Tyres Limited | Annual Report 2024-25 | {n}",
               base=10, lh=5.6)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
