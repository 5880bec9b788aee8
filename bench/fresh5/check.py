#!/usr/bin/env python
"""Consistency checks for this evaluation set.

    /work/main/.venv/bin/python check.py

Exits non-zero (and lists every problem) if any check fails:
  * every link / non-link quote occurs in its document (PDFs page by page,
    via pypdf; HTML as visible text with entities decoded; whitespace
    collapsed on both sides);
  * relations are in the vocabulary; payer/payee follow the relation rule;
  * amounts occur inside their quotes; pages given exactly for PDFs;
  * no (source, relation, target) twice in one document (partners_with is
    treated as unordered);
  * all short names are keys of aliases.json and every alias occurs in some
    document;
  * every loop is a chain of payer->payee links, spans more than one document
    and cannot be closed inside a single document;
  * loops.json equals exactly the simple cycles of the payer->payee graph.
"""
import collections
import html.parser
import json
import os
import re
import sys

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
DOCS = [
    "01_news_quillon_aperture.md",
    "02_lumenfield_q3_2025_call.txt",
    "03_quillon_8k_lumenfield_supply.html",
    "04_quillon_10k_2025_excerpt.pdf",
    "05_cn_news_compute_loop.txt",
    "06_cn_announcement_credit_guarantee.md",
    "07_cn_annual_report_summary.pdf",
    "08_newsletter_compute_ledger.md",
]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class VisibleText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "td", "th", "tr", "table", "thead", "tbody", "li", "ul", "ol",
             "h1", "h2", "h3", "h4", "h5", "h6", "nav", "header", "footer", "main", "section",
             "article", "title", "button", "a"}
    HIDDEN = {"script", "style", "head", "noscript", "template"}

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
    texts, pages = {}, {}
    for name in DOCS:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            err(f"missing document {name}")
            continue
        if name.endswith(".pdf"):
            reader = pypdf.PdfReader(path)
            pages[name] = [norm(p.extract_text() or "") for p in reader.pages]
            texts[name] = " ".join(pages[name])
        elif name.endswith(".html"):
            parser = VisibleText()
            parser.feed(open(path, encoding="utf-8").read())
            texts[name] = norm("".join(parser.parts))
        else:
            texts[name] = norm(open(path, encoding="utf-8").read())
    return texts, pages


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


def check_quote(where, doc, quote, page, texts, pages):
    if doc not in texts:
        err(f"{where}: unknown document {doc!r}")
        return
    q = norm(quote)
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(pages[doc]):
            err(f"{where}: PDF quote needs a valid 1-based page, got {page!r}")
            return
        if q not in pages[doc][page - 1]:
            found = [i + 1 for i, t in enumerate(pages[doc]) if q in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote[:80]!r}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF documents")
        if q not in texts[doc]:
            err(f"{where}: quote not found in {doc}: {quote[:80]!r}")


def canon_cycle(cycle):
    cycle = list(cycle)
    i = min(range(len(cycle)), key=lambda k: cycle[k])
    return tuple(cycle[i:] + cycle[:i])


