"""Link extraction against a careful reader's links, on document sets written by separate authors.

    .venv/bin/python bench/links_eval.py [--docs bench/fresh] [--reference bench/fresh/links.jsonl]

Prints: pair recall (the reader's company pairs found in the same document, either direction),
direction accuracy (found pairs whose payer and payee match), every extracted link with its evidence,
marked as matching a reference pair or not, for review; and, when the set has them, the stated money
loops found (loops.json), links drawn from sentences that name companies without a link
(non_links.jsonl), with names matched through the set's aliases.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst.config import load_settings  # noqa: E402
from analyst.lexicon import LEGAL_FORMS, Lexicon, strip_suffix  # noqa: E402
from analyst.service import build_analyst  # noqa: E402
from analyst.text import to_simplified  # noqa: E402


def reader_canon(aliases_file: Path, lexicon: Lexicon) -> Callable[[str], str]:
    """The reader's short name for a company name, through the set's aliases.json (the lexicon's name when it has none)."""
    # The reader's short names and the names the documents use for them ("Nimbus": "Nimbus Cloud Inc.", "NMBC")
    spelled: dict[str, str] = {}
    if aliases_file.exists():
        table = json.loads(aliases_file.read_text(encoding="utf-8"))
        for short, names in table.items():  # names as written first, then without Inc./Corp./B.V.
            for name in [short, *names]:
                spelled.setdefault(name.lower(), short)
        for short, names in table.items():  # (then without the legal form alone: "Lucerna Holding S.r.l." is a node "Lucerna Holding",
            for name in names:              # not the "Lucerna" that dropping "Holding" too would make it)
                spelled.setdefault(re.sub(rf"[,\s]+(?:{LEGAL_FORMS})\.?$", "", name, flags=re.I).lower(), short)
                # ("贵川酒业集团有限公司" is the group 贵川酒业集团, not the listed 贵川酒业 that dropping 集团 too would make it)
                spelled.setdefault(re.sub(r"(?:股份)?有限(?:责任)?公司$", "", to_simplified(name)).lower(), short)
        for short, names in table.items():
            for name in [short, *names]:
                spelled.setdefault(strip_suffix(name).lower(), short)
                spelled.setdefault(re.sub(r"^the\s+", "", strip_suffix(name).lower()), short)  # "The Tokiwa Sumida Bank, Ltd."
                spelled.setdefault(strip_suffix(to_simplified(name)).lower(), short)  # "嘉泓集團" is the 嘉泓 (集团) a node keeps
                # "東霖銀行（香港）有限公司" is the bank 东霖银行 a node is named for (a bank's regional arm is the bank, see entities.mentions)
                spelled.setdefault(re.sub(r"(?<=银行)[（(][\u4e00-\u9fff]{2,4}[）)]$", "", strip_suffix(to_simplified(name))).lower(), short)

    def canon(name: str) -> str:
        # (a node kept in Traditional characters, "江城地鐵", is the "江城地铁" the table spells in Simplified)
        return spelled.get(name.lower(), spelled.get(lexicon.canonical(name).lower(),
                                                     spelled.get(to_simplified(name).lower(), lexicon.canonical(name))))

    return canon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", default=str(ROOT / "bench" / "fresh"))
    parser.add_argument("--reference", default=str(ROOT / "bench" / "fresh" / "links.jsonl"))
    args = parser.parse_args()
    reference = [json.loads(line) for line in Path(args.reference).read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as store:
        analyst = build_analyst(load_settings(store=store))
        files = [p for p in sorted(Path(args.docs).iterdir()) if p.suffix in {".pdf", ".html", ".txt", ".md"} and p.name != "README.md"]
        analyst.ingest(files)
        graph = analyst.graph()
        canon = reader_canon(Path(args.reference).with_name("aliases.json"), analyst.lexicon)

        def key(a: str, b: str) -> frozenset[str]:
            return frozenset({canon(a).lower(), canon(b).lower()})

        found: dict[tuple[str, frozenset[str]], list] = {}
        for edge in graph.edges:
            for evidence in edge.evidence:
                found.setdefault((evidence.doc, key(edge.source, edge.target)), []).append(edge)
        hits = direction_ok = 0
        for ref in reference:
            edges = found.get((ref["doc"], key(ref["source"], ref["target"])), [])
            if edges:
                hits += 1
                payer, payee = ref.get("payer"), ref.get("payee")
                if any((e.payer and payer and canon(e.payer).lower() == canon(payer).lower()
                        and canon(e.payee).lower() == canon(payee).lower()) or (not e.payer and not payer) for e in edges):
                    direction_ok += 1
                else:
                    print(f"WRONG MONEY {ref['doc']}: reader {ref['source']} {ref['relation']} {ref['target']}; shown "
                          f"{'; '.join(f'{e.source} {e.relation} {e.target}' for e in edges)}")
            else:
                print(f"MISSED {ref['doc']}: {ref['source']} {ref['relation']} {ref['target']} | {ref['quote'][:100]}")
        print(f"command: {' '.join(sys.argv)}")
        print(f"reference links: {len(reference)}; pairs found: {hits} ({100 * hits / max(1, len(reference)):.0f}%); "
              f"right payer/payee among found: {direction_ok} ({100 * direction_ok / max(1, hits):.0f}%)")
        ref_keys = {(r["doc"], key(r["source"], r["target"])) for r in reference}
        shown = matched = 0
        for edge in graph.edges:
            for evidence in edge.evidence[:1]:
                shown += 1
                ok = (evidence.doc, key(edge.source, edge.target)) in ref_keys
                matched += ok
                print(f"{'REF ' if ok else 'NEW '} {edge.source} -{edge.relation}-> {edge.target} [{edge.amount}] {evidence.doc}:{evidence.page} | {evidence.quote[:110]}")
        print(f"links shown: {shown}; matching a reference pair: {matched} (the rest need a reader's review)")
        # one node per company: the reader's company shown as two or more nodes (a loop through it is then broken)
        readers: dict[str, list[str]] = {}
        for node in graph.nodes:
            short = canon(node.name)
            if short.lower() in {canon(r[side]).lower() for r in reference for side in ("source", "target")}:
                readers.setdefault(short, []).append(node.name)
        split = {short: names for short, names in readers.items() if len(names) > 1}
        for short, names in sorted(split.items()):
            print(f"SPLIT NODE {short}: {' | '.join(sorted(names))}")
        print(f"reader's companies shown as more than one node: {len(split)}")
        print(f"loops: {[c.nodes for c in graph.cycles]}")
        loops_file = Path(args.reference).with_name("loops.json")
        if loops_file.exists():
            stated = json.loads(loops_file.read_text(encoding="utf-8"))
            shown_loops = [frozenset(canon(n).lower() for n in c.nodes) for c in graph.cycles]
            found_loops = [loop for loop in stated if frozenset(canon(n).lower() for n in loop) in shown_loops]
            print(f"stated loops found: {len(found_loops)} of {len(stated)}; loops shown: {len(graph.cycles)}")
        non_links_file = Path(args.reference).with_name("non_links.jsonl")
        if non_links_file.exists():
            non_links = [json.loads(line) for line in non_links_file.read_text(encoding="utf-8").splitlines() if line.strip()]
            quotes = {" ".join(n["quote"].split()) for n in non_links}
            false = [(e, ev) for e in graph.edges for ev in e.evidence if " ".join(ev.quote.split()) in quotes]
            for edge, evidence in false:
                print(f"FALSE LINK {edge.source} -{edge.relation}-> {edge.target} | {evidence.quote[:110]}")
            print(f"sentences naming two companies without a link: {len(non_links)}; links drawn from them: {len(false)}")


if __name__ == "__main__":
    main()
