"""Validate the fresh150 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and exits 0.
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
    "invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
    "partners_with", "subsidiary_of",
}
# Who pays whom: "source" means the source pays the target, "target" the reverse.
PAYS = {
    "supplies": "target", "invests_in": "source", "owns_stake_in": "source",
    "lends_to": "source", "acquires": "source",
}
LINK_FIELDS = {
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote",
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^0[1-8]_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
BLOCK_TAGS = {
    "p", "div", "br", "hr", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2",
    "h3", "h4", "h5", "h6", "section", "body", "title", "thead", "tbody",
}

errors = []


def error(message):
    errors.append(message)


class VisibleText(HTMLParser):
    """Visible text of an HTML page; block-level tags and table cells become spaces."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.hidden -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def markdown_text(raw):
    """Markdown as read: table rows become their cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(set(cell) <= set("-: ") for cell in cells):
                continue
            line = " ".join(cell for cell in cells if cell)
        lines.append(line)
    return "\n".join(lines).replace("**", "")


def norm(text):
    return " ".join(text.split())


def squeeze(text):
    return "".join(text.split())


def contains(haystack, quote):
    """Quote occurs in text after whitespace normalisation.

    Chinese text is compared with all whitespace removed, because PDF extraction breaks
    lines between any two characters.
    """
    if CJK.search(quote):
        return squeeze(quote) in squeeze(haystack)
    return norm(quote) in norm(haystack)


def load_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"{name} is missing")
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        if path.suffix == ".pdf":
            pages = [page.extract_text() or "" for page in PdfReader(path).pages]
            docs[path.name] = {"pdf": True, "pages": pages, "text": "\n".join(pages)}
            check_pdf_bounds(path)
        else:
            raw = path.read_text(encoding="utf-8")
            if path.suffix == ".html":
                parser = VisibleText()
                parser.feed(raw)
                text = "".join(parser.parts)
            elif path.suffix == ".md":
                text = markdown_text(raw)
            else:
                text = raw
            docs[path.name] = {"pdf": False, "pages": [], "text": text}
    numbers = sorted(name[:2] for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01_ to 08_, found {numbers}")
    return docs


def check_pdf_bounds(path):
    """No text drawn off the page: bounded text equals the full text of each page."""
    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            bounded = norm(textpage.get_text_bounded())
            full = norm(textpage.get_text_range())
            if bounded != full:
                error(f"{path.name} page {index + 1}: text drawn outside the page")
    finally:
        pdf.close()


def check_page(where, record, docs):
    doc = docs.get(record.get("doc"))
    page = record.get("page")
    if doc is None:
        error(f"{where}: unknown document {record.get('doc')!r}")
        return None
    if doc["pdf"]:
        if not isinstance(page, int) or not 1 <= page <= len(doc["pages"]):
            error(f"{where}: PDF needs a page between 1 and {len(doc['pages'])}")
            return None
        return doc["pages"][page - 1]
    if page is not None:
        error(f"{where}: page must be null for a non-PDF document")
    return doc["text"]


def check_links(links, docs, aliases):
    seen = set()
    pairs = set()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(link) != LINK_FIELDS:
            error(f"{where}: fields {sorted(link)}")
            continue
        relation = link["relation"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
            continue
        for role in ("source", "target"):
            if link[role] not in aliases:
                error(f"{where}: {role} {link[role]!r} is not a key of aliases.json")
        if link["source"] == link["target"]:
            error(f"{where}: source equals target")
        if relation in PAYS:
            payer, payee = link["source"], link["target"]
            if PAYS[relation] == "target":
                payer, payee = payee, payer
            if (link["payer"], link["payee"]) != (payer, payee):
                error(f"{where}: payer/payee should be {payer}/{payee}")
        elif link["payer"] is not None or link["payee"] is not None:
            error(f"{where}: {relation} has no payer or payee")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                error(f"{where}: a percentage is not an amount")
        key = (link["doc"], link["source"], relation, link["target"])
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = (link["doc"], frozenset((link["source"], link["target"])))
            if pair in pairs:
                error(f"{where}: partners_with listed twice for one pair")
            pairs.add(pair)
        text = check_page(where, link, docs)
        if text is not None and not contains(text, link["quote"]):
            error(f"{where}: quote not found in {link['doc']} (page {link['page']})")
    check_acting_subsidiaries(links)


def check_acting_subsidiaries(links):
    """A subsidiary named in a document's links comes with its subsidiary_of link."""
    parents = {}
    for link in links:
        if link.get("relation") == "subsidiary_of":
            parents.setdefault(link["source"], set()).add(link["target"])
    listed = {
        (x["doc"], x["source"]) for x in links if x.get("relation") == "subsidiary_of"
    }
    for link in links:
        if link.get("relation") == "subsidiary_of":
            continue
        for role in ("source", "target"):
            name = link.get(role)
            if name in parents and (link["doc"], name) not in listed:
                error(f"{link['doc']}: {name} acts without its subsidiary_of link")


