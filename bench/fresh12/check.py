"""Self-contained checker for this evaluation set.

Run: /work/main/.venv/bin/python check.py
Checks
  * every link / non-link quote occurs in its document
      - .txt / .md : raw text, whitespace normalised (for .md, table rows are also
        rendered as their cells joined by single spaces)
      - .html      : visible text (script/style dropped, entities decoded, block and
        cell boundaries become spaces), whitespace normalised
      - .pdf       : pypdf text of the given 1-based page, whitespace normalised
  * field values (relations, payer/payee convention, amount inside quote, page use)
  * no duplicate (doc, source, relation, target)
  * every name used is a key of aliases.json
  * loops.json equals the simple cycles of the payer -> payee graph (networkx),
    every loop spans more than one document
"""
import html
import json
import os
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "lends_to", "acquires", "owns_stake_in"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split())


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2",
             "h3", "h4", "h5", "h6", "title", "hr", "body", "head", "html", "section",
             "article", "header", "footer", "thead", "tbody", "caption", "blockquote"}
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = VisibleText()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return norm(html.unescape("".join(p.parts)))


def md_text(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = []
    for line in raw.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            lines.append(" ".join(c for c in cells if c))
        else:
            lines.append(line)
    return norm(raw) + " \n " + norm("\n".join(lines))


_pdf_cache = {}


def pdf_pages(path):
    if path not in _pdf_cache:
        _pdf_cache[path] = [norm(pg.extract_text() or "") for pg in PdfReader(path).pages]
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
            with open(path, encoding="utf-8") as f:
                _text_cache[doc] = norm(f.read())
        else:
            raise ValueError(doc)
    return _text_cache[doc]


def quote_found(doc, quote, page):
    q = norm(quote)
    if doc.endswith(".pdf"):
        pages = pdf_pages(os.path.join(HERE, doc))
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            return False
        return q in pages[page - 1]
    if page is not None:
        err(f"{doc}: page must be null for non-PDF documents")
    return q in doc_text(doc)


def load_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for _i, line in enumerate(f, 1):
            if line.strip():
                out.append(json.loads(line))
    return out


links = load_jsonl("links.jsonl")
non_links = load_jsonl("non_links.jsonl")
with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
    loops = json.load(f)
with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
    aliases = json.load(f)

docs = sorted(f for f in os.listdir(HERE)
              if f.endswith((".md", ".txt", ".html", ".pdf")) and f != "README.md")
if len(docs) != 8:
    err(f"expected 8 documents, found {len(docs)}: {docs}")

# ---- links ----
seen = set()
for i, l in enumerate(links, 1):
    tag = f"link {i} ({l.get('doc')}: {l.get('source')} {l.get('relation')} {l.get('target')})"
    keys = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    if set(l) != keys:
        err(f"{tag}: fields {sorted(l)}")
        continue
    if l["doc"] not in docs:
        err(f"{tag}: unknown document")
        continue
    if l["relation"] not in RELATIONS:
        err(f"{tag}: bad relation")
    for k in ("source", "target"):
        if l[k] not in aliases:
            err(f"{tag}: {k} {l[k]!r} not a key of aliases.json")
    if l["source"] == l["target"]:
        err(f"{tag}: self link")
    rel = l["relation"]
    if rel == "supplies":
        exp = (l["target"], l["source"])
    elif rel in SOURCE_PAYS:
        exp = (l["source"], l["target"])
    else:
        exp = (None, None)
    if (l["payer"], l["payee"]) != exp:
        err(f"{tag}: payer/payee {l['payer']}/{l['payee']} expected {exp}")
    if l["amount"] is not None and l["amount"] not in l["quote"]:
        err(f"{tag}: amount {l['amount']!r} not in quote")
    key = (l["doc"], l["source"], rel, l["target"])
    if rel == "partners_with":
        key = (l["doc"], tuple(sorted((l["source"], l["target"]))), rel)
    if key in seen:
        err(f"{tag}: duplicate within document")
    seen.add(key)
    if not quote_found(l["doc"], l["quote"], l["page"]):
        err(f"{tag}: quote not found (page {l['page']}): {l['quote'][:90]}")

# ---- non-links ----
link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
for i, n in enumerate(non_links, 1):
    tag = f"non_link {i} ({n.get('doc')})"
    if set(n) != {"doc", "quote", "companies", "page"}:
        err(f"{tag}: fields {sorted(n)}")
        continue
    if n["doc"] not in docs:
        err(f"{tag}: unknown document")
        continue
    if len(n["companies"]) < 2:
        err(f"{tag}: needs two or more companies")
    for c in n["companies"]:
        if c not in aliases:
            err(f"{tag}: company {c!r} not a key of aliases.json")
    if (n["doc"], norm(n["quote"])) in link_quotes:
        err(f"{tag}: quote is also a link quote")
    if not quote_found(n["doc"], n["quote"], n["page"]):
        err(f"{tag}: quote not found (page {n['page']}): {n['quote'][:90]}")

# ---- loops ----
G = nx.DiGraph()
edge_docs = {}
for l in links:
    if l["payer"] and l["payee"]:
        G.add_edge(l["payer"], l["payee"])
        edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])


