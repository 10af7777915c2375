"""Kind and certainty from the cue lexicons (`data/lexicons/cues_*.json`), negation and questions.

All matching runs on the normalised text (see `claimtracker.text.normalize`). Lexicon terms are
regular expressions; `compile_terms` folds their Arabic letters the same way the text is folded
and adds the word boundaries and Arabic clitics, so lexicon authors write plain words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

from claimtracker.extract.alternation import alternation, compile_led, first_chars
from claimtracker.extract.gate import gate
from claimtracker.extract.marked_cues import compile_marked
from claimtracker.extract.span_index import held_positions, sentences_ordered
from claimtracker.text import normalize_text

_AR_CLITICS = "(?:[وف]?[بلك]?)"
# Event words: the article, a preposition or the future prefix سـ, and a case or pronoun ending.
_AR_ARTICLE = "(?:[وف]?(?:[بلك]?ال|لل|س|[بلك])?)"
_AR_ENDING = "(?:ا|ه|ها|هما|هم|ات|ين|ان|ي)?"


def fold_pattern(pattern: str, lang: str) -> str:
    """Fold a lexicon regex like the text: Arabic letters as `normalize`, English to lowercase.

    ASCII regex syntax is kept as written except in English, where the whole pattern is lowercased
    (lexicons therefore use only lowercase escapes: \\s \\w \\b \\d).
    """
    if lang == "en":
        return pattern.lower()
    return "".join(ch if ch.isascii() else normalize_text(ch) for ch in pattern)


def folded_terms(terms: Iterable[str], lang: str) -> list[str]:
    """The terms folded like the text, longest first."""
    # ties broken by the term itself: set order changes with each process's string hashing
    return sorted({fold_pattern(t, lang) for t in terms if t}, key=lambda t: (-len(t), t))


def term_body(terms: Iterable[str], lang: str) -> str | None:
    """The folded terms as one alternation, longest first; None when there are none."""
    folded = folded_terms(terms, lang)
    return alternation(folded) if folded else None


# What `compile_terms` puts around a body (no article form): before it and after it.
_EDGES = {"ar": (rf"(?<!\w){_AR_CLITICS}", r"(?!\w)"), "en": (r"(?<![\w'-])", r"(?![\w-])")}


def compile_scan(term_lists: Sequence[Sequence[str]], lang: str) -> re.Pattern:
    """One pass for several `compile_terms` patterns: group `s<i>` spans the match of body i.

    It stops only at the word starts where some body matches and tests each body there in a
    lookahead, so every body finds what its own pattern would find at that position, and the
    text is scanned once instead of once per list.
    """
    before, after = _EDGES["ar" if lang == "ar" else "en"]
    lead = before.split(")", 1)[0] + ")"  # the lookbehind alone; the clitics go inside each test
    clitics = before[len(lead):]
    # the gate only asks whether anything matches here, so all terms share one dispatch
    union = gate({t for ts in term_lists for t in ts})
    tests = "".join(
        f"(?=(?P<s{i}>{clitics}(?:{alternation(ts)}){after}))?" for i, ts in enumerate(term_lists)
    )
    # The pattern consumes the character before the word start instead of testing it behind: a
    # pattern opening with a character class lets the engine skip to the next such character in
    # C, where a lookbehind is tried at every position. Consuming it also takes the pass on to
    # the next position at once. The start of the text, with no character before it, is tested
    # apart (`scan_spans`).
    return re.compile(f"{_BEFORE_WORD[lead]}(?={clitics}(?:{union}){after}){tests}")


# The character before a word start, for each word-start test of `_EDGES`.
_BEFORE_WORD = {"(?<!\\w)": "\\W", "(?<![\\w'-])": "[^\\w'-]"}


@lru_cache(maxsize=16)
def _at_text_start(scan: re.Pattern) -> re.Pattern:
    """The tests of a `compile_scan` pattern alone, for the start of the text, where a word
    starts with no character before it."""
    before = next(b for b in _BEFORE_WORD.values() if scan.pattern.startswith(b + "(?="))
    return re.compile(scan.pattern[len(before):])


def compile_terms(terms: Iterable[str], lang: str, article: bool = False) -> re.Pattern | None:
    """One alternation over the terms, longest first, with word edges (and Arabic clitics)."""
    folded = folded_terms(terms, lang)
    if not folded:
        return None
    # the gate finds a match exactly where the body does, so it changes no match, only the speed
    return _gated(alternation(folded), gate(folded), lang, article)


def compile_groups(groups: Sequence[tuple[str, Iterable[str]]], lang: str, article: bool = False) -> re.Pattern | None:
    """One pattern for several named term lists; `match.lastgroup` is `g<index>` of the list.

    One scan of the text instead of one per list: the word-edge and clitic checks run once
    per position. At one position the earlier list wins, so pass lists in order of priority.
    """
    bodies = []
    every: set[str] = set()
    for i, (_, terms) in enumerate(groups):
        folded = folded_terms(terms, lang)
        if folded:
            bodies.append(f"(?P<g{i}>{alternation(folded)})")
            every.update(folded)
    if not bodies:
        return None
    body = "|".join(bodies)
    # A gate with all terms in one dispatch: most word starts match no term, and there it saves
    # trying each list in turn (and, in Arabic, each reading of the article and clitics).
    return _gated(body, gate(every), lang, article)


def gate_edges(lead: str, gate_test: str) -> tuple[str, str]:
    """What `_gated` puts around the terms' gate inside its lookahead, for a pattern opening with
    the word-start test `lead` whose gate lookahead holds `gate_test`: (before it, after it)."""
    if lead == "(?<!\\w)":
        if gate_test.startswith(_AR_ARTICLE):
            return f"{_AR_ARTICLE}(?:", f"){_AR_ENDING}(?!\\w)"
        return f"{_AR_CLITICS}(?:", ")(?!\\w)"
    return "(?:", ")(?![\\w-])"


def _gated(body: str, test: str | None, lang: str, article: bool) -> re.Pattern:
    """`body` with its word edges (and Arabic clitics), behind the cheap existence test `test`."""
    if lang == "ar":
        if article:
            return re.compile(rf"(?<!\w)(?={_AR_ARTICLE}(?:{test}){_AR_ENDING}(?!\w))"
                              rf"{_AR_ARTICLE}(?:{body}){_AR_ENDING}(?!\w)")
        return re.compile(rf"(?<!\w)(?={_AR_CLITICS}(?:{test})(?!\w)){_AR_CLITICS}(?:{body})(?!\w)")
    return re.compile(rf"(?<![\w'-])(?=(?:{test})(?![\w-]))(?:{body})(?![\w-])")


def group_labels(pattern: re.Pattern | None, labels: Sequence) -> tuple:
    """For a `compile_groups` pattern, the label of each group number (`match.lastindex`)."""
    if pattern is None:
        return ()
    out: list = [None] * (pattern.groups + 1)
    for name, number in pattern.groupindex.items():
        out[number] = labels[int(name[1:])]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class CueHit:
    group: str
    kind: str
    certainty: float
    weight: int
    start: int  # offsets in the normalised text
    end: int
    needs_context: bool = False


@dataclass(frozen=True, slots=True)
class CueGroup:
    name: str
    kind: str
    certainty: float
    weight: int
    pattern: re.Pattern
    needs_context: bool = False
    # words right before a hit that make it no cue ("will decide on Friday whether": the decision is
    # the claim, and the doubt is its object's), searched in the `_NOT_AFTER_REACH` characters before it
    not_after: re.Pattern | None = None

    def follows(self, ntext: str, start: int) -> bool:
        """Whether the hit at `start` comes right after one of `not_after` (then it is no cue)."""
        return self.not_after is not None and self.not_after.search(ntext, max(0, start - _NOT_AFTER_REACH), start) is not None


_NOT_AFTER_REACH = 80


def scan_spans(scan: re.Pattern, ntext: str, count: int, start: re.Pattern | None = None) -> list[list[tuple[int, int]]]:
    """Per body of `compile_scan`, its matches as `finditer` of its own pattern would give them:
    left to right, not overlapping one another. `start` is `_at_text_start(scan)` when the caller
    keeps it: the cache's key is the pattern, and hashing a pattern hashes all its compiled code
    (tens of microseconds for a lexicon's scan, at every call)."""
    out: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    last = [0] * count
    index = [(i, scan.groupindex[f"s{i}"]) for i in range(count)]
    at_start = (start or _at_text_start(scan)).match(ntext)
    matches = scan.finditer(ntext)
    for m in chain((at_start,), matches) if at_start is not None else matches:
        regs = m.regs  # every group's span at once; (-1, -1) for a body that did not match
        for i, g in index:
            span = regs[g]
            if span[0] >= last[i]:
                out[i].append(span)
                last[i] = span[1]
    return out


@dataclass(frozen=True, slots=True)
class CueLexicon:
    lang: str
    groups: tuple[CueGroup, ...]
    negation: re.Pattern | None
    question: tuple[re.Pattern, ...]
    past: re.Pattern | None
    future_time_kind: str
    future_time_certainty: float
    moved_to: re.Pattern | None = None  # "postponed to", «أرجئت إلى»: the date after it is the new one
    # "announced the postponement of", «أعلن تأجيل»: a report of what was decided, not a forecast
    reported_off: re.Pattern | None = None
    # groups, negation and past in one pass: `scan_all`, and its tests alone for the text's start
    scan: re.Pattern | None = None
    scan_start: re.Pattern | None = None
    scan_parts: tuple[str, ...] = ()
    # per question pattern, the characters its matches start with (None: not known)
    question_starts: tuple[frozenset[str] | None, ...] = ()
    # a relative pronoun ending the text before a cue («التي », "which "): the cue describes a noun
    relative: re.Pattern | None = None
    # cues read off the original text by their marks (`marked_cues.py`): (group, pattern)
    marked: tuple[tuple[CueGroup, re.Pattern], ...] = ()
    # a clause opening on one («، على أن ...») goes on with the claim before it, under its hedge
    continuation: re.Pattern | None = None
    # a habit or standing state («سنويا», «منذ سنوات»): a present-tense verb there is no event to come
    habitual: re.Pattern | None = None

    @classmethod
    def load(cls, path: Path, lang: str) -> CueLexicon:
        raw = json.loads(path.read_text(encoding="utf-8"))
        groups = []
        for g in raw.get("cues", []):
            pat = compile_terms(g["terms"], lang)
            if pat is not None:
                not_after = g.get("not_after")
                groups.append(CueGroup(g["name"], g["kind"], float(g["certainty"]), int(g["weight"]), pat,
                                       bool(g.get("needs_context", False)),
                                       re.compile(rf"(?:{not_after})\Z") if not_after else None))
        ftp = raw.get("future_time_prediction", {})
        parts: list[tuple[str, list[str]]] = []
        for g in raw.get("cues", []):
            folded = folded_terms(g["terms"], lang)
            if folded:
                parts.append((g["name"], folded))
        for key in ("negation", "past"):
            folded = folded_terms(raw.get(key, []), lang)
            if folded:
                parts.append((f"#{key}", folded))
        question = tuple(re.compile(fold_pattern(q, lang)) for q in raw.get("question", []))
        scan = compile_scan([ts for _, ts in parts], lang) if parts else None
        return cls(
            lang=lang,
            groups=tuple(groups),
            negation=compile_terms(raw.get("negation", []), lang),
            question=question,
            question_starts=tuple(_starts(q) for q in question),
            past=compile_terms(raw.get("past", []), lang),
            future_time_kind=ftp.get("kind", "prediction"),
            future_time_certainty=float(ftp.get("certainty", 0.8)),
            moved_to=compile_terms(raw.get("moved_to", []), lang),
            reported_off=compile_terms(raw.get("reported_off", []), lang),
            scan=scan,
            scan_start=_at_text_start(scan) if scan is not None else None,
            scan_parts=tuple(name for name, _ in parts),
            relative=_ending_word(raw.get("relative", []), lang),
            continuation=compile_terms(raw.get("continuation", []), lang),
            habitual=compile_terms(raw.get("habitual", []), lang),
            marked=tuple((next(g for g in groups if g.name == name), pattern)
                         for name, pattern in compile_marked(raw.get("marked", {}), [g.name for g in groups])),
        )

    def scan_all(self, ntext: str, make: Callable[..., CueHit] = CueHit,
                 ) -> tuple[list[CueHit], list[tuple[int, int]], list[tuple[int, int]]]:
        """Cues (as `find`), negation spans and past-verb spans of a normalised text, in one pass.

        `make` builds each cue hit from CueHit's fields in order (`records.cue_hit`, the faster maker
        of an equal hit, which this module cannot import)."""
        if self.scan is None:
            return [], [], []
        spans = scan_spans(self.scan, ntext, len(self.scan_parts), self.scan_start)
        # `scan_parts` lists the groups in order, then "#negation" and "#past" when present
        hits = [
            make(g.name, g.kind, g.certainty, g.weight, s, e, g.needs_context)
            for g, found in zip(self.groups, spans)  # noqa: B905 - spans may be longer
            for s, e in found
            if g.not_after is None or not g.follows(ntext, s)
        ]
        hits.sort(key=lambda h: h.start)
        rest = dict(zip(self.scan_parts[len(self.groups):], spans[len(self.groups):], strict=True))
        return _drop_nested(hits), rest.get("#negation", []), rest.get("#past", [])

    def questions_in(self, ntext: str, spans: Sequence[tuple[int, int]]) -> set[int]:
        """Indices of the spans [start, end) of a normalised text that read as questions, each
        searched alone. A pattern whose matches start with one of a few characters ("?") is
        searched for only in the spans holding one of them, found in one pass over the text."""
        out: set[int] = set()
        firsts: list[int] | None = None
        for q, starts in zip(self.question, self.question_starts or [None] * len(self.question), strict=True):
            if starts is None:
                candidates: Iterable[int] = range(len(spans))
            else:
                at = [m.start() for m in _char_class(starts).finditer(ntext)]
                if not at:
                    continue
                if firsts is None:
                    # (each of the few characters placed by one bisect, when the spans are in order)
                    firsts, lasts = [s for s, _ in spans], [e for _, e in spans]
                    ordered = sentences_ordered(firsts, lasts)
                candidates = held_positions(at, firsts, lasts, ordered)
            for i in candidates:
                if i not in out and q.search(ntext[spans[i][0] : spans[i][1]]):
                    out.add(i)
        return out

    def find(self, ntext: str) -> list[CueHit]:
        """Every cue in a normalised text, in order of position."""
        hits = [
            CueHit(g.name, g.kind, g.certainty, g.weight, m.start(), m.end(), g.needs_context)
            for g in self.groups
            for m in g.pattern.finditer(ntext)
            if g.not_after is None or not g.follows(ntext, m.start())
        ]
        hits.sort(key=lambda h: h.start)
        return _drop_nested(hits)


@lru_cache(maxsize=16)
def _char_class(chars: frozenset[str]) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


def _starts(pattern: re.Pattern) -> frozenset[str] | None:
    """The characters every match of `pattern` starts with, when they are few and known."""
    if pattern.flags & re.IGNORECASE:
        return None  # the case of the first character is open
    chars = first_chars(pattern.pattern)
    return frozenset(chars) if chars and len(chars) <= 4 else None


def _ending_word(words: Sequence[str], lang: str) -> re.Pattern | None:
    """A pattern for text that ends with one of the words (and a space), over normalised text."""
    body = term_body(words, lang)
    return compile_led(rf"(?<!\w)(?:{body})\s+$") if body else None


def _drop_nested(hits: list[CueHit]) -> list[CueHit]:
    """A cue inside a longer cue is the same words read twice ("من المتوقع" holds "المتوقع")."""
    out: list[CueHit] = []
    for h in hits:
        if out and h.start >= out[-1].start and h.end <= out[-1].end:
            continue
        if out and h.start == out[-1].start and h.end > out[-1].end:
            out[-1] = h
            continue
        out.append(h)
    return out


@dataclass(frozen=True, slots=True)
class Reading:
    """How a unit speaks about its event."""

    kind: str
    certainty: float
    negated: bool
    is_question: bool


QUESTION_CERTAINTY = 0.3
CONDITION = "condition"  # the kind of a cue group that caps certainty instead of setting it
# the kind of a cue group that frames a claim as someone's view: it caps its clause and the clauses
# after it in the sentence, and reads no claim of its own (`tiles.tiles`)
FRAME = "frame"


def read_certainty(cues: Sequence[CueHit], negated: bool, is_question: bool) -> Reading | None:
    """Kind and certainty from the cues of one clause; None when it has no forward cue.

    The heaviest cues decide (a hedge outweighs a bare future tense: "will possibly" is low);
    cues of equal weight are averaged ("expect and hope" lands in the middle). A condition
    ("if", "unless") caps what the others give: a definite "will … if the vote passes" is only
    as sure as the condition (medium), while "could … if" stays low. A question is speculation
    whatever its verbs.
    """
    if not cues:
        if is_question:
            return Reading("speculation", QUESTION_CERTAINTY, negated, True)
        return None
    if len(cues) == 1:
        certainty = cues[0].certainty  # the mean of one
    else:
        ceiling = [c.certainty for c in cues if c.kind == CONDITION]
        if ceiling and len(ceiling) < len(cues):
            cues = [c for c in cues if c.kind != CONDITION]
        top = max(c.weight for c in cues)
        chosen = [c for c in cues if c.weight == top]
        certainty = sum(c.certainty for c in chosen) / len(chosen)
        if ceiling:
            certainty = min(certainty, min(ceiling))
    kind = "speculation" if certainty < 0.4 else "prediction"
    if is_question:
        kind, certainty = "speculation", min(certainty, QUESTION_CERTAINTY)
    return Reading(kind, certainty, negated, is_question)
