"""Build the PDF documents of the fresh147 evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""

import os
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FACE_SIMPLIFIED = 2
FACE_TRADITIONAL = 3

# Block kinds: ("title", text), ("h", text), ("p", text), ("small", text),
# ("right", text), ("table", col_widths, rows) with the first row as header,
# and ("page",) to start a new page.

DOC02 = [
    ("right", "November 4, 2025"),
    ("small", "Company name: Hokusei Reito Shokuhin Co., Ltd."),
    ("small", "Representative: Kenji Arakawa, President and Representative Director"),
    ("small", "(Securities code: 2947, TSE Prime Market)"),
    ("small", "Contact: Mai Sudo, General Manager, Corporate Planning Department "
              "(TEL: +81-11-555-0192)"),
    ("title", "Notice Concerning Capital and Business Alliance with Kanazawa Vision "
              "Systems K.K. and Subscription for Its Shares by Way of Third-Party "
              "Allotment"),
    ("p", "Hokusei Reito Shokuhin Co., Ltd. (the \"Company\") hereby announces that "
          "its Board of Directors resolved at a meeting held today to enter into a "
          "capital and business alliance with Kanazawa Vision Systems K.K. "
          "(\"Kanazawa Vision\") and to subscribe for shares to be issued by "
          "Kanazawa Vision by way of third-party allotment, as described below."),
    ("h", "1. Purpose of and reasons for the alliance"),
    ("p", "Frozen food plants in Japan face a structural shortage of line workers, "
          "particularly in visual inspection and packing, where staff must work for "
          "long periods in cold and humid conditions. At the same time, customers in "
          "the retail and food-service channels require ever tighter quality control "
          "for frozen dumplings, fried foods and ready meals. Under our medium-term "
          "plan \"Hokusei Smart Factory 2027\", the Company aims to reduce manual "
          "inspection hours by 40% and food loss at our plants by 25% by the fiscal "
          "year ending March 2028."),
    ("p", "Kanazawa Vision Systems K.K. has supplied AI inspection equipment to the "
          "Company since 2022, and the Company's purchases from it totalled JPY 312 "
          "million in the fiscal year ended March 31, 2025. Its deep-learning "
          "cameras, which are designed for frost, steam and low light, have been "
          "installed on eleven lines at our Ebetsu and Chitose plants and have "
          "reduced foreign-object complaints by 37%."),
    ("p", "Before selecting Kanazawa Vision, the Company also evaluated inspection "
          "systems from Foodlytic AI, Inc., but concluded that they were not suited "
          "to high-humidity freezing lines. The Company believes that a capital "
          "relationship, rather than a purchasing relationship alone, is needed to "
          "secure Kanazawa Vision's development resources for frozen food "
          "applications over the long term."),
    ("h", "2. Details of the alliance"),
    ("p", "(1) Business alliance"),
    ("p", "The Company and Kanazawa Vision Systems K.K. have today entered into a "
          "capital and business alliance agreement under which the two companies "
          "will jointly develop AI-based visual inspection and freezing-quality "
          "prediction for frozen dumplings, fried foods and ready meals. The main "
          "items of the alliance are: (i) joint development of inspection models "
          "trained on the Company's production data; (ii) prediction of ice-crystal "
          "formation from freezer sensor data; (iii) deployment of pallet inspection "
          "at distribution centres; and (iv) joint sales of the resulting systems to "
          "other food manufacturers in Japan and Asia, with a share of revenue paid "
          "to the Company."),
    ("page",),
    ("p", "(2) Capital alliance"),
    ("p", "The Company will subscribe for 1,200,000 newly issued common shares of "
          "Kanazawa Vision Systems K.K. by way of third-party allotment for a total "
          "subscription price of JPY 2,400 million. Upon completion of the "
          "allotment, the Company will hold 19.9% of the voting rights of Kanazawa "
          "Vision Systems K.K., and Kanazawa Vision will become an equity-method "
          "affiliate of the Company. The Company will also have the right to "
          "nominate one outside director of Kanazawa Vision."),
    ("p", "The shares will be acquired by the Company directly rather than through "
          "Hokusei Innovation Partners Co., Ltd., our wholly owned corporate venture "
          "capital subsidiary, because the alliance is core to our manufacturing "
          "strategy. The subscription will be funded from cash on hand."),
    ("p", "(3) Related arrangements"),
    ("p", "Hokusei Butsuryu Co., Ltd., a consolidated subsidiary of the Company that "
          "operates our frozen distribution centres, will be the first site for the "
          "new pallet inspection system. Under a separate purchase agreement, "
          "Kanazawa Vision will deliver twelve AI pallet-inspection gates to Hokusei "
          "Butsuryu's Tomakomai distribution centre for JPY 96 million. Installation "
          "is scheduled for the first quarter of 2026."),
    ("h", "3. Overview of the counterparty"),
    ("table", (55, 115), [
        ("Item", "Details"),
        ("Name", "Kanazawa Vision Systems K.K."),
        ("Location", "2-14-8 Hirooka, Kanazawa, Ishikawa, Japan"),
        ("Representative", "Ryota Maeda, Representative Director and CEO"),
        ("Business", "AI image inspection systems for food and pharmaceuticals"),
        ("Capital", "JPY 486 million (before the allotment)"),
        ("Established", "June 2016"),
        ("Net sales (FY12/2024)", "JPY 2,918 million"),
        ("Operating profit (FY12/2024)", "JPY 204 million"),
    ]),
    ("p", "Major shareholders and shareholding ratios (before the allotment):"),
    ("table", (120, 50), [
        ("Shareholder", "Ratio"),
        ("Ryota Maeda", "38.5%"),
        ("Hakuba Ventures Fund III Investment LPS", "31.2%"),
        ("Employee shareholding association", "6.1%"),
        ("Kitaguni Bank, Ltd.", "4.8%"),
    ]),
    ("page",),
    ("p", "Relationship between the Company and Kanazawa Vision (before the "
          "allotment):"),
    ("table", (55, 115), [
        ("Relationship", "Details"),
        ("Capital", "Not applicable."),
        ("Personnel", "Not applicable."),
        ("Business", "Purchases of inspection equipment, as described in section 1."),
        ("Related party status", "Not a related party of the Company."),
    ]),
    ("p", "Press reports that Tohoku Reito Co., Ltd. would also invest in Kanazawa "
          "Vision Systems K.K. were not based on any announcement by Kanazawa "
          "Vision, and Tohoku Reito is not a party to the allotment."),
    ("h", "4. Schedule"),
    ("table", (85, 85), [
        ("Event", "Date"),
        ("Board resolution", "November 4, 2025"),
        ("Execution of alliance agreement", "November 4, 2025"),
        ("Payment date for the allotment", "December 1, 2025 (planned)"),
    ]),
    ("h", "5. Outlook"),
    ("p", "The impact of the alliance on the Company's consolidated results for the "
          "fiscal year ending March 31, 2026 is expected to be minor. From the next "
          "fiscal year, the Company will recognise its share of Kanazawa Vision's "
          "profit or loss under the equity method. Any matters requiring disclosure "
          "will be announced promptly."),
    ("h", "6. Advisers"),
    ("p", "Nihonbashi Capital Securities Co., Ltd. acted as financial adviser to the "
          "Company, and Marunouchi Sogo Law Office acted as legal counsel in "
          "connection with the allotment."),
    ("right", "End"),
]

DOC03 = [
    ("small", "Mazowsze Mrożonki S.A. Capital Group (WSE: MZM)"),
    ("title", "Interim Report for the Six Months Ended 30 June 2025 (extract)"),
    ("small", "Warsaw, 10 September 2025"),
    ("h", "Management Board's Report on the Activities of the Group"),
    ("h", "1. Key figures"),
    ("table", (70, 50, 50), [
        ("PLN million", "H1 2025", "H1 2024"),
        ("Revenue", "1,184.6", "1,062.3"),
        ("EBITDA", "163.9", "131.8"),
        ("EBITDA margin", "13.8%", "12.4%"),
        ("Net profit", "71.2", "55.0"),
        ("Net debt", "402.7", "371.5"),
    ]),
    ("h", "2. Operations and the AI programme"),
    ("p", "Group revenue rose by 11.5% year on year, driven by frozen pierogi, ready "
          "meals for the convenience channel and exports to Germany and the Czech "
          "Republic. Sales to Koszyk Retail S.A., which stocks our pierogi and ready "
          "meals in its 1,100 stores, accounted for 27% of Group revenue in the "
          "period. Export sales reached 31% of revenue."),
    ("p", "The improvement in margin reflects the second year of our AI programme. "
          "Demand forecasting now covers all 412 stock-keeping units and has reduced "
          "write-offs of short-dated products by 18%. In March 2025 the Company "
          "contributed PLN 9.0 million in cash to Wisła Data Labs sp. z o.o. as part "
          "of that company's Series A financing round. Following the contribution, "
          "the Group holds 24.5% of the share capital of Wisła Data Labs, which is "
          "accounted for as an associate using the equity method."),
    ("p", "The production-planning layer runs on a recipe-optimisation engine "
          "licensed from NeuralPantry, Inc., for which the Group paid licence fees "
          "of PLN 2.1 million in the half-year. Together, these tools allow the "
          "plants in Płońsk and Ciechanów to re-plan production twice a day instead "
          "of weekly."),
    ("p", "Our main competitors in Polish frozen ready meals remain Tatra Frozen "
          "S.A. and Bałtyk Foods S.A., both of which have announced AI forecasting "
          "projects of their own. The Management Board expects price competition in "
          "the discount channel to remain intense in the second half."),
    ("page",),
    ("h", "3. Structure of the Group"),
    ("p", "As at 30 June 2025 the Group comprised the parent company and the "
          "following subsidiaries, all of which are fully consolidated:"),
    ("table", (70, 40, 40, 20), [
        ("Subsidiary", "Registered office", "Activity", "Share"),
        ("Pomorze Cold Store sp. z o.o.", "Gdynia, Poland", "Cold storage", "100%"),
        ("Mazowsze Foods GmbH", "Berlin, Germany", "Distribution", "100%"),
    ]),
    ("h", "4. Financing"),
    ("p", "On 14 May 2025 the Company signed an amended facilities agreement under "
          "which Bank Kujawski S.A. made available a PLN 120 million term and "
          "revolving credit facility maturing in 2029. The facility replaced "
          "bilateral overdrafts and carries a margin linked to the ratio of net debt "
          "to EBITDA, which stood at 1.3x at the end of June. The Group complied "
          "with all covenants during the period."),
    ("h", "5. Transactions with related parties"),
    ("p", "Transactions with related parties in the first half of 2025 were "
          "concluded on market terms:"),
    ("table", (55, 30, 60, 25), [
        ("Counterparty", "Relationship", "Nature", "Amount"),
        (
            "Wisła Data Labs sp. z o.o.",
            "Associate",
            "AI forecasting licences and services",
            "PLN 6.8m",
        ),
        ("Management Board members", "Key personnel", "Remuneration", "PLN 3.4m"),
    ]),
    ("p", "There were no other material transactions with related parties, and no "
          "loans were granted to members of the Management Board or Supervisory "
          "Board."),
    ("page",),
    ("h", "6. Events after the reporting period"),
    ("p", "On 22 July 2025 the Company agreed to sell a 70% interest in Pomorze Cold "
          "Store sp. z o.o. to Huaguang Cold Chain (Hong Kong) Limited for EUR 18.6 "
          "million, subject to merger-control clearance. Tatra Frozen S.A. also "
          "submitted a non-binding offer for Pomorze Cold Store, which the "
          "Management Board rejected as it did not include a long-term storage "
          "agreement. The Management Board expects the transaction to close in the "
          "fourth quarter of 2025 and to generate a gain on disposal, which will be "
          "recognised on completion."),
    ("p", "Apart from the above, no events occurred after 30 June 2025 that would "
          "require adjustment of, or disclosure in, these condensed interim "
          "financial statements."),
    ("h", "7. Review by the auditor"),
    ("p", "The condensed interim financial statements were reviewed by Vistula Audit "
          "sp. z o.o., the auditor of Mazowsze Mrożonki S.A. The review report "
          "contains no qualifications."),
    ("h", "8. Outlook"),
    ("p", "For the full year, the Management Board expects revenue growth in the "
          "high single digits and a further improvement in EBITDA margin, supported "
          "by lower food waste and energy savings in the freezing tunnels. Capital "
          "expenditure is planned at PLN 95 million, including PLN 14 million for "
          "digital projects."),
    ("small", "Signatures of the Management Board: Agnieszka Wróblewska, President "
              "of the Management Board; Tomasz Kaczmarek, Vice-President, Finance; "
              "Paweł Zieliński, Member of the Management Board."),
]

DOC04 = [
    ("small", "证券代码：605871　　　　证券简称：金鲜食品　　　　公告编号：2025-047"),
    ("title", "金鲜食品股份有限公司"),
    ("title", "关于收购苏州冰点智能科技有限公司51%股权暨新增日常关联交易预计的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大"
          "遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "●金鲜食品股份有限公司（以下简称“公司”或“金鲜食品”）拟以现金方式收购苏州冰"
          "点智能科技有限公司51%股权，交易完成后标的公司将成为公司控股子公司。"),
    ("p", "●本次收购不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重"
          "大资产重组。"),
    ("p", "●公司同时新增与关联方深蓝智算科技有限公司（以下简称“深蓝智算”）的日常关联"
          "交易预计，该事项尚需提交公司股东大会审议。"),
    ("p", "●风险提示：标的公司业绩承诺可能无法实现，本次交易将形成商誉，存在商誉减值"
          "及整合风险。"),
    ("h", "一、交易概述"),
    ("p", "为推进速冻食品及预制菜生产的智能化升级，公司拟以现金人民币15,300万元收购苏"
          "州冰点智能科技有限公司（以下简称“冰点智能”或“标的公司”）51%股权。本次交易"
          "对方为苏州松涛创业投资合伙企业（有限合伙）、Tundra Harbor Fund III, "
          "L.P.及自然人陈启航，其分别向公司转让标的公司38.00%、12.00%及1.00%股权。"),
    ("p", "2025年10月27日，公司召开第三届董事会第十九次会议，以9票同意、0票反对、0票"
          "弃权审议通过了本次交易。本次交易完成后，公司将持有冰点智能51%股权，冰点智"
          "能将纳入公司合并报表范围。"),
    ("h", "二、标的公司基本情况"),
    ("table", (50, 120), [
        ("项目", "内容"),
        ("公司名称", "苏州冰点智能科技有限公司"),
        ("注册资本", "人民币4,000万元"),
        ("成立日期", "2019年4月8日"),
        ("注册地址", "江苏省苏州市工业园区星湖街218号"),
        ("主营业务", "食品生产AI视觉检测、智能分拣设备及软件"),
    ]),
    ("p", "本次交易前，标的公司股权结构如下："),
    ("table", (120, 50), [
        ("股东名称", "持股比例"),
        ("陈启航", "50.00%"),
        ("苏州松涛创业投资合伙企业（有限合伙）", "38.00%"),
        ("Tundra Harbor Fund III, L.P.", "12.00%"),
        ("合计", "100.00%"),
    ]),
    ("page",),
    ("p", "标的公司主要财务数据如下（单位：人民币万元）："),
    ("table", (60, 55, 55), [
        ("项目", "2024年度", "2025年1-6月"),
        ("营业收入", "8,642.17", "5,103.55"),
        ("净利润", "1,208.36", "802.41"),
        ("资产总额", "14,376.90", "16,022.08"),
    ]),
    ("p", "冰点智能已为公司全资子公司金鲜食品（泰国）有限公司罗勇工厂提供两条AI视觉分"
          "拣线，合同金额人民币1,260万元。冰点智能在食品AI视觉检测领域的主要竞争对手"
          "包括杭州视科智能技术有限公司及日本的Kanazawa Vision Systems K.K.。"),
    ("h", "三、交易定价依据"),
    ("p", "根据评估报告，以2025年6月30日为评估基准日，采用收益法评估的标的公司股东全"
          "部权益价值为人民币30,150万元。经交易各方协商，标的公司51%股权的交易价格确"
          "定为人民币15,300万元。本次交易的独立财务顾问为华衡证券股份有限公司，评估机"
          "构为北京正源资产评估有限公司。"),
    ("p", "在确定本次交易前，金鲜食品曾与杭州视科智能技术有限公司洽谈股权投资事宜，但"
          "因估值分歧终止。陈启航承诺标的公司2026年至2028年累计净利润不低于人民币6,00"
          "0万元，未完成部分以现金补偿。"),
    ("h", "四、资金来源"),
    ("p", "本次收购资金来源为公司自有资金及并购贷款，其中润海银行股份有限公司已出具贷"
          "款承诺函，拟向公司提供不超过人民币9,000万元的并购贷款。"),
    ("h", "五、新增日常关联交易预计"),
    ("p", "（一）关联方基本情况：深蓝智算科技有限公司成立于2021年，注册资本人民币20,0"
          "00万元，主要从事GPU算力租赁及AI模型训练服务。公司控股股东金鲜控股集团有限"
          "公司持有深蓝智算30%股权，并向其委派两名董事，根据《上海证券交易所股票上市"
          "规则》，深蓝智算为公司关联法人。截至本公告披露日，金鲜控股集团有限公司持有"
          "公司42.60%股份，为公司控股股东。"),
    ("page",),
    ("p", "（二）预计金额：2025年至2027年，公司及子公司预计向深蓝智算采购GPU算力租赁"
          "及模型训练服务，年度交易金额上限为人民币4,800万元。"),
    ("table", (45, 40, 45, 40), [
        ("关联交易类别", "关联人", "年度预计上限（万元）", "2024年实际（万元）"),
        ("采购算力服务", "深蓝智算", "4,800.00", "1,325.40"),
    ]),
    ("p", "（三）定价政策：上述关联交易以市场价格为基础，参照第三方云服务商同类服务报"
          "价协商确定，不存在损害公司及中小股东利益的情形。关联董事已回避表决，独立董"
          "事专门会议审议通过了该事项。"),
    ("h", "六、对公司的影响"),
    ("p", "本次交易有助于公司将AI视觉检测与智能分拣能力嵌入速冻水饺、汤圆及预制菜生产"
          "线，预计可降低人工检测成本并提升良品率。本次交易不会对公司财务状况和经营成"
          "果产生重大不利影响。"),
    ("h", "七、风险提示"),
    ("p", "标的公司所处行业技术迭代较快，存在业绩承诺无法实现、商誉减值及收购后整合不"
          "及预期的风险。敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("right", "金鲜食品股份有限公司董事会"),
    ("right", "2025年10月28日"),
]

DOCS = [
    ("02_Hokusei_alliance_disclosure.pdf", DOC02, None),
    ("03_Mazowsze_interim_report.pdf", DOC03, None),
    ("04_Jinxian_a_share_announcement.pdf", DOC04, FACE_SIMPLIFIED),
]


def doc_text(blocks):
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        elif block[0] != "page":
            parts.append(block[1])
    return "".join(parts)


def make_cjk_font(face, text, path):
    """Subset one face of the CJK collection; convert CFF outlines to TrueType."""
    font = TTFont(CJK_TTC, fontNumber=face)
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
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
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(path)


def render(blocks, out_path, regular, bold, cjk):
    align = "L" if cjk else "J"
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    regular_name, regular_path = regular
    bold_name, bold_path = bold
    pdf.add_font(regular_name, "", regular_path)
    if bold_path != regular_path:
        pdf.add_font(bold_name, "", bold_path)
    pdf.add_page()
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(bold_name, size=13)
            pdf.multi_cell(0, 7, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1)
            pdf.set_font(bold_name, size=11)
            pdf.multi_cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(regular_name, size=10)
            pdf.multi_cell(0, 5.5, block[1], align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font(regular_name, size=9)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            pdf.set_font(regular_name, size=10)
            pdf.multi_cell(0, 6, block[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font(regular_name, size=9)
            grey = (225, 225, 225)
            heading = FontFace(family=bold_name, emphasis="", fill_color=grey)
            with pdf.table(col_widths=block[1], text_align="LEFT", line_height=6,
                           width=sum(block[1]), align="LEFT",
                           headings_style=heading) as table:
                for row in block[2]:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(3)
    pdf.output(str(out_path))
    return pdf.page_no()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for name, blocks, face in DOCS:
            if face is None:
                regular = ("dejavu", DEJAVU)
                bold = ("dejavu-bold", DEJAVU_BOLD)
            else:
                font_path = os.path.join(tmp, f"cjk{face}.ttf")
                make_cjk_font(face, doc_text(blocks) + "0123456789", font_path)
                regular = ("cjk", font_path)
                bold = ("cjk", font_path)
            pages = render(blocks, HERE / name, regular, bold, face is not None)
            print(f"{name}: {pages} pages")


if __name__ == "__main__":
    main()
