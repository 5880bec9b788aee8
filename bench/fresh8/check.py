"""Consistency check for this evaluation set.

Run with: /work/main/.venv/bin/python check.py

Verifies that
  * every quote in links.jsonl / non_links.jsonl occurs in its document
    (HTML: visible text with entities decoded; PDF: pypdf text of the given page;
    .md/.txt: raw text, markdown table rows also as cells joined by single spaces;
    all after whitespace normalisation),
  * every source/target (and every non-link company) is a key of aliases.json,
    and every alias occurs in at least one document,
  * relation, payer/payee, amount and page follow the conventions of FORMAT.md,
  * no (doc, source, relation, target) is repeated and partners_with is listed once,
  * loops.json equals the set of simple cycles of the payer -> payee graph and every
    loop spans more than one document.
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
DOC_EXT = (".html", ".pdf", ".md", ".txt")
NOT_DOCS = {"README.md"}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class VisibleText(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("br", "p", "div", "li", "h1", "h2", "h3", "tr", "td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "tr", "td", "th"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def md_variants(raw):
    """Raw text plus a version where markdown table rows become cells joined by spaces."""
    lines = []
    for line in raw.splitlines():
        st = line.strip()
        if st.startswith("|") and st.endswith("|"):
            cells = [c.strip() for c in st.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return [norm(raw), norm("\n".join(lines))]


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not name.endswith(DOC_EXT) or name in NOT_DOCS or name.startswith("_"):
            continue
        if name.endswith(".pdf"):
            reader = pypdf.PdfReader(path)
            docs[name] = {"pages": [norm(p.extract_text() or "") for p in reader.pages]}
        elif name.endswith(".html"):
            p = VisibleText()
            with open(path, encoding="utf-8") as f:
                p.feed(f.read())
            docs[name] = {"texts": [norm("".join(p.parts))]}
        else:
            with open(path, encoding="utf-8") as f:
                docs[name] = {"texts": md_variants(f.read())}
    return docs


def quote_found(docs, doc, quote, page, where):
    if doc not in docs:
        err(f"{where}: unknown doc {doc!r}")
        return
    d = docs[doc]
    q = norm(quote)
    if "pages" in d:
        if not isinstance(page, int) or not 1 <= page <= len(d["pages"]):
            err(f"{where}: PDF quote needs a valid 1-based page, got {page!r}")
            return
        if q not in d["pages"][page - 1]:
            other = [i + 1 for i, t in enumerate(d["pages"]) if q in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {other}): {quote!r}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF {doc}")
        if not any(q in t for t in d["texts"]):
            err(f"{where}: quote not found in {doc}: {quote!r}")


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                rows.append((i, json.loads(line)))
    return rows


def main():
    docs = load_docs()
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")

    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)
    all_text = " ".join(t for d in docs.values() for t in d.get("texts", []) + d.get("pages", []))
    for key, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{key!r}] must be a list")
            continue
        for n in names:
            if norm(n) not in all_text:
                err(f"alias {n!r} (of {key!r}) does not occur in any document")

    links = read_jsonl("links.jsonl")
    fields = ["doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"]
    seen = set()
    partner_pairs = {}
    used_keys = set()
    for i, r in links:
        where = f"links.jsonl:{i}"
        if sorted(r) != sorted(fields):
            err(f"{where}: fields {sorted(r)}")
            continue
        s, rel, t = r["source"], r["relation"], r["target"]
        for who in (s, t):
            if who not in aliases:
                err(f"{where}: {who!r} is not a key of aliases.json")
            used_keys.add(who)
        if s == t:
            err(f"{where}: source equals target")
        if rel not in RELATIONS:
            err(f"{where}: bad relation {rel!r}")
        if rel == "supplies":
            want = (t, s)
        elif rel in SOURCE_PAYS:
            want = (s, t)
        else:
            want = (None, None)
        if (r["payer"], r["payee"]) != want:
            err(f"{where}: payer/payee {(r['payer'], r['payee'])} should be {want}")
        if r["amount"] is not None and r["amount"] not in r["quote"]:
            err(f"{where}: amount {r['amount']!r} not written in the quote")
        key = (r["doc"], s, rel, t)
        if key in seen:
            err(f"{where}: duplicate {key}")
        seen.add(key)
        if rel == "partners_with":
            pk = (r["doc"], frozenset((s, t)))
            if pk in partner_pairs:
                err(f"{where}: partners_with listed twice for {sorted((s, t))}")
            partner_pairs[pk] = i
        quote_found(docs, r["doc"], r["quote"], r["page"], where)

    non_links = read_jsonl("non_links.jsonl")
    for i, r in non_links:
        where = f"non_links.jsonl:{i}"
        if sorted(r) != sorted(["doc", "quote", "companies", "page"]):
            err(f"{where}: fields {sorted(r)}")
            continue
        if len(set(r["companies"])) < 2:
            err(f"{where}: a non-link needs two or more companies")
        for c in r["companies"]:
            if c not in aliases:
                err(f"{where}: {c!r} is not a key of aliases.json")
        quote_found(docs, r["doc"], r["quote"], r["page"], where)
        for _, lk in links:
            if lk["doc"] == r["doc"] and norm(lk["quote"]) == norm(r["quote"]):
                err(f"{where}: the same sentence is also a link quote")

    unused = set(aliases) - used_keys - {c for _, r in non_links for c in r["companies"]}
    if unused:
        err(f"aliases keys used nowhere: {sorted(unused)}")

    # money graph and loops
    g = nx.DiGraph()
    edge_docs = {}
    for _, r in links:
        if r["payer"] is not None:
            g.add_edge(r["payer"], r["payee"])
            edge_docs.setdefault((r["payer"], r["payee"]), set()).add(r["doc"])

    def canon(cycle):
        k = min(range(len(cycle)), key=lambda j: cycle[j])
        return tuple(cycle[k:] + cycle[:k])

    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)
    declared = [canon(list(c)) for c in loops]
    if len(set(declared)) != len(declared):
        err("loops.json contains a loop twice")
    actual = {canon(list(c)) for c in nx.simple_cycles(g)}
    if set(declared) != actual:
        err(f"loops.json differs from simple cycles: missing {sorted(actual - set(declared))}, "
            f"extra {sorted(set(declared) - actual)}")
    for c in loops:
        pairs = list(zip(c, c[1:] + c[:1]))
        dset = set()
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {c}: {p[0]} -> {p[1]} is not a payer -> payee pair")
            else:
                dset |= edge_docs[p]
        if len(dset) < 2:
            err(f"loop {c} does not span more than one document")

    print(f"documents: {len(docs)}  links: {len(links)}  non-links: {len(non_links)}  "
          f"loops: {len(loops)}  aliases: {len(aliases)}")
    if errors:
        print(f"FAILED with {len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
