"""Validate the fresh118 evaluation set. Run: /work/main/.venv/bin/python check.py"""

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
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
WIDE = r"\u2000-\u206f\u2e80-\u9fff\uff00-\uffef"


def norm(text):
    """Collapse whitespace; drop whitespace next to CJK or wide punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(rf"(?<=[{WIDE}]) | (?=[{WIDE}])", "", text)


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "td", "th", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
             "br", "table", "thead", "tbody", "header", "footer", "article", "nav",
             "title", "figure", "figcaption", "section", "ul", "ol"}
    SKIP = {"script", "style"}

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
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            line = " ".join(c for c in cells if c)
        lines.append(line)
    return "\n".join(lines)


def load_texts(docs):
    """Map document name to a list of page texts (one entry for non-PDFs)."""
    texts = {}
    for doc in docs:
        path = os.path.join(HERE, doc)
        if doc.endswith(".pdf"):
            texts[doc] = [norm(p.extract_text() or "") for p in PdfReader(path).pages]
        else:
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
            if doc.endswith(".html"):
                parser = VisibleText()
                parser.feed(raw)
                raw = html.unescape("".join(parser.parts))
            elif doc.endswith(".md"):
                raw = markdown_text(raw)
            texts[doc] = [norm(raw)]
    return texts


def read_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    errors = []
    docs = sorted(f for f in os.listdir(HERE) if re.match(r"0[1-8]_[A-Za-z]+_[a-z_]+\.(md|html|pdf|txt)$", f))
    if len(docs) != 8 or [d[:2] for d in docs] != [f"{i:02d}" for i in range(1, 9)]:
        errors.append(f"expected documents 01..08, found {docs}")
    pdfs = [d for d in docs if d.endswith(".pdf")]
    if len(pdfs) < 3:
        errors.append("fewer than 3 PDFs")
    texts = load_texts(docs)
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as fh:
        aliases = json.load(fh)
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as fh:
        loops = json.load(fh)

    def check_quote(kind, i, rec):
        doc = rec["doc"]
        if doc not in texts:
            errors.append(f"{kind} {i}: unknown doc {doc}")
            return
        page = rec["page"]
        if doc.endswith(".pdf"):
            if not isinstance(page, int) or not 1 <= page <= len(texts[doc]):
                errors.append(f"{kind} {i}: bad page {page}")
                return
            hay = texts[doc][page - 1]
        else:
            if page is not None:
                errors.append(f"{kind} {i}: page set for non-PDF")
            hay = texts[doc][0]
        if norm(rec["quote"]) not in hay:
            errors.append(f"{kind} {i}: quote not found in {doc}: {rec['quote'][:70]}")

    seen = set()
    for i, rec in enumerate(links, 1):
        if set(rec) != LINK_FIELDS:
            errors.append(f"link {i}: fields {sorted(rec)}")
            continue
        rel, src, tgt = rec["relation"], rec["source"], rec["target"]
        if rel not in RELATIONS:
            errors.append(f"link {i}: relation {rel}")
        for name in (src, tgt):
            if name not in aliases:
                errors.append(f"link {i}: {name} not in aliases")
        if src == tgt:
            errors.append(f"link {i}: self link")
        if rel in NO_MONEY:
            want = (None, None)
        elif rel in SOURCE_PAYS:
            want = (src, tgt)
        else:
            want = (tgt, src)
        if (rec["payer"], rec["payee"]) != want:
            errors.append(f"link {i}: payer/payee {rec['payer']}/{rec['payee']} should be {want}")
        if rec["amount"] is not None:
            if rec["amount"] not in rec["quote"]:
                errors.append(f"link {i}: amount {rec['amount']} not in quote")
            if rec["amount"].strip().endswith("%"):
                errors.append(f"link {i}: percentage given as amount")
        key = (rec["doc"], src, rel, tgt)
        if key in seen:
            errors.append(f"link {i}: duplicate {key}")
        seen.add(key)
        check_quote("link", i, rec)
    pairs = [frozenset((r["source"], r["target"])) for r in links if r["relation"] == "partners_with"]
    if len(pairs) != len(set(pairs)):
        errors.append("partners_with listed more than once for a pair")
    if not 60 <= len(links) <= 75:
        errors.append(f"{len(links)} links, expected 60-75")

    for i, rec in enumerate(non_links, 1):
        if set(rec) != NON_LINK_FIELDS:
            errors.append(f"non-link {i}: fields {sorted(rec)}")
            continue
        if len(set(rec["companies"])) < 2:
            errors.append(f"non-link {i}: fewer than two companies")
        for name in rec["companies"]:
            if name not in aliases:
                errors.append(f"non-link {i}: {name} not in aliases")
        check_quote("non-link", i, rec)
    if not 20 <= len(non_links) <= 26:
        errors.append(f"{len(non_links)} non-links, expected 20-26")

    all_text = " ".join(" ".join(pages) for pages in texts.values())
    for short, names in aliases.items():
        for name in names:
            if norm(name) not in all_text:
                errors.append(f"alias {short}: '{name}' occurs in no document")

    graph = nx.DiGraph()
    edge_docs = {}
    for rec in links:
        if rec["payer"] is not None:
            graph.add_edge(rec["payer"], rec["payee"])
            edge_docs.setdefault((rec["payer"], rec["payee"]), set()).add(rec["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    found = {canon(list(c)) for c in nx.simple_cycles(graph)}
    given = {canon(list(c)) for c in loops}
    if len(given) != len(loops):
        errors.append("duplicate loops in loops.json")
    if found != given:
        errors.append(f"loops.json differs from simple cycles: missing {found - given}, extra {given - found}")
    for cycle in found:
        edges = list(zip(cycle, cycle[1:] + cycle[:1]))
        common = set.intersection(*(edge_docs[e] for e in edges))
        if common:
            errors.append(f"loop {cycle} lies inside one document {common}")
    if len(found) != 5:
        errors.append(f"{len(found)} loops, expected 5")

    for err in errors:
        print("ERROR:", err)
    print(f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(found)} loops, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
