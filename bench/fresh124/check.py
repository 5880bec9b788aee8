"""Validate the fresh124 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and prints every problem found; prints OK otherwise.
"""

import html
import json
import os
import re
import sys
from html.parser import HTMLParser

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|html|pdf|txt)$")
CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
BLOCK_TAGS = {"p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "thead", "tbody", "h1", "h2", "h3",
              "h4", "h5", "h6", "br", "hr", "blockquote", "aside", "header", "footer", "article", "section",
              "nav", "title"}
SKIP_TAGS = {"script", "style", "head"}

errors = []


def err(msg):
    errors.append(msg)


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    parser = VisibleText()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    parser.close()
    return html.unescape("".join(parser.parts))


def md_text(path):
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if stripped.startswith("|"):
                if re.fullmatch(r"\|[\s:|-]+\|?", stripped):
                    continue
                cells = [c.strip() for c in stripped.strip("|").split("|")]
                lines.append(" ".join(cells))
            else:
                lines.append(line)
    text = "".join(x if x.endswith("\n") else x + "\n" for x in lines)
    return text.replace("**", "").replace("__", "")


def norm(text, strip_all=False):
    text = re.sub(r"\s+", " ", text).strip()
    if strip_all:
        text = re.sub(r"\s+", "", text)
    return text


def quote_in(quote, text):
    cjk = bool(CJK_RE.search(quote))
    return norm(quote, cjk) in norm(text, cjk)


def load_jsonl(name):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"missing {name}")
        return rows
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: invalid JSON ({e})")
    return rows


