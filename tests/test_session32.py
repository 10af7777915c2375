"""Session 32: a gathering dated before its noun ("before the May 31 election") is on that date; a
closing source is no tail of a claim's words; «قد» before a past verb is no hedge. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from tests.conftest import first_forward, forward_event

PUBLISHED = date(2026, 4, 14)


def mentions(res, text: str, lang: str, published: date = PUBLISHED):
    return extract(text, published=published, lang=lang, resources=res).mentions


@pytest.mark.parametrize("text, noun, day", [
    ("The rebels will not hand over their weapons before the May 31 presidential election, their negotiator "
     "Ana Ruiz told local radio.", "the May 31 presidential election", date(2026, 5, 31)),
    ("The cabinet plans to pass the budget before the June 21 run-off, the finance ministry said.",
     "the June 21 run-off", date(2026, 6, 21)),
])
def test_a_gathering_dated_before_its_noun_is_on_that_date(res, text, noun, day):
    found = [m for m in mentions(res, text, "en") if m.quote == noun]
    assert found, [m.quote for m in mentions(res, text, "en")]
    w = found[0].expected
    assert (w.start, w.end) == (day, day)
    # the enclosing claim keeps its own window: up to the event the date names, or from the day on
    # when it is negated ("will not hand over ... before": not before the election, as the guideline
    # reads it)
    outer = first_forward(res, text, "en", PUBLISHED)
    assert outer.quote != noun
    if " not " in text:
        assert (outer.expected.start, outer.expected.end) == (day, None)
    else:
        assert outer.expected.start == PUBLISHED and outer.expected.end == day


def test_a_long_tail_after_the_date_still_keeps_one_claim(res):
    text = ("The rebels will not hand over their weapons before the May 31 presidential election unless the "
            "government first releases the prisoners held in the north, Ana Ruiz said.")
    assert not any(m.quote == "the May 31 presidential election" for m in mentions(res, text, "en"))


@pytest.mark.parametrize("text", [
    "وكانت الحكومة قد نالت ثقة البرلمان في 12 نيسان/أبريل بعشرين وزيرا.",
    "وكانت المحادثات قد توقفت في أكتوبر الماضي بسبب الخلاف على الحدود.",
    "وكان العمال قد نفذوا إضرابا مماثلا في تموز.",
])
def test_qad_before_a_past_verb_is_no_hedge(res, text):
    assert not any(m.kind == "speculation" for m in mentions(res, text, "ar", date(2026, 5, 19)))


@pytest.mark.parametrize("text", [
    "وقال المصدر إن الحكومة قد تتوصل إلى اتفاق مع النقابات في حزيران المقبل.",
    "وقال دبلوماسي إن الوزير قد يزور دمشق الأسبوع المقبل.",
    "وقال الوزير: قد نشهد انفراجا في الأزمة خلال أيام.",
])
def test_qad_before_a_present_verb_is_still_a_hedge(res, text):
    m = first_forward(res, text, "ar", date(2026, 5, 19))
    assert m.kind == "speculation" and m.certainty < 0.5


@pytest.mark.parametrize("text, day", [
    ("وقالت مصادر عسكرية إن الهدنة المحلية على الجبهة الغربية، التي تنتهي في 31 أكتوبر، قد تمدد ثلاثة أشهر إضافية.",
     date(2026, 10, 31)),
    ("ومن المتوقع أن يمدد اتفاق التهدئة في الجنوب، الذي ينتهي آخر الشهر الجاري، لشهرين آخرين.", date(2026, 10, 31)),
])
def test_a_date_in_an_aside_dates_a_claim_with_none_of_its_own(res, text, day):
    m = first_forward(res, "وقال الوزير إنه سيزور القاهرة يوم الخميس المقبل.\n\n" + text, "ar", date(2026, 10, 12),
                      containing="تمدد" if "تمدد" in text else "يمدد")
    assert m.expected is not None and m.expected.end == day, m.expected


def test_a_date_in_an_aside_gives_way_to_the_claims_own(res):
    text = "وقال مصدر إن الهدنة، التي تنتهي في 31 أكتوبر، ستمدد مطلع الشهر المقبل."
    m = first_forward(res, text, "ar", date(2026, 10, 12), containing="ستمدد")
    assert m.expected is not None and m.expected.start == date(2026, 11, 1), m.expected


@pytest.mark.parametrize("text, part, event", [
    ("The coalition council will meet on Monday to settle the dispute, party officials said.", "meet", "meeting"),
    ("The ceasefire committee is expected to meet in Geneva next week, diplomats said.", "meet", "meeting"),
    ("The EU sanctions envoy will visit Bishkek next week, the embassy said.", "visit", "visit"),
])
def test_an_event_word_naming_a_kind_of_body_is_not_the_claims_event(text, part, event):
    assert forward_event(text, "en", part, PUBLISHED) == event


@pytest.mark.parametrize("text, part, event", [
    # what an electoral body does is part of the vote it runs
    ("The election commission will publish the timetable for the vote on Friday, officials said.", "publish",
     "election"),
    # an event word alone before the cue is still the claim's event
    ("The ceasefire will take effect on Monday, mediators said.", "ceasefire", "ceasefire"),
])
def test_an_event_word_before_the_cue_still_counts_without_a_body_after_it(text, part, event):
    assert forward_event(text, "en", part, PUBLISHED) == event


@pytest.mark.parametrize("text, part, event", [
    ("The cabinet is expected to approve the final agreement for the refinery next Monday, officials said.",
     "approve", "agreement"),
])
def test_the_cabinet_as_subject_leaves_the_event_to_its_verbs(text, part, event):
    assert forward_event(text, "en", part, PUBLISHED) == event


def test_a_ba_word_before_a_known_given_name_ends_the_title(res):
    text = "وقال الأمين العام للاتحاد الجهوي للشغل بقابس سمير عبد الحميد إن الإضراب سينفذ في تونس يوم الخميس المقبل."
    ex = extract("Headline\n\n" + text, published=PUBLISHED, lang="ar", resources=res)
    people = [a.name for a in ex.actors if a.kind == "person"]
    assert people and people[0].startswith("Samir "), people
    # and the Maghreb writes «عبد الحميد» as one word (session 35: «عبد الحفيظ» is now a real minister's row)
    assert people[0].endswith("Abdelhamid"), people


def test_a_date_in_an_aside_on_a_person_does_not_date_the_claim(res):
    text = ("Foreign ministers of the bloc will meet in Lisbon on Wednesday.\n\n"
            "The minister, who chairs the bloc this year, is expected to propose a new envoy.")
    m = first_forward(res, text, "en", PUBLISHED, containing="propose")
    assert m.expected is None or m.expected.text != "this year", m.expected


@pytest.mark.parametrize("text, lang, part", [
    ("The two coast guards will hold their first joint search-and-rescue and firefighting exercise in June, "
     "officials said.", "en", "exercise"),
    ("The annual Cobra Gold exercise with U.S. forces opens on Tuesday, the embassy said.", "en", "Cobra Gold"),
    ("Thai and Cambodian deminers will begin clearance work near the temple from August 3, the army said.", "en",
     "deminers"),
    ("The first recruits could begin training at the base in mid-2027, a defence official said.", "en", "recruits"),
    ("وقال مصدر إن فريق نزع الألغام سيبدأ عمله في المنطقة الحدودية مطلع الشهر المقبل.", "ar", "الألغام"),
    ("وقالت الوزارة إن المجندين الجدد سيلتحقون بالثكنات في سبتمبر المقبل.", "ar", "المجندين"),
])
def test_exercises_deminers_and_recruits_are_military(text, lang, part):
    assert forward_event(text, lang, part, PUBLISHED) == "military"


@pytest.mark.parametrize("text", [
    "The electoral commission will begin a voter registration exercise next week, officials said.",
    "The government is expected to exercise restraint during the protests on Friday, analysts said.",
])
def test_other_exercises_are_not_military(text):
    assert forward_event(text, "en", "exercise", PUBLISHED) != "military"


@pytest.mark.parametrize("text, kind", [
    ("The talks will resume on Monday, the ministry's spokesman said.", "named"),
    ("The talks will resume on Monday, the court's spokesman said.", "named"),
    ("The state energy company will receive three diesel cargoes by mid-September, the company said.", "named"),
    # the body itself still speaks officially
    ("The talks will resume on Monday, the foreign ministry said.", "official_statement"),
])
def test_a_spokesman_of_a_body_and_a_company_are_named_sources(res, text, kind):
    m = first_forward(res, text, "en", PUBLISHED)
    assert m.attribution is not None and m.attribution.kind == kind, m.attribution


@pytest.mark.parametrize("text", [
    "Salcedo plans to travel to Washington next week, his team said.",
    "The court will rule on Thursday, the court's press service said.",
    "An observer mission is due in Bissau next week, the regional bloc said.",
    "The leaders are due to sign the deal in June, the government's press office said.",
])
def test_a_team_a_bloc_and_a_press_office_speak_officially(res, text):
    m = first_forward(res, text, "en", PUBLISHED)
    assert m.attribution is not None and m.attribution.kind == "official_statement", m.attribution


@pytest.mark.parametrize("text, name", [
    # a known man's surname after another given name is another man (not Mustafa al-Kadhimi)
    ("وقال النائب المستقل رائد الكاظمي إن البرلمان سيصوت على القانون الأسبوع المقبل.", "Raed al-Kadhimi"),
    ("وقال النائب فواز الكاظمي إن المجلس سيصوت على القانون الأسبوع المقبل.", "Fawaz al-Kadhimi"),
    # a rank written with its article is still a title
    ("وقال الرائد محمد العلي إن الوحدة ستنسحب من المنطقة الأسبوع المقبل.", "Mohammed al-Ali"),
])
def test_raed_and_fawaz_are_given_names(text, name):
    ex = extract("Headline\n\n" + text, published=PUBLISHED, lang="ar", resources=Resources.load())
    assert [a.name for a in ex.actors if a.kind == "person"] == [name]
