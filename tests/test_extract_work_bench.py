"""`bench/extract_work.py` counts what extraction reads: the sentences the cheap filter keeps,
those a mention starts in, and the time phrases no later stage reads (a sentence kept for its
time phrase alone, with no event word). Sentences written for this test."""

from __future__ import annotations

from datetime import date

from tests.conftest import REPO


def test_a_time_phrase_alone_in_a_sentence_without_an_event_word_is_counted_unread(res, monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "bench"))
    import extract_work

    text = ("The regional council will vote on the new water budget next Tuesday, officials said.\n\n"
            "The river has run low for years.\n\n"
            "The orchards along the valley are famous.")
    counts = extract_work.count(text, "en", date(2025, 8, 3), res)
    assert counts["sentences"] == 3
    assert counts["kept"] == 2  # the vote (a cue and a date) and "for years" (a time phrase alone)
    assert counts["with_mention"] == 1
    assert counts["times"] == 2 and counts["times_unread"] == 1
