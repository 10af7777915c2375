"""Event words of a claim that belong to its frame, not to what it says will happen.

Two frames name events of their own: the reporting frame before the forward cue ("people familiar
with the talks said that ...", «قال مصدر مطلع على المفاوضات إن ...»), whose event words name
the source, and a relative aside (", which has fired missiles"), whose event words describe a noun
of the claim. `event_head.head_event` sets both aside before it picks the claim's event. The word
lists (reporting verbs, complementisers, relative pronouns) are lexicon data (`head` in
`data/lexicons/events_*.json`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # event_head.py imports this module, so these imports run one way only
    from claimtracker.extract.document import Doc
    from claimtracker.extract.events import EventHit
    from claimtracker.extract.head_rules import HeadRules


def without_reporting_frame(doc: Doc, hits: Sequence[EventHit], cue_start: int, rules: HeadRules,
                             lo: int) -> list[EventHit]:
    """`hits` less the words of the reporting frame before the cue: a statement word before a
    complementiser ("said in a statement that the navies would ..."), and any event word of a
    source, between a reporting verb and its complementiser: it names who speaks ("people
    familiar with the talks said that a deal was unlikely", «قال مصدر مطلع على المفاوضات إن»,
    the verb first), not what the source says will happen. `lo` is where the claim starts."""
    if rules.complementizer is None:
        return list(hits)
    out = []
    for h in hits:
        if h.end <= cue_start:
            frame = doc.nslice(h.end, cue_start)
            comp = rules.complementizer.search(frame)
            if comp is not None and (h.event_type == "statement" or _in_source(doc, h, frame[: comp.start()], lo, rules)):
                continue
        out.append(h)
    return out


def outside_frame(doc: Doc, sentence_hits: Sequence[EventHit], claim_start: int,
                  rules: HeadRules) -> list[EventHit]:
    """The sentence's event words less the statement words of a reporting frame before the
    claim: "said at a news conference that ..., adding that the currency would firm", «قال في
    مؤتمر صحفي إن ...، مضيفا أن سعر الصرف سيتحسن»: the conference is where the claim was made,
    as for a claim's own frame (`without_reporting_frame`), not what it is about."""
    comp = rules.complementizer
    if comp is None:
        return list(sentence_hits)
    return [h for h in sentence_hits
            if not (h.event_type == "statement" and h.end <= claim_start
                    and comp.search(doc.nslice(h.end, claim_start)) is not None)]


def _in_source(doc: Doc, hit: EventHit, to_comp: str, lo: int, rules: HeadRules) -> bool:
    """Whether a reporting verb frames `hit`: after it and before the complementiser
    (`to_comp`, normalised), or before it with no complementiser between the verb and it."""
    if rules.reporting is None or rules.complementizer is None:
        return False
    if rules.reporting.search(to_comp):
        return True
    lead = doc.nslice(lo, hit.start)
    verbs = list(rules.reporting.finditer(lead))
    return bool(verbs) and rules.complementizer.search(lead, verbs[-1].end()) is None


def outside_source(doc: Doc, hits: Sequence[EventHit], source: str | None, lo: int, hi: int,
                   cues: Sequence[tuple[int, int]] = ()) -> Sequence[EventHit]:
    """`hits` less the event words of the claim's source phrase, when that phrase stands in the
    sentence [lo, hi): "a person briefed on the talks said", ", two diplomats involved in the
    negotiations said", «مصادر مطلعة على المحادثات» name who speaks, wherever the phrase stands and
    with or without a complementiser, not what the claim says will happen. A phrase holding one of
    the claim's `cues` is no source phrase («توقعات بصدور ...» read as a speaker): nothing is set aside."""
    if not source or not hits:
        return hits
    at = doc.text.find(source, lo, hi)
    if at < 0:
        return hits  # a source carried over from an earlier sentence
    end = at + len(source)
    if any(at <= c_start < end for c_start, _ in cues):
        return hits
    # A statement word inside a phrase before the claim ("said in a statement that") is
    # `without_reporting_frame`'s to read; a phrase after the claim's cues is all frame, and a
    # statement word right after it closes it ("..., the ministry said in a statement.").
    trailing = bool(cues) and at > max(cues)[0]  # (the greatest start: pairs compare by it first)
    kept = [h for h in hits if not (at <= h.start and h.end <= end and (trailing or h.event_type != "statement"))
            and not (h.event_type == "statement" and _closes(doc, end, h.start))]
    return hits if len(kept) == len(hits) else kept


def _closes(doc: Doc, end: int, start: int) -> bool:
    """Whether a statement word at `start` closes the source phrase ending at `end`: only a
    preposition and determiners between ("said in a statement", «قالت في بيان»)."""
    return start >= end and _CLOSING_GAP.fullmatch(doc.nslice(end, start)) is not None


_CLOSING_GAP = re.compile(r"\s*(?:on \w+\s+)?(?:in|via|through|في|عبر)\s+(?:(?:a|an|its|their|the|joint)\s+)*")

_ASIDE_BREAK = re.compile(r"[,،;؛]")  # a comma opens a relative aside; a full stop may be an initial ("U.N.")


def in_aside(doc: Doc, hit: EventHit, claim: tuple[int, int], anchor: tuple[int, int], rules: HeadRules) -> bool:
    """Whether `hit` sits in a relative clause other than the anchor: ", which has fired
    missiles", «، التي شهدت اشتباكات» describe a noun of the claim, they are not its event."""
    if rules.relative is None or anchor[0] <= hit.start < anchor[1]:
        return False
    lo = max(claim[0], anchor[1]) if hit.start >= anchor[1] else claim[0]
    before = doc.text[lo : hit.start]
    breaks = [m.end() for m in _ASIDE_BREAK.finditer(before)]
    if not breaks:
        return False
    return rules.relative.match(doc.nslice(lo + breaks[-1], hit.start)) is not None
