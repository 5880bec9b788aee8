"""Build the PDF documents of this evaluation set.

Run with: /work/main/.venv/bin/python build_pdfs.py

English documents use Helvetica. Chinese documents use Noto Sans CJK (SC or TC face),
extracted from the system .ttc collection, subset to the characters used and converted
from CFF to TrueType outlines in a temporary directory that is removed afterwards.

Source markup (one block per line group):
  "# text"   title, centred and bold
  "## text"  section heading
  "| a | b |" table row
  "<<PAGE>>" page break
  anything else: a paragraph (consecutive lines are joined)
English paragraphs wrap at spaces; Chinese paragraphs wrap only after "。".
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
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_INDEX = {"SC": 2, "TC": 3}

# ---------------------------------------------------------------------------
# Document sources
# ---------------------------------------------------------------------------

HUAYAN_SC = """
证券代码：603867　证券简称：华岩水泥　公告编号：2025-061

# 华岩水泥股份有限公司
# 关于签订日常经营重大合同及全资子公司对外投资的公告

本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。

## 重要内容提示

合同类型：日常经营性采购合同、日常经营性销售合同。
对外投资标的：江苏智筑科技有限公司新增注册资本。
本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。
风险提示：合同履行过程中可能受到宏观经济、行业政策及不可抗力等因素影响，敬请广大投资者注意投资风险。

## 一、采购合同概述

为推进熟料生产线数字化改造，降低单位熟料煤耗及电耗，公司于2025年10月20日召开第五届董事会第十四次会议，审议通过了《关于签订窑炉智能优化系统采购合同的议案》。
公司与智筑科技签订《熟料线AI窑炉智能优化系统采购合同》，合同总金额为人民币1.26亿元（含税）。
该系统将部署于公司安徽芜湖、江西弋阳及贵州安顺三个生产基地的六条熟料生产线。
合同约定分三期付款，验收合格后支付至合同总额的95%，剩余5%作为质量保证金于质保期满后支付。

江苏智筑科技有限公司（以下简称“智筑科技”）成立于2019年，注册资本人民币1.8亿元，法定代表人林嘉远。
智筑科技主要从事工业视觉、建材生产过程优化及智慧工地软件的研发与销售。
智筑科技与华岩集团不存在关联关系，亦不存在产权、业务、资产、债权债务、人员等方面的其他关系。

<<PAGE>>
## 二、销售合同概述

公司与天枢算力签订《低碳水泥及预拌混凝土供应合同》，由公司向其位于贵安新区的智算中心项目供应低碳水泥，合同金额约人民币3.4亿元。
贵州天枢算力科技有限公司（以下简称“天枢算力”）主要从事智算中心建设运营及算力租赁服务。
合同供货期为2025年11月至2027年6月，按实际供货量结算。
本合同金额约占公司2024年度经审计营业收入的2.1%，履行合同预计对公司2025年及2026年经营业绩产生积极影响。

此外，公司海外业务保持稳定。
2025年1-9月，公司向美国艾恩维尔材料公司（Ironvale Materials Corp.）出口熟料约62万吨。
上述出口业务系公司日常经营业务，不属于本次审议事项。

## 三、全资子公司对外投资概述

华岩数智科技有限公司为公司全资子公司。
华岩数智拟以自有资金人民币5,000万元认购智筑科技新增注册资本。
本次增资完成后，华岩数智将持有智筑科技2.5%的股权。
北京中衡资产评估有限公司作为本次增资的评估机构，对智筑科技股东全部权益价值进行了评估。
同日，华岩数智与智筑科技签署《战略合作协议》，双方将共建“水泥工业大模型联合实验室”。

<<PAGE>>
## 四、对上市公司的影响

本次采购有助于公司提升熟料生产线的智能化水平，预计投产后吨熟料标准煤耗可下降约3%。
本次销售合同有助于公司拓展数据中心等新基建领域客户。
在同行业可比公司中，西嶂水泥、闽江建材等亦已开展窑炉智能化改造，市场竞争日趋激烈。
截至本公告披露日，公司控股股东华岩集团有限公司持有公司41.23%的股份。
本次交易不会导致公司控股股东及实际控制人发生变化，不存在损害公司及全体股东利益的情形。

