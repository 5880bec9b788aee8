"""Self-contained checks for this evaluation set.

Run: /work/main/.venv/bin/python check.py
- every link / non-link quote occurs in its document
  (.txt/.md raw text, plus markdown table rows as cells joined by single spaces;
   .html visible text with entities decoded; .pdf pypdf text of the given page;
   whitespace normalised everywhere)
- field values are valid (relation, payer/payee direction, amount inside quote, page)
- no (doc, source, relation, target) appears twice; partners_with listed once per pair
- loops.json equals the simple cycles of the payer -> payee graph (networkx)
- every loop uses links from more than one document
- every company name used is a key of aliases.json
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
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
MONEY_SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "title", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

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


def md_table_rows(text):
    rows = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|") and not re.fullmatch(r"\|[\s:|-]+\|", s):
            cells = [c.strip().strip("*").strip() for c in s.strip("|").split("|")]
            rows.append(" ".join(c for c in cells if c))
    return rows


_cache = {}


def doc_texts(doc):
    """Return {page or None: normalised text}."""
    if doc in _cache:
        return _cache[doc]
    path = os.path.join(HERE, doc)
    if not os.path.exists(path):
        err(f"missing document {doc}")
        _cache[doc] = {}
        return {}
    if doc.endswith(".pdf"):
        reader = pypdf.PdfReader(path)
        out = {i + 1: norm(p.extract_text() or "") for i, p in enumerate(reader.pages)}
    elif doc.endswith(".html"):
        p = Visible()
        p.feed(open(path, encoding="utf-8").read())
        out = {None: norm(html.unescape("".join(p.parts)))}
    else:
        raw = open(path, encoding="utf-8").read()
        extra = md_table_rows(raw) if doc.endswith(".md") else []
        out = {None: norm(raw) + "\n" + "\n".join(norm(r) for r in extra)}
    _cache[doc] = out
    return out


def quote_found(doc, quote, page):
    texts = doc_texts(doc)
    q = norm(quote)
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or page not in texts:
            err(f"{doc}: bad page {page!r} for quote {quote[:60]!r}")
            return False
        return q in texts[page]
    if page is not None:
        err(f"{doc}: page must be null for non-PDF ({quote[:50]!r})")
    return q in texts.get(None, "")


def main():
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

    docs = sorted(f for f in os.listdir(HERE) if f.rsplit(".", 1)[-1] in ("md", "txt", "html", "pdf") and f != "README.md")
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {docs}")

    seen, pairs = set(), set()
    for i, l in enumerate(links, 1):
        tag = f"link {i} ({l.get('doc')}: {l.get('source')} {l.get('relation')} {l.get('target')})"
        keys = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
        if set(l) != keys:
            err(f"{tag}: fields {sorted(set(l) ^ keys)}")
        if l["doc"] not in docs:
            err(f"{tag}: unknown doc")
        rel = l["relation"]
        if rel not in RELATIONS:
            err(f"{tag}: bad relation")
        for k in ("source", "target"):
            if l[k] not in aliases:
                err(f"{tag}: {k} {l[k]!r} not in aliases.json")
        if l["source"] == l["target"]:
            err(f"{tag}: self link")
        if rel == "supplies":
            exp = (l["target"], l["source"])
        elif rel in MONEY_SOURCE_PAYS:
            exp = (l["source"], l["target"])
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{tag}: payer/payee {l['payer']},{l['payee']} expected {exp}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{tag}: amount {l['amount']!r} not in quote")
        if not quote_found(l["doc"], l["quote"], l["page"]):
            err(f"{tag}: quote not found: {l['quote']!r}")
        key = (l["doc"], l["source"], rel, l["target"])
        if key in seen:
            err(f"{tag}: duplicate within document")
        seen.add(key)
        if rel == "partners_with":
            pk = (l["doc"], frozenset((l["source"], l["target"])))
            if pk in pairs:
                err(f"{tag}: partners_with listed twice")
            pairs.add(pk)

    for i, n in enumerate(non_links, 1):
        tag = f"non_link {i} ({n.get('doc')})"
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"{tag}: fields {sorted(n)}")
        if len(set(n["companies"])) < 2:
            err(f"{tag}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{tag}: company {c!r} not in aliases.json")
        if not quote_found(n["doc"], n["quote"], n["page"]):
            err(f"{tag}: quote not found: {n['quote']!r}")

    # loops = simple cycles of payer -> payee graph
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is not None:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    found = {canon(list(c)) for c in nx.simple_cycles(g)}
    given = set()
    for lp in loops:
        for c in lp:
            if c not in aliases:
                err(f"loop {lp}: {c!r} not in aliases.json")
        given.add(canon(list(lp)))
        n = len(lp)
        docs_used = set()
        for a, b in zip(lp, lp[1:] + lp[:1]):
            if (a, b) not in edge_docs:
                err(f"loop {lp}: no payer->payee link {a} -> {b}")
            else:
                docs_used |= edge_docs[(a, b)]
        if len(docs_used) < 2:
            err(f"loop {lp}: spans only {docs_used}")
    if len(given) != len(loops):
        err("loops.json has duplicate loops")
    if found != given:
        err(f"loops.json differs from simple cycles: missing {sorted(found - given)}, extra {sorted(given - found)}")

    # summary
    rels = {l["relation"] for l in links}
    print(f"documents: {len(docs)}")
    print(f"links: {len(links)}  relations: {len(rels)}/7  non_links: {len(non_links)}  loops: {len(loops)}  aliases: {len(aliases)}")
    if not (60 <= len(links) <= 75):
        err(f"link count {len(links)} outside 60-75")
    if rels != RELATIONS:
        err(f"relations missing: {RELATIONS - rels}")
    if errors:
        print("FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
