"""Validate this evaluation set. Run: /work/main/.venv/bin/python check.py"""
import html
import json
import os
import re
import sys
from collections import defaultdict

import networkx as nx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
RELS = {"invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"}
PAYING = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(s.split())


def html_text(raw):
    raw = re.sub(r"(?is)<head.*?</head>", " ", raw)
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return norm(html.unescape(raw))


def md_text(raw):
    lines = []
    for line in raw.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|"):
            cells = [c.strip().strip("*").strip() for c in s.strip("|").split("|")]
            lines.append(" ".join(cells))
        else:
            lines.append(line)
    return norm(raw) + " \n " + norm("\n".join(lines))


def load_docs():
    docs = {}
    for f in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, f)
        ext = f.rsplit(".", 1)[-1].lower()
        if f == "README.md" or ext not in ("md", "txt", "html", "pdf"):
            continue
        if ext == "pdf":
            docs[f] = {"pages": [norm(pg.extract_text() or "") for pg in PdfReader(p).pages]}
            docs[f]["all"] = " ".join(docs[f]["pages"])
        else:
            raw = open(p, encoding="utf-8").read()
            docs[f] = {"all": html_text(raw) if ext == "html" else md_text(raw) if ext == "md" else norm(raw)}
    return docs


def read_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i}: bad JSON ({e})")
    return out


def quote_ok(docs, doc, quote, page, where):
    if doc not in docs:
        err(f"{where}: unknown doc {doc}")
        return
    q = norm(quote)
    if doc.endswith(".pdf"):
        if not isinstance(page, int) or not 1 <= page <= len(docs[doc]["pages"]):
            err(f"{where}: bad page {page!r} for {doc}")
            return
        if q not in docs[doc]["pages"][page - 1]:
            found = [i + 1 for i, t in enumerate(docs[doc]["pages"]) if q in t]
            err(f"{where}: quote not on page {page} of {doc} (found on {found}): {quote[:70]}")
    else:
        if page is not None:
            err(f"{where}: page must be null for {doc}")
        if q not in docs[doc]["all"]:
            err(f"{where}: quote not found in {doc}: {quote[:70]}")


def main():
    docs = load_docs()
    if len(docs) != 8:
        err(f"expected 8 documents, found {len(docs)}: {sorted(docs)}")
    aliases = json.load(open(os.path.join(HERE, "aliases.json"), encoding="utf-8"))
    links = read_jsonl("links.jsonl")
    non_links = read_jsonl("non_links.jsonl")
    loops = json.load(open(os.path.join(HERE, "loops.json"), encoding="utf-8"))
    corpus = " ".join(d["all"] for d in docs.values())

    # aliases
    for key, names in aliases.items():
        if not isinstance(names, list):
            err(f"aliases[{key}] is not a list")
            continue
        for a in names:
            if norm(a) not in corpus:
                err(f"alias {a!r} of {key} does not occur in any document")

    # links
    seen = set()
    for i, l in enumerate(links, 1):
        where = f"links.jsonl:{i}"
        for fld in ("doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote"):
            if fld not in l:
                err(f"{where}: missing field {fld}")
        rel, s, t = l.get("relation"), l.get("source"), l.get("target")
        if rel not in RELS:
            err(f"{where}: bad relation {rel}")
        for c in (s, t):
            if c not in aliases:
                err(f"{where}: {c!r} not a key of aliases.json")
        if s == t:
            err(f"{where}: self link")
        if rel == "supplies":
            exp = (t, s)
        elif rel in PAYING:
            exp = (s, t)
        else:
            exp = (None, None)
        if (l.get("payer"), l.get("payee")) != exp:
            err(f"{where}: payer/payee {l.get('payer')}/{l.get('payee')} should be {exp}")
        key = (l.get("doc"), s, rel, t)
        if rel == "partners_with":
            key = (l.get("doc"), rel) + tuple(sorted((s, t)))
        if key in seen:
            err(f"{where}: duplicate link in document {key}")
        seen.add(key)
        amt = l.get("amount")
        if amt is not None and amt not in l.get("quote", ""):
            err(f"{where}: amount {amt!r} not in quote")
        quote_ok(docs, l.get("doc"), l.get("quote", ""), l.get("page"), where)

    # non-links
    for i, n in enumerate(non_links, 1):
        where = f"non_links.jsonl:{i}"
        comps = n.get("companies", [])
        if len(set(comps)) < 2:
            err(f"{where}: needs two or more companies")
        for c in comps:
            if c not in aliases:
                err(f"{where}: {c!r} not a key of aliases.json")
        quote_ok(docs, n.get("doc"), n.get("quote", ""), n.get("page"), where)

    # loops
    g = nx.DiGraph()
    edge_docs = defaultdict(set)
    for l in links:
        if l.get("payer") and l.get("payee"):
            g.add_edge(l["payer"], l["payee"])
            edge_docs[(l["payer"], l["payee"])].add(l["doc"])

    def canon(c):
        i = c.index(min(c))
        return tuple(c[i:] + c[:i])

    found = {canon(list(c)) for c in nx.simple_cycles(g)}
    declared = [canon(list(c)) for c in loops]
    if len(set(declared)) != len(declared):
        err("loops.json has duplicates")
    if set(declared) != found:
        err(f"loops.json differs from graph cycles.\n  missing: {sorted(found - set(declared))}\n  extra: {sorted(set(declared) - found)}")
    for c in declared:
        ds = set()
        for a, b in zip(c, c[1:] + c[:1]):
            if (a, b) not in edge_docs:
                err(f"loop {c}: no payer->payee link {a} -> {b}")
            ds |= edge_docs.get((a, b), set())
        if len(ds) < 2:
            err(f"loop {c} is stated in only one document {ds}")

    # targets
    if not 60 <= len(links) <= 75:
        err(f"links: {len(links)} (target 60-75)")
    if len(loops) != 5:
        err(f"loops: {len(loops)} (expected 5)")
    if len(non_links) < 20:
        err(f"non_links: {len(non_links)} (expected 20+)")

    print(f"documents={len(docs)} links={len(links)} loops={len(loops)} non_links={len(non_links)} aliases={len(aliases)}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
