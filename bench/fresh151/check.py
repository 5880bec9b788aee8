"""Validate the fresh151 evaluation set.

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
import pypdfium2
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {
    "invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with",
    "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote",
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^0[1-8]_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "header", "footer", "article", "section", "nav", "title",
}
SKIP_TAGS = {"head", "script", "style"}
MD_SEPARATOR = re.compile(r"^\|[\s:|-]+\|$")

errors: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def norm(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    return "".join(text.split())


class VisibleText(HTMLParser):
    """Visible text of an HTML page; block elements and table cells are separated."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw: str) -> str:
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            if MD_SEPARATOR.match(stripped):
                continue
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            lines.append(" ".join(cell for cell in cells if cell))
        else:
            lines.append(line)
    return "\n".join(lines)


def doc_pages(path: Path) -> list[str]:
    """Text of a document: one entry per page for PDFs, a single entry otherwise."""
    if path.suffix == ".pdf":
        return [page.extract_text() or "" for page in PdfReader(path).pages]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        return ["".join(parser.parts)]
    if path.suffix == ".md":
        return [markdown_text(raw)]
    return [raw]


def contains(haystack: str, needle: str) -> bool:
    if norm(needle) in norm(haystack):
        return True
    return bool(CJK.search(needle)) and squash(needle) in squash(haystack)


def load_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{path.name}:{number}: invalid JSON ({exc})")
    return rows


def check_pdf_visibility(path: Path) -> None:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            bounded = norm(textpage.get_text_bounded())
            full = norm(textpage.get_text_range())
            if bounded != full:
                error(f"{path.name} page {index + 1}: text drawn outside the page")
    finally:
        pdf.close()


def check_quote(where: str, row: dict, texts: dict[str, list[str]]) -> None:
    doc, quote, page = row.get("doc"), row.get("quote"), row.get("page")
    if doc not in texts:
        error(f"{where}: unknown doc {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    pages = texts[doc]
    if doc.endswith(".pdf"):
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= len(pages):
            error(f"{where}: PDF needs a page between 1 and {len(pages)}, got {page!r}")
            return
        if not contains(pages[page - 1], quote):
            error(f"{where}: quote not found on page {page} of {doc}: {quote[:70]!r}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF {doc}")
        if not contains(pages[0], quote):
            error(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def canonical(cycle: list[str]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_links(
    links: list[dict], names: set[str], texts: dict[str, list[str]]
) -> None:
    seen: set[tuple[str, str, str, str]] = set()
    partners: set[tuple[str, frozenset[str]]] = set()
    for number, row in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(row) != LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = row["source"], row["relation"], row["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for field in ("source", "target"):
            if row[field] not in names:
                error(f"{where}: {field} {row[field]!r} is not a key of aliases.json")
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
            error(f"{where}: payer/payee {got}, expected {expected}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in row["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.rstrip().endswith("%"):
                error(f"{where}: a percentage is not an amount")
            if relation in NO_MONEY:
                error(f"{where}: {relation} carries no amount")
        key = (row["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = (row["doc"], frozenset((source, target)))
            if pair in partners:
                error(f"{where}: partners_with listed twice for {sorted(pair[1])}")
            partners.add(pair)
        check_quote(where, row, texts)


def check_non_links(
    non_links: list[dict],
    links: list[dict],
    names: set[str],
    texts: dict[str, list[str]],
) -> None:
    linked = {(row["doc"], frozenset((row["source"], row["target"]))) for row in links}
    link_quotes = {norm(row["quote"]) for row in links}
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if set(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in names:
                error(f"{where}: company {name!r} is not a key of aliases.json")
        for a, b in combinations(companies, 2):
            if (row["doc"], frozenset((a, b))) in linked:
                error(f"{where}: {a} and {b} are linked in the same document")
        if norm(row["quote"]) in link_quotes:
            error(f"{where}: quote is also used by a link")
        check_quote(where, row, texts)


def check_loops(links: list[dict], loops: list) -> None:
    graph = nx.DiGraph()
    per_doc: dict[str, nx.DiGraph] = {}
    for row in links:
        if row.get("payer") and row.get("payee"):
            graph.add_edge(row["payer"], row["payee"])
            sub = per_doc.setdefault(row["doc"], nx.DiGraph())
            sub.add_edge(row["payer"], row["payee"])
    cycles = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    if not isinstance(loops, list) or not all(isinstance(loop, list) for loop in loops):
        error("loops.json must be a list of lists")
        return
    declared = {canonical(loop) for loop in loops if loop}
    if len(declared) != len(loops):
        error("loops.json contains empty or repeated loops")
    for loop in sorted(declared - cycles):
        error(f"loops.json: {list(loop)} is not a cycle of the payer->payee graph")
    for loop in sorted(cycles - declared):
        error(f"payer->payee cycle {list(loop)} is missing from loops.json")
    for loop in declared:
        if not 2 <= len(loop) <= 4:
            error(f"loop {list(loop)} must have length 2-4")
    for doc, sub in sorted(per_doc.items()):
        for cycle in nx.simple_cycles(sub):
            error(f"{doc}: loop {cycle} lies inside one document")
    if len(declared) != 5:
        error(f"expected 5 loops, found {len(declared)}")


def check_aliases(aliases: dict, texts: dict[str, list[str]]) -> None:
    corpus = "\n".join(page for pages in texts.values() for page in pages)
    for short, forms in aliases.items():
        if not isinstance(forms, list) or not forms:
            error(f"aliases.json: {short!r} needs a non-empty list")
            continue
        for form in forms:
            if not contains(corpus, form):
                error(f"aliases.json: {short}: {form!r} does not occur in any document")


def main() -> int:
    docs = sorted(p for p in HERE.iterdir() if p.is_file() and DOC_NAME.match(p.name))
    if [p.name[:2] for p in docs] != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01_ to 08_, found {[p.name for p in docs]}")
    pdfs = [p for p in docs if p.suffix == ".pdf"]
    if len(pdfs) < 3:
        error(f"at least 3 PDFs required, found {len(pdfs)}")
    texts = {p.name: doc_pages(p) for p in docs}
    if sum(1 for pages in texts.values() if CJK.search("".join(pages))) < 2:
        error("at least 2 documents must be in Chinese")
    for pdf in pdfs:
        check_pdf_visibility(pdf)

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    names = set(aliases)
    links = load_jsonl(HERE / "links.jsonl")
    non_links = load_jsonl(HERE / "non_links.jsonl")
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))

    check_links(links, names, texts)
    good_links = [row for row in links if set(row) == LINK_FIELDS]
    check_non_links(non_links, good_links, names, texts)
    check_loops(good_links, loops)
    check_aliases(aliases, texts)
    if not 60 <= len(links) <= 75:
        error(f"links: {len(links)} (expected 60-75)")
    if not 20 <= len(non_links) <= 26:
        error(f"non-links: {len(non_links)} (expected 20-26)")
    for path in docs:
        if not any(row.get("doc") == path.name for row in links):
            error(f"{path.name}: no links")

    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        return 1
    print(
        f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
        f"{len(loops)} loops"
    )
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
