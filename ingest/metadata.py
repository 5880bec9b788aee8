"""Document metadata detected from the text itself: company and ticker, type, period, date, language.

Everything here is a heuristic over the first pages, written to be right on ordinary filings,
releases, transcripts and news, and to say nothing (an empty string, or 'other') rather than guess
wildly. The title and the opening count most.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from analyst.graph.entities import FORMS, investor_self, zh_name_start
from analyst.lexicon import LEGAL_FORMS, Lexicon, out_of_capitals, strip_suffix, zh_unplaced
from analyst.text import detect_language, find_date, find_periods, to_simplified
from analyst.types import LoadedDocument

_TICKER = re.compile(r"\((?:NASDAQ|Nasdaq|NYSE|NYSE American|NYSE Arca|TSX|TSXV|LSE|HKEX|SEHK|TSE|ASX|OTC|IDX|SGX|Bursa|KRX|KOSDAQ|TWSE|TPEx|BIT|SIX|JSE|BMV|NSE|BSE|NZX|SET|PSE|TASE|"
                     r"Euronext(?: Paris| Amsterdam| Brussels| Milan| Oslo)?|Nasdaq (?:Helsinki|Stockholm|Copenhagen)|Oslo Børs|XETRA|BME|B3|Bahrain Bourse|Tadawul|Saudi Exchange|ADX|DFM|QSE|Boursa Kuwait|MSX|BVC|Santiago Stock Exchange|Bolsa de Santiago)\s*[:：]\s*([A-Z][A-Z0-9.]{0,6})\)")
# a cover's "Nasdaq Global Select Market: CRVN" (no brackets), only near the top
_TICKER_LINE = re.compile(r"\b(?:Nasdaq(?:\s+(?:Global\s+Select|Global|Capital))?\s+Market|New York Stock Exchange|NYSE|Nasdaq)\s*[:：]\s*([A-Z]{1,6})\b")
_ZH_CODE = re.compile(r"[（(](\d{6}\.(?:SH|SZ|BJ)|\d{4,5}\.(?:HK|TW|TWO))[）)]")  # "澜芯微电子（688417.SH）" heading a note on it
_ZH_TICKER = re.compile(r"[（(][^（）()]{0,30}?(?:纳斯达克|纽交所|港交所|上交所|深交所)(?:股票)?(?:代码)?[:：]?\s*([A-Z0-9.]{1,8})[）)]")
_REGISTRANT = re.compile(r"^\s*(.{3,120}?)\s*\n?\s*\(Exact name of registrant as specified in its charter\)", re.I | re.M)
# A 20-F of a foreign issuer: "KABUSHIKI KAISHA … (Exact name …) KAGURA DIGITAL HOLDINGS, INC. (Translation of Registrant's name into English)"
# a cover run together on one line: "Commission file number 001-41873 TESSALINE MICRODEVICES LTD. (Exact name of Registrant …)"
_REGISTRANT_INLINE = re.compile(r"((?:[A-Z][\w&'’.,-]*\s+){0,6}?[A-Z][\w&'’.,-]*)\s*\((?i:exact name of registrant as specified in its charter)\)")
_TRANSLATED = re.compile(r"^\s*(.{3,120}?)\s*\n?\s*\(Translation of registrant['’]s name into English\)", re.I | re.M)
# 'Meridian Fabric Systems Corp. (“Meridian” or the “Company”)': the document names itself.
_SELF_DEFINED = re.compile(r"((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*,?\s+(?:Public\s+Company\s+Limited|Inc\.|Corp\.|Corporation|(?:Co\.,?\s+)?Ltd\.|Limited|LLC|plc|N\.V\.|Holdings|Group|"
                           r"K\.K\.|PJSC|P\.J\.S\.C\.|Berhad|Bhd\.?|S\.A\.|AG|SE|GmbH|Tbk|Pte\.\s+Ltd\.|AB|ASA|A/S|Oyj|S\.p\.A\.|B\.V\.|A\.Ş\.|PLC))"
                           r"\s*(?:\([^()]{0,40}\)\s*)?\((?:[^()]{0,40}?)(?:the\s+)?[“\"](?:Company|Registrant),?[”\"]")  # (after "(Euronext Amsterdam: ZLSYS)")
_ISSUER_DEFINED = re.compile(r"((?:[A-Z][\w&'’-]*[ \t]+){0,5}[A-Z][\w&'’-]*,?[ \t]+(?:Inc\.|Corp\.|Corporation|Ltd\.|Limited|LLC|L\.P\.|plc|Trust|S\.A\.|SA|AG|SE|N\.V\.|GmbH))"
                             r"\s*\((?:[^()]{0,40}?)(?:the\s+)?[“\"]Issuer[”\"]\)")
# (a fund's letter: "GRANITE RIDGE COMPUTE LENDING FUND II, L.P.")
_CAPS_FORMS = r"(?:CORP\.?|CORPORATION|INC\.?|LTD\.?|LIMITED|PLC|HOLDINGS|GROUP|N\.V\.|LLC|L\.P\.|LP|S\.A\.|SA|SAS|GMBH|AG|SE|BERHAD|BHD\.?|PJSC|K\.K\.|TBK)"
_CAPS_COVER = re.compile(r"[\W_]*((?:[A-Z][A-Z0-9&'’.-]*,?\s+){1,6}" + _CAPS_FORMS + r")(?![A-Za-z])")
# "CHEONGMYO SEMITECH CO., LTD. (청묘세미텍 주식회사)" starting a line near the top (a text file's lines may be run into one paragraph)
_CAPS_LINE = re.compile(r"(?m)^[\W_]*((?:[A-Z][A-Z0-9&'’.-]*,?[ \t]+){1,6}" + _CAPS_FORMS + r")(?![A-Za-z])")
# a release's dateline: "NEW YORK, October 2, 2025 — Granite Arch Capital Partners, LLC (“Granite Arch”) … today announced"
_DATELINE = re.compile(r"(?:^|\n)[\W_]*[A-Z][A-Za-z .,]{1,40}?,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?\d{4}[\W_]*?\s*(?:[—–-]+|/PRNewswire/\s*[—–-]*)\s*"
                       r"((?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*(?:,?\s+(?:Inc\.|Corp\.|Corporation|Ltd\.|Limited|LLC|L\.P\.|LP|plc|N\.V\.|AG|SE))?)"
                       r"(?=[^.\n]{0,160}\btoday\s+(?:announced|reported|said|disclosed)\b)")
# 'Oosterdok Formulation Labs B.V. ("Oosterdok"), which combines …, today announced' (or "The Board of Directors of Fjällsound AB (publ)
# ("Fjällsound" or the "Company") has today resolved …"): a release's first paragraph names its company and defines its short name
_ANNOUNCER = re.compile(r"(?m)^[\W_]*(?:The\s+Board\s+of\s+Directors\s+of\s+)?((?:[A-Z][\w&'’-]*[ \t]+){0,4}[A-Z][\w&'’-]*(?:,?[ \t]+(?:" + FORMS + r"))?)(?:[ \t]+\(publ\))?"
                        r"[ \t]*\([“\"][^”\"()]{2,40}[”\"][^()]{0,40}\)[^\n]{0,240}?\b(?:today\s+(?:announce[sd]|reporte?[sd]|sa(?:id|ys)|disclose[sd]|resolved)|announce[sd]\s+today|has\s+today\s+resolved)")
_TITLE_NAME = re.compile(
    r"^((?:(?!(?:Q[1-4]|FY\w*|First|Second|Third|Fourth|Fiscal|Reports|Annual|Quarterly)\b)[A-Z][\w&'’-]+\s+(?:&\s+)?){0,3}"
    r"(?!(?:Q[1-4]|FY\w*|First|Second|Third|Fourth|Fiscal|Reports|Annual|Quarterly)\b)[A-Z][\w&'’-]+)"
    r"(?:,?\s+(?:Inc\.|Corp\.|Corporation|Ltd\.|Limited|LLC|plc|Holdings|K\.K\.|Tbk|K/S|Co\.,?\s+Ltd\.|(?:Company\s+)?P\.?J\.?S\.?C\.?|Joint\s+Stock\s+Company|JSC|Company|S\.A\.|N\.V\.|AG|SE|Berhad))?"
    r"\s*(?:\(|[–—:-]|\s(?:Q[1-4]|First|Second|Third|Fourth|FY|Fiscal|Reports|Reported|Announces|Earnings|Annual|Quarterly|Signs|Closes|(?:19|20)\d\d)\b)"
)
_LEGAL_NAME = re.compile(
    r"(?<![\w\u00c0-\u017f])((?:[A-Z\u00c0-\u00de][A-Za-z0-9&.'’\u00c0-\u017f-]*[ \t]){0,4}[A-Z\u00c0-\u00de][A-Za-z0-9&.'’\u00c0-\u017f-]*,?[ \t](?:Inc\.|Corporation|Corp\.|Ltd\.|Limited(?![ \t]+Partner)|plc|N\.V\.|S\.A\.|AG|Co\., Ltd\.|Holdings, Inc\.|Group|"
    r"Tbk|Berhad|Bhd|Oyj|ASA|S\.p\.A\.|K\.K\.|Pte\. Ltd\.))"
)
# An A-share short name is at most four characters (with *ST in front); PDF text may run the next line on.
_ZH_SHORT_NAME = re.compile(r"(?:证券|證券|公司|股票)(?:简称|簡稱)\s*(?:[:：]|\|)\s*((?:\*?ST)?(?:[\u4e00-\u9fff]{5,6}(?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,4})|[A-Za-z][A-Za-z0-9]{1,7})")
# "天衡智算科技股份有限公司2025年年度报告" heading a report (and every page of it): the report's own company.
# "宁夏星衡智算科技股份有限公司首次公开发行股票并在创业板上市招股说明书": a prospectus's own company
_ZH_OFFERING_HEAD = re.compile(r"^[#\s]*([\u4e00-\u9fff（）()]{2,24}?(?:股份)?有限公司)(?:首次公开发行|公开发行|向不特定对象发行|向特定对象发行)[^\n]{0,40}?"
                               r"(?:招股说明书|招股意向书|募集说明书)", re.M)
_ZH_REPORT_HEAD = re.compile(r"^\s*([\u4e00-\u9fff（）()]{2,24}?(?:股份)?有限公司)\s*\d{4}\s*年(?:年度|半年度|第[一二三四]季度)报告", re.M)
# A Dutch, German or Romance name's particles between its capitalised words: "Van der Wiel Documentgroep N.V.", "Banca di Lario S.p.A."
_PARTICLES = r"(?:(?:van|von|der|den|de|del|della|di|da|du|ten|ter|ve|e|y|et|und)\s+){0,2}"  # (and a Turkish "Sanayi ve Ticaret A.Ş.")
_HEADING_COMPANY = re.compile(r"(?:[A-Z\u00c0-\u00de][\w&'’.-]*\s+(?:&\s+)?" + _PARTICLES + r"){1,6}(?:Partners|Capital|Management|Holdings|Group|Advisors|Ventures|Investments|Fund(?:\s+[IVX]{1,4})?|"
                              r"Pension\s+(?:Plan|Fund|System)|Retirement\s+(?:System|Fund|Plan)|Superannuation\s+Fund|"
                              r"Bank|B\.S\.C\.|Q\.P\.S\.C\.|K\.S\.C\.P\.|S\.A\.O\.G\.?|" + FORMS + "|"  # (any legal form: "Saryarka Atom Resources JSC")
                              r"(?-i:PARTNERS|CAPITAL|HOLDINGS|GROUP|INC\.|CORP\.|CORPORATION|LTD\.|LIMITED|PLC))")  # a cover's "CORVANE SEMICONDUCTOR CORP."
_SUBJECT_COMPANY = re.compile(r"(?:(?:[A-Z][\w'’.-]*|&),?\s+){1,5}(?:Inc\.|Corp\.|Corporation|LLC|L\.P\.|Ltd\.|Limited|plc|N\.V\.|AG|SE|S\.A\.|Holdings|Group)")
_ZH_COMPANY = re.compile(r"([\u4e00-\u9fff]{2,12}(?:股份)?有限公司)")
# A broker's name: the writer of a note, not the company it covers ("Lalbagh Securities", "群鋒證券投資顧問")
_BROKER = re.compile(r"(?:\b(?:Securities|SECURITIES|Research|RESEARCH|Capital\s+Markets|Brokerage)|證券|证券|投顧|投資顧問|投资顾问|研究所)$")
# A rating agency's report and its action on a rating: "CREDIT OPINION", "Assigns 'BBB-' to …" (the company rated is the subject)
_RATING_REPORT = r"(?:credit\s+opinion|rating\s+action|ratings?\s+rationale|rating\s+report|issuer\s+comment)"
_RATING_ACTION = r"(?i:assigns?|assigned|affirms?|affirmed|upgrades?|upgraded|downgrades?|downgraded)\s+(?:an?\s+)?['‘\"“](?i:[a-d]{1,3})[+-]?['’\"”]"
_ZH_CODED_TITLE = re.compile(r"[#*\s]*(?:[^\n]{0,80}(?:[｜|]|\d日)\s*)?((?![\u4e00-\u9fff]*(?:证券|證券|研究所))[\u4e00-\u9fff]{2,10})\s*[（(]\s*(?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.(?:HK|TW|TWO)|\d{4,6}\s+(?:TT|HK|CH|C1|C2))\s*[）)]")  # ("瀚星科技（6893 TT）")
_HK_ISSUER = re.compile(r"^[#\s]*((?![（(])[\u4e00-\u9fff（）()]{2,30}?(?:股份有限公司|有限公司))(?:\s*$(?:\n[^\n]*){0,6}?\n|[ \t]*(?=[A-Z]))[^\n]{0,140}?[（(](?:股份代[號号]|股票代[號号]|Stock Code)\s*[:：]\s*\d{3,5}[）)]",
                        re.M)
# (a loader that ran the heading's lines into one: "海港線出行控股有限公司HARBOURLINE MOBILITY HOLDINGS LIMITED （於開曼群島…）（股份代號：02389）")
# (or only its English name: "Harbourgate Biotech Holdings Limited" | "（於開曼群島註冊成立的有限公司）（股份代號：2789）")
_HK_ISSUER_EN = re.compile(r"^[#\s]*((?:[A-Z][\w&'’.-]*[ \t]+){1,6}(?:Limited|Ltd\.|Company|Corporation|Inc\.))[ \t]*\n?[ \t]*"
                           r"[^\n]{0,100}?[（(](?:股份代[號号]|股票代[號号]|Stock Code)\s*[:：]\s*\d{3,5}[）)]", re.M)


def detect_doc_type(text: str, title: str, is_transcript: bool, path: Path) -> str:
    head = text[:6000]
    lowered = head.lower()
    title_l = title.lower()
    call_heading = re.search(r"earnings call|conference call|call transcript|业绩电话会|电话会议|业绩说明会", title_l) \
        or re.search(r"(?<!\bon an )(?<!\bon the )(?<!during the )(?<!\bin the )(?<!\bat the )"
                     r"\b(?:earnings (?:conference )?call|conference call|call transcript)\b", lowered[:200])
    if re.search(r"\bform\s+20-f\b", lowered[:1500]) and not call_heading:
        return "20-F"  # a foreign issuer's annual report (a call's safe-harbor line names it too: "our annual report on Form 20-F")
    if re.search(r"\bregistration statement\b[^\n]{0,40}\bform\s+s-1\b|\bform\s+s-1\b", title_l + "\n" + lowered[:1500]):
        return "S-1"
    if re.search(r"\bform\s+f-1\b", title_l + "\n" + lowered[:300]) and not call_heading:
        return "prospectus"  # a foreign issuer's registration statement: its prospectus, in its own voice
    # The cover page's own words first: a 10-Q names "Form 10-K" (the annual report it updates), and
    # an earnings release names the 10-Q it precedes, so a form named further down decides nothing.
    for pattern, form in ((r"[☒x✓☑]\s*annual report pursuant to section 13", "10-K"),
                          (r"[☒x✓☑]\s*quarterly report pursuant to section 13", "10-Q")):
        if re.search(pattern, lowered):
            return form
    if call_heading:
        # the title, or its heading near the top ("Ostara Compute AG · Q3 2025 Earnings Conference Call"), not a news story's
        # "said on the earnings call" (a Chinese story that mentions 电话会议 is not one); before the forms a call names
        # ("please refer to our most recent Form 10-K")
        return "call transcript"
    cover = lowered[:1500]
    if is_transcript and not re.search(r"securities\s+and\s+exchange\s+commission|[\u4e00-\u9fff]", cover):
        return "call transcript"  # speakers' turns whose operator refers to "our most recent Form 10-K": a call, not the form
    named = [(m.start(), m.group(1)) for m in re.finditer(r"\bform\s+(10-k|10-q|8-k)\b", cover)]
    named += [(m.start(), {"annual": "10-k", "quarterly": "10-q", "current": "8-k"}[m.group(1)])
              for m in re.finditer(r"\b(annual|quarterly|current) report\s+pursuant to section 13", cover)]
    if named:
        return min(named)[1].upper()
    if re.search(r"(?<!半)年度报告|(?<!半)年报", title_l + head[:800]) and re.search(r"证券代码|证券简称|公司代码|公司简称", head[:800]) \
            or re.search(r"(?<!半)年度报告", (m := _ZH_REPORT_HEAD.search(head[:1500])) and m.group(0) or ""):
        return "annual report"  # 年度报告 / 年度报告摘要 of a listed company
    # (a Japanese company's "Integrated Report 2024 (Excerpt)" is its annual report)
    # (or on a line of the cover under the registered name, number and share code: "Integrated Annual Report 2025 - Extract")
    if re.search(r"^\W*(?:[^\n]{0,80}?\b)?(?:annual|integrated) report(?:\s+(?:and accounts\s+)?(?:19|20)\d\d\b|\s*$)", "\n".join(lowered.split("\n")[:5]), re.M) \
            or re.search(r"\bannual report\b", title_l) or re.search(r"\bannual securities report\b", title_l + "\n" + lowered[:600]) \
            or re.search(r"\bform\s+56-1\s+one\s+report\b|\buniversal registration document\b|\bannual and sustainability report\b|^\W*(?:(?:19|20)\d\d\s+)?annual financial report\b", title_l + "\n" + lowered[:300], re.M):
        return "annual report"  # "Ironpeak Data Centers, Inc. - Annual Report 2025", "Stratoline Compute, Inc. / Annual Report 2026"
    if re.search(r"半年度报告|半年报|季度报告|中期报告|\binterim report\b|\bhalf[- ]year(?:ly)? report\b", title_l + head[:800], re.I) \
            and re.search(r"证券代码|证券简称|公司代码|公司简称|stock code|\((?:[A-Za-z]{2,8}(?:\s[A-Za-z]{2,8})?)\s*:\s*[A-Z0-9.]{1,10}\)", head[:800], re.I) \
            or re.search(r"\b(?:ab\s+\(publ\)|asa|oyj|a/s|plc|se|ag|n\.v\.|s\.a\.|tbk)\s+(?:[-–—|:]\s+)?(?:interim|quarterly|half-year(?:ly)?)\s+report\b", title_l + "\n" + lowered[:300]) \
            or re.search(rf"^[^\n]{{2,80}}?[,\s](?:{LEGAL_FORMS})\.?\s+[-–—|:·]\s+(?:interim|half[- ]year(?:ly)?|semi-annual|six[- ]month)\s+report\b", title_l):
        # ("Brunegg Re Ltd - Half-Year Report 2025", "Aorangi Dairy Co-operative Limited - Interim Report 2026": its own report by its title)
        # 半年度报告 / 季度报告 of a listed company, in its own voice (or a European company's "Kvarnfors Paper AB (publ) Interim
        # report January - September 2025", or "Mazowsze Mrożonki S.A. Capital Group (WSE: MZM)" over "Interim Report for the Six
        # Months Ended 30 June 2025": its exchange and ticker are its stock code)
        return "interim report"
    if re.search(r"招股说明书|招股意向书|募集说明书|问询函的回复|问询函之回复|\bprospectus\b|\b(?:offering|private placement) (?:circular|memorandum)\b", title_l + head[:300], re.I) and not call_heading:
        return "prospectus"  # a company's own prospectus (a US one is an S-1)
    if re.search(r"证券代码|证券简称|公告编号|股票代号|股份代号|重大讯息|对本公告之内容概不负责|公司代号\s*[:：]?\s*\d{4}", head[:800]):
        return "deal announcement"  # a listed company's own announcement (公告; a Hong Kong one's 股份代號 and disclaimer)
    if re.search(r"\(\s*(?:[“\"][^”\"]{1,40}[”\"]\s+or\s+)?the\s+[“\"]Issuer[”\"]\s*\)[^.]{0,200}\bannounces\b", head[:3000]):
        return "deal announcement"  # a notes issuer's own pricing announcement: 'Aurelle Launch SA ("Aurelle" or the "Issuer") … announces that it has priced'
    if re.search(r"\b(?:stock|krx|securities|share)\s+code\s*[:：]|\bgeneral\s+announcement\b|\breport\s+on\s+(?:the\s+)?(?:conclusion\s+of|decision\s+(?:to|on|of))\b|\bfiled\s+with\s+the\s+(?:financial\s+supervisory\s+service|korea\s+exchange)\b|"
                 r"\bdisclosure\s+of\s+material\s+information\b|\b(?:other\s+relevant|inside|privileged|regulated)\s+information\b|\bad\s+hoc\s+(?:announcement|disclosure|release)\b", lowered[:1000]) \
            and not call_heading:  # (a Spanish CNMV "Other relevant information", a German "Ad hoc announcement")
        return "deal announcement"  # an exchange filing in English: a Bursa "General Announcement", a KRX "Report on Conclusion of … Contract"
    if re.search(r"^\W*notice\s+(?:concerning|regarding|on\s+the|of\s+(?:conclusion|execution|acquisition|issuance|commencement))\b", title_l) and not call_heading:
        return "deal announcement"  # a Tokyo-listed company's own "Notice Concerning Capital and Business Alliance with …"
    if re.search(r"\b10-k\b", title_l):
        return "10-K"
    if re.search(r"\b20-f\b", title_l):
        return "20-F"
    if re.search(r"\b10-q\b", title_l):
        return "10-Q"
    if re.search(r"\b8-k\b", title_l):
        return "8-K"
    if is_transcript:
        return "call transcript"
    if re.search(r"投资评级|目标价|证券研究所|研究所[｜|]|公司点评|首次覆盖|深度报告|(?:买入|增持|推荐)（(?:维持|首次)）", head[:1500]) \
            or re.search(r"\binitiat\w*\s+(?:coverage|on\s+(?:[A-Z]|\w+\s+){1,6}?with\s+(?:buy|overweight|outperform|hold|neutral)|at\s+(?:buy|overweight|outperform|hold|neutral))\b|\b(?:price\s+target|target\s+price|equity\s+research|"
                         r"analyst\s+certification|(?:sector|industry|thematic)\s+(?:note|report|update)|coverage\s+and\s+ratings)\b|\b(?:rating|recommendation)\s*[:：]\s*(?:buy|overweight|outperform|hold|neutral|underweight|sell|market\s?weight|equal[- ]?weight|underperform|accumulate|reduce)\b", title_l + "\n" + lowered[:3000]):
        return "research note"  # a broker's note: its "we" is the analyst, not the company it covers
    if re.search(rf"\b{_RATING_REPORT}\b|\b{_RATING_ACTION}", title_l + "\n" + lowered[:300]):
        return "research note"  # a rating agency's opinion: its "we" is the agency, not the company it rates
    if re.search(r"\bletter to (?:our )?(?:limited partners|shareholders|stockholders|investors|unitholders|partners)\b|"
                 r"\b(?:shareholder|investor|quarterly|annual) letter\b|致股东的信|致投资者的信", title_l + "\n" + lowered[:600]) \
            or re.search(r"\breport\s+of\s+the\s+(?:[\w-]+\s+){0,3}?committee\s+to\s+the\s+board\b|\breport\s+to\s+the\s+board\s+of\s+(?:trustees|directors)\b", title_l + "\n" + lowered[:600]) \
            or investor_self(head)[0] and re.search(r"\b(?:quarterly|annual|semi-annual|monthly|interim)\s+(?:\w+\s+)?(?:report|review|update)\b", title_l + "\n" + lowered[:600]):
        # a fund's or a company's letter, or a pension system's own quarterly report (or its committee's report to the board):
        # "we" is its author
        return "letter"
    results = (r"(?:reports?|reported|announces?|announced|posts?|posted|delivers?)\b[^.\n]{0,80}\b(?:results|earnings)|financial results|"
               r"(?:announced|reported)\b[^.\n]{0,40}\b(?:net income|net sales|revenues?|earnings)\b[^.\n]{0,60}\b(?:quarter|year)")
    if re.search(results + r"|业绩公告|财报|季度业绩|年度业绩", title_l) or re.search(results, lowered[:3000]):
        return "earnings release"
    if re.search(r"\bresults\b|业绩", title_l) and find_periods(title):
        return "earnings release"
    deal = (r"\b(?:announce[sd]?|sign(?:s|ed)?|enter(?:s|ed)? into|agree(?:s|d)? to|to acquire|acquires|invest(?:s|ment)|"
            r"partnership|agreement|collaboration|credit facility|financing|letter of intent|(?:term )?loan|notes|bonds?|"
            r"closes|secures|completes|raises|final close|facility|commitments?)\b|宣布|签署|协议|收购|投资|合作|融资|增资|认购|贷款")
    if re.search(deal, title_l) and re.search(r"press release|newswire|announce|/prnewswire/|business wire", lowered + title_l) \
            and not re.search(r"记者|报道|据.{0,10}(?:介绍|消息|了解)|接近交易的人士", head):
        return "deal announcement"
    if re.search(r"\bannounce[sd]?\b|宣布", title_l) and re.search(deal, lowered[:3000]) or _DATELINE.search(head[:1500]) and re.search(deal, title_l) \
            or re.search(r"\bex(?:hibit)?[- ]?99\.?\d?\b|\bpress\s+release\b|\bfor\s+immediate\s+release\b", title_l + "\n" + lowered[:600]) \
            and re.search(r"\btoday\s+announced\b", lowered[:3000]):
        # an 8-K's exhibit 99 press release (or any "FOR IMMEDIATE RELEASE"): "Veltrix Corporation and Hanseong Memory Co., Ltd. today announced …"
        return "deal announcement"
    if re.search(r"\b(?:reuters|bloomberg|by [A-Z][a-z]+ [A-Z][a-z]+|staff writer|news|reporter|记者|报道|新闻|快讯)\b", head, re.I):
        return "news"
    if path.suffix.lower() in {".txt", ".md", ".html", ".htm"} and len(text) > 400:
        return "news" if re.search(r"\b(?:said|says|according to)\b|表示|据", head) else "other"
    return "other"


_COVER_NOISE = re.compile(r"_{2,}|-{2,}|commission file (?:number|no\.?)\s*:?\s*[\d-]*|for the transition period from\s*(?:_*\s*to\s*_*\s*\.?)?", re.I)


def registrant_name(line: str) -> str:
    """The registrant's name from the cover-page text before '(Exact name of registrant ...)'.

    PDF text runs cover fields together ("Commission file number 1-9595 ____ BEST BUY CO., INC."):
    the name is the last piece after rules, file numbers and the transition-period line."""
    pieces = [p.strip(" .:;,-") for p in _COVER_NOISE.split(line.split("\n")[-1])]
    named = [p for p in pieces if re.search(r"[A-Za-z]{2}", p)]
    if not named or re.search(r"report pursuant|mark one|transition|commission|securities exchange", named[-1], re.I):
        return ""  # no name before the label (a logo, or the fields are in another order)
    return re.sub(r"^19(?:33|34)\s+(?=[A-Z])", "", named[-1])  # ("… UNDER THE SECURITIES ACT OF" | "1933 TixNova Holdings, Inc.")


def _canonical(name: str, lexicon: Lexicon) -> str:
    """A name as the lexicon knows it, or as written without its legal form (and out of capitals)."""
    known = lexicon.company(name)
    return known.name if known else out_of_capitals(strip_suffix(name))


def detect_company(text: str, title: str, lexicon: Lexicon) -> tuple[str, str]:
    """The document's own company (and ticker): the registrant, the title's company, or the most named."""
    head = text[:8000]
    registrant = _TRANSLATED.search(head) or _REGISTRANT.search(head) or _REGISTRANT_INLINE.search(head) or _SELF_DEFINED.search(head)
    candidates: defaultdict[str, float] = defaultdict(float)
    tickers: dict[str, str] = {}
    name = registrant_name(re.split(r"\([^()]*\)", registrant.group(1))[-1]) if registrant else ""
    if name:
        known = lexicon.company(name)
        canonical = known.name if known else out_of_capitals(strip_suffix(name))
        candidates[canonical] += 50
        if known and known.ticker:
            tickers[canonical] = known.ticker
    issuer = _ISSUER_DEFINED.search(head[:4000]) if re.search(r"\b(?:offering|placement)\s+(?:circular|memorandum|summary)\b|\bprospectus\b|\bpricing\s+(?:announcement|supplement)\b",
                                                               title + "\n" + head[:600], re.I) else None
    if issuer:  # a notes memorandum: 'Lumora Compute Funding I LLC (the "Issuer")' is whose document it is, not its parent's
        # (a notes pricing announcement: 'Aurelle Launch SA ("Aurelle" or the "Issuer")')
        candidates[_canonical(issuer.group(1), lexicon)] += 60
    investor, _ = investor_self(head)
    if investor:  # 'The Lakeshore Public Employees' Retirement System ("LPERS" or the "System")': a fund's or a pension's own report
        candidates[_canonical(investor, lexicon)] += 45
    first_line = next((line.strip(" #*") for line in head[:400].split("\n") if line.strip(" #*")), "")
    subject_line = re.search(r"(?<![\w&'’.-])(" + _SUBJECT_COMPANY.pattern + r")\s*\([A-Z]{2,6}\)", head[:400]) if re.search(r"\bresearch\b", head[:200], re.I) else None
    if subject_line:  # a research note whose masthead (the broker) is followed by the company it covers: "Meridian Power & Data, Inc. (MPD)"
        candidates[_canonical(subject_line.group(1), lexicon)] += 35
    for rank, heading in enumerate(dict.fromkeys((title.strip(), first_line))):  # (the title first, then the first line under it)
        # "# Stonecrest Credit Partners" heading a letter or a release; "Ironpeak Data Centers, Inc. - Annual Report 2025", "Ostara Bank, N.A. - Transaction Notice"
        heading = re.split(r"\s+[-–—|·:/]\s+(?=[^\n]*\b(?:[Rr]eport|REPORT|[Ll]etter|[Ff]orm|[Rr]esults|[Tt]ranscript|[Cc]all|[Rr]elease|[Nn]otice|[Aa]nnouncement)\b)", heading)[0]
        heading = re.sub(r"\s*\((?:[A-Za-z]{2,8}(?:\s[A-Za-z]{2,8})?)\s*:\s*[A-Z0-9.]{1,10}\)\s*$", "", heading)  # "Vetrosa Industrie S.p.A. (BIT: VTRS)"
        if heading.isupper() and len(heading.split()) <= 5:
            heading = out_of_capitals(heading)  # a letterhead in capitals: "COBALT RIDGE VENTURES"
        # a legal name run on into the title under it: "Amperline Capital Fund III, L.P. Quarterly Letter to Limited Partners - …"
        heading = re.sub(r"^((?:[A-Z][\w&'’.-]*\s+){1,5}?[A-Z][\w&'’.-]*,?\s+(?:L\.P\.|LLC|Inc\.|Ltd\.|plc|N\.V\.|S\.A\.))\s+(?=[A-Z][a-z]).*$", r"\1", heading)
        bracketed = re.fullmatch(rf"[A-Z][^()]{{2,80}}?[,\s]+(?i:{LEGAL_FORMS})\.?\s*\(((?:[A-Z][\w&'’.-]*[ \t]?){{1,4}})\)", heading)  # (a legal name first)
        if bracketed and not re.fullmatch(r"[A-Z0-9.]{1,6}", bracketed.group(1).strip()) \
                and bracketed.group(1).strip().lower() not in {"publ", "excerpt", "extract", "unaudited", "draft", "translation", "summary", "abridged"}:
            # "Anadolu Kapı Havalimanı Perakende A.Ş. (Anatolia Gate) — Q3 2025 Earnings Call": the name it goes by, in brackets
            candidates[_canonical(bracketed.group(1).strip(), lexicon)] += 30 - rank
        elif _HEADING_COMPANY.fullmatch(heading) or _HEADING_COMPANY.fullmatch(heading.replace(",", "")):
            candidates[_canonical(heading, lexicon)] += 30 - rank  # (the manager's letterhead over the fund named under it)
        elif dashed := re.fullmatch(rf"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,3}})\s+[-–—]\s+[^\n]{{3,60}}?,?\s+(?i:{LEGAL_FORMS})\.?", heading):
            # a legal name whose words after a dash say what it does: "Lusalar - Têxteis para o Lar, S.A." is Lusalar (not "Lar")
            candidates[_canonical(dashed.group(1), lexicon)] += 30 - rank
    filed = re.search(r"\bCommission\s+File\s+(?:Number|No\.?)\s*:?\s*[\d-]{5,}\s*[-–—|]?\s*((?:[A-Z][A-Z&.'’-]*,?\s+){1,5}(?:INC\.|CORP\.|CORPORATION|LTD\.|LIMITED|PLC|N\.V\.|LLC|L\.P\.|HOLDINGS))",
                      head[:2000])
    if filed:  # a cover run into one paragraph: "… Commission File Number 001-41872 LUMORA OPTICS, INC. Delaware …"
        candidates[_canonical(filed.group(1), lexicon)] += 45
    cover = _CAPS_COVER.match(head[:300]) or _CAPS_LINE.search(head[:1200])
    if cover:  # "CORVANE SEMICONDUCTOR CORP. FORM 10-Q …": a filing's cover opens with its registrant in capitals
        candidates[_canonical(cover.group(1), lexicon)] += 40  # (or has it on a line of its own under a translator's note)
    field = re.search(r"(?m)(?:^|[ \t])(?:(?:Company|Issuer|Listed\s+Issuer)[ \t]+[Nn]ame|^Company)[ \t]*:[ \t]*(\S[^\n]{2,80}?)"
                      r"(?=[ \t]+(?:Stock|Board|Date|Category|Reference|Registration|Code|Ticker|Filing\s+date)\b|[ \t]*(?:\n|$))", head[:1500])
    if field:  # a Bursa announcement's "Company Name : KENYALANG DIGITAL BERHAD" (not the exchange its heading names)
        # (a KRX disclosure's "Company: Hanseong Memory Co., Ltd. (KRX: 091870)")
        # (or "Company: Advanced Micro Devices, Inc. (Nasdaq: AMD)": the exchange tag is no part of the name)
        candidates[_canonical(re.sub(r"\s*\((?:KRX|KOSDAQ|KOSPI|TWSE|TPEx|SGX|Bursa)[^()]*\)$|\s*\([A-Za-z]{2,8}(?:\s[A-Za-z]{2,8})?\s*[:：]\s*[A-Z0-9.]{1,10}\)$", "",
                                         field.group(1)), lexicon)] += 100
    dateline = _DATELINE.search(head[:1500])
    if dateline:  # the company that "today announced" in its own release
        candidates[_canonical(dateline.group(1), lexicon)] += 40
    elif announcer := _ANNOUNCER.search(head[:1500]):  # (a paragraph of its own under the dateline, opening with its name defined)
        candidates[_canonical(announcer.group(1), lexicon)] += 40
    report_head = _ZH_REPORT_HEAD.search(head[:1500]) or _ZH_OFFERING_HEAD.search(title) or _ZH_OFFERING_HEAD.search(head[:1500])
    if report_head:
        full = report_head.group(1)
        known = lexicon.company(full)
        candidates[known.name if known else zh_unplaced(strip_suffix(full))] += 50
    if re.fullmatch(r"[\u4e00-\u9fff（）()]{4,30}(?:股份有限公司|有限公司)", title.strip()) and not _ZH_SHORT_NAME.search(head[:1500]):
        known = lexicon.company(title.strip())  # a Chinese cover's first line, the issuer's legal name ("苏州澄曜热控科技股份有限公司")
        candidates[known.name if known else strip_suffix(title.strip())] += 50
    cover_name = re.search(r"(?m)^[#\s]*([\u4e00-\u9fff（）()]{4,30}(?:股份有限公司|有限公司))\s*\n[^\n]{0,40}(?:招股说明书|招股意向书|招股說明書)", head[:1500])
    if cover_name:  # a prospectus cover: "芯曜科技股份有限公司" over "首次公开发行股票并在科创板上市招股说明书（申报稿）"
        candidates[_canonical(cover_name.group(1), lexicon)] += 50
    # (the field right under the filer's own 公司代號, not a counterparty's "1、公司名称：…" further down)
    legal = re.search(r"公司代[號号]\s*[:：]?\s*\d{4,6}\s*(?:公司名称|公司名稱)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,30}?(?:股份有限公司|有限公司))", head[:1500])
    legal = legal or re.search(r"公司代[號号]\s*[:：]?\s*\d{4,6}[ \t\u3000]*(?:公司名称|公司名稱)\s*[:：]?\s*([\u4e00-\u9fff]{2,8}?)(?=[\s\u3000]|$|發言|发言|主旨)", head[:600])
    legal = legal or re.search(r"公司代[號号]\s*[:：]?\s*\d{4,6}[^\n]{0,40}\n?\s*公司全名\s*[:：]\s*([\u4e00-\u9fff（）()]{2,30}?(?:股份有限公司|有限公司))", head[:1500])
    if legal:  # a Taiwan 重大訊息's "公司代號：6788 / 公司名稱：宏碩電子股份有限公司" (or "公司簡稱：鑫暐 / 公司全名：鑫暐晶圓製造股份有限公司")
        # ("公司名稱：宏崴" with the full name on the next line, run on into "宏崴宏崴智慧科技股份有限公司": the short name is said twice)
        written = next((legal.group(1)[k:] for k in (2, 3, 4) if legal.group(1)[:k] == legal.group(1)[k:2 * k]), legal.group(1))
        known = lexicon.company(written)
        candidates[known.name if known else strip_suffix(written)] += 60
    mops = re.search(r"(?m)^\s*(?:公開資訊觀測站\s*重大訊息公告\s*)?[（(](\d{4,6})[）)]\s*([\u4e00-\u9fff]{2,8}?)(?:股份有限公司|有限公司)?\s", head[:600]) \
        or re.search(r"本資料由\s*[（(]上[市櫃]公司[）)]\s*(\d{4,6})\s*([\u4e00-\u9fff]{2,8}?)\s*公司提供", head[:600])  # "本資料由　(上市公司) 1647 鼎銅　公司提供"
    if mops:  # a MOPS page's header, "(6741)岱嶸 代子公司岱嶸投資股份有限公司公告…": the filer's code and short name, and its full name
        # (or the code and the full name alone: "(6791)昱電科技股份有限公司")
        # the one of the names it starts that the notice does not call a subsidiary ("代子公司岱嶸投資", "岱嶸投資…係…之子公司")
        full = [n for n in dict.fromkeys(re.findall(re.escape(mops.group(2)) + r"[\u4e00-\u9fff]{0,6}?股份有限公司", head))
                if not re.search("子公司" + re.escape(n), head) and not re.search(re.escape(n) + r"(?:係|系|為|为|是)[^，。；]{0,30}子公司", head)]
        name = strip_suffix(full[0]) if full else mops.group(2)
        known = lexicon.company(name)
        candidates[known.name if known else name] += 60
        tickers.setdefault(known.name if known else name, mops.group(1))
    issuer = _HK_ISSUER.search(head[:1500]) or _HK_ISSUER_EN.search(head[:1500])
    if issuer:  # a Hong Kong announcement's heading: "港灣算力控股有限公司" … "（股份代號：2789）" (not the exchange its disclaimer names)
        known = lexicon.company(issuer.group(1))
        candidates[known.name if known else strip_suffix(issuer.group(1))] += 60
    lines = [line.strip(" #*") for line in head[:600].split("\n") if line.strip(" #*")]
    # (a note under a broker's masthead line, "群鋒證券投資顧問股份有限公司 個股研究報告", has the company it covers on a line below)
    noted = lines[1:4] if re.search(r"研究(?:報告|报告)|投資評等|投资评级|目標價|目标价", head[:600]) else []
    for heading in dict.fromkeys((first_line, title.strip(), *noted)):  # (in this order, whatever the hash seed)
        coded = _ZH_CODED_TITLE.match(heading)
        if coded:  # a broker's note headed "芯衡科技（688731.SH）公司深度报告": the company it covers, by its short name and code
            name = coded.group(1)
            if heading[:coded.start(1)].endswith("/"):  # "电子/消费电子星澜移动（688921.SH）": the industry path runs into the name
                name = re.sub(r"^(?:消费电子|半导体|电子|计算机|通信|传媒|医药生物|汽车|机械设备|电力设备|家用电器|国防军工|非银金融|银行|有色金属|基础化工|建筑装饰)(?=[\u4e00-\u9fff]{2})", "", name)
            known = lexicon.company(name)
            candidates[known.name if known else name] += 50
    rated = re.search(rf"(?im)^[#*\s]*[^\n]{{0,60}}\b{_RATING_REPORT}\b[^\n]*\n\s*"
                      r"[#*\s]*((?-i:(?:[A-Z][\w&'’.-]*,?[ \t]+){0,5}(?:Inc\.|Corp\.|Corporation|Ltd\.|Limited|plc|LLC|N\.V\.|S\.A\.|AG|SE|Company|Holdings)))", head[:800])
    rated = rated or re.search(rf"\b{_RATING_ACTION}\s+"
                               r"(?:[\w-]+\s+)?(?:rating\s+)?to\s+((?:[A-Z][\w&'’.-]*,?\s+(?:&\s+)?){0,5}?[A-Z][\w&.-]*?)(?:['’]s\b|\s+(?:LLC|Inc\.|Corp\.|Ltd\.|plc)\b)", head[:600])
    rated = rated or re.search(r"\b(?:[Aa]ffirms|[Uu]pgrades|[Dd]owngrades|[Aa]ssigns|[Rr]ates)\s+(?:PT\s+)?((?:[A-Z][\w&'’.-]*\s+){0,5}?[A-Z][\w&.-]*?)"
                               r"(?:,?\s+(?:Tbk|Inc\.|Corp\.|Ltd\.|plc|LLC|S\.A\.|AG|SE|N\.V\.|Berhad|ASA|AB))?\s+at\s+['‘\"“]", title + "\n" + head[:600])
    if rated:  # "# ALDERMOOR RATINGS — CREDIT OPINION" then "**Calyx Underwriting Inc.**": the company rated, not the agency
        # ("Meridian Ratings affirms PT Sinar Kertas Nusantara Tbk at 'BB'")
        candidates[_canonical(rated.group(1), lexicon)] += 55  # ("Stanton Pryce Assigns 'BBB-' to Ridgeline Power & Compute's Senior Secured Term Loan")
    covered = re.search(r"(?m)^[#*\s]*((?:(?:[A-Z][\w&'’.-]*|e|de|da|do|y|et|del),?[ \t]+){0,7}[A-Z][\w&'’.-]*)[ \t]*\((?:\d{4,6}(?:[ \t]+(?:HK|TT|JP|JT|KS|KQ|KP|CH)|\.(?:HK|TW|TWO|T|KS|KQ))|\d{6}\.(?:SH|SZ)|"
                        r"[A-Z]{1,5}\d{0,2}(?:[ \t]+(?:US|UW|UN|LN|JP|JT|TT|KS|KP|NA|GY|GR|FP|SW|SE|SS|IM|SM|AU|CN|SP|HK|IN|BB|DC|NO|FH|ID|LI|IJ|MK|TB|PM|VN|NZ|MM|BZ|CI|TI|AB|UH|DU)|\.[A-Z]{1,2}))(?:[ \t]*/[ \t]*[^()\n]{1,30})?\)[ \t]*(?:\*\*[ \t]*)?"
                        r"(?:[:：—–|-]|$|[ \t]+(?=[A-Z][a-z])|(?P<zh>[\u4e00-\u9fff（）()]{4,30}?(?:股份)?有限公司)?\s*(?:BUY|HOLD|SELL|OUTPERFORM|NEUTRAL|OVERWEIGHT|UNDERWEIGHT|ACCUMULATE|REDUCE|Rating)\b)", head[:1500])
    # (or with its exchange and code in brackets, on a line of its own: "GRUPO RECOLECTA, S.A.B. DE C.V. (BMV: RECOLEC A)", "… (TADAWUL: 4352)")
    covered = covered or re.search(r"(?m)^[#*\s]*((?:(?:[A-Z][\w&'’.-]*|e|de|da|do|y|et|del),?[ \t]+){0,7}[A-Z][\w&'’.-]*)[ \t]*"
                                   r"\((?:[A-Z][A-Za-z]{1,11}(?:[ \t][A-Z][a-z]+){0,2})[ \t]*[:：][ \t]*[A-Z0-9][A-Z0-9.]{0,11}(?:[ \t][A-Z])?"
                                   r"(?:[ \t]*[|/,;][ \t]*[A-Z][A-Za-z]{1,11}[ \t]*[:：][ \t]*[A-Z0-9][A-Z0-9.]{0,11})*\)[ \t]*(?:\*\*)?(?:[ \t]*$|[ \t]+(?=[A-Z][a-z]))", head[:1500])
    if covered and re.search(r"\b(?:equity research|initiat\w*|rating|target price|price target)\b", title + "\n" + head[:1500], re.I):
        # a broker's note headed "Lingsuan Microelectronics (3961 HK): Inference volume leader": the company it covers, not the broker
        # (or on a line of its own: "Daeryun Scientific (047190 KS)", "SHENZHEN KAN'AN INTELLIGENT TECHNOLOGY CO., LTD. (688417.SH)")
        # (its Chinese name run on after the ticker, "… CO., LTD. (688417.SH)深圳瞰安智能科技股份有限公司", is the name its filings use)
        zh_name = covered.groupdict().get("zh")  # (the line with an exchange and code has no Chinese name after it)
        name = zh_unplaced(strip_suffix(zh_name)) if zh_name else _canonical(covered.group(1), lexicon)
        candidates[name] += 55
        code = re.match(r"[ \t]*\((?:[A-Za-z][A-Za-z ]{1,20}[:：][ \t]*)?([A-Z]{2,6})(?=[ \t.)|])", covered.group(0)[covered.end(1) - covered.start():])
        if code:  # "(GBUN IJ)", "(SET: RSB)": the letters it goes by in the note ("We upgrade GBUN to BUY")
            tickers.setdefault(name, code.group(1))
        for broker in [name for name in candidates if _BROKER.search(name)]:
            candidates[broker] -= 40  # the masthead over it, "HILLCREST PACIFIC SECURITIES LIMITED", is the writer
    raised = re.search(r"\b[Ww]e\s+(?:(?:raise|lift|cut|lower|trim|reiterate|maintain)\s+our\s+(?:target\s+price|price\s+target|TP|rating|estimates)|initiate(?:\s+coverage)?)\s+(?:for|on|of)\s+"
                       r"((?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*)\b(?!\s+and\s+[A-Z])", head[:2500])
    if raised:  # a broker's note whose masthead names only the broker: "We raise our target price for Hanbit Cosmetech by 11%" ("We initiate coverage of …")
        candidates[_canonical(raised.group(1), lexicon)] += 40
    short = _ZH_SHORT_NAME.search(head[:1500])
    if short:  # "证券代码：688735  证券简称：恒湾算力": a listed company's own announcement or report
        known = lexicon.company(short.group(1))
        candidates[known.name if known else short.group(1)] += 60
    # a term sheet's "Borrower:" (or "Issuer:") field names whose loan it is: "Borrower:\nHC Compute Finance I, LLC, a Delaware …"
    party = re.search(r"(?m)(?:^|(?<=\s))(?:Borrower|Issuer)\s*[:：]\s*\n?\s*((?:[A-Z][\w&.'’-]*\s+){0,6}?[A-Z][\w&.'’-]*,?\s+"
                      r"(?:LLC|L\.L\.C\.|L\.P\.|LP|Inc\.|Ltd\.|Limited|Corp\.|Corporation|plc|Pte\.\s+Ltd\.))", head[:3000])
    if party:
        candidates[strip_suffix(party.group(1))] += 45
    # "Straitsgate REIT Management Pte. Ltd., as manager (the "Manager") of Straitsgate Data Centre REIT": the trust speaks through its manager
    managed = re.search(r"\bas\s+(?:the\s+)?(?:manager|trustee-manager|general\s+partner|trustee)\s+(?:\([^()]{0,30}\)\s+)?of\s+((?:[A-Z][\w&'’.-]*\s+){0,5}?(?:REIT|Trust|Fund(?:\s+[IVX]+)?|Partnership))\b", head[:3000])
    if managed:
        candidates[managed.group(1)] += 50
    subject = re.match(r"^[^:：]{2,40}[:：]\s*(.+)$", title.strip())  # "Presale Report: Stratoline GPU Funding 2026-1 LLC"
    if subject and (legal := _LEGAL_NAME.match(subject.group(1))):
        candidates[strip_suffix(legal.group(1))] += 10
    event = re.search(r"\b(?:conference(?!\s+call)|summit|forum|symposium|expo|investor\s+day)\b", title, re.I)
    # a conference's title names its host, not the document's company; "STRICTLY PRIVATE AND CONFIDENTIAL" names no one
    title_name = None if event or re.search(r"\b(?:confidential|private|draft|discussion\s+purposes)\b", title, re.I) else _TITLE_NAME.match(title.strip())
    if title_name and not lexicon.company(title_name.group(1)) and not re.match(r"[A-Z][a-z]+-[a-z]", title.strip()):  # ("Export-credit agency backs …")
        name = strip_suffix(title_name.group(1))
        if name.lower() not in {"the", "form", "annual", "quarterly", "press", "news", "table"} and name.lower() not in _GENERIC_TITLES \
                and not re.search(r"\b(?:Report|Memo|Note|Review|Update|Brief|Letter|Transcript|Summary|Overview|Newsletter|Issue|Weekly|Daily|Monthly|Journal|Times|Digest|Gazette|Herald)$", name):
            candidates[name] += 10  # an unknown company that heads its own document
    # (after a place's possessive, "Abu Dhabi's Bayraq bets on AI …", and before "to" and a verb, "Hoardline Media to buy …")
    lede = re.match(r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?=[A-Z]))?((?:[A-Z][\w&'’-]+\s+){0,3}[A-Z][\w&'’-]+)\s+(?:to\s+)?[a-z]{3,}", title.strip())
    # (after a dateline: "**TOKYO —** Kirameki Silicon K.K., the four-year-old Tokyo designer …")
    # (its first paragraph may place it, "Rehovot-based Keshet Seed Genomics has raised …", and give its longer name, "Bayraq Offshore Drilling, the …")
    # ("Shares of Verbano Rigenera, a Novara-based recycler …" and "Laborix Diagnostyka, Poland's third-largest …" too)
    opening = lede and re.search(rf"(?m)^[\W_]*(?:[A-Z][A-Z .,]+[—–-]+[\W_]*)?(?:[A-Z][\w-]*-(?:based|listed)\s+|Shares\s+(?:of|in)\s+)?({re.escape(lede.group(1))}(?:\s+[A-Z][\w&'’-]+){{0,3}}?)"
                                 r"(?:,?\s+(?:Inc\.|Corp\.|Ltd\.?|K\.K\.|LLC|plc|PLC|AG|SE|SA|S\.A\.|N\.V\.|GmbH|Berhad|Bhd|Tbk|Limited|JSC|Pte\.?\s+Ltd\.?))?(?:\s*\([A-Z0-9.: ]{2,16}\))?"
                                 r"(?:,\s+(?:the|a|an|one\s+of)\s|,\s+[A-Z][a-z]+['’]s\s|\s+(?:said|says|has|have|is|will|agrees|agreed)\b)", text[len(title):])
    # (or after an opening phrase of the first paragraph, as its subject: "For a decade, Grupo Cablemar watched its pay-TV base shrink …")
    opening = opening or lede and re.search(rf"(?m)^(?:[A-Z][\w ]{{2,40}}?,\s+)({re.escape(lede.group(1))})\s+(?:has\s+|have\s+|had\s+)?[a-z]{{3,}}(?:ed|s)\b",
                                            text[len(title):][:1500])
    if opening and lede and opening.group(1) != lede.group(1) and re.match(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|division|affiliate)\s+of\b",
                                                                 text[len(title):][opening.end(1):]):
        opening = None  # "Quillfeather Ventures, the corporate venture arm of Quillfeather Cloud": a story about "Quillfeather" names two
    if lede and opening and not title_name and not event:
        # a story headed "Orbitra Vantage books onboard AI silicon …" whose first paragraph opens "Orbitra Vantage, the Earth-observation operator …"
        known = lexicon.company(lede.group(1))
        candidates[known.name if known else strip_suffix(opening.group(1))] += 10
    backed = re.search(r"\b(?:round|raise|financing|funding|investment|stake)\s+(?:in|into|for)\s+(?:[\w$-]+\s+){0,5}?([A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2})\s*$", title.strip())
    opens = backed and re.search(rf"(?m)^[\W_]*(?:[A-Z][A-Z .,]+[—–-]+[\W_]*)?({re.escape(backed.group(1))}(?:\s+[A-Z][\w-]*)?),?\s+(?:the|a|an)\s", text[:3000])
    if opens:  # "Kirameki leads $120 million round in AI skin-analysis start-up Skinsight" over "Skinsight AI, the start-up whose …": the one raising
        candidates[_canonical(opens.group(1), lexicon)] += 30
    for found, start, _ in lexicon.find_companies(title, as_written=True):
        if found.kind == "exchange":
            continue  # "…在创业板上市招股说明书": where the shares will trade
        candidates[found.name] += 12 if start < 20 else 8
        if found.ticker:
            tickers.setdefault(found.name, found.ticker)
    for found, start, _ in lexicon.find_companies(head, as_written=True):  # (a "launch cadence" names no Cadence)
        if found.kind == "exchange":
            continue  # "listed on the NYSE", "纽交所代码：YQC": where a company trades, not what the document is about
        if re.search(r"\b[A-Z][\w&'’-]*\s+$", head[max(0, start - 30):start]) and not re.search(r"\b(?:The|A|An|Of|And|From|By|With|To|For|In|On|At)\s+$", head[max(0, start - 30):start]):
            continue  # "Meridian Digital Realty Trust" names another company than Digital Realty
        if re.search(r"\bthe\s+[\"“]?$", head[max(0, start - 7):start], re.I) and re.match(r"[^\s]*\s+(?:Company|Group|Entity|Business|Assets?|Property)\b", head[start:start + 40]):
            continue  # "the Target Company": a defined term, not the retailer
        if re.match(r"[^\s]*\s+(?:price|prices|\((?:LC|local|[A-Z]{3})\))", head[start:start + 30], re.I) or re.search(r"\bprice[\s|]+$", head[max(0, start - 20):start], re.I):
            continue  # a broker's "Target price", "Price targets" or table column "Target (LC)" ("Rating    Price    Target"), not the retailer
        weight = 3.0 if start < 600 else 1.0 if start < 3000 else 0.5
        candidates[found.name] += weight
        if found.ticker:
            tickers.setdefault(found.name, found.ticker)
    if not candidates:
        # Unknown company: a legal name in the title or the opening ("Acme Robotics, Inc.").
        for source, weight in ((title, 5), (head[:2000], 2)):
            for m in _LEGAL_NAME.finditer(source):
                candidates[strip_suffix(m.group(1))] += weight
            for m in _ZH_COMPANY.finditer(source):
                name = strip_suffix(zh_name_start(m.group(1)))  # "训练卡目前由华屿半导体制造有限公司": 华屿半导体制造
                if len(name) >= 2:
                    candidates[name] += weight
    ticker_match = _TICKER.search(head) or _ZH_TICKER.search(head) or _ZH_CODE.search(head[:200]) or _TICKER_LINE.search(head[:600])
    tagged = ""  # the company an exchange tag follows
    if ticker_match:
        # "The Buckle, Inc. (NYSE: BKE)": the name before an exchange tag is the document's company
        before = _LEGAL_NAME.findall(head[max(0, ticker_match.start() - 120): ticker_match.start()])
        zh_before = re.search(r"([\u4e00-\u9fff]{2,8})$", head[max(0, ticker_match.start() - 12): ticker_match.start()])
        if before:
            named = lexicon.company(before[-1])
            tagged = named.name if named else strip_suffix(out_of_capitals(before[-1]))  # ("PT SAWIT CERDAS NUSANTARA Tbk (IDX: SWCN)")
            candidates[tagged] += 25
        elif re.search(r"((?:[A-Z][\w&'’.-]*,?[ \t]){1,7})\($", head[max(0, ticker_match.start() - 80): ticker_match.start() + 1]):
            # "Fireside Chat: Bastion Digital Realty Trust (NYSE: BDRT)": a name without a legal form before its exchange tag
            # (or in capitals: "NIMBARA CLOUD, INC. (NASDAQ: NMBR)")
            run = re.search(r"((?:[A-Z][\w&'’.-]*,?[ \t]){1,7})\($", head[max(0, ticker_match.start() - 80): ticker_match.start() + 1])
            written = run.group(1).strip().rstrip(",") if run else ""
            # ("When Kestrel Semiconductor (Nasdaq: KSTR) said on Tuesday …": the sentence's first word is no part of the name)
            written = out_of_capitals(re.sub(r"^(?:When|After|If|As|While|Since|Before|Because|Although|Though|Once|Until|And|But|Then|Today|Yesterday)\s+", "", written))
            named = lexicon.company(written) if run else None
            tagged = named.name if named else strip_suffix(written) if run else ""
            if tagged:
                candidates[tagged] += 25
        elif zh_before:  # "美股上市的云穹科技（纽交所代码：YQC）"
            name = re.split(r"[的是在了为与和]", zh_before.group(1))[-1]
            named = lexicon.company(name)
            if len(name) >= 2:
                tagged = named.name if named else name
                candidates[tagged] += 25
        # "(NYSE: JNJ)": the exchange is not the document's company (the ticker after it may well be)
        exchange_part = re.split(r"[:：]", ticker_match.group(0))[0]
        for exchange in lexicon.find_companies(exchange_part):
            candidates.pop(exchange[0].name, None)
    if re.search(r"\b(?:equity\s+research|initiat\w*\s+coverage|target\s+price|price\s+target)\b", title + "\n" + head[:1500], re.I):
        # a broker's masthead ("MERRITON SECURITIES PTY LTD - EQUITY RESEARCH") over the company its note covers, named with its
        # exchange tag ("KESTREL BAY WINES LIMITED (ASX: KBW)"): the writer, not the subject
        covered_names = [name for name, weight in candidates.items() if weight >= 25 and not _BROKER.search(name)]
        # (or the one it initiates coverage of, under "PRATIBHA SECURITIES LTD -- INSTITUTIONAL EQUITY RESEARCH")
        if covered_names and (tagged in covered_names or raised and _canonical(raised.group(1), lexicon) in covered_names):
            for broker in [name for name in candidates if _BROKER.search(name)]:
                candidates[broker] -= 40
    if not candidates:
        return "", ticker_match.group(1) if ticker_match else ""
    for name in [n for n in candidates if n.isupper() and len(n) > 6]:  # "SAWIT CERDAS NUSANTARA" is the 'Sawit Cerdas Nusantara' also found: one candidate
        same = next((other for other in candidates if other != name and other.lower() == name.lower()), None)
        if same is not None:
            candidates[same] += candidates.pop(name)
    for name in sorted(candidates, key=len, reverse=True):  # "Usina Piracema Açúcar e Energia" heading a note that says "Usina Piracema":
        shorter = [other for other in candidates if len(other.split()) >= 2 and name.startswith(other + " ")]  # the name it goes by
        if shorter and name in candidates:
            candidates[max(shorter, key=len)] += candidates.pop(name)
    company = max(candidates.items(), key=lambda item: item[1])[0]
    if re.search(r"\b[A-Z]{2,3}\b", company) and not lexicon.company(company):
        # "TOLLBRIDGE FAB CAPITAL, INC." kept "FAB" as if it were an acronym: the document's own mixed-case spelling decides
        written = next((m.group(0) for m in re.finditer(r"(?<![\w-])" + re.escape(company) + r"(?![\w-])", text, re.I) if not m.group(0).isupper()), "")
        if written and written != company and not written.islower():
            company = written
    company = re.sub(r"^(?:关于|關於|有关|有關)(?=[\u4e00-\u9fff]{2})", "", company)  # "关于贵州黔云算谷…的回复": the title's 关于 is no part of the name
    company = re.sub(r"^(?:首次覆盖|首次覆蓋|维持覆盖|維持覆蓋|深度报告|深度報告|公司点评|公司點評)[：:\s]*(?=[\u4e00-\u9fff]{2})", "", company)  # a broker note's "首次覆盖岷江存储"
    ticker = tickers.get(company, "")
    if ticker_match and tagged.lower() in {"", company.lower()}:
        # An exchange tag next to the company's name is the most reliable ticker (another company's tag is not).
        known = lexicon.company(ticker_match.group(1))
        if (known is None and not ticker) or (known is not None and known.name == company):
            ticker = ticker_match.group(1)
    return company, ticker


def detect_period(text: str, title: str) -> str:
    """The period the document reports on: from the title first, else the most named in the opening."""
    in_title = find_periods(title)
    if in_title:
        return _prefer_quarter(in_title)
    ended = [p for p in find_periods(text[:1500]) if p.startswith("quarter ended")]
    if ended:
        return ended[0]  # "the fiscal quarter ended November 2, 2024" in a release's first lines
    periods = find_periods(text[:4000])
    if not periods:
        return ""
    counts = Counter(find_periods(text[:4000]))
    first = periods[0]
    # the first named period usually is the subject; a quarter beats a fiscal year named with it
    return _prefer_quarter([first] + [p for p, _ in counts.most_common() if p != first])


def _prefer_quarter(periods: list[str]) -> str:
    first = periods[0]
    if first.startswith("FY"):
        year = first[2:]
        for other in periods[1:3]:
            if other.startswith("Q") and other.endswith(year):
                return other
    return first


_ACCESSION = re.compile(r"^\d{10}-\d{2}-\d{6}$")  # an EDGAR accession number used as a PDF title
_GENERIC_TITLES = {"document", "untitled", "index", "page", "home", "press release", "news release", "exhibit 99.1", "ex-99.1"}


_DISCLAIMER = re.compile(r"\W*(?:not\s+for\s+(?:release|distribution|publication)|this\s+announcement\s+is\s+for\s+information|important\s+notice)", re.I)


def _readable_title(line: str) -> bool:
    """A first line fit to be a title: long enough, mostly words, not a cover-page form field."""
    letters = sum(ch.isalpha() or ch.isspace() for ch in line)
    return (len(line) > 15 and letters >= 0.7 * len(line) and not line.lstrip().startswith(("(", "☒", "☐", "ý"))
            and not re.search(r"exact name of registrant|report pursuant|mark one|transition period", line, re.I))


def detect(loaded: LoadedDocument, path: Path, lexicon: Lexicon) -> dict[str, str]:
    parts: list[str] = []
    section = ""
    for block in loaded.blocks[:80]:
        if block.section and block.section != section:
            section = block.section
            if not block.text.startswith(section):
                parts.append(section)  # headings were lifted out of the text; they say the most
        parts.append(block.text)
    text = "\n".join(parts)
    title = loaded.title
    if (not title or title.strip().lower() in _GENERIC_TITLES or title.strip().lower().endswith((".htm", ".html"))
            or _ACCESSION.match(title.strip())):
        # (not a selling restriction's "NOT FOR DISTRIBUTION IN …"; a cover's own name in capitals, "AURELLE LAUNCH SA", first)
        cover = loaded.blocks[0].section.strip() if loaded.blocks else ""
        title = cover if _CAPS_COVER.fullmatch(cover) else \
            next((line[:200] for line in (b.text.split("\n")[0] for b in loaded.blocks) if _readable_title(line) and not _DISCLAIMER.match(line)), path.stem)
    is_transcript = sum(1 for b in loaded.blocks if b.kind == "turn") >= 3
    company, ticker = detect_company(text, title, lexicon)
    doc_type = detect_doc_type(to_simplified(text[:8000]), to_simplified(title), is_transcript, path)  # a Taiwan filing's 股票代號 too
    if doc_type == "research note" and _BROKER.search(company):
        company, ticker = "", ""  # a sector note under a broker's masthead ("KESTREL SECURITIES") covers no one company; the broker only writes it
    period = detect_period(text, title)
    if not loaded.title.strip() or title != loaded.title:
        # No usable title of its own: an SEC form is named by what it is, not by a cover-page field.
        if doc_type in {"10-K", "10-Q", "8-K"} and company:
            title = " ".join(f for f in (company, "Form " + doc_type, period) if f)
    return {
        "title": title.strip() or path.stem,
        "company": company,
        "ticker": ticker,
        "doc_type": doc_type,
        "period": period,
        "date": find_date(text[:5000]),
        "language": detect_language(text),
    }
