"""Build the three PDF documents of the fresh155 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses DejaVu Sans. Chinese text uses one face of the Noto Sans CJK
collection, subset to the characters used and converted from CFF to TrueType outlines,
because fpdf2 cannot read the .ttc collection directly. The converted font is written
to a temporary directory that is deleted when the build ends.
"""

import re
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
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FACE_SIMPLIFIED = 2
FACE_TRADITIONAL = 3

# ---------------------------------------------------------------------------
# 01 - Aurelis Aromen AG, annual report 2024 (excerpt), English
# ---------------------------------------------------------------------------
DOC01 = [
    ("title", "Aurelis Aromen AG"),
    ("sub", "Annual Report 2024 - Excerpt"),
    ("small", (
        "Zurich, Switzerland | SIX Swiss Exchange: AURA | Published 6 March 2025"
    )),
    ("h", "Business review: flavour creation in the age of models"),
    ("p", (
        "Aurelis Aromen AG (\"Aurelis\" or \"the Group\") creates flavours for "
        "beverages, dairy, savoury foods and, increasingly, tea. Group sales reached "
        "CHF 1,184 million in 2024, up 6.8% in local currencies, with tea and "
        "infusion flavours growing fastest at 14%. This excerpt reproduces the parts "
        "of the annual report that describe our artificial-intelligence programme, "
        "our principal business relationships and the related notes to the "
        "consolidated financial statements."
    )),
    ("p", (
        "Two years ago we set ourselves the target of taking a new flavour from "
        "customer brief to approved sample in under three weeks. We reached an "
        "average of 19 days in the fourth quarter, largely because the first draft "
        "of a formula is now produced by software and then refined by a flavourist, "
        "rather than written from scratch."
    )),
    ("h", "AI-assisted creation"),
    ("p", (
        "Our flavourists now build first drafts on Aroma Compass, a generative "
        "formulation platform licensed from Pilatus Sensory Intelligence AG of "
        "Lucerne, under a five-year agreement worth CHF 6.2 million. The platform "
        "proposes ingredient combinations against a target sensory profile and a "
        "cost ceiling; our own FlavourGraph model then checks the regulatory limits "
        "of each destination market. In 2024, 41% of the briefs we won started from "
        "a machine-generated draft, compared with 17% a year earlier."
    )),
    ("p", (
        "We have also begun to earn revenue from our data. Through a data licence "
        "signed in September, Hangzhou Qiwei Intelligent Technology Co., Ltd. pays "
        "us an annual fee of CHF 1.4 million for access to our aroma-molecule "
        "library of more than 40,000 annotated compounds. The licence excludes "
        "formulas and any customer-specific information."
    )),
    ("p", (
        "In China we entered a joint development programme with Yunling Tea "
        "Technology Co., Ltd. (688372.SH) to model how roasting curves change the "
        "perceived floral notes of Dianhong black tea. Each party bears its own "
        "costs and the results will be published jointly."
    )),
    ("p", (
        "Our principal competitors in beverage and savoury flavours remain Glarner "
        "Essenzen AG and Lemanique Aromes SA, both of which launched AI creation "
        "tools of their own during the year. We believe our advantage lies in the "
        "depth of our sensory data rather than in the models themselves, which are "
        "quickly becoming commodities."
    )),
    ("h", "Customers and sourcing"),
    ("p", (
        "Aurelis also licenses its FlavourGraph model and supplies base emulsions to "
        "Rift Valley Aromatics Limited in Naivasha, which uses them in "
        "ready-to-drink tea concentrates for East African bottlers. Sichuan "
        "Shuxiangyuan Seasoning Co., Ltd. became our largest customer in mainland "
        "China after it awarded Aurelis the complete flavour brief for its "
        "hotpot-base range in February."
    )),
    ("p", (
        "No single customer accounted for more than 10% of Group sales. Our ten "
        "largest customers represented 38% of sales (2023: 36%). We buy natural raw "
        "materials from more than 900 suppliers in 61 countries; cinnamon, cardamom "
        "and clove oils come mainly from Sri Lanka and southern India, where we "
        "continued to invest in traceability at origin."
    )),
    ("h", "Acquisitions and portfolio decisions"),
    ("p", (
        "On 1 July 2024 the Group completed the acquisition of Tastegrid Analytics "
        "GmbH, a Basel start-up that predicts consumer liking from panel data, for a "
        "cash consideration of CHF 11.0 million. Goodwill of CHF 8.3 million was "
        "recognised, mainly reflecting the assembled data-science workforce."
    )),
    ("p", (
        "In April the Board considered, and rejected, a proposal to merge Aurelis "
        "with Glarner Essenzen AG, concluding that the cultural and antitrust risks "
        "outweighed the expected cost synergies."
    )),
    ("h", "Notes to the consolidated financial statements (selected)"),
    ("h2", "Note 14 Financial assets at fair value through other comprehensive income"),
    ("p", (
        "In March 2024 the Group invested CHF 18.5 million in Mariner Flavor "
        "Technologies, Inc., the Nasdaq-listed developer of AI-guided flavour "
        "systems, subscribing for newly issued common shares in a private placement. "
        "The Group designated this investment at fair value through other "
        "comprehensive income because it is held for strategic purposes and not for "
        "trading."
    )),
    ("table", (70, 40, 25, 35), [
        ["Investee", "Country", "Holding", "Fair value 31.12.2024"],
        ["Mariner Flavor Technologies, Inc.", "United States", "9.8%", "CHF 17.9m"],
        ["Other unlisted investments", "Various", "-", "CHF 2.4m"],
    ]),
    ("p", (
        "The decrease in fair value of CHF 0.6 million since acquisition was "
        "recognised in other comprehensive income. No dividends were received in "
        "2024."
    )),
    ("h2", "Note 27 Group companies"),
    ("p", (
        "The principal subsidiaries of Aurelis Aromen AG at 31 December 2024 were as "
        "follows. All are fully consolidated and held directly by the parent company."
    )),
    ("table", (70, 45, 30, 25), [
        ["Company", "Registered office", "Share capital", "Interest"],
        ["Aurelis Aromen (Shanghai) Co., Ltd.", "Shanghai, China", "CNY 80.0m", "100%"],
        ["Aurelis Aromen East Africa Ltd", "Nairobi, Kenya", "KES 450.0m", "100%"],
        ["Tastegrid Analytics GmbH", "Basel, Switzerland", "CHF 0.1m", "100%"],
    ]),
    ("h2", "Note 29 Related parties"),
    ("p", (
        "Rheinfeld Revision AG, the statutory auditor of the Group, is also the "
        "auditor of Pilatus Sensory Intelligence AG; the Audit Committee reviewed "
        "this overlap and concluded that the auditor's independence was not affected."
    )),
    ("p", (
        "Apart from the compensation of key management personnel, there were no "
        "material transactions with related parties in 2024. Transactions with the "
        "investee described in Note 14 are conducted at arm's length."
    )),
    ("h2", "Significant shareholders"),
    ("p", (
        "According to disclosure notifications received under the Financial Market "
        "Infrastructure Act, the following shareholders held 3% or more of the share "
        "capital of Aurelis Aromen AG at 31 December 2024."
    )),
    ("table", (110, 40), [
        ["Shareholder", "Interest"],
        ["Brunnmatt Beteiligungen AG, Zug", "14.2%"],
        ["Sihltal Pensionskasse, Zurich", "5.1%"],
        ["Free float and other shareholders", "80.7%"],
    ]),
]

