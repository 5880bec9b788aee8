"""Retrieval on documents the project was not tuned on, plus ingest speed, in one run.

    .venv/bin/python bench/fresh_eval.py [--docs bench/fresh] [--questions bench/fresh/questions.jsonl] [--quantized]
    .venv/bin/python bench/fresh_eval.py --docs samples/docs --questions ''    # speed only

Prints: hit@1 / hit@5 (a hit: a citation on the question's document, and on one of its pages for a PDF),
by question language; ingest pages/s and embedded chunks/s; sentences/s of the embedder on the
documents' sentences; re-ingest time of unchanged files against the first run; script canaries found.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst.config import load_settings  # noqa: E402
from analyst.service import build_analyst  # noqa: E402
from analyst.text import split_sentences  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", default=str(ROOT / "bench" / "fresh"))
    parser.add_argument("--questions", default=str(ROOT / "bench" / "fresh" / "questions.jsonl"))
    parser.add_argument("--quantized", action="store_true", help="use the int8 embedding model")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as store:
        analyst = build_analyst(load_settings(store=store, quantized=args.quantized))
        started = time.perf_counter()
        # The folder's README describes the set (and names the canaries); it is not one of the documents.
        files = [p for p in sorted(Path(args.docs).rglob("*")) if p.is_file() and p.name != "README.md"
                 and p.suffix.lower() in {".pdf", ".html", ".htm", ".txt", ".md"}]
        report = analyst.ingest(files)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = analyst.ingest(files)
        second = time.perf_counter() - started
        stats = analyst.stats()
        pages = sum(d.pages for d in analyst.documents())
        print(f"command: {' '.join(sys.argv)}")
        print(f"embedding model: {analyst.embedder.name}")
        print(f"documents: {stats.documents}, chunks: {stats.chunks}, PDF pages: {pages}, failed: {len(report.failed)}")
        print(f"ingest: {first:.2f} s, {pages / first:.1f} PDF pages/s, {stats.chunks / first:.1f} chunks/s "
              f"(embedding {report.embed_seconds:.2f} s = {100 * report.embed_seconds / first:.0f}% of the time)")
        print(f"re-ingest of unchanged files: {second:.3f} s ({first / max(second, 1e-9):.0f}x faster), "
              f"{again.chunks_added} chunks added")

        sentences = [s for c in analyst.store.chunks() for s in split_sentences(c.text)]
        started = time.perf_counter()
        analyst.embedder.embed(sentences)
        embed_time = time.perf_counter() - started
        print(f"embedder: {len(sentences)} sentences in {embed_time:.2f} s = {len(sentences) / embed_time:.0f} sentences/s")
        everything = " ".join(c.text for c in analyst.store.chunks())
        canaries = [w for w in everything.split() if "CANARY" in w]
        print(f"script canaries in the index: {len(canaries)}")

        if not args.questions:
            return
        questions = [json.loads(line) for line in Path(args.questions).read_text(encoding="utf-8").splitlines() if line.strip()]
        totals: dict[str, list[int]] = {}
        misses = []
        for q in questions:
            answer = analyst.ask(q["question"], k=args.k)
            pages_ok = set(q.get("pages") or [])
            ranks = [
                i for i, c in enumerate(answer.citations)
                if c.doc == q["doc"] and (not pages_ok or c.page in pages_ok)
            ]
            rank = ranks[0] if ranks else None
            for key in ("all", q.get("lang", "?")):
                row = totals.setdefault(key, [0, 0, 0, 0])
                row[0] += 1
                row[1] += rank == 0
                row[2] += rank is not None
                row[3] += (not answer.found)
            if rank is None:
                misses.append((q, answer))
        for key, (n, h1, h5, nf) in totals.items():
            print(f"{key:>4}: {n} questions, hit@1 {100 * h1 / n:.1f}%, hit@{args.k} {100 * h5 / n:.1f}%, said 'not found' {nf}")
        if args.show_misses:
            for q, answer in misses:
                got = [(c.doc, c.page) for c in answer.citations]
                print(f"MISS {q['id']} [{q.get('lang')}] {q['question']} -> want {q['doc']} {q.get('pages')} got {got[:3]}")


if __name__ == "__main__":
    main()
