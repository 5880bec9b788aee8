"""Build the PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 04_Tianheng_announcement.pdf : A-share announcement (Simplified Chinese)
- 07_Merlion_Aero_annual_report.pdf : annual report extract (English)

English text is set in Helvetica and wrapped at spaces only. Chinese text uses the
Simplified Chinese face of Noto Sans CJK; fpdf2 cannot read the .ttc collection or
CFF outlines, so the face is subset with fontTools, converted to TrueType outlines
with cu2qu, and written to a temporary directory that is removed afterwards.
Chinese lines are broken only after the full stop "。".
"""
import os
import re
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC_INDEX = 2  # faces in the collection: 2 = Simplified Chinese, 3 = Traditional Chinese


# --------------------------------------------------------------------------- fonts

def cff_to_glyf(font, max_err=1.0):
    """Replace the CFF outlines of `font` with quadratic TrueType outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, workdir):
    """Subset one face of the Noto CJK collection to `text`; return a .ttf path."""
    font = TTCollection(CJK_TTC).fonts[face_index]
    subsetter = Subsetter(Options())
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(workdir, f"noto_cjk_{face_index}.ttf")
    font.save(path)
    return path


# --------------------------------------------------------------------------- layout

class Document(FPDF):
    def __init__(self, font, footer_text):
        super().__init__(format="A4")
        self.body_font = font
        self.footer_text = footer_text
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.body_font, size=8)
        self.cell(0, 5, f"{self.footer_text}  {self.page_no()}", align="C")


def split_tokens(text, chinese):
    """Chinese: sentences ending in 。; English: words."""
    if chinese:
        return [t for t in re.findall(r"[^。]*。|[^。]+$", text) if t]
    return text.split(" ")


def paragraph(pdf, text, size=10, style="", chinese=False, align="L", gap=2.0):
    """Write `text`, breaking lines only between tokens (words or Chinese sentences)."""
    pdf.set_font(pdf.body_font, style=style, size=size)
    width = pdf.epw
    line_height = size * 0.55
    sep = "" if chinese else " "
    line = ""
    for token in split_tokens(text, chinese):
        candidate = line + sep + token if line else token
        if pdf.get_string_width(candidate) <= width:
            line = candidate
            continue
        if not line:
            raise ValueError(f"token wider than the page: {token!r}")
        pdf.cell(width, line_height, line, align=align, new_x="LMARGIN", new_y="NEXT")
        line = token
        if pdf.get_string_width(line) > width:
            raise ValueError(f"token wider than the page: {token!r}")
    if line:
        pdf.cell(width, line_height, line, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def table(pdf, rows, widths, size=9):
    pdf.set_font(pdf.body_font, size=size)
    heading = FontFace(emphasis=None, fill_color=(225, 225, 225))
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=size * 0.55,
                   headings_style=heading) as t:
        for row in rows:
            r = t.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(3)


# --------------------------------------------------------------------------- 04 (Chinese)

TIANHENG = [
    ("h", "证券代码：688917　　证券简称：天衡动力　　公告编号：2025-047"),
    ("title", "天衡航空发动机股份有限公司"),
    ("title", "关于对外投资暨签订日常经营重大合同的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
              "全体董事对公告内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "● 投资标的名称：华翼融资租赁（天津）有限公司（以下简称“华翼租赁”）。"),
    ("p", "● 投资金额：公司拟以自有资金人民币6.00亿元认缴华翼租赁新增注册资本。"),
    ("p", "● 日常经营合同：公司与港翔飞机租赁控股有限公司签订备用发动机买卖合同。"),
    ("p", "● 本次对外投资不构成关联交易，亦不构成重大资产重组。"),
    ("h", "一、对外投资概述"),
    ("p", "（一）2025年11月10日，公司召开第三届董事会第十九次会议。"
          "会议审议通过了《关于对华翼融资租赁（天津）有限公司增资的议案》。"
          "公司拟以自有资金人民币6.00亿元对华翼租赁进行增资。"
          "其中人民币5.29亿元计入注册资本，其余计入资本公积。"
          "增资完成后，公司将持有华翼租赁15.00%的股权。"),
    ("p", "（二）本次对外投资在董事会审批权限范围内，无需提交公司股东大会审议。"),
    ("h", "二、投资标的基本情况"),
    ("p", "名称：华翼融资租赁（天津）有限公司"),
    ("p", "统一社会信用代码：91120116MA07XK3R2P"),
    ("p", "注册资本：人民币30.00亿元（增资前）"),
    ("p", "法定代表人：宋立群　　成立日期：2016年4月18日"),
    ("p", "注册地址：天津自贸试验区（东疆综合保税区）远航路18号"),
    ("p", "经营范围：融资租赁业务；租赁业务；向国内外购买租赁财产；租赁财产的残值处理及维修。"),
    ("p", "东岳银行股份有限公司持有华翼租赁70.00%的股权，为其控股股东。"
          "本次增资前后华翼租赁的股权结构如下："),
    ("table", [["股东名称", "增资前出资额（亿元）", "增资前持股比例", "增资后持股比例"],
               ["东岳银行股份有限公司", "21.00", "70.00%", "59.50%"],
               ["其他股东", "9.00", "30.00%", "25.50%"],
               ["天衡航空发动机股份有限公司", "-", "-", "15.00%"]], (62, 40, 36, 36)),
    ("p", "华翼租赁最近一年又一期的主要财务数据如下（单位：人民币亿元）："),
    ("table", [["项目", "2024年12月31日/2024年度", "2025年9月30日/2025年1-9月"],
               ["资产总额", "412.60", "455.30"],
               ["净资产", "33.10", "34.20"],
               ["营业收入", "28.40", "22.90"],
               ["净利润", "3.60", "2.80"]], (50, 62, 62)),
    ("p", "华翼租赁2024年度财务数据已经信衡会计师事务所（特殊普通合伙）审计。"
          "2025年1-9月财务数据未经审计。"),
    ("p", "华翼租赁主要从事飞机及航空发动机的融资租赁和经营租赁业务。"
          "截至2025年9月30日，华翼租赁自有及管理机队共计86架。"
          "华翼租赁已将其中24架窄体飞机租赁予西岭航空股份有限公司。"),
    ("h", "三、日常经营重大合同"),
    ("p", "（一）2025年11月12日，公司与港翔飞机租赁控股有限公司签订《备用发动机买卖合同》。"
          "港翔飞机租赁控股有限公司（以下简称“港翔租赁”）为香港联交所主板上市公司。"
          "根据合同，公司将向港翔租赁交付6台TH-28备用发动机，合同金额约人民币9.80亿元。"
          "交付期为2026年6月至2027年3月。"),
    ("p", "（二）天衡智维（上海）航空技术有限公司（以下简称“天衡智维”）为公司全资子公司。"
          "天衡智维将向港翔租赁提供为期五年的人工智能发动机健康管理服务。"
          "天衡智维的故障预测模型部署于深瞳智算科技有限公司提供的算力平台。"),
    ("p", "（三）港翔租赁与公司及公司控股股东、实际控制人不存在关联关系。"
          "公司具备相应的生产能力和交付能力，合同履约不存在重大障碍。"),
    ("h", "四、银行授信情况"),
    ("p", "为保障上述合同履约及日常经营资金需求，公司积极拓展银行融资渠道。"
          "东岳银行已向公司提供人民币20.00亿元综合授信额度，期限三年。"
          "截至本公告披露日，公司尚未使用该授信额度。"),
    ("h", "五、对上市公司的影响"),
    ("p", "本次增资有利于公司拓展“发动机制造＋租赁＋智能运维”的产业链协同。"
          "公司的主要竞争对手包括Corvallis Turbine Works等国际发动机制造商。"
          "上述合同的履行预计将对公司2026年度及2027年度经营业绩产生积极影响。"),
    ("h", "六、风险提示"),
    ("p", "（一）华翼租赁的经营可能受到航空运输市场波动、利率变动等因素影响。"),
    ("p", "（二）合同履行可能受到供应链、不可抗力等因素影响，存在延期交付的风险。"),
    ("p", "（三）人工智能健康管理服务属于新兴业务，收入规模存在不确定性。"
          "敬请广大投资者注意投资风险。"),
    ("h", "七、中介机构意见"),
    ("p", "保荐机构华策证券股份有限公司对天衡动力本次对外投资事项无异议。"),
    ("p", "特此公告。"),
    ("right", "天衡航空发动机股份有限公司董事会"),
    ("right", "2025年11月13日"),
]


def blocks_text(blocks):
    """All characters a list of blocks will print (used to subset the font)."""
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[1] for cell in row)
        else:
            parts.append(block[1])
    return "".join(parts)


def build_tianheng(workdir):
    footer = "天衡航空发动机股份有限公司公告　第"
    font_path = make_cjk_font(CJK_SC_INDEX, blocks_text(TIANHENG) + footer + "0123456789", workdir)
    pdf = Document("NotoSC", footer)
    pdf.add_font("NotoSC", fname=font_path)
    pdf.add_page()
    for block in TIANHENG:
        kind = block[0]
        if kind == "title":
            paragraph(pdf, block[1], size=15, chinese=True, align="C", gap=1)
        elif kind == "h":
            paragraph(pdf, block[1], size=10.5, chinese=True, gap=1)
        elif kind == "small":
            paragraph(pdf, block[1], size=9, chinese=True, gap=3)
        elif kind == "right":
            paragraph(pdf, block[1], size=10, chinese=True, align="R", gap=0)
        elif kind == "table":
            table(pdf, block[1], block[2])
        else:
            paragraph(pdf, block[1], size=10, chinese=True)
    pdf.output(os.path.join(HERE, "04_Tianheng_announcement.pdf"))


# --------------------------------------------------------------------------- 07 (English)

MERLION_PAGES = [
    [
        ("title", "MERLION AERO LEASING PTE. LTD."),
        ("sub", "Annual Report 2025 - Extract: Chairman's Statement, Business Review and selected Notes"),
        ("h", "Chairman's Statement"),
        ("p", "Dear Stakeholders,"),
        ("p", "2025 was the year in which Merlion Aero Leasing moved from talking about artificial "
              "intelligence to using it in every lease we price. Revenue rose 9.4% to US$742.6 million "
              "and profit after tax reached US$158.3 million, a record for the Group. At 31 December 2025 "
              "we owned 164 aircraft on lease to 38 airlines in 19 countries, with a weighted average age "
              "of 6.1 years and a weighted average remaining lease term of 6.8 years."),
        ("p", "Demand for mid-life narrowbodies stayed strong throughout the year as manufacturers "
              "continued to deliver late. Our largest lessee, Mekong Pearl Airlines, took delivery of six "
              "further narrowbodies from us during the year, bringing the number of Merlion aircraft it "
              "operates to 27. Lease rates on extensions were on average 14% above the expiring rates."),
        ("p", "In November, Jiahong Aerospace Technology Co., Ltd., the Taiwan-based engine component "
              "repair specialist, subscribed for 28,000,000 new ordinary shares at S$1.50 each, injecting "
              "S$42.0 million of fresh equity into the Company. We welcome Jiahong as a strategic "
              "shareholder whose knowledge of engine repair will sharpen our own view of engine values."),
        ("p", "Kallang Bay Holdings Pte. Ltd., our parent, remains a committed long-term shareholder and "
              "supported the placement. I thank our lenders, noteholders, lessees and my fellow directors "
              "for their support, and our 212 employees for an exceptional year."),
        ("p", "Lim Wei Sheng, Chairman, 3 March 2026"),
    ],
    [
        ("h", "Business Review"),
        ("h2", "Engines and artificial intelligence"),
        ("p", "Engines account for roughly 45% of the value of our fleet and most of the uncertainty in "
              "its residual value. During 2025 our in-house data science team, MerlionSight, put its "
              "shop-visit forecasting model into production. The model combines lessee-reported engine "
              "health trends with utilisation and environmental data, and now informs the maintenance "
              "reserve rates in every new lease and extension we sign."),
        ("p", "Tanjong Skyworks MRO Pte. Ltd. performed 17 engine shop visits for the Group in 2025 under "
              "our ten-year engine maintenance agreement, at an aggregate cost of US$96.4 million. Shared "
              "access to Tanjong's teardown findings has been one of the most valuable inputs to our "
              "forecasting model."),
        ("p", "Unlike some peers, Merlion Aero has chosen not to invest in third-party analytics "
              "start-ups such as Ridgeline Aero Analytics, preferring to build the capability ourselves."),
        ("h2", "Portfolio activity"),
        ("p", "We acquired 14 aircraft and sold nine during the year. We evaluated, but did not proceed "
              "with, the purchase of four mid-life aircraft marketed by Harbourwing Aircraft Leasing "
              "Holdings in the second half of the year, as pricing did not meet our return thresholds."),
        ("p", "In September we signed a non-exclusive co-investment framework with Huayi Financial Leasing "
              "(Tianjin) Co., Ltd. under which the two lessors may jointly acquire aircraft portfolios in "
              "the Asia-Pacific region. No transaction had been completed under the framework at year end."),
        ("h2", "Operating metrics"),
        ("table", [["Metric", "2025", "2024"],
                   ["Aircraft owned (year end)", "164", "159"],
                   ["Fleet utilisation", "99.1%", "98.6%"],
                   ["Lessees", "38", "36"],
                   ["Engine shop visits managed", "17", "12"],
                   ["Revenue (US$ million)", "742.6", "678.8"]], (90, 42, 42)),
        ("p", "Fleet utilisation of 99.1% compared favourably with the 98.4% reported by Shannonbridge "
              "Aviation Capital and the 98.7% reported by Liffeyside Aircraft Leasing for the same period."),
    ],
    [
        ("h", "Notes to the Financial Statements (extract)"),
        ("h2", "21. Borrowings"),
        ("table", [["Facility", "Lender / form", "Maturity", "2025 US$m", "2024 US$m"],
                   ["Secured term loan", "Straits Harbour Bank Ltd.", "2030", "612.0", "655.5"],
                   ["Unsecured term loan", "Hudson Keel Credit Partners LP", "2030", "300.0", "-"],
                   ["Medium-term notes", "SGX-listed notes", "2028-2032", "1,150.0", "1,150.0"],
                   ["Total", "", "", "2,062.0", "1,805.5"]], (38, 58, 26, 26, 26)),
        ("p", "The secured term loan of US$612.0 million (2024: US$655.5 million) is provided by Straits "
              "Harbour Bank Ltd. and is secured over 41 aircraft and the related lease receivables. It "
              "bears interest at compounded SORA plus 1.95% per annum."),
        ("p", "In March 2025 the Company drew a US$300.0 million five-year unsecured term loan from Hudson "
              "Keel Credit Partners LP. The loan contains financial covenants on leverage and unencumbered "
              "assets, with which the Company complied throughout the year."),
        ("h2", "32. Related party transactions and shareholders"),
        ("p", "The immediate and ultimate holding company is Kallang Bay Holdings Pte. Ltd., incorporated "
              "in Singapore, which holds 51.00% of the Company's issued ordinary shares after the placement."),
        ("p", "Following the placement completed on 8 December 2025, Jiahong Aerospace Technology Co., Ltd. "
              "holds 6.50% of the Company's issued ordinary shares. Jiahong is not a related party of the "
              "Group within the meaning of SFRS(I) 1-24."),
        ("table", [["Shareholder", "Number of shares", "% of issued shares"],
                   ["Kallang Bay Holdings Pte. Ltd.", "219,692,308", "51.00"],
                   ["Jiahong Aerospace Technology Co., Ltd.", "28,000,000", "6.50"],
                   ["Other shareholders", "183,076,923", "42.50"]], (90, 42, 42)),
        ("h2", "35. Auditor"),
        ("p", "The financial statements of Merlion Aero Leasing Pte. Ltd. for 2025 have been audited by "
              "Raffles Quay & Co., Public Accountants and Chartered Accountants, Singapore, whose report "
              "is set out on pages 88 to 93 of the full Annual Report."),
        ("small", "This extract does not contain all the information in the Annual Report 2025 and should "
                  "be read together with it. Certain statements are forward-looking and involve risks and "
                  "uncertainties; actual results may differ materially."),
    ],
]


def build_merlion():
    pdf = Document("Helvetica", "Merlion Aero Leasing Pte. Ltd. - Annual Report 2025 - page")
    for page in MERLION_PAGES:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                paragraph(pdf, block[1], size=16, style="B", align="C", gap=1)
            elif kind == "sub":
                paragraph(pdf, block[1], size=10, style="I", align="C", gap=4)
            elif kind == "h":
                paragraph(pdf, block[1], size=13, style="B", gap=1)
            elif kind == "h2":
                paragraph(pdf, block[1], size=11, style="B", gap=1)
            elif kind == "small":
                paragraph(pdf, block[1], size=8, style="I")
            elif kind == "table":
                table(pdf, block[1], block[2])
            else:
                paragraph(pdf, block[1])
    pdf.output(os.path.join(HERE, "07_Merlion_Aero_annual_report.pdf"))


def main():
    workdir = tempfile.mkdtemp(prefix="cjk_font_")
    try:
        build_tianheng(workdir)
        build_merlion()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
