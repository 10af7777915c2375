"""Golden sentences (written for these tests) for claims cut inside a sentence without a comma:
a temporal clause ("when the council meets on …", «عندما تجتمع …») names an event of its own with
its own date, and «كما» before a verb with its own future prefix coordinates a second predicate."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.split import clauses_in

PUBLISHED = date(2026, 4, 6)


def _clauses(text: str) -> list[str]:
    return [text[c.start : c.end] for c in clauses_in(text, 0, len(text))]


def _forward(text: str, lang: str, res: Resources):
    ex = extract(text, published=PUBLISHED, lang=lang, resources=res)
    return [m for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(("text", "second"), [
    ("Ministers are likely to approve the new fishing quotas when the council convenes in Lisbon on April 20.",
     "when the council convenes in Lisbon on April 20."),
    ("The rebels could free the hostages when mediators arrive in the border town next week.",
     "when mediators arrive in the border town next week."),
    ("ويرجح أن يقر الوزراء الخطة الجديدة عندما تجتمع اللجنة في عمان يوم 20 نيسان.",
     "عندما تجتمع اللجنة في عمان يوم 20 نيسان."),
    ("وقد يعلن الحزب مرشحه حينما ينعقد المؤتمر العام الشهر المقبل.",
     "حينما ينعقد المؤتمر العام الشهر المقبل."),
])
def test_a_temporal_clause_is_a_clause_of_its_own(text, second):
    assert _clauses(text)[-1] == second


def test_when_inside_a_word_or_a_question_word_at_the_start_does_not_cut():
    # "whenever" is no temporal "when" clause cut before a space; a sentence opening with "When"
    # has no piece before it
    assert len(_clauses("Officials say the border will reopen whenever the rains stop next month.")) == 1
    assert len(_clauses("When the envoy lands in Accra next week talks will resume.")) == 1


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("Ministers are likely to approve the new fishing quotas when the council meets in Lisbon on April 20.",
     "en", ["other", "meeting"]),  # the first claim's event is left to the event rules
    ("The two parties are expected to sign a power-sharing deal when their leaders meet in Accra on April 18.",
     "en", ["agreement", "meeting"]),
])
def test_the_temporal_clause_is_a_meeting_claim_and_the_first_keeps_its_date(res, text, lang, events):
    forward = _forward(text, lang, res)
    assert len(forward) == 2 and forward[1].event_type == "meeting"
    assert forward[0].event_type == events[0] or events[0] == "other"
    # the first claim happens at the meeting: it keeps the meeting's date
    assert forward[0].expected is not None and forward[0].expected.start == forward[1].expected.start


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
