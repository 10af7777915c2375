"""The forms that add an actor and edit an actor's names and aliases."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from claimtracker.store.actors import add_actor, edit_actor
from dashboard.actions import _done
from dashboard.data import write_action

KINDS = ["person", "org", "country"]


def _aliases(text: str) -> list[str]:
    return [a.strip() for a in text.replace("\n", ",").replace("،", ",").split(",") if a.strip()]


def actor_forms(actors: pd.DataFrame, actor_id: str | None) -> None:
    add_tab, edit_tab = st.tabs(["Add an actor", "Edit the chosen actor"])
    with add_tab, st.form("add_actor", clear_on_submit=True):
        name = st.text_input("Name (English)")
        name_ar = st.text_input("Name (Arabic)")
        kind = st.selectbox("Kind of actor", KINDS)
        country = st.text_input("Country (ISO code, e.g. SY)", max_chars=2)
        aliases = st.text_area("Aliases (comma or line separated, Arabic or English)")
        if st.form_submit_button("Add actor"):
            new_id = write_action(add_actor, name, name_ar=name_ar or None, kind=kind,
                                  country=country.strip().upper() or None, aliases=_aliases(aliases))
            _done(f"Added actor {new_id}; the next ingest will find it.")
    with edit_tab:
        if not actor_id:
            st.caption("Choose an actor above to edit it.")
            return
        row = actors[actors["actor_id"] == actor_id].iloc[0]
        with st.form(f"edit_actor_{actor_id}"):
            name = st.text_input("Name (English)", value=row["name"])
            name_ar = st.text_input("Name (Arabic)", value=row["name_ar"] or "")
            kind = st.selectbox("Kind of actor", KINDS, index=KINDS.index(row["kind"]) if row["kind"] in KINDS else 0)
            country = st.text_input("Country (ISO code, e.g. SY)", value=row["country"] or "", max_chars=2)
            aliases = st.text_area("Aliases (comma or line separated, Arabic or English)",
                                   value=", ".join(row["aliases"] if row["aliases"] is not None else []))
            if st.form_submit_button("Save actor"):
                write_action(edit_actor, actor_id, name=name, name_ar=name_ar, kind=kind,
                             country=country.strip().upper() or None, aliases=_aliases(aliases))
                _done(f"Saved {name}; the next ingest uses the new names.")
