"""Validate the fresh131 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exit status 0 when there are no errors.
"""

import json
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_PATTERN = re.compile(r"^0[1-8]_[A-Za-z0-9]+_[A-Za-z0-9_]+\.(md|html|pdf|txt)$")
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "footer", "nav", "article", "section", "blockquote", "body", "html", "thead", "tbody",
}
SKIP_TAGS = {"script", "style", "title", "head"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Whitespace normalisation: every run of whitespace becomes one space."""
    return re.sub(r"\s+", " ", text).strip()


def squash(text):
    """Remove all whitespace (for finding names across PDF line breaks)."""
    return re.sub(r"\s+", "", text)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            lines.append(" ".join(cell for cell in cells if cell))
        else:
            lines.append(line)
    return "\n".join(lines)


def document_pages(path):
    """Return {page: normalised text}; page is None for non-PDF documents."""
    if path.suffix == ".pdf":
        reader = PdfReader(str(path))
        return {i + 1: norm(page.extract_text() or "") for i, page in enumerate(reader.pages)}
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        return {None: norm("".join(parser.parts))}
    if path.suffix == ".md":
        return {None: norm(markdown_text(raw))}
    return {None: norm(raw)}


def load_jsonl(name):
    rows = []
    for number, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def check_quote(where, doc, quote, page, texts, is_pdf):
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    if is_pdf:
        if not isinstance(page, int) or page not in texts[doc]:
            error(f"{where}: page must be a valid 1-based page number for a PDF, got {page!r}")
            return
        if norm(quote) not in texts[doc][page]:
            found = [p for p, t in texts[doc].items() if norm(quote) in t]
            error(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote[:70]}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF document")
        if norm(quote) not in texts[doc][None]:
            error(f"{where}: quote not found in {doc}: {quote[:70]}")


def mentions(quote, aliases):
    text = squash(quote).casefold()
    return any(squash(alias).casefold() in text for alias in aliases)


def main():
    docs = sorted(p.name for p in HERE.iterdir() if DOC_PATTERN.match(p.name))
    if len(docs) != 8 or [d[:2] for d in docs] != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected 8 documents 01_..08_, found {docs}")
    pdfs = [d for d in docs if d.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"at least 3 PDF documents required, found {len(pdfs)}")
    texts = {d: document_pages(HERE / d) for d in docs}
    all_text = squash(" ".join(t for d in docs for t in texts[d].values()))

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    for short, forms in aliases.items():
        if not isinstance(forms, list) or not forms:
            error(f"aliases.json: {short} needs a non-empty list")
            continue
        for form in forms:
            if squash(form) not in all_text:
                error(f"aliases.json: {short}: form {form!r} does not occur in any document")

    links = load_jsonl("links.jsonl")
    seen = set()
    partner_pairs = defaultdict(int)
    linked_pairs = set()
    doc_edges = defaultdict(set)
    graph = nx.DiGraph()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(link) != LINK_FIELDS:
            error(f"{where}: fields {sorted(link)} != {sorted(LINK_FIELDS)}")
            continue
        doc, source, relation, target = link["doc"], link["source"], link["relation"], link["target"]
        if doc not in docs:
            error(f"{where}: unknown doc {doc}")
            continue
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation}")
        for field in ("source", "target", "payer", "payee"):
            value = link[field]
            if value is not None and value not in aliases:
                error(f"{where}: {field} {value!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation in NO_MONEY:
            expected = (None, None)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (target, source)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee {link['payer']}/{link['payee']} should be {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"{where}: amount {amount!r} does not occur in quote")
            elif amount.strip().endswith("%"):
                error(f"{where}: a percentage is not an amount")
        key = (doc, source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            partner_pairs[(doc, frozenset((source, target)))] += 1
        check_quote(where, doc, link["quote"], link["page"], texts, doc.endswith(".pdf"))
        if source in aliases and target in aliases:
            if not (mentions(link["quote"], aliases[source]) or mentions(link["quote"], aliases[target])):
                error(f"{where}: quote names neither {source} nor {target}")
        linked_pairs.add(frozenset((source, target)))
        if link["payer"] and link["payee"]:
            graph.add_edge(link["payer"], link["payee"])
            doc_edges[doc].add((link["payer"], link["payee"]))
    for (doc, pair), count in partner_pairs.items():
        if count > 1:
            error(f"partners_with listed {count} times for {sorted(pair)} in {doc}")

    non_links = load_jsonl("non_links.jsonl")
    for number, item in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if set(item) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(item)} != {sorted(NON_LINK_FIELDS)}")
            continue
        if item["doc"] not in docs:
            error(f"{where}: unknown doc {item['doc']}")
            continue
        companies = item["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: at least two companies required")
            continue
        for company in companies:
            if company not in aliases:
                error(f"{where}: {company!r} is not a key of aliases.json")
            elif not mentions(item["quote"], aliases[company]):
                error(f"{where}: quote does not name {company}")
        for i, first in enumerate(companies):
            for second in companies[i + 1:]:
                if frozenset((first, second)) in linked_pairs:
                    error(f"{where}: {first} and {second} are linked in links.jsonl")
        check_quote(where, item["doc"], item["quote"], item["page"], texts, item["doc"].endswith(".pdf"))

    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    expected_cycles = {canonical(list(c)) for c in nx.simple_cycles(graph)}
    given_cycles = {canonical(list(c)) for c in loops}
    if len(given_cycles) != len(loops):
        error("loops.json contains duplicate loops")
    for cycle in sorted(expected_cycles - given_cycles):
        error(f"cycle in payer->payee graph missing from loops.json: {list(cycle)}")
    for cycle in sorted(given_cycles - expected_cycles):
        error(f"loop in loops.json is not a cycle of the payer->payee graph: {list(cycle)}")
    for cycle in given_cycles:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {list(cycle)} should have length 2-4")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, doc_set in doc_edges.items():
            if edges <= doc_set:
                error(f"loop {list(cycle)} lies inside {doc}")
    for doc, doc_set in doc_edges.items():
        sub = nx.DiGraph(list(doc_set))
        for cycle in nx.simple_cycles(sub):
            error(f"{doc} alone contains the money cycle {cycle}")

    if not 60 <= len(links) <= 75:
        error(f"links: {len(links)} (expected 60-75)")
    if not 20 <= len(non_links) <= 26:
        error(f"non-links: {len(non_links)} (expected 20-26)")
    if len(loops) != 5:
        error(f"loops: {len(loops)} (expected 5)")

    for message in errors:
        print("ERROR:", message)
    print(f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, {len(loops)} loops, "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
