"""Add articles: paste text, upload files (txt, md, html, jsonl), or fetch a URL or a feed."""

import streamlit as st

from claimtracker.ingest import ArticleDefaults
from dashboard.ingest_view import fetched, pasted, show_summary, uploaded
from dashboard.ui import guard

_LANGUAGES = {"detect": "detect from the script", "ar": "Arabic", "en": "English"}

st.title("Add articles")
st.caption("Articles are read, their claims extracted and linked to the claims already known. "
           "The same article (same URL or same text) is stored once.")

with st.expander("What to assume for articles that do not say it themselves", expanded=True):
    c1, c2, c3 = st.columns(3)
    published = c1.date_input("Published on", value=None, key="add_published")
    outlet = c2.text_input("Outlet", key="add_outlet")
    lang = c3.selectbox("Language", list(_LANGUAGES), key="add_lang", format_func=_LANGUAGES.__getitem__)
defaults = ArticleDefaults(published=published, outlet=outlet.strip() or None,
                           lang=None if lang == "detect" else lang)

tab_paste, tab_upload, tab_url = st.tabs(["Paste text", "Upload files", "URL or feed"])
with tab_paste, st.form("paste_form"):
    title = st.text_input("Title (optional)")
    text = st.text_area("Article text", height=220, placeholder="Paste an Arabic or English article")
    if st.form_submit_button("Add pasted text"):
        with guard("Adding the pasted text"):
            if not text.strip():
                st.error("Paste some text first.")
            else:
                show_summary(pasted(text, title, defaults))
with tab_upload, st.form("upload_form", clear_on_submit=True):
    files = st.file_uploader("Article files (txt, md, html, jsonl)", type=["txt", "md", "html", "htm", "jsonl"],
                             accept_multiple_files=True)
    if st.form_submit_button("Add uploaded files"):
        with guard("Adding the uploaded files"):
            if not files:
                st.error("Choose one or more files first.")
            else:
                show_summary(uploaded(files, defaults))
with tab_url, st.form("url_form"):
    url = st.text_input("Web page or feed URL", placeholder="https://…")
    if st.form_submit_button("Fetch and add"):
        with guard("Fetching"):
            from claimtracker.ingest.fetch import read_url

            if not url.strip():
                st.error("Type a web address first.")
            else:
                show_summary(fetched(url.strip(), defaults, read_url))
