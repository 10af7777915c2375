"""Commentators' firm views: a sentence that opens on a direct quote whose speaker the text
introduces by a commentator's role ("'The shops will not vanish overnight,' said X, a health
policy researcher at ...") gives his opinion. A firm forecast in it (will, will not) is not a claim
anyone can hold the speaker to, and the golds leave such quotes out (51 of 57 high-certainty
mentions in them matched no gold claim); a hedged one ("could stall", "I expect them to agree")
is a forecast and stays.
"""

from __future__ import annotations

import re

from claimtracker.extract.drafts import Draft
from claimtracker.extract.phrases import QUOTES_CLOSE, QUOTES_OPEN

__all__ = ["drop_commentary"]

_FIRM = 0.8  # the certainty from which a forecast is firm (will, is to)
_OPENING = tuple(QUOTES_OPEN)
_CLOSING = re.compile("[" + re.escape("".join(sorted(QUOTES_CLOSE))) + "]")


def drop_commentary(text: str, drafts: list[Draft], commentators: re.Pattern | None) -> list[Draft]:
    """The drafts less the firm forecasts in a commentator's direct quote."""
    if commentators is None:
        return drafts
    return [d for d in drafts if not _firm_commentary(text, d, commentators)]


def _firm_commentary(text: str, d: Draft, commentators: re.Pattern) -> bool:
    if d.kind == "assertion" or d.reading.certainty < _FIRM or d.sentence.role != "body":
        return False
    sentence = d.sentence
    words = text[sentence.start:sentence.end].lstrip()
    if not words.startswith(_OPENING):
        return False
    opening = sentence.end - len(words)
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.start)
    line_end = len(text) if line_end < 0 else line_end
    # the speaker is introduced after the quote's closing mark ("...," said X, an economist at Y.),
    # or, for a quote going on in a second sentence, after the closing mark before it
    close = _CLOSING.search(text, opening + 1, line_end)
    before = max(text.rfind(mark, line_start, opening) for mark in QUOTES_CLOSE)
    return any(_introduces(text, at + 1, line_end, commentators)
               for at in (close.start() if close else -1, before) if at >= 0)


def _introduces(text: str, at: int, end: int, commentators: re.Pattern) -> bool:
    """Whether the words from `at` to the sentence's end name a commentator's role."""
    stop = text.find(".", at, end)
    return commentators.search(text, at, end if stop < 0 else stop) is not None
