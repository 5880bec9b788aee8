"""Validate the fresh121 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists the problems if any check fails.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
TARGET_PAYS = {"supplies"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9-]+\.(md|html|pdf|txt)$")
BLOCK_TAGS = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2",
              "h3", "h4", "h5", "h6", "hr", "header", "footer", "article", "nav",
              "section", "blockquote", "title"}
HIDDEN_TAGS = {"head", "script", "style"}
LINK_RANGE = (60, 75)
NON_LINK_RANGE = (20, 26)
LOOP_COUNT = 5


def norm(text):
    """Collapse every run of whitespace to a single space."""
    return " ".join(text.split())


def squash(text):
    """Remove all whitespace (for name look-ups across PDF line breaks)."""
    return "".join(text.split())


class VisibleText(HTMLParser):
    """Visible text of an HTML page; entities decoded, cells separated by spaces."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def markdown_text(raw):
    """Markdown as read: table rows become cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells if cell):
                continue
            line = " ".join(cell for cell in cells if cell)
        lines.append(line.replace("**", ""))
    return "\n".join(lines)


def document_pages(path):
    """Return {page: normalised text}; page is 1-based for PDFs, None otherwise."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        reader = PdfReader(str(path))
        return {i + 1: norm(page.extract_text() or "") for i, page in enumerate(reader.pages)}
    raw = path.read_text(encoding="utf-8")
    if suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        return {None: norm("".join(parser.parts))}
    if suffix == ".md":
        return {None: norm(markdown_text(raw))}
    return {None: norm(raw)}


def read_jsonl(path, errors):
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{number}: invalid JSON ({exc})")
    return rows


def canonical(cycle):
    """Rotation of a cycle that starts at its smallest name."""
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_place(kind, number, row, docs, pages, errors):
    """Check doc, page and quote of a link or non-link row."""
    doc = row.get("doc")
    if doc not in docs:
        errors.append(f"{kind} {number}: unknown doc {doc!r}")
        return
    page = row.get("page")
    is_pdf = doc.endswith(".pdf")
    if is_pdf and not (isinstance(page, int) and page in pages[doc]):
        errors.append(f"{kind} {number}: PDF quote needs a valid page, got {page!r}")
        return
    if not is_pdf and page is not None:
        errors.append(f"{kind} {number}: page must be null outside PDFs")
        return
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        errors.append(f"{kind} {number}: empty quote")
        return
    if norm(quote) not in pages[doc][page]:
        errors.append(f"{kind} {number}: quote not found in {doc} page {page}: {quote[:70]!r}")


