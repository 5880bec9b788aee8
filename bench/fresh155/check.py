"""Validate the fresh155 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Prints every problem found and exits with status 1 if there is any; otherwise prints
a summary and exits with status 0.
"""

import json
import re
import sys
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import networkx as nx
import pypdf
import pypdfium2

HERE = Path(__file__).resolve().parent
DOC_NAME = re.compile(r"^0[1-8]_[A-Za-z0-9]+_[a-z0-9_]+\.(pdf|html|md|txt)$")
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
CJK = "\u2018-\u201d\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
CJK_SPACE = re.compile(rf"(?<=[{CJK}]) | (?=[{CJK}])")
HAN = re.compile(r"[\u3400-\u9fff]")
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table",
    "h1", "h2", "h3", "h4", "h5", "h6", "article", "aside", "nav", "footer",
    "header", "section", "title", "body", "html", "head",
}
HIDDEN_TAGS = {"script", "style", "title", "head"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Collapse whitespace and drop spaces next to CJK characters and punctuation.

    A line break inside Chinese text leaves a space that is not part of the sentence.
    """
    return CJK_SPACE.sub("", re.sub(r"\s+", " ", text).strip())


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
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK_TAGS:
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
            if re.fullmatch(r"[|\s:-]+", stripped):
                continue
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            line = " ".join(cell for cell in cells if cell)
        lines.append(line)
    return norm("\n".join(lines))


def pdf_pages(path):
    return [norm(page.extract_text() or "") for page in pypdf.PdfReader(path).pages]


def check_pdf_bounds(path):
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            full = norm(textpage.get_text_range())
            seen = norm(textpage.get_text_bounded())
            if full != seen:
                error(f"{path.name} page {index + 1}: text drawn outside the page")
            textpage.close()
            page.close()
    finally:
        pdf.close()


def load_jsonl(name):
    rows = []
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name} line {number}: invalid JSON ({exc})")
    return rows


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_quote(kind, number, record, texts, pages):
    doc, quote, page = record.get("doc"), record.get("quote"), record.get("page")
    if doc not in texts and doc not in pages:
        error(f"{kind} {number}: unknown document {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{kind} {number}: empty quote")
        return
    if doc in pages:
        count = len(pages[doc])
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= count:
            error(f"{kind} {number}: PDF page must be 1 to {count}, got {page!r}")
        elif norm(quote) not in pages[doc][page - 1]:
            error(f"{kind} {number}: quote not on page {page} of {doc}: {quote[:60]!r}")
    else:
        if page is not None:
            error(f"{kind} {number}: page must be null for non-PDF document {doc}")
        if norm(quote) not in texts[doc]:
            error(f"{kind} {number}: quote not found in {doc}: {quote[:70]!r}")


def main():
    docs = sorted(p.name for p in HERE.iterdir() if re.match(r"^\d\d_", p.name))
    if len(docs) != 8:
        error(f"expected 8 documents, found {len(docs)}: {docs}")
    for name in docs:
        if not DOC_NAME.match(name):
            error(f"document name does not follow NN_Company_kind.ext: {name}")
    texts, pages = {}, {}
    for name in docs:
        path = HERE / name
        if name.endswith(".pdf"):
            pages[name] = pdf_pages(path)
            check_pdf_bounds(path)
        elif name.endswith(".html"):
            texts[name] = html_text(path)
        elif name.endswith(".md"):
            texts[name] = markdown_text(path)
        else:
            texts[name] = norm(path.read_text(encoding="utf-8"))
    all_text = {**texts, **{name: " ".join(p) for name, p in pages.items()}}
    pdf_count = len(pages)
    chinese = [name for name, text in all_text.items() if len(HAN.findall(text)) > 300]
    if pdf_count < 3:
        error(f"need at least 3 PDF documents, found {pdf_count}")
    if len(chinese) < 2:
        error(f"need at least 2 Chinese documents, found {len(chinese)}")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    for short, names in aliases.items():
        valid = isinstance(names, list) and all(isinstance(n, str) and n for n in names)
        if not valid or not names:
            error(f"aliases.json: {short} must map to a non-empty list of names")
            continue
        for alias in names:
            if not any(norm(alias) in text for text in all_text.values()):
                error(f"aliases.json: {short} alias {alias!r} occurs in no document")

    links = load_jsonl("links.jsonl")
    seen, pairs = set(), set()
    graph = nx.DiGraph()
    edges_by_doc = {}
    linked_pairs = set()
    for number, link in enumerate(links, 1):
        if set(link) != LINK_FIELDS:
            error(f"link {number}: fields {sorted(link)} are not {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"link {number}: unknown relation {relation!r}")
        for field in ("source", "target", "payer", "payee"):
            value = link[field]
            if value is not None and value not in aliases:
                error(f"link {number}: {field} {value!r} is not a key of aliases.json")
        if source == target:
            error(f"link {number}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            got = (link["payer"], link["payee"])
            error(f"link {number}: payer/payee {got} should be {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"link {number}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[\d.,\s]*%", amount.strip()):
                error(f"link {number}: a percentage is not an amount")
        if relation in NO_MONEY and amount is not None:
            error(f"link {number}: {relation} carries no money, amount should be null")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"link {number}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = (link["doc"], frozenset((source, target)))
            if pair in pairs:
                error(f"link {number}: partners_with twice for {source}/{target}")
            pairs.add(pair)
        check_quote("link", number, link, texts, pages)
        linked_pairs.add(frozenset((source, target)))
        if expected[0] is not None:
            graph.add_edge(expected[0], expected[1])
            edges_by_doc.setdefault(link["doc"], set()).add(expected)
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl has {len(links)} links, expected 60-75")

    link_quotes = {(link.get("doc"), norm(link.get("quote", ""))) for link in links}
    non_links = load_jsonl("non_links.jsonl")
    for number, record in enumerate(non_links, 1):
        if set(record) != NON_LINK_FIELDS:
            error(f"non-link {number}: fields {sorted(record)} are not "
                  f"{sorted(NON_LINK_FIELDS)}")
            continue
        companies = record["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"non-link {number}: needs at least two different companies")
            continue
        for company in companies:
            if company not in aliases:
                error(f"non-link {number}: {company!r} is not a key of aliases.json")
        for a, b in combinations(sorted(set(companies)), 2):
            if frozenset((a, b)) in linked_pairs:
                error(f"non-link {number}: {a} and {b} are linked in links.jsonl")
        if (record["doc"], norm(record["quote"])) in link_quotes:
            error(f"non-link {number}: the same sentence is also a link quote")
        check_quote("non-link", number, record, texts, pages)
    if not 20 <= len(non_links) <= 26:
        error(f"non_links.jsonl has {len(non_links)} sentences, expected 20-26")

    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    declared = {canonical(list(loop)) for loop in loops}
    if len(declared) != len(loops):
        error("loops.json contains the same loop twice")
    actual = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    for loop in sorted(declared - actual):
        error(f"loops.json: {list(loop)} is not a cycle of the payer->payee graph")
    for loop in sorted(actual - declared):
        error(f"loops.json is missing the cycle {list(loop)}")
    for loop in sorted(declared):
        if not 2 <= len(loop) <= 4:
            error(f"loop {list(loop)} has length {len(loop)}, expected 2-4")
        loop_edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, edges in edges_by_doc.items():
            if loop_edges <= edges:
                error(f"loop {list(loop)} lies inside one document ({doc})")
    if len(declared) != 5:
        error(f"expected 5 money loops, found {len(declared)}")

    for name in ("README.md", "build_pdfs.py", "check.py"):
        if not (HERE / name).is_file():
            error(f"missing {name}")

    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents ({pdf_count} PDF, {len(chinese)} Chinese), "
          f"{len(links)} links, {len(non_links)} non-links, {len(declared)} loops, "
          f"{len(aliases)} companies")


if __name__ == "__main__":
    main()
