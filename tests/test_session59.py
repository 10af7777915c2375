"""Session 59: a capital that stands for another body than its state (Brussels for the European
Union) makes that body the actor when it acts, never its state. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract
from tests.conftest import article_actors, first_forward

PUB = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "lang", "part"), [
    ("Analysts say Brussels could freeze part of Hungary's cohesion money next month.", "en", "Brussels"),
    ("Brussels wants Belgrade to align with the sanctions by June, diplomats said.", "en", "Brussels"),
    ("ويرى مراقبون أن مشاريع المياه قد تتعثر إذا لم تفرج بروكسل عن حصة تونس قبل نهاية السنة.", "ar", "بروكسل"),
    ("ويرجح محللون أن تبدأ الدوحة وبروكسل مفاوضات على عقد للغاز في آذار المقبل.", "ar", "بروكسل"),
])
def test_brussels_acting_is_the_european_union(res, text, lang, part):
    names = [a.name for a in first_forward(res, text, lang, PUB, part).actors]
    assert "European Union" in names and "Belgium" not in names
    assert ("European Union", None) in article_actors(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang"), [
    ("Foreign ministers will meet in Brussels on March 16 to discuss the package, diplomats said.", "en"),
    ("ومن المقرر أن يتوجه وزير الخارجية إلى بروكسل الأسبوع المقبل لبحث الاتفاق.", "ar"),
])
def test_brussels_as_a_place_is_no_actor_and_still_belgium(res, text, lang):
    ex = extract(text, published=PUB, lang=lang, resources=res)
    assert not {"European Union", "Belgium"} & {a.name for a in ex.actors}
    assert "BE" in ex.countries


def test_the_acting_capital_hit_names_the_body_it_stands_for(res):
    finder = res.gazetteer.countries
    text = "Brussels wants a deal before the summit next month, and Ankara will resist it."
    hits = finder.acting(text, "en")
    assert [(h.code, finder.stands_for(text, h.start, h.end, h.via)) for h in hits] == \
        [("BE", "european-union"), ("TR", None)]
