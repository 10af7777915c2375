"""Session 59: a capital that stands for another body than its state (Brussels for the European
Union) makes that body the actor when it acts, never its state. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimtracker.extract import extract
from tests.conftest import article_actors, first_forward

PUB = date(2026, 3, 2)


@pytest.mark.parametrize(("text", "lang", "part"), [
    ("Analysts say Brussels could freeze part of Hungary's cohesion money next month.", "en", "Brussels"),
    ("Brussels wants Belgrade to align with the sanctions by June, diplomats said.", "en", "Brussels"),
    ("ويرى مراقبون أن مشاريع المياه قد تتعثر إذا لم تفرج بروكسل عن حصة تونس قبل نهاية السنة.", "ar", "بروكسل"),
    ("ويرجح محللون أن تبدأ الدوحة وبروكسل مفاوضات على عقد للغاز في آذار المقبل.", "ar", "بروكسل"),
])
def test_brussels_acting_is_the_european_union(res, text, lang, part):
    names = [a.name for a in first_forward(res, text, lang, PUB, part).actors]
    assert "European Union" in names and "Belgium" not in names
    assert ("European Union", None) in article_actors(text, lang, PUB)


@pytest.mark.parametrize(("text", "lang"), [
    ("Foreign ministers will meet in Brussels on March 16 to discuss the package, diplomats said.", "en"),
    ("ومن المقرر أن يتوجه وزير الخارجية إلى بروكسل الأسبوع المقبل لبحث الاتفاق.", "ar"),
])
def test_brussels_as_a_place_is_no_actor_and_still_belgium(res, text, lang):
    ex = extract(text, published=PUB, lang=lang, resources=res)
    assert not {"European Union", "Belgium"} & {a.name for a in ex.actors}
    assert "BE" in ex.countries


def test_the_acting_capital_hit_names_the_body_it_stands_for(res):
    finder = res.gazetteer.countries
    text = "Brussels wants a deal before the summit next month, and Ankara will resist it."
    hits = finder.acting(text, "en")
    assert [(h.code, finder.stands_for(text, h.start, h.end, h.via)) for h in hits] == \
        [("BE", "european-union"), ("TR", None)]


# --- an English dateline's town tells the state the story is about (world_cities.py) ---

from claimtracker.extract.world_cities import build_index, dateline_town_country  # noqa: E402


@pytest.mark.parametrize(("text", "code"), [
    ("Port deal signed\n\nCHITTAGONG, Aug 24 (Patenga Wire) - The terminal will open.", "BD"),
    ("Border patrols\n\nSubotica, 3 June - Patrols will start on Monday.", "RS"),
    ("Rare earths\n\nBAOTOU (Steppe Wire) - Licences will be issued.", "CN"),
    ("Smelter\n\nINVERCARGILL, March 2 (Southern Wire) - Talks will resume.", "NZ"),
])
def test_a_dateline_town_names_its_country(text, code):
    assert dateline_town_country(text) == code


@pytest.mark.parametrize("text", [
    "Talks resume\n\nAnalysts, however, expect no deal (see below).",  # no date, no outlet: no dateline
    "Talks resume\n\nHAMILTON, May 3 (Wire) - Talks will resume.",  # towns of several countries
    "A\n\nB\n\nC\n\nD\n\nCHITTAGONG, Aug 24 (Wire) - Late.",  # too far down to be the dateline
])
def test_no_dateline_country(text):
    assert dateline_town_country(text) is None


def test_a_shared_name_goes_to_a_country_only_where_its_town_dominates(tmp_path):
    rows = {
        "1": {"name": "Perth", "countrycode": "AU", "population": 2000000, "alternatenames": []},
        "2": {"name": "Perth", "countrycode": "GB", "population": 47000, "alternatenames": []},
        "3": {"name": "Hamilton", "countrycode": "CA", "population": 570000, "alternatenames": []},
        "4": {"name": "Hamilton", "countrycode": "NZ", "population": 190000, "alternatenames": []},
        "5": {"name": "Târgu Mureș", "countrycode": "RO", "population": 130000, "alternatenames": ["TGM", "Marosvasarhely"]},
    }
    path = tmp_path / "cities.json"
    path.write_text(__import__("json").dumps(rows), encoding="utf-8")
    index = build_index(path)
    assert index["PERTH"] == "AU" and "HAMILTON" not in index
    assert index["TARGU MURES"] == "RO" and index["MAROSVASARHELY"] == "RO" and "TGM" not in index


def test_the_army_of_a_dateline_towns_state_though_a_foreign_firm_is_named_more(res):
    text = ("Terminal deal\n\nCHITTAGONG, Aug 24 (Patenga Wire) - Bangladesh will sign a concession with DP World "
            "within ten days, the minister said. DP World expects to take over in January, and its chairman "
            "will visit Dubai next week.\n\nA ceasefire with the rebels will be extended until the "
            "end of September, the army said.")
    ex = extract(text, published=PUB, lang="en", resources=res)
    m = next(m for m in ex.mentions if "ceasefire" in m.quote)
    assert [a.name for a in m.actors] == ["Bangladesh Army"]


# --- a nationality adjective joined to "speaking" or "language" names a language, not a state ---

@pytest.mark.parametrize("text", [
    "French-speaking parties will boycott the talks in Brussels next week, the Belgian prime minister said.",
    "A Russian-language broadcaster in Riga will close in May, Latvia's media regulator said.",
])
def test_a_language_compound_names_no_state(res, text):
    ex = extract(text, published=PUB, lang="en", resources=res)
    assert not {"FR", "RU"} & set(ex.countries)


def test_a_plain_nationality_adjective_still_names_its_state(res):
    ex = extract("French officials will boycott the talks in Brussels next week.", published=PUB, lang="en", resources=res)
    assert "FR" in ex.countries


# --- "Lagting" is the parliament of the Faroe Islands or of Åland, by the islands the text names ---

@pytest.mark.parametrize(("text", "body"), [
    ("TORSHAVN, March 3 (Wire) - The Faroe Islands will vote on a constitution in April, the Lagting said.",
     "Løgting"),
    ("MARIEHAMN, March 3 (Wire) - Finland's Aland Islands will vote on a new law in April, the Lagting said.",
     "Parliament of Åland"),
])
def test_lagting_is_the_parliament_of_the_islands_named(text, body):
    names = [n for n, _ in article_actors(text, "en", PUB)]
    assert body in names and not {"Løgting", "Parliament of Åland"} - {body} & set(names)


# --- a source closing one clause does not tell the «فيما» clause after it (attribution_ar.json) ---

def _claims(res, text: str, lang: str = "ar"):
    return [m for m in extract(text, published=PUB, lang=lang, resources=res).mentions if m.is_forward]


@pytest.mark.parametrize("opener", ["فيما", "بينما", "في حين"])
def test_a_source_before_a_break_word_does_not_tell_the_clause_after_it(res, opener):
    text = (f"ويزور وفد من قيادة التحالف منبج الأسبوع المقبل، وفق مصدر أمني، {opener} تعقد غرفة العمليات "
            "المشتركة اجتماعها الأول في حلب مطلع آذار.")
    first, second = _claims(res, text)
    assert first.attribution is not None and first.attribution.kind == "anonymous"
    assert second.attribution is not None and second.attribution.kind == "outlet"


def test_a_source_closing_the_break_clause_tells_both_clauses(res):
    text = ("ومن المقرر أن يناقش مجلس النواب مشروع القانون يوم الأحد المقبل، فيما يُنتظر أن تصل بعثة صندوق "
            "النقد الدولي إلى القاهرة بعد غد، وفق مصادر حكومية.")
    assert [m.attribution.kind for m in _claims(res, text) if m.attribution] == ["anonymous", "anonymous"]


def test_a_contrast_clause_goes_on_with_the_speaker_before_it(res):
    text = "وقال الوزير إن الاتفاق سيوقع الأسبوع المقبل، لكنه لن يشمل صادرات الغاز قبل نهاية العام."
    assert [m.attribution.kind for m in _claims(res, text) if m.attribution] == ["named", "named"]


# --- a body's name after "Capitalised-" is the tail of a longer name (gazetteer._whole_compound_en) ---

def test_a_hyphened_compound_is_its_own_body_not_the_known_tail(res):
    text = "A ceasefire with the Kuki-Chin National Front will be extended until September, officials in Dhaka said."
    ex = extract(text, published=PUB, lang="en", resources=res)
    assert ("Kuki-Chin National Front", None) in [(a.name, a.country) for a in ex.actors]
    assert "Chin National Front" not in [a.name for a in ex.actors] and "MM" not in ex.countries


def test_the_known_body_alone_is_still_found(res):
    ex = extract("The Chin National Front will hold talks with the junta next week.", published=PUB, lang="en",
                 resources=res)
    assert "Chin National Front" in [a.name for a in ex.actors]


# --- Pakistan's Inter-Services Public Relations only where Pakistan is named (common_words context_en) ---

@pytest.mark.parametrize(("text", "found"), [
    ("ISLAMABAD, Aug 24 (Wire) - Pakistan's army will keep troops on the border, the Inter-Services Public "
     "Relations said.", True),
    ("CHITTAGONG, Aug 24 (Wire) - The Bangladesh Navy will deploy patrol boats from Wednesday, the "
     "Inter-Services Public Relations directorate said.", False),
])
def test_ispr_is_pakistans_only_where_pakistan_is_named(res, text, found):
    ex = extract(text, published=PUB, lang="en", resources=res)
    assert ("Inter-Services Public Relations" in [a.name for a in ex.actors]) is found
    assert ("PK" in ex.countries) is found


# --- councils of ministers of more Arab states share the alias «مجلس الوزراء» (actors_legislatures.json) ---

@pytest.mark.parametrize(("text", "body"), [
    ("الجزائر - «صدى الهضاب»\n\nيعقد مجلس الوزراء برئاسة رئيس الجمهورية عبد المجيد تبون اجتماعه الدوري يوم "
     "الأحد المقبل لبحث أسعار القمح في الجزائر.", "Council of Ministers of Algeria"),
    ("نواكشوط - «منبر»\n\nومن المنتظر أن يصادق مجلس الوزراء الموريتاني على مشروع قانون المالية الأسبوع المقبل.",
     "Council of Ministers of Mauritania"),
])
def test_a_council_of_ministers_of_the_state_named(res, text, body):
    names = [a.name for a in extract(text, published=PUB, lang="ar", resources=res).actors]
    assert body in names and "Council of Ministers of Egypt" not in names
