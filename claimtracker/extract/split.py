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
from functools import cached_property

HEADLINE_MAX_WORDS = 25
SUBHEADING_MAX_WORDS = 12
MIN_CLAUSE_WORDS = 3

# Words whose full stop is not the end of a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt capt gov sen rep prof jr sr inc corp ltd co no vs approx dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec est min maj adm cmdr hon rev".split()
)
_TERMINATOR = re.compile(r"[.!?؟…]+[\"'”’»)\]]*")
# A comma before a number is part of a date ("February 4 and 18, 2024"), not a clause break.
_CLAUSE_BREAK = re.compile(r"\s*(?:[،؛;:]|,(?=\s)(?!\s*\d)|\s[-–—]\s)\s*")
# Every clause break holds one of these: a sentence without them is one clause. The engine finds
# a character class fast; `_CLAUSE_BREAK` opens with `\s*` and is tried at every character.
_BREAK_CHAR = re.compile(r"[،؛;:,\-–—]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\w+")
_NOT_WORD_OR_DOT = re.compile(r"[^\w.]")
_LOOK_BACK = 40


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    role: str  # headline | subheading | body
    text: str = field(repr=False, compare=False)

    @cached_property
    def clauses(self) -> tuple[Span, ...]:
        """Cut on first use: most sentences never pass the cheap filter."""
        return clauses_in(self.text, self.start, self.end)


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
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        s, e = _strip(text, pos, pos + len(raw))
        if e > s:
            out.append(Span(s, e))
        pos += len(raw)
    return out


def _word_count(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _is_boundary(text: str, m: re.Match, end: int) -> bool:
    """Whether the punctuation run `m` ends a sentence."""
    after = m.end()
    if after >= end:
        return True
    nxt = text[after]
    punct = m.group()
    if "." not in punct or any(c in punct for c in "!?؟…"):
        return nxt.isspace() or nxt.isalpha()
    # only the word before the stop matters; a bounded look-back keeps splitting linear
    before = text[max(0, m.start() - _LOOK_BACK) : m.start()].rsplit(None, 1)
    token = before[-1] if before else ""
    word = _NOT_WORD_OR_DOT.split(token)[-1].lower() if token else ""
    if nxt.isspace():
        # "K.P. Sharma", "U.S. officials", "Gen. Smith": initials and abbreviations go on.
        bare = word.replace(".", "")
        if _LATIN_LETTER.match(bare or "x") and (len(bare) == 1 or "." in word or bare in _ABBREVIATIONS):
            return False
        return True
    if m.start() > 0 and text[m.start() - 1].isdigit() and nxt.isdigit():
        return False  # 1.00%
    if "\u0600" <= nxt <= "\u06ff":
        return True  # Arabic full stop with no space after it
    # Latin with no space: "said.The" ends a sentence, "lebanon24.com" and "U.S." do not.
    return nxt.isupper() and len(word.replace(".", "")) >= 2 and "." not in word


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    out = []
    cur = start
    for m in _TERMINATOR.finditer(text, start, end):
        if _is_boundary(text, m, end):
            s, e = _strip(text, cur, m.end())
            if e > s:
                out.append(Span(s, e))
            cur = m.end()
    s, e = _strip(text, cur, end)
    if e > s:
        out.append(Span(s, e))
    return out


def clauses_in(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Clauses of one sentence; pieces shorter than MIN_CLAUSE_WORDS join their neighbour."""
    first = _BREAK_CHAR.search(text, start, end) if start < end else None
    if start < end and first is None:
        s, e = _strip(text, start, end)  # the common case: one piece
        return (Span(s, e),) if e > s else ()
    # a break can start no earlier than the spaces before the first break character
    scan_from = first.start() if first is not None else start
    while scan_from > start and text[scan_from - 1].isspace():
        scan_from -= 1
    pieces: list[list[int]] = []
    cur = start
    for m in _CLAUSE_BREAK.finditer(text, scan_from, end):
        if m.start() > cur:
            pieces.append([cur, m.start()])
        cur = m.end()
    if cur < end:
        pieces.append([cur, end])
    if not pieces:
        return (Span(start, end),)
    if len(pieces) == 1:  # nothing to merge, so no words to count
        s, e = _strip(text, *pieces[0])
        return (Span(s, e),) if e > s else ()
    merged: list[list[int]] = []
    for p in pieces:
        # [start, end, words]: the breaks between pieces hold no word characters, so the words
        # of a merged piece are the sum of its parts'
        words = _word_count(text, p[0], p[1])
        if merged and (merged[-1][2] < MIN_CLAUSE_WORDS or words < MIN_CLAUSE_WORDS):
            merged[-1][1] = p[1]
            merged[-1][2] += words
        else:
            merged.append([p[0], p[1], words])
    out = []
    for s, e, _ in merged:
        s, e = _strip(text, s, e)
        if e > s:
            out.append(Span(s, e))
    return tuple(out)


def _looks_like_heading(text: str, span: Span, max_words: int) -> bool:
    line = text[span.start : span.end].rstrip()
    if not line or line[-1] in ".:،,;؛":
        return False
    return _word_count(text, span.start, span.end) <= max_words


def split_text(text: str, is_boilerplate: Callable[[Span], bool]) -> list[Sentence]:
    """Sentences (with their clauses) of every line that is not boilerplate.

    The first line is the headline when it reads like one; short unpunctuated lines between
    paragraphs are subheadings. Both become units of their own.
    """
    kept = [ln for ln in lines(text) if not is_boilerplate(ln)]
    out: list[Sentence] = []
    for i, ln in enumerate(kept):
        role = "body"
        if i == 0 and len(kept) > 1 and _looks_like_heading(text, ln, HEADLINE_MAX_WORDS):
            role = "headline"
        elif 0 < i < len(kept) - 1 and _looks_like_heading(text, ln, SUBHEADING_MAX_WORDS):
            role = "subheading"
        if role != "body":
            out.append(Sentence(ln.start, ln.end, role, text))
            continue
        for s in sentences_in(text, ln.start, ln.end):
            out.append(Sentence(s.start, s.end, "body", text))
    return out
