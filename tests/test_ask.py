"""Retrieval and extractive answers over the test corpus: the right document and page, both languages."""

from __future__ import annotations

from analyst.service import Analyst


def _top_docs(answer, n=5):  # type: ignore[no-untyped-def]
    return [(c.doc, c.page) for c in answer.citations[:n]]


def test_the_right_page_is_cited(corpus_analyst: Analyst) -> None:
    answer = corpus_analyst.ask("How much did Acme spend on capital expenditures in the quarter?")
    assert answer.found
    assert answer.citations[0].doc == "acme-q3-2025-results.pdf"
    assert answer.citations[0].page == 3
    assert "$96 million" in answer.text
    assert "$96 million [1]" in answer.text  # the figure is shown at a glance with its marker


def test_segment_question_cites_page_two(corpus_analyst: Analyst) -> None:
    answer = corpus_analyst.ask("How much revenue did the surgical segment contribute?")
    assert ("acme-q3-2025-results.pdf", 2) in _top_docs(answer, 3)
    assert "$282 million" in answer.text


def test_every_answer_sentence_is_quoted_from_a_cited_passage(corpus_analyst: Analyst) -> None:
    answer = corpus_analyst.ask("What is the value of the supply agreement with Borealis Motors?")
    assert answer.citations[0].doc == "acme-supply-deal.html"
    assert "$240 million" in answer.text
    for line in answer.text.split("\n"):
        if line.startswith("Figures:"):
            continue
        sentence, _, marker = line.rpartition(" [")
        number = int(marker.rstrip("]"))
        context = answer.citations[number - 1].context
        # extractive: the words of each sentence are the passage's own words
        assert all(word in context for word in sentence.replace(":", " ").split() if word.isalpha())


def test_chinese_question_finds_english_passage(corpus_analyst: Analyst) -> None:
    answer = corpus_analyst.ask("英伟达的推理芯片发货给了哪些客户？")
    assert "chip-news.md" in [c.doc for c in answer.citations[:3]]
    assert answer.found


def test_english_question_finds_chinese_passage(corpus_analyst: Analyst) -> None:
    answer = corpus_analyst.ask("How much will be invested in the new factory in Mexico?")
    assert "acme-news-zh.txt" in [c.doc for c in answer.citations[:5]]


def test_chinese_question_over_chinese_text(corpus_analyst: Analyst) -> None:
    answer = corpus_analyst.ask("墨西哥新工厂的投资金额是多少？")
    assert answer.citations[0].doc == "acme-news-zh.txt"
    assert "3亿美元" in answer.text


def test_transcript_answer_names_the_speaker(corpus_analyst: Analyst) -> None:
    answer = corpus_analyst.ask("What was the backlog at the end of the quarter?")
    assert answer.citations[0].doc == "acme-q3-2025-call.md"
    assert "Dana Whitfield" in answer.citations[0].quote and "$1.9 billion" in answer.citations[0].quote


def test_unrelated_question_says_so_plainly(corpus_analyst: Analyst) -> None:
    for question in ("What is a good recipe for banana bread?", "Who won the 1998 football world cup?"):
        answer = corpus_analyst.ask(question)
        assert not answer.found
        assert answer.citations == []
        assert "do not contain" in answer.text


def test_empty_store_says_how_to_add_documents(analyst: Analyst) -> None:
    answer = analyst.ask("What was revenue?")
    assert not answer.found and "analyst ingest" in answer.text


def test_citations_follow_the_json_contract(corpus_analyst: Analyst) -> None:
    payload = corpus_analyst.ask("What was Acme's gross margin?").to_dict()
    assert set(payload) >= {"question", "answer", "mode", "citations", "warnings"}
    assert payload["mode"] == "extractive"
    for citation in payload["citations"]:
        assert set(citation) == {"doc", "source", "title", "page", "quote", "score"}
        assert isinstance(citation["score"], float)
    scores = [c["score"] for c in payload["citations"]]
    assert scores == sorted(scores, reverse=True)
