"""Suggested questions for the documents in a store, so a first-time user has something to click."""

from __future__ import annotations

from analyst.types import Document

_EN = {
    "earnings release": ["What was {company}'s revenue in {period}?", "What did {company} spend on capital expenditures?"],
    "10-Q": ["What were {company}'s remaining performance obligations?", "How much does {company} expect to spend on capital expenditures?"],
    "10-K": ["What are {company}'s main risk factors?", "What was {company}'s revenue for the year?"],
    "20-F": ["What are {company}'s main risk factors?", "What was {company}'s revenue for the year?"],
    "8-K": ["What did {company} announce in its 8-K?"],
    "call transcript": ["What did {company}'s management say about demand?", "What guidance did {company} give for next quarter?"],
    "deal announcement": ["What are the terms of {company}'s deal?", "How much money is involved in {company}'s agreement?"],
    "news": ["What does the news say about {company}?"],
}
_ZH = {
    "earnings release": ["{company}的营收是多少？", "{company}的资本支出是多少？"],
    "10-Q": ["{company}的剩余履约义务是多少？", "{company}预计资本支出是多少？"],
    "10-K": ["{company}的主要风险因素有哪些？"],
    "20-F": ["{company}的主要风险因素有哪些？"],
    "8-K": ["{company}在8-K中宣布了什么？"],
    "call transcript": ["{company}管理层如何看待需求？", "{company}对下一季度的指引是什么？"],
    "deal announcement": ["{company}交易的主要条款是什么？", "{company}的协议涉及多少金额？"],
    "news": ["新闻中关于{company}说了什么？"],
}


def suggested_questions(documents: list[Document], language: str = "en", limit: int = 4) -> list[str]:
    templates = _ZH if language == "zh" else _EN
    out: list[str] = []
    seen_companies: set[str] = set()
    # Newest first, one question per company before a second one for any company.
    ordered = sorted(documents, key=lambda d: (d.date or d.added), reverse=True)
    for round_ in range(2):
        for document in ordered:
            if not document.company or document.doc_type not in templates:
                continue
            if round_ == 0 and document.company in seen_companies:
                continue
            options = templates[document.doc_type]
            template = options[round_ % len(options)]
            question = template.format(company=document.company, period=document.period or "the latest quarter")
            if question not in out:
                out.append(question)
                seen_companies.add(document.company)
            if len(out) >= limit:
                return out
    return out
