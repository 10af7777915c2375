"""Session 12, event types read from heldout12–13's misses, written as language rules:

- a delegation "led by" someone is a noun phrase; only "will be led by" makes the talks the event,
  so "a delegation led by X would visit Y" is a visit;
- a meeting, conference or session "of" presidents, prime ministers or heads of state is a summit;
- "on the eve of" and "on the day of" only time a claim, like "before";
- retaliatory, reciprocal and counter-measures are sanctions; a vote in a legislature and a
  handover to a president or government are `other`;
- troops arriving or deploying are military, whatever verb of travel the cue governs (ar), and so
  is escalating operations (en, ar);
- receiving someone on a visit is a visit (en, ar);
- briefing a council, commission or legislature is a meeting; an
  observer mission is `other` whatever verb sends it; a court declaring something unconstitutional
  is `other`, not a statement;
- protests, demonstrations, rallies and sit-ins are `other` (en, ar), not the event of the day
  they are timed by; filing a diplomatic protest is a statement.

Every sentence here is written for this file (invented people, places and topics).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import forward_event

PUBLISHED = date(2026, 2, 9)


def _event(text: str, lang: str, part: str) -> str | None:
    return forward_event(text, lang, part, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "lang", "part", "expected"),
    [
        ("The embassy said a delegation led by Deputy Minister Tomas Varga would visit Lusaka next week.",
         "en", "visit", "visit"),
        ("The foreign ministry said its delegation would be led by Deputy Minister Tomas Varga at the talks.",
         "en", "delegation", "meeting"),
        ("Ruritania will host a meeting of Nordic Baltic presidents in Tallinn in late April.",
         "en", "host", "summit"),
        ("The opposition alliance will stage a protest march on the eve of the vote, its spokeswoman said.",
         "en", "march", "other"),
        ("Varnia could lift its retaliatory measures within days if Ostland scraps the levy on steel.",
         "en", "retaliatory", "sanction"),
        ("The party whip said he expected a vote in the national assembly on the water bill by the end of May.",
         "en", "vote", "other"),
        ("Voters in Karesia will elect a president on March 15, the electoral commission said.\n\n"
         "The prime minister said the transition would end with a handover to an elected president "
         "before the end of the second quarter.", "en", "handover", "other"),
        ("Analysts say Ostland could escalate its operations in the border region before the end of the month.",
         "en", "escalate", "military"),
        ("The election commission will publish the final results on Friday, its chairman said.\n\n"
         "Opposition supporters plan to hold protests in the capital on the day of the announcement.",
         "en", "protests", "other"),
        ("ومن المقرر أن تعلن الهيئة العليا للانتخابات النتائج النهائية يوم الجمعة.\n\n"
         "وتعتزم أحزاب المعارضة تنظيم احتجاجات في العاصمة يوم إعلان النتائج.", "ar", "احتجاجات", "other"),
        ("The foreign ministry will file a diplomatic protest with Ostland over the seizure of the trawler, "
         "a spokesman said.", "en", "protest", "statement"),
        ("The UN envoy is due to brief the Security Council in New York in early November.", "en", "brief", "meeting"),
        ("The regional bloc plans to deploy a joint observer mission of about 80 people from January 5.",
         "en", "observer", "other"),
        ("Most analysts expect the court to declare the 2021 extension of the contract unconstitutional next month.",
         "en", "declare", "other"),
        ("The capital will receive the Grand Mufti of Varnia on a three-day visit starting on March 2.",
         "en", "receive", "visit"),
        ("ومن المتوقع أن تصل الدفعة الثالثة من القوات الكينية إلى المدينة قبل نهاية آذار المقبل.",
         "ar", "تصل", "military"),
        ("ويرى محللون أن إسرائيل قد تصعّد عملياتها قبل نهاية الشهر.", "ar", "تصعّد", "military"),
        ("وتستعد العاصمة لاستقبال رئيس وزراء فارنيا في زيارة تبدأ في الثاني من آذار المقبل.",
         "ar", "زيارة", "visit"),
    ],
)
def test_event_types(text: str, lang: str, part: str, expected: str) -> None:
    assert _event(text, lang, part) == expected


@pytest.mark.parametrize(
    ("text", "lang", "part", "expected"),
    [
        # guards: what the rules leave alone
        ("The delegation will be led by Foreign Minister Ilse Marek when talks resume in Vienna next week.",
         "en", "delegation", "meeting"),
        ("The two foreign ministers will meet in Riga next week to prepare the summit.", "en", "meet", "meeting"),
        ("Voters will go to the polls on March 8 to elect a new parliament, the commission said.",
         "en", "polls", "election"),
        ("The ministers are expected to discuss new sanctions on Ostland at their meeting next week.",
         "en", "sanctions", "sanction"),
        # "to March 12" is a month, not a protest march
        ("The speech, first set for February 19, was put off to March 12, and the finance minister is expected "
         "to raise the fuel levy.", "en", "raise", "other"),
        ("ومن المقرر أن يزور وزير الخارجية العاصمة الكينية الأسبوع المقبل.", "ar", "يزور", "visit"),
    ],
)
def test_event_types_left_alone(text: str, lang: str, part: str, expected: str) -> None:
    assert _event(text, lang, part) == expected
