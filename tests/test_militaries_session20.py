"""Session 20: each state's armed forces by the names news gives them (`state_forces.py`,
`data/gazetteer/actors_militaries.json`), a bare "the army" of the story's state, a state's troops
as a clause's subject, the army acting through its units in Arabic, and military exercises held.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from tests.conftest import article_actors


def _names(text: str, lang: str = "en") -> list[str]:
    return [name for name, _ in article_actors(text, lang)]


@pytest.mark.parametrize("text, name", [
    ("The Nepal Army and the Indian Army will hold their joint Surya Kiran drill in June.", "Nepal Army"),
    ("Drills will begin off Galle on Monday, the Sri Lanka Navy said.", "Sri Lanka Navy"),
    ("The Royal Thai Navy will escort the convoy through the strait next week.", "Royal Thai Navy"),
    ("Italian Air Force jets will arrive in Vilnius for the air-policing rotation in March.", "Italian Air Force"),
    ("The Republic of Fiji Military Forces will not interfere in the count, its commander said.",
     "Republic of Fiji Military Forces"),
])
def test_a_states_force_named_in_full_is_an_actor(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    ("ACCRA, May 2 (Wire) - Ghana's cabinet met on Monday. The army will deploy two more battalions to the "
     "northern border next week, the defence minister said.", "Ghana Armed Forces"),
    ("ASUNCION, May 2 (Wire) - Paraguay's senate debated the budget. The army will send 400 soldiers to the "
     "Chaco region before the end of the month.", "Paraguayan Army"),
    ("STOCKHOLM, May 2 (Wire) - Sweden will send a battalion to Finland in January, the armed forces said "
     "on Friday.", "Swedish Armed Forces"),
    ("LIMA, May 2 (Wire) - The armed forces will keep supporting police patrols in the mining districts of "
     "Peru until December.", "Peruvian Armed Forces"),
])
def test_the_bare_army_is_the_stories_states(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    # guards: after a preposition or a verb that takes it as object, the army does not act
    "LUSAKA, May 2 (Wire) - Zambia's president will meet the commanders of the army on Monday to discuss pay.",
    "LUSAKA, May 2 (Wire) - Zambia's president urged the army to stay out of politics before the vote.",
])
def test_the_army_as_an_object_is_no_actor(text):
    assert "Zambia Defence Force" not in _names(text)


@pytest.mark.parametrize("text, names", [
    ("Slovak troops will take part in a NATO exercise in Hungary in the second half of May.",
     ["Slovak Armed Forces"]),
    ("Timorese and Australian soldiers will hold their annual exercise near Baucau in late February.",
     ["Timor-Leste Defence Force", "Australian Defence Force"]),
    ("About 200 Moldovan troops would join the drill in Romania in October, the ministry said.",
     ["National Army of Moldova"]),
])
def test_a_states_troops_acting_are_its_armed_forces(text, names):
    found = _names(text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", [
    # guard: troops that suffer an act (a passive) or stand without a nationality make no actor
    "Eleven Malian soldiers were killed in an ambush near Gao on Sunday.",
])
def test_troops_in_a_passive_are_no_actor(text):
    assert not any("Armed Forces" in n for n in _names(text))


@pytest.mark.parametrize("text, name", [
    ("بغداد - أعلنت قيادة العمليات أن قطعات الجيش ستنفذ خلال الأيام المقبلة عملية لتفتيش الصحراء الغربية في العراق.",
     "Iraqi Army"),
    ("بنغازي - أعلن المتحدث أن وحدات من الجيش ستجري مناورات قرب سرت في ليبيا منتصف الشهر.", "Libyan National Army"),
    ("وقالت وزارة البيشمركة إن قوات البيشمركة والجيش العراقي ستبدأ تشكيل لواءين مشتركين الشهر المقبل.", "Iraqi Army"),
    ("ومن المقرر أن ينشر الجيش النيبالي كتيبة في لبنان ضمن قوات حفظ السلام.", "Nepal Army"),
])
def test_arabic_armies_by_their_states_rows_and_units(text, name):
    assert name in _names(text, "ar")


def test_a_states_only_force_is_its_army_in_arabic():
    # «الجيش البنيني»: Benin's one force of arms
    assert "Benin Armed Forces" in _names("ومن المتوقع أن يرسل الجيش البنيني تعزيزات إلى الشمال الأسبوع المقبل.", "ar")


@pytest.mark.parametrize("text, event", [
    ("The Indian and Sri Lankan navies will hold their annual SLINEX exercise off Trincomalee in October.", "military"),
    ("Honduran and US forces will conduct a joint counter-narcotics exercise on the coast in May.", "military"),
    # guard: the verb "exercise" is no drill
    ("The government will exercise its right to appeal the ruling next week.", None),
])
def test_exercises_held_are_military(text, event):
    out = extract("Headline\n\n" + text, date(2026, 5, 1), "en", Resources.load()).to_json()
    types = [m["event_type"] for m in out["mentions"]]
    if event is None:
        assert "military" not in types
    else:
        assert event in types


@pytest.mark.parametrize("lang, text", [
    ("en", "The port authority expects to award the dredging contract before the end of the year."),
    ("en", "Albemarle could seek to renegotiate its lithium contract with the state as early as next year."),
    ("en", "The two leaders could agree to restore full diplomatic relations at their meeting in March."),
    ("en", "The Maldives will ask India to roll over its currency swap before it expires in November."),
    ("ar", "ومن المتوقع أن توقّع وزارة الطاقة وشركة إيني الإيطالية عقد المرحلة الثالثة من المشروع الشهر المقبل."),
    ("ar", "توقّع الهيئة العامة للموانئ يوم الأحد المقبل عقد امتياز لتشغيل محطة الحاويات الجديدة."),
])
def test_contracts_concessions_and_relations_are_agreements(lang, text):
    out = extract("Headline\n\n" + text, date(2026, 5, 1), lang, Resources.load()).to_json()
    assert [m["event_type"] for m in out["mentions"]] == ["agreement"]


def test_holding_a_meeting_is_no_contract():
    # guard: «عقد» is also "holding" a meeting
    out = extract("Headline\n\nوتوقع المصدر عقد اجتماع بين الجانبين الأسبوع المقبل.", date(2026, 5, 1), "ar",
                  Resources.load()).to_json()
    assert [m["event_type"] for m in out["mentions"]] == ["meeting"]


@pytest.mark.parametrize("lang, text, event", [
    ("en", "The foreign minister said Riga would push for a full ban on maritime services.", "statement"),
    ("en", "Analysts say the move could anger Pretoria.", "statement"),
    ("en", "Beijing may protest the exercise, as it did last year.", "statement"),
    ("en", "The opposition said its deputies would walk out of the debate on the bill.", "statement"),
    ("en", "The opposition bloc will boycott Monday's session, its leader said.", "statement"),
    ("en", "The president is expected to raise the issue with his counterpart next week.", "statement"),
    # guard: boycotting a vote is about the election
    ("en", "The main opposition party could boycott the presidential election in March.", "election"),
    ("ar", "وتتواتر معلومات عن أن كوتونو قد تطلب ضمانات أمنية إضافية.", "statement"),
    ("ar", "فيما أعلن الحزب أن نوابه سيقاطعون جلسات المناقشة الأسبوع المقبل.", "statement"),
    ("ar", "وقال النائب إنه سيتقدم بطلب إحاطة إلى رئيس المجلس الأسبوع المقبل.", "statement"),
])
def test_demands_protests_boycotts_and_walkouts_are_statements(lang, text, event):
    out = extract("Headline\n\n" + text, date(2026, 5, 1), lang, Resources.load()).to_json()
    assert [m["event_type"] for m in out["mentions"]] == [event]



@pytest.mark.parametrize("lang, text", [
    ("en", "Washington could impose visa restrictions on members of the council, a diplomat said."),
    ("en", "EU ministers may consider trade measures against Iceland at their May meeting."),
    ("en", "Bogota could lift its restrictions on Ecuadorian imports within days."),
    ("ar", "ومن المتوقع أن يرفع الاتحاد الأوروبي ما تبقى من قيود على قطاع الطاقة السوري الشهر المقبل."),
])
def test_restrictions_imposed_or_lifted_are_sanctions(lang, text):
    out = extract("Headline\n\n" + text, date(2026, 5, 1), lang, Resources.load()).to_json()
    assert [m["event_type"] for m in out["mentions"]] == ["sanction"]


@pytest.mark.parametrize("text, name", [
    ("الكويت - من المنتظر أن يتوجه ولي العهد الشيخ صباح الخالد إلى بكين الشهر المقبل.", "Sabah al-Khaled"),
    ("بغداد - وقال المتحدث باسم قيادة العمليات المشتركة، اللواء صباح النعمان، إن العملية ستبدأ غدا.",
     "Sabah al-Numan"),
    ("القاهرة - ويرى خبير الطاقة طارق أبو زيد أن المشروع قد يخفف أزمة الكهرباء في مصر.", "Tarek Abu Zaid"),
])
def test_a_given_name_that_is_a_common_word_and_indefinite_experts(text, name):
    assert name in _names(text, "ar")


@pytest.mark.parametrize("text", [
    # guards: «صباح» is the morning before a time word
    "عمان - وقال الوزير صباح اليوم إن الأردن سيشارك في القمة.",
    "عمان - وأعلن الوزير صباح الأحد أن الأردن سيشارك في القمة.",
])
def test_the_morning_opens_no_name(text):
    assert not any(n.startswith("Sabah") for n in _names(text, "ar"))


@pytest.mark.parametrize("lang, text, event", [
    ("en", "If no candidate reaches 40%, the two leading contenders will meet in a second round on April 5.", "election"),
    ("en", "Analysts say the president is likely to win in the first round.", "election"),
    ("ar", "على أن تجرى جولة ثانية بعد أسبوعين إذا لم يحصل أي مرشح على الأغلبية المطلقة.", "election"),
    ("en", "The prime minister will attend the European Council in Brussels on October 22-23.", "summit"),
    # guards: a second round of talks is a meeting
    ("en", "The two delegations will meet in a second round of talks in Geneva next week.", "meeting"),
    ("ar", "وتعقد الجولة الثانية من المفاوضات في الدوحة الأسبوع المقبل.", "meeting"),
])
def test_a_second_round_of_voting_is_an_election_and_the_european_council_a_summit(lang, text, event):
    out = extract("Headline\n\n" + text, date(2026, 5, 1), lang, Resources.load()).to_json()
    assert [m["event_type"] for m in out["mentions"]] == [event]


@pytest.mark.parametrize("text, code", [
    ("CARICOM leaders will meet in Basseterre on February 24.", "KN"),
    ("The summit will open in Belmopan next week.", "BZ"),
    ("Ministers will gather in Nuku'alofa in March.", "TO"),
])
def test_the_capitals_of_small_states_name_them(text, code):
    out = extract("Headline\n\n" + text, date(2026, 5, 1), "en", Resources.load()).to_json()
    assert code in out["countries"]
