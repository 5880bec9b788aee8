"""Validate the fresh139 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and prints every problem found, or prints a summary and "OK".
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdf
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
TITLE = (
    "# fresh139 - AI in outdoor advertising, billboards and media-buying agencies, "
    "with French, Indian, Korean and mainland Chinese issuers"
)
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
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^0[1-8]_[A-Za-z0-9]+_[A-Za-z0-9_]+\.(md|html|pdf|txt)$")
CJK = "[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
BLOCK_TAGS = {
    "p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "thead", "tbody", "br",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "article", "section",
    "nav", "blockquote", "span", "title",
}

errors = []


def error(msg):
    errors.append(msg)


def norm(text):
    """Collapse whitespace; drop whitespace next to CJK characters.

    PDF line breaks inside Chinese text become whitespace in extracted text.
    """
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(rf"(?<={CJK}) | (?={CJK})", "", text)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            line = " ".join(c for c in cells if c)
        lines.append(line.replace("**", "").replace("__", ""))
    return "\n".join(lines)


def document_texts(path):
    """Return {page: normalised text}; page is None for non-PDF documents."""
    suffix = path.suffix
    if suffix == ".pdf":
        reader = pypdf.PdfReader(str(path))
        return {i + 1: norm(page.extract_text()) for i, page in enumerate(reader.pages)}
    raw = path.read_text(encoding="utf-8")
    if suffix == ".html":
        parser = VisibleText()
        parser.feed(raw)
        return {None: norm("".join(parser.parts))}
    if suffix == ".md":
        return {None: norm(markdown_text(raw))}
    return {None: norm(raw)}


def check_pdf_bounds(path):
    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            textpage = pdf[i].get_textpage()
            full = norm(textpage.get_text_range())
            seen = norm(textpage.get_text_bounded())
            if full != seen:
                error(f"{path.name} page {i + 1}: text drawn outside the page")
    finally:
        pdf.close()


def load_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        error(f"missing {name}")
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name} line {n}: invalid JSON ({exc})")
    return rows


def check_page(kind, n, row, texts, doc):
    page = row.get("page")
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or isinstance(page, bool) or page not in texts:
            error(f"{kind} {n}: PDF page must be a valid 1-based page, got {page!r}")
            return None
        return page
    if page is not None:
        error(f"{kind} {n}: page must be null for non-PDF document {doc}")
    return None


def check_quote(kind, n, row, texts, page):
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{kind} {n}: empty quote")
        return
    wanted = norm(quote)
    haystack = texts.get(page, "") if row["doc"].endswith(".pdf") else texts[None]
    if wanted not in haystack:
        where = f" page {page}" if page else ""
        error(f"{kind} {n}: quote not found in {row['doc']}{where}: {quote[:90]}")


def canonical(cycle):
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    docs = sorted(p for p in HERE.iterdir() if DOC_NAME.match(p.name))
    if len(docs) != 8:
        error(f"expected 8 documents, found {len(docs)}: {[p.name for p in docs]}")
    if [p.name[:2] for p in docs] != [f"0{i}" for i in range(1, 9)]:
        error("documents must be numbered 01_ to 08_")
    if sum(p.suffix == ".pdf" for p in docs) < 3:
        error("at least 3 documents must be PDFs")
    texts = {p.name: document_texts(p) for p in docs}
    for p in docs:
        if p.suffix == ".pdf":
            check_pdf_bounds(p)
    cjk_docs = [
        name
        for name, t in texts.items()
        if len(re.findall(CJK, " ".join(t.values()))) > 500
    ]
    if len(cjk_docs) < 2:
        error(f"at least 2 documents must be Chinese, found {cjk_docs}")

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    all_text = " ".join(" ".join(t.values()) for t in texts.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {short} needs a non-empty list")
            continue
        for name in names:
            if norm(name) not in all_text:
                error(f"aliases.json: {short} alias {name!r} occurs in no document")

    links = load_jsonl("links.jsonl")
    seen = set()
    pairs = set()
    doc_edges = {}
    graph = nx.DiGraph()
    for n, row in enumerate(links, 1):
        if set(row) != LINK_FIELDS:
            error(f"link {n}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        doc = row["doc"]
        if doc not in texts:
            error(f"link {n}: unknown document {doc}")
            continue
        rel, src, tgt = row["relation"], row["source"], row["target"]
        if rel not in RELATIONS:
            error(f"link {n}: unknown relation {rel}")
        for name in (src, tgt):
            if name not in aliases:
                error(f"link {n}: {name} is not a key of aliases.json")
        if src == tgt:
            error(f"link {n}: source equals target")
        if rel in SOURCE_PAYS:
            expected = (src, tgt)
        elif rel == "supplies":
            expected = (tgt, src)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            got = (row["payer"], row["payee"])
            error(f"link {n}: payer/payee {got} should be {expected}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in row["quote"]:
                error(f"link {n}: amount {amount!r} not in quote")
            elif amount.strip().endswith("%"):
                error(f"link {n}: percentages are not amounts")
        if rel in NO_MONEY and amount is not None:
            error(f"link {n}: {rel} carries no amount")
        key = (doc, src, rel, tgt)
        if key in seen:
            error(f"link {n}: duplicate {src} {rel} {tgt} in {doc}")
        seen.add(key)
        if rel == "partners_with":
            pair = frozenset((src, tgt))
            if pair in pairs:
                error(f"link {n}: partners_with listed twice for {sorted(pair)}")
            pairs.add(pair)
        page = check_page("link", n, row, texts[doc], doc)
        check_quote("link", n, row, texts[doc], page)
        if expected[0] is not None:
            graph.add_edge(*expected)
            doc_edges.setdefault(doc, set()).add(expected)
    if not 60 <= len(links) <= 75:
        error(f"expected 60-75 links, found {len(links)}")

    non_links = load_jsonl("non_links.jsonl")
    for n, row in enumerate(non_links, 1):
        if set(row) != NON_LINK_FIELDS:
            error(f"non-link {n}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        doc = row["doc"]
        if doc not in texts:
            error(f"non-link {n}: unknown document {doc}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"non-link {n}: needs at least two companies")
        else:
            for name in companies:
                if name not in aliases:
                    error(f"non-link {n}: {name} is not a key of aliases.json")
        page = check_page("non-link", n, row, texts[doc], doc)
        check_quote("non-link", n, row, texts[doc], page)
    if not 20 <= len(non_links) <= 26:
        error(f"expected 20-26 non-links, found {len(non_links)}")

    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    declared = {canonical(list(loop)) for loop in loops}
    if len(declared) != len(loops):
        error("loops.json contains duplicate loops")
    actual = {canonical(c) for c in nx.simple_cycles(graph)}
    if declared != actual:
        missing = sorted(actual - declared)
        extra = sorted(declared - actual)
        error(f"loops.json != simple cycles: missing {missing}, extra {extra}")
    if len(actual) != 5:
        error(f"expected 5 money loops, found {len(actual)}")
    for cycle in actual:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, doc_set in doc_edges.items():
            if edges <= doc_set:
                error(f"loop {cycle} lies inside one document ({doc})")
    for doc, doc_set in doc_edges.items():
        if not nx.is_directed_acyclic_graph(nx.DiGraph(list(doc_set))):
            error(f"{doc}: its own links form a money loop")

    readme = HERE / "README.md"
    first = []
    if readme.exists():
        first = readme.read_text(encoding="utf-8").splitlines()[:1]
    if first != [TITLE]:
        error("README.md missing or title line wrong")

    if errors:
        for msg in errors:
            print("ERROR:", msg)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(
        f"documents: {len(docs)}, links: {len(links)}, "
        f"non-links: {len(non_links)}, loops: {len(actual)}"
    )
    print("OK")


if __name__ == "__main__":
    main()
