"""The Brief page: choose a company, preview its one-page brief, download it as PDF, HTML or Markdown.

The preview is the PDF page rendered to an image, so no document text is ever shown as live HTML.
"""

from __future__ import annotations

import streamlit as st

from analyst.errors import AnalystError
from analyst.ui.common import load_analyst
from analyst.ui.i18n import t


def page() -> None:
    st.title(t("brief_title"))
    analyst = load_analyst()
    if analyst is None:
        return
    companies = sorted({d.company for d in analyst.documents() if d.company} | {n.id for n in analyst.graph().nodes})
    if not companies:
        st.info(t("no_documents"))
        return
    company = st.selectbox(t("company"), companies, key="brief_company")
    paper = st.radio(t("paper"), ["A4", "Letter"], horizontal=True, key="brief_paper")
    if not st.button(t("make_brief"), type="primary", key="make_brief"):
        return
    try:
        with st.spinner(t("making_brief")):
            files, pages = analyst.brief_files(company, paper=paper)
            pdf, html, markdown = files["pdf"], files["html"], files["md"]
    except AnalystError as exc:
        st.error(str(exc))
        return
    name = company.replace(" ", "-")
    cols = st.columns(3)
    cols[0].download_button("PDF", pdf, file_name=f"{name}.pdf", mime="application/pdf", key="brief_pdf")
    cols[1].download_button("HTML", html, file_name=f"{name}.html", mime="text/html", key="brief_html")
    cols[2].download_button("Markdown", markdown, file_name=f"{name}.md", mime="text/markdown", key="brief_md")
    st.image(analyst.brief_png(pdf), caption=t("brief_caption", pages=pages))