def canon(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


found = {canon(list(c)) for c in nx.simple_cycles(G)}
given = set()
for lp in loops:
    for n in lp:
        if n not in aliases:
            err(f"loop {lp}: {n!r} not a key of aliases.json")
    c = canon(list(lp))
    if c in given:
        err(f"loop {lp} listed twice")
    given.add(c)
    ds = set()
    for a, b in zip(lp, lp[1:] + lp[:1]):
        if (a, b) not in edge_docs:
            err(f"loop {lp}: {a} -> {b} is not a payer -> payee pair")
        else:
            ds |= edge_docs[(a, b)]
    if len(ds) < 2:
        err(f"loop {lp} does not span more than one document")
if found != given:
    err(f"loops.json differs from simple cycles: missing {sorted(found - given)}, extra {sorted(given - found)}")

# ---- aliases ----
for k, v in aliases.items():
    if not isinstance(v, list):
        err(f"aliases[{k!r}] must be a list")
used = {l["source"] for l in links} | {l["target"] for l in links}
used |= {c for n in non_links for c in n["companies"]}
unused = sorted(set(aliases) - used)
if unused:
    err(f"aliases keys never used: {unused}")
all_text = " ".join(doc_text(d) if not d.endswith(".pdf") else " ".join(pdf_pages(os.path.join(HERE, d)))
                    for d in docs)
missing_alias = [(k, a) for k, v in aliases.items() for a in v if norm(a) not in all_text]
for k, a in missing_alias:
    print(f"note: alias {a!r} of {k!r} does not occur in any document")

# ---- summary ----
rels = {}
for l in links:
    rels[l["relation"]] = rels.get(l["relation"], 0) + 1
print(f"documents: {len(docs)}  links: {len(links)}  non_links: {len(non_links)}  "
      f"loops: {len(loops)}  aliases: {len(aliases)}")
print("relations:", dict(sorted(rels.items())))
if len(rels) != 7:
    err("not all seven relations are used")
if not 60 <= len(links) <= 75:
    err("links must number 60 to 75")
if len(non_links) < 20:
    err("need 20+ non_links")

# bilingual company summary
BI = "云衢智算"
LANG = {
    "corvane_q3_fy2026_call.txt": "en",
    "stratohm_10q_q2_2026.pdf": "en",
    "bluefell_ashby_creek_press_release.md": "en",
    "loop_ledger_newsletter.md": "en",
    "hengyu_duiwai_touzi_gonggao.html": "zh",
    "yunqu_2026_banniandu_baogao.pdf": "zh",
    "dongming_suanli_yanbao.md": "zh",
    "yunqu_6k_interim_results.html": "en",
}
en_docs = {d for d, lang in LANG.items() if lang == "en"}
bi_en = sum(1 for l in links if BI in (l["source"], l["target"]) and l["doc"] in en_docs)
bi_zh = sum(1 for l in links if BI in (l["source"], l["target"]) and l["doc"] not in en_docs)
bi_loops = sum(1 for lp in loops if BI in lp)
print(f"bilingual {BI}: {bi_en} links in English documents, {bi_zh} in Chinese documents, in {bi_loops} loops")
if bi_en < 4 or bi_zh < 4 or bi_loops < 1:
    err("bilingual company requirements not met")

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
