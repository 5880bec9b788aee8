"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text uses Noto Sans CJK SC extracted from the system .ttc with fontTools,
subset to the characters used and converted to TrueType outlines in a temporary
directory (deleted afterwards). Chinese lines break only after 。.
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


def cjk_ttf(index, text, out_path):
    """Extract face `index` of the Noto CJK collection, subset it, convert CFF -> glyf."""
    font = TTCollection(TTC).fonts[index]
    opts = Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.desubroutinize = True
    sub = Subsetter(opts)
    chars = set(text) | {chr(c) for c in range(32, 127)}
    sub.populate(unicodes=[ord(c) for c in chars])
    sub.subset(font)
    gs = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ---------------------------------------------------------------------------
# Document content. Items: ("title", text) ("h", text) ("p", text) ("small", text)
# ("table", [rows]) ("gap", None) ("pagebreak", None)
# ---------------------------------------------------------------------------

DOC01 = [
    ("small", "本公司的发行申请尚需经上海证券交易所和中国证监会履行相应程序。本招股说明书（申报稿）不具有据以发行股票的法律效力，仅供预先披露之用。投资者应当以正式公告的招股说明书作为投资决定的依据。"),
    ("title", "芯曜科技股份有限公司"),
    ("title", "首次公开发行股票并在科创板上市招股说明书（申报稿）"),
    ("center", "（节选：第四节 发行人基本情况、第五节 业务与技术）"),
    ("center", "保荐人（主承销商）：华岳证券股份有限公司"),
    ("gap", None),
    ("h", "重大事项提示"),
    ("p", "公司提醒投资者特别关注以下风险因素。公司属于高性能通用GPU设计企业，采用Fabless经营模式，晶圆制造、先进封装及高带宽存储器等环节均依赖外部供应商。若主要供应商产能紧张或因国际贸易环境变化而无法按期交付，公司的产品交付及经营业绩可能受到重大不利影响。报告期内公司尚未实现盈利，截至2024年12月31日累计未弥补亏损为182,406.37万元。"),
    ("p", "在数据中心训练GPU领域，公司的主要竞争对手包括英伟达等境外厂商以及灵算微电子等境内厂商。与上述厂商相比，公司在软件生态、客户导入周期和资金实力方面仍存在一定差距。"),
    ("h", "第四节 发行人基本情况"),
    ("h2", "一、股本结构"),
    ("p", "截至本招股说明书签署日，公司总股本为89,960.00万股，本次拟公开发行不超过29,990.00万股。本次发行前公司前五名股东持股情况如下："),
    ("table", [
        ["序号", "股东名称", "持股数量（万股）", "持股比例"],
        ["1", "曹亦衡", "18,420.00", "20.48%"],
        ["2", "临湾市产业投资引导基金（有限合伙）", "7,305.00", "8.12%"],
        ["3", "泓盛国有资本投资运营集团有限公司", "5,820.00", "6.47%"],
        ["4", "临湾曜源企业管理合伙企业（有限合伙）", "5,100.00", "5.67%"],
        ["5", "深港启明创业投资合伙企业（有限合伙）", "3,910.00", "4.35%"],
    ]),
    ("p", "2023年6月，经公司股东大会审议通过，临湾产业引导基金以货币方式向公司增资4.5亿元，认购公司新增股份7,305.00万股。本次增资完成后，公司注册资本增加至89,960.00万元。"),
    ("p", "临湾曜源企业管理合伙企业（有限合伙）为公司员工持股平台，执行事务合伙人为公司实际控制人曹亦衡。公司控股股东、实际控制人为曹亦衡，其直接持有公司20.48%的股份，并通过员工持股平台控制公司5.67%的表决权。"),
    ("h2", "二、发行人的控股及参股子公司"),
    ("p", "截至本招股说明书签署日，公司拥有3家全资子公司。其中，芯曜（上海）集成电路设计有限公司主要从事芯片前端设计。芯曜（临湾）智能计算有限公司主要从事软件栈开发及技术服务。XinYao Technology (Singapore) Pte. Ltd.主要从事境外采购业务。"),
    ("pagebreak", None),
    ("h", "第五节 业务与技术"),
    ("h2", "一、主营业务及主要产品"),
    ("p", "公司主要从事高性能通用GPU及AI训练推理加速卡的研发、设计与销售。公司主要产品包括“曜石X1”推理卡、“曜石X2”训练卡以及八卡训练模组。公司产品主要销售给服务器整机厂商、智算中心运营商及大模型企业。"),
    ("p", "2024年3月，公司与深言智能科技有限公司签署战略合作协议，双方就大模型训练框架在公司“曜石”系列GPU上的适配与联合调优开展合作。"),
    ("h2", "二、主要客户情况"),
    ("p", "报告期内，公司向前五名客户合计销售金额占当期营业收入的比例分别为88.41%、81.36%和76.95%，客户集中度较高。2024年度公司前五名客户销售情况如下："),
    ("table", [
        ["序号", "客户名称", "销售内容", "销售金额（万元）", "占营业收入比例"],
        ["1", "恒拓计算科技股份有限公司", "训练卡、训练模组", "46,215.82", "29.87%"],
        ["2", "临湾智算科技有限公司", "训练卡、软件授权", "31,408.65", "20.30%"],
        ["3", "客户C", "推理卡", "18,774.10", "12.13%"],
        ["4", "问渊科技有限公司", "推理卡", "12,062.43", "7.80%"],
        ["5", "客户E", "训练模组", "10,596.27", "6.85%"],
    ]),
    ("p", "客户C为某省级电信运营商下属的云计算企业，客户E为某地方国有智算中心运营企业，因相关客户要求保密，公司已申请豁免披露其名称。"),
    ("p", "恒拓计算与鼎擎信息均为国内主要服务器厂商，两者在智算中心集中采购项目中存在竞争关系。公司产品目前已完成与恒拓计算主要整机型号的适配，与其他整机厂商的适配工作正在推进。"),
    ("h2", "三、主要供应商情况"),
    ("p", "公司采用Fabless模式，向晶圆代工厂采购晶圆，向封装测试厂采购封测服务，并向存储厂商采购高带宽存储器颗粒。2024年度公司前五名供应商采购情况如下："),
    ("table", [
        ["序号", "供应商名称", "采购内容", "采购金额（万元）", "占采购总额比例"],
        ["1", "华璟半导体制造有限公司", "晶圆代工", "52,618.30", "38.26%"],
        ["2", "储芯存储科技有限公司", "HBM存储颗粒", "27,935.44", "20.31%"],
        ["3", "华璟先进封装（临湾）有限公司", "2.5D封装及测试", "16,402.78", "11.93%"],
        ["4", "供应商D", "封装基板", "7,815.20", "5.68%"],
        ["5", "供应商E", "EDA软件授权", "5,230.00", "3.80%"],
    ]),
    ("p", "华璟先进封装（临湾）有限公司系华璟半导体制造有限公司的全资子公司，报告期内为公司提供2.5D先进封装及测试服务。"),
    ("p", "公司与上述供应商均不存在关联关系，公司董事、监事、高级管理人员及核心技术人员未在上述供应商中持有权益。"),
    ("h2", "四、发行人的竞争地位"),
    ("p", "根据第三方机构统计，2024年国内数据中心AI加速卡市场中，境外厂商合计份额仍超过六成。灵算微电子在推理卡市场出货量领先，而公司在训练卡领域的市场份额位居境内厂商前列。"),
    ("p", "本次募集资金将主要用于“新一代训练GPU研发及产业化项目”和“GPU软件栈及生态建设项目”，项目所需晶圆拟继续以委外代工方式取得。"),
    ("h2", "五、本次发行的有关机构"),
    ("p", "本次发行的保荐人（主承销商）为华岳证券股份有限公司，申报会计师为立衡会计师事务所（特殊普通合伙）。"),
    ("p", "发行人与本次发行有关的中介机构及其负责人、高级管理人员、经办人员之间不存在直接或间接的股权关系或其他权益关系。"),
]

