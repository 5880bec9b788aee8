"""Validate this evaluation set.

Run:  /work/main/.venv/bin/python check.py

Checks
  * 8 documents, of the kinds the set promises;
  * links.jsonl: fields, relations, payer/payee, pages, amounts, uniqueness,
    partners_with listed once, every quote occurs in its document (PDF: pypdf page text
    after whitespace normalisation; HTML: visible text with entities decoded);
  * non_links.jsonl: fields, quotes occur, at least two known companies, no overlap with
    a link quote of the same document;
  * loops.json: every consecutive pair is a payer -> payee pair of links.jsonl, the list
    equals the simple cycles of the payer -> payee graph (networkx), every loop spans
    more than one document;
  * aliases.json: covers every name used, no unused keys, every alias occurs in a
    document, no alias claimed by two companies;
  * size targets (60-75 links, all 7 relations, 5 loops, 20+ non-links).
Exits with status 1 and a list of problems if anything fails.
"""
import html
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
PAYS_SOURCE = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
DOC_EXT = (".md", ".txt", ".html", ".pdf")
EXPECTED_DOCS = {
    "news_stratoline_loan.md": "news article (English)",
    "earnings_call_halvorsen_q3fy2026.txt": "earnings-call excerpt (English)",
    "announcement_chengxin_zh.txt": "company announcement (Simplified Chinese)",
    "vesper_8k.html": "8-K current report (English)",
    "stratoline_annual_report_2026.pdf": "annual report PDF (English)",
    "yongfeng_annual_report_2026_zh.pdf": "annual report summary PDF (Simplified Chinese)",
    "news_dingsheng_zh_hant.md": "news article (Traditional Chinese)",
    "greyhaven_investor_letter_q3_2026.md": "investor letter (English)",
}

problems = []


def fail(msg):
    problems.append(msg)


def norm(s):
    """Whitespace normalisation: every run of whitespace (incl. U+3000) -> one space."""
    return " ".join(s.split())


