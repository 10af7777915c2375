"""What a forward cue governs in a clause: the word right after it past the auxiliaries ("expected
[to] visit"), the verb after a complementiser that closes the cue's subject («يتوقع مراقبون ان
تتباطا»), and the event a verb of result brings about ("expects the talks to produce an
agreement"). `event_head.py` weighs a claim's event words with these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtracker.extract.filter import to_normalized
from claimtracker.extract.head_rules import HeadRules

if TYPE_CHECKING:
    from claimtracker.extract.document import Doc
    from claimtracker.extract.events import EventHit

# a clause break between two words, and the words of a gap (window_attach.py reads them too)
CLAUSE_BREAK = re.compile(r"[.;،,؛]")
LETTER_WORD = re.compile(r"[^\W\d_]+")
_GOVERNED_GAP_WORDS = 2  # words between a cue and the event verb it governs ("expected to visit")


def governed_word(ntext: str, ns: int, ne: int, rules: HeadRules) -> str | None:
    """The first word of normalised [ns, ne) past the auxiliaries a cue may govern across."""
    for i, m in enumerate(LETTER_WORD.finditer(ntext, ns, ne)):
        if i >= _GOVERNED_GAP_WORDS or m.group() not in rules.gap_words:
            return m.group()
    return None


_SUBJECT_WORDS = 3  # words of a source between a cue and its complementiser («يتوقع مراقبون ان»)


def after_subject(ntext: str, ns: int, ne: int, rules: HeadRules) -> str | None:
    """The verb after a complementiser that closes a cue's subject: «يتوقع مراقبون ان تتباطا»,
    "expect analysts that" (Arabic puts the expecting subject between the cue and «ان»). None
    when no complementiser follows within a short subject."""
    comp = rules.complementizer
    if comp is None:
        return None
    for i, m in enumerate(LETTER_WORD.finditer(ntext, ns, ne)):
        if i > _SUBJECT_WORDS:
            return None
        if comp.fullmatch(m.group()):
            return governed_word(ntext, m.end(), ne, rules)
    return None


_RESULT_GAP_WORDS = 3  # words between a verb of result and the event it brings ("lead to a lasting")


def result(doc: Doc, span: tuple[int, int], hits: Sequence[EventHit], rules: HeadRules) -> EventHit | None:
    """The event a verb of result brings about: "expects the talks to produce a peace agreement",
    «مفاوضات قد تفضي الى هدنة» are about the agreement and the truce, not the talks."""
    if rules.result is None:
        return None
    ns, ne = to_normalized(doc.norm, span[0], span[1])
    m = rules.result.search(doc.norm.text, ns, ne)
    if m is None:
        return None
    v_end = doc.norm.offsets[m.end() - 1] + 1
    obj = next((h for h in hits if v_end <= h.start < span[1]), None)
    if obj is None or obj.priority < 2:
        return None
    between = doc.text[v_end : obj.start]
    if CLAUSE_BREAK.search(between) or len(LETTER_WORD.findall(between)) > _RESULT_GAP_WORDS:
        return None
    return obj


def governs(between: str, rules: HeadRules) -> bool:
    """Whether only auxiliaries stand between a cue and an event word ("expected [to] visit");
    `between` is normalised."""
    words = LETTER_WORD.findall(between)
    return len(words) <= _GOVERNED_GAP_WORDS and all(w in rules.gap_words for w in words)
