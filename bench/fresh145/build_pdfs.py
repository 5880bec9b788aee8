"""Build the three PDF documents of the fresh145 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses Noto Sans CJK. The system font is an OpenType collection with CFF
outlines, which fpdf2 cannot read, so one face is subset to the characters used,
converted to TrueType outlines and written to a temporary directory that is removed
after the PDFs are built. Turkish letters missing from Noto Sans CJK fall back to
DejaVu Sans.
"""

import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FACE_SC = 2
FACE_TC = 3

# ---------------------------------------------------------------------------
# Document content. Each document is a list of pages; each page is a list of blocks:
#   ("title", text) ("sub", text) ("small", text) ("h", text) ("h2", text) ("p", text)
#   ("table", widths, header_row, rows)   ("right", text)
# ---------------------------------------------------------------------------

LUSALAR = [
    [
        ("title", "Lusalar - Têxteis para o Lar, S.A."),
        ("sub", "Annual Report and Accounts 2024 (excerpt)"),
        ("small", "Euronext Lisbon: LSLR | Registered office: Rua da Ramada 214, "
                  "4810-445 Guimarães, Portugal | Share capital EUR 48,000,000 | "
                  "NIPC 503 118 402"),
        ("h", "1. Management Report - Business Review"),
        ("p", "2024 was the first year in which artificial intelligence changed how "
              "Lusalar designs, plans and sells. Consolidated revenue rose 6.8% to "
              "EUR 312.4 million, with bed linen accounting for 58% of sales, towels "
              "for 27% and duvets, pillows and toppers for the remainder. Exports "
              "represented 81% of revenue, led by Spain, France, the United Kingdom "
              "and Brazil. EBITDA increased to EUR 41.7 million, a margin of 13.3%, "
              "despite higher energy costs in the first half of the year."),
        ("p", "The Lusalar Fit programme, launched in 2023, now covers forecasting, "
              "design and sizing. In 2024 Lusalar paid EUR 2.1 million in licence "
              "and hosting fees to SomnaGrid, Inc., whose forecasting models now "
              "drive replenishment for 1,900 retail SKUs. Forecast error at SKU "
              "level fell from 34% to 21%, and finished-goods inventory at year end "
              "was EUR 9.3 million lower than a year earlier."),
        ("p", "On the design side, Lusalar Digital has partnered with Kalpaka "
              "Analytics Private Limited of Bengaluru to train generative models for "
              "jacquard and print design on Lusalar's archive of 60,000 patterns. "
              "Designers remain responsible for every collection, but the time from "
              "brief to sample has fallen from nine weeks to four. Selected designs "
              "from the archive-trained library are also licensed to manufacturers "
              "outside Europe."),
        ("p", "In Brazil, Lusalar Brasil began supplying AI-sized duvet ranges to "
              "Lojas Aconchego S.A., which rolled them out across 120 stores in the "
              "second half. The sizing engine recommends duvet weight and dimensions "
              "from the customer's mattress, climate zone and sleeping habits, and "
              "has reduced returns in that channel by a third."),
        ("p", "Our principal domestic competitors remain Têxteis Vale do Sousa, S.A. "
              "and Lençóis Atlânticos, Lda., both of which launched AI-personalised "
              "bedding lines during 2024. We believe our advantage lies in the depth "
              "of our design archive and in the integration of forecasting with our "
              "own weaving and finishing capacity in Guimarães and Barcelos."),
    ],
    [
        ("h", "2. Customers, Suppliers and Financing"),
        ("p", "The Group's customer base remains concentrated among European "
              "home-furnishing retailers. The table below shows the customers and "
              "suppliers that represented more than 5% of revenue or of purchases in "
              "2024."),
        ("h2", "Table 3 - Principal customers and suppliers, 2024"),
        ("table", (52, 24, 62, 42), (
            "Counterparty",
            "Country",
            "Relationship",
            "Share",
        ), [
            (
                "Casanova Casa & Hogar, S.L.",
                "Spain",
                "Customer - bed linen and towels",
                "14.2% of revenue",
            ),
            (
                "Maison Lévrier SAS",
                "France",
                "Customer - duvets and pillows",
                "8.9% of revenue",
            ),
            (
                "Fiação Alto Minho, Lda.",
                "Portugal",
                "Supplier - cotton and linen yarn",
                "11.6% of purchases",
            ),
        ]),
        ("p", "The design-copyright dispute between Casanova Casa & Hogar, S.L. and "
              "Têxteis Vale do Sousa, S.A. remains pending before the Madrid "
              "commercial court; the Group is not a party to these proceedings and "
              "does not expect them to affect its supply arrangements."),
        ("p", "On 18 June 2024 Banco Atlântico Norte, S.A. granted Lusalar a EUR 40 "
              "million sustainability-linked term loan maturing in 2031, with the "
              "margin tied to water intensity and to the share of recycled fibre in "
              "the Group's purchases. The proceeds were used to refinance EUR 28 "
              "million of commercial paper and to fund the new digital printing line "
              "in Barcelos. At 31 December 2024 net debt stood at EUR 86.5 million, "
              "or 2.1 times EBITDA."),
        ("p", "Capital expenditure totalled EUR 19.8 million, of which EUR 4.6 "
              "million related to data infrastructure, sensors in finishing lines "
              "and software development capitalised by Lusalar Digital. Working "
              "capital improved by EUR 11.2 million, mainly through lower "
              "inventories."),
    ],
    [
        ("h", "Notes to the Consolidated Financial Statements (extract)"),
        ("h2", "Note 14 - Subsidiaries and associates"),
        ("p", "The consolidated financial statements include the following entities "
              "at 31 December 2024. Subsidiaries are fully consolidated; associates "
              "are accounted for using the equity method."),
        ("table", (66, 34, 44, 16, 20), (
            "Entity",
            "Location",
            "Activity",
            "Holding",
            "Method",
        ), [
            (
                "Lusalar Digital, Unipessoal Lda.",
                "Braga, Portugal",
                "AI design and forecasting",
                "100.0%",
                "Subsidiary",
            ),
            (
                "Lusalar Brasil Comércio de Têxteis Ltda.",
                "São Paulo, Brazil",
                "Distribution",
                "99.8%",
                "Subsidiary",
            ),
            (
                "Espumas do Cávado, S.A.",
                "Barcelos, Portugal",
                "Foam and mattress toppers",
                "30.0%",
                "Associate",
            ),
        ]),
        ("p", "In March 2024 Lusalar subscribed a capital increase of EUR 6.5 "
              "million in Espumas do Cávado, S.A., taking its holding to 30.0%. The "
              "associate manufactures foam toppers and mattress pads sold under the "
              "Lusalar brand and contributed EUR 0.4 million to the Group's net "
              "result for the year."),
        ("h2", "Note 27 - Related party transactions"),
        ("p", "Transactions with associates are carried out on market terms. During "
              "the year Lusalar also granted Espumas do Cávado a shareholder loan of "
              "EUR 1.8 million, bearing interest at six-month Euribor plus 2.25% and "
              "repayable in 2028."),
        ("table", (58, 62, 30, 30), (
            "Related party",
            "Nature of transaction",
            "2024 EUR '000",
            "2023 EUR '000",
        ), [
            (
                "Espumas do Cávado, S.A.",
                "Purchases of toppers and pads",
                "3,412",
                "1,086",
            ),
            ("Key management personnel", "Remuneration", "2,140", "1,980"),
        ]),
        ("p", "No guarantees were given or received in respect of related-party "
              "balances, and no impairment was recognised on amounts owed by related "
              "parties."),
    ],
    [
        ("h", "Statutory Audit and Other Matters"),
        ("p", "The consolidated financial statements were audited by Ferreira Mota & "
              "Associados, SROC, Lda., statutory auditor of Lusalar - Têxteis para o "
              "Lar, S.A., whose report contains no reservations or emphasis of "
              "matter."),
        ("p", "In the fourth quarter the Board of Lusalar reviewed a proposal to "
              "acquire Algodoeira Minhota, S.A. and decided not to proceed after due "
              "diligence, having concluded that the expected synergies did not "
              "justify the price requested."),
        ("p", "Subsequent events: no events occurred after 31 December 2024 that "
              "would require adjustment to, or disclosure in, the consolidated "
              "financial statements."),
        ("h2", "Proposal for the appropriation of results"),
        ("p", "The Board proposes that the net profit of EUR 17,206,411 be "
              "appropriated as follows: EUR 860,321 to the legal reserve, EUR "
              "7,200,000 to dividends, equivalent to EUR 0.15 per share, and the "
              "remainder to retained earnings."),
        ("right", "Guimarães, 27 March 2025 - The Board of Directors"),
    ],
]

