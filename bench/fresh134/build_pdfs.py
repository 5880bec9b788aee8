"""Build the three PDF documents of the fresh134 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses a subset of one face of NotoSansCJK-Regular.ttc (index 2 for
Simplified, 3 for Traditional), converted from CFF to TrueType outlines in a
temporary directory that is removed after the build.
"""

import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------------------
# Font helpers
# ---------------------------------------------------------------------------


def make_cjk_font(text, index, out_path):
    """Subset face `index` of the Noto CJK collection to `text`, save as TrueType."""
    font = TTFont(CJK_TTC, fontNumber=index)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)

    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


def all_text(blocks):
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "table":
            for row in block[1]:
                parts.extend(row)
        elif kind in ("h1", "h2", "p", "center", "small", "right"):
            parts.append(block[1])
    return "".join(parts)


# ---------------------------------------------------------------------------
# Layout helpers
# ---------------------------------------------------------------------------

NO_LINE_START = set("，。、；：？！）」』》〉”’%")
TOKEN_RE = re.compile(r"[A-Za-z0-9.,%\-/&'()]+ ?| |.", re.S)


def wrap_cjk(pdf, text, width):
    """Greedy line breaking for CJK text that keeps Latin/digit runs whole."""
    tokens = TOKEN_RE.findall(text)
    lines, current = [], ""
    for tok in tokens:
        candidate = current + tok
        if pdf.get_string_width(candidate.rstrip()) <= width or not current:
            current = candidate
            continue
        if tok[0] in NO_LINE_START:
            current = candidate
            continue
        lines.append(current.rstrip())
        current = tok.lstrip()
    if current.strip():
        lines.append(current.rstrip())
    return lines


class Doc(FPDF):
    def __init__(self, footer_fmt, family):
        super().__init__(format="A4")
        self.footer_fmt = footer_fmt
        self.base_family = family
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=16)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.base_family, "", 8)
        self.cell(0, 5, self.footer_fmt.format(n=self.page_no()), align="C")


def render(pdf, blocks, cjk, base=10.0, lh=5.2):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    fam = pdf.base_family
    bold = "B" if not cjk else ""
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
            continue
        if kind == "gap":
            pdf.ln(block[1])
            continue
        if kind == "table":
            rows, widths = block[1], block[2]
            size = block[3] if len(block) > 3 else base - 1.5
            for i, row in enumerate(rows):
                pdf.set_font(fam, bold if i == 0 else "", size)
                for cell_text, w in zip(row, widths):
                    pdf.cell(w, lh + 0.6, cell_text, border=1)
                pdf.ln(lh + 0.6)
            pdf.ln(2)
            continue
        text = block[1]
        if kind == "h1":
            pdf.set_font(fam, bold, base + 4)
            align, size_lh = "C", lh + 2.5
        elif kind == "h2":
            pdf.set_font(fam, bold, base + 1)
            align, size_lh = "L", lh + 1
        elif kind == "center":
            pdf.set_font(fam, "", base)
            align, size_lh = "C", lh
        elif kind == "right":
            pdf.set_font(fam, "", base)
            align, size_lh = "R", lh
        elif kind == "small":
            pdf.set_font(fam, "", base - 2)
            align, size_lh = "L", lh - 1
        else:
            pdf.set_font(fam, "", base)
            align, size_lh = "L", lh
        if cjk:
            for line in wrap_cjk(pdf, text, width):
                pdf.cell(0, size_lh, line, align=align)
                pdf.ln(size_lh)
        else:
            pdf.multi_cell(0, size_lh, text, align=align)
        pdf.ln(1.6 if kind != "h1" else 2.5)


# ---------------------------------------------------------------------------
# 01 Saryarka Atom Resources JSC - annual report excerpt (English)
# ---------------------------------------------------------------------------

