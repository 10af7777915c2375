"""Does a mention report how an earlier forward claim turned out?

A past-tense assertion ("Putin received al-Sharaa in the Kremlin") confirms; a report that the
event was postponed, cancelled or denied refutes. The wording lives in
`data/lexicons/outcomes_<lang>.json`; this module only matches it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from claimtracker.config import DATA_DIR
from claimtracker.linking.facts import folded
from claimtracker.models import Mention
from claimtracker.text import normalize_text

# Reasons in the order they win when a quote has several: a postponement report usually also
# says the event "was to be held", so refuting wording outranks "happened" wording.
REASONS = ("cancelled", "postponed", "denied", "happened")
OUTCOME_OF_REASON = {
    "happened": "confirmed",
    "postponed": "refuted",
    "cancelled": "refuted",
    "denied": "refuted",
}
_AR_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
_AR_SUFFIX_MAX = 2
_TOKEN = re.compile(r"[\w']+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Outcome:
    outcome: str  # confirmed | refuted
    reason: str  # happened | postponed | cancelled | denied


# Unambiguous past-tense reports ("has been postponed", "تأجلت"): they count even in a mention the
# extractor labelled a forecast, which it does with reports that carry a date.
REPORTED = "reported:"
# Not an outcome: wording that re-dates an earlier forecast ("the postponed summit", "originally
# due by mid-August").
REDATED = "redated"
# Not outcomes either: a gathering's name ("summit", "القمة") and the wording of a bilateral
# meeting held beside one ("on the sidelines", "لقاء ثنائي").
GATHERING = "gathering"
BILATERAL = "bilateral"


@dataclass(frozen=True, slots=True, eq=False)
class _Index:
    """The lexicon arranged for lookup by token, so a quote costs a few dict lookups per token
    rather than a scan over every entry. Compared by identity: it keys the caches below."""

    arabic: bool  # match words at the start of a token's stems (see _token_categories)
    exact: dict[str, frozenset[str]]  # word -> categories listing it
    stems: dict[str, frozenset[str]]  # word of 3+ letters -> categories (Arabic prefix matching)
    phrases: dict[str, tuple[tuple[tuple[str, ...], frozenset[str]], ...]]  # first token -> (tokens, categories)
    loose: tuple[tuple[str, frozenset[str]], ...]  # phrases not written as single-spaced tokens


def _grouped(entries: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for category, items in entries.items():
        for entry in items:
            out.setdefault(entry, set()).add(category)
    return {entry: frozenset(cats) for entry, cats in out.items()}


def _build_index(lang: str, words: dict[str, tuple[str, ...]], phrases: dict[str, tuple[str, ...]]) -> _Index:
    exact = _grouped(words)
    by_first: dict[str, list] = {}
    loose = []
    for phrase, cats in _grouped(phrases).items():
        tokens = tuple(_TOKEN.findall(phrase))
        if tokens and " ".join(tokens) == phrase:
            by_first.setdefault(tokens[0], []).append((tokens, cats))
        else:
            # Only a phrase of single-spaced tokens can be found token by token; keep the rest
            # for the substring test (in practice such a phrase never matches a token string).
            loose.append((phrase, cats))
    return _Index(lang == "ar", exact, {w: c for w, c in exact.items() if len(w) >= 3},
                  {first: tuple(group) for first, group in by_first.items()}, tuple(loose))


@dataclass(frozen=True)
class OutcomeLexicon:
    lang: str
    words: dict[str, tuple[str, ...]]  # reason -> single words (normalised)
    phrases: dict[str, tuple[str, ...]]  # reason -> multi-word phrases (normalised)
    _index: _Index = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", _build_index(self.lang, self.words, self.phrases))

    @classmethod
    def from_json(cls, lang: str, data: dict) -> OutcomeLexicon:
        words: dict[str, tuple[str, ...]] = {}
        phrases: dict[str, tuple[str, ...]] = {}
        lists = {reason: data.get(reason, []) for reason in (*REASONS, REDATED, GATHERING, BILATERAL)}
        lists.update({REPORTED + reason: data.get("reported", {}).get(reason, []) for reason in REASONS})
        for category, raw in lists.items():
            entries = [normalize_text(e).strip() for e in raw]
            words[category] = tuple(sorted({e for e in entries if e and " " not in e}))
            phrases[category] = tuple(sorted({e for e in entries if " " in e}))
        return cls(lang, words, phrases)

    def reasons_in(self, text: str, categories: tuple[str, ...] = REASONS) -> frozenset[str]:
        """The categories among `categories` whose phrases or words the text contains."""
        return self.categories_in(text) & set(categories)

    def categories_in(self, text: str) -> frozenset[str]:
        """Every category whose phrases or words the text contains."""
        return _text_categories(self._index, text)


# Linking asks up to three questions of each quote (outcome, re-dating, gathering).
@lru_cache(maxsize=4096)
def _text_categories(index: _Index, text: str) -> frozenset[str]:
    # folded() is normalize_text with the cache scoring uses for the same quotes.
    tokens = _TOKEN.findall(folded(text))
    found: set[str] = set()
    for i, token in enumerate(tokens):
        found |= _token_categories(index, token)
        for phrase, cats in index.phrases.get(token, ()):
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                found |= cats
    if index.loose:
        padded = " " + " ".join(tokens) + " "
        for loose, cats in index.loose:
            if f" {loose} " in padded:
                found |= cats
    return frozenset(found)


@lru_cache(maxsize=65536)
def _token_categories(index: _Index, token: str) -> frozenset[str]:
    exact = index.exact.get(token, frozenset())
    if not index.arabic:
        return exact
    # Arabic attaches conjunctions, prepositions and pronouns to the word itself: a word
    # matches a stem (the token, less a prefix) it begins, up to two letters short.
    found = set(exact)
    stems = [token] + [token[len(p):] for p in _AR_PREFIXES if token.startswith(p) and len(token) - len(p) >= 2]
    for stem in stems:
        for k in range(max(3, len(stem) - _AR_SUFFIX_MAX), len(stem) + 1):
            cats = index.stems.get(stem[:k])
            if cats:
                found |= cats
    return frozenset(found)


@lru_cache(maxsize=8)
def load_lexicon(lang: str, data_dir: Path = DATA_DIR) -> OutcomeLexicon:
    path = data_dir / "lexicons" / f"outcomes_{lang}.json"
    if not path.is_file():
        return OutcomeLexicon(lang, {}, {})
    return OutcomeLexicon.from_json(lang, json.loads(path.read_text(encoding="utf-8")))


def detect_outcome(mention: Mention, lang: str, lexicon: OutcomeLexicon | None = None,
                   published: date | None = None) -> Outcome | None:
    """The outcome a mention reports, or None for a forecast or an unrelated mention.

    Assertions report outcomes: "the summit may be postponed" is a forward claim of its own.
    A negated assertion ("no meeting took place") counts as a denial of the event. A mention
    labelled a forecast counts only with an unambiguous past-tense form, and for "happened" only
    when its window is not after the article's date (a report of today, not a plan).
    """
    lex = lexicon or load_lexicon(lang)
    if mention.is_forward:
        return _reported_in_forecast(mention, lex, published)
    reasons = lex.reasons_in(mention.quote)
    if mention.negated and ("happened" in reasons or "denied" in reasons):
        return Outcome("refuted", "denied")
    for reason in REASONS:
        if reason in reasons:
            return Outcome(OUTCOME_OF_REASON[reason], reason)
    return None


def is_redated(mention: Mention, lang: str, lexicon: OutcomeLexicon | None = None) -> bool:
    """Does a forecast say it moves an earlier date ("the delayed summit is now likely in 2026")?"""
    if not mention.is_forward:
        return False
    lex = lexicon or load_lexicon(lang)
    return bool(lex.reasons_in(mention.quote, (REDATED,)))


def attends_gathering(mention: Mention, lang: str, lexicon: OutcomeLexicon | None = None) -> bool:
    """Is a forecast about a gathering itself, or attending it ("al-Sharaa will take part in the
    summit", "will travel to Moscow for the summit"), whatever event type it was given?

    Not when it speaks of a meeting or talks (the bilateral meeting on a summit's sidelines is an
    event of its own), and not for reports: "the talks took place on the day of the planned
    summit" says nothing about the summit happening.
    """
    if not mention.is_forward or mention.negated:
        return False
    lex = lexicon or load_lexicon(lang)
    found = lex.reasons_in(mention.quote, (GATHERING, BILATERAL))
    return GATHERING in found and BILATERAL not in found


def _reported_in_forecast(mention: Mention, lex: OutcomeLexicon, published: date | None) -> Outcome | None:
    found = lex.reasons_in(mention.quote, tuple(REPORTED + r for r in REASONS))
    window = mention.expected
    for reason in REASONS:
        if REPORTED + reason not in found:
            continue
        if reason == "happened":
            end = window.end or window.start if window else None
            if published is None or (end is not None and end > published):
                continue
        elif window and window.start and published and window.start > published + timedelta(days=31) \
                and reason == "postponed":
            # "The summit, postponed last week, is now expected in the spring": a new forecast.
            continue
        return Outcome(OUTCOME_OF_REASON[reason], reason)
    return None
