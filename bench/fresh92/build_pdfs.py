"""Build the two Chinese PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

fpdf2 cannot read the Noto Sans CJK collection (.ttc) and embeds CFF outlines in a way
that pypdf extracts with spurious spaces, so for each document the matching face
(Simplified or Traditional Chinese) is taken out of the collection, subset to the
characters the document uses, converted from cubic (CFF) to quadratic (glyf) outlines
with cu2qu, and saved as a .ttf in a temporary directory that is removed at the end.

Lines are broken only after "。" (whole sentences are packed onto a line; a sentence
too long for the line is set in a slightly smaller size) so quotes extract cleanly.
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
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC, FACE_TC = 2, 3
BODY_SIZE = 9.5
MIN_SIZE = 6.0


# --------------------------------------------------------------------------- fonts
def cff_to_glyf(font):
    """Replace the CFF table of a subset font by TrueType glyf outlines."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, tmpdir, name):
    font = TTCollection(CJK_TTC).fonts[face_index]
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(tmpdir, f"{name}.ttf")
    font.save(path)
    return path


# --------------------------------------------------------------------------- layout
def sentences(text):
    """Split a paragraph after each 。, keeping the mark."""
    parts, buf = [], ""
    for ch in text:
        buf += ch
        if ch == "。":
            parts.append(buf)
            buf = ""
    if buf.strip():
        parts.append(buf)
    return parts


