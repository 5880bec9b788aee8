"""Build the PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English PDFs use Helvetica and wrap at spaces. Chinese PDFs use a Noto Sans CJK
face extracted from the system .ttc, subset to the characters used, converted
from CFF to TrueType outlines (fpdf2 needs glyf outlines for clean text
extraction) in a temporary directory that is removed afterwards. Chinese lines
are broken only after "。".
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

# ---------------------------------------------------------------------------
# Document content. Blocks: ("title", text), ("h", text), ("p", text),
# ("small", text), ("table", [row, ...]), ("page",)
# ---------------------------------------------------------------------------

DOC01_SC = [
    ("small", "证券代码：603718　　证券简称：华岚电器　　公告编号：2025-047"),
    ("title", "华岚智能家电股份有限公司"),
    ("title", "关于全资子公司对外投资暨签署战略合作协议的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "投资标的名称：Norvane AI, Inc.（以下简称“Norvane”或“标的公司”）。"),
    ("p", "投资金额：公司全资子公司华岚创业投资（深圳）有限公司（以下简称“华岚创投”）拟以自有资金认购标的公司B轮优先股。"),
    ("p", "本次投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("p", "相关风险提示：标的公司尚处于发展早期，未来经营情况存在不确定性，敬请投资者注意投资风险。"),
    ("h", "一、对外投资概述"),
    ("p", "2025年9月26日，公司召开第五届董事会第十四次会议，审议通过了《关于全资子公司对外投资暨签署战略合作协议的议案》。"
          "华岚创投拟以1,200万美元认购Norvane新发行的B轮优先股。"
          "本轮融资总额为8,500万美元，由Castellan Ventures领投。"
          "本次投资完成后，华岚创投将持有Norvane约4.8%的股权（按完全稀释基础计算）。"),
    ("p", "为保障本次投资及后续产业投资的资金需求，公司拟以自有资金向华岚创投增资人民币3亿元。"
          "增资完成后，华岚创投注册资本由人民币2亿元增加至人民币5亿元。"),
    ("p", "本次对外投资事项在董事会审批权限范围内，无需提交股东大会审议。"
          "本次投资尚需履行发展改革部门、商务主管部门的境外投资备案程序及外汇登记手续。"),
    ("h", "二、投资主体基本情况"),
    ("table", [["项目", "内容"],
               ["公司名称", "华岚创业投资（深圳）有限公司"],
               ["成立日期", "2019年4月18日"],
               ["注册地址", "深圳市南山区粤海街道科技南十路"],
               ["法定代表人", "邵立衡"],
               ["经营范围", "创业投资、股权投资、投资咨询"]]),
    ("p", "华岚创投为公司全资子公司，公司持有其100%股权。"),
    ("h", "三、标的公司基本情况"),
    ("p", "标的公司成立于2021年，注册地为美国特拉华州，总部位于加利福尼亚州圣何塞。"
          "Norvane主要从事面向家电及智能家居设备的端侧大模型、语音交互及能耗优化软件的研发与授权。"),
    ("p", "本轮融资前，Castellan Ventures持有Norvane约9.5%的股权，Brightwell Home, Inc.持有约3.9%的股权，创始团队及员工持股平台合计持有约61%。"),
    ("p", "标的公司最近一年又一期主要财务数据如下（未经审计）："),
    ("table", [["项目（万美元）", "2024年12月31日/2024年度", "2025年6月30日/2025年1-6月"],
               ["资产总额", "6,412", "5,087"],
               ["净资产", "5,236", "3,941"],
               ["营业收入", "1,318", "1,126"],
               ["净利润", "-2,574", "-1,402"]]),
    ("p", "Norvane与公司及公司控股股东、实际控制人、董事、监事及高级管理人员均不存在关联关系。"),
    ("page",),
    ("h", "四、战略合作协议的主要内容"),
    ("p", "同日，公司与Norvane签署《家电大模型战略合作协议》，双方将在冰箱、空调、洗衣机等产品的语音交互与能耗优化方面开展联合研发。"
          "根据协议，Norvane向公司授予其家电大模型的非独占使用许可，公司按搭载设备数量支付许可费，预计首年许可费不超过人民币2,800万元。"
          "协议有效期为三年，期满后双方可协商续期。"),
    ("p", "联合研发形成的知识产权由双方共有，任何一方对外授权须经另一方书面同意。"),
    ("h", "五、本次投资对公司的影响"),
    ("p", "公司自2023年起在高端产品线部署端侧AI能力。"
          "公司高端冰箱与空调产品所搭载的NPU芯片主要采购自杭州星禾半导体有限公司，2024年度采购金额为人民币1.46亿元。"
          "云端模型训练及推理所需算力由云境智算科技（北京）有限公司提供。"),
    ("p", "本次投资有助于公司获取家电大模型领域的前沿技术，提升产品智能化水平。"
          "美澜电器、瑞丰家电等同行业公司亦在加快布局家电大模型，行业竞争日趋激烈。"),
    ("p", "本次投资资金来源为自有资金，不会对公司财务状况和经营成果产生重大影响，不存在损害公司及全体股东利益的情形。"),
    ("h", "六、风险提示"),
    ("p", "标的公司所处行业技术迭代较快，存在研发不及预期的风险。"
          "本次投资以美元结算，存在汇率波动风险。"
          "本次投资的境内法律顾问为北京衡信律师事务所，境外法律顾问为Kessler Moreau LLP。"),
    ("p", "公司将根据本次投资的进展情况，严格按照相关规定履行信息披露义务。敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("right", "华岚智能家电股份有限公司董事会"),
    ("right", "2025年9月27日"),
]

DOC02_TC = [
    ("small", "公開資訊觀測站　重大訊息"),
    ("table", [["公司代號", "6732", "公司名稱", "凱煜精密"],
               ["發言日期", "114/10/14", "發言時間", "17:42:18"],
               ["發言人", "林建宏", "發言人職稱", "財務長"]]),
    ("title", "主旨：本公司董事會決議以公開收購方式取得晶澄光電股份有限公司普通股"),
    ("small", "符合條款：第四條第11款　　事實發生日：114/10/14"),
    ("h", "說明："),
    ("p", "1.標的物之名稱及性質：晶澄光電股份有限公司（以下簡稱晶澄光電，股票代號：4977）普通股。"),
    ("p", "2.事實發生日：114/10/14~114/10/14。"),
    ("p", "3.交易單位數量、每單位價格及交易總金額：本公司擬以每股新台幣42元公開收購晶澄光電普通股，交易總金額上限為新台幣2,142,000,000元。"
          "預定最高收購數量為51,000,000股。"),
    ("p", "4.交易相對人及其與公司之關係：參與應賣之晶澄光電股東，與本公司非屬關係人。"),
    ("p", "5.交易相對人為關係人者，並應公告選定關係人為交易對象之原因及前次移轉之所有人、前次移轉之所有人與公司及交易相對人間相互之關係、前次移轉日期及移轉金額：不適用。"),
    ("p", "6.交付或付款條件：公開收購條件成就後，以現金一次支付。"),
    ("p", "7.本次交易之決定方式、價格決定之參考依據及決策單位：參考晶澄光電近期市價、每股淨值及獨立專家意見，經審計委員會審議後由董事會決議通過。"),
    ("p", "8.取得有價證券標的公司每股淨值：新台幣28.6元。"),
    ("p", "9.迄目前為止，累積持有本交易證券之數量、金額、持股比例及權利受限情形：本次公開收購完成後，本公司預計累計持有晶澄光電51%股權。"
          "晶澄光電將成為本公司之子公司，並納入合併財務報表。"),
    ("p", "10.迄目前為止，依「公開發行公司取得或處分資產處理準則」第三條所列之有價證券投資占公司最近期財務報表中總資產及歸屬於母公司業主之權益之比例暨最近期財務報表中營運資金數額：31.4%、58.7%、新台幣8,912,335仟元。"),
    ("p", "11.經紀人及經紀費用：公開收購受任機構為宏祥綜合證券股份有限公司。"),
    ("p", "12.取得或處分之具體目的或用途：晶澄光電為本公司智慧顯示器及家用攝影機產品之相機模組主要供應商。"
          "本次取得可確保關鍵零組件供應，並整合晶澄光電之AI影像演算法能力。"),
    ("p", "13.本次交易表示異議之董事之意見：無。"),
    ("p", "14.本次交易是否為關係人交易：否。"),
    ("p", "15.獨立專家意見：本次收購價格合理性意見書係由立衡聯合會計師事務所出具，認為收購價格區間尚屬合理。"),
    ("page",),
    ("p", "16.其他敘明事項："),
    ("p", "(1)晶澄光電現有客戶除本公司外，尚包括弘泰電子股份有限公司，晶澄光電目前持續供應其智慧音箱所需之影像模組。"
          "本次交易完成後，晶澄光電將維持既有供貨關係。"),
    ("p", "(2)本公司為美商Brightwell Home, Inc.代工智慧顯示器及家用安全攝影機，該客戶為本公司最大客戶。"),
    ("p", "(3)本公司與弘泰電子同為美系品牌之智慧家庭裝置代工廠，雙方並無投資或業務往來。"),
    ("p", "(4)本公開收購案尚待主管機關核准，相關期間及條件以公開收購說明書為準。"),
    ("rule",),
    ("small", "公開資訊觀測站　重大訊息"),
    ("table", [["公司代號", "6732", "公司名稱", "凱煜精密"],
               ["發言日期", "114/10/20", "發言時間", "16:05:47"]]),
    ("title", "主旨：本公司與台亞商業銀行主辦之銀行團簽訂聯合授信合約"),
    ("small", "符合條款：第四條第51款　　事實發生日：114/10/20"),
    ("h", "說明："),
    ("p", "1.事實發生日：114/10/20。"),
    ("p", "2.契約或承諾相對人：台亞商業銀行股份有限公司（主辦銀行）暨參貸銀行共7家。"),
    ("p", "3.與公司關係：無。"),
    ("p", "4.契約或承諾起迄日期：114/10/20~119/10/19。"),
    ("p", "5.主要內容：本公司與台亞商業銀行主辦之銀行團簽訂新台幣60億元之五年期聯合授信合約，用以支應公開收購晶澄光電股份所需資金及充實中期營運資金。"
          "參貸銀行包括國鼎商業銀行，其承諾額度為新台幣8億元。"),
    ("p", "6.限制條款：本公司於授信期間應維持流動比率不低於100%、負債比率不高於200%及利息保障倍數不低於三倍。"),
    ("p", "7.對公司財務、業務之影響：可強化本公司中長期資金調度之穩定性，對財務業務無重大不利影響。"),
    ("p", "8.具體目的：支應取得晶澄光電股權之資金需求。"),
    ("p", "9.其他應敘明事項：無。"),
]

DOC08_EN = [
    ("title", "Castellan Ventures Fund III, L.P."),
    ("h", "Quarterly Letter to Limited Partners - Third Quarter 2025"),
    ("small", "CONFIDENTIAL. This letter is furnished to limited partners of Castellan Ventures Fund III, L.P. "
              "(the \"Fund\") for informational purposes only and may not be reproduced or distributed. "
              "Valuations are unaudited and subject to change."),
    ("p", "Dear Partners,"),
    ("p", "The third quarter was the busiest since the Fund's first close. We deployed $61.4 million across two "
          "new commitments and four follow-ons, agreed our first significant exit, and watched the consumer "
          "hardware market finally start paying for software that makes appliances useful rather than merely connected."),
    ("p", "Public markets were less generous. Listed peers such as Arkwell Appliances and Dorvik Home traded down "
          "sharply after soft holiday guidance, and we have marked our later-stage positions accordingly. "
          "We continue to think the gap between what a refrigerator costs to build and what it can earn over "
          "its life is the most interesting spread in consumer electronics."),
    ("h", "Norvane AI"),
    ("p", "In September we led Norvane AI's Series B, investing $30 million from the Fund. "
          "Hualan Capital, the venture arm of Hualan Smart Appliances, joined the round with a $12 million ticket. "
          "Following the round the Fund owns 11.2% of Norvane on a fully diluted basis."),
    ("p", "The commercial news matters more than the round. Norvane signed a three-year model licence with Hualan "
          "Smart Appliances the same week, its first with a major Chinese appliance maker, and the company now "
          "has its assistant running on more than 3 million shipped devices. Management expects licence revenue "
          "to more than double in 2026."),
    ("h", "Lingxi Sensing - agreed exit"),
    ("p", "We agreed to sell our 24% stake in Lingxi Sensing as part of Tessary Robotics' acquisition of 70% "
          "of the company for RMB 385 million. "
          "Tessary has bought Lingxi's solid-state LiDAR modules for its robot vacuums since 2023, so the "
          "combination was a natural one. Completion is expected in the first quarter of 2026, subject to "
          "approval by Tessary's shareholders and customary PRC filings. The transaction returns 3.4x our "
          "invested capital."),
    ("p", "Lingxi also supplies presence sensors to Qingrui Smart Home for its door-lock range."),
    ("h", "New commitment: Qingrui Smart Home"),
    ("p", "We committed $18 million to Qingrui Smart Home's Series C. The investment gives the Fund a 7.5% stake in Qingrui. "
          "Qingrui makes smart locks, video doorbells and hub devices sold largely through Chinese e-commerce "
          "channels, and is expanding into Southeast Asia. "
          "Qingrui has also signed a joint development agreement with Norvane, another Fund III company, to build "
          "an offline voice assistant for its locks."),
    ("p", "Some of you asked whether we participated in Brightwell Home's recent debt financing. We did not; "
          "press reports suggesting the Fund had taken part in Pellucid Credit Partners' term loan were incorrect."),
    ("page",),
    ("h", "Portfolio summary (US$ millions, as of 30 September 2025)"),
    ("table", [["Company", "Sector", "Invested", "Fair value", "Ownership"],
               ["Norvane AI", "Home AI software", "42.0", "88.6", "11.2%"],
               ["Lingxi Sensing", "Sensors", "9.5", "32.3", "24.0%"],
               ["Qingrui Smart Home", "Smart locks", "18.0", "18.0", "7.5%"],
               ["Other (9 companies)", "Various", "96.3", "121.7", "-"]]),
    ("p", "Fund III has now called 58% of committed capital. Net TVPI stands at 1.62x and net IRR at 19.8% since "
          "inception. Pryor & Wells LLP will complete the annual audit of the Fund in March."),
    ("h", "Outlook"),
    ("p", "We expect to make two to three new commitments over the next two quarters, with a bias toward "
          "companies that sell software and components to appliance makers rather than branded devices. "
          "Valuations in China and Taiwan have become more attractive than in the United States, and our "
          "Shenzhen team has grown to four investment professionals."),
    ("p", "Thank you for your continued support. As always, we are happy to discuss any of the above on our "
          "annual meeting call on 12 November."),
    ("p", "Sincerely,"),
    ("p", "Miriam Okafor and Daniel Ruelle, Managing Partners"),
    ("small", "Forward-looking statements in this letter reflect the General Partner's current views and are "
              "subject to risks and uncertainties. Past performance is not indicative of future results. "
              "Nothing herein is an offer to sell or a solicitation of an offer to buy any security."),
]


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------

def cff_to_truetype(font):
    """Replace CFF outlines by quadratic TrueType outlines (fontTools cu2qu)."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for glyph in glyphs.values():
        glyph.recalcBounds(glyf)
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font.recalcBBoxes = True
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, workdir):
    """Extract one face of the .ttc, subset it to `text`, save as .ttf."""
    otf_path = os.path.join(workdir, f"face{face_index}.otf")
    TTCollection(CJK_TTC).fonts[face_index].save(otf_path)
    options = subset.Options()
    options.notdef_outline = True
    options.desubroutinize = True
    font = subset.load_font(otf_path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + "0123456789")
    subsetter.subset(font)
    cff_to_truetype(font)
    ttf_path = os.path.join(workdir, f"face{face_index}.ttf")
    font.save(ttf_path)
    return ttf_path


