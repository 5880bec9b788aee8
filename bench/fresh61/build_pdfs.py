"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
English text uses Helvetica and is wrapped at spaces only. Chinese text uses Noto Sans CJK SC
(extracted from the .ttc into a temporary directory that is removed afterwards); Chinese lines
are broken only after the full stop so that every sentence stays on one line.
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

# ---------------------------------------------------------------------------
# 01 - Meridian Austral 20-F excerpt (English)
# Each page: list of (style, text). style: H1, H2, H3, P, SMALL, ROW
# ---------------------------------------------------------------------------
DOC1 = [
    [
        ("SMALL", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION - Washington, D.C. 20549"),
        ("H1", "FORM 20-F (EXCERPT)"),
        ("P", "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 for the fiscal year ended June 30, 2025. Commission file number 001-39417."),
        ("H2", "MERIDIAN AUSTRAL TELECOMMUNICATIONS LIMITED"),
        ("P", "(Exact name of Registrant as specified in its charter) - Australia (Jurisdiction of incorporation) - Level 31, 120 Collins Street, Melbourne VIC 3000, Australia. American Depositary Shares, each representing five ordinary shares, are listed on the New York Stock Exchange under the symbol MATL."),
        ("H3", "Special note regarding forward-looking statements"),
        ("SMALL", "This annual report contains forward-looking statements within the meaning of Section 27A of the Securities Act of 1933 and Section 21E of the Securities Exchange Act of 1934. Words such as anticipate, expect, intend, plan, believe, target and similar expressions identify such statements. They are based on current expectations and are subject to risks and uncertainties, including the timing of submarine cable construction, demand from cloud and artificial intelligence customers, foreign exchange movements and the availability of financing, which could cause actual results to differ materially. We undertake no obligation to update any forward-looking statement except as required by law."),
        ("H2", "ITEM 4. INFORMATION ON THE COMPANY"),
        ("H3", "B. Business Overview - Wholesale and AI Connectivity"),
        ("P", "Our Wholesale segment sells wavelengths, spectrum and dark fibre on our domestic backbone and international capacity on the submarine systems in which we participate. Demand from cloud providers and developers of large artificial intelligence models was the main driver of segment growth in fiscal 2025. AI-related contracted revenue reached A$1.04 billion at June 30, 2025, compared with A$410 million a year earlier, and now represents 38% of the Wholesale order backlog."),
        ("P", "In November 2024 we signed a fifteen-year capacity agreement under which we will supply Nimbra Cloud, Inc. with 400G wavelengths and dedicated fibre pairs between Sydney, Melbourne and our Los Angeles point of presence, for total consideration of approximately US$385 million. Revenue under this agreement is recognised over the term as capacity is made available, and approximately 22% of the consideration was received in advance during fiscal 2025."),
        ("P", "We also use artificial intelligence in our own operations. In February 2025 we licensed the foundation model family of Aurelian Labs, Inc. for use in our network operations centres and consumer care channels, under an agreement that commits us to minimum licence fees of US$48 million over three years. We expect the deployment to reduce fault-handling times and contact-centre costs from fiscal 2026."),
    ],
    [
        ("H3", "Lyra Submarine Cable System"),
        ("P", "We are a founding shareholder of Lyra Subsea Cable Company Pte. Ltd., a Singapore company formed to build and operate a 12,400 km, 16-fibre-pair system linking Sydney, Guam and Los Angeles, with a branch to Kota Kinabalu. We hold a 30% interest in Lyra. The remaining shares are held by Pasifika Connect Ltd, with 40%, and Borneo Digital Berhad, with 30%."),
        ("P", "During fiscal 2025 we made capital contributions of US$96 million to Lyra, bringing our cumulative contributions to US$171 million against a total commitment of US$212 million. The construction and installation of the system is being carried out under a turnkey supply contract entered into by Lyra in 2024, and Lyra expects the system to be ready for service in the second half of calendar 2026. We account for our interest in Lyra using the equity method."),
        ("H3", "Satellite and Teleport Services"),
        ("P", "Our teleport at Mingenew, Western Australia, provides gateway hosting, tracking and fibre backhaul services to satellite operators. In April 2025 Orbitra Satellite Networks S.A. contracted us to host two gateway antennas for its Helios medium-earth-orbit constellation and to carry its gateway traffic to our Sydney interconnection facility, under a ten-year contract valued at approximately US$62 million. Orbitra's constellation competes with low-earth-orbit broadband services offered by Skyreach Orbital, Inc. and others."),
        ("H3", "Competition"),
        ("P", "The wholesale capacity market in Australia and on trans-Pacific routes is highly competitive. Our principal competitors in wholesale capacity include Tasman Fibre Co and Lumenfield Fiber Networks, Inc., which has begun offering trans-Pacific backhaul through third-party systems. Competition is based on route diversity, latency, price and the ability to deliver capacity quickly, and prices per unit of capacity on trans-Pacific routes declined by approximately 9% in fiscal 2025."),
        ("SMALL", "Selected wholesale contracts signed in fiscal 2025 (A$ million, contracted value at signing):"),
        ("ROW", "Customer category    Term    Contracted value"),
        ("ROW", "Hyperscale cloud    15 years    586"),
        ("ROW", "Satellite operators    10 years    94"),
        ("ROW", "Domestic carriers    3-7 years    212"),
    ],
    [
        ("H2", "ITEM 5. OPERATING AND FINANCIAL REVIEW AND PROSPECTS"),
        ("H3", "B. Liquidity and Capital Resources"),
        ("P", "At June 30, 2025, we had total borrowings of A$2.9 billion and cash and cash equivalents of A$640 million. Our principal sources of liquidity are cash generated from operations, customer prepayments, our committed bank facilities and vendor financing."),
        ("P", "On September 12, 2024 we entered into a A$1.5 billion syndicated term loan facility with Harbourline Bank Limited as agent and lead lender, of which A$900 million was drawn at June 30, 2025. The facility matures in September 2029 and bears interest at BBSY plus a margin that varies with our net leverage ratio."),
        ("P", "In March 2025 Tethys Submarine Systems SAS extended to us a vendor financing facility of up to US$140 million, repayable in semi-annual instalments from 2027, which we use to fund our share of Lyra construction costs. At June 30, 2025, US$58 million was outstanding under this facility."),
        ("P", "Keystone Ratings and Dunmore Credit Services rate our senior unsecured debt BBB+ and Baa1 respectively. A downgrade could increase our borrowing costs under the facilities described above."),
        ("H2", "ITEM 16C. PRINCIPAL ACCOUNTANT FEES AND SERVICES"),
        ("P", "Calder Whitby LLP has served as our independent registered public accounting firm since fiscal 2019. Calder Whitby LLP also audits Pasifika Connect Ltd; the Audit Committee has reviewed this relationship and concluded that it does not impair the firm's independence. Audit fees for fiscal 2025 were A$6.8 million."),
        ("SMALL", "SIGNATURES - The registrant hereby certifies that it meets all of the requirements for filing on Form 20-F and that it has duly caused and authorized the undersigned to sign this annual report on its behalf. Meridian Austral Telecommunications Limited. By: /s/ Helena Strachan, Chief Financial Officer. Date: October 14, 2025."),
    ],
]

# ---------------------------------------------------------------------------
# 07 - Huading Securities research note on Jiangchuan Optical Cable (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC7 = [
    [
        ("SMALL", "华鼎证券研究所｜公司点评报告｜通信设备及光缆｜2025年10月21日"),
        ("H1", "江川光缆（603617.SH）：算力骨干网与海缆双轮驱动，订单能见度显著提升"),
        ("SMALL", "投资评级：买入（维持）。当前股价：人民币18.42元。目标价：人民币24.60元。"),
        ("SMALL", "分析师：周启明（执业证书编号S0960521080003）。联系人：何静怡。"),
        ("H3", "投资要点"),
        ("P", "事件：公司近日发布重大合同公告。公司中标华岳通信2025年算力网络骨干光缆集中采购，中标金额人民币12.6亿元。"),
        ("P", "该项目份额约占本次集采总量的21%，排名第二。中标产品以G.654.E超低损光纤光缆为主，主要用于华岳通信东数西算枢纽之间的400G/800G骨干链路。"),
        ("P", "我们认为，此次中标验证了公司在超低损光纤领域的技术积累，产品均价较普通G.652.D光缆高出约40%，有望带动毛利率上行。"),
        ("H3", "海缆业务：切入跨太平洋系统"),
        ("P", "全资子公司江川海缆工程有限公司是公司海缆业务的实施主体。"),
        ("P", "江川海缆向Tethys Submarine Systems供应约9000公里中继海缆，合同金额约3.8亿美元。"),
        ("P", "该批海缆用于连接悉尼、关岛与洛杉矶的Lyra海缆系统，计划于2026年上半年完成交付。"),
        ("P", "这是公司首次进入跨太平洋系统的主供应链，我们预计海缆业务收入占比将由2024年的14%提升至2026年的23%。"),
        ("H3", "数通与合资业务"),
        ("P", "公司向讯腾通信供应数据中心互联用超低损光纤及特种光缆，2025年上半年相关收入约人民币2.1亿元。"),
        ("P", "公司与华岳通信合资设立岳川光网科技有限公司，布局算力园区光纤到机架业务。"),
        ("P", "岳川光网注册资本人民币5亿元，公司持股49%，华岳通信持股51%。"),
        ("P", "公司认缴出资人民币2.45亿元，首期出资已于9月完成。"),
    ],
    [
        ("H3", "融资与产能"),
        ("P", "公司获得苏商银行人民币20亿元海缆产能项目贷款，期限8年。"),
        ("P", "贷款主要用于南通海缆基地二期建设，达产后海缆年产能将由2200公里提升至4500公里。"),
        ("P", "我们测算项目贷款利率较同期LPR下浮约45个基点，财务费用可控。"),
        ("P", "上游方面，公司光纤预制棒自给率已提升至85%以上，单位成本较外购模式下降约18%。"),
        ("P", "我们认为，在算力网络建设带动超低损光纤需求、海缆订单进入集中交付期的背景下，公司收入结构将持续优化。"),
        ("H3", "盈利预测与估值"),
        ("P", "我们上调公司2025至2027年归母净利润预测至人民币9.8亿元、12.7亿元和15.1亿元。"),
        ("P", "我们选取远拓通信和东岭光电作为可比公司，2026年平均PE为21倍。"),
        ("P", "考虑公司海缆订单弹性，给予公司2026年22倍PE，对应目标价人民币24.60元，维持买入评级。"),
        ("ROW", "指标  2024A  2025E  2026E  2027E"),
        ("ROW", "营业收入（亿元）  86.4  104.2  126.9  145.3"),
        ("ROW", "归母净利润（亿元）  7.1  9.8  12.7  15.1"),
        ("ROW", "每股收益（元）  0.64  0.88  1.14  1.36"),
        ("ROW", "市盈率（倍）  28.8  20.9  16.2  13.5"),
        ("H3", "风险提示"),
        ("P", "运营商资本开支不及预期。海缆项目交付延迟。原材料价格大幅波动。海外贸易政策变化。"),
        ("P", "海缆领域主要竞争对手包括东岭光电和Norvik Cable。若海外竞争加剧，海缆毛利率可能承压。"),
        ("H3", "免责声明"),
        ("SMALL", "华鼎证券股份有限公司具备中国证监会核准的证券投资咨询业务资格。"),
        ("SMALL", "本报告仅供华鼎证券的客户使用，本公司不会因接收人收到本报告而视其为客户。"),
        ("SMALL", "华鼎证券及其关联机构可能持有江川光缆的股票，也可能为江川光缆提供投资银行服务。"),
        ("SMALL", "本报告中的信息均来源于公开资料，本公司对信息的准确性及完整性不作任何保证。"),
        ("SMALL", "投资者应自主作出投资决策并自行承担投资风险。"),
    ],
]


