"""Validate the fresh142 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and exits 0.
"""

import html
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
DOC_RE = re.compile(r"^0[1-8]_[A-Za-z0-9]+_[A-Za-z0-9_]+\.(md|txt|html|pdf)$")
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount",
               "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
CJK = ("\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
       "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef")
SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{CJK}]) | (?=[{CJK}])")
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl",
              "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
              "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
              "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
HIDDEN_TAGS = {"head", "script", "style", "template", "noscript"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Collapse whitespace and drop the spaces that wrapping leaves next to CJK text."""
    text = re.sub(r"\s+", " ", text).strip()
    return SPACE_NEXT_TO_CJK.sub("", text)


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

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
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
    return html.unescape("".join(parser.parts))


def markdown_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            line = " ".join(cell for cell in cells if cell)
        lines.append(line)
    return "\n".join(lines)


def pdf_pages(path):
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def check_pdf_bounds(path):
    pdf = pdfium.PdfDocument(str(path))
    try:
        for number in range(len(pdf)):
            textpage = pdf[number].get_textpage()
            seen = norm(textpage.get_text_bounded())
            drawn = norm(textpage.get_text_range())
            if seen != drawn:
                error(f"{path.name} p{number + 1}: text drawn outside the page")
    finally:
        pdf.close()


def load_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"missing {name}")
        return rows
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: bad JSON ({exc})")
    return rows


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def check_page_and_quote(where, row, texts, pages):
    doc, page, quote = row.get("doc"), row.get("page"), row.get("quote")
    if doc not in texts and doc not in pages:
        error(f"{where}: unknown document {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    if doc.endswith(".pdf"):
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= len(pages[doc]):
            error(f"{where}: PDF page {page!r} out of range")
            return
        haystack = pages[doc][page - 1]
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF documents")
        haystack = texts[doc]
    if norm(quote) not in haystack:
        at = f"{doc} p{page}" if page else doc
        error(f"{where}: quote not found in {at}: {quote[:70]!r}")


def main():
    docs = sorted(p for p in HERE.iterdir() if p.is_file() and DOC_RE.match(p.name))
    numbers = [p.name[:2] for p in docs]
    if len(docs) != 8 or numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01_..08_, found {[p.name for p in docs]}")
    texts, pages = {}, {}
    for path in docs:
        suffix = path.suffix
        if suffix == ".pdf":
            pages[path.name] = [norm(text) for text in pdf_pages(path)]
            check_pdf_bounds(path)
        elif suffix == ".html":
            texts[path.name] = norm(html_text(path))
        elif suffix == ".md":
            texts[path.name] = norm(markdown_text(path))
        else:
            texts[path.name] = norm(path.read_text(encoding="utf-8"))
    if sum(1 for p in docs if p.suffix == ".pdf") < 3:
        error("fewer than 3 PDF documents")

    aliases = {}
    alias_path = HERE / "aliases.json"
    if alias_path.exists():
        aliases = json.loads(alias_path.read_text(encoding="utf-8"))
    else:
        error("missing aliases.json")
    page_texts = [t for doc_pages in pages.values() for t in doc_pages]
    all_text = " ".join(list(texts.values()) + page_texts)
    for key, names in aliases.items():
        if not isinstance(names, list) or not names or not all(
                isinstance(n, str) and n for n in names):
            error(f"aliases.json: {key}: expected a non-empty list of names")
            continue
        for name in names:
            if norm(name) not in all_text:
                error(f"aliases.json: {key}: {name!r} occurs in no document")

    links = load_jsonl("links.jsonl")
    seen = set()
    partner_pairs = set()
    linked_pairs = set()
    sub_rows = [r for r in links if r.get("relation") == "subsidiary_of"]
    subsidiaries = {r.get("source") for r in sub_rows}
    doc_subs = {(r.get("doc"), r.get("source")) for r in sub_rows}
    for number, row in enumerate(links, start=1):
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
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            error(f"{where}: payer/payee {row['payer']}/{row['payee']} "
                  f"should be {expected[0]}/{expected[1]}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in row["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif re.search(r"%|per ?cent|percent", amount):
                error(f"{where}: a percentage is not an amount: {amount!r}")
            if relation in NO_MONEY:
                error(f"{where}: {relation} carries no amount")
        key = (row["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {source} {relation} {target} in {row['doc']}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in partner_pairs:
                error(f"{where}: partners_with listed twice for {sorted(pair)}")
            partner_pairs.add(pair)
        acting_sub = relation != "subsidiary_of" and source in subsidiaries
        if acting_sub and (row["doc"], source) not in doc_subs:
            error(f"{where}: acting subsidiary {source} lacks subsidiary_of "
                  f"in {row['doc']}")
        linked_pairs.add(frozenset((source, target)))
        check_page_and_quote(where, row, texts, pages)
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl: {len(links)} links, expected 60-75")

    non_links = load_jsonl("non_links.jsonl")
    for number, row in enumerate(non_links, start=1):
        where = f"non_links.jsonl:{number}"
        if set(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        distinct = set(companies) if isinstance(companies, list) else set()
        if len(distinct) < 2 or len(distinct) != len(companies):
            error(f"{where}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
        for a, b in combinations(companies, 2):
            if frozenset((a, b)) in linked_pairs:
                error(f"{where}: {a} and {b} are linked in links.jsonl")
        check_page_and_quote(where, row, texts, pages)
    if not 20 <= len(non_links) <= 26:
        error(f"non_links.jsonl: {len(non_links)} non-links, expected 20-26")

    graph = nx.DiGraph()
    doc_edges = {}
    for row in links:
        if set(row) == LINK_FIELDS and row["payer"] and row["payee"]:
            graph.add_edge(row["payer"], row["payee"])
            doc_edges.setdefault(row["doc"], set()).add((row["payer"], row["payee"]))
    cycles = {canonical(c) for c in nx.simple_cycles(graph)}
    loops_path = HERE / "loops.json"
    loops = []
    if loops_path.exists():
        loops = json.loads(loops_path.read_text(encoding="utf-8"))
    else:
        error("missing loops.json")
    declared = {canonical(loop) for loop in loops}
    if len(declared) != len(loops):
        error("loops.json: duplicate loops")
    if declared != cycles:
        error(f"loops.json differs from simple cycles: "
              f"missing {sorted(cycles - declared)}, extra {sorted(declared - cycles)}")
    if len(loops) != 5:
        error(f"loops.json: {len(loops)} loops, expected 5")
    for loop in loops:
        if not 2 <= len(loop) <= 4:
            error(f"loops.json: loop {loop} has length {len(loop)}, expected 2-4")
        edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, found in doc_edges.items():
            if edges <= found:
                error(f"loops.json: loop {loop} lies entirely inside {doc}")

    readme = HERE / "README.md"
    if not readme.exists():
        error("missing README.md")
    elif "| File | Kind | Language |" not in readme.read_text(encoding="utf-8"):
        error("README.md: missing the | File | Kind | Language | table")

    if errors:
        print(f"{len(errors)} error(s):")
        for message in errors:
            print(" -", message)
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(loops)} loops, {len(aliases)} companies")


if __name__ == "__main__":
    main()
