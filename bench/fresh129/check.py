"""Validate the fresh129 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exit status 0 and "OK" when every check passes; otherwise each problem is printed.
"""

import json
import re
import sys
from html import unescape
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
BLOCK_TAGS = {"address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3",
              "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "section", "table", "tbody", "td", "tfoot",
              "th", "thead", "tr", "ul"}
CJK = r"[\u2e80-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+(_[A-Za-z0-9-]+)+\.(html|md|txt|pdf)$")

errors = []


def error(message):
    errors.append(message)


class VisibleText(HTMLParser):
    """Collect the visible text of an HTML page; block-level tags become spaces."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"head", "script", "style", "title"}:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in {"head", "script", "style", "title"}:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def norm(text):
    """Collapse whitespace; drop whitespace next to CJK characters (line wrapping in CJK PDFs)."""
    text = unescape(text).replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(rf"(?<={CJK}) ", "", text)
    text = re.sub(rf" (?={CJK})", "", text)
    return text


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            lines.append(" ".join(c for c in cells if c))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not re.match(r"^\d\d_", path.name):
            continue
        if not DOC_NAME.match(path.name):
            error(f"badly named document: {path.name}")
        if path.suffix == ".pdf":
            reader = PdfReader(str(path))
            docs[path.name] = {"pdf": True, "pages": [norm(p.extract_text() or "") for p in reader.pages]}
        elif path.suffix == ".html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            docs[path.name] = {"pdf": False, "text": norm("".join(parser.parts))}
        else:
            docs[path.name] = {"pdf": False, "text": norm(markdown_text(path.read_text(encoding="utf-8")))}
    prefixes = sorted(name[:2] for name in docs)
    if prefixes != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08, found {prefixes}")
    pdfs = [n for n, d in docs.items() if d["pdf"]]
    if len(pdfs) < 3:
        error(f"at least 3 PDFs required, found {len(pdfs)}")
    chinese = [n for n, d in docs.items() if re.search(CJK, " ".join(d.get("pages", [])) + d.get("text", ""))
               and len(re.findall(CJK, " ".join(d.get("pages", [])) + d.get("text", ""))) > 300]
    if len(chinese) < 2:
        error(f"at least 2 Chinese documents required, found {chinese}")
    return docs


def read_jsonl(name):
    rows = []
    for number, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_quote(docs, where, doc, page, quote):
    if doc not in docs:
        error(f"{where}: unknown document {doc}")
        return
    info = docs[doc]
    target = norm(quote)
    if not target:
        error(f"{where}: empty quote")
        return
    if info["pdf"]:
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(info["pages"]):
            error(f"{where}: PDF quote needs a page between 1 and {len(info['pages'])}, got {page!r}")
            return
        if target not in info["pages"][page - 1]:
            found = [i + 1 for i, text in enumerate(info["pages"]) if target in text]
            error(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote[:70]}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF document {doc}")
        if target not in info["text"]:
            error(f"{where}: quote not found in {doc}: {quote[:70]}")


def alias_in(aliases, name, text):
    return any(norm(a) in text for a in aliases.get(name, []))


def main():
    for required in ("README.md", "build_pdfs.py", "check.py", "links.jsonl", "non_links.jsonl", "loops.json",
                     "aliases.json"):
        if not (HERE / required).exists():
            error(f"missing file {required}")
    docs = load_documents()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    for key, values in aliases.items():
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
            error(f"aliases.json: {key} must map to a non-empty list of strings")
            continue
        corpus = " ".join(" ".join(d.get("pages", [])) + " " + d.get("text", "") for d in docs.values())
        for value in values:
            if norm(value) not in corpus:
                error(f"aliases.json: alias {value!r} of {key} does not occur in any document")

    links = read_jsonl("links.jsonl")
    seen = set()
    pairs = set()
    graph = nx.DiGraph()
    doc_edges = {}
    for i, row in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if set(row) != LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        rel, src, tgt = row["relation"], row["source"], row["target"]
        if rel not in RELATIONS:
            error(f"{where}: unknown relation {rel}")
        for field in ("source", "target"):
            if row[field] not in aliases:
                error(f"{where}: {field} {row[field]!r} is not a key of aliases.json")
        for field in ("payer", "payee"):
            if row[field] is not None and row[field] not in aliases:
                error(f"{where}: {field} {row[field]!r} is not a key of aliases.json")
        if src == tgt:
            error(f"{where}: source equals target")
        if rel == "supplies":
            expected = (tgt, src)
        elif rel in SOURCE_PAYS:
            expected = (src, tgt)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            error(f"{where}: payer/payee {row['payer']}->{row['payee']} should be {expected[0]}->{expected[1]}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount:
                error(f"{where}: amount must be a non-empty string or null")
            elif amount not in row["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                error(f"{where}: percentages are not amounts")
            if rel in NO_MONEY:
                error(f"{where}: {rel} carries no amount")
        key = (row["doc"], src, rel, tgt)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if rel == "partners_with":
            pair = frozenset((src, tgt))
            if pair in pairs:
                error(f"{where}: partners_with listed twice for {sorted(pair)}")
            pairs.add(pair)
        check_quote(docs, where, row["doc"], row["page"], row["quote"])
        if row["payer"] is not None:
            graph.add_edge(row["payer"], row["payee"])
            doc_edges.setdefault(row["doc"], set()).add((row["payer"], row["payee"]))
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl: {len(links)} links, expected 60-75")

    non_links = read_jsonl("non_links.jsonl")
    for i, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if set(row) != NON_LINK_FIELDS:
            error(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: at least two companies required")
            continue
        quote = norm(row["quote"])
        for name in companies:
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
            elif not alias_in(aliases, name, quote):
                error(f"{where}: no alias of {name} occurs in the quote")
        check_quote(docs, where, row["doc"], row["page"], row["quote"])
        for a in companies:
            for b in companies:
                if a < b and any({r["source"], r["target"]} == {a, b} for r in links if r.get("doc") == row["doc"]):
                    error(f"{where}: {a} and {b} are linked in the same document")
    if not 20 <= len(non_links) <= 26:
        error(f"non_links.jsonl: {len(non_links)} non-links, expected 20-26")

    def canonical(cycle):
        i = cycle.index(min(cycle))
        return tuple(cycle[i:] + cycle[:i])

    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    declared = {canonical(list(loop)) for loop in loops}
    if len(declared) != len(loops):
        error("loops.json: duplicate loops")
    actual = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    if declared != actual:
        error(f"loops.json differs from simple cycles: missing {sorted(actual - declared)}, "
              f"extra {sorted(declared - actual)}")
    if len(actual) != 5:
        error(f"expected 5 money loops, found {len(actual)}")
    for loop in actual:
        if not 2 <= len(loop) <= 4:
            error(f"loop {loop} has length {len(loop)}, expected 2-4")
        edges = {(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))}
        for doc, owned in doc_edges.items():
            if edges <= owned:
                error(f"loop {loop} lies inside one document ({doc})")
    for doc, owned in doc_edges.items():
        inner = list(nx.simple_cycles(nx.DiGraph(list(owned))))
        if inner:
            error(f"{doc}: its own payer->payee edges form cycles {inner}")

    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, {len(actual)} loops")


if __name__ == "__main__":
    main()
