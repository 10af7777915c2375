"""A speaker set off by commas after words that describe him, in a title the rules do not know
(«وقال عامل الإقليم، محمد أوحساين، إن», «وقال نائب الرئيس المكلف بالنقل عبر الأنابيب في مجمع
سوناطراك، كريم مزياني، إن»).

The frame is what marks the person, whatever the description's words: a speech verb, a
description without punctuation, a comma, a name that opens on a known given name, a comma, and
the «إن» or «أن» that opens what was said, with whom he said it to between («، لـ«…» إن»).
Without that «إن» the commas may close a list or a place («في ولاية الوادي، محمد وعلي»), so the
rule asks for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimtracker.extract.phrases import Token
from claimtracker.extract.titles_ar_words import COMMAS

# words a description may run between the speech verb and the comma before the name
DESCRIPTION_REACH = 14
# «إن», «أن» and with the pronoun, as normalised words (hamza forms folded)
_THAT = frozenset({"ان", "انه", "انها"})
_TOLD_REACH = 5  # words of whom the speaker told, between the comma after his name and «إن»
_CLAUSE_BREAK = re.compile(r"[.،,:؛;!?؟\n]")


def _that_after(text: str, tokens: list[Token], words: list[str], j: int) -> bool:
    """Whether «إن» opens what was said at token j, or after whom it was said to («، لـ«صدى الفرات»
    إن», «، للصحفيين إن»): ل and a few words with no clause break."""
    if words[j] in _THAT:
        return True
    if not tokens[j].text.startswith("ل"):
        return False
    for k in range(j + 1, min(j + 1 + _TOLD_REACH, len(tokens))):
        if _CLAUSE_BREAK.search(text, tokens[k - 1].end, tokens[k].start):
            return False
        if words[k] in _THAT:
            return True
    return False


def described_speaker(text: str, tokens: list[Token], words: list[str], name_toks: list[int],
                      speech_verb: Callable[[str], bool]) -> int | None:
    """The index of the speech verb when the name over `name_toks` is a speaker set off by commas
    after a description of one word or more, else None."""
    p, last = name_toks[0], name_toks[-1]
    if p < 2 or last + 1 >= len(tokens):
        return None
    if text[tokens[p - 1].end:tokens[p].start].strip() not in COMMAS \
            or text[tokens[last].end:tokens[last + 1].start].strip() not in COMMAS \
            or not _that_after(text, tokens, words, last + 1):
        return None
    for k in range(p - 1, max(-1, p - 2 - DESCRIPTION_REACH), -1):
        if k < p - 1 and speech_verb(words[k]):
            return k
        if k == 0 or _CLAUSE_BREAK.search(text, tokens[k - 1].end, tokens[k].start):
            return None
    return None
