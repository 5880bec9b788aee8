"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

Noto Sans CJK ships as a CFF-flavoured .ttc, which fpdf2 does not extract cleanly, so the
needed glyphs are subset with fontTools and converted to TrueType outlines in a temporary
directory (deleted afterwards). Lines are broken only at spaces or after "。", so every
sentence can be found in pypdf's page text after whitespace normalisation. Table rows are
drawn on one line each (cells joined by single spaces in the extracted text).
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
SC, TC = 2, 3  # collection indexes in the Noto CJK .ttc


def make_ttf(ttc, num, text, out):
    font = TTCollection(ttc).fonts[num]
    opts = Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    opts.hinting = False
    opts.desubroutinize = True
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
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


# ---------------------------------------------------------------------------
# Document 06: Taiwan MOPS 重大訊息 (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC06 = [
    [
        ("title", "公開資訊觀測站 重大訊息公告"),
        ("sub", "(6819) 鈞霆 公司代號：6819 公司簡稱：鈞霆"),
        ("row", [("序號", 20), ("1", 20), ("發言日期", 25), ("114/10/22", 30), ("發言時間", 25), ("17:35:12", 30)]),
        ("row", [("發言人", 20), ("許博翔", 40), ("發言人職稱", 30), ("發言人暨投資人關係處長", 90)]),
        ("gap", ""),
        ("p", "主旨：本公司與瀚榮商業銀行股份有限公司等四家銀行簽訂 新臺幣陸拾億元整之 五年期聯合授信合約。"),
        ("p", "符合條款：第 51 款 事實發生日：114/10/22"),
        ("h", "說明："),
        ("p", "1. 事實發生日：114/10/22"),
        ("p", "2. 契約或承諾相對人：瀚榮商業銀行股份有限公司 （以下簡稱「瀚榮銀行」）、東瑞商業銀行股份有限公司、 新晁國際商業銀行股份有限公司及 豐岑商業銀行股份有限公司 （以下合稱「聯貸銀行團」）。"),
        ("p", "3. 與公司關係：非關係人。"),
        ("p", "4. 契約或承諾起迄日期：自首次動用日起算 五年。"),
        ("p", "5. 主要內容：本公司與聯貸銀行團簽訂 五年期聯合授信合約，授信總額度為 新臺幣陸拾億元整，分為 甲項中期放款額度 新臺幣肆拾億元整及 乙項循環動用額度 新臺幣貳拾億元整。"),
        ("p", "6. 限制條款：本公司於授信期間內應維持 流動比率不低於 100%、負債比率不高於 200%、 利息保障倍數不低於 4 倍及 有形淨值不低於新臺幣 250 億元。"),
        ("p", "7. 擔保品：以本公司桃園觀音廠之土地及建物 設定第一順位抵押權予聯貸銀行團。"),
        ("p", "8. 對公司財務、業務之影響：充實中長期營運資金， 支應泰國春武里二廠及桃園觀音新廠之資本支出， 有助於強化財務結構。"),
        ("p", "9. 具體目的：償還金融機構借款及 充實中期營運資金。"),
        ("p", "10. 其他應敘明事項：參貸銀行承貸明細、 資金貸與子公司及擔保品管理安排 詳次頁。"),
        ("p", "本公司聲明：本重大訊息內容如有虛偽或隱匿之情事，本公司願負法律責任。"),
    ],
    [
        ("title", "重大訊息公告（續）"),
        ("sub", "(6819) 鈞霆 說明第 10 項：其他應敘明事項"),
        ("h", "（一）參貸銀行及承貸金額（單位：新臺幣千元）"),
        ("row", [("銀行名稱", 75), ("角色", 35), ("承貸金額", 35), ("比例(%)", 25)]),
        ("row", [("瀚榮商業銀行股份有限公司", 75), ("主辦銀行", 35), ("1,800,000", 35), ("30.00", 25)]),
        ("row", [("東瑞商業銀行股份有限公司", 75), ("共同主辦銀行", 35), ("1,500,000", 35), ("25.00", 25)]),
        ("row", [("新晁國際商業銀行股份有限公司", 75), ("參貸銀行", 35), ("1,500,000", 35), ("25.00", 25)]),
        ("row", [("豐岑商業銀行股份有限公司", 75), ("參貸銀行", 35), ("1,200,000", 35), ("20.00", 25)]),
        ("row", [("合計", 75), ("—", 35), ("6,000,000", 35), ("100.00", 25)]),
        ("gap", ""),
        ("p", "主辦銀行瀚榮銀行承貸新臺幣壹拾捌億元整，並擔任本案額度管理銀行。"),
        ("p", "本案由永澄商業銀行擔任擔保品管理銀行，僅受瀚榮銀行等參貸銀行委任 辦理擔保品管理事務，並未承貸任何額度。"),
        ("h", "（二）資金貸與子公司"),
        ("p", "本公司董事會同意資金貸與百分之百持股之子公司 JUNTIN POWER (THAILAND) CO., LTD. （以下簡稱「鈞霆泰國」）美金參仟萬元整， 用於春武里二廠營運週轉。"),
        ("p", "上述資金貸與期間為一年，利率按本公司 實際資金成本加計 0.5% 計收，貸與後本公司 資金貸與他人餘額占最近期財務報表淨值之 8.7%。"),
        ("p", "鈞霆泰國於泰國當地金融機構之借款，由本公司另依 「背書保證作業程序」辦理，不在本聯合授信範圍內。"),
        ("h", "（三）其他"),
        ("p", "本案利率條件係參考同業光曜電源股份有限公司 近期聯貸案之定價後議定，鈞霆與光曜電源之間 並無任何授信或業務往來。"),
        ("p", "本次聯合授信之動用將依資本支出進度分批辦理， 預計首次動用日為 114 年 12 月。"),
        ("p", "以上資訊如有疑問，請洽本公司發言人或 投資人關係處。"),
    ],
]

