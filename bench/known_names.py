"""How long a document takes to find the names other documents gave, as the store grows: indexed against naive.

    .venv/bin/python bench/known_names.py --store DIR [--quantized]

DIR is a store with documents and their links (for instance the one ``bench/retrieval.py --store DIR`` fills with
FinanceBench's 40 filings). For each document, the names known are those the links of every other document use (with
their number of links), as when that document is the last one ingested; then ``known_names`` runs on the document's text
twice: indexed (a name is first looked up in the text's words and word pairs) and naive (the text is searched for every
name). Both must give the same names; prints the time of each, per document and in total, and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst.config import load_settings  # noqa: E402
from analyst.graph.build import relations_from_json  # noqa: E402
from analyst.graph.entities import known_names, lowercase_words  # noqa: E402
from analyst.service import build_analyst  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", required=True, help="a store folder with documents and links")
    parser.add_argument("--quantized", action="store_true")
    args = parser.parse_args()
    analyst = build_analyst(load_settings(store=args.store, quantized=args.quantized))
    links = analyst.store.links()
    documents = analyst.store.documents()
    print(f"{len(documents)} documents, {sum(len(relations_from_json(v)) for v in links.values())} links")
    print(f"{'document':<42} {'chars':>9} {'names':>6} {'found':>6} {'naive s':>8} {'indexed s':>9}")
    totals = {"naive": 0.0, "indexed": 0.0}
    for document in sorted(documents, key=lambda d: d.name):
        known = Counter(name for doc_id, rows in links.items() if doc_id != document.id
                        for r in relations_from_json(rows) for name in (r.source, r.target))
        text = "\n".join(c.text for c in analyst.store.chunks(doc_ids=[document.id]))
        common = lowercase_words(text)
        found = {}
        seconds = {}
        for way in ("naive", "indexed"):
            start = time.perf_counter()
            found[way] = known_names(text, known, analyst.lexicon, common, indexed=way == "indexed")
            seconds[way] = time.perf_counter() - start
            totals[way] += seconds[way]
        if found["naive"] != found["indexed"]:
            sys.exit(f"{document.name}: the indexed lookup found other names than the naive search")
        print(f"{document.name[:42]:<42} {len(text):>9,} {len(known):>6} {len(found['indexed']):>6} {seconds['naive']:>8.2f} {seconds['indexed']:>9.2f}")
    ratio = totals["naive"] / totals["indexed"] if totals["indexed"] else float("nan")
    print(f"total: naive {totals['naive']:.1f} s, indexed {totals['indexed']:.1f} s ({ratio:.1f}x faster); same names for every document")


if __name__ == "__main__":
    main()
