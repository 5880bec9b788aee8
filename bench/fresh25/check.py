"""Consistency checks for this evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and prints the problems if any check fails.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_EXT = (".md", ".txt", ".html", ".pdf")
NOT_DOCS = {"README.md"}
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
MONEY_SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br",
             "tr", "td", "th", "table", "header", "footer", "article", "section", "body"}
    HIDDEN = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def text_plain(path):
    lines = []
    for line in open(path, encoding="utf-8").read().splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue  # separator row
            lines.append(" ".join(c for c in cells))
        else:
            lines.append(line)
    return norm("\n".join(lines))


def text_html(path):
    p = VisibleText()
    p.feed(open(path, encoding="utf-8").read())
    return norm("".join(p.parts))


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(DOC_EXT) or name in NOT_DOCS:
            continue
        path = os.path.join(HERE, name)
        if name.endswith(".pdf"):
            docs[name] = [norm(pg.extract_text() or "") for pg in PdfReader(path).pages]
        elif name.endswith(".html"):
            docs[name] = text_html(path)
        else:
            docs[name] = text_plain(path)
    return docs


def quote_ok(docs, doc, quote, page):
    if doc not in docs:
        err(f"unknown doc {doc!r}")
        return
    q = norm(quote)
    if doc.endswith(".pdf"):
        pages = docs[doc]
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            err(f"{doc}: bad page {page!r} for quote {quote[:60]!r}")
            return
        if q not in pages[page - 1]:
            err(f"{doc} p{page}: quote not found: {quote!r}")
    else:
        if page is not None:
            err(f"{doc}: page must be null for non-PDF: {quote[:60]!r}")
        if q not in docs[doc]:
            err(f"{doc}: quote not found: {quote!r}")


def main():
    docs = load_docs()
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")

    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    all_text = " ".join(t if isinstance(t, str) else " ".join(t) for t in docs.values())
    for short, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{short!r}] is not a list")
            continue
        for a in names:
            if a not in all_text:
                err(f"alias {a!r} of {short!r} does not occur in any document")

    # ---- links ----
    seen = set()
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    for i, l in enumerate(links, 1):
        tag = f"links.jsonl line {i}"
        if set(l) != fields:
            err(f"{tag}: fields {sorted(l)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        if r not in RELATIONS:
            err(f"{tag}: bad relation {r}")
        for n in (s, t):
            if n not in aliases:
                err(f"{tag}: {n!r} not in aliases.json")
        if s == t:
            err(f"{tag}: self link")
        if r == "supplies":
            want = (t, s)
        elif r in MONEY_SOURCE_PAYS:
            want = (s, t)
        else:
            want = (None, None)
        if (l["payer"], l["payee"]) != want:
            err(f"{tag}: payer/payee {l['payer']},{l['payee']} should be {want}")
        if l["amount"] is not None:
            if l["amount"] not in l["quote"]:
                err(f"{tag}: amount {l['amount']!r} not in quote")
            if r in NO_MONEY:
                err(f"{tag}: {r} should not carry an amount")
        key = (l["doc"], s, r, t)
        if key in seen:
            err(f"{tag}: duplicate {key}")
        if r == "partners_with" and (l["doc"], t, r, s) in seen:
            err(f"{tag}: partners_with listed in both directions")
        seen.add(key)
        quote_ok(docs, l["doc"], l["quote"], l["page"])

    # ---- non-links ----
    link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
    for i, n in enumerate(non_links, 1):
        tag = f"non_links.jsonl line {i}"
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"{tag}: fields {sorted(n)}")
            continue
        if len(n["companies"]) < 2:
            err(f"{tag}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{tag}: {c!r} not in aliases.json")
        if (n["doc"], norm(n["quote"])) in link_quotes:
            err(f"{tag}: quote is also a link quote")
        quote_ok(docs, n["doc"], n["quote"], n["page"])

    # ---- loops ----
    G = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is None:
            continue
        G.add_edge(l["payer"], l["payee"])
        edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cyc):
        k = cyc.index(min(cyc))
        return tuple(cyc[k:] + cyc[:k])

    found = {canon(list(c)) for c in nx.simple_cycles(G)}
    declared = set()
    for lp in loops:
        c = canon(list(lp))
        if c in declared:
            err(f"loop listed twice: {lp}")
        declared.add(c)
        docs_in_loop = set()
        for a, b in zip(lp, lp[1:] + lp[:1]):
            if (a, b) not in edge_docs:
                err(f"loop {lp}: no payer->payee link {a} -> {b}")
            else:
                docs_in_loop |= edge_docs[(a, b)]
        if len(docs_in_loop) < 2:
            err(f"loop {lp} is stated in only one document")
    if found != declared:
        err(f"loops.json differs from simple cycles; missing {sorted(found - declared)}, "
            f"extra {sorted(declared - found)}")

    # ---- sizes ----
    if not 60 <= len(links) <= 75:
        err(f"{len(links)} links, expected 60-75")
    if len(non_links) < 20:
        err(f"{len(non_links)} non_links, expected at least 20")
    if len(loops) != 5:
        err(f"{len(loops)} loops, expected 5")

    print(f"documents={len(docs)} links={len(links)} loops={len(loops)} non_links={len(non_links)}")
    if errors:
        print("FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
