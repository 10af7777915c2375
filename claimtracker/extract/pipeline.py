"""`extract()`: normalise -> split -> cheap filter -> extract -> resolve time.

Whole-text passes (`document.gather`) map every hit back to original offsets; hits are then
handed out to sentences and clauses by position. Only sentences the cheap filter lets through
are read for kind, certainty, attribution and event type. `Resources` lives in `resources.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from claimtracker.extract.attribution import Hit, attribute
from claimtracker.extract.cues import CueLexicon, Reading, read_certainty
from claimtracker.extract.document import (
    ActorSpan,
    CountrySpan,
    Doc,
    TimeSpan,
    gather,
    inside,
    per_span,
    scan_sentence,
    within,
)
from claimtracker.extract.event_head import HeadRules, head_event
from claimtracker.extract.events import EventLexicon, choose_event
from claimtracker.extract.filter import holding, to_normalized
from claimtracker.extract.past import reports_call_off, told_as_past
from claimtracker.extract.resources import LanguageLexicons, Resources
from claimtracker.extract.split import Sentence, Span, split_text
from claimtracker.extract.window_attach import bindings, calendar, fill_windows, own_times, schedule_event
from claimtracker.models import ActorRef, Attribution, Extraction, Mention, Window
from claimtracker.text import detect_language, normalize

__all__ = ["Resources", "extract"]

MAX_ASSERTIONS = 3
ASSERTION_CERTAINTY = 0.9


def extract(
    text: str,
    published: date | None = None,
    lang: str | None = None,
    resources: Resources | None = None,
) -> Extraction:
    """Mentions, actors and countries of one Arabic or English text.

    Raises `LanguageError` for a text in neither language; never raises on odd input otherwise.
    """
    language = detect_language(text, lang)
    res = resources or Resources.load()
    norm = normalize(text)
    doc = gather(text, norm, language, published, res)
    boiler = res.boilerplate
    sentences = split_text(text, lambda ln: boiler.is_boilerplate(doc.nslice(ln.start, ln.end)))
    mentions = _mentions(doc, sentences, res)
    in_body = _body_filter(sentences)
    actors: dict[str, ActorRef] = {}
    for a in doc.actors:
        if in_body(a.start, a.end):
            actors.setdefault(a.actor.actor_id, a.actor)
    # A country that only ever appears inside a list of three or more ("Egypt, Jordan, Qatar
    # and Turkey attended") is background, not what the text is about.
    seen: dict[str, bool] = {}
    for c in doc.countries:
        if in_body(c.start, c.end):
            seen[c.code] = seen.get(c.code, False) or not c.listed
    countries = [code for code, about in seen.items() if about]
    return Extraction(language, tuple(actors.values()), tuple(countries), tuple(mentions))


def _body_filter(sentences: Sequence[Sentence]):
    starts = [s.start for s in sentences]

    def inside(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return i >= 0 and end <= sentences[i].end

    return inside


@dataclass(slots=True)
class _Draft:
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


_TODAY = re.compile(r"today|tonight|later|this (?:morning|afternoon|evening)|اليوم|الليله|الليلة|مساء|لاحقا", re.IGNORECASE)


def _is_future(window: Window, published: date | None) -> bool:
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


def _mentions(doc: Doc, sentences: Sequence[Sentence], res: Resources) -> list[Mention]:
    lex = res.lexicons[doc.lang]
    questions = lex.cues.question
    offsets, ntext = doc.norm.offsets, doc.norm.text
    # the sentences with a hit starting in them, per signal
    cued = holding(sentences, (c.start for c in doc.cues))
    timed = holding(sentences, (t.start for t in doc.times))
    # A past verb matters only for an assertion, and an assertion needs an actor.
    with_past = holding(sentences, doc.past.starts) & holding(sentences, (a.start for a in doc.actors))
    # which sentences the cheap filter keeps, then their hits in one walk over each list
    kept: list[tuple[Sentence, str, bool, bool]] = []
    for i, sent in enumerate(sentences):
        nsent = ntext[bisect_left(offsets, sent.start) : bisect_left(offsets, sent.end)]
        is_question = any(q.search(nsent) for q in questions)
        has_past = i in with_past
        if is_question or has_past or i in cued or i in timed:
            kept.append((sent, nsent, is_question, has_past))
    spans = [(k[0].start, k[0].end) for k in kept]
    cues_of, actors_of, times_of = per_span(doc.cues, spans), per_span(doc.actors, spans), per_span(doc.times, spans)
    drafts: list[_Draft] = []
    assertion_pool: list[tuple[int, _Draft]] = []
    previous_attr: Attribution | None = None
    previous_at = 0
    for (sent, nsent, is_question, has_past), s_cues, s_actors, s_times in zip(
        kept, cues_of, actors_of, times_of, strict=True
    ):
        if not (s_cues or s_times or is_question) and not (has_past and sent.role == "body" and s_actors):
            continue  # no claim (it needs a cue, a date or a question) and no assertion can come of it
        s_events, s_sources = scan_sentence(doc, sent, lex)
        speech = [h for h in s_sources if h.kind == "speech"]
        has_context = bool(s_times) or bool(speech)
        tiles = _tiles(doc, sent, is_question, s_times, s_events, has_context, lex.cues, speech, s_sources, s_cues)
        may_assert = has_past and sent.role == "body" and bool(s_actors) and bool(s_events)
        if not (tiles or may_assert):
            continue
        # a reported postponement ends the claims of the sentence and reaches into its assertion
        called_off = reports_call_off(doc, sent, nsent, lex.cues)
        if called_off:
            tiles = []
        hits = s_sources + [Hit("cue", c.start, c.end) for c in s_cues] + [
            Hit("person" if a.actor.kind != "country" else "official_statement", a.start, a.end) for a in s_actors
        ]
        sentence_attr = None
        for t_start, t_end, reading, anchor in tiles:
            if not (s_events or s_actors or inside(s_times, t_start, t_end)):
                continue  # a forward cue about nothing checkable ("this will help")
            attr = attribute(doc.text, (sent.start, sent.end), (t_start, t_end), hits, lex.attribution.window,
                   lex.attribution.verb_first_at_end)
            if attr is None and previous_attr is not None and (
                lex.attribution.is_continuation(nsent) or _inside_quote(doc.text, previous_at, sent.start)
            ):
                attr = previous_attr
            sentence_attr = sentence_attr or attr
            drafts.append(
                _draft(doc, sent, t_start, t_end, anchor, reading, s_actors, s_events, s_times, attr, res.gazetteer,
                       speech, s_cues, lex.events)
            )
        if not tiles and may_assert:
            draft = _assertion(doc, sent, s_actors, s_events, s_times, hits, lex, called_off or 0)
            score = len({a.actor.actor_id for a in s_actors}) + (1 if s_times else 0)
            assertion_pool.append((score, draft))
            sentence_attr = draft.attribution
        if sentence_attr is not None and sentence_attr.kind != "outlet" and sentence_attr is not previous_attr:
            previous_attr, previous_at = sentence_attr, sent.start
    dated = calendar(doc.text, doc.times, lex.events, doc.published)
    claims = [(d.start, d.event_type, d.window, d.loose_window) for d in drafts]
    for d, w in zip(drafts, fill_windows(claims, dated, lex.events), strict=True):
        d.window = d.window or w
    _inherit(drafts)
    drafts = _drop_repeated_headline(drafts)
    best = sorted(assertion_pool, key=lambda sd: (-sd[0], sd[1].start))[:MAX_ASSERTIONS]
    drafts.extend(d for _, d in best)
    drafts.sort(key=lambda d: d.start)
    return [
        Mention(
            quote=doc.text[d.start : d.end],
            start=d.start,
            end=d.end,
            kind=d.kind,
            certainty=d.reading.certainty,
            event_type=d.event_type or "other",
            actors=d.actors,
            countries=d.countries,
            expected=d.window,
            attribution=d.attribution or Attribution("outlet", None),
            negated=d.reading.negated,
        )
        for d in drafts
    ]


def _is_near_day(window: Window, published: date | None) -> bool:
    """A single day in the coming week: with a past verb it is the weekday just gone
    ("received him on Wednesday"), not a date to come."""
    if published is None or window.start is None or window.start != window.end:
        return False
    return 0 < (window.start - published).days <= 7


def _tiles(doc: Doc, sent: Sentence, is_question: bool, s_times, s_events, has_context: bool, cues: CueLexicon,
           speech: Sequence[Hit] = (), sources: Sequence[Hit] = (), sentence_cues: Sequence | None = None):
    """(start, end, reading, anchor clause) per forward claim in a sentence.

    Clauses with a cue anchor a claim; clauses without one join the claim before them (or the
    first one), so a sentence is cut into adjacent claims that together cover it. A clause with
    no cue but an event word and a future date is a plain schedule ("the talks resume on 25 May").
    """
    # A cue inside the name of a source («سانا» reads as a future verb) is part of the name, so a
    # clause holding only the attribution joins the claim it introduces.
    names = [(h.start, h.end) for h in sources if h.kind != "speech"]
    if sentence_cues is None:
        sentence_cues = within(doc.cues, sent.start, sent.end)
    s_cues = [c for c in sentence_cues
              if (has_context or not c.needs_context) and not any(a <= c.start and c.end <= b for a, b in names)]
    if is_question:
        reading = read_certainty(s_cues, _negated(doc, sent.start, sent.end), True)
        return [(sent.start, sent.end, reading, Span(sent.start, sent.end))]
    if not s_cues and not (s_events and s_times):
        return []  # no clause can have a cue, or an event word with a date to come
    readings: list[Reading | None] = []
    for cl in sent.clauses:
        negated = _negated(doc, cl.start, cl.end)
        r = read_certainty(inside(s_cues, cl.start, cl.end), negated, False)
        if r is None and inside(s_events, cl.start, cl.end):
            past_verb = doc.past.any_in(cl.start, cl.end)
            # "X said during a visit on Tuesday": the weekday next to a reporting verb is the one gone
            future = [
                t for t in inside(s_times, cl.start, cl.end)
                if _is_future(t.window, doc.published)
                and not ((past_verb or _said_on(t, speech, ())) and _is_near_day(t.window, doc.published))
                # «بيان صدر اليوم الأحد»: today after a past verb is when something was issued
                and not (past_verb and t.window.start == t.window.end == doc.published)
            ]
            if future:
                r = Reading(cues.future_time_kind, cues.future_time_certainty, negated, False)
        readings.append(r)
    anchors = [i for i, r in enumerate(readings) if r is not None]
    if not anchors:
        return []
    groups: dict[int, list[Span]] = {i: [] for i in anchors}
    for i, cl in enumerate(sent.clauses):
        before = [a for a in anchors if a <= i]
        owner = before[-1] if before else anchors[0]
        groups[owner].append(cl)
    return [(groups[a][0].start, groups[a][-1].end, readings[a], sent.clauses[a]) for a in anchors]


_QUOTE_MARKS = frozenset("«»“”\"")


def _inside_quote(text: str, since: int, at: int) -> bool:
    """Whether a quotation opened after `since` is still open at `at` (the speaker goes on)."""
    between = text[since:at]
    return sum(between.count(c) for c in _QUOTE_MARKS) % 2 == 1


def _negated(doc: Doc, start: int, end: int) -> bool:
    return any(s >= start and e <= end for s, e in doc.negations)


_REPORT_GAP = 48  # characters between a reporting verb and the date it was said on ("On Sunday, X said")


def _said_on(t: TimeSpan, speech: Sequence[Hit], cues: Sequence) -> bool:
    """Whether a reporting verb near the time phrase, with no cue between them, dates the speech."""
    for h in speech:
        lo, hi = (t.end, h.start) if t.end <= h.start else (h.end, t.start)
        if hi - lo <= _REPORT_GAP and not any(lo <= c.start < hi for c in cues):
            return True
    return False


def _pick_time(times: Sequence[TimeSpan], published: date | None, speech: Sequence[Hit] = (),
               anchor: Span | None = None, cues: Sequence = (), moved: Sequence[TimeSpan] = ()) -> Window | None:
    """The window still to come, from the clause with the cue first; a claim about the future
    takes no past date (in "said on Friday" or "surveyed this week" the date is when it was
    said), and then inherits one.

    A date right after "postponed to" or «أرجئت إلى» is the one the claim now expects.
    The publication day itself counts when no reporting verb stands next to it: in "planned to
    continue the talks Sunday", published on a Sunday, the talks are that day.
    """
    if anchor is not None:
        times = sorted(times, key=lambda t: (t not in moved, not (anchor.start <= t.start < anchor.end),
                                             _is_year_wide(t.window)))
    else:
        times = sorted(times, key=lambda t: _is_year_wide(t.window))
    for t in times:
        w = t.window
        if not (w.start or w.end):
            continue
        if _is_future(w, published):
            return w
        end = w.end or w.start
        if published is not None and end == published and not _said_on(t, speech, cues):
            return w
    return None


_YEAR_WIDE_DAYS = 180


def _is_year_wide(window: Window) -> bool:
    """A year or half-year ("for 2026", «لعام 2026», "next year") beside a day or a month in the
    same clause mostly qualifies the event ("its first meeting of 2026 on Thursday"); the narrower
    date is when it happens."""
    if window.start is None or window.end is None:
        return False
    return (window.end - window.start).days >= _YEAR_WIDE_DAYS


def _loose_time(times: Sequence[TimeSpan]) -> Window | None:
    """A time phrase with no dates ("for two years"): kept when nothing better is found."""
    return next((t.window for t in times if not (t.window.start or t.window.end)), None)


def _claim_actors(actors: Sequence[ActorSpan]) -> tuple[ActorRef, ...]:
    seen: dict[str, ActorRef] = {}
    for a in actors:
        seen.setdefault(a.actor.actor_id, a.actor)
    return tuple(seen.values())


def _claim_countries(doc: Doc, start: int, end: int, actors: Sequence[ActorRef]) -> tuple[str, ...]:
    codes: dict[str, None] = {}
    for c in within(doc.countries, start, end):
        codes.setdefault(c.code, None)
    for a in actors:
        if a.country and a.kind in ("person", "country"):
            codes.setdefault(a.country, None)
    return tuple(codes)


_LOCATIVE = re.compile(
    r"(?:\b(?:in|to|at|from|into|across|inside|near|of|for|visit|visiting|visited|toward|towards)|"
    r"(?<!\w)(?:في|إلى|الى|إلي|من|عن|داخل|نحو|لدى|زيارة|زيارته))\s*$",
    re.IGNORECASE,
)


# "Pakistan Prime Minister Imran Khan", "Turkey's central bank": the country names whose actor it is.
_MODIFIER_GAP = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w.-]*){0,3}\s*|['’]s\s+(?:[a-z]+\s+){0,2}")
_GAP_WORD = re.compile(r"[^\W\d_][\w.-]*")
# "Kathmandu, June 14:", «القاهرة - »: the dateline names where the story was filed.
_DATELINE = re.compile(r"\s*(?:,|:|\(|[-–—]\s)")


def _modifies_actor(doc: Doc, c: CountrySpan, titles: frozenset[str]) -> bool:
    for a in within(doc.actors, c.end, c.end + 40):
        if a.actor.kind == "country":
            continue
        gap = doc.text[c.end : a.start]
        if not _MODIFIER_GAP.fullmatch(gap):
            continue
        # the words between end on a title ("Prime Minister"), or there are none ("Turkey's")
        words = _GAP_WORD.findall(gap)
        if not words or words[-1] in titles or words[-1].capitalize() in titles:
            return True
    return any(a.start <= c.start and c.end <= a.end and a.actor.kind != "country" for a in doc.actors)


def _at_line_start(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _states_acting(doc: Doc, start: int, end: int, gazetteer) -> list[ActorRef]:
    """Countries named (or by their capital) as a party in the claim, not as a place.

    "Turkey is preparing an operation" and «إعلان موسكو» make the state an actor; "in Syria",
    «إلى موسكو» and «بموسكو» are where things happen.
    """
    out = []
    for c in within(doc.countries, start, end):
        if c.via not in ("name", "capital"):
            continue
        word = doc.text[c.start : c.end]
        if doc.lang == "ar" and word[:1] in "بل" and word[1:2] != "ل":
            continue
        if _LOCATIVE.search(doc.text[max(0, c.start - 14) : c.start]):
            continue
        if c.via == "capital" and _at_line_start(doc.text, c.start) and _DATELINE.match(doc.text, c.end):
            continue
        if doc.lang == "en" and _modifies_actor(doc, c, gazetteer.titles.head_words("en")):
            continue
        ref = gazetteer.country_actor(c.code)
        if ref is not None:
            out.append(ref)
    return out


def _draft(
    doc: Doc, sent: Sentence, start: int, end: int, anchor: Span, reading: Reading, s_actors, s_events, s_times, attr,
    gazetteer, speech: Sequence[Hit] = (), sentence_cues: Sequence | None = None, events: EventLexicon | None = None,
) -> _Draft:
    t_actors = inside(s_actors, start, end) or list(s_actors)
    actors = _claim_actors(t_actors)
    states = [a for a in _states_acting(doc, start, end, gazetteer)
              if a.actor_id not in {x.actor_id for x in actors}]
    actors = actors + tuple(dict((a.actor_id, a) for a in states).values())
    # The claim's event is the one its forward verb governs (event_head.py); a date a participle
    # ties to another event noun is that event's, not the claim's (window_attach.py).
    t_events = inside(s_events, start, end)
    if sentence_cues is None:
        sentence_cues = within(doc.cues, sent.start, sent.end)
    t_times = [t for t in inside(s_times, start, end) if not told_as_past(doc, t, speech)]
    s_times = [t for t in s_times if not told_as_past(doc, t, speech)]
    bound = bindings(doc.text, t_times, s_events, events) if events is not None else []
    event = head_event(doc.text, (start, end), (anchor.start, anchor.end), t_events, s_events,
                       [(c.start, c.end) for c in inside(sentence_cues, anchor.start, anchor.end)],
                       events.head if events is not None else HeadRules(), schedule_event(bound))
    moved = _moved_to(doc, start, t_times) if len(t_times) > 1 else ()
    own = own_times(t_times, bound, event, doc.text, s_events, doc.published, events)
    window = _pick_time(own, doc.published, speech, anchor, sentence_cues, moved)
    if window is None and len(s_times) and not t_times:
        window = _pick_time(s_times, doc.published)
    mentioned = frozenset(h.event_type for h in t_events)
    return _Draft(
        start, end, sent, reading, event, actors, _claim_countries(doc, start, end, actors), window, attr,
        reading.kind, mentioned, _loose_time(t_times or s_times),
    )


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
        if found and ts - found[-1].end() <= _MOVED_GAP:
            out.append(t)
    return out


def _assertion(doc: Doc, sent: Sentence, s_actors, s_events, s_times, hits, lex: LanguageLexicons,
               reaches: int = 0) -> _Draft:
    """A checkable past or present statement: from the clause with the past verb to the last actor
    (and at least to `reaches`, the end of what it reports)."""
    first_past = next((c for c in sent.clauses if doc.past.any_in(c.start, c.end)), sent.clauses[0])
    start = first_past.start
    end = max(first_past.end, reaches, max((a.end for a in s_actors if a.start >= start), default=first_past.end))
    end = next((c.end for c in sent.clauses if c.start <= end <= c.end), end)
    actors = _claim_actors(within(s_actors, start, end) or s_actors)
    attr = attribute(doc.text, (sent.start, sent.end), (start, end), hits, lex.attribution.window,
                   lex.attribution.verb_first_at_end)
    reading = Reading("assertion", ASSERTION_CERTAINTY, _negated(doc, start, end), False)
    window = (s_times[0].past or s_times[0].window) if s_times else None
    event = choose_event(within(s_events, start, end)) or choose_event(s_events)
    return _Draft(start, end, sent, reading, event, actors, _claim_countries(doc, start, end, actors), window, attr, "assertion")


def _drop_repeated_headline(drafts: list[_Draft]) -> list[_Draft]:
    """A headline claim that the body states again is the same mention twice: keep the body's.

    The body is where the quote, attribution and time words are complete; a headline claim
    with no body counterpart stays.
    """
    body = [d for d in drafts if d.sentence.role != "headline"]

    def repeated(h: _Draft) -> bool:
        ids = {a.actor_id for a in h.actors}
        return any(
            b.event_type == h.event_type and (ids & {a.actor_id for a in b.actors} or not ids)
            for b in body
        )

    return [d for d in drafts if d.sentence.role != "headline" or not repeated(d)]


def _inherit(drafts: list[_Draft]) -> None:
    """Claims with no time words or event words of their own take them from the event they refer to.

    The event referred to is the nearest earlier claim about the same event type; failing that,
    the nearest earlier claim sharing an actor. (Sharing an actor alone is weaker: a minister's
    visit next week and his election in May are different events.)
    """
    for i, d in enumerate(drafts):
        if d.window is not None and d.event_type is not None:
            continue
        if d.kind == "assertion":
            continue
        ids = {a.actor_id for a in d.actors}
        earlier = drafts[:i][::-1]
        if d.event_type is None:
            typed = next((p for p in earlier if p.event_type is not None and (ids & {a.actor_id for a in p.actors})),
                         None) or next((p for p in earlier if p.event_type is not None), None)
            if typed is not None:
                d.event_type = typed.event_type
        if d.window is None:
            # "the visit may include ..." refers to the visit named before, whatever else it names
            same = next((p for p in earlier if p.window is not None and p.event_type is not None and (
                p.event_type == d.event_type or p.event_type in d.mentioned_events)), None)
            if same is None and ids:
                same = next((p for p in earlier if p.window is not None
                             and ids & {a.actor_id for a in p.actors}), None)
            if same is not None:
                d.window = same.window
        if d.window is None:
            d.window = d.loose_window
