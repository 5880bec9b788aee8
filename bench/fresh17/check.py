"""Verify this evaluation set against FORMAT.md.

Run:  /work/main/.venv/bin/python check.py
Checks
  * the 8 documents exist; answer files parse; field values are valid
  * every links / non_links quote occurs in its document (PDFs: pypdf page text of the
    given page after whitespace normalisation; HTML: visible text with entities decoded;
    Markdown tables: cells joined by single spaces)
  * payer / payee follow the relation rules; amount occurs in the quote
  * no duplicate (doc, source, relation, target); partners_with listed once per pair
  * every short name is a key of aliases.json and every alias occurs in some document
  * loops.json equals the simple cycles of the payer -> payee graph (networkx), each
    consecutive pair is a payer -> payee pair in links.jsonl, and each loop spans more
    than one document
  * counts: 60-75 links, all seven relations, 20+ non_links, 5 loops
"""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = [
    "corvane_10k_2025_excerpt.pdf",
    "veltrix_8k_ex99-1_hanseong.html",
    "tessellate_q4_2025_earnings_call.txt",
    "yunlan_2025_annual_report_excerpt.pdf",
    "lanxin_announcement_2026-018.md",
    "caijing_zhisuan_loop_article.md",
    "carousel_newsletter_issue47.md",
    "gridline_member_notice_2026-014.md",
]
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script", "title"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script", "title"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def md_text(raw):
    """Raw text plus every Markdown table row rendered as cells joined by spaces."""
    lines = []
    for line in raw.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                continue
            lines.append(" ".join(c for c in cells if c))
        else:
            lines.append(line)
    return norm(raw) + "\n" + norm("\n".join(lines))


def load_docs():
    texts = {}   # doc -> text (non-PDF)
    pages = {}   # doc -> [page text] (PDF)
    for d in DOCS:
        p = os.path.join(HERE, d)
        if not os.path.exists(p):
            err(f"missing document {d}")
            continue
        if d.endswith(".pdf"):
            pages[d] = [norm(pg.extract_text() or "") for pg in pypdf.PdfReader(p).pages]
        elif d.endswith(".html"):
            v = Visible()
            v.feed(open(p, encoding="utf-8").read())
            texts[d] = norm("".join(v.parts))
        else:
            texts[d] = md_text(open(p, encoding="utf-8").read())
    return texts, pages


def quote_ok(rec, texts, pages, kind):
    d, q, page = rec["doc"], norm(rec["quote"]), rec.get("page")
    if d not in DOCS:
        err(f"{kind}: unknown doc {d}")
        return
    if d.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(pages.get(d, [])):
            err(f"{kind}: bad page {page} for {d}: {q[:60]}")
            return
        if q not in pages[d][page - 1]:
            err(f"{kind}: quote not on {d} p{page}: {q}")
    else:
        if page is not None:
            err(f"{kind}: page must be null for {d}")
        if q not in texts.get(d, ""):
            err(f"{kind}: quote not in {d}: {q}")


def main():
    texts, pages = load_docs()
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    # ---- links
    seen = set()
    pairs = set()
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    for r in links:
        if set(r) != fields:
            err(f"link fields {sorted(r)}")
            continue
        s, rel, t = r["source"], r["relation"], r["target"]
        if rel not in RELATIONS:
            err(f"bad relation {rel}")
        for n in (s, t):
            if n not in aliases:
                err(f"short name {n!r} not in aliases.json")
        if s == t:
            err(f"self link {r}")
        key = (r["doc"], s, rel, t)
        if key in seen:
            err(f"duplicate link {key}")
        seen.add(key)
        if rel == "partners_with":
            pk = (r["doc"], frozenset((s, t)))
            if pk in pairs:
                err(f"partners_with listed twice {key}")
            pairs.add(pk)
        if rel == "supplies":
            exp = (t, s)
        elif rel in SOURCE_PAYS:
            exp = (s, t)
        else:
            exp = (None, None)
        if (r["payer"], r["payee"]) != exp:
            err(f"payer/payee wrong for {key}: {(r['payer'], r['payee'])} expected {exp}")
        if r["amount"] is not None and r["amount"] not in r["quote"]:
            err(f"amount {r['amount']!r} not in quote {r['quote']}")
        quote_ok(r, texts, pages, "link")

    # ---- non_links
    for r in non_links:
        if set(r) != {"doc", "quote", "companies", "page"}:
            err(f"non_link fields {sorted(r)}")
            continue
        if len(set(r["companies"])) < 2:
            err(f"non_link needs 2+ companies: {r['quote']}")
        for n in r["companies"]:
            if n not in aliases:
                err(f"non_link company {n!r} not in aliases.json")
        quote_ok(r, texts, pages, "non_link")
        if any(norm(r["quote"]) == norm(l["quote"]) and r["doc"] == l["doc"] for l in links):
            err(f"non_link quote is also a link quote: {r['quote']}")

    # ---- aliases occur in documents
    corpus = " ".join(list(texts.values()) + [p for ps in pages.values() for p in ps])
    for k, vs in aliases.items():
        if not isinstance(vs, list):
            err(f"aliases[{k}] is not a list")
            continue
        for v in vs:
            if norm(v) not in corpus:
                err(f"alias {v!r} of {k} does not occur in any document")

    # ---- loops
    edge_docs = defaultdict(set)
    G = nx.DiGraph()
    for r in links:
        if r["payer"] is not None:
            G.add_edge(r["payer"], r["payee"])
            edge_docs[(r["payer"], r["payee"])].add(r["doc"])

    def canon(c):
        i = c.index(min(c))
        return tuple(c[i:] + c[:i])

    expected = {canon(c) for c in nx.simple_cycles(G)}
    given = [canon(c) for c in loops]
    if len(set(given)) != len(given):
        err("duplicate loop in loops.json")
    if set(given) != expected:
        err(f"loops.json differs from simple cycles.\n  missing: {expected - set(given)}\n  extra: {set(given) - expected}")
    for c in loops:
        docs = set()
        for a, b in zip(c, c[1:] + c[:1]):
            if (a, b) not in edge_docs:
                err(f"loop {c}: {a} -> {b} is not a payer -> payee pair")
            docs |= edge_docs.get((a, b), set())
        if len(docs) < 2:
            err(f"loop {c} spans only {docs}")

    # ---- counts
    rels = {r["relation"] for r in links}
    if rels != RELATIONS:
        err(f"relations missing: {RELATIONS - rels}")
    if not 60 <= len(links) <= 75:
        err(f"{len(links)} links, expected 60-75")
    if len(non_links) < 20:
        err(f"{len(non_links)} non_links, expected 20+")
    if len(loops) != 5:
        err(f"{len(loops)} loops, expected 5")
    for d in DOCS:
        if not any(r["doc"] == d for r in links):
            err(f"no links in {d}")

    print(f"links={len(links)} non_links={len(non_links)} loops={len(loops)} aliases={len(aliases)}")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
