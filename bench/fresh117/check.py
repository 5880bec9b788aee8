"""Validate the fresh117 evaluation set.

Run with: /work/main/.venv/bin/python check.py
"""
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
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
BLOCK_TAGS = {"p", "div", "td", "th", "tr", "table", "li", "ul", "ol", "h1", "h2", "h3", "h4",
              "h5", "h6", "br", "header", "footer", "nav", "article", "section", "title"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def squash(text):
    return re.sub(r"\s+", "", text)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def md_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                continue
            lines.append(" ".join(c for c in cells if c))
        else:
            lines.append(line)
    return "\n".join(lines)


def doc_pages(path):
    """Return {page: normalised text}; page None for non-PDF documents."""
    if path.endswith(".pdf"):
        reader = PdfReader(path)
        return {i + 1: norm(p.extract_text() or "") for i, p in enumerate(reader.pages)}
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if path.endswith(".html"):
        parser = VisibleText()
        parser.feed(raw)
        text = "".join(parser.parts)
    elif path.endswith(".md"):
        text = md_text(raw)
    else:
        text = raw
    return {None: norm(text)}


def occurs(quote, text):
    return norm(quote) in text or squash(quote) in squash(text)


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    err(f"{name}:{n}: bad JSON: {exc}")
    return rows


def canon(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    docs = sorted(f for f in os.listdir(HERE) if DOC_RE.match(f))
    if [DOC_RE.match(d).group(1) for d in docs] != [f"{i:02d}" for i in range(1, 9)]:
        err(f"expected 8 documents 01_..08_, found {docs}")
    pdfs = [d for d in docs if d.endswith(".pdf")]
    if len(pdfs) < 3:
        err("need at least 3 PDF documents")
    texts = {d: doc_pages(os.path.join(HERE, d)) for d in docs}
    cjk_docs = [d for d in docs
                if len(re.findall(r"[\u4e00-\u9fff]", " ".join(texts[d].values()))) >= 300]
    if len(cjk_docs) < 2:
        err("need at least 2 Chinese documents")

    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as fh:
        aliases = json.load(fh)
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            err(f"aliases: {key} has no names")
    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")

    def check_quote(kind, n, row):
        doc = row.get("doc")
        if doc not in texts:
            err(f"{kind}:{n}: unknown doc {doc}")
            return
        page = row.get("page")
        if doc.endswith(".pdf"):
            if not isinstance(page, int) or page not in texts[doc]:
                err(f"{kind}:{n}: PDF needs a valid 1-based page, got {page}")
                return
            if not occurs(row["quote"], texts[doc][page]):
                err(f"{kind}:{n}: quote not on page {page} of {doc}: {row['quote'][:70]}")
        else:
            if page is not None:
                err(f"{kind}:{n}: page must be null for non-PDF {doc}")
            if not occurs(row["quote"], texts[doc][None]):
                err(f"{kind}:{n}: quote not in {doc}: {row['quote'][:70]}")

    def mentioned(doc, key):
        full = " ".join(texts[doc].values())
        return any(occurs(a, full) for a in aliases.get(key, []))

    seen = set()
    pairs = set()
    graph = nx.DiGraph()
    edge_docs = {}
    for n, row in enumerate(links, 1):
        if set(row) != LINK_FIELDS:
            err(f"links:{n}: fields {sorted(row)}")
            continue
        src, rel, tgt = row["source"], row["relation"], row["target"]
        if rel not in RELATIONS:
            err(f"links:{n}: bad relation {rel}")
        for name in (src, tgt):
            if name not in aliases:
                err(f"links:{n}: {name} not a key of aliases.json")
            elif row["doc"] in texts and not mentioned(row["doc"], name):
                err(f"links:{n}: no alias of {name} appears in {row['doc']}")
        if src == tgt:
            err(f"links:{n}: source equals target")
        if rel == "supplies":
            want = (tgt, src)
        elif rel in SOURCE_PAYS:
            want = (src, tgt)
        else:
            want = (None, None)
        if (row["payer"], row["payee"]) != want:
            err(f"links:{n}: payer/payee {row['payer']}/{row['payee']} should be {want}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in row["quote"]:
                err(f"links:{n}: amount {amount!r} not in quote")
            elif amount.strip().endswith("%"):
                err(f"links:{n}: percentages are not amounts")
            if rel in NO_MONEY:
                err(f"links:{n}: {rel} should carry no amount")
        key = (row["doc"], src, rel, tgt)
        if key in seen:
            err(f"links:{n}: duplicate {key}")
        seen.add(key)
        if rel == "partners_with":
            pair = frozenset((src, tgt))
            if pair in pairs:
                err(f"links:{n}: partners_with listed twice for {sorted(pair)}")
            pairs.add(pair)
        check_quote("links", n, row)
        if row["payer"]:
            graph.add_edge(row["payer"], row["payee"])
            edge_docs.setdefault((row["payer"], row["payee"]), set()).add(row["doc"])

    for n, row in enumerate(non_links, 1):
        if set(row) != NON_LINK_FIELDS:
            err(f"non_links:{n}: fields {sorted(row)}")
            continue
        comps = row["companies"]
        if not isinstance(comps, list) or len(set(comps)) < 2:
            err(f"non_links:{n}: need at least two companies")
        for c in comps:
            if c not in aliases:
                err(f"non_links:{n}: {c} not a key of aliases.json")
            elif row["doc"] in texts and not mentioned(row["doc"], c):
                err(f"non_links:{n}: no alias of {c} appears in {row['doc']}")
        check_quote("non_links", n, row)

    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as fh:
        loops = json.load(fh)
    declared = {canon(list(loop)) for loop in loops}
    actual = {canon(c) for c in nx.simple_cycles(graph)}
    if len(declared) != len(loops):
        err("loops.json has duplicate loops")
    if declared != actual:
        err(f"loops.json differs from simple cycles: missing {actual - declared}, extra {declared - actual}")
    for loop in actual:
        edges = [(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))]
        common = set.intersection(*(edge_docs[e] for e in edges))
        if common:
            err(f"loop {loop} lies inside one document: {sorted(common)}")
        if not 2 <= len(loop) <= 4:
            err(f"loop {loop} has length {len(loop)}")

    if not 60 <= len(links) <= 75:
        err(f"{len(links)} links; expected 60-75")
    if not 20 <= len(non_links) <= 26:
        err(f"{len(non_links)} non-links; expected 20-26")
    if len(actual) != 5:
        err(f"{len(actual)} money loops; expected 5")

    print(f"documents: {len(docs)}, links: {len(links)}, non-links: {len(non_links)}, loops: {len(actual)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
