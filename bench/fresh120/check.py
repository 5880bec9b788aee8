"""Validate the fresh120 evaluation set.

Run with: /work/main/.venv/bin/python check.py

Checks: the 8 documents exist; record fields; relation vocabulary; payer/payee rules;
amounts occur in their quotes; page numbers set for PDFs only; short names are keys of
aliases.json; no duplicate (source, relation, target) within a document; every quote
occurs in its document (PDF: pypdf text of the given page; HTML: visible text with
entities decoded; tables: cells joined by single spaces; compared after whitespace
normalisation); loops.json equals the simple cycles of the payer->payee graph and no
loop lies inside one document. Exits with status 1 and a list of errors on failure.
"""
import html
import html.parser
import json
import pathlib
import re
import sys

import networkx
import pypdf

HERE = pathlib.Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
BLOCK_TAGS = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2",
              "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote",
              "pre", "hr", "dt", "dd", "caption", "thead", "tbody"}
HIDDEN_TAGS = {"head", "title", "style", "script"}

errors = []


def error(message):
    errors.append(message)


class VisibleText(html.parser.HTMLParser):
    """Collect the visible text of an HTML page; block elements become spaces."""

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


def collapse(text):
    """Whitespace normalisation: NBSP to space, runs of whitespace to one space."""
    return re.sub(r"\s+", " ", html.unescape(text).replace("\u00a0", " ")).strip()


def squeeze(text):
    """Stronger normalisation for PDFs, where line wrapping can split words or CJK runs."""
    return re.sub(r"\s+", "", html.unescape(text).replace("\u00a0", " "))


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            line = " ".join(cells)
        line = re.sub(r"^#+\s*", "", line)
        lines.append(line.replace("**", ""))
    return "\n".join(lines)


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        if path.suffix == ".pdf":
            pages = [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]
            docs[path.name] = {"kind": "pdf", "pages": pages, "text": "\n".join(pages)}
        elif path.suffix == ".html":
            parser = VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            docs[path.name] = {"kind": "html", "text": "".join(parser.parts)}
        elif path.suffix == ".md":
            docs[path.name] = {"kind": "md",
                               "text": markdown_text(path.read_text(encoding="utf-8"))}
        else:
            docs[path.name] = {"kind": "txt", "text": path.read_text(encoding="utf-8")}
    return docs


def occurs(needle, haystack, pdf):
    if collapse(needle) in collapse(haystack):
        return True
    return pdf and squeeze(needle) in squeeze(haystack)


def read_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"{name} is missing")
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_quote(where, record, docs):
    doc = docs.get(record.get("doc"))
    if doc is None:
        error(f"{where}: unknown document {record.get('doc')!r}")
        return
    quote, page = record.get("quote"), record.get("page")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    if doc["kind"] == "pdf":
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(doc["pages"]):
            error(f"{where}: PDF record needs a valid 1-based page, got {page!r}")
            return
        if not occurs(quote, doc["pages"][page - 1], pdf=True):
            found = [n for n, text in enumerate(doc["pages"], 1) if occurs(quote, text, pdf=True)]
            error(f"{where}: quote not on page {page} of {record['doc']} (found on {found}): "
                  f"{quote[:70]}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF documents")
        if not occurs(quote, doc["text"], pdf=False):
            error(f"{where}: quote not found in {record['doc']}: {quote[:70]}")


