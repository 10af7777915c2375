"""Sentence and clause splitting, headlines, subheadings and boilerplate lines."""

from __future__ import annotations

import pytest

from claimtracker.extract.pipeline import Resources
from claimtracker.extract.split import clauses_in, sentences_in, split_text
from claimtracker.text import normalize


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences_in(text, 0, len(text))]


def _no_boilerplate(_span) -> bool:
    return False


def test_arabic_full_stop_without_space_ends_a_sentence():
    text = "وصل الوفد إلى العاصمة.وقال الوزير إن المحادثات ستبدأ غدا."
    assert _sentences(text) == ["وصل الوفد إلى العاصمة.", "وقال الوزير إن المحادثات ستبدأ غدا."]


def test_arabic_question_mark_ends_a_sentence():
    text = "هل تعقد القمة في موعدها؟ لا أحد يعرف بعد."
    assert _sentences(text) == ["هل تعقد القمة في موعدها؟", "لا أحد يعرف بعد."]


def test_initials_and_abbreviations_do_not_end_english_sentences():
    text = "Prime Minister K.P. Sharma Oli met U.S. officials. Gen. Smith was there."
    assert _sentences(text) == ["Prime Minister K.P. Sharma Oli met U.S. officials.", "Gen. Smith was there."]


def test_english_full_stop_without_space_before_a_capital_ends_a_sentence():
    assert _sentences("The talks ended.The envoy left.") == ["The talks ended.", "The envoy left."]


def test_decimal_numbers_and_domains_stay_whole():
    assert len(_sentences("Rates fell to 1.00% said lebanon24.com today.")) == 1


def test_arabic_comma_and_semicolon_cut_clauses():
    text = "قال المصدر إن الوزير سيزور القاهرة الأسبوع المقبل، وإن الزيارة قد تتأجل؛ لكن الموعد لم يحدد."
    clauses = [text[c.start : c.end] for c in clauses_in(text, 0, len(text))]
    assert clauses == [
        "قال المصدر إن الوزير سيزور القاهرة الأسبوع المقبل",
        "وإن الزيارة قد تتأجل",
        "لكن الموعد لم يحدد.",
    ]


def test_short_pieces_join_their_neighbour():
    text = "Kathmandu, June 14: the prime minister will visit India next month."
    clauses = [text[c.start : c.end] for c in clauses_in(text, 0, len(text))]
    assert clauses == ["Kathmandu, June 14", "the prime minister will visit India next month."]


def test_comma_before_a_year_is_not_a_clause_break():
    text = "The vote set for February 4 and 18, 2024 would be postponed by the junta."
    assert len(clauses_in(text, 0, len(text))) == 1


def test_headline_and_subheading_are_units_of_their_own():
    text = (
        "هل يلتقي الزعيمان في الخريف؟\n\n"
        "قال مسؤول إن اللقاء ممكن. وأضاف أن الموعد لم يحدد.\n\n"
        "قمة مرتقبة في العاصمة\n\n"
        "ومن المتوقع أن تعقد القمة في نوفمبر."
    )
    sents = split_text(text, _no_boilerplate)
    roles = [(s.role, text[s.start : s.end]) for s in sents]
    assert roles[0] == ("headline", "هل يلتقي الزعيمان في الخريف؟")
    assert ("subheading", "قمة مرتقبة في العاصمة") in roles
    assert [r for r, _ in roles].count("body") == 3


def test_first_line_that_is_a_full_sentence_is_not_a_headline():
    text = "The minister will travel to Rome on Monday.\n\nHe will meet his counterpart."
    assert [s.role for s in split_text(text, _no_boilerplate)] == ["body", "body"]


def test_boilerplate_lines_are_dropped():
    res = Resources.load()
    text = (
        "يلتقي الوزيران في باريس الأسبوع المقبل لبحث الاتفاق.\n"
        "اقرأ أيضًا: الرئيس يزور روما في الربيع المقبل\n"
        "زر الذهاب إلى الأعلى\n"
        "Read more: the summit will be held in June\n"
        "Share on Facebook\n"
    )
    norm = normalize(text)

    def is_boiler(span) -> bool:
        from claimtracker.extract.filter import to_normalized

        s, e = to_normalized(norm, span.start, span.end)
        return res.boilerplate.is_boilerplate(norm.text[s:e])

    kept = [text[s.start : s.end] for s in split_text(text, is_boiler)]
    assert kept == ["يلتقي الوزيران في باريس الأسبوع المقبل لبحث الاتفاق."]


def test_a_short_pattern_does_not_drop_a_long_line():
    res = Resources.load()
    line = normalize("Share prices fell sharply on Monday after the central bank said it would raise rates.").text
    assert not res.boilerplate.is_boilerplate(line)


def _body(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_text(text, lambda _ln: False) if s.role == "body"]


def test_a_dateline_is_no_part_of_the_first_sentence():
    cases = {
        "Border talks\nTBILISI, May 4 (Caucasus Wire) - The two ministers will meet on Friday.":
            "The two ministers will meet on Friday.",
        "Border talks\nYEREVAN - The two ministers will meet on Friday.": "The two ministers will meet on Friday.",
        "Border talks\nTbilisi, 4 May: The two ministers will meet on Friday.": "The two ministers will meet on Friday.",
        "محادثات حدودية\nعمّان (وكالات) - يلتقي الوزيران يوم الجمعة المقبل.": "يلتقي الوزيران يوم الجمعة المقبل.",
        "محادثات حدودية\nالرباط - يلتقي الوزيران يوم الجمعة المقبل.": "يلتقي الوزيران يوم الجمعة المقبل.",
    }
    for text, first in cases.items():
        assert _body(text)[0] == first


def test_a_place_opening_a_sentence_is_no_dateline():
    text = "Border talks\nTbilisi, which hosts the talks, expects a deal. Later lines keep - their dashes."
    assert _body(text)[0].startswith("Tbilisi, which")
    text = "Border talks\nThe talks began.\nYEREVAN - a second line is not the first one."
    assert _body(text)[-1].startswith("YEREVAN")


@pytest.mark.parametrize("text, pieces", [
    # a second verb with its own future prefix, or «وقد» + a verb, starts a clause
    ("وستعقد اللجنة اجتماعها يوم الأحد وستناقش الخطة الجديدة الشهر المقبل.", 2),
    ("ومن المقرر أن يزور الوزير عمان الأسبوع المقبل وقد يلتقي نظيره الأردني خلال الزيارة.", 2),
    # nouns that begin like a future verb do not (سياسية، سيارات)
    ("تواجه البلاد أزمة اقتصادية وسياسية خانقة منذ أشهر طويلة جدا.", 1),
    ("The senate will reconvene on 1 June and is expected to pass the bill within days.", 2),
    ("Ministers met in Rabat and discussed trade for three hours on Monday.", 1),
])
def test_coordinated_predicates(text, pieces):
    assert len(clauses_in(text, 0, len(text))) == pieces
