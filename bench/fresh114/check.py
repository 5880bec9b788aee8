"""Validate the fresh114 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exit status 0 and "OK" when there are no errors.
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
RELATIONS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
             "partners_with", "subsidiary_of"}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {"doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"}
NONLINK_FIELDS = {"doc", "quote", "companies", "page"}
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9\-]+_[A-Za-z0-9_\-]+\.(pdf|html|md|txt)$")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def norm(s):
    """Whitespace normalisation: every run of whitespace becomes one space."""
    return " ".join(s.split())


def squash(s):
    return "".join(s.split())


# ---------------------------------------------------------------------------
# document text
# ---------------------------------------------------------------------------
class VisibleText(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2",
             "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "hr",
             "thead", "tbody", "caption", "blockquote", "pre", "dd", "dt"}
    HIDDEN = {"script", "style", "head", "title", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_text(path):
    p = VisibleText()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return html.unescape("".join(p.parts))


def md_text(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("|") and s.endswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    continue
                out.append(" ".join(cells))
            else:
                out.append(line.rstrip("\n"))
    return "\n".join(out)


def doc_pages(path):
    """Return a list of page texts (one element for non-PDF documents)."""
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return [pg.extract_text() or "" for pg in PdfReader(path).pages]
    if ext == "html":
        return [html_text(path)]
    if ext == "md":
        return [md_text(path)]
    with open(path, encoding="utf-8") as f:
        return [f.read()]


# ---------------------------------------------------------------------------
def load_jsonl(name):
    rows = []
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"{name} missing")
        return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n} invalid JSON: {e}")
    return rows


def canon_cycle(c):
    i = c.index(min(c))
    return tuple(c[i:] + c[:i])


def main():
    # documents ------------------------------------------------------------
    docs = sorted(f for f in os.listdir(HERE) if DOC_RE.match(f))
    prefixes = [d[:2] for d in docs]
    if len(docs) != 8 or prefixes != [f"{i:02d}" for i in range(1, 9)]:
        err(f"expected 8 documents 01_..08_, found {docs}")
    pages = {d: doc_pages(os.path.join(HERE, d)) for d in docs}
    normpages = {d: [norm(p) for p in ps] for d, ps in pages.items()}
    squashed_all = squash(" ".join(" ".join(ps) for ps in pages.values()))
    n_pdf = sum(d.endswith(".pdf") for d in docs)
    if n_pdf < 3:
        err(f"only {n_pdf} PDF documents")

    # aliases --------------------------------------------------------------
    try:
        with open(os.path.join(HERE, "aliases.json"), encoding="utf-8") as f:
            aliases = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"aliases.json unreadable: {e}")
        aliases = {}
    for k, v in aliases.items():
        if not isinstance(v, list) or not v or not all(isinstance(a, str) and a for a in v):
            err(f"aliases[{k}] must be a non-empty list of strings")
            continue
        for a in v:
            if squash(a) not in squashed_all:
                err(f"alias {a!r} of {k} does not occur in any document")

    def quote_ok(rec, kind, n):
        d = rec.get("doc")
        if d not in pages:
            err(f"{kind}:{n} unknown doc {d}")
            return False
        q = rec.get("quote")
        if not isinstance(q, str) or not q.strip():
            err(f"{kind}:{n} empty quote")
            return False
        nq = norm(q)
        page = rec.get("page")
        if d.endswith(".pdf"):
            if not isinstance(page, int) or not 1 <= page <= len(pages[d]):
                err(f"{kind}:{n} PDF {d} needs a valid 1-based page, got {page}")
                return False
            if nq not in normpages[d][page - 1]:
                err(f"{kind}:{n} quote not on page {page} of {d}: {q[:90]}")
                return False
        else:
            if page is not None:
                err(f"{kind}:{n} page must be null for non-PDF {d}")
            if nq not in normpages[d][0]:
                err(f"{kind}:{n} quote not found in {d}: {q[:90]}")
                return False
        return True

    def mentions(name, quote):
        sq = squash(quote)
        return any(squash(a) in sq for a in aliases.get(name, []))

    # links ----------------------------------------------------------------
    links = load_jsonl("links.jsonl")
    seen = set()
    pairs_partner = set()
    for n, r in enumerate(links, 1):
        if set(r) != LINK_FIELDS:
            err(f"links:{n} fields {sorted(r)} != {sorted(LINK_FIELDS)}")
            continue
        rel, s, t = r["relation"], r["source"], r["target"]
        if rel not in RELATIONS:
            err(f"links:{n} bad relation {rel}")
        for nm in (s, t):
            if nm not in aliases:
                err(f"links:{n} {nm} is not a key of aliases.json")
        if s == t:
            err(f"links:{n} source equals target")
        if rel in SOURCE_PAYS:
            exp = (s, t)
        elif rel == "supplies":
            exp = (t, s)
        else:
            exp = (None, None)
        if (r["payer"], r["payee"]) != exp:
            err(f"links:{n} payer/payee {(r['payer'], r['payee'])} should be {exp}")
        key = (r["doc"], s, rel, t)
        if key in seen:
            err(f"links:{n} duplicate {key}")
        seen.add(key)
        if rel == "partners_with":
            pk = frozenset((s, t))
            if pk in pairs_partner:
                err(f"links:{n} partners_with listed twice for pair {sorted(pk)}")
            pairs_partner.add(pk)
        amt = r["amount"]
        if amt is not None:
            if not isinstance(amt, str) or not amt:
                err(f"links:{n} amount must be a string or null")
            elif norm(amt) not in norm(r["quote"]):
                err(f"links:{n} amount {amt!r} not in quote")
            elif amt.strip().endswith("%"):
                err(f"links:{n} a percentage is not an amount")
        quote_ok(r, "links", n)
        for nm in (s, t):
            if nm in aliases and not mentions(nm, r["quote"]):
                warn(f"links:{n} quote does not name {nm} directly")

    # subsidiaries that act must have their subsidiary_of link in the same doc
    subs = {r["source"] for r in links if r.get("relation") == "subsidiary_of"}
    for n, r in enumerate(links, 1):
        if r.get("relation") == "subsidiary_of" or r.get("source") not in subs:
            continue
        if not any(x["doc"] == r["doc"] and x["source"] == r["source"] and x["relation"] == "subsidiary_of"
                   for x in links):
            err(f"links:{n} subsidiary {r['source']} acts in {r['doc']} without its subsidiary_of link there")

    if not 60 <= len(links) <= 75:
        err(f"{len(links)} links; expected 60-75")

    # non-links ------------------------------------------------------------
    nonlinks = load_jsonl("non_links.jsonl")
    linked_pairs = {frozenset((r["source"], r["target"])) for r in links if "source" in r}
    for n, r in enumerate(nonlinks, 1):
        if set(r) != NONLINK_FIELDS:
            err(f"non_links:{n} fields {sorted(r)} != {sorted(NONLINK_FIELDS)}")
            continue
        comps = r["companies"]
        if not isinstance(comps, list) or len(set(comps)) < 2:
            err(f"non_links:{n} needs at least two companies")
            continue
        for c in comps:
            if c not in aliases:
                err(f"non_links:{n} {c} is not a key of aliases.json")
        for i, a in enumerate(comps):
            for b in comps[i + 1:]:
                if frozenset((a, b)) in linked_pairs:
                    err(f"non_links:{n} {a} and {b} are linked in links.jsonl")
        quote_ok(r, "non_links", n)
        named = [c for c in comps if mentions(c, r["quote"])]
        if len(named) < 2:
            warn(f"non_links:{n} quote names fewer than two of its companies directly")
    if not 20 <= len(nonlinks) <= 26:
        err(f"{len(nonlinks)} non-links; expected 20-26")

    # loops ----------------------------------------------------------------
    g = nx.DiGraph()
    edge_docs = {}
    for r in links:
        if r.get("payer") and r.get("payee"):
            g.add_edge(r["payer"], r["payee"])
            edge_docs.setdefault((r["payer"], r["payee"]), set()).add(r["doc"])
    cycles = {canon_cycle(list(c)) for c in nx.simple_cycles(g)}
    try:
        with open(os.path.join(HERE, "loops.json"), encoding="utf-8") as f:
            loops = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"loops.json unreadable: {e}")
        loops = []
    declared = set()
    for lp in loops:
        if not isinstance(lp, list) or not 2 <= len(lp) <= 4:
            err(f"loop {lp} must be a list of 2-4 names")
            continue
        declared.add(canon_cycle(lp))
    if declared != cycles:
        err(f"loops.json {sorted(declared)} != simple cycles {sorted(cycles)}")
    for c in cycles:
        edges = [(c[i], c[(i + 1) % len(c)]) for i in range(len(c))]
        common = set.intersection(*(edge_docs[e] for e in edges))
        if common:
            err(f"loop {c} lies inside one document: {sorted(common)}")
        if not 2 <= len(c) <= 4:
            err(f"cycle {c} has length {len(c)}")
    if len(cycles) != 5:
        err(f"{len(cycles)} money loops; expected 5")

    # report ---------------------------------------------------------------
    if "-v" in sys.argv:
        for w in warnings:
            print("note:", w)
    elif warnings:
        print(f"{len(warnings)} note(s) (quotes naming a company by pronoun or defined term); run with -v to list")
    for e in errors:
        print("ERROR:", e)
    print(f"documents={len(docs)} pdf={n_pdf} links={len(links)} non_links={len(nonlinks)} "
          f"loops={len(cycles)} aliases={len(aliases)}")
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
