"""Verify this evaluation set against FORMAT.md.

Run:  /work/main/.venv/bin/python check.py
Exits non-zero and lists every problem if anything is wrong.
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
PAYING = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
DOC_EXT = (".md", ".txt", ".html", ".pdf")
NOT_DOCS = {"README.md"}

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "hr", "h1", "h2", "h3", "h4",
             "h5", "h6", "body", "html", "title", "section", "article", "header", "footer"}
    HIDDEN = {"head", "style", "script", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
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
    docs = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(DOC_EXT) or name in NOT_DOCS:
            continue
        path = os.path.join(HERE, name)
        if name.endswith(".pdf"):
            reader = pypdf.PdfReader(path)
            docs[name] = [norm(p.extract_text() or "") for p in reader.pages]
        elif name.endswith(".html"):
            v = Visible()
            with open(path, encoding="utf-8") as f:
                v.feed(f.read())
            docs[name] = norm("".join(v.parts))
        else:
            with open(path, encoding="utf-8") as f:
                docs[name] = norm(f.read())
    return docs


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    bad(f"{name}:{i}: invalid JSON ({e})")
    return rows


def quote_found(docs, doc, quote, page, where):
    if doc not in docs:
        bad(f"{where}: unknown doc {doc!r}")
        return
    q = norm(quote)
    text = docs[doc]
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(text):
            bad(f"{where}: PDF quote needs a page between 1 and {len(text)}, got {page!r}")
            return
        if q not in text[page - 1]:
            other = [i + 1 for i, t in enumerate(text) if q in t]
            bad(f"{where}: quote not on page {page} of {doc}" + (f" (found on {other})" if other else "") + f": {quote!r}")
    else:
        if page is not None:
            bad(f"{where}: page must be null for non-PDF docs")
        if q not in text:
            bad(f"{where}: quote not found in {doc}: {quote!r}")


def main():
    docs = load_docs()
    if len(docs) != 8:
        bad(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    for f in ("README.md", "links.jsonl", "non_links.jsonl", "loops.json", "aliases.json", "build_pdfs.py"):
        if not os.path.exists(os.path.join(HERE, f)):
            bad(f"missing {f}")

    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")

    # aliases: every alias is a name the documents use
    alltext = " ".join(" ".join(t) if isinstance(t, list) else t for t in docs.values())
    for key, names in aliases.items():
        if not isinstance(names, list):
            bad(f"aliases[{key!r}] must be a list")
            continue
        if key in names:
            bad(f"aliases[{key!r}] repeats the short name")
        for n in names:
            if norm(n) not in alltext:
                bad(f"alias {n!r} of {key!r} does not occur in any document")
        if key not in alltext and not any(norm(n) in alltext for n in names):
            bad(f"company {key!r} does not occur in any document")

    # links
    seen = set()
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    for i, l in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if set(l) != fields:
            bad(f"{where}: fields {sorted(l)} != {sorted(fields)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        if r not in RELATIONS:
            bad(f"{where}: unknown relation {r!r}")
        for c in (s, t):
            if c not in aliases:
                bad(f"{where}: {c!r} is not a key of aliases.json")
        if s == t:
            bad(f"{where}: self link")
        if r == "supplies":
            want = (t, s)
        elif r in PAYING:
            want = (s, t)
        else:
            want = (None, None)
        if (l["payer"], l["payee"]) != want:
            bad(f"{where}: payer/payee {(l['payer'], l['payee'])} should be {want}")
        key = (l["doc"], s, r, t)
        if key in seen:
            bad(f"{where}: duplicate {key}")
        if r == "partners_with" and (l["doc"], t, r, s) in seen:
            bad(f"{where}: partners_with listed in both directions")
        seen.add(key)
        if l["amount"] is not None:
            if r in ("partners_with", "subsidiary_of"):
                bad(f"{where}: amount on a {r} link")
            if l["amount"] not in l["quote"]:
                bad(f"{where}: amount {l['amount']!r} not in quote")
        quote_found(docs, l["doc"], l["quote"], l["page"], where)

    rels = {l["relation"] for l in links}
    if rels != RELATIONS:
        bad(f"relations not all covered: missing {RELATIONS - rels}")
    if not 60 <= len(links) <= 75:
        bad(f"{len(links)} links, expected 60-75")
    for d in docs:
        if not any(l["doc"] == d for l in links):
            bad(f"document {d} has no links")

    # non-links
    link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
    for i, n in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if set(n) != {"doc", "quote", "companies", "page"}:
            bad(f"{where}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            bad(f"{where}: needs two or more companies")
        for c in n["companies"]:
            if c not in aliases:
                bad(f"{where}: {c!r} is not a key of aliases.json")
        if (n["doc"], norm(n["quote"])) in link_quotes:
            bad(f"{where}: the same sentence is the quote of a link")
        quote_found(docs, n["doc"], n["quote"], n["page"], where)
    if len(non_links) < 20:
        bad(f"only {len(non_links)} non_links, expected 20+")

    # loops == simple cycles of the payer -> payee graph
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        k = min(range(len(cycle)), key=lambda j: cycle[j])
        return tuple(cycle[k:] + cycle[:k])

    found = {canon(list(c)) for c in nx.simple_cycles(g)}
    given = set()
    for i, loop in enumerate(loops, 1):
        c = canon(list(loop))
        if c in given:
            bad(f"loops.json: loop {i} listed twice")
        given.add(c)
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        for p in pairs:
            if p not in edge_docs:
                bad(f"loops.json: loop {i}: {p[0]} -> {p[1]} is not a payer -> payee pair in links.jsonl")
        spanned = set().union(*(edge_docs.get(p, set()) for p in pairs))
        if len(spanned) < 2:
            bad(f"loops.json: loop {i} lies within a single document {spanned}")
    if found != given:
        bad(f"loops.json differs from the simple cycles: missing {sorted(found - given)}, extra {sorted(given - found)}")
    if len(loops) != 5:
        bad(f"{len(loops)} loops, expected 5")

    # the bilingual company: one key with both Latin and CJK names
    def has_cjk(s):
        return re.search(r"[\u4e00-\u9fff]", s) is not None
    bilingual = [k for k, v in aliases.items()
                 if any(has_cjk(x) for x in [k] + v) and any(re.search(r"[A-Za-z]{3}", x) for x in [k] + v)]
    if not bilingual:
        bad("no company has both an English and a Chinese name in aliases.json")

    print(f"documents: {len(docs)}  links: {len(links)}  non_links: {len(non_links)}  "
          f"loops: {len(loops)}  aliases: {len(aliases)}  bilingual: {bilingual}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
