"""Validate the fresh130 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every error if the set is inconsistent.
Warnings (quotes that do not spell out a company name, unused aliases) are
printed but do not fail the check.
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {
    "invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with",
    "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9_]+\.(pdf|md|txt|html)$")
CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
LINK_RANGE = (60, 75)
NON_LINK_RANGE = (20, 26)
LOOP_COUNT = 5
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
HIDDEN_TAGS = {"head", "script", "style", "template", "noscript"}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# --------------------------------------------------------------------------
# Text extraction and normalisation
# --------------------------------------------------------------------------


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS and self.hidden:
            self.hidden -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(raw):
    parser = VisibleText()
    parser.feed(raw)
    parser.close()
    return "".join(parser.parts)


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                continue
            line = " ".join(c for c in cells if c)
        lines.append(line.replace("**", ""))
    return "\n".join(lines)


def norm(text, squeeze_all=False):
    text = text.replace("\u00a0", " ")
    if squeeze_all:
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def contains(haystack, quote):
    if CJK_RE.search(quote):
        return norm(quote, True) in norm(haystack, True)
    return norm(quote) in norm(haystack)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_RE.match(path.name):
            continue
        ext = path.suffix.lower()
        if ext == ".pdf":
            pages = [page.extract_text() or "" for page in PdfReader(str(path)).pages]
            docs[path.name] = {"kind": "pdf", "pages": pages, "text": "\n".join(pages)}
        else:
            raw = path.read_text(encoding="utf-8")
            if ext == ".html":
                text = html_text(raw)
            elif ext == ".md":
                text = markdown_text(raw)
            else:
                text = raw
            docs[path.name] = {"kind": ext[1:], "pages": None, "text": text}
    return docs


def read_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        err(f"{name} is missing")
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            err(f"{name}:{n}: invalid JSON ({exc})")
    return rows


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------


def check_quote(where, row, docs):
    doc = docs.get(row.get("doc"))
    if doc is None:
        err(f"{where}: unknown doc {row.get('doc')!r}")
        return
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        err(f"{where}: empty quote")
        return
    page = row.get("page")
    if doc["kind"] == "pdf":
        if not isinstance(page, int) or isinstance(page, bool):
            err(f"{where}: PDF quote needs an integer page")
            return
        if not 1 <= page <= len(doc["pages"]):
            err(f"{where}: page {page} out of range 1..{len(doc['pages'])}")
            return
        if not contains(doc["pages"][page - 1], quote):
            found = [i + 1 for i, p in enumerate(doc["pages"]) if contains(p, quote)]
            err(f"{where}: quote not on page {page} (found on {found or 'no page'}): {quote[:80]}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF documents")
        if not contains(doc["text"], quote):
            err(f"{where}: quote not found in {row['doc']}: {quote[:80]}")


def mentions(quote, names):
    q = norm(quote, bool(CJK_RE.search(quote))).lower()
    return any(norm(n, bool(CJK_RE.search(quote))).lower() in q for n in names)


def check_links(links, aliases, docs):
    seen = set()
    pairs = set()
    for n, row in links:
        where = f"links.jsonl:{n}"
        if set(row) != LINK_KEYS:
            err(f"{where}: fields {sorted(row)} != {sorted(LINK_KEYS)}")
            continue
        rel, src, tgt = row["relation"], row["source"], row["target"]
        if rel not in RELATIONS:
            err(f"{where}: unknown relation {rel!r}")
        for name in (src, tgt):
            if name not in aliases:
                err(f"{where}: {name!r} is not a key of aliases.json")
        if src == tgt:
            err(f"{where}: source equals target")
        if rel in SOURCE_PAYS:
            want = (src, tgt)
        elif rel == "supplies":
            want = (tgt, src)
        else:
            want = (None, None)
        if (row["payer"], row["payee"]) != want:
            err(f"{where}: payer/payee {row['payer']}->{row['payee']} should be {want[0]}->{want[1]}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                err(f"{where}: amount must be a non-empty string or null")
            elif amount not in row["quote"]:
                err(f"{where}: amount {amount!r} does not occur in quote")
            elif re.fullmatch(r"[\d.,\s]*%", amount.strip()):
                err(f"{where}: percentages are not amounts")
            if rel in NO_MONEY:
                err(f"{where}: {rel} cannot carry an amount")
        key = (row["doc"], src, rel, tgt)
        if key in seen:
            err(f"{where}: duplicate {src} {rel} {tgt} in {row['doc']}")
        seen.add(key)
        if rel == "partners_with":
            pair = (row["doc"], frozenset((src, tgt)))
            if pair in pairs:
                err(f"{where}: partners_with listed twice for {src}/{tgt} in {row['doc']}")
            pairs.add(pair)
        check_quote(where, row, docs)
        for name in (src, tgt):
            if name in aliases and not mentions(row["quote"], aliases[name]):
                warn(f"{where}: no alias of {name} written in quote ({row['doc']})")


def check_non_links(non_links, aliases, docs):
    for n, row in non_links:
        where = f"non_links.jsonl:{n}"
        if set(row) != NON_LINK_KEYS:
            err(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_KEYS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            err(f"{where}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in aliases:
                err(f"{where}: {name!r} is not a key of aliases.json")
            elif not mentions(row["quote"], aliases[name]):
                err(f"{where}: {name} is not named in the quote")
        check_quote(where, row, docs)


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def check_loops(links):
    path = HERE / "loops.json"
    if not path.exists():
        err("loops.json is missing")
        return
    loops = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    doc_edges = {}
    for _, row in links:
        if set(row) != LINK_KEYS or row["payer"] is None:
            continue
        graph.add_edge(row["payer"], row["payee"])
        doc_edges.setdefault(row["doc"], set()).add((row["payer"], row["payee"]))
    actual = {canonical(c) for c in nx.simple_cycles(graph)}
    declared = set()
    for loop in loops:
        if not isinstance(loop, list) or len(loop) < 2:
            err(f"loops.json: malformed loop {loop!r}")
            continue
        declared.add(canonical(loop))
    for c in sorted(actual - declared):
        err(f"loops.json: cycle {list(c)} present in links but not declared")
    for c in sorted(declared - actual):
        err(f"loops.json: declared loop {list(c)} is not a cycle of the payer->payee graph")
    if len(loops) != len(declared):
        err("loops.json: duplicate loops")
    if len(declared) != LOOP_COUNT:
        err(f"loops.json: {len(declared)} loops, expected {LOOP_COUNT}")
    for c in declared:
        if not 2 <= len(c) <= 4:
            err(f"loops.json: loop {list(c)} has length {len(c)} (2-4 allowed)")
        edges = {(c[i], c[(i + 1) % len(c)]) for i in range(len(c))}
        for doc, have in doc_edges.items():
            if edges <= have:
                err(f"loops.json: loop {list(c)} lies entirely inside {doc}")


def check_aliases(aliases, docs, links, non_links):
    if not isinstance(aliases, dict) or not aliases:
        err("aliases.json must be a non-empty object")
        return
    corpus = " ".join(d["text"] for d in docs.values())
    corpus_n = norm(corpus).lower()
    corpus_s = norm(corpus, True).lower()
    used = {r["source"] for _, r in links if "source" in r}
    used |= {r["target"] for _, r in links if "target" in r}
    for _, r in non_links:
        used |= set(r.get("companies", []))
    for key, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(x, str) for x in names):
            err(f"aliases.json: {key} must map to a non-empty list of strings")
            continue
        if not any(norm(n).lower() in corpus_n or norm(n, True).lower() in corpus_s for n in names):
            err(f"aliases.json: no alias of {key} occurs in any document")
        for name in names:
            if norm(name).lower() not in corpus_n and norm(name, True).lower() not in corpus_s:
                warn(f"aliases.json: alias {name!r} of {key} not found in any document")
        if key not in used:
            warn(f"aliases.json: {key} is not used by any link or non-link")


def main():
    docs = load_documents()
    numbers = sorted(name[:2] for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        err(f"expected documents 01..08, found {numbers}")
    for name, doc in docs.items():
        if not norm(doc["text"]):
            err(f"{name}: no extractable text")
    kinds = [d["kind"] for d in docs.values()]
    if kinds.count("pdf") < 3:
        err("at least 3 PDF documents are required")
    chinese = [n for n, d in docs.items() if len(CJK_RE.findall(d["text"])) > 300]
    if len(chinese) < 2:
        err(f"at least 2 Chinese documents are required, found {chinese}")
    for extra in ("README.md", "aliases.json", "links.jsonl", "non_links.jsonl", "loops.json",
                  "build_pdfs.py"):
        if not (HERE / extra).exists():
            err(f"{extra} is missing")

    aliases = {}
    if (HERE / "aliases.json").exists():
        aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")

    check_links(links, aliases, docs)
    check_non_links(non_links, aliases, docs)
    check_loops(links)
    check_aliases(aliases, docs, links, non_links)

    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        err(f"{len(links)} links, expected {LINK_RANGE[0]}-{LINK_RANGE[1]}")
    if not NON_LINK_RANGE[0] <= len(non_links) <= NON_LINK_RANGE[1]:
        err(f"{len(non_links)} non-links, expected {NON_LINK_RANGE[0]}-{NON_LINK_RANGE[1]}")
    for name in docs:
        if not any(r.get("doc") == name for _, r in links):
            err(f"{name}: no links")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    loops = json.loads((HERE / "loops.json").read_text()) if (HERE / "loops.json").exists() else []
    print(f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(loops)} loops, {len(errors)} errors, {len(warnings)} warnings")
    if errors:
        sys.exit(1)
    print("check.py: OK")


if __name__ == "__main__":
    main()
