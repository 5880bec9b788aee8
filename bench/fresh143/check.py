"""Validate the fresh143 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists the problems if any check fails.
"""

import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pypdf
import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
TITLE = ("# fresh143 - AI in construction-equipment rental, cranes and scaffolding, "
         "with British, Swedish, Japanese and Taiwanese issuers")
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page",
             "quote"}
NON_LINK_KEYS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*\.(pdf|html|md|txt)$")
CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
SPACE_NEAR_CJK = re.compile(rf"(?<=[{CJK}]) | (?=[{CJK}])")
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2",
              "h3", "h4", "h5", "h6", "header", "footer", "article", "section",
              "blockquote", "dt", "dd", "caption", "figcaption", "hr"}
HIDDEN_TAGS = {"head", "script", "style", "title", "noscript", "template"}

errors = []


def error(message):
    errors.append(message)


def norm(text):
    """Collapse whitespace; drop spaces that line breaks leave next to Chinese text."""
    text = re.sub(r"\s+", " ", text).strip()
    return SPACE_NEAR_CJK.sub("", text)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
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
    return html.unescape("".join(parser.parts))


def markdown_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            if re.fullmatch(r"\|[\s:|-]+\|?", stripped):
                continue
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            lines.append(" ".join(c for c in cells if c))
        else:
            lines.append(line)
    return "\n".join(lines)


def load_documents():
    docs = {}
    prefixes = {}
    for path in sorted(HERE.iterdir()):
        match = DOC_NAME.match(path.name)
        if not match:
            continue
        prefixes.setdefault(match.group(1), []).append(path.name)
        if path.suffix == ".pdf":
            pages = [norm(page.extract_text()) for page in pypdf.PdfReader(path).pages]
            docs[path.name] = {"pages": pages, "text": " ".join(pages), "pdf": True}
        else:
            raw = path.read_text(encoding="utf-8")
            if path.suffix == ".html":
                text = html_text(raw)
            elif path.suffix == ".md":
                text = markdown_text(raw)
            else:
                text = raw
            docs[path.name] = {"pages": None, "text": norm(text), "pdf": False}
    for prefix in [f"{i:02d}" for i in range(1, 9)]:
        if len(prefixes.get(prefix, [])) != 1:
            found = prefixes.get(prefix, [])
            error(f"expected exactly one document numbered {prefix}, found {found}")
    if len(docs) != 8:
        error(f"expected 8 documents, found {len(docs)}")
    if sum(d["pdf"] for d in docs.values()) < 3:
        error("fewer than 3 PDF documents")
    chinese = [name for name, d in docs.items()
               if len(re.findall(r"[\u4e00-\u9fff]", d["text"])) > 500]
    if len(chinese) < 2:
        error(f"fewer than 2 Chinese documents: {chinese}")
    return docs


