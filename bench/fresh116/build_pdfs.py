"""Build the three PDF documents of fresh116 with fpdf2.

Run with /work/main/.venv/bin/python build_pdfs.py
Chinese text uses one face of NotoSansCJK-Regular.ttc, subset to the characters
used and converted from CFF to TrueType outlines in a temporary directory.
"""
import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# ---------------------------------------------------------------------------
# Document 01: Evermont Memorial Group, Inc. - Form 10-K excerpt (English)
# ---------------------------------------------------------------------------
DOC01 = [
    [
        ("c", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
        ("c", "Washington, D.C. 20549"),
        ("c", "FORM 10-K"),
        ("c", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
        ("c", "For the fiscal year ended December 31, 2024 - Commission File Number 001-39417"),
        ("c", "EVERMONT MEMORIAL GROUP, INC."),
        ("c", "(Exact name of registrant as specified in its charter)"),
        ("c", "Delaware - I.R.S. Employer Identification No. 84-2917735 - Common Stock, $0.01 par value (EVMG), New York Stock Exchange"),
        ("h", "PART I - Item 1. Business"),
        ("h2", "Overview"),
        ("p", "Evermont Memorial Group, Inc. (\"Evermont,\" the \"Company,\" \"we\" or \"us\") is the third-largest operator of funeral homes and cemeteries in the United States by revenue. As of December 31, 2024, we operated 212 funeral homes and 38 cemeteries in 17 states, and during the year we sold approximately 41,000 preneed funeral and cemetery contracts. Our revenue for fiscal 2024 was $1,184.6 million, of which 58% came from funeral services, 31% from cemetery property and merchandise and 11% from preneed trust earnings and other sources."),
        ("h2", "Technology and Artificial Intelligence"),
        ("p", "Over the past three years we have invested in technology that helps families plan services, write obituaries and select memorial products. Our AI pre-planning assistant, which we market as \"Evermont Guide,\" is operated by Evermont Digital Services, LLC and answered approximately 1.3 million family inquiries in 2024. We believe that careful use of machine learning can shorten arrangement conferences without diminishing the personal care that families expect from a funeral director, and every draft obituary produced by our tools is reviewed by a licensed funeral director before it is shared."),
        ("p", "Under a data licence agreement entered into in March 2024, Evermont licenses to Lanternway AI, Inc. a de-identified archive of approximately 410,000 obituaries and service records for model training, and Lanternway paid us $3.2 million under that agreement in fiscal 2024. Records are included only where the purchaser of the funeral contract consented to research use, and the agreement prohibits any attempt to re-identify a decedent or family member."),
        ("h2", "Strategic Investments"),
        ("p", "In January 2024, Evermont committed $15.0 million as a limited partner to Cedar Hollow Ventures Fund III, L.P., a venture fund focused on deathcare and bereavement technology. Our commitment represents approximately 9.4% of the total commitments of Cedar Hollow Ventures Fund III, L.P., and $6.0 million had been called as of December 31, 2024. We account for the interest at net asset value as a practical expedient."),
        ("h2", "Competition"),
        ("p", "The deathcare industry is highly fragmented. We compete with national consolidators such as Solace Funeral Partners, Inc. and Northgate Memorial Corp., with regional operators and with thousands of independent, family-owned funeral homes. In digital memorial products, Umbra Legacy, Inc. and Lanternway both sell AI-generated tribute videos directly to consumers, and families increasingly arrive at our locations having already used one of those services."),
    ],
    [
        ("h", "Item 7. Management's Discussion and Analysis (excerpt)"),
        ("h2", "Principal Suppliers"),
        ("p", "We purchase caskets, urns, vaults, memorial products and cloud services from a limited number of suppliers. The following table sets forth our principal suppliers and our purchases from each in fiscal 2024:"),
        ("t", (60, 70, 40), [
            ["Supplier", "Products or services", "Fiscal 2024 purchases"],
            ["Pinefield Casket Company", "Caskets, urns and burial vaults", "$61.8 million"],
            ["Stillwater Cloud Services, Inc.", "Cloud hosting and GPU compute", "$7.4 million"],
            ["Beckford Bronze Works", "Bronze markers and plaques", "$5.2 million"],
        ]),
        ("p", "No single supplier other than Pinefield accounted for more than 10% of our merchandise purchases. Granite Quill Monuments, LLC sources substantially all of its granite and bronze memorial blanks from Greyledge Granite Supply, Inc., with purchases of $18.9 million in fiscal 2024. We believe alternative sources are available for most of these products, although a disruption at Pinefield could delay deliveries to our funeral homes for several weeks."),
        ("h2", "Liquidity and Capital Resources"),
        ("p", "On September 30, 2024, Evermont entered into a $350.0 million senior secured revolving credit facility with Veridian Trust Bank, N.A., as administrative agent and lead lender. The facility matures in September 2029 and bears interest at SOFR plus a margin of 1.75% to 2.50% depending on our net leverage ratio. Kestrel Lane Securities LLC acted as sole lead arranger and bookrunner for the facility, and Wexford Dunmore LLP served as counsel to the lenders."),
        ("p", "In addition, Evermont Digital Services, LLC borrowed $40.0 million under a delayed-draw term loan from Harborline Capital Partners, L.P. to fund development of the Evermont Guide platform. The term loan bears interest at SOFR plus 5.25%, matures in 2028 and is guaranteed by the Company. As of December 31, 2024, we had $112.5 million outstanding under the revolving credit facility and were in compliance with all financial covenants."),
        ("p", "Preneed funeral and cemetery merchandise trusts held $1,062.3 million at year end. Trust assets are not available to fund operations until the related services are delivered, and investment performance of the trusts can affect our reported results."),
    ],
    [
        ("h2", "Acquisitions and Dispositions"),
        ("p", "In July 2024, Granite Quill acquired substantially all of the assets of Keystone Etch Studio, Inc., a laser-engraving business in Barre, Vermont, for $14.5 million in cash. During 2024 Evermont also evaluated an acquisition of the Southwest cemetery portfolio of Northgate Memorial Corp., but we terminated discussions in August 2024 and no agreement was reached."),
        ("h", "Item 3. Legal Proceedings"),
        ("p", "In October 2024, Solace Funeral Partners, Inc. filed a complaint against Evermont Memorial Group, Inc. in the U.S. District Court for the District of Delaware, alleging that the Evermont Guide assistant infringes two Solace patents relating to automated obituary drafting. We believe the claims are without merit and intend to defend the action vigorously. We are also party to ordinary-course claims relating to interment errors and cemetery maintenance, none of which we expect to be material."),
        ("h", "Item 9A. Controls and Procedures (excerpt)"),
        ("p", "Hollis Yardley LLP, an independent registered public accounting firm, has audited the consolidated financial statements of Evermont Memorial Group, Inc. for each year since 2011 and has issued an attestation report on our internal control over financial reporting."),
        ("h", "Exhibit 21.1 - Subsidiaries of the Registrant"),
        ("t", (85, 50, 35), [
            ["Name", "Jurisdiction of organization", "Ownership"],
            ["Evermont Digital Services, LLC", "Delaware", "100%"],
            ["Granite Quill Monuments, LLC", "Vermont", "100%"],
            ["Restful Acres Cemetery Holdings, LLC", "Ohio", "80%"],
            ["Evermont Preneed Trust Administration, Inc.", "Texas", "100%"],
        ]),
        ("p", "Certain subsidiaries have been omitted because, considered in the aggregate, they would not constitute a significant subsidiary as of December 31, 2024."),
    ],
]

# ---------------------------------------------------------------------------
# Document 03: Hengnian Life Services Group Limited - HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC03 = [
    [
        ("p", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("c", "恆念生命服務集團有限公司"),
        ("c", "HENGNIAN LIFE SERVICES GROUP LIMITED"),
        ("c", "（於開曼群島註冊成立之有限公司）"),
        ("c", "（股份代號：2391）"),
        ("c", "（1）根據一般授權認購新股份；（2）訂立戰略合作框架協議；及（3）向附屬公司提供股東貸款"),
        ("h", "認購協議"),
        ("p", "董事會欣然宣佈，於2024年12月16日（交易時段後），本公司與安澤紀念科技股份有限公司（「安澤科技」或「認購方」）訂立認購協議。"),
        ("p", "根據認購協議，安澤科技已有條件同意認購，而本公司已有條件同意配發及發行合共48,000,000股認購股份，總代價為港幣103,200,000元。"),
        ("p", "認購價每股認購股份港幣2.15元，較股份於認購協議日期在聯交所所報之收市價每股港幣2.31元折讓約6.9%。認購價乃由本公司與認購方經公平磋商後釐定。"),
        ("p", "認購股份相當於本公告日期本公司現有已發行股本約7.3%，及經配發及發行認購股份擴大後之已發行股本約6.8%。緊隨完成後，安澤科技將持有恆念經擴大已發行股本約6.8%。認購股份將根據一般授權配發及發行，毋須股東批准。"),
        ("h", "有關認購方之資料"),
        ("p", "安澤科技為一家於中華人民共和國註冊成立之股份有限公司，其A股於上海證券交易所科創板上市（股票代碼：688917），主要從事智慧陵園軟件、AI追思系統及紀念品數碼化服務。於本公告日期，寧波安澤投資控股有限公司持有安澤科技約41.2%權益。"),
    ],
    [
        ("h", "戰略合作框架協議"),
        ("p", "於同日，恆念與安澤科技訂立戰略合作框架協議，雙方將於大灣區陵園之數碼化祭掃、AI追思服務及骨灰龕位管理方面開展合作。框架協議並不具法律約束力，任何具體交易將另行訂立協議，並於需要時遵守上市規則之規定。"),
        ("h", "向附屬公司提供股東貸款"),
        ("p", "思源墓園管理（深圳）有限公司（「思源墓園」）為本公司之間接全資附屬公司，於深圳市經營兩座經營性公墓及一座骨灰樓。"),
        ("p", "於2024年12月16日，恆念與思源墓園訂立貸款協議（「貸款協議」），據此，恆念同意向思源墓園提供本金總額最高達人民幣60,000,000元之股東貸款，年利率為3.85%，為期三年。"),
        ("p", "股東貸款將用於支付思源墓園之智慧陵園升級工程款項，包括AI追思大廳、數碼化祭掃平台及墓位導覽系統。由於思源墓園為本公司之全資附屬公司，提供股東貸款並不構成上市規則第十四章項下之須予公佈交易。"),
        ("h", "本集團之財務資源"),
        ("p", "本集團現有銀行融資包括東霖銀行（香港）有限公司於2024年6月向恆念提供之港幣500,000,000元三年期定期貸款融資。於本公告日期，該融資已提取港幣320,000,000元。"),
        ("h", "進行認購事項之理由及所得款項用途"),
        ("p", "認購事項之所得款項淨額估計約為港幣102,500,000元，擬將約60%用於本集團陵園之數碼化升級，約25%用於擴展大灣區之骨灰龕位業務，餘下約15%用作一般營運資金。董事認為，引入安澤科技作為策略投資者，將有助本集團結合其技術能力加快智慧陵園建設。"),
    ],
    [
        ("h", "市場傳聞"),
        ("p", "董事會注意到近日有關福海殯儀集團有限公司擬收購本公司控股權之市場傳聞。董事會確認，恆念並未與福海殯儀集團有限公司進行任何有關磋商。"),
        ("h", "認購價之釐定"),
        ("p", "認購價乃經參考同業福海殯儀集團有限公司及永寧殯葬服務有限公司之市賬率後釐定。董事（包括獨立非執行董事）認為認購價屬公平合理，並符合本公司及股東之整體利益。"),
        ("h", "專業顧問"),
        ("p", "衡嶺融資有限公司為本公司有關認購事項之財務顧問，而柏思律師事務所則擔任本公司有關香港法律之法律顧問。"),
        ("h", "一般事項"),
        ("p", "由於認購事項須待認購協議所載之先決條件獲達成後方告完成，認購事項未必會進行。股東及潛在投資者於買賣本公司股份時務請審慎行事。"),
        ("p", "承董事會命"),
        ("p", "恆念生命服務集團有限公司"),
        ("p", "主席 鄧家樂"),
        ("p", "香港，2024年12月16日"),
        ("p", "於本公告日期，董事會由執行董事鄧家樂先生、周詠欣女士及梁志恒先生；以及獨立非執行董事何俊傑先生、陳曉晴女士及李文軒先生組成。"),
    ],
]

# ---------------------------------------------------------------------------
# Document 04: 安泽纪念科技股份有限公司 - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC04 = [
    [
        ("p", "证券代码：688917　　证券简称：安泽科技　　公告编号：2025-006"),
        ("c", "安泽纪念科技股份有限公司"),
        ("c", "关于签订日常经营重大合同、向全资子公司增资及申请银行授信的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示"),
        ("p", "● 合同类型：日常经营性销售合同；● 合同金额：人民币8,650万元（含税）；● 对上市公司当期业绩的影响：合同履行预计将对公司2025年度及2026年度经营业绩产生积极影响。"),
        ("h", "一、日常经营重大合同的基本情况"),
        ("p", "安泽纪念科技股份有限公司（以下简称“公司”或“安泽科技”）于2025年1月20日与思源墓园管理（深圳）有限公司（以下简称“思源墓园”）签订《智慧陵园数字化建设合同》，合同总金额为人民币8,650万元（含税）。"),
        ("p", "思源墓园系香港联交所上市公司恒念生命服务集团有限公司（股份代号：2391）的间接全资子公司。"),
        ("p", "合同标的包括AI追思大厅、数字化祭扫平台、智能墓位导览系统及配套硬件的设计、供货、安装与运维服务，履行期限为18个月。付款方式为：合同生效后支付30%，系统上线验收后支付60%，质保期满后支付10%。"),
        ("p", "本次合同为公司日常经营性合同，无需提交董事会及股东大会审议。思源墓园资信状况良好，具备履约能力。"),
    ],
    [
        ("h", "二、向全资子公司增资的情况"),
        ("p", "为加快AI追思大模型及多语种数字人的研发，公司拟以自有资金人民币5,000万元向全资子公司杭州永思智能科技有限公司（以下简称“永思智能”）增资，增资完成后永思智能注册资本由人民币3,000万元增加至人民币8,000万元。"),
        ("p", "永思智能为安泽科技的全资子公司，公司持有其100%股权，本次增资不涉及关联交易，亦不构成重大资产重组。"),
        ("p", "永思智能已与深算云计算（上海）有限公司签订算力服务协议，采购GPU算力服务，协议期限两年，金额合计人民币1,980万元。"),
        ("h", "三、申请银行授信的情况"),
        ("p", "董事会同意安泽科技向江城农村商业银行股份有限公司申请综合授信额度人民币3亿元，授信期限三年。授信品种包括流动资金贷款、银行承兑汇票及保函等，具体融资金额以实际发生为准。"),
        ("h", "四、技术合作情况"),
        ("p", "此外，安泽科技与Lanternway AI, Inc.于2025年1月签署技术合作备忘录，双方将在多语种AI追思内容生成方面开展联合研发。备忘录不涉及具体金额，对公司当期业绩不构成重大影响。"),
    ],
    [
        ("h", "五、2025年度日常关联交易预计"),
        ("p", "单位：人民币万元"),
        ("t", (45, 55, 35, 35), [
            ["关联交易类别", "关联人", "2025年预计金额", "2024年实际发生金额"],
            ["向关联人采购原材料", "福建华陵石材有限公司", "3,200.00", "2,746.18"],
            ["向关联人销售产品", "杭州云栖陵园有限公司", "1,500.00", "1,126.35"],
        ]),
        ("p", "关联关系说明：公司董事陈立华同时担任福建华陵石材有限公司及杭州云栖陵园有限公司的董事。上述关联交易定价遵循市场化原则，不存在损害公司及中小股东利益的情形。"),
        ("h", "六、风险提示"),
        ("p", "市场竞争风险：永宁殡葬服务有限公司、上海念慈数字科技有限公司等企业亦已推出同类AI追思产品，市场竞争可能加剧。"),
        ("p", "并购事项说明：安泽科技曾就收购深圳长念科技有限公司进行初步洽谈，但双方因估值分歧已于2024年11月终止洽谈。"),
        ("p", "合同履行风险：合同履行过程中可能受政策变化、客户验收进度等因素影响，存在不能按期履行的风险。敬请广大投资者注意投资风险。"),
        ("h", "七、保荐机构核查意见"),
        ("p", "经核查，保荐机构中衡证券股份有限公司认为，公司2025年度日常关联交易预计事项已经董事会审议通过，符合相关法律法规的规定。"),
        ("p", "特此公告。"),
        ("p", "安泽纪念科技股份有限公司董事会"),
        ("p", "2025年1月22日"),
    ],
]


def doc_text(pages):
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "t":
                for row in block[2]:
                    parts.extend(row)
            else:
                parts.append(block[1])
    return "".join(parts)


def cjk_font(index, text, tmpdir):
    """Subset face `index` of the collection to `text`, convert CFF to glyf."""
    coll = TTCollection(TTC)
    font = coll.fonts[index]
    opts = Options()
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.layout_features = []
    sub = Subsetter(options=opts)
    sub.populate(text=text + " 0123456789")
    sub.subset(font)
    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        gset[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in ("maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxTwilightPoints", "maxStorage",
                 "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 2
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = os.path.join(tmpdir, "cjk%d.ttf" % index)
    font.save(path)
    return path


def render(pages, out, family, font_path=None):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    if font_path:
        pdf.add_font(family, "", font_path)
    bold = "" if font_path else "B"
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "c":
                pdf.set_font(family, bold, 11)
                pdf.multi_cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind in ("h", "h2"):
                pdf.ln(2)
                pdf.set_font(family, bold, 11 if kind == "h" else 10)
                pdf.multi_cell(0, 6, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font(family, "", 9.5)
                pdf.multi_cell(0, 5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "t":
                pdf.set_font(family, "", 9)
                with pdf.table(col_widths=block[1], first_row_as_headings=False,
                               text_align="LEFT", line_height=5.5,
                               width=sum(block[1])) as table:
                    for row in block[2]:
                        cells = table.row()
                        for cell in row:
                            cells.cell(cell)
                pdf.ln(2)
    if pdf.page_no() != len(pages):
        raise SystemExit("%s: expected %d pages, got %d" % (out, len(pages), pdf.page_no()))
    pdf.output(os.path.join(HERE, out))
    print("wrote", out, pdf.page_no(), "pages")


def main():
    render(DOC01, "01_Evermont_10-K.pdf", "Helvetica")
    tmpdir = tempfile.mkdtemp(prefix="fresh116_fonts_")
    try:
        tc = cjk_font(3, doc_text(DOC03), tmpdir)
        render(DOC03, "03_Hengnian_HKEX_announcement.pdf", "NotoTC", tc)
        sc = cjk_font(2, doc_text(DOC04), tmpdir)
        render(DOC04, "04_Anze_A-share_announcement.pdf", "NotoSC", sc)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
