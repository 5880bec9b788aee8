"""Consistency checks for this evaluation set.

Run: /work/main/.venv/bin/python check.py
Checks:
  * every quote (links and non_links) occurs in its document (PDF quotes on the stated page,
    through pypdf page text after whitespace normalisation; HTML as visible text with entities
    decoded; Markdown table rows as cells joined by single spaces);
  * field values, relations, payer/payee conventions, amounts inside quotes, unique triples per doc,
    partners_with listed once, names are keys of aliases.json;
  * loops.json equals the set of simple cycles of the payer -> payee graph, and every loop spans
    more than one document.
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title", "head"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title", "head"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def md_text(raw):
    lines = []
    for line in raw.splitlines():
        st = line.strip()
        if st.startswith("|") and st.endswith("|"):
            cells = [c.strip() for c in st.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            lines.append(" ".join(c for c in cells if c != ""))
        else:
            lines.append(line)
    return "\n".join(lines)


_cache = {}


def doc_text(doc, page):
    key = (doc, page)
    if key in _cache:
        return _cache[key]
    path = os.path.join(HERE, doc)
    if doc.endswith(".pdf"):
        reader = pypdf.PdfReader(path)
        if page is None or not (1 <= page <= len(reader.pages)):
            err(f"{doc}: bad page {page}")
            txt = ""
        else:
            txt = reader.pages[page - 1].extract_text()
    elif doc.endswith(".html"):
        p = TextExtractor()
        p.feed(open(path, encoding="utf-8").read())
        txt = html.unescape("".join(p.parts))
    elif doc.endswith(".md"):
        txt = md_text(open(path, encoding="utf-8").read())
    else:
        txt = open(path, encoding="utf-8").read()
    _cache[key] = norm(txt)
    return _cache[key]


def main():
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    docs = sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".md", ".txt", ".html")) and f != "README.md")
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {docs}")

    seen = set()
    partner_pairs = set()
    for i, l in enumerate(links, 1):
        tag = f"links[{i}]"
        for f in ("doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"):
            if f not in l:
                err(f"{tag}: missing field {f}")
        if l["doc"] not in docs:
            err(f"{tag}: unknown doc {l['doc']}")
            continue
        r = l["relation"]
        if r not in RELATIONS:
            err(f"{tag}: bad relation {r}")
        for n in (l["source"], l["target"]):
            if n not in aliases:
                err(f"{tag}: {n} not in aliases.json")
        if l["source"] == l["target"]:
            err(f"{tag}: self link")
        if r == "supplies":
            exp = (l["target"], l["source"])
        elif r in ("partners_with", "subsidiary_of"):
            exp = (None, None)
        else:
            exp = (l["source"], l["target"])
        if (l["payer"], l["payee"]) != exp:
            err(f"{tag}: payer/payee {l['payer']},{l['payee']} expected {exp}")
        key = (l["doc"], l["source"], r, l["target"])
        if key in seen:
            err(f"{tag}: duplicate triple in doc {key}")
        seen.add(key)
        if r == "partners_with":
            pk = (l["doc"], frozenset((l["source"], l["target"])))
            if pk in partner_pairs:
                err(f"{tag}: partners_with listed twice")
            partner_pairs.add(pk)
        is_pdf = l["doc"].endswith(".pdf")
        if is_pdf and not isinstance(l["page"], int):
            err(f"{tag}: PDF link needs a page")
        if not is_pdf and l["page"] is not None:
            err(f"{tag}: non-PDF link must have page null")
        text = doc_text(l["doc"], l["page"])
        if norm(l["quote"]) not in text:
            err(f"{tag}: quote not found in {l['doc']} p{l['page']}: {l['quote'][:80]}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{tag}: amount {l['amount']} not in quote")

    for i, n in enumerate(non_links, 1):
        tag = f"non_links[{i}]"
        if n["doc"] not in docs:
            err(f"{tag}: unknown doc {n['doc']}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{tag}: needs two or more companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{tag}: {c} not in aliases.json")
        is_pdf = n["doc"].endswith(".pdf")
        if is_pdf and not isinstance(n.get("page"), int):
            err(f"{tag}: PDF non_link needs a page")
        text = doc_text(n["doc"], n.get("page") if is_pdf else None)
        if norm(n["quote"]) not in text:
            err(f"{tag}: quote not found: {n['quote'][:80]}")
        # a non-link sentence must not be the quote of a link in the same doc
        for l in links:
            if l["doc"] == n["doc"] and norm(l["quote"]) == norm(n["quote"]):
                err(f"{tag}: quote is also a link quote")

    # money graph
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is None:
            continue
        g.add_edge(l["payer"], l["payee"])
        edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        k = min(range(len(cycle)), key=lambda j: cycle[j])
        return tuple(cycle[k:] + cycle[:k])

    found = {canon(c) for c in nx.simple_cycles(g)}
    stated = {canon(c) for c in loops}
    if len(stated) != len(loops):
        err("loops.json has duplicate loops")
    for c in sorted(found - stated):
        err(f"cycle in graph not in loops.json: {c}")
    for c in sorted(stated - found):
        err(f"loop in loops.json is not a cycle of the graph: {c}")
    for c in loops:
        ds = set()
        for a, b in zip(c, c[1:] + c[:1]):
            if (a, b) not in edge_docs:
                err(f"loop {c}: no payer->payee link {a} -> {b}")
            else:
                ds |= edge_docs[(a, b)]
        if len(ds) < 2:
            err(f"loop {c} lies within a single document")

    print(f"documents: {len(docs)}")
    print(f"links: {len(links)}")
    print(f"non_links: {len(non_links)}")
    print(f"loops: {len(loops)} (graph cycles: {len(found)})")
    if ERRORS:
        print(f"\nFAILED with {len(ERRORS)} error(s):")
        for e in ERRORS:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
