"""Consistency check for this evaluation set.

Run with /work/main/.venv/bin/python check.py   (needs pypdf and networkx).

Checks:
  * every document listed in README.md exists, and every answer row points at one of them;
  * links.jsonl: allowed relations, payer/payee follow the relation, amount appears in the quote,
    page given for PDFs only, names are keys of aliases.json, no duplicate (doc, source, relation,
    target) and no partners_with listed in both directions;
  * every quote (links and non_links) occurs in its document:
      - PDF:  pypdf text of the stated page, whitespace-normalised;
      - HTML: visible text (entities decoded, tags removed, table rows as cells joined by spaces);
      - MD/TXT: raw text, plus Markdown table rows as cells joined by single spaces;
  * non_links: at least two companies, all keys of aliases.json, quote not also a link quote;
  * every alias in aliases.json occurs in at least one document;
  * loops.json equals the set of simple cycles of the payer -> payee graph built from links.jsonl
    (networkx), every loop edge is a payer -> payee pair, and every loop spans more than one document.
Exits non-zero on any failure.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
PAYING_SOURCE = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
DOCS = [
    "vantorel_8k.html",
    "orvanne_10q_q3_2025.pdf",
    "vantorel_q3_2025_call.txt",
    "hesperine_credit_summary.md",
    "tw_news_dingsheng.txt",
    "xingheng_announcement_2025.pdf",
    "marrowgate_q3_letter.md",
    "research_note_china_compute.html",
]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split())


class Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "hr", "title"}
    CELL = {"td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in self.CELL:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in self.CELL:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = Visible()
    p.feed(open(path, encoding="utf-8").read())
    return norm("".join(p.parts))


def md_text(path):
    raw = open(path, encoding="utf-8").read()
    extra = []
    for line in raw.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|") and not re.fullmatch(r"\|[\s|:-]+\|", s):
            cells = [c.strip() for c in s.strip("|").split("|")]
            extra.append(" ".join(c for c in cells if c))
    return norm(raw + "\n" + "\n".join(extra))


def load_docs():
    texts, pages = {}, {}
    for d in DOCS:
        path = os.path.join(HERE, d)
        if not os.path.exists(path):
            err(f"missing document {d}")
            continue
        if d.endswith(".pdf"):
            pages[d] = [norm(pg.extract_text() or "") for pg in PdfReader(path).pages]
            texts[d] = " ".join(pages[d])
        elif d.endswith(".html"):
            texts[d] = html_text(path)
        else:
            texts[d] = md_text(path)
    return texts, pages


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i}: bad JSON ({e})")
    return rows


def check_quote(where, row, texts, pages):
    d, q = row.get("doc"), row.get("quote")
    if d not in texts:
        err(f"{where}: unknown doc {d!r}")
        return
    if not q:
        err(f"{where}: empty quote")
        return
    nq = norm(q)
    if d.endswith(".pdf"):
        pg = row.get("page")
        if not isinstance(pg, int) or not 1 <= pg <= len(pages[d]):
            err(f"{where}: bad page {pg!r} for {d}")
            return
        if nq not in pages[d][pg - 1]:
            hit = [i + 1 for i, t in enumerate(pages[d]) if nq in t]
            err(f"{where}: quote not on page {pg} of {d} (found on {hit}): {q[:70]}")
    else:
        if row.get("page") is not None:
            err(f"{where}: page must be null for non-PDF {d}")
        if nq not in texts[d]:
            err(f"{where}: quote not found in {d}: {q[:70]}")


def main():
    texts, pages = load_docs()
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    for d in DOCS:
        if d not in readme:
            err(f"README.md does not describe {d}")

    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    alltext = " ".join(texts.values())
    for k, names in aliases.items():
        for n in names:
            if norm(n) not in alltext:
                err(f"alias {n!r} of {k!r} does not occur in any document")

    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    seen = set()
    link_quotes = set()
    for i, r in enumerate(links, 1):
        w = f"links.jsonl:{i}"
        for k in ("doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"):
            if k not in r:
                err(f"{w}: missing field {k}")
        s, rel, t = r.get("source"), r.get("relation"), r.get("target")
        if rel not in RELATIONS:
            err(f"{w}: bad relation {rel!r}")
        for n in (s, t):
            if n not in aliases:
                err(f"{w}: {n!r} is not a key of aliases.json")
        if s == t:
            err(f"{w}: self link")
        if rel == "supplies":
            exp = (t, s)
        elif rel in PAYING_SOURCE:
            exp = (s, t)
        else:
            exp = (None, None)
        if (r.get("payer"), r.get("payee")) != exp:
            err(f"{w}: payer/payee {r.get('payer')!r}->{r.get('payee')!r}, expected {exp}")
        amt = r.get("amount")
        if amt is not None and amt not in (r.get("quote") or ""):
            err(f"{w}: amount {amt!r} not in quote")
        key = (r.get("doc"), s, rel, t)
        if key in seen:
            err(f"{w}: duplicate {key}")
        seen.add(key)
        if rel == "partners_with" and (r.get("doc"), t, rel, s) in seen:
            err(f"{w}: partners_with listed in both directions")
        check_quote(w, r, texts, pages)
        link_quotes.add((r.get("doc"), norm(r.get("quote") or "")))

    for i, r in enumerate(non_links, 1):
        w = f"non_links.jsonl:{i}"
        comps = r.get("companies") or []
        if len(comps) < 2:
            err(f"{w}: fewer than two companies")
        for c in comps:
            if c not in aliases:
                err(f"{w}: {c!r} is not a key of aliases.json")
        if (r.get("doc"), norm(r.get("quote") or "")) in link_quotes:
            err(f"{w}: quote is also a link quote")
        check_quote(w, r, texts, pages)

    # payer -> payee graph
    g = nx.DiGraph()
    edge_docs = {}
    for r in links:
        if r.get("payer") and r.get("payee"):
            g.add_edge(r["payer"], r["payee"])
            edge_docs.setdefault((r["payer"], r["payee"]), set()).add(r["doc"])

    def canon(cycle):
        i = min(range(len(cycle)), key=lambda j: cycle[j])
        return tuple(cycle[i:] + cycle[:i])

    found = {canon(c) for c in nx.simple_cycles(g)}
    given = set()
    for lp in loops:
        c = canon(list(lp))
        if c in given:
            err(f"loops.json: duplicate loop {lp}")
        given.add(c)
        docs = set()
        for a, b in zip(lp, lp[1:] + lp[:1]):
            if not g.has_edge(a, b):
                err(f"loops.json: {a} -> {b} is not a payer -> payee pair in links.jsonl")
            docs |= edge_docs.get((a, b), set())
        if len(docs) < 2:
            err(f"loops.json: loop {lp} does not span more than one document")
    for c in sorted(found - given):
        err(f"loops.json: missing cycle {list(c)}")
    for c in sorted(given - found):
        err(f"loops.json: listed loop is not a simple cycle {list(c)}")

    print(f"documents: {len(texts)}  links: {len(links)}  non_links: {len(non_links)}  "
          f"loops: {len(loops)} (graph has {len(found)} simple cycles)")
    per_doc = {}
    for r in links:
        per_doc[r["doc"]] = per_doc.get(r["doc"], 0) + 1
    for d in DOCS:
        print(f"  {d}: {per_doc.get(d, 0)} links")
    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
