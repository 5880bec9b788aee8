"""A one-page brief on a company: its latest figures, key points, counterparties and loops, risks, sources.

Built from what the store already holds (documents, summaries, the link graph). Every line carries a
numbered reference; the Sources list gives each number's document and page. Rendering (HTML, Markdown,
PDF) trims the content until it fits one page: fewer KPIs, points and links, shorter quotes.
"""

from __future__ import annotations

import re
from datetime import date

from analyst.summaries import TOPICS, format_value
from analyst.text import find_periods, split_sentences, word_count
from analyst.types import KPI, PERIODIC_REPORTS, Brief, BriefKPI, BriefLine, Chunk, Document, Graph, Reference, Summary

OWN_TYPES = {*PERIODIC_REPORTS, "earnings release", "8-K", "call transcript"}
_PERIOD_ORDER = re.compile(r"(Q([1-4])|H([12])|FY|YTD)\s?((?:19|20)\d\d)")


def period_key(period: str) -> tuple[int, int]:
    m = _PERIOD_ORDER.search(period or "")
    if not m:
        return (0, 0)
    year = int(m.group(4))
    part = int(m.group(2)) if m.group(2) else (int(m.group(3)) * 2 if m.group(3) else 5)
    return (year, part)


class _Refs:
    def __init__(self) -> None:
        self.items: list[Reference] = []

    def add(self, doc: str, page: int | None, title: str = "") -> int:
        for ref in self.items:
            if ref.doc == doc and ref.page == page:
                return ref.number
        ref = Reference(len(self.items) + 1, doc, page, title)
        self.items.append(ref)
        return ref.number


_CHANGE = re.compile(r"^[^.;]{0,40}?\b(up|down|rose|fell|increased|decreased|grew|declined)(?:\s+by)?\s+([\d.,]+)\s?%\s+"
                     r"(?:from\s+(?:[^.;]|\.(?=\d)){0,40}?\bin\s+(?:the\s+)?(?P<period>[^.;,]{4,40}?)(?=\s+and\b|[,.;]|$)|(?P<yoy>year[- ]over[- ]year|from a year ago)"
                     r"|(?P<qoq>sequentially|quarter[- ]over[- ]quarter))", re.I)


def _stated_change(kpi: KPI) -> str:
    """The change the document states with the figure itself: "Revenue was $612.4 million, up 38% from $443.8 million in the third
    quarter of fiscal 2024" -> "+38% vs Q3 2024"."""
    if not isinstance(kpi.value, float) or kpi.unit == "%" or not kpi.quote:
        return ""
    number = f"{kpi.value:,.2f}".rstrip("0").rstrip(".")
    at = next((kpi.quote.find(n) for n in (number, number.replace(",", ""), f"{kpi.value:g}") if n in kpi.quote), -1)
    m = _CHANGE.match(kpi.quote[at + len(number):]) if at >= 0 else None
    if not m:
        return ""
    sign = "-" if m.group(1).lower() in {"down", "fell", "decreased", "declined"} else "+"
    base = (find_periods(m.group("period"))[:1] or [""])[0] if m.group("period") else "a year ago" if m.group("yoy") else "the prior quarter"
    return f"{sign}{m.group(2)}% vs {base}" if base else ""


_STRONG_RISK = re.compile(r"\brisks?\b|uncertain|headwind|shortage|constrain|export control|tariff|depend(?:s|ence|ent)?\s+on|rely\s+on|"
                          r"concentrat|default|impair|风险|不确定|管制|减值|依赖|集中", re.I)
_HEDGE = re.compile(r"\b(?:could|may|might|would|if|cannot|unable)\b|可能|若|如果|无法", re.I)


