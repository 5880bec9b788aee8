"""Self-check for this evaluation set.

Run:  /work/main/.venv/bin/python check.py

Checks that
  * every quote in links.jsonl and non_links.jsonl occurs in its document
    (PDF: pypdf text of the given page; HTML: visible text with entities decoded;
     .md/.txt: the file text), after whitespace normalisation;
  * link fields are well formed (relations, payer/payee, amounts, pages, aliases keys,
    one (source, relation, target) per document);
  * every consecutive pair in each loop (including last -> first) is a payer -> payee pair;
  * loops.json equals the set of simple cycles of the payer -> payee graph (networkx),
    and every loop spans more than one document.
"""
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
BLOCK = {"p", "br", "div", "td", "th", "tr", "table", "li", "ul", "ol", "hr", "h1", "h2",
         "h3", "h4", "h5", "h6", "body", "html", "title", "head"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


_cache = {}


def doc_text(doc, page):
    key = (doc, page)
    if key in _cache:
        return _cache[key]
    path = os.path.join(HERE, doc)
    if doc.endswith(".pdf"):
        reader = PdfReader(path)
        text = reader.pages[page - 1].extract_text()
    elif doc.endswith(".html"):
        p = Visible()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        text = "".join(p.parts)
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    _cache[key] = norm(text)
    return _cache[key]


def load_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    errors = []
    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    docs = sorted(d for d in os.listdir(HERE)
                  if d.endswith((".md", ".txt", ".html", ".pdf")) and d != "README.md")

    def check_quote(kind, i, rec):
        doc, page = rec["doc"], rec.get("page")
        if doc not in docs:
            errors.append(f"{kind}[{i}]: unknown doc {doc}")
            return
        if doc.endswith(".pdf"):
            if not isinstance(page, int):
                errors.append(f"{kind}[{i}]: PDF quote needs a page")
                return
        elif page is not None:
            errors.append(f"{kind}[{i}]: page must be null for {doc}")
        if norm(rec["quote"]) not in doc_text(doc, page or 1):
            errors.append(f"{kind}[{i}]: quote not found in {doc} p{page}: {rec['quote'][:80]}")

    seen = set()
    for i, l in enumerate(links):
        check_quote("link", i, l)
        rel = l["relation"]
        if rel not in RELATIONS:
            errors.append(f"link[{i}]: bad relation {rel}")
        for k in ("source", "target"):
            if l[k] not in aliases:
                errors.append(f"link[{i}]: {l[k]} not in aliases.json")
        if rel == "supplies":
            exp = (l["target"], l["source"])
        elif rel in MONEY:
            exp = (l["source"], l["target"])
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            errors.append(f"link[{i}]: payer/payee {l['payer']}->{l['payee']} expected {exp}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            errors.append(f"link[{i}]: amount {l['amount']} not in quote")
        key = (l["doc"], l["source"], rel, l["target"])
        if rel == "partners_with":
            key = (l["doc"], rel) + tuple(sorted((l["source"], l["target"])))
        if key in seen:
            errors.append(f"link[{i}]: duplicate {key}")
        seen.add(key)

    for i, n in enumerate(non_links):
        check_quote("non_link", i, n)
        if len(n["companies"]) < 2:
            errors.append(f"non_link[{i}]: needs two or more companies")

    # payer -> payee graph
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    for loop in loops:
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        for a, b in pairs:
            if not g.has_edge(a, b):
                errors.append(f"loop {loop}: {a} -> {b} is not a payer->payee pair")
        span = set().union(*(edge_docs.get(p, set()) for p in pairs))
        if len(span) < 2:
            errors.append(f"loop {loop}: spans only {span}")

    cycles = {canon(c) for c in nx.simple_cycles(g)}
    listed = {canon(l) for l in loops}
    if len(listed) != len(loops):
        errors.append("loops.json has duplicate loops")
    if cycles != listed:
        errors.append(f"loops mismatch: missing {sorted(cycles - listed)}, extra {sorted(listed - cycles)}")

    link_docs = {l["doc"] for l in links}
    print(f"documents: {len(docs)} (with links: {len(link_docs)})")
    print(f"links: {len(links)}  non_links: {len(non_links)}  loops: {len(loops)}  cycles in graph: {len(cycles)}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