DOC04 = [
    ("center", "证券代码：603872        证券简称：鼎擎信息"),
    ("title", "鼎擎信息技术股份有限公司"),
    ("title", "2024年年度报告（摘录）"),
    ("gap", None),
    ("h", "重要提示"),
    ("p", "本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、完整性。本报告不存在虚假记载、误导性陈述或重大遗漏，公司董事会对此承担个别和连带的法律责任。立衡会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。本报告所涉及的未来计划、发展战略等前瞻性陈述不构成公司对投资者的实质承诺，敬请投资者注意投资风险。"),
    ("h", "第三节 管理层讨论与分析"),
    ("h2", "一、报告期内公司所处行业情况"),
    ("p", "2024年，国内各地加快推进智算中心建设，AI服务器需求快速增长。国内服务器市场的主要参与者包括恒拓计算、云程科技以及本公司等整机厂商，行业竞争较为激烈，国产GPU整机的交付能力成为竞争的关键。"),
    ("h2", "二、报告期内公司从事的业务情况"),
    ("p", "公司主要从事服务器、存储及AI计算整机的研发、生产和销售。报告期内，公司实现营业收入605,842.19万元，同比增长41.27%，其中AI服务器收入占比提升至52.68%。归属于上市公司股东的净利润为28,416.05万元，同比增长19.04%。"),
    ("p", "报告期内，公司与灵算微电子共同设立“国产算力联合实验室”，围绕整机与加速卡的协同设计和散热方案开展合作。"),
    ("p", "公司全资子公司鼎擎（临湾）智能制造有限公司建设的临湾整机生产基地于2024年9月投产，年设计产能为AI服务器2万台。"),
    ("h2", "三、主要销售客户及主要供应商情况"),
    ("p", "前五名客户销售额245,343.88万元，占年度销售总额40.50%；其中前五名客户销售额中关联方销售额0万元。"),
    ("table", [
        ["序号", "客户名称", "销售额（万元）", "占年度销售总额比例"],
        ["1", "临湾智算科技有限公司", "86,512.37", "14.28%"],
        ["2", "北辰算力科技有限公司", "61,205.90", "10.10%"],
        ["3", "客户三", "42,118.44", "6.95%"],
        ["4", "问渊科技有限公司", "30,877.02", "5.10%"],
        ["5", "客户五", "24,630.15", "4.07%"],
        ["合计", "/", "245,343.88", "40.50%"],
    ]),
    ("p", "注：客户三、客户五因与其签订的合同中约定了保密条款，公司未披露其名称。"),
    ("p", "前五名供应商采购额243,862.57万元，占年度采购总额50.14%；其中前五名供应商采购额中关联方采购额0万元。"),
    ("table", [
        ["序号", "供应商名称", "采购额（万元）", "占年度采购总额比例"],
        ["1", "灵算微电子控股有限公司", "118,406.22", "24.35%"],
        ["2", "储芯存储科技有限公司", "52,390.81", "10.77%"],
        ["3", "供应商三", "31,500.00", "6.48%"],
        ["4", "供应商四", "23,117.96", "4.75%"],
        ["5", "供应商五", "18,447.58", "3.79%"],
        ["合计", "/", "243,862.57", "50.14%"],
    ]),
    ("p", "报告期内，公司前五名客户、前五名供应商与公司不存在关联关系。公司董事、监事、高级管理人员及持股5%以上股东未在上述客户、供应商中占有权益。"),
    ("h2", "四、研发投入"),
    ("p", "报告期内公司研发投入合计41,208.63万元，占营业收入的6.80%。公司围绕国产加速卡整机适配、液冷整机柜及大规模集群交付等方向持续投入，已完成与多款国产GPU及加速卡的整机适配。"),
    ("h2", "五、公司关于公司未来发展的讨论与分析"),
    ("p", "2025年，公司将继续聚焦智算中心整机交付，积极参与各地智算中心项目建设，并择机以股权投资方式与地方智算中心运营主体开展合作。"),
    ("p", "可能面对的风险之一是上游GPU及存储器件供应集中度较高，若主要供应商交付延迟，将影响公司订单交付。风险之二是下游客户集中于智算中心运营商，若相关项目融资不及预期，公司应收账款回收周期可能延长。"),
    ("p", "鼎擎信息技术股份有限公司董事会"),
    ("p", "2025年4月25日"),
]


