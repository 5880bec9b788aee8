"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces. Chinese text is set in
Noto Sans CJK SC: the face is taken out of the system .ttc collection, subset to
the characters used, converted from CFF to TrueType outlines (fpdf2 embeds those
cleanly) and written to a temporary directory that is removed afterwards.
Chinese paragraphs are broken only after "。": each sentence gets its own line,
and the font is shrunk for a sentence that would not otherwise fit.
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
CJK_SC_INDEX = 2

# ---------------------------------------------------------------------------
# Document texts. Blocks: ("title"|"h"|"p"|"small", text) or ("table", rows).
# ---------------------------------------------------------------------------

HALVARD_LETTER = [
    ("title", "Halvard Capital Partners"),
    ("small", "Halvard Animal Health Fund II, L.P. - Annual Letter to Limited Partners"),
    ("small", "CONFIDENTIAL - FOR LIMITED PARTNERS ONLY - February 2025"),
    ("h", "Dear Partners,"),
    ("p", "2024 was the year in which the animal-health companies in our portfolio stopped "
          "describing artificial intelligence as a roadmap item and started invoicing for it. "
          "This letter reviews Fund II's activity, the capital we raised and deployed, and the "
          "themes we expect to shape 2025. As always, the figures below are unaudited and are "
          "provided for information only."),
    ("h", "Fund II at a glance"),
    ("p", "Fund II held its final close in October 2024 at $410 million of commitments, above "
          "its $350 million target. Institutional investors account for most of the base, but we "
          "were glad to add two strategic limited partners from the clinic side of the industry. "
          "VetNova Clinic Group committed $25 million to Fund II as a limited partner, its first "
          "commitment to a venture fund. Like every limited partner, VetNova has no say over "
          "individual investments and no access to portfolio company information beyond what "
          "this letter contains."),
    ("p", "To smooth capital calls, the Fund entered into a $60 million subscription credit "
          "facility with Brindle Bank, N.A., secured on uncalled commitments. Brindle Bank lent "
          "$38 million to the Fund under that facility during the year, all of which had been "
          "repaid by year end."),
    ("table", [["Fund II summary (31 December 2024)", "US$ m"],
               ["Total commitments", "410.0"],
               ["Called to date", "146.3"],
               ["Invested in portfolio companies", "131.8"],
               ["Active portfolio companies (number)", "11"],
               ["Net asset value", "158.9"],
               ["Gross MOIC", "1.21x"]]),
    ("h", "New and follow-on investments"),
    ("p", "Sable Sensor Works. In January 2025 we led Sable's Series B. The Fund invested "
          "$30 million of the $48 million round and, following the closing, the Fund owns "
          "approximately 22% of Sable on a fully diluted basis. Lise Ambery has joined its board. "
          "Sable makes the sensing modules inside clinic-grade pet collars; its customers include "
          "a US veterinary AI company and a large pet-food maker, and its validation work with a "
          "major clinic group is now under way."),
    ("p", "Chongzhi Technology. In June 2024 the Fund subscribed for shares in the private "
          "placement of Shanghai Chongzhi Technology Co., Ltd., the A-share listed maker of pet "
          "health apps and smart feeders, investing RMB 180 million. The Fund now holds 4.9% of "
          "Chongzhi's issued shares. This is our first position in a listed company and our first "
          "in mainland China; we see Chongzhi's consumer reach as the best route to the data that "
          "Chinese clinic groups will need."),
    ("p", "Furrow Health. We made a $9 million seed-plus investment in Furrow Health, a "
          "tele-triage service that routes after-hours calls from pet owners to on-call "
          "veterinarians."),
    ("h", "What we did not do"),
    ("p", "We looked closely at PawLogic before its initial public offering and decided not to "
          "invest; the Fund holds no PawLogic shares. The round we would have joined was instead "
          "anchored by a strategic investor: Kestrel Cloud Services invested $30.0 million in "
          "PawLogic's Series C in May 2023. That kind of cloud-vendor capital is now common "
          "in veterinary AI. Kestrel Cloud Services still holds about 7% of PawLogic's common "
          "stock. Strategic investors of that kind pay for more than financial return, and they "
          "set valuations we have often been unwilling to match."),
    ("p", "Nor did we pursue Whiskerline Labs, which competes with Sable; we think Greyhound "
          "Diagnostics and Corvane Diagnostics, both of which have been linked to acquisitions "
          "in wearables, are more likely buyers of that company than we are investors in it."),
    ("h", "Outlook"),
    ("p", "We expect 2025 to bring consolidation among veterinary AI vendors and a sharper "
          "focus on reimbursement: who pays for the monitoring, the second read or the triage "
          "call. Our reserves for follow-on investments stand at $96 million."),
    ("p", "Thank you for your continued support. We look forward to seeing many of you at the "
          "annual meeting in Chicago on April 10."),
    ("p", "Sincerely,"),
    ("p", "Lise Ambery and Corin Matlock, Managing Partners"),
    ("h", "Important information"),
    ("small", "This letter is confidential and is furnished solely to limited partners of "
              "Halvard Animal Health Fund II, L.P. It is not an offer to sell or a solicitation "
              "of an offer to buy any security. Valuations are estimates prepared by the general "
              "partner and have not been audited; Fenner Kirk LLP is the Fund's auditor and "
              "Alder Point Fund Services is its administrator. Past performance is not "
              "indicative of future results. Statements about expectations are forward-looking "
              "and involve risks and uncertainties."),
]

