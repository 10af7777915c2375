"""Session 55: a weekday inside a person's name is no date. Sentences and names written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from tests.conftest import article_actors

PUBLISHED = date(2026, 3, 4)  # a Wednesday


def windows(res: Resources, text: str, lang: str = "en") -> list[tuple[str | None, str | None]]:
    out = extract("Headline\n\n" + text if lang == "en" else "عنوان\n\n" + text,
                  published=PUBLISHED, lang=lang, resources=res)
    return [(m.expected.text, m.expected.start and m.expected.start.isoformat()) if m.expected else (None, None)
            for m in out.mentions]


def test_a_weekday_in_a_persons_name_dates_nothing(res):
    text = "Finance Minister Peter Friday said the budget would reach parliament in April."
    assert windows(res, text) == [("in April", "2026-04-01")]


def test_the_same_weekday_outside_a_name_still_dates_the_claim(res):
    text = "Finance Minister Peter Mwale said the budget would reach parliament on Friday."
    assert windows(res, text) == [("on Friday", "2026-03-06")]


def names(res: Resources, text: str) -> list[str]:
    return [a.name for a in extract("عنوان\n\n" + text, published=PUBLISHED, lang="ar", resources=res).actors]


def test_an_arabic_title_before_a_reserve_or_a_museum_heads_a_place_not_a_person(res):
    found = names(res, "قالت مديرة محمية الغزلان إن الموسم سيبدأ الشهر المقبل. "
                       "ويزور مدير متحف الآثار العاصمة الأسبوع المقبل.")
    assert found == [], found


def test_representatives_of_a_group_of_people_name_no_one(res):
    found = names(res, "يصل الوزير إلى المدينة يوم الخميس المقبل للقاء ممثلي خريجي كليات الهندسة المعتصمين.")
    assert found == [], found


def claims(res: Resources, text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    out = extract(("Headline\n\n" if lang == "en" else "عنوان\n\n") + text, published=PUBLISHED, lang=lang, resources=res)
    return [(m.kind, m.attribution.kind if m.attribution else None) for m in out.mentions]


@pytest.mark.parametrize(("text", "source"), [
    ("Analysts say the plant could face delays if drilling finds less heat than expected.", "observers"),
    ("Economists say the pipeline could struggle to find enough buyers in its first years.", "observers"),
    ("Two people familiar with the talks said the project could slip by several years.", "anonymous"),
])
def test_a_forecast_told_by_analysts_or_sources_is_checkable_without_an_event_word(res, text, source):
    assert claims(res, text) == [("speculation", source)]


def test_a_forecast_about_nothing_with_no_source_still_names_no_claim(res):
    assert claims(res, "This could help a great deal.") == []


@pytest.mark.parametrize("text", [
    "أفادت قيادة الدرك في بيان بأنها ستنشر 600 دركي لتأمين المحطات.",
    "وذكرت الوزارة في بلاغ بأنه سيفتتح المعبر أمام الشاحنات.",
])
def test_a_statement_followed_by_that_does_not_swallow_the_claim_into_its_issuer(res, text):
    assert claims(res, text, "ar") == [("prediction", "official_statement")]


@pytest.mark.parametrize("text", [
    "أمنيا، تتسلم الشرطة المحلية الملف الأمني داخل المدينة اعتبارا من مطلع كانون الثاني.",
    "وفي الأثناء، يفتتح المحافظ الجسر الجديد يوم الأحد المقبل.",
])
def test_an_arabic_lede_verb_after_an_opening_set_off_by_a_comma_is_a_schedule(res, text):
    assert claims(res, text, "ar") == [("prediction", "outlet")]


def test_a_party_named_bare_in_a_text_about_its_state_is_the_gazetteers_party_of_that_state(res):
    found = [a.name for a in extract(
        "Albania votes in May\n\nTIRANA, Jan 10 (Wire) - Albania will hold local elections in May. "
        "The Socialist Party will name its candidates for Tirana on March 6, party officials said.",
        published=PUBLISHED, lang="en", resources=res).actors]
    assert "Socialist Party of Albania" in found and "Socialist Party" not in found, found


def test_a_cable_babylon_or_camels_are_not_apple(res):
    found = names(res, "يعقد مجلس محافظة بابل جلسة استثنائية يوم الأحد المقبل لمناقشة مد كابل بحري جديد. "
                       "ويتوقع المربون أن ترتفع أسعار الإبل الشهر المقبل.")
    assert "Apple" not in found, found


def test_the_house_is_not_elbit(res):
    found = names(res, "وقال رئيس البلدية إن البيت الذي تضرر سيعاد بناؤه الأسبوع المقبل.")
    assert "Elbit Systems" not in found, found


@pytest.mark.parametrize("text", [
    "A Chinese research vessel will dock in Colombo next week, port officials said.",
    "A Chinese navy ship is expected to call at the port on Monday.",
])
def test_a_states_ship_acting_makes_the_state_an_actor(text):
    found = [name for name, _ in article_actors(text, "en", PUBLISHED)]
    assert "China" in found, found
