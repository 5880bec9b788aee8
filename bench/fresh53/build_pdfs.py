"""Build the three PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses Noto Sans CJK (SC face for the mainland prospectus, TC face for the Taiwan
MOPS printout). fpdf2 + pypdf do not round-trip the CFF outlines of the .ttc cleanly, so the
faces are subset to the characters used and converted to TrueType (glyf) with fontTools into
temporary files in this folder, which are deleted once the PDFs are written.

Lines are broken only at spaces or after "。" so that every sentence can be found in pypdf's
page text after whitespace normalisation. Paragraphs and table rows are never split across pages.
"""
import os

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TTC_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


# --------------------------------------------------------------------------- fonts
def make_ttf(ttc, number, text, out):
    font = TTFont(ttc, fontNumber=number)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"]
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " ")
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


# --------------------------------------------------------------------------- layout
class Doc(FPDF):
    def __init__(self, footer_fmt, font, size):
        super().__init__(format="A4")
        self.footer_fmt = footer_fmt
        self.body_font = font
        self.body_size = size
        self.set_margins(15, 16, 15)
        self.set_auto_page_break(False)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7.5)
        self.cell(0, 5, self.footer_fmt.format(self.page_no()), align="C")


def units(text):
    """Break opportunities: after a space (the space is dropped) and after 。"""
    out, cur = [], ""
    for ch in text:
        if ch == " ":
            if cur:
                out.append((cur, True))
            cur = ""
        else:
            cur += ch
            if ch == "。":
                out.append((cur, False))
                cur = ""
    if cur:
        out.append((cur, False))
    return out


def wrap(pdf, text, width):
    lines, line = [], ""
    for unit, spaced in units(text):
        piece = unit
        cand = line + piece if line else piece
        if pdf.get_string_width(cand) <= width:
            line = cand
        else:
            if not line:
                raise ValueError(f"unbreakable unit too wide: {unit}")
            lines.append(line.rstrip())
            line = piece
            if pdf.get_string_width(line) > width:
                raise ValueError(f"unbreakable unit too wide: {unit}")
        if spaced:
            line += " "
    if line.strip():
        lines.append(line.rstrip())
    return lines


def bottom(pdf):
    return pdf.h - 18


def ensure(pdf, height):
    if pdf.get_y() + height > bottom(pdf):
        pdf.add_page()


def render(pdf, blocks):
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
            continue
        if kind == "table":
            _, rows, widths = block
            pdf.set_font(pdf.body_font, size=pdf.body_size - 0.5)
            h = 6
            scale = width / sum(widths)
            widths = [w * scale for w in widths]
            if len(rows) <= 10:
                ensure(pdf, h * len(rows))
            for row in rows:
                ensure(pdf, h)
                for cell, w in zip(row, widths):
                    if pdf.get_string_width(cell) > w - 2:
                        raise ValueError(f"table cell too wide: {cell}")
                    pdf.cell(w, h, cell, border=1)
                pdf.ln(h)
            pdf.ln(2)
            continue
        text = block[1]
        size = {"title": pdf.body_size + 5, "h1": pdf.body_size + 2.5, "h2": pdf.body_size + 1,
                "p": pdf.body_size, "small": pdf.body_size - 1.5}[kind]
        pdf.set_font(pdf.body_font, size=size)
        lh = size * 0.52
        lines = wrap(pdf, text, width)
        space_before = {"title": 2, "h1": 4, "h2": 3, "p": 1, "small": 1}[kind]
        ensure(pdf, space_before + lh * len(lines) + (lh if kind in ("h1", "h2") else 0))
        pdf.ln(space_before)
        for ln in lines:
            align = "C" if kind == "title" else "L"
            pdf.cell(0, lh, ln, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5 if kind == "p" else 1)


def all_text(blocks):
    parts = []
    for b in blocks:
        if b[0] == "table":
            parts.extend("".join(r) for r in b[1])
        elif b[0] != "page":
            parts.append(b[1])
    return "".join(parts)


