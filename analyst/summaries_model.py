"""Key points written by a model, map-reduce, held to the document: every bullet cites its passages and
every figure in it is found in them.

Map: a few chunks at a time go to the model as numbered passages with their pages
(``generate.format_passages``, the format answers use); it returns candidate points, each citing the
passages it came from. Reduce: the candidate points, numbered with their pages, go back to the model,
which merges them into 4 to 8 key points, each citing the points it merged. A point or a bullet whose
figures are not all in the passages it cites (``numbers.unverified``, the check answers get) is
dropped; if fewer bullets than asked are left, the extractive ones fill the gap. A model that fails or
sends a reply that is not the JSON asked for raises ``ProviderError``: the caller falls back to the
extractive key points.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from analyst import prompts
from analyst.errors import ProviderError
from analyst.generate import LANGUAGES, format_passages
from analyst.numbers import unverified
from analyst.protocols import ChatModel
from analyst.summaries import BOILERPLATE, TOPICS, key_points, summarize_document
from analyst.text import find_figures, tokenize
from analyst.types import Bullet, Chunk, Document, Hit, Summary

GROUP = 4  # chunks per map call: enough context for a point, small enough for a local model
MAX_CHUNKS = 48  # a 100-page filing is read in its 48 most promising chunks (12 map calls), in document order
MAX_POINTS = 60  # candidate points the reduce step sees
POINTS_PER_GROUP = 6


class ModelReplyError(ProviderError):
    """The model answered, but not with the JSON the prompt asked for."""


@dataclass(frozen=True)
class _Point:
    text: str
    chunks: tuple[Chunk, ...]


@dataclass
class ModelKeyPoints:
    bullets: list[Bullet]
    dropped: list[str] = field(default_factory=list)  # figures of model bullets not in their passages, as written
    written: int = 0  # bullets the model wrote (the rest are extractive)


def _parse(reply: str, key: str) -> list[dict[str, Any]]:
    """The list under ``key`` in a JSON reply (code fences and text around the object are tolerated)."""
    text = re.sub(r"^```(?:json)?\s*|\s*```$", "", reply.strip())
    start, end = text.find("{"), text.rfind("}")
    try:
        data = json.loads(text[start:end + 1]) if start >= 0 and end > start else None
    except json.JSONDecodeError:
        data = None
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ModelReplyError(f"the model's key points were not the JSON asked for (no \"{key}\" list in its reply)")
    return [item for item in items if isinstance(item, dict)]


def _numbers(item: dict[str, Any], key: str, count: int) -> list[int]:
    raw = item.get(key)
    values = raw if isinstance(raw, list) else [raw]
    out: list[int] = []
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip().isdigit():
            continue
        number = int(value)
        if 1 <= number <= count and number not in out:
            out.append(number)
    return out


def _text(item: dict[str, Any]) -> str:
    text = item.get("text")
    return re.sub(r"\s+", " ", re.sub(r"\[\d+(?:\s*,\s*\d+)*\]", "", text)).strip() if isinstance(text, str) else ""


def _promise(chunk: Chunk) -> float:
    """How likely a chunk holds a key point: figures and the topics an investor looks for, boilerplate not."""
    text = chunk.text
    score = min(len(find_figures(text)), 6) + sum(1 for pattern in TOPICS.values() if pattern.search(text))
    return score - 3 * len(BOILERPLATE.findall(text[:400]))


def map_chunks(chunks: list[Chunk]) -> list[list[Chunk]]:
    """The chunks the map step reads, in document order, in groups of ``GROUP``."""
    readable = [c for c in chunks if c.text.strip()]
    if len(readable) > MAX_CHUNKS:
        best = sorted(range(len(readable)), key=lambda i: -_promise(readable[i]))[:MAX_CHUNKS]
        readable = [readable[i] for i in sorted(best)]
    return [readable[i:i + GROUP] for i in range(0, len(readable), GROUP)]


def _about(document: Document) -> dict[str, str]:
    return {"title": document.title or document.name, "doc_type": document.doc_type or "document",
            "company": document.company or "company unknown", "period": document.period or "period unknown"}


def _map(group: list[Chunk], document: Document, chat: ChatModel, system: str) -> list[_Point]:
    hits = [Hit(chunk, document, 0.0) for chunk in group]
    user = prompts.render("key_points_map", passages=format_passages(hits), points=str(POINTS_PER_GROUP), **_about(document))
    out: list[_Point] = []
    for item in _parse(chat.complete(system, user), "points"):
        text, cited = _text(item), _numbers(item, "passages", len(group))
        sources = tuple(group[n - 1] for n in cited)
        if text and sources and not unverified(text, [c.text for c in sources]):
            out.append(_Point(text, sources))
    return out


def _similar(a: str, b: str) -> bool:
    left, right = set(tokenize(a)), set(tokenize(b))
    return len(left & right) / max(1, len(left | right)) > 0.45


def model_key_points(chunks: list[Chunk], document: Document, chat: ChatModel, limit: int = 5,
                     extractive: list[Bullet] | None = None) -> ModelKeyPoints:
    """4 to 8 (``limit``) key points written by the model, each with the page of the first passage it cites;
    ``extractive`` (the offline key points, computed when not given) fill in when fewer survive."""
    language = LANGUAGES.get(document.language, "English")
    system = prompts.render("key_points_system", language=language)
    points: list[_Point] = []
    for group in map_chunks(chunks):
        points.extend(_map(group, document, chat, system))
    extractive = key_points(chunks, document, limit) if extractive is None else extractive
    if not points:
        return ModelKeyPoints(extractive)
    points = points[:MAX_POINTS]
    listed = "\n".join(f"[{i}] (page {p.chunks[0].page or '-'}) {p.text}" for i, p in enumerate(points, 1))
    user = prompts.render("key_points_reduce", points=listed.replace("</points>", "</ points>"), low=str(min(4, limit)),
                          high=str(limit), **_about(document))
    bullets: list[Bullet] = []
    dropped: list[str] = []
    for item in _parse(chat.complete(system, user), "bullets"):
        text, cited = _text(item), _numbers(item, "points", len(points))
        sources = [c for n in cited for c in points[n - 1].chunks]
        if not text or not sources:
            continue
        wrong = unverified(text, [c.text for c in sources])
        if wrong:
            dropped.extend(wrong)
            continue  # a figure the cited passages do not hold: the bullet goes
        if not any(_similar(text, b.text) for b in bullets):
            bullets.append(Bullet(text, sources[0].page))
    written = len(bullets)
    for fallback in extractive:  # fewer than asked survived: the document's own sentences fill the gap
        if len(bullets) >= min(4, limit):
            break
        figures = set(find_figures(fallback.text))
        if not any(_similar(fallback.text, b.text) or figures & set(find_figures(b.text)) for b in bullets):
            bullets.append(fallback)
    return ModelKeyPoints(bullets[:limit], dropped, min(written, limit))


def summarize_with_model(document: Document, chunks: list[Chunk], chat: ChatModel, bullets: int = 5) -> tuple[Summary, list[str]]:
    """A summary whose key points the model wrote (KPIs are read as offline), and the figures it dropped."""
    summary = summarize_document(document, chunks, bullets)
    written = model_key_points(chunks, document, chat, bullets, summary.bullets)
    return replace(summary, bullets=written.bullets, mode="llm" if written.written else summary.mode), written.dropped
