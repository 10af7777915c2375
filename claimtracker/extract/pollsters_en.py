"""Polling firms named by the poll they publish: "a poll by Sumadija Research", "according to a
Cadem survey", "the pollster Vox Populi Research", "a poll by the Warsaw-based Opinia Research".

The golds list a pollster whose poll a claim rests on as an organisation (21 of 27 such firms in
the seen English articles). The words are data (`org_descriptors_en.json`: `poll_nouns_en`,
`poll_by_en`, `pollster_nouns_en`). A name that is a place or overlaps a known actor, a month or
day ("the June poll"), and the outlet of the text's own dateline ("a Sumida River Wire poll") are
left out: an outlet's own poll is its reporting, not another body's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from claimtracker.extract.alternation import literal_alternation

_NAME = r"(?:[A-Z][\w'’&.-]*)(?: (?:of |de |for |and )?[A-Z][\w'’&.-]*){0,4}"
_BASED = r"(?:[A-Z][\w-]*-based )?"


class PollsterPatterns(NamedTuple):
    by_firm: re.Pattern[str]  # "a poll by (the) X", "the pollster X"
    before_noun: re.Pattern[str]  # "a X poll"
    # "a poll by the Santa Cruz firm Encuestas Oriente": the words read as the name were the
    # firm's place; its name follows a firm noun
    after_place: re.Pattern[str]
    # a poll's or a pollster's noun, lowercased: most texts hold none, and the two patterns above,
    # which try every article and capitalised word, are not run over them
    gate: frozenset[str]

    @classmethod
    def from_table(cls, table: dict) -> PollsterPatterns:
        words = {key: table.get(key, []) for key in ("poll_nouns_en", "poll_by_en", "pollster_nouns_en")}
        nouns, by, firms = (literal_alternation(w) if w else "(?!)" for w in words.values())
        by_firm = re.compile(rf"\b(?:(?:{nouns}) (?:{by}) (?:the )?(?:(?:{firms}) )?|(?:{firms}) ){_BASED}(?P<name>{_NAME})")
        before_noun = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ll]atest|[Nn]ew|[Rr]ecent) (?P<name>{_NAME}) (?:{nouns})\b")
        after_place = re.compile(rf" (?:{firms}|firm|company|agency|institute) (?P<name>{_NAME})")
        gate = frozenset(w.lower() for key in ("poll_nouns_en", "pollster_nouns_en") for w in words[key])
        return cls(by_firm, before_noun, after_place, gate)


def pollster_spans(text: str, patterns: PollsterPatterns, places: list[tuple[int, int]],
                   stopword: Callable[[str], bool]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each polling firm the text names by its poll, once per name; none that
    overlaps a place (`places`)."""
    out: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    lowered = text.lower()
    if not any(w in lowered for w in patterns.gate):
        return out
    for pattern in (patterns.by_firm, patterns.before_noun):
        for m in pattern.finditer(text):
            named = patterns.after_place.match(text, m.end("name")) if pattern is patterns.by_firm else None
            start, end = (named or m).span("name")
            name = (named or m).group("name").rstrip(".")
            end = start + len(name)
            if name in seen or stopword(name.split(" ", 1)[0]) or f"({name})" in text \
                    or any(s < end and start < e for s, e in places):
                continue
            seen.add(name)
            out.append((name, start, end))
    return out
