"""Build the PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use the core Helvetica font. Chinese documents use the
Noto Sans CJK SC face, extracted from the system .ttc collection with
fontTools, subset to the characters used, converted from CFF to TrueType
outlines (cu2qu) in a temporary directory, and removed afterwards.

Line-breaking rules (so that extracted quotes stay intact):
- English paragraphs wrap at spaces only (fpdf2 multi_cell default);
- Chinese paragraphs are split into one line per sentence, after "。";
  a sentence that would be wider than the page is set in a smaller size.
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
CJK_SC_INDEX = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK

# ---------------------------------------------------------------------------
# Document content. Blocks: ("title", text), ("h", text), ("p", text),
# ("small", text), ("table", [header, row, ...], [column widths in mm]),
# ("pagebreak", None).
# ---------------------------------------------------------------------------

TIXNOVA_S1 = [
    ("small", "As filed with the Securities and Exchange Commission on September 22, 2025"),
    ("small", "Registration No. 333-291604"),
    ("title", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
    ("title", "FORM S-1 REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933"),
    ("title", "TixNova Holdings, Inc."),
    ("small", "(Exact name of registrant as specified in its charter) - Delaware - 7990 - 84-2207315"),
    ("p", "The information in this preliminary prospectus is not complete and may be changed. "
          "We may not sell these securities until the registration statement filed with the "
          "Securities and Exchange Commission is effective. This preliminary prospectus is not "
          "an offer to sell these securities and it is not soliciting an offer to buy these "
          "securities in any jurisdiction where the offer or sale is not permitted."),
    ("h", "PROSPECTUS SUMMARY"),
    ("p", "This summary highlights information contained elsewhere in this prospectus and does "
          "not contain all of the information that you should consider before investing in our "
          "Class A common stock. You should read the entire prospectus carefully, including "
          "\"Risk Factors\" and our consolidated financial statements. Unless the context "
          "otherwise requires, \"TixNova,\" \"we,\" \"us\" and \"our\" refer to TixNova "
          "Holdings, Inc. and its consolidated subsidiaries."),
    ("h", "Overview"),
    ("p", "TixNova is an AI-native ticketing platform for live entertainment and cinema. Our "
          "software sells, prices, delivers and verifies tickets, and our fraud models screen "
          "every transaction in real time. In the twelve months ended June 30, 2025, we "
          "processed 71.3 million tickets with gross transaction value of $4.2 billion, and "
          "generated revenue of $318.6 million."),
    ("p", "Our largest live-entertainment client is Stagelight Entertainment Group, Inc., for "
          "which we provide primary ticketing services at 64 amphitheaters, arenas and clubs "
          "under a seven-year exclusive agreement entered into in 2023. Stagelight accounted "
          "for 19% of our revenue in fiscal 2025."),
    ("p", "In cinema, we supply white-label ticketing, seat selection and concession ordering "
          "to LumaReel Cinemas, Inc. across its entire U.S. circuit. Our platform also "
          "integrates with third-party pricing engines. Through our partnership with Marquee "
          "Vision, Inc., exhibitors and promoters that use its SeatSense engine can publish "
          "price changes directly to our checkout without manual intervention."),
    ("h", "Our Infrastructure"),
    ("p", "We run our production workloads, including model training and inference for our "
          "fraud and demand models, on GPU and general-purpose cloud capacity supplied by "
          "Halvard Compute, Inc. under a three-year agreement with minimum purchase "
          "commitments of $27.5 million. We believe that, if Halvard were unable to provide "
          "capacity, we could migrate to other providers, although such a migration could "
          "take several months and involve significant cost."),
    ("h", "Corporate Venture Activities"),
    ("p", "TixNova Ventures, LLC, our wholly owned corporate venture subsidiary, invests in "
          "early-stage companies building ticketing and fan-engagement technology. In June "
          "2025, TixNova Ventures invested $8.0 million in the Series B preferred shares of "
          "Shenzhen Zhipiao Technology Co., Ltd., a provider of AI ticketing systems to "
          "cinema chains and concert promoters in China."),
    ("h", "RISK FACTORS"),
    ("p", "We depend on a small number of large clients for a significant portion of our "
          "revenue. If Stagelight or any other large client does not renew, or renews on less "
          "favorable terms, our results of operations would be adversely affected."),
    ("p", "The ticketing market is highly competitive. We compete with Velvet Rope Tickets, "
          "Orbitix and promoter-owned platforms, some of which have longer operating "
          "histories and greater financial resources than we do."),
    ("p", "We are subject to litigation. In March 2025, Encore Seat Exchange, Inc. filed a "
          "complaint against TixNova in the U.S. District Court for the Central District of "
          "California alleging that our resale restrictions violate federal antitrust law. We "
          "believe the claims are without merit and intend to defend ourselves vigorously."),
    ("h", "PRINCIPAL STOCKHOLDERS"),
    ("p", "The following table sets forth information regarding beneficial ownership of our "
          "capital stock as of August 31, 2025, before giving effect to this offering."),
    ("table", [["Name of beneficial owner", "Shares", "Percent"],
               ["Cobalt Crest Growth Fund III, L.P. (1)", "41,250,000", "18.4%"],
               ["Hollis Brandt (Co-Founder and CEO)", "29,800,000", "13.3%"],
               ["Meredith Kwan (Co-Founder and CTO)", "17,640,000", "7.9%"],
               ["All directors and officers as a group (9 persons)", "51,115,000", "22.8%"]],
     [100, 40, 30]),
    ("small", "(1) Consists of Series C and Series D convertible preferred stock held by Cobalt "
              "Crest Growth Fund III, L.P., whose general partner is controlled by Cobalt Crest "
              "Capital Management LLC."),
    ("h", "CERTAIN RELATIONSHIPS AND RELATED PARTY TRANSACTIONS"),
    ("p", "In February 2025, we issued 12,500,000 shares of Series D convertible preferred "
          "stock to Cobalt Crest Growth Fund III, L.P. for an aggregate purchase price of "
          "$120.0 million. Rowan Pike, a partner of Cobalt Crest, serves on our board of "
          "directors."),
    ("h", "DESCRIPTION OF INDEBTEDNESS"),
    ("p", "On May 2, 2025, we entered into a revolving credit agreement with Pinegate Bank, "
          "N.A., under which Pinegate Bank agreed to lend us up to $75.0 million on a "
          "revolving basis through May 2028. Borrowings bear interest at Term SOFR plus 2.75% "
          "and are secured by substantially all of our assets. As of June 30, 2025, $22.0 "
          "million was outstanding."),
    ("h", "UNDERWRITING"),
    ("p", "Harrowgate Securities LLC and Morrow Lane & Co. are acting as representatives of "
          "the underwriters of this offering. The underwriters and their affiliates have "
          "provided, and may in the future provide, investment banking services to us."),
    ("h", "EXPERTS"),
    ("p", "The consolidated financial statements of TixNova Holdings, Inc. as of and for the "
          "years ended June 30, 2025 and 2024 included in this prospectus have been audited by "
          "Calder & Finch LLP, an independent registered public accounting firm."),
]

XINGMU_NOTICE = [
    ("small", "证券代码：301729　　证券简称：星幕院线　　公告编号：2025-087"),
    ("title", "星幕院线股份有限公司"),
    ("title", "关于全资子公司对外投资暨签订日常经营重大合同的公告"),
    ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("h", "重要内容提示"),
    ("p", "投资标的名称：深圳智票科技有限公司（以下简称“智票科技”）。"
          "投资金额：人民币12,000万元。"
          "本次投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("h", "一、对外投资概述"),
    ("p", "2025年10月28日，公司第四届董事会第十二次会议审议通过了《关于全资子公司对外投资的议案》。"
          "星幕智能科技（深圳）有限公司（以下简称“星幕智能”）为公司全资子公司。"
          "星幕智能与智票科技及其现有股东签署《增资协议》。"
          "星幕智能以自有资金人民币12,000万元对智票科技进行增资。"
          "本次增资完成后，星幕智能将持有智票科技15.00%的股权。"
          "本次投资在董事会审批权限范围内，无需提交股东大会审议。"),
    ("h", "二、投资标的基本情况"),
    ("p", "公司名称：深圳智票科技有限公司。"
          "注册地址：深圳市南山区粤海街道科技南十二路。"
          "主营业务：面向影院及演出场馆的AI票务系统、智能排片及动态定价软件。"
          "智票科技的现有客户包括匯演國際控股有限公司等演出主办方。"
          "本次增资前后，智票科技的股权结构如下。"),
    ("table", [["股东名称", "增资前持股比例", "增资后持股比例"],
               ["陈立航", "46.00%", "39.10%"],
               ["深圳前海票点投资合伙企业（有限合伙）", "22.00%", "18.70%"],
               ["TixNova Ventures, LLC", "7.06%", "6.00%"],
               ["其他股东", "24.94%", "21.20%"],
               ["星幕智能", "—", "15.00%"]],
     [86, 42, 42]),
    ("p", "智票科技经中衡正信会计师事务所（特殊普通合伙）审计。"
          "北京华评资产评估有限公司对智票科技股东全部权益价值出具了评估报告。"),
    ("h", "三、日常经营重大合同"),
    ("p", "同日，公司与智票科技签署《AI票务系统采购及技术服务合同》，合同总金额为人民币3,860万元（含税）。"
          "智票科技将为公司旗下全部186家影城提供AI票务系统、智能排片及会员运营服务，服务期限为三年。"
          "该合同属于公司日常经营合同，定价遵循市场原则。"),
    ("h", "四、其他合作事项"),
    ("p", "公司已与美国Marquee Vision, Inc.签署软件许可协议，由其向公司授权SeatSense动态定价引擎。"
          "该引擎将用于公司旗下高端特效影厅，许可期限为两年。"
          "公司与匯演國際控股有限公司（以下简称“汇演国际”）于2025年9月签署战略合作框架协议。"
          "根据该协议，公司与汇演国际将在公司影城合作开展演唱会实况放映。"),
    ("h", "五、本次投资的目的及对公司的影响"),
    ("p", "本次投资有助于公司完善AI票务及智能排片能力，提升影城单厅产出及会员复购率。"
          "本次投资资金来源为星幕智能自有资金，不会对公司财务状况及经营成果产生重大不利影响。"
          "智票科技最近一年及一期的主要财务数据如下（单位：人民币万元）。"),
    ("table", [["项目", "2024年12月31日/2024年度", "2025年9月30日/2025年1-9月"],
               ["资产总额", "18,426.51", "23,918.07"],
               ["净资产", "11,302.88", "13,775.40"],
               ["营业收入", "9,864.32", "10,217.65"],
               ["净利润", "1,206.19", "1,488.73"]],
     [40, 65, 65]),
    ("h", "六、风险提示"),
    ("p", "智票科技面临来自票立方科技、云幕数据等同行企业的激烈竞争。"
          "AI票务系统的部署效果存在不确定性，敬请广大投资者注意投资风险。"),
    ("h", "七、备查文件"),
    ("p", "第四届董事会第十二次会议决议；《增资协议》；《AI票务系统采购及技术服务合同》。"),
    ("p", "特此公告。"),
    ("small", "星幕院线股份有限公司董事会"),
    ("small", "2025年10月29日"),
]

PDFS = [
    ("03_TixNova_S-1_excerpt.pdf", "en", TIXNOVA_S1),
    ("04_Xingmu_announcement.pdf", "zh", XINGMU_NOTICE),
]


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------

def used_characters(blocks):
    chars = set()
    for kind, content, *_ in blocks:
        if kind == "table":
            for row in content:
                for cell in row:
                    chars.update(cell)
        elif content:
            chars.update(content)
    return "".join(sorted(chars))


def cff_to_glyf(font):
    """Replace CFF outlines by quadratic TrueType outlines (cu2qu)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def extract_cjk_font(text, directory):
    """Write a subset TrueType copy of Noto Sans CJK SC and return its path."""
    font = TTCollection(CJK_TTC).fonts[CJK_SC_INDEX]
    options = Options()
    options.layout_features = []
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(directory, "NotoSansCJKsc-subset.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

class Document(FPDF):
    def __init__(self, family):
        super().__init__(format="A4")
        self.family = family
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, size=8)
        self.cell(0, 6, str(self.page_no()), align="C")


