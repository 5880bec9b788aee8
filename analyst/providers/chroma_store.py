"""The ``VectorStore`` protocol on Chroma, embedded (a folder) or a server (a URL).

Two collections per embedding model: ``chunks-<model>`` (vectors, text, chunk metadata) and
``docs-<model>`` (one record per document: the catalog). A catalog record is written as
``pending`` (with the time) before a document's chunks and flipped to ``published`` after the last
one, so search never sees half a document. Chroma's default embedding function downloads a model:
every collection is opened with ``_NoDefaultEmbedding``, and vectors are always passed in.

Every failure of Chroma (a server that went away, a broken folder) becomes one ``ProviderError``
line that says where the store is and what to check; nothing of Chroma's leaks to the shells.
"""

from __future__ import annotations

import contextlib
import functools
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlparse

from analyst.errors import ProviderError
from analyst.types import Chunk, Document

# Searches inside at most this many documents run on their vectors in memory (see _query_documents);
# the cache holds at most this many vectors (about 75 MB at 384 dimensions).
EXACT_DOCS = 8
CATALOG_SECONDS = 2.0
CACHED_VECTORS = 50_000
_DOC_FIELDS = ("source", "title", "company", "ticker", "doc_type", "period", "date", "language", "added")


def _no_default_embedding() -> Any:
    from chromadb.api.types import EmbeddingFunction

    class _NoDefaultEmbedding(EmbeddingFunction):  # type: ignore[type-arg]
        """Stands where Chroma would put its downloading default; we always pass vectors ourselves."""

        def __init__(self) -> None:
            pass

        def __call__(self, input: Any) -> Any:  # noqa: A002 - Chroma's parameter name
            raise ProviderError("internal error: Chroma asked to embed text itself; vectors must be passed in")

    return _NoDefaultEmbedding()


_T = TypeVar("_T")


def _store_errors(method: Callable[..., _T]) -> Callable[..., _T]:
    """Turn any failure inside Chroma into one ProviderError line naming the store."""

    @functools.wraps(method)
    def guarded(self: ChromaStore, *args: Any, **kwargs: Any) -> _T:
        try:
            return method(self, *args, **kwargs)
        except ProviderError:
            raise
        except Exception as exc:  # noqa: BLE001 - Chroma and its HTTP client raise many types; the user needs one line
            raise ProviderError(_failure(self.location, exc)) from None

    return guarded


def _failure(location: str, exc: BaseException) -> str:
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    if location.lower().startswith(("http://", "https://")):
        return (f"the Chroma server at {location} did not answer ({detail}); check that it is running "
                f"(chroma run --path DIR --host HOST --port PORT) and that ANALYST_STORE or --store points at it")
    return f"the store at {location} could not be used ({detail}); check the folder, or move it away and ingest again"