def main():
    errors, warnings = [], []

    docs = sorted(p.name for p in HERE.iterdir() if DOC_NAME.match(p.name))
    numbers = [DOC_NAME.match(name).group(1) for name in docs]
    if numbers != [f"0{i}" for i in range(1, 9)]:
        errors.append(f"expected exactly one document for each of 01..08, found {docs}")
    pages = {name: document_pages(HERE / name) for name in docs}
    if sum(name.endswith(".pdf") for name in docs) < 3:
        errors.append("at least 3 documents must be PDFs")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    all_text = squash(" ".join(text for doc in pages.values() for text in doc.values()))
    for short, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            errors.append(f"aliases.json: {short} needs a non-empty list of strings")
            continue
        for name in names:
            if squash(name) not in all_text:
                errors.append(f"aliases.json: {short}: {name!r} does not occur in any document")

    links = read_jsonl(HERE / "links.jsonl", errors)
    non_links = read_jsonl(HERE / "non_links.jsonl", errors)

    seen = set()
    pairs = set()
    edges_by_doc = {}
    graph = nx.DiGraph()
    for number, link in enumerate(links, 1):
        if set(link) != LINK_FIELDS:
            errors.append(f"link {number}: fields {sorted(link)} differ from {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            errors.append(f"link {number}: unknown relation {relation!r}")
            continue
        for name in (source, target):
            if name not in aliases:
                errors.append(f"link {number}: {name!r} is not a key of aliases.json")
        if source == target:
            errors.append(f"link {number}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation in TARGET_PAYS:
            expected = (target, source)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            errors.append(f"link {number}: payer/payee should be {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                errors.append(f"link {number}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                errors.append(f"link {number}: percentages are not amounts")
        key = (link["doc"], source, relation, target)
        if key in seen:
            errors.append(f"link {number}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                errors.append(f"link {number}: partners_with listed more than once for {sorted(pair)}")
            pairs.add(pair)
        check_place("link", number, link, pages, pages, errors)
        if expected[0] is not None:
            graph.add_edge(*expected)
            edges_by_doc.setdefault(link["doc"], set()).add(expected)

    subsidiaries = {}
    for link in links:
        if link.get("relation") == "subsidiary_of":
            subsidiaries.setdefault(link["source"], set()).add(link["doc"])
    for number, link in enumerate(links, 1):
        if link.get("relation") == "subsidiary_of":
            continue
        for name in (link.get("source"), link.get("target")):
            if name in subsidiaries and link.get("doc") not in subsidiaries[name]:
                errors.append(f"link {number}: {name} acts in {link.get('doc')} "
                              "without its subsidiary_of link in that document")

    linked_in_doc = {(link.get("doc"), frozenset((link.get("source"), link.get("target"))))
                     for link in links}
    link_quotes = {(link.get("doc"), norm(link.get("quote", ""))) for link in links}
    for number, row in enumerate(non_links, 1):
        if set(row) != NON_LINK_FIELDS:
            errors.append(f"non-link {number}: fields {sorted(row)} differ from {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            errors.append(f"non-link {number}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in aliases:
                errors.append(f"non-link {number}: {name!r} is not a key of aliases.json")
            elif not any(squash(alias) in squash(row["quote"]) for alias in aliases[name]):
                errors.append(f"non-link {number}: no name of {name} occurs in the quote")
        for i, first in enumerate(companies):
            for second in companies[i + 1:]:
                if (row["doc"], frozenset((first, second))) in linked_in_doc:
                    errors.append(f"non-link {number}: {first} and {second} are linked in {row['doc']}")
        if (row["doc"], norm(row["quote"])) in link_quotes:
            errors.append(f"non-link {number}: quote is also a link quote")
        check_place("non-link", number, row, pages, pages, errors)

    for number, link in enumerate(links, 1):
        quote = squash(link.get("quote", ""))
        for name in (link.get("source"), link.get("target")):
            if name in aliases and not any(squash(a) in quote for a in aliases[name]):
                warnings.append(f"link {number}: {name} is named only by context or table")

    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    expected_loops = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    given_loops = set()
    for loop in loops:
        if not isinstance(loop, list) or not 2 <= len(loop) <= 4 or len(set(loop)) != len(loop):
            errors.append(f"loops.json: bad loop {loop!r} (need 2-4 distinct names)")
            continue
        given_loops.add(canonical(loop))
        edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, doc_edges in edges_by_doc.items():
            if edges <= doc_edges:
                errors.append(f"loops.json: loop {loop} lies inside {doc}")
    if given_loops != expected_loops:
        errors.append(f"loops.json differs from simple cycles: missing "
                      f"{sorted(expected_loops - given_loops)}, extra {sorted(given_loops - expected_loops)}")
    for cycle in expected_loops:
        if not 2 <= len(cycle) <= 4:
            errors.append(f"money graph has a cycle of length {len(cycle)}: {cycle}")

    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"{len(links)} links, expected {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    if not NON_LINK_RANGE[0] <= len(non_links) <= NON_LINK_RANGE[1]:
        errors.append(f"{len(non_links)} non-links, expected {NON_LINK_RANGE[0]}-{NON_LINK_RANGE[1]}")
    if len(loops) != LOOP_COUNT:
        errors.append(f"{len(loops)} loops, expected {LOOP_COUNT}")

    for message in warnings:
        print("note:", message)
    print(f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(loops)} loops, {len(aliases)} companies")
    if errors:
        for message in errors:
            print("ERROR:", message)
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