def build_english(path, pages):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 16, 18)
    for page in pages:
        pdf.add_page()
        for style, text in page:
            if style == "H1":
                pdf.set_font("Helvetica", "B", 15)
                pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            elif style == "H2":
                pdf.set_font("Helvetica", "B", 11.5)
                pdf.ln(1)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            elif style == "H3":
                pdf.set_font("Helvetica", "B", 10)
                pdf.ln(1)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
            elif style == "SMALL":
                pdf.set_font("Helvetica", "", 8)
                pdf.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif style == "ROW":
                pdf.set_font("Helvetica", "", 8.5)
                pdf.cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Helvetica", "", 9.5)
                pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            if pdf.get_y() > 282:
                raise SystemExit(f"{path}: page overflow")
        pdf.set_font("Helvetica", "", 7.5)
        pdf.set_xy(18, 287)
        pdf.cell(0, 4, f"Meridian Austral Telecommunications Limited - Form 20-F 2025 - page {pdf.page_no()}")
    pdf.output(path)


def cjk_lines(pdf, text, size, width):
    """Pack sentences (ending with the full stop) into lines; never break inside a sentence."""
    sentences, cur = [], ""
    for ch in text:
        cur += ch
        if ch == "。":
            sentences.append(cur)
            cur = ""
    if cur:
        sentences.append(cur)
    lines, line = [], ""
    pdf.set_font_size(size)
    for s in sentences:
        if line and pdf.get_string_width(line + s) <= width:
            line += s
        else:
            if line:
                lines.append(line)
            line = s
    if line:
        lines.append(line)
    return lines