# ---------------------------------------------------------------------------
# 02 - Yunling Tea Technology, A-share announcement, Simplified Chinese
# ---------------------------------------------------------------------------
DOC02 = [
    ("small", "证券代码：688372    证券简称：云岭茗茶    公告编号：2025-017"),
    ("title", "云岭茗茶科技股份有限公司"),
    ("sub", "关于对外投资暨关联交易的公告"),
    ("p", (
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗"
        "漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"
    )),
    ("h", "一、对外投资暨关联交易概述"),
    ("p", (
        "为推进茶叶原料评级、拼配设计和感官评价等环节的智能化升级，云岭茗茶科技股份有"
        "限公司（以下简称“公司”或“云岭茗茶”）拟以自有资金人民币6,000万元认购杭州启味"
        "智能科技有限公司（以下简称“启味智能”）新增注册资本人民币375万元，其余部分计"
        "入启味智能资本公积。"
    )),
    ("p", (
        "本次增资完成后，公司将持有启味智能12.00%的股权，启味智能不纳入公司合并报表范"
        "围。"
    )),
    ("p", (
        "公司董事、副总经理李明远先生拟于本次增资完成后担任启味智能董事。根据《上海证"
        "券交易所科创板股票上市规则》的相关规定，启味智能将成为公司的关联法人，本次交"
        "易构成关联交易，但不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
    )),
    ("p", (
        "本次交易已经公司第三届董事会第十四次会议审议通过，关联董事已回避表决，独立董"
        "事专门会议已事先审议通过。本次交易金额未达到股东大会审议标准，无需提交股东大"
        "会审议。"
    )),
    ("h", "二、投资标的基本情况"),
    ("h2", "（一）基本信息"),
    ("p", (
        "公司名称：杭州启味智能科技有限公司；成立日期：2019年8月12日；注册地址：浙江"
        "省杭州市西湖区文三路；法定代表人：周启航；经营范围：人工智能应用软件开发，食"
        "品风味数据服务，技术咨询与技术转让。"
    )),
    ("p", (
        "启味智能主要从事基于机器学习的风味预测与拼配优化业务，其核心产品“智能拼配决"
        "策系统”可根据原料批次的理化指标和感官评分，自动生成满足目标风味与成本约束的"
        "拼配方案，目前已在茶叶、咖啡及复合调味料领域落地应用。"
    )),
    ("p", (
        "深算云计算（深圳）有限公司（以下简称“深算云”）于2023年6月以人民币4,500万元参"
        "与启味智能A轮融资，目前为启味智能第二大股东。"
    )),
    ("h2", "（二）本次增资前后股权结构"),
    ("table", (54, 30, 26, 30, 26), [
        [
            "股东名称",
            "增资前出资额（万元）",
            "增资前持股比例",
            "增资后出资额（万元）",
            "增资后持股比例",
        ],
        ["周启航", "1,250.00", "45.45%", "1,250.00", "40.00%"],
        ["深算云计算（深圳）有限公司", "562.50", "20.45%", "562.50", "18.00%"],
        ["四川蜀香源调味品股份有限公司", "250.00", "9.09%", "250.00", "8.00%"],
        ["其他自然人股东（7名）", "687.50", "25.00%", "687.50", "22.00%"],
        ["云岭茗茶科技股份有限公司", "-", "-", "375.00", "12.00%"],
        ["合计", "2,750.00", "100.00%", "3,125.00", "100.00%"],
    ]),
    ("h2", "（三）主要财务数据"),
    ("table", (60, 53, 53), [
        ["项目（人民币万元）", "2024年12月31日/2024年度", "2023年12月31日/2023年度"],
        ["资产总额", "18,642.37", "11,205.18"],
        ["净资产", "13,980.55", "9,764.02"],
        ["营业收入", "7,315.26", "3,872.91"],
        ["净利润", "-1,206.44", "-2,318.70"],
    ]),
    ("p", "注：2024年度财务数据已经审计，2023年度财务数据未经审计。"),
    ("h", "三、关联交易的定价依据"),
    ("p", (
        "本次增资价格以浙江中衡资产评估有限公司出具的资产评估报告为参考，经各方协商确"
        "定为每1元注册资本人民币16.00元，定价公允，不存在损害公司及全体股东特别是中小"
        "股东利益的情形。"
    )),
    ("h", "四、历史关联交易情况"),
    ("p", (
        "2024年度，公司向启味智能采购“智能拼配决策系统”软件许可及算法服务，交易金额为"
        "人民币1,280万元。上述交易系公司日常经营所需，定价参照市场价格确定。除上述交"
        "易及本次交易外，过去12个月内公司未与启味智能发生其他关联交易。"
    )),
    ("h", "五、本次投资的目的和对公司的影响"),
    ("p", (
        "本次投资有利于公司将人工智能技术系统性地应用于原料评级、拼配设计和品质控制环"
        "节，提升产品风味一致性，降低对资深拼配师个人经验的依赖。"
    )),
    ("p", (
        "公司全资子公司普洱云岭数字茶业有限公司将与启味智能共同建设普洱茶智能拼配中试"
        "线，双方各自承担相应投入。"
    )),
    ("p", (
        "为保障中试线建设，公司拟以自有资金向普洱云岭数字茶业有限公司提供不超过人民币"
        "3,000万元的财务资助，期限不超过三年，利率参照同期贷款市场报价利率确定。"
    )),
    ("h", "六、风险提示"),
    ("p", (
        "启味智能所处行业竞争激烈，主要竞争对手包括北京味界科技有限公司和苏州知香数据"
        "有限公司，如启味智能不能持续保持技术优势，可能对公司投资收益产生不利影响。"
    )),
    ("p", (
        "云岭茗茶曾于2024年下半年与宁波芳研生物科技有限公司就收购其控股权进行初步洽谈"
        "，后因估值分歧终止，该事项与本次交易无关。"
    )),
    ("p", (
        "经核查，云岭茗茶与深算云、蜀香源之间均不存在关联关系，亦不存在一致行动安排。"
    )),
    ("h", "七、中介机构意见"),
    ("p", (
        "本次交易的独立财务顾问为华岳证券股份有限公司，法律顾问为上海衡言律师事务所。"
    )),
    ("p", (
        "独立财务顾问认为：本次对外投资暨关联交易事项已经公司董事会审议通过，关联董事"
        "回避表决，履行了必要的审批程序，符合相关法律法规及《公司章程》的规定。"
    )),
    ("p", "特此公告。"),
    ("right", "云岭茗茶科技股份有限公司董事会"),
    ("right", "2025年3月20日"),
]

