"""Validate the fresh122 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 0 and prints "OK" when every check passes.
"""
import glob
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
LINK_FIELDS = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
NON_LINK_FIELDS = ["doc", "quote", "companies", "page"]
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "br", "caption", "dd", "div",
              "dl", "dt", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
              "li", "main", "nav", "ol", "p", "section", "table", "tbody", "td", "tfoot",
              "th", "thead", "title", "tr", "ul"}
SKIP_TAGS = {"head", "script", "style"}


def normalise(text):
    """Collapse whitespace; drop it entirely for text containing Chinese characters.

    Chinese has no spaces between words and PDF line wraps insert line breaks
    anywhere, so whitespace carries no information in Chinese quotes.
    """
    text = text.replace("\u00a0", " ")
    if CJK.search(text):
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def occurs(quote, text):
    """Whether quote occurs in text after whitespace normalisation."""
    if CJK.search(quote):
        return normalise(quote) in re.sub(r"\s+", "", text.replace("\u00a0", " "))
    return normalise(quote) in re.sub(r"\s+", " ", text.replace("\u00a0", " "))


class VisibleText(HTMLParser):
    """Visible text of an HTML page; block elements and table cells are separated."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw):
    """Markdown source with table rows turned into cells joined by spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            if re.fullmatch(r"\|[\s:|-]+\|", stripped):
                continue
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            line = " ".join(cell for cell in cells if cell)
        lines.append(line)
    return "\n".join(lines)


def document_pages(path):
    """List of page texts (one item for non-PDF documents)."""
    if path.endswith(".pdf"):
        return [page.extract_text() or "" for page in PdfReader(path).pages]
    with open(path, encoding="utf-8") as handle:
        raw = handle.read()
    if path.endswith((".html", ".htm")):
        parser = VisibleText()
        parser.feed(raw)
        return ["".join(parser.parts)]
    if path.endswith(".md"):
        return [markdown_text(raw)]
    return [raw]


def read_jsonl(name, errors):
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
    """Rotation of a cycle that starts at its smallest node."""
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_quote(kind, number, row, pages, errors):
    doc, quote, page = row["doc"], row["quote"], row["page"]
    if not isinstance(quote, str) or not quote.strip():
        errors.append(f"{kind} {number}: empty quote")
        return
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(pages):
            errors.append(f"{kind} {number}: PDF page {page!r} invalid for {doc}")
            return
        if not occurs(quote, pages[page - 1]):
            errors.append(f"{kind} {number}: quote not on page {page} of {doc}: {quote[:70]}")
    else:
        if page is not None:
            errors.append(f"{kind} {number}: page must be null for {doc}")
        if not occurs(quote, pages[0]):
            errors.append(f"{kind} {number}: quote not found in {doc}: {quote[:70]}")


