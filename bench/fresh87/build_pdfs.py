"""Build the three PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses the core Helvetica font. Chinese text uses Noto Sans CJK: the
SC (index 2) or TC (index 3) face is taken out of the .ttc collection with
fontTools, subset to the characters actually used, converted from CFF to
TrueType outlines with cu2qu, and written to a temporary directory that is
removed at the end. English lines break at spaces only; Chinese lines break
only after "。" so that every sentence can be found verbatim in the text layer.
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
NOTO_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC, FACE_TC = 2, 3


# --------------------------------------------------------------------------
# Font preparation
# --------------------------------------------------------------------------

def cff_to_glyf(font):
    """Replace the CFF outlines of `font` with quadratic TrueType outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("numGlyphs", "maxPoints", "maxContours", "maxCompositePoints",
                  "maxCompositeContours", "maxTwilightPoints", "maxStorage",
                  "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp

    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(tmpdir, face, text):
    """Write a TrueType subset of one Noto Sans CJK face covering `text`."""
    font = TTCollection(NOTO_TTC).fonts[face]
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " 0123456789")
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(tmpdir, f"noto_cjk_{face}.ttf")
    font.save(path)
    return path


# --------------------------------------------------------------------------
# Layout helpers
# --------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_font, size=7)
        self.cell(0, 5, self.footer_text.format(n=self.page_no()), align="C")


def split_sentences(text):
    """Chinese sentences, each ending with 。 (a trailing fragment is kept)."""
    return [s for s in re.findall(r"[^。]*。|[^。]+$", text) if s.strip()]