BASE = 9.0
MIN = 6.5


def sentences(text):
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch == "。":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


class Doc(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-12)
        self.set_font("cjk", size=7.5)
        self.cell(0, 5, f"{self.footer_text}    {self.page_no()}", align="C")


def fit_size(pdf, text, base):
    size = base
    pdf.set_font("cjk", size=size)
    while pdf.get_string_width(text) > pdf.epw and size > MIN:
        size -= 0.25
        pdf.set_font("cjk", size=size)
    if pdf.get_string_width(text) > pdf.epw:
        raise SystemExit(f"sentence too long for one line: {text}")
    return size


def para(pdf, text, base=BASE, lh=5.2):
    line = ""
    lines = []
    pdf.set_font("cjk", size=base)
    for s in sentences(text):
        if line and pdf.get_string_width(line + s) <= pdf.epw:
            line += s
        else:
            if line:
                lines.append(line)
            line = s
    if line:
        lines.append(line)
    for ln in lines:
        fit_size(pdf, ln, base)
        pdf.cell(0, lh, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def render(items, path, footer, font_path):
    pdf = Doc(format="A4")
    pdf.footer_text = footer
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("cjk", "", font_path)
    pdf.add_page()
    for kind, val in items:
        if kind == "title":
            pdf.set_font("cjk", size=15)
            pdf.cell(0, 9, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "center":
            pdf.set_font("cjk", size=9.5)
            pdf.cell(0, 6, val, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("cjk", size=12)
            pdf.cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("cjk", size=10.5)
            pdf.cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            para(pdf, val)
        elif kind == "small":
            para(pdf, val, base=7.5, lh=4.2)
        elif kind == "gap":
            pdf.ln(6)
        elif kind == "pagebreak":
            pdf.add_page()
        elif kind == "table":
            pdf.set_font("cjk", size=8.5)
            widths = (8, 44, 26, 22) if len(val[0]) == 4 else (8, 40, 26, 24, 22)
            with pdf.table(first_row_as_headings=False, line_height=5.5,
                           text_align="CENTER", col_widths=widths) as table:
                for r in val:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
    pdf.output(path)


def all_text(items):
    out = []
    for _, v in items:
        if isinstance(v, list):
            out.extend(c for r in v for c in r)
        elif v:
            out.append(v)
    return "".join(out)


def main():
    tmp = tempfile.mkdtemp()
    try:
        sc = os.path.join(tmp, "NotoSansCJKsc.ttf")
        cjk_ttf(2, all_text(DOC01) + all_text(DOC04) + "0123456789", sc)
        render(DOC01, os.path.join(HERE, "01_Xinyao_STAR_prospectus.pdf"),
               "芯曜科技股份有限公司 招股说明书（申报稿）", sc)
        render(DOC04, os.path.join(HERE, "04_Dingqing_annual_report.pdf"),
               "鼎擎信息技术股份有限公司 2024年年度报告", sc)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
