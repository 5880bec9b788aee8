"""Validate the fresh161 evaluation set.

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
DOC_PATTERN = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
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
    "doc",
    "source",
    "relation",
    "target",
    "payer",
    "payee",
    "amount",
    "page",
    "quote",
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
CJK = "\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u201c\u201d"
BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
}
HIDDEN_TAGS = {"head", "script", "style", "template"}

errors: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def norm(text: str) -> str:
    """Collapse whitespace; drop it next to CJK characters (PDF line breaks add it)."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(rf"(?<=[{CJK}]) | (?=[{CJK}])", "", text)


class VisibleText(HTMLParser):
    """Visible text of an HTML page.

    Entities are decoded; block elements and table cells are separated by spaces.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
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


def markdown_text(raw: str) -> str:
    """Markdown source with table rows rewritten as cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            line = " ".join(cells)
        lines.append(line)
    return "\n".join(lines)


def load_documents() -> dict[str, dict]:
    """Map file name to its kind (extension), normalised text and PDF page texts."""
    docs = {}
    for path in sorted(HERE.iterdir()):
        match = DOC_PATTERN.match(path.name)
        if not match:
            continue
        ext = match.group(2)
        entry = {"kind": ext, "text": None, "pages": []}
        if ext == "pdf":
            reader = PdfReader(str(path))
            entry["pages"] = [norm(page.extract_text() or "") for page in reader.pages]
            entry["text"] = " ".join(entry["pages"])
            check_pdf_visible(path)
        elif ext == "html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            entry["text"] = norm("".join(parser.parts))
        elif ext == "md":
            entry["text"] = norm(markdown_text(path.read_text(encoding="utf-8")))
        else:
            entry["text"] = norm(path.read_text(encoding="utf-8"))
        docs[path.name] = entry
    numbers = sorted(DOC_PATTERN.match(name).group(1) for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08 exactly once, found {numbers}")
    if sum(1 for d in docs.values() if d["kind"] == "pdf") < 3:
        error("fewer than 3 PDF documents")
    chinese = sum(
        1
        for d in docs.values()
        if len(re.findall(r"[\u4e00-\u9fff]", d["text"] or "")) > 300
    )
    if chinese < 2:
        error(f"fewer than 2 Chinese documents ({chinese})")
    return docs


def check_pdf_visible(path: Path) -> None:
    """Text a reader sees (inside the page) must equal all text drawn on the page."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            drawn = norm(textpage.get_text_range())
            seen = norm(textpage.get_text_bounded())
            if drawn != seen:
                error(
                    f"{path.name} page {index + 1}: text drawn off the page "
                    f"({len(drawn)} vs {len(seen)} chars)"
                )
            textpage.close()
            page.close()
    finally:
        pdf.close()


def read_jsonl(name: str) -> list[dict]:
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"missing {name}")
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name} line {number}: invalid JSON ({exc})")
    return rows


def check_location(where: str, row: dict, docs: dict) -> None:
    """Document exists, page set for PDFs only, quote in the document (or PDF page)."""
    doc = docs.get(row.get("doc"))
    if doc is None:
        error(f"{where}: unknown document {row.get('doc')!r}")
        return
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    page = row.get("page")
    needle = norm(quote)
    if doc["kind"] == "pdf":
        if (
            not isinstance(page, int)
            or isinstance(page, bool)
            or not 1 <= page <= len(doc["pages"])
        ):
            error(f"{where}: PDF needs a valid 1-based page, got {page!r}")
            return
        if needle not in doc["pages"][page - 1]:
            found = [i + 1 for i, text in enumerate(doc["pages"]) if needle in text]
            error(
                f"{where}: quote not on page {page} of {row['doc']} "
                f"(found on {found}): {quote[:70]!r}"
            )
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF documents")
        if needle not in doc["text"]:
            error(f"{where}: quote not found in {row['doc']}: {quote[:70]!r}")


def mentions(quote: str, short: str, aliases: dict) -> bool:
    text = norm(quote)
    return any(norm(alias) in text for alias in aliases.get(short, []))


def check_links(links: list[dict], docs: dict, aliases: dict) -> None:
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl has {len(links)} links, expected 60-75")
    seen = set()
    pairs = set()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl line {number}"
        if set(link) != LINK_FIELDS:
            error(f"{where}: fields {sorted(link)} != {sorted(LINK_FIELDS)}")
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
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation == "supplies":
            expected = (target, source)
        elif relation in NO_MONEY:
            expected = (None, None)
        else:
            expected = None
        if expected is not None and (link["payer"], link["payee"]) != expected:
            error(
                f"{where}: payer/payee {(link['payer'], link['payee'])} "
                f"should be {expected} for {relation}"
            )
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be a non-empty string or null")
            elif "%" in amount:
                error(f"{where}: percentages are not amounts ({amount!r})")
            elif norm(amount) not in norm(link["quote"]):
                error(f"{where}: amount {amount!r} does not occur in the quote")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = (link["doc"], frozenset((source, target)))
            if pair in pairs:
                error(
                    f"{where}: partners_with listed twice for {sorted(pair[1])} "
                    f"in {link['doc']}"
                )
            pairs.add(pair)
        check_location(where, link, docs)
        if isinstance(link["quote"], str) and not (
            mentions(link["quote"], source, aliases)
            or mentions(link["quote"], target, aliases)
        ):
            error(f"{where}: quote names neither {source} nor {target} by any alias")


def check_non_links(
    non_links: list[dict], docs: dict, aliases: dict, links: list[dict]
) -> None:
    if not 20 <= len(non_links) <= 26:
        error(f"non_links.jsonl has {len(non_links)} rows, expected 20-26")
    linked = {(link["doc"], link["quote"]) for link in links if isinstance(link, dict)}
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl line {number}"
        if set(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
            continue
        for short in companies:
            if short not in aliases:
                error(f"{where}: company {short!r} is not a key of aliases.json")
            elif not mentions(row["quote"], short, aliases):
                error(f"{where}: quote does not name {short}")
        if (row["doc"], row["quote"]) in linked:
            error(f"{where}: the same sentence is also used as a link quote")
        check_location(where, row, docs)


def canonical(cycle: list[str]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links: list[dict]) -> None:
    path = HERE / "loops.json"
    if not path.exists():
        error("missing loops.json")
        return
    loops = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    edge_docs: dict[tuple[str, str], set[str]] = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            edge_docs.setdefault(edge, set()).add(link["doc"])
    actual = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    listed = [canonical(list(loop)) for loop in loops]
    if len(listed) != len(set(listed)):
        error("loops.json lists a loop twice")
    if set(listed) != actual:
        error(
            "loops.json differs from the simple cycles: "
            f"missing {sorted(actual - set(listed))}, "
            f"extra {sorted(set(listed) - actual)}"
        )
    if len(actual) != 5:
        error(f"expected 5 money loops, the payer->payee graph has {len(actual)}")
    for cycle in actual:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
        common = set.intersection(*(edge_docs[edge] for edge in edges))
        if common:
            error(f"loop {cycle} lies inside one document: {sorted(common)}")


def check_aliases(aliases: dict, docs: dict) -> None:
    corpus = " ".join(doc["text"] for doc in docs.values())
    for short, names in aliases.items():
        if (
            not isinstance(names, list)
            or not names
            or not all(isinstance(n, str) and n for n in names)
        ):
            error(f"aliases.json: {short!r} needs a non-empty list of names")
            continue
        for name in names:
            if norm(name) not in corpus:
                error(f"aliases.json: {short}: {name!r} is not written in any document")


def main() -> int:
    docs = load_documents()
    alias_path = HERE / "aliases.json"
    aliases = (
        json.loads(alias_path.read_text(encoding="utf-8"))
        if alias_path.exists()
        else {}
    )
    if not aliases:
        error("missing or empty aliases.json")
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_aliases(aliases, docs)
    check_links(links, docs, aliases)
    check_non_links(non_links, docs, aliases, links)
    check_loops([link for link in links if set(link) == LINK_FIELDS])
    for name in ("README.md", "build_pdfs.py"):
        if not (HERE / name).exists():
            error(f"missing {name}")
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        return 1
    print(
        f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
        f"{len(json.loads((HERE / 'loops.json').read_text(encoding='utf-8')))} loops"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
