"""Consistency checks for this evaluation set.

Run:  /work/main/.venv/bin/python check.py

Checks
  * every link / non-link quote occurs in its document
      - PDF: pypdf page text of the given page, after whitespace normalisation
      - HTML: visible text (script/style dropped, entities decoded), normalised
      - Markdown: pipe-table rows become their cells joined by single spaces
      - all texts: runs of whitespace collapsed to one space
  * field values (relations, payer/payee convention, amount occurs in quote,
    page set only for PDFs, names are keys of aliases.json, no duplicate
    (doc, source, relation, target))
  * every consecutive pair in each loop (including last -> first) is a
    payer -> payee pair in links.jsonl
  * loops.json equals the set of simple cycles of the payer -> payee graph
  * every loop spans more than one document
"""
import json
import os
import re
import sys
from html import unescape
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split())


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "h4",
             "h5", "h6", "table", "title", "body", "html", "head", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = VisibleText()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return norm(unescape("".join(p.parts)))


def md_text(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("|") and s.endswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    continue
                out.append(" ".join(c for c in cells if c))
            else:
                out.append(line)
    return norm("\n".join(out))


_cache = {}


def doc_text(doc, page=None):
    key = (doc, page)
    if key in _cache:
        return _cache[key]
    path = os.path.join(HERE, doc)
    if doc.endswith(".pdf"):
        reader = PdfReader(path)
        if page is None or not (1 <= page <= len(reader.pages)):
            raise ValueError(f"bad page {page} for {doc}")
        text = norm(reader.pages[page - 1].extract_text())
    elif doc.endswith(".html"):
        text = html_text(path)
    elif doc.endswith(".md"):
        text = md_text(path)
    else:
        with open(path, encoding="utf-8") as f:
            text = norm(f.read())
    _cache[key] = text
    return text


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                rows.append((i, json.loads(line)))
    return rows


def check_quote(where, doc, quote, page):
    if not os.path.exists(os.path.join(HERE, doc)):
        err(f"{where}: document {doc} missing")
        return
    if doc.endswith(".pdf"):
        if not isinstance(page, int):
            err(f"{where}: PDF quote needs an integer page")
            return
    elif page is not None:
        err(f"{where}: page must be null for non-PDF documents")
    try:
        text = doc_text(doc, page if doc.endswith(".pdf") else None)
    except ValueError as e:
        err(f"{where}: {e}")
        return
    if norm(quote) != quote:
        err(f"{where}: quote has irregular whitespace")
    if norm(quote) not in text:
        err(f"{where}: quote not found in {doc} p{page}: {quote[:80]}")


def main():
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)
    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")
    docs = sorted(fn for fn in os.listdir(HERE)
                  if fn.endswith((".md", ".txt", ".html", ".pdf")) and fn != "README.md")

    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    seen = set()
    edges = {}  # (payer, payee) -> set of docs
    for i, l in links:
        where = f"links.jsonl:{i}"
        if set(l) != fields:
            err(f"{where}: fields {sorted(l)}")
            continue
        if l["doc"] not in docs:
            err(f"{where}: unknown doc {l['doc']}")
        rel = l["relation"]
        if rel not in RELATIONS:
            err(f"{where}: bad relation {rel}")
        for k in ("source", "target"):
            if l[k] not in aliases:
                err(f"{where}: {k} {l[k]!r} not in aliases.json")
        if l["source"] == l["target"]:
            err(f"{where}: self link")
        if rel == "supplies":
            exp = (l["target"], l["source"])
        elif rel in SOURCE_PAYS:
            exp = (l["source"], l["target"])
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{where}: payer/payee {(l['payer'], l['payee'])} expected {exp}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{where}: amount {l['amount']!r} not in quote")
        key = (l["doc"], l["source"], rel, l["target"])
        if rel == "partners_with":
            key = (l["doc"], tuple(sorted((l["source"], l["target"]))), rel)
        if key in seen:
            err(f"{where}: duplicate {key}")
        seen.add(key)
        check_quote(where, l["doc"], l["quote"], l["page"])
        if l["payer"] is not None:
            edges.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    for i, n in non_links:
        where = f"non_links.jsonl:{i}"
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"{where}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{where}: needs two or more companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{where}: company {c!r} not in aliases.json")
        check_quote(where, n["doc"], n["quote"], n["page"])
        for _, l in links:
            if l["doc"] == n["doc"] and l["quote"] == n["quote"]:
                err(f"{where}: quote is also a link quote")

    # loops
    G = nx.DiGraph()
    G.add_edges_from(edges)

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    graph_cycles = {canon(list(c)) for c in nx.simple_cycles(G)}
    listed = set()
    for j, loop in enumerate(loops):
        c = canon(list(loop))
        if c in listed:
            err(f"loops.json[{j}]: duplicate loop")
        listed.add(c)
        docs_in_loop = set()
        for a, b in zip(loop, loop[1:] + loop[:1]):
            if (a, b) not in edges:
                err(f"loops.json[{j}]: {a} -> {b} is not a payer -> payee pair")
            else:
                docs_in_loop |= edges[(a, b)]
        if len(docs_in_loop) < 2:
            err(f"loops.json[{j}]: loop lies within a single document")
    for c in sorted(graph_cycles - listed):
        err(f"cycle missing from loops.json: {list(c)}")
    for c in sorted(listed - graph_cycles):
        err(f"loop in loops.json is not a simple cycle of the graph: {list(c)}")

    print(f"documents: {len(docs)}  links: {len(links)}  non_links: {len(non_links)}  "
          f"loops: {len(loops)}  graph cycles: {len(graph_cycles)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED ({len(errors)} errors)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
