"""Consistency checks for this evaluation set.

Run: /work/main/.venv/bin/python check.py
Exits non-zero and prints every problem found; prints a summary and "OK" when all checks pass.
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOCS = [
    "nordhavn_10q_2025q3.html",
    "hadeed_gpu_financing_pr.md",
    "ostara_q3_2025_call.txt",
    "kagura_20f_fy2025.pdf",
    "lanxin_investment_announcement.md",
    "yunqiong_ir_record.txt",
    "lanxin_hbm_news.txt",
    "compute_loops_newsletter.md",
]
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_KEYS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NONLINK_KEYS = {"doc", "quote", "companies", "page"}

problems = []


def fail(msg):
    problems.append(msg)


def norm(text):
    return " ".join(text.split())


# ---------------------------------------------------------------- document text
class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "td", "th", "tr", "table", "li", "ul", "ol", "h1", "h2", "h3", "h4",
             "h5", "h6", "hr", "body", "thead", "tbody", "tfoot", "caption", "section", "center"}
    HIDDEN = {"head", "title", "script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(path):
    parser = VisibleText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return norm("".join(parser.parts))


def markdown_text(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
                continue  # separator row
            lines.append(" ".join(c for c in cells if c))
        else:
            lines.append(line)
    return norm("\n".join(lines))


def load_texts():
    texts = {}
    for name in DOCS:
        path = HERE / name
        if not path.exists():
            fail(f"missing document {name}")
            continue
        if name.endswith(".pdf"):
            reader = PdfReader(str(path))
            texts[name] = {i + 1: norm(p.extract_text() or "") for i, p in enumerate(reader.pages)}
        elif name.endswith(".html"):
            texts[name] = html_text(path)
        elif name.endswith(".md"):
            texts[name] = markdown_text(path)
        else:
            texts[name] = norm(path.read_text(encoding="utf-8"))
    return texts


def quote_found(texts, doc, page, quote, where):
    if doc not in texts:
        fail(f"{where}: unknown doc {doc!r}")
        return
    q = norm(quote)
    if not q:
        fail(f"{where}: empty quote")
        return
    if doc.endswith(".pdf"):
        pages = texts[doc]
        if not isinstance(page, int) or page not in pages:
            fail(f"{where}: PDF quote needs a valid 1-based page, got {page!r}")
            return
        if q not in pages[page]:
            other = [p for p, t in pages.items() if q in t]
            fail(f"{where}: quote not on page {page} of {doc}" + (f" (found on {other})" if other else "") + f": {quote}")
    else:
        if page is not None:
            fail(f"{where}: page must be null for non-PDF {doc}")
        if q not in texts[doc]:
            fail(f"{where}: quote not found in {doc}: {quote}")


# ---------------------------------------------------------------- loaders
def read_jsonl(name):
    rows = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            fail(f"{name}:{n}: invalid JSON ({e})")
    return rows


def canonical(cycle):
    """Rotation-invariant form of a directed cycle."""
    cycle = list(cycle)
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main():
    texts = load_texts()
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    if not isinstance(aliases, dict) or not all(isinstance(v, list) for v in aliases.values()):
        fail("aliases.json must map each short name to a list of names")

    all_text = " ".join(t if isinstance(t, str) else " ".join(t.values()) for t in texts.values())
    for short, names in aliases.items():
        for nm in names:
            if norm(nm) not in all_text:
                fail(f"aliases.json: name {nm!r} for {short!r} does not occur in any document")
        if not any(norm(nm) in all_text for nm in [short] + names):
            fail(f"aliases.json: {short!r} not found in any document under any name")

    # ------------------------------------------------------------ links
    links = read_jsonl("links.jsonl")
    seen = set()
    used_names = set()
    for n, row in links:
        where = f"links.jsonl:{n}"
        if set(row) != LINK_KEYS:
            fail(f"{where}: keys {sorted(row)} != {sorted(LINK_KEYS)}")
            continue
        s, r, t = row["source"], row["relation"], row["target"]
        for nm in (s, t):
            used_names.add(nm)
            if nm not in aliases:
                fail(f"{where}: short name {nm!r} not in aliases.json")
        if s == t:
            fail(f"{where}: source equals target")
        if r not in RELATIONS:
            fail(f"{where}: bad relation {r!r}")
        if r == "supplies":
            exp = (t, s)
        elif r in SOURCE_PAYS:
            exp = (s, t)
        else:
            exp = (None, None)
        if (row["payer"], row["payee"]) != exp:
            fail(f"{where}: payer/payee {(row['payer'], row['payee'])} should be {exp}")
        amt = row["amount"]
        if amt is not None:
            if not isinstance(amt, str) or norm(amt) not in norm(row["quote"]):
                fail(f"{where}: amount {amt!r} not written in quote")
            if r in NO_MONEY:
                fail(f"{where}: {r} link should carry no amount")
        if r in NO_MONEY and re.search(r"[$€¥£]\s?\d|EUR \d|\d(亿|万)?元|亿美元|亿日元", row["quote"]):
            fail(f"{where}: {r} quote contains a money amount; pick a quote without one")
        key = (row["doc"], s, r, t)
        if key in seen:
            fail(f"{where}: duplicate {key}")
        if r == "partners_with" and (row["doc"], t, r, s) in seen:
            fail(f"{where}: partners_with listed in both directions")
        if r == "subsidiary_of" and (row["doc"], t, r, s) in seen:
            fail(f"{where}: subsidiary_of in both directions")
        seen.add(key)
        quote_found(texts, row["doc"], row["page"], row["quote"], where)

    # ------------------------------------------------------------ non-links
    nonlinks = read_jsonl("non_links.jsonl")
    for n, row in nonlinks:
        where = f"non_links.jsonl:{n}"
        if set(row) != NONLINK_KEYS:
            fail(f"{where}: keys {sorted(row)} != {sorted(NONLINK_KEYS)}")
            continue
        if not isinstance(row["companies"], list) or len(set(row["companies"])) < 2:
            fail(f"{where}: needs two or more companies")
        for nm in row["companies"]:
            used_names.add(nm)
            if nm not in aliases:
                fail(f"{where}: short name {nm!r} not in aliases.json")
        quote_found(texts, row["doc"], row["page"], row["quote"], where)
        for _, lk in links:
            if isinstance(lk, dict) and lk.get("doc") == row["doc"] and norm(lk.get("quote", "")) == norm(row["quote"]):
                fail(f"{where}: same sentence is also a link quote")

    unused = set(aliases) - used_names
    if unused:
        fail(f"aliases.json has short names used nowhere: {sorted(unused)}")

    # ------------------------------------------------------------ loops
    graph = nx.DiGraph()
    pair_docs = {}
    for _, row in links:
        if isinstance(row, dict) and row.get("payer") and row.get("payee"):
            graph.add_edge(row["payer"], row["payee"])
            pair_docs.setdefault((row["payer"], row["payee"]), set()).add(row["doc"])
    expected = {canonical(c) for c in nx.simple_cycles(graph)}
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    given = []
    for i, loop in enumerate(loops):
        if not isinstance(loop, list) or len(loop) < 2:
            fail(f"loops.json[{i}]: must be a list of at least two names")
            continue
        docs = set()
        for a, b in zip(loop, loop[1:] + loop[:1]):
            if (a, b) not in pair_docs:
                fail(f"loops.json[{i}]: {a} -> {b} is not a payer -> payee pair in links.jsonl")
            else:
                docs |= pair_docs[(a, b)]
        if len(docs) < 2:
            fail(f"loops.json[{i}]: loop is supported by a single document only")
        given.append(canonical(loop))
    if len(given) != len(set(given)):
        fail("loops.json: duplicate loops")
    if set(given) != expected:
        fail(f"loops.json differs from simple cycles: missing {sorted(expected - set(given))}, "
             f"extra {sorted(set(given) - expected)}")

    # ------------------------------------------------------------ files
    if not (HERE / "README.md").exists():
        fail("README.md missing")

    n_links, n_non = len(links), len(nonlinks)
    print(f"documents: {len(texts)}  links: {n_links}  non-links: {n_non}  loops: {len(loops)}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
