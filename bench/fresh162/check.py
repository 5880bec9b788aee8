"""Validate the fresh162 evaluation set.

Run with /work/main/.venv/bin/python check.py (from any directory). Prints every
problem found and exits with status 1 if there is at least one error.
"""

import json
import re
import sys
import unicodedata
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import networkx as nx
import pypdfium2 as pdfium
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9-]+\.(md|html|pdf|txt)$")
RELATIONS = {
    "invests_in", "owns_stake_in", "lends_to", "acquires",
    "supplies", "partners_with", "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote",
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
SPACE_NEAR_CJK = re.compile(rf"\s+(?=[{CJK}])|(?<=[{CJK}])\s+")
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "section", "table", "td", "th", "tr", "ul",
}
HIDDEN_TAGS = {"head", "script", "style", "template", "noscript"}

errors = []


def error(message):
    errors.append(message)


def normalise(text):
    """Collapse whitespace; drop whitespace next to CJK characters (PDF line breaks)."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"\s+", " ", text)
    return SPACE_NEAR_CJK.sub("", text).strip()


class VisibleText(HTMLParser):
    """Visible text of an HTML page; block elements and table cells are separated."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def markdown_text(raw):
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


def document_texts(path):
    """Return {page: normalised text}; page is None for non-PDF documents."""
    if path.suffix == ".pdf":
        reader = PdfReader(path)
        pages = enumerate(reader.pages, 1)
        return {number: normalise(page.extract_text()) for number, page in pages}
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        raw = "".join(parser.parts)
    elif path.suffix == ".md":
        raw = markdown_text(raw)
    return {None: normalise(raw)}


def check_pdf_visibility(path):
    """Text a reader sees (inside the page box) must equal all text on the page."""
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            text_page = pdf[index].get_textpage()
            seen = " ".join(text_page.get_text_bounded().split())
            drawn = " ".join(text_page.get_text_range().split())
            if seen != drawn:
                error(f"{path.name} page {index + 1}: text drawn outside the page")
    finally:
        pdf.close()


def load_jsonl(name):
    rows = []
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_location(kind, number, row, docs, texts):
    doc, page, quote = row.get("doc"), row.get("page"), row.get("quote")
    if doc not in docs:
        error(f"{kind} {number}: unknown document {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{kind} {number}: empty quote")
        return
    pages = texts[doc]
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or page not in pages:
            error(f"{kind} {number}: PDF needs a valid 1-based page, got {page!r}")
            return
        haystack = pages[page]
    else:
        if page is not None:
            error(f"{kind} {number}: page must be null for non-PDF {doc}")
        haystack = pages[None]
    if normalise(quote) not in haystack:
        error(f"{kind} {number}: quote not found in {doc} page {page}: {quote[:70]!r}")


def check_links(links, aliases, docs, texts):
    seen = {}
    pairs = {}
    for number, link in enumerate(links, 1):
        if set(link) != LINK_FIELDS:
            error(f"link {number}: fields {sorted(link)} != {sorted(LINK_FIELDS)}")
            continue
        relation, source, target = link["relation"], link["source"], link["target"]
        if relation not in RELATIONS:
            error(f"link {number}: unknown relation {relation!r}")
        for field in ("source", "target", "payer", "payee"):
            value = link[field]
            if value is not None and value not in aliases:
                error(f"link {number}: {field} {value!r} is not a key of aliases.json")
        if source == target:
            error(f"link {number}: source equals target")
        if relation in NO_MONEY:
            expected = (None, None)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (target, source)
        if (link["payer"], link["payee"]) != expected:
            got = (link["payer"], link["payee"])
            error(f"link {number}: payer/payee {got} should be {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"link {number}: amount {amount!r} does not occur in the quote")
            elif amount.rstrip().endswith("%"):
                error(f"link {number}: a percentage is not an amount")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"link {number}: duplicate of link {seen[key]} in {link['doc']}")
        seen[key] = number
        if relation == "partners_with":
            pair = (link["doc"], frozenset((source, target)))
            if pair in pairs:
                error(f"link {number}: partners_with repeats link {pairs[pair]}")
            pairs[pair] = number
        check_location("link", number, link, docs, texts)


