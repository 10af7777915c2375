"""The mention cards of a claim page: each mention in its article, newest ones first shown.

A claim followed for months gathers hundreds of mentions; drawing every card (with its article
excerpt and split button) makes the page slow and long, so only the newest `SHOWN` are drawn until
the reader asks for all.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import actions
from dashboard.ui import esc, highlighted, iso, link_html, rtl, window_html

SHOWN = 20


def mention_cards(mentions: pd.DataFrame, claim_id: int) -> None:
    """`mentions` is oldest first (the `claim_mentions` query)."""
    total = len(mentions)
    shown = mentions
    if total > SHOWN and not st.toggle(f"Show all {total} mentions", key=f"all_mentions_{claim_id}"):
        shown = mentions.iloc[-SHOWN:]
        st.caption(f"The {SHOWN} newest of {total} mentions, oldest first; the timeline above charts them all")
    else:
        st.caption(f"{total} mentions, oldest first")
    for m in shown.itertuples():
        _card(m, can_split=total > 1)


def _card(m, *, can_split: bool) -> None:
    title = m.title if isinstance(m.title, str) and m.title else "(untitled article)"
    with st.container(border=True):
        rtl(title, tag="h4")
        link = f" · {link_html(m.url)}" if isinstance(m.url, str) and m.url else ""
        st.markdown(
            f"{iso(m.published_at)} · {esc(m.outlet or 'unknown outlet')} · {esc(m.lang)}{link}  \n"
            f"**{esc(m.kind)}**, certainty {m.certainty:.2f} ({esc(m.certainty_label)})"
            f"{' · negated' if m.is_negated else ''} · expected "
            f"{window_html(m.expected_from, m.expected_to, m.time_text)}"
            + (f" · according to <bdi>{esc(m.attribution_text)}</bdi> ({esc(m.attribution_kind)})"
               if isinstance(m.attribution_text, str) and m.attribution_text else
               f" · {esc(m.attribution_kind)}" if isinstance(m.attribution_kind, str) else ""),
            unsafe_allow_html=True,
        )
        st.markdown(highlighted(m.article_text, m.char_start, m.char_end), unsafe_allow_html=True)
        if can_split:
            actions.split_button(int(m.mention_id))
