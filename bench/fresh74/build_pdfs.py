"""Build the three PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces only. Chinese text is
set in Noto Sans CJK: the SC or TC face is taken from the system TTC with
fontTools, subset to the characters used, converted from CFF to TrueType glyf
outlines with cu2qu and written to a temporary directory that is deleted when
the build ends. Chinese lines are broken only after a full stop (。).
"""
import os
import re
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC = 2
FACE_TC = 3
CJK_BODY_SIZE = 9.5
EN_BODY_SIZE = 10

# Each document is a list of blocks: (kind, payload).
#   title / center / h / p : a string
#   row                    : (list of cell strings, list of relative widths)
#   gap                    : None

DOC04_TC = [
    ("p", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。"
          "對其準確性或完整性亦不發表任何聲明。"
          "並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("gap", None),
    ("title", "港灣電能控股有限公司"),
    ("center", "HARBOURLINE POWER HOLDINGS LIMITED"),
    ("center", "（於百慕達註冊成立之有限公司）"),
    ("center", "（股份代號：2871）"),
    ("gap", None),
    ("title", "持續關連交易"),
    ("center", "數據中心供電及變電服務框架協議"),
    ("gap", None),
    ("h", "緒言"),
    ("p", "董事會欣然宣佈，於2025年10月20日（交易時段後），本公司與嘉泓數據能源訂立框架協議。"
          "根據框架協議，本公司將向嘉泓數據能源提供數據中心供電及變電服務，三個年度之年度上限總額為港幣14.30億元。"),
    ("h", "上市規則之涵義"),
    ("p", "於本公告日期，嘉泓集團持有本公司已發行股份約58.3%，本公司為嘉泓集團之非全資附屬公司。"
          "嘉泓數據能源為嘉泓集團之全資附屬公司，因此為本公司之關連人士。"
          "故此，框架協議項下擬進行之交易構成上市規則第14A章下本公司之持續關連交易。"
          "由於年度上限之最高適用百分比率超過5%，該等交易須遵守申報、公告、年度審閱及獨立股東批准之規定。"),
    ("h", "框架協議之主要條款"),
    ("p", "日期：2025年10月20日。"),
    ("p", "訂約方：（1）本公司；及（2）嘉泓數據能源。"),
    ("p", "年期：自2026年1月1日起至2028年12月31日止，為期三年，可經雙方書面同意續期。"),
    ("p", "服務範圍：本集團將向嘉泓數據能源位於將軍澳及青衣之數據中心提供供電、變電及備用電源服務。"),
    ("p", "定價基準：電費將按本公司經政府批核之適用大用戶電價收取。"
          "變電及備用電源服務費用則按成本加成方式釐定，加成率不高於8%。"
          "董事會亦參考了東濱電力有限公司及南嶼能源有限公司向同類數據中心客戶收取之公開價格。"),
    ("h", "年度上限"),
    ("row", (["截至12月31日止年度", "2026年", "2027年", "2028年"], [4, 2, 2, 2])),
    ("row", (["年度上限（港幣百萬元）", "360", "480", "590"], [4, 2, 2, 2])),
    ("gap", None),
    ("p", "年度上限乃參考嘉泓數據能源兩座數據中心之預計用電負荷、分期投產時間表及預計電價釐定。"
          "本公司過往並無與嘉泓數據能源進行同類交易，故並無歷史交易金額可供參考。"),
    ("h", "相關設備採購"),
    ("p", "為配合上述服務，本公司已另行向恆渡電氣訂購十二台大型電力變壓器，合同金額約為港幣1.95億元。"
          "恆渡電氣為於上海證券交易所上市之電力設備製造商。"
          "據董事所知，恆渡電氣及其最終實益擁有人均為獨立第三方。"),
    ("h", "訂立框架協議之理由及裨益"),
    ("p", "嘉泓數據能源正於將軍澳及青衣興建兩座合共約180兆瓦之數據中心。"
          "框架協議將為本集團帶來穩定之長期售電收入，並提升本集團輸配電資產之使用率。"
          "董事（不包括獨立非執行董事）認為，框架協議之條款屬公平合理，並符合股東整體利益。"
          "執行董事莫詠賢女士同時擔任嘉泓集團董事，已就相關董事會決議案放棄投票。"),
    ("h", "獨立董事委員會及獨立財務顧問"),
    ("p", "本公司已成立由全體獨立非執行董事組成之獨立董事委員會。"
          "琥珀庭資本已獲委任為獨立財務顧問，就本公司與嘉泓數據能源之框架協議提供意見。"
          "一份載有框架協議詳情之通函預期將於2025年11月14日或之前寄發予股東。"),
    ("h", "一般資料"),
    ("p", "本公司主要透過其附屬公司於香港從事發電、輸電及配電業務。"
          "嘉泓集團為投資控股公司，其附屬公司從事物業發展、液化天然氣接收站及數據中心業務。"
          "嘉泓數據能源主要從事數據中心之開發及營運。"),
    ("h", "釋義"),
    ("row", (["「董事會」", "指 本公司董事會"], [2, 8])),
    ("row", (["「本公司」", "指 港灣電能控股有限公司，其股份於聯交所主板上市"], [2, 8])),
    ("row", (["「嘉泓集團」", "指 嘉泓集團有限公司，本公司之控股股東"], [2, 8])),
    ("row", (["「嘉泓數據能源」", "指 嘉泓數據能源有限公司，嘉泓集團之全資附屬公司"], [2, 8])),
    ("row", (["「恆渡電氣」", "指 江蘇恆渡電氣股份有限公司"], [2, 8])),
    ("row", (["「琥珀庭資本」", "指 琥珀庭資本有限公司，證券及期貨條例下之持牌法團"], [2, 8])),
    ("row", (["「上市規則」", "指 聯交所證券上市規則"], [2, 8])),
    ("row", (["「聯交所」", "指 香港聯合交易所有限公司"], [2, 8])),
    ("gap", None),
    ("center", "承董事會命"),
    ("center", "港灣電能控股有限公司"),
    ("center", "主席 鄺啟明"),
    ("center", "香港，2025年10月20日"),
    ("gap", None),
    ("p", "於本公告日期，執行董事為鄺啟明先生、莫詠賢女士及陳柏霖先生。"
          "獨立非執行董事為何素琴女士、林兆恒先生及歐陽德勤先生。"),
]

DOC05_SC = [
    ("p", "证券代码：603871　　证券简称：恒渡电气　　公告编号：2025-066"),
    ("gap", None),
    ("title", "江苏恒渡电气股份有限公司"),
    ("title", "关于签订日常经营重大合同的公告"),
    ("gap", None),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
          "全体董事对其内容的真实性、准确性和完整性承担法律责任。"),
    ("h", "重要内容提示："),
    ("p", "合同类型：日常经营性销售合同。"),
    ("p", "合同金额：三份合同合计约人民币16.08亿元（按2025年10月23日汇率折算）。"),
    ("p", "合同生效条件：经双方签字盖章后生效。"),
    ("p", "对上市公司当期业绩的影响：预计主要影响公司2026年度及2027年度经营业绩。"),
    ("p", "特别风险提示：合同履行可能受国际贸易政策、汇率波动及原材料价格变动等因素影响。"),
    ("h", "一、合同签订情况"),
    ("p", "2025年9月至10月期间，公司与三家客户分别签订了数据中心用电力变压器及成套变电设备供货合同。"
          "公司向Ridgeline Power & Compute LLC供应电力变压器及箱式变电站，合同金额约1.68亿美元。"
          "公司向港湾电能控股有限公司供应十二台大型电力变压器，合同金额约港币1.95亿元。"
          "公司向算峰科技（宁夏）有限公司供应数据中心干式变压器，合同金额约人民币2.37亿元。"
          "上述合同金额合计约占公司2024年度经审计营业收入的23.6%。"),
    ("h", "二、合同对方基本情况"),
    ("p", "1. Ridgeline Power & Compute LLC注册于美国特拉华州，正在开发Solstice Ridge综合电力与算力园区。"),
    ("p", "2. 港湾电能控股有限公司为香港联交所上市公司（股份代号：2871），主要从事发电、输电及配电业务。"),
    ("p", "3. 算峰科技（宁夏）有限公司注册于宁夏中卫，主要从事高性能计算集群的集成、交付及运维。"),
    ("p", "公司与上述合同对方均不存在关联关系，最近三个会计年度与其未发生其他重大业务往来。"
          "本次Ridgeline项目招标中，西岭电气股份有限公司等多家厂商亦参与竞标。"),
    ("h", "三、合同主要条款"),
    ("row", (["合同对方", "主要产品", "合同金额", "交货期"], [4, 4, 2.5, 3])),
    ("row", (["Ridgeline Power & Compute LLC", "345kV变压器、箱式变电站", "约1.68亿美元", "2026年1月起"], [4, 4, 2.5, 3])),
    ("row", (["港湾电能控股有限公司", "400kV电力变压器12台", "约港币1.95亿元", "2026年3月起"], [4, 4, 2.5, 3])),
    ("row", (["算峰科技（宁夏）有限公司", "干式变压器、预制舱", "约2.37亿元", "2026年1月起"], [4, 4, 2.5, 3])),
    ("gap", None),
    ("p", "付款方式：预付款10%，到货款50%，验收款30%，质保金10%。"
          "Ridgeline合同以美元结算，其余两份合同分别以港币及人民币结算。"
          "争议解决：Ridgeline合同适用纽约州法律并提交国际仲裁，其余合同提交合同签订地仲裁机构仲裁。"),
    ("h", "四、合同履行对上市公司的影响"),
    ("p", "本次合同的履行预计将对公司2026年度及2027年度经营业绩产生积极影响。"
          "公司已与塔尔蒙商品有限公司签订阴极铜年度采购协议，2026年采购量不低于1.8万吨。"
          "上述安排有助于锁定主要原材料成本，降低铜价波动对合同毛利率的影响。"),
    ("p", "2025年6月，公司与Caldera Compute Systems, Inc.签署战略合作备忘录。"
          "双方将共同开发面向液冷GPU集群的高压直流供电方案，目前尚未形成具体订单。"),
    ("p", "公司控股股东恒渡控股集团有限公司持有公司42.15%的股份。"
          "本次合同的签订不会影响公司业务的独立性，公司主要业务不会因履行合同而对合同对方形成依赖。"),
    ("h", "五、合同履行的风险分析"),
    ("p", "1. 国际贸易政策风险：Ridgeline合同产品出口美国，可能面临额外关税或贸易限制。"),
    ("p", "2. 汇率风险：合同以外币结算的部分可能因汇率波动影响公司收益。"),
    ("p", "3. 原材料价格风险：取向硅钢、铜材等原材料价格大幅波动可能影响合同毛利率。"),
    ("p", "4. 履约风险：合同执行周期较长，存在因不可抗力等因素导致合同无法如期履行的风险。"),
    ("p", "敬请广大投资者注意投资风险。"),
    ("gap", None),
    ("p", "特此公告。"),
    ("gap", None),
    ("p", "江苏恒渡电气股份有限公司董事会"),
    ("p", "2025年10月24日"),
]

