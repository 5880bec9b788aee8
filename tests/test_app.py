"""The Streamlit app through AppTest: real script runs against real stores, every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analyst.service import Analyst
from tests.conftest import write_pdf

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
LIBRARY = "analyst/ui/pages/library.py"


def _use_store(monkeypatch: pytest.MonkeyPatch, store: str, model_dir: str) -> None:
    monkeypatch.setenv("ANALYST_STORE", store)
    monkeypatch.setenv("ANALYST_MODEL_DIR", model_dir)
    from analyst.ui.common import get_analyst

    get_analyst.clear()


@pytest.fixture()
def app_env(monkeypatch: pytest.MonkeyPatch, corpus_analyst: Analyst, model_dir: str) -> None:
    _use_store(monkeypatch, corpus_analyst.store.location, model_dir)


def _text(at: AppTest) -> str:
    return " ".join(m.value for m in at.markdown).replace("\\", "")


def test_ask_shows_answer_with_cited_pages(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception and not at.error
    at.chat_input(key="question").set_value("How much did Acme spend on capital expenditures in the quarter?").run()
    assert not at.exception
    assert "$96 million" in _text(at)
    labels = [e.label for e in at.expander]
    assert any("acme-q3-2025-results.pdf · page 3" in label for label in labels)


def test_suggested_question_is_answered_when_clicked(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    suggestions = [b for b in at.button if b.key and b.key.startswith("suggestion_")]
    assert suggestions
    question = suggestions[0].label
    suggestions[0].click().run()
    assert not at.exception
    assert any(question in t.value for t in at.text)
    assert at.expander  # the answer came with its sources


def test_filters_come_from_the_store(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    companies = at.selectbox(key="filter_company").options
    assert "Nvidia" in companies
    at.selectbox(key="filter_company").set_value("Nvidia").run()
    at.chat_input(key="question").set_value("What did the company say about demand?").run()
    labels = [e.label for e in at.expander]
    assert labels and all(label.split("] ", 1)[1].startswith("chip-news.md") for label in labels)


def test_chinese_interface(app_env: None) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.radio(key="ui_language").set_value("zh").run()
    assert [t.value for t in at.title] == ["向文档提问"]
    at.chat_input(key="question").set_value("How much did Acme spend on capital expenditures in the quarter?").run()
    assert any("第3页" in e.label for e in at.expander)


def test_empty_store_says_how_to_add_documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_dir: str) -> None:
    _use_store(monkeypatch, str(tmp_path / "empty"), model_dir)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("Library" in i.value and "analyst ingest" in i.value for i in at.info)
    at.switch_page(LIBRARY).run()
    assert not at.exception and at.file_uploader


def test_document_text_is_never_rendered_as_html(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_dir: str) -> None:
    _use_store(monkeypatch, str(tmp_path / "store"), model_dir)
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        "# Crux Data results\n\nCrux Data revenue was $55 million <img src=x onerror=alert(1)> "
        "and <script>alert(2)</script> [click](javascript:alert(3)) ![x](http://example.invalid/x.png)\n",
        encoding="utf-8",
    )
    from analyst.ui.common import get_analyst

    get_analyst().ingest([hostile])
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.chat_input(key="question").set_value("What was Crux Data revenue?").run()
    for markdown in at.markdown:
        assert markdown.allow_html is False
        assert "<img" not in markdown.value or "\\<img" in markdown.value
        assert "](" not in markdown.value.replace("\\]\\(", "")  # no live link or image
    assert "$55 million" in _text(at)


def test_upload_reports_the_bad_file_and_ingests_the_rest(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_dir: str) -> None:
    _use_store(monkeypatch, str(tmp_path / "store"), model_dir)
    good = write_pdf(tmp_path / "good.pdf", [["Talon Compute signed a $90 million GPU lease with Ridge Bank."]])
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page(LIBRARY).run()
    at.file_uploader(key="uploads").set_value([
        ("../../etc/evil name.pdf", good.read_bytes(), "application/pdf"),
        ("broken.pdf", b"%PDF-1.4 not really", "application/pdf"),
        ("notes.md", b"# Talon notes\n\nTalon Compute plans 20 MW in Oslo.\n", "text/markdown"),
    ]).run()
    at.button(key="ingest_uploads").click().run()
    assert not at.exception
    labels = [s.label for s in at.status]
    assert any("broken.pdf" in label and "corrupt" in label for label in labels), labels
    assert any("evil name.pdf" in label and "added" in label for label in labels), labels
    assert any("notes.md" in label and "added" in label for label in labels), labels
    stored = sorted(p.name for p in (tmp_path / "store" / "uploads").iterdir())
    assert len(stored) == 2 and all("/" not in name and ".." not in name for name in stored)
    assert any(name.endswith("-evil-name.pdf") for name in stored)
    from analyst.ui.common import get_analyst

    assert get_analyst().stats().documents == 2
    assert len(at.dataframe) == 1


def test_sessions_do_not_share_chat_history(app_env: None) -> None:
    first = AppTest.from_file(APP, default_timeout=60).run()
    first.chat_input(key="question").set_value("What was Acme's gross margin?").run()
    second = AppTest.from_file(APP, default_timeout=60).run()
    assert not any("gross margin" in t.value for t in second.text)
    assert first.session_state["history"] and "history" not in second.session_state or not second.session_state["history"]


def test_model_answer_marks_unverified_figures(monkeypatch: pytest.MonkeyPatch, corpus_analyst: Analyst, model_dir: str) -> None:
    from tests.fake_openai import FakeOpenAI, cite

    with FakeOpenAI() as fake:
        fake.responder = lambda r: cite(r, "$96 million", "Acme spent $97 million on capital expenditures.")
        _use_store(monkeypatch, corpus_analyst.store.location, model_dir)
        monkeypatch.setenv("ANALYST_LLM_BASE_URL", fake.base_url)
        monkeypatch.setenv("ANALYST_LLM_API_KEY", "sk-app-secret")
        monkeypatch.setenv("ANALYST_LLM_MODEL", "fake-model")
        at = AppTest.from_file(APP, default_timeout=60).run()
        at.chat_input(key="question").set_value("How much did Acme spend on capital expenditures in the quarter?").run()
        assert not at.exception
        assert any(":red-background[$97 million]" in m.value.replace("\\", "") for m in at.markdown)
        assert any("$97 million" in w.value for w in at.warning)
        everything = " ".join(str(e.value) for e in at.markdown) + " ".join(str(c.value) for c in at.caption)
        assert "sk-app-secret" not in everything
        assert fake.chat_requests and fake.chat_requests[-1]["stream"] is True
