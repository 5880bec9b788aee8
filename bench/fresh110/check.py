"""Validate this evaluation set.

Run with: /work/main/.venv/bin/python check.py

Checks
- every document file listed in README.md exists and there are 8 of them;
- links.jsonl: fields, relation vocabulary, payer/payee rules, amount occurs in the quote,
  page set for PDFs only, names are keys of aliases.json, no duplicate (source, relation,
  target) within a document, partners_with listed once per pair, quote occurs in the
  document (PDF: pypdf page text of the given page; HTML: visible text with entities
  decoded; tables: cells joined by single spaces), all after whitespace normalisation;
- non_links.jsonl: fields, at least two companies, quote occurs in the document;
- loops.json equals the set of simple cycles of the payer -> payee graph (networkx),
  every consecutive pair is a payer -> payee pair, and no loop lies inside one document.
"""
import html
import json
import os
import re
import sys
from collections import defaultdict

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
MONEY_SOURCE_PAYS = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
DOCS = [
    "01_Corvane_earnings_call.md",
    "02_Brightmoor_10-K.pdf",
    "03_Tesselate_news.html",
    "04_Xinhuitong_announcement.pdf",
    "05_Conlink_HKEX_announcement.txt",
    "06_Hongkai_MOPS_material_info.txt",
    "07_Kessrow_fund_letter.md",
    "08_Quillon_S-1.html",
]

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def table_rows_md(raw):
    rows = []
    for line in raw.splitlines():
        line = line.strip()
        if line.startswith("|") and line.endswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            rows.append(" ".join(cells))
    return rows


def load_texts():
    """doc -> {page or None: normalised searchable text}"""
    texts = {}
    for doc in DOCS:
        path = os.path.join(HERE, doc)
        if not os.path.exists(path):
            err(f"missing document {doc}")
            continue
        if doc.endswith(".pdf"):
            reader = PdfReader(path)
            texts[doc] = {i + 1: norm(p.extract_text() or "") for i, p in enumerate(reader.pages)}
        elif doc.endswith(".html"):
            raw = open(path, encoding="utf-8").read()
            body = re.search(r"<body[^>]*>(.*)</body>", raw, re.S).group(1)
            body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
            visible = html.unescape(re.sub(r"<[^>]+>", " ", body))
            texts[doc] = {None: norm(visible)}
        else:
            raw = open(path, encoding="utf-8").read()
            parts = [norm(raw)] + [norm(r) for r in table_rows_md(raw)]
            texts[doc] = {None: "\n".join(parts)}
    return texts


def quote_found(texts, doc, page, quote):
    if doc not in texts:
        return False
    q = norm(quote)
    if doc.endswith(".pdf"):
        return page in texts[doc] and q in texts[doc][page]
    return q in texts[doc][None]


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{n}: bad JSON ({e})")
    return rows


def canon(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for doc in DOCS:
        if doc not in readme:
            err(f"README.md does not describe {doc}")
    texts = load_texts()
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    seen = set()
    pairs_partner = set()
    fields = {"doc", "source", "target", "relation", "payer", "payee", "amount", "page", "quote"}
    for n, l in enumerate(links, 1):
        tag = f"links.jsonl:{n}"
        if set(l) != fields:
            err(f"{tag}: fields {sorted(l)}")
            continue
        s, r, t, doc = l["source"], l["relation"], l["target"], l["doc"]
        if doc not in DOCS:
            err(f"{tag}: unknown doc {doc}")
        if r not in RELATIONS:
            err(f"{tag}: bad relation {r}")
        for name in (s, t):
            if name not in aliases:
                err(f"{tag}: {name} is not a key of aliases.json")
        if s == t:
            err(f"{tag}: self link")
        if r == "supplies":
            want = (t, s)
        elif r in MONEY_SOURCE_PAYS:
            want = (s, t)
        else:
            want = (None, None)
        if (l["payer"], l["payee"]) != want:
            err(f"{tag}: payer/payee {l['payer']}->{l['payee']} should be {want}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{tag}: amount {l['amount']!r} not in quote")
        if doc.endswith(".pdf") != (l["page"] is not None):
            err(f"{tag}: page must be set for PDFs only")
        key = (doc, s, r, t)
        if key in seen:
            err(f"{tag}: duplicate {key}")
        seen.add(key)
        if r == "partners_with":
            pk = (doc, frozenset((s, t)))
            if pk in pairs_partner:
                err(f"{tag}: partners_with pair listed twice")
            pairs_partner.add(pk)
        if not quote_found(texts, doc, l["page"], l["quote"]):
            err(f"{tag}: quote not found in {doc} (page {l['page']}): {l['quote'][:70]}")

    for n, x in enumerate(non_links, 1):
        tag = f"non_links.jsonl:{n}"
        if set(x) != {"doc", "quote", "companies", "page"}:
            err(f"{tag}: fields {sorted(x)}")
            continue
        if len(set(x["companies"])) < 2:
            err(f"{tag}: fewer than two companies")
        for c in x["companies"]:
            if c not in aliases:
                err(f"{tag}: {c} is not a key of aliases.json")
        if x["doc"].endswith(".pdf") != (x["page"] is not None):
            err(f"{tag}: page must be set for PDFs only")
        if not quote_found(texts, x["doc"], x["page"], x["quote"]):
            err(f"{tag}: quote not found in {x['doc']}: {x['quote'][:70]}")

    # money graph
    g = nx.DiGraph()
    edge_docs = defaultdict(set)
    for l in links:
        if l.get("payer") and l.get("payee"):
            g.add_edge(l["payer"], l["payee"])
            edge_docs[(l["payer"], l["payee"])].add(l["doc"])
    cycles = {canon(c) for c in nx.simple_cycles(g)}
    declared = set()
    for loop in loops:
        c = canon(list(loop))
        if c in declared:
            err(f"loops.json: duplicate loop {loop}")
        declared.add(c)
        edges = [(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))]
        for e in edges:
            if not g.has_edge(*e):
                err(f"loops.json: {e[0]} -> {e[1]} is not a payer -> payee pair")
        common = set(DOCS)
        for e in edges:
            common &= edge_docs.get(e, set())
        if common:
            err(f"loops.json: loop {loop} lies entirely inside {sorted(common)}")
    if declared != cycles:
        err(f"loops.json differs from simple cycles: missing {sorted(cycles - declared)}, "
            f"extra {sorted(declared - cycles)}")

    n_docs = sum(1 for d in DOCS if os.path.exists(os.path.join(HERE, d)))
    n_pdf = sum(1 for d in DOCS if d.endswith(".pdf"))
    if n_docs != 8:
        err(f"expected 8 documents, found {n_docs}")
    if n_pdf < 2:
        err("expected at least 2 PDF documents")
    if not 60 <= len(links) <= 75:
        err(f"links: {len(links)} (want 60-75)")
    if len(loops) != 5:
        err(f"loops: {len(loops)} (want 5)")
    if len(non_links) < 20:
        err(f"non_links: {len(non_links)} (want 20+)")

    print(f"documents={n_docs} links={len(links)} loops={len(loops)} non_links={len(non_links)} "
          f"simple_cycles={len(cycles)}")
    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
