"""Text helpers shared by ingest, retrieval and answers: tokens, sentences, figures, periods, dates.

Chinese has no spaces between words, so keyword tokens for CJK runs are overlapping character
bigrams (plus single characters for one-character runs), the usual choice for CJK search without a
word segmenter. Latin text is lower-cased words and numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    import opencc  # the OpenCC tables, bundled with the package

    return opencc.OpenCC("t2s").convert  # type: ignore[no-any-return]


def to_simplified(text: str) -> str:
    """Traditional Chinese characters as Simplified ('韓城記憶體' -> '韩城记忆体'), one character for one, so that positions in
    the result are positions in ``text``; text without Chinese comes back as it is."""
    if not re.search(f"[{CJK}]", text):
        return text
    convert = _t2s()
    whole = convert(text)
    if len(whole) == len(text):
        if not _OUTSIDE_BMP.search(whole):
            return whole
        # a character whose Simplified form lies outside the common range ('暐' -> U+2C029) stays as written: names are read
        # in the common range ("鑫暐晶圓製造" stays one name)
        return "".join(o if _OUTSIDE_BMP.fullmatch(n) else n for o, n in zip(text, whole, strict=True))
    return "".join(c if len(s := convert(c)) != 1 or _OUTSIDE_BMP.fullmatch(s) else s for c in text)  # a phrase the tables rewrote: character by character
_OUTSIDE_BMP = re.compile("[\U00010000-\U0010ffff]")
_CJK_RE = re.compile(f"[{CJK}]")
_CJK_RUN = re.compile(f"[{CJK}]+")
_TOKEN_RE = re.compile(f"[{CJK}]+|[a-z0-9]+(?:[.'][a-z0-9]+)*")

STOPWORDS = frozenset(
    """a an and are as at be been but by can could did do does for from had has have how i if in into
    is it its it's of on or our over per s so than that the their them then there these they this those
    to up was we were what when where which who whom whose why will with would you your about any all
    also more most much many other some such only own same just very tell me please show give list
    between during after before under did does doing done being""".split()
)

ZH_STOPWORDS = frozenset("的 了 是 在 和 与 及 或 对 为 以 于 其 该 这 那 有 也 就 都 而 并 被 把 从 到 吗 呢 吧 啊 多少 什么 哪些 哪个 如何 怎么 是否 请问".split())


def is_cjk(ch: str) -> bool:
    return bool(_CJK_RE.match(ch))


def cjk_share(text: str) -> float:
    """Share of CJK characters among the letters of ``text``."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _CJK_RE.match(c)) / len(letters)


def word_count(text: str) -> int:
    """Words in mixed text: Latin words, and a word for about every two CJK characters."""
    cjk = sum(1 for c in text if _CJK_RE.match(c))
    return len(_CJK_RUN.sub(" ", text).split()) + (cjk + 1) // 2


def detect_language(text: str) -> str:
    return "zh" if cjk_share(text[:20000]) > 0.15 else "en"


def tokenize(text: str, *, drop_stopwords: bool = True) -> list[str]:
    """Keyword tokens: lower-cased Latin words and numbers, CJK character bigrams."""
    tokens: list[str] = []
    for match in _TOKEN_RE.finditer(text.lower()):
        piece = match.group(0)
        if _CJK_RE.match(piece[0]):
            if len(piece) == 1:
                if not drop_stopwords or piece not in ZH_STOPWORDS:
                    tokens.append(piece)
                continue
            tokens.extend(piece[i : i + 2] for i in range(len(piece) - 1))
        else:
            piece = piece.replace(",", "")
            if drop_stopwords and piece in STOPWORDS:
                continue
            tokens.append(piece)
    return tokens


def content_terms(text: str) -> set[str]:
    """The distinct meaningful tokens of a text (stopwords dropped)."""
    return set(tokenize(text))