DOC01 = [
    ("small", "Saryarka Atom Resources JSC | Annual Report and Accounts 2025 | Strategic report"),
    ("h1", "Chief Executive Officer's review"),
    (
        "p",
        "2025 was the year in which artificial intelligence moved from the laboratory into our "
        "wellfields. Saryarka Atom Resources JSC (AIX: SRKA; LSE: SRKA) produced 4,870 tonnes of "
        "uranium (tU) on a 100% basis, 6% more than in 2024, while all-in sustaining cost fell to "
        "US$27.40/lb U3O8. Sales volumes reached 5,020 tU and revenue rose 18% to KZT 501.2 billion, "
        "helped by higher realised prices and a weaker tenge.",
    ),
    ("h2", "AI in the wellfield"),
    (
        "p",
        "In-situ recovery depends on understanding how leaching solution moves through sandstone "
        "several hundred metres below the surface. For decades our hydrogeologists relied on sparse "
        "core data and experience. Since the second quarter, every new wellfield block at Kyzyltas "
        "and Akdala-East has been designed with machine-learning models that predict roll-front "
        "geometry and acid consumption block by block. Across the 212 blocks commissioned in 2025, "
        "predicted and actual recovery differed by less than four percentage points on average, and "
        "sulphuric acid consumption per kilogram of uranium fell by 11%.",
    ),
    (
        "p",
        "Model training and the real-time inference layer run on dedicated GPU capacity that "
        "Stratocumulus Compute, Inc. supplies to us under a three-year reserved-capacity agreement "
        "worth US$41.6 million. Keeping inference in a sovereign cloud region in Astana was a "
        "condition of our subsoil licence amendment, and we thank the Ministry of Energy for its "
        "constructive approach.",
    ),
    (
        "p",
        "In October 2025 we also awarded Huayue Nuclear Technology Co., Ltd. a US$53.6 million "
        "contract to supply and install its AI-driven wellfield control system, which will automate "
        "pump rates and acidification across our two largest fields from 2027. Automation of this "
        "kind matters because our operators now manage more than 3,400 production and injection "
        "wells, and manual adjustment of each well no longer scales.",
    ),
    ("h2", "From wellfield to processing plant"),
    (
        "p",
        "Processing is the next frontier. Our central plant at Tobol still runs largely on operator "
        "judgement, and variability in precipitation and drying costs us yield. We and Daeseong "
        "Nuclear Engineering Co., Ltd. have agreed to jointly develop a digital twin of the Tobol "
        "plant, with each party contributing engineers and bearing its own costs, and we expect the "
        "first closed-loop precipitation controls to be trialled in late 2026.",
    ),
    (
        "p",
        "We are also investing in the local ecosystem. During the year we invested KZT 4.2 billion in "
        "Zhetysu Geodata LLP, an Almaty-based developer of AI models for roll-front prediction, in "
        "exchange for a 24.9% interest, and two of our senior geologists now work from its offices.",
    ),
    (
        "p",
        "We are not alone: Tarbagatai Uranium JSC and Moyinkum Resources plc have each announced "
        "machine-learning pilots in their own wellfields, and competition for data scientists in "
        "Almaty and Astana is intensifying. We have responded with a graduate programme run jointly "
        "with two national universities.",
    ),
    ("h2", "Safety, people and outlook"),
    (
        "p",
        "Safety remained our first priority. The lost-time injury frequency rate was 0.21 per million "
        "hours worked, and no radiological exposure exceeded 40% of the annual regulatory limit. "
        "Guidance for 2026 is production of 5,000 to 5,150 tU on a 100% basis.",
    ),
    (
        "p",
        "Contrary to recent press reports, Saryarka has not held discussions with Moyinkum Resources "
        "plc about a combination of the two companies, and the Board has no intention of pursuing one.",
    ),
    ("right", "Yerlan Dzhaksybekov, Chief Executive Officer, Astana, 18 March 2026"),
    ("page",),
    ("small", "Saryarka Atom Resources JSC | Annual Report and Accounts 2025 | Strategic report"),
    ("h2", "Marketing and customers"),
    (
        "p",
        "Our marketing strategy remains anchored in long-term contracts with utilities and fuel-cycle "
        "companies, supplemented by limited spot sales. At year end the contracted order book stood at "
        "41,300 tU through 2035, with 63% of contracted volumes priced on base-escalated terms and the "
        "remainder on market-related terms with floors and ceilings.",
    ),
    (
        "p",
        "The table below shows revenue from customers that individually accounted for more than 10% of "
        "Group revenue in 2025 (KZT million).",
    ),
    (
        "table",
        [
            ["Customer", "Country", "2025", "2024", "Share 2025"],
            ["Orvanne Énergie Nucléaire SA", "France", "148,320", "131,045", "29.6%"],
            ["Jinyuan Uranium Holdings Limited", "Hong Kong SAR", "112,870", "96,400", "22.5%"],
            ["Dongchuan Nuclear Power Co., Ltd.", "China", "61,205", "58,930", "12.2%"],
            ["Other customers", "Various", "178,805", "137,625", "35.7%"],
            ["Total", "", "501,200", "424,000", "100.0%"],
        ],
        [66, 30, 24, 24, 30],
    ),
    (
        "p",
        "Orvanne takes the largest share of our output under the 2024 long-term feed agreement, which "
        "runs to 2032. Deliveries to Jinyuan are made under an offtake agreement signed in 2023 and "
        "travel by the trans-Caspian route, which in 2025 carried 71% of our export volumes. Sales to "
        "Dongchuan were made on a delivered basis at the border crossing at Dostyk.",
    ),
    (
        "p",
        "The average realised price was US$71.20/lb U3O8, compared with US$63.85/lb in 2024. Because "
        "most of our contracts reference prices at the time of delivery, the realised price lagged "
        "the spot market in the first half and exceeded it in the fourth quarter.",
    ),
    ("h2", "Supply chain"),
    (
        "p",
        "Sulphuric acid remains our largest input, at 1.9 million tonnes in 2025. Around 60% is "
        "produced at our own acid plant, and the rest is bought under contracts with domestic "
        "metallurgical producers. Ion-exchange resin, well casing and submersible pumps are sourced "
        "from suppliers in Kazakhstan, China and Europe, and we hold at least six months of "
        "inventory of each critical item. Freight costs fell 4% per tonne after we shifted part of "
        "our rail volumes to the Caspian ports.",
    ),
    ("page",),
    (
        "small",
        "Saryarka Atom Resources JSC | Annual Report and Accounts 2025 | "
        "Notes to the consolidated financial statements",
    ),
    ("h2", "31. Group structure"),
    (
        "p",
        "The principal subsidiaries and associates of the Company at 31 December 2025 were as follows:",
    ),
    (
        "table",
        [
            ["Entity", "Country", "Principal activity", "2025", "2024"],
            ["Betpak-Dala Mining LLP", "Kazakhstan", "ISR uranium mining", "100%", "100%"],
            ["Tobol Yellowcake Processing LLP", "Kazakhstan", "Uranium processing", "100%", "100%"],
            ["Zhetysu Geodata LLP (associate)", "Kazakhstan", "AI geological modelling", "24.9%", "-"],
        ],
        [62, 28, 48, 18, 18],
    ),
    ("h2", "32. Related party transactions"),
    (
        "p",
        "Ulytau National Holding JSC, which holds 62.5% of the ordinary shares of Saryarka Atom "
        "Resources JSC, is the Company's controlling shareholder; the remaining shares are held by "
        "holders of global depositary receipts and by other investors.",
    ),
    (
        "p",
        "Transactions between subsidiaries are eliminated on consolidation. In 2025 Betpak-Dala Mining "
        "LLP sold loaded ion-exchange resin to Tobol Yellowcake Processing LLP for KZT 9.1 billion "
        "(2024: KZT 7.8 billion).",
    ),
    (
        "p",
        "Key management personnel received short-term benefits of KZT 1.6 billion (2024: KZT 1.4 "
        "billion). No loans were made to directors during the year.",
    ),
    ("h2", "33. Borrowings"),
    (
        "p",
        "In June 2025 Tengri Development Bank JSC provided the Group with a seven-year project-finance "
        "loan of KZT 60.0 billion for the Kyzyltas expansion, of which KZT 35.0 billion had been drawn "
        "at 31 December 2025. The loan bears interest at the base rate plus 2.1% and is secured on the "
        "Kyzyltas subsoil use contract.",
    ),
    ("h2", "34. Auditor's remuneration"),
    (
        "p",
        "Karaganda Assurance LLP has audited the consolidated financial statements of Saryarka Atom "
        "Resources JSC since the 2019 financial year. Fees for the audit of the 2025 financial "
        "statements amounted to KZT 412 million, and fees for non-audit services to KZT 38 million.",
    ),
]


