"""How well a new mention fits a claim: canonical actors, event type, countries, time window,
and within one language the wording.

Across languages words say nothing, so the decision rests on the language-free features. Within
a language, rapidfuzz similarity of the normalised quotes adds evidence on top (never against),
so a same-language pair is never judged more harshly than a cross-language one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from claimtracker.linking.model import ClaimProfile, LinkInput
from claimtracker.models import Mention
from claimtracker.text import normalize_text

# Event types that can name the same happening: a "visit to Moscow" is usually the "meeting".
_EVENT_GROUPS = ({"meeting", "visit"},)
# A trip to attend a summit is reported as either; a bilateral meeting is never the summit itself.
_EVENT_NEAR: tuple[set[str], ...] = ()
_LOOSE_EVENTS = {"other", "statement"}
# Events with many participants, where reports name different ones.
GATHERINGS = {"summit"}
_TOKEN = re.compile(r"\w+", re.UNICODE)

W_ACTORS = 0.45
W_EVENT = 0.20
W_WINDOW = 0.15
W_COUNTRIES = 0.10
W_ACTORS_GATHERING = 0.20  # at a summit the names are participants, not who the event is
W_TEXT_BONUS = 0.20
SAME_ARTICLE_BONUS = 0.15  # an article's clauses about one event type and window are usually one event
UNKNOWN_ACTORS_FIT = 0.4  # one side names actors, the other names none
UNKNOWN_WINDOW_FIT = 0.5
NEAR_DAYS = 3  # windows this close are the same date resolved a little differently
REPORT_DAYS = 7  # reports of past events this far apart are about different events
DRIFT_DAYS = 45  # a later date reported this soon after the old window passed re-dates the claim
OUTCOME_EARLY_DAYS = 14  # an event may happen this long before its predicted window
OUTCOME_LATE_DAYS = 31  # ...or this long after it, and still be the predicted event
DRIFT_FIT = 0.6  # a later window after a reported postponement, or with re-dating wording
LINK_THRESHOLD = 0.6
OUTCOME_THRESHOLD = 0.55


@dataclass(frozen=True, slots=True)
class Fit:
    score: float
    actors: float | None
    event: float
    window: float
    countries: float | None
    text: float | None


def event_fit(a: str, b: str) -> float | None:
    if a == b:
        return 1.0
    if any(a in g and b in g for g in _EVENT_GROUPS):
        return 0.75
    if any(a in g and b in g for g in _EVENT_NEAR):
        return 0.5
    if a in _LOOSE_EVENTS or b in _LOOSE_EVENTS:
        return 0.4
    return None


def speaker_ids(mention: Mention) -> frozenset[str]:
    """Actors named in the attribution ("Lavrov said", "وقال لافروف"): who says it, not who
    it is about. Reports of one forecast quote different people."""
    if mention.attribution is None or not mention.attribution.text:
        return frozenset()
    said = set(_TOKEN.findall(_folded(mention.attribution.text)))
    found = set()
    for actor in mention.actors:
        for name in (actor.name, actor.name_ar):
            tokens = _TOKEN.findall(_folded(name)) if name else []
            # The family name is how a report names a speaker ("Lavrov said").
            if tokens and tokens[-1] in said and len(tokens[-1]) > 2:
                found.add(actor.actor_id)
    return frozenset(found)


@lru_cache(maxsize=8192)
def actor_keys(mention: Mention) -> frozenset[str]:
    """The people and organisations a mention is about: country-level actors count as
    countries, and the speakers it quotes are left out."""
    return frozenset(a.actor_id for a in mention.actors if a.kind != "country") - speaker_ids(mention)


def country_keys(mention: Mention) -> frozenset[str]:
    return frozenset(mention.countries) | {a.country for a in mention.actors if a.kind == "country" and a.country}


def actor_fit(mention_actors: frozenset[str], claim: ClaimProfile, gathering: bool = False) -> float | None:
    """Shared actors over the union with the claim's core actors.

    0.0 means the actors conflict: nothing shared, or each side has its own other party
    ("Putin–Erdogan" is not "Putin–al-Sharaa") and they share at most half of the smaller side.
    None means neither side names anyone.
    """
    core = claim.core_actor_ids or claim.actor_ids
    if not mention_actors and not core:
        return None
    if not mention_actors or not core:
        return UNKNOWN_ACTORS_FIT
    shared = mention_actors & (core | claim.actor_ids)
    if not shared:
        # At a summit each report names different participants: no shared name is no proof.
        return UNKNOWN_ACTORS_FIT / 2 if gathering else 0.0
    only_mine = mention_actors - claim.actor_ids
    only_theirs = core - mention_actors
    if only_mine and only_theirs and len(shared) <= 0.5 * min(len(mention_actors), len(core)):
        return UNKNOWN_ACTORS_FIT / 2 if gathering else 0.0
    return min(1.0, len(shared) / len(mention_actors | core))


def country_fit(mention_countries: frozenset[str], claim: ClaimProfile) -> float | None:
    if not mention_countries or not claim.countries:
        return None
    return len(mention_countries & claim.countries) / len(mention_countries | claim.countries)


def _span(start: date | None, end: date | None) -> tuple[date, date] | None:
    if start is None and end is None:
        return None
    return (start or end, end or start)


def _gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two spans; 0 or less when they overlap."""
    return max((b[0] - a[1]).days, (a[0] - b[1]).days)