def canonical(cycle):
    cycle = list(cycle)
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def main():
    docs = load_documents()
    prefixes = sorted(DOC_NAME.match(name).group(1) for name in docs)
    if prefixes != [f"{n:02d}" for n in range(1, 9)]:
        error(f"expected documents 01_ to 08_, found {sorted(docs)}")
    pdfs = [name for name, doc in docs.items() if doc["kind"] == "pdf"]
    if len(pdfs) < 3:
        error(f"at least 3 PDF documents required, found {len(pdfs)}")
    chinese = [name for name, doc in docs.items() if len(CJK.findall(doc["text"])) > 300]
    if len(chinese) < 2:
        error(f"at least 2 Chinese documents required, found {chinese}")

    try:
        aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        error(f"aliases.json unreadable: {exc}")
        aliases = {}
    all_text = [doc["text"] for doc in docs.values()]
    for short, names in aliases.items():
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            error(f"aliases.json: {short!r} must map to a non-empty list of strings")
            continue
        for name in names:
            if not any(occurs(name, text, pdf=True) for text in all_text):
                error(f"aliases.json: {short!r} alias {name!r} occurs in no document")

    links = read_jsonl("links.jsonl")
    seen = set()
    partner_pairs = set()
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if set(link) != LINK_KEYS:
            error(f"{where}: keys {sorted(link)} != {sorted(LINK_KEYS)}")
            continue
        relation, source, target = link["relation"], link["source"], link["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for role in ("source", "target"):
            if link[role] not in aliases:
                error(f"{where}: {role} {link[role]!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation == "supplies":
            expected = (target, source)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(f"{where}: payer/payee {link['payer']!r}/{link['payee']!r} should be "
                  f"{expected[0]!r}/{expected[1]!r} for {relation}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be null or a non-empty string")
            elif amount.strip().endswith("%"):
                error(f"{where}: percentages are not amounts ({amount!r})")
            elif amount not in link["quote"]:
                error(f"{where}: amount {amount!r} does not occur in the quote")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in partner_pairs:
                error(f"{where}: partners_with listed more than once for {sorted(pair)}")
            partner_pairs.add(pair)
        check_quote(where, link, docs)

    parents = {(l.get("doc"), l.get("source")) for l in links if l.get("relation") == "subsidiary_of"}
    subsidiaries = {l.get("source") for l in links if l.get("relation") == "subsidiary_of"}
    for number, link in enumerate(links, 1):
        if (link.get("source") in subsidiaries and link.get("relation") != "subsidiary_of"
                and (link.get("doc"), link.get("source")) not in parents):
            error(f"links.jsonl:{number}: subsidiary {link.get('source')!r} acts in "
                  f"{link.get('doc')} without a subsidiary_of link in that document")

    if not 60 <= len(links) <= 75:
        error(f"expected 60-75 links, found {len(links)}")

    non_links = read_jsonl("non_links.jsonl")
    for number, record in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if set(record) != NON_LINK_KEYS:
            error(f"{where}: keys {sorted(record)} != {sorted(NON_LINK_KEYS)}")
            continue
        companies = record["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two distinct companies")
            continue
        for name in companies:
            if name not in aliases:
                error(f"{where}: company {name!r} is not a key of aliases.json")
        check_quote(where, record, docs)
    if not 20 <= len(non_links) <= 26:
        error(f"expected 20-26 non-links, found {len(non_links)}")

    graph = networkx.DiGraph()
    edge_docs = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            edge_docs.setdefault(edge, set()).add(link["doc"])
    cycles = {canonical(c) for c in networkx.simple_cycles(graph)}
    try:
        loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        error(f"loops.json unreadable: {exc}")
        loops = []
    declared = set()
    for loop in loops:
        if not isinstance(loop, list) or not 2 <= len(loop) <= 4 or len(set(loop)) != len(loop):
            error(f"loops.json: invalid loop {loop!r} (2-4 distinct companies)")
            continue
        declared.add(canonical(loop))
    if declared != cycles:
        error(f"loops.json differs from the simple cycles: missing {sorted(cycles - declared)}, "
              f"extra {sorted(declared - cycles)}")
    if len(loops) != 5:
        error(f"expected 5 money loops, found {len(loops)}")
    for cycle in cycles:
        edges = list(zip(cycle, cycle[1:] + cycle[:1]))
        shared = set.intersection(*(edge_docs.get(edge, set()) for edge in edges))
        if shared:
            error(f"loop {cycle} lies inside one document: {sorted(shared)}")

    if errors:
        print(f"check.py: {len(errors)} error(s)")
        for message in errors:
            print(" -", message)
        sys.exit(1)
    print(f"check.py: OK - {len(docs)} documents, {len(links)} links, {len(non_links)} "
          f"non-links, {len(cycles)} loops, {len(aliases)} companies")


if __name__ == "__main__":
    main()
