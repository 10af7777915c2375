"""The derived data linking keeps for speed: it must follow the profile it is derived from."""

from __future__ import annotations

import dataclasses
from datetime import date

from claimtracker.linking import ClaimProfile, LinkInput, Quote, load_lexicon, score
from claimtracker.linking.model import MAX_WINDOWS
from tests.linking_helpers import OCT, PUTIN, SHARAA, mention


def _profile() -> ClaimProfile:
    return ClaimProfile(
        claim_id=7, event_type="visit", core_actor_ids=frozenset({PUTIN.actor_id}),
        actor_ids=frozenset({PUTIN.actor_id}), countries=frozenset({"RU"}),
        expected_from=date(2025, 10, 1), expected_to=date(2025, 10, 31), first_seen_at=date(2025, 8, 1),
        last_seen_at=date(2025, 8, 2), is_forward=True, is_negated=True, status="refuted",
        has_confirmation=True, has_postponement=True, quotes=(Quote("en", "Putin will visit"),),
        windows=((date(2025, 10, 1), date(2025, 10, 31)),), articles=frozenset({3}),
    )


def test_absorb_carries_every_field_it_does_not_update():
    before = _profile()
    item = LinkInput(mention(" Putin will visit Damascus", event="visit", negated=True, expected=OCT), "en",
                     date(2025, 8, 3), article=4)
    after = before.absorb(item, None)
    updated = {"actor_ids", "countries", "expected_from", "expected_to", "first_seen_at", "last_seen_at",
               "is_forward", "has_confirmation", "has_postponement", "quotes", "windows", "articles"}
    for f in dataclasses.fields(ClaimProfile):
        if f.name not in updated:
            assert getattr(after, f.name) == getattr(before, f.name), f.name
    assert after.articles == {3, 4} and SHARAA.actor_id in after.actor_ids


def test_facts_are_not_part_of_a_profiles_identity():
    a, b = _profile(), _profile()
    assert a.facts.spans == ((date(2025, 10, 1).toordinal(), date(2025, 10, 31).toordinal()),)
    assert a == b and a.facts == b.facts


def test_facts_hold_each_window_once():
    window = (date(2025, 10, 1), date(2025, 10, 31))
    p = dataclasses.replace(_profile(), windows=(window,) * MAX_WINDOWS)
    assert len(p.facts.spans) == 1


def test_score_is_the_same_with_or_without_cached_facts():
    item = LinkInput(mention("Putin will visit Damascus in October", event="visit", negated=True, expected=OCT),
                     "en", date(2025, 8, 3))
    warm = _profile()
    warm.facts  # noqa: B018 - computed before scoring
    assert score(item, warm) == score(item, _profile())


def test_outcome_words_match_with_arabic_prefixes_and_suffixes_only_within_two_letters():
    ar = load_lexicon("ar")
    word = next(w for w in ar.words["postponed"] if len(w) >= 3)
    assert "postponed" in ar.reasons_in("و" + word + "ها")
    assert "postponed" not in ar.reasons_in(word + "ههه")
