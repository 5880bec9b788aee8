"""Validate the fresh148 evaluation set.

Run with: /work/main/.venv/bin/python check.py
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
RELATIONS = {
    "invests_in",
    "owns_stake_in",
    "lends_to",
    "acquires",
    "supplies",
    "partners_with",
    "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {
    "doc",
    "source",
    "relation",
    "target",
    "payer",
    "payee",
    "amount",
    "page",
    "quote",
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "td",
    "th",
    "tr",
    "table",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "footer",
    "article",
    "nav",
    "section",
}
HIDDEN_TAGS = {"script", "style", "head", "title"}

errors = []


def error(message):
    errors.append(message)


def has_cjk(text):
    return bool(CJK.search(text))


def norm(text, cjk=False):
    """Collapse whitespace; Chinese has no word spaces, so drop all of them there."""
    if cjk:
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def flat(text):
    return "\n".join(text) if isinstance(text, list) else text


def contains(text, quote):
    cjk = has_cjk(quote)
    return norm(quote, cjk) in norm(text, cjk)


def valid_link(link):
    return isinstance(link, dict) and set(link) == LINK_FIELDS


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


def markdown_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("|"):
            if re.fullmatch(r"[\s|:-]+", line):
                continue
            line = line.replace("|", " ")
        lines.append(line)
    return "\n".join(lines)


def load_documents():
    docs = {}
    numbers = defaultdict(list)
    for path in sorted(HERE.iterdir()):
        match = DOC_NAME.match(path.name)
        if not match:
            continue
        numbers[match.group(1)].append(path.name)
        if path.suffix == ".pdf":
            reader = PdfReader(str(path))
            docs[path.name] = [page.extract_text() or "" for page in reader.pages]
        elif path.suffix == ".html":
            docs[path.name] = html_text(path)
        elif path.suffix == ".md":
            docs[path.name] = markdown_text(path)
        else:
            docs[path.name] = path.read_text(encoding="utf-8")
    for number in (f"{n:02d}" for n in range(1, 9)):
        if len(numbers.get(number, [])) != 1:
            found = numbers.get(number)
            error(f"expected exactly one document numbered {number}, found {found}")
    if len(docs) != 8:
        error(f"expected 8 documents, found {len(docs)}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"expected at least 3 PDF documents, found {len(pdfs)}")
    chinese = [name for name, text in docs.items() if has_cjk(flat(text))]
    if len(chinese) < 2:
        error(f"expected at least 2 Chinese documents, found {chinese}")
    return docs


def check_pdf_bounds(docs):
    for name in docs:
        if not name.endswith(".pdf"):
            continue
        pdf = pdfium.PdfDocument(str(HERE / name))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                seen = norm(textpage.get_text_bounded())
                full = norm(textpage.get_text_range())
                if seen != full:
                    error(f"{name} page {index + 1}: text drawn off the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def quote_in_doc(docs, doc, quote, page, label):
    if doc not in docs:
        error(f"{label}: unknown document {doc!r}")
        return
    text = docs[doc]
    if doc.endswith(".pdf"):
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= len(text):
            error(f"{label}: PDF needs a valid 1-based page, got {page!r}")
            return
        haystack = text[page - 1]
    else:
        if page is not None:
            error(f"{label}: page must be null for non-PDF documents")
        haystack = text
    if not contains(haystack, quote):
        error(f"{label}: quote not found in {doc} (page {page}): {quote[:90]!r}")


def read_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"missing {name}")
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            error(f"{name} line {number}: invalid JSON ({exc})")
    return rows


def check_links(docs, aliases):
    links = read_jsonl("links.jsonl")
    seen = set()
    partner_pairs = set()
    for number, link in links:
        label = f"links.jsonl line {number}"
        if not isinstance(link, dict) or set(link) != LINK_FIELDS:
            error(f"{label}: fields must be exactly {sorted(LINK_FIELDS)}")
            continue
        relation = link["relation"]
        source, target = link["source"], link["target"]
        if relation not in RELATIONS:
            error(f"{label}: unknown relation {relation!r}")
        for role in ("source", "target"):
            if link[role] not in aliases:
                error(f"{label}: {role} {link[role]!r} is not a key of aliases.json")
        if source == target:
            error(f"{label}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation == "supplies":
            expected = (target, source)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(f"{label}: payer/payee should be {expected} for {relation}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount:
                error(f"{label}: amount must be a non-empty string or null")
            elif amount not in link["quote"]:
                error(f"{label}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[\d.,\s]*%", amount):
                error(f"{label}: percentages are not amounts")
            if relation in NO_MONEY:
                error(f"{label}: {relation} carries no amount")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{label}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in partner_pairs:
                error(f"{label}: partners_with listed twice for {sorted(pair)}")
            partner_pairs.add(pair)
        if not isinstance(link["quote"], str) or not link["quote"].strip():
            error(f"{label}: empty quote")
            continue
        quote_in_doc(docs, link["doc"], link["quote"], link["page"], label)
        check_names_in_doc(docs, link["doc"], (source, target), aliases, label)
    count = len(links)
    if not 60 <= count <= 75:
        error(f"links.jsonl: expected 60-75 links, found {count}")
    return [link for _, link in links if valid_link(link)]


def check_names_in_doc(docs, doc, names, aliases, label):
    if doc not in docs:
        return
    text = flat(docs[doc])
    for name in names:
        forms = aliases.get(name, [])
        if not any(contains(text, form) for form in forms):
            error(f"{label}: no alias of {name!r} occurs in {doc}")


def check_non_links(docs, aliases, links):
    rows = read_jsonl("non_links.jsonl")
    link_quotes = {(link["doc"], link["quote"]) for link in links}
    for number, row in rows:
        label = f"non_links.jsonl line {number}"
        if not isinstance(row, dict) or set(row) != NON_LINK_FIELDS:
            error(f"{label}: fields must be exactly {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{label}: companies must list at least two different names")
            continue
        for company in companies:
            if company not in aliases:
                error(f"{label}: company {company!r} is not a key of aliases.json")
        if (row["doc"], row["quote"]) in link_quotes:
            error(f"{label}: the same quote is also used for a link")
        quote_in_doc(docs, row["doc"], row["quote"], row["page"], label)
        check_names_in_doc(docs, row["doc"], companies, aliases, label)
    if not 20 <= len(rows) <= 26:
        error(f"non_links.jsonl: expected 20-26 non-link sentences, found {len(rows)}")


def canonical(cycle):
    cycle = list(cycle)
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links):
    path = HERE / "loops.json"
    if not path.exists():
        error("missing loops.json")
        return
    loops = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    edge_docs = defaultdict(set)
    for link in links:
        if link["payer"] and link["payee"]:
            graph.add_edge(link["payer"], link["payee"])
            edge_docs[(link["payer"], link["payee"])].add(link["doc"])
    actual = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    if not isinstance(loops, list) or not all(isinstance(loop, list) for loop in loops):
        error("loops.json must be a list of lists")
        return
    listed = [canonical(loop) for loop in loops]
    if len(listed) != len(set(listed)):
        error("loops.json lists a loop twice")
    if set(listed) != actual:
        missing, extra = actual - set(listed), set(listed) - actual
        error(f"loops.json != simple cycles: missing {missing}, extra {extra}")
    if len(actual) != 5:
        error(f"expected 5 money loops, found {len(actual)}")
    for cycle in actual:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
        common = set.intersection(*(edge_docs[edge] for edge in edges))
        if common:
            error(f"loop {cycle} lies inside one document: {sorted(common)}")


def check_aliases(docs):
    path = HERE / "aliases.json"
    if not path.exists():
        error("missing aliases.json")
        return {}
    aliases = json.loads(path.read_text(encoding="utf-8"))
    corpus = "\n".join(flat(text) for text in docs.values())
    for short, forms in aliases.items():
        if not isinstance(forms, list) or not all(isinstance(f, str) for f in forms):
            error(f"aliases.json: {short!r} needs a non-empty list of names")
            continue
        if not forms:
            error(f"aliases.json: {short!r} has no names")
        for form in forms:
            if not contains(corpus, form):
                error(f"aliases.json: {short!r} form {form!r} occurs in no document")
    return aliases


def main():
    docs = load_documents()
    check_pdf_bounds(docs)
    aliases = check_aliases(docs)
    links = check_links(docs, aliases)
    check_non_links(docs, aliases, links)
    check_loops(links)
    for message in errors:
        print("ERROR:", message)
    if errors:
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, all checks passed")


if __name__ == "__main__":
    main()
