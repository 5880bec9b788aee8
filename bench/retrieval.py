"""FinanceBench evidence-page retrieval through the product's own retriever (offline: hybrid, no model).

    .venv/bin/python bench/retrieval.py --data ../shared/eval/financebench [--store DIR] [--quantized] [--show-misses]

Ingests the subset's PDFs into one store with the product's ingest (a store folder given with
--store is reused: unchanged files are skipped by their hash), then asks each question twice:
- shared: over the whole store, as a user would;
- per document: restricted to the question's PDF (the product's ``--doc`` filter), FinanceBench's
  "single store" setting.
A hit at k: one of the first k retrieved passages is on an evidence page of the question's PDF.
FinanceBench pages are 0-based indices into the PDF, ours are 1-based (page p+1 is what a reader
sees), so evidence page p is our page p + 1. Prints hit@1/5/10 and MRR@10, by question type and by
document type, with the baseline of the data folder beside them. Nothing here is tuned to a question.
"""

from __future__ import annotations

import argparse
import json
import resource
import shlex
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst.config import load_settings  # noqa: E402
from analyst.service import build_analyst  # noqa: E402
from analyst.types import Filters  # noqa: E402

KS = (1, 5, 10)
BASELINE = {"shared": (11.6, 17.9, 18.9), "per document": (16.8, 26.3, 34.7)}  # baseline.txt, tokenizer=lower


def first_hit(hits: list[tuple[str, int | None]], pdf: str, pages: set[int]) -> int | None:
    """0-based rank of the first retrieved passage on an evidence page of the question's PDF."""
    for rank, (name, page) in enumerate(hits):
        if name == pdf and page is not None and page in pages:
            return rank
    return None


def table(rows: dict[str, list[int | None]]) -> list[str]:
    lines = [f"{'group':<34} {'n':>3} " + " ".join(f"{'hit@' + str(k):>7}" for k in KS) + f" {'MRR@10':>7}"]
    for group, ranks in rows.items():
        n = len(ranks)
        hits = [100 * sum(1 for r in ranks if r is not None and r < k) / n for k in KS]
        mrr = 100 * sum(1 / (r + 1) for r in ranks if r is not None and r < 10) / n
        lines.append(f"{group:<34} {n:>3} " + " ".join(f"{h:>7.1f}" for h in hits) + f" {mrr:>7.1f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "financebench"))
    parser.add_argument("--store", default="", help="store folder to use (and reuse); default a temporary one")
    parser.add_argument("--quantized", action="store_true", help="the int8 embedding model")
    parser.add_argument("--show-misses", action="store_true", help="print the questions missed at 5 (shared)")
    args = parser.parse_args()
    print("command:", " ".join(shlex.quote(a) for a in [sys.executable.replace(str(ROOT) + "/", ""), *sys.argv]))

    data = Path(args.data)
    subset = json.loads((data / "subset.json").read_text(encoding="utf-8"))
    questions = subset["questions"]
    pdfs = [data / "pdfs" / p["pdf"] for p in subset["pdfs"]]
    doc_type_of = {p["pdf"]: p["doc_type"] for p in subset["pdfs"]}

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or tmp
        analyst = build_analyst(load_settings(store=store, quantized=args.quantized))
        started = time.perf_counter()
        report = analyst.ingest(pdfs)
        seconds = time.perf_counter() - started
        documents = analyst.documents()
        pages = sum(d.pages for d in documents)
        chunks = sum(d.chunks for d in documents)
        print(f"store: {len(documents)} documents, {pages} pages, {chunks} chunks; embedding model {analyst.embedder.name}")
        print(f"ingest: {len(report.ingested)} ingested, {len(report.unchanged)} unchanged, {len(report.failed)} failed "
              f"in {seconds:.1f} s" + (f" ({report.pages / seconds:.1f} pages/s)" if report.pages else ""))
        print(f"peak RSS after ingest: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
              + (" (the store was already ingested: this is not the ingest's peak)" if not report.ingested else ""))
        for failure in report.failed:
            print(f"  failed: {failure.path}: {failure.error}")
        by_name = {d.name: d for d in documents}

        ranks: dict[str, dict[str, list[int | None]]] = {"shared": defaultdict(list), "per document": defaultdict(list)}
        misses = []
        timings: dict[str, list[float]] = {"shared": [], "per document": []}
        for q in questions:
            pdf = q["pdf"]
            evidence = {p + 1 for p in q["evidence_pages"]}  # 0-based in FinanceBench, 1-based here
            for setting in ("shared", "per document"):
                filters = Filters(doc=by_name[pdf].id) if setting == "per document" and pdf in by_name else None
                t0 = time.perf_counter()
                result = analyst.search(q["question"], k=10, filters=filters)
                timings[setting].append(time.perf_counter() - t0)
                retrieved = [(h.document.name, h.chunk.page) for h in result.hits[:10]]
                rank = first_hit(retrieved, pdf, evidence)
                for group in ("all", f"question_type={q['question_type']}", f"doc_type={doc_type_of.get(pdf, '?')}"):
                    ranks[setting][group].append(rank)
                if setting == "shared" and (rank is None or rank >= 5):
                    misses.append((q, retrieved[:5], [c.name for c in result.query.companies], result.query.years))

        print(f"\nEvidence-page hit@k and MRR@10 (%) over {len(questions)} questions, {len(pdfs)} PDFs "
              "(a hit: a top-k passage on an evidence page of the question's PDF)")
        for setting in ("shared", "per document"):
            rows = dict(sorted(ranks[setting].items(), key=lambda item: (item[0] != "all", item[0])))
            lat = sorted(timings[setting])
            print(f"\n[{setting}] (search p50 {1000 * lat[len(lat) // 2]:.0f} ms)")
            for line in table(rows):
                print("  " + line)
            b1, b5, b10 = BASELINE[setting]
            print(f"  {'baseline: BM25 1000/200 chunks':<34} {len(questions):>3} {b1:>7.1f} {b5:>7.1f} {b10:>7.1f}")
        if args.show_misses:
            print("\nmissed at 5 (shared):")
            for q, got, companies, years in misses:
                print(f"  {q['pdf']} p{[p + 1 for p in q['evidence_pages']]} companies={companies} years={sorted(years)} "
                      f"| {q['question'][:110]} -> {got}")


if __name__ == "__main__":
    main()
