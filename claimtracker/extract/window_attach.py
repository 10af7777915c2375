"""Which event a time phrase dates, when a sentence names several events.

"The meeting will discuss preparations for the summit scheduled for early December": the date
follows the summit and a participle ("scheduled for", «المقررة», «المرتقب انعقادها»), so it is
the summit's date, not the meeting's. A claim whose own event is another one does not take it;
a claim that is only a schedule (no forward verb, just an event and its date) is about the
event the date hangs on; and a later claim about that event with no date of its own can take it
("will the summit be attended in full?").

"Two days before the vote", «قبل يومين من الاقتراع»: a count of days anchored on an event,
dated from that event's date elsewhere in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from claimtracker.extract.event_govern import CLAUSE_BREAK, LETTER_WORD
from claimtracker.extract.filter import to_normalized
from claimtracker.extract.head_rules import HeadRules
from claimtracker.extract.same_event import NounRules, noun_rules
from claimtracker.extract.time_handlers import typical_end
from claimtracker.extract.time_resolve import add_units
from claimtracker.models import Window
from claimtracker.text import normalize_text

if TYPE_CHECKING:
    from claimtracker.extract.document import Doc, TimeSpan
    from claimtracker.extract.events import EventHit, EventLexicon

_DURING_REACH = 24  # characters before an event noun searched for "during", «خلال»
_PARTICIPLE_TO_TIME = 48  # characters from a participle to the date it introduces
_NOUN_TO_PARTICIPLE = 40  # characters from an event noun (and its adjectives) to its participle


@dataclass(frozen=True, slots=True)
class Binding:
    """A time phrase tied by a participle to the noun before it; `owner` is None when that noun
    is no event word."""

    time_start: int
    owner: EventHit | None
    participle: tuple[int, int] = (0, 0)  # where the participle is, in the original text
    # the participle's preposition opens the time phrase ("scheduled | for 2028"): the binding names
    # the event of a claim that is only a schedule, but leaves the date to any claim of the sentence
    joined: bool = False


def _binding(doc: Doc, t: TimeSpan, hits: Sequence[EventHit], participle: re.Pattern,
             date_noun: re.Pattern | None, predicate_lead: frozenset[str]) -> Binding | None:
    offsets = doc.norm.offsets  # `to_normalized`, the second bisect starting from the first
    ns = bisect_left(offsets, max(0, t.start - _PARTICIPLE_TO_TIME))
    # the participle's preposition may open the time phrase ("scheduled | for 2028"): its first word
    # is read with the participle
    space = doc.text.find(" ", t.start, t.end)
    ne = bisect_left(offsets, space + 1 if space > 0 else t.start, ns)
    found = None
    for m in participle.finditer(doc.norm.text[ns:ne]):
        found = m
    if found is None:
        return None
    p_start = doc.norm.offsets[ns + found.start()]
    p_end = doc.norm.offsets[ns + found.end() - 1] + 1
    if CLAUSE_BREAK.search(doc.text, p_start + 1, t.start):
        return None  # a clause boundary between them: the date belongs to what follows
    before = doc.nslice(max(0, p_start - 16), p_start).split()
    if before and before[-1] in predicate_lead:
        return None  # "is scheduled for", «من المقرر»: the claim's own predicate
    if date_noun is not None and before and date_noun.fullmatch(before[-1].strip("،,")):
        return None  # «في موعدها المقرر في ...», "on its scheduled date": the claim's own date
    owners = [h for h in hits if h.end <= p_start and _reach_to(doc, h.end, p_start) <= _NOUN_TO_PARTICIPLE]
    return Binding(t.start, owners[-1] if owners else None, (p_start, p_end), p_end > t.start)


def _reach_to(doc: Doc, start: int, end: int) -> int:
    """The characters from an event noun to its participle, less the known names between them: «القمة
    السابعة والاربعين لمجلس التعاون لدول الخليج العربية المقررة»: a body's long name is one word here."""
    gap = end - start
    if gap <= _NOUN_TO_PARTICIPLE:
        return gap
    return gap - sum(min(a.end, end) - max(a.start, start) for a in doc.actors if a.start < end and a.end > start)


