"""Validate this evaluation set.

Run: /work/main/.venv/bin/python check.py

Checks: documents present; every link / non-link quote occurs in its document
(PDFs: pypdf page text of the given page, whitespace-normalised; HTML: visible
text with entities decoded; md/txt: whitespace-normalised text); field rules
(relations, payer/payee, amounts, pages, duplicates); aliases cover every name
used and every alias occurs in some document; loops.json equals the simple
cycles of the payer -> payee graph (networkx) and every loop spans more than
one document.
"""
import html.parser
import json
import os
import re
import sys
from collections import defaultdict

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
PAYER_IS_SOURCE = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
ANSWER_FILES = {"links.jsonl", "non_links.jsonl", "loops.json", "aliases.json", "README.md"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(html.parser.HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        ext = name.rsplit(".", 1)[-1]
        if name in ANSWER_FILES or not os.path.isfile(path) or ext not in {"md", "txt", "html", "pdf"}:
            continue
        if ext == "pdf":
            reader = pypdf.PdfReader(path)
            docs[name] = [norm(p.extract_text() or "") for p in reader.pages]
        elif ext == "html":
            parser = VisibleText()
            parser.feed(open(path, encoding="utf-8").read())
            docs[name] = norm(" ".join(parser.parts))
        else:
            docs[name] = norm(open(path, encoding="utf-8").read())
    return docs


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    err(f"{name}:{i}: bad JSON: {exc}")
    return rows


def check_quote(docs, where, row):
    doc, quote, page = row.get("doc"), row.get("quote"), row.get("page")
    if doc not in docs:
        err(f"{where}: unknown doc {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        err(f"{where}: empty quote")
        return
    q = norm(quote)
    if doc.endswith(".pdf"):
        pages = docs[doc]
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            err(f"{where}: bad page {page!r} for {doc} ({len(pages)} pages)")
            return
        if q not in pages[page - 1]:
            found = [i + 1 for i, t in enumerate(pages) if q in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote}")
    else:
        if page is not None:
            err(f"{where}: page must be null for {doc}")
        if q not in docs[doc]:
            err(f"{where}: quote not in {doc}: {quote}")


def main():
    docs = load_docs()
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    # ---- links
    seen = set()
    names_used = set()
    for i, l in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if set(l) != LINK_FIELDS:
            err(f"{where}: fields {sorted(l)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        names_used.update([s, t])
        if r not in RELATIONS:
            err(f"{where}: bad relation {r}")
        if s == t:
            err(f"{where}: source equals target")
        for n in (s, t):
            if n not in aliases:
                err(f"{where}: {n!r} is not a key of aliases.json")
        if r == "supplies":
            want = (t, s)
        elif r in PAYER_IS_SOURCE:
            want = (s, t)
        else:
            want = (None, None)
        if (l["payer"], l["payee"]) != want:
            err(f"{where}: payer/payee {(l['payer'], l['payee'])} should be {want}")
        if l["amount"] is not None:
            if r in NO_MONEY:
                err(f"{where}: amount must be null for {r}")
            if l["amount"] not in l["quote"]:
                err(f"{where}: amount {l['amount']!r} not in quote")
        key = (l["doc"], s, r, t)
        if key in seen:
            err(f"{where}: duplicate {key}")
        seen.add(key)
        if r == "partners_with" and (l["doc"], t, r, s) in seen:
            err(f"{where}: partners_with listed in both directions")
        check_quote(docs, where, l)
    rels = {l.get("relation") for l in links}
    if rels != RELATIONS:
        err(f"relations not all covered: missing {RELATIONS - rels}")
    if not 60 <= len(links) <= 75:
        err(f"{len(links)} links, expected 60-75")

    # ---- non-links
    link_quotes = {(l["doc"], norm(l["quote"])) for l in links if "quote" in l}
    for i, n in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if set(n) != NON_LINK_FIELDS:
            err(f"{where}: fields {sorted(n)}")
            continue
        comps = n["companies"]
        if not isinstance(comps, list) or len(set(comps)) < 2:
            err(f"{where}: needs two or more companies")
        for c in comps:
            names_used.add(c)
            if c not in aliases:
                err(f"{where}: {c!r} is not a key of aliases.json")
        if (n["doc"], norm(n["quote"])) in link_quotes:
            err(f"{where}: quote is also a link quote")
        check_quote(docs, where, n)
    if len(non_links) < 20:
        err(f"only {len(non_links)} non-links")

    # ---- aliases
    all_text = " ".join(t if isinstance(t, str) else " ".join(t) for t in docs.values())
    owner = {}
    for key, names in aliases.items():
        if key not in names_used:
            err(f"aliases.json: key {key!r} is not used in links or non-links")
        if not isinstance(names, list):
            err(f"aliases.json: value for {key!r} is not a list")
            continue
        if not any(norm(x) in all_text for x in [key] + names):
            err(f"aliases.json: no name of {key!r} occurs in any document")
        for x in names:
            if norm(x) not in all_text:
                err(f"aliases.json: alias {x!r} of {key!r} occurs in no document")
            if x in owner and owner[x] != key:
                err(f"aliases.json: alias {x!r} used for {owner[x]!r} and {key!r}")
            owner[x] = key
    for x in aliases:
        if x in owner:
            err(f"aliases.json: key {x!r} is also an alias of {owner[x]!r}")

    # ---- loops
    graph = nx.DiGraph()
    edge_docs = defaultdict(set)
    for l in links:
        if l.get("payer") and l.get("payee"):
            graph.add_edge(l["payer"], l["payee"])
            edge_docs[(l["payer"], l["payee"])].add(l["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    cycles = {canon(c) for c in nx.simple_cycles(graph)}
    given = [canon(list(c)) for c in loops]
    if len(given) != len(set(given)):
        err("loops.json: duplicate loop")
    if set(given) != cycles:
        err(f"loops.json differs from simple cycles: missing {cycles - set(given)}, extra {set(given) - cycles}")
    for loop in loops:
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {loop}: {p[0]} -> {p[1]} is not a payer -> payee pair")
        if all(p in edge_docs for p in pairs):
            common = set.intersection(*(edge_docs[p] for p in pairs))
            if common:
                err(f"loop {loop}: every edge is stated in {sorted(common)}; should span several documents")
            union = set.union(*(edge_docs[p] for p in pairs))
            if len(union) < 2:
                err(f"loop {loop}: spans only {sorted(union)}")
    if len(loops) != 5:
        err(f"{len(loops)} loops, expected 5")

    print(f"documents: {len(docs)}  links: {len(links)}  non_links: {len(non_links)}  loops: {len(loops)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED ({len(errors)} errors)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
