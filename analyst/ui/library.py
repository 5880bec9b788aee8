"""The Library page: the documents in the store, uploads with per-file progress, removal."""

from __future__ import annotations

import streamlit as st

from analyst.errors import AnalystError
from analyst.service import Analyst
from analyst.ui.common import load_analyst
from analyst.ui.i18n import t

UPLOAD_TYPES = ["pdf", "html", "htm", "txt", "md"]


def _table(analyst: Analyst) -> None:
    documents = analyst.documents()
    query = st.text_input(t("search_docs"), key="library_search").strip().lower()
    rows = []
    for d in documents:
        row = {
            t("col_title"): d.title,
            t("col_company"): d.company,
            t("col_type"): d.doc_type,
            t("col_period"): d.period,
            t("col_date"): d.date,
            t("col_pages"): str(d.pages) if d.pages else "",
            t("col_chunks"): d.chunks,
            t("col_language"): d.language,
            t("col_file"): d.name,
            t("col_added"): d.added.replace("T", " ").rstrip("Z"),
        }
        if not query or any(query in str(value).lower() for value in row.values()):
            rows.append(row)
    st.dataframe(rows, width="stretch", hide_index=True)


def _upload(analyst: Analyst) -> None:
    limit_mb = analyst.settings.max_file_mb
    st.subheader(t("upload"))
    files = st.file_uploader(t("upload_help", mb=limit_mb), type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads")
    if not files or not st.button(t("ingest_button", n=len(files)), key="ingest_uploads", type="primary"):
        return
    ok = same = bad = 0
    progress = st.progress(0.0)
    for index, upload in enumerate(files):
        with st.status(t("ingesting", name=upload.name), expanded=False) as status:
            data = upload.getvalue()
            try:
                report = analyst.add_upload(upload.name, data)
            except AnalystError as exc:
                status.update(label=t("failed", name=upload.name, error=str(exc)), state="error")
                bad += 1
                continue
            if report.failed:
                status.update(label=t("failed", name=upload.name, error=report.failed[0].error), state="error")
                bad += 1
            elif report.unchanged:
                status.update(label=t("unchanged", name=upload.name), state="complete")
                same += 1
            else:
                status.update(label=t("ingested", name=upload.name, chunks=report.chunks_added), state="complete")
                ok += 1
        progress.progress((index + 1) / len(files))
    summary = t("done", ok=ok, same=same, bad=bad)
    if bad:
        st.warning(summary)
    else:
        st.success(summary)


def _remove(analyst: Analyst) -> None:
    documents = analyst.documents()
    if not documents:
        return
    with st.expander(t("remove")):
        choice = st.selectbox(t("col_file"), [d.id for d in documents], format_func=lambda i: next(d.name for d in documents if d.id == i), key="remove_choice")
        if st.button(t("remove_button"), key="remove_button"):
            try:
                removed = analyst.remove(choice)
            except AnalystError as exc:
                st.error(str(exc))
            else:
                st.success(t("removed", name=removed.name))
                st.rerun()


def page() -> None:
    st.title(t("library_title"))
    analyst = load_analyst()
    if analyst is None:
        return
    _upload(analyst)
    stats = analyst.stats()
    st.caption(t("library_caption", n=stats.documents, c=stats.chunks))
    if stats.documents == 0:
        st.info(t("no_documents"))
    else:
        _table(analyst)
        _remove(analyst)