def chinese_sentences(text):
    return [s for s in re.split(r"(?<=。)", text) if s]


def fitted_line(pdf, text, size, align="L"):
    """Write one line, shrinking the font until it fits the text width."""
    while size > 6 and pdf.get_string_width(text) > pdf.epw:
        size -= 0.5
        pdf.set_font(pdf.family, size=size)
    pdf.cell(pdf.epw, size * 0.55, text, align=align, new_x="LMARGIN", new_y="NEXT")


def render(path, lang, blocks, cjk_font=None):
    if lang == "zh":
        pdf = Document("NotoSC")
        pdf.add_font("NotoSC", fname=cjk_font)
    else:
        pdf = Document("Helvetica")
    pdf.add_page()
    sizes = {"title": 13, "h": 11, "p": 10, "small": 8.5}
    for kind, content, *extra in blocks:
        if kind == "table":
            pdf.set_font(pdf.family, size=9)
            # the CJK face has no bold style, so its table headings stay regular
            heading = FontFace(emphasis="BOLD" if lang == "en" else "")
            with pdf.table(col_widths=extra[0], width=sum(extra[0]), text_align="LEFT",
                           line_height=5.5, headings_style=heading) as table:
                for row in content:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.ln(3)
            continue
        size = sizes[kind]
        pdf.set_font(pdf.family, size=size)
        align = "C" if kind == "title" else "L"
        if kind == "h":
            pdf.ln(2)
        if lang == "zh":
            for sentence in chinese_sentences(content):
                pdf.set_font(pdf.family, size=size)
                fitted_line(pdf, sentence, size, align)
        else:
            pdf.multi_cell(0, size * 0.5, content, align=align,
                           new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(path)


def main():
    tmp = tempfile.mkdtemp(prefix="cjkfont-")
    try:
        zh_text = "".join(used_characters(b) for _, lang, b in PDFS if lang == "zh")
        cjk_font = extract_cjk_font(zh_text + "0123456789", tmp)
        for name, lang, blocks in PDFS:
            render(os.path.join(HERE, name), lang, blocks, cjk_font)
            print("wrote", name)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
