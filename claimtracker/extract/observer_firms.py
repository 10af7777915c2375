"""Observers named by the firm they work for: "ASB economists expect", "Capital Economics analysts
said". The annotation guideline calls a named institution's economists a named source ("Deutsche
Bank economists said"), while "analysts say" and "most economists expect" are observers. The
source patterns read lowercased text, so the firm's capital letters are checked on the original."""

from __future__ import annotations

import re

__all__ = ["firm_observers"]

# a capitalised name or abbreviation right before an observers' noun is the firm they work for
# ("ASB economists", "Capital Economics analysts"); a quantifier that opens a sentence is not one
_CAPITALISED_FIRM = re.compile(
    r"(?!(?:Most|Many|Some|Several|Other|Political|Independent|Private|Foreign|Local|Western|Market|Leading)\b)"
    r"[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2} (?:economists|analysts|strategists)\b")


def firm_observers(text: str, start: int, end: int) -> bool:
    """Whether an observers' phrase opens on the name of the firm they work for: an abbreviation
    ("ASB economists"), or capitalised words not opening the sentence ("Regional analysts say")."""
    m = _CAPITALISED_FIRM.match(text, start, end)
    if m is None:
        return False
    first = text[start:end].split(" ", 1)[0]
    return first.isupper() or not _SENTENCE_OPENS.search(text[max(0, start - 3):start] or "\n")


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n\"“«]\s*)$")
