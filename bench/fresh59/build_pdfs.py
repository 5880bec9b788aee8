"""Build the two PDF documents of this set.

Run with: /work/main/.venv/bin/python build_pdfs.py

02_Solvane_prospectus.pdf  - English, core Helvetica.
06_Dingsheng_HKEX_announcement.pdf - Traditional Chinese, Noto Sans CJK TC (collection index 3),
    subset to the characters used and converted from CFF to TrueType outlines in a temporary
    directory that is deleted afterwards.
English lines break only at spaces (multi_cell); Chinese lines break only after "。" (sentences
are packed whole onto lines; a sentence too wide for the line is set in a smaller size).
"""
import os
import re
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF, FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def cjk_ttf(text, index, out_path):
    """Subset a Noto Sans CJK face to `text` and convert its CFF outlines to TrueType."""
    font = TTFont(CJK, fontNumber=index)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = subset.Subsetter(opts)
    sub.populate(text=text + " ")
    sub.subset(font)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    for name in order:
        width, _ = font["hmtx"][name]
        font["hmtx"][name] = (width, getattr(glyf[name], "xMin", 0) or 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


# --------------------------------------------------------------------------- 02 prospectus
P02 = [
    ("small", "The information in this preliminary prospectus is not complete and may be changed. These "
              "securities may not be sold until the registration statement filed with the Securities and "
              "Exchange Commission is effective. This preliminary prospectus is not an offer to sell these "
              "securities and it is not soliciting an offer to buy these securities in any jurisdiction where "
              "the offer or sale is not permitted."),
    ("center", "PRELIMINARY PROSPECTUS - SUBJECT TO COMPLETION - DATED SEPTEMBER 15, 2025"),
    ("title", "28,000,000 Shares"),
    ("title", "Solvane Labs, Inc."),
    ("center", "Class A Common Stock"),
    ("p", "This is the initial public offering of shares of Class A common stock of Solvane Labs, Inc. We are "
          "offering 28,000,000 shares of our Class A common stock. We currently expect the initial public "
          "offering price to be between $31.00 and $35.00 per share. We have applied to list our Class A "
          "common stock on the Nasdaq Global Select Market under the symbol \"SLVN\"."),
    ("p", "Investing in our Class A common stock involves a high degree of risk. See \"Risk Factors\" "
          "beginning on page 24."),
    ("p", "Whitcombe Securities LLC and Harland Brothers & Co. are acting as representatives of the "
          "underwriters and as joint book-running managers of this offering."),
    ("h", "PROSPECTUS SUMMARY"),
    ("h2", "Overview"),
    ("p", "Solvane Labs, Inc. (\"Solvane,\" the \"Company,\" \"we\" or \"us\") develops large multimodal "
          "models and sells access to them through our application programming interface, our Solvane "
          "Assistant subscription product and dedicated enterprise deployments. For the year ended December "
          "31, 2024, our revenue was $412.6 million, compared with $96.3 million in 2023, and our net loss was "
          "$688.1 million."),
    ("h2", "Our Strategic Investors"),
    ("p", "Since our founding in 2021, we have raised approximately $1.1 billion of equity capital from "
          "venture investors and strategic partners. Chatterly Ventures, L.P. (\"Chatterly Ventures\"), the "
          "venture capital arm of Chatterly, Inc., led our Series B financing in 2024 with an investment of "
          "$150 million. In February 2025, Nimbridge Cloud, Inc. (\"Nimbridge\") invested $400 million in our "
          "Series C preferred stock. Other participants in our Series B and Series C financings included "
          "Halvorsen Media Group, Inc. and Ashgrove Ventures. Under a strategic collaboration agreement "
          "entered into in 2024, we and Nimbridge co-design inference infrastructure and jointly market "
          "enterprise deployments of our models."),
    ("h2", "Summary Consolidated Financial Data"),
    ("table", [[55, 35, 35],
               ["(in millions)", "2024", "2023"],
               ["Revenue", "$412.6", "$96.3"],
               ["Cost of revenue", "$301.9", "$88.4"],
               ["Research and development", "$602.4", "$241.0"],
               ["Net loss", "$(688.1)", "$(301.7)"]]),
    ("page",),
    ("h", "BUSINESS - DATA, CONTENT LICENSING AND COMPUTE"),
    ("p", "Data is the foundation of our models. We train on a combination of publicly available data, "
          "synthetic data generated by our own models, and data we license from rights holders. We believe "
          "that licensing high-quality, well-documented data improves model quality and reduces legal risk, "
          "and we have entered into license agreements with book and news publishers, stock-image libraries, "
          "music labels and social platforms."),
    ("p", "The following table summarizes selected content and data license agreements in effect as of "
          "June 30, 2025:"),
    ("table", [[48, 62, 24, 40],
               ["Licensor", "Content licensed", "Term", "Expensed in 2024"],
               ["Lumenary Images, Inc.", "Stock images, video and captions", "2023-2027", "$18.5 million"],
               ["Brightfold Music Group", "Recorded music, stems and lyrics", "2024-2028", "$9.2 million"],
               ["Chatterly, Inc.", "Public posts and engagement data", "2024-2026", "$31.0 million"],
               ["Two book publishers (1)", "E-books and backlist titles", "2024-2029", "$7.8 million"]]),
    ("small", "(1) The identities of these licensors are subject to confidentiality obligations."),
    ("p", "Our license agreements are generally non-exclusive, and several of our licensors license similar "
          "content to our competitors. We compete for licensed data and for customers with Vantor Labs, Arvale "
          "AI and the research divisions of large technology companies."),
    ("p", "Human data. We procure data annotation, preference ranking and red-teaming services principally "
          "from Tallyforge Data, Inc. and Kestrel Annotation Ltd., to which we paid $44.7 million and $12.3 "
          "million, respectively, in 2024. Tallyforge accounted for approximately 78% of our annotation spend "
          "in 2024, and the loss of this vendor could delay our model releases."),
    ("p", "Compute. Substantially all of our model training runs on GPU clusters provided by Ironpeak "
          "Compute, Inc. under a capacity agreement that commits us to minimum payments of $2.1 billion "
          "through 2028. We also purchase inference capacity from several cloud providers on a short-term "
          "basis. Our total compute costs were $583.0 million in 2024, or 141% of revenue."),
    ("p", "Risk factor summary. We depend on a limited number of data vendors and compute providers, and any "
          "interruption in their services, or any increase in the fees that licensors charge us, could harm "
          "our business, results of operations and prospects."),
    ("page",),
    ("h", "PRINCIPAL STOCKHOLDERS"),
    ("p", "The following table sets forth information regarding the beneficial ownership of our capital stock "
          "as of August 31, 2025, assuming the conversion of all outstanding shares of preferred stock into "
          "Class A common stock, by each person or entity known to us to beneficially own more than 5% of our "
          "capital stock, and by our directors and executive officers."),
    ("table", [[66, 34, 36, 36],
               ["Name of beneficial owner", "Shares", "% before offering", "% after offering"],
               ["Nimbridge Cloud, Inc.(1)", "46,800,000", "16.4%", "14.9%"],
               ["Chatterly Ventures, L.P.(2)", "21,300,000", "7.5%", "6.8%"],
               ["Mira Castellanos(3)", "38,250,000", "13.4%", "12.2%"],
               ["Devin Okonjo", "6,120,000", "2.1%", "2.0%"],
               ["All directors and officers (9)", "49,900,000", "17.5%", "15.9%"]]),
    ("small", "(1) Consists of shares held of record by Nimbridge Cloud, Inc. Nimbridge has the right to "
              "designate one member of our board of directors for so long as it holds at least 5% of our "
              "outstanding capital stock."),
    ("small", "(2) Shares are held of record by Chatterly Ventures, L.P., a wholly owned venture investment "
              "subsidiary of Chatterly, Inc. Chatterly, Inc. may be deemed to share beneficial ownership of "
              "these shares."),
    ("small", "(3) Includes 4,000,000 shares subject to options exercisable within 60 days of August 31, 2025."),
    ("h", "CERTAIN RELATIONSHIPS AND RELATED PARTY TRANSACTIONS"),
    ("p", "Data access agreement. We license public-post data from Chatterly, Inc., an affiliate of Chatterly "
          "Ventures, under a data access agreement entered into in April 2024 that expires in 2026. We "
          "recognized expense of $31.0 million under this agreement in 2024."),
    ("p", "Investors' rights agreement. We are party to an amended and restated investors' rights agreement "
          "with certain holders of our preferred stock, which grants them registration rights and certain "
          "information rights that will terminate upon the completion of this offering."),
    ("h", "LEGAL PROCEEDINGS"),
    ("p", "In May 2025, Greyline Publishing filed a complaint against us in the U.S. District Court for the "
          "Southern District of New York alleging that our models were trained on its articles without "
          "authorization. We believe the claims are without merit and intend to defend ourselves vigorously."),
    ("h", "EXPERTS"),
    ("p", "The consolidated financial statements of Solvane Labs, Inc. as of December 31, 2024 and 2023 and "
          "for each of the two years in the period ended December 31, 2024 included in this prospectus have "
          "been audited by Daventry & Cole LLP, an independent registered public accounting firm, as stated "
          "in their report appearing herein."),
]


def build_02():
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for el in P02:
        kind = el[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "small":
            pdf.set_font("Helvetica", size=8)
            pdf.multi_cell(0, 4, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "center":
            pdf.set_font("Helvetica", "B", 9)
            pdf.multi_cell(0, 5, el[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, el[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.multi_cell(0, 5, el[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", size=9.5)
            pdf.multi_cell(0, 4.8, el[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            widths, *rows = el[1]
            pdf.set_font("Helvetica", size=8.5)
            with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=5,
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
    pdf.output(os.path.join(HERE, "02_Solvane_prospectus.pdf"))


# --------------------------------------------------------------------------- 06 HKEX announcement
P06 = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。"
              "並明確表示概不就因本公告全部或任何部分內容而產生或因倚賴該等內容而引致之任何損失承擔任何責任。"),
    ("title", "鼎聲互動控股有限公司"),
    ("center", "DINGSHENG INTERACTIVE HOLDINGS LIMITED"),
    ("center", "（於開曼群島註冊成立之有限公司）"),
    ("center", "（股份代號：2763）"),
    ("title", "須予披露交易"),
    ("center", "認購目標公司新增註冊資本及訂立戰略合作框架協議"),
    ("h", "增資協議"),
    ("p", "董事會欣然宣佈，於2025年7月14日（交易時段後），本公司與目標公司及其現有股東訂立增資協議。"
          "根據增資協議，本公司有條件同意以現金人民幣6億元認購目標公司新增註冊資本約人民幣1,028萬元。"
          "於增資完成後，本公司將持有目標公司經擴大註冊資本約7.90%。"
          "目標公司將不會成為本公司之附屬公司，其財務業績亦不會併入本集團之綜合財務報表。"),
    ("p", "代價乃經訂約方公平磋商後釐定，並已參考目標公司最近一輪融資之估值及可資比較公司之市場估值。"
          "代價將以本集團內部資源撥付，並於全部先決條件達成後十個營業日內一次性支付。"
          "先決條件包括目標公司取得其股東會批准及完成相關市場監督管理部門之變更登記。"),
    ("h", "戰略合作框架協議"),
    ("p", "同日，本公司與目標公司訂立戰略合作框架協議，雙方將於音樂生成、虛擬歌手及互動娛樂等領域開展合作。"
          "根據戰略合作框架協議，本公司全資附屬公司鼎聲音樂版權有限公司將向目標公司授出曲庫錄音製品之非獨家訓練許可。"
          "有關許可費將由訂約方另行以書面協定，並將遵守上市規則之適用規定。"
          "戰略合作框架協議並不構成具法律約束力之承諾，惟保密及管轄法律條款除外。"),
    ("page",),
    ("h", "有關目標公司之資料"),
    ("p", "目標公司為一家於中國成立之有限責任公司，主要從事通用大模型及多模態模型之研發及商業化。"
          "目標公司的核心產品包括「曜數」系列大語言模型及面向企業客戶的模型服務平台。"
          "下表載列目標公司於本公告日期及緊隨C輪融資（包括增資）完成後之股權架構："),
    ("table", [[95, 40, 40],
               ["股東", "於本公告日期", "緊隨C輪融資完成後"],
               ["北京曜光企業管理合夥企業（有限合夥）", "35.39%", "28.40%"],
               ["中關村智算產業投資基金（有限合夥）", "4.11%", "11.20%"],
               ["本公司", "-", "7.90%"],
               ["星瀾文化傳媒股份有限公司", "-", "1.98%"],
               ["其他股東", "60.50%", "50.52%"],
               ["合計", "100.00%", "100.00%"]]),
    ("p", "下表載列目標公司根據中國企業會計準則編製之截至2023年及2024年12月31日止兩個年度之財務資料："),
    ("table", [[75, 50, 50],
               ["截至12月31日止年度", "2023年", "2024年"],
               ["收入（人民幣千元）", "86,420", "312,750"],
               ["除稅前虧損（人民幣千元）", "(402,180)", "(655,310)"],
               ["除稅後虧損（人民幣千元）", "(402,180)", "(655,310)"]]),
    ("p", "於2025年3月31日，目標公司之未經審核資產淨值約為人民幣41.6億元。"),
    ("h", "有關本集團及鼎聲音樂之資料"),
    ("p", "本集團為中國領先的線上音樂及社交娛樂平台之一，截至2025年6月30日止六個月之平均月活躍用戶約為1.86億。"
          "鼎聲音樂主要從事錄音製品及音樂作品版權之取得、管理及對外授權。"),
    ("page",),
    ("h", "進行增資及戰略合作之理由及裨益"),
    ("p", "董事會認為，投資目標公司可令本集團分享通用大模型產業增長之成果，並加強本集團於AI音樂創作方面之能力。"
          "目前國內大模型市場競爭激烈，參與者包括深算智能、墨言科技等，海外亦有Solvane及Vantor Labs等模型公司。"
          "董事（包括獨立非執行董事）認為，增資協議之條款屬公平合理，並符合本公司及股東之整體利益。"),
    ("p", "據董事作出一切合理查詢後所深知、盡悉及確信，目標公司及其最終實益擁有人均為獨立第三方。"
          "本公司已委任嘉衡融資有限公司為有關增資之財務顧問。"),
    ("h", "上市規則之涵義"),
    ("p", "由於有關增資之一項或多項適用百分比率超過5%但均低於25%，增資構成本公司之須予披露交易。"
          "因此，增資須遵守上市規則第14章之通知及公告規定，惟獲豁免遵守股東批准規定。"),
    ("h", "釋義"),
    ("gloss", [["「董事會」", "指 本公司董事會"],
               ["「本公司」", "指 鼎聲互動控股有限公司，其股份於聯交所主板上市（股份代號：2763）"],
               ["「增資」", "指 本公司根據增資協議認購目標公司新增註冊資本"],
               ["「增資協議」", "指 本公司、目標公司及其現有股東於2025年7月14日訂立之增資協議"],
               ["「鼎聲音樂」", "指 鼎聲音樂版權有限公司，一家於香港註冊成立之有限公司，為本公司之全資附屬公司"],
               ["「本集團」", "指 本公司及其附屬公司"],
               ["「上市規則」", "指 聯交所證券上市規則"],
               ["「目標公司」或「曜數智能」", "指 北京曜數智能科技有限公司，一家於中國成立之有限責任公司"],
               ["「聯交所」", "指 香港聯合交易所有限公司"],
               ["「人民幣」", "指 中國法定貨幣人民幣"]]),
    ("right", "承董事會命"),
    ("right", "鼎聲互動控股有限公司"),
    ("right", "主席 林嘉聲"),
    ("p", "香港，2025年7月14日"),
    ("small", "於本公告日期，董事會由執行董事林嘉聲先生及周曉彤女士，非執行董事馬啟文先生，以及獨立非執行董事陳慧敏女士、何志遠先生及梁永康先生組成。"),
]


def cjk_sentences(text):
    return [s for s in re.split(r"(?<=。)", text) if s]


def build_06():
    chars = set()
    for el in P06:
        for part in el[1:]:
            if isinstance(part, str):
                chars.update(part)
            else:
                for r in part:
                    for c in r:
                        if isinstance(c, str):
                            chars.update(c)
    tmp = tempfile.mkdtemp()
    try:
        ttf = os.path.join(tmp, "notosanstc.ttf")
        cjk_ttf("".join(sorted(chars)), 3, ttf)
        pdf = FPDF(format="A4")
        pdf.set_margins(16, 16, 16)
        pdf.set_auto_page_break(True, 15)
        pdf.add_font("tc", fname=ttf)
        pdf.add_page()
        width = pdf.w - pdf.l_margin - pdf.r_margin

        def lines(text, size, h):
            """Pack whole sentences onto lines; break only after 。."""
            cur = ""
            out = []
            for s in cjk_sentences(text):
                pdf.set_font("tc", size=size)
                if cur and pdf.get_string_width(cur + s) <= width:
                    cur += s
                else:
                    if cur:
                        out.append(cur)
                    cur = s
            if cur:
                out.append(cur)
            for ln in out:
                sz = size
                pdf.set_font("tc", size=sz)
                while pdf.get_string_width(ln) > width:
                    sz -= 0.25
                    pdf.set_font("tc", size=sz)
                if sz < 7:
                    raise SystemExit(f"line too long: {ln}")
                pdf.cell(width, h, ln, new_x="LMARGIN", new_y="NEXT")

        for el in P06:
            kind = el[0]
            if kind == "page":
                pdf.add_page()
            elif kind == "small":
                lines(el[1], 8, 4.5)
                pdf.ln(2)
            elif kind == "title":
                pdf.set_font("tc", size=15)
                pdf.cell(width, 9, el[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "center":
                pdf.set_font("tc", size=10)
                pdf.cell(width, 6, el[1], align="C", new_x="LMARGIN", new_y="NEXT")
            elif kind == "right":
                pdf.set_font("tc", size=10)
                pdf.cell(width, 6, el[1], align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "h":
                pdf.ln(2)
                pdf.set_font("tc", size=11.5)
                pdf.cell(width, 7, el[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "p":
                lines(el[1], 10, 6)
                pdf.ln(1.5)
            elif kind == "gloss":
                for term, meaning in el[1]:
                    pdf.set_font("tc", size=9)
                    pdf.cell(45, 5.5, term)
                    sz = 9
                    while pdf.get_string_width(meaning) > width - 45:
                        sz -= 0.25
                        pdf.set_font("tc", size=sz)
                    pdf.cell(width - 45, 5.5, meaning, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "table":
                widths, *rows = el[1]
                pdf.set_font("tc", size=9)
                with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=6,
                               headings_style=FontFace(emphasis="")) as table:
                    for r in rows:
                        row = table.row()
                        for c in r:
                            row.cell(c)
                pdf.ln(2)
        pdf.output(os.path.join(HERE, "06_Dingsheng_HKEX_announcement.pdf"))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    build_02()
    build_06()
