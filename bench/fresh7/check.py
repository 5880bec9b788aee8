"""Consistency checks for this evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits non-zero and prints every problem found; prints "OK" when all checks pass.
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
NO_MONEY = {"partners_with", "subsidiary_of"}
DOC_EXT = (".html", ".md", ".txt", ".pdf")
ANSWER_FILES = {"links.jsonl", "non_links.jsonl", "loops.json", "aliases.json", "README.md"}

problems = []


def fail(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    """Visible text of an HTML page (body only, no script/style), entities decoded."""

    SKIP = {"script", "style", "head", "title", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_skip = 0
        self.chunks = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth_skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth_skip:
            self.depth_skip -= 1

    def handle_data(self, data):
        if not self.depth_skip:
            self.chunks.append(data)


def html_texts(path):
    p = Visible()
    with open(path, encoding="utf-8") as fh:
        p.feed(fh.read())
    # Check under two joinings of text nodes: with a space and with nothing.
    return [norm(" ".join(p.chunks)), norm("".join(p.chunks))]


def md_texts(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    lines = []
    for line in raw.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return [norm("\n".join(lines))]


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not name.endswith(DOC_EXT) or name in ANSWER_FILES:
            continue
        if name.endswith(".pdf"):
            reader = pypdf.PdfReader(path)
            docs[name] = {"pages": [norm(pg.extract_text() or "") for pg in reader.pages]}
        elif name.endswith(".html"):
            docs[name] = {"texts": html_texts(path)}
        else:
            docs[name] = {"texts": md_texts(path)}
    return docs


def quote_ok(docs, doc, quote, page, where):
    if doc not in docs:
        fail(f"{where}: unknown doc {doc!r}")
        return
    d = docs[doc]
    q = norm(quote)
    if not q:
        fail(f"{where}: empty quote")
        return
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not (1 <= page <= len(d["pages"])):
            fail(f"{where}: PDF needs a valid 1-based page, got {page!r}")
            return
        if q not in d["pages"][page - 1]:
            other = [i + 1 for i, t in enumerate(d["pages"]) if q in t]
            fail(f"{where}: quote not on page {page} of {doc} (found on {other}): {quote[:80]}")
    else:
        if page is not None:
            fail(f"{where}: page must be null for non-PDF {doc}")
        for t in d["texts"]:
            if q not in t:
                fail(f"{where}: quote not found in {doc}: {quote[:80]}")
                break


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                rows.append((i, json.loads(line)))
    return rows


def main():
    docs = load_docs()
    if len(docs) != 8:
        fail(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as fh:
        aliases = json.load(fh)
    all_text = " ".join(t for d in docs.values() for t in d.get("texts", []) + d.get("pages", []))

    # aliases: every alias appears in some document; every key or one of its aliases appears
    for key, names in aliases.items():
        if not isinstance(names, list):
            fail(f"aliases[{key}] must be a list")
            continue
        for n in names:
            if n not in all_text:
                fail(f"alias {n!r} of {key!r} not found in any document")
        if key not in all_text and not any(n in all_text for n in names):
            fail(f"company {key!r} not found in any document under any name")

    # links
    links = read_jsonl("links.jsonl")
    seen = set()
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    for ln, l in links:
        where = f"links.jsonl:{ln}"
        if set(l) != fields:
            fail(f"{where}: fields {sorted(l)} != {sorted(fields)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        for c in (s, t):
            if c not in aliases:
                fail(f"{where}: short name {c!r} not in aliases.json")
        if s == t:
            fail(f"{where}: source equals target")
        if r not in RELATIONS:
            fail(f"{where}: bad relation {r!r}")
        elif r in NO_MONEY:
            if l["payer"] is not None or l["payee"] is not None:
                fail(f"{where}: payer/payee must be null for {r}")
            if l["amount"] is not None and r == "subsidiary_of":
                fail(f"{where}: subsidiary_of should carry no amount")
        elif r in SOURCE_PAYS:
            if (l["payer"], l["payee"]) != (s, t):
                fail(f"{where}: for {r} payer/payee must be source/target")
        elif r == "supplies":
            if (l["payer"], l["payee"]) != (t, s):
                fail(f"{where}: for supplies payer/payee must be target/source")
        key = (l["doc"], s, r, t)
        if key in seen:
            fail(f"{where}: duplicate {key}")
        seen.add(key)
        if r == "partners_with" and (l["doc"], t, r, s) in seen:
            fail(f"{where}: partners_with listed in both directions")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            fail(f"{where}: amount {l['amount']!r} not in quote")
        quote_ok(docs, l["doc"], l["quote"], l["page"], where)

    # non-links
    nonlinks = read_jsonl("non_links.jsonl")
    link_quotes = {(l["doc"], norm(l["quote"])) for _, l in links}
    for ln, n in nonlinks:
        where = f"non_links.jsonl:{ln}"
        if set(n) != {"doc", "quote", "companies", "page"}:
            fail(f"{where}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            fail(f"{where}: needs two or more companies")
        for c in n["companies"]:
            if c not in aliases:
                fail(f"{where}: short name {c!r} not in aliases.json")
        if (n["doc"], norm(n["quote"])) in link_quotes:
            fail(f"{where}: quote is also a link quote")
        quote_ok(docs, n["doc"], n["quote"], n["page"], where)

    # loops
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as fh:
        loops = json.load(fh)
    g = nx.DiGraph()
    edge_docs = {}
    for _, l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        i = cycle.index(min(cycle))
        return tuple(cycle[i:] + cycle[:i])

    expected = {canon(list(c)) for c in nx.simple_cycles(g)}
    given = [canon(list(c)) for c in loops]
    if len(given) != len(set(given)):
        fail("loops.json has duplicate loops")
    if set(given) != expected:
        fail(f"loops.json differs from simple cycles.\n  missing: {expected - set(given)}\n  extra: {set(given) - expected}")
    for loop in loops:
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        for a, b in pairs:
            if (a, b) not in edge_docs:
                fail(f"loop {loop}: {a} -> {b} is not a payer -> payee pair")
        docs_in_loop = set().union(*(edge_docs.get(p, set()) for p in pairs))
        if len(docs_in_loop) < 2:
            fail(f"loop {loop} spans fewer than two documents")

    print(f"documents: {len(docs)}  links: {len(links)}  non-links: {len(nonlinks)}  loops: {len(loops)}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
