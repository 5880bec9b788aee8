"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
English text uses Helvetica and wraps at spaces; Chinese text uses Noto Sans CJK SC
(extracted from the system .ttc into a temporary .ttf) and breaks lines only after 。
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
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------
# 01 Lumora Optics 10-K excerpt (English)
# ---------------------------------------------------------------------------
LUMORA_PAGES = [
    [
        ("c", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("c", "Washington, D.C. 20549"),
        ("h", "FORM 10-K (EXCERPT)"),
        ("c", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
        ("c", "For the fiscal year ended December 31, 2025 - Commission File Number 001-41872"),
        ("h", "LUMORA OPTICS, INC."),
        ("c", "Delaware - I.R.S. Employer Identification No. 84-3317260 - 2200 Alameda Row, Suite 400, San Jose, California 95110"),
        ("c", "Common stock, par value $0.0001 per share, listed on The Nasdaq Global Select Market under the symbol LUMO"),
        ("s", "Cautionary Note Regarding Forward-Looking Statements"),
        ("p", "This excerpt contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934. Words such as \"anticipate,\" \"expect,\" \"intend,\" \"plan,\" \"believe\" and similar expressions identify such statements. Actual results could differ materially from those discussed here because of the factors described under Item 1A, \"Risk Factors.\" We undertake no obligation to update any forward-looking statement except as required by law."),
        ("s", "PART I - Item 1. Business"),
        ("p", "Lumora designs and sells lightweight smart glasses that pair a waveguide display, a six-microphone array and an on-device neural processor with a cloud back-end for heavier assistant queries. Our flagship product, Lumora Frame 2, began shipping in April 2025, and we shipped approximately 412,000 units during the year, compared with 96,000 units of the first-generation Frame in 2024."),
        ("s", "Voice assistant and cloud back-end"),
        ("p", "The conversational assistant in Lumora Frame 2 runs on speech and language models licensed from Parlance Labs, Inc. Under the amended model licence agreement signed in March 2025, we pay Parlance a per-device royalty subject to minimum annual commitments of $18.0 million through 2027. Roughly 70% of assistant turns are completed on the glasses themselves. Queries that cannot be served on the device are routed to inference clusters that we rent from Stratacore Cloud Holdings, Inc. under a reserved-capacity order expiring in June 2027."),
        ("s", "Manufacturing and suppliers"),
        ("p", "We do not own manufacturing facilities. Tessaline Manufacturing Corp. assembles and tests substantially all of our glasses at its campus in Apodaca, Mexico, and its charges, including components it procures for our programme, made up the majority of our cost of revenue in 2025. In the fourth quarter of 2025 we qualified Chungshuo Electronics Co., Ltd., a Taiwan-based original design manufacturer, as a second source, and Chungshuo built approximately 38,000 units for us during that quarter. Our micro-OLED display engines are purchased from Seorin Microdisplay Co., Ltd. of Korea, which is currently our only qualified source for that part. We co-develop our waveguide combiners with Kiyomizu Photonics K.K. under a joint development agreement that gives each party rights to jointly created process improvements."),
        ("s", "Customers"),
        ("p", "We sell through our own website, consumer-electronics retailers and an enterprise channel. No single customer accounted for more than 10% of our revenue in 2025. A national wireless carrier, referred to in our agreements as Customer A, accounted for approximately 8% of revenue."),
    ],
    [
        ("s", "Item 1A. Risk Factors"),
        ("p", "Investing in our common stock involves a high degree of risk. The risks described below are not the only ones we face. Additional risks not presently known to us, or that we currently deem immaterial, may also impair our business."),
        ("b", "We depend on a single source for display engines."),
        ("p", "A fire, power outage or yield problem at the display plant would halt our production, and we would need at least nine months to qualify another source. Seorin is not contractually prevented from allocating capacity to our competitors, including Orbis Wearables, Inc. We hold approximately eleven weeks of display inventory."),
        ("b", "Our assistant depends on a third-party model provider."),
        ("p", "If Parlance fails to keep pace with improvements in latency and accuracy, we may need to migrate to an alternative provider such as Aurel Speech Systems, Inc., which would require us to re-certify the assistant in every market where we sell. Any such migration could take more than a year and would divert engineering resources from new products."),
        ("b", "We face intense competition."),
        ("p", "The market for smart glasses is new and crowded. Competitors include Orbis Wearables, Inc. and a growing number of Chinese manufacturers such as Hangzhou Lantu Electronics Co., Ltd., several of which sell at lower price points than we do. Larger platform companies may also enter the market with bundled services that we cannot match."),
        ("b", "Our inference costs could rise."),
        ("p", "Stratacore resells GPU capacity and competes for that capacity with larger providers such as Nimbic Compute, Inc. If Stratacore cannot secure hardware on acceptable terms, or if it passes through higher power costs, our cost per active user could increase materially."),
        ("b", "We are subject to intellectual property litigation."),
        ("p", "In September 2025, Vantage Optic Holdings LLC sued Lumora Optics, Inc. in the U.S. District Court for the Western District of Texas, alleging that Lumora Frame 2 infringes four patents relating to waveguide coupling. We believe the claims are without merit and intend to defend ourselves vigorously, but litigation is inherently uncertain and an adverse outcome could require us to pay damages or redesign our optics."),
        ("b", "Our indebtedness contains restrictive covenants."),
        ("p", "Our revolving credit facility restricts our ability to incur additional debt, pay dividends, make acquisitions and dispose of assets, and requires us to maintain minimum liquidity of $25.0 million. A breach could result in acceleration of the outstanding balance."),
    ],
    [
        ("s", "Item 7. Management's Discussion and Analysis - Liquidity and Capital Resources"),
        ("p", "As of December 31, 2025, we had cash, cash equivalents and marketable securities of $146.2 million. On July 14, 2025, we entered into a Loan and Security Agreement with Harbourline Bank, N.A. providing for a revolving credit facility of up to $75.0 million, secured by our inventory and receivables. As of December 31, 2025, $31.5 million was outstanding under the facility, bearing interest at Term SOFR plus 2.75%. The facility matures in July 2028."),
        ("p", "In the Series C financing of Parlance that closed in January 2026, we invested $12.0 million in Parlance preferred stock. Following that investment we hold approximately 2.4% of the fully diluted capital of Parlance, which we account for as an equity security without a readily determinable fair value."),
        ("s", "Item 13. Certain Relationships and Related Transactions"),
        ("p", "Kestrel Peak Capital, through Kestrel Peak Fund II, L.P., Kestrel Peak Fund III, L.P. and affiliated funds, beneficially owned approximately 14.6% of our outstanding common stock as of February 6, 2026. Dana Whitcroft, a managing partner of Kestrel Peak Capital, has served on our board of directors since 2020."),
        ("p", "In August 2024, Kiyomizu Photonics K.K. purchased 3,150,000 shares of our common stock in a private placement for aggregate consideration of $45.0 million, and it currently holds approximately 6.2% of our outstanding common stock. Our audit committee reviewed and approved the joint development agreement with Kiyomizu under our related person transaction policy."),
        ("s", "Item 14. Principal Accountant Fees and Services"),
        ("p", "Whitcombe & Reyes LLP has served as the independent registered public accounting firm of Lumora Optics, Inc. since 2021. Aggregate audit fees for 2025 were $2.3 million."),
        ("s", "Exhibit 21.1 - Subsidiaries of the Registrant (excerpt)"),
        ("t", [("Name of subsidiary", "Jurisdiction", "Ownership"),
               ("Lumora Optics Japan G.K.", "Japan", "100%"),
               ("Lumora Optics UK Limited", "England and Wales", "100%")]),
        ("c", "/s/ Elena Marsh - Chief Executive Officer - February 24, 2026"),
    ],
]

# ---------------------------------------------------------------------------
# 07 Dongheng Securities industry note (Simplified Chinese)
# ---------------------------------------------------------------------------
BROKER_PAGES = [
    [
        ("h", "东衡证券 行业深度报告 | 消费电子"),
        ("h", "AI眼镜：端侧推理放量，供应链格局初现"),
        ("p", "报告日期：2026年2月16日。行业评级：增持（维持）。分析师：周启铭（执业证书编号S0860523080002）。联系人：程雨萱。"),
        ("s", "投资要点"),
        ("p", "2025年全球AI眼镜出货量约为410万副，同比增长约180%。我们预计2026年出货量将达到780万副。端侧语音交互成为标配，云端推理负责多轮对话与视觉问答，整机厂商的竞争力越来越取决于模型授权、算力采购与供应链绑定。"),
        ("p", "从成本结构看，整机BOM中光学显示约占35%，主控芯片与存储约占25%，ODM代工约占12%。云端推理成本虽然不计入BOM，但按三年生命周期测算约相当于整机售价的5%至8%，成为厂商毛利率分化的关键变量。我们建议关注与上游核心器件厂商、模型厂商及算力服务商形成稳定合作关系的整机品牌。"),
        ("s", "一、曜石智能（301917）：关联供应链深度绑定"),
        ("p", "曜石智能的整机由台湾ODM厂商崇硕电子代工，2025年前三季度关联采购额约2.14亿元。2026年度公司预计向崇硕电子采购不超过4.8亿元。2026年2月，崇硕电子通过其全资子公司崇硕国际（香港）受让曜石智能5.10%股份，交易对价约6.25亿元。我们认为产业资本入股有助于锁定产能，但也提高了关联交易占比。"),
        ("p", "曜石智能的云端推理由控股股东旗下的曜石云算提供，曜石云算的推理服务器同样采购自崇硕电子。2026年度公司预计向曜石云算采购算力服务不超过9,500万元，对应单设备年均云端成本约21元。"),
        ("s", "二、澜图电子（688731）：海外模型与海外算力"),
        ("p", "澜图电子的语音助手基于美国Parlance Labs的模型授权开发，海外版本的云端推理则部署在Stratacore的新加坡节点。国内版本使用自研中文模型。市场传闻称崇硕电子有意入股澜图电子，公司已澄清并无相关计划。"),
        ("p", "我们认为澜图电子与曜石智能在2000至3000元价格带形成直接竞争。"),
    ],
    [
        ("s", "三、核心器件：微显示与存储"),
        ("p", "显示模组方面，曜石智能与澜图电子均采用韩国Seorin Microdisplay的硅基OLED微显示屏。Seorin的硅基背板晶圆由Gyeongan Semiconductor代工。目前单片0.39英寸微显示屏价格约为38美元，我们预计2026年下降10%至15%。"),
        ("p", "存储方面，端侧模型参数量提升推动单机LPDDR5X容量由4GB向8GB升级。美国Veridian Memory与Pelham Memory在眼镜用低功耗存储模组领域竞争激烈。"),
        ("p", "海外市场方面，Lumora与Orbis Wearables仍是主要参照对象。我们测算海外品牌单机云端成本约为国内品牌的1.6倍，主要源于GPU租赁价格差异。"),
        ("s", "四、盈利预测与估值"),
        ("t", [("公司", "代码", "2025E营收(亿元)", "2026E营收(亿元)", "评级"),
               ("曜石智能", "301917", "31.6", "48.2", "买入"),
               ("澜图电子", "688731", "18.9", "27.4", "增持"),
               ("星汉科技", "300974", "12.3", "15.1", "中性")]),
        ("s", "投资建议"),
        ("p", "维持行业增持评级。曜石智能凭借稳定的ODM产能与自有云端算力，2026年出货量有望突破120万副，维持买入评级。澜图电子海外收入占比已提升至38%，但海外算力与模型授权成本较高，短期毛利率承压，维持增持评级。星汉科技产品迭代节奏偏慢，给予中性评级。"),
        ("s", "风险提示"),
        ("p", "下游需求不及预期。关联交易定价公允性风险。海外算力采购受出口管制政策影响。核心器件单一来源风险。"),
        ("s", "重要声明"),
        ("p", "东衡证券股份有限公司具备中国证监会核准的证券投资咨询业务资格。本报告仅供本公司客户使用。东衡证券为曜石智能首次公开发行的保荐机构，目前仍处于持续督导期内。本报告中的信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。在任何情况下，本报告中的信息或所表述的意见均不构成对任何人的投资建议。"),
    ],
]


class Doc(FPDF):
    pass


def build_english(path, pages):
    pdf = Doc(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 16, 18)
    for page in pages:
        pdf.add_page()
        for kind, text in page:
            if kind == "h":
                pdf.set_font("Helvetica", "B", 12)
                pdf.multi_cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "c":
                pdf.set_font("Helvetica", "", 8.5)
                pdf.multi_cell(0, 4.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "s":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 10)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "b":
                pdf.set_font("Helvetica", "BI", 9)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Helvetica", "", 9)
                pdf.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            elif kind == "t":
                widths = [80, 50, 30]
                for i, row in enumerate(text):
                    pdf.set_font("Helvetica", "B" if i == 0 else "", 9)
                    for w, cell in zip(widths, row):
                        pdf.cell(w, 5.5, cell, border=1)
                    pdf.ln(5.5)
                pdf.ln(2)
        assert pdf.get_y() < 285, f"page overflow in {path}"
    pdf.output(path)


def split_cn(text):
    """Sentences ending with 。 (the tail, if any, is kept as a last piece)."""
    out, buf = [], ""
    for ch in text:
        buf += ch
        if ch == "。":
            out.append(buf)
            buf = ""
    if buf:
        out.append(buf)
    return out


def cn_paragraph(pdf, text, size, lh):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("cjk", "", size)
    line = ""
    for sent in split_cn(text):
        if line and pdf.get_string_width(line + sent) > width:
            emit_cn_line(pdf, line, size, lh, width)
            line = ""
        line += sent
    if line:
        emit_cn_line(pdf, line, size, lh, width)


def emit_cn_line(pdf, line, size, lh, width):
    s = size
    pdf.set_font("cjk", "", s)
    while pdf.get_string_width(line) > width and s > 5:
        s -= 0.25
        pdf.set_font("cjk", "", s)
    pdf.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", "", size)


def build_chinese(path, pages, font_path):
    pdf = Doc(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(16, 16, 16)
    pdf.add_font("cjk", "", font_path)
    for page in pages:
        pdf.add_page()
        for kind, text in page:
            if kind == "h":
                pdf.set_font("cjk", "", 13)
                pdf.cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "s":
                pdf.ln(2)
                pdf.set_font("cjk", "", 11)
                pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                cn_paragraph(pdf, text, 9.5, 6)
                pdf.ln(1.5)
            elif kind == "t":
                widths = [34, 26, 42, 42, 30]
                pdf.set_font("cjk", "", 9)
                for row in text:
                    for w, cell in zip(widths, row):
                        pdf.cell(w, 6.5, cell, border=1)
                    pdf.ln(6.5)
                pdf.ln(2)
        assert pdf.get_y() < 285, f"page overflow in {path}"
    pdf.output(path)


def all_text(pages):
    out = []
    for page in pages:
        for kind, text in page:
            if kind == "t":
                out.extend(c for row in text for c in row)
            else:
                out.append(text)
    return "".join(out)


def make_ttf(index, text, out):
    """Extract face `index` of the .ttc, subset it to `text` and convert CFF outlines to
    TrueType (fpdf2 mis-writes glyph widths for CID-keyed CFF fonts)."""
    font = TTCollection(TTC).fonts[index]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " 0123456789")
    sub.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for k in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements"):
        setattr(maxp, k, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


def main():
    tmp = tempfile.mkdtemp()
    try:
        sc = os.path.join(tmp, "NotoSansCJKsc.ttf")
        make_ttf(2, all_text(BROKER_PAGES), sc)
        build_english(os.path.join(HERE, "01_Lumora_10-K_excerpt.pdf"), LUMORA_PAGES)
        build_chinese(os.path.join(HERE, "07_Dongheng_broker_note.pdf"), BROKER_PAGES, sc)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
