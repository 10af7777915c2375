"""`Resources`: everything extraction reads from `data/`, compiled once per process.

Lexicons (cues, attribution, events, boilerplate) are JSON under `data/lexicons/`; the gazetteer
and the time words come from their own modules. `Resources.load()` with the default data folder
and no extra actors is cached, so every caller in a process shares one copy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.extract import gate
from claimtracker.extract.attribution import AttributionLexicon
from claimtracker.extract.body_refs import BodyRefs
from claimtracker.extract.build_cache import cached, default_cache_dir
from claimtracker.extract.clause_rules import ClauseRules
from claimtracker.extract.cues import CueLexicon, fold_pattern
from claimtracker.extract.events import EventLexicon
from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.extract.lazy import ByKey
from claimtracker.extract.same_event import NounRules, load_noun_rules
from claimtracker.extract.sentence_claims import load_separate_opener
from claimtracker.extract.sentence_scan import SentenceScan
from claimtracker.extract.timewords import TimeLexicon

LANGS = ("ar", "en")


@dataclass(frozen=True, slots=True)
class Boilerplate:
    prefix: re.Pattern | None
    short: re.Pattern | None
    max_words: int

    @classmethod
    def load(cls, path: Path) -> Boilerplate:
        raw = json.loads(path.read_text(encoding="utf-8"))

        def build(terms: Sequence[str], tail: str) -> re.Pattern | None:
            folded = [fold_pattern(t, "ar").lower() for t in terms]
            return re.compile(rf"^\W*(?:{'|'.join(folded)}){tail}") if folded else None

        return cls(build(raw.get("prefix", []), ""), build(raw.get("short", []), r"(?!\w)"), int(raw.get("max_words", 8)))

    def is_boilerplate(self, nline: str) -> bool:
        if self.prefix is not None and self.prefix.match(nline):
            return True
        # the anchored pattern fails at once on almost every line; counting the words splits the line
        return bool(self.short is not None and self.short.match(nline) and len(nline.split()) <= self.max_words)


@dataclass(frozen=True, slots=True)
class LanguageLexicons:
    cues: CueLexicon
    attribution: AttributionLexicon
    events: EventLexicon
    # event words, reporting verbs and unpaired sources of a sentence in one pass
    sentence_scan: SentenceScan | None = None
    nouns: NounRules = NounRules()  # event nouns a later claim refers back to (same_event.py)
    separate: re.Pattern | None = None  # words opening a separate claim of a sentence (sentence_claims.py)

    @classmethod
    def of(cls, cues: CueLexicon, attribution: AttributionLexicon, events: EventLexicon,
           nouns: NounRules | None = None, separate: re.Pattern | None = None) -> LanguageLexicons:
        scan = SentenceScan.build(events.pattern, events.labels, attribution.speech, attribution.unpaired,
                                  attribution.unpaired_labels)
        return cls(cues, attribution, events, scan, nouns if nouns is not None else NounRules(), separate)


@dataclass(frozen=True)
class Resources:
    """Everything extraction reads from `data/`, compiled once."""

    data_dir: Path
    # built per language on first read: one article needs one language's patterns
    lexicons: Mapping[str, LanguageLexicons]
    boilerplate: Boilerplate
    gazetteer: Gazetteer
    time_lexicon: TimeLexicon
    extra_actor_count: int = field(default=0)
    clauses: ClauseRules | None = None  # where sentences are cut into clauses (None: the project's own)
    body_refs: BodyRefs | None = None  # bare head nouns that refer back to a body (None: not read)

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR, extra_actors: Iterable[dict] = ()) -> Resources:
        extra = tuple(extra_actors)
        if Path(data_dir) == DATA_DIR and not extra:
            return _default_resources()
        return _build(Path(data_dir), extra)


@lru_cache(maxsize=1)
def _default_resources() -> Resources:
    return _build(DATA_DIR, ())


def _build(data_dir: Path, extra_actors: tuple[dict, ...]) -> Resources:
    lexicons, boilerplate, time_lexicon, clauses = _shared(data_dir)
    return Resources(
        data_dir=data_dir,
        lexicons=lexicons,
        boilerplate=boilerplate,
        gazetteer=Gazetteer.load(data_dir, extra_actors=extra_actors),
        time_lexicon=time_lexicon,
        extra_actor_count=len(extra_actors),
        clauses=clauses,
        body_refs=BodyRefs.load(data_dir / "gazetteer" / "body_refs.json"),
    )


@lru_cache(maxsize=4)
def _shared(data_dir: Path) -> tuple[Mapping[str, LanguageLexicons], Boilerplate, TimeLexicon, ClauseRules]:
    """What does not depend on user-added actors, so reloading with new actors stays cheap."""
    for lang in LANGS:  # each language is compiled when first read, but a missing file fails now
        for kind in ("cues", "attribution", "events"):
            (data_dir / "lexicons" / f"{kind}_{lang}.json").stat()
    lexicons = ByKey(LANGS, partial(_language, data_dir))
    return (lexicons, Boilerplate.load(data_dir / "lexicons" / "boilerplate.json"), TimeLexicon.load(data_dir),
            ClauseRules.load(data_dir / "lexicons" / "clauses.json"))


@lru_cache(maxsize=8)
def _language(data_dir: Path, lang: str) -> LanguageLexicons:
    lex_dir = data_dir / "lexicons"
    return cached(f"lexicons-{lang}", sorted(lex_dir.glob("*.json")), partial(build_language, lex_dir, lang),
                  default_cache_dir())


def build_language(lex_dir: Path, lang: str) -> LanguageLexicons:
    """One language's lexicons, built from the JSON files of `lex_dir` (seconds; see `build_cache`)."""
    built = LanguageLexicons.of(
        cues=CueLexicon.load(lex_dir / f"cues_{lang}.json", lang),
        attribution=AttributionLexicon.load(lex_dir / f"attribution_{lang}.json", lang),
        events=EventLexicon.load(lex_dir / f"events_{lang}.json", lang),
        nouns=load_noun_rules(lex_dir / "event_nouns.json", lang),
        separate=load_separate_opener(lex_dir / "separate_claims.json", lang),
    )
    gate.forget()  # the gate builders' memo is needed only while a language's patterns are built
    return built
