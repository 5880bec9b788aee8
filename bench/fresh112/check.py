"""Validate the fresh112 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and prints every problem found; prints "OK" otherwise.
"""
import html
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
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NONLINK_KEYS = {"doc", "quote", "companies", "page"}

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------------------
# Text extraction and normalisation
# ---------------------------------------------------------------------------
CJK = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u25cf"


def norm(text):
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    text = re.sub(r"\s+", " ", text)
    # line breaks inside Chinese text carry no meaning
    text = re.sub(r"(?<=[%s]) (?=\S)" % CJK, "", text)
    text = re.sub(r"(?<=\S) (?=[%s])" % CJK, "", text)
    return text.strip()


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table",
             "h1", "h2", "h3", "h4", "h5", "h6", "body", "html", "title"}
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    parser = VisibleText()
    parser.feed(open(path, encoding="utf-8").read())
    return html.unescape("".join(parser.parts))


def md_text(path):
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        s = line.strip()
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                continue
            s = " ".join(c for c in cells if c)
        s = s.replace("**", "").replace("__", "")
        s = re.sub(r"^#+\s*", "", s)
        s = re.sub(r"(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)", "", s)
        out.append(s)
    return "\n".join(out)


def load_texts(doc):
    """Return {page: normalised text}; page None for non-PDF documents."""
    path = os.path.join(HERE, doc)
    if doc.endswith(".pdf"):
        reader = pypdf.PdfReader(path)
        return {i + 1: norm(p.extract_text() or "") for i, p in enumerate(reader.pages)}
    if doc.endswith(".html"):
        return {None: norm(html_text(path))}
    return {None: norm(md_text(path))}


# ---------------------------------------------------------------------------
# Load files
# ---------------------------------------------------------------------------
def read_jsonl(name):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"missing {name}")
        return rows
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{name}:{n}: bad JSON ({e})")
    return rows


docs = sorted(f for f in os.listdir(HERE) if re.match(r"^0[1-8]_[^_]+_.+\.(md|html|pdf|txt)$", f))
if len(docs) != 8 or [d[:2] for d in docs] != [f"0{i}" for i in range(1, 9)]:
    err(f"expected 8 documents 01_..08_, found {docs}")
if sum(d.endswith(".pdf") for d in docs) < 3:
    err("fewer than 3 PDF documents")
for extra in ("README.md", "build_pdfs.py", "links.jsonl", "non_links.jsonl", "loops.json", "aliases.json"):
    if not os.path.exists(os.path.join(HERE, extra)):
        err(f"missing {extra}")

texts = {d: load_texts(d) for d in docs}
chinese_docs = [d for d in docs
                if len(re.findall(r"[\u4e00-\u9fff]", "".join(texts[d].values()))) >= 500]
if len(chinese_docs) < 2:
    err(f"fewer than 2 Chinese documents: {chinese_docs}")

aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
links = read_jsonl("links.jsonl")
non_links = read_jsonl("non_links.jsonl")
loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))

# aliases: every alias must be written somewhere in the documents
all_text = " ".join(t for d in docs for t in texts[d].values())
for key, names in aliases.items():
    if not isinstance(names, list) or not names:
        err(f"aliases[{key}] must be a non-empty list")
        continue
    for name in names:
        if norm(name) not in all_text:
            err(f"alias {name!r} of {key} does not occur in any document")


