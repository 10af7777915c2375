"""Which earlier claim a claim without a date of its own refers back to by naming its event.

"Doha will host a donors' conference in mid-May. ... Riyadh has not said who will attend the
conference": the second claim names the conference with a word that points back ("the", "this",
«المؤتمر», «هذا الاجتماع»), so it is about the event the first claim named with the same noun and
dated, not about a visit dated on Tuesday in the sentence just before (`inherit.inherit`). A noun
is keyed by its stem: the Arabic clitics and article are dropped («للمؤتمر», «المؤتمر» and
«مؤتمرا» are one key), and so is the English plural ending. The words are lexicon data
(`data/lexicons/event_nouns.json`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimtracker.config import DATA_DIR
from claimtracker.extract.alternation import literal_alternation
from claimtracker.text import normalize_text

if TYPE_CHECKING:
    from claimtracker.extract.document import Doc
    from claimtracker.extract.events import EventHit

_UNNAMED = "other"  # the type of words that name no single event
_DETERMINER_REACH = 24  # characters before a noun searched for a determiner that points back


@dataclass(frozen=True, slots=True)
class NounRules:
    determiner: re.Pattern | None = None  # a determiner ending right before the noun
    article: re.Pattern | None = None  # clitics and article opening an Arabic noun
    indefinite_ending: str = ""
    plural_ending: str = ""
    kind_of: re.Pattern | None = None  # "a preparatory meeting": an article and a word naming its kind

    @classmethod
    def from_spec(cls, spec: dict) -> NounRules:
        """The rules of one language from its entry in `event_nouns.json`."""
        words = [normalize_text(w) for w in spec.get("refer_determiners", [])]
        det = re.compile(rf"(?<!\w)(?:{literal_alternation(words)})\s+$", re.IGNORECASE) if words else None
        art = re.compile(spec["article"]) if spec.get("article") else None
        arts = [normalize_text(w) for w in spec.get("indefinite_articles", [])]
        kind = re.compile(rf"(?<!\w)(?:{literal_alternation(arts)})\s+([^\W\d_][\w-]*)\s+$", re.IGNORECASE) \
            if arts else None
        return cls(det, art, spec.get("indefinite_ending", ""), spec.get("plural_ending", ""), kind)


def load_noun_rules(path: Path, lang: str) -> NounRules:
    """One language's rules from an `event_nouns.json` (`Resources` reads it per language)."""
    return NounRules.from_spec(json.loads(path.read_text(encoding="utf-8")).get(lang, {}))


@lru_cache(maxsize=4)
def noun_rules(lang: str) -> NounRules:
    """The rules of the project's own data folder, for a caller holding no `Resources`."""
    return load_noun_rules(DATA_DIR / "lexicons" / "event_nouns.json", lang)


def _key(word: str, rules: NounRules) -> tuple[str, bool]:
    """The noun's key and whether an article opens it."""
    word = word.lower()
    definite = False
    if rules.article is not None:
        m = rules.article.match(word)
        if m and len(word) - m.end() >= 3:
            word, definite = word[m.end():], True
    for ending in (rules.indefinite_ending, rules.plural_ending):
        # "talks" is "talk", but "discuss" and "address" end in a doubled letter, no plural
        if ending and word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith(ending * 2):
            word = word[: -len(ending)]
    return word, definite


def named_events(doc: Doc, hits: Sequence[EventHit], rules: NounRules | None = None,
                 ) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The event nouns among `hits`: every one as (key, event type), which a later claim may refer
    back to, and the keys of those that point back to an event named before (the claim refers to it).
    `rules` are the language's (`LanguageLexicons.nouns`); without them the project's own."""
    named, back, _ = read_nouns(doc, hits, rules)
    return named, back


def read_nouns(doc: Doc, hits: Sequence[EventHit], rules: NounRules | None = None,
               ) -> tuple[frozenset[tuple[str, str]], frozenset[str], frozenset[str]]:
    """`named_events`, and the keys of the nouns named as a new event of a kind ("a preparatory
    meeting"), which a later claim naming no event does not go on about (`inherit.inherit`)."""
    if not hits:
        return frozenset(), frozenset(), frozenset()
    if rules is None:
        rules = noun_rules(doc.lang)
    named: set[tuple[str, str]] = set()
    back: set[str] = set()
    kinds: set[str] = set()
    for h in hits:
        if h.event_type == _UNNAMED:
            continue  # "the rate", «الفائدة»: a subject many events share, not one event named before
        key, definite = _key(doc.nslice(h.start, h.end), rules)
        before = doc.nslice(max(0, h.start - _DETERMINER_REACH), h.start)
        kind = rules.kind_of.search(before) if rules.kind_of is not None else None
        if kind is not None:
            # "a preparatory meeting", "an emergency summit": a new event of its own kind, which
            # a later "the meeting" does not refer to
            key = f"{kind.group(1).lower()} {key}"
            kinds.add(key)
        named.add((key, h.event_type))
        if " " in key and kind is None:
            # «جلسات الحوار», "the dialogue sessions": a later «الحوار» names the same event
            named.update((_key(w, rules)[0], h.event_type) for w in key.split() if len(w) >= 3)
        if definite or (rules.determiner is not None and rules.determiner.search(before)):
            back.add(key)
    return frozenset(named), frozenset(back), frozenset(kinds)
