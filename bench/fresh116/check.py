"""Validate the fresh116 evaluation set.

Run with /work/main/.venv/bin/python check.py
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
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount",
               "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_RE = re.compile(r"^0[1-8]_[A-Za-z0-9]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
CJK = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d\u25cf]"

errors = []


def err(msg):
    errors.append(msg)


def normalise(text):
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?<=%s) " % CJK, "", text)
    text = re.sub(r" (?=%s)" % CJK, "", text)
    return text


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of_markdown(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line.replace("**", ""))
    return "\n".join(lines)


def load_docs():
    docs = {}
    for name in sorted(os.listdir(HERE)):
        if not re.match(r"^\d\d_", name):
            continue
        if not DOC_RE.match(name):
            err("bad document file name: %s" % name)
        path = os.path.join(HERE, name)
        if name.endswith(".pdf"):
            reader = PdfReader(path)
            docs[name] = [normalise(p.extract_text() or "") for p in reader.pages]
        elif name.endswith(".html"):
            parser = VisibleText()
            with open(path, encoding="utf-8") as fh:
                parser.feed(fh.read())
            docs[name] = normalise(html.unescape("".join(parser.parts)))
        else:
            with open(path, encoding="utf-8") as fh:
                docs[name] = normalise(text_of_markdown(fh.read()))
    if len(docs) != 8:
        err("expected 8 documents, found %d" % len(docs))
    return docs


def read_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    err("%s line %d: %s" % (name, i, exc))
    return rows


def check_quote(docs, where, doc, quote, page):
    if doc not in docs:
        err("%s: unknown doc %s" % (where, doc))
        return
    is_pdf = doc.endswith(".pdf")
    if is_pdf:
        if not isinstance(page, int) or not 1 <= page <= len(docs[doc]):
            err("%s: PDF needs a valid page, got %r" % (where, page))
            return
        text = docs[doc][page - 1]
    else:
        if page is not None:
            err("%s: page must be null for non-PDF" % where)
        text = docs[doc]
    if normalise(quote) not in text:
        err("%s: quote not found in %s%s: %s" % (
            where, doc, " p%s" % page if is_pdf else "", quote[:90]))


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    docs = load_docs()
    with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as fh:
        aliases = json.load(fh)
    all_text = " ".join(" ".join(t) if isinstance(t, list) else t for t in docs.values())
    for short, names in aliases.items():
        if not names:
            err("aliases: %s has no names" % short)
        for name in names:
            if normalise(name) not in all_text:
                err("aliases: %s name %r not found in any document" % (short, name))

    links = read_jsonl("links.jsonl")
    seen = set()
    pairs = set()
    edges_by_doc = {}
    graph = nx.DiGraph()
    for i, link in enumerate(links, 1):
        where = "links.jsonl line %d" % i
        if set(link) != LINK_FIELDS:
            err("%s: fields %s" % (where, sorted(link)))
            continue
        rel, src, tgt = link["relation"], link["source"], link["target"]
        if rel not in RELATIONS:
            err("%s: bad relation %s" % (where, rel))
        for key in ("source", "target"):
            if link[key] not in aliases:
                err("%s: %s %r not in aliases.json" % (where, key, link[key]))
        if src == tgt:
            err("%s: source equals target" % where)
        if rel in NO_MONEY:
            expected = (None, None)
        elif rel in SOURCE_PAYS:
            expected = (src, tgt)
        else:
            expected = (tgt, src)
        if (link["payer"], link["payee"]) != expected:
            err("%s: payer/payee should be %s" % (where, expected))
        amount = link["amount"]
        if amount is not None:
            if "%" in amount:
                err("%s: percentage used as amount" % where)
            if amount not in link["quote"]:
                err("%s: amount %r not in quote" % (where, amount))
        key = (link["doc"], src, rel, tgt)
        if key in seen:
            err("%s: duplicate %s" % (where, key))
        seen.add(key)
        if rel == "partners_with":
            pair = frozenset((src, tgt))
            if pair in pairs:
                err("%s: partners_with pair repeated" % where)
            pairs.add(pair)
        check_quote(docs, where, link["doc"], link["quote"], link["page"])
        if link["payer"] and link["payee"]:
            graph.add_edge(link["payer"], link["payee"])
            edges_by_doc.setdefault(link["doc"], set()).add((link["payer"], link["payee"]))
    if not 60 <= len(links) <= 75:
        err("links: %d, expected 60-75" % len(links))

    non_links = read_jsonl("non_links.jsonl")
    for i, row in enumerate(non_links, 1):
        where = "non_links.jsonl line %d" % i
        if set(row) != NON_LINK_FIELDS:
            err("%s: fields %s" % (where, sorted(row)))
            continue
        if len(set(row["companies"])) < 2:
            err("%s: needs at least two companies" % where)
        for name in row["companies"]:
            if name not in aliases:
                err("%s: company %r not in aliases.json" % (where, name))
        check_quote(docs, where, row["doc"], row["quote"], row["page"])
    if not 20 <= len(non_links) <= 26:
        err("non_links: %d, expected 20-26" % len(non_links))

    with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as fh:
        loops = json.load(fh)
    found = {canonical(c) for c in nx.simple_cycles(graph)}
    given = {canonical(c) for c in loops}
    if len(given) != len(loops):
        err("loops.json has duplicates")
    for cyc in sorted(found - given):
        err("cycle missing from loops.json: %s" % list(cyc))
    for cyc in sorted(given - found):
        err("loop in loops.json is not a cycle of the graph: %s" % list(cyc))
    for cyc in given:
        if not 2 <= len(cyc) <= 4:
            err("loop length out of range: %s" % list(cyc))
        cyc_edges = {(cyc[k], cyc[(k + 1) % len(cyc)]) for k in range(len(cyc))}
        for doc, edges in edges_by_doc.items():
            if cyc_edges <= edges:
                err("loop %s lies inside %s" % (list(cyc), doc))

    print("documents: %d, links: %d, non-links: %d, loops: %d" % (
        len(docs), len(links), len(non_links), len(loops)))
    if errors:
        for msg in errors:
            print("ERROR:", msg)
        sys.exit(1)
    print("OK: no errors")


if __name__ == "__main__":
    main()
