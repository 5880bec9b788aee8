"""The facade: ``Analyst`` is what the shells call, ``build_analyst(settings)`` the one place providers are wired.

An ``Analyst`` is safe to share between threads (the Streamlit app builds one per process): searches
only read, the keyword index is swapped atomically under a lock, and ingests on one store are
serialised by a file lock, so two processes ingesting into the same folder take turns (the second
waits). With a Chroma server the lock, the keyword index, cached summaries and uploads live in a
local folder named after the server's URL (``config.local_folder``); the keyword index is keyed by
the server's published documents, so it is rebuilt whenever another machine changes them.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

from analyst.answer import extractive_answer
from analyst.brief import build_brief, trimmed
from analyst.brief import to_html as brief_html
from analyst.brief import to_markdown as brief_markdown
from analyst.config import Settings, is_server, local_folder
from analyst.errors import AnalystError, ConfigError, IngestError, NotFound, ProviderError
from analyst.generate import generated_answer
from analyst.graph.build import build_graph, relations_from_json, relations_to_json
from analyst.graph.entities import legal_names, zh_same_company
from analyst.graph.export import to_csv, to_graphml
from analyst.graph.extract import RuleExtractor
from analyst.graph.model_extract import model_links
from analyst.graph.pairs import PairModel, PairReader
from analyst.lexicon import Lexicon, default_lexicon
from analyst.protocols import ChatModel, Embedder, StructuredChat, VectorStore
from analyst.retrieval import KeywordSearch, Retriever, SearchResult
from analyst.suggestions import suggested_questions
from analyst.summaries import SUMMARY_VERSION, summarize_document, summary_from_dict
from analyst.summaries import to_csv as summaries_csv
from analyst.summaries import to_markdown as summaries_markdown
from analyst.summaries_model import summarize_with_model
from analyst.types import Answer, Document, FailedFile, Filters, Graph, IngestReport, Relation, StoreStats, Summary, SummaryBatch
from ingest import Ingestor
from ingest.uploads import save_upload

Progress = Callable[[int, int, str], None]

# A document pending this long on a shared Chroma server was left by a run that died (see Ingestor.recover).
SERVER_PENDING_STALE_SECONDS = 3600.0


class Analyst:
    def __init__(
        self,
        settings: Settings,
        store: VectorStore,
        embedder: Embedder,
        lexicon: Lexicon,
        chat: ChatModel | None = None,
        keyword_index: Callable[[list[tuple[str, str]]], KeywordSearch] | None = None,
        keyword_cache: Callable[[str], tuple[Callable[[], KeywordSearch | None], Callable[[KeywordSearch], None]]] | None = None,
        pairs: PairReader | None = None,
    ) -> None:
        self.settings = settings
        self.pairs = pairs  # the learned reader of company pairs the link rules leave unlinked (None: the rules alone)
        self.store = store
        self.embedder = embedder
        self.lexicon = lexicon
        self.chat = chat
        self._build_keywords = keyword_index
        self._keyword_cache = keyword_cache
        self._keywords: tuple[str, KeywordSearch] | None = None
        self._lock = threading.Lock()
        self.retriever = Retriever(store, embedder, lexicon, self._keyword_search)

    # ------------------------------------------------------------------------------ ingest
    def ingest(self, paths: Iterable[str | Path], progress: Progress | None = None,
               on_wait: Callable[[str], None] | None = None) -> IngestReport:
        """Ingest files and folders. If another ingest holds this store, wait for it (``on_wait`` is told once)."""
        password = self.settings.pdf_password.get_secret_value() if self.settings.pdf_password else None
        ingestor = Ingestor(
            self.store,
            self.embedder,
            self.lexicon,
            chunk_chars=self.settings.chunk_chars,
            chunk_overlap=self.settings.chunk_overlap,
            max_file_bytes=int(self.settings.max_file_mb * 1024 * 1024),
            pdf_password=password,
            # On a shared server another machine may be mid-write: only long-pending documents are stale.
            recover_after=SERVER_PENDING_STALE_SECONDS if is_server(self.store.location) else 0.0,
        )
        with self._ingest_lock(on_wait):
            report = ingestor.ingest(paths, progress)
            batch = self._legal_names(report.doc_ids)
            known = self._known_names(batch)  # the names the store knew before this batch, and those the batch writes in full
            for doc_id in report.doc_ids:
                self._extract_links(doc_id, warnings=report.warnings, known=known)
            if len(report.doc_ids) > 1:  # a second pass: each new document also learns the names the others linked
                known = self._known_names(batch)
                for doc_id in report.doc_ids:
                    self._extract_links(doc_id, known=known)
        return report

    def _known_names(self, written: Iterable[str] = ()) -> Counter[str]:
        """The company names the store's extracted links use, with the number of links each is in, and ``written`` names
        (in no link yet) once each."""
        known = Counter(name for links in self.store.links().values() for r in relations_from_json(links) for name in (r.source, r.target))
        for name in written:  # (a one-word name written with its legal form, 'Negevsense Ltd.', is as sure as one linked twice)
            known[name] = known[name] or (1 if " " in name else 2)
        return known

    def _legal_names(self, doc_ids: Iterable[str]) -> set[str]:
        """The companies these documents write with a legal form."""
        return {name for doc_id in doc_ids for name in legal_names("\n".join(c.text for c in self.store.chunks(doc_ids=[doc_id])), self.lexicon, single=True)}

    # ------------------------------------------------------------------------------ links
    def _extract_links(self, doc_id: str, documents: dict[str, Document] | None = None, warnings: list[str] | None = None,
                       known: Counter[str] | None = None) -> list[Relation]:
        by_id = documents or {d.id: d for d in self.store.documents()}
        document = by_id.get(doc_id)
        if document is None:
            return []
        chunks = self.store.chunks(doc_ids=[doc_id])
        extractor = RuleExtractor(self.lexicon, known=known or (), pairs=self.pairs)
        relations = extractor.from_chunks(chunks, document)
        if self.chat is not None and isinstance(self.chat, StructuredChat):
            try:
                relations += model_links(chunks, document, self.chat, extractor.entities)
            except ProviderError as exc:
                (warnings if warnings is not None else []).append(
                    f"{document.name}: links by the model skipped ({exc}); the rule-based links are kept")
        self.store.set_links(doc_id, relations_to_json(relations))
        return relations

    @staticmethod
    def export_graph(graph: Graph, fmt: str) -> str:
        """The graph as GraphML ('graphml') or CSV ('csv') text."""
        if fmt == "graphml":
            return to_graphml(graph)
        if fmt == "csv":
            return to_csv(graph)
        raise ConfigError(f"unknown export format '{fmt}': use graphml or csv")

    def graph(self, company: str = "", rebuild: bool = False) -> Graph:
        """The link graph of the store (or one company's neighbourhood), with its money loops."""
        documents = {d.id: d for d in self.store.documents()}
        stored = self.store.links()
        warnings: list[str] = []
        relations: list[Relation] = []
        fresh = [doc_id for doc_id in documents if rebuild or doc_id not in stored]
        known = self._known_names(self._legal_names(documents if rebuild else fresh)) if fresh else Counter()
        for doc_id in documents:
            if rebuild or doc_id not in stored:
                relations.extend(self._extract_links(doc_id, documents, warnings, known))
            else:
                relations.extend(relations_from_json(stored[doc_id]))
        graph = replace(build_graph(relations, self.lexicon, company), warnings=warnings)
        if company and not graph.nodes and relations:
            names = sorted({r.source for r in relations} | {r.target for r in relations})
            close = difflib.get_close_matches(self.lexicon.canonical(company), names, n=5, cutoff=0.5)
            hint = f"; close matches: {', '.join(close)}" if close else ""
            raise NotFound(f"no company '{company}' in the link graph{hint}")
        return graph

    @contextlib.contextmanager
    def _ingest_lock(self, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        import fcntl

        folder = local_folder(self.store.location)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "ingest.lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_wait is not None:
                    on_wait(f"another ingest is writing to {self.store.location}; waiting for it to finish")
                fcntl.flock(handle, fcntl.LOCK_EX)  # a second ingest on this store waits its turn
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def add_upload(self, original_name: str, data: bytes) -> IngestReport:
        """Store an uploaded file under the store's uploads folder (a safe generated name) and ingest it."""
        limit = int(self.settings.max_file_mb * 1024 * 1024)
        try:
            path = save_upload(self.uploads_folder, original_name, data, max_bytes=limit)
        except IngestError as exc:
            return IngestReport(failed=[FailedFile(original_name, exc.reason)])
        report = self.ingest([path])
        if report.failed:
            path.unlink(missing_ok=True)  # a file that could not be ingested is not kept
        # Report against the name the user knows, not the generated one.
        rename = {str(path): original_name}
        return IngestReport(
            ingested=[rename.get(p, p) for p in report.ingested],
            unchanged=[rename.get(p, p) for p in report.unchanged],
            failed=[FailedFile(rename.get(f.path, f.path), f.error) for f in report.failed],
            chunks_added=report.chunks_added,
            pages=report.pages,
            seconds=report.seconds,
            embed_seconds=report.embed_seconds,
        )

    @property
    def uploads_folder(self) -> Path:
        return local_folder(self.store.location) / "uploads"

    def suggested_questions(self, language: str = "en", limit: int = 4) -> list[str]:
        return suggested_questions(self.store.documents(), language, limit)

    def remove(self, doc: str) -> Document:
        """Remove a document by id, file name or path."""
        for document in self.store.documents():
            if doc in {document.id, document.name, document.source}:
                with self._ingest_lock():
                    self.store.delete(document.id)
                uploaded = Path(document.source)
                if uploaded.parent == self.uploads_folder and uploaded.is_file():
                    uploaded.unlink()  # an upload lives only in the store; it goes with its document
                return document
        raise NotFound(f"no document '{doc}' in the store (see `analyst stats`)")

    # ------------------------------------------------------------------------------ ask
    def search(self, question: str, k: int | None = None, filters: Filters | None = None) -> SearchResult:
        return self.retriever.search(question, k or self.settings.k, filters)

    def ask(
        self,
        question: str,
        k: int | None = None,
        filters: Filters | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer from the documents. With a model configured the model writes the answer (streamed to
        ``on_token`` when given); if the model fails, the extractive answer comes back with a warning."""
        question = question.strip()
        if not question:
            raise NotFound("the question is empty")
        k = k or self.settings.k
        if not self.store.documents():
            result = self.retriever.search(question, k, filters)
            return extractive_answer(result, self.lexicon, k, store_empty=True)
        result = self.retriever.search(question, k, filters)
        answer = extractive_answer(result, self.lexicon, k)
        if not result.hits and filters and (filters.company or filters.period or filters.doc_type):
            return replace(answer, warnings=[*answer.warnings, "no document matches the filters"])
        if self.chat is None or not answer.found:
            return answer  # nothing relevant was retrieved: no model call, the plain "not found" stands
        try:
            return generated_answer(result, self.chat, k, on_token)
        except ProviderError as exc:
            return replace(answer, warnings=[*answer.warnings, f"{exc}; showing the extractive answer instead"])

    # ------------------------------------------------------------------------------ summaries
    def summarize(
        self,
        targets: Iterable[str | Path],
        *,
        force: bool = False,
        workers: int = 1,
        progress: Progress | None = None,
    ) -> SummaryBatch:
        """Summaries of documents named by path (ingested on the way if needed), file name or id.

        Results are cached by document hash and settings, so a rerun skips finished documents unless
        ``force``; a document that fails is reported and the batch goes on."""
        batch = SummaryBatch()
        documents = {d.id: d for d in self.store.documents()}
        wanted: list[Document] = []
        paths: list[str | Path] = []
        for target in targets:
            match = [d for d in documents.values() if str(target) in {d.id, d.name}]
            if match and not Path(target).exists():
                wanted.extend(match)
            else:
                paths.append(target)
        if paths:
            report = self.ingest(paths)
            batch.failed.extend(report.failed)
            documents = {d.id: d for d in self.store.documents()}
            # by id, not path: a file already in the store under another path is the same document
            wanted.extend(documents[i] for i in [*report.doc_ids, *report.unchanged_ids] if i in documents)
        wanted = list({d.id: d for d in wanted}.values())
        cache = self._summary_cache()
        mode = "llm" if self.chat is not None else "extractive"
        # Offline and model summaries, and those of different models or endpoints, never share a cache entry.
        model = "|".join(self.settings.llm_endpoint()[::2]) if self.chat is not None else ""
        key = hashlib.sha256(f"{SUMMARY_VERSION}|{mode}|{model}".encode()).hexdigest()[:10]

        def one(document: Document) -> Summary:
            # The time it was added is part of the key: a document removed and ingested again
            # (perhaps chunked differently, perhaps by another machine on a shared server) is summarised again.
            added = hashlib.sha256(document.added.encode()).hexdigest()[:6]
            path = cache / f"{document.id}-{key}-{added}.json"
            if path.is_file() and not force:
                batch.cached.append(document.name)
                return summary_from_dict(json.loads(path.read_text(encoding="utf-8")), document.id, document.title, mode)
            chunks = self.store.chunks(doc_ids=[document.id])
            if self.chat is None:
                summary = summarize_document(document, chunks)
            else:
                try:
                    summary, dropped = summarize_with_model(document, chunks, self.chat)
                except ProviderError as exc:
                    batch.warnings.append(f"{document.name}: key points by the model failed ({exc}); "
                                          "showing the extractive key points (not cached: a rerun asks the model again)")
                    return summarize_document(document, chunks)
                if dropped:
                    batch.warnings.append(f"{document.name}: key point(s) by the model dropped, figures not found in the passages "
                                          f"they cite: {', '.join(dropped)}")
            cache.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".partial")
            # the sentence behind each KPI too: the brief reads the change a document states with its figure
            cached = {**summary.to_dict(), "kpi_quotes": [k.quote for k in summary.kpis]}
            partial.write_text(json.dumps(cached, ensure_ascii=False), encoding="utf-8")
            partial.replace(path)
            return summary

        done = 0
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            futures = {pool.submit(one, d): d for d in wanted}
            for future in as_completed(futures):
                document = futures[future]
                try:
                    batch.summaries.append(future.result())
                except (OSError, ValueError, KeyError, IndexError, TypeError, AnalystError) as exc:
                    batch.failed.append(FailedFile(document.name, f"could not be summarised ({type(exc).__name__}: {exc})".splitlines()[0]))
                done += 1
                if progress:
                    progress(done, len(wanted), document.name)
        order = {d.id: i for i, d in enumerate(wanted)}
        batch.summaries.sort(key=lambda s: order.get(s.doc_id, 0))
        return batch

    def _summary_cache(self) -> Path:
        return local_folder(self.store.location) / "summaries"

    @staticmethod
    def export_summaries(summaries: list[Summary], fmt: str) -> str:
        if fmt == "md":
            return summaries_markdown(summaries)
        if fmt == "csv":
            return summaries_csv(summaries)
        if fmt == "json":
            return json.dumps([s.to_dict() for s in summaries], ensure_ascii=False, indent=2)
        raise ConfigError(f"unknown format '{fmt}': use md, json or csv")

    # ------------------------------------------------------------------------------ brief
    def resolve_company(self, name: str) -> str:
        """The company a name, ticker or alias (English or Chinese) means in this store, or NotFound with close matches."""
        wanted = self.lexicon.canonical(name).lower()
        graph = self.graph()
        documents = self.store.documents()
        own = {d.company for d in documents if d.company}
        ticked = {d.company for d in documents if d.company and d.ticker and d.ticker.lower() == name.strip().lower()}
        if len(ticked) == 1:
            return ticked.pop()  # 'QRLT': the ticker a document gives its company ("Quorlith Photonics Ltd. (NASDAQ: QRLT)")
        known = own | {n.id for n in graph.nodes}
        for company in known:
            if company.lower() == wanted or self.lexicon.canonical(company).lower() == wanted:
                return company
        for node in graph.nodes:  # a name the documents gave it in the other language ('奎隆半导体（Quillon）')
            if wanted in {a.lower() for a in node.aliases}:
                return node.id
        # 'Quillon' for 'Quillon Semiconductor': the one company of that first word the documents are about
        starts = sorted(c for c in known if c.lower().startswith(wanted + " "))
        about = [c for c in starts if c in own]
        if len(about) == 1 or len(starts) == 1:
            return (about or starts)[0]
        close = difflib.get_close_matches(self.lexicon.canonical(name), sorted(known), n=5, cutoff=0.5)
        hint = f"; close matches: {', '.join(close)}" if close else f"; companies in the store: {', '.join(sorted(known)[:10])}"
        raise NotFound(f"no company '{name}' in the documents{hint}")

    def brief_files(self, company: str, paper: str = "A4") -> tuple[dict[str, bytes], int]:
        """A one-page brief as PDF, HTML and Markdown ({"pdf", "html", "md"} -> bytes), and the PDF's page count.

        The content is trimmed level by level until the PDF is one page; HTML and Markdown hold the same content."""
        from analyst.providers.pdf_render import html_to_pdf

        name = self.resolve_company(company)
        documents = [d for d in self.store.documents() if d.company and (self.lexicon.canonical(d.company) == self.lexicon.canonical(name)
                                                                       or zh_same_company(d.company, name))]  # '恒湾算力科技' is '恒湾算力'
        summaries = self.summarize([d.id for d in documents]).summaries if documents else []
        chunks = {d.id: self.store.chunks(doc_ids=[d.id]) for d in documents}
        known = self.lexicon.company(name)
        try:
            neighbourhood = self.graph(company=name)
        except NotFound:
            neighbourhood = Graph([], [], [])  # a company with documents but no links yet
        # its other names: the lexicon's, and those the documents gave it ('Lantu Data' for 澜图数据)
        named = [a for node in neighbourhood.nodes if node.id == name for a in node.aliases]
        aliases = tuple(a for a in dict.fromkeys([*(known.all_names() if known else ()), *named]) if a != name)
        full = build_brief(name, known.ticker if known and known.ticker else next((d.ticker for d in documents if d.ticker), ""),
                           aliases, documents, summaries, chunks, neighbourhood)
        for level in range(7):
            brief = trimmed(full, level)
            html = brief_html(brief, paper)
            pdf, pages = html_to_pdf(html)
            if pages == 1:
                break
        return {"pdf": pdf, "html": html.encode("utf-8"), "md": brief_markdown(brief).encode("utf-8")}, pages

    def brief(self, company: str, fmt: str = "pdf", paper: str = "A4") -> tuple[bytes, int]:
        """One format of the brief ('pdf', 'html' or 'md') and the PDF's page count."""
        if fmt not in {"pdf", "html", "md"}:
            raise ConfigError(f"unknown brief format '{fmt}': use pdf, html or md")
        files, pages = self.brief_files(company, paper)
        return files[fmt], pages

    @staticmethod
    def brief_png(pdf: bytes) -> bytes:
        from analyst.providers.pdf_render import pdf_to_png

        return pdf_to_png(pdf)

    # ------------------------------------------------------------------------------ store
    def documents(self) -> list[Document]:
        return sorted(self.store.documents(), key=lambda d: (d.company.lower(), d.title.lower()))

    def stats(self) -> StoreStats:
        documents = self.store.documents()
        doc_types: dict[str, int] = {}
        languages: dict[str, int] = {}
        for d in documents:
            doc_types[d.doc_type] = doc_types.get(d.doc_type, 0) + 1
            languages[d.language] = languages.get(d.language, 0) + 1
        return StoreStats(
            documents=len(documents),
            chunks=sum(d.chunks for d in documents),
            store=self.store.location,
            embedding_model=self.embedder.name,
            companies=sorted({d.company for d in documents if d.company}),
            doc_types=doc_types,
            periods=sorted({d.period for d in documents if d.period}),
            languages=languages,
        )

    # ------------------------------------------------------------------------------ keyword index
    def _keyword_search(self, documents: list[Document]) -> KeywordSearch:
        # Keyed by the published documents as the store sees them (id, chunk count, time added), so an
        # index cached beside a shared server is rebuilt when anyone adds, removes or re-ingests a document.
        signature = hashlib.sha256("|".join(sorted(f"{d.id}:{d.chunks}:{d.added}" for d in documents)).encode()).hexdigest()[:16]
        with self._lock:
            if self._keywords and self._keywords[0] == signature:
                return self._keywords[1]
            index: KeywordSearch | None = None
            save: Callable[[KeywordSearch], None] | None = None
            if self._keyword_cache is not None:
                load, save = self._keyword_cache(signature)
                index = load()
            if index is None:
                if self._build_keywords is None:
                    raise ProviderError("no keyword index provider configured")
                chunks = self.store.chunks(doc_ids=[d.id for d in documents]) if documents else []
                index = self._build_keywords([(c.id, c.embed_text) for c in chunks])
                if save is not None:
                    save(index)
            self._keywords = (signature, index)
            return index


def build_analyst(settings: Settings) -> Analyst:
    """Wire the providers the settings ask for. The only place that builds them."""
    from analyst.providers.chroma_store import ChromaStore
    from analyst.providers.keyword_index import KeywordIndex
    from analyst.providers.local_embedder import LocalEmbedder

    embedder: Embedder
    if settings.embeddings == "openai":
        from analyst.providers.openai_models import OpenAIEmbedder

        base_url, key, _ = settings.llm_endpoint()
        embedder = OpenAIEmbedder(base_url, key, settings.embeddings_model, timeout=settings.llm_timeout, retries=settings.llm_retries)
    elif settings.embeddings == "local":
        embedder = LocalEmbedder(settings.model_dir, quantized=settings.quantized, batch_size=settings.embed_batch)
    else:
        raise ConfigError(f"unknown embeddings '{settings.embeddings}': use 'local' or 'openai'")
    chat: ChatModel | None = None
    if settings.llm_enabled:
        from analyst.providers.openai_models import OpenAIChat

        base_url, key, model = settings.llm_endpoint()
        chat = OpenAIChat(base_url, key, model, timeout=settings.llm_timeout, retries=settings.llm_retries)
    # One collection per embedding model: vectors of different models never mix.
    store = ChromaStore(settings.store, embedder.name)
    cache_root = local_folder(settings.store) / "keyword-index" / embedder.name

    def keyword_cache(signature: str) -> tuple[Callable[[], KeywordSearch | None], Callable[[KeywordSearch], None]]:
        folder = cache_root / signature

        def load() -> KeywordSearch | None:
            return KeywordIndex.load(folder)

        def save(index: KeywordSearch) -> None:
            if isinstance(index, KeywordIndex):
                with contextlib.suppress(OSError):
                    for old in cache_root.glob("*"):  # indexes of earlier document sets are not needed again
                        if old.name != signature and old.is_dir() and time.time() - old.stat().st_mtime > 60:
                            shutil.rmtree(old, ignore_errors=True)
                    index.save(folder)

        return load, save

    return Analyst(
        settings,
        store,
        embedder,
        default_lexicon(),
        chat=chat,
        keyword_index=KeywordIndex.build,
        keyword_cache=keyword_cache,
        pairs=PairModel.load() if settings.pair_model else None,
    )


def prepare_embedding_model(settings: Settings, export_python: str | None = None) -> str:
    """Prepare the local embedding model once (see ``analyst setup``)."""
    from analyst.providers.local_embedder import prepare_model

    return prepare_model(settings.model_dir, export_python)