YUNMIAN = [
    [
        ("small", "证券代码：605389　　　　证券简称：云眠智能　　　　公告编号："
                  "2025-047"),
        ("title", "浙江云眠智能家居股份有限公司"),
        ("sub", "关于签订日常经营重大合同及全资子公司对外投资的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者"
              "重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "●合同类型及金额：日常经营性销售合同，总金额人民币2.38亿元（含税）；配"
              "套采购合同，总金额约人民币6,120万元（含税）。"),
        ("p", "●投资标的：宁波织梦纺织科技有限公司15%股权，投资金额人民币3,000万元。"),
        ("p", "●本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定"
              "的重大资产重组。"),
        ("p", "●风险提示：合同履行过程中可能存在因市场环境变化、客户需求调整等原因导"
              "致合同无法如期或全部履行的风险。"),
        ("h", "一、销售合同基本情况"),
        ("h2", "（一）合同签署情况"),
        ("p", "2025年9月5日，浙江云眠智能家居股份有限公司（以下简称“公司”或“云眠智能”"
              "）与锦眠控股有限公司签订《智能床架采购框架协议》。根据协议，云眠智能将"
              "于2025年10月至2027年9月期间向锦眠控股有限公司供应AI智能电动床架及配套"
              "睡眠监测模块，合同总金额为人民币2.38亿元（含税）。"),
        ("h2", "（二）合同对方当事人情况"),
        ("p", "锦眠控股有限公司于开曼群岛注册成立，其股份在香港上市（股份代号：1936）"
              "，主要从事床垫、床品及智能睡眠产品的零售与分销业务，在粤港澳大湾区拥有"
              "门店186家。锦眠控股有限公司与本公司及本公司控股股东、实际控制人、董事"
              "、监事及高级管理人员不存在关联关系。"),
        ("h2", "（三）审议程序"),
        ("p", "本合同属于公司日常经营性合同，根据《股票上市规则》及《公司章程》的相关"
              "规定，无需提交公司董事会或股东大会审议。"),
    ],
    [
        ("h", "二、配套采购合同情况"),
        ("p", "为保障上述合同的履行，公司于同日与眠纺科技股份有限公司签订《感测面料采"
              "购协议》，由眠纺科技向公司供应压力感测针织面料，采购总金额约为人民币"
              "6,120万元（含税）。"),
        ("p", "公司智能床架所用AI睡眠监测芯片主要由深圳芯眠微电子有限公司供应，2024年"
              "度采购金额为人民币4,870万元，占公司年度采购总额的9.6%。"),
        ("h", "三、全资子公司对外投资情况"),
        ("h2", "（一）投资概述"),
        ("p", "公司全资子公司杭州云眠算法科技有限公司拟以自有资金人民币3,000万元对宁"
              "波织梦纺织科技有限公司进行增资。"),
        ("p", "杭州云眠算法科技有限公司为云眠智能全资子公司，注册资本人民币5,000万元"
              "，主要从事睡眠算法及智能家居软件的研发。"),
        ("h2", "（二）投资标的基本情况"),
        ("p", "宁波织梦纺织科技有限公司成立于2020年，注册资本人民币4,250万元，主要从"
              "事AI花型设计及数码印花家纺面料的研发与生产，2024年度实现营业收入人民币"
              "1.86亿元，净利润人民币1,240万元。本次增资前后，标的公司股权结构如下："),
        ("table", (80, 50, 50), ("股东名称", "增资前持股比例", "增资后持股比例"), [
            ("陈晓岚", "70.00%", "59.50%"),
            ("周启明", "30.00%", "25.50%"),
            ("杭州云眠算法科技有限公司", "—", "15.00%"),
        ]),
    ],
    [
        ("h", "四、资金来源"),
        ("p", "本次对外投资及合同履约所需资金，部分来源于浙江甬丰商业银行股份有限公司"
              "向公司提供的人民币1.5亿元流动资金贷款，其余为公司自有资金。"),
        ("h", "五、对公司的影响及风险提示"),
        ("p", "上述合同的履行预计将对公司2026年度及2027年度经营业绩产生积极影响，公司"
              "不会因履行合同而对合同对方形成依赖。"),
        ("p", "国内同行业可比公司梦栖家居股份有限公司、安寐科技股份有限公司亦已推出AI"
              "智能床垫产品，市场竞争日趋激烈。"),
        ("p", "近期有媒体报道公司拟收购安寐科技股份有限公司，经核实，云眠智能未与安寐"
              "科技股份有限公司就股权收购事项进行任何接洽。敬请广大投资者注意投资风险"
              "。"),
        ("h", "六、中介机构意见"),
        ("p", "保荐机构华岳鼎信证券股份有限公司对云眠智能本次对外投资事项无异议。"),
        ("h", "七、备查文件"),
        ("p", "1.《智能床架采购框架协议》；2.《感测面料采购协议》；3.《增资协议》。"),
        ("p", "特此公告。"),
        ("right", "浙江云眠智能家居股份有限公司董事会"),
        ("right", "2025年9月6日"),
    ],
]

