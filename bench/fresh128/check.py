"""Validate the fresh128 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exit status 0 and "OK" when every check passes; otherwise the errors are listed.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import networkx as nx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
NON_LINK_KEYS = ["doc", "quote", "companies", "page"]
DOC_PATTERN = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
TITLE = ("# fresh128 - AI in sugar, cocoa and coffee trading, roasters and confectioners, "
         "with Brazilian, Swiss, Ghanaian and Chinese issuers")
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "footer", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
}
HIDDEN_TAGS = {"head", "script", "style", "title", "meta"}

errors = []


def error(message):
    errors.append(message)


def normalise(text):
    """Collapse whitespace; drop whitespace next to CJK characters (PDF line breaks inside Chinese text)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(rf"(?<=[{CJK}]) ", "", text)
    text = re.sub(rf" (?=[{CJK}])", "", text)
    return text


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS and tag != "meta":
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS and tag != "meta":
            self.hidden -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            line = " ".join(cells)
        lines.append(line)
    return "\n".join(lines)


def load_document(path):
    """Return {page_number_or_None: normalised text}."""
    if path.suffix == ".pdf":
        reader = PdfReader(str(path))
        return {index + 1: normalise(page.extract_text()) for index, page in enumerate(reader.pages)}
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        return {None: normalise("".join(parser.parts))}
    if path.suffix == ".md":
        return {None: normalise(markdown_text(raw))}
    return {None: normalise(raw)}


def read_jsonl(name):
    records = []
    for number, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: invalid JSON ({exc})")
    return records


def canonical_cycle(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_quote(where, doc, page, quote, documents):
    if doc not in documents:
        error(f"{where}: unknown document {doc!r}")
        return
    pages = documents[doc]
    is_pdf = doc.endswith(".pdf")
    if is_pdf:
        if not isinstance(page, int) or page not in pages:
            error(f"{where}: PDF needs a valid 1-based page, got {page!r}")
            return
        if normalise(quote) not in pages[page]:
            found = [number for number, text in pages.items() if normalise(quote) in text]
            error(f"{where}: quote not found on page {page} (found on {found}): {quote[:70]!r}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF documents")
        if normalise(quote) not in pages[None]:
            error(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def main():
    docs = sorted(path for path in HERE.iterdir() if DOC_PATTERN.match(path.name))
    numbers = [DOC_PATTERN.match(path.name).group(1) for path in docs]
    if numbers != [f"{n:02d}" for n in range(1, 9)]:
        error(f"expected documents 01_ ... 08_, found {[path.name for path in docs]}")
    if sum(path.suffix == ".pdf" for path in docs) < 3:
        error("at least 3 documents must be PDF")
    documents = {path.name: load_document(path) for path in docs}
    chinese = [name for name, pages in documents.items()
               if len(re.findall(r"[\u4e00-\u9fff]", " ".join(pages.values()))) > 500]
    if len(chinese) < 2:
        error(f"at least 2 documents must be Chinese, found {chinese}")
    for name, pages in documents.items():
        if any(not text for text in pages.values()):
            error(f"{name}: empty text extracted")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    all_text = " ".join(text for pages in documents.values() for text in pages.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {short} needs a non-empty list")
            continue
        for alias in names:
            if normalise(alias) not in all_text:
                error(f"aliases.json: {short}: alias {alias!r} does not occur in any document")

    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl: {len(links)} links, expected 60-75")
    if not 20 <= len(non_links) <= 26:
        error(f"non_links.jsonl: {len(non_links)} non-links, expected 20-26")

    seen = Counter()
    partner_pairs = Counter()
    linked_pairs = set()
    edges = defaultdict(set)
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if list(link) != LINK_KEYS:
            error(f"{where}: keys must be {LINK_KEYS}, got {list(link)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for field in ("source", "target"):
            if link[field] not in aliases:
                error(f"{where}: {field} {link[field]!r} is not a key of aliases.json")
        for field in ("payer", "payee"):
            if link[field] is not None and link[field] not in aliases:
                error(f"{where}: {field} {link[field]!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee {link['payer']}/{link['payee']} should be {expected[0]}/{expected[1]}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                error(f"{where}: percentages are not amounts ({amount!r})")
            if relation in NO_MONEY:
                error(f"{where}: {relation} carries no amount")
        check_quote(where, link["doc"], link["page"], link["quote"], documents)
        quote_norm = normalise(link["quote"])
        if not any(normalise(alias) in quote_norm for name in (source, target) for alias in aliases.get(name, [])):
            error(f"{where}: neither {source} nor {target} is named in the quote")
        seen[(link["doc"], source, relation, target)] += 1
        linked_pairs.add(frozenset((source, target)))
        if relation == "partners_with":
            partner_pairs[frozenset((source, target))] += 1
        if link["payer"] is not None:
            edges[(link["payer"], link["payee"])].add(link["doc"])
    for key, count in seen.items():
        if count > 1:
            error(f"links.jsonl: duplicate {key} ({count} times)")
    for pair, count in partner_pairs.items():
        if count > 1:
            error(f"links.jsonl: partners_with listed {count} times for {sorted(pair)}")
    for link in links:
        if link.get("relation") == "invests_in" and "%" in link.get("quote", ""):
            key = (link["doc"], link["source"], "owns_stake_in", link["target"])
            if key not in seen:
                error(f"links.jsonl: invests_in with a holding needs owns_stake_in too: {key}")

    for number, item in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if list(item) != NON_LINK_KEYS:
            error(f"{where}: keys must be {NON_LINK_KEYS}, got {list(item)}")
            continue
        companies = item["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
            elif not any(normalise(alias) in normalise(item["quote"]) for alias in aliases[name]):
                error(f"{where}: {name} is not named in the quote")
        for pair in combinations(companies, 2):
            if frozenset(pair) in linked_pairs:
                error(f"{where}: {pair} are linked in links.jsonl")
        check_quote(where, item["doc"], item["page"], item["quote"], documents)

    graph = nx.DiGraph()
    graph.add_edges_from(edges)
    cycles = {canonical_cycle(cycle) for cycle in nx.simple_cycles(graph)}
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    declared = [canonical_cycle(list(loop)) for loop in loops]
    if len(declared) != len(set(declared)):
        error("loops.json: duplicate loops")
    if set(declared) != cycles:
        error(f"loops.json differs from simple cycles: missing {sorted(cycles - set(declared))}, "
              f"extra {sorted(set(declared) - cycles)}")
    if len(declared) != 5:
        error(f"loops.json: expected 5 loops, found {len(declared)}")
    for loop in declared:
        if not 2 <= len(loop) <= 4:
            error(f"loops.json: loop {loop} must have length 2-4")
        loop_edges = [(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))]
        if any(edge not in edges for edge in loop_edges):
            continue
        shared = set.intersection(*(edges[edge] for edge in loop_edges))
        if shared:
            error(f"loops.json: loop {loop} lies inside one document: {sorted(shared)}")

    readme = HERE / "README.md"
    if not readme.exists() or not readme.read_text(encoding="utf-8").startswith(TITLE):
        error("README.md missing or without the expected title")

    if errors:
        for message in errors:
            print("ERROR", message)
        print(f"{len(errors)} error(s)")
        return 1
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, {len(declared)} loops")
    return 0


if __name__ == "__main__":
    sys.exit(main())
