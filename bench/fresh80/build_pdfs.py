"""Build the two PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses Helvetica and wraps at spaces. Chinese text uses Noto Sans CJK SC,
extracted from the system .ttc with fontTools into a temporary directory (subset to the
characters used and converted from CFF to TrueType outlines with cu2qu so fpdf2 embeds it
cleanly); the temporary directory is removed at the end. Chinese lines end only after "。".
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
# Document 03: Harborlight Hotels & Resorts plc, Annual Report 2024 (excerpt)
# Each page is a list of (kind, content) blocks: "title", "h", "p", "table".
# ---------------------------------------------------------------------------
HARBORLIGHT_PAGES = [
    [
        ("title", "Harborlight Hotels & Resorts plc"),
        ("p", "Annual Report and Accounts 2024 (extract) | Company number 08817422 | LSE: HHR"),
        ("h", "Chair's statement"),
        (
            "p",
            "2024 was a year in which Harborlight returned to the growth path we set out at the time of our 2022 capital markets day. Group revenue rose 9.4% to £612.3 million and adjusted EBITDA increased 12.1% to £148.7 million, while RevPAR across our owned and leased estate grew 6.8%. Our RevPAR growth of 6.8% compared with 4.1% for Larkspur Hospitality and 3.9% for Kestrel Inns over the same period, on the basis of their published trading updates.",
        ),
        (
            "p",
            "The Board is recommending a final dividend of 7.2 pence per share, bringing the total dividend for the year to 10.8 pence, an increase of 15% on 2023. I would like to thank our 9,400 colleagues for their commitment through a year of significant change in how we serve our guests.",
        ),
        ("h", "Strategic report: technology and artificial intelligence"),
        (
            "p",
            "Our strategy is to use artificial intelligence where it makes a stay easier for the guest and a shift easier for the colleague, and nowhere else. Every guest-facing channel in our UK estate now runs on the Wayfarer concierge, an AI assistant supplied by Wayfarer Labs, Inc. under a three-year enterprise licence. The concierge handled 2.3 million guest conversations in 2024, resolving 71% without hand-off to a colleague, and has reduced average call-centre wait times from four minutes to under forty seconds.",
        ),
        (
            "p",
            "Pricing is the second pillar. Room pricing at 46 hotels is now set by Stayline, the hotel pricing engine we license from SkyLedger AI. Following a six-month pilot at eight hotels in 2023, the engine was rolled out in phases during 2024, and hotels on Stayline delivered RevPAR growth 2.2 percentage points ahead of the control group.",
        ),
        (
            "p",
            "In October we will launch a loyalty partnership with Meridian Pacific Airways, allowing Horizon Miles members to earn and redeem miles at our hotels. We expect the partnership to bring a new source of high-value transpacific guests to our London and Edinburgh properties.",
        ),
    ],
    [
        ("h", "Strategic report: investments and portfolio"),
        (
            "p",
            "Harborlight Ventures Limited, a wholly owned subsidiary of the Company, was incorporated in 2024 to hold the Group's minority technology investments. During the year Harborlight Ventures Limited committed £20 million as a limited partner to Tern Ventures Fund III, L.P., a venture fund focused on travel and hospitality software. The commitment is expected to be drawn over four years. Harborlight Ventures does not hold any direct interest in Wayfarer Labs or in any other portfolio company of the fund.",
        ),
        (
            "p",
            "On 14 January 2025 the Group completed the acquisition of Saltmarsh Lodges Limited, an operator of eleven coastal boutique hotels in Cornwall and Devon, for a cash consideration of £46 million. Saltmarsh Lodges Limited is now a wholly owned subsidiary of the Company and will be reported within the UK Owned segment from 2025.",
        ),
        ("h", "International franchising"),
        (
            "p",
            "Our asset-light growth outside the UK continues through franchise and management contracts. Under a franchise and management agreement signed in 2023, Harborlight licenses its Harborlight Reserve brand and provides hotel management services to Baolan Hospitality Group Holdings Limited for six hotels in Greater China, in return for base and incentive fees. Fee income from Greater China was £7.9 million in 2024 (2023: £5.1 million).",
        ),
        (
            "table",
            [
                ["Segment", "Revenue 2024 (£m)", "Revenue 2023 (£m)", "Change"],
                ["UK Owned", "498.6", "461.2", "+8.1%"],
                ["Ireland Leased", "74.1", "69.3", "+6.9%"],
                ["International Franchise", "39.6", "29.2", "+35.6%"],
                ["Group", "612.3", "559.7", "+9.4%"],
            ],
        ),
        ("h", "Financial review: borrowings and liquidity"),
        (
            "p",
            "In March 2025 the Group refinanced its revolving credit facility with a £180 million facility provided by Cobalt Bay Credit Partners LP, maturing in 2030. The facility carries a margin of 2.65% over SONIA and is subject to a net leverage covenant of 3.5 times. At 31 December 2024 net debt was £402.4 million and net leverage was 2.7 times adjusted EBITDA.",
        ),
    ],
    [
        ("h", "Principal risks and uncertainties"),
        (
            "p",
            "Technology dependency. The Group relies on a small number of third-party software providers for guest communications, pricing and property management. A prolonged outage at a key provider could disrupt bookings and guest service. We mitigate this risk through contractual service levels, tested manual fallback procedures and regular supplier reviews by the Technology Committee.",
        ),
        (
            "p",
            "Artificial intelligence and data protection. The use of AI tools to interact with guests and to set prices raises regulatory and reputational risks, including under UK data protection law and emerging AI regulation. All AI deployments are reviewed by our Data Ethics Panel before launch, and guests are told when they are interacting with an automated assistant.",
        ),
        (
            "p",
            "Competition. The UK upscale hotel market remains highly competitive, and several groups, including Larkspur Hospitality, have announced plans to deploy their own AI concierge products in 2025.",
        ),
        ("h", "Auditor"),
        (
            "p",
            "Prescott & Lowe LLP was reappointed as external auditor to Harborlight Hotels & Resorts plc at the 2024 Annual General Meeting. The audit fee for the year was £1.4 million, and non-audit fees amounted to £0.2 million, relating principally to the review of the interim results.",
        ),
        ("h", "Cautionary statement"),
        (
            "p",
            "This Annual Report contains certain forward-looking statements with respect to the financial condition, results, operations and business of the Group. These statements involve risk and uncertainty because they relate to events and depend on circumstances that will occur in the future. Nothing in this report should be construed as a profit forecast.",
        ),
        (
            "p",
            "Approved by the Board on 18 March 2025 and signed on its behalf by Eleanor Marchbank, Chief Executive Officer, and Hugo Ashworth-Lyle, Chief Financial Officer.",
        ),
    ],
]

# ---------------------------------------------------------------------------
# Document 04: 航旅智联 2025年度日常关联交易预计公告 (Simplified Chinese)
# Paragraphs are lists of sentences; every line ends with "。".
# ---------------------------------------------------------------------------
HANGLU_PAGES = [
    [
        ("meta", "证券代码：688917    证券简称：航旅智联    公告编号：2025-031"),
        ("title", "航旅智联科技股份有限公司"),
        ("title", "关于2025年度日常关联交易预计的公告"),
        (
            "p",
            [
                "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。",
                "并对其内容的真实性、准确性和完整性依法承担法律责任。",
            ],
        ),
        ("h", "重要内容提示："),
        (
            "p",
            [
                "是否需要提交股东大会审议：是。",
                "日常关联交易对上市公司的影响：本次日常关联交易系公司正常生产经营所需。",
                "交易价格遵循公允定价原则，不会对关联方形成依赖，不存在损害公司及股东利益的情形。",
            ],
        ),
        ("h", "一、日常关联交易基本情况"),
        ("h", "（一）日常关联交易履行的审议程序"),
        (
            "p",
            [
                "公司于2025年4月24日召开第三届董事会第十二次会议，审议通过了《关于2025年度日常关联交易预计的议案》。",
                "关联董事周维庭先生、韩启明先生回避表决，出席会议的非关联董事一致同意该议案。",
                "独立董事专门会议已事前审议通过该议案，该议案尚需提交公司2024年年度股东大会审议。",
            ],
        ),
        ("h", "（二）本次日常关联交易预计金额和类别"),
        (
            "p",
            [
                "2025年度，公司预计向关联人星途算力科技有限公司采购GPU算力租赁及模型训练服务，金额不超过人民币2.8亿元。",
                "公司全资子公司航旅智联（成都）数据服务有限公司预计向东岳航空股份有限公司提供AI收益管理系统及动态定价服务，金额不超过人民币1.2亿元。",
                "公司预计向东岳航空旅游有限公司提供智能客服及行程规划服务，金额不超过人民币3,500万元。",
            ],
        ),
        (
            "table",
            [
                ["关联交易类别", "关联人", "2025年预计金额（万元）", "2024年实际发生额（万元）"],
                ["采购算力服务", "星途算力", "28,000", "16,432"],
                ["提供技术服务", "东岳航空", "12,000", "8,915"],
                ["提供技术服务", "东岳航旅", "3,500", "1,276"],
            ],
        ),
    ],
    [
        ("h", "二、关联人介绍和关联关系"),
        ("h", "（一）星途算力科技有限公司"),
        (
            "p",
            [
                "星途算力科技有限公司成立于2019年，注册资本人民币5亿元，主营业务为智能算力基础设施建设与运营。",
                "星途算力为上海星途控股集团有限公司之控股子公司。",
                "公司董事周维庭先生同时担任星途算力董事，根据《上海证券交易所科创板股票上市规则》，星途算力为公司关联法人。",
            ],
        ),
        ("h", "（二）东岳航空股份有限公司及东岳航空旅游有限公司"),
        (
            "p",
            [
                "东岳航空股份有限公司持有公司6.84%的股份，为公司持股5%以上股东。",
                "东岳航空旅游有限公司为东岳航空的全资子公司，主要从事度假产品及机票代理业务。",
                "公司董事韩启明先生现任东岳航空副总经理。",
            ],
        ),
        ("h", "（三）其他说明"),
        (
            "p",
            [
                "航旅智联（成都）数据服务有限公司为公司全资子公司，负责公司航空客户的系统部署与运维。",
                "前述关联人以外，公司另一持股5%以上股东云帆出行产业投资基金（有限合伙）持有公司7.30%股份，本次预计不涉及与其发生的交易。",
            ],
        ),
        ("h", "三、关联交易主要内容和定价政策"),
        (
            "p",
            [
                "算力服务单价参照同期市场价格确定，不高于公司向无关联第三方云腾智算科技有限公司询价所获报价水平。",
                "公司与途灵科技股份有限公司在航空收益管理领域存在竞争关系，相关服务定价亦参考了行业可比价格。",
                "双方将在预计额度内根据业务需要签署具体合同，付款方式及结算周期按具体合同约定执行。",
            ],
        ),
        ("h", "四、关联交易目的和对上市公司的影响"),
        (
            "p",
            [
                "上述关联交易是公司业务发展及日常经营的正常需要，有利于保障大模型训练所需算力的稳定供给。",
                "公司主要业务不会因此类交易而对关联人形成依赖，不影响公司的独立性。",
            ],
        ),
        ("h", "五、保荐机构核查意见"),
        (
            "p",
            [
                "保荐机构华衡证券股份有限公司认为，上述事项已经董事会审议通过，关联董事已回避表决。",
                "华衡证券股份有限公司对航旅智联2025年度日常关联交易预计事项无异议。",
            ],
        ),
        ("p", ["特此公告。"]),
        ("sign", "航旅智联科技股份有限公司董事会"),
        ("sign", "2025年4月26日"),
    ],
]


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------
def cjk_text(pages):
    chars = set()
    for page in pages:
        for _kind, content in page:
            if isinstance(content, str):
                chars.update(content)
            else:
                for item in content:
                    chars.update(item if isinstance(item, str) else "".join(item))
    return "".join(sorted(chars))


def cff_to_truetype(font):
    """Replace the CFF outlines of an OpenType font with TrueType (quadratic) outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(tmpdir, text, index):
    font = TTCollection(CJK_TTC).fonts[index]
    options = subset.Options()
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    path = os.path.join(tmpdir, f"noto_cjk_{index}.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
def render_table(pdf, rows, family, size):
    width = (pdf.w - pdf.l_margin - pdf.r_margin) / len(rows[0])
    for i, row in enumerate(rows):
        pdf.set_font(family, "B" if i == 0 and family == "Helvetica" else "", size)
        for cell in row:
            pdf.cell(width, 6, cell, border=1)
        pdf.ln(6)
    pdf.ln(3)


class HarborlightPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Harborlight Hotels & Resorts plc | Annual Report 2024 | {self.page_no()}", align="C")


def build_harborlight(path):
    pdf = HarborlightPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    for blocks in HARBORLIGHT_PAGES:
        pdf.add_page()
        for kind, content in blocks:
            if kind == "title":
                pdf.set_font("Helvetica", "B", 16)
                pdf.multi_cell(0, 8, content)
                pdf.ln(1)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(0, 6, content)
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("Helvetica", "", 9.5)
                pdf.multi_cell(0, 4.8, content)
                pdf.ln(2)
            elif kind == "table":
                render_table(pdf, content, "Helvetica", 8.5)
    pdf.output(path)


def write_cjk_line(pdf, text, size, height):
    """Write one line that ends after a full stop, shrinking the font if needed to fit."""
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("cjk", "", size)
    while pdf.get_string_width(text) > usable and size > 6:
        size -= 0.25
        pdf.set_font("cjk", "", size)
    pdf.cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def build_hanglu(path, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 16, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("cjk", "", font_path)
    for blocks in HANGLU_PAGES:
        pdf.add_page()
        for kind, content in blocks:
            if kind == "meta":
                write_cjk_line(pdf, content, 9, 6)
                pdf.ln(2)
            elif kind == "title":
                pdf.set_font("cjk", "", 15)
                pdf.cell(0, 9, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(1.5)
                write_cjk_line(pdf, content, 10.5, 6.5)
            elif kind == "p":
                for sentence in content:
                    write_cjk_line(pdf, sentence, 9.5, 5.6)
                pdf.ln(1.5)
            elif kind == "table":
                render_table(pdf, content, "cjk", 9)
            elif kind == "sign":
                pdf.set_font("cjk", "", 10)
                pdf.cell(0, 6, content, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def main():
    tmpdir = tempfile.mkdtemp(prefix="cjk_font_")
    try:
        build_harborlight(os.path.join(HERE, "03_Harborlight_annual_report.pdf"))
        sc_font = make_cjk_font(tmpdir, cjk_text(HANGLU_PAGES), CJK_SC_INDEX)
        build_hanglu(os.path.join(HERE, "04_Hanglu_related_party_notice.pdf"), sc_font)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