class Doc(FPDF):
    def __init__(self, font_path, footer_text, page_word):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.page_word = page_word
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, 18)
        self.add_font("cjk", "", font_path)
        self.add_page()

    def footer(self):
        self.set_y(-12)
        self.set_font("cjk", size=7.5)
        self.cell(0, 5, f"{self.footer_text}　第{self.page_no()}{self.page_word}", align="C")

    def line_out(self, text, size=BODY_SIZE, align="L", gap=1.2):
        self.set_font("cjk", size=size)
        while size > MIN_SIZE and self.get_string_width(text) > self.epw:
            size -= 0.25
            self.set_font("cjk", size=size)
        self.cell(0, size * 0.45 + gap, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def headline(self, text, size=13):
        self.line_out(text, size=size, align="C", gap=2.5)

    def heading(self, text):
        self.ln(1.5)
        self.line_out(text, size=10.5, gap=1.8)

    def para(self, text):
        """Pack whole sentences onto lines; never break inside a sentence."""
        self.set_font("cjk", size=BODY_SIZE)
        line = ""
        for sent in sentences(text):
            if line and self.get_string_width(line + sent) > self.epw:
                self.line_out(line)
                line = ""
            line += sent
        if line:
            self.line_out(line)
        self.ln(1.2)

    def grid(self, rows, widths):
        for _i, row in enumerate(rows):
            self.set_font("cjk", size=8.5)
            x = self.l_margin
            y = self.get_y()
            for cell, w in zip(row, widths):
                self.set_xy(x, y)
                self.cell(w, 5.5, cell, border=1)
                x += w
            self.ln(5.5)
        self.ln(2)

    def blank(self, h=3):
        self.ln(h)


def render(doc, blocks):
    for kind, *args in blocks:
        getattr(doc, kind)(*args)


def block_text(blocks):
    chars = set()
    for _kind, *args in blocks:
        for a in args:
            if isinstance(a, str):
                chars.update(a)
            elif isinstance(a, list):
                for row in a:
                    if isinstance(row, (list, tuple)):
                        for c in row:
                            chars.update(str(c))
    return "".join(sorted(chars)) + "第0123456789　"


# --------------------------------------------------------------------------- 03 A-share
CHENGCHUAN = [
    ("line_out", "证券代码：688517　　证券简称：澄川新材　　公告编号：2025-047"),
    ("blank", 4),
    ("headline", "江苏澄川新材料股份有限公司"),
    ("headline", "关于签订日常经营重大合同暨对外投资设立控股子公司的公告", 12),
    ("blank", 2),
    ("para", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("heading", "重要内容提示："),
    ("para", "● 合同类型：特种树脂供货框架协议；配方设计平台技术许可协议。"),
    ("para", "● 合同金额：供货框架协议预计总金额为人民币4.2亿元（含税）；技术许可费用为人民币3,800万元。"),
    ("para", "● 对外投资标的：澄川智材科技（苏州）有限公司（暂定名，以市场监督管理部门核准登记为准）。"),
    ("para", "● 本次事项不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("para", "● 风险提示：合同履行期限较长，履行过程中可能受宏观经济、行业政策及原材料价格波动等因素影响。敬请广大投资者注意投资风险。"),
    ("heading", "一、审议程序情况"),
    ("para", "江苏澄川新材料股份有限公司（以下简称“公司”）于2025年12月22日召开第三届董事会第十四次会议。会议审议通过了《关于签订日常经营重大合同的议案》及《关于对外投资设立控股子公司的议案》。根据《上海证券交易所科创板股票上市规则》及《公司章程》的相关规定，上述事项无需提交股东大会审议。"),
    ("heading", "二、日常经营重大合同的基本情况"),
    ("heading", "（一）特种树脂供货框架协议"),
    ("para", "1. 合同对方：Veridane Materials Inc.（以下简称“Veridane”），一家在纽约证券交易所上市的美国特种化学品公司。"),
    ("para", "2. 主要内容：公司与Veridane签订《特种树脂供货框架协议》，预计三年合计金额为人民币4.2亿元（含税）。"),
    ("para", "3. 供货范围：改性聚酰胺、耐高温聚芳醚酮及光固化丙烯酸树脂等特种改性树脂。相关产品由公司位于江苏常熟及盐城的生产基地供货。"),
    ("para", "4. 定价及结算：产品价格按季度根据主要原材料价格指数调整。Veridane按月以美元结算，账期为发票日后60天。"),
    ("para", "5. 合同期限：自2026年1月1日起至2028年12月31日止。"),
    ("para", "6. 关联关系说明：Veridane与公司及公司控股股东、实际控制人、董事、监事及高级管理人员不存在关联关系。最近三个会计年度，公司与Veridane发生的交易金额分别为人民币3,200万元、5,100万元及8,800万元。上述历史交易金额已经容信会计师事务所（特殊普通合伙）审计。"),
    ("heading", "（二）配方设计平台技术许可协议"),
    ("para", "1. 合同对方：Polymind AI, Inc.（以下简称“Polymind”），一家总部位于美国加利福尼亚州的人工智能材料研发企业。"),
    ("para", "2. 主要内容：公司与Polymind签订《配方设计平台技术许可协议》，许可费用合计人民币3,800万元。"),
    ("para", "3. 许可范围：Polymind向公司授予其PolyForm配方设计平台在中国大陆地区的非独占使用权，许可期限为五年。"),
    ("para", "4. 合作研发：公司与Polymind将在高性能工程塑料及特种涂层配方领域开展联合研发，相关知识产权由双方共有。"),
    ("heading", "三、对外投资的基本情况"),
    ("heading", "（一）投资概述"),
    ("para", "为推进人工智能技术在新材料研发中的应用，公司拟以自有资金人民币2亿元出资设立控股子公司澄川智材科技（苏州）有限公司（以下简称“澄川智材”）。"),
    ("heading", "（二）投资标的基本情况"),
    ("para", "1. 公司名称：澄川智材科技（苏州）有限公司。"),
    ("para", "2. 注册资本：人民币2.5亿元。"),
    ("para", "3. 经营范围：新材料技术研发；人工智能应用软件开发；合成材料制造（不含危险化学品）；技术服务、技术开发、技术咨询。"),
    ("para", "4. 股权结构：公司持有澄川智材80%股权，Polymind以技术使用权作价出资，持有澄川智材20%股权。"),
    ("grid", [["股东名称", "出资方式", "出资额（万元）", "持股比例"],
               ["江苏澄川新材料股份有限公司", "货币", "20,000", "80%"],
               ["Polymind AI, Inc.", "无形资产", "5,000", "20%"],
               ["合计", "—", "25,000", "100%"]], [70, 34, 40, 30]),
    ("heading", "四、对上市公司的影响"),
    ("para", "1. 本次供货框架协议的履行预计将对公司2026年至2028年的营业收入和经营业绩产生积极影响，但不会导致公司对单一客户形成重大依赖。"),
    ("para", "2. 公司主要原材料丙烯酸酯类单体部分采购自韩晟化学株式会社，合同履行后采购量预计相应增加。"),
    ("para", "3. 公司所处行业竞争较为激烈，主要竞争对手包括浙江岚峰化工有限公司等国内厂商及Brackwell Chemical Corp.等国际厂商。"),
    ("para", "4. 本次对外投资资金来源为公司自有资金，不会对公司财务状况及经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。"),
    ("heading", "五、风险提示"),
    ("para", "1. 合同履行风险：合同履行期间如遇不可抗力、客户需求变化或贸易政策调整，可能导致合同无法如期或全部履行。"),
    ("para", "2. 汇率风险：供货合同以美元结算，人民币汇率波动可能对公司收益产生影响。"),
    ("para", "3. 技术风险：人工智能配方设计技术尚处于产业化初期，研发成果能否达到预期存在不确定性。"),
    ("para", "4. 设立风险：新设子公司尚需办理工商注册登记等手续，能否顺利完成存在不确定性。"),
    ("heading", "六、保荐机构核查意见"),
    ("para", "经核查，中锐证券股份有限公司作为公司持续督导保荐机构，对本次事项无异议。"),
    ("heading", "七、备查文件"),
    ("para", "1. 第三届董事会第十四次会议决议；"),
    ("para", "2. 《特种树脂供货框架协议》及《配方设计平台技术许可协议》。"),
    ("para", "特此公告。"),
    ("blank", 4),
    ("line_out", "江苏澄川新材料股份有限公司董事会", BODY_SIZE, "R"),
    ("line_out", "2025年12月23日", BODY_SIZE, "R"),
]

# --------------------------------------------------------------------------- 04 HKEX
DINGHAN = [
    ("para", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部份內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("blank", 3),
    ("headline", "鼎瀚材料控股有限公司", 15),
    ("headline", "DINGHAN MATERIALS HOLDINGS LIMITED", 11),
    ("line_out", "（於開曼群島註冊成立之有限公司）", 9, "C"),
    ("line_out", "（股份代號：2971）", 9, "C"),
    ("blank", 3),
    ("headline", "須予披露交易"),
    ("headline", "收購浙江嵐峰化工有限公司60%股權", 12),
    ("heading", "收購事項"),
    ("para", "董事會欣然宣佈，於2025年12月18日（交易時段後），買方與賣方訂立買賣協議。"),
    ("para", "據此，鼎瀚（香港）投資有限公司（「買方」）有條件同意向賣方收購浙江嵐峰化工有限公司60%股權，總代價為人民幣6.3億元。"),
    ("para", "完成後，嵐峰化工將成為本公司之間接非全資附屬公司，其財務業績將併入本集團之綜合財務報表。"),
    ("heading", "上市規則之涵義"),
    ("para", "由於有關收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故收購事項構成本公司之須予披露交易。收購事項須遵守上市規則第14章項下之通知及公告規定，惟獲豁免遵守股東批准規定。"),
    ("heading", "買賣協議"),
    ("para", "日期：2025年12月18日。"),
    ("para", "訂約方：(i) 鼎瀚（香港）投資有限公司，作為買方；(ii) 杭州啟衡投資合夥企業（有限合夥），作為賣方；及 (iii) 浙江嵐峰化工有限公司，作為目標公司。"),
    ("para", "就董事經作出一切合理查詢後所深知、盡悉及確信，賣方及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。"),
    ("para", "標的事項：於本公告日期，嵐峰化工由賣方杭州啟衡投資合夥企業（有限合夥）全資擁有。"),
    ("heading", "代價及支付方式"),
    ("para", "代價人民幣6.3億元將分三期以現金支付："),
    ("para", "(a) 人民幣1.89億元（即代價之30%）於簽署買賣協議後十個營業日內支付予共管賬戶；"),
    ("para", "(b) 人民幣3.15億元（即代價之50%）於完成日期支付；及"),
    ("para", "(c) 餘額人民幣1.26億元於嵐峰化工2026年度經審核純利不少於人民幣9,000萬元之條件達成後支付。"),
    ("para", "代價乃由買方與賣方經公平磋商後釐定，並已參考嵐峰化工全部股權於2025年9月30日之評估值約人民幣11.2億元。獨立估值師立衡評估諮詢有限公司採用市場法對嵐峰化工進行估值。"),
    ("para", "代價將以本集團內部資源及北門商業銀行（Northgate Commerce Bank, N.A.）香港分行向本公司提供之港幣4億元定期貸款融資撥付。"),
    ("heading", "有關目標公司之資料"),
    ("para", "嵐峰化工為一家於中國浙江省註冊成立之有限公司，主要從事聚碳酸酯及聚甲醛等工程塑料之改性及生產，年產能約12萬噸。"),
    ("para", "嵐峰化工已於2025年引入Polymind AI, Inc.之AI製程優化系統，年度授權費約為人民幣520萬元。"),
    ("para", "下表載列嵐峰化工根據中國企業會計準則編製之財務資料（人民幣千元）："),
    ("grid", [["項目", "2023年度", "2024年度", "2025年首九個月"],
               ["營業收入", "1,486,320", "1,612,775", "1,254,930"],
               ["除稅前純利", "72,415", "88,902", "79,610"],
               ["除稅後純利", "61,553", "75,567", "67,669"],
               ["資產淨值", "781,240", "842,180", "909,850"]], [50, 38, 38, 48]),
    ("para", "嵐峰化工之主要競爭對手包括江蘇澄川新材料股份有限公司及Brackwell Chemical Corp.等。"),
    ("heading", "有關本集團及訂約方之資料"),
    ("para", "本公司為投資控股公司，本集團主要從事工程塑料改性粒料及特種材料之研發、生產及銷售。本集團客戶涵蓋汽車、消費電子及數據中心設備製造商。"),
    ("para", "賣方為一家於中國註冊成立之有限合夥企業，主要從事股權投資，其普通合夥人為杭州啟衡資產管理有限公司。"),
    ("heading", "進行收購事項之理由及裨益"),
    ("para", "嵐峰化工自2021年起向本集團供應聚碳酸酯改性粒料，為本集團主要供應商之一。"),
    ("para", "收購事項將使本集團得以垂直整合上游產能，降低採購成本並確保供應穩定。"),
    ("para", "本集團另一主要供應商韓國橋林先進材料株式會社向本集團供應導電炭黑母粒，收購事項不會影響該供應安排。"),
    ("para", "此外，嵐峰化工於AI製程優化方面之經驗，將有助本集團於其他生產基地推廣數字化生產。"),
    ("para", "董事（包括獨立非執行董事）認為，買賣協議之條款乃按一般商業條款訂立，屬公平合理，並符合本公司及股東之整體利益。"),
    ("para", "嘉駿融資有限公司已獲委任為本公司有關收購事項之財務顧問。"),
    ("para", "由於收購事項須待買賣協議所載先決條件獲達成（或豁免）後方告完成，收購事項未必一定進行。股東及潛在投資者於買賣本公司證券時，務請審慎行事。"),
    ("heading", "釋義"),
    ("para", "「收購事項」 指 買方根據買賣協議收購目標公司60%股權。"),
    ("para", "「本公司」 指 鼎瀚材料控股有限公司，一家於開曼群島註冊成立之有限公司，其股份於聯交所主板上市。"),
    ("para", "「本集團」 指 本公司及其附屬公司。"),
    ("para", "「買方」 指 鼎瀚（香港）投資有限公司，一家於香港註冊成立之有限公司，為本公司之間接全資附屬公司。"),
    ("para", "「賣方」 指 杭州啟衡投資合夥企業（有限合夥）。"),
    ("para", "「目標公司」或「嵐峰化工」 指 浙江嵐峰化工有限公司，一家於中國註冊成立之有限公司。"),
    ("para", "「上市規則」 指 香港聯合交易所有限公司證券上市規則。"),
    ("blank", 4),
    ("line_out", "承董事會命　鼎瀚材料控股有限公司　主席　季承遠", BODY_SIZE, "R"),
    ("line_out", "香港，2025年12月18日", BODY_SIZE, "R"),
    ("para", "於本公告日期，董事會包括執行董事季承遠先生、陸嘉敏女士及范啟德先生；以及獨立非執行董事鄭懷瑾女士、吳思遠先生及簡俊傑先生。"),
]

DOCUMENTS = [
    ("03_Chengchuan_A-share_announcement.pdf", FACE_SC, CHENGCHUAN,
     "江苏澄川新材料股份有限公司 公告编号：2025-047", "页"),
    ("04_Dinghan_HKEX_disclosable_transaction.pdf", FACE_TC, DINGHAN,
     "鼎瀚材料控股有限公司 須予披露交易公告", "頁"),
]


def main():
    tmpdir = tempfile.mkdtemp(prefix="cjkfont_")
    try:
        for filename, face, blocks, footer, page_word in DOCUMENTS:
            text = block_text(blocks) + footer + page_word
            font_path = make_cjk_font(face, text, tmpdir, os.path.splitext(filename)[0])
            doc = Doc(font_path, footer, page_word)
            render(doc, blocks)
            doc.output(os.path.join(HERE, filename))
            print("wrote", filename, doc.page_no(), "pages")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