def find_quote(rec, where):
    doc, quote, page = rec.get("doc"), rec.get("quote"), rec.get("page")
    if doc not in texts:
        err(f"{where}: unknown doc {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        err(f"{where}: empty quote")
        return
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or page not in texts[doc]:
            err(f"{where}: PDF needs a valid 1-based page, got {page!r}")
            return
        if norm(quote) not in texts[doc][page]:
            hits = [p for p, t in texts[doc].items() if norm(quote) in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {hits}): {quote[:70]}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF {doc}")
        if norm(quote) not in texts[doc][None]:
            err(f"{where}: quote not found in {doc}: {quote[:70]}")


# ---------------------------------------------------------------------------
# Links
# ---------------------------------------------------------------------------
seen = set()
pairs = {}
for i, l in enumerate(links, 1):
    where = f"links.jsonl:{i}"
    if set(l) != LINK_KEYS:
        err(f"{where}: keys {sorted(l)} != {sorted(LINK_KEYS)}")
        continue
    s, r, t = l["source"], l["relation"], l["target"]
    if r not in RELATIONS:
        err(f"{where}: unknown relation {r}")
    for name in (s, t):
        if name not in aliases:
            err(f"{where}: {name!r} is not a key of aliases.json")
    if s == t:
        err(f"{where}: source equals target")
    if r in NO_MONEY:
        exp = (None, None)
    elif r in SOURCE_PAYS:
        exp = (s, t)
    else:  # supplies: the customer (target) pays the supplier (source)
        exp = (t, s)
    if (l["payer"], l["payee"]) != exp:
        err(f"{where}: payer/payee {l['payer']}/{l['payee']} should be {exp[0]}/{exp[1]} for {r}")
    amt = l["amount"]
    if amt is not None:
        if not isinstance(amt, str) or amt not in l["quote"]:
            err(f"{where}: amount {amt!r} not in quote")
        elif re.fullmatch(r"[\d.,\s]*%", amt.strip()):
            err(f"{where}: percentage given as amount")
        if r in NO_MONEY:
            err(f"{where}: amount on a {r} link")
    key = (l["doc"], s, r, t)
    if key in seen:
        err(f"{where}: duplicate {key}")
    seen.add(key)
    if r == "partners_with":
        pair = (l["doc"], frozenset((s, t)))
        if pair in pairs:
            err(f"{where}: partners_with listed twice for {sorted(pair[1])} in {l['doc']}")
        pairs[pair] = i
    find_quote(l, where)

if not 60 <= len(links) <= 75:
    err(f"{len(links)} links, expected 60-75")

# ---------------------------------------------------------------------------
# Non-links
# ---------------------------------------------------------------------------
link_quotes = {(l.get("doc"), norm(l.get("quote", ""))) for l in links}
for i, n in enumerate(non_links, 1):
    where = f"non_links.jsonl:{i}"
    if set(n) != NONLINK_KEYS:
        err(f"{where}: keys {sorted(n)} != {sorted(NONLINK_KEYS)}")
        continue
    comps = n["companies"]
    if not isinstance(comps, list) or len(set(comps)) < 2:
        err(f"{where}: needs at least two companies")
    for c in comps:
        if c not in aliases:
            err(f"{where}: {c!r} is not a key of aliases.json")
    if (n["doc"], norm(n["quote"])) in link_quotes:
        err(f"{where}: sentence is also a link quote")
    find_quote(n, where)

if not 20 <= len(non_links) <= 26:
    err(f"{len(non_links)} non-links, expected 20-26")

# ---------------------------------------------------------------------------
# Money loops
# ---------------------------------------------------------------------------
graph = nx.DiGraph()
edges_by_doc = {}
for l in links:
    if l.get("payer") and l.get("payee"):
        graph.add_edge(l["payer"], l["payee"])
        edges_by_doc.setdefault(l["doc"], set()).add((l["payer"], l["payee"]))


def canon(cycle):
    k = cycle.index(min(cycle))
    return tuple(cycle[k:] + cycle[:k])


found = {canon(list(c)) for c in nx.simple_cycles(graph)}
given = [canon(list(c)) for c in loops]
if len(given) != len(set(given)):
    err("loops.json contains a loop twice")
if set(given) != found:
    err(f"loops.json differs from simple cycles: missing {sorted(found - set(given))}, "
        f"extra {sorted(set(given) - found)}")
if len(found) != 5:
    err(f"{len(found)} money loops, expected 5")
for cyc in found:
    if not 2 <= len(cyc) <= 4:
        err(f"loop {cyc} has length {len(cyc)}")
    cyc_edges = {(cyc[i], cyc[(i + 1) % len(cyc)]) for i in range(len(cyc))}
    for doc, edges in edges_by_doc.items():
        if cyc_edges <= edges:
            err(f"loop {cyc} lies inside one document ({doc})")

if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
      f"{len(found)} loops, {len(aliases)} companies")
