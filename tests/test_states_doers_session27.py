"""Session 27: a nationality adjective on a noun of what a state sends, does or gives («القوات
الفرنسية», «الوسطاء المصريون والقطريون», "Israeli air strikes", "a Qatari grant") names the state as
a party wherever the phrase stands (`doer_nouns_*` in countries.json). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from claimtracker.extract.countries import CountryFinder
from tests.test_states_subject import acting


@pytest.fixture(scope="module")
def finder() -> CountryFinder:
    return CountryFinder.load()


@pytest.mark.parametrize("text, lang, codes", [
    ("ويجتمع الوسطاء المصريون والقطريون في الدوحة الأسبوع المقبل لبحث المرحلة الثانية.", "ar", ["EG", "QA"]),
    ("وقد يعرقل استمرار الغارات الإسرائيلية عودة النازحين قبل الشتاء.", "ar", ["IL"]),
    ("وتجري القوات الفرنسية تدريبات مع وحدات محلية مطلع الشهر المقبل.", "ar", ["FR"]),
    ("وتتحدث مصادر عن منحة كويتية لبناء محطة جديدة قد يعلن عنها خلال الزيارة.", "ar", ["KW"]),
    ("Egyptian, Qatari and American mediators will meet in Doha next week.", "en", ["EG", "QA", "US"]),
    ("Continued Israeli air strikes could delay the return of displaced families.", "en", ["IL"]),
    ("A Kuwaiti grant for the new terminal could be announced during the visit.", "en", ["KW"]),
])
def test_an_adjective_on_what_a_state_sends_or_gives_makes_it_a_party(finder, text, lang, codes):
    assert acting(finder, text, lang) == codes


@pytest.mark.parametrize("text, lang", [
    ("Chinese firms may bid for the contract next month.", "en"),  # where a firm is from
    # (an ambassador speaks for the state since session 56: tests/test_session56.py)
    ("The French curator is expected to attend the ceremony.", "en"),
    ("وقد تتقدم شركات صينية للمناقصة الشهر المقبل.", "ar"),
    ("وقال الخبير إن الاقتصاد المصري قد يتباطأ في الربع المقبل.", "ar"),
])
def test_adjectives_on_other_nouns_do_not_count(finder, text, lang):
    assert acting(finder, text, lang) == []


@pytest.mark.parametrize("text, codes", [
    # a name in the adjective's place
    ("About 300 U.S. and Polish troops will join the exercise next month.", ["US", "PL"]),
    ("The project could face U.S. secondary sanctions before the end of the year.", ["US"]),
    # states listed after the people who sit or speak for them
    ("Officials from Kenya, Uganda and Rwanda will meet in Arusha next week.", ["KE", "UG", "RW"]),
    ("The leaders of Mali and Niger are expected to attend the ceremony.", ["ML", "NE"]),
    # two states joined by "and" before their plural verb
    ("Lithuania and Poland are likely to announce new targets before the summit.", ["LT", "PL"]),
])
def test_english_states_named_by_what_they_send_or_who_sits_for_them(finder, text, codes):
    assert acting(finder, text, "en") == codes


@pytest.mark.parametrize("text", [
    "Delegations from Egypt, Jordan, Qatar and Turkey attended a preparatory meeting.",  # an enumeration
    "Officials from several countries, including Chile, are expected to attend.",
    "Chilean government officials were not available for comment.",
])
def test_enumerations_and_asides_stay_out(finder, text):
    assert acting(finder, text, "en") == []


@pytest.mark.parametrize("text, codes", [
    ("ومن المقرر أن يجتمع وزراء خارجية اللجنة الخماسية، التي تضم قطر ومصر والأردن، في عمّان الشهر المقبل.",
     ["QA", "EG", "JO"]),
    ("ويعقد الشركاء الدوليون، ومنهم اليابان وكندا، اجتماعا في جنيف الأسبوع المقبل.", ["JP", "CA"]),
    ("وتتحدث مصادر عن رغبة دول أخرى، بينها الكويت، في الانضمام إلى المبادرة.", ["KW"]),
    ("وتتحدث مصادر عن اعتراض تركي مرتقب على مسار الخط قبل نهاية العام.", ["TR"]),
])
def test_arabic_group_members_and_objections(finder, text, codes):
    assert acting(finder, text, "ar") == codes