DOC07_EN = [
    ("title", "Stanton Pryce Ratings"),
    ("center", "RATING ACTION COMMENTARY | Project Finance - Power and Digital Infrastructure"),
    ("gap", None),
    ("h", "Stanton Pryce Assigns 'BBB-' to Ridgeline Power & Compute's Senior Secured Term Loan; "
          "Outlook Stable"),
    ("p", "New York, 3 December 2025"),
    ("p", "Stanton Pryce Ratings has assigned a 'BBB-' rating to Ridgeline Power & Compute LLC's $1.45 "
          "billion senior secured term loan due 2040. The Rating Outlook is Stable."),
    ("p", "Ridgeline is developing the Solstice Ridge campus in the Permian Basin, an integrated project "
          "that combines 620 MW of gas-fired combined-cycle generation, 150 MW of solar with battery "
          "storage and an initial 300 MW of data-centre capacity. The term loan finances the generation "
          "assets, the battery system and the data-centre shell and core. GPU equipment is funded "
          "separately and is not part of the rated debt."),
    ("h", "Transaction Summary"),
    ("p", "Kestrel Bank plc is lead arranger and provides $600 million of the term loan, with Azura "
          "Banking Corporation and First Cascade Bank, N.A. committing $500 million and $350 million "
          "respectively. The loan amortises on a sculpted schedule from 2028, with a 75% cash sweep if "
          "the backward-looking debt service coverage ratio falls below 1.20x."),
    ("p", "Ridgeline is owned 80% by Solace Infrastructure Partners IV, L.P. and 20% by Pinecrest Power "
          "Holdings LLC. Sponsor equity of $800 million was fully funded at financial close, and Solace "
          "has contributed $640 million of that amount. Ellery Trust Company, N.A. acts as collateral "
          "agent and depositary bank for the project accounts of Ridgeline."),
    ("h", "Key Rating Drivers"),
    ("p", "Contracted Compute Revenue - Midrange: Contracted compute revenue comes principally from a "
          "seven-year take-or-pay capacity agreement with Borealis Subsurface AI, Inc., covering 6,000 "
          "GPUs, and a three-year agreement with Nimbostrata Forecasting, Inc. for 1,200 GPUs. Together "
          "these agreements cover about 62% of phase-one capacity. We view the venture-backed offtaker "
          "as the weaker credit and apply a 25% haircut to its payments in our rating case. Stanton Pryce "
          "Ratings has no rating relationship with Borealis Subsurface AI, Inc. or Nimbostrata "
          "Forecasting, Inc."),
    ("p", "Fuel Supply - Stronger: Fuel is supplied by Meridian Crest Energy Corporation under a "
          "fifteen-year firm gas sales agreement for up to 180,000 MMBtu per day, priced at a fixed "
          "discount to a regional hub index. The supplier's investment-grade profile and the firm "
          "transport arrangements mitigate fuel interruption risk."),
    ("p", "Equipment and Supply Chain - Midrange: Caldera Compute Systems, Inc. is supplying the first "
          "16,384 GPUs and associated networking under a fixed-price equipment contract of $1.02 "
          "billion, funded from sponsor equity outside the rated debt. Caldera sources the accelerators "
          "from Lumenar Semiconductor Corp. under a capacity reservation that we view as adequate for "
          "phase one. High-voltage transformers and package substations are being delivered by Jiangsu "
          "Hengdu Electric Co., Ltd. under a $168 million supply contract, with first units scheduled "
          "for the first quarter of 2026."),
    ("p", "Interconnection - Midrange: Western Plains Interconnection Operator, Inc. has executed a 500 "
          "MW large-load interconnection agreement with Ridgeline, and the project pays Western Plains "
          "for network upgrades estimated at $84 million. Ridgeline has agreed to curtail data-centre "
          "load on instruction during system emergencies, which we treat as a modest revenue risk."),
    ("p", "Technology Obsolescence - Weaker: Accelerator generations turn over every two to three years, "
          "and compute capacity not covered by take-or-pay contracts is exposed to falling rental prices. "
          "Our rating case assumes that uncontracted capacity is re-let at 55% of current market rates "
          "after 2029."),
    ("h", "Peer Comparison"),
    ("p", "Compared with Helios Mesa Data Campus LLC and Cobalt Flats Energy Center LLC, Ridgeline has a "
          "higher share of contracted revenue but greater technology obsolescence risk. Helios Mesa buys "
          "all of its power from the grid and carries no fuel risk, while Cobalt Flats is a merchant "
          "generator without a data-centre component."),
    ("row", (["Issuer", "Rating", "Min. DSCR", "Avg. DSCR", "Contracted share"], [4, 1.5, 1.7, 1.7, 2.3])),
    ("row", (["Ridgeline Power & Compute LLC", "BBB-", "1.31x", "1.58x", "62%"], [4, 1.5, 1.7, 1.7, 2.3])),
    ("row", (["Helios Mesa Data Campus LLC", "BBB", "1.38x", "1.61x", "85%"], [4, 1.5, 1.7, 1.7, 2.3])),
    ("row", (["Cobalt Flats Energy Center LLC", "BB+", "1.22x", "1.44x", "40%"], [4, 1.5, 1.7, 1.7, 2.3])),
    ("gap", None),
    ("h", "Rating Sensitivities"),
    ("p", "Factors that could lead to a negative rating action: minimum DSCR in the rating case below "
          "1.25x; a delay of more than nine months to commercial operation of the combined-cycle units; "
          "termination or material renegotiation of either take-or-pay compute agreement."),
    ("p", "Factors that could lead to a positive rating action: an upgrade is unlikely before the "
          "campus has operated for at least two years and contracted coverage exceeds 80% of capacity."),
    ("h", "Criteria Applied"),
    ("p", "Infrastructure and Project Finance Rating Criteria (June 2024); Thermal Power Project Rating "
          "Criteria (March 2025); Data Centre Project Finance Supplement (September 2025)."),
    ("h", "Disclaimer"),
    ("p", "Ratings are opinions on relative credit risk and are not recommendations to buy, sell or hold "
          "any security. Stanton Pryce Ratings relies on information from the issuer and third parties "
          "that it believes to be reliable but does not audit or independently verify such information. "
          "The issuer paid a fee for this rating. Copyright 2025 Stanton Pryce Ratings, Inc."),
]


