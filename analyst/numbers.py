"""Figures as values: '$100 billion', '1000亿美元', '36%', '(1,234)', '25万' -> numbers that can be compared.

Used to check that every figure a model writes stands in the passages it cites. A figure matches a
passage figure of the same kind (percentage or amount) and value, allowing for the scale a table may
state once in its caption ('in millions') and for the rounding of the passage's own digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyst.text import NUMBER_WORDS, find_figures

_SCALES = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6,
    "thousand": 1e3, "k": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3,
}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Figure:
    written: str
    value: float
    percent: bool
    unit: str = ""  # "money", "power", "shares" or "" when the figure does not say


def _unit(text: str) -> str:
    lowered = text.lower()
    if re.search(r"[$€£¥]|usd|rmb|dollar|euro|yuan|renminbi|美元|元|欧元|港元", lowered):
        return "money"
    if re.search(r"\b[gm]w\b|watts?|吉瓦|兆瓦", lowered):
        return "power"
    if re.search(r"shares|股", lowered):
        return "shares"
    return ""


def _words_value(text: str) -> tuple[float, str] | None:
    """'two billion dollars' -> (2, 'billion dollars'); 'twenty-five', 'three hundred', 'one and a half'."""
    lowered = text.lower()
    total = 0.0
    tenths = False  # "one point one billion dollars": the word after "point" is tenths
    for word in re.finditer(r"half a|a quarter of a|and a half|hundred|[a-z]+", lowered):
        if word.group(0) in _SCALE_WORDS:
            return (total, lowered[word.start():]) if total else None
        if word.group(0) == "point":
            tenths = True
        elif tenths and word.group(0) in NUMBER_WORDS and NUMBER_WORDS[word.group(0)] < 10:
            total += NUMBER_WORDS[word.group(0)] / 10
            tenths = False
        elif word.group(0) == "hundred":
            total *= 100
        elif word.group(0) == "and a half":
            total += 0.5
        elif word.group(0) in NUMBER_WORDS:
            total += NUMBER_WORDS[word.group(0)]
        else:
            return None
    return None


_SCALE_WORDS = {"trillion", "billion", "million", "thousand"}


def parse_figure(written: str) -> Figure | None:
    text = written.strip()
    match = _NUMBER.search(text)
    if match:
        value = float(match.group(0).replace(",", ""))
        rest = text[match.end():].strip().lower()
    elif (words := _words_value(text)) is not None:
        value, rest = words
    else:
        return None
    scale = 1.0
    for word, factor in sorted(_SCALES.items(), key=lambda item: -len(item[0])):
        if rest.startswith(word) and (not word.isascii() or not rest[len(word):len(word) + 1].isalpha()):
            scale = factor
            break
    negative = text.startswith("(") and text.endswith(")") or text.lstrip("$€£¥ ").startswith("-")
    percent = "%" in text or "percent" in rest or "per cent" in rest or "个百分点" in rest
    value *= scale
    return Figure(written=written, value=-value if negative else value, percent=percent, unit=_unit(text))


def figures_in(text: str) -> list[Figure]:
    return [f for f in (parse_figure(w) for w in find_figures(text)) if f is not None]


def _close(a: float, b: float) -> bool:
    if a == b:
        return True
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) or abs(a - b) <= 0.0005 * max(abs(a), abs(b))


def matches(figure: Figure, sources: list[Figure]) -> bool:
    for source in sources:
        if figure.percent != source.percent:
            continue
        if figure.unit and source.unit and figure.unit != source.unit:
            continue
        if _close(abs(figure.value), abs(source.value)):
            return True
        if not figure.percent:
            # A table's figures are often in thousands or millions, said once in the caption.
            for factor in (1e3, 1e6, 1e9):
                if _close(abs(figure.value), abs(source.value) * factor):
                    return True
    return False


def unverified(answer_sentence: str, passages: list[str]) -> list[str]:
    """Figures of a sentence that none of the passages contains, as written in the sentence."""
    sources = [f for passage in passages for f in figures_in(passage)]
    return [f.written for f in figures_in(answer_sentence) if not matches(f, sources)]
