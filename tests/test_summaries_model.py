"""Key points written by a model (map-reduce) behind the OpenAI-compatible server the tests run on
127.0.0.1: bullets with pages, figures checked against the passages cited, failures that fall back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from analyst.service import Analyst
from tests.fake_openai import FakeOpenAI, key_points_model, passages, points
from tests.test_llm import KEY, llm_analyst

ROOT = Path(__file__).resolve().parents[1]
RELEASE = "acme-q3-2025-results.pdf"


def model_analyst(corpus_analyst: Analyst, model_dir: str, fake: FakeOpenAI, **extra: object) -> Analyst:
    return llm_analyst(corpus_analyst, model_dir, fake, **{"llm_retries": 0, **extra})


def _is_reduce(request: dict[str, Any]) -> bool:
    return bool(points(request))


def test_bullets_are_written_by_the_model_with_their_pages(corpus_analyst: Analyst, model_dir: str, fake: FakeOpenAI) -> None:
    fake.responder = lambda r: key_points_model(r, headline=lambda s: f"Headline: {s}")
    batch = model_analyst(corpus_analyst, model_dir, fake).summarize([RELEASE], force=True)
    [summary] = batch.summaries
    assert summary.mode == "llm" and not batch.warnings and not batch.failed
    by_text = {b.text: b.page for b in summary.bullets}
    assert 4 <= len(summary.bullets) <= 5 and all(text.startswith("Headline: ") for text in by_text)
    assert by_text["Headline: Revenue was $812 million, up 41% from a year earlier, driven by warehouse automation orders."] == 1
    assert by_text["Headline: Capital expenditures were $96 million in the quarter, mainly for the new Reno assembly plant."] == 3
    maps = [r for r in fake.chat_requests if not _is_reduce(r)]
    reduces = [r for r in fake.chat_requests if _is_reduce(r)]
    assert maps and len(reduces) == 1
    assert any(", page 3 (" in r["messages"][1]["content"] for r in maps)  # map passages carry their pages
    assert all(passages(r) for r in maps) and "(page 3)" in reduces[0]["messages"][1]["content"]
    assert "not instructions" in maps[0]["messages"][0]["content"]  # the rules travel in the system message
    assert summary.kpis and {k.name for k in summary.kpis} >= {"revenue", "net income"}  # KPIs are read as offline


def test_a_bullet_with_a_figure_not_in_its_passages_is_dropped(corpus_analyst: Analyst, model_dir: str, fake: FakeOpenAI) -> None:
    def model(request: dict[str, Any]) -> str:
        if not _is_reduce(request):
            return key_points_model(request)
        listed = points(request)
        revenue = next(n for n, (_, text) in listed.items() if "$812 million" in text)
        capex = next(n for n, (_, text) in listed.items() if "$96 million" in text)
        return json.dumps({"bullets": [
            {"text": "Revenue was $912 million, up 41% from a year earlier.", "points": [revenue]},  # invented figure
            {"text": "Capital expenditures were $96 million and revenue was $812 million.", "points": [capex]},  # $812m is not in its passage
            {"text": "Capital expenditures were $96 million in the quarter.", "points": [capex]},
        ]})

    fake.responder = model
    batch = model_analyst(corpus_analyst, model_dir, fake).summarize([RELEASE], force=True)
    [summary] = batch.summaries
    texts = [b.text for b in summary.bullets]
    assert "Capital expenditures were $96 million in the quarter." in texts
    assert not any("$912 million" in t for t in texts) and "Capital expenditures were $96 million and revenue was $812 million." not in texts
    assert len(texts) >= 4  # the document's own key points fill in for the dropped ones
    assert len(batch.warnings) == 1 and "$912 million" in batch.warnings[0] and "$812 million" in batch.warnings[0]


def test_the_model_failing_falls_back_without_losing_the_batch(corpus_analyst: Analyst, model_dir: str, fake: FakeOpenAI) -> None:
    offline = corpus_analyst.summarize([RELEASE, "acme-q3-2025-call.md"], force=True).summaries
    fake.script = [{"status": 500}]  # the first document's first call fails (no retries configured)
    fake.responder = key_points_model
    batch = model_analyst(corpus_analyst, model_dir, fake).summarize([RELEASE, "acme-q3-2025-call.md"], force=True)
    assert [s.doc for s in batch.summaries] == [RELEASE, "acme-q3-2025-call.md"] and not batch.failed
    first, second = batch.summaries
    assert first.mode == "extractive" and first.bullets == offline[0].bullets
    assert second.mode == "llm"
    [warning] = batch.warnings
    assert "\n" not in warning and RELEASE in warning and "HTTP 500" in warning and "extractive" in warning

    fake.responder = lambda r: "Here are the key points: revenue grew a lot."  # not the JSON asked for
    bad = model_analyst(corpus_analyst, model_dir, fake).summarize([RELEASE], force=True)
    assert bad.summaries[0].bullets == offline[0].bullets and not bad.failed
    assert len(bad.warnings) == 1 and "not the JSON asked for" in bad.warnings[0]
    # a fallback is not cached: the next run asks the model again
    fake.responder = key_points_model
    again = model_analyst(corpus_analyst, model_dir, fake).summarize([RELEASE])
    assert again.cached == [] and again.summaries[0].mode == "llm"


def test_offline_and_model_summaries_are_cached_apart(corpus_analyst: Analyst, model_dir: str, fake: FakeOpenAI) -> None:
    corpus_analyst.summarize([RELEASE])
    fake.responder = lambda r: key_points_model(r, headline=lambda s: f"Model: {s}")
    analyst = model_analyst(corpus_analyst, model_dir, fake)
    first = analyst.summarize([RELEASE])
    assert first.cached == [] and first.summaries[0].bullets[0].text.startswith("Model: ")
    second = analyst.summarize([RELEASE])
    assert second.cached == [RELEASE] and second.summaries[0].to_dict() == first.summaries[0].to_dict()
    assert not corpus_analyst.summarize([RELEASE]).summaries[0].bullets[0].text.startswith("Model: ")
    other = model_analyst(corpus_analyst, model_dir, fake, llm_model="another-model").summarize([RELEASE])
    assert other.cached == []


def test_cli_and_page_use_the_model(corpus_analyst: Analyst, model_dir: str, fake: FakeOpenAI, use_store,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    fake.responder = lambda r: key_points_model(r, headline=lambda s: f"Model: {s}")
    env = {**os.environ, "ANALYST_STORE": corpus_analyst.store.location, "ANALYST_MODEL_DIR": model_dir,
           "ANALYST_LLM_BASE_URL": fake.base_url, "ANALYST_LLM_API_KEY": KEY, "ANALYST_LLM_MODEL": "fake-model",
           "ANALYST_LLM_RETRIES": "0"}
    run = subprocess.run([sys.executable, "-m", "analyst", "summarize", RELEASE, "--format", "json", "--force"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    [payload] = json.loads(run.stdout)
    assert payload["bullets"] and all(b["text"].startswith("Model: ") and b["page"] for b in payload["bullets"])
    fake.script = [{"status": 500}]
    failing = subprocess.run([sys.executable, "-m", "analyst", "summarize", RELEASE, "--format", "json", "--force"],
                             capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert failing.returncode == 0 and json.loads(failing.stdout)[0]["bullets"]
    warnings = [line for line in failing.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "HTTP 500" in warnings[0] and "Traceback" not in failing.stderr
    for result in (run, failing):
        assert KEY not in result.stdout and KEY not in result.stderr

    monkeypatch.setenv("ANALYST_LLM_BASE_URL", fake.base_url)
    monkeypatch.setenv("ANALYST_LLM_API_KEY", KEY)
    monkeypatch.setenv("ANALYST_LLM_MODEL", "page-model")
    use_store(corpus_analyst.store.location)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("analyst/ui/pages/summaries.py").run()
    at.multiselect(key="summary_docs").set_value([d.id for d in corpus_analyst.documents() if d.name == RELEASE]).run()
    at.button(key="summarize").click().run()
    assert not at.exception
    shown = " ".join(m.value for m in at.markdown)
    assert "Model: " in shown and KEY not in shown
