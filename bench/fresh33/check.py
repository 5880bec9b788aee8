"""Validate this evaluation set.

Run:  /work/main/.venv/bin/python check.py      (after build_pdfs.py)

Checks
  * every link / non-link quote occurs in its document
      - PDF: pypdf page text of the stated page, whitespace collapsed
      - HTML: visible text (script/style/title dropped, entities decoded), whitespace collapsed
      - .md/.txt: raw text, whitespace collapsed; a Markdown table row also counts as its
        cells joined by single spaces
  * relation names, payer/payee per relation, amount occurs in its quote, page only for PDFs
  * no duplicate (doc, source, relation, target); partners_with listed once per pair
  * every link source/target and every non-link company is a key of aliases.json,
    and every alias occurs in at least one document
  * loops.json equals the set of simple cycles of the payer -> payee graph (networkx);
    each loop spans more than one document and no single document holds all its edges
  * headline counts (documents, links, non-links, loops, relations)
Exits non-zero on any failure.
"""
import html
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
PAYER_IS_SOURCE = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
DOC_EXT = (".pdf", ".html", ".md", ".txt")
NOT_DOCS = {"README.md"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class Visible(HTMLParser):
    SKIP = {"script", "style", "title", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def html_text(path):
    p = Visible()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return norm(html.unescape(" ".join(p.parts)))


def md_text(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    rows = []
    for line in raw.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            rows.append(" ".join(c for c in cells if c))
    return [norm(raw)] + [norm(r) for r in rows]


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        if name in NOT_DOCS or not name.endswith(DOC_EXT):
            continue
        path = os.path.join(HERE, name)
        if name.endswith(".pdf"):
            reader = PdfReader(path)
            docs[name] = {"pages": [norm(p.extract_text() or "") for p in reader.pages]}
        elif name.endswith(".html"):
            docs[name] = {"texts": [html_text(path)]}
        else:
            docs[name] = {"texts": md_text(path)}
    return docs


def quote_found(docs, doc, quote, page):
    if doc not in docs:
        return False, f"unknown document {doc}"
    d = docs[doc]
    q = norm(quote)
    if "pages" in d:
        if not isinstance(page, int) or not 1 <= page <= len(d["pages"]):
            return False, f"bad page {page!r} for PDF {doc}"
        if q in d["pages"][page - 1]:
            return True, ""
        other = [i + 1 for i, t in enumerate(d["pages"]) if q in t]
        return False, f"not on page {page}" + (f" (found on {other})" if other else "")
    if page is not None:
        return False, f"page must be null for non-PDF {doc}"
    return (any(q in t for t in d["texts"]), "not found")


def read_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i} invalid JSON: {e}")
    return out


def canon(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    docs = load_docs()
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)

    # ---- links
    seen = set()
    pairs = set()
    link_quotes = defaultdict(set)
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    for i, l in enumerate(links, 1):
        tag = f"links.jsonl:{i}"
        if set(l) != fields:
            err(f"{tag} fields {sorted(l)}")
            continue
        rel, s, t = l["relation"], l["source"], l["target"]
        if rel not in RELATIONS:
            err(f"{tag} bad relation {rel}")
        if s == t:
            err(f"{tag} self link")
        for n in (s, t):
            if n not in aliases:
                err(f"{tag} {n!r} not in aliases.json")
        if rel == "supplies":
            exp = (t, s)
        elif rel in PAYER_IS_SOURCE:
            exp = (s, t)
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{tag} payer/payee {l['payer']},{l['payee']} expected {exp}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{tag} amount {l['amount']!r} not in quote")
        key = (l["doc"], s, rel, t)
        if key in seen:
            err(f"{tag} duplicate {key}")
        seen.add(key)
        if rel == "partners_with":
            pk = (l["doc"], frozenset((s, t)))
            if pk in pairs:
                err(f"{tag} partners_with pair listed twice")
            pairs.add(pk)
        ok, why = quote_found(docs, l["doc"], l["quote"], l["page"])
        if not ok:
            err(f"{tag} quote {why}: {l['quote'][:90]}")
        link_quotes[l["doc"]].add(norm(l["quote"]))

    # ---- non-links
    for i, n in enumerate(non_links, 1):
        tag = f"non_links.jsonl:{i}"
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"{tag} fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{tag} needs two or more companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{tag} company {c!r} not in aliases.json")
        ok, why = quote_found(docs, n["doc"], n["quote"], n["page"])
        if not ok:
            err(f"{tag} quote {why}: {n['quote'][:90]}")
        if norm(n["quote"]) in link_quotes[n["doc"]]:
            err(f"{tag} quote is also a link quote")

    # ---- aliases occur somewhere
    alltext = " ".join(t for d in docs.values() for t in d.get("pages", []) + d.get("texts", []))
    for key, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{key}] is not a list")
            continue
        for a in names:
            if a not in alltext:
                err(f"alias {a!r} of {key} occurs in no document")

    # ---- loops
    g = nx.DiGraph()
    edge_docs = defaultdict(set)
    for l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs[(l["payer"], l["payee"])].add(l["doc"])
    cycles = {canon(c) for c in nx.simple_cycles(g)}
    declared = set()
    for loop in loops:
        c = canon(list(loop))
        if c in declared:
            err(f"loop listed twice: {loop}")
        declared.add(c)
        edges = [(loop[k], loop[(k + 1) % len(loop)]) for k in range(len(loop))]
        for e in edges:
            if e not in edge_docs:
                err(f"loop {loop}: {e[0]} -> {e[1]} is not a payer->payee pair")
        spans = set().union(*(edge_docs.get(e, set()) for e in edges))
        if len(spans) < 2:
            err(f"loop {loop} spans only {spans}")
        for d in spans:
            if all(d in edge_docs.get(e, set()) for e in edges):
                err(f"loop {loop} is complete inside a single document {d}")
    if cycles != declared:
        err(f"cycles in graph but not in loops.json: {sorted(cycles - declared)}")
        err(f"loops.json entries that are not cycles: {sorted(declared - cycles)}")

    # ---- headline numbers
    rels = {l["relation"] for l in links}
    if rels != RELATIONS:
        err(f"relations missing: {RELATIONS - rels}")
    linked_docs = {l["doc"] for l in links}
    if set(docs) != linked_docs:
        err(f"documents without links or links to missing docs: {set(docs) ^ linked_docs}")
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}")
    if not 60 <= len(links) <= 75:
        err(f"links {len(links)} outside 60-75")
    if len(non_links) < 20:
        err(f"only {len(non_links)} non_links")
    if len(loops) != 5:
        err(f"expected 5 loops, found {len(loops)}")

    print(f"documents={len(docs)} links={len(links)} non_links={len(non_links)} "
          f"loops={len(loops)} graph_cycles={len(cycles)} relations={len(rels)}")
    if errors:
        print(f"FAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