JINMIAN = [
    [
        ("title", "錦眠控股有限公司"),
        ("sub", "JINMIAN HOLDINGS LIMITED"),
        ("center", "（於開曼群島註冊成立之有限公司）"),
        ("center", "（股份代號：1936）"),
        ("sub", "須予披露交易"),
        ("center", "（1）收購睿枕科技股份有限公司60%股權；及"),
        ("center", "（2）根據一般授權認購新股份"),
        ("h", "收購事項"),
        ("p", "董事會欣然宣佈，於2025年9月18日（交易時段後），買方與賣方訂立買賣協議"
              "。買方錦眠（香港）家居貿易有限公司為錦眠控股有限公司之全資附屬公司。"),
        ("p", "根據買賣協議，錦眠（香港）家居貿易有限公司有條件同意收購而宏眠投資股份"
              "有限公司有條件同意出售睿枕科技股份有限公司60%股權，代價為新台幣"
              "420,000,000元。"),
        ("p", "於本公告日期，宏眠投資股份有限公司持有睿枕科技股份有限公司85%已發行股"
              "份。完成後，目標公司之財務業績將併入本集團之綜合財務報表。"),
        ("p", "代價將以本集團內部資源及滙峰銀行（香港）有限公司向錦眠（香港）家居貿易"
              "有限公司提供之港幣120,000,000元定期貸款支付。"),
        ("p", "代價乃經買方與賣方公平磋商後釐定，並已參考獨立估值師所評估目標公司全部"
              "股權於2025年6月30日之市值約新台幣7.3億元。"),
        ("h", "有關目標公司之資料"),
        ("p", "睿枕科技股份有限公司於2016年在台灣新竹成立，主要從事AI睡姿辨識枕頭感測"
              "模組及智能枕頭之研發、製造及銷售。"),
        ("p", "睿枕科技為浙江雲眠智能家居股份有限公司之智能枕頭感測模組供應商，截至"
              "2024年12月31日止年度，對其銷售額約佔睿枕科技營業收入之31%。"),
        ("p", "睿枕科技於台灣市場之主要競爭對手為寶織科技股份有限公司及夢棧科技股份有"
              "限公司。"),
        ("h2", "目標公司之財務資料（新台幣千元）"),
        ("table", (60, 60, 60), (
            "項目",
            "截至2023年12月31日止年度",
            "截至2024年12月31日止年度",
        ), [
            ("營業收入", "412,560", "538,930"),
            ("除稅前溢利", "48,210", "71,640"),
            ("除稅後溢利", "38,570", "57,310"),
        ]),
    ],
    [
        ("h", "認購事項"),
        ("p", "於2025年9月18日，本公司與認購人峻緯纖維股份有限公司訂立認購協議，據此"
              "峻緯纖維股份有限公司有條件同意認購48,000,000股認購股份，認購價為每股"
              "1.85港元，總認購價為88,800,000港元。"),
        ("p", "認購價較股份於認購協議日期之收市價每股2.04港元折讓約9.3%。"),
        ("p", "緊隨認購完成後，峻緯纖維將持有錦眠控股經擴大已發行股本約6.2%。"),
        ("p", "峻緯纖維為台灣上市公司，主要從事導電紗線及機能性纖維之生產。認購事項之"
              "所得款項淨額約87,900,000港元，擬用作支付部分收購代價及擴展大灣區智能睡"
              "眠體驗店。"),
        ("h", "進行收購事項及認購事項之理由及裨益"),
        ("p", "本集團主要於粵港澳大灣區從事床墊、床品及智能睡眠產品之零售及分銷。董事"
              "認為，收購事項將使本集團取得AI睡姿辨識之核心技術及台灣之研發團隊，並提"
              "升本集團自有品牌智能枕頭之毛利率。"),
        ("p", "錦眠控股已與土耳其Kavaklı Uyku Sistemleri A.Ş.訂立策略合作備忘錄，於大"
              "灣區共同推廣AI分區床墊及配套智能枕頭。"),
        ("p", "於訂立買賣協議前，錦眠控股曾與寶織科技股份有限公司就潛在投資進行初步洽"
              "商，惟因估值差距而終止。"),
        ("p", "嘉衡融資有限公司已獲委任為錦眠控股有限公司就收購事項之財務顧問。"),
        ("p", "董事（包括獨立非執行董事）認為，買賣協議及認購協議之條款屬公平合理，按"
              "一般商業條款訂立，並符合本公司及股東之整體利益。"),
        ("h", "上市規則之涵義"),
        ("p", "由於收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構成本"
              "公司之須予披露交易，須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守"
              "股東批准規定。認購股份將根據一般授權配發及發行，毋須股東批准。"),
        ("p", "股東及潛在投資者務請注意，收購事項及認購事項須待若干先決條件達成後方告"
              "完成，未必一定會進行。股東及潛在投資者於買賣股份時務請審慎行事。"),
    ],
    [
        ("h", "釋義"),
        ("p", "於本公告內，除文義另有所指外，下列詞彙具有以下涵義："),
        ("def", "「收購事項」", "買方根據買賣協議收購目標公司60%股權"),
        ("def", "「本公司」", "錦眠控股有限公司，於開曼群島註冊成立之有限公司"),
        ("def", "「本集團」", "本公司及其附屬公司"),
        ("def", "「買方」",
                "錦眠（香港）家居貿易有限公司，一間於香港註冊成立之有限公司"),
        ("def", "「賣方」", "宏眠投資股份有限公司，一間於台灣註冊成立之股份有限公司"),
        ("def", "「目標公司」或「睿枕科技」",
                "睿枕科技股份有限公司，一間於台灣註冊成立之股份有限公司"),
        ("def", "「認購人」或「峻緯纖維」", "峻緯纖維股份有限公司，其股份於台灣上市"),
        ("def", "「港元」", "港元，香港法定貨幣"),
        ("def", "「新台幣」", "新台幣，台灣法定貨幣"),
        ("def", "「%」", "百分比"),
        ("right", "承董事會命"),
        ("right", "錦眠控股有限公司"),
        ("right", "主席　何家謙"),
        ("p", "香港，2025年9月18日"),
        ("p", "於本公告日期，董事會包括執行董事何家謙先生及鄭曉彤女士；非執行董事林志"
              "遠先生；以及獨立非執行董事梁慧敏女士、區永健先生及陳樂生先生。"),
    ],
]

