"""Self-contained consistency check for this evaluation set.

Run: /work/main/.venv/bin/python check.py
Needs pypdf and networkx. Exits non-zero and lists problems if anything is wrong.
"""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}

problems = []


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    """Collects visible text of an HTML page; character references are decoded by HTMLParser."""

    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


_cache = {}


def doc_text(name):
    """Return normalised text: a list of page texts for PDFs, a single string otherwise."""
    if name in _cache:
        return _cache[name]
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        value = [norm(p.extract_text() or "") for p in pypdf.PdfReader(path).pages]
    elif name.endswith((".html", ".htm")):
        parser = VisibleText()
        with open(path, encoding="utf-8") as fh:
            parser.feed(fh.read())
        parser.close()
        value = norm(" ".join(parser.parts))
    else:
        with open(path, encoding="utf-8") as fh:
            value = norm(fh.read())
    _cache[name] = value
    return value


def check_quote(rec, where):
    doc = rec["doc"]
    if not os.path.exists(os.path.join(HERE, doc)):
        problems.append(f"{where}: missing document {doc}")
        return
    quote = norm(rec["quote"])
    text = doc_text(doc)
    if doc.endswith(".pdf"):
        page = rec.get("page")
        if not isinstance(page, int) or not 1 <= page <= len(text):
            problems.append(f"{where}: bad page {page!r} for {doc}")
            return
        if quote not in text[page - 1]:
            other = [i + 1 for i, t in enumerate(text) if quote in t]
            problems.append(f"{where}: quote not on page {page} of {doc} (found on {other}): {quote[:70]}")
    else:
        if rec.get("page") is not None:
            problems.append(f"{where}: page must be null for non-PDF {doc}")
        if quote not in text:
            problems.append(f"{where}: quote not found in {doc}: {quote[:70]}")


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                rows.append((i, json.loads(line)))
    return rows


def main():
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as fh:
        aliases = json.load(fh)
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as fh:
        loops = json.load(fh)
    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")

    def known(name, where):
        if name not in aliases:
            problems.append(f"{where}: {name!r} is not a key of aliases.json")

    # ---- links ----
    seen = set()
    edge_docs = defaultdict(set)
    graph = nx.DiGraph()
    for i, rec in links:
        where = f"links.jsonl:{i}"
        for field in ("doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"):
            if field not in rec:
                problems.append(f"{where}: missing field {field}")
        rel = rec.get("relation")
        src, tgt = rec.get("source"), rec.get("target")
        if rel not in RELATIONS:
            problems.append(f"{where}: unknown relation {rel}")
        if src == tgt:
            problems.append(f"{where}: self link")
        known(src, where)
        known(tgt, where)
        if rel in NO_MONEY:
            expected = (None, None)
        elif rel in SOURCE_PAYS:
            expected = (src, tgt)
        else:  # supplies: the customer (target) pays the supplier (source)
            expected = (tgt, src)
        if (rec.get("payer"), rec.get("payee")) != expected:
            problems.append(f"{where}: payer/payee {rec.get('payer')}->{rec.get('payee')} should be {expected}")
        key = (rec["doc"], src, rel, tgt)
        if key in seen:
            problems.append(f"{where}: duplicate triple in document {key}")
        seen.add(key)
        if rel == "partners_with" and (rec["doc"], tgt, rel, src) in seen:
            problems.append(f"{where}: partners_with listed twice in both directions")
        amount = rec.get("amount")
        if amount is not None and amount not in rec["quote"]:
            problems.append(f"{where}: amount {amount!r} not in quote")
        check_quote(rec, where)
        if expected[0] is not None:
            graph.add_edge(expected[0], expected[1])
            edge_docs[expected].add(rec["doc"])

    # ---- non_links ----
    for i, rec in non_links:
        where = f"non_links.jsonl:{i}"
        comps = rec.get("companies") or []
        if len(comps) < 2:
            problems.append(f"{where}: fewer than two companies")
        for c in comps:
            known(c, where)
        check_quote(rec, where)

    # ---- loops ----
    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    cycles = {canon(list(c)) for c in nx.simple_cycles(graph)}
    declared = set()
    for j, loop in enumerate(loops):
        for name in loop:
            known(name, f"loops.json[{j}]")
        c = canon(list(loop))
        if c in declared:
            problems.append(f"loops.json[{j}]: duplicate loop")
        declared.add(c)
        docs = set()
        for a, b in zip(loop, loop[1:] + loop[:1]):
            if (a, b) not in edge_docs:
                problems.append(f"loops.json[{j}]: no payer->payee link {a} -> {b}")
            docs |= edge_docs.get((a, b), set())
        if len(docs) < 2:
            problems.append(f"loops.json[{j}]: loop spans only {sorted(docs)}")
    if cycles != declared:
        problems.append(f"loops.json differs from simple cycles: missing {sorted(cycles - declared)}, extra {sorted(declared - cycles)}")

    # ---- aliases ----
    for name, names in aliases.items():
        if not isinstance(names, list):
            problems.append(f"aliases.json: value for {name!r} is not a list")

    n_docs = len([f for f in os.listdir(HERE) if f.endswith((".md", ".txt", ".html", ".pdf")) and f != "README.md"])
    print(f"documents={n_docs} links={len(links)} non_links={len(non_links)} loops={len(loops)} simple_cycles={len(cycles)}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