# --------------------------------------------------------------------------- 05 letter (EN)
LETTER = [
    ("title", "HARROWGATE RIDGE CAPITAL LLC"),
    ("p", "2450 Sand Hill Loop, Suite 300, Palo Alto, California 94304"),
    ("p", "October 28, 2025"),
    ("h1", "Third Quarter 2025 Letter to Limited Partners of Harrowgate Ridge Fund III, L.P. and Harrowgate Ridge Fund IV, L.P."),
    ("small", "CONFIDENTIAL. This letter is furnished to limited partners for informational purposes only and may not be reproduced or distributed. It is not an offer to sell or a solicitation of an offer to buy any interest in any fund. Past performance is not indicative of future results."),
    ("p", "Dear Partners,"),
    ("p", "The third quarter was the busiest in our firm's history. Two of our largest positions reached milestones that we have been working toward for several years, and Fund IV made its largest new commitment to date. Our thesis remains the same as when we raised Fund III in 2019: the car is becoming an edge computer, and the companies that design the silicon, the sensors and the processor architectures for that computer will capture a disproportionate share of the value."),
    ("p", "Fund III's net IRR since inception stood at 24.1% at quarter end, and its TVPI at 2.6x. Fund IV, which is 58% committed, is carried at 1.3x, largely at cost."),
    ("h2", "Quillmark Silicon"),
    ("p", "Fund III continues to hold 14.8 million shares of Quillmark Silicon, roughly 16% of the company, and we have not sold a share since the IPO in April. Quillmark is now our largest holding by value."),
    ("p", "In September, Brennmoor Motors agreed to invest $275 million in Quillmark at $47.00 per share, and signed a supply agreement that makes the QX-400 the compute platform of its next centralised driving architecture. We think the second part matters more than the first. A long-term volume commitment from an automaker is the scarcest asset in this industry, and it allows Quillmark to reserve foundry capacity years ahead of demand."),
    ("p", "Quillmark shares ended the quarter at $52.10, compared with a 34% decline for Vantorix over the same period. We caution partners not to read too much into quarterly share-price moves in either direction."),
    ("p", "A question we are frequently asked is whether Quillmark depends on outside processor IP. Unlike XinLan AutoDrive, Quillmark does not license Ferrule's cores and relies on its own Q-Core design. We regard that independence as a strength in a period of export-control uncertainty."),
    ("h2", "Lumivane Photonics"),
    ("p", "Fund III owns approximately 31% of Lumivane Photonics, which we first backed in its 2020 seed round when the company had eleven employees and a laboratory prototype."),
    ("p", "On October 14, Kestrelgate Automotive Systems agreed to acquire Lumivane for $410 million in cash. Subject to customary adjustments and the escrow, we expect Fund III to receive approximately $121 million at closing, a gross multiple of 5.8x on invested capital. Closing requires US and Chinese antitrust clearance and is expected in the first quarter of 2026."),
    ("p", "Were Kestrelgate to fail to obtain Chinese clearance, Lumivane would be entitled to a reverse termination fee and we would explore other options. We consider that outcome unlikely."),
    ("p", "Harrowgate has never held shares of Sablecrest Lidar, whose public valuation we used as one reference point in the Lumivane negotiations. Sablecrest's multiple has compressed this year, which made the negotiation harder than it needed to be."),
    ("h2", "New investment: Ferrule Architecture"),
    ("p", "In August, Fund IV led the $85 million Series C of Ferrule Architecture, committing $30 million of the round."),
    ("p", "Ferrule licenses its FR-9 instruction-set cores to automotive chip designers, and its largest licensee today is XinLan AutoDrive of China, which pays both upfront licence fees and per-unit royalties. In July, Vantorix Semiconductor signed a multi-generation architecture licence with Ferrule covering its next two SoC families."),
    ("p", "Ferrule also holds a 4.6% stake in Quillmark, a legacy of its 2022 financial investment, which we view as a modest source of optionality rather than part of our thesis."),
    ("p", "The key risk is concentration: the two licensees named above account for the majority of Ferrule's bookings. We underwrote the investment assuming that at least one of them renews on less favourable terms."),
    ("h2", "Portfolio summary"),
    ("table", [
        ["Company", "Fund", "Status", "Carrying value ($m)", "Multiple"],
        ["Quillmark Silicon", "III", "Public (QLMK)", "771.1", "6.9x"],
        ["Lumivane Photonics", "III", "Sale agreed", "121.0", "5.8x"],
        ["Ferrule Architecture", "IV", "Private", "30.0", "1.0x"],
        ["Other (14 companies)", "III / IV", "Private", "402.6", "1.4x"],
    ], [42, 16, 30, 34, 18]),
    ("small", "Carrying values are unaudited and reflect the general partner's estimates as of September 30, 2025. Lumivane is shown at expected closing proceeds."),
    ("h2", "Outlook"),
    ("p", "We expect to make two to three new commitments from Fund IV over the next twelve months, with a focus on automotive software and power electronics. Following the Lumivane distribution, Fund III will have returned 1.4x paid-in capital."),
    ("p", "We are grateful for your continued trust. As always, we welcome your questions at our annual meeting on December 4."),
    ("p", "Sincerely,"),
    ("p", "Eleanor Vashti-Crane and Marcus Oduya, Managing Partners"),
    ("small", "This letter contains forward-looking statements, including expectations regarding closing of the Lumivane transaction and future distributions. These statements involve risks and uncertainties, and actual outcomes may differ materially."),
]

