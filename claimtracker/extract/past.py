"""Past events told beside forward claims: a sentence reporting a postponement as decided, and a
time phrase that dates a past verb of its own clause. Both keep past dates out of claim windows."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from claimtracker.extract.attribution_choice import COMPLEMENTIZERS
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
# characters from a reporting verb to the day it was said: «وفق ما أعلن المتحدث باسم الخارجية ...
# في مؤتمره الصحفي الأسبوعي اليوم الاثنين», "a spokesman for the ministry told reporters in the capital on Monday"
_SAID_GAP = 100
# characters from a time phrase to the past verb right after it ("in June unexpectedly raised"),
# and what may stand between: an adverb at most
_PAST_AFTER_GAP = 20
_ADVERB_GAP = re.compile(r"\s+(?:[a-z]+ly\s+)?")
# characters from a day opening a report to its past reporting verb, with a comma, then the
# speaker's few words between ("On Thursday, the ministry's spokesman said")
_OPENING_GAP = 50
_SUBJECT_GAP = re.compile(r",\s+(?:[\w.'’-]+\s+){1,5}")
_PAST_REPORT = re.compile(r"(?:said|told|wrote|\w+ed)\b", re.IGNORECASE)
# a past verb of weighing a step, then the step ("discussed holding", "considered calling"): the date
# after them is the step's, to come
_PROPOSED = re.compile(r"(?:discuss|consider|propos|suggest|debat|mull|weigh|float|recommend|envisag|contemplat"
                       r"|explor)e?d\s+\w+ing\b", re.IGNORECASE)
# a day opening "there was talk" is the day of the talk, as a day before "said" is the day of telling
_THERE_WAS = re.compile(r",?\s+there\s+(?:was|were)\s+(?:\w+\s+){0,2}(?:speculation|reports?|talk|rumou?rs?|word|suggestions?)\b",
                        re.IGNORECASE)
# what may stand before such a day in its sentence: nothing, or a participle clause
_OPENER = re.compile(r"\s*(?:(?:Speaking|Talking|Writing|Addressing|Testifying)\b[^,.;:]*)?", re.IGNORECASE)
_WEEK = 7
_GOVERNED_GAP_WORDS = 1  # words between a forward cue and the verbal noun it governs («قد تطلب الحكومة تأجيل»)
_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[,;:.،؛!?؟]")
# the word that opens what a reporting verb tells
_THAT = re.compile(rf"(?<!\S)[وف]?(?:{COMPLEMENTIZERS})(?!\S)")
# "will be held", "to cut rates", "could cut": a past form after these is a participle or a bare
# infinitive (English "cut", "kept", "had" are both), no past event; after a determiner or a noun
# it qualifies ("a rate cut at its September meeting", "another cut") it is a noun
_NO_PAST_AFTER = re.compile(r"\b(?:be|being|to|will|would|could|may|might|can|should|must|shall"
                              r"|a|an|the|another|further|first|second|rate|tax|budget|spending|price|output|production"
                              # "transport of captured carbon dioxide", "talks with armed groups": after a
                              # preposition a past form qualifies the noun after it
                              r"|of|for|with|from|about|against|among|between|into|on|in|under|over"
                              # "hoped to see it ratified", "wants them released": a participle after its object
                              r"|(?:see|get|have|want|wants|wanted|keep|need|needs)\s+(?:it|them|him|her|this|that))"
                              # ("will also see him on Thursday": an adverb may stand after the modal)
                              r"(?:\s+(?:also|still|then|not|again|soon|only|jointly|both|probably|likely|later|first))?\s+\Z",
                              re.IGNORECASE)

# «قد تعلن الحكومة في أغسطس», «لن يعلن الوزير قبل»: a modal before a present reporting verb makes the
# telling itself the claim, still to come, so its date is the claim's, not a day it was said
_AR_MODAL_PRESENT = re.compile(r"(?<!\w)(?:قد|ربما|لن|سوف)\s+[يتن]\Z")


def _dates_verb_after(doc: Doc, t: TimeSpan, starts: Sequence[int]) -> bool:
    """"The central bank in June raised the rate": an English past verb right after the time
    phrase, in its clause, is the event the phrase dates."""
    if doc.lang != "en":
        return False  # (Arabic puts the verb first: a past form after a date is seldom its verb)
    j = bisect_right(starts, t.end - 1)
    if j >= len(starts) or starts[j] - t.end > _PAST_AFTER_GAP:
        return False
    nxt = starts[j]
    # nothing but an adverb between: "in June to discuss delayed reviews", "from August 8 under
    # rules adopted", "in early September but has not been signed" date no verb of their own
    if not _ADVERB_GAP.fullmatch(doc.text, t.end, nxt) or any(t.end <= c.start < nxt for c in doc.cues):
        return False
    return not (_NO_PAST_AFTER.search(doc.text, max(0, nxt - 16), nxt) or _governed(doc, nxt))


def _opens_report(doc: Doc, t: TimeSpan, speech: Sequence) -> bool:
    """"On Thursday, Trump said he will visit China in November": an English day set before the
    speaker, his past reporting verb after, is the day of telling."""
    if doc.lang != "en":
        return False
    # only a day that opens the sentence, or a participle clause opening it ("Speaking to reporters
    # on Thursday,"): in "talks will resume on Tuesday, the ministry said" the day is the claim's
    line = max(doc.text.rfind(p, 0, t.start) for p in ("\n", ". ", "? ", "! "))
    if _OPENER.fullmatch(doc.text, line + 1, t.start) is None:
        return False
    if _THERE_WAS.match(doc.text, t.end):
        return True  # "On Sunday there was speculation that ...": the day the talk was heard
    nxt = min((h.start for h in speech if h.start >= t.end and _PAST_REPORT.match(doc.text, h.start)), default=-1)
    if nxt < 0 or nxt - t.end > _OPENING_GAP or not _SUBJECT_GAP.fullmatch(doc.text, t.end, nxt):
        return False
    return not any(t.end <= c.start < nxt for c in doc.cues)


def told_as_past(doc: Doc, t: TimeSpan, speech: Sequence = ()) -> bool:
    """A phrase that may be read as past ("in December", "on Tuesday") right after a past verb
    of its own clause dates that past event, not a claim; so it is no window to come.

    A reporting verb counts as such a verb: in "said on Monday he would travel in November" and
    «وقال الوزير يوم الاثنين إن» Monday is when it was said, not the day of what was said.
    """
    if t.past is None:
        # "today" has no past reading, yet it can be the day of telling («وفق ما أعلن المتحدث في
        # مؤتمره الصحفي اليوم الاثنين»)
        return _said_today(doc, t, speech)
    starts = doc.past.starts
    if _dates_verb_after(doc, t, starts) or _opens_report(doc, t, speech):
        return True
    i = bisect_right(starts, t.start - 1) - 1
    last = starts[i] if i >= 0 else -1
    # ("will be announced on Wednesday": a reporting verb still to come dates no telling)
    said = max((h.start for h in speech if h.end <= t.start
                and not _NO_PAST_AFTER.search(doc.text, max(0, h.start - 16), h.start)
                and not _AR_MODAL_PRESENT.search(doc.text, max(0, h.start - 8), h.start + 1)), default=-1)
    if last >= 0 and (_NO_PAST_AFTER.search(doc.text, max(0, last - 16), last) or _governed(doc, last)
                      or _PROPOSED.match(doc.text, last)):
        # "will be held in Accra on 20 May", "to cut rates on 3 June", "discussed holding an
        # election on May 4": no past event, or only a proposal of one to come
        last = -1
    last = max(last, said)
    # a speaker's name and title may stand between a reporting verb and the day it was said, a
    # day of the week just gone ("11 January" read as past is a year back: no day of telling)
    reach = _SAID_GAP if last == said and _recent(t, doc.published) else _PAST_GAP
    if last < 0 or t.start - last > reach:
        return False
    gap = doc.text[last : t.start]
    if _CLAUSE_BREAK.search(gap) or any(last <= c.start < t.start for c in doc.cues):
        return False
    if last == said and _THAT.search(gap):
        return False  # «لا يستبعد أن تؤجل اللجنة الدور الثاني إلى جويلية»: the date is in what is told
    # "postponed to 13 April": the past verb moves the event to the date, which is still to come;
    # the time phrase may begin with the preposition the move ends in («تأجيل الاقتراع إلى أيلول»)
    lo, hi = to_normalized(doc.norm, last, t.end)
    return doc.moved_to is None or doc.moved_to.search(doc.norm.text, lo, hi) is None


def _said_today(doc: Doc, t: TimeSpan, speech: Sequence) -> bool:
    """Whether a phrase naming the publication day follows a reporting verb of its own clause."""
    w = t.window
    if doc.published is None or w.start != doc.published or (w.end or w.start) != doc.published:
        return False
    said = max((h.start for h in speech if h.end <= t.start), default=-1)
    if said < 0 or t.start - said > _SAID_GAP:
        return False
    return not (_CLAUSE_BREAK.search(doc.text, said, t.start) or any(said <= c.start < t.start for c in doc.cues))


def _recent(t: TimeSpan, published: date | None) -> bool:
    """Whether the past reading of a time phrase is a day of the week up to publication."""
    end = t.past.end or t.past.start if t.past is not None else None
    return published is not None and end is not None and 0 <= (published - end).days < _WEEK


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
