"""Validate the fresh136 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and "OK".
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdf
import pypdfium2

HERE = Path(__file__).resolve().parent
RELATIONS = {
    "invests_in", "owns_stake_in", "lends_to", "acquires",
    "supplies", "partners_with", "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote",
}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
DOC_PATTERN = re.compile(r"^(\d\d)_[A-Za-z0-9-]+_[A-Za-z0-9-]+\.(pdf|html|md|txt)$")
BLOCK_TAGS = {
    "p", "div", "td", "th", "tr", "table", "li", "ul", "ol", "br", "h1", "h2", "h3",
    "h4", "h5", "h6", "section", "article", "header", "footer", "title", "body",
}
CJK = re.compile(r"[\u4e00-\u9fff]")

errors: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def norm(text: str) -> str:
    """Collapse every run of whitespace to a single space."""
    return " ".join(text.split())


def squash(text: str) -> str:
    """Remove all whitespace (used for name look-ups across PDF line breaks)."""
    return "".join(text.split())


class VisibleText(HTMLParser):
    """Collect the text a browser shows: no head, script or style; blocks separated."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
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


def markdown_text(raw: str) -> str:
    """Markdown as plain text; table rows become their cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return "\n".join(lines)


def document_pages(path: Path) -> list[str]:
    """Normalised text per page (one 'page' for non-PDF documents)."""
    if path.suffix == ".pdf":
        return [norm(page.extract_text()) for page in pypdf.PdfReader(path).pages]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        return [norm("".join(parser.parts))]
    if path.suffix == ".md":
        return [norm(markdown_text(raw))]
    return [norm(raw)]


def check_pdf_bounds(path: Path) -> None:
    """No text may be drawn outside the page: bounded text must equal the full text."""
    pdf = pypdfium2.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            text_page = pdf[index].get_textpage()
            if norm(text_page.get_text_bounded()) != norm(text_page.get_text_range()):
                error(f"{path.name} page {index + 1}: text drawn outside the page")
    finally:
        pdf.close()


def load_jsonl(name: str) -> list[dict]:
    rows = []
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name} line {number}: invalid JSON ({exc})")
    return rows


def check_quote(kind: str, index: int, row: dict, pages: dict[str, list[str]]) -> None:
    doc = row.get("doc")
    if doc not in pages:
        error(f"{kind} {index}: unknown doc {doc!r}")
        return
    quote = norm(row.get("quote") or "")
    if not quote:
        error(f"{kind} {index}: empty quote")
        return
    page = row.get("page")
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(pages[doc]):
            error(f"{kind} {index}: PDF quote needs a valid 1-based page, got {page!r}")
        elif quote not in pages[doc][page - 1]:
            error(f"{kind} {index}: quote not on page {page} of {doc}: {quote[:70]}")
    else:
        if page is not None:
            error(f"{kind} {index}: page must be null for non-PDF {doc}")
        if quote not in pages[doc][0]:
            error(f"{kind} {index}: quote not found in {doc}: {quote[:70]}")


def mentions(name: str, text: str, aliases: dict[str, list[str]]) -> bool:
    flat = squash(text)
    return any(squash(alias) in flat for alias in aliases.get(name, []))


def canonical(cycle: list[str]) -> tuple[str, ...]:
    """Rotate a cycle so that it starts at its smallest node."""
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def main() -> int:
    documents = sorted(p for p in HERE.iterdir() if DOC_PATTERN.match(p.name))
    numbers = [DOC_PATTERN.match(p.name).group(1) for p in documents]
    if numbers != [f"{n:02d}" for n in range(1, 9)]:
        error(f"expected documents 01_ to 08_, found {[p.name for p in documents]}")
    pages = {p.name: document_pages(p) for p in documents}
    pdfs = [p for p in documents if p.suffix == ".pdf"]
    if len(pdfs) < 3:
        error(f"at least 3 PDF documents required, found {len(pdfs)}")
    chinese = [
        name for name, texts in pages.items() if len(CJK.findall(" ".join(texts))) > 500
    ]
    if len(chinese) < 2:
        error(f"at least 2 Chinese documents required, found {chinese}")
    for path in pdfs:
        check_pdf_bounds(path)

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    all_text = squash(" ".join(" ".join(texts) for texts in pages.values()))
    for short, names in aliases.items():
        if not names or not all(isinstance(n, str) and n for n in names):
            error(f"aliases.json: {short} needs a non-empty list of names")
        for alias in names:
            if squash(alias) not in all_text:
                error(f"aliases.json: {short} alias {alias!r} occurs in no document")

    links = load_jsonl("links.jsonl")
    seen: set[tuple[str, str, str, str]] = set()
    pairs: set[frozenset[str]] = set()
    for index, link in enumerate(links, 1):
        if set(link) != LINK_KEYS:
            error(f"link {index}: keys {sorted(link)} differ from {sorted(LINK_KEYS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"link {index}: unknown relation {relation!r}")
        for field in ("source", "target", "payer", "payee"):
            value = link[field]
            if value is not None and value not in aliases:
                error(f"link {index}: {field} {value!r} is not a key of aliases.json")
        if source == target:
            error(f"link {index}: source equals target")
        if relation in NO_MONEY:
            expected = (None, None)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (target, source)
        got = (link["payer"], link["payee"])
        if got != expected:
            error(f"link {index}: payer/payee {got} should be {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"link {index}: amount must be a non-empty string or null")
            elif norm(amount) not in norm(link["quote"]):
                error(f"link {index}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                error(f"link {index}: percentages are not amounts")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"link {index}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                error(f"link {index}: partners_with repeated for {sorted(pair)}")
            pairs.add(pair)
        check_quote("link", index, link, pages)
        quote = link["quote"]
        if not (mentions(source, quote, aliases) or mentions(target, quote, aliases)):
            error(f"link {index}: quote names neither {source} nor {target}")

    non_links = load_jsonl("non_links.jsonl")
    for index, row in enumerate(non_links, 1):
        if set(row) != NON_LINK_KEYS:
            error(f"non-link {index}: keys {sorted(row)} != {sorted(NON_LINK_KEYS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"non-link {index}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"non-link {index}: {name!r} is not a key of aliases.json")
            elif not mentions(name, row["quote"], aliases):
                error(f"non-link {index}: quote does not name {name}")
        check_quote("non-link", index, row, pages)

    graph = nx.DiGraph()
    edge_docs: dict[tuple[str, str], set[str]] = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            edge_docs.setdefault(edge, set()).add(link["doc"])
    cycles = {canonical(list(c)) for c in nx.simple_cycles(graph)}
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    listed = [canonical(list(loop)) for loop in loops]
    if len(listed) != len(set(listed)):
        error("loops.json lists a loop twice")
    if set(listed) != cycles:
        missing, extra = sorted(cycles - set(listed)), sorted(set(listed) - cycles)
        error(f"loops.json != simple cycles: missing {missing}, extra {extra}")
    for cycle in cycles:
        edges = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        shared = set.intersection(*(edge_docs[e] for e in edges))
        if shared:
            error(f"loop {cycle} lies inside one document: {sorted(shared)}")

    if not 60 <= len(links) <= 75:
        error(f"{len(links)} links; expected 60 to 75")
    if not 20 <= len(non_links) <= 26:
        error(f"{len(non_links)} non-links; expected 20 to 26")
    if len(cycles) != 5:
        error(f"{len(cycles)} money loops; expected 5")

    if errors:
        print("\n".join(f"ERROR: {message}" for message in errors))
        print(f"{len(errors)} error(s)")
        return 1
    print(
        f"{len(documents)} documents, {len(links)} links, {len(non_links)} non-links, "
        f"{len(cycles)} loops, {len(aliases)} companies"
    )
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
