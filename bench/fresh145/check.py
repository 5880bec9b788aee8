"""Validate the fresh145 evaluation set.

Run with: /work/main/.venv/bin/python check.py
Exits with status 1 and lists every problem found, or prints a summary and exits 0.
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

import networkx as nx
import pypdf
import pypdfium2 as pdfium
from bs4 import BeautifulSoup

HERE = Path(__file__).resolve().parent
DOC_RE = re.compile(r"^(0[1-8])_[A-Za-z0-9-]+_[A-Za-z0-9_-]+\.(md|html|txt|pdf)$")
RELATIONS = {
    "invests_in", "owns_stake_in", "lends_to", "acquires", "supplies",
    "partners_with", "subsidiary_of",
}
SOURCE_PAYS = {"invests_in", "owns_stake_in", "lends_to", "acquires"}
NO_MONEY = {"partners_with", "subsidiary_of"}
LINK_FIELDS = {
    "doc", "source", "relation", "target", "payer", "payee", "amount", "page", "quote",
}
NON_LINK_FIELDS = {"doc", "quote", "companies", "page"}
N_LINKS = (60, 75)
N_NON_LINKS = (20, 26)
N_LOOPS = 5
LOOP_LEN = (2, 4)
N_PDF_MIN = 3
N_CHINESE_MIN = 2

CJK = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
)
CJK_RE = re.compile(f"[{CJK}]")
SPACE_NEAR_CJK = re.compile(f"(?<=[{CJK}]) | (?=[{CJK}])")
WS = re.compile(r"\s+")


def norm(text: str) -> str:
    """NFC; whitespace runs become one space; no space next to a CJK character."""
    text = WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return SPACE_NEAR_CJK.sub("", text)


def squash(text: str) -> str:
    """All whitespace removed (Chinese PDF lines may break inside a number)."""
    return WS.sub("", unicodedata.normalize("NFC", text))


def occurs(quote: str, text: str) -> bool:
    if norm(quote) in norm(text):
        return True
    return bool(CJK_RE.search(quote)) and squash(quote) in squash(text)


def markdown_text(raw: str) -> str:
    """Markdown as read: a table row becomes its cells joined by single spaces."""
    lines = []
    for line in raw.splitlines():
        stripped = line.strip()
        if stripped.startswith("|"):
            if re.fullmatch(r"[|\-:\s]+", stripped):
                continue
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            line = " ".join(c for c in cells if c)
        lines.append(line)
    return "\n".join(lines)


def html_text(raw: str) -> str:
    """Visible text of an HTML page with entities decoded."""
    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup(["head", "script", "style"]):
        tag.decompose()
    return soup.get_text(" ")


def load_docs(folder: Path) -> dict[str, list[str]]:
    """Map each document to its text: one entry per PDF page, else a single entry."""
    docs = {}
    for path in sorted(folder.iterdir()):
        if not DOC_RE.match(path.name):
            continue
        if path.suffix == ".pdf":
            pages = pypdf.PdfReader(path).pages
            docs[path.name] = [page.extract_text() or "" for page in pages]
        elif path.suffix == ".html":
            docs[path.name] = [html_text(path.read_text(encoding="utf-8"))]
        elif path.suffix == ".md":
            docs[path.name] = [markdown_text(path.read_text(encoding="utf-8"))]
        else:
            docs[path.name] = [path.read_text(encoding="utf-8")]
    return docs


def read_jsonl(path: Path, errors: list[str]) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{n}: invalid JSON ({exc})")
    return rows


def check_pdf_bounds(path: Path, errors: list[str]) -> None:
    """Text a reader sees (inside the page box) must equal all text on the page."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            textpage = pdf[i].get_textpage()
            seen = norm(textpage.get_text_bounded())
            full = norm(textpage.get_text_range())
            if seen != full:
                errors.append(f"{path.name} page {i + 1}: text drawn outside the page")
    finally:
        pdf.close()


def check_quote(where: str, row: dict, docs: dict, errors: list[str]) -> None:
    doc = row.get("doc")
    if doc not in docs:
        errors.append(f"{where}: unknown doc {doc!r}")
        return
    quote = row.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        errors.append(f"{where}: empty quote")
        return
    page = row.get("page")
    if doc.endswith(".pdf"):
        n_pages = len(docs[doc])
        if type(page) is not int or not 1 <= page <= n_pages:
            errors.append(f"{where}: PDF page must be 1..{n_pages}, got {page!r}")
            return
        text = docs[doc][page - 1]
    else:
        if page is not None:
            errors.append(f"{where}: page must be null for a non-PDF document")
        text = docs[doc][0]
    if not occurs(quote, text):
        at = f"{doc} page {page}" if doc.endswith(".pdf") else doc
        errors.append(f"{where}: quote not found in {at}: {quote[:90]!r}")


def expected_money(relation: str, source: str, target: str) -> tuple:
    if relation == "supplies":
        return target, source
    if relation in SOURCE_PAYS:
        return source, target
    return None, None


def canonical(cycle: list[str]) -> tuple:
    i = cycle.index(min(cycle))
    return tuple(cycle[i:] + cycle[:i])