def bindings(doc: Doc, times: Sequence[TimeSpan], hits: Sequence[EventHit], lex: EventLexicon,
             nouns: NounRules | None = None) -> list[Binding]:
    """The time phrases among `times` that a participle ties to the noun before them, or that
    stand as a modifier before an event noun ("the September 16 election"). `nouns` are the
    language's (`LanguageLexicons.nouns`); without them the project's own."""
    rules = lex.head
    determiner = (nouns if nouns is not None else noun_rules(doc.lang)).determiner
    out = []
    for t in times:
        b = _binding(doc, t, hits, rules.binding, rules.date_noun, rules.predicate_lead) \
            if rules.binding is not None else None
        if b is None and determiner is not None:
            b = _modifier(doc, t, hits, determiner)
        if b is not None:
            out.append(b)
    return out


_MODIFIED_REACH = 32  # characters from a date to the event noun it modifies
_DETERMINER_REACH = 16  # characters before a date searched for the determiner opening its noun phrase
# up to two adjectives between a date and its noun ("the May 3 general election"), no punctuation
_ADJECTIVES = re.compile(r"\s+(?:[^\W\d_][\w-]*\s+){0,2}")


def _modifier(doc: Doc, t: TimeSpan, hits: Sequence[EventHit], determiner: re.Pattern) -> Binding | None:
    """A date between a determiner and an event noun ("for the September 16 general election by
    Friday", "its May 3 summit"): it says which event, so it is that event's date. The date's own
    words must hold no preposition ("on May 3" dates the claim), so the determiner is right before."""
    if not determiner.search(doc.nslice(max(0, t.start - _DETERMINER_REACH), t.start)):
        return None
    for h in hits:
        if t.end < h.start <= t.end + _MODIFIED_REACH and _ADJECTIVES.fullmatch(doc.text, t.end, h.start):
            return Binding(t.start, h, (t.start, t.start))
    return None


_ISSUED_GAP_WORDS = 2  # words between a statement noun and the day it was issued («بيان للوزارة اليوم»)


def _issued_on(doc: Doc, t: TimeSpan, hits: Sequence[EventHit], published: date | None,
               noun: re.Pattern | None) -> bool:
    """Whether the time phrase follows a statement noun and is no later than publication: the
    day the statement came out («بيان للوزارة اليوم الثلاثاء»), not a date to come."""
    end = t.window.end or t.window.start
    if noun is None or published is None or end is None or end > published:
        return False
    for h in hits:
        if h.event_type == "statement" and h.end <= t.start and noun.match(doc.nslice(h.start, h.end)):
            gap = doc.text[h.end : t.start]
            if not CLAUSE_BREAK.search(gap) and len(LETTER_WORD.findall(gap)) <= _ISSUED_GAP_WORDS:
                return True
    return False


def own_times(times: Sequence[TimeSpan], found: Sequence[Binding], event: str | None, doc: Doc,
              hits: Sequence[EventHit] = (), published: date | None = None,
              lex: EventLexicon | None = None) -> list[TimeSpan]:
    """The time phrases a claim about `event` may take: not those dating another event (an
    owner that is no event word may be a noun the lexicon lacks, so only a known other event
    counts), nor the day a statement named just before them came out."""
    head = lex.head if lex is not None else None
    foreign = set() if event is None else {
        b.time_start for b in found if b.owner is not None and b.owner.event_type != event and not b.joined
        and not (head is not None and _inside_or_timed_by(doc, b, head))}
    noun = head.statement_noun if head is not None else None
    framing = _framing_days(times, doc, published)
    kept = [t for t in times if t.start not in foreign and t.start not in framing
            and not _issued_on(doc, t, hits, published, noun)]
    # "will publish the roll for the June 4 runoff by Wednesday": a date modifying a noun says
    # which event; another date of the claim says when the claim happens
    naming = {b.time_start for b in found if b.owner is not None and b.participle[0] == b.participle[1]}
    if naming and any(t.start not in naming and _still_to_come(t, published) for t in kept):
        kept = [t for t in kept if t.start not in naming]
    return kept


