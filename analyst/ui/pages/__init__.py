"""Page scripts registered with st.navigation; each only calls its page function."""
