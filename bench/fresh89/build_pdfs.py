"""Build the three PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces. Chinese text uses the
Noto Sans CJK face extracted from the system .ttc collection (index 2 = SC,
index 3 = TC). The face is subset to the characters needed, converted from CFF
to TrueType outlines with fontTools' cu2qu, and written to a temporary
directory that is removed at the end. Chinese lines are broken only after 。
so that every sentence extracts as one unbroken string.
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
FACE_SC, FACE_TC = 2, 3
PAGE = "PAGE"  # marker: start a new page

# --------------------------------------------------------------------------
# Document texts. Each document is a list of blocks: (kind, text) with kind
# "title", "h" (heading), "p" (paragraph) or "small"; PAGE starts a new page.
# --------------------------------------------------------------------------

CARROWIND_10Q = [
    ("small", "UNITED STATES SECURITIES AND EXCHANGE COMMISSION - Washington, D.C. 20549"),
    ("title", "FORM 10-Q"),
    ("p", "QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
          "For the quarterly period ended September 30, 2025. Commission File Number 001-39874."),
    ("title", "CARROWIND RENTALS, INC."),
    ("p", "(Exact name of registrant as specified in its charter) Delaware - 84-2290317 (I.R.S. Employer "
          "Identification No.) 1200 Meridian Parkway, Charlotte, North Carolina 28277. Common Stock, par value "
          "$0.01 per share, trading symbol CWRN, New York Stock Exchange."),
    ("p", "Indicate by check mark whether the registrant (1) has filed all reports required to be filed by "
          "Section 13 or 15(d) of the Securities Exchange Act of 1934 during the preceding 12 months and (2) has "
          "been subject to such filing requirements for the past 90 days. Yes [X] No [ ]"),
    ("p", "As of October 31, 2025, there were 58,214,906 shares of the registrant's common stock outstanding."),
    ("h", "CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS"),
    ("p", "This Quarterly Report on Form 10-Q contains forward-looking statements within the meaning of the "
          "Private Securities Litigation Reform Act of 1995, including statements about fleet costs, residual "
          "values, the benefits of our technology investments and the integration of acquired businesses. Words "
          "such as \"expect,\" \"anticipate,\" \"intend,\" \"plan\" and \"believe\" identify such statements. "
          "Actual results may differ materially because of the risks described in Part I, Item 1A of our Annual "
          "Report on Form 10-K for the year ended December 31, 2024. We undertake no obligation to update any "
          "forward-looking statement, except as required by law."),
    PAGE,
    ("h", "PART I - FINANCIAL INFORMATION"),
    ("h", "Item 1. Notes to Condensed Consolidated Financial Statements (Unaudited)"),
    ("h", "Note 3 - Acquisitions"),
    ("p", "On May 1, 2025, we acquired Bayline Car & Truck Rental Co. (\"Bayline\"), a franchisee operating 41 "
          "locations in the Pacific Northwest, for total consideration of $86.3 million, net of cash acquired. "
          "Bayline is now a wholly owned subsidiary and its results are included in our Americas segment from "
          "the acquisition date. The purchase price allocation is preliminary; goodwill of $21.7 million, none of "
          "which is deductible for tax purposes, reflects the expected synergies of combining the Bayline "
          "locations with our existing airport network."),
    ("h", "Note 6 - Investments"),
    ("p", "We also hold Series B preferred shares of FleetMind representing approximately 3% of its fully "
          "diluted capital, which we account for as an equity security without a readily determinable fair "
          "value. No impairment or observable price change was recorded during the nine months ended "
          "September 30, 2025."),
    ("h", "Note 8 - Debt"),
    ("p", "On July 29, 2025, the Company entered into a $750.0 million asset-backed warehouse facility with "
          "Brightwater National Bank to finance vehicle purchases for the 2026 model year. Borrowings bear "
          "interest at one-month Term SOFR plus 1.45% and are secured by vehicles and related receivables held "
          "by Carrowind Funding III LLC, a bankruptcy-remote special purpose entity. As of September 30, 2025, "
          "$312.5 million was outstanding under the facility."),
    ("h", "Note 12 - Commitments and Contingencies"),
    ("p", "In March 2025, Pinegate Rent filed a complaint against Carrowind in the U.S. District Court for the "
          "District of Delaware alleging infringement of two patents related to keyless vehicle access. We "
          "believe the claims are without merit and intend to defend the matter vigorously. No amount has been "
          "accrued because a loss is not considered probable."),
    PAGE,
    ("h", "Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations"),
    ("h", "Overview"),
    ("p", "Total revenues for the third quarter of 2025 were $1,184.6 million, an increase of 6.8% compared with "
          "the third quarter of 2024, as rental days grew 4.1% and revenue per day rose 2.5%. Carrowind's "
          "principal competitors include Pinegate Rent, Harlow Car Rental and the ride-hail platforms, such as "
          "Drivana, that have begun renting vehicles to their own drivers."),
    ("h", "Technology and fleet efficiency"),
    ("p", "Fleet technology expense included $14.2 million paid to FleetMind AI, Inc. under our telematics and "
          "predictive-maintenance subscription, which covered substantially all of our U.S. fleet at September "
          "30, 2025. Vehicles out of service for maintenance averaged 3.9% of the fleet in the quarter, down "
          "from 5.6% a year earlier. In the second quarter we began licensing dynamic pricing software from "
          "Sentrell Analytics, Inc. for airport locations."),
    ("h", "Partnerships and other revenue"),
    ("p", "Dealer loaner revenue rose 22% year over year, driven by our program with Veloxa Motors Group, under "
          "which we supply and maintain courtesy vehicles for its service customers. Our partnership with "
          "Tandemra Technologies Inc., which lets ride-hail drivers rent vehicles weekly through the Tandemra "
          "app, contributed approximately 31,000 rental days in the quarter. We do not consolidate any entity in "
          "connection with either arrangement."),
    ("h", "Liquidity and capital resources"),
    ("p", "At September 30, 2025, we had $418.0 million of unrestricted cash and $1.1 billion of available "
          "capacity under our corporate revolving credit facility and vehicle financing programs. Net fleet "
          "capital expenditures for the nine months were $2.7 billion. We believe these sources are adequate to "
          "fund operations for at least the next twelve months."),
    ("h", "Item 4. Controls and Procedures"),
    ("p", "Whitcombe & Rowe LLP, the independent registered public accounting firm of Carrowind Rentals, Inc., "
          "has reviewed but not audited the interim financial statements included in this report. There were no "
          "changes in internal control over financial reporting during the quarter that materially affected, or "
          "are reasonably likely to materially affect, our internal control over financial reporting."),
    ("p", "SIGNATURES - Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has "
          "duly caused this report to be signed on its behalf by the undersigned thereunto duly authorized. "
          "CARROWIND RENTALS, INC. By: /s/ Janelle Obi, Executive Vice President and Chief Financial Officer. "
          "Date: November 5, 2025"),
]

CHIYUN_GONGGAO = [
    ("small", "证券代码：301987        证券简称：驰云智行        公告编号：2025-068"),
    ("title", "驰云智行科技股份有限公司"),
    ("title", "关于认购港骏出行新股、签署战略合作协议及日常经营重大合同的公告"),
    ("p", "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。"),
    ("h", "重要内容提示："),
    ("p", "1、公司拟以自有资金312,000,000港元认购港骏出行控股有限公司（股份代号：2839）新发行的普通股。"
          "2、本次交易不构成关联交易，亦不构成《上市公司重大资产重组管理办法》规定的重大资产重组。"
          "3、本次认购尚需取得发展改革、商务及外汇管理部门的境外投资备案，能否取得存在不确定性。"),
    ("h", "一、对外投资概述"),
    ("p", "驰云智行科技股份有限公司（以下简称“公司”或“驰云智行”）于2025年10月20日召开第三届董事会第十九次会议。"
          "会议审议通过了《关于认购港骏出行控股有限公司新股的议案》。"
          "公司与港骏出行控股有限公司（以下简称“港骏出行”）于同日签署《股份认购协议》。"
          "本次认购完成后，公司将持有港骏出行约8.00%的已发行股份。"
          "同日，公司与港骏出行签署《战略合作框架协议》，双方将在粤港澳大湾区跨境网约车等领域开展合作。"),
    ("p", "公司全资子公司驰云智行（香港）有限公司将负责与港骏出行合作项目在香港的车队运营。"
          "本次交易对方港骏出行与公司控股股东、实际控制人及董事、监事、高级管理人员不存在关联关系。"),
    ("h", "二、交易对方基本情况"),
    ("p", "港骏出行为一家于开曼群岛注册成立的有限公司，其股份于香港联合交易所有限公司主板上市。"
          "港骏出行主要在香港及华南地区经营网约车平台、车队管理及汽车租赁业务。"
          "截至2024年12月31日，港骏出行经审计总资产为52.3亿港元，2024年度收入为31.8亿港元。"),
    PAGE,
    ("h", "三、日常经营重大合同情况"),
    ("p", "公司与华途租车有限公司签订《车队智能调度平台服务协议》。"
          "根据协议，公司将在三年内向华途租车提供车队智能调度及动态定价系统服务，合同总金额为人民币12,600万元。"
          "华途租车与公司不存在关联关系，最近三个会计年度与公司未发生类似交易。"),
    ("p", "为满足上述项目及自有车队的设备需求，公司拟向车联智能股份有限公司采购车载AI边缘计算终端。"
          "本次采购数量不超过12万台，采购金额不超过人民币36,000万元。"
          "公司与深圳星图算力科技有限公司续签《算力服务协议》，年服务费不超过人民币4,800万元。"),
    ("h", "四、资金来源及授信情况"),
    ("p", "本次认购资金来源于公司自有资金。"
          "公司已获得宁远银行股份有限公司深圳分行人民币80,000万元的综合授信额度，期限三年。"
          "上述授信不涉及公司资产抵押。"),
    ("h", "五、股东情况及其他说明"),
    ("p", "截至本公告披露日，Orvane Semiconductor, Inc.（奥维恩半导体）持有公司6.15%的股份。"
          "奥维恩半导体为公司持股5%以上股东，但未向公司委派董事。"
          "立衡会计师事务所（特殊普通合伙）对驰云智行2024年度财务报表出具了标准无保留意见的审计报告。"),
    ("p", "在车队智能调度领域，公司主要竞争对手包括途达出行科技有限公司及鸿程智联股份有限公司等。"
          "驰云智行目前未与途达出行就任何股权合作事项进行接洽，相关市场传闻不属实。"),
    ("h", "六、风险提示"),
    ("p", "本次认购及合同履行可能受到宏观经济、行业政策、汇率波动等因素影响。"
          "敬请广大投资者理性投资，注意投资风险。"),
    ("h", "七、备查文件"),
    ("p", "1、第三届董事会第十九次会议决议；2、《股份认购协议》；3、《战略合作框架协议》。"),
    ("p", "特此公告。"),
    ("p", "驰云智行科技股份有限公司董事会"),
    ("p", "2025年10月21日"),
]

GANGJUN_ANNOUNCEMENT = [
    ("small", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。"),
    ("small", "對其準確性或完整性亦不發表任何聲明。"),
    ("title", "港駿出行控股有限公司"),
    ("title", "GANGJUN MOBILITY HOLDINGS LIMITED"),
    ("small", "（於開曼群島註冊成立的有限公司）（股份代號：2839）"),
    ("title", "須予披露交易"),
    ("title", "收購華途租車有限公司60%股權及根據一般授權認購新股份"),
    ("h", "收購事項"),
    ("p", "董事會欣然宣佈，於2025年10月20日（交易時段後），本公司與賣方訂立買賣協議。"
          "本公司有條件同意向上海華嶺投資有限公司收購華途租車有限公司60%股權，代價為人民幣480,000,000元。"
          "於本公告日期，華途租車由賣方上海華嶺投資有限公司全資擁有。"
          "於完成後，華途租車將成為本公司的非全資附屬公司，其財務業績將併入本集團的綜合財務報表。"),
    ("h", "認購事項"),
    ("p", "於同日，本公司與馳雲智行科技股份有限公司（「認購方」）訂立認購協議。"
          "根據認購協議，馳雲智行有條件同意以總額312,000,000港元認購150,000,000股新股份。"
          "緊隨完成後，馳雲智行將持有本公司經擴大已發行股本約8.00%。"
          "本公司亦與馳雲智行訂立戰略合作框架協議，雙方將於大灣區跨境網約車及車隊智能調度方面合作。"),
    ("h", "上市規則的涵義"),
    ("p", "由於有關收購事項的一項或多項適用百分比率超過5%但均低於25%，收購事項構成本公司的須予披露交易。"
          "因此須遵守上市規則第十四章的通知及公告規定，但獲豁免遵守股東批准規定。"
          "認購股份將根據一般授權配發及發行，毋須股東批准。"),
    PAGE,
    ("h", "買賣協議"),
    ("p", "日期：2025年10月20日。"
          "訂約方：(i)本公司（作為買方）；及(ii)上海華嶺投資有限公司（作為賣方）。"
          "代價乃經訂約方參考獨立估值師所評估目標公司於2025年6月30日的市場價值後公平磋商釐定。"
          "代價將分三期以現金支付，其中40%於完成時支付。"
          "收購代價中人民幣200,000,000元將以永泰銀行有限公司提供的三年期定期貸款支付，餘額以本集團內部資源支付。"),
    ("h", "有關目標公司的資料"),
    ("p", "華途租車為一家於中國成立的有限公司，在廣東、廣西及福建經營約18,000輛汽車的短租及長租業務。"
          "華途租車在華南的主要競爭對手包括速馳租車有限公司及安途汽車租賃有限公司。"
          "截至2024年12月31日止年度，目標公司除稅後純利約為人民幣61,200,000元。"),
    ("h", "進行收購事項及認購事項的理由及裨益"),
    ("p", "董事認為，收購事項將令本集團可將網約車平台的需求直接配對自有租賃車隊，提高車輛使用率。"
          "認購事項將擴大本公司的股東基礎，並為收購事項提供部分資金。"
          "董事（包括獨立非執行董事）認為，協議條款屬公平合理，並符合本公司及股東的整體利益。"),
    ("h", "一般資料"),
    ("p", "德昇融資有限公司已獲委任為港駿出行有關收購事項及認購事項的財務顧問。"
          "據董事作出一切合理查詢後所深知，賣方、認購方及其最終實益擁有人均為獨立第三方。"
          "由於收購事項及認購事項須待先決條件獲達成後方告完成，股東及潛在投資者於買賣股份時務請審慎行事。"),
    ("p", "承董事會命"),
    ("p", "港駿出行控股有限公司"),
    ("p", "主席兼執行董事　梁振邦"),
    ("p", "香港，2025年10月20日"),
    ("small", "於本公告日期，董事會包括執行董事梁振邦先生及何詠欣女士；以及獨立非執行董事陳國樑先生、蘇美琪女士及黃啟文先生。"),
]


# --------------------------------------------------------------------------
# Font preparation
# --------------------------------------------------------------------------

def cff_to_truetype(font):
    """Replace the CFF outlines of an OpenType font with quadratic glyf outlines."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        width, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (width, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    maxp.compile(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def extract_cjk_face(index, text, out_path):
    """Subset face `index` of the Noto CJK collection to `text` and save it as TrueType."""
    font = TTCollection(CJK_TTC).fonts[index]
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    subsetter = Subsetter(options=options)
    subsetter.populate(text=text + "0123456789")
    subsetter.subset(font)
    cff_to_truetype(font)
    font.save(out_path)


# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------

def all_text(blocks):
    return "".join(b[1] for b in blocks if b != PAGE)


def chinese_lines(text):
    """Split text into sentences that end with 。 (other text stays whole)."""
    parts, current = [], ""
    for ch in text:
        current += ch
        if ch == "。":
            parts.append(current)
            current = ""
    if current:
        parts.append(current)
    return parts


def write_english(blocks, path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for block in blocks:
        if block == PAGE:
            pdf.add_page()
            continue
        kind, text = block
        if kind == "title":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.ln(2)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font("Helvetica", "", 8)
            pdf.multi_cell(0, 4.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(path)


def write_chinese(blocks, path, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("NotoCJK", "", font_path)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    sizes = {"title": 14, "h": 11, "small": 8.5, "p": 10}
    for block in blocks:
        if block == PAGE:
            pdf.add_page()
            continue
        kind, text = block
        if kind == "h":
            pdf.ln(2)
        for line in chinese_lines(text):
            size = sizes[kind]
            pdf.set_font("NotoCJK", "", size)
            while pdf.get_string_width(line) > width and size > 6:
                size -= 0.5
                pdf.set_font("NotoCJK", "", size)
            align = "C" if kind in ("title", "small") else "L"
            pdf.cell(width, size * 0.62, line, align=align, new_x="LMARGIN", new_y="NEXT")
        if kind == "p":
            pdf.ln(2)
    pdf.output(path)


def main():
    tmp = tempfile.mkdtemp(prefix="cjk_")
    try:
        sc_font = os.path.join(tmp, "NotoSansCJKsc-subset.ttf")
        tc_font = os.path.join(tmp, "NotoSansCJKtc-subset.ttf")
        extract_cjk_face(FACE_SC, all_text(CHIYUN_GONGGAO), sc_font)
        extract_cjk_face(FACE_TC, all_text(GANGJUN_ANNOUNCEMENT), tc_font)
        write_chinese(CHIYUN_GONGGAO, os.path.join(HERE, "03_Chiyun_A-share_announcement.pdf"), sc_font)
        write_chinese(GANGJUN_ANNOUNCEMENT, os.path.join(HERE, "04_Gangjun_HKEX_disclosable_transaction.pdf"),
                      tc_font)
        write_english(CARROWIND_10Q, os.path.join(HERE, "06_Carrowind_10-Q.pdf"))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
