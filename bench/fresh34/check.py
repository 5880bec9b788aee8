"""Consistency checks for this evaluation set.

Run: /work/main/.venv/bin/python check.py   (after build_pdfs.py)

Checks
  * links.jsonl / non_links.jsonl field schema, relation names, payer/payee rules, page rules
  * every quote occurs in its document:
      - PDF: pypdf text of the given page, whitespace-normalised
      - HTML: visible text (head/script/style dropped, block tags -> space, entities decoded)
      - Markdown: text with table rows turned into cells joined by single spaces
      - plain text: raw text
  * amount (when not null) occurs verbatim in the quote
  * one (doc, source, relation, target) per document; partners_with listed once per pair
  * every source/target (and non-link company) is a key of aliases.json
  * every alias string occurs in at least one document
  * loops.json == the set of simple cycles of the payer -> payee graph (networkx)
  * each loop's edges come from more than one document, and no single document holds all of them
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------------------
# document text
# ----------------------------------------------------------------------------------------
class Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "td", "th", "tr", "table", "li", "ul", "ol", "h1", "h2", "h3", "h4",
             "h5", "h6", "body", "section", "article", "header", "footer", "blockquote", "hr"}
    HIDDEN = {"head", "script", "style", "title"}

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
            self.hidden -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(path):
    p = Visible()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    return norm(html.unescape("".join(p.parts)))


def md_text(path):
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        s = line.strip()
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) or c == "" for c in cells):
                continue
            out.append(" ".join(c for c in cells if c))
        else:
            out.append(line.replace("**", ""))
    return norm("\n".join(out))


_cache = {}


def doc_text(doc, page=None):
    key = (doc, page)
    if key in _cache:
        return _cache[key]
    path = os.path.join(HERE, doc)
    if doc.endswith(".pdf"):
        pages = PdfReader(path).pages
        if page is None or not (1 <= page <= len(pages)):
            raise ValueError(f"{doc}: bad page {page}")
        t = norm(pages[page - 1].extract_text())
    elif doc.endswith(".html"):
        t = html_text(path)
    elif doc.endswith(".md"):
        t = md_text(path)
    else:
        t = norm(open(path, encoding="utf-8").read())
    _cache[key] = t
    return t


def all_docs_text(docs):
    texts = []
    for d in docs:
        if d.endswith(".pdf"):
            n = len(PdfReader(os.path.join(HERE, d)).pages)
            texts.extend(doc_text(d, i) for i in range(1, n + 1))
        else:
            texts.append(doc_text(d))
    return "\n".join(texts)


# ----------------------------------------------------------------------------------------
def main():
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    nonlinks = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))

    docs = sorted(f for f in os.listdir(HERE)
                  if f.endswith((".md", ".txt", ".html", ".pdf")) and f != "README.md")
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {docs}")

    # ---------------- links
    seen = set()
    pairs_partner = set()
    link_keys = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
    for i, l in enumerate(links, 1):
        tag = f"link {i} ({l.get('doc')}: {l.get('source')} {l.get('relation')} {l.get('target')})"
        if sorted(l) != sorted(link_keys):
            err(f"{tag}: fields {sorted(l)}")
            continue
        if l["doc"] not in docs:
            err(f"{tag}: unknown doc")
            continue
        if l["relation"] not in RELATIONS:
            err(f"{tag}: bad relation")
        for k in ("source", "target"):
            if l[k] not in aliases:
                err(f"{tag}: {k} {l[k]!r} not in aliases.json")
        if l["source"] == l["target"]:
            err(f"{tag}: self link")
        r = l["relation"]
        if r == "supplies":
            exp = (l["target"], l["source"])
        elif r in ("partners_with", "subsidiary_of"):
            exp = (None, None)
        else:
            exp = (l["source"], l["target"])
        if (l["payer"], l["payee"]) != exp:
            err(f"{tag}: payer/payee {l['payer']},{l['payee']} expected {exp}")
        key = (l["doc"], l["source"], r, l["target"])
        if key in seen:
            err(f"{tag}: duplicate triple in document")
        seen.add(key)
        if r == "partners_with":
            pk = (l["doc"], frozenset((l["source"], l["target"])))
            if pk in pairs_partner:
                err(f"{tag}: partners_with listed twice")
            pairs_partner.add(pk)
        is_pdf = l["doc"].endswith(".pdf")
        if is_pdf and not isinstance(l["page"], int):
            err(f"{tag}: PDF link needs page")
        if not is_pdf and l["page"] is not None:
            err(f"{tag}: non-PDF link must have page null")
        try:
            text = doc_text(l["doc"], l["page"] if is_pdf else None)
        except ValueError as e:
            err(f"{tag}: {e}")
            continue
        if norm(l["quote"]) not in text:
            err(f"{tag}: quote not found: {l['quote'][:90]}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{tag}: amount {l['amount']!r} not in quote")

    # ---------------- non-links
    nl_keys = ["doc", "quote", "companies", "page"]
    for i, n in enumerate(nonlinks, 1):
        tag = f"non_link {i} ({n.get('doc')})"
        if sorted(n) != sorted(nl_keys):
            err(f"{tag}: fields {sorted(n)}")
            continue
        if n["doc"] not in docs:
            err(f"{tag}: unknown doc")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{tag}: fewer than two companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{tag}: company {c!r} not in aliases.json")
        is_pdf = n["doc"].endswith(".pdf")
        if is_pdf and not isinstance(n["page"], int):
            err(f"{tag}: PDF non-link needs page")
        if not is_pdf and n["page"] is not None:
            err(f"{tag}: non-PDF non-link must have page null")
        text = doc_text(n["doc"], n["page"] if is_pdf else None)
        if norm(n["quote"]) not in text:
            err(f"{tag}: quote not found: {n['quote'][:90]}")
        for l in links:
            if l["doc"] == n["doc"] and norm(l["quote"]) == norm(n["quote"]):
                err(f"{tag}: same quote is also a link quote")

    # ---------------- aliases occur somewhere
    corpus = all_docs_text(docs)
    for short, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{short}] is not a list")
            continue
        for name in [short] + names if any(ord(ch) > 0x2E80 for ch in short) else names:
            if name not in corpus:
                err(f"alias {name!r} of {short!r} not found in any document")

    # ---------------- loops
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is None:
            continue
        g.add_edge(l["payer"], l["payee"])
        edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        i = cycle.index(min(cycle))
        return tuple(cycle[i:] + cycle[:i])

    found = {canon(list(c)) for c in nx.simple_cycles(g)}
    given = [canon(list(c)) for c in loops]
    if len(set(given)) != len(given):
        err("loops.json has duplicates")
    if set(given) != found:
        err(f"loops mismatch: missing {sorted(found - set(given))}, extra {sorted(set(given) - found)}")
    for c in loops:
        pairs = [(c[k], c[(k + 1) % len(c)]) for k in range(len(c))]
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {c}: {p} is not a payer->payee pair")
        if all(p in edge_docs for p in pairs):
            union = set().union(*(edge_docs[p] for p in pairs))
            common = set.intersection(*(edge_docs[p] for p in pairs))
            if len(union) < 2 or common:
                err(f"loop {c}: does not span documents (union {sorted(union)}, all-in-one {sorted(common)})")

    # ---------------- summary
    rels = {}
    for l in links:
        rels[l["relation"]] = rels.get(l["relation"], 0) + 1
    missing = RELATIONS - set(rels)
    if missing:
        err(f"relations not covered: {sorted(missing)}")
    print(f"documents: {len(docs)}  links: {len(links)}  non_links: {len(nonlinks)}  loops: {len(loops)}")
    print("relations:", dict(sorted(rels.items())))
    if ERRORS:
        print(f"\n{len(ERRORS)} problem(s):")
        for e in ERRORS:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
