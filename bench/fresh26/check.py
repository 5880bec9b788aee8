"""Consistency checks for this evaluation set.

Run with /work/main/.venv/bin/python check.py  (exit status 0 = pass)
- every quote (links and non_links) occurs in its document: PDFs through the
  pypdf text of the stated page, HTML through its visible text with entities
  decoded, .txt/.md as written; all after whitespace normalisation
- field values, relation names, payer/payee rules, amounts, pages
- every company name is a key of aliases.json and every alias occurs in some document
- loops.json is exactly the set of simple cycles of the payer -> payee graph
  (networkx), and no loop can be closed from the links of a single document
"""
import json
import os
import sys
from collections import defaultdict
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
DOC_EXT = (".pdf", ".html", ".txt", ".md")
EXCLUDE = {"README.md"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split())


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3",
             "h4", "br", "blockquote", "article", "nav", "footer", "header", "section"}
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


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(DOC_EXT) or name in EXCLUDE:
            continue
        path = os.path.join(HERE, name)
        if name.endswith(".pdf"):
            docs[name] = [norm(p.extract_text()) for p in PdfReader(path).pages]
        elif name.endswith(".html"):
            parser = VisibleText()
            parser.feed(open(path, encoding="utf-8").read())
            docs[name] = norm("".join(parser.parts))
        else:
            docs[name] = norm(open(path, encoding="utf-8").read())
    return docs


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i}: bad JSON: {e}")
    return rows


def quote_ok(docs, doc, page, quote, where):
    if doc not in docs:
        err(f"{where}: unknown doc {doc}")
        return
    q = norm(quote)
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(docs[doc]):
            err(f"{where}: bad page {page!r} for {doc}")
            return
        if q not in docs[doc][page - 1]:
            found = [i + 1 for i, t in enumerate(docs[doc]) if q in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote[:80]}")
    else:
        if page is not None:
            err(f"{where}: page must be null for {doc}")
        if q not in docs[doc]:
            err(f"{where}: quote not in {doc}: {quote[:80]}")


def canon(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    docs = load_docs()
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    all_text = " ".join(" ".join(v) if isinstance(v, list) else v for v in docs.values())
    for key, names in aliases.items():
        for n in names:
            if norm(n) not in all_text:
                err(f"aliases.json: alias {n!r} of {key!r} occurs in no document")

    fields = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
    seen = set()
    for i, l in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if sorted(l) != sorted(fields):
            err(f"{where}: fields {sorted(l)}")
            continue
        if l["relation"] not in RELATIONS:
            err(f"{where}: bad relation {l['relation']}")
        for side in ("source", "target"):
            if l[side] not in aliases:
                err(f"{where}: {side} {l[side]!r} is not a key of aliases.json")
        if l["source"] == l["target"]:
            err(f"{where}: self link")
        if l["relation"] == "supplies":
            exp = (l["target"], l["source"])
        elif l["relation"] in SOURCE_PAYS:
            exp = (l["source"], l["target"])
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{where}: payer/payee {(l['payer'], l['payee'])} expected {exp}")
        key = (l["doc"], l["source"], l["relation"], l["target"])
        if l["relation"] == "partners_with":
            key = (l["doc"], *sorted([l["source"], l["target"]]), "partners_with")
        if key in seen:
            err(f"{where}: duplicate link {key}")
        seen.add(key)
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{where}: amount {l['amount']!r} not in quote")
        quote_ok(docs, l["doc"], l["page"], l["quote"], where)

    for i, n in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if sorted(n) != sorted(["doc", "quote", "companies", "page"]):
            err(f"{where}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{where}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{where}: company {c!r} not a key of aliases.json")
        quote_ok(docs, n["doc"], n["page"], n["quote"], where)
        if any(norm(n["quote"]) == norm(l["quote"]) and n["doc"] == l["doc"] for l in links):
            err(f"{where}: quote is also a link quote")

    # payer -> payee graph and its simple cycles
    g = nx.DiGraph()
    edge_docs = defaultdict(set)
    for l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs[(l["payer"], l["payee"])].add(l["doc"])
    cycles = {canon(c) for c in nx.simple_cycles(g)}
    listed = [canon(list(c)) for c in loops]
    if len(set(listed)) != len(listed):
        err("loops.json: duplicate loop")
    for c in set(listed) - cycles:
        err(f"loops.json: {list(c)} is not a cycle of the payer->payee graph")
    for c in cycles - set(listed):
        err(f"loops.json: cycle {list(c)} missing")
    for loop in loops:
        edges = [(loop[k], loop[(k + 1) % len(loop)]) for k in range(len(loop))]
        for e in edges:
            if e not in edge_docs:
                err(f"loops.json: {e[0]} -> {e[1]} is not a payer->payee pair in links.jsonl")
        for d in docs:
            if all(d in edge_docs.get(e, ()) for e in edges):
                err(f"loops.json: loop {loop} is closed inside a single document {d}")

    n_links, n_non = len(links), len(non_links)
    if not 60 <= n_links <= 75:
        err(f"{n_links} links, expected 60-75")
    if n_non < 20:
        err(f"{n_non} non_links, expected at least 20")
    if len(loops) != 5:
        err(f"{len(loops)} loops, expected 5")
    per_doc = defaultdict(int)
    for l in links:
        per_doc[l["doc"]] += 1
    for d in docs:
        if per_doc[d] == 0:
            err(f"{d}: no links")

    print(f"documents: {len(docs)}  links: {n_links}  loops: {len(loops)} (graph cycles: {len(cycles)})  non_links: {n_non}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
