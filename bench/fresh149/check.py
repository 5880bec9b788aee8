"""Validate the fresh149 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exit status 0 and "OK" when every check passes; otherwise the errors are listed.
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
TITLE = (
    "# fresh149 - AI in carbon credits, emissions trading and carbon-capture projects, "
    "with Singaporean, Swiss, Brazilian and mainland Chinese issuers"
)
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
DOC_NAME = re.compile(r"^(0[1-8])_([A-Za-z0-9]+)_([A-Za-z0-9_-]+)\.(md|html|pdf|txt)$")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "caption",
    "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer",
}
HIDDEN_TAGS = {"head", "script", "style", "title", "noscript"}

errors: list[str] = []


def error(message: str) -> None:
    errors.append(message)


def squash(text: str) -> str:
    """Whitespace normalisation: runs of whitespace become one space."""
    return " ".join(text.split())


def contains(haystack: str, needle: str) -> bool:
    """Needle occurs in haystack after whitespace normalisation.

    Chinese text has no spaces between words, and a PDF line break inside a
    Chinese sentence is extracted as a newline, so when the needle contains CJK
    characters all whitespace is ignored on both sides.
    """
    if CJK.search(needle):
        return "".join(needle.split()) in "".join(haystack.split())
    return squash(needle) in squash(haystack)


class VisibleText(HTMLParser):
    """Visible text of an HTML page, entities decoded, blocks separated."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return "".join(parser.parts)


