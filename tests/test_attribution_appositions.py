"""A named speaker's description may run long before the verb ("X, an economist at the
Lagos-based Y, said"; in Arabic «أكد وزير … في حكومة …، فلان،»), and a pronoun with an opinion verb goes on with the speaker before it."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import Resources, extract

PUBLISHED = date(2026, 2, 11)


def _forward(text: str):
    ex = extract(text, published=PUBLISHED, lang="en", resources=Resources.load())
    return [m for m in ex.mentions if m.is_forward]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ines Varga, a researcher at the Danube Policy Centre in Vienna, said the coalition could "
         "collapse before the summer.", "Ines Varga"),
        ("Kwame Asante, an energy economist at Accra-based Meridian Analytics, said fuel prices were "
         "likely to rise again in March.", "Kwame Asante"),
    ],
)
def test_a_long_apposition_between_name_and_verb_still_names_the_speaker(text, speaker):
    (m,) = _forward(text)
    assert m.attribution.kind == "named"
    assert m.attribution.text.startswith(speaker) and m.attribution.text.endswith("said")


def test_a_pronoun_with_an_opinion_verb_goes_on_with_the_speaker_before():
    text = ("Ines Varga, a researcher at the Danube Policy Centre in Vienna, said the coalition could "
            "collapse before the summer. She expects an early election to be called in the autumn.")
    first, second = _forward(text)
    assert first.attribution.kind == second.attribution.kind == "named"
    assert second.attribution.text == first.attribution.text


def test_a_long_title_before_a_name_set_off_by_commas_still_names_the_speaker():
    text = "وأكد وزير المالية والاقتصاد في حكومة الإنقاذ الوطني اليمنية، مراد الحسيني، أن الموازنة ستقدم إلى البرلمان الشهر المقبل."
    ex = extract(text, published=PUBLISHED, lang="ar", resources=Resources.load())
    (m,) = [m for m in ex.mentions if m.is_forward]
    assert m.attribution.kind == "named"
    assert m.attribution.text.startswith("وأكد وزير المالية") and m.attribution.text.endswith("مراد الحسيني")