# Sentences end at . ! ? followed by space and a capital/quote/digit, or at Chinese 。！？；
# (a name's legal form ends in a full stop and its defined term follows: 'Kestrel Ridge Credit Partners, L.P. ("Kestrel Ridge")')
_SENT_END = re.compile(rf"(?<=[。！？；])|(?<=[.!?])(?=\s+(?!\(\s*(?:the\s+)?[\"“])[\"'“(\[A-Z0-9$€£¥]|\s*[{CJK}])|\n+")
_FORM_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|o\.o)\.$")
_OPENER = re.compile(r"\s*(?:Being|We|Our|It|Its|This|These|During|However|Such|Each|If|Since|Although|While|When|After|Also|Additionally|"
                     r"Further|Furthermore|Moreover|In\s+(?:addition|fiscal|(?:the\s+)?(?:first|second|third|fourth)\s+quarter|\d{4}|January|February|March|April|May|June|July|August|September|October|"
                     r"November|December|the\b))\b")
_ABBREV = re.compile(r"\b(?:Inc|Corp|Co|Ltd|o\.o|Sdn|Pte|Pty|Bros|No|Mr|Ms|Mrs|Dr|St|vs|U\.S|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


# A list item's marker ("- ", "1.", "2)", "一、"); "1.5亿元" at the start of a wrapped line is a number, not a marker.
LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪](?!\d)|\d{1,2}[.)、](?!\d)|[（(]?[一二三四五六七八九十]+[)）、])\s*")
# A figure's unit right after its number: "5%", "1.5倍", "21万元", "5 billion"
_UNIT_AFTER = r"(?:%|percent\b|per cent\b|倍|[万亿]|元|美元|个百分点|\s?(?:trillion|billion|million|thousand|bn|mn)\b)"
# A number that a wrapped line cut in two: "同比增长121.\n5%", "$1.\n5 billion", "12,\n345.67万元", or the same with the
# line break already turned into a space ("121. 5%").
BROKEN_NUMBER = re.compile(rf"(?<=\d\.)[ \t]*\n?[ \t]*(?=\d[\d,]*(?:\.\d+)?{_UNIT_AFTER})|(?<=\d,)\n(?=\d{{3}}(?!\d))")
# A line that ends mid-sentence before a figure: "净利润同比增长\n1.5倍", "revenue of\n$1.5 billion"
_WRAPPED_FIGURE = re.compile(rf"(?<=[^\s。！？；.!?;:：])\n(?=[$€£¥]?\d[\d,]*(?:\.\d+)?{_UNIT_AFTER})")


# A number and its unit on two lines: "$1.5\nbillion", "12,345.67\n万元"
_UNIT_ON_NEXT_LINE = re.compile(r"(?<=\d)[ \t]*\n[ \t]*(?=(?:(?:percent|trillion|billion|million|thousand|bn|mn)\b|%|倍|[万亿]|元|美元))")


