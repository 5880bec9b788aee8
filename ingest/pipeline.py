"""The ingest pipeline: collect files, skip unchanged ones by hash, load, detect, chunk, embed, store.

A document becomes searchable only when the store publishes it, after its last chunk is written.
An interrupted run leaves a pending record; the next run removes its chunks and ingests the file
again. Each file fails alone: its error is reported and the run goes on. While one file is embedded,
the next is parsed and chunked in a background thread.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from analyst.errors import IngestError, ProviderError
from analyst.lexicon import Lexicon
from analyst.protocols import Embedder, VectorStore
from analyst.types import Chunk, Document, FailedFile, IngestReport
from ingest.chunking import chunk_blocks
from ingest.limits import check_pdf_streams
from ingest.loaders import SUPPORTED, load
from ingest.metadata import detect

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Prepared:
    """A file parsed and chunked, waiting for its vectors."""

    document: Document
    chunks: list[Chunk]


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FailedFile], list[FailedFile]]:
    """Files to ingest from files and folders (recursive). Returns (files, failed, skipped).

    A file named explicitly must be ingestible; inside a folder, hidden and unsupported files are
    skipped and listed. Symbolic links to folders are not followed (no loops).
    """
    files: list[Path] = []
    failed: list[FailedFile] = []
    skipped: list[FailedFile] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        resolved = path.resolve()
        if resolved not in seen:
            seen.add(resolved)
            files.append(path)

    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for root, dirs, names in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    candidate = Path(root) / name
                    if name.startswith("."):
                        continue
                    if candidate.suffix.lower() not in SUPPORTED:
                        skipped.append(FailedFile(str(candidate), f"unsupported file type '{candidate.suffix or '(none)'}'"))
                        continue
                    if not candidate.is_file():
                        skipped.append(FailedFile(str(candidate), "not a regular file (a broken link?)"))
                        continue
                    add(candidate)
        elif path.is_file():
            add(path)
        elif path.exists():
            failed.append(FailedFile(str(path), "not a regular file"))
        else:
            failed.append(FailedFile(str(path), "no such file or folder"))
    return files, failed, skipped


def document_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


class Ingestor:
    """Ingests files into a store with an embedder; both are handed in (any implementation of the protocols)."""

    def __init__(
        self,
        store: VectorStore,
        embedder: Embedder,
        lexicon: Lexicon,
        *,
        chunk_chars: int = 1000,
        chunk_overlap: int = 150,
        max_file_bytes: int = 200 * 1024 * 1024,
        pdf_password: str | None = None,
        recover_after: float = 0.0,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.lexicon = lexicon
        self.chunk_chars = chunk_chars
        self.chunk_overlap = chunk_overlap
        self.max_file_bytes = max_file_bytes
        self.pdf_password = pdf_password
        # 0 when this run holds the store's only ingest lock; for a shared server, where another
        # machine may be writing a document right now, only documents pending that long are removed.
        self.recover_after = recover_after

    def recover(self) -> int:
        """Remove what an interrupted run left behind (pending documents). Returns how many."""
        pending = self.store.unpublished_doc_ids(older_than=self.recover_after)
        for doc_id in pending:
            self.store.delete(doc_id)
        return len(pending)

    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None) -> IngestReport:
        started = time.perf_counter()
        files, failed, skipped = collect_files(paths)
        report = IngestReport(failed=list(failed), skipped=skipped)
        self.recover()
        published = {d.id: d for d in self.store.documents()}
        # The next file is read, parsed and chunked in a background thread while this one is embedded
        # (onnxruntime and pdfium both release the GIL). One file ahead at most: memory stays bounded,
        # and pdfium, which is not thread-safe, is only ever used by that one thread.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-parse") as parser:
            upcoming: Future[Prepared | str | None] | None = parser.submit(self._prepare, files[0], set(published)) if files else None
            for index, path in enumerate(files):
                if progress:
                    progress(index, len(files), str(path))
                current = upcoming
                upcoming = parser.submit(self._prepare, files[index + 1], set(published)) if index + 1 < len(files) else None
                try:
                    prepared = current.result() if current is not None else None
                    if isinstance(prepared, str):
                        report.unchanged_ids.append(prepared)
                        prepared = None
                    added = self._store(prepared, published, report) if prepared is not None else None
                except IngestError as exc:
                    report.failed.append(FailedFile(str(path), exc.reason))
                    continue
                except ProviderError:
                    if upcoming is not None:
                        upcoming.cancel()
                    raise
                except (OSError, ValueError, RuntimeError, KeyError, IndexError, TypeError) as exc:
                    # An unexpected fault in one file must not stop the others; say what it was in one line.
                    report.failed.append(FailedFile(str(path), f"could not be read ({type(exc).__name__}: {exc})".splitlines()[0]))
                    continue
                if added is None:
                    report.unchanged.append(str(path))
                else:
                    report.ingested.append(str(path))
                    report.chunks_added += added
        if progress:
            progress(len(files), len(files), "")
        report.seconds = time.perf_counter() - started
        return report

    def _prepare(self, path: Path, published: set[str]) -> Prepared | str | None:
        """Read, parse, detect and chunk one file (no store writes: safe in the parsing thread); an unchanged file's id."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise IngestError(str(path), f"cannot read the file ({exc.strerror or exc})") from None
        if size > self.max_file_bytes:
            limit = self.max_file_bytes / (1024 * 1024)
            raise IngestError(str(path), f"the file is {size / (1024 * 1024):.1f} MB, over the {limit:.0f} MB limit (ANALYST_MAX_FILE_MB)")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError(str(path), f"cannot read the file ({exc.strerror or exc})") from None
        doc_id = document_id(data)
        if doc_id in published:
            return doc_id  # unchanged: its id, to report
        if data[:1024].lstrip().startswith(b"%PDF") or path.suffix.lower() == ".pdf":
            check_pdf_streams(path, data)  # before the PDF library inflates anything
        loaded = load(path, data, password=self.pdf_password)
        meta = detect(loaded, path, self.lexicon)
        draft = Document(id=doc_id, source=str(path.resolve()), pages=loaded.pages, **meta)  # type: ignore[arg-type]
        chunks = chunk_blocks(loaded.blocks, draft, size=self.chunk_chars, overlap=self.chunk_overlap)
        if not chunks:
            raise IngestError(str(path), "no text to index")
        return Prepared(draft, chunks)

    def _store(self, prepared: Prepared, published: dict[str, Document], report: IngestReport) -> int | None:
        draft, chunks = prepared.document, prepared.chunks
        doc_id, source = draft.id, draft.source
        if doc_id in published:
            return None  # the same bytes under another name, published a moment ago
        embed_started = time.perf_counter()
        vectors = self.embedder.embed([c.embed_text for c in chunks])
        report.embed_seconds += time.perf_counter() - embed_started
        added = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        document = Document(**{**draft.__dict__, "chunks": len(chunks), "added": added})
        self.store.upsert(chunks, vectors, document)
        self.store.publish(document)
        published[doc_id] = document
        report.doc_ids.append(doc_id)
        report.pages += draft.pages
        # The file changed: its previous version goes, now that the new one is searchable.
        for old in [d for d in published.values() if d.source == source and d.id != doc_id]:
            self.store.delete(old.id)
            published.pop(old.id, None)
        return len(chunks)
