"""Validate the fresh134 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Optional: check.py --dump FILE   prints the normalised text used for quote matching.
"""

import json
import re
import sys
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
DOC_RE = re.compile(r"^0[1-8]_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "thead", "tbody", "h1", "h2", "h3",
    "h4", "h5", "h6", "section", "article", "header", "footer", "title", "blockquote", "hr", "dd", "dt",
}
CJK = (
    r"\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
)
SPACE_BEFORE_CJK = re.compile(rf" (?=[{CJK}])")
SPACE_AFTER_CJK = re.compile(rf"(?<=[{CJK}]) ")

errors = []


def err(msg):
    errors.append(msg)


def normalise(text):
    """Collapse whitespace; drop whitespace next to CJK characters (line breaks in Chinese)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = SPACE_BEFORE_CJK.sub("", text)
    text = SPACE_AFTER_CJK.sub("", text)
    return text


class VisibleText(HTMLParser):
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
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.skip <= 0:
            self.parts.append(data)


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return "\n".join(lines)


def doc_pages(path):
    """Return a list of normalised page texts (one element for non-PDF documents)."""
    if path.suffix == ".pdf":
        return [normalise(page.extract_text() or "") for page in PdfReader(str(path)).pages]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        return [normalise("".join(parser.parts))]
    if path.suffix == ".md":
        return [normalise(markdown_text(raw))]
    return [normalise(raw)]


def load_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        err(f"{name} missing")
        return rows
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            err(f"{name}:{i}: invalid JSON ({exc})")
    return rows


def check_quote(kind, i, row, texts):
    doc = row.get("doc")
    if doc not in texts:
        err(f"{kind} {i}: unknown doc {doc!r}")
        return
    pages = texts[doc]
    is_pdf = doc.endswith(".pdf")
    page = row.get("page")
    quote = normalise(row.get("quote") or "")
    if not quote:
        err(f"{kind} {i}: empty quote")
        return
    if is_pdf:
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            err(f"{kind} {i}: PDF quote needs a page in 1..{len(pages)}, got {page!r}")
            return
        if quote not in pages[page - 1]:
            where = [n + 1 for n, t in enumerate(pages) if quote in t]
            err(f"{kind} {i}: quote not on page {page} of {doc} (found on {where}): {row['quote'][:80]}")
    else:
        if page is not None:
            err(f"{kind} {i}: page must be null for non-PDF {doc}")
        if quote not in pages[0]:
            err(f"{kind} {i}: quote not found in {doc}: {row['quote'][:80]}")


def canonical_cycle(cycle):
    cycle = list(cycle)
    k = cycle.index(min(cycle))
    return tuple(cycle[k:] + cycle[:k])


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        for n, text in enumerate(doc_pages(HERE / sys.argv[2]), 1):
            print(f"=== page {n} ===\n{text}\n")
        return 0

    docs = sorted(p for p in HERE.iterdir() if DOC_RE.match(p.name))
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {[d.name for d in docs]}")
    prefixes = sorted(d.name[:2] for d in docs)
    if prefixes != [f"{n:02d}" for n in range(1, 9)]:
        err(f"document numbers should be 01..08, got {prefixes}")
    if sum(d.suffix == ".pdf" for d in docs) < 3:
        err("at least 3 documents must be PDF")
    texts = {d.name: doc_pages(d) for d in docs}

    for extra in ("README.md", "aliases.json", "loops.json", "build_pdfs.py"):
        if not (HERE / extra).exists():
            err(f"{extra} missing")
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    if not readme.startswith("# fresh134 - "):
        err("README.md must start with the set title")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    all_text = " ".join(t for pages in texts.values() for t in pages)
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            err(f"aliases[{short}] must be a non-empty list")
            continue
        for name in names:
            if normalise(name) not in all_text:
                err(f"alias {name!r} of {short} does not occur in any document")

    links = load_jsonl("links.jsonl")
    non_links = load_jsonl("non_links.jsonl")

    seen = set()
    pairs = set()
    for i, row in enumerate(links, 1):
        if set(row) != LINK_FIELDS:
            err(f"link {i}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        rel, src, tgt = row["relation"], row["source"], row["target"]
        if rel not in RELATIONS:
            err(f"link {i}: unknown relation {rel!r}")
        for name in (src, tgt):
            if name not in aliases:
                err(f"link {i}: {name!r} is not a key of aliases.json")
        if src == tgt:
            err(f"link {i}: source equals target")
        if rel == "supplies":
            want = (tgt, src)
        elif rel in SOURCE_PAYS:
            want = (src, tgt)
        else:
            want = (None, None)
        if (row["payer"], row["payee"]) != want:
            err(f"link {i}: payer/payee {row['payer']}/{row['payee']} should be {want[0]}/{want[1]}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in row["quote"]:
                err(f"link {i}: amount {amount!r} not in quote")
            elif "%" in amount:
                err(f"link {i}: percentages are not amounts ({amount!r})")
        key = (row["doc"], src, rel, tgt)
        if key in seen:
            err(f"link {i}: duplicate {key}")
        seen.add(key)
        if rel == "partners_with":
            pair = frozenset((src, tgt))
            if pair in pairs:
                err(f"link {i}: partners_with listed twice for {sorted(pair)}")
            pairs.add(pair)
        check_quote("link", i, row, texts)

    for i, row in enumerate(non_links, 1):
        if set(row) != NON_LINK_FIELDS:
            err(f"non-link {i}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            err(f"non-link {i}: needs at least two companies")
        for name in companies:
            if name not in aliases:
                err(f"non-link {i}: {name!r} is not a key of aliases.json")
        check_quote("non-link", i, row, texts)
    link_quotes = {(r.get("doc"), normalise(r.get("quote", ""))) for r in links}
    for i, row in enumerate(non_links, 1):
        if (row.get("doc"), normalise(row.get("quote", ""))) in link_quotes:
            err(f"non-link {i}: quote is also a link quote")

    if not 60 <= len(links) <= 75:
        err(f"links: {len(links)}, expected 60-75")
    if not 20 <= len(non_links) <= 26:
        err(f"non-links: {len(non_links)}, expected 20-26")

    graph = nx.DiGraph()
    doc_edges = {}
    for row in links:
        if row.get("payer") and row.get("payee"):
            edge = (row["payer"], row["payee"])
            graph.add_edge(*edge)
            doc_edges.setdefault(row["doc"], set()).add(edge)
    cycles = {canonical_cycle(c) for c in nx.simple_cycles(graph)}
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    declared = {canonical_cycle(c) for c in loops}
    if len(declared) != len(loops):
        err("loops.json contains duplicate loops")
    if declared != cycles:
        err(f"loops.json differs from simple cycles: missing {cycles - declared}, extra {declared - cycles}")
    if len(cycles) != 5:
        err(f"expected 5 money loops, graph has {len(cycles)}")
    for cycle in cycles:
        if not 2 <= len(cycle) <= 4:
            err(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = {(cycle[k], cycle[(k + 1) % len(cycle)]) for k in range(len(cycle))}
        for doc, present in doc_edges.items():
            if edges <= present:
                err(f"loop {cycle} lies entirely inside {doc}")

    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        return 1
    print(
        f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
        f"{len(cycles)} loops, {len(aliases)} companies"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
