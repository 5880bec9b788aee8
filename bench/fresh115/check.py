"""Validate the fresh115 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists the problems if anything is wrong.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NONLINK_KEYS = {"doc", "quote", "companies", "page"}
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9-]+\.(md|txt|html|pdf)$")
CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d]")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------
# text extraction
# ---------------------------------------------------------------------------
BLOCK_TAGS = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2",
              "h3", "h4", "h5", "h6", "header", "footer", "article", "section", "nav",
              "hr", "title", "thead", "tbody", "caption", "blockquote"}
SKIP_TAGS = {"script", "style", "head"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def nospace(s):
    return re.sub(r"\s+", "", s)


def md_tables_as_text(text):
    """Markdown table rows rendered as their cells joined by single spaces."""
    out = []
    for line in text.splitlines():
        t = line.strip()
        if t.startswith("|") and t.endswith("|"):
            cells = [c.strip() for c in t.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                continue
            out.append(" ".join(cells))
        else:
            out.append(line)
    return "\n".join(out)


def load_doc(path):
    """Return a list of page texts (one element for non-PDF documents)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return [p.extract_text() or "" for p in PdfReader(path).pages]
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if ext == "html":
        v = Visible()
        v.feed(raw)
        return ["".join(v.parts)]
    if ext == "md":
        return [raw + "\n" + md_tables_as_text(raw)]
    return [raw]


def quote_in(quote, text):
    if norm(quote) in norm(text):
        return True
    # CJK text: pypdf breaks lines inside words and numbers; compare without whitespace
    if CJK_RE.search(quote):
        return nospace(quote) in nospace(text)
    return False


# ---------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------
docs = sorted(f for f in os.listdir(HERE) if re.match(r"^\d\d_", f))
if len(docs) != 8:
    err(f"expected 8 documents, found {len(docs)}: {docs}")
for d in docs:
    if not DOC_RE.match(d):
        err(f"bad document name: {d}")
nums = sorted(d[:2] for d in docs)
if nums != [f"{i:02d}" for i in range(1, 9)]:
    err(f"documents must be numbered 01..08, got {nums}")
texts = {d: load_doc(os.path.join(HERE, d)) for d in docs}
pdfs = [d for d in docs if d.endswith(".pdf")]
if len(pdfs) < 3:
    err(f"need at least 3 PDFs, found {len(pdfs)}")
chinese = [d for d in docs if len(CJK_RE.findall("".join(texts[d]))) > 500]
if len(chinese) < 2:
    err(f"need at least 2 Chinese documents, found {chinese}")

for name in ("README.md", "build_pdfs.py", "aliases.json", "links.jsonl", "non_links.jsonl", "loops.json"):
    if not os.path.exists(os.path.join(HERE, name)):
        err(f"missing file {name}")

with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
    aliases = json.load(f)
all_text = "\n".join(norm(" ".join(p)) for p in texts.values())
all_text_ns = nospace(all_text)
for short, names in aliases.items():
    if not isinstance(names, list) or not names:
        err(f"aliases[{short}] must be a non-empty list")
        continue
    for n in names:
        if norm(n) not in all_text and nospace(n) not in all_text_ns:
            err(f"alias {n!r} of {short} does not occur in any document")


def check_page(rec, where):
    doc = rec["doc"]
    page = rec["page"]
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or isinstance(page, bool) or page < 1:
            err(f"{where}: PDF record needs a 1-based page number")
            return None
        if page > len(texts[doc]):
            err(f"{where}: page {page} beyond {len(texts[doc])} pages")
            return None
        return texts[doc][page - 1]
    if page is not None:
        err(f"{where}: page must be null for non-PDF documents")
    return texts[doc][0]


# ---------------------------------------------------------------------------
# links
# ---------------------------------------------------------------------------
links = []
with open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if line.strip():
            links.append((i, json.loads(line)))

