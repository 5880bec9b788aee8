"""Answers written by a model, kept grounded: numbered passages in, cited sentences and checked figures out.

The passages go to the model as delimited data with the rules in the system message (prompts/*.md).
Its reply is split into sentences; each sentence's markers ([1], [2][3], [1, 2]) are matched to the
passages; a sentence without a valid marker is reported as uncited; every figure in a sentence is
looked up in the passages that sentence cites, and the ones not found are reported as unverified,
as written in the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analyst import prompts
from analyst.numbers import figures_in, unverified
from analyst.protocols import ChatModel
from analyst.retrieval import SearchResult
from analyst.text import find_figures, split_sentences, tokenize
from analyst.types import Answer, Hit, citation_for

_MARKERS = re.compile(r"\[(\d+(?:\s*[,，]\s*\d+)*)\]")
LANGUAGES = {"zh": "Simplified Chinese (简体中文)", "en": "English"}
MAX_PASSAGE = 2500


def format_passages(hits: list[Hit]) -> str:
    blocks = []
    for index, hit in enumerate(hits, 1):
        where = hit.document.name + (f", page {hit.chunk.page}" if hit.chunk.page else "")
        about = " | ".join(x for x in (hit.document.company, hit.document.doc_type, hit.document.period) if x)
        text = hit.chunk.text[:MAX_PASSAGE].replace("</passage>", "</ passage>")
        blocks.append(f"[{index}] {where} ({about})\n<passage>\n{text}\n</passage>")
    return "\n\n".join(blocks)


def _markers(sentence: str, k: int) -> list[int]:
    found: list[int] = []
    for group in _MARKERS.findall(sentence):
        for number in re.split(r"\s*[,，]\s*", group):
            n = int(number)
            if 1 <= n <= k and n not in found:
                found.append(n)
    return found


_LEADING = re.compile(r"^((?:\s*\[\d+(?:\s*[,，]\s*\d+)*\])+)\s*")


def answer_sentences(text: str) -> list[str]:
    """Sentences of an answer, each with its own markers ("... quarter. [3]" keeps its [3])."""
    out: list[str] = []
    for sentence in split_sentences(text):
        leading = _LEADING.match(sentence)
        if leading and out:
            out[-1] = f"{out[-1]} {leading.group(1).strip()}"
            sentence = sentence[leading.end():]
        if sentence.strip():
            out.append(sentence.strip())
    return out


def _quote_for(hit: Hit, wanted: str) -> str:
    """The sentence of a passage closest to the answer sentences that cite it (or to the question)."""
    target = set(tokenize(wanted))
    best, best_score = hit.chunk.text[:300], -1.0
    for sentence in split_sentences(hit.chunk.text):
        tokens = set(tokenize(sentence))
        score = len(tokens & target) / (1 + len(tokens) ** 0.5)
        if score > best_score:
            best, best_score = sentence, score
    return best


def generated_answer(
    result: SearchResult,
    chat: ChatModel,
    k: int,
    on_token: Callable[[str], None] | None = None,
) -> Answer:
    hits = result.hits[:k]
    language = LANGUAGES.get(result.query.language, "English")
    system = prompts.render("answer_system", language=language)
    user = prompts.render("answer", question=result.query.text, passages=format_passages(hits), language=language)
    if on_token is None:
        text = chat.complete(system, user)
    else:
        pieces: list[str] = []
        for token in chat.stream(system, user):
            pieces.append(token)
            on_token(token)
        text = "".join(pieces)
    text = text.strip()

    uncited: list[str] = []
    flagged: list[str] = []
    citing: dict[int, list[str]] = {}
    for sentence in answer_sentences(text):
        numbers = _markers(sentence, len(hits))
        bare = _MARKERS.sub("", sentence).strip()
        if not numbers:
            if find_figures(bare) or len(tokenize(bare)) > 3:
                uncited.append(bare)
            flagged.extend(f.written for f in figures_in(bare))
            continue
        for n in numbers:
            citing.setdefault(n, []).append(bare)
        flagged.extend(unverified(bare, [hits[n - 1].chunk.text for n in numbers]))

    citations = [citation_for(hit, _quote_for(hit, " ".join(citing.get(i, [])) or result.query.text)) for i, hit in enumerate(hits, 1)]
    warnings = []
    if flagged:
        warnings.append(f"{len(flagged)} figure(s) in the answer were not found in the passages cited: " + ", ".join(flagged))
    if uncited:
        warnings.append(f"{len(uncited)} sentence(s) cite no passage")
    return Answer(
        question=result.query.text,
        text=text,
        citations=citations,
        mode="llm",
        figures=[f for f in find_figures(_MARKERS.sub("", text))][:8],
        unverified_numbers=list(dict.fromkeys(flagged)),
        uncited=uncited,
        warnings=warnings,
        found=True,
    )
