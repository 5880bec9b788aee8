"""Validate the fresh152 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and "OK".
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
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(html|md|txt|pdf)$")
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page",
             "quote"}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
HAS_CJK = re.compile(f"[{CJK}]")
BLOCK_TAGS = {"address", "article", "br", "div", "footer", "h1", "h2", "h3", "h4", "h5",
              "h6", "header", "hr", "li", "ol", "p", "section", "table", "td", "th",
              "tr", "ul"}
HIDDEN_TAGS = {"head", "script", "style", "title"}


def normalise(text, cjk=False):
    """Collapse whitespace to single spaces.

    In Chinese documents whitespace is dropped entirely, because PDF lines wrap
    anywhere, including inside numbers and Latin words.
    """
    if cjk:
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    """Visible text of an HTML page.

    Entities are decoded; block elements and table cells are separated by spaces.
    """

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
    """Markdown as read: table rows become their cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            if re.fullmatch(r"[|\s:-]+", stripped):
                continue
            cells = stripped.strip("|").split("|")
            lines.append(" ".join(cell.strip() for cell in cells))
        else:
            lines.append(line)
    return "\n".join(lines)


def document_pages(path):
    """List of page texts (one entry for non-PDF documents)."""
    if path.suffix == ".pdf":
        return [page.extract_text() or "" for page in PdfReader(path).pages]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        return ["".join(parser.parts)]
    if path.suffix == ".md":
        return [markdown_text(raw)]
    return [raw]


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if DOC_NAME.match(path.name):
            pages = document_pages(path)
            cjk = bool(HAS_CJK.search("".join(pages)))
            normalised = [normalise(page, cjk) for page in pages]
            docs[path.name] = {"path": path, "cjk": cjk, "pages": normalised}
    return docs


def find_pages(doc, quote):
    """1-based PDF pages holding the quote; [None] for a non-PDF document holding it."""
    needle = normalise(quote, doc["cjk"])
    hits = [i + 1 for i, page in enumerate(doc["pages"]) if needle and needle in page]
    if doc["path"].suffix != ".pdf":
        return [None] if hits else []
    return hits


def read_jsonl(path, errors):
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"{path.name}:{number}: invalid JSON ({exc})")
    return rows


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_quote(where, docs, row, errors):
    doc = docs.get(row.get("doc"))
    if doc is None:
        errors.append(f"{where}: unknown document {row.get('doc')!r}")
        return
    is_pdf = doc["path"].suffix == ".pdf"
    page = row.get("page")
    if is_pdf:
        if not isinstance(page, int) or not 1 <= page <= len(doc["pages"]):
            errors.append(f"{where}: PDF quote needs a 1-based page, got {page!r}")
            return
        if normalise(row["quote"], doc["cjk"]) not in doc["pages"][page - 1]:
            found = find_pages(doc, row["quote"])
            errors.append(f"{where}: quote not on page {page} of {row['doc']} "
                          f"(found on {found}): {row['quote'][:70]!r}")
    else:
        if page is not None:
            errors.append(f"{where}: page must be null for a non-PDF document")
        if not find_pages(doc, row["quote"]):
            errors.append(f"{where}: quote not found in {row['doc']}: "
                          f"{row['quote'][:70]!r}")


def mentions(alias_list, quote, cjk):
    text = normalise(quote, cjk).lower()
    return any(normalise(alias, cjk).lower() in text for alias in alias_list)


