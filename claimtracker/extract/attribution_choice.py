"""Which of a sentence's attribution candidates speaks for one clause: the nearest, then the most
identifiable, then the longest; a speaker whose words follow it does not speak for a clause before
it (`attribution.candidates` finds the candidates once per sentence)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtracker.extract.appositions import CLAUSE_END
from claimtracker.extract.source_grammar import starts_with
from claimtracker.models import Attribution

Candidate = tuple[int, int, str, int, int]  # (-rank, -length, kind, start, end)


def closest(text: str, found: Sequence[Candidate], clause: tuple[int, int],
            closing: Sequence[re.Pattern] = ()) -> Attribution | None:
    """The attribution of a clause among its sentence's `candidates`: the nearest, then the most
    identifiable, then the longest. `closing`: the words that open a source placed after what it
    tells ("according to", «وفق»: `SourceGrammar.closing_sources`)."""
    c_start, c_end = clause
    # a speaker whose words follow it speaks for them, not for a clause before it ("X will come,
    # and officials hope to Y"; «..., وقال مصدر إن ...»); a closing one ("X, officials said on
    # Monday.") speaks for what came before, as does one opening with "according to" whatever follows
    # it («…، وفق مصدر أضاف أن …»)
    found = [c for c in found if c[3] < c_end or not _introduces(text, c[4])
             or (closing and starts_with(closing, text[c[3]:c[4]]))]
    if not found:
        return None
    _, _, _, kind, start, end = min((_distance(c[3], c[4], c_start, c_end), *c) for c in found)
    return Attribution(kind, text[start:end])


# words a closing speaker may take after its verb ("said on Wednesday in a statement")
_CLOSING_WORDS = 3
# "that", «أن» and their forms: the word that opens what a reporting verb introduces
COMPLEMENTIZERS = "that|[اأإ]ن|[اأإ]نه|[اأإ]نها|بان|بأن"
_OPENS_CLAUSE = re.compile(rf"\s*(?:{COMPLEMENTIZERS}|to)(?!\w)")


def _introduces(text: str, end: int) -> bool:
    """Whether a clause follows a source (its complementizer, or more than a few words before
    the clause ends): the source introduces it."""
    if _OPENS_CLAUSE.match(text, end):
        return True
    stop = CLAUSE_END.search(text, end)
    return len(text[end : stop.start() if stop else len(text)].split()) > _CLOSING_WORDS


def _distance(start: int, end: int, c_start: int, c_end: int) -> int:
    return 0 if start < c_end and end > c_start else min(abs(start - c_end), abs(end - c_start))
