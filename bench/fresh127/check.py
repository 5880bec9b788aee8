"""Validate the fresh127 evaluation set.

Run with: /work/main/.venv/bin/python check.py

Checks: the 8 documents exist; every record of links.jsonl and non_links.jsonl
has the required fields; relation vocabulary; payer/payee rules; amounts occur
in their quotes and are not percentages; page numbers are set for PDFs only;
short names are keys of aliases.json; no duplicate (source, relation, target)
within a document; partners_with appears once per pair; a subsidiary that acts
as a source has its subsidiary_of link in the same document; every quote
occurs in its document (PDF: pypdf text of the stated page; HTML: visible text
with entities decoded; Markdown tables: cells joined by single spaces), compared
after whitespace normalisation; every alias occurs in some document; counts of
links and non-links are in range; loops.json equals the simple cycles of the
payer -> payee graph (networkx) and no loop lies inside one document.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
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
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
LINK_RANGE = (60, 75)
NON_LINK_RANGE = (20, 26)
LOOP_COUNT = 5
DOC_PATTERN = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9_]+\.(md|txt|html|pdf)$")
BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "ul", "ol", "section", "article", "header", "footer", "figure",
    "figcaption", "nav", "aside", "title", "blockquote",
}
SKIP_TAGS = {"script", "style", "noscript", "template"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Whitespace normalisation: drop all whitespace (PDF line breaks fall inside CJK runs)."""
    return re.sub(r"\s+", "", text)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return "".join(parser.parts)


def markdown_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            lines.append(" ".join(cell for cell in cells if cell))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_documents():
    """Return {file name: {page or None: text}}."""
    documents = {}
    for path in sorted(HERE.iterdir()):
        if not path.is_file() or not DOC_PATTERN.match(path.name):
            continue
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            reader = PdfReader(str(path))
            documents[path.name] = {
                number: page.extract_text() or "" for number, page in enumerate(reader.pages, start=1)
            }
        elif suffix == ".html":
            documents[path.name] = {None: html_text(path)}
        elif suffix == ".md":
            documents[path.name] = {None: markdown_text(path)}
        else:
            documents[path.name] = {None: path.read_text(encoding="utf-8")}
    return documents


def read_jsonl(name):
    records = []
    path = HERE / name
    if not path.exists():
        error(f"{name}: missing")
        return records
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: invalid JSON ({exc})")
    return records


def check_quote(where, record, documents):
    doc = record.get("doc")
    if doc not in documents:
        error(f"{where}: unknown document {doc!r}")
        return
    pages = documents[doc]
    page = record.get("page")
    is_pdf = doc.endswith(".pdf")
    if is_pdf:
        if not isinstance(page, int) or isinstance(page, bool) or page not in pages:
            error(f"{where}: PDF quote needs a valid 1-based page, got {page!r}")
            return
        text = pages[page]
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF documents")
        text = pages[None]
    quote = record.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    if quote != quote.strip() or "  " in quote:
        error(f"{where}: quote has stray whitespace")
    if norm(quote) not in norm(text):
        found = [p for p, t in pages.items() if norm(quote) in norm(t)]
        hint = f" (found on page {found})" if found else ""
        error(f"{where}: quote not found in {doc}{hint}: {quote[:80]!r}")


