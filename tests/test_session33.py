"""Session 33: adverbial accusatives («خلفا له», «بدلا منه») open no name after a title; the
passive «يُنتظر», told from the active «ينتظر» by its damma, is an expectation. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.marked_cues import compile_marked

PUBLISHED = date(2026, 4, 14)


def run(res: Resources, text: str, lang: str = "ar"):
    return extract(text, published=PUBLISHED, lang=lang, resources=res)


@pytest.mark.parametrize("text", [
    "ومن المتوقع أن يعين مدير المشروع خلفا له الشهر المقبل.",
    "ومن المتوقع أن يتولى نائب الوزير بدلا منه الملف الشهر المقبل.",
    "ويرجح أن يعين رئيس الحكومة مستشارا عوضا عنه قبل نهاية الشهر.",
])
def test_an_adverbial_accusative_after_a_title_is_no_name(res, text):
    ex = run(res, text)
    assert ex.mentions, text
    assert not [a for a in ex.actors if a.kind == "person"], [a.name for a in ex.actors]


def test_a_name_after_a_title_still_reads_before_an_adverb(res):
    ex = run(res, "ومن المتوقع أن يزور وزير الخارجية سعيد الهاشمي باريس ردا على الدعوة الشهر المقبل.")
    names = [a.name for a in ex.actors if a.kind == "person"]
    assert len(names) == 1 and names[0].endswith("Hashemi"), names


@pytest.mark.parametrize("text", [
    "ويُنتظر توقيع اتفاقية التعاون الأحد المقبل.",
    "وتُنتظر المصادقة على الميزانية في جلسة الخميس المقبل.",
    "ويُنْتَظَرُ وصول الوفد إلى العاصمة غدا.",
])
def test_the_marked_passive_is_an_expectation(res, text):
    forward = [m for m in run(res, text).mentions if m.kind in ("prediction", "speculation")]
    assert forward and 0.4 <= forward[0].certainty < 0.7, [(m.quote, m.certainty) for m in forward]


def test_the_marked_passive_opens_a_claim_of_its_own_after_hayth(res):
    text = "ويصل الرئيس إلى القاهرة الأحد المقبل، حيث يُنتظر توقيع اتفاقية لتطوير المرحلة الثانية من المشروع."
    forward = [m for m in run(res, text).mentions if m.kind in ("prediction", "speculation")]
    assert len(forward) == 2, [m.quote for m in forward]
    assert forward[1].quote.startswith("حيث يُنتظر") and forward[1].event_type == "agreement"
    assert forward[1].certainty < 0.7


@pytest.mark.parametrize("text", [
    "وتنتظر دمشق زيادة إمدادات الغاز الشهر المقبل.",
    "والشركات الأجنبية تنتظر ضمانات الدفع قبل نهاية العام.",
])
def test_the_bare_active_verb_is_no_expectation(res, text):
    for m in run(res, text).mentions:
        assert not (0.4 <= m.certainty < 0.7 and "نتظر" in m.quote[:25]), (m.quote, m.certainty)


def test_marked_forms_compile_for_known_groups_only():
    table = {"_doc": "x", "expectation": ["يُنتظر"], "nonexistent": ["تُنتظر"]}
    compiled = compile_marked(table, ["expectation"])
    assert [name for name, _ in compiled] == ["expectation"]
    pattern = compiled[0][1]
    assert pattern.search("ويُنْتَظَرُ أن") and pattern.search("فيُنتظر")
    assert not pattern.search("وينتظر أن") and not pattern.search("ويَنتظر")
    # the conjunction stays out of the cue's span
    m = pattern.search("ويُنتظر")
    assert m.group(1) == "يُنتظر"
