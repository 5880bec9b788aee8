"""Validate the fresh175 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and "OK".
"""

import json
import re
import sys
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import networkx as nx
import pypdfium2 as pdfium
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
# Chinese characters and full-width punctuation: a line break next to them is not a word space.
CJK = "\u2018-\u201d\u25cf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "tr",
    "td",
    "th",
    "li",
    "ul",
    "ol",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "footer",
    "nav",
    "article",
    "section",
    "title",
    "blockquote",
    "hr",
}
HIDDEN_TAGS = {"script", "style", "head"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Collapse whitespace; drop whitespace that touches a Chinese character (line breaks inside Chinese text)."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(rf"\s+(?=[{CJK}])|(?<=[{CJK}])\s+", "", text)


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
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
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
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells if cell):
                continue
            lines.append(" ".join(cell for cell in cells if cell))
        else:
            lines.append(line.replace("**", ""))
    return "\n".join(lines)


def pdf_pages(path):
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def check_pdf_bounds(path):
    """Text a reader sees (inside the page box) must equal all text drawn on the page."""
    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            full = norm(textpage.get_text_range())
            bounded = norm(textpage.get_text_bounded())
            if full != bounded:
                error(f"{path.name} page {index + 1}: text drawn outside the page (bounded text differs)")
            textpage.close()
            page.close()
    finally:
        document.close()


def load_jsonl(name):
    records = []
    path = HERE / name
    if not path.exists():
        error(f"{name} is missing")
        return records
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name} line {number}: invalid JSON ({exc})")
    return records


