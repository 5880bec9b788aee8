"""Validate this evaluation set.

Run with: /work/main/.venv/bin/python check.py

Checks
* 8 documents exist (at least 2 PDFs), README.md and build_pdfs.py are present;
* links.jsonl: fields, relation vocabulary, payer/payee rules, page numbers,
  amounts occurring in their quotes, names being keys of aliases.json, no
  duplicate (source, relation, target) within one document (partners_with is
  treated as symmetric), 60-75 links;
* every quote (links and non_links) occurs in its document: .md/.txt as the raw
  text, .html as visible text with entities decoded, .pdf as the pypdf text of the
  given page; all compared after whitespace normalisation;
* non_links.jsonl: at least 20 rows, two or more known companies each, no quote
  that is also a link quote;
* loops.json equals the set of simple cycles of the payer -> payee graph built
  from all links (networkx), there are exactly 5, and no loop can be closed with
  the links of a single document;
* every alias in aliases.json occurs in at least one document.
"""
import json
import os
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
NO_MONEY = {"partners_with", "subsidiary_of"}
DOC_EXT = (".md", ".txt", ".html", ".pdf")
ANSWER_FILES = {"README.md"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split())


class Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4",
             "h5", "h6", "title", "section", "article", "header", "footer", "blockquote", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def doc_pages(name):
    """Return {page: normalised text}; page None for non-PDF documents."""
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        reader = PdfReader(path)
        return {i + 1: norm(p.extract_text() or "") for i, p in enumerate(reader.pages)}
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if name.endswith(".html"):
        v = Visible()
        v.feed(raw)
        return {None: norm("".join(v.parts))}
    return {None: norm(raw)}


def main():
    docs = sorted(f for f in os.listdir(HERE) if f.endswith(DOC_EXT) and f not in ANSWER_FILES)
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {docs}")
    if sum(d.endswith(".pdf") for d in docs) < 2:
        err("fewer than 2 PDF documents")
    for f in ("README.md", "build_pdfs.py", "links.jsonl", "non_links.jsonl", "loops.json", "aliases.json"):
        if not os.path.exists(os.path.join(HERE, f)):
            err(f"missing {f}")
    texts = {d: doc_pages(d) for d in docs}

    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    def quote_ok(doc, page, quote, what):
        if doc not in texts:
            err(f"{what}: unknown doc {doc}")
            return
        pages = texts[doc]
        if doc.endswith(".pdf"):
            if not isinstance(page, int) or page not in pages:
                err(f"{what}: bad page {page!r} for {doc}")
                return
            if norm(quote) not in pages[page]:
                where = [p for p, t in pages.items() if norm(quote) in t]
                err(f"{what}: quote not on page {page} of {doc} (found on {where}): {quote}")
        else:
            if page is not None:
                err(f"{what}: page must be null for {doc}")
            if norm(quote) not in pages[None]:
                err(f"{what}: quote not found in {doc}: {quote}")

    # ---- links
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    if not 60 <= len(links) <= 75:
        err(f"links: {len(links)} rows, expected 60-75")
    seen = set()
    for i, l in enumerate(links, 1):
        what = f"link {i} ({l.get('source')} {l.get('relation')} {l.get('target')}, {l.get('doc')})"
        if set(l) != fields:
            err(f"{what}: fields {sorted(l)}")
            continue
        r, s, t = l["relation"], l["source"], l["target"]
        if r not in RELATIONS:
            err(f"{what}: bad relation")
        for n in (s, t):
            if n not in aliases:
                err(f"{what}: {n} not a key of aliases.json")
        if s == t:
            err(f"{what}: self link")
        if r == "supplies":
            exp = (t, s)
        elif r in SOURCE_PAYS:
            exp = (s, t)
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{what}: payer/payee {(l['payer'], l['payee'])} expected {exp}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{what}: amount {l['amount']} not in quote")
        key = (l["doc"], r) + (tuple(sorted((s, t))) if r == "partners_with" else (s, t))
        if key in seen:
            err(f"{what}: duplicate within document")
        seen.add(key)
        quote_ok(l["doc"], l["page"], l["quote"], what)
    for d in docs:
        if not any(l["doc"] == d for l in links):
            err(f"document {d} has no links")

    # ---- non_links
    if len(non_links) < 20:
        err(f"non_links: {len(non_links)} rows, expected 20+")
    link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
    for i, n in enumerate(non_links, 1):
        what = f"non_link {i} ({n.get('doc')})"
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"{what}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{what}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{what}: {c} not a key of aliases.json")
        if (n["doc"], norm(n["quote"])) in link_quotes:
            err(f"{what}: quote is also a link quote")
        quote_ok(n["doc"], n["page"], n["quote"], what)

    # ---- loops
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] and l["payee"]:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    found = {canon(list(c)) for c in nx.simple_cycles(g)}
    given = [canon(list(c)) for c in loops]
    if len(given) != len(set(given)):
        err("loops.json has duplicates")
    if set(given) != found:
        err(f"loops.json differs from graph cycles.\n  missing: {sorted(found - set(given))}\n"
            f"  extra: {sorted(set(given) - found)}")
    if len(found) != 5:
        err(f"graph has {len(found)} simple cycles, expected exactly 5")
    for c in given:
        pairs = [(c[i], c[(i + 1) % len(c)]) for i in range(len(c))]
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {c}: {p[0]} -> {p[1]} is not a payer -> payee pair in links")
        if all(p in edge_docs for p in pairs):
            common = set.intersection(*(edge_docs[p] for p in pairs))
            if common:
                err(f"loop {c} can be closed within a single document: {sorted(common)}")

    # ---- aliases
    all_text = " ".join(t for pages in texts.values() for t in pages.values())
    for k, vals in aliases.items():
        if not isinstance(vals, list):
            err(f"aliases[{k}] is not a list")
            continue
        for v in vals:
            if norm(v) not in all_text:
                err(f"alias {v!r} of {k} not found in any document")

    print(f"documents: {len(docs)} ({sum(d.endswith('.pdf') for d in docs)} PDF)")
    print(f"links: {len(links)}  non_links: {len(non_links)}  loops: {len(given)} (graph cycles: {len(found)})")
    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