# ---------------------------------------------------------------------------
# 03 - Chaoquan Tea Holdings, HKEX announcement, Traditional Chinese
# ---------------------------------------------------------------------------
DOC03 = [
    ("small", (
        "香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何"
        "聲明，並明確表示，概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引"
        "致之任何損失承擔任何責任。"
    )),
    ("title", "潮泉茶業控股有限公司"),
    ("sub", "CHAOQUAN TEA HOLDINGS LIMITED"),
    ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2391）"),
    ("sub", "須予披露交易：採購框架協議及數據授權協議"),
    ("h", "採購框架協議"),
    ("p", (
        "董事會欣然宣佈，於2025年3月18日（交易時段後），本公司與雲嶺茗茶科技股份有限"
        "公司（「雲嶺茗茶」）訂立採購框架協議，據此，雲嶺茗茶同意於截至2027年12月31日"
        "止三個年度向本公司供應以人工智能拼配之普洱茶及滇紅茶產品，每年採購總額上限為"
        "人民幣120,000,000元。"
    )),
    ("table", (95, 75), [
        ["期間", "年度上限"],
        ["截至2025年12月31日止年度", "人民幣120,000,000元"],
        ["截至2026年12月31日止年度", "人民幣120,000,000元"],
        ["截至2027年12月31日止年度", "人民幣120,000,000元"],
    ]),
    ("p", (
        "年度上限乃參考本集團過往三個年度之採購量、未來門店擴張計劃及供應商報價釐定。"
        "採購價格將按個別訂單磋商，且不遜於獨立第三方向本集團提供之條款。"
    )),
    ("h", "數據授權協議"),
    ("p", (
        "同日，本公司與杭州啟味智能科技有限公司（「啟味智能」）訂立數據授權協議，據此"
        "，本公司同意向啟味智能提供旗下一百二十間門店之匿名消費及品飲評分數據，啟味智"
        "能每年須向本公司支付授權費港幣9,800,000元。"
    )),
    ("p", (
        "有關數據將由本公司全資附屬公司潮泉茶業（香港）有限公司（「潮泉香港」）負責匯"
        "總及脫敏處理，不包含任何可識別個人身份之資料。"
    )),
    ("p", (
        "潮泉香港目前使用深算雲計算（深圳）有限公司提供之雲端算力及儲存服務處理有關數"
        "據，並已完成個人資料私隱影響評估。"
    )),
    ("h", "進行交易之理由及裨益"),
    ("p", (
        "董事認為，採購以人工智能拼配之茶品可提升產品風味之一致性並縮短新品開發周期，"
        "而數據授權則可為本集團帶來穩定之經常性收入。"
    )),
    ("p", (
        "本集團於2024年11月以代價港幣42,000,000元收購港灣茶研有限公司全部已發行股本，"
        "港灣茶研現為本公司之全資附屬公司，專責茶飲配方研發，並將協助評估雲嶺茗茶供應"
        "之茶品。"
    )),
    ("p", (
        "本集團於香港之主要競爭對手包括翠嶼茶莊集團有限公司及金鐘茗品有限公司，兩者亦"
        "已推出以人工智能推薦茶飲之會員應用程式。"
    )),
    ("h", "上市規則之涵義"),
    ("p", (
        "由於採購框架協議項下年度上限之一項或多項適用百分比率超過5%但低於25%，訂立採"
        "購框架協議構成本公司之須予披露交易，須遵守上市規則第十四章之申報及公告規定。"
    )),
    ("p", (
        "據董事作出一切合理查詢後所深知、盡悉及確信，上述兩項協議之各訂約對手方及其各"
        "自之最終實益擁有人均為獨立第三方。"
    )),
    ("h", "一般資料"),
    ("p", (
        "本集團主要於香港及華南地區經營連鎖茶飲門店及茶葉零售業務，截至2024年12月31日"
        "止年度之收益約為港幣1,426,000,000元。"
    )),
    ("p", (
        "於本公告日期，鼎湖投資有限公司持有本公司已發行股份約38.46%，為本公司之控股股"
        "東。"
    )),
    ("p", (
        "本公司注意到近日有報章報道指潮泉茶業正與Kericho Highlands Tea Limited商討收"
        "購事宜，董事會謹此澄清，本公司並無與該公司進行任何有關磋商。"
    )),
    ("p", (
        "本公司之財務顧問為寶德融資有限公司，而本公司有關香港法律之法律顧問為麥嘉倫律"
        "師事務所。"
    )),
    ("h", "釋義"),
    ("table", (45, 125), [
        ["詞彙", "涵義"],
        ["「董事會」", "本公司董事會"],
        [
            "「本公司」",
            "潮泉茶業控股有限公司，一家於開曼群島註冊成立之有限公司，其股份於聯交所"
            "主板上市",
        ],
        ["「本集團」", "本公司及其附屬公司"],
        [
            "「雲嶺茗茶」",
            "雲嶺茗茶科技股份有限公司，一家於中華人民共和國註冊成立之股份有限公司，"
            "其A股於上海上市",
        ],
        [
            "「啟味智能」",
            "杭州啟味智能科技有限公司，一家於中華人民共和國註冊成立之有限責任公司",
        ],
        ["「上市規則」", "聯交所證券上市規則"],
        ["「人民幣」", "中華人民共和國法定貨幣人民幣"],
        ["「港幣」", "香港法定貨幣港幣"],
    ]),
    ("right", "承董事會命"),
    ("right", "潮泉茶業控股有限公司"),
    ("right", "主席 陳潮生"),
    ("p", "香港，2025年3月18日"),
    ("small", (
        "於本公告日期，董事會包括執行董事陳潮生先生及林慧敏女士；非執行董事黃志剛先生"
        "；以及獨立非執行董事李家明先生、吳美玲女士及鄭國邦先生。"
    )),
]


