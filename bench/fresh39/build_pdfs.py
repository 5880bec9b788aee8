"""Build the two PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

Chinese text needs a CJK font. Noto Sans CJK ships as a CFF-based .ttc, which fpdf2
does not extract text from cleanly, so the Traditional Chinese face is subset with
fontTools and converted to TrueType (glyf) outlines first.

Line breaking is done here rather than by fpdf2: lines break only at spaces or after
a full stop (。), so a sentence is never split between two CJK characters and the
pypdf page text of every sentence matches after whitespace normalisation.
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
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3  # Noto Sans CJK TC

# ---------------------------------------------------------------------------
# Document content. Each document is a list of pages; each page a list of blocks:
#   ("title", text) centred, larger      ("h", text) bold-ish heading
#   ("p", text) paragraph                ("small", text) small print
#   ("table", [col widths mm], [rows])   ("gap", mm)
# ---------------------------------------------------------------------------

HK_DOC = [
    [
        ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明，並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
        ("gap", 3),
        ("title", "瀚海雲科技控股有限公司"),
        ("title", "HANHAI CLOUD TECHNOLOGY HOLDINGS LIMITED"),
        ("center", "（於開曼群島註冊成立之有限公司）"),
        ("center", "（股份代號：2817）"),
        ("gap", 3),
        ("title", "根據一般授權認購新股份、須予披露交易及其他事項"),
        ("gap", 3),
        ("h", "認購事項"),
        ("p", "董事會欣然宣佈，於2025年10月9日（交易時段後），本公司與晶澤科技股份有限公司（「晶澤科技」）訂立認購協議。"),
        ("p", "根據認購協議，晶澤科技有條件同意以總代價780,000,000港元認購120,000,000股新股份。"),
        ("p", "認購價每股6.50港元較股份於最後交易日在聯交所所報之收市價折讓約9.7%。"),
        ("p", "晶澤科技為於台灣證券交易所上市之伺服器製造商（股票代號：3719），主要從事AI伺服器及機櫃之設計與製造。"),
        ("p", "緊隨完成後，晶澤科技將持有本公司經擴大已發行股本約8.6%。"),
        ("p", "據董事作出一切合理查詢後所深知，晶澤科技及其最終實益擁有人均為獨立於本公司及其關連人士之第三方。"),
        ("h", "主要股東"),
        ("p", "鷺峰資本有限公司（Lufeng Capital Limited，「鷺峰資本」）現時持有本公司約31.2%已發行股份。"),
        ("p", "於認購事項完成後，鷺峰資本將仍為本公司最大股東，其持股比例將攤薄至約28.5%。"),
        ("h", "所得款項用途"),
        ("p", "認購事項所得款項淨額約775,000,000港元，擬用於擴建本集團位於深圳前海之智算中心。"),
        ("p", "該智算中心由瀚海深圳營運，現有GPU約6,400張。"),
        ("p", "瀚海深圳已與星衡智算科技有限公司（「星衡智算」）簽訂為期三年之算力服務協議，合約總額約人民幣6.5億元。"),
    ],
    [
        ("h", "須予披露交易：收購雲棧數據"),
        ("p", "於同日，本公司與一名獨立第三方賣方訂立買賣協議，以現金代價人民幣4.2億元收購雲棧數據服務有限公司（Yunzhan Data Services Limited）全部已發行股本。"),
        ("p", "由於收購事項之一項或多項適用百分比率超過5%但低於25%，收購事項構成本公司之須予披露交易。"),
        ("h", "銀行融資"),
        ("p", "於2025年9月30日，嘉澤銀行（香港）有限公司（Garze Bank (Hong Kong) Limited）向瀚海深圳授出人民幣15億元之五年期定期貸款融資。"),
        ("p", "本公司已就該融資向嘉澤銀行提供公司擔保。"),
        ("h", "其他事項"),
        ("p", "本公司與諾萬算力（Norvane Compute, Inc.）於本年初訂立之算力互通合作協議繼續有效，雙方互不持股。"),
        ("p", "按已安裝GPU數目計，本集團在香港上市同業中排名第二，僅次於曜川數據控股有限公司。"),
        ("h", "釋義"),
        ("table", [32, 12, 146], [
            ["「本公司」", "指", "瀚海雲科技控股有限公司（Hanhai Cloud Technology Holdings Limited）"],
            ["「本集團」", "指", "本公司及其附屬公司"],
            ["「晶澤科技」", "指", "晶澤科技股份有限公司（Jinze Technology Corporation）"],
            ["「瀚海深圳」", "指", "瀚海雲計算（深圳）有限公司，本公司之全資附屬公司"],
            ["「嘉澤銀行」", "指", "嘉澤銀行（香港）有限公司"],
            ["「認購股份」", "指", "本公司根據認購協議將予配發及發行之120,000,000股新股份"],
        ]),
        ("gap", 4),
        ("p", "承董事會命"),
        ("p", "瀚海雲科技控股有限公司"),
        ("p", "主席 林兆衡"),
        ("p", "香港，2025年10月9日"),
        ("small", "於本公告日期，董事會包括執行董事林兆衡先生、周曉嵐女士及何啟鳴先生；非執行董事鄭文彬先生；以及獨立非執行董事梁家豪先生、吳佩珊女士及黃志遠先生。"),
    ],
]

TW_DOC = [
    [
        ("title", "公開資訊觀測站　重大訊息彙總"),
        ("center", "資料期間：114/10/14 ~ 114/10/20　　市場別：上市"),
        ("gap", 3),
        ("h", "公司代號：3719　公司名稱：晶澤科技股份有限公司（晶澤）"),
        ("p", "發言日期：114/10/14　發言時間：17:32:05　符合條款：第51款"),
        ("p", "主旨：本公司接獲香港客戶AI伺服器機櫃大額訂單"),
        ("p", "說明："),
        ("p", "1.交易對象：瀚海雲科技控股有限公司（Hanhai Cloud Technology Holdings Limited，香港聯交所股份代號：2817）及其子公司。"),
        ("p", "2.本公司將於115年第一季至第三季分批出貨液冷AI伺服器機櫃予瀚海雲集團，訂單總金額約新台幣52億元。"),
        ("p", "3.交易相對人與本公司之關係：非關係人。"),
        ("p", "4.本訂單金額達本公司最近年度營業收入百分之十以上，依規定辦理公告。"),
        ("gap", 3),
        ("h", "公司代號：3719　公司名稱：晶澤科技股份有限公司（晶澤）"),
        ("p", "發言日期：114/10/16　發言時間：16:05:41　符合條款：第51款"),
        ("p", "主旨：代子公司Jinze Technology USA, Inc.公告與美國晶片廠簽訂液冷伺服器共同開發協議"),
        ("p", "說明："),
        ("p", "1.子公司名稱：Jinze Technology USA, Inc.（以下簡稱晶澤美國），為本公司100%持有之子公司。"),
        ("p", "2.晶澤美國與哈爾沃森半導體（Halvorsen Semiconductor Corp.）共同開發次世代液冷AI伺服器機櫃，雙方各自負擔研發費用。"),
        ("p", "3.本協議不涉及任何股權投資，哈爾沃森半導體亦未取得本公司或晶澤美國之股份。"),
    ],
    [
        ("h", "公司代號：6597　公司名稱：鼎曜光電股份有限公司（鼎曜）"),
        ("p", "發言日期：114/10/17　發言時間：18:10:22　符合條款：第51款"),
        ("p", "主旨：代子公司鼎曜光電(越南)有限公司（以下簡稱鼎曜越南）公告辦理現金增資引進策略投資人"),
        ("p", "說明："),
        ("p", "1.策略投資人：合肥雲岫產業投資基金合夥企業(有限合夥)（以下簡稱雲岫基金）。"),
        ("p", "2.雲岫基金以美金18,000,000元認購該子公司新增資本，取得約15%股權。"),
        ("p", "3.增資完成後，鼎曜越南仍為本公司持股約85%之子公司。"),
        ("p", "4.雲岫基金之有限合夥人包括蘇州啟明微電子股份有限公司等，與本公司均非關係人。"),
        ("p", "5.資金用途：擴充越南北寧廠800G光收發模組產線。"),
        ("gap", 3),
        ("h", "公司代號：6597　公司名稱：鼎曜光電股份有限公司（鼎曜）"),
        ("p", "發言日期：114/10/20　發言時間：15:48:03　符合條款：第51款"),
        ("p", "主旨：本公司與金融機構簽訂聯合授信合約"),
        ("p", "說明："),
        ("p", "1.本公司與永禾商業銀行等七家金融機構簽訂新台幣30億元之五年期聯合授信合約，永禾商業銀行為主辦行並參與貸放。"),
        ("p", "2.遠和商業銀行為參貸銀行之一，參貸額度為新台幣5億元。"),
        ("p", "3.瑞川國際商業銀行僅擔任本公司本案之額度管理銀行，未參與貸放。"),
        ("p", "4.授信用途：償還既有借款及充實中期營運資金。"),
        ("gap", 3),
        ("h", "公司代號：6597　公司名稱：鼎曜光電股份有限公司（鼎曜）"),
        ("p", "發言日期：114/10/20　發言時間：16:30:17　符合條款：第51款"),
        ("p", "主旨：本公司與晶澤科技股份有限公司簽訂長期供貨協議"),
        ("p", "說明："),
        ("p", "1.本公司與晶澤科技股份有限公司簽訂三年期800G光收發模組供貨協議，預估合約總金額約新台幣24億元。"),
        ("p", "2.交貨地點：晶澤科技桃園廠及墨西哥廠。"),
        ("gap", 3),
        ("h", "公司代號：6597　公司名稱：鼎曜光電股份有限公司（鼎曜）"),
        ("p", "發言日期：114/10/20　發言時間：17:02:55　符合條款：第53款"),
        ("p", "主旨：澄清媒體報導"),
        ("p", "說明："),
        ("p", "1.今日媒體報導本公司將取得聯峻光通股份有限公司股權一事，本公司並無此計畫。"),
        ("p", "2.報導所稱本公司已成為哈爾沃森半導體之合格供應商，係屬市場臆測，本公司不予評論。"),
    ],
]


# ---------------------------------------------------------------------------
# Font preparation
# ---------------------------------------------------------------------------

def all_text(doc):
    parts = []
    for page in doc:
        for block in page:
            if block[0] == "table":
                for row in block[2]:
                    parts.extend(row)
            elif block[0] != "gap":
                parts.append(block[1])
    return "".join(parts)


def make_font(text, out_path):
    coll = TTCollection(TTC)
    font = coll.fonts[TC_INDEX]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(text=text + "".join(chr(i) for i in range(32, 127)) + "　")
    sub.subset(font)
    # CFF -> glyf (quadratic) outlines
    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        gset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxPoints", "maxContours", "maxCompositePoints",
                 "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------

def tokens(text):
    """Split into pieces after which a line break is allowed (spaces, 。)."""
    out = []
    for piece in re.split(r"(?<=[。；])|(?<= )", text):
        if piece:
            out.append(piece)
    return out


def wrap(pdf, text, width, strict):
    lines, cur = [], ""
    for tok in tokens(text):
        if pdf.get_string_width((cur + tok).rstrip()) <= width:
            cur += tok
            continue
        if cur:
            lines.append(cur.rstrip())
            cur = ""
        if pdf.get_string_width(tok.rstrip()) <= width:
            cur = tok
        else:
            # no allowed break point: only small print may wrap between characters
            if strict:
                raise SystemExit(f"cannot wrap without splitting a sentence: {tok}")
            for ch in tok:
                if pdf.get_string_width(cur + ch) > width:
                    lines.append(cur)
                    cur = ""
                cur += ch
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def render(doc, out_name, font_path):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    pdf.add_font("cjk", fname=font_path)
    width = pdf.w - 30
    for page in doc:
        pdf.add_page()
        for block in page:
            kind = block[0]
            if kind == "gap":
                pdf.ln(block[1])
                continue
            if kind == "table":
                widths, rows = block[1], block[2]
                pdf.set_font("cjk", size=9)
                for row in rows:
                    for w, cell in zip(widths, row):
                        if pdf.get_string_width(cell) > w - 2:
                            raise SystemExit(f"table cell too wide in {out_name}: {cell}")
                        pdf.cell(w, 6.5, cell, border=1)
                    pdf.ln(6.5)
                continue
            size, align, lh = {"title": (13, "C", 7.5), "center": (10, "C", 6),
                               "h": (11, "L", 7.5), "p": (9.5, "L", 5.8),
                               "small": (8, "L", 4.5)}[kind]
            pdf.set_font("cjk", size=size)
            for line in wrap(pdf, block[1], width, strict=(kind != "small")):
                pdf.cell(width, lh, line, align=align)
                pdf.ln(lh)
            if kind == "h":
                pdf.ln(1)
            if pdf.get_y() > pdf.h - 15:
                raise SystemExit(f"page overflow in {out_name}")
    pdf.output(os.path.join(HERE, out_name))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for doc, name in ((HK_DOC, "04_hanhai_hkex_announcement.pdf"),
                          (TW_DOC, "06_mops_material_information.pdf")):
            font_path = os.path.join(tmp, name.replace(".pdf", ".ttf"))
            make_font(all_text(doc), font_path)
            render(doc, name, font_path)
            print("wrote", name)


if __name__ == "__main__":
    main()