def _inside_or_timed_by(doc: Doc, b: Binding, head: HeadRules) -> bool:
    """Whether the claim happens inside the event a date is tied to ("will be signed during the visit
    expected in November"), or is timed by it ("will present the budget before the elections
    scheduled for December", as the golds date it): the date is the claim's too."""
    lead = doc.nslice(max(0, b.owner.start - _DURING_REACH), b.owner.start)  # type: ignore[union-attr]
    if head.during is not None and (
            head.during.search(lead)
            # «خلال جلسته المقررة في 14 أكتوبر»: the noun with its pronoun may be no event word the
            # lexicon knows, so the marker is looked for before the participle too
            or head.during.search(doc.nslice(max(0, b.participle[0] - _DURING_REACH), b.participle[0]))):
        return True
    return head.framing is not None and head.framing.search(lead) is not None


def _still_to_come(t: TimeSpan, published: date | None) -> bool:
    """Whether a time phrase may date something to come (it does not end before publication)."""
    end = t.window.end or t.window.start
    return end is None or published is None or end >= published


def _framing_days(times: Sequence[TimeSpan], doc: Doc, published: date | None) -> set[int]:
    """Starts of the time phrases that date the telling, not the claim: a day no later than
    publication followed by a forward cue and then a date still to come ("the minister said on
    Thursday that a team will travel on Sunday", «قال الوزير اليوم الخميس إن وفدا سيتوجه يوم الأحد»).
    The cue governs what follows it; the day before it is when it was said."""
    if published is None or len(times) < 2:
        return set()
    out = set()
    for i, t in enumerate(times):
        end = t.window.end or t.window.start
        if end is None or end > published:
            continue
        for u in times[i + 1:]:
            if u.window.start is None or u.window.start <= published:
                continue
            ns, ne = to_normalized(doc.norm, t.end, u.start)
            if any(ns <= c.start and c.end <= ne for c in doc.cues):
                out.add(t.start)
                break
    return out


def schedule_event(found: Sequence[Binding]) -> tuple[str, tuple[int, int]] | None:
    """The event a schedule names ("the vote scheduled for 29 June"): the owner of its first
    bound date, with the participle (which may itself read as the claim's cue). A date modifying
    a noun ("the May 3 vote", no participle) names a schedule of no claim."""
    return next(((b.owner.event_type, b.participle) for b in found
                  if b.owner is not None and b.participle[1] > b.participle[0]), None)


# --- anchored counts -------------------------------------------------------------------------

def anchored_window(loose: Window | None, count: tuple[str, str, int | None] | None,
                    dated: Sequence[tuple[str | None, Window | None]], lex: EventLexicon) -> Window | None:
    """A dated window for an anchored count, from the latest claim in `dated` (earlier claims,
    as (event type, window) pairs, nearest last) about the event it is anchored on.

    `loose` is the count's phrase ("two days before the vote", «خلال 48 ساعة من إغلاق الصناديق»)
    and `count` what the time stage read of it: (how, unit, n), how being "before", "after" or
    "within" (`timewords.TimeHit.anchored`). The arithmetic is the time stage's for a count
    anchored on a date named right there ("three days after May 4").
    """
    if loose is None or count is None or loose.start or loose.end or not loose.text:
        return None
    how, unit, n = count
    if n is None and how != "within":
        return None
    ntext = normalize_text(loose.text)
    hits = lex.find(ntext)
    if not hits:
        return None
    anchor_type = hits[0].event_type
    candidates: Iterable[tuple[str | None, Window | None]] = reversed(dated)
    if anchor_type == _ELECTION and not (lex.head.later_round is not None and lex.head.later_round.search(ntext)):
        # "two days before polling", "on polling day": the day the text first gave the vote comes
        # first, before a step of its process named since (the campaign's last day); a runoff has
        # a day of its own
        first = next(((e, w) for e, w in dated if e == anchor_type and w is not None and w.start is not None
                      and w.start == w.end), None)
        if first is not None:
            candidates = (first, *candidates)
    for event, window in candidates:
        if event == anchor_type and window is not None and window.start and window.end:
            if how == "within":  # "within 48 hours of the vote": from the vote to two days after it
                if (window.end - window.start).days > _LOOSE_ANCHOR_DAYS:
                    return None  # "by 2030": the event has a deadline, not a date to count from
                end = add_units(window.end, unit, n) if n is not None else typical_end(window.end, unit)
                return Window(window.end, end, loose.text)
            # the event's window moved by the count: "two days before the summit" in mid-February
            # is mid-February two days earlier, a day when the summit has one
            step: int = n if how == "after" else -n  # type: ignore[operator, assignment]
            return Window(add_units(window.start, unit, step), add_units(window.end, unit, step), loose.text)
    return None


