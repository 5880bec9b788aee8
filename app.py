"""Streamlit entry point: `streamlit run app.py` (or `make run`). Thin: it only lays out the pages."""

import streamlit as st

from analyst.ui.ask import page as ask_page

st.set_page_config(page_title="Filings analyst", page_icon="📑", layout="wide")
navigation = st.navigation([st.Page(ask_page, title="Ask", icon="💬", url_path="ask", default=True)])
navigation.run()