def check_non_links(non_links, links, aliases, docs, texts):
    linked = {frozenset((link["source"], link["target"])) for link in links}
    link_quotes = {(link["doc"], normalise(link["quote"])) for link in links}
    for number, row in enumerate(non_links, 1):
        if set(row) != NON_LINK_FIELDS:
            error(f"non-link {number}: fields {sorted(row)} are wrong")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"non-link {number}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"non-link {number}: {name!r} is not a key of aliases.json")
        for a, b in combinations(companies, 2):
            if frozenset((a, b)) in linked:
                error(f"non-link {number}: {a} and {b} are linked in links.jsonl")
        if (row["doc"], normalise(row["quote"])) in link_quotes:
            error(f"non-link {number}: quote is also a link quote")
        check_location("non-link", number, row, docs, texts)


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links, loops):
    graph = nx.DiGraph()
    edge_docs = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            edge_docs.setdefault(edge, set()).add(link["doc"])
    cycles = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    listed = set()
    for loop in loops:
        if not isinstance(loop, list) or len(loop) < 2:
            error(f"loops.json: bad loop {loop!r}")
            continue
        listed.add(canonical(loop))
    for cycle in sorted(cycles - listed):
        error(f"loops.json: missing cycle {list(cycle)}")
    for cycle in sorted(listed - cycles):
        error(f"loops.json: {list(cycle)} is not a cycle of the payer->payee graph")
    if len(loops) != len(listed):
        error("loops.json: duplicate loops")
    for cycle in sorted(cycles):
        edges = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
        common = set.intersection(*(edge_docs[edge] for edge in edges))
        if common:
            error(f"loop {list(cycle)} lies inside one document: {sorted(common)}")
        if not 2 <= len(cycle) <= 4:
            error(f"loop {list(cycle)} has length {len(cycle)} (expected 2-4)")
    return cycles


def check_aliases(aliases, texts):
    owner = {}
    corpus = " ".join(text for pages in texts.values() for text in pages.values())
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {key} needs a non-empty list")
            continue
        for name in names:
            if name in owner and owner[name] != key:
                error(f"aliases.json: {name!r} listed for both {owner[name]} and {key}")
            owner[name] = key
            if normalise(name) not in corpus:
                error(f"aliases.json: {key} alias {name!r} occurs in no document")


def main():
    docs = sorted(p.name for p in HERE.iterdir() if DOC_NAME.match(p.name))
    numbers = [DOC_NAME.match(name).group(1) for name in docs]
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08 once each, found {docs}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        error("at least three documents must be PDFs")
    texts = {name: document_texts(HERE / name) for name in docs}
    chinese = [
        name for name in docs
        if sum(len(re.findall(f"[{CJK}]", text)) for text in texts[name].values()) > 300
    ]
    if len(chinese) < 2:
        error("at least two documents must be in Chinese")
    for name in pdfs:
        check_pdf_visibility(HERE / name)

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")

    check_aliases(aliases, texts)
    check_links(links, aliases, docs, texts)
    check_non_links(non_links, links, aliases, docs, texts)
    cycles = check_loops(links, loops)
    if not 60 <= len(links) <= 75:
        error(f"{len(links)} links; expected 60-75")
    if not 20 <= len(non_links) <= 26:
        error(f"{len(non_links)} non-links; expected 20-26")
    if len(cycles) != 5:
        error(f"{len(cycles)} money loops; expected 5")
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    table_header = "| File | Kind | Language |"
    if not readme.startswith("# fresh162 - ") or table_header not in readme:
        error("README.md lacks the title or the | File | Kind | Language | table")

    for message in errors:
        print("ERROR:", message)
    print(f"{len(docs)} documents ({len(pdfs)} PDF, {len(chinese)} Chinese), "
          f"{len(links)} links, {len(non_links)} non-links, {len(cycles)} loops: "
          + ("FAILED" if errors else "all checks passed"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
