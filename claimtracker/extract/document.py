"""The document under extraction: its text, normalised text and every hit in original offsets.

Whole-text passes (cues, negation, past verbs, actors, countries, times) run once in `gather`;
event words and attribution phrases are looked up per sentence (`scan_sentence`, or apart in
`scan_events` and `scan_sources`), only for the sentences the cheap filter keeps.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress
from operator import attrgetter

from claimtracker.extract.attribution import Hit
from claimtracker.extract.cues import CueHit
from claimtracker.extract.events import EventHit
from claimtracker.extract.filter import Positions
from claimtracker.extract.marked_cues import add_marked
from claimtracker.extract.phrases import sentence_start, tokenize
from claimtracker.extract.records import cue_hit, event_hit, hit, new, slot_setters
from claimtracker.extract.resources import LanguageLexicons, Resources
from claimtracker.extract.span_index import held_positions, inside_spans
from claimtracker.extract.timewords import find_times
from claimtracker.models import ActorRef, Window
from claimtracker.text import Normalized


@dataclass(frozen=True, slots=True)
class ActorSpan:
    actor: ActorRef
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CountrySpan:
    code: str
    start: int
    end: int
    via: str | None
    listed: bool = False  # inside an enumeration of three or more countries
    firm: bool = False  # a company's nationality (`CountryHit.firm`): listed, yet a country the article names


@dataclass(frozen=True, slots=True)
class TimeSpan:
    window: Window
    start: int
    end: int
    past: Window | None = None  # the reading of an ambiguous phrase as past ("on Wednesday" gone)
    # a count tied to another event ("two days before the vote"): (how, unit, n), dated later
    # from that event's date (window_attach.anchored_window)
    anchored: tuple[str, str, int | None] | None = None


# The spans are made by the dozen per text in `gather`: set slot by slot, as `records` makes the
# hits, instead of through the frozen dataclasses' __init__ (the class itself where that fails).
_ACTOR_SPAN = slot_setters(ActorSpan, ("actor", "start", "end"))
_COUNTRY_SPAN = slot_setters(CountrySpan, ("code", "start", "end", "via", "listed", "firm"))
_TIME_SPAN = slot_setters(TimeSpan, ("window", "start", "end", "past", "anchored"))


def _actor_span(actor: ActorRef, start: int, end: int, _set=_ACTOR_SPAN) -> ActorSpan:
    s = new(ActorSpan)
    _set[0](s, actor)
    _set[1](s, start)
    _set[2](s, end)
    return s


def _country_span(code: str, start: int, end: int, via: str | None, listed: bool, firm: bool = False,
                  _set=_COUNTRY_SPAN) -> CountrySpan:
    s = new(CountrySpan)
    _set[0](s, code)
    _set[1](s, start)
    _set[2](s, end)
    _set[3](s, via)
    _set[4](s, listed)
    _set[5](s, firm)
    return s


def _time_span(window: Window, start: int, end: int, past: Window | None, anchored, _set=_TIME_SPAN) -> TimeSpan:
    s = new(TimeSpan)
    _set[0](s, window)
    _set[1](s, start)
    _set[2](s, end)
    _set[3](s, past)
    _set[4](s, anchored)
    return s


actor_span = _actor_span if _ACTOR_SPAN is not None else ActorSpan
country_span = _country_span if _COUNTRY_SPAN is not None else CountrySpan
time_span = _time_span if _TIME_SPAN is not None else TimeSpan


@dataclass(slots=True)
class Doc:
    text: str
    norm: Normalized
    lang: str
    published: date | None
    cues: list[CueHit]
    negations: list[tuple[int, int]]
    past: Positions
    actors: list[ActorSpan]
    countries: list[CountrySpan]
    times: list[TimeSpan]
    moved_to: re.Pattern | None = None
    # nothing was dropped in normalising (the offsets are 0, 1, 2, ...): a span of the original
    # is the same span of the normalised text
    plain: bool = False

    def nslice(self, start: int, end: int) -> str:
        """`to_normalized` and the slice in one step: the claim loop cuts tens of thousands of
        short spans, and on a plain text the call to map them cost more than the slice."""
        if self.plain:
            # `to_normalized` clamps to [0, n]; a slice clamps past the end by itself, and a
            # negative offset must not count from the end
            return self.norm.text[(start if start > 0 else 0):(end if end > 0 else 0)]
        offsets = self.norm.offsets  # what `to_normalized` does on a text with characters dropped
        return self.norm.text[bisect_left(offsets, start):bisect_left(offsets, end)]


_start = attrgetter("start")  # in C: `within` bisects often


def within(items: Sequence, start: int, end: int) -> list:
    """The hits inside [start, end) of a list sorted by start."""
    out = []
    for i in range(bisect_left(items, start, key=_start), len(items)):
        h = items[i]
        if h.start >= end:
            break
        if h.end <= end:
            out.append(h)
    return out


def inside(items: Iterable, start: int, end: int) -> list:
    """`within` for the few hits of one sentence: a plain filter, in their order."""
    return [h for h in items if start <= h.start < end and h.end <= end]


def per_span(items: Sequence, spans: Sequence[tuple[int, int]]) -> list[list]:
    """`within(items, start, end)` for each of spans: two bisects per span on the starts, read
    once, instead of a walk over every item (most sit in sentences the filter drops)."""
    starts = [h.start for h in items]
    out: list[list] = []
    for start, end in spans:
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        out.append([h for h in items[i:j] if h.end <= end])
    return out


def per_sentence(items: Sequence, starts: Sequence[int], ends: Sequence[int],
                 ordered: bool) -> tuple[list[list], set[int]]:
    """The hits of a list sorted by start handed out to the spans (sentences) [starts[i], ends[i]):
    per span, the hits inside it (`within`), and the indices of the spans a hit starts in (what
    `filter.Holding` answers). The filter needs the second and the claim loop the first for the
    spans it keeps: one bisect per hit gives both, where asking each kept span apart cost two
    bisects and a list per span and signal on top of a bisect per hit. `ordered`:
    `sentences_ordered` of the spans; spans that overlap are read one by one."""
    if not ordered:
        held = held_positions((h.start for h in items), starts, ends, ordered)
        return [within(items, s, e) for s, e in zip(starts, ends, strict=True)], held
    out: list[list] = [[] for _ in starts]
    held = set()
    for h in items:
        i = bisect_right(starts, h.start) - 1
        if i >= 0 and h.start < ends[i]:
            if h.end <= ends[i]:
                out[i].append(h)
            else:
                held.add(i)  # starts in the span and runs past it: the span holds it, `within` not
    held.update(compress(range(len(out)), out))
    return out, held


def _to_original(norm: Normalized, items: Iterable, make):
    out = []
    for h in items:
        s, e = norm.span(h.start, h.end)
        out.append(make(h, s, e))
    return out


def gather(text: str, norm: Normalized, lang: str, published: date | None, res: Resources) -> Doc:
    """Whole-text passes: cues, negation, past verbs, actors, countries, times.

    Event words and sources are looked up later, only in the sentences the filter keeps.
    """
    lex = res.lexicons[lang]
    nt = norm.text
    cue_hits, negation_hits, past_hits = lex.cues.scan_all(nt, cue_hit)
    plain = len(norm.offsets) == norm.original_length
    if plain:
        # nothing was dropped, so the offsets are 0, 1, 2, ...: `norm.span` gives every span
        # back as it is, and the hits are already in original offsets
        cues, negations = cue_hits, negation_hits
        past = Positions.of(s for s, _ in past_hits)
    else:
        cues = _to_original(
            norm, cue_hits, lambda h, s, e: cue_hit(h.group, h.kind, h.certainty, h.weight, s, e, h.needs_context)
        )
        negations = [norm.span(s, e) for s, e in negation_hits]
        past = Positions.of(norm.span(s, e)[0] for s, e in past_hits)
    if lex.cues.marked:
        cues = add_marked(text, cues, lex.cues.marked, cue_hit)
    actor_hits, country_hits = _find_names(res, text, lang)
    actors = [actor_span(h.actor, h.start, h.end) for h in actor_hits]
    names = sorted((h.start, h.end) for h in actor_hits if h.actor.kind == "person")
    cues = _outside_names(cues, names)
    if lang == "en":
        cues = [c for c in cues if not _capitalised_inside(text, c.start)]
    countries = [country_span(h.code, h.start, h.end, h.via, h.listed, h.firm) for h in country_hits]
    times = _outside_names(
        [time_span(h.window, h.start, h.end, h.past, h.anchored) for h in find_times(text, lang, published, res.time_lexicon)],
        names)
    for hits in (cues, actors, countries, times):
        hits.sort(key=_start)  # `within` bisects them
    return Doc(text, norm, lang, published, cues, negations, past, actors, countries, times, lex.cues.moved_to, plain)


def _outside_names(hits: list, names: Sequence[tuple[int, int]]) -> list:
    """The cues or time phrases less those inside a person's name: «جدعون ساعر» reads like a verb
    with the future prefix («سأ...»), "Will Smith" like the auxiliary, "Godwin Friday" like a
    weekday; a name is never a hedge or a date."""
    if not names:
        return hits
    return [h for h in hits if not inside_spans(h.start, h.end, names)]


def _capitalised_inside(text: str, start: int) -> bool:
    """A capitalised cue word inside a sentence of ordinary case is a name: "Prime Minister May",
    "May will meet Chinese leaders", "Will Smith". At a sentence's start, or in a headline written
    in title case ("Putin May Visit Ankara"), it is the word itself."""
    if not (text[start].isupper() and text[start + 1:start + 2].islower()) or sentence_start(text, start):
        # ("I think" is the pronoun, written so everywhere)
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = [w for w in text[line_start:line_end if line_end >= 0 else len(text)].split() if len(w) > 3]
    return sum(w[0].isupper() for w in words) < 0.85 * len(words)


def _find_names(res: Resources, text: str, lang: str):
    """Actors (with the bare heads that refer back to a body) and countries, tokenising the text once."""
    tokens = tokenize(text, lang)
    gazetteer = res.gazetteer
    actor_hits = gazetteer.find_actors(text, lang, tokens)
    if res.body_refs is not None:
        actor_hits = res.body_refs.refer(text, lang, tokens, actor_hits, gazetteer.affiliated_bodies(text, lang, tokens),
                                         gazetteer.actor)
    if lang == "en":
        actor_hits = gazetteer.region_refs.refer(text, actor_hits, gazetteer.actor)
    return actor_hits, gazetteer.find_countries(text, lang, tokens, actor_hits)


def scan_sentence(doc: Doc, ns: int, ne: int, lex: LanguageLexicons) -> tuple[list[EventHit], list[Hit], list[Hit]]:
    """`scan_events` and `scan_sources` at once: (event words, reporting verbs, attribution phrases)."""
    if lex.sentence_scan is None:
        return (scan_events(doc, ns, ne, lex), *scan_sources(doc, ns, ne, lex))
    off = doc.norm.offsets
    events, speech, unpaired = lex.sentence_scan.find(doc.norm.text, ns, ne, off)
    return events, speech, _with_paired(doc, ns, ne, lex, speech) + unpaired


def _with_paired(doc: Doc, ns: int, ne: int, lex: LanguageLexicons, speech: list[Hit]) -> list[Hit]:
    """The reporting verbs and, when there are any, the source phrases that need one."""
    att = lex.attribution
    sources = list(speech)
    # without a reporting verb no paired source can count, so that (costly) pattern is skipped
    if speech and att.sources is not None:
        off, labels = doc.norm.offsets, att.source_labels
        for m in att.sources.finditer(doc.norm.text, ns, ne):
            s, e = m.span()
            sources.append(hit(labels[m.lastindex], off[s], off[e - 1] + 1 if e > s else off[s]))  # type: ignore[index]
    return sources


def scan_events(doc: Doc, ns: int, ne: int, lex: LanguageLexicons) -> list[EventHit]:
    """Event words of one sentence, the normalised span [ns, ne), in original offsets.

    The pattern runs over the sentence alone (as `EventLexicon.find` does), not over the whole
    text: its word-edge tests read the sentence end as the end of the text.
    """
    if lex.events.pattern is None:
        return []
    off = doc.norm.offsets
    labels = lex.events.labels
    events = []
    for m in lex.events.pattern.finditer(doc.norm.text, ns, ne):
        s, e = m.span()
        name, priority = labels[m.lastindex]  # type: ignore[index]
        events.append(event_hit(name, priority, off[s], off[e - 1] + 1 if e > s else off[s]))
    return events


def scan_sources(doc: Doc, ns: int, ne: int, lex: LanguageLexicons) -> tuple[list[Hit], list[Hit]]:
    """Reporting verbs, and all attribution phrases (the verbs first), of one sentence as in
    `scan_events`."""
    nt, off = doc.norm.text, doc.norm.offsets
    att = lex.attribution
    speech = []
    if att.speech is not None:
        for m in att.speech.finditer(nt, ns, ne):
            s, e = m.span()
            speech.append(hit("speech", off[s], off[e - 1] + 1 if e > s else off[s]))
    sources = _with_paired(doc, ns, ne, lex, speech)
    if att.unpaired is not None:
        labels = att.unpaired_labels
        for m in att.unpaired.finditer(nt, ns, ne):
            s, e = m.span()
            sources.append(hit(labels[m.lastindex], off[s], off[e - 1] + 1 if e > s else off[s]))  # type: ignore[index]
    return speech, sources