# ---------------------------------------------------------------------------
# Document 08: 问询函回复 excerpt (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC08 = [
    [
        ("title", "关于贵州黔云算谷数据科技股份有限公司"),
        ("title", "向不特定对象发行可转换公司债券申请文件的审核问询函的回复（节选）"),
        ("sub", "保荐机构（主承销商）：黔鼎证券股份有限公司 二〇二五年十一月"),
        ("p", "深圳证券交易所：贵所出具的审核问询函已收悉。 贵州黔云算谷数据科技股份有限公司（以下简称“发行人”或“公司”） 会同保荐机构、发行人律师及申报会计师 对问询函所列问题进行了认真核查，现回复如下。 如无特别说明，本回复中的简称与募集说明书中的简称具有相同含义， 金额单位为人民币万元。"),
        ("h", "问题 1：关于主要供应商及 GPU 国产化替代"),
        ("p", "请发行人说明：（1）报告期内前五大供应商的基本情况及采购内容； （2）GPU 采购由境外品牌切换为国产品牌 对算力服务质量及客户稳定性的影响。"),
        ("h", "回复："),
        ("p", "（一）2024 年度，发行人向前五大供应商采购情况如下："),
        ("row", [("序号", 12), ("供应商名称", 62), ("采购内容", 48), ("采购金额", 28), ("占比", 20)]),
        ("row", [("1", 12), ("曜辰智芯科技（上海）股份有限公司", 62), ("GPU 加速卡及服务器", 48), ("48,260.35", 28), ("41.27%", 20)]),
        ("row", [("2", 12), ("广东澜冰科技股份有限公司", 62), ("液冷机柜及 CDU", 48), ("12,904.58", 28), ("11.04%", 20)]),
        ("row", [("3", 12), ("钧霆电能科技股份有限公司", 62), ("高压直流电源及备援电池", 48), ("9,817.22", 28), ("8.40%", 20)]),
        ("row", [("4", 12), ("贵安绿电能源有限公司", 62), ("电力", 48), ("7,650.00", 28), ("6.54%", 20)]),
        ("row", [("5", 12), ("贵州筑信网络工程有限公司", 62), ("机房及网络工程", 48), ("5,120.44", 28), ("4.38%", 20)]),
        ("gap", ""),
        ("p", "（二）报告期内，发行人 GPU 采购已由境外品牌逐步切换为 曜辰智芯等国产产品，2024 年国产 GPU 采购占比达到 86.3%。"),
        ("p", "根据发行人测试，曜辰智芯 YC-900 加速卡的 FP16 算力约为 Vantorq H-series 同代产品的七成， 但在推理场景中每瓦性能差距已缩小至一成以内。"),
        ("p", "2025 年 4 月，发行人与曜辰智芯共建 “国产算力适配联合实验室”，双方就大模型训练框架适配 开展联合研发，不涉及资金往来。"),
        ("p", "发行人主要客户对国产算力的接受度逐步提高，报告期内 未发生因 GPU 切换导致的重要客户流失。"),
    ],
    [
        ("h", "问题 2：关于主要客户"),
        ("p", "请发行人说明前五大客户的基本情况、合作历史 及收入确认的合规性。"),
        ("h", "回复："),
        ("p", "（一）2024 年度，发行人前五大客户情况如下："),
        ("row", [("序号", 12), ("客户名称", 62), ("服务内容", 48), ("收入金额", 28), ("占比", 20)]),
        ("row", [("1", 12), ("杭州深言智能科技有限公司", 62), ("大模型训练算力租赁", 48), ("21,385.90", 28), ("34.2%", 20)]),
        ("row", [("2", 12), ("北京鸿澈网络技术有限公司", 62), ("推理算力服务", 48), ("8,540.12", 28), ("13.6%", 20)]),
        ("row", [("3", 12), ("客户三（已申请豁免披露）", 62), ("政务云服务", 48), ("6,102.77", 28), ("9.8%", 20)]),
        ("gap", ""),
        ("p", "发行人向杭州深言智能科技有限公司提供大模型训练算力租赁服务，2024 年度确认收入 21,385.90 万元。"),
        ("p", "深言智能与鸿澈网络均为发行人前五大客户，二者之间不存在关联关系或资金往来。"),
        ("p", "与同区域竞争对手黔北智算、川渝云图相比，发行人国产 GPU 集群规模较大。"),
        ("h", "问题 3：关于融资安排及对外投资"),
        ("h", "回复："),
        ("p", "2025 年 3 月，发行人取得黔中银行股份有限公司贵安分行发放的固定资产贷款 5 亿元，期限 8 年。"),
        ("p", "贵州贵安发展集团有限公司就上述黔中银行贷款提供连带责任保证担保，发行人未向其支付担保费用。"),
        ("p", "贵州数智产业发展基金（有限合伙）于 2024 年 11 月以增资方式向发行人投资 3.2 亿元，取得发行人 6.15% 股份。"),
        ("p", "贵州澜谷液冷科技有限公司（以下简称“澜谷液冷”）系发行人参与设立的液冷设备公司。"),
        ("p", "发行人已认缴澜谷液冷 30% 股权，对应出资额 6,000 万元，拟以现金及设备出资。"),
        ("p", "保荐机构核查意见：经核查，发行人前五大供应商及客户的采购、销售真实， 定价公允，发行人已充分披露 GPU 国产化替代的相关风险。"),
    ],
]


