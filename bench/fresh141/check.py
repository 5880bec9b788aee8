"""Validate the fresh141 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Prints every problem found and exits with status 1 if there is any, 0 otherwise.
"""

import json
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdfium2 as pdfium
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
RELATIONS = SOURCE_PAYS | NO_MONEY | {"supplies"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page",
             "quote"}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026"
SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{CJK}]) | (?=[{CJK}])")
BLOCK_TAGS = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2",
              "h3", "h4", "h5", "h6", "header", "footer", "nav", "article", "section",
              "hr", "title", "body", "html"}
HIDDEN_TAGS = {"head", "script", "style"}

errors = []


def error(msg):
    errors.append(msg)


def norm(text):
    """Whitespace normalisation.

    Runs of whitespace become one space, and no space is kept next to a CJK character.
    """
    text = re.sub(r"\s+", " ", text).strip()
    return SPACE_NEXT_TO_CJK.sub("", text)


class VisibleText(HTMLParser):
    """Visible text of an HTML page: entities decoded, blocks and cells spaced."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden -= 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def markdown_text(raw):
    """Visible text of a Markdown file.

    Emphasis and heading marks are removed; table cells are joined by single spaces.
    """
    out = []
    for line in raw.splitlines():
        s = line.strip()
        if re.fullmatch(r"\|?[\s:|-]+\|?", s) and "-" in s:
            continue
        if s.startswith("|"):
            s = " ".join(c.strip() for c in s.strip("|").split("|"))
        s = re.sub(r"^#+\s*", "", s)
        s = re.sub(r"^[-*]\s+", "", s)
        s = s.replace("**", "").replace("__", "")
        s = re.sub(r"(?<!\w)\*(\S[^*]*?)\*(?!\w)", r"\1", s)
        out.append(s)
    return "\n".join(out)


def load_documents():
    pattern = re.compile(r"^0[1-8]_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
    docs = sorted(p for p in HERE.iterdir() if pattern.match(p.name))
    if [p.name[:2] for p in docs] != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected 8 documents numbered 01-08, found {[p.name for p in docs]}")
    texts = {}
    for path in docs:
        if path.suffix == ".pdf":
            pages = PdfReader(str(path)).pages
            texts[path.name] = [norm(page.extract_text() or "") for page in pages]
        elif path.suffix == ".html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            texts[path.name] = norm("".join(parser.parts))
        elif path.suffix == ".md":
            texts[path.name] = norm(markdown_text(path.read_text(encoding="utf-8")))
        else:
            texts[path.name] = norm(path.read_text(encoding="utf-8"))
    return docs, texts


def check_pdf_text_on_page(docs):
    for path in docs:
        if path.suffix != ".pdf":
            continue
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            textpage = pdf[i].get_textpage()
            seen = re.sub(r"\s+", " ", textpage.get_text_bounded()).strip()
            full = re.sub(r"\s+", " ", textpage.get_text_range()).strip()
            if seen != full:
                error(f"{path.name} page {i + 1}: text drawn outside the page "
                      f"(bounded {len(seen)} vs {len(full)} chars)")
        pdf.close()


def check_quote(kind, n, rec, texts):
    doc, quote, page = rec.get("doc"), rec.get("quote"), rec.get("page")
    if doc not in texts:
        error(f"{kind} {n}: unknown doc {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        error(f"{kind} {n}: empty quote")
        return
    if doc.endswith(".pdf"):
        pages = texts[doc]
        if type(page) is not int or not 1 <= page <= len(pages):
            error(f"{kind} {n}: PDF page must be in 1..{len(pages)}: {page!r}")
            return
        if norm(quote) not in pages[page - 1]:
            found = [i + 1 for i, t in enumerate(pages) if norm(quote) in t]
            error(f"{kind} {n}: quote not on page {page} of {doc} (found on {found}): "
                  f"{quote[:70]!r}")
    else:
        if page is not None:
            error(f"{kind} {n}: page must be null for non-PDF {doc}")
        if norm(quote) not in texts[doc]:
            error(f"{kind} {n}: quote not found in {doc}: {quote[:70]!r}")


def read_jsonl(name):
    rows = []
    for i, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name} line {i}: invalid JSON ({exc})")
    return rows


def check_links(links, aliases, texts):
    seen = set()
    for n, rec in enumerate(links, 1):
        if set(rec) != LINK_KEYS:
            error(f"link {n}: keys {sorted(rec)} differ from {sorted(LINK_KEYS)}")
            continue
        src, rel, tgt = rec["source"], rec["relation"], rec["target"]
        if rel not in RELATIONS:
            error(f"link {n}: unknown relation {rel!r}")
        for role in ("source", "target"):
            if rec[role] not in aliases:
                error(f"link {n}: {role} {rec[role]!r} is not a key of aliases.json")
        if src == tgt:
            error(f"link {n}: source equals target")
        if rel in NO_MONEY:
            want = (None, None)
        elif rel == "supplies":
            want = (tgt, src)
        else:
            want = (src, tgt)
        if (rec["payer"], rec["payee"]) != want:
            error(f"link {n}: payer/payee {rec['payer']!r}/{rec['payee']!r} "
                  f"should be {want[0]!r}/{want[1]!r}")
        amount = rec["amount"]
        if amount is not None:
            if rel in NO_MONEY:
                error(f"link {n}: {rel} carries no amount")
            if not isinstance(amount, str) or amount not in rec["quote"]:
                error(f"link {n}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[\d.,\s]*%|[\d.,\s]*per cent", amount):
                error(f"link {n}: a percentage is not an amount: {amount!r}")
        key = (rec["doc"], src, rel, tgt)
        if key in seen:
            error(f"link {n}: duplicate ({src}, {rel}, {tgt}) in {rec['doc']}")
        seen.add(key)
        check_quote("link", n, rec, texts)
    pairs = defaultdict(int)
    for rec in links:
        if rec.get("relation") == "partners_with":
            pairs[(rec["doc"], frozenset((rec["source"], rec["target"])))] += 1
    for (doc, pair), count in pairs.items():
        if count > 1:
            error(f"partners_with listed {count} times for {sorted(pair)} in {doc}")
    subsidiaries = {r["source"] for r in links if r.get("relation") == "subsidiary_of"}
    parents = defaultdict(set)
    for rec in links:
        if rec.get("relation") == "subsidiary_of":
            parents[(rec["doc"], rec["source"])].add(rec["target"])
    for rec in links:
        if rec.get("source") in subsidiaries and rec.get("relation") != "subsidiary_of":
            if not parents.get((rec["doc"], rec["source"])):
                error(f"{rec['source']} acts in {rec['doc']} but its "
                      "subsidiary_of link is not listed there")
    return parents

def check_non_links(non_links, aliases, texts):
    for n, rec in enumerate(non_links, 1):
        if set(rec) != NON_LINK_KEYS:
            error(f"non-link {n}: keys {sorted(rec)} differ from "
                  f"{sorted(NON_LINK_KEYS)}")
            continue
        companies = rec["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"non-link {n}: needs at least two distinct companies")
        for name in companies:
            if name not in aliases:
                error(f"non-link {n}: company {name!r} is not a key of aliases.json")
        check_quote("non-link", n, rec, texts)


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def check_loops(links, loops):
    graph = nx.DiGraph()
    doc_edges = defaultdict(set)
    for rec in links:
        if rec.get("payer") and rec.get("payee"):
            graph.add_edge(rec["payer"], rec["payee"])
            doc_edges[rec["doc"]].add((rec["payer"], rec["payee"]))
    expected = {canonical(c) for c in nx.simple_cycles(graph)}
    if not isinstance(loops, list) or not all(isinstance(x, list) and x for x in loops):
        error("loops.json must be a list of non-empty lists")
        return
    given = [canonical(lp) for lp in loops]
    if len(set(given)) != len(given):
        error("loops.json contains a loop twice")
    if set(given) != expected:
        error("loops.json differs from the simple cycles: "
              f"missing {sorted(expected - set(given))}, "
              f"extra {sorted(set(given) - expected)}")
    if len(given) != 5:
        error(f"expected 5 money loops, found {len(given)}")
    for cycle in given:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)} (allowed 2-4)")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, have in doc_edges.items():
            if edges <= have:
                error(f"loop {cycle} lies inside one document: {doc}")


def check_aliases(aliases, docs):
    if not isinstance(aliases, dict):
        error("aliases.json must be an object")
        return
    owner = {}
    corpus = ""
    for path in docs:
        if path.suffix == ".pdf":
            pages = PdfReader(str(path)).pages
            corpus += "".join(page.extract_text() or "" for page in pages)
        else:
            raw = path.read_text(encoding="utf-8")
            if path.suffix == ".html":
                parser = VisibleText()
                parser.feed(raw)
                raw = "".join(parser.parts)
            corpus += raw
    corpus = re.sub(r"\s+", "", corpus)
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases[{short!r}] must be a non-empty list")
            continue
        for name in names:
            if name in owner and owner[name] != short:
                error(f"alias {name!r} belongs to both {owner[name]!r} and {short!r}")
            owner[name] = short
            if re.sub(r"\s+", "", name) not in corpus:
                error(f"alias {name!r} of {short!r} does not occur in any document")


def main():
    docs, texts = load_documents()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))

    check_aliases(aliases, docs)
    parents = check_links(links, aliases, texts)
    check_non_links(non_links, aliases, texts)
    check_loops(links, loops)
    check_pdf_text_on_page(docs)

    if not 60 <= len(links) <= 75:
        error(f"{len(links)} links (want 60-75)")
    if not 20 <= len(non_links) <= 26:
        error(f"{len(non_links)} non-links (want 20-26)")
    if sum(p.suffix == ".pdf" for p in docs) < 3:
        error("fewer than 3 PDF documents")
    chinese = []
    for path in docs:
        text = texts[path.name]
        pages = text if isinstance(text, list) else [text]
        if any(re.search(f"[{CJK}]{{20,}}", t) for t in pages):
            chinese.append(path)
    if len(chinese) < 2:
        error("fewer than 2 Chinese documents")
    docs_with_links = {r.get("doc") for r in links}
    for path in docs:
        if path.name not in docs_with_links:
            error(f"{path.name} states no link")
    for (doc, child), ps in parents.items():
        if len(ps) > 1:
            error(f"{child} is a subsidiary of several parents in {doc}: {sorted(ps)}")

    print(f"documents: {len(docs)}, links: {len(links)}, "
          f"non-links: {len(non_links)}, loops: {len(loops)}")
    for msg in errors:
        print("ERROR:", msg)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
