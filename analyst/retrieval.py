"""Hybrid retrieval: dense (the store's vectors) plus keyword (BM25), fused by rank, steered by the question.

What moved evidence-page hit@k on real filings (see the project's notes) and is done here:
- routing: a company or period named in the question pulls that company's documents forward, with
  an extra search inside them so their best passages are candidates even in a large store;
- chunk headers (company, type, period, title, section) embedded and indexed with every chunk;
- expansion of financial vocabulary through the bilingual glossary, which is also how a Chinese
  question reaches English passages (and the reverse) without a model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from analyst.lexicon import Company, Lexicon, TermGroup
from analyst.protocols import Embedder, VectorStore
from analyst.text import CJK, STOPWORDS, detect_language, find_periods, tokenize, years_in
from analyst.types import Chunk, Document, Filters, Hit

RRF_K = 60
CANDIDATES = 40
ROUTED_CANDIDATES = 20
COMPANY_BONUS = 0.012
PERIOD_BONUS = 0.008
YEAR_BONUS = 0.003
# The company's filing for the year (and quarter) the question names, over its other filings.
FILING_BONUS = 0.006
# Fusion weights. On English filings the dense list is the stronger one (on FinanceBench dense alone
# beat BM25 alone by 20 points of hit@5, and equal fusion lost 7 of them), so keywords count half:
# lower still did no better there and cost the held-out set (bench/fresh) its hit@1. A Chinese
# question leans on the keyword list (CJK bigrams, glossary) and on MiniLM's English gloss less.
DENSE_WEIGHT = 1.0
KEYWORD_WEIGHT = 0.5
KEYWORD_WEIGHT_ZH = 1.0
DENSE_WEIGHT_ZH = 0.5
LANGUAGE_BONUS = 0.004
# The searches inside the named company's own documents count half: the fact may sit in another's.
ROUTED_WEIGHT = 0.5
RESCORE = 60
# Add the components to the dense query too, not only to the keyword list: +4 to +5 points of hit@5 on
# FinanceBench (shared 44.2 -> 49.5, per document 54.7 -> 58.9).
COMPONENTS_IN_DENSE = True
SCORE_SHARE = 0.015
# Words that say what kind of answer is wanted but not what it is about.
_GENERIC = STOPWORDS | {"company", "companies", "firm", "much", "many", "did", "does", "according", "document",
                        "documents", "report", "reported", "say", "said", "says", "mention", "mentioned", "year",
                        "quarter", "fiscal", "total", "amount", "number", "value", "latest", "current"}


class KeywordSearch(Protocol):
    def search(self, tokens: Sequence[str], k: int, doc_ids: Collection[str] | None = None) -> list[tuple[str, float]]: ...


@dataclass(frozen=True)
class Query:
    """A question understood: its language, the companies, periods and glossary terms it names."""

    text: str
    language: str
    companies: list[Company]
    periods: list[str]
    years: set[int]
    term_groups: list[TermGroup]
    dense_text: str
    tokens: list[str]
    core_terms: set[str]
    expansion_terms: set[str] = field(default_factory=set)


def understand(question: str, lexicon: Lexicon) -> Query:
    language = detect_language(question)
    company_spans = lexicon.find_companies(question)
    companies = list({c.name: c for c, _, _ in company_spans}.values())
    term_spans = lexicon.term_spans(question)
    groups = list({id(g): g for g, _, _ in term_spans}.values())
    periods = find_periods(question)
    years = years_in(question)

    # The dense model reads English best: a Chinese question is glossed into English words.
    if language == "zh":
        pieces: list[tuple[int, str]] = [(s, c.name) for c, s, _ in company_spans]
        pieces += [(s, g.en[0]) for g, s, _ in term_spans if g.en]
        pieces += [(m.start(), m.group(0)) for m in re.finditer(r"[A-Za-z][A-Za-z0-9.&-]*|\d[\d,.]*%?", question)]
        pieces += [(0, p) for p in periods]
        dense_text = " ".join(dict.fromkeys(p for _, p in sorted(pieces))) or question
    else:
        dense_text = question

    # What the measures asked about are computed from, and the statement that shows them: a question
    # about a quick ratio is answered by the balance sheet's current assets and liabilities.
    components = lexicon.components(dense_text if language == "zh" else question)
    if components and COMPONENTS_IN_DENSE:
        dense_text = f"{dense_text} ({'; '.join(components)})"

    core = [t for t in tokenize(question) if t not in _GENERIC]
    expansion: list[str] = []
    for group in groups:
        for term in group.all_terms:
            expansion.extend(tokenize(term))
    for component in components:
        expansion.extend(tokenize(component))
    for company in companies:
        for name in (company.name, company.ticker, *company.zh):
            if name:
                expansion.extend(tokenize(name))
    core_set = set(core)
    extra = [t for t in dict.fromkeys(expansion) if t not in core_set and t not in _GENERIC]
    # Words of the question count twice as much as words added by expansion.
    tokens = core + core + extra
    return Query(
        text=question,
        language=language,
        companies=companies,
        periods=periods,
        years=years,
        term_groups=groups,
        dense_text=dense_text,
        tokens=tokens,
        core_terms=core_set,
        expansion_terms=set(extra),
    )


def period_matches(wanted: str, period: str, date: str = "") -> bool:
    """Does a document's period (or date) fall under what a user asked for ('2025', 'Q2 2025', 'FY2025')?"""
    wanted_n = " ".join(wanted.upper().replace("FY ", "FY").split())
    period_n = " ".join(period.upper().split())
    if not wanted_n:
        return True
    if wanted_n == period_n:
        return True
    if re.fullmatch(r"(19|20)\d\d", wanted_n):
        return wanted_n in period_n or date.startswith(wanted_n)
    return False


