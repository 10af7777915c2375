"""Session 21: a body's bare head noun («المفوضية», "the commission") is the body of that head the
text named before it (`body_refs.py`, `data/gazetteer/body_refs.json`). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract


def _claim_actors(text: str, lang: str, needle: str) -> list[str]:
    out = extract(text, date(2026, 3, 2), lang, Resources.load()).to_json()
    for m in out["mentions"]:
        if needle in m["quote"]:
            return sorted(a["name"] for a in m["actors"])
    raise AssertionError(f"no claim holds {needle!r}: {[m['quote'] for m in out['mentions']]}")


@pytest.mark.parametrize("text, needle, name", [
    ("The European Commission opened the file in January. Diplomats said the commission will present "
     "its proposal next week.", "present its proposal", "European Commission"),
    ("The IMF ended its visit to Accra on Friday. Officials said the Fund will send a new mission in "
     "April.", "new mission", "International Monetary Fund"),
    ("Governor Olayemi Cardoso of the Central Bank of Nigeria spoke on Monday. Analysts expect the bank "
     "to hold its rate in May.", "hold its rate", "Central Bank of Nigeria"),
])
def test_an_english_bare_head_is_the_body_named_before(text, needle, name):
    assert name in _claim_actors(text, "en", needle)


@pytest.mark.parametrize("text, needle, name", [
    ("عقدت المفوضية الأوروبية اجتماعا أمس في بروكسل. ومن المنتظر أن تقدم المفوضية مقترحها الأسبوع المقبل.",
     "مقترحها", "European Commission"),
    ("أنهت بعثة صندوق النقد الدولي زيارتها إلى عمّان. ويتوقع أن يرسل الصندوق بعثة جديدة في نيسان المقبل.",
     "بعثة جديدة", "International Monetary Fund"),
])
def test_an_arabic_bare_head_is_the_body_named_before(text, needle, name):
    assert name in _claim_actors(text, "ar", needle)


@pytest.mark.parametrize("text, lang, needle", [
    # a committee the text introduces without a known name: "the committee" is that one, not the
    # commission named earlier
    ("The European Commission opened the file in January. A parliamentary committee met on Monday, "
     "and the committee will vote next week.", "en", "will vote"),
    # «رئيس مجلس النواب»: the council word names no body the text knows, so «المجلس» is left
    ("وأعلن مجلس التعاون الخليجي دعمه للاتفاق. وقال رئيس مجلس النواب إن المجلس سيصوت على الاتفاق الأسبوع المقبل.",
     "ar", "سيصوت"),
])
def test_a_head_after_an_unknown_body_of_that_head_is_left(text, lang, needle):  # a guard: passed before body_refs
    names = _claim_actors(text, lang, needle)
    assert "European Commission" not in names and "Gulf Cooperation Council" not in names


@pytest.mark.parametrize("text, lang, needle", [
    # a head with a name of its own after it is another body
    ("The European Commission opened the file in January. The Commission President will visit Kyiv "
     "next week.", "en", "visit Kyiv"),
    ("عقدت المفوضية الأوروبية اجتماعا أمس. ومن المنتظر أن تعقد اللجنة المالية جلسة الأسبوع المقبل.",
     "ar", "جلسة"),
])
def test_a_head_with_a_name_of_its_own_is_not_a_reference(text, lang, needle):  # a guard: passed before body_refs
    assert "European Commission" not in _claim_actors(text, lang, needle)


def test_the_bodys_people_are_not_the_body():
    # "the party members said": the members are the source; the claim is not about the party
    text = ("Prime Minister Gaston Browne of the Antigua and Barbuda Labour Party could call an early vote. "
            "Browne is expected to announce his decision in mid-February, the party members said.")
    assert "Labour Party" not in " ".join(_claim_actors(text, "en", "announce his decision"))
