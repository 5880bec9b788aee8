"""Validate the fresh140 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Prints every problem found and exits with status 1 if there is any.
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
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
TARGET_PAYS = {"supplies"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount",
               "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|txt|html|pdf)$")
CJK = "[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
HAN = re.compile("[\u4e00-\u9fff]")

errors: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def norm(text: str) -> str:
    """Collapse whitespace; drop it next to CJK characters (PDF lines break there)."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(f"(?<={CJK}) | (?={CJK})", "", text)


class VisibleText(HTMLParser):
    """Text a browser shows: no head, script or style; block tags separate words."""

    HIDDEN = {"head", "script", "style", "title"}
    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2",
              "h3", "h4", "h5", "h6", "header", "footer", "article", "section",
              "blockquote", "thead", "tbody", "caption", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return "".join(parser.parts)


def markdown_text(path: Path) -> str:
    """Markdown as read: table pipes become spaces, emphasis markers are dropped."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^\|?[-:| ]+\|[-:| ]*$", " ", text, flags=re.M)
    return text.replace("|", " ").replace("*", "").replace("`", "")


def load_documents() -> tuple[dict[str, list[str]], list[str]]:
    """Map each document to its normalised text, one entry per PDF page."""
    docs: dict[str, list[str]] = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        if path.suffix == ".pdf":
            reader = PdfReader(str(path))
            docs[path.name] = [norm(page.extract_text() or "") for page in reader.pages]
            check_pdf_bounds(path)
        elif path.suffix == ".html":
            docs[path.name] = [norm(html_text(path))]
        elif path.suffix == ".md":
            docs[path.name] = [norm(markdown_text(path))]
        else:
            docs[path.name] = [norm(path.read_text(encoding="utf-8"))]
    numbers = sorted(name[:2] for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08, found {numbers}")
    chinese = [name for name, pages in docs.items()
               if len(HAN.findall("".join(pages))) > 300]
    if len(chinese) < 2:
        error(f"at least 2 Chinese documents needed, found {chinese}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"at least 3 PDF documents needed, found {pdfs}")
    return docs, chinese


def check_pdf_bounds(path: Path) -> None:
    """All text must be drawn on the page: bounded text equals the full text range."""
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            seen = " ".join(textpage.get_text_bounded().split())
            full = " ".join(textpage.get_text_range().split())
            if seen != full:
                error(f"{path.name} page {index + 1}: text drawn outside the page")
    finally:
        pdf.close()


def read_jsonl(name: str) -> list[dict]:
    rows = []
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_quote(where: str, row: dict, docs: dict[str, list[str]]) -> None:
    doc, page, quote = row.get("doc"), row.get("page"), row.get("quote")
    if doc not in docs:
        error(f"{where}: unknown document {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    pages = docs[doc]
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            error(f"{where}: PDF needs a page between 1 and {len(pages)}, got {page!r}")
            return
        if norm(quote) not in pages[page - 1]:
            found = [i + 1 for i, text in enumerate(pages) if norm(quote) in text]
            error(f"{where}: quote not on page {page} of {doc} (found on {found})")
    else:
        if page is not None:
            error(f"{where}: page must be null for a non-PDF document")
        if norm(quote) not in pages[0]:
            error(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def check_links(links: list[dict], docs: dict, aliases: dict) -> None:
    seen: set[tuple] = set()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(link) != LINK_FIELDS:
            error(f"{where}: fields {sorted(link)} differ from {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for name in (source, target, link["payer"], link["payee"]):
            if name is not None and name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation in TARGET_PAYS:
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee should be {expected} for {relation}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.rstrip().endswith("%"):
                error(f"{where}: a percentage is not an amount")
        key = (link["doc"], source, relation, target)
        if relation == "partners_with":
            key = (link["doc"], *sorted((source, target)), relation)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        check_quote(where, link, docs)
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl: {len(links)} links, expected 60-75")


def check_non_links(rows: list[dict], links: list[dict], docs: dict,
                    aliases: dict) -> None:
    linked = {frozenset((link["source"], link["target"])) for link in links}
    for number, row in enumerate(rows, 1):
        where = f"non_links.jsonl:{number}"
        if set(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} differ from "
                  f"{sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
        for pair in combinations(sorted(set(companies)), 2):
            if frozenset(pair) in linked:
                error(f"{where}: {pair} are linked in links.jsonl")
        check_quote(where, row, docs)
        if any(link["doc"] == row["doc"] and norm(link["quote"]) == norm(row["quote"])
               for link in links):
            error(f"{where}: the same sentence is also a link quote")
    if not 20 <= len(rows) <= 26:
        error(f"non_links.jsonl: {len(rows)} non-links, expected 20-26")


def canonical(cycle: list[str]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links: list[dict]) -> int:
    graph = nx.DiGraph()
    by_doc: dict[str, set[tuple[str, str]]] = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            by_doc.setdefault(link["doc"], set()).add(edge)
    actual = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    listed_raw = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    listed = {canonical(list(loop)) for loop in listed_raw}
    if len(listed) != len(listed_raw):
        error("loops.json: duplicate loops")
    for loop in sorted(actual - listed):
        error(f"loops.json: missing cycle {loop}")
    for loop in sorted(listed - actual):
        error(f"loops.json: {loop} is not a cycle of the payer->payee graph")
    for loop in sorted(actual):
        if not 2 <= len(loop) <= 4:
            error(f"cycle {loop} has length {len(loop)}, expected 2-4")
        edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, doc_edges in by_doc.items():
            if edges <= doc_edges:
                error(f"cycle {loop} lies inside {doc}")
    if len(actual) != 5:
        error(f"{len(actual)} money loops, expected 5")
    return len(actual)


def check_aliases(aliases: dict, links: list[dict], non_links: list[dict],
                  docs: dict) -> None:
    everything = " ".join(" ".join(pages) for pages in docs.values())
    used = {link[key] for link in links for key in ("source", "target")}
    used |= {name for row in non_links for name in row.get("companies", [])}
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {short!r} needs a non-empty list")
            continue
        for name in names:
            if norm(name) not in everything:
                error(f"aliases.json: {short!r} alias {name!r} occurs in no document")
        if short not in used:
            error(f"aliases.json: {short!r} is used by no link or non-link")


def main() -> int:
    docs, chinese = load_documents()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_links(links, docs, aliases)
    check_non_links(non_links, links, docs, aliases)
    loops = check_loops(links)
    check_aliases(aliases, links, non_links, docs)
    for required in ("README.md", "build_pdfs.py", "check.py"):
        if not (HERE / required).exists():
            error(f"missing {required}")
    for message in errors:
        print("ERROR:", message)
    print(f"{len(docs)} documents ({len(chinese)} Chinese), {len(links)} links, "
          f"{len(non_links)} non-links, {loops} loops, {len(aliases)} companies")
    print("FAILED" if errors else "OK: all checks passed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
