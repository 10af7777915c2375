"""National institutions named "<Body> of <Country>" unless they have a name of their own; a generic
chamber name resolved to the text's country; "the central bank" as the subject of an infinitive;
statistics offices cited for figures are no actors; an acronym the text spells out is named in full.

Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.gazetteer import Gazetteer


def actors(text: str, lang: str = "en") -> list[str]:
    return [a.name for a in extract(text, date(2026, 3, 2), lang, Resources.load()).actors]


def gaz_orgs(text: str, lang: str) -> list[str]:
    return [h.actor.name for h in Gazetteer.load().find_actors(text, lang) if h.actor.kind == "org"]


@pytest.mark.parametrize("text, name", [
    ("Kenya's finance minister said the National Assembly will vote on the tax bill in April.",
     "National Assembly of Kenya"),
    ("In Zambia, the National Assembly is expected to pass the mining code before the recess.",
     "National Assembly of Zambia"),
    ("Opposition leaders in Ecuador said the National Assembly would reject the decree next week.",
     "National Assembly of Ecuador"),
])
def test_generic_chamber_takes_the_texts_country(text, name):
    found = actors(text)
    assert name in found
    assert "National Assembly" not in found


def test_chamber_with_a_name_of_its_own_keeps_it():
    # a word no other state's chamber shares: the name is the body's own
    text = "In Zambia, the Revolutionary National Assembly is expected to pass the mining code."
    assert "Revolutionary National Assembly of Zambia" not in actors(text)


@pytest.mark.parametrize("text, name", [
    ("Inflation in Peru slowed in March. Analysts expect the central bank to cut its key rate again in May.",
     "Central Reserve Bank of Peru"),
    ("Ghana's inflation eased in March, and traders want the central bank to hold rates steady next month.",
     "Bank of Ghana"),
])
def test_central_bank_subject_of_an_infinitive(text, name):
    assert name in gaz_orgs(text, "en")


def test_central_bank_as_a_kind_is_no_actor():
    text = "Ghana's inflation eased in March, and traders said a shift from the central bank towards the treasury is unlikely."
    assert gaz_orgs(text, "en") == []


@pytest.mark.parametrize("text", [
    "Kenya's inflation slowed to 4.1% in February, the National Bureau of Statistics said on Friday.",
    "Prices in Peru rose 2% last year, the National Statistics Institute said, and may rise again.",
    "Unemployment in Chile fell, the Census Bureau said on Tuesday, and could fall further in May.",
])
def test_statistics_office_is_a_source_not_an_actor(text):
    assert not any(w in name for name in actors(text) for w in ("Statistics", "Census"))


@pytest.mark.parametrize("text, lang, name", [
    ("Beirut lawmakers said the Lebanese parliament will meet on Tuesday.", "en", "Parliament of Lebanon"),
    ("وقال وزير في عمّان إن مجلس الوزراء الأردني سيقر الموازنة الأسبوع المقبل.", "ar", "Council of Ministers of Jordan"),
    ("Officials said the Kuwaiti cabinet would approve the budget on Sunday.", "en", "Council of Ministers of Kuwait"),
])
def test_national_body_is_named_of_its_country(text, lang, name):
    assert name in gaz_orgs(text, lang)


def test_state_department_full_name():
    text = "Washington will send an envoy to Tbilisi, the State Department said on Monday."
    assert "US Department of State" in actors(text)


def test_spelled_out_acronym_is_named_in_full():
    text = ("The Indonesian Democratic Party of Struggle (PDI-P) will table a motion next week, "
            "and PDI-P lawmakers said they may block the budget.")
    found = actors(text)
    assert "Indonesian Democratic Party of Struggle" in found
    assert "PDI-P" not in found


@pytest.mark.parametrize("text, name", [
    ("وقضت المحكمة الدستورية العليا المصرية أمس بعدم دستورية المادة.", "Supreme Constitutional Court of Egypt"),
    ("ومن المتوقع أن تنظر المحكمة الاتحادية العليا العراقية في الطعن الأسبوع المقبل.", "Federal Supreme Court of Iraq"),
    ("أصدرت المحكمة الاتحادية العليا قرارا بشأن الانتخابات في العراق. وقال مسؤول عراقي إن القرار نهائي.",
     "Federal Supreme Court of Iraq"),
])
def test_arabic_high_court_is_named_of_its_country(text, name):
    assert name in gaz_orgs(text, "ar")


def test_arabic_court_named_in_passing_is_no_actor():
    text = "ولوح الحزب بالطعن أمام المحكمة العليا في ليبيا إذا أقر القانون."
    assert not any("Court" in name for name in gaz_orgs(text, "ar"))


def test_arabic_ministry_is_named_of_its_country():
    # no state actor stands for it when the text names a ministry of a country not in its list:
    # the name must follow the English form all the same
    from claimtracker.extract.countries import CountryFinder
    from claimtracker.extract.institutions import InstitutionFinder
    from claimtracker.extract.phrases import tokenize_words

    text = "وقالت وزارة المالية الكويتية إن العجز سيتراجع العام المقبل."
    countries = CountryFinder.load()
    tokens, words = tokenize_words(text, "ar")
    hits = countries.find(text, "ar", tokens, words)
    found = InstitutionFinder.load().find(
        text, "ar", tokens, words, hits, lambda: None, lambda code: countries.country_name(code, "en"),
        lambda code: None)
    assert [h.name for h in found] == ["Ministry of Finance of Kuwait"]


@pytest.mark.parametrize("text, name", [
    ("The Bundestag is expected to approve the pension reform before the summer break.", "Bundestag"),
    ("Deputies in the State Duma said they may pass the bill on Thursday.", "State Duma"),
    ("The Lok Sabha will debate the farm bill when it reconvenes in July.", "Lok Sabha"),
    ("The Executive Yuan said it would send the energy plan to lawmakers next month.", "Executive Yuan"),
])
def test_national_body_with_a_name_of_its_own_keeps_it(text, name):
    assert name in gaz_orgs(text, "en")


@pytest.mark.parametrize("text, name", [
    ("The Georgian Constitutional Court is expected to rule on the law next week.", "Constitutional Court of Georgia"),
    ("Kenya's Supreme Court will hear the petition in May.", "Supreme Court of Kenya"),
    ("The Malawian Council of Ministers will meet on Friday to approve the plan.", "Council of Ministers of Malawi"),
])
def test_adjectival_or_possessive_state_body_is_named_of_its_country(text, name):
    found = gaz_orgs(text, "en")
    assert name in found
    assert not any(n.startswith(("Georgian", "Kenyan", "Malawian")) for n in found)


def test_international_court_keeps_its_name():
    assert "International Court of Justice" in gaz_orgs("The International Court of Justice will rule in May.", "en")


@pytest.mark.parametrize("text, name", [
    ("Kenya votes in August. The Supreme Court will hear the petition in May.", "Supreme Court of Kenya"),
    ("In Chile the Constitutional Court said it would rule on the law next week.", "Constitutional Court of Chile"),
])
def test_generic_court_acting_takes_the_texts_country(text, name):
    found = gaz_orgs(text, "en")
    assert name in found
    assert "Supreme Court" not in found and "Constitutional Court" not in found