def build_brief(company: str, ticker: str, aliases: tuple[str, ...], documents: list[Document], summaries: list[Summary],
                chunks: dict[str, list[Chunk]], graph: Graph) -> Brief:
    refs = _Refs()
    # The company's own reports speak for its figures; news and deal pieces may quote other companies'.
    own = [s for s in summaries if s.doc_type in OWN_TYPES]
    ordered = sorted(own, key=lambda s: (period_key(s.period), s.doc), reverse=True)
    others = sorted((s for s in summaries if s.doc_type not in OWN_TYPES), key=lambda s: s.doc)

    kpis: list[BriefKPI] = []
    seen: set[str] = set()
    for summary in ordered:
        for kpi in summary.kpis:
            if kpi.name in seen or not isinstance(kpi.value, float) and "guidance" not in kpi.name:
                continue
            seen.add(kpi.name)
            change = ""
            for older in ordered:
                prior = next((k for k in older.kpis if k.name == kpi.name and k.unit == kpi.unit and isinstance(k.value, float)
                              and period_key(k.period) < period_key(kpi.period) and k.period), None)
                if prior is not None and isinstance(kpi.value, float) and prior.value:
                    if kpi.unit == "%":
                        change = f"{kpi.value - float(prior.value):+.1f} pts vs {prior.period}"
                    else:
                        change = f"{100 * (kpi.value - float(prior.value)) / abs(float(prior.value)):+.0f}% vs {prior.period}"
                    break
            change = change or _stated_change(kpi)
            kpis.append(BriefKPI(kpi.name, format_value(kpi), kpi.period, change, refs.add(summary.doc, kpi.page, summary.title)))

    points: list[BriefLine] = []
    for summary in [*ordered[:2], *others[:2]]:
        for bullet in summary.bullets:
            points.append(BriefLine(bullet.text, (refs.add(summary.doc, bullet.page, summary.title),)))

    links: list[BriefLine] = []
    counterparties: dict[str, tuple[str, str, str, str]] = {}
    for edge in graph.edges:
        if company not in (edge.source, edge.target):
            continue
        other = edge.target if edge.source == company else edge.source
        direction = "out" if edge.payer == company else "in" if edge.payee == company else ""
        evidence = edge.evidence[0]
        number = refs.add(evidence.doc, evidence.page)
        amount = f" ({edge.amount})" if edge.amount else ""
        links.append(BriefLine(f"{edge.source} {edge.relation.replace('_', ' ')} {edge.target}{amount}", (number,)))
        if other in counterparties:  # one node per counterparty: its relations joined, the first amount kept
            name, relation, previous, amount = counterparties[other]
            joined = relation if edge.relation in relation.split(", ") else f"{relation}, {edge.relation}"
            counterparties[other] = (name, joined, previous if previous == direction else "", amount or edge.amount or "")
        else:
            counterparties[other] = (other, edge.relation, direction, edge.amount or "")
    loops = []
    for cycle in graph.cycles:
        if company in cycle.nodes:
            numbers = tuple(dict.fromkeys(refs.add(graph.edges[i].evidence[0].doc, graph.edges[i].evidence[0].page) for i in cycle.edges))
            loops.append(BriefLine(" → ".join([*cycle.nodes, cycle.nodes[0]]), numbers))

    # Risks: sentences that name one (a risk, an uncertainty, a dependence, a shortage), before those that only mention
    # competition or pressure with a hedge ("could", "may"); "On competition, the quarter went our way" names none.
    candidates: list[tuple[int, str, Summary, int | None]] = []
    said = {line.text for line in points}
    for summary in [*ordered[:3], *others[:2]]:
        for chunk in chunks.get(summary.doc_id, []):
            for sentence in split_sentences(chunk.text):
                if not TOPICS["risks"].search(sentence) or not 8 <= word_count(sentence) <= 40 or sentence.endswith(("?", "？")) \
                        or sentence in said or re.search(r"forward-looking|safe harbor|illustrative", sentence, re.I):
                    continue
                strength = 2 if _STRONG_RISK.search(sentence) else 1 if _HEDGE.search(sentence) else 0
                if strength and sentence not in {c[1] for c in candidates}:
                    candidates.append((strength, sentence, summary, chunk.page))
    risks = [BriefLine(sentence, (refs.add(summary.doc, page, summary.title),))
             for _, sentence, summary, page in sorted(candidates, key=lambda c: -c[0])[:4]]

    latest = ordered[0].period if ordered else ""
    dates = sorted((d.date for d in documents if d.date), reverse=True)
    return Brief(
        company=company, ticker=ticker, aliases=aliases, as_of=dates[0] if dates else date.today().isoformat(),
        documents=len(documents), latest_period=latest or (find_periods(" ".join(d.period for d in documents)) or [""])[0],
        kpis=kpis, points=points, links=links, loops=loops, risks=risks[:4], references=refs.items,
        counterparties=list(counterparties.values()),
    )