## 五、风险提示

合同履行期较长，存在因原材料价格波动、项目进度调整等原因导致合同无法如期或全部履行的风险。
智筑科技的经营业绩受下游行业景气度影响较大，华岩数智的投资收益存在不确定性。
公司将根据相关事项的进展情况，及时履行信息披露义务。

## 六、备查文件

1. 第五届董事会第十四次会议决议。
2. 《熟料线AI窑炉智能优化系统采购合同》。
3. 《低碳水泥及预拌混凝土供应合同》。
4. 《增资协议》及《战略合作协议》。

特此公告。

华岩水泥股份有限公司董事会
2025年10月22日
"""

KINGLEAD_TC = """
香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部份內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。

# 金嶺建材集團有限公司
# KINGLEAD BUILDING MATERIALS GROUP LIMITED
（於開曼群島註冊成立之有限公司）（股份代號：2617）

# 須予披露交易
# 認購智築科技之新增註冊資本及訂立戰略合作框架協議

## 緒言

董事會欣然宣佈，於2025年11月3日（交易時段後），本公司與智築科技及其現有股東訂立增資協議。
根據增資協議，本公司同意以現金人民幣3.6億元認購智築科技新增註冊資本。
增資完成後，本公司將持有智築科技經擴大後註冊資本之18%。
智築科技將不會成為本公司之附屬公司，其財務業績將以權益法入賬列作本集團之聯營公司。

## 增資協議

日期：2025年11月3日。
訂約方：（1）本公司（作為認購方）；（2）智築科技（作為目標公司）；及（3）智築科技之現有股東。
代價將以本集團內部資源及Northpier Bank, N.A.香港分行提供之港幣4億元定期貸款撥付。
代價乃經訂約方公平磋商後釐定，並已參考獨立估值師對智築科技於2025年8月31日之股權估值。

## 有關智築科技之資料

智築科技為一家於中國成立之有限責任公司，主要從事建材生產過程優化及智慧工地人工智能軟件業務。
於本公告日期，智築科技由其創始人林嘉遠先生持有約46.0%，由Bedrock Ventures持有約6.1%，由華岩數智持有約2.5%。
智築科技之主要客戶包括華岩水泥等大型水泥生產商。
智築科技之模型訓練及推理算力主要向天樞算力租用。
智築科技於中國智慧工地軟件市場之主要競爭對手包括廣聯智建及築眸科技。

<<PAGE>>
## 戰略合作框架協議

於同日，本公司與智築科技訂立戰略合作框架協議，雙方將於建材生產及智慧工地領域開展合作。
金嶺智建（深圳）有限公司為本公司之間接全資附屬公司。
根據框架協議，智築科技將向金嶺智建提供工地進度識別及混凝土養護預測軟件服務，年度上限為人民幣2,800萬元。
框架協議有效期為三年，自2026年1月1日起生效。

## 進行交易之理由及裨益

本集團主要從事水泥、預拌混凝土及預製構件之生產及銷售，業務遍及香港、廣東及廣西。
董事認為，透過投資智築科技，本集團可將人工智能技術應用於窯爐控制、質量檢測及工地管理，從而提升營運效率並降低碳排放。
董事（包括獨立非執行董事）認為，增資協議之條款屬公平合理，並符合本公司及股東之整體利益。

## 上市規則之涵義

由於有關增資協議項下交易之一項或多項適用百分比率超過5%但低於25%，故該交易構成本公司之須予披露交易，須遵守上市規則第14章之通知及公告規定。
嘉域融資有限公司已獲委任為金嶺建材有關本次交易之財務顧問。

<<PAGE>>
## 釋義

「董事會」指本公司董事會。
「本公司」或「金嶺建材」指金嶺建材集團有限公司，其股份於聯交所主板上市。
「智築科技」指江蘇智築科技有限公司。
「金嶺智建」指金嶺智建（深圳）有限公司。
「天樞算力」指貴州天樞算力科技有限公司。
「華岩數智」指華岩數智科技有限公司。
「上市規則」指聯交所證券上市規則。