def cjk_paragraph(pdf, text, size=9.5, height=5.6, bold=False, align="L"):
    """Pack whole sentences onto lines; a line ends only after 。."""
    pdf.set_font(pdf.body_font, size=size)
    width = pdf.epw
    line = ""
    for sentence in split_sentences(text):
        if pdf.get_string_width(sentence) > width:
            raise ValueError(f"sentence too long for one line: {sentence}")
        if line and pdf.get_string_width(line + sentence) > width:
            pdf.cell(0, height, line, align=align, new_x="LMARGIN", new_y="NEXT")
            line = ""
        line += sentence
    if line:
        pdf.cell(0, height, line, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def en_paragraph(pdf, text, size=10, height=5.0, style=""):
    pdf.set_font("Helvetica", style=style, size=size)
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def table(pdf, rows, widths, size=8.5, height=6):
    """Simple ruled table; the first row is the header."""
    for row in rows:
        pdf.set_font(pdf.body_font, size=size)
        for cell, w in zip(row, widths):
            pdf.cell(w, height, cell, border=1, align="L" if cell == row[0] else "C")
        pdf.ln(height)
    pdf.ln(2)


def render(pdf, blocks, cjk):
    for kind, *args in blocks:
        if kind == "title":
            if cjk:
                cjk_paragraph(pdf, args[0], size=13, height=8, align="C")
            else:
                en_paragraph(pdf, args[0], size=14, height=7, style="B")
        elif kind == "h":
            if cjk:
                cjk_paragraph(pdf, args[0], size=10.5, height=7)
            else:
                en_paragraph(pdf, args[0], size=11, height=6, style="B")
        elif kind == "p":
            if cjk:
                cjk_paragraph(pdf, args[0])
            else:
                en_paragraph(pdf, args[0])
        elif kind == "small":
            if cjk:
                cjk_paragraph(pdf, args[0], size=7.5, height=4.2)
            else:
                en_paragraph(pdf, args[0], size=7.5, height=3.8)
        elif kind == "table":
            table(pdf, args[0], args[1])
        elif kind == "page":
            pdf.add_page()
        else:
            raise ValueError(kind)


def block_text(blocks):
    parts = []
    for kind, *args in blocks:
        if kind == "table":
            parts.extend(c for row in args[0] for c in row)
        elif args:
            parts.append(args[0])
    return "".join(parts)


def build(filename, blocks, footer, cjk_face=None, tmpdir=None):
    pdf = Doc(footer)
    if cjk_face is None:
        pdf.body_font = "Helvetica"
    else:
        text = block_text(blocks) + footer
        pdf.add_font("NotoCJK", fname=make_cjk_font(tmpdir, cjk_face, text))
        pdf.body_font = "NotoCJK"
    pdf.add_page()
    render(pdf, blocks, cjk=cjk_face is not None)
    pdf.output(os.path.join(HERE, filename))
    print("wrote", filename, pdf.page_no(), "pages")


# --------------------------------------------------------------------------
# 03  Hongtuo Microelectronics - A-share announcement (Simplified Chinese)
# --------------------------------------------------------------------------

HONGTUO = [
    ("small", "证券代码：688571　　证券简称：鸿拓微电　　公告编号：2025-068"),
    ("title", "深圳鸿拓微电子股份有限公司"),
    ("title", "关于对外投资设立越南全资子公司暨签订日常经营重大合同的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
              "公司对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "● 投资标的名称：鸿拓微电子（越南）有限责任公司（以下简称“越南子公司”）。"),
    ("p", "● 投资金额：公司拟以自有资金投资不超过5,000万美元设立越南子公司。"),
    ("p", "● 越南子公司将向Saigon Nanowafer Joint Stock Company销售测试及老化设备，金额约人民币3.86亿元。"),
    ("p", "● 本次交易不构成关联交易，不构成重大资产重组。"
          "本次对外投资事项无需提交股东大会审议。"),
    ("p", "● 风险提示：本次境外投资尚需履行境内外审批或备案程序，存在不确定性。"
          "合同履行可能受不可抗力、汇率波动等因素影响。"),
    ("h", "一、对外投资概述"),
    ("p", "为贴近东南亚先进封装客户、完善全球交付和售后服务体系，公司拟在越南北宁省设立全资子公司。"
          "越南子公司注册资本拟为2,000万美元，投资总额不超过5,000万美元，由公司以自有资金分期出资。"),
    ("p", "公司于2025年11月20日召开第三届董事会第十四次会议，审议通过了《关于对外投资设立越南全资子公司的议案》。"
          "根据《上海证券交易所科创板股票上市规则》及《公司章程》，本事项在董事会审批权限范围内。"),
    ("h", "二、投资标的基本情况"),
    ("table", [
        ["项目", "内容"],
        ["公司名称", "鸿拓微电子（越南）有限责任公司"],
        ["英文名称", "Hongtuo Microelectronics Vietnam Co., Ltd."],
        ["注册地址", "越南北宁省Lac Hong高新技术园区"],
        ["注册资本", "2,000万美元"],
        ["股权结构", "公司持股100%"],
        ["经营范围", "测试分选设备、老化测试设备的组装、销售、安装及维护"],
    ], [40, 140]),
    ("p", "越南子公司成立后将成为公司的全资子公司，纳入公司合并报表范围。"
          "越南子公司拟向Lac Hong High-Tech Park JSC租赁标准厂房约1.2万平方米，租期十年，年租金约180万美元。"
          "上述信息以当地主管部门最终核准登记为准。"),
    ("h", "三、日常经营重大合同的主要内容"),
    ("h", "（一）合同对方基本情况"),
    ("p", "名称：Saigon Nanowafer Joint Stock Company（以下简称“Nanowafer”）。"),
    ("p", "注册地：越南北宁省。"
          "主营业务：人工智能加速器及高速网通芯片的先进封装与测试。"),
    ("p", "主要股东：Mekong Industrial Capital JSC持股51%，昱晶科技股份有限公司持股25%。"),
    ("p", "Nanowafer与公司及公司控股股东、实际控制人、董事及高级管理人员均不存在关联关系。"),
    ("h", "（二）合同主要条款"),
    ("p", "1、合同双方：买方为Nanowafer，卖方为越南子公司。"
          "在越南子公司完成设立登记前，由公司代为签署并履约。"),
    ("p", "2、合同标的：测试分选机、老化测试系统及配套自动化设备，共计146台（套）。"),
    ("p", "3、合同金额：约人民币3.86亿元（含税），以美元结算。"),
    ("p", "4、付款方式：合同生效后预付30%，到货验收后支付60%，质保期满后支付10%。"),
    ("p", "5、交付期限：2026年3月至2026年12月分批交付。"
          "6、违约责任：任何一方违约的，应赔偿守约方因此遭受的损失。"),
    ("p", "7、争议解决：提交新加坡国际仲裁中心仲裁。"
          "8、生效条件：经双方授权代表签字并盖章后生效。"),
    ("h", "四、对上市公司的影响"),
    ("p", "本次合同金额约占公司2024年度经审计营业收入的21.4%。"
          "若合同顺利履行，预计将对公司2026年度经营业绩产生积极影响。"),
    ("p", "公司自2023年起向马来西亚Meranti Semiconductor Berhad批量供应测试分选机，2024年度销售额约人民币1.52亿元。"),
    ("p", "2025年9月，公司获得印度Deccan Silicon Packaging Limited的设备订单，金额约人民币2.3亿元。"),
    ("p", "此外，公司与台湾昱晶科技股份有限公司共建先进封装联合测试实验室，双方共同开发载板翘曲检测方法。"),
    ("p", "据公开信息，苏州科威测控技术有限公司亦参与了Nanowafer本次设备招标，但未中标。"),
    ("p", "本次设立越南子公司有利于公司就近服务海外客户，降低物流及关税成本。"
          "公司对越南子公司的资金投入以自有资金为主，不会对公司现金流造成重大不利影响。"),
    ("h", "五、风险提示"),
    ("p", "1、审批风险：本次投资尚需取得发展改革、商务及外汇主管部门的备案或登记。"
          "本次投资亦需取得越南主管部门的投资登记证书。"),
    ("p", "2、经营风险：越南的法律、税收及营商环境与国内存在差异。"
          "越南子公司在人员招聘、供应链建设等方面可能面临挑战。"),
    ("p", "3、履约风险：合同履行期较长，可能受客户产能规划调整等因素影响。"
          "4、汇率风险：合同以美元结算，人民币汇率波动可能影响公司收益。"),
    ("h", "六、保荐机构核查意见"),
    ("p", "经核查，保荐机构中衡证券股份有限公司对鸿拓微电本次对外投资事项无异议。"
          "保荐机构认为，本次事项已履行必要的审议程序，符合相关法律法规的规定。"),
    ("p", "公司将根据事项进展情况，严格按照相关规定及时履行信息披露义务，敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("p", "深圳鸿拓微电子股份有限公司董事会"),
    ("p", "2025年11月21日"),
]


# --------------------------------------------------------------------------
# 04  Hanhai Data Holdings - HKEX discloseable transaction (Traditional Chinese)
# --------------------------------------------------------------------------

HANHAI = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"
              "並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "瀚海數據控股有限公司"),
    ("title", "HANHAI DATA HOLDINGS LIMITED"),
    ("p", "（於開曼群島註冊成立之有限公司）（股份代號：2871）"),
    ("title", "須予披露交易"),
    ("title", "認購TANJUNG DATA BERHAD新股份"),
    ("h", "認購事項"),
    ("p", "董事會欣然宣佈，於2025年10月13日（交易時段後），本公司與Tanjung Data Berhad訂立認購協議。"
          "據此，本公司有條件同意認購而Tanjung有條件同意配發及發行612,000,000股認購股份。"),
    ("p", "認購價為每股認購股份2.06令吉，較Tanjung股份於最後交易日前五個交易日之成交量加權平均價溢價約9.6%。"),
    ("p", "本公司將以現金支付認購價總額1,260,720,000令吉（約相當於2,092,800,000港元）。"
          "認購價總額將以本集團內部資源及銀行借款撥付。"),
    ("p", "完成後，本公司將持有Tanjung經擴大已發行股本約19.9%，Tanjung將作為本公司之聯營公司入賬。"),
    ("h", "認購協議之主要條款"),
    ("table", [
        ["條款", "內容"],
        ["日期", "2025年10月13日"],
        ["訂約方", "(1) 本公司（作為認購方）；(2) Tanjung（作為發行人）"],
        ["認購股份", "612,000,000股新Tanjung股份"],
        ["先決條件", "Tanjung股東批准、馬來西亞證券交易所上市批准及外匯批准"],
        ["董事提名權", "本公司有權提名一名非獨立非執行董事"],
        ["最後截止日期", "2026年3月31日"],
    ], [40, 140]),
    ("p", "認購價乃由本公司與Tanjung經公平磋商後釐定，並已參考Tanjung股份之近期市價及其數據中心項目之發展前景。"),
    ("h", "有關TANJUNG之資料"),
    ("p", "Tanjung為於馬來西亞註冊成立之公司，其股份於馬來西亞證券交易所主板上市（股份代號：0287）。"
          "Tanjung主要於柔佛州開發及營運數據中心。"),
    ("p", "Tanjung現正於士乃（Sedenak）興建200兆瓦人工智能數據中心園區。"
          "該園區由其全資附屬公司Tanjung Data (Sedenak) Sdn Bhd持有。"),
    ("p", "Selat Bank Berhad已向Tanjung Data (Sedenak) Sdn Bhd提供12億令吉綠色定期貸款。"),
    ("p", "Tanjung已與新加坡Lionpeak Compute Holdings Ltd簽訂為期十年、48兆瓦之託管租約。"),
    ("p", "柔佛州之數據中心市場競爭激烈，Tanjung之主要競爭對手包括Kempas Digital Berhad等本地營運商。"),
    ("p", "下表載列Tanjung截至2024年12月31日止兩個年度之經審核綜合財務資料。"),
    ("table", [
        ["千令吉", "2023年", "2024年"],
        ["收益", "412,560", "538,910"],
        ["除稅前溢利", "96,480", "131,270"],
        ["除稅後溢利", "73,150", "99,840"],
        ["資產淨值", "1,684,300", "1,772,460"],
    ], [60, 60, 60]),
    ("page",),
    ("h", "進行認購事項之理由及裨益"),
    ("p", "本集團主要從事亞太區數據中心之開發、建設及營運，以及預製模組化數據機房之設計及銷售。"),
    ("p", "本集團已與PT Garuda Arus Energi Tbk訂立合約，向其巴淡島園區供應預製模組化數據機房，合約金額約8.4億港元。"),
    ("p", "董事認為，認購事項可讓本集團以少數股東身份參與柔佛走廊之增長，並分享Tanjung長期租約帶來之穩定回報。"
          "董事（包括獨立非執行董事）認為認購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("h", "上市規則之涵義"),
    ("p", "由於認購事項之一項或多項適用百分比率超過5%但均低於25%，故認購事項構成本公司之須予披露交易。"
          "認購事項須遵守上市規則第14章之申報及公告規定，惟獲豁免遵守股東批准規定。"),
    ("p", "據董事作出一切合理查詢後所知、所悉及所信，Tanjung及其最終實益擁有人均為獨立第三方。"),
    ("p", "港門融資有限公司已獲委任為本公司有關認購Tanjung新股份之財務顧問。"),
    ("h", "一般資料"),
    ("p", "本公司之控股股東前灣投資控股有限公司持有本公司已發行股份約42.6%。"),
    ("p", "由於認購事項須待先決條件獲達成後方告完成，認購事項未必會進行。"
          "股東及潛在投資者於買賣本公司股份時務請審慎行事。"),
    ("h", "釋義"),
    ("p", "「董事會」指本公司董事會。"
          "「本公司」指瀚海數據控股有限公司，其股份於聯交所主板上市。"),
    ("p", "「Tanjung」指Tanjung Data Berhad。"
          "「令吉」指馬來西亞法定貨幣令吉。"
          "「港元」指香港法定貨幣港元。"),
    ("p", "「上市規則」指聯交所證券上市規則。"
          "「聯交所」指香港聯合交易所有限公司。"),
    ("p", "就本公告而言，令吉兌港元按1令吉兌1.66港元之匯率換算，僅供說明用途。"),
    ("p", "承董事會命"),
    ("p", "瀚海數據控股有限公司"),
    ("p", "主席兼行政總裁　梁偉傑"),
    ("p", "香港，2025年10月13日"),
    ("small", "於本公告日期，董事會包括執行董事梁偉傑先生及何敏儀女士。"
              "非執行董事為陳志遠先生，獨立非執行董事為黃嘉欣女士、李國樑先生及蘇永康先生。"),
]


# --------------------------------------------------------------------------
# 07  Lionpeak Compute Holdings - annual report excerpt (English)
# --------------------------------------------------------------------------

LIONPEAK = [
    ("small", "LIONPEAK COMPUTE HOLDINGS LTD (Incorporated in the Republic of Singapore) "
              "(Company Registration No. 201934518K) SGX-ST: LPK"),
    ("title", "Annual Report 2025 - Excerpts"),
    ("h", "Chairman's Statement"),
    ("p", "Dear Shareholders, 2025 was the year in which Lionpeak moved from renting other people's GPUs to "
          "operating its own fleet. Revenue rose 71% to S$486.3 million and we ended the year with 31,400 "
          "accelerators under management across Singapore, Johor and Mumbai."),
    ("p", "The most important decision of the year was to anchor our Malaysian expansion on a single campus. "
          "Tanjung Data Berhad will provide us with 48 MW of liquid-cooled colocation capacity at its Sedenak "
          "campus in Johor under a ten-year lease. We evaluated a second Johor site offered by Kempas Digital "
          "Berhad but decided not to proceed, preferring to concentrate our engineering resources."),
    ("p", "For the Sedenak halls we placed purchase orders with Arkavi Semiconductor, Inc. for approximately "
          "US$310 million of X7 accelerator modules and networking hardware, with deliveries from the second "
          "quarter of 2026."),
    ("p", "We also welcomed a new strategic shareholder. In March 2025, PT Garuda Arus Energi Tbk subscribed "
          "for 96.4 million new shares in a placement that raised S$81.0 million. Garuda Arus now holds 12.4% of "
          "the Company, and its renewable generation in Batam gives us a credible path to low-carbon power in "
          "the region."),
    ("h", "Operating and Financial Review"),
    ("p", "Enterprise and industrial customers made up 38% of revenue. Among them, Meranti Semiconductor Berhad "
          "uses a dedicated Lionpeak cluster for thermal and warpage simulation of advanced packages under a "
          "three-year reserved-capacity contract worth about S$14 million a year. Our largest customer, a "
          "global hyperscaler, accounted for 27% of revenue."),
    ("p", "In India, we continue to grow through partnership rather than ownership of data halls. Lionpeak "
          "Compute (India) Private Limited, a wholly owned subsidiary of the Company incorporated in Mumbai, "
          "entered into a strategic alliance with Vayu Cloud Infra Private Limited in August 2025 to offer a "
          "jointly branded sovereign AI cloud to Indian public-sector users. Each party bears its own costs "
          "and the alliance involves no equity investment."),
    ("p", "Unlike Nimbus Raya Cloud, which owns its data halls, Lionpeak leases capacity and concentrates capital "
          "on accelerators. Peers such as Nimbus Raya Cloud and Kempas Digital Berhad reported similar "
          "utilisation trends in the second half of the year."),
    ("table", [
        ["S$ million", "FY2025", "FY2024", "Change"],
        ["Revenue", "486.3", "284.4", "+71%"],
        ["EBITDA", "171.9", "88.2", "+95%"],
        ["Profit after tax", "42.7", "9.6", "n.m."],
        ["Capital expenditure", "612.5", "301.8", "+103%"],
        ["Net debt", "398.0", "122.6", "+225%"],
    ], [60, 40, 40, 40]),
    ("page",),
    ("h", "Note 21 - Borrowings"),
    ("p", "On 18 June 2025, the Group entered into a S$300 million five-year revolving credit facility with "
          "Selat Bank Berhad, secured over the Group's accelerator fleet in Singapore. As at 31 December 2025, "
          "S$210 million had been drawn. The facility bears interest at SORA plus 2.15% per annum and contains "
          "financial covenants on net debt to EBITDA and interest cover, with which the Group was in compliance "
          "throughout the year."),
    ("h", "Note 29 - Subsidiaries"),
    ("table", [
        ["Name of subsidiary", "Country", "Principal activity", "Interest held"],
        ["Lionpeak Compute Pte. Ltd.", "Singapore", "GPU cloud services", "100%"],
        ["Lionpeak Compute (M) Sdn Bhd", "Malaysia", "GPU cloud services", "100%"],
        ["Lionpeak Compute (India) Private Limited", "India", "GPU cloud services", "100%"],
    ], [75, 30, 45, 30]),
    ("h", "Statistics of Shareholdings - Substantial Shareholders"),
    ("p", "As recorded in the Register of Substantial Shareholders as at 3 March 2026, Straits Harbour Capital "
          "Pte. Ltd. held 15.2% of the issued shares of the Company through its Straits Harbour Growth Fund II."),
    ("table", [
        ["Substantial shareholder", "Direct interest", "Deemed interest", "Total %"],
        ["Straits Harbour Capital Pte. Ltd.", "-", "118,216,400", "15.2%"],
        ["PT Garuda Arus Energi Tbk", "96,400,000", "-", "12.4%"],
        ["Tan Wei Ming (Founder and CEO)", "71,530,000", "2,100,000", "9.5%"],
    ], [70, 35, 40, 35]),
    ("h", "Auditors"),
    ("p", "Hartwell & Lim LLP has expressed its willingness to be re-appointed as auditor of Lionpeak Compute "
          "Holdings Ltd at the forthcoming Annual General Meeting."),
    ("small", "Forward-looking statements: This annual report contains forward-looking statements that involve "
              "risks and uncertainties, including the timing of data-centre handovers, accelerator deliveries, "
              "power availability and customer demand. Actual results may differ materially. Shareholders should "
              "not place undue reliance on these statements, which speak only as of the date of this report."),
]


def main():
    tmpdir = tempfile.mkdtemp(prefix="cjkfont_")
    try:
        build("03_Hongtuo_Micro_公告.pdf", HONGTUO, "鸿拓微电 2025-068　第 {n} 页", cjk_face=FACE_SC, tmpdir=tmpdir)
        build("04_Hanhai_Data_須予披露交易.pdf", HANHAI, "瀚海數據控股有限公司　第 {n} 頁", cjk_face=FACE_TC, tmpdir=tmpdir)
        build("07_Lionpeak_Compute_annual_report.pdf", LIONPEAK, "Lionpeak Compute Holdings Ltd - Annual Report 2025 - page {n}")
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
