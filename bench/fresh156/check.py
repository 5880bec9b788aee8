"""Validate the fresh156 evaluation set.

Run with /work/main/.venv/bin/python check.py (from any directory). Prints every
problem found and exits with status 1 if there is at least one, else prints a
summary and exits with status 0.

Text comparison: quotes are compared with the document text after whitespace
normalisation (runs of whitespace become one space; a space next to a CJK
character is dropped, because a line break inside Chinese text is not a word
break). PDF text is taken per page with pypdf; HTML text is the visible text
with entities decoded; Markdown table rows are read as their cells joined by
single spaces.
"""

import itertools
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdf
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
RELATIONS = {
    "invests_in",
    "owns_stake_in",
    "lends_to",
    "acquires",
    "supplies",
    "partners_with",
    "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
TARGET_PAYS = {"supplies"}
LINK_FIELDS = [
    "doc",
    "source",
    "relation",
    "target",
    "payer",
    "payee",
    "amount",
    "page",
    "quote",
]
NON_LINK_FIELDS = ["doc", "quote", "companies", "page"]
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9_]+\.(pdf|html|md|txt)$")
CJK = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
CJK_CHAR = re.compile(f"[{CJK}]")
BLOCK_TAGS = {
    "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "nav", "ol", "p",
    "section", "table", "td", "th", "tr", "ul",
}
HIDDEN_TAGS = {"head", "script", "style", "template"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(f"(?<=[{CJK}]) | (?=[{CJK}])", "", text)


class VisibleText(HTMLParser):
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
            self.hidden = max(self.hidden - 1, 0)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(path):
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return norm("".join(parser.parts))


def markdown_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", cell) for cell in cells if cell):
                continue
            line = " ".join(cell for cell in cells if cell)
        lines.append(line)
    return norm("\n".join(lines))


def pdf_pages(path):
    return [norm(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def check_pdf_bounds(path):
    """Text a reader sees (inside the page box) must equal all text on the page."""
    pdf = pdfium.PdfDocument(path)
    try:
        for number in range(len(pdf)):
            textpage = pdf[number].get_textpage()
            seen = norm(textpage.get_text_bounded())
            drawn = norm(textpage.get_text_range())
            if seen != drawn:
                error(f"{path.name} page {number + 1}: text drawn off the page")
    finally:
        pdf.close()


def load_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"{name} missing")
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name} line {number}: invalid JSON ({exc})")
    return rows


def load_json(name, default):
    path = HERE / name
    if not path.exists():
        error(f"{name} missing")
        return default
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        error(f"{name}: invalid JSON ({exc})")
        return default


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        match = DOC_NAME.match(path.name)
        if not match:
            continue
        if match.group(2) == "pdf":
            docs[path.name] = pdf_pages(path)
            check_pdf_bounds(path)
        elif match.group(2) == "html":
            docs[path.name] = [html_text(path)]
        elif match.group(2) == "md":
            docs[path.name] = [markdown_text(path)]
        else:
            docs[path.name] = [norm(path.read_text(encoding="utf-8"))]
    numbers = sorted(name[:2] for name in docs)
    if numbers != [f"{n:02d}" for n in range(1, 9)]:
        error(f"expected documents 01_ to 08_, found {numbers}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"at least 3 PDF documents needed, found {len(pdfs)}")
    chinese = [name for name, pages in docs.items() if CJK_CHAR.search("".join(pages))]
    if len(chinese) < 2:
        error(f"at least 2 Chinese documents needed, found {chinese}")
    return docs


def check_quote(docs, where, row):
    doc, quote, page = row.get("doc"), row.get("quote"), row.get("page")
    if doc not in docs:
        error(f"{where}: unknown document {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    pages = docs[doc]
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or isinstance(page, bool):
            error(f"{where}: PDF quote needs an integer page")
            return
        if not 1 <= page <= len(pages):
            error(f"{where}: page {page} out of range")
            return
        if norm(quote) not in pages[page - 1]:
            error(f"{where}: quote not on page {page} of {doc}: {quote[:70]}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF {doc}")
        if norm(quote) not in pages[0]:
            error(f"{where}: quote not in {doc}: {quote[:70]}")


def names_in(text, aliases, key):
    return any(norm(alias) in norm(text) for alias in aliases.get(key, []))


def check_aliases(aliases, docs):
    if not isinstance(aliases, dict) or not aliases:
        error("aliases.json must be a non-empty object")
        return
    everything = " ".join(" ".join(pages) for pages in docs.values())
    owners = {}
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases[{key}] must be a non-empty list")
            continue
        for name in names:
            if name in owners and owners[name] != key:
                error(f"alias {name!r} used by both {owners[name]} and {key}")
            owners[name] = key
            if norm(name) not in everything:
                error(f"alias {name!r} of {key} does not occur in any document")


def check_links(links, docs, aliases):
    seen = set()
    pairs = {}
    for number, link in enumerate(links, 1):
        where = f"links.jsonl line {number}"
        if list(link) != LINK_FIELDS:
            error(f"{where}: fields {list(link)} != {LINK_FIELDS}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for key in (source, target):
            if key not in aliases:
                error(f"{where}: {key!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation in TARGET_PAYS:
            expected = (target, source)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee should be {expected} for {relation}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be null or non-empty text")
            elif amount not in link["quote"]:
                error(f"{where}: amount {amount!r} not in quote")
            elif amount.rstrip().endswith("%"):
                error(f"{where}: a percentage is not an amount")
        triple = (link["doc"], source, relation, target)
        if triple in seen:
            error(f"{where}: duplicate {triple}")
        seen.add(triple)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pairs.get(pair, (source, target)) != (source, target):
                error(f"{where}: partners_with {source}/{target} listed both ways")
            pairs[pair] = (source, target)
        check_quote(docs, where, link)
    if not 60 <= len(links) <= 75:
        error(f"{len(links)} links, expected 60 to 75")
    for doc in docs:
        if not any(link["doc"] == doc for link in links):
            error(f"{doc}: no links")


def check_non_links(non_links, docs, aliases, links):
    link_quotes = {(link.get("doc"), norm(link.get("quote") or "")) for link in links}
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl line {number}"
        if list(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {list(row)} != {NON_LINK_FIELDS}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
            continue
        for key in companies:
            if key not in aliases:
                error(f"{where}: {key!r} is not a key of aliases.json")
            elif not names_in(row["quote"], aliases, key):
                error(f"{where}: {key} is not named in the quote")
        check_quote(docs, where, row)
        quote = norm(row["quote"])
        for doc, linked in link_quotes:
            if doc == row["doc"] and (quote in linked or linked in quote):
                error(f"{where}: overlaps a link quote: {linked[:60]}")
    if not 20 <= len(non_links) <= 26:
        error(f"{len(non_links)} non-links, expected 20 to 26")


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(loops, links):
    graph = nx.DiGraph()
    edge_docs = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            edge_docs.setdefault(edge, set()).add(link["doc"])
    expected = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    if not isinstance(loops, list) or not all(isinstance(x, list) for x in loops):
        error("loops.json must be a list of lists")
        return expected
    given = [canonical(loop) for loop in loops if loop]
    if len(given) != len(set(given)):
        error("loops.json lists a loop twice")
    if set(given) != expected:
        missing, extra = expected - set(given), set(given) - expected
        error(f"loops.json != simple cycles: missing {missing}, extra {extra}")
    if len(expected) != 5:
        error(f"{len(expected)} money loops, expected 5")
    for cycle in expected:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}, expected 2 to 4")
        edges = list(itertools.pairwise(cycle + cycle[:1]))
        common = set.intersection(*(edge_docs[edge] for edge in edges))
        if common:
            error(f"loop {cycle} lies inside one document: {sorted(common)}")
    return expected


def main():
    docs = load_documents()
    aliases = load_json("aliases.json", {})
    check_aliases(aliases, docs)
    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")
    check_links(links, docs, aliases)
    check_non_links(non_links, docs, aliases, links)
    loops = load_json("loops.json", [])
    cycles = check_loops(loops, links)
    for name in ("README.md", "build_pdfs.py"):
        if not (HERE / name).exists():
            error(f"{name} missing")
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(cycles)} loops")


if __name__ == "__main__":
    main()
