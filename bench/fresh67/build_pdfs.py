"""Write the three PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses the core Helvetica font and is wrapped at spaces by multi_cell.
Chinese text uses Noto Sans CJK (SC face for Simplified, TC face for Traditional).
The CFF-based face is taken out of the .ttc with fontTools, subset to the characters
used, converted to TrueType outlines (cu2qu) and saved as a .ttf in a temporary
directory that is deleted afterwards. Chinese lines are broken only after a full stop.
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
FACE_SC = 2
FACE_TC = 3
FULL_STOP = "\u3002"

# ---------------------------------------------------------------------------
# 01: Huixiang Group Holdings Limited, Form 20-F excerpt (English)
# Blocks: (kind, text); kinds: title, h1, h2, p, row, small, break
# ---------------------------------------------------------------------------
DOC01 = [
    ("title", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION"),
    ("small", "Washington, D.C. 20549"),
    ("title", "FORM 20-F"),
    ("small", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"),
    ("small", "For the fiscal year ended December 31, 2024. Commission file number: 001-39874"),
    ("title", "HUIXIANG GROUP HOLDINGS LIMITED"),
    ("small", "(Exact name of Registrant as specified in its charter) - Cayman Islands"),
    ("small", "American depositary shares, each representing four Class A ordinary shares, par value "
              "US$0.00001 per share. Trading symbol: HXGH. The Nasdaq Global Select Market."),
    ("small", "[Excerpt: Forward-Looking Statements; Item 3.D; Item 4.B; Item 5.A; Item 7.B; Item 16C; "
              "Signatures. Page numbers of the original filing are omitted.]"),
    ("h1", "FORWARD-LOOKING STATEMENTS"),
    ("p", "This annual report contains forward-looking statements that involve risks and uncertainties. "
          "All statements other than statements of historical facts are forward-looking statements. "
          "These statements are made under the \"safe harbor\" provisions of the U.S. Private Securities "
          "Litigation Reform Act of 1995. You can identify these forward-looking statements by terminology "
          "such as \"may,\" \"will,\" \"expect,\" \"anticipate,\" \"aim,\" \"estimate,\" \"intend,\" "
          "\"plan,\" \"believe,\" \"is/are likely to\" or other similar expressions. We undertake no "
          "obligation to update or revise any forward-looking statements, except as required under "
          "applicable law."),
    ("h1", "ITEM 3. KEY INFORMATION"),
    ("h2", "D. Risk Factors (excerpt)"),
    ("p", "Our cloud business faces intense competition, and we may not be able to maintain or grow "
          "our market share. Our cloud business competes with Tianmu Cloud and with the cloud divisions "
          "of other internet groups such as Qianfeng Group. Some of our competitors have longer operating "
          "histories, larger enterprise customer bases and greater financial resources, and price "
          "reductions for AI inference services in 2024 have put pressure on our margins."),
    ("p", "We depend on a limited number of suppliers for AI accelerators. Export control measures "
          "adopted by the United States have restricted our access to certain advanced GPUs, and we have "
          "increasingly relied on domestically designed inference cards. Any disruption in the supply of "
          "these products, or any failure of these products to perform as expected, could materially and "
          "adversely affect our cloud business."),
    ("p", "Our strategic investments in AI start-ups may not generate the returns we expect. Early-stage "
          "model developers incur substantial losses, and the value of our equity interests could be "
          "impaired if they fail to raise further capital or to commercialize their models."),
    ("h1", "ITEM 4. INFORMATION ON THE COMPANY"),
    ("h2", "B. Business Overview"),
    ("p", "We operate Huixiang, a leading social commerce platform in China, with 412 million annual "
          "active consumers and 8.6 million active merchants in 2024. Our businesses consist of social "
          "commerce, marketing services, and cloud and AI."),
    ("p", "Cloud and AI. Huixiang Cloud Computing Co., Ltd., or Huixiang Cloud, is a wholly-owned "
          "subsidiary through which we operate our cloud business. Huixiang Cloud offers computing, "
          "storage, database and model-hosting services to merchants, enterprises and AI developers. In "
          "2024, revenues from cloud and AI reached RMB9,840 million, an increase of 27% year over year, "
          "driven primarily by demand for GPU capacity from model developers."),
    ("p", "In 2024, Huixiang Cloud purchased domestically designed inference accelerator cards from "
          "Lixin Semiconductor Co., Ltd., a STAR Market-listed chip designer, for an aggregate "
          "consideration of RMB356.0 million. Huixiang Cloud also leases data-centre space and power in "
          "Ulanqab and Wuhu from Zhongyuan Digital Port Technology Co., Ltd. under leases expiring between "
          "2027 and 2030."),
    ("p", "In October 2024, we entered into a strategic cooperation agreement with Huacheng Automobile "
          "Co., Ltd. to bring in-vehicle shopping and payment services to Huacheng's connected vehicles. "
          "The agreement does not provide for any minimum purchase or revenue commitment."),
    ("break", ""),
    ("p", "Strategic investments. We invest selectively in companies that complement our ecosystem. In "
          "March 2024, we led the RMB1.2 billion Series B financing of Beijing Xingyan Intelligence "
          "Technology Co., Ltd., or Xingyan, a developer of large language models, and contributed "
          "RMB600 million in cash. We also hold a 6.8% equity interest in Bochuan Information Technology "
          "Co., Ltd. (SZSE: 300817), a provider of merchant operation and data services, through a "
          "wholly-owned subsidiary."),
    ("p", "We are aware of market speculation that we intend to acquire Aoyue Technology Holdings "
          "Limited. We have not entered into any discussions or agreements regarding such a transaction."),
    ("h1", "ITEM 5. OPERATING AND FINANCIAL REVIEW AND PROSPECTS"),
    ("h2", "A. Operating Results (excerpt)"),
    ("p", "The following table sets forth our revenues by segment for the periods indicated."),
    ("row", "Revenues by segment (RMB in millions) 2023 2024"),
    ("row", "Social commerce 61,204 64,870"),
    ("row", "Marketing services 22,410 24,105"),
    ("row", "Cloud and AI 7,748 9,840"),
    ("row", "Total revenues 91,362 98,815"),
    ("p", "Equity investments. As of December 31, 2024, we held approximately 15.4% of the equity "
          "interest in Xingyan, which we account for as an equity investment without readily determinable "
          "fair value. We recognized no impairment or upward adjustment in respect of this investment in "
          "2024, as there was no observable price change for an identical or similar security during the "
          "year."),
    ("p", "Cost of revenues increased by 9.1% to RMB40,215 million in 2024, mainly due to higher "
          "depreciation of servers and accelerators and higher bandwidth and data-centre costs associated "
          "with the growth of our cloud business."),
    ("h1", "ITEM 7. MAJOR SHAREHOLDERS AND RELATED PARTY TRANSACTIONS"),
    ("h2", "B. Related Party Transactions"),
    ("p", "Transactions with Xingyan. Xingyan is considered a related party because our Chief Technology "
          "Officer, Mr. Zhou Hanlin, serves on Xingyan's board of directors. Huixiang Cloud provides GPU "
          "computing capacity, storage and model-hosting services to Xingyan under a three-year framework "
          "agreement entered into in April 2024, and revenues from Xingyan amounted to RMB412.5 million in "
          "2024. As of December 31, 2024, amounts due from Xingyan were RMB96.3 million, which were "
          "unsecured and repayable on demand."),
    ("row", "For the year ended December 31 (RMB in millions) 2023 2024"),
    ("row", "Cloud services provided to Xingyan 38.2 412.5"),
    ("row", "Amounts due from Xingyan at year end 4.1 96.3"),
    ("p", "Other related party transactions. Other than as described above, there were no transactions "
          "with related parties during 2024 that were material to us or to the related party."),
    ("h1", "ITEM 16C. PRINCIPAL ACCOUNTANT FEES AND SERVICES"),
    ("p", "Hengxin Zhonghua CPA LLP, an independent registered public accounting firm, has audited the "
          "consolidated financial statements of Huixiang Group Holdings Limited for the fiscal years ended "
          "December 31, 2023 and 2024. Audit fees billed for 2024 amounted to RMB32.6 million, and no "
          "tax or other non-audit services were provided."),
    ("h1", "SIGNATURES"),
    ("p", "The registrant hereby certifies that it meets all of the requirements for filing on Form 20-F "
          "and that it has duly caused and authorized the undersigned to sign this annual report on its "
          "behalf."),
    ("small", "HUIXIANG GROUP HOLDINGS LIMITED"),
    ("small", "By: /s/ Chen Yiran    Name: Chen Yiran    Title: Chairman and Chief Executive Officer"),
    ("small", "Date: April 24, 2025"),
]

# ---------------------------------------------------------------------------
# 02: Aoyue Technology Holdings Limited, HKEX discloseable transaction (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC02 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。"
              "對其準確性或完整性亦不發表任何聲明。"
              "並明確表示概不就因本公告全部或任何部分內容而產生之任何損失承擔任何責任。"),
    ("title", "AOYUE TECHNOLOGY HOLDINGS LIMITED"),
    ("title", "遨閱科技控股有限公司"),
    ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2619）"),
    ("title", "須予披露交易"),
    ("title", "認購北京星衍智能科技股份有限公司新股份"),
    ("h1", "認購事項"),
    ("p", "董事會宣佈，於2025年6月18日（交易時段後），本公司與目標公司訂立認購協議。"
          "本公司同意以總代價人民幣320,000,000元認購目標公司8,000,000股新股份。"
          "代價將以本集團內部資源以現金支付。"),
    ("h1", "上市規則之涵義"),
    ("p", "由於認購事項之一項或多項適用百分比率超過5%但全部低於25%，故認購事項構成本公司之須予披露交易。"
          "因此須遵守上市規則第14章之申報及公告規定，惟獲豁免遵守股東批准規定。"),
    ("h1", "認購協議"),
    ("p", "日期：2025年6月18日。"
          "訂約方：(1)本公司（作為認購方）；(2)目標公司（作為發行方）。"),
    ("p", "就董事作出一切合理查詢後所深知，目標公司及其最終實益擁有人均為獨立第三方。"),
    ("p", "認購股份：8,000,000股新股份，佔目標公司經擴大後已發行股本約4.2%。"
          "認購價：每股認購股份人民幣40.00元。"),
    ("p", "代價基準：代價乃經訂約方公平磋商後釐定。"
          "訂約方已參考目標公司最近一輪融資估值、商業化進展及可比公司估值。"),
    ("p", "先決條件：目標公司股東大會已批准發行認購股份。"
          "目標公司已完成所需之市場監督管理部門備案。"
          "目標公司之聲明及保證於完成時在各重大方面仍屬真實準確。"),
    ("p", "完成：完成將於所有先決條件獲達成後第十個營業日落實。"
          "緊隨完成後，本公司將持有目標公司經擴大後已發行股本約4.2%。"
          "目標公司將不會成為本公司之附屬公司，其業績不會併入本集團之綜合財務報表。"),
    ("h1", "同期融資"),
    ("p", "目標公司正進行C輪融資，合共發行75,000,000股新股份，募集資金總額為人民幣30億元。"
          "本輪融資由上海申江人工智能產業投資基金合夥企業（有限合夥）領投，認購金額為人民幣8億元。"
          "目標公司現有股東匯象集團控股有限公司亦追加認購人民幣5億元。"
          "礪芯半導體股份有限公司以人民幣1億元參與本輪融資。"),
    ("p", "下表載列目標公司於緊接完成前及緊隨完成後之主要股權架構。"),
    ("row", "股東名稱　完成前　完成後"),
    ("row", "匯象集團控股有限公司　15.4%　15.9%"),
    ("row", "上海申江人工智能產業投資基金合夥企業（有限合夥）　－　10.5%"),
    ("row", "華騁智行投資有限公司　5.1%　3.1%"),
    ("row", "本公司　－　4.2%"),
    ("row", "礪芯半導體股份有限公司　－　1.3%"),
    ("row", "創始人、員工持股平台及其他股東　79.5%　65.0%"),
    ("h1", "有關目標公司之資料"),
    ("p", "目標公司為一家於中國註冊成立之股份有限公司，主要從事通用大模型「天衍」之研發及商業化。"
          "目標公司之客戶涵蓋汽車、金融、電商及政務等行業。"
          "目標公司之主要競爭對手包括深海模型及藍鯨智能等國內大模型企業。"),
    ("p", "目標公司截至2023年及2024年12月31日止年度之經審核財務資料如下。"),
    ("row", "人民幣千元　2023年度　2024年度"),
    ("row", "收入　186,420　612,380"),
    ("row", "除稅前虧損　(1,204,510)　(1,486,220)"),
    ("row", "除稅後虧損　(1,204,510)　(1,486,220)"),
    ("p", "於2024年12月31日，目標公司之經審核資產淨值約為人民幣36.2億元。"),
    ("h1", "進行認購事項之理由及裨益"),
    ("p", "本集團主要從事營運社交內容平台及數字娛樂業務。"
          "董事認為，大模型技術將深刻改變內容生產及分發方式。"
          "本公司與目標公司同日訂立戰略合作框架協議，雙方將於內容智能生成及智能客服領域開展合作。"
          "董事認為認購協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("p", "本公司注意到有媒體報導指匯象集團擬收購本公司股份。"
          "董事會確認並不知悉任何有關事宜。"),
    ("h1", "財務顧問"),
    ("p", "澄海融資有限公司已獲委任為本公司有關認購事項之財務顧問。"),
    ("h1", "釋義"),
    ("row", "「本公司」　指遨閱科技控股有限公司，其股份於聯交所主板上市"),
    ("row", "「目標公司」　指北京星衍智能科技股份有限公司"),
    ("row", "「申江基金」　指上海申江人工智能產業投資基金合夥企業（有限合夥）"),
    ("row", "「上市規則」　指聯交所證券上市規則"),
    ("row", "「聯交所」　指香港聯合交易所有限公司"),
    ("small", "承董事會命　遨閱科技控股有限公司　主席　林子謙"),
    ("small", "香港，2025年6月18日"),
    ("small", "於本公告日期，董事會包括執行董事林子謙先生、方雨婷女士及何嘉琪先生。"
              "非執行董事歐陽睿先生。"
              "獨立非執行董事曾慧敏女士、梁志傑先生及徐青山博士。"),
]

# ---------------------------------------------------------------------------
# 07: Mingchuan Securities research note on Lixin Semiconductor (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC07 = [
    ("small", "明川证券研究所　公司研究　首次覆盖报告　2025年7月8日"),
    ("title", "砺芯半导体（688652.SH）"),
    ("title", "推理卡放量在即，深度绑定云厂商与大模型客户"),
    ("small", "投资评级：买入（首次）　目标价：86.40元　当前股价：68.15元"),
    ("small", "分析师：许慕安　执业证书编号：S0910521080002"),
    ("small", "分析师：邵听澜　执业证书编号：S0910523060004"),
    ("h1", "核心观点"),
    ("p", "公司是国内领先的人工智能推理芯片设计企业，主力产品LX-90推理卡已在云厂商实现规模部署。"
          "我们预计公司2025-2027年营业收入分别为14.6亿元、23.8亿元、34.1亿元。"
          "对应归母净利润分别为0.62亿元、3.15亿元、5.92亿元，首次覆盖给予“买入”评级。"),
    ("h1", "一、行业：推理需求增速超越训练，国产替代加速"),
    ("p", "大模型应用进入规模化落地阶段，推理算力需求增速已明显快于训练算力。"
          "我们测算2025年国内AI推理加速卡市场规模约为420亿元，同比增长约75%。"
          "受海外先进芯片出口管制影响，国内云厂商正加快导入国产推理芯片。"),
    ("p", "国产推理卡在软件生态、集群互联等方面仍与海外产品存在差距，但在单位推理成本上已具备竞争力。"
          "目前国内推理芯片市场的主要参与者包括砺芯半导体、坤睿微电子和天算科技等。"
          "我们预计2027年国产推理芯片在国内云厂商新增采购中的占比有望超过50%。"),
    ("p", "公司成立于2018年，核心团队来自国内外知名芯片企业，研发人员占比超过70%。"
          "2024年公司研发投入4.86亿元，占营业收入的56.3%。"),
    ("h1", "二、云厂商需求爆发，大客户贡献主要增量"),
    ("p", "汇象云为公司第一大客户，2024年向公司采购推理卡约3.56亿元，占公司营收的41.2%。"
          "汇象云在二季度业绩会上表示，当季新增推理算力中约三分之一采用LX-90。"
          "我们判断2025年该客户采购额有望翻倍。"),
    ("p", "公司LX-90推理卡已批量供应星衍智能，2024年相关销售收入约2.1亿元。"
          "星衍智能是国内头部大模型创业公司之一，其推理集群的国产芯片适配进度领先同业。"
          "来自头部大模型企业的验证有助于公司拓展更多行业客户。"),
    ("h1", "三、车规芯片打开第二增长曲线"),
    ("p", "公司车规级芯片LX-A20已于2025年一季度开始向华骋汽车小批量供货。"
          "LX-A20主要用于智能座舱端侧大模型推理，单车价值量约800元。"
          "我们预计2026年车规芯片收入有望突破3亿元。"),
    ("h1", "四、供应链与股东背景"),
    ("p", "公司采用Fabless模式，芯片由永芯晶圆制造有限公司代工生产。"
          "封装测试委托国内专业厂商完成，12nm产能已锁定至2026年底。"),
    ("p", "公司第二大股东为上海申江国有资本投资运营有限公司，持股比例为9.3%。"
          "2025年3月，江海银行向公司提供了5亿元三年期项目贷款，用于新一代推理芯片研发。"),
    ("h1", "五、盈利预测与估值"),
    ("row", "指标　2023A　2024A　2025E　2026E　2027E"),
    ("row", "营业收入（亿元）　3.92　8.64　14.60　23.80　34.10"),
    ("row", "同比增速　85.6%　120.4%　69.0%　63.0%　43.3%"),
    ("row", "归母净利润（亿元）　-2.84　-1.17　0.62　3.15　5.92"),
    ("row", "EPS（元）　-0.71　-0.29　0.15　0.79　1.48"),
    ("row", "PE（倍）　-　-　454.3　86.3　46.0"),
    ("p", "公司尚处于盈利拐点附近，我们采用PS估值法。"
          "我们选取坤睿微电子、天算科技作为砺芯半导体的可比公司。"
          "可比公司2026年平均PS为16.2倍。"
          "考虑到公司客户集中度较高，给予公司2026年14.5倍PS，对应目标价86.40元。"),
    ("p", "市场传闻坤睿微电子正在争取汇象云下一批推理卡订单，我们认为短期替代风险有限。"
          "公司软件栈与客户推理框架已深度适配，切换成本较高。"),
    ("break", ""),
    ("h1", "六、风险提示"),
    ("p", "客户集中度较高的风险：公司前两大客户收入占比超过60%。"
          "若主要客户转向自研芯片或其他供应商，公司收入可能受到较大影响。"
          "此外还存在先进制程产能受限、车规芯片认证不及预期及行业竞争加剧的风险。"),
    ("h1", "分析师声明与免责声明"),
    ("small", "作者具有中国证券业协会授予的证券投资咨询执业资格，保证报告所采用的数据均来自合规渠道。"
              "本报告仅供明川证券股份有限公司的客户使用。"
              "本公司不会因接收人收到本报告而视其为客户。"
              "买入评级指未来6个月内公司股价相对沪深300指数涨幅超过15%。"
              "本报告中的信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。"),
]

CJK_SIZES = {"title": 13, "h1": 10.5, "h2": 10, "p": 9, "row": 9, "small": 8}
EN_SIZES = {"title": 13, "h1": 10.5, "h2": 10, "p": 9.5, "row": 9.5, "small": 8.5}


def cjk_font(face, text, folder, name):
    """Extract one face of the .ttc, subset it to text and save it with TrueType outlines."""
    font = TTCollection(TTC).fonts[face]
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for glyph_name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[glyph_name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[glyph_name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    path = os.path.join(folder, name + ".ttf")
    font.save(path)
    return path


def all_text(blocks):
    return "".join(text for _, text in blocks)


def new_pdf(title):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title(title)
    pdf.set_author("fresh67 evaluation set")
    pdf.add_page()
    return pdf


def cjk_lines(pdf, text):
    """Pack whole sentences into lines; a line may only end after a full stop."""
    width = pdf.w - pdf.l_margin - pdf.r_margin
    sentences = [s + FULL_STOP for s in text.split(FULL_STOP)[:-1]]
    rest = text.split(FULL_STOP)[-1]
    if rest:
        sentences.append(rest)
    lines = []
    current = ""
    for sentence in sentences:
        if pdf.get_string_width(sentence) > width:
            raise ValueError("sentence too long for one line: " + sentence)
        if pdf.get_string_width(current + sentence) > width:
            lines.append(current)
            current = sentence
        else:
            current += sentence
    if current:
        lines.append(current)
    return lines


def write_cjk(blocks, font_path, out_name, title):
    pdf = new_pdf(title)
    pdf.add_font("cjk", "", font_path)
    for kind, text in blocks:
        if kind == "break":
            pdf.add_page()
            continue
        size = CJK_SIZES[kind]
        pdf.set_font("cjk", size=size)
        if kind in ("title", "h1", "h2"):
            pdf.ln(2)
        for line in cjk_lines(pdf, text):
            align = "C" if kind == "title" else "L"
            pdf.cell(0, size * 0.55, line, new_x="LMARGIN", new_y="NEXT", align=align)
        if kind == "p":
            pdf.ln(1.5)
    pdf.output(os.path.join(HERE, out_name))


def write_english(blocks, out_name, title):
    pdf = new_pdf(title)
    for kind, text in blocks:
        if kind == "break":
            pdf.add_page()
            continue
        size = EN_SIZES[kind]
        style = "B" if kind in ("title", "h1", "h2") else ""
        pdf.set_font("Helvetica", style=style, size=size)
        if kind in ("title", "h1", "h2"):
            pdf.ln(2)
        align = "C" if kind == "title" else "L"
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align=align)
        if kind == "p":
            pdf.ln(1.5)
    pdf.output(os.path.join(HERE, out_name))


def main():
    write_english(DOC01, "01_Huixiang_Group_20F_excerpt.pdf",
                  "Huixiang Group Holdings Limited - Form 20-F (excerpt)")
    folder = tempfile.mkdtemp(prefix="fresh67_fonts_")
    try:
        tc_path = cjk_font(FACE_TC, all_text(DOC02), folder, "NotoSansCJKtc")
        write_cjk(DOC02, tc_path, "02_Aoyue_HKEX_subscription_announcement.pdf",
                  "遨閱科技 須予披露交易")
        sc_path = cjk_font(FACE_SC, all_text(DOC07), folder, "NotoSansCJKsc")
        write_cjk(DOC07, sc_path, "07_Mingchuan_Lixin_research_note.pdf",
                  "砺芯半导体 首次覆盖报告")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
