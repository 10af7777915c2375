"""Session 28: Arabic states listed right after the people who sit for them («وزراء من إيطاليا
وتركيا ومصر», at most three) take part, as in English; the Fatah Central Committee and Revolutionary
Council and «الجيش السوري» are gazetteer bodies; an English name word may hold an apostrophe before
lowercase letters ("Ching'andu", "Ba'aboud"); «بن محمد» after «عبدالله» is no known prince's short form;
an Arabic name stops before a verb's object in construct («مازن القاضي رؤساء الكتل»); «الحكومة»
and "the government" as a subject are the government of the state the text names most; two candidates who "meet in a run-off" are in an
election, not a meeting. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from claimtracker.extract.countries import CountryFinder
from tests.conftest import article_actors, first_forward
from tests.test_states_subject import acting

PUBLISHED = date(2026, 3, 10)


@pytest.fixture(scope="module")
def finder() -> CountryFinder:
    return CountryFinder.load()


@pytest.mark.parametrize("text, codes", [
    ("ولم يتأكد بعد حضور وزراء من إيطاليا وتركيا ومصر للجلسة الافتتاحية.", ["IT", "TR", "EG"]),
    ("ومن المقرر أن يصل مسؤولون من قطر والكويت إلى الخرطوم الأسبوع المقبل.", ["QA", "KW"]),
])
def test_states_listed_after_their_ministers_or_envoys_take_part(finder, text, codes):
    assert acting(finder, text, "ar") == codes


@pytest.mark.parametrize("text", [
    # four names are an enumeration of where they come from, not parties
    "ويشارك في الدورة وزراء من مصر والأردن والعراق والكويت الشهر المقبل.",
    # one state alone is where the people come from
    "وتعقد الجلسة بحضور ممثلين عن فرنسا يوم الخميس المقبل.",
    # a place after «من» that is not a list of the people's states
    "وقال إن الحضور سيكون كبيرا في المؤتمر الذي يعقد في فرنسا الشهر المقبل.",
])
def test_long_lists_and_other_phrases_do_not_count(finder, text):
    assert acting(finder, text, "ar") == []


@pytest.mark.parametrize("text, name", [
    ("ومن المنتظر أن تجتمع اللجنة المركزية لحركة فتح مساء السبت المقبل.", "Fatah Central Committee"),
    ("ويعقد المجلس الثوري لحركة فتح دورته المقبلة في رام الله الشهر المقبل.", "Fatah Revolutionary Council"),
    ("وقال المتحدث إن الجيش السوري سيبدأ الانتشار على الحدود الأسبوع المقبل.", "Syrian Arab Army"),
])
def test_arabic_bodies_named_in_the_gazetteer(text, name):
    assert name in [n for n, _ in article_actors(text, "ar")]


@pytest.mark.parametrize("text, name", [
    # «بن محمد» is Hamdan bin Mohammed's short form only where no given name stands before it
    ("وتعقد الجلسة الثلاثاء المقبل برئاسة رئيس المجلس الشيخ عبدالله بن محمد آل الشيخ.",
     "Abdullah bin Mohammed Al al-Sheikh"),
    ("وقال الشيخ محمد بن عبدالله بن محمد آل ثاني إن الاجتماع سيعقد غدا.",
     "Mohammed bin Abdullah bin Mohammed Al Thani"),
])
def test_a_patronymic_after_a_compound_given_name_is_no_known_princes(text, name):
    assert [n for n, _ in article_actors(text, "ar")] == [name]


@pytest.mark.parametrize("text, name", [
    # a verb's object after its subject's name is not the name's last words
    ("ومن المنتظر أن يلتقي رئيس مجلس النواب سامر القاضي رؤساء الكتل النيابية يوم الثلاثاء المقبل.", "Samer al-Qadi"),
    ("ودعا نائب رئيس الحزب سليمان أبكر زكريا أنصار الحزب إلى التظاهر يوم السبت المقبل.", "Suleiman Abkar Zakaria"),
    # a family name after a father's name stays («شياع السوداني»), as does a compound given name
    ("وقال رئيس الوزراء محمد شياع السوداني إن الحكومة ستقر الموازنة الأسبوع المقبل.", "Mohammed Shia al-Sudani"),
    # a ruling family's name («آل ثاني») closes the name
    ("ويوقع الوزير مع نظيره الشيخ خالد بن عبدالله بن محمد آل ثاني بروتوكول تعاون الأسبوع المقبل.",
     "Khaled bin Abdullah bin Mohammed Al Thani"),
])
def test_a_name_stops_before_the_verbs_object(text, name):
    assert name in [n for n, _ in article_actors(text, "ar")]


def test_the_free_syrian_army_keeps_its_longer_name():
    names = [n for n, _ in article_actors("وقال إن الجيش السوري الحر سيعلن موقفه غدا.", "ar")]
    assert names == ["Free Syrian Army"]


@pytest.mark.parametrize("text, lang, codes", [
    ("دمشق - «الوطن». وتعتزم الحكومة رفع رواتب العاملين في القطاع العام في سوريا بنسبة 20 في المئة الشهر المقبل.",
     "ar", ["SY"]),
    ("Kenya's economy grew last year. The government will present the budget on Thursday, officials in Nairobi said.",
     "en", ["KE"]),
])
def test_the_government_as_a_subject_is_the_texts_state(finder, text, lang, codes):
    assert acting(finder, text, lang) == codes


@pytest.mark.parametrize("text, lang", [
    # the government as an object makes no state act, nor does a state the text names only once
    ("وتسعى الحكومة إلى تحسين العلاقات مع موسكو خلال العام المقبل.", "ar"),
    # a verbal noun before it («تشكيل الحكومة») reads like a past verb but has it as its object
    ("بيروت - «النهار». يزور المبعوث لبنان الأسبوع المقبل مع تكثيف المشاورات حول تشكيل الحكومة مع اقتراب الاحتجاجات من"
     " شهرها الثالث في لبنان.", "ar"),
    ("وقال سفير أجنبي في سوريا إن بلاده تجري اتصالات مع الحكومة بشأن اللاجئين.", "ar"),
    ("Kenya's economy grew last year, and donors will hold talks with the government on Thursday.", "en"),
])
def test_the_government_elsewhere_names_no_state(finder, text, lang):
    assert acting(finder, text, lang) == []


@pytest.mark.parametrize("text, name", [
    ("Transport Minister Bruno Ching'andu said the handover would take place on Friday.", "Bruno Ching'andu"),
    ("Deputy Minister Salem Ba'aboud said the talks would resume on Friday.", "Salem Ba'aboud"),
])
def test_a_name_word_may_hold_an_apostrophe(text, name):
    assert name in [n for n, _ in article_actors(text, "en")]


def test_possessives_stay_outside_names():
    names = [n for n, _ in article_actors("President William Ruto's government will present the bill on Friday.", "en")]
    assert names == ["William Ruto"]


@pytest.mark.parametrize("text, event", [
    ("Seguro and Ventura will meet in a presidential run-off on February 8.", "election"),
    ("The two front-runners are likely to meet in the run-off next month.", "election"),
    ("The two leaders will meet in Lisbon on February 8.", "meeting"),
])
def test_candidates_meeting_in_a_run_off_are_an_election(text, event):
    assert first_forward(Resources.load(), text, "en", PUBLISHED).event_type == event
