"""Crashes and concurrency: `analyst ingest` killed with SIGKILL at ten points in a row, two ingests on one
store at once, eight app sessions at once, and a hundred concurrent retrievals through the facade."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from analyst.service import Analyst, build_analyst
from tests.conftest import make_settings, write_pdf

ROOT = Path(__file__).resolve().parents[1]


def _command(*args: str, store: Path, model_dir: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "ANALYST_MODEL_DIR": model_dir, "ANALYST_STORE": str(store)}
    return [sys.executable, "-m", "analyst", *args], env


def _run(*args: str, store: Path, model_dir: str) -> subprocess.CompletedProcess[str]:
    command, env = _command(*args, store=store, model_dir=model_dir)
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve documents, large enough that an ingest spends a while in loading, embedding and writing."""
    folder = tmp_path_factory.mktemp("inbox")
    for n in range(8):
        pages = [[f"Company {n} page {p}: Revenue for segment {p} was ${n * 10 + p} million, and capital "
                  f"expenditures for the Unit {n}-{p} data center reached ${p + 3} million in the quarter. " * 6]
                 for p in range(1, 7)]
        write_pdf(folder / f"report-{n}.pdf", pages)
    for n in range(4):
        body = "\n\n".join(f"Quarter note {n}.{i}: Borealis unit {n} shipped {i * 17} robots to Kestrel Data in region {i}."
                           for i in range(80))
        (folder / f"note-{n}.md").write_text(f"# Note {n}\n\n{body}\n", encoding="utf-8")
    return folder


def _consistent(store: Path, model_dir: str) -> Analyst:
    """No half document searchable: every published document has exactly its chunks, and search returns only those."""
    analyst = build_analyst(make_settings(store, model_dir))
    published = {d.id: d for d in analyst.store.documents()}
    for document in published.values():
        assert len(analyst.store.chunks(doc_ids=[document.id])) == document.chunks, document.name
    for question in ("Revenue for segment 3", "robots shipped to Kestrel Data"):
        for hit in analyst.search(question, k=10).hits:
            assert hit.chunk.doc_id in published
    return analyst


def test_ingest_killed_at_ten_points_in_a_row_leaves_the_store_consistent(inbox: Path, tmp_path: Path, model_dir: str) -> None:
    clean_store = tmp_path / "clean"
    started = time.monotonic()
    clean = _run("ingest", str(inbox), "--json", store=clean_store, model_dir=model_dir)
    duration = time.monotonic() - started  # only to spread the kill points over a whole run, never asserted
    assert clean.returncode == 0, clean.stderr
    expected = json.loads(_run("stats", "--json", store=clean_store, model_dir=model_dir).stdout)
    assert expected["documents"] == 12
    expected.pop("store")

    store = tmp_path / "killed"
    chooser = random.Random(9)
    killed_during_run = 0
    for point in range(10):
        command, env = _command("ingest", str(inbox), store=store, model_dir=model_dir)
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Kill points spread from start-up to the end of a whole run: each run starts where the last was cut.
        time.sleep(chooser.uniform(0.5, max(1.0, duration * 0.9)) if point else 0.3)
        if process.poll() is None:
            killed_during_run += 1
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        _consistent(store, model_dir)
    assert killed_during_run >= 5  # the kills landed inside running ingests, not after they ended

    final = _run("ingest", str(inbox), "--json", store=store, model_dir=model_dir)
    assert final.returncode == 0, final.stderr
    report = json.loads(final.stdout)
    assert report["failed"] == [] and len(report["ingested"]) + len(report["unchanged"]) == 12
    analyst = _consistent(store, model_dir)
    assert analyst.store.unpublished_doc_ids() == set()
    stats = json.loads(_run("stats", "--json", store=store, model_dir=model_dir).stdout)
    stats.pop("store")
    assert stats == expected
    assert analyst.store.count() == expected["chunks"]  # no duplicate or orphan chunks either


def test_two_ingests_at_once_take_turns(inbox: Path, tmp_path: Path, model_dir: str) -> None:
    store = tmp_path / "store"
    first_command, env = _command("ingest", str(inbox), "--json", store=store, model_dir=model_dir)
    second_command, _ = _command("ingest", str(inbox), "--json", store=store, model_dir=model_dir)
    first = subprocess.Popen(first_command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(second_command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outputs = [p.communicate(timeout=900) for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, outputs
    reports = [json.loads(out) for out, _ in outputs]
    # Each file was ingested by exactly one of them; the other found it unchanged.
    assert sorted(reports[0]["ingested"] + reports[1]["ingested"]) == sorted(reports[0]["ingested"] + reports[0]["unchanged"])
    assert len(reports[0]["ingested"]) + len(reports[1]["ingested"]) == 12
    waited = [err for _, err in outputs if "another ingest is writing" in err]
    assert len(waited) <= 1  # whoever came second was told why it waited (if the two overlapped)
    analyst = _consistent(store, model_dir)
    assert analyst.stats().documents == 12 and analyst.store.count() == analyst.stats().chunks


QUESTIONS = {
    "How much did Acme spend on capital expenditures in the quarter?": "$96 million",
    "How much revenue did the surgical segment contribute?": "$282 million",
    "What was the gross margin?": "47.5%",
    "What is the backlog?": "$1.9 billion",
    "How many welding robots will Acme supply to Borealis Motors?": "1,200",
    "What did Nvidia say about demand?": "data center demand",
    "艾克米机器人计划在墨西哥投资多少？": "3亿美元",
    "What revenue does Acme expect for the fourth quarter?": "$850 million",
}


def test_a_hundred_concurrent_retrievals_match_the_sequential_ones(corpus_analyst: Analyst) -> None:
    questions = [q for _ in range(13) for q in QUESTIONS][:100]
    expected = {q: [(c.doc, c.page, c.quote) for c in corpus_analyst.ask(q).citations] for q in QUESTIONS}
    barrier = threading.Barrier(16)

    def ask(question: str) -> tuple[str, list[tuple[str, int | None, str]], str]:
        try:
            barrier.wait(timeout=30)  # the first sixteen start together
        except threading.BrokenBarrierError:
            pass
        answer = corpus_analyst.ask(question)
        return question, [(c.doc, c.page, c.quote) for c in answer.citations], answer.text

    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(ask, questions))
    assert len(results) == 100
    for question, citations, text in results:
        assert citations == expected[question], question
        assert QUESTIONS[question] in text, question