# --------------------------------------------------------------------------- 06 prospectus (SC)
PROSPECTUS = [
    ("title", "芯澜智驾科技股份有限公司"),
    ("p", "XinLan AutoDrive Technology Co., Ltd."),
    ("p", "（鹭湾市高新技术产业开发区澜湾大道1688号）"),
    ("title", "首次公开发行股票并在科创板上市招股说明书（摘录）"),
    ("p", "保荐人（主承销商）：华麓证券股份有限公司"),
    ("h2", "重要声明"),
    ("small", "发行人及全体董事、监事、高级管理人员承诺招股说明书及其他信息披露资料不存在虚假记载、误导性陈述或重大遗漏。发行人及全体董事、监事、高级管理人员对招股说明书的真实性、准确性、完整性承担相应的法律责任。"),
    ("small", "中国证监会、交易所对本次发行所作的任何决定或意见，均不表明其对注册申请文件及所披露信息的真实性、准确性、完整性作出保证。"),
    ("h1", "第五节 发行人基本情况"),
    ("h2", "三、发行人的股权结构"),
    ("p", "本次发行前，公司总股本为36,000.00万股。"),
    ("p", "截至本招股说明书签署日，公司前三名股东持股情况如下："),
    ("table", [
        ["序号", "股东名称", "持股数量（万股）", "持股比例"],
        ["1", "鹭湾澜启企业管理合伙企业（有限合伙）", "9,720.00", "27.00%"],
        ["2", "鹭湾市集成电路产业投资引导基金（有限合伙）", "4,680.00", "13.00%"],
        ["3", "远岚汽车集团股份有限公司", "3,549.60", "9.86%"],
        ["", "其他股东合计", "18,050.40", "50.14%"],
    ], [10, 72, 26, 20]),
    ("p", "鹭湾澜启企业管理合伙企业（有限合伙）（以下简称“澜启合伙”）为公司创始团队的持股平台，系公司控股股东。"),
    ("p", "鹭湾市集成电路产业投资引导基金（有限合伙）（以下简称“鹭湾引导基金”）系鹭湾市政府出资设立的引导基金。"),
    ("p", "鹭湾引导基金于2022年8月以增资方式入股公司。"),
    ("p", "鹭湾引导基金同时持有通岳半导体封装测试股份有限公司（以下简称“通岳封测”）15.00%的股权。"),
    ("p", "远岚汽车集团股份有限公司（以下简称“远岚汽车”）系整车制造企业，于2023年3月成为公司股东。"),
    ("h2", "四、发行人控股子公司情况"),
    ("p", "芯澜智驾（上海）微电子有限公司为公司全资子公司，注册资本为20,000.00万元。"),
    ("p", "该子公司主要从事车规级芯片的软件开发、应用支持及华东地区客户服务，报告期内未开展独立的晶圆采购业务。"),
    ("h1", "第六节 业务与技术"),
    ("h2", "一、主要客户情况"),
    ("p", "报告期内，公司产品主要销售给整车厂及一级供应商。"),
    ("p", "2024年度，公司前五名客户销售情况如下："),
    ("table", [
        ["序号", "客户名称", "销售金额（万元）", "占营业收入比例"],
        ["1", "远岚汽车集团股份有限公司", "41,286.52", "32.41%"],
        ["2", "Kestrelgate Automotive Systems plc", "18,940.17", "14.87%"],
        ["3", "客户三（注）", "9,732.08", "7.64%"],
        ["4", "客户四（注）", "6,115.90", "4.80%"],
        ["5", "客户五（注）", "4,208.33", "3.30%"],
        ["", "合计", "80,283.00", "63.02%"],
    ], [10, 70, 28, 26]),
    ("small", "注：客户三、客户四、客户五与公司签署了保密协议，要求不披露其名称。"),
    ("p", "公司不存在向单个客户的销售比例超过营业收入50%的情形。"),
    ("h2", "二、主要供应商情况"),
    ("p", "公司采用Fabless经营模式，晶圆制造与封装测试均委托外部供应商完成。"),
    ("p", "2024年度，公司前五名供应商采购情况如下："),
    ("table", [
        ["序号", "供应商名称", "采购金额（万元）", "占比", "采购内容"],
        ["1", "鑫暐晶圆制造股份有限公司", "52,318.44", "61.25%", "晶圆代工"],
        ["2", "通岳半导体封装测试股份有限公司", "12,906.71", "15.11%", "封装测试"],
        ["3", "Ferrule Architecture Ltd.", "4,512.30", "5.28%", "处理器核授权"],
        ["4", "供应商四（注）", "3,077.65", "3.60%", "EDA软件"],
        ["5", "供应商五（注）", "1,954.12", "2.29%", "测试设备"],
    ], [10, 60, 26, 16, 28]),
    ("small", "注：供应商四、供应商五要求不披露其名称。"),
    ("p", "鑫暐晶圆制造股份有限公司（以下简称“鑫暐晶圆”）系台湾地区上市公司。"),
    ("p", "若鑫暐晶圆产能紧张，公司可转由昶峰半导体等代工厂生产，但需重新完成车规认证。"),
    ("p", "2021年12月，公司与 Ferrule Architecture Ltd.（以下简称“Ferrule”）签署《架构授权许可协议》。"),
    ("p", "根据该协议，Ferrule 向公司授予 FR-9 指令集及处理器核的永久使用许可，授权费总额为1,850万美元，另按芯片出货量收取特许权使用费。"),
    ("h2", "三、行业竞争情况"),
    ("p", "与 Vantorix Semiconductor、Quillmark Silicon 等境外厂商相比，公司在本土整车厂客户覆盖方面具有优势。"),
    ("p", "根据鹭湾产业研究院数据，2024年启微电子在国内智能驾驶芯片市场的份额约为18%，公司约为11%。"),
    ("table", [
        ["公司名称", "2024年营业收入（亿元）", "毛利率", "主要产品"],
        ["启微电子", "21.36", "44.8%", "智驾SoC"],
        ["Vantorix Semiconductor", "96.20", "52.1%", "ADAS SoC"],
        ["Quillmark Silicon", "15.44", "46.3%", "车载AI推理芯片"],
        ["芯澜智驾（发行人）", "12.74", "41.2%", "智驾SoC"],
    ], [46, 34, 18, 32]),
    ("small", "资料来源：可比公司年度报告。境外公司收入按2024年平均汇率折算为人民币。"),
    ("h1", "第十一节 其他重要事项"),
    ("h2", "一、重大合同"),
    ("h2", "（三）借款合同"),
    ("p", "2024年6月，公司与澄源银行股份有限公司（以下简称“澄源银行”）牵头组建的银团签订《银团贷款合同》。"),
    ("p", "该银团贷款总额为人民币12亿元，期限五年，用于车规级芯片研发及测试中心建设。"),
    ("p", "各贷款人承贷情况如下："),
    ("table", [
        ["贷款人", "角色", "承贷金额"],
        ["澄源银行股份有限公司", "牵头行、贷款人", "6.00亿元"],
        ["润丰银行股份有限公司", "参贷行", "4.00亿元"],
        ["鹭湾农村商业银行股份有限公司", "参贷行", "2.00亿元"],
        ["嘉沐银行股份有限公司鹭湾分行", "代理行", "不承贷"],
    ], [60, 36, 30]),
    ("p", "嘉沐银行股份有限公司鹭湾分行担任本次银团贷款的代理行，不承担贷款份额，亦未向公司提供任何借款。"),
    ("p", "鹭湾市国有资本投资运营有限公司（以下简称“鹭湾国投”）为上述银团贷款提供连带责任保证担保。公司就此向鹭湾国投提供反担保。"),
    ("p", "截至2024年12月31日，公司在该合同项下的借款余额为人民币7.5亿元。"),
    ("small", "本摘录仅供参考，投资者应当认真阅读招股说明书全文，并特别关注“风险因素”一节的全部内容。"),
]

