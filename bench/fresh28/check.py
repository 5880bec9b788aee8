"""Consistency checks for this evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and prints the problems if any check fails.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_EXT = (".md", ".txt", ".html", ".pdf")
ANSWER_FILES = {"README.md"}
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3",
             "h4", "h5", "h6", "hr", "title", "body", "html", "head", "section"}
    HIDDEN = {"script", "style", "head", "title"}

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


def md_table_rows(text):
    """Markdown table rows as cells joined by single spaces (separator rows dropped)."""
    rows = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            rows.append(" ".join(cells))
    return rows


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not name.endswith(DOC_EXT) or name in ANSWER_FILES:
            continue
        if name.endswith(".pdf"):
            docs[name] = {"pages": [norm(p.extract_text() or "") for p in PdfReader(path).pages]}
        elif name.endswith(".html"):
            parser = VisibleText()
            parser.feed(open(path, encoding="utf-8").read())
            docs[name] = {"text": [norm("".join(parser.parts))]}
        else:
            raw = open(path, encoding="utf-8").read()
            variants = [norm(raw)]
            if name.endswith(".md"):
                variants.append("\n".join(norm(r) for r in md_table_rows(raw)))
            docs[name] = {"text": variants}
    return docs


def quote_found(docs, doc, quote, page, where):
    if doc not in docs:
        err(f"{where}: unknown document {doc!r}")
        return
    q = norm(quote)
    d = docs[doc]
    if "pages" in d:
        if not isinstance(page, int) or not 1 <= page <= len(d["pages"]):
            err(f"{where}: PDF quote needs a valid 1-based page, got {page!r}")
            return
        if q not in d["pages"][page - 1]:
            other = [i + 1 for i, t in enumerate(d["pages"]) if q in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {other}): {quote!r}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF documents")
        if not any(q in t for t in d["text"]):
            err(f"{where}: quote not found in {doc}: {quote!r}")


def read_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i}: bad JSON ({e})")
    return out


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    docs = load_docs()
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")

    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    if not isinstance(aliases, dict) or not all(isinstance(v, list) for v in aliases.values()):
        err("aliases.json must map short names to lists")
    all_text = " ".join(" ".join(d.get("pages", d.get("text"))) for d in docs.values())
    for key, names in aliases.items():
        for alias in names:
            if alias not in all_text:
                err(f"aliases.json: alias {alias!r} of {key!r} does not occur in any document")

    links = read_jsonl("links.jsonl")
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    seen = set()
    graph = nx.DiGraph()
    edge_docs = {}
    for i, ln in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        if set(ln) != fields:
            err(f"{where}: fields {sorted(ln)} != {sorted(fields)}")
            continue
        s, r, t = ln["source"], ln["relation"], ln["target"]
        if r not in RELATIONS:
            err(f"{where}: bad relation {r!r}")
        for name in (s, t):
            if name not in aliases:
                err(f"{where}: {name!r} is not a key of aliases.json")
        if s == t:
            err(f"{where}: source equals target")
        if r in SOURCE_PAYS:
            exp = (s, t)
        elif r == "supplies":
            exp = (t, s)
        else:
            exp = (None, None)
        if (ln["payer"], ln["payee"]) != exp:
            err(f"{where}: payer/payee {ln['payer']!r}->{ln['payee']!r}, expected {exp}")
        key = (ln["doc"], s, r, t)
        if r == "partners_with" and (ln["doc"], t, r, s) in seen:
            err(f"{where}: symmetric partners_with listed twice")
        if key in seen:
            err(f"{where}: duplicate link {key}")
        seen.add(key)
        amt = ln["amount"]
        if amt is not None and amt not in ln["quote"]:
            err(f"{where}: amount {amt!r} not in quote")
        quote_found(docs, ln["doc"], ln["quote"], ln["page"], where)
        if exp[0] is not None:
            graph.add_edge(*exp)
            edge_docs.setdefault(exp, set()).add(ln["doc"])
    n_links = len(links)
    if not 60 <= n_links <= 75:
        err(f"{n_links} links; target is 60-75")
    docs_with_links = {ln["doc"] for ln in links}
    for d in docs:
        if d not in docs_with_links:
            err(f"document {d} has no links")

    non_links = read_jsonl("non_links.jsonl")
    for i, nl in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        if set(nl) != {"doc", "quote", "companies", "page"}:
            err(f"{where}: fields {sorted(nl)}")
            continue
        if len(set(nl["companies"])) < 2:
            err(f"{where}: needs two or more companies")
        for c in nl["companies"]:
            if c not in aliases:
                err(f"{where}: {c!r} is not a key of aliases.json")
        quote_found(docs, nl["doc"], nl["quote"], nl["page"], where)
        link_quotes = {(ln["doc"], norm(ln["quote"])) for ln in links}
        if (nl["doc"], norm(nl["quote"])) in link_quotes:
            err(f"{where}: quote is also used as a link quote")
    if len(non_links) < 20:
        err(f"only {len(non_links)} non_links; need 20+")

    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    stated = set()
    for j, loop in enumerate(loops, 1):
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        for a, b in pairs:
            if not graph.has_edge(a, b):
                err(f"loops.json #{j}: {a} -> {b} is not a payer->payee pair in links.jsonl")
        span = set().union(*(edge_docs.get(p, set()) for p in pairs))
        if len(span) < 2:
            err(f"loops.json #{j}: loop lies within a single document {span}")
        stated.add(canonical(list(loop)))
    actual = {canonical(c) for c in nx.simple_cycles(graph)}
    for c in sorted(actual - stated):
        err(f"cycle in payer->payee graph not listed in loops.json: {c}")
    for c in sorted(stated - actual):
        err(f"loops.json lists a loop that is not a simple cycle: {c}")
    if len(loops) != 5:
        err(f"{len(loops)} loops; expected exactly 5")

    if errors:
        print("FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {n_links} links, {len(loops)} loops, "
          f"{len(non_links)} non_links, {len(aliases)} companies in aliases.json")


if __name__ == "__main__":
    main()
