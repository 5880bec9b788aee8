"""Build the three PDF documents of the fresh117 set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
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
# Document 01 - Kestrelwerk Gase AG, Annual Report 2024 (excerpt), English
# Each page: list of blocks ("h", text) heading, ("p", text) paragraph,
# ("t", widths, rows) table whose first row is the header.
# ---------------------------------------------------------------------------
DOC01 = [
    [
        ("title", "Kestrelwerk Gase AG - Annual Report 2024"),
        ("sub", "Combined Management Report (excerpt) | Frankfurt Stock Exchange: KWG"),
        ("h", "1. Business model and strategic priorities"),
        ("p", "Kestrelwerk Gase AG (\"Kestrelwerk\" or \"KWG\") produces and distributes atmospheric, process and specialty gases from 41 air separation units and 23 cylinder filling centres in Germany, Central Europe and India. Around 38% of Group revenue of EUR 2.91 billion came from customers in metal fabrication, welding and cutting, which makes the welding segment our single largest end market."),
        ("p", "Our digital programme KWG Cortex applies machine learning to three problems: forecasting customer gas demand so that tankers and cylinder trucks run full, steering the compressors of our air separation units against intraday power prices, and advising welders on the shielding gas mixture that gives the lowest rework rate for a given joint. In 2024 Cortex steered 29 of our 41 air separation units and reduced specific power consumption by 4.2% against the 2022 baseline."),
        ("h", "2. Customers, partners and competition"),
        ("p", "Kestrelwerk supplies argon-based and argon-CO2 shielding gas mixtures to Brandauer Schweisstechnik GmbH under a five-year framework agreement renewed in October 2024, covering Brandauer's plants in Aalen and Plauen. In addition, Kestrelwerk Digital GmbH licensed its ArcSense gas-consumption analytics to Brandauer, which embeds the software in its newest generation of MIG/MAG power sources. Brandauer customers who activate ArcSense see the recommended gas flow on the welding display and can reorder cylinders directly from the machine."),
        ("p", "Together with Daemyung Cutting Systems Co., Ltd. we are jointly developing an AI-controlled plasma gas console, with each party contributing engineers to a shared lab in Changwon; the partners bear their own costs under the development agreement. First field units are expected at shipyards in 2026."),
        ("p", "Our most significant competitor in European merchant and packaged gases remains Nordgas Holdings SE, which has been more aggressive than Kestrelwerk on cylinder pricing in Poland and Czechia. We have not followed these price moves and instead concentrated on service levels and digital ordering, which now accounts for 44% of packaged gas orders."),
    ],
    [
        ("h", "3. Acquisitions and equity investments"),
        ("p", "On 1 July 2024 Kestrelwerk acquired all shares in Sauerfeld Gasetechnik GmbH, a specialty gas filler in Saxony, for a purchase price of EUR 86 million in cash. Sauerfeld contributes calibration gases and laser gases and brings 140 employees to the Group. Meridale Securities acted as financial adviser to Kestrelwerk Gase AG on the transaction."),
        ("p", "In March 2024 we subscribed for an additional 2.1 million shares in Jianglan Gas Co., Ltd., the Shanghai-listed air separation operator, for EUR 31.4 million. The shareholding is held as a strategic, non-controlling investment and is measured at fair value through other comprehensive income."),
        ("p", "In India, Kestrelwerk Gase India Private Limited supplies cylinder and micro-bulk gases to Tapovan Industrial Distribution Limited, which resells them to fabrication shops across Maharashtra and Gujarat. Volumes sold through this channel grew by 19% in 2024."),
        ("h", "Table 7: Selected subsidiaries and equity investments as of 31 December 2024"),
        ("t", [66, 40, 22, 46], [
            ["Company", "Registered office", "Share", "Classification"],
            ["Kestrelwerk Digital GmbH", "Munich, Germany", "100.0%", "Subsidiary"],
            ["Kestrelwerk Gase India Private Limited", "Pune, India", "100.0%", "Subsidiary"],
            ["Sauerfeld Gasetechnik GmbH", "Freiberg, Germany", "100.0%", "Subsidiary"],
            ["Jianglan Gas Co., Ltd.", "Shanghai, China", "8.6%", "Equity investment (FVOCI)"],
        ]),
        ("p", "Kestrelwerk Digital GmbH develops the Cortex and ArcSense software and sells it both inside the Group and to third parties. Its external revenue rose to EUR 21.7 million (2023: EUR 12.9 million)."),
    ],
    [
        ("h", "4. Financing"),
        ("p", "In September 2024 Rheinfalk Bank AG extended to Kestrelwerk a EUR 450 million revolving credit facility maturing in 2029, with a margin linked to the specific power consumption of our air separation units. The facility was undrawn at the reporting date. Together with cash and cash equivalents of EUR 312 million, the Group had liquidity headroom of EUR 762 million."),
        ("p", "Net financial debt increased to EUR 1.08 billion (2023: EUR 0.94 billion), mainly because of the Sauerfeld acquisition and capital expenditure of EUR 268 million for two new air separation units in Leuna and Chakan. The leverage ratio of net financial debt to EBITDA was 1.6x."),
        ("h", "5. Opportunities and risks from artificial intelligence"),
        ("p", "AI-based demand forecasting reduces the number of empty kilometres driven by our fleet, but it also makes us dependent on external model providers and on the quality of customer telemetry. We mitigate this risk by keeping the core forecasting models in-house at Kestrelwerk Digital GmbH and by running all third-party software in our own data centre in Frankfurt. A failure of Cortex would not stop production; the air separation units fall back to conventional control within seconds."),
        ("h", "6. Audit"),
        ("p", "Kowal Treuhand GmbH Wirtschaftsprufungsgesellschaft audited the consolidated financial statements of Kestrelwerk Gase AG for the 2024 financial year and issued an unqualified opinion. The Supervisory Board will propose to the Annual General Meeting on 22 May 2025 to reappoint the firm for the 2025 financial year."),
        ("p", "Frankfurt am Main, 11 March 2025 - The Executive Board"),
    ],
]

# ---------------------------------------------------------------------------
# Document 02 - Jianglan Gas, A-share announcement, Simplified Chinese
# ---------------------------------------------------------------------------
DOC02 = [
    [
        ("sub", "证券代码：603917　　证券简称：江澜气体　　公告编号：2025-031"),
        ("title", "江澜气体股份有限公司关于认购宏焊智能装备控股有限公司新发行H股暨2025年度日常关联交易预计的公告"),
        ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。"),
        ("h", "重要内容提示："),
        ("p", "● 投资标的名称：宏焊智能装备控股有限公司（香港联交所股份代号：2786）新发行H股。"),
        ("p", "● 本次认购不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
        ("p", "● 2025年度日常关联交易预计事项已经公司第五届董事会第十四次会议审议通过，尚需提交股东大会审议。"),
        ("h", "一、对外投资概述"),
        ("p", "为深化在智能焊接与激光切割领域的产业协同，公司拟以自有资金及银行授信资金人民币2.35亿元认购宏焊智能装备控股有限公司（以下简称“宏焊智能”）新发行的H股股份。"),
        ("p", "本次认购完成后，公司将持有宏焊智能约6.8%的已发行股份，宏焊智能不会成为公司的控股子公司，亦不纳入公司合并报表范围。"),
        ("p", "金乔证券股份有限公司担任江澜气体本次认购的财务顾问。"),
        ("h", "二、投资标的基本情况"),
        ("p", "宏焊智能于开曼群岛注册成立，其H股于香港联合交易所主板上市，主要从事智能焊接机器人、光纤激光切割装备及焊接视觉软件的研发、制造与销售，2024年度实现营业收入人民币31.6亿元，归属于股东的净利润人民币2.87亿元。"),
    ],
    [
        ("h", "三、本次投资的目的及对公司的影响"),
        ("p", "焊接与切割是工业气体最主要的下游应用之一。宏焊智能的焊接机器人及激光切割设备在运行过程中持续消耗氩气、二氧化碳、氮气等气体，双方在设备端采集的数据可用于训练气体用量预测与保护气配比模型。"),
        ("p", "江澜智联科技（上海）有限公司系公司全资子公司，注册资本人民币5,000万元，主要从事工业气体数字化及人工智能算法开发。"),
        ("p", "江澜智联自2024年起向宏焊智能提供气体用量预测SaaS服务，2024年度服务收入为人民币386万元。"),
        ("p", "江澜智联与Vectorine AI, Inc.签署联合开发协议，双方共同训练焊接保护气智能配比模型，各自承担研发费用，不涉及相互付费。"),
        ("p", "公司已向Hanseong Arc Co., Ltd.稳定供应焊接用氩气及混合保护气，2024年度供货金额为人民币2,240万元。"),
        ("p", "浩扬气体股份有限公司与江澜气体同为华东地区主要的工业气体供应商，两家公司之间不存在股权或业务往来。"),
        ("h", "四、2025年度日常关联交易预计"),
        ("p", "根据《上海证券交易所股票上市规则》，Kestrelwerk Gase AG为公司关联法人，关联关系详见公司2024年年度报告。公司预计2025年度与其发生的日常关联交易如下："),
        ("t", [40, 66, 34, 34], [
            ["关联方", "关联交易类别", "2025年预计金额", "2024年实际发生"],
            ["Kestrelwerk Gase AG", "采购AI优化控制系统许可及技术服务", "4,860万元", "3,120万元"],
            ["Kestrelwerk Gase AG", "采购特种气体分析仪器", "650万元", "410万元"],
            ["合计", "", "5,510万元", "3,530万元"],
        ]),
        ("p", "上述交易价格参照国际市场同类软件许可及仪器价格协商确定，不存在损害公司及中小股东利益的情形。"),
    ],
    [
        ("h", "五、资金来源及授信情况"),
        ("p", "公司于2025年4月与通裕银行股份有限公司签订《综合授信合同》，通裕银行向公司提供人民币8亿元的综合授信额度，期限三年，用于补充流动资金及本次认购。"),
        ("p", "截至本公告披露日，公司货币资金余额为人民币14.2亿元，资产负债率为41.3%，本次认购不会对公司财务状况和经营成果产生重大不利影响。"),
        ("h", "六、风险提示"),
        ("p", "本次认购尚需取得境外投资备案及香港联合交易所对新发行H股上市的批准，存在不确定性。宏焊智能股价受港股市场波动影响，公司可能面临公允价值变动风险。"),
        ("h", "七、其他事项"),
        ("p", "澄明会计师事务所（特殊普通合伙）为江澜气体2024年度财务报告审计机构，已对上述日常关联交易的2024年实际发生金额进行核查。"),
        ("p", "特此公告。"),
        ("p", "江澜气体股份有限公司董事会"),
        ("p", "2025年5月20日"),
    ],
]

# ---------------------------------------------------------------------------
# Document 03 - Honghan, HKEX announcement, Traditional Chinese
# ---------------------------------------------------------------------------
DOC03 = [
    [
        ("p", "香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("title", "宏焊智能裝備控股有限公司"),
        ("sub", "HONGHAN INTELLIGENT EQUIPMENT HOLDINGS LIMITED"),
        ("sub", "（於開曼群島註冊成立之有限公司）（股份代號：2786）"),
        ("title", "須予披露交易 收購鏡湖視覺科技（杭州）有限公司51%股權 及 自願性公告 氣體供應框架協議"),
        ("h", "收購事項"),
        ("p", "董事會欣然宣佈，於2025年5月16日（交易時段後），宏焊智能與賣方訂立股權轉讓協議，據此宏焊智能同意收購鏡湖視覺科技（杭州）有限公司51%股權，代價為人民幣9,180萬元。"),
        ("p", "鏡湖視覺主要從事焊縫視覺識別及AI焊接路徑規劃軟件之研發，其算法已應用於船舶、鋼結構及工程機械等行業逾二千台焊接機器人。"),
        ("p", "代價乃參考恒德評估諮詢有限公司對鏡湖視覺全部股權之估值釐定。"),
        ("p", "據董事所深知，鏡湖視覺曾於2024年與Quillstone Robotics洽談技術授權，惟雙方最終並無訂立任何協議。"),
        ("p", "收購事項已於本公告日期完成。緊隨完成後，宏焊智能持有鏡湖視覺51%股權，鏡湖視覺已成為宏焊智能之非全資附屬公司，其財務業績將併入本集團之綜合財務報表。"),
        ("h", "上市規則之涵義"),
        ("p", "由於收購事項之一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司之須予披露交易，須遵守上市規則第十四章之通知及公告規定。"),
    ],
    [
        ("h", "氣體供應框架協議"),
        ("p", "董事會亦宣佈，宏焊智能與江瀾氣體股份有限公司已於2025年5月16日訂立氣體供應框架協議，為期三年。"),
        ("p", "根據框架協議，江瀾氣體將向宏焊智能及其附屬公司供應高純氮氣、氬氣及激光切割輔助氣體，截至2027年12月31日止三個年度每年之交易上限為人民幣1.2億元。"),
        ("p", "宏焊激光科技（蘇州）有限公司為宏焊智能之全資附屬公司，主要從事光纖激光切割頭及激光焊接系統之研發及製造。"),
        ("p", "宏焊激光亦向韓國Daemyung Cutting Systems Co., Ltd.供應光纖激光切割頭，以配套其AI視覺等離子及激光複合切割設備。"),
        ("p", "本集團於2024年向印度Sahyadri Weldtech Private Limited交付共計120台協作焊接機器人，合同金額約人民幣6,600萬元。"),
        ("p", "在亞太地區的焊接機器人市場，宏焊智能主要與Ardent Arc Corporation等國際廠商競爭。"),
        ("h", "訂立框架協議之理由及裨益"),
        ("p", "本集團之激光切割設備及焊接機器人生產線於測試及交付環節需使用大量高純度氣體。透過框架協議鎖定供應及價格，可降低本集團之採購成本波動，並可共享設備端氣體消耗數據以優化AI工藝參數。"),
    ],
    [
        ("h", "融資安排"),
        ("p", "Rheinfalk Bank AG香港分行已向宏焊智能提供3億港元之三年期定期貸款，用於撥付是次收購代價及一般營運資金。"),
        ("p", "該筆貸款按香港銀行同業拆息加1.35厘計息，並以本集團若干應收賬款作抵押。"),
        ("h", "一般資料"),
        ("p", "本集團主要從事智能焊接機器人、光纖激光切割裝備及焊接視覺軟件之研發、製造及銷售，產品銷往中國內地、韓國、印度及東南亞。"),
        ("p", "承董事會命"),
        ("p", "宏焊智能裝備控股有限公司"),
        ("p", "主席 吳振邦"),
        ("p", "香港，2025年5月16日"),
        ("p", "於本公告日期，董事會由執行董事吳振邦先生、林雅琴女士及趙卓先生，以及獨立非執行董事陳志遠先生、何美玲女士及梁國輝先生組成。"),
    ],
]


def _chars(doc):
    out = set()
    for page in doc:
        for block in page:
            if block[0] == "t":
                for row in block[2]:
                    for cell in row:
                        out.update(cell)
            else:
                out.update(block[1])
    return "".join(sorted(out))


def make_cjk_ttf(index, text, path):
    """Subset one face of the Noto CJK collection and convert CFF to glyf."""
    coll = TTCollection(TTC)
    font = coll.fonts[index]
    opts = Options()
    opts.layout_features = []
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.hinting = False
    sub = Subsetter(opts)
    sub.populate(text=text + " 0123456789")
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyphset[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
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
    font["head"].indexToLocFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(path)


def render(doc, path, family, font_file=None):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 15)
    if font_file:
        pdf.add_font(family, "", font_file)
    cjk = font_file is not None
    for page in doc:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "title":
                pdf.set_font(family, "" if cjk else "B", 14)
                pdf.multi_cell(0, 7.5, block[1], align="C")
                pdf.ln(2)
            elif kind == "sub":
                pdf.set_font(family, "", 9)
                pdf.multi_cell(0, 5, block[1], align="C")
                pdf.ln(1)
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font(family, "" if cjk else "B", 11)
                pdf.multi_cell(0, 6, block[1])
                pdf.ln(0.5)
            elif kind == "p":
                pdf.set_font(family, "", 10)
                pdf.multi_cell(0, 5.4 if cjk else 5, block[1])
                pdf.ln(1.5)
            elif kind == "t":
                widths, rows = block[1], block[2]
                pdf.set_font(family, "", 8.5)
                for row in rows:
                    for width, cell in zip(widths, row):
                        pdf.cell(width, 6.5, cell, border=1)
                    pdf.ln(6.5)
                pdf.ln(2)
        # page footer
        pdf.set_auto_page_break(False)
        pdf.set_y(-12)
        pdf.set_font(family, "", 8)
        pdf.cell(0, 5, str(pdf.page_no()), align="C")
        pdf.set_auto_page_break(True, 15)
    pdf.output(path)


def main():
    render(DOC01, os.path.join(HERE, "01_Kestrelwerk_annual_report.pdf"), "Helvetica")
    tmp = tempfile.mkdtemp(prefix="fresh117_fonts_")
    try:
        sc = os.path.join(tmp, "noto_sc_subset.ttf")
        tc = os.path.join(tmp, "noto_tc_subset.ttf")
        make_cjk_ttf(2, _chars(DOC02), sc)
        make_cjk_ttf(3, _chars(DOC03), tc)
        render(DOC02, os.path.join(HERE, "02_Jianglan_announcement.pdf"), "NotoSC", sc)
        render(DOC03, os.path.join(HERE, "03_Honghan_hkex_announcement.pdf"), "NotoTC", tc)
    finally:
        shutil.rmtree(tmp)
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
