"""Session 24: event types of a legislature's business. A sitting is a meeting (a rate board's is
not); so are a hearing, a briefing to the Security Council and a committee starting to debate; a
vote on or ratification of an agreement is the agreement's; a final vote and a qualified majority
are a legislature's, not an election's; stating a position is a statement. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from tests.conftest import first_forward, forward_event

PUBLISHED = date(2026, 1, 20)


def _event(text: str, lang: str = "en") -> str:
    return first_forward(Resources.load(), text, lang, PUBLISHED).event_type


# a story about an election: the vote words of a legislature's own business are still not it
_ELECTION = "Headline\n\nVoters will elect a new president in the general election on June 7. "


@pytest.mark.parametrize(("sentence", "part"), [
    ("Lawmakers approved the bill in a first reading on Tuesday, and a final vote is scheduled for February 12.",
     "final vote"),
    ("The government expects to win the required two-thirds majority with the help of two independents.",
     "two-thirds"),
    ("The coalition is unlikely to muster the three-fifths majority the amendment needs next month.",
     "three-fifths"),
])
def test_a_legislatures_vote_is_no_election(sentence, part):
    assert forward_event(_ELECTION + sentence, "en", part, PUBLISHED) == "other"


def test_a_majority_in_an_election_is_still_the_election():
    assert _event("The ruling party is expected to win a majority in the election on May 3.") == "election"


@pytest.mark.parametrize("text", [
    "Parliament will vote on ratifying the border treaty with its neighbour on March 2.",
    "The Senate is expected to ratify the fisheries agreement with the bloc next month.",
])
def test_ratifying_an_agreement_is_the_agreement(text):
    assert _event(text) == "agreement"


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("The National Assembly will hold its ordinary session on February 17-18.", "en", "meeting"),
    ("Parliament will hold a special session on Thursday to vote on the budget.", "en", "meeting"),
    ("ومن المقرر أن تعقد لجنة الطاقة بمجلس النواب اجتماعا الأحد المقبل للاستماع إلى الوزير.", "ar", "meeting"),
    ("وسيعقد البرلمان جلسة عامة الخميس المقبل للتصويت على قانون الانتخابات.", "ar", "meeting"),
    # a central bank's board meeting carries a rate decision
    ("The central bank's board is due to meet on February 14, officials said.", "en", "other"),
])
def test_a_legislatures_sitting_is_a_meeting_a_rate_boards_is_not(text, lang, event):
    assert _event(text, lang) == event


@pytest.mark.parametrize("text", [
    "ومن المنتظر أن تقدم المبعوثة الأممية إحاطتها الدورية إلى مجلس الأمن الدولي يوم الأربعاء المقبل.",
    "ومن المنتظر أن تستمع اللجنة إلى وزير الداخلية مجددا الأسبوع المقبل.",
    "وتبدأ اللجنة القانونية في مجلس النواب يوم الأحد المقبل مناقشة مشروع القانون المعدل.",
    "ولوح النائب باستضافة وزير التجارة في جلسة استماع خلال الأسابيع المقبلة.",
])
def test_a_hearing_a_briefing_or_a_committees_debate_is_a_meeting(text):
    assert _event(text, "ar") == "meeting"


@pytest.mark.parametrize(("text", "lang"), [
    ("The opposition party will present its economic programme in the capital in early September.", "en"),
    ("The prime minister is expected to repeat his opposition to new sanctions on gas imports next week.", "en"),
    ("The president is expected to raise the issue at the regional summit in May.", "en"),
    ("ويرجح مراقبون أن يتطرق الرئيس إلى ملف الأجور خلال لقائه الأسبوع المقبل.", "ar"),
    ("ومن المنتظر أن يعرض رئيس الوزراء خطة الحكومة الخمسية على المانحين الشهر المقبل.", "ar"),
])
def test_stating_a_position_is_a_statement(text, lang):
    assert _event(text, lang) == "statement"


@pytest.mark.parametrize("text", [
    "Suriname may join a regional power-link project with its two neighbours, a senior official said.",
    "Analysts say a settlement could be reached before the end of the year.",
    "The minister hopes the review will open the way to a funded programme before the end of the year.",
    "The European Commission is expected to approve a 6.4 billion euro loan for the country next month.",
])
def test_joining_settling_and_lending_are_agreements(text):
    assert _event(text) == "agreement"


@pytest.mark.parametrize("text", [
    "The ruling party is likely to finish first in the vote next month but could fall short of a majority.",
    "The opposition alliance could name a single presidential candidate by the end of the month.",
    "The party will field candidates in all 40 constituencies next year.",
    "The president is widely expected to file his nomination papers on the first day of registration next week.",
])
def test_the_steps_of_a_race_are_the_election(text):
    assert _event(text) == "election"


@pytest.mark.parametrize("text", [
    "Brunei and Malaysia will hold their annual leaders' consultation in Kuala Lumpur in December.",
    "The National Assembly's mines committee will question the minister on Thursday over the quotas.",
    "Lawmakers are expected to hold a first reading of the bill in late February.",
    # (session 37: tabling a motion is a statement, as most golds have it, so the sitting is
    # read here from a sentence whose only event is the house reconvening)
    "Ministers will answer questions when parliament reconvenes on Monday.",
])
def test_a_consultation_a_questioning_and_a_reading_are_meetings(text):
    assert _event(text) == "meeting"
