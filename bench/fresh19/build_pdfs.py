"""Build the PDF document(s) of this set with fpdf2.

Run:  /work/main/.venv/bin/python build_pdfs.py

The Chinese prospectus excerpt uses Noto Sans CJK SC, extracted from the system
TTC and subset with fontTools to the characters actually used.
"""
import os

from fontTools import subset
from fontTools.ttLib import TTCollection
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TTC_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SC_INDEX = 2  # Noto Sans CJK SC

# ---------------------------------------------------------------------------
# Content: a list of pages; each page is a list of blocks.
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("note", text)
#   ("table", widths_mm, header_row, rows)
# ---------------------------------------------------------------------------
PAGES = [
    [
        ("title", "苏州澄川先进封装科技股份有限公司"),
        ("title2", "首次公开发行股票并在科创板上市招股说明书（申报稿）节选"),
        ("h1", "第五节 发行人基本情况"),
        ("h2", "一、发行人概况"),
        ("p", "发行人名称：苏州澄川先进封装科技股份有限公司（以下简称“澄川封装”或“发行人”）"),
        ("p", "成立日期：2016年8月23日；注册资本：36,000万元；住所：苏州工业园区星湖街"),
        ("p", "发行人主要从事面向存储器及AI芯片的凸块、倒装、晶圆级及2.5D先进封装与测试服务。"),
        ("h2", "二、发行人股东情况"),
        ("p", "苏州澄川控股集团有限公司（以下简称“澄川控股”）成立于2009年，主要从事股权投资。"),
        ("p", "截至本招股说明书签署日，澄川控股直接持有发行人42.60%的股份，为发行人第一大股东。"),
        ("p", "发行人实际控制人为陈启明先生，其通过澄川控股间接控制发行人表决权。"),
        ("p", "长岭存储科技股份有限公司（以下简称“长岭存储”）持有发行人8.50%的股份。"),
        ("p", "长三角集成电路产业投资基金（有限合伙）（简称“长三角芯基金”）持有发行人6.12%的股份。"),
        ("p", "除上述股东外，不存在其他持有发行人5%以上股份的股东。"),
        ("h2", "三、发行人控股子公司及参股公司情况"),
        ("p", "（一）控股子公司"),
        ("table", [62, 32, 24, 56],
         ["子公司名称", "注册资本（万元）", "持股比例", "主营业务"],
         [["澄川封装（无锡）有限公司", "50,000.00", "100.00%", "晶圆级封装及测试"],
          ["澄川科技（香港）有限公司", "6,800.00", "100.00%", "境外采购及销售"]]),
        ("p", "（二）参股公司"),
        ("table", [74, 30, 22, 48],
         ["公司名称", "出资额（万元）", "持股比例", "主营业务"],
         [["上海芯衡智算科技有限公司", "18,000.00", "15.00%", "AI推理芯片设计"],
          ["苏州湾芯创业投资合伙企业（有限合伙）", "9,900.00", "19.80%", "集成电路股权投资"]]),
        ("p", "发行人系苏州湾芯创业投资合伙企业（有限合伙）（简称“湾芯创投”）的有限合伙人。"),
        ("p", "发行人对湾芯创投不具有控制权，未将其纳入合并报表范围。"),
        ("p", "若芯衡智算后续经营不及预期，发行人持有的该项股权投资存在减值风险。"),
    ],
    [
        ("h1", "第六节 业务与技术"),
        ("h2", "四、主要客户情况"),
        ("p", "报告期内，公司主要为存储器厂商及AI芯片设计企业提供先进封装与测试服务。"),
        ("p", "2024年度，公司向前五名客户的销售情况如下："),
        ("table", [14, 70, 42, 48],
         ["序号", "客户名称", "销售金额（万元）", "占营业收入比例"],
         [["1", "长岭存储科技股份有限公司", "68,452.31", "31.27%"],
          ["2", "韩城存储株式会社", "35,118.90", "16.04%"],
          ["3", "上海芯衡智算科技有限公司", "21,906.55", "10.01%"],
          ["4", "客户四", "9,874.12", "4.51%"],
          ["5", "客户五", "7,233.40", "3.30%"],
          ["", "合计", "142,585.28", "65.13%"]]),
        ("note", "注：客户四、客户五因保密条款要求未披露名称。"),
        ("p", "韩城存储为韩国存储器厂商，2022年起委托公司为其无锡产线提供凸块及倒装封装服务。"),
        ("p", "公司与韩城存储之间不存在关联关系。"),
        ("p", "公司在先进封装领域的主要竞争对手包括高源先进封装和通晟微电子。"),
        ("p", "芯衡智算系公司参股公司，公司向其销售的价格参照市场价格确定。"),
        ("h2", "五、主要供应商情况"),
        ("p", "公司采购的原材料主要包括ABF载板、塑封料、底部填充胶及探针卡等。"),
        ("p", "2024年度，公司向前五名供应商的采购情况如下："),
        ("table", [14, 62, 30, 36, 32],
         ["序号", "供应商名称", "采购内容", "采购金额（万元）", "占采购总额比例"],
         [["1", "珠海华汐基板材料有限公司", "ABF载板", "24,310.06", "22.85%"],
          ["2", "深圳科瑞精密装备有限公司", "键合设备", "13,772.40", "12.95%"],
          ["3", "江阴德朗化学材料有限公司", "底部填充胶", "7,406.18", "6.96%"],
          ["4", "供应商四", "塑封料", "6,015.77", "5.65%"],
          ["5", "供应商五", "测试探针卡", "4,128.90", "3.88%"]]),
        ("p", "公司与华汐基板不存在关联关系，亦不存在对单一供应商的重大依赖。"),
    ],
    [
        ("h1", "第十一节 其他重要事项"),
        ("h2", "一、重大合同"),
        ("p", "（一）授信及借款合同"),
        ("p", "2024年3月，公司与江南商业银行苏州分行签订《综合授信合同》，授信额度为8亿元。"),
        ("p", "澄川控股为公司上述授信提供连带责任保证担保。"),
        ("p", "2025年1月，子公司澄川封装（无锡）有限公司向江南商业银行无锡分行借入项目贷款3.5亿元。"),
        ("p", "公司为上述项目贷款提供全额保证担保，贷款期限为五年。"),
        ("p", "（二）其他说明"),
        ("p", "本次募集资金不会用于向长岭存储或其关联方提供财务资助。"),
        ("p", "截至本招股说明书签署日，公司不存在对外提供担保（对子公司担保除外）的情形。"),
    ],
]


