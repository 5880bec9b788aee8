"""The link graph as files other tools read: GraphML (Gephi, yEd, networkx) and CSV (a spreadsheet)."""

from __future__ import annotations

import csv
import io

from analyst.types import Graph


def to_csv(graph: Graph) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["source", "relation", "target", "payer", "payee", "amount", "currency", "amount_usd", "date",
                     "evidence_doc", "evidence_page", "evidence_quote"])
    for edge in graph.edges:
        first = edge.evidence[0] if edge.evidence else None
        writer.writerow([edge.source, edge.relation, edge.target, edge.payer or "", edge.payee or "", edge.amount or "",
                         edge.currency or "", "" if edge.amount_usd is None else f"{edge.amount_usd:.0f}", edge.date or "",
                         first.doc if first else "", first.page if first and first.page else "", first.quote if first else ""])
    return out.getvalue()


def to_graphml(graph: Graph) -> str:
    import networkx as nx

    g = nx.MultiDiGraph()
    for node in graph.nodes:
        g.add_node(node.id, name=node.name, aliases="; ".join(node.aliases))
    for edge in graph.edges:
        first = edge.evidence[0] if edge.evidence else None
        g.add_edge(edge.source, edge.target, relation=edge.relation, payer=edge.payer or "", payee=edge.payee or "",
                   amount=edge.amount or "", amount_usd=edge.amount_usd if edge.amount_usd is not None else -1.0,
                   evidence=f"{first.doc} p.{first.page}: {first.quote}" if first and first.page else (f"{first.doc}: {first.quote}" if first else ""))
    return "\n".join(nx.generate_graphml(g))
