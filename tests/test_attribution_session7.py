"""Who speaks, seventh round: reporting verbs that are themselves predicted («أن تعلن الحكومة», "will
announce"), unnamed publications («صحيفة محلية», "a local newspaper"), organisers, a state's
delegation or a ministry speaking as an official statement, a title and its name as one speaker,
a role placed somewhere ("a UN spokesperson in New York said"), and a bare comma between a
governed noun and a verb-first clause («على صعيد الحكومة، أفادت مصادر»)."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 3, 2)


def _mentions(text: str, lang: str):
    return extract(text, published=PUBLISHED, lang=lang, resources=Resources.load()).mentions


def _only(text: str, lang: str):
    ms = [m for m in _mentions(text, lang) if m.is_forward]
    assert len(ms) == 1, [m.quote for m in ms]
    return ms[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The electoral board will announce the date of the referendum next week.", "en"),
        ("The cabinet is set to declare a state of emergency on Friday.", "en"),
        ("ستعلن اللجنة الانتخابية موعد الاستفتاء الأسبوع المقبل.", "ar"),
        ("ومن المقرر أن تعلن وزارة المالية تفاصيل الموازنة يوم الأحد.", "ar"),
    ],
)
def test_a_reporting_verb_that_is_itself_foretold_is_the_event_not_the_source(text, lang):
    m = _only(text, lang)
    assert m.attribution.kind == "outlet"


def test_a_reporting_verb_in_the_past_still_attributes():
    m = _only("أعلنت وزارة المالية أن الموازنة ستقدم إلى البرلمان يوم الأحد.", "ar")
    assert m.attribution.kind == "official_statement"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وسيصل الوفد إلى تونس يوم الخميس، وفق ما أوردته صحيفة محلية.", "ar"),
        ("ومن المقرر أن تنطلق المحادثات في العاشر من مايو، بحسب ما نشرته مجلة اقتصادية متخصصة.", "ar"),
        ("The delegation is expected to reach Tunis on Thursday, a local newspaper reported.", "en"),
        ("The bridge will reopen to traffic on Monday, organisers said.", "en"),
    ],
)
def test_unnamed_publications_and_organisers_are_anonymous(text, lang):
    assert _only(text, lang).attribution.kind == "anonymous"


def test_a_named_paper_stays_named():
    m = _only("وسيصل الوفد إلى تونس يوم الخميس، وفق ما أوردته صحيفة «الصباح».", "ar")
    assert m.attribution.kind == "named"


@pytest.mark.parametrize(
    "text",
    [
        "The port will reopen next week, the Kenyan delegation in Geneva said.",
        "Kenya's Ministry of Foreign Affairs said the envoy would travel to Addis Ababa next week.",
        "The ferry link will resume in April, the Greek embassy in Valletta said on Friday.",
    ],
)
def test_a_delegation_embassy_or_ministry_speaks_as_an_official_statement(text):
    assert _only(text, "en").attribution.kind == "official_statement"


def test_a_role_placed_in_a_city_is_still_the_speaker():
    m = _only("A liaison office is expected to open by the end of March, a UN spokesperson in New York said.", "en")
    assert m.attribution.kind == "named"
    assert m.attribution.text == "a UN spokesperson in New York said"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت مساعدة وزير الخارجية للشؤون الأفريقية، السفيرة هالة الرفاعي، إن الجولة المقبلة ستعقد "
         "في أديس أبابا الشهر المقبل.", "هالة الرفاعي"),
        ("وأعلن رئيس مجلس مفوضي الهيئة العليا للانتخابات ناصر الكبيسي أن الاقتراع سيجري يوم السبت المقبل.",
         "ناصر الكبيسي"),
    ],
)
def test_a_long_title_and_its_name_are_one_named_speaker(text, name):
    m = _only(text, "ar")
    assert m.attribution.kind == "named"
    assert m.attribution.text.endswith(name)


def test_a_noun_governed_before_a_comma_is_not_the_subject_of_the_verb_after_it():
    m = _only("وعلى صعيد الحكومة، أفادت مصادر مطلعة بأن رئيس الوزراء سيجري تعديلا وزاريا الشهر المقبل.", "ar")
    assert m.attribution.kind == "anonymous"
    assert m.attribution.text == "أفادت مصادر مطلعة"


@pytest.mark.parametrize(
    "text",
    [
        "ونسبت الصحيفة إلى مسؤول في الوزارة أن الوفد سيصل يوم الأحد.",
        "ونسبت الوكالة إلى مصدر حكومي أن الحكومة ستعلن موازنتها الأسبوع المقبل.",
    ],
)
def test_a_paper_relaying_an_unnamed_official_is_anonymous(text):
    m = _only(text, "ar")
    assert m.attribution.kind == "anonymous"
    assert m.attribution.text.startswith("ونسبت")


@pytest.mark.parametrize(
    "text",
    [
        "ومراقبون يتوقعون أن تعقد القمة الشهر المقبل.",
        "ومحللون يرجحون أن يعلن الرئيس ترشحه الشهر المقبل.",
        "لكن خبراء يستبعدون التوصل إلى اتفاق قبل نهاية العام.",
    ],
)
def test_an_observer_phrase_does_not_swallow_the_verb_after_it(text):
    m = _only(text, "ar")
    assert m.attribution.kind == "observers"
    assert 0.4 <= m.certainty < 0.7  # the expectation verb is read, not hidden inside the source name


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Some economists see room for a first rate cut as early as June if inflation keeps falling.", "observers",
         "Some economists see"),
        ("Most analysts expect the central bank to hold rates in May.", "observers", "Most analysts expect"),
        ("Officials think the vote could slip to September.", "anonymous", "Officials think"),
    ],
)
def test_opinion_verbs_of_plural_speakers_report(text, kind, words):
    m = _only(text, "en")
    assert (m.attribution.kind, m.attribution.text) == (kind, words)


def test_a_named_persons_spokesperson_is_named():
    m = _only("EU envoy Maria Lind will visit Tirana in early October, her spokesperson said.", "en")
    assert m.attribution.kind == "named"


def test_titles_and_bodies_inside_a_named_speakers_apposition_do_not_block_the_verb():
    text = ("Asked whether the party would join the new cabinet, Marek Novak, the interior minister in the "
            "2015-2019 government, replied that various options were possible.")
    ms = _mentions(text, "en")
    assert ms and all(m.attribution.kind == "named" for m in ms)
    # an English body before a comma is no title of the name after it
    assert all(m.attribution.text.startswith("Marek Novak") for m in ms)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The United States is expected to announce new measures later this week, a US official said.", "anonymous"),
        ("The three juntas are deepening their Alliance of Sahel States, which is expected to coordinate "
         "security policy next year.", "outlet"),
    ],
)
def test_a_reporting_verb_inside_a_name_and_a_state_inside_an_unnamed_speaker_do_not_speak(text, kind):
    assert {m.attribution.kind for m in _mentions(text, "en") if m.is_forward} == {kind}


@pytest.mark.parametrize(
    "text",
    [
        "ومن المقرر أن يصل رئيس الحكومة إلى الدوحة يوم الثلاثاء، وفق ما ذكر مكتبه الإعلامي.",
        "ويستضيف البرلمان وزير المالية في جلسة خاصة مطلع كانون الأول، بحسب ما أعلنت لجنة المالية والموازنة النيابية.",
    ],
)
def test_an_office_and_a_named_committee_speak_as_official_statements(text):
    assert _only(text, "ar").attribution.kind == "official_statement"


def test_an_office_named_with_its_holder_speaks_as_the_office():
    m = _only("ويعقد المجلس الاستشاري اجتماعا في بغداد يوم الخميس المقبل، بحسب ما أعلن مكتب رئيس الوزراء "
              "محمد شياع السوداني اليوم الاثنين.", "ar")
    assert m.attribution.kind == "official_statement"