# ---------------------------------------------------------------------------
# 04 华岳核能 - A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------

DOC04 = [
    ("p", "证券代码：688417　　　　证券简称：华岳核能　　　　公告编号：2025-058"),
    ("gap", 2),
    ("h1", "华岳核能科技股份有限公司"),
    ("h1", "关于签订日常经营重大合同暨向全资子公司增资的公告"),
    (
        "p",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
        "并对其内容的真实性、准确性和完整性依法承担法律责任。",
    ),
    ("h2", "重要内容提示："),
    ("p", "● 合同类型及金额：日常经营性销售合同，合同金额为人民币38,600万元（含税）。"),
    ("p", "● 合同生效条件：合同经双方签字盖章，并取得中国出口许可后生效。"),
    ("p", "● 增资事项：公司拟以自有资金向全资子公司华岳智控（成都）有限公司增资，本次增资不构成关联交易。"),
    (
        "p",
        "● 特别风险提示：合同履行周期较长，存在汇率波动、地缘政治、出口许可及现场施工等风险，"
        "敬请广大投资者注意投资风险。",
    ),
    ("h2", "一、审议程序情况"),
    (
        "p",
        "公司于2025年10月20日召开第三届董事会第十九次会议，审议通过了《关于签订日常经营重大合同的议案》"
        "及《关于向全资子公司增资的议案》。本次增资事项无需提交股东大会审议，不构成关联交易，"
        "亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。",
    ),
    ("h2", "二、合同标的和对方当事人情况"),
    ("p", "（一）合同标的"),
    (
        "p",
        "2025年10月17日，公司与萨里亚卡原子资源股份公司（Saryarka Atom Resources JSC）签订"
        "《地浸采铀井场智能控制系统供货及安装合同》，由公司向萨里亚卡原子资源股份公司供应地浸采铀井场"
        "智能控制系统及配套软件许可，合同金额为人民币38,600万元（含税）。",
    ),
    ("p", "（二）合同对方当事人情况"),
    (
        "table",
        [
            ["项目", "内容"],
            ["企业名称", "萨里亚卡原子资源股份公司"],
            ["注册地", "哈萨克斯坦共和国阿斯塔纳市"],
            ["主营业务", "铀矿地浸开采、铀产品加工与销售"],
            ["控股股东", "乌勒套国家控股股份公司（持股62.5%）"],
            ["2024年度营业收入", "约4,240亿坚戈"],
        ],
        [50, 124],
    ),
    (
        "p",
        "萨里亚卡与公司及公司控股股东、实际控制人、董事、监事及高级管理人员之间不存在关联关系，"
        "最近三个会计年度与公司未发生其他业务往来。",
    ),
    ("p", "（三）招标情况"),
    (
        "p",
        "在本次国际招标中，上海辰铀智能科技有限公司及法国Calcéide Systèmes SAS亦参与投标，"
        "公司最终以综合评分第一中标。",
    ),
    ("h2", "三、合同主要条款"),
    (
        "p",
        "1. 合同金额：人民币38,600万元（含税），以美元结算，汇率按合同签署日中国人民银行公布的中间价锁定。"
        "2. 支付方式：合同生效后支付30%预付款，设备到货验收后支付40%，系统试运行合格后支付25%，"
        "剩余5%作为质保金于质保期满后支付。3. 履行期限：2025年11月至2027年6月，分两期交付。"
        "4. 交付地点：哈萨克斯坦克孜尔塔斯矿区及阿克达拉东矿区。5. 争议解决：提交新加坡国际仲裁中心仲裁。",
    ),
    ("page",),
    ("h2", "四、合同履行对上市公司的影响"),
    (
        "p",
        "本合同金额约占公司2024年度经审计营业收入的61.3%，合同的顺利履行预计将对公司2026年度及2027年度"
        "经营业绩产生积极影响。本合同系公司AI井场控制系统首次在海外实现规模化应用，有利于提升公司在铀资源"
        "开采智能化领域的品牌影响力。公司与合同对方不存在关联关系，合同的履行不会对公司业务独立性构成影响。",
    ),
    ("h2", "五、向全资子公司增资的情况"),
    (
        "p",
        "为满足核电站智能运维业务发展需要，公司拟以自有资金人民币12,000万元向全资子公司华岳智控（成都）"
        "有限公司增资，增资完成后其注册资本由人民币8,000万元增加至人民币20,000万元。",
    ),
    (
        "table",
        [
            ["项目", "内容"],
            ["公司名称", "华岳智控（成都）有限公司"],
            ["成立日期", "2021年4月9日"],
            ["注册资本", "人民币8,000万元（增资前）"],
            ["股东及持股比例", "华岳核能科技股份有限公司持股100%"],
            ["主营业务", "核电站设备智能巡检、机器视觉检测及运维数据服务"],
        ],
        [50, 124],
    ),
    ("p", "华岳智控最近一年又一期主要财务数据如下（单位：人民币万元）："),
    (
        "table",
        [
            ["项目", "2024年12月31日/2024年度", "2025年6月30日/2025年1-6月"],
            ["资产总额", "21,563.18", "24,071.45"],
            ["净资产", "11,208.77", "12,336.02"],
            ["营业收入", "9,430.52", "5,612.39"],
            ["净利润", "1,652.40", "1,127.25"],
        ],
        [50, 62, 62],
    ),
    ("p", "注：2024年度数据已经审计，2025年1-6月数据未经审计。"),
    (
        "p",
        "华岳智控主要为东川核电有限公司等核电业主提供基于机器视觉的设备智能巡检服务，"
        "2024年度实现营业收入人民币9,430.52万元。",
    ),
    (
        "p",
        "华岳智控模型训练所需算力主要向苏州擎算数据科技有限公司租用，本次增资资金将部分用于自建推理算力平台。",
    ),
    ("h2", "六、其他说明"),
    (
        "p",
        "截至本公告披露日，公司控股股东西岭核工业集团有限公司持有华岳核能41.27%的股份，"
        "本次事项不会导致公司控股股东及实际控制人发生变化。",
    ),
    (
        "p",
        "公司保荐机构中屹证券股份有限公司已对华岳核能本次向全资子公司增资事项出具无异议的核查意见。",
    ),
    (
        "p",
        "此外，公司关注到有媒体报道称华岳核能正与锦源铀业控股有限公司洽谈战略合作，截至本公告披露日，"
        "双方未签署任何协议，亦未就任何合作事项达成意向。",
    ),
    ("h2", "七、风险提示"),
    (
        "p",
        "合同履行过程中，如遇政策、市场环境、出口管制等不可预计或不可抗力因素的影响，可能会导致合同无法如期"
        "或全面履行。公司将根据相关规定及时履行信息披露义务，敬请广大投资者注意投资风险。",
    ),
    ("p", "特此公告。"),
    ("right", "华岳核能科技股份有限公司董事会"),
    ("right", "2025年10月21日"),
]


