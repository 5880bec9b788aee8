"""Validate the fresh157 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and exits 0.
"""

import json
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdfium2 as pdfium
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
CJK = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "caption", "h1", "h2", "h3", "h4", "h5",
    "h6", "blockquote", "article", "section", "nav", "footer", "header",
}
SKIP_TAGS = {"script", "style", "head", "title"}

errors: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def normalise(text: str) -> str:
    """Collapse whitespace; drop the whitespace that touches a CJK character (line breaks in Chinese text)."""
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(rf" ?([{CJK}]) ?", r"\1", text)


class VisibleText(HTMLParser):
    """Visible text of an HTML page; block-level elements (and table cells) are separated by whitespace."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw: str) -> str:
    """Markdown as read: table rows become their cells joined by single spaces, emphasis markers dropped."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells if cell):
                continue
            line = " ".join(cell for cell in cells if cell)
        lines.append(line.replace("**", ""))
    return "\n".join(lines)


def load_documents() -> dict[str, list[str]]:
    """Map each document to its normalised text: one entry per page for PDFs, a single entry otherwise."""
    docs: dict[str, list[str]] = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        if path.suffix == ".pdf":
            docs[path.name] = [normalise(page.extract_text() or "") for page in PdfReader(path).pages]
        elif path.suffix == ".html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            docs[path.name] = [normalise("".join(parser.parts))]
        elif path.suffix == ".md":
            docs[path.name] = [normalise(markdown_text(path.read_text(encoding="utf-8")))]
        else:
            docs[path.name] = [normalise(path.read_text(encoding="utf-8"))]
    numbers = sorted(DOC_NAME.match(name).group(1) for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08 exactly once, found {numbers}")
    if sum(name.endswith(".pdf") for name in docs) < 3:
        error("fewer than 3 PDF documents")
    return docs


def check_pdf_bounds() -> None:
    """Text a reader can see (inside the page box) must equal all the text of the page."""
    for path in sorted(HERE.glob("0*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                seen = normalise(textpage.get_text_bounded())
                full = normalise(textpage.get_text_range())
                if seen != full:
                    error(f"{path.name} page {index + 1}: text drawn outside the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def read_jsonl(name: str) -> list[dict]:
    rows = []
    for number, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def names_in(quote: str, short: str, aliases: dict[str, list[str]]) -> bool:
    return any(normalise(alias) in quote for alias in aliases.get(short, []))


def check_quote(where: str, row: dict, docs: dict[str, list[str]]) -> str | None:
    """Check doc, page and quote of a record; return the normalised quote if it was found."""
    doc = row.get("doc")
    if doc not in docs:
        error(f"{where}: unknown document {doc!r}")
        return None
    page = row.get("page")
    quote = normalise(row.get("quote") or "")
    if not quote:
        error(f"{where}: empty quote")
        return None
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(docs[doc]):
            error(f"{where}: PDF page must be an integer in 1..{len(docs[doc])}, got {page!r}")
            return None
        text = docs[doc][page - 1]
    else:
        if page is not None:
            error(f"{where}: page must be null for a non-PDF document")
        text = docs[doc][0]
    if quote not in text:
        error(f"{where}: quote not found in {doc}" + (f" page {page}" if page else "") + f": {quote[:90]!r}")
        return None
    return quote


def check_links(links: list[dict], docs, aliases) -> None:
    seen_triples = set()
    partner_pairs = set()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(link) != LINK_KEYS:
            error(f"{where}: keys {sorted(link)} differ from {sorted(LINK_KEYS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for field in ("source", "target"):
            if link[field] not in aliases:
                error(f"{where}: {field} {link[field]!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation in NO_MONEY:
            expected = (None, None)
        elif relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            continue
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee {link['payer']!r}->{link['payee']!r}, expected {expected}")
        quote = check_quote(where, link, docs)
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be a non-empty string or null")
            elif "%" in amount:
                error(f"{where}: percentages are not amounts ({amount!r})")
            elif normalise(amount) not in normalise(link["quote"]):
                error(f"{where}: amount {amount!r} does not occur in the quote")
        triple = (link["doc"], source, relation, target)
        if triple in seen_triples:
            error(f"{where}: duplicate {source} {relation} {target} in {link['doc']}")
        seen_triples.add(triple)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in partner_pairs:
                error(f"{where}: partners_with listed more than once for {sorted(pair)}")
            partner_pairs.add(pair)
        if quote and not (names_in(quote, source, aliases) or names_in(quote, target, aliases)):
            error(f"{where}: quote names neither {source} nor {target}")
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl has {len(links)} links, expected 60-75")


def check_non_links(non_links: list[dict], links: list[dict], docs, aliases) -> None:
    link_quotes = {(link.get("doc"), normalise(link.get("quote") or "")) for link in links}
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if set(row) != NON_LINK_KEYS:
            error(f"{where}: keys {sorted(row)} differ from {sorted(NON_LINK_KEYS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: companies must list at least two distinct short names")
            continue
        quote = check_quote(where, row, docs)
        for short in companies:
            if short not in aliases:
                error(f"{where}: company {short!r} is not a key of aliases.json")
            elif quote and not names_in(quote, short, aliases):
                error(f"{where}: quote does not name {short}")
        if (row["doc"], normalise(row["quote"])) in link_quotes:
            error(f"{where}: the same sentence is also the quote of a link")
    if not 20 <= len(non_links) <= 26:
        error(f"non_links.jsonl has {len(non_links)} sentences, expected 20-26")


def canonical(cycle: list[str]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links: list[dict]) -> list[tuple[str, ...]]:
    graph = nx.DiGraph()
    edges_by_doc = defaultdict(set)
    for link in links:
        if link.get("payer") and link.get("payee"):
            graph.add_edge(link["payer"], link["payee"])
            edges_by_doc[link["doc"]].add((link["payer"], link["payee"]))
    found = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    declared_raw = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    declared = [canonical(list(loop)) for loop in declared_raw]
    if len(set(declared)) != len(declared):
        error("loops.json lists a loop twice")
    if set(declared) != found:
        error(f"loops.json differs from the simple cycles: missing {sorted(found - set(declared))}, "
              f"extra {sorted(set(declared) - found)}")
    if len(found) != 5:
        error(f"the payer->payee graph has {len(found)} simple cycles, expected 5")
    for loop in found:
        if not 2 <= len(loop) <= 4:
            error(f"loop {loop} has length {len(loop)}, expected 2-4")
        edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, doc_edges in edges_by_doc.items():
            if edges <= doc_edges:
                error(f"loop {loop} lies inside one document ({doc})")
    return sorted(found)


def check_aliases(aliases, docs, links, non_links) -> None:
    if not isinstance(aliases, dict):
        error("aliases.json must be an object")
        return
    every_text = " ".join(" ".join(pages) for pages in docs.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
            error(f"aliases.json: {short!r} must map to a non-empty list of names")
            continue
        for name in names:
            if normalise(name) not in every_text:
                error(f"aliases.json: {short}: {name!r} does not occur in any document")
    used = {link.get(k) for link in links for k in ("source", "target")}
    used |= {c for row in non_links for c in row.get("companies", [])}
    for short in sorted(set(aliases) - used):
        error(f"aliases.json: {short!r} is used by no link and no non-link")


def main() -> int:
    docs = load_documents()
    check_pdf_bounds()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_links(links, docs, aliases)
    check_non_links(non_links, links, docs, aliases)
    loops = check_loops(links)
    check_aliases(aliases, docs, links, non_links)
    for name in ("README.md", "build_pdfs.py"):
        if not (HERE / name).exists():
            error(f"missing {name}")
    if errors:
        print(f"{len(errors)} problem(s):")
        for message in errors:
            print(" -", message)
        return 1
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, {len(loops)} loops")
    for loop in loops:
        print("   loop:", " -> ".join(loop + (loop[0],)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