def canonical(cycle):
    cycle = list(cycle)
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def main():
    # Documents ---------------------------------------------------------------------------------------------------
    docs = {}
    for path in sorted(HERE.iterdir()):
        match = DOC_NAME.match(path.name)
        if match:
            docs.setdefault(match.group(1), []).append(path)
    for number in [f"{n:02d}" for n in range(1, 9)]:
        if len(docs.get(number, [])) != 1:
            error(f"expected exactly one document numbered {number}_, found {len(docs.get(number, []))}")
    doc_paths = {paths[0].name: paths[0] for paths in docs.values() if paths}
    if sum(1 for name in doc_paths if name.endswith(".pdf")) < 3:
        error("fewer than 3 PDF documents")

    texts = {}  # doc name -> normalised full text
    pages = {}  # pdf name -> list of normalised page texts
    for name, path in doc_paths.items():
        if name.endswith(".pdf"):
            pages[name] = [norm(text) for text in pdf_pages(path)]
            texts[name] = " ".join(pages[name])
            check_pdf_bounds(path)
        elif name.endswith(".html"):
            texts[name] = norm(html_text(path))
        elif name.endswith(".md"):
            texts[name] = norm(markdown_text(path))
        else:
            texts[name] = norm(path.read_text(encoding="utf-8"))

    # Aliases ------------------------------------------------------------------------------------------------------
    aliases = {}
    try:
        aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        error(f"aliases.json unreadable: {exc}")
    all_text = " ".join(texts.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {short} must map to a non-empty list")
            continue
        for alias in names:
            if norm(alias) not in all_text:
                error(f"aliases.json: alias {alias!r} of {short} does not occur in any document")

    def quote_found(doc, quote, page, where):
        if doc not in doc_paths:
            error(f"{where}: unknown document {doc!r}")
            return
        if doc.endswith(".pdf"):
            if not isinstance(page, int) or not 1 <= page <= len(pages[doc]):
                error(f"{where}: PDF page must be an integer between 1 and {len(pages[doc])}, got {page!r}")
                return
            if norm(quote) not in pages[doc][page - 1]:
                error(f"{where}: quote not found on page {page} of {doc}: {quote[:70]!r}")
        else:
            if page is not None:
                error(f"{where}: page must be null for non-PDF documents")
            if norm(quote) not in texts[doc]:
                error(f"{where}: quote not found in {doc}: {quote[:70]!r}")

    # Links --------------------------------------------------------------------------------------------------------
    links = load_jsonl("links.jsonl")
    seen = set()
    partner_pairs = set()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl line {number}"
        if set(link) != LINK_FIELDS:
            error(f"{where}: fields {sorted(link)} differ from {sorted(LINK_FIELDS)}")
            continue
        relation, source, target = link["relation"], link["source"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for field in ("source", "target", "payer", "payee"):
            value = link[field]
            if value is not None and value not in aliases:
                error(f"{where}: {field} {value!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee {link['payer']}/{link['payee']} should be {expected[0]}/{expected[1]}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif "%" in amount:
                error(f"{where}: a percentage is not an amount")
            if relation in NO_MONEY:
                error(f"{where}: {relation} carries no amount")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate ({source}, {relation}, {target}) in {link['doc']}")
        seen.add(key)
        if relation == "partners_with":
            pair = (link["doc"], frozenset((source, target)))
            if pair in partner_pairs:
                error(f"{where}: partners_with listed twice for {source}/{target} in {link['doc']}")
            partner_pairs.add(pair)
        quote_found(link["doc"], link["quote"], link["page"], where)
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl has {len(links)} links; expected 60-75")

    linked_pairs = {frozenset((link["source"], link["target"])) for link in links if "source" in link}

    # Non-links ----------------------------------------------------------------------------------------------------
    non_links = load_jsonl("non_links.jsonl")
    for number, item in enumerate(non_links, 1):
        where = f"non_links.jsonl line {number}"
        if set(item) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(item)} differ from {sorted(NON_LINK_FIELDS)}")
            continue
        companies = item["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2 or len(set(companies)) != len(companies):
            error(f"{where}: companies must list at least two distinct short names")
            continue
        for company in companies:
            if company not in aliases:
                error(f"{where}: company {company!r} is not a key of aliases.json")
        for first, second in combinations(companies, 2):
            if frozenset((first, second)) in linked_pairs:
                error(f"{where}: {first} and {second} are linked in links.jsonl")
        quote_found(item["doc"], item["quote"], item["page"], where)
    if not 20 <= len(non_links) <= 26:
        error(f"non_links.jsonl has {len(non_links)} sentences; expected 20-26")

    # Money loops --------------------------------------------------------------------------------------------------
    graph = nx.DiGraph()
    doc_edges = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            graph.add_edge(link["payer"], link["payee"])
            doc_edges.setdefault(link["doc"], set()).add((link["payer"], link["payee"]))
    cycles = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    try:
        declared_list = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
        declared = {canonical(loop) for loop in declared_list}
        if len(declared) != len(declared_list):
            error("loops.json lists a loop twice")
    except (OSError, json.JSONDecodeError, ValueError) as exc:
        error(f"loops.json unreadable: {exc}")
        declared = set()
    for cycle in sorted(cycles - declared):
        error(f"cycle {' -> '.join(cycle)} is in the payer->payee graph but not in loops.json")
    for cycle in sorted(declared - cycles):
        error(f"loop {' -> '.join(cycle)} in loops.json is not a cycle of the payer->payee graph")
    for cycle in sorted(cycles):
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        if not 2 <= len(cycle) <= 5:
            error(f"cycle {' -> '.join(cycle)} has length {len(cycle)}; loops must have length 2-5")
        for doc, found in doc_edges.items():
            if edges <= found:
                error(f"cycle {' -> '.join(cycle)} lies inside one document ({doc})")
    if len(cycles) != 5:
        error(f"the payer->payee graph has {len(cycles)} cycles; expected 5")

    # Report -------------------------------------------------------------------------------------------------------
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(
        f"{len(doc_paths)} documents, {len(links)} links, {len(non_links)} non-links, {len(cycles)} loops, "
        f"{len(aliases)} companies"
    )
    print("OK")


if __name__ == "__main__":
    main()