def _claim_spans(claim: ClaimProfile) -> list[tuple[date, date]]:
    spans = [_span(a, b) for a, b in claim.windows]
    latest = _span(claim.expected_from, claim.expected_to)
    return [s for s in spans if s is not None] or ([latest] if latest else [])


def window_fit(item: LinkInput, claim: ClaimProfile) -> float | None:
    """How the mention's window fits the claim's windows; None when they are different events.

    A claim may be re-dated to a later window, unless its event already happened: when it was
    reported postponed, when the new mention's wording says it moves the date ("the delayed
    summit"), or when the new mention appears soon after the old window passed.
    """
    mine = _span(*item.window) if item.window else None
    spans = _claim_spans(claim)
    if not item.forward and not claim.is_forward:
        # Two reports of things that happened: each happened about when it was reported (or on
        # the day it names), whatever broader period it mentions ("the first cut this year").
        if mine is None or (mine[1] - mine[0]).days > REPORT_DAYS:
            mine = _span(item.published, item.published)
        seen = _span(claim.first_seen_at, claim.last_seen_at)
        if mine is not None and seen is not None and _gap_days(mine, seen) > REPORT_DAYS:
            return None
        return UNKNOWN_WINDOW_FIT if mine is None or seen is None else 1.0
    stated = _span(*item.stated_window) if item.stated_window else None
    if mine is None and stated is not None and spans and item.forward:
        # A dateline window (see LinkInput.window) counts only for a claim it fits: the event
        # may be today after all.
        gap = min(_gap_days(stated, s) for s in spans)
        if gap <= NEAR_DAYS:
            return 1.0 if gap <= 0 else 0.7
    if mine is None or not spans:
        # Without a window to compare, the dates of the reports bound the event: forecasts made
        # months apart with no date ("soon") are about different occasions unless re-dated.
        gone = max(s[1] for s in spans) if spans else claim.last_seen_at
        if (item.forward and mine is None and item.published is not None and gone is not None
                and item.published > gone + timedelta(days=DRIFT_DAYS)
                and not (claim.has_postponement or item.is_redated)):
            return None
        return UNKNOWN_WINDOW_FIT
    last_end = max(s[1] for s in spans)
    if claim.has_confirmation and item.forward and mine[1] > last_end + timedelta(days=NEAR_DAYS):
        # Once the event happened, a forecast reaching past it is about what comes next
        # ("further talks are expected in the coming months"), not the event itself.
        return None
    gap = min(_gap_days(mine, s) for s in spans)
    if gap <= 0:
        return 1.0
    if gap <= NEAR_DAYS:
        return 0.7
    if claim.has_confirmation:
        return None
    if mine[0] <= last_end:
        # Inside the span a postponed claim has drifted over (a late report recalling the
        # intermediate date): part of its history. Otherwise an earlier date is another event.
        first_start = min(s[0] for s in spans)
        return DRIFT_FIT if claim.has_postponement and mine[0] >= first_start else None
    if claim.has_postponement or item.is_redated:
        return DRIFT_FIT
    just_overdue = item.published is not None and last_end < item.published <= last_end + timedelta(days=DRIFT_DAYS)
    return 0.4 if just_overdue else None


