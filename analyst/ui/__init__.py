"""Streamlit pages. A shell: pages call the facade and render its results, nothing more."""
