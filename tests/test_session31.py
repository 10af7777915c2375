"""Session 31: a body named only in a person's title («محافظ صندوق الاستثمارات العامة فلان», "the
chairman of the X Board, Y,") is what a later bare head («الصندوق», "the board") refers back to.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_actors, forward_event

PUBLISHED = date(2026, 3, 10)


def names(text: str, lang: str) -> list[str]:
    return [n for n, _ in article_actors(text, lang, PUBLISHED)]


@pytest.mark.parametrize("text, lang, body", [
    ("قال محافظ صندوق الاستثمارات العامة، ياسر الرميان، إن الصندوق سيعلن خطته الجديدة في يناير المقبل.",
     "ar", "Public Investment Fund"),
    ("The chairman of the Ceylon Electricity Board, Tilak Perera, said the board will raise tariffs in May.",
     "en", "Ceylon Electricity Board"),
])
def test_a_bare_head_refers_back_to_a_body_in_a_title(text, lang, body):
    found = names(text, lang)
    assert body in found, found
    assert len(found) == 2, found  # the person is still read too


@pytest.mark.parametrize("text, lang, body", [
    ("قال محافظ صندوق الاستثمارات العامة، ياسر الرميان، إن الخطة الجديدة ستعلن في يناير المقبل.",
     "ar", "Public Investment Fund"),
    ("The chairman of the Ceylon Electricity Board, Tilak Perera, said tariffs will rise in May.",
     "en", "Ceylon Electricity Board"),
])
def test_a_body_in_a_title_alone_is_still_no_actor(text, lang, body):
    # `article_actors` puts a Latin headline before the Arabic text: the title scan once took the
    # language from the first word it looked at, and found no Arabic title after "Headline"
    assert body not in names(text, lang)


@pytest.mark.parametrize("text", [
    "وأعلنت قيادة الجيش في بيان أنها ستنشر لواء إضافيا في الجنوب مطلع الشهر المقبل، بحسب مصادر لبنانية.",
    "ولم تستبعد مصادر عسكرية سودانية أن يطلق الجيش عملية واسعة قبل نهاية الشهر.",
])
def test_the_army_command_and_a_verb_before_the_army_make_the_army_act(text):
    assert any("Army" in n or "Armed Forces" in n for n in names(text, "ar")), names(text, "ar")


def test_a_verb_after_a_noun_has_the_army_as_its_object():
    text = "وقالت مصادر سودانية إن الحكومة تدعم الجيش في معاركه المقبلة."
    assert not any("Army" in n or "Armed Forces" in n for n in names(text, "ar")), names(text, "ar")


@pytest.mark.parametrize("text, lang, part, event", [
    ("وقالت مصادر عسكرية إن وحدات إضافية من الجيش ستنتشر على الحدود الشمالية الأسبوع المقبل.", "ar", "ستنتشر", "military"),
    ("ويستأنف مجلس الشيوخ جلساته غدا الأربعاء لمناقشة تقرير لجنة الموازنة.", "ar", "جلساته", "meeting"),
    ("ويعقد المجلس الاقتصادي دورته المقبلة في الرباط مطلع الشهر القادم.", "ar", "دورته", "meeting"),
    ("The aircraft carrier group is expected to stay in the region until March, officials said.", "en", "carrier", "military"),
])
def test_event_words_of_deployments_sittings_and_warships(text, lang, part, event):
    assert forward_event(text, lang, part, PUBLISHED) == event


@pytest.mark.parametrize("text, part", [
    ("The opposition warned that next year's primaries could be delayed by the reform.", "primaries"),
    ("Analysts say the ruling party could lose the race for the capital's governorship.", "race"),
    ("The new movement could take a third of the votes in the northern provinces, a pollster said.", "votes"),
    ("Pollsters expect her to win about 48% of valid votes in the first round next month.", "48%"),
])
def test_primaries_races_and_shares_of_the_vote_are_elections(text, part):
    assert forward_event(text, "en", part, PUBLISHED) == "election"


def test_a_primary_concern_is_no_election():
    text = "Officials said the primary concern will be the cost of the new bridge next year."
    assert forward_event(text, "en", "concern", PUBLISHED) != "election"


def _window(text: str, lang: str, published: date) -> tuple[str | None, str | None]:
    from claimtracker.extract import Resources, extract
    ex = extract(text, published=published, lang=lang, resources=Resources.load())
    w = next(m for m in ex.mentions if m.is_forward).expected
    assert w is not None, text
    return (w.start.isoformat() if w.start else None, w.end.isoformat() if w.end else None)


@pytest.mark.parametrize("text, lang, day", [
    ("The king will address parliament on the second Friday of October.", "en", "2026-10-09"),
    ("The vote will be held on the first Monday of May, officials said.", "en", "2027-05-03"),
    ("Parliament is expected to reconvene on the last Tuesday in January 2027.", "en", "2027-01-26"),
    ("ومن المقرر أن يلقي الملك خطابا أمام البرلمان يوم الجمعة الثانية من أكتوبر.", "ar", "2026-10-09"),
    ("ويُنتظر أن يجتمع المجلس الاثنين الأخير من نوفمبر المقبل.", "ar", "2026-11-30"),
])
def test_the_nth_weekday_of_a_month_is_that_day(text, lang, day):
    assert _window(text, lang, date(2026, 6, 16)) == (day, day)


def test_an_ordinal_day_of_a_month_is_still_that_day():
    # «الثانية من أكتوبر» with no weekday before it is the second of October
    assert _window("ومن المقرر أن يصل الوفد في الثاني من أكتوبر المقبل.", "ar", date(2026, 6, 16)) == (
        "2026-10-02", "2026-10-02")


@pytest.mark.parametrize("text, lang, window", [
    ("يعقد الاتحاد مؤتمره الاستثنائي في المنستير أيام 26 و27 و28 مارس المقبل.", "ar", ("2027-03-26", "2027-03-28")),
    ("وهددت النقابة بإضراب يومي الخميس والجمعة 4 و5 فيفري إذا لم تصرف المنح.", "ar", ("2027-02-04", "2027-02-05")),
    ("The congress will be held in Monastir on March 26, 27 and 28.", "en", ("2027-03-26", "2027-03-28")),
    ("Drivers will strike on Thursday and Friday, February 4 and 5, unless bonuses are paid.", "en",
     ("2027-02-04", "2027-02-05")),
])
def test_a_list_of_days_runs_from_the_first_to_the_last(text, lang, window):
    assert _window(text, lang, date(2027, 1, 19)) == window


@pytest.mark.parametrize("text, lang, window", [
    ("President Paudel is expected to summon the new House within a week of the final results.", "en",
     ("2026-03-15", "2026-03-22")),
    ("وقال مصدر إن القانون سيحال إلى المصرف المركزي خلال 48 ساعة من إقراره.", "ar", ("2026-03-15", "2026-03-17")),
])
def test_a_count_from_an_event_no_claim_dates_runs_from_publication(text, lang, window):
    assert _window(text, lang, date(2026, 3, 15)) == window


def test_a_count_from_a_dated_event_still_runs_from_that_event():
    text = ("The presidential election will be held on Sunday, July 12. The commission said it would publish "
            "results within 48 hours of the vote.")
    from claimtracker.extract import Resources, extract
    ex = extract(text, published=date(2026, 6, 10), lang="en", resources=Resources.load())
    results = next(m for m in ex.mentions if "results" in m.quote)
    assert (results.expected.start.isoformat(), results.expected.end.isoformat()) == ("2026-07-12", "2026-07-14")


@pytest.mark.parametrize("text, event", [
    ("وقال إن مجلس الشيوخ سيصادق على المشروع قبل نهاية يونيو.", "other"),
    ("وقال رئيس اللجنة إن الغرفة الثانية ستصادق على الموازنة قبل موفى جوان.", "other"),
    ("ومن المتوقع أن يصادق البرلمان على الاتفاقية مع تركيا الأسبوع المقبل.", "agreement"),
])
def test_ratifying_a_bill_is_no_agreement_but_ratifying_a_treaty_is(text, event):
    assert forward_event(text, "ar", "صادق", PUBLISHED) == event


@pytest.mark.parametrize("text", [
    "China, Vanuatu's largest bilateral creditor, said through its embassy that the loan will be signed next month.",
    "A spokesperson said on Thursday that Beijing firmly opposes the patrols, which will start next month.",
])
def test_a_state_acts_past_a_possessive_apposition_or_an_adverb(text):
    assert "China" in names(text, "en")


def test_a_state_after_a_preposition_with_a_possessive_apposition_is_still_no_actor():
    text = "Goods from China, Vanuatu's largest creditor, will reach the port next month."
    assert "China" not in names(text, "en")


def test_al_faw_is_a_port_not_the_fao():
    text = "وقال مسؤول إن الرصيف الأول في ميناء الفاو الكبير سيُفتتح قبل نهاية حزيران."
    assert "Food and Agriculture Organization" not in names(text, "ar")


def test_the_fao_by_its_arabic_names():
    text = "وقالت منظمة الأمم المتحدة للأغذية والزراعة إنها ستطلق برنامجا جديدا الشهر المقبل."
    assert "Food and Agriculture Organization" in names(text, "ar")


@pytest.mark.parametrize("text, lang, name", [
    ("وقال مسؤول عراقي إن التحالف الدولي ضد داعش سينهي مهمته في أيلول المقبل.", "ar", "Global Coalition to Defeat ISIS"),
    ("The US-led coalition will end its mission in Iraq in September, officials said.", "en",
     "Global Coalition to Defeat ISIS"),
    ("وتجري القوات البحرية الأميرية القطرية تمرينا مشتركا الأسبوع المقبل.", "ar", "Qatari Emiri Naval Forces"),
    ("ومن المنتظر أن تعلن الشركة الوطنية النيجيرية للبترول نتائج المناقصة الشهر المقبل.", "ar",
     "Nigerian National Petroleum Company"),
])
def test_bodies_by_their_official_names(text, lang, name):
    assert name in names(text, lang)


def test_an_acronym_defined_after_a_known_body_is_that_body():
    text = ("Honduras' National Electoral Council (CNE) will begin a special scrutiny on Thursday. "
            "Council president Ana Paola Hall said the CNE would declare a winner before December 30.")
    found = names(text, "en")
    assert "CNE" not in found, found
    assert "National Electoral Council of Honduras" in found, found


def test_the_png_defence_force_by_its_full_name():
    assert "Papua New Guinea Defence Force" in names("The PNG Defence Force will deploy 200 soldiers to Enga next week.", "en")


def test_states_as_a_noun_before_a_date_is_no_reporting_verb():
    text = "The army will launch an operation in Sokoto and Kebbi states on Monday."
    assert _window(text, "en", date(2026, 1, 20)) == ("2026-01-26", "2026-01-26")


def test_a_headquarters_speaks_as_an_official_statement():
    from claimtracker.extract import Resources, extract
    text = "Nigeria's armed forces will launch a joint operation in Sokoto on Monday, Defence Headquarters said on Tuesday."
    ex = extract(text, published=date(2026, 1, 20), lang="en", resources=Resources.load())
    m = next(m for m in ex.mentions if m.is_forward)
    assert m.attribution is not None and m.attribution.kind == "official_statement"


@pytest.mark.parametrize("text", [
    "The committee will publish its final report on Monday.",
    "The commission is expected to deliver its report on Monday.",
])
def test_a_report_before_a_date_is_a_noun_not_a_reporting_verb(text):
    assert _window(text, "en", date(2026, 1, 20)) == ("2026-01-26", "2026-01-26")


def test_media_report_that_still_attributes():
    from claimtracker.extract import Resources, extract
    ex = extract("Local media report that the minister will resign next week.", published=date(2026, 1, 20),
                 lang="en", resources=Resources.load())
    m = next(m for m in ex.mentions if m.is_forward)
    assert m.attribution is not None and m.attribution.text == "Local media report"
