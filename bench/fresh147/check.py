"""Validate the fresh147 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists the problems if anything is wrong.
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
DOC_PATTERN = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[a-z0-9_]+\.(md|html|pdf|txt)$")
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount",
               "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
N_LINKS = (60, 75)
N_NON_LINKS = (20, 26)
N_LOOPS = 5

errors = []


def error(message):
    errors.append(message)


class VisibleText(HTMLParser):
    """Collect the text a browser shows: skip head, title, style and script."""

    HIDDEN = {"head", "title", "style", "script"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.chunks.append(data)


def html_text(path):
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return " ".join(parser.chunks)


def markdown_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return "\n".join(lines)


def normalise(text, cjk):
    """Collapse whitespace; in Chinese documents drop it, since lines wrap mid-word."""
    if cjk:
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_PATTERN.match(path.name):
            continue
        kind = path.suffix[1:]
        if kind == "pdf":
            pages = [page.extract_text() or "" for page in PdfReader(path).pages]
            full = "\n".join(pages)
        elif kind == "html":
            full = html_text(path)
            pages = None
        elif kind == "md":
            full = markdown_text(path)
            pages = None
        else:
            full = path.read_text(encoding="utf-8")
            pages = None
        cjk = bool(CJK.search(full))
        docs[path.name] = {
            "kind": kind,
            "cjk": cjk,
            "full": normalise(full, cjk),
            "pages": [normalise(page, cjk) for page in pages] if pages else None,
        }
    numbers = sorted(name[:2] for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08, found {numbers}")
    kinds = [doc["kind"] for doc in docs.values()]
    if kinds.count("pdf") < 3:
        error("fewer than 3 PDF documents")
    if sum(doc["cjk"] for doc in docs.values()) < 2:
        error("fewer than 2 Chinese documents")
    return docs


def check_pdf_bounds(docs):
    """Text drawn off the page is invisible: bounded text must equal all text."""
    for name, doc in docs.items():
        if doc["kind"] != "pdf":
            continue
        pdf = pypdfium2.PdfDocument(str(HERE / name))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                seen = normalise(textpage.get_text_bounded(), False)
                everything = normalise(textpage.get_text_range(), False)
                if seen != everything:
                    error(f"{name} page {index + 1}: text drawn outside the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def read_jsonl(name):
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


def check_quote(where, row, docs):
    doc = docs.get(row.get("doc"))
    if doc is None:
        error(f"{where}: unknown document {row.get('doc')!r}")
        return
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    needle = normalise(quote, doc["cjk"])
    page = row.get("page")
    if doc["kind"] == "pdf":
        if not isinstance(page, int) or not 1 <= page <= len(doc["pages"]):
            count = len(doc["pages"])
            error(f"{where}: PDF quote needs a page in 1..{count}, got {page!r}")
            return
        if needle not in doc["pages"][page - 1]:
            error(f"{where}: quote not on page {page} of {row['doc']}: {quote[:70]!r}")
    else:
        if page is not None:
            error(f"{where}: page must be null for a {doc['kind']} document")
        if needle not in doc["full"]:
            error(f"{where}: quote not found in {row['doc']}: {quote[:70]!r}")


def check_links(links, docs, aliases):
    seen = set()
    partner_pairs = set()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl line {number}"
        if set(link) != LINK_FIELDS:
            error(f"{where}: fields {sorted(link)} != {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for name in (source, target):
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation in NO_MONEY:
            expected = (None, None)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (target, source)
        if (link["payer"], link["payee"]) != expected:
            given = (link["payer"], link["payee"])
            error(f"{where}: payer/payee {given} != {expected}")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate link {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in partner_pairs:
                error(f"{where}: partners_with listed twice for {sorted(pair)}")
            partner_pairs.add(pair)
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be null or text")
            elif amount.strip().endswith("%"):
                error(f"{where}: percentages are not amounts")
            elif amount not in link["quote"]:
                error(f"{where}: amount {amount!r} not in quote")
        check_quote(where, link, docs)


def check_non_links(non_links, links, docs, aliases):
    linked = {frozenset((link["source"], link["target"])) for link in links
              if {"source", "target"} <= set(link)}
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl line {number}"
        if set(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
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


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links):
    path = HERE / "loops.json"
    if not path.exists():
        error("missing loops.json")
        return []
    loops = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    edge_docs = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            edge_docs.setdefault(edge, set()).add(link["doc"])
    actual = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    listed = [canonical(loop) for loop in loops]
    if len(set(listed)) != len(listed):
        error("loops.json lists a loop twice")
    if set(listed) != actual:
        missing = sorted(actual - set(listed))
        extra = sorted(set(listed) - actual)
        error(f"loops.json != simple cycles: missing {missing}, extra {extra}")
    if len(actual) != N_LOOPS:
        error(f"expected {N_LOOPS} money loops, graph has {len(actual)}")
    for cycle in actual:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
        shared = set.intersection(*(edge_docs[edge] for edge in edges))
        if shared:
            error(f"loop {cycle} lies inside one document: {sorted(shared)}")
    return loops


def check_aliases(aliases, links, non_links, docs):
    if not isinstance(aliases, dict):
        error("aliases.json must be an object")
        return
    texts = [doc["full"] for doc in docs.values()]
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {key!r} needs a non-empty list")
            continue
        for name in names:
            flat = re.sub(r"\s+", "", name)
            spaced = re.sub(r"\s+", " ", name).strip()
            if not any(spaced in text or flat in text for text in texts):
                error(f"aliases.json: {key!r} alias {name!r} not found in any document")
    used = {link.get(end) for link in links for end in ("source", "target")}
    for row in non_links:
        used.update(row.get("companies") or [])
    for key in set(aliases) - used:
        error(f"aliases.json: {key!r} is not used by any link or non-link")


def main():
    docs = load_documents()
    check_pdf_bounds(docs)
    aliases_path = HERE / "aliases.json"
    aliases = {}
    if aliases_path.exists():
        aliases = json.loads(aliases_path.read_text(encoding="utf-8"))
    if not aliases:
        error("missing or empty aliases.json")
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_links(links, docs, aliases)
    check_non_links(non_links, links, docs, aliases)
    loops = check_loops(links)
    check_aliases(aliases, links, non_links, docs)
    if not N_LINKS[0] <= len(links) <= N_LINKS[1]:
        error(f"{len(links)} links, expected {N_LINKS[0]}-{N_LINKS[1]}")
    if not N_NON_LINKS[0] <= len(non_links) <= N_NON_LINKS[1]:
        error(f"{len(non_links)} non-links, expected {N_NON_LINKS[0]}-{N_NON_LINKS[1]}")
    for name in docs:
        if not any(link.get("doc") == name for link in links):
            error(f"{name} states no links")
    if not (HERE / "README.md").exists():
        error("missing README.md")
    print(f"documents: {len(docs)}, links: {len(links)}, non-links: {len(non_links)}, "
          f"loops: {len(loops)}")
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