def _mend_wraps(text: str) -> str:
    """Put back together the numbers and figures that wrapped lines cut (the breaks are not sentence ends)."""
    text = BROKEN_NUMBER.sub("", text)
    text = _UNIT_ON_NEXT_LINE.sub(lambda m: " " if text[m.end():m.end() + 1].isascii() and text[m.end()].isalpha() else "", text)
    return _WRAPPED_FIGURE.sub(lambda m: "" if re.match(rf"[{CJK}\u3000-\u303f\uff00-\uffef]", text[m.start() - 1]) else " ", text)


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, in English and Chinese, without breaking at common abbreviations or inside a
    number that a wrapped line cut ("增长121.\n5%" is one sentence with 121.5% in it)."""
    parts = [p for p in _SENT_END.split(_mend_wraps(text)) if p is not None]
    sentences: list[str] = []
    buffer = ""
    for i, part in enumerate(parts):
        buffer = f"{buffer}{part}" if buffer else part
        stripped = buffer.strip()
        if not stripped:
            buffer = ""
            continue
        if _ABBREV.search(stripped) and not (_FORM_END.search(stripped) and i + 1 < len(parts) and _OPENER.match(parts[i + 1])):
            continue  # ("Merck & Co., Inc. Being developed in collaboration with …": a sentence may end with a company's "Inc.")
        if (re.search(r"\b(?:[A-Z\u00c0-\u00de\u0130\u015e]\.){2,3}$", stripped) and i + 1 < len(parts) and re.match(rf"\s*(?:\(|[{CJK}])", parts[i + 1])
                or re.search(r"\b(?:Ltda|Ltd|Inc|Corp|Co|Bhd|Tbk|plc|C\.V)\.$", stripped) and i + 1 < len(parts) and re.match(rf"[{CJK}]", parts[i + 1])):
            # ("…託管於Cerrado Datacenters Ltda.營運之數據中心": a Chinese sentence goes on after an English legal form)
            continue  # "Zuiderlicht Systems N.V. (Euronext Amsterdam: ZLSYS) (…) today announced", "向Zuiderlicht Systems N.V.购置之…": the name goes on
        sentences.append(" ".join(stripped.split()) if not _CJK_RE.search(stripped) else stripped)
        buffer = ""
    if buffer.strip():
        sentences.append(buffer.strip())
    return [s for s in sentences if s]


# Figures: amounts, percentages, counts, as written. Used to show "key figures" and (in #4) to verify.
_NUM = r"\(?-?[$€£¥₹]?\s?\d[\d,]*(?:\.\d+)?\)?"
FIGURE_RE = re.compile(  # (Indian and Malaysian money too: "₹ 450 crore", "Rs 12 lakh", "RM180m")
    rf"(?<![A-Za-z0-9_.:/-])(?:US\$|RMB|HK\$|USD\s?|RM\s?|Rs\.?\s?)?{_NUM}\s?"
    r"(?:%|percent|per cent|bps|basis points|(?:trillion|billion|million|thousand)(?:\s+(?:US\s+)?(?:dollars|euros|yuan|renminbi)\b)?|crores?\b|lakhs?\b|"
    r"bn|mn|m\b|k\b|tn|GW|MW|gigawatts?|megawatts?|"
    r"[万亿]+(?:美元|元|股|人民币)?|美元|元|股|吉瓦|兆瓦|个百分点|倍|x\b|shares)?",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
# Money written in words ("two billion dollars", "half a billion dollars"): only with its currency, so
# "two million users" stays a phrase.
NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "half a": 0.5, "a quarter of a": 0.25,
}
_WORD_NUMBER = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
WORD_FIGURE_RE = re.compile(
    rf"(?<![A-Za-z-])(?:(?:{_WORD_NUMBER})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+hundred)?"
    rf"(?:\s+and\s+a\s+half|\s+point\s+(?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?:trillion|billion|million|thousand)\s+"
    rf"(?:US\s+)?(?:dollars|euros|yuan|renminbi)\b",  # "one point one billion dollars"
    re.IGNORECASE,
)


def _mask_dates(text: str) -> str:
    """Blank out dates, times and period labels so their numbers are not taken for figures."""
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    for pattern in (*_DATE_PATTERNS, *(p for p, _ in _PERIOD_PATTERNS), _TIME, _MONTH_YEAR):
        text = pattern.sub(blank, text)
    return text


def find_figures(text: str) -> list[str]:
    """Figures as written in ``text``: '$100 billion', '36%', '7,000亿美元', '(1,234)'. Dates and years are left out."""
    return [figure for _, _, figure in figure_spans(text)]


def figure_spans(text: str) -> list[tuple[int, int, str]]:
    """The figures of ``find_figures`` with where each stands in ``text``: (start, end, figure)."""
    figures: list[tuple[int, int, str]] = []
    for match in FIGURE_RE.finditer(_mask_dates(text)):
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        figure = match.group(0).strip().rstrip(",.")
        if figure.endswith(")") and "(" not in figure:
            figure = figure[:-1]
        if figure.startswith("(") and ")" not in figure:
            figure = figure[1:]
            start += 1
        digits = re.sub(r"[^\d.]", "", figure)
        if not digits.strip("."):
            continue
        if _YEAR_ONLY.match(figure):
            continue
        bare = not re.search(r"[$€£¥%]|[A-Za-z万亿元股瓦倍]", figure)
        if bare and not (re.search(r"\d[,.]\d", figure) or len(digits) >= 3 or figure.startswith("(")):
            continue  # small bare numbers ("3 sites", "12") are rarely the figure a reader looks for
        figures.append((start, start + len(figure), figure))
    for match in WORD_FIGURE_RE.finditer(text):
        figures.append((match.start(), match.end(), match.group(0)))
    return sorted(figures)


def has_figure(text: str) -> bool:
    return bool(find_figures(text))


# Periods: Q2 2024, second quarter of fiscal 2026, FY2025, fiscal year 2024, 2025年第三季度, 2025财年
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ZH_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bQ([1-4])\s*(?:FY\s*|fiscal\s*(?:year\s*)?)?'?((?:19|20)?\d\d)\b", re.I), "q"),
    (re.compile(r"\b([1-4])Q\s*'?((?:19|20)?\d\d)\b", re.I), "q"),
    (re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of)?(?: fiscal)?(?: year)?,?\s+((?:19|20)\d\d)\b", re.I), "q"),
    (re.compile(r"\bfiscal\s+((?:19|20)\d\d)\s+(first|second|third|fourth)[- ]quarter\b", re.I), "qr"),
    (re.compile(r"((?:19|20)\d\d)\s*(?:财年|年)?\s*第?([一二三四1-4])季度"), "zq"),
    (re.compile(r"\b(?:FY|fiscal\s+year|fiscal)\s*'?((?:19|20)?\d\d)\b", re.I), "fy"),
    (re.compile(r"((?:19|20)\d\d)\s*财年"), "fy"),
    (re.compile(r"\b(?:full[- ]year|year ended [A-Z][a-z]+ \d{1,2},?)\s*((?:19|20)\d\d)\b", re.I), "fy"),
    (re.compile(r"((?:19|20)\d\d)年(?:全年|年度)"), "fy"),
    (re.compile(r"\b(first|second)\s+half\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I), "h"),
    (re.compile(r"((?:19|20)\d\d)\s*年?\s*(上|下)半年"), "zh_h"),
    (re.compile(r"((?:19|20)\d\d)\s*年\s*(半)年度报告"), "zh_h"),  # "2026年半年度报告" reports the first half
    (re.compile(r"\b(?:fiscal\s+)?(?:quarter|quarterly period|13-week (?:fiscal )?(?:quarter|period)|three months)\s+ended\s+"
                r"((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+(?:19|20)\d\d)", re.I), "qe"),
]


def _year(value: str) -> int:
    year = int(value)
    return year + 2000 if year < 100 else year


def find_periods(text: str) -> list[str]:
    """Periods named in ``text``, normalised: 'Q2 2024', 'FY2025', 'H1 2024', in order of appearance."""
    found: list[tuple[int, str]] = []
    for pattern, kind in _PERIOD_PATTERNS:
        for m in pattern.finditer(text):
            if kind == "q":
                q = m.group(1).lower()
                quarter = _ORD.get(q) or int(q)
                label = f"Q{quarter} {_year(m.group(2))}"
            elif kind == "qr":
                label = f"Q{_ORD[m.group(2).lower()]} {_year(m.group(1))}"
            elif kind == "zq":
                label = f"Q{_ZH_Q[m.group(2)]} {_year(m.group(1))}"
            elif kind == "fy":
                label = f"FY{_year(m.group(1))}"
            elif kind == "h":
                label = f"H{1 if m.group(1).lower() == 'first' else 2} {_year(m.group(2))}"
            elif kind == "qe":
                label = f"quarter ended {find_date(m.group(1)) or m.group(1)}"
            else:
                label = f"H{2 if m.group(2) == '下' else 1} {_year(m.group(1))}"
            found.append((m.start(), label))
    found.sort()
    seen: list[str] = []
    for _, label in found:
        if label not in seen:
            seen.append(label)
    return seen


def years_in(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)}


_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE_PATTERNS = [
    re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.I),
    re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"),
    re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"),
]


_TIME = re.compile(r"\b\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?", re.I)
_MONTH_YEAR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b|(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日")


def find_date(text: str) -> str:
    """The first full date in ``text`` as YYYY-MM-DD, or ''."""
    best: tuple[int, str] | None = None
    for i, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.search(text)
        if not m:
            continue
        if i == 0:
            y, mo, d = int(m.group(3)), _MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2))
        else:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), f"{y:04d}-{mo:02d}-{d:02d}")
    return best[1] if best else ""


def normalise_space(text: str) -> str:
    """Collapse runs of spaces and tabs, keep line breaks, drop blank-line runs beyond one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u3000", " ")
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return list(seen)
