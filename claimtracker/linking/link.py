"""Link a batch of new mentions to claims: pure, no database.

Mentions are taken in date order. Each joins the best-fitting claim (stored, or started earlier
in this batch) or starts a new one, so ingesting a story's articles in order builds its claims.
A mention that reports an outcome first looks for the forward claim it resolves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from claimtracker.linking.model import ClaimProfile, LinkDecision, LinkInput, LinkResult, Quote
from claimtracker.linking.outcomes import (
    OutcomeLexicon,
    attends_gathering,
    detect_outcome,
    is_redated,
    load_lexicon,
)
from claimtracker.linking.score import (
    GATHERINGS,
    LINK_THRESHOLD,
    OUTCOME_THRESHOLD,
    MentionFacts,
    actor_keys,
    country_keys,
    event_fit,
    fit_parts,
    mention_facts,
)

# One report may resolve a story that linking split into several forecasts; offer it on the best
# few and let a person decide (or merge them).
MAX_SUGGESTED = 3


def _order(item: LinkInput) -> tuple[date, int]:
    return (item.published or date.max, item.key)


def new_profile(claim_id: int, item: LinkInput, outcome_reason: str | None = None) -> ClaimProfile:
    m = item.mention
    actors = actor_keys(m)
    forward = m.is_forward and outcome_reason is None
    window = item.window if forward else None
    return ClaimProfile(
        claim_id=claim_id,
        event_type=item.event,
        core_actor_ids=actors,
        actor_ids=actors,
        countries=country_keys(m),
        # Only a forecast has an expected window: a report's date would make it "overdue".
        expected_from=window[0] if window else None,
        expected_to=window[1] if window else None,
        first_seen_at=item.published,
        last_seen_at=item.published,
        is_forward=forward,
        windows=(item.stated_window,) if forward and item.stated_window else (),
        articles=frozenset({item.article}) if item.article is not None else frozenset(),
        is_negated=m.negated,
        has_confirmation=outcome_reason == "happened",
        has_postponement=outcome_reason == "postponed",
        quotes=(Quote(item.lang, m.quote),),
    )


def ranked_claims(item: LinkInput, claims: Iterable[ClaimProfile], outcome_reason: str | None = None,
                  threshold: float = LINK_THRESHOLD, forward_claims: bool = True) -> list[tuple[ClaimProfile, float]]:
    """Claims the item fits at or above the threshold, best first; ties go to the most recently
    seen claim (the story's live thread)."""
    return _ranked(mention_facts(item), claims, outcome_reason, threshold, forward_claims)


def _ranked(facts: MentionFacts, claims: Iterable[ClaimProfile], outcome_reason: str | None,
            threshold: float, forward_claims: bool = True) -> list[tuple[ClaimProfile, float]]:
    fits = []
    for claim in claims:
        if not forward_claims and claim.is_forward:
            continue
        parts = fit_parts(facts, claim, outcome_reason, threshold)
        if parts is not None and parts[0] >= threshold:
            fits.append((claim, parts[0]))
    fits.sort(key=lambda cf: (cf[1], cf[0].last_seen_at or date.min, cf[0].claim_id), reverse=True)
    return fits


def best_claim(item: LinkInput, claims: Iterable[ClaimProfile], outcome_reason: str | None = None,
               threshold: float = LINK_THRESHOLD, forward_claims: bool = True) -> tuple[ClaimProfile, float] | None:
    ranked = ranked_claims(item, claims, outcome_reason, threshold, forward_claims)
    return ranked[0] if ranked else None


class _Pool:
    """The claims a batch links into, with an index so each mention is scored only against
    claims it could join: a mention naming actors against claims sharing one (or naming none),
    a mention naming none against claims sharing a country (or naming none); claims of its own
    article; and for a mention naming neither (which links by wording) or a summit (whose
    reports name different participants), every claim of a compatible event type."""

    def __init__(self, claims: Iterable[ClaimProfile]):
        self.claims: dict[int, ClaimProfile] = {}
        self._by_key: dict[str, set[int]] = defaultdict(set)
        self._by_event: dict[str, set[int]] = defaultdict(set)
        for claim in claims:
            self.put(claim)

    def put(self, claim: ClaimProfile) -> None:
        cid = claim.claim_id
        before = self.claims.get(cid)
        self.claims[cid] = claim
        # The index only grows: a claim already filed is filed again only under its new keys.
        old_actors = before.actor_ids | before.core_actor_ids if before is not None else frozenset()
        for actor in (claim.actor_ids | claim.core_actor_ids) - old_actors:
            self._by_key["a:" + actor].add(cid)
        for country in claim.countries - (before.countries if before is not None else frozenset()):
            self._by_key["c:" + country].add(cid)
        for article in claim.articles - (before.articles if before is not None else frozenset()):
            self._by_key[f"art:{article}"].add(cid)
        if not claim.actor_ids and not claim.core_actor_ids:
            self._by_key["no-actors"].add(cid)
        if not claim.countries:
            self._by_key["no-countries"].add(cid)
        self._by_event[claim.event_type].add(cid)

    def candidates(self, item: MentionFacts) -> tuple[set[int], list[ClaimProfile]]:
        """The ids of the claims the item is found with, and of those the claims whose event
        type can match its own (the rest cannot fit, so are not scored)."""
        actors, countries = item.actors, item.countries
        ids: set[int] = set()
        if actors:
            # Named actors must be shared, unless the claim names none.
            ids |= self._by_key.get("no-actors", set())
            for actor in actors:
                ids |= self._by_key.get("a:" + actor, set())
        else:
            ids |= self._by_key.get("no-countries", set())
            for country in countries:
                ids |= self._by_key.get("c:" + country, set())
        if item.article is not None:
            ids |= self._by_key.get(f"art:{item.article}", set())
        if (not actors and not countries) or item.gathering:
            for event, members in self._by_event.items():
                if event_fit(item.event, event) is not None:
                    ids |= members
        fitting: set[int] = set()
        for event, members in self._by_event.items():
            if event_fit(item.event, event) is not None:
                fitting |= ids & members
        return ids, [self.claims[i] for i in sorted(fitting)]


def link_batch(claims: Iterable[ClaimProfile], items: list[LinkInput],
               lexicons: dict[str, OutcomeLexicon] | None = None) -> LinkResult:
    """Decide a claim for every item; new claims get ids -1, -2, ... in the order they start."""
    pool = _Pool(claims)
    result = LinkResult()
    next_new = -1
    considered: set[int] = set()
    for item in sorted(items, key=_order):
        lang_lex = (lexicons or {}).get(item.lang) or load_lexicon(item.lang)
        outcome = detect_outcome(item.mention, item.lang, lang_lex, item.published)
        reason = outcome.reason if outcome else None
        item = LinkInput(item.mention, item.lang, item.published, item.key,
                         is_redated=is_redated(item.mention, item.lang, lang_lex), article=item.article,
                         event_type=_event_type(item, lang_lex, outcome is not None), reports=reason)
        facts = mention_facts(item)
        found, candidates = pool.candidates(facts)
        considered |= found
        resolved = _ranked(facts, candidates, reason, OUTCOME_THRESHOLD) if outcome else []
        if resolved and outcome is not None:  # resolved is empty when there is no outcome
            claim, score = resolved[0]
            others = tuple(c.claim_id for c, _ in resolved[1:MAX_SUGGESTED])
            decision = LinkDecision(item.key, claim.claim_id, False, score, outcome.outcome, reason, True, others)
            pool.put(_absorb(claim, item, reason, facts.actors))
        else:
            # An outcome report that resolves no forecast may still restate another report.
            ranked = _ranked(facts, candidates, None, LINK_THRESHOLD, forward_claims=outcome is None)
            if ranked:
                claim, score = ranked[0]
                pool.put(_absorb(claim, item, reason, facts.actors))
                decision = LinkDecision(item.key, claim.claim_id, False, score,
                                        outcome.outcome if outcome else None, reason, False)
            else:
                claim_id = next_new
                next_new -= 1
                pool.put(new_profile(claim_id, item, reason))
                decision = LinkDecision(item.key, claim_id, True, 1.0,
                                        outcome.outcome if outcome else None, reason, False)
        result.decisions.append(decision)
        result.profiles[decision.claim_id] = pool.claims[decision.claim_id]
    # Claims started in this batch (negative ids) are no stored claims.
    result.considered.update(i for i in considered if i > 0)
    return result


def _event_type(item: LinkInput, lex: OutcomeLexicon, reports_outcome: bool) -> str:
    m = item.mention
    if reports_outcome or m.event_type in GATHERINGS or not attends_gathering(m, item.lang, lex):
        return m.event_type
    # "A summit between Putin and al-Sharaa" is their meeting: two leaders named as its parties.
    people = {a.actor_id for a in m.actors if a.kind == "person"} & actor_keys(m)
    return m.event_type if len(people) >= 2 else next(iter(sorted(GATHERINGS)))


def _absorb(claim: ClaimProfile, item: LinkInput, reason: str | None, actors: frozenset[str]) -> ClaimProfile:
    """The claim after the item joined it; a claim started by a mention naming nobody takes its
    core actors from the first mention that names someone (`actors`: the item's actor keys)."""
    updated = claim.absorb(item, reason)
    if not updated.core_actor_ids and actors:
        updated = replace(updated, core_actor_ids=actors)
    return updated


def same_claim(a: LinkInput, b: LinkInput) -> bool:
    """Would linking put b on the claim a started? (For evaluation on pairs.)"""
    first, second = sorted([a, b], key=_order)
    result = link_batch([], [first, second])
    return result.decisions[0].claim_id == result.decisions[1].claim_id