seen = set()
pairs = {}
for i, r in links:
    where = f"links.jsonl line {i}"
    if set(r) != LINK_KEYS:
        err(f"{where}: fields {sorted(r)} != {sorted(LINK_KEYS)}")
        continue
    if r["doc"] not in texts:
        err(f"{where}: unknown doc {r['doc']}")
        continue
    rel, s, t = r["relation"], r["source"], r["target"]
    if rel not in RELATIONS:
        err(f"{where}: bad relation {rel}")
    for n in (s, t):
        if n not in aliases:
            err(f"{where}: {n!r} is not a key of aliases.json")
    if s == t:
        err(f"{where}: source equals target")
    if rel == "supplies":
        exp = (t, s)
    elif rel in SOURCE_PAYS:
        exp = (s, t)
    else:
        exp = (None, None)
    if (r["payer"], r["payee"]) != exp:
        err(f"{where}: payer/payee {(r['payer'], r['payee'])} should be {exp}")
    if r["amount"] is not None:
        if not isinstance(r["amount"], str) or r["amount"] not in r["quote"]:
            err(f"{where}: amount {r['amount']!r} not in quote")
        elif re.fullmatch(r"[\d.,\s]*%", r["amount"]):
            err(f"{where}: percentage used as amount")
    key = (r["doc"], s, rel, t)
    if key in seen:
        err(f"{where}: duplicate {key}")
    seen.add(key)
    if rel == "partners_with":
        pk = frozenset((s, t))
        if pk in pairs:
            err(f"{where}: partners_with pair {sorted(pk)} listed twice (also line {pairs[pk]})")
        pairs[pk] = i
    text = check_page(r, where)
    if text is not None and not quote_in(r["quote"], text):
        err(f"{where}: quote not found in {r['doc']} (page {r['page']}): {r['quote'][:80]}")
    if not any(nospace(x) in nospace(r["quote"]) for x in aliases.get(s, []) + aliases.get(t, [])):
        warnings.append(f"{where}: quote names neither {s} nor {t}")

if not 60 <= len(links) <= 75:
    err(f"number of links {len(links)} not in 60..75")

# ---------------------------------------------------------------------------
# non-links
# ---------------------------------------------------------------------------
nonlinks = []
with open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        if line.strip():
            nonlinks.append((i, json.loads(line)))
for i, r in nonlinks:
    where = f"non_links.jsonl line {i}"
    if set(r) != NONLINK_KEYS:
        err(f"{where}: fields {sorted(r)} != {sorted(NONLINK_KEYS)}")
        continue
    if r["doc"] not in texts:
        err(f"{where}: unknown doc {r['doc']}")
        continue
    comps = r["companies"]
    if not isinstance(comps, list) or len(set(comps)) < 2:
        err(f"{where}: needs at least two companies")
    for c in comps:
        if c not in aliases:
            err(f"{where}: {c!r} is not a key of aliases.json")
        elif not any(nospace(a) in nospace(r["quote"]) for a in aliases[c]):
            err(f"{where}: {c} not named in the quote")
    text = check_page(r, where)
    if text is not None and not quote_in(r["quote"], text):
        err(f"{where}: quote not found in {r['doc']}: {r['quote'][:80]}")
    for j, l in links:
        if l["doc"] == r["doc"] and norm(l["quote"]) == norm(r["quote"]):
            err(f"{where}: same sentence is also a link quote (links line {j})")
if not 20 <= len(nonlinks) <= 26:
    err(f"number of non-links {len(nonlinks)} not in 20..26")

# ---------------------------------------------------------------------------
# loops
# ---------------------------------------------------------------------------
def canon(cycle):
    k = cycle.index(min(cycle))
    return tuple(cycle[k:] + cycle[:k])


G = nx.DiGraph()
doc_edges = {}
for _, r in links:
    if r["payer"] is not None:
        G.add_edge(r["payer"], r["payee"])
        doc_edges.setdefault(r["doc"], set()).add((r["payer"], r["payee"]))
cycles = {canon(list(c)) for c in nx.simple_cycles(G)}
with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
    loops = json.load(f)
declared = set()
for lp in loops:
    if not isinstance(lp, list) or len(lp) < 2:
        err(f"loops.json: bad loop {lp}")
        continue
    for n in lp:
        if n not in aliases:
            err(f"loops.json: {n!r} is not a key of aliases.json")
    c = canon(lp)
    if c in declared:
        err(f"loops.json: duplicate loop {lp}")
    declared.add(c)
if declared != cycles:
    err(f"loops.json differs from simple cycles: missing {sorted(cycles - declared)}, "
        f"extra {sorted(declared - cycles)}")
if len(cycles) != 5:
    err(f"expected 5 money loops, graph has {len(cycles)}")
for c in cycles:
    if not 2 <= len(c) <= 4:
        err(f"loop {c} has length {len(c)}, expected 2..4")
    edges = {(c[k], c[(k + 1) % len(c)]) for k in range(len(c))}
    for d, es in doc_edges.items():
        if edges <= es:
            err(f"loop {c} lies inside one document ({d})")

# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------
with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
    readme = f.read()
if not readme.startswith("# fresh115 - AI at contract research organisations, lab-equipment and reagent makers"):
    err("README.md: wrong title")
if "| File | Kind | Language |" not in readme:
    err("README.md: missing | File | Kind | Language | table")
for d in docs:
    if d not in readme:
        err(f"README.md does not mention {d}")

# ---------------------------------------------------------------------------
for w in warnings:
    print("warning:", w)
print(f"documents: {len(docs)} ({len(pdfs)} PDF, {len(chinese)} Chinese)")
print(f"links: {len(links)}  non-links: {len(nonlinks)}  loops: {len(cycles)}")
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("OK: all checks passed")