def outcome_window_fit(item: LinkInput, claim: ClaimProfile, reason: str) -> float | None:
    """Whether an outcome report can be about this claim's expected event."""
    published = item.published
    if published and claim.first_seen_at and published < claim.first_seen_at:
        return None
    spans = _claim_spans(claim)
    if not spans:
        return UNKNOWN_WINDOW_FIT
    m = item.mention
    mine = _span(m.expected.start, m.expected.end) if m.expected else None
    if reason == "happened":
        when = mine[0] if mine and (published is None or mine[0] <= published) else published
        if when is None:
            return UNKNOWN_WINDOW_FIT
        if any(s[0] <= when <= s[1] for s in spans):
            return 1.0
        early, late = timedelta(days=OUTCOME_EARLY_DAYS), timedelta(days=OUTCOME_LATE_DAYS)
        if any(s[0] - early <= when <= s[1] + late for s in spans):
            return 0.6
        return None
    if mine is not None and min(_gap_days(mine, s) for s in spans) <= NEAR_DAYS:
        return 1.0
    if published is None or published <= max(s[1] for s in spans) + timedelta(days=OUTCOME_LATE_DAYS):
        return 0.6
    return None


def text_fit(item: LinkInput, claim: ClaimProfile) -> float | None:
    """Best wording similarity (0..1) to the claim's quotes in the same language, if any."""
    same = [q.text for q in claim.quotes if q.lang == item.lang]
    if not same:
        return None
    mine = _folded(item.mention.quote)
    return max(fuzz.token_sort_ratio(mine, _folded(q)) for q in same) / 100.0


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return normalize_text(text)


def score(item: LinkInput, claim: ClaimProfile, outcome_reason: str | None = None) -> Fit | None:
    """The fit of a mention to a claim, or None when they cannot be the same claim.

    `outcome_reason` scores the mention as a report of how the claim turned out.
    """
    m = item.mention
    ev = event_fit(item.event, claim.event_type)
    if ev is None:
        return None
    if outcome_reason is None:
        if m.negated != claim.is_negated:
            return None
        if item.forward and not claim.is_forward and claim.has_confirmation:
            # A forecast does not join the report of an event that already happened.
            return None
        win = window_fit(item, claim)
    else:
        if not claim.is_forward:
            return None
        win = outcome_window_fit(item, claim, outcome_reason)
    if win is None:
        return None
    gathering = item.event in GATHERINGS and claim.event_type in GATHERINGS
    mine = actor_keys(m)
    actors = actor_fit(mine, claim, gathering=gathering)
    if actors == 0.0:
        return None
    countries = country_fit(country_keys(m), claim)
    if gathering and actors is not None and actors < UNKNOWN_ACTORS_FIT and countries == 0.0:
        # Neither a shared participant nor a shared country: another summit.
        return None
    parts = [(W_EVENT, ev), (W_WINDOW, win)]
    if actors is not None:
        parts.append((W_ACTORS_GATHERING if gathering else W_ACTORS, actors))
    if countries is not None:
        parts.append((W_COUNTRIES, countries))
    base = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    text = text_fit(item, claim)
    bonus = W_TEXT_BONUS * max(0.0, (text - 0.5) / 0.5) if text is not None else 0.0
    shares_actor = bool(mine & (claim.core_actor_ids | claim.actor_ids))
    if not shares_actor and not countries and (text is None or text < 0.6):
        # Nothing but an event type and a window in common (no shared actor, no shared country,
        # no similar wording): too little to call it the same claim.
        base = min(base, LINK_THRESHOLD - 0.1)
    if item.article is not None and item.article in claim.articles:
        bonus += SAME_ARTICLE_BONUS
    return Fit(min(1.0, base + bonus), actors, ev, win, countries, text)
