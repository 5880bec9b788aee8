"""Consistency checks for this evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists the problems if any check fails.
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
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
INLINE_TAGS = {"a", "em", "strong", "b", "i", "span", "code", "abbr", "small", "sup", "sub"}

problems = []


def problem(msg):
    problems.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


_cache = {}


def doc_text(doc, page):
    """Whitespace-normalised text of a document (or of one PDF page)."""
    key = (doc, page)
    if key in _cache:
        return _cache[key]
    path = os.path.join(HERE, doc)
    if doc.endswith(".pdf"):
        reader = pypdf.PdfReader(path)
        if not isinstance(page, int) or not 1 <= page <= len(reader.pages):
            raise ValueError(f"bad page {page!r} for {doc}")
        text = reader.pages[page - 1].extract_text()
    elif doc.endswith(".html"):
        parser = VisibleText()
        with open(path, encoding="utf-8") as f:
            parser.feed(f.read())
        text = "".join(parser.parts)
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    _cache[key] = norm(text)
    return _cache[key]


def check_quote(kind, i, rec):
    doc = rec["doc"]
    if not os.path.exists(os.path.join(HERE, doc)):
        problem(f"{kind} {i}: document {doc} missing")
        return
    page = rec.get("page")
    if doc.endswith(".pdf"):
        if not isinstance(page, int):
            problem(f"{kind} {i}: PDF quote needs an integer page")
            return
    elif page is not None:
        problem(f"{kind} {i}: page must be null for non-PDF {doc}")
    try:
        text = doc_text(doc, page)
    except ValueError as e:
        problem(f"{kind} {i}: {e}")
        return
    if norm(rec["quote"]) not in text:
        problem(f"{kind} {i}: quote not found in {doc} p{page}: {rec['quote']!r}")


def main():
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)
    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")

    docs = sorted(f for f in os.listdir(HERE)
                  if f.endswith((".md", ".txt", ".html", ".pdf")) and f != "README.md")
    if len(docs) != 8:
        problem(f"expected 8 documents, found {len(docs)}: {docs}")

    # ---- links -------------------------------------------------------------
    seen = set()
    for i, rec in enumerate(links, 1):
        for field in ("doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"):
            if field not in rec:
                problem(f"link {i}: missing field {field}")
        rel, s, t = rec["relation"], rec["source"], rec["target"]
        if rel not in RELATIONS:
            problem(f"link {i}: unknown relation {rel}")
        for name in (s, t):
            if name not in aliases:
                problem(f"link {i}: {name} is not a key of aliases.json")
        if s == t:
            problem(f"link {i}: source equals target")
        if rel == "supplies":
            expected = (t, s)
        elif rel in SOURCE_PAYS:
            expected = (s, t)
        else:
            expected = (None, None)
        if (rec["payer"], rec["payee"]) != expected:
            problem(f"link {i}: payer/payee {rec['payer']}->{rec['payee']} should be {expected}")
        if rec["amount"] is not None and rec["amount"] not in rec["quote"]:
            problem(f"link {i}: amount {rec['amount']!r} not in quote")
        key = (rec["doc"], s, rel, t)
        if key in seen:
            problem(f"link {i}: duplicate {key}")
        if rel == "partners_with" and (rec["doc"], t, rel, s) in seen:
            problem(f"link {i}: partners_with listed in both directions")
        seen.add(key)
        check_quote("link", i, rec)

    # ---- non-links ---------------------------------------------------------
    for i, rec in enumerate(non_links, 1):
        comps = rec.get("companies", [])
        if len(comps) < 2:
            problem(f"non-link {i}: needs two or more companies")
        for name in comps:
            if name not in aliases:
                problem(f"non-link {i}: {name} is not a key of aliases.json")
        check_quote("non-link", i, rec)

    # ---- aliases: every name used somewhere --------------------------------
    all_text = " ".join(
        doc_text(d, p)
        for d in docs
        for p in (range(1, len(pypdf.PdfReader(os.path.join(HERE, d)).pages) + 1) if d.endswith(".pdf") else [None])
    )
    for key, names in aliases.items():
        for name in names:
            if name not in all_text:
                problem(f"alias {name!r} ({key}) does not occur in any document")
        if key not in all_text and not any(n in all_text for n in names):
            problem(f"company {key!r}: neither the short name nor an alias occurs in any document")

    # ---- loops -------------------------------------------------------------
    graph = nx.DiGraph()
    edge_docs = {}
    for rec in links:
        if rec["payer"] is None:
            continue
        graph.add_edge(rec["payer"], rec["payee"])
        edge_docs.setdefault((rec["payer"], rec["payee"]), set()).add(rec["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    actual = {canon(c) for c in nx.simple_cycles(graph)}
    declared = {canon(c) for c in loops}
    if len(declared) != len(loops):
        problem("loops.json contains duplicate loops")
    for c in sorted(actual - declared):
        problem(f"cycle in graph missing from loops.json: {list(c)}")
    for c in sorted(declared - actual):
        problem(f"loop in loops.json is not a simple cycle of the graph: {list(c)}")

    zh_cache = {}

    def is_zh(doc):
        """A document is Chinese if most of its letters are CJK characters."""
        if doc not in zh_cache:
            pages = (range(1, len(pypdf.PdfReader(os.path.join(HERE, doc)).pages) + 1)
                     if doc.endswith(".pdf") else [None])
            text = "".join(doc_text(doc, p) for p in pages)
            cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
            latin = len(re.findall(r"[A-Za-z]", text))
            zh_cache[doc] = cjk > latin
        return zh_cache[doc]

    two_company = cross_language = 0
    for loop in loops:
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        docs_used = set()
        langs = set()
        for p in pairs:
            if p not in edge_docs:
                problem(f"loop {loop}: {p[0]} -> {p[1]} is not a payer->payee pair")
                continue
            docs_used |= edge_docs[p]
        if len(docs_used) < 2:
            problem(f"loop {loop} does not span more than one document")
        # a loop "crosses languages" if it cannot be closed with documents of one language only
        for lang in (True, False):
            if all(any(is_zh(d) == lang for d in edge_docs.get(p, ())) for p in pairs):
                langs.add(lang)
        if len(loop) == 2:
            two_company += 1
        if not langs and len(docs_used) >= 2:
            cross_language += 1
    if len(loops) != 5:
        problem(f"expected 5 loops, found {len(loops)}")
    if two_company < 1:
        problem("no two-company loop")
    if cross_language < 1:
        problem("no loop that needs both English and Chinese documents")

    print(f"documents: {len(docs)}  links: {len(links)}  non-links: {len(non_links)}  loops: {len(loops)}"
          f"  (two-company: {two_company}, cross-language: {cross_language})")
    if problems:
        print("FAILED")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
