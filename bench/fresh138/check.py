"""Validate the fresh138 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and exits 0.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdfium2
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
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
# CJK ideographs, kana, CJK and full-width punctuation, curly quotes and the bullet.
CJK = (
    "\u2018-\u201f\u25cf\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
)
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "table", "li", "ul", "ol", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "title",
    "blockquote", "article", "section", "header", "footer", "nav",
}
HIDDEN_TAGS = {"head", "script", "style"}

errors: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def normalise(text: str) -> str:
    """Collapse whitespace and drop whitespace next to CJK characters.

    The second step makes PDF line breaks inside Chinese sentences irrelevant.
    """
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(rf"(?<=[{CJK}]) | (?=[{CJK}])", "", text)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
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


def html_text(path: Path) -> str:
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return "".join(parser.parts)


def markdown_text(path: Path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", cell) for cell in cells if cell):
                continue
            line = " ".join(cell for cell in cells if cell)
        lines.append(line.replace("**", ""))
    return "\n".join(lines)


def load_documents() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Return normalised full texts and, for PDFs, normalised texts per page."""
    texts: dict[str, str] = {}
    pages: dict[str, list[str]] = {}
    for path in sorted(HERE.iterdir()):
        match = DOC_NAME.match(path.name)
        if not match:
            continue
        kind = match.group(2)
        if kind == "pdf":
            reader = PdfReader(str(path))
            pages[path.name] = [
                normalise(page.extract_text() or "") for page in reader.pages
            ]
            texts[path.name] = " ".join(pages[path.name])
            check_pdf_bounds(path)
        elif kind == "html":
            texts[path.name] = normalise(html_text(path))
        elif kind == "md":
            texts[path.name] = normalise(markdown_text(path))
        else:
            texts[path.name] = normalise(path.read_text(encoding="utf-8"))
    numbers = sorted(DOC_NAME.match(name).group(1) for name in texts)
    if numbers != [f"0{i}" for i in range(1, 9)]:
        error(f"expected documents 01..08 exactly once, found {numbers}")
    return texts, pages


def check_pdf_bounds(path: Path) -> None:
    """Text a reader can see (inside the page box) must equal all text on the page."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            bounded = normalise(textpage.get_text_bounded())
            full = normalise(textpage.get_text_range())
            if bounded != full:
                error(f"{path.name} page {index + 1}: text drawn off the page")
            textpage.close()
            page.close()
    finally:
        document.close()


def read_jsonl(name: str) -> list[dict]:
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


def check_location(
    where: str, row: dict, texts: dict[str, str], pages: dict[str, list[str]]
) -> None:
    doc, page, quote = row.get("doc"), row.get("page"), row.get("quote")
    if doc not in texts:
        error(f"{where}: unknown document {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    wanted = normalise(quote)
    if doc.endswith(".pdf"):
        count = len(pages[doc])
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= count:
            error(f"{where}: PDF quote needs a page in 1..{count}, got {page!r}")
            return
        if wanted not in pages[doc][page - 1]:
            error(f"{where}: quote not found on page {page} of {doc}: {quote[:70]!r}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF document {doc}")
        if wanted not in texts[doc]:
            error(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def check_aliases(aliases: dict, texts: dict[str, str]) -> dict[str, str]:
    owner: dict[str, str] = {}
    everything = " ".join(texts.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {short} needs a non-empty list")
            continue
        for name in names:
            if name in owner and owner[name] != short:
                error(f"aliases.json: {name!r} listed under {owner[name]} and {short}")
            owner[name] = short
            if normalise(name) not in everything:
                error(f"aliases.json: {short} alias {name!r} occurs in no document")
    return owner


def named_in(short: str, text: str, aliases: dict) -> bool:
    return any(normalise(name) in text for name in aliases.get(short, []))


def check_links(links: list[dict], aliases: dict, texts: dict, pages: dict) -> None:
    seen: set[tuple] = set()
    pairs: set[tuple] = set()
    for number, row in enumerate(links, start=1):
        where = f"links.jsonl line {number}"
        if set(row) != LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} differ from {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = row["source"], row["relation"], row["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for role in ("source", "target"):
            if row[role] not in aliases:
                error(f"{where}: {role} {row[role]!r} is not a key of aliases.json")
            elif row["doc"] in texts:
                if not named_in(row[role], texts[row["doc"]], aliases):
                    error(f"{where}: {role} {row[role]} is not named in {row['doc']}")
        if source == target:
            error(f"{where}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            found = (row["payer"], row["payee"])
            error(f"{where}: payer/payee {found} should be {expected}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be a non-empty string or null")
            elif amount not in row["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[\d.,\s]*%", amount):
                error(f"{where}: a percentage is not an amount")
            if relation in NO_MONEY:
                error(f"{where}: {relation} carries no amount")
        key = (row["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = (row["doc"], frozenset((source, target)))
            if pair in pairs:
                error(f"{where}: partners_with listed twice for {sorted(pair[1])}")
            pairs.add(pair)
        check_location(where, row, texts, pages)
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl: {len(links)} links, expected 60-75")


def check_non_links(rows: list[dict], aliases: dict, texts: dict, pages: dict) -> None:
    for number, row in enumerate(rows, start=1):
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
                error(f"{where}: {short!r} is not a key of aliases.json")
            elif not named_in(short, normalise(row["quote"]), aliases):
                error(f"{where}: {short} is not named in the quote")
        check_location(where, row, texts, pages)
    if not 20 <= len(rows) <= 26:
        error(f"non_links.jsonl: {len(rows)} non-link sentences, expected 20-26")


def canonical(cycle: list[str]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links: list[dict]) -> int:
    graph = nx.DiGraph()
    edges_by_doc: dict[str, set[tuple[str, str]]] = {}
    for row in links:
        if row.get("payer") and row.get("payee"):
            graph.add_edge(row["payer"], row["payee"])
            edges_by_doc.setdefault(row["doc"], set()).add((row["payer"], row["payee"]))
    actual = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    declared_raw = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    declared = set()
    for loop in declared_raw:
        simple = isinstance(loop, list) and len(set(loop)) == len(loop)
        if not simple or not 2 <= len(loop) <= 4:
            error(f"loops.json: {loop!r} is not a simple loop of length 2-4")
            continue
        declared.add(canonical(loop))
    if len(declared) != len(declared_raw):
        error("loops.json: duplicate or invalid loops")
    for loop in sorted(actual - declared):
        error(f"loops.json: missing cycle {list(loop)}")
    for loop in sorted(declared - actual):
        error(f"loops.json: {list(loop)} is not a cycle of the payer->payee graph")
    for loop in actual:
        if len(loop) > 4:
            error(f"cycle longer than 4: {list(loop)}")
        edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, doc_edges in edges_by_doc.items():
            if edges <= doc_edges:
                error(f"cycle {list(loop)} lies entirely inside {doc}")
    if len(actual) != 5:
        error(f"expected 5 money loops, found {len(actual)}")
    return len(actual)


def main() -> int:
    texts, pages = load_documents()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    check_aliases(aliases, texts)
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_links(links, aliases, texts, pages)
    check_non_links(non_links, aliases, texts, pages)
    loops = check_loops(links)
    for name in ("README.md", "build_pdfs.py"):
        if not (HERE / name).exists():
            error(f"missing {name}")
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        return 1
    print(
        f"OK: {len(texts)} documents, {len(links)} links, {len(non_links)} non-links, "
        f"{loops} loops, {len(aliases)} companies"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
