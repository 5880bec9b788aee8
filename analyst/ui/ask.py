"""The Ask page: a question box, the cited answer, and each source with its page and passage."""

from __future__ import annotations

import re

import streamlit as st

from analyst.errors import AnalystError
from analyst.types import Answer
from analyst.ui.common import load_analyst, plain

_MARKER = re.compile(r"\[(\d+)\]")


def _render_answer(answer: Answer) -> None:
    if not answer.found:
        st.info(answer.text)
        return
    for line in answer.text.split("\n"):
        if answer.figures and line.startswith(("Figures:", "关键数字:")):
            continue
        pieces = _MARKER.split(line)  # text, marker number, text, ...
        rendered = "".join(plain(piece) if i % 2 == 0 else f" **[{piece}]**" for i, piece in enumerate(pieces))
        st.markdown(rendered)
    if answer.figures:
        st.markdown("**Figures:** " + " · ".join(f"`{f}`" for f in answer.figures))
    for warning in answer.warnings:
        st.warning(warning)
    st.caption("Sources")
    for index, citation in enumerate(answer.citations, 1):
        where = f"{citation.doc}, page {citation.page}" if citation.page else citation.doc
        with st.expander(f"[{index}] {where}"):
            st.markdown(f"**{plain(citation.title)}**")
            st.markdown("> " + plain(citation.quote))
            if citation.context and citation.context != citation.quote:
                st.caption("The passage in full")
                st.text(citation.context)


def page() -> None:
    st.title("Ask the filings")
    analyst = load_analyst()
    if analyst is None:
        return
    documents = analyst.documents()
    if not documents:
        st.info("No documents yet. Add some with `analyst ingest PATH` (or `make run`, which ingests samples/docs).")
        return
    st.caption(f"{len(documents)} documents · answers quote the documents and cite document and page")
    history: list[tuple[str, Answer | str]] = st.session_state.setdefault("history", [])
    for asked, earlier in history:
        with st.chat_message("user"):
            st.text(asked)
        with st.chat_message("assistant"):
            if isinstance(earlier, str):
                st.error(earlier)
            else:
                _render_answer(earlier)
    question = st.chat_input("Ask about revenue, capex, deals… (English or 中文)", key="question")
    if question:
        reply: Answer | str
        with st.chat_message("user"):
            st.text(question)
        with st.chat_message("assistant"):
            try:
                reply = analyst.ask(question)
            except AnalystError as exc:
                reply = str(exc)
            if isinstance(reply, str):
                st.error(reply)
            else:
                _render_answer(reply)
        history.append((question, reply))
