"""Validate this evaluation set.

Run: /work/main/.venv/bin/python check.py

Checks
- 8 documents exist; links.jsonl / non_links.jsonl / loops.json / aliases.json are well formed
- every quote occurs in its document (txt/md: whitespace-normalised text; html: visible text with
  entities decoded, cells separated by spaces; pdf: pypdf page text of the given page, whitespace-normalised)
- relation, payer/payee, amount and page fields follow FORMAT.md
- no duplicate (doc, source, relation, target); partners_with listed once per pair
- link counts, relation coverage, non_link count
- loops.json equals the set of simple cycles of the payer -> payee graph (networkx), each loop's
  consecutive pairs are payer -> payee pairs, and no single document holds all edges of a loop
- aliases.json covers every short name used; every alias occurs in at least one document
- non_link quotes are not also link quotes in the same document
"""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = [
    "news_quillmind_round.md",
    "news_yunshu_zh.md",
    "kestrel_q4_2025_call.txt",
    "lanlight_acquisition_announcement.txt",
    "veridian_10q_excerpt.html",
    "ironpeak_annual_report_2025.pdf",
    "crystavault_annual_report_2025.pdf",
    "kestrel_gpu_financing_announcement.txt",
]
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    SKIP = {"head", "style", "script", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_texts():
    texts = {}   # doc -> normalised full text
    pages = {}   # pdf doc -> list of normalised page texts
    for d in DOCS:
        p = os.path.join(HERE, d)
        if not os.path.exists(p):
            err(f"missing document {d}")
            continue
        if d.endswith(".pdf"):
            pg = [norm(pg.extract_text() or "") for pg in PdfReader(p).pages]
            pages[d] = pg
            texts[d] = " ".join(pg)
        elif d.endswith(".html"):
            v = Visible()
            v.feed(open(p, encoding="utf-8").read())
            texts[d] = norm("".join(v.parts))
        else:
            texts[d] = norm(open(p, encoding="utf-8").read())
    return texts, pages


def quote_ok(rec, texts, pages, what):
    d, q, page = rec["doc"], norm(rec["quote"]), rec.get("page")
    if d not in texts:
        err(f"{what}: unknown doc {d}")
        return
    if d.endswith(".pdf"):
        if not isinstance(page, int) or not (1 <= page <= len(pages[d])):
            err(f"{what}: bad page {page} for {d}")
            return
        if q not in pages[d][page - 1]:
            err(f"{what}: quote not on page {page} of {d}: {q[:80]}")
    else:
        if page is not None:
            err(f"{what}: page must be null for {d}")
        if q not in texts[d]:
            err(f"{what}: quote not in {d}: {q[:80]}")


def main():
    texts, pages = load_texts()
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))

    # ---- links
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    seen = set()
    names = set()
    for i, l in enumerate(links, 1):
        w = f"link {i} ({l.get('source')} {l.get('relation')} {l.get('target')} in {l.get('doc')})"
        if set(l) != fields:
            err(f"{w}: fields {sorted(l)}")
            continue
        r = l["relation"]
        if r not in RELATIONS:
            err(f"{w}: bad relation")
        if l["source"] == l["target"]:
            err(f"{w}: self link")
        names.update([l["source"], l["target"]])
        if r == "supplies":
            exp = (l["target"], l["source"])
        elif r in SOURCE_PAYS:
            exp = (l["source"], l["target"])
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{w}: payer/payee {l['payer']}->{l['payee']} expected {exp}")
        if l["amount"] is not None:
            if r in NO_MONEY:
                err(f"{w}: amount on a no-money relation")
            if l["amount"] not in l["quote"]:
                err(f"{w}: amount {l['amount']} not in quote")
        key = (l["doc"], l["source"], r, l["target"])
        if r == "partners_with":
            key = (l["doc"], r) + tuple(sorted([l["source"], l["target"]]))
        if key in seen:
            err(f"{w}: duplicate in document")
        seen.add(key)
        quote_ok(l, texts, pages, w)

    rels = {l["relation"] for l in links}
    if rels != RELATIONS:
        err(f"relations not all covered: missing {RELATIONS - rels}")
    if not (60 <= len(links) <= 75):
        err(f"{len(links)} links, expected 60-75")
    docs_used = {l["doc"] for l in links}
    if docs_used != set(DOCS):
        err(f"documents without links: {set(DOCS) - docs_used}")

    # ---- non_links
    link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
    for i, n in enumerate(non_links, 1):
        w = f"non_link {i} ({n.get('doc')})"
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"{w}: fields {sorted(n)}")
            continue
        if len(n["companies"]) < 2:
            err(f"{w}: fewer than two companies")
        names.update(n["companies"])
        quote_ok(n, texts, pages, w)
        if (n["doc"], norm(n["quote"])) in link_quotes:
            err(f"{w}: same sentence is a link quote")
    if len(non_links) < 20:
        err(f"only {len(non_links)} non_links")

    # ---- loops
    G = nx.DiGraph()
    edge_docs = defaultdict(set)
    for l in links:
        if l["payer"] is not None:
            G.add_edge(l["payer"], l["payee"])
            edge_docs[(l["payer"], l["payee"])].add(l["doc"])

    def canon(c):
        i = c.index(min(c))
        return tuple(c[i:] + c[:i])

    cycles = {canon(list(c)) for c in nx.simple_cycles(G)}
    given = set()
    for lp in loops:
        names.update(lp)
        given.add(canon(list(lp)))
        pairs = [(lp[k], lp[(k + 1) % len(lp)]) for k in range(len(lp))]
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {lp}: {p[0]} -> {p[1]} is not a payer->payee pair")
        docsets = [edge_docs.get(p, set()) for p in pairs]
        if len(set().union(*docsets)) < 2:
            err(f"loop {lp} spans only one document")
        if set.intersection(*docsets):
            err(f"loop {lp} is wholly contained in {set.intersection(*docsets)}")
    if len(given) != len(loops):
        err("duplicate loops in loops.json")
    if given != cycles:
        err(f"loops.json differs from simple cycles: missing {cycles - given}, extra {given - cycles}")

    # ---- aliases
    for n in sorted(names):
        if n not in aliases:
            err(f"short name {n!r} missing from aliases.json")
    alltext = " ".join(texts.values())
    for k, v in aliases.items():
        if k not in names:
            err(f"alias key {k!r} not used in any answer file")
        for a in v:
            if norm(a) not in alltext:
                err(f"alias {a!r} of {k} not found in any document")

    print(f"documents: {len(texts)}  links: {len(links)}  non_links: {len(non_links)}  "
          f"loops: {len(loops)}  simple cycles: {len(cycles)}  companies: {len(aliases)}")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
