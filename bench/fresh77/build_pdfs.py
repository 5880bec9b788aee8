"""Build the two PDF documents of this set with fpdf2.

03_Aurelle_bond.pdf            English pricing announcement / offering summary (Helvetica)
04_Tianhang_announcement.pdf   A-share outbound investment announcement (Noto Sans CJK SC)

The CJK face is taken from the system TTC, subset to the characters used,
converted from CFF to TrueType outlines and written to a temporary directory
that is removed when the script ends.
"""
import os
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2

# Each document is a list of pages; each page a list of (style, text) blocks.
# style "h" = heading, "p" = paragraph, "r" = table row (cells joined by " | ").
AURELLE_PAGES = [
    [
        ("h", "AURELLE LAUNCH SA"),
        ("p", "(incorporated as a societe anonyme under the laws of the Grand Duchy of Luxembourg)"),
        ("h", "EUR 450,000,000 6.125% Senior Secured Notes due 2030 - Pricing Announcement and Offering Summary"),
        ("p", "NOT FOR DISTRIBUTION IN OR INTO THE UNITED STATES, AUSTRALIA, CANADA OR JAPAN. This announcement "
              "is for information purposes only and does not constitute an offer to sell or the solicitation of an "
              "offer to buy any securities. The Notes have not been and will not be registered under the U.S. "
              "Securities Act of 1933."),
        ("p", "Luxembourg, 17 June 2025. Aurelle Launch SA (\"Aurelle\" or the \"Issuer\"), the European provider "
              "of small and medium launch services operating the Vela and Vela-M vehicles, announces that it has "
              "priced an offering of EUR 450,000,000 aggregate principal amount of 6.125% senior secured notes due "
              "2030 (the \"Notes\"). The offering was more than three times oversubscribed, with orders from over "
              "120 accounts across the United Kingdom, the Nordics, France and Germany."),
        ("p", "Vintermark Pensjon acted as anchor investor and was allocated EUR 60 million of the Notes. The "
              "remaining Notes were allocated to asset managers (71%), insurers and pension funds (18%) and banks "
              "and private banks (11%)."),
        ("p", "The net proceeds will be used to fund the completion of the second Vela-M production line, to "
              "refinance the EUR 120 million shareholder loan that Solenne Industries SE advanced to Aurelle in "
              "2023, and for general corporate purposes. Solenne Industries, which owns 38% of Aurelle's share "
              "capital, will remain the Issuer's largest shareholder following the offering."),
        ("h", "Summary of terms"),
        ("r", "Issuer | Aurelle Launch SA"),
        ("r", "Guarantors | Aurelle Launch Services Kourou SAS and other material subsidiaries"),
        ("r", "Principal amount | EUR 450,000,000"),
        ("r", "Coupon | 6.125% per annum, payable semi-annually"),
        ("r", "Issue price | 100.000%"),
        ("r", "Maturity | 1 July 2030"),
        ("r", "Expected ratings | B1 / B+"),
        ("r", "Listing | Luxembourg Stock Exchange, Euro MTF"),
    ],
    [
        ("h", "Business and backlog"),
        ("p", "Aurelle's contracted backlog stood at EUR 1.1 billion at 31 March 2025, covering 41 launches. The "
              "largest single customer is Orbitra Vantage, Inc., the U.S. Earth-observation operator: Aurelle will "
              "launch 24 Orbitra satellites on one shared and two dedicated Vela-M missions under a launch services "
              "agreement that accounts for EUR 96 million of the backlog. Pellucid Earth has booked rideshare "
              "capacity for six spacecraft on Vela missions in 2026 and 2027."),
        ("p", "Aurelle Launch Services Kourou SAS, a wholly owned subsidiary of Aurelle, operates the Issuer's "
              "launch pad and integration hall at the Guiana Space Centre and will guarantee the Notes."),
        ("p", "Upper-stage engines for the Vela-M are supplied by Brandt Propulsion GmbH under a long-term supply "
              "contract running to 2031. Telemetry and range-safety antennas for both vehicles are purchased from "
              "Weilian Antenna Co., Ltd. of Taiwan."),
        ("p", "Aurelle competes for European institutional and commercial payloads with, among others, Corvane "
              "Space and the heavier-lift providers; Corvane Space is not a party to any agreement with the Issuer "
              "and is referred to here for comparison only."),
        ("h", "Banks and advisers"),
        ("p", "Marcadet Bank and Oakhurst Securities acted as joint global coordinators and joint bookrunners. "
              "Lysander Trust Corporation will act as trustee and security agent for the Notes. Halden Ratings "
              "has assigned an expected rating of B+ to the Notes; Halden Ratings also rates Corvane Space, and "
              "the two issuers appear side by side in its European launch peer table."),
        ("p", "Settlement is expected on or about 1 July 2025 (T+10). Application has been made for the Notes to "
              "be admitted to trading on the Euro MTF market of the Luxembourg Stock Exchange."),
        ("h", "Important notice"),
        ("p", "This announcement contains forward-looking statements, including statements about the use of "
              "proceeds, the Issuer's backlog and launch cadence. Such statements are based on current "
              "expectations and are subject to risks including launch failures, delays in customer payloads, "
              "supply-chain disruption and changes in institutional demand. Aurelle undertakes no obligation to "
              "update forward-looking statements. MiFID II professionals/ECPs-only. No PRIIPs key information "
              "document has been prepared as the Notes are not available to retail investors in the EEA."),
        ("p", "For further information: Investor Relations, Aurelle Launch SA, 12 rue de l'Orbite, L-1855 "
              "Luxembourg."),
    ],
]