class Document(FPDF):
    """A4 page with a running page number in the footer."""

    def __init__(self, family):
        super().__init__(format="A4")
        self.footer_family = family
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.footer_family, size=8)
        self.cell(0, 6, f"- {self.page_no()} -", align="C")


def cff_to_glyf(font):
    """Replace the CFF outlines of an OpenType font by quadratic glyf outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
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
        advance = hmtx[name][0]
        hmtx[name] = (advance, getattr(glyphs[name], "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(glyph_order)
    maxp.maxZones = 1
    for field in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                  "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                  "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.recalc(font)
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face_index, blocks, out_path):
    """Write a subset, glyf-outline TrueType copy of one Noto Sans CJK face."""
    used = set()
    for _, payload in blocks:
        if isinstance(payload, str):
            used.update(payload)
        elif payload is not None:
            for cell_text in payload[0]:
                used.update(cell_text)
    used.update(chr(code) for code in range(0x20, 0x7F))
    used.update("- ")
    font = TTCollection(TTC_PATH).fonts[face_index]
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(used)))
    subsetter.subset(font)
    cff_to_glyf(font)
    font.save(out_path)


def fitted_line(pdf, text, size, height, align="L"):
    """Write one line, shrinking the type if it would not fit the page width."""
    pdf.set_font_size(size)
    width = pdf.get_string_width(text)
    if width > pdf.epw:
        pdf.set_font_size(size * pdf.epw / width * 0.995)
    pdf.cell(pdf.epw, height, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(size)


def cjk_paragraph(pdf, text, size):
    """Pack whole sentences into lines; a line only ever ends after 。."""
    pdf.set_font_size(size)
    line = ""
    for sentence in re.findall(r"[^。]+。?", text):
        candidate = line + sentence
        if line and pdf.get_string_width(candidate) > pdf.epw:
            fitted_line(pdf, line, size, size * 0.62)
            line = sentence
        else:
            line = candidate
    if line:
        fitted_line(pdf, line, size, size * 0.62)
    pdf.ln(1.5)


def table_row(pdf, cells, weights, size):
    pdf.set_font_size(size)
    total = sum(weights)
    for cell_text, weight in zip(cells, weights):
        pdf.cell(pdf.epw * weight / total, size * 0.7, cell_text, border=1)
    pdf.ln(size * 0.7)


def render(pdf, blocks, cjk):
    body = CJK_BODY_SIZE if cjk else EN_BODY_SIZE
    pdf.add_page()
    for kind, payload in blocks:
        if kind == "gap":
            pdf.ln(3)
        elif kind == "title":
            if not cjk:
                pdf.set_font(style="B")
            fitted_line(pdf, payload, body + 5, (body + 5) * 0.6, align="C")
            pdf.set_font(style="")
        elif kind == "center":
            fitted_line(pdf, payload, body, body * 0.6, align="C")
        elif kind == "h":
            pdf.ln(1.5)
            if cjk:
                fitted_line(pdf, payload, body + 1.5, (body + 1.5) * 0.65)
            else:
                pdf.set_font(style="B")
                pdf.set_font_size(body + 1)
                pdf.multi_cell(0, (body + 1) * 0.55, payload, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font(style="")
            pdf.ln(1)
        elif kind == "p":
            if cjk:
                cjk_paragraph(pdf, payload, body)
            else:
                pdf.set_font_size(body)
                pdf.multi_cell(0, body * 0.5, payload, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        elif kind == "row":
            cells, weights = payload
            table_row(pdf, cells, weights, body - 1)
        else:
            raise ValueError(f"unknown block kind {kind!r}")


def build_cjk(name, blocks, face_index, tmp_dir, title):
    font_path = os.path.join(tmp_dir, f"noto_face{face_index}.ttf")
    make_cjk_font(face_index, blocks, font_path)
    pdf = Document("NotoCJK")
    pdf.add_font("NotoCJK", fname=font_path)
    pdf.set_font("NotoCJK", size=CJK_BODY_SIZE)
    pdf.set_title(title)
    render(pdf, blocks, cjk=True)
    pdf.output(os.path.join(HERE, name))


def build_english(name, blocks, title):
    pdf = Document("Helvetica")
    pdf.set_font("Helvetica", size=EN_BODY_SIZE)
    pdf.set_title(title)
    render(pdf, blocks, cjk=False)
    pdf.output(os.path.join(HERE, name))


def main():
    with tempfile.TemporaryDirectory() as tmp_dir:
        build_cjk("04_Harbourline_關連交易公告.pdf", DOC04_TC, FACE_TC, tmp_dir,
                  "港灣電能控股有限公司 持續關連交易")
        build_cjk("05_Hengdu_重大合同公告.pdf", DOC05_SC, FACE_SC, tmp_dir,
                  "江苏恒渡电气股份有限公司 关于签订日常经营重大合同的公告")
    build_english("07_StantonPryce_Ridgeline_rating.pdf", DOC07_EN,
                  "Stanton Pryce Ratings - Ridgeline Power & Compute LLC")
    print("wrote 3 PDFs")


if __name__ == "__main__":
    main()
