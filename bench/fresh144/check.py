"""Validate the fresh144 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists the problems if anything is wrong.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdfium2 as pdfium
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {
    "invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with",
    "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote",
}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9_]+_[A-Za-z0-9]+\.(md|html|pdf|txt)$")
CJK = r"\u2e80-\u9fff\u3000-\u303f\uff00-\uffef"
BLOCK_TAGS = {
    "p", "div", "br", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "hr", "nav", "footer", "header", "article", "section", "thead",
    "tbody",
}
HIDDEN_TAGS = {"head", "script", "style", "title", "noscript"}

errors = []


def err(msg):
    errors.append(msg)


def norm(text):
    """Collapse whitespace; drop whitespace next to CJK characters (wrapped Chinese)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(rf"(?<=[{CJK}]) ", "", text)
    return re.sub(rf" (?=[{CJK}])", "", text)


def squash(text):
    return re.sub(r"\s+", "", text)


def joined(text):
    """PDF documents are lists of page texts; others are single strings."""
    return "".join(text) if isinstance(text, list) else text


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(path):
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return "".join(parser.parts)


def md_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                continue
            line = " ".join(c for c in cells if c)
        lines.append(line.replace("**", ""))
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if DOC_NAME.match(path.name):
            if path.suffix == ".pdf":
                reader = PdfReader(str(path))
                docs[path.name] = [page.extract_text() or "" for page in reader.pages]
            elif path.suffix == ".html":
                docs[path.name] = html_text(path)
            elif path.suffix == ".md":
                docs[path.name] = md_text(path)
            else:
                docs[path.name] = path.read_text(encoding="utf-8")
    return docs


