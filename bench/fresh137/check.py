"""Validate the fresh137 evaluation set.

Run with: /work/main/.venv/bin/python check.py
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
LINK_FIELDS = [
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"
]
NON_LINK_FIELDS = ["doc", "quote", "companies", "page"]
DOC_PATTERN = re.compile(r"^0[1-8]_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
CJK = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table",
    "h1", "h2", "h3", "h4", "h5", "h6",
}
HIDDEN_TAGS = {"head", "script", "style", "title"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Collapse whitespace; drop spaces next to CJK characters."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(rf"(?<={CJK}) | (?={CJK})", "", text)


class VisibleText(HTMLParser):
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
            if re.fullmatch(r"[|:\-\s]+", stripped):
                continue
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            lines.append(" ".join(cell for cell in cells if cell))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if path.is_file() and re.match(r"^\d\d_", path.name):
            if not DOC_PATTERN.match(path.name):
                error(f"badly named document {path.name}")
                continue
            if path.suffix == ".pdf":
                reader = PdfReader(path)
                pages = [norm(page.extract_text()) for page in reader.pages]
                docs[path.name] = {"pages": pages}
            elif path.suffix == ".html":
                docs[path.name] = {"text": norm(html_text(path))}
            else:
                docs[path.name] = {"text": norm(markdown_text(path))}
    if len(docs) != 8:
        error(f"expected 8 documents, found {len(docs)}")
    if sorted(name[:2] for name in docs) != [f"0{i}" for i in range(1, 9)]:
        error("documents must be numbered 01 to 08")
    if sum(name.endswith(".pdf") for name in docs) < 3:
        error("at least 3 documents must be PDFs")
    return docs


def check_pdf_visible(docs):
    for name in docs:
        if not name.endswith(".pdf"):
            continue
        pdf = pdfium.PdfDocument(HERE / name)
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                bounded = norm(textpage.get_text_bounded())
                full = norm(textpage.get_text_range())
                if bounded != full:
                    error(f"{name} page {index + 1}: text drawn off the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def check_quote(docs, record, label):
    name = record.get("doc")
    if name not in docs:
        error(f"{label}: unknown document {name}")
        return
    page = record.get("page")
    quote = norm(record.get("quote") or "")
    if not quote:
        error(f"{label}: empty quote")
        return
    if name.endswith(".pdf"):
        pages = docs[name]["pages"]
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            error(f"{label}: PDF quote needs a valid page, got {page!r}")
            return
        if quote not in pages[page - 1]:
            error(f"{label}: quote not found on page {page} of {name}: {quote[:80]}")
    else:
        if page is not None:
            error(f"{label}: page must be null for non-PDF {name}")
        if quote not in docs[name]["text"]:
            error(f"{label}: quote not found in {name}: {quote[:80]}")


def read_jsonl(name):
    rows = []
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name} line {number}: {exc}")
    return rows


def check_links(docs, aliases):
    links = read_jsonl("links.jsonl")
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl has {len(links)} links, expected 60-75")
    seen = set()
    pairs = {}
    for number, link in enumerate(links, 1):
        label = f"links.jsonl line {number}"
        if list(link) != LINK_FIELDS:
            error(f"{label}: fields {list(link)} != {LINK_FIELDS}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"{label}: unknown relation {relation}")
        for key in ("source", "target", "payer", "payee"):
            if link[key] is not None and link[key] not in aliases:
                error(f"{label}: {key} {link[key]!r} is not a key of aliases.json")
        if source == target:
            error(f"{label}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            got = (link["payer"], link["payee"])
            error(f"{label}: payer/payee {got} should be {expected}")
        amount = link["amount"]
        if amount is not None:
            if relation in NO_MONEY:
                error(f"{label}: {relation} takes no amount")
            if amount not in link["quote"]:
                error(f"{label}: amount {amount!r} not in quote")
            if amount.strip().endswith("%"):
                error(f"{label}: percentages are not amounts")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{label}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                error(f"{label}: partners_with listed twice for {sorted(pair)}")
            pairs[pair] = number
        check_quote(docs, link, label)
    check_subsidiaries(links)
    return links


def check_subsidiaries(links):
    """A subsidiary acting as a source needs its subsidiary_of link in that document."""
    subsidiaries = {
        (link["doc"], link["source"])
        for link in links
        if link["relation"] == "subsidiary_of"
    }
    all_subsidiaries = {source for _, source in subsidiaries}
    for link in links:
        if link["relation"] != "subsidiary_of" and link["source"] in all_subsidiaries:
            if (link["doc"], link["source"]) not in subsidiaries:
                where = f"{link['doc']}: {link['source']}"
                error(f"{where} acts but its subsidiary_of link is missing there")


def check_non_links(docs, aliases, links):
    rows = read_jsonl("non_links.jsonl")
    if not 20 <= len(rows) <= 26:
        error(f"non_links.jsonl has {len(rows)} rows, expected 20-26")
    linked = {frozenset((link["source"], link["target"])) for link in links}
    for number, row in enumerate(rows, 1):
        label = f"non_links.jsonl line {number}"
        if list(row) != NON_LINK_FIELDS:
            error(f"{label}: fields {list(row)} != {NON_LINK_FIELDS}")
            continue
        companies = row["companies"]
        if len(set(companies)) < 2:
            error(f"{label}: needs at least two companies")
        for company in companies:
            if company not in aliases:
                error(f"{label}: {company!r} is not a key of aliases.json")
        for first, second in combinations(companies, 2):
            if frozenset((first, second)) in linked:
                error(f"{label}: {first} and {second} are linked in links.jsonl")
        check_quote(docs, row, label)


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links):
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    doc_edges = {}
    for link in links:
        if link["payer"] is not None:
            graph.add_edge(link["payer"], link["payee"])
            doc_edges.setdefault(link["doc"], set()).add((link["payer"], link["payee"]))
    cycles = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    declared = [canonical(loop) for loop in loops]
    if len(declared) != len(set(declared)):
        error("loops.json lists a loop twice")
    if set(declared) != cycles:
        error(f"loops.json {sorted(set(declared))} != simple cycles {sorted(cycles)}")
    if len(cycles) != 5:
        error(f"expected 5 money loops, found {len(cycles)}")
    for cycle in cycles:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for name, present in doc_edges.items():
            if edges <= present:
                error(f"loop {cycle} lies inside {name}")
    return cycles


def check_aliases(docs, aliases):
    corpus = " ".join(
        doc.get("text", "") + " ".join(doc.get("pages", [])) for doc in docs.values()
    )
    for short, names in aliases.items():
        if not names:
            error(f"aliases.json: {short} has no names")
        for alias in names:
            if norm(alias) not in corpus:
                error(f"aliases.json: {short} alias {alias!r} occurs in no document")


def main():
    docs = load_documents()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    check_pdf_visible(docs)
    links = check_links(docs, aliases)
    check_non_links(docs, aliases, links)
    cycles = check_loops(links)
    check_aliases(docs, aliases)
    for required in ("README.md", "build_pdfs.py", "check.py"):
        if not (HERE / required).exists():
            error(f"missing {required}")
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    non_links = len(read_jsonl("non_links.jsonl"))
    counts = f"{len(links)} links, {non_links} non-links, {len(cycles)} loops"
    print(f"OK: {len(docs)} documents, {counts}")


if __name__ == "__main__":
    main()
