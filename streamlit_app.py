"""Claim Tracker's dashboard: `streamlit run streamlit_app.py`. This file only sets the page
config and the navigation; each page is a short script under dashboard/pages/."""

import streamlit as st

from dashboard.data import ensure_demo
from dashboard.ui import guard, inject_css

st.set_page_config(page_title="Claim Tracker", page_icon="dashboard/static/icon.png", layout="wide")
inject_css()

pages = [
    st.Page("dashboard/pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("dashboard/pages/claims.py", title="Claims", icon=":material/table_rows:", url_path="claims"),
    st.Page("dashboard/pages/claim.py", title="Claim", icon=":material/article:", url_path="claim"),
    st.Page("dashboard/pages/review.py", title="Review queue", icon=":material/inbox:", url_path="review"),
    st.Page("dashboard/pages/actors.py", title="Actors", icon=":material/person:", url_path="actors"),
    st.Page("dashboard/pages/countries.py", title="Countries", icon=":material/public:", url_path="countries"),
    st.Page("dashboard/pages/add_articles.py", title="Add articles", icon=":material/add_circle:", url_path="add_articles"),
    st.Page("dashboard/pages/track_record.py", title="Track record", icon=":material/target:", url_path="track_record"),
]
page = st.navigation(pages)
with guard("Opening the database"):
    ensure_demo()
page.run()
