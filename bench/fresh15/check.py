"""Verify this evaluation set against FORMAT.md.

Run with: /work/main/.venv/bin/python check.py

Checks
- every document named in the answer files exists; there are 8 documents;
- links.jsonl: fields, relation names, payer/payee direction, amount occurs in the quote,
  page given exactly for PDFs, no duplicate (doc, source, relation, target), partners_with
  listed once per pair, source/target are keys of aliases.json;
- every quote (links and non_links) occurs in its document:
    * .md   - text with table rows turned into cells joined by single spaces;
    * .txt  - raw text;
    * .html - visible text, entities decoded, table cells joined by single spaces;
    * .pdf  - pypdf text of the given page;
  all after whitespace normalisation (runs of whitespace -> one space).  For PDFs only,
  a second, CJK-tolerant comparison also drops spaces next to CJK characters, because
  pypdf turns a line wrap inside a Chinese sentence into a line break; the number of
  quotes that need it is reported;
- non_links.jsonl: fields, >= 2 known companies, the quote is not also a link quote in the doc;
- aliases.json: every alias occurs in at least one document;
- loops.json: equals the set of simple cycles of the payer -> payee graph (networkx),
  consecutive pairs are payer -> payee pairs, and each loop's links come from more than one
  document.
"""
import html
import html.parser
import json
import os
import re
import sys

import networkx as nx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
ANSWER_FILES = {"links.jsonl", "non_links.jsonl", "loops.json", "aliases.json",
                "README.md", "check.py", "build_pdfs.py"}
CJK = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def norm_cjk(s):
    s = norm(s)
    s = re.sub(rf"(?<=[{CJK}]) (?=\S)", "", s)
    s = re.sub(rf"(?<=\S) (?=[{CJK}])", "", s)
    return s