def make_font(path, index, out, chars):
    """Extract one face from the TTC, subset it, and convert its CFF outlines
    to TrueType quadratic outlines (fpdf2 maps CID-keyed CFF fonts poorly)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    coll = TTCollection(path)
    font = coll.fonts[index]
    tmp = out + ".full.otf"
    font.save(tmp)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    opts.desubroutinize = True
    sub = subset.Subsetter(opts)
    f = subset.load_font(tmp, opts)
    sub.populate(text=chars)
    sub.subset(f)
    os.remove(tmp)

    glyph_order = f.getGlyphOrder()
    gs = f.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    for name in glyph_order:
        glyf.glyphs[name].recalcBounds(glyf)
    f["loca"] = newTable("loca")
    f["glyf"] = glyf
    del f["CFF "]
    if "VORG" in f:
        del f["VORG"]
    maxp = f["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    f["head"].indexToLocFormat = 0
    f["head"].glyphDataFormat = 0
    post = f["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    f.sfntVersion = "\x00\x01\x00\x00"
    f.save(out)


def all_text():
    s = set()
    for page in PAGES:
        for blk in page:
            if blk[0] == "table":
                for row in [blk[2]] + blk[3]:
                    for c in row:
                        s.update(c)
            else:
                s.update(blk[1])
    s.update("0123456789 -—第页共")
    return "".join(sorted(s))


def build_prospectus():
    chars = all_text()
    reg = os.path.join(HERE, "_noto_sc_subset.ttf")
    bold = os.path.join(HERE, "_noto_sc_bold_subset.ttf")
    make_font(TTC, SC_INDEX, reg, chars)
    make_font(TTC_BOLD, SC_INDEX, bold, chars)

    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(False)
    pdf.add_font("NotoSC", "", reg)
    pdf.add_font("NotoSC", "B", bold)
    len(PAGES)
    for pno, page in enumerate(PAGES, 1):
        pdf.add_page()
        for blk in page:
            kind = blk[0]
            if kind == "title":
                pdf.set_font("NotoSC", "B", 15)
                pdf.cell(0, 9, blk[1], new_x="LMARGIN", new_y="NEXT", align="C")
            elif kind == "title2":
                pdf.set_font("NotoSC", "", 11)
                pdf.cell(0, 7, blk[1], new_x="LMARGIN", new_y="NEXT", align="C")
                pdf.ln(3)
            elif kind == "h1":
                pdf.set_font("NotoSC", "B", 12.5)
                pdf.cell(0, 8, blk[1], new_x="LMARGIN", new_y="NEXT", align="C")
                pdf.ln(1)
            elif kind == "h2":
                pdf.set_font("NotoSC", "B", 10.5)
                pdf.cell(0, 7, blk[1], new_x="LMARGIN", new_y="NEXT")
            elif kind in ("p", "note"):
                size = 9.5 if kind == "p" else 8.5
                pdf.set_font("NotoSC", "", size)
                w = pdf.get_string_width(blk[1])
                if w > pdf.epw:
                    raise SystemExit(f"line too long ({w:.1f}mm): {blk[1]}")
                pdf.cell(0, 6, blk[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "table":
                _, widths, header, rows = blk
                pdf.ln(1)
                pdf.set_font("NotoSC", "B", 9)
                for w, c in zip(widths, header):
                    pdf.cell(w, 7, c, border=1, align="C")
                pdf.ln(7)
                pdf.set_font("NotoSC", "", 9)
                for row in rows:
                    for w, c in zip(widths, row):
                        if pdf.get_string_width(c) > w - 2:
                            raise SystemExit(f"cell too wide: {c}")
                        pdf.cell(w, 6.5, c, border=1, align="C")
                    pdf.ln(6.5)
                pdf.ln(2)
            if pdf.get_y() > pdf.h - 22:
                raise SystemExit(f"page {pno} overflows")
        pdf.set_y(-14)
        pdf.set_font("NotoSC", "", 8)
        pdf.cell(0, 6, f"1-1-{pno + 40}", align="C")
    out = os.path.join(HERE, "chengchuan_prospectus_excerpt.pdf")
    pdf.output(out)
    os.remove(reg)
    os.remove(bold)
    print("wrote", out)


if __name__ == "__main__":
    build_prospectus()
