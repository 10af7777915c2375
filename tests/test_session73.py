"""Session 73: rules found from the blind sets' misses (held-out 259-262), counted over all eval
sets. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract

PUB = date(2026, 3, 2)


def _actors(res, text: str, lang: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract(text, published=PUB, lang=lang, resources=res).actors}


# --- English: a party's everyday word in a country whose party the gazetteer names in full --------


@pytest.mark.parametrize("text, name, code", [
    ("AUCKLAND, March 2 - New Zealand's election is set for October. Labour said on Monday it would "
     "scrap the fuel tax if it wins.", "New Zealand Labour Party", "NZ"),
    ("CANBERRA, March 2 - Australia's parliament sits next week. Labour will table a motion on the "
     "dam, a spokesman said.", "Australian Labor Party", "AU"),
])
def test_labour_in_a_story_about_another_country_is_that_countrys_party(res, text, name, code):
    found = _actors(res, text, "en")
    assert found.get(name) == code, found


def test_labour_in_a_british_story_stays_the_british_party(res):
    text = "LONDON, March 2 - Britain's budget is due next week. Labour will vote for the plan, a spokesman said."
    found = _actors(res, text, "en")
    assert found.get("Labour Party") == "GB", found
    assert "New Zealand Labour Party" not in found, found


def test_labour_with_no_country_named_names_no_party(res):
    found = _actors(res, "Labour will vote for the plan next week, a spokesman said.", "en")
    assert not any("Labour" in n or "Labor" in n for n in found), found


# --- Arabic: a given name with the article after a body's name ------------------------------------


@pytest.mark.parametrize("text, name", [
    ("وقال محافظ مشروع الجزيرة الصادق عبد الرحيم إن الري سيبدأ منتصف يوليو.", "Sadiq Abdul Rahim"),
    ("وقال مدير مشروع السكر الهادي عبد الله إن المصنع سيعمل الشهر المقبل.", "Hadi Abdullah"),
])
def test_a_given_name_with_the_article_after_a_bodys_name_opens_the_holders_name(res, text, name):
    found = _actors(res, text, "ar")
    assert any(n.endswith(name) for n in found), found


# --- gazetteer rows ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, name, code", [
    ("WELLINGTON, March 2 - The Waitangi Tribunal will hear the claim next month, a lawyer said.",
     "Waitangi Tribunal", "NZ"),
    ("DUBLIN, March 2 - Bord na Mona will close its last peat plant in Ireland next year, the company said.",
     "Bord na Móna", "IE"),
    ("STOCKHOLM, March 2 - Sweden's procurement agency FMV will sign the order next week, the ministry said.",
     "Swedish Defence Materiel Administration", "SE"),
    ("BELFAST, March 2 - Ulster University will open its new campus in September, its provost said.",
     "Ulster University", "GB"),
])
def test_session73_gazetteer_rows(res, text, name, code):
    assert _actors(res, text, "en").get(name) == code


def test_the_jordanian_charter_party_goes_by_its_english_name(res):
    text = "ويستعد حزب الميثاق الوطني لخوض الانتخابات البلدية في آب المقبل."
    found = _actors(res, text, "ar")
    assert "National Charter Party" in found, found


# --- event types: the headline's event is not the lead's ------------------------------------------


def test_a_body_claim_with_no_event_word_does_not_take_the_headlines_event(res):
    text = ("Will the port lease outlast the election?\n\n"
            "WELLINGTON, March 2 - New Zealand will open bidding for the port lease on April 14, "
            "the transport minister said on Monday.")
    ex = extract(text, published=PUB, lang="en", resources=res)
    body = [m for m in ex.mentions if "bidding" in m.quote]
    assert body, ex.mentions
    assert body[0].event_type == "other", body[0]


@pytest.mark.parametrize("text, name, code", [
    ("ويبدأ مجلس الجنوب صرف التعويضات لأصحاب المنازل المتضررة الشهر المقبل.", "Council of the South", "LB"),
    ("ومن المتوقع أن يوقع البنك الزراعي المصري اتفاقا مع الوزارة الأسبوع المقبل.", "Agricultural Bank of Egypt", "EG"),
    ("وأعلنت شركة أبو قير للأسمدة أنها سترفع حصة السوق المحلية في يوليو.", "Abu Qir Fertilizers", "EG"),
    ("ويزور وفد من المديرية العامة لأشغال المياه الحكومية التركية موقع السد الأسبوع المقبل.",
     "General Directorate of State Hydraulic Works", "TR"),
])
def test_session73_arabic_gazetteer_rows(res, text, name, code):
    assert _actors(res, text, "ar").get(name) == code


@pytest.mark.parametrize("text, name, code", [
    ("TALLINN, March 2 - Estonia will buy more shells. The Defence Forces will station a unit near Narva "
     "next month, a spokesman said.", "Estonian Defence Forces", "EE"),
    ("DUBLIN, March 2 - Ireland will send a ship. The Defence Forces will deploy 40 troops to Lebanon "
     "in May, a spokesman said.", "Irish Defence Forces", "IE"),
])
def test_bare_defence_forces_are_the_texts_states(res, text, name, code):
    found = _actors(res, text, "en")
    assert found.get(name) == code, found
    assert "Defence Forces" not in found, found