# ---------------------------------------------------------------------------
# 06 錦源鈾業 - HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------

DOC06 = [
    (
        "small",
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表"
        "任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。",
    ),
    ("h1", "錦源鈾業控股有限公司"),
    ("center", "JINYUAN URANIUM HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2871）"),
    ("gap", 2),
    ("center", "(1)根據一般授權認購新股份；"),
    ("center", "(2)有關收購Betpak-Dala Mining LLP 30%參與權益之須予披露交易；及"),
    ("center", "(3)戰略合作框架協議"),
    ("h2", "認購協議"),
    (
        "p",
        "董事會欣然宣佈，於2026年6月18日（交易時段後），本公司與華岳核能科技股份有限公司（「認購人」）訂立"
        "認購協議，據此，認購人有條件同意認購而本公司有條件同意配發及發行合共312,000,000股認購股份，"
        "認購價為每股1.50港元，總認購價為468,000,000港元。",
    ),
    (
        "p",
        "認購價較股份於最後交易日在聯交所所報之收市價每股1.62港元折讓約7.41%，並較股份於緊接最後交易日前"
        "五個連續交易日之平均收市價每股1.58港元折讓約5.06%。認購股份將根據一般授權配發及發行，毋須股東批准。",
    ),
    (
        "p",
        "認購人為一家於中華人民共和國註冊成立之股份有限公司，其A股於上海證券交易所科創板上市（股票代碼：688417），"
        "主要從事核能及鈾礦領域人工智能控制系統之研發及銷售。",
    ),
    (
        "p",
        "認購所得款項淨額（扣除相關開支後）預計約為466,500,000港元，擬用作支付收購事項之部分代價及一般營運資金。",
    ),
    ("h2", "對本公司股權架構之影響"),
    (
        "p",
        "下表載列本公司(i)於本公告日期；及(ii)緊隨認購事項完成後之股權架構（假設已發行股份總數並無其他變動）：",
    ),
    (
        "table",
        [
            ["股東", "現時股份數目", "概約%", "完成後股份數目", "概約%"],
            ["錦峰投資有限公司（附註）", "1,716,000,000", "55.00", "1,716,000,000", "50.00"],
            ["華岳核能科技股份有限公司", "-", "-", "312,000,000", "9.09"],
            ["其他公眾股東", "1,404,000,000", "45.00", "1,404,000,000", "40.91"],
            ["總計", "3,120,000,000", "100.00", "3,432,000,000", "100.00"],
        ],
        [56, 34, 18, 36, 18],
    ),
    ("small", "附註：錦峰投資有限公司由本公司主席林兆銘先生全資擁有。"),
    ("page",),
    ("h2", "收購事項"),
    (
        "p",
        "於2026年6月18日，錦源鈾業（香港）貿易有限公司（「錦源貿易」，本公司之全資附屬公司，作為買方）與"
        "薩里亞卡原子資源股份公司（作為賣方）訂立買賣協議，據此，買方有條件同意收購而賣方有條件同意出售"
        "Betpak-Dala Mining LLP之30%參與權益，代價為3.15億美元（相當於約24.57億港元）。",
    ),
    (
        "p",
        "Betpak-Dala Mining LLP為一家於哈薩克斯坦註冊成立之有限責任合夥企業，持有位於楚-薩雷蘇鈾礦省之兩個地浸"
        "鈾礦床之底土使用權，2025年產量約為1,960噸鈾，於2025年12月31日之經審核資產淨值約為4.82億美元。",
    ),
    (
        "p",
        "完成後，錦源貿易將持有Betpak-Dala Mining LLP之30%參與權益，Betpak-Dala將不會成為本公司之附屬公司，"
        "並將於本集團財務報表中作為聯營公司入賬。",
    ),
    (
        "p",
        "代價將以認購所得款項、本集團內部資源及恒港發展銀行有限公司向本公司提供之1,200,000,000港元定期貸款融資支付。",
    ),
    ("h2", "與賣方之現有業務關係"),
    (
        "p",
        "本集團自2023年起根據長期承購協議向薩里亞卡原子資源股份公司採購天然鈾精礦，截至2025年12月31日止年度之"
        "採購總額約為1,758,000,000港元。",
    ),
    (
        "p",
        "錦源貿易主要向中國內地核電營運商（包括東川核電有限公司）轉售天然鈾產品，收購事項將使本集團取得穩定之"
        "上游權益資源。",
    ),
    (
        "p",
        "於哈薩克斯坦，Betpak-Dala Mining LLP之主要競爭對手包括塔爾巴加台鈾業股份公司及Moyinkum Resources plc。",
    ),
    ("h2", "戰略合作框架協議"),
    (
        "p",
        "同日，本公司與華岳核能科技股份有限公司訂立戰略合作框架協議，雙方將就人工智能鈾資源品位預測模型及鈾礦"
        "數字化管理開展合作，該協議不涉及任何具體交易金額。",
    ),
    ("page",),
    ("h2", "進行認購事項及收購事項之理由及裨益"),
    (
        "p",
        "董事認為，引入於鈾礦人工智能控制領域具領先地位之策略投資者，可強化本集團之資本基礎，並有助本集團於"
        "所持上游資產推行數字化生產管理。收購事項令本集團首次持有在產鈾礦權益，有助平衡貿易業務之價格風險。"
        "董事（包括獨立非執行董事）認為認購協議及買賣協議之條款屬公平合理，並符合本公司及股東之整體利益。",
    ),
    ("h2", "上市規則涵義"),
    (
        "p",
        "由於有關收購事項之一項或多項適用百分比率超過5%但全部低於25%，收購事項構成本公司之須予披露交易，"
        "須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。",
    ),
    ("p", "嘉禮融資有限公司已獲委任為錦源鈾業有關收購事項之財務顧問。"),
    ("h2", "其他事項"),
    (
        "p",
        "董事會亦注意到近期有關錦源鈾業與塔爾巴加台鈾業股份公司商討合併之市場傳聞，董事會謹此澄清，"
        "本公司並無與塔爾巴加台鈾業股份公司進行任何有關合併之磋商。",
    ),
    (
        "p",
        "由於認購事項及收購事項須待若干先決條件獲達成後方告完成，因此未必會進行。股東及潛在投資者於買賣股份時務請審慎行事。",
    ),
    ("gap", 3),
    ("right", "承董事會命"),
    ("right", "錦源鈾業控股有限公司"),
    ("right", "主席"),
    ("right", "林兆銘"),
    ("p", "香港，2026年6月18日"),
    (
        "small",
        "於本公告日期，董事會包括執行董事林兆銘先生（主席）、周曉蕾女士及馮啟德先生；以及獨立非執行董事"
        "區嘉敏女士、施永康先生及黎志和先生。",
    ),
]


