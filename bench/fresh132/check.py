"""Validate the fresh132 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and exits 0.
"""

import itertools
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_NAME = re.compile(r"^(0[1-8])_[A-Za-z0-9]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "footer", "nav", "article", "aside", "section", "title", "a",
}
SKIP_TAGS = {"script", "style", "head"}
TITLE = ("# fresh132 - AI in fertiliser, potash, phosphate and crop-protection chemicals, "
         "with Canadian, Moroccan, Israeli and mainland Chinese issuers")

errors = []


def error(message):
    errors.append(message)


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def squash(text):
    return re.sub(r"\s+", "", text)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return norm("".join(parser.parts))


def markdown_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                continue
            lines.append(" ".join(c for c in cells if c))
            continue
        stripped = re.sub(r"^(#+|>|-(?=\s))\s*", "", stripped)
        lines.append(stripped.replace("*", ""))
    return norm(" ".join(lines))


def load_documents():
    docs = {}
    for path in sorted(HERE.iterdir()):
        if not re.match(r"^\d\d_", path.name):
            continue
        if not DOC_NAME.match(path.name):
            error(f"badly named document {path.name}")
            continue
        if path.suffix == ".pdf":
            docs[path.name] = {i: norm(p.extract_text() or "") for i, p in enumerate(PdfReader(path).pages, 1)}
        elif path.suffix == ".html":
            docs[path.name] = html_text(path)
        elif path.suffix == ".md":
            docs[path.name] = markdown_text(path)
        else:
            docs[path.name] = norm(path.read_text(encoding="utf-8"))
    numbers = sorted(name[:2] for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        error(f"expected documents 01..08, found {numbers}")
    pdfs = [d for d in docs if d.endswith(".pdf")]
    if len(pdfs) < 3:
        error(f"need at least 3 PDF documents, found {len(pdfs)}")
    chinese = [d for d in docs if CJK.search(full_text(docs[d]))]
    if len(chinese) < 2:
        error(f"need at least 2 Chinese documents, found {chinese}")
    return docs


def full_text(content):
    return " ".join(content.values()) if isinstance(content, dict) else content


def occurs(quote, text):
    if norm(quote) in text:
        return True
    return bool(CJK.search(quote)) and squash(quote) in squash(text)


def check_quote(kind, n, rec, docs):
    doc = rec["doc"]
    if doc not in docs:
        error(f"{kind} {n}: unknown document {doc}")
        return
    content = docs[doc]
    page = rec["page"]
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or isinstance(page, bool) or page < 1:
            error(f"{kind} {n}: PDF quote needs a 1-based page number")
            return
        if page not in content:
            error(f"{kind} {n}: page {page} does not exist in {doc}")
            return
        if not occurs(rec["quote"], content[page]):
            pages = [p for p, text in content.items() if occurs(rec["quote"], text)]
            error(f"{kind} {n}: quote not found on page {page} of {doc} (found on {pages}): {rec['quote'][:70]}")
    else:
        if page is not None:
            error(f"{kind} {n}: page must be null for non-PDF document {doc}")
        if not occurs(rec["quote"], content):
            error(f"{kind} {n}: quote not found in {doc}: {rec['quote'][:70]}")


def read_jsonl(name):
    records = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                records.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                error(f"{name} line {n}: invalid JSON ({exc})")
    return records


def check_links(docs, aliases):
    links = []
    seen = set()
    partner_pairs = set()
    for n, rec in read_jsonl("links.jsonl"):
        label = f"links.jsonl line {n}"
        if set(rec) != LINK_FIELDS:
            error(f"{label}: fields {sorted(rec)} differ from {sorted(LINK_FIELDS)}")
            continue
        src, rel, tgt = rec["source"], rec["relation"], rec["target"]
        if rel not in RELATIONS:
            error(f"{label}: unknown relation {rel}")
        for role in ("source", "target"):
            if rec[role] not in aliases:
                error(f"{label}: {role} {rec[role]!r} is not a key of aliases.json")
        if src == tgt:
            error(f"{label}: source equals target")
        if rel in SOURCE_PAYS:
            expected = (src, tgt)
        elif rel == "supplies":
            expected = (tgt, src)
        else:
            expected = (None, None)
        if (rec["payer"], rec["payee"]) != expected:
            error(f"{label}: payer/payee {rec['payer']}/{rec['payee']} should be {expected[0]}/{expected[1]}")
        amount = rec["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in rec["quote"]:
                error(f"{label}: amount {amount!r} does not occur in the quote")
            elif re.fullmatch(r"[\d.,\s]*%", amount):
                error(f"{label}: percentages are not amounts")
        key = (rec["doc"], src, rel, tgt)
        if key in seen:
            error(f"{label}: duplicate ({src}, {rel}, {tgt}) in {rec['doc']}")
        seen.add(key)
        if rel == "partners_with":
            pair = frozenset((src, tgt))
            if pair in partner_pairs:
                error(f"{label}: partners_with listed more than once for {sorted(pair)}")
            partner_pairs.add(pair)
        check_quote("link", f"line {n}", rec, docs)
        links.append(rec)
    if not 60 <= len(links) <= 75:
        error(f"expected 60-75 links, found {len(links)}")
    for doc in docs:
        if not any(r["doc"] == doc for r in links):
            error(f"document {doc} states no links")
    return links


def check_non_links(docs, aliases, links):
    linked = {frozenset((r["source"], r["target"])) for r in links}
    count = 0
    for n, rec in read_jsonl("non_links.jsonl"):
        label = f"non_links.jsonl line {n}"
        if set(rec) != NON_LINK_FIELDS:
            error(f"{label}: fields {sorted(rec)} differ from {sorted(NON_LINK_FIELDS)}")
            continue
        companies = rec["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2 or len(set(companies)) != len(companies):
            error(f"{label}: companies must list at least two distinct short names")
            continue
        for c in companies:
            if c not in aliases:
                error(f"{label}: company {c!r} is not a key of aliases.json")
        for a, b in itertools.combinations(companies, 2):
            if frozenset((a, b)) in linked:
                error(f"{label}: {a} and {b} are linked in links.jsonl")
        check_quote("non-link", f"line {n}", rec, docs)
        count += 1
    if not 20 <= count <= 26:
        error(f"expected 20-26 non-links, found {count}")
    return count


def canonical(cycle):
    cycle = list(cycle)
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def check_loops(links, aliases):
    graph = nx.DiGraph()
    edge_docs = {}
    for r in links:
        if r["payer"] is not None:
            graph.add_edge(r["payer"], r["payee"])
            edge_docs.setdefault((r["payer"], r["payee"]), set()).add(r["doc"])
    found = {canonical(c) for c in nx.simple_cycles(graph)}
    try:
        listed_raw = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        error(f"loops.json: invalid JSON ({exc})")
        return found
    listed = set()
    for loop in listed_raw:
        if not isinstance(loop, list) or any(c not in aliases for c in loop):
            error(f"loops.json: bad loop {loop}")
            continue
        listed.add(canonical(loop))
    if len(listed) != len(listed_raw):
        error("loops.json: duplicate loops")
    for loop in sorted(found - listed):
        error(f"loops.json: missing cycle {list(loop)}")
    for loop in sorted(listed - found):
        error(f"loops.json: {list(loop)} is not a simple cycle of the payer->payee graph")
    for loop in found:
        if not 2 <= len(loop) <= 4:
            error(f"cycle {list(loop)} has length {len(loop)}, expected 2-4")
        edges = [(loop[i], loop[(i + 1) % len(loop)]) for i in range(len(loop))]
        common = set.intersection(*(edge_docs[e] for e in edges))
        if common:
            error(f"cycle {list(loop)} lies inside one document: {sorted(common)}")
    if len(found) != 5:
        error(f"expected 5 money loops, found {len(found)}")
    return found


def check_aliases(docs, aliases, links):
    everything = " ".join(full_text(c) for c in docs.values())
    squashed = squash(everything)
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            error(f"aliases.json: {key} needs a non-empty list")
            continue
        for name in names:
            if norm(name) not in everything and squash(name) not in squashed:
                error(f"aliases.json: {key} alias {name!r} occurs in no document")
    used = {r["source"] for r in links} | {r["target"] for r in links}
    for line in (HERE / "non_links.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            used |= set(json.loads(line).get("companies", []))
    for key in sorted(set(aliases) - used):
        error(f"aliases.json: {key} is used by no link or non-link")


def check_readme():
    readme = HERE / "README.md"
    if not readme.exists():
        error("README.md missing")
        return
    text = readme.read_text(encoding="utf-8")
    if text.splitlines()[0].strip() != TITLE:
        error("README.md: title line differs from the required title")
    if "| File | Kind | Language |" not in text:
        error("README.md: missing | File | Kind | Language | table")


def main():
    docs = load_documents()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    links = check_links(docs, aliases)
    non_links = check_non_links(docs, aliases, links)
    loops = check_loops(links, aliases)
    check_aliases(docs, aliases, links)
    check_readme()
    if errors:
        for message in errors:
            print("ERROR:", message)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {non_links} non-links, {len(loops)} loops")


if __name__ == "__main__":
    main()
