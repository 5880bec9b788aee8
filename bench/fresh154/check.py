"""Validate the fresh154 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and "OK".
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdfium2
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(pdf|html|md|txt)$")
LINK_FIELDS = [
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote",
]
NON_LINK_FIELDS = ["doc", "quote", "companies", "page"]
# relation -> who pays: "source" means source pays target, "target" means target
# pays source, None means the relation carries no money.
MONEY = {
    "supplies": "target",
    "invests_in": "source",
    "owns_stake_in": "source",
    "lends_to": "source",
    "acquires": "source",
    "partners_with": None,
    "subsidiary_of": None,
}
LINK_RANGE = (60, 75)
NON_LINK_RANGE = (20, 26)
LOOP_COUNT = 5
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "section", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
}
HIDDEN_TAGS = {"head", "script", "style", "template", "noscript"}


def norm(text):
    """Whitespace normalisation: collapse every run of whitespace to one space."""
    return re.sub(r"\s+", " ", text).strip()


def squash(text):
    """Remove all whitespace (used for alias look-ups, which may be wrapped in PDFs)."""
    return re.sub(r"\s+", "", text)


class VisibleText(HTMLParser):
    """Collect the text a browser shows; entities are decoded (convert_charrefs)."""

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


def html_text(raw):
    parser = VisibleText()
    parser.feed(raw)
    parser.close()
    return "".join(parser.parts)


def md_text(raw):
    """Markdown as written, plus each table row as its cells joined by spaces."""
    rows = []
    for line in raw.splitlines():
        stripped = line.strip()
        if not stripped.startswith("|"):
            continue
        if re.fullmatch(r"[|:\-\s]+", stripped):
            continue
        cells = [cell.strip() for cell in stripped.strip("|").split("|")]
        rows.append(" ".join(cell for cell in cells if cell))
    return raw + "\n" + "\n".join(rows)


def load_documents(errors):
    """Return {file name: [normalised text per page]} (one entry for non-PDFs)."""
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        if path.suffix == ".pdf":
            pages = [norm(page.extract_text() or "") for page in PdfReader(path).pages]
            docs[path.name] = pages
            check_pdf_bounds(path, errors)
        else:
            raw = path.read_text(encoding="utf-8")
            if path.suffix == ".html":
                text = html_text(raw)
            elif path.suffix == ".md":
                text = md_text(raw)
            else:
                text = raw
            docs[path.name] = [norm(text)]
    return docs


def check_pdf_bounds(path, errors):
    """Text a reader sees on each page (bounded) must equal all text drawn on it."""
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            bounded = norm(textpage.get_text_bounded())
            everything = norm(textpage.get_text_range())
            if bounded != everything:
                errors.append(f"{path.name} p.{index + 1}: text drawn off the page")
            textpage.close()
            page.close()
    finally:
        pdf.close()


def read_jsonl(name, errors):
    rows = []
    path = HERE / name
    if not path.exists():
        errors.append(f"missing {name}")
        return rows
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_location(where, row, docs, errors):
    """The doc exists, page is set for PDFs only, and the quote occurs on that page."""
    doc = row.get("doc")
    if doc not in docs:
        errors.append(f"{where}: unknown doc {doc!r}")
        return
    quote = norm(row.get("quote") or "")
    if not quote:
        errors.append(f"{where}: empty quote")
        return
    page = row.get("page")
    if doc.endswith(".pdf"):
        count = len(docs[doc])
        valid = isinstance(page, int) and not isinstance(page, bool)
        if not valid or not 1 <= page <= count:
            errors.append(f"{where}: PDF page must be 1..{count}, got {page!r}")
            return
        if quote not in docs[doc][page - 1]:
            found = [i + 1 for i, text in enumerate(docs[doc]) if quote in text]
            errors.append(f"{where}: quote not on page {page} of {doc} (on {found})")
    else:
        if page is not None:
            errors.append(f"{where}: page must be null for non-PDF documents")
        if quote not in docs[doc][0]:
            errors.append(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def check_links(links, docs, aliases, errors):
    seen = set()
    partner_pairs = {}
    for number, link in enumerate(links, 1):
        where = f"links.jsonl:{number}"
        if list(link) != LINK_FIELDS:
            errors.append(f"{where}: fields must be {LINK_FIELDS}, got {list(link)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in MONEY:
            errors.append(f"{where}: unknown relation {relation!r}")
            continue
        for role in ("source", "target"):
            if link[role] not in aliases:
                errors.append(f"{where}: {role} {link[role]!r} not in aliases.json")
        if source == target:
            errors.append(f"{where}: source equals target")
        direction = MONEY[relation]
        if direction == "source":
            expected = (source, target)
        elif direction == "target":
            expected = (target, source)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            errors.append(f"{where}: payer/payee should be {expected} for {relation}")
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                errors.append(f"{where}: amount must be a non-empty string or null")
            elif norm(amount) not in norm(link["quote"]):
                errors.append(f"{where}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[\d.,\s]+%", amount.strip()):
                errors.append(f"{where}: percentages are not amounts")
        key = (link["doc"], source, relation, target)
        if key in seen:
            errors.append(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            if pair in partner_pairs:
                first = partner_pairs[pair]
                errors.append(f"{where}: partners_with pair already listed at {first}")
            partner_pairs[pair] = where
        check_location(where, link, docs, errors)


def check_non_links(non_links, docs, aliases, errors):
    for number, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{number}"
        if list(row) != NON_LINK_FIELDS:
            errors.append(f"{where}: fields must be {NON_LINK_FIELDS}, got {list(row)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            errors.append(f"{where}: companies must list at least two different names")
            continue
        quote = squash(row["quote"])
        for name in companies:
            if name not in aliases:
                errors.append(f"{where}: company {name!r} is not a key of aliases.json")
            elif not any(squash(alias) in quote for alias in aliases[name]):
                errors.append(f"{where}: {name!r} is not named in the quote")
        check_location(where, row, docs, errors)


def canonical(cycle):
    """Rotate a cycle so that its smallest name comes first."""
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links, errors):
    graph = nx.DiGraph()
    doc_edges = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            doc_edges.setdefault(link["doc"], set()).add(edge)
    actual = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    path = HERE / "loops.json"
    if not path.exists():
        errors.append("missing loops.json")
        return actual
    listed = json.loads(path.read_text(encoding="utf-8"))
    declared = {canonical(list(loop)) for loop in listed}
    if len(declared) != len(listed):
        errors.append("loops.json lists a loop twice")
    for loop in sorted(actual - declared):
        errors.append(f"loops.json is missing the cycle {loop}")
    for loop in sorted(declared - actual):
        errors.append(f"loops.json lists {loop}, not a cycle of the payer->payee graph")
    for loop in sorted(actual):
        edges = set(zip(loop, loop[1:] + loop[:1], strict=True))
        for doc, present in doc_edges.items():
            if edges <= present:
                errors.append(f"loop {loop} lies entirely inside {doc}")
    if len(actual) != LOOP_COUNT:
        errors.append(f"expected {LOOP_COUNT} loops, found {len(actual)}")
    return actual


def check_aliases(aliases, docs, errors):
    corpus = squash(" ".join(" ".join(pages) for pages in docs.values()))
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            errors.append(f"aliases.json: {key!r} needs a non-empty list")
            continue
        for name in names:
            if squash(name) not in corpus:
                errors.append(f"aliases.json: {key!r}: {name!r} occurs in no document")


def main():
    errors = []
    docs = load_documents(errors)
    prefixes = sorted(DOC_NAME.match(name).group(1) for name in docs)
    if prefixes != [f"{i:02d}" for i in range(1, 9)]:
        errors.append(f"expected documents 01..08, found {prefixes}")
    if sum(name.endswith(".pdf") for name in docs) < 3:
        errors.append("at least 3 documents must be PDFs")
    for name in ("README.md", "build_pdfs.py", "aliases.json"):
        if not (HERE / name).exists():
            errors.append(f"missing {name}")
    aliases = {}
    if (HERE / "aliases.json").exists():
        aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
        check_aliases(aliases, docs, errors)
    links = read_jsonl("links.jsonl", errors)
    non_links = read_jsonl("non_links.jsonl", errors)
    check_links(links, docs, aliases, errors)
    check_non_links(non_links, docs, aliases, errors)
    if not LINK_RANGE[0] <= len(links) <= LINK_RANGE[1]:
        errors.append(f"links: {len(links)} outside {LINK_RANGE}")
    if not NON_LINK_RANGE[0] <= len(non_links) <= NON_LINK_RANGE[1]:
        errors.append(f"non-links: {len(non_links)} outside {NON_LINK_RANGE}")
    loops = check_loops(links, errors) if links else set()
    if errors:
        for error in errors:
            print("ERROR", error)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"documents: {len(docs)}, links: {len(links)}, "
          f"non-links: {len(non_links)}, loops: {len(loops)}")
    print("OK")


if __name__ == "__main__":
    main()
