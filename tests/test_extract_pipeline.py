"""The whole extractor: the seed article, article-level actors and countries, time windows,
assertions, language errors and the resources cache."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimtracker.errors import LanguageError
from claimtracker.extract import Resources, extract

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article-ar.txt"



@pytest.fixture(scope="module")
def seed(res):
    if not SEED.is_file():
        pytest.skip(f"the seed article is not at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    return text, extract(text, published=date(2025, 8, 3), lang="ar", resources=res)


def _names(actors) -> set[str]:
    return {a.actor_id for a in actors}


def test_seed_finds_the_putin_sharaa_meeting(seed):
    text, ex = seed
    meetings = [m for m in ex.mentions if m.is_forward and m.event_type == "meeting"]
    assert any({"vladimir-putin", "ahmed-al-sharaa"} <= _names(m.actors) for m in meetings), [m.quote for m in meetings]
    informed = [m for m in meetings if m.attribution.kind == "anonymous" and "مصادر" in m.attribution.text]
    assert informed and informed[0].kind == "speculation" and informed[0].certainty < 0.4
    assert "vladimir-putin" in _names(informed[0].actors)
    assert informed[0].expected.start == date(2025, 10, 1) and informed[0].expected.end == date(2025, 10, 31)


def test_seed_finds_al_sharaa_at_the_october_summit(seed):
    _, ex = seed
    summit = [m for m in ex.mentions if m.is_forward and m.event_type == "summit" and "ahmed-al-sharaa" in _names(m.actors)]
    assert summit
    assert summit[0].expected.start == date(2025, 10, 1) and summit[0].expected.end == date(2025, 10, 31)
    assert {"RU", "SY"} <= set(summit[0].countries) | {"RU"}


def test_seed_article_actors_and_countries(seed):
    _, ex = seed
    assert {"vladimir-putin", "ahmed-al-sharaa"} <= _names(ex.actors)
    assert {"RU", "SY"} <= set(ex.countries)


def test_seed_read_also_line_counts_for_nothing(seed):
    text, ex = seed
    boiler_start = text.index("اقرأ أيضًا")
    assert all(m.start < boiler_start for m in ex.mentions)
    assert "PS" not in ex.countries  # Palestine is named only in the "read also" link


def test_every_quote_is_a_slice_of_the_original(seed):
    text, ex = seed
    assert ex.mentions
    for m in ex.mentions:
        assert text[m.start : m.end] == m.quote


def test_english_article_end_to_end(res):
    text = (
        "Sergei Lavrov will travel to Cairo next week for talks with his Egyptian counterpart, "
        "diplomatic sources said.\n\n"
        "Last month, Vladimir Putin received the Egyptian foreign minister in the Kremlin.\n"
    )
    ex = extract(text, published=date(2025, 3, 10), lang="en", resources=res)
    forward = [m for m in ex.mentions if m.is_forward]
    # the trip and the talks it is for are two claims, with one date, hedge and speaker
    assert [m.event_type for m in forward] == ["visit", "meeting"]
    for m in forward:
        assert m.kind == "prediction" and m.certainty >= 0.7
        assert "sergey-lavrov" in _names(m.actors) or "sergei-lavrov" in _names(m.actors)
        assert m.expected.start == date(2025, 3, 17) and m.expected.end == date(2025, 3, 23)
        assert m.attribution.kind == "anonymous" and m.attribution.text == "diplomatic sources said"
    assert {"RU", "EG"} <= set(ex.countries)


def test_assertions_are_past_events_with_actors(res):
    text = (
        "Vladimir Putin received Ahmed al-Sharaa in the Kremlin on Wednesday. "
        "The two presidents discussed the Russian bases in Syria.\n"
        "The summit was postponed by the Kremlin."
    )
    ex = extract(text, published=date(2025, 10, 16), lang="en", resources=res)
    assertions = [m for m in ex.mentions if m.kind == "assertion"]
    assert assertions and assertions[0].quote.startswith("Vladimir Putin received")
    assert {"vladimir-putin", "ahmed-al-sharaa"} <= _names(assertions[0].actors)
    assert len(assertions) <= 3


def test_window_is_inherited_from_the_event_referred_to(res):
    text = (
        "ومن المتوقع أن يزور الرئيس الفرنسي الجزائر في شهر أكتوبر المقبل.\n\n"
        "وتؤكد مصادر مطلعة أن الزيارة قد تشمل توقيع عدة اتفاقيات."
    )
    ex = extract(text, published=date(2025, 8, 3), lang="ar", resources=res)
    later = [m for m in ex.mentions if "الزيارة قد" in m.quote]
    assert later and later[0].expected is not None
    assert later[0].expected.start == date(2025, 10, 1)


def test_headline_repeated_in_the_body_is_one_claim(res):
    text = (
        "Will Lavrov visit Cairo next week?\n\n"
        "Sergei Lavrov is expected to visit Cairo next week, officials said."
    )
    ex = extract(text, published=date(2025, 3, 10), lang="en", resources=res)
    assert [m.quote for m in ex.mentions if m.is_forward] == [
        "Sergei Lavrov is expected to visit Cairo next week, officials said."
    ]


def test_a_question_headline_of_its_own_is_speculation(res):
    text = "Will the central bank cut rates in June?\n\nPrices rose again in March."
    ex = extract(text, published=date(2025, 4, 2), lang="en", resources=res)
    assert [m.kind for m in ex.mentions if m.is_forward] == ["speculation"]


def test_text_in_neither_language_is_a_language_error(res):
    with pytest.raises(LanguageError):
        extract("Это статья на русском языке о встрече.", resources=res)
    with pytest.raises(LanguageError):
        extract("", resources=res)


FRENCH = ("Le ministre des affaires étrangères se rendra à Rabat la semaine prochaine pour une visite de deux "
          "jours, selon un communiqué publié mardi. Il doit rencontrer son homologue marocain et signer plusieurs "
          "accords de coopération dans les domaines de l'énergie et des transports.")
ENGLISH = ("The foreign minister will travel to Rabat next week for a two-day visit, according to a statement "
           "issued on Tuesday. He is expected to meet his Moroccan counterpart and sign several cooperation "
           "agreements on energy and transport.")


def test_latin_script_that_is_not_english_is_a_language_error(res):
    with pytest.raises(LanguageError, match="does not read as English"):
        extract(FRENCH, published=date(2025, 4, 2), resources=res)
    assert extract(ENGLISH, published=date(2025, 4, 2), resources=res).language == "en"
    # Said to be English, it is read as English: the person knows their text.
    assert extract(FRENCH, published=date(2025, 4, 2), lang="en", resources=res).language == "en"


def test_a_text_with_no_claims_gives_no_mentions(res):
    ex = extract("Prices of vegetables rose in the old market.", published=date(2025, 1, 1), resources=res)
    assert ex.language == "en" and ex.mentions == ()


def test_default_resources_are_loaded_once(res):
    assert Resources.load() is res


def test_extra_actors_are_found(res):
    extra = [{"actor_id": "zed-example", "name": "Zed Examplar", "name_ar": "زيد إكزامبلر", "kind": "person",
              "country": "JO", "aliases": []}]
    custom = Resources.load(extra_actors=extra)
    assert custom is not res
    ex = extract("Zed Examplar will visit Amman next week.", published=date(2025, 1, 1), lang="en", resources=custom)
    assert "zed-example" in _names(ex.actors) or any(a.name == "Zed Examplar" for a in ex.actors)
