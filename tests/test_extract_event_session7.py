"""Event types of session 7: the word classes that name an event type (a truce told as its verb,
forming a government of any kind, handing over power, election observers, leaders' sessions,
troop contingents). Sentences written for these tests, with invented names and places."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2025, 3, 10)


def _event(text: str, lang: str) -> str:
    ex = extract(text, published=PUBLISHED, lang=lang, resources=Resources.load())
    forward = [m for m in ex.mentions if m.is_forward]
    assert forward, f"no forward mention in {text!r}"
    return forward[0].event_type


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a truce told as its verb: halting the fighting is the ceasefire, not the fighting
        ("The rival militias have agreed to halt fighting for ten days from Friday.", "ceasefire"),
        ("Both armies are expected to stop the fighting along the river by Sunday.", "ceasefire"),
        # forming a government, whatever its adjective, is government formation (`other`)
        ("The three centrist parties hope to form a broad government before the summer.", "other"),
        ("The two blocs could form a national unity government in April.", "other"),
        # a handover of power belongs with government formation, not with the vote it follows
        ("The caretaker council will hand over power to an elected cabinet soon after the vote.", "other"),
        ("A transfer of power to the civilian authorities is expected in May.", "other"),
        # election observers are no troops even when they "deploy"
        ("The bloc will deploy an election observation mission to Tarnavia next month.", "other"),
        # heads of government holding a session, leaders discussing: a summit
        ("Andean heads of government will hold an extraordinary session on the crisis on May 3.", "summit"),
        ("Nordic leaders will discuss the energy crisis when they gather in Turku next week.", "summit"),
        # troops arriving are a deployment, not a visit
        ("The first police contingents are unlikely to arrive before April.", "military"),
    ],
)
def test_english_event_classes_session7(text: str, event: str) -> None:
    assert _event(text, "en") == event


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("ومن المتوقع أن يوقف الطرفان القتال يوم الأحد المقبل.", "ceasefire"),
        ("ومن المرجح أن تشكل الأحزاب الثلاثة حكومة ائتلافية قبل الصيف.", "other"),
        ("ومن المقرر أن يسلم المجلس العسكري السلطة إلى حكومة منتخبة بعد الاقتراع.", "other"),
        ("ومن المنتظر أن يتابع الانتخابات الرئاسية وفد من مراقبي الاتحاد الأفريقي في حزيران المقبل.", "other"),
        ("ويتوجه الناخبون في زامبيا إلى صناديق الاقتراع يوم الخميس المقبل.", "election"),
    ],
)
def test_arabic_event_classes_session7(text: str, event: str) -> None:
    assert _event(text, "ar") == event
