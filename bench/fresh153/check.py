"""Validate the fresh153 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and prints every problem found, or prints a summary and "OK".
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
LINK_FIELDS = {
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^0[1-8]_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "table", "thead", "tbody", "li", "ul", "ol",
    "section", "h1", "h2", "h3", "h4", "h5", "h6", "body", "html", "hr", "caption",
}
HIDDEN_TAGS = {"head", "script", "style", "title"}

errors = []


def error(message):
    errors.append(message)


def collapse(text):
    """Whitespace normalisation: NBSP/ideographic spaces are spaces; runs collapse."""
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    return re.sub(r"\s+", " ", text).strip()


def squeeze(text):
    """No whitespace at all; for Chinese quotes (a PDF line may break anywhere)."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " ").replace("\u3000", " "))


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
    return "".join(parser.parts)


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
    return re.sub(r"\*+", "", "\n".join(lines))


def pdf_pages(path):
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def check_pdf_bounds(path):
    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            full = collapse(text_page.get_text_range())
            seen = collapse(text_page.get_text_bounded())
            if full != seen:
                error(f"{path.name} page {index + 1}: text drawn outside the page")
            text_page.close()
            page.close()
    finally:
        document.close()


def contains(haystack, quote):
    if CJK.search(quote):
        return squeeze(quote) in squeeze(haystack)
    return collapse(quote) in collapse(haystack)


def load_jsonl(name):
    rows = []
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
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


def main():
    docs = sorted(
        p for p in HERE.iterdir() if p.is_file() and re.match(r"^0[1-8]_", p.name)
    )
    if len(docs) != 8:
        error(f"expected 8 documents, found {len(docs)}: {[p.name for p in docs]}")
    prefixes = sorted(p.name[:2] for p in docs)
    if prefixes != [f"0{i}" for i in range(1, 9)]:
        error(f"documents must be numbered 01..08, found {prefixes}")
    texts, pages = {}, {}
    for path in docs:
        if not DOC_NAME.match(path.name):
            error(f"{path.name}: name does not follow NN_Company_kind.ext")
        if path.suffix == ".pdf":
            pages[path.name] = pdf_pages(path)
            texts[path.name] = "\n".join(pages[path.name])
            check_pdf_bounds(path)
        elif path.suffix == ".html":
            texts[path.name] = html_text(path)
        elif path.suffix == ".md":
            texts[path.name] = markdown_text(path)
        else:
            texts[path.name] = path.read_text(encoding="utf-8")
    pdf_count = sum(1 for p in docs if p.suffix == ".pdf")
    chinese = [name for name, text in texts.items() if len(CJK.findall(text)) > 300]
    if pdf_count < 3:
        error(f"at least 3 PDF documents required, found {pdf_count}")
    if len(chinese) < 2:
        error(f"at least 2 Chinese documents required, found {chinese}")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    all_text = "\n".join(texts.values())
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {key} must map to a non-empty list")
            continue
        for name in names:
            if not contains(all_text, name):
                error(f"aliases.json: {key} alias {name!r} occurs in no document")

    def check_quote(kind, row, number):
        doc, quote, page = row.get("doc"), row.get("quote"), row.get("page")
        if doc not in texts:
            error(f"{kind} {number}: unknown doc {doc!r}")
            return
        if not isinstance(quote, str) or not quote.strip():
            error(f"{kind} {number}: empty quote")
            return
        if doc.endswith(".pdf"):
            if not isinstance(page, int) or not 1 <= page <= len(pages[doc]):
                error(f"{kind} {number}: PDF quote needs a 1-based page, got {page!r}")
            elif not contains(pages[doc][page - 1], quote):
                error(f"{kind} {number}: not on page {page} of {doc}: {quote[:70]!r}")
        else:
            if page is not None:
                error(f"{kind} {number}: page must be null for non-PDF {doc}")
            if not contains(texts[doc], quote):
                error(f"{kind} {number}: quote not found in {doc}: {quote[:80]!r}")

    links = load_jsonl("links.jsonl")
    seen = set()
    graph = nx.DiGraph()
    doc_edges = {}
    linked_pairs = set()
    for number, row in enumerate(links, start=1):
        if set(row) != LINK_FIELDS:
            error(f"link {number}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = row["source"], row["relation"], row["target"]
        if relation not in RELATIONS:
            error(f"link {number}: unknown relation {relation!r}")
        for name in (source, target, row["payer"], row["payee"]):
            if name is not None and name not in aliases:
                error(f"link {number}: {name!r} is not a key of aliases.json")
        if source == target:
            error(f"link {number}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation == "supplies":
            expected = (target, source)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            got = (row["payer"], row["payee"])
            error(f"link {number}: payer/payee {got} should be {expected}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in row["quote"]:
                error(f"link {number}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                error(f"link {number}: percentages are not amounts ({amount!r})")
        key = (row["doc"], source, relation, target)
        if key in seen:
            error(f"link {number}: duplicate {key}")
        seen.add(key)
        reverse = (row["doc"], target, relation, source)
        if relation == "partners_with" and reverse in seen:
            error(f"link {number}: partners_with in both directions in {row['doc']}")
        check_quote("link", row, number)
        linked_pairs.add(frozenset((source, target)))
        if relation not in NO_MONEY:
            graph.add_edge(row["payer"], row["payee"])
            doc_edges.setdefault(row["doc"], set()).add((row["payer"], row["payee"]))
    partner_pairs = [
        frozenset((r["source"], r["target"]))
        for r in links
        if r.get("relation") == "partners_with"
    ]
    if len(partner_pairs) != len(set(partner_pairs)):
        error("partners_with listed more than once for a pair")

    non_links = load_jsonl("non_links.jsonl")
    for number, row in enumerate(non_links, start=1):
        if set(row) != NON_LINK_FIELDS:
            error(f"non-link {number}: {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"non-link {number}: needs at least two companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"non-link {number}: {name!r} is not a key of aliases.json")
        for pair in combinations(companies, 2):
            if frozenset(pair) in linked_pairs:
                error(f"non-link {number}: {pair} are linked in links.jsonl")
        check_quote("non-link", row, number)

    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    expected_cycles = {canonical(list(c)) for c in nx.simple_cycles(graph)}
    declared = {canonical(list(loop)) for loop in loops}
    if len(declared) != len(loops):
        error("loops.json contains duplicate loops")
    for loop in sorted(declared - expected_cycles):
        error(f"loops.json: {loop} is not a simple cycle of the payer->payee graph")
    for loop in sorted(expected_cycles - declared):
        error(f"loops.json: simple cycle {loop} is missing")
    for loop in sorted(expected_cycles):
        if not 2 <= len(loop) <= 4:
            error(f"cycle {loop} has length {len(loop)}, expected 2-4")
        edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, doc_set in doc_edges.items():
            if edges <= doc_set:
                error(f"cycle {loop} lies entirely inside {doc}")

    if not 60 <= len(links) <= 75:
        error(f"expected 60-75 links, found {len(links)}")
    if len(expected_cycles) != 5:
        error(f"expected 5 money loops, found {len(expected_cycles)}")
    if not 20 <= len(non_links) <= 26:
        error(f"expected 20-26 non-links, found {len(non_links)}")
    for name in ("README.md", "build_pdfs.py"):
        if not (HERE / name).is_file():
            error(f"missing {name}")

    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"documents: {len(docs)} ({pdf_count} PDF, {len(chinese)} Chinese)")
    print(f"links: {len(links)}, non-links: {len(non_links)}")
    print(f"loops: {len(expected_cycles)}")
    print("OK")


if __name__ == "__main__":
    main()
