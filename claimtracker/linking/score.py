"""How well a new mention fits a claim: canonical actors, event type, countries, time window,
and within one language the wording.

Across languages words say nothing, so the decision rests on the language-free features. Within
a language, rapidfuzz similarity of the normalised quotes adds evidence on top (never against),
so a same-language pair is never judged more harshly than a cross-language one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from claimtracker.linking.facts import ClaimFacts, Span, day, gap_days, span
from claimtracker.linking.facts import folded as _folded
from claimtracker.linking.model import ClaimProfile, LinkInput
from claimtracker.models import Mention

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
SIMILAR_TEXT = 0.6  # wording alike enough to stand in for a shared actor or country
RESTATED_TEXT = 0.75  # the same, for a mention that names no actor and no country at all
OUTCOME_THRESHOLD = 0.55


@dataclass(frozen=True, slots=True)
class Fit:
    score: float
    actors: float | None
    event: float
    window: float
    countries: float | None
    text: float | None


@lru_cache(maxsize=1024)
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
    return _actor_fit(mention_actors, claim.facts, claim.actor_ids, gathering)


def _actor_fit(mention_actors: frozenset[str], c: ClaimFacts, claim_actors: frozenset[str],
               gathering: bool) -> float | None:
    core = c.core
    if not mention_actors and not core:
        return None
    if not mention_actors or not core:
        return UNKNOWN_ACTORS_FIT
    shared = mention_actors & c.named
    if not shared:
        # At a summit each report names different participants: no shared name is no proof.
        return UNKNOWN_ACTORS_FIT / 2 if gathering else 0.0
    only_mine = mention_actors - claim_actors
    only_theirs = core - mention_actors
    if only_mine and only_theirs and len(shared) <= 0.5 * min(len(mention_actors), len(core)):
        return UNKNOWN_ACTORS_FIT / 2 if gathering else 0.0
    return min(1.0, len(shared) / len(mention_actors | core))


def country_fit(mention_countries: frozenset[str], claim: ClaimProfile) -> float | None:
    if not mention_countries or not claim.countries:
        return None
    return len(mention_countries & claim.countries) / len(mention_countries | claim.countries)


class MentionFacts(NamedTuple):
    """What scoring reads of a new mention, worked out once for all the claims it is scored
    against. Dates are ordinals (see facts.py). A named tuple: one is built per mention and
    ranking, and a tuple is the cheapest immutable record to build."""

    event: str
    gathering: bool
    forward: bool
    negated: bool
    is_redated: bool
    published: int | None
    window: Span | None  # LinkInput.window: the window that places the event
    stated: Span | None  # LinkInput.stated_window: the window as the mention gives it
    actors: frozenset[str]
    countries: frozenset[str]
    article: int | None
    lang: str
    quote: str  # folded


def mention_facts(item: LinkInput) -> MentionFacts:
    m = item.mention
    window, stated = item.window, item.stated_window
    return MentionFacts(
        event=item.event,
        gathering=item.event in GATHERINGS,
        forward=item.forward,
        negated=m.negated,
        is_redated=item.is_redated,
        published=day(item.published),
        window=span(*window) if window else None,
        stated=span(*stated) if stated else None,
        actors=actor_keys(m),
        countries=country_keys(m),
        article=item.article,
        lang=item.lang,
        quote=_folded(m.quote),
    )


def window_fit(item: LinkInput, claim: ClaimProfile) -> float | None:
    """How the mention's window fits the claim's windows; None when they are different events.

    A claim may be re-dated to a later window, unless its event already happened: when it was
    reported postponed, when the new mention's wording says it moves the date ("the delayed
    summit"), or when the new mention appears soon after the old window passed.
    """
    return _window_fit(mention_facts(item), claim, claim.facts)


def _window_fit(f: MentionFacts, claim: ClaimProfile, c: ClaimFacts) -> float | None:
    mine = f.window
    spans = c.spans
    if not f.forward and not claim.is_forward:
        # Two reports of things that happened: each happened about when it was reported (or on
        # the day it names), whatever broader period it mentions ("the first cut this year").
        if mine is None or mine[1] - mine[0] > REPORT_DAYS:
            mine = None if f.published is None else (f.published, f.published)
        seen = c.seen
        if mine is not None and seen is not None and gap_days(mine, seen) > REPORT_DAYS:
            return None
        return UNKNOWN_WINDOW_FIT if mine is None or seen is None else 1.0
    if mine is None and f.stated is not None and spans and f.forward:
        # A dateline window (see LinkInput.window) counts only for a claim it fits: the event
        # may be today after all.
        first, last = f.stated
        gap = min(max(s0 - last, first - s1) for s0, s1 in spans)
        if gap <= NEAR_DAYS:
            return 1.0 if gap <= 0 else 0.7
    if mine is None or not spans:
        # Without a window to compare, the dates of the reports bound the event: forecasts made
        # months apart with no date ("soon") are about different occasions unless re-dated.
        gone = c.last_end if spans else c.last_seen
        if (f.forward and mine is None and f.published is not None and gone is not None
                and f.published > gone + DRIFT_DAYS
                and not (claim.has_postponement or f.is_redated)):
            return None
        return UNKNOWN_WINDOW_FIT
    last_end = c.last_end
    if last_end is None:  # not reached: a claim with spans has their last end
        return UNKNOWN_WINDOW_FIT
    if claim.has_confirmation and f.forward and mine[1] > last_end + NEAR_DAYS:
        # Once the event happened, a forecast reaching past it is about what comes next
        # ("further talks are expected in the coming months"), not the event itself.
        return None
    first, last = mine
    gap = min(max(s0 - last, first - s1) for s0, s1 in spans)  # facts.gap_days, inlined
    if gap <= 0:
        return 1.0
    if gap <= NEAR_DAYS:
        return 0.7
    if claim.has_confirmation:
        return None
    if mine[0] <= last_end:
        # Inside the span a postponed claim has drifted over (a late report recalling the
        # intermediate date): part of its history. Otherwise an earlier date is another event.
        return DRIFT_FIT if claim.has_postponement and c.first_start is not None and mine[0] >= c.first_start else None
    if claim.has_postponement or f.is_redated:
        return DRIFT_FIT
    just_overdue = f.published is not None and last_end < f.published <= last_end + DRIFT_DAYS
    return 0.4 if just_overdue else None


def outcome_window_fit(item: LinkInput, claim: ClaimProfile, reason: str) -> float | None:
    """Whether an outcome report can be about this claim's expected event."""
    return _outcome_window_fit(mention_facts(item), claim.facts, reason)


