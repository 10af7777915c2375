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
    return f"from {window.start.strftime('%-d %b %Y')}"


def shorten(quote: str, limit: int = _MAX_QUOTE) -> str:
    quote = " ".join(quote.split())
    if len(quote) <= limit:
        return quote
    cut = quote[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def headline_for(mention: Mention) -> str:
    """"Vladimir Putin – Ahmed al-Sharaa: meeting, Oct 2025"; a shortened quote without actors."""
    from claimtracker.linking.score import speaker_ids

    speakers = speaker_ids(mention)
    people = [a for a in mention.actors if a.kind != "country"]
    names = ([a.name for a in people if a.actor_id not in speakers] or [a.name for a in people]
             or [a.name for a in mention.actors])
    if not names:
        return shorten(mention.quote)
    head = " – ".join(dict.fromkeys(names[:3]))
    event = mention.event_type.replace("_", " ")
    if mention.negated:
        event = f"no {event}"
    when = window_label(mention.expected)
    return f"{head}: {event}" + (f", {when}" if when else "")
