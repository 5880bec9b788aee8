"""Streamlit entry point: `streamlit run app.py` (or `make run`). Thin: it lays out the pages."""

import streamlit as st

from analyst.ui.i18n import LANGUAGES, t

st.set_page_config(page_title="Filings analyst", page_icon="📑", layout="wide")
with st.sidebar:
    st.radio(t("language"), list(LANGUAGES), format_func=LANGUAGES.__getitem__, key="ui_language", horizontal=True)
pages = [
    st.Page("analyst/ui/pages/ask.py", title=t("nav_ask"), icon=":material/forum:", url_path="ask", default=True),
    st.Page("analyst/ui/pages/graph.py", title=t("nav_graph"), icon=":material/hub:", url_path="links"),
    st.Page("analyst/ui/pages/summaries.py", title=t("nav_summaries"), icon=":material/summarize:", url_path="summaries"),
    st.Page("analyst/ui/pages/brief.py", title=t("nav_brief"), icon=":material/description:", url_path="brief"),
    st.Page("analyst/ui/pages/library.py", title=t("nav_library"), icon=":material/library_books:", url_path="library"),
]
st.navigation(pages).run()
