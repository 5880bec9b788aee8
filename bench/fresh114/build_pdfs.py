"""Build the three PDF documents of fresh114 with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text uses DejaVu Sans. Chinese text uses a subset of Noto Sans CJK
(face 2 = Simplified, face 3 = Traditional) taken from the .ttc collection,
converted from CFF to TrueType outlines with fontTools, written to a temporary
directory, registered with fpdf2 and deleted afterwards.
"""
import os
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
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------------------
# font helpers
# ---------------------------------------------------------------------------
def make_cjk_ttf(face_index, text, out_path):
    """Subset one face of the CJK collection and convert it to TrueType."""
    font = TTFont(CJK_TTC, fontNumber=face_index)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    chars = set(text) | set("0123456789（）()、，。：；%-—– ")
    sub.populate(text="".join(sorted(chars)))
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
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


def blocks_text(blocks):
    out = []
    for b in blocks:
        for part in b[1:]:
            if isinstance(part, str):
                out.append(part)
            elif isinstance(part, (list, tuple)):
                for row in part:
                    if isinstance(row, (list, tuple)):
                        out.extend(str(c) for c in row)
                    else:
                        out.append(str(row))
    return "".join(out)


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
class Doc(FPDF):
    footer_text = ""
    font_regular = "body"
    font_bold = "body"

    def footer(self):
        self.set_y(-14)
        self.set_font(self.font_regular, size=7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"{self.footer_text}{self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def render(pdf, blocks, cjk=False):
    lh = 6.2 if cjk else 5.2
    epw = pdf.epw
    for b in blocks:
        kind = b[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(pdf.font_bold, size=15)
            pdf.multi_cell(epw, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "subtitle":
            pdf.set_font(pdf.font_regular, size=10.5)
            pdf.multi_cell(epw, 6, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(pdf.font_bold, size=11.5)
            pdf.multi_cell(epw, 7, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font(pdf.font_regular, size=9.5)
            pdf.multi_cell(epw, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font(pdf.font_regular, size=8)
            pdf.multi_cell(epw, lh - 1, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            widths, rows = b[1], b[2]
            total = sum(widths)
            widths = [w * epw / total for w in widths]
            for i, row in enumerate(rows):
                bold = i == 0
                pdf.set_font(pdf.font_bold if bold else pdf.font_regular, size=8.3)
                if bold:
                    pdf.set_fill_color(225, 230, 238)
                for j, cell in enumerate(row):
                    align = "L" if j == 0 else ("L" if not any(ch.isdigit() for ch in cell) else "R")
                    pdf.cell(widths[j], 6.4, cell, border=1, align=align, fill=bold)
                pdf.ln(6.4)
            pdf.ln(3)


def build(filename, blocks, footer, cjk_face=None, tmpdir=None):
    pdf = Doc(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    if cjk_face is None:
        pdf.add_font("body", "", DEJAVU)
        pdf.add_font("bodyb", "", DEJAVU_B)
        pdf.font_regular, pdf.font_bold = "body", "bodyb"
    else:
        path = os.path.join(tmpdir, f"cjk_{cjk_face}_{filename}.ttf")
        make_cjk_ttf(cjk_face, blocks_text(blocks) + footer, path)
        pdf.add_font("body", "", path)
        pdf.font_regular = pdf.font_bold = "body"
    pdf.footer_text = footer
    pdf.add_page()
    render(pdf, blocks, cjk=cjk_face is not None)
    pdf.output(os.path.join(HERE, filename))
    print("wrote", filename, "pages:", pdf.page_no())


# ---------------------------------------------------------------------------
# 01 Harrowgate Guarding plc - annual report excerpt (English)
# ---------------------------------------------------------------------------
DOC01 = [
    ("title", "Harrowgate Guarding plc"),
    ("subtitle", "Annual Report and Accounts 2024 - extract: Strategic Report and selected Notes to the Financial Statements"),
    ("h", "Chief Executive's Review"),
    ("p", "2024 was the year in which artificial intelligence moved from pilot to production across our alarm receiving "
          "centres. Group revenue rose 9.4% to £412.7 million, adjusted operating profit increased 12.1% to £38.1 million "
          "and the number of monitored connections reached 286,000 at the year end, up from 251,000 twelve months earlier. "
          "The Board is recommending a final dividend of 4.6 pence per share, making 6.9 pence for the year."),
    ("p", "Harrowgate now operates three divisions. Guarding provides manned security, mobile patrol and keyholding to "
          "around 2,300 commercial, public sector and critical national infrastructure sites. Monitoring operates our alarm "
          "receiving centres and our remote video monitoring service. Systems designs, installs and maintains intruder, fire, "
          "access control and CCTV systems, increasingly sold together with a monitoring contract."),
    ("p", "AI triage. Our triage engine now screens 71% of inbound video alarm events before they reach an operator, and the "
          "average time taken to verify a genuine intrusion has fallen from 94 seconds to 31 seconds. False alarm "
          "dispatches to police forces fell by 38%, which matters both to our customers and to the standing of our police "
          "response licences. We have deliberately kept a trained operator in every verification decision that leads to a "
          "dispatch, and we publish our model error rates to customers each quarter."),
    ("p", "Acquisition of Pennock. On 14 June 2024 Harrowgate completed the acquisition of the entire issued share capital of "
          "Pennock Fire & Security Limited, a fire detection and access control installer with 11 branches in the North of "
          "England, for a cash consideration of £18.6 million. Pennock contributed revenue of £21.3 million and adjusted "
          "operating profit of £1.7 million in the period since acquisition and is being integrated into our Systems "
          "division. Ferrybridge Partners LLP acted as financial adviser to Harrowgate on the transaction."),
    ("p", "Market. The UK market for monitored security remains fragmented but is consolidating. We continue to compete for "
          "national guarding and monitoring contracts principally with Kestrel Watch Group plc and Norland Secure Services "
          "plc, both of which announced AI verification programmes of their own during the year. We believe that our "
          "combination of a national response fleet and an accredited alarm receiving centre network remains difficult to "
          "replicate."),
    ("h", "Operating Review - Monitoring"),
    ("p", "Monitoring revenue grew 17.8% to £96.4 million and now represents 23% of Group revenue. Calder Monitoring Limited, "
          "our alarm receiving centre in Wakefield, renewed its contract to monitor intruder, hold-up and fire signalling "
          "for all 340 branches of Thamesmoor Bank plc until 2029. The renewal added video verification of panic alarms at "
          "120 higher-risk branches."),
    ("p", "Remote video monitoring grew fastest. Since March 2024 Harrowgate has provided operator verification, keyholding "
          "and mobile response for Optiveil Vision Ltd.'s Veil Guard remote monitoring service in the United Kingdom, under "
          "a three-year subcontract that generated £4.2 million of revenue in the year. The arrangement lets us fill "
          "overnight operator capacity and gives our response fleet a second stream of call-outs."),
    ("page",),
    ("p", "Technology and supply chain. Our triage engine combines licensed detection models with classifiers that we train "
          "on eleven years of anonymised alarm history. Before selecting the current architecture we evaluated analytics "
          "platforms from Vigilon Systems Inc. and Arcturo AI Ltd., neither of which we ultimately adopted. Our principal "
          "suppliers in 2024 are set out below."),
    ("table", [62, 22, 62, 24], [
        ["Supplier", "Country", "Goods or services", "2024 spend"],
        ["Brightwater Signalling Limited", "UK", "Dual-path alarm signalling", "£5.1m"],
        ["Negevsense Ltd.", "Israel", "Thermal perimeter detection heads", "£3.9m"],
        ["All other suppliers (each < £1.5m)", "Various", "Various", "£61.7m"],
    ]),
    ("h", "Financial Review"),
    ("p", "Net debt at 31 December 2024 was £71.5 million (2023: £58.2 million), representing 1.4 times adjusted EBITDA. The "
          "increase reflects the Pennock consideration and £9.3 million of capital expenditure on the rebuilt Wakefield "
          "control room, partly offset by operating cash conversion of 91%."),
    ("p", "In September 2024 we extended our committed bank facilities to September 2028 on unchanged margins. The "
          "facilities available to the Group at the year end were as follows."),
    ("table", [50, 50, 30, 40], [
        ["Lender", "Facility", "Amount", "Maturity"],
        ["Thamesmoor Bank plc", "Revolving credit facility", "£70.0m", "September 2028"],
        ["Ardlow & Fenwick Bank plc", "Revolving credit facility", "£50.0m", "September 2028"],
    ]),
    ("p", "Going concern. The Directors have considered a severe but plausible downside scenario in which two national "
          "guarding contracts are lost and wage inflation runs two percentage points above our base case. Under that "
          "scenario the Group retains headroom of more than £40 million against its facilities and complies with its "
          "leverage and interest cover covenants throughout the assessment period. The financial statements have "
          "therefore been prepared on a going concern basis."),
    ("h", "Principal Risks - extract"),
    ("p", "AI model performance. A material degradation in detection accuracy could lead to missed intrusions or excess "
          "dispatches. We mitigate this with human verification, monthly model drift testing and contractual service "
          "credits. Labour availability. Guarding margins are sensitive to the National Living Wage; around 62% of our "
          "contracts now contain automatic pass-through clauses."),
    ("page",),
    ("h", "Notes to the Financial Statements (extract)"),
    ("h", "31. Principal subsidiaries"),
    ("p", "The principal subsidiaries of the Company at 31 December 2024, all of which are included in the consolidated "
          "financial statements, are listed below. Each has a registered office at 1 Kingsmead Way, Harrogate HG1 4SL."),
    ("table", [62, 36, 52, 20], [
        ["Name", "Incorporated in", "Principal activity", "Holding"],
        ["Calder Monitoring Limited", "England and Wales", "Alarm receiving centre", "100%"],
        ["Pennock Fire & Security Limited", "England and Wales", "Fire and security systems", "100%"],
    ]),
    ("h", "32. Related party transactions"),
    ("p", "Brackenfield Capital LLP, which holds 14.2% of the Company's ordinary shares and is entitled to nominate one "
          "non-executive director, is considered a related party of the Group."),
    ("p", "Mr Julian Ashcombe, the non-executive director nominated by Brackenfield Capital LLP, is also a non-executive "
          "director of Wexcombe Facilities Group plc."),
    ("p", "Purchases of integrated facilities management services from Wexcombe Facilities Group plc for the Group's alarm "
          "receiving centres and branch offices amounted to £6.8 million (2023: £5.9 million) and were made on normal "
          "commercial terms. At 31 December 2024 £0.6 million was owed to Wexcombe and included within trade payables."),
    ("p", "Remuneration of key management personnel is disclosed in the Directors' Remuneration Report on pages 74 to 91. "
          "There were no other transactions with related parties requiring disclosure."),
]

# ---------------------------------------------------------------------------
# 03 深圳瞰安智能科技股份有限公司 - A股公告 (简体中文)
# ---------------------------------------------------------------------------
DOC03 = [
    ("small", "证券代码：688417　　　　证券简称：瞰安智能　　　　公告编号：2025-018"),
    ("title", "深圳瞰安智能科技股份有限公司"),
    ("subtitle", "关于向全资子公司增资并由其认购港卫智能控股有限公司新发行股份的公告"),
    ("small", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "●投资标的名称：港卫智能控股有限公司（香港联合交易所主板上市公司，股份代号：2793，以下简称“港卫智能”）新发行的50,000,000股普通股。"),
    ("p", "●投资金额：认购总价款为港币108,000,000元，按2025年3月21日中国人民银行公布的汇率中间价折合人民币约9,990万元。"),
    ("p", "●本次对外投资不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("p", "●相关风险提示：本次投资尚需完成境外投资相关的发改、商务及外汇备案或登记手续，并需满足认购协议约定的先决条件，能否顺利实施存在不确定性。"),
    ("h", "一、对外投资概述"),
    ("p", "（一）本次投资的基本情况"),
    ("p", "为推进公司“AI+安防运营服务”战略在香港及东南亚市场加快落地，公司拟以自有资金及银行贷款向全资子公司瞰安智能（香港）有限公司（以下简称“瞰安香港”）增资港币12,000万元。"),
    ("p", "增资完成后，瞰安香港拟以每股港币2.16元认购港卫智能50,000,000股新股，总价款为港币108,000,000元。本次认购完成后，瞰安香港将持有港卫智能经扩大后已发行股份总数的约9.62%，成为其第四大股东。剩余增资款项将用于瞰安香港在港设立AI视频运营中心及补充营运资金。"),
    ("p", "（二）审议程序"),
    ("p", "公司于2025年3月21日召开第三届董事会第十四次会议，以9票同意、0票反对、0票弃权审议通过了《关于向全资子公司增资并对外投资的议案》。根据《上海证券交易所科创板股票上市规则》及《公司章程》的规定，本次投资在董事会审批权限范围内，无需提交股东大会审议。"),
    ("p", "（三）本次投资不属于关联交易，也不构成重大资产重组。瞰安智能与耀程投资有限公司、汇峰资本有限公司之间均不存在关联关系。"),
    ("h", "二、增资标的基本情况"),
    ("table", [30, 70], [
        ["项目", "内容"],
        ["公司名称", "瞰安智能（香港）有限公司"],
        ["注册地", "香港特别行政区"],
        ["成立时间", "2019年7月"],
        ["增资前已发行股本", "港币3,000万元"],
        ["主营业务", "投资控股；公司产品在境外的销售与售后服务"],
    ]),
    ("p", "股权结构：瞰安香港为公司全资子公司，公司持有其100%股权。本次增资完成后，瞰安香港已发行股本将增加至港币15,000万元，公司仍持有其100%股权。"),
    ("p", "瞰安香港最近一年主要财务数据（经审计）：截至2024年12月31日，总资产为港币6,482.17万元，净资产为港币3,915.40万元；2024年度实现营业收入港币8,236.55万元，净利润港币412.08万元。"),
    ("h", "三、投资标的基本情况"),
    ("p", "（一）港卫智能概况"),
    ("p", "港卫智能控股有限公司（Gangwei Smart Holdings Limited）于2012年在开曼群岛注册成立，2016年于香港联合交易所主板上市。港卫智能主要通过其全资附属公司港卫物业管理有限公司在香港提供物业设施管理、保安护卫及智能监控服务，截至2024年末在管住宅及商业物业约420个，员工约6,800名。"),
    ("p", "香港物业设施管理及保安服务市场竞争较为充分，主要参与者包括卓卫保安集团有限公司、恒安物业服务有限公司等。"),
    ("p", "（二）主要财务数据（单位：港币千元）"),
    ("table", [40, 30, 30], [
        ["项目", "2023年度", "2024年度"],
        ["收益", "1,862,405", "2,017,336"],
        ["净利润", "61,238", "68,902"],
        ["总资产", "1,204,771", "1,311,058"],
        ["净资产", "588,310", "627,445"],
    ]),
    ("p", "（三）本次认购前后港卫智能主要股东持股情况"),
    ("table", [46, 27, 17, 27, 17], [
        ["股东名称", "认购前持股数", "比例", "认购后持股数", "比例"],
        ["耀程投资有限公司", "216,000,000", "45.96%", "216,000,000", "41.54%"],
        ["汇峰资本有限公司", "62,400,000", "13.28%", "62,400,000", "12.00%"],
        ["Wexcombe Facilities Group plc", "58,750,000", "12.50%", "58,750,000", "11.30%"],
        ["瞰安香港", "-", "-", "50,000,000", "9.62%"],
        ["其他公众股东", "132,850,000", "28.26%", "132,850,000", "25.54%"],
        ["合计", "470,000,000", "100.00%", "520,000,000", "100.00%"],
    ]),
    ("h", "四、认购协议的主要内容"),
    ("p", "1、协议主体：港卫智能（发行人）与瞰安香港（认购人）。"),
    ("p", "2、认购价格及定价依据：每股港币2.16元，较港卫智能股份于协议签署日在香港联合交易所的收市价每股港币2.35元折让约8.09%，系双方参考港卫智能近期股价、每股净资产及盈利能力协商确定。"),
    ("p", "3、支付方式：认购人于交割日以现金一次性支付全部认购价款。"),
    ("p", "4、先决条件：包括香港联合交易所批准认购股份上市及买卖、认购人完成境内境外投资备案等。"),
    ("p", "5、锁定期：认购人承诺自交割日起12个月内不转让认购股份；认购人无权向港卫智能提名董事。"),
    ("h", "五、资金来源"),
    ("p", "本次增资所需资金中，人民币5,500万元拟使用江淮兴业银行股份有限公司深圳分行提供的三年期并购贷款，其余部分以公司自有资金支付。"),
    ("h", "六、对外投资对上市公司的影响"),
    ("p", "港卫智能在香港拥有成熟的物业及保安运营网络。本次投资有助于公司获取香港智慧物业运营场景，验证公司AI视频巡检及无人值守机房产品的规模化落地能力，符合公司长期发展战略。本次投资资金来源为自有资金及银行贷款，不会对公司财务状况和经营成果产生重大不利影响，不存在损害公司及全体股东利益的情形。"),
    ("h", "七、风险提示"),
    ("p", "1、审批风险：本次投资尚需取得境外投资主管部门的备案或登记，存在不能及时取得的风险。"),
    ("p", "2、汇率风险：认购价款以港币计价，人民币汇率波动可能影响投资成本。"),
    ("p", "3、投资收益风险：港卫智能经营业绩受香港物业管理市场、人工成本等因素影响，投资收益存在不确定性。"),
    ("h", "八、其他事项"),
    ("p", "本次交易中，公司聘请的境外法律顾问为何罗律师行，境内法律顾问为北京衡川律师事务所。公司将根据后续进展情况及时履行信息披露义务，敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("p", "深圳瞰安智能科技股份有限公司董事会\n2025年3月22日"),
]

# ---------------------------------------------------------------------------
# 04 港衛智能控股有限公司 - 香港交易所公告 (繁體中文)
# ---------------------------------------------------------------------------
DOC04 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "港衛智能控股有限公司\nGANGWEI SMART HOLDINGS LIMITED"),
    ("subtitle", "（於開曼群島註冊成立之有限公司）\n（股份代號：2793）"),
    ("subtitle", "須予披露交易\n收購捷守保安服務有限公司全部已發行股本\n及\n根據一般授權認購新股份\n及\n框架採購協議"),
    ("h", "緒言"),
    ("p", "董事會欣然宣佈，於二零二五年三月二十一日（交易時段後）：（i）買方與賣方訂立買賣協議，以收購目標公司全部已發行股本；（ii）本公司與認購人訂立認購協議，據此本公司將根據一般授權配發及發行50,000,000股認購股份；及（iii）本公司與瞰安智能訂立框架採購協議。"),
    ("h", "收購事項"),
    ("p", "日期：二零二五年三月二十一日\n訂約方：（1）港衛物業管理有限公司（作為買方）；及（2）陳志鴻先生（作為賣方）。"),
    ("p", "買方港衛物業管理有限公司為港衛智能控股有限公司之間接全資附屬公司，主要於香港從事物業設施管理服務。據董事作出一切合理查詢後所深知、盡悉及確信，賣方為獨立第三方。"),
    ("p", "根據買賣協議，港衛物業管理有限公司有條件同意收購而賣方有條件同意出售捷守保安服務有限公司全部已發行股本，代價為港幣86,000,000元。代價其中30%已於簽訂買賣協議時以按金方式支付，餘額將於完成時以現金支付。"),
    ("p", "代價乃經訂約方參考目標公司截至二零二四年十二月三十一日止年度之除稅後溢利（相當於市盈率約9.1倍）、其持有之保安公司牌照及現有服務合約組合後，按一般商業條款公平磋商後釐定。收購代價將以本集團之內部資源及港豐銀行有限公司向本公司提供之港幣50,000,000元三年期定期貸款撥付。"),
    ("h", "有關目標公司之資料"),
    ("p", "捷守保安服務有限公司於二零零八年在香港註冊成立，持有保安及護衛業管理委員會發出之第一類及第三類保安公司牌照，為約160個住宅及商業物業提供保安護衛及保安系統保養服務，僱員約1,350名。據董事所知，捷守保安於香港住宅保安市場之主要競爭對手包括卓衛保安集團有限公司及恒安物業服務有限公司。"),
    ("p", "目標公司截至二零二三年及二零二四年十二月三十一日止兩個年度之經審核財務資料如下（港幣千元）："),
    ("table", [40, 30, 30], [
        ["項目", "二零二三年", "二零二四年"],
        ["收益", "201,356", "228,904"],
        ["除稅前溢利", "10,882", "11,267"],
        ["除稅後溢利", "9,087", "9,408"],
    ]),
    ("p", "於完成後，目標公司之財務業績將綜合併入本集團之財務報表。"),
    ("h", "認購事項"),
    ("p", "日期：二零二五年三月二十一日\n訂約方：（1）本公司（作為發行人）；及（2）瞰安智能（香港）有限公司（作為認購人）。"),
    ("p", "認購人瞰安智能（香港）有限公司已有條件同意按每股認購股份港幣2.16元之認購價認購合共50,000,000股認購股份，認購總額為港幣108,000,000元。"),
    ("p", "認購價較股份於二零二五年三月二十一日在聯交所所報之收市價每股港幣2.35元折讓約8.09%。認購股份相當於本公司現有已發行股本約10.64%及經配發及發行認購股份擴大後之已發行股本約9.62%。認購股份將根據股東於二零二四年股東週年大會上授予董事之一般授權配發及發行。"),
    ("p", "認購人為深圳瞰安智能科技股份有限公司（一間於上海證券交易所科創板上市之公司，證券代碼：688417）之全資附屬公司，主要從事投資控股及瞰安智能產品之海外銷售。"),
    ("h", "對本公司股權架構之影響"),
    ("table", [46, 27, 15, 27, 15], [
        ["股東", "於本公告日期", "%", "緊隨認購完成後", "%"],
        ["耀程投資有限公司", "216,000,000", "45.96", "216,000,000", "41.54"],
        ["匯峰資本有限公司", "62,400,000", "13.28", "62,400,000", "12.00"],
        ["Wexcombe Facilities Group plc", "58,750,000", "12.50", "58,750,000", "11.30"],
        ["瞰安智能（香港）有限公司", "-", "-", "50,000,000", "9.62"],
        ["公眾股東", "132,850,000", "28.26", "132,850,000", "25.54"],
        ["總計", "470,000,000", "100.00", "520,000,000", "100.00"],
    ]),
    ("small", "附註：耀程投資有限公司由本公司主席兼執行董事羅耀程先生全資擁有。由於四捨五入，百分比總和未必等於所示總數。"),
    ("p", "認購事項所得款項總額為港幣108,000,000元，所得款項淨額估計約為港幣107,200,000元。本公司擬將約60%用於在葵涌設立AI視頻運營中心，餘額用作一般營運資金。"),
    ("h", "框架採購協議"),
    ("p", "於同日，本公司與深圳瞰安智能科技股份有限公司訂立框架採購協議，據此，瞰安智能將於截至二零二七年十二月三十一日止三個年度向本集團供應AI攝像機、邊緣分析設備及軟件授權，每年採購上限為人民幣45,000,000元。"),
    ("p", "由於緊隨認購完成後認購人將持有本公司經擴大已發行股本少於10%，瞰安智能及認購人於完成後均不會成為本公司之關連人士，框架採購協議項下之交易不構成持續關連交易。"),
    ("h", "進行交易之理由及裨益"),
    ("p", "本集團正由傳統人手密集型保安服務轉型為「人員＋AI視頻」之綜合運營模式。收購事項將令本集團在管物業數目增加約38%，而認購事項引入之策略投資者及框架採購協議將確保本集團以具競爭力之價格取得AI攝像機及邊緣分析設備。董事（包括獨立非執行董事）認為，各項交易之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("page",),
    ("h", "上市規則涵義及其他事項"),
    ("p", "由於有關收購事項之一項或多項適用百分比率高於5%但低於25%，收購事項構成本公司之須予披露交易，須遵守上市規則第十四章之申報及公告規定。嘉鋒融資有限公司已獲港衛智能控股有限公司委任為收購事項及認購事項之財務顧問。"),
    ("p", "董事會注意到近日有傳媒報道指港衛智能與卓衛保安集團有限公司正商討合併。董事會謹此澄清，本公司並無進行任何該等磋商，亦無訂立任何協議。"),
    ("p", "由於收購事項及認購事項須待若干先決條件達成後方告完成，故未必會進行。股東及潛在投資者於買賣股份時務請審慎行事。"),
    ("p", "承董事會命\n港衛智能控股有限公司\n主席\n羅耀程\n\n香港，二零二五年三月二十一日"),
    ("small", "於本公告日期，董事會包括執行董事羅耀程先生、梁翠芬女士及何國樑先生；非執行董事Martin Greaves先生；以及獨立非執行董事鄧家輝先生、蘇慧敏女士及黃志遠先生。"),
]


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh114_fonts_")
    try:
        build("01_Harrowgate_annual_report.pdf", DOC01,
              "Harrowgate Guarding plc  |  Annual Report and Accounts 2024  |  ")
        build("03_Kanan_announcement.pdf", DOC03, "", cjk_face=2, tmpdir=tmpdir)
        build("04_Gangwei_announcement.pdf", DOC04, "", cjk_face=3, tmpdir=tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
