"""Build the three PDF documents of the fresh129 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Each document is a list of pages; each page is a list of blocks. Pages are
started explicitly so that the page number recorded in links.jsonl and
non_links.jsonl is stable.
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
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------------------
# 03 - Rheinfeld Pharmahandel AG, Annual Report 2025 (English, German issuer)
# ---------------------------------------------------------------------------
RHEINFELD = [
    [
        ("title", "Rheinfeld Pharmahandel AG"),
        ("subtitle", "Annual Report 2025 - Excerpt"),
        ("small", ("Combined management report and notes to the consolidated financial statements | "
                  "Frankfurt am Main | ISIN DE000RPH4417 | Prime Standard")),
        ("h", "Key figures"),
        ("table", [52, 30, 30, 30],
         [["Key figures", "2025", "2024", "Change"],
          ["Revenue (EUR million)", "14,612", "13,870", "+5.3%"],
          ["EBIT (EUR million)", "212.4", "188.9", "+12.4%"],
          ["EBIT margin", "1.45%", "1.36%", "+0.09 pp"],
          ["Pharmacies supplied", "9,800", "9,650", "+1.6%"],
          ["Distribution centres", "21", "20", "+1"],
          ["Employees (FTE)", "7,940", "7,810", "+1.7%"],
          ["Forecast accuracy", "83%", "71%", "+12 pp"]], True),
        ("h", "Letter from the Executive Board (excerpt)"),
        ("p", "Dear Shareholders,"),
        ("p", ("2025 was the year in which artificial intelligence left the pilot stage at Rheinfeld and became "
              "part of the daily routine in our distribution centres. Our forecasting models now decide, for more "
              "than 80% of the 110,000 items we stock, how much is ordered from manufacturers and when stock is "
              "moved between sites. Out-of-stock rates at pharmacy level fell by 27%, and the number of emergency "
              "deliveries declined for the first time in a decade.")),
        ("p", ("At the same time, the environment remained demanding. The fixed wholesale surcharge has not kept "
              "pace with inflation, energy and personnel costs continued to rise, and drug shortages tied up "
              "working capital. That we nevertheless increased EBIT by 12.4% is due above all to the efficiency "
              "of our logistics and to the integration of pharmacy software into our offering. We propose a "
              "dividend of €1.35 per share (prior year: €1.20).")),
        ("p", "Dr. Katrin Wessel, Chief Executive Officer"),
    ],
    [
        ("h", "1 Fundamentals of the Group"),
        ("h2", "1.1 Business model"),
        ("p", ("Rheinfeld Pharmahandel AG is a full-line pharmaceutical wholesaler that supplies around 9,800 "
              "community pharmacies in Germany up to three times a day from 21 distribution centres. In addition "
              "to prescription and over-the-counter medicines, the Group distributes medical devices, cosmetics "
              "and veterinary products and offers pharmacies IT, marketing and financing services. Operational "
              "logistics are bundled in the subsidiary Rheinfeld Logistik GmbH.")),
        ("p", ("The German pharmaceutical wholesale market is served by five full-line wholesalers; besides "
              "Rheinfeld, the largest are Sauerbeck Pharma-Großhandel AG and Halbach Medizinvertrieb GmbH. Market "
              "shares have been broadly stable for several years, and competition takes place mainly through the "
              "discounts granted to pharmacies within the statutory price framework.")),
        ("p", ("Mail-order pharmacies are a growing customer group. Nordwall Versandapotheke GmbH, Hamburg, remained "
              "our largest mail-order customer in 2025; we deliver its entire prescription and OTC assortment from "
              "our Hamburg and Hanover distribution centres. Sales to mail-order pharmacies rose by 18% to "
              "€1.1 billion.")),
        ("h2", "1.2 Strategy and the Rheinfeld Predict programme"),
        ("p", ("Rheinfeld Predict combines demand forecasting, automated purchasing and dynamic route planning. "
              "Since 2024 our demand-forecasting and route-planning models have been supplied by Fennrich AI GmbH, "
              "Munich, under a licence and service agreement that was extended in 2025 until the end of 2028. "
              "Rheinfeld owns the training data and the forecasts generated from it; the supplier may use "
              "anonymised model parameters to improve its products.")),
        ("p", ("In 2025 forecast accuracy at the level of item, pharmacy and day rose from 71% to 83%. Inventory "
              "days fell from 29 to 26, releasing €94 million of working capital, and dynamic route planning "
              "reduced the kilometres driven per delivery by 6%. For 2026 we plan to extend the models to "
              "cold-chain products and to the ordering of narcotics, which are subject to separate controls.")),
    ],
    [
        ("h2", "1.3 Acquisitions, investments and cooperation"),
        ("p", ("On 1 April 2025 Rheinfeld acquired all shares in Lindhorst Apothekensoftware GmbH, Bielefeld, a "
              "provider of point-of-sale and inventory software for some 3,900 community pharmacies, for a "
              "purchase price of €68 million. Goodwill of €39 million was recognised. Lindhorst's order-management "
              "software has also run the online shop of Nordwall Versandapotheke since 2022.")),
        ("p", ("Rheinfeld Logistik GmbH commissioned 14 autonomous picking robots from Kestrune Robotics, Inc. for "
              "the new Kassel hub, which went live in November 2025. The hub handles around 140,000 order lines "
              "per day with a picking error rate below 0.02%.")),
        ("p", ("Together with Kaiyo Yakuhin Holdings of Japan, Rheinfeld founded the Wholesale AI Forum in 2025, in "
              "which both companies share anonymised benchmarks on forecast accuracy, returns and cold-chain "
              "deviations. Further wholesalers from Europe and Asia have expressed interest in joining.")),
        ("p", ("In the third quarter Rheinfeld's Executive Board examined an acquisition of the Austrian business of "
              "Sauerbeck Pharma-Großhandel AG but decided not to submit a binding offer. The expected synergies "
              "did not justify the price demanded.")),
        ("h", "2 Economic report"),
        ("h2", "2.3 Financial position"),
        ("p", ("In June 2025 Elbtal Landesbank granted Rheinfeld a term loan of €400 million with a term of five "
              "years, which was used to refinance existing liabilities and the Lindhorst purchase price. The loan "
              "bears interest at EURIBOR plus a margin linked to the Group's leverage ratio and to two "
              "sustainability targets.")),
        ("table", [80, 40, 40],
         [["Financial liabilities (EUR million)", "31 Dec 2025", "31 Dec 2024"],
          ["Bank term loan", "400.0", "-"],
          ["Promissory note loans", "250.0", "450.0"],
          ["Lease liabilities", "318.6", "297.2"],
          ["Other financial liabilities", "41.3", "63.8"],
          ["Total", "1,009.9", "811.0"]], True),
    ],
    [
        ("h", "Notes to the consolidated financial statements (excerpt)"),
        ("h2", "Note 38 List of shareholdings pursuant to section 313 (2) HGB (excerpt)"),
        ("table", [70, 40, 30, 30],
         [["Company", "Registered office", "Share of capital", "Equity (EUR million)"],
          ["Rheinfeld Logistik GmbH", "Frankfurt am Main", "100.0%", "164.8"],
          ["Lindhorst Apothekensoftware GmbH", "Bielefeld", "100.0%", "41.7"],
          ["Fennrich AI GmbH (other investment)", "Munich", "12.0%", "18.3"]], True),
        ("h2", "Note 39 Related party disclosures"),
        ("p", ("Fennrich AI GmbH is an other investment of the Group over which Rheinfeld does not exercise "
              "significant influence. Purchases of licences and services from Fennrich amounted to €6.2 million "
              "in 2025 (2024: €4.8 million). There were no outstanding balances at the reporting date.")),
        ("h2", "Note 41 Auditor's fees"),
        ("p", ("Brandauer Treuhand GmbH Wirtschaftsprüfungsgesellschaft, Düsseldorf, audited the consolidated "
              "financial statements of Rheinfeld Pharmahandel AG for the 2025 financial year and issued an "
              "unqualified audit opinion. The fees recognised as an expense for the audit amounted to "
              "€1.9 million.")),
        ("h2", "Note 42 Events after the reporting period"),
        ("p", ("In January 2026 the Group participated in the Series C financing round of a mail-order pharmacy "
              "customer. Further details will be provided in the interim report for the first quarter of 2026.")),
        ("p", "Frankfurt am Main, 10 March 2026"),
        ("p", "The Executive Board"),
    ],
]

# ---------------------------------------------------------------------------
# 05 - 星海医药 A-share announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
XINGHAI = [
    [
        ("small", "证券代码：605917　　　证券简称：星海医药　　　公告编号：2026-021"),
        ("title", "星海医药流通股份有限公司"),
        ("subtitle", "关于签订人工智能平台采购合同暨向全资子公司增资的公告"),
        ("box", ("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
                "准确性和完整性承担法律责任。")),
        ("h", "重要内容提示："),
        ("p", ("● 星海医药流通股份有限公司（以下简称“公司”或“星海医药”）拟与杭州云策智能科技有限公司（以下简称“云策智能”）"
              "签订《智慧药事人工智能平台采购及技术服务合同》，合同总金额为人民币4,860万元（含税）。")),
        ("p", ("● 公司拟以自有资金人民币1.5亿元向全资子公司星海智慧药房（杭州）有限公司（以下简称“星海智慧药房”）增资，"
              "增资完成后星海智慧药房注册资本由人民币1亿元增加至人民币2.5亿元。")),
        ("p", ("● 本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。本次交易已经公司"
              "第三届董事会第十九次会议审议通过，无需提交股东大会审议。")),
        ("p", ("● 风险提示：人工智能平台的部署效果受数据质量、业务流程改造及监管政策等因素影响，存在不达预期的风险。"
              "敬请广大投资者注意投资风险。")),
        ("h", "一、交易概述"),
        ("p", ("（一）为提升药品需求预测、仓储补货及处方审核环节的智能化水平，公司于2026年3月20日召开第三届董事会第十九次"
              "会议，以9票同意、0票反对、0票弃权审议通过了《关于签订人工智能平台采购合同的议案》及《关于向全资子公司"
              "增资的议案》。")),
        ("p", ("（二）本次采购合同及增资事项均在董事会审批权限范围内，无需提交股东大会审议。公司将根据合同履行进展情况"
              "及时履行信息披露义务。")),
    ],
    [
        ("h", "二、交易对方基本情况"),
        ("table", [45, 125],
         [["公司名称", "杭州云策智能科技有限公司"],
          ["统一社会信用代码", "91330106MA2KX7Q43R"],
          ["企业类型", "有限责任公司"],
          ["法定代表人", "周卓然"],
          ["注册资本", "人民币5,000万元"],
          ["成立日期", "2019年7月12日"],
          ["注册地址", "浙江省杭州市西湖区文三路478号"],
          ["经营范围", "人工智能应用软件开发；信息技术咨询服务；数据处理服务"]], False),
        ("p", "云策智能主要股东情况如下："),
        ("table", [90, 40, 40],
         [["股东名称", "出资额（万元）", "持股比例"],
          ["杭州云策控股有限公司", "1,925.00", "38.50%"],
          ["苏州澄岸创业投资合伙企业（有限合伙）", "710.00", "14.20%"],
          ["其他股东合计", "2,365.00", "47.30%"],
          ["合计", "5,000.00", "100.00%"]], True),
        ("p", ("最近一年主要财务数据：截至2025年12月31日，云策智能总资产人民币3.12亿元，净资产人民币2.05亿元；2025年度"
              "实现营业收入人民币1.46亿元，净利润人民币1,870万元（未经审计）。")),
        ("p", "云策智能与公司及公司控股股东、实际控制人、董事、高级管理人员之间不存在关联关系。"),
        ("h", "三、合同主要内容"),
        ("p", ("（一）合同标的：乙方为甲方部署药品需求预测、智能补货及处方审核辅助三大模块，并提供为期三年的运维及模型"
              "迭代服务。")),
        ("p", ("（二）合同金额及支付方式：合同总金额为人民币4,860万元（含税），甲方按验收进度分三期支付，比例分别为30%、"
              "40%及30%。")),
        ("p", "（三）算力安排：平台模型训练及推理所需算力由公司另行向瀚川算力科技有限公司租赁，年租金约为人民币1,280万元。"),
        ("p", "（四）违约责任：任何一方违约的，应赔偿对方因此遭受的直接损失；乙方交付延迟超过60日的，甲方有权解除合同。"),
    ],
    [
        ("h", "四、增资标的基本情况"),
        ("table", [45, 125],
         [["公司名称", "星海智慧药房（杭州）有限公司"],
          ["成立日期", "2017年3月8日"],
          ["注册资本", "增资前人民币1亿元，增资后人民币2.5亿元"],
          ["经营范围", "药品零售；医疗器械销售；互联网药品信息服务"],
          ["门店数量", "截至2025年12月31日共412家"],
          ["2025年度营业收入", "人民币9.84亿元"]], False),
        ("p", "本次增资资金将主要用于门店智能审方系统改造、慢病管理服务及冷链配送能力建设。"),
        ("h", "五、本次交易对公司的影响"),
        ("p", ("（一）平台上线后将首先应用于公司向重点连锁药房客户提供的智能补货服务。2025年度，公司向金伦数码药房（深圳）"
              "有限公司销售药品实现收入人民币3.26亿元，其为首批试点客户之一。")),
        ("p", ("（二）本次交易所需资金来源为公司自有资金及浙东商业银行股份有限公司授予公司的人民币8亿元综合授信额度，不会"
              "对公司正常生产经营产生重大不利影响。")),
        ("p", ("（三）目前，百禾大药房连锁股份有限公司、华穗医药股份有限公司等同行业企业亦在推进人工智能药事服务，行业竞争"
              "日趋激烈。")),
        ("p", "（四）近期有媒体报道称星海医药拟收购百禾大药房连锁股份有限公司部分门店，经公司核实，公司目前未筹划上述事项。"),
        ("h", "六、风险提示"),
        ("p", ("平台部署涉及业务流程调整，模型效果可能因数据质量不足而低于预期；处方审核辅助功能须符合药品监管部门关于"
              "药师审方的相关规定。")),
        ("h", "七、保荐机构核查意见"),
        ("p", "东岳证券股份有限公司作为星海医药的持续督导保荐机构，对本次交易事项出具了无异议的核查意见。"),
        ("p", "特此公告。"),
        ("right", "星海医药流通股份有限公司董事会"),
        ("right", "2026年3月21日"),
    ],
]

# ---------------------------------------------------------------------------
# 06 - 金倫健康 HKEX announcement (Traditional Chinese)
# ---------------------------------------------------------------------------
JINLUN = [
    [
        ("box", ("香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何"
                "聲明，並明確表示，概不對因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。")),
        ("title", "金倫健康科技控股有限公司"),
        ("subtitle", "JINLUN HEALTH TECHNOLOGY HOLDINGS LIMITED"),
        ("center", "（於開曼群島註冊成立之有限公司）"),
        ("center", "（股份代號：2687）"),
        ("subtitle", "須予披露交易 向附屬公司增資及引入投資者"),
        ("subtitle", "及 自願公告 訂立數據服務框架協議"),
        ("h", "增資協議"),
        ("p", ("董事會欣然宣佈，於2026年3月18日（交易時段後），本公司與深圳前灣產業投資基金合夥企業（有限合夥）（「前灣基金」）"
              "就本公司之間接全資附屬公司金倫數碼藥房（深圳）有限公司（「數碼藥房」）訂立增資協議（「增資協議」）。")),
        ("p", ("根據增資協議，本公司同意以現金向數碼藥房增資人民幣2億元，而前灣基金同意以人民幣6,000萬元認購數碼藥房之"
              "新增註冊資本。")),
        ("p", ("增資完成後，前灣基金將持有數碼藥房約12.00%股權，數碼藥房將繼續為本公司之附屬公司，其財務業績將繼續綜合"
              "入賬本集團之財務報表。")),
        ("table", [40, 130],
         [["日期", "2026年3月18日"],
          ["付款", "於完成日期後十個營業日內以現金支付"],
          ["完成", "預期於2026年4月30日或之前"],
          ["代價基準", ("經訂約方公平磋商後釐定，並參考獨立估值師對數碼藥房於2025年12月31日之股東全部權益評估值約人民幣"
                   "2.4億元")]], False),
    ],
    [
        ("h", "進行增資之理由及裨益"),
        ("p", ("數碼藥房經營線上處方藥房業務及位於深圳、東莞及廣州之86間門店，其智能問診及處方審核系統運行於瀚川算力科技"
              "有限公司提供之算力平台。")),
        ("p", ("增資所得款項將主要用於擴充人工智能藥師助理、建設冷鏈配送中心及門店數碼化改造。董事認為，引入策略投資者"
              "有助數碼藥房拓展大灣區醫療機構處方外流業務。")),
        ("p", "數碼藥房主要與健安堂醫藥連鎖有限公司及百禾大藥房連鎖股份有限公司等線上線下藥房競爭。"),
        ("h", "有關前灣基金之資料"),
        ("p", ("前灣基金為一間於中國成立之有限合夥企業，主要從事醫療健康及科技領域之股權投資。據董事作出一切合理查詢後所"
              "深知、盡悉及確信，前灣基金及其最終實益擁有人均為獨立第三方。")),
        ("h", "數據服務框架協議"),
        ("p", ("於同日，本公司與杭州雲策智能科技有限公司（「雲策智能」）訂立數據服務框架協議，據此，本集團將向雲策智能提供"
              "經脫敏處理之處方數據標註及藥事知識庫服務，截至2028年12月31日止三個年度各年之年度上限均為港幣3,600萬元。")),
        ("p", ("雲策智能為一間於中國成立之人工智能軟件公司，其產品已應用於多家醫藥流通企業之需求預測及處方審核。據董事"
              "所深知，雲策智能及其最終實益擁有人均為獨立第三方，故數據服務框架協議項下之交易並不構成上市規則第14A章"
              "項下之關連交易。")),
    ],
    [
        ("h", "上市規則之涵義"),
        ("p", ("由於有關增資之一項或多項適用百分比率超過5%但均低於25%，增資構成本公司之須予披露交易，須遵守上市規則"
              "第14章項下之通知及公告規定。")),
        ("p", "嘉運融資有限公司已獲委任為金倫健康科技控股有限公司有關增資事項之財務顧問。"),
        ("h", "一般資料"),
        ("p", ("本集團主要在中國從事線上線下藥房零售、醫藥電商及數碼健康服務。於本公告日期，BayCrest Holdings Limited"
              "持有本公司已發行股份約43.62%，為本公司之控股股東。")),
        ("h", "澄清"),
        ("p", ("董事會注意到近日有媒體報道指金倫健康正洽商收購星海醫藥流通股份有限公司旗下零售藥房業務。董事會謹此澄清，"
              "本公司並無就此進行任何磋商，亦無訂立任何協議。本公司股東及潛在投資者於買賣本公司證券時務請審慎行事。")),
        ("right", "承董事會命"),
        ("right", "金倫健康科技控股有限公司"),
        ("right", "主席 林嘉豪"),
        ("p", "香港，2026年3月18日"),
        ("p", ("於本公告日期，董事會包括執行董事林嘉豪先生、陳穎思女士及何志恒先生；非執行董事黃德明先生；以及獨立非執行"
              "董事梁佩儀女士、蘇啟文先生及鄭永康先生。")),
    ],
]

DOCS = [
    ("03_Rheinfeld_annual_report.pdf", RHEINFELD, None, "Rheinfeld Pharmahandel AG | Annual Report 2025 | {n}"),
    ("05_Xinghai_A-share_announcement.pdf", XINGHAI, 2, "第 {n} 页"),
    ("06_Jinlun_HKEX_announcement.pdf", JINLUN, 3, "第 {n} 頁"),
]


def doc_text(pages):
    parts = []
    for page in pages:
        for block in page:
            for item in block[1:]:
                if isinstance(item, str):
                    parts.append(item)
                elif isinstance(item, list) and item and isinstance(item[0], list):
                    for row in item:
                        parts.extend(row)
    return "".join(parts)


def cjk_font(index, text, tmpdir):
    """Subset one face of the Noto CJK collection and convert CFF outlines to TrueType."""
    font = TTFont(NOTO, fontNumber=index)
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options=options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                 "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = Path(tmpdir) / f"noto_cjk_{index}.ttf"
    font.save(str(path))
    return str(path)


class Doc(FPDF):
    footer_template = ""

    def footer(self):
        self.set_y(-14)
        self.set_font(self.body_family, size=8)
        self.cell(0, 6, self.footer_template.format(n=self.page_no()), align="C")


def build(name, pages, cjk_index, footer, tmpdir):
    pdf = Doc(format="A4")
    pdf.footer_template = footer
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    if cjk_index is None:
        pdf.add_font("Body", "", DEJAVU)
        pdf.add_font("Body", "B", DEJAVU_BOLD)
        bold = "B"
    else:
        text = doc_text(pages) + footer + "0123456789 "
        pdf.add_font("Body", "", cjk_font(cjk_index, text, tmpdir))
        bold = ""
    pdf.body_family = "Body"
    for page in pages:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font("Body", bold, 16)
                pdf.multi_cell(0, 9, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "subtitle":
                pdf.set_font("Body", bold, 12)
                pdf.multi_cell(0, 7, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "center":
                pdf.set_font("Body", "", 10)
                pdf.multi_cell(0, 6, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "right":
                pdf.set_font("Body", "", 10)
                pdf.multi_cell(0, 6, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                pdf.set_font("Body", "", 8.5)
                pdf.multi_cell(0, 5, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "box":
                pdf.set_font("Body", "", 9)
                pdf.multi_cell(0, 5.5, block[1], border=1, align="L", padding=2,
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("Body", bold, 11.5)
                pdf.multi_cell(0, 7, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "h2":
                pdf.set_font("Body", bold, 10.5)
                pdf.multi_cell(0, 6.5, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                pdf.set_font("Body", "", 10)
                pdf.multi_cell(0, 5.6, block[1], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                _, widths, rows, heading = block
                pdf.set_font("Body", "", 9)
                style = FontFace(emphasis="B" if bold else "", fill_color=(225, 230, 238))
                with pdf.table(col_widths=widths, width=sum(widths), first_row_as_headings=heading,
                               headings_style=style, line_height=5.5, text_align="LEFT",
                               align="LEFT") as table:
                    for row in rows:
                        cells = table.row()
                        for value in row:
                            cells.cell(value)
                pdf.ln(3)
    pdf.output(str(HERE / name))
    return pdf.page_no()


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh129_fonts_")
    try:
        for name, pages, cjk_index, footer in DOCS:
            count = build(name, pages, cjk_index, footer, tmpdir)
            print(f"{name}: {count} pages (expected {len(pages)})")
            if count != len(pages):
                raise SystemExit(f"{name}: content overflowed onto an extra page")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
