"""Validate the fresh133 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and exits 0.
"""

import json
import re
import sys
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import networkx as nx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9_]+_[a-z0-9_]+\.(pdf|html|md|txt)$")
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
BLOCK_TAGS = {
    "address",
    "article",
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
    "li",
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
HIDDEN_TAGS = {"head", "script", "style", "title"}


def normalise(text):
    """Collapse every run of whitespace to a single space."""
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    """Collect the visible text of an HTML page; entities are decoded by the parser."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
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


def markdown_text(raw):
    """Markdown as read: table rows become their cells joined by spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            if re.fullmatch(r"\|[\s|:-]+\|?", stripped):
                continue
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            line = " ".join(cell for cell in cells if cell)
        lines.append(line)
    return "\n".join(lines)


def document_pages(path):
    """Return the normalised text of a document as a list of pages (one item unless PDF)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return [normalise(page.extract_text() or "") for page in PdfReader(str(path)).pages]
    raw = path.read_text(encoding="utf-8")
    if suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        return [normalise("".join(parser.parts))]
    if suffix == ".md":
        return [normalise(markdown_text(raw))]
    return [normalise(raw)]


def read_jsonl(path, errors):
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{number}: invalid JSON ({exc})")
    return rows


def canonical_cycle(cycle):
    cycle = list(cycle)
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def mentions(quote, names):
    text = normalise(quote).lower()
    return any(normalise(name).lower() in text for name in names)


def check_page(where, doc, page, pages, errors):
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(pages):
            errors.append(f"{where}: PDF page must be an integer between 1 and {len(pages)}, got {page!r}")
            return None
        return pages[page - 1]
    if page is not None:
        errors.append(f"{where}: page must be null for non-PDF documents")
    return pages[0]


def main():
    errors = []

    docs = sorted(p.name for p in HERE.iterdir() if DOC_RE.match(p.name))
    numbers = [DOC_RE.match(name).group(1) for name in docs]
    if len(docs) != 8 or numbers != [f"{i:02d}" for i in range(1, 9)]:
        errors.append(f"expected exactly 8 documents numbered 01-08, found {docs}")
    if sum(name.endswith(".pdf") for name in docs) < 3:
        errors.append("fewer than 3 PDF documents")
    pages = {name: document_pages(HERE / name) for name in docs}
    for name, texts in pages.items():
        words = sum(len(t.split()) for t in texts)
        cjk = sum(len(re.findall(r"[\u4e00-\u9fff]", t)) for t in texts)
        if words < 400 and cjk < 700:
            errors.append(f"{name}: document looks too short ({words} words, {cjk} CJK characters)")

    for required in (
        "README.md",
        "build_pdfs.py",
        "check.py",
        "links.jsonl",
        "non_links.jsonl",
        "loops.json",
        "aliases.json",
    ):
        if not (HERE / required).exists():
            errors.append(f"missing file {required}")
    if errors:
        print("\n".join(errors))
        return 1

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    if not isinstance(aliases, dict):
        errors.append("aliases.json must be an object")
        aliases = {}
    all_text = " ".join(" ".join(texts) for texts in pages.values()).lower()
    for short, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
            errors.append(f"aliases.json: {short} must map to a non-empty list of strings")
            continue
        if len(set(names)) != len(names):
            errors.append(f"aliases.json: {short} has duplicate names")
        for name in names:
            if normalise(name).lower() not in all_text:
                errors.append(f"aliases.json: {short} name {name!r} does not occur in any document")

    # ------------------------------------------------------------------ links
    links = read_jsonl(HERE / "links.jsonl", errors)
    seen = set()
    pairs = set()
    graph = nx.DiGraph()
    edge_docs = {}
    for index, link in enumerate(links, 1):
        where = f"links.jsonl:{index}"
        if set(link) != LINK_FIELDS:
            errors.append(f"{where}: fields {sorted(link)} differ from {sorted(LINK_FIELDS)}")
            continue
        doc, source, relation, target = link["doc"], link["source"], link["relation"], link["target"]
        if doc not in pages:
            errors.append(f"{where}: unknown document {doc!r}")
            continue
        if relation not in RELATIONS:
            errors.append(f"{where}: unknown relation {relation!r}")
        for role in ("source", "target"):
            if link[role] not in aliases:
                errors.append(f"{where}: {role} {link[role]!r} is not a key of aliases.json")
        if source == target:
            errors.append(f"{where}: source equals target")
        key = (doc, source, relation, target)
        if key in seen:
            errors.append(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                errors.append(f"{where}: partners_with listed more than once for {sorted(pair)}")
            pairs.add(pair)
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            errors.append(f"{where}: payer/payee {link['payer']}/{link['payee']} should be {expected}")
        elif expected[0] is not None:
            graph.add_edge(*expected)
            edge_docs.setdefault(expected, set()).add(doc)
        quote = link["quote"]
        if not isinstance(quote, str) or not quote.strip():
            errors.append(f"{where}: empty quote")
            continue
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in quote:
                errors.append(f"{where}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[~c.约約]*\s*\d[\d.,]*\s*%", amount):
                errors.append(f"{where}: a percentage is not an amount ({amount!r})")
        text = check_page(where, doc, link["page"], pages[doc], errors)
        if text is not None and normalise(quote) not in text:
            errors.append(f"{where}: quote not found in {doc} (page {link['page']}): {quote[:70]!r}")
        if source in aliases and target in aliases:
            if not (mentions(quote, aliases[source]) or mentions(quote, aliases[target])):
                errors.append(f"{where}: quote names neither {source} nor {target}")

    # -------------------------------------------------------------- non-links
    non_links = read_jsonl(HERE / "non_links.jsonl", errors)
    linked_pairs = {frozenset((lk["source"], lk["target"])) for lk in links if "source" in lk and "target" in lk}
    for index, item in enumerate(non_links, 1):
        where = f"non_links.jsonl:{index}"
        if set(item) != NON_LINK_FIELDS:
            errors.append(f"{where}: fields {sorted(item)} differ from {sorted(NON_LINK_FIELDS)}")
            continue
        doc, companies = item["doc"], item["companies"]
        if doc not in pages:
            errors.append(f"{where}: unknown document {doc!r}")
            continue
        if not isinstance(companies, list) or len(set(companies)) < 2 or len(set(companies)) != len(companies):
            errors.append(f"{where}: companies must list at least two distinct names")
            continue
        for company in companies:
            if company not in aliases:
                errors.append(f"{where}: company {company!r} is not a key of aliases.json")
            elif not mentions(item["quote"], aliases[company]):
                errors.append(f"{where}: quote does not name {company}")
        for a, b in combinations(companies, 2):
            if frozenset((a, b)) in linked_pairs:
                errors.append(f"{where}: {a} and {b} are linked elsewhere in the set")
        text = check_page(where, doc, item["page"], pages[doc], errors)
        if text is not None and normalise(item["quote"]) not in text:
            errors.append(f"{where}: quote not found in {doc} (page {item['page']}): {item['quote'][:70]!r}")

    # ------------------------------------------------------------------ loops
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    expected_loops = {canonical_cycle(c) for c in nx.simple_cycles(graph)}
    given_loops = set()
    for loop in loops:
        if not isinstance(loop, list) or not all(name in aliases for name in loop):
            errors.append(f"loops.json: bad loop {loop!r}")
            continue
        given_loops.add(canonical_cycle(loop))
    if len(given_loops) != len(loops):
        errors.append("loops.json: duplicate loops")
    if given_loops != expected_loops:
        errors.append(
            f"loops.json differs from the simple cycles of the payer->payee graph: "
            f"missing {sorted(expected_loops - given_loops)}, extra {sorted(given_loops - expected_loops)}"
        )
    for loop in expected_loops:
        if not 2 <= len(loop) <= 4:
            errors.append(f"loop {loop} has length {len(loop)} (must be 2-4)")
        edges = [(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))]
        shared = set.intersection(*(edge_docs[e] for e in edges))
        if shared:
            errors.append(f"loop {loop} lies inside one document: {sorted(shared)}")

    # ----------------------------------------------------------------- counts
    if not 60 <= len(links) <= 75:
        errors.append(f"{len(links)} links (expected 60-75)")
    if not 20 <= len(non_links) <= 26:
        errors.append(f"{len(non_links)} non-links (expected 20-26)")
    if len(expected_loops) != 5:
        errors.append(f"{len(expected_loops)} money loops (expected 5)")

    if errors:
        print(f"{len(errors)} error(s):")
        print("\n".join(errors))
        return 1
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, {len(expected_loops)} loops")
    return 0


if __name__ == "__main__":
    sys.exit(main())
