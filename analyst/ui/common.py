"""What every page shares: the one Analyst per process, and safe rendering of document text."""

from __future__ import annotations

import re

import streamlit as st

from analyst.config import load_settings
from analyst.errors import AnalystError
from analyst.service import Analyst, build_analyst

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$])")


@st.cache_resource(show_spinner="Loading the embedding model and the store…")
def get_analyst() -> Analyst:
    """Built once per process and shared by every session (the Analyst is thread-safe)."""
    return build_analyst(load_settings())


def load_analyst() -> Analyst | None:
    try:
        return get_analyst()
    except AnalystError as exc:
        st.error(str(exc))
        return None


def plain(text: str) -> str:
    """Document text escaped for st.markdown: no HTML, no links, no images, no formulas; line breaks kept."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    return escaped.replace("\n", "  \n")
