"""Build the three PDF documents of fresh115 with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese documents use a subset of Noto Sans CJK (face 2 = SC for Simplified,
face 3 = TC for Traditional) converted from CFF to TrueType outlines, because
fpdf2 cannot read the .ttc collection directly. The converted font is written
to a temporary directory that is removed afterwards.
"""
import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


# ---------------------------------------------------------------------------
# font handling
# ---------------------------------------------------------------------------
def make_cjk_font(face_index, text, out_path):
    """Subset one face of the CJK collection and convert it to TrueType."""
    font = TTFont(TTC, fontNumber=face_index)
    chars = set(text) | set(" 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:%()-/&'\"")
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.desubroutinize = True
    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes={ord(c) for c in chars if c not in "\n\r\t"})
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
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxComponentDepth", "maxPoints",
                 "maxContours", "maxCompositePoints", "maxCompositeContours"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ---------------------------------------------------------------------------
# tiny layout engine: a document is a list of pages; a page a list of blocks
# ---------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, family, footer_text):
        super().__init__(format="A4")
        self.family = family
        self.footer_text = footer_text
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.family, size=7)
        self.cell(0, 5, self.footer_text.format(n=self.page_no()), align="C")


def render(pdf, pages, body_size=9.5):
    fam = pdf.family
    lh = body_size * 0.55
    for blocks in pages:
        pdf.add_page()
        for kind, *rest in blocks:
            if kind == "title":
                pdf.set_font(fam, size=13)
                pdf.multi_cell(0, 7, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "center":
                pdf.set_font(fam, size=body_size)
                pdf.multi_cell(0, lh, rest[0], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font(fam, size=body_size + 1.5)
                pdf.multi_cell(0, lh + 1, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.5)
            elif kind == "p":
                pdf.set_font(fam, size=body_size)
                pdf.multi_cell(0, lh, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "small":
                pdf.set_font(fam, size=body_size - 2)
                pdf.multi_cell(0, lh - 0.8, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "table":
                widths, rows = rest
                pdf.set_font(fam, size=body_size - 1)
                with pdf.table(col_widths=widths, text_align="LEFT", line_height=lh,
                               first_row_as_headings=True,
                               headings_style=FontFace(emphasis="")) as t:
                    for r in rows:
                        row = t.row()
                        for c in r:
                            row.cell(c)
                pdf.ln(2)
            elif kind == "space":
                pdf.ln(rest[0])
            else:
                raise ValueError(kind)


def all_text(pages):
    out = []
    for blocks in pages:
        for kind, *rest in blocks:
            if kind == "table":
                for r in rest[1]:
                    out.extend(r)
            elif kind != "space":
                out.append(rest[0])
    return "".join(out)


# ---------------------------------------------------------------------------
# 03 - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC03 = [
    [
        ("center", "证券代码：688731        证券简称：澄江生物        公告编号：2025-018"),
        ("space", 4),
        ("title", "澄江生物科技股份有限公司\n关于向控股子公司增资暨关联交易、申请银行综合授信\n及2025年度日常关联交易预计的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "● 澄江生物科技股份有限公司（以下简称“公司”或“澄江生物”）拟以自有资金人民币12,000万元向控股子公司上海启衡试剂有限公司（以下简称“启衡试剂”）增资，增资完成后公司对启衡试剂的持股比例由65.00%提高至72.50%。"),
        ("p", "● 公司持股5%以上股东苏州华屿创业投资合伙企业（有限合伙）（以下简称“华屿投资”）拟以人民币3,000万元同步认购启衡试剂新增注册资本，本次增资构成关联交易，但不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("p", "● 公司已与沣泰银行股份有限公司苏州分行签署《综合授信合同》，获得不超过人民币50,000万元的综合授信额度，授信期限为三年。"),
        ("p", "● 本事项已经公司第三届董事会第十四次会议及第三届监事会第十二次会议审议通过，关联董事已回避表决，尚需提交公司2024年年度股东大会审议。"),
        ("h", "一、关联交易概述"),
        ("p", "启衡试剂主要从事体外诊断及生命科学研究用试剂、细胞培养基及配套耗材的研发、生产和销售。近年来，启衡试剂依托公司在药物发现领域积累的实验数据，建设AI辅助试剂配方平台，利用机器学习模型预测培养基配方与细胞表型之间的关系，显著缩短了新产品开发周期。为满足上述平台及GMP级试剂产线建设的资金需求，公司与华屿投资拟共同向启衡试剂增资，合计增资金额为人民币15,000万元，增资价格为每1元注册资本人民币1.50元。"),
        ("p", "本次增资完成后，启衡试剂注册资本由人民币10,000万元增加至人民币20,000万元，仍为公司控股子公司。由于华屿投资为公司持股5%以上股东，根据《上海证券交易所科创板股票上市规则》的相关规定，本次交易构成关联交易。"),
    ],
    [
        ("h", "二、关联方基本情况"),
        ("p", "（一）关联关系说明"),
        ("p", "截至本公告披露日，苏州华屿创业投资合伙企业（有限合伙）持有公司股份11,352,000股，占公司总股本的7.32%，为公司持股5%以上股东。"),
        ("p", "（二）关联方基本信息"),
        ("table", (30, 140), [
            ("项目", "内容"),
            ("企业名称", "苏州华屿创业投资合伙企业（有限合伙）"),
            ("企业类型", "有限合伙企业"),
            ("成立日期", "2017年6月12日"),
            ("主要经营场所", "苏州工业园区星湖街218号生物医药产业园A1楼"),
            ("认缴出资额", "人民币80,000万元"),
            ("经营范围", "创业投资、股权投资及相关咨询服务"),
        ]),
        ("h", "三、关联交易标的基本情况"),
        ("p", "（一）基本信息：上海启衡试剂有限公司成立于2016年3月，注册地址为上海市浦东新区张江路1288号，法定代表人为沈立诚，注册资本人民币10,000万元。"),
        ("p", "启衡试剂为澄江生物的控股子公司，纳入公司合并报表范围。"),
        ("p", "启衡试剂主要向瑞鑫生命科学控股有限公司下属企业及多家海外仪器厂商供应配套试剂盒，2024年实现营业收入人民币23,816.45万元。"),
        ("p", "（二）本次增资前后股权结构"),
        ("table", (62, 27, 27, 27, 27), [
            ("股东名称", "增资前认缴出资（万元）", "增资前持股比例", "增资后认缴出资（万元）", "增资后持股比例"),
            ("澄江生物科技股份有限公司", "6,500.00", "65.00%", "14,500.00", "72.50%"),
            ("苏州华屿创业投资合伙企业（有限合伙）", "-", "-", "2,000.00", "10.00%"),
            ("员工持股平台", "3,500.00", "35.00%", "3,500.00", "17.50%"),
            ("合计", "10,000.00", "100.00%", "20,000.00", "100.00%"),
        ]),
        ("p", "（三）主要财务数据（单位：人民币万元）"),
        ("table", (60, 55, 55), [
            ("项目", "2024年12月31日/2024年度", "2023年12月31日/2023年度"),
            ("资产总额", "41,205.37", "35,618.92"),
            ("净资产", "18,774.06", "16,203.51"),
            ("营业收入", "23,816.45", "19,447.08"),
            ("净利润", "2,570.55", "1,902.36"),
        ]),
        ("small", "注：2024年度财务数据已经审计，2023年度财务数据已经审计。"),
    ],
    [
        ("h", "四、交易的定价依据"),
        ("p", "根据北京中评衡资产评估有限公司出具的评估报告，以2024年12月31日为评估基准日，采用收益法评估，启衡试剂股东全部权益价值为人民币15,120.00万元。"),
        ("p", "经各方协商，本次增资价格确定为每1元注册资本人民币1.50元。本次增资对应的市盈率与同锦医药研发有限公司、惠川生物科技股份有限公司等同行业可比公司相比处于合理区间。本次交易定价公允，不存在损害公司及全体股东特别是中小股东利益的情形。"),
        ("h", "五、申请银行综合授信及为子公司提供担保"),
        ("p", "为满足日常经营及项目建设资金需求，公司已取得上述综合授信额度，授信品种包括流动资金贷款、项目贷款、银行承兑汇票及保函等，具体融资金额以实际发生为准。"),
        ("p", "启衡试剂拟向沣泰银行股份有限公司申请人民币8,000万元流动资金贷款，公司为上述贷款提供连带责任保证担保，担保期限为主债务履行期届满之日起三年。截至本公告披露日，公司对控股子公司的担保余额为人民币6,000万元，无逾期担保。"),
        ("h", "六、2025年度日常关联交易预计"),
        ("p", "公司董事刘承宇先生同时担任瑞鑫生命科学控股有限公司非执行董事，根据相关规定，瑞鑫生命科学控股有限公司及其子公司为公司关联方。公司预计2025年度与其发生的日常关联交易如下（单位：人民币万元）："),
        ("table", (56, 44, 25, 25, 20), [
            ("关联人", "关联交易类别", "2025年度预计金额", "2024年度实际发生金额", "占同类业务比例"),
            ("瑞鑫生命科学控股有限公司及其子公司", "向关联人采购仪器设备及耗材", "8,500.00", "6,127.43", "18.62%"),
            ("合计", "-", "8,500.00", "6,127.43", "-"),
        ]),
        ("p", "上述关联交易均按照市场价格定价，公司与关联方之间的采购行为遵循公平、公正的原则，不会对公司独立性产生影响。"),
        ("h", "七、保荐机构核查意见"),
        ("p", "经核查，保荐机构海岳证券股份有限公司认为：澄江生物本次向控股子公司增资暨关联交易及2025年度日常关联交易预计事项已经公司董事会审议通过，关联董事已回避表决，决策程序符合相关规定，保荐机构对上述事项无异议。"),
        ("p", "特此公告。"),
        ("p", "澄江生物科技股份有限公司董事会\n2025年3月26日"),
    ],
]

# ---------------------------------------------------------------------------
# 04 - HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC04 = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部份內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("space", 3),
        ("title", "瑞鑫生命科學控股有限公司\nRUIXIN LIFE SCIENCES HOLDINGS LIMITED"),
        ("center", "（於開曼群島註冊成立之有限公司）\n（股份代號：2817）"),
        ("space", 3),
        ("title", "須予披露交易\n收購蘇州明遠儀器有限公司70%股權\n及\n認購蘇州華嶼創業投資合夥企業（有限合夥）之有限合夥權益"),
        ("h", "收購事項"),
        ("p", "董事會欣然宣佈，於2025年3月18日（交易時段後），買方與賣方訂立收購協議，據此，瑞鑫儀器（深圳）有限公司有條件同意收購而賣方有條件同意出售蘇州明遠儀器有限公司70%股權，總代價為人民幣336,000,000元。"),
        ("h", "認購事項"),
        ("p", "董事會亦宣佈，於同日，本公司與華嶼基金之普通合夥人訂立認購協議，據此瑞鑫生命科學同意以人民幣150,000,000元認購蘇州華嶼創業投資合夥企業（有限合夥）之有限合夥權益，佔基金認繳出資總額約18.75%。"),
        ("h", "上市規則涵義"),
        ("p", "由於收購事項之一項或多項適用百分比率（定義見上市規則第14.07條）超過5%但均低於25%，故收購事項構成本公司之須予披露交易，須遵守上市規則第十四章項下之申報及公告規定，惟獲豁免遵守股東批准規定。認購事項之各項適用百分比率均低於5%，本公司自願作出披露。"),
    ],
    [
        ("h", "收購協議"),
        ("p", "日期：2025年3月18日"),
        ("p", "訂約方：(i) 買方；及 (ii) 賣方，即周遠航先生及陳靜女士，合共持有目標公司全部股權。據董事作出一切合理查詢後所深知、盡悉及確信，賣方均為獨立於本公司及其關連人士之第三方。"),
        ("p", "代價及支付方式：總代價人民幣336,000,000元將分三期以現金支付：(i) 30%於簽署收購協議後十個營業日內支付；(ii) 50%於完成時支付；及 (iii) 餘下20%於目標公司2025年度經審核純利不少於人民幣40,000,000元後支付。"),
        ("p", "代價基準：代價乃經訂約方公平磋商後釐定，並已參考獨立估值師仲衡評估有限公司採用市場法對蘇州明遠儀器全部股權於2024年12月31日之估值人民幣492,000,000元。估值所採用之可比公司包括Granite Peak Scientific Corporation、Albula Instruments AG及Daeryun Scientific Co., Ltd.。"),
        ("p", "資金來源：代價將以本集團內部資源及銀行借款支付。灃泰銀行股份有限公司香港分行已於2025年3月14日同意向瑞鑫生命科學提供港幣250,000,000元之三年期定期貸款融資。"),
        ("h", "有關目標公司之資料"),
        ("p", "目標公司於2014年於中國江蘇省蘇州市成立，主要從事自動化移液工作站及AI視覺細胞計數儀之研發、生產及銷售，其AI視覺模組可自動識別細胞形態並即時調整移液參數。"),
        ("p", "蘇州明遠儀器之前五大客戶包括澄江生物科技股份有限公司，截至2024年12月31日止年度向澄江生物之銷售額約為人民幣48,700,000元。"),
        ("p", "蘇州明遠儀器之核心液路模組主要向韓國Daeryun Scientific Co., Ltd.採購。"),
        ("p", "目標公司按中國會計準則編製之主要財務資料如下（人民幣千元）："),
        ("table", (70, 50, 50), [
            ("項目", "截至2024年12月31日止年度", "截至2023年12月31日止年度"),
            ("收益", "218,406", "176,935"),
            ("除稅前溢利", "41,873", "30,112"),
            ("除稅後溢利", "35,592", "25,595"),
            ("資產淨值", "152,760", "117,168"),
        ]),
        ("p", "完成後，蘇州明遠儀器將成為瑞鑫生命科學之間接非全資附屬公司，其財務業績將併入本集團之綜合財務報表。"),
    ],
    [
        ("h", "有關華嶼基金之資料"),
        ("p", "華嶼基金為一間於中國成立之有限合夥企業，主要投資於生命科學工具、試劑及AI藥物研發相關企業，基金認繳出資總額為人民幣800,000,000元，存續期為七年。本公司作為有限合夥人，不參與基金之日常管理及投資決策。"),
        ("h", "進行交易之理由及裨益"),
        ("p", "本集團主要從事實驗室儀器、試劑及耗材之研發、生產及分銷。收購事項將使本集團取得自動化移液及AI視覺技術，補足本集團現有產品線。本公司與Albula Instruments AG已於2024年訂立戰略合作協議，雙方共同開發針對中國市場之AI輔助細胞培養平台。董事認為，認購事項將使本集團更早接觸國內生命科學工具領域之新興企業。"),
        ("p", "嘉泓融資有限公司擔任瑞鑫生命科學有關收購事項之財務顧問。"),
        ("p", "董事（包括獨立非執行董事）認為，收購協議及認購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
        ("h", "釋義"),
        ("table", (30, 10, 130), [
            ("詞彙", "", "涵義"),
            ("「本公司」或「瑞鑫生命科學」", "指", "瑞鑫生命科學控股有限公司，於開曼群島註冊成立之有限公司，其股份於聯交所主板上市（股份代號：2817）"),
            ("「買方」", "指", "瑞鑫儀器（深圳）有限公司，一間於中國成立之有限公司，為瑞鑫生命科學控股有限公司之全資附屬公司"),
            ("「目標公司」或「蘇州明遠儀器」", "指", "蘇州明遠儀器有限公司，一間於中國成立之有限公司"),
            ("「華嶼基金」", "指", "蘇州華嶼創業投資合夥企業（有限合夥），一間於中國成立之有限合夥企業"),
            ("「賣方」", "指", "周遠航先生及陳靜女士"),
        ]),
        ("p", "承董事會命\n瑞鑫生命科學控股有限公司\n主席\n何永鑫"),
        ("p", "香港，2025年3月18日"),
        ("small", "於本公告日期，董事會包括執行董事何永鑫先生、梁翠儀女士及蔡志明先生；非執行董事劉承宇先生；以及獨立非執行董事黃國棟先生、鄭慧敏女士及馬家豪先生。"),
    ],
]

# ---------------------------------------------------------------------------
# 05 - Swiss annual report excerpt (English)
# ---------------------------------------------------------------------------
DOC05 = [
    [
        ("title", "Albula Instruments AG\nAnnual Report 2024"),
        ("center", "Management Report and Notes to the Consolidated Financial Statements (excerpt)\nSIX Swiss Exchange: ALBN"),
        ("h", "Business review"),
        ("p", "Albula Instruments AG and its subsidiaries (the Group) develop and manufacture automated cell-culture workcells, precision dispense heads and reagents for life-science research. Net sales rose 9.7% to CHF 612.4 million in 2024, or 11.2% in local currencies. Demand was led by contract research organisations and by AI-first drug discovery companies, which increasingly buy complete workcells rather than individual instruments."),
        ("p", "The CellDeck platform, which combines our incubators, handlers and the Albula Sense image-analysis software, accounted for 38% of instrument orders. Albula Sense now ships with machine-learning models that classify cell morphology and adjust feeding schedules automatically; customers can retrain the models on their own data inside the workcell without data leaving their premises."),
        ("p", "Our largest automation order of the year came from Tessellate Labs, Inc. of Boston, which bought 42 Albula CellDeck workcells for CHF 31.4 million to equip its autonomous assay laboratory. Deliveries began in the third quarter and will be completed in the first half of 2025."),
        ("p", "Under an OEM agreement signed in 2023, Albula supplies precision dispense heads to Kesari Labware Private Limited in Pune, which integrates them into its benchtop liquid handlers for the Indian market. OEM sales grew by 24% in the year."),
        ("h", "Reagents segment"),
        ("p", "Seeland Reagents AG renewed its three-year agreement to supply LC-MS calibration standards and sample-prep kits to Hanbit Bioanalytics Co., Ltd. in Korea. Seeland's largest new customer in Asia was Chengjiang Biotech Co., Ltd., which began buying Seeland's cell-culture media for its Suzhou biology platform. Segment sales reached CHF 118.9 million and the segment EBIT margin improved to 21.5%."),
        ("h", "Competition"),
        ("p", "Our principal competitors in automated liquid handling remain Granite Peak Scientific Corporation and Orrin BioSystems, Inc., and in Asia increasingly Daeryun Scientific Co., Ltd. Price pressure in China intensified in the second half, while in Europe and North America competition focuses on software and validated workflows."),
    ],
    [
        ("h", "Financial review"),
        ("p", "Operating profit (EBIT) increased to CHF 97.8 million, a margin of 16.0%. Free cash flow was CHF 64.1 million after capital expenditure of CHF 38.2 million, mainly for the new reagent plant in Biel/Bienne."),
        ("p", "On 30 September 2024 the Group refinanced its bank debt with a CHF 150 million sustainability-linked term loan from Bank Reusstal AG, maturing in 2029. The margin is reduced by up to 7.5 basis points if the Group meets its targets for renewable electricity and reagent packaging waste. At year end net debt stood at CHF 104.6 million, or 0.8 times EBITDA."),
        ("h", "Note 16 - Financial investments"),
        ("p", "In March 2024 Albula committed USD 20 million as a limited partner to Larkspur Ridge Growth Fund III, L.P., a US venture fund focused on laboratory software and automation; USD 8.5 million had been called by 31 December 2024. The investment is measured at fair value through profit or loss based on the net asset value reported by the fund manager."),
        ("h", "Note 24 - Business combinations"),
        ("p", "On 1 July 2024 Albula acquired 100% of the shares of Thuner Optik AG, a developer of imaging optics for automated microscopy, for a cash consideration of CHF 42.5 million. Goodwill of CHF 19.3 million arises mainly from the workforce and expected synergies with the CellDeck imaging module. Since acquisition Thuner Optik contributed net sales of CHF 6.1 million and an operating loss of CHF 0.7 million."),
        ("h", "Note 29 - Contingent liabilities"),
        ("p", "In May 2024 Albula and Orrin BioSystems, Inc. settled their dispute over dispense-head patents without any payment by either party; the settlement does not include a licence. No provision was required at 31 December 2024."),
        ("h", "Note 31 - Events after the balance sheet date"),
        ("p", "No events occurred between 31 December 2024 and the approval of these consolidated financial statements by the Board of Directors on 4 March 2025 that would require adjustment or disclosure."),
    ],
    [
        ("h", "Note 32 - Principal group companies"),
        ("table", (52, 42, 36, 20, 20), [
            ("Company", "Domicile", "Activity", "Share capital", "Interest"),
            ("Albula Instruments AG", "Chur, Switzerland", "Holding, instruments", "CHF 12.0 m", "Parent"),
            ("Seeland Reagents AG", "Biel/Bienne, Switzerland", "Reagents and consumables", "CHF 5.0 m", "100%"),
            ("Thuner Optik AG", "Thun, Switzerland", "Imaging optics", "CHF 0.5 m", "100%"),
        ]),
        ("h", "Significant shareholders"),
        ("p", "According to disclosures received under the Financial Market Infrastructure Act, the following shareholders held more than 3% of the voting rights of Albula Instruments AG at 31 December 2024:"),
        ("table", (110, 60), [
            ("Shareholder", "Voting rights"),
            ("Caflisch family shareholder group", "21.40%"),
            ("Engadin Life Science Ventures AG", "8.12%"),
        ]),
        ("h", "Corporate governance (excerpt)"),
        ("p", "The Board of Directors consists of seven members, five of whom are independent. The Audit Committee met six times in 2024 and reviewed the Group's exposure to customers in China and Korea, the accounting for the Thuner Optik acquisition and the valuation of the fund investment."),
        ("h", "Statutory auditor"),
        ("p", "Treuhand Salis AG, Zurich, audited the consolidated financial statements of Albula Instruments AG for the year ended 31 December 2024. The lead auditor has been responsible for the mandate since 2021. Audit fees for the Group amounted to CHF 0.9 million."),
        ("small", "This excerpt does not contain all information included in the Annual Report 2024. The full report, including the auditor's report, is available at the company's website."),
    ],
]


def build():
    tmp = tempfile.mkdtemp(prefix="fresh115_fonts_")
    try:
        sc = os.path.join(tmp, "NotoSansSC-subset.ttf")
        tc = os.path.join(tmp, "NotoSansTC-subset.ttf")
        make_cjk_font(2, all_text(DOC03), sc)
        make_cjk_font(3, all_text(DOC04), tc)

        pdf = Doc("NotoSC", "- {n} -")
        pdf.add_font("NotoSC", "", sc)
        render(pdf, DOC03, body_size=10)
        pdf.output(os.path.join(HERE, "03_Chengjiang_A-share-announcement.pdf"))

        pdf = Doc("NotoTC", "- {n} -")
        pdf.add_font("NotoTC", "", tc)
        render(pdf, DOC04, body_size=10)
        pdf.output(os.path.join(HERE, "04_Ruixin_HKEX-announcement.pdf"))

        pdf = Doc("Helvetica", "Albula Instruments AG - Annual Report 2024 - page {n}")
        render(pdf, DOC05, body_size=9.5)
        pdf.output(os.path.join(HERE, "05_Albula_annual-report.pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    build()
    print("built 03, 04, 05")
