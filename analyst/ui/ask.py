"""The Ask page: a chat about the documents; every answer shows its sources, pages and passages."""

from __future__ import annotations

import re

import streamlit as st

from analyst.errors import AnalystError
from analyst.service import Analyst
from analyst.types import Answer, Filters
from analyst.ui.common import load_analyst, plain
from analyst.ui.i18n import lang, page_label, t

_MARKER = re.compile(r"\[(\d+)\]")
_FIGURE_LINE = ("Figures:", "关键数字:")


def render_answer(answer: Answer) -> None:
    if not answer.found:
        st.info(plain(answer.text))
        if answer.text and answer.citations == [] and "analyst ingest" not in answer.text:
            st.caption(t("not_found_note"))
        return
    for line in answer.text.split("\n"):
        if line.startswith(_FIGURE_LINE) or not line.strip():
            continue
        pieces = _MARKER.split(line)  # text, marker number, text, ...
        rendered = "".join(plain(piece) if i % 2 == 0 else f" **[{piece}]**" for i, piece in enumerate(pieces))
        for figure in answer.unverified_numbers:
            rendered = rendered.replace(plain(figure), f":red-background[{plain(figure)}]")
        st.markdown(rendered)
    if answer.unverified_numbers:
        st.warning(t("unverified") + " " + ", ".join(answer.unverified_numbers))
    for sentence in answer.uncited:
        st.caption(t("uncited") + " " + sentence)
    if answer.figures:
        chips = " ".join(f":blue-background[**{plain(f)}**]" for f in answer.figures)
        st.markdown(f"{t('figures')}: {chips}")
    for warning in answer.warnings:
        if answer.unverified_numbers and "not found in the passages" in warning or "cite no passage" in warning:
            continue  # already shown above, next to the answer
        st.warning(plain(warning))
    st.caption(t("sources"))
    for index, citation in enumerate(answer.citations, 1):
        where = f"{citation.doc} · {page_label(citation.page)}" if citation.page else citation.doc
        with st.expander(f"[{index}] {where}"):
            st.markdown(f"**{plain(citation.title)}**")
            st.markdown("> " + plain(citation.quote))
            if citation.context and citation.context.strip() != citation.quote.strip():
                st.caption(t("full_passage"))
                st.text(citation.context)


def _any(value: str) -> str:
    # The same in both languages: a widget's option labels must not change when the language does.
    return value or "All · 全部"


def _filters(analyst: Analyst) -> Filters:
    documents = analyst.documents()
    companies = sorted({d.company for d in documents if d.company})
    periods = sorted({d.period for d in documents if d.period})
    types = sorted({d.doc_type for d in documents})
    with st.sidebar:
        st.subheader(t("filters"))
        company = st.selectbox(t("company"), [""] + companies, format_func=_any, key="filter_company")
        period = st.selectbox(t("period"), [""] + periods, format_func=_any, key="filter_period")
        doc_type = st.selectbox(t("doc_type"), [""] + types, format_func=_any, key="filter_type")
    return Filters(company=company or "", period=period or "", doc_type=doc_type or "")


def _ask(analyst: Analyst, question: str, filters: Filters) -> Answer | str:
    """Ask; with a model configured its tokens stream into the chat as they arrive."""
    live = st.empty()
    streamed: list[str] = []

    def show(token: str) -> None:
        streamed.append(token)
        live.markdown(plain("".join(streamed)) + " ▌")

    try:
        answer = analyst.ask(question, filters=filters, on_token=show if analyst.chat is not None else None)
    except AnalystError as exc:
        return str(exc)
    finally:
        live.empty()
    return answer


def page() -> None:
    st.title(t("ask_title"))
    analyst = load_analyst()
    if analyst is None:
        return
    count = len(analyst.documents())
    if count == 0:
        st.info(t("no_documents"))
        return
    mode = t("model_mode", model=analyst.settings.llm_model or "the model") if analyst.chat is not None else t("extractive_mode")
    st.caption(t("ask_caption", n=count) + " · " + mode)
    filters = _filters(analyst)
    # Per browser session: st.session_state is never shared between users.
    history: list[tuple[str, Answer | str]] = st.session_state.setdefault("history", [])

    pending = st.chat_input(t("ask_placeholder"), key="question")
    if not history and not pending:
        suggestions = analyst.suggested_questions(lang())
        if suggestions:
            st.markdown(f"**{t('suggested')}**")
            for i, suggestion in enumerate(suggestions):
                if st.button(suggestion, key=f"suggestion_{i}", width="stretch"):
                    pending = suggestion
    for asked, earlier in history:
        with st.chat_message("user"):
            st.text(asked)
        with st.chat_message("assistant"):
            if isinstance(earlier, str):
                st.error(earlier)
            else:
                render_answer(earlier)
    if pending:
        with st.chat_message("user"):
            st.text(pending)
        with st.chat_message("assistant"):
            with st.spinner(t("thinking")):
                reply = _ask(analyst, pending, filters)
            if isinstance(reply, str):
                st.error(reply)
            else:
                render_answer(reply)
        history.append((pending, reply))
    if history and st.sidebar.button(t("clear_chat"), key="clear_chat"):
        st.session_state["history"] = []
        st.rerun()
