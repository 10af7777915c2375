"""Speed work of the ninth session: shortcuts that skip what cannot matter must not change what
is found. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.phrases import positions, tokenize
from claimtracker.extract.state_agents import kingdom_subjects
from tests.test_states_subject import acting


@pytest.mark.parametrize("text, lang, codes", [
    # the kind word found by the one-pass lookup: as a subject it is the state of that kind named
    ("Thai exporters were cautious. The Kingdom is expected to cut rice tariffs in June.", "en", ["TH"]),
    # (the diplomats who host act for Oman too, since session 22: one hit each)
    ("Omani diplomats hosted the talks. The sultanate will send envoys to both capitals.", "en", ["OM", "OM"]),
    ("وقال مسؤول مغربي إن المملكة ستطرح مشروعها الجديد الشهر المقبل.", "ar", ["MA"]),
    ("وأعلن وزير عماني أن السلطنة لن تشارك في الجولة المقبلة.", "ar", ["OM"]),
    # a kind word twice: each one is read
    ("Danish ministers met. The kingdom will vote. Later the kingdom will sign.", "en", ["DK", "DK"]),
    # a kind word with no state of its kind in the text, or not after "the": nothing
    ("Peruvian ministers met. The kingdom will vote in May.", "en", []),
    ("Thai ministers met. A kingdom will vote in May.", "en", []),
])
def test_kind_words_still_found(finder, text, lang, codes):
    assert acting(finder, text, lang) == codes


def test_no_kind_word_asks_nothing():
    # without a kind word in the text the subject test is never asked
    text = "Jordanian officials said the talks will resume on Monday in Amman."
    asked: list[tuple[int, int]] = []

    def subject_at(i: int, j: int) -> bool:
        asked.append((i, j))
        return True

    tokens = tokenize(text, "en")
    assert kingdom_subjects(text, "en", tokens, [], {"kingdom": frozenset({"JO"})}, subject_at) == []
    assert asked == []


def test_positions_reads_a_mapping():
    # `positions` takes any container: the kind-word dict is looked up without a set copy
    assert positions(["the", "kingdom", "and", "the", "sultanate"], {"kingdom": 1, "sultanate": 2}) == [1, 4]
