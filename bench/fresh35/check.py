#!/usr/bin/env python
"""Validate this evaluation set.  Run:  /work/main/.venv/bin/python check.py

Checks
  * every link / non_link quote occurs in its document
      - PDF: pypdf text of the given page, whitespace collapsed to single spaces
      - HTML: visible text (no head/script/style), entities decoded, block elements separated
      - .md/.txt: file text with Markdown table rows turned into cells joined by single spaces
  * fields, relations, payer/payee rules, amounts occur in their quotes, page numbers
  * one (source, relation, target) per document; partners_with listed once
  * every source/target (and non_link company) is a key of aliases.json
  * loops.json == the set of simple cycles of the payer -> payee graph (networkx),
    and every loop spans more than one document (no single document holds all its edges)
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
SOURCE_PAYS = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
ANSWER_FILES = {"links.jsonl", "non_links.jsonl", "loops.json", "aliases.json", "README.md",
                "build_pdfs.py", "check.py"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
             "table", "thead", "tbody", "blockquote", "section", "header", "footer", "article", "hr"}
    SKIP = {"head", "script", "style", "title", "noscript"}

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
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def md_text(raw):
    out = []
    for line in raw.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            out.append(" ".join(c for c in cells if c))
        else:
            out.append(line)
    return "\n".join(out)


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if name in ANSWER_FILES or not os.path.isfile(path) or name.startswith("."):
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        if ext == "pdf":
            reader = pypdf.PdfReader(path)
            docs[name] = {"pdf": True, "pages": [norm(p.extract_text() or "") for p in reader.pages]}
        elif ext in ("html", "htm"):
            parser = VisibleText()
            parser.feed(open(path, encoding="utf-8").read())
            docs[name] = {"pdf": False, "text": norm("".join(parser.parts))}
        elif ext in ("md", "txt"):
            docs[name] = {"pdf": False, "text": norm(md_text(open(path, encoding="utf-8").read()))}
        else:
            err(f"unexpected file in set: {name}")
    return docs


def quote_ok(docs, rec, kind, i):
    doc = docs.get(rec["doc"])
    if doc is None:
        err(f"{kind}[{i}]: unknown doc {rec['doc']}")
        return
    q = norm(rec["quote"])
    if not q:
        err(f"{kind}[{i}]: empty quote")
        return
    if doc["pdf"]:
        page = rec.get("page")
        if not isinstance(page, int) or not 1 <= page <= len(doc["pages"]):
            err(f"{kind}[{i}]: bad page {page!r} for {rec['doc']}")
            return
        if q not in doc["pages"][page - 1]:
            where = [n + 1 for n, t in enumerate(doc["pages"]) if q in t]
            err(f"{kind}[{i}]: quote not on page {page} of {rec['doc']} (found on {where}): {q[:90]}")
    else:
        if rec.get("page") is not None:
            err(f"{kind}[{i}]: page must be null for {rec['doc']}")
        if q not in doc["text"]:
            err(f"{kind}[{i}]: quote not in {rec['doc']}: {q[:90]}")


def main():
    docs = load_docs()
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))

    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    if not isinstance(aliases, dict) or not all(isinstance(v, list) for v in aliases.values()):
        err("aliases.json must map short name -> list of names")

    # ---- links
    seen = set()
    link_quotes = set()
    for i, r in enumerate(links):
        keys = {"doc", "source", "target", "relation", "payer", "payee", "amount", "page", "quote"}
        if set(r) != keys:
            err(f"links[{i}]: fields {sorted(r)}")
            continue
        rel, s, t = r["relation"], r["source"], r["target"]
        if rel not in RELATIONS:
            err(f"links[{i}]: bad relation {rel}")
        if s == t:
            err(f"links[{i}]: source == target")
        for name in (s, t):
            if name not in aliases:
                err(f"links[{i}]: {name!r} not in aliases.json")
        if rel == "supplies":
            exp = (t, s)
        elif rel in SOURCE_PAYS:
            exp = (s, t)
        else:
            exp = (None, None)
        if (r["payer"], r["payee"]) != exp:
            err(f"links[{i}]: payer/payee {r['payer']},{r['payee']} expected {exp}")
        if r["amount"] is not None and r["amount"] not in r["quote"]:
            err(f"links[{i}]: amount {r['amount']!r} not in quote")
        key = (r["doc"], s, rel, t)
        if key in seen:
            err(f"links[{i}]: duplicate {key}")
        if rel == "partners_with" and (r["doc"], t, rel, s) in seen:
            err(f"links[{i}]: partners_with listed twice {key}")
        seen.add(key)
        link_quotes.add((r["doc"], norm(r["quote"])))
        quote_ok(docs, r, "links", i)

    # ---- non_links
    for i, r in enumerate(non_links):
        if set(r) != {"doc", "quote", "companies", "page"}:
            err(f"non_links[{i}]: fields {sorted(r)}")
            continue
        if len(set(r["companies"])) < 2:
            err(f"non_links[{i}]: needs two or more companies")
        for c in r["companies"]:
            if c not in aliases:
                err(f"non_links[{i}]: {c!r} not in aliases.json")
        if (r["doc"], norm(r["quote"])) in link_quotes:
            err(f"non_links[{i}]: quote is also a link quote")
        quote_ok(docs, r, "non_links", i)

    # ---- loops
    graph = nx.DiGraph()
    edge_docs = {}
    for r in links:
        if r["payer"] is not None:
            graph.add_edge(r["payer"], r["payee"])
            edge_docs.setdefault((r["payer"], r["payee"]), set()).add(r["doc"])

    def canon(cycle):
        k = min(range(len(cycle)), key=lambda j: cycle[j])
        return tuple(cycle[k:] + cycle[:k])

    found = {canon(list(c)) for c in nx.simple_cycles(graph)}
    given = [canon(list(l)) for l in loops]
    if len(set(given)) != len(given):
        err("loops.json has duplicate loops")
    if set(given) != found:
        err(f"loops.json != simple cycles.\n  missing: {sorted(found - set(given))}\n  extra: {sorted(set(given) - found)}")
    for loop in loops:
        pairs = [(loop[j], loop[(j + 1) % len(loop)]) for j in range(len(loop))]
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {loop}: {p} is not a payer->payee pair")
        if all(p in edge_docs for p in pairs):
            union = set().union(*(edge_docs[p] for p in pairs))
            single = set.intersection(*(edge_docs[p] for p in pairs))
            if len(union) < 2 or single:
                err(f"loop {loop}: does not span more than one document (closable in {sorted(single)})")

    # ---- coverage
    rels = {r["relation"] for r in links}
    if rels != RELATIONS:
        err(f"relations missing: {sorted(RELATIONS - rels)}")
    if not 60 <= len(links) <= 75:
        err(f"{len(links)} links, expected 60-75")
    if len(non_links) < 20:
        err(f"{len(non_links)} non_links, expected 20+")
    if len(loops) != 5:
        err(f"{len(loops)} loops, expected 5")
    for d in docs:
        if not any(r["doc"] == d for r in links):
            err(f"document {d} has no links")

    print(f"documents={len(docs)} links={len(links)} non_links={len(non_links)} loops={len(loops)} "
          f"cycles_found={len(found)}")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