def main():
    # ---- documents
    docs = sorted(f for f in os.listdir(HERE) if DOC_RE.match(f))
    numbers = [DOC_RE.match(f).group(1) for f in docs]
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        err(f"expected exactly 8 documents numbered 01-08, found {docs}")
    texts, pages = {}, {}
    for doc in docs:
        path = os.path.join(HERE, doc)
        ext = doc.rsplit(".", 1)[1]
        if ext == "pdf":
            reader = PdfReader(path)
            pages[doc] = [p.extract_text() or "" for p in reader.pages]
            texts[doc] = "\n".join(pages[doc])
        elif ext == "html":
            texts[doc] = html_text(path)
        elif ext == "md":
            texts[doc] = md_text(path)
        else:
            with open(path, encoding="utf-8") as f:
                texts[doc] = f.read()
    n_pdf = sum(d.endswith(".pdf") for d in docs)
    if n_pdf < 3:
        err(f"need at least 3 PDF documents, found {n_pdf}")
    n_cjk = sum(len(CJK_RE.findall(t)) > 300 for t in texts.values())
    if n_cjk < 2:
        err(f"need at least 2 Chinese documents, found {n_cjk}")

    # ---- aliases
    try:
        with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
            aliases = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        err(f"aliases.json: {e}")
        aliases = {}
    all_text = norm(" ".join(texts.values()), True)
    for key, names in aliases.items():
        if not isinstance(names, list) or not names:
            err(f"aliases.json: {key} must map to a non-empty list")
            continue
        for name in names:
            if norm(name, True) not in all_text:
                err(f"aliases.json: alias {name!r} of {key} does not occur in any document")

    def check_quote(kind, i, row):
        doc = row.get("doc")
        if doc not in texts:
            err(f"{kind}:{i}: unknown doc {doc!r}")
            return
        quote = row.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            err(f"{kind}:{i}: empty quote")
            return
        page = row.get("page")
        if doc.endswith(".pdf"):
            if not isinstance(page, int) or not 1 <= page <= len(pages[doc]):
                err(f"{kind}:{i}: PDF quote needs a valid 1-based page, got {page!r}")
                return
            if not quote_in(quote, pages[doc][page - 1]):
                err(f"{kind}:{i}: quote not found on page {page} of {doc}: {quote[:70]!r}")
        else:
            if page is not None:
                err(f"{kind}:{i}: page must be null for non-PDF {doc}")
            if not quote_in(quote, texts[doc]):
                err(f"{kind}:{i}: quote not found in {doc}: {quote[:70]!r}")

    # ---- links
    links = load_jsonl("links.jsonl")
    seen, pairs = set(), set()
    for i, row in enumerate(links, 1):
        if set(row) != LINK_FIELDS:
            err(f"links:{i}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        src, rel, tgt = row["source"], row["relation"], row["target"]
        if rel not in RELATIONS:
            err(f"links:{i}: unknown relation {rel!r}")
        for name in (src, tgt, row["payer"], row["payee"]):
            if name is not None and name not in aliases:
                err(f"links:{i}: {name!r} is not a key of aliases.json")
        if src == tgt:
            err(f"links:{i}: source equals target")
        if rel in NO_MONEY:
            expected = (None, None)
        elif rel in SOURCE_PAYS:
            expected = (src, tgt)
        else:
            expected = (tgt, src)
        if (row["payer"], row["payee"]) != expected:
            err(f"links:{i}: payer/payee {row['payer']}/{row['payee']} should be {expected}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in row["quote"]:
                err(f"links:{i}: amount {amount!r} does not occur in quote")
            elif amount.strip().endswith("%"):
                err(f"links:{i}: percentages are not amounts")
            if rel in NO_MONEY:
                err(f"links:{i}: {rel} should carry no amount")
        key = (row["doc"], src, rel, tgt)
        if key in seen:
            err(f"links:{i}: duplicate {key}")
        seen.add(key)
        if rel == "partners_with":
            pair = frozenset((src, tgt))
            if pair in pairs:
                err(f"links:{i}: partners_with listed more than once for {sorted(pair)}")
            pairs.add(pair)
        check_quote("links", i, row)
    if not 60 <= len(links) <= 75:
        err(f"links: {len(links)} links, expected 60-75")

    # ---- non-links
    non_links = load_jsonl("non_links.jsonl")
    for i, row in enumerate(non_links, 1):
        if set(row) != NON_LINK_FIELDS:
            err(f"non_links:{i}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        if not isinstance(companies, list) or len(set(companies)) < 2:
            err(f"non_links:{i}: needs at least two companies")
            continue
        for name in companies:
            if name not in aliases:
                err(f"non_links:{i}: {name!r} is not a key of aliases.json")
            elif not any(norm(a, True) in norm(row["quote"], True) for a in aliases[name]):
                err(f"non_links:{i}: no alias of {name} occurs in the quote")
        check_quote("non_links", i, row)
    if not 20 <= len(non_links) <= 26:
        err(f"non_links: {len(non_links)} sentences, expected 20-26")

    # ---- loops
    graph = nx.DiGraph()
    edge_docs = {}
    for row in links:
        if row.get("payer") and row.get("payee"):
            graph.add_edge(row["payer"], row["payee"])
            edge_docs.setdefault((row["payer"], row["payee"]), set()).add(row["doc"])

    def canon(cycle):
        k = cycle.index(min(cycle))
        return tuple(cycle[k:] + cycle[:k])

    actual = {canon(list(c)) for c in nx.simple_cycles(graph)}
    try:
        with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
            declared_list = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        err(f"loops.json: {e}")
        declared_list = []
    declared = set()
    for loop in declared_list:
        if not isinstance(loop, list) or not 2 <= len(loop) <= 4:
            err(f"loops.json: loop {loop!r} must be a list of 2-4 names")
            continue
        declared.add(canon(loop))
    if declared != actual:
        err(f"loops.json differs from simple cycles: missing {sorted(actual - declared)}, "
            f"extra {sorted(declared - actual)}")
    if len(declared_list) != 5:
        err(f"loops.json: expected 5 loops, found {len(declared_list)}")
    for cycle in actual:
        if len(cycle) > 4:
            err(f"cycle longer than 4: {cycle}")
        edges = [(cycle[j], cycle[(j + 1) % len(cycle)]) for j in range(len(cycle))]
        for doc in docs:
            if all(doc in edge_docs.get(e, set()) for e in edges):
                err(f"loop {cycle} lies entirely inside {doc}")

    # ---- README
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        err("missing README.md")
    else:
        with open(readme, encoding="utf-8") as f:
            first = f.readline().strip()
        if not first.startswith("# fresh124 - "):
            err("README.md: unexpected title line")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"OK: {len(docs)} documents, {len(links)} links, {len(non_links)} non-links, "
          f"{len(actual)} loops")


if __name__ == "__main__":
    main()
