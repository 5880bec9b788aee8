"""A learned reader of two companies named in one sentence: which link, if any, the sentence states between them.

The rules in ``extract`` read the wordings they know. New writing keeps using others ("milestone payments to X, the EPC
contractor", "closed our anchor commitment to X"), so a sentence often names both parties of a link the rules miss. This
model reads such a pair from the words around and between the two names and proposes the link.

It is a one-vs-rest logistic regression over sparse word features, trained by ``bench/train_pairs.py`` on the project's
own bench sets (invented documents with their reference links) and shipped as ``analyst/data/pair_model.json``: nothing is
downloaded, and inference is a sum of weights. A label reads the two names in their order in the sentence: ``"supplies>"``
is "the first supplies the second", ``"supplies<"`` the reverse; ``partners_with`` has no direction.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from analyst.graph.entities import Mention
from analyst.text import CJK
from analyst.types import RELATIONS, Document

LABELS = (*(f"{r}{d}" for r in RELATIONS if r != "partners_with" for d in "><"), "partners_with")  # (partners have no direction)
MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "pair_model.json"

_TOKEN = re.compile(rf"⟦[ABE]⟧|[A-Za-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*|[{CJK}]|[$€£¥%]")


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n <= 2 else "3" if n <= 5 else "6" if n <= 10 else "11" if n <= 20 else "21"


def _words(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def pair_features(sentence: str, first: Mention, second: Mention, others: Sequence[Mention], company: str, doc_type: str) -> list[str]:
    """The features of a pair of mentions (``first`` before ``second`` in the sentence); ``others`` are the sentence's other
    company mentions, which read as a placeholder of their own."""
    spans = sorted([(first.start, first.end, "⟦A⟧"), (second.start, second.end, "⟦B⟧"),
                    *((m.start, m.end, "⟦E⟧") for m in others if m.end <= first.start or m.start >= second.end or first.end <= m.start < m.end <= second.start)])
    pieces, at = [], 0
    for start, end, mark in spans:
        if start < at:
            continue  # (an overlapping mention)
        pieces += [sentence[at:start], f" {mark} "]
        at = end
    tokens = _words("".join([*pieces, sentence[at:]]))
    a, b = tokens.index("⟦a⟧"), tokens.index("⟦b⟧")
    between, before, after = tokens[a + 1:b], tokens[max(0, a - 4):a], tokens[b + 1:b + 5]
    feats = ["bias", f"len:{_bucket(len(between))}", f"dt:{doc_type}", f"ne:{min(3, sum(t == '⟦e⟧' for t in tokens))}"]
    if first.node == company:
        feats.append("selfA")
    if second.node == company:
        feats.append("selfB")
    if a == 0:
        feats.append("Astart")
    feats += [f"w:{t}" for t in set(between[:40])]
    feats += [f"bg:{x}_{y}" for x, y in set(zip(between[:40], between[1:41], strict=False))]
    feats += [f"f1:{between[0]}", f"l1:{between[-1]}"] if between else []
    feats += [f"f2:{between[0]}_{between[1]}", f"l2:{between[-2]}_{between[-1]}"] if len(between) >= 2 else []
    feats += [f"pa:{t}" for t in set(before)] + [f"na:{t}" for t in set(after)]
    feats += [f"pa1:{before[-1]}"] if before else ["pa1:^"]
    feats += [f"na1:{after[0]}"] if after else ["na1:$"]
    feats += [f"na2:{after[0]}_{after[1]}"] if len(after) >= 2 else []
    return feats


class PairReader(Protocol):
    """Reads the pairs of companies a sentence names that the rules left unlinked."""

    def read(self, sentence: str, mentions: Sequence[Mention], document: Document,
             linked: set[frozenset[str]]) -> list[tuple[str, str, str, float]]:
        """(source, relation, target, probability) for each link read; ``linked`` are the pairs the rules linked."""
        ...


def mention_pairs(mentions: Sequence[Mention]) -> list[tuple[Mention, Mention, list[Mention]]]:
    """Each pair of distinct companies in a sentence, as its two nearest mentions in sentence order, with the other
    companies' mentions. A sentence naming more than six companies (a list) gives none."""
    by_node: dict[str, list[Mention]] = {}
    for m in mentions:
        by_node.setdefault(m.node, []).append(m)
    if not 2 <= len(by_node) <= 6:
        return []
    nodes, out = list(by_node), []
    for i, x in enumerate(nodes):
        for y in nodes[i + 1:]:
            near = min(((a, b) for a in by_node[x] for b in by_node[y]), key=lambda p: abs(p[0].start - p[1].start))
            first, second = sorted(near, key=lambda m: m.start)
            if first.end <= second.start:
                out.append((first, second, [m for m in mentions if m.node not in (x, y)]))
    return out


@dataclass(frozen=True)
class PairModel:
    """Weights per feature (one per label) and a bias per label; ``threshold`` is the probability a label must reach."""

    weights: dict[str, list[float]]
    threshold: float

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> PairModel | None:
        """The shipped model, or None when there is none (the rules then work alone)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if tuple(data.get("labels", ())) != LABELS:
            return None
        return cls(data["weights"], float(data["threshold"]))

    def scores(self, features: Sequence[str]) -> dict[str, float]:
        """The probability of each label."""
        totals = [0.0] * len(LABELS)
        for feature in features:
            row = self.weights.get(feature)
            if row:
                totals = [t + w for t, w in zip(totals, row, strict=True)]
        return {label: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t)))) for label, t in zip(LABELS, totals, strict=True)}

    def links(self, features: Sequence[str]) -> list[tuple[str, bool, float]]:
        """The links the model reads, best first: (relation, whether the first name is the source, probability)."""
        found = [(label.rstrip("<>"), not label.endswith("<"), p) for label, p in self.scores(features).items() if p >= self.threshold]
        return sorted(found, key=lambda x: -x[2])

    def read(self, sentence: str, mentions: Sequence[Mention], document: Document,
             linked: set[frozenset[str]]) -> list[tuple[str, str, str, float]]:
        out = []
        for first, second, others in mention_pairs(mentions):
            if frozenset((first.node, second.node)) in linked:
                continue
            for relation, forward, p in self.links(pair_features(sentence, first, second, others, document.company, document.doc_type)):
                source, target = (first.node, second.node) if forward else (second.node, first.node)
                out.append((source, relation, target, p))
        return out
