"""Property tests: extraction never crashes on arbitrary Unicode and its spans are exact."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtracker.errors import LanguageError
from claimtracker.extract import Resources, extract

WORDS = [
    "will", "may", "expected", "summit", "Putin", "said", "sources", "next", "month", "?", ".", ",",
    "سيزور", "قد", "من المتوقع", "القمة", "بوتين", "والشرع", "مصادر", "مطلعة", "أكتوبر", "المقبل",
    "؟", "،", ".", "\n", "\n\n", "اقرأ أيضًا", "ـ", "ً", "\u200f", "هل", "لن", "Read more", "2026",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=40).map("".join),
)


def _check(text: str, lang: str | None, published: date | None) -> None:
    try:
        ex = extract(text, published=published, lang=lang, resources=Resources.load())
    except LanguageError:
        return
    assert ex.language in ("ar", "en")
    for m in ex.mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert m.quote == text[m.start : m.end]
        assert 0.0 <= m.certainty <= 1.0
        if m.attribution and m.attribution.text:
            assert m.attribution.text in text
        if m.expected and m.expected.start and m.expected.end:
            assert m.expected.start <= m.expected.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, "ar", "en"]), st.sampled_from([None, date(2025, 8, 3), date(2000, 2, 29)]))
def test_extraction_never_crashes_and_spans_are_exact(text, lang, published):
    _check(text, lang, published)