class VisibleText(html.parser.HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "table", "h1", "h2", "h3", "h4", "li", "ul", "ol",
             "title", "body", "head", "html"}
    CELL = {"td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if tag in self.CELL:
            self.parts.append(" ")
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def md_text(raw):
    lines = []
    for line in raw.splitlines():
        st = line.strip()
        if st.startswith("|") and st.endswith("|"):
            cells = [c.strip() for c in st.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_docs(names):
    docs = {}
    for name in sorted(names):
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            err(f"missing document {name}")
            continue
        if name.endswith(".pdf"):
            pages = [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]
            docs[name] = {"pages": [norm(p) for p in pages],
                          "pages_cjk": [norm_cjk(p) for p in pages]}
        else:
            raw = open(path, encoding="utf-8").read()
            if name.endswith(".html"):
                parser = VisibleText()
                parser.feed(raw)
                text = html.unescape("".join(parser.parts))
            elif name.endswith(".md"):
                text = md_text(raw)
            else:
                text = raw
            docs[name] = {"text": norm(text)}
    return docs


cjk_needed = 0


def quote_found(docs, doc, quote, page, where):
    global cjk_needed
    d = docs.get(doc)
    if d is None:
        return
    q = norm(quote)
    if q != quote:
        err(f"{where}: quote has irregular whitespace")
    if "pages" in d:
        if not isinstance(page, int) or not 1 <= page <= len(d["pages"]):
            err(f"{where}: PDF quote needs a valid page, got {page!r}")
            return
        if q in d["pages"][page - 1]:
            return
        if norm_cjk(q) in d["pages_cjk"][page - 1]:
            cjk_needed += 1
            return
        other = [i + 1 for i, p in enumerate(d["pages_cjk"]) if norm_cjk(q) in p]
        err(f"{where}: quote not on page {page} of {doc}" + (f" (found on {other})" if other else "")
            + f": {quote[:70]}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF documents")
        if q not in d["text"]:
            err(f"{where}: quote not found in {doc}: {quote[:70]}")


def main():
    links = [json.loads(l) for l in open(os.path.join(HERE, "links.jsonl"), encoding="utf-8") if l.strip()]
    non_links = [json.loads(l) for l in open(os.path.join(HERE, "non_links.jsonl"), encoding="utf-8") if l.strip()]
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))

    doc_files = sorted(f for f in os.listdir(HERE)
                       if f not in ANSWER_FILES and os.path.splitext(f)[1] in (".md", ".txt", ".html", ".pdf"))
    if len(doc_files) != 8:
        err(f"expected 8 documents, found {len(doc_files)}: {doc_files}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")
    named = {l["doc"] for l in links} | {n["doc"] for n in non_links}
    for n in named - set(doc_files):
        err(f"answer files name unknown document {n}")
    docs = load_docs(set(doc_files) | named)

    # aliases
    if not isinstance(aliases, dict):
        err("aliases.json must be an object")
        aliases = {}
    all_text = " ".join(d.get("text", "") + " ".join(d.get("pages", [])) for d in docs.values())
    all_text_cjk = norm_cjk(all_text)
    for key, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{key}] must be a list")
            continue
        for a in names:
            if a not in all_text and norm_cjk(a) not in all_text_cjk:
                err(f"alias {a!r} of {key} occurs in no document")

    # links
    fields = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
    seen = set()
    partner_pairs = set()
    for i, l in enumerate(links, 1):
        where = f"links.jsonl line {i}"
        if set(l) != fields:
            err(f"{where}: fields {sorted(l)}")
            continue
        s, r, t = l["source"], l["relation"], l["target"]
        if r not in RELATIONS:
            err(f"{where}: bad relation {r}")
        for name in (s, t):
            if name not in aliases:
                err(f"{where}: {name} not a key of aliases.json")
        if s == t:
            err(f"{where}: source equals target")
        if r == "supplies":
            exp = (t, s)
        elif r in SOURCE_PAYS:
            exp = (s, t)
        else:
            exp = (None, None)
        if (l["payer"], l["payee"]) != exp:
            err(f"{where}: payer/payee {l['payer']}/{l['payee']} should be {exp}")
        if l["amount"] is not None and l["amount"] not in l["quote"]:
            err(f"{where}: amount {l['amount']!r} not in quote")
        key = (l["doc"], s, r, t)
        if key in seen:
            err(f"{where}: duplicate {key}")
        seen.add(key)
        if r == "partners_with":
            pk = (l["doc"], frozenset((s, t)))
            if pk in partner_pairs:
                err(f"{where}: partners_with listed twice")
            partner_pairs.add(pk)
        quote_found(docs, l["doc"], l["quote"], l["page"], where)

    # non_links
    link_quotes = {(l["doc"], norm(l["quote"])) for l in links}
    for i, n in enumerate(non_links, 1):
        where = f"non_links.jsonl line {i}"
        if set(n) != {"doc", "quote", "companies", "page"}:
            err(f"{where}: fields {sorted(n)}")
            continue
        if len(set(n["companies"])) < 2:
            err(f"{where}: needs two or more companies")
        for c in n["companies"]:
            if c not in aliases:
                err(f"{where}: {c} not a key of aliases.json")
        if (n["doc"], norm(n["quote"])) in link_quotes:
            err(f"{where}: quote is also a link quote")
        quote_found(docs, n["doc"], n["quote"], n["page"], where)

    used = {l["source"] for l in links} | {l["target"] for l in links} | \
           {c for n in non_links for c in n["companies"]}
    for k in set(aliases) - used:
        err(f"aliases.json key {k} is not used in links or non_links")

    # loops
    g = nx.DiGraph()
    edge_docs = {}
    for l in links:
        if l["payer"] is None:
            continue
        g.add_edge(l["payer"], l["payee"])
        edge_docs.setdefault((l["payer"], l["payee"]), set()).add(l["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    cycles = {canon(list(c)) for c in nx.simple_cycles(g)}
    given = [canon(list(c)) for c in loops]
    if len(given) != len(set(given)):
        err("loops.json has duplicate loops")
    if set(given) != cycles:
        err(f"loops.json differs from simple cycles: missing {sorted(cycles - set(given))}, "
            f"extra {sorted(set(given) - cycles)}")
    for loop in loops:
        pairs = list(zip(loop, loop[1:] + loop[:1]))
        ldocs = set()
        for p in pairs:
            if p not in edge_docs:
                err(f"loop {loop}: {p} is not a payer->payee pair")
            else:
                ldocs |= edge_docs[p]
        if len(ldocs) < 2:
            err(f"loop {loop} does not span more than one document")

    rels = {l["relation"] for l in links}
    print(f"documents: {len(doc_files)}")
    print(f"links: {len(links)} (relations: {len(rels)}/7)")
    print(f"non_links: {len(non_links)}")
    print(f"loops: {len(loops)} (simple cycles in graph: {len(cycles)})")
    print(f"aliases: {len(aliases)}")
    print(f"PDF quotes matched only with CJK line-wrap tolerance: {cjk_needed}")
    if RELATIONS - rels:
        err(f"relations not covered: {sorted(RELATIONS - rels)}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
