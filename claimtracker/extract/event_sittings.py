"""A deciding body's own sitting is no meeting: it is about what the body decides.

The board of a central bank or a fund meets to decide on a measure: "the bank's board next meets
on August 20", "the Fund's executive board is expected to discuss the review". The annotation
guideline counts rate decisions as `other`, so the sitting only carries the decision. Talks
between parties (a meeting of ministers, a "meeting with" a visitor) stay meetings.

A legislature's sittings were read the same way until session 24 ("parliament will hold a special
session", «يعقد مجلس النواب جلسة»). Over the 51 seen sets the golds of the later sets call them
meetings, even when held to vote («جلسة رسمية في بنغازي للتصويت على ...», "the National Assembly will
hold its ordinary session"), so the legislatures left `sitting_bodies` (docs/extraction.md,
"Session 24"); the Arabic list is empty.

`read_sittings` re-reads a sentence's meeting words: a sitting word (session, meet, convene,
discuss) is `other` when a deciding body is its subject in the same clause just before it, or its
owner just after it ("a session of the board"), unless the body word is the head of a title or the
sitting is held "with" someone. The word lists are lexicon data (`sitting_words`,
`sitting_bodies`, `body_titles`, `sitting_partners` in the `head` section of
`data/lexicons/events_*.json`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from re import _parser  # type: ignore[attr-defined]
from typing import TYPE_CHECKING

from claimtracker.extract.alternation import compile_led
from claimtracker.extract.filter import to_normalized

if TYPE_CHECKING:  # events.py loads the rules, so the imports run one way only
    from claimtracker.extract.document import Doc
    from claimtracker.extract.events import EventHit

_BODY_BEFORE = 70  # characters before a sitting word where its subject stands ("parliament will hold a special")
_BODY_AFTER = 28  # characters after it where its owner stands ("session of the parliament", «جلسه لمجلس النواب»)
_PARTNER_WORDS = 4  # words between a sitting word and its partner ("meet in Geneva on Monday with")
_TITLE_BEFORE = 24  # characters before a body word where a title heading it stands ("the speaker of")
# a clause break between the body and its sitting: the sitting is someone else's
_BREAK = re.compile(r"[.;:،,؛!?\n]")


@dataclass(frozen=True, slots=True)
class SittingRules:
    sitting: re.Pattern | None = None  # the whole hit is a sitting word ("session", «جلسه»)
    body: re.Pattern | None = None  # a deciding body ("parliament", "the bank's board", «البرلمان»)
    title: re.Pattern | None = None  # ends with a title heading the body ("speaker of", «رئيس»)
    partner: re.Pattern | None = None  # a sitting's partner ("with", «مع»), a few words after it
    breaks: re.Pattern | None = None  # a word ending the body's clause ("said", "and", «ان»)
    body_width: int | None = None  # the longest body match; None: unbounded (no scan limit)

    @classmethod
    def from_spec(cls, spec: dict) -> SittingRules:
        def alt(key: str) -> str | None:
            terms = [t for t in spec.get(key, []) if t]
            return "|".join(sorted(terms, key=len, reverse=True)) if terms else None

        sitting, body, title, partner, breaks = (
            alt(k) for k in ("sitting_words", "sitting_bodies", "body_titles", "sitting_partners", "sitting_breaks"))
        body_pattern = rf"(?<!\w)(?:{body})(?!\w)" if body else None
        width = _parser.parse(body_pattern).getwidth()[1] if body_pattern else None
        return cls(
            re.compile(rf"^\W*(?:{sitting})\W*$") if sitting else None,
            compile_led(body_pattern) if body_pattern else None,
            compile_led(rf"(?<!\w)(?:{title})\W*$") if title else None,
            re.compile(rf"\s*(?:[^\s.;:،,؛!?]+\s+){{0,{_PARTNER_WORDS}}}?(?:{partner})(?!\w)") if partner else None,
            compile_led(rf"(?<!\w)(?:{breaks})(?!\w)") if breaks else None,
            width if width is not None and width < _parser.MAXREPEAT else None,
        )


def _owned(ntext: str, ns: int, ne: int, rules: SittingRules) -> bool:
    """Whether a deciding body (not a title heading one) is the subject just before the sitting
    word at normalised [ns, ne) or its owner just after it, with no clause break between."""
    body = rules.body
    if body is None:
        return False
    lo = max(0, ns - _BODY_BEFORE)
    # the scan starts a title's length earlier, so a body is read whole («مجلس النواب», not «النواب»)
    # (no end bound: a body word may look ahead at the sitting word, "legislative(?= session)")
    before = []
    # Only bodies ending by the sitting word count: the scan stops a body's width (twice, for a
    # look-ahead such as "legislative(?= session)") past it, not at the text's end, which it
    # reached whenever no body followed (most of this module's cost).
    width = rules.body_width
    stop = len(ntext) if width is None else min(len(ntext), ns + 2 * width + 1)
    for m in body.finditer(ntext, max(0, lo - _TITLE_BEFORE), stop):
        if m.end() > ns:
            break
        if m.end() > lo and not clause_ends(ntext, m.end(), ns, rules):
            before.append(m)
    after = body.search(ntext, ne, min(len(ntext), ne + _BODY_AFTER))
    if after is not None and not clause_ends(ntext, ne, after.start(), rules):
        before.append(after)
    for m in before:
        if rules.title is None or not rules.title.search(ntext, max(0, m.start() - _TITLE_BEFORE), m.start()):
            return True
    return False


def clause_ends(ntext: str, start: int, end: int, rules: SittingRules) -> bool:
    """Whether a clause ends between a body word and a sitting or vote word ("the Labour Congress
    said its leaders would meet": the leaders' meeting is not the body's sitting; "lawmakers said
    the vote may be postponed": the lawmakers only speak). Also read by `event_refer.read_votes`."""
    return bool(_BREAK.search(ntext, start, end)) or (rules.breaks is not None
                                                      and rules.breaks.search(ntext, start, end) is not None)


def read_sittings(doc: Doc, hits: Sequence[EventHit], rules: SittingRules) -> Sequence[EventHit]:
    """`hits` with each sitting word of a deciding body read as `other` (module docstring)."""
    if rules.sitting is None or rules.body is None or not any(h.event_type == "meeting" for h in hits):
        return hits
    ntext = doc.norm.text
    out = []
    for h in hits:
        if h.event_type == "meeting" and rules.sitting.match(doc.nslice(h.start, h.end)):
            ns, ne = to_normalized(doc.norm, h.start, h.end)
            partner = rules.partner is not None and rules.partner.match(ntext, ne) is not None
            if not partner and _owned(ntext, ns, ne, rules):
                h = replace(h, event_type="other")
        out.append(h)
    return out
