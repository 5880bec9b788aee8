"""Consistency check for this evaluation set.

Run with: /work/main/.venv/bin/python check.py
Verifies:
  * every document exists and has the expected length (English 300-900 words, Chinese 600-1500 CJK characters);
  * every link / non-link quote occurs in its document (HTML visible text with entities decoded, PDF page
    text from pypdf, Markdown/text as is; all whitespace-normalised);
  * every source/target/company is a key of aliases.json, and every alias occurs in some document;
  * relations are from the allowed set, payer/payee follow the conventions, amounts occur in the quote,
    pages are given for PDFs only, no (doc, source, relation, target) is repeated and partners_with is
    listed once per pair;
  * loops.json equals the set of simple cycles of the payer -> payee graph of all links, each loop's
    consecutive pairs are payer -> payee pairs, no loop lies within a single document, there is a
    two-company loop and a loop crossing English and Chinese documents.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = {
    "corvane_8k.html": "en",
    "norvik_s1_excerpt.pdf": "en",
    "veridian_q3_call.txt": "en",
    "datacenter_ledger_article.md": "en",
    "xingheng_announcement.md": "zh",
    "lantu_annual_report_2024.pdf": "zh",
    "suanli_wechat_article.md": "zh",
    "stonecrest_q3_letter.md": "en",
}

RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
TARGET_PAYS = {"supplies"}
NO_MONEY = {"partners_with", "subsidiary_of"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr",
             "body", "title", "section", "article"}
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_docs():
    texts, pages = {}, {}
    for name in DOCS:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            err(f"missing document {name}")
            continue
        if name.endswith(".pdf"):
            pg = [norm(p.extract_text() or "") for p in PdfReader(path).pages]
            pages[name] = pg
            texts[name] = " ".join(pg)
        elif name.endswith(".html"):
            v = Visible()
            v.feed(open(path, encoding="utf-8").read())
            texts[name] = norm("".join(v.parts))
        else:
            texts[name] = norm(open(path, encoding="utf-8").read())
    return texts, pages


def check_lengths(texts):
    for name, lang in DOCS.items():
        t = texts.get(name, "")
        if lang == "en":
            n = len(t.split())
            if not 300 <= n <= 900:
                err(f"{name}: {n} words, expected 300-900")
        else:
            n = len(re.findall(r"[\u4e00-\u9fff]", t))
            if not 600 <= n <= 1500:
                err(f"{name}: {n} Chinese characters, expected 600-1500")


def find_quote(rec, texts, pages, what):
    doc, quote, page = rec["doc"], norm(rec["quote"]), rec.get("page")
    if doc not in DOCS:
        err(f"{what}: unknown doc {doc}")
        return
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(pages.get(doc, [])):
            err(f"{what}: bad page {page!r} for {doc}")
            return
        if quote not in pages[doc][page - 1]:
            err(f"{what}: quote not on page {page} of {doc}: {quote[:90]}")
    else:
        if page is not None:
            err(f"{what}: page must be null for {doc}")
        if quote not in texts.get(doc, ""):
            err(f"{what}: quote not in {doc}: {quote[:90]}")


def main():
    texts, pages = load_docs()
    check_lengths(texts)
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    all_text = " ".join(texts.values())
    for key, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{key}] is not a list")
            continue
        for n in names:
            if n not in all_text:
                err(f"alias {n!r} of {key} does not occur in any document")
        if key not in all_text and not any(n in all_text for n in names):
            err(f"company {key} not found in any document")

    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    fields = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
    seen, pairs = set(), set()
    for i, l in enumerate(links, 1):
        what = f"link {i}"
        if list(l.keys()) != fields:
            err(f"{what}: fields {list(l.keys())}")
        s, r, t = l["source"], l["relation"], l["target"]
        for c in (s, t):
            if c not in aliases:
                err(f"{what}: {c} not in aliases.json")
        if s == t:
            err(f"{what}: source equals target")
        if r not in RELATIONS:
            err(f"{what}: bad relation {r}")
        if r in SOURCE_PAYS and (l["payer"], l["payee"]) != (s, t):
            err(f"{what}: {r} must have payer=source, payee=target")
        if r in TARGET_PAYS and (l["payer"], l["payee"]) != (t, s):
            err(f"{what}: {r} must have payer=target, payee=source")
        if r in NO_MONEY and (l["payer"], l["payee"]) != (None, None):
            err(f"{what}: {r} must have null payer/payee")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{what}: amount {l['amount']!r} not in quote")
        key = (l["doc"], s, r, t)
        if key in seen:
            err(f"{what}: duplicate {key}")
        seen.add(key)
        if r == "partners_with":
            p = (l["doc"], frozenset((s, t)))
            if p in pairs:
                err(f"{what}: partners_with listed twice")
            pairs.add(p)
        find_quote(l, texts, pages, what)

    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    for i, n in enumerate(non_links, 1):
        what = f"non-link {i}"
        if list(n.keys()) != ["doc", "quote", "companies", "page"]:
            err(f"{what}: fields {list(n.keys())}")
        if len(set(n["companies"])) < 2:
            err(f"{what}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{what}: {c} not in aliases.json")
        find_quote(n, texts, pages, what)
        if any(norm(n["quote"]) == norm(l["quote"]) for l in links if l["doc"] == n["doc"]):
            err(f"{what}: the same sentence is also a link quote")

    # money graph
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    actual = {canon(list(c)) for c in nx.simple_cycles(g)}
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    declared = [canon(list(c)) for c in loops]
    if len(set(declared)) != len(declared):
        err("loops.json has duplicate loops")
    if set(declared) != actual:
        err(f"loops.json differs from simple cycles: missing {actual - set(declared)}, extra {set(declared) - actual}")
    has_two, has_cross = False, False
    for c in loops:
        pairs_ = [(c[j], c[(j + 1) % len(c)]) for j in range(len(c))]
        for p in pairs_:
            if p not in edge_docs:
                err(f"loop {c}: {p} is not a payer->payee pair")
        if all(p in edge_docs for p in pairs_):
            common = set.intersection(*(edge_docs[p] for p in pairs_))
            if common:
                err(f"loop {c} lies entirely within {common}")
            langs = {DOCS[d] for p in pairs_ for d in edge_docs[p]}
            if langs == {"en", "zh"}:
                has_cross = True
        if len(c) == 2:
            has_two = True
    if not has_two:
        err("no two-company loop")
    if not has_cross:
        err("no loop crossing English and Chinese documents")

    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print(f"OK: {len(DOCS)} documents, {len(links)} links, {len(non_links)} non-links, {len(loops)} loops")


if __name__ == "__main__":
    main()
