"""A claim that must come before a dated event runs up to the event, not on its date.

"The government is expected to sign the deal before the EU summit in June", «يُتوقع أن يُقر البرلمان
القانون قبل الانتخابات التشريعية المقررة في شتنبر»: the date is the summit's or the election's
(which `nested_events` may split off as a claim of its own, dated so), and the claim's window runs
from publication to the event. A before-word followed by a clause of its own ("before the House goes
into recess on February 20") is the time grammar's (`time_context.before_clause`); a negated claim
("is unlikely before the election in May") reads "not before X", which stays the event's date; so
do the end or start of a period ("before the end of the first quarter", `before_event_not`) and a
gerund's clause ("before cutting rates in August").

How far the window reaches follows the annotation guideline's "by X": the golds end a claim before a
month-long event on the day before the month, and one before an event on a day on that day or the
day before, so a window up to the event's day meets both.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from claimtracker.extract.document import Doc, TimeSpan
from claimtracker.extract.drafts import Draft
from claimtracker.extract.events import EventLexicon
from claimtracker.extract.filter import to_normalized
from claimtracker.extract.time_combine import negated
from claimtracker.extract.timewords import TimeLexicon
from claimtracker.models import Window

__all__ = ["deadline_before_events"]

_FORWARD = ("prediction", "speculation")
# characters from the claim's start back from its date within which the before-word may stand
_REACH = 120
# an event this many days long or shorter is "on a day": the window runs up to its end
_DAY_LIKE = 7


def deadline_before_events(doc: Doc, drafts: Sequence[Draft], times: Sequence[TimeSpan],
                           time_lexicon: TimeLexicon, events: EventLexicon) -> None:
    """Set the window of each forward claim dated by an event it must come before (in place).

    Only where no claim of the same words is left dated by the event: the event was cut off as a
    claim of its own (`nested_events`), or the words before the date name no event («Lunar New
    Year», "Independence Day"); a claim that stays whole about a dated election keeps its date.
    """
    published = doc.published
    grammar = time_lexicon.grammars.get(doc.lang)
    if published is None or grammar is None or grammar.before_event is None:
        return
    ntext, offsets = doc.norm.text, doc.norm.offsets
    for d in drafts:
        w = d.window
        if d.kind not in _FORWARD or d.reading.negated or w is None or w.start is None or w.end is None \
                or w.start <= published:
            continue
        # the time phrase that dated it: inside its words, or just past them when the event was cut off
        t = next((t for t in times if t.window == w and d.start <= t.start < d.end + _REACH), None)
        if t is None:
            continue
        lo, hi = to_normalized(doc.norm, max(d.start, t.start - _REACH), t.start)
        before = grammar.before_event.search(ntext, lo, hi)
        if before is None or offsets[before.start()] < d.start:
            continue
        if t.start < d.end and events.find(ntext, before.start(), hi):
            continue  # the claim is about the dated event itself, and keeps its date
        opens, _ = to_normalized(doc.norm, d.start, d.start)
        if negated(grammar, ntext[opens:before.start()], before.start() - opens):
            continue  # "is unlikely before the election in May": not before it
        d.window = _up_to(w, published, doc.text[offsets[before.start()]:t.end])


def _up_to(w: Window, published: date, words: str) -> Window:
    """From publication to the event: to its end when it is day-long, else to the day before it."""
    assert w.start is not None and w.end is not None
    end = w.end if (w.end - w.start).days < _DAY_LIKE else w.start - timedelta(days=1)
    return Window(published, max(end, published), words)
