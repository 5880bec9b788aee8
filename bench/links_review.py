"""Links the product shows for real documents, for a reader's review (precision where no reference exists).

    .venv/bin/python bench/links_review.py FILE... --out links.jsonl [--verdicts verdicts.jsonl]
    .venv/bin/python bench/links_review.py --shown links.jsonl --verdicts verdicts.jsonl   # score links written before

Ingests the files together into a temporary store with the product's own ingest (offline rules, as a
new user runs it), then writes every link the graph shows, one JSON line each (doc, page, source,
relation, target, payer, payee, amount, quote of its first evidence), to --out, and prints a count per
document. A reader marks links right or wrong in a verdicts file of JSON lines
``{"doc", "source", "relation", "target", "ok": true|false}``; given with --verdicts, the script prints the
share of the shown links judged right, per document and in all, and lists the links not yet judged.
Real filings are third-party material: keep --out and --verdicts outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst.config import load_settings  # noqa: E402
from analyst.service import build_analyst  # noqa: E402


def link_key(line: dict) -> tuple[str, str, str, str]:
    return (line["doc"], line["source"].lower(), line["relation"], line["target"].lower())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, help="JSON lines of the links shown (keep outside the repository)")
    parser.add_argument("--shown", type=Path, help="links written by an earlier run (instead of ingesting files)")
    parser.add_argument("--verdicts", type=Path, help="a reader's verdicts, JSON lines with ok true or false")
    args = parser.parse_args()
    if args.shown:
        shown = [json.loads(line) for line in args.shown.read_text(encoding="utf-8").splitlines() if line.strip()]
    elif args.files and args.out:
        shown = extract(args.files, args.out)
    else:
        parser.error("give files and --out, or --shown")
    print(f"command: {' '.join(sys.argv)}")
    per_doc = Counter(line["doc"] for line in shown)
    for doc, n in sorted(per_doc.items()):
        print(f"{doc}: {n} links shown")
    print(f"links shown: {len(shown)}")
    if args.verdicts:
        score(shown, args.verdicts, per_doc)


def extract(files: list[Path], out: Path) -> list[dict]:
    with tempfile.TemporaryDirectory() as store:
        analyst = build_analyst(load_settings(store=store))
        report = analyst.ingest(files)
        for failure in report.failed:
            print(f"not ingested: {failure}")
        graph = analyst.graph()
    shown = []
    for edge in graph.edges:
        evidence = edge.evidence[0] if edge.evidence else None
        shown.append({
            "doc": evidence.doc if evidence else "", "page": evidence.page if evidence else None,
            "source": edge.source, "relation": edge.relation, "target": edge.target,
            "payer": edge.payer, "payee": edge.payee, "amount": edge.amount,
            "quote": evidence.quote if evidence else "",
        })
    out.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in shown), encoding="utf-8")
    print(f"nodes: {len(graph.nodes)}; links written to {out}")
    return shown


def score(shown: list[dict], verdicts_file: Path, per_doc: Counter[str]) -> None:
    verdicts = {}
    for raw in verdicts_file.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            line = json.loads(raw)
            verdicts[link_key(line)] = bool(line["ok"])
    right: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    for line in shown:
        verdict = verdicts.get(link_key(line))
        if verdict is None:
            print(f"NOT JUDGED {line['doc']}:{line['page']} {line['source']} -{line['relation']}-> {line['target']} | {line['quote'][:120]}")
            continue
        judged[line["doc"]] += 1
        right[line["doc"]] += verdict
    for doc in sorted(per_doc):
        if judged[doc]:
            print(f"{doc}: {right[doc]} of {judged[doc]} judged links right ({100 * right[doc] / judged[doc]:.0f}%)")
    total, ok = sum(judged.values()), sum(right.values())
    print(f"judged: {total} of {len(shown)} links shown; right: {ok} ({100 * ok / max(1, total):.0f}%)")


if __name__ == "__main__":
    main()
