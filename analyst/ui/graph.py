"""The Graph page: who pays whom, drawn with the evidence behind every line and the loops highlighted.

Drawn with st.graphviz_chart (Graphviz compiled to WebAssembly and bundled with Streamlit), so it
renders with no outside network. Arrows follow the money, from payer to payee.
"""

from __future__ import annotations

import streamlit as st

from analyst.errors import AnalystError
from analyst.types import RELATIONS, Cycle, Graph, Relation
from analyst.ui.common import load_analyst, plain
from analyst.ui.i18n import page_label, t

COLOURS = {"invests_in": "#1f77b4", "owns_stake_in": "#17becf", "lends_to": "#9467bd", "acquires": "#d62728",
           "supplies": "#2ca02c", "partners_with": "#7f7f7f", "subsidiary_of": "#bcbd22"}


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot(graph: Graph, highlight: set[int]) -> str:
    degree: dict[str, int] = {}
    for edge in graph.edges:
        degree[edge.source] = degree.get(edge.source, 0) + 1
        degree[edge.target] = degree.get(edge.target, 0) + 1
    lines = ["digraph links {", 'graph [rankdir=LR, bgcolor="transparent", pad=0.2, nodesep=0.4, ranksep=0.9];',
             'node [shape=box, style="rounded,filled", fillcolor="#f5f7fb", color="#8899aa", fontname="Helvetica"];',
             'edge [fontname="Helvetica", fontsize=10];']
    in_loop = {n for i in highlight for n in (graph.edges[i].source, graph.edges[i].target)}
    for node in graph.nodes:
        size = 11 + min(12, 2 * degree.get(node.id, 0))
        fill = '"#fff1e6"' if node.id in in_loop else '"#f5f7fb"'
        lines.append(f"{_quote(node.id)} [fontsize={size}, fillcolor={fill}];")
    for index, edge in enumerate(graph.edges):
        # The arrow follows the money: payer -> payee; links without money keep source -> target, dashed.
        tail, head = (edge.payer, edge.payee) if edge.payer and edge.payee else (edge.source, edge.target)
        label = edge.relation.replace("_", " ") + (f"\n{edge.amount}" if edge.amount else "")
        style = "solid" if edge.payer else "dashed"
        width = 3.0 if index in highlight else 1.2
        colour = "#ff7f0e" if index in highlight else COLOURS.get(edge.relation, "#333333")
        lines.append(f"{_quote(tail)} -> {_quote(head)} [label={_quote(label)}, color={_quote(colour)}, "
                     f"fontcolor={_quote(colour)}, penwidth={width}, style={style}];")
    lines.append("}")
    return "\n".join(lines)


def _edge_label(edge: Relation) -> str:
    amount = f" · {edge.amount}" if edge.amount else ""
    return f"{edge.source} → {edge.relation.replace('_', ' ')} → {edge.target}{amount}"


def page() -> None:
    st.title(t("graph_title"))
    analyst = load_analyst()
    if analyst is None:
        return
    try:
        full = analyst.graph()
    except AnalystError as exc:
        st.error(str(exc))
        return
    if not full.edges:
        st.info(t("graph_empty"))
        return
    st.caption(t("graph_caption", nodes=len(full.nodes), edges=len(full.edges), loops=len(full.cycles)))
    left, right = st.columns(2)
    company = left.selectbox(t("company"), [""] + [n.id for n in full.nodes], format_func=lambda v: v or "All · 全部", key="graph_company")
    relations = right.multiselect(t("relations"), list(RELATIONS), default=list(RELATIONS), key="graph_relations")
    try:
        graph = analyst.graph(company=company) if company else full
    except AnalystError as exc:
        st.error(str(exc))
        return
    keep = [i for i, e in enumerate(graph.edges) if e.relation in relations]
    index = {old: new for new, old in enumerate(keep)}
    shown = Graph(nodes=[n for n in graph.nodes if any(n.id in (graph.edges[i].source, graph.edges[i].target) for i in keep)],
                  edges=[graph.edges[i] for i in keep],
                  cycles=[c for c in graph.cycles if all(e in index for e in c.edges)])
    cycles = [Cycle(c.nodes, tuple(index[e] for e in c.edges), c.min_amount_usd) for c in shown.cycles]

    st.subheader(t("loops"))
    highlight: set[int] = set()
    if cycles:
        labels = [" → ".join([*c.nodes, c.nodes[0]]) + (f" (≥ ${c.min_amount_usd:,.0f})" if c.min_amount_usd else "") for c in cycles]
        chosen = st.radio(t("loop_pick"), list(range(len(cycles))), format_func=lambda i: labels[i], key="graph_loop")
        highlight = set(cycles[chosen].edges) if chosen is not None else set()
    else:
        st.caption(t("no_loops"))
    st.graphviz_chart(dot(shown, highlight), width="stretch")

    st.subheader(t("evidence"))
    if shown.edges:
        pick = st.selectbox(t("link_pick"), list(range(len(shown.edges))), format_func=lambda i: _edge_label(shown.edges[i]), key="graph_edge")
        edge = shown.edges[pick]
        payer = f"{edge.payer} → {edge.payee}" if edge.payer else "—"
        st.markdown(f"**{plain(_edge_label(edge))}**  \n{t('money')}: {plain(payer)}" + (f" · {plain(edge.date)}" if edge.date else ""))
        for item in edge.evidence:
            where = f"{item.doc} · {page_label(item.page)}" if item.page else item.doc
            st.markdown(f"> {plain(item.quote)}  \n— *{plain(where)}*")