承董事會命
金嶺建材集團有限公司
主席 鄧啟鴻

香港，2025年11月3日

於本公告日期，董事會由執行董事鄧啟鴻先生、歐陽慧敏女士及陳立勤先生；以及獨立非執行董事梁子健先生、何佩儀女士及蘇永年先生組成。
"""

RESEARCH_EN = """
# Harlow & Finch Securities | Equity Research | Industrials
# AI in Construction Materials: Printing, Blasting and the Cloud Bill

Sector initiation | November 12, 2025 | Analyst: Priya Lakshmanan, CFA

## Summary

We initiate coverage of Stratacrete Inc. (STCR) with an Outperform rating and a 12-month price target of $31, and reiterate Neutral on Ironvale Materials Corp. (IVMC). Our thesis is that AI-driven construction hardware and software is moving from pilots to recurring revenue, and that the best-positioned vendors are those that own both the machine and the data.

Stratacrete sells large-format concrete printing gantries plus its PathForge toolpath software. The order book roughly doubled this year, anchored by a three-year contract under which Stratacrete supplies fourteen SC-9 gantries to Ironvale Materials for about $62.4 million. We model STCR revenue of $148 million in 2026, up 71%.

## Supply chain and financing

Stratacrete embeds concrete-maturity sensors from Sensicast Inc. in every printed wall, which lets it sell curing analytics as a subscription. Compute is rented, not owned: the PathForge training stack runs on Gridmason Cloud, and we estimate the hosting bill at about $6 million a year. Northpier Bank provided Stratacrete with a $75 million senior secured term loan in October, which we think removes funding risk through 2027.

In August Stratacrete closed the acquisition of Cobaltline Robotics for $21.0 million in cash and stock. Cobaltline, which makes rebar-tying robots, now operates as a wholly owned subsidiary of Stratacrete. We see the deal as a way to move from walls to reinforced structures.

<<PAGE>>
## Private ecosystem

Two private companies matter to our thesis. Quarrylight Analytics sells blast-fragmentation and crusher-optimization models to quarry operators; Ironvale is its reference customer and licenses the software at six quarries. Quarrylight hosts its models on Gridmason Cloud under a multi-year committed-spend agreement. Formwise AI, a scheduling platform for ready-mix and general contractors, has a non-exclusive integration partnership with Stratacrete that links schedules to printer toolpaths.

We see Layerform Systems as the closest competitor to Stratacrete, although Layerform's pending patent suit against Stratacrete is, in our view, unlikely to result in an injunction.

## Valuation and peers

| Company | Ticker | Rating | EV/Sales 2026E |
| Stratacrete | STCR | Outperform | 3.9x |
| Layerform Systems | LYFM | Not rated | 5.2x |
| Castlerock Cement | CSRK | Underperform | 1.8x |
| Ironvale Materials | IVMC | Neutral | 2.4x |

On our numbers Stratacrete trades at 3.9x 2026E EV/sales, a discount to Layerform Systems at 5.2x despite faster growth. Castlerock Cement and Ironvale Materials trade at 1.8x and 2.4x respectively, reflecting their heavier asset bases.

## Risks

Key risks include customer concentration, execution of the Ironvale delivery schedule, component shortages, patent litigation and a slowdown in U.S. non-residential construction.

<<PAGE>>
## Important disclosures

Harlow & Finch Securities LLC has received compensation for investment banking services from Stratacrete Inc. in the past 12 months. Harlow & Finch Securities and Goldbridge Partners co-managed Stratacrete's follow-on offering in March 2025. The research analyst responsible for this report certifies that the views expressed accurately reflect her personal views about the subject securities and issuers, and that no part of her compensation was, is or will be directly or indirectly related to the specific recommendations or views contained in this report.