def trimmed(brief: Brief, level: int) -> Brief:
    """A shorter brief for ``level`` 0 (all) upwards, keeping only references still cited."""
    kpi_n = [12, 10, 8, 6, 5, 4, 3][min(level, 6)]
    point_n = [5, 5, 4, 4, 3, 3, 3][min(level, 6)]
    link_n = [10, 8, 6, 5, 4, 3, 2][min(level, 6)]
    risk_n = [3, 3, 2, 2, 1, 1, 1][min(level, 6)]
    clip = [260, 220, 180, 150, 130, 110, 90][min(level, 6)]

    def short(line: BriefLine) -> BriefLine:
        text = line.text if len(line.text) <= clip else line.text[: clip - 1].rsplit(" ", 1)[0] + "…"
        return BriefLine(text, line.refs)

    kpis = brief.kpis[:kpi_n]
    points = [short(p) for p in brief.points[:point_n]]
    links = brief.links[:link_n]
    loops = brief.loops[:3]
    risks = [short(r) for r in brief.risks[:risk_n]]
    used = {k.ref for k in kpis} | {n for group in (points, links, loops, risks) for line in group for n in line.refs}
    renumber = {old.number: new for new, old in enumerate([r for r in brief.references if r.number in used], 1)}

    def re_ref(line: BriefLine) -> BriefLine:
        return BriefLine(line.text, tuple(renumber[n] for n in line.refs))

    return Brief(
        company=brief.company, ticker=brief.ticker, aliases=brief.aliases, as_of=brief.as_of, documents=brief.documents,
        latest_period=brief.latest_period,
        kpis=[BriefKPI(k.name, k.value, k.period, k.change, renumber[k.ref]) for k in kpis],
        points=[re_ref(p) for p in points], links=[re_ref(x) for x in links], loops=[re_ref(x) for x in loops],
        risks=[re_ref(r) for r in risks],
        references=[Reference(renumber[r.number], r.doc, r.page, r.title) for r in brief.references if r.number in used],
        counterparties=brief.counterparties[:link_n],
    )


def _cite(refs: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in refs)


def to_markdown(brief: Brief) -> str:
    title = f"# {brief.company}" + (f" ({brief.ticker})" if brief.ticker else "")
    lines = [title, "", f"As of {brief.as_of} · {brief.documents} own document(s), {brief.cited_documents} cited · latest period {brief.latest_period or '—'}"
                      + (f" · also: {', '.join(brief.aliases[:4])}" if brief.aliases else ""), ""]
    if brief.kpis:
        lines += ["## Figures", "", "| KPI | value | period | change | source |", "|---|---:|---|---|---|"]
        lines += [f"| {k.name} | {k.value} | {k.period} | {k.change} | [{k.ref}] |" for k in brief.kpis]
        lines.append("")
    for heading, items in (("Key points", brief.points), ("Counterparties", brief.links), ("Money loops", brief.loops), ("Risks", brief.risks)):
        if items:
            lines += [f"## {heading}", ""] + [f"- {i.text} {_cite(i.refs)}" for i in items] + [""]
    lines += ["## Sources", ""] + [f"{r.number}. {r.doc}" + (f", page {r.page}" if r.page else "") for r in brief.references]
    lines += ["", "*Generated from the listed documents; not investment advice.*", ""]
    return "\n".join(lines)


