"""Session 14 windows: a count after a superlative looks back, a past verb of its own clause dates
a past event, a claim timed "before" an event runs up to it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from claimtracker.extract import Resources, extract

PUB = date(2026, 6, 17)  # a Wednesday


def _mentions(text: str, lang: str = "en", published: date = PUB):
    head = "Headline\n\n" if lang == "en" else "عنوان\n\n"
    return extract(head + text, published=published, lang=lang, resources=Resources.load()).mentions


def _window(text: str, part: str, lang: str = "en"):
    found = [m for m in _mentions(text, lang) if part in m.quote]
    assert found, f"no mention holding {part!r}"
    w = found[0].expected
    return (w.start, w.end) if w is not None else None


def test_a_count_after_a_superlative_is_no_time_to_come():
    text = "Delegates met in Geneva on Monday, the first round of talks in 14 months."
    assert not any(m.expected and m.expected.text == "in 14 months" for m in _mentions(text))
    text = "Prices rose at the fastest pace in two years, and the bank will decide on rates in two months."
    windows = [m.expected.text for m in _mentions(text) if m.expected]
    assert "in two years" not in windows


def test_a_count_with_no_superlative_is_still_a_time_to_come():
    assert _window("The plant will be ready in 14 months, the operator said.", "plant") == (
        date(2027, 8, 17), date(2027, 8, 17))
    # an ordinal with its own verb: the count is the verb's time
    assert _window("The first phase will be completed in 14 months, the operator said.", "phase") == (
        date(2027, 8, 17), date(2027, 8, 17))


def test_a_past_event_verb_makes_no_prediction():
    for text in ("The talks resumed in Doha on Tuesday.", "Troops were deployed along the river in late May.",
                 "The envoys convened in Oslo on Monday."):
        assert not [m for m in _mentions(text) if m.is_forward], text


def test_the_same_verb_after_a_modal_is_still_to_come():
    assert _window("The talks will resume in Doha on Tuesday.", "resume") == (date(2026, 6, 23), date(2026, 6, 23))


def test_a_participle_after_its_object_is_no_past_event():
    text = ("Parliament will debate the treaty in the second half of the year, the minister said, adding that the "
            "president hoped to see it ratified before the general election on October 4.")
    assert _window(text, "ratified") == (date(2026, 10, 4), date(2026, 10, 4))


def test_a_claim_before_a_dated_event_runs_up_to_it():
    text = "Voters will decide on the new charter on Sunday. The army will send 300 more police officers before the vote."
    assert _window(text, "police") == (PUB, date(2026, 6, 21))
    text = "ويجري الاقتراع يوم الأحد المقبل. وستنشر الحكومة 300 شرطي إضافي قبل الاقتراع."
    assert _window(text, "شرطي", "ar") == (PUB, date(2026, 6, 21))


def test_the_dated_event_itself_keeps_its_day():
    text = "Voters will decide on the new charter on Sunday. The army will send 300 more police officers before the vote."
    assert _window(text, "charter") == (date(2026, 6, 21), date(2026, 6, 21))


def test_before_a_possessive_date_runs_from_publication_to_the_event():
    assert _window("Police will deploy extra units ahead of Sunday's vote.", "deploy") == (PUB, date(2026, 6, 21))
    assert _window("Officials expect a deal before next week's summit.", "deal") == (PUB, date(2026, 6, 28))
    assert _window("They aim to sign the accord before Chile's November 16 presidential election.", "accord") == (
        PUB, date(2026, 11, 16))


def test_a_possessive_date_with_no_before_word_names_its_event():
    assert _window("The minister will attend Thursday's meeting in Rabat.", "attend") == (
        date(2026, 6, 18), date(2026, 6, 18))


def test_a_past_verb_that_moves_an_end_keeps_the_new_date():
    assert _window("The deadline has been extended to September 30, officials said.", "deadline") == (
        date(2026, 9, 30), date(2026, 9, 30))
    assert _window("The talks were suspended until after the election in September.", "talks") == (
        date(2026, 9, 1), date(2026, 9, 30))