@dataclass(frozen=True)
class SearchResult:
    query: Query
    hits: list[Hit]
    best_similarity: float
    routed: bool


class Retriever:
    """Searches a store; handed the store, the embedder, the lexicon and a keyword index provider."""

    def __init__(
        self,
        store: VectorStore,
        embedder: Embedder,
        lexicon: Lexicon,
        keywords: Callable[[list[Document]], KeywordSearch],
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.lexicon = lexicon
        self._keywords = keywords

    def allowed_documents(self, documents: list[Document], filters: Filters) -> list[Document]:
        out = documents
        if filters.company:
            wanted = self.lexicon.canonical(filters.company).lower()
            out = [d for d in out if self.lexicon.canonical(d.company).lower() == wanted or d.ticker.lower() == filters.company.lower()]
        if filters.period:
            out = [d for d in out if period_matches(filters.period, d.period, d.date)]
        if filters.doc_type:
            out = [d for d in out if d.doc_type.lower() == filters.doc_type.lower()]
        if filters.doc:
            out = [d for d in out if filters.doc in {d.id, d.name, d.source}]
        return out

    def search(self, question: str, k: int = 5, filters: Filters | None = None) -> SearchResult:
        query = understand(question, self.lexicon)
        documents = self.store.documents()
        allowed = self.allowed_documents(documents, filters or Filters())
        if not allowed:
            return SearchResult(query, [], 0.0, False)
        by_id = {d.id: d for d in allowed}
        all_ids = [d.id for d in allowed]
        restrict = None if len(allowed) == len(documents) else all_ids

        query = self._with_store_companies(query, documents)
        wanted_companies = {c.name.lower() for c in query.companies}
        routed_docs = [d for d in allowed if wanted_companies and self.lexicon.canonical(d.company).lower() in wanted_companies]
        routed = [d.id for d in filings_for(query, routed_docs)]
        company_ids = {d.id for d in routed_docs}
        vector = self.embedder.embed([query.dense_text])[0]

        # (ranking, weight, is_dense). MiniLM reads English: for a Chinese question the dense list,
        # searched with an English gloss, counts less than the keyword list over the question itself.
        dense_weight = DENSE_WEIGHT_ZH if query.language == "zh" else DENSE_WEIGHT
        keyword_weight = KEYWORD_WEIGHT_ZH if query.language == "zh" else KEYWORD_WEIGHT
        lists: list[tuple[list[tuple[str, float]], float, bool]] = []
        similarity: dict[str, float] = {}
        dense = self.store.query(vector, CANDIDATES, restrict)
        lists.append((dense, dense_weight, True))
        similarity.update(dense)
        keyword_index = self._keywords(documents)
        lists.append((keyword_index.search(query.tokens, CANDIDATES, set(all_ids) if restrict is not None else None), keyword_weight, False))
        if routed and len(routed) < len(allowed):
            routed_dense = self.store.query(vector, ROUTED_CANDIDATES, routed)
            similarity.update(routed_dense)
            lists.append((routed_dense, dense_weight * ROUTED_WEIGHT, True))
            lists.append((keyword_index.search(query.tokens, ROUTED_CANDIDATES, set(routed)), keyword_weight * ROUTED_WEIGHT, False))

        fused = fuse(lists)
        # Routing: the named company's and period's documents come forward, in proportion to how much
        # of the rest of the question a passage covers (the company alone is not an answer).
        chosen = set(routed) if len(routed) < len(company_ids) else set()
        doc_bonus = {doc_id: self._prior(query, by_id[doc_id], doc_id in company_ids) + (FILING_BONUS if doc_id in chosen else 0.0)
                     for doc_id in by_id}
        ranked = sorted(fused.items(), key=lambda item: -item[1])
        shortlist = [chunk_id for chunk_id, _ in ranked if chunk_id.split("-", 1)[0] in by_id][:RESCORE]
        chunks = {c.id: c for c in self.store.chunks(ids=shortlist)}
        for chunk_id, chunk in chunks.items():
            bonus = doc_bonus.get(chunk.doc_id, 0.0)
            if bonus:
                fused[chunk_id] += bonus * (0.25 + 0.75 * coverage(query, chunk, include_companies=False))
        top_ids = distinct_pages(sorted(chunks, key=lambda chunk_id: -fused[chunk_id]), chunks)[: max(k, 10)]
        hits = [Hit(chunks[cid], by_id[chunks[cid].doc_id], fused[cid]) for cid in top_ids if cid in chunks]
        best = max((similarity.get(h.chunk.id, 0.0) for h in hits[:k]), default=0.0)
        return SearchResult(query, hits, best, bool(routed))

    def _with_store_companies(self, query: Query, documents: list[Document]) -> Query:
        """Companies the lexicon does not know are still named by the documents in the store: a question
        that names one ("Vesta Power's capital expenditures") is routed to its documents too."""
        known = {c.name.lower() for c in query.companies}
        found: list[Company] = []
        for name in sorted({self.lexicon.canonical(d.company) for d in documents if d.company}):
            if name.lower() in known or len(name) < 3:
                continue
            flags = re.IGNORECASE if " " in name else 0  # one-word names only as written ("Target", not "target")
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", query.text, flags):
                found.append(Company(name=name))
        if not found:
            return query
        claimed = {t for c in found for t in tokenize(c.name)}
        return replace(query, companies=[*query.companies, *found], core_terms=query.core_terms | claimed)

    def _prior(self, query: Query, document: Document, routed: bool) -> float:
        bonus = COMPANY_BONUS if routed else 0.0
        if document.language == query.language:
            bonus += LANGUAGE_BONUS  # between equally good passages, the reader's own language first
        if query.periods and document.period:
            if any(period_matches(p, document.period) for p in query.periods):
                bonus += PERIOD_BONUS
        if query.years and query.years & document_years(document):
            bonus += YEAR_BONUS
        return bonus


def document_years(document: Document) -> set[int]:
    """The years a document reports on: its period's and its date's. A fiscal year that ends in
    January is named by either year (retailers' 'fiscal 2023' ends in January 2023, others call
    the year ended January 1, 2023 'fiscal 2022'), so both count."""
    years = years_in(document.period)
    if re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", document.date or ""):
        year, month = int(document.date[:4]), int(document.date[5:7])
        years.add(year)
        if month == 1:
            years.add(year - 1)
    return years


def filings_for(query: Query, documents: list[Document]) -> list[Document]:
    """Of a company's documents, those the question's years and periods point to.

    A question about fiscal 2018 is answered by the filing for 2018; when there is none, by the
    nearest later one (an annual report also shows the two years before it). A named quarter
    narrows further when a document is for that quarter. Without years, all of them."""
    if not query.years or len(documents) < 2:
        return documents
    chosen = [d for d in documents if query.years & document_years(d)]
    if not chosen:
        later = [(min(y - max(query.years) for y in document_years(d) if y > max(query.years)), d) for d in documents
                 if any(y > max(query.years) for y in document_years(d))]
        if not later:
            return documents
        nearest = min(gap for gap, _ in later)
        chosen = [d for gap, d in later if gap == nearest]
    if query.periods:
        exact = [d for d in chosen if any(period_matches(p, d.period) for p in query.periods)]
        chosen = exact or chosen
    return chosen


def distinct_pages(ranked: list[str], chunks: dict[str, Chunk]) -> list[str]:
    """Each PDF page once, at the rank of its best passage, before any page's second passage: a
    citation names a page, and five passages from one page leave the reader one place to look.
    Passages without pages (HTML, text) are each their own place."""
    first: list[str] = []
    later: list[str] = []
    seen: set[tuple[str, int]] = set()
    for chunk_id in ranked:
        chunk = chunks[chunk_id]
        if chunk.page is None:
            first.append(chunk_id)
            continue
        place = (chunk.doc_id, chunk.page)
        (later if place in seen else first).append(chunk_id)
        seen.add(place)
    return first + later


def fuse(lists: list[tuple[list[tuple[str, float]], float, bool]]) -> dict[str, float]:
    """Reciprocal-rank fusion plus a share for how far ahead a passage scores within its own list.

    Rank alone hides margins: a keyword match three times stronger than the next is worth more than
    one place. Scores are scaled within each list (dense: between the list's lowest and highest).
    """
    fused: dict[str, float] = {}
    for ranking, weight, is_dense in lists:
        if not ranking:
            continue
        scores = [score for _, score in ranking]
        high, low = max(scores), min(scores)
        for rank, (chunk_id, score) in enumerate(ranking):
            if is_dense:
                scaled = (score - low) / (high - low) if high > low else 1.0
            else:
                scaled = score / high if high > 0 else 0.0
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight * (1.0 / (RRF_K + rank + 1) + SCORE_SHARE * scaled)
    return fused


def _phrase_in(term: str, text: str) -> bool:
    term = term.lower()
    if re.search(f"[{CJK}]", term):
        return term in text
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", text) is not None


def coverage(query: Query, chunk: Chunk, include_companies: bool = True) -> float:
    """How much of what the question asks about a chunk covers, in either language.

    Each glossary concept and each company named counts once and is matched by any of its names as a
    phrase; the question's remaining words count on their own (Chinese character pairs, which are
    noisy, less).
    """
    text = chunk.embed_text.lower()
    present = set(tokenize(text))
    concepts: list[tuple[float, bool]] = []
    claimed: set[str] = set()
    for group in query.term_groups:
        claimed |= {tok for term in group.all_terms for tok in tokenize(term)} & query.core_terms
        concepts.append((1.0, any(_phrase_in(term, text) for term in group.all_terms)))
    for company in query.companies:
        claimed |= {tok for name in company.all_names() for tok in tokenize(name)} & query.core_terms
        if include_companies:
            concepts.append((1.0, any(_phrase_in(name, text) for name in company.all_names())))
    for term in query.core_terms - claimed:
        concepts.append((0.1 if re.match(f"[{CJK}]", term) else 1.0, term in present))
    total = sum(weight for weight, _ in concepts)
    if total == 0:
        return 0.0
    return sum(weight for weight, matched in concepts if matched) / total