def tokens(text):
    """Split into pieces that may end a line: after a space or after 。"""
    out, cur = [], ""
    for ch in text:
        cur += ch
        if ch in " 。":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def write_para(pdf, text, size, width, lh):
    pdf.set_font("cjk", "", size)
    line = ""
    for tok in tokens(text):
        trial = line + tok
        if line and pdf.get_string_width(trial.rstrip(" ")) > width:
            pdf.cell(width, lh, line.rstrip(" "), new_x="LMARGIN", new_y="NEXT")
            line = tok
        else:
            line = trial
        if pdf.get_string_width(line.rstrip(" ")) > width:
            raise ValueError(f"unbreakable segment too wide: {line!r}")
    if line.strip():
        pdf.cell(width, lh, line.rstrip(" "), new_x="LMARGIN", new_y="NEXT")


def build(doc, name, fontnum, tmp):
    text = "".join(
        (c if isinstance(c, str) else "".join(x for x, _ in c))
        for page in doc for _, c in page
    )
    charset = "".join(sorted(set(text))) + " 0123456789"
    fpath = os.path.join(tmp, f"font_{fontnum}.ttf")
    make_ttf(TTC, fontnum, charset, fpath)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 14, 12)
    pdf.add_font("cjk", "", fpath)
    width = pdf.w - 24
    for page in doc:
        pdf.add_page()
        for kind, content in page:
            if kind == "title":
                pdf.set_font("cjk", "", 13)
                pdf.cell(width, 8, content, align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "sub":
                pdf.set_font("cjk", "", 9)
                pdf.cell(width, 6, content, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h":
                pdf.ln(1)
                write_para(pdf, content, 10.5, width, 6.5)
            elif kind == "p":
                write_para(pdf, content, 9.5, width, 5.6)
            elif kind == "row":
                pdf.set_font("cjk", "", 8.5)
                for i, (cell, w) in enumerate(content):
                    if pdf.get_string_width(cell) > w - 2:
                        raise ValueError(f"cell too wide: {cell!r}")
                    last = i == len(content) - 1
                    pdf.cell(w, 6, cell, border=1,
                             new_x="LMARGIN" if last else "RIGHT",
                             new_y="NEXT" if last else "TOP")
            elif kind == "gap":
                pdf.ln(3)
            if pdf.get_y() > pdf.h - 14:
                raise ValueError(f"page overflow in {name}")
    pdf.output(os.path.join(HERE, name))


def main():
    tmp = tempfile.mkdtemp()
    try:
        build(DOC06, "06_juntin_mops_syndicated_loan_zh_tw.pdf", TC, tmp)
        build(DOC08, "08_qianyun_inquiry_reply_zh_cn.pdf", SC, tmp)
    finally:
        shutil.rmtree(tmp)
    print("built PDFs")


if __name__ == "__main__":
    main()
