"""Consistency checks for this evaluation set.

Run with: /work/main/.venv/bin/python check.py
Checks: schema of the answer files, that every quote occurs in its document
(PDF: pypdf page text after whitespace normalisation, on the stated page; HTML: visible
text with entities decoded; .md/.txt: the file text), that loops.json is exactly the set
of simple cycles of the payer -> payee graph and that every loop spans several documents.
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
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
MONEY = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    SKIP = {"head", "script", "style"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "td", "th", "br", "blockquote",
             "caption", "header", "article", "table", "section"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


_cache = {}


def doc_texts(doc):
    """Return list of page texts (one element for non-PDF documents)."""
    if doc in _cache:
        return _cache[doc]
    path = os.path.join(HERE, doc)
    if not os.path.exists(path):
        err(f"missing document {doc}")
        _cache[doc] = None
        return None
    if doc.endswith(".pdf"):
        pages = [norm(p.extract_text() or "") for p in PdfReader(path).pages]
    elif doc.endswith(".html"):
        v = Visible()
        v.feed(open(path, encoding="utf-8").read())
        pages = [norm(html.unescape("".join(v.parts)))]
    else:
        pages = [norm(open(path, encoding="utf-8").read())]
    _cache[doc] = pages
    return pages


def check_quote(kind, i, doc, quote, page):
    pages = doc_texts(doc)
    if pages is None:
        return
    q = norm(quote)
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            err(f"{kind} {i}: bad page {page} for {doc}")
            return
        if q not in pages[page - 1]:
            where = [n + 1 for n, t in enumerate(pages) if q in t]
            err(f"{kind} {i}: quote not on page {page} of {doc} (found on {where}): {quote}")
    else:
        if page is not None:
            err(f"{kind} {i}: page must be null for {doc}")
        if q not in pages[0]:
            err(f"{kind} {i}: quote not in {doc}: {quote}")


def main():
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    docs = sorted(f for f in os.listdir(HERE) if re.match(r"^\d\d_.*\.(md|txt|html|pdf)$", f))
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {docs}")

    # aliases: every alias string should be used somewhere in the documents
    all_text = " ".join(" ".join(doc_texts(d) or []) for d in docs)
    for key, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{key}] is not a list")
            continue
        for n in names:
            if norm(n) not in all_text:
                err(f"alias {n!r} of {key} does not occur in any document")

    seen = set()
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    for i, l in enumerate(links, 1):
        if set(l) != fields:
            err(f"link {i}: fields {sorted(l)}")
            continue
        if l["doc"] not in docs:
            err(f"link {i}: unknown doc {l['doc']}")
        if l["relation"] not in RELATIONS:
            err(f"link {i}: bad relation {l['relation']}")
        for k in ("source", "target"):
            if l[k] not in aliases:
                err(f"link {i}: {k} {l[k]} not in aliases.json")
        if l["source"] == l["target"]:
            err(f"link {i}: self link")
        rel = l["relation"]
        if rel in MONEY:
            exp = (l["source"], l["target"])
        elif rel == "supplies":
            exp = (l["target"], l["source"])
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"link {i}: payer/payee {(l['payer'], l['payee'])} expected {exp}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"link {i}: amount {l['amount']} not in quote")
        key = (l["doc"], l["source"], rel, l["target"])
        if rel == "partners_with":
            key = (l["doc"], *sorted((l["source"], l["target"])), rel)
        if key in seen:
            err(f"link {i}: duplicate {key}")
        seen.add(key)
        check_quote("link", i, l["doc"], l["quote"], l["page"])

    link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
    for i, n in enumerate(non_links, 1):
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"non_link {i}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"non_link {i}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"non_link {i}: company {c} not in aliases.json")
        if (n["doc"], norm(n["quote"])) in link_quotes:
            err(f"non_link {i}: quote is also a link quote")
        check_quote("non_link", i, n["doc"], n["quote"], n["page"])

    # money graph and loops
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        k = min(range(len(cycle)), key=lambda j: cycle[j])
        return tuple(cycle[k:] + cycle[:k])

    found = {canon(c) for c in nx.simple_cycles(g)}
    stated = {canon(c) for c in loops}
    if len(stated) != len(loops):
        err("loops.json has duplicate loops")
    for c in sorted(found - stated):
        err(f"cycle in graph not in loops.json: {c}")
    for c in sorted(stated - found):
        err(f"loop in loops.json is not a cycle of the graph: {c}")
    for c in loops:
        ds = set()
        for a, b in zip(c, c[1:] + c[:1]):
            ds |= edge_docs.get((a, b), set())
        if len(ds) < 2:
            err(f"loop {c} does not span more than one document")

    print(f"documents: {len(docs)}, links: {len(links)}, loops: {len(loops)}, non_links: {len(non_links)}")
    if not 60 <= len(links) <= 75:
        err(f"link count {len(links)} outside 60-75")
    if len(loops) != 5:
        err(f"expected 5 loops, got {len(loops)}")
    if len(non_links) < 20:
        err(f"expected 20+ non_links, got {len(non_links)}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
