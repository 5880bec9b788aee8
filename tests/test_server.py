"""Scale-out: the same scenarios against a real Chroma server (`chroma run` on 127.0.0.1), through the
facade and the `analyst` command; what a server that is down or goes away looks like."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analyst.config import local_folder
from analyst.errors import ProviderError
from analyst.service import Analyst, build_analyst
from tests.conftest import ChromaServer, free_port, make_settings

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [
    "How much did Acme spend on capital expenditures in the quarter?",
    "How much revenue did the surgical segment contribute?",
    "What did Nvidia say about demand?",
    "艾克米机器人计划在墨西哥投资多少？",
]


def run(*args: str, store: str, model_dir: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANALYST_MODEL_DIR": model_dir, "ANALYST_STORE": store, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-m", "analyst", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


def _same_answers(server: Analyst, embedded: Analyst) -> None:
    for question in QUESTIONS:
        ours, theirs = server.ask(question), embedded.ask(question)
        assert ours.text == theirs.text, question
        assert [(c.doc, c.page, c.quote) for c in ours.citations] == [(c.doc, c.page, c.quote) for c in theirs.citations], question


def test_server_store_behaves_like_the_embedded_store(chroma_server: ChromaServer, corpus: Path, corpus_analyst: Analyst,
                                                      model_dir: str) -> None:
    analyst = build_analyst(make_settings(chroma_server.url, model_dir))
    report = analyst.ingest([corpus])
    assert report.failed == [] and len(report.ingested) == 5
    assert analyst.ingest([corpus]).unchanged and analyst.ingest([corpus]).ingested == []

    ours, theirs = analyst.stats().to_dict(), corpus_analyst.stats().to_dict()
    assert ours.pop("store") == chroma_server.url and theirs.pop("store")
    assert ours == theirs
    assert [(d.id, d.title, d.company, d.doc_type, d.period, d.chunks) for d in analyst.documents()] == \
        [(d.id, d.title, d.company, d.doc_type, d.period, d.chunks) for d in corpus_analyst.documents()]
    _same_answers(analyst, corpus_analyst)

    graph, reference = analyst.graph(), corpus_analyst.graph()
    assert graph.edges and graph.to_dict() == reference.to_dict()
    summaries = analyst.summarize([d.id for d in analyst.documents()]).summaries
    expected = corpus_analyst.summarize([d.id for d in corpus_analyst.documents()]).summaries
    assert [s.to_dict() for s in summaries] == [s.to_dict() for s in expected]

    # What lives where: Chroma's data on the server; this machine's cache is named after the server's URL.
    folder = local_folder(chroma_server.url)
    assert folder.is_relative_to(Path(os.environ["XDG_CACHE_HOME"]))
    assert (folder / "keyword-index").is_dir() and (folder / "summaries").is_dir() and (folder / "ingest.lock").is_file()
    assert any(chroma_server.path.iterdir())

    removed = analyst.remove("chip-news.md")
    assert removed.name == "chip-news.md" and analyst.stats().documents == 4
    assert all(c.doc != "chip-news.md" for c in analyst.ask("What did Nvidia say about demand?").citations)


def test_the_command_line_against_a_server(chroma_server: ChromaServer, corpus: Path, model_dir: str, tmp_path: Path) -> None:
    cache = tmp_path / "cli-cache"
    ingested = run("ingest", str(corpus), "--json", store=chroma_server.url, model_dir=model_dir, cache=cache)
    assert ingested.returncode == 0, ingested.stderr
    assert len(json.loads(ingested.stdout)["ingested"]) == 5
    asked = run("ask", "How much did Acme spend on capital expenditures in the quarter?", "--json", "--store", chroma_server.url,
                store="unused-folder", model_dir=model_dir, cache=cache)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["citations"][0]["doc"] == "acme-q3-2025-results.pdf" and answer["citations"][0]["page"] == 3
    assert not (ROOT / "unused-folder").exists()  # --store won over the setting; no folder was made
    stats = json.loads(run("stats", "--json", store=chroma_server.url, model_dir=model_dir, cache=cache).stdout)
    assert stats["documents"] == 5 and stats["store"] == chroma_server.url
    graph = json.loads(run("graph", "--json", store=chroma_server.url, model_dir=model_dir, cache=cache).stdout)
    assert any(e["source"] == "Acme Robotics" and e["target"] == "Borealis Motors" for e in graph["edges"])
    summary = run("summarize", "acme-q3-2025-results.pdf", "--format", "json", store=chroma_server.url, model_dir=model_dir, cache=cache)
    assert summary.returncode == 0, summary.stderr
    assert json.loads(summary.stdout)[0]["kpis"]


def test_keyword_index_follows_changes_made_by_another_machine(chroma_server: ChromaServer, model_dir: str, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Two machines share one server; each keeps its own keyword index beside it, which follows the server's content
    (documents added, removed, or removed and ingested again with other chunk settings)."""
    from analyst.text import tokenize

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "first.md").write_text("# Kestrel Data\n\nKestrel Data leased 12 MW from Polaris Grid in Oslo.\n", encoding="utf-8")
    (docs / "second.md").write_text("# Wyvern Fabs\n\n" + "Wyvern Fabs ordered zirconium wafers worth $40 million. " * 30 + "\n",
                                    encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-a"))
    writer = build_analyst(make_settings(chroma_server.url, model_dir))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-b"))
    reader = build_analyst(make_settings(chroma_server.url, model_dir))

    def keyword_hits(word: str) -> set[str]:
        index = reader._keyword_search(reader.store.documents())  # the index a search on machine B uses
        return {chunk_id for chunk_id, _ in index.search(tokenize(word), 50)}

    writer.ingest([docs / "first.md"])
    assert keyword_hits("zirconium") == set() and keyword_hits("Kestrel")
    writer.ingest([docs / "second.md"])
    assert keyword_hits("zirconium") == {c.id for c in reader.store.chunks() if "zirconium" in c.text} != set()
    writer.remove("second.md")
    assert keyword_hits("zirconium") == set()

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine-a"))
    rechunked = build_analyst(make_settings(chroma_server.url, model_dir, chunk_chars=300, chunk_overlap=0))
    rechunked.ingest([docs / "second.md"])
    expected = {c.id for c in reader.store.chunks() if "zirconium" in c.text}
    assert len(expected) > 1 and keyword_hits("zirconium") == expected
    assert (tmp_path / "machine-b" / "analyst" / "servers").is_dir()


def test_a_document_pending_on_the_server_is_invisible_and_completed_later(chroma_server: ChromaServer, model_dir: str,
                                                                          tmp_path: Path) -> None:
    """Another machine's ingest in progress (a pending record) is neither searchable nor removed by this machine's
    ingest; ingesting the same file later publishes it whole."""
    note = tmp_path / "deal.md"
    note.write_text("# Harrow Compute\n\nHarrow Compute agreed to buy 5,000 accelerators from Ionic Chips for $210 million.\n"
                    + "Delivery runs through 2027 under the Ionic supply agreement.\n" * 40, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text("# Tarn Storage\n\nTarn Storage opened a 30 MW site in Reno.\n", encoding="utf-8")
    analyst = build_analyst(make_settings(chroma_server.url, model_dir, chunk_chars=300, chunk_overlap=0))

    # Another machine, chunking smaller, has written its pending record and its chunks, and not yet published.
    from analyst.types import Document
    from ingest.chunking import chunk_blocks
    from ingest.loaders import load
    from ingest.metadata import detect
    from ingest.pipeline import document_id

    data = note.read_bytes()
    loaded = load(note, data)
    draft = Document(id=document_id(data), source=str(note.resolve()), pages=0, **detect(loaded, note, analyst.lexicon))
    theirs = chunk_blocks(loaded.blocks, draft, size=200, overlap=0)
    ours = chunk_blocks(loaded.blocks, draft, size=300, overlap=0)
    assert len(theirs) > len(ours) >= 4
    analyst.store.upsert(theirs, analyst.embedder.embed([c.embed_text for c in theirs]), draft)

    analyst.ingest([other])  # this machine's ingest does not take the other's work away...
    assert analyst.store.unpublished_doc_ids() == {draft.id}
    assert {d.name for d in analyst.documents()} == {"other.md"}
    assert all("Harrow" not in h.chunk.text for h in analyst.search("Harrow Compute accelerators").hits)  # ...nor show it
    assert analyst.store.unpublished_doc_ids(older_than=3600) == set()  # not yet stale

    report = analyst.ingest([note])  # this machine ingests the same file: published whole, their extra chunks gone
    assert len(report.ingested) == 1 and analyst.store.unpublished_doc_ids() == set()
    published = {d.id: d for d in analyst.documents()}[draft.id]
    stored = analyst.store.chunks(doc_ids=[draft.id])
    assert published.chunks == len(ours) == len(stored)
    assert [c.text for c in stored] == [c.text for c in ours]


def test_unreachable_server_is_one_clear_line(tmp_path: Path, model_dir: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = run("stats", store=url, model_dir=model_dir, cache=tmp_path / "cache")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert url in result.stderr and "chroma run" in result.stderr and result.stderr.startswith("error: ")
    with pytest.raises(ProviderError, match="did not answer"):
        build_analyst(make_settings(url, model_dir))


def test_a_server_that_goes_away_loses_nothing(chroma_server: ChromaServer, corpus: Path, model_dir: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert run("ingest", str(corpus), store=chroma_server.url, model_dir=model_dir, cache=cache).returncode == 0
    before = json.loads(run("stats", "--json", store=chroma_server.url, model_dir=model_dir, cache=cache).stdout)
    local = sorted(str(p.relative_to(cache)) for p in cache.rglob("*"))

    analyst = build_analyst(make_settings(chroma_server.url, model_dir))
    chroma_server.stop()
    for args in (("ask", "What was Acme's revenue?"), ("ingest", str(corpus)), ("stats",), ("graph",)):
        result = run(*args, store=chroma_server.url, model_dir=model_dir, cache=cache)
        assert result.returncode == 1, args
        errors = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(errors) == 1 and "Traceback" not in result.stderr and chroma_server.url in errors[0], (args, result.stderr)
    with pytest.raises(ProviderError, match="did not answer"):
        analyst.ask("What was Acme's revenue?")  # an open Analyst says the same, in one line
    assert sorted(str(p.relative_to(cache)) for p in cache.rglob("*")) == local  # this machine's cache is untouched

    chroma_server.start()
    after = json.loads(run("stats", "--json", store=chroma_server.url, model_dir=model_dir, cache=cache).stdout)
    assert after == before
    asked = json.loads(run("ask", "How much revenue did the surgical segment contribute?", "--json",
                           store=chroma_server.url, model_dir=model_dir, cache=cache).stdout)
    assert asked["citations"][0]["doc"] == "acme-q3-2025-results.pdf"