def main():
    errors, warnings = [], []
    docs = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "[0-9][0-9]_*.*")))
    expected = [f"{n:02d}" for n in range(1, 9)]
    if [d[:2] for d in docs] != expected:
        errors.append(f"expected documents 01_..08_, found {docs}")
    pdfs = [d for d in docs if d.endswith(".pdf")]
    if len(pdfs) < 3:
        errors.append(f"need at least 3 PDFs, found {len(pdfs)}")
    pages = {d: document_pages(os.path.join(HERE, d)) for d in docs}
    chinese = [d for d in docs if len(CJK.findall("".join(pages[d]))) > 300]
    if len(chinese) < 2:
        errors.append(f"need at least 2 Chinese documents, found {chinese}")

    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as handle:
        aliases = json.load(handle)
    all_text = "\n".join(normalise("".join(p)) + "\n" + re.sub(r"\s+", "", "".join(p))
                         for p in pages.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            errors.append(f"aliases: {short} has no names")
            continue
        for name in names:
            if normalise(name) not in all_text:
                errors.append(f"aliases: {short} name {name!r} does not occur in any document")

    links = read_jsonl("links.jsonl", errors)
    non_links = read_jsonl("non_links.jsonl", errors)
    seen = set()
    pairs = set()
    graph = nx.DiGraph()
    edges_by_doc = {}
    linked_in_doc = {}
    for number, row in enumerate(links, 1):
        if list(row) != LINK_FIELDS:
            errors.append(f"link {number}: fields {list(row)} != {LINK_FIELDS}")
            continue
        doc, source, relation, target = row["doc"], row["source"], row["relation"], row["target"]
        if doc not in pages:
            errors.append(f"link {number}: unknown document {doc}")
            continue
        if relation not in RELATIONS:
            errors.append(f"link {number}: unknown relation {relation}")
        for name in (source, target):
            if name not in aliases:
                errors.append(f"link {number}: {name} is not a key of aliases.json")
        if source == target:
            errors.append(f"link {number}: source equals target")
        key = (doc, source, relation, target)
        if key in seen:
            errors.append(f"link {number}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                errors.append(f"link {number}: partners_with listed twice for {sorted(pair)}")
            pairs.add(pair)
        if relation in NO_MONEY:
            want = (None, None)
        elif relation == "supplies":
            want = (target, source)
        else:
            want = (source, target)
        if (row["payer"], row["payee"]) != want:
            errors.append(f"link {number}: payer/payee {row['payer']},{row['payee']} should be {want}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount:
                errors.append(f"link {number}: amount must be text or null")
            elif amount not in row["quote"]:
                errors.append(f"link {number}: amount {amount!r} not in quote")
            elif amount.strip().endswith("%"):
                errors.append(f"link {number}: percentages are not amounts")
        check_quote("link", number, row, pages[doc], errors)
        linked_in_doc.setdefault(doc, set()).add(frozenset((source, target)))
        if want[0] is not None:
            graph.add_edge(want[0], want[1])
            edges_by_doc.setdefault(doc, set()).add(want)

    for number, row in enumerate(non_links, 1):
        if list(row) != NON_LINK_FIELDS:
            errors.append(f"non-link {number}: fields {list(row)} != {NON_LINK_FIELDS}")
            continue
        if row["doc"] not in pages:
            errors.append(f"non-link {number}: unknown document {row['doc']}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            errors.append(f"non-link {number}: needs at least two companies")
            continue
        for name in companies:
            if name not in aliases:
                errors.append(f"non-link {number}: {name} is not a key of aliases.json")
            elif not any(normalise(a) in normalise(row["quote"]) for a in aliases[name]):
                warnings.append(f"non-link {number}: no name of {name} in the quote")
        for a in companies:
            for b in companies:
                if a < b and frozenset((a, b)) in linked_in_doc.get(row["doc"], set()):
                    errors.append(f"non-link {number}: {a} and {b} are linked in {row['doc']}")
        check_quote("non-link", number, row, pages[row["doc"]], errors)

    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as handle:
        loops = json.load(handle)
    listed = {canonical(list(loop)) for loop in loops}
    if len(listed) != len(loops):
        errors.append("loops.json contains a loop twice")
    actual = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    if listed != actual:
        errors.append(f"loops.json differs from simple cycles: missing {sorted(actual - listed)}, "
                      f"extra {sorted(listed - actual)}")
    for loop in listed:
        loop_edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        if not 2 <= len(loop) <= 4:
            errors.append(f"loop {loop} has length {len(loop)}")
        for doc, edges in edges_by_doc.items():
            if loop_edges <= edges:
                errors.append(f"loop {loop} lies inside {doc}")

    if not 60 <= len(links) <= 75:
        errors.append(f"{len(links)} links, expected 60-75")
    if not 20 <= len(non_links) <= 26:
        errors.append(f"{len(non_links)} non-links, expected 20-26")
    if len(listed) != 5:
        errors.append(f"{len(listed)} loops, expected 5")

    for warning in warnings:
        print("warning:", warning)
    for error in errors:
        print("ERROR:", error)
    print(f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(listed)} loops, {len(aliases)} companies")
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
