"""A claim's headline, built from the mention that started it."""

from __future__ import annotations

from claimtracker.models import Mention, Window

_MAX_QUOTE = 90


def window_label(window: Window | None) -> str | None:
    if window is None or (window.start is None and window.end is None):
        return None
    if window.start and window.end and window.start == window.end:
        return window.start.strftime("%-d %b %Y")
    if window.start and window.end:
        if window.start.day == 1 and window.start.month == window.end.month and window.start.year == window.end.year:
            return window.start.strftime("%b %Y")
        return f"{window.start.strftime('%-d %b %Y')} – {window.end.strftime('%-d %b %Y')}"
    if window.end:
        return f"by {window.end.strftime('%-d %b %Y')}"
    return f"from {window.start.strftime('%-d %b %Y')}" if window.start else None


def shorten(quote: str, limit: int = _MAX_QUOTE) -> str:
    quote = " ".join(quote.split())
    if len(quote) <= limit:
        return quote
    cut = quote[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def headline_for(mention: Mention, event_type: str | None = None,
                 core_ids: frozenset[str] | None = None) -> str:
    """"Vladimir Putin – Ahmed al-Sharaa: meeting, Oct 2025"; a shortened quote without actors.

    `event_type` and `core_ids` are the claim's: its event and the actors it is about (the
    mention's other actors, such as a speaker or a country named in passing, stay out).
    """
    from claimtracker.linking.score import speaker_ids

    speakers = speaker_ids(mention)
    people = [a for a in mention.actors if a.kind != "country"]
    core = [a.name for a in people if core_ids and a.actor_id in core_ids]
    names = (core or [a.name for a in people if a.actor_id not in speakers] or [a.name for a in people]
             or [a.name for a in mention.actors])
    if not names:
        return shorten(mention.quote)
    head = " – ".join(dict.fromkeys(names[:3]))
    event = (event_type or mention.event_type).replace("_", " ")
    if mention.negated:
        event = f"no {event}"
    when = window_label(mention.expected)
    return f"{head}: {event}" + (f", {when}" if when else "")
