"""Security: a sentinel API key never appears in logs, errors, exports or the app; document text is never HTML."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analyst.service import Analyst, build_analyst
from tests.conftest import free_port, make_settings
from tests.fake_openai import FakeOpenAI, cite

ROOT = Path(__file__).resolve().parents[1]
SENTINEL = "sk-SENTINEL-7d1c0ffee-never-show"
CAPEX_Q = "How much did Acme spend on capital expenditures in the quarter?"


def test_the_api_key_never_appears_in_logs_errors_or_exports(corpus_analyst: Analyst, model_dir: str,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every library's debug logging, httpx and openai included
    seen: list[str] = []
    with FakeOpenAI() as fake:
        settings = make_settings(Path(corpus_analyst.store.location), model_dir, llm_base_url=fake.base_url,
                                 llm_api_key=SENTINEL, llm_model="fake-model", llm_retries=0, llm_timeout=10)
        seen += [repr(settings), str(settings), settings.model_dump_json()]
        analyst = build_analyst(settings)
        fake.responder = lambda r: cite(r, "$96 million", "Acme spent $96 million on capital expenditures.")
        answer = analyst.ask(CAPEX_Q)
        assert answer.mode == "llm" and fake.headers[-1]["authorization"] == f"Bearer {SENTINEL}"  # sent where configured
        fake.script = [{"status": 401}]
        refused = analyst.ask(CAPEX_Q)  # the endpoint refuses the key: a warning, and the extractive answer
        assert refused.mode == "extractive" and refused.warnings
        seen += [str(answer.to_dict()), str(refused.to_dict())]
        graph = analyst.graph()
        seen += [analyst.export_graph(graph, "csv"), analyst.export_graph(graph, "graphml"), str(graph.to_dict())]
        summaries = analyst.summarize([d.id for d in analyst.documents()], force=True).summaries
        seen += [analyst.export_summaries(summaries, fmt) for fmt in ("md", "json", "csv")]
        files, _ = analyst.brief_files("Acme Robotics")
        seen += [files["md"].decode(), files["html"].decode()]
        seen += [str(analyst.stats().to_dict()), str([d.to_dict() for d in analyst.documents()])]
    # Now nobody answers at that address.
    gone = build_analyst(make_settings(Path(corpus_analyst.store.location), model_dir, llm_base_url=f"http://127.0.0.1:{free_port()}/v1",
                                       llm_api_key=SENTINEL, llm_model="m", llm_retries=0, llm_timeout=5))
    seen += [str(gone.ask(CAPEX_Q).to_dict())]
    seen += [record.getMessage() + repr(record.args) for record in caplog.records]
    assert caplog.records  # the logging was really captured
    leaks = [text[:200] for text in seen if SENTINEL in text]
    assert not leaks, leaks


def test_the_api_key_never_appears_on_the_command_line(corpus_analyst: Analyst, model_dir: str, tmp_path: Path) -> None:
    env = {**os.environ, "ANALYST_MODEL_DIR": model_dir, "ANALYST_STORE": corpus_analyst.store.location,
           "ANALYST_LLM_API_KEY": SENTINEL, "ANALYST_LLM_MODEL": "m", "ANALYST_LLM_RETRIES": "0", "ANALYST_LLM_TIMEOUT": "5",
           "ANALYST_LLM_BASE_URL": f"http://127.0.0.1:{free_port()}/v1"}
    outputs = []
    for args in (["ask", CAPEX_Q], ["ask", CAPEX_Q, "--json"], ["stats", "--json"], ["graph", "--json"],
                 ["summarize", "acme-q3-2025-results.pdf", "--format", "json", "--force"], ["ingest", str(tmp_path / "missing.pdf")]):
        result = subprocess.run([sys.executable, "-m", "analyst", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        outputs.append(result.stdout + result.stderr)
    note = tmp_path / "note.md"
    note.write_text("# Kite Labs\n\nKite Labs raised $8 million.\n", encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "analyst", "ingest", str(note)], capture_output=True, text=True, cwd=ROOT, timeout=600,
                         env={**env, "ANALYST_EMBEDDINGS": "openai"})  # the embeddings endpoint is unreachable: an error line
    assert bad.returncode == 1 and bad.stderr.startswith("error: ")
    outputs.append(bad.stdout + bad.stderr)
    assert all(SENTINEL not in text for text in outputs)


def test_the_api_key_never_appears_in_the_app(monkeypatch: pytest.MonkeyPatch, corpus_analyst: Analyst, model_dir: str) -> None:
    from streamlit.testing.v1 import AppTest

    from analyst.ui.common import get_analyst

    with FakeOpenAI() as fake:
        fake.script = [{"status": 401}]
        monkeypatch.setenv("ANALYST_STORE", corpus_analyst.store.location)
        monkeypatch.setenv("ANALYST_MODEL_DIR", model_dir)
        monkeypatch.setenv("ANALYST_LLM_BASE_URL", fake.base_url)
        monkeypatch.setenv("ANALYST_LLM_API_KEY", SENTINEL)
        monkeypatch.setenv("ANALYST_LLM_RETRIES", "0")
        get_analyst.clear()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
        at.chat_input(key="question").set_value(CAPEX_Q).run()
        assert not at.exception and at.warning  # the refused key shows as a warning...
        shown = [str(getattr(e, "value", "")) + str(getattr(e, "label", "")) for e in at.main] + \
                [str(getattr(e, "value", "")) + str(getattr(e, "label", "")) for e in at.sidebar]
        for page in ("analyst/ui/pages/graph.py", "analyst/ui/pages/summaries.py", "analyst/ui/pages/library.py"):
            at.switch_page(page).run()
            assert not at.exception, page
            shown += [str(getattr(e, "value", "")) + str(getattr(e, "label", "")) for e in at.main]
        assert shown and all(SENTINEL not in text for text in shown)  # ...that never shows the key
        assert "Bearer " + SENTINEL == fake.headers[0]["authorization"]
    get_analyst.clear()


def test_no_page_renders_html_from_anything() -> None:
    """Document text reaches the page only through st.markdown with escaping (tests/test_app.py checks the output);
    no page may switch HTML on or inject raw HTML."""
    offenders = []
    for path in [ROOT / "app.py", *sorted((ROOT / "analyst" / "ui").rglob("*.py"))]:
        source = path.read_text(encoding="utf-8")
        for pattern in (r"unsafe_allow_html\s*=\s*True", r"\bst\.html\(", r"components\.v1", r"components\.html\("):
            if re.search(pattern, source):
                offenders.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert not offenders, offenders


def test_uploads_land_under_generated_names_inside_the_store(tmp_path: Path, model_dir: str) -> None:
    store = tmp_path / "store"
    analyst = build_analyst(make_settings(store, model_dir, max_file_mb=1))
    report = analyst.add_upload("../../../tmp/owned.md", b"# Owned\n\nKite Labs raised $8 million.\n")
    assert report.ingested == ["../../../tmp/owned.md"]
    (stored,) = (store / "uploads").iterdir()
    assert re.fullmatch(r"[0-9a-f]{12}-owned\.md", stored.name)
    assert not (tmp_path / "tmp").exists() and not Path("/tmp/owned.md").exists()
    assert [d.source for d in analyst.documents()] == [str(stored.resolve())]
    too_big = analyst.add_upload("big.md", b"# Big\n\n" + b"revenue " * 200_000)
    assert too_big.failed and "limit" in too_big.failed[0].error
    wrong = analyst.add_upload("run.sh", b"#!/bin/sh\nrm -rf /\n")
    assert wrong.failed and "unsupported" in wrong.failed[0].error
    assert len(list((store / "uploads").iterdir())) == 1
    analyst.remove(stored.name)
    assert list((store / "uploads").iterdir()) == []  # an upload goes with its document
