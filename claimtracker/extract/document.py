"""The document under extraction: its text, normalised text and every hit in original offsets.

Whole-text passes (cues, negation, past verbs, actors, countries, times) run once in `gather`;
event words and attribution phrases are looked up per sentence in `scan_sentence`, only for the
sentences the cheap filter keeps, in one pass of `SentenceScan` each. They stay per sentence
because their patterns read the sentence end as the end of the text (`$`, `(?!\w)`), so a
whole-text pass could find other matches at a sentence's edge.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from claimtracker.extract.attribution import AttributionLexicon, Hit
from claimtracker.extract.cues import CueHit, compile_tests
from claimtracker.extract.events import EventHit, EventLexicon
from claimtracker.extract.filter import Positions, to_normalized
from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.extract.phrases import tokenize
from claimtracker.extract.split import Sentence
from claimtracker.extract.timewords import find_times
from claimtracker.models import ActorRef, Window
from claimtracker.text import Normalized

if TYPE_CHECKING:
    from claimtracker.extract.resources import LanguageLexicons, Resources


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


@dataclass(frozen=True, slots=True)
class TimeSpan:
    window: Window
    start: int
    end: int
    past: Window | None = None  # the reading of an ambiguous phrase as past ("on Wednesday" gone)


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

    def nslice(self, start: int, end: int) -> str:
        s, e = to_normalized(self.norm, start, end)
        return self.norm.text[s:e]


def _start(h) -> int:
    return h.start


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
    cue_hits, negation_hits, past_hits = lex.cues.scan_all(nt)
    cues = _to_original(
        norm, cue_hits, lambda h, s, e: CueHit(h.group, h.kind, h.certainty, h.weight, s, e, h.needs_context)
    )
    negations = [norm.span(s, e) for s, e in negation_hits]
    past = Positions.of(norm.span(s, e)[0] for s, e in past_hits)
    actor_hits, country_hits = _find_names(res.gazetteer, text, lang)
    actors = [ActorSpan(h.actor, h.start, h.end) for h in actor_hits]
    countries = [CountrySpan(h.code, h.start, h.end, h.via, h.listed) for h in country_hits]
    times = [
        TimeSpan(h.window, h.start, h.end, h.past)
        for h in find_times(text, lang, published, res.time_lexicon)
    ]
    for hits in (cues, actors, countries, times):
        hits.sort(key=_start)  # `within` bisects them
    return Doc(text, norm, lang, published, cues, negations, past, actors, countries, times, lex.cues.moved_to)


def _find_names(gazetteer: Gazetteer, text: str, lang: str):
    """Actors and countries, tokenising the text once for both."""
    tokens = tokenize(text, lang)
    actor_hits = gazetteer.find_actors(text, lang, tokens)
    return actor_hits, gazetteer.find_countries(text, lang, tokens, actor_hits)


def scan_sentence(doc: Doc, sent: Sentence, lex: LanguageLexicons) -> tuple[list[EventHit], list[Hit]]:
    """Event words and attribution phrases of one sentence, in original offsets."""
    ns, ne = to_normalized(doc.norm, sent.start, sent.end)
    return lex.sentence_scan.find(doc.norm, ns, ne)


@dataclass(frozen=True, slots=True)
class _Test:
    group: int  # the group spanning what the pattern matches
    labels: tuple[tuple[int, object], ...]  # (group, what it stands for) of the pattern's own groups


@dataclass(frozen=True, slots=True)
class SentenceScan:
    """Event words, reporting verbs, paired and unpaired source phrases of a span in one pass,
    each exactly as `finditer(ntext, start, end)` of its own pattern would find them."""

    pattern: re.Pattern | None
    tests: tuple[_Test | None, ...]  # events, speech, sources, unpaired

    @classmethod
    def build(cls, events: EventLexicon, attribution: AttributionLexicon, lang: str) -> SentenceScan:
        parts = [(events.pattern, events.groups), (attribution.speech, ()),
                 (attribution.sources, attribution.source_groups), (attribution.unpaired, attribution.unpaired_groups)]
        present = [p for p, _ in parts if p is not None]
        if not present:
            return cls(None, (None,) * len(parts))
        # every pattern is built with the article form in Arabic, as `compile_tests` needs
        pattern = compile_tests(present, events.terms + attribution.terms, lang, article=lang == "ar")
        tests: list[_Test | None] = []
        i = 0
        for p, labels in parts:
            if p is None:
                tests.append(None)
                continue
            inner = sorted((num, labels[int(name[len(f"t{i}g"):])]) for name, num in pattern.groupindex.items()
                           if name.startswith(f"t{i}g"))
            tests.append(_Test(pattern.groupindex[f"t{i}"], tuple(inner)))
            i += 1
        return cls(pattern, tuple(tests))

    def find(self, norm: Normalized, start: int, end: int) -> tuple[list[EventHit], list[Hit]]:
        """Event words and sources (speech, then paired sources, then unpaired ones) of the
        normalised span [start, end), in original offsets. Paired sources count only beside a
        reporting verb, so without one there are none."""
        found: list[list[tuple[object, int, int]]] = [[] for _ in self.tests]
        if self.pattern is None:
            return [], []
        last = [0] * len(self.tests)
        tests = [(k, t.group, t.labels) for k, t in enumerate(self.tests) if t is not None]
        for m in self.pattern.finditer(norm.text, start, end):
            regs = m.regs
            for k, group, labels in tests:
                s, e = regs[group]
                if s < last[k]:
                    continue  # no match here, or inside the pattern's previous match
                last[k] = e
                label = next((lab for g, lab in labels if regs[g][0] >= 0), None)
                found[k].append((label, s, e))
        off = norm.offsets
        events = [EventHit(lab[0], lab[1], off[s], off[e - 1] + 1) for lab, s, e in found[0]]
        speech, paired, unpaired = found[1:]
        sources = [Hit("speech", off[s], off[e - 1] + 1) for _, s, e in speech]
        if speech:
            sources.extend(Hit(lab, off[s], off[e - 1] + 1) for lab, s, e in paired)
        sources.extend(Hit(lab, off[s], off[e - 1] + 1) for lab, s, e in unpaired)
        return events, sources