def build_english(blocks, name, footer):
    pdf = Doc(footer, "dv")
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_font("dv", "B", DEJAVU_BOLD)
    pdf.add_page()
    render(pdf, blocks, cjk=False, base=9.5, lh=4.7)
    pdf.output(os.path.join(HERE, name))
    return pdf.page_no()


def build_cjk(blocks, name, footer, index, tmpdir):
    text = all_text(blocks) + footer + "0123456789-– "
    font_path = os.path.join(tmpdir, f"cjk{index}.ttf")
    make_cjk_font(text, index, font_path)
    pdf = Doc(footer, "cjk")
    pdf.add_font("cjk", "", font_path)
    pdf.add_page()
    render(pdf, blocks, cjk=True, base=10.0, lh=5.6)
    pdf.output(os.path.join(HERE, name))
    return pdf.page_no()


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh134_fonts_")
    try:
        pages = {
            "01_Saryarka_annual_report.pdf": build_english(
                DOC01, "01_Saryarka_annual_report.pdf", "Saryarka Atom Resources JSC - Annual Report 2025 - {n}"
            ),
            "04_Huayue_A-share_announcement.pdf": build_cjk(
                DOC04, "04_Huayue_A-share_announcement.pdf", "- {n} -", 2, tmpdir
            ),
            "06_Jinyuan_HKEX_announcement.pdf": build_cjk(
                DOC06, "06_Jinyuan_HKEX_announcement.pdf", "– {n} –", 3, tmpdir
            ),
        }
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for name, count in pages.items():
        print(f"{name}: {count} pages")


if __name__ == "__main__":
    main()