def main():
    texts, pages = load_docs()
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    # aliases -----------------------------------------------------------------
    all_text = "\n".join(texts.values())
    seen_alias = {}
    for key, names in aliases.items():
        if not names:
            err(f"aliases: {key!r} has no names")
        for a in names:
            if norm(a) not in all_text:
                err(f"aliases: {a!r} (for {key!r}) occurs in no document")
            if a in seen_alias and seen_alias[a] != key:
                err(f"aliases: {a!r} listed under both {seen_alias[a]!r} and {key!r}")
            seen_alias[a] = key

    def mentioned(key, doc):
        return any(norm(a) in texts.get(doc, "") for a in aliases.get(key, []))

    # links -------------------------------------------------------------------
    fields = {"doc", "source", "target", "relation", "payer", "payee", "amount", "page", "quote"}
    seen = set()
    per_doc = collections.Counter()
    per_rel = collections.Counter()
    for i, l in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if set(l) != fields:
            err(f"{where}: fields {sorted(l)} != {sorted(fields)}")
            continue
        rel, s, t, doc = l["relation"], l["source"], l["target"], l["doc"]
        if rel not in RELATIONS:
            err(f"{where}: unknown relation {rel!r}")
        for who in (s, t):
            if who not in aliases:
                err(f"{where}: {who!r} is not a key of aliases.json")
            elif doc in texts and not mentioned(who, doc):
                err(f"{where}: no alias of {who!r} occurs in {doc}")
        if s == t:
            err(f"{where}: source equals target")
        if rel in SOURCE_PAYS:
            want = (s, t)
        elif rel == "supplies":
            want = (t, s)
        else:
            want = (None, None)
        if (l["payer"], l["payee"]) != want:
            err(f"{where}: payer/payee {(l['payer'], l['payee'])} should be {want} for {rel}")
        if l["amount"] is not None:
            if not isinstance(l["amount"], str) or norm(l["amount"]) not in norm(l["quote"]):
                err(f"{where}: amount {l['amount']!r} does not occur in quote")
            if rel in NO_MONEY:
                err(f"{where}: {rel} link should not carry an amount")
        check_quote(where, doc, l["quote"], l["page"], texts, pages)
        key = (doc, rel) + ((tuple(sorted((s, t))),) if rel == "partners_with" else (s, t))
        if key in seen:
            err(f"{where}: duplicate link in {doc}: {s} {rel} {t}")
        seen.add(key)
        per_doc[doc] += 1
        per_rel[rel] += 1

    for doc in DOCS:
        if per_doc[doc] == 0:
            err(f"{doc}: no links")
    missing_rel = RELATIONS - set(per_rel)
    if missing_rel:
        err(f"relations not represented: {sorted(missing_rel)}")

    # non-links ---------------------------------------------------------------
    nl_fields = {"doc", "quote", "companies", "page"}
    for i, n in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if set(n) != nl_fields:
            err(f"{where}: fields {sorted(n)} != {sorted(nl_fields)}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{where}: a non-link needs two or more companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{where}: {c!r} is not a key of aliases.json")
        check_quote(where, n["doc"], n["quote"], n["page"], texts, pages)
        for j, l in enumerate(links, 1):
            if l["doc"] == n["doc"] and norm(l["quote"]) == norm(n["quote"]):
                err(f"{where}: same sentence is the quote of link {j}")

    # money graph and loops -----------------------------------------------------
    edge_docs = collections.defaultdict(set)
    for l in links:
        if l["payer"] is not None:
            edge_docs[(l["payer"], l["payee"])].add(l["doc"])
    graph = nx.DiGraph()
    graph.add_edges_from(edge_docs)
    cycles = {canon_cycle(c) for c in nx.simple_cycles(graph)}
    declared = set()
    for k, loop in enumerate(loops, 1):
        where = f"loops.json[{k}]"
        if len(loop) < 2 or len(set(loop)) != len(loop):
            err(f"{where}: a loop needs two or more distinct companies: {loop}")
            continue
        pairs = [(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))]
        missing = [p for p in pairs if p not in edge_docs]
        if missing:
            err(f"{where}: no payer->payee link for {missing}")
            continue
        union = set().union(*(edge_docs[p] for p in pairs))
        if len(union) < 2:
            err(f"{where}: loop lies within one document {union}")
        closing_docs = set.intersection(*(edge_docs[p] for p in pairs))
        if closing_docs:
            err(f"{where}: loop can be closed inside a single document: {sorted(closing_docs)}")
        c = canon_cycle(loop)
        if c in declared:
            err(f"{where}: duplicate loop")
        declared.add(c)
    for c in sorted(cycles - declared):
        err(f"money graph has a cycle missing from loops.json: {list(c)}")
    for c in sorted(declared - cycles):
        err(f"loops.json lists a loop that is not a simple cycle of the money graph: {list(c)}")

    # report ------------------------------------------------------------------
    print(f"links: {len(links)}")
    for doc in DOCS:
        print(f"  {doc}: {per_doc[doc]}")
    print("by relation: " + ", ".join(f"{r}={per_rel[r]}" for r in sorted(RELATIONS)))
    print(f"non-links: {len(non_links)}   loops: {len(loops)}   companies: {len(aliases)}")
    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