def _outcome_window_fit(f: MentionFacts, c: ClaimFacts, reason: str) -> float | None:
    published = f.published
    if published is not None and c.first_seen is not None and published < c.first_seen:
        return None
    spans = c.spans
    if not spans:
        return UNKNOWN_WINDOW_FIT
    mine = f.stated
    if reason == "happened":
        when = mine[0] if mine and (published is None or mine[0] <= published) else published
        if when is None:
            return UNKNOWN_WINDOW_FIT
        if any(s[0] <= when <= s[1] for s in spans):
            return 1.0
        if any(s[0] - OUTCOME_EARLY_DAYS <= when <= s[1] + OUTCOME_LATE_DAYS for s in spans):
            return 0.6
        return None
    if mine is not None and min(max(s0 - mine[1], mine[0] - s1) for s0, s1 in spans) <= NEAR_DAYS:
        return 1.0
    if published is None or c.last_end is None or published <= c.last_end + OUTCOME_LATE_DAYS:
        return 0.6
    return None


def text_fit(item: LinkInput, claim: ClaimProfile) -> float | None:
    """Best wording similarity (0..1) to the claim's quotes in the same language, if any."""
    return _text_fit(mention_facts(item), claim.facts)


def _text_fit(f: MentionFacts, c: ClaimFacts) -> float | None:
    same = c.quotes.get(f.lang)
    if not same:
        return None
    mine = f.quote
    best = _similarity(mine, same[0])
    for q in same[1:]:
        sim = _similarity(mine, q)
        if sim > best:
            best = sim
    return best / 100.0


