#!/usr/bin/env python
"""Consistency check for this evaluation set.

Run with:  /work/main/.venv/bin/python check.py

Checks:
  * 8 documents; every quote (links and non_links) occurs in its document
    (PDF: pypdf text of the given page, whitespace-normalised; HTML: visible text with
    entities decoded; Markdown: table rows as cells joined by single spaces);
  * link fields, relation names, payer/payee direction rules, amount taken from the quote,
    one (source, relation, target) per document, partners_with listed once;
  * every short name used is a key of aliases.json;
  * loops.json equals the set of simple cycles of the payer -> payee graph (networkx),
    every consecutive pair is a payer -> payee pair in links.jsonl, and no loop is
    supported by a single document;
  * counts: 60-75 links, exactly 5 loops, at least 20 non_links.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
ANSWER_FILES = {"links.jsonl", "non_links.jsonl", "loops.json", "aliases.json", "README.md"}
DOC_EXT = (".md", ".txt", ".html", ".pdf")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split())


# ------------------------------------------------------------------ document text
class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "td", "th", "tr", "table", "li", "ul", "ol", "h1", "h2", "h3", "h4",
             "h5", "h6", "hr", "article", "section", "header", "footer", "body", "html", "title", "head"}
    HIDDEN = {"head", "script", "style", "title"}

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

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(path):
    p = VisibleText()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return norm("".join(p.parts))


def md_text(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
                    continue
                out.append(" ".join(c for c in cells if c))
            else:
                out.append(s)
    return norm("\n".join(out))


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        if name in ANSWER_FILES or not name.endswith(DOC_EXT):
            continue
        path = os.path.join(HERE, name)
        if name.endswith(".pdf"):
            reader = pypdf.PdfReader(path)
            docs[name] = {"pages": [norm(pg.extract_text() or "") for pg in reader.pages]}
        elif name.endswith(".html"):
            docs[name] = {"text": html_text(path)}
        elif name.endswith(".md"):
            docs[name] = {"text": md_text(path)}
        else:
            with open(path, encoding="utf-8") as f:
                docs[name] = {"text": norm(f.read())}
    return docs


def quote_ok(docs, rec, kind, idx):
    doc = rec.get("doc")
    if doc not in docs:
        err("%s %d: unknown doc %r" % (kind, idx, doc))
        return
    q = norm(rec.get("quote") or "")
    if not q:
        err("%s %d: empty quote" % (kind, idx))
        return
    d = docs[doc]
    page = rec.get("page")
    if "pages" in d:
        if not isinstance(page, int) or not 1 <= page <= len(d["pages"]):
            err("%s %d: PDF %s needs a valid 1-based page, got %r" % (kind, idx, doc, page))
            return
        if q not in d["pages"][page - 1]:
            where = [i + 1 for i, t in enumerate(d["pages"]) if q in t]
            err("%s %d: quote not on page %s of %s (found on %s): %s" % (kind, idx, page, doc, where, q))
    else:
        if page is not None:
            err("%s %d: page must be null for non-PDF %s" % (kind, idx, doc))
        if q not in d["text"]:
            err("%s %d: quote not found in %s: %s" % (kind, idx, doc, q))


def main():
    docs = load_docs()
    if len(docs) != 8:
        err("expected 8 documents, found %d: %s" % (len(docs), sorted(docs)))
    if not any(n.endswith(".pdf") for n in docs) or sum(n.endswith(".pdf") for n in docs) < 2:
        err("at least 2 PDF documents are required")

    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    with open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") as f:
        links = [json.loads(line) for line in f if line.strip()]
    with open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") as f:
        non_links = [json.loads(line) for line in f if line.strip()]
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)

    # ---------------- links
    fields = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
    seen = set()
    for i, l in enumerate(links, 1):
        if sorted(l) != sorted(fields):
            err("link %d: fields %s" % (i, sorted(l)))
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        if r not in RELATIONS:
            err("link %d: bad relation %r" % (i, r))
        for n in (s, t):
            if n not in aliases:
                err("link %d: %r is not a key of aliases.json" % (i, n))
        if s == t:
            err("link %d: source equals target" % i)
        if r == "supplies":
            exp = (t, s)
        elif r in SOURCE_PAYS:
            exp = (s, t)
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err("link %d: payer/payee %r should be %r" % (i, (l["payer"], l["payee"]), exp))
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err("link %d: amount %r not written in quote" % (i, l["amount"]))
        key = (l["doc"], s, r, t)
        if key in seen:
            err("link %d: duplicate %s" % (i, key))
        if r == "partners_with" and (l["doc"], t, r, s) in seen:
            err("link %d: partners_with listed in both directions" % i)
        seen.add(key)
        quote_ok(docs, l, "link", i)

    # ---------------- non_links
    link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
    for i, n in enumerate(non_links, 1):
        if sorted(n) != sorted(["doc", "quote", "companies", "page"]):
            err("non_link %d: fields %s" % (i, sorted(n)))
            continue
        if len(set(n["companies"])) < 2:
            err("non_link %d: needs two or more companies" % i)
        if (n["doc"], norm(n["quote"])) in link_quotes:
            err("non_link %d: quote is also a link quote" % i)
        quote_ok(docs, n, "non_link", i)

    # ---------------- aliases appear somewhere
    all_text = " ".join(d.get("text", "") + " ".join(d.get("pages", [])) for d in docs.values())
    for k, vals in aliases.items():
        for v in vals:
            if v not in all_text:
                err(f"alias {v!r} of {k!r} does not occur in any document")

    # ---------------- loops
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
    if len(set(given)) != len(given):
        err("loops.json contains duplicates")
    if set(given) != found:
        err(f"loops.json differs from simple cycles.\n  missing: {sorted(found - set(given))}\n  extra: {sorted(set(given) - found)}")
    for c in loops:
        pairs = [(c[j], c[(j + 1) % len(c)]) for j in range(len(c))]
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {c}: {p[0]} -> {p[1]} is not a payer -> payee pair")
        if all(p in edge_docs for p in pairs):
            common = set.intersection(*[edge_docs[p] for p in pairs])
            if common:
                err(f"loop {c} is fully stated inside one document: {sorted(common)}")

    # ---------------- counts
    if not 60 <= len(links) <= 75:
        err("links: %d (expected 60-75)" % len(links))
    if len(loops) != 5:
        err("loops: %d (expected 5)" % len(loops))
    if len(non_links) < 20:
        err("non_links: %d (expected 20+)" % len(non_links))

    print("documents: %d  links: %d  loops: %d  non_links: %d" % (len(docs), len(links), len(loops), len(non_links)))
    if errors:
        print("FAILED (%d problems)" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