@contextlib.contextmanager
def _opening_lock(folder: Path | None) -> Iterator[None]:
    import fcntl

    if folder is None:
        yield
        return
    with open(folder / ".open.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _collection_name(prefix: str, model: str) -> str:
    name = re.sub(r"[^a-zA-Z0-9._-]", "-", f"{prefix}-{model}")[:500]
    return name.strip("-._") or prefix


class ChromaStore:
    """A Chroma-backed store. ``location`` is a folder, or ``http://host:port`` for a Chroma server."""

    def __init__(self, location: str, embedding_model: str) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.location = location
        self.embedding_model = embedding_model
        self.is_server = location.lower().startswith(("http://", "https://"))
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self.is_server:
                url = urlparse(location)
                self._client = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
                self._client.heartbeat()
            else:
                folder = Path(location).expanduser()
                folder.mkdir(parents=True, exist_ok=True)
            # Two processes creating a new folder store at once race in Chroma's own set-up ("table collections
            # already exists"): creating the client and the collections is done by one process at a time.
            with _opening_lock(None if self.is_server else Path(location).expanduser()):
                if not self.is_server:
                    self._client = chromadb.PersistentClient(path=str(Path(location).expanduser() / "chroma"), settings=chroma_settings)
                function = _no_default_embedding()
                self._chunks, self._docs, self._links = (
                    self._client.get_or_create_collection(_collection_name(kind, embedding_model), embedding_function=function,
                                                          metadata={"hnsw:space": "cosine"})
                    for kind in ("chunks", "docs", "links"))
            self._batch = max(1, min(1000, int(self._client.get_max_batch_size())))
            self._vector_cache: OrderedDict[str, tuple[list[str], Any]] = OrderedDict()
            self._cache_lock = threading.Lock()
            self._catalog_cache: tuple[float, list[tuple[Document, str, float]]] | None = None
        except ProviderError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure to open the store is reported as one line
            raise ProviderError(_failure(location, exc)) from None

    # ------------------------------------------------------------------------------ writing
    @_store_errors
    def upsert(self, chunks: Sequence[Chunk], vectors: Sequence[Sequence[float]], document: Document) -> None:
        with self._cache_lock:
            self._vector_cache.pop(document.id, None)
        self._put_doc(document, status="pending")
        for start in range(0, len(chunks), self._batch):
            part = chunks[start : start + self._batch]
            self._chunks.upsert(
                ids=[c.id for c in part],
                embeddings=[list(v) for v in vectors[start : start + self._batch]],  # type: ignore[arg-type]
                documents=[c.text for c in part],
                metadatas=[_chunk_meta(c) for c in part],
            )

    @_store_errors
    def publish(self, document: Document) -> None:
        with self._cache_lock:
            self._vector_cache.pop(document.id, None)
        # Chunks left from an earlier, interrupted or differently chunked write of the same document
        # (ordinals past the last one) go first, so the published document is exactly its chunks.
        stale: Any = {"$and": [{"doc_id": document.id}, {"ordinal": {"$gte": document.chunks}}]}
        self._chunks.delete(where=stale)
        self._put_doc(document, status="published")

    def _put_doc(self, document: Document, *, status: str) -> None:
        meta: dict[str, Any] = {f: getattr(document, f) or "" for f in _DOC_FIELDS}
        meta.update(pages=document.pages, chunks=document.chunks, status=status, since=time.time())
        self._docs.upsert(ids=[document.id], embeddings=[[1.0]], documents=[document.title], metadatas=[meta])  # type: ignore[arg-type]
        self._forget_catalog()  # after the write: a search in between must not keep the old record

    @_store_errors
    def delete(self, doc_id: str) -> None:
        with self._cache_lock:
            self._vector_cache.pop(doc_id, None)
            self._catalog_cache = None
        self._docs.delete(ids=[doc_id])
        self._links.delete(ids=[doc_id])
        self._chunks.delete(where={"doc_id": doc_id})
        self._forget_catalog()

    @_store_errors
    def set_links(self, doc_id: str, links_json: str) -> None:
        self._links.upsert(ids=[doc_id], embeddings=[[1.0]], documents=[links_json])  # type: ignore[arg-type]

    @_store_errors
    def links(self) -> dict[str, str]:
        result = self._links.get(include=["documents"])
        return {doc_id: text or "[]" for doc_id, text in zip(result["ids"], result["documents"] or [], strict=False)}

    # ------------------------------------------------------------------------------ reading
    @_store_errors
    def documents(self) -> list[Document]:
        return [d for d, status, _ in self._catalog() if status == "published"]

    @_store_errors
    def unpublished_doc_ids(self, older_than: float = 0.0) -> set[str]:
        """Pending documents; with ``older_than`` (seconds), only those pending for at least that long."""
        now = time.time()
        return {d.id for d, status, since in self._catalog() if status != "published" and now - since >= older_than}

    def _catalog(self) -> list[tuple[Document, str, float]]:
        # Every search reads the catalog (about 40 ms for 500 documents): it is kept for a moment.
        # This process's own writes drop it at once; another process's ingest shows within CATALOG_SECONDS.
        # A shared server is read every time: other machines write to it, and people expect to see that at once.
        with self._cache_lock:
            if self._catalog_cache is not None and not self.is_server and time.monotonic() - self._catalog_cache[0] < CATALOG_SECONDS:
                return self._catalog_cache[1]
        catalog = self._read_catalog()
        with self._cache_lock:
            self._catalog_cache = (time.monotonic(), catalog)
        return catalog

    def _forget_catalog(self) -> None:
        with self._cache_lock:
            self._catalog_cache = None

    def _read_catalog(self) -> list[tuple[Document, str, float]]:
        result = self._docs.get(include=["metadatas"])
        out = []
        for doc_id, raw in zip(result["ids"], result["metadatas"] or [], strict=False):
            meta: dict[str, Any] = dict(raw or {})
            fields = {f: str(meta.get(f) or "") for f in _DOC_FIELDS}
            document = Document(id=doc_id, pages=int(meta.get("pages") or 0), chunks=int(meta.get("chunks") or 0), **fields)
            out.append((document, str(meta.get("status") or ""), float(meta.get("since") or 0.0)))
        return out

    @_store_errors
    def count(self) -> int:
        return int(self._chunks.count())

    @_store_errors
    def query(self, vector: Sequence[float], k: int, doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        if doc_ids is not None and not doc_ids:
            return []
        if doc_ids is not None and len(doc_ids) <= EXACT_DOCS:
            return self._query_documents(vector, k, doc_ids)
        where: dict[str, Any] | None = None
        if doc_ids is not None:
            where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}
        # No count() first: Chroma returns what there is (also from an empty collection), and counting
        # a 250,000-chunk collection cost about 20 ms per query.
        result = self._chunks.query(
            query_embeddings=[list(vector)], n_results=k, where=where, include=["distances"]  # type: ignore[arg-type]
        )
        ids = result["ids"][0] if result["ids"] else []
        distances = (result.get("distances") or [[]])[0]
        return [(chunk_id, 1.0 - float(d)) for chunk_id, d in zip(ids, distances, strict=False)]

    def _query_documents(self, vector: Sequence[float], k: int, doc_ids: Sequence[str]) -> list[tuple[str, float]]:
        """Exact search inside a few documents, on their vectors held in memory.

        Chroma's metadata-filtered query scans the filter on every call (about 150-190 ms at 250,000
        chunks); reading one document's vectors takes about 40 ms once, and a dot product after that
        well under one. Document ids are content hashes, so a document's vectors never change."""
        import numpy as np

        ids: list[str] = []
        parts = []
        for doc_id in dict.fromkeys(doc_ids):
            doc_chunk_ids, matrix = self._doc_vectors(doc_id)
            ids.extend(doc_chunk_ids)
            parts.append(matrix)
        if not ids:
            return []
        matrix = np.vstack(parts)
        query = np.asarray(vector, dtype=np.float32)
        norms = np.linalg.norm(matrix, axis=1) * max(float(np.linalg.norm(query)), 1e-12)
        similarity = (matrix @ query) / np.clip(norms, 1e-12, None)
        top = np.argsort(-similarity, kind="stable")[:k]
        return [(ids[i], float(similarity[i])) for i in top]

    def _doc_vectors(self, doc_id: str) -> tuple[list[str], Any]:
        import numpy as np

        with self._cache_lock:
            cached = self._vector_cache.get(doc_id)
            if cached is not None:
                self._vector_cache.move_to_end(doc_id)
                return cached
        result = self._chunks.get(where={"doc_id": doc_id}, include=["embeddings"])
        embeddings = result.get("embeddings")
        matrix = np.asarray(embeddings if embeddings is not None and len(embeddings) else np.zeros((0, 1)), dtype=np.float32)
        entry = (list(result["ids"]), matrix)
        with self._cache_lock:
            self._vector_cache[doc_id] = entry
            while sum(len(ids) for ids, _ in self._vector_cache.values()) > CACHED_VECTORS and len(self._vector_cache) > 1:
                self._vector_cache.popitem(last=False)
        return entry

    @_store_errors
    def chunks(self, ids: Sequence[str] | None = None, doc_ids: Sequence[str] | None = None) -> list[Chunk]:
        if ids is not None:
            if not ids:
                return []
            result = self._chunks.get(ids=list(ids), include=["documents", "metadatas"])
        elif doc_ids is not None:
            if not doc_ids:
                return []
            where: Any = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}
            # In pages: one get of a quarter of a million chunks fails in SQLite ("too many SQL variables").
            pages: dict[str, list[Any]] = {"ids": [], "documents": [], "metadatas": []}
            while True:
                page = self._chunks.get(where=where, include=["documents", "metadatas"], limit=self._batch, offset=len(pages["ids"]))
                pages["ids"].extend(page["ids"])
                pages["documents"].extend(page["documents"] or [])
                pages["metadatas"].extend(page["metadatas"] or [])
                if len(page["ids"]) < self._batch:
                    break
            result = cast(Any, pages)
        else:
            published = [d.id for d in self.documents()]
            return self.chunks(doc_ids=published) if published else []
        out = [
            _chunk_from(chunk_id, text or "", dict(meta or {}))
            for chunk_id, text, meta in zip(result["ids"], result["documents"] or [], result["metadatas"] or [], strict=False)
        ]
        if ids is not None:
            order = {chunk_id: i for i, chunk_id in enumerate(ids)}
            out.sort(key=lambda c: order.get(c.id, 0))
        else:
            out.sort(key=lambda c: (c.doc_id, c.ordinal))
        return out


def _chunk_meta(chunk: Chunk) -> dict[str, Any]:
    return {
        "doc_id": chunk.doc_id,
        "ordinal": chunk.ordinal,
        "page": chunk.page if chunk.page is not None else -1,
        "section": chunk.section,
        "kind": chunk.kind,
        "speaker": chunk.speaker,
        "header": chunk.header,
    }


def _chunk_from(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    page = int(meta.get("page", -1) or -1)
    return Chunk(
        id=chunk_id,
        doc_id=str(meta.get("doc_id") or ""),
        text=text,
        ordinal=int(meta.get("ordinal") or 0),
        page=page if page > 0 else None,
        section=str(meta.get("section") or ""),
        kind=str(meta.get("kind") or "text"),  # type: ignore[arg-type]
        speaker=str(meta.get("speaker") or ""),
        header=str(meta.get("header") or ""),
    )
