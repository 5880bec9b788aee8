"""The Summaries page: choose documents, run with progress, a sortable KPI table, a chart, downloads."""

from __future__ import annotations

import streamlit as st

from analyst.errors import AnalystError
from analyst.types import Summary
from analyst.ui.common import load_analyst, plain
from analyst.ui.i18n import page_label, t


def _kpi_rows(summaries: list[Summary]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for s in summaries:
        for k in s.kpis:
            rows.append({t("col_file"): s.doc, t("col_company"): s.company, "KPI": k.name,
                         t("value"): k.value if isinstance(k.value, float) else None, t("unit"): k.unit,
                         t("col_period"): k.period, t("col_pages"): k.page or None,
                         t("as_written"): k.value if not isinstance(k.value, float) else ""})
    return rows


def page() -> None:
    st.title(t("summaries_title"))
    analyst = load_analyst()
    if analyst is None:
        return
    documents = analyst.documents()
    if not documents:
        st.info(t("no_documents"))
        return
    names = {d.id: f"{d.name} — {d.company or '?'} {d.period}".strip() for d in documents}
    chosen = st.multiselect(t("choose_docs"), list(names), default=list(names)[: min(6, len(names))],
                            format_func=names.__getitem__, key="summary_docs")
    run = st.button(t("summarize_button"), type="primary", key="summarize", disabled=not chosen)
    if run:
        bar = st.progress(0.0, text=t("summarizing"))

        def progress(done: int, total: int, name: str) -> None:
            bar.progress(done / max(1, total), text=f"{t('summarizing')} {done}/{total} {name}")

        try:
            batch = analyst.summarize(chosen, progress=progress)
        except AnalystError as exc:
            st.error(str(exc))
            return
        st.session_state["summaries"] = batch.summaries
        for failed in batch.failed:
            st.error(f"{failed.path}: {failed.error}")
        for warning in batch.warnings:
            st.warning(warning)
    summaries: list[Summary] = st.session_state.get("summaries", [])
    if not summaries:
        return
    rows = _kpi_rows(summaries)
    st.subheader("KPI")
    st.dataframe(rows, width="stretch", hide_index=True)
    numeric = [r for r in rows if r[t("value")] is not None]
    kpi_names = sorted({str(r["KPI"]) for r in numeric})
    if kpi_names:
        default = kpi_names.index("revenue") if "revenue" in kpi_names else 0
        kpi = st.selectbox(t("chart_kpi"), kpi_names, index=default, key="chart_kpi")
        points = [r for r in numeric if r["KPI"] == kpi]
        units = sorted({str(r[t("unit")]) for r in points})
        unit = st.selectbox(t("unit"), units, key="chart_unit") if len(units) > 1 else (units[0] if units else "")
        chart = {f"{r[t('col_company')] or r[t('col_file')]} {r[t('col_period')]}": r[t("value")] for r in points if str(r[t("unit")]) == unit}
        st.bar_chart(chart, x_label=t("col_company"), y_label=f"{kpi} ({unit})")
    left, right = st.columns(2)
    left.download_button("CSV", analyst.export_summaries(summaries, "csv"), file_name="summaries.csv", mime="text/csv", key="dl_csv")
    right.download_button("Markdown", analyst.export_summaries(summaries, "md"), file_name="summaries.md", mime="text/markdown", key="dl_md")
    st.subheader(t("key_points"))
    for s in summaries:
        with st.expander(f"{s.title or s.doc} · {s.company} {s.period}".strip()):
            for bullet in s.bullets:
                where = f" — *{page_label(bullet.page)}*" if bullet.page else ""
                st.markdown(f"- {plain(bullet.text)}{where}")
