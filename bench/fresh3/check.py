"""Consistency check for the fresh3 link-extraction set.

Run from the repository root:
    /work/main/.venv/bin/python bench/fresh3/check.py

Checks that every quote occurs in its document (PDF: on the stated page,
after whitespace normalisation; HTML: visible text with entities decoded,
table rows as cell texts joined by spaces; Markdown: table rows likewise),
that relations come from the vocabulary, that payer/payee follow the money
rule, that amounts appear in their quotes, and that loops.json lists exactly
the simple cycles of the payer -> payee graph, each needing more than one
document.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "li", "tr", "td", "th", "nav", "footer",
              "table", "article", "main", "br", "a", "title"}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def doc_texts(name: str) -> dict:
    """Return {page: normalised text}; page is None except for PDFs."""
    path = HERE / name
    if name.endswith(".pdf"):
        reader = pypdf.PdfReader(path)
        return {i: norm(p.extract_text()) for i, p in enumerate(reader.pages, start=1)}
    raw = path.read_text(encoding="utf-8")
    if name.endswith(".html"):
        parser = Visible()
        parser.feed(raw)
        return {None: norm("".join(parser.parts))}
    lines = []
    for line in raw.splitlines():
        if name.endswith(".md") and line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = " ".join(cells)
        lines.append(line)
    return {None: norm("\n".join(lines))}


def simple_cycles(edges):
    graph = defaultdict(set)
    for a, b in edges:
        graph[a].add(b)
    nodes = sorted(graph.keys() | {b for _, b in edges})
    found = set()

    def walk(start, node, path):
        for nxt in graph[node]:
            if nxt == start:
                found.add(tuple(path))
            elif nxt not in path and nxt > start:
                walk(start, nxt, path + [nxt])

    for start in nodes:
        walk(start, start, [start])
    return found


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main() -> int:
    errors = []
    links = [json.loads(l) for l in (HERE / "links.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    non_links = [json.loads(l) for l in (HERE / "non_links.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    cache = {}

    def occurs(doc, page, quote):
        if doc not in cache:
            cache[doc] = doc_texts(doc)
        texts = cache[doc]
        if doc.endswith(".pdf"):
            return page in texts and norm(quote) in texts[page]
        return page is None and norm(quote) in texts[None]

    seen = set()
    for n, l in enumerate(links, start=1):
        tag = f"links.jsonl:{n}"
        keys = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
        if set(l) != keys:
            errors.append(f"{tag}: fields {sorted(set(l) ^ keys)}")
        if l["relation"] not in RELATIONS:
            errors.append(f"{tag}: relation {l['relation']!r}")
        if l["relation"] == "supplies":
            want = (l["target"], l["source"])
        elif l["relation"] in SOURCE_PAYS:
            want = (l["source"], l["target"])
        else:
            want = (None, None)
        if (l["payer"], l["payee"]) != want:
            errors.append(f"{tag}: payer/payee {(l['payer'], l['payee'])} != {want}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            errors.append(f"{tag}: amount {l['amount']!r} not in quote")
        if not occurs(l["doc"], l["page"], l["quote"]):
            errors.append(f"{tag}: quote not found in {l['doc']} page {l['page']}")
        key = (l["doc"], l["source"], l["relation"], l["target"])
        if key in seen:
            errors.append(f"{tag}: duplicate {key}")
        seen.add(key)

    for n, nl in enumerate(non_links, start=1):
        if len(nl["companies"]) < 2:
            errors.append(f"non_links.jsonl:{n}: fewer than two companies")
        if not occurs(nl["doc"], nl.get("page"), nl["quote"]):
            errors.append(f"non_links.jsonl:{n}: quote not found in {nl['doc']}")

    money = defaultdict(set)  # (payer, payee) -> docs
    for l in links:
        if l["payer"]:
            money[(l["payer"], l["payee"])].add(l["doc"])
    for loop in loops:
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        missing = [p for p in pairs if p not in money]
        if missing:
            errors.append(f"loop {loop}: missing payer->payee {missing}")
            continue
        single = set.intersection(*(money[p] for p in pairs))
        if single:
            errors.append(f"loop {loop}: fully stated inside {sorted(single)}")
    listed = {canonical(list(loop)) for loop in loops}
    actual = {canonical(list(c)) for c in simple_cycles(money)}
    if listed != actual:
        errors.append(f"loops.json differs from graph cycles: missing {actual - listed}, extra {listed - actual}")

    print(f"{len(links)} links, {len(non_links)} non-links, {len(loops)} loops")
    for doc, count in sorted(Counter(l["doc"] for l in links).items()):
        print(f"  {doc}: {count}")
    for rel, count in sorted(Counter(l["relation"] for l in links).items()):
        print(f"  {rel}: {count}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
