"""Links extracted by a model through structured output (function calling), kept to the same schema and
the same standard of evidence as the rules: a link whose quote is not in the passage is dropped."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from analyst import prompts
from analyst.graph.entities import EntityFinder
from analyst.graph.extract import PAYS, amount_fields
from analyst.protocols import StructuredChat
from analyst.text import find_date
from analyst.types import Chunk, Document, Evidence, Relation

RelationName = Literal["invests_in", "owns_stake_in", "lends_to", "acquires", "supplies", "partners_with", "subsidiary_of"]
_SIGNALS = re.compile(r"invest|stake|shares|warrant|loan|credit|notes|bond|acquir|merger|suppl|purchas|buy|bought|order|contract|"
                      r"agreement|lease|partner|joint venture|subsidiar|投资|持有|股份|贷款|收购|采购|供应|合同|协议|合作|子公司|旗下", re.I)


class LinkItem(BaseModel):
    source: str = Field(description="The company the relation starts from, as named in the passage")
    target: str = Field(description="The company the relation goes to, as named in the passage")
    relation: RelationName
    amount: str | None = Field(default=None, description="The amount as written, if stated")
    date: str | None = Field(default=None, description="The date or period, if stated")
    quote: str = Field(description="The sentence of the passage that states the link, copied exactly")


class LinkList(BaseModel):
    links: list[LinkItem] = Field(default_factory=list)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def candidate_chunks(chunks: list[Chunk], entities: EntityFinder, limit: int = 20) -> list[Chunk]:
    """Passages worth a model call: at least two companies and a word that signals a link."""
    scored = []
    for chunk in chunks:
        if not _SIGNALS.search(chunk.text):
            continue
        names = {m.node for m in entities.mentions(chunk.text)}
        if len(names) >= 2 or re.search(r"the Company|本公司", chunk.text):
            scored.append((len(names), chunk))
    scored.sort(key=lambda item: -item[0])
    return [chunk for _, chunk in scored[:limit]]


def model_links(chunks: list[Chunk], document: Document, chat: StructuredChat, entities: EntityFinder) -> list[Relation]:
    system = prompts.render("links_system")
    out: list[Relation] = []
    for chunk in candidate_chunks(chunks, entities):
        user = prompts.render("links", title=document.title, doc_type=document.doc_type, company=document.company or "unknown",
                              passage=chunk.text[:4000])
        result = chat.structured(system, user, LinkList)
        passage = _squash(chunk.text)
        for item in result.links if isinstance(result, LinkList) else []:
            if not item.quote.strip() or _squash(item.quote) not in passage:
                continue  # evidence is required, and it must be the document's own words
            source, target = entities.node(item.source), entities.node(item.target)
            if re.fullmatch(r"(?:the )?company|we|us|本公司|公司", item.source.strip(), re.I) and document.company:
                source = document.company
            if re.fullmatch(r"(?:the )?company|we|us|本公司|公司", item.target.strip(), re.I) and document.company:
                target = document.company
            if not source or not target or source == target:
                continue
            pays = PAYS[item.relation]
            amount, currency, usd = amount_fields(item.amount or "") if item.amount else (None, None, None)
            if item.amount and amount is None and item.relation not in {"partners_with", "subsidiary_of"}:
                amount = item.amount
            evidence = Evidence(doc=document.name, page=chunk.page, quote=item.quote.strip()[:600], doc_id=document.id)
            out.append(Relation(
                source=source, target=target, relation=item.relation,
                payer=(source if pays == "source" else target) if pays else None,
                payee=(target if pays == "source" else source) if pays else None,
                amount=amount if item.relation not in {"partners_with", "subsidiary_of"} else None,
                currency=currency, amount_usd=usd,
                date=item.date or find_date(item.quote) or document.date or None,
                evidence=(evidence,), method="model",
            ))
    return out
