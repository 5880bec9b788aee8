"""Validate the fresh146 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Prints every problem found and exits with status 1 if there is any.
"""

import html
import json
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdf
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount",
               "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
BLOCK_TAGS = {"p", "div", "br", "td", "th", "tr", "table", "li", "ul", "ol", "h1", "h2",
              "h3", "h4", "h5", "h6", "header", "footer", "article", "section", "nav",
              "figure", "figcaption", "hr", "title", "blockquote"}
HIDDEN_TAGS = {"script", "style", "head", "noscript", "template"}

errors = []


def error(message):
    errors.append(message)


def norm(text, cjk=False):
    """Whitespace normalisation; text containing Chinese is compared without any
    whitespace, because Chinese lines are wrapped at any character in the PDFs."""
    if cjk:
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def contains(haystack, needle):
    cjk = bool(CJK.search(needle))
    return norm(needle, cjk) in norm(haystack, cjk)


class VisibleText(HTMLParser):
    """Visible text of an HTML page; entities are decoded (convert_charrefs) and
    block-level elements, including table cells, are separated by a space."""

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
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)

    def text(self):
        return "".join(self.parts)


def html_text(path):
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return html.unescape(parser.text())


def markdown_text(path):
    """Markdown as written, except that table rows become cells joined by spaces."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", cell) for cell in cells):
                continue
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        if path.suffix == ".pdf":
            reader = pypdf.PdfReader(str(path))
            docs[path.name] = [page.extract_text() for page in reader.pages]
        elif path.suffix == ".html":
            docs[path.name] = [html_text(path)]
        elif path.suffix == ".md":
            docs[path.name] = [markdown_text(path)]
        else:
            docs[path.name] = [path.read_text(encoding="utf-8")]
    prefixes = sorted(DOC_NAME.match(name).group(1) for name in docs)
    if prefixes != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01_ to 08_, found {sorted(docs)}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"at least 3 PDF documents required, found {len(pdfs)}")
    chinese = [name for name, pages in docs.items()
               if len(CJK.findall("".join(pages))) > 300]
    if len(chinese) < 2:
        error(f"at least 2 Chinese documents required, found {chinese}")
    return docs


def check_pdf_text_on_page():
    """What a reader sees (text inside the page box) equals all text on the page."""
    for path in sorted(HERE.glob("0[1-8]_*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                seen = norm(textpage.get_text_bounded())
                drawn = norm(textpage.get_text_range())
                if seen != drawn:
                    error(f"{path.name} page {index + 1}: text drawn outside the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def read_jsonl(name):
    records = []
    with open(HERE / name, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    error(f"{name} line {number}: invalid JSON ({exc})")
    return records


def check_location(kind, number, record, docs):
    doc = record.get("doc")
    if doc not in docs:
        error(f"{kind} {number}: unknown document {doc!r}")
        return
    page = record.get("page")
    quote = record.get("quote") or ""
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(docs[doc]):
            error(f"{kind} {number}: PDF page missing or out of range: {page!r}")
            return
        if not contains(docs[doc][page - 1], quote):
            error(f"{kind} {number}: quote not on page {page} of {doc}: {quote[:70]!r}")
    else:
        if page is not None:
            error(f"{kind} {number}: page must be null for {doc}")
        if not contains(docs[doc][0], quote):
            error(f"{kind} {number}: quote not in {doc}: {quote[:70]!r}")


def check_links(links, docs, aliases):
    seen = set()
    pairs = set()
    subsidiaries = {(r["source"], r["doc"]) for r in links
                    if r.get("relation") == "subsidiary_of"}
    is_subsidiary = {r["source"] for r in links if r.get("relation") == "subsidiary_of"}
    for number, record in enumerate(links, 1):
        if set(record) != LINK_FIELDS:
            error(f"link {number}: fields {sorted(record)}")
            continue
        source, target = record["source"], record["target"]
        relation = record["relation"]
        if relation not in RELATIONS:
            error(f"link {number}: unknown relation {relation!r}")
        for name in (source, target):
            if name not in aliases:
                error(f"link {number}: {name!r} is not a key of aliases.json")
        if source == target:
            error(f"link {number}: source equals target")
        payer, payee = record["payer"], record["payee"]
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (payer, payee) != expected:
            error(f"link {number}: payer/payee {payer, payee} should be {expected}")
        amount = record["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not contains(record["quote"], amount):
                error(f"link {number}: amount {amount!r} not in quote")
            elif re.fullmatch(r"[\d.,\s]*%", amount):
                error(f"link {number}: a percentage is not an amount")
            if relation in NO_MONEY:
                error(f"link {number}: {relation} carries no amount")
        key = (record["doc"], source, relation, target)
        if key in seen:
            error(f"link {number}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in pairs:
                error(f"link {number}: partners_with listed twice for {sorted(pair)}")
            pairs.add(pair)
        if (relation != "subsidiary_of" and source in is_subsidiary
                and (source, record["doc"]) not in subsidiaries):
            error(f"link {number}: subsidiary {source} acts in {record['doc']} "
                  "without its subsidiary_of link there")
        check_location("link", number, record, docs)
    if not 60 <= len(links) <= 75:
        error(f"{len(links)} links; expected 60 to 75")


def check_non_links(non_links, links, docs, aliases):
    link_quotes = {(r.get("doc"), norm(r.get("quote", ""))) for r in links}
    for number, record in enumerate(non_links, 1):
        if set(record) != NON_LINK_FIELDS:
            error(f"non-link {number}: fields {sorted(record)}")
            continue
        companies = record["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"non-link {number}: needs at least two companies")
            continue
        named = 0
        for name in companies:
            if name not in aliases:
                error(f"non-link {number}: {name!r} is not a key of aliases.json")
            elif any(contains(record["quote"], alias) for alias in aliases[name]):
                named += 1
        if named < 2:
            error(f"non-link {number}: fewer than two listed companies named in quote")
        if (record["doc"], norm(record["quote"])) in link_quotes:
            error(f"non-link {number}: quote is also a link quote")
        check_location("non-link", number, record, docs)
    if not 20 <= len(non_links) <= 26:
        error(f"{len(non_links)} non-links; expected 20 to 26")


def canonical(cycle):
    """Rotate a cycle so that it starts at its smallest name."""
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links, loops):
    graph = nx.DiGraph()
    edges_by_doc = defaultdict(set)
    for record in links:
        if record.get("payer") and record.get("payee"):
            graph.add_edge(record["payer"], record["payee"])
            edges_by_doc[record["doc"]].add((record["payer"], record["payee"]))
    found = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    listed = [canonical(list(loop)) for loop in loops]
    if len(listed) != len(set(listed)):
        error("loops.json lists a loop twice")
    if set(listed) != found:
        error(f"loops.json differs from the simple cycles: missing "
              f"{sorted(found - set(listed))}, extra {sorted(set(listed) - found)}")
    if len(found) != 5:
        error(f"{len(found)} money loops; expected 5")
    for cycle in found:
        edges = set(zip(cycle, cycle[1:] + cycle[:1], strict=True))
        for doc, doc_edges in edges_by_doc.items():
            if edges <= doc_edges:
                error(f"loop {cycle} lies inside {doc}")
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}")


def check_aliases(aliases, docs):
    everything = " ".join(" ".join(pages) for pages in docs.values())
    owner = {}
    for key, names in aliases.items():
        if not names or not all(isinstance(name, str) and name for name in names):
            error(f"aliases.json: {key!r} needs a list of names")
            continue
        for name in names:
            if name in owner:
                error(f"aliases.json: {name!r} listed for {owner[name]} and {key}")
            owner[name] = key
            if not contains(everything, name):
                error(f"aliases.json: {name!r} ({key}) does not occur in any document")


def main():
    docs = load_documents()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    check_links(links, docs, aliases)
    check_non_links(non_links, links, docs, aliases)
    check_loops(links, loops)
    check_aliases(aliases, docs)
    check_pdf_text_on_page()
    for message in errors:
        print("ERROR:", message)
    print(f"{len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(loops)} loops: {'FAILED' if errors else 'OK'} ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
