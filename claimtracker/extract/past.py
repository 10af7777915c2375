"""Past events told beside forward claims: a sentence reporting a postponement as decided, and a
time phrase that dates a past verb of its own clause. Both keep past dates out of claim windows."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

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
_GOVERNED_GAP_WORDS = 1  # words between a forward cue and the verbal noun it governs («قد تطلب الحكومة تأجيل»)
_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[,;:.،؛!?؟]")
# "will be held", "to cut rates", "could cut": a past form after these is a participle or a bare
# infinitive (English "cut", "kept", "had" are both), no past event
_NO_PAST_AFTER = re.compile(r"\b(?:be|being|to|will|would|could|may|might|can|should|must|shall)\s+\Z",
                              re.IGNORECASE)


def told_as_past(doc: Doc, t: TimeSpan, speech: Sequence = ()) -> bool:
    """A phrase that may be read as past ("in December", "on Tuesday") right after a past verb
    of its own clause dates that past event, not a claim; so it is no window to come.

    A reporting verb counts as such a verb: in "said on Monday he would travel in November" and
    «وقال الوزير يوم الاثنين إن» Monday is when it was said, not the day of what was said.
    """
    if t.past is None:
        return False
    starts = doc.past.starts
    i = bisect_right(starts, t.start - 1) - 1
    last = starts[i] if i >= 0 else -1
    said = max((h.start for h in speech if h.end <= t.start), default=-1)
    if last >= 0 and (_NO_PAST_AFTER.search(doc.text, max(0, last - 8), last) or _governed(doc, last)):
        last = -1  # "will be held in Accra on 20 May", "to cut rates on 3 June": no past event
    last = max(last, said)
    if last < 0 or t.start - last > _PAST_GAP:
        return False
    gap = doc.text[last : t.start]
    if _CLAUSE_BREAK.search(gap) or any(last <= c.start < t.start for c in doc.cues):
        return False
    # "postponed to 13 April": the past verb moves the event to the date, which is still to come;
    # the time phrase may begin with the preposition the move ends in («تأجيل الاقتراع إلى أيلول»)
    lo, hi = to_normalized(doc.norm, last, t.end)
    return doc.moved_to is None or doc.moved_to.search(doc.norm.text, lo, hi) is None


def _governed(doc: Doc, at: int) -> bool:
    """Whether the past form at `at` follows a forward cue with at most a word between and no
    clause break: it is then the verbal noun the cue's verb governs («قد يقرر خفض الفائدة يوم 25
    مارس», «قد تطلب الحكومة تأجيل الاقتراع»: the cut and the delay are to come), no past event."""
    for c in doc.cues:
        if c.end <= at and at - c.end <= _PAST_GAP:
            gap = doc.text[c.end : at]
            if not _CLAUSE_BREAK.search(gap) and len(_WORD.findall(gap)) <= _GOVERNED_GAP_WORDS:
                return True
    return False