# ---------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------

MAXP_ZERO = (
    "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
    "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
    "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
    "maxComponentDepth",
)


def cjk_ttf(face: int, text: str, out_path: Path) -> None:
    """Subset one Noto CJK face to the characters of text, with TrueType outlines."""
    font = TTFont(CJK_TTC, fontNumber=face)
    options = Options()
    options.desubroutinize = True
    options.hinting = False
    options.layout_features = []
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in text} | set(range(0x20, 0x7F)))
    subsetter.subset(font)

    # CFF (cubic) outlines -> glyf (quadratic) outlines
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, 1.0, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in glyph_order:
        hmtx[name] = (hmtx[name][0], getattr(glyf[name], "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(glyph_order)
    for attr in MAXP_ZERO:
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out_path))


def all_text(pages) -> str:
    parts = []
    for page in pages:
        for block in page:
            if block[0] == "table":
                parts.extend(block[2])
                for row in block[3]:
                    parts.extend(row)
            else:
                parts.extend(block[1:])
    return "".join(parts)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self, family: str, footer_text: str, cjk: bool):
        super().__init__(format="A4")
        self.base_family = family
        self.footer_text = footer_text
        self.cjk = cjk
        self.set_margins(15, 16, 15)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        if not self.footer_text:
            return
        self.set_y(-12)
        self.set_font(self.base_family, "", 8)
        self.cell(0, 5, f"{self.footer_text} {self.page_no()}", align="C")

    def para(self, width: float, height: float, text: str, align: str = "L") -> None:
        """A paragraph; the next one starts at the left margin on the next line."""
        self.multi_cell(width, height, text, align=align, new_x="LMARGIN", new_y="NEXT")