OPENING = set("“‘（「《〈【")
CLOSING = set("”’）」》〉】，。、；：？！%")
UNIT = re.compile(r"[A-Za-z0-9.,%/:&'\-]+|\s+|.")
MAXP_ZERO = (
    "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
    "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
    "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth",
)
NEXT_LINE = {"new_x": "LMARGIN", "new_y": "NEXT"}


def wrap_cjk(pdf, text, width):
    """Break CJK text into lines that fit width.

    Latin words and numbers are never split, opening punctuation stays with the
    following character and closing punctuation with the preceding one.
    """
    units = []
    pending = ""
    for token in UNIT.findall(text):
        if token.isspace():
            units.append(" ")
        elif token in CLOSING and units and units[-1] != " ":
            units[-1] += token
        elif token in OPENING:
            pending += token
        else:
            units.append(pending + token)
            pending = ""
    if pending:
        units.append(pending)
    lines, line = [], ""
    for unit in units:
        candidate = line + unit
        if line and pdf.get_string_width(candidate.rstrip()) > width:
            lines.append(line.rstrip())
            line = "" if unit == " " else unit
        else:
            line = candidate
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _to_truetype(font):
    """Replace the CFF outlines of an OpenType font by quadratic TrueType outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        width, _ = hmtx[name]
        hmtx[name] = (width, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxZones = 1
    for attr in MAXP_ZERO:
        setattr(maxp, attr, 0)
    font["maxp"] = maxp
    maxp.recalc(font)
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face, text, workdir):
    """Subset one face of the CJK collection to the characters of text.

    The result is saved as a TrueType file in workdir and its path returned.
    """
    font = TTFont(CJK_TTC, fontNumber=face)
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
    chars = set(text) | {chr(c) for c in range(32, 127)}
    subsetter.populate(text="".join(sorted(chars)))
    subsetter.subset(font)
    _to_truetype(font)
    path = Path(workdir) / f"cjk_face{face}.ttf"
    font.save(path)
    return path


class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)

    def footer(self):
        self.set_y(-14)
        self.set_font("Body", "", 8)
        self.cell(0, 6, self.footer_text.format(n=self.page_no()), align="C")


def render(blocks, out_path, cjk_font=None, footer_text="Page {n}"):
    pdf = Doc(footer_text)
    if cjk_font is None:
        pdf.add_font("Body", "", DEJAVU)
        pdf.add_font("Body", "B", DEJAVU_BOLD)
        bold = "B"
        line_h = 5.2
    else:
        pdf.add_font("Body", "", str(cjk_font))
        bold = ""
        line_h = 6.0
    pdf.add_page()
    for block in blocks:
        kind, content = block[0], block[1]
        if kind in ("h", "h2") and pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        if kind == "title":
            pdf.set_font("Body", bold, 16)
            pdf.multi_cell(0, 9, content, align="C", **NEXT_LINE)
        elif kind == "sub":
            pdf.set_font("Body", bold, 12)
            pdf.multi_cell(0, 7, content, align="C", **NEXT_LINE)
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font("Body", "", 8)
            pdf.multi_cell(0, 4.5, content, align="C", **NEXT_LINE)
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Body", bold, 11.5)
            pdf.multi_cell(0, 7, content, align="L", **NEXT_LINE)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("Body", bold, 10.5)
            pdf.multi_cell(0, 6.5, content, align="L", **NEXT_LINE)
        elif kind in ("p", "right"):
            pdf.set_font("Body", "", 10)
            align = "L" if kind == "p" else "R"
            if cjk_font is None:
                pdf.multi_cell(0, line_h, content, align=align, **NEXT_LINE)
            else:
                width = pdf.epw - 2 * pdf.c_margin - 0.5
                for line in wrap_cjk(pdf, content, width):
                    pdf.multi_cell(0, line_h, line, align=align, **NEXT_LINE)
            if kind == "p":
                pdf.ln(2)
        elif kind == "table":
            widths, rows = content, block[2]
            pdf.set_font("Body", "", 9)
            with pdf.table(
                col_widths=widths,
                width=sum(widths),
                align="LEFT",
                line_height=line_h,
                text_align="LEFT",
                first_row_as_headings=False,
            ) as table:
                for row in rows:
                    cells = table.row()
                    for text in row:
                        cells.cell(text)
            pdf.ln(3)
        else:
            raise ValueError(f"unknown block {kind}")
    pdf.output(str(out_path))


def block_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        else:
            parts.append(block[1])
    return "".join(parts)


def main():
    workdir = tempfile.mkdtemp(prefix="fresh155_fonts_")
    try:
        render(DOC01, HERE / "01_Aurelis_annual_report.pdf")
        simplified = make_cjk_font(FACE_SIMPLIFIED, block_text(DOC02), workdir)
        render(DOC02, HERE / "02_Yunling_a_share_announcement.pdf", simplified,
               footer_text="- {n} -")
        traditional = make_cjk_font(FACE_TRADITIONAL, block_text(DOC03), workdir)
        render(DOC03, HERE / "03_Chaoquan_hkex_announcement.pdf", traditional,
               footer_text="- {n} -")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