def check_non_links(non_links, docs, aliases, links):
    linked = {
        (x["doc"], frozenset((x["source"], x["target"]))): x["quote"] for x in links
    }
    for number, record in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if set(record) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(record)}")
            continue
        companies = record["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
        for quote in {q for (doc, _), q in linked.items() if doc == record["doc"]}:
            if norm(quote) == norm(record["quote"]):
                error(f"{where}: the quote is also the quote of a link")
        text = check_page(where, record, docs)
        if text is not None and not contains(text, record["quote"]):
            error(f"{where}: quote not in {record['doc']} (page {record['page']})")


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links):
    path = HERE / "loops.json"
    if not path.exists():
        error("loops.json is missing")
        return []
    loops = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    by_doc = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            by_doc.setdefault(link["doc"], set()).add(edge)
    expected = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    given = {canonical(list(loop)) for loop in loops}
    if len(given) != len(loops):
        error("loops.json lists a loop twice")
    for loop in sorted(expected - given):
        error(f"loops.json misses the cycle {list(loop)}")
    for loop in sorted(given - expected):
        error(f"loops.json lists {list(loop)}, which is not a cycle of the payer graph")
    for loop in given & expected:
        edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, doc_edges in by_doc.items():
            if edges <= doc_edges:
                error(f"loop {list(loop)} lies inside {doc}")
        if not 2 <= len(loop) <= 4:
            error(f"loop {list(loop)} has length {len(loop)}")
    return loops


def check_aliases(docs):
    path = HERE / "aliases.json"
    if not path.exists():
        error("aliases.json is missing")
        return {}
    aliases = json.loads(path.read_text(encoding="utf-8"))
    everything = "\n".join(doc["text"] for doc in docs.values())
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {key} needs a list of names")
            continue
        for name in names:
            if not contains(everything, name):
                error(f"aliases.json: {key}: {name!r} is not written in any document")
    return aliases


def main():
    docs = load_documents()
    aliases = check_aliases(docs)
    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")
    check_links(links, docs, aliases)
    check_non_links(non_links, docs, aliases, links)
    loops = check_loops(links)
    if not 60 <= len(links) <= 75:
        error(f"{len(links)} links; expected 60 to 75")
    if not 20 <= len(non_links) <= 26:
        error(f"{len(non_links)} non-links; expected 20 to 26")
    if len(loops) != 5:
        error(f"{len(loops)} loops; expected 5")
    if sum(doc["pdf"] for doc in docs.values()) < 3:
        error("fewer than three PDF documents")
    chinese = [
        name for name, doc in docs.items() if len(CJK.findall(doc["text"])) > 300
    ]
    if len(chinese) < 2:
        error("fewer than two Chinese documents")
    if errors:
        print(f"{len(errors)} problem(s):")
        for message in errors:
            print(" -", message)
        sys.exit(1)
    print(
        f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
        f"{len(loops)} loops, {len(aliases)} companies"
    )


if __name__ == "__main__":
    main()
