#!/usr/bin/env python3
"""Validate the fresh113 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exit status 0 and "OK" when every check passes; otherwise the errors are listed.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
DOC_RE = re.compile(r"^0[1-8]_[A-Za-z0-9]+_[A-Za-z0-9-]+\.(md|html|pdf|txt)$")
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NONLINK_FIELDS = {"doc", "quote", "companies", "page"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ text extraction
def norm(s, cjk=False):
    """Whitespace normalisation: runs of whitespace become one space. Chinese
    text has no word spaces, so when the quote being looked for contains CJK
    characters all whitespace is removed from both sides instead (pypdf inserts
    a line break wherever a Chinese line wraps, even inside a number)."""
    s = s.replace("\u00a0", " ")
    if cjk:
        return re.sub(r"\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def contains(haystack, needle):
    cjk = bool(CJK.search(needle))
    return norm(needle, cjk) in norm(haystack, cjk)


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "br", "h1", "h2",
             "h3", "h4", "h5", "h6", "header", "footer", "nav", "article", "section",
             "blockquote", "hr", "tbody", "thead", "body", "html"}
    HIDDEN = {"script", "style", "title", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(path):
    p = VisibleText()
    p.feed(open(path, encoding="utf-8").read())
    return "".join(p.parts)


def md_text(path):
    """Raw markdown plus every table row rewritten as its cells joined by single spaces."""
    raw = open(path, encoding="utf-8").read()
    rows = []
    for line in raw.splitlines():
        t = line.strip()
        if t.startswith("|") and t.endswith("|"):
            cells = [c.strip() for c in t.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                continue
            rows.append(" ".join(c for c in cells if c))
    return raw + "\n" + "\n".join(rows)


_pdf_cache = {}


def pdf_pages(path):
    if path not in _pdf_cache:
        _pdf_cache[path] = [pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages]
    return _pdf_cache[path]


_text_cache = {}


def doc_text(doc):
    path = os.path.join(HERE, doc)
    if doc not in _text_cache:
        if doc.endswith(".html"):
            _text_cache[doc] = html_text(path)
        elif doc.endswith(".md"):
            _text_cache[doc] = md_text(path)
        elif doc.endswith(".txt"):
            _text_cache[doc] = open(path, encoding="utf-8").read()
        else:
            _text_cache[doc] = "\n".join(pdf_pages(path))
    return _text_cache[doc]


def quote_in_doc(doc, quote, page, where):
    if not norm(quote):
        err(f"{where}: empty quote")
        return
    if doc.endswith(".pdf"):
        pages = pdf_pages(os.path.join(HERE, doc))
        if not isinstance(page, int) or not (1 <= page <= len(pages)):
            err(f"{where}: page {page!r} invalid for {doc} ({len(pages)} pages)")
            return
        if not contains(pages[page - 1], quote):
            found = [i + 1 for i, t in enumerate(pages) if contains(t, quote)]
            err(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote[:80]}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF {doc}")
        if not contains(doc_text(doc), quote):
            err(f"{where}: quote not found in {doc}: {quote[:80]}")


def load_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: bad JSON ({e})")
    return out


# ------------------------------------------------------------ documents
docs = sorted(f for f in os.listdir(HERE) if re.match(r"^\d\d_", f))
if len(docs) != 8:
    err(f"expected 8 documents, found {len(docs)}: {docs}")
for i, d in enumerate(docs, 1):
    if not DOC_RE.match(d) or not d.startswith(f"{i:02d}_"):
        err(f"bad document name {d}")
n_pdf = sum(d.endswith(".pdf") for d in docs)
if n_pdf < 3:
    err(f"at least 3 PDFs required, found {n_pdf}")
n_cjk = sum(bool(CJK.search(doc_text(d))) and len(CJK.findall(doc_text(d))) > 300 for d in docs)
if n_cjk < 2:
    err(f"at least 2 Chinese documents required, found {n_cjk}")

# ------------------------------------------------------------ aliases
aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
all_norm_text = norm(" ".join(doc_text(d) for d in docs))
all_nospace = norm(all_norm_text, cjk=True)
for key, names in aliases.items():
    if not isinstance(names, list) or not names:
        err(f"aliases[{key}] must be a non-empty list")
        continue
    for n in names:
        if CJK.search(n):
            ok = re.sub(r"\s+", "", n) in all_nospace
        else:
            ok = re.search(r"(?<![A-Za-z0-9])" + re.escape(norm(n)) + r"(?![A-Za-z0-9])",
                           all_norm_text) is not None
        if not ok:
            err(f"alias {n!r} of {key} not written in any document")

# ------------------------------------------------------------ links
links = load_jsonl("links.jsonl")
seen = set()
pairs = {}
for i, L in enumerate(links, 1):
    where = f"links.jsonl:{i}"
    if set(L) != LINK_FIELDS:
        err(f"{where}: fields {sorted(L)} != {sorted(LINK_FIELDS)}")
        continue
    if L["doc"] not in docs:
        err(f"{where}: unknown doc {L['doc']}")
        continue
    r, s, t = L["relation"], L["source"], L["target"]
    if r not in RELATIONS:
        err(f"{where}: bad relation {r}")
    for n in (s, t, L["payer"], L["payee"]):
        if n is not None and n not in aliases:
            err(f"{where}: name {n!r} is not a key of aliases.json")
    if s == t:
        err(f"{where}: source equals target")
    if r == "supplies":
        exp = (t, s)
    elif r in SOURCE_PAYS:
        exp = (s, t)
    else:
        exp = (None, None)
    if (L["payer"], L["payee"]) != exp:
        err(f"{where}: payer/payee {(L['payer'], L['payee'])} should be {exp} for {r}")
    if L["amount"] is not None:
        if not isinstance(L["amount"], str) or "%" in L["amount"]:
            err(f"{where}: amount must be text and not a percentage: {L['amount']!r}")
        elif not contains(L["quote"], L["amount"]):
            err(f"{where}: amount {L['amount']!r} not in quote")
        if r in NO_MONEY:
            err(f"{where}: {r} carries no amount")
    key = (L["doc"], s, r, t)
    if key in seen:
        err(f"{where}: duplicate {key}")
    seen.add(key)
    if r == "partners_with":
        pk = frozenset((s, t))
        if pk in pairs:
            err(f"{where}: partners_with {sorted(pk)} listed twice (also {pairs[pk]})")
        pairs[pk] = where
    if L["doc"].endswith(".pdf") != (L["page"] is not None):
        err(f"{where}: page must be set for PDFs only")
    quote_in_doc(L["doc"], L["quote"], L["page"], where)

if not 60 <= len(links) <= 75:
    err(f"links: {len(links)} not in 60..75")

# ------------------------------------------------------------ non-links
nonlinks = load_jsonl("non_links.jsonl")
for i, N in enumerate(nonlinks, 1):
    where = f"non_links.jsonl:{i}"
    if set(N) != NONLINK_FIELDS:
        err(f"{where}: fields {sorted(N)} != {sorted(NONLINK_FIELDS)}")
        continue
    if N["doc"] not in docs:
        err(f"{where}: unknown doc {N['doc']}")
        continue
    comps = N["companies"]
    if not isinstance(comps, list) or len(set(comps)) < 2:
        err(f"{where}: needs at least two distinct companies")
    for c in comps:
        if c not in aliases:
            err(f"{where}: company {c!r} not a key of aliases.json")
    if N["doc"].endswith(".pdf") != (N["page"] is not None):
        err(f"{where}: page must be set for PDFs only")
    quote_in_doc(N["doc"], N["quote"], N["page"], where)
    for L in links:
        if L["doc"] == N["doc"] and norm(L["quote"], True) == norm(N["quote"], True):
            err(f"{where}: non-link quote is also a link quote")
if not 20 <= len(nonlinks) <= 26:
    err(f"non-links: {len(nonlinks)} not in 20..26")

# ------------------------------------------------------------ loops
G = nx.DiGraph()
edge_docs = {}
for L in links:
    if L.get("payer") and L.get("payee"):
        G.add_edge(L["payer"], L["payee"])
        edge_docs.setdefault((L["payer"], L["payee"]), set()).add(L["doc"])


def canon(cycle):
    k = cycle.index(min(cycle))
    return tuple(cycle[k:] + cycle[:k])


cycles = {canon(list(c)) for c in nx.simple_cycles(G)}
loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
declared = set()
for lp in loops:
    if not isinstance(lp, list) or not 2 <= len(lp) <= 4:
        err(f"loop {lp} must be a list of 2-4 names")
        continue
    declared.add(canon(lp))
if declared != cycles:
    err(f"loops.json {sorted(declared)} != simple cycles {sorted(cycles)}")
if len(loops) != 5:
    err(f"expected 5 loops, found {len(loops)}")
for c in cycles:
    edges = [(c[i], c[(i + 1) % len(c)]) for i in range(len(c))]
    common = set.intersection(*(edge_docs[e] for e in edges))
    if common:
        err(f"loop {c} lies inside one document: {sorted(common)}")

# ------------------------------------------------------------ other files
for f in ("README.md", "build_pdfs.py", "aliases.json", "loops.json"):
    if not os.path.exists(os.path.join(HERE, f)):
        err(f"missing {f}")

if errors:
    print(f"{len(errors)} error(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(docs)} documents ({n_pdf} PDF), {len(links)} links, {len(nonlinks)} non-links, "
      f"{len(loops)} loops, {len(aliases)} companies")
