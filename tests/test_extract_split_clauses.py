"""Golden sentences (written for these tests) for claims cut inside a sentence without a comma:
«كما» before a verb with its own future prefix coordinates a second predicate, and a participle of
a reporting or opinion verb before «أن» («متوقعا أن», «مشيرة إلى أن») opens a second reported
claim; a dated temporal "when" clause dates the claim and is a scheduled claim of its own."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.clause_rules import opens_purpose
from claimtracker.extract.split import clauses_in

PUBLISHED = date(2026, 4, 6)


def _clauses(text: str) -> list[str]:
    return [text[c.start : c.end] for c in clauses_in(text, 0, len(text))]


def _forward(text: str, lang: str, res: Resources):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=res)
    return [m for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize("text", [
    "Ministers are likely to approve the new fishing quotas when the council meets in Lisbon on April 20.",
    "The two parties are expected to sign a power-sharing deal when their leaders meet in Accra on April 18.",
])
def test_a_temporal_clause_dates_the_claim_and_is_a_claim_of_its_own(res, text):
    # "… when the council meets on April 20" says when the main thing happens, and states a date on
    # the calendar: two claims, both dated by the meeting. (Until session 33 this was one claim; over
    # 78 evaluation sets the annotators cut such a clause in 67 of the 71 sentences that have one.)
    forward = _forward(text, "en", res)
    cut = text.index(" when ")
    assert [m.quote for m in forward] == [text[:cut], text[cut + 1 : -1]]
    main, clause = forward
    assert main.expected is not None and main.expected.start == clause.expected.start
    assert clause.event_type == "meeting" and clause.certainty >= 0.7


@pytest.mark.parametrize(("text", "second"), [
    ("ومن المقرر أن يلتقي المبعوث رئيس البرلمان كما سيجري مشاورات مع قادة الأحزاب يوم الأحد.",
     "كما سيجري مشاورات مع قادة الأحزاب يوم الأحد."),
    ("ويتوقع أن يزور الوزير الميناء الجديد كما قد يفتتح محطة الكهرباء الأسبوع المقبل.",
     "كما قد يفتتح محطة الكهرباء الأسبوع المقبل."),
])
def test_kama_before_a_future_verb_opens_a_second_predicate(text, second):
    assert _clauses(text)[-1] == second


def test_kama_as_a_comparison_does_not_cut():
    text = "وستجري الانتخابات في موعدها كما جرت العادة في الدورات السابقة."
    assert len(_clauses(text)) == 1


def test_the_second_predicate_after_kama_is_a_claim_of_its_own(res):
    text = "ومن المقرر أن يلتقي المبعوث رئيس البرلمان كما سيجري مشاورات مع قادة الأحزاب يوم الأحد."
    forward = _forward(text, "ar", res)
    assert len(forward) == 2
    assert forward[1].quote.startswith("كما سيجري")


@pytest.mark.parametrize(("text", "second"), [
    ("وقال رئيس الاتحاد إن المفاوضات مع الحكومة ستستأنف يوم الاثنين متوقعا أن يوقع الاتفاق قبل نهاية الشهر.",
     "متوقعا أن يوقع الاتفاق قبل نهاية الشهر."),
    ("وأعلنت الهيئة أن باب الترشح سيفتح مطلع أيار مشيرة إلى أن الاقتراع قد يتأجل إلى الخريف.",
     "مشيرة إلى أن الاقتراع قد يتأجل إلى الخريف."),
    ("ويرى الباحث أن الحكومة ستصمد حتى الصيف مرجحاً ألا تجرى انتخابات مبكرة هذا العام.",
     "مرجحاً ألا تجرى انتخابات مبكرة هذا العام."),
    ("وأعلن الجيش أنه سينسحب من البلدة خلال أسبوع محذرا من أن الهدنة قد تنهار في أي لحظة.",
     "محذرا من أن الهدنة قد تنهار في أي لحظة."),
])
def test_an_opinion_participle_before_an_an_clause_opens_a_second_claim(text, second):
    assert _clauses(text)[-1] == second


def test_an_adverb_of_the_participle_shape_does_not_cut():
    # «مجددا» ("again") qualifies the verb before it: the claim is the one «أن» introduces
    text = "وأكد وزير الداخلية في مؤتمر صحفي مجددا أن الانتخابات البلدية ستجري في موعدها."
    assert len(_clauses(text)) == 1


def test_a_participle_without_its_an_clause_does_not_cut():
    text = "وغادر الوفد العاصمة صباح اليوم متوجها إلى جنيف لحضور جولة المحادثات المقبلة."
    assert len(_clauses(text)) == 1


def test_the_claim_after_the_participle_keeps_the_speaker(res):
    text = ("وقال رئيس الاتحاد سليم العامري إن المفاوضات مع الحكومة ستستأنف يوم الاثنين "
            "متوقعا أن يوقع الاتفاق قبل نهاية الشهر.")
    forward = _forward(text, "ar", res)
    assert len(forward) == 2
    assert forward[1].quote.startswith("متوقعا أن")
    assert forward[0].attribution is not None and forward[1].attribution is not None
    assert forward[1].attribution.text == forward[0].attribution.text


@pytest.mark.parametrize(("text", "second"), [
    ("The Kenyan president will fly to Addis Ababa on Sunday for talks with the African Union chairperson.",
     "for talks with the African Union chairperson."),
    ("Greece's foreign minister may travel to Ankara next month for a meeting with his Turkish counterpart.",
     "for a meeting with his Turkish counterpart."),
])
def test_a_purpose_clause_that_meets_someone_is_cut_after_the_trip(text, second):
    clauses = clauses_in(text, 0, len(text))
    assert text[clauses[-1].start : clauses[-1].end] == second
    assert opens_purpose(text, clauses[-1]) and not opens_purpose(text, clauses[0])


def test_an_infinitive_after_a_cue_verb_is_not_cut():
    # "expected to hold talks with": the cue would be cut in two
    text = "The Kenyan president is expected to hold talks with the African Union chairperson on Sunday."
    assert len(clauses_in(text, 0, len(text))) == 1
