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
    ("The French ambassador is expected to attend the ceremony.", "en"),
    ("وقد تتقدم شركات صينية للمناقصة الشهر المقبل.", "ar"),
    ("وقال الخبير إن الاقتصاد المصري قد يتباطأ في الربع المقبل.", "ar"),
])
def test_adjectives_on_other_nouns_do_not_count(finder, text, lang):
    assert acting(finder, text, lang) == []