def main() -> int:
    errors: list[str] = []
    docs = load_docs(HERE)

    # Documents
    numbers = sorted(DOC_RE.match(name).group(1) for name in docs)
    if numbers != [f"{i:02d}" for i in range(1, 9)]:
        errors.append(f"expected documents 01..08 exactly once, found {numbers}")
    pdfs = [name for name in docs if name.endswith(".pdf")]
    if len(pdfs) < N_PDF_MIN:
        errors.append(f"at least {N_PDF_MIN} PDFs required, found {len(pdfs)}")
    chinese = [n for n, p in docs.items() if len(CJK_RE.findall("".join(p))) > 500]
    if len(chinese) < N_CHINESE_MIN:
        errors.append(f"at least {N_CHINESE_MIN} Chinese documents required: {chinese}")
    for name in pdfs:
        check_pdf_bounds(HERE / name, errors)

    # Aliases
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    all_text = norm(" ".join(" ".join(pages) for pages in docs.values()))
    for short, names in aliases.items():
        if not isinstance(names, list) or not names or not all(
            isinstance(n, str) and n for n in names
        ):
            errors.append(f"aliases.json: {short}: needs a non-empty list of names")
            continue
        for name in names:
            if norm(name) not in all_text and squash(name) not in squash(all_text):
                errors.append(f"aliases.json: {short}: {name!r} is in no document")

    # Links
    links = read_jsonl(HERE / "links.jsonl", errors)
    if not N_LINKS[0] <= len(links) <= N_LINKS[1]:
        errors.append(f"links.jsonl: {len(links)} links, expected {N_LINKS}")
    seen = set()
    partner_pairs: dict[frozenset, int] = {}
    graph = nx.DiGraph()
    edge_docs: dict[tuple, set] = {}
    for n, row in enumerate(links, 1):
        where = f"links.jsonl:{n}"
        if set(row) != LINK_FIELDS:
            errors.append(f"{where}: fields {sorted(row)} != {sorted(LINK_FIELDS)}")
            continue
        source, relation, target = row["source"], row["relation"], row["target"]
        if relation not in RELATIONS:
            errors.append(f"{where}: unknown relation {relation!r}")
            continue
        for key in ("source", "target"):
            if row[key] not in aliases:
                errors.append(f"{where}: {key} {row[key]!r} not in aliases.json")
        if source == target:
            errors.append(f"{where}: source equals target")
        key = (row["doc"], source, relation, target)
        if key in seen:
            errors.append(f"{where}: duplicate {key}")
        seen.add(key)
        if relation == "partners_with":
            pair = frozenset((source, target))
            partner_pairs[pair] = partner_pairs.get(pair, 0) + 1
        payer, payee = expected_money(relation, source, target)
        if (row["payer"], row["payee"]) != (payer, payee):
            errors.append(f"{where}: payer/payee must be {payer!r}/{payee!r}")
        amount = row["amount"]
        if amount is not None:
            if not isinstance(amount, str) or not amount.strip():
                errors.append(f"{where}: amount must be null or non-empty text")
            elif not occurs(amount, row["quote"]):
                errors.append(f"{where}: amount {amount!r} does not occur in the quote")
            elif amount.strip().endswith("%"):
                errors.append(f"{where}: a percentage is not an amount")
        if relation in NO_MONEY and amount is not None:
            errors.append(f"{where}: {relation} carries no amount")
        check_quote(where, row, docs, errors)
        if payer is not None:
            graph.add_edge(payer, payee)
            edge_docs.setdefault((payer, payee), set()).add(row["doc"])
    for pair, count in partner_pairs.items():
        if count > 1:
            errors.append(f"partners_with listed {count} times for {sorted(pair)}")

    # Non-links
    non_links = read_jsonl(HERE / "non_links.jsonl", errors)
    if not N_NON_LINKS[0] <= len(non_links) <= N_NON_LINKS[1]:
        errors.append(f"non_links.jsonl: {len(non_links)} rows, expected {N_NON_LINKS}")
    link_quotes = {(row.get("doc"), norm(row.get("quote", ""))) for row in links}
    for n, row in enumerate(non_links, 1):
        where = f"non_links.jsonl:{n}"
        if set(row) != NON_LINK_FIELDS:
            errors.append(f"{where}: fields {sorted(row)} != {sorted(NON_LINK_FIELDS)}")
            continue
        companies = row["companies"]
        distinct = set(companies) if isinstance(companies, list) else set()
        if len(distinct) < 2 or len(distinct) != len(companies):
            errors.append(f"{where}: companies needs two or more distinct short names")
        else:
            for short in companies:
                if short not in aliases:
                    errors.append(f"{where}: company {short!r} not in aliases.json")
        if (row["doc"], norm(row["quote"])) in link_quotes:
            errors.append(f"{where}: the same sentence is also a link quote")
        check_quote(where, row, docs, errors)

    # Loops
    loops = json.loads((HERE / "loops.json").read_text(encoding="utf-8"))
    listed = {canonical(list(loop)) for loop in loops}
    if len(listed) != len(loops):
        errors.append("loops.json: duplicate loops")
    found = {canonical(list(cycle)) for cycle in nx.simple_cycles(graph)}
    if listed != found:
        errors.append(
            "loops.json differs from the simple cycles of the payer->payee graph: "
            f"missing {sorted(found - listed)}, extra {sorted(listed - found)}"
        )
    if len(found) != N_LOOPS:
        errors.append(f"expected {N_LOOPS} money loops, the graph has {len(found)}")
    for cycle in found:
        if not LOOP_LEN[0] <= len(cycle) <= LOOP_LEN[1]:
            errors.append(f"loop {cycle}: length {len(cycle)} outside {LOOP_LEN}")
        steps = [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
        common = set.intersection(*(edge_docs[step] for step in steps))
        if common:
            errors.append(f"loop {cycle} lies inside one document: {sorted(common)}")

    if errors:
        print(f"{len(errors)} problem(s):")
        for error in errors:
            print(" -", error)
        return 1
    print(
        f"OK: {len(docs)} documents ({len(pdfs)} PDF), {len(links)} links, "
        f"{len(non_links)} non-links, {len(found)} loops, {len(aliases)} companies"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