TIANHANG_PAGES = [
    [
        ("h", "证券代码：688427  证券简称：天航星元  公告编号：2025-031"),
        ("h", "天航星元科技股份有限公司关于对外投资暨参股天枢芯算的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"),
        ("p", "并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "投资标的名称：天枢芯算（北京）科技有限公司（以下简称“天枢芯算”或“标的公司”）。"),
        ("p", "公司拟以自有资金人民币30,000万元认购天枢芯算B轮新增注册资本。"),
        ("p", "本次增资完成后，公司将持有天枢芯算12.00%的股权，天枢芯算不纳入公司合并报表范围。"),
        ("p", "本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("p", "风险提示：标的公司产品尚处于在轨验证阶段，未来经营业绩存在不确定性。"),
        ("h", "一、对外投资概述"),
        ("p", "天航星元科技股份有限公司（以下简称“公司”）主营商业遥感卫星平台的研制与在轨交付。"),
        ("p", "为完善星上智能处理产业链布局，公司于2025年6月20日召开第三届董事会第十二次会议。"),
        ("p", "会议审议通过了《关于对外投资参股天枢芯算的议案》，同意公司参与天枢芯算B轮融资。"),
        ("p", "本轮融资由江澜产业投资基金（有限合伙）领投，江澜基金出资人民币50,000万元。"),
        ("p", "本轮融资完成后，江澜基金将持有天枢芯算20.00%的股权。"),
        ("p", "根据《公司章程》的规定，本次对外投资事项无需提交股东大会审议。"),
        ("h", "二、投资标的基本情况"),
        ("p", "公司名称：天枢芯算（北京）科技有限公司；成立日期：2020年9月；注册资本：人民币8,600万元。"),
        ("p", "经营范围：集成电路设计；星载计算机及人工智能处理模块的研发、生产和销售。"),
        ("p", "天枢芯算是国内较早实现抗辐照星载AI推理芯片量产的企业之一。"),
        ("p", "天枢芯算目前为公司星载智能处理单元的供应商，2024年公司向其采购金额为人民币4,280万元。"),
    ],
    [
        ("h", "三、本次投资对公司的影响"),
        ("p", "公司2024年向港穹轨道服务有限公司交付遥感卫星平台6颗，确认收入人民币3.6亿元。"),
        ("p", "港穹轨道服务有限公司为香港上市公司港穹卫星控股有限公司的全资子公司。"),
        ("p", "公司与港穹卫星控股有限公司之间不存在关联关系。"),
        ("p", "本次参股有助于公司锁定星载AI芯片的稳定供应，并提升卫星平台的在轨数据处理能力。"),
        ("p", "公司全资子公司天航测控（西安）有限公司将负责搭载天枢芯片卫星的测控与在轨测试工作。"),
        ("p", "本次投资资金来源为公司自有资金，不会对公司财务状况和经营成果产生重大不利影响。"),
        ("h", "四、同行业比较"),
        ("p", "同行业公司中，银弧航天科技股份有限公司亦在布局星上智能处理业务。"),
        ("p", "银弧航天与天枢芯算之间不存在投资或采购关系，相关比较仅供投资者参考。"),
        ("p", "有媒体报道称公司将收购天枢芯算控股权，经核实，公司目前不存在收购天枢芯算控股权的计划。"),
        ("h", "五、风险提示"),
        ("p", "标的公司所处行业技术迭代较快，存在研发失败、在轨验证不达预期及市场竞争加剧的风险。"),
        ("p", "本次增资尚需完成工商变更登记，能否顺利完成存在不确定性。"),
        ("p", "公司将根据后续进展情况及时履行信息披露义务，敬请广大投资者注意投资风险。"),
        ("p", "本次交易的法律顾问为北京衡岳律师事务所，其仅以法律顾问身份参与。"),
        ("h", "六、备查文件"),
        ("p", "1、第三届董事会第十二次会议决议；2、《天枢芯算（北京）科技有限公司增资协议》。"),
        ("p", "特此公告。"),
        ("p", "天航星元科技股份有限公司董事会"),
        ("p", "2025年6月21日"),
    ],
]


def build_cjk_font(text, index, out_path):
    """Write a TrueType (glyf) subset of one TTC face covering `text`."""
    font = TTCollection(TTC_PATH).fonts[index]
    options = subset.Options()
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for glyph_name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[glyph_name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[glyph_name] = tt_pen.glyph()

    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


def page_text(pages):
    return "".join(text for page in pages for _, text in page)


def write_english(pages, out_name):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(False)
    for page in pages:
        pdf.add_page()
        for style, text in page:
            if style == "h":
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(0, 6, text)
            elif style == "r":
                pdf.set_font("Helvetica", "", 9.5)
                pdf.multi_cell(0, 5, text.replace(" | ", "    "))
            else:
                pdf.set_font("Helvetica", "", 9.5)
                pdf.multi_cell(0, 5, text)
            pdf.ln(2)
        if pdf.get_y() > 280:
            raise ValueError(f"{out_name}: page overflows")
    pdf.output(os.path.join(HERE, out_name))


def write_chinese(pages, out_name, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", fname=font_path)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    for page in pages:
        pdf.add_page()
        for style, text in page:
            pdf.set_font("cjk", size=11 if style == "h" else 9.5)
            if pdf.get_string_width(text) > usable:
                raise ValueError(f"{out_name}: line too long: {text}")
            pdf.cell(0, 7 if style == "h" else 6, text, new_x="LMARGIN", new_y="NEXT")
        if pdf.get_y() > 280:
            raise ValueError(f"{out_name}: page overflows")
    pdf.output(os.path.join(HERE, out_name))


def main():
    write_english(AURELLE_PAGES, "03_Aurelle_bond.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        sc_path = os.path.join(tmp, "NotoSansCJKsc-subset.ttf")
        build_cjk_font(page_text(TIANHANG_PAGES), SC_INDEX, sc_path)
        write_chinese(TIANHANG_PAGES, "04_Tianhang_announcement.pdf", sc_path)


if __name__ == "__main__":
    main()
