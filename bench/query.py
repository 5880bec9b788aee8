"""Retrieval latency (hybrid search, no model) on the FinanceBench store and on a synthetic 250,000-chunk store.

    .venv/bin/python bench/query.py --data ../shared/eval/financebench --fb-store DIR [--synthetic-store DIR] [--chunks 250000]

- FinanceBench: the store that bench/retrieval.py built (pass the same --store there and --fb-store
  here; it is ingested first when empty), asked its 95 questions.
- Synthetic: ``--chunks`` chunks in 500-chunk documents of companies from the product's lexicon,
  filing-like sentences with random figures, and random unit vectors, written straight into the
  store (no embedding: building it is not what is measured). Kept in --synthetic-store for reruns.
  Questions are made from templates (company, metric, year), half naming a company.
Every question goes through the product's retriever (``Analyst.search``: question understanding,
the query embedding, dense + BM25 + routed searches, fusion, rescoring). The keyword index is built
(and cached on disk) before timing; its build time is printed separately. Prints p50, p95, p99.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst.config import load_settings  # noqa: E402
from analyst.lexicon import default_lexicon  # noqa: E402
from analyst.service import build_analyst  # noqa: E402
from analyst.types import Chunk, Document  # noqa: E402

METRICS = ["revenue", "net income", "operating income", "capital expenditures", "free cash flow", "gross margin",
           "diluted earnings per share", "long-term debt", "cash and cash equivalents", "inventories",
           "research and development expenses", "dividends paid", "share repurchases", "effective tax rate",
           "accounts receivable", "goodwill", "operating lease liabilities", "segment operating profit"]
VERBS = ["increased", "decreased", "was", "totaled", "amounted to", "rose", "declined", "remained at"]
SECTIONS = ["Management's Discussion and Analysis", "Liquidity and Capital Resources", "Results of Operations",
            "Consolidated Statements of Cash Flows", "Risk Factors", "Notes to Consolidated Financial Statements",
            "Segment Information", "Income Taxes", "Debt", "Legal Proceedings"]
DOC_TYPES = ["10-K", "10-Q", "8-K", "earnings release"]
TEMPLATES = ["What was {company}'s {metric} in fiscal {year}?", "How did {metric} change for {company} in {year}?",
             "What drove the change in {metric} in {year}?", "How much {metric} did the company report for {year}?",
             "What are the main risks to {metric}?", "{company} {metric} {year}"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def sentence(rng: random.Random, year: int) -> str:
    metric = rng.choice(METRICS)
    return (f"{metric.capitalize()} {rng.choice(VERBS)} ${rng.randint(1, 999)}.{rng.randint(0, 9)} "
            f"{rng.choice(['million', 'billion'])} in fiscal {year}, compared with ${rng.randint(1, 999)} million "
            f"in {year - 1}, primarily due to {rng.choice(METRICS)} and {rng.choice(['pricing', 'volume', 'currency', 'acquisitions', 'demand'])}.")


def build_synthetic(folder: str, model: str, total: int, per_doc: int = 500, seed: int = 7) -> float:
    """Write ``total`` synthetic chunks with random vectors into the store at ``folder``. Returns seconds."""
    from analyst.providers.chroma_store import ChromaStore

    store = ChromaStore(folder, model)
    if store.count() >= total:
        return 0.0
    rng = random.Random(seed)
    vectors_rng = np.random.default_rng(seed)
    companies = [c.name for c in default_lexicon().companies]
    started = time.perf_counter()
    have = {d.id for d in store.documents()}
    for number in range(total // per_doc):
        doc_id = f"{number:032x}"
        if doc_id in have:
            continue
        company, year, doc_type = companies[number % len(companies)], 2015 + number % 10, DOC_TYPES[number % 4]
        document = Document(id=doc_id, source=f"/synthetic/{company}-{year}-{doc_type}.pdf", title=f"{company} {doc_type} {year}",
                            company=company, doc_type=doc_type, period=f"FY{year}", date=f"{year}-12-31", language="en",
                            pages=per_doc // 5, chunks=per_doc)
        chunks = []
        for ordinal in range(per_doc):
            page = ordinal // 5 + 1
            text = " ".join(sentence(rng, year) for _ in range(6))
            section = rng.choice(SECTIONS)
            chunks.append(Chunk(id=f"{doc_id}-{page}-{ordinal}", doc_id=doc_id, text=text, ordinal=ordinal, page=page,
                                section=section, kind="text", header=f"{company} | {doc_type} | FY{year} | {section}"))
        vectors = vectors_rng.standard_normal((per_doc, 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        store.upsert(chunks, vectors.tolist(), document)
        store.publish(document)
        if number % 50 == 0:
            print(f"  synthetic: {(number + 1) * per_doc} chunks, {time.perf_counter() - started:.0f} s", flush=True)
    return time.perf_counter() - started


def measure(name: str, store: str, questions: list[str], quantized: bool, warmup: int = 5) -> None:
    analyst = build_analyst(load_settings(store=store, quantized=quantized))
    started = time.perf_counter()
    analyst.search("revenue", k=10)  # builds (or loads) the keyword index and warms the caches
    first = time.perf_counter() - started
    for question in questions[:warmup]:
        analyst.search(question, k=10)
    latencies = []
    for question in questions:
        t0 = time.perf_counter()
        analyst.search(question, k=10)
        latencies.append(1000 * (time.perf_counter() - t0))
    print(f"[{name}] {analyst.store.count()} chunks, {len(analyst.store.documents())} documents; first search "
          f"(keyword index build or load) {first:.1f} s; {len(latencies)} questions: p50 {percentile(latencies, 0.5):.1f} ms, "
          f"p95 {percentile(latencies, 0.95):.1f} ms, p99 {percentile(latencies, 0.99):.1f} ms, mean {statistics.mean(latencies):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "financebench"))
    parser.add_argument("--fb-store", default="", help="the FinanceBench store (bench/retrieval.py --store); skipped when empty")
    parser.add_argument("--synthetic-store", default="", help="where to keep the synthetic store (default: temporary)")
    parser.add_argument("--chunks", type=int, default=250_000)
    parser.add_argument("--questions", type=int, default=200, help="synthetic questions")
    parser.add_argument("--quantized", action="store_true")
    parser.add_argument("--build-only", action="store_true", help="write the synthetic store and stop")
    args = parser.parse_args()
    print("command:", " ".join(shlex.quote(a) for a in [sys.executable.replace(str(ROOT) + "/", ""), *sys.argv]))

    if args.fb_store and not args.build_only:
        subset = json.loads((Path(args.data) / "subset.json").read_text(encoding="utf-8"))
        analyst = build_analyst(load_settings(store=args.fb_store, quantized=args.quantized))
        analyst.ingest([Path(args.data) / "pdfs" / p["pdf"] for p in subset["pdfs"]])
        measure("FinanceBench", args.fb_store, [q["question"] for q in subset["questions"]], args.quantized)

    rng = random.Random(11)
    companies = [c.name for c in default_lexicon().companies]
    questions = [rng.choice(TEMPLATES).format(company=rng.choice(companies), metric=rng.choice(METRICS), year=rng.randint(2015, 2024))
                 for _ in range(args.questions)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.synthetic_store or tmp
        model = "all-MiniLM-L6-v2-int8" if args.quantized else "all-MiniLM-L6-v2"
        seconds = build_synthetic(folder, model, args.chunks)
        if seconds:
            print(f"synthetic store written in {seconds:.0f} s")
        if args.build_only:
            return
        measure(f"synthetic {args.chunks}", folder, questions, args.quantized)


if __name__ == "__main__":
    main()
