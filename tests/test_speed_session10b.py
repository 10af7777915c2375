"""Speed work of the tenth session, round 2: `Doc.nslice` maps and cuts a span in one step
instead of calling `filter.to_normalized`. It must cut what the mapping and the slice cut, on a
text normalising to itself and on one where characters are dropped, for spans inside the text,
reaching past either end, empty and reversed. Sentences written for these tests.
"""

from __future__ import annotations

import random

import pytest

from claimtracker.extract.document import Doc
from claimtracker.extract.filter import Positions, to_normalized
from claimtracker.text import normalize

_PLAIN = "The harbour board of Velmora said on Tuesday it would reopen the north quay by March."
# tatweel and diacritics are dropped in normalising, so offsets shift
_DROPPED = "قالت هيئــة الموانئ في فيلمورا إنَّ الرصيفَ الشمالي سيُعاد فتحه بحلول مارس."
_ACCENTED = "Señora Ibáñez told reporters the ‘new’ levy would start in April."


def _doc(text: str) -> Doc:
    norm = normalize(text)
    plain = len(norm.offsets) == norm.original_length
    return Doc(text, norm, "en", None, [], [], Positions.of([]), [], [], [], None, plain)


def _old(doc: Doc, start: int, end: int) -> str:
    s, e = to_normalized(doc.norm, start, end)
    return doc.norm.text[s:e]


@pytest.mark.parametrize("text", [_PLAIN, _DROPPED, _ACCENTED])
def test_nslice_cuts_what_the_mapping_cut(text):
    doc = _doc(text)
    n = len(text)
    spans = [(0, n), (4, 10), (-5, 3), (-9, -2), (n - 3, n + 20), (n + 2, n + 9), (7, 7), (12, 5), (0, 0)]
    rng = random.Random(11)
    spans += [(rng.randint(-8, n + 8), rng.randint(-8, n + 8)) for _ in range(300)]
    for s, e in spans:
        assert doc.nslice(s, e) == _old(doc, s, e), (s, e)


def test_plain_flag_follows_the_normalisation():
    # the fast path must only be taken where nothing was dropped
    assert _doc(_PLAIN).plain and _doc(_ACCENTED).plain
    assert not _doc(_DROPPED).plain
    dropped = _doc(_DROPPED)
    start = _DROPPED.index("هيئ")
    assert dropped.nslice(start, start + 6) == "هييه"  # tatweel gone, hamza seat and taa marbuta folded


def test_negative_start_is_clamped_not_counted_from_the_end():
    doc = _doc(_PLAIN)
    assert doc.nslice(-4, 3) == "the"
    assert doc.nslice(-4, -1) == ""
