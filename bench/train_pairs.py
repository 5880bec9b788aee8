"""Train the pair model (analyst/graph/pairs.py) on the bench sets' reference links, and write analyst/data/pair_model.json.

    .venv/bin/python bench/train_pairs.py [--bench bench] [--holdout fresh152,fresh153] [--out analyst/data/pair_model.json]

Each set's documents are ingested into a temporary store as the app ingests them, with the link rules on and a recorder in
the pair model's place: it sees every sentence that names two or more companies, with the pairs the rules linked. A pair
is positive for a relation when the set's links.jsonl states it (in the same document, with a quote that holds the
sentence or lies within it); every other pair is a negative (the sets' non-link sentences among them). One logistic
regression per label is fitted by full-batch Adam with L2; pairs the rules left unlinked, which are what the model is for,
weigh --unruled-weight times more. With --holdout, those sets are left out of training and the model's figures on them
are printed (precision and recall of the pairs it links, and of the pairs the rules left unlinked).

Embeddings play no part in link extraction, so the store is given a small hashing embedder (our Embedder protocol) rather
than the local model: training reads every set in minutes. Needs numpy (installed with chromadb).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from links_eval import reader_canon  # noqa: E402

from analyst.config import load_settings  # noqa: E402
from analyst.graph.entities import Mention  # noqa: E402
from analyst.graph.pairs import LABELS, MODEL_FILE, mention_pairs, pair_features  # noqa: E402
from analyst.lexicon import default_lexicon  # noqa: E402
from analyst.providers.chroma_store import ChromaStore  # noqa: E402
from analyst.providers.keyword_index import KeywordIndex  # noqa: E402
from analyst.service import Analyst  # noqa: E402
from analyst.text import to_simplified  # noqa: E402
from analyst.types import Document  # noqa: E402


class HashEmbedder:
    """Vectors from a hash of the text: enough for a store that is only read for its chunks."""

    name = "hash-8"
    dimensions = 8

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out = []
        for text in texts:
            v = [b / 255 + 0.01 for b in hashlib.sha256(text.encode()).digest()[:8]]
            norm = sum(x * x for x in v) ** 0.5
            out.append([x / norm for x in v])
        return out


class Recorder:
    """Stands in for the pair model: keeps each sentence it is shown, links nothing."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, list[Mention], Document, set[frozenset[str]]]] = []

    def read(self, sentence: str, mentions: Sequence[Mention], document: Document,
             linked: set[frozenset[str]]) -> list[tuple[str, str, str, float]]:
        self.seen.append((sentence, list(mentions), document, set(linked)))
        return []


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", to_simplified(text)).lower()


