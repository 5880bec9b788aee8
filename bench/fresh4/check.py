"""Consistency checks for the bench/fresh4 evaluation set.

Run from the repository root:
    /work/main/.venv/bin/python bench/fresh4/check.py

Checks that every quote occurs in its document (PDF page by page with pypdf,
HTML as visible text with entities decoded, table rows as their cell texts
joined by single spaces; all after whitespace normalisation), that relations
come from the vocabulary, that payer/payee follow the money rule, that amounts
occur in their quotes, that every loop is a chain of payer->payee pairs that
spans more than one document, and that the loops listed are exactly the simple
cycles of the payer->payee graph.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
VOCAB = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
DOCS = [
    "01_kestrel_northvale_news.md",
    "02_kestrel_q3_call.txt",
    "03_halden_tellaris_compute.html",
    "04_yunqiong_20f_excerpt.pdf",
    "05_yunqiong_xinyue_news_zh.txt",
    "06_xinyue_announcement_zh.md",
    "07_corvid_8k_ardent.txt",
]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    """Visible text of an HTML page plus the text of each table row."""

    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "tr", "td", "th", "nav", "article", "main", "footer", "br", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.rows = [], []
        self.skip = 0
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append(" ")
        if tag == "tr":
            self.row = []
        if tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")
        if tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(norm("".join(self.cell)))
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.append(" ".join(c for c in self.row if c))
            self.row = None

    def handle_data(self, data):
        if self.skip:
            return
        self.parts.append(data)
        if self.cell is not None:
            self.cell.append(data)


def md_rows(text):
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("|") and line.endswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            rows.append(norm(" ".join(c for c in cells if c)))
    return rows


def load(name):
    """Return (texts, rows): texts maps page (None or 1-based) to normalised text."""
    path = HERE / name
    if name.endswith(".pdf"):
        reader = PdfReader(str(path))
        return {i: norm(p.extract_text()) for i, p in enumerate(reader.pages, 1)}, []
    raw = path.read_text(encoding="utf-8")
    if name.endswith(".html"):
        v = Visible()
        v.feed(raw)
        return {None: norm("".join(v.parts))}, v.rows
    rows = md_rows(raw) if name.endswith(".md") else []
    return {None: norm(raw)}, rows


def found(quote, texts, rows, page):
    q = norm(quote)
    if page is None:
        hay = list(texts.values())
    else:
        hay = [texts.get(page, "")]
    return any(q in h for h in hay) or (page is None and q in rows)


def read_jsonl(name):
    out = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return out


def simple_cycles(edges):
    """All simple cycles of a small directed graph, each rotated to start at its min node."""
    adj = defaultdict(set)
    for a, b in edges:
        adj[a].add(b)
    nodes = sorted(adj.keys() | {b for _, b in edges})
    cycles = set()

    def dfs(start, node, path, seen):
        for nxt in adj[node]:
            if nxt == start:
                cycles.add(tuple(path))
            elif nxt not in seen and nxt > start:
                seen.add(nxt)
                dfs(start, nxt, path + [nxt], seen)
                seen.discard(nxt)

    for s in nodes:
        dfs(s, s, [s], {s})
    return cycles


def canon(loop):
    i = loop.index(min(loop))
    return tuple(loop[i:] + loop[:i])


def main():
    docs = {d: load(d) for d in DOCS}
    for d in DOCS:
        if not (HERE / d).exists():
            err(f"missing document {d}")
    pdf_pages = len(docs["04_yunqiong_20f_excerpt.pdf"][0])
    if not 3 <= pdf_pages <= 4:
        err(f"PDF has {pdf_pages} pages, expected 3-4")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    alltext = " ".join(t for texts, rows in docs.values() for t in texts.values())
    for short, names in aliases.items():
        for n in names:
            if norm(n) not in alltext:
                err(f"alias {n!r} of {short!r} occurs in no document")

    links = read_jsonl("links.jsonl")
    keys = Counter()
    for i, l in enumerate(links, 1):
        tag = f"links.jsonl:{i}"
        for f in ("doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"):
            if f not in l:
                err(f"{tag}: missing field {f}")
        if l["doc"] not in docs:
            err(f"{tag}: unknown doc {l['doc']}")
            continue
        if l["relation"] not in VOCAB:
            err(f"{tag}: relation {l['relation']!r} not in vocabulary")
        for f in ("source", "target"):
            if l[f] not in aliases:
                err(f"{tag}: {f} {l[f]!r} not in aliases.json")
        if l["source"] == l["target"]:
            err(f"{tag}: source equals target")
        rel = l["relation"]
        if rel in NO_MONEY:
            want = (None, None)
        elif rel == "supplies":
            want = (l["target"], l["source"])
        else:
            want = (l["source"], l["target"])
        if (l["payer"], l["payee"]) != want:
            err(f"{tag}: payer/payee {(l['payer'], l['payee'])} should be {want}")
        is_pdf = l["doc"].endswith(".pdf")
        if is_pdf and not isinstance(l["page"], int):
            err(f"{tag}: PDF link needs an integer page")
        if not is_pdf and l["page"] is not None:
            err(f"{tag}: page must be null outside the PDF")
        texts, rows = docs[l["doc"]]
        if not found(l["quote"], texts, rows, l["page"]):
            err(f"{tag}: quote not found in {l['doc']} (page {l['page']}): {l['quote'][:70]!r}")
        if l["amount"] is not None and norm(l["amount"]) not in norm(l["quote"]):
            err(f"{tag}: amount {l['amount']!r} not in quote")
        keys[(l["doc"], l["source"], l["relation"], l["target"])] += 1
    for k, c in keys.items():
        if c > 1:
            err(f"duplicate link in one document: {k}")

    non_links = read_jsonl("non_links.jsonl")
    link_quotes = {norm(l["quote"]) for l in links}
    for i, n in enumerate(non_links, 1):
        tag = f"non_links.jsonl:{i}"
        texts, rows = docs[n["doc"]]
        if not found(n["quote"], texts, rows, n.get("page")):
            err(f"{tag}: quote not found in {n['doc']}: {n['quote'][:70]!r}")
        if len(n["companies"]) < 2:
            err(f"{tag}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{tag}: company {c!r} not in aliases.json")
        if norm(n["quote"]) in link_quotes:
            err(f"{tag}: quote is also a link quote")

    # money graph
    edge_docs = defaultdict(set)
    for l in links:
        if l["payer"] is not None:
            edge_docs[(l["payer"], l["payee"])].add(l["doc"])
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    for loop in loops:
        pairs = [(loop[j], loop[(j + 1) % len(loop)]) for j in range(len(loop))]
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {loop}: no payer->payee link {p[0]} -> {p[1]}")
        if all(p in edge_docs for p in pairs):
            common = set.intersection(*(edge_docs[p] for p in pairs))
            if common:
                err(f"loop {loop}: complete inside one document {sorted(common)}")
    found_cycles = simple_cycles(edge_docs.keys())
    listed = {canon(l) for l in loops}
    for c in found_cycles - listed:
        err(f"cycle in money graph not listed in loops.json: {list(c)}")
    for c in listed - found_cycles:
        err(f"listed loop is not a simple cycle of the money graph: {list(c)}")

    print(f"{len(links)} links, {len(non_links)} non-links, {len(loops)} loops, PDF pages: {pdf_pages}")
    print("per document:", dict(sorted(Counter(l["doc"] for l in links).items())))
    print("per relation:", dict(sorted(Counter(l["relation"] for l in links).items())))
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
