"""The handler results `find_times` keeps across texts must never leak from one text, publication
date or earlier month into another: a warm lexicon gives what a cold one gives."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract.timewords import TimeLexicon, find_times

# Sentences written for this test: relative words (resolved against the publication date), a month
# named and then "the same month" (resolved against the month before), and plain dates.
TEXTS = {
    "en": [
        "The trade fair in Tallinn opens next week and closes on 14 of the same month.",
        "Negotiators in Quito expect a draft by the end of March, and a vote on 9 April.",
        "The dam near Kisumu was inspected last Tuesday; repairs start in two weeks.",
    ],
    "ar": [
        "يفتتح معرض الكتاب في نواكشوط الأسبوع المقبل ويختتم في 14 من الشهر نفسه.",
        "ويتوقع المفاوضون في مسقط مسودة قبل نهاية آذار وتصويتا في 9 نيسان.",
        "وزار الوفد سد الموصل الثلاثاء الماضي على أن تبدأ الإصلاحات بعد أسبوعين.",
    ],
}
PUBS = [date(2025, 1, 30), date(2026, 6, 2), None, date(2025, 1, 30)]


def _fresh() -> TimeLexicon:
    # the same grammars with no shared cache: `find_times` then makes a new one for each call
    return TimeLexicon(TimeLexicon.load().grammars)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_warm_cache_gives_what_a_cold_one_gives(lang):
    warm = TimeLexicon.load()
    for pub in PUBS:
        for text in TEXTS[lang]:
            assert find_times(text, lang, pub, warm) == find_times(text, lang, pub, _fresh())


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_same_words_follow_the_publication_date(lang):
    lex = TimeLexicon.load()
    text = TEXTS[lang][0]
    early = find_times(text, lang, date(2025, 1, 30), lex)
    late = find_times(text, lang, date(2026, 6, 2), lex)
    assert early and late
    assert early[0].window.start != late[0].window.start  # "next week" moved with the date


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_same_month_follows_the_month_named_before(lang):
    lex = TimeLexicon.load()
    pub = date(2025, 1, 30)
    june = {"en": "Talks resume in June and end on 14 of the same month.",
            "ar": "تستأنف المحادثات في حزيران، على أن يوقع الاتفاق في 14 من الشهر نفسه."}[lang]
    march = june.replace("June", "March").replace("حزيران", "آذار")
    in_june = [h.window.start for h in find_times(june, lang, pub, lex)]
    in_march = [h.window.start for h in find_times(march, lang, pub, lex)]
    assert date(2025, 6, 14) in in_june and date(2025, 3, 14) in in_march
    assert date(2025, 6, 14) not in in_march
