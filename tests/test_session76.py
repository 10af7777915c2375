"""Session 76: Egyptian spellings of names as the golds write them, and English firms named by an
industry word ("Algoma Steel", "Ithaca Energy") or described as based somewhere.

Every sentence and name here is written for this file.
"""

from __future__ import annotations

import pytest

from claimtracker.extract.gazetteer import Gazetteer
from claimtracker.extract.translit import Transliterator
from claimtracker.text import normalize_text


@pytest.fixture(scope="module")
def tr() -> Transliterator:
    return Transliterator.load()


def spell(tr: Transliterator, name: str, country: str | None) -> str:
    return tr.render([normalize_text(w).strip() for w in name.split()], country)


@pytest.mark.parametrize("name, english", [
    # a family nisba with the article ends in -y in Egypt, as one without it does
    ("كمال الدسوقي", "Kamal al-Dasouky"),
    ("منى الجارحي", "Mona al-Garhy"),
    # Egypt's own spellings of given names
    ("شريف حلمي", "Sherif Helmy"),
    ("عصام بدر", "Essam Badr"),
    ("حسام فرج", "Hossam Farag"),
    ("عماد رزق", "Emad Rizk"),
    ("ناجي منصور", "Nagy Mansour"),
    ("فخري منصور", "Fakhry Mansour"),
    ("ريهام سالم", "Riham Salem"),
])
def test_egyptian_names(tr, name, english):
    assert spell(tr, name, "EG") == english


@pytest.mark.parametrize("name, country, english", [
    # elsewhere the family nisba keeps -i and the given names their common English forms
    ("كمال الدسوقي", "JO", "Kamal al-Dasouqi"),
    ("شريف الكردي", "SY", "Sharif al-Kardi"),
    ("عصام بدر", "LB", "Issam Badr"),
    ("ناجي منصور", "JO", "Naji Mansour"),
])
def test_other_countries_keep_their_spellings(tr, name, country, english):
    assert spell(tr, name, country) == english


def test_saudi_arabia_writes_fahd_where_the_gulf_writes_fahad(tr):
    assert spell(tr, "فهد الغامدي", "SA").startswith("Fahd ")
    assert spell(tr, "فهد الغامدي", "KW").startswith("Fahad ")


def names(gaz: Gazetteer, text: str) -> list[str]:
    return [h.actor.name for h in gaz.find_actors(text, "en")]


@pytest.mark.parametrize("text, firm", [
    ("Tarrow Steel will idle its plate mill for six weeks from December.", "Tarrow Steel"),
    ("The backers, a consortium called Kelvo Tidal Energy, are seeking a 35-year contract.", "Kelvo Tidal Energy"),
    ("Brannock Ports will expand the container terminal next year.", "Brannock Ports"),
    ("Mirabel Lithium has not decided whether to build a second plant.", "Mirabel Lithium"),
    ("Osterby Infrastructure Partners is expected to bid for the cable plant.", "Osterby Infrastructure Partners"),
])
def test_a_firm_named_by_its_industry(gaz: Gazetteer, text: str, firm: str) -> None:
    assert firm in names(gaz, text)


def test_a_firm_described_as_based_in_a_place(gaz: Gazetteer) -> None:
    found = names(gaz, "Fjordvik, the Tromsdal-based seafood group, said it could close a plant next year.")
    assert "Fjordvik" in found


@pytest.mark.parametrize("text, wrong", [
    # a portfolio, not a firm
    ("The Ministry of Energy will publish the plan next week.", "Energy"),
    ("Oil and Gas Minister Ali Rahimi will visit the field next week.", "Gas"),
    # the tail of a longer name joined by &
    ("Talvo Hydro & Nuclear Power has not said whether it will bid.", "Nuclear Power"),
    ("Talvo Hydro & Nuclear Power has not said whether it will bid.", "Talvo Hydro"),
])
def test_no_firm_inside_a_portfolio_or_a_longer_name(gaz: Gazetteer, text: str, wrong: str) -> None:
    assert wrong not in names(gaz, text)


def test_a_bare_parliament_that_repealed_or_amended_is_the_states(gaz: Gazetteer) -> None:
    text = ("The Czech Constitutional Court will rule on Friday on the postal vote. "
            "Parliament repealed the postal vote in March.")
    assert "Parliament of the Czech Republic" in names(gaz, text)
    # a parliament after another body's name is no subject of its own
    assert "Parliament of the Czech Republic" not in names(gaz, "The Czech Constitutional Court will rule on Friday.")


def test_a_chamber_after_elections_is_what_is_elected(gaz: Gazetteer) -> None:
    elected = "ويتزامن التحرك مع انتخابات مجلس النواب المصري التي تجري مرحلتها الأولى في نوفمبر."
    assert "House of Representatives of Egypt" not in [h.actor.name for h in gaz.find_actors(elected, "ar")]
    acting = "وسيناقش مجلس النواب المصري القانون الأسبوع المقبل."
    assert "House of Representatives of Egypt" in [h.actor.name for h in gaz.find_actors(acting, "ar")]


def test_a_broadcaster_that_reports_is_a_source_not_an_actor(gaz: Gazetteer) -> None:
    text = "وذكرت هيئة البث الإسرائيلية أن الحكومة قد تفرض قيودا جديدة على العمال الشهر المقبل."
    assert not any("Broadcasting" in n for n in [h.actor.name for h in gaz.find_actors(text, "ar")])


def test_a_bare_army_in_a_palestinian_story_is_israels(gaz: Gazetteer) -> None:
    text = ("رام الله - قالت السلطة الفلسطينية إن الجيش سيقتحم البلدة غدا، "
            "بحسب مصادر فلسطينية في نابلس، فيما تطالب السلطة الفلسطينية بتدخل دولي.")
    found = [h.actor.name for h in gaz.find_actors(text, "ar")]
    assert "Israel Defense Forces" in found and "Palestinian Army" not in found


@pytest.mark.parametrize("name, country, english", [
    # عبد + a divine name outside the Maghreb, as the Mashreq's press writes it
    ("عبد القادر الحمداني", "IQ", "Abdulkader al-Hamdani"),
    ("عبد السلام الشرعبي", "YE", "Abdulsalam al-Sharabi"),
    # the Maghreb keeps its own
    ("عبد القادر بن صالح", "DZ", "Abdelkader Ben Salah"),
    ("عبد السلام بنعلي", "MA", "Abdeslam Benali"),
])
def test_abd_names_in_the_mashreq_and_the_maghreb(tr, name, country, english):
    assert spell(tr, name, country).split()[0] == english.split()[0]