# Reports restate each other: one pair of quotes is compared again for every claim and mention
# that holds it.
@lru_cache(maxsize=65536)
def _similarity(a: str, b: str) -> float:
    return fuzz.token_sort_ratio(a, b)


def score(item: LinkInput, claim: ClaimProfile, outcome_reason: str | None = None) -> Fit | None:
    """The fit of a mention to a claim, or None when they cannot be the same claim.

    `outcome_reason` scores the mention as a report of how the claim turned out.
    """
    parts = fit_parts(mention_facts(item), claim, outcome_reason)
    return None if parts is None else Fit(*parts)


def fit_parts(f: MentionFacts, claim: ClaimProfile, outcome_reason: str | None = None,
              threshold: float | None = None) -> tuple | None:
    """`score` for a mention's precomputed facts, as the tuple of a Fit's fields. With a
    threshold, None also when the fit is sure to fall below it: the wording comparison, the
    costly part, is then skipped.

    The cheap tests that can rule a claim out (event type, negation, actors) come before the
    windows and the wording.
    """
    ev = event_fit(f.event, claim.event_type)
    if ev is None:
        return None
    if outcome_reason is None:
        if f.negated != claim.is_negated:
            return None
        if f.forward and not claim.is_forward and claim.has_confirmation:
            # A forecast does not join the report of an event that already happened.
            return None
    elif not claim.is_forward:
        return None
    c = claim.facts
    gathering = f.gathering and claim.event_type in GATHERINGS
    mine = f.actors
    actors = _actor_fit(mine, c, claim.actor_ids, gathering)
    if actors == 0.0:
        return None
    if outcome_reason is None:
        win = _window_fit(f, claim, c)
    else:
        win = _outcome_window_fit(f, c, outcome_reason)
    if win is None:
        return None
    countries = country_fit(f.countries, claim)
    if gathering and actors is not None and actors < UNKNOWN_ACTORS_FIT and countries == 0.0:
        # Neither a shared participant nor a shared country: another summit.
        return None
    # The weighted mean of the parts present, summed in this order.
    num = W_EVENT * ev + W_WINDOW * win
    den = W_EVENT + W_WINDOW
    if actors is not None:
        w = W_ACTORS_GATHERING if gathering else W_ACTORS
        num += w * actors
        den += w
    if countries is not None:
        num += W_COUNTRIES * countries
        den += W_COUNTRIES
    base = num / den
    same_article = f.article is not None and f.article in claim.articles
    if threshold is not None and base + (W_TEXT_BONUS + (SAME_ARTICLE_BONUS if same_article else 0.0)) < threshold:
        # Even identical wording would leave it below the threshold.
        return None
    text = _text_fit(f, c)
    bonus = W_TEXT_BONUS * max(0.0, (text - 0.5) / 0.5) if text is not None else 0.0
    shares_actor = bool(mine & c.named)
    # A mention that names nobody and no country, from another article, has only its wording to
    # go by, and short clauses ("which is scheduled for October 15.") look alike at 0.6.
    needed = RESTATED_TEXT if not (mine or f.countries or same_article) else SIMILAR_TEXT
    if not shares_actor and not countries and (text is None or text < needed):
        # Nothing but an event type and a window in common (no shared actor, no shared country,
        # no similar wording): too little to call it the same claim.
        base = min(base, LINK_THRESHOLD - 0.1)
    if same_article:
        bonus += SAME_ARTICLE_BONUS
    return (min(1.0, base + bonus), actors, ev, win, countries, text)
