"""Lines, sentences and clauses with offsets into the original text.

Splitting works on the original text: normalisation never touches punctuation, so the original
offsets are exact. Arabic sentences end with `.` `؟` `!` (often with no space before the next
word); clauses are cut at `،` `؛` `;` `,` `:` and dashes, and before a coordinated second predicate
("and is expected to", «وستناقش»), then very short pieces are merged back,
because a clause of two words cannot carry a claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from claimtracker.extract.clause_rules import (
    ClauseRules,
    default_rules,
    purpose_cuts,
)

HEADLINE_MAX_WORDS = 25
SUBHEADING_MAX_WORDS = 12
MIN_CLAUSE_WORDS = 3

# Words whose full stop is not the end of a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt capt gov sen rep prof jr sr inc corp ltd co no vs approx dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec est min maj adm cmdr hon rev".split()
)
# The spaces a line ends at: where str.splitlines cuts.
_BREAKS = r"\n\r\v\f\x1c-\x1e\x85\u2028\u2029"
# A line less its spaces (\S is exactly what str.strip keeps); the second when "\n" is the only
# break in the text, which the engine runs through fastest.
_LINE = re.compile(rf"\S(?:[^{_BREAKS}]*\S)?")
_LINE_LF = re.compile(r"\S(?:[^\n]*\S)?")
_OTHER_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_CLOSE = r"[\"'”’»)\]]*"
_MARKS = "!?؟…"


def _stop_pattern(stops: str, marks: str, end: str) -> re.Pattern:
    """A run of stops (as many as there are, then closing quotes or brackets) and the spaces after it.

    The spaces end where the next sentence starts. The group that matches says what `_is_boundary`
    would: 1 (the run ends the span, `end`) and 2 (a "!" or "?" run before a space) are
    boundaries; 3 (full stops before a space) is one when `_SAFE_WORD` passes the word before it;
    4 asks `_is_boundary`. The pattern opens with the stop, so the engine skips to the stops in C.
    """
    t = f"[{stops}]"
    mark = rf"(?<=[{marks}]){t}*{_CLOSE}(?=\s)|\.*[{marks}]{t}*{_CLOSE}(?=\s)" if marks else "(?!)"
    return re.compile(
        rf"{t}(?:({t}*{_CLOSE}){end}|({mark})|(?<=\.)(\.*{_CLOSE})(?=\s)|({t}*{_CLOSE}))\s*"
    )


# in a span of any text: the span's end is the end
_STOP = _stop_pattern("." + _MARKS, _MARKS, r"\Z")
# in a whole text whose lines are the spans: a line's end is a break or the end of the text
_STOP_IN_LINES = _stop_pattern("." + _MARKS, _MARKS, rf"(?=[^\S{_BREAKS}]*(?:[{_BREAKS}]|\Z))")
# the same where no stop but the full stop occurs: it opens with a literal, found fastest
_FULL_STOP_IN_LINES = _stop_pattern(".", "", rf"(?=[^\S{_BREAKS}]*(?:[{_BREAKS}]|\Z))")
# A word before a full stop and a space that ends a sentence for sure, read backwards in the
# reversed text from the stop (the word is the run of word characters and dots before it): at
# most 39 characters (the look-back of `_is_boundary` holds it whole) with no dot, opening with an
# Arabic letter, a digit or "_", or with a Latin letter when it is all ASCII, longer than one
# letter and no abbreviation. Any other word is left to `_is_boundary`.
_REVERSED_ABBREVIATIONS = "|".join(sorted(a[::-1] for a in _ABBREVIATIONS))
_SAFE_WORD = re.compile(
    r"(?:\w{0,38}[\u0621-\u064a0-9_]"
    rf"|(?!(?i:{_REVERSED_ABBREVIATIONS})(?![\w.]))[A-Za-z0-9_]{{1,38}}[A-Za-z])(?![\w.])"
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\w+")
_NOT_WORD_OR_DOT = re.compile(r"[^\w.]")
_LOOK_BACK = 40
_HEADING_END = ".:،,;؛"
# Where and when the story was filed, before its first sentence: "Kathmandu, June 14:",
# "ISLAMABAD, Oct 13 (Indus Ledger) -", "PODGORICA -", «بيروت - », «القاهرة (رويترز) - ». It is not
# part of what the first sentence says, so no quote starts with it.
_DATELINE = re.compile(
    r"(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})"
    r"(?:,\s\d{4})?(?:\s*\([^()\n]{1,40}\))?\s*[-–—:]?"
    r"|[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,2}(?:\s*\([^()\n]{1,40}\))?\s*[-–—]"
    r"|[\u0621-\u065F\u0670]{2,}(?:\s[\u0621-\u065F\u0670]{2,}){0,2}\s*(?:\([^()\n]{1,30}\)\s*)?[-–—])\s+"
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class _Clauses:
    """`Sentence.clauses`, cut on first use (most sentences never pass the cheap filter) and then
    kept in the instance, whose attribute hides this descriptor: a `cached_property` without its lock."""

    def __get__(self, sent: Sentence | None, owner: type | None = None):
        if sent is None:
            return self
        clauses = sent.__dict__["clauses"] = clauses_in(sent.text, sent.start, sent.end, sent.rules)
        return clauses


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    role: str  # headline | subheading | body
    text: str = field(repr=False, compare=False)
    rules: ClauseRules | None = field(default=None, repr=False, compare=False)  # None: the project's own

    clauses = _Clauses()


# Spans and sentences are made by the dozen per text: these skip the frozen dataclasses' __init__,
# which sets each field through a Python-level call.
_new = object.__new__
_set_attr = object.__setattr__
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__


def _span(start: int, end: int) -> Span:
    span = _new(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    if start >= end:
        return start, end
    # str.strip drops exactly the characters str.isspace() accepts
    piece = text[start:end]
    left = piece.lstrip()
    start += len(piece) - len(left)
    return start, start + len(left.rstrip())


def lines(text: str) -> list[Span]:
    """Non-blank lines, trimmed."""
    pattern = _LINE if any(c in text for c in _OTHER_BREAKS) else _LINE_LF
    return [_span(*m.span()) for m in pattern.finditer(text)]


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _is_boundary(text: str, start: int, after: int, end: int) -> bool:
    """Whether the run of stops and quotes text[start:after] ends a sentence; `end` ends the span."""
    if after >= end:
        return True
    nxt = text[after]
    punct = text[start:after]
    if "." not in punct or any(c in punct for c in "!?؟…"):
        return nxt.isspace() or nxt.isalpha()
    # only the word before the stop matters; a bounded look-back keeps splitting linear
    before = text[max(0, start - _LOOK_BACK) : start].rsplit(None, 1)
    token = before[-1] if before else ""
    word = _NOT_WORD_OR_DOT.split(token)[-1].lower() if token else ""
    if nxt.isspace():
        # "K.P. Sharma", "U.S. officials", "Gen. Smith": initials and abbreviations go on.
        bare = word.replace(".", "")
        if _LATIN_LETTER.match(bare or "x") and (len(bare) == 1 or "." in word or bare in _ABBREVIATIONS):
            return False
        return True
    if start > 0 and text[start - 1].isdigit() and nxt.isdigit():
        return False  # 1.00%
    if "\u0600" <= nxt <= "\u06ff":
        return True  # Arabic full stop with no space after it
    # Latin with no space: "said.The" ends a sentence, "lebanon24.com" and "U.S." do not.
    return nxt.isupper() and len(word.replace(".", "")) >= 2 and "." not in word


def _ends(m: re.Match, text: str, reversed_text: str, end: int) -> int:
    """Where the sentence ends when the `_stop_pattern` match `m` ends one, else 0."""
    kind: int = m.lastindex  # type: ignore[assignment]
    after = m.end(kind)
    if kind > 2:
        stop = m.start()
        if not (kind == 3 and _SAFE_WORD.match(reversed_text, len(text) - stop)) and not _is_boundary(
            text, stop, after, end
        ):
            return 0
    return after


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    out = []
    cur, _ = _strip(text, start, end)  # where the next sentence starts
    reversed_text = text[::-1]
    for m in _STOP.finditer(text, start, end):
        after = _ends(m, text, reversed_text, end)
        if after:
            # the run ends on a stop or a quote and `cur` is past the spaces before it, so the
            # sentence is trimmed already
            out.append(_span(cur, after))
            cur = m.end()  # past the spaces: the next sentence's first character, or the end
    if cur < end:
        out.append(_span(*_strip(text, cur, end)))
    return out


def clauses_in(text: str, start: int, end: int, rules: ClauseRules | None = None) -> tuple[Span, ...]:
    """Clauses of one sentence; pieces shorter than MIN_CLAUSE_WORDS join their neighbour. A purpose
    that opens an event of its own after a trip ("… to meet …") starts a clause too."""
    if start >= end:
        return (_span(start, end),)
    rules = rules or default_rules()
    clauses = _clauses_at_breaks(text, start, end, rules)
    if rules.trip_purpose.search(text, start, end) is None:  # the common case
        return clauses
    out: list[Span] = []
    for cl in clauses:
        cur = cl.start
        for cut in purpose_cuts(text, cl.start, cl.end, rules):
            head_end = _strip(text, cur, cut)[1]
            # a piece too short to carry a claim stays whole, as at the other breaks
            if (len(_WORD.findall(text, cur, head_end)) >= MIN_CLAUSE_WORDS
                    and len(_WORD.findall(text, cut, cl.end)) >= MIN_CLAUSE_WORDS):
                out.append(_span(cur, head_end))
                cur = cut
        out.append(_span(cur, cl.end) if cur != cl.start else cl)
    return tuple(out)


_COMMAS = frozenset(",،")
_ASIDE_TAIL_WORDS = 4  # words after a relative aside that still complete the clause it interrupts («يوم 30 يونيو»)


def _join_asides(text: str, pieces: list[list[int]], rules: ClauseRules) -> list[list[int]]:
    """The pieces with each relative clause set off by commas, and the piece after its closing
    comma, joined to the piece before it: «وتنتهي الهدنة، التي جرى تمديدها مرتين، يوم 30 يونيو» is one
    clause, whose verb the date belongs to."""
    out = [pieces[0]]
    i = 1
    while i < len(pieces):
        p = pieces[i]
        if (i + 1 < len(pieces) and rules.aside.match(text, p[0], p[1])
                and _COMMAS & set(text[out[-1][1]:p[0]]) and _COMMAS & set(text[p[1]:pieces[i + 1][0]])
                # what follows the aside completes the clause it interrupts (a date, an object), with
                # no predicate of its own
                and len(_WORD.findall(text, pieces[i + 1][0], pieces[i + 1][1])) <= _ASIDE_TAIL_WORDS):
            out[-1][1] = pieces[i + 1][1]  # (word counts are taken after this pass)
            i += 2
            continue
        out.append(p)
        i += 1
    return out


def _clauses_at_breaks(text: str, start: int, end: int, rules: ClauseRules) -> tuple[Span, ...]:
    """The clauses between the break characters and words of `rules.breaks`."""
    first = rules.break_chars.search(text, start, end)
    if first is None:  # the common case: one piece
        if text[start].isspace() or text[end - 1].isspace():
            start, end = _strip(text, start, end)
        return (_span(start, end),) if end > start else ()
    # a break can start no earlier than the spaces before the first break character
    scan_from = first.start()
    while scan_from > start and text[scan_from - 1].isspace():
        scan_from -= 1
    # [start, end, words] per piece. A break takes the spaces on both sides, so only the first
    # piece's start and the last one's end can have spaces to trim.
    pieces: list[list[int]] = []
    cur = start
    for m in rules.breaks.finditer(text, scan_from, end):
        s, e = m.span()
        if s > cur:
            pieces.append([cur, s, 0])
        cur = e
    if cur < end:
        pieces.append([cur, end, 0])
    if not pieces:
        return (_span(start, end),)
    if len(pieces) > 2:
        pieces = _join_asides(text, pieces, rules)
    if len(pieces) > 1:
        merged = [pieces[0]]
        pieces[0][2] = len(_WORD.findall(text, pieces[0][0], pieces[0][1]))
        for p in pieces[1:]:
            # the breaks between pieces hold no word characters, so the words of a merged piece
            # are the sum of its parts'
            words = len(_WORD.findall(text, p[0], p[1]))
            last = merged[-1]
            if last[2] < MIN_CLAUSE_WORDS or words < MIN_CLAUSE_WORDS:
                last[1] = p[1]
                last[2] += words
            else:
                p[2] = words
                merged.append(p)
        pieces = merged
    head, tail = pieces[0], pieces[-1]
    if text[head[0]].isspace():
        head[0] = _strip(text, head[0], head[1])[0]
    if text[tail[1] - 1].isspace():
        tail[1] = _strip(text, tail[0], tail[1])[1]
    return tuple(_span(s, e) for s, e, _ in pieces if e > s)


def split_text(text: str, is_boilerplate: Callable[[Span], bool], rules: ClauseRules | None = None) -> list[Sentence]:
    """Sentences (with their clauses) of every line that is not boilerplate.

    The first line is the headline when it reads like one; short unpunctuated lines between
    paragraphs are subheadings. Both become units of their own.
    """
    kept = [ln for ln in lines(text) if not is_boilerplate(ln)]
    if not kept:
        return []
    last = len(kept) - 1
    first = kept[0]
    # a line is trimmed, so its last character tells a punctuated line (never a heading)
    headline = (last > 0 and text[first.end - 1] not in _HEADING_END
                and _word_count(text, first.start, first.end) <= HEADLINE_MAX_WORDS)
    # The stops of the lines are found by one pass over the text from the first line after the
    # headline (often a question, which would keep the pass from opening with the full stop alone).
    pos = kept[1].start if headline else first.start
    rare = any(text.find(c, pos) >= 0 for c in _MARKS)
    stops = (_STOP_IN_LINES if rare else _FULL_STOP_IN_LINES).finditer(text, pos)
    m = next(stops, None)
    reversed_text = text[::-1]
    cuts: list[int] = []  # start, end of each sentence
    roles: list[str] = []
    dated = False  # the first body line may open with a dateline
    if headline:
        cuts += (first.start, first.end)
        roles.append("headline")
    for i, ln in enumerate(kept):
        start, end = ln.start, ln.end
        if i == 0 and headline:
            continue
        if (0 < i < last and text[end - 1] not in _HEADING_END
                and _word_count(text, start, end) <= SUBHEADING_MAX_WORDS):
            cuts += (start, end)
            roles.append("subheading")
            continue
        had = len(cuts)
        while m is not None and m.start() < start:  # a stop of a line that is no body line
            m = next(stops, None)
        cur = start
        if not dated:
            dated = True
            d = _DATELINE.match(text, start, end)
            if d is not None:
                cur = d.end()
        while m is not None and m.start() < end:
            kind: int = m.lastindex  # type: ignore[assignment]  # `_ends` without the call when the run is a boundary anyway
            after = m.end(kind) if kind <= 2 else _ends(m, text, reversed_text, end)
            if after:
                cuts += (cur, after)  # trimmed, as in `sentences_in`
                cur = m.end()
            m = next(stops, None)
        if cur < end:  # the line is trimmed: so is its last sentence
            cuts += (cur, end)
        roles += ["body"] * ((len(cuts) - had) // 2)
    out = []
    for start, end, role in zip(cuts[::2], cuts[1::2], roles, strict=True):
        # Sentence(start, end, role, text), without the dataclass __init__
        sent = _new(Sentence)
        _set_attr(sent, "__dict__", {"start": start, "end": end, "role": role, "text": text, "rules": rules})
        out.append(sent)
    return out
