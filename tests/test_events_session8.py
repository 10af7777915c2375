"""Event types, eighth round: an agreement whose object is a ceasefire is a ceasefire claim (the
guideline's type for truces), and a council's vote on a draft resolution, or a member abstaining
from it, is a body's decision (`other`), not an election, however many words stand between the
verb and its object."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def _types(text: str, lang: str) -> list[str]:
    ms = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load()).mentions
    return [m.event_type for m in ms if m.is_forward]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقال الوسيط إن اتفاق وقف إطلاق النار في المدينة قد يمدد أسبوعين إضافيين.", "ar"),
        ("ويرجح دبلوماسيون أن يوقع الطرفان اتفاق هدنة قبل نهاية الشهر.", "ar"),
        ("The truce deal is expected to be signed in Nairobi on Thursday.", "en"),
        ("Mediators said an agreement on a ceasefire could be reached within days.", "en"),
    ],
)
def test_an_agreement_on_a_ceasefire_is_a_ceasefire(text, lang):
    assert _types(text, lang)[:1] == ["ceasefire"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ويصوت مجلس الأمن الدولي يوم الاثنين الثاني عشر من مايو المقبل على مشروع قرار لتمديد ولاية البعثة.", "ar"),
        ("ومن المرجح أن تمتنع الصين عن التصويت.", "ar"),
        ("China is expected to abstain from voting on the text on Friday.", "en"),
    ],
)
def test_a_council_vote_on_a_resolution_is_no_election(text, lang):
    assert _types(text, lang) == ["other"]


def test_a_vote_in_an_election_stays_an_election():
    assert _types("ومن المقرر أن يتوجه الناخبون إلى صناديق الاقتراع للتصويت في الانتخابات البلدية يوم الأحد المقبل.", "ar") == ["election"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ومن المقرر أن يترأس الوفد التونسي وزير الخارجية في جولة المفاوضات المقبلة.", "ar"),
        ("ويرجح أن يقود وفد المعارضة رئيس الكتلة النيابية الأسبوع المقبل.", "ar"),
        ("It is not yet clear who will lead Chad's delegation at next week's round in Doha.", "en"),
        ("The delegation will be headed by the deputy foreign minister, officials said.", "en"),
    ],
)
def test_heading_a_delegation_is_about_the_talks_it_goes_to(text, lang):
    assert _types(text, lang)[:1] == ["meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "A surprise cut by the central bank cannot be ruled out, analysts said.",
        "The ministry won't rule out new sanctions on Iran.",
    ],
)
def test_cannot_be_ruled_out_is_low_certainty_speculation(text):
    ms = [m for m in extract(text, published=PUBLISHED, lang="en", resources=Resources.load()).mentions if m.is_forward]
    assert [(m.kind, m.certainty_label) for m in ms] == [("speculation", "low")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ولم تستبعد المصادر أن تمتنع الصين عن التصويت كما فعلت في السنوات الماضية.", "ar"),
        ("Officials said Chile could abstain again, as it has done over the past few years.", "en"),
    ],
)
def test_a_period_looking_back_to_today_does_not_date_a_forecast(text, lang):
    ms = [m for m in extract(text, published=PUBLISHED, lang=lang, resources=Resources.load()).mentions if m.is_forward]
    assert ms and all(m.expected is None or m.expected.end != PUBLISHED for m in ms)
