"""Build the PDF documents of the fresh118 evaluation set with fpdf2."""

import os
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Each document is a list of blocks: ("h", text), ("p", text), ("small", text),
# ("table", widths, rows) with the first row as header, ("page",) for a page break.

DOC02 = [
    ("small", "证券代码：688417　　　　证券简称：瀚途智能　　　　公告编号：2025-058"),
    ("h", "江苏瀚途智能交通股份有限公司"),
    ("h", "关于签订日常经营重大合同、对外投资及申请综合授信额度的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "● 合同类型：日常经营性销售合同，合同对方均为境外客运及校车运营企业。"),
    ("p", "● 对外投资标的：公司全资子公司瀚途智能（香港）有限公司（以下简称“瀚途香港”）。"),
    ("p", "● 本次交易不构成关联交易，不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"),
    ("p", "● 风险提示：合同履行受境外监管政策、汇率波动及客户验收进度影响，存在不确定性，敬请广大投资者注意投资风险。"),
    ("h", "一、日常经营重大合同情况"),
    ("p", "（一）2025年11月20日，公司与西班牙城际客运运营商Autocares Meridiano, S.A.（以下简称“Meridiano”）签订《驾驶员状态监测系统采购合同》，由公司向Meridiano供应驾驶员疲劳及分心监测终端和云端分析服务，合同总金额为人民币13,860万元（含税）。本合同覆盖Meridiano约1,300辆长途客车，分三批交付，预计于2026年12月前完成全部安装调试。"),
    ("p", "（二）2025年11月24日，公司与港骏交通控股有限公司签订《校巴AI安全系统供货合同》，约定由公司为其在香港运营的校巴及跨境巴士车队提供车内儿童遗留检测及司机行为识别系统，合同金额为人民币4,250万元。"),
    ("p", "（三）此外，公司向Escolabus Vigía, S.L.供应校车儿童遗留检测系统首批320套，用于西班牙加利西亚地区的中小学校车线路；公司亦向英国Tessellate Vision Ltd供应车载热成像传感器模组，由其集成至自有的校车空座巡检产品中。上述两项合同金额均未达到披露标准，合并列示以便投资者了解公司海外业务进展。"),
    ("p", "上述合同对方与公司及公司控股股东、实际控制人之间均不存在关联关系。合同的履行预计将对公司2026年度经营业绩产生积极影响，但不影响公司业务的独立性。"),
    ("h", "二、主要供应商情况"),
    ("p", "为满足上述合同的交付需求，公司已与主要供应商锁定2026年度产能。2025年1-9月，公司前两名供应商采购情况如下："),
    ("table", [62, 52, 44, 22], [
        ["供应商名称", "采购内容", "采购金额（万元）", "占比"],
        ["芯禾微电子（上海）有限公司", "AI推理芯片", "8,420.16", "21.3%"],
        ["华岳云算科技有限公司", "云计算及GPU算力服务", "3,105.72", "7.9%"],
    ]),
    ("p", "深圳睿驰视觉科技有限公司为瀚途智能在车载视觉领域的主要竞争对手，双方不存在股权关系或业务往来。"),
    ("h", "三、对外投资情况"),
    ("p", "为加快海外市场布局，公司拟以自有资金向全资子公司瀚途香港增资2,000万美元，增资完成后瀚途香港注册资本由500万美元增至2,500万美元，公司仍持有其100%股权。"),
    ("p", "瀚途智能（香港）有限公司成立于2021年，为公司全资子公司，主要从事海外销售、售后服务及境外投资。瀚途智能（伊比利亚）有限公司（Hantu Intelligent Iberia, S.L.）为瀚途香港于2025年6月在西班牙马德里设立的全资子公司，系公司全资孙公司。"),
    ("p", "Hantu Intelligent Iberia, S.L.已与Escolabus Vigía, S.L.签署合作备忘录，双方将在加利西亚联合开展校车AI安全试点，各自承担相关费用。"),
    ("p", "上海衡川律师事务所已就瀚途智能本次境外投资事项出具法律意见书。"),
    ("h", "四、申请银行综合授信额度"),
    ("p", "为满足日常经营资金需求，江南兴业银行股份有限公司同意向公司提供人民币3亿元综合授信额度，期限两年，授信品种包括流动资金贷款、银行承兑汇票及保函等。"),
    ("h", "五、公司前五名股东情况（截至2025年9月30日）"),
    ("table", [80, 50, 30], [
        ["股东名称", "持股数量（股）", "持股比例"],
        ["周瀚", "41,280,000", "28.67%"],
        ["长庚产业投资基金（有限合伙）", "8,812,800", "6.12%"],
        ["吴婧", "5,760,000", "4.00%"],
        ["陈景和", "2,304,000", "1.60%"],
        ["刘慕白", "1,728,000", "1.20%"],
    ]),
    ("p", "立衡会计师事务所（特殊普通合伙）为瀚途智能2025年度财务报告审计机构，与本次交易无关。"),
    ("h", "六、备查文件"),
    ("p", "1. 《驾驶员状态监测系统采购合同》；2. 《校巴AI安全系统供货合同》；3. 第三届董事会第十四次会议决议。"),
    ("p", "特此公告。"),
    ("p", "江苏瀚途智能交通股份有限公司董事会"),
    ("p", "2025年11月26日"),
]

DOC03 = [
    ("h", "港駿交通控股有限公司"),
    ("h", "HARBOURSTRIDE TRANSPORT HOLDINGS LIMITED"),
    ("small", "（於開曼群島註冊成立之有限公司）（股份代號：2873）"),
    ("h", "須予披露及關連交易：附屬公司發行新股；持續關連交易：共享服務協議；及自願公告"),
    ("p", "本公告乃根據上市規則第14章及第14A章以及第13.09條作出。"),
    ("h", "緒言"),
    ("p", "董事會欣然宣佈，於2025年11月28日，本公司、粵港票通有限公司（Pearl Ticketing Link Limited，「粵港票通」）與維港創投有限公司（Victoria Crest Ventures Limited，「維港創投」）訂立認購協議。粵港票通為本公司之間接非全資附屬公司，主要從事粵港跨境鐵路及跨境巴士之聯程票務及人工智能票價管理業務。"),
    ("h", "認購協議"),
    ("p", "根據認購協議，維港創投同意以現金港幣1.2億元認購粵港票通之新股份，完成後維港創投將持有粵港票通經擴大已發行股本之15%。完成後粵港票通將繼續為本公司之附屬公司。"),
    ("p", "認購所得款項擬用於粵港票通之票務引擎升級、跨境支付系統及市場推廣。認購價乃經訂約方公平磋商後釐定，並參考粵港票通於2025年9月30日之經調整資產淨值。"),
    ("h", "共享服務協議"),
    ("p", "由於維港創投已持有粵港票通10%以上權益，粵港票通為本公司之關連附屬公司。於同日，本公司與粵港票通訂立共享服務協議，據此本公司向粵港票通提供辦公場所、資訊科技基礎設施及財務共享服務，截至2028年12月31日止三個年度各年之年度上限為港幣800萬元。"),
    ("h", "粵港票通之主要供應商"),
    ("p", "粵港票通已與Brindlecombe Rail Retail Ltd訂立軟件授權協議，據此Brindlecombe向粵港票通授出人工智能票價引擎之使用權，首年授權費約港幣2,300萬元。"),
    ("h", "自願公告：測試服務及融資"),
    ("p", "本公司亦宣佈，本公司已與江蘇瀚途智能交通股份有限公司訂立服務協議，由本公司向其提供位於元朗之校巴測試場、測試車輛及影像數據標註服務，合約金額為港幣650萬元，為期兩年。"),
    ("p", "港駿校巴服務有限公司（Harbourstride School Coaches Limited）為本公司之全資附屬公司，營運逾四百輛校巴，並為上述測試服務提供車輛。"),
    ("p", "此外，恒澤銀行有限公司已向本公司提供港幣5億元之五年期定期貸款融資，用於車隊電動化及智能化改造。"),
    ("p", "本公司已與成都票聯科技有限公司簽訂戰略合作框架協議，雙方將共同開發粵港跨境高鐵及跨境巴士聯程票務產品，框架協議並不涉及任何代價。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關認購事項之一項或多項適用百分比率超過5%但低於25%，故認購事項構成本公司之須予披露交易。共享服務協議項下之交易構成本公司之持續關連交易，須遵守申報、公告及年度審閱規定，惟獲豁免遵守獨立股東批准規定。"),
    ("p", "港駿交通已委任嘉勤融資有限公司為獨立財務顧問，就共享服務協議之條款向獨立董事委員會提供意見。"),
    ("p", "九龍通達巴士有限公司等同業亦正推出校巴人工智能系統，惟其與港駿交通並無任何合作或交易。"),
    ("p", "卓衡會計師事務所有限公司為港駿交通之核數師，並無參與認購協議之磋商。"),
    ("h", "一般資料"),
    ("p", "本集團主要於香港及廣東省從事專營巴士、校巴、跨境巴士及票務業務。維港創投為一間於香港註冊成立之創業投資公司，專注投資於交通科技企業。就董事作出一切合理查詢後所知、所悉及所信，除上文所披露者外，維港創投及其最終實益擁有人均為獨立第三方。"),
    ("small", "承董事會命　港駿交通控股有限公司　主席　梁啟鋒"),
    ("small", "香港，2025年11月28日"),
]

DOC04 = [
    ("small", "Autocares Meridiano, S.A. · Annual Report 2024 · Notes to the consolidated financial statements (extract)"),
    ("h", "AUTOCARES MERIDIANO, S.A. AND SUBSIDIARIES"),
    ("h", "Annual Report 2024 - Consolidated Financial Statements (extract)"),
    ("p", "The following pages reproduce selected notes to the consolidated financial statements of Autocares Meridiano, S.A. (\"Meridiano\", the \"Parent\") and its subsidiaries (together, the \"Group\") for the year ended 31 December 2024, prepared in accordance with IFRS as adopted by the European Union. Amounts are in thousands of euros unless otherwise stated. The Parent's shares are listed on the Spanish stock exchanges under the ticker AMER."),
    ("h", "Note 1. Group structure"),
    ("p", "The Group operates long-distance coach services between 212 Spanish towns and cities, international services to Portugal, France and the United Kingdom, school transport under contracts with six regional education departments, and rail-and-coach ticket retailing. The principal subsidiaries and associates at 31 December 2024 were:"),
    ("table", [62, 30, 70, 18], [
        ["Company", "Registered office", "Activity", "Interest"],
        ["Escolabus Vigía, S.L.", "Vigo", "School transport and on-board safety", "100%"],
        ["Meridiano Rail Venta, S.L.", "Madrid", "Combined coach-rail ticket retailing", "100%"],
        ["Autocares Río Sil, S.L.", "Ponferrada", "Regional coach services", "100%"],
        ["Vía Norte Autobuses, S.A.", "Oviedo", "Intercity coach services (associate)", "30.0%"],
    ]),
    ("p", "On 30 September 2024 the Parent acquired the whole of the share capital of Autocares Río Sil, S.L. for a cash consideration of EUR 14.5 million, adding 64 coaches and concessions in El Bierzo and Valdeorras. Goodwill of EUR 3.9 million was recognised."),
    ("p", "Escolabus Vigía, S.L. and Tessellate Vision Ltd of the United Kingdom have agreed to run a joint pilot of in-cab AI cameras and child-presence sensors on 40 school routes in Pontevedra during the 2024/25 school year, with each party bearing its own costs."),
    ("h", "Note 14. Financial liabilities"),
    ("p", "In March 2024 the Group refinanced its bank debt. Banco Cantábrico de Inversión, S.A. extended to the Parent a EUR 120 million syndicated term loan maturing in 2029, of which EUR 95 million was drawn at 31 December 2024. The loan bears interest at Euribor plus a margin of 1.85% to 2.60% depending on the leverage ratio."),
    ("table", [70, 40, 35, 35], [
        ["Borrowings", "Maturity", "2024", "2023"],
        ["Syndicated term loan", "2029", "95,000", "-"],
        ["Previous bank loans", "2025", "-", "103,400"],
        ["Lease liabilities (IFRS 16)", "2025-2034", "61,220", "58,910"],
    ]),
    ("h", "Note 21. Principal suppliers and customers"),
    ("p", "The Group's purchases are concentrated in vehicles, fuel and technology. The only technology supplier with annual purchases above EUR 2 million was:"),
    ("table", [62, 78, 40], [
        ["Supplier", "Goods or services", "Purchases 2024"],
        ["Redes Ebro Telecom, S.A.", "On-board 5G connectivity and Wi-Fi", "EUR 4.1 million"],
    ]),
    ("p", "The Group also earns revenue from third parties using its station network. The Group provides Billetaje Inteligente Ibérica, S.A. with ticket-desk space and sales-agency services at 46 coach stations, for which Billetaje paid EUR 2.3 million in 2024."),
    ("h", "Note 25. Significant shareholders"),
    ("table", [90, 45, 45], [
        ["Shareholder", "Direct interest", "Voting rights"],
        ["Ortega Lasarte family (direct and indirect)", "38.20%", "38.20%"],
        ["Banco Cantábrico de Inversión, S.A.", "5.40%", "5.40%"],
        ["Free float", "56.40%", "56.40%"],
    ]),
    ("h", "Note 28. Contingent liabilities"),
    ("p", "Autobuses Sierra Dorada, S.A. has brought a claim against Autocares Meridiano, S.A. before the Madrid commercial courts alleging unfair competition in the award of the Madrid-Granada concession. The directors consider the claim to be without merit and no provision has been recognised."),
    ("p", "Transportes Lucero, S.A. and Autocares Meridiano, S.A. both submitted bids for the Castilla y León school transport tender, the result of which was pending at the date of these financial statements."),
    ("h", "Note 30. Auditor"),
    ("p", "Oliveras & Quintana Auditores, S.L.P. audited the consolidated financial statements of Autocares Meridiano, S.A. for 2024; fees for audit services amounted to EUR 412 thousand."),
]

DOCS = [
    ("02_Hantu_ashare_announcement.pdf", DOC02, "sc"),
    ("03_Harbourstride_hkex_announcement.pdf", DOC03, "tc"),
    ("04_Meridiano_annual_report.pdf", DOC04, "en"),
]


def doc_chars(blocks):
    chars = set()
    for block in blocks:
        if block[0] == "table":
            for row in block[2]:
                for cell in row:
                    chars.update(cell)
        elif len(block) > 1:
            chars.update(block[1])
    return "".join(sorted(chars))


def make_cjk_font(index, text, out_path):
    """Subset one face of the CJK collection and convert CFF outlines to glyf."""
    font = TTFont(CJK_TTC, fontNumber=index)
    options = Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(text=text + " -0123456789")
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
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxComponentDepth", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 1
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text

    def footer(self):
        self.set_y(-12)
        self.set_font("body", size=7)
        self.cell(0, 5, f"{self.footer_text} - {self.page_no()}", align="C")


def render(name, blocks, lang, tmpdir):
    pdf = Doc(name.split("_", 2)[1])
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    if lang == "en":
        pdf.add_font("body", "", DEJAVU)
        pdf.add_font("body", "B", DEJAVU_BOLD)
        bold = "B"
        wrap = "WORD"
    else:
        path = os.path.join(tmpdir, f"{lang}.ttf")
        make_cjk_font(2 if lang == "sc" else 3, doc_chars(blocks), path)
        pdf.add_font("body", "", path)
        bold = ""
        wrap = "CHAR"
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in blocks:
        kind = block[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "h":
            pdf.set_font("body", bold, 12)
            pdf.multi_cell(width, 7, block[1], align="L", wrapmode=wrap, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font("body", "", 8)
            pdf.multi_cell(width, 5, block[1], align="L", wrapmode=wrap, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("body", "", 10)
            pdf.multi_cell(width, 6, block[1], align="L", wrapmode=wrap, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            widths, rows = block[1], block[2]
            if pdf.get_y() + 7 * len(rows) > pdf.h - 20:
                pdf.add_page()
            for i, row in enumerate(rows):
                pdf.set_font("body", bold if i == 0 else "", 8)
                for w, cell in zip(widths, row):
                    pdf.cell(w, 7, cell, border=1)
                pdf.ln(7)
            pdf.ln(3)
    pdf.output(os.path.join(HERE, name))


def main():
    tmpdir = tempfile.mkdtemp(prefix="fresh118_fonts_")
    try:
        for name, blocks, lang in DOCS:
            render(name, blocks, lang, tmpdir)
            print("built", name)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
