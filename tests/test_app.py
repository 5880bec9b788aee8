"""The Streamlit app through AppTest: a real script run against a real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analyst.service import Analyst

APP = str(Path(__file__).resolve().parents[1] / "app.py")


@pytest.fixture()
def app_env(monkeypatch: pytest.MonkeyPatch, corpus_analyst: Analyst, model_dir: str) -> None:
    monkeypatch.setenv("ANALYST_STORE", corpus_analyst.store.location)
    monkeypatch.setenv("ANALYST_MODEL_DIR", model_dir)
    from analyst.ui.common import get_analyst

    get_analyst.clear()


def test_ask_shows_answer_with_cited_pages(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception and not at.error
    at.chat_input(key="question").set_value("How much did Acme spend on capital expenditures in the quarter?").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "$96 million" in text.replace("\\", "")
    labels = [e.label for e in at.expander]
    assert any("acme-q3-2025-results.pdf, page 3" in label for label in labels)


def test_empty_store_says_how_to_add_documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_dir: str) -> None:
    monkeypatch.setenv("ANALYST_STORE", str(tmp_path / "empty"))
    monkeypatch.setenv("ANALYST_MODEL_DIR", model_dir)
    from analyst.ui.common import get_analyst

    get_analyst.clear()
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("analyst ingest" in i.value for i in at.info)
