"""Summaries of reports and calls: the KPIs a document states (with period and page) and its key points.

KPIs are read from tables first (a row label such as "Revenue" or "Diluted EPS", the first figure
column being the period the document reports on, the scale from the caption) and then from sentences
("Revenue was $812 million, up 41% year over year"). Key points offline lead with headlines, a
results or outlook metric with its figure in the document's own words and the period the sentence
gives ("Q3 2025: non-GAAP diluted earnings per share $1.12."); the rest are the document's own
sentences, chosen for what an investor looks for (results, guidance, drivers, deals, risks), trimmed
to the clause that carries the figure, and kept apart from one another. Key points written by a
model are in ``summaries_model``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from analyst.numbers import parse_figure
from analyst.text import LIST_MARKER, figure_spans, find_figures, find_periods, split_sentences, tokenize, word_count
from analyst.types import KPI, OFFERING_DOCS, PERIODIC_REPORTS, Bullet, Chunk, Document, Summary

# name -> (label pattern for table rows and sentences)
KPI_PATTERNS: list[tuple[str, str]] = [
    ("diluted EPS", r"diluted (?:net )?(?:earnings|income|loss)? ?per (?:common )?share|diluted eps|earnings per diluted share|eps \(diluted\)|摊薄每股收益|稀释每股收益|每股收益"),
    ("revenue", r"(?<!cost of )(?<!deferred )(?:total |net )?(?:revenues?|net sales|total sales)(?! (?:backlog|growth|guidance|per))|营业收入|营收|总收入"),
    ("net income", r"net (?:income|loss|earnings)(?: attributable[\w ]*)?|net profit|净利润|净亏损|归母净利润|归属于(?:上市公司|母公司)(?:股东|所有者)的净利润"),
    ("operating income", r"operating (?:income|loss|profit)|income from operations|经营利润|营业利润"),
    ("gross margin", r"gross margin|毛利率"),
    ("operating margin", r"operating margin|营业利润率|经营利润率"),
    ("adjusted EBITDA", r"adjusted ebitda"),
    ("capital expenditure", r"capital expenditures?|capex|purchases of property(?:,)? (?:plant )?and equipment|资本支出|资本开支"),
    ("free cash flow", r"free cash flow|自由现金流"),
    ("cash", r"cash and cash equivalents|cash, cash equivalents(?: and (?:short-term )?(?:investments|marketable securities))?|现金及现金等价物"),
    ("debt", r"total debt|long-term debt|总债务|有息负债"),
    ("backlog", r"(?:revenue )?backlog|remaining performance obligations|rpo|积压订单|剩余履约义务"),
]
SEGMENT = re.compile(r"\b(data cent(?:er|re)|cloud|gaming|automotive|networking|compute|hbm|dram|nand|advertising|services|"
                     r"enterprise|consumer|infrastructure|memory)\s+(?:segment\s+)?revenues?\b|(数据中心|云|云计算|广告|游戏)(?:业务)?收入", re.I)
_GROWTH_YOY = re.compile(r"(?:up|increase[sd]?|grew|growth of|rose|higher by|down|decrease[sd]?|declined?|fell)\s+(?:by\s+)?(\d[\d.,]*\s?%)"
                         r"[^.;%]{0,40}?(?:year[- ]over[- ]year|year on year|from (?:a|the) year|compared (?:with|to) (?:the )?(?:same|prior[- ]year|a year)|y/y|yoy)"
                         r"|同比(?:增长|上升|下降|减少)(\d[\d.]*%)", re.I)
_GROWTH_QOQ = re.compile(r"(?:up|increase[sd]?|grew|rose|down|decline[sd]?|fell)\s+(?:by\s+)?(\d[\d.,]*\s?%)\s+(?:sequentially|quarter[- ]over[- ]quarter|q/q|from the (?:prior|previous) quarter)"
                         r"|环比(?:增长|上升|下降|减少)(\d[\d.]*%)", re.I)
_GUIDANCE = re.compile(r"\b(?:expects?|expected|outlook|guidance|forecasts?|anticipates?|projects?|sees|guides?|targets?)\b|预计|指引|展望", re.I)
_YTD = re.compile(r"nine months|six months|first half|year[- ]to[- ]date|ytd|前三季度|上半年|前九个月", re.I)
# A table's unit in its header or the line above it: "(in thousands)", "(Dollars in millions)", "in $ millions", "RMB in
# thousands"; "单位：万元", "单位：元 币种：人民币", "金额单位：人民币万元", "单位：百万美元"
_SCALE = re.compile(r"\bin (?:(?:u\.?s\.? ?)?\$ ?|us\$ ?|usd |rmb |€ ?|eur )?(thousands|millions|billions)\b|"
                    r"\b(thousands|millions|billions) of (?:u\.?s\.? )?(?:dollars|euros|rmb|yuan)\b|"
                    r"单位\s*[:：]?\s*(?:人民币|美元|港元|港币)?\s*(万亿|亿|千万|百万|十万|万|千)?\s*(元|美元|港元|港币)", re.I)
# a Chinese table's scale in the unit figures in text are given in (billions), as ``_unit_for`` does for "12,345.67万元"
_ZH_SCALE = {"万亿": 1000.0, "亿": 0.1, "千万": 0.01, "百万": 0.001, "十万": 0.0001, "万": 0.00001, "千": 0.000001, "": 1e-9}


def _table_unit(text: str) -> tuple[str, str, float | None]:
    """(scale word, currency, factor to billions for a Chinese unit) stated in a table's header or the line above it."""
    found = _SCALE.search(text)
    if not found:
        return "", "", None
    if found.group(4):  # 单位：万元
        currency = "USD" if "美元" in found.group(0) else "HKD" if re.search(r"港元|港币", found.group(0)) else "CNY"
        return "", currency, _ZH_SCALE[found.group(3) or ""]
    scale = (found.group(1) or found.group(2)).lower().rstrip("s")
    currency = "CNY" if re.search(r"rmb|yuan|人民币", text, re.I) else "EUR" if re.search(r"€|\beur\b|euros", found.group(0), re.I) else ""
    return scale, currency, None