def check_pdf_bounds():
    for path in sorted(HERE.glob("0*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                seen = re.sub(r"\s+", " ", textpage.get_text_bounded()).strip()
                stored = re.sub(r"\s+", " ", textpage.get_text_range()).strip()
                if seen != stored:
                    error(f"{path.name} page {index + 1}: text drawn outside the page")
                textpage.close()
                page.close()
        finally:
            pdf.close()


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
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            error(f"{name} line {number}: invalid JSON ({exc})")
    return rows


def quote_found(docs, row, where):
    doc = docs.get(row.get("doc"))
    if doc is None:
        error(f"{where}: unknown document {row.get('doc')!r}")
        return
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        error(f"{where}: empty quote")
        return
    page = row.get("page")
    if doc["pdf"]:
        count = len(doc["pages"])
        is_int = isinstance(page, int) and not isinstance(page, bool)
        if not is_int or not 1 <= page <= count:
            error(f"{where}: PDF quote needs a page from 1 to {count}, got {page!r}")
            return
        if norm(quote) not in doc["pages"][page - 1]:
            error(f"{where}: quote not on page {page} of {row['doc']}: {quote[:80]}")
    else:
        if page is not None:
            error(f"{where}: page must be null for non-PDF documents")
        if norm(quote) not in doc["text"]:
            error(f"{where}: quote not in {row['doc']}: {quote[:80]}")


def check_links(docs, aliases):
    links = read_jsonl("links.jsonl")
    seen = set()
    pairs = set()
    for number, row in enumerate(links, 1):
        where = f"links.jsonl line {number}"
        if set(row) != LINK_KEYS:
            error(f"{where}: fields {sorted(row)} differ from {sorted(LINK_KEYS)}")
            continue
        source, relation, target = row["source"], row["relation"], row["target"]
        if relation not in RELATIONS:
            error(f"{where}: unknown relation {relation!r}")
        for name in (source, target):
            if name not in aliases:
                error(f"{where}: {name!r} is not a key of aliases.json")
        if source == target:
            error(f"{where}: source equals target")
        if relation == "supplies":
            expected = (target, source)
        elif relation in SOURCE_PAYS:
            expected = (source, target)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            got = (row["payer"], row["payee"])
            error(f"{where}: payer/payee should be {expected}, got {got}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                error(f"{where}: amount must be a non-empty string or null")
            elif norm(amount) not in norm(row["quote"]):
                error(f"{where}: amount {amount!r} not in quote")
            elif re.fullmatch(r"[\d.,\s]+%", amount):
                error(f"{where}: a percentage is not an amount")
            if relation in ("partners_with", "subsidiary_of"):
                error(f"{where}: {relation} carries no amount")
        key = (row["doc"], source, relation, target)
        if key in seen:
            error(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = (row["doc"], frozenset((source, target)))
            if pair in pairs:
                error(f"{where}: partners_with listed twice for {sorted(pair[1])}")
            pairs.add(pair)
        quote_found(docs, row, where)
    if not 60 <= len(links) <= 75:
        error(f"links.jsonl has {len(links)} links; expected 60 to 75")
    return links


def check_subsidiaries(docs, links, aliases):
    """A subsidiary acting in a document that names its parent needs subsidiary_of."""
    parents = {}
    for row in links:
        if row["relation"] == "subsidiary_of":
            parents.setdefault(row["source"], set()).add(row["target"])
    listed = {(row["doc"], row["source"]) for row in links
              if row["relation"] == "subsidiary_of"}
    for row in links:
        child = row["source"]
        if row["relation"] == "subsidiary_of" or child not in parents:
            continue
        if (row["doc"], child) in listed:
            continue
        text = docs[row["doc"]]["text"]
        for alias in sorted(aliases.get(child, []), key=len, reverse=True):
            text = text.replace(norm(alias), " ")
        for parent in parents[child]:
            if any(norm(alias) in text for alias in aliases.get(parent, [])):
                error(f"{row['doc']}: {child} acts and its parent {parent} is named, "
                      "but subsidiary_of is missing")


def check_non_links(docs, aliases, links):
    rows = read_jsonl("non_links.jsonl")
    link_quotes = {(row["doc"], norm(row["quote"])) for row in links}
    for number, row in enumerate(rows, 1):
        where = f"non_links.jsonl line {number}"
        if set(row) != NON_LINK_KEYS:
            error(f"{where}: fields {sorted(row)} differ from {sorted(NON_LINK_KEYS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            error(f"{where}: needs at least two companies")
        else:
            for name in companies:
                if name not in aliases:
                    error(f"{where}: {name!r} is not a key of aliases.json")
        if (row["doc"], norm(row["quote"])) in link_quotes:
            error(f"{where}: the same sentence is also a link quote")
        quote_found(docs, row, where)
    if not 20 <= len(rows) <= 26:
        error(f"non_links.jsonl has {len(rows)} rows; expected 20 to 26")


def rotate(cycle):
    start = cycle.index(min(cycle))
    return tuple(cycle[start:] + cycle[:start])


def check_loops(links):
    path = HERE / "loops.json"
    if not path.exists():
        error("missing loops.json")
        return
    declared = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.DiGraph()
    edges_by_doc = {}
    for row in links:
        if row["payer"] and row["payee"]:
            graph.add_edge(row["payer"], row["payee"])
            edges_by_doc.setdefault(row["doc"], set()).add((row["payer"], row["payee"]))
    actual = {rotate(list(c)) for c in nx.simple_cycles(graph)}
    wanted = {rotate(list(c)) for c in declared}
    if len(wanted) != len(declared):
        error("loops.json lists a loop twice")
    if actual != wanted:
        error(f"loops.json differs from the simple cycles: "
              f"missing {sorted(actual - wanted)}, extra {sorted(wanted - actual)}")
    if len(declared) != 5:
        error(f"expected 5 money loops, found {len(declared)}")
    for cycle in declared:
        if not 2 <= len(cycle) <= 4:
            error(f"loop {cycle} has length {len(cycle)}; expected 2 to 4")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, doc_edges in edges_by_doc.items():
            if edges <= doc_edges:
                error(f"loop {cycle} lies entirely inside {doc}")


def check_aliases(docs):
    path = HERE / "aliases.json"
    if not path.exists():
        error("missing aliases.json")
        return {}
    aliases = json.loads(path.read_text(encoding="utf-8"))
    everything = " ".join(d["text"] for d in docs.values())
    for key, names in aliases.items():
        valid = isinstance(names, list) and names
        if not valid or not all(isinstance(n, str) and n for n in names):
            error(f"aliases.json: {key!r} needs a non-empty list of names")
            continue
        for name in names:
            if norm(name) not in everything:
                error(f"aliases.json: {key}: {name!r} does not occur in any document")
    return aliases


def check_readme():
    path = HERE / "README.md"
    if not path.exists():
        error("missing README.md")
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != TITLE:
        error("README.md does not start with the required title")
    if "| File | Kind | Language |" not in lines:
        error("README.md lacks the | File | Kind | Language | table")


def main():
    docs = load_documents()
    check_pdf_bounds()
    aliases = check_aliases(docs)
    links = check_links(docs, aliases)
    check_subsidiaries(docs, links, aliases)
    check_non_links(docs, aliases, links)
    check_loops(links)
    check_readme()
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, "
          f"{sum(1 for _ in read_jsonl('non_links.jsonl'))} non-links, "
          f"{len(json.loads((HERE / 'loops.json').read_text(encoding='utf-8')))} loops")


if __name__ == "__main__":
    main()