def all_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[1] for cell in row)
        elif len(block) > 1:
            parts.append(block[1])
    return "".join(parts)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self, family, font_path=None):
        super().__init__(format="A4")
        self.family_name = family
        self.cjk = font_path is not None
        if font_path:
            self.add_font(family, fname=font_path)
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family_name, size=8)
        self.cell(0, 5, str(self.page_no()), align="C")


def cjk_lines(pdf, text, size):
    """Pack sentences into lines, breaking only after 。; shrink an overlong sentence."""
    width = pdf.epw
    sentences = [s + "。" for s in text.split("。") if s]
    if not text.endswith("。") and sentences:
        sentences[-1] = sentences[-1][:-1]
    lines, current = [], ""
    pdf.set_font(pdf.family_name, size=size)
    for sentence in sentences:
        if current and pdf.get_string_width(current + sentence) > width:
            lines.append(current)
            current = ""
        current += sentence
    if current:
        lines.append(current)
    out = []
    for line in lines:
        fitted = size
        pdf.set_font(pdf.family_name, size=fitted)
        while pdf.get_string_width(line) > width and fitted > 5:
            fitted -= 0.25
            pdf.set_font(pdf.family_name, size=fitted)
        out.append((line, fitted))
    return out


def write_text(pdf, text, size, style="", align="L", gap=1.5):
    if pdf.cjk:
        for line, fitted in cjk_lines(pdf, text, size):
            pdf.set_font(pdf.family_name, size=fitted)
            pdf.cell(0, size * 0.55, line, align=align, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font(pdf.family_name, style=style, size=size)
        pdf.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def write_table(pdf, rows, size):
    pdf.set_font(pdf.family_name, size=size)
    widths = [pdf.epw / len(rows[0])] * len(rows[0])
    if len(rows[0]) == 2:
        widths = [pdf.epw * 0.3, pdf.epw * 0.7]
    for row in rows:
        for cell, width in zip(row, widths):
            pdf.cell(width, size * 0.7, cell, border=1)
        pdf.ln(size * 0.7)
    pdf.ln(2)


def render(blocks, out_name, family, font_path=None):
    pdf = Doc(family, font_path)
    pdf.add_page()
    base = 9.5 if pdf.cjk else 10
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "rule":
            pdf.ln(3)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(5)
        elif kind == "title":
            write_text(pdf, block[1], base + 4, style="B", align="C", gap=2)
        elif kind == "h":
            write_text(pdf, block[1], base + 1, style="B", gap=1)
        elif kind == "small":
            write_text(pdf, block[1], base - 1.5)
        elif kind == "right":
            write_text(pdf, block[1], base, align="R", gap=0.5)
        elif kind == "table":
            write_table(pdf, block[1], base - 1)
        else:
            write_text(pdf, block[1], base)
    pdf.output(os.path.join(HERE, out_name))


def main():
    workdir = tempfile.mkdtemp(prefix="cjkfont_")
    try:
        for blocks, name, face in ((DOC01_SC, "01_Hualan_announcement.pdf", FACE_SC),
                                   (DOC02_TC, "02_Kaiyu_material_information.pdf", FACE_TC)):
            ttf = make_cjk_font(face, all_text(blocks), workdir)
            render(blocks, name, "NotoSansCJK", font_path=ttf)
        render(DOC08_EN, "08_Castellan_fund_letter.pdf", "Helvetica")
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
