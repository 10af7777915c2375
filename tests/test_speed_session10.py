"""Speed work of the tenth session: each signal's hits are handed out to the sentences in one walk
(`document.per_sentence`, `span_index.held_positions`) and question marks are placed by one bisect
each (`cues.questions_in`). Each must find what the per-sentence lookups it replaces found (`within`,
`filter.Holding`, a bisect per sentence). Sentences written for these tests.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from claimtracker.extract import Resources, extract
from claimtracker.extract.document import per_sentence, within
from claimtracker.extract.filter import Holding
from claimtracker.extract.span_index import held_positions, sentences_ordered
from claimtracker.extract.split import split_text
from claimtracker.text import normalize


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _old(items, spans):
    """What the claim loop and the cheap filter read before: `within` per span, `Holding` of the starts."""
    return [within(items, s.start, s.end) for s in spans], Holding(spans)(h.start for h in items)


def _new(items, spans):
    starts, ends = [s.start for s in spans], [s.end for s in spans]
    return per_sentence(items, starts, ends, sentences_ordered(starts, ends))


_TEXT = ("Kenyan officials said the vote could slip to March. Will the court rule before then? "
         "Analysts in Nairobi expect a delay of two weeks.\n\nThe electoral board meets on Friday.")


def _sentences(text: str):
    return split_text(text, lambda _line: False)


def test_sentences_of_a_text_are_ordered():
    sents = _sentences(_TEXT)
    assert len(sents) == 4
    assert sentences_ordered([s.start for s in sents], [s.end for s in sents])


def test_hits_inside_running_past_and_between_sentences():
    sents = _sentences(_TEXT)
    first, second, third = sents[0], sents[1], sents[2]
    hits = sorted([
        _Hit(third.end - 2, third.end + 5),  # the third sentence's only hit, running past its end
        _Hit(first.start, first.start + 6),  # inside the first sentence
        _Hit(first.end - 6, first.end),  # ends where the sentence ends: inside
        _Hit(first.end - 3, second.start + 4),  # starts in the first, runs into the second: held, not inside
        _Hit(first.end, first.end + 1),  # the space between two sentences: in none
        _Hit(second.start, second.end),  # the whole second sentence
        _Hit(len(_TEXT) - 2, len(_TEXT)),
    ], key=lambda h: h.start)
    inside, held = _new(hits, sents)
    assert (inside, held) == _old(hits, sents)
    assert held == {0, 1, 2, 3}
    assert inside[0] == [hits[0], hits[1]]  # the hit running past the sentence end is not inside
    assert inside[2] == []


def test_no_hits_and_a_hit_before_the_first_sentence():
    sents = _sentences("  " + _TEXT)
    hits = [_Hit(0, 1)]
    assert _new(hits, sents) == _old(hits, sents) == ([[] for _ in sents], set())
    assert _new([], sents) == _old([], sents)


def test_overlapping_spans_are_read_one_by_one():
    spans = [_Span(0, 20), _Span(10, 30), _Span(25, 26), _Span(40, 50)]
    assert not sentences_ordered([s.start for s in spans], [s.end for s in spans])
    hits = [_Hit(5, 8), _Hit(12, 18), _Hit(25, 26), _Hit(28, 45), _Hit(41, 49)]
    assert _new(hits, spans) == _old(hits, spans)


def test_empty_spans_hold_nothing():
    spans = [_Span(0, 5), _Span(5, 5), _Span(5, 12), _Span(12, 12)]
    hits = [_Hit(5, 6), _Hit(11, 12)]
    assert sentences_ordered([s.start for s in spans], [s.end for s in spans])
    assert _new(hits, spans) == _old(hits, spans)
    assert _new(hits, spans)[1] == {2}


@pytest.mark.parametrize("seed", range(20))
def test_random_hits_as_before(seed):
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, 400), 24))
    spans = [_Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    hits = sorted((_Hit(s, s + rng.randint(0, 30)) for s in (rng.randrange(0, 420) for _ in range(40))),
                  key=lambda h: h.start)
    assert _new(hits, spans) == _old(hits, spans)
    starts, ends = [s.start for s in spans], [s.end for s in spans]
    positions = [h.start for h in hits]
    assert held_positions(positions, starts, ends, True) == Holding(spans)(positions)
    assert held_positions(positions, starts, ends, False) == Holding(spans)(positions)


def _questions_apart(cues, ntext, spans):
    """`questions_in` as it was: every span bisects the question marks."""
    from bisect import bisect_left

    from claimtracker.extract.cues import _char_class
    out = set()
    for q, starts in zip(cues.question, cues.question_starts, strict=True):
        if starts is None:
            candidates = range(len(spans))
        else:
            at = [m.start() for m in _char_class(starts).finditer(ntext)]
            candidates = [i for i, (s, e) in enumerate(spans) if (k := bisect_left(at, s)) < len(at) and at[k] < e]
        out.update(i for i in candidates if q.search(ntext[spans[i][0]:spans[i][1]]))
    return out


@pytest.mark.parametrize("text, lang, asked", [
    ("Will the regulator approve the merger? Shareholders vote in May. Who pays for it?", "en", [0, 2]),
    ("The summit opens on Monday. Diplomats expect little.", "en", []),
    # a question mark inside a quote makes no question of its sentence (cut after the quote)
    ('He asked "why now?" and left. Will Peru sign the accord by June?', "en", [2]),
    ("هل توقع الحكومة الاتفاق قبل نهاية الشهر؟ ويجتمع الوزراء غدا. متى تبدأ المفاوضات؟", "ar", [0, 2]),
    ("وهل يصوت البرلمان على الموازنة الأسبوع المقبل", "ar", [0]),
])
def test_questions_placed_by_their_marks(text, lang, asked):
    cues = Resources.load().lexicons[lang].cues
    ntext = normalize(text).text
    sents = _sentences(ntext)
    spans = [(s.start, s.end) for s in sents]
    found = cues.questions_in(ntext, spans)
    assert found == _questions_apart(cues, ntext, spans)
    assert sorted(found) == asked
    # spans out of text order take the old path and find the same
    assert cues.questions_in(ntext, spans[::-1]) == {len(spans) - 1 - i for i in found}


def test_claims_of_a_question_and_its_neighbours():
    # end to end: a question with no cue still gives a claim; the sentences around it keep theirs
    text = ("Will Ghana ratify the fisheries treaty before the Accra summit? "
            "Officials in Accra said the cabinet is expected to approve it next month.")
    quotes = [m.quote for m in extract(text, None, "en").mentions]
    assert any(q.startswith("Will Ghana ratify") for q in quotes)
    assert any("expected to approve" in q for q in quotes)
