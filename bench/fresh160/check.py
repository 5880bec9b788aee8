"""Validate the fresh160 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Prints every problem found and exits with status 1 if there is any.
"""

import json
import re
import sys
from html import unescape
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
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[a-z0-9_]+\.(md|html|pdf|txt)$")
CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "header",
    "footer",
    "article",
    "section",
    "aside",
    "blockquote",
    "title",
}
HIDDEN_TAGS = {"head", "script", "style", "template"}
LINK_COUNT = (60, 75)
NON_LINK_COUNT = (20, 26)
README_TITLE = (
    "# fresh160 - AI in hotels, serviced apartments and online travel agencies, "
    "with Thai, Portuguese, Japanese and mainland Chinese issuers"
)

errors = []


def error(message):
    errors.append(message)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def squash(text):
    return re.sub(r"\s+", "", text)


def occurs(quote, text):
    """Quote occurs in text after whitespace normalisation.

    Text that contains CJK characters is compared with all whitespace removed, because
    line breaks in Chinese PDFs may fall anywhere, including inside numbers and names.
    """
    if norm(quote) in norm(text):
        return True
    return bool(CJK.search(quote)) and squash(quote) in squash(text)


class VisibleText(HTMLParser):
    """Visible text of an HTML page: entities decoded, blocks and cells separated."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(path):
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return unescape("".join(parser.parts))


def markdown_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\|?[\s:|-]+\|?", stripped) and "-" in stripped:
            continue  # table separator or horizontal rule
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            line = " ".join(cell for cell in cells if cell)
        line = re.sub(r"^\s*#+\s*", "", line)
        line = re.sub(r"^\s*>\s?", "", line)
        lines.append(line.replace("**", "").replace("*", ""))
    return "\n".join(lines)


def pdf_pages(path):
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def load_documents():
    """Return {file name: list of page texts}; non-PDF documents have a single page."""
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not DOC_NAME.match(path.name):
            continue
        suffix = path.suffix
        if suffix == ".pdf":
            docs[path.name] = pdf_pages(path)
        elif suffix == ".html":
            docs[path.name] = [html_text(path)]
        elif suffix == ".md":
            docs[path.name] = [markdown_text(path)]
        else:
            docs[path.name] = [path.read_text(encoding="utf-8")]
    return docs


def read_jsonl(name):
    rows = []
    for number, line in enumerate(
        (HERE / name).read_text(encoding="utf-8").splitlines(), 1
    ):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                error(f"{name}:{number}: invalid JSON ({exc})")
    return rows


def check_documents(docs):
    numbers = sorted(DOC_NAME.match(name).group(1) for name in docs)
    if numbers != [f"0{i}" for i in range(1, 9)]:
        error(f"expected documents 01..08 exactly once, found {numbers}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"need at least 3 PDF documents, found {len(pdfs)}")
    chinese = [
        name for name, pages in docs.items() if len(CJK.findall("".join(pages))) > 300
    ]
    if len(chinese) < 2:
        error(f"need at least 2 Chinese documents, found {chinese}")
    for name, pages in docs.items():
        if not "".join(pages).strip():
            error(f"{name}: no text extracted")


def check_pdf_visibility(docs):
    """Text a reader sees (inside the page box) must equal all the text on the page."""
    for name in docs:
        if not name.endswith(".pdf"):
            continue
        pdf = pdfium.PdfDocument(str(HERE / name))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                # pdfium inserts line-break spaces slightly differently in the two
                # calls, so whitespace is removed before comparing.
                everything = squash(textpage.get_text_range())
                visible = squash(textpage.get_text_bounded())
                if everything != visible:
                    error(f"{name} page {index + 1}: text drawn outside the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


def check_quote(kind, number, row, docs):
    name = row.get("doc")
    if name not in docs:
        error(f"{kind} {number}: unknown document {name!r}")
        return
    pages = docs[name]
    page = row.get("page")
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{kind} {number}: empty quote")
        return
    if name.endswith(".pdf"):
        if (
            not isinstance(page, int)
            or isinstance(page, bool)
            or not 1 <= page <= len(pages)
        ):
            error(f"{kind} {number}: page must be in 1..{len(pages)}, got {page!r}")
            return
        if not occurs(quote, pages[page - 1]):
            where = [i + 1 for i, text in enumerate(pages) if occurs(quote, text)]
            error(
                f"{kind} {number}: quote not on page {page} of {name} "
                f"(found on {where}): {quote!r}"
            )
    else:
        if page is not None:
            error(f"{kind} {number}: page must be null for non-PDF document {name}")
        if not occurs(quote, pages[0]):
            error(f"{kind} {number}: quote not found in {name}: {quote!r}")


def check_links(links, aliases, docs):
    seen = set()
    pairs = set()
    for number, link in enumerate(links, 1):
        if set(link) != LINK_FIELDS:
            error(f"link {number}: fields {sorted(link)} != {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = link["source"], link["relation"], link["target"]
        if relation not in RELATIONS:
            error(f"link {number}: unknown relation {relation!r}")
        for name in (source, target):
            if name not in aliases:
                error(f"link {number}: {name!r} is not a key of aliases.json")
        if source == target:
            error(f"link {number}: source equals target")
        if relation in SOURCE_PAYS:
            expected = (source, target)
        elif relation == "supplies":
            expected = (target, source)
        else:
            expected = (None, None)
        if (link["payer"], link["payee"]) != expected:
            error(
                f"link {number}: payer/payee {link['payer']}/{link['payee']} "
                f"should be {expected}"
            )
        amount = link["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"link {number}: amount must be a non-empty string or null")
            elif amount not in link["quote"]:
                error(f"link {number}: amount {amount!r} does not occur in the quote")
            elif "%" in amount:
                error(f"link {number}: a percentage is not an amount")
            if relation in NO_MONEY:
                error(f"link {number}: {relation} carries no amount")
        key = (link["doc"], source, relation, target)
        if key in seen:
            error(f"link {number}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = (link["doc"], frozenset((source, target)))
            if pair in pairs:
                error(
                    f"link {number}: partners_with listed twice for "
                    f"{sorted(pair[1])} in {link['doc']}"
                )
            pairs.add(pair)
        check_quote("link", number, link, docs)
    check_link_conventions(links)


def check_link_conventions(links):
    keys = {
        (link["doc"], link["source"], link["relation"], link["target"])
        for link in links
    }
    subsidiaries = {
        link["source"] for link in links if link["relation"] == "subsidiary_of"
    }
    for number, link in enumerate(links, 1):
        doc, source, relation, target = (
            link["doc"],
            link["source"],
            link["relation"],
            link["target"],
        )
        if relation == "invests_in" and "%" in link["quote"]:
            if (doc, source, "owns_stake_in", target) not in keys:
                error(
                    f"link {number}: invests_in with a holding needs owns_stake_in too"
                )
        if relation != "subsidiary_of" and source in subsidiaries:
            if not any(
                key[0] == doc and key[1] == source and key[2] == "subsidiary_of"
                for key in keys
            ):
                error(
                    f"link {number}: subsidiary {source} acts in {doc} "
                    "without subsidiary_of there"
                )


def check_non_links(non_links, aliases, docs):
    for number, row in enumerate(non_links, 1):
        if set(row) != NON_LINK_FIELDS:
            error(
                f"non-link {number}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}"
            )
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"non-link {number}: needs at least two distinct companies")
        else:
            for name in companies:
                if name not in aliases:
                    error(f"non-link {number}: {name!r} is not a key of aliases.json")
        check_quote("non-link", number, row, docs)


def canonical(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links, loops):
    graph = nx.DiGraph()
    edge_docs = {}
    for link in links:
        if link.get("payer") and link.get("payee"):
            edge = (link["payer"], link["payee"])
            graph.add_edge(*edge)
            edge_docs.setdefault(edge, set()).add(link["doc"])
    actual = {canonical(cycle) for cycle in nx.simple_cycles(graph)}
    if not isinstance(loops, list) or not all(isinstance(loop, list) for loop in loops):
        error("loops.json must be a list of lists")
        return
    declared = [canonical(loop) for loop in loops]
    if len(declared) != len(set(declared)):
        error("loops.json lists a loop twice")
    if set(declared) != actual:
        error(
            f"loops.json differs from the simple cycles: "
            f"missing {sorted(actual - set(declared))}, "
            f"extra {sorted(set(declared) - actual)}"
        )
    if len(actual) != 5:
        error(f"expected 5 money loops, the payer->payee graph has {len(actual)}")
    for cycle in sorted(actual):
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
        shared = set.intersection(*(edge_docs[edge] for edge in edges))
        if shared:
            error(f"loop {cycle} lies inside one document: {sorted(shared)}")


def check_aliases(aliases, links, non_links, docs):
    if not isinstance(aliases, dict):
        error("aliases.json must be an object")
        return
    corpus = "\n".join("\n".join(pages) for pages in docs.values())
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases: {short} needs a non-empty list")
            continue
        for name in names:
            if not occurs(name, corpus):
                error(f"aliases: {short}: {name!r} does not occur in any document")
    used = {link[key] for link in links for key in ("source", "target") if key in link}
    used |= {name for row in non_links for name in row.get("companies", [])}
    for short in sorted(set(aliases) - used):
        error(f"aliases: {short} is not used by any link or non-link")


def main():
    docs = load_documents()
    check_documents(docs)
    check_pdf_visibility(docs)
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    check_links(links, aliases, docs)
    check_non_links(non_links, aliases, docs)
    check_loops(links, loops)
    check_aliases(aliases, links, non_links, docs)
    if not LINK_COUNT[0] <= len(links) <= LINK_COUNT[1]:
        error(f"{len(links)} links, expected {LINK_COUNT[0]}-{LINK_COUNT[1]}")
    if not NON_LINK_COUNT[0] <= len(non_links) <= NON_LINK_COUNT[1]:
        error(
            f"{len(non_links)} non-links, expected "
            f"{NON_LINK_COUNT[0]}-{NON_LINK_COUNT[1]}"
        )
    readme = HERE / "README.md"
    if (
        not readme.exists()
        or readme.read_text(encoding="utf-8").splitlines()[0] != README_TITLE
    ):
        error("README.md missing or its first line is not the required title")
    for message in errors:
        print("ERROR:", message)
    print(
        f"{len(docs)} documents, {len(links)} links, {len(loops)} loops, "
        f"{len(non_links)} non-links"
    )
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