def check_pdf_bounds(docs, errors):
    """Text a reader sees (bounded to the page) must equal all text on the page."""
    for name, doc in docs.items():
        if doc["path"].suffix != ".pdf":
            continue
        pdf = pdfium.PdfDocument(str(doc["path"]))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                full = normalise(textpage.get_text_range(), False)
                seen = normalise(textpage.get_text_bounded(), False)
                if full != seen:
                    errors.append(f"{name}: page {index + 1} has text drawn outside "
                                  "the visible page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def main():
    errors = []
    docs = load_documents()
    numbers = sorted(DOC_NAME.match(name).group(1) for name in docs)
    if numbers != [f"{n:02d}" for n in range(1, 9)]:
        errors.append(f"expected documents 01..08, found {numbers}")
    if sum(1 for d in docs.values() if d["path"].suffix == ".pdf") < 3:
        errors.append("fewer than 3 PDF documents")
    if sum(1 for d in docs.values() if d["cjk"]) < 2:
        errors.append("fewer than 2 Chinese documents")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    for key, names in aliases.items():
        valid = isinstance(names, list) and names
        if not valid or not all(isinstance(n, str) and n for n in names):
            errors.append(f"aliases.json: {key!r} needs a non-empty list of names")
            continue
        for alias in names:
            found = any(normalise(alias, d["cjk"]) in page
                        for d in docs.values() for page in d["pages"])
            if not found:
                errors.append(f"aliases.json: {key!r}: {alias!r} is in no document")

    links = read_jsonl(HERE / "links.jsonl", errors)
    non_links = read_jsonl(HERE / "non_links.jsonl", errors)
    seen = set()
    partner_pairs = set()
    graph = nx.DiGraph()
    doc_edges = {}
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(link) != LINK_KEYS:
            errors.append(f"{where}: keys {sorted(link)} != {sorted(LINK_KEYS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            errors.append(f"{where}: unknown relation {relation!r}")
        for role in ("source", "target", "payer", "payee"):
            if link[role] is not None and link[role] not in aliases:
                errors.append(f"{where}: {role} {link[role]!r} not in aliases.json")
        if source == target:
            errors.append(f"{where}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            got = (link["payer"], link["payee"])
            errors.append(f"{where}: payer/payee {got} should be {expected}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in link["quote"]:
                errors.append(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.rstrip().endswith("%"):
                errors.append(f"{where}: a percentage is not an amount")
            if relation in NO_MONEY:
                errors.append(f"{where}: {relation} carries no amount")
        key = (link["doc"], source, relation, target)
        if key in seen:
            errors.append(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in partner_pairs:
                errors.append(f"{where}: partners_with listed twice for {sorted(pair)}")
            partner_pairs.add(pair)
        check_quote(where, docs, link, errors)
        doc = docs.get(link["doc"])
        if doc and source in aliases and target in aliases:
            if not (mentions(aliases[source], link["quote"], doc["cjk"])
                    or mentions(aliases[target], link["quote"], doc["cjk"])):
                errors.append(f"{where}: quote names neither {source} nor {target}")
        if link["payer"] and link["payee"]:
            graph.add_edge(link["payer"], link["payee"])
            doc_edges.setdefault(link["doc"], set()).add((link["payer"], link["payee"]))

    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if set(row) != NON_LINK_KEYS:
            errors.append(f"{where}: keys {sorted(row)} != {sorted(NON_LINK_KEYS)}")
            continue
        companies = row["companies"]
        distinct = set(companies) if isinstance(companies, list) else set()
        if len(distinct) < 2 or len(distinct) != len(companies):
            errors.append(f"{where}: needs at least two distinct companies")
            continue
        for company in companies:
            if company not in aliases:
                errors.append(f"{where}: {company!r} is not a key of aliases.json")
            elif row["doc"] in docs:
                cjk = docs[row["doc"]]["cjk"]
                if not mentions(aliases[company], row["quote"], cjk):
                    errors.append(f"{where}: quote does not name {company!r}")
        check_quote(where, docs, row, errors)

    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    listed = set()
    for loop in loops:
        if not isinstance(loop, list) or not 2 <= len(set(loop)) == len(loop) <= 4:
            errors.append(f"loops.json: invalid loop {loop!r}")
            continue
        listed.add(canonical(loop))
        for payer, payee in zip(loop, loop[1:] + loop[:1], strict=True):
            if not graph.has_edge(payer, payee):
                errors.append(f"loops.json: {payer} -> {payee} is not a payment")
    cycles = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    if listed != cycles:
        missing, extra = sorted(cycles - listed), sorted(listed - cycles)
        errors.append(f"loops.json differs from simple cycles: missing {missing}, "
                      f"extra {extra}")
    for cycle in cycles:
        edges = set(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        for name, edge_set in doc_edges.items():
            if edges <= edge_set:
                errors.append(f"loop {cycle} lies inside one document ({name})")

    if not 60 <= len(links) <= 75:
        errors.append(f"{len(links)} links, expected 60-75")
    if not 20 <= len(non_links) <= 26:
        errors.append(f"{len(non_links)} non-links, expected 20-26")
    if len(loops) != 5:
        errors.append(f"{len(loops)} loops, expected 5")

    check_pdf_bounds(docs, errors)

    if errors:
        print("\n".join(errors))
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print(f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(loops)} loops, {len(aliases)} companies")
    print("OK")


if __name__ == "__main__":
    main()
