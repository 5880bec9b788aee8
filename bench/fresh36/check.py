#!/usr/bin/env python3
"""Validate this evaluation set (see ../FORMAT.md).

Run: /work/main/.venv/bin/python check.py
Checks answer-file structure, that every quote occurs in its document (PDFs via pypdf page
text, HTML via visible text with entities decoded, Markdown tables as cells joined by single
spaces, all after whitespace normalisation), and that loops.json is exactly the set of simple
cycles of the payer -> payee graph built from links.jsonl (networkx).
"""
import html
import json
import os
import re
import sys
from collections import Counter

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
FORWARD = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
DOC_EXT = (".md", ".txt", ".html", ".pdf")
NON_DOCS = {"README.md"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split())


def md_text(raw):
    out = []
    for line in raw.splitlines():
        st = line.strip()
        if st.startswith("|") and st.endswith("|"):
            cells = [c.strip() for c in st.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            out.append(" ".join(c for c in cells if c))
        else:
            out.append(line)
    return "\n".join(out)


def html_text(raw):
    raw = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(DOC_EXT) or name in NON_DOCS:
            continue
        path = os.path.join(HERE, name)
        if name.endswith(".pdf"):
            reader = pypdf.PdfReader(path)
            docs[name] = {i + 1: norm(p.extract_text() or "") for i, p in enumerate(reader.pages)}
        else:
            raw = open(path, encoding="utf-8").read()
            if name.endswith(".md"):
                text = norm(raw) + " \n " + norm(md_text(raw))
            elif name.endswith(".html"):
                text = norm(html_text(raw))
            else:
                text = norm(raw)
            docs[name] = {None: text}
    return docs


def quote_ok(docs, doc, page, quote, where):
    if doc not in docs:
        err(f"{where}: unknown doc {doc!r}")
        return
    q = norm(quote)
    if not q:
        err(f"{where}: empty quote")
        return
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or page not in docs[doc]:
            err(f"{where}: PDF quote needs a valid page, got {page!r}")
            return
        if q not in docs[doc][page]:
            other = [p for p, t in docs[doc].items() if q in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {other}): {quote[:70]!r}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF {doc}")
        if q not in docs[doc][None]:
            err(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def main():
    docs = load_docs()
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")
    pdfs = [d for d in docs if d.endswith(".pdf")]
    if len(pdfs) < 2:
        err("need at least 2 PDF documents")
    if pdfs and not os.path.exists(os.path.join(HERE, "build_pdfs.py")):
        err("build_pdfs.py missing")

    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    all_text = " ".join(t for pages in docs.values() for t in pages.values())
    for key, vals in aliases.items():
        if not isinstance(vals, list):
            err(f"aliases[{key}] must be a list")
            continue
        for v in vals:
            if norm(v) not in all_text:
                err(f"alias {v!r} of {key} does not occur in any document")

    # ---------------- links ----------------
    links = []
    with open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                links.append((n, json.loads(line)))
    fields = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
    seen = set()
    used_names = set()
    for n, l in links:
        where = f"links.jsonl:{n}"
        if sorted(l) != sorted(fields):
            err(f"{where}: fields {sorted(l)}")
            continue
        rel, s, t = l["relation"], l["source"], l["target"]
        if rel not in RELATIONS:
            err(f"{where}: bad relation {rel}")
        if s == t:
            err(f"{where}: self link")
        for name in (s, t):
            used_names.add(name)
            if name not in aliases:
                err(f"{where}: {name!r} not a key of aliases.json")
        if rel in FORWARD:
            exp = (s, t)
        elif rel == "supplies":
            exp = (t, s)
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{where}: payer/payee {(l['payer'], l['payee'])} expected {exp}")
        if l["amount"] is not None and norm(l["amount"]) not in norm(l["quote"]):
            err(f"{where}: amount {l['amount']!r} not in quote")
        key = (l["doc"], rel) + (tuple(sorted((s, t))) if rel == "partners_with" else (s, t))
        if key in seen:
            err(f"{where}: duplicate link {key}")
        seen.add(key)
        quote_ok(docs, l["doc"], l["page"], l["quote"], where)
    for d in docs:
        if not any(l["doc"] == d for _, l in links):
            err(f"document {d} has no links")
    extra_alias = set(aliases) - used_names
    if extra_alias:
        err(f"aliases.json keys not used in links: {sorted(extra_alias)}")
    if not 60 <= len(links) <= 75:
        err(f"links: {len(links)} (expected 60-75)")

    # ---------------- non_links ----------------
    nonlinks = []
    with open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                nonlinks.append((n, json.loads(line)))
    link_quotes = {(l["doc"], norm(l["quote"])) for _, l in links}
    for n, nl in nonlinks:
        where = f"non_links.jsonl:{n}"
        if sorted(nl) != sorted(["doc", "quote", "companies", "page"]):
            err(f"{where}: fields {sorted(nl)}")
            continue
        if not isinstance(nl["companies"], list) or len(set(nl["companies"])) < 2:
            err(f"{where}: needs two or more companies")
        if (nl["doc"], norm(nl["quote"])) in link_quotes:
            err(f"{where}: quote is also a link quote")
        quote_ok(docs, nl["doc"], nl["page"], nl["quote"], where)
    if len(nonlinks) < 20:
        err(f"non_links: {len(nonlinks)} (expected 20+)")

    # ---------------- loops ----------------
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    g = nx.DiGraph()
    edge_docs = {}
    for _, l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cyc):
        i = cyc.index(min(cyc))
        return tuple(cyc[i:] + cyc[:i])

    found = {canon(list(c)) for c in nx.simple_cycles(g)}
    given = set()
    for i, loop in enumerate(loops):
        if len(loop) < 2 or len(set(loop)) != len(loop):
            err(f"loop {i}: malformed {loop}")
            continue
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        for a, b in pairs:
            if (a, b) not in edge_docs:
                err(f"loop {i}: {a} -> {b} is not a payer -> payee pair in links")
        if all((a, b) in edge_docs for a, b in pairs):
            if any(all(d in edge_docs[p] for p in pairs) for d in docs):
                err(f"loop {i}: entirely contained in a single document")
            if len(set().union(*(edge_docs[p] for p in pairs))) < 2:
                err(f"loop {i}: spans only one document")
        c = canon(loop)
        if c in given:
            err(f"loop {i}: duplicate")
        given.add(c)
    if found != given:
        for c in sorted(found - given):
            err(f"cycle in graph missing from loops.json: {list(c)}")
        for c in sorted(given - found):
            err(f"loop in loops.json is not a cycle of the graph: {list(c)}")
    if len(loops) != 5:
        err(f"loops: {len(loops)} (expected exactly 5)")

    rel_counts = Counter(l["relation"] for _, l in links)
    print(f"documents={len(docs)} links={len(links)} non_links={len(nonlinks)} loops={len(loops)}")
    print("relations:", dict(sorted(rel_counts.items())))
    print("links per doc:", dict(Counter(l['doc'] for _, l in links)))
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
