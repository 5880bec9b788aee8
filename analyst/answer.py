"""Answers without a model: the sentences of the retrieved passages that answer the question.

Nothing is written that the passages do not say: the answer is chosen sentences, each followed by its
citation marker, and the figures in them listed for a quick look. When the passages do not bear on
the question, the answer says so instead of quoting noise.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from analyst.lexicon import Lexicon
from analyst.retrieval import SearchResult, coverage
from analyst.text import detect_language, find_figures, is_cjk, split_sentences, tokenize
from analyst.types import Answer, Hit, citation_for

MAX_SENTENCES = 3
MAX_QUOTE = 400
# Relevance: a passage counts when it is close in meaning or carries most of the question's words.
MIN_SIMILARITY = 0.42
MIN_SIMILARITY_WITH_WORDS = 0.22
MIN_COVERAGE = 0.5
_QUANTITY = re.compile(
    r"\b(how much|how many|what (?:was|were|is|are) (?:the )?(?:total|amount|value|size|revenue|capex|price)|"
    r"what percentage|what share|how large|how big|size|worth|value|amount|percent|growth|margin|revenue|income|"
    r"capex|spend|spent|price|rate|stake|billion|million)\b|多少|几|规模|金额|比例|增长|收入|营收|利润|支出|价格",
    re.I,
)

NOT_FOUND = {
    "en": "The documents do not contain a passage that answers this question.",
    "zh": "文档中没有找到能回答这个问题的内容。",
}
EMPTY = {
    "en": "There are no documents in the store yet. Add some with `analyst ingest PATH`.",
    "zh": "存储中还没有文档。请先用 `analyst ingest 路径` 添加文档。",
}
FIGURES_LABEL = {"en": "Figures", "zh": "关键数字"}


def is_relevant(result: SearchResult) -> bool:
    if not result.hits:
        return False
    best_coverage = max(coverage(result.query, hit.chunk) for hit in result.hits[:5])
    if result.best_similarity >= MIN_SIMILARITY:
        return True
    if result.best_similarity >= MIN_SIMILARITY_WITH_WORDS and best_coverage >= MIN_COVERAGE:
        return True
    return best_coverage >= 0.75 and len(result.query.core_terms) >= 2


def _units(hit: Hit) -> list[tuple[str, str]]:
    """Sentences of a chunk; table rows keep their caption so a figure is never quoted without its label."""
    text = hit.chunk.text
    if hit.chunk.kind == "table":
        lines = [line for line in text.split("\n") if line.strip()]
        caption = lines[0] if lines else ""
        # A column-header row (periods, no amounts) belongs with every row it labels.
        if len(lines) > 2 and re.search(r"\b(?:Q[1-4]|FY|20\d\d)", lines[1]) and not re.search(r"[$€£¥%]", lines[1]):
            caption = f"{caption} ({lines[1]})"
        return [(line, f"{caption}: {line}" if caption and line not in caption else line) for line in lines]
    if hit.chunk.kind == "turn":
        speakers = [name.strip() for name in hit.chunk.speaker.split(",") if name.strip()]
        units = []
        current = speakers[0] if len(speakers) == 1 else ""
        for line in text.split("\n"):
            body = line
            for name in speakers:
                if line.startswith(f"{name}: "):
                    current, body = name, line[len(name) + 2 :]
                    break
            for sentence in split_sentences(body):
                units.append((sentence, f"{current}: {sentence}" if current else sentence))
        return units
    return [(s, s) for s in split_sentences(text)]


def extractive_answer(result: SearchResult, lexicon: Lexicon, k: int = 5, store_empty: bool = False) -> Answer:
    query = result.query
    lang = query.language if query.language in NOT_FOUND else "en"
    if store_empty:
        return Answer(question=query.text, text=EMPTY[lang], citations=[], found=False, warnings=["the store has no documents"])
    if not is_relevant(result):
        return Answer(question=query.text, text=NOT_FOUND[lang], citations=[], found=False)

    hits = result.hits[:k]
    wants_figure = bool(_QUANTITY.search(query.text))
    weights = _term_weights(query.core_terms, query.expansion_terms, hits)
    asked = {c.name for c in query.companies}
    company_tokens = {tok for c in query.companies for name in c.all_names() for tok in tokenize(name)}
    topical = set(weights) - company_tokens
    topical_cjk = {t for t in topical if is_cjk(t[0])}
    topical_latin = topical - topical_cjk
    scored: list[tuple[float, int, str, str]] = []
    for rank, hit in enumerate(hits):
        for sentence, quote in _units(hit):
            tokens = set(tokenize(quote))
            if not tokens:
                continue
            score = sum(w for t, w in weights.items() if t in tokens)
            if score <= 0:
                continue
            # Naming the company is not enough: the sentence must touch what was asked, where the
            # question has words in the sentence's script to judge by (a Chinese question may have none
            # that reach an English sentence beyond the company's name).
            same_script = topical_cjk if detect_language(sentence) == "zh" else topical_latin
            if same_script and not (tokens & same_script):
                continue
            if wants_figure and find_figures(sentence):
                score *= 1.3
            if detect_language(sentence) != query.language:
                score *= 0.8  # the reader's own language first, when another passage says it as well
            if asked and not _concerns_asked(quote, hit, asked, lexicon):
                score *= 0.5  # about another company than the one asked about
            score /= 1.0 + 0.12 * rank
            score /= math.sqrt(max(1.0, len(tokens) / 25))  # long run-on passages should not win by size
            scored.append((score, rank, sentence, quote))
    scored.sort(key=lambda item: -item[0])

    chosen: list[tuple[float, int, str, str]] = []
    per_chunk: Counter[int] = Counter()
    if scored:
        floor = scored[0][0] * 0.55
        for item in scored:
            if len(chosen) >= MAX_SENTENCES or item[0] < floor:
                break
            if per_chunk[item[1]] >= 2 or any(item[3] == c[3] for c in chosen):
                continue
            chosen.append(item)
            per_chunk[item[1]] += 1

    best_quote: dict[int, str] = {}
    for _, rank, _, quote in chosen:
        best_quote.setdefault(rank, quote)
    for _score, rank, _, quote in scored:
        best_quote.setdefault(rank, quote)
    citations = [citation_for(hit, _clip(best_quote.get(rank) or hit.chunk.text)) for rank, hit in enumerate(hits)]
    if not chosen:
        return Answer(question=query.text, text=NOT_FOUND[lang], citations=[], found=False)
    else:
        lines = [f"{_clip(quote)} [{rank + 1}]" for _, rank, _, quote in chosen]
        figures = []
        for _, rank, sentence, _ in chosen:
            for figure in find_figures(sentence):
                label = f"{figure} [{rank + 1}]"
                if label not in figures:
                    figures.append(label)
        figures = figures[:6]
    text = "\n".join(lines)
    if figures:
        text += f"\n{FIGURES_LABEL[lang]}: " + "; ".join(figures)
    return Answer(question=query.text, text=text, citations=citations, figures=figures, found=True)


def _concerns_asked(quote: str, hit: Hit, asked: set[str], lexicon: Lexicon) -> bool:
    """Does a sentence concern a company asked about: it names one, or names none and its document is one's?"""
    named = {c.name for c, _, _ in lexicon.find_companies(quote)}
    if named & asked:
        return True
    return not named and lexicon.canonical(hit.document.company) in asked


def _term_weights(core: set[str], expansion: set[str], hits: list[Hit]) -> dict[str, float]:
    """Rarer words among the retrieved passages weigh more; expansion words weigh half."""
    documents = [set(tokenize(h.chunk.text)) for h in hits] or [set()]
    n = len(documents)
    weights: dict[str, float] = {}
    for term, base in [(t, 1.0) for t in core] + [(t, 0.5) for t in expansion if t not in core]:
        df = sum(1 for d in documents if term in d)
        weights[term] = base * (0.3 + math.log(1 + n / (1 + df)))
    return weights


def _clip(text: str) -> str:
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1].rsplit(" ", 1)[0] + "…"
