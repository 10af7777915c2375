"""Event words, reporting verbs and unpaired sources of one sentence in a single regex pass.

A lexicon pattern spends most of its time stopping at every word start, so three patterns run
over a sentence cost about three times one. Here they share one pass, as `cues.compile_scan`
does for the cue lists: it stops only where the merged gate of the three says one may match,
and there tests each pattern in a lookahead of its own. The pass runs over the sentence alone
(`finditer(text, start, end)`), so each pattern sees the string it saw on its own, the end of the
sentence as the end of the text included; per pattern, the hits are then chained left to right
without overlap, which is what `finditer` of that pattern gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from claimtracker.extract.attribution import Hit
from claimtracker.extract.build_cache import compile_parsed
from claimtracker.extract.cues import gate_edges
from claimtracker.extract.events import EventHit
from claimtracker.extract.gate import closing, gate, top_split
from claimtracker.extract.records import event_hit, hit

# What `cues._gated` puts before every pattern: the word-start test, Arabic then English.
_LEADS = (r"(?<!\w)", r"(?<![\w'-])")
# The character before a word start, which the pass consumes instead of testing the word start:
# a pattern opening with a character class makes the engine skip to the next character in it
# at C speed, instead of trying the pattern at every position.
_BEFORE_WORD = {r"(?<!\w)": r"\W", r"(?<![\w'-])": r"[^\w'-]"}
_LABEL_GROUP = re.compile(r"\(\?P<g(\d+)>")


def _gated_parts(pattern: str) -> tuple[str, str, str] | None:
    """A `cues._gated` pattern as (word-start test, what its gate lookahead holds, all after the
    word-start test); None for another kind of pattern."""
    lead = next((le for le in _LEADS if pattern.startswith(le + "(?=")), None)
    if lead is None:
        return None
    rest = pattern[len(lead):]
    end = closing(rest, 0)  # the gate is the first group of the rest
    return (lead, rest[3 : end - 1], rest) if end > 0 else None


def _group(tree: _parser.SubPattern, number: int) -> _parser.SubPattern:
    """The parsed body of group `number` in a parsed pattern."""
    todo = [tree]
    while todo:
        for op, av in todo.pop():
            if op is sre.SUBPATTERN:
                if av[0] == number:
                    return av[3]
                todo.append(av[3])
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                todo.append(av[1])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                todo.append(av[2])
            elif op is sre.BRANCH:
                todo.extend(av[1])
            elif op is sre.ATOMIC_GROUP:
                todo.append(av)
    raise KeyError(number)


@dataclass(frozen=True, slots=True)
class SentenceScan:
    """The shared pass of the events, speech and unpaired-source patterns."""

    pattern: re.Pattern  # matches the character before each word start where a pattern may match
    groups: tuple[int, int, int]  # group number of each pattern's whole match
    event_labels: tuple[int, int, tuple]  # first and last+1 label group number, and their labels
    unpaired_labels: tuple[int, int, tuple]
    # the three patterns themselves with their `match.lastindex` label tables, for the start of
    # the text, where no character stands before the first word (a pass of its own compiled for
    # that one position cost as much as `pattern` to build)
    own: tuple[re.Pattern, re.Pattern, re.Pattern]
    own_labels: tuple[tuple, tuple]

    @classmethod
    def build(cls, events: re.Pattern | None, event_labels: Sequence, speech: re.Pattern | None,
              unpaired: re.Pattern | None, unpaired_labels: Sequence) -> SentenceScan | None:
        """The pass, or None when a pattern is missing or the three cannot share one.

        The label tables are those of `cues.group_labels` (the label of each group number).
        """
        if events is None or speech is None or unpaired is None:
            return None
        patterns = (events, speech, unpaired)
        parts: list[Any] = [_gated_parts(p.pattern) for p in patterns]
        if any(p is None for p in parts) or len({lead for lead, _, _ in parts}) != 1:
            return None
        # unnamed groups would shift the label groups
        if any(p.groups != len(p.groupindex) for p in patterns):
            return None
        lead = parts[0][0]
        before, after = gate_edges(lead, parts[0][1])
        tests: list[str] = []
        for _, g, _ in parts:
            if not (g.startswith(before) and g.endswith(after)):
                return None
            tests.extend(top_split(g[len(before):len(g) - len(after)]) or [g])
        # one trie over every gate: a word start where no pattern can match costs one test
        merged = f"{before}(?:{gate(tests)}){after}"
        tests_at = "".join(
            f"(?=(?P<p{i}>{_LABEL_GROUP.sub(lambda m, i=i: f'(?P<p{i}g{m.group(1)}>', rest)}))?"  # type: ignore[misc]
            for i, (_, _, rest) in enumerate(parts)
        )
        # the match consumes the character before the word start: the pass goes on from the next
        # position at once, as `finditer` of each pattern would
        source = f"{_BEFORE_WORD[lead]}(?={merged}){tests_at}"
        tree = _parser.parse(source)
        index = tree.state.groupdict
        # a pattern that can match the empty string chains differently from `finditer`: each
        # pattern's shortest match is read from its copy in the pass (its word-start test, left
        # out there, is of no width), so the long event pattern is not parsed once more for it
        if any(_group(tree, index[f"p{i}"]).getwidth()[0] == 0 for i in range(3)):
            return None
        # compiled from the tree just read: parsing is most of the cost of a pattern this long
        pattern = compile_parsed(source, tree)
        tables = []
        for i, (p, labels) in zip((0, 2), ((events, event_labels), (unpaired, unpaired_labels)), strict=True):
            numbers = sorted((index[f"p{i}{name}"], p.groupindex[name]) for name in p.groupindex)
            lo, hi = numbers[0][0], numbers[-1][0] + 1
            if hi - lo != len(numbers):
                return None
            tables.append((lo, hi, tuple(labels[own] for _, own in numbers)))
        return cls(pattern, (index["p0"], index["p1"], index["p2"]), tables[0], tables[1],
                   (events, speech, unpaired), (tuple(event_labels), tuple(unpaired_labels)))

    def find(self, ntext: str, start: int, end: int, offsets: Sequence[int]) -> tuple[list[EventHit], list[Hit], list[Hit]]:
        """Event words, reporting verbs and unpaired sources in ntext[start:end], as `finditer`
        of each pattern over that span finds them, in original offsets."""
        events: list[EventHit] = []
        speech: list[Hit] = []
        unpaired: list[Hit] = []
        g_event, g_speech, g_unpaired = self.groups
        e_lo, e_hi, e_labels = self.event_labels
        u_lo, u_hi, u_labels = self.unpaired_labels
        last_event = last_speech = last_unpaired = start
        if start > 0:
            # `pattern` from the character before the span tests the span's first position too
            # (the word-start test reads that character either way)
            matches = self.pattern.finditer(ntext, start - 1, end)
        else:
            # a match of `pattern` takes the character before the word start, so none starts at
            # the text start: there each pattern is tried alone, and its match, as the first of
            # its `finditer`, comes before what the pass finds
            matches = self.pattern.finditer(ntext, start, end)
            events_at, speech_at, unpaired_at = (p.match(ntext, start, end) for p in self.own)
            if events_at is not None:
                last_event = events_at.end()
                name, priority = self.own_labels[0][events_at.lastindex]  # type: ignore[index]
                events.append(event_hit(name, priority, offsets[start], offsets[last_event - 1] + 1))
            if speech_at is not None:
                last_speech = speech_at.end()
                speech.append(hit("speech", offsets[start], offsets[last_speech - 1] + 1))
            if unpaired_at is not None:
                last_unpaired = unpaired_at.end()
                unpaired.append(hit(self.own_labels[1][unpaired_at.lastindex], offsets[start],  # type: ignore[index]
                                    offsets[last_unpaired - 1] + 1))
        for m in matches:
            regs = m.regs
            # per pattern: -1 is no match here, and a match starting inside its last one is none
            s, e = regs[g_event]
            if s >= last_event:
                last_event = e
                labels = regs[e_lo:e_hi]  # one label group takes part, the others are (-1, -1)
                name, priority = e_labels[labels.index(max(labels))]
                events.append(event_hit(name, priority, offsets[s], offsets[e - 1] + 1))
            s, e = regs[g_speech]
            if s >= last_speech:
                last_speech = e
                speech.append(hit("speech", offsets[s], offsets[e - 1] + 1))
            s, e = regs[g_unpaired]
            if s >= last_unpaired:
                last_unpaired = e
                labels = regs[u_lo:u_hi]
                unpaired.append(hit(u_labels[labels.index(max(labels))], offsets[s], offsets[e - 1] + 1))
        return events, speech, unpaired
