"""Verify the answer files of this evaluation set (see FORMAT.md).

Run:  /work/main/.venv/bin/python check.py
Exits with status 1 and prints the problems if any check fails.
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
DOC_EXT = (".md", ".txt", ".html", ".pdf")
ANSWER_FILES = {"README.md", "links.jsonl", "non_links.jsonl", "loops.json", "aliases.json"}

problems = []


def fail(msg):
    problems.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    """Visible text of an HTML file: tags become spaces, entities are decoded."""

    SKIP = {"head", "title", "script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_doc(name):
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        return [norm(p.extract_text() or "") for p in PdfReader(path).pages]
    raw = open(path, encoding="utf-8").read()
    if name.endswith(".html"):
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        return norm(html.unescape("".join(parser.parts)))
    return norm(raw)


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    fail(f"{name}:{i}: bad JSON ({e})")
    return rows


def quote_found(docs, doc, quote, page):
    if doc not in docs:
        fail(f"unknown document {doc!r}")
        return False
    text = docs[doc]
    q = norm(quote)
    if isinstance(text, list):
        if not isinstance(page, int) or not 1 <= page <= len(text):
            fail(f"{doc}: bad page {page!r} for quote {quote[:60]!r}")
            return False
        if q not in text[page - 1]:
            fail(f"{doc} p{page}: quote not found: {quote[:80]!r}")
            return False
    else:
        if page is not None:
            fail(f"{doc}: page must be null for non-PDF documents")
        if q not in text:
            fail(f"{doc}: quote not found: {quote[:80]!r}")
            return False
    return True


def report_and_exit():
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    for f in sorted(ANSWER_FILES):
        if not os.path.exists(os.path.join(HERE, f)):
            fail(f"missing {f}")
    if problems:
        report_and_exit()
    doc_names = sorted(f for f in os.listdir(HERE)
                       if f.endswith(DOC_EXT) and f not in ANSWER_FILES)
    if len(doc_names) != 8:
        fail(f"expected 8 documents, found {len(doc_names)}: {doc_names}")
    docs = {name: load_doc(name) for name in doc_names}
    all_text = " ".join(" ".join(t) if isinstance(t, list) else t for t in docs.values())

    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    # ---- aliases
    for short, names in aliases.items():
        if not isinstance(names, list):
            fail(f"aliases[{short!r}] is not a list")
            continue
        if short not in all_text and not any(n in all_text for n in names):
            fail(f"company {short!r} not found in any document under any name")
        for n in names:
            if n not in all_text:
                fail(f"alias {n!r} of {short!r} not found in any document")

    # ---- links
    keys = set()
    used_docs = set()
    fields = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
    for i, l in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if sorted(l) != sorted(fields):
            fail(f"{where}: fields {sorted(l)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        if r not in RELATIONS:
            fail(f"{where}: unknown relation {r!r}")
        for c in (s, t):
            if c not in aliases:
                fail(f"{where}: {c!r} missing from aliases.json")
        if s == t:
            fail(f"{where}: source equals target")
        if r == "supplies":
            want = (t, s)
        elif r in SOURCE_PAYS:
            want = (s, t)
        else:
            want = (None, None)
        if (l["payer"], l["payee"]) != want:
            fail(f"{where}: payer/payee {l['payer']!r}->{l['payee']!r}, expected {want}")
        key = (l["doc"], s, r, t)
        if key in keys:
            fail(f"{where}: duplicate link {key}")
        keys.add(key)
        if r == "partners_with" and (l["doc"], t, r, s) in keys:
            fail(f"{where}: partners_with listed in both directions")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            fail(f"{where}: amount {l['amount']!r} not in quote")
        quote_found(docs, l["doc"], l["quote"], l["page"])
        used_docs.add(l["doc"])
    missing = set(doc_names) - used_docs
    if missing:
        fail(f"documents without links: {sorted(missing)}")
    if not 60 <= len(links) <= 75:
        fail(f"{len(links)} links, expected 60-75")
    rels = {l["relation"] for l in links}
    if rels != RELATIONS:
        fail(f"relations not covered: {sorted(RELATIONS - rels)}")

    # ---- non_links
    for i, n in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if sorted(n) != sorted(["doc", "quote", "companies", "page"]):
            fail(f"{where}: fields {sorted(n)}")
            continue
        if len(n["companies"]) < 2:
            fail(f"{where}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                fail(f"{where}: {c!r} missing from aliases.json")
        quote_found(docs, n["doc"], n["quote"], n["page"])
        if any(norm(n["quote"]) == norm(l["quote"]) and n["doc"] == l["doc"] for l in links):
            fail(f"{where}: quote is also a link quote")
    if len(non_links) < 20:
        fail(f"only {len(non_links)} non_links, expected 20+")

    # ---- loops
    graph = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is not None:
            graph.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])
    cycles = {canonical(c) for c in nx.simple_cycles(graph)}
    listed = [canonical(list(c)) for c in loops]
    if len(set(listed)) != len(listed):
        fail("loops.json has duplicate loops")
    if set(listed) != cycles:
        fail(f"loops.json differs from simple cycles.\n  missing: {sorted(cycles - set(listed))}"
             f"\n  extra: {sorted(set(listed) - cycles)}")
    for loop in loops:
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        docs_in_loop = set()
        for p in pairs:
            if p not in edge_docs:
                fail(f"loop {loop}: {p[0]} -> {p[1]} is not a payer -> payee pair")
            else:
                docs_in_loop |= edge_docs[p]
        if len(docs_in_loop) < 2:
            fail(f"loop {loop} lies within a single document")
        # no single document holds every edge of the loop
        if any(all(d in edge_docs.get(p, ()) for p in pairs) for d in docs_in_loop):
            print(f"note: loop {loop} is fully stated in one document as well as across documents")

    if problems:
        report_and_exit()
    print(f"OK: {len(doc_names)} documents, {len(links)} links, {len(non_links)} non_links, "
          f"{len(loops)} loops, {len(aliases)} aliases")


if __name__ == "__main__":
    main()
