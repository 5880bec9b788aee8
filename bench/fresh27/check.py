"""Consistency checks for this evaluation set.

Run with /work/main/.venv/bin/python check.py  (exit code 0 = all checks passed)

* every quote (links and non_links) occurs in its document: PDFs through pypdf page text on the
  stated page, HTML through the visible text with entities decoded, .txt/.md as written, all after
  whitespace normalisation
* fields, relations, payer/payee directions, amounts (must occur in the quote), one
  (source, relation, target) per document, partners_with listed once
* every company name is a key of aliases.json, and every alias occurs in some document
* loops.json is exactly the set of simple cycles of the payer -> payee graph (networkx),
  each loop uses links from more than one document
* counts: 8 documents, 60-75 links, 5 loops, 20+ non_links
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
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
ANSWER_FILES = {"links.jsonl", "non_links.jsonl", "loops.json", "aliases.json", "README.md",
                "build_pdfs.py", "check.py"}
errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class Visible(HTMLParser):
    SKIP = {"head", "style", "script", "title"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "td", "th", "br", "header", "footer",
             "article", "aside", "nav", "ul", "table", "section"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_doc(name):
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        return [norm(p.extract_text()) for p in pypdf.PdfReader(path).pages]
    raw = open(path, encoding="utf-8").read()
    if name.endswith(".html"):
        v = Visible()
        v.feed(raw)
        return [norm("".join(v.parts))]
    return [norm(raw)]


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i}: bad JSON ({e})")
    return rows


docs = sorted(f for f in os.listdir(HERE)
              if f not in ANSWER_FILES and os.path.splitext(f)[1] in (".md", ".txt", ".html", ".pdf"))
texts = {d: load_doc(d) for d in docs}
links = read_jsonl("links.jsonl")
non_links = read_jsonl("non_links.jsonl")
loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))


def check_quote(where, doc, quote, page):
    if doc not in texts:
        err(f"{where}: unknown document {doc!r}")
        return
    q = norm(quote)
    pages = texts[doc]
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            err(f"{where}: PDF quote needs a valid page, got {page!r}")
            return
        if q not in pages[page - 1]:
            found = [i + 1 for i, t in enumerate(pages) if q in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote[:70]!r}")
    else:
        if page is not None:
            err(f"{where}: page must be null for {doc}")
        if q not in pages[0]:
            err(f"{where}: quote not in {doc}: {quote[:70]!r}")


# ------------------------------------------------------------------ links
seen, pairs_partner = set(), set()
for i, l in enumerate(links, 1):
    where = f"links.jsonl:{i}"
    need = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    if set(l) != need:
        err(f"{where}: fields {sorted(set(l) ^ need)}")
        continue
    r, s, t = l["relation"], l["source"], l["target"]
    if r not in RELATIONS:
        err(f"{where}: bad relation {r}")
    for c in (s, t):
        if c not in aliases:
            err(f"{where}: {c!r} not in aliases.json")
    if s == t:
        err(f"{where}: self link")
    if r == "supplies":
        exp = (t, s)
    elif r in SOURCE_PAYS:
        exp = (s, t)
    else:
        exp = (None, None)
    if (l["payer"], l["payee"]) != exp:
        err(f"{where}: payer/payee {(l['payer'], l['payee'])} expected {exp}")
    if l["amount"] is not None and norm(l["amount"]) not in norm(l["quote"]):
        err(f"{where}: amount {l['amount']!r} not in quote")
    key = (l["doc"], s, r, t)
    if key in seen:
        err(f"{where}: duplicate {key}")
    seen.add(key)
    if r == "partners_with":
        if (l["doc"], t, s) in pairs_partner:
            err(f"{where}: partners_with listed twice")
        pairs_partner.add((l["doc"], s, t))
    check_quote(where, l["doc"], l["quote"], l["page"])

# ------------------------------------------------------------------ non_links
link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
for i, n in enumerate(non_links, 1):
    where = f"non_links.jsonl:{i}"
    if set(n) != {"doc", "quote", "companies", "page"}:
        err(f"{where}: fields {sorted(n)}")
        continue
    if len(set(n["companies"])) < 2:
        err(f"{where}: needs two or more companies")
    for c in n["companies"]:
        if c not in aliases:
            err(f"{where}: {c!r} not in aliases.json")
    if (n["doc"], norm(n["quote"])) in link_quotes:
        err(f"{where}: quote is also a link quote")
    check_quote(where, n["doc"], n["quote"], n["page"])

# ------------------------------------------------------------------ aliases
alltext = " ".join(" ".join(p) for p in texts.values())
for key, names in aliases.items():
    if not isinstance(names, list):
        err(f"aliases.json: {key} must map to a list")
        continue
    for name in names:
        if norm(name) not in alltext:
            err(f"aliases.json: alias {name!r} of {key!r} occurs in no document")

# ------------------------------------------------------------------ loops
G = nx.DiGraph()
edge_docs = {}
for l in links:
    if l["payer"] is not None:
        G.add_edge(l["payer"], l["payee"])
        edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])


def canon(cycle):
    k = cycle.index(min(cycle))
    return tuple(cycle[k:] + cycle[:k])


found = {canon(c) for c in nx.simple_cycles(G)}
given = set()
for loop in loops:
    c = canon(list(loop))
    if c in given:
        err(f"loops.json: duplicate loop {loop}")
    given.add(c)
    used = set()
    for a, b in zip(loop, loop[1:] + loop[:1]):
        if (a, b) not in edge_docs:
            err(f"loops.json: {a} -> {b} is not a payer -> payee pair in links.jsonl")
        else:
            used |= edge_docs[(a, b)]
    if len(used) < 2:
        err(f"loops.json: loop {loop} is stated in only {sorted(used)}")
if found != given:
    err(f"loops.json differs from simple cycles: missing {sorted(found - given)}, extra {sorted(given - found)}")

# ------------------------------------------------------------------ counts
link_docs = {l["doc"] for l in links}
if len(docs) != 8:
    err(f"expected 8 documents, found {len(docs)}: {docs}")
for d in docs:
    if d not in link_docs:
        err(f"{d} has no links")
if not 60 <= len(links) <= 75:
    err(f"{len(links)} links, expected 60-75")
if len(loops) != 5:
    err(f"{len(loops)} loops, expected 5")
if len(non_links) < 20:
    err(f"{len(non_links)} non_links, expected 20+")

print(f"documents={len(docs)} links={len(links)} loops={len(loops)} non_links={len(non_links)}")
if errors:
    print(f"FAILED ({len(errors)} problems)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
