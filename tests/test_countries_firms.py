"""An English nationality adjective that only says where companies come from is a passing mention;
an Arabic one counts, as the Arabic golds list that state (session 50).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang, code", [
    ("The ministry signed a maintenance contract with the Korean firm Hanvel last year.", "en", "KR"),
    ("Several Brazilian companies have bid for the port concession.", "en", "BR"),
])
def test_adjective_of_a_company_is_passing(finder, text, lang, code):
    hits = [h for h in finder.find(text, lang) if h.code == code]
    assert hits and all(h.listed for h in hits)


@pytest.mark.parametrize("text, code", [
    ("ويتوقع أن تتنافس شركات إيطالية وإسبانية على المشروع.", "IT"),
    ("ويتوقع أن تتنافس شركات إيطالية وإسبانية على المشروع.", "ES"),
    ("وفازت شركة يابانية بعقد بناء المحطة.", "JP"),
])
def test_arabic_adjective_of_a_company_is_a_mention_like_any(finder, text, code):
    hits = [h for h in finder.find(text, "ar") if h.code == code]
    assert hits and not any(h.listed for h in hits)


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


# --- states acting in the text are actors of the text -----------------------------------------

def _states(text: str, lang: str) -> list[str]:
    from claimtracker.extract.gazetteer import Gazetteer

    return [h.actor.name for h in Gazetteer.load().find_actors(text, lang) if h.actor.kind == "country"]


@pytest.mark.parametrize("text, lang, state", [
    ("Peru will host the fisheries talks in March, officials said.", "en", "Peru"),
    ("It is unclear whether Slovakia, which has blocked two earlier drafts, will sign the text.", "en", "Slovakia"),
    ("Chile and Peru will sign the border protocol next week.", "en", "Chile"),
    ("Chile and Peru will sign the border protocol next week.", "en", "Peru"),
    ("وتستضيف تونس الأسبوع المقبل اجتماعا لوزراء الزراعة العرب.", "ar", "Tunisia"),
])
def test_state_as_acting_subject_is_an_actor(text, lang, state):
    assert state in _states(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Relations with Peru have improved since the election.", "en"),
    ("The trip to Peru has been postponed twice.", "en"),
    ("The Bank of Jamaica is expected to hold rates on Thursday.", "en"),
    ("Ships bound for Chile, Peru, Ecuador and Colombia have been delayed.", "en"),
])
def test_state_as_place_object_or_name_part_is_no_actor(text, lang):
    assert _states(text, lang) == []


def test_somaliland_is_not_somalia(finder):
    text = "قالت وزارة الخارجية في أرض الصومال إن الاتفاق قائم، وقال الرئيس الصومالي إنه يرفضه."
    hits = finder.find(text, "ar")
    assert [h.code for h in hits] == ["SO"] and text[hits[0].start:hits[0].end] == "الصومالي"
