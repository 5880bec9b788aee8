"""Validate the fresh125 evaluation set.

Run with /work/main/.venv/bin/python check.py (needs pypdf and networkx).
Exits with status 1 and lists every problem found, or prints a summary.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
TITLE = ("# fresh125 - AI in airports, ground handling and duty-free retail, "
         "with Singaporean, Turkish, Hong Kong and Spanish issuers")
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
TARGET_PAYS = {"supplies"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
NON_LINK_FIELDS = ["doc", "quote", "companies", "page"]
DOC_NAME = re.compile(r"^(\d\d)_[A-Za-z0-9]+_[a-z0-9_]+\.(pdf|md|html|txt)$")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
              "thead", "tbody", "blockquote", "header", "footer", "article", "section", "br",
              "hr", "dt", "dd", "pre"}
HIDDEN_TAGS = {"head", "script", "style", "template"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    return " ".join(text.split())


def squeeze(text):
    return "".join(text.split())


class VisibleText(HTMLParser):
    """Visible text of an HTML page: entities decoded, table cells separated by spaces."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            if re.fullmatch(r"\|?(\s*:?-{3,}:?\s*\|)+\s*", stripped):
                continue
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            line = " ".join(cell for cell in cells if cell)
        lines.append(line.replace("**", ""))
    return "\n".join(lines)


