"""The small protocols the core is written against. Providers implement them; tests may fake them.

A store holds two things: chunks with their vectors, and a catalog of *published* documents. A
document is visible to search only once it is published, which happens after all its chunks are
stored: that is what makes an interrupted ingest leave no half document behind.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol, runtime_checkable

from analyst.types import Chunk, Document


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors. ``name`` identifies the model (and its variant)."""

    name: str
    dimensions: int

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


@runtime_checkable
class ChatModel(Protocol):
    """A chat model behind any OpenAI-compatible endpoint."""

    def complete(self, system: str, user: str) -> str: ...

    def stream(self, system: str, user: str) -> Iterator[str]: ...


@runtime_checkable
class StructuredChat(Protocol):
    """A chat model that can fill in a pydantic schema (function calling)."""

    def structured(self, system: str, user: str, schema: type[Any]) -> Any: ...


@runtime_checkable
class VectorStore(Protocol):
    """Chunks with vectors, plus the catalog of published documents."""

    location: str

    def upsert(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]], document: Document) -> None:
        """Store chunks of ``document`` (not yet published)."""

    def publish(self, document: Document) -> None:
        """Make a document visible to search: the last step of ingesting it."""

    def query(self, vector: Sequence[float], k: int, doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """The ``k`` nearest chunk ids with cosine similarity, optionally within some documents."""

    def delete(self, doc_id: str) -> None:
        """Remove a document: unpublish it first, then drop its chunks."""

    def documents(self) -> list[Document]:
        """Published documents."""

    def chunks(self, ids: Sequence[str] | None = None, doc_ids: Sequence[str] | None = None) -> list[Chunk]:
        """Chunks by id or by document (all chunks of published documents when both are None)."""

    def unpublished_doc_ids(self, older_than: float = 0.0) -> set[str]:
        """Document ids that have chunks stored but are not published (left by an interrupted run);
        with ``older_than``, only those pending for at least that many seconds."""

    def set_links(self, doc_id: str, links_json: str) -> None:
        """Store the links extracted from one document (JSON), replacing earlier ones."""

    def links(self) -> dict[str, str]:
        """The stored links JSON of every document that has them, by document id."""