def extract_face(face_index, text, out):
    """Extract one face of the .ttc, subset it to the characters used and convert the CFF
    outlines to TrueType outlines, so that fpdf2 embeds it with a clean ToUnicode map
    (pypdf then extracts the Chinese text without stray spaces)."""
    f = TTCollection(TTC).fonts[face_index]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(f)
    glyphset = f.getGlyphSet()
    order = f.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphs = {}
    glyf.glyphOrder = order
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    f["glyf"] = glyf
    f["loca"] = newTable("loca")
    del f["CFF "]
    if "VORG" in f:
        del f["VORG"]
    maxp = f["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    f["head"].indexToLocFormat = 0
    f["head"].glyphDataFormat = 0
    f["post"].formatType = 2.0
    f["post"].extraNames = []
    f["post"].mapping = {}
    f.sfntVersion = "\x00\x01\x00\x00"
    f.save(out)


def build_chinese(path, pages, face_index, family, footer):
    tmp = tempfile.mkdtemp()
    try:
        ttf = os.path.join(tmp, family + ".ttf")
        alltext = "".join(t for page in pages for _, t in page) + footer + "0123456789"
        extract_face(face_index, alltext, ttf)
        pdf = FPDF(format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(16, 16, 16)
        pdf.add_font(family, "", ttf)
        width = 210 - 32
        sizes = {"H1": (13, 7.5), "H3": (10.5, 6.5), "P": (9.5, 5.6), "SMALL": (8, 4.6), "ROW": (8.5, 5)}
        for page in pages:
            pdf.add_page()
            pdf.set_font(family, "", 9.5)
            for style, text in page:
                size, lh = sizes[style]
                if style == "H3":
                    pdf.ln(1.5)
                for line in cjk_lines(pdf, text, size, width):
                    s = size
                    pdf.set_font_size(s)
                    while pdf.get_string_width(line) > width:
                        s -= 0.25
                        pdf.set_font_size(s)
                    pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
                if style == "P":
                    pdf.ln(1)
                if pdf.get_y() > 282:
                    raise SystemExit(f"{path}: page overflow")
            pdf.set_font_size(7.5)
            pdf.set_xy(16, 287)
            pdf.cell(0, 4, footer.format(pdf.page_no()))
        pdf.output(path)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    build_english(os.path.join(HERE, "01_Meridian_20F_excerpt.pdf"), DOC1)
    build_chinese(os.path.join(HERE, "07_Huading_broker_note.pdf"), DOC7, 2, "NotoSansSC",
                  "华鼎证券研究所 公司点评报告 第{}页")
    print("PDFs written")