def main():
    documents = load_documents()
    numbers = sorted(DOC_PATTERN.match(name).group(1) for name in documents)
    if numbers != [f"{n:02d}" for n in range(1, 9)]:
        error(f"expected documents 01..08, found {numbers}")

    try:
        aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        error(f"aliases.json: {exc}")
        aliases = {}
    all_text = norm(" ".join(t for pages in documents.values() for t in pages.values()))
    for short, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
            error(f"aliases.json: {short!r} must map to a non-empty list of names")
            continue
        if len(set(names)) != len(names):
            error(f"aliases.json: duplicate alias for {short!r}")
        for name in names:
            if norm(name) not in all_text:
                error(f"aliases.json: alias {name!r} of {short!r} occurs in no document")

    links = read_jsonl("links.jsonl")
    seen = set()
    pairs = set()
    graph = nx.DiGraph()
    edge_docs = {}
    subsidiaries = {}
    for number, link in links:
        where = f"links.jsonl:{number}"
        if set(link) != LINK_KEYS:
            error(f"{where}: fields {sorted(link)} != {sorted(LINK_KEYS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
            continue
        for role in ("source", "target"):
            if link[role] not in aliases:
                error(f"{where}: {role} {link[role]!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                error(f"{where}: partners_with listed more than once for {sorted(pair)}")
            pairs.add(pair)
        if relation == "subsidiary_of":
            subsidiaries.setdefault(source, set()).add(link["doc"])
        if relation in NO_MONEY:
            expected = (None, None)
        elif relation == "supplies":
            expected = (target, source)
        else:
            expected = (source, target)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee {(link['payer'], link['payee'])} != {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount:
                error(f"{where}: amount must be a non-empty string or null")
            elif amount not in link["quote"]:
                error(f"{where}: amount {amount!r} not in quote")
            elif "%" in amount:
                error(f"{where}: percentages are not amounts")
        if relation in NO_MONEY and amount is not None:
            error(f"{where}: {relation} carries no amount")
        check_quote(where, link, documents)
        if link["payer"] and link["payee"]:
            graph.add_edge(link["payer"], link["payee"])
            edge_docs.setdefault(link["doc"], set()).add((link["payer"], link["payee"]))

    for number, link in links:
        if set(link) != LINK_KEYS or link["relation"] == "subsidiary_of":
            continue
        source = link["source"]
        if source in subsidiaries and link["doc"] not in subsidiaries[source]:
            error(f"links.jsonl:{number}: {source} acts in {link['doc']} without its subsidiary_of link there")

    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        error(f"links: {len(links)} not in {LINK_RANGE}")

    non_links = read_jsonl("non_links.jsonl")
    link_quotes = {(link.get("doc"), link.get("quote")) for _, link in links}
    for number, item in non_links:
        where = f"non_links.jsonl:{number}"
        if set(item) != NON_LINK_KEYS:
            error(f"{where}: fields {sorted(item)} != {sorted(NON_LINK_KEYS)}")
            continue
        companies = item["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
        else:
            for company in companies:
                if company not in aliases:
                    error(f"{where}: company {company!r} is not a key of aliases.json")
        if (item["doc"], item["quote"]) in link_quotes:
            error(f"{where}: quote is also a link quote")
        check_quote(where, item, documents)
    if not NON_LINK_RANGE[0] <= len(non_links) <= NON_LINK_RANGE[1]:
        error(f"non-links: {len(non_links)} not in {NON_LINK_RANGE}")

    def canonical(cycle):
        start = cycle.index(min(cycle))
        return tuple(cycle[start:] + cycle[:start])

    cycles = {canonical(list(c)) for c in nx.simple_cycles(graph)}
    try:
        declared_list = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        error(f"loops.json: {exc}")
        declared_list = []
    declared = {canonical(list(loop)) for loop in declared_list}
    if len(declared) != len(declared_list):
        error("loops.json: duplicate loops")
    if declared != cycles:
        error(f"loops.json differs from simple cycles: missing {sorted(cycles - declared)}, "
              f"extra {sorted(declared - cycles)}")
    if len(cycles) != LOOP_COUNT:
        error(f"expected {LOOP_COUNT} money loops, graph has {len(cycles)}")
    for cycle in cycles:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, doc_edges in edge_docs.items():
            if edges <= doc_edges:
                error(f"loop {cycle} lies inside {doc}")

    print(f"documents: {len(documents)}, links: {len(links)}, non-links: {len(non_links)}, "
          f"loops: {len(cycles)}, aliases: {len(aliases)}")
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