# block kind -> (style, size offset or fixed size, line height offset, align,
#                space before, space after)
STYLES = {
    "title": ("B", 16, 9, "C", 0, 0),
    "sub": ("B", 13, 8, "C", 0, 1),
    "center": ("", None, None, "C", 0, 0),
    "h": ("B", 1.5, 1, "L", 2, 1),
    "h2": ("B", None, None, "L", 0, 0.5),
    "p": ("", None, None, "L", 0, 1.8),
    "right": ("", None, None, "R", 0, 0),
}


def render(doc: Doc, pages) -> None:
    fam = doc.base_family
    base = 10.5 if doc.cjk else 10
    lh = 6.2 if doc.cjk else 5.2
    width = doc.epw
    for page in pages:
        doc.add_page()
        for block in page:
            kind = block[0]
            if kind in STYLES:
                style, size, height, align, before, after = STYLES[kind]
                if kind in ("title", "sub"):
                    font_size, line_h = size, height
                elif kind == "h":
                    font_size, line_h = base + size, lh + height
                else:
                    font_size, line_h = base, lh
                doc.ln(before)
                doc.set_font(fam, style, font_size)
                doc.para(width, line_h, block[1], align)
                doc.ln(after)
            elif kind == "small":
                doc.set_font(fam, "", 8)
                doc.para(width, 4.5, block[1], "L" if doc.cjk else "C")
                doc.ln(2)
            elif kind == "def":
                doc.set_font(fam, "", base)
                doc.multi_cell(52, lh, block[1], new_x="RIGHT", new_y="TOP")
                doc.multi_cell(10, lh, "指", new_x="RIGHT", new_y="TOP")
                doc.para(width - 62, lh, block[2])
                doc.ln(0.8)
            elif kind == "table":
                render_table(doc, block[1], block[2], block[3])
            else:
                raise ValueError(kind)


