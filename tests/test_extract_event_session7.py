"""Event types of session 7: the word classes that name an event type (a truce told as its verb,
forming a government of any kind, handing over power, election observers, leaders' sessions,
troop contingents). Sentences written for these tests, with invented names and places."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources
from tests.conftest import first_forward

PUBLISHED = date(2025, 3, 10)


def _event(text: str, lang: str) -> str:
    return first_forward(Resources.load(), text, lang, PUBLISHED).event_type


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a truce told as its verb: halting the fighting is the ceasefire, not the fighting
        ("The rival militias have agreed to halt fighting for ten days from Friday.", "ceasefire"),
        ("Both armies are expected to stop the fighting along the river by Sunday.", "ceasefire"),
        # forming a government, whatever its adjective, is government formation (`other`)
        ("The three centrist parties that won the election hope to form a broad government before summer.", "other"),
        ("The two blocs could form a national unity government to end the fighting in April.", "other"),
        # a handover of power belongs with government formation, not with the vote it follows
        ("The caretaker council will hand over power to an elected cabinet soon after the vote.", "other"),
        ("A transfer of power to the civilian authorities is expected in May.", "other"),
        # election observers are no troops even when they "deploy"
        ("The bloc will deploy an election observation mission to Tarnavia next month.", "other"),
        # heads of government holding a session, leaders discussing: a summit
        ("Andean heads of government will hold an extraordinary session on the crisis on May 3.", "summit"),
        ("Nordic leaders will discuss the energy crisis when they gather in Turku next week.", "summit"),
        # the steps of a vote name the election: registration, turnout, polling stations
        ("The electoral board said that voter registration would close on 20 March.", "election"),
        ("Observers expect turnout to fall below 40 percent on Sunday.", "election"),
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


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # the source's frame names the talks; what the source says will happen is the accord
        ("People close to the negotiations said that a final accord was unlikely before next year.", "en", "agreement"),
        ("وقال مصدر مطلع على المفاوضات إن الاتفاق النهائي لن يوقع قبل العام المقبل.", "ar", "agreement"),
        # a trip named as the frame of the clause: what is done during it is the event
        ("On a two-day visit to Lisbon next week the minister will meet the Portuguese president.", "en", "meeting"),
        # (a meeting «خلالها», during it, is a claim of its own since session 45: test_session45.py)
        ("في زيارة مرتقبة الأسبوع المقبل يلتقي الوزير ملك الأردن.", "ar", "meeting"),
        # ... but a trip alone stays a visit, and a weak word beside it (a statement) is no deed
        ("The minister will be in Lisbon on a two-day visit next week.", "en", "visit"),
        ("ويحل الوزير بالعاصمة الأردنية الخميس المقبل في زيارة عمل تدوم يومين، حسب ما أفاد به بيان للوزارة.", "ar", "visit"),
        # a person's name is no verb of arrival («فيصل» is not «ف» + «يصل»)
        ("ويرجح أن يشارك الأمير فيصل في الاجتماع المقبل للجامعة الأسبوع المقبل.", "ar", "meeting"),
        # a gathering is a meeting
        ("Diplomats expect the president at the gathering in Minsk next month.", "en", "meeting"),
    ],
)
def test_head_event_frames_session7(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an aside describing a noun ("..., which has seen shelling") is not the claim's event
        ("The cabinet will decide next week, after weighing the crisis in Borovia, which has seen heavy shelling.", "en"),
        ("وسيتخذ الرئيس قراره الأسبوع المقبل بعد دراسة الوضع في الإقليم، الذي شهد اشتباكات عنيفة.", "ar"),
    ],
)
def test_relative_aside_is_not_the_event(text: str, lang: str) -> None:
    assert _event(text, lang) != "military"


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # government formation and appointments (the guideline's `other`): a reshuffle by any
        # name, a legislature electing a head of state or speaker, naming a candidate premier,
        # appointing officials
        ("ومن المتوقع أن يجري الرئيس تبديلا حكوميا لسد الفراغ الذي خلفته استقالات الوزراء.", "ar", "other"),
        ("ومن المرجح أن ينتخب مجلس النواب رئيسا جديدا للبلاد في جلسة انتخابية الشهر المقبل.", "ar", "other"),
        ("وقد تؤجل جلسة انتخاب رئيس الجمهورية إلى الشهر المقبل.", "ar", "other"),
        ("ومن المنتظر أن تعلن الكتلة الأكبر اسم مرشحها لرئاسة الحكومة خلال أيام.", "ar", "other"),
        ("وستعين الحكومة لجنة انتخابية جديدة الشهر المقبل.", "ar", "other"),
        ("The largest bloc is expected to name its candidate for prime minister at a meeting on Sunday.", "en", "other"),
        # turnout is the election's
        ("ويتوقع مراقبون ألا تتجاوز نسبة المشاركة 35 في المئة في ظل المقاطعة الواسعة.", "ar", "election"),
    ],
)
def test_government_formation_words_session7(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # a verb of result whose preposition is a proclitic («تمهد لعقد», «تؤدي لـ»): the event it
        # brings about is the claim's, not the one that brings it
        ("ويرى مراقبون أن الزيارة قد تمهد لعقد قمة ثلاثية في الرياض الشهر المقبل.", "ar", "summit"),
        ("ويرى دبلوماسيون أن الجولة قد تفضي لاتفاق هدنة قبل نهاية الشهر.", "ar", "ceasefire"),
        # a workshop or seminar is a meeting
        ("The finance ministers could agree to hold a workshop on the new budget rules in October.", "en", "meeting"),
    ],
)
def test_result_and_gathering_words_session7(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # a stated position the forward cue governs is the claim's event, whatever it is about
        ("Beijing is likely to voice strong concern over the new naval pact.", "en", "statement"),
        ("The bloc is expected to condemn the military offensive in the east.", "en", "statement"),
        ("ومن المتوقع أن تعرب الخارجية عن قلقها من الاتفاق العسكري الجديد.", "ar", "statement"),
        ("ومن المرجح أن يدين المجلس الهجوم على القافلة.", "ar", "statement"),
        # an announcement still hands the claim to what it announces
        ("The ministry will announce new sanctions on the two banks next week.", "en", "sanction"),
    ],
)
def test_stated_positions_session7(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # "military" with a noun of action is a military event
        ("A military response from Ankara is unlikely this year.", "en", "military"),
        ("ويستبعد محللون أي تحرك عسكري تركي قبل نهاية العام.", "ar", "military"),
        # testimony before a committee and a court's hearings are procedure, not diplomacy (`other`);
        # a legislature's hearing is a meeting (session 24, as the English rule of session 17)
        ("The governor will appear before the senate's economy committee next week to discuss the reform.", "en", "other"),
        ("The delegation is not expected to attend the court's hearings in The Hague next month.", "en", "other"),
        ("ومن المقرر أن يحضر وفد الحكومة جلسة استماع في البرلمان حول الاتفاق الأمني الشهر المقبل.", "ar", "meeting"),
    ],
)
def test_military_action_and_hearings_session7(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # reaching a consensus is reaching an agreement, even before a meeting that dates it
        ("ويرى دبلوماسيون أن التوصل إلى توافق قبل انعقاد المؤتمر في أيار المقبل أمر غير مضمون.", "ar", "agreement"),
        ("Diplomats doubt the parties can reach a consensus before the conference opens in May.", "en", "agreement"),
    ],
)
def test_consensus_is_agreement_session7(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # the verbal noun of a trip verb («التوجه إلى», «السفر إلى») names the trip
        ("ويعتزم وزير الزراعة التوجه إلى روما منتصف الشهر المقبل لترؤس وفد بلاده في أعمال المؤتمر.", "ar", "visit"),
        ("وقرر رئيس الحكومة السفر إلى أنقرة الأسبوع المقبل.", "ar", "visit"),
    ],
)
def test_trip_verbal_nouns_session7(text: str, lang: str, event: str) -> None:
    assert _event(text, lang) == event
