"""The forms that change data: marking, editing, accepting suggestions, actors, ingest.
Each calls one library function through `write_action`, which clears the cached reads."""

from __future__ import annotations

import importlib

import streamlit as st

from claimtracker.errors import ClaimTrackerError
from dashboard.data import write_action

# Where the claim-writing functions live (claims.py re-exports what it finishes; the rest are in
# its helper modules).
_CLAIM_MODULES = ("claimtracker.store.claims", "claimtracker.store.claim_changes",
                  "claimtracker.store.claim_outcomes", "claimtracker.store.claim_events")


class MissingFeature(ClaimTrackerError):
    """A library function the dashboard calls has not been installed in this version."""


def claim_function(name: str):
    for module in _CLAIM_MODULES:
        try:
            fn = getattr(importlib.import_module(module), name, None)
        except ImportError:
            continue
        if fn is not None:
            return fn
    raise MissingFeature(f"this version of Claim Tracker cannot {name.replace('_', ' ')} yet")


def _done(message: str) -> None:
    st.session_state["_flash"] = message
    st.rerun()


def show_flash() -> None:
    """Show (once) the message a write left before its rerun."""
    message = st.session_state.pop("_flash", None)
    if message:
        st.success(message)
    error = st.session_state.pop("_flash_error", None)
    if error:
        st.error(error)


def mark_form(claim_id: int) -> None:
    """Mark confirmed / Mark refuted / Reopen, with a note and evidence URL."""
    with st.form(f"mark_{claim_id}", clear_on_submit=True):
        st.markdown("**Judge this claim**")
        note = st.text_area("Note", placeholder="Why: what happened, according to whom")
        evidence = st.text_input("Evidence URL", placeholder="https://…")
        by = st.text_input("Your name", value=st.session_state.get("analyst", ""))
        c1, c2, c3, c4 = st.columns(4)
        confirm = c1.form_submit_button("Mark confirmed", type="primary")
        partly = c2.form_submit_button("Mark partly confirmed")
        refute = c3.form_submit_button("Mark refuted")
        reopen = c4.form_submit_button("Reopen")
    status = ("confirmed" if confirm else "partly_confirmed" if partly else "refuted" if refute
              else "open" if reopen else None)
    if status is None:
        return
    if by:
        st.session_state["analyst"] = by
    write_action(claim_function("mark_status"), int(claim_id), status, note.strip() or None,
                 evidence_url=evidence.strip() or None, by=by.strip() or None)
    _done(f"Claim #{claim_id} is now {'open again' if status == 'open' else status.replace('_', ' ')}.")


def bulk_mark_form(claim_ids: list[int]) -> None:
    """Mark every selected claim at once, with one note."""
    with st.form("bulk_mark", clear_on_submit=True):
        st.markdown(f"**Mark the {len(claim_ids)} selected claims**")
        status = st.selectbox("New status", ["confirmed", "partly_confirmed", "refuted", "expired", "withdrawn",
                                             "open"], format_func=lambda s: s.replace("_", " "))
        note = st.text_area("Note for all selected")
        evidence = st.text_input("Evidence URL for all selected")
        by = st.text_input("Your name", value=st.session_state.get("analyst", ""))
        go = st.form_submit_button("Mark selected")
    if not go:
        return
    mark = claim_function("mark_status")
    for claim_id in claim_ids:
        write_action(mark, int(claim_id), status, note.strip() or None, evidence_url=evidence.strip() or None,
                     by=by.strip() or None)
    _done(f"Marked {len(claim_ids)} claims {status.replace('_', ' ')}.")


def edit_form(claim: dict, actor_options: dict[str, str], country_options: list[str], country_label) -> None:
    """Edit a claim's headline, actors and countries."""
    with st.form(f"edit_{claim['claim_id']}"):
        headline = st.text_input("Headline", value=claim["headline"])
        current_actors = [a for a in claim["actor_ids"]]
        actors = st.multiselect("Actors", sorted(set(actor_options) | set(current_actors)),
                                default=current_actors, format_func=lambda a: actor_options.get(a, a))
        current_countries = list(claim["countries"])
        countries = st.multiselect("Countries", sorted(set(country_options) | set(current_countries)),
                                   default=current_countries, format_func=country_label)
        by = st.text_input("Your name", value=st.session_state.get("analyst", ""), key=f"edit_by_{claim['claim_id']}")
        save = st.form_submit_button("Save changes")
    if not save:
        return
    write_action(claim_function("edit_claim"), int(claim["claim_id"]),
                 headline=headline.strip() if headline.strip() != claim["headline"] else None,
                 actor_ids=list(actors), countries=list(countries), by=by.strip() or None)
    _done(f"Claim #{claim['claim_id']} saved.")


def suggestion_buttons(suggestion_id: int, key: str) -> None:
    c1, c2 = st.columns(2)
    if c1.button("Accept", key=f"accept_{key}", type="primary"):
        write_action(claim_function("accept_suggestion"), int(suggestion_id),
                     by=st.session_state.get("analyst") or None)
        _done("Suggestion accepted: the claim's status changed.")
    if c2.button("Reject", key=f"reject_{key}"):
        write_action(claim_function("reject_suggestion"), int(suggestion_id),
                     by=st.session_state.get("analyst") or None)
        _done("Suggestion rejected.")


def merge_form(claim_id: int) -> None:
    """Merge another claim (the same prediction, found twice) into this one."""
    with st.form(f"merge_{claim_id}", clear_on_submit=True):
        other = st.number_input("Claim to merge into this one", min_value=1, step=1, value=None,
                                placeholder="its claim number")
        note = st.text_input("Why they are the same claim")
        go = st.form_submit_button("Merge into this claim")
    if not go:
        return
    if other is None:
        st.error("Type the number of the claim to merge first.")
        return
    write_action(claim_function("merge_claims"), int(claim_id), int(other), note=note.strip() or None,
                 by=st.session_state.get("analyst") or None)
    _done(f"Claim #{int(other)} merged into claim #{claim_id}.")


def split_button(mention_id: int) -> None:
    """Take one mention off its claim into a claim of its own, then show that claim."""
    st.button("Split this mention off into a new claim", key=f"split_{mention_id}", on_click=_split,
              args=(int(mention_id),))


def _split(mention_id: int) -> None:
    # A callback runs before the page script, so it may still change the page's bound
    # "claim_id" widget: the page then opens on the new claim.
    try:
        new_id = write_action(claim_function("split_mention"), mention_id,
                              by=st.session_state.get("analyst") or None)
    except ClaimTrackerError as exc:
        st.session_state["_flash_error"] = str(exc)
        return
    st.session_state["claim_id"] = int(new_id)
    st.session_state["_flash"] = f"The mention is now claim #{new_id}."
