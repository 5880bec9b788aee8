"""Build the three PDF documents of this evaluation set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py

English text is set in Helvetica and wrapped at spaces by fpdf2. Chinese text is set in
Noto Sans CJK (SC or TC face). fpdf2 cannot read the .ttc collection, so the face is
extracted with fontTools, subset to the characters used, converted from CFF to TrueType
outlines and written to a temporary directory that is removed when the build finishes.
Chinese lines are broken only after a full stop (。).
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
ASCII = "".join(chr(code) for code in range(32, 127))


# ---------------------------------------------------------------------------
# Document 02: HKEX Chapter 18C prospectus excerpt (Traditional Chinese)
# ---------------------------------------------------------------------------
DOC02 = [
    ("title", "瀚思智能科技股份有限公司"),
    ("title", "HANSI INTELLIGENCE TECHNOLOGY CO., LTD."),
    ("kv", "（於中華人民共和國註冊成立的股份有限公司）"),
    ("kv", "股份代號：2597"),
    ("h", "全球發售　招股章程（節錄）"),
    ("kv", "全球發售的發售股份數目：60,000,000股H股（視乎超額配股權行使與否而定）"),
    ("kv", "香港發售股份數目：6,000,000股H股（可予重新分配）"),
    ("kv", "國際發售股份數目：54,000,000股H股（可予重新分配）"),
    ("kv", "最高發售價：每股H股78.00港元，另加1.0%經紀佣金、0.0027%證監會交易徵費及0.00565%聯交所交易費"),
    ("kv", "面值：每股H股人民幣1.00元"),
    ("kv", "聯席保薦人、整體協調人、聯席全球協調人：嘉庭融資有限公司　恒昇證券有限公司"),
    ("h", "重要提示"),
    ("p", "香港交易及結算所有限公司及香港聯合交易所有限公司對本招股章程的內容概不負責。"
          "兩者對本招股章程的準確性或完整性亦不發表任何聲明。"
          "兩者並明確表示，概不就因本招股章程全部或任何部分內容而產生或因依賴該等內容而引致的任何損失承擔任何責任。"
          "閣下如對本招股章程的任何內容有任何疑問，應徵詢獨立專業意見。"
          "本公司為上市規則第十八C章所界定的特專科技公司，投資者應注意其中涉及的特定風險。"
          "本文件為招股章程節錄，僅供參考，並不構成出售或招攬購買任何證券的要約。"
          "本招股章程日期為2025年11月14日。"),
    ("h", "概要"),
    ("p", "本公司是一家專注於多模態大模型及行業智能體的人工智能企業，總部位於浙江省杭州市。"
          "本公司的核心產品「瀚海」系列模型主要為金融、製造及公共服務行業客戶提供模型訓練與推理服務。"
          "截至2024年12月31日止年度，本集團收入為人民幣1,284.6百萬元，較上一年度增長118.3%。"
          "由於持續投入研發及算力，本集團於往績記錄期間錄得淨虧損，並預期短期內仍將錄得虧損。"),
    ("p", "本公司主要經營實體為瀚思（杭州）智能科技有限公司，該公司為本公司的全資附屬公司。"
          "根據衡策諮詢編製的行業報告，按2024年收入計，本集團在中國金融行業大模型解決方案市場排名第三。"
          "衡策諮詢的報告顯示，明鏡智能為該市場最大的參與者，其亦為按第十八C章上市的特專科技公司。"),
    ("h", "歷史、發展及上市前投資"),
    ("p", "本公司的前身於2019年3月在杭州成立，並於2024年8月改制為股份有限公司。"
          "自成立以來，本公司已完成五輪上市前投資，累計募集資金約人民幣3,260百萬元。"
          "截至最後實際可行日期，長衡資本管理有限公司持有本公司已發行股份總數約8.62%，為本公司主要股東之一。"
          "長衡資本的上市前投資已按聯交所發佈的相關指引完成，其所持股份須遵守上市後的禁售安排。"),
    ("h", "與主要供應商的關係"),
    ("p", "本集團的模型訓練及推理業務依賴高性能人工智能加速芯片及雲端算力。"
          "於往績記錄期間，天樞芯算科技股份有限公司為本集團人工智能推理芯片的主要供應商。"
          "於2024年，本集團向天樞芯算採購推理加速卡的金額為人民幣312.4百萬元，佔採購總額的27.6%。"
          "星衍雲計算有限公司向本集團提供GPU雲端算力租賃服務，2024年相關採購額為人民幣205.7百萬元。"
          "董事確認，本集團與上述供應商的交易均按一般商業條款進行。"
          "除本節所披露者外，概無董事或其緊密聯繫人於本集團五大供應商中擁有任何權益。"),
    ("h", "基石投資者"),
    ("p", "本公司已與下列基石投資者訂立基石投資協議。"
          "根據該等協議，基石投資者已同意按發售價認購可以合共投資金額購買的發售股份數目。"
          "假設發售價為每股H股78.00港元，基石投資者將認購合共11,500,000股H股。"
          "該等股份約佔發售股份的19.17%，約佔緊隨全球發售完成後已發行股份總數的4.11%。"),
    ("table", [70, 38, 34, 40], [
        ["基石投資者", "投資金額（港元）", "發售股份數目", "佔發售股份概約百分比"],
        ["長衡資本管理有限公司", "390,000,000", "5,000,000", "8.33%"],
        ["天樞芯算（香港）有限公司", "234,000,000", "3,000,000", "5.00%"],
        ["Pinecrest Sovereign Holdings Limited", "156,000,000", "2,000,000", "3.33%"],
        ["澄峰資本有限公司", "117,000,000", "1,500,000", "2.50%"],
        ["合計", "897,000,000", "11,500,000", "19.17%"],
    ]),
    ("note", "附註：上表假設超額配股權未獲行使，百分比數字經四捨五入調整。"),
    ("h", "有關基石投資者的資料"),
    ("p", "長衡資本管理有限公司是一家於香港註冊成立的資產管理公司，管理資產規模約為320億美元。"
          "天樞香港為天樞芯算科技股份有限公司的全資附屬公司，後者於上海證券交易所科創板上市。"
          "天樞香港主要從事海外銷售及產業投資業務，其認購資金來自自有資金。"
          "Pinecrest Sovereign Holdings Limited由一家主權財富基金全資擁有，總部位於新加坡。"
          "澄峰資本有限公司是一家專注於科技成長型投資的私募股權基金管理人，總部位於香港。"
          "長衡資本、澄峰資本及Pinecrest彼此之間概無關連，亦無就投資本公司採取一致行動。"),
    ("h", "禁售期"),
    ("p", "各基石投資者已同意，自上市日期起計六個月內，不會直接或間接出售其根據基石投資協議購買的任何H股。"
          "基石投資者可在若干有限情況下將股份轉讓予其全資附屬公司，惟受讓人須同樣受禁售限制約束。"),
    ("h", "所得款項用途"),
    ("p", "假設發售價為每股H股78.00港元，本公司估計全球發售所得款項淨額約為4,486.2百萬港元。"
          "本公司擬將約45%用於基礎模型研發，約30%用於採購算力及芯片，約15%用於商業化拓展，約10%用作營運資金。"),
    ("h", "參與全球發售的各方"),
    ("p", "嘉庭融資有限公司及恒昇證券有限公司為本次全球發售的聯席保薦人。"
          "本公司有關香港法律的法律顧問為韋思德律師事務所，聯席保薦人有關香港法律的法律顧問為簡明律師行。"
          "申報會計師為羅德信會計師事務所。"),
    ("h", "釋義"),
    ("table", [34, 148], [
        ["「本公司」", "瀚思智能科技股份有限公司"],
        ["「瀚思杭州」", "瀚思（杭州）智能科技有限公司，本公司的全資附屬公司"],
        ["「天樞芯算」", "天樞芯算科技股份有限公司（上海證券交易所科創板上市，股份代號：688917）"],
        ["「天樞香港」", "天樞芯算（香港）有限公司"],
        ["「星衍雲」", "星衍雲計算有限公司"],
        ["「長衡資本」", "長衡資本管理有限公司"],
        ["「澄峰資本」", "澄峰資本有限公司"],
        ["「Pinecrest」", "Pinecrest Sovereign Holdings Limited"],
        ["「衡策諮詢」", "衡策諮詢有限公司，獨立行業顧問"],
    ]),
]


# ---------------------------------------------------------------------------
# Document 04: SPAC merger proxy statement/prospectus excerpt (English)
# ---------------------------------------------------------------------------
DOC04 = [
    ("note", "PRELIMINARY PROXY STATEMENT/PROSPECTUS - SUBJECT TO COMPLETION, DATED DECEMBER 8, 2025"),
    ("note", "The information in this proxy statement/prospectus is not complete and may be changed. "
             "These securities may not be sold until the registration statement filed with the Securities "
             "and Exchange Commission is effective."),
    ("title", "HALCYON ACQUISITION CORP."),
    ("kv", "PROXY STATEMENT FOR EXTRAORDINARY MEETING OF STOCKHOLDERS"),
    ("kv", "AND PROSPECTUS FOR 145,000,000 SHARES OF CLASS A COMMON STOCK"),
    ("p", "Dear Halcyon Stockholders: You are cordially invited to attend a special meeting of the stockholders "
          "of Halcyon Acquisition Corp. to be held on January 28, 2026 at 10:00 a.m., Eastern Time, in virtual "
          "format. At the meeting you will be asked to consider and vote upon a proposal to approve the Business "
          "Combination described in this proxy statement/prospectus and related proposals."),
    ("p", "Neither the Securities and Exchange Commission nor any state securities commission has approved or "
          "disapproved of the securities to be issued under this proxy statement/prospectus or determined if "
          "this proxy statement/prospectus is accurate or adequate. Any representation to the contrary is a "
          "criminal offense."),
    ("h", "SUMMARY OF THE PROXY STATEMENT/PROSPECTUS"),
    ("h2", "Parties to the Business Combination"),
    ("p", "Halcyon Acquisition Corp. (\"Halcyon\") is a blank check company incorporated in Delaware on June 14, "
          "2023 for the purpose of effecting a merger, share exchange, asset acquisition, stock purchase, "
          "reorganization or similar business combination with one or more businesses. Halcyon completed its "
          "initial public offering in March 2024, raising gross proceeds of $287,500,000, which were placed in "
          "a trust account. Halcyon's Class A common stock and warrants are listed on Nasdaq under the symbols "
          "\"HLCN\" and \"HLCNW\"."),
    ("p", "Halcyon Merger Sub, Inc. is a Delaware corporation and a wholly owned subsidiary of Halcyon formed "
          "solely for the purpose of effecting the Business Combination. Merger Sub has no assets or operations "
          "other than those incidental to its formation and to the Business Combination."),
    ("p", "Quillmark Intelligence, Inc. (\"Quillmark\") is a Delaware corporation headquartered in Boston, "
          "Massachusetts that develops AI agents for document-intensive workflows in insurance, legal services "
          "and financial services. For the year ended December 31, 2024, Quillmark recorded revenue of $74.2 "
          "million and a net loss of $38.9 million. Quillmark obtains substantially all of the GPU capacity used "
          "to serve its customers from a single third-party cloud provider under a three-year capacity "
          "commitment, and the loss of that provider could materially disrupt Quillmark's operations."),
    ("h2", "The Merger Agreement"),
    ("p", "On September 29, 2025, Halcyon, Merger Sub and Quillmark entered into an Agreement and Plan of Merger "
          "(the \"Merger Agreement\"), under which Merger Sub will merge with and into Quillmark, with Quillmark "
          "surviving the merger. Pursuant to the Merger Agreement, Halcyon will acquire Quillmark for aggregate "
          "consideration of $1,450,000,000, payable entirely in newly issued shares of Halcyon Class A common "
          "stock valued at $10.00 per share. The Closing is conditioned on, among other things, approval by "
          "Halcyon stockholders, the effectiveness of the registration statement and Halcyon having at least "
          "$150,000,000 of available cash at the Closing."),
    ("h2", "PIPE Investment"),
    ("p", "Concurrently with the execution of the Merger Agreement, Halcyon entered into subscription agreements "
          "(the \"Subscription Agreements\") with certain investors (the \"PIPE Investors\") for an aggregate of "
          "19,500,000 shares of Class A common stock at $10.00 per share, for aggregate gross proceeds of "
          "$195,000,000 (the \"PIPE Investment\"). The PIPE Investors have agreed not to transfer the PIPE shares "
          "for six months after the Closing."),
    ("table", [100, 40, 42], [
        ["PIPE Investor", "Shares", "Purchase Price"],
        ["Sentinel Mutual Life Insurance Company", "12,000,000", "$120,000,000"],
        ["Corvane Compute, Inc.", "7,500,000", "$75,000,000"],
        ["Total", "19,500,000", "$195,000,000"],
    ]),
    ("p", "Fairmont Stiles LLC and Vantor & Co. acted as placement agents for the PIPE Investment. Arcwell "
          "Semiconductor, Inc. has not committed to invest in Halcyon in connection with the Business "
          "Combination and is not a party to any Subscription Agreement."),
    ("h2", "Interests of the Sponsor and Halcyon's Directors and Officers"),
    ("p", "Halcyon Sponsor LLC (the \"Sponsor\") is a wholly owned subsidiary of Talbot Peak Capital, L.P., a "
          "private investment firm based in Chicago, Illinois. The Sponsor currently holds 7,187,500 Founder "
          "Shares, representing 20.0% of Halcyon's issued and outstanding shares. If the Business Combination "
          "is not completed by March 19, 2026, the Founder Shares would expire worthless because the Sponsor "
          "has waived its right to liquidating distributions from the trust account. These interests may have "
          "influenced the Halcyon Board in approving the Business Combination."),
    ("h2", "Ownership of Quillmark"),
    ("p", "Based on Quillmark's capitalization as of November 30, 2025, Brightwater Ventures Fund III, L.P. holds "
          "approximately 22.6% of Quillmark's outstanding capital stock on a fully diluted basis. Arcwell "
          "Ventures LLC holds approximately 14.2% of Quillmark's outstanding capital stock on the same basis. "
          "Arcwell Ventures LLC is the corporate venture arm and a wholly owned subsidiary of Arcwell "
          "Semiconductor, Inc. No holder of Quillmark capital stock will have the right to designate a "
          "director of Halcyon after the Closing other than as described under \"Management After the "
          "Business Combination.\""),
    ("h2", "Indebtedness"),
    ("p", "Quillmark has $60.0 million outstanding under a venture loan facility with Sablewood Credit Partners "
          "LP, which will remain outstanding following the Closing. The facility bears interest at SOFR plus "
          "6.25% and matures in June 2028."),
    ("h2", "Opinion of Halcyon's Financial Advisor"),
    ("p", "Crosshaven Partners LLC rendered its oral opinion to the Halcyon Board, subsequently confirmed in "
          "writing, that the merger consideration was fair, from a financial point of view, to Halcyon. In its "
          "analysis, Crosshaven reviewed selected publicly traded companies, including Lumenforge AI, Inc., "
          "Veyra Labs, Inc. and Norrland AI AB, none of which is identical to Quillmark."),
    ("table", [100, 40, 42], [
        ["Selected company", "EV / 2026E revenue", "EV / 2027E revenue"],
        ["Lumenforge AI, Inc.", "28.1x", "17.9x"],
        ["Veyra Labs, Inc.", "19.4x", "13.2x"],
        ["Norrland AI AB", "9.8x", "7.1x"],
        ["Median", "19.4x", "13.2x"],
    ]),
    ("p", "Crosshaven will receive a fee of $4.5 million, of which $3.5 million is contingent on the Closing. "
          "Ruskin Vale LLP and Kellerman Adair LLP have acted as legal counsel to the parties in connection "
          "with the Business Combination."),
    ("h2", "Redemption Rights"),
    ("p", "Holders of public shares may demand that Halcyon redeem their public shares for a pro rata portion of "
          "the trust account, which was approximately $10.42 per share as of November 30, 2025. A public "
          "stockholder may exercise redemption rights whether it votes for or against the Business Combination "
          "proposal, or does not vote at all. Redemption requests must be submitted at least two business days "
          "before the special meeting."),
    ("h2", "Cautionary Note Regarding Forward-Looking Statements"),
    ("p", "This proxy statement/prospectus contains forward-looking statements, including statements about "
          "the anticipated benefits of the Business Combination, the level of redemptions, and the future "
          "financial performance of the combined company. These statements are based on current expectations "
          "and are subject to risks and uncertainties, including the risk that the Business Combination is not "
          "completed, that the combined company cannot obtain sufficient compute capacity, and that its "
          "customers reduce spending on AI products. Halcyon undertakes no obligation to update these "
          "statements except as required by law."),
]


# ---------------------------------------------------------------------------
# Document 05: STAR Market private placement result announcement (Simplified Chinese)
# ---------------------------------------------------------------------------
DOC05 = [
    ("kv", "证券代码：688917　　证券简称：天枢芯算　　公告编号：2026-007"),
    ("title", "天枢芯算科技股份有限公司"),
    ("title", "关于向特定对象发行A股股票发行结果暨股本变动的公告"),
    ("p", "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。"
          "本公司董事会及全体董事对公告内容的真实性、准确性和完整性依法承担法律责任。"),
    ("h", "重要内容提示："),
    ("kv", "发行数量：43,750,000股人民币普通股（A股）"),
    ("kv", "发行价格：80.00元/股"),
    ("kv", "募集资金总额：人民币3,500,000,000.00元"),
    ("kv", "募集资金净额：人民币3,468,215,600.00元"),
    ("p", "本次发行新增股份已于2026年1月19日在中国证券登记结算有限责任公司上海分公司办理完毕登记托管手续。"
          "本次发行对象认购的股票自发行结束之日起六个月内不得转让。"
          "本次发行不会导致公司控制权发生变化，公司控股股东仍为天枢控股有限公司。"),
    ("h", "一、本次发行概况"),
    ("h2", "（一）本次发行履行的相关程序"),
    ("p", "2025年6月12日，公司第三届董事会第九次会议审议通过了本次向特定对象发行A股股票的相关议案。"
          "2025年6月30日，公司2025年第一次临时股东大会审议通过了本次发行的相关议案。"
          "2025年10月22日，上海证券交易所上市审核中心审核通过了公司本次发行的申请。"
          "2025年11月27日，公司收到中国证监会同意本次发行注册的批复（证监许可〔2025〕2871号）。"),
    ("h2", "（二）发行价格及定价依据"),
    ("p", "本次发行的定价基准日为发行期首日，即2025年12月29日。"
          "发行价格不低于定价基准日前二十个交易日公司股票交易均价的80%，即不低于78.62元/股。"
          "根据投资者申购报价情况，并严格按照认购邀请书确定的程序和规则，确定本次发行价格为80.00元/股。"),
    ("h2", "（三）发行对象及获配情况"),
    ("p", "本次发行对象最终确定为5名，均以现金方式认购本次发行的股票。"),
    ("table", [12, 72, 36, 36, 26], [
        ["序号", "发行对象名称", "获配股数（股）", "获配金额（万元）", "限售期（月）"],
        ["1", "华岳产业投资基金（有限合伙）", "15,000,000", "120,000.00", "6"],
        ["2", "星衍云计算有限公司", "10,000,000", "80,000.00", "6"],
        ["3", "长衡资本管理有限公司（QFII）", "7,500,000", "60,000.00", "6"],
        ["4", "睿川资产管理有限公司", "5,000,000", "40,000.00", "6"],
        ["5", "宁湖私募基金管理有限公司", "6,250,000", "50,000.00", "6"],
        ["合计", "-", "43,750,000", "350,000.00", "-"],
    ]),
    ("p", "本次发行对象星衍云计算有限公司为公司2024年度第二大客户，主要采购公司“天枢T7”系列推理芯片及加速卡。"
          "除星衍云计算有限公司外，其他发行对象与公司最近一年均不存在重大交易。"
          "发行对象与公司控股股东、实际控制人、董事、监事、高级管理人员不存在关联关系。"
          "华岳产业投资基金（有限合伙）与睿川资产管理有限公司之间不存在关联关系或一致行动关系。"),
    ("h", "二、本次发行前后公司股本结构变动情况"),
    ("p", "本次发行前，公司总股本为368,000,000股；本次发行完成后，公司总股本增加至411,750,000股。"
          "本次发行前，控股股东天枢控股有限公司持有公司115,772,800股股份，占公司总股本的31.46%。"
          "本次发行完成后，天枢控股有限公司的持股比例降至28.12%，仍为公司控股股东。"
          "本次发行完成后，星衍云计算有限公司将持有公司10,000,000股股份，占发行后总股本的2.43%。"),
    ("table", [52, 34, 24, 34, 24], [
        ["股份类型", "发行前（股）", "比例", "发行后（股）", "比例"],
        ["有限售条件股份", "0", "0.00%", "43,750,000", "10.63%"],
        ["无限售条件股份", "368,000,000", "100.00%", "368,000,000", "89.37%"],
        ["股份总数", "368,000,000", "100.00%", "411,750,000", "100.00%"],
    ]),
    ("h", "三、募集资金用途"),
    ("p", "本次发行募集资金总额扣除发行费用后，将用于以下项目。"),
    ("table", [12, 96, 37, 37], [
        ["序号", "项目名称", "投资总额（万元）", "拟使用募集资金（万元）"],
        ["1", "新一代大模型推理芯片研发及产业化项目", "236,500.00", "180,000.00"],
        ["2", "向全资子公司天枢芯算（香港）有限公司增资", "80,000.00", "80,000.00"],
        ["3", "补充流动资金", "90,000.00", "90,000.00"],
        ["合计", "-", "406,500.00", "350,000.00"],
    ]),
    ("p", "天枢芯算（香港）有限公司为公司全资子公司，增资资金将用于海外销售及技术支持网络建设以及产业链投资。"
          "在本次募集资金到位前，公司可根据项目进度以自筹资金先行投入，并在募集资金到位后予以置换。"),
    ("h", "四、本次发行的相关中介机构"),
    ("p", "本次发行的保荐人（主承销商）为中岳证券股份有限公司，发行人律师为北京衡信律师事务所。"
          "立诚会计师事务所（特殊普通合伙）已于2026年1月16日出具《天枢芯算科技股份有限公司验资报告》。"),
    ("h", "五、风险提示"),
    ("p", "公司所处的人工智能芯片行业技术迭代较快，下游客户集中度较高。"
          "燧明科技、启衡微电子等国内厂商亦在加快推出同类推理芯片产品，市场竞争日趋激烈。"
          "本次发行完成后，公司总股本和净资产规模有所增加，短期内可能导致每股收益和净资产收益率被摊薄。"
          "敬请广大投资者注意投资风险。"),
    ("p", "特此公告。"),
    ("right", "天枢芯算科技股份有限公司董事会"),
    ("right", "2026年1月20日"),
]


def collect_text(blocks):
    """All characters used by a list of blocks (for font subsetting)."""
    parts = []
    for block in blocks:
        if block[0] == "table":
            parts.extend(cell for row in block[2] for cell in row)
        else:
            parts.append(block[1])
    return "".join(parts)


def make_cjk_ttf(face_index, text, out_path):
    """Extract one face of the Noto CJK collection as a subset TrueType font."""
    font = TTCollection(TTC_PATH).fonts[face_index]
    options = subset.Options()
    options.desubroutinize = True
    options.layout_features = []
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quadratic = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err=1.0, reverse_direction=True))
        quadratic[name] = tt_pen.glyph()

    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quadratic
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]

    hmtx = font["hmtx"]
    for name, glyph in quadratic.items():
        glyph.recalcBounds(glyf)
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, getattr(glyph, "xMin", 0))

    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(glyph_order)
    maxp.maxZones = 1
    for field in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
                  "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                  "maxComponentDepth"):
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out_path)


class Document(FPDF):
    """A4 document with a centred page footer."""

    def __init__(self, family, footer_format):
        super().__init__(format="A4")
        self.body_family = family
        self.footer_format = footer_format
        self.set_margins(14, 16, 14)
        self.set_auto_page_break(True, margin=18)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.body_family, size=8)
        self.cell(0, 5, self.footer_format.format(self.page_no()), align="C")


def cjk_lines(pdf, text):
    """Pack whole sentences into lines; a line may only end after a full stop."""
    lines = []
    current = ""
    for sentence in re.findall(r"[^。]+。?", text):
        if pdf.get_string_width(current + sentence) <= pdf.epw:
            current += sentence
            continue
        if pdf.get_string_width(sentence) > pdf.epw:
            raise ValueError(f"sentence wider than the page: {sentence}")
        lines.append(current)
        current = sentence
    if current:
        lines.append(current)
    return lines


def fit_check(pdf, text, width):
    if pdf.get_string_width(text) > width - 1:
        raise ValueError(f"text does not fit its cell ({width} mm): {text}")


def render(pdf, blocks, cjk):
    family = pdf.body_family
    line_height = 5.2 if cjk else 4.6
    for block in blocks:
        kind = block[0]
        if kind == "title":
            pdf.set_font(family, size=13)
            fit_check(pdf, block[1], pdf.epw)
            pdf.cell(0, 8, block[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind in ("h", "h2"):
            pdf.ln(2)
            pdf.set_font(family, "" if cjk else "B", size=11 if kind == "h" else 9.5)
            fit_check(pdf, block[1], pdf.epw)
            pdf.cell(0, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind in ("kv", "right"):
            pdf.set_font(family, size=8.5 if cjk else 9)
            fit_check(pdf, block[1], pdf.epw)
            align = "R" if kind == "right" else ("L" if cjk else "C")
            pdf.cell(0, line_height, block[1], align=align, new_x="LMARGIN", new_y="NEXT")
        elif kind == "note":
            pdf.set_font(family, size=7.5)
            if cjk:
                for line in cjk_lines(pdf, block[1]):
                    pdf.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 4, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(family, size=8.5 if cjk else 9)
            if cjk:
                for line in cjk_lines(pdf, block[1]):
                    pdf.cell(0, line_height, line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, line_height, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            widths, rows = block[1], block[2]
            if pdf.get_y() + 6 * len(rows) > pdf.page_break_trigger:
                pdf.add_page()
            pdf.ln(1)
            for row_index, row in enumerate(rows):
                pdf.set_font(family, "" if cjk or row_index else "B", size=8.5)
                for width, text in zip(widths, row):
                    fit_check(pdf, text, width)
                    pdf.cell(width, 6, text, border="B")
                pdf.ln(6)
            pdf.ln(2)
        else:
            raise ValueError(f"unknown block kind: {kind}")


def build_english(name, blocks):
    # Helvetica is a Latin-1 core font: fail early on any character it cannot show.
    collect_text(blocks).encode("latin-1")
    pdf = Document("helvetica", "Page {}")
    pdf.add_page()
    render(pdf, blocks, cjk=False)
    pdf.output(os.path.join(HERE, name))


def build_chinese(name, blocks, face_index, footer_format, workdir):
    text = collect_text(blocks) + footer_format + "0123456789" + ASCII
    font_path = os.path.join(workdir, f"face{face_index}.ttf")
    make_cjk_ttf(face_index, text, font_path)
    pdf = Document("notocjk", footer_format)
    pdf.add_font("notocjk", fname=font_path)
    pdf.add_page()
    render(pdf, blocks, cjk=True)
    pdf.output(os.path.join(HERE, name))


def main():
    build_english("04_Halcyon_SPAC_merger_proxy.pdf", DOC04)
    with tempfile.TemporaryDirectory() as workdir:
        build_chinese("02_Hansi_HKEX_18C_prospectus.pdf", DOC02, FACE_TC, "－ {} －", workdir)
        build_chinese("05_Tianshu_STAR_private_placement.pdf", DOC05, FACE_SC, "第 {} 页", workdir)
    print("built 3 PDFs")


if __name__ == "__main__":
    main()
