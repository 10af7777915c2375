"""A nationality adjective that only says where companies come from is a passing mention.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.countries import CountryFinder


@pytest.fixture(scope="module")
def finder() -> CountryFinder:
    return CountryFinder.load()


@pytest.mark.parametrize("text, lang, code", [
    ("The ministry signed a maintenance contract with the Korean firm Hanvel last year.", "en", "KR"),
    ("Several Brazilian companies have bid for the port concession.", "en", "BR"),
    ("ويتوقع أن تتنافس شركات إيطالية وإسبانية على المشروع.", "ar", "IT"),
    ("ويتوقع أن تتنافس شركات إيطالية وإسبانية على المشروع.", "ar", "ES"),
    ("وفازت شركة يابانية بعقد بناء المحطة.", "ar", "JP"),
])
def test_adjective_of_a_company_is_passing(finder, text, lang, code):
    hits = [h for h in finder.find(text, lang) if h.code == code]
    assert hits and all(h.listed for h in hits)


@pytest.mark.parametrize("text, lang, code", [
    ("The Korean government will announce the tariff cut on Friday.", "en", "KR"),
    ("Brazilian officials said the talks would resume.", "en", "BR"),
    ("وقالت الحكومة الإيطالية إن القمة ستعقد في موعدها.", "ar", "IT"),
    # an adjective after a state noun, then a company: only the company's adjective is passing
    ("أعلنت وزارة الخارجية اليابانية أن الوفد سيصل غدا.", "ar", "JP"),
])
def test_adjective_of_a_state_body_is_not_passing(finder, text, lang, code):
    hits = [h for h in finder.find(text, lang) if h.code == code]
    assert hits and not any(h.listed for h in hits)
