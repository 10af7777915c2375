"""Session 68: rules found from the blind sets' misses (held-out 239-242) and counted over all eval
sets. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract

PUB = date(2026, 3, 2)


def _actors(res, text: str, lang: str) -> dict[str, str | None]:
    ex = extract(text, published=PUB, lang=lang, resources=res)
    return {a.name: a.country for a in ex.actors}


@pytest.mark.parametrize("kind, name", [
    ("municipal", "Hallvik Municipal Council"),
    ("town", "Hallvik Town Council"),
    ("city", "Hallvik City Council"),
])
def test_a_towns_council_after_its_possessive_is_named_by_town_and_kind(res, kind, name):
    text = f"Headline\n\nOSLO, May 3 (Fjord Wire) - Hallvik's {kind} council will vote on the harbour lease next week."
    found = _actors(res, text, "en")
    assert found.get(name) == "NO", found


def test_a_regions_council_after_its_possessive_is_left_alone(res):
    text = "Headline\n\nOSLO, May 3 (Fjord Wire) - Hallvik's regional council will vote on the harbour lease next week."
    found = _actors(res, text, "en")
    assert not any(n.endswith("Council") for n in found), found


def test_a_countrys_possessive_before_city_council_names_no_town(res):
    text = "Headline\n\nThe mayor said Norway's city council system will change next year, the ministry said."
    found = _actors(res, text, "en")
    assert "Norway City Council" not in found, found


def test_a_british_ministry_keeps_its_own_name(res):
    text = "Headline\n\nLONDON, May 3 (Thames Wire) - The Ministry of Defence will move the squadron to Lossiemouth next year."
    found = _actors(res, text, "en")
    assert found.get("Ministry of Defence") == "GB", found


def test_another_states_ministry_is_still_named_with_its_country(res):
    text = "Headline\n\nNAIROBI, May 3 (Rift Wire) - The Ministry of Defence will move the squadron to Nanyuki next year."
    found = _actors(res, text, "en")
    assert found.get("Ministry of Defence of Kenya") == "KE", found


def test_a_holders_name_ends_before_a_town_the_text_names_as_a_town(res):
    text = ("هل يفتتح المستشفى قبل الصيف؟\n\nتنطلق الأحد المقبل من مدينة أمزميز مسيرة احتجاجية.\n\n"
            "ومن المتوقع أن يزور وزير الصحة والحماية الاجتماعية سمير الكتاني أمزميز مطلع يوليو للاطلاع على الأشغال.")
    found = _actors(res, text, "ar")
    assert any(n.split()[-1].lower().startswith("al-kat") or "Kattani" in n or "Kitani" in n for n in found), found
    assert not any("Taz" in n for n in found), found


def test_a_two_word_name_is_kept_whole_where_its_second_word_is_a_town(res):
    text = ("عنوان\n\nيعيش السكان في مدينة الصدر منذ عقود.\n\n"
            "وقال زعيم التيار مقتدى الصدر إن أنصاره سيشاركون في الانتخابات المقبلة.")
    found = _actors(res, text, "ar")
    assert any("Sadr" in n for n in found), found


@pytest.mark.parametrize("told", ["لـ«صدى الفرات»", "للصحفيين"])
def test_a_speaker_set_off_by_commas_may_say_whom_he_told(res, told):
    text = f"عنوان\n\nوقال شيخ عشيرة آل بدر، جاسم البدري، {told} إن عشيرته لن توقع أي صلح قبل نهاية الشهر المقبل."
    found = _actors(res, text, "ar")
    assert "Jasem al-Badri" in found, found


def test_commas_around_a_name_with_no_said_clause_mark_no_speaker(res):
    text = "عنوان\n\nوقال شيخ عشيرة آل بدر، جاسم البدري، لأسباب أمنية لم يحضر الاجتماع الأسبوع الماضي."
    found = _actors(res, text, "ar")
    assert "Jasem al-Badri" not in found, found


def _mentions(res, text: str, lang: str, published: date = PUB):
    return extract(text, published=published, lang=lang, resources=res).mentions


@pytest.mark.parametrize("text", [
    "The drivers' union could call a strike ballot within days over unpaid overtime.",
    "Members could vote on strike action in March if the pay talks fail.",
])
def test_a_strike_ballot_is_no_election(res, text):
    ms = _mentions(res, "Headline\n\n" + text, "en")
    assert ms and ms[0].event_type == "other", [(m.quote, m.event_type) for m in ms]


def test_a_parliamentary_vote_is_still_an_election(res):
    ms = _mentions(res, "Headline\n\nVoters will go to the polls in the regional election on May 6.", "en")
    assert ms and ms[0].event_type == "election", [(m.quote, m.event_type) for m in ms]


def test_a_past_form_after_a_preposition_dates_no_past_event(res):
    text = ("Headline\n\nThe two governments will sign a protocol on the shipping of captured carbon dioxide in"
            " Esbjerg on Thursday, the minister said.")
    ms = _mentions(res, text, "en", date(2027, 2, 15))
    assert ms and ms[0].expected is not None and ms[0].expected.start == date(2027, 2, 18), \
        [(m.quote, m.expected) for m in ms]


def test_a_past_verb_still_dates_its_own_event(res):
    text = "Headline\n\nTroops captured the bridge on Thursday, and talks will resume next week, the army said."
    ms = _mentions(res, text, "en", date(2027, 2, 15))
    forward = [m for m in ms if m.kind == "prediction"]
    assert forward and all(m.expected is None or m.expected.start > date(2027, 2, 15) for m in forward), \
        [(m.quote, m.expected) for m in ms]


def test_a_day_named_after_the_month_of_a_session_dates_it(res):
    text = "عنوان\n\nومن المنتظر أن يعقد المجلس البلدي دورته العادية لشهر أكتوبر يوم الثلاثاء 5 أكتوبر بمقر البلدية."
    ms = _mentions(res, text, "ar", date(2027, 9, 20))
    assert ms and ms[0].expected is not None and ms[0].expected.start == date(2027, 10, 5), \
        [(m.quote, m.expected) for m in ms]


def test_a_month_alone_still_dates_the_claim(res):
    text = "عنوان\n\nومن المنتظر أن يعقد المجلس البلدي دورته العادية في شهر أكتوبر بمقر البلدية."
    ms = _mentions(res, text, "ar", date(2027, 9, 20))
    assert ms and ms[0].expected is not None and (ms[0].expected.start, ms[0].expected.end) == \
        (date(2027, 10, 1), date(2027, 10, 31)), [(m.quote, m.expected) for m in ms]
