"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Noto Sans CJK (OpenType/CFF collection) is subset to the characters used and converted to a
TrueType-outline font in a temporary directory (fpdf2 extracts CFF CJK text poorly); the font
files are deleted afterwards. Lines are broken only after 。 or at spaces, so every quote matches
pypdf's page text after whitespace normalisation. Table cells are written with a leading space.
"""
import os
import re
import shutil
import tempfile

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TTC_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SC, TC = 2, 3  # collection indexes


def make_ttf(ttc, index, text, out):
    font = TTFont(ttc, fontNumber=index)
    opts = Options()
    opts.desubroutinize = True
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    gs = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for a in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
              "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements"):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


# ---------------------------------------------------------------------------
# Document 06: Taiwan MOPS material information (Traditional Chinese), 2 pages
# ---------------------------------------------------------------------------
MOPS = [
    [  # page 1
        ("title", "公開資訊觀測站 重大訊息"),
        ("small", "公司代號：8427 公司簡稱：鼎湧 （上市公司） 本資料由鼎湧電路科技股份有限公司提供"),
        ("h", "序號 1 發言日期：114/08/19 發言時間：17:32:05"),
        ("small", "發言人：周維澄 發言人職稱：財務長 發言人電話：03-4581-2260"),
        ("p", "主旨：本公司董事會決議認購蘇州芯嶼智能科技股份有限公司現金增資發行之普通股。"),
        ("p", "符合條款：第四條第20款 事實發生日：114/08/19"),
        ("p", "說明："),
        ("p", "1.標的物之名稱及性質：蘇州芯嶼智能科技股份有限公司（以下簡稱「芯嶼智能」）普通股。"),
        ("p", "2.事實發生之日：114/08/19~114/08/19"),
        ("p", "3.交易數量、每單位價格及交易總金額： 本公司以人民幣7,500萬元認購芯嶼智能現金增資普通股3,000,000股。每股認購價格為人民幣25.00元，資金來源為自有資金。"),
        ("p", "4.交易相對人及其與公司之關係：芯嶼智能（現金增資之發行公司），非本公司之關係人。"),
        ("p", "5.交易相對人為關係人者，應公告之相關事項：不適用。"),
        ("p", "6.處分利益（或損失）：不適用。"),
        ("p", "7.交付或付款條件（含付款期間及金額）、契約限制條款及其他重要約定事項：於主管機關核准後一次匯付。"),
        ("p", "8.本次交易之決定方式、價格決定之參考依據及決策單位：參考會計師出具之價格合理性意見書，經董事會決議通過。"),
        ("p", "9.迄目前為止，累積持有本交易證券之數量、金額、持股比例及權利受限情形： 增資完成後本公司將持有芯嶼智能普通股3,000,000股，持股比例約2.26%。權利未受限。"),
        ("p", "10.取得或處分之具體目的：長期策略性投資。"),
        ("p", "11.本次交易表示異議之董事之意見：無。"),
        ("p", "12.本次交易為關係人交易：否。"),
        ("p", "13.其他敘明事項：本案尚待經濟部投資審議司核准。"),
        ("p", "芯嶼智能之其他股東包括深圳馳瀾汽車股份有限公司及蘇州澄湖創業投資合夥企業。本公司與該等股東間並無任何協議或一致行動安排。"),
    ],
    [  # page 2
        ("h", "序號 2 發言日期：114/09/02 發言時間：18:05:41"),
        ("p", "主旨：本公司接獲重要訂單。"),
        ("p", "符合條款：第四條第53款 事實發生日：114/09/02"),
        ("p", "說明："),
        ("p", "1.事實發生日：114/09/02"),
        ("p", "2.契約或訂單相對人：Ondrelux Networks Ltd.（以下簡稱「Ondrelux」）"),
        ("p", "3.與公司關係：非關係人。"),
        ("p", "4.契約或訂單內容： 本公司接獲Ondrelux交換器主機板訂單，金額約新台幣18.6億元。預計於114年第四季至115年第二季間陸續出貨。"),
        ("p", "5.對公司財務、業務之影響：預計對本公司營收有正面助益。"),
        ("p", "6.其他應敘明事項：Ondrelux之主要競爭對手Corvane Networks亦為國際交換器大廠，惟本公司目前未與Corvane Networks往來。"),
        ("h", "序號 3 發言日期：114/09/10 發言時間：16:48:20"),
        ("p", "主旨：本公司簽訂聯合授信合約。"),
        ("p", "說明："),
        ("p", "1.事實發生日：114/09/10"),
        ("p", "2.本公司與華岱商業銀行股份有限公司（以下簡稱「華岱銀行」）等七家金融機構簽訂聯合授信合約。"),
        ("p", "3.授信總額度為新台幣60億元，期間五年，華岱銀行擔任主辦銀行並參貸新台幣15億元。"),
        ("p", "4.臺灣永碩商業銀行股份有限公司等六家銀行為參貸銀行，其中永碩銀行參貸額度為新台幣10億元。"),
        ("p", "5.資金用途：償還既有銀行借款及充實中長期營運資金，並支應桃園觀音新廠之機器設備採購。"),
        ("p", "6.擔保情形：本公司之子公司鼎湧電子（蘇州）有限公司為本授信案之連帶保證人。"),
        ("p", "7.其他應敘明事項：華岱銀行另擔任本授信案之管理銀行，負責撥款、計息及擔保品管理事宜。"),
        ("h", "序號 4 發言日期：114/09/15 發言時間：08:12:33"),
        ("p", "主旨：澄清媒體報導。"),
        ("p", "說明："),
        ("p", "1.報導媒體：財經日報 2.報導日期：114/09/15"),
        ("p", "3.報導內容：鼎湧將以逾新台幣50億元併購同業欣碩電路股份有限公司。"),
        ("p", "4.澄清說明：針對媒體報導本公司將併購欣碩電路股份有限公司一事，本公司澄清並無此事，雙方亦未進行任何洽談。"),
        ("p", "5.本公司財務及業務資訊，請以本公司於公開資訊觀測站公告之資訊為準。"),
        ("p", "6.本公司與欣碩電路股份有限公司均為印刷電路板專業廠商，本公司之產能利用率高於欣碩電路。"),
    ],
]

# ---------------------------------------------------------------------------
# Document 07: Suzhou prospectus excerpt (Simplified Chinese), 2 pages
# ---------------------------------------------------------------------------
CUST_W = (12, 66, 30, 28, 44)
PROSPECTUS = [
    [  # page 1
        ("title", "苏州芯屿智能科技股份有限公司"),
        ("small", "首次公开发行股票并在科创板上市招股说明书（申报稿） 保荐人（主承销商）：东岚证券股份有限公司"),
        ("h", "第六节 业务与技术（节选）"),
        ("h", "四、发行人主要客户情况"),
        ("p", "苏州芯屿智能科技股份有限公司（以下简称\u201c发行人\u201d或\u201c芯屿智能\u201d）主要从事边缘AI计算模组的研发、生产和销售。产品应用于智能汽车、机器人及智能视觉等领域。"),
        ("p", "（一）报告期内前五名客户销售情况"),
        ("p", "2024年度，发行人向前五名客户的销售情况如下："),
        ("table", CUST_W, [
            ("序号", "客户名称", "销售金额（万元）", "占营业收入比例", "主要销售内容"),
            ("1", "深圳驰澜汽车股份有限公司（注1）", "18,420.55", "31.22%", "智能座舱及辅助驾驶模组"),
            ("2", "Velarium Edge, Inc.", "6,310.20", "10.69%", "边缘推理模组"),
            ("3", "浙江栖梧机器人有限公司", "4,877.36", "8.27%", "机器人控制模组"),
            ("4", "客户A（注2）", "3,210.08", "5.44%", "视觉模组"),
            ("5", "江苏澈原视觉科技有限公司", "2,655.91", "4.50%", "视觉模组"),
            ("", "合计", "35,474.10", "60.12%", ""),
        ]),
        ("p", "注1：对深圳驰澜汽车股份有限公司的销售金额包含对其全资子公司深圳驰澜智驾科技有限公司的销售，已合并计算。"),
        ("p", "注2：客户A为境外上市公司，因保密协议约定未披露名称。"),
        ("p", "报告期内，发行人不存在向单个客户的销售比例超过50%的情况，但对驰澜汽车的销售占比较高。"),
        ("p", "发行人向Velarium Edge, Inc.（以下简称\u201cVelarium\u201d）出口的边缘推理模组部署于其北美边缘节点，以美元结算。"),
        ("p", "与同行业可比公司昱衡科技、澜星电子相比，发行人客户集中度处于中等水平。"),
    ],
    [  # page 2
        ("h", "五、发行人主要供应商情况"),
        ("p", "（一）报告期内前五名供应商采购情况"),
        ("p", "2024年度，发行人向前五名供应商的采购情况如下："),
        ("table", CUST_W, [
            ("1", "翊宸微电子股份有限公司", "9,870.40", "28.46%", "SoC芯片"),
            ("2", "Quillfern Silicon, Inc.", "6,125.00", "17.66%", "推理加速芯片"),
            ("3", "鼎涌电路科技股份有限公司", "3,402.16", "9.81%", "PCB及PCBA"),
            ("4", "供应商B", "2,118.73", "6.11%", "存储芯片"),
            ("5", "供应商C", "1,506.22", "4.34%", "结构件及散热件"),
        ]),
        ("p", "注：上表各列依次为序号、供应商名称、采购金额（万元）、占采购总额比例及主要采购内容。供应商B、供应商C因商业保密原因未披露名称。"),
        ("p", "发行人向Quillfern Silicon, Inc.采购的推理加速芯片主要用于向Velarium供应的边缘推理模组，采购以美元结算。"),
        ("p", "翊宸微电子股份有限公司系台湾地区上市公司，发行人通过其授权代理商采购SoC芯片。若翊宸微电子停止供货，发行人需重新进行车规认证，可能对经营产生不利影响。"),
        ("h", "六、发行人股本及融资情况（节选）"),
        ("p", "苏州澄湖创业投资合伙企业（有限合伙）（以下简称\u201c澄湖创投\u201d）为发行人第二大股东。截至签署日，澄湖创投持有发行人1,560万股股份，占发行前总股本的12.00%。"),
        ("p", "2024年12月，驰澜汽车以人民币1.5亿元认购发行人新增股份663万股，认购完成后持有发行人5.10%股份。"),
        ("p", "2024年6月，发行人与苏州锦帆银行股份有限公司签订《流动资金借款合同》，借款金额为人民币5,000万元，借款期限为二年。"),
        ("p", "苏州高新融资担保有限公司为发行人上述借款提供连带责任保证。"),
        ("p", "澄湖创投与驰澜汽车之间不存在关联关系或一致行动关系。"),
        ("p", "本节所述财务数据未经审计调整，最终以经申报会计师审计的财务报告为准。"),
    ],
]

DOCS = {
    "06_鼎湧電路_重大訊息.pdf": (MOPS, TC),
    "07_芯屿智能_招股说明书摘录.pdf": (PROSPECTUS, SC),
}


def all_text(pages):
    parts = []
    for page in pages:
        for item in page:
            if item[0] == "table":
                for row in item[2]:
                    parts.extend(row)
            else:
                parts.append(item[1])
    return "".join(parts) + " 0123456789第頁页共，"


def segments(text):
    """break opportunities: after 。 and at spaces"""
    out = []
    for chunk in re.split(r"(?<=。)", text):
        if not chunk:
            continue
        out.extend(w for w in re.split(r"(?<= )", chunk) if w)
    return out


TOO_LONG = []


def write_par(pdf, text, size, h):
    pdf.set_font("body", size=size)
    maxw = pdf.w - pdf.l_margin - pdf.r_margin
    line = ""
    for seg in segments(text):
        if pdf.get_string_width(line + seg) <= maxw:
            line += seg
            continue
        if line:
            pdf.cell(0, h, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
        if pdf.get_string_width(seg) > maxw:
            TOO_LONG.append(seg)
        line = seg
    if line:
        pdf.cell(0, h, line.rstrip(), new_x="LMARGIN", new_y="NEXT")


def build(name, pages, index, tmp):
    fpath = os.path.join(tmp, f"font{index}.ttf")
    bpath = os.path.join(tmp, f"fontb{index}.ttf")
    text = all_text(pages)
    make_ttf(TTC, index, text, fpath)
    make_ttf(TTC_BOLD, index, text, bpath)
    pdf = FPDF(format="A4")
    pdf.set_margins(12, 14, 12)
    pdf.set_auto_page_break(False)
    pdf.add_font("body", "", fpath)
    pdf.add_font("bold", "", bpath)
    for pno, page in enumerate(pages, 1):
        pdf.add_page()
        for item in page:
            kind = item[0]
            if kind == "title":
                pdf.set_font("bold", size=15)
                pdf.cell(0, 10, item[1], new_x="LMARGIN", new_y="NEXT", align="C")
            elif kind == "h":
                pdf.ln(1.5)
                pdf.set_font("bold", size=10.5)
                pdf.cell(0, 7, item[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "small":
                write_par(pdf, item[1], 8, 5)
            elif kind == "p":
                write_par(pdf, item[1], 9, 5.4)
            elif kind == "table":
                widths, rows = item[1], item[2]
                pdf.set_font("body", size=8.5)
                pdf.ln(1)
                for row in rows:
                    for i, (w, cell) in enumerate(zip(widths, row)):
                        last = i == len(row) - 1
                        pdf.cell(w, 6.2, " " + cell, border=1,
                                 new_x="LMARGIN" if last else "RIGHT",
                                 new_y="NEXT" if last else "TOP")
                pdf.ln(1)
        pdf.set_font("body", size=7.5)
        pdf.set_y(-12)
        pdf.cell(0, 5, f"第 {pno} 頁，共 {len(pages)} 頁" if index == TC else f"第 {pno} 页，共 {len(pages)} 页", align="C")
        if pdf.get_y() > pdf.h:
            raise SystemExit("overflow")
    pdf.output(os.path.join(HERE, name))


def main():
    tmp = tempfile.mkdtemp()
    try:
        for name, (pages, index) in DOCS.items():
            build(name, pages, index, tmp)
            print("built", name)
        if TOO_LONG:
            raise SystemExit("too long:\n" + "\n".join(TOO_LONG))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
