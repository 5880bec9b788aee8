"""Validate the fresh119 evaluation set.

Run with: /work/main/.venv/bin/python check.py
"""

import json
import re
import sys
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import networkx as nx
import pypdf

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
FORWARD = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount",
               "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9-]+\.(md|txt|html|pdf)$")
BLOCK_TAGS = {"p", "div", "br", "tr", "td", "th", "h1", "h2", "h3", "h4", "li",
              "table", "title", "section"}

errors = []


def error(msg):
    errors.append(msg)


def norm(text, cjk):
    """Whitespace normalisation: collapse runs; drop them entirely for CJK text."""
    if cjk:
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            line = " ".join(c for c in cells if c)
        lines.append(line.replace("**", ""))
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        if path.suffix == ".pdf":
            docs[path.name] = [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]
        elif path.suffix == ".html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            docs[path.name] = "".join(parser.parts)
        elif path.suffix == ".md":
            docs[path.name] = markdown_text(path.read_text(encoding="utf-8"))
        else:
            docs[path.name] = path.read_text(encoding="utf-8")
    return docs


def read_jsonl(name):
    rows = []
    for i, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name}:{i}: bad JSON ({exc})")
    return rows


def check_quote(docs, where, doc, quote, page):
    if doc not in docs:
        error(f"{where}: unknown document {doc}")
        return
    is_pdf = doc.endswith(".pdf")
    if is_pdf:
        if not isinstance(page, int) or not 1 <= page <= len(docs[doc]):
            error(f"{where}: PDF needs a valid 1-based page, got {page!r}")
            return
        text = docs[doc][page - 1]
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF documents")
        text = docs[doc]
    cjk = bool(CJK.search(quote))
    if norm(quote, cjk) not in norm(text, cjk):
        error(f"{where}: quote not found in {doc}"
              f"{' page ' + str(page) if is_pdf else ''}: {quote[:70]}")


def all_text(docs):
    parts = []
    for value in docs.values():
        parts.extend(value if isinstance(value, list) else [value])
    return "\n".join(parts)


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    docs = load_documents()
    prefixes = sorted(name[:2] for name in docs)
    if prefixes != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08, found {prefixes}")
    pdfs = [d for d in docs if d.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"need at least 3 PDFs, found {len(pdfs)}")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    corpus = all_text(docs)
    for short, names in aliases.items():
        if not names:
            error(f"aliases.json: {short} has no names")
        for name in names:
            cjk = bool(CJK.search(name))
            if norm(name, cjk) not in norm(corpus, cjk):
                error(f"aliases.json: {short}: '{name}' not written in any document")

    links = read_jsonl("links.jsonl")
    seen = set()
    pairs_partner = set()
    graph = nx.DiGraph()
    edge_docs = {}
    for i, link in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if set(link) != LINK_FIELDS:
            error(f"{where}: fields {sorted(link)}")
            continue
        rel, src, tgt = link["relation"], link["source"], link["target"]
        if rel not in RELATIONS:
            error(f"{where}: unknown relation {rel}")
        for name in (src, tgt):
            if name not in aliases:
                error(f"{where}: {name} is not a key of aliases.json")
        if src == tgt:
            error(f"{where}: source equals target")
        key = (link["doc"], src, rel, tgt)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if rel == "supplies":
            expected = (tgt, src)
        elif rel in FORWARD:
            expected = (src, tgt)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee should be {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"{where}: amount {amount!r} not in quote")
            elif amount.strip().endswith("%"):
                error(f"{where}: percentages are not amounts")
        if rel == "partners_with":
            pair = frozenset((src, tgt))
            if pair in pairs_partner:
                error(f"{where}: partners_with listed twice for {sorted(pair)}")
            pairs_partner.add(pair)
        check_quote(docs, where, link["doc"], link["quote"], link["page"])
        if expected[0]:
            graph.add_edge(*expected)
            edge_docs.setdefault(expected, set()).add(link["doc"])
    if not 60 <= len(links) <= 75:
        error(f"links: {len(links)} not in 60-75")

    linked_pairs = {frozenset((l["source"], l["target"])) for l in links}
    non_links = read_jsonl("non_links.jsonl")
    for i, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if set(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(row)}")
            continue
        companies = row["companies"]
        if len(companies) < 2 or len(set(companies)) != len(companies):
            error(f"{where}: needs at least two distinct companies")
        for name in companies:
            if name not in aliases:
                error(f"{where}: {name} is not a key of aliases.json")
        for a, b in combinations(companies, 2):
            if frozenset((a, b)) in linked_pairs:
                error(f"{where}: {a} and {b} are linked in links.jsonl")
        check_quote(docs, where, row["doc"], row["quote"], row["page"])
    if not 20 <= len(non_links) <= 26:
        error(f"non-links: {len(non_links)} not in 20-26")

    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    expected_loops = {canonical(c) for c in nx.simple_cycles(graph)}
    given_loops = {canonical(list(c)) for c in loops}
    if len(given_loops) != len(loops):
        error("loops.json: duplicate loops")
    if given_loops != expected_loops:
        error(f"loops.json differs from simple cycles: missing "
              f"{sorted(expected_loops - given_loops)}, extra {sorted(given_loops - expected_loops)}")
    if len(expected_loops) != 5:
        error(f"expected 5 money loops, graph has {len(expected_loops)}")
    for cycle in expected_loops:
        edges = [(cycle[k], cycle[(k + 1) % len(cycle)]) for k in range(len(cycle))]
        common = set.intersection(*(edge_docs[e] for e in edges))
        if common:
            error(f"loop {cycle} lies inside one document: {sorted(common)}")

    for msg in errors:
        print("ERROR:", msg)
    print(f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(expected_loops)} loops, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