def render_table(doc: Doc, widths, header, rows) -> None:
    doc.set_font(doc.base_family, "", 9 if doc.cjk else 8.5)
    for row in (header, *rows):
        for cell, w in zip(row, widths, strict=True):
            if doc.get_string_width(cell) > w - 2:
                raise ValueError(f"table cell too wide for its column: {cell!r}")
    doc.ln(1)
    with doc.table(
        col_widths=widths,
        width=sum(widths),
        text_align="LEFT",
        line_height=6 if doc.cjk else 5.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
    ) as table:
        for row in (header, *rows):
            tr = table.row()
            for cell in row:
                tr.cell(cell)
    doc.ln(3)


def build(name: str, pages, family: str, footer: str, fonts: dict) -> None:
    cjk = family != "dejavu"
    doc = Doc(family, footer, cjk)
    doc.set_title(name)
    doc.set_creator("fresh145 build_pdfs.py")
    for fam, (regular, bold) in fonts.items():
        doc.add_font(fam, "", regular)
        doc.add_font(fam, "B", bold)
    if cjk:
        doc.set_fallback_fonts(["dejavu"])
    render(doc, pages)
    if doc.pages_count != len(pages):
        raise RuntimeError(
            f"{name}: planned {len(pages)} pages, got {doc.pages_count} (overflow)"
        )
    doc.output(str(HERE / name))
    print(f"wrote {name} ({doc.pages_count} pages)")


def main() -> None:
    dejavu = {"dejavu": (DEJAVU, DEJAVU_BOLD)}
    footer = "Lusalar - Annual Report 2024 |"
    build("02_Lusalar_annual_report.pdf", LUSALAR, "dejavu", footer, dejavu)
    tmp = Path(tempfile.mkdtemp(prefix="fresh145_fonts_"))
    try:
        sc = tmp / "noto_sc_subset.ttf"
        tc = tmp / "noto_tc_subset.ttf"
        cjk_ttf(FACE_SC, all_text(YUNMIAN), sc)
        cjk_ttf(FACE_TC, all_text(JINMIAN) + "指", tc)
        build("05_Yunmian_A-share_announcement.pdf", YUNMIAN, "notosc", "",
              {"notosc": (str(sc), str(sc)), **dejavu})
        build("08_Jinmian_HKEX_announcement.pdf", JINMIAN, "nototc", "",
              {"nototc": (str(tc), str(tc)), **dejavu})
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
