"""Past events told beside forward claims: a sentence reporting a postponement as decided, and a
time phrase that dates a past verb of its own clause. Both keep past dates out of claim windows."""

from __future__ import annotations

import re
from bisect import bisect_right

from claimtracker.extract.cues import CueLexicon
from claimtracker.extract.document import Doc, TimeSpan
from claimtracker.extract.filter import to_normalized
from claimtracker.extract.split import Sentence

__all__ = ["reports_call_off", "told_as_past"]


def reports_call_off(doc: Doc, sent: Sentence, nsent: str, cues: CueLexicon) -> int | None:
    """Where the report ends when the sentence opens by reporting a postponement or cancellation
    as decided («أعلن الكرملين، اليوم الخميس، تأجيل القمة»): the dates in it are the old schedule."""
    if cues.reported_off is None:
        return None
    m = cues.reported_off.search(nsent)
    if m is None:
        return None
    base, _ = to_normalized(doc.norm, sent.start, sent.start)
    at, end = doc.norm.span(base + m.start(), base + m.end())
    return None if any(sent.start <= c.start < at for c in doc.cues) else end


_PAST_GAP = 40  # characters between a past verb and the time phrase it dates ("who fled to Moscow in December")
_CLAUSE_BREAK = re.compile(r"[,;:.،؛!?؟]")


def told_as_past(doc: Doc, t: TimeSpan) -> bool:
    """A phrase that may be read as past ("in December", "on Tuesday") right after a past verb
    of its own clause dates that past event, not a claim; so it is no window to come."""
    if t.past is None:
        return False
    starts = doc.past.starts
    i = bisect_right(starts, t.start - 1) - 1
    if i < 0 or t.start - starts[i] > _PAST_GAP:
        return False
    last = starts[i]
    gap = doc.text[last : t.start]
    if _CLAUSE_BREAK.search(gap) or any(last <= c.start < t.start for c in doc.cues):
        return False
    # "postponed to 13 April": the past verb moves the event to the date, which is still to come
    lo, hi = to_normalized(doc.norm, last, t.start)
    return doc.moved_to is None or doc.moved_to.search(doc.norm.text, lo, hi) is None