# a heading that leads into a list or table, or an address: neither says anything on its own
NOT_A_POINT = re.compile(r"[:：]\s*$|\b\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,4}(?:Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Road|Rd\.|Drive|Parkway|Way|Lane)\b"
                         r"|,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
BOILERPLATE = re.compile(
    r"forward[- ]looking|safe harbor|non-gaap (?:financial )?measures? (?:is|are)|reconciliation|risk factors (?:section|in our)|sec filings?|"
    r"securities and exchange commission|investor relations|webcast|replay|welcome to|good (?:morning|afternoon|evening|day)|"
    r"thank you|thanks|operator|website|www\.|\.com\b|slides?\b|turn (?:the call|it) over|hand (?:the call|it) over|"
    r"with me (?:today|on)|materially different|undertake no obligation|disclaim|illustrative|not (?:an )?official|for the demo|"
    r"questions?(?: and answers?)?(?: session)?\b|please (?:go ahead|refer)|conference call|earnings call|on the call|joining us|"
    r"免责声明|前瞻性陈述|仅供参考|证券代码|证券简称|公司代码|公司简称",  # a Chinese report's cover line is not a point
    re.I,
)
TOPICS = {
    "results": re.compile(r"revenue|sales|earnings per share|eps|net income|net loss|profit|margin|ebitda|operating income|record|营收|收入|利润|毛利", re.I),
    "guidance": _GUIDANCE,
    "drivers": re.compile(r"driven by|due to|because|demand|growth in|increase in|strong|ramp|adoption|backlog|orders|bookings|需求|增长", re.I),
    "capital": re.compile(r"capital expenditure|capex|buyback|repurchase|dividend|cash flow|debt|financing|资本支出|资本开支|回购|股息|分红", re.I),
    "deals": re.compile(r"agreement|contract|partnership|invest|acquir|stake|loan|credit facility|warrant|协议|合同|投资|收购|股份(?!有限公司)|贷款", re.I),
    "risks": re.compile(r"risk|uncertain|headwind|pressure|decline|shortage|constrain|tariff|export control|competition|风险|压力|下降|不确定|管制|减值|依赖", re.I),
}
WEIGHTS = {"results": 3.0, "guidance": 2.5, "capital": 1.5, "deals": 1.5, "drivers": 1.0, "risks": 1.0}
MAX_BULLET_WORDS = 28
LONG_POINT = 15
_HEADLINE = re.compile(r"earnings per (?:diluted )?share|\beps\b|(?:total |net )?revenues? (?:was|were|of|rose|grew|increased|came)|net sales|每股收益|营收", re.I)


@dataclass(frozen=True)
class _Candidate:
    text: str
    page: int | None
    position: float
    score: float
    topics: frozenset[str]


_ZH_SEGMENTS = {"数据中心": "Data Center", "云": "Cloud", "云计算": "Cloud", "广告": "Advertising", "游戏": "Gaming"}


def _segment_name(raw: str) -> str:
    raw = raw.strip()
    return _ZH_SEGMENTS.get(raw, raw.title() if raw.isascii() else raw) + " revenue"


def _kpi_name(label: str) -> str | None:
    lowered = label.lower().strip(" :：|")
    segment = SEGMENT.search(lowered)
    if segment:
        return _segment_name(segment.group(1) or segment.group(2) or "")
    for name, pattern in KPI_PATTERNS:
        if re.match(rf"(?:{pattern})\b" if lowered.isascii() else f"(?:{pattern})", lowered):
            return name
    return None


def _unit_for(figure: str, scale: str, table_currency: str = "") -> tuple[float | str, str]:
    parsed = parse_figure(figure)
    if parsed is None:
        return figure, ""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", figure)
    value = float(number.group(0).replace(",", "")) if number else parsed.value
    if figure.strip().startswith("(") or figure.strip().startswith("-") or "$(" in figure:
        value = -value
    if parsed.percent:
        return value, "%"
    words = re.search(r"(trillion|billion|million|thousand|bn|mn)", figure, re.I)
    currency = "USD" if "$" in figure and "NT$" not in figure and "HK$" not in figure else "TWD" if "NT$" in figure else \
        "HKD" if "HK$" in figure else "CNY" if re.search(r"元|人民币|RMB", figure) and "美元" not in figure else "USD" if "美元" in figure else \
        table_currency
    chinese = re.search(r"(万亿|亿|万)", figure)
    if chinese:  # 650亿美元 -> 65 USD billion: Chinese units in the units a reader compares across documents
        factor = {"万亿": 1000.0, "亿": 0.1, "万": 0.00001}[chinese.group(1)]
        return round(value * factor, 9), f"{currency or 'CNY'} billion"
    if words:
        unit_word = {"bn": "billion", "mn": "million"}.get(words.group(1).lower(), words.group(1).lower())
        return value, f"{currency} {unit_word}".strip()
    if scale:
        return value, f"{currency or 'USD'} {scale}".strip()
    return value, currency


_COMPARISON = re.compile(r"compared (?:with|to)|versus|\bvs\.?|from (?:a|the) year|up from|down from|against|"
                         r"\b(?:up|down|rose|fell|increased|decreased|grew|declined)\s+[\d.,]+\s?%\s+from\b|相比|较上年|上年同期", re.I)


def _period_of(text: str, document: Document) -> str:
    text = _COMPARISON.split(text)[0]  # "47.5%, compared with 44.0% in Q3 2024": the comparison's period is not the figure's
    if document.period and document.period in find_periods(text):
        return document.period
    if _YTD.search(text):
        found = find_periods(text)
        year = next((p[-4:] for p in found if p[-4:].isdigit()), document.period[-4:] if document.period else "")
        half = re.search(r"six months|first half|上半年", text, re.I)
        return f"{'H1' if half else 'YTD'} {year}".strip()
    periods = find_periods(text)
    return periods[0] if periods else document.period


def kpis_from_tables(chunks: Iterable[Chunk], document: Document) -> list[KPI]:
    out: list[KPI] = []
    chunks = list(chunks)
    for before, chunk in zip([None, *chunks], chunks, strict=False):
        if chunk.kind != "table":
            continue
        lines = [line for line in chunk.text.split("\n") if line.strip()]
        heading = ""
        head = " ".join(lines[:3])
        # "(Amounts in Thousands Except Per Share Amounts)" often sits just above the table, in the text before it
        lead_in = before.text[-200:] if before is not None and before.page == chunk.page and before.kind != "table" else ""
        # the unit: in the table's header, the line above it, or the heading it sits under ("单位：万元" set as a heading)
        stated = next((text for text in (head, lead_in, chunk.section) if _SCALE.search(text)), "")
        scale, currency, to_billions = _table_unit(stated)
        header_periods = find_periods(head)
        period = header_periods[0] if header_periods and not _YTD.search(head.split("\n")[0]) else document.period
        if _YTD.search(head) and not re.search(r"three months|quarter|季度", head, re.I):
            period = _period_of(head, document)
        wrapped = ""
        for line in lines:
            if "|" not in line and line.rstrip().endswith(":") and not re.search(r"\d", line):
                heading = line  # "EARNINGS PER SHARE:" heads the rows below it
                continue
            cells = [c.strip() for c in line.split("|")] if "|" in line else None
            if cells:
                label, rest = cells[0], " ".join(cells[1:])
            else:
                m = re.match(r"^(.*?[A-Za-z\u4e00-\u9fff)）])\s+([-$(\d—].*)$", line)
                if m:
                    label, rest = m.group(1), m.group(2)
                elif wrapped and re.match(r"\s*[-$(\d—]", line):
                    label, rest = wrapped, line  # "归属于上市公司股东的净" | "利润" | "123,456,700.00 ...": a label cell that wrapped
                else:
                    wrapped = f"{wrapped}{line.strip()}" if not re.search(r"\d", line) and len(line) < 40 else ""
                    continue
            wrapped = ""
            if label.rstrip().endswith(":") and not re.search(r"\d", rest):
                heading = label  # "EARNINGS PER SHARE:" heads the rows below it
                continue
            if label.strip().lower() in {"diluted", "basic"} and re.search(r"per share", heading, re.I):
                label = f"{label} earnings per share"  # "EARNINGS PER SHARE:" … "Diluted | $0.88"
            name = _kpi_name(label)
            if not name:
                continue
            figures = [f for f in find_figures(rest) if not re.fullmatch(r"(?:19|20)\d\d", f)]
            if not figures:
                bare = re.findall(r"\(?\$?\(?-?\d[\d,]*(?:\.\d+)?\)?%?", rest)
                figures = [b for b in bare if not re.fullmatch(r"(?:19|20)\d\d", b)]
            if not figures:
                continue
            per_share = name == "diluted EPS" or re.search(r"每股|per share", label, re.I)
            value, unit = _unit_for(figures[0], scale if "%" not in figures[0] and not per_share else "", currency)
            if to_billions is not None and not per_share and unit in {"", currency} and isinstance(value, float):
                value, unit = round(value * to_billions, 9), f"{currency} billion"  # 86,543.21 under 单位：万元
            if name in {"gross margin", "operating margin"} and unit != "%":
                continue
            if name == "diluted EPS":
                unit = unit.split()[0] if unit else currency or ("CNY" if to_billions is not None or document.language == "zh" else "USD")
            out.append(KPI(name, value, unit, period, chunk.page, quote=line))
    return out


def kpis_from_text(chunks: Iterable[Chunk], document: Document) -> list[KPI]:
    out: list[KPI] = []
    for chunk in chunks:
        if chunk.kind == "table":
            continue
        for sentence in split_sentences(chunk.text):
            lowered = sentence.lower()
            for name, pattern in [*KPI_PATTERNS, ("segment", SEGMENT.pattern)]:
                for m in re.finditer(pattern, lowered if lowered.isascii() else sentence, re.I):
                    # guidance: an outlook word in the same clause, before the figure's label
                    guidance = bool(_GUIDANCE.search(re.split(r"[.;。；]", sentence[max(0, m.start() - 80): m.start()])[-1]))
                    after = sentence[m.end(): m.end() + 150]
                    if re.search(r"(?:\bfrom|compared (?:with|to)|versus|\bvs\.?)\s+$", sentence[max(0, m.start() - 16): m.start()], re.I):
                        continue  # "from net sales of $303.5 million": the comparison, not the figure
                    if not re.match(r"(?:\s+(?:for|in|during) (?:the )?[\w ,-]{0,60}?)?\s*(?:(?:increased|decreased|rose|fell|grew|declined|was up|was down)"
                                    r"(?: by)?\s+\d[\d.,]*\s?(?:%|percent)\s+to\b|\(|of|was|were|is|are|totaled|totalled|reached|came in at|rose to|increased to|grew to|between|"
                                    r"in the range of|to be|approximately|around|about|"
                                    r"decreased to|fell to|of approximately|of about|amounted to|:|为|达到?|约|实现|录得)", after, re.I):
                        continue
                    figures = find_figures(after)
                    if name not in {"gross margin", "operating margin"}:
                        figures = [f for f in figures if "%" not in f and "percent" not in f] or []  # "up 3.2% to $293.6 million"
                    if not figures:
                        continue
                    label = name
                    if name == "segment":
                        label = _segment_name(m.group(1) or m.group(2) or "")
                    label = f"{label} guidance" if guidance else label
                    value, unit = _unit_for(figures[0], "")
                    if label.startswith(("gross margin", "operating margin")) and unit != "%":
                        continue
                    if guidance and len(figures) > 1 and re.search(r"\bto\b|between|-|–|至", after[: after.find(figures[1])]):
                        value, unit = f"{figures[0]} to {figures[1]}", ""
                    out.append(KPI(label, value, unit, _period_of(sentence, document), chunk.page, quote=sentence))
            for growth_name, growth in (("revenue growth YoY", _GROWTH_YOY), ("revenue growth QoQ", _GROWTH_QOQ)):
                rate = growth.search(sentence)
                if rate and re.search(r"revenue|sales|营收|收入", sentence, re.I):
                    figure = (rate.group(1) or rate.group(2)).replace(" ", "")
                    sign = -1 if re.search(r"down|decrease|decline|fell|下降|减少", rate.group(0), re.I) else 1
                    out.append(KPI(growth_name, sign * float(figure.rstrip("%").replace(",", "")), "%", _period_of(sentence, document),
                                   chunk.page, quote=sentence))
    return out


def extract_kpis(chunks: list[Chunk], document: Document) -> list[KPI]:
    """One value per KPI, tables before text, the document's own period before others."""
    chosen: dict[str, KPI] = {}
    for kpi in [*kpis_from_tables(chunks, document), *kpis_from_text(chunks, document)]:
        current = chosen.get(kpi.name)
        own = kpi.period == document.period or not document.period
        if current is None or (own and current.period != document.period and document.period):
            chosen[kpi.name] = kpi
    order = [name for name, _ in KPI_PATTERNS]
    return sorted(chosen.values(), key=lambda k: (order.index(k.name) if k.name in order else len(order), k.name))


_DISCOURSE = re.compile(r"^(?:finally|additionally|also|in addition|overall|as a result|now|so|and|moreover|first|second|third|lastly|"
                        r"importantly|as you (?:can )?see|as (?:i|we) mentioned|turning to [^,]{1,40}|with respect to [^,]{1,40}|"
                        r"in (?:the )?(?:q[1-4]|quarter|first|second|third|fourth)[^,]{0,30}),\s+", re.I)
# Asides before the point: who said it before ("As Linn noted,"), how to take it ("Most importantly,", "For context,"),
# a concession ("While we continue to invest in people, ..."), and a leading "And" or "So".
_ASIDE = re.compile(r"^(?:(?:and|so|but|well|now|again|still|then|okay|ok)\s+(?!,)|"
                    r"(?:as (?:i|we|you|they|[A-Z][a-z]+) (?:just |also |previously |have |had |already )*(?:said|noted|mentioned|discussed|described|shared|"
                    r"stated|indicated|highlighted|outlined|covered|saw|know|can see|heard|reported)[^,]{0,50}|as (?:mentioned|noted|expected|discussed|"
                    r"previously (?:mentioned|noted|discussed|announced)|a reminder)|most importantly|importantly|notably|needless to say|"
                    r"going forward|looking (?:ahead|forward)(?: to [^,]{1,30})?|for context|at the midpoint|taken together|in summary|"
                    r"in short|to summarize|in sum|on balance|specifically|in particular|that said|with that|as such|however|further(?:more)?|"
                    r"all in all|net of these factors|(?:while|although|though) [^,]{5,90}),\s+)", re.I)
_TAIL = re.compile(r",\s+(?=(?:including|compared|driven|which|reflecting|primarily|partially|due to|as|while|despite|led by|"
                   r"excluding|representing|or|and|but|offset|resulting|bringing|reflecting|with)\b)|;\s+", re.I)
# A second clause that stands alone ("..., and we are confirming our capital expenditures of $300 million to $350 million")
_OWN_CLAUSE = re.compile(r"^(?:(?:and|but)\s+)?(?=(?:we|it|they)\b)", re.I)


def _without_asides(sentence: str) -> str:
    text, previous = sentence.strip(), ""
    while text != previous:  # "And as we shared in February, ..." loses both
        previous = text
        text = _ASIDE.sub("", _DISCOURSE.sub("", text)).strip()
    return text[:1].upper() + text[1:]


def _trim(sentence: str) -> str:
    """The clauses that carry the figure, for a bullet that reads at a glance (the words stay the document's own)."""
    if not sentence.isascii():
        return sentence
    text = _without_asides(sentence)
    clauses = [c.strip(" ,;") for c in _TAIL.split(text) if c.strip(" ,;")]
    first = next((i for i, c in enumerate(clauses) if find_figures(c)), None)
    if first and _OWN_CLAUSE.match(clauses[first]) and len(clauses[first].split()) >= 6:
        # the clauses before the figure carry none, and the clause with it stands alone: the point starts there
        clauses = [_OWN_CLAUSE.sub("", clauses[first], count=1), *clauses[first + 1:]]
        clauses[0] = clauses[0][:1].upper() + clauses[0][1:]
    kept: list[str] = []
    for clause in clauses:  # up to the first clause that carries a figure; what follows qualifies it
        kept.append(clause)
        if find_figures(clause):
            break
    trimmed = ", ".join(kept).rstrip(" ,;:.")
    words = trimmed.split()
    if len(words) > MAX_BULLET_WORDS:
        # cut after a word, never inside a figure or a range ("$300 million to $350 million")
        cut = len(" ".join(words[:MAX_BULLET_WORDS]))
        for fig_start, fig_end, _ in figure_spans(trimmed):
            joined = _RANGE.match(trimmed[fig_end:])
            if joined:
                fig_end = next((e for s2, e, _ in figure_spans(trimmed) if s2 == fig_end + joined.end()), fig_end)
            if fig_start < cut < fig_end or (joined and fig_start < cut <= fig_end):
                cut = fig_end
        trimmed = trimmed[:cut].rstrip(" ,;:-") + "…"
    return trimmed + "." if not trimmed.endswith(("…", ".")) else trimmed


# Headlines: a metric and its figure in the document's own words, with the period in front
# ("Q3 2021: adjusted diluted earnings per share were $1.87"), the way results are reported at a glance.
_QUALIFIER = (r"(?:(?:adjusted|non-gaap|gaap|core|normalized|diluted|basic|reported|total|consolidated|comparable|organic|"
              r"same[- ]store|comparable[- ]store|pro forma|economic|operating|net|quarterly|record|fully diluted)[\s-]+)")
_METRICS: list[tuple[str, re.Pattern[str]]] = [
    ("per share", re.compile(rf"\b{_QUALIFIER}{{0,3}}(?:(?:earnings|income|loss|profit|ffo|affo|funds from operations|"
                             rf"(?:tangible )?book value|dividends?|distributions?)(?: \([a-z]+\))? per (?:diluted |basic |common )?share|eps)\b", re.I)),
    ("topline", re.compile(rf"\b{_QUALIFIER}{{0,3}}(?:revenues?|net sales|sales)\b", re.I)),
    ("other", re.compile(rf"\b{_QUALIFIER}{{0,2}}(?:net (?:income|earnings|loss)|operating (?:income|profit|margin)|gross (?:margin|profit)|"
                         r"ebitda(?: margin)?|free cash flow|cash flow from operations|operating cash flow|ffo\w*|affo|funds from operations|"
                         r"net interest (?:income|margin)|noi|bookings|backlog|book value)\b", re.I)),
]
_GAP_STOP = re.compile(r"compared|versus|\bvs\b|\bfrom\b|against|prior|last year|ago|\bthan\b|[.;:?]|\brespectively\b", re.I)
_GAP_GUIDANCE = re.compile(r"\b(?:expect\w*|guidance|outlook|forecast\w*|anticipat\w*|project\w*|to be|will be|target\w*)\b", re.I)
_TO_VALUE = re.compile(r"(?:\s+(?:sequentially|year[- ]over[- ]year|organically|in constant currency|on a [\w-]+ basis|"
                       r"(?:versus|compared (?:to|with)|over|from) (?:the )?(?:prior|last|same|previous)(?: year| fiscal year)?"
                       r"(?: period| quarter)?)\b,?)?\s*(?:,? to|,? or)\s+"
                       r"(?:an? )?(?:record )?(?:(?:approximately|about|around|roughly|nearly) )?", re.I)
_SIGNED_RANGE = re.compile(r"^\s*(?:to|-|–)\s*(?:(flat)\b|(?:down|up|minus|plus|negative|positive)\s+(?=\d))", re.I)
_RANGE = re.compile(r"^\s*(?:to|and|-|–)\s*(?=[$€£¥(\d])")
_PER_SHARE_TAIL = re.compile(r"^\s*(?:per|a) (?:fully )?(?:diluted |basic |common )?share\b", re.I)
# The words that may stand between a metric and its figure: linking verbs, periods, qualifiers. Anything
# else ("revenue, property operating expenses were $7.5 million") means the figure belongs to something else.
_GAP_WORDS = frozenset("""for in during of the this that our its a an first second third fourth 1st 2nd 3rd 4th quarter quarterly
    year full fiscal half nine six three twelve months month ended period was were is are came at totaled totalled totaling reached
    grew rose increased decreased declined fell improved jumped climbed dropped up down by to be will approximately about
    around roughly nearly almost just over under record basis on gaap non-gaap adjusted year-over-year sequentially organically
    expect expected now also again continues continued remain remained range between guidance outlook increase decrease grow
    growth came amounted has have had been which per share diluted basic common fully attributable stockholders shareholders
    holders unitholders excluding items total reported new high low end level levels week weeks ranging january february march april
    may june july august september october november december""".split())
_PERIOD_WORDS = re.compile(r"\b(?:for|in|during|of)?\s*(?:the|this|our)\s+(?:(?:first|second|third|fourth)\s+)?(?:fiscal\s+)?"
                           r"(?:quarter|year|full year)(?:\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d)?\b,?", re.I)
_BASIS = re.compile(r",?\s*\b(?:on an?|in) (non-gaap|gaap|adjusted|reported|as-reported|comparable|constant currency|organic) basis\b,?", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


_LINKING = re.compile(r"(?:\s+(?:for|in|during) (?:the|this) (?:(?:first|second|third|fourth|1st|2nd|3rd|4th) )?(?:quarter|year|full year)"
                      r"(?: of (?:fiscal )?(?:19|20)\d\d)?)?,?\s+(?:was|were|is|are|of|came in at|totaled|totalled|amounted to|reached|at)\s+", re.I)
_TRAILING_PERIOD = re.compile(r"^,?\s+(?:for|in|during) the (?:[\w-]+ ){0,4}?(?:period|quarter|year|months?)"
                              r"(?: ended [A-Z][a-z]+ \d{1,2}, (?:19|20)\d\d| of (?:fiscal )?(?:19|20)\d\d)?")
_HIGHER = re.compile(r"^\s*(?:higher|lower|more|less|above|below)\b", re.I)
_LEAD_VERB = re.compile(r"(?i:\b(?:increased|grew|raised|reported|posted|generated|delivered|achieved|recorded|increasing|raising|"
                        r"reaffirm(?:ed|ing)?|lowered|lowering|narrowed|narrowing)\s+(?:our |the |its )?"
                        r"(?:full[- ]year |annual |quarterly )?)(?:[a-z][a-z-]+ )?$")
_OBJECT_OF = re.compile(r"\b(?:percentage|percent|%|share|portion|part|proportion|ratio|multiple|times|of|to|on|with|over|per|from|"
                        r"versus|vs\.?|than|compared (?:with|to))\s+$", re.I)
# The word before "revenue" or "sales" names which ("Online sales", "Data center revenue", "product revenue"),
# unless it is one of these or a verb ("delivered record revenue", "expect revenue").
_NOT_MODIFIER = frozenset("""the our we and of in for with to a an was were is are that which this its their from by on at as while
    compared quarter year first second third fourth fiscal full annual quarterly total also now again still both all company
    against versus than into over under across through after before about within between including excluding plus minus""".split())
_VERBISH = re.compile(r"^(?!(?:recurring|operating|consulting|licensing|advertising|banking|trading|marketing|servicing|manufacturing|"
                      r"housing|lending|financing|retailing|publishing|shipping|mining|printing|packaging|engineering|staffing|"
                      r"clearing|processing|leasing|streaming|gaming|networking|computing|accounting|underwriting|outsourcing|"
                      r"ticketing|catering|billing|dining|training|building|clothing|heating|plumbing|roofing|farming|brokerage)$)"
                      r"[^-]*(?:ed|ing|ly)$|^(?:expects?|sees?|anticipates?|grows?|generates?|delivers?|reports?|posts?|raises?|"
                      r"reaffirms?|drives?|increases?|decreases?|achieves?|includes?|excludes?|reflects?|represents?|exceeds?|assumes?|"
                      r"has|have|had|see|be)$", re.I)


# A figure right after a change word is the change ("revenue was up $86 million", "an increase of $0.62"), not the
# metric's level; a headline keeps it only with the level it led to ("increased by $2.3 million to $47.9 million").
_CHANGE_END = re.compile(r"\b(?:up|down|by|increased?|increases|decreased?|decreases|grew|rose|fell|declined?|improved|higher|lower|"
                         r"dropped|slipped|jumped|climbed|gained|lost|expanded|contracted|"
                         r"(?:an? )?(?:increase|decrease|decline|improvement|reduction|change|growth) of)\s+"
                         r"(?:(?:approximately|about|around|roughly|nearly|almost|over|just over|more than|less than) )?$", re.I)
_DIFFERENCE = re.compile(r"^\s*(?:higher|lower|more|less|above|below|better|worse|ahead|short)\b", re.I)
# "decline in revenue of 18% to 28%": the rate is the decline's, and the headline says so
_CHANGE_IN = re.compile(r"\b(?:decline|decrease|increase|growth|reduction|improvement|change)s? in (?:our |the |its )?(?:[a-z][\w-]* ){0,2}$", re.I)
# "decreasing adjusted EBITDA approximately $100 million": the verb before the metric makes the figure a change
_CHANGE_VERB = re.compile(r"\b(?:decreas|increas|reduc|lower|rais|impact|improv|hurt|benefit|offset|boost|add)(?:ing|ed|es|s)?\s+"
                          r"(?:our |the |its )?(?:(?!(?:outlook|guidance|forecast|expectations?|for|of|to|in)\b)[a-z][\w-]* ){0,2}$", re.I)
# "the size of in-person retail sales", "on service fee revenue": the metric is the object of something else
_OBJECT_NEAR = re.compile(r"\b(?:of|on|with|over|per|than|from|against|versus)\s+(?:(?:the|our|its|their|a|an|total) )?(?!(?:fiscal|quarter|year|q[1-4])\b)"
                          r"(?:[a-z][\w'’-]* ){1,2}$")
# Whose figure: "The Industrial segment had sales of", "Magnetrol has annual sales", "Ortega generated net sales": a
# part of the company, an acquisition or a brand, not the company's own result ("we", "the company", "our company").
_SUBJECT_VERB = re.compile(r"([\w&.'’-]+)\s+(?:(?:is|are|was|were) (?:projected|expected|forecast|forecasted|estimated) to |will |should |also )?"
                           r"(?:has|have|had|generat\w*|posted|posts|reported|reports|delivered|delivers|recorded|records|achieved|"
                           r"produced|improved|increased|grew|drove)\s+(?:[\w-]+ ){0,3}$", re.I)
_LEAD_IN_CLAUSE = re.compile(r"^\s*(?:in|within|for|at) ((?:[\w&.'’-]+ ){0,5}[\w&.'’-]+),", re.I)
_NOT_A_PART = re.compile(r"\b(?:q[1-4]|quarters?|year|years|months?|weeks?|half|period|fiscal|(?:19|20)\d\d|january|february|march|april|may|"
                         r"june|july|august|september|october|november|december|addition|total|fact|summary|short|aggregate|general|"
                         r"particular|currency|terms|view|words|response|contrast|comparison|conclusion|closing|turn|light|line|"
                         r"sum|all|short|sum|basis|context|order|other|each|both|either|this|that|these|those|result|respect|"
                         r"regards?|reference|connection|addition|summary|spite|case|meantime|meanwhile|today|now|recent|"
                         r"same|first|second|third|fourth|last|next|prior|previous|current|latest|date)\b", re.I)
_POSSESSOR = re.compile(r"\b([A-Z][\w&.-]*)(['’]s?) (?:(?:first|second|third|fourth|full[- ]year|fiscal|quarterly|annual|(?:19|20)\d\d|Q[1-4]|"
                        r"quarter|year|total|net|adjusted|organic|core|reported|GAAP|non-GAAP) )*$")
_PART_WORDS = frozenset("segment segments business businesses division divisions unit units brand brands subsidiary platform acquisition".split())
_PART_CLAUSE = re.compile(r"^\s*(?:[Ii]n|[Aa]t|[Ff]or|[Ww]ithin) (?:(?!Q[1-4]\b|[A-Z][a-z]+ \d|(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|Fiscal|First|Second|Third|Fourth|Full)\b)([A-Z][\w&.'’-]*(?: (?:&|and|[A-Z][\w&.'’-]*))*)"
                          r"|(?:our|the) [\w&.'’ -]{1,40}? (?:segments?|business(?:es)?|divisions?|units?|brands?)),")


def _own_names(document: Document) -> set[str]:
    """The words a document uses for its own company: its detected name, ticker and the words of its title."""
    return {w.lower() for w in re.findall(r"[\w&'’-]+", f"{document.company} {document.ticker} {document.title}")}


def _someone_elses(before_metric: str, document: Document) -> bool:
    """Whether the words before a metric give it to a part, a brand or another company rather than the company."""
    if _PART_CLAUSE.match(before_metric) or re.search(r"\b(?:segments?|divisions?)\b", before_metric, re.I):
        return True  # "In Metal Coatings, we posted sales of ...", "In our International segment, revenue ..."
    lead = _LEAD_IN_CLAUSE.match(before_metric)
    if lead and not _NOT_A_PART.search(lead.group(1)):
        return True  # "In wealth and investment management, revenues rose 6%": a business line's
    clause = re.split(r"[,;]", before_metric)[-1]
    subject = _SUBJECT_VERB.search(clause)
    if not subject:
        return False
    word = subject.group(1)
    if word.lower() in _PART_WORDS:
        return True
    own = {"we", "i", "it", "company", "the", "they", *_own_names(document)}
    return word[:1].isupper() and re.sub(r"['’]s?$", "", word).lower() not in own


# An outlook that moved: "we increased our outlook for total revenues", "raising our full year guidance", "reaffirm our guidance"
_OUTLOOK_MOVE = re.compile(r"\b(rais|increas|lift|lower|reduc|cut|trim|narrow|reaffirm|reiterat|maintain|confirm)[a-z]*\s+"
                           r"(?:[\w'’-]+ ){0,5}?(?:outlook|guidance|forecast|range|expectations?|targets?)\b", re.I)
_MOVES = {"rais": "raised", "incr": "raised", "lift": "raised", "lowe": "lowered", "redu": "lowered", "cut": "lowered",
          "trim": "lowered", "narr": "narrowed", "reaf": "reaffirmed", "reit": "reaffirmed", "main": "reaffirmed", "conf": "reaffirmed"}
_FUTURE = re.compile(r"\b(?:(?:is|are) expected|will|expects?|expecting|anticipates?|anticipating|forecasts?|projects?|sees|guiding)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|came|totaled|totalled|reached|increased|decreased|grew|rose|fell|declined|improved|had)\b", re.I)


def _plain_gap(gap: str) -> bool:
    words = re.findall(r"[\w'-]+|,", gap.lower())
    if words[:1] == [","]:
        return False
    return all(w in _GAP_WORDS or w == "," or re.fullmatch(r"(?:19|20)\d\d|q[1-4]|\d[\d.,]*|\d+-weeks?", w) for w in words)


def _period_label(sentence: str, document: Document, guidance: bool, quarter_reported: str = "") -> str:
    """The period a sentence's figure belongs to, as the product writes periods (Q3 2021, FY2022), or ''.

    Only what the sentence says ("third quarter" is Q3, with no year unless the sentence gives one; "the
    quarter" is the quarter the document reports on, when the document says clearly which): a document's
    detected period can be wrong, and a label must not be."""
    own = _COMPARISON.split(sentence)[0]
    periods = find_periods(own)
    quarter = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b|\bQ([1-4])\b", own, re.I)
    if periods:
        if periods[0].startswith("FY") and quarter and quarter.group(1):
            return f"Q{_ORDINAL[quarter.group(1).lower()]} {periods[0][2:]}"  # "the first quarter of our fiscal year 2022"
        return periods[0]
    if quarter and not guidance:
        return f"Q{_ORDINAL[quarter.group(1).lower()] if quarter.group(1) else quarter.group(2)}"
    years = set(re.findall(r"\b(?:19|20)\d\d\b", own))
    if guidance and len(years) == 1:
        return years.pop()  # "our 2022 guidance of ...": the one year the outlook names
    if re.search(r"\b(?:full|fiscal)[- ]year\b|\bfor the year\b|\bannual\b", own, re.I):
        return "Full year"
    if quarter and guidance and not re.search(r"\b(?:strong|solid|weak|after|following|since|from|in|during|through)\s+(?:the |our |a )?(?:\w+ )?$",
                                              own[:quarter.start()], re.I):
        return f"Q{_ORDINAL[quarter.group(1).lower()] if quarter.group(1) else quarter.group(2)}"  # "for Q1, we expect revenue of ..."
    if quarter_reported and not guidance and re.search(r"\b(?:the|this) quarter\b|\bquarterly\b", own, re.I):
        return quarter_reported
    if quarter_reported in {"Q1", "Q2", "Q3"} and not guidance and not _OTHER_TIME.search(sentence):
        return quarter_reported  # a first-to-third quarter call's results are the quarter's unless the sentence says otherwise
    return ""


# Words that put a figure in another period than the quarter reported on
_OTHER_TIME = re.compile(r"\b(?:year|years|annual|annually|months?|weeks?|ytd|half|trailing|ttm|run[- ]rate|since|ago|last|prior|previous|"
                         r"previously|historical|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|"
                         r"november|december|quarters|sequential|sequentially|cumulative|to date|to-date|through)\b", re.I)


_QUARTER_NAMED = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b|\bQ([1-4])\b", re.I)


def quarter_reported(sentences: Iterable[str]) -> str:
    """The quarter a call or release reports on ("Q3"), when its sentences name one quarter far more than any other.

    Outlook sentences are left out (they name the next quarter); '' when no quarter stands out."""
    counts: dict[int, int] = {}
    for sentence in sentences:
        if _GUIDANCE.search(sentence) or re.search(r"\b(?:will|next|coming)\b", sentence, re.I):
            continue
        for m in _QUARTER_NAMED.finditer(sentence):
            number = _ORDINAL[m.group(1).lower()] if m.group(1) else int(m.group(2))
            counts[number] = counts.get(number, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return ""
    return f"Q{ranked[0][0]}"


def headlines(sentence: str, document: Document, quarter: str = "") -> list[tuple[str, str, bool]]:
    """(headline, metric kind, guidance) for each metric of the sentence stated with its figure; ``quarter`` is
    the quarter the document reports on (``quarter_reported``), the label of "the quarter"."""
    if not sentence.isascii():
        return []
    figures = figure_spans(sentence)
    out: list[tuple[str, str, bool]] = []
    taken: set[int] = set()
    for kind, pattern in _METRICS:
        for metric in pattern.finditer(sentence):
            if any(metric.start() <= t < metric.end() for t in taken):
                continue
            after = [f for f in figures if f[0] >= metric.end()]
            if not after:
                break
            start, end, figure = after[0]
            if _OBJECT_OF.search(sentence[max(0, metric.start() - 30):metric.start()]):
                continue  # "G&A as a percentage of total revenue will be 7%": the figure is not the revenue's
            if _OBJECT_NEAR.search(sentence[max(0, metric.start() - 50):metric.start()]) or _someone_elses(sentence[:metric.start()], document):
                continue  # "the size of in-person retail sales", "The Industrial segment had sales of": not the company's result
            gap = sentence[metric.end():start]
            plain = re.sub(r"\brang(?:e|ing) from\b", " ", gap)  # "revenue to range from $1.64 billion to $1.66 billion"
            if len(gap.split()) > 12 or _GAP_STOP.search(plain) or any(p.search(gap) for _, p in _METRICS) or not _plain_gap(plain):
                continue
            percent = bool(re.search(r"%|percent", figure))
            rest = figures[figures.index(after[0]) + 1:]
            leads_to = bool(rest and _TO_VALUE.fullmatch(sentence[end:rest[0][0]]) and (percent or re.search(r"\bto\b", sentence[end:rest[0][0]])))
            changed = bool(_CHANGE_END.search(gap))
            if re.search(r"\b(?:excluding|including|excludes|includes)\s+(?:\w+ )?$", gap, re.I):
                continue  # "earnings per share excluding $0.04 per share for litigation": the figure is the item's
            if re.search(r"\w.*\b(?:(?:higher|lower|more|less|better|worse) than|compared (?:to|with)|versus)\b", sentence[:metric.start()], re.I):
                continue  # "$0.01 higher than the third quarter of 2019, earnings per share of $0.84": the comparison's
            if not percent and (changed or _DIFFERENCE.match(sentence[end:])) and not leads_to:
                continue  # "revenue was down $86 million", "came in $10 million lower than expected": a change, not the level
            change_in = _CHANGE_IN.search(sentence[max(0, metric.start() - 40):metric.start()])
            if change_in and not percent:
                continue  # "the reduction in spec revenue is $0.03 per share": the figure is the change's
            if not percent and not leads_to and _CHANGE_VERB.search(sentence[max(0, metric.start() - 50):metric.start()]) and \
                    not re.match(r"\s*(?:of|was|were|totaled|totalled|came in at|reached|at)\b", gap, re.I):
                continue  # "decreasing adjusted EBITDA approximately $100 million sequentially"
            if re.match(r"\s*(?:by\b|to\s+(?:(?:approximately|about|around|roughly|nearly|almost|over|more than) )?$)", gap, re.I) and not _LEAD_VERB.search(sentence[max(0, metric.start() - 60):metric.start()]):
                continue  # "impacted earnings per share by about $0.16", "improved sales to $102 million": whose verb, the headline would not say
            if (percent or changed) and leads_to:
                end, rest = rest[0][1], rest[1:]  # "rose 2.5% to $452.2 million", "increased by $2.3 million to $47.9 million"
            if rest and re.fullmatch(r",? or ", sentence[end:rest[0][0]]) and _PER_SHARE_TAIL.match(sentence[rest[0][1]:]):
                end, rest = rest[0][1], rest[1:]  # "was $45.2 million or $0.32 per fully diluted share"
            joined = _RANGE.match(sentence[end:])
            between = re.search(r"\bbetween\s*$", sentence[:start], re.I) or "%" in figure and re.search(r"\bbetween\b", gap, re.I)
            if rest and joined and end + joined.end() == rest[0][0] and (between or joined.group(0).strip() != "and"):
                end = rest[0][1]  # "$1.82 billion to $1.83 billion", "between $225 million and $230 million"
            elif percent and (signed := _SIGNED_RANGE.match(sentence[end:])):
                # "down 2% to flat", "down 5% to down 3%", "minus 1% to plus 1%": the range's other end says which way
                end = end + signed.end() if signed.group(1) else rest[0][1] if rest and rest[0][0] == end + signed.end() else end
            tail = _PER_SHARE_TAIL.match(sentence[end:]) or ("%" in sentence[start:end] and _HIGHER.match(sentence[end:]))
            metric_words = sentence[metric.start():metric.end()]
            if tail and _PER_SHARE_TAIL.match(sentence[end:]) and re.search(r"per (?:\w+ )?share|\beps\b", metric_words, re.I):
                # "earnings per share of $0.88 per diluted share": one "per share", the qualifier in front
                qualifier = re.search(r"\b(diluted|basic)\b", tail.group(0), re.I)
                if qualifier and qualifier.group(1).lower() not in metric_words.lower():
                    metric_words = f"{qualifier.group(1).lower()} {metric_words[:1].lower()}{metric_words[1:]}"
                tail = None
            if tail:
                end += tail.end()  # "$0.32 per fully diluted share", "19% higher"
            if re.search(r"per (?:fully )?(?:diluted |basic |common )?share|\beps\b", sentence[metric.start():end], re.I):
                kind = "per share"  # "core funds from operations for the quarter was $0.92 per share"
            if kind == "per share" and not re.search(r"[$€£¥]|\d\.\d", sentence[start:end]):
                continue
            before = re.split(r"[,;]", sentence[max(0, metric.start() - 80):metric.start()])[-1]
            if re.match(r"\s*(?:previously|last quarter|originally)\b", sentence, re.I):
                continue  # "Previously, our guidance assumed ...": not what the company says now
            if before.rstrip().endswith(")"):
                continue  # "Cloud infrastructure (IaaS) revenues": which revenues is in words a headline would drop
            if re.search(r"\b(?:prior|last|previous) year|year[- ]ago|a year earlier|than the\b", before, re.I):
                continue  # "7.8% higher than the prior year first quarter where we had sales of $213.3 million": the comparison's figure
            ranged = end > after[0][1] and re.search(r"\d(?:\s*(?:trillion|billion|million|thousand|bn|mn))?\s*(?:to|and|-|–)\s*[$€£¥(\d]", sentence[after[0][0]:end]) and "%" not in sentence[start:end]
            ranged = ranged and not changed and not _PAST.search(gap)  # "increased by $2.3 million to $47.9 million", "was between": results
            # a range is an outlook: results are one figure ("revenue $5.15 billion to $5.35 billion" under a heading)
            future = _FUTURE.search(sentence[:metric.start()]) and not _PAST.search(gap)  # "... is expected ..., as we drive EBITDA up 25%"
            guidance = bool(_GUIDANCE.search(before) or _GAP_GUIDANCE.search(gap) or ranged or future)
            label = _period_label(sentence[:end + 40], document, guidance, quarter)
            trailing = _TRAILING_PERIOD.match(sentence[end:])
            if trailing and (not label or _YTD.search(trailing.group(0)) or re.search(r"\d+-week", trailing.group(0))):
                end += trailing.end()  # "... to $128.0 million for the 39-week period ended November 2, 2024": whose period it is
                label = ""
            verb = _LEAD_VERB.search(sentence[max(0, metric.start() - 40):metric.start()])
            lead_in = verb.group(0) if verb and not guidance else ""  # "we increased net sales by 11% to $3.3 billion" keeps its verb
            if re.match(r"(?:reported|posted|generated|delivered|achieved|recorded)\s+(?:(?:our|the|its) )?(?:[a-z-]+ )?$", lead_in, re.I) and \
                    not re.match(r"\s*by\b", gap):
                lead_in = ""  # "we delivered revenue of $526 million" says no more than "revenue $526 million"
            link = sentence[metric.end():start]
            if _LINKING.fullmatch(link) and not lead_in and not change_in:
                link = " "  # "total revenues were $452.2 million" -> "total revenues $452.2 million", the headline form
            elif guidance:
                # "outlook for revenues to between $X and $Y" -> "revenues between $X and $Y"; "to grow" stays
                link = re.sub(r"^\s*(?:is |are )?(?:expected )?to (?:be |range from )?(?=between|approximately|about|around|roughly|in the range|$)", " ", link)
                # "net earnings range to $87 million to $95 million", "earnings per share guidance to $3.45 to $3.55"
                link = re.sub(r"^\s*(?:guidance |outlook |forecast )?(?:range )?(?:(?<=range )|(?<=guidance )|(?<=outlook )|(?<=forecast ))"
                              r"(?:to|of) (?=between|$)", " ", link)
            named = ""
            if kind == "topline" and not lead_in:
                words = re.findall(r"(?:([A-Za-z][\w&.'’-]*) )?([A-Za-z][\w&.'’-]*) $", sentence[max(0, metric.start() - 40):metric.start()])
                first, word = words[0] if words else ("", "")
                if re.sub(r"['’]s$", "", word).lower() in {"company", "company's", "firm", "group"}:
                    first, word = "", ""  # "the Company's net sales" are the net sales
                if word and word.lower() not in _NOT_MODIFIER and not _VERBISH.search(word):
                    # which revenue: "Online sales increased 1.1 percent to $46.6 million", "Data center revenue was $4.3 billion"
                    two = first and first[:1].isupper() and first.lower() not in _NOT_MODIFIER and not _VERBISH.search(first)
                    named = f"{first} {word} " if two else f"{word} "
            if change_in and not lead_in:
                named = f"{change_in.group(0).strip()} {named}"  # "decline in revenue of 18% to 28%"
            whose = _POSSESSOR.search(sentence[max(0, metric.start() - 60):metric.start()])
            if whose and not lead_in and whose.group(1).lower() not in {"company", "the", *_own_names(document)} and \
                    whose.group(0) not in named:
                named = f"{whose.group(1)}{whose.group(2)} {named}"  # "EMG's first quarter sales": whose sales the headline says
            span = f"{lead_in}{named}{metric_words}{link}{sentence[start:end]}"
            basis = _BASIS.search(sentence[:start])
            if basis and basis.group(1).lower() not in span.lower():
                span = f"{basis.group(1)} {_BASIS.sub('', span)}"  # "On a non-GAAP basis, diluted EPS ..." -> "non-GAAP diluted EPS ..."
            if label and not find_periods(span):
                span = _PERIOD_WORDS.sub(" ", span)
            span = re.sub(r"\s+", " ", span).strip(" ,")
            if find_periods(span) or (label and re.search(rf"\b{re.escape(label)}\b", span)):
                label = ""  # "Q3 revenue increased to $726 million" says its period itself
            head = f"{label} outlook" if guidance and label else "Outlook" if guidance else label
            moved = _OUTLOOK_MOVE.search(re.split(r"[;]|, (?:and|but|while) ", sentence[:start])[-1]) if guidance else None
            if moved:
                head = f"{head} {_MOVES[moved.group(1)[:4].lower()]}"  # "we increased our outlook for total revenues": raised
            first = span[:1] if span[:2].isupper() else span[:1].lower()
            text = f"{head[:1].upper()}{head[1:]}: {first}{span[1:]}" if head else span[:1].upper() + span[1:]
            out.append((text.rstrip(" ,") + ".", kind, guidance))
            taken.add(metric.start())
            break  # one headline per kind of metric and sentence
    if not any(kind == "per share" for _, kind, _ in out):
        out[:0] = _figure_first(sentence, figures, document, quarter) or _guidance_per_share(sentence, document)
    return out


_GUIDANCE_PER_SHARE = re.compile(
    r"\b((?:earnings|eps|ffo|core ffo|affo)(?: per share)? )?(?:guidance|outlook)(?: range)?\s+(?:of |to |at |is |was |for [\w ]{1,30}? )?"
    r"(?:(?:a|the) range of |between |approximately |about )?(\$\d+(?:\.\d+)?)\s*(?:to|-|–|and)\s*(\$\d+(?:\.\d+)?)\s+per (?:diluted |fully diluted )?share",
    re.I)


def _guidance_per_share(sentence: str, document: Document) -> list[tuple[str, str, bool]]:
    """'we remain confident in achieving our 2021 earnings guidance of $3 to $3.30 per share', 'increased our 2021
    guidance to $3.80 to $4 per share': an outlook for earnings per share that names the metric only as guidance."""
    found = _GUIDANCE_PER_SHARE.search(sentence)
    if not found or re.match(r"\s*(?:previously|last quarter|originally)\b", sentence, re.I) or \
            re.search(r"\b(?:previous|prior|original|old|last)\b[\w ]{0,30}(?:guidance|outlook)\b", sentence[:found.start() + 40], re.I):
        return []  # "a $0.28 increase from our previous adjusted earnings guidance of ...": not what the company says now
    label = _period_label(sentence[:found.end()], document, True)
    head = f"{label} outlook" if label else "Outlook"
    moved = _OUTLOOK_MOVE.search(sentence[:found.end()])
    if moved:
        head = f"{head} {_MOVES[moved.group(1)[:4].lower()]}"
    # the document's words for the metric: "earnings guidance", or only "guidance" (of a REIT, that may be FFO)
    metric = f"{found.group(1) or ''}guidance"
    share = re.search(r"per (?:diluted |fully diluted )?share", found.group(0)[found.group(0).rfind(found.group(3)):])
    return [(f"{head}: {metric} {found.group(2)} to {found.group(3)} {share.group(0) if share else 'per share'}.", "per share", True)]


def _figure_first(sentence: str, figures: list[tuple[int, int, str]], document: Document, quarter: str) -> list[tuple[str, str, bool]]:
    """'We delivered $0.50 of adjusted earnings per share', 'recorded $0.79 in diluted GAAP earnings per share': the
    per-share figure said before its metric, as a headline in the usual order."""
    for start, end, figure in figures:
        if not re.fullmatch(r"\$\d+\.\d\d", figure):
            continue
        joint = re.match(r"\s*(?:in |of )?", sentence[end:])
        metric = _METRICS[0][1].match(sentence, end + (joint.end() if joint else 0))
        if not metric or not re.search(r"per (?:\w+ )?share|\beps\b", metric.group(0), re.I):
            continue
        if re.match(r"\s*(?:contribution|impact|benefit|dilution|accretion|headwind|tailwind|growth|increase|decrease|improvement|"
                    r"decline|effect|reduction|charge|gain|loss)", sentence[metric.end():], re.I):
            continue  # "a $0.02 adjusted earnings per share contribution from Plum": the item's, not the result
        before = sentence[:start]
        if _COMPARISON.search(before) or re.search(r"\b(?:than|from|versus|by|excluding|including|impact|benefit|cost)\s+(?:\w+ )?$", before, re.I):
            continue  # "up from $0.41 in earnings per share", "a benefit of $0.05 per share"
        if _someone_elses(before, document) or re.search(r"\b(?:previously|prior year|last year|year ago)\b", before, re.I):
            continue
        guidance = bool(_GUIDANCE.search(re.split(r"[,;]", before)[-1]))
        label = _period_label(sentence, document, guidance, quarter)
        words = metric.group(0).strip()
        head = f"{label} outlook" if guidance and label else "Outlook" if guidance else label
        span = f"{words[:1].lower() if head else words[:1].upper()}{words[1:]} {figure}"
        return [(f"{head}: {span}." if head else f"{span}.", "per share", guidance)]
    return []


# "your 8% earnings per share growth", "you mentioned": an analyst's question or a reply to one, not the company's point
_ADDRESSED = re.compile(r"\byour\b|\byou['’]|^you\b|\byou (?!can see|know|will see|may recall|might recall)\w", re.I)
HEADLINE_WEIGHTS = {"per share": 6.0, "topline": 5.0, "other": 3.0}
MAX_HEADLINES = 4
PERCENT_ONLY = 0.5


def _pick(candidates: list[_Candidate], chosen: list[_Candidate], limit: int, overlap: float) -> None:
    covered = {t for c in chosen for t in c.topics}
    for candidate in sorted(candidates, key=lambda c: -c.score):
        if len(chosen) >= limit:
            break
        tokens = set(tokenize(candidate.text))
        if any(len(tokens & set(tokenize(c.text))) / max(1, len(tokens | set(tokenize(c.text)))) > overlap for c in chosen):
            continue
        if any(set(find_figures(candidate.text)) & set(find_figures(c.text)) and
               len(tokens & set(tokenize(c.text))) >= 0.75 * min(len(tokens), len(set(tokenize(c.text)))) for c in chosen):
            continue  # "Organic net sales declined 4%." is already in "Organic net sales declined 4% as we lapped ..."
        amounts = {f for f in find_figures(candidate.text) if re.search(r"[$€£¥.]|\d{3,}", f)}
        if amounts and any(amounts & set(find_figures(c.text)) for c in chosen):
            continue  # the same figure said twice (a headline and its paragraph) is one point
        if chosen and candidate.topics and candidate.topics <= covered and candidate.score < chosen[0].score * 0.5:
            continue
        chosen.append(candidate)
        covered |= candidate.topics


def key_points(chunks: list[Chunk], document: Document, limit: int = 6) -> list[Bullet]:
    """Headlines first (a results or outlook metric with its figure and period), then the sentences an
    investor looks for (results, guidance, drivers, capital, deals, risks), trimmed to the clause that
    carries the figure; each with its page, in the document's order."""
    candidates: list[_Candidate] = []
    heads: list[_Candidate] = []
    sentences = [(s, c.page) for c in chunks if c.kind != "table" for s in split_sentences(c.text)]
    total = max(1, len(sentences))
    quarter = quarter_reported(s for s, _ in sentences)
    for index, (raw, page) in enumerate(sentences):
        sentence = re.sub(r"^[A-Z][\w.'’ -]{1,40}:\s+", "", raw)  # a speaker's name is not part of the point
        sentence = LIST_MARKER.sub("", sentence)  # nor a list marker
        words = word_count(sentence)
        if words < 6 or BOILERPLATE.search(sentence) or sentence.rstrip().endswith(("?", "？")) or _ADDRESSED.search(_without_asides(sentence)):
            continue
        if NOT_A_POINT.search(sentence):
            continue  # "主要子公司情况（单位：万元）：" leads into a table; "2200 Harbor Way, Suite 400, San Jose, CA 95134" is an address
        lead = 1.0 - 0.35 * (index / total)  # what a company leads with usually matters most; the outlook comes last
        for text, kind, guidance in headlines(sentence, document, quarter):
            weight = HEADLINE_WEIGHTS[kind] * (1.0 if guidance else lead)
            if not re.search(r"[$€£¥]|\d\.\d\d", text):
                weight *= PERCENT_ONLY  # a growth rate without the amount is half a headline
            heads.append(_Candidate(text, page, index / total, weight, frozenset({"guidance" if guidance else "results"})))
        point = _trim(sentence)
        topics = frozenset(name for name, pattern in TOPICS.items() if pattern.search(sentence))
        figures = find_figures(sentence)
        score = sum(WEIGHTS[t] for t in topics) + 1.5 * min(len(figures), 3)
        if figures and _HEADLINE.search(sentence):
            score *= 1.5  # per-share earnings and revenue are what a results headline leads with
        if not figures and not topics:
            continue
        if "guidance" not in topics:
            score *= lead
        score /= 1.0 + max(0, words - LONG_POINT) / LONG_POINT  # a long sentence says less at a glance, even trimmed
        candidates.append(_Candidate(point, page, index / total, score, topics))
    chosen: list[_Candidate] = []
    _pick(heads, chosen, min(limit, MAX_HEADLINES), overlap=0.8)
    _pick(candidates, chosen, limit, overlap=0.45)
    chosen.sort(key=lambda c: c.position)
    return [Bullet(c.text, c.page) for c in chosen]


# Figures in a company's own reports are its own; a news piece or a deal release quotes other companies'.
KPI_DOC_TYPES = {*PERIODIC_REPORTS, *OFFERING_DOCS, "earnings release", "8-K", "call transcript", "other"}


def summarize_document(document: Document, chunks: list[Chunk], bullets: int = 5) -> Summary:
    kpis = extract_kpis(chunks, document) if document.doc_type in KPI_DOC_TYPES else []
    return Summary(
        doc=document.name, doc_id=document.id, title=document.title, company=document.company, period=document.period,
        doc_type=document.doc_type, kpis=kpis, bullets=key_points(chunks, document, bullets),
    )


SUMMARY_VERSION = "8"


def summary_from_dict(data: dict[str, Any], doc_id: str, title: str, mode: str) -> Summary:
    quotes = data.get("kpi_quotes") or []
    kpis = [KPI(str(k["name"]), k["value"], str(k["unit"]), str(k["period"]), k.get("page"), str(quotes[i]) if i < len(quotes) else "")
            for i, k in enumerate(data.get("kpis", []))]
    bullets = [Bullet(str(b["text"]), b.get("page")) for b in data.get("bullets", [])]
    return Summary(doc=str(data["doc"]), doc_id=doc_id, title=title, company=str(data.get("company") or ""),
                   period=str(data.get("period") or ""), doc_type=str(data.get("doc_type") or ""), kpis=kpis, bullets=bullets, mode=mode)


def format_value(kpi: KPI) -> str:
    value = kpi.value
    if isinstance(value, float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"
    else:
        text = str(value)
    return f"{text}%" if kpi.unit == "%" else f"{text} {kpi.unit}".strip()


def to_markdown(summaries: list[Summary]) -> str:
    parts = []
    for s in summaries:
        head = " · ".join(x for x in (s.company, s.doc_type, s.period) if x)
        lines = [f"## {s.title or s.doc}", "", f"*{s.doc}* — {head}", ""]
        if s.kpis:
            lines += ["| KPI | value | period | page |", "|---|---:|---|---:|"]
            lines += [f"| {k.name} | {format_value(k)} | {k.period} | {k.page or ''} |" for k in s.kpis]
            lines.append("")
        lines += [f"- {b.text}" + (f" (p. {b.page})" if b.page else "") for b in s.bullets]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def to_csv(summaries: list[Summary]) -> str:
    import csv
    import io

    names: list[str] = []
    for s in summaries:
        for k in s.kpis:
            if k.name not in names:
                names.append(k.name)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["doc", "company", "period", "doc_type", *names])
    for s in summaries:
        values = {k.name: format_value(k) for k in s.kpis}
        writer.writerow([s.doc, s.company, s.period, s.doc_type, *[values.get(n, "") for n in names]])
    return out.getvalue()
