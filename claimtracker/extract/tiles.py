"""A sentence cut into forward claims: the clauses with a cue (or an event word and a date to
come) anchor a claim, the clauses without one join the claim before them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from claimtracker.extract.attribution import RELAYING, Hit
from claimtracker.extract.clause_rules import after_trip, default_rules, opens_purpose
from claimtracker.extract.cues import CONDITION, FRAME, CueLexicon, Reading, read_certainty
from claimtracker.extract.document import Doc, TimeSpan, inside
from claimtracker.extract.past import told_as_past
from claimtracker.extract.split import Sentence, Span
from claimtracker.extract.verbs_ar import (
    NOT_VERBS_AR,
    present_verb,
    present_verb_before,
    stative_ar,
    tafil_noun,
)
from claimtracker.models import Window

__all__ = ["REPORT_GAP", "Negations", "is_future", "said_on", "tiles"]

_TODAY = re.compile(r"today|tonight|later|this (?:morning|afternoon|evening)|اليوم|الليله|الليلة|مساء|لاحقا", re.IGNORECASE)


# how recently a month named without a year may have ended to be read as that month, in a clause
# no cue makes a claim (the same reach as a day and month with no year, `time_handlers`)
_MONTH_GONE_DAYS = 45


def _month_just_gone(t: TimeSpan, published: date | None) -> bool:
    """Whether a time phrase of a month or part of one (no year) also reads as one that ended within
    `_MONTH_GONE_DAYS` before publication."""
    past = t.past
    if published is None or past is None or past.start is None or past.end is None or past.start == past.end:
        return False
    return 0 < (published - past.end).days <= _MONTH_GONE_DAYS


def is_future(window: Window, published: date | None) -> bool:
    """Whether a window reaches past the publication day, or is that day called "today".

    The publication day under another name ("On Friday, the office said") is when something
    was said, not when it will happen.
    """
    if published is None:
        return True
    end = window.end or window.start
    if end is None or end > published:
        return True
    return end == published and bool(_TODAY.search(window.text or ""))


def _is_near_day(window: Window, published: date | None) -> bool:
    """A single day in the coming week: with a past verb it is the weekday just gone
    ("received him on Wednesday"), not a date to come."""
    if published is None or window.start is None or window.start != window.end:
        return False
    return 0 < (window.start - published).days <= 7


def _dated(window: Window) -> bool:
    """Whether the time phrase names its day by number ("on April 6", «يوم 6 أبريل»): unlike a
    weekday, it cannot be a day gone that was read forward, so a report after it does not date it."""
    return any(ch.isdigit() for ch in window.text or "")


class Negations:
    """"Is there a negation inside [start, end)" for the negation spans of a document.

    The spans come from one left-to-right pass, so they are sorted by start and do not overlap:
    a bisect finds the first one starting inside instead of a walk over all of them per clause.
    """

    __slots__ = ("spans", "starts")

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def any_in(self, start: int, end: int) -> bool:
        spans = self.spans
        for i in range(bisect_left(self.starts, start), len(spans)):
            s, e = spans[i]
            if s > end:
                return False
            if e <= end:
                return True
        return False


def tiles(doc: Doc, sent: Sentence, is_question: bool, s_times, s_events, has_context: bool, cues: CueLexicon,
          negations: Negations, speech: Sequence[Hit], sources: Sequence[Hit], sentence_cues: Sequence):
    """(start, end, reading, anchor clause) per forward claim in a sentence.

    Clauses with a cue anchor a claim; clauses without one join the claim before them (or the
    first one), so a sentence is cut into adjacent claims that together cover it. A clause with
    no cue but an event word and a future date is a plain schedule ("the talks resume on 25 May").
    Reporting verbs (`speech`) only ever take a date to come away.
    """
    names = [(h.start, h.end) for h in sources if h.kind != "speech"]
    if sentence_cues:
        # A cue inside the name of a source («سانا» reads as a future verb) is part of the name, so
        # a clause holding only the attribution joins the claim it introduces.
        s_cues = [c for c in sentence_cues if has_context or not c.needs_context]
        if names:  # (with no source phrase, no cue is inside one)
            # (a rumour is the source and the hedge at once: «وتتواتر معلومات عن زيارة مرتقبة»)
            s_cues = [c for c in s_cues if c.group == _RUMOUR or not _in_any(c, names)]
    else:
        s_cues = []
    if is_question:
        reading = read_certainty(s_cues, negations.any_in(sent.start, sent.end), True)
        return [(sent.start, sent.end, reading, Span(sent.start, sent.end))]
    if not s_cues and not (s_times and (s_events or doc.lang == "ar")):
        return []  # no clause can have a cue, or an event word (or an Arabic lede's verb) with a date to come
    clauses = sent.clauses
    readings: list[Reading | None] = []
    conditions: list[tuple[int, float]] = []  # clauses holding nothing but a condition, and its cap
    frame: float | None = None  # the cap of an analyst's view framing the sentence so far (`FRAME`)
    published = doc.published
    for i, cl in enumerate(clauses):
        negated = negations.any_in(cl.start, cl.end)
        own = inside(s_cues, cl.start, cl.end) if s_cues else []
        if own and any(c.kind == FRAME for c in own):
            # «ويرى مراقبون أن ...»: an analyst's view caps this clause's reading and the later ones'
            cap_here = min(c.certainty for c in own if c.kind == FRAME)
            frame = cap_here if frame is None else min(frame, cap_here)
            own = [c for c in own if c.kind != FRAME]
        if len(own) > 1 and cues.relative is not None:
            own = _outside_relatives(doc, own, cues.relative)
        if own and cues.relative is not None and not (s_times and inside(s_times, cl.start, cl.end)):
            own = _no_habitual_relatives(doc, own, cues.relative)
        # «، حيث ...», «، على أن ...»: a clause going on with the claim before it
        cont = cues.continuation.match(doc.nslice(cl.start, min(cl.end, cl.start + 24))) \
            if readings and cues.continuation is not None else None
        # «ويزور المدينة سنويا آلاف السياح»: a habit, no event to come; a time phrase of the
        # clause dates one all the same («يوقع الخميس المقبل عقدا لتوريد مليون طن سنويا»), and a
        # clause going on with a claim is that claim's («، يوقع خلالها اتفاقا لتوريد مليون طن سنويا»)
        # (the cues first: the search runs only on a clause it could empty)
        if own and cont is None and cues.habitual is not None and all(c.group == _PRESENT_EVENT for c in own) \
                and not (s_times and inside(s_times, cl.start, cl.end)) \
                and cues.habitual.search(doc.nslice(cl.start, cl.end)) is not None:
            own = []
        # a condition alone reads nothing yet: a schedule in its clause still may
        cap = min(c.certainty for c in own) if own and all(c.kind == CONDITION for c in own) else None
        r = read_certainty(own, negated, False) if own and cap is None else None
        # «بحسب بيان صادر عن الوزارة اليوم»: a statement that is the source is no event of the clause
        if r is None and s_times and (_event_outside(s_events, cl.start, cl.end, names)
                                      or (doc.lang == "ar" and _lede_goes_on(doc, clauses, i, readings))):
            past_verb = doc.past.any_in(cl.start, cl.end)
            # "X said during a visit on Tuesday": the weekday next to a reporting verb is the one gone
            # under a condition only a schedule stated before it counts ("a runoff on June 21 if
            # …"), not the event the condition names ("depending on Friday's talks")
            until = cl.end if cap is None else min(c.start for c in own)
            future = [
                t for t in inside(s_times, cl.start, until)
                if is_future(t.window, published)
                and not (_is_near_day(t.window, published) and t.past is not None
                         and (past_verb or (said_on(t, speech, ()) and not _dated(t.window))))
                # «بيان صدر اليوم الأحد»: today after a past verb is when something was issued
                and not (past_verb and t.window.start == t.window.end == published)
                # "troops were deployed in late May": a past verb of its own clause dates a past event
                and not (past_verb and told_as_past(doc, t, speech))
                # "X authorised it in late November" (published in December): with no cue, a month
                # just gone is that month, not next year's
                and not _month_just_gone(t, published)
            ]
            if future:
                r = Reading(cues.future_time_kind, cues.future_time_certainty, negated, False)
        if cap is not None:
            if r is not None:
                # "with a runoff on June 21 if no candidate wins": a schedule under its condition
                r = replace(r, certainty=min(r.certainty, cap))
            else:
                r = read_certainty(own, negated, False)
                conditions.append((i, cap))
        if r is None and readings and _event_outside(s_events, cl.start, cl.end, names):
            # "… will visit Rabat on Monday | to meet …": the purpose is the event the trip is made
            # for, a claim of its own with the trip's hedge (the trip stands in the claim so far)
            last = next((j for j in range(i - 1, -1, -1) if readings[j] is not None), None)
            if last is not None and (opens_purpose(doc.text, cl, sent.rules)
                                     or after_trip(doc.text, clauses[last].start, cl, sent.rules)):
                r = readings[last]
        if r is None and cont is not None and doc.lang == "ar" and _present_verb_after(doc, cl, cont.end()):
            # «يزور ... يوم الأحد، حيث يدشن خط الأنابيب»: what is done there is a claim of its own,
            # hedged as the claim it goes on with
            r = next((readings[j] for j in range(i - 1, -1, -1) if readings[j] is not None), None)
        if r is not None and frame is not None and r.certainty > frame:
            r = replace(r, certainty=frame)
        if r is not None and cont is not None:
            # «يُنتظر أن يزور ...، حيث يلتقي ...»: the clause goes on with the claim before it, whose
            # hedge it keeps (the golds: 44 of 56 such clauses)
            went_on = next((readings[j] for j in range(i - 1, -1, -1) if readings[j] is not None), None)
            if went_on is not None and went_on.certainty < r.certainty:
                r = replace(r, certainty=went_on.certainty)
        readings.append(r)
    if conditions and len(conditions) < sum(r is not None for r in readings):
        _apply_conditions(readings, conditions)
    _frame_into_complement(doc, clauses, readings)
    if doc.lang == "ar":
        _subject_cut_from_verb(doc, clauses, readings, (sent.rules or default_rules()).trip)
    anchors = [i for i, r in enumerate(readings) if r is not None]
    if not anchors:
        return []
    # each clause joins the last anchor at or before it (the first anchor for those before all)
    out = []
    for k, a in enumerate(anchors):
        first = 0 if k == 0 else a
        last = anchors[k + 1] - 1 if k + 1 < len(anchors) else len(clauses) - 1
        out.append((clauses[first].start, clauses[last].end, readings[a], clauses[a]))
    return out


# a complementiser opening a clause: what the clause before it (a verb and its subject) says
_COMPLEMENT = re.compile(r"(?:ان|الا|بان|that)(?!\w)")


def _frame_into_complement(doc: Doc, clauses: Sequence[Span], readings: list[Reading | None]) -> None:
    """«ويتوقع الباحث في مركز …، سامر الطراونة، ألا يبرم اتفاق»: the first claim's clause, when the
    clause after it opens on «أن»/«ألا»/"that", is a verb and its subject cut from what they say (by
    the commas around the subject's name): no claim of its own. The complement is the claim, with the
    verb's hedge (and the complement's negation) as its reading."""
    first = next((i for i, r in enumerate(readings) if r is not None), None)
    if first is None or first + 1 >= len(clauses):
        return
    frame = readings[first]
    # the complement comes next, or after an apposition of no claim of its own that describes the
    # subject («ويتوقع الدكتور فلان، الباحث في الشؤون الفلسطينية، أن ...»)
    for at in range(first + 1, min(first + 3, len(clauses))):
        nxt = clauses[at]
        if frame is not None and _COMPLEMENT.match(doc.nslice(nxt.start, min(nxt.end, nxt.start + 6))):
            own = readings[at]
            readings[first] = None
            readings[at] = replace(frame, negated=frame.negated or (own is not None and own.negated))
            return
        if readings[at] is not None:
            return


# «... أن وزير الخارجية فلان،» : «أن» and a subject of a few words with no verb, up to the clause's end
_SUBJECT_AFTER_AN = re.compile(r"(?:^|\s)[اإ]ن(?!\s+هناك)(?:\s+(?![سيت]\w\w|كان)\S+){1,8}\s*$")
# a clause opening on a verb («سيزور», «يلتقي»; with «و» it is a second predicate) or on «إلى» after
# a trip verb («يصل فلان، إلى»)
_OPENS_VERB = re.compile(r"(?:س[يتن]\w\w|[يت]\w\w\w)")
_OPENS_TO = re.compile(r"(?:الي|إلى)\s(?!(?:ان|أن|جانب)\s)")


def _subject_cut_from_verb(doc: Doc, clauses: Sequence[Span], readings: list[Reading | None], trip: re.Pattern) -> None:
    """«ومن المقرر أن وزير الخارجية فلان، سيزور الرياض», «يصل وزير الخارجية، فلان، إلى المغرب يوم
    الأربعاء»: commas around a subject's name cut it from its verb or the verb's goal. The clause
    after the name goes on with the claim before it (whose hedge it keeps), no claim of its own."""
    last = None  # the clause of the last claim so far
    for i, cl in enumerate(clauses):
        if readings[i] is None:
            continue
        if last is not None:
            head = doc.nslice(cl.start, min(cl.end, cl.start + 12))
            goal = _OPENS_TO.match(head) and trip.search(doc.text, clauses[last].start, clauses[last].end)
            verb = _OPENS_VERB.match(head) and _SUBJECT_AFTER_AN.search(doc.nslice(clauses[last].start, clauses[i - 1].end))
            if goal or verb:
                readings[i] = None
                continue
        last = i


def _outside_relatives(doc: Doc, own: list, relative: re.Pattern) -> list:
    """The cues of a clause without the hedges that open a relative clause («على أن تجرى الإعادة في
    الدوائر التي لم يحسم فيها أي مرشح الفوز», "talks, which may drag on, will open"): those describe
    a noun, not the clause's claim. An expectation there («القمة، التي من المتوقع أن تعقد») often is
    the claim itself, and stays. All of them when every cue is such a hedge."""
    kept = [c for c in own if c.kind != _HEDGE
            or not relative.search(doc.nslice(max(0, c.start - _RELATIVE_REACH), c.start))]
    return kept if kept else own


def _no_habitual_relatives(doc: Doc, own: list, relative: re.Pattern) -> list:
    """The cues of an undated clause less a present-tense event verb right after a relative pronoun:
    «مياه اليرموك التي تصل عبر القناة» says what the water does, no event to come."""
    return [c for c in own if c.group != _PRESENT_EVENT
            or not relative.search(doc.nslice(max(0, c.start - _RELATIVE_REACH), c.start))]


_PRESENT_EVENT = "present-event"
_HEDGE = "speculation"
_RUMOUR = "rumour"  # the cue group of reports said to circulate (cues_ar.json)
_RELATIVE_REACH = 12  # characters before a cue that may hold its relative pronoun


def _apply_conditions(readings: list[Reading | None], conditions: list[tuple[int, float]]) -> None:
    """A clause that is only a condition ("If the talks succeed, …", "…, if needed, …") is no claim
    of its own: it caps the claim it conditions, the next one after it, or the one before it
    when it comes last."""
    for i, _ in conditions:
        readings[i] = None
    for i, cap in conditions:
        after = next((j for j in range(i + 1, len(readings)) if readings[j] is not None), None)
        target = after if after is not None else next(
            (j for j in range(i - 1, -1, -1) if readings[j] is not None), None)
        r = readings[target] if target is not None else None
        if r is not None and r.certainty > cap:
            readings[target] = replace(r, certainty=cap)  # type: ignore[index]


REPORT_GAP = 48  # characters between a reporting verb and the date it was said on ("On Sunday, X said")


def said_on(t: TimeSpan, speech: Sequence[Hit], cues: Sequence, text: str | None = None) -> bool:
    """Whether a reporting verb near the time phrase, with no cue between them, dates the speech.
    With the `text`, a verb after a new coordinated clause ("on Thursday, and economists expect")
    speaks in that clause, not of the date."""
    for h in speech:
        lo, hi = (t.end, h.start) if t.end <= h.start else (h.end, t.start)
        if hi - lo <= REPORT_GAP and not any(lo <= c.start < hi for c in cues):
            if text is not None and t.end <= h.start and (_NEW_CLAUSE.search(text, lo, hi) or RELAYING.match(text, h.start)):
                continue  # ("on Tuesday night, according to party sources": the sources date nothing)
            return True
    return False


def _lede_goes_on(doc: Doc, clauses: Sequence[Span], i: int, readings: Sequence[Reading | None]) -> bool:
    """Whether clause i carries the schedule of an Arabic lede opening on a present verb: the first
    clause itself, the clause right after it («يفتتح البرلمان، يوم الجمعة المقبل، دورته»), or the one
    after a single aside set off by commas («تدخل أول دفعة من البيوت، وعددها 400 وحدة، إلى القطاع يوم
    الخميس المقبل»), with no claim read before it."""
    if i > _LEDE_ASIDES + 1 or any(r is not None for r in readings) or not _opens_on_present_verb(doc, clauses[0]):
        return False
    # past the first clause only for a lede proper: a sentence opened by «و» goes on with the story
    # («ويعيش في المدينة نحو 200 ألف نسمة، ... خلال فصل الصيف»: what is, not what is scheduled)
    return i == 0 or (not doc.nslice(clauses[0].start, clauses[0].end).startswith("و")
                      and all(_aside(doc, clauses[k]) for k in range(1, i)))


_LEDE_ASIDES = 1  # clauses set off between a lede's verb and the rest of its schedule
_ASIDE_WORDS = 6  # an aside is short: «وعددها 400 وحدة», «وهي الأولى من نوعها»


def _aside(doc: Doc, cl: Span) -> bool:
    """A short clause (`_ASIDE_WORDS` at most) opened by «و» and closed by a comma («وعددها 400 وحدة»،
    «وهي الأولى من نوعها»): an aside, not a clause of its own."""
    words = doc.nslice(cl.start, cl.end).split()
    closing = (doc.text[cl.start:cl.end].rstrip() + doc.text[cl.end:cl.end + 1])[-1:]
    return 0 < len(words) <= _ASIDE_WORDS and words[0].startswith("و") and closing in ("،", ",")


def _opens_on_present_verb(doc: Doc, cl: Span) -> bool:
    """Whether an Arabic sentence opens on an imperfect verb («يترأس الوزير يوم الثلاثاء المقبل ...»,
    «وتستأنف الشركة رحلاتها اعتبارا من ...»): with a date to come, a news lede's schedule, whatever
    the verb (a verbal noun of the form تفعيل and words like «يوم» are no verb)."""
    words = doc.nslice(cl.start, min(cl.end, cl.start + 48)).split()
    # an opening adverb or phrase set off by a comma comes before the lede's verb («أمنيا، تتسلم
    # الشرطة ...», «وفي الأثناء، يزور ...»)
    opening = next((i for i, w in enumerate(words[:3]) if w.endswith(("،", ","))), None)
    if opening is not None:
        words = words[opening + 1:]
    if not words:
        return False
    word = words[0][1:] if words[0][:1] in "وف" and len(words[0]) > 3 else words[0]
    # three letters do for a hollow or assimilated verb («يضع الوزير حجر الأساس»), not for one that
    # states what is («ينص المرسوم على», «يعد هذا التبادل الثالث»)
    return present_verb_before(word) and not stative_ar(word) and not tafil_noun(word) and word not in NOT_VERBS_AR


def _present_verb_after(doc: Doc, cl: Span, at: int) -> bool:
    """A present verb opens the clause `at` characters in, right after its continuation word
    («حيث يدشن»)."""
    words = doc.nslice(cl.start, cl.end)[at:].split()
    return bool(words) and present_verb(words[0])


def _event_outside(events: Sequence, start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """Whether an event word inside [start, end) stands outside every source's name."""
    if not names:
        return any(start <= h.start < end and h.end <= end for h in events)
    return any(not _in_any(e, names) for e in inside(events, start, end))


def _in_any(hit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= hit.start and hit.end <= b for a, b in spans)


# a comma and a conjunction open a clause of its own
_NEW_CLAUSE = re.compile(r"[,،;؛]\s*(?:and|but|while|whereas|و|بينما|فيما|في حين)(?=\s|\w)")