def set_examples(folder: Path) -> list[dict]:
    """The sentences of one bench set that name two or more companies, as the pair model is shown them, with the labels
    its reference gives each pair of mentions (kept raw, so that features can change without reading the sets again)."""
    reference = [json.loads(line) for line in (folder / "links.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    recorder = Recorder()
    with tempfile.TemporaryDirectory() as store:
        settings = load_settings(store=store)
        analyst = Analyst(settings, ChromaStore(settings.store, HashEmbedder.name), HashEmbedder(), default_lexicon(),
                          keyword_index=KeywordIndex.build, pairs=recorder)
        analyst.ingest([p for p in sorted(folder.iterdir()) if p.suffix in {".pdf", ".html", ".txt", ".md"} and p.name != "README.md"])
        canon = reader_canon(folder / "aliases.json", analyst.lexicon)
    sentences, done = [], set()
    for sentence, mentions, document, linked in reversed(recorder.seen):
        if (document.name, sentence) in done:
            continue  # (the second pass over a batch reads every sentence again, knowing more names: the one kept)
        done.add((document.name, sentence))
        flat = _flat(sentence)
        stated = [r for r in reference if r["doc"] == document.name and len(flat) > 10 and (flat in _flat(r["quote"]) or _flat(r["quote"]) in flat)]
        labels = {}
        for first, second, _ in mention_pairs(mentions):
            a, b = canon(first.node), canon(second.node)
            if a.lower() != b.lower():  # (one company under two names is no pair)
                labels[f"{first.start}:{second.start}"] = sorted(
                    {"partners_with" if r["relation"] == "partners_with" else r["relation"] + (">" if r["source"] == a else "<")
                     for r in stated if {r["source"], r["target"]} == {a, b}})
        sentences.append({"doc": document.name, "sentence": sentence, "mentions": [[m.start, m.end, m.node, m.written] for m in mentions],
                          "company": document.company, "doc_type": document.doc_type, "linked": sorted(sorted(p) for p in linked),
                          "labels": labels})
    return sentences


def examples_of(sentences: list[dict], name: str) -> list[dict]:
    """The pairs of a set's recorded sentences, with their features and labels."""
    examples = []
    for s in sentences:
        mentions = [Mention(*m) for m in s["mentions"]]
        linked = {frozenset(p) for p in s["linked"]}
        for first, second, others in mention_pairs(mentions):
            labels = s["labels"].get(f"{first.start}:{second.start}")
            if labels is not None:
                examples.append({"set": name, "labels": labels, "ruled": frozenset((first.node, second.node)) in linked,
                                 "features": pair_features(s["sentence"], first, second, others, s["company"], s["doc_type"])})
    return examples


class Design:
    """Examples as index arrays over a vocabulary, and their label matrix."""

    def __init__(self, examples: list[dict], vocabulary: dict[str, int]) -> None:
        index: list[int] = []
        pointer = [0]
        for e in examples:
            index += sorted({vocabulary[f] for f in e["features"] if f in vocabulary})
            pointer.append(len(index))
        self.index, self.pointer = np.array(index, np.int64), np.array(pointer, np.int64)
        self.rows = np.repeat(np.arange(len(examples)), np.diff(self.pointer))
        self.y = np.zeros((len(examples), len(LABELS)), np.float32)
        for r, e in enumerate(examples):
            for label in e["labels"]:
                self.y[r, LABELS.index(label)] = 1

    def probabilities(self, weights: np.ndarray) -> np.ndarray:
        rows = np.vstack([weights[self.index], np.zeros((1, weights.shape[1]), np.float32)])  # (a last row for pairs with no features)
        totals = np.add.reduceat(rows, self.pointer[:-1], axis=0)
        totals[np.diff(self.pointer) == 0] = 0
        return 1 / (1 + np.exp(-totals))


def fit(design: Design, examples: list[dict], size: int, iterations: int, l2: float, unruled_weight: float) -> np.ndarray:
    weights = np.zeros((size, len(LABELS)), np.float32)
    m, v = np.zeros_like(weights), np.zeros_like(weights)
    scale = np.array([[unruled_weight if not e["ruled"] else 1.0] for e in examples], np.float32) / len(examples)
    for t in range(1, iterations + 1):
        error = (design.probabilities(weights) - design.y) * scale
        grad = np.zeros_like(weights)
        np.add.at(grad, design.index, error[design.rows])
        grad += l2 * weights
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        weights -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return weights


def report(design: Design, examples: list[dict], weights: np.ndarray, threshold: float) -> None:
    p = design.probabilities(weights)
    fired, stated = (p >= threshold).any(1), design.y.any(1)
    right = np.array([any(p[r, LABELS.index(label)] >= threshold for label in e["labels"]) for r, e in enumerate(examples)])
    unruled = np.array([not e["ruled"] for e in examples])
    for name, where in (("all pairs", np.ones_like(unruled)), ("pairs the rules left unlinked", unruled)):
        hit = (fired & stated & where).sum()
        print(f"  {name}: {where.sum()} pairs, {(stated & where).sum()} stated; the model links {(fired & where).sum()}, "
              f"{hit} of them stated (precision {hit / max(1, (fired & where).sum()):.2f}, recall {hit / max(1, (stated & where).sum()):.2f}), "
              f"{(fired & right & where).sum()} with a stated relation and direction")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", default=str(ROOT / "bench"), help="folder of sets (each with links.jsonl and aliases.json)")
    parser.add_argument("--holdout", default="", help="comma-separated sets to leave out of training and report on")
    parser.add_argument("--out", default=str(MODEL_FILE), help="where to write the model ('-': nowhere)")
    parser.add_argument("--threshold", type=float, default=0.6, help="probability a label must reach to make a link")
    parser.add_argument("--iterations", type=int, default=400)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--unruled-weight", type=float, default=1.0, help="weight of the pairs the rules left unlinked")
    parser.add_argument("--prune", type=float, default=0.1, help="features whose weights all stay under this are dropped from the model")
    parser.add_argument("--min-count", type=int, default=2, help="features seen in fewer training pairs are dropped")
    parser.add_argument("--jobs", type=int, default=2, help="sets read at once")
    parser.add_argument("--cache", default="", help="a file to keep the sets' recorded sentences in (read from it when it exists): for trying settings")
    args = parser.parse_args()
    holdout = {s for s in args.holdout.split(",") if s}
    folders = sorted(p for p in Path(args.bench).iterdir() if (p / "links.jsonl").exists() and (p / "aliases.json").exists())
    train: list[dict] = []
    held: list[dict] = []
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        pairs = json.loads(cache.read_text(encoding="utf-8"))
    else:
        pairs = {}
        with ProcessPoolExecutor(args.jobs) as pool:
            for folder, sentences in zip(folders, pool.map(set_examples, folders), strict=True):
                pairs[folder.name] = sentences
                print(f"{folder.name}: {len(sentences)} sentences", file=sys.stderr, flush=True)
        if cache:
            cache.write_text(json.dumps(pairs, ensure_ascii=False), encoding="utf-8")
    for folder in folders:
        (held if folder.name in holdout else train).extend(examples_of(pairs.get(folder.name, []), folder.name))
    counts = Counter(f for e in train for f in set(e["features"]))
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= args.min_count))}
    design = Design(train, vocabulary)
    weights = fit(design, train, len(vocabulary), args.iterations, args.l2, args.unruled_weight)
    weights[np.abs(weights).max(1) < args.prune] = 0  # (the model as shipped: its small weights dropped)
    weights = np.round(weights, 3)
    print(f"trained on {len(folders) - len(holdout)} sets: {len(train)} pairs, {int(design.y.any(1).sum())} stated, {len(vocabulary)} features")
    print("training sets:")
    report(design, train, weights, args.threshold)
    if held:
        print(f"held-out sets ({', '.join(sorted(holdout))}):")
        report(Design(held, vocabulary), held, weights, args.threshold)
    if args.out != "-":
        kept = {f: [round(float(w), 3) or 0 for w in weights[i]] for f, i in vocabulary.items() if np.abs(weights[i]).max() > 0}
        model = {"labels": list(LABELS), "threshold": args.threshold, "trained_on": [f.name for f in folders if f.name not in holdout],
                 "weights": kept}
        Path(args.out).write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")
        print(f"wrote {args.out}: {len(kept)} features")


if __name__ == "__main__":
    main()
