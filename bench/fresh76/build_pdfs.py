"""Build the two PDF documents of this set with fpdf2.

03_Daeseong_cb_disclosure.pdf is English (Helvetica). 04_海途跨境_日常关联交易公告.pdf is
Simplified Chinese: the SC face of Noto Sans CJK is extracted from the TTC, subset to the
characters used, converted from CFF to TrueType outlines and embedded from a temporary
directory that is removed afterwards.
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

DOC3 = [
    ("h", "DAESEONG DEPARTMENT STORE CO., LTD."),
    ("p", "(KRX: 071840)"),
    ("h", "Report on Decision to Issue Convertible Bonds (Private Placement) - English Summary"),
    ("p", "Filed with the Financial Supervisory Service and the Korea Exchange on 16 May 2025. "
          "This English summary is provided for convenience only; in case of any discrepancy the "
          "Korean-language filing prevails."),
    ("h", "1. Overview"),
    ("p", "Daeseong Department Store Co., Ltd. (the \"Issuer\") operates 14 department stores and "
          "4 premium outlet malls in Korea. The Issuer is a 52.4%-owned subsidiary of Daeseong "
          "Holdings Corp., the listed holding company of the Daeseong group."),
    ("p", "On 16 May 2025 the Issuer's board of directors resolved to issue the 3rd series "
          "unregistered unguaranteed private convertible bonds (the \"Bonds\")."),
    ("p", "PayLumen Co., Ltd. will subscribe for the entire issue of KRW 120 billion of the Bonds."),
    ("h", "2. Principal terms"),
    ("p", "Type: 3rd series registered, unguaranteed, private placement convertible bonds."),
    ("p", "Aggregate face amount: KRW 120,000,000,000."),
    ("p", "Coupon rate: 1.0% per annum, payable quarterly. Yield to maturity: 3.5% per annum."),
    ("p", "Maturity date: 20 May 2030. Put option exercisable by the bondholder from 20 May 2027."),
    ("p", "Conversion price: KRW 38,650 per common share, subject to customary anti-dilution "
          "adjustment and a floor of 70% of the initial conversion price."),
    ("p", "Conversion period: 20 May 2026 to 20 April 2030."),
    ("p", "Subscription and payment date: 20 May 2025."),
    ("h", "3. Use of proceeds"),
    ("p", "Facilities: KRW 52 billion, mainly for store digitalisation, including AI-based "
          "inventory systems and electronic shelf labels."),
    ("p", "Of this amount, KRW 31.5 billion relates to self-checkout lanes, and the Issuer has "
          "ordered 6,200 self-checkout terminals from Dingshuo Technology Co., Ltd. of Taiwan for "
          "KRW 31.5 billion."),
    ("p", "Operating funds: KRW 40 billion for e-commerce fulfilment and the Issuer's online "
          "mall. Refinancing: KRW 28 billion to repay commercial paper maturing in 2025."),
    ("h", "4. Strategic arrangements with the subscriber"),
    ("p", "Concurrently, the Issuer and PayLumen have entered into a memorandum of understanding "
          "to jointly develop an in-store mobile checkout and loyalty programme across the "
          "Issuer's 14 department stores."),
    ("p", "The memorandum of understanding is non-binding, and no fees are payable under it."),
    ("h", "5. Shareholding and related matters"),
    ("p", "The Issuer's largest foreign shareholder, Hoshikawa Shoji Kaisha, Ltd., holds 11.2% of "
          "its common shares and has not participated in the Bonds."),
    ("p", "The subscriber is not a related party of the Issuer under the Financial Investment "
          "Services and Capital Markets Act."),
    ("h", "6. Existing indebtedness"),
    ("p", "As of 31 March 2025 the Issuer's borrowings included a KRW 200 billion syndicated term "
          "loan provided by Hanyang Bank, maturing in 2027."),
    ("p", "The Bonds rank pari passu with the Issuer's other unsecured and unsubordinated "
          "obligations."),
    ("h", "7. Advisers and agents"),
    ("p", "Hanbit Securities Co., Ltd. acted as arranger for the placement, and Korea Trust Bank "
          "will act as bond administrator for the holders of the Bonds."),
    ("p", "Hanbit Securities also acts as arranger for Lotus Park Department Store, a competitor "
          "of the Issuer, which is separately considering a bond issue."),
    ("h", "8. Credit considerations"),
    ("p", "Korea Ratings Service affirmed the Issuer's long-term rating at A+ (Stable) on 2 May "
          "2025. Peers in the same rating band include Lotus Park Department Store and Seorim "
          "Retail."),
    ("p", "Compared with Lotus Park Department Store, the Issuer has a higher share of luxury "
          "sales and lower leverage, which the agency regards as credit positive."),
    ("h", "9. Other matters for investor reference"),
    ("p", "The Bonds may not be transferred to more than 49 persons within one year of issuance. "
          "Shares issued on conversion will be subject to a one-year lock-up deposited with the "
          "Korea Securities Depository."),
    ("p", "This summary contains forward-looking statements, including statements about the use "
          "of proceeds and expected benefits of the arrangements described above. Such statements "
          "involve risks and uncertainties, and actual results may differ materially. The Issuer "
          "undertakes no duty to update them except as required by law."),
    ("p", "Date of board resolution: 16 May 2025. Outside directors present: 3. Absent: 0. "
          "Audit committee members present: yes."),
    ("p", "Daeseong Department Store Co., Ltd. - Representative Director: Park Joon-ho"),
]

DOC4 = [
    "证券代码：301876　证券简称：海途跨境　公告编号：2025-018。",
    "海途跨境电子商务股份有限公司关于2025年度日常关联交易预计的公告。",
    "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。",
    "一、日常关联交易基本情况。",
    "（一）日常关联交易概述。",
    "海途跨境电子商务股份有限公司（以下简称“公司”）于2025年4月18日召开第三届董事会第十二次会议。",
    "会议审议通过了《关于2025年度日常关联交易预计的议案》，关联董事陈海涛、王立群回避表决。",
    "根据业务发展需要，公司及子公司预计2025年度与关联方发生日常关联交易总额不超过人民币2.36亿元。",
    "本事项尚需提交公司2024年年度股东大会审议，关联股东宁波海途控股集团有限公司将回避表决。",
    "（二）预计日常关联交易类别和金额。",
    "2025年度，公司预计向瀚云智算采购云计算资源及AI商品翻译服务，金额不超过人民币8,600万元。",
    "公司预计接受途鲸供应链提供的头程物流及海外仓配服务，金额不超过人民币1.5亿元。",
    "上述两项合计不超过人民币2.36亿元，2024年度实际发生金额合计为人民币1.64亿元。",
    "（三）上一年度日常关联交易实际发生情况。",
    "2024年度，公司向瀚云智算采购服务实际发生5,412万元，向途鲸供应链采购物流服务实际发生10,988万元。",
    "实际发生金额未超过董事会审议通过的预计额度。",
    "二、关联人介绍和关联关系。",
    "1. 宁波海途控股集团有限公司（以下简称“海途控股”）。",
    "法定代表人：陈海涛；注册资本：人民币20,000万元；住所：浙江省宁波市鄞州区首南街道。",
    "关联关系：海途控股为公司控股股东，直接持有公司41.37%的股份。",
    "2. 杭州瀚云智算科技有限公司（以下简称“瀚云智算”）。",
    "法定代表人：陈海鸣；注册资本：人民币5,000万元；主营业务：云计算、算力租赁及AI应用服务。",
    "关联关系：瀚云智算为海途控股的全资子公司，与公司受同一控股股东控制。",
    "瀚云智算的GPU算力资源主要向新加坡Cirrusgrid Compute采购，并以转售方式向客户提供。",
    "3. 宁波途鲸供应链管理有限公司（以下简称“途鲸供应链”）。",
    "法定代表人：周建国；注册资本：人民币8,000万元；主营业务：国际货运代理、海外仓储。",
    "关联关系：公司持有途鲸供应链35%的股权，海途控股持有其20%的股权。",
    "公司董事、副总经理王立群在途鲸供应链担任董事，途鲸供应链为公司的关联法人。",
    "履约能力分析：上述关联方经营正常，财务状况良好，具备良好的履约能力，均不是失信被执行人。",
    "三、关联交易主要内容。",
    "公司与关联方之间的交易遵循公平、公正、公开的市场化原则，参照市场价格协商确定交易价格。",
    "瀚云智算的服务价格不高于独立第三方云服务商Zentrix Cloud同类报价。",
    "途鲸供应链的物流价格参照同航线独立第三方货代报价确定，并按月结算。",
    "另，海途控股拟向公司提供总额不超过人民币3亿元的无息借款额度，用于补充海外仓建设资金。",
    "该借款事项已经公司另行审议并披露，公司无需提供抵押或担保。",
    "四、关联交易目的和对公司的影响。",
    "公司主要通过第三方电商平台向东南亚及欧美消费者销售家居、户外及小家电产品。",
    "AI商品翻译及推荐服务有助于公司快速生成多语种商品详情页，提升转化率。",
    "上述关联交易属于公司正常经营所需，不会对公司独立性产生不利影响。",
    "公司主营业务不会因上述交易而对关联方形成依赖，不存在损害公司及中小股东利益的情形。",
    "五、独立董事专门会议审议情况。",
    "独立董事专门会议认为，公司2025年度日常关联交易预计符合公司经营需要，定价公允。",
    "全体独立董事同意将该议案提交董事会审议。",
    "六、保荐机构核查意见。",
    "保荐机构中汇证券股份有限公司对海途跨境2025年度日常关联交易预计事项无异议。",
    "华衡会计师事务所（特殊普通合伙）已对海途跨境2024年度关联交易发生额进行审计确认。",
    "七、备查文件。",
    "1. 第三届董事会第十二次会议决议；2. 第三届监事会第十次会议决议。",
    "3. 独立董事专门会议决议；4. 保荐机构核查意见。",
    "特此公告。",
    "海途跨境电子商务股份有限公司董事会。",
    "2025年4月19日。",
]


def render_doc3(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for kind, text in DOC3:
        if kind == "h":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)


def cff_to_glyf(font):
    """Replace the CFF table of an OpenType font by quadratic TrueType outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
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
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, text, out_path):
    font = TTCollection(TTC_PATH).fonts[face_index]
    options = subset.Options()
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_glyf(font)
    font.save(out_path)


def render_doc4(path, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("NotoSC", "", font_path)
    pdf.add_page()
    pdf.set_font("NotoSC", "", 9)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for line in DOC4:
        if pdf.get_string_width(line) > width:
            raise ValueError(f"line too long for one row: {line}")
        pdf.cell(0, 6.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def main():
    render_doc3(os.path.join(HERE, "03_Daeseong_cb_disclosure.pdf"))
    chars = "".join(sorted(set("".join(DOC4))))
    with tempfile.TemporaryDirectory() as tmp:
        font_path = os.path.join(tmp, "NotoSansSC-subset.ttf")
        make_cjk_font(SC_INDEX, chars, font_path)
        render_doc4(os.path.join(HERE, "04_海途跨境_日常关联交易公告.pdf"), font_path)


if __name__ == "__main__":
    main()
