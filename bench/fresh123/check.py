"""Validate the fresh123 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and exits 0.
"""

import html
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
TARGET_PAYS = {"supplies"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
NON_LINK_FIELDS = ["doc", "quote", "companies", "page"]
DOC_NAME = re.compile(r"^0[1-8]_[A-Za-z0-9]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    """Visible text of an HTML page: skips head, script and style; every tag boundary becomes a space."""

    HIDDEN = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(raw):
    parser = VisibleText()
    parser.feed(raw)
    parser.close()
    return norm(html.unescape("".join(parser.parts)))


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return norm("\n".join(lines))


def document_pages(path):
    """Return {page: normalised text}; page is None for non-PDF documents."""
    if path.endswith(".pdf"):
        reader = PdfReader(path)
        return {number: norm(page.extract_text() or "") for number, page in enumerate(reader.pages, 1)}
    with open(path, encoding="utf-8") as handle:
        raw = handle.read()
    if path.endswith(".html"):
        return {None: html_text(raw)}
    if path.endswith(".md"):
        return {None: markdown_text(raw)}
    return {None: norm(raw)}


def load_jsonl(name, errors):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_quote(where, row, pages, errors):
    quote = norm(row.get("quote") or "")
    if not quote:
        errors.append(f"{where}: empty quote")
        return
    page = row.get("page")
    if page not in pages:
        errors.append(f"{where}: page {page!r} not in document")
        return
    if quote not in pages[page]:
        errors.append(f"{where}: quote not found on page {page}: {quote[:80]}")


def main():
    errors = []
    docs = sorted(name for name in os.listdir(HERE) if DOC_NAME.match(name))
    if len(docs) != 8:
        errors.append(f"expected 8 documents, found {len(docs)}: {docs}")
    prefixes = sorted(name[:2] for name in docs)
    if prefixes != [f"{n:02d}" for n in range(1, 9)]:
        errors.append(f"document numbers are not 01..08: {prefixes}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        errors.append(f"need at least 3 PDFs, found {len(pdfs)}")
    pages = {name: document_pages(os.path.join(HERE, name)) for name in docs}
    chinese = [name for name in docs if len(re.findall(r"[\u4e00-\u9fff]", "".join(pages[name].values()))) > 300]
    if len(chinese) < 2:
        errors.append(f"need at least 2 Chinese documents, found {chinese}")

    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as handle:
        aliases = json.load(handle)
    for key, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
            errors.append(f"aliases.json: {key} must map to a non-empty list of names")

    links = load_jsonl("links.jsonl", errors)
    seen = set()
    graph = nx.DiGraph()
    edge_docs = defaultdict(set)
    partner_pairs = set()
    for number, row in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if sorted(row) != sorted(LINK_FIELDS):
            errors.append(f"{where}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        doc, source, relation, target = row["doc"], row["source"], row["relation"], row["target"]
        if doc not in pages:
            errors.append(f"{where}: unknown document {doc}")
            continue
        if relation not in RELATIONS:
            errors.append(f"{where}: unknown relation {relation}")
        for field in ("source", "target"):
            if row[field] not in aliases:
                errors.append(f"{where}: {field} {row[field]!r} is not a key of aliases.json")
        if source == target:
            errors.append(f"{where}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation in TARGET_PAYS:
            expected = (target, source)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            errors.append(f"{where}: payer/payee {(row['payer'], row['payee'])} should be {expected}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount:
                errors.append(f"{where}: amount must be a non-empty string or null")
            elif amount not in row["quote"]:
                errors.append(f"{where}: amount {amount!r} does not occur in quote")
            elif amount.rstrip().endswith("%"):
                errors.append(f"{where}: percentages are not amounts")
            if relation in NO_MONEY:
                errors.append(f"{where}: {relation} carries no amount")
        is_pdf = doc.endswith(".pdf")
        if is_pdf and not isinstance(row["page"], int):
            errors.append(f"{where}: PDF link needs an integer page")
        if not is_pdf and row["page"] is not None:
            errors.append(f"{where}: page must be null for non-PDF documents")
        key = (doc, source, relation, target)
        if key in seen:
            errors.append(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in partner_pairs:
                errors.append(f"{where}: partners_with listed more than once for {sorted(pair)}")
            partner_pairs.add(pair)
        check_quote(where, row, pages[doc], errors)
        if row["payer"] and row["payee"]:
            graph.add_edge(row["payer"], row["payee"])
            edge_docs[(row["payer"], row["payee"])].add(doc)

    non_links = load_jsonl("non_links.jsonl", errors)
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if sorted(row) != sorted(NON_LINK_FIELDS):
            errors.append(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        if row["doc"] not in pages:
            errors.append(f"{where}: unknown document {row['doc']}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            errors.append(f"{where}: needs at least two companies")
        for name in companies:
            if name not in aliases:
                errors.append(f"{where}: company {name!r} is not a key of aliases.json")
        is_pdf = row["doc"].endswith(".pdf")
        if is_pdf and not isinstance(row["page"], int):
            errors.append(f"{where}: PDF non-link needs an integer page")
        if not is_pdf and row["page"] is not None:
            errors.append(f"{where}: page must be null for non-PDF documents")
        check_quote(where, row, pages[row["doc"]], errors)
        link_quotes = {norm(link["quote"]) for link in links if link.get("doc") == row["doc"]}
        if norm(row["quote"]) in link_quotes:
            errors.append(f"{where}: quote is also a link quote")

    if not 60 <= len(links) <= 75:
        errors.append(f"links: {len(links)} not within 60-75")
    if not 20 <= len(non_links) <= 26:
        errors.append(f"non-links: {len(non_links)} not within 20-26")

    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as handle:
        loops = json.load(handle)
    declared = {canonical(loop) for loop in loops}
    if len(declared) != len(loops):
        errors.append("loops.json contains duplicates")
    found = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    if declared != found:
        errors.append(f"loops.json differs from simple cycles: missing {sorted(found - declared)}, "
                      f"extra {sorted(declared - found)}")
    if len(found) != 5:
        errors.append(f"expected 5 money loops, found {len(found)}")
    for loop in loops:
        for name in loop:
            if name not in aliases:
                errors.append(f"loops.json: {name!r} is not a key of aliases.json")
        edges = [(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))]
        if not all(edge in edge_docs for edge in edges):
            errors.append(f"loops.json: {loop} is not a cycle of the payer->payee graph")
            continue
        common = set.intersection(*(edge_docs[edge] for edge in edges))
        if common:
            errors.append(f"loops.json: loop {loop} lies inside one document {sorted(common)}")
        if not 2 <= len(loop) <= 4:
            errors.append(f"loops.json: loop {loop} length must be 2-4")

    if errors:
        print(f"{len(errors)} problem(s):")
        for error in errors:
            print(" -", error)
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, {len(loops)} loops")


if __name__ == "__main__":
    main()
