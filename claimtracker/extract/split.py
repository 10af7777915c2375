"""Lines, sentences and clauses with offsets into the original text.

Splitting works on the original text: normalisation never touches punctuation, so the original
offsets are exact. Arabic sentences end with `.` `؟` `!` (often with no space before the next
word); clauses are cut at `،` `؛` `;` `,` `:` and dashes, then very short pieces are merged back,
because a clause of two words cannot carry a claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

HEADLINE_MAX_WORDS = 25
SUBHEADING_MAX_WORDS = 12
MIN_CLAUSE_WORDS = 3

# Words whose full stop is not the end of a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt capt gov sen rep prof jr sr inc corp ltd co no vs approx dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec est min maj adm cmdr hon rev".split()
)
# A sentence may end at a run of stops and the closing quotes or brackets after it.
_T = "[.!?؟…]"
_CLOSE = r"[\"'”’»)\]]*"
# Such a run (the stops as many as there are, then the quotes) and the spaces after it, where the
# next sentence starts. The group says what `_is_boundary` would: `end` and `mark` are boundaries, `dot` is one
# when the word before passes `_SAFE_WORD`, `other` asks `_is_boundary`. The pattern opens with a
# character class so the engine skips to the stops in C instead of trying at every character.
_STOP = re.compile(
    rf"{_T}(?:(?P<end>{_T}*{_CLOSE})\Z"  # at the end of the span
    rf"|(?P<mark>(?<=[!?؟…]){_T}*{_CLOSE}(?=\s)|\.*[!?؟…]{_T}*{_CLOSE}(?=\s))"  # "!" or "?" and a space
    rf"|(?<=\.)(?P<dot>\.*{_CLOSE})(?=\s)"  # full stops only, then a space
    rf"|(?P<other>{_T}*{_CLOSE}))\s*"
)
# A word before a full stop that ends a sentence for sure, read backwards in the reversed text (the
# word is the run of word characters and dots before the stop): at most 39 characters with no
# dot, opening with an Arabic letter, a digit or "_", or with a Latin letter when it is all ASCII,
# longer than one letter and no abbreviation. Any other word is left to `_is_boundary`.
_REVERSED_ABBREVIATIONS = "|".join(sorted(a[::-1] for a in _ABBREVIATIONS))
_SAFE_WORD = re.compile(
    rf"(?:\w{{0,38}}[\u0621-\u064a0-9_]|(?!(?i:{_REVERSED_ABBREVIATIONS})(?![\w.]))[A-Za-z0-9_]{{1,38}}[A-Za-z])(?![\w.])"
)
# Where str.splitlines cuts, so that a match of `_LINE` is a line less its spaces (\S is exactly
# what str.strip keeps).
_LINE = re.compile(r"\S(?:[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*\S)?")
# A comma before a number is part of a date ("February 4 and 18, 2024"), not a clause break.
_CLAUSE_BREAK = re.compile(r"\s*(?:[،؛;:]|,(?=\s)(?!\s*\d)|\s[-–—]\s)\s*")
# `_CLAUSE_BREAK` opening with a character class, so that the engine skips to the spaces and break
# characters in C instead of trying `\s*` at every character: the same matches at the same places.
_CLAUSE_CUT = re.compile(
    r"[\s،؛;:,](?:(?<=\s)\s*(?:[،؛;:]|,(?=\s)(?!\s*\d)|[-–—]\s)|(?<=[،؛;:])|(?<=,)(?=\s)(?!\s*\d))\s*"
)
# Every clause break holds one of these: a sentence without them is one clause. The engine finds
# a character class fast; `_CLAUSE_BREAK` opens with `\s*` and is tried at every character.
_BREAK_CHAR = re.compile(r"[،؛;:,\-–—]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\w+")
_NOT_WORD_OR_DOT = re.compile(r"[^\w.]")
_LOOK_BACK = 40
_HEADING_END = ".:،,;؛"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class _Clauses:
    """`Sentence.clauses`: cut on first use (most sentences never pass the cheap filter) and then
    kept in the instance, whose attribute hides this descriptor (a `cached_property` without its lock)."""

    def __get__(self, sent: Sentence | None, owner: type | None = None):
        if sent is None:
            return self
        clauses = sent.__dict__["clauses"] = clauses_in(sent.text, sent.start, sent.end)
        return clauses


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    role: str  # headline | subheading | body
    text: str = field(repr=False, compare=False)

    clauses = _Clauses()


_new = object.__new__
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__


def _span(start: int, end: int) -> Span:
    """`Span(start, end)` without the frozen dataclass's Python-level __init__ (spans are made by the dozen)."""
    span = _new(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


def _sentence(start: int, end: int, role: str, text: str) -> Sentence:
    """`Sentence(start, end, role, text)` without the frozen dataclass's Python-level __init__."""
    sent = _new(Sentence)
    sent.__dict__.update(start=start, end=end, role=role, text=text)
    return sent


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
    return [_span(*m.span()) for m in _LINE.finditer(text)]


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _is_boundary(text: str, start: int, after: int, end: int) -> bool:
    """Whether the punctuation run text[start:after] (a `_TERMINATOR` match) ends a sentence."""
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


def _cuts(text: str, start: int, end: int, reversed_text: str) -> list[tuple[int, int]]:
    """The sentences of text[start:end] as (start, end), trimmed; `reversed_text` is text[::-1]."""
    out = []
    cur = start
    if cur < end and text[cur].isspace():
        cur, _ = _strip(text, cur, end)
    n = len(text)
    for m in _STOP.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "dot":
            if _SAFE_WORD.match(reversed_text, n - m.start()) is None and not _is_boundary(
                text, m.start(), m.end(kind), end
            ):
                continue
        elif kind == "other" and not _is_boundary(text, m.start(), m.end(kind), end):
            continue
        # the run ends on a stop or a quote and `cur` is past the spaces after the last one, so
        # the piece is trimmed already
        out.append((cur, m.end(kind)))
        cur = m.end()  # past the spaces: the next sentence's first character, or the end
    if cur < end:
        out.append((cur, end) if not text[end - 1].isspace() else _strip(text, cur, end))
    return out


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    return [_span(s, e) for s, e in _cuts(text, start, end, text[::-1])]


def clauses_in(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Clauses of one sentence; pieces shorter than MIN_CLAUSE_WORDS join their neighbour."""
    if start >= end:
        return (_span(start, end),)
    first = _BREAK_CHAR.search(text, start, end)
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
    for m in _CLAUSE_CUT.finditer(text, scan_from, end):
        s, e = m.span()
        if s > cur:
            pieces.append([cur, s, 0])
        cur = e
    if cur < end:
        pieces.append([cur, end, 0])
    if not pieces:
        return (_span(start, end),)
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


def split_text(text: str, is_boilerplate: Callable[[Span], bool]) -> list[Sentence]:
    """Sentences (with their clauses) of every line that is not boilerplate.

    The first line is the headline when it reads like one; short unpunctuated lines between
    paragraphs are subheadings. Both become units of their own.
    """
    kept = [ln for ln in lines(text) if not is_boilerplate(ln)]
    last = len(kept) - 1
    reversed_text = text[::-1]
    out: list[Sentence] = []
    append = out.append
    for i, ln in enumerate(kept):
        start, end = ln.start, ln.end
        # a line is trimmed, so its last character tells a punctuated line (never a heading)
        if text[end - 1] not in _HEADING_END:
            if i == 0 and last > 0 and _word_count(text, start, end) <= HEADLINE_MAX_WORDS:
                append(_sentence(start, end, "headline", text))
                continue
            if 0 < i < last and _word_count(text, start, end) <= SUBHEADING_MAX_WORDS:
                append(_sentence(start, end, "subheading", text))
                continue
        for s, e in _cuts(text, start, end, reversed_text):
            append(_sentence(s, e, "body", text))
    return out