Ratings: Outperform - expected to outperform the coverage universe over 12 months; Neutral - expected to perform in line; Underperform - expected to underperform. This report is provided for information purposes only and does not constitute an offer to buy or sell any security. Past performance is not indicative of future results. Prices as of market close on November 11, 2025.
"""

DOCUMENTS = [
    ("03_Huayan_Cement_announcement.pdf", "SC", HUAYAN_SC),
    ("04_Kinglead_Building_HKEX_announcement.pdf", "TC", KINGLEAD_TC),
    ("07_Harlow_Finch_research_note.pdf", None, RESEARCH_EN),
]

# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------


def cff_to_glyf(font):
    """Replace the CFF outlines of a (subset) font by quadratic TrueType glyphs."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"].tableVersion = 0x00010000
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
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk_font(face, text, workdir):
    """Write a TrueType subset of the SC or TC face covering text; return its path."""
    font = TTCollection(CJK_TTC).fonts[FACE_INDEX[face]]
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(text=text + " 0123456789")
    subsetter.subset(font)
    cff_to_glyf(font)
    path = os.path.join(workdir, f"NotoSansCJK{face}-subset.ttf")
    font.save(path)
    return path


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------


def blocks(source, joiner=" "):
    """Split marked-up source into (kind, text) blocks."""
    para = []
    for line in source.strip().splitlines() + [""]:
        line = line.strip()
        special = not line or line.startswith("#") or line.startswith("|") or line == "<<PAGE>>"
        if special and para:
            yield "para", joiner.join(para)
            para = []
        if not line:
            continue
        if line == "<<PAGE>>":
            yield "page", ""
        elif line.startswith("## "):
            yield "heading", line[3:]
        elif line.startswith("# "):
            yield "title", line[2:]
        elif line.startswith("|"):
            yield "row", [c.strip() for c in line.strip("|").split("|")]
        else:
            para.append(line)


def split_after_full_stop(text):
    parts, current = [], ""
    for char in text:
        current += char
        if char == "。":
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


def write_chinese_paragraph(pdf, text, size, line_height):
    """Pack whole sentences onto lines; a line never breaks inside a sentence."""
    width = pdf.epw
    line = ""
    for sentence in split_after_full_stop(text):
        pdf.set_font_size(size)
        if line and pdf.get_string_width(line + sentence) <= width:
            line += sentence
            continue
        if line:
            pdf.cell(width, line_height, line, new_x="LMARGIN", new_y="NEXT")
        line = sentence
    if line:
        fitted = size
        while pdf.get_string_width(line) > width and fitted > 5:
            fitted -= 0.25
            pdf.set_font_size(fitted)
        pdf.cell(width, line_height, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font_size(size)


def build(filename, face, source, workdir):
    chinese = face is not None
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 18, 18)
    if chinese:
        font_path = make_cjk_font(face, source, workdir)
        pdf.add_font("NotoCJK", "", font_path)
        family, body_size, line_height = "NotoCJK", 9.5, 6.2
    else:
        family, body_size, line_height = "Helvetica", 10, 5.4
    pdf.add_page()
    pdf.set_font(family, "", body_size)
    for kind, text in blocks(source, joiner="" if chinese else " "):
        if kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font(family, "" if chinese else "B", body_size + 3)
            pdf.multi_cell(pdf.epw, line_height + 1.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(family, "", body_size)
            pdf.ln(1)
        elif kind == "heading":
            pdf.ln(2)
            pdf.set_font(family, "" if chinese else "B", body_size + 1)
            pdf.multi_cell(pdf.epw, line_height + 0.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(family, "", body_size)
        elif kind == "row":
            col = pdf.epw / len(text)
            for cell in text:
                pdf.cell(col, line_height + 1, cell, border=1)
            pdf.ln(line_height + 1)
        elif chinese:
            write_chinese_paragraph(pdf, text, body_size, line_height)
        else:
            pdf.multi_cell(pdf.epw, line_height, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(os.path.join(HERE, filename))


def main():
    workdir = tempfile.mkdtemp(prefix="cjk-font-")
    try:
        for filename, face, source in DOCUMENTS:
            build(filename, face, source, workdir)
            print("wrote", filename)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