def _text_width(text: str, size: float) -> float:
    """About how wide a line of text is drawn, in the chart's units."""
    return sum(size if ord(c) > 0x2E80 else size * 0.55 for c in text)


def _two_lines(name: str, size: float, width: float) -> list[str]:
    """A name in at most two lines of about ``width`` units, words kept whole; what does not fit ends in '…'."""
    lines: list[str] = []
    for word in name.split():
        if lines and _text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    lines = [line if _text_width(line, size) <= width * 1.3 else line[:max(2, int(len(line) * width / _text_width(line, size)))] + "…"
             for line in lines]  # a long Chinese name has no spaces to break at
    return lines if len(lines) <= 2 else [lines[0], f"{lines[1]} …"]


def chart_svg(brief: Brief) -> str:
    """A small star chart: the company in the middle, counterparties around; arrows follow the money."""
    import html
    import math

    others = brief.counterparties[:8]
    if not others:
        return ""
    width, height, cx, cy, r = 250, 150, 125, 75, 58
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}pt" height="{height}pt" viewBox="0 0 {width} {height}">',
             '<defs><marker id="a" markerWidth="6" markerHeight="6" refX="5" refY="3" orient="auto"><path d="M0,0 L6,3 L0,6 z" fill="#1f4e79"/></marker></defs>']
    for i, (name, relation, direction, amount) in enumerate(others):
        angle = 2 * math.pi * i / len(others) - math.pi / 2
        x, y = cx + r * 1.55 * math.cos(angle), cy + r * math.sin(angle)
        x1, y1, x2, y2 = (cx, cy, x, y) if direction != "in" else (x, y, cx, cy)
        shorten = 0.72
        mx1, my1 = x1 + (x2 - x1) * (1 - shorten) / 2, y1 + (y2 - y1) * (1 - shorten) / 2
        mx2, my2 = x2 - (x2 - x1) * (1 - shorten) / 2, y2 - (y2 - y1) * (1 - shorten) / 2
        dash = ' stroke-dasharray="3,2"' if not direction else ' marker-end="url(#a)"'
        parts.append(f'<line x1="{mx1:.1f}" y1="{my1:.1f}" x2="{mx2:.1f}" y2="{my2:.1f}" stroke="#1f4e79" stroke-width="0.9"{dash}/>')
        detail = relation.split(", ")[0].replace("_", " ") + (" " + amount[:14] if amount else "")
        label = _two_lines(name, 7, 62)
        # keep the lines inside the chart: move a wide label in from the edge (a CJK character is about twice a letter's width)
        half = max(*(_text_width(line, 7) for line in label), _text_width(detail, 5.5)) / 2
        x = min(max(x, half + 2), width - half - 2)
        for j, line in enumerate(label):
            parts.append(f'<text x="{x:.1f}" y="{y + 7 * j:.1f}" font-size="7" text-anchor="middle">{html.escape(line)}</text>')
        parts.append(f'<text x="{x:.1f}" y="{y + 7 * len(label):.1f}" font-size="5.5" fill="#5b6b7c" text-anchor="middle">{html.escape(detail)}</text>')
    # the company's own name in the middle, on two lines when long, so it does not run into the labels beside it
    lines = _two_lines(brief.company, 8.5, 70)
    for i, line in enumerate(lines):
        y = cy + 3 - 5 * (len(lines) - 1) + 10 * i
        parts.append(f'<text x="{cx}" y="{y}" font-size="8.5" font-weight="bold" fill="#1f4e79" text-anchor="middle">{html.escape(line[:20])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def to_html(brief: Brief, paper: str = "A4") -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("analyst", "templates"), autoescape=select_autoescape(["html"]))
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in brief.company) else "en"
    return env.get_template("brief.html").render(b=brief, paper=paper, chart=chart_svg(brief), lang=lang)