def within_from_publication(window: Window | None, count: tuple[str, str, int | None] | None,
                            published: date | None) -> Window | None:
    """"Within a week of the final results", «خلال 48 ساعة من إقراره», when no claim of the text
    dates the event it counts from: from publication to the count's end, as the phrase alone
    would read (the event is the next step of the story, so it is about to happen). Other counts
    ("two days before the vote") and dated windows stay as they are."""
    if (published is None or window is None or window.start or window.end or count is None
            or count[0] != "within"):
        return window
    _, unit, n = count
    end = add_units(published, unit, n) if n is not None else typical_end(published, unit)
    return Window(published, end, window.text)


# --- dates a claim can take from elsewhere in the text ---------------------------------------

_ELECTION = "election"
# an anchor event dated no closer than this (a deadline years off) gives no date to count from
_LOOSE_ANCHOR_DAYS = 92
_CALENDAR_LOOKBACK = 100  # characters before a time phrase searched for its event noun


@dataclass(frozen=True, slots=True)
class Dated:
    """An event named with its date somewhere in the text ("the summit scheduled for December")."""

    at: int
    event_type: str
    window: Window


def calendar(doc: Doc, times: Sequence[TimeSpan], lex: EventLexicon, published: date | None,
             nouns: NounRules | None = None) -> list[Dated]:
    """Every date tied by a participle to an event noun, or modifying one ("the May 3 vote"),
    still to come, in text order."""
    rules = lex.head
    determiner = (nouns if nouns is not None else noun_rules(doc.lang)).determiner
    if rules.binding is None and determiner is None:
        return []
    out = []
    for t in times:
        w = t.window
        if not (w.start or w.end) or (published is not None and (w.end or w.start) < published):  # type: ignore[operator]
            continue
        b = None
        if rules.binding is not None and _binding(doc, t, (), rules.binding, rules.date_noun,
                                                  rules.predicate_lead) is not None:
            ns, ne = to_normalized(doc.norm, max(0, t.start - _CALENDAR_LOOKBACK), t.start)
            hits = [_moved(h, ns, doc.norm.offsets) for h in lex.find(doc.norm.text[ns:ne])]
            b = _binding(doc, t, hits, rules.binding, rules.date_noun, rules.predicate_lead)
        elif determiner is not None and determiner.search(doc.nslice(max(0, t.start - _DETERMINER_REACH), t.start)):
            ns, ne = to_normalized(doc.norm, t.end, min(len(doc.text), t.end + _MODIFIED_REACH + 16))
            hits = [_moved(h, ns, doc.norm.offsets) for h in lex.find(doc.norm.text[ns:ne])]
            b = _modifier(doc, t, hits, determiner)
        # else no participle or determiner ties the date to anything: no event noun to look for
        if b is not None and b.owner is not None:
            out.append(Dated(t.start, b.owner.event_type, w))
    return out


def _moved(h: EventHit, ns: int, offsets: Sequence[int]) -> EventHit:
    """An event hit found in the normalised text from `ns` on, with offsets in the original text."""
    end = offsets[ns + h.end - 1] + 1 if h.end > h.start else offsets[ns + h.start]
    return type(h)(h.event_type, h.priority, offsets[ns + h.start], end)


def fill_windows(claims: Sequence[tuple[int, str | None, Window | None, Window | None, tuple | None]],
                 dated: Sequence[Dated], lex: EventLexicon) -> list[Window | None]:
    """For claims (start, event type, window, undated time phrase, its anchored count) in text order, the window each
    claim with none takes before the usual inheritance, or None.

    An anchored count ("two days before the vote") is dated from the latest earlier claim about
    its anchor event. A claim about an event no earlier claim dates takes the date the text
    gave that event ("will the summit be attended in full?" after "the summit scheduled for
    early December").
    """
    out: list[Window | None] = []
    for i, (start, event, window, loose, count) in enumerate(claims):
        if window is not None:
            out.append(None)
            continue
        earlier = [(e, w) for _, e, w, _, _ in claims[:i]]
        found = anchored_window(loose, count, earlier, lex)
        if found is None and event is not None and not any(e == event and w is not None for e, w in earlier):
            found = next((d.window for d in reversed(dated) if d.at < start and d.event_type == event), None)
        out.append(found)
    return out
