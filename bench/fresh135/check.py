"""Validate the fresh135 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found; prints a summary otherwise.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import networkx as nx
import pypdf

HERE = Path(__file__).resolve().parent
TITLE = "# fresh135 - AI in dairy, meat packing and poultry processing, with New Zealand, Brazilian, Dutch and Hong Kong issuers"
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[a-z0-9_]+\.(md|html|pdf|txt)$")
CJK = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
CJK_CHAR = re.compile(f"[{CJK}]")
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "thead", "tbody", "h1", "h2", "h3",
              "h4", "h5", "h6", "section", "article", "header", "footer", "title", "caption", "dt", "dd"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Collapse whitespace; drop whitespace next to CJK characters (PDF line breaks inside Chinese text)."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(f"(?<=[{CJK}]) | (?=[{CJK}])", "", text)


class VisibleText(HTMLParser):
    """Visible text of an HTML page; entities decoded; a space at every block or cell boundary."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw):
    """Markdown as text; table rows become their cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            lines.append(" ".join(cell for cell in cells if cell))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        if path.suffix == ".pdf":
            pages = [norm(page.extract_text() or "") for page in pypdf.PdfReader(path).pages]
            docs[path.name] = {"kind": "pdf", "pages": pages, "text": " ".join(pages)}
        elif path.suffix == ".html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            docs[path.name] = {"kind": "html", "pages": None, "text": norm("".join(parser.parts))}
        elif path.suffix == ".md":
            docs[path.name] = {"kind": "md", "pages": None, "text": norm(markdown_text(path.read_text(encoding="utf-8")))}
        else:
            docs[path.name] = {"kind": "txt", "pages": None, "text": norm(path.read_text(encoding="utf-8"))}
    return docs


def read_jsonl(name):
    records = []
    path = HERE / name
    if not path.exists():
        error(f"{name} is missing")
        return records
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: invalid JSON ({exc})")
    return records


def check_documents(docs):
    prefixes = sorted(name[:2] for name in docs)
    if prefixes != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08, found {prefixes}")
    if sum(1 for d in docs.values() if d["kind"] == "pdf") < 3:
        error("fewer than 3 PDF documents")
    chinese = [name for name, d in docs.items() if len(CJK_CHAR.findall(d["text"])) > 500]
    if len(chinese) < 2:
        error(f"fewer than 2 Chinese documents: {chinese}")
    for name, d in docs.items():
        if d["kind"] == "pdf" and not all(d["pages"]):
            error(f"{name}: a page has no extractable text")


def quote_location_ok(where, doc, page, quote):
    """Check the quote occurs in its document (on its page for PDFs)."""
    q = norm(quote)
    if doc["kind"] == "pdf":
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(doc["pages"]):
            error(f"{where}: PDF needs a page between 1 and {len(doc['pages'])}, got {page!r}")
            return
        if q not in doc["pages"][page - 1]:
            error(f"{where}: quote not on page {page}: {quote[:90]}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF documents")
        if q not in doc["text"]:
            error(f"{where}: quote not in document: {quote[:90]}")


def mentioned(aliases, short, quote):
    q = norm(quote)
    return any(norm(alias) in q for alias in aliases.get(short, []))


def check_aliases(aliases, docs):
    if not isinstance(aliases, dict) or not aliases:
        error("aliases.json must be a non-empty object")
        return
    all_text = " ".join(d["text"] for d in docs.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
            error(f"aliases.json: {short} must map to a non-empty list of strings")
            continue
        if len(set(names)) != len(names):
            error(f"aliases.json: duplicate alias under {short}")
        for name in names:
            if norm(name) not in all_text:
                error(f"aliases.json: alias {name!r} of {short} is not written in any document")
    owners = defaultdict(set)
    for short, names in aliases.items():
        for name in names:
            owners[name].add(short)
    for name, shorts in owners.items():
        if len(shorts) > 1:
            error(f"aliases.json: alias {name!r} belongs to several companies {sorted(shorts)}")


def check_links(links, docs, aliases):
    seen = set()
    pairs = Counter()
    for number, rec in links:
        where = f"links.jsonl:{number}"
        if set(rec) != LINK_FIELDS:
            error(f"{where}: fields {sorted(rec)} differ from {sorted(LINK_FIELDS)}")
            continue
        doc_name, source, relation, target = rec["doc"], rec["source"], rec["relation"], rec["target"]
        if doc_name not in docs:
            error(f"{where}: unknown document {doc_name}")
            continue
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation}")
        for field in ("source", "target"):
            if rec[field] not in aliases:
                error(f"{where}: {field} {rec[field]!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (rec["payer"], rec["payee"]) != expected:
            error(f"{where}: payer/payee {(rec['payer'], rec['payee'])} should be {expected} for {relation}")
        amount = rec["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be a non-empty string or null")
            elif amount not in rec["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                error(f"{where}: percentages are not amounts")
            if relation in NO_MONEY:
                error(f"{where}: {relation} carries no money, amount should be null")
        if not isinstance(rec["quote"], str) or not rec["quote"].strip():
            error(f"{where}: empty quote")
            continue
        quote_location_ok(where, docs[doc_name], rec["page"], rec["quote"])
        if not (mentioned(aliases, source, rec["quote"]) or mentioned(aliases, target, rec["quote"])):
            error(f"{where}: neither {source} nor {target} is named in the quote")
        key = (doc_name, source, relation, target)
        if key in seen:
            error(f"{where}: duplicate (source, relation, target) in {doc_name}")
        seen.add(key)
        if relation == "partners_with":
            pairs[frozenset((source, target))] += 1
    for pair, count in pairs.items():
        if count > 1:
            error(f"partners_with listed {count} times for the pair {sorted(pair)}")
    if not 60 <= len(links) <= 75:
        error(f"{len(links)} links; expected 60-75")


def check_non_links(non_links, docs, aliases, links):
    linked_quotes = {(rec["doc"], norm(rec["quote"])) for _, rec in links if "quote" in rec}
    for number, rec in non_links:
        where = f"non_links.jsonl:{number}"
        if set(rec) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(rec)} differ from {sorted(NON_LINK_FIELDS)}")
            continue
        if rec["doc"] not in docs:
            error(f"{where}: unknown document {rec['doc']}")
            continue
        companies = rec["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: companies must list at least two different companies")
            continue
        for short in companies:
            if short not in aliases:
                error(f"{where}: company {short!r} is not a key of aliases.json")
            elif not mentioned(aliases, short, rec["quote"]):
                error(f"{where}: {short} is not named in the quote")
        quote_location_ok(where, docs[rec["doc"]], rec["page"], rec["quote"])
        if (rec["doc"], norm(rec["quote"])) in linked_quotes:
            error(f"{where}: the same sentence is also a link quote")
    if not 20 <= len(non_links) <= 26:
        error(f"{len(non_links)} non-links; expected 20-26")


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def check_loops(links):
    path = HERE / "loops.json"
    if not path.exists():
        error("loops.json is missing")
        return
    loops = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    edge_docs = defaultdict(set)
    for _, rec in links:
        if rec.get("payer") and rec.get("payee"):
            graph.add_edge(rec["payer"], rec["payee"])
            edge_docs[(rec["payer"], rec["payee"])].add(rec["doc"])
    actual = {canonical(list(c)) for c in nx.simple_cycles(graph)}
    if not isinstance(loops, list) or not all(isinstance(loop, list) and loop for loop in loops):
        error("loops.json must be a list of non-empty lists")
        return
    listed = [canonical(loop) for loop in loops]
    if len(set(listed)) != len(listed):
        error("loops.json lists a loop twice")
    if set(listed) != actual:
        error(f"loops.json differs from the simple cycles: missing {sorted(actual - set(listed))}, "
              f"extra {sorted(set(listed) - actual)}")
    if len(actual) != 5:
        error(f"{len(actual)} money loops; expected 5")
    for loop in actual:
        if not 2 <= len(loop) <= 4:
            error(f"loop {loop} has length {len(loop)}; expected 2-4")
        edges = [(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))]
        common = set.intersection(*(edge_docs[e] for e in edges))
        if common:
            error(f"loop {loop} lies inside one document: {sorted(common)}")


def check_overlap(non_links):
    """No non-link sentence is listed twice."""
    for (_, a), (_, b) in combinations(non_links, 2):
        if a.get("quote") == b.get("quote") and a.get("doc") == b.get("doc"):
            error(f"non-link sentence listed twice: {a['quote'][:80]}")


def main():
    docs = load_documents()
    check_documents(docs)
    aliases_path = HERE / "aliases.json"
    aliases = json.loads(aliases_path.read_text(encoding="utf-8")) if aliases_path.exists() else {}
    if not aliases:
        error("aliases.json is missing or empty")
    check_aliases(aliases, docs)
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_links(links, docs, aliases)
    check_non_links(non_links, docs, aliases, links)
    check_loops(links)
    check_overlap(non_links)
    for name in ("README.md", "build_pdfs.py"):
        if not (HERE / name).exists():
            error(f"{name} is missing")
    readme = HERE / "README.md"
    if readme.exists() and not readme.read_text(encoding="utf-8").startswith(TITLE):
        error("README.md does not start with the expected title")
    if errors:
        print(f"{len(errors)} error(s):")
        for message in errors:
            print(" -", message)
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(json.loads((HERE / 'loops.json').read_text(encoding='utf-8')))} loops")


if __name__ == "__main__":
    main()
