"""A claim before it becomes a `Mention`: its actors, countries, event type and time window, from
the hits of its sentence; then what claims take from the claims before them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from claimtracker.extract.acting_states import states_acting
from claimtracker.extract.attribution import Hit
from claimtracker.extract.cues import Reading
from claimtracker.extract.document import ActorSpan, CountrySpan, Doc, TimeSpan, inside, within
from claimtracker.extract.event_frames import outside_source
from claimtracker.extract.event_head import head_event
from claimtracker.extract.events import EventHit, EventLexicon, choose_event
from claimtracker.extract.filter import to_normalized
from claimtracker.extract.head_rules import HeadRules
from claimtracker.extract.same_event import NounRules, read_nouns
from claimtracker.extract.sentence_claims import others_times
from claimtracker.extract.split import Sentence, Span
from claimtracker.extract.tiles import Negations, is_future, said_on
from claimtracker.extract.time_resolve import month_length
from claimtracker.extract.window_attach import Binding, bindings, own_times, schedule_event
from claimtracker.models import ActorRef, Attribution, Window

__all__ = ["ASSERTION_CERTAINTY", "Draft", "assertion", "draft", "drop_repeated_headline"]

ASSERTION_CERTAINTY = 0.9
_NONE: frozenset[str] = frozenset()


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    sentence: Sentence
    reading: Reading
    event_type: str | None
    actors: tuple[ActorRef, ...]
    countries: tuple[str, ...]
    window: Window | None
    attribution: Attribution | None
    kind: str
    mentioned_events: frozenset[str] = frozenset()
    loose_window: Window | None = None
    loose_count: tuple[str, str, int | None] | None = None  # the loose window's anchored count
    nouns: _Nouns | None = None  # its event nouns, read when `inherit` first asks (`same_event.py`)
    shared: bool = False  # its window is a later claim's of the sentence (no time in its own words)
    # the date its words tie to an event noun of its own type, when that is not its window:
    # "register candidates by February 2 for the April 12 election" is dated February 2, while a
    # later claim that goes on about the election ("the vote will go ahead") takes April 12
    event_window: Window | None = None

    @property
    def named(self) -> frozenset[tuple[str, str]]:
        """Its event nouns, (key, type)."""
        return self.nouns.read()[0] if self.nouns is not None else frozenset()

    @property
    def refers(self) -> frozenset[str]:
        """Keys of the event nouns it names as known ("the summit")."""
        return self.nouns.read()[1] if self.nouns is not None else frozenset()

    @property
    def side(self) -> frozenset[str]:
        """Keys of the events it names as new ones of a kind ("a preparatory meeting")."""
        return self.nouns.read()[2] if self.nouns is not None else frozenset()


class _Nouns:
    """A claim's event nouns as `same_event.read_nouns` reads them, read on first use: only
    `inherit` asks, for a claim with no date of its own and the claims before it, so most claims'
    nouns are never read. It lives as long as its claim, within one `extract` call."""

    __slots__ = ("doc", "hits", "rules", "found")

    def __init__(self, doc: Doc, hits: Sequence[EventHit], rules: NounRules | None):
        self.doc, self.hits, self.rules = doc, hits, rules
        self.found: tuple[frozenset[tuple[str, str]], frozenset[str], frozenset[str]] | None = None

    def read(self) -> tuple[frozenset[tuple[str, str]], frozenset[str], frozenset[str]]:
        if self.found is None:
            self.found = read_nouns(self.doc, self.hits, self.rules)
        return self.found


def draft(
    doc: Doc, start: int, end: int, anchor: Span, reading: Reading, s_actors, s_events, s_times, attr,
    gazetteer, speech: Sequence[Hit], sentence_cues: Sequence, sentence: Sentence, events: EventLexicon | None = None,
    sentence_bound: Sequence[Binding] | None = None, other_claims: Sequence[tuple[int, int]] = (),
    nouns: NounRules | None = None, separate: re.Pattern | None = None,
) -> Draft:
    """The claim [start, end) of a sentence. `s_events` are the sentence's event hits as
    `event_refer.read_events` reads them ("the vote" of a legislature is no election, "this year's
    meeting" may be the summit named before); `s_times` are its time phrases less those that date
    a past event (`past.told_as_past`); `sentence_bound`, when given, is `window_attach.bindings`
    of those; `other_claims` are the spans of the sentence's other claims."""
    t_actors = inside(s_actors, start, end) or list(s_actors)
    if s_actors and not any(a.actor.kind != "country" for a in t_actors):
        # a claim cut from the clause before it ("… will travel to Cairo | for talks with his
        # Egyptian counterpart") goes on with that clause's subject
        t_actors = [a for a in s_actors if a.end <= start and a.actor.kind != "country"][:1] + t_actors
    actors = _claim_actors(t_actors)
    countries = within(doc.countries, start, end)
    if countries:
        ids = {x.actor_id for x in actors}
        states = [a for a in states_acting(doc, countries, gazetteer) if a.actor_id not in ids]
        actors = actors + tuple(dict((a.actor_id, a) for a in states).values())
    # The claim's event is the one its forward verb governs (event_head.py); a date a participle
    # ties to another event noun is that event's, not the claim's (window_attach.py).
    t_events = inside(s_events, start, end)
    t_times = inside(s_times, start, end)
    if sentence_bound is None:
        bound = bindings(doc, t_times, s_events, events, nouns) if events is not None else []
    elif sentence_bound:
        starts = {t.start for t in t_times}
        bound = [b for b in sentence_bound if b.time_start in starts]
    else:
        bound = []  # most sentences tie no date to an event
    # the words of the source phrase name who speaks, not the claim's event (`event_frames.py`)
    cues = [(c.start, c.end) for c in inside(sentence_cues, anchor.start, anchor.end)]
    h_events = outside_source(doc, s_events, attr.text if attr is not None else None, sentence.start, sentence.end, cues)
    # an event word inside another claim of the sentence, one with a cue of its own, is that
    # claim's («ستطرح مناقصة، متوقعا أن تجرى الانتخابات»: the tender is no election); a claim cut
    # after a name goes on into the next («أن يقوم ولي العهد …، بزيارة إلى واشنطن»)
    # (only where a claim with no word of its own reads the words after it: Arabic)
    free = h_events
    if other_claims and events is not None and not events.head.sentence_words:
        # (a claim before this one may hold what a relative clause refers to: «الانتخابات، التي يرجح أن تجرى»)
        cued = [(s, e) for s, e in other_claims if s >= end and any(s <= c.start < e for c in sentence_cues)]
        free = [h for h in h_events if not any(s <= h.start < e for s, e in cued)]
    event = head_event(doc, (start, end), (anchor.start, anchor.end),
                       t_events if h_events is s_events else inside(h_events, start, end), free, cues,
                       events.head if events is not None else HeadRules(), schedule_event(bound))
    moved = _moved_to(doc, start, t_times) if len(t_times) > 1 else ()
    own = own_times(t_times, bound, event, doc, s_events, doc.published, events)
    aside: list[TimeSpan] = []
    if own and events is not None and events.head.relative is not None:
        # "Marcos, who chairs the bloc this year, is expected to ...": a date inside an aside
        # dates the aside, not the claim around it
        kept: list[TimeSpan] = []
        for t in own:
            (aside if _in_aside(doc, t, anchor, sentence, events.head.relative, cues) else kept).append(t)
        own = kept
    window = _pick_time(own, doc.published, speech, anchor, sentence_cues, moved, doc.text)
    if window is None and own and not doc.past.any_in(anchor.start, anchor.end):
        # (only in the cue's own clause, and with no past verb there: "the meeting, initially set for
        # April 21, was pushed back" keeps its old date in the past)
        window = next((w for t in own if anchor.start <= t.start < anchor.end
                       and not _OLD_SCHEDULE.search(doc.text, max(0, t.start - _OLD_REACH), t.start)
                       for w in [_next_year(t, doc.published)] if w is not None), None)
    if window is None and bound:
        # «متوقعا أن يطرح الملف في القمة المقررة في ديسمبر»: with no time of its own, a claim set at
        # an event whose date its words give is dated by that event (not one it only prepares:
        # «سيناقش التحضيرات للقمة المقررة مطلع ديسمبر»)
        at = {b.time_start: b.owner for b in bound if b.owner is not None
              and _AT_EVENT.search(doc.nslice(max(0, b.owner.start - _AT_REACH), b.owner.start))}
        if at:
            window = _pick_time([t for t in t_times if t.start in at], doc.published)
            owner = next((at[t.start] for t in t_times if t.start in at and t.window is window), None)
            if owner is not None and event in (None, _NO_EVENT):
                event = owner.event_type  # the claim is about the event it is set at
    if window is None and s_times and not t_times:
        # a date of the sentence dates this claim too («يقوم بزيارة الأسبوع المقبل، يلتقي خلالها»),
        # but not one in a separate claim after it ("Cairo will take part, but warned it might pull
        # out by March": March is the other claim's) (`sentence_claims.py`)
        others = others_times(doc, start, s_times, other_claims, separate)
        window = _pick_time(others, doc.published)
        # (a date after the claim is a later claim's: «... في الحوار، على أن يحسم مكتبه قراره يوم
        # الجمعة»; one before it is the clause it goes on from: "will travel in November to meet")
        shared = window is not None and any(t.window is window and t.start >= end for t in others)
    else:
        shared = False
    if window is None and aside:
        # «الهدنة، التي تنتهي في 31 أكتوبر، قد تمدد»: an aside on the claim's event noun dates that
        # event (not one on a person: "the minister, who chairs the bloc this year, will propose")
        on_event = [t for t in aside if _aside_on_event(doc.text, t, t_events, sentence.start)]
        window = _pick_time(on_event, doc.published) if on_event else None
    mentioned = frozenset(h.event_type for h in t_events) if t_events else _NONE
    loose = _loose_time(t_times or s_times)
    return Draft(
        start, end, sentence, reading, event, actors, _claim_countries(countries, actors), window, attr,
        reading.kind, mentioned, loose.window if loose else None, loose.anchored if loose else None,
        _Nouns(doc, t_events, nouns) if t_events else None, shared,
        _event_date(bound, t_times, event, window, doc.published) if bound and event is not None else None,
    )


def _event_date(bound: Sequence, times: Sequence[TimeSpan], event: str, window: Window | None,
                published: date | None) -> Window | None:
    """The window of the first time phrase tied to an event noun of type `event` (`bindings`), when
    it is not the claim's own window and not past ("talks initially planned for last Friday, now
    postponed to October 8": the old plan dates nothing to come)."""
    at = {t.start: t for t in times}
    for b in bound:
        t = at.get(b.time_start)
        if t is None or b.owner is None or b.owner.event_type != event or t.window is window:
            continue
        w = t.window
        if published is None or w.end is None or w.end >= published:
            return w
    return None


def assertion(doc: Doc, sent: Sentence, s_actors, s_events, s_times, negations: Negations,
              attribute: Callable[[int, int], Attribution | None], reaches: int = 0) -> Draft:
    """A checkable past or present statement: from the clause with the past verb to the last actor
    (and at least to `reaches`, the end of what it reports)."""
    first_past = next((c for c in sent.clauses if doc.past.any_in(c.start, c.end)), sent.clauses[0])
    start = first_past.start
    end = max(first_past.end, reaches, max((a.end for a in s_actors if a.start >= start), default=first_past.end))
    end = next((c.end for c in sent.clauses if c.start <= end <= c.end), end)
    actors = _claim_actors(within(s_actors, start, end) or s_actors)
    attr = attribute(start, end)
    reading = Reading("assertion", ASSERTION_CERTAINTY, negations.any_in(start, end), False)
    window = (s_times[0].past or s_times[0].window) if s_times else None
    event = choose_event(within(s_events, start, end)) or choose_event(s_events)
    countries = _claim_countries(within(doc.countries, start, end), actors)
    return Draft(start, end, sent, reading, event, actors, countries, window, attr, "assertion")


_COMMAS = ",،"
# the word right before an event noun that sets a claim at the event: «في القمة», "at the summit"
# (and what is put before it: «تعرض الوثيقة على القمة المقررة منتصف دجنبر», "submitted to the summit";
# the text is normalised, so على is written علي)
_AT_EVENT = re.compile(r"(?<!\w)(?:في|خلال|اثناء|علي|at|during|to)\s+(?:the\s+)?$", re.IGNORECASE)
_AT_REACH = 12
_NO_EVENT = "other"


def _in_aside(doc: Doc, t: TimeSpan, anchor: Span, sentence: Sentence, relative: re.Pattern,
              cues: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a time phrase sits in a relative clause set off by commas (", who ... ,") that
    does not hold the claim's cue: neither its anchor clause's start nor a cue ("The port, which is
    scheduled to open in 2027," is a claim of its own, whose clause may begin at "The port")."""
    text = doc.text
    opened = max(text.rfind(c, sentence.start, t.start) for c in _COMMAS)
    if opened < 0 or not relative.match(doc.nslice(opened, t.start)):
        return False
    closes = [i for i in (text.find(c, t.end, sentence.end) for c in _COMMAS) if i >= 0]
    if not closes:
        return False
    close = min(closes)
    return not (opened < anchor.start < close or any(opened < c_start < close for c_start, _ in cues))


_ASIDE_NOUN_REACH = 80  # characters from an event noun to the comma opening the aside on it


def _aside_on_event(text: str, t: TimeSpan, events: Sequence, lo: int) -> bool:
    """Whether the aside holding time phrase `t` hangs on an event noun: one that ends shortly
    before the comma opening the aside, with no clause break between."""
    opened = max(text.rfind(c, lo, t.start) for c in _COMMAS)
    return opened >= 0 and any(h.end <= opened and opened - h.end <= _ASIDE_NOUN_REACH
                               and not any(c in text[h.end:opened] for c in _COMMAS) for h in events)


def _pick_time(times: Sequence[TimeSpan], published: date | None, speech: Sequence[Hit] = (),
               anchor: Span | None = None, cues: Sequence = (), moved: Sequence[TimeSpan] = (),
               text: str | None = None) -> Window | None:
    """The window still to come, from the clause with the cue first; a claim about the future
    takes no past date (in "said on Friday" or "surveyed this week" the date is when it was
    said), and then inherits one.

    A date right after "postponed to" or «أرجئت إلى» is the one the claim now expects.
    The publication day itself counts when no reporting verb stands next to it: in "planned to
    continue the talks Sunday", published on a Sunday, the talks are that day.
    """
    if len(times) > 1:
        wide = {id(t) for t in times if _is_year_wide(t.window) or _month_around(t.window, times)}
        if anchor is not None:
            times = sorted(times, key=lambda t: (t not in moved, not (anchor.start <= t.start < anchor.end),
                                                 id(t) in wide))
        else:
            times = sorted(times, key=lambda t: id(t) in wide)
    for t in times:
        w = t.window
        if not (w.start or w.end):
            continue
        if is_future(w, published):
            return w
        if published is not None and (w.end or w.start) == published:
            if w.start is not None and w.start < published:
                continue  # a period looking back to today ("the past two weeks", «السنوات الماضية»)
            if text is not None and text.endswith(("'s", "’s"), t.start, t.end) \
                    and any(o is not t and is_future(o.window, published) for o in times):
                continue  # "Monday's ruling clears the way for the swearing-in on Nov. 28": today's ruling
            if w.end is None or not said_on(t, speech, cues, text):
                return w  # ("soon, officials said": from today on dates no speech)
    return None


def _next_year(t: TimeSpan, published: date | None) -> Window | None:
    """«will adopt the euro on January 1», published on 1 February: a day and month with no year,
    read as the recent past day (`time_handlers._dated_without_year`), is next year's in a claim
    about the future when nothing else dates it."""
    p, w = t.past, t.window
    if published is None or p is None or w.start is None or w.end is None or (w.start, w.end) != (p.start, p.end) \
            or (w.end - w.start).days > _FEW_DAYS or p.end is None or p.end >= published:
        return None  # (a weekday that is today, "on Tuesday" on a Tuesday, is no date gone by)
    try:
        ahead = Window(w.start.replace(year=w.start.year + 1), w.end.replace(year=w.end.year + 1), w.text)
    except ValueError:
        return None  # 29 February
    return ahead if ahead.end is not None and ahead.end > published else None


# the old date of a moved event: "initially set for April 21", «كان مقررا في 21 أبريل»
_OLD_SCHEDULE = re.compile(r"\b(?:initially|originally|previously|first)\b|كان (?:من )?(?:ال)?مقرر|سابقا|في الأصل",
                           re.IGNORECASE)
_OLD_REACH = 30
_FEW_DAYS = 7  # a day or a span of days ("on January 14-15"), not a month or more
_YEAR_WIDE_DAYS = 180


def _is_year_wide(window: Window) -> bool:
    """A year or half-year ("for 2026", «لعام 2026», "next year") beside a day or a month in the
    same clause mostly qualifies the event ("its first meeting of 2026 on Thursday"); the narrower
    date is when it happens."""
    if window.start is None or window.end is None:
        return False
    return (window.end - window.start).days >= _YEAR_WIDE_DAYS


def _month_around(window: Window, times: Sequence[TimeSpan]) -> bool:
    """A whole month beside a day of it in the same clause names the event («دورته العادية لشهر
    يونيو يوم الاثنين 7 يونيو»: its June session, on 7 June); the day is when it happens."""
    start, end = window.start, window.end
    if start is None or end is None or start.day != 1 \
            or end != start.replace(day=month_length(start.year, start.month)):
        return False
    return any(t.window is not window and t.window.start is not None and t.window.end is not None
               and start <= t.window.start and t.window.end <= end
               and (t.window.end - t.window.start).days < _FEW_DAYS for t in times)


def _loose_time(times: Sequence[TimeSpan]) -> TimeSpan | None:
    """A time phrase with no dates ("for two years"): kept when nothing better is found."""
    return next((t for t in times if not (t.window.start or t.window.end)), None)


def _claim_actors(actors: Sequence[ActorSpan]) -> tuple[ActorRef, ...]:
    seen: dict[str, ActorRef] = {}
    for a in actors:
        seen.setdefault(a.actor.actor_id, a.actor)
    return tuple(seen.values())


def _claim_countries(countries: Sequence[CountrySpan], actors: Sequence[ActorRef]) -> tuple[str, ...]:
    codes: dict[str, None] = {}
    for c in countries:
        codes.setdefault(c.code, None)
    for a in actors:
        if a.country and a.kind in ("person", "country"):
            codes.setdefault(a.country, None)
    return tuple(codes)


_MOVED_GAP = 3  # normalised characters between "postponed to" and its date


def _moved_to(doc: Doc, start: int, times: Sequence[TimeSpan]) -> list[TimeSpan]:
    """The time phrases a "postponed to"/«أرجئت إلى» phrase leads into."""
    pattern = doc.moved_to
    if pattern is None:
        return []
    lo, _ = to_normalized(doc.norm, start, start)
    out = []
    for t in times:
        ts, _ = to_normalized(doc.norm, t.start, t.end)
        found = list(pattern.finditer(doc.norm.text, lo, ts))
        if found and ts - found[-1].end() <= _MOVED_GAP \
                and doc.norm.text.find(", with ", lo, found[-1].start()) < 0:
            # (", with half of the drills postponed to September": a part's new date, in an aside)
            out.append(t)
    return out


def _same_window(a: Window | None, b: Window | None) -> bool:
    return a is not None and b is not None and a.start is not None and (a.start, a.end) == (b.start, b.end)


def drop_repeated_headline(drafts: list[Draft]) -> list[Draft]:
    """A headline claim that the body states again is the same mention twice: keep the body's.

    The body is where the quote, attribution and time words are complete; a headline claim
    with no body counterpart stays.
    """
    if not any(d.sentence.role == "headline" for d in drafts):
        return drafts
    body = [d for d in drafts if d.sentence.role != "headline"]

    def repeated(h: Draft) -> bool:
        ids = {a.actor_id for a in h.actors}
        for b in body:
            shared = bool(ids & {a.actor_id for a in b.actors}) or not ids
            if b.event_type == h.event_type and shared:
                return True
            # a headline sums up a body sentence in other words ("X to visit Canberra next week as
            # pact nears signing"): the same actor on the same date is the same claim
            if ids and shared and _same_window(h.window, b.window):
                return True
        return False

    # the headline sums up the story the body tells: a statement in it ("EU weighs visa suspension")
    # is told again below, in words the matching above may miss; only a question headline asks
    # what the body does not (the issue's «هل يلتقي بوتين والشرع؟»)
    told_below = any(b.kind != "assertion" for b in body)

    def kept(h: Draft) -> bool:
        if repeated(h):
            return False
        line = h.sentence
        return not told_below or line.text[line.start:line.end].rstrip().endswith(_QUESTION_MARKS)

    return [d for d in drafts if d.sentence.role != "headline" or kept(d)]


_QUESTION_MARKS = ("?", "؟")