class _Visible(HTMLParser):
    BLOCK = {"p", "br", "div", "td", "th", "tr", "table", "h1", "h2", "h3", "h4",
             "li", "ul", "ol", "title", "body", "html", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(raw):
    p = _Visible()
    p.feed(raw)
    p.close()
    return html.unescape("".join(p.parts))


def load_docs():
    texts = {}   # doc -> normalised full text
    pages = {}   # pdf doc -> list of normalised page texts
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(DOC_EXT) or name == "README.md":
            continue
        path = os.path.join(HERE, name)
        if name.endswith(".pdf"):
            pp = [norm(pg.extract_text() or "") for pg in PdfReader(path).pages]
            pages[name] = pp
            texts[name] = " ".join(pp)
        elif name.endswith(".html"):
            with open(path, encoding="utf-8") as f:
                texts[name] = norm(html_text(f.read()))
        else:
            with open(path, encoding="utf-8") as f:
                texts[name] = norm(f.read())
    return texts, pages


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    fail(f"{name}:{i}: bad JSON ({e})")
    return rows


def quote_found(doc, quote, page, texts, pages, where):
    if doc not in texts:
        fail(f"{where}: unknown document {doc!r}")
        return
    q = norm(quote)
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(pages[doc]):
            fail(f"{where}: PDF page {page!r} invalid for {doc}")
            return
        if q not in pages[doc][page - 1]:
            fail(f"{where}: quote not on page {page} of {doc}: {quote[:80]!r}")
    else:
        if page is not None:
            fail(f"{where}: page must be null for non-PDF {doc}")
        if q not in texts[doc]:
            fail(f"{where}: quote not in {doc}: {quote[:80]!r}")


def canon_cycle(c):
    i = c.index(min(c))
    return tuple(c[i:] + c[:i])


def main():
    texts, pages = load_docs()

    # ---- documents -------------------------------------------------------------
    if set(texts) != set(EXPECTED_DOCS):
        fail(f"documents {sorted(texts)} differ from expected {sorted(EXPECTED_DOCS)}")
    if len(texts) != 8:
        fail(f"expected 8 documents, found {len(texts)}")
    for d in EXPECTED_DOCS:
        if d.endswith(".pdf") and d in pages and len(pages[d]) < 3:
            fail(f"{d}: expected several pages, found {len(pages[d])}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        fail("README.md missing")

    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)

    used = set()

    # ---- links -------------------------------------------------------------------
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    seen = set()
    for i, l in enumerate(links, 1):
        w = f"links.jsonl:{i}"
        if set(l) != fields:
            fail(f"{w}: fields {sorted(l)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        used.update([s, t])
        if r not in RELATIONS:
            fail(f"{w}: bad relation {r!r}")
        if s == t:
            fail(f"{w}: self link")
        for n in (s, t):
            if n not in aliases:
                fail(f"{w}: {n!r} not a key of aliases.json")
        if r == "supplies":
            exp = (t, s)
        elif r in PAYS_SOURCE:
            exp = (s, t)
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            fail(f"{w}: payer/payee {(l['payer'], l['payee'])} should be {exp}")
        key = (l["doc"], s, r, t)
        if key in seen:
            fail(f"{w}: duplicate {key}")
        seen.add(key)
        if r == "partners_with" and (l["doc"], t, r, s) in seen:
            fail(f"{w}: partners_with listed in both directions")
        if l["amount"] is not None:
            if not isinstance(l["amount"], str) or l["amount"] not in l["quote"]:
                fail(f"{w}: amount {l['amount']!r} not written in quote")
        quote_found(l["doc"], l["quote"], l["page"], texts, pages, w)
        if l["doc"] not in EXPECTED_DOCS:
            fail(f"{w}: doc {l['doc']!r} unknown")

    rels = {l["relation"] for l in links}
    if rels != RELATIONS:
        fail(f"relations not all covered: missing {sorted(RELATIONS - rels)}")
    if not 60 <= len(links) <= 75:
        fail(f"{len(links)} links, expected 60-75")
    docs_with_links = {l["doc"] for l in links}
    if docs_with_links != set(EXPECTED_DOCS):
        fail(f"documents without links: {sorted(set(EXPECTED_DOCS) - docs_with_links)}")

    # ---- non-links ---------------------------------------------------------------
    link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
    for i, n in enumerate(non_links, 1):
        w = f"non_links.jsonl:{i}"
        if set(n) != {"doc", "quote", "companies", "page"}:
            fail(f"{w}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            fail(f"{w}: needs two or more companies")
        for c in n["companies"]:
            used.add(c)
            if c not in aliases:
                fail(f"{w}: {c!r} not a key of aliases.json")
        quote_found(n["doc"], n["quote"], n["page"], texts, pages, w)
        if (n["doc"], norm(n["quote"])) in link_quotes:
            fail(f"{w}: quote is also a link quote")
    if len(non_links) < 20:
        fail(f"only {len(non_links)} non-links, expected 20+")

    # ---- loops -------------------------------------------------------------------
    g = nx.DiGraph()
    pair_docs = {}
    for l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            pair_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])
    for i, loop in enumerate(loops, 1):
        used.update(loop)
        docs = set()
        for a, b in zip(loop, loop[1:] + loop[:1]):
            if (a, b) not in pair_docs:
                fail(f"loop {i}: {a} -> {b} is not a payer -> payee pair")
            else:
                docs |= pair_docs[(a, b)]
        if len(docs) < 2:
            fail(f"loop {i} does not span more than one document")
        for n in loop:
            if n not in aliases:
                fail(f"loop {i}: {n!r} not a key of aliases.json")
    declared = [canon_cycle(list(c)) for c in loops]
    if len(declared) != len(set(declared)):
        fail("loops.json has duplicate loops")
    actual = {canon_cycle(list(c)) for c in nx.simple_cycles(g)}
    if set(declared) != actual:
        fail(f"loops differ from simple cycles: missing {sorted(actual - set(declared))}, "
             f"extra {sorted(set(declared) - actual)}")
    if len(loops) != 5:
        fail(f"{len(loops)} loops, expected 5")

    # ---- aliases -----------------------------------------------------------------
    missing = used - set(aliases)
    if missing:
        fail(f"names without aliases entry: {sorted(missing)}")
    unused = set(aliases) - used
    if unused:
        fail(f"aliases.json keys never used: {sorted(unused)}")
    owner = {}
    alltext = " ".join(texts.values())
    for k, names in aliases.items():
        if not isinstance(names, list):
            fail(f"aliases[{k!r}] is not a list")
            continue
        for a in names:
            if a in owner and owner[a] != k:
                fail(f"alias {a!r} claimed by {owner[a]!r} and {k!r}")
            owner[a] = k
            if norm(a) not in alltext:
                fail(f"alias {a!r} of {k!r} does not occur in any document")
        if k in owner and owner[k] != k:
            fail(f"key {k!r} is also an alias of {owner[k]!r}")
    # every English/Chinese pair: at least one company named in both scripts
    cjk = re.compile(r"[\u4e00-\u9fff]")
    bilingual = [k for k, v in aliases.items()
                 if any(cjk.search(x) for x in [k] + v) and any(not cjk.search(x) and re.search("[A-Za-z]", x) for x in [k] + v)]
    if not bilingual:
        fail("no company has both an English and a Chinese name")

    # ---- report ------------------------------------------------------------------
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"OK: {len(texts)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(loops)} loops, {len(aliases)} companies in aliases.json")


if __name__ == "__main__":
    main()
