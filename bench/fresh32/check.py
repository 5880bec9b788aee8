"""Validate this evaluation set.

Run:  /work/main/.venv/bin/python check.py      (after build_pdfs.py)

Checks
* 8 documents (.md/.txt/.html/.pdf other than README.md), each described in README.md;
  at least 3 contain Chinese, at least one Traditional and one Simplified; at least 2 PDFs.
* links.jsonl: fields, relation vocabulary, payer/payee rule per relation, amount occurs in its
  quote, page set for PDFs only, one (source, relation, target) per document, partners_with listed
  once per pair, source/target are keys of aliases.json, 60-75 links, all seven relations.
* non_links.jsonl: fields, >= 2 companies that are keys of aliases.json, page rule, >= 20 rows.
* every quote occurs in its document: PDFs through pypdf page text (the stated page), HTML through
  its visible text with entities decoded, .md/.txt as raw text; whitespace is normalised to single
  spaces on both sides before comparing.
* loops.json equals the set of simple cycles (networkx) of the payer -> payee graph built from all
  links; each consecutive pair is a payer -> payee edge; each loop's edges come from > 1 document.
* every alias in aliases.json occurs in at least one document.
Exits with status 1 and a list of problems if anything fails.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
DOC_EXT = (".md", ".txt", ".html", ".pdf")
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4",
             "h5", "h6", "hr", "section", "article", "header", "footer", "title", "blockquote"}
    HIDDEN = {"script", "style", "head"}

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
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return norm("".join(p.parts))


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not name.endswith(DOC_EXT) or name == "README.md" or not os.path.isfile(path):
            continue
        if name.endswith(".pdf"):
            pages = [norm(p.extract_text() or "") for p in PdfReader(path).pages]
            docs[name] = {"pages": pages, "text": " ".join(pages)}
        elif name.endswith(".html"):
            docs[name] = {"pages": None, "text": html_text(path)}
        else:
            with open(path, encoding="utf-8") as f:
                docs[name] = {"pages": None, "text": norm(f.read())}
    return docs


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i}: bad JSON ({e})")
    return rows


def quote_in_doc(docs, doc, page, quote, where):
    if doc not in docs:
        err(f"{where}: unknown doc {doc!r}")
        return
    d = docs[doc]
    q = norm(quote)
    if not q:
        err(f"{where}: empty quote")
        return
    if d["pages"] is not None:
        if not isinstance(page, int) or not 1 <= page <= len(d["pages"]):
            err(f"{where}: PDF needs a valid page, got {page!r}")
            return
        if q not in d["pages"][page - 1]:
            other = [i + 1 for i, t in enumerate(d["pages"]) if q in t]
            err(f"{where}: quote not on page {page} of {doc}" + (f" (found on {other})" if other else "") + f": {quote}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF {doc}")
        if q not in d["text"]:
            err(f"{where}: quote not in {doc}: {quote}")


def canon(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    docs = load_docs()
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")

    # ---- documents
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    for name in docs:
        if name not in readme:
            err(f"README.md does not describe {name}")
    cjk = [n for n, d in docs.items() if re.search(r"[\u4e00-\u9fff]{20,}", d["text"])]
    if len(cjk) < 3:
        err(f"need >= 3 Chinese documents, found {cjk}")
    trad_marks, simp_marks = set("與為於據將億萬體們實"), set("与为于据将亿万体们实")
    if not any(sum(c in trad_marks for c in docs[n]["text"]) > 5 for n in cjk):
        err("no Traditional Chinese document")
    if not any(sum(c in simp_marks for c in docs[n]["text"]) > 5 for n in cjk):
        err("no Simplified Chinese document")
    if sum(n.endswith(".pdf") for n in docs) < 2:
        err("need >= 2 PDFs")

    # ---- aliases
    if not isinstance(aliases, dict):
        err("aliases.json must be an object")
        aliases = {}
    alltext = " ".join(d["text"] for d in docs.values())
    for key, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{key!r}] must be a list")
            continue
        for n in names:
            if norm(n) not in alltext:
                err(f"alias {n!r} of {key!r} occurs in no document")

    # ---- links
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    seen = set()
    pairs_partner = set()
    G = nx.DiGraph()
    edge_docs = {}
    for i, l in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if set(l) != fields:
            err(f"{where}: fields {sorted(l)} != {sorted(fields)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        if r not in RELATIONS:
            err(f"{where}: bad relation {r!r}")
        for c in (s, t):
            if c not in aliases:
                err(f"{where}: {c!r} not a key of aliases.json")
        if s == t:
            err(f"{where}: source == target")
        key = (l["doc"], s, r, t)
        if key in seen:
            err(f"{where}: duplicate {key}")
        seen.add(key)
        if r == "partners_with":
            pk = (l["doc"], frozenset((s, t)))
            if pk in pairs_partner:
                err(f"{where}: partners_with pair listed twice")
            pairs_partner.add(pk)
        if r in ("partners_with", "subsidiary_of"):
            exp = (None, None)
        elif r == "supplies":
            exp = (t, s)
        else:
            exp = (s, t)
        if (l["payer"], l["payee"]) != exp:
            err(f"{where}: payer/payee {(l['payer'], l['payee'])} should be {exp}")
        amt = l["amount"]
        if amt is not None and (not isinstance(amt, str) or norm(amt) not in norm(l["quote"])):
            err(f"{where}: amount {amt!r} not in quote")
        quote_in_doc(docs, l["doc"], l["page"], l["quote"], where)
        if exp[0] is not None:
            G.add_edge(exp[0], exp[1])
            edge_docs.setdefault((exp[0], exp[1]), set()).add(l["doc"])
    rels = {l.get("relation") for l in links}
    if rels != RELATIONS:
        err(f"relations missing: {sorted(RELATIONS - rels)}")
    if not 60 <= len(links) <= 75:
        err(f"expected 60-75 links, found {len(links)}")

    # ---- non-links
    nfields = {"doc", "quote", "companies", "page"}
    link_quotes = {(l.get("doc"), norm(l.get("quote", ""))) for l in links}
    for i, n in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if set(n) != nfields:
            err(f"{where}: fields {sorted(n)} != {sorted(nfields)}")
            continue
        comps = n["companies"]
        if not isinstance(comps, list) or len(set(comps)) < 2:
            err(f"{where}: needs >= 2 distinct companies")
        for c in comps:
            if c not in aliases:
                err(f"{where}: {c!r} not a key of aliases.json")
        if (n["doc"], norm(n["quote"])) in link_quotes:
            err(f"{where}: quote is also a link quote")
        quote_in_doc(docs, n["doc"], n["page"], n["quote"], where)
    if len(non_links) < 20:
        err(f"expected >= 20 non_links, found {len(non_links)}")

    # ---- loops
    cycles = {canon(c) for c in nx.simple_cycles(G)}
    declared = set()
    for j, loop in enumerate(loops, 1):
        if not isinstance(loop, list) or len(loop) < 2:
            err(f"loops.json[{j}]: not a list of >= 2 names")
            continue
        declared.add(canon(loop))
        docs_in_loop = set()
        for a, b in zip(loop, loop[1:] + loop[:1]):
            if not G.has_edge(a, b):
                err(f"loops.json[{j}]: {a} -> {b} is not a payer -> payee pair")
            else:
                docs_in_loop |= edge_docs[(a, b)]
        if len(docs_in_loop) < 2:
            err(f"loops.json[{j}]: spans only {sorted(docs_in_loop)}")
    if len(declared) != len(loops):
        err("loops.json lists a cycle twice")
    for c in sorted(cycles - declared):
        err(f"undeclared cycle in payer->payee graph: {' -> '.join(c)}")
    for c in sorted(declared - cycles):
        err(f"declared loop is not a simple cycle: {' -> '.join(c)}")

    print(f"documents: {len(docs)}  links: {len(links)}  non_links: {len(non_links)}  "
          f"loops: {len(loops)} (graph cycles: {len(cycles)})")
    if errors:
        print(f"FAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
