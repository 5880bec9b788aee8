"""Our own types: what crosses every boundary between shells, core and providers.

Library objects (Chroma results, pdfium pages, LangChain messages) stop in the providers and the
loaders; everything above them speaks in these frozen dataclasses.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ChunkKind = Literal["text", "table", "turn"]
DOC_TYPES = (
    "10-K",
    "20-F",
    "annual report",  # an annual report that is not a US form: 年度报告 (and its 摘要), a UK or EU annual report
    "10-Q",
    "interim report",  # a half-year or quarterly report that is not a US form: 半年度报告, 季度报告, an interim report
    "8-K",
    "S-1",  # a registration statement (the company's own words before an offering)
    "prospectus",  # a prospectus that is not a US form: 招股说明书, an offering circular
    "earnings release",
    "call transcript",
    "deal announcement",
    "letter",  # a fund's or a company's letter to its investors, in its own voice
    "research note",  # a broker's or analyst's note on a company: its "we" is the analyst; a Chinese note's 公司 is the company covered
    "news",
    "other",
)

# A company's own periodic reports: their figures, shareholder tables and "we" are the company's.
PERIODIC_REPORTS = frozenset({"10-K", "20-F", "annual report", "10-Q", "interim report"})
# A company's own offering documents: its words, its shareholders, its customers, before it sells shares.
OFFERING_DOCS = frozenset({"S-1", "prospectus"})


@dataclass(frozen=True)
class Document:
    """One ingested file. ``id`` is the hash of its bytes, so an unchanged file has the same id."""

    id: str
    source: str
    title: str
    company: str = ""
    ticker: str = ""
    doc_type: str = "other"
    period: str = ""
    date: str = ""
    language: str = "en"
    pages: int = 0
    chunks: int = 0
    added: str = ""

    @property
    def name(self) -> str:
        """The file name, as a reader refers to the document."""
        if re.match(r"^(?:[A-Za-z]:\\|\\\\)", self.source):  # a Windows path (C:\..., \\server\...)
            return self.source.replace("\\", "/").rsplit("/", 1)[-1]
        return self.source.rsplit("/", 1)[-1]  # on POSIX a backslash is part of the file name

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "doc": self.name}


@dataclass(frozen=True)
class Block:
    """A piece of a loaded document before chunking: a paragraph, a table or a speaker turn."""

    text: str
    page: int | None = None
    section: str = ""
    kind: ChunkKind = "text"
    speaker: str = ""


@dataclass(frozen=True)
class LoadedDocument:
    """What a loader returns: the blocks in reading order plus what the file itself says."""

    blocks: list[Block]
    pages: int = 0
    title: str = ""


@dataclass(frozen=True)
class Chunk:
    """The unit of retrieval. ``id`` is stable: document id, page and ordinal."""

    id: str
    doc_id: str
    text: str
    ordinal: int
    page: int | None = None
    section: str = ""
    kind: ChunkKind = "text"
    speaker: str = ""
    header: str = ""

    @property
    def embed_text(self) -> str:
        """What the embedder and the keyword index see: the header gives a chunk its context."""
        return f"{self.header}\n{self.text}" if self.header else self.text


@dataclass(frozen=True)
class Hit:
    """A chunk found by a search, with the document it belongs to and its fused score."""

    chunk: Chunk
    document: Document
    score: float


@dataclass(frozen=True)
class Citation:
    """Where a claim comes from: a document, a page (None when the format has no pages), a quote."""

    doc: str
    source: str
    title: str
    page: int | None
    quote: str
    score: float
    doc_id: str = ""
    chunk_id: str = ""
    context: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "source": self.source,
            "title": self.title,
            "page": self.page,
            "quote": self.quote,
            "score": round(self.score, 6),
        }


def citation_for(hit: Hit, quote: str) -> Citation:
    """A retrieved passage as a citation, with the quote chosen for it and the whole passage as context."""
    return Citation(
        doc=hit.document.name, source=hit.document.source, title=hit.document.title, page=hit.chunk.page, quote=quote,
        score=hit.score, doc_id=hit.document.id, chunk_id=hit.chunk.id, context=hit.chunk.text,
    )


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    citations: list[Citation]
    mode: str = "extractive"
    figures: list[str] = field(default_factory=list)
    unverified_numbers: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    found: bool = True
    uncited: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "mode": self.mode,
            "citations": [c.to_dict() for c in self.citations],
            "figures": list(self.figures),
            "unverified_numbers": list(self.unverified_numbers),
            "uncited": list(self.uncited),
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class Filters:
    """Restrictions a user puts on a search. Empty strings mean no restriction."""

    company: str = ""
    period: str = ""
    doc_type: str = ""
    # One document: its id, file name or path (search inside one filing).
    doc: str = ""


@dataclass(frozen=True)
class FailedFile:
    path: str
    error: str


@dataclass
class IngestReport:
    """What one ingest run did, file by file."""

    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    skipped: list[FailedFile] = field(default_factory=list)
    chunks_added: int = 0
    doc_ids: list[str] = field(default_factory=list)  # documents this run added
    unchanged_ids: list[str] = field(default_factory=list)  # documents already in the store (the same bytes, any path)
    warnings: list[str] = field(default_factory=list)
    pages: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "ingested": list(self.ingested),
            "unchanged": list(self.unchanged),
            "failed": [{"path": f.path, "error": f.error} for f in self.failed],
            "skipped": [{"path": f.path, "reason": f.error} for f in self.skipped],
            "chunks_added": self.chunks_added,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class StoreStats:
    documents: int
    chunks: int
    store: str
    embedding_model: str
    companies: list[str] = field(default_factory=list)
    doc_types: dict[str, int] = field(default_factory=dict)
    periods: list[str] = field(default_factory=list)
    languages: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


RELATIONS = ("invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of")


@dataclass(frozen=True)
class Evidence:
    """The sentence (or table row) a link was read from."""

    doc: str
    page: int | None
    quote: str
    doc_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "page": self.page, "quote": self.quote}


@dataclass(frozen=True)
class Relation:
    """A link between two companies, read as "source RELATION target", with the money's direction.

    For ``supplies`` the target pays the source; for ``invests_in``, ``lends_to``, ``acquires`` and
    ``owns_stake_in`` the source pays the target; ``partners_with`` and ``subsidiary_of`` have none.
    """

    source: str
    target: str
    relation: str
    payer: str | None
    payee: str | None
    amount: str | None
    currency: str | None
    amount_usd: float | None
    date: str | None
    evidence: tuple[Evidence, ...]
    method: str = "rules"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "relation": self.relation,
            "payer": self.payer,
            "payee": self.payee,
            "amount": self.amount,
            "currency": self.currency,
            "amount_usd": self.amount_usd,
            "date": self.date,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "aliases": list(self.aliases)}


@dataclass(frozen=True)
class Cycle:
    nodes: tuple[str, ...]
    edges: tuple[int, ...]
    min_amount_usd: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes), "edges": list(self.edges), "min_amount_usd": self.min_amount_usd}


@dataclass(frozen=True)
class Graph:
    nodes: list[Node]
    edges: list[Relation]
    cycles: list[Cycle] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": [n.to_dict() for n in self.nodes], "edges": [e.to_dict() for e in self.edges],
                "cycles": [c.to_dict() for c in self.cycles]}


@dataclass(frozen=True)
class KPI:
    """A figure a document states: the name, its value as written in the document's units, the unit,
    the period it belongs to, and the page (None for formats without pages)."""

    name: str
    value: float | str
    unit: str
    period: str
    page: int | None
    quote: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": self.value, "unit": self.unit, "period": self.period, "page": self.page}


@dataclass(frozen=True)
class Bullet:
    text: str
    page: int | None
    unverified_numbers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "page": self.page}


@dataclass(frozen=True)
class Summary:
    doc: str
    doc_id: str
    title: str
    company: str
    period: str
    doc_type: str
    kpis: list[KPI]
    bullets: list[Bullet]
    mode: str = "extractive"

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "company": self.company, "period": self.period, "doc_type": self.doc_type,
                "kpis": [k.to_dict() for k in self.kpis], "bullets": [b.to_dict() for b in self.bullets]}


@dataclass
class SummaryBatch:
    summaries: list[Summary] = field(default_factory=list)
    failed: list[FailedFile] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. the model failed and the extractive key points stand


@dataclass(frozen=True)
class Reference:
    """A numbered source of a brief: a document and a page."""

    number: int
    doc: str
    page: int | None
    title: str = ""


@dataclass(frozen=True)
class BriefKPI:
    name: str
    value: str
    period: str
    change: str
    ref: int


@dataclass(frozen=True)
class BriefLine:
    text: str
    refs: tuple[int, ...]


@dataclass(frozen=True)
class Brief:
    """One page on one company: everything in it carries a numbered reference to a document and page."""

    company: str
    ticker: str
    aliases: tuple[str, ...]
    as_of: str
    documents: int
    latest_period: str
    kpis: list[BriefKPI]
    points: list[BriefLine]
    links: list[BriefLine]
    loops: list[BriefLine]
    risks: list[BriefLine]
    references: list[Reference]
    counterparties: list[tuple[str, str, str, str]]  # (name, relation, direction "in"/"out"/"", amount)

    @property
    def cited_documents(self) -> int:
        """How many documents the references name: the company's own and those its links are quoted from."""
        return len({r.doc for r in self.references})
