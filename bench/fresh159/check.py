"""Validate the fresh159 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and prints every problem found, or prints "OK" and a summary.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdfium2 as pdfium
from pypdf import PdfReader

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
LINK_FIELDS = {
    "doc",
    "source",
    "relation",
    "target",
    "payer",
    "payee",
    "amount",
    "page",
    "quote",
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "footer", "article", "section", "figure",
    "figcaption", "title", "body", "html", "head", "thead", "tbody", "blockquote",
}
HIDDEN_TAGS = {"head", "style", "script", "title"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Whitespace normalisation: every run of whitespace becomes one space."""
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    """Collect the visible text of an HTML page, entities decoded."""

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
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def markdown_text(raw):
    """Markdown text with table rows rewritten as cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells if cell):
                continue
            line = " ".join(cell for cell in cells if cell)
        lines.append(line)
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if DOC_RE.match(path.name):
            docs[path.name] = path
    numbers = sorted(DOC_RE.match(name).group(1) for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08 exactly once, found {numbers}")
    texts = {}
    for name, path in docs.items():
        if path.suffix == ".pdf":
            reader = PdfReader(path)
            texts[name] = [norm(page.extract_text() or "") for page in reader.pages]
        elif path.suffix == ".html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            texts[name] = norm("".join(parser.parts))
        elif path.suffix == ".md":
            texts[name] = norm(markdown_text(path.read_text(encoding="utf-8")))
        else:
            texts[name] = norm(path.read_text(encoding="utf-8"))
    return docs, texts


def check_pdf_bounds(docs):
    """Text a reader sees (bounded by the page) must equal all text on the page."""
    for name, path in docs.items():
        if path.suffix != ".pdf":
            continue
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                everything = norm(textpage.get_text_range())
                visible = norm(textpage.get_text_bounded())
                if everything != visible:
                    error(f"{name} page {index + 1}: text drawn off the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def read_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"missing {name}")
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_quote(where, row, docs, texts):
    doc = row.get("doc")
    if doc not in docs:
        error(f"{where}: unknown document {doc!r}")
        return
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    page = row.get("page")
    if docs[doc].suffix == ".pdf":
        pages = texts[doc]
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= len(pages):
            error(f"{where}: PDF quote needs a page 1-{len(pages)}, got {page!r}")
            return
        if norm(quote) not in pages[page - 1]:
            error(f"{where}: quote not found on page {page} of {doc}: {quote[:70]!r}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF document {doc}")
        if norm(quote) not in texts[doc]:
            error(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def check_links(links, aliases, docs, texts):
    seen = set()
    pairs = set()
    for number, row in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(row) != LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = row["source"], row["relation"], row["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for name in (source, target):
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation == "supplies":
            expected = (target, source)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            got = (row["payer"], row["payee"])
            error(f"{where}: payer/payee {got} should be {expected}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be null or non-empty text")
            elif amount not in row["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[\d.,\s]*%", amount):
                error(f"{where}: a percentage is not an amount")
        key = (row["doc"], source, relation, target)
        if key in seen:
            triple = f"({source}, {relation}, {target})"
            error(f"{where}: duplicate {triple} in {row['doc']}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                error(f"{where}: partners_with listed twice for {sorted(pair)}")
            pairs.add(pair)
        check_quote(where, row, docs, texts)


def check_non_links(non_links, aliases, docs, texts):
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if set(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two different companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
        check_quote(where, row, docs, texts)


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links):
    path = HERE / "loops.json"
    if not path.exists():
        error("missing loops.json")
        return []
    loops = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    doc_edges = {}
    for row in links:
        if row.get("payer") and row.get("payee"):
            edge = (row["payer"], row["payee"])
            graph.add_edge(*edge)
            doc_edges.setdefault(row["doc"], set()).add(edge)
    expected = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    given = set()
    for loop in loops:
        if not isinstance(loop, list) or not 2 <= len(loop) <= 4:
            error(f"loops.json: loop {loop!r} must list 2 to 4 companies")
            continue
        given.add(canonical(loop))
    if given != expected:
        error(f"loops.json differs from the simple cycles: missing {expected - given}, "
              f"extra {given - expected}")
    if len(loops) != len(given):
        error("loops.json lists a loop twice")
    for cycle in expected:
        if not 2 <= len(cycle) <= 4:
            error(f"simple cycle {cycle} has length {len(cycle)}, outside 2-4")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, present in doc_edges.items():
            if edges <= present:
                error(f"loop {cycle} lies inside one document: {doc}")
    return sorted(expected)


def check_aliases(aliases, links, non_links, docs, texts):
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {key!r} needs a non-empty list of names")
            continue
        for name in names:
            squeezed = re.sub(r"\s+", "", name)
            found = False
            for doc, text in texts.items():
                pages = text if docs[doc].suffix == ".pdf" else [text]
                if any(squeezed in re.sub(r"\s+", "", page) for page in pages):
                    found = True
                    break
            if not found:
                error(f"aliases.json: {name!r} ({key}) does not occur in any document")
    used = {row.get("source") for row in links} | {row.get("target") for row in links}
    for row in non_links:
        used |= set(row.get("companies") or [])
    for key in sorted(set(aliases) - used):
        error(f"aliases.json: {key!r} is used by no link or non-link")


def main():
    docs, texts = load_documents()
    alias_path = HERE / "aliases.json"
    aliases = {}
    if alias_path.exists():
        aliases = json.loads(alias_path.read_text(encoding="utf-8"))
    if not aliases:
        error("aliases.json missing or empty")
    for name in ("README.md", "build_pdfs.py", "check.py"):
        if not (HERE / name).exists():
            error(f"missing {name}")
    pdf_count = sum(1 for path in docs.values() if path.suffix == ".pdf")
    if pdf_count < 3:
        error(f"need at least 3 PDF documents, found {pdf_count}")
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_links(links, aliases, docs, texts)
    check_non_links(non_links, aliases, docs, texts)
    loops = check_loops(links)
    check_aliases(aliases, links, non_links, docs, texts)
    check_pdf_bounds(docs)
    if not 60 <= len(links) <= 75:
        error(f"{len(links)} links, expected 60-75")
    if not 20 <= len(non_links) <= 26:
        error(f"{len(non_links)} non-links, expected 20-26")
    if len(loops) != 5:
        error(f"{len(loops)} money loops, expected 5")
    linked_docs = {row.get("doc") for row in links}
    for name in docs:
        if name not in linked_docs:
            error(f"{name} states no link")
    if errors:
        for message in errors:
            print("ERROR", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(loops)} loops")
    for loop in loops:
        print("  loop:", " -> ".join(loop + (loop[0],)))


if __name__ == "__main__":
    main()