CHONGZHI_NOTICE = [
    ("small", "证券代码：688397　　证券简称：宠智科技　　公告编号：2024-071"),
    ("title", "上海宠智科技股份有限公司"),
    ("h", "关于对外投资进展暨签订日常经营重大合同的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "投资标的名称：安宠国际控股有限公司（香港联交所上市公司，股份代号：2387）。"
          "投资金额：300,000,000港元。"
          "本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
          "风险提示：标的公司经营受香港及澳门宠物医疗市场影响，投资收益存在不确定性，敬请广大投资者注意投资风险。"),
    ("h", "一、对外投资概述"),
    ("p", "公司于2024年11月28日召开第三届董事会第十九次会议，审议通过了《关于认购安宠国际控股有限公司新股份的议案》。"
          "具体内容详见公司于同日在上海证券交易所网站披露的相关公告。"),
    ("h", "二、对外投资进展情况"),
    ("p", "截至本公告披露日，公司已完成认购安宠国际62,500,000股新股份，认购价格为每股4.80港元，认购总价款为300,000,000港元。"
          "本次认购完成后，公司持有安宠国际经扩大后已发行股本约8.6%，为其第二大股东。"
          "本次认购资金来源为公司自有资金，不会对公司正常生产经营产生重大影响。"),
    ("p", "公司与安宠国际同时签署了《战略合作备忘录》，双方将在宠物健康数据互通、智能问诊及会员服务方面开展合作。"),
    ("h", "三、日常经营重大合同情况"),
    ("p", "近日，公司与瑞宠动物医疗集团有限公司签订《AI智能分诊系统采购及服务合同》。"
          "根据合同约定，公司向瑞宠医疗旗下118家动物医院提供AI智能分诊系统及三年运维服务，合同总金额为人民币86,500,000元（含税）。"
          "瑞宠医疗与公司及公司控股股东、实际控制人不存在关联关系。"
          "最近三个会计年度，公司与瑞宠医疗未发生其他类似业务往来。"),
    ("table", [["合同要素", "主要内容"],
               ["合同对方", "瑞宠动物医疗集团有限公司"],
               ["合同标的", "AI智能分诊系统及运维服务"],
               ["合同金额", "人民币86,500,000元（含税）"],
               ["履行期限", "2025年1月1日至2027年12月31日"]]),
    ("h", "四、其他事项说明"),
    ("p", "为满足上述合同项下智能终端的交付需求，公司全资子公司深圳宠智智能硬件有限公司已与苏州华犀半导体有限公司签订采购协议。"
          "华犀半导体将向宠智硬件供应边缘AI推理芯片，协议采购金额为人民币23,800,000元。"
          "公司已于2024年12月向宠智硬件增资人民币50,000,000元，用于扩充产线。"),
    ("p", "截至2024年12月31日，公司前两大股东分别为实际控制人周以宁先生及杭州博衍股权投资合伙企业（有限合伙），其中博衍资本持有公司12.3%股份。"
          "Halvard Animal Health Fund II, L.P.持有公司4.9%股份。"),
    ("p", "近期有媒体报道称公司拟收购新瑞兽医集团，经核实，公司未与新瑞兽医集团进行任何收购洽谈，上述报道不属实。"
          "公司与同行业公司爪印科技在智能喂食器领域存在竞争关系，双方不存在任何合作。"),
    ("h", "五、风险提示"),
    ("p", "合同履行过程中可能存在因不可抗力、市场环境变化等因素导致合同无法全部履行的风险。"
          "本次对外投资的标的公司为境外上市公司，其股价受资本市场波动影响，可能导致公司投资出现减值。"
          "公司将根据事项进展情况及时履行信息披露义务，敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("sign", "上海宠智科技股份有限公司董事会"),
    ("sign", "2024年12月31日"),
]


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------

def cjk_truetype(text, tmpdir):
    """Write a TrueType subset of Noto Sans CJK SC covering `text`; return its path."""
    font = TTCollection(CJK_TTC).fonts[CJK_SC_INDEX]
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(text=text)
    subsetter.subset(font)

    # Convert the cubic CFF outlines to quadratic glyf outlines.
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
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
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"

    path = os.path.join(tmpdir, "NotoSansCJKsc-subset.ttf")
    font.save(path)
    return path


def all_text(blocks):
    parts = []
    for kind, content in blocks:
        if kind == "table":
            parts.extend("".join(row) for row in content)
        else:
            parts.append(content)
    return "".join(parts)


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self, footer_text, font):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.body_font = font
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7.5)
        self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")


