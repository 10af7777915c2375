"""Event classes of the sixth session: who travels for talks (a delegation negotiates, a leader
visits), a legislature's vote, reopening crossings and resuming trade, demarcation, and a claim
placed inside an event.

Sentences written for these tests (no article text); names, places and topics are new.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)


def _event(res: Resources, text: str, lang: str, containing: str | None = None) -> str | None:
    return first_forward(res, text, lang, PUBLISHED, containing).event_type


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # a delegation, mission or team sent somewhere for a round of talks: the trip, and the round a
        # claim of its own (session 48, as «لعقد جولة …» in Arabic since session 27)
        ("A Sudanese negotiating team will fly to Addis Ababa on Thursday for a fresh round of talks, aides said.",
         "en", "visit"),
        # ... but a mission arriving "for talks" with no round named makes a visit (session 9)
        ("An EU mission is due to arrive in Chisinau next week for talks on the energy grant, officials said.",
         "en", "visit"),
        ("An EU mission is due to arrive in Chisinau next week to resume talks on the energy grant, officials said.",
         "en", "meeting"),
        # (session 27: an Arabic purpose «لعقد …», «لبحث …», «لإجراء محادثات» after a trip is a claim of
        # its own, a meeting, and the trip before it a visit: test_events_session27)
        ("قال مصدر حكومي إن وفدا سودانيا برئاسة وزير المالية جبريل إبراهيم سيتوجه إلى القاهرة يوم الاثنين المقبل "
         "لعقد جولة ثانية من المفاوضات حول الديون.", "ar", "visit"),
        # a leader or minister who travels for talks makes a visit
        ("Kenyan President William Ruto will travel to Kampala on Friday for talks with Yoweri Museveni, his office said.",
         "en", "visit"),
        ("Foreign Minister Rania Salem may fly to Rome in April for talks on migration, two diplomats said.",
         "en", "visit"),
        ("ومن المنتظر أن يتوجه وزير الخارجية الجزائري إلى نواكشوط الأسبوع المقبل لإجراء محادثات مع نظيره الموريتاني.",
         "ar", "visit"),
    ],
)
def test_who_travels_for_talks(res: Resources, text: str, lang: str, event: str) -> None:
    assert _event(res, text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "containing", "event"),
    [
        # "the vote" after a legislature votes on a measure is that vote, not an election
        ("The Chilean Senate is due to vote on the pension overhaul on June 3, officials said. "
         "Some senators could still ask for the vote to be delayed, an aide said.", "en", "delayed", "other"),
        ("The UN Security Council is expected to extend the peacekeeping mandate on Friday, diplomats said. "
         "Unions plan to march in Juba on the eve of the vote.", "en", "march", "other"),
        ("Two independent lawmakers said they had not decided how they would vote next week.", "en", None, "other"),
        ("Peru's Congress is scheduled to vote on March 3.", "en", None, "other"),
        # ... but a vote in a story about an election stays one
        ("Zambians will go to the polls on August 12, the electoral commission said. "
         "The vote could be delayed by floods, officials in Lusaka said.", "en", "delayed", "election"),
        ("Parliament was dissolved on Monday and voters will elect a new assembly in May, officials said. "
         "Lawmakers said the vote may be postponed to June.", "en", "postponed", "election"),
    ],
)
def test_legislative_vote(res: Resources, text: str, lang: str, containing: str | None, event: str) -> None:
    assert _event(res, text, lang, containing) == event


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # reopening a crossing, resuming trade or exports: economic measures, `other`
        ("The Rafah crossing could reopen next month if the monitors return, a Palestinian official said.",
         "en", "other"),
        ("Grain exports through the port may resume in May, the ministry said.", "en", "other"),
        ("Niger could resume oil pumping through the pipeline in June, officials said.", "en", "other"),
        ("ويرجح مراقبون أن يعاد فتح المنفذ الحدودي أمام الشاحنات مطلع الشهر المقبل.", "ar", "other"),
        ("وأشار الوزير إلى أن شحنات الغاز قد تستأنف في نيسان المقبل.", "ar", "other"),
        # a condition runs to the end of its clause: every event word in it only frames the claim
        ("The Rafah crossing could reopen in May if the militias halt their attacks on convoys, an official said.",
         "en", "other"),
        ("The treaty could be signed in May if the rebels stop their attacks on the pipeline, an official said.",
         "en", "agreement"),
        # demarcating a border is `other`, but talks or a meeting about it stay a meeting
        ("ومن المتوقع أن تستغرق أعمال الترسيم في المنطقة الجنوبية عدة أشهر.", "ar", "other"),
        ("Officials from Kyrgyzstan and Tajikistan will meet in Osh on Monday to discuss the demarcation of the border.",
         "en", "meeting"),
        # ... and talks on reopening a border stay talks
        ("Officials of the two countries will hold talks in Doha on Saturday on reopening the border, a spokesman said.",
         "en", "meeting"),
        # a claim placed inside an event, with nothing but a weak word besides, is about that event
        ("وقال دبلوماسي إن الرباط لن تطرح ملف ترسيم الحدود خلال هذا الاجتماع.", "ar", "meeting"),
        # ... but an announcement made during it is a statement
        ("Qatar will announce a large pledge during the conference, its minister said.", "en", "statement"),
    ],
)
def test_crossings_trade_demarcation(res: Resources, text: str, lang: str, event: str) -> None:
    assert _event(res, text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "containing", "event"),
    [
        # a standing type named only in passing does not type a later claim about something else
        ("Tunisia and Libya plan to reopen the Dehiba crossing in full\n\n"
         "Officials of the two countries will meet in Tataouine on Thursday to finalise the plan, the ministry said. "
         "Libya will deploy extra border guards before mid-June, a minister said. "
         "The two states intend to adopt a shared digital customs system by August, customs sources said.",
         "en", "customs system", "other"),
        # ... but one the story is about does
        ("Sudan army prepares new offensive near El Fasher\n\n"
         "The army will launch an offensive on El Fasher next week, officials said. "
         "Residents fear the city could be cut off within days, aid workers said.", "en", "cut off", "military"),
    ],
)
def test_standing_type_of_the_story(res: Resources, text: str, lang: str, containing: str, event: str) -> None:
    assert _event(res, text, lang, containing) == event


@pytest.mark.parametrize(
    ("text", "containing", "event"),
    [
        # "this year's meeting", "the meeting" point back to the gathering named last: a summit
        ("Caribbean leaders will gather in Roseau on July 3 for their annual summit, officials said. "
         "Guyana will not send observers to this year's meeting, a spokesman said.", "observers", "summit"),
        ("Caribbean leaders will gather in Roseau on July 3 for their annual summit, officials said. "
         "The host said the meeting could be moved to Castries because of the storms.", "moved", "summit"),
        # ... but a meeting named in between is the one pointed back to, and with no summit it stays a meeting
        ("Caribbean leaders will gather in Roseau on July 3 for their annual summit, officials said. "
         "Their finance ministers will hold a preparatory meeting on June 20, and the meeting could be moved online.",
         "moved online", "meeting"),
        ("Foreign ministers of the bloc will hold talks in Lima on Friday. The meeting could be moved online, an aide said.",
         "moved online", "meeting"),
    ],
)
def test_the_meeting_points_back(res: Resources, text: str, containing: str, event: str) -> None:
    assert _event(res, text, "en", containing) == event


def test_a_possessive_date_names_the_event(res: Resources) -> None:
    # "this year's meeting" says which event; the date given for it before is when it happens
    text = ("Pacific leaders will meet in Apia from 8 to 11 September for their annual summit, officials said. "
            "Fiji will not send its prime minister to this year's meeting, a spokesman said. "
            "Analysts expect leaders to use the summit to press for climate funding.")
    window = first_forward(res, text, "en", PUBLISHED, "climate funding").expected
    assert window is not None and window.start == date(2025, 9, 8) and window.end == date(2025, 9, 11)


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # agreeing on a joint statement is a statement, as agreeing on a meeting is that meeting
        ("I expect the two leaders to agree on a joint statement on water security, an analyst said.", "en", "statement"),
        ("ويتوقع أن يتفق الزعيمان على بيان مشترك حول الأمن المائي.", "ar", "statement"),
        ("The two leaders are expected to agree on a new grazing accord next month, officials said.", "en", "agreement"),
        # a legislature debating a draft law sits on it: a meeting (session 24; the later seen golds
        # call such debates meetings, where session 6 had them `other`)
        ("Parliament will debate the draft law on media ownership next week, the speaker said.", "en", "meeting"),
        ("ومن المنتظر أن يناقش البرلمان الأسبوع المقبل مشروع قانون الجمعيات المعدل.", "ar", "other"),
        # extending a president's term puts off the election: an election claim
        ("Analysts say the crisis could push President Kiir to extend his term by two years.", "en", "election"),
        ("ويرى محللون أن تعثر الحوار قد يدفع الرئيس إلى تمديد ولايته عامين.", "ar", "election"),
    ],
)
def test_statements_bills_and_terms(res: Resources, text: str, lang: str, event: str) -> None:
    assert _event(res, text, lang) == event
