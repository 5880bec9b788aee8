"""Build the PDF documents of this evaluation set with fpdf2.

English documents use the built-in Helvetica face. Chinese documents use
Noto Sans CJK: the Simplified (SC) or Traditional (TC) face is taken out of
the system .ttc collection with fontTools, subset to the characters the
document needs, converted from CFF to TrueType outlines (cu2qu) so that
fpdf2 embeds it with a clean ToUnicode map, and written to a temporary
directory that is removed at the end.

English paragraphs wrap at spaces; Chinese paragraphs are broken only after
the full stop (。), one sentence per line, shrinking the type slightly when
a sentence is too long for the line.

Run with: /work/main/.venv/bin/python build_pdfs.py
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
FACE_INDEX = {"SC": 2, "TC": 3}

# ---------------------------------------------------------------------------
# Document texts. Each document is a list of pages; each page is a list of
# blocks: ("title", text), ("h", text), ("p", text), ("row", [cells]),
# ("small", text).
# ---------------------------------------------------------------------------

NINGCHUAN = [
    [
        ("small", "证券代码：688417　　证券简称：宁川智储　　公告编号：2025-061"),
        ("title", "宁川智储科技股份有限公司"),
        ("title", "关于签订日常经营重大合同及对外投资的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "合同类型：日常经营性销售合同。"
              "合同金额：约人民币18.6亿元（含税），最终以实际订单结算金额为准。"
              "对外投资标的：Kestrel Motors, Inc.新发行的B系列优先股。"
              "本次对外投资不构成关联交易，不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("h", "一、合同签订的基本情况"),
        ("p", "2025年10月20日，公司与Voltaris Energy Systems, Inc.（以下简称“Voltaris”）签订《电芯长期供货协议》。"
              "根据协议，公司将于2026年至2028年向Voltaris供应磷酸铁锂电芯，合同总金额约人民币18.6亿元（含税）。"
              "本合同为公司日常经营性合同，已经公司总经理办公会审议通过，无需提交董事会及股东大会审议。"),
        ("h", "二、合同对方的基本情况"),
        ("row", ["名称", "Voltaris Energy Systems, Inc."]),
        ("row", ["注册地", "美国特拉华州"]),
        ("row", ["上市地点", "纳斯达克（VLTS）"]),
        ("row", ["主营业务", "动力电池包及储能系统集成"]),
        ("p", "Voltaris与公司及公司控股股东、实际控制人、董事、监事及高级管理人员之间不存在关联关系。"
              "经查询，Voltaris不是失信被执行人。"),
    ],
    [
        ("h", "三、合同主要条款"),
        ("p", "产品：磷酸铁锂储能电芯及动力电芯，具体型号以订单为准。"
              "价格：以上海有色网电池级碳酸锂月度均价为基准按季度联动调整。"
              "结算方式：货到验收合格后60日内以电汇方式支付。"
              "违约责任：任何一方违约的，应赔偿对方因此遭受的直接损失。"),
        ("p", "公司与Cellwise AI, Inc.合作开发的电芯衰减预测模型已应用于本合同项下产品的出厂检测。"
              "公司主要原材料碳酸锂目前主要由深蓝锂业股份有限公司供应，本次合同履行所需原材料供应有保障。"),
        ("h", "四、生产废料销售事项"),
        ("p", "同日，公司与华锂循环科技股份有限公司（以下简称“华锂循环”）签订《生产废料及报废电芯购销协议》。"
              "根据该协议，公司将生产过程中产生的极片废料及报废电芯出售给华锂循环，预计年交易金额约人民币2.4亿元。"
              "该事项属于公司日常经营活动，定价参照市场价格确定。"),
        ("h", "五、对外投资概述"),
        ("p", "为完善北美市场布局，公司拟以自有资金7,500万美元认购Kestrel Motors, Inc.新发行的B系列优先股。"
              "本次认购完成后，公司将持有Kestrel约3.2%的股份（按全面摊薄基准计算）。"
              "公司全资子公司宁川智储（宜宾）有限公司将与Kestrel共同开发电池护照数据平台。"
              "本次对外投资已经公司第三届董事会第十九次会议审议通过，尚需取得发改委、商务主管部门及外汇管理部门的备案或登记。"),
        ("p", "华岳证券股份有限公司担任本次对外投资的财务顾问，与宁川智储不存在关联关系。"),
    ],
    [
        ("h", "六、对上市公司的影响"),
        ("p", "本合同的履行预计将对公司2026年至2028年的经营业绩产生积极影响，但不影响公司业务的独立性。"
              "公司与Lumenforge Batteries Inc.、宝晟新能源等企业在北美储能电芯市场存在竞争。"),
        ("h", "七、风险提示"),
        ("p", "合同履行过程中可能受到国际贸易政策、原材料价格波动及客户需求变化等因素影响，存在不能全部履行的风险。"
              "对外投资尚需履行境外投资备案程序，能否取得及取得时间存在不确定性。"
              "敬请广大投资者注意投资风险。"),
        ("p", "特此公告。"),
        ("p", "宁川智储科技股份有限公司董事会。"),
        ("small", "2025年10月21日"),
    ],
]

DEQUAN = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("title", "DEQUAN ENERGY HOLDINGS LIMITED"),
        ("title", "德銓能源控股有限公司"),
        ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2681）"),
        ("title", "持續關連交易及須予披露交易"),
        ("h", "緒言"),
        ("p", "董事會謹此宣佈，於2025年10月24日，本公司與北晟材料有限公司（「北晟材料」）訂立正極材料供應框架協議，據此北晟材料同意向本集團供應高鎳三元正極材料。"
              "截至2026年12月31日止年度之年度上限為港幣4.8億元。"
              "同日，本公司與Recyclon, Inc.訂立退役電池銷售協議，向其出售退役巴士電池包，總代價約港幣1.35億元。"),
        ("h", "上市規則之涵義"),
        ("p", "北晟材料由德銓集團有限公司（「德銓集團」）持有35%權益，德銓集團為本公司之控股股東。"
              "於本公告日期，德銓集團持有本公司已發行股份約52.4%。"
              "因此，北晟材料為本公司之關連人士，供應框架協議項下擬進行之交易構成上市規則第14A章項下之持續關連交易。"
              "由於出售退役電池之一項或多項適用百分比率超過5%但均低於25%，該出售構成上市規則第14章項下之須予披露交易。"),
    ],
    [
        ("h", "供應框架協議之主要條款"),
        ("row", ["日期", "2025年10月24日"]),
        ("row", ["訂約方", "本公司（作為買方）；北晟材料（作為賣方）"]),
        ("row", ["年期", "2025年11月1日至2027年12月31日"]),
        ("row", ["定價基準", "參考倫敦金屬交易所鎳價及市場報價"]),
        ("p", "董事會曾比較北晟材料與其他兩家獨立供應商之報價，包括寶晟新能源材料有限公司。"
              "本集團之電池組裝業務由本公司全資附屬公司德銓動力科技（深圳）有限公司經營。"),
        ("h", "退役電池銷售協議"),
        ("p", "本集團現時營運逾三千輛電動巴士之電池租賃業務，並以人工智能模型評估退役電池包之健康狀態。"
              "本集團現時亦向華鋰循環科技股份有限公司出售退役電池包，該等交易並不構成關連交易。"
              "據董事作出一切合理查詢後所知，Recyclon及其最終實益擁有人均為獨立第三方。"),
        ("h", "財務資源"),
        ("p", "本公司已於2025年9月自Brightpath Bank取得港幣12億元之三年期定期貸款，其中部分將用於支付上述採購款項。"),
    ],
    [
        ("h", "一般事項"),
        ("p", "本公司已成立由全體獨立非執行董事組成之獨立董事委員會。"
              "本公司已委任嘉衡融資有限公司為獨立財務顧問，就持續關連交易向獨立董事委員會及獨立股東提供意見。"
              "一份載有（其中包括）供應框架協議詳情之通函預期將於2025年11月14日或之前寄發予股東。"),
        ("h", "釋義"),
        ("row", ["「本公司」", "德銓能源控股有限公司"]),
        ("row", ["「本集團」", "本公司及其附屬公司"]),
        ("row", ["「上市規則」", "香港聯合交易所有限公司證券上市規則"]),
        ("row", ["「港幣」", "香港法定貨幣港幣"]),
        ("p", "承董事會命。"),
        ("p", "德銓能源控股有限公司主席林志衡。"),
        ("small", "香港，2025年10月24日"),
        ("small", "於本公告日期，董事會包括執行董事林志衡先生、周穎珊女士及梁浩文先生；以及獨立非執行董事陳慧敏女士、何家駿先生及黃永康先生。"),
    ],
]

AMPERLINE = [
    [
        ("title", "Amperline Capital Fund III, L.P."),
        ("small", "Quarterly Letter to Limited Partners - Third Quarter 2025"),
        ("small", "CONFIDENTIAL - For the exclusive use of the Fund's limited partners. Not for distribution."),
        ("p", "Dear Partners,"),
        ("p", "The third quarter was the busiest in the Fund's history. We deployed $110 million across three "
              "positions, bringing Fund III to 61% committed, and the portfolio's net asset value rose 9.4% "
              "quarter on quarter. Our thesis has not changed: the electric-vehicle transition will be won by "
              "the companies that make batteries last longer, charge faster and come back into the supply chain "
              "at end of life, and software and data are increasingly how that happens."),
        ("h", "New and follow-on investments"),
        ("p", "Cellwise AI. In August we led Cellwise AI's $62 million Series C, investing $25 million from "
              "Fund III. Following the round, the Fund holds a 14.1% fully diluted position in Cellwise. "
              "Cellwise now monitors 1.3 million packs, and its degradation models are becoming a de facto "
              "input to warranty pricing. We evaluated Anodyne Labs in the same process that led us to "
              "Cellwise, and decided not to invest."),
        ("p", "ChargeGrid Networks. We also anchored ChargeGrid Networks' $80 million private placement with a "
              "$55 million commitment, our largest single cheque to date. Our resulting ownership of 19.2% of "
              "ChargeGrid's common stock is held across Fund III and a co-investment vehicle, and Gwen Adler "
              "has joined the company's board. Network utilization reached a record 21% in the quarter."),
        ("p", "Recyclon. In September the Fund invested $30 million in Recyclon, Inc.'s Series B. The Fund "
              "owns 22% of Recyclon on a fully diluted basis and holds two of seven board seats."),
    ],
    [
        ("h", "Portfolio notes"),
        ("p", "Recyclon's largest customer is NorthCell Materials Limited, which buys its nickel and cobalt "
              "sulphate under a five-year offtake agreement. Feedstock is secured as well: in October Recyclon "
              "agreed to buy decommissioned electric-bus packs from Dequan Energy Holdings for approximately "
              "HK$135 million. Recyclon also processes production scrap for Voltaris Energy Systems at its "
              "Ohio plant. Its machine-vision sorting line now grades incoming packs in under four minutes."),
        ("p", "Public comparables such as Lumenforge Batteries and Ostrander Power Systems traded down 18% and "
              "11% respectively during the quarter, which we reflected in our marks for the later-stage "
              "positions."),
        ("h", "Outlook"),
        ("p", "Lithium prices stabilised during the quarter, and cell costs continued to fall. For our portfolio "
              "the more important shift is regulatory: recycled-content rules in Europe and battery-passport "
              "requirements are turning battery data and end-of-life logistics into something buyers must pay "
              "for, rather than a nice-to-have. We expect to make two to three new investments from Fund III "
              "over the next twelve months, with a bias towards software that sits between the cell and the "
              "grid, and we continue to reserve roughly 40% of the Fund for follow-on rounds."),
        ("h", "Fund update"),
        ("p", "We are pleased to welcome Yudian Technology Co., Ltd. as a limited partner in Fund III with a "
              "commitment of US$20 million. Total commitments now stand at $640 million."),
        ("row", ["Position", "Invested ($m)", "Fair value ($m)", "Gross MOIC"]),
        ("row", ["Cellwise AI", "41.0", "72.6", "1.8x"]),
        ("row", ["ChargeGrid Networks", "55.0", "63.1", "1.1x"]),
        ("row", ["Recyclon", "30.0", "30.0", "1.0x"]),
        ("row", ["Other (9 positions)", "264.5", "318.2", "1.2x"]),
        ("p", "Our fund administrator, Keel Street Fund Services, and our auditor, Calder & Whitby LLP, have "
              "completed their quarterly procedures. Capital account statements will be posted to the investor "
              "portal by November 20."),
        ("p", "With thanks for your continued support,"),
        ("p", "Gwen Adler and Tobias Renn, Managing Partners, Amperline Capital Management LLC"),
        ("small", "This letter is provided for informational purposes only and does not constitute an offer to "
                  "sell or a solicitation of an offer to buy any interest in any fund. Past performance is not "
                  "indicative of future results. Valuations are unaudited and subject to change."),
    ],
]

DOCUMENTS = [
    ("03_Ningchuan_announcement.pdf", NINGCHUAN, "SC"),
    ("05_Dequan_HKEX_announcement.pdf", DEQUAN, "TC"),
    ("08_Amperline_fund_letter.pdf", AMPERLINE, None),
]


# ---------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------

def cff_to_truetype(font):
    """Replace the CFF outlines of a fontTools font by quadratic glyf outlines."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(variant, text, workdir):
    """Extract, subset and convert one Noto Sans CJK face; return the .ttf path."""
    font = TTCollection(CJK_TTC).fonts[FACE_INDEX[variant]]
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(workdir, f"NotoSansCJK-{variant}.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------

def sentences(text):
    """Split Chinese text after each full stop."""
    return [s for s in re.split(r"(?<=。)", text) if s]


class Writer:
    def __init__(self, family):
        self.family = family
        self.cjk = family != "Helvetica"
        self.pdf = FPDF(format="A4")
        self.pdf.set_margins(16, 16, 16)
        self.pdf.set_auto_page_break(True, margin=16)

    def font(self, size, bold=False):
        style = "B" if bold and not self.cjk else ""
        self.pdf.set_font(self.family, style, size)

    def line(self, text, size, align="L"):
        """One Chinese sentence on one line, shrinking the type if needed."""
        width = self.pdf.epw - 2 * self.pdf.c_margin - 0.5
        self.font(size)
        while self.pdf.get_string_width(text) > width and size > 4.5:
            size -= 0.25
            self.font(size)
        self.pdf.multi_cell(0, size * 0.6, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def block(self, kind, content):
        pdf = self.pdf
        if kind == "row":
            self.font(9)
            widths = [pdf.epw / len(content)] * len(content)
            if len(content) == 2:
                widths = [pdf.epw * 0.3, pdf.epw * 0.7]
            for cell, w in zip(content, widths):
                pdf.cell(w, 6, cell, border="B")
            pdf.ln(6)
            return
        if kind == "title":
            if self.cjk:
                self.line(content, 14, align="C")
            else:
                self.font(15, bold=True)
                pdf.multi_cell(0, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            return
        if kind == "h":
            pdf.ln(2)
            if self.cjk:
                self.line(content, 11)
            else:
                self.font(11, bold=True)
                pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            return
        size = 8 if kind == "small" else 10
        if self.cjk:
            for sentence in sentences(content):
                self.line(sentence, size)
        else:
            self.font(size)
            pdf.multi_cell(0, size * 0.5, content, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def write(self, pages, path):
        for page in pages:
            self.pdf.add_page()
            for kind, content in page:
                self.block(kind, content)
        self.pdf.output(path)


def document_text(pages):
    parts = []
    for page in pages:
        for _, content in page:
            parts.extend(content if isinstance(content, list) else [content])
    return "".join(parts)


def main():
    workdir = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        for name, pages, variant in DOCUMENTS:
            if variant:
                font_path = make_cjk_font(variant, document_text(pages), workdir)
                writer = Writer(f"Noto{variant}")
                writer.pdf.add_font(f"Noto{variant}", "", font_path)
            else:
                writer = Writer("Helvetica")
            writer.write(pages, os.path.join(HERE, name))
            print("wrote", name)
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
