"""Validate the fresh126 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists the problems if anything is wrong.
"""

import html
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx
import pypdf
from bs4 import BeautifulSoup

HERE = Path(__file__).resolve().parent
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
BLOCK_TAGS = ["p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
              "br", "header", "footer", "nav", "article", "section", "title"]

errors = []


def err(msg):
    errors.append(msg)


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def squeeze(text):
    return re.sub(r"\s+", "", text)


def html_text(raw):
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before(" ")
        tag.insert_after(" ")
    return html.unescape(soup.get_text(""))


def md_text(raw):
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            line = " ".join(cells)
        line = line.replace("**", "")
        line = re.sub(r"^#+\s*", "", line)
        lines.append(line)
    return "\n".join(lines)


def load_texts(docs):
    """Return {doc: {page or None: text}}."""
    texts = {}
    for doc in docs:
        path = HERE / doc
        if doc.endswith(".pdf"):
            reader = pypdf.PdfReader(str(path))
            texts[doc] = {i + 1: page.extract_text() for i, page in enumerate(reader.pages)}
        elif doc.endswith(".html"):
            texts[doc] = {None: html_text(path.read_text(encoding="utf-8"))}
        elif doc.endswith(".md"):
            texts[doc] = {None: md_text(path.read_text(encoding="utf-8"))}
        else:
            texts[doc] = {None: path.read_text(encoding="utf-8")}
    return texts


def occurs(quote, text):
    if collapse(quote) in collapse(text):
        return True
    # PDF line breaks inside Chinese text become whitespace; compare without it.
    if re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", quote):
        return squeeze(quote) in squeeze(text)
    return False


def read_jsonl(name):
    rows = []
    path = HERE / name
    if not path.exists():
        err(f"{name} missing")
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            err(f"{name}:{n}: invalid JSON ({exc})")
    return rows


def canonical(cycle):
    cycle = list(cycle)
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def check_quote(where, row, texts):
    doc, page, quote = row.get("doc"), row.get("page"), row.get("quote")
    if doc not in texts:
        err(f"{where}: unknown doc {doc!r}")
        return
    if not isinstance(quote, str) or not quote.strip():
        err(f"{where}: empty quote")
        return
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or page not in texts[doc]:
            err(f"{where}: PDF quote needs a valid 1-based page, got {page!r}")
            return
        if not occurs(quote, texts[doc][page]):
            err(f"{where}: quote not found on page {page} of {doc}: {quote[:70]!r}")
    else:
        if page is not None:
            err(f"{where}: page must be null for non-PDF {doc}")
        if not occurs(quote, texts[doc][None]):
            err(f"{where}: quote not found in {doc}: {quote[:70]!r}")


def named_in(short, aliases, text):
    return any(squeeze(a) in squeeze(text) for a in aliases.get(short, []))


