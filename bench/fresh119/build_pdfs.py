"""Build the PDF documents of the fresh119 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""

import shutil
import tempfile
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LATIN_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LATIN_BOLD_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Each document: list of pages; each page: list of blocks.
# Blocks: ("title", text) ("h", text) ("p", text) ("small", text)
#         ("table", widths, [header, row, ...])

DOC02 = [
    [
        ("title", "Azulejos Castalia, S.A. - Annual Report 2024"),
        ("small", "Excerpt: Consolidated Management Report and selected Notes to the Consolidated Financial Statements. Figures in thousands of euros unless otherwise stated."),
        ("h", "1. Letter from the Chief Executive Officer (extract)"),
        ("p", "2024 was the year in which artificial intelligence moved from pilot projects to the core of our manufacturing. Consolidated revenue reached EUR 412.6 million, 5.3% above 2023, while gas consumption per square metre of fired tile fell by 9% across the Group's four plants in the province of Castellon."),
        ("p", "During 2024 Foshan Huaci Intelligent Equipment Co., Ltd. supplied and commissioned two AI-controlled roller kilns at our Vila-real plant, for a contract value of €14.8 million. The kilns adjust firing curves in real time from thermal imaging and have run at 96% availability since commissioning in July."),
        ("p", "Kilnsight AI, Inc. provides the optical defect-grading software installed on all eleven sorting lines, under a subscription that cost the Group €1.9 million in the year. Automatic grading has reduced customer claims for shade variation by 41% and allowed us to redeploy 74 inspectors to higher-value roles."),
        ("p", "In September 2024 the Company acquired 100% of Cerámicas Mijares, S.L., a producer of extruded porcelain stoneware in Onda, for €18.5 million in cash. Mijares adds 2.1 million square metres of annual capacity in technical and outdoor formats, a segment in which we were previously absent."),
        ("p", "Our principal competitors in the Spanish large-slab segment are Pavimentos Mareny, S.A. and Gres Almazora, S.L., alongside Italian producers such as Ceramiche Poggiolo. Competition from Asian producers intensified in the Middle East, where we lost volume in the second half."),
    ],
    [
        ("h", "2. Markets, customers and financing"),
        ("p", "Exports represented 71% of revenue. Europe remained our largest region (52% of revenue), followed by the Americas (17%), the Middle East (14%) and Asia-Pacific (17%). In Asia our strategy is to work through strong local distributors rather than our own subsidiaries."),
        ("p", "Mekong Tile Trading JSC, our exclusive distributor in Vietnam and Cambodia, purchased €9.6 million of large-format porcelain tiles from the Group in 2024. No single customer represented more than 6% of consolidated revenue."),
        ("p", "Capital expenditure amounted to EUR 31.4 million, of which EUR 17.2 million related to the AI kiln programme and EUR 4.6 million to digital glazing and sorting equipment."),
        ("p", "On 14 March 2024 Banco Levante Mediterráneo granted the Company a €60 million syndicated term loan maturing in 2029, with a margin linked to the Group's Scope 1 emission intensity. At year end net financial debt stood at EUR 96.3 million, equivalent to 1.6 times EBITDA."),
        ("p", "The Board evaluated, and in June 2024 rejected, a proposal from Vidrios Ebro, S.A. for a minority cross-shareholding with the Company. The Board concluded that the proposal did not fit the Group's focus on ceramic surfaces."),
        ("h", "3. Legal proceedings"),
        ("p", "In 2023 Gres Almazora, S.L. filed a utility-model infringement claim against the Company concerning a digital glazing nozzle; the Castellon commercial court dismissed the claim in October 2024 and the plaintiff has appealed. The Directors consider that no provision is required."),
        ("h", "4. Auditor"),
        ("p", "The consolidated financial statements have been audited by Ortiz Sempere Auditores, S.L.P., which has no other relationship with Azulejos Castalia, S.A. Audit fees for 2024 amounted to EUR 312 thousand."),
    ],
    [
        ("h", "Note 2. Subsidiaries included in the scope of consolidation"),
        ("table", [62, 50, 40, 28], [
            ["Company", "Registered office", "Activity", "Holding"],
            ["Cerámicas Mijares, S.L.", "Onda (Spain)", "Stoneware", "100%"],
            ["Castalia Italia S.r.l.", "Fiorano (Italy)", "Distribution", "100%"],
            ["Castalia Logística, S.L.", "Vila-real (Spain)", "Logistics", "100%"],
        ]),
        ("h", "Note 14. Share capital and significant shareholders"),
        ("p", "At 31 December 2024 share capital comprised 28,000,000 ordinary shares of EUR 1 each. Shareholders holding more than 3% were as follows:"),
        ("table", [80, 45, 30], [
            ["Shareholder", "Shares", "Holding"],
            ["Familia Safont (directly and indirectly)", "11,620,000", "41.5%"],
            ["Turia Capital Partners SGEIC, S.A.", "3,472,000", "12.4%"],
            ["Free float", "12,908,000", "46.1%"],
        ]),
        ("h", "Note 27. Related-party transactions"),
        ("p", "Esmaltes Benicarló, S.L. is a related party because two of its directors are members of the Safont family. Transactions were carried out on an arm's-length basis:"),
        ("table", [52, 90, 28], [
            ["Related party", "Nature of transaction", "2024"],
            ["Esmaltes Benicarló, S.L.", "Logistics and warehousing services rendered", "2,140"],
            ["Esmaltes Benicarló, S.L.", "Balance receivable at 31 December", "388"],
        ]),
        ("p", "The Group did not purchase glazes from Esmaltes Benicarló, S.L. during 2024; its glaze requirements were met by third-party suppliers under annual tenders."),
        ("small", "Source: Azulejos Castalia, S.A., Annual Report 2024, pages 14-18 and 96-121 (excerpt)."),
    ],
]

DOC03 = [
    [
        ("small", "证券代码：301877　　证券简称：华瓷智能　　公告编号：2025-046"),
        ("title", "佛山华瓷智能装备股份有限公司\n关于深圳证券交易所2024年年报问询函回复的公告"),
        ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
        ("p", "佛山华瓷智能装备股份有限公司（以下简称“公司”或“华瓷智能”）于2025年6月9日收到深圳证券交易所创业板公司管理部下发的《关于对佛山华瓷智能装备股份有限公司的年报问询函》。公司对问询函所列问题进行了认真核查，现将有关问题回复如下："),
        ("h", "问题1：请说明报告期内前五大客户的名称、销售内容及金额，境外收入大幅增长的原因及合理性。"),
        ("p", "回复：报告期内，公司实现营业收入148,496.22万元，同比增长27.36%，其中境外收入52,318.64万元，同比增长61.08%。境外收入增长主要来自西班牙及越南建筑陶瓷企业的AI窑炉改造需求。前五大客户情况如下（单位：万元）："),
        ("table", [62, 18, 50, 30, 20], [
            ["客户名称", "地区", "销售内容", "金额", "占比"],
            ["Azulejos Castalia, S.A.", "西班牙", "AI辊道窑及控制系统", "14,620.35", "9.84%"],
            ["景德镇青岚陶瓷有限公司", "中国", "智能施釉线", "11,208.77", "7.55%"],
            ["Song Lam Ceramic Tiles JSC", "越南", "AI窑炉控制系统", "8,935.10", "6.02%"],
            ["山东岱岳瓷业有限公司", "中国", "智能分拣线", "6,410.02", "4.32%"],
            ["明璟（东莞）玻璃有限公司", "中国", "退火窑智能改造", "5,877.46", "3.96%"],
        ]),
        ("p", "上述客户与公司、公司控股股东、实际控制人及董事、监事、高级管理人员均不存在关联关系。公司主要竞争对手包括广东陶创机械股份有限公司及意大利的Forni Secchia S.p.A.，公司产品在AI控制精度及交付周期方面具有一定优势。"),
    ],
    [
        ("h", "问题2：请说明前五大供应商的名称、采购内容及金额，是否存在对境外供应商的重大依赖。"),
        ("p", "回复：报告期内，公司前五大供应商采购金额合计23,083.68万元，占年度采购总额的28.42%。具体情况如下（单位：万元）："),
        ("table", [62, 18, 50, 30, 20], [
            ["供应商名称", "地区", "采购内容", "金额", "占比"],
            ["Fornace Livenza S.r.l.", "意大利", "混合燃烧器", "6,830.12", "8.41%"],
            ["Esmaltes Benicarló, S.L.", "西班牙", "釉料及数字墨水", "5,214.60", "6.42%"],
            ["晶衡视觉科技（苏州）有限公司", "中国", "工业相机模组", "4,973.08", "6.12%"],
            ["深圳澄算云计算有限公司", "中国", "算力租赁服务", "3,160.55", "3.89%"],
            ["江门恒炉耐火材料有限公司", "中国", "耐火材料", "2,905.33", "3.58%"],
        ]),
        ("p", "公司向Fornace Livenza S.r.l.采购的混合燃烧器主要用于出口欧洲的窑炉项目，国内项目已实现燃烧器国产化替代，公司不存在对境外供应商的重大依赖。公司全资子公司佛山华瓷数字科技有限公司负责AI窑炉控制软件的开发及远程运维服务，其训练所需算力主要向深圳澄算云计算有限公司租赁。"),
    ],
    [
        ("h", "问题3：请说明报告期后对晶衡视觉科技（苏州）有限公司增资的具体情况、定价依据及必要性。"),
        ("p", "回复：2025年4月18日，公司第三届董事会第十二次会议审议通过《关于对外投资的议案》。公司以自有资金人民币3,000万元认购晶衡视觉科技（苏州）有限公司新增注册资本，本次增资完成后公司将持有晶衡视觉6.25%的股权。"),
        ("p", "本轮融资由Lumaris Cloud Systems, Inc.领投，其投资金额为人民币1.2亿元。本轮投前估值为人民币3.3亿元，系参考同行业可比公司市销率并经各方协商确定。本次增资前后晶衡视觉股权结构如下："),
        ("table", [90, 35, 35], [
            ["股东名称", "增资前", "增资后"],
            ["苏州晶衡企业管理合伙企业（有限合伙）", "58.00%", "39.88%"],
            ["深圳澄算云计算有限公司", "12.00%", "8.25%"],
            ["其他股东", "30.00%", "20.62%"],
            ["Lumaris Cloud Systems, Inc.", "-", "25.00%"],
            ["佛山华瓷智能装备股份有限公司", "-", "6.25%"],
        ]),
        ("p", "晶衡视觉系公司AI窑炉巡检系统工业相机模组的核心供应商，本次投资有利于保障关键部件供应并共同开发适用于高温环境的视觉算法。经核查，公司与Lumaris Cloud Systems, Inc.不存在关联关系，亦不存在其他协议安排。"),
        ("p", "年审会计师信衡会计师事务所（特殊普通合伙）与保荐机构国衡证券股份有限公司已分别对上述回复发表核查意见，详见公司同日披露于巨潮资讯网的相关公告。"),
        ("p", "特此公告。"),
        ("right", "佛山华瓷智能装备股份有限公司董事会\n2025年6月23日"),
    ],
]

DOC05 = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示，概不對因本公告全部或任何部份內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("title", "明璟玻璃控股有限公司\nMingjing Glass Holdings Limited"),
        ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2963）"),
        ("title", "須予披露交易\n收購目標公司51%股權\n及\n自願性公告\n訂立超薄玻璃採購框架協議"),
        ("h", "收購事項"),
        ("p", "董事會欣然宣佈，於二零二五年八月二十日（交易時段後），本公司之間接全資附屬公司明璟（東莞）玻璃有限公司（「買方」）與江西青瓷實業集團有限公司（「賣方」）訂立股權轉讓協議，據此，買方以代價人民幣1億5,300萬元收購景德鎮青嵐陶瓷有限公司（「目標公司」）51%股權。"),
        ("p", "代價乃經買方與賣方參考獨立估值師之估值後按公平原則磋商釐定。獨立估值師仲衡評估有限公司採用市場法對目標公司進行估值，於二零二五年六月三十日目標公司全部股權之市值約為人民幣3億零200萬元。"),
        ("p", "完成後，目標公司將成為本公司之間接非全資附屬公司，其財務業績將綜合併入本集團之財務報表。目標公司於完成前後之股權架構如下："),
        ("table", [90, 35, 35], [
            ["股東", "完成前", "完成後"],
            ["江西青瓷實業集團有限公司", "100%", "49%"],
            ["明璟（東莞）玻璃有限公司", "-", "51%"],
        ]),
    ],
    [
        ("h", "有關目標公司之資料"),
        ("p", "目標公司為一家於中國成立之有限公司，主要於江西省景德鎮從事高檔日用陶瓷及建築裝飾陶瓷之生產，年產能約1,800萬件。目標公司之智能施釉線由佛山華瓷智能裝備股份有限公司供應，並已於二零二四年完成AI窯爐改造。截至二零二四年十二月三十一日止年度，目標公司之除稅後純利約為人民幣2,860萬元。"),
        ("h", "超薄玻璃採購框架協議"),
        ("p", "董事會亦宣佈，本公司於同日與瑞岳玻璃科技股份有限公司（「瑞岳玻璃」，一家於台灣證券交易所上市之公司，股份代號6938）訂立採購框架協議。根據框架協議，瑞岳玻璃將向本集團供應經AI瑕疵檢測之超薄玻璃基板，截至二零二七年十二月三十一日止三個年度之年度上限分別為人民幣9,000萬元、人民幣1億2,000萬元及人民幣1億5,000萬元。"),
        ("p", "超薄玻璃基板將主要用於本集團之智能調光玻璃及車載顯示蓋板產品。本集團目前亦透過越南分銷商Hai Van Glass Distribution Co., Ltd.向東南亞客戶銷售建築玻璃，預期新產品將透過相同渠道推廣。"),
        ("h", "進行交易之理由及裨益"),
        ("p", "董事認為，收購事項可使本集團從玻璃延伸至高附加值陶瓷表面材料，並與本集團之AI窯爐及退火技術產生協同效應。董事（包括獨立非執行董事）認為收購事項及框架協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
        ("h", "上市規則之涵義"),
        ("p", "由於有關收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定。富澤融資有限公司已獲委任為本公司有關收購事項之財務顧問。"),
        ("p", "於本公告日期，璟峰投資有限公司持有本公司已發行股份約52.30%，為本公司控股股東。"),
        ("h", "澄清市場傳聞"),
        ("p", "董事會注意到近期若干媒體報道。本公司並無與Vetrosa Industrie S.p.A.進行任何合併磋商，近期市場傳聞並不屬實。"),
        ("right", "承董事會命\n明璟玻璃控股有限公司\n主席\n陳啟璟\n香港，二零二五年八月二十日"),
    ],
]

DOCS = {
    "02_Castalia_annual-report.pdf": ("latin", DOC02),
    "03_Huaci_A-share-announcement.pdf": ("sc", DOC03),
    "05_Mingjing_HKEX-announcement.pdf": ("tc", DOC05),
}


def doc_chars(doc):
    chars = set()
    for page in doc:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    for cell in row:
                        chars.update(cell)
            else:
                chars.update(block[1])
    return chars


def glyphs_to_quadratic(glyph_set):
    quad = {}
    for name in glyph_set.keys():
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, 1.0, reverse_direction=True))
        quad[name] = tt_pen.glyph()
    return quad


def make_cjk_ttf(face_index, chars, out_path):
    """Subset one face of the Noto CJK collection and convert CFF to glyf."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars | set(" 0123456789")])
    subsetter.subset(font)
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs_to_quadratic(font.getGlyphSet())
    del font["CFF "]
    for tag in ("VORG", "GSUB", "GPOS", "GDEF", "BASE"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.recalc(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\000\001\000\000"
    font.save(out_path)


def render(pdf, doc, cjk):
    line_h = 6 if cjk else 5.2
    for page in doc:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("main", "B" if not cjk else "", 15)
                pdf.multi_cell(0, 8, block[1], align="C")
                pdf.ln(2)
            elif kind == "h":
                pdf.set_font("main", "B" if not cjk else "", 11.5)
                pdf.ln(2)
                pdf.multi_cell(0, line_h + 0.6, block[1])
                pdf.ln(1)
            elif kind == "p":
                pdf.set_font("main", "", 10)
                pdf.multi_cell(0, line_h, block[1])
                pdf.ln(2)
            elif kind == "small":
                pdf.set_font("main", "", 8.5)
                pdf.multi_cell(0, line_h - 0.8, block[1], align="C" if cjk else "L")
                pdf.ln(2)
            elif kind == "right":
                pdf.set_font("main", "", 10)
                pdf.ln(4)
                pdf.multi_cell(0, line_h, block[1], align="R")
            elif kind == "table":
                widths, rows = block[1], block[2]
                for i, row in enumerate(rows):
                    pdf.set_font("main", "B" if (i == 0 and not cjk) else "", 9)
                    for width, cell in zip(widths, row):
                        pdf.cell(width, 7, cell, border=1)
                    pdf.ln(7)
                pdf.ln(3)


def build(name, script, doc, tmp):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    if script == "latin":
        pdf.add_font("main", "", LATIN_TTF)
        pdf.add_font("main", "B", LATIN_BOLD_TTF)
    else:
        face = 2 if script == "sc" else 3
        path = Path(tmp) / f"cjk_{script}.ttf"
        make_cjk_ttf(face, doc_chars(doc), str(path))
        pdf.add_font("main", "", str(path))
    render(pdf, doc, script != "latin")
    pdf.output(str(HERE / name))
    print("wrote", name, "pages:", len(doc))


def main():
    tmp = tempfile.mkdtemp(prefix="fresh119_fonts_")
    try:
        for name, (script, doc) in DOCS.items():
            build(name, script, doc, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