def render_english(pdf, blocks):
    width = pdf.epw
    for kind, content in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(width, 8, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(width, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font("Helvetica", size=8)
            pdf.multi_cell(width, 4.2, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", size=10)
            pdf.multi_cell(width, 5.2, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("Helvetica", size=9)
            with pdf.table(col_widths=(3, 1), text_align=("LEFT", "RIGHT")) as table:
                for row in content:
                    table.row(row)
            pdf.ln(2)


def cjk_line(pdf, text, size, height, align="L"):
    """Put one sentence on a single line, shrinking the font if necessary."""
    while size > 6 and pdf.get_string_width(text) > pdf.epw:
        size -= 0.25
        pdf.set_font_size(size)
    if pdf.get_string_width(text) > pdf.epw:
        raise ValueError(f"sentence too long for one line: {text}")
    pdf.cell(pdf.epw, height, text, align=align, new_x="LMARGIN", new_y="NEXT")


def sentences(text):
    out, current = [], ""
    for ch in text:
        current += ch
        if ch == "。":
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def render_chinese(pdf, blocks):
    for kind, content in blocks:
        if kind == "title":
            pdf.set_font("cjk", size=16)
            cjk_line(pdf, content, 16, 10, align="C")
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("cjk", size=11.5)
            cjk_line(pdf, content, 11.5, 7)
        elif kind in ("small", "p", "sign"):
            size = 8 if kind == "small" else 9.5
            for sentence in sentences(content):
                pdf.set_font("cjk", size=size)
                cjk_line(pdf, sentence, size, 5.6, align="R" if kind == "sign" else "L")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("cjk", size=9)
            with pdf.table(col_widths=(1, 3), first_row_as_headings=False) as table:
                for row in content:
                    table.row(row)
            pdf.ln(2)


def main():
    english = Doc("Halvard Capital Partners - Confidential - Page {page}", "Helvetica")
    english.add_page()
    render_english(english, HALVARD_LETTER)
    english.output(os.path.join(HERE, "03_Halvard_fund_letter.pdf"))

    tmpdir = tempfile.mkdtemp()
    try:
        font_path = cjk_truetype(all_text(CHONGZHI_NOTICE) + "宠智科技公告第页0123456789 ", tmpdir)
        chinese = Doc("宠智科技公告 第 {page} 页", "cjk")
        chinese.add_font("cjk", "", font_path)
        chinese.add_page()
        render_chinese(chinese, CHONGZHI_NOTICE)
        chinese.output(os.path.join(HERE, "05_Chongzhi_A-share_announcement.pdf"))
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
