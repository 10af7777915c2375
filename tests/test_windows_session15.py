"""Session 15 windows: a deadline ("parties have until Monday to") is a claim of its own, up to its
day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources, extract

PUB = date(2026, 6, 17)  # a Wednesday


def test_a_deadline_after_a_dated_event_is_its_own_claim():
    text = ("Headline\n\nVoters will elect a new parliament on Saturday, October 3, and parties have until "
            "Monday to submit candidate lists, the commission said.")
    ex = extract(text, published=PUB, lang="en", resources=Resources.load())
    deadline = [m for m in ex.mentions if m.is_forward and "until Monday" in m.quote]
    assert deadline and "October 3" not in deadline[0].quote
    w = deadline[0].expected
    assert w is not None and w.end == date(2026, 6, 22)


def _ar(text: str, published: date):
    return extract("عنوان\n\n" + text, published=published, lang="ar", resources=Resources.load()).mentions


def test_an_expecting_participle_opens_a_claim_of_its_own():
    text = "وقال المتحدث باسم الجيش إن العملية ستستمر حتى تطهير آخر جزيرة، متوقعا أن تستكمل مرحلتها الأولى قبل نهاية أفريل."
    expecting = [m for m in _ar(text, date(2026, 4, 16)) if m.quote.startswith("متوقعا")]
    assert expecting and expecting[0].certainty_label == "medium"


def test_a_claim_set_at_a_dated_event_takes_its_date():
    text = ("وقال الباحث إن التمويل هو العقدة الحقيقية، متوقعا أن يطرح الملف على قادة دول مجلس التعاون في القمة "
            "المقررة في ديسمبر المقبل.")
    found = [m for m in _ar(text, date(2026, 9, 8)) if "القمة" in m.quote]
    assert found and found[0].expected is not None and found[0].expected.start == date(2026, 12, 1)
    assert found[0].event_type == "summit"


def test_a_recent_day_without_a_year_under_a_future_verb_is_next_years():
    ex = extract("Headline\n\nBulgaria will adopt the euro on January 1, the finance minister said.",
                 published=date(2026, 2, 1), lang="en", resources=Resources.load())
    w = ex.mentions[0].expected
    assert w is not None and w.start == date(2027, 1, 1)


def test_an_old_schedule_keeps_its_past_date():
    # guard: the date a moved event was first set for is not rolled on to next year
    text = "Headline\n\nThe meeting, initially set for January 21, was pushed back and will now take place on Thursday."
    ex = extract(text, published=date(2026, 2, 1), lang="en", resources=Resources.load())
    assert not any(m.expected and m.expected.start and m.expected.start.year == 2027 for m in ex.mentions)