def document_pages(path):
    """List of page texts; non-PDF documents have a single 'page'."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    raw = path.read_text(encoding="utf-8")
    if suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        return ["".join(parser.parts)]
    if suffix == ".md":
        return [markdown_text(raw)]
    return [raw]


def occurs(quote, text):
    if norm(quote) in norm(text):
        return True
    # Chinese PDF lines break between any two characters; compare without whitespace.
    return bool(CJK.search(quote)) and squeeze(quote) in squeeze(text)


def load_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"{name} is missing")
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_quote(where, row, docs):
    doc = row.get("doc")
    if doc not in docs:
        error(f"{where}: unknown document {doc!r}")
        return
    pages = docs[doc]
    page = row.get("page")
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(pages):
            error(f"{where}: PDF quote needs a page between 1 and {len(pages)}, got {page!r}")
            return
        if not occurs(quote, pages[page - 1]):
            found = [n for n, text in enumerate(pages, start=1) if occurs(quote, text)]
            hint = f" (found on page {found})" if found else ""
            error(f"{where}: quote not on page {page} of {doc}{hint}: {quote[:70]!r}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF {doc}")
        if not occurs(quote, pages[0]):
            error(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def main():
    # ---- documents -------------------------------------------------------
    doc_paths = sorted(p for p in HERE.iterdir() if p.is_file() and DOC_NAME.match(p.name))
    numbers = [DOC_NAME.match(p.name).group(1) for p in doc_paths]
    if numbers != [f"{n:02d}" for n in range(1, 9)]:
        error(f"expected documents 01_ to 08_, found {[p.name for p in doc_paths]}")
    docs = {p.name: document_pages(p) for p in doc_paths}
    pdfs = [name for name in docs if name.endswith(".pdf")]
    chinese = [name for name, pages in docs.items()
               if len(CJK.findall("".join(pages))) > 500]
    if len(pdfs) < 3:
        error(f"need at least 3 PDF documents, found {len(pdfs)}")
    if len(chinese) < 2:
        error(f"need at least 2 Chinese documents, found {chinese}")
    for name, pages in docs.items():
        text = "".join(pages)
        size = len(CJK.findall(text)) / 2 + len(re.findall(r"[A-Za-z0-9]+", text))
        if not 450 <= size <= 1700:
            error(f"{name}: length {size:.0f} word-equivalents is outside 500-1500 (+/- margin)")

    # ---- aliases ---------------------------------------------------------
    aliases = {}
    try:
        aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        error(f"aliases.json unreadable: {exc}")
    all_text = "\n".join("\n".join(pages) for pages in docs.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            error(f"aliases.json: {short!r} must map to a non-empty list of strings")
            continue
        if not any(occurs(n, all_text) for n in names):
            error(f"aliases.json: no alias of {short!r} appears in any document")
        for name in names:
            if not occurs(name, all_text):
                error(f"aliases.json: alias {name!r} of {short!r} appears in no document")

    def mentioned(short, doc):
        return any(occurs(name, "\n".join(docs[doc])) for name in aliases.get(short, []))

    # ---- links -----------------------------------------------------------
    links = load_jsonl("links.jsonl")
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl has {len(links)} links, expected 60-75")
    seen = set()
    pairs = {}
    for number, link in enumerate(links, start=1):
        where = f"links.jsonl:{number}"
        if list(link) != LINK_FIELDS:
            error(f"{where}: fields must be {LINK_FIELDS}, got {list(link)}")
            continue
        relation = link["relation"]
        source, target = link["source"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for role in ("source", "target"):
            if link[role] not in aliases:
                error(f"{where}: {role} {link[role]!r} is not a key of aliases.json")
            elif link["doc"] in docs and not mentioned(link[role], link["doc"]):
                error(f"{where}: {role} {link[role]!r} is not named anywhere in {link['doc']}")
        if source == target:
            error(f"{where}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation in TARGET_PAYS:
            expected = (target, source)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee should be {expected} for {relation}")
        amount = link["amount"]
        if amount is not None:
            if relation in NO_MONEY:
                error(f"{where}: {relation} carries no amount")
            if not isinstance(amount, str) or amount not in link["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif "%" in amount:
                error(f"{where}: percentages are not amounts ({amount!r})")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                error(f"{where}: partners_with {sorted(pair)} already listed at line {pairs[pair]}")
            pairs[pair] = number
        check_quote(where, link, docs)

    # a subsidiary that acts carries its subsidiary_of link in the same document
    subsidiaries = {row["source"] for row in links if row.get("relation") == "subsidiary_of"}
    listed_parents = {(row.get("doc"), row.get("source")) for row in links
                      if row.get("relation") == "subsidiary_of"}
    for number, link in enumerate(links, start=1):
        if link.get("relation") != "subsidiary_of" and link.get("source") in subsidiaries:
            if (link["doc"], link["source"]) not in listed_parents:
                error(f"links.jsonl:{number}: {link['source']} acts in {link['doc']} "
                      "but its subsidiary_of link is not listed there")
    # a round amount together with a holding gives both invests_in and owns_stake_in
    for number, link in enumerate(links, start=1):
        if link.get("relation") == "invests_in" and "%" in link.get("quote", ""):
            if (link["doc"], link["source"], "owns_stake_in", link["target"]) not in seen:
                error(f"links.jsonl:{number}: holding stated but owns_stake_in missing")

    # ---- non-links -------------------------------------------------------
    non_links = load_jsonl("non_links.jsonl")
    if not 20 <= len(non_links) <= 26:
        error(f"non_links.jsonl has {len(non_links)} entries, expected 20-26")
    for number, row in enumerate(non_links, start=1):
        where = f"non_links.jsonl:{number}"
        if list(row) != NON_LINK_FIELDS:
            error(f"{where}: fields must be {NON_LINK_FIELDS}, got {list(row)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
        for short in companies:
            if short not in aliases:
                error(f"{where}: company {short!r} is not a key of aliases.json")
            elif not any(occurs(name, row["quote"]) for name in aliases[short]):
                error(f"{where}: company {short!r} is not named in the quote")
        check_quote(where, row, docs)

    # ---- money loops -----------------------------------------------------
    graph = nx.DiGraph()
    per_doc = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            graph.add_edge(link["payer"], link["payee"])
            per_doc.setdefault(link["doc"], nx.DiGraph()).add_edge(link["payer"], link["payee"])
    cycles = {canonical(c) for c in nx.simple_cycles(graph)}
    try:
        listed = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        error(f"loops.json unreadable: {exc}")
        listed = []
    listed_set = {canonical(list(loop)) for loop in listed}
    if len(listed_set) != len(listed):
        error("loops.json lists a loop twice")
    if listed_set != cycles:
        error(f"loops.json differs from the simple cycles: missing {sorted(cycles - listed_set)}, "
              f"extra {sorted(listed_set - cycles)}")
    if len(cycles) != 5:
        error(f"expected 5 money loops, the payer->payee graph has {len(cycles)}")
    for cycle in cycles:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}, expected 2-4")
    for doc, sub in per_doc.items():
        inside = list(nx.simple_cycles(sub))
        if inside:
            error(f"{doc}: money loop inside one document: {inside}")

    # ---- README ----------------------------------------------------------
    readme = HERE / "README.md"
    if not readme.exists() or readme.read_text(encoding="utf-8").splitlines()[0] != TITLE:
        error("README.md missing or its first line is not the expected title")

    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(cycles)} loops")


if __name__ == "__main__":
    main()
