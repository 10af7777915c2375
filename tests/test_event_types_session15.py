"""Session 15 event words: a vote whose object is a measure ("vote against the cuts", «التصويت على
الموازنة») is no election, a bloc suspending a member is a sanction, «البلديات» naming the
municipalities is no vote, deploying a unit («سينشر وحدة») or a military mission is military.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from tests.conftest import forward_event

PUB = date(2026, 2, 1)


@pytest.mark.parametrize("text, part, expected", [
    ("The opposition Labour Party said on Tuesday it would vote against the cuts.", "vote against", "other"),
    ("Two small parties are expected to vote for the revised budget next week.", "revised budget", "other"),
    ("Senators will vote on whether to extend the mission in March.", "whether", "other"),
    ("The regional bloc is expected to lift the suspension of Gabon's membership in May.", "suspension", "sanction"),
    ("The union said the suspension would remain until constitutional order is restored.", "suspension", "sanction"),
    ("ECOWAS could suspend the country from its decision-making bodies next week.", "suspend", "sanction"),
    ("A Polish military training mission is due to arrive in the capital in early May.", "mission", "military"),
    # guards: a vote with no measure after it, or with voters in its sentence, is still the election
    ("Citizens will vote on Sunday in the presidential election.", "vote", "election"),
    ("Voters will vote on the new constitution on March 8.", "constitution", "election"),
])
def test_vote_and_suspension_en(text, part, expected):
    assert forward_event(text, "en", part, PUB) == expected


@pytest.mark.parametrize("text, part, expected", [
    # guard: a vote against a measure stays no election
    ("ومن المتوقع أن يصوت الحزب ضد الموازنة الأسبوع المقبل.", "ضد", "other"),
    ("ولم تستبعد مصادر دبلوماسية أن يرفع الاتحاد تعليق عضوية مالي خلال قمته المقبلة.", "عضوية", "sanction"),
    ("وسيصوت الناخبون يوم الأحد المقبل لاختيار رئيس جديد.", "الناخبون", "election"),
    # «البلديات» is the municipal vote, except where it counts or names the municipalities themselves
    ("ويرى مراقبون أن تشغيل الميناء قد يتعثر إذا لم يحسم الخلاف بين الدولة والبلديات المحيطة.", "تشغيل", "other"),
    ("وسيعين الوزير مديرين جددا لعشر بلديات كبرى قبل نهاية شباط.", "بلديات", "other"),
    ("ومن المقرر أن تجرى البلديات يوم 27 جوان المقبل.", "البلديات", "election"),
    ("وقال الجيش في بيان إنه سينشر وحدة خاصة لحماية الميناء خلال الأيام المقبلة.", "وحدة", "military"),
])
def test_vote_and_suspension_ar(text, part, expected):
    assert forward_event(text, "ar", part, PUB) == expected


def test_vote_on_a_measure_does_not_make_the_story_an_election():
    """A claim with no event word after "would vote against the cuts" is not carried into an
    election: the vote was the legislature's decision on a measure."""
    text = ("Budget row deepens\n\nThe government will submit the 2027 budget to the Majlis by October 31. "
            "The opposition Labour Party said on Tuesday it would vote against the cuts. "
            "A default is unlikely before 2028, analysts say.")
    ex = extract(text, published=PUB, lang="en", resources=Resources.load())
    types = {m.quote.split()[1]: m.event_type for m in ex.mentions if m.is_forward}
    assert types.get("opposition") == "other"
    assert types.get("default") == "other"