def main():
    docs = sorted(p.name for p in HERE.iterdir() if re.match(r"^\d\d_", p.name))
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {docs}")
    if [d[:2] for d in docs] != [f"{i:02d}" for i in range(1, 9)]:
        err(f"documents must be numbered 01..08: {docs}")
    if sum(d.endswith(".pdf") for d in docs) < 3:
        err("at least 3 documents must be PDF")
    for name in ("README.md", "build_pdfs.py", "aliases.json", "loops.json"):
        if not (HERE / name).exists():
            err(f"{name} missing")
    texts = load_texts(docs)
    full = {d: "\n".join(t for t in pages.values()) for d, pages in texts.items()}

    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    for short, names in aliases.items():
        if not isinstance(names, list) or not names:
            err(f"aliases[{short}] must be a non-empty list")
            continue
        for name in names:
            if not any(squeeze(name) in squeeze(t) for t in full.values()):
                err(f"alias {name!r} of {short} does not occur in any document")

    links = read_jsonl("links.jsonl")
    seen = set()
    pairs = Counter()
    for n, row in enumerate(links, 1):
        where = f"links.jsonl:{n}"
        if set(row) != LINK_FIELDS:
            err(f"{where}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        src, rel, tgt = row["source"], row["relation"], row["target"]
        if rel not in RELATIONS:
            err(f"{where}: unknown relation {rel!r}")
        for name in (src, tgt, row["payer"], row["payee"]):
            if name is not None and name not in aliases:
                err(f"{where}: {name!r} is not a key of aliases.json")
        if src == tgt:
            err(f"{where}: source equals target")
        if rel == "supplies":
            expected = (tgt, src)
        elif rel in SOURCE_PAYS:
            expected = (src, tgt)
        else:
            expected = (None, None)
        if (row["payer"], row["payee"]) != expected:
            err(f"{where}: payer/payee {row['payer']}/{row['payee']} should be {expected[0]}/{expected[1]}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or amount not in row["quote"]:
                err(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                err(f"{where}: percentages are not amounts")
            if rel in NO_MONEY:
                err(f"{where}: {rel} carries no amount")
        key = (row["doc"], src, rel, tgt)
        if key in seen:
            err(f"{where}: duplicate {key}")
        seen.add(key)
        if rel == "partners_with":
            pairs[(row["doc"], frozenset((src, tgt)))] += 1
        check_quote(where, row, texts)
        if row["doc"] in full:
            for name in (src, tgt):
                if not named_in(name, aliases, full[row["doc"]]):
                    err(f"{where}: {name} is not named in {row['doc']}")
    for (doc, pair), count in pairs.items():
        if count > 1:
            err(f"partners_with listed {count} times for {sorted(pair)} in {doc}")

    non_links = read_jsonl("non_links.jsonl")
    for n, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{n}"
        if set(row) != NON_LINK_FIELDS:
            err(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        comps = row["companies"]
        if not isinstance(comps, list) or len(set(comps)) < 2:
            err(f"{where}: needs at least two companies")
            continue
        for name in comps:
            if name not in aliases:
                err(f"{where}: {name!r} is not a key of aliases.json")
            elif not named_in(name, aliases, row["quote"]):
                err(f"{where}: {name} is not named in the quote")
        check_quote(where, row, texts)
    link_quotes = {(r.get("doc"), collapse(r.get("quote", ""))) for r in links}
    for row in non_links:
        if (row.get("doc"), collapse(row.get("quote", ""))) in link_quotes:
            err(f"non-link quote is also a link quote: {row.get('quote', '')[:60]!r}")

    graph = nx.DiGraph()
    doc_edges = defaultdict(set)
    for row in links:
        if row.get("payer") and row.get("payee"):
            graph.add_edge(row["payer"], row["payee"])
            doc_edges[row["doc"]].add((row["payer"], row["payee"]))
    cycles = {canonical(c) for c in nx.simple_cycles(graph)}
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    declared = {canonical(c) for c in loops}
    if len(declared) != len(loops):
        err("loops.json contains duplicate loops")
    if declared != cycles:
        err(f"loops.json differs from simple cycles: missing {sorted(cycles - declared)}, "
            f"extra {sorted(declared - cycles)}")
    for cycle in cycles:
        if not 2 <= len(cycle) <= 4:
            err(f"loop {cycle} has length {len(cycle)}, expected 2-4")
        edges = {(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))}
        for doc, found in doc_edges.items():
            if edges <= found:
                err(f"loop {cycle} lies inside one document ({doc})")

    if not 60 <= len(links) <= 75:
        err(f"{len(links)} links, expected 60-75")
    if not 20 <= len(non_links) <= 26:
        err(f"{len(non_links)} non-links, expected 20-26")
    if len(cycles) != 5:
        err(f"{len(cycles)} loops, expected 5")

    print(f"documents: {len(docs)}, links: {len(links)}, non-links: {len(non_links)}, loops: {len(cycles)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK - no errors")


if __name__ == "__main__":
    main()
