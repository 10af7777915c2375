"""Session 15 certainty: an intention verb governed by "will" is the action foretold ("will push for"
is high), "whether" in a noun's complement ("a referendum on whether") hedges nothing, and "forecast"
after a determiner is a noun, neither a cue nor a reporting verb. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUB = date(2026, 2, 13)


def _first(text: str):
    ex = extract("Headline\n\n" + text, published=PUB, lang="en", resources=Resources.load())
    found = [m for m in ex.mentions if m.is_forward]
    assert found, text
    return found[0]


@pytest.mark.parametrize("text, label", [
    ("Latvia will also push for the measures to be added to the next package, the ministry said.", "high"),
    ("The government will table a bill on Monday setting up a referendum on whether to resume talks.", "high"),
    ("Fonterra is due to update its milk price forecast on February 26, people familiar said.", "high"),
    # guards: an intention on its own is medium, and an open question still hedges
    ("Latvia is pushing for the measures to be added to the next package, the ministry said.", "medium"),
    ("It is not clear whether the talks will resume next week, diplomats said.", "low"),
])
def test_certainty_label(text, label):
    assert _first(text).certainty_label == label


def test_a_forecast_noun_keeps_the_date_after_it():
    w = _first("Fonterra is due to update its forecast on February 26.").expected
    assert w is not None and w.start == date(2026, 2, 26)


def test_an_expecting_verb_cut_from_its_complement_by_a_name_is_one_claim():
    text = ("ويتوقع الباحث في مركز الدراسات المائية، سامر الطراونة، ألا يبرم اتفاق شامل لتقاسم المياه قبل عام "
            "2027، معتبرا أن الثقة بين الجانبين لا تزال ضعيفة.")
    ex = extract("عنوان\n\n" + text, published=date(2025, 12, 3), lang="ar", resources=Resources.load())
    forward = [m for m in ex.mentions if m.is_forward]
    assert len([m for m in forward if "يتوقع" in m.quote or "يبرم" in m.quote]) == 1
    claim = next(m for m in forward if "يبرم" in m.quote)
    assert claim.certainty_label == "medium" and "يتوقع" in claim.quote


@pytest.mark.parametrize("text, hedged", [
    ("وقال الوسيط إن الطرفين قبلا المقترح باعتباره الحل الوسط الأرجح بين الموقفين.", False),
    ("والأرجح أن يعلن الاتفاق الأسبوع المقبل.", True),
])
def test_the_likeliest_after_a_definite_noun_is_an_adjective(text, hedged):
    ex = extract("عنوان\n\n" + text, published=date(2025, 12, 3), lang="ar", resources=Resources.load())
    assert any(m.is_forward for m in ex.mentions) == hedged


@pytest.mark.parametrize("text, forward", [
    ("ويعتمد جزء كبير من ري الوادي على مياه النهر التي تصل عبر القناة الشرقية.", False),
    # guards: a present event verb of its own clause, or a dated relative clause, still foretells
    ("ويلتقي الوزير خلال الزيارة رئيس الوزراء العراقي.", True),
    ("وتعقد القمة التي تجمع القادة في الدوحة يوم الأحد المقبل.", True),
])
def test_a_present_event_verb_in_an_undated_relative_clause_is_habitual(text, forward):
    ex = extract("عنوان\n\n" + text, published=date(2025, 12, 3), lang="ar", resources=Resources.load())
    assert any(m.is_forward for m in ex.mentions) == forward