def check_documents(docs):
    numbers = sorted(name[:2] for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        err(f"expected documents 01..08, found {numbers}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        err(f"need at least 3 PDFs, found {len(pdfs)}")
    chinese = [name for name, text in docs.items()
               if len(re.findall(r"[\u4e00-\u9fff]", joined(text))) > 300]
    if len(chinese) < 2:
        err(f"need at least 2 Chinese documents, found {chinese}")


def check_pdf_bounds():
    """Text a reader sees (inside the page box) must equal all text on the page."""
    for path in sorted(HERE.glob("0*_*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                bounded = squash(textpage.get_text_bounded())
                full = squash(textpage.get_text_range())
                if bounded != full:
                    missing = len(full) - len(bounded)
                    err(f"{path.name} p.{index + 1}: {missing} chars off the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def quote_found(docs, doc, quote, page, where):
    if doc not in docs:
        err(f"{where}: unknown document {doc}")
        return
    text = docs[doc]
    if doc.endswith(".pdf"):
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= len(text):
            err(f"{where}: PDF quote needs a page in 1..{len(text)}, got {page!r}")
            return
        haystack = text[page - 1]
        if norm(quote) not in norm(haystack) and squash(quote) not in squash(haystack):
            err(f"{where}: quote not on page {page} of {doc}: {quote[:70]!r}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF {doc}")
        if norm(quote) not in norm(text):
            err(f"{where}: quote not in {doc}: {quote[:70]!r}")


def read_jsonl(name):
    rows = []
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                err(f"{name}:{number}: bad JSON ({exc})")
    return rows


def check_links(links, docs, aliases):
    seen = Counter()
    partner_pairs = Counter()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(link) != LINK_KEYS:
            err(f"{where}: keys {sorted(link)} != {sorted(LINK_KEYS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            err(f"{where}: unknown relation {relation}")
        for name in (source, target):
            if name not in aliases:
                err(f"{where}: {name} is not a key of aliases.json")
        if source == target:
            err(f"{where}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            got = f"{link['payer']}/{link['payee']}"
            err(f"{where}: payer/payee {got} should be {expected[0]}/{expected[1]}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                err(f"{where}: amount must be a non-empty string or null")
            elif amount not in link["quote"]:
                err(f"{where}: amount {amount!r} not in quote")
            elif re.fullmatch(r"[\d.,\s]*%", amount):
                err(f"{where}: percentages are not amounts")
            if relation in NO_MONEY:
                err(f"{where}: {relation} carries no amount")
        seen[(link["doc"], source, relation, target)] += 1
        if relation == "partners_with":
            partner_pairs[frozenset((source, target))] += 1
        quote_found(docs, link["doc"], link["quote"], link["page"], where)
    for key, count in seen.items():
        if count > 1:
            err(f"duplicate link {key} x{count}")
    for pair, count in partner_pairs.items():
        if count > 1:
            err(f"partners_with listed {count} times for {sorted(pair)}")
    if not 60 <= len(links) <= 75:
        err(f"links: {len(links)} not within 60-75")


def check_non_links(rows, docs, aliases):
    for number, row in enumerate(rows, 1):
        where = f"non_links.jsonl:{number}"
        if set(row) != NON_LINK_KEYS:
            err(f"{where}: keys {sorted(row)} != {sorted(NON_LINK_KEYS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            err(f"{where}: needs at least two distinct companies")
        for name in companies:
            if name not in aliases:
                err(f"{where}: {name} is not a key of aliases.json")
        quote_found(docs, row["doc"], row["quote"], row["page"], where)
    if not 20 <= len(rows) <= 26:
        err(f"non-links: {len(rows)} not within 20-26")


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links, loops):
    graph = nx.DiGraph()
    edges_by_doc = defaultdict(set)
    for link in links:
        if link.get("payer") and link.get("payee"):
            graph.add_edge(link["payer"], link["payee"])
            edges_by_doc[link["doc"]].add((link["payer"], link["payee"]))
    actual = {canonical(c) for c in nx.simple_cycles(graph)}
    if not isinstance(loops, list) or not all(isinstance(c, list) and c for c in loops):
        err("loops.json must be a list of non-empty lists")
        return
    listed = [canonical(c) for c in loops]
    if len(listed) != len(set(listed)):
        err("loops.json lists a loop twice")
    if set(listed) != actual:
        missing, extra = sorted(actual - set(listed)), sorted(set(listed) - actual)
        err(f"loops.json differs from simple cycles: missing {missing}, extra {extra}")
    if len(actual) != 5:
        err(f"expected 5 money loops, found {len(actual)}")
    for cycle in actual:
        if not 2 <= len(cycle) <= 4:
            err(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, doc_edges in edges_by_doc.items():
            if edges <= doc_edges:
                err(f"loop {cycle} lies inside one document: {doc}")


def check_aliases(aliases, docs, links, non_links):
    if not isinstance(aliases, dict):
        err("aliases.json must be an object")
        return
    corpus = squash(" ".join(joined(text) for text in docs.values()))
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            err(f"aliases.json: {key} needs a non-empty list")
            continue
        for name in names:
            if squash(name) not in corpus:
                err(f"aliases.json: {key}: {name!r} does not occur in any document")
    used = {link["source"] for link in links} | {link["target"] for link in links}
    used |= {name for row in non_links for name in row.get("companies", [])}
    for key in sorted(set(aliases) - used):
        err(f"aliases.json: {key} is never used")


def check_subsidiaries(links):
    """A subsidiary that acts needs its subsidiary_of link in the same document."""
    sub_links = [link for link in links if link["relation"] == "subsidiary_of"]
    parents = {(link["doc"], link["source"]) for link in sub_links}
    subsidiaries = {link["source"] for link in sub_links}
    for link in links:
        acting = link["relation"] != "subsidiary_of" and link["source"] in subsidiaries
        if acting and (link["doc"], link["source"]) not in parents:
            err(f"{link['doc']}: {link['source']} acts without its subsidiary_of link")


def main():
    docs = load_documents()
    check_documents(docs)
    check_pdf_bounds()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    check_links(links, docs, aliases)
    check_non_links(non_links, docs, aliases)
    check_loops(links, loops)
    check_aliases(aliases, docs, links, non_links)
    check_subsidiaries(links)
    if errors:
        print(f"{len(errors)} problem(s):")
        for message in errors:
            print(" -", message)
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, "
          f"{len(non_links)} non-links, {len(loops)} loops")


if __name__ == "__main__":
    main()
