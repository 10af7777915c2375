"""Session 58: a date that is part of a place's name (an Egyptian city, a bridge, a street) is no
time, and an ordinal day of a Hijri month is that day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract
from tests.conftest import article_actors, first_forward

PUB = date(2026, 2, 9)  # a Monday; Ramadan 1447 starts about 18 February 2026


def window(res, text: str, containing: str | None = None) -> tuple[date, date | None] | None:
    m = first_forward(res, text, "ar", PUB, containing)
    return (m.expected.start, m.expected.end) if m.expected else None


@pytest.mark.parametrize("text", [
    "يزور رئيس الوزراء مدينة العاشر من رمضان يوم الخميس المقبل لتفقد المصانع.",
    "ويفتتح الرئيس جسر 6 أكتوبر الجديد يوم الخميس المقبل.",
    "ومن المقرر أن يزور المحافظ مدينة 6 أكتوبر يوم الخميس المقبل.",
    "وسيعاد فتح شارع 26 يوليو أمام السيارات يوم الخميس المقبل.",
])
def test_a_date_in_a_place_name_is_not_the_claims_time(res, text):
    assert window(res, text) == (date(2026, 2, 12), date(2026, 2, 12))


def test_a_place_name_date_gives_no_window_of_its_own(res):
    assert window(res, "وسيزور الوزير مدينة العاشر من رمضان لتفقد المصانع.") is None


@pytest.mark.parametrize(("text", "day"), [
    ("ومن المقرر أن تبدأ الهدنة في العاشر من رمضان المقبل.", date(2026, 2, 27)),
    ("ومن المقرر أن تبدأ الهدنة في الخامس عشر من رمضان.", date(2026, 3, 4)),
    ("وتعقد القمة في 15 رمضان.", date(2026, 3, 4)),
])
def test_an_ordinal_day_of_a_hijri_month_is_that_day(res, text, day):
    assert window(res, text) == (day, day)


def test_a_month_after_an_event_noun_is_still_a_name(res):
    m = first_forward(res, "ومن المتوقع أن يلتقي الوزير بقادة حركة 23 مارس في غوما الأسبوع المقبل.", "ar", PUB)
    assert m.expected is not None and m.expected.start == date(2026, 2, 16)


EN_PUB = date(2026, 12, 1)


def en_window(res, text: str) -> tuple[date | None, date | None] | None:
    m = first_forward(res, "Headline\n\n" + text, "en", EN_PUB)
    return (m.expected.start, m.expected.end) if m.expected else None


@pytest.mark.parametrize(("text", "end"), [
    ("The rupture comes a week before the February 14 local elections.", date(2027, 2, 14)),
    ("The debate could shape alliances before the February 2027 general elections.", date(2027, 2, 28)),
    ("The army will pull back its units ahead of the June 30 deadline, officials said.", date(2027, 6, 30)),
])
def test_before_a_date_that_names_an_event_runs_to_the_event(res, text, end):
    assert en_window(res, text) == (EN_PUB, end)


@pytest.mark.parametrize(("text", "window"), [
    ("The ministry will publish the rules before February 14, officials said.", (EN_PUB, date(2027, 2, 13))),
    ("Analysts say construction is unlikely to begin before the February 2028 municipal elections.",
     (date(2028, 2, 1), None)),
    ("The bill will pass before the end of June, the speaker said.", (EN_PUB, date(2027, 6, 30))),
])
def test_a_bare_date_a_negated_claim_and_the_end_of_a_month_keep_their_reading(res, text, window):
    assert en_window(res, text) == window


def test_libyas_government_mandated_by_the_house_is_the_government_of_national_stability():
    found = article_actors("بنغازي - قال مصدر في الحكومة المكلفة من مجلس النواب إن الحكومة المكلفة ستعلن موقفها من "
                           "المبادرة الأسبوع المقبل.", "ar")
    assert ("Government of National Stability", "LY") in found
    assert not any(name.startswith("House of Representatives") for name, _ in found)


def test_a_mandated_government_in_a_text_about_another_country_is_not_libyas():
    found = article_actors("بغداد - قالت الحكومة المكلفة إنها ستعلن موقفها من المبادرة العراقية الأسبوع المقبل.", "ar")
    assert ("Government of National Stability", "LY") not in found


def article_countries(res, text: str, lang: str = "en") -> list[str]:
    return extract("Headline\n\n" + text, published=EN_PUB, lang=lang, resources=res).countries


@pytest.mark.parametrize(("text", "not_there"), [
    ("VICTORIA, British Columbia (Wire) - The legislature will vote on the budget on Thursday.", "GB"),
    ("SANTIAGO DE COMPOSTELA, Feb 11 (Wire) - Protesters marched in Santiago de Compostela on Sunday and "
     "will return next week.", "CL"),
])
def test_a_place_named_after_a_country_or_capital_is_not_that_country(res, text, not_there):
    assert not_there not in article_countries(res, text)


def test_the_country_and_capital_alone_still_count(res):
    found = article_countries(res, "British officials will meet Chilean envoys in Santiago next week.")
    assert "GB" in found and "CL" in found


def ar_attribution(res, text: str) -> tuple[str, str | None]:
    m = first_forward(res, "عنوان\n\n" + text, "ar", PUB)
    return m.attribution.kind, m.attribution.text


@pytest.mark.parametrize(("text", "speaker"), [
    ("وهددت نقابة عمال الموانئ بإضراب شامل يوم 1 سبتمبر إذا لم تصرف المنح.", "نقابة عمال الموانئ"),
    ("ولوّح النائب عن الدائرة الثالثة جاسم بوطبنية بالاستقالة الأسبوع المقبل إذا أقر القانون.", "النائب"),
    ("هددت تنسيقية المزارعين في الإقليم بقطع الطريق يوم الأحد المقبل إذا لم تُصرف التعويضات.", "تنسيقية المزارعين في الإقليم"),
])
def test_a_body_or_mp_threatening_its_own_action_is_the_named_source(res, text, speaker):
    kind, said = ar_attribution(res, text)
    assert kind == "named" and said is not None and speaker in said


def test_a_threat_made_in_a_statement_stays_an_official_statement(res):
    kind, said = ar_attribution(res, "وهددت وزارة النقل في بيان بتعليق الرحلات يوم الأحد المقبل إذا لم يُدفع الدين.")
    assert kind == "official_statement"


def test_the_commission_in_a_story_about_the_eu_is_the_european_commission():
    found = article_actors("EU ministers will meet on Monday. The Commission will present its proposal next "
                           "week, officials said.", "en")
    assert ("European Commission", None) in found


@pytest.mark.parametrize(("text", "body"), [
    ("Kenya's Independent Electoral and Boundaries Commission met the EU observers on Monday. The Commission "
     "will publish the register next week.", "Independent Electoral and Boundaries Commission"),
    ("The Commission will publish the register next week, the electoral body said.", None),
])
def test_the_commission_keeps_to_a_body_named_before_or_needs_the_eu(text, body):
    names = [name for name, _ in article_actors(text, "en")]
    assert "European Commission" not in names
    if body:
        assert body in names
