"""The claim's event is the one its forward verb governs, when a clause names several events.

Sentences written for these tests (no article text).
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
        # an event named in a time complement only situates the claim
        ("Officials from both sides will hold talks in Oslo next week ahead of the regional summit.", "en", "meeting"),
        ("ومن المقرر أن يعقد الوزيران مؤتمرا صحفيا مشتركا عقب جولة المحادثات يوم الأحد.", "ar", "statement"),
        ("وقال المسؤول إن اللقاء سيناقش التحضيرات للقمة العربية المرتقبة في أيار المقبل.", "ar", "meeting"),
        # the verb right after the cue decides over a more specific word later on
        ("The envoy is due to visit Nairobi on Friday for talks on the ceasefire.", "en", "visit"),
        ("وسيلتقي المبعوث خلال زيارته رئيس الحكومة لبحث الهدنة يوم السبت.", "ar", "meeting"),
        # a light verb hands the claim to its object
        ("The ministers will discuss new sanctions on the shipping sector on Monday.", "en", "sanction"),
        # a verb that only holds an event: its object is the event
        ("ومن المنتظر أن تعقد اللجنة المشتركة اجتماعها الثاني في تونس مطلع أيار المقبل لمتابعة تنفيذ الاتفاق.", "ar",
         "meeting"),
        # a rate decision is `other` whatever verb introduces it (the annotation guideline)
        ("The central bank is expected to meet on Thursday to cut interest rates.", "en", "other"),
    ],
)
def test_the_governed_event_decides(res, text, lang, event):
    assert _event(res, text, lang) == event


def test_a_relative_clause_is_about_the_noun_it_hangs_on(res):
    text = "وتأتي الجولة في إطار الإعداد للقمة الإقليمية، التي من المتوقع أن تعقد في الرباط أواخر أيار المقبل."
    assert _event(res, text, "ar", containing="التي من المتوقع") == "summit"


def test_a_schedule_is_about_the_event_its_date_hangs_on(res):
    text = "وتأتي الجولة قبل أيام من الانتخابات البلدية المقررة في 20 آذار الجاري."
    assert _event(res, text, "ar") == "election"


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        # inflected Arabic forms: a pronoun on a feminine noun, the accusative alif of a phrase
        ("وستواصل الجزائر وساطتها بين الطرفين خلال الأسبوع المقبل.", "ar", "meeting"),
        ("وسيجري الرئيس تحويرا حكوميا واسعا الأسبوع المقبل.", "ar", "other"),
        # the name of the Gulf council is no cooperation event
        ("ويعقد المجلس الوزاري لمجلس التعاون الخليجي دورته العادية بعد غد في الرياض.", "ar", "meeting"),
        # parliamentary votes of confidence are not elections
        ("The government will face a confidence vote in parliament on Tuesday.", "en", "other"),
        # soldiers arriving are a deployment, not a visit
        ("About 800 soldiers are expected to arrive in the port city by the end of May.", "en", "military"),
        # a ticket or a second term is about the election
        ("The former mayor is widely expected to seek a second term in the autumn.", "en", "election"),
        # the ballots, the candidates a party fields, a seat contested are the election's
        ("Officials said the ballots would be delivered to the provinces by the end of the month.", "en", "election"),
        ("The Farmers' Union said it would field its own candidates in all 90 districts.", "en", "election"),
        ("Former governor Ana Lima may contest a seat in the northern region, aides said.", "en", "election"),
        # a strike is none of the listed events: the talks in its condition only frame it
        ("ولم تستبعد النقابة العامة للنقل الدخول في إضراب إذا لم تُشرَك في مفاوضات الاتفاقية الجديدة.", "ar", "other"),
        ("The dockers' union could go on strike next month if the talks on the new contract fail.", "en", "other"),
        # the leaders (heads of state) discussing, verb first: a summit; party leaders meeting: not
        ("ومن المقرر أن يناقش القادة ملف الهجرة في اجتماعهم الشهر المقبل.", "ar", "summit"),
        ("ومن المقرر أن يجتمع قادة الأحزاب يوم الأحد لبحث التحالف.", "ar", "meeting"),
        # air strikes stay military
        ("The army may launch air strikes on the border next week, officials said.", "en", "military"),
    ],
)
def test_event_words_of_the_lexicons(res, text, lang, event):
    assert _event(res, text, lang) == event


@pytest.mark.parametrize("text, lang", [
    ("About 3,000 officials are due to move to the new capital by July, the interior ministry said in a statement.", "en"),
    ("Customs posts will reopen to lorries on May 1, the transport ministry said on Monday in a joint statement.", "en"),
    ("ستُفتح المعابر أمام الشاحنات مطلع أيار المقبل، قالت وزارة النقل في بيان.", "ar"),
])
def test_a_statement_closing_a_trailing_source_is_not_the_event(res, text, lang):
    # "..., the ministry said in a statement": where the claim was made, not what it is about
    assert _event(res, text, lang) != "statement"


def test_an_announcement_the_claim_makes_is_still_a_statement(res):
    text = "وقال الوزير إن قطر ستعلن عن مساهمة كبيرة في صندوق إعادة الإعمار."
    assert _event(res, text, "ar") == "statement"


def test_a_headline_the_body_repeats_in_other_words_is_dropped(res):
    from claimtracker.extract import extract
    text = ("Minister Ana Ruiz to visit Accra next week as port deal nears signing\n\n"
            "Foreign Minister Ana Ruiz will travel to Accra next week, her office said.")
    quotes = [text[m.start:m.end] for m in extract(text, date(2026, 3, 2), "en", res).mentions]
    assert len(quotes) == 1 and quotes[0].startswith("Foreign Minister")

