"""Validate the fresh158 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exit status 0 and "OK" when every check passes.
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
RELATIONS = {
    "invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with",
    "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote",
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "caption", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "footer", "article", "section", "body",
    "thead", "tbody", "blockquote",
}

errors = []


def err(msg):
    errors.append(msg)


def norm(text, strip_all=False):
    """Collapse whitespace; for Chinese (no inter-word spaces) drop it entirely."""
    if strip_all:
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    """Visible HTML text: no head/script/style, a space at every block boundary."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw):
    """Markdown with table rows rewritten as their cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            lines.append(" ".join(c for c in cells if c))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        match = DOC_RE.match(path.name)
        if not match:
            continue
        ext = match.group(2)
        if ext == "pdf":
            reader = PdfReader(str(path))
            pages = [p.extract_text() or "" for p in reader.pages]
            docs[path.name] = {"kind": "pdf", "pages": pages}
        elif ext == "html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            docs[path.name] = {"kind": "html", "text": "".join(parser.parts)}
        elif ext == "md":
            text = markdown_text(path.read_text(encoding="utf-8"))
            docs[path.name] = {"kind": "md", "text": text}
        else:
            docs[path.name] = {"kind": "txt", "text": path.read_text(encoding="utf-8")}
    return docs


def check_documents(docs):
    numbers = sorted(name[:2] for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        err(f"expected documents 01..08, found {numbers}")
    if sum(1 for d in docs.values() if d["kind"] == "pdf") < 3:
        err("fewer than 3 PDF documents")
    chinese = 0
    for name, doc in docs.items():
        text = "".join(doc["pages"]) if doc["kind"] == "pdf" else doc["text"]
        cjk = len(CJK_RE.findall(text))
        if cjk > 500:
            chinese += 1
            size, low, high = cjk, 700, 3500
        else:
            size, low, high = len(text.split()), 450, 1700
        if not low <= size <= high:
            err(f"{name}: length {size} outside {low}-{high}")
    if chinese < 2:
        err("fewer than 2 Chinese documents")


def check_pdf_bounds(docs):
    for name, doc in docs.items():
        if doc["kind"] != "pdf":
            continue
        pdf = pdfium.PdfDocument(str(HERE / name))
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            seen = norm(textpage.get_text_bounded())
            full = norm(textpage.get_text_range())
            if seen != full:
                err(f"{name} p{index + 1}: text drawn off the page "
                    "(bounded text != full text)")
        pdf.close()


def quote_in_doc(doc, quote, page):
    strip_all = bool(CJK_RE.search(quote))
    if doc["kind"] == "pdf":
        haystack = doc["pages"][page - 1]
    else:
        haystack = doc["text"]
    return norm(quote, strip_all) in norm(haystack, strip_all)


def check_page_and_quote(where, rec, docs):
    doc = docs.get(rec["doc"])
    if doc is None:
        err(f"{where}: unknown document {rec['doc']}")
        return
    page = rec["page"]
    if doc["kind"] == "pdf":
        if not isinstance(page, int) or not 1 <= page <= len(doc["pages"]):
            err(f"{where}: PDF page must be 1..{len(doc['pages'])}, got {page!r}")
            return
    elif page is not None:
        err(f"{where}: page must be null for non-PDF documents")
    if not isinstance(rec["quote"], str) or not rec["quote"].strip():
        err(f"{where}: empty quote")
    elif not quote_in_doc(doc, rec["quote"], page):
        err(f"{where}: quote not found in {rec['doc']}: {rec['quote'][:70]!r}")


def read_jsonl(name):
    rows = []
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                err(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_links(links, aliases, docs):
    seen = set()
    pairs = set()
    for number, rec in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(rec) != LINK_FIELDS:
            err(f"{where}: fields {sorted(rec)}")
            continue
        rel = rec["relation"]
        if rel not in RELATIONS:
            err(f"{where}: unknown relation {rel}")
            continue
        for field in ("source", "target", "payer", "payee"):
            if rec[field] is not None and rec[field] not in aliases:
                err(f"{where}: {field} {rec[field]!r} is not a key of aliases.json")
        if rec["source"] == rec["target"]:
            err(f"{where}: source equals target")
        if rel in NO_MONEY:
            expected = (None, None)
        elif rel in SOURCE_PAYS:
            expected = (rec["source"], rec["target"])
        else:
            expected = (rec["target"], rec["source"])
        if (rec["payer"], rec["payee"]) != expected:
            got = (rec["payer"], rec["payee"])
            err(f"{where}: payer/payee {got} should be {expected}")
        amount = rec["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in rec["quote"]:
                err(f"{where}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[\d.,\s]+%", amount):
                err(f"{where}: a percentage is not an amount")
        key = (rec["doc"], rec["source"], rel, rec["target"])
        if key in seen:
            err(f"{where}: duplicate (source, relation, target) in {rec['doc']}")
        seen.add(key)
        if rel == "partners_with":
            pair = frozenset((rec["source"], rec["target"]))
            if pair in pairs:
                err(f"{where}: partners_with listed more than once for {sorted(pair)}")
            pairs.add(pair)
        check_page_and_quote(where, rec, docs)
    if not 60 <= len(links) <= 75:
        err(f"links.jsonl: {len(links)} links, expected 60-75")


def check_non_links(non_links, aliases, docs):
    for number, rec in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if set(rec) != NON_LINK_FIELDS:
            err(f"{where}: fields {sorted(rec)}")
            continue
        companies = rec["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            err(f"{where}: needs at least two distinct companies")
        else:
            for name in companies:
                if name not in aliases:
                    err(f"{where}: company {name!r} is not a key of aliases.json")
        check_page_and_quote(where, rec, docs)
    if not 20 <= len(non_links) <= 26:
        err(f"non_links.jsonl: {len(non_links)} non-links, expected 20-26")


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links):
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    doc_edges = {}
    for rec in links:
        if rec.get("payer") and rec.get("payee"):
            graph.add_edge(rec["payer"], rec["payee"])
            doc_edges.setdefault(rec["doc"], set()).add((rec["payer"], rec["payee"]))
    actual = {canonical(c) for c in nx.simple_cycles(graph)}
    declared = [canonical(c) for c in loops]
    if len(declared) != len(set(declared)):
        err("loops.json: duplicate loop")
    if set(declared) != actual:
        missing = sorted(actual - set(declared))
        extra = sorted(set(declared) - actual)
        err(f"loops.json differs from simple cycles: missing {missing}, extra {extra}")
    for cycle in actual:
        if not 2 <= len(cycle) <= 4:
            err(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, have in doc_edges.items():
            if edges <= have:
                err(f"loop {cycle} lies inside one document ({doc})")
    if len(actual) != 5:
        err(f"{len(actual)} money loops, expected 5")


def check_aliases(aliases, docs):
    corpus = []
    for doc in docs.values():
        corpus.append(" ".join(doc["pages"]) if doc["kind"] == "pdf" else doc["text"])
    joined = norm(" ".join(corpus))
    joined_cjk = norm(joined, strip_all=True)
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            err(f"aliases.json: {key} needs a non-empty list")
            continue
        for name in names:
            found = norm(name) in joined or norm(name, strip_all=True) in joined_cjk
            if not found:
                err(f"aliases.json: {key} alias {name!r} occurs in no document")


def main():
    docs = load_documents()
    check_documents(docs)
    check_pdf_bounds(docs)
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_links(links, aliases, docs)
    check_non_links(non_links, aliases, docs)
    check_loops(links)
    check_aliases(aliases, docs)
    for message in errors:
        print("ERROR:", message)
    if errors:
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links")


if __name__ == "__main__":
    main()