def markdown_text(path: Path) -> str:
    """Markdown source with table rows turned into cells joined by single spaces."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            if set(stripped) <= set("|-: "):
                continue
            lines.append(" ".join(c.strip() for c in stripped.strip("|").split("|")))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_documents() -> dict[str, list[str]]:
    """Map file name to its text: one string per page for PDFs, else one string."""
    docs: dict[str, list[str]] = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        suffix = path.suffix
        if suffix == ".pdf":
            pages = PdfReader(path).pages
            docs[path.name] = [page.extract_text() or "" for page in pages]
        elif suffix == ".html":
            docs[path.name] = [html_text(path)]
        elif suffix == ".md":
            docs[path.name] = [markdown_text(path)]
        else:
            docs[path.name] = [path.read_text(encoding="utf-8")]
    return docs


def check_pdf_bounds(name: str) -> None:
    """Text a reader sees (inside the page box) must equal all text on the page."""
    pdf = pdfium.PdfDocument(str(HERE / name))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            text_page = page.get_textpage()
            bounded = squash(text_page.get_text_bounded())
            full = squash(text_page.get_text_range())
            if bounded != full:
                error(f"{name} page {index + 1}: text drawn outside the page box")
            text_page.close()
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


def check_quote(where: str, row: dict, docs: dict[str, list[str]]) -> None:
    doc, quote, page = row.get("doc"), row.get("quote"), row.get("page")
    if doc not in docs:
        error(f"{where}: unknown document {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    pages = docs[doc]
    if doc.endswith(".pdf"):
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= len(pages):
            error(f"{where}: PDF page must be 1 to {len(pages)}, got {page!r}")
            return
        if not contains(pages[page - 1], quote):
            error(f"{where}: quote not found on page {page} of {doc}: {quote[:70]!r}")
    else:
        if page is not None:
            error(f"{where}: page must be null for a non-PDF document")
        if not contains(pages[0], quote):
            error(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def names_in(quote: str, short: str, aliases: dict[str, list[str]]) -> bool:
    return any(contains(quote, alias) for alias in aliases.get(short, []))


def check_links(links: list[dict], docs: dict, aliases: dict) -> None:
    seen: set[tuple] = set()
    pairs: dict[frozenset, int] = {}
    subsidiaries: dict[str, set[str]] = {}
    for link in links:
        if link.get("relation") == "subsidiary_of":
            subsidiaries.setdefault(link.get("source"), set()).add(link.get("doc"))
    for number, link in enumerate(links, 1):
        where = f"links.jsonl #{number}"
        if set(link) != LINK_KEYS:
            error(f"{where}: fields {sorted(link)} != {sorted(LINK_KEYS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for short in (source, target):
            if short not in aliases:
                error(f"{where}: {short!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            found = (link["payer"], link["payee"])
            error(f"{where}: payer/payee {found}, expected {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be a non-empty string or null")
            elif "%" in amount:
                error(f"{where}: a percentage is not an amount")
            elif amount not in link["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            if relation in NO_MONEY:
                error(f"{where}: {relation} carries no amount")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {source} {relation} {target} in {link['doc']}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            pairs[pair] = pairs.get(pair, 0) + 1
            if pairs[pair] > 1:
                error(f"{where}: partners_with listed twice for {sorted(pair)}")
        if relation != "subsidiary_of" and source in subsidiaries:
            if link["doc"] not in subsidiaries[source]:
                error(f"{where}: {source} acts but its subsidiary_of is not listed")
        quote = link["quote"] if isinstance(link["quote"], str) else ""
        if not (names_in(quote, source, aliases) or names_in(quote, target, aliases)):
            error(f"{where}: quote names neither {source} nor {target}")
        check_quote(where, link, docs)


def check_non_links(
    non_links: list[dict], links: list[dict], docs: dict, aliases: dict
) -> None:
    linked = {frozenset((link.get("source"), link.get("target"))) for link in links}
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl #{number}"
        if set(row) != NON_LINK_KEYS:
            error(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_KEYS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
            continue
        for short in companies:
            if short not in aliases:
                error(f"{where}: {short!r} is not a key of aliases.json")
            elif not names_in(row["quote"], short, aliases):
                error(f"{where}: quote does not name {short}")
        for first, second in combinations(sorted(set(companies)), 2):
            if frozenset((first, second)) in linked:
                error(f"{where}: {first} and {second} are linked in links.jsonl")
        check_quote(where, row, docs)


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
        payer, payee = link.get("payer"), link.get("payee")
        if payer and payee:
            graph.add_edge(payer, payee)
            edge_docs.setdefault((payer, payee), set()).add(link["doc"])
    actual = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    listed = set()
    for loop in loops:
        if not isinstance(loop, list) or not all(isinstance(x, str) for x in loop):
            error(f"loops.json: not a list of names: {loop!r}")
            continue
        listed.add(canonical(loop))
        if not 2 <= len(loop) <= 4:
            error(f"loops.json: loop {loop} has length {len(loop)}, expected 2-4")
    if len(listed) != len(loops):
        error("loops.json: duplicate loops")
    for missing in sorted(actual - listed):
        error(f"loops.json: payer->payee cycle {list(missing)} is not listed")
    for extra in sorted(listed - actual):
        error(f"loops.json: {list(extra)} is not a cycle of the payer->payee graph")
    if len(actual) != 5:
        error(f"expected 5 money loops, the graph has {len(actual)}")
    for cycle in actual & listed:
        edges = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        common = set.intersection(*(edge_docs[edge] for edge in edges))
        if common:
            error(f"loop {list(cycle)} lies inside one document: {sorted(common)}")
        if len({doc for edge in edges for doc in edge_docs[edge]}) < 2:
            error(f"loop {list(cycle)} does not span two documents")


def check_aliases(aliases: dict, docs: dict[str, list[str]]) -> None:
    everything = "\n".join(text for pages in docs.values() for text in pages)
    for short, names in aliases.items():
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            names = []
        if not names:
            error(f"aliases.json: {short!r} needs a non-empty list of names")
            continue
        for name in names:
            if not contains(everything, name):
                error(f"aliases.json: {short}: {name!r} does not occur in any document")


def check_readme(docs: dict) -> None:
    path = HERE / "README.md"
    if not path.exists():
        error("missing README.md")
        return
    text = path.read_text(encoding="utf-8")
    if text.splitlines()[0].strip() != TITLE:
        error("README.md: wrong title line")
    if "| File | Kind | Language |" not in text:
        error("README.md: missing the | File | Kind | Language | table")
    for name in docs:
        if f"| {name} |" not in text:
            error(f"README.md: {name} missing from the file table")


def main() -> int:
    docs = load_documents()
    numbers = sorted(DOC_NAME.match(name).group(1) for name in docs)
    if numbers != [f"{n:02d}" for n in range(1, 9)]:
        error(f"expected documents 01..08, found {numbers}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"expected at least 3 PDFs, found {len(pdfs)}")
    chinese = [
        name for name, pages in docs.items() if len(CJK.findall("".join(pages))) > 300
    ]
    if len(chinese) < 2:
        error(f"expected at least 2 Chinese documents, found {chinese}")
    for name in pdfs:
        check_pdf_bounds(name)

    alias_path = HERE / "aliases.json"
    aliases = {}
    if alias_path.exists():
        aliases = json.loads(alias_path.read_text(encoding="utf-8"))
    if not aliases:
        error("aliases.json missing or empty")
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    if not 60 <= len(links) <= 75:
        error(f"expected 60-75 links, found {len(links)}")
    if not 20 <= len(non_links) <= 26:
        error(f"expected 20-26 non-links, found {len(non_links)}")

    check_links(links, docs, aliases)
    check_non_links(non_links, links, docs, aliases)
    check_loops([link for link in links if set(link) == LINK_KEYS])
    check_aliases(aliases, docs)
    check_readme(docs)

    used = {link.get(k) for link in links for k in ("source", "target")}
    used |= {c for row in non_links for c in row.get("companies", [])}
    for short in sorted(set(aliases) - used):
        print(f"note: {short} is named in the documents but is in no row")

    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        return 1
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(json.loads((HERE / 'loops.json').read_text(encoding='utf-8')))} loops")
    return 0


if __name__ == "__main__":
    sys.exit(main())
