"""The learned pair reader: the shipped model adds links the rules miss, and only where the rules leave a pair unlinked."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from analyst.graph.entities import Mention
from analyst.graph.extract import RuleExtractor
from analyst.graph.pairs import LABELS, PairModel, mention_pairs
from analyst.lexicon import default_lexicon
from analyst.service import build_analyst
from analyst.types import Chunk, Document
from tests.conftest import make_settings

CALL = Document(id="c1", source="/docs/q3-call.md", title="Q3 call", company="Harrowgate Water", doc_type="call transcript", date="2025-10-01")
NEWS = Document(id="n1", source="/docs/story.md", title="Story", company="", doc_type="news", date="2025-10-01")


def _links(extractor: RuleExtractor, text: str, document: Document) -> set[tuple[str, str, str, str | None, str | None]]:
    chunks = [Chunk(id=f"{document.id}-{i}", doc_id=document.id, text=part, ordinal=i, page=None) for i, part in enumerate(text.split("\n\n"))]
    return {(r.source, r.relation, r.target, r.payer, r.amount) for r in extractor.from_chunks(chunks, document)}


class LinksEveryPair:
    """A pair reader that reads every pair it is given as partners (to see which pairs reach it)."""

    def __init__(self) -> None:
        self.sentences: list[str] = []

    def read(self, sentence: str, mentions: Sequence[Mention], document: Document,
             linked: set[frozenset[str]]) -> list[tuple[str, str, str, float]]:
        self.sentences.append(sentence)
        return [(a.node, "partners_with", b.node, 1.0) for a, b, _ in mention_pairs(mentions) if frozenset((a.node, b.node)) not in linked]


def test_the_shipped_model_reads_a_commitment_the_rules_miss() -> None:
    model = PairModel.load()
    assert model is not None and 0 < model.threshold < 1
    text = "Our anchor commitment of $30 million to Fenwick Growth Partners III closed in September."
    assert _links(RuleExtractor(default_lexicon()), text, CALL) == set()  # (no rule reads "commitment … to")
    assert _links(RuleExtractor(default_lexicon(), pairs=model), text, CALL) == {
        ("Harrowgate Water", "invests_in", "Fenwick Growth Partners III", "Harrowgate Water", "$30 million")}


def test_a_pair_reader_reads_only_pairs_the_rules_left_unlinked_and_no_denial_or_question() -> None:
    reader = LinksEveryPair()
    text = ("Velmora Systems Inc. agreed to acquire Dunstan Optics Ltd. for $200 million.\n\n"
            "Velmora Systems Inc. denied a report that it would invest in Pellham Robotics Inc.\n\n"
            "Would Corrib Labs Inc. ever buy Aster Fields Ltd.?\n\n"
            "Dunstan Optics Ltd. and Velmora Systems Inc. were both at the Lisbon fair, as was Quayle Motors Inc.")
    found = {(s, r, t) for s, r, t, _, _ in _links(RuleExtractor(default_lexicon(), pairs=reader), text, NEWS)}
    assert ("Velmora Systems", "acquires", "Dunstan Optics") in found
    # the pair the rules linked in the first sentence is theirs in the last one too; the reader links the others there
    assert {x for x in found if x[1] == "partners_with"} == {("Dunstan Optics", "partners_with", "Quayle Motors"),
                                                             ("Velmora Systems", "partners_with", "Quayle Motors")}
    assert not any("Pellham" in s or "Corrib" in s for s in reader.sentences)  # (a denial and a question never reach it)


class LendsEveryPair:
    """A pair reader that reads the first of every pair as lending to the second."""

    def read(self, sentence: str, mentions: Sequence[Mention], document: Document,
             linked: set[frozenset[str]]) -> list[tuple[str, str, str, float]]:
        return [(a.node, "lends_to", b.node, 1.0) for a, b, _ in mention_pairs(mentions) if frozenset((a.node, b.node)) not in linked]


def test_a_lender_the_rules_read_lends_to_no_second_party_the_reader_proposes() -> None:
    text = "Orrin Cloud Inc. obtained a $300 million credit facility from Castell Bank plc, secured by the Veltra Systems Inc. servers it bought."
    found = {(s, r, t) for s, r, t, _, _ in _links(RuleExtractor(default_lexicon(), pairs=LendsEveryPair()), text, NEWS)}
    assert ("Castell Bank", "lends_to", "Orrin Cloud") in found
    assert ("Castell Bank", "lends_to", "Veltra Systems") not in found, found


def test_mention_pairs_take_the_nearest_mentions_in_sentence_order_and_skip_lists() -> None:
    mentions = [Mention(0, 5, "A", "Alpha"), Mention(20, 24, "B", "Beta"), Mention(40, 45, "A", "Alpha")]
    ((first, second, others),) = mention_pairs(mentions)
    assert (first.start, second.start, others) == (0, 20, [])  # (the first Alpha is as near as the second, and comes first)
    many = [Mention(10 * i, 10 * i + 5, f"N{i}", f"Name{i}") for i in range(7)]
    assert mention_pairs(many) == []  # (seven companies in one sentence are a list, not a deal)


def test_the_pair_model_is_on_by_default_and_off_by_setting(tmp_path: Path, model_dir: str) -> None:
    assert isinstance(build_analyst(make_settings(tmp_path / "a", model_dir)).pairs, PairModel)
    assert build_analyst(make_settings(tmp_path / "b", model_dir, pair_model=False)).pairs is None
    assert PairModel.load(tmp_path / "missing.json") is None
    (tmp_path / "other.json").write_text('{"labels": ["x"], "threshold": 0.5, "weights": {}}', encoding="utf-8")
    assert PairModel.load(tmp_path / "other.json") is None  # (a model for other labels is not used)
    assert len(LABELS) == 13
