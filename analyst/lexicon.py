"""The bilingual lexicon: company aliases and a financial glossary, both data files in analyst/data.

Used to recognise companies in documents and questions (NVIDIA Corporation = Nvidia = NVDA = 英伟达),
and to expand a question with the other ways filings and people say the same thing (capex = purchases
of property and equipment = 资本支出), which is also how a Chinese question reaches English passages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from analyst.text import CJK

# Aliases that are also ordinary words are matched only as written (capitalised), never lower-case.
_COMMON_WORDS = {
    "apple", "oracle", "meta", "arm", "lambda", "together", "ice", "core", "block", "target", "snap", "square",
    "micron", "intel", "crusoe", "nebius", "vast", "anthropic", "mistral", "cohere", "scale", "groq", "apollo",
    "citi", "nasdaq", "dell", "cisco", "ibm", "amazon", "google", "alphabet", "openai", "equinix", "palantir",
    "broadcom", "marvell", "samsung", "tesla", "x", "xai", "mgx", "blue owl", "blackstone", "softbank", "stargate",
    "coreweave", "nvidia", "amd", "qualcomm", "microsoft", "salesforce", "tencent", "alibaba", "baidu",
}
_UNSAFE_TICKERS = {"A", "C", "F", "T", "V", "X", "K", "O", "D", "ON", "IT", "ALL", "ARE", "NOW", "BE", "SO", "AI",
                   "GO", "HAS", "CAN", "FOR", "BIG", "ANY", "ONE", "TWO", "NEW", "EA", "LOW", "KEY", "CAT", "DE",
                   # also abbreviations in filings: gross margin, p.m., high definition, general and
                   # administrative, uninterruptible power supply, customer relationship management, ...
                   "GM", "PM", "MO", "HD", "GD", "PG", "EL", "CL", "DG", "FL", "BA", "GE", "MET", "UPS", "DOW", "CRM"}


@dataclass(frozen=True)
class Company:
    name: str
    legal: str = ""
    ticker: str = ""
    aliases: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()
    kind: str = "other"

    def all_names(self) -> tuple[str, ...]:
        names = [self.name, self.legal, *self.aliases, *self.zh]
        if self.ticker:
            names.append(self.ticker)
        return tuple(n for n in dict.fromkeys(names) if n)


@dataclass(frozen=True)
class TermGroup:
    en: tuple[str, ...]
    zh: tuple[str, ...] = ()

    @property
    def all_terms(self) -> tuple[str, ...]:
        return self.en + self.zh


@dataclass
class Lexicon:
    companies: list[Company]
    terms: list[TermGroup]
    # measure -> what it is computed from ("quick ratio" -> cash, receivables, current liabilities, balance sheet)
    formulas: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _by_name: dict[str, Company] = field(default_factory=dict, repr=False)
    _company_re: re.Pattern[str] | None = field(default=None, repr=False)
    _company_re_cs: re.Pattern[str] | None = field(default=None, repr=False)
    _term_re: re.Pattern[str] | None = field(default=None, repr=False)
    _term_index: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        insensitive: dict[str, Company] = {}
        sensitive: dict[str, Company] = {}
        for company in self.companies:
            for alias in company.all_names():
                key = alias.strip()
                if not key:
                    continue
                if key == company.ticker:
                    if len(key) < 2 or key.upper() in _UNSAFE_TICKERS:
                        continue
                    sensitive.setdefault(key, company)
                elif re.search(f"[{CJK}]", key):
                    insensitive.setdefault(key.lower(), company)
                elif key.lower() in _COMMON_WORDS or (key.isupper() and len(key) <= 4):
                    sensitive.setdefault(key, company)
                    if key.lower() not in _COMMON_WORDS or key.lower() in {"nvidia", "amd", "openai", "coreweave",
                                                                           "microsoft", "qualcomm", "broadcom"}:
                        insensitive.setdefault(key.lower(), company)
                else:
                    insensitive.setdefault(key.lower(), company)
        self._by_name = {**{k.lower(): v for k, v in sensitive.items()}, **insensitive}
        for company in self.companies:
            self._by_name.setdefault(company.name.lower(), company)
        self._company_re = _alternation(insensitive, flags=re.IGNORECASE)
        self._company_re_cs = _alternation(sensitive, flags=0)
        self._insensitive = insensitive
        self._sensitive = sensitive
        term_keys: dict[str, int] = {}
        for index, group in enumerate(self.terms):
            for term in group.all_terms:
                term_keys.setdefault(term.lower(), index)
        self._term_index = term_keys
        self._term_re = _alternation(term_keys, flags=re.IGNORECASE)

    # ------------------------------------------------------------------------------ companies
    def company(self, name: str) -> Company | None:
        """The company a name, ticker or alias refers to (exact, case-insensitive), or None."""
        key = " ".join(name.split()).strip()
        if not key:
            return None
        found = self._by_name.get(key.lower())
        if found and not self._written_as_word(key):
            return found
        stripped = strip_suffix(key)
        return self._by_name.get(stripped.lower()) if stripped != key and not self._written_as_word(stripped) else None

    def _written_as_word(self, key: str) -> bool:
        """A ticker or a name that is also a word, written in neither its own case nor all lower case (as a typed query
        would be): "Cost" starting a sentence is no COST (Costco), "Arm" may still be Arm."""
        lower = key.lower()
        return lower not in self._insensitive and lower != self._by_name[lower].name.lower() and key not in self._sensitive \
            and not key.islower() if lower in self._by_name else False

    def find_companies(self, text: str, as_written: bool = False) -> list[tuple[Company, int, int]]:
        """Companies named in ``text`` with their spans, in order, overlapping matches resolved longest first. ``as_written``:
        ``text`` is a document's, where a name starts with its capital (a question typed in lower case still names them)."""
        spans: list[tuple[int, int, Company]] = []
        for pattern, table, fold in ((self._company_re, self._insensitive, True), (self._company_re_cs, self._sensitive, False)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                key = m.group(0).lower() if fold else m.group(0)
                company = table.get(key)
                if company and fold and as_written and m.group(0)[:1].islower() and not any(n[:1].islower() for n in company.all_names()):
                    continue  # "a Utah-chartered industrial bank" names no Industrial Bank: a document writes a name with its capital
                if company and fold and as_written and m.group(0)[:1].isdigit() and m.group(0) not in company.all_names():
                    continue  # "cost GBP 3m in FY24": three million, not 3M (a name that starts with a figure is written as it is)
                if company and not fold and m.group(0).isupper() and len(m.group(0)) <= 4 \
                        and (text[m.start() - 1:m.start()] in {"-", "/"} or text[m.end():m.end() + 1] in {"-", "/"}):
                    continue  # "LC-MS calibration standards", "MS/MS": a technical term, not the ticker MS
                if company and as_written and re.fullmatch(r"[A-Z][a-z]+", m.group(0)) and m.group(0) != company.name \
                        and (prior := re.search(r"(?<![\w&'’.-])([A-Z][a-z]+) $", text[:m.start()])) and prior.group(1) not in _NOT_BEFORE_NAME \
                        and self._insensitive.get(prior.group(1).lower()) is None:
                    continue  # "Song Lam Ceramic Tiles", "Vietnam's Song Lam": a word of a longer name, not the 'Lam' of Lam Research
                if company and fold and as_written and not m.group(0).isupper() \
                        and (spelt := [n for n in company.all_names() if n.lower() == key]) and all(n.isupper() for n in spelt):
                    continue  # "Tel Aviv": a word written with its capital, not the ticker TEL (Tokyo Electron) a document writes in capitals
                if company and not fold and m.group(0).isupper() and len(m.group(0)) <= 4 and re.match(r"\s*[:：]\s*[+(]?\d", text[m.end():m.end() + 6]):
                    continue  # "(TEL: +81-3-5412-7700)": a telephone label, not Tokyo Electron's TEL
                if company:
                    spans.append((m.start(), m.end(), company))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        result: list[tuple[Company, int, int]] = []
        last_end = -1
        for start, end, company in spans:
            if start >= last_end:
                result.append((company, start, end))
                last_end = end
        return result

    def canonical(self, name: str) -> str:
        company = self.company(name)
        return company.name if company else strip_suffix(name)

    # ------------------------------------------------------------------------------ glossary
    def components(self, text: str) -> list[str]:
        """What the measures named in ``text`` are computed from, in order, each once."""
        lowered = text.lower()
        found: list[str] = []
        for measure, parts in self.formulas.items():
            if re.search(rf"(?<![a-z0-9]){re.escape(measure)}(?![a-z0-9])", lowered):
                found.extend(p for p in parts if p not in found)
        return found

    def term_groups(self, text: str) -> list[TermGroup]:
        """Glossary groups whose terms occur in ``text``."""
        if self._term_re is None:
            return []
        seen: dict[int, None] = {}
        for m in self._term_re.finditer(text):
            index = self._term_index.get(m.group(0).lower())
            if index is not None:
                seen.setdefault(index, None)
        return [self.terms[i] for i in seen]

    def term_spans(self, text: str) -> list[tuple[TermGroup, int, int]]:
        if self._term_re is None:
            return []
        out = []
        for m in self._term_re.finditer(text):
            index = self._term_index.get(m.group(0).lower())
            if index is not None:
                out.append((self.terms[index], m.start(), m.end()))
        return out


def _alternation(keys: Mapping[str, object], *, flags: int) -> re.Pattern[str] | None:
    """One regex for all the keys, longest match first; Latin keys stand alone as words.

    The keys are folded into a trie ("Johnson & Johnson" and "Johnson Controls" share "Johnson "),
    so each position of the text costs one walk down the trie instead of one attempt per key: a plain
    alternation of about 1,500 names took about 28 ms per passage, most of an ingest's link extraction.
    """
    if not keys:
        return None
    fold = bool(flags & re.IGNORECASE)
    latin = [k.lower() if fold else k for k in keys if not re.search(f"[{CJK}]", k)]
    cjk = [k.lower() if fold else k for k in keys if re.search(f"[{CJK}]", k)]
    parts = []
    if cjk:
        # First: a key with Chinese in it ("AI服务器") is longer than any Latin key matching where it starts.
        parts.append(_trie(cjk))
    if latin:
        # "Arm" is not "Armada", and "Intel" is not the start of "Intel-based".
        parts.append(rf"(?<![A-Za-z0-9_&]){_trie(latin)}(?![A-Za-z0-9_&]|-[A-Za-z0-9])")
    return re.compile("|".join(parts), flags)


def _trie(keys: list[str]) -> str:
    root: dict[str, Any] = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A longer key first (the optional part is greedy); the key ending here if the rest fails.
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


# Legal forms that end a company's name, worldwide (lower case; matched ignoring case).
LEGAL_FORMS = (r"public\s+company\s+limited|public\s+co\.,?\s+ltd|pcl|inc|incorporated|corp|corporation|co|ltd|limited|plc|pbc|llc|l\.l\.c|llp|lp|l\.p|ag|sa|s\.a|nv|n\.v|se|b\.v|bv|c\.v|"
               r"sdn\.?\s+bhd|bhd|pte\.?\s+ltd|pte|k\.k|g\.k|gmbh|s\.a\.s|sas|s\.r\.l|s\.p\.a|spa|ab|abp|asa|as|a/s|a\.ş|s\.l\.u|aps|oyj|oy|"
               r"p\.j\.s\.c|pjsc|q\.s\.c|q\.p\.s\.c|b\.s\.c|s\.a\.o\.g|saog|k\.s\.c\.p|k\.s\.c|joint\s+stock\s+company|jsc|n\.a|pty\.?\s+ltd|s\.l|kgaa|berhad|tbk|scsp|scs|slp|sicav|ulc|nsulc|k/s|p/s|sp\.\s+z\s+o\.o|lps|\((?:pty|pvt)\)\s+ltd|private\s+limited|pvt\.?\s+ltd|pvt|"
               r"yuhan\s+hoesa|chusik\s+hoesa|jusik\s+hoesa|kabushiki(?:\s+kaisha)?|godo\s+kaisha|kaisha|"
               r"s\.a\.p\.i\.\s+de\s+c\.v|s\.a\.b\.\s+de\s+c\.v|s\.a\.\s+de\s+c\.v|s\.\s+de\s+r\.l\.(?:\s+de\s+c\.v)?|ltda|lda|unipessoal\s+lda|eireli|s/a")  # (Latin American forms)  # (Korean forms written in Latin letters: "Kestrelmont Korea Yuhan Hoesa")
# (a Turkish name's "Sanayi ve Ticaret", industry and trade, is its form's tail: "Egeden Denim Sanayi ve Ticaret A.Ş." goes by "Egeden Denim")
_SUFFIX = re.compile(rf"[,\s]+(?:{LEGAL_FORMS}|company|holdings?|group|technologies|technology|(?:sanayi\s+ve\s+)?ticaret|sanayi|public\s+company)\.?$", re.IGNORECASE)
_ZH_SUFFIX = re.compile(r"(?:股份)?(?:有限)?(?:责任|責任)?公司$|集团$|控股$|合伙企业$|合夥企業$|[（(]有限合[伙夥][）)]$|株式(?:会社|會社)$")  # (a Japanese 株式会社 too;
# a Hong Kong notice's Traditional "合夥企業（有限合夥）")


# A legal form at the front is the end of the name before it, left over where cells or lines ran together
# ("Halvard Bank, N.A. Orvane Compute Inc." read as one run): a name never starts with one (an Indonesian "PT" is the
# form written first: "PT Garuda Arus Energi Tbk" is Garuda Arus Energi).
LEADING_FORM = re.compile(r"^(?:PT|N\.A\.|Inc\.|Corp\.|Ltd\.|LLC|L\.P\.|B\.V\.|N\.V\.|S\.A\.|GmbH|plc)\s+(?=[A-Z])")


# Places a Chinese company name may open with ("宁夏星衡智算科技" is 星衡智算 of Ningxia), or that are no name on their own.
ZH_PLACES = {"中国", "北京", "上海", "深圳", "广州", "杭州", "苏州", "贵州", "国家", "香港", "江苏", "浙江", "南京", "武汉", "成都", "天津",
              "重庆", "西安", "合肥", "无锡", "宁夏", "内蒙", "广东", "山东", "四川", "湖北", "福建", "美国", "日本", "韩国", "台湾", "新加",
              "湖州", "庆阳", "中卫", "宁波", "厦门", "青岛", "大连", "长沙", "郑州", "济南", "昆明", "贵阳", "南昌", "福州", "珠海", "东莞", "佛山",
              "常州", "南通", "绍兴", "嘉兴", "温州", "金华", "台州", "烟台", "徐州", "扬州", "芜湖", "沈阳", "长春", "太原", "兰州", "西宁", "银川",
              "南宁", "海口", "江西", "河南", "河北", "湖南", "安徽", "云南", "甘肃", "青海", "海南", "广西", "新疆", "辽宁", "山西", "陕西", "吉林"}


def zh_unplaced(name: str) -> str:
    """'宁夏星衡智算科技' is the 星衡智算科技 other documents name: a province or city before a long name is where it is registered."""
    return name[2:] if name[:2] in ZH_PLACES and len(name) >= 6 else name


# capitalised words that may stand right before a company's one-word name without being part of a longer name ("Unlike Lam", "In Lam's case")
_NOT_BEFORE_NAME = frozenset(
    "The A An In At On For With From By To And Or Of Our Its Their This That These Those Since When While As If But Both Unlike Like Including "
    "Than Versus Against About After Before Under Over Via Through Rival Rivals Peer Peers Customer Customers Supplier Suppliers Partner Partners "
    "Competitor Competitors Only Also Even Then Meanwhile Separately However Today Yesterday Last Next Analysts Shares Investors Neither Nor Not "
    "Whereas Where Which Who Why How What Said Says New Chinese American Japanese Korean Taiwanese European German French British Dutch Indian "
    "Whether Did Does Do Is Are Was Were Has Have Had Will Would Could Should May Might Can Buy Sell Hold Overweight Underweight Neutral Outperform".split())


def out_of_capitals(name: str) -> str:
    """A name written in capitals as other documents write it: "QUILLON SEMICONDUCTOR" -> "Quillon Semiconductor", "JUNTIN POWER
    (THAILAND)" -> "Juntin Power (Thailand)"; short words ("AI", "USA", "LLC") stay as written; a name in mixed case is left alone."""
    if not (name.isupper() and len(name) > 5):
        return name
    # (a three-letter word with two vowels is a word, not initials: "WING YUE GARMENTS" -> "Wing Yue Garments")
    return re.sub(r"[A-Z\u00c0-\u00de]{4,}|\b(?=[A-Z]{3}\b)(?:[^AEIOU\W]?[AEIOU]{2}[^AEIOU\W]?)\b", lambda m: m.group(0).capitalize(), name)


def strip_suffix(name: str) -> str:
    """'NVIDIA Corporation' -> 'NVIDIA', '阿里巴巴集团控股有限公司' -> '阿里巴巴', 'N.A. Orvane Compute Inc.' -> 'Orvane Compute'."""
    value = " ".join(name.split()).strip(" ,.")
    value = LEADING_FORM.sub("", value) or value
    value = re.sub(r"\s*\((?:publ|plc)\)$", "", value, flags=re.I) or value  # a Swedish public company's "Nordkredit Bank AB (publ)"
    for _ in range(3):
        new = _SUFFIX.sub("", value).strip(" ,.")
        new = _ZH_SUFFIX.sub("", new)
        if new == value or not new:
            break
        value = new
    return value


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Countries, US states, provinces, regions and large business cities, lower case (``data/places.json``): a name that
    is only one of these ("New York", "Middle East", "Ukraine") is a place, not a company."""
    raw = json.loads((resources.files("analyst") / "data" / "places.json").read_text(encoding="utf-8"))
    return frozenset(p.lower() for p in raw["places"])


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon (loaded once per process; read-only afterwards, so safe to share)."""
    data = resources.files("analyst") / "data"
    raw_companies = json.loads((data / "companies.json").read_text(encoding="utf-8"))
    raw_terms = json.loads((data / "finance_terms.json").read_text(encoding="utf-8"))
    companies = [
        Company(
            name=c["name"],
            legal=c.get("legal") or "",
            ticker=c.get("ticker") or "",
            aliases=tuple(c.get("aliases") or ()),
            zh=tuple(c.get("zh") or ()),
            kind=c.get("kind") or "other",
        )
        for c in raw_companies
    ]
    terms = [TermGroup(en=tuple(g.get("en") or ()), zh=tuple(g.get("zh") or ())) for g in raw_terms]
    raw_formulas = json.loads((data / "finance_formulas.json").read_text(encoding="utf-8"))
    formulas = {k.lower(): tuple(v) for k, v in raw_formulas.items() if not k.startswith("_")}
    return Lexicon(companies=companies, terms=terms, formulas=formulas)