# --------------------------------------------------------------------------- 07 MOPS (TC)
MOPS = [
    ("title", "公開資訊觀測站 重大訊息公告（列印）"),
    ("p", "公司代號：3587 公司簡稱：鑫暐"),
    ("p", "公司全名：鑫暐晶圓製造股份有限公司 Hsinwei Wafer Manufacturing Corp."),
    ("h1", "第一則"),
    ("p", "發言日期：114/07/16 發言時間：17:32:05 序號：1"),
    ("p", "主旨：本公司董事會決議以人民幣2.4億元參與芯瀾智駕科技股份有限公司首次公開發行A股之戰略配售"),
    ("p", "符合條款：第20款 事實發生日：114/07/16"),
    ("p", "說明："),
    ("p", "1.標的物之名稱及性質：芯瀾智駕科技股份有限公司人民幣普通股（A股）。"),
    ("p", "2.事實發生日：114/07/16。"),
    ("p", "3.交易數量、每單位價格及交易總金額：認購3,000萬股，每股人民幣8.00元，總金額人民幣2.4億元。"),
    ("p", "4.交易相對人：芯瀾智駕科技股份有限公司。"),
    ("p", "5.取得或處分之目的：布局大陸地區車用晶片市場之長期策略性投資。"),
    ("p", "6.本次投資須經經濟部投資審議司核准後始得執行。"),
    ("p", "7.截至目前對該標的之累積持有股數：0股（本次取得後為3,000萬股，持股比例6.25%）。"),
    ("p", "8.其他應敘明事項：無。"),
    ("h1", "第二則"),
    ("p", "發言日期：114/09/03 發言時間：18:05:47 序號：1"),
    ("p", "主旨：本公司董事會決議以美金9,600萬元參與 Tavrion Packaging Technologies, Inc. 私募普通股"),
    ("p", "符合條款：第20款 事實發生日：114/09/03"),
    ("p", "說明："),
    ("p", "1.標的物之名稱及性質：Tavrion Packaging Technologies, Inc.（以下簡稱Tavrion）私募普通股。"),
    ("p", "2.交易數量、每單位價格及交易總金額：認購2,400萬股，每股美金4.00元，總金額美金9,600萬元。"),
    ("p", "3.取得後累積持有比例：9.90%。"),
    ("p", "4.取得或處分之目的：強化先進封裝供應鏈合作，掌握車用小晶片（chiplet）封裝產能。"),
    ("p", "5.價格決定之參考依據：參考 Tavrion 於紐約證券交易所之近期收盤價並經雙方議定。"),
    ("p", "6.專家意見：華毅證券股份有限公司就本次取得 Tavrion 私募普通股之價格出具合理性意見書。"),
    ("p", "7.其他應敘明事項：本案尚待美國外國投資委員會（CFIUS）審查。"),
    ("page",),
    ("h1", "第三則"),
    ("p", "發言日期：114/10/22 發言時間：17:10:19 序號：2"),
    ("p", "主旨：本公司董事會決議對子公司鑫暐先進封裝股份有限公司增資及資金貸與"),
    ("p", "符合條款：第11款 事實發生日：114/10/22"),
    ("p", "說明："),
    ("p", "1.鑫暐先進封裝股份有限公司（以下簡稱鑫暐先進封裝）為本公司持股100%之子公司。"),
    ("p", "2.本公司擬以現金對鑫暐先進封裝增資新臺幣30億元，用於竹科銅鑼園區封裝廠擴建。"),
    ("p", "3.本公司董事會同意資金貸與鑫暐先進封裝新臺幣15億元，期限一年，利率按本公司平均資金成本計算。"),
    ("p", "4.本次資金貸與後，本公司資金貸與他人之總餘額占本公司最近期財務報表淨值之2.1%。"),
    ("p", "5.其他應敘明事項：無。"),
    ("h1", "第四則"),
    ("p", "發言日期：114/11/12 發言時間：16:48:02 序號：1"),
    ("p", "主旨：本公司與 Quillmark Silicon, Inc. 簽訂7奈米車用製程產能保留協議"),
    ("p", "符合條款：第51款 事實發生日：114/11/12"),
    ("p", "說明："),
    ("p", "1.本公司將自115年下半年起為 Quillmark Silicon, Inc. 代工7奈米車用晶圓，協議期間五年。"),
    ("p", "2.Quillmark 將分兩期支付產能保留款共計美金6,000萬元，得抵減未來晶圓貨款。"),
    ("p", "3.對公司財務業務之影響：預計自116年起挹注營收，實際金額依客戶下單情形而定。"),
    ("h1", "第五則"),
    ("p", "發言日期：114/11/20 發言時間：08:15:33 序號：1"),
    ("p", "主旨：澄清媒體報導本公司擬收購昶峰半導體竹南封裝廠之訊息"),
    ("p", "符合條款：第51款 事實發生日：114/11/20"),
    ("p", "說明："),
    ("p", "1.報導日期及來源：114/11/20 鯤洋財經新聞網相關報導。"),
    ("p", "2.報導內容：本公司擬收購昶峰半導體股份有限公司竹南封裝廠。"),
    ("p", "3.澄清說明：本公司並未與昶峰半導體洽談任何收購事宜，上述報導純屬市場臆測。"),
    ("p", "4.本公司一切資訊以公開資訊觀測站公告為準。"),
]

def build(name, blocks, font_name, footer, size, ttc_face=None):
    pdf = Doc(footer, font_name, size)
    tmp = None
    if ttc_face is not None:
        tmp = os.path.join(HERE, f"_{font_name}.ttf")
        make_ttf(TTC, ttc_face, all_text(blocks) + footer + "0123456789", tmp)
        pdf.add_font(font_name, "", tmp)
    render(pdf, blocks)
    pdf.output(os.path.join(HERE, name))
    if tmp:
        os.remove(tmp)
    print(f"wrote {name}: {pdf.page_no()} pages")


if __name__ == "__main__":
    build("05_harrowgate_q3_2025_investor_letter.pdf", LETTER, "helvetica",
          "Harrowgate Ridge Capital - Confidential - Page {}", 10)
    build("06_xinlan_prospectus_excerpt.pdf", PROSPECTUS, "notosc",
          "芯澜智驾科技股份有限公司 招股说明书（摘录） 第 {} 页", 9.5, ttc_face=2)
    build("07_hsinwei_mops_material_info.pdf", MOPS, "nototc",
          "鑫暐晶圓製造股份有限公司 重大訊息列印 第 {} 頁", 9.5, ttc_face=3)
