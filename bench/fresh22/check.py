"""Validate this evaluation set.

Run: /work/main/.venv/bin/python check.py

Checks
- 8 documents (.md/.txt/.html/.pdf, README.md excluded), all referenced by the answer files.
- links.jsonl: fields, relation names, payer/payee rule, amount occurs in quote, page rules,
  quote occurs in its document (PDF: on the given page, pypdf text, whitespace collapsed;
  HTML: visible text with entities decoded), no duplicate (doc, source, relation, target),
  partners_with listed once per pair and document, all seven relations present.
- non_links.jsonl: fields, quote occurs in its document/page, >= 2 companies, quote is not
  also a link quote in the same document.
- aliases.json covers every short name used; every alias and short name is used somewhere;
  no alias belongs to two companies; each company in a (non-)link is named in that document.
- loops.json equals the set of simple cycles (networkx) of the payer -> payee graph, each
  loop's consecutive pairs are payer -> payee pairs, and no loop lies inside one document.
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
SOURCE_PAYS = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
DOC_EXT = (".md", ".txt", ".html", ".pdf")
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class _Visible(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6",
             "table", "hr", "title", "ul", "ol", "section", "article"}
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_doc(name):
    path = os.path.join(HERE, name)
    if name.endswith(".pdf"):
        return [norm(p.extract_text() or "") for p in PdfReader(path).pages]
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if name.endswith(".html"):
        v = _Visible()
        v.feed(raw)
        return [norm("".join(v.parts))]
    return [norm(raw)]


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


def main():
    docs = sorted(f for f in os.listdir(HERE) if f.endswith(DOC_EXT) and f != "README.md")
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {docs}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")
    texts = {d: load_doc(d) for d in docs}

    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
        loops = json.load(f)
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
        aliases = json.load(f)

    def quote_ok(where, doc, quote, page):
        if doc not in texts:
            err(f"{where}: unknown doc {doc}")
            return
        q = norm(quote)
        if doc.endswith(".pdf"):
            if not isinstance(page, int) or not 1 <= page <= len(texts[doc]):
                err(f"{where}: PDF needs a valid page, got {page!r}")
                return
            if q not in texts[doc][page - 1]:
                found = [i + 1 for i, t in enumerate(texts[doc]) if q in t]
                err(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote[:70]}")
        else:
            if page is not None:
                err(f"{where}: page must be null for non-PDF")
            if q not in texts[doc][0]:
                err(f"{where}: quote not found in {doc}: {quote[:70]}")

    # ---- links
    keys = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    seen, pairs, used_names = set(), set(), set()
    link_quotes = {}
    for i, l in enumerate(links, 1):
        w = f"links.jsonl:{i}"
        if set(l) != keys:
            err(f"{w}: fields {sorted(l)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        used_names.update([s, t])
        if r not in RELATIONS:
            err(f"{w}: bad relation {r}")
        if s == t:
            err(f"{w}: source == target")
        if r in SOURCE_PAYS:
            exp = (s, t)
        elif r == "supplies":
            exp = (t, s)
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{w}: payer/payee {l['payer']}->{l['payee']} should be {exp}")
        if l["amount"] is not None and norm(l["amount"]) not in norm(l["quote"]):
            err(f"{w}: amount {l['amount']} not in quote")
        if r in ("partners_with", "subsidiary_of") and l["amount"] is not None:
            err(f"{w}: {r} should carry no amount")
        k = (l["doc"], s, r, t)
        if k in seen:
            err(f"{w}: duplicate {k}")
        seen.add(k)
        if r == "partners_with":
            pk = (l["doc"], frozenset((s, t)))
            if pk in pairs:
                err(f"{w}: partners_with pair listed twice in {l['doc']}")
            pairs.add(pk)
        quote_ok(w, l["doc"], l["quote"], l["page"])
        link_quotes.setdefault(l["doc"], set()).add(norm(l["quote"]))
    missing_rel = RELATIONS - {l.get("relation") for l in links}
    if missing_rel:
        err(f"relations not covered: {sorted(missing_rel)}")

    # ---- non-links
    for i, n in enumerate(non_links, 1):
        w = f"non_links.jsonl:{i}"
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"{w}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{w}: needs >= 2 companies")
        used_names.update(n["companies"])
        quote_ok(w, n["doc"], n["quote"], n["page"])
        if norm(n["quote"]) in link_quotes.get(n["doc"], set()):
            err(f"{w}: quote is also a link quote")

    # ---- aliases
    owner = {}
    for k, v in aliases.items():
        if not isinstance(v, list) or not all(isinstance(a, str) and a for a in v):
            err(f"aliases[{k}] must be a list of strings")
            continue
        for a in v:
            if a in owner and owner[a] != k:
                err(f"alias {a!r} used for both {owner[a]} and {k}")
            owner[a] = k
    for name in sorted(used_names - set(aliases)):
        err(f"short name {name!r} missing from aliases.json")
    for name in sorted(set(aliases) - used_names):
        err(f"aliases.json key {name!r} is not used in links or non_links")
    alltext = " ".join(" ".join(t) for t in texts.values())
    for k, v in aliases.items():
        for a in v:
            if norm(a) not in alltext:
                err(f"alias {a!r} of {k} does not occur in any document")

    def named_in(name, doc):
        t = " ".join(texts.get(doc, []))
        return any(norm(x) in t for x in [name] + aliases.get(name, []))

    for l in links:
        for c in (l["source"], l["target"]):
            if not named_in(c, l["doc"]):
                err(f"{c} is not named in {l['doc']}")
    for n in non_links:
        for c in n["companies"]:
            if not named_in(c, n["doc"]):
                err(f"{c} is not named in {n['doc']}")

    # ---- loops
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] and l["payee"]:
            g.add_edge(l["payer"], l["payee"])
            edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(c):
        i = c.index(min(c))
        return tuple(c[i:] + c[:i])

    cycles = {canon(list(c)) for c in nx.simple_cycles(g)}
    declared = set()
    for c in loops:
        cc = canon(list(c))
        if cc in declared:
            err(f"loop listed twice: {c}")
        declared.add(cc)
        for a, b in zip(c, c[1:] + c[:1]):
            if not g.has_edge(a, b):
                err(f"loop {c}: {a} -> {b} is not a payer -> payee pair")
        docs_per_edge = [edge_docs.get((a, b), set()) for a, b in zip(c, c[1:] + c[:1])]
        common = set.intersection(*docs_per_edge) if docs_per_edge else set()
        if common:
            err(f"loop {c} lies entirely inside {sorted(common)}")
    if cycles != declared:
        err(f"loops.json differs from simple cycles: missing {sorted(cycles - declared)}, "
            f"extra {sorted(declared - cycles)}")

    print(f"documents={len(docs)} links={len(links)} non_links={len(non_links)} loops={len(loops)} "
          f"companies={len(aliases)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAIL ({len(errors)} errors)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
