"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 03_lanze_related_party_announcement.pdf (Simplified Chinese, 2 pages)
- 05_mitobe_fleet_financing_release.pdf (English, 2 pages)

The Chinese PDF embeds a subset of Noto Sans CJK SC. fpdf2 does not write usable
ToUnicode data for the CFF-flavoured .ttc, so the needed glyphs are subset with
fontTools, converted to TrueType outlines (cu2qu) and written to a temporary .ttf
in this folder, which is deleted after the PDF is written.

Lines are broken only at spaces or after the full stop "。", so every quote in
links.jsonl / non_links.jsonl survives pypdf's text extraction after whitespace
normalisation. The script stops with an error if a token does not fit a line.
"""
import os
import re

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TMP_FONT = os.path.join(HERE, "_tmp_notosanssc_subset.ttf")


# ---------------------------------------------------------------- fonts
def make_ttf(text, out, number=2):
    """Subset the SC face of the Noto Sans CJK collection and convert CFF -> glyf."""
    font = TTFont(CJK_TTC, fontNumber=number)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
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
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 2
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.save(out)


# ---------------------------------------------------------------- layout
def tokens_of(text):
    """Split into unbreakable tokens: break points are spaces and the position after 。"""
    out = []
    for i, word in enumerate(text.split(" ")):
        parts = [p for p in re.split(r"(?<=。)", word) if p]
        for j, p in enumerate(parts):
            out.append((p, " " if (j == 0 and i > 0) else ""))
    return out


class Doc(FPDF):
    def __init__(self, footer_fmt, footer_font):
        super().__init__(format="A4")
        self.footer_fmt = footer_fmt
        self.footer_font = footer_font
        self.set_margins(12, 14, 12)
        self.set_auto_page_break(False)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.footer_font, size=8)
        self.cell(0, 5, self.footer_fmt.format(n=self.page_no()), align="C")

    def para(self, text, size, lh, font=None, gap=1.6, indent=0.0):
        if font:
            self.set_font(font, size=size)
        else:
            self.set_font_size(size)
        width = self.w - self.l_margin - self.r_margin - indent
        lines, cur = [], ""
        for tok, sep in tokens_of(text):
            cand = cur + sep + tok if cur else tok
            if self.get_string_width(cand) <= width:
                cur = cand
                continue
            if not cur or self.get_string_width(tok) > width:
                raise SystemExit(f"token does not fit a line: {tok!r}")
            lines.append(cur)
            cur = tok
        if cur:
            lines.append(cur)
        for line in lines:
            if self.get_y() + lh > self.h - 18:
                raise SystemExit(f"page overflow at: {line[:40]!r}")
            self.set_x(self.l_margin + indent)
            self.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def table(self, widths, rows, size, lh, header_rows=1):
        self.set_font_size(size)
        for _r, row in enumerate(rows):
            for w, cell in zip(widths, row):
                if self.get_string_width(cell) > w - 1.5:
                    raise SystemExit(f"cell too wide: {cell!r}")
            for k, (w, cell) in enumerate(zip(widths, row)):
                last = k == len(widths) - 1
                self.cell(w, lh, cell, border=1, align="L",
                          new_x="LMARGIN" if last else "RIGHT",
                          new_y="NEXT" if last else "TOP")
        self.ln(2)


# ---------------------------------------------------------------- 03 (Chinese)
ZH_PAGES = [
    [
        ("small", "证券代码：603917 证券简称：澜泽精密 公告编号：2025-068"),
        ("title", "浙江澜泽精密传动股份有限公司"),
        ("title", "关于2026年度日常关联交易预计的公告"),
        ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "● 本次日常关联交易预计事项尚需提交公司2025年第三次临时股东大会审议。"),
        ("p", "● 本次日常关联交易属于公司正常生产经营需要，不会对关联方形成较大依赖。"),
        ("h", "一、日常关联交易基本情况"),
        ("h", "（一）日常关联交易履行的审议程序"),
        ("p", "2025年11月12日，公司召开第三届董事会第十九次会议，审议通过了《关于2026年度日常关联交易预计的议案》。"
              "关联董事汤卓远先生、田边良平先生回避表决，其余7名非关联董事一致同意该议案。"
              "公司独立董事专门会议已事先审议通过该议案。"
              "独立董事认为相关交易定价公允，不存在损害公司及中小股东利益的情形。"
              "该议案尚需提交股东大会审议，关联股东澜泽控股集团有限公司将回避表决。"),
        ("h", "（二）2025年度日常关联交易的预计和执行情况"),
        ("note", "单位：万元"),
        ("table", [50, 44, 30, 40, 22], [
            ["关联交易类别", "关联人", "2025年预计金额", "2025年1-10月实际发生金额", "差异原因"],
            ["向关联人采购原材料", "澜泽智能", "4,000.00", "3,126.45", "按计划执行"],
            ["向关联人租赁厂房", "澜泽智能", "360.00", "270.00", "按计划执行"],
            ["向关联人采购原材料", "水户部商事", "10,000.00", "8,455.10", "产量增加"],
            ["合计", "—", "14,360.00", "11,851.55", "—"],
        ]),
        ("h", "（三）2026年度日常关联交易预计金额和类别"),
        ("note", "单位：万元"),
        ("table", [56, 46, 27, 22, 35], [
            ["关联交易类别", "关联人", "2026年预计金额", "占同类业务比例", "2025年1-10月实际发生额"],
            ["向关联人采购伺服驱动器及编码器", "杭州澜泽智能装备有限公司", "4,800.00", "21.3%", "3,126.45"],
            ["向关联人租赁厂房", "杭州澜泽智能装备有限公司", "360.00", "100.0%", "270.00"],
            ["向关联人采购钕铁硼磁材及精密轴承", "水户部商事株式会社", "12,000.00", "38.6%", "8,455.10"],
            ["合计", "—", "17,160.00", "—", "11,851.55"],
        ]),
        ("p", "注：2026年预计金额较2025年实际发生额增幅较大，主要系公司关节执行器产能扩张所致。"
              "上表金额均不含税，实际发生金额以年度审计结果为准。"),
    ],
    [
        ("h", "二、关联方介绍和关联关系"),
        ("h", "（一）杭州澜泽智能装备有限公司"),
        ("p", "杭州澜泽智能装备有限公司（以下简称“澜泽智能”）成立于2016年3月18日，注册资本5,000万元人民币。"
              "法定代表人：汤卓明；住所：浙江省杭州市钱塘区江东三路1188号。"
              "主营业务：伺服电机、驱动器、编码器的研发、生产和销售。"),
        ("p", "截至2024年12月31日，澜泽智能总资产2.86亿元，净资产1.12亿元。"
              "2024年度澜泽智能实现营业收入2.41亿元，净利润1,683万元。"),
        ("p", "关联关系：澜泽智能为公司控股股东澜泽控股集团有限公司（以下简称“澜泽控股”）的全资子公司。"
              "截至本公告披露日，澜泽控股持有公司32.64%的股份，为公司控股股东。"
              "澜泽智能依法存续且经营正常，具备良好的履约能力。"),
        ("h", "（二）水户部商事株式会社"),
        ("p", "水户部商事株式会社（ Mitobe Shoji Kaisha, Ltd. ，以下简称“水户部商事”）为东京证券交易所上市公司。"
              "注册地：日本东京都千代田区；代表取缔役社长：岩城宗佑；资本金：1,862亿日元。"
              "主营业务：综合贸易、电子材料、金属资源及产业金融。"),
        ("p", "关联关系：公司董事田边良平先生同时担任水户部商事执行役员。"
              "根据《上海证券交易所股票上市规则》第6.3.3条的规定，水户部商事为公司的关联法人。"
              "水户部商事通过其全资子公司水户部商事（上海）有限公司在中国境内开展磁材及轴承进口业务。"),
        ("h", "三、关联交易主要内容和定价政策"),
        ("p", "公司向澜泽智能采购伺服驱动器及编码器，以市场价格为基础协商确定，结算方式为月结60天。"
              "公司向水户部商事采购的钕铁硼磁材主要用于关节执行器电机，2026年预计采购金额不超过1.2亿元。"
              "公司采购价格与江苏恒钧传动股份有限公司、宁波拓驰机电股份有限公司的同类采购价格不存在重大差异。"
              "澜泽控股为公司本次关联交易项下的付款义务向水户部商事提供连带责任保证。"),
        ("h", "四、关联交易目的和对上市公司的影响"),
        ("p", "公司主营谐波减速器及一体化关节执行器，主要客户为人形机器人及工业机器人整机厂商。"
              "2025年1-10月，公司向 Ombrine Robotics, Inc. 销售关节执行器实现收入5.86亿元，占公司同期营业收入的41.7%。"
              "上述日常关联交易不影响公司独立性，公司主营业务不会因此对关联人形成依赖。"),
        ("p", "公司于2025年6月以自有资金向全资子公司澜泽精密（泰国）有限公司增资1,500万美元。"
              "该笔增资用于建设泰国罗勇府关节模组工厂，预计2026年第四季度投产。"),
        ("p", "近期有媒体报道称公司将向 Vantorre Mobility Inc. 供应关节模组。"
              "经公司核实，该报道不属实，公司与 Vantorre Mobility Inc. 未签署任何协议。"),
        ("h", "五、保荐机构核查意见"),
        ("p", "经核查，保荐机构东岳证券股份有限公司认为公司2026年度日常关联交易预计事项已履行必要的审批程序。"
              "保荐机构对公司2026年度日常关联交易预计事项无异议。"),
        ("p", "特此公告。"),
        ("right", "浙江澜泽精密传动股份有限公司董事会"),
        ("right", "2025年11月13日"),
    ],
]


def build_zh(path):
    text = "".join(
        (b[1] if isinstance(b[1], str) else "".join("".join(r) for r in b[2]))
        for page in ZH_PAGES for b in page
    )
    text += "第页共 0123456789"
    make_ttf(text, TMP_FONT)
    pdf = Doc("第 {n} 页 共 2 页", "zh")
    pdf.add_font("zh", "", TMP_FONT)
    for page in ZH_PAGES:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("zh", size=14)
                pdf.cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.para(block[1], 7.5, 4.6, font="zh")
            elif kind == "h":
                pdf.para(block[1], 10, 6, font="zh", gap=0.6)
            elif kind == "p":
                pdf.para(block[1], 9, 5.4, font="zh")
            elif kind == "note":
                pdf.para(block[1], 8, 4.6, font="zh", gap=0.4)
            elif kind == "table":
                pdf.table(block[1], block[2], 8, 6.2)
            elif kind == "right":
                pdf.set_font("zh", size=9)
                pdf.cell(0, 5.4, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    os.remove(TMP_FONT)


# ---------------------------------------------------------------- 05 (English)
EN_PAGES = [
    [
        ("small", "NEWS RELEASE | Mitobe Shoji Kaisha, Ltd. | TSE Prime: 8057 | Tokyo, November 10, 2025"),
        ("title", "Mitobe Shoji Arranges JPY 60 Billion Humanoid Robot"),
        ("title", "Fleet Financing for Ombrine Robotics in Japan"),
        ("sub", "Trading house expands robots-as-a-service leasing through new subsidiary; Kurobane Bank joins as co-lender"),
        ("p", "TOKYO -- Mitobe Shoji Kaisha, Ltd. (\"Mitobe Shoji\" or the \"Company\") today announced that it has "
              "signed definitive agreements to finance the deployment of humanoid robots built by Ombrine Robotics, Inc. "
              "(Nasdaq: OMBR) at warehouses, parcel hubs and factories across Japan."),
        ("p", "Mitobe Shoji will provide a senior secured term facility of up to JPY 45 billion to Ombrine Robotics, Inc. "
              "(\"Ombrine\") to fund robots deployed under robots-as-a-service contracts in Japan."),
        ("p", "The Kurobane Bank, Ltd. will provide an additional JPY 15 billion tranche to Ombrine on the same terms, "
              "bringing total commitments to JPY 60 billion."),
        ("p", "Shirasagi Trust & Banking Co., Ltd. will act as facility agent and security trustee for Mitobe Shoji and "
              "Kurobane Bank and will not commit any funds to Ombrine."),
        ("p", "The facility will be drawn by Ombrine Robotics Japan K.K., Ombrine's wholly owned Japanese subsidiary, as "
              "robots are accepted by end customers. Each drawing is sized against contracted service revenue, carries a "
              "seven-year final maturity and is secured by the robots and the related customer receivables."),
        ("h", "A dedicated leasing vehicle"),
        ("p", "MS Robotics Lease Co., Ltd. (\"MSRL\"), a wholly owned subsidiary of Mitobe Shoji, was established in "
              "April 2025 to hold the Company's robotics leasing assets."),
        ("p", "MSRL will purchase up to 1,800 H3 humanoid robots from Ombrine over the next three years and lease them "
              "to logistics operators in Japan."),
        ("p", "The first lessee will be Farrowgate Logistics, which has agreed to lease 420 robots from MSRL for its "
              "Kanagawa and Saitama distribution centers."),
        ("p", "MSRL's leases include maintenance, software updates and remote fleet monitoring, with Ombrine providing "
              "second-line technical support under a service agreement. Lessees pay a fixed monthly fee per robot and "
              "may return or upgrade units at the end of a 36-month term."),
        ("h", "Key terms"),
        ("table", [58, 44, 38, 46], [
            ["Instrument", "Provider", "Amount", "Tenor"],
            ["Senior secured term facility", "Mitobe Shoji", "JPY 45 billion", "7 years"],
            ["Co-lender tranche", "Kurobane Bank", "JPY 15 billion", "7 years"],
            ["Robot purchase program", "MSRL", "Up to 1,800 units", "3 years"],
            ["Facility agent", "Shirasagi Trust", "No commitment", "n/a"],
        ]),
    ],
    [
        ("h", "A long-standing relationship"),
        ("p", "Mitobe Shoji first invested in Ombrine in 2023 and currently holds approximately 3.1% of Ombrine's "
              "outstanding shares."),
        ("p", "Mitobe Shoji also serves as Ombrine's exclusive distributor in Japan, providing sales, installation and "
              "field service through its Industrial Systems Division."),
        ("p", "\"Labor shortages in Japanese logistics are structural, not cyclical,\" said Sosuke Iwaki, President and "
              "CEO of Mitobe Shoji. \"By combining Ombrine's robots with our balance sheet and service network, we can "
              "let customers pay for automation the way they pay for labor, by the month.\""),
        ("p", "\"Mitobe Shoji has been with us since our first pilot in Japan,\" said Mireille Okonjo-Strand, CEO of "
              "Ombrine. \"This facility lets us scale deployments without tying up our own capital.\""),
        ("p", "Mitobe Shoji's robotics financing portfolio is now the second largest among Japanese trading houses after "
              "Ishizue Bussan, according to the Company's estimates."),
        ("p", "Mitobe Shoji may in the future consider extending similar fleet financing to other humanoid robot makers "
              "such as Brightwater Robotics, although no discussions are currently under way."),
        ("h", "Impact on results"),
        ("p", "The Company expects the transactions to have a minor impact on its consolidated results for the fiscal "
              "year ending March 31, 2026. Any matters requiring disclosure will be announced promptly."),
        ("h", "About Mitobe Shoji"),
        ("p", "Mitobe Shoji Kaisha, Ltd. is a Tokyo-based general trading company with businesses in electronic "
              "materials, metals and mineral resources, industrial machinery, and industrial finance. The Company "
              "employs about 21,000 people in 38 countries."),
        ("p", "Mitobe Shoji's Electronic Materials Division supplies high-purity specialty gases and photoresist to "
              "semiconductor manufacturers, including Lumenfall Foundry Pte. Ltd., under long-term contracts."),
        ("h", "About Ombrine Robotics"),
        ("p", "Ombrine Robotics, Inc. designs and builds general-purpose humanoid robots for logistics and "
              "manufacturing. Its H3 humanoid is deployed at more than 60 customer sites in the United States and Japan."),
        ("h", "Cautionary statement"),
        ("p", "This release contains forward-looking statements based on information currently available to the "
              "Company and certain assumptions deemed reasonable. Actual results may differ materially due to changes "
              "in economic conditions, customer demand for robots-as-a-service, interest rates, foreign exchange rates, "
              "the performance of Ombrine's robots, and other factors. The Company undertakes no obligation to update "
              "these statements."),
        ("p", "Contact: Corporate Communications Department, Mitobe Shoji Kaisha, Ltd., Tokyo. Tel: +81-3-5555-0142"),
    ],
]


def build_en(path):
    pdf = Doc("Page {n} of 2", "helvetica")
    for page in EN_PAGES:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("helvetica", "B", 15)
                pdf.cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("helvetica", "I", 10)
                pdf.para(block[1], 10, 5.5, gap=3)
            elif kind == "small":
                pdf.set_font("helvetica", "", 8)
                pdf.para(block[1], 8, 4.6, gap=2)
            elif kind == "h":
                pdf.set_font("helvetica", "B", 11)
                pdf.para(block[1], 11, 6, gap=0.8)
            elif kind == "p":
                pdf.set_font("helvetica", "", 10)
                pdf.para(block[1], 10, 5.2, gap=2.2)
            elif kind == "table":
                pdf.set_font("helvetica", "", 9)
                pdf.table(block[1], block[2], 9, 6.2)
    pdf.output(path)


if __name__ == "__main__":
    build_zh(os.path.join(HERE, "03_lanze_related_party_announcement.pdf"))
    build_en(os.path.join(HERE, "05_mitobe_fleet_financing_release.pdf"))
    print("built 2 PDFs")
